"""Dedup cost per article as the store grows: lookup plus insert at 1k, 10k, 100k stored.

    .venv/bin/python bench/dedup_scale.py [--sizes 1000,10000,100000] [--probes 400] [--json] [--out DIR]

For each size the SQLite store is filled up to that many articles, then `--probes`
articles go through `pipeline.run.ingest.Commit` in batches of `settings.batch_size`,
the runner's own path: content-hash check, `Deduplicator.assign` (band-key lookup and
signature comparison), `store.put_articles`, alerts, a commit per batch. Time per
probe article is the cost the target is about (<= 2 ms at 100k); it stays flat when
the lookup reads only the few articles sharing a band key.

Filler articles are short generated stories (corpus.py's generator, 150-250 words),
fingerprinted for real on every core, so that unrelated stories collide in LSH bands as
often as real text makes them. Half the probes are new full-length stories, half are
reposts (boilerplate, cut, edited) of them, so lookups find candidates and compare.
Fingerprinting is the enrichment stage's cost, not dedup's: it is done before timing.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import corpus
from pipeline import dedup, ingest
from pipeline.models import Article
from pipeline.settings import Settings
from pipeline.store import open_store
from timing import Totals, TimedStore, timed_functions

FILLER_WORDS = (150, 250)
FILLER_SEED = 1_000  # filler and probe stories come from different seeds: no accidental copies
FILL_CHUNK = 2_000
TARGET_MS = 2.0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = Settings.from_env()
    with ExitStack() as stack:
        out = args.out or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="newsmon-dedup-")))
        rows = measure(args.sizes, args.probes, out / "dedup-scale.db", settings, progress=not args.json)
    report = {"settings": {"num_perm": settings.dedup_num_perm, "batch_size": settings.batch_size}, "sizes": rows}
    print(json.dumps(report, indent=2) if args.json else format_rows(rows))
    return 0


def measure(
    sizes: Sequence[int], probes: int, store_path: Path, settings: Settings, *, progress: bool
) -> list[dict[str, Any]]:
    """Fill to each size in turn and time `probes` lookups+inserts there."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store_path}{suffix}").unlink(missing_ok=True)
    rows = []
    filled = 0
    # Fillers are fingerprinted by workers from a fork server, never a fork of this process
    # and its open store connection.
    pool = ProcessPoolExecutor(mp_context=multiprocessing.get_context("forkserver"))
    with pool, open_store(f"sqlite:///{store_path}", settings) as store:
        for round_number, size in enumerate(sorted(sizes)):
            started = time.perf_counter()
            for start in range(filled, size, FILL_CHUNK):
                indices = range(start, min(size, start + FILL_CHUNK))
                store.put_articles(list(pool.map(_filler, indices, [settings] * len(indices), chunksize=100)))
                store.flush()
            fill_s = time.perf_counter() - started
            stored_before = store.count_articles()
            batch = _probes(round_number, probes, settings)
            totals: Totals = defaultdict(float)
            timed_store = TimedStore(store, totals)
            with timed_functions({"assign": (dedup.Deduplicator, "assign")}, totals):
                started = time.perf_counter()
                commit = ingest.Commit(timed_store, settings)
                for chunk in _chunks(batch, settings.batch_size):
                    commit(chunk)
                elapsed = time.perf_counter() - started
            candidates = [len(store.find_near_duplicates(a.band_keys)) - 1 for a in batch]  # minus itself
            duplicates = sum(a.duplicate_of is not None for a in batch)
            row = {
                "stored": stored_before,
                "ms_per_article": round(1000 * elapsed / len(batch), 3),
                "breakdown_ms": {k: round(1000 * v / len(batch), 3) for k, v in sorted(totals.items())},
                "candidates_mean": round(statistics.mean(candidates), 2),
                "candidates_max": max(candidates),
                "probes": len(batch),
                "found_duplicates": duplicates,
                "fill_s": round(fill_s, 1),
                "db_mb": round(sum(p.stat().st_size for p in store_path.parent.glob(store_path.name + "*")) / 2**20),
            }
            rows.append(row)
            filled = store.count_articles()
            if progress:
                print(f"[dedup-scale] {stored_before} stored: {row['ms_per_article']} ms/article", file=sys.stderr)
    return rows


def _filler(index: int, settings: Settings) -> Article:
    text = corpus.generate_story(FILLER_SEED, index, words=FILLER_WORDS)
    return dedup.fingerprint(_article(f"filler-{index}", text), settings)


def _probes(round_number: int, count: int, settings: Settings) -> list[Article]:
    """`count` fingerprinted articles: new stories first, then reposts of them."""
    originals = max(1, count // 2)
    pages = corpus.generate(originals, (count - originals) / originals, seed=round_number)
    return [dedup.fingerprint(_article(f"probe-{round_number}-{p.id}", p.story), settings) for p in pages]


def _article(key: str, story: corpus.Story) -> Article:
    url = f"https://bench.example/{key}"
    return Article(
        id=Article.make_id(url),
        url=url,
        canonical_url=url,
        title=story.title,
        text=story.text,
        language=story.language,
        published=story.published.isoformat(),
    )


def _chunks(items: list[Article], size: int) -> list[list[Article]]:
    return [items[i : i + size] for i in range(0, len(items), max(1, size))]


def format_rows(rows: list[dict[str, Any]]) -> str:
    lines = [f"{'stored':>8} {'ms/article':>10} {'candidates':>11}  breakdown (ms/article)"]
    for row in rows:
        parts = ", ".join(f"{k} {v}" for k, v in row["breakdown_ms"].items() if v >= 0.01)
        lines.append(
            f"{row['stored']:>8} {row['ms_per_article']:>10} {row['candidates_mean']:>6} (max {row['candidates_max']})"
            f"  {parts}"
        )
    last = rows[-1]
    lines.append(
        f"\nat {last['stored']} stored: {last['ms_per_article']} ms per article "
        f"[target <= {TARGET_MS} ms: {'met' if last['ms_per_article'] <= TARGET_MS else 'NOT met'}]; "
        f"{last['found_duplicates']} of {last['probes']} probes found a story to join"
    )
    return "\n".join(lines)


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated integers, got {text!r}") from None
    if not sizes or min(sizes) < 0:
        raise argparse.ArgumentTypeError(f"expected sizes >= 0, got {text!r}")
    return sizes


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=_sizes, default=[1_000, 10_000, 100_000], help="stored articles to measure at")
    parser.add_argument("--probes", type=int, default=400, help="articles deduplicated and stored at each size")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--out", type=Path, help="keep the store here (default: a temporary directory)")
    return parser


if __name__ == "__main__":
    sys.exit(main())
