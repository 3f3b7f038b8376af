"""What only the embedded store has: schema versions and migrations, WAL and its
checkpoint thread, crash safety, FTS ranking, band keys stored as integers.

The behaviour both stores share is in test_store_contract.py.
"""

from __future__ import annotations

import gc
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading

import pytest

from pipeline.stages.dedup import fingerprint
from pipeline.models import Article
from pipeline.settings import Settings
from pipeline.store import SearchQuery, StoreError, open_store
from pipeline.store.sqlite import MIGRATIONS, SCHEMA_VERSION


def article(n: int, title: str = "A story", text: str = "Some words.", **fields) -> Article:
    return Article(id=f"a{n}", url=f"https://example.org/{n}", canonical_url=f"https://example.org/{n}",
                   title=title, text=text, content_hash=f"h{n}", minhash=b"\x00", **fields)  # fmt: skip


def test_new_store_is_at_current_schema_version_in_wal_mode(tmp_path):
    open_store(f"sqlite:///{tmp_path / 's.db'}").close()
    db = sqlite3.connect(tmp_path / "s.db")
    assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_store_from_a_newer_newsmon_is_refused_by_name(tmp_path):
    path = tmp_path / "s.db"
    open_store(f"sqlite:///{path}").close()
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match=str(path)):
        open_store(f"sqlite:///{path}")


def test_a_crash_keeps_flushed_batches_and_loses_only_the_one_in_flight(tmp_path):
    path = tmp_path / "s.db"
    script = textwrap.dedent(f"""
        import os
        from pipeline.models import Article
        from pipeline.store import open_store
        store = open_store("sqlite:///{path}")
        def art(n):
            return Article(id=f"a{{n}}", url=f"u{{n}}", canonical_url=f"u{{n}}", title="t", text="x",
                           content_hash=f"h{{n}}", minhash=b"")
        store.put_articles([art(1), art(2)])
        store.flush()
        store.put_articles([art(3)])
        os._exit(1)  # dies mid-batch, without flushing or closing
    """)
    assert subprocess.run([sys.executable, "-c", script]).returncode == 1
    with open_store(f"sqlite:///{path}") as store:
        assert store.count_articles() == 2
        assert store.get_article("a3") is None


def test_bare_path_opens_the_embedded_store(tmp_path):
    with open_store(str(tmp_path / "plain.db")) as store:
        store.put_articles([article(1)])
    assert (tmp_path / "plain.db").exists()


