"""Write the active case's relevance model (pipeline/case/kazakhstan_relevance_model.tsv.gz,
as kazakhstan.toml's `relevance_model` names it): the topics stage's second reader, trained
on every labelled story of tests/gold (relevance*.json), each read as the pipeline reads it
(language detected from its title and text).

    python scripts/train_relevance_model.py            # train on all, write the model
    python scripts/train_relevance_model.py --folds 5  # and first say how it does on stories
                                                       # it has not seen

With --folds, the gold files are dealt into that many folds; each fold's stories are
scored by a model trained on the other folds' files (whole files held out, as a new gold set
is), and precision, recall and F1 are printed for the rules alone, the model alone and the
two together as the pipeline takes them (relevant when the rules say so, or the model at
NEWSMON_RELEVANCE_MODEL_THRESHOLD). Needs numpy and scipy (datasketch brings both).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.evaluation import GOLD_DIR, is_relevance_gold, labelled_stories
from pipeline.settings import Settings
from pipeline.stages.language import detect_language_and_script
from pipeline.case import active_case
from pipeline.stages.relevance_model import LabelledStory, train
from pipeline.stages.topics import score_topics


def read_gold(paths: list[Path]) -> list[tuple[str, LabelledStory]]:
    stories = []
    for path in paths:
        for entry in labelled_stories(path):
            title = entry.get("title") or ""
            language, _ = detect_language_and_script(f"{title}\n{entry['text']}".strip())
            published = (entry.get("source") or {}).get("published") or None
            stories.append((path.name, LabelledStory(title, entry["text"], language, published, bool(entry["relevant"]))))
    return stories


def cross_validate(stories: list[tuple[str, LabelledStory]], folds: int, settings: Settings) -> None:
    files = sorted({name for name, _ in stories})
    fold_of = {name: i % folds for i, name in enumerate(files)}
    probability: dict[int, float] = {}
    for k in range(folds):
        model = train([s for name, s in stories if fold_of[name] != k])
        for i, (name, s) in enumerate(stories):
            if fold_of[name] == k:
                probability[i] = model.probability(s.title, s.text, s.language, s.published)
    threshold = settings.relevance_model_threshold
    rules = [
        score_topics(
            s.title, s.text, s.language, threshold=settings.topic_threshold, published=s.published,
            case_start=settings.case_start, peak_days=settings.case_peak_days,
        ).relevant
        for _, s in stories
    ]  # fmt: skip
    model_says = [threshold is not None and probability[i] >= threshold for i in range(len(stories))]
    gold = [s.relevant for _, s in stories]
    for label, verdicts in (("rules", rules), ("model", model_says), ("either", [a or b for a, b in zip(rules, model_says)])):
        tp = sum(v and g for v, g in zip(verdicts, gold))
        p = tp / max(1, sum(verdicts))
        r = tp / max(1, sum(gold))
        print(f"{label:<7} precision {p:.3f}  recall {r:.3f}  F1 {2 * p * r / max(1e-9, p + r):.3f}  ({len(stories)} stories, {folds} folds)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=0, help="first score held-out folds of gold files")
    parser.add_argument("--out", type=Path, default=active_case().relevance_model, help="default: the case's own")
    args = parser.parse_args(argv)
    if args.out is None:
        parser.error(f"the case {active_case().name!r} names no relevance_model: give --out")
    paths = sorted(p for p in GOLD_DIR.glob("relevance*.json") if is_relevance_gold(p))
    stories = read_gold(paths)
    settings = Settings.from_env()
    if args.folds > 1:
        cross_validate(stories, args.folds, settings)
    model = train([s for _, s in stories], trained_on=[p.name for p in paths])
    model.write(args.out)
    print(f"{args.out}: {len(model.weights)} pieces, from {len(stories)} stories in {len(paths)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
