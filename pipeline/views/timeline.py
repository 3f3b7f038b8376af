"""The figure timeline: for each series, how many now, since when, who says so, and how it changed.

A series is a metric and a subject at country scope, as the alerts stage forms them
(`alerts.series_subject`). From the stored claims and alerts, each series gets:

- `current`: the figure that stands now. For the metrics that only grow (killed, detained,
  injured, criminal cases, troops) the highest credible figure: stated by an original article
  (not a repost), at country scope, exactly or as a lower bound ("more than", "at least",
  "about"; never "up to" or "less than"), and not superseded by an official revision (a
  figure above a `revision` and dated before it no longer stands). The earliest statement
  of it names its outlet and date. For `hospitalized`, which falls as people leave
  hospital, the latest figure instead.
- `corroborations`: how many outlets (`models.outlet_of`) state that same figure, reposts
  included, each outlet once however many copies it ran.
- `history`: the steps the alerts stage raised (first, new_high, revision, conflict), in the
  order it raised them.

`since` and `until` keep the claims and steps dated within them (by `Claim.date`: the
publication date, else one the text states, else the fetch time). Pure: the store reads are
the caller's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, get_args

from pipeline.models import Alert, Metric, json_time, outlet_of, publication_day, publication_time
from pipeline.stages.alerts import counts_toward_series, series_subject
from pipeline.store.base import StoredClaim

__all__ = ["Figure", "Series", "Step", "build_timeline", "stated", "subject_label", "LATEST_WINS"]

# Metrics whose current figure is the latest stated, not the highest.
LATEST_WINS = frozenset({"hospitalized"})
_CREDIBLE = {"exact", "more_than", "at_least", "about"}
_METRIC_ORDER = {metric: number for number, metric in enumerate(get_args(Metric))}


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    value: int
    qualifier: str
    date: str | None
    date_source: str | None
    source: str  # the outlet
    quoted_source: str | None  # who the outlet cites: "interior ministry"
    article_id: str
    url: str
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Step:
    value: int
    date: str | None
    source: str
    article_id: str
    url: str
    kind: str  # first | new_high | revision | conflict
    previous: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Series:
    metric: str
    subject: str | None
    current: Figure
    corroborations: int
    history: tuple[Step, ...]

    def to_json(self) -> dict[str, Any]:
        """The shape `newsmon figures --json` prints; keys are stable."""
        return {
            "metric": self.metric,
            "subject": self.subject,
            "current": {**asdict(self.current), "date": json_time(self.current.date)},
            "corroborations": self.corroborations,
            "history": [{**asdict(step), "date": json_time(step.date)} for step in self.history],
        }


def build_timeline(
    claims: Sequence[StoredClaim],
    alerts: Sequence[Alert],
    *,
    metric: str | None = None,
    subject: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[Series]:
    """One Series per (metric, subject) with a current figure; see the module docstring."""

    def within(when: str | None) -> bool:
        day = publication_day(when)
        if day is None:
            return since is None and until is None
        return (since is None or day >= since) and (until is None or day <= until)

    grouped: dict[tuple[str, str | None], list[StoredClaim]] = {}
    for stored in claims:
        claim = stored.claim
        if (metric is None or claim.metric == metric) and counts_toward_series(claim) and within(_dated(stored)):
            grouped.setdefault((claim.metric, series_subject(claim.metric, claim.subject)), []).append(stored)
    steps: dict[tuple[str, str | None], list[Alert]] = {}
    # Stable: alerts raised before alerts had a sequence keep the store's order.
    for alert in sorted(alerts, key=lambda a: a.sequence or 0):
        if within(alert.published):
            steps.setdefault((alert.metric, alert.subject), []).append(alert)

    timeline = []
    for key in sorted(grouped, key=lambda k: (_METRIC_ORDER.get(k[0], len(_METRIC_ORDER)), k[0], k[1] or "")):
        if subject is not None and key[1] != subject:
            continue
        history = steps.get(key, [])
        current = _current(key[0], grouped[key], history)
        if current is None:
            continue
        timeline.append(
            Series(
                metric=key[0],
                subject=key[1],
                current=_figure(current, grouped[key]),
                corroborations=len(
                    {outlet_of(s.source, s.url) for s in grouped[key] if s.claim.value == current.claim.value}
                ),
                history=tuple(_step(alert) for alert in history),
            )
        )
    return timeline


_QUALIFIER_WORDS = {"more_than": "more than ", "at_least": "at least ", "about": "about "}


def stated(value: int, qualifier: str) -> str:
    """A figure as people write it: "more than 5,000"."""
    return f"{_QUALIFIER_WORDS.get(qualifier, '')}{value:,}"


def subject_label(subject: str | None) -> str:
    """Who a series counts, for people: "security forces"; people in general without a subject."""
    return subject.replace("_", " ") if subject else "all people"


def _current(metric: str, stated: list[StoredClaim], history: list[Alert]) -> StoredClaim | None:
    credible = [s for s in stated if not s.duplicate and s.claim.qualifier in _CREDIBLE]
    revisions = [alert for alert in history if alert.kind == "revision"]
    if revisions:
        latest = revisions[-1]
        revised_at = publication_time(latest.published)
        credible = [
            s for s in credible
            if s.claim.value <= latest.value or publication_time(_dated(s)) >= revised_at  # type: ignore[operator]
        ]  # fmt: skip
    if not credible:
        return None
    if metric in LATEST_WINS:
        return max(credible, key=lambda s: (publication_time(_dated(s)), s.claim.value))
    # The highest; of its statements, the earliest (the first to state it).
    return min(credible, key=lambda s: (-s.claim.value, publication_time(_dated(s)), s.article_id))  # type: ignore[operator]


def _figure(current: StoredClaim, stated: list[StoredClaim]) -> Figure:
    claim = current.claim
    assert claim.value is not None
    # Who is quoted: this statement's source, else the first other statement of the figure's.
    quoted = claim.quoted_source or next(
        (s.claim.quoted_source for s in stated if s.claim.value == claim.value and s.claim.quoted_source), None
    )
    return Figure(
        value=claim.value,
        qualifier=claim.qualifier,
        date=_dated(current),
        date_source=claim.date_source or ("published" if current.published else None),
        source=outlet_of(current.source, current.url),
        quoted_source=quoted,
        article_id=current.article_id,
        url=current.url,
        text=claim.text,
    )


def _step(alert: Alert) -> Step:
    return Step(
        value=alert.value,
        date=alert.published,
        source=outlet_of(alert.source, alert.url),
        article_id=alert.article_id,
        url=alert.url,
        kind=alert.kind,
        previous=alert.previous,
    )


def _dated(stored: StoredClaim) -> str | None:
    """A claim's date; claims stored before claims were dated take their article's."""
    return stored.claim.date or stored.published
