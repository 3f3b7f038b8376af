"""What only the embedded store has: schema versions, WAL, crash safety, FTS ranking.

The behaviour both stores share is in test_store_contract.py.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pytest

from pipeline.models import Article
from pipeline.settings import Settings
from pipeline.store import SearchQuery, StoreError, open_store
from pipeline.store.sqlite import SCHEMA_VERSION


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
        store = open_store(f"sqlite:///{path}", Settings(sqlite_busy_timeout=0.05))
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
