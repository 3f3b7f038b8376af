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
two together as the pipeline takes them (`score_topics` with the fold's model at
NEWSMON_RELEVANCE_MODEL_THRESHOLD, its default where it is unset). Needs numpy and scipy (datasketch
brings both).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from pipeline.case import active_case
from pipeline.evaluation import GOLD_DIR, is_relevance_gold, labelled_stories, story_as_read
from pipeline.settings import Settings
from pipeline.stages.relevance_model import LabelledStory, train
from pipeline.stages.topics import MODEL_TOPIC, score_topics


@dataclass(frozen=True, slots=True)
class GoldStory:
    file: str
    story: LabelledStory
    language: str | None  # as detected, with the script: as the pipeline reads it
    script: str | None
    published: str | None


def read_gold(paths: list[Path]) -> list[GoldStory]:
    stories = []
    for path in paths:
        for entry in labelled_stories(path):
            title, language, script, published = story_as_read(entry)
            stories.append(GoldStory(path.name, LabelledStory(title, entry["text"], bool(entry["relevant"])), language, script, published))
    return stories


def cross_validate(stories: list[GoldStory], folds: int, settings: Settings) -> None:
    files = sorted({g.file for g in stories})
    fold_of = {name: i % folds for i, name in enumerate(files)}
    threshold = settings.relevance_model_threshold
    if threshold is None:  # unset: the folds still say what the default would do
        threshold = Settings.model_fields["relevance_model_threshold"].default
    verdicts: dict[str, list[bool]] = {"rules": [], "model": [], "either": []}
    gold: list[bool] = []
    for k in range(folds):
        model = train([g.story for g in stories if fold_of[g.file] != k])
        for g in (g for g in stories if fold_of[g.file] == k):
            # as the pipeline takes the two
            found = score_topics(
                g.story.title, g.story.text, g.language, script=g.script, threshold=settings.topic_threshold,
                published=g.published, case_start=settings.case_start, peak_days=settings.case_peak_days,
                model_threshold=threshold, model=model,
            )  # fmt: skip
            probability = model.probability(g.story.title, g.story.text)
            verdicts["rules"].append(found.relevant and MODEL_TOPIC not in found.topics)  # the model's yes is only ever its own
            verdicts["model"].append(probability is not None and probability >= threshold)
            verdicts["either"].append(found.relevant)
            gold.append(g.story.relevant)
    for label, said in verdicts.items():
        tp = sum(v and r for v, r in zip(said, gold))
        p = tp / max(1, sum(said))
        r = tp / max(1, sum(gold))
        print(f"{label:<7} precision {p:.3f}  recall {r:.3f}  F1 {2 * p * r / max(1e-9, p + r):.3f}  ({len(gold)} stories, {folds} folds)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=0, help="first score held-out folds of gold files")
    parser.add_argument("--out", type=Path, default=active_case().relevance_model, help="default: the case's own")
    args = parser.parse_args(argv)
    if args.out is None:
        parser.error(f"the case {active_case().name!r} names no relevance_model: give --out")
    paths = sorted(p for p in GOLD_DIR.glob("relevance*.json") if is_relevance_gold(p))
    stories = read_gold(paths)
    if args.folds > 1:
        cross_validate(stories, args.folds, Settings.from_env())
    model = train([g.story for g in stories], trained_on=[p.name for p in paths])
    model.write(args.out)
    print(f"{args.out}: {len(model.weights)} pieces, from {len(stories)} stories in {len(paths)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
