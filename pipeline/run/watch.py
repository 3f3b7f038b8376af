"""Watching: each watched feed polled again and again, each poll the same pipeline as `newsmon ingest`.

Each poll reads the feeds that are due (a conditional GET: an unchanged feed costs one request
and a 304), commits what is new through the one commit step (`ingest.Commit`), and delivers
the alerts it raised at once. When each feed is next due follows its own rhythm
(`stages.feed_health`: about one new item per poll, within `poll_min_interval` and
`poll_max_interval`, `Cache-Control: max-age` honoured) and is kept in the store with its
state, so a restart keeps it. Hosts' robots.txt `Crawl-delay` and `Retry-After` are honoured
by the fetcher, as in every run. Feeds added or removed are seen at the next poll.

A stop (SIGTERM, Ctrl-C) abandons the poll in flight: what it committed stays, what it had
not is redone by the next start, and alert keys keep anything from being announced twice.
`probe` serves Airflow's trigger: which due feeds have something new, without reading them.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from pipeline.delivery.channels import DeliveryReport, deliver_pending
from pipeline.models import Alert, Article, Problem, publication_time
from pipeline.run.ingest import Commit, IngestReport, ingest
from pipeline.run.metrics import WatchMetrics
from pipeline.settings import Settings
from pipeline.stages import sources
from pipeline.stages.fetch import Fetcher
from pipeline.store import Feed, Store

__all__ = ["Poll", "due", "next_wait", "probe", "watch"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Poll:
    """What one poll of the feeds due did."""

    report: IngestReport
    delivery: DeliveryReport
    wait: float  # seconds until the next feed falls due


def due(feeds: Sequence[Feed], now: datetime) -> list[Feed]:
    """The feeds to poll now: never polled, or their next poll has come."""
    return [feed for feed in feeds if not feed.next_poll or publication_time(feed.next_poll) <= now]


def next_wait(feeds: Sequence[Feed], settings: Settings) -> float:
    """Seconds until the first of `feeds` falls due (one at least; at most `poll_max_interval`,
    so that feeds added meanwhile are seen)."""
    upcoming = [publication_time(feed.next_poll) for feed in feeds if feed.next_poll]
    until = (min(upcoming) - datetime.now(timezone.utc)).total_seconds() if upcoming else settings.poll_min_interval
    return min(max(until, 1.0), settings.poll_max_interval)


def watch(
    store: Store,
    settings: Settings,
    *,
    stop: threading.Event,
    metrics: WatchMetrics | None = None,
    on_poll: Callable[[Poll], None] | None = None,
    on_article: Callable[[Article], None] | None = None,
    on_problem: Callable[[Problem], None] | None = None,
) -> None:
    """Poll the watched feeds as each falls due until `stop` is set; see the module docstring."""
    metrics = metrics or WatchMetrics()

    def stored(article: Article) -> None:
        log.info("stored %s (%s)", article.title, article.url)
        if on_article:
            on_article(article)

    def met(problem: Problem) -> None:
        metrics.problems.labels(problem.stage).inc()
        if on_problem:
            on_problem(problem)

    while not stop.is_set():
        now = datetime.now(timezone.utc)
        polled = due(store.list_feeds(), now)
        metrics.feeds_due.set(len(polled))
        report = IngestReport()
        if polled:
            report = ingest(
                [feed.url for feed in polled], store, settings,
                on_article=stored, on_problem=met, on_alert=lambda alert: _raised(metrics, alert),
            )  # fmt: skip
        metrics.feeds_due.set(0)
        metrics.articles.inc(report.stored)
        delivery = deliver_pending(store, settings)
        metrics.alerts_delivered.inc(delivery.delivered)
        metrics.alerts_pending.set(delivery.pending)
        watched = store.list_feeds()
        _note_polls(metrics, polled, watched)
        wait = next_wait(watched, settings)
        log.debug("polled %d feed(s): %d new, %d alert(s); next in %.0f s", len(polled), report.stored, report.alerts, wait)
        if on_poll:
            on_poll(Poll(report, delivery, wait))
        stop.wait(wait)


def probe(store: Store, settings: Settings, fetcher: Fetcher) -> list[str]:
    """The due feeds that have something new, for an ingest to read: a conditional GET of each.
    The others' reads (not modified, nothing new listed, failed) are committed here, with their
    health and next poll, as an ingest would have."""
    now = datetime.now(timezone.utc)
    polled = {feed.url: feed for feed in due(store.list_feeds(), now)}
    changed: list[str] = []
    states: list[Feed] = []
    commit = Commit(store, settings, on_problem=lambda problem: log.warning("%s", problem))
    for outcome in sources.probe_feeds(list(polled), fetcher=fetcher, store=store, settings=settings):
        if isinstance(outcome, str):
            changed.append(outcome)
            # Handed to an ingest, which records its read and its next poll: not probed again
            # meanwhile, unless that ingest never comes.
            later = now + timedelta(seconds=settings.poll_max_interval)
            states.append(dataclasses.replace(polled[outcome], next_poll=later.isoformat(timespec="seconds")))
        elif isinstance(outcome, Feed):
            states.append(outcome)
        else:
            commit.met(outcome)
    commit([], states)
    return changed


def _raised(metrics: WatchMetrics, alert: Alert) -> None:
    metrics.alerts_raised.labels(alert.kind).inc()
    if alert.kind != "feed_health" and alert.published:
        latency = (datetime.now(timezone.utc) - publication_time(alert.published)).total_seconds()
        metrics.latency.observe(max(0.0, latency))


def _note_polls(metrics: WatchMetrics, polled: Sequence[Feed], watched: Sequence[Feed]) -> None:
    after = {feed.url: feed for feed in watched}
    for before in polled:
        feed = after.get(before.url)
        if feed is None or feed.last_fetched == before.last_fetched:
            continue  # removed while polled, or not read
        if feed.failures:
            outcome = "failed"
        elif feed.last_status == 304:
            outcome = "not_modified"
        else:
            outcome = "new" if feed.last_new_item != before.last_new_item else "unchanged"
        metrics.polls.labels(outcome).inc()
        log.debug("polled %s: %s (HTTP %s), next at %s", feed.url, outcome.replace("_", " "), feed.last_status, feed.next_poll)
