"""Claim dates: the day each figure stands for, so an undated article still has a place on a timeline.

A claim takes its article's publication date. An article without one (a pasted text, a feed
entry without a date, a page without metadata) gives its claims the latest full date its
text states, not after the time it was fetched ("ALMATY, January 7, 2022 ...", "7 января
2022 года", "2022 жылғы 7 қаңтарда", "07.01.2022"): a report states figures as of its own
day and looks back, not forward. Failing that, the time it was fetched. `Claim.date_source`
says which of the three it is, so views can tell a stated date from an estimate.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import dateparser

from pipeline.models import Article, publication_day

__all__ = ["date_claims", "implied_date"]

# A day, a month and a year; the month as a number or a word of any language dateparser
# knows. Years from 1900 on: a figure is no older than that.
_YEAR = r"(?:19|20)\d\d"
_WORD = r"[^\W\d_]{3,}"
_CANDIDATES = (
    re.compile(rf"\b(?P<year>{_YEAR})-(?P<month>\d\d)-(?P<day>\d\d)\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})[./](?P<month>\d{{1,2}})[./](?P<year>{_YEAR})\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<word>{_WORD})\.?,?\s+(?P<year>{_YEAR})\b"),
    re.compile(rf"\b(?P<word>{_WORD})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>{_YEAR})\b"),
    # Kazakh, Kyrgyz, Uzbek: "2022 жылғы 7 қаңтар(да)", "2022-yil 7-yanvar"
    re.compile(rf"\b(?P<year>{_YEAR})\W*\s*{_WORD}\s+(?P<day>\d{{1,2}})\W?\s*(?P<word>{_WORD})"),
)
_STRICT = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
# Case endings a month name may carry ("қаңтарда", "январе"): this many letters are tried off.
_MAX_ENDING = 3


def implied_date(text: str, language: str | None, *, not_after: date | None = None) -> date | None:
    """The latest full date `text` states, no later than `not_after`; None when it states none."""
    found: list[date] = []
    for pattern in _CANDIDATES:
        for match in pattern.finditer(text):
            day = _read(match, language)
            if day is not None and (not_after is None or day <= not_after):
                found.append(day)
    return max(found, default=None)


def date_claims(article: Article) -> None:
    """Give each of `article`'s claims its date and where it came from (module docstring)."""
    if not article.figures:
        return
    if publication_day(article.published) is not None:
        when, source = article.published, "published"
    else:
        fetched = publication_day(article.fetched_at)
        stated = implied_date(article.text, article.language, not_after=fetched)
        if stated is not None:
            when, source = stated.isoformat(), "text"
        else:
            when, source = article.fetched_at, "fetched"
    for claim in article.figures:
        claim.date, claim.date_source = when, source if when else None


def _read(match: re.Match[str], language: str | None) -> date | None:
    parts = match.groupdict()
    year, day = int(parts["year"]), int(parts["day"])
    word = parts.get("word")
    if word is None:
        try:
            return date(year, int(parts["month"]), day)
        except ValueError:
            return None
    languages = [language] if language else None
    for cut in range(min(_MAX_ENDING, len(word) - 3) + 1):
        stem = word[: len(word) - cut]
        try:
            moment = dateparser.parse(f"{day} {stem} {year}", languages=languages, settings=_STRICT)
        except Exception:  # dateparser raises assorted errors on odd words; none is a date
            return None
        if isinstance(moment, datetime):
            return moment.date()
    return None
