"""news_alerts: send pending alerts whenever an ingest run raised some, and hourly.

Started by the `newsmon://alerts` Asset that news_ingest and news_backfill update, so a
slow notification channel never holds up ingestion. The hourly run retries deliveries
that failed (they stay pending). Channels are Apprise URLs in `NEWSMON_ALERT_URLS`.
"""

from datetime import datetime, timezone

from airflow.sdk import AssetOrTimeSchedule, CronTriggerTimetable, dag
from newsmon_tasks import ALERTS, DEFAULT_ARGS, deliver


@dag(
    schedule=AssetOrTimeSchedule(timetable=CronTriggerTimetable("@hourly", timezone="UTC"), assets=[ALERTS]),
    start_date=datetime(2022, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    doc_md=__doc__,
    tags=["newsmon"],
)
def news_alerts() -> None:
    deliver()


news_alerts()
