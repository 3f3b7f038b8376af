"""The Elasticsearch store end to end: the real `newsmon` command ingests the seeds into a
fresh Elasticsearch-speaking server (noida-db, or NEWSMON_TEST_ES_URL), twice."""

from __future__ import annotations

import pytest
from helpers import SEEDS, json_lines, run_newsmon

pytestmark = pytest.mark.es

# People detained, as the seeds state it: "a total of 4,266 people were arrested" (000),
# "police detained 3,811 individuals" (002), "5.8 thousand people have been brought to the
# police" (003).
SEED_FIGURES = {4266, 3811, 5800}


def counts(es, prefix: str) -> dict[str, int]:
    names = ("articles", "claims", "alerts", "deadletter")
    return {name: es.count(index=f"{prefix}-{name}")["count"] for name in names}


def test_ingesting_the_seeds_twice_stores_them_once_with_claims_and_alerts(es_cluster):
    prefix = es_cluster.settings_for_test().es_index_prefix
    env = {"NEWSMON_ES_INDEX_PREFIX": prefix}
    first = run_newsmon("ingest", str(SEEDS), "--store", es_cluster.url, env=env)
    assert first.returncode == 0, first.stderr
    with es_cluster.client() as es:
        stored = counts(es, prefix)
        assert stored["articles"] == 5
        assert stored["alerts"] > 0
        assert stored["deadletter"] == 0
        detained = es.search(
            index=f"{prefix}-claims", size=100,
            query={"bool": {"filter": [
                {"term": {"metric": "detained"}}, {"terms": {"value": sorted(SEED_FIGURES)}},
            ]}},
        )["hits"]["hits"]  # fmt: skip
        assert {hit["_source"]["value"] for hit in detained} == SEED_FIGURES

        second = run_newsmon("ingest", str(SEEDS), "--store", es_cluster.url, env=env)
        assert second.returncode == 0, second.stderr
        assert counts(es, prefix) == stored

    hits = json_lines(run_newsmon("search", "detained", "--store", es_cluster.url, "--json", env=env).stdout)
    assert hits and all(hit["copies"] >= 1 for hit in hits)
