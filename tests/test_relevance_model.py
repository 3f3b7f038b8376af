"""The relevance model: trained on real labelled stories, written and read back, and taken by
the topics stage (and the pipeline) for what the rules leave out, never before the case, never
for a story too short to read, and never in the way of a run when its file is bad."""

from __future__ import annotations

import dataclasses
import gzip
import json
import logging
from pathlib import Path

import pytest

from pipeline.case import load_case
from pipeline.evaluation import GOLD_DIR, labelled_stories
from pipeline.models import Article, Document
from pipeline.run.enrich import enrich
from pipeline.settings import Settings
from pipeline.stages import relevance_model
from pipeline.stages.relevance_model import LabelledStory, RelevanceModel, load_model, train
from pipeline.stages.topics import MODEL_TOPIC, TOPIC, score_topics

THRESHOLD = Settings().topic_threshold


def _stories(name: str) -> list[LabelledStory]:
    return [LabelledStory(s.get("title") or "", s["text"], bool(s["relevant"])) for s in labelled_stories(GOLD_DIR / name)]


@pytest.fixture(scope="module")
def taught() -> RelevanceModel:
    """A model trained here on three real story sets (not set 495, which UPHEAVAL is from)."""
    return train(_stories("relevance_stories.json") + _stories("relevance_stories12.json") + _stories("relevance_stories19.json"))


def test_a_model_trained_on_some_real_stories_ranks_unseen_ones_by_relevance(taught):
    unseen = _stories("relevance_stories464.json") + _stories("relevance_stories438.json")
    scored = [(taught.probability(s.title, s.text), s.relevant) for s in unseen]
    relevant = [p for p, r in scored if r and p is not None]
    other = [p for p, r in scored if not r and p is not None]
    # how often a relevant story outranks one that is not (the area under the ROC curve)
    pairs = [(r > o) + 0.5 * (r == o) for r in relevant for o in other]
    assert len(relevant) > 20 and len(other) > 20
    assert sum(pairs) / len(pairs) > 0.8


def test_a_written_model_reads_back_with_the_same_probabilities(tmp_path):
    stories = _stories("relevance_stories.json")
    model = train(stories, trained_on=["relevance_stories.json"])
    model.write(tmp_path / "model.tsv.gz")
    again = RelevanceModel.read(tmp_path / "model.tsv.gz")
    assert again.trained_on == ("relevance_stories.json",)
    model.write(tmp_path / "again.tsv.gz")  # the same bytes, whatever the file's name and time
    assert (tmp_path / "again.tsv.gz").read_bytes() == (tmp_path / "model.tsv.gz").read_bytes()
    for s in stories[:40]:
        assert again.probability(s.title, s.text) == pytest.approx(model.probability(s.title, s.text), abs=1e-4)


def test_the_shipped_case_names_its_model_which_names_the_gold_files_it_was_trained_on():
    model = load_model()
    assert model is not None
    assert model.trained_on and all((GOLD_DIR / name).is_file() for name in model.trained_on)
    # another case has no model of its own: the rules alone read it
    assert load_case(Path(__file__).parent / "cases" / "karakalpakstan.toml").relevance_model is None


def test_a_story_too_short_to_read_is_left_to_the_rules(taught):
    # the words alone are read, not the date: a short story of the case's weeks is no yes
    assert taught.probability("", "") is None
    assert taught.probability("Sport", "Kairat won 2-1.") is None
    assert taught.probability("", "Wheat prices rose in Kostanay.") is None
    assert taught.probability("Prices", "Wheat prices rose in Kostanay for a third week, traders at the city market said on Monday.") is not None


def test_a_huge_title_is_read_only_so_far():
    assert len(relevance_model.model_text("x" * 5_000_000, "y" * 5_000_000)) < 1000


# A lede naming the crisis by no word the rules know (relevance set 495)
UPHEAVAL = (
    "",
    "Second largest Bitcoin miner in the world, Kazakhstan is undergoing a social upheaval reminiscent of movements "
    "seen in the so-called “Arab Spring”, which ended with the overthrow of governments and geopolitical changes.",
)


