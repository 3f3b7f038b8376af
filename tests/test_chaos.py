"""A small `make chaos` (scripts/chaos.py) inside the test suite: kill -9 during ingest into
SQLite and Elasticsearch and during alert delivery, and fuzzed readers, each trial compared
with a clean run (refused bulk items are test_es_partial_failure's, the slow-loris server
test_ingest's). Marked `chaos` (`-m "not chaos"` leaves them out); the Elasticsearch ones
skip where noida-db is unavailable."""

from __future__ import annotations

import sys

import pytest
from helpers import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

import chaos  # noqa: E402
import chaos_fuzz  # noqa: E402

pytestmark = [
    pytest.mark.chaos,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signals are Linux's"),
]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("chaos")
    with chaos.serve_corpus(workdir) as corpus:
        # One kill per trial keeps the time within a test suite's; `make chaos` kills up to three times.
        yield chaos.Lab(corpus, chaos.Runner.for_loopback(workdir), seed=7, until=float("inf"), kills=1)


@pytest.fixture(scope="module")
def sqlite(lab):
    return chaos.SqliteStores(lab.runner.workdir)


@pytest.fixture(scope="module")
def es(es_cluster):
    return chaos.EsStores(es_cluster)


def passed(tally: chaos.Tally, trials: int) -> bool:
    print(tally.line(), *tally.failures, *tally.notes, sep="\n")
    return tally.ok and tally.trials == trials and tally.faults > 0


def test_kill_9_during_ingest_into_sqlite_loses_doubles_and_changes_nothing(lab, sqlite):
    assert passed(chaos.kill_trials(lab, sqlite, 2), 2)


@pytest.mark.es
def test_kill_9_during_ingest_into_elasticsearch_loses_doubles_and_changes_nothing(lab, es):
    assert passed(chaos.kill_trials(lab, es, 2), 2)


def test_kill_9_during_delivery_loses_no_alert_and_repeats_one_only_under_its_key(lab, sqlite):
    assert passed(chaos.delivery_trials(lab, sqlite, 1), 1)


def test_fuzzed_feeds_pages_and_import_lines_give_problems_not_exceptions():
    assert passed(chaos.fuzz(examples=15, seed=7), 45)


def test_the_fuzzer_finds_a_reader_that_raises():
    def fragile(case: tuple[bytes, str | None, str]) -> None:
        if b"&#55296;" in case[0]:  # as feedparser did on a surrogate reference (issue 12)
            raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")

    feeds = chaos_fuzz.CHECKS[0][1]
    assert "UnicodeEncodeError" in (chaos_fuzz.run(fragile, feeds, examples=300, seed=7).error or "")


def test_the_comparison_counts_what_is_lost_duplicated_and_wrong():
    first = ("first", "detained", None, 10, None)
    clean = {
        "articles": [("a", "http://x/a", "h1"), ("b", "http://x/b", "h2")],
        "alerts": [("k1", ("detained", None, 10), first)],
    }
    got = {
        "articles": [("a", "http://x/a", "h1"), ("a", "http://x/a", "h1"), ("d", "http://x/a", "h1")],
        "alerts": [("k1", ("detained", None, 10), ("new_high", "detained", None, 10, 5)),
                   ("k2", ("detained", None, 12), ("new_high", "detained", None, 12, 10)),
                   ("k3", ("detained", None, 10), first)],
    }  # fmt: skip
    diff = chaos.compare(clean, got)
    # lost: b; duplicated: a stored twice, d a second article for a's URL, k3 a second alert
    # for 10 detained; wrong: k1's kind, k2 raised only here
    assert (diff.lost, diff.duplicated, diff.wrong) == (1, 3, 2), diff.details
    assert not chaos.compare(clean, clean)


def test_a_delivery_under_a_second_key_is_a_duplicate_and_one_never_made_is_lost():
    clean = {"alerts": [("k1", None, None), ("k2", None, None)]}
    text = "New high: 10 detained\n“…”\nt (s)\nhttp://x/a"
    received = [chaos.Delivery("k1", "t", f"{text}\nnewsmon alert k1")] * 2 + [
        chaos.Delivery("k3", "t", f"{text}\nnewsmon alert k3")
    ]
    diff = chaos.Diff()
    assert chaos._check_deliveries(clean, received, diff) == 1  # k1 again, under its own key
    assert (diff.lost, diff.duplicated, diff.wrong) == (1, 1, 1), diff.details  # k2; k1 and k3 one text; k3
