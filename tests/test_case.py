"""The case is data: another crisis is another case file, read by the same engine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, json_lines

from pipeline.case import CaseError, load_case, towns_abroad

SECOND_CASE = ROOT / "tests" / "cases" / "karakalpakstan.toml"
STORY = {
    "url": "https://news.example/nukus", "title": "Protests in Nukus: 18 killed, hundreds detained",
    "published": "2022-07-04",
    "text": "Protesters filled the streets of Nukus, the capital of Karakalpakstan, after the proposed "
            "amendments were published. 18 people were killed and 516 people were detained in Nukus during "
            "the riots, the prosecutor's office said. President Mirziyoyev declared a state of emergency.",
}  # fmt: skip


def ingest_story(tmp_path: Path, case: str | None) -> dict:
    records = tmp_path / "story.jsonl"
    records.write_text(json.dumps(STORY) + "\n", encoding="utf-8")
    env = {**os.environ, "NEWSMON_WORKERS": "1"}
    env.pop("NEWSMON_CASE", None)
    if case:
        env["NEWSMON_CASE"] = case
    newsmon = str(Path(sys.executable).with_name("newsmon"))
    result = subprocess.run(
        [newsmon, "ingest", str(records), "--store", f"sqlite:///{tmp_path / (case and 'b' or 'a')}.db", "--json",
         "--no-deliver"], capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [article] = json_lines(result.stdout)
    return article


def test_a_second_crisis_is_a_data_file_read_by_the_same_engine(tmp_path):
    # the shipped case: Nukus is abroad, and July 2022 is after Kazakhstan's January
    watched = ingest_story(tmp_path, None)
    assert not watched["relevant"] and watched["figures"] == []
    # the second case: its own places, leaders, event names and start
    other = ingest_story(tmp_path, str(SECOND_CASE))
    assert other["relevant"]
    assert [(f["metric"], f["value"], f["location"]) for f in other["figures"]] == [
        ("killed", 18, "Nukus"), ("detained", 516, "Nukus"),
    ]  # fmt: skip


def test_the_shipped_case_reads_whole_and_a_broken_one_is_named():
    case = load_case("kazakhstan")
    assert case.start == "2022-01-01" and "Almaty" in case.places and "Zhambyl region" in case.places
    assert case.head_of_state is not None and "Tokayev" in case.leaders
    second = load_case(SECOND_CASE)
    assert (second.start, list(second.places)) == ("2022-07-01", ["Nukus"])
    with pytest.raises(CaseError, match="nowhere.toml"):
        load_case(ROOT / "nowhere.toml")


def test_a_case_naming_its_country_code_has_every_other_country_abroad(tmp_path):
    import re

    elsewhere = load_case("kazakhstan").elsewhere
    abroad = re.compile("|".join(elsewhere.patterns), re.IGNORECASE)
    for text in ("in Saudi Arabia", "in the United Arab Emirates", "в Саудовской Аравии", "в соседней Германии",
                 "Сауд Арабиясында", "Түркияда"):  # fmt: skip
        assert abroad.search(text), text
    for text in ("in Kazakhstan", "в Казахстане", "Қазақстанда"):
        assert not abroad.search(text), text
    # without a code, only the places the case file lists
    plain = tmp_path / "plain.toml"
    plain.write_text(SECOND_CASE.read_text(encoding="utf-8"), encoding="utf-8")
    assert not re.search("|".join(load_case(plain).elsewhere.patterns) or "(?!)", "in Saudi Arabia", re.IGNORECASE)


def test_the_worlds_towns_leave_out_the_cases_own_places():
    towns = towns_abroad()
    assert towns["махачкала"] == {"RU"} and towns["vanadzor"] == {"AM"} and "moscow" in towns
    # names the case's country shares, common words and names too short to tell apart
    for name in ("almaty", "алматы", "aksu", "ақсу", "police", "most", "орёл", "osh"):
        assert name not in towns, name
