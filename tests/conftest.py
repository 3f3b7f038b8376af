"""Fixtures shared by several test modules."""

from __future__ import annotations

import sys

import pytest
from helpers import BENCH
from pytest_httpserver import HTTPServer

from pipeline.settings import Settings

# bench/ is a directory of scripts, not a package: its modules import each other by name,
# and the tests of the benchmark import them the same way.
sys.path.insert(0, str(BENCH))


@pytest.fixture
def loopback_settings(httpserver) -> Settings:
    """Settings for fetching from pytest-httpserver: only its host name is exempt from the
    private-network guard; no politeness delay and no robots.txt unless a test wants them."""
    return Settings(
        allowed_hosts=(httpserver.host,),
        host_delay=0,
        respect_robots=False,
        connect_timeout=2,
        read_timeout=2,
    )


@pytest.fixture
def other_host(httpserver):
    """A second server, reached as 127.0.0.1 while `httpserver` is reached as localhost:
    another host, so its requests never wait on the first server's."""
    if httpserver.host == "127.0.0.1":
        pytest.skip("the test server must be reached by a name other than 127.0.0.1")
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture(scope="session")
def es_cluster(tmp_path_factory):
    """An Elasticsearch-speaking server for the session: noida-db on a free loopback port,
    or the real cluster named by NEWSMON_TEST_ES_URL. Tests take an index prefix of their
    own from `es_cluster.settings_for_test()`."""
    from es_server import ServerUnavailable, session_cluster

    clusters = session_cluster(tmp_path_factory.mktemp("es"))
    try:
        cluster = next(clusters)
    except ServerUnavailable as exc:
        pytest.skip(f"no Elasticsearch-speaking server: {exc}")
    yield cluster
    clusters.close()
