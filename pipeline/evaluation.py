"""How well the figures stage reads: precision and recall of its claims against gold.

A gold file is hand-written JSON: documents (a `path` relative to the file, or the `text`
itself, and its `language`), each with

    claims      every figure a careful reader lists: a `quote` from its sentence, `metric`
                and `value` (null for a vague amount), and, when given, the `qualifier`,
                `subject`, `location` and `quoted_source` it must carry
    optional    figures that are fine to find and fine to miss
    not_claims  numbers that must never come out as a claim, and why

`evaluate(gold_path)` runs `extract_claims` over every document and scores it per metric;
`newsmon eval` prints the report. The seeds' gold lives in a source checkout
(tests/gold/seed_claims.json), which is the default there; an installed newsmon has no
checkout, so it needs a gold path.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from .figures import SUBJECTS, extract_claims
from .models import Claim, Metric, Qualifier

__all__ = ["DEFAULT_GOLD", "EvalReport", "GoldError", "MetricScore", "evaluate", "load_gold"]

# The seeds' gold, where a source checkout has it: the default when it is there.
DEFAULT_GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold" / "seed_claims.json"

METRICS: tuple[str, ...] = get_args(Metric)
_CHECKED_ATTRIBUTES = ("qualifier", "subject", "location", "quoted_source")


class GoldError(ValueError):
    """A gold file that is missing or cannot be read, or whose entries do not fit its documents."""


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldClaim:
    """One figure a careful reader lists. `quote` is a piece of the claim's sentence."""

    quote: str
    metric: str
    value: int | None
    expected: tuple[tuple[str, Any], ...] = ()  # attributes to check: qualifier, subject, ...

    def matches(self, claim: Claim) -> bool:
        return self.quote in claim.text and claim.metric == self.metric and claim.value == self.value

    def __str__(self) -> str:
        return f"{self.metric} {self.value if self.value is not None else 'vague'} «{self.quote}»"


@dataclass(frozen=True, slots=True, kw_only=True)
class NotAClaim:
    quote: str
    value: int
    why: str

    def matches(self, claim: Claim) -> bool:
        return self.quote in claim.text and claim.value == self.value


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldDocument:
    name: str
    text: str
    language: str | None
    claims: tuple[GoldClaim, ...]
    optional: tuple[GoldClaim, ...]  # fine to find, fine to miss
    not_claims: tuple[NotAClaim, ...]


