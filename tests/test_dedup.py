"""Dedup against the real SQLite store, with the seed articles and copies written here."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.stages.dedup import Deduplicator, fingerprint
from pipeline.models import Article
from pipeline.settings import Settings
from pipeline.store import open_store

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
SETTINGS = Settings()

HEADER = (
    "Subscribe to our newsletter for the latest news from Central Asia. "
    "Follow us on Telegram and Facebook.\n\n"
)
FOOTER = (
    "\n\nThis story was first published by Sputnik and is republished with permission. "
    "Copyright 2022, all rights reserved. Share: Facebook Twitter WhatsApp Email. "
    "Related: Kazakh tenge slides against the dollar; Uzbekistan reopens a border crossing."
)

# What a reposting outlet's editor does to seed 002: rewords a few phrases, drops credits.
EDITS = [
    ("Kazakhstan’s police detained 3,811 individuals", "Police in Kazakhstan detained 3,811 people"),
    (
        "as per government figures acquired by Tengrinews.kz, reported Sputnik",
        "according to government figures obtained by Tengrinews.kz",
    ),
    (
        "Another 56 people were brought to hospitals, with 25 of them in intensive care, reported Sputnik.",
        "Another 56 people were hospitalised, 25 of them in intensive care.",
    ),
    ("Mass protests in Kazakhstan began earlier in the week", "The mass protests started early in the week"),
    ("two-fold increase", "twofold rise"),
    (
        "Peacekeeping contingents from Russia and Belarus have arrived",
        "Russian and Belarusian peacekeepers have arrived",
    ),
    ("the Almaty broadcaster", "an Almaty TV channel"),
    ("it is hard for the organisation to confirm this information", "it cannot confirm the information"),
    ("Turkey’s flagship carrier, has decided to suspend", "has suspended"),
]

# Another outlet's own story on the same day's events, with the figures of seed 002.
SAME_EVENT = """\
Police in Kazakhstan have now detained 3,811 people after a week of riots, the Interior Ministry said on Saturday, as the authorities moved to reassert control over Almaty and other cities.

Government figures published by Tengrinews.kz put the death toll at 26, with the same number of people injured. Hospitals were treating another 56 people, 25 of whom were in intensive care, officials said. In the Kyzylorda region, 182 people were hurt in clashes, the Khabar 24 channel reported.

The unrest started in the oil town of Zhanaozen and in Aktau, where residents took to the streets after the price of liquefied petroleum gas doubled at the start of the year. Within days the demonstrations had reached Almaty, where crowds set fire to the city administration and stormed the airport.

President Kassym-Jomart Tokayev imposed a state of emergency until January 19 and asked the Collective Security Treaty Organisation for help. The alliance's secretary general, Stanislav Zas, said about 2,500 soldiers from Russia, Belarus and other member states had been deployed and that more could follow. They are guarding strategic sites such as the Baikonur space centre.

