"""The store contract (pipeline/store/base.py), run against both stores.

SQLite on a temporary file; Elasticsearch on noida-db (or the cluster named by
NEWSMON_TEST_ES_URL), each test under an index prefix of its own. What only one store
has is in test_store_sqlite.py and test_store_elasticsearch.py.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from es_server import free_port

from pipeline.models import Alert, Article, Claim
from pipeline.settings import Settings
from pipeline.store import Feed, SearchQuery, SeriesHigh, StoreError, open_store
from pipeline.store.base import MAX_QUERY_WORDS, NEAR_DUPLICATE_CANDIDATES, InvalidQuery, marked_snippet


@pytest.fixture(params=["sqlite", pytest.param("elasticsearch", marks=pytest.mark.es)])
def backend(request, tmp_path) -> tuple[str, Settings]:
    """(store URL, settings) of an empty store; open it as often as a test likes."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}", Settings()
    cluster = request.getfixturevalue("es_cluster")
    return cluster.url, cluster.settings_for_test()


@pytest.fixture
def store(backend):
    with open_store(*backend) as store:
        yield store


def article(n: int, **fields) -> Article:
    defaults = dict(
        id=f"a{n}", url=f"https://example.org/{n}", canonical_url=f"https://example.org/{n}",
        title=f"Story {n}", text="Some words.", content_hash=f"h{n}", minhash=bytes([n, 0, 255, 7]),
        cluster_id=f"a{n}",
    )  # fmt: skip
    return Article(**{**defaults, **fields})


def alert(key: str, created_at: str, article_id: str = "a1", **fields) -> Alert:
    defaults = dict(
        key=key, kind="first", metric="detained", subject="protesters", value=4266, previous=None,
        article_id=article_id, url="https://example.org/1", title="Story 1", source="Tengrinews",
        text="More than 4,266 people were detained.", published="2022-01-07", created_at=created_at,
    )  # fmt: skip
    return Alert(**{**defaults, **fields})


# articles


def test_an_article_reads_back_as_it_was_written(backend):
    written = article(
        1, title="Almaty: thousands detained", text="Police detained 4,266 people in Almaty.",
        source="Tengrinews", published="2022-01-07T10:00:00+06:00", author="A. Writer",
        fetched_at="2022-01-08T00:00:00+00:00", feed_url="https://example.org/rss", language="kk", script="Latn",
        band_keys=("b0:aaaa", "b1:bbbb"), duplicate_of="a0", cluster_id="a0", relevant=True,
        topic_score=3.5, topics=["unrest"], topic_evidence=["detained", "Almaty"],
        figures=[
            Claim(metric="detained", value=4266, qualifier="more_than", subject="protesters", location="Almaty",
                  text="Police detained 4,266 people in Almaty.", start=0, end=39, words="4,266",
                  quoted_source="interior ministry"),
            Claim(metric="killed", value=None, qualifier="about", words="dozens", scope="local"),
        ],
    )  # fmt: skip
    with open_store(*backend) as store:
        store.put_articles([written])
    with open_store(*backend) as store:
        read = store.get_article("a1")
    assert read is not None
    assert set(read.band_keys) == set(written.band_keys)
    assert dataclasses.replace(read, band_keys=written.band_keys) == written


def test_writing_an_article_again_keeps_one_copy(backend):
    with open_store(*backend) as store:
        store.put_articles([article(1), article(1)])
        store.flush()
        store.put_articles([article(1, title="Story 1, updated")])
    with open_store(*backend) as store:
        assert store.count_articles() == 1
        assert store.get_article("a1").title == "Story 1, updated"


def test_unflushed_writes_are_visible_through_the_same_store(store):
    store.put_articles([
        article(1, band_keys=("b0:aa", "b1:bb")),
        article(2, band_keys=("b1:bb",), duplicate_of="a1", cluster_id="a1"),
    ])  # fmt: skip
    assert store.get_article("a2").duplicate_of == "a1"
    assert store.content_hashes_of(["a1", "a2", "a9"]) == {"a1": "h1", "a2": "h2"}
    assert store.find_by_content_hashes(["h2", "h9"]) == {"h2": "a2"}
    assert {c.article_id for c in store.find_near_duplicates(["b1:bb"])} == {"a1", "a2"}
    assert store.known_urls(["https://example.org/2", "https://example.org/9"]) == {"https://example.org/2": None}
    assert store.count_articles() == 2
    assert store.cluster_size("a1") == 2


