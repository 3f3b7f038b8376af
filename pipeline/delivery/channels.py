"""Delivery: each pending alert sent to every channel (Apprise), and what the store records of it.

Delivery is at least once: a sender that dies after a channel took an alert but before the
store recorded it sends it again once its lease runs out (or at once with `take_over`). Every
delivery carries the alert's key for the receiver to drop a repeat by: an `Idempotency-Key`
header to JSON, form and XML web hooks, the body's last line ("newsmon alert KEY") elsewhere.

Delivery. `deliver_pending` sends each pending alert to every Apprise URL in
`settings.alert_urls` (Slack, Telegram, e-mail, JSON webhook, ...), retrying up to
`settings.alert_retries` tries with a doubling backoff. An alert is `delivered` once every
channel accepted it; otherwise it stays `pending`, with `attempts` counted and `last_error`
kept, for the next call. An alert that fails every try ends the call: a channel is down, and
trying the alerts after it would only wait out more backoffs; they stay pending, untried. With
no URLs configured nothing is sent and alerts stay pending: they are kept until a channel
exists, and `newsmon alerts --pending` lists them.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urlsplit

import apprise
import tenacity

from pipeline.models import Alert, stable_id
from pipeline.settings import Settings, SettingsError
from pipeline.store.base import Alerts, Lifecycle

__all__ = ["AlertConfigError", "DeliveryReport", "IDEMPOTENCY_HEADER", "check_channels", "deliver_pending"]

class AlertConfigError(SettingsError):
    """`NEWSMON_ALERT_URLS` holds a URL Apprise cannot notify."""


@dataclass(slots=True)
class DeliveryReport:
    channels: int  # Apprise URLs configured
    delivered: int = 0
    pending: int = 0  # still pending after this call, tried or not
    untried: int = 0  # left for the next call once a channel was found down
    errors: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        if not self.channels:
            return f"no channels configured (NEWSMON_ALERT_URLS): {self.pending} alert(s) kept pending"
        text = f"{self.delivered} delivered, {self.pending} still pending, to {self.channels} channel(s)"
        if self.untried:
            text += f" ({self.untried} not tried: a channel is down)"
        return f"{text}; last error: {self.errors[-1]}" if self.errors else text


class _Outbox(Alerts, Lifecycle, Protocol):
    """What delivering needs of the store: its alerts, each outcome committed at once."""


def deliver_pending(store: _Outbox, settings: Settings, *, take_over: bool = False) -> DeliveryReport:
    """Send every pending alert to every channel; see the module docstring.

    Each alert is claimed in the store before it is sent (`Store.claim_alert`), so two
    senders at once (the news_alerts DAG and `newsmon alerts --deliver`, say) never both
    send it; a sender that dies mid-send leaves a lease that runs out, and the alert is
    sent again by the next one. `take_over` takes leased alerts at once, for when their
    sender is known to be gone. Raises AlertConfigError, before sending anything, for a
    URL Apprise rejects.
    """
    channels = _channels(settings.alert_urls)
    pending = store.list_alerts(pending_only=True)
    report = DeliveryReport(channels=len(channels))
    if not channels:
        report.pending = len(pending)
        return report
    tries = max(1, settings.alert_retries)
    # Long enough for every try and its backoff, with room for slow channels.
    lease = settings.alert_lease_seconds + settings.alert_backoff * 2**tries
    for number, listed in enumerate(pending):
        now = time.time()
        alert = store.claim_alert(listed.key, now=_EVERY_LEASE_OVER if take_over else now, until=now + lease)
        if alert is None:
            continue  # another sender has it, or has delivered it since the list was read
        error = _send(alert, channels, tries, settings.alert_backoff)
        alert.last_error = error
        alert.status = "delivered" if error is None else "pending"
        alert.lease_until = None
        store.update_alert(alert)
        store.flush()  # each outcome durable before the next send: a crash re-sends at most one
        if error is None:
            report.delivered += 1
            continue
        report.errors.append(f"{alert.metric} {alert.value:,}: {error}")
        report.untried = len(pending) - number - 1
        report.pending = report.untried + 1
        break
    return report


def check_channels(settings: Settings) -> int:
    """How many channels `settings.alert_urls` names; AlertConfigError for one Apprise rejects.
    Checked before a run, so a typo is not found only after the articles are in."""
    return len(_channels(settings.alert_urls))


def _channels(urls: Sequence[str]) -> list[tuple[str, str]]:
    """(stable id, URL) per channel, each URL checked with Apprise. The id holds no secret;
    a retry, in this call or a later one, goes only to the channels that have not taken the
    alert yet."""
    channels = []
    for number, url in enumerate(urls, 1):
        if not apprise.Apprise().add(url):
            # The scheme only: the rest of an Apprise URL often holds a token.
            scheme = urlsplit(url).scheme or url.split(":", 1)[0]
            raise AlertConfigError(
                f"NEWSMON_ALERT_URLS: URL #{number} ({scheme}://...) is not a URL Apprise can notify"
            )
        channels.append((stable_id("channel", url), url))
    return channels


# A time past every lease: claiming "as of" it takes alerts another sender holds.
_EVERY_LEASE_OVER = 1e18

# Sent with every delivery to a web hook: the alert's key, so the receiver can drop a repeat.
IDEMPOTENCY_HEADER = "Idempotency-Key"

# Apprise's web-hook schemes, whose URLs take request headers ("+Name=value").
_HEADER_SCHEMES = {"json", "jsons", "form", "forms", "xml", "xmls"}


def _notifier(url: str, key: str) -> apprise.Apprise:
    """Apprise for `url`; a web hook also gets the alert's key as an Idempotency-Key header."""
    if urlsplit(url).scheme.lower() in _HEADER_SCHEMES:
        url += ("&" if urlsplit(url).query else "?") + f"+{IDEMPOTENCY_HEADER}={key}"
    notifier = apprise.Apprise()
    notifier.add(url)
    return notifier


