"""The runner over real loopback feeds and the real SQLite store."""

from __future__ import annotations

import json
import shutil

import pytest

from werkzeug import Response

from helpers import SEEDS
from pipeline.run.enrich import enrich
from pipeline.run.ingest import ingest, ingest_documents
from pipeline.models import Article, Document, Problem
from pipeline.run.pool import POOL_MIN_DOCUMENTS
from pipeline.settings import Settings
from pipeline.store import Feed, open_store
from pipeline.store.sqlite import SQLiteStore
from slow_server import dripping_server

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def rss(items: list[tuple[str, str]]) -> str:
    entries = "".join(f"<item><title>{title}</title><link>{link}</link></item>" for title, link in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Steppe Wire</title>{entries}</channel></rss>'


def serve_seed_pages(httpserver, files):
    for path in files:
        httpserver.expect_request(f"/news/{path.stem}").respond_with_data(
            path.read_text(encoding="utf-8"), content_type="text/plain; charset=utf-8"
        )
    return [(f"Story {p.stem}", httpserver.url_for(f"/news/{p.stem}")) for p in files]


def page_requests(httpserver) -> list[str]:
    return [request.path for request, _ in httpserver.log if request.path.startswith("/news/")]


def test_a_changed_feed_costs_only_its_new_pages(httpserver, loopback_settings, tmp_path):
    items = serve_seed_pages(httpserver, SEED_FILES)
    feed = httpserver.url_for("/feed.xml")
    published = items[:3]
    httpserver.expect_request("/feed.xml").respond_with_handler(
        lambda request: Response(rss(published), content_type="application/rss+xml")
    )

    with open_store(f"sqlite:///{tmp_path / 's.db'}", loopback_settings) as store:
        first = ingest([feed], store, loopback_settings)
        assert (first.stored, first.problems) == (3, [])
        published[:] = items
        second = ingest([feed], store, loopback_settings)
        assert (second.stored, second.problems) == (2, [])
        assert store.count_articles() == 5
    fetched = page_requests(httpserver)
    assert sorted(fetched) == sorted(f"/news/{p.stem}" for p in SEED_FILES)  # each page once


def test_bad_pages_are_counted_and_the_rest_is_stored(httpserver, loopback_settings, tmp_path):
    items = serve_seed_pages(httpserver, SEED_FILES[:2])
    items.append(("Gone", httpserver.url_for("/news/gone")))
    httpserver.expect_request("/news/gone").respond_with_data("", status=404)
    httpserver.expect_request("/feed.xml").respond_with_data(rss(items), content_type="application/rss+xml")

    with open_store(f"sqlite:///{tmp_path / 's.db'}", loopback_settings) as store:
        report = ingest([httpserver.url_for("/feed.xml")], store, loopback_settings)
        assert report.stored == 2
        assert [p.input for p in report.problems] == [httpserver.url_for("/news/gone")]
        assert store.count_articles() == 2


@pytest.mark.parametrize("slow_first", [True, False], ids=["slow-first", "slow-last"])
def test_a_server_dripping_its_page_costs_only_that_page(loopback_settings, tmp_path, slow_first):
    settings = loopback_settings.replace(allowed_hosts=("127.0.0.1",), fetch_deadline=1, workers=1)
    with dripping_server() as slow, open_store(f"sqlite:///{tmp_path / 's.db'}", settings) as store:
        seeds = [str(path) for path in SEED_FILES]
        report = ingest([slow, *seeds] if slow_first else [*seeds, slow], store, settings)
        assert report.problems == [Problem(slow, "fetch", "no complete answer within the 1 s fetch deadline")]
        assert report.stored == store.count_articles() == len(SEED_FILES)


def enrich_seeds(tmp_path, name, settings, copies=1):
    inputs = []
    for n in range(copies):  # copies of the seeds: enough documents to start the pool
        folder = tmp_path / f"{name}-in-{n}"
        shutil.copytree(SEEDS, folder)
        inputs.append(str(folder))
    seen = []
    with open_store(f"sqlite:///{tmp_path / name}.db", settings) as store:
        report = ingest(inputs, store, settings, on_article=seen.append)
    assert report.stored == 5 * copies
    # Ids differ between runs (the folders differ); what must agree is which article each
    # one is clustered with, named by its position.
    first_of_cluster = {}
    for n, a in enumerate(seen):
        first_of_cluster.setdefault(a.cluster_id, n)
    return [
        (a.url.split("-in-")[1], first_of_cluster[a.cluster_id], a.language, a.relevant, len(a.figures), len(a.alerts))
        for a in seen
    ]


def test_the_process_pool_gives_the_same_result_as_inline_enrichment(tmp_path, loopback_settings):
    copies = -(-POOL_MIN_DOCUMENTS // 5)
    inline = enrich_seeds(tmp_path, "inline", loopback_settings.replace(workers=1), copies)
    pooled = enrich_seeds(tmp_path, "pooled", loopback_settings.replace(workers=2), copies)
    assert inline == pooled
    assert len({row[1] for row in pooled}) == 5  # every copy folded into its seed's story


def test_small_batches_store_the_same_stories(tmp_path, loopback_settings):
    """Alerts may differ: publication order is kept within a batch, arrival order across."""
    whole = enrich_seeds(tmp_path, "whole", loopback_settings.replace(workers=1))
    small = enrich_seeds(tmp_path, "small", loopback_settings.replace(workers=1, batch_size=2))
    assert [row[:5] for row in whole] == [row[:5] for row in small]


def test_the_first_batches_are_small_so_the_pool_starts_on_the_first_documents_read(tmp_path):
    docs = [Document(url=f"file:///in/{n}.txt", body=f"Story {n}.", kind="text") for n in range(300)]
    sizes = []

    def enrich_all(batch):
        sizes.append(len(batch))
        return [Problem(d.url, "enrich", "not enriched here") for d in batch]

    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        report = ingest_documents(docs, store, Settings(batch_size=100), enrich_all=enrich_all)
    assert POOL_MIN_DOCUMENTS == 16
    assert sizes == [16, 32, 64, 100, 88]  # doubling up to the batch size
    assert len(report.problems) == 300


def test_alerts_follow_publication_order_within_a_batch_whatever_the_input_order(tmp_path, loopback_settings):
    reversed_inputs = [str(p) for p in reversed(SEED_FILES)]
    with open_store(f"sqlite:///{tmp_path / 's.db'}", loopback_settings) as store:
        ingest(reversed_inputs, store, loopback_settings.replace(workers=1))
        detained = [a.value for a in store.list_alerts() if a.metric == "detained"]
    assert detained == [2300, 3811, 4266, 4404, 5800]


class FailingStore(SQLiteStore):
    """The real store, made to fail on its Nth article write (a crash mid-run)."""

    def __init__(self, path, settings, fail_on):
        super().__init__(path, settings)
        self.writes, self.fail_on = 0, fail_on

    def put_articles(self, articles):
        self.writes += 1
        if self.writes == self.fail_on:
            raise OSError("disk full")
        super().put_articles(articles)


def test_a_run_dying_mid_feed_keeps_the_feed_unread_for_the_next_run(httpserver, loopback_settings, tmp_path):
    items = serve_seed_pages(httpserver, SEED_FILES[:3])
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(items), content_type="application/rss+xml", headers={"ETag": '"v1"'}
    )
    feed, path = httpserver.url_for("/feed.xml"), tmp_path / "s.db"
    # The feed's state is read once its last entry is handed over, i.e. while the second
    # batch (the third entry) is being filled; that batch then fails.
    settings = loopback_settings.replace(batch_size=2, workers=1)

    with pytest.raises(OSError, match="disk full"):
        with FailingStore(path, settings, fail_on=3) as store:
            ingest([feed], store, settings)
    with open_store(f"sqlite:///{path}", settings) as store:
        assert store.count_articles() == 2  # the first batch was committed, the second rolled back
        state = store.get_feed(feed)
        assert state is None or state.etag is None  # so the next read is not a 304
        report = ingest([feed], store, settings)
        assert (report.stored, report.problems) == (1, [])
        assert store.count_articles() == 3
        assert store.get_feed(feed).etag == '"v1"'


def test_feed_state_is_stored_only_with_all_its_entries_when_batches_overlap(httpserver, loopback_settings, tmp_path):
    # Batches of two: [a1 a2] [b1 c1] [d1]. Batch k is stored while batch k+1 is read, and
    # c is read by the time [a1 a2] is stored, d by the time [b1 c1] is: their state must
    # wait for their own batch. The run dies storing d1.
    items = serve_seed_pages(httpserver, SEED_FILES[:5])
    entries = {"/a.xml": items[:2], "/b.xml": items[2:3], "/c.xml": items[3:4], "/d.xml": items[4:5]}
    for path, feed_items in entries.items():
        httpserver.expect_request(path).respond_with_data(
            rss(feed_items), content_type="application/rss+xml", headers={"ETag": f'"{path}"'}
        )
    feeds = [httpserver.url_for(path) for path in entries]
    db = tmp_path / "s.db"
    settings = loopback_settings.replace(batch_size=2, workers=1)

    with pytest.raises(OSError, match="disk full"):
        with FailingStore(db, settings, fail_on=5) as store:
            ingest(feeds, store, settings)
    with open_store(f"sqlite:///{db}", settings) as store:
        assert store.count_articles() == 4  # two batches
        # Pages come as they are answered, so which feeds those were varies: but a feed has
        # its state stored only with all its entries, and the one whose entry died has none.
        # (It may lack it with all its entries stored: the state waits for the next batch.)
        etags = [(state.etag if (state := store.get_feed(feed)) else None) for feed in feeds]
        complete = [len(store.known_urls([link for _, link in feed_items])) == len(feed_items)
                    for feed_items in entries.values()]  # fmt: skip
        assert all(done for etag, done in zip(etags, complete) if etag) and None in etags

        report = ingest(feeds, store, settings)
        assert (report.stored, report.problems) == (1, [])
        assert [store.get_feed(feed).etag for feed in feeds] == ['"/a.xml"', '"/b.xml"', '"/c.xml"', '"/d.xml"']


def test_a_feed_state_is_committed_with_its_entries_never_before(tmp_path):
    def page(n: int) -> Document:
        return Document(url=f"https://a{n}.example/story", body=f"Story {n} " * 40, kind="text", title=f"Story {n}")

    a, b = Feed(url="https://a.example/feed", etag='"a"'), Feed(url="https://b.example/feed", etag='"b"')
    calls = 0

    def enrich_all(documents):
        nonlocal calls
        calls += 1
        if calls == 4:  # the fourth batch's enrichment dies, before the third batch is committed
            raise RuntimeError("worker died")
        return [enrich(d, Settings()) for d in documents]

    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        with pytest.raises(RuntimeError):
            ingest_documents([page(1), a, page(2), b, page(3), page(4)], store, Settings(batch_size=1), enrich_all=enrich_all)
        # a state goes with the batch being read when it came, after its entries: feed a's
        # with the second batch, committed; feed b's with the third, which never was
        assert store.get_feed(a.url).etag == '"a"'
        assert store.get_feed(b.url) is None
        assert store.count_articles() == 2


def test_a_story_met_twice_in_a_run_is_stored_and_counted_once(tmp_path):
    story = Document(url="https://a.example/story", body="The same story. " * 40, kind="text", title="Story")
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        report = ingest_documents([story, story], store, Settings(batch_size=1))
    assert (report.documents, report.articles, report.stored) == (2, 1, 1)


def test_leaving_a_store_on_an_exception_discards_what_was_not_flushed(tmp_path):
    path = f"sqlite:///{tmp_path / 's.db'}"
    with pytest.raises(RuntimeError):
        with open_store(path) as store:
            store.add_feed("https://example.org/rss")
            raise RuntimeError("interrupted")
    with open_store(path) as store:
        assert store.list_feeds() == []


def test_stories_outside_the_case_carry_no_figures(tmp_path, loopback_settings):
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({
        "url": "https://example.org/indiana", "title": "Six arrested after Indianapolis shooting",
        "text": "Police arrested six people Monday after a shooting in Indianapolis left two people dead. "
                "The city's police chief said more arrests were expected.",
    }) + "\n", encoding="utf-8")  # fmt: skip
    seen = []
    with open_store(f"sqlite:///{tmp_path / 's.db'}", loopback_settings) as store:
        report = ingest([str(records)], store, loopback_settings, on_article=seen.append)
        assert report.alerts == 0
        assert store.list_alerts() == []
    [article] = seen
    assert (article.relevant, article.figures) == (False, [])