def test_the_model_takes_in_a_story_the_rules_leave_out_and_says_so(taught):
    def scored(published, model_threshold):
        return score_topics(
            *UPHEAVAL, "en", threshold=THRESHOLD, published=published, case_start="2022-01-01", peak_days=31,
            model_threshold=model_threshold, model=taught,
        )  # fmt: skip

    probability = taught.probability(*UPHEAVAL)
    assert probability is not None
    assert not scored("2022-01-06", None).relevant  # the rules alone
    lenient = scored("2022-01-06", probability - 0.01)
    assert (lenient.relevant, lenient.topics) == (True, [TOPIC, MODEL_TOPIC])
    assert lenient.evidence[-1] == f"relevance model: {probability:.2f}"
    assert not scored("2022-01-06", probability + 0.01).relevant
    assert not scored("2021-12-30", 0.0).relevant  # before the case, whatever the model says


def test_the_rules_yes_stands_whatever_the_model_says(taught):
    title, text = "Protests in Almaty", "Police in Almaty detained 200 protesters on Wednesday after a night of riots."
    rules = score_topics(title, text, "en", threshold=THRESHOLD)
    assert rules.relevant
    probability = taught.probability(title, text)
    assert probability is not None and probability < 1.0
    assert score_topics(title, text, "en", threshold=THRESHOLD, model_threshold=1.0, model=taught) == rules


def test_the_pipeline_takes_the_models_verdict_at_the_threshold_it_is_given():
    doc = Document(url="https://example.org/bitcoin", body=UPHEAVAL[1], kind="text", title="", published="2022-01-06")
    rules_alone = enrich(doc, Settings(relevance_model_threshold=None))
    assert isinstance(rules_alone, Article) and not rules_alone.relevant
    every = enrich(doc, Settings(relevance_model_threshold=0.0))  # any probability will do
    assert isinstance(every, Article) and every.relevant and MODEL_TOPIC in every.topics
    old = enrich(dataclasses.replace(doc, published="2021-06-01"), Settings(relevance_model_threshold=0.0))
    assert isinstance(old, Article) and not old.relevant


@pytest.mark.parametrize(
    "content",
    [None, b"not gzip at all", gzip.compress(b"# intercept: 0.5\nonly two\tcolumns\n"), gzip.compress(b"# trained_on: x\n")],
    ids=["missing", "not gzip", "a bad line", "no weights"],
)
def test_a_case_whose_model_cannot_be_read_is_judged_by_the_rules_alone(tmp_path, monkeypatch, caplog, content):
    path = tmp_path / "model.tsv.gz"
    if content is not None:
        path.write_bytes(content)
    case = dataclasses.replace(load_case("kazakhstan"), relevance_model=path)
    monkeypatch.setattr(relevance_model, "active_case", lambda: case)
    load_model.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="pipeline.stages.relevance_model"):
            assert load_model() is None
            found = score_topics(*UPHEAVAL, "en", threshold=THRESHOLD, published="2022-01-06", case_start="2022-01-01",
                                 peak_days=31, model_threshold=0.0)  # fmt: skip
        assert not found.relevant
        assert [str(path) in r.getMessage() for r in caplog.records] == [True]  # said once, naming the file
    finally:
        load_model.cache_clear()


def test_an_empty_threshold_setting_means_the_rules_alone(monkeypatch):
    monkeypatch.setenv("NEWSMON_RELEVANCE_MODEL_THRESHOLD", "")
    assert Settings.from_env().relevance_model_threshold is None
    monkeypatch.setenv("NEWSMON_RELEVANCE_MODEL_THRESHOLD", "0.6")
    assert Settings.from_env().relevance_model_threshold == 0.6


def test_eval_scores_apart_the_stories_the_shipped_model_has_not_read(tmp_path, monkeypatch):
    from pipeline.evaluation import evaluate_relevance

    story = {"name": "a new set's story", "language": "en", "relevant": False, "text": "Wheat prices rose in Kostanay."}
    new = tmp_path / "relevance_stories_new.json"
    new.write_text(json.dumps({"documents": [story]}), encoding="utf-8")
    model = load_model()
    assert model is not None
    read = min(model.trained_on, key=lambda name: (GOLD_DIR / name).stat().st_size)  # the smallest set it has read
    report = evaluate_relevance(new, GOLD_DIR / read)
    assert report.unseen_by_model is not None
    assert report.unseen_by_model.documents == 1 < report.total.documents
    assert "\nunseen " in str(report)
    assert "\nunseen " not in str(evaluate_relevance(GOLD_DIR / read))  # no row for none
    monkeypatch.setenv("NEWSMON_RELEVANCE_MODEL_THRESHOLD", "")
    assert evaluate_relevance(new).unseen_by_model is None
