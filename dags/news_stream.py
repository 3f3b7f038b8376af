"""news_stream: ingest the feeds that have news as soon as the triggerer sees it.

An AssetWatcher runs `WatchListTrigger` (plugins/newsmon_triggers.py) in the triggerer: it
polls the watch list the way `newsmon watch` does, each feed by its own rhythm with a
conditional GET, and updates the `newsmon://feeds-with-news` asset naming the feeds that have
something new. This DAG, scheduled on that asset, ingests only those feeds with the same
tasks as news_ingest; events that arrive while a run is going are taken by the next run
together. news_ingest stays the periodic sweep that catches anything missed.
"""

from airflow.sdk import Asset, AssetWatcher, dag
from newsmon_tasks import DAG_DEFAULTS, ingest
from newsmon_triggers import WatchListTrigger

FEEDS_WITH_NEWS = Asset(
    "newsmon://feeds-with-news",
    watchers=[AssetWatcher(name="newsmon_watch_list", trigger=WatchListTrigger())],
)


@dag(schedule=[FEEDS_WITH_NEWS], doc_md=__doc__, **DAG_DEFAULTS)
def news_stream() -> None:
    ingest()


news_stream()
