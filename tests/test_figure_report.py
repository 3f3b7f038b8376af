"""The figure report (`newsmon figures --html`) opened in a real headless browser (Debian's chromium)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from helpers import SEEDS, run_newsmon

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("report")
    store = f"sqlite:///{folder / 'seeds.db'}"
    assert run_newsmon("ingest", str(SEEDS), "--store", store).returncode == 0
    result = run_newsmon("figures", "--html", str(folder / "report.html"), "--store", store)
    assert result.returncode == 0, result.stderr
    return str(folder / "report.html")


def test_the_report_needs_no_server_and_no_network(report):
    page = open(report, encoding="utf-8").read()
    # every script inline: nothing is loaded from anywhere when the file is opened from disk
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"""<link[^>]+href=["']https?:""", page)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_the_report_renders_one_chart_per_metric_in_headless_chromium(report, tmp_path):
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path}",
         "--virtual-time-budget=15000", "--dump-dom", f"file://{report}"],  # fmt: skip
        capture_output=True, text=True, timeout=120,
    ).stdout
    sections = re.findall(r'<section class="metric" data-metric="(\w+)">(.*?)</section>', dom, re.S)
    # the seeds state figures of all six metrics
    assert sorted(name for name, _ in sections) == sorted(
        ["detained", "killed", "injured", "hospitalized", "criminal_cases", "troops"]
    )
    for name, body in sections:
        # Vega drew the chart: an SVG with a line mark inside the metric's chart element
        chart = re.search(rf'<div class="chart[^"]*" id="chart-{name}"[^>]*>(.*)', body, re.S)
        assert chart and "<svg" in chart.group(1), f"no chart drawn for {name}"
        assert re.search(r'class="mark-line role-mark', chart.group(1)), f"no line in the {name} chart"
    assert "5,800" in dom and "Latest alerts" in dom