def _send(alert: Alert, channels: Sequence[tuple[str, str]], tries: int, backoff: float) -> str | None:
    """Try up to `tries` times, `backoff` seconds before the second try and twice as long each
    time after (tenacity); None once every channel took the alert, else the last error. Each
    channel that takes it is recorded in `alert.delivered_to`, and a retry goes to the others."""
    title, body = _message(alert)
    waiting = [(cid, _notifier(url, alert.key)) for cid, url in channels if cid not in alert.delivered_to]
    errors: list[str] = []

    def attempt() -> list[tuple[str, apprise.Apprise]]:
        alert.attempts += 1
        failed = []
        for cid, channel in waiting:
            result = channel.notify(body=body, title=title, body_format=apprise.NotifyFormat.TEXT)
            if result:
                alert.delivered_to.append(cid)
            else:
                failed.append((cid, channel))
                errors.append(_describe(result))
        waiting[:] = failed
        return failed

    if not waiting:
        return None
    retrying = tenacity.Retrying(
        stop=tenacity.stop_after_attempt(tries),
        wait=tenacity.wait_exponential(multiplier=backoff, exp_base=2, min=0),
        retry=tenacity.retry_if_result(bool),  # some channel has not taken it yet
        retry_error_callback=lambda state: state.outcome.result() if state.outcome else waiting,
        sleep=time.sleep,
    )
    return errors[-1] if retrying(attempt) else None


def _describe(result: apprise.AppriseResult) -> str:
    problems = [
        f"{service.name}: {entry.message}"
        for service in result.results
        for entry in service.logs()
        if entry.level in ("WARNING", "ERROR", "CRITICAL")
    ]
    return problems[-1] if problems else f"notification {result.status.name.lower()}"


def _message(alert: Alert) -> tuple[str, str]:
    """Title and plain-text body: the figure, the sentence, the source and a link (a feed
    health alert: what became of the feed, and the feed)."""
    if alert.kind == "feed_health":
        title = f"Feed {(alert.subject or '').replace('_', ' ')}: {alert.title}"
        return title, "\n".join([title, alert.text, alert.url, f"newsmon alert {alert.key}"])
    who = f" ({alert.subject.replace('_', ' ')})" if alert.subject else ""
    figure = f"{alert.value:,} {alert.metric.replace('_', ' ')}{who}"
    if alert.kind == "first":
        title = f"First figure: {figure}"
    elif alert.kind == "new_high":
        title = f"New high: {figure}, up from {alert.previous:,}"
    elif alert.kind == "revision":
        title = f"Revised: {figure}, down from {alert.previous:,}"
    else:
        title = f"Conflicting figure: {figure}, against {alert.previous:,} the same day"
    source = ", ".join(part for part in (alert.source, alert.published) if part) or "source unknown"
    # The key last: delivery is at least once, and a receiver can drop a repeat by it.
    body = "\n".join([title, f"“{alert.text}”", f"{alert.title} ({source})", alert.url, f"newsmon alert {alert.key}"])
    return title, body
