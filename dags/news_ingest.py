"""news_ingest: every 15 minutes, read every watched feed and store what is new.

Feeds are split into shards of `NEWSMON_FEEDS_PER_SHARD`; each shard is fetched and
enriched by its own mapped tasks, so many workers share a long feed list. The schedule
is `NEWSMON_SCHEDULE` (cron or preset, read when the file is parsed), default every 15
minutes. Trigger with `{"inputs": [...]}` to read paths or URLs instead of the feeds.
"""

from airflow.sdk import Param, dag
from newsmon_tasks import DAG_DEFAULTS, ingest, schedule_from_env


@dag(
    schedule=schedule_from_env(),
    params={
        "inputs": Param(
            [], type="array", items={"type": "string"},
            description="Paths or URLs to read instead of the watched feeds (empty: the feeds).",
        ),
    },  # fmt: skip
    doc_md=__doc__,
    **DAG_DEFAULTS,
)
def news_ingest() -> None:
    ingest()


news_ingest()
