"""The English person-noun list is WordNet's, as scripts/person_nouns.py writes it, and the
vocabulary names its file; a list that is missing is an error naming the file."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pipeline.case import lexicons
from pipeline.case.lexicons import VocabularyError, person_word_list

ROOT = Path(__file__).resolve().parent.parent
WORDNET = Path("/usr/share/wordnet")


def _generator():
    spec = importlib.util.spec_from_file_location("person_nouns", ROOT / "scripts/person_nouns.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (WORDNET / "index.noun").exists(), reason="no WordNet here (apt-get install wordnet-base)")
def test_the_committed_list_is_what_wordnet_gives():
    assert person_word_list("en") == frozenset(_generator().person_nouns(WORDNET))


def test_the_list_holds_people_and_not_things_nor_adjectives():
    nouns = person_word_list("en")
    assert {"activist", "student", "volunteer", "miner", "uzbek", "resident"} <= nouns
    assert not {"case", "plant", "head", "major", "heavy", "have", "stuart"} & nouns


def test_a_missing_list_is_an_error_naming_it(tmp_path, monkeypatch):
    (tmp_path / "en.toml").write_text(
        (ROOT / "pipeline/case/lexicons/en.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    monkeypatch.setattr(lexicons, "_HERE", tmp_path)
    lexicons.figure_vocabulary.cache_clear()
    person_word_list.cache_clear()
    try:
        with pytest.raises(VocabularyError, match="en.people.txt"):
            person_word_list("en")
    finally:
        lexicons.figure_vocabulary.cache_clear()
        person_word_list.cache_clear()
