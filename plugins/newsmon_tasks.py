"""The tasks newsmon's DAGs are made of: thin TaskFlow wrappers over `pipeline.run.staging`.

    plan ──► shard[i].fetch ──► shard[i].enrich ──► store ──► announce  (Asset newsmon://alerts)
             (one mapped pair per shard of feeds)       └───► clean

XComs carry shard INPUTs, staging paths and counts; bodies go through the staging area.
The pipeline is imported inside the tasks: parsing a DAG file must stay cheap.
A failed shard fails only its own tasks: `store` runs once every shard is done, stores
the shards that arrived and reports the others, whose feeds are read again next run.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from airflow.sdk import Asset, CronTriggerTimetable, TriggerRule, get_current_context, task, task_group
from airflow.sdk.exceptions import AirflowSkipException, AirflowTimetableInvalid
from newsmon_hooks import NewsmonStoreHook

from pipeline.settings import Settings

if TYPE_CHECKING:
    from pipeline.run.staging import RunArea

ALERTS = Asset("newsmon://alerts")
log = logging.getLogger(__name__)

# The first retry waits Airflow's [core] default_task_retry_delay; each later one twice as long.
DEFAULT_ARGS: dict[str, Any] = {
    "owner": "newsmon",
    "retries": 3,
    "retry_exponential_backoff": 2.0,
    "max_retry_delay": timedelta(minutes=30),
}


# What every newsmon DAG shares: no catchup (a missed slot is covered by the next run's
# read of every feed), one run at a time, retries with backoff.
DAG_DEFAULTS: dict[str, Any] = {
    "start_date": datetime(2022, 1, 1, tzinfo=timezone.utc),
    "catchup": False,
    "max_active_runs": 1,
    "default_args": DEFAULT_ARGS,
    "tags": ["newsmon"],
}


def schedule_from_env() -> CronTriggerTimetable:
    """The ingest schedule: `NEWSMON_SCHEDULE`, a cron expression or a preset such as @hourly (UTC)."""
    expression = Settings.from_env().schedule
    timetable = CronTriggerTimetable(expression, timezone="UTC")
    try:
        timetable.validate()
    except AirflowTimetableInvalid as exc:
        raise AirflowTimetableInvalid(f"NEWSMON_SCHEDULE={expression!r}: {exc}") from None
    return timetable


@task
def plan() -> list[list[str]]:
    """Shards of INPUTs: the run's `inputs` param, else the feeds the asset events that started
    the run name (news_stream), else every watched feed."""
    from pipeline.run import staging

    hook = NewsmonStoreHook()
    context = get_current_context()
    inputs = list(context["params"].get("inputs") or []) or feeds_with_news(context.get("triggering_asset_events") or {})
    if not inputs:
        with hook.get_conn() as store:
            inputs = [feed.url for feed in store.list_feeds()]
        if not inputs:
            log.warning("no feeds watched: nothing to do (add some with `newsmon feeds add URL`)")
    return staging.plan_shards(inputs, hook.settings.feeds_per_shard)


@task
def fetch(inputs: list[str]) -> dict[str, Any]:
    """Read one shard's feeds and pages into the staging area; feed state waits for `store`."""
    from pipeline.run import staging

    hook = NewsmonStoreHook()
    shard = get_current_context()["ti"].map_index
    with hook.get_conn() as store:
        staged = staging.fetch_shard(_run_area(hook.settings), shard, inputs, store, hook.settings)
    return staged.to_dict()


@task
def enrich(fetched: dict[str, Any]) -> dict[str, Any]:
    """Extract, detect language, fingerprint, tag topics and figures for one shard."""
    from pipeline.run import staging

    settings = Settings.from_env()
    staged = staging.enrich_shard(_run_area(settings), staging.StagedShard.from_dict(fetched), settings)
    return staged.to_dict()


@task_group
def shard(inputs: list[str]) -> Any:
    return enrich(fetch(inputs))


@task(trigger_rule=TriggerRule.ALL_DONE_MIN_ONE_SUCCESS)
def store(planned: list[list[str]], enriched: Any) -> dict[str, int]:
    """Deduplicate, store and raise alerts for every shard that arrived, then commit their feed state."""
    from pipeline.run import staging

    hook = NewsmonStoreHook()
    area = _run_area(hook.settings)
    shards = [staging.StagedShard.from_dict(item) for item in _arrived(enriched)]
    with hook.get_conn() as db:
        report = staging.store_shards(area, shards, db, hook.settings, planned=planned)
    staging.save_report(area.report_file, report)
    log.info("%s", report.summary())
    return {**staging.report_counts(report), "failed_shards": len(planned) - len(shards)}


@task(outlets=[ALERTS])
def announce(counts: dict[str, int]) -> int:
    """Update the alerts Asset, which starts `news_alerts`, when this run raised alerts."""
    if not counts["alerts"]:
        raise AirflowSkipException("no new alerts")
    return counts["alerts"]


@task
def clean(counts: dict[str, int]) -> None:
    """Delete the run's staged bodies, unless a shard failed and may be cleared and re-run."""
    if counts["failed_shards"]:
        raise AirflowSkipException(f"{counts['failed_shards']} shard(s) failed: staged files kept")
    _run_area(Settings.from_env()).remove_bodies()


@task
def deliver() -> str:
    """Send every pending alert through the configured Apprise URLs."""
    from pipeline.delivery import channels

    hook = NewsmonStoreHook()
    with hook.get_conn() as db:
        delivery = channels.deliver_pending(db, hook.settings)
    return str(delivery)


def ingest() -> None:
    """The ingest graph, added to the DAG being defined."""
    planned = plan()
    counts = store(planned, shard.expand(inputs=planned))
    announce(counts)
    clean(counts)


def feeds_with_news(events_by_asset: Mapping[Any, Sequence[Any]]) -> list[str]:
    """The feeds `WatchListTrigger` events name, each once, in the order they came."""
    named = (
        url
        for events in events_by_asset.values()
        for event in events
        for url in ((event.extra or {}).get("payload") or {}).get("feeds", [])
    )
    return list(dict.fromkeys(named))


def _arrived(results: Any) -> list[dict[str, Any]]:
    """The results of the mapped shards that succeeded. When only one did, Airflow hands it
    over on its own rather than in a list; when none did, as None."""
    if results is None:
        return []
    if isinstance(results, dict):
        return [results]
    return [item for item in results if item is not None]


def _run_area(settings: Settings) -> RunArea:
    from pipeline.run.staging import RunArea

    context = get_current_context()
    return RunArea.for_run(settings.staging_dir, context["dag"].dag_id, context["run_id"])