def test_flushed_writes_are_visible_to_another_store_object(backend):
    with open_store(*backend) as writer:
        writer.put_articles([article(1, band_keys=("b0:aa",))])
        writer.flush()
        with open_store(*backend) as reader:
            assert reader.find_by_content_hashes(["h1"]) == {"h1": "a1"}
            assert [c.article_id for c in reader.find_near_duplicates(["b0:aa"])] == ["a1"]
            assert reader.count_articles() == 1


def test_known_urls_come_with_their_articles_publication_time(store):
    store.put_articles([article(1, published="2022-01-08T08:21:00+06:00"), article(2)])
    store.flush()
    urls = ["https://example.org/1", "https://example.org/2", "https://example.org/3"]
    assert store.known_urls(urls) == {"https://example.org/1": "2022-01-08T08:21:00+06:00", "https://example.org/2": None}


def test_lookups_of_unknown_things_find_nothing(store):
    assert store.get_article("a1") is None
    assert store.content_hashes_of(["a1"]) == {}
    assert store.find_by_content_hashes(["h1"]) == {}
    assert store.find_near_duplicates(["b0:aa"]) == []
    assert store.find_near_duplicates([]) == []
    assert store.known_urls(["https://example.org/1"]) == {}
    assert store.count_articles() == 0
    assert store.cluster_size("a1") == 0


def test_near_duplicate_candidates_are_the_articles_sharing_a_band_key(store):
    store.put_articles([
        article(1, band_keys=("b0:aa", "b1:bb")),
        article(2, band_keys=("b0:cc", "b1:bb"), cluster_id="a1", duplicate_of="a1"),
        article(3, band_keys=("b0:dd",)),
    ])  # fmt: skip
    store.flush()
    found = {c.article_id: c for c in store.find_near_duplicates(["b1:bb", "b7:zz"])}
    assert set(found) == {"a1", "a2"}
    assert found["a2"].cluster_id == "a1"
    assert found["a2"].minhash == bytes([2, 0, 255, 7])
    assert [c.article_id for c in store.find_near_duplicates(["b0:dd"])] == ["a3"]


def test_near_duplicate_candidates_sharing_more_bands_come_first(store):
    store.put_articles([article(1, band_keys=("b0:aa",)), article(2, band_keys=("b0:aa", "b1:bb", "b2:cc"))])
    store.flush()
    store.put_articles([article(3, band_keys=("b0:aa", "b1:bb"))])  # unflushed, ranked among the stored
    assert [c.article_id for c in store.find_near_duplicates(["b0:aa", "b1:bb", "b2:cc"])] == ["a2", "a3", "a1"]


def test_near_duplicate_candidates_are_capped(store):
    store.put_articles([article(n, band_keys=("b0:aa",)) for n in range(NEAR_DUPLICATE_CANDIDATES + 1)])
    store.flush()
    assert len(store.find_near_duplicates(["b0:aa"])) == NEAR_DUPLICATE_CANDIDATES


def test_a_rewritten_article_leaves_its_old_cluster_and_hash_at_once(store):
    store.put_articles([article(1), article(2, cluster_id="a1", duplicate_of="a1")])
    store.flush()
    assert store.cluster_size("a1") == 2
    store.put_articles([article(2, cluster_id="a2", content_hash="h9")])
    assert (store.cluster_size("a1"), store.cluster_size("a2")) == (1, 1)
    assert store.find_by_content_hashes(["h2", "h9"]) == {"h9": "a2"}
    assert store.count_articles() == 2


# search


@pytest.fixture
def corpus(store):
    store.put_articles([
        article(1, title="Protesters detained in Almaty", text="Police detained hundreds of protesters in Almaty.",
                language="en", relevant=True, published="2022-01-06T10:00:00+06:00"),
        article(2, title="Protesters detained in Almaty", text="Police detained protesters in Almaty, again.",
                language="en", relevant=True, published="2022-01-07", duplicate_of="a1", cluster_id="a1"),
        article(3, title="Задержания в Алматы", text="Полиция задержала протестующих в Алматы.",
                language="ru", relevant=True, published="2022-01-08"),
        article(4, title="Fuel prices", text="Fuel prices rose in Almaty in January.",
                language="en", relevant=False, published="2022-01-09"),
        article(5, title="Weather", text="Snow is expected.", language="en", relevant=False),
    ])  # fmt: skip
    store.flush()
    return store


def ids(hits) -> list[str]:
    return [hit.id for hit in hits]


