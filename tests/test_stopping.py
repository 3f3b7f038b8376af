"""A stopped `newsmon ingest` leaves nothing running: SIGTERM (how Airflow and Docker stop
a task) ends it as cleanly as Ctrl-C, and when it is killed outright its fork server and
workers die with it. The real command, in a session of its own, over enough pages for a
process pool."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from helpers import SEEDS

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signals are Linux's")


def session_processes(sid: int) -> list[psutil.Process]:
    found = []
    for process in psutil.process_iter():
        try:
            if os.getsid(process.pid) == sid and process.status() != psutil.STATUS_ZOMBIE:
                found.append(process)
        except (ProcessLookupError, psutil.Error):
            continue
    return found


def start_ingest(tmp_path: Path) -> subprocess.Popen:
    pages = tmp_path / "pages"
    pages.mkdir()
    body = (SEEDS / "002_7978e291850f57ec.txt").read_text(encoding="utf-8")
    for i in range(400):
        (pages / f"a{i}.txt").write_text(body.replace("Kazakhstan", f"Kazakhstan ({i})"), encoding="utf-8")
    script = Path(sys.executable).with_name("newsmon")
    env = {**os.environ, "NEWSMON_WORKERS": "2", "NEWSMON_BATCH_SIZE": "16"}
    return subprocess.Popen(
        [str(script), "ingest", str(pages), "--store", f"sqlite:///{tmp_path}/s.db", "--no-deliver"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, start_new_session=True,
    )  # fmt: skip


def wait_for_workers(leader: subprocess.Popen, at_least: int = 3, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while len(session_processes(leader.pid)) < 1 + at_least:  # the command, its fork server, two workers
        assert leader.poll() is None, leader.stderr.read().decode()
        assert time.monotonic() < deadline, "the pool never started"
        time.sleep(0.2)


def wait_until_gone(sid: int, timeout: float = 10) -> list[psutil.Process]:
    deadline = time.monotonic() + timeout
    while (left := session_processes(sid)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return left


def test_sigterm_stops_the_run_and_its_workers(tmp_path):
    leader = start_ingest(tmp_path)
    try:
        wait_for_workers(leader)
        leader.send_signal(signal.SIGTERM)
        assert leader.wait(timeout=10) == 130
        assert b"interrupted" in leader.stderr.read()
        assert wait_until_gone(leader.pid) == []
    finally:
        for process in session_processes(leader.pid):
            process.kill()


def test_workers_die_with_a_command_killed_outright(tmp_path):
    leader = start_ingest(tmp_path)
    try:
        wait_for_workers(leader)
        leader.kill()
        leader.wait(timeout=10)
        assert wait_until_gone(leader.pid) == []
    finally:
        for process in session_processes(leader.pid):
            process.kill()
