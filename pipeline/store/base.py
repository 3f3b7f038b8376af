"""The store contract every backend meets (SQLite embedded, Elasticsearch production).

Writes may be buffered; `flush()` makes everything written so far durable. Reads made
through the same store object see its own unflushed writes, so a batch can deduplicate
against itself. Every write is idempotent: writing the same article, claim or alert
twice leaves one copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Literal, Protocol, Self, Sequence, TypeVar, runtime_checkable

from pipeline.errors import NewsmonError
from pipeline.models import Alert, Article, Claim

T = TypeVar("T")

_WORDS = re.compile(r"\w+")


# At most this many stored articles are verified as possible copies of a new one: the
# lookup's cost stays flat however many stories share a common band.
NEAR_DUPLICATE_CANDIDATES = 50


class StoreError(NewsmonError, RuntimeError):
    """The store cannot be opened or written; names the store."""


class StoreMissing(StoreError):
    """A read found no store where the URL points: nothing was ingested there yet."""


class UnsupportedStore(StoreError):
    """A store URL whose scheme newsmon does not know."""


@dataclass(slots=True, kw_only=True)
class Feed:
    """A feed in the watch list, with what conditional GET needs next time."""

    url: str
    name: str | None = None
    watched: bool = True  # in the watch list (`newsmon feeds add`); state is kept for any feed read
    etag: str | None = None
    last_modified: str | None = None
    last_fetched: str | None = None  # ISO datetime of the last attempt
    last_status: int | None = None  # HTTP status of the last attempt
    last_error: str | None = None
    # health
    failures: int = 0  # reads failed in a row (unreachable, no feed); 0 after one that worked
    last_success: str | None = None  # ISO datetime of the last read that worked (a 304 included)
    last_new_item: str | None = None  # ISO datetime of the last read that brought a new or updated item
    # its rhythm (`stages.feed_health`): new or updated items the last read brought, and the
    # new items counted since `rate_since` (the first read that worked), decaying over a day
    # and over a week
    last_items: int = 0
    items_day: float = 0.0
    items_week: float = 0.0
    rate_since: str | None = None
    # "ok", "failing", "silent" or "volume_drop", since when (for "ok": since it recovered)
    health: str = "ok"
    health_since: str | None = None
    # `newsmon watch`: the feed's own wait between polls, when it is next due, and until when
    # its last answer said it stays fresh (Cache-Control: max-age)
    poll_interval: float | None = None
    next_poll: str | None = None
    fresh_until: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class NearDuplicateCandidate:
    """A stored article sharing at least one LSH band with the article being checked."""

    article_id: str
    cluster_id: str
    minhash: bytes


# Bounds on a search, so that no query can take the store down with it.
MAX_QUERY_WORDS = 64
MAX_SEARCH_LIMIT = 1000

# Around each matched word in a SearchHit's snippet: private-use characters, which no text
# holds, so that brackets or markup in an article are never taken for a match.
MATCH_START, MATCH_END = "\ue000", "\ue001"


class InvalidQuery(NewsmonError, ValueError):
    """A search the stores refuse: too long, or a limit out of range; the message says which."""


def marked_snippet(snippet: str, start: str = "[", end: str = "]") -> str:
    """A SearchHit's snippet with its matched words between `start` and `end`."""
    return snippet.replace(MATCH_START, start).replace(MATCH_END, end)


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchQuery:
    """A full-text search. Words are the runs of letters and digits in `text`: a text with
    none (only punctuation, say) matches nothing; an empty text matches everything."""

    text: str = ""
    language: str | None = None
    relevant: bool | None = None
    since: str | None = None  # ISO date or datetime, inclusive
    until: str | None = None  # ISO date or datetime, inclusive
    include_duplicates: bool = False
    sort: Literal["relevance", "newest"] = "relevance"
    limit: int = 20

    def __post_init__(self) -> None:
        if not 1 <= self.limit <= MAX_SEARCH_LIMIT:
            raise InvalidQuery(f"limit {self.limit} is out of range (1 to {MAX_SEARCH_LIMIT})")
        if len(self.words) > MAX_QUERY_WORDS:
            raise InvalidQuery(f"the query has {len(self.words)} words; at most {MAX_QUERY_WORDS} are searched for")

    @property
    def words(self) -> list[str]:
        return _WORDS.findall(self.text)

    @property
    def matches_nothing(self) -> bool:
        """Text was given, but not one word to look for."""
        return bool(self.text.strip()) and not self.words


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchHit:
    id: str
    url: str
    title: str
    source: str | None
    published: str | None
    language: str | None
    relevant: bool
    cluster_id: str
    copies: int  # stored articles in this story's cluster, reposts included
    score: float
    snippet: str  # the matched words between MATCH_START and MATCH_END (see `marked_snippet`)


