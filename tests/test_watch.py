"""`newsmon watch`: the watch list polled again and again through the same pipeline."""

from __future__ import annotations

import json
import threading

from helpers import SEEDS

from pipeline.run.watch import next_interval, watch
from pipeline.settings import Settings
from pipeline.store import open_store


def test_the_wait_shortens_after_news_and_lengthens_while_quiet_within_bounds():
    settings = Settings(poll_min_interval=60, poll_max_interval=600)
    exact = lambda: 0.5  # noqa: E731  (no jitter)
    assert next_interval(400, True, settings, exact) == 60
    assert next_interval(60, False, settings, exact) == 90
    assert next_interval(500, False, settings, exact) == 600
    assert all(54 <= next_interval(60, True, settings) <= 66 for _ in range(100))  # jitter of 10%


def test_watching_stores_new_items_and_delivers_their_alerts_at_once(tmp_path, httpserver, loopback_settings):
    seed = sorted(SEEDS.glob("*.txt"))[1]
    httpserver.expect_request("/story").respond_with_data(seed.read_text(encoding="utf-8"), content_type="text/plain")
    httpserver.expect_request("/feed.xml").respond_with_data(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f'<item><title>Story</title><link>{httpserver.url_for("/story")}</link><guid>1</guid></item>'
        "</channel></rss>",
        content_type="application/rss+xml",
    )
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

    with open_store(f"sqlite:///{tmp_path / 's.db'}", settings) as store:
        store.add_feed(httpserver.url_for("/feed.xml"))
        watch(store, settings, stop=stop, on_poll=on_poll)
        assert store.count_articles() == 1
    assert [(p.report.stored, p.delivery.delivered > 0) for p in polls] == [(1, True), (0, False)]
    delivered = [json.loads(request.data)["title"] for request, _ in httpserver.log if request.path == "/hook"]
    assert delivered and len(delivered) == polls[0].delivery.delivered
    # the second poll was a conditional GET the feed could answer 304, and read nothing new
    assert sum(request.path == "/story" for request, _ in httpserver.log) == 1
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
    env = {**os.environ, "NEWSMON_POLL_MIN_INTERVAL": "1", "NEWSMON_WORKERS": "2", "NEWSMON_BATCH_SIZE": "200"}
    process = subprocess.Popen([newsmon, "watch", "--store", f"sqlite:///{tmp_path / 's.db'}"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while "poll:" not in (line := process.stderr.readline()) and time.monotonic() < deadline:
            assert line, "newsmon watch ended before its first poll"
        children = psutil.Process(process.pid).children(recursive=True)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
        assert "stopped" in process.stderr.read()
        assert not [child for child in children if child.is_running() and child.status() != psutil.STATUS_ZOMBIE]
    finally:
        process.kill()
