"""Alerts stage: a new figure raises one alert, once.

Series. A (metric, subject) series at country scope is the figures stated of it, in
publication order. Its first figure raises `first`; each figure above all before it raises
`new_high` (with the high before it as `previous`). A batch's figures are read with the
series' stored ones, so a page that arrives late takes its place in that order: the alerts of
a run do not depend on how its input was split into batches or shards, nor on the order its
pages arrived in. What order can change is what an alert says of the figures before it (its
kind and `previous`: what was known when it was raised), and a rise announced before a higher
figure published earlier arrived stays announced. The store keeps each series' high.

What counts. Claims of relevant articles that are not reposts (a duplicate corroborates its
story's figure and raises nothing); at country scope (a city's count is no national high); with
a value (not "dozens"); not an upper bound ("less than 100", "up to 3,000" say what was not
reached). From each article, only its highest claim per series.

Subjects. `series_subject` decides which series a claim joins. Detentions pool people in
general with protesters (rioters, "armed criminals", participants): the press counts the same
detainees as "4,266 people", "3,811 individuals" and "2,300 protesters", and there is no other
population of detainees to tell apart, so the seeds give one series rising 2,300 -> 3,811 ->
4,266 -> 4,404 -> 5,800. For the other metrics subjects stay apart: "18 security officers
killed" is no new high over "26 people killed".

Order. Figures are taken by the article's publication time: undated articles
first (nothing places them later, and dated news then supersedes them); a date-only article
counts as published at the end of its day (it may be from any hour of it, so an article with a
time that day comes first); ties go by ascending value, so a series rises monotonically. Alerts
are raised in that order, every series together; each carries a `sequence` that increases as
alerts are raised: a series' history is its alerts in that order.

Exactly once. An alert's key is `stable_id(metric, subject, value)`: a value of a series is
announced at most once, whatever the kind, and `store.put_alert` refuses a known key:
re-running the same input, retrying a task or restarting after a crash never raises or sends
an alert twice, and a step a crash left unannounced is raised by the next batch of its series.

Lower figures. A figure below the high raises `revision` when an official source states it
(`Claim.quoted_source`), outright (exact or about), after the high was published, in a sentence
that says it corrects ("revised", "уточнили": the vocabularies' `revisions`). It raises
`conflict` when another outlet states it outright later the same day as the high and it is
more than CONFLICT_GAP below, but at least CONFLICT_PART of the high: successive updates rise,
and "two servicemen" killed beside "18 security officers" is a part of the figure, not a
disagreement with it. Neither moves the high.

Corroboration. With `min_sources` (NEWSMON_ALERT_MIN_SOURCES) above 1, a figure above the high
is held until that many outlets (`models.outlet_of`) have stated it or more; it is raised then,
naming the first outlet that stated it.

Delivery (Apprise) is `pipeline.delivery.channels`.
"""


from __future__ import annotations

import functools
import itertools
import re
import time
from collections.abc import Sequence

from pipeline.case.lexicons import figure_languages, figure_vocabulary
from pipeline.models import (
    Alert,
    AlertKind,
    Article,
    Claim,
    outlet_of,
    publication_day,
    publication_time,
    stable_id,
    utc_now,
)
from pipeline.store.base import SeriesAndAlerts, SeriesHigh, StoredClaim

__all__ = ["counts_toward_series", "raise_alerts", "series_subject"]

# Subjects that are one detained population (None: people in general).
_POOLED_DETAINEES = {None, "protesters"}
_NOT_REACHED = {"less_than", "up_to"}
# Qualifiers that state a figure outright; "more than 3,800" does not contradict 4,266.
_STATED = {"exact", "about"}
# Two outlets' figures conflict when the lower is more than this share below the higher...
CONFLICT_GAP = 0.10
# ...but not this far below: "two servicemen killed" beside "18 security officers" is a part.
CONFLICT_PART = 0.5


def series_subject(metric: str, subject: str | None) -> str | None:
    """The subject of the series a claim joins; see the module docstring."""
    if metric == "detained" and subject in _POOLED_DETAINEES:
        return None
    return subject


