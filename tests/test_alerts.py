"""Alerts: series highs, publication order, exactly-once, and delivery through Apprise to a
real webhook on loopback, all against the real SQLite store."""

from __future__ import annotations

import json
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from pipeline.delivery.channels import AlertConfigError, deliver_pending
from pipeline.stages.alerts import raise_alerts
from pipeline.stages.figures import extract_claims
from pipeline.models import Alert, Article, Claim, publication_time
from pipeline.settings import Settings
from pipeline.store import SeriesHigh, open_store

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
# Publication times of the seeds: 004 carries no date.
SEED_PUBLISHED = {
    "000": "2022-01-08",
    "001": "2022-01-08",
    "002": "2022-01-08T08:21:00",
    "003": "2022-01-09",
    "004": None,
}


@pytest.fixture
def store(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as opened:
        yield opened


def seed_article(number: str) -> Article:
    [path] = SEEDS.glob(f"{number}_*.txt")
    text = path.read_text(encoding="utf-8")
    url = path.as_uri()
    return Article(
        id=Article.make_id(url), url=url, canonical_url=url, title=f"Seed {number}", text=text,
        source=f"outlet {number}", published=SEED_PUBLISHED[number], relevant=True,
        figures=extract_claims(text, language="en"),
    )  # fmt: skip


def article(n: int, *claims: Claim, published: str | None = "2022-01-08", **fields) -> Article:
    url = f"https://example.org/{n}"
    fields.setdefault("relevant", True)
    return Article(id=f"a{n}", url=url, canonical_url=url, title=f"Story {n}", text="...",
                   published=published, figures=list(claims), **fields)  # fmt: skip


def claim(metric: str, value: int | None, subject: str | None = None, **fields) -> Claim:
    return Claim(metric=metric, value=value, subject=subject, text=f"{value} {metric}.", **fields)


def values(alerts, metric: str = "detained") -> list[tuple[str, int, int | None]]:
    return [(a.kind, a.value, a.previous) for a in alerts if a.metric == metric]


RISING_DETAINED = [("first", 2300, None), ("new_high", 3811, 2300), ("new_high", 4266, 3811),
                   ("new_high", 4404, 4266), ("new_high", 5800, 4404)]  # fmt: skip


@pytest.mark.parametrize(
    "order",
    [("000", "001", "002", "003", "004"), ("004", "003", "002", "001", "000"),
     ("002", "004", "000", "003", "001"), ("003", "000", "004", "001", "002")],
)  # fmt: skip
def test_a_backfill_of_the_seeds_in_any_order_raises_detained_alerts_rising_to_5800(store, order):
    articles = [seed_article(number) for number in order]
    raised = raise_alerts(articles, store, now="2022-01-10T00:00:00+00:00")
    assert values(raised) == RISING_DETAINED
    assert values(store.list_alerts()) == RISING_DETAINED
    high = store.get_series_high("detained", None)
    assert (high.value, high.published) == (5800, "2022-01-09")


def test_an_alert_carries_the_sentence_source_link_and_is_attached_to_its_article(store):
    seed = seed_article("001")
    [alert] = [a for a in raise_alerts([seed], store, now="2022-01-10T00:00:00+00:00") if a.metric == "detained"]
    assert alert.text == "A total of 4,404 people have been reportedly detained across the country."
    assert (alert.url, alert.title, alert.source) == (seed.url, "Seed 001", "outlet 001")
    assert (alert.published, alert.created_at) == ("2022-01-08", "2022-01-10T00:00:00+00:00")
    assert (alert.article_id, alert.status, alert.attempts) == (seed.id, "pending", 0)
    assert alert in seed.alerts


def test_the_same_input_again_or_after_a_restart_raises_nothing(tmp_path):
    url = f"sqlite:///{tmp_path / 's.db'}"
    with open_store(url) as store:
        first = raise_alerts([seed_article("002"), seed_article("003")], store)
        assert raise_alerts([seed_article("002"), seed_article("003")], store) == []
    with open_store(url) as store:
        again = [seed_article("002"), seed_article("003")]
        assert raise_alerts(again, store) == []
        assert all(a.alerts == [] for a in again)
        assert [a.key for a in store.list_alerts()] == [a.key for a in first]


def test_a_crash_between_storing_an_alert_and_moving_the_high_does_not_raise_it_twice(store):
    raise_alerts([article(1, claim("killed", 20))], store)
    [alert] = raise_alerts([article(2, claim("killed", 26))], store)
    # what the store holds if the process died right after put_alert: the old high
    store.put_series_high(SeriesHigh(metric="killed", subject=None, value=20, article_id="a1", published=None))
    assert raise_alerts([article(2, claim("killed", 26))], store) == []
    assert store.get_series_high("killed", None).value == 26
    assert [a.value for a in store.list_alerts()] == [20, 26]


def test_a_value_is_announced_once_even_if_the_high_was_lowered_behind_its_back(store):
    raise_alerts([article(1, claim("killed", 26))], store)
    store.put_series_high(SeriesHigh(metric="killed", subject=None, value=0, article_id="a0", published=None))
    assert raise_alerts([article(1, claim("killed", 26))], store) == []


def test_reposts_vague_local_upper_bound_and_irrelevant_figures_raise_nothing(store):
    quiet = [
        article(1, claim("detained", 4266), duplicate_of="a0"),
        article(2, claim("detained", None, words="dozens")),
        article(3, claim("detained", 100, scope="local", location="Almaty")),
        article(4, claim("detained", 6000, qualifier="less_than"), claim("troops", 3000, qualifier="up_to")),
        article(5, claim("killed", 45), relevant=False),
    ]
    assert raise_alerts(quiet, store) == []
    assert store.list_alerts() == []


def test_only_the_highest_figure_of_an_article_per_series_counts(store):
    raised = raise_alerts([article(1, claim("detained", 5000, qualifier="more_than"), claim("detained", 5800))], store)
    assert values(raised) == [("first", 5800, None)]


def test_detainees_are_one_series_while_the_killed_are_counted_per_subject(store):
    raised = raise_alerts(
        [
            article(1, claim("detained", 2300, "protesters"), claim("killed", 26, "protesters"), published=None),
            article(2, claim("detained", 3811), claim("killed", 18, "security_forces"), claim("killed", 26)),
        ],
        store,
    )
    # one publication time: ascending value, whatever the series
    assert [(a.kind, a.metric, a.subject, a.value) for a in raised] == [
        ("first", "killed", "protesters", 26),
        ("first", "detained", None, 2300),
        ("first", "killed", "security_forces", 18),
        ("first", "killed", None, 26),
        ("new_high", "detained", None, 3811),
    ]


def test_publication_time_orders_a_batch_undated_first_and_a_bare_date_at_the_end_of_its_day(store):
    batch = [
        article(1, claim("injured", 40), published="2022-01-09"),
        article(2, claim("injured", 30), published="2022-01-08"),
        article(3, claim("injured", 20), published="2022-01-09T02:00:00+06:00"),  # Jan 8, 20:00 UTC
        article(4, claim("injured", 10), published=None),
    ]
    assert values(raise_alerts(batch, store), "injured") == [
        ("first", 10, None), ("new_high", 20, 10), ("new_high", 30, 20), ("new_high", 40, 30),
    ]  # fmt: skip


def test_a_month_or_a_year_alone_is_placed_at_its_end():
    assert publication_time("2022-01") == datetime(2022, 1, 31, 23, 59, 59, 999999, tzinfo=timezone.utc)
    assert publication_time("2022-12") == datetime(2022, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc)
    assert publication_time("2022") == publication_time("2022-12-31")
    assert publication_time("2022-01-31T10:00:00Z") < publication_time("2022-01") < publication_time("2022-02-01")


# --------------------------------------------------------------------------- delivery


def settings_for(*urls: str, retries: int = 2) -> Settings:
    return Settings(alert_urls=urls, alert_retries=retries, alert_backoff=0)


def webhook(httpserver, path: str = "/hook") -> str:
    return f"json://{httpserver.host}:{httpserver.port}{path}"


def posted(httpserver, path: str = "/hook") -> list[dict]:
    return [json.loads(request.data) for request, _ in httpserver.log if request.path == path]


def test_pending_alerts_are_delivered_once_with_the_figure_sentence_source_and_link(store, httpserver):
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    seeds = [seed_article("000"), seed_article("001")]
    raise_alerts(seeds, store)
    settings = settings_for(webhook(httpserver))

    report = deliver_pending(store, settings)
    assert (report.delivered, report.pending) == (2, 0)
    first, new_high = posted(httpserver)
    assert first["title"] == "First figure: 4,266 detained"
    assert new_high["title"] == "New high: 4,404 detained, up from 4,266"
    assert "“A total of 4,404 people have been reportedly detained across the country.”" in new_high["message"]
    assert "Seed 001 (outlet 001, 2022-01-08)" in new_high["message"]
    assert seeds[1].url in new_high["message"]
    assert [(a.status, a.attempts, a.last_error) for a in store.list_alerts()] == [("delivered", 1, None)] * 2

    assert deliver_pending(store, settings).delivered == 0
    assert len(posted(httpserver)) == 2


def test_a_failed_delivery_stays_pending_with_attempts_counted_until_a_later_success(store, httpserver):
    raise_alerts([article(1, claim("killed", 26))], store)
    settings = settings_for(webhook(httpserver), retries=2)

    httpserver.expect_request("/hook", method="POST").respond_with_data("down", status=500)
    report = deliver_pending(store, settings)
    assert (report.delivered, report.pending) == (0, 1)
    [alert] = store.list_alerts(pending_only=True)
    assert alert.attempts == 2
    assert "500" in alert.last_error
    assert len(posted(httpserver)) == 2

    httpserver.clear_all_handlers()
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    assert deliver_pending(store, settings).delivered == 1
    [alert] = store.list_alerts()
    assert (alert.status, alert.attempts, alert.last_error) == ("delivered", 3, None)
    assert posted(httpserver)[-1]["title"] == "First figure: 26 killed"

    deliver_pending(store, settings)
    assert len(posted(httpserver)) == 3


def test_a_channel_found_down_ends_the_call_and_later_alerts_wait_untried(store, httpserver):
    httpserver.expect_request("/hook", method="POST").respond_with_data("down", status=500)
    raise_alerts([article(1, claim("killed", 26)), article(2, claim("injured", 26))], store)
    report = deliver_pending(store, settings_for(webhook(httpserver), retries=2))
    assert (report.delivered, report.pending, report.untried) == (0, 2, 1)
    assert "1 not tried" in str(report)
    assert len(posted(httpserver)) == 2
    assert sorted(a.attempts for a in store.list_alerts(pending_only=True)) == [0, 2]


def test_a_retry_goes_only_to_the_channel_that_failed(store, httpserver):
    httpserver.expect_request("/ok", method="POST").respond_with_data("ok")
    httpserver.expect_request("/down", method="POST").respond_with_data("down", status=503)
    raise_alerts([article(1, claim("injured", 748, "security_forces"))], store)
    report = deliver_pending(store, settings_for(webhook(httpserver, "/ok"), webhook(httpserver, "/down"), retries=3))  # fmt: skip
    assert (report.delivered, report.pending) == (0, 1)
    assert len(posted(httpserver, "/ok")) == 1
    assert len(posted(httpserver, "/down")) == 3
    assert posted(httpserver, "/ok")[0]["title"] == "First figure: 748 injured (security forces)"

    # The next call, with the channel back, sends only to it: /ok has had the alert already.
    httpserver.clear_all_handlers()
    httpserver.expect_request("/ok", method="POST").respond_with_data("ok")
    httpserver.expect_request("/down", method="POST").respond_with_data("ok")
    report = deliver_pending(store, settings_for(webhook(httpserver, "/ok"), webhook(httpserver, "/down")))
    assert report.delivered == 1
    assert len(posted(httpserver, "/ok")) == 1
    assert len(posted(httpserver, "/down")) == 4
    [alert] = store.list_alerts()
    assert alert.status == "delivered"


def test_with_no_channels_alerts_stay_pending_and_nothing_is_sent(store):
    raise_alerts([article(1, claim("killed", 26))], store)
    report = deliver_pending(store, Settings())
    assert (report.channels, report.delivered, report.pending) == (0, 0, 1)
    assert "no channels" in str(report)
    assert [a.status for a in store.list_alerts()] == ["pending"]


def test_a_url_apprise_cannot_use_is_named_without_its_secret(store):
    raise_alerts([article(1, claim("killed", 26))], store)
    with pytest.raises(AlertConfigError, match=r"URL #2 \(nosuchservice://") as error:
        deliver_pending(store, settings_for("json://127.0.0.1:9/hook", "nosuchservice://secret-token@host"))
    assert "secret-token" not in str(error.value)
    assert [a.status for a in store.list_alerts()] == ["pending"]


def one_pending_alert(store, httpserver) -> Alert:
    """A webhook that answers, and one alert raised, committed, not sent yet."""
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    raise_alerts([article(1, claim("killed", 26))], store)
    store.flush()
    [alert] = store.list_alerts(pending_only=True)
    return alert


def test_an_alert_held_by_another_sender_is_not_sent(store, httpserver):
    alert = one_pending_alert(store, httpserver)
    with open_store(store.url) as other_sender:
        now = time.time()
        assert other_sender.claim_alert(alert.key, now=now, until=now + 600) is not None
        assert other_sender.claim_alert(alert.key, now=now, until=now + 600) is None  # one holder
    assert deliver_pending(store, settings_for(webhook(httpserver))).delivered == 0
    assert posted(httpserver) == []
    assert [a.status for a in store.list_alerts(pending_only=True)] == ["sending"]


def test_an_alert_whose_sender_died_is_sent_once_its_lease_ran_out(store, httpserver):
    alert = one_pending_alert(store, httpserver)
    long_ago = time.time() - 3600
    with open_store(store.url) as dead_sender:
        assert dead_sender.claim_alert(alert.key, now=long_ago, until=long_ago + 60) is not None
    settings = settings_for(webhook(httpserver))
    assert deliver_pending(store, settings).delivered == 1
    assert deliver_pending(store, settings).delivered == 0
    assert len(posted(httpserver)) == 1
    [delivered] = store.list_alerts()
    assert (delivered.status, delivered.lease_until) == ("delivered", None)


def test_a_leased_alert_is_taken_over_at_once_when_asked(store, httpserver):
    alert = one_pending_alert(store, httpserver)
    with open_store(store.url) as dead_sender:
        now = time.time()
        assert dead_sender.claim_alert(alert.key, now=now, until=now + 600) is not None
    settings = settings_for(webhook(httpserver))
    assert deliver_pending(store, settings).delivered == 0  # its lease has not run out
    assert deliver_pending(store, settings, take_over=True).delivered == 1
    assert len(posted(httpserver)) == 1


def test_every_delivery_carries_the_alerts_key_to_drop_a_repeat_by(store, httpserver):
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    raise_alerts([article(1, claim("killed", 26))], store)
    [alert] = store.list_alerts(pending_only=True)
    deliver_pending(store, settings_for(webhook(httpserver)))
    [(request, _)] = httpserver.log
    assert request.headers["Idempotency-Key"] == alert.key
    assert json.loads(request.data)["message"].splitlines()[-1] == f"newsmon alert {alert.key}"


@pytest.mark.parametrize(
    "batches",
    [[("004",), ("003",), ("002",), ("001",), ("000",)], [("003", "001"), ("002", "004", "000")],
     [("000", "002"), ("003",), ("001", "004")]],
)  # fmt: skip
def test_the_alerts_of_a_run_do_not_depend_on_how_its_input_was_split_into_batches(store, batches):
    for batch in batches:
        articles = [seed_article(number) for number in batch]
        store.put_articles(articles)  # as a run stores a batch before raising its alerts
        raise_alerts(articles, store)
    # every figure that rose in publication order is announced, however late its page came
    # (its kind and `previous` say what was known when it was raised)
    assert sorted(a.value for a in store.list_alerts() if a.metric == "detained") == [2300, 3811, 4266, 4404, 5800]
