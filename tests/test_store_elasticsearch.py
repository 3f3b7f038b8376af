"""What only the Elasticsearch store has: templates and aliases, language analyzers, the
claims index, the dead letter, rollover, retries, and a cluster that goes away.

Most tests run against noida-db (or NEWSMON_TEST_ES_URL); those that need a server to
misbehave on cue (429, 503, ILM) use a small fake on pytest-httpserver.
"""

from __future__ import annotations

import base64
import json
import re

import pytest
from elasticsearch import BadRequestError
from es_server import NoidaServer, ServerUnavailable
from werkzeug import Request, Response

from pipeline.models import Article, Claim
from pipeline.settings import Settings
from pipeline.store import SearchQuery, SeriesHigh, StoreError, open_store
from pipeline.store.elasticsearch import INDICES

pytestmark = pytest.mark.es


@pytest.fixture
def settings(es_cluster, tmp_path) -> Settings:
    return es_cluster.settings_for_test().replace(es_deadletter_file=str(tmp_path / "deadletter.jsonl"))


@pytest.fixture
def store(es_cluster, settings):
    with open_store(es_cluster.url, settings) as store:
        yield store


@pytest.fixture
def es(es_cluster):
    with es_cluster.client() as client:
        yield client


def article(n: int, **fields) -> Article:
    defaults = dict(
        id=f"a{n}", url=f"https://example.org/{n}", canonical_url=f"https://example.org/{n}",
        title=f"Story {n}", text="Some words.", content_hash=f"h{n}", minhash=b"\x00\x01",
    )  # fmt: skip
    return Article(**{**defaults, **fields})


def claim(value: int, metric: str = "detained") -> Claim:
    return Claim(metric=metric, value=value, text=f"{value} people were {metric}.")


# templates, aliases, analyzers


def test_opening_installs_strict_mappings_behind_write_aliases(es_cluster, settings, es):
    open_store(es_cluster.url, settings).close()
    open_store(es_cluster.url, settings).close()  # a second open changes nothing
    for name in INDICES:
        alias = f"{settings.es_index_prefix}-{name}"
        behind = es.indices.get_alias(name=alias).body
        assert behind == {f"{alias}-000001": {"aliases": {alias: {"is_write_index": True}}}}
    mapping = es.indices.get_mapping(index=f"{settings.es_index_prefix}-articles").body
    [properties] = [m["mappings"] for m in mapping.values()]
    assert properties["dynamic"] == "strict"
    assert properties["properties"]["text"]["fields"]["ru"]["analyzer"] == "russian"
    with pytest.raises(BadRequestError) as refused:
        es.index(index=f"{settings.es_index_prefix}-articles", id="x", document={"no_such_field": 1})
    assert refused.value.status_code == 400


def test_indices_made_by_an_older_newsmon_get_the_fields_added_since(es_cluster, settings, es):
    alias = f"{settings.es_index_prefix}-alerts"
    older = {"dynamic": "strict", "properties": {"key": {"type": "keyword"}, "status": {"type": "keyword"}}}
    es.indices.create(index=f"{alias}-000001", mappings=older, aliases={alias: {"is_write_index": True}})
    with open_store(es_cluster.url, settings):
        pass
    mapping = es.indices.get_mapping(index=alias).body
    [properties] = [m["mappings"]["properties"] for m in mapping.values()]
    assert properties["delivered_to"] == {"type": "keyword"}
    assert properties["metric"] == {"type": "keyword"}


def test_words_match_their_other_forms_in_russian_and_english(store):
    store.put_articles([
        article(1, title="Задержания", text="Полиция задержала протестующих в Алматы.", language="ru"),
        article(2, title="Unrest", text="Police detained protesters after the riots.", language="en"),
    ])  # fmt: skip
    assert [h.id for h in store.search(SearchQuery(text="задержанных протестующие"))] == ["a1"]
    [hit] = store.search(SearchQuery(text="riot protester"))
    assert hit.id == "a2"
    assert "\ue000riots\ue001" in hit.snippet


# claims


