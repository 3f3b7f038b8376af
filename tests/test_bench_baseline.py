"""The benchmark's baseline (bench/baseline.py) is trafilatura as released, in a process of its own."""

from __future__ import annotations

import json
import subprocess
import sys

import corpus
from helpers import BENCH


def test_the_baseline_extracts_every_page_without_newsmons_tuning(tmp_path):
    pages = corpus.generate(3, 0.0, seed=5, sites=1)
    corpus.write_corpus(pages, tmp_path / "corpus", seed=5)
    listing = tmp_path / "pages.txt"
    listing.write_text("".join(f"{corpus.page_file(tmp_path / 'corpus', p)}\n" for p in pages), encoding="utf-8")

    done = subprocess.run([sys.executable, str(BENCH / "baseline.py"), str(listing)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["pages"], report["no_text"]) == (3, 0)
    assert report["wall_s"] > 0

    # Nothing of newsmon is loaded where the baseline runs, so trafilatura is untuned there.
    probe = "import sys, baseline; print(sorted(m for m in sys.modules if m.split('.')[0] == 'pipeline'))"
    loaded = subprocess.run([sys.executable, "-c", probe], cwd=BENCH, capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"
