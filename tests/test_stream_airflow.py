"""news_stream under real Airflow: `airflow standalone` (scheduler, triggerer, DAG processor,
API server) runs the AssetWatcher's `WatchListTrigger`; a story published on a loopback feed
is stored, and its figure alerted, by the DAG run the trigger's event starts, and by nothing
else (the DAGs folder holds news_stream alone, so no periodic sweep reads the feed)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from werkzeug import Request, Response

from es_server import free_port
from helpers import ROOT, SEEDS
from pipeline.store import open_store

pytestmark = pytest.mark.airflow

DEADLINE = 240  # seconds: Airflow's components start, parse the DAG, then the trigger polls


def test_a_story_on_a_watched_feed_is_ingested_by_the_run_the_trigger_starts(tmp_path, httpserver):
    links: list[str] = []

    def feed(request: Request) -> Response:
        items = "".join(f"<item><title>Story</title><link>{link}</link><guid>{link}</guid></item>" for link in links)
        return Response(f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
                        content_type="application/rss+xml")  # fmt: skip

    seed = sorted(SEEDS.glob("*.txt"))[1].read_text(encoding="utf-8")
    httpserver.expect_request("/feed.xml").respond_with_handler(feed)
    httpserver.expect_request("/story").respond_with_data(seed, content_type="text/plain")
    store_url = f"sqlite:///{tmp_path / 'newsmon.db'}"
    with open_store(store_url) as store:
        store.add_feed(httpserver.url_for("/feed.xml"))

    dags = tmp_path / "dags"
    dags.mkdir()
    (dags / "news_stream.py").symlink_to(ROOT / "dags" / "news_stream.py")
    api_port = free_port()
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
        "AIRFLOW_HOME": str(tmp_path / "airflow"),
        "AIRFLOW__CORE__DAGS_FOLDER": str(dags),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(ROOT / "plugins"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": str(api_port),
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{api_port}/execution/",
        "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
        "NEWSMON_STORE_URL": store_url,
        "NEWSMON_STAGING_DIR": str(tmp_path / "staging"),
        "NEWSMON_ALLOW_PRIVATE_NETWORKS": "true",
        "NEWSMON_HOST_DELAY": "0",
        "NEWSMON_RESPECT_ROBOTS": "false",
        "NEWSMON_POLL_MIN_INTERVAL": "2",
        "NEWSMON_POLL_MAX_INTERVAL": "4",
    }
    env.pop("AIRFLOW_CONN_NEWSMON_STORE", None)
    log = (tmp_path / "airflow.log").open("w")
    airflow = subprocess.Popen(["airflow", "standalone"], env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + DEADLINE

        def polled() -> int:
            return sum(request.path == "/feed.xml" for request, _ in httpserver.log)

        while polled() < 2:  # the trigger runs and has found the feed quiet: now the story comes
            assert airflow.poll() is None and time.monotonic() < deadline, (tmp_path / "airflow.log").read_text()[-3000:]
            time.sleep(1)
        links.append(httpserver.url_for("/story"))
        stored = 0
        while not stored:
            assert airflow.poll() is None and time.monotonic() < deadline, (tmp_path / "airflow.log").read_text()[-3000:]
            time.sleep(2)
            with open_store(store_url) as store:
                stored = store.count_articles()
        with open_store(store_url) as store:
            state = store.get_feed(httpserver.url_for("/feed.xml"))
            raised = [alert for alert in store.list_alerts() if alert.kind != "feed_health"]
        assert stored == 1 and raised and state.last_new_item and state.next_poll
        assert sum(request.path == "/story" for request, _ in httpserver.log) == 1
        assert "feed(s) with news" in (tmp_path / "airflow.log").read_text()
    finally:
        # Some components start sessions of their own: stop the whole tree, not the group.
        tree = [psutil.Process(airflow.pid), *psutil.Process(airflow.pid).children(recursive=True)]
        for process in tree:
            with contextlib.suppress(psutil.NoSuchProcess):
                process.terminate()
        _, alive = psutil.wait_procs(tree, timeout=30)
        for process in alive:
            with contextlib.suppress(psutil.NoSuchProcess):
                process.kill()
        log.close()