def test_a_worker_dying_on_one_document_costs_only_that_document(tmp_path):
    from crashing_worker import enrich_or_die

    from pipeline.run.pool import EnrichmentPool

    docs = [Document(url=f"file:///in/{p.name}", body=p.read_text(encoding="utf-8"), kind="text") for p in SEED_FILES]
    docs = (docs * 4)[:POOL_MIN_DOCUMENTS - 1] + [Document(url="file:///in/poison.txt", body="x", kind="text")]
    settings = Settings(workers=2)
    with EnrichmentPool(enrich_or_die, settings) as enrich_all:
        # The next batch is already in the pool when the poison breaks it, as in a run.
        next_batch = docs[:-1] + docs[:1]
        first, second = enrich_all(docs), enrich_all(next_batch)
        results, next_results = list(first), list(second)
    assert len(results) == POOL_MIN_DOCUMENTS
    assert [r.input for r in results if isinstance(r, Problem)] == ["file:///in/poison.txt"]
    assert sum(isinstance(r, Article) for r in results) == POOL_MIN_DOCUMENTS - 1
    assert [r.url for r in next_results] == [d.url for d in next_batch]


def test_a_flash_updated_with_a_new_figure_is_no_repost_and_raises_its_alert(tmp_path, loopback_settings):
    flash = ("МВД Казахстана сообщило, что в ходе массовых беспорядков в Казахстане задержаны {} человек. "
             "Подробности позже.")  # fmt: skip
    records = tmp_path / "flashes.jsonl"
    rows = [(7, "3 811"), (8, "4 404"), (9, "5 800"), (9, "5 800")]  # the last is a repost of the third
    records.write_text("".join(
        json.dumps({"url": f"https://tengrinews.example/flash-{n}", "title": "Задержания в Казахстане",
                    "text": flash.format(figure), "published": f"2022-01-0{day}T10:00:00+06:00"}) + "\n"
        for n, (day, figure) in enumerate(rows)
    ), encoding="utf-8")  # fmt: skip
    seen = []
    with open_store(f"sqlite:///{tmp_path / 's.db'}", loopback_settings) as store:
        ingest([str(records)], store, loopback_settings.replace(workers=1), on_article=seen.append)
        detained = [(a.kind, a.value) for a in store.list_alerts() if a.metric == "detained"]
    assert detained == [("first", 3811), ("new_high", 4404), ("new_high", 5800)]
    assert len({a.cluster_id for a in seen}) == 1  # one story
    assert [a.duplicate_of is not None for a in seen] == [False, False, False, True]


