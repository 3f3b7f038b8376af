"""Feed health: each feed's rhythm, whether it is failing, silent or publishing far less, and
when to poll it next.

Every read of a feed updates its rhythm: the new or updated items it brought are added to two
sums that decay with time (over a day and over a week), so the trailing items per day need no
history table. The first read that works starts the rhythm and counts nothing: it lists the
feed's backlog, not its pace. From the rhythm and the read, the feed's health:

    failing      its reads failed `feed_failure_polls` times in a row
    silent       no new item for SILENT_GAPS of its usual gaps between items (SILENT_MIN at least),
                 judged for a feed that publishes daily; it ends with the next new item
    volume_drop  the last day's pace under DROP_RATIO of the week's (Media Cloud flags such
                 drops); it ends when the day's pace is back over RECOVER_RATIO of the week's

A change of health starts an episode at that read. `health_alert` gives the episode's
`feed_health` alert, recovery included, keyed by feed and start, so each is raised once.

The next poll aims at about one new item per poll: after a read that brought items, the time
one item took (a feed that starts publishing fast is polled that much faster at once); after a
quiet or failed read, half as long again; within `poll_min_interval` and `poll_max_interval`,
with jitter, and never before the answer's `Cache-Control: max-age` ran out. Every runner
reads feeds through `sources`, so `newsmon watch`, `newsmon ingest` and the DAGs keep one
schedule, in the store with the feed's state.
"""

from __future__ import annotations

import dataclasses
import math
import random
from collections.abc import Callable
from datetime import datetime, timedelta

from pipeline.models import Alert, outlet_of, publication_time, stable_id
from pipeline.settings import Settings
from pipeline.store.base import Feed

__all__ = ["health_alert", "items_per_day", "observe"]

DAY = 86400.0
WEEK = 7 * DAY
SILENT_GAPS = 8  # a night without news is normal for most outlets; eight usual gaps is not
SILENT_MIN = 6 * 3600.0
SILENT_MIN_PER_DAY = 1.0  # a feed quieter than daily has no rhythm to fall silent from
DROP_RATIO, RECOVER_RATIO = 0.25, 0.5  # apart, so that a pace near the line does not flap
DROP_MIN_PER_DAY = 4.0  # below this a day's count is too small to call a drop
RHYTHM_AFTER = DAY  # how long a rhythm is watched before it is judged


SLOWER = 1.5  # a quiet poll waits this much longer than the one before
JITTER = 0.1  # +-10%, so that many watchers never poll in step


def observe(
    known: Feed | None, read: Feed, *, items: int, settings: Settings, rand: Callable[[], float] = random.random
) -> Feed:
    """`read`, a feed's state after a read at `read.last_fetched` that brought `items` new or
    updated items, with its rhythm, health and next poll brought up to date from `known`, the
    state before."""
    now = publication_time(read.last_fetched)
    rhythm = _rhythm(known, read, items, now)
    health = _health(known, rhythm, rhythm.last_items, now, settings)
    changed = health != (known.health if known else "ok")
    interval = _next_interval(known, rhythm, now, settings, rand)
    due = now + timedelta(seconds=interval)
    if rhythm.fresh_until:
        due = max(due, min(publication_time(rhythm.fresh_until), now + timedelta(seconds=settings.poll_max_interval)))
    return dataclasses.replace(
        rhythm,
        health=health,
        health_since=read.last_fetched if changed else (known.health_since if known else None),
        poll_interval=interval,
        next_poll=due.isoformat(timespec="seconds"),
    )


def items_per_day(feed: Feed, now: datetime, *, over: float = DAY) -> float | None:
    """New items a day over the trailing day (`over=WEEK`: week), or None before a first read."""
    if not feed.rate_since or not feed.last_fetched:
        return None
    watched = (now - publication_time(feed.rate_since)).total_seconds()
    if watched <= 0:
        return None
    total = feed.items_day if over == DAY else feed.items_week
    decayed = total * math.exp(-max(0.0, (now - publication_time(feed.last_fetched)).total_seconds()) / over)
    # The sums start at zero: dividing by the share of the window watched so far unbiases them.
    return decayed / -math.expm1(-watched / over) * DAY / over


