"""Watching: each watched feed polled again and again, each poll the same pipeline as `newsmon ingest`.

Each poll reads the feeds that are due (a conditional GET: an unchanged feed costs one request
and a 304), commits what is new through the one commit step (`ingest.Commit`), and delivers
the alerts it raised at once. Each feed keeps its own wait, in the store with its state, so a
restart keeps it: a poll that brought the feed something new brings its next one back to
`poll_min_interval`; each quiet poll waits half as long again, up to `poll_max_interval`, with
jitter. A feed that starts publishing fast (a breaking story) is polled fast from its next
poll on, and a quiet one costs little. Hosts' robots.txt `Crawl-delay` and `Retry-After` are
honoured by the fetcher, as in every run. Feeds added or removed are seen at the next poll.

A stop (SIGTERM, Ctrl-C) abandons the poll in flight: what it committed stays, what it had
not is redone by the next start, and alert keys keep anything from being announced twice.
"""

from __future__ import annotations

import dataclasses
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from pipeline.delivery.channels import DeliveryReport, deliver_pending
from pipeline.models import Article, Problem, publication_time
from pipeline.run.ingest import IngestReport, ingest
from pipeline.settings import Settings
from pipeline.store import Store

__all__ = ["Poll", "next_interval", "watch"]

log = logging.getLogger(__name__)

SLOWER = 1.5  # a quiet poll waits this much longer than the one before
JITTER = 0.1  # +-10% so that many watchers never poll in step


@dataclass(frozen=True, slots=True)
class Poll:
    """What one poll of the feeds due did."""

    report: IngestReport
    delivery: DeliveryReport
    wait: float  # seconds until the next feed falls due


def next_interval(previous: float, found_new: bool, settings: Settings, rand: Callable[[], float] = random.random) -> float:
    """The wait before the next poll: back to the shortest after news, else longer, within bounds."""
    low, high = settings.poll_min_interval, max(settings.poll_min_interval, settings.poll_max_interval)
    base = low if found_new else min(high, previous * SLOWER)
    return max(low, min(high, base * (1 + JITTER * (2 * rand() - 1))))


def watch(
    store: Store,
    settings: Settings,
    *,
    stop: threading.Event,
    on_poll: Callable[[Poll], None] | None = None,
    on_article: Callable[[Article], None] | None = None,
    on_problem: Callable[[Problem], None] | None = None,
) -> None:
    """Poll the watched feeds as each falls due until `stop` is set; see the module docstring."""
    while not stop.is_set():
        now = datetime.now(timezone.utc)
        watched = store.list_feeds()
        due = [feed for feed in watched if not feed.next_poll or publication_time(feed.next_poll) <= now]
        # when each feed is next due: those not polled now keep theirs
        upcoming = [publication_time(feed.next_poll) for feed in watched if feed not in due and feed.next_poll]
        report = IngestReport()
        if due:
            urls = [feed.url for feed in due]
            report = ingest(urls, store, settings, on_article=on_article, on_problem=on_problem)
        delivery = deliver_pending(store, settings)
        for before in due:
            after = store.get_feed(before.url) or before
            interval = next_interval(
                before.poll_interval or settings.poll_min_interval, after.last_new_item != before.last_new_item, settings
            )
            upcoming.append(now + timedelta(seconds=interval))
            next_poll = upcoming[-1].isoformat(timespec="seconds")
            store.update_feed(dataclasses.replace(after, poll_interval=interval, next_poll=next_poll))
        store.flush()
        until_next = (min(upcoming) - datetime.now(timezone.utc)).total_seconds() if upcoming else settings.poll_min_interval
        wait = min(max(until_next, 1.0), settings.poll_max_interval)
        log.debug("polled %d feed(s): %d new, %d alert(s); next in %.0f s", len(due), report.stored, report.alerts, wait)
        if on_poll:
            on_poll(Poll(report, delivery, wait))
        stop.wait(wait)
