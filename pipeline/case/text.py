"""Reading news text, whatever the case: where a sentence ends, whole-word patterns, and the
words of a story about the pandemic instead (which counts deaths and declares emergencies
of its own)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pipeline.case import Terms

__all__ = ["PANDEMIC", "sentence_spans", "whole_words"]

# A story or sentence on the pandemic counts deaths and declares emergencies of its own.
PANDEMIC = Terms(
    latin=(r"covid\w*", r"coronavirus\w*", r"pandemic\w*", r"omicron", r"infections?", r"vaccin\w*"),
    cyrillic=(
        r"коронавирус\w*", r"ковид\w*", r"пандеми\w*", r"(?-i:КВИ)", r"омикрон\w*", r"заражени\w*",
        r"заболевш\w*", r"вакцин\w*", r"індет\w*", r"жұқтыр\w*",
    ),
)  # fmt: skip


def whole_words(patterns: Sequence[str]) -> re.Pattern[str]:
    """One case-insensitive regex that finds any of `patterns` as whole words."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(patterns)})(?!\w)", re.IGNORECASE)


# --------------------------------------------------------------------------- sentences

# What may open a sentence: a capital, or a letter of a script without capitals (Arabic, Georgian)
_UPPER = "A-ZÀ-ÖØ-ÞŞĞİŒŠŽǴŃŪĪƏА-ЯЁӘҒҚҢӨҰҮҺІЎЄЇҐ\u0600-\u06ff\u10d0-\u10ff"
_BOUNDARY = re.compile(rf"(?P<end>[.!?…]+[\"'”»’)]*)(?=\s+[\"'“«‘(]*[{_UPPER}0-9])|\n")
_LAST_WORD = re.compile(r"\w+$")
_ABBREVIATIONS = frozenset(["mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "jr", "no", "vs",
                            "ул", "им", "г", "гг", "ж", "обл", "проф"])  # fmt: skip


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of `text`, whitespace trimmed. Lines never join.

    A sentence ends at . ! ? or … before a capital letter or a digit, not after an
    initial or an abbreviation ("U.S.", "г. Алматы", "Mr. Tokayev").
    """
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group("end"):
            word = _LAST_WORD.search(text, max(0, m.start() - 20), m.start())
            if word and (len(word.group()) == 1 and word.group().isalpha() or word.group().lower() in _ABBREVIATIONS):
                continue
            end = m.end("end")
        else:
            end = m.start()
        yield from _trimmed(text, start, end)
        start = m.end()
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
