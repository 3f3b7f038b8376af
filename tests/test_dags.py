"""The Airflow DAGs, parsed by a real DagBag and run by `dag.test()`.

One Airflow home with a SQLite metadata DB per session; each test has its own newsmon
store and staging directory. Feeds and pages come from a loopback HTTP server. Tasks run
in this process, so `NEWSMON_*` variables set with monkeypatch reach them.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from helpers import ROOT
from pipeline.run.staging import RunArea, load_report
from pipeline.store import open_store
from test_staging import DETAINED, FEED_A_ETAG, detained_alert_values, serve_seed_feeds

pytestmark = pytest.mark.airflow

DAG_IDS = {"news_ingest", "news_backfill", "news_alerts", "news_stream"}
INGEST_TASKS = {"plan", "shard.fetch", "shard.enrich", "store", "announce", "clean"}


@pytest.fixture(scope="session")
def airflow_home(tmp_path_factory):
    """Airflow reads its configuration when first imported: set it up before that, once."""
    home = tmp_path_factory.mktemp("airflow")
    env = pytest.MonkeyPatch()
    env.setenv("AIRFLOW_HOME", str(home))
    env.setenv("AIRFLOW__CORE__DAGS_FOLDER", str(ROOT / "dags"))
    env.setenv("AIRFLOW__CORE__PLUGINS_FOLDER", str(ROOT / "plugins"))
    env.setenv("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
    env.setenv("AIRFLOW__CORE__DEFAULT_TASK_RETRY_DELAY", "0")  # retries still happen, 1 s apart
    env.delenv("NEWSMON_SCHEDULE", raising=False)
    from airflow.utils.db import resetdb

    resetdb()
    yield home
    env.undo()


@pytest.fixture(scope="session")
def dagbag(airflow_home):
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(ROOT / "dags"))


@pytest.fixture
def newsmon_env(tmp_path, httpserver, monkeypatch):
    """A fresh store and staging area, and fetching from the loopback server allowed."""
    monkeypatch.setenv("NEWSMON_STORE_URL", f"sqlite:///{tmp_path}/newsmon.db")
    monkeypatch.setenv("NEWSMON_STAGING_DIR", str(tmp_path / "staging"))
    monkeypatch.setenv("NEWSMON_ALLOW_PRIVATE_NETWORKS", "true")
    monkeypatch.setenv("NEWSMON_HOST_DELAY", "0")
    monkeypatch.setenv("NEWSMON_RESPECT_ROBOTS", "false")
    monkeypatch.setenv("NEWSMON_FEEDS_PER_SHARD", "1")
    monkeypatch.delenv("NEWSMON_ALERT_URLS", raising=False)
    monkeypatch.delenv("AIRFLOW_CONN_NEWSMON_STORE", raising=False)
    return tmp_path


def watch(store_url: str, feeds: list[str]) -> None:
    with open_store(store_url) as store:
        for url in feeds:
            store.add_feed(url)


def task_states(run) -> dict[tuple[str, int], str]:
    return {(ti.task_id, ti.map_index): ti.state for ti in run.get_task_instances()}


def run_report(tmp_path, dag_id: str, run_id: str):
    return load_report(RunArea.for_run(tmp_path / "staging", dag_id, run_id).report_file)


# parsing and structure


def test_dagbag_parses_every_dag_without_errors(dagbag):
    assert dagbag.import_errors == {}
    assert set(dagbag.dags) == DAG_IDS


def test_ingest_dag_runs_every_15_minutes_one_at_a_time_with_mapped_shards(dagbag):
    from airflow.sdk import Asset, TriggerRule
    from airflow.sdk.definitions.taskgroup import MappedTaskGroup

    dag = dagbag.dags["news_ingest"]
    assert dag.timetable.expression == "*/15 * * * *"
    assert (dag.catchup, dag.max_active_runs) == (False, 1)
    assert set(dag.task_dict) == INGEST_TASKS
    assert isinstance(dag.task_group_dict["shard"], MappedTaskGroup)
    assert dag.task_dict["store"].trigger_rule == TriggerRule.ALL_DONE_MIN_ONE_SUCCESS
    assert dag.task_dict["store"].upstream_task_ids == {"plan", "shard.enrich"}
    assert dag.task_dict["announce"].outlets == [Asset("newsmon://alerts")]
    for task in dag.tasks:
        assert (task.retries, task.retry_exponential_backoff) == (3, 2.0), task.task_id


def test_backfill_dag_shares_the_tasks_and_takes_inputs(dagbag):
    dag = dagbag.dags["news_backfill"]
    assert dag.timetable.can_be_scheduled is False
    assert set(dag.task_dict) == INGEST_TASKS
    assert dag.params["inputs"] == ["seeds/"]


def test_alerts_dag_is_started_by_the_asset_the_ingest_dags_update(dagbag):
    from airflow.sdk import Asset

    timetable = dagbag.dags["news_alerts"].timetable
    assert list(timetable.asset_condition.objects) == [Asset("newsmon://alerts")]
    assert timetable.timetable.expression == "0 * * * *"  # and hourly, to retry failed deliveries
    assert set(dagbag.dags["news_alerts"].task_dict) == {"deliver"}


def test_stream_dag_is_started_by_the_watch_list_trigger_and_shares_the_tasks(dagbag):
    from newsmon_triggers import WatchListTrigger

    dag = dagbag.dags["news_stream"]
    [asset] = list(dag.timetable.asset_condition.objects)
    [watcher] = asset.watchers
    assert asset.uri == "newsmon://feeds-with-news/" and isinstance(watcher.trigger, WatchListTrigger)
    # the triggerer rebuilds it from what it serializes to
    classpath, kwargs = watcher.trigger.serialize()
    assert (classpath, kwargs) == ("newsmon_triggers.WatchListTrigger", {"newsmon_conn_id": "newsmon_store"})
    assert set(dag.task_dict) == INGEST_TASKS


def test_the_stream_reads_the_feeds_its_asset_events_name_each_once(airflow_home):
    # what a task's context holds as `triggering_asset_events`, built as the task runner builds it
    from airflow.sdk.execution_time.comms import AssetEventDagRunReferenceResult
    from airflow.sdk.execution_time.context import TriggeringAssetEventsAccessor
    from newsmon_tasks import feeds_with_news

    def event(*feeds: str) -> AssetEventDagRunReferenceResult:
        return AssetEventDagRunReferenceResult.model_validate({
            "asset": {"name": "newsmon://feeds-with-news", "uri": "newsmon://feeds-with-news/", "extra": {}},
            "extra": {"from_trigger": True, "payload": {"feeds": list(feeds)}}, "source_task_id": None,
            "source_dag_id": None, "source_run_id": None, "source_map_index": None, "source_aliases": [],
            "timestamp": datetime.now(timezone.utc),
        })  # fmt: skip

    events = TriggeringAssetEventsAccessor.build([event("https://a/rss", "https://b/rss"), event("https://b/rss", "https://c/rss")])
    assert feeds_with_news(events) == ["https://a/rss", "https://b/rss", "https://c/rss"]
    assert feeds_with_news(TriggeringAssetEventsAccessor.build([])) == []


def test_schedule_comes_from_the_environment(airflow_home, monkeypatch):
    from airflow.dag_processing.dagbag import DagBag

    monkeypatch.setenv("NEWSMON_SCHEDULE", "@hourly")
    bag = DagBag(dag_folder=str(ROOT / "dags" / "news_ingest.py"))
    assert bag.dags["news_ingest"].timetable.expression == "0 * * * *"


def test_a_bad_schedule_is_an_import_error_naming_the_variable(airflow_home, monkeypatch):
    from airflow.dag_processing.dagbag import DagBag

    monkeypatch.setenv("NEWSMON_SCHEDULE", "every 5 minutes")
    bag = DagBag(dag_folder=str(ROOT / "dags" / "news_ingest.py"))
    assert "NEWSMON_SCHEDULE='every 5 minutes'" in bag.import_errors[str(ROOT / "dags" / "news_ingest.py")]


# the store comes from an Airflow Connection, else from NEWSMON_* settings


@pytest.mark.parametrize(
    "definition, store_url",
    [
        ("sqlite:///%2Fsrv%2Fnewsmon.db", "sqlite:////srv/newsmon.db"),
        ("elasticsearch://es.internal:9243/https", "https://es.internal:9243"),
        ("https://es.internal", "https://es.internal:9200"),
        ('{"conn_type": "elasticsearch", "host": "https://es.internal:9243/"}', "https://es.internal:9243"),
    ],
)
def test_connection_names_the_store(airflow_home, definition, store_url):
    from airflow.sdk import Connection
    from newsmon_hooks import settings_from_connection

    from pipeline.settings import Settings

    if definition.startswith("{"):
        conn = Connection.from_json(definition, conn_id="newsmon_store")
    else:
        conn = Connection.from_uri(definition, conn_id="newsmon_store")
    settings = settings_from_connection(conn, Settings())
    assert settings.store_url == store_url


def test_elasticsearch_credentials_come_from_the_connection(airflow_home):
    from airflow.sdk import Connection
    from newsmon_hooks import settings_from_connection

    from pipeline.settings import Settings

    conn = Connection(
        conn_id="newsmon_store", conn_type="elasticsearch", host="es.internal", port=9200, schema="https",
        login="newsmon", password="s3cret",
        extra=json.dumps({"api_key": "abc==", "ca_certs": "/etc/ca.pem", "verify_certs": "false"}),
    )  # fmt: skip
    settings = settings_from_connection(conn, Settings())
    assert settings.store_url == "https://es.internal:9200"
    assert (settings.es_username, settings.es_password) == ("newsmon", "s3cret")
    assert (settings.es_api_key, settings.es_ca_certs, settings.es_verify_certs) == ("abc==", "/etc/ca.pem", False)


def test_a_connection_of_another_type_is_refused_by_name(airflow_home):
    from airflow.sdk import Connection
    from newsmon_hooks import settings_from_connection

    from pipeline.settings import Settings

    with pytest.raises(ValueError, match="'newsmon_store'.*'postgres'"):
        settings_from_connection(Connection(conn_id="newsmon_store", conn_type="postgres", host="db"), Settings())


def test_hook_uses_the_connection_and_falls_back_to_settings(airflow_home, tmp_path, monkeypatch):
    from newsmon_hooks import NewsmonStoreHook

    monkeypatch.setenv("NEWSMON_STORE_URL", f"sqlite:///{tmp_path}/from-env.db")
    monkeypatch.delenv("AIRFLOW_CONN_NEWSMON_STORE", raising=False)
    assert NewsmonStoreHook().settings.store_url == f"sqlite:///{tmp_path}/from-env.db"

    monkeypatch.setenv("AIRFLOW_CONN_NEWSMON_STORE", json.dumps({"conn_type": "sqlite", "host": f"{tmp_path}/conn.db"}))
    with NewsmonStoreHook().get_conn() as store:
        assert store.url == f"sqlite:///{tmp_path}/conn.db"
    assert (tmp_path / "conn.db").exists()


# running the DAGs


def test_ingest_dag_stores_the_seeds_alerts_once_and_a_second_run_adds_nothing(
    dagbag, newsmon_env, httpserver, monkeypatch
):
    store_path = newsmon_env / "newsmon.db"
    # The store named by an Airflow Connection wins over NEWSMON_STORE_URL.
    monkeypatch.setenv("AIRFLOW_CONN_NEWSMON_STORE", json.dumps({"conn_type": "sqlite", "host": str(store_path)}))
    monkeypatch.setenv("NEWSMON_STORE_URL", f"sqlite:///{newsmon_env}/unused.db")
    feeds = serve_seed_feeds(httpserver)
    watch(f"sqlite:///{store_path}", feeds)
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    monkeypatch.setenv("NEWSMON_ALERT_URLS", f"json://{httpserver.host}:{httpserver.port}/hook")
    ingest, alerts = dagbag.dags["news_ingest"], dagbag.dags["news_alerts"]

    first = ingest.test()
    assert first.state == "success"
    states = task_states(first)
    assert states[("shard.fetch", 0)] == states[("shard.fetch", 1)] == "success"  # two feeds, one per shard
    assert states[("announce", -1)] == states[("clean", -1)] == "success"
    report = run_report(newsmon_env, "news_ingest", first.run_id)
    assert (report.documents, report.stored, report.problems) == (5, 5, [])
    with open_store(f"sqlite:///{store_path}") as store:
        assert store.count_articles() == 5
        assert detained_alert_values(store) == DETAINED
        assert store.get_feed(feeds[0]).etag == FEED_A_ETAG
        raised = len(store.list_alerts())
    assert not (newsmon_env / "unused.db").exists()
    assert not list((newsmon_env / "staging").rglob("*.jsonl"))  # bodies cleaned, report kept

    assert alerts.test().state == "success"
    posts = [r for r, _ in httpserver.log if r.path == "/hook"]
    assert len(posts) == raised

    second = ingest.test()
    assert second.state == "success"
    assert task_states(second)[("announce", -1)] == "skipped"  # no Asset event: news_alerts is not started
    report = run_report(newsmon_env, "news_ingest", second.run_id)
    assert (report.stored, report.alerts) == (0, 0)
    conditional = [r for r, _ in httpserver.log if r.path == "/a.xml"][-1]
    assert conditional.headers.get("If-None-Match") == FEED_A_ETAG
    with open_store(f"sqlite:///{store_path}") as store:
        assert store.count_articles() == 5
        assert len(store.list_alerts()) == raised
        assert store.list_alerts(pending_only=True) == []

    assert alerts.test().state == "success"
    assert len([r for r, _ in httpserver.log if r.path == "/hook"]) == raised  # nothing sent again


def test_a_failed_shard_spares_the_others_and_is_read_again_next_run(dagbag, newsmon_env, httpserver):
    from airflow.models.dagrun import DagRun
    from airflow.utils.types import DagRunType

    store_url = f"sqlite:///{newsmon_env}/newsmon.db"
    feeds = serve_seed_feeds(httpserver)
    watch(store_url, feeds)
    ingest = dagbag.dags["news_ingest"]
    when = datetime(2022, 1, 10, tzinfo=timezone.utc)
    run_id = DagRun.generate_run_id(run_type=DagRunType.MANUAL, logical_date=when, run_after=when)
    # Shard 1 cannot write its staged file: its fetch task fails on every try.
    RunArea.for_run(newsmon_env / "staging", "news_ingest", run_id).shard_file("fetched", 1).mkdir(parents=True)

    first = ingest.test(logical_date=when, run_after=when)
    states = task_states(first)
    assert (states[("shard.fetch", 0)], states[("shard.fetch", 1)]) == ("success", "failed")
    assert (states[("shard.enrich", 1)], states[("store", -1)]) == ("upstream_failed", "success")
    assert states[("clean", -1)] == "skipped"  # staged files kept for a manual re-run
    report = run_report(newsmon_env, "news_ingest", first.run_id)
    assert [(p.input, p.stage) for p in report.problems] == [(feeds[1], "staging")]
    with open_store(store_url) as store:
        assert store.count_articles() == 3
        assert store.get_feed(feeds[1]).last_fetched is None  # its state was never committed

    second = ingest.test()
    report = run_report(newsmon_env, "news_ingest", second.run_id)
    assert (report.documents, report.stored) == (2, 2)  # /a.xml answered 304, /b.xml read again
    with open_store(store_url) as store:
        assert store.count_articles() == 5
        assert detained_alert_values(store) == DETAINED