def test_search_needs_every_word_and_shows_one_copy_per_story(corpus):
    assert set(ids(corpus.search(SearchQuery(text="almaty")))) == {"a1", "a4"}
    [hit] = corpus.search(SearchQuery(text="detained almaty"))
    assert (hit.id, hit.copies, hit.cluster_id, hit.relevant) == ("a1", 2, "a1", True)
    assert "detained" in hit.snippet.lower()
    assert hit.score > 0
    assert ids(corpus.search(SearchQuery(text="алматы"))) == ["a3"]


def test_search_with_duplicates_shows_every_copy(corpus):
    assert set(ids(corpus.search(SearchQuery(text="detained", include_duplicates=True)))) == {"a1", "a2"}


def test_search_filters_by_language_relevance_and_dates(corpus):
    assert ids(corpus.search(SearchQuery(language="ru"))) == ["a3"]
    assert ids(corpus.search(SearchQuery(relevant=False, sort="newest"))) == ["a4", "a5"]
    assert set(ids(corpus.search(SearchQuery(since="2022-01-08")))) == {"a3", "a4"}
    assert set(ids(corpus.search(SearchQuery(until="2022-01-07", include_duplicates=True)))) == {"a1", "a2"}
    assert ids(corpus.search(SearchQuery(since="2022-01-08", until="2022-01-08"))) == ["a3"]


def test_search_newest_first_puts_undated_articles_last_and_honours_the_limit(corpus):
    assert ids(corpus.search(SearchQuery(sort="newest"))) == ["a4", "a3", "a1", "a5"]
    assert ids(corpus.search(SearchQuery(sort="newest", limit=2))) == ["a4", "a3"]


def test_a_query_of_punctuation_alone_matches_nothing(store):
    store.put_articles([article(1, title="Almaty", text="Police detained protesters.")])
    assert store.search(SearchQuery(text="!!! ...")) == []
    assert [h.id for h in store.search(SearchQuery(text=""))] == ["a1"]


def test_matched_words_are_marked_apart_from_brackets_in_the_text(store):
    store.put_articles([article(1, title="Almaty", text="Police [sic] detained protesters.")])
    [hit] = store.search(SearchQuery(text="detained"))
    assert marked_snippet(hit.snippet, "<", ">").count("<detained>") == 1 and "[sic]" in hit.snippet


def test_queries_out_of_bounds_are_refused_before_any_store_sees_them():
    with pytest.raises(InvalidQuery, match="limit"):
        SearchQuery(text="x", limit=10**20)
    with pytest.raises(InvalidQuery, match="words"):
        SearchQuery(text=" ".join(["word"] * (MAX_QUERY_WORDS + 1)))


# feeds


def test_adding_a_feed_watches_it_once(store):
    assert store.add_feed("https://example.org/rss", "Example") is True
    assert store.add_feed("https://example.org/rss") is False
    assert store.list_feeds() == [Feed(url="https://example.org/rss", name="Example", watched=True)]


def test_fetch_state_of_an_unwatched_feed_is_kept_without_watching_it(store):
    store.update_feed(Feed(url="https://example.org/rss", etag='"v1"', last_status=200,
                           last_fetched="2022-01-07T10:00:00+00:00"))  # fmt: skip
    assert store.list_feeds() == []
    assert store.get_feed("https://example.org/rss").watched is False
    assert store.add_feed("https://example.org/rss", "Example") is True
    assert store.get_feed("https://example.org/rss").etag == '"v1"'


def test_updating_a_watched_feed_keeps_it_watched_and_named(backend):
    with open_store(*backend) as store:
        store.add_feed("https://example.org/rss", "Example")
        store.flush()
        store.update_feed(Feed(url="https://example.org/rss", watched=False, last_status=503, last_error="busy"))
    with open_store(*backend) as store:
        assert store.list_feeds() == [
            Feed(url="https://example.org/rss", name="Example", watched=True, last_status=503, last_error="busy")
        ]


def test_removing_a_feed_forgets_it(backend):
    with open_store(*backend) as store:
        store.add_feed("https://example.org/b")
        store.add_feed("https://example.org/a")
        store.flush()
        assert store.remove_feed("https://example.org/b") is True
        assert store.remove_feed("https://example.org/b") is False
        assert store.remove_feed("https://example.org/never") is False
    with open_store(*backend) as store:
        assert [f.url for f in store.list_feeds()] == ["https://example.org/a"]
        assert store.get_feed("https://example.org/b") is None


