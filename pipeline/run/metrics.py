"""What a watching process counts, in Prometheus' format at /metrics (`NEWSMON_METRICS_PORT`).

    newsmon_feed_polls_total{outcome}        feed reads: new, unchanged, not_modified (a 304), failed
    newsmon_problems_total{stage}            inputs skipped, by the stage that refused them
    newsmon_articles_stored_total            new or changed articles committed
    newsmon_alerts_raised_total{kind}        alerts raised (figures and feed health)
    newsmon_alerts_delivered_total           alerts every channel took
    newsmon_feeds_due                        feeds due for a poll and not yet polled: the queue
    newsmon_alerts_pending                   alerts raised and not delivered yet
    newsmon_publish_to_alert_seconds         from an outlet's publication to the alert on its figure

Each process has its own registry, so tests and several watchers in one process never mix
their counts.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server

__all__ = ["WatchMetrics"]

# A minute is the aim; the long tail is a backlog read late (a story published hours before).
LATENCY_BUCKETS = (10, 30, 60, 120, 300, 900, 3600, 6 * 3600, 86400)


class WatchMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        on = {"registry": self.registry}
        self.polls = Counter("newsmon_feed_polls", "Feed reads, by outcome", ["outcome"], **on)
        self.problems = Counter("newsmon_problems", "Inputs skipped, by the stage that refused them", ["stage"], **on)
        self.articles = Counter("newsmon_articles_stored", "New or changed articles committed", **on)
        self.alerts_raised = Counter("newsmon_alerts_raised", "Alerts raised, by kind", ["kind"], **on)
        self.alerts_delivered = Counter("newsmon_alerts_delivered", "Alerts delivered to every channel", **on)
        self.feeds_due = Gauge("newsmon_feeds_due", "Feeds due for a poll and not yet polled", **on)
        self.alerts_pending = Gauge("newsmon_alerts_pending", "Alerts raised and not yet delivered", **on)
        self.latency = Histogram(
            "newsmon_publish_to_alert_seconds", "From an article's publication to the alert raised on its figure",
            buckets=LATENCY_BUCKETS, **on,
        )  # fmt: skip

    def serve(self, host: str, port: int) -> int:
        """Serve /metrics on a daemon thread (it ends with the process); the port it took."""
        server, _ = start_http_server(port, addr=host, registry=self.registry)
        return server.server_port