def test_each_claim_is_a_document_dated_and_attributed_by_its_article(store, settings, es):
    store.put_articles([
        article(1, published="2022-01-10", source="Tengrinews", language="ru", relevant=True,
                figures=[claim(5800), claim(225, "killed")]),
    ])  # fmt: skip
    store.flush()
    hits = es.search(index=f"{settings.es_index_prefix}-claims", query={"term": {"value": 5800}})["hits"]["hits"]
    [document] = [h["_source"] for h in hits]
    assert {k: document[k] for k in ("article_id", "metric", "published", "source", "language", "duplicate")} == {
        "article_id": "a1", "metric": "detained", "published": "2022-01-10", "source": "Tengrinews",
        "language": "ru", "duplicate": False,
    }  # fmt: skip
    assert document["sentence"] == "5800 people were detained."


def test_a_rewritten_article_keeps_only_its_current_claims(store, settings, es):
    store.put_articles([article(1, figures=[claim(4266), claim(5800), claim(3811)])])
    store.flush()
    store.put_articles([article(1, figures=[claim(4266)])])
    store.flush()
    hits = es.search(index=f"{settings.es_index_prefix}-claims", query={"match_all": {}})["hits"]["hits"]
    assert [h["_source"]["value"] for h in hits] == [4266]


# the dead letter


def bad_date(n: int) -> Article:
    return article(n, published="yesterday")  # a `date` field refuses it


def test_a_rejected_document_is_reported_and_kept_in_the_dead_letter(store, settings, es):
    store.put_articles([article(1), bad_date(2)])
    store.flush()
    articles = f"{settings.es_index_prefix}-articles"
    assert [(d.index, d.id, d.status) for d in store.dead_letters] == [(articles, "a2", 400)]
    assert store.count_articles() == 1
    assert store.get_article("a2") is None
    [letter] = [h["_source"] for h in es.search(index=f"{settings.es_index_prefix}-deadletter")["hits"]["hits"]]
    assert (letter["id"], letter["index"], letter["op"], letter["status"]) == ("a2", articles, "index", 400)
    assert letter["document"]["published"] == "yesterday"
    assert letter["document"]["title"] == "Story 2"


def test_fixed_dead_letters_replay_into_their_index_and_the_others_stay(store, settings, es):
    store.put_articles([bad_date(2), bad_date(3)])
    store.flush()
    deadletter = f"{settings.es_index_prefix}-deadletter"
    [fixable] = [h for h in es.search(index=deadletter)["hits"]["hits"] if h["_source"]["id"] == "a2"]
    es.update(index=deadletter, id=fixable["_id"], doc={"document": {"published": "2022-01-07"}}, refresh=True)
    assert store.replay_dead_letters() == 1
    assert store.get_article("a2").published == "2022-01-07"
    assert [h["_source"]["id"] for h in es.search(index=deadletter)["hits"]["hits"]] == ["a3"]


def test_when_the_dead_letter_index_refuses_too_the_document_goes_to_a_file(es_cluster, settings, es, tmp_path):
    with open_store(es_cluster.url, settings) as store:
        deadletter = f"{settings.es_index_prefix}-deadletter"
        es.indices.delete(index=f"{deadletter}-000001")
        refusing = {"dynamic": "strict", "properties": {"x": {"type": "keyword"}}}
        es.indices.create(index=deadletter, mappings=refusing)
        store.put_articles([bad_date(2)])
        store.flush()
    [letter] = [json.loads(line) for line in (tmp_path / "deadletter.jsonl").read_text().splitlines()]
    assert (letter["id"], letter["document"]["published"]) == ("a2", "yesterday")


# rollover


def test_after_a_rollover_a_rewritten_article_stays_one_copy(store, settings, es):
    articles = f"{settings.es_index_prefix}-articles"
    store.put_articles([article(1)])
    store.flush()
    assert es.indices.rollover(alias=articles)["rolled_over"] is True
    store.put_articles([article(1, title="Story 1, updated"), article(2)])
    store.flush()
    assert store.count_articles() == 2
    assert store.get_article("a1").title == "Story 1, updated"
    located = {h["_id"]: h["_index"] for h in es.search(index=articles)["hits"]["hits"]}
    assert located == {"a1": f"{articles}-000001", "a2": f"{articles}-000002"}


# a cluster that goes away


