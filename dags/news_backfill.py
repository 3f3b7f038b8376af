"""news_backfill: read a list of paths or URLs once, e.g. `{"inputs": ["seeds/"]}`.

The same tasks as news_ingest; INPUTs are split into shards of `NEWSMON_FEEDS_PER_SHARD`.
Local paths are read on the workers, so they must exist there. `make run` runs this DAG.
"""

from airflow.sdk import Param, dag
from newsmon_tasks import DAG_DEFAULTS, ingest


@dag(
    schedule=None,
    params={
        "inputs": Param(
            ["seeds/"], type="array", items={"type": "string"}, minItems=1,
            description="Files, directories, feed or page URLs, OPML files.",
        ),
    },  # fmt: skip
    doc_md=__doc__,
    **DAG_DEFAULTS,
)
def news_backfill() -> None:
    ingest()


news_backfill()