def load_gold(path: Path | str) -> list[GoldDocument]:
    """Read a gold file: {"documents": [{"path" or "text", "language", "claims", ...}]}.

    A document's `path` is relative to the gold file. Raises GoldError naming the file.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        documents = [_gold_document(path, i, d) for i, d in enumerate(data["documents"])]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GoldError(f"{path}: {exc}") from None
    return documents


def _gold_document(gold_path: Path, index: int, data: Mapping[str, Any]) -> GoldDocument:
    if "path" in data:
        text = (gold_path.parent / data["path"]).read_text(encoding="utf-8")
        name = data["path"]
    else:
        text, name = data["text"], data.get("name", f"document {index + 1}")

    def claim(entry: Mapping[str, Any]) -> GoldClaim:
        for key, known in (("metric", METRICS), ("subject", (*SUBJECTS, None)), ("qualifier", get_args(Qualifier))):
            if key in entry and entry[key] not in known:
                raise ValueError(f"{name}: unknown {key} {entry[key]!r}")
        if entry["quote"] not in text:
            raise ValueError(f"{name}: quote not in the document: {entry['quote']!r}")
        expected = tuple((k, entry[k]) for k in _CHECKED_ATTRIBUTES if k in entry)
        return GoldClaim(quote=entry["quote"], metric=entry["metric"], value=entry["value"], expected=expected)

    def not_claim(entry: Mapping[str, Any]) -> NotAClaim:
        if entry["quote"] not in text:
            raise ValueError(f"{name}: quote not in the document: {entry['quote']!r}")
        return NotAClaim(quote=entry["quote"], value=entry["value"], why=entry.get("why", ""))

    return GoldDocument(
        name=name,
        text=text,
        language=data.get("language"),
        claims=tuple(claim(e) for e in data.get("claims", ())),
        optional=tuple(claim(e) for e in data.get("optional", ())),
        not_claims=tuple(not_claim(e) for e in data.get("not_claims", ())),
    )


@dataclass(slots=True)
class MetricScore:
    gold: int = 0  # gold claims
    found: int = 0  # gold claims extracted
    extracted: int = 0  # claims extracted, optional gold aside
    correct: int = 0  # extracted claims that are gold claims

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.extracted if self.extracted else None


@dataclass(slots=True)
class EvalReport:
    """Precision and recall of `extract_claims` against one gold file, per metric."""

    gold_path: str
    documents: int = 0
    scores: dict[str, MetricScore] = field(default_factory=lambda: {m: MetricScore() for m in METRICS})
    missed: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)  # claims from the not-a-claim list
    mismatches: list[str] = field(default_factory=list)  # found, but a wrong qualifier, subject, ...

    @property
    def total(self) -> MetricScore:
        total = MetricScore()
        for s in self.scores.values():
            total.gold += s.gold
            total.found += s.found
            total.extracted += s.extracted
            total.correct += s.correct
        return total

    @property
    def recall(self) -> float | None:
        return self.total.recall

    @property
    def precision(self) -> float | None:
        return self.total.precision

    def __str__(self) -> str:
        def ratio(x: float | None) -> str:
            return f"{x:.3f}" if x is not None else "    -"

        lines = [
            f"claims against {self.gold_path} ({self.documents} documents)",
            f"{'metric':<16}{'gold':>6}{'found':>7}{'recall':>8}{'extracted':>11}{'correct':>9}{'precision':>11}",
        ]
        for name, s in [*self.scores.items(), ("all", self.total)]:
            lines.append(
                f"{name:<16}{s.gold:>6}{s.found:>7}{ratio(s.recall):>8}{s.extracted:>11}{s.correct:>9}"
                f"{ratio(s.precision):>11}"
            )
        for title, items in (
            ("missed", self.missed),
            ("false positives", self.false_positives),
            ("not-a-claim hits", self.forbidden),
            ("wrong attributes", self.mismatches),
        ):
            lines.append(f"{title}: {len(items)}")
            lines.extend(f"  {item}" for item in items)
        return "\n".join(lines)


def evaluate(gold_path: Path | str | None = None) -> EvalReport:
    """Run `extract_claims` over every document of a gold file and score it.

    Without a path, the seeds' gold of a source checkout; GoldError when there is none.
    """
    path = Path(gold_path) if gold_path is not None else _default_gold()
    report = EvalReport(gold_path=str(path))
    for document in load_gold(path):
        report.documents += 1
        _score_document(document, extract_claims(document.text, language=document.language), report)
    return report


def _default_gold() -> Path:
    if not DEFAULT_GOLD.is_file():
        raise GoldError(
            f"{DEFAULT_GOLD}: no gold file here (the seeds' gold comes only with a source checkout);"
            " give the path of a gold file (newsmon eval GOLD)"
        )
    return DEFAULT_GOLD


def _score_document(document: GoldDocument, claims: Sequence[Claim], report: EvalReport) -> None:
    for gold in document.claims:
        score = report.scores[gold.metric]
        score.gold += 1
        matching = [c for c in claims if gold.matches(c)]
        if not matching:
            report.missed.append(f"{document.name}: {gold}")
            continue
        score.found += 1
        if not any(all(getattr(c, k) == v for k, v in gold.expected) for c in matching):
            got = {k: getattr(matching[0], k) for k, _ in gold.expected}
            report.mismatches.append(f"{document.name}: {gold}: expected {dict(gold.expected)}, got {got}")
    for claim in claims:
        if any(g.matches(claim) for g in document.optional) and not any(g.matches(claim) for g in document.claims):
            continue
        score = report.scores[claim.metric]
        score.extracted += 1
        if any(g.matches(claim) for g in document.claims):
            score.correct += 1
            continue
        shown = f"{document.name}: {claim.metric} {claim.value} ({claim.words}) «{claim.text[:120]}»"
        report.false_positives.append(shown)
        report.forbidden.extend(
            f"{document.name}: {bad.why or 'not a claim'}: {shown}"
            for bad in document.not_claims
            if bad.matches(claim)
        )