def test_writes_buffered_while_the_cluster_is_down_are_sent_when_it_is_back(tmp_path):
    try:
        server = NoidaServer.start(tmp_path / "noida")
    except ServerUnavailable as exc:
        pytest.skip(str(exc))
    port = server.url.rsplit(":", 1)[1]
    settings = Settings(es_max_retries=0)
    try:
        store = open_store(server.url, settings)
        store.put_articles([article(1)])
        server.stop()
        with pytest.raises(StoreError, match=re.escape(server.url)):
            store.flush()
        server = NoidaServer.start(tmp_path / "noida", port=int(port))
        store.flush()
        assert store.count_articles() == 1
        store.close()
    finally:
        server.stop(keep_data=False)


# a server that misbehaves on cue


ES_HEADERS = {"X-Elastic-Product": "Elasticsearch"}
INFO = {"name": "fake", "cluster_name": "fake", "version": {"number": "9.1.0", "build_flavor": "default"},
        "tagline": "You Know, for Search"}  # fmt: skip


class FakeElasticsearch:
    """Answers just enough of the REST API to open a store and flush series highs, with
    the bulk responses a test scripts: one item status per bulk request."""

    def __init__(
        self, httpserver, bulk_statuses: list[int], ilm: bool = False, policy: bool = False,
        admin: bool = True, aliases: bool = False,
    ) -> None:  # fmt: skip
        self.bulk_statuses = bulk_statuses
        self.requests: list[tuple[str, str, str | None, bytes]] = []
        self.ilm = ilm
        self.policy = policy  # an ILM policy by newsmon's name exists already
        self.admin = admin  # the login may manage templates and policies
        self.aliases = aliases  # the aliases exist already
        httpserver.expect_request(re.compile(".*")).respond_with_handler(self.handle)

    def handle(self, request: Request) -> Response:
        auth = request.headers.get("Authorization")
        self.requests.append((request.method, request.path, auth, request.get_data()))
        if request.path == "/":
            return self.json(INFO)
        if not self.admin and request.path.startswith(("/_ilm", "/_index_template", "/_component_template")):
            return self.json({"error": {"type": "security_exception"}, "status": 403}, 403)
        if request.path.startswith("/_alias/") and request.method == "HEAD":
            return self.json({}, 200 if self.aliases else 404)
        if request.path == "/_ilm/status":
            if not self.ilm:
                return self.json({"error": "no handler found for uri [/_ilm/status]"}, 400)
            return self.json({"operation_mode": "RUNNING"})
        if request.path.startswith("/_ilm/policy/") and request.method == "GET" and not self.policy:
            return self.json({}, 404)
        if request.path == "/_bulk":
            lines = [json.loads(line) for line in request.get_data().splitlines() if line.strip()]
            status = self.bulk_statuses.pop(0)
            items = [{op: {"_index": meta["_index"], "_id": meta["_id"], "status": status}}
                     for line in lines[::2] for op, meta in line.items()]  # fmt: skip
            return self.json({"errors": status >= 300, "took": 1, "items": items})
        return self.json({"acknowledged": True})

    @staticmethod
    def json(body: dict, status: int = 200) -> Response:
        return Response(json.dumps(body), status=status, headers=ES_HEADERS, content_type="application/json")

    def bulk_requests(self) -> int:
        return sum(1 for method, path, _, _ in self.requests if path == "/_bulk")


HIGH = SeriesHigh(metric="detained", subject=None, value=4266, article_id="a1", published=None)


def test_a_busy_cluster_is_retried_with_backoff(httpserver):
    fake = FakeElasticsearch(httpserver, bulk_statuses=[429, 503, 201])
    with open_store(httpserver.url_for("/"), Settings(es_max_retries=2, es_initial_backoff=0.01)) as store:
        store.put_series_high(HIGH)
        store.flush()
    assert fake.bulk_requests() == 3


def test_writes_still_refused_after_the_retries_stay_buffered(httpserver):
    fake = FakeElasticsearch(httpserver, bulk_statuses=[503, 503, 201])
    store = open_store(httpserver.url_for("/"), Settings(es_max_retries=1, es_initial_backoff=0.01))
    store.put_series_high(HIGH)
    with pytest.raises(StoreError, match="not written"):
        store.flush()
    store.close()  # the next flush sends it again, and the server takes it
    assert fake.bulk_requests() == 3


