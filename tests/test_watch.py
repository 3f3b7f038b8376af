"""`newsmon watch`: the watch list polled again and again through the same pipeline."""

from __future__ import annotations

import dataclasses
import json
import threading
from urllib.request import urlopen

from prometheus_client.parser import text_string_to_metric_families
from werkzeug import Request, Response

from helpers import SEEDS

from pipeline.run.metrics import WatchMetrics
from pipeline.run.watch import probe, watch
from pipeline.stages.fetch import Fetcher
from pipeline.run.ingest import ingest
from pipeline.store import open_store


def test_watching_stores_new_items_and_delivers_their_alerts_at_once(tmp_path, httpserver, loopback_settings):
    seed = sorted(SEEDS.glob("*.txt"))[1]
    httpserver.expect_request("/story").respond_with_data(seed.read_text(encoding="utf-8"), content_type="text/plain")
    serve_feed(httpserver, [httpserver.url_for("/story")])
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    settings = loopback_settings.replace(
        workers=1, poll_min_interval=1, alert_urls=(f"json://{httpserver.host}:{httpserver.port}/hook",)
    )
    polls = []
    stop = threading.Event()

    def on_poll(poll) -> None:
        polls.append(poll)
        if len(polls) == 2:
            stop.set()

    metrics = WatchMetrics()
    port = metrics.serve("127.0.0.1", 0)
    with open_store(f"sqlite:///{tmp_path / 's.db'}", settings) as store:
        store.add_feed(httpserver.url_for("/feed.xml"))
        watch(store, settings, stop=stop, metrics=metrics, on_poll=on_poll)
        assert store.count_articles() == 1
    assert [(p.report.stored, p.delivery.delivered > 0) for p in polls] == [(1, True), (0, False)]
    delivered = [json.loads(request.data)["title"] for request, _ in httpserver.log if request.path == "/hook"]
    assert delivered and len(delivered) == polls[0].delivery.delivered
    # the second poll was a conditional GET the feed answered 304, and read nothing new
    assert sum(request.path == "/story" for request, _ in httpserver.log) == 1
    assert [r.headers.get("If-None-Match") for r, _ in httpserver.log if r.path == "/feed.xml"] == [None, '"v1"']
    # and /metrics said so, in Prometheus' format
    exposed = {
        sample.name + str(sorted(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(urlopen(f"http://127.0.0.1:{port}/metrics").read().decode())
        for sample in family.samples
    }
    raised = polls[0].report.alerts
    assert exposed["newsmon_feed_polls_total[('outcome', 'new')]"] == 1
    assert exposed["newsmon_feed_polls_total[('outcome', 'not_modified')]"] == 1
    assert exposed["newsmon_articles_stored_total[]"] == 1
    assert exposed["newsmon_alerts_raised_total[('kind', 'first')]"] == raised
    assert exposed["newsmon_alerts_delivered_total[]"] == polls[0].delivery.delivered
    assert exposed["newsmon_publish_to_alert_seconds_count[]"] == raised
    assert exposed["newsmon_alerts_pending[]"] == 0 and exposed["newsmon_feeds_due[]"] == 0
    # the feed keeps its own wait in the store: a quiet poll made it longer, and a restart keeps it
    with open_store(f"sqlite:///{tmp_path / 's.db'}", settings) as store:
        state = store.get_feed(httpserver.url_for("/feed.xml"))
    assert state.poll_interval > settings.poll_min_interval and state.next_poll


def test_newsmon_watch_stops_cleanly_on_sigterm_leaving_no_process(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    import psutil

    newsmon = str(Path(sys.executable).with_name("newsmon"))
    env = {**os.environ, "NEWSMON_POLL_MIN_INTERVAL": "1", "NEWSMON_WORKERS": "2", "NEWSMON_BATCH_SIZE": "200",
           "NEWSMON_METRICS_PORT": "0"}  # fmt: skip
    process = subprocess.Popen([newsmon, "watch", "--store", f"sqlite:///{tmp_path / 's.db'}"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        lines = []
        while "poll:" not in (line := process.stderr.readline()) and time.monotonic() < deadline:
            assert line, "newsmon watch ended before its first poll"
            lines.append(line)
        [metrics] = [line.split()[-1] for line in lines if line.startswith("metrics at ")]
        assert b"# TYPE newsmon_feed_polls_total counter" in urlopen(metrics).read()
        children = psutil.Process(process.pid).children(recursive=True)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
        assert "stopped" in process.stderr.read()
        assert not [child for child in children if child.is_running() and child.status() != psutil.STATUS_ZOMBIE]
    finally:
        process.kill()


def serve_feed(server, links: list[str], *, etag: str = '"v1"') -> None:
    """An RSS feed of `links` at /feed.xml that answers a conditional GET with its ETag by 304."""
    items = "".join(f"<item><title>Story {n}</title><link>{link}</link><guid>{link}</guid></item>" for n, link in enumerate(links))
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'

    def answer(request: Request) -> Response:
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, content_type="application/rss+xml", headers={"ETag": etag})

    server.expect_request("/feed.xml").respond_with_handler(answer)


def test_the_trigger_probe_names_the_feeds_with_news_and_commits_the_others(tmp_path, httpserver, loopback_settings):
    seed = sorted(SEEDS.glob("*.txt"))[1]
    httpserver.expect_request("/story").respond_with_data(seed.read_text(encoding="utf-8"), content_type="text/plain")
    serve_feed(httpserver, [httpserver.url_for("/story")])
    feed, gone = httpserver.url_for("/feed.xml"), httpserver.url_for("/gone.xml")
    httpserver.expect_request("/gone.xml").respond_with_data("", status=404)
    settings = loopback_settings.replace(workers=1, feed_failure_polls=1)
    with open_store(f"sqlite:///{tmp_path / 's.db'}", settings) as store, Fetcher(settings) as fetcher:
        store.add_feed(feed)
        store.add_feed(gone)
        assert probe(store, settings, fetcher) == [feed]
        # nothing of the feed with news was read or written: an ingest reads it
        assert store.get_feed(feed).last_fetched is None and store.count_articles() == 0
        failed = store.get_feed(gone)
        assert (failed.failures, failed.health) == (1, "failing") and failed.next_poll
        [alert] = store.list_alerts()
        assert (alert.kind, alert.subject, alert.url) == ("feed_health", "failing", gone)
        ingest([feed], store, settings)
        due = dataclasses.replace(store.get_feed(feed), next_poll=None)  # due again at once
        store.update_feed(due)
        assert probe(store, settings, fetcher) == []  # a 304, and the failing one not due yet
        state = store.get_feed(feed)
        assert (state.last_status, state.failures, state.health) == (304, 0, "ok")
        assert state.poll_interval > due.poll_interval and state.next_poll > state.last_fetched  # quiet: waits longer