def raise_alerts(
    articles: Sequence[Article], store: SeriesAndAlerts, *, now: str | None = None, min_sources: int = 1
) -> list[Alert]:
    """Raise the alerts `articles` call for, store them, and attach each to its article.

    Each series a figure of `articles` joins is read whole, the stored figures and these,
    in publication order, and every step not announced yet is raised: which alerts a run
    raises does not depend on how its input was split into batches or shards, nor on the
    order pages arrived in. Returns only alerts not raised before. `now` (ISO 8601) stamps
    `created_at`. With `min_sources` above 1, a figure above its series' high waits until
    that many outlets have stated it (or more).
    """
    created_at = now or utc_now()
    sequence = itertools.count(time.time_ns())
    batch = {article.id: article for article in articles}
    steps = []  # (statement, kind, series, previous), every series' steps in one publication order
    for (metric, subject), (stated, echoed) in _statements(articles, store).items():
        high: StoredClaim | None = None
        for statement, kind in _steps(stated, echoed, min_sources):
            steps.append((statement, kind, (metric, subject), high.claim.value if high else None))
            if kind in ("first", "new_high"):
                high = statement
        if high is not None:
            store.put_series_high(
                SeriesHigh(
                    metric=metric, subject=subject, value=high.claim.value,  # type: ignore[arg-type]
                    article_id=high.article_id, published=high.published,
                )
            )  # fmt: skip
    raised: list[Alert] = []
    for statement, kind, (metric, subject), previous in sorted(steps, key=lambda step: _in_order(step[0])):
        claim = statement.claim
        assert claim.value is not None  # _statements keeps only claims with a value
        alert = Alert(
            key=stable_id("alert", metric, subject or "", str(claim.value)),
            kind=kind,
            metric=metric,
            subject=subject,
            value=claim.value,
            previous=previous,
            article_id=statement.article_id,
            url=statement.url,
            title=statement.title,
            source=statement.source,
            text=claim.text,
            published=statement.published or claim.date,
            created_at=created_at,
            sequence=next(sequence),
        )
        if store.put_alert(alert):  # refuses a key raised before
            raised.append(alert)
            if statement.article_id in batch:
                batch[statement.article_id].alerts.append(alert)
    return raised


def _statements(
    articles: Sequence[Article], store: SeriesAndAlerts
) -> dict[tuple[str, str | None], tuple[list[StoredClaim], list[StoredClaim]]]:
    """For each series a figure of `articles` joins: each original article's highest figure
    of it, stored ones and these (which replace their stored copies), in publication order
    (see the module docstring); and the reposts' figures of it, which corroborate."""
    given = {article.id: article for article in articles}
    claims = [
        stored
        for metric in sorted({claim.metric for article in articles for claim in article.figures})
        for stored in store.list_claims(metric)
        if stored.article_id not in given
    ]
    for article in articles:
        if article.relevant:
            claims.extend(
                StoredClaim(
                    claim=claim, article_id=article.id, url=article.url, title=article.title,
                    source=article.source, published=article.published, duplicate=article.duplicate_of is not None,
                    cluster_id=article.cluster_id or article.id, language=article.language,
                )  # fmt: skip
                for claim in article.figures
            )
    wanted = {(c.metric, series_subject(c.metric, c.subject)) for a in articles if a.relevant for c in a.figures}
    best: dict[tuple[str, str | None], dict[str, StoredClaim]] = {}
    echoed: dict[tuple[str, str | None], list[StoredClaim]] = {}
    for stored in claims:
        claim = stored.claim
        series = (claim.metric, series_subject(claim.metric, claim.subject))
        if series not in wanted or not counts_toward_series(claim):
            continue
        if stored.duplicate:
            echoed.setdefault(series, []).append(stored)
            continue
        per_article = best.setdefault(series, {})
        known = per_article.get(stored.article_id)
        if known is None or claim.value > known.claim.value:  # type: ignore[operator]
            per_article[stored.article_id] = stored
    stated = {series: list(found.values()) for series, found in best.items()}
    # A rise announced stays in its series' history though its article now says otherwise (a
    # story updated in place: "3,811 detained" became "5,800 detained").
    for alert in store.list_alerts():
        series = (alert.metric, alert.subject)
        if alert.kind in ("first", "new_high") and series in stated:
            if not any(s.article_id == alert.article_id and s.claim.value == alert.value for s in stated[series]):
                stated[series].append(_announced(alert))
    return {series: (sorted(found, key=_in_order), echoed.get(series, [])) for series, found in stated.items()}


