"""Stores behind one contract: `open_store(url)` picks the backend from the URL."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from pipeline.settings import Settings
from pipeline.store.base import (
    Feed,
    InvalidQuery,
    NearDuplicateCandidate,
    SearchHit,
    SearchQuery,
    SeriesHigh,
    Store,
    StoredClaim,
    StoreError,
    StoreMissing,
    UnsupportedStore,
)

__all__ = [
    "Feed",
    "InvalidQuery",
    "NearDuplicateCandidate",
    "SearchHit",
    "SearchQuery",
    "SeriesHigh",
    "Store",
    "StoredClaim",
    "StoreError",
    "StoreMissing",
    "UnsupportedStore",
    "open_store",
]


def open_store(url: str | None = None, settings: Settings | None = None, *, create: bool = True) -> Store:
    """Open the store named by `url` (default: `settings.store_url`).

    `sqlite:///relative/path.db`, `sqlite:////absolute/path.db` or a bare path: the
    embedded store. `http(s)://host:9200`: Elasticsearch. With `create` false (a command
    that only reads), a missing SQLite store raises StoreMissing instead of being created.
    """
    settings = settings or Settings.from_env()
    url = url or settings.store_url
    scheme = urlsplit(url).scheme.lower()
    if scheme in ("http", "https"):
        from pipeline.store.elasticsearch import ElasticsearchStore

        return ElasticsearchStore(url, settings)
    if scheme == "sqlite":
        path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else ""
        if not path:
            raise UnsupportedStore(f"{url}: expected sqlite:///PATH")
    elif scheme == "" or len(scheme) == 1:  # a bare path (or a Windows drive letter)
        path = url
    else:
        raise UnsupportedStore(f"{url}: unknown store scheme {scheme!r} (use sqlite:///PATH or http(s)://HOST:9200)")
    from pipeline.store.sqlite import SQLiteStore

    return SQLiteStore(Path(path), settings, create=create)
