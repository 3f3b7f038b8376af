"""How well the figures stage reads: precision and recall of its claims against gold.

A gold file is hand-written JSON (tests/gold/README.md has the format and the labels):
documents (a `path` relative to the file, or the `text` itself, its `language` and
`script`), each with

    claims      every figure a careful reader lists: a `quote` from its sentence, `metric`
                and `value` (null for a vague amount), and, when given, the `qualifier`,
                `subject`, `location` and `quoted_source` it must carry, and the
                construction `family` and `number` form it is written in
    optional    figures that are fine to find and fine to miss
    not_claims  numbers that must never come out as a claim, and why

`evaluate(*gold_paths)` runs `extract_claims` over every document and scores it per metric,
per language (Kazakh per script: kk, kk-Latn, kk-Arab), per construction family and per
number form; `newsmon eval` prints the report. In a source checkout the default gold is the
real-text sets (tests/gold/real_*.json: sentences of real reports, labelled by reading); an
installed newsmon has no checkout, so it needs gold paths.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from pipeline.errors import NewsmonError
from pipeline.models import Claim, Metric, Qualifier, publication_day
from pipeline.settings import Settings
from pipeline.stages.figures import SUBJECTS, extract_claims

__all__ = [
    "GOLD_DIR", "EvalReport", "GoldError", "MetricScore", "RelevanceReport", "RelevanceScore", "default_gold",
    "evaluate", "evaluate_relevance", "is_relevance_gold", "labelled_stories", "load_gold", "story_as_read",
]  # fmt: skip

# Where a source checkout keeps its gold; the real-text sets there are the default.
GOLD_DIR = Path(__file__).resolve().parents[1] / "tests" / "gold"
# The relevance gold a checkout carries: short passages, and stories as a feed shows them.
RELEVANCE_GOLD = [GOLD_DIR / "relevance.json", GOLD_DIR / "relevance_stories.json"]
FAMILIES = ("count_verb", "metric_phrase", "change", "breakdown")
NUMBER_FORMS = ("digits", "words", "suffixed", "vague")

METRICS: tuple[str, ...] = get_args(Metric)
_CHECKED_ATTRIBUTES = ("qualifier", "subject", "location", "quoted_source")


class GoldError(NewsmonError, ValueError):
    """A gold file that is missing or cannot be read, or whose entries do not fit its documents."""


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldClaim:
    """One figure a careful reader lists. `quote` is a piece of the claim's sentence."""

    quote: str
    metric: str
    value: int | None
    expected: tuple[tuple[str, Any], ...] = ()  # attributes to check: qualifier, subject, ...
    family: str | None = None  # the construction: count_verb, metric_phrase, change, breakdown
    number: str | None = None  # how the figure is written: digits, words, suffixed, vague

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
    script: str | None
    published: str | None  # the source page's date, as far as it is known
    # the page the passage was taken from (its address, and its name without "#2"), which other
    # passages of the same page share: `evaluate(pages=True)` reads them together
    page: str | None
    # False: a figure-reading test on another event (an accident, the pandemic), scored
    # whatever its date; Latin- and Arabic-script Kazakh reports of the unrest are scarce
    about_unrest: bool
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


# "Kazinform 2023-06-22 #2": the second passage taken from a page
_PASSAGE_NUMBER = re.compile(r" #\d+$")


