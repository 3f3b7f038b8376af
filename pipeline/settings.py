"""One typed settings object, read from `NEWSMON_*` environment variables."""

from __future__ import annotations

import dataclasses
import os
import re
from datetime import date
from dataclasses import dataclass, field
from typing import Any, Mapping


class SettingsError(ValueError):
    """A `NEWSMON_*` variable holds a value of the wrong kind."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Every knob newsmon has. `Settings.from_env()` reads `NEWSMON_<FIELD NAME>`."""

    # Where articles, claims, alerts and feed state live: sqlite:///PATH or http(s)://HOST:9200.
    store_url: str = "sqlite:///data/newsmon.db"
    sqlite_busy_timeout: float = 30.0  # seconds a writer waits for another process's batch

    # fetch
    user_agent: str = "newsmon/0.1 (+https://github.com/newsmon/newsmon; news monitoring)"
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_response_bytes: int = 10 * 1024 * 1024
    # Seconds one fetch (its redirects included; robots.txt is a fetch of its own) may take from
    # its first request, headers and body: the read timeout never fires against a server that
    # sends a byte a second.
    fetch_deadline: float = 60.0
    max_redirects: int = 5
    host_delay: float = 1.0  # seconds between two requests to one host
    concurrency: int = 8  # hosts fetched at once (pages; as many feeds are read ahead)
    respect_robots: bool = True
    allow_private_networks: bool = False  # loopback/private/link-local fetches; tests turn it on
    # Host names or IP literals exempt from the private-network guard (an intranet feed, a test server).
    allowed_hosts: tuple[str, ...] = ()
    fetch_linked_pages: bool = True  # fetch each feed entry's page; false: use the entry's own content
    # Entries read from one feed in one run, newest first; the rest wait for the next run
    # (100,000 entries at one page a second would be a day's fetching).
    max_entries_per_feed: int = 500
    max_record_bytes: int = 10 * 1024 * 1024  # one import line (.jsonl); a longer one is skipped

    # processing
    batch_size: int = 200  # articles enriched and written together; bounds memory
    workers: int = 0  # processes for extraction and enrichment; 0 means one per core

    # Airflow DAGs (dags/): when news_ingest runs (cron or preset, UTC), feeds per mapped fetch
    # task, and where tasks hand bodies to each other (a directory every worker can read and
    # write, e.g. a shared volume in production).
    schedule: str = "*/15 * * * *"
    feeds_per_shard: int = 20
    staging_dir: str = "data/staging"

    # dedup
    dedup_num_perm: int = 128
    # Estimated share of the shorter text's word 4-shingles also in the longer (containment),
    # at or above which two articles are one story. Measured: copies 0.85 and up, different
    # stories on the same event about 0.1.
    dedup_threshold: float = 0.5

    # topics
    topic_threshold: float = 2.0  # score at which a story counts as relevant
    # ISO date the case begins: a story published before it is about earlier unrest
    # (Zhanaozen 2011, the 2019 protests), which shares the case's words and places.
    case_start: str = "2022-01-01"
    # Days from case_start in which one kind of unrest in a story naming the place is
    # enough (the threshold drops by one incident's weight): at a crisis's height a story
    # on protests in Kazakhstan is about the crisis. 0: never.
    case_peak_days: int = 31

    # alerts: Apprise URLs, comma or whitespace separated
    alert_urls: tuple[str, ...] = ()
    alert_retries: int = 3
    alert_backoff: float = 0.5  # seconds before the second try of a delivery; doubles each try
    alert_lease_seconds: float = 300.0  # how long a sender holds an alert before others may retry it
    # A new_high is held until this many distinct outlets state it, so one outlet's misprint
    # raises nothing; 1 raises at once.
    alert_min_sources: int = 1

    # Elasticsearch store
    es_index_prefix: str = "newsmon"
    es_api_key: str | None = None
    es_username: str | None = None
    es_password: str | None = field(default=None, repr=False)
    es_ca_certs: str | None = None
    es_verify_certs: bool = True
    es_request_timeout: float = 30.0  # seconds for one request to Elasticsearch (bulk included)
    es_max_retries: int = 3  # per request and per bulk item, on 429 and 5xx
    es_initial_backoff: float = 1.0  # seconds before the first retry; doubles each time
    # rejected documents land here when the dead-letter index cannot take them either
    es_deadletter_file: str = "data/es-deadletter.jsonl"

    def __post_init__(self) -> None:
        try:
            date.fromisoformat(self.case_start)
        except ValueError:
            raise SettingsError(f"NEWSMON_CASE_START: expected an ISO date (YYYY-MM-DD), got {self.case_start!r}") from None
        for name, (low, high) in _RANGES.items():
            value = getattr(self, name)
            if value < low or (high is not None and value > high):
                bound = f"between {low:g} and {high:g}" if high is not None else f"at least {low:g}"
                raise SettingsError(f"NEWSMON_{name.upper()}: must be {bound}, got {value!r}")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> "Settings":
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            name = "NEWSMON_" + f.name.upper()
            if name in environ:
                values[f.name] = _parse(name, environ[name], f.type)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **changes)


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def parse_bool(raw: str) -> bool:
    """`true`/`false` as people write them (1, yes, on, ...); ValueError for anything else."""
    low = raw.strip().lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise ValueError(f"expected true or false, got {raw!r}")



# Each number's range: zero batches, negative timeouts or a containment above one would
# make no sense, and are refused at start-up, naming the variable.
_RANGES: dict[str, tuple[float, float | None]] = {
    "sqlite_busy_timeout": (0, None),
    "connect_timeout": (0.001, None),
    "read_timeout": (0.001, None),
    "max_response_bytes": (1, None),
    "fetch_deadline": (0.001, None),
    "max_redirects": (0, None),
    "host_delay": (0, None),
    "concurrency": (1, None),
    "max_entries_per_feed": (1, None),
    "max_record_bytes": (1, None),
    "batch_size": (1, None),
    "workers": (0, None),
    "feeds_per_shard": (1, None),
    "dedup_num_perm": (1, None),
    "dedup_threshold": (0.001, 1),
    "topic_threshold": (0, None),
    "case_peak_days": (0, None),
    "alert_retries": (0, None),
    "alert_backoff": (0, None),
    "alert_lease_seconds": (0.001, None),
    "alert_min_sources": (1, None),
    "es_request_timeout": (0.001, None),
    "es_max_retries": (0, None),
    "es_initial_backoff": (0, None),
}

def _parse(name: str, raw: str, kind: str) -> Any:
    kind = kind.replace(" ", "")
    try:
        if kind == "bool":
            return parse_bool(raw)
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        if kind.startswith("tuple[str"):
            return _split_list(raw)
        if kind == "str|None":
            return raw or None
        return raw
    except ValueError as exc:
        raise SettingsError(f"{name}: {exc}") from None


# A comma inside a URL (Apprise's `mailto://...?to=a@x.org,b@y.org`) does not end it: in
# a list of URLs only whitespace, or a comma before the next `scheme://`, separates two.
_URL_SEPARATOR = re.compile(r"\s+|,\s*(?=[A-Za-z][\w+.-]*://)")


def _split_list(raw: str) -> tuple[str, ...]:
    """A list setting: whitespace or comma separated; URLs may hold commas of their own."""
    separator = _URL_SEPARATOR if "://" in raw else re.compile(r"[\s,]+")
    return tuple(part for part in separator.split(raw.strip()) if part)
