"""The Elasticsearch store end to end: the real `newsmon` command ingests the seeds into a
fresh Elasticsearch-speaking server (noida-db, or NEWSMON_TEST_ES_URL), twice."""

from __future__ import annotations

import json

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
        assert stored["deadletter"] == 0
        alerts = es.search(index=f"{prefix}-alerts", size=100, query={"term": {"metric": "detained"}})
        # In publication order (seed 004 is undated, 000/001 date-only, 002 at 08:21, 003 a day later).
        assert sorted(hit["_source"]["value"] for hit in alerts["hits"]["hits"]) == [2300, 3811, 4266, 4404, 5800]
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

    hits = json_lines(run_newsmon("search", "beheaded", "--store", es_cluster.url, "--json", env=env).stdout)
    assert [(hit["url"].rsplit("/", 1)[-1], hit["copies"]) for hit in hits] == [("003_cd0475b9a63e25ad.txt", 1)]


def test_the_figures_command_reads_the_same_timeline_from_elasticsearch_as_from_sqlite(es_cluster, tmp_path):
    prefix = es_cluster.settings_for_test().es_index_prefix
    env = {"NEWSMON_ES_INDEX_PREFIX": prefix}
    sqlite = f"sqlite:///{tmp_path / 'seeds.db'}"
    for store in (es_cluster.url, sqlite):
        assert run_newsmon("ingest", str(SEEDS), "--store", store, env=env).returncode == 0
    answers = [
        json.loads(run_newsmon("figures", "--json", "--store", store, env=env).stdout)
        for store in (es_cluster.url, sqlite)
    ]
    # The same series and figures; only the undated seed's fetch time may differ between runs.
    assert [_without_fetch_times(series) for series in answers[0]] == [_without_fetch_times(s) for s in answers[1]]
    detained = next(s for s in answers[0] if s["metric"] == "detained" and s["subject"] is None)
    assert detained["current"]["value"] == 5800
    assert [step["value"] for step in detained["history"]] == [2300, 3811, 4266, 4404, 5800]


def _without_fetch_times(series: dict) -> dict:
    steps = [{**step, "date": None} if step["source"].startswith("004_") else step for step in series["history"]]
    current = series["current"]
    if current["date_source"] == "fetched":
        current = {**current, "date": None}
    return {**series, "history": steps, "current": current}