class UpdatedInPlace:
    """One feed item and its page, which the outlet updates in place: same link, new date and figure."""

    FLASH = ("МВД Казахстана сообщило, что в ходе массовых беспорядков в Казахстане задержаны {} человек. "
             "Подробности позже.")  # fmt: skip

    def __init__(self, httpserver, date: str, figure: str) -> None:
        self.date, self.figure = date, figure
        self.link = httpserver.url_for("/news/flash")
        self.feed = httpserver.url_for("/feed.xml")
        httpserver.expect_request("/feed.xml").respond_with_handler(self.feed_xml)
        httpserver.expect_request("/news/flash").respond_with_handler(self.page)

    def feed_xml(self, request) -> Response:
        item = f"<item><title>Задержания</title><link>{self.link}</link><pubDate>{self.date}</pubDate></item>"
        return Response(
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Steppe Wire</title>{item}</channel></rss>',
            content_type="application/rss+xml",
        )

    def page(self, request) -> Response:
        return Response(
            f"<html><head><title>Задержания</title></head><body><article><p>{self.FLASH.format(self.figure)}</p>"
            "</article></body></html>",
            content_type="text/html; charset=utf-8",
        )


def test_a_feed_item_updated_in_place_is_read_again_and_its_new_figure_raises_an_alert(
    httpserver, loopback_settings, tmp_path
):
    site = UpdatedInPlace(httpserver, "Fri, 07 Jan 2022 10:00:00 +0600", "3 811")
    settings = loopback_settings.replace(workers=1)
    seen = []
    with open_store(f"sqlite:///{tmp_path / 's.db'}", settings) as store:
        first = ingest([site.feed], store, settings, on_article=seen.append)
        assert (first.stored, first.alerts, first.problems) == (1, 1, [])

        site.date, site.figure = "Sun, 09 Jan 2022 10:00:00 +0600", "5 800"
        second = ingest([site.feed], store, settings, on_article=seen.append)
        assert (second.stored, second.alerts, second.problems) == (1, 1, [])
        assert store.count_articles() == 1
        article = store.get_article(seen[0].id)
        assert "задержаны 5 800 человек" in article.text
        assert article.published == "2022-01-09T04:00:00+00:00"
        detained = [(a.kind, a.value, a.previous) for a in store.list_alerts() if a.metric == "detained"]
        assert detained == [("first", 3811, None), ("new_high", 5800, 3811)]

        third = ingest([site.feed], store, settings)
        assert (third.documents, third.stored, third.alerts, third.problems) == (0, 0, 0, [])
    assert page_requests(httpserver) == ["/news/flash", "/news/flash"]


