"""The staged pipeline the Airflow tasks run: staging files, feed state held back, retries.

Feeds and pages come from a real HTTP server on loopback and go into the real SQLite
store. `serve_seed_feeds` is shared with test_dags.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from werkzeug import Request, Response

from helpers import ROOT, SEEDS
from pipeline.models import Alert, Article, Claim, Document, Problem
from pipeline.settings import Settings
from pipeline.run.staging import (
    RunArea,
    StagedShard,
    StagingError,
    enrich_shard,
    fetch_shard,
    load_report,
    plan_shards,
    read_records,
    save_report,
    store_shards,
    write_records,
)
from pipeline.store import open_store
from pipeline.store.base import Feed

# The seeds in publication order, with the date a feed would give them and the national
# detained figure each reports (seed 003: "5.8 thousand people have been brought to the police").
SEED_FEED = [
    ("004_d94ff9a32093f597.txt", "Fri, 07 Jan 2022 12:00:00 GMT", 2300),
    ("002_7978e291850f57ec.txt", "Sat, 08 Jan 2022 08:21:00 GMT", 3811),
    ("000_ee87e329f6fe03f8.txt", "Sat, 08 Jan 2022 12:00:00 GMT", 4266),
    ("001_ab35eed1989ce54e.txt", "Sat, 08 Jan 2022 18:00:00 GMT", 4404),
    ("003_cd0475b9a63e25ad.txt", "Sun, 09 Jan 2022 10:00:00 GMT", 5800),
]
DETAINED = [2300, 3811, 4266, 4404, 5800]
FEED_A_ETAG = '"seeds-a-1"'


def serve_seed_feeds(httpserver) -> list[str]:
    """Serve each seed as a text/plain page and two RSS feeds linking to them, oldest first:
    /a.xml (the first three seeds; sends an ETag and answers a matching If-None-Match with
    304) and /b.xml (the last two; no validators, so it is read in full every time)."""
    for name, _, _ in SEED_FEED:
        httpserver.expect_request(f"/seeds/{name}").respond_with_data(
            (SEEDS / name).read_text(encoding="utf-8"), content_type="text/plain; charset=utf-8"
        )

    def rss(entries) -> str:
        items = "".join(
            f"<item><title>Seed {name[:3]}</title><link>{httpserver.url_for(f'/seeds/{name}')}</link>"
            f"<guid>{name}</guid><pubDate>{date}</pubDate></item>"
            for name, date, _ in entries
        )
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Seeds</title>{items}</channel></rss>'

    def feed_a(request: Request) -> Response:
        if request.headers.get("If-None-Match") == FEED_A_ETAG:
            return Response(status=304, headers={"ETag": FEED_A_ETAG})
        return Response(rss(SEED_FEED[:3]), content_type="application/rss+xml", headers={"ETag": FEED_A_ETAG})

    httpserver.expect_request("/a.xml").respond_with_handler(feed_a)
    httpserver.expect_request("/b.xml").respond_with_data(rss(SEED_FEED[3:]), content_type="application/rss+xml")
    return [httpserver.url_for("/a.xml"), httpserver.url_for("/b.xml")]


def detained_alert_values(store) -> list[int]:
    return sorted(alert.value for alert in store.list_alerts() if alert.metric == "detained")


@pytest.fixture
def settings(httpserver) -> Settings:
    return Settings(
        allowed_hosts=(httpserver.host,), host_delay=0, respect_robots=False, connect_timeout=2, read_timeout=2
    )


def stage(area: RunArea, shards: list[list[str]], store, settings: Settings) -> list[StagedShard]:
    """fetch then enrich every shard, as the mapped tasks do."""
    fetched = [fetch_shard(area, n, inputs, store, settings) for n, inputs in enumerate(shards)]
    return [enrich_shard(area, shard, settings) for shard in fetched]


# records on disk


def test_records_round_trip_with_bytes_claims_and_alerts(tmp_path):
    claim = Claim(metric="detained", value=4266, qualifier="exact", text="a total of 4,266 people were arrested")
    alert = Alert(key="k1", kind="first", metric="detained", subject=None, value=4266, previous=None,
                  article_id="a1", url="https://example.org/1", title="T", source="S", text=claim.text,
                  published="2022-01-08")  # fmt: skip
    records = [
        Document(url="https://example.org/1", body=b"<html>\xd0\x9a\xff</html>", kind="html", title="T"),
        Document(url="file:///seeds/000.txt", body="plain text", kind="text", published="2022-01-08"),
        Article(id="a1", url="https://example.org/1", canonical_url="https://example.org/1", title="T", text="Body",
                content_hash="h", minhash=bytes(range(256)), band_keys=("b1", "b2"), figures=[claim], alerts=[alert]),
        Problem("https://example.org/2", "fetch", "HTTP 404"),
        Feed(url="https://example.org/feed.xml", etag='"x"', last_status=200),
    ]  # fmt: skip
    counts = write_records(tmp_path / "r.jsonl", records)
    assert list(read_records(tmp_path / "r.jsonl")) == records
    assert counts == {"document": 2, "article": 1, "problem": 1, "feed": 1}


def test_a_write_that_fails_half_way_leaves_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "r.jsonl"
    write_records(path, [Problem("old", "fetch", "kept")])

    def half_then_crash():
        yield Problem("new", "fetch", "never visible")
        raise RuntimeError("worker died")

    with pytest.raises(RuntimeError):
        write_records(path, half_then_crash())
    assert list(read_records(path)) == [Problem("old", "fetch", "kept")]
    assert [p.name for p in tmp_path.iterdir()] == ["r.jsonl"]


def test_a_missing_staged_file_is_an_error_naming_it_and_the_setting(tmp_path):
    with pytest.raises(StagingError, match=r"gone\.jsonl.*NEWSMON_STAGING_DIR"):
        list(read_records(tmp_path / "gone.jsonl"))


def test_a_corrupt_staged_line_is_an_error_naming_file_and_line(tmp_path):
    path = tmp_path / "r.jsonl"
    write_records(path, [Problem("a", "fetch", "x")])
    with path.open("a", encoding="utf-8") as out:
        out.write("{not json\n")
    with pytest.raises(StagingError, match=r"r\.jsonl:2"):
        list(read_records(path))


def test_run_area_is_per_dag_and_run_with_portable_names(tmp_path):
    area = RunArea.for_run(tmp_path, "news_ingest", "manual__2022-01-08T00:00:00+00:00")
    assert area.path == tmp_path / "news_ingest" / "manual__2022-01-08T00_00_00_00_00"
    assert area.shard_file("fetched", 3) == area.path / "fetched-00003.jsonl"
    assert RunArea.for_run(tmp_path, "d", "../../etc").path == tmp_path / "d" / "etc"


def test_shards_keep_order_drop_repeats_and_reject_a_zero_size():
    assert plan_shards(["a", "b", "a", "c", "d", "e"], 2) == [["a", "b"], ["c", "d"], ["e"]]
    assert plan_shards([], 20) == []
    with pytest.raises(ValueError, match="at least 1, got 0"):
        plan_shards(["a"], 0)


def test_report_survives_a_round_trip(tmp_path):
    from pipeline.run.ingest import IngestReport

    report = IngestReport(documents=5, stored=4, unchanged=1, relevant=5, figures=9, alerts=5,
                          problems=[Problem("https://x/y", "fetch", "HTTP 500")])  # fmt: skip
    save_report(tmp_path / "report.json", report)
    assert load_report(tmp_path / "report.json") == report


# feed state is held back until the entries are stored


def test_staged_run_stores_the_seeds_and_commits_feed_state_last(tmp_path, httpserver, settings):
    feeds = serve_seed_feeds(httpserver)
    with open_store(f"sqlite:///{tmp_path}/s.db") as store:
        area = RunArea.for_run(tmp_path / "staging", "test", "run1")
        staged = stage(area, plan_shards(feeds, 1), store, settings)
        assert [(s.shard, s.documents, s.articles) for s in staged] == [(0, 3, 3), (1, 2, 2)]
        assert store.get_feed(feeds[0]) is None  # fetched, but not stored yet
        # its state waits among the shard's records, after its entries
        [*entries, state] = list(read_records(Path(staged[0].records)))
        assert isinstance(state, Feed) and state.etag == FEED_A_ETAG and len(entries) == 3

        report = store_shards(area, staged, store, settings, planned=plan_shards(feeds, 1))
        assert (report.documents, report.stored, report.unchanged, report.problems) == (5, 5, 0, [])
        assert store.count_articles() == 5
        assert detained_alert_values(store) == DETAINED
        assert store.get_feed(feeds[0]).etag == FEED_A_ETAG

        again = RunArea.for_run(tmp_path / "staging", "test", "run2")
        report = store_shards(again, stage(again, [feeds], store, settings), store, settings)
        # /a.xml answers 304; /b.xml is read, but its pages are stored already.
        assert (report.documents, report.stored, report.alerts) == (0, 0, 0)
        assert [r.path for r, _ in httpserver.log if r.path.endswith(".xml")] == ["/a.xml", "/b.xml"] * 2
        assert len([r for r, _ in httpserver.log if r.path.startswith("/seeds/")]) == 5
        assert store.count_articles() == 5
        assert detained_alert_values(store) == DETAINED


def test_a_shard_that_never_arrived_is_reported_and_read_again_next_run(tmp_path, httpserver, settings):
    feeds = serve_seed_feeds(httpserver)
    planned = plan_shards(feeds, 1)
    with open_store(f"sqlite:///{tmp_path}/s.db") as store:
        area = RunArea.for_run(tmp_path / "staging", "test", "run1")
        first, _lost = stage(area, planned, store, settings)  # shard 1's task "failed"
        report = store_shards(area, [first], store, settings, planned=planned)
        assert store.count_articles() == 3
        assert [(p.input, p.stage) for p in report.problems] == [(feeds[1], "staging")]
        assert store.get_feed(feeds[1]) is None

        area = RunArea.for_run(tmp_path / "staging", "test", "run2")
        report = store_shards(area, stage(area, planned, store, settings), store, settings, planned=planned)
        assert (report.documents, report.stored) == (2, 2)  # /a.xml answered 304
        assert detained_alert_values(store) == DETAINED


# a store step that dies half-way and is retried

KILLED_STORE = textwrap.dedent(
    """
    import json, os, signal, sys
    from pipeline.settings import Settings
    from pipeline.run.staging import RunArea, StagedShard, store_shards
    from pipeline.store import open_store

    class DiesOnFourthArticle:
        '''The real store, until the process is killed (SIGKILL: no cleanup) mid-batch.'''
        def __init__(self, store):
            self.store, self.writes = store, 0
        def put_articles(self, articles):
            self.writes += 1
            if self.writes == 4:
                os.kill(os.getpid(), signal.SIGKILL)
            self.store.put_articles(articles)
        def __getattr__(self, name):
            return getattr(self.store, name)

    area, store_url, shards = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    with open_store(store_url) as store:
        store_shards(RunArea(area), [StagedShard.from_dict(s) for s in shards], DiesOnFourthArticle(store),
                     Settings(batch_size=2))
    """
)


def test_a_store_step_killed_half_way_and_retried_stores_everything_once(tmp_path, httpserver, settings):
    feeds = serve_seed_feeds(httpserver)
    url = f"sqlite:///{tmp_path}/s.db"
    settings = settings.replace(batch_size=2)  # batches commit one by one, so a kill leaves some behind
    area = RunArea.for_run(tmp_path / "staging", "test", "run1")
    with open_store(url) as store:
        staged = stage(area, plan_shards(feeds, 1), store, settings)

    killed = subprocess.run(
        [sys.executable, "-c", KILLED_STORE, str(area.path), url, json.dumps([s.to_dict() for s in staged])],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert killed.returncode == -9, killed.stderr
    with open_store(url) as store:
        assert store.count_articles() == 2  # the first batch was committed, the second lost
        assert store.get_feed(feeds[0]) is None

        report = store_shards(area, staged, store, settings)  # the retry
        assert (report.stored, report.unchanged) == (3, 2)
        assert store.count_articles() == 5
        assert detained_alert_values(store) == DETAINED
        assert store.get_feed(feeds[0]).etag == FEED_A_ETAG


def test_a_store_step_that_raises_half_way_and_is_retried_loses_no_alert(tmp_path, httpserver, settings):
    """An exception (not a kill) unwinds through `with store:` as the Airflow task's does."""
    feeds = serve_seed_feeds(httpserver)
    url = f"sqlite:///{tmp_path}/s.db"
    settings = settings.replace(batch_size=2)
    area = RunArea.for_run(tmp_path / "staging", "test", "run1")
    with open_store(url) as store:
        staged = stage(area, plan_shards(feeds, 1), store, settings)

    class FailsOnFourthArticle:
        def __init__(self, store):
            self.store, self.writes = store, 0

        def put_articles(self, articles):
            self.writes += 1
            if self.writes == 4:
                raise OSError("disk full")
            self.store.put_articles(articles)

        def __getattr__(self, name):
            return getattr(self.store, name)

    with pytest.raises(OSError), open_store(url) as store:
        store_shards(area, staged, FailsOnFourthArticle(store), settings)
    with open_store(url) as store:
        store_shards(area, staged, store, settings)
        assert store.count_articles() == 5
        assert detained_alert_values(store) == DETAINED


