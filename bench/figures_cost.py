"""What the figures stage costs per relevant article: `figures.extract_claims` on the
relevant stories of the generated corpus (the benchmark's article mix of en/ru/kk and
lengths), and on the texts of the real-text gold, best of several passes.

Run it against another checkout's code to compare (the issue's bar is a cost of at most
2 ms more per relevant article than before):

    .venv/bin/python bench/figures_cost.py                      # this checkout
    PYTHONPATH=/path/to/old/checkout .venv/bin/python bench/figures_cost.py

(`code` in the report says which checkout's stage ran: an old checkout's module path that
this one's editable install shadows would otherwise measure this checkout twice.)

The stage is pure and single-threaded, so one process on one core measures it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import generate_story  # noqa: E402

try:  # the code before the stages had a package of their own (the baseline, 91db9d0)
    from pipeline import figures  # type: ignore[attr-defined]  # noqa: E402
except ImportError:
    from pipeline.stages import figures  # noqa: E402

GOLD = HERE.parent / "tests" / "gold"


def relevant_stories(count: int, seed: int) -> list[tuple[str, str]]:
    """(text, language) of the first `count` relevant stories of the generated corpus."""
    found: list[tuple[str, str]] = []
    index = 0
    while len(found) < count:
        story = generate_story(seed, index)
        if story.relevant:
            found.append((story.text, story.language))
        index += 1
    return found


def gold_texts() -> list[tuple[str, str]]:
    texts = []
    for path in sorted(GOLD.glob("real_*.json")):
        for document in json.loads(path.read_text(encoding="utf-8"))["documents"]:
            if document.get("script", "Cyrl") in ("Cyrl", None) or document["language"] != "kk":
                texts.append((document["text"], document["language"]))
    return texts


def ms_per_text(texts: list[tuple[str, str]], passes: int) -> float:
    best = float("inf")
    for _ in range(passes):
        started = time.perf_counter()
        for text, language in texts:
            figures.extract_claims(text, language=language)
        best = min(best, time.perf_counter() - started)
    return 1000 * best / len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=400, help="relevant generated stories (default 400)")
    parser.add_argument("--passes", type=int, default=5, help="timed passes; the best counts (default 5)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    stories = relevant_stories(args.articles, args.seed)
    figures.extract_claims(stories[0][0], language=stories[0][1])  # vocabularies compiled, untimed
    report = {
        "code": str(Path(sys.modules["pipeline"].__file__ or "").resolve().parents[1]),  # the checkout
        "generated_relevant_articles": len(stories),
        "ms_per_generated_article": round(ms_per_text(stories, args.passes), 3),
    }
    if texts := gold_texts():
        report["real_gold_texts"] = len(texts)
        report["ms_per_real_gold_text"] = round(ms_per_text(texts, args.passes), 3)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
