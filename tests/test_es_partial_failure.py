"""Elasticsearch refusing a share of bulk items (429): a batch lands whole or is applied again.

Each trial ingests the seeds twice through a proxy that refuses 30% of bulk items with no
retries left, then once more after the fault has passed. Claims, series highs and alerts
must then equal those of a clean run (issue: partial failures left claims lost for good and
a new high's alert without its series high).
"""

from __future__ import annotations

import pytest
from es_faults import RefusingProxy
from helpers import SEEDS, run_newsmon

pytestmark = pytest.mark.es


def state(es, prefix: str) -> dict[str, set]:
    def documents(name: str) -> list[dict]:
        es.indices.refresh(index=f"{prefix}-{name}")
        hits = es.search(index=f"{prefix}-{name}", size=1000, query={"match_all": {}})["hits"]["hits"]
        return [{"_id": hit["_id"], **hit["_source"]} for hit in hits]

    return {
        "articles": {(d["_id"], d["content_hash"]) for d in documents("articles")},
        "claims": {(d["_id"], d["metric"], d["value"], d["subject"]) for d in documents("claims")},
        "highs": {(d["metric"], d["subject"], d["value"]) for d in documents("series-highs")},
        "alerts": {(d["key"], d["kind"], d["value"], d["previous"]) for d in documents("alerts")},
        "outbox": {d["_id"] for d in documents("outbox")},
    }


def ingest(store_url: str, prefix: str, retries: int = 0):
    env = {"NEWSMON_ES_INDEX_PREFIX": prefix, "NEWSMON_ES_MAX_RETRIES": str(retries)}
    return run_newsmon("ingest", str(SEEDS), "--store", store_url, "--no-deliver", env=env)


@pytest.fixture(scope="module")
def clean(es_cluster):
    prefix = es_cluster.settings_for_test().es_index_prefix
    assert ingest(es_cluster.url, prefix).returncode == 0
    with es_cluster.client() as es:
        return state(es, prefix)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_after_refused_items_and_a_rerun_the_store_equals_a_clean_runs(es_cluster, clean, seed):
    prefix = es_cluster.settings_for_test().es_index_prefix
    with RefusingProxy(es_cluster.url, share=0.3, seed=seed) as proxy:
        failed = [ingest(proxy.url, prefix) for _ in range(2)]
        assert proxy.refused > 0
    assert any(run.returncode == 2 and "outbox" in run.stderr for run in failed), [r.stderr[-300:] for r in failed]
    assert ingest(es_cluster.url, prefix).returncode == 0  # the fault has passed
    with es_cluster.client() as es:
        recovered = state(es, prefix)
    assert recovered == {**clean, "outbox": set()}