def test_a_feeds_health_rhythm_and_schedule_read_back_as_written(backend):
    state = Feed(url="https://example.org/rss", etag='"e"', last_fetched="2022-01-08T10:00:00+00:00",
                 last_status=503, last_error="HTTP 503", failures=3, last_success="2022-01-07T10:00:00+00:00",
                 last_new_item="2022-01-06T10:00:00+00:00", last_items=2, items_day=3.5, items_week=20.25,
                 rate_since="2022-01-01T10:00:00+00:00", health="failing", health_since="2022-01-08T09:00:00+00:00",
                 poll_interval=90.0, next_poll="2022-01-08T10:01:30+00:00",
                 fresh_until="2022-01-08T10:05:00+00:00")  # fmt: skip
    with open_store(*backend) as store:
        store.add_feed(state.url)
        store.update_feed(state)
    with open_store(*backend) as store:
        assert store.get_feed(state.url) == dataclasses.replace(state, watched=True)


# claims and the timeline they make


def timeline_articles() -> list[Article]:
    def claim(value: int, qualifier: str = "exact", **fields) -> Claim:
        return Claim(metric="detained", value=value, qualifier=qualifier, text=f"{value} detained.",  # type: ignore[arg-type]
                     date=fields.pop("date", "2022-01-08"), date_source="published", **fields)  # fmt: skip

    return [
        article(1, source="Tengrinews", published="2022-01-07", relevant=True,
                figures=[claim(2300, subject="protesters", date="2022-01-07")]),
        article(2, source="Reuters", published="2022-01-08", relevant=True,
                figures=[claim(4266, quoted_source="interior ministry"), claim(100, scope="local", location="Almaty")]),
        article(3, source="Tengrinews", published="2022-01-08", relevant=True, duplicate_of="a2", cluster_id="a2",
                figures=[claim(4266)]),
        article(4, url="https://www.zakon.kz/4", published="2022-01-08", relevant=True, duplicate_of="a2",
                cluster_id="a2", figures=[claim(4266)]),
        article(5, source="Blog", published="2022-01-08", relevant=False, figures=[claim(9999)]),
        article(6, source="AP", published="2022-01-09", relevant=True, figures=[
            Claim(metric="killed", value=26, text="26 killed.", date="2022-01-09", date_source="published")]),
    ]  # fmt: skip


def test_claims_are_listed_with_their_articles_for_relevant_articles_only(backend):
    with open_store(*backend) as store:
        store.put_articles(timeline_articles())
    with open_store(*backend) as store:
        listed = store.list_claims("detained")
        every = store.list_claims()
    assert sorted((c.article_id, c.claim.value, c.duplicate, c.source) for c in listed) == [
        ("a1", 2300, False, "Tengrinews"), ("a2", 100, False, "Reuters"), ("a2", 4266, False, "Reuters"),
        ("a3", 4266, True, "Tengrinews"), ("a4", 4266, True, None),
    ]  # fmt: skip
    assert {c.claim.metric for c in every} == {"detained", "killed"}
    [quoted] = [c for c in listed if c.article_id == "a2" and c.claim.value == 4266]
    assert (quoted.claim.quoted_source, quoted.claim.date, quoted.published, quoted.cluster_id) == (
        "interior ministry", "2022-01-08", "2022-01-08", "a2",
    )  # fmt: skip


def test_unflushed_claims_are_listed_too(store):
    store.put_articles(timeline_articles()[:2])
    assert sorted(c.claim.value for c in store.list_claims("detained")) == [100, 2300, 4266]


def test_both_stores_answer_the_same_timeline(backend):
    from pipeline.views.timeline import build_timeline

    raised = [
        alert("k1", "2022-01-07T12:00:00+00:00", kind="first", value=2300, subject=None, sequence=1),
        alert("k2", "2022-01-08T12:00:00+00:00", article_id="a2", kind="new_high", value=4266, previous=2300,
              subject=None, source="Reuters", sequence=2),
    ]  # fmt: skip
    with open_store(*backend) as store:
        store.put_articles(timeline_articles())
        for one in raised:
            store.put_alert(one)
    with open_store(*backend) as store:
        [detained, killed] = build_timeline(store.list_claims(), store.list_alerts())
    assert (detained.current.value, detained.current.source, detained.current.quoted_source) == (
        4266, "Reuters", "interior ministry",
    )  # fmt: skip
    # Reuters, Tengrinews's repost and zakon.kz's: three outlets state 4,266
    assert detained.corroborations == 3
    assert [(s.value, s.kind) for s in detained.history] == [(2300, "first"), (4266, "new_high")]
    assert (killed.metric, killed.current.value, killed.history) == ("killed", 26, ())


# alert state


