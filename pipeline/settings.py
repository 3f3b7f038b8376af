"""One typed settings object, read from `NEWSMON_*` environment variables (pydantic-settings).

Every field is `NEWSMON_<FIELD NAME>`; its type and range are checked when the settings are
read, and a wrong value is a SettingsError naming the variable. The README's settings table
is `settings_table()`, generated from the fields (a test keeps the two the same).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Mapping

import platformdirs
from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from pipeline.case import active_case
from pipeline.errors import NewsmonError

__all__ = ["Settings", "SettingsError", "default_store_url", "parse_bool", "settings_table"]


class SettingsError(NewsmonError, ValueError):
    """A `NEWSMON_*` variable holds a value of the wrong kind or out of range; names it."""


def default_store_url() -> str:
    """The embedded store's one place, whatever the working directory: `data/newsmon.db` of
    the checkout newsmon runs from, else the user's data directory (platformdirs)."""
    checkout = Path(__file__).resolve().parents[1]
    if (checkout / "pyproject.toml").is_file() and (checkout / "pipeline").is_dir():
        return f"sqlite:///{checkout / 'data' / 'newsmon.db'}"
    return f"sqlite:///{Path(platformdirs.user_data_dir('newsmon')) / 'newsmon.db'}"


# A list setting: whitespace or comma separated (Annotated with NoDecode: not JSON).
Strings = Annotated[tuple[str, ...], NoDecode]


