"""The topics stage's second reader: how likely a story is about the case, by a logistic
regression over character n-grams, for the stories whose words the rules do not know (a
"social upheaval" hitting bitcoin miners, Almaty's new akim named "after the events").

A story is read as its title and opening (`TITLE_CHARS`, `MODEL_CHARS`), lower-cased, each
word padded with a space and cut into its 2- to 5-character pieces; each piece weighs
log(1 + count) x idf, the whole scaled to unit length (as scikit-learn's TfidfVectorizer with
sublinear tf does). The words alone: a story's publication month, which the labelled stories
would teach (nine in ten of January 2022's are the case's), made any short story of those weeks
the case's ("Kairat won 2-1"), and its dates are the rules' to judge. A story with fewer than
`FEWEST_PIECES` pieces the model knows is too short for it to read, and stays the rules'.

The weights are the case's data, apart from this engine: the file its `relevance_model`
names (`pipeline/case/kazakhstan_relevance_model.tsv.gz`), one feature a line (piece, idf,
weight) under a header naming the gold files it was trained on, written by
`scripts/train_relevance_model.py` from the labelled stories of `tests/gold/`. A case that
names none has the rules alone. Reading is pure Python; training needs numpy and scipy
(L-BFGS on the regularised loss).
"""

from __future__ import annotations

import gzip
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.case import active_case

log = logging.getLogger(__name__)

__all__ = ["RelevanceModel", "LabelledStory", "load_model", "model_text", "train"]

TITLE_CHARS, MODEL_CHARS = 300, 600  # of the title and of the text: a headline and a lede, as labelled
FEWEST_PIECES = 100  # known pieces a story needs for the model to read it (about six words)
SHORTEST, LONGEST = 2, 5  # the pieces' lengths
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class LabelledStory:
    title: str
    text: str
    relevant: bool


def model_text(title: str, text: str) -> str:
    """What the model reads of a story: its title and the opening of its text."""
    return f"{title[:TITLE_CHARS]}\n{text[:MODEL_CHARS]}".strip()


def features(title: str, text: str) -> Counter[str]:
    """A story's pieces, with their counts."""
    pieces: list[str] = []
    for word in _WORD.findall(model_text(title, text).lower()):
        padded = f" {word} "
        for n in range(SHORTEST, min(LONGEST, len(padded)) + 1):
            pieces += [padded[i : i + n] for i in range(len(padded) - n + 1)]
    return Counter(pieces)  # counted in one pass in C


@dataclass(frozen=True, slots=True)
class RelevanceModel:
    weights: dict[str, tuple[float, float]]  # piece -> (idf, weight)
    intercept: float
    trained_on: tuple[str, ...]  # the gold files' names

    def probability(self, title: str, text: str) -> float | None:
        """How likely the story is about the case, 0 to 1; None for one too short to read."""
        dot = norm = 0.0
        known = 0
        for piece, count in features(title, text).items():
            if found := self.weights.get(piece):
                value = math.log1p(count) * found[0]
                dot += value * found[1]
                norm += value * value
                known += count
        if known < FEWEST_PIECES:
            return None
        return 1.0 / (1.0 + math.exp(-(self.intercept + dot / math.sqrt(norm))))

    def write(self, path: Path) -> None:
        lines = [
            "# newsmon relevance model: piece<TAB>idf<TAB>weight (scripts/train_relevance_model.py)",
            f"# trained_on: {' '.join(self.trained_on)}",
            f"# intercept: {self.intercept!r}",
        ]
        ordered = sorted(self.weights.items(), key=lambda item: (-abs(item[1][1]), item[0]))
        lines += (f"{piece}\t{idf:.6g}\t{weight:.6g}" for piece, (idf, weight) in ordered)
        # no time stamp nor file name in the header: the same training writes the same bytes
        with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
            out.write(("\n".join(lines) + "\n").encode("utf-8"))

    @classmethod
    def read(cls, path: Path) -> RelevanceModel:
        """The model in `path`; ValueError naming the file and line for one that is not a model."""
        weights: dict[str, tuple[float, float]] = {}
        header: dict[str, str] = {}
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                line = line.rstrip("\n")
                if line.startswith("# ") and ": " in line:
                    key, _, value = line[2:].partition(": ")
                    header[key] = value
                elif line and not line.startswith("#"):
                    try:
                        piece, idf, weight = line.split("\t")
                        weights[piece] = (float(idf), float(weight))
                    except ValueError:
                        raise ValueError(f"{path}: line {number} is no piece, idf and weight: {line[:60]!r}") from None
        if "intercept" not in header or not weights:
            raise ValueError(f"{path}: no relevance model (no intercept or no weights)")
        return cls(weights, float(header["intercept"]), tuple(header.get("trained_on", "").split()))


@cache
def load_model() -> RelevanceModel | None:
    """The active case's model, read once per process; None for a case without one, or with
    one that cannot be read (logged once, naming the file: the rules alone then read every
    story, rather than every story failing)."""
    path = active_case().relevance_model
    if path is None:
        return None
    try:
        return RelevanceModel.read(path)
    except (OSError, EOFError, ValueError) as exc:  # a gzip error is an OSError
        log.warning("relevance model %s unreadable, the rules alone judge relevance: %s", path, exc)
        return None


def train(
    stories: Sequence[LabelledStory],
    trained_on: Iterable[str] = (),
    *,
    strength: float = 30.0,
    min_df: int = 2,
    max_features: int = 100_000,
) -> RelevanceModel:
    """A model fitted to `stories`: the `max_features` pieces found in the most stories (in at
    least `min_df`), their weights minimising `strength` x log-loss + |w|^2 / 2."""
    import numpy as np
    from scipy import sparse
    from scipy.optimize import minimize

    counted = [features(s.title, s.text) for s in stories]
    df: Counter[str] = Counter()
    for counts in counted:
        df.update(counts.keys())
    kept = sorted((p for p, n in df.items() if n >= min_df), key=lambda p: (-df[p], p))[:max_features]
    column = {piece: j for j, piece in enumerate(kept)}
    idf = np.array([math.log((1 + len(stories)) / (1 + df[p])) + 1 for p in kept])
    rows, cols, values = [], [], []
    for i, counts in enumerate(counted):
        js = [column[p] for p in counts if p in column]
        v = np.array([math.log1p(counts[p]) for p in counts if p in column]) * idf[js]
        rows += [i] * len(js)
        cols += js
        values += list(v / (np.linalg.norm(v) or 1.0))
    x = sparse.csr_matrix((values, (rows, cols)), shape=(len(stories), len(kept)))
    y = np.array([s.relevant for s in stories], dtype=float)

    def loss(wb: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = wb[:-1], wb[-1]
        z = x @ w + b
        p = 1 / (1 + np.exp(-z))
        value = strength * np.sum(np.logaddexp(0, z) - y * z) + 0.5 * w @ w
        return value, np.r_[strength * (x.T @ (p - y)) + w, strength * np.sum(p - y)]

    fitted = minimize(loss, np.zeros(len(kept) + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x
    weights = {p: (float(idf[j]), float(fitted[j])) for p, j in column.items()}
    return RelevanceModel(weights, float(fitted[-1]), tuple(trained_on))