def health_alert(feed: Feed) -> Alert | None:
    """The `feed_health` alert of an episode that began with this state's read, else None."""
    if not feed.health_since or feed.health_since != feed.last_fetched:
        return None
    now = publication_time(feed.last_fetched)
    name = feed.name or feed.url
    day, week = items_per_day(feed, now) or 0.0, items_per_day(feed, now, over=WEEK) or 0.0
    if feed.health == "failing":
        subject, value = "failing", feed.failures
        text = f"{name}: {feed.failures} reads failed in a row ({feed.last_error or f'HTTP {feed.last_status}'})"
    elif feed.health == "silent":
        since = publication_time(feed.last_new_item or feed.rate_since or feed.last_fetched)
        subject, value = "silent", round((now - since).total_seconds() / 3600)
        text = f"{name}: no new item for {value} h; it usually brings {week:.0f} a day"
    elif feed.health == "volume_drop":
        subject, value = "volume_drop", round(day)
        text = f"{name}: {day:.1f} new items over the last day against {week:.1f} a day over the week"
    else:
        subject, value = "recovered", feed.last_items
        text = f"{name}: read again as usual, {feed.last_items} new item(s) at the last read"
    return Alert(
        key=stable_id("feed_health", feed.url, feed.health, feed.health_since),
        kind="feed_health",
        metric="feed_health",
        subject=subject,
        value=value,
        previous=None,
        article_id="",
        url=feed.url,
        title=name,
        source=outlet_of(None, feed.url),
        text=text,
        published=feed.health_since,
        created_at=feed.health_since,
    )


def _rhythm(known: Feed | None, read: Feed, items: int, now: datetime) -> Feed:
    if not known or not known.rate_since:
        worked = read.failures == 0
        return dataclasses.replace(read, last_items=0, items_day=0.0, items_week=0.0, rate_since=read.last_fetched if worked else None)
    elapsed = max(0.0, (now - publication_time(known.last_fetched or known.rate_since)).total_seconds())
    return dataclasses.replace(
        read,
        last_items=items,
        items_day=known.items_day * math.exp(-elapsed / DAY) + items,
        items_week=known.items_week * math.exp(-elapsed / WEEK) + items,
        rate_since=known.rate_since,
    )


def _next_interval(known: Feed | None, feed: Feed, now: datetime, settings: Settings, rand: Callable[[], float]) -> float:
    low, high = settings.poll_min_interval, max(settings.poll_min_interval, settings.poll_max_interval)
    previous = (known.poll_interval if known else None) or low
    if feed.last_items and not feed.failures:
        elapsed = (now - publication_time(known.last_fetched)).total_seconds() if known and known.last_fetched else 0.0
        base = elapsed / feed.last_items if elapsed > 0 else low
    else:
        base = previous * SLOWER
    return max(low, min(high, base * (1 + JITTER * (2 * rand() - 1))))


def _health(known: Feed | None, feed: Feed, items: int, now: datetime, settings: Settings) -> str:
    before = known.health if known else "ok"
    if feed.failures >= settings.feed_failure_polls:
        return "failing"
    if feed.failures:  # failed, not yet often enough to tell: nothing else can be judged
        return before
    if not feed.rate_since or (now - publication_time(feed.rate_since)).total_seconds() < RHYTHM_AFTER:
        return "ok"
    day, week = items_per_day(feed, now) or 0.0, items_per_day(feed, now, over=WEEK) or 0.0
    if items == 0 and (before == "silent" or _silent(feed, week, now)):
        return "silent"
    if before == "volume_drop" and day < RECOVER_RATIO * week:
        return "volume_drop"
    if week >= DROP_MIN_PER_DAY and day < DROP_RATIO * week:
        return "volume_drop"
    return "ok"


def _silent(feed: Feed, week: float, now: datetime) -> bool:
    if week < SILENT_MIN_PER_DAY:
        return False
    quiet = (now - publication_time(feed.last_new_item or feed.rate_since or feed.last_fetched)).total_seconds()
    return quiet > max(SILENT_GAPS * DAY / week, SILENT_MIN)