def test_credentials_come_from_the_url_and_never_show_in_its_name(httpserver):
    fake = FakeElasticsearch(httpserver, bulk_statuses=[])
    url = httpserver.url_for("/").replace("http://", "http://elastic:s%40cret@")
    with open_store(url, Settings()) as store:
        assert "cret" not in store.url
    expected = "Basic " + base64.b64encode(b"elastic:s@cret").decode()
    assert {auth for _, _, auth, _ in fake.requests} == {expected}


def test_an_api_key_from_the_settings_is_sent(httpserver):
    fake = FakeElasticsearch(httpserver, bulk_statuses=[])
    open_store(httpserver.url_for("/"), Settings(es_api_key="a2V5")).close()
    assert {auth for _, _, auth, _ in fake.requests} == {"ApiKey a2V5"}


def test_where_the_server_has_ilm_the_growing_indices_roll_over_by_policy(httpserver):
    fake = FakeElasticsearch(httpserver, bulk_statuses=[], ilm=True)
    open_store(httpserver.url_for("/"), Settings(es_index_prefix="nm")).close()
    puts = {path: json.loads(body) for method, path, _, body in fake.requests if method == "PUT" and body}
    assert "rollover" in puts["/_ilm/policy/nm-rollover"]["policy"]["phases"]["hot"]["actions"]
    for name in INDICES:
        settings = puts[f"/_index_template/nm-{name}"]["template"].get("settings", {})
        lifecycle = settings.get("index", {}).get("lifecycle")
        if name in ("articles", "claims"):
            assert lifecycle == {"name": "nm-rollover", "rollover_alias": f"nm-{name}"}
        else:
            assert lifecycle is None, name


def test_an_ilm_policy_the_operators_have_tuned_is_left_alone(httpserver):
    fake = FakeElasticsearch(httpserver, bulk_statuses=[], ilm=True, policy=True)
    open_store(httpserver.url_for("/"), Settings(es_index_prefix="nm")).close()
    assert [path for method, path, _, _ in fake.requests if method == "PUT" and path.startswith("/_ilm/")] == []


def test_a_login_that_may_only_write_opens_a_store_already_initialised(httpserver):
    FakeElasticsearch(httpserver, bulk_statuses=[201], ilm=True, admin=False, aliases=True)
    with open_store(httpserver.url_for("/"), Settings()) as store:
        store.put_series_high(HIGH)


def test_a_login_that_may_only_write_cannot_initialise_a_store(httpserver):
    FakeElasticsearch(httpserver, bulk_statuses=[], ilm=True, admin=False, aliases=False)
    with pytest.raises(StoreError, match="newsmon store init"):
        open_store(httpserver.url_for("/"), Settings())


def test_documents_name_the_outlet_the_story_title_and_the_series_for_kibana(es_cluster):
    from pipeline.models import Article, Claim
    from pipeline.store import open_store

    settings = es_cluster.settings_for_test()
    first = Article(id="a1", url="https://www.tengrinews.kz/1", canonical_url="https://www.tengrinews.kz/1",
                    title="4,266 detained", text="t", content_hash="h1", cluster_id="a1", relevant=True,
                    figures=[Claim(metric="detained", value=2300, subject="protesters"),
                             Claim(metric="killed", value=18, subject="security_forces")])  # fmt: skip
    repost = Article(id="a2", url="https://zakon.kz/2", canonical_url="https://zakon.kz/2", source="Zakon",
                     title="Copy", text="t", content_hash="h1", cluster_id="a1", duplicate_of="a1")  # fmt: skip
    with open_store(es_cluster.url, settings) as store:
        store.put_articles([first, repost])
    with es_cluster.client() as es:
        articles = {
            hit["_id"]: hit["_source"]
            for hit in es.search(index=f"{settings.es_index_prefix}-articles", size=10)["hits"]["hits"]
        }
        claims = es.search(index=f"{settings.es_index_prefix}-claims", size=10)["hits"]["hits"]
    assert (articles["a1"]["outlet"], articles["a2"]["outlet"]) == ("tengrinews.kz", "Zakon")
    assert (articles["a1"]["story_title"], articles["a2"]["story_title"]) == ("4,266 detained", "4,266 detained")
    assert sorted(hit["_source"]["series"] for hit in claims) == ["detained", "killed / security_forces"]
    with open_store(es_cluster.url, settings) as store:
        assert store.get_article("a2").title == "Copy"  # the Kibana fields do not leak into the model