def _announced(alert: Alert) -> StoredClaim:
    """A rise announced before, as a statement of its series."""
    claim = Claim(metric=alert.metric, value=alert.value, subject=alert.subject, text=alert.text)  # type: ignore[arg-type]
    return StoredClaim(
        claim=claim, article_id=alert.article_id, url=alert.url, title=alert.title, source=alert.source,
        published=alert.published, duplicate=False, cluster_id=alert.article_id,
    )  # fmt: skip


def _in_order(statement: StoredClaim) -> tuple:
    """Publication order (see the module docstring); a tie by ascending value."""
    return publication_time(statement.published), statement.claim.value, statement.article_id


def _steps(
    stated: list[StoredClaim], echoed: list[StoredClaim], min_sources: int
) -> list[tuple[StoredClaim, AlertKind]]:
    """The steps of a series: its first figure and each rise, in publication order; the
    lower figures that revise it or conflict with it; with `min_sources` above 1, only
    rises that many outlets state (a figure or more; a repost counts for its outlet)."""
    steps: list[tuple[StoredClaim, AlertKind]] = []
    high: StoredClaim | None = None
    for statement in stated:
        value = statement.claim.value
        assert value is not None
        if high is None or value > high.claim.value:  # type: ignore[operator]
            if min_sources > 1 and _outlets_stating([*stated, *echoed], value) < min_sources:
                continue  # held until corroborated: the article that brings it there raises it
            steps.append((statement, "first" if high is None else "new_high"))
            high = statement
        elif _revises(statement, high):
            steps.append((statement, "revision"))
        elif _conflicts(statement, high):
            steps.append((statement, "conflict"))
    return steps


def _outlets_stating(stated: list[StoredClaim], value: int) -> int:
    return len({outlet_of(s.source, s.url) for s in stated if s.claim.value >= value})  # type: ignore[operator]


def _revises(statement: StoredClaim, high: StoredClaim) -> bool:
    """An official source lowers the figure, saying it corrects it, after the high was stated."""
    claim = statement.claim
    return (
        claim.quoted_source is not None
        and claim.qualifier in _STATED
        and publication_time(statement.published) > publication_time(high.published)
        and _revision_words(statement.language).search(claim.text) is not None
    )


def _conflicts(statement: StoredClaim, high: StoredClaim) -> bool:
    """Another outlet, later the same day, states a figure well below the high (by more than
    CONFLICT_GAP) and not so far below that it is rather a part of it (CONFLICT_PART)."""
    value, top = statement.claim.value, high.claim.value
    assert value is not None and top is not None
    day = publication_day(statement.published)
    return (
        day is not None
        and day == publication_day(high.published)
        and statement.claim.qualifier in _STATED
        and CONFLICT_PART * top <= value < (1 - CONFLICT_GAP) * top
        and publication_time(statement.published) >= publication_time(high.published)
        and outlet_of(statement.source, statement.url) != outlet_of(high.source, high.url)
    )


@functools.cache
def _revision_words(language: str | None) -> re.Pattern[str]:
    words = figure_vocabulary(language).revisions if language in figure_languages() else []
    return re.compile(r"\b(?:" + "|".join(words) + r")\b" if words else r"(?!)", re.IGNORECASE)


def counts_toward_series(claim: Claim) -> bool:
    """A claim that can move its series: at country scope, with a value, not an upper bound."""
    return claim.value is not None and claim.scope == "country" and claim.qualifier not in _NOT_REACHED