In a televised address, Tokayev offered condolences to the relatives of those who died and blamed "bandits" for attacks on civilians and servicemen. The United Nations said it had received reports of deaths among both police officers and protesters but could not verify them. Britain urged restraint, and Turkish Airlines halted flights to the country until January 9.
"""


def seed_text(number: int) -> str:
    return SEEDS[number].read_text(encoding="utf-8")


def article(url: str, text: str) -> Article:
    canonical = f"https://example.org/{url}"
    return Article(
        id=Article.make_id(canonical), url=canonical, canonical_url=canonical, title=url, text=text
    )


@pytest.fixture
def store(tmp_path):
    store = open_store(f"sqlite:///{tmp_path}/s.db")
    yield store
    store.close()


@pytest.fixture
def add(store):
    """Fingerprint, assign and store one article, as the runner does."""
    deduplicator = Deduplicator(store, SETTINGS)

    def add(a: Article) -> Article:
        assigned = deduplicator.assign(fingerprint(a, SETTINGS))
        store.put_articles([assigned])
        return assigned

    return add


def test_there_are_five_seeds():
    assert len(SEEDS) == 5


def test_seeds_are_five_different_stories(add):
    for number in range(5):
        stored = add(article(f"seed-{number}", seed_text(number)))
        assert stored.duplicate_of is None
        assert stored.cluster_id == stored.id


def test_repost_with_boilerplate_is_a_duplicate(add):
    original = add(article("original", seed_text(2)))
    repost = add(article("repost", HEADER + seed_text(2) + FOOTER))
    assert repost.content_hash != original.content_hash
    assert repost.duplicate_of == original.id
    assert repost.cluster_id == original.id


def test_cut_down_copy_is_a_duplicate(add):
    paragraphs = seed_text(2).split("\n\n")
    first_half = "\n\n".join(paragraphs[: len(paragraphs) // 2])
    original = add(article("original", seed_text(2)))
    cut = add(article("cut", first_half))
    assert cut.duplicate_of == original.id


def test_full_article_after_its_cut_down_copy_joins_the_copy(add):
    text = seed_text(3)
    teaser = add(article("teaser", text[: len(text) // 2]))
    full = add(article("full", text))
    assert full.duplicate_of == teaser.id


def test_lightly_edited_copy_is_a_duplicate(add):
    edited = seed_text(2)
    for old, new in EDITS:
        assert old in edited, old
        edited = edited.replace(old, new)
    original = add(article("original", seed_text(2)))
    copy = add(article("edited", edited))
    assert copy.duplicate_of == original.id


def test_same_text_in_other_case_spacing_and_punctuation_has_the_same_hash(add):
    text = seed_text(4)
    shouted = re.sub(r"\s+", "  \n ", text.upper()).replace(",", " ").replace("’", "'")
    original = add(article("original", text))
    copy = add(article("copy", shouted))
    assert copy.content_hash == original.content_hash
    assert copy.duplicate_of == original.id


def test_different_story_on_the_same_event_stays_apart(add):
    add(article("original", seed_text(2)))
    other = add(article("other", SAME_EVENT))
    assert other.duplicate_of is None
    assert other.cluster_id == other.id


def test_copy_of_a_copy_points_at_the_cluster_root(add):
    original = add(article("original", seed_text(0)))
    repost = add(article("repost", HEADER + seed_text(0) + FOOTER))
    assert repost.duplicate_of == original.id
    again = add(article("repost-of-repost", HEADER + seed_text(0) + FOOTER))
    assert again.duplicate_of == original.id
    assert again.cluster_id == original.id


def test_dedup_state_survives_reopening_the_store(tmp_path):
    url = f"sqlite:///{tmp_path}/s.db"
    first = open_store(url)
    original = Deduplicator(first, SETTINGS).assign(fingerprint(article("original", seed_text(1)), SETTINGS))
    first.put_articles([original])
    first.close()

    second = open_store(url)
    repost = Deduplicator(second, SETTINGS).assign(
        fingerprint(article("repost", HEADER + seed_text(1) + FOOTER), SETTINGS)
    )
    second.close()
    assert repost.duplicate_of == original.id


def test_changed_text_does_not_make_an_article_a_copy_of_itself(add):
    first = add(article("story", seed_text(2)))
    updated = add(article("story", seed_text(2) + FOOTER))
    assert updated.id == first.id
    assert updated.duplicate_of is None
    assert updated.cluster_id == first.id


def test_article_without_words_is_nobodys_copy(add):
    add(article("empty-1", " … — "))
    empty = add(article("empty-2", "\n\n"))
    assert (empty.content_hash, empty.minhash, empty.band_keys) == ("", b"", ())
    assert empty.duplicate_of is None
    assert empty.cluster_id == empty.id


def test_fingerprint_returns_a_copy_and_leaves_the_input_alone():
    original = article("original", seed_text(0))
    printed = fingerprint(original, SETTINGS)
    assert (original.content_hash, original.minhash, original.band_keys) == ("", b"", ())
    assert printed.content_hash and printed.minhash and printed.band_keys
    assert dataclasses.replace(printed, content_hash="", minhash=b"", band_keys=()) == original


def test_band_keys_are_few_short_and_distinct():
    keys = fingerprint(article("original", seed_text(0)), SETTINGS).band_keys
    assert 8 <= len(keys) <= 64
    assert len(set(keys)) == len(keys)
    assert all(re.fullmatch(r"b\d{1,2}:[0-9a-f]{8,16}", key) for key in keys)


def test_fingerprint_is_the_same_in_another_process_with_another_hash_seed():
    text = seed_text(3)
    here = fingerprint(article("original", text), SETTINGS)
    script = (
        "import json, sys\n"
        "from pipeline.stages.dedup import fingerprint\n"
        "from pipeline.models import Article\n"
        "from pipeline.settings import Settings\n"
        "text = sys.stdin.read()\n"
        "a = fingerprint(Article(id='x', url='u', canonical_url='u', title='t', text=text), Settings())\n"
        "print(json.dumps([a.content_hash, a.minhash.hex(), list(a.band_keys)]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        input=text,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONHASHSEED": "12345"},
        check=True,
    )
    content_hash, minhash, keys = json.loads(result.stdout)
    there = (content_hash, bytes.fromhex(minhash), tuple(keys))
    assert there == (here.content_hash, here.minhash, here.band_keys)


def test_too_few_permutations_is_a_clear_error():
    with pytest.raises(ValueError, match="dedup_num_perm=2"):
        fingerprint(article("original", seed_text(0)), SETTINGS.replace(dedup_num_perm=2))


def test_a_batch_looked_up_at_once_finds_copies_stored_before_and_within_it(store):
    stored = fingerprint(article("stored", seed_text(1)), SETTINGS)
    Deduplicator(store, SETTINGS).assign(stored)
    store.put_articles([stored])
    batch = [fingerprint(article(name, seed_text(n)), SETTINGS) for name, n in (("copy", 1), ("new", 2), ("again", 2))]
    deduplicator = Deduplicator(store, SETTINGS, batch)
    for a in batch:
        deduplicator.assign(a)
        store.put_articles([a])
    assert [(a.title, a.duplicate_of) for a in batch] == [("copy", stored.id), ("new", None), ("again", batch[1].id)]