def _gold_document(gold_path: Path, index: int, data: Mapping[str, Any]) -> GoldDocument:
    if "path" in data:
        text = (gold_path.parent / data["path"]).read_text(encoding="utf-8")
        name = data["path"]
    else:
        text, name = data["text"], data.get("name", f"document {index + 1}")

    def claim(entry: Mapping[str, Any]) -> GoldClaim:
        for key, known in (
            ("metric", METRICS), ("subject", (*SUBJECTS, None)), ("qualifier", get_args(Qualifier)),
            ("family", FAMILIES), ("number", NUMBER_FORMS),
        ):  # fmt: skip
            if key in entry and entry[key] not in known:
                raise ValueError(f"{name}: unknown {key} {entry[key]!r}")
        if entry["quote"] not in text:
            raise ValueError(f"{name}: quote not in the document: {entry['quote']!r}")
        expected = tuple((k, entry[k]) for k in _CHECKED_ATTRIBUTES if k in entry)
        return GoldClaim(
            quote=entry["quote"], metric=entry["metric"], value=entry["value"], expected=expected,
            family=entry.get("family"), number=entry.get("number"),
        )  # fmt: skip

    def not_claim(entry: Mapping[str, Any]) -> NotAClaim:
        if entry["quote"] not in text:
            raise ValueError(f"{name}: quote not in the document: {entry['quote']!r}")
        return NotAClaim(quote=entry["quote"], value=entry["value"], why=entry.get("why", ""))

    numbered = _PASSAGE_NUMBER.search(name)
    url = (data.get("source") or {}).get("url")
    return GoldDocument(
        name=name,
        text=text,
        page=f"{url} {name[: numbered.start()]}" if numbered else None,
        language=data.get("language"),
        script=data.get("script"),
        published=(data.get("source") or {}).get("published") or None,
        about_unrest=data.get("about_unrest", True) is not False,
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
    """Precision and recall of `extract_claims` against gold, per metric, language, family and number form."""

    gold_paths: list[str]
    pages: bool = False  # passages read after those before them from the same page
    documents: int = 0
    scores: dict[str, MetricScore] = field(default_factory=lambda: {m: MetricScore() for m in METRICS})
    by_language: dict[str, MetricScore] = field(default_factory=dict)
    by_family: dict[str, MetricScore] = field(default_factory=dict)  # recall only: a false positive has no family
    by_number: dict[str, MetricScore] = field(default_factory=dict)  # recall only
    # the unrest's own reports apart from the other events read to test figures (`about_unrest`)
    by_event: dict[str, MetricScore] = field(default_factory=dict)
    # the unrest's reports per language, apart from the other events': the bar is per language on these
    unrest_by_language: dict[str, MetricScore] = field(default_factory=dict)
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
        def table(title: str, rows: Iterable[tuple[str, MetricScore]], *, precision: bool = True) -> list[str]:
            head = f"{title:<16}{'gold':>6}{'found':>7}{'recall':>8}"
            lines = [head + (f"{'extracted':>11}{'correct':>9}{'precision':>11}" if precision else "")]
            for name, s in rows:
                line = f"{name:<16}{s.gold:>6}{s.found:>7}{_ratio(s.recall):>8}"
                if precision:
                    line += f"{s.extracted:>11}{s.correct:>9}{_ratio(s.precision):>11}"
                lines.append(line)
            return lines

        read = ", each passage after those before it from its page" if self.pages else ""
        lines = [f"claims against {', '.join(self.gold_paths)} ({self.documents} documents{read})"]
        lines += table("metric", [*self.scores.items(), ("all", self.total)])
        lines += [""] + table("language", sorted(self.by_language.items()))
        if len(self.by_event) > 1:
            lines += [""] + table("event", sorted(self.by_event.items(), reverse=True))
            lines += [""] + table("language, unrest", sorted(self.unrest_by_language.items()))
        if self.by_family:
            lines += [""] + table("family", sorted(self.by_family.items()), precision=False)
        if self.by_number:
            lines += [""] + table("number", sorted(self.by_number.items()), precision=False)
        for title, items in (
            ("missed", self.missed),
            ("false positives", self.false_positives),
            ("not-a-claim hits", self.forbidden),
            ("wrong attributes", self.mismatches),
        ):
            lines.append(f"{title}: {len(items)}")
            lines.extend(f"  {item}" for item in items)
        return "\n".join(lines)


def _ratio(x: float | None) -> str:
    return f"{x:.3f}" if x is not None else "    -"


def evaluate(*gold_paths: Path | str, case_start: str | None = None, pages: bool = False) -> EvalReport:
    """Run `extract_claims` over every document of the gold files and score it.

    Without paths, the real-text gold of a source checkout (`default_gold`). As in the
    pipeline, a page published before `case_start` (default: NEWSMON_CASE_START) is no
    story of the case and gives no claims: its figures are of earlier events (Zhanaozen
    2011, Kordai 2020).

    `pages`: read each passage after the passages before it from the same page, as the
    pipeline reads a whole article (a passage that names no place goes on where the page
    is set), and score the claims of its own sentences. Each passage alone is the default.
    """
    case_start = case_start or Settings.from_env().case_start
    paths = [Path(p) for p in gold_paths] or default_gold()
    report = EvalReport(gold_paths=[str(p) for p in paths], pages=pages)
    for path in paths:
        read_before: dict[str, list[str]] = {}  # per page, its passages read so far
        for document in load_gold(path):
            report.documents += 1
            day = publication_day(document.published)
            before_the_case = day is not None and day.isoformat() < case_start
            earlier = read_before.setdefault(document.page, []) if pages and document.page else []
            if document.about_unrest and before_the_case:
                claims: list[Claim] = []
            else:
                since = int(case_start[:4]) if document.about_unrest else None
                text = "\n\n".join([*earlier, document.text])
                own = len(text) - len(document.text)
                claims = extract_claims(text, language=document.language, script=document.script, since=since)
                claims = [c for c in claims if c.start >= own]
            earlier.append(document.text)
            _score_document(document, claims, report)
    return report


def default_gold() -> list[Path]:
    """The real-text gold sets of a source checkout; GoldError where there are none."""
    paths = sorted(GOLD_DIR.glob("real_*.json"))
    if not paths:
        raise GoldError(
            f"{GOLD_DIR}: no gold files here (gold comes only with a source checkout);"
            " give the path of a gold file (newsmon eval GOLD...)"
        )
    return paths


def _language_key(language: str | None, script: str | None) -> str:
    """A gold row's language: Kazakh per script (kk, kk-Latn, kk-Arab), the others as they are."""
    language = language or "?"
    return f"{language}-{script}" if language == "kk" and script not in (None, "Cyrl") else language


def _score_document(document: GoldDocument, claims: Sequence[Claim], report: EvalReport) -> None:
    language = _language_key(document.language, document.script)
    by_language = report.by_language.setdefault(language, MetricScore())
    by_event = report.by_event.setdefault("the unrest" if document.about_unrest else "other events", MetricScore())
    overall = [by_language, by_event]
    if document.about_unrest:
        overall.append(report.unrest_by_language.setdefault(language, MetricScore()))
    for gold in document.claims:
        tallies = [report.scores[gold.metric], *overall]
        tallies += [report.by_family.setdefault(gold.family, MetricScore())] if gold.family else []
        tallies += [report.by_number.setdefault(gold.number, MetricScore())] if gold.number else []
        matching = [c for c in claims if gold.matches(c)]
        for score in tallies:
            score.gold += 1
            score.found += bool(matching)
        if not matching:
            report.missed.append(f"{document.name}: {gold}")
            continue
        if not any(all(getattr(c, k) == v for k, v in gold.expected) for c in matching):
            got = {k: getattr(matching[0], k) for k, _ in gold.expected}
            report.mismatches.append(f"{document.name}: {gold}: expected {dict(gold.expected)}, got {got}")
    for claim in claims:
        if any(g.matches(claim) for g in document.optional) and not any(g.matches(claim) for g in document.claims):
            continue
        correct = any(g.matches(claim) for g in document.claims)
        for score in (report.scores[claim.metric], *overall):
            score.extracted += 1
            score.correct += correct
        if correct:
            continue
        shown = f"{document.name}: {claim.metric} {claim.value} ({claim.words}) «{claim.text[:120]}»"
        report.false_positives.append(shown)
        report.forbidden.extend(
            f"{document.name}: {bad.why or 'not a claim'}: {shown}"
            for bad in document.not_claims
            if bad.matches(claim)
        )


# --------------------------------------------------------------------------- relevance


@dataclass(slots=True)
class RelevanceScore:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    true_negatives: int = 0
    language_right: int = 0  # the language (and, for Kazakh, the script) detected as labelled
    documents: int = 0

    @property
    def precision(self) -> float | None:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else None

    @property
    def recall(self) -> float | None:
        relevant = self.true_positives + self.false_negatives
        return self.true_positives / relevant if relevant else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else None

    @property
    def language_accuracy(self) -> float | None:
        return self.language_right / self.documents if self.documents else None

    def add(self, other: RelevanceScore) -> None:
        for name in ("true_positives", "false_positives", "false_negatives", "true_negatives", "language_right", "documents"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(slots=True)
class RelevanceReport:
    """How well the language and topics stages tell a story of the case, per labelled language."""

    gold_paths: list[str]
    by_language: dict[str, RelevanceScore] = field(default_factory=dict)
    wrong: list[str] = field(default_factory=list)
    # the stories of files the relevance model was not trained on (None: the rules alone)
    unseen_by_model: RelevanceScore | None = None

    @property
    def total(self) -> RelevanceScore:
        total = RelevanceScore()
        for score in self.by_language.values():
            total.add(score)
        return total

    def __str__(self) -> str:
        lines = [
            f"relevance and language against {', '.join(self.gold_paths)} ({self.total.documents} documents)",
            f"{'language':<10}{'docs':>6}{'relevant':>10}{'found':>7}{'wrong':>7}{'precision':>11}{'recall':>8}"
            f"{'F1':>7}{'language id':>13}",
        ]
        unseen = [("unseen", self.unseen_by_model)] if self.unseen_by_model and self.unseen_by_model.documents else []
        for name, s in [*sorted(self.by_language.items()), ("all", self.total), *unseen]:
            lines.append(
                f"{name:<10}{s.documents:>6}{s.true_positives + s.false_negatives:>10}"
                f"{s.true_positives + s.false_positives:>7}{s.false_positives:>7}{_ratio(s.precision):>11}"
                f"{_ratio(s.recall):>8}{_ratio(s.f1):>7}{_ratio(s.language_accuracy):>13}"
            )
        if unseen:
            lines.append(
                "unseen: the stories of files the relevance model was not trained on, by name (on the others it"
                " is no measure: it has read them; scripts/train_relevance_model.py --folds scores it on files held out)"
            )
        lines.append(f"wrong: {len(self.wrong)}")
        lines.extend(f"  {item}" for item in self.wrong)
        return "\n".join(lines)


def is_relevance_gold(path: Path | str) -> bool:
    """A gold file of labelled stories (`relevant` per document) rather than of figures."""
    documents = labelled_stories(Path(path))
    return bool(documents) and all("relevant" in d for d in documents)


def labelled_stories(path: Path) -> list[dict[str, Any]]:
    """A gold file's entries: `documents` (passages) or `stories` (a title and its lede)."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
        return gold["stories"] if "stories" in gold else gold["documents"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GoldError(f"{path}: {exc}") from None


def story_as_read(entry: dict[str, Any]) -> tuple[str, str | None, str | None, str | None]:
    """A labelled story as the pipeline reads it: its title, the language and script detected
    from its title and text, and its publication date."""
    from pipeline.stages.language import detect_language_and_script

    title = entry.get("title") or ""
    language, script = detect_language_and_script(f"{title}\n{entry['text']}".strip())
    return title, language, script, (entry.get("source") or {}).get("published") or None


def evaluate_relevance(*gold_paths: Path | str, case_start: str | None = None) -> RelevanceReport:
    """Detect each story's language and score its topics as the pipeline does, from its
    title and text (passages have no title), against the labels."""
    from pipeline.stages.relevance_model import load_model
    from pipeline.stages.topics import score_topics

    settings = Settings.from_env()
    paths = [Path(p) for p in gold_paths] or RELEVANCE_GOLD
    report = RelevanceReport(gold_paths=[str(p) for p in paths])
    trained_on: set[str] = set()
    if settings.relevance_model_threshold is not None and (model := load_model()):
        trained_on = set(model.trained_on)
        report.unseen_by_model = RelevanceScore()
    for path in paths:
        unseen = report.unseen_by_model if path.name not in trained_on else None
        for document in labelled_stories(path):
            title, language, script, published = story_as_read(document)
            labelled = document["language"]
            score = RelevanceScore(documents=1)
            score.language_right += language == labelled and (labelled != "kk" or script == document.get("script"))
            found = score_topics(
                title, document["text"], language, script=script, threshold=settings.topic_threshold,
                published=published, case_start=case_start or settings.case_start, peak_days=settings.case_peak_days,
                model_threshold=settings.relevance_model_threshold,
            ).relevant  # fmt: skip
            if found and document["relevant"]:
                score.true_positives += 1
            elif found:
                score.false_positives += 1
                report.wrong.append(f"not relevant, found: {document.get('name')}")
            elif document["relevant"]:
                score.false_negatives += 1
                report.wrong.append(f"relevant, missed: {document.get('name')} ({language}, {script})")
            else:
                score.true_negatives += 1
            report.by_language.setdefault(_language_key(labelled, document.get("script")), RelevanceScore()).add(score)
            if unseen:
                unseen.add(score)
    return report