def test_a_re_dated_feed_item_with_the_same_text_is_read_again_once(httpserver, loopback_settings, tmp_path):
    site = UpdatedInPlace(httpserver, "Fri, 07 Jan 2022 10:00:00 +0600", "3 811")
    settings = loopback_settings.replace(workers=1)
    with open_store(f"sqlite:///{tmp_path / 's.db'}", settings) as store:
        ingest([site.feed], store, settings)
        site.date = "Sun, 09 Jan 2022 10:00:00 +0600"
        assert ingest([site.feed], store, settings).unchanged == 1
        ingest([site.feed], store, settings)
    assert page_requests(httpserver) == ["/news/flash", "/news/flash"]


def test_alerts_wait_for_as_many_outlets_as_the_settings_ask_a_repost_counting_for_its_outlet(tmp_path):
    from pipeline.stages.dedup import fingerprint
    from pipeline.run.ingest import Commit
    from pipeline.models import Article, Claim
    from pipeline.settings import Settings
    from pipeline.store import open_store

    settings = Settings(alert_min_sources=2)

    def story(n: int, source: str) -> Article:
        url = f"https://{source}.example/{n}"
        text = f"Report {n} from {source}: the toll of the unrest in Kazakhstan, by our own correspondent."
        article = Article(id=f"s{n}", url=url, canonical_url=url, title="t", text=text, source=source,
                          published=f"2022-01-0{n}", relevant=True,
                          figures=[Claim(metric="killed", value=225, text="225 were killed.")])  # fmt: skip
        return fingerprint(article, settings)

    with open_store(f"sqlite:///{tmp_path / 's.db'}", settings) as store:
        commit = Commit(store, settings)
        commit([story(1, "blog")])
        assert commit.report.alerts == 0
        commit([story(2, "reuters")])
        assert commit.report.alerts == 1
