"""The baseline: every page through bare `trafilatura.extract`, with its defaults.

    .venv/bin/python bench/baseline.py PATHS_FILE     (one page file per line; prints JSON)

A process of its own that imports trafilatura and nothing of newsmon: importing
`pipeline.stages.extract` prefilters trafilatura's pruning expressions, and the baseline is
trafilatura as released. Pages are read one at a time (a large corpus does not fit in
memory); only the extraction calls are timed.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import trafilatura


def bare_extraction(files: Sequence[Path]) -> dict[str, Any]:
    trafilatura.extract(files[0].read_bytes())  # warm-up: imports and caches, not counted
    wall = cpu = 0.0
    empty = 0
    for path in files:
        page = path.read_bytes()
        started, cpu_started = time.perf_counter(), time.process_time()
        empty += trafilatura.extract(page) is None
        wall += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
    return {
        "pages": len(files),
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "pages_per_s": round(len(files) / wall, 1),
        "ms_per_page": round(1000 * wall / len(files), 2),
        "no_text": empty,
    }


if __name__ == "__main__":
    paths = [Path(line) for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines() if line]
    print(json.dumps(bare_extraction(paths)))
