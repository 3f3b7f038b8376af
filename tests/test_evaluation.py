"""Scoring figure claims against gold: the counts and the printed report, gold files that
cannot be used, and the default gold, which only a source checkout has."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.evaluation import GOLD_DIR, GoldError, default_gold, evaluate, load_gold

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"

MADE_UP = {
    "documents": [
        {
            "name": "made up",
            "language": "en",
            "text": "Police detained 40 people. Officers set up 70 checkpoints. 12 people were injured.",
            "claims": [
                {"quote": "Police detained 40", "metric": "detained", "value": 41},
                {"quote": "12 people were injured", "metric": "injured", "value": 12, "subject": "civilians"},
            ],
            "not_claims": [{"quote": "detained 40", "value": 40, "why": "pretend"}],
        }
    ]
}


def write_gold(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_seed_gold_covers_the_five_seeds():
    seed_gold = GOLD / "seed_claims.json"
    documents = load_gold(seed_gold)
    assert sorted(Path(d.name).name for d in documents) == sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert sum(len(d.claims) for d in documents) == 26
    report = evaluate(seed_gold)
    assert (report.gold_paths, report.documents, report.total.gold) == ([str(seed_gold)], 5, 26)


def test_the_default_gold_in_a_checkout_is_the_real_text_gold():
    assert GOLD_DIR == GOLD
    assert default_gold() == sorted(GOLD.glob("real_*.json"))
    assert {p.name for p in default_gold()} >= {"real_en.json", "real_ru.json", "real_kk.json", "real_kk_latn.json"}


def test_several_gold_files_are_scored_together_per_language_family_and_number_form(tmp_path):
    one = write_gold(tmp_path / "one.json", MADE_UP)
    other = write_gold(tmp_path / "other.json", {"documents": [
        {"name": "latin", "language": "kk", "script": "Latn", "text": "Almatyda 300 adam ustaldy.",
         "claims": [{"quote": "300 adam ustaldy", "metric": "detained", "value": 300,
                     "family": "count_verb", "number": "digits"}]},
        {"name": "words", "language": "ru", "text": "Погибли двое полицейских.",
         "claims": [{"quote": "Погибли двое", "metric": "killed", "value": 2, "family": "count_verb", "number": "words"}]},
    ]})  # fmt: skip
    report = evaluate(one, other)
    assert report.documents == 3
    assert {k: (v.gold, v.found, v.extracted, v.correct) for k, v in report.by_language.items()} == {
        "en": (2, 1, 2, 1), "kk-Latn": (1, 1, 1, 1), "ru": (1, 1, 1, 1),
    }  # fmt: skip
    assert {k: (v.gold, v.found) for k, v in report.by_family.items()} == {"count_verb": (2, 2)}
    assert {k: (v.gold, v.found) for k, v in report.by_number.items()} == {"digits": (1, 1), "words": (1, 1)}
    printed = str(report).splitlines()
    assert printed[0] == f"claims against {one}, {other} (3 documents)"
    assert ["language", "gold", "found", "recall", "extracted", "correct", "precision"] in [l.split() for l in printed]
    assert ["family", "gold", "found", "recall"] in [l.split() for l in printed]
    assert ["kk-Latn", "1", "1", "1.000", "1", "1", "1.000"] in [l.split() for l in printed]


def test_reports_of_the_unrest_are_scored_apart_from_the_other_events_read_for_figures(tmp_path):
    gold = write_gold(tmp_path / "gold.json", {"documents": [
        *MADE_UP["documents"],
        {"name": "flood", "language": "en", "about_unrest": False, "text": "Three people were killed.",
         "claims": [{"quote": "Three people were killed", "metric": "killed", "value": 4}]},
        {"name": "latin", "language": "kk", "script": "Latn", "text": "Almatyda 300 adam ustaldy.",
         "claims": [{"quote": "300 adam ustaldy", "metric": "detained", "value": 300}]},
    ]})  # fmt: skip
    report = evaluate(gold)
    assert {k: (v.gold, v.found, v.extracted, v.correct) for k, v in report.by_event.items()} == {
        "the unrest": (3, 2, 3, 2), "other events": (1, 0, 1, 0),
    }  # fmt: skip
    # the bar is per language on the unrest's reports: the other events' figures are not in it
    assert {k: (v.gold, v.found, v.extracted, v.correct) for k, v in report.unrest_by_language.items()} == {
        "en": (2, 1, 2, 1), "kk-Latn": (1, 1, 1, 1),
    }  # fmt: skip
    printed = [line.split() for line in str(report).splitlines()]
    assert printed.index(["event", "gold", "found", "recall", "extracted", "correct", "precision"]) + 1 == printed.index(
        ["the", "unrest", "3", "2", "0.667", "3", "2", "0.667"]
    )
    assert ["other", "events", "1", "0", "0.000", "1", "0", "0.000"] in printed
    by_language = printed.index(["language,", "unrest", "gold", "found", "recall", "extracted", "correct", "precision"])
    assert printed[by_language + 1 : by_language + 3] == [
        ["en", "2", "1", "0.500", "2", "1", "0.500"], ["kk-Latn", "1", "1", "1.000", "1", "1", "1.000"],
    ]  # fmt: skip
    assert "event" not in [line[0] for line in map(str.split, str(evaluate(write_gold(tmp_path / "one.json", MADE_UP))).splitlines()) if line]


def test_the_report_counts_misses_false_positives_and_not_a_claim_hits(tmp_path):
    report = evaluate(write_gold(tmp_path / "gold.json", MADE_UP))
    assert report.missed == ["made up: detained 41 «Police detained 40»"]
    assert len(report.false_positives) == 1 and "detained 40" in report.false_positives[0]
    assert len(report.forbidden) == 1 and "pretend" in report.forbidden[0]
    assert len(report.mismatches) == 1 and "civilians" in report.mismatches[0]
    assert (report.scores["detained"].recall, report.scores["detained"].precision) == (0.0, 0.0)
    assert (report.scores["injured"].recall, report.scores["injured"].precision) == (1.0, 1.0)
    assert report.recall == 0.5


def test_passages_of_one_page_can_be_read_together_as_the_pipeline_reads_an_article(tmp_path):
    page = {"url": "https://example.org/kabul-blast", "outlet": "Example"}
    gold = write_gold(tmp_path / "gold.json", {"documents": [
        {"name": "Example #1", "language": "en", "source": page, "about_unrest": False,
         "text": "A car bomb went off in Afghanistan on Monday.", "claims": []},
        {"name": "Example #2", "language": "en", "source": page, "about_unrest": False,
         "text": "Five people were killed.", "claims": [],
         "not_claims": [{"quote": "Five people were killed", "value": 5, "why": "another country"}]},
        # the same words from another page, which names no place: the country's
        {"name": "Other #1", "language": "en", "source": {"url": "https://example.org/other"}, "about_unrest": False,
         "text": "Five people were killed.",
         "claims": [{"quote": "Five people were killed", "metric": "killed", "value": 5}]},
    ]})  # fmt: skip
    alone, paged = evaluate(gold), evaluate(gold, pages=True)
    assert [f.split(":")[0] for f in alone.forbidden] == ["Example #2"]
    assert paged.forbidden == [] and paged.false_positives == []
    assert (alone.recall, paged.recall) == (1.0, 1.0)
    assert "each passage after those before it from its page" in str(paged).splitlines()[0]


def test_the_printed_report_has_a_row_per_metric_then_the_total_then_the_findings(tmp_path):
    gold = write_gold(tmp_path / "gold.json", MADE_UP)
    lines = str(evaluate(gold)).splitlines()
    assert lines[0] == f"claims against {gold} (1 documents)"
    assert lines[1].split() == ["metric", "gold", "found", "recall", "extracted", "correct", "precision"]
    assert [line.split() for line in lines[2:9]] == [
        ["detained", "1", "0", "0.000", "1", "0", "0.000"],
        ["killed", "0", "0", "-", "0", "0", "-"],
        ["injured", "1", "1", "1.000", "1", "1", "1.000"],
        ["hospitalized", "0", "0", "-", "0", "0", "-"],
        ["criminal_cases", "0", "0", "-", "0", "0", "-"],
        ["troops", "0", "0", "-", "0", "0", "-"],
        ["all", "2", "1", "0.500", "2", "1", "0.500"],
    ]
    assert lines[9:12] == ["", "language          gold  found  recall  extracted  correct  precision",
                           "en                   2      1   0.500          2        1      0.500"]
    missed = lines.index("missed: 1")
    assert lines[missed + 1] == "  made up: detained 41 «Police detained 40»"
    assert [line for line in lines[missed:] if not line.startswith(" ")] == [
        "missed: 1", "false positives: 1", "not-a-claim hits: 1", "wrong attributes: 1",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("data", "complaint"),
    [
        ({"documents": [{"text": "Police detained 40 people.", "claims": [
            {"quote": "detained 41", "metric": "detained", "value": 41}]}]}, "quote not in the document"),
        ({"documents": [{"text": "Police detained 40 people.", "claims": [
            {"quote": "detained 40", "metric": "arrested", "value": 40}]}]}, "unknown metric 'arrested'"),
        ({"documents": [{"text": "Police detained 40 people.", "claims": [
            {"quote": "detained 40", "metric": "detained", "value": 40, "subject": "police"}]}]},
         "unknown subject 'police'"),
        ({"documents": [{"path": "missing.txt"}]}, "missing.txt"),
        ({"docs": []}, "documents"),
    ],
    ids=["quote", "metric", "subject", "document-path", "no-documents"],
)  # fmt: skip
def test_a_gold_file_that_does_not_fit_is_a_value_error_naming_the_file(tmp_path, data, complaint):
    gold = write_gold(tmp_path / "gold.json", data)
    with pytest.raises(GoldError, match="gold.json") as raised:
        load_gold(gold)
    assert isinstance(raised.value, ValueError)
    assert complaint in str(raised.value)


def test_a_missing_or_broken_gold_file_is_an_error_naming_it(tmp_path):
    with pytest.raises(GoldError, match="nowhere.json"):
        evaluate(tmp_path / "nowhere.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldError, match="broken.json"):
        evaluate(broken)


def test_without_a_checkout_the_default_gold_is_an_error_asking_for_a_path(tmp_path):
    # newsmon as installed: the package alone, without the checkout's tests/gold beside it
    site = tmp_path / "site"
    shutil.copytree(ROOT / "pipeline", site / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    script = (
        "import pipeline.evaluation as e\n"
        "print(e.__file__)\n"
        "try:\n"
        "    e.evaluate()\n"
        "except ValueError as exc:\n"
        "    print(type(exc).__name__, exc)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": ""},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    module, error = done.stdout.splitlines()
    assert Path(module).is_relative_to(site)
    missing = site / "tests" / "gold"
    assert error.startswith(f"GoldError {missing}: ")
    assert "give the path of a gold file" in error


def test_labelled_stories_are_scored_from_their_title_and_lede(tmp_path, monkeypatch):
    from pipeline.evaluation import evaluate_relevance, is_relevance_gold

    monkeypatch.setenv("NEWSMON_RELEVANCE_MODEL_THRESHOLD", "")  # the rules' reading of a title (the model reads "unrest" anywhere)

    story = {
        "name": "made up", "language": "en", "relevant": True,
        "title": "Kazakhstan: protesters storm the mayor's office in Almaty as police detain hundreds",
        "text": "The unrest spread overnight, with clashes in several cities and the internet cut.",
    }  # fmt: skip
    path = write_gold(tmp_path / "stories.json", {"stories": [story]})
    assert is_relevance_gold(path)
    assert evaluate_relevance(path).total.true_positives == 1
    untitled = write_gold(tmp_path / "passages.json", {"documents": [{**story, "title": None}]})
    # the lede alone names neither the country nor the city: the title made it relevant
    assert evaluate_relevance(untitled).total.true_positives == 0
