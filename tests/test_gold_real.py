"""The figures, language and topics stages on real reporting: the real-text gold of
tests/gold (sentences of real reports, labelled by reading, each with its source page).

The floors are what the stages measured when the gold was made, less a little: a change
that reads real text worse fails here. The issue's bar (recall 0.90, precision 0.95 per
language) and where it stands are in the README and `newsmon eval`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluation import evaluate, evaluate_relevance
from pipeline.stages.language import detect_language_and_script

GOLD = Path(__file__).resolve().parent / "gold"

# language: (recall, precision) floors
FLOORS = {"en": (0.90, 0.97), "ru": (0.90, 0.97), "kk": (0.90, 0.93)}


@pytest.fixture(scope="module")
def report():
    return evaluate(*(GOLD / f"real_{language}.json" for language in FLOORS))


@pytest.mark.parametrize("language", FLOORS)
def test_real_reports_are_read_at_least_as_well_as_measured(report, language):
    score = report.by_language[language]
    recall, precision = FLOORS[language]
    assert score.gold >= 120 and score.recall >= recall and score.precision >= precision, (
        f"{language}: recall {score.recall:.3f}, precision {score.precision:.3f}"
    )


def test_every_construction_family_and_number_form_is_read(report):
    # change statements are rare in real copy (6 in all): their cases are in test_figures_constructions
    for family in ("count_verb", "metric_phrase", "breakdown"):
        assert report.by_family[family].recall >= 0.75, family
    for form in ("digits", "words", "suffixed"):
        assert report.by_number[form].recall >= 0.75, form


def test_the_old_value_of_a_change_and_the_other_numbers_labelled_so_are_never_claims(report):
    old_values = [item for item in report.forbidden if "old value" in item]
    assert old_values == []
    assert len(report.forbidden) <= 40  # of 800 numbers labelled as no claim: mostly other events' figures


def test_kazakh_in_the_latin_and_arabic_alphabets_is_read():
    report = evaluate(GOLD / "real_kk_latn.json", GOLD / "real_kk_arab.json")
    assert report.by_language["kk-Latn"].recall >= 0.65
    # 7 of the Arabic-script set's 14 figures are COVID-19 counts, which the engine leaves out
    # in every script (the Arabic script's transliteration once let "көрөнәвирус" through)
    assert report.by_language["kk-Arab"].recall >= 0.4
    assert report.precision >= 0.85


def test_kazakh_is_told_in_each_of_its_scripts():
    documents = [
        d
        for name in ("real_kk.json", "real_kk_latn.json", "real_kk_arab.json", "relevance.json")
        for d in json.loads((GOLD / name).read_text(encoding="utf-8"))["documents"]
        if d["language"] == "kk"
    ]
    right = sum(detect_language_and_script(d["text"]) == ("kk", d["script"]) for d in documents)
    assert len(documents) > 300 and right / len(documents) >= 0.95


def test_stories_in_other_languages_are_told_with_few_false_alarms():
    report = evaluate_relevance(GOLD / "relevance.json")
    total = report.total
    assert total.documents >= 190
    assert total.precision >= 0.95
    assert total.recall >= 0.7  # short passages without titles: see the README
    assert total.language_accuracy >= 0.95


def test_stories_as_a_feed_shows_them_are_told_apart():
    report = evaluate_relevance(GOLD / "relevance_stories.json")
    total = report.total
    assert total.documents >= 160
    assert total.precision >= 0.9
    assert total.recall >= 0.85
