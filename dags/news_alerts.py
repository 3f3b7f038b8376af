"""news_alerts: send pending alerts whenever an ingest run raised some, and hourly.

Started by the `newsmon://alerts` Asset that news_ingest and news_backfill update, so a
slow notification channel never holds up ingestion. The hourly run retries deliveries
that failed (they stay pending). Channels are Apprise URLs in `NEWSMON_ALERT_URLS`.
"""

from airflow.sdk import AssetOrTimeSchedule, CronTriggerTimetable, dag
from newsmon_tasks import ALERTS, DAG_DEFAULTS, deliver


@dag(
    schedule=AssetOrTimeSchedule(timetable=CronTriggerTimetable("@hourly", timezone="UTC"), assets=[ALERTS]),
    doc_md=__doc__,
    **DAG_DEFAULTS,
)
def news_alerts() -> None:
    deliver()


news_alerts()