def test_series_highs_are_kept_per_metric_and_subject(backend):
    def high(subject, value, article_id, published):
        return SeriesHigh(metric="detained", subject=subject, value=value, article_id=article_id, published=published)

    with open_store(*backend) as store:
        assert store.get_series_high("detained", None) is None
        store.put_series_high(high(None, 4266, "a1", "2022-01-07"))
        store.put_series_high(high("foreigners", 12, "a2", None))
        store.flush()
        store.put_series_high(high(None, 5800, "a3", "2022-01-09"))
    with open_store(*backend) as store:
        assert store.get_series_high("detained", None) == high(None, 5800, "a3", "2022-01-09")
        assert store.get_series_high("detained", "foreigners").value == 12
        assert store.get_series_high("killed", None) is None


def test_a_series_high_is_never_lowered_by_a_writer_that_read_an_older_one(backend):
    def high(value, article_id):
        return SeriesHigh(metric="detained", subject=None, value=value, article_id=article_id, published=None)

    with open_store(*backend) as late, open_store(*backend) as early:
        assert late.get_series_high("detained", None) is None  # both read "no high yet"
        early.put_series_high(high(5800, "a3"))
        early.flush()
        late.put_series_high(high(4404, "a2"))
        late.flush()
    with open_store(*backend) as store:
        assert store.get_series_high("detained", None) == high(5800, "a3")


def test_an_alert_is_stored_once(backend):
    with open_store(*backend) as store:
        assert store.put_alert(alert("k1", "2022-01-07T10:00:00+00:00")) is True
        assert store.put_alert(alert("k1", "2022-01-07T10:00:00+00:00", value=1)) is False
    with open_store(*backend) as store:
        assert store.put_alert(alert("k1", "2022-01-07T10:00:00+00:00", value=2)) is False
        assert [a.value for a in store.list_alerts()] == [4266]


def test_updated_alerts_leave_the_pending_list(backend):
    with open_store(*backend) as store:
        store.put_alert(alert("k2", "2022-01-07T11:00:00+00:00"))
        store.put_alert(alert("k1", "2022-01-07T10:00:00+00:00"))
        store.flush()
        delivered = dataclasses.replace(
            alert("k1", "2022-01-07T10:00:00+00:00"), status="delivered", attempts=1, delivered_to=["c1", "c2"]
        )
        store.update_alert(delivered)
        assert [a.key for a in store.list_alerts(pending_only=True)] == ["k2"]
    with open_store(*backend) as store:
        assert store.list_alerts() == [delivered, alert("k2", "2022-01-07T11:00:00+00:00")]
        assert [a.key for a in store.list_alerts(limit=1)] == ["k1"]


def test_an_alert_is_claimed_by_one_sender_at_a_time(backend):
    with open_store(*backend) as store:
        store.put_alert(alert("k1", "2022-01-07T10:00:00+00:00"))
        store.flush()
    with open_store(*backend) as first, open_store(*backend) as second:
        claimed = first.claim_alert("k1", now=1000.0, until=1060.0)
        assert (claimed.key, claimed.status, claimed.lease_until) == ("k1", "sending", 1060.0)
        assert second.claim_alert("k1", now=1030.0, until=1090.0) is None  # held
        assert second.claim_alert("k1", now=1061.0, until=1121.0) is not None  # lease ran out
        second.update_alert(dataclasses.replace(claimed, status="delivered", lease_until=None))
        second.flush()
        assert first.claim_alert("k1", now=5000.0, until=5060.0) is None  # delivered
        assert first.claim_alert("never-put", now=5000.0, until=5060.0) is None


def test_updating_an_unknown_alert_stores_nothing(store):
    store.update_alert(alert("never-put", "2022-01-07T10:00:00+00:00", status="delivered"))
    store.flush()
    assert store.list_alerts() == []


def test_an_article_reads_back_with_its_alerts(store):
    store.put_articles([article(1)])
    store.put_alert(alert("k1", "2022-01-07T10:00:00+00:00", article_id="a1"))
    store.put_alert(alert("k9", "2022-01-07T10:00:00+00:00", article_id="a9"))
    assert [a.key for a in store.get_article("a1").alerts] == ["k1"]


# failure


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("elasticsearch", marks=pytest.mark.es)])
def test_an_unreachable_store_is_a_store_error_naming_it(kind, tmp_path):
    if kind == "sqlite":
        (tmp_path / "a-file").write_text("not a directory")
        url = f"sqlite:///{tmp_path / 'a-file' / 'store.db'}"
    else:
        url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(StoreError, match=re.escape(str(tmp_path) if kind == "sqlite" else url)):
        open_store(url, Settings(es_max_retries=0))
