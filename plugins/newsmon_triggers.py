"""The watch list as an event source for Airflow's event-driven scheduling.

`WatchListTrigger` runs in the triggerer for an `AssetWatcher` (see dags/news_stream.py). It
polls the watch list as `newsmon watch` does (each feed when it falls due by its own rhythm,
a conditional GET) and fires an event naming the feeds that have something new; `news_stream`
then ingests only those. What the other feeds answered (not modified, nothing new, failed) is
committed at once, their health and next poll with it. Like every event trigger it fires once
and ends; the triggerer starts it again for the asset.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from airflow.triggers.base import BaseEventTrigger, TriggerEvent
from newsmon_hooks import NewsmonStoreHook

from pipeline.settings import Settings


class WatchListTrigger(BaseEventTrigger):
    """Fires `{"feeds": [URL, ...]}` once some watched feeds have news (see the module docstring)."""

    def __init__(self, newsmon_conn_id: str = NewsmonStoreHook.default_conn_name) -> None:
        super().__init__()
        self.newsmon_conn_id = newsmon_conn_id

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return f"{type(self).__module__}.{type(self).__qualname__}", {"newsmon_conn_id": self.newsmon_conn_id}

    async def run(self) -> AsyncIterator[TriggerEvent]:
        settings = await NewsmonStoreHook(self.newsmon_conn_id).asettings()
        while True:
            # The pipeline is synchronous: a thread keeps the triggerer's other triggers running.
            changed, wait = await asyncio.to_thread(_probe, settings)
            if changed:
                self.log.info("%d feed(s) with news: %s", len(changed), ", ".join(changed))
                yield TriggerEvent({"feeds": changed})
                return
            await asyncio.sleep(wait)


def _probe(settings: Settings) -> tuple[list[str], float]:
    """The feeds due that have news, and the seconds until the next falls due."""
    from pipeline.run.watch import next_wait, probe
    from pipeline.stages.fetch import Fetcher
    from pipeline.store import open_store

    with open_store(settings.store_url, settings) as store, Fetcher(settings) as fetcher:
        changed = probe(store, settings, fetcher)
        return changed, next_wait(store.list_feeds(), settings)
