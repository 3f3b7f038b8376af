"""An Elasticsearch-speaking server for tests.

By default noida-db (a dev dependency: one small binary that speaks the Elasticsearch
REST API) on a free loopback port with a throwaway data directory. With
`NEWSMON_TEST_ES_URL` set, the real cluster it names instead; every test run then writes
under its own index prefix and removes what it wrote.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterator

import httpx
from elasticsearch import Elasticsearch

from pipeline.settings import Settings

TEST_ES_URL = "NEWSMON_TEST_ES_URL"
_STARTUP_SECONDS = 20.0


class ServerUnavailable(RuntimeError):
    """The test server could not be started; the message says why."""


@dataclass
class NoidaServer:
    """One noida-db process serving only Elasticsearch, on `url`."""

    url: str
    data_dir: Path
    process: subprocess.Popen
    log: Path

    @classmethod
    def start(cls, data_dir: Path, port: int | None = None) -> "NoidaServer":
        binary = _noida_binary()
        port = port or free_port()
        data_dir.mkdir(parents=True, exist_ok=True)
        log = data_dir.parent / f"{data_dir.name}.log"
        with log.open("ab") as out:
            process = subprocess.Popen(
                [str(binary), "start", "--only", "elasticsearch", "--elasticsearch-port", str(port),
                 "--data-dir", str(data_dir)],
                stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip
        server = cls(url=f"http://127.0.0.1:{port}", data_dir=data_dir, process=process, log=log)
        server._wait_until_it_answers()
        return server

    def _wait_until_it_answers(self) -> None:
        deadline = time.monotonic() + _STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerUnavailable(f"noida-db exited with {self.process.returncode}: {self._log_tail()}")
            try:
                httpx.get(self.url, timeout=1.0)
                return
            except httpx.TransportError:
                time.sleep(0.05)
        self.stop()
        raise ServerUnavailable(
            f"noida-db did not answer on {self.url} within {_STARTUP_SECONDS:.0f}s: {self._log_tail()}"
        )

    def _log_tail(self) -> str:
        return self.log.read_text(errors="replace")[-500:].strip()

    def stop(self, *, keep_data: bool = True) -> None:
        """SIGTERM, which lets noida save its data (it takes a second or two), or SIGKILL
        when the data can go; then wait for the process to end."""
        if self.process.poll() is None:
            if keep_data:
                self.process.terminate()
            else:
                self.process.kill()
            self.process.wait()


def _noida_binary() -> Path:
    """The server binary itself. `.venv/bin/noida-db` is a Python wrapper that runs it as a
    child and does not pass signals on, so stopping the wrapper would orphan the server."""
    try:
        binary = Path(str(resources.files("noida_db").joinpath("noida-db")))
    except ModuleNotFoundError:
        raise ServerUnavailable("noida-db is not installed (it is in the `dev` extra)") from None
    if not binary.is_file():
        raise ServerUnavailable(f"noida-db's server binary is missing: {binary}")
    if not os.access(binary, os.X_OK):
        binary.chmod(0o755)  # as the wrapper does: wheels do not always keep the mode
    return binary


@dataclass
class EsCluster:
    """Where ES tests write: `url`, and `settings` carrying its credentials."""

    url: str
    settings: Settings
    run_prefix: str  # every index, template and policy of this test run starts with it

    def settings_for_test(self) -> Settings:
        """Settings with an index prefix no other test uses."""
        return self.settings.replace(es_index_prefix=f"{self.run_prefix}-{uuid.uuid4().hex[:8]}")

    def client(self) -> Elasticsearch:
        settings = self.settings
        if settings.es_api_key:
            return Elasticsearch(self.url, api_key=settings.es_api_key)
        if settings.es_username:
            return Elasticsearch(self.url, basic_auth=(settings.es_username, settings.es_password or ""))
        return Elasticsearch(self.url)

    def drop_everything_of_this_run(self) -> None:
        """Remove this run's indices, templates and ILM policies from a shared cluster."""
        pattern = f"{self.run_prefix}-*"
        with self.client() as es:
            indices = sorted(es.indices.get(index=pattern, expand_wildcards="all"))
            for start in range(0, len(indices), 50):  # names, not a wildcard: clusters refuse those
                es.indices.delete(index=indices[start : start + 50], ignore_unavailable=True)
            es.options(ignore_status=404).indices.delete_index_template(name=pattern)
            es.options(ignore_status=404).cluster.delete_component_template(name=pattern)
            policies = es.options(ignore_status=(400, 404)).ilm.get_lifecycle()
            if policies.meta.status == 200:
                for name in policies.body:
                    if name.startswith(self.run_prefix):
                        es.ilm.delete_lifecycle(name=name)


def session_cluster(workdir: Path) -> Iterator[EsCluster]:
    """The cluster for a test session: `NEWSMON_TEST_ES_URL`, or noida-db under `workdir`.

    Raises ServerUnavailable when noida-db cannot start."""
    run_prefix = f"newsmon-test-{uuid.uuid4().hex[:6]}"
    url = os.environ.get(TEST_ES_URL)
    if url:
        cluster = EsCluster(url, Settings.from_env(**_FAST_RETRIES), run_prefix)
        try:
            yield cluster
        finally:
            cluster.drop_everything_of_this_run()
        return
    server = NoidaServer.start(workdir / "noida")
    try:
        yield EsCluster(server.url, Settings(**_FAST_RETRIES), run_prefix)
    finally:
        server.stop(keep_data=False)


# Tests make servers fail on purpose; they should not wait long for them.
_FAST_RETRIES = {"es_max_retries": 1, "es_initial_backoff": 0.05}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