@dataclass(frozen=True, slots=True, kw_only=True)
class SeriesHigh:
    """The highest value seen for one (metric, subject) series at country scope."""

    metric: str
    subject: str | None
    value: int
    article_id: str
    published: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredClaim:
    """A stored claim with what its article tells about it: who said it, where, when, and
    whether the article is an original or a repost (`duplicate`) of its story."""

    claim: Claim
    article_id: str
    url: str
    title: str
    source: str | None
    published: str | None
    duplicate: bool
    cluster_id: str
    language: str | None = None


class Lifecycle(Protocol):
    """A store is a context manager that closes (and flushes) on exit, or discards what was
    not flushed when the block ends with an exception."""

    url: str

    def flush(self) -> None: ...
    def discard(self) -> None: ...
    def close(self) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(self, *exc: object) -> None: ...


class Articles(Protocol):
    """Articles (with their claims), the dedup index they carry, and search. Band keys are
    dedup's "b{band}:{hex}" (a store may keep them in a packed form and refuse any other)."""

    def put_articles(self, articles: Sequence[Article]) -> None: ...
    def get_article(self, article_id: str) -> Article | None: ...
    # Of `article_ids`, those stored, each with its content hash: one lookup for a batch.
    def content_hashes_of(self, article_ids: Sequence[str]) -> dict[str, str]: ...
    # Of `urls`, those stored as an article's url, each with the article's `published`.
    def known_urls(self, urls: Sequence[str]) -> dict[str, str | None]: ...
    # Of `content_hashes`, those of a stored article, each with the first one stored.
    def find_by_content_hashes(self, content_hashes: Sequence[str]) -> dict[str, str]: ...
    def find_near_duplicates(self, band_keys: Sequence[str]) -> list[NearDuplicateCandidate]: ...
    def count_articles(self) -> int: ...
    def cluster_size(self, cluster_id: str) -> int: ...
    def search(self, query: SearchQuery) -> list[SearchHit]: ...


class Feeds(Protocol):
    """The watch list and each feed's conditional-GET state."""

    def add_feed(self, url: str, name: str | None = None) -> bool: ...
    def remove_feed(self, url: str) -> bool: ...
    def list_feeds(self) -> list[Feed]: ...  # the watched feeds
    def get_feed(self, url: str) -> Feed | None: ...
    def update_feed(self, feed: Feed) -> None: ...  # upsert fetch state; keeps `watched` of a known feed


class Series(Protocol):
    """Claims as series read them, and each series' high."""

    # The claims of relevant articles (of one metric, or all), reposts included.
    def list_claims(self, metric: str | None = None) -> list[StoredClaim]: ...
    def get_series_high(self, metric: str, subject: str | None) -> SeriesHigh | None: ...
    def put_series_high(self, high: SeriesHigh) -> None: ...


class Alerts(Protocol):
    """Alerts, stored once by key, and their delivery state."""

    def put_alert(self, alert: Alert) -> bool: ...  # False when the key is already stored
    def update_alert(self, alert: Alert) -> None: ...
    # Atomically take a pending alert (or one whose sender's lease ran out) for sending until
    # `until`; committed at once. None when another sender holds it or it was delivered.
    def claim_alert(self, key: str, *, now: float, until: float) -> Alert | None: ...
    def list_alerts(self, *, pending_only: bool = False, limit: int | None = None) -> list[Alert]: ...  # pending: not delivered


class SeriesAndAlerts(Series, Alerts, Protocol):
    """What raising alerts needs: a series' claims and the alerts raised on it."""


@runtime_checkable
class KeepsDeadLetters(Protocol):
    """A store that may refuse a document it was given (Elasticsearch's mappings) keeps it
    aside, to send again once fixed."""

    def replay_dead_letters(self) -> int: ...


@runtime_checkable
class Store(Lifecycle, Articles, Feeds, Series, Alerts, Protocol):
    """Everything a backend provides; each stage asks only for the role it uses."""


class ClosingStore:
    """Context-manager behaviour every backend shares: leaving the block closes the store,
    which flushes what was written; leaving it on an exception first discards what was not
    flushed, so a half-done batch is never committed (its ids make the next run redo it)."""

    def close(self) -> None:
        raise NotImplementedError

    def discard(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        if exc_type is not None:
            self.discard()
        self.close()


def iter_chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Yield lists of at most `size` items; used by batched readers and writers."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
