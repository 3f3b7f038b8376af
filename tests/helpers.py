"""Small helpers shared by tests: where the seeds and ../shared are, running the CLI."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
BENCH = ROOT / "bench"


def relevant_on(title: str, text: str, language: str, published: str | None, script: str | None = None) -> bool:
    """Whether the topics stage, with the default settings (threshold, the case's start and
    peak), tags a story published on `published` relevant."""
    from pipeline.settings import Settings
    from pipeline.stages.topics import score_topics

    settings = Settings()
    return score_topics(
        title, text, language, script=script, threshold=settings.topic_threshold, published=published,
        case_start=settings.case_start, peak_days=settings.case_peak_days,
    ).relevant  # fmt: skip


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test: a newcomer's clone has no ../shared."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is only beside CI and the maintainers' clones)")
    return path


def run_newsmon(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the `newsmon` command in this process (its code exactly as installed, without
    paying the stages' import time per call); `run_newsmon_process` runs the real script."""
    from pipeline.cli import main

    overrides = {"NEWSMON_HOST_DELAY": "0", **(env or {})}
    saved = {name: os.environ.get(name) for name in overrides}
    out, err = io.StringIO(), io.StringIO()
    os.environ.update(overrides)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else 2
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return subprocess.CompletedProcess(["newsmon", *args], code, out.getvalue(), err.getvalue())


def run_newsmon_process(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run the installed `newsmon` console script in a subprocess."""
    script = Path(sys.executable).with_name("newsmon")
    return subprocess.run(
        [str(script), *args], capture_output=True, text=True, cwd=cwd, timeout=300,
        env={**os.environ, "NEWSMON_HOST_DELAY": "0"},
    )  # fmt: skip


def json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]
