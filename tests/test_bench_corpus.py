"""The benchmark corpus generator (bench/corpus.py) is deterministic and makes what it claims."""

from __future__ import annotations

import html
import json
import math
import re
import statistics

import feedparser
import pytest
import trafilatura

import corpus  # bench/, put on the import path by conftest.py
import lexicon

ARTICLES, REPOSTS, SITES = 60, 0.5, 4


@pytest.fixture(scope="module")
def pages() -> list[corpus.Page]:
    return corpus.generate(ARTICLES, REPOSTS, seed=7, sites=SITES)


def test_the_same_seed_gives_the_same_pages_and_bytes(pages):
    again = corpus.generate(ARTICLES, REPOSTS, seed=7, sites=SITES)
    assert again == pages
    assert [corpus.render_page(p, seed=7) for p in again[::15]] == [corpus.render_page(p, seed=7) for p in pages[::15]]


def test_another_seed_gives_other_stories(pages):
    other = corpus.generate(ARTICLES, REPOSTS, seed=8, sites=SITES)
    assert {p.story.text for p in other}.isdisjoint(p.story.text for p in pages)


def test_counts_ids_and_ground_truth(pages):
    originals = [p for p in pages if p.kind == "original"]
    reposts = [p for p in pages if p.kind != "original"]
    assert len(originals) == ARTICLES
    assert len(reposts) == 30  # round(0.5 * 60)
    assert all(p.original is None and p.id.startswith("a") for p in originals)
    assert len({p.id for p in pages}) == len(pages)
    by_id = {p.id: p for p in originals}
    for repost in reposts:
        assert repost.id.startswith("r")
        source = by_id[repost.original]  # a repost copies an original
        assert repost.site != source.site
        assert repost.story.language == source.story.language
        assert repost.story.published > source.story.published
    assert {p.kind for p in reposts} == {"boilerplate", "cut", "edit"}
    assert len({p.story.text for p in originals}) == ARTICLES


def test_distinct_stories_share_few_four_word_runs(pages):
    def shingles(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}

    originals = [shingles(p.story.text) for p in pages if p.kind == "original"]
    shared = [len(a & b) / min(len(a), len(b)) for i, a in enumerate(originals) for b in originals[i + 1 :]]
    assert max(shared) < 0.2


def test_a_cut_copy_is_the_first_half_and_a_continue_line(pages):
    by_id = {p.id: p for p in pages}
    cuts = [p for p in pages if p.kind == "cut"]
    assert cuts
    for cut in cuts:
        original = by_id[cut.original].story.paragraphs
        *kept, last = cut.story.paragraphs
        assert tuple(kept) == original[: math.ceil(len(original) / 2)]
        assert corpus.site_name(7, by_id[cut.original].site) in last


def test_a_boilerplate_repost_wraps_the_whole_story(pages):
    by_id = {p.id: p for p in pages}
    for repost in (p for p in pages if p.kind == "boilerplate"):
        original = by_id[repost.original].story.paragraphs
        assert repost.story.paragraphs[1:-2] == original
        assert len(repost.story.paragraphs) == len(original) + 3


def test_a_light_edit_changes_a_few_words(pages):
    by_id = {p.id: p for p in pages}
    edits = [p for p in pages if p.kind == "edit"]
    assert edits
    for edit in edits:
        before = by_id[edit.original].story.text.split(" ")
        after = edit.story.text.split(" ")
        assert len(after) == len(before)
        changed = sum(a != b for a, b in zip(before, after, strict=True))
        assert 1 <= changed <= corpus.EDITED_WORDS[1]


def test_stories_have_the_claimed_length_languages_and_topics(pages):
    originals = [p.story for p in pages if p.kind == "original"]
    for story in originals:
        # Paragraphs are added until the drawn length is reached: at most one paragraph over.
        assert corpus.MIN_WORDS <= story.word_count <= corpus.MAX_WORDS + 200
    assert {s.language for s in originals} == {"en", "ru", "kk"}
    kazakh_letters = set("әғқңөұүһі")
    for story in originals:
        if story.language == "kk":
            assert kazakh_letters & set(story.text.lower())
        if story.language == "en":
            assert re.fullmatch(r"[\x00-\x7f]+", story.text)
    assert 0 < sum(s.relevant for s in originals) < len(originals) / 2


def test_unrest_stories_state_figures_and_the_others_do_not(pages):
    def figure_claims(story: corpus.Story) -> int:
        endings = [template.split("{n}")[1] for template in lexicon.FIGURES[story.language]]
        return sum(story.text.count(ending) for ending in endings)

    for page in pages:
        if page.story.relevant:
            assert figure_claims(page.story) >= 1
        else:
            assert figure_claims(page.story) == 0


def test_a_page_weighs_like_a_news_page_and_holds_its_story(pages):
    rendered = {p.id: corpus.render_page(p, seed=7) for p in pages[:20]}
    sizes = [len(markup.encode("utf-8")) for markup in rendered.values()]
    assert 150_000 < statistics.median(sizes) < 400_000
    page = pages[0]
    markup = rendered[page.id]
    assert f'<html lang="{page.story.language}"' in markup
    title = html.escape(page.story.title)
    assert f"<title>{title} | " in markup
    assert f'itemprop="headline">{title}</h1>' in markup
    extracted = trafilatura.extract(markup)
    for paragraph in page.story.paragraphs:
        assert paragraph in extracted


def test_feeds_list_every_page_of_a_site_once(pages):
    for site, site_pages in corpus.pages_by_site(pages).items():
        listed = []
        for path in corpus.feed_paths(site_pages):
            entries = corpus.feed_entries(site_pages, path)
            assert 0 < len(entries) <= corpus.FEED_ITEMS
            feed = feedparser.parse(corpus.render_rss(site, entries, "http://127.0.0.1:8001", seed=7))
            assert not feed.bozo
            assert [e.title for e in feed.entries] == [p.story.title for p in entries]
            listed += [e.link for e in feed.entries]
            for entry, page in zip(feed.entries, entries, strict=True):
                assert entry.published_parsed[:6] == page.story.published.timetuple()[:6]
        assert sorted(listed) == sorted(f"http://127.0.0.1:8001{p.path}" for p in site_pages)


def test_write_corpus_writes_pages_and_truth(tmp_path, pages):
    some = pages[:3] + pages[-2:]
    truth_path = corpus.write_corpus(some, tmp_path, seed=7)
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    assert [t["id"] for t in truth] == [p.id for p in some]
    assert [t["original"] for t in truth] == [p.original for p in some]
    assert truth[-1]["kind"] != "original"
    for page in some:
        assert corpus.page_file(tmp_path, page).read_text(encoding="utf-8") == corpus.render_page(page, seed=7)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"articles": 0}, "articles"),
        ({"articles": 5, "reposts": -0.1}, "reposts"),
        ({"articles": 5, "sites": 0}, "sites"),
    ],
)
def test_bad_arguments_are_named(arguments, message):
    with pytest.raises(corpus.CorpusError, match=message):
        corpus.generate(**arguments)