def test_a_story_in_two_shards_is_stored_and_counted_once(tmp_path, settings):
    from pipeline.run.enrich import enrich

    seed = sorted(SEEDS.glob("*.txt"))[0]
    article = enrich(Document(url=seed.as_uri(), body=seed.read_text(encoding="utf-8"), kind="text"), settings)
    area = RunArea.for_run(tmp_path / "staging", "test", "run1")
    shards = []
    for shard in (0, 1):
        path = area.shard_file("enriched", shard)
        write_records(path, [article])
        shards.append(StagedShard(shard=shard, records=str(path), documents=1, articles=1))
    with open_store(f"sqlite:///{tmp_path}/s.db") as store:
        report = store_shards(area, shards, store, settings)
        assert (report.documents, report.articles, report.stored) == (2, 1, 1)
        assert store.count_articles() == 1


def test_the_same_input_gives_the_same_store_whichever_runner_batch_size_or_shard_split(tmp_path, httpserver, settings):
    from pipeline.run.ingest import ingest

    feeds = serve_seed_feeds(httpserver)

    def contents(url: str) -> tuple:
        with open_store(url) as store:
            claims = {(c.article_id, c.claim.metric, c.claim.value) for c in store.list_claims()}
            alerts = {(a.metric, a.subject, a.value) for a in store.list_alerts()}
            articles = {(c.article_id, c.cluster_id) for c in store.list_claims()}
            return store.count_articles(), claims, alerts, articles

    runs = []
    for name, batch, shards in [("cli-1", 1, None), ("cli-200", 200, None), ("dag-1x2", 2, plan_shards(feeds, 1)),
                                ("dag-2x200", 200, plan_shards(feeds, 2))]:  # fmt: skip
        url = f"sqlite:///{tmp_path / name}.db"
        run_settings = settings.replace(batch_size=batch, workers=1)
        with open_store(url) as store:
            if shards is None:
                ingest(feeds, store, run_settings)
            else:
                area = RunArea.for_run(tmp_path / "staging", "test", name)
                store_shards(area, stage(area, shards, store, run_settings), store, run_settings, planned=shards)
        runs.append(contents(url))
    assert runs[0][0] == 5 and {a[2] for a in runs[0][2] if a[0] == "detained"} == set(DETAINED)
    assert all(run == runs[0] for run in runs[1:])
