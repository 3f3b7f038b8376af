"""Watching: the watch list polled again and again, each poll the same pipeline as `newsmon ingest`.

Each poll reads every watched feed (a conditional GET: an unchanged feed costs one request
and a 304), commits what is new through the one commit step (`ingest.Commit`), and delivers
the alerts it raised at once. The wait between polls follows the news: a poll that found
something new brings the next one back to `poll_min_interval`; each quiet poll waits half as
long again, up to `poll_max_interval`, with jitter, so that a breaking story is polled fast
and a quiet night costs little. Hosts' robots.txt `Crawl-delay` and `Retry-After` are
honoured by the fetcher, as in every run.

A stop (SIGTERM, Ctrl-C) abandons the poll in flight: what it committed stays, what it had
not is redone by the next start, and alert keys keep anything from being announced twice.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.delivery.channels import DeliveryReport, deliver_pending
from pipeline.models import Article, Problem
from pipeline.run.ingest import IngestReport, ingest
from pipeline.settings import Settings
from pipeline.store import Store

__all__ = ["Poll", "next_interval", "watch"]

log = logging.getLogger(__name__)

SLOWER = 1.5  # a quiet poll waits this much longer than the one before
JITTER = 0.1  # +-10% so that many watchers never poll in step


@dataclass(frozen=True, slots=True)
class Poll:
    """What one poll of the watch list did."""

    report: IngestReport
    delivery: DeliveryReport
    wait: float  # seconds until the next poll


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
    """Poll the watch list until `stop` is set; see the module docstring."""
    wait = settings.poll_min_interval
    while not stop.is_set():
        report = ingest([], store, settings, on_article=on_article, on_problem=on_problem)
        delivery = deliver_pending(store, settings)
        store.flush()
        wait = next_interval(wait, report.stored > 0, settings)
        poll = Poll(report, delivery, wait)
        log.debug("polled the watch list: %d new article(s), %d alert(s); next in %.0f s", report.stored, report.alerts, wait)
        if on_poll:
            on_poll(poll)
        stop.wait(wait)