def test_title_matches_rank_above_body_matches(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.put_articles([
            article(1, title="Fuel prices rise", text="Protests were reported in Zhanaozen and Aktau."),
            article(2, title="Protests in Zhanaozen", text="Residents gathered over fuel prices."),
        ])  # fmt: skip
        hits = store.search(SearchQuery(text="zhanaozen protests"))
    assert [h.id for h in hits] == ["a2", "a1"]


def test_search_words_are_never_fts_operators(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.put_articles([article(1, title="NOT guilty OR innocent", text="A court in Almaty.")])
        assert [h.id for h in store.search(SearchQuery(text='NOT "guilty" OR*'))] == ["a1"]


def test_date_only_until_includes_the_whole_day(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.put_articles([
            article(1, published="2022-01-08T21:30:00+06:00"),
            article(2, published="2022-01-09"),
        ])  # fmt: skip
        hits = store.search(SearchQuery(until="2022-01-08", sort="newest"))
    assert [h.id for h in hits] == ["a1"]


def test_a_store_locked_by_another_writer_is_a_store_error_naming_it(tmp_path):
    path = tmp_path / "s.db"
    open_store(f"sqlite:///{path}").close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process mid-batch
    try:
        with open_store(f"sqlite:///{path}", Settings(sqlite_busy_timeout=0.05)) as store:
            with pytest.raises(StoreError, match=str(path)):
                store.put_articles([article(1)])
    finally:
        holder.execute("ROLLBACK")


def test_russian_and_kazakh_words_match_their_other_forms(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.put_articles([
            article(1, title="Беспорядки в Казахстане", text="Полиция задержала более 3 тысяч протестующих."),
            article(2, title="Алматыда тәртіпсіздік", text="Алматыда 400-ден астам адам ұсталды."),
            article(3, title="Погода", text="В Москве ожидается снег."),
        ])  # fmt: skip
        found = {q: [h.id for h in store.search(SearchQuery(text=q))]
                 for q in ("Казахстан", "задержание протестующие", "Алматы", "ұсталғандар")}  # fmt: skip
    assert found == {
        "Казахстан": ["a1"], "задержание протестующие": ["a1"], "Алматы": ["a2"], "ұсталғандар": [],
    }  # fmt: skip


# migrations

SCHEMA_2_ARTICLE = (
    "INSERT INTO articles (rowid, id, url, canonical_url, title, text, content_hash, minhash, cluster_id, "
    "relevant, topic_score, topics, topic_evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0.0, '[]', '[]')"
)


def schema_2_store(path, articles: list[tuple[int, Article]]) -> None:
    """A store as newsmon wrote it at schema version 2: band keys as text, by article id."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    for script in MIGRATIONS[:2]:
        db.executescript(script)
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    db.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '2')")
    for rowid, a in articles:
        db.execute(SCHEMA_2_ARTICLE, (rowid, a.id, a.url, a.url, a.title, a.text, a.content_hash, a.minhash, a.id))
        db.executemany("INSERT INTO band_keys (key, article_id) VALUES (?, ?)", [(k, a.id) for k in a.band_keys])
    db.close()


def fingerprinted(n: int, title: str, text: str) -> Article:
    return fingerprint(article(n, title=title, text=text), Settings())


STORY = "Police in Almaty detained more than four thousand people after the protests, the ministry said. " * 3
OTHER_STORY = "Snow is expected in Astana on Friday, with strong wind from the steppe and frost at night. " * 3


def test_a_schema_2_store_migrates_in_place_keeping_articles_band_keys_and_search(tmp_path):
    path = tmp_path / "s.db"
    original = fingerprinted(1, "Thousands detained", STORY)
    repost = fingerprinted(2, "Thousands detained (repost)", STORY)
    other = fingerprinted(3, "Snow in Astana", OTHER_STORY)
    # Rowids with gaps, as deletions and upserts leave them: the FTS index refers to them.
    schema_2_store(path, [(10, original), (25, repost), (31, other)])

    with open_store(f"sqlite:///{path}") as store:
        assert [c.article_id for c in store.find_near_duplicates(original.band_keys)] == ["a1", "a2"]
        assert [c.article_id for c in store.find_near_duplicates(other.band_keys)] == ["a3"]
        assert store.get_article("a2").band_keys == repost.band_keys
        assert store.get_article("a3").band_keys == other.band_keys
        assert [h.id for h in store.search(SearchQuery(text="astana snow"))] == ["a3"]
        store.put_articles([fingerprinted(4, "More snow in Astana", OTHER_STORY + "Roads are closed.")])
        assert [c.article_id for c in store.find_near_duplicates(other.band_keys)][0] == "a3"

    db = sqlite3.connect(path)
    assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
    assert db.execute("SELECT number, id FROM articles ORDER BY number").fetchall() == [
        (10, "a1"), (25, "a2"), (31, "a3"), (32, "a4"),
    ]  # fmt: skip
    # The FTS index still matches the articles table row for row.
    db.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_schema_2_store_with_a_band_key_of_another_form_is_refused_naming_it_and_kept(tmp_path):
    path = tmp_path / "s.db"
    odd = article(1, band_keys=("b0:aa", "lsh-7"))
    schema_2_store(path, [(1, odd)])
    with pytest.raises(StoreError, match=rf"{path}.*article a1: band key 'lsh-7'"):
        open_store(f"sqlite:///{path}")
    db = sqlite3.connect(path)
    assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("2",)
    assert sorted(db.execute("SELECT key, article_id FROM band_keys")) == [("b0:aa", "a1"), ("lsh-7", "a1")]


# band keys


def test_band_keys_of_any_width_read_back_as_written_and_match_only_themselves(tmp_path):
    keys = ("b0:0", "b0:00", "b0:a", "b0:0a", "b41:0123456789ab", "b16383:ffffffffffff")
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.put_articles([article(n, band_keys=(key,)) for n, key in enumerate(keys)])
        assert [store.get_article(f"a{n}").band_keys for n in range(len(keys))] == [(key,) for key in keys]
        assert [[c.article_id for c in store.find_near_duplicates([key])] for key in keys] == [
            [f"a{n}"] for n in range(len(keys))
        ]


@pytest.mark.parametrize("key", ["b0:AA", "b00:aa", "b0:", "b0:0123456789abc", "b16384:aa", "b-1:aa", "lsh-7"])
def test_a_band_key_of_another_form_is_refused_naming_it_before_anything_is_written(tmp_path, key):
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        with pytest.raises(ValueError, match=rf"article a2: band key '{key}'"):
            store.put_articles([article(1, band_keys=("b0:aa",)), article(2, band_keys=("b1:bb", key))])
        assert store.count_articles() == 0
        assert store.find_near_duplicates([key]) == []


# WAL checkpoints


def checkpoint_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name.startswith("newsmon checkpoints")}


def test_closing_a_store_stops_its_checkpoint_thread(tmp_path):
    before = checkpoint_threads()
    for n in range(10):
        store = open_store(f"sqlite:///{tmp_path / f'{n}.db'}")
        assert len(checkpoint_threads() - before) == 1
        store.close()
    assert checkpoint_threads() == before


def test_a_store_dropped_without_closing_stops_its_checkpoint_thread(tmp_path):
    before = checkpoint_threads()
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    [thread] = checkpoint_threads() - before
    del store
    gc.collect()
    thread.join(timeout=30)  # it notices within one checkpoint interval
    assert not thread.is_alive()


def test_an_in_memory_store_has_no_checkpoint_thread():
    before = checkpoint_threads()
    with open_store("sqlite:///:memory:") as store:
        store.put_articles([article(1, band_keys=("b0:aa",))])
        assert [c.article_id for c in store.find_near_duplicates(["b0:aa"])] == ["a1"]
        assert checkpoint_threads() == before


def test_closing_leaves_committed_batches_in_the_database_file_itself(tmp_path):
    path = tmp_path / "s.db"
    open_store(f"sqlite:///{path}").close()
    # Another process keeps the database open, so closing the store is not the last close,
    # which would checkpoint anyway.
    other = sqlite3.connect(path)
    other.execute("SELECT count(*) FROM articles").fetchone()
    with open_store(f"sqlite:///{path}") as store:
        store.put_articles([article(1), article(2)])
    # A copy of the database file without its WAL holds what was checkpointed.
    shutil.copy(path, tmp_path / "copy.db")
    assert sqlite3.connect(tmp_path / "copy.db").execute("SELECT count(*) FROM articles").fetchone() == (2,)
    other.close()
