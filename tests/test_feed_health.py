"""A feed's rhythm, health and next poll (`stages.feed_health`), read after read on a clock of
the test's own: the state each read leaves is the `known` of the next, as in a run."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.settings import Settings
from pipeline.stages.feed_health import WEEK, health_alert, items_per_day, observe
from pipeline.store import Feed

START = datetime(2022, 1, 1, tzinfo=timezone.utc)
SETTINGS = Settings(poll_min_interval=60, poll_max_interval=3600, feed_failure_polls=3)
NO_JITTER = lambda: 0.5  # noqa: E731


class Reads:
    """One feed read again and again, as `sources` records each read."""

    def __init__(self) -> None:
        self.state: Feed | None = None
        self.alerts: list = []

    def read(self, at: datetime, items: int = 0, *, failed: bool = False, status: int = 200, max_age: float | None = None) -> Feed:
        known, now = self.state, at.isoformat(timespec="seconds")
        read = Feed(
            url="https://outlet.example/rss", name="Outlet", last_fetched=now, last_status=status,
            last_error="HTTP 503" if failed else None,
            failures=(known.failures if known else 0) + 1 if failed else 0,
            last_success=(known.last_success if known else None) if failed else now,
            last_new_item=now if items else (known.last_new_item if known else None),
            fresh_until=(at + timedelta(seconds=max_age)).isoformat(timespec="seconds") if max_age else None,
        )  # fmt: skip
        self.state = observe(known, read, items=items, settings=SETTINGS, rand=NO_JITTER)
        if alert := health_alert(self.state):
            self.alerts.append(alert)
        return self.state

    def steady(self, start: datetime, hours: float, per_hour: int, every: timedelta = timedelta(hours=1)) -> datetime:
        at = start
        while at < start + timedelta(hours=hours):
            at += every
            self.read(at, per_hour)
        return at


def test_the_first_read_lists_a_backlog_and_counts_nothing():
    reads = Reads()
    state = reads.read(START, items=50)
    assert (state.items_day, state.last_items, state.rate_since) == (0.0, 0, START.isoformat())


def test_items_a_day_follow_a_steady_feed_over_the_day_and_the_week():
    reads = Reads()
    reads.read(START)
    end = reads.steady(START, hours=3 * 24, per_hour=2)
    assert items_per_day(reads.state, end) == pytest.approx(48, rel=0.05)
    assert items_per_day(reads.state, end, over=WEEK) == pytest.approx(48, rel=0.05)
    assert reads.state.health == "ok" and reads.alerts == []


def test_the_next_poll_aims_at_one_new_item_a_poll_and_speeds_up_at_once_on_a_burst():
    reads = Reads()
    reads.read(START)
    at = START + timedelta(hours=1)
    assert reads.read(at, items=1).poll_interval == 3600  # one an hour: hourly
    at += timedelta(hours=1)
    assert reads.read(at, items=12).poll_interval == 300  # a breaking story: twelve an hour
    at += timedelta(seconds=300)
    assert reads.read(at, items=20).poll_interval == 60  # never under the shortest wait
    assert reads.state.next_poll == (at + timedelta(seconds=60)).isoformat(timespec="seconds")


def test_quiet_and_failed_reads_wait_half_as_long_again_up_to_the_longest_wait():
    reads = Reads()
    reads.read(START)
    waits = []
    at = START
    for n in range(12):
        at += timedelta(seconds=reads.state.poll_interval or 60)
        waits.append(reads.read(at, failed=n % 2 == 1).poll_interval)
    assert waits[:3] == [135.0, 202.5, 303.75] and waits[-1] == 3600
    assert all(later >= earlier for earlier, later in zip(waits, waits[1:]))


def test_a_max_age_holds_the_next_poll_back_but_never_past_the_longest_wait():
    reads = Reads()
    reads.read(START)
    at = START + timedelta(minutes=1)
    state = reads.read(at, items=5, max_age=900)
    assert state.next_poll == (at + timedelta(seconds=900)).isoformat(timespec="seconds")
    state = reads.read(at + timedelta(minutes=15), max_age=86400)
    assert state.next_poll == (at + timedelta(minutes=15, hours=1)).isoformat(timespec="seconds")


def test_a_feed_failing_raises_one_alert_for_the_episode_and_one_on_recovery():
    reads = Reads()
    reads.read(START)
    healths = [reads.read(START + timedelta(minutes=n), failed=True).health for n in range(1, 6)]
    assert healths == ["ok", "ok", "failing", "failing", "failing"]
    reads.read(START + timedelta(minutes=6), items=2)
    assert [(a.kind, a.subject, a.value) for a in reads.alerts] == [("feed_health", "failing", 3), ("feed_health", "recovered", 2)]
    assert len({a.key for a in reads.alerts}) == 2
    assert "3 reads failed in a row (HTTP 503)" in reads.alerts[0].text


def test_a_feed_that_goes_silent_far_past_its_rhythm_raises_once_and_recovers_with_its_next_item():
    reads = Reads()
    reads.read(START)
    at = reads.steady(START, hours=48, per_hour=1)  # an item an hour for two days
    quiet = at
    for _ in range(12):  # twelve quiet hours: eight usual gaps is silent
        at += timedelta(hours=1)
        reads.read(at)
    assert reads.state.health == "silent"
    [silent] = reads.alerts
    # eight usual gaps (the hourly pace itself slowing a little as the quiet lasts)
    assert silent.subject == "silent"
    assert quiet + timedelta(hours=8) < datetime.fromisoformat(silent.published) <= quiet + timedelta(hours=10)
    reads.read(at + timedelta(hours=1), items=1)
    assert reads.state.health == "ok" and [a.subject for a in reads.alerts] == ["silent", "recovered"]


def test_a_night_without_news_is_not_silence():
    reads = Reads()
    reads.read(START)
    at = reads.steady(START, hours=48, per_hour=1)
    for _ in range(6):
        at += timedelta(hours=1)
        reads.read(at)
    assert reads.state.health == "ok" and reads.alerts == []


def test_a_sharp_drop_in_volume_is_flagged_then_ends_when_the_pace_comes_back():
    reads = Reads()
    reads.read(START)
    at = reads.steady(START, hours=7 * 24, per_hour=4)  # 96 a day for a week
    at = reads.steady(at, hours=3 * 24, per_hour=1, every=timedelta(hours=4))  # then six a day
    assert reads.state.health == "volume_drop"
    assert [a.subject for a in reads.alerts] == ["volume_drop"]
    reads.steady(at, hours=12, per_hour=4)
    assert reads.state.health == "ok" and [a.subject for a in reads.alerts][-1] == "recovered"


def test_a_quiet_feed_has_no_rhythm_to_fall_silent_from():
    reads = Reads()
    reads.read(START)
    at = reads.steady(START, hours=10 * 24, per_hour=1, every=timedelta(days=2))  # an item every other day
    for _ in range(10):
        at += timedelta(days=1)
        reads.read(at)
    assert reads.state.health == "ok" and reads.alerts == []