class Settings(BaseSettings):
    """Every knob newsmon has, each read from `NEWSMON_<FIELD NAME>`."""

    model_config = SettingsConfigDict(env_prefix="NEWSMON_", frozen=True, extra="forbid", validate_default=True)

    # store
    store_url: str = Field(
        default_factory=default_store_url,
        description="where everything is stored: `sqlite:///PATH` or `http(s)://HOST:9200` "
        "(default: `data/newsmon.db` of the checkout, else the user's data directory)",
    )
    sqlite_busy_timeout: float = Field(30.0, ge=0, description="seconds a writer waits while another process commits a batch")

    # fetch
    user_agent: str = Field(
        "newsmon/0.1 (+https://github.com/newsmon/newsmon; news monitoring)", description="sent with every request"
    )
    connect_timeout: float = Field(10.0, ge=0.001, description="seconds to connect")
    read_timeout: float = Field(30.0, ge=0.001, description="seconds between two reads of an answer")
    max_response_bytes: int = Field(
        10 * 1024 * 1024, ge=1, description="a larger response is refused while streaming (reported), never loaded"
    )
    fetch_deadline: float = Field(
        60.0, ge=0.001,
        description="seconds one fetch (its redirects included) may take from its first request, headers and body "
        "(the read timeout never fires against a server that sends a byte a second); then it is cut off and reported",
    )  # fmt: skip
    max_redirects: int = Field(5, ge=0, description="redirects followed per fetch")
    host_delay: float = Field(1.0, ge=0, description="seconds between two requests to the same host")
    concurrency: int = Field(8, ge=1, description="hosts fetched at once (pages; as many feeds are read ahead)")
    respect_robots: bool = Field(True, description="obey robots.txt")
    allow_private_networks: bool = Field(
        False, description="allow fetching loopback/private/link-local addresses (tests only)"
    )
    allowed_hosts: Strings = Field(
        (), description="host names or IP literals exempt from that guard, comma separated (e.g. an intranet feed server)"
    )
    fetch_linked_pages: bool = Field(True, description="fetch each feed entry's page; `false` uses the entry's own content")
    max_entries_per_feed: int = Field(
        500, ge=1, description="entries read from one feed in one run, the newest; the rest are reported and read next run"
    )
    max_record_bytes: int = Field(
        10 * 1024 * 1024, ge=1,
        description="a longer import line (`.jsonl`) is reported by its number and skipped, never loaded",
    )  # fmt: skip

    # processing
    batch_size: int = Field(200, ge=1, description="articles enriched and committed together; bounds memory")
    workers: int = Field(0, ge=0, description="processes for extraction and enrichment; 0 = one per core")

    # watching (`newsmon watch`)
    poll_min_interval: float = Field(
        60.0, ge=1, description="`newsmon watch`: the shortest wait between two polls of the watch list (seconds)"
    )
    poll_max_interval: float = Field(
        3600.0, ge=1,
        description="`newsmon watch`: the longest wait; a quiet watch list is polled ever less often up to it",
    )  # fmt: skip
    feed_failure_polls: int = Field(
        3, ge=1, description="a feed whose reads failed this many times in a row raises a `feed_health` alert"
    )
    metrics_port: int | None = Field(
        None, ge=0, le=65535,
        description="`newsmon watch` serves Prometheus metrics at http://HOST:PORT/metrics when set (0: any free port)",
    )  # fmt: skip
    metrics_host: str = Field("127.0.0.1", description="the address /metrics listens on (0.0.0.0 in a container)")

    # Airflow DAGs (dags/)
    schedule: str = Field("*/15 * * * *", description="Airflow: when `news_ingest` runs (cron or preset, UTC)")
    feeds_per_shard: int = Field(20, ge=1, description="Airflow: feeds per mapped fetch task")
    staging_dir: str = Field(
        "data/staging", description="Airflow: where tasks hand article bodies to each other (a shared volume in production)"
    )

    # dedup
    dedup_num_perm: int = Field(128, ge=1, description="MinHash permutations")
    # Measured: copies have a containment of 0.85 and up, different stories on one event about 0.1.
    dedup_threshold: float = Field(
        0.5, ge=0.001, le=1,
        description="share of the shorter text's word 4-shingles also in the longer (containment) at or above "
        "which two articles are one story",
    )  # fmt: skip

    # topics
    topic_threshold: float = Field(2.0, ge=0, description="topic score at which a story counts as relevant")
    case: str = Field(
        "kazakhstan",
        description="the case watched: the name of a case shipped in `pipeline/case/` or the path of a case's "
        "TOML file (its places, leaders, event names, start); read when the stages first load",
    )
    case_start: str = Field(
        default_factory=lambda: active_case().start,
        description="ISO date the case begins (default: the case's own): a story published earlier is not relevant "
        "(its evidence says why), and unrest a sentence ties to an earlier year (\"in 2011\", \"в 2019 году\", "
        "\"2011 жылы\") does not count; an undated story is dated by a day its title or lede names, else judged "
        "on its text",
    )
    case_peak_days: int = Field(
        31, ge=0,
        description="days from `NEWSMON_CASE_START` in which a dated story needs half a kind of evidence less "
        "(one sentence on protests in Kazakhstan is the case then), as does a story with no date that names no "
        "day; 0: never",
    )  # fmt: skip
    relevance_model_threshold: float | None = Field(
        0.8, ge=0, le=1,
        description="probability at which the case's relevance model (its `relevance_model`, trained on the "
        "labelled stories of tests/gold) makes a story the rules leave out relevant; unset (empty) for the rules "
        "alone",
    )  # fmt: skip

    # alerts
    alert_urls: Strings = Field(
        (),
        description="Apprise URLs (`slack://…`, `tgram://…`, `mailto://…`, `json://…`), separated by spaces or by "
        "commas before the next `scheme://`; checked before a run starts",
    )
    alert_retries: int = Field(3, ge=0, description="delivery attempts per alert and run; a failed alert stays pending")
    alert_backoff: float = Field(0.5, ge=0, description="seconds before a delivery's second try; doubles each try")
    alert_lease_seconds: float = Field(
        300.0, ge=0.001, description="how long one sender holds an alert; two senders never send the same alert"
    )
    alert_min_sources: int = Field(
        1, ge=1,
        description="a new figure is held until this many distinct outlets state it, so one outlet's misprint "
        "raises nothing; 1 raises at once",
    )  # fmt: skip

    # Elasticsearch store
    es_index_prefix: str = Field("newsmon", description="Elasticsearch index and alias prefix")
    es_api_key: str | None = Field(None, repr=False, description="Elasticsearch API key")
    es_username: str | None = Field(None, description="Elasticsearch basic auth: user")
    es_password: str | None = Field(None, repr=False, description="Elasticsearch basic auth: password")
    es_ca_certs: str | None = Field(None, description="CA bundle for TLS to Elasticsearch")
    es_verify_certs: bool = Field(True, description="verify Elasticsearch's TLS certificate")
    es_request_timeout: float = Field(
        30.0, ge=0.001, description="seconds for one request to Elasticsearch (bulk included)"
    )
    es_max_retries: int = Field(3, ge=0, description="retries per request and per bulk item, on 429 and 5xx")
    es_initial_backoff: float = Field(1.0, ge=0, description="seconds before the first retry; doubles each time")
    es_deadletter_file: str = Field(
        "data/es-deadletter.jsonl",
        description="rejected documents, when the dead-letter index cannot take them either",
    )

    def __init__(self, **values: Any) -> None:
        try:
            super().__init__(**values)
        except ValidationError as exc:
            raise SettingsError(_describe(exc)) from None

    @field_validator("allowed_hosts", "alert_urls", mode="before")
    @classmethod
    def _list(cls, value: Any) -> Any:
        return _split_list(value) if isinstance(value, str) else value

    @field_validator("es_api_key", "es_username", "es_password", "es_ca_certs", mode="before")
    @classmethod
    def _empty_is_none(cls, value: Any) -> Any:
        return value or None

    @field_validator("relevance_model_threshold", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("respect_robots", "allow_private_networks", "fetch_linked_pages", "es_verify_certs", mode="before")
    @classmethod
    def _bool(cls, value: Any) -> Any:
        return parse_bool(value) if isinstance(value, str) else value

    @field_validator("case_start")
    @classmethod
    def _iso_date(cls, value: str) -> str:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"expected an ISO date (YYYY-MM-DD), got {value!r}") from None
        return value

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> "Settings":
        """The settings the environment (or only the mapping `environ`) sets, `overrides` on top."""
        given = {k: v for k, v in overrides.items() if v is not None}
        if environ is None:
            return cls(**given)
        found = {
            name: environ[f"NEWSMON_{name.upper()}"] for name in cls.model_fields if f"NEWSMON_{name.upper()}" in environ
        }
        return _FromValues(**{**found, **given})

    def replace(self, **changes: Any) -> "Settings":
        """These settings with `changes`, checked like any others."""
        return type(self)(**{**self.model_dump(), **changes})


