"""The small, typed data model that flows through the stages.

    Document  raw input: what sources and fetch hand to extract
    Article   one story, filled in stage by stage (extract -> ... -> alerts)
    Claim     one figure an article states (figures stage)
    Alert     one new figure worth telling someone about (alerts stage)
    Problem   bad input, named and explained; the run goes on
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, time, timedelta, timezone
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, Self, Sequence
from urllib.parse import urlsplit

DocumentKind = Literal["html", "text"]
Qualifier = Literal["exact", "more_than", "at_least", "about", "less_than", "up_to", "vague"]
Metric = Literal["detained", "killed", "injured", "hospitalized", "criminal_cases", "troops"]
AlertKind = Literal["first", "new_high", "revision", "conflict", "feed_health"]
# Where a claim's date comes from: its article's publication date, a date its text states
# (the article had none), or the time the article was fetched (neither was there).
DateSource = Literal["published", "text", "fetched"]
AlertStatus = Literal["pending", "sending", "delivered"]


def utc_now() -> str:
    """The current time as newsmon stamps it: ISO 8601, UTC, whole seconds."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


_UNDATED = datetime.min.replace(tzinfo=timezone.utc)


def publication_time(published: str | None) -> datetime:
    """A `published` value as a UTC time for ordering and comparing: a date alone is the end
    of that day (the story may be from any hour of it), a month or a year alone the end of
    that month or year, no readable date the start of time."""
    if not published:
        return _UNDATED
    text = published.strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            return datetime.combine(date(int(text), 12, 31), time.max, timezone.utc)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = int(text[:4]), int(text[5:])
            first_of_next = date(year + month // 12, month % 12 + 1, 1)
            return datetime.combine(first_of_next - timedelta(days=1), time.max, timezone.utc)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return datetime.combine(date.fromisoformat(text), time.max, timezone.utc)
        moment = datetime.fromisoformat(text)
    except ValueError:
        return _UNDATED
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def publication_day(published: str | None) -> date | None:
    """The day a `published` value names, as written (the publisher's own day); a month or
    a year alone at its last day; None for no readable date."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.strip()).date()
    except ValueError:
        moment = publication_time(published)
        return None if moment is _UNDATED else moment.date()


def json_time(value: str | None) -> str | None:
    """A date or time as newsmon's JSON gives every one: a time in UTC with its offset
    ("2022-01-08T02:21:00+00:00"); a date, a month or a year alone as written; a time
    without an offset is taken as UTC. Anything else is given as it is."""
    if not value:
        return value
    text = value.strip()
    if re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", text):
        return text
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return value
    moment = moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)
    return moment.isoformat(timespec="seconds")


def minute(moment: str | None) -> str:
    """An ISO date or time as a table shows it: to the minute, a space for the "T"."""
    return (moment or "")[:16].replace("T", " ")


def outlet_of(source: str | None, url: str) -> str:
    """Who published an article: its source's name, else its web host ("www." dropped), else
    the file's name (a local file is an outlet of its own), else the URL."""
    if source and source.strip():
        return source.strip()
    parts = urlsplit(url)
    if parts.hostname:
        return parts.hostname.removeprefix("www.")
    return parts.path.rsplit("/", 1)[-1] or url


def stable_id(*parts: str, length: int = 16) -> str:
    """A deterministic id: the same parts always give the same id, in every process."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """Raw input before extraction. `url` is exactly what the input gave (file:// for files)."""

    url: str
    body: str | bytes
    kind: DocumentKind
    title: str | None = None  # hints from a feed entry or import record
    published: str | None = None  # ISO 8601 date or datetime, or a year or month alone ("2022-01")
    source: str | None = None  # outlet or feed name
    feed_url: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """Bad input: which input, at which stage, and what was wrong with it."""

    input: str
    stage: str
    message: str

    def __str__(self) -> str:
        return f"{self.input}: {self.message}"


class _Record:
    """JSON-ready dict conversion for the records that stores keep as documents."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        return cls(**data)


@dataclass(slots=True, kw_only=True)
class Claim(_Record):
    """One figure an article asserts, e.g. "more than 4,000 protesters detained in Almaty"."""

    metric: Metric
    value: int | None  # None for vague amounts ("dozens"); `words` keeps what was written
    qualifier: Qualifier = "exact"
    subject: str | None = None  # security_forces, protesters, civilians, foreigners, children
    location: str | None = None
    text: str = ""  # the sentence
    start: int = 0  # offsets of the sentence in Article.text
    end: int = 0
    words: str = ""  # the number as written: "5.8 thousand", "dozens"
    quoted_source: str | None = None  # who is cited: "interior ministry", "health ministry"
    # "country": the unrest nationwide; "local": one region or city (see location). Figures
    # about another country or topic are dropped, never stored.
    scope: str = "country"
    # The day or time the claim stands for, and where that came from (see DateSource): an
    # undated article's figures still belong on a timeline.
    date: str | None = None
    date_source: DateSource | None = None


@dataclass(slots=True, kw_only=True)
class Alert(_Record):
    """A new figure. `key` is deterministic, so the same alert is stored and sent once."""

    key: str
    kind: AlertKind
    metric: str
    subject: str | None
    value: int
    previous: int | None
    article_id: str
    url: str
    title: str
    source: str | None
    text: str
    published: str | None
    status: AlertStatus = "pending"
    delivered_to: list[str] = field(default_factory=list)  # ids of the channels that took it
    # While "sending": the POSIX time until which one sender holds it (see Store.claim_alert).
    lease_until: float | None = None
    attempts: int = 0
    last_error: str | None = None
    created_at: str | None = None
    # Orders a series' alerts as they were raised (`created_at` has whole seconds only).
    sequence: int | None = None


@dataclass(slots=True, kw_only=True)
class Article:
    """One story. Extract fills the text; each later stage fills its own fields."""

    id: str
    url: str
    canonical_url: str
    title: str
    text: str
    source: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    author: str | None = None
    fetched_at: str | None = None
    feed_url: str | None = None
    # language
    language: str | None = None  # ISO 639-1
    script: str | None = None  # ISO 15924: Cyrl, Latn, Arab (Kazakh is written in all three)
    # dedup
    content_hash: str = ""
    minhash: bytes = b""  # packed MinHash signature, opaque outside dedup
    band_keys: tuple[str, ...] = ()
    duplicate_of: str | None = None
    cluster_id: str = ""
    # topics
    relevant: bool = False
    topic_score: float = 0.0
    topics: list[str] = field(default_factory=list)
    topic_evidence: list[str] = field(default_factory=list)
    # figures and alerts
    figures: list[Claim] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)

    @staticmethod
    def make_id(url: str) -> str:
        """The id of the article read at `url` (normalized): re-reading it finds the same row."""
        return stable_id("article", url)

    def to_json(self, fields: Sequence[str] = ()) -> dict[str, Any]:
        """The public JSON shape printed by `newsmon ingest --json`; keys are stable, dates in
        one form (`json_time`). `fields` adds any of EXTRA_JSON_FIELDS."""
        extra = {name: json_time(getattr(self, name)) if name == "fetched_at" else getattr(self, name) for name in fields}
        return {
            "id": self.id,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "title": self.title,
            "source": self.source,
            "published": json_time(self.published),
            "language": self.language,
            "script": self.script,
            "relevant": self.relevant,
            "topics": list(self.topics),
            "topic_score": self.topic_score,
            "topic_evidence": list(self.topic_evidence),
            "duplicate_of": self.duplicate_of,
            "cluster_id": self.cluster_id,
            "figures": [{**c.to_dict(), "date": json_time(c.date)} for c in self.figures],
            "alerts": [alert_json(a) for a in self.alerts],
            **extra,
        }


# What `newsmon ingest --json --fields` may add to each article.
EXTRA_JSON_FIELDS = ("text", "author", "fetched_at", "feed_url")


def alert_json(alert: Alert) -> dict[str, Any]:
    """An alert as newsmon's JSON gives it: every field, dates in one form."""
    return {**alert.to_dict(), "published": json_time(alert.published), "created_at": json_time(alert.created_at)}