class _FromValues(Settings):
    """Settings built from given values only: `Settings.from_env(environ)` reads a mapping,
    not the process environment."""

    @classmethod
    def settings_customise_sources(cls, settings_cls, init_settings, **sources):  # type: ignore[no-untyped-def,override]
        return (init_settings,)


def _describe(exc: ValidationError) -> str:
    """The first error, naming the variable: "NEWSMON_BATCH_SIZE: must be at least 1, got 0"."""
    error = exc.errors()[0]
    field = str(error["loc"][0]) if error["loc"] else ""
    name = f"NEWSMON_{field.upper()}"
    if field not in Settings.model_fields:
        return f"{name}: no such setting"
    value = error.get("input")
    if error["type"] in ("greater_than_equal", "less_than_equal"):
        meta = Settings.model_fields[field].metadata
        low = next((m.ge for m in meta if hasattr(m, "ge")), None)
        high = next((m.le for m in meta if hasattr(m, "le")), None)
        kind = Settings.model_fields[field].annotation
        got = kind(value) if kind in (int, float) else value
        if low is not None and high is not None:
            return f"{name}: must be between {low:g} and {high:g}, got {got!r}"
        return f"{name}: must be at least {low:g}, got {got!r}" if low is not None else f"{name}: must be at most {high:g}, got {got!r}"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{name}: {message}" if "got" in message else f"{name}: {message}, got {value!r}"


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


# A comma inside a URL (Apprise's `mailto://...?to=a@x.org,b@y.org`) does not end it: in
# a list of URLs only whitespace, or a comma before the next `scheme://`, separates two.
_URL_SEPARATOR = re.compile(r"\s+|,\s*(?=[A-Za-z][\w+.-]*://)")


def _split_list(raw: str) -> tuple[str, ...]:
    """A list setting: whitespace or comma separated; URLs may hold commas of their own."""
    separator = _URL_SEPARATOR if "://" in raw else re.compile(r"[\s,]+")
    return tuple(part for part in separator.split(raw.strip()) if part)


def settings_table() -> str:
    """The README's settings table: each variable, its default and what it does."""
    rows = ["| variable | default | meaning |", "| --- | --- | --- |"]
    for name, field in Settings.model_fields.items():
        if field.default_factory is not None:
            default = "see meaning"
        elif field.default in (None, ()):
            default = "—"
        elif isinstance(field.default, bool):
            default = f"`{str(field.default).lower()}`"
        else:
            default = f"`{field.default}`"
        rows.append(f"| `NEWSMON_{name.upper()}` | {default} | {field.description} |")
    return "\n".join(rows)
