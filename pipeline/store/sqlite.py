"""The embedded store: one SQLite file, WAL mode, FTS5 search with bm25 ranking.

Writes go into one open transaction that `flush()` commits and `discard()` (or a crash)
rolls back, so a batch is durable as a whole or not at all; every write is an upsert
keyed by a deterministic id, so the next run redoes a lost batch without copies.

Dedup's band keys ("b{band}:{hex}") are stored as integers next to the article's row
number, and a thread with its own connection copies committed pages from the WAL into
the database file, so that a commit in a store of 100k articles costs little more than in
a small one.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
import threading
import weakref
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

import snowballstemmer

from pipeline.models import Alert, Article, Claim
from pipeline.settings import Settings
from pipeline.store.base import (
    NEAR_DUPLICATE_CANDIDATES,
    ClosingStore,
    Feed,
    NearDuplicateCandidate,
    MATCH_END,
    MATCH_START,
    SearchHit,
    SearchQuery,
    SeriesHigh,
    StoreError,
    StoredClaim,
    StoreMissing,
    iter_chunks,
)


def _number_articles_and_band_keys(db: sqlite3.Connection) -> None:
    """Schema 3: band keys stored as integers, each next to its article's row number.

    Integers make the band-key index less than half the size and inserts into it about
    twice as fast. `articles` is rebuilt with `number INTEGER PRIMARY KEY` holding each
    article's rowid: an implicit rowid may change on VACUUM, and both band_keys and the
    FTS index refer to it. Its indexes and triggers are made again from their stored
    SQL, SQLite's documented way to change a table's definition.
    """
    indexes_and_triggers = db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'articles' AND type IN ('index', 'trigger') AND sql IS NOT NULL"
    ).fetchall()
    for statement in _split_sql(_NUMBERED_ARTICLES) + [sql for (sql,) in indexes_and_triggers]:
        db.execute(statement)
    db.execute(
        "CREATE TABLE band_key_numbers (key INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (key, article)) "
        "WITHOUT ROWID"
    )
    # In the old primary key's order, which keeps each band's keys in order: appending
    # to a B-tree is far cheaper than inserting all over it.
    rows = db.execute(
        "SELECT b.key, b.article_id, a.number FROM band_keys b JOIN articles a ON a.id = b.article_id ORDER BY b.key"
    )
    db.executemany(
        "INSERT INTO band_key_numbers (key, article) VALUES (?, ?)",
        ((_packed_band_key(key, article_id), number) for key, article_id, number in rows),
    )
    db.execute("DROP TABLE band_keys")
    db.execute("ALTER TABLE band_key_numbers RENAME TO band_keys")
    db.execute("CREATE INDEX band_keys_article ON band_keys(article)")


_NUMBERED_ARTICLES = """
CREATE TABLE articles_numbered (
    number INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    source TEXT,
    published TEXT,
    author TEXT,
    fetched_at TEXT,
    feed_url TEXT,
    language TEXT,
    content_hash TEXT NOT NULL,
    minhash BLOB NOT NULL,
    duplicate_of TEXT,
    cluster_id TEXT NOT NULL,
    relevant INTEGER NOT NULL,
    topic_score REAL NOT NULL,
    topics TEXT NOT NULL,
    topic_evidence TEXT NOT NULL
);
INSERT INTO articles_numbered SELECT rowid, * FROM articles;
DROP TABLE articles;
ALTER TABLE articles_numbered RENAME TO articles;
"""

# Each entry migrates the schema from version i to i + 1; never edit a released one. A
# function does what SQL alone cannot (band keys are parsed in Python).
MIGRATIONS: tuple[str | Callable[[sqlite3.Connection], None], ...] = (
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        url TEXT NOT NULL,
        canonical_url TEXT NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        source TEXT,
        published TEXT,
        author TEXT,
        fetched_at TEXT,
        feed_url TEXT,
        language TEXT,
        content_hash TEXT NOT NULL,
        minhash BLOB NOT NULL,
        duplicate_of TEXT,
        cluster_id TEXT NOT NULL,
        relevant INTEGER NOT NULL,
        topic_score REAL NOT NULL,
        topics TEXT NOT NULL,
        topic_evidence TEXT NOT NULL
    );
    CREATE INDEX articles_content_hash ON articles(content_hash);
    CREATE INDEX articles_cluster ON articles(cluster_id);
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_url ON articles(url);

    CREATE TABLE band_keys (
        key TEXT NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (key, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX band_keys_article ON band_keys(article_id);

    CREATE TABLE claims (
        article_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        metric TEXT NOT NULL,
        value INTEGER,
        qualifier TEXT NOT NULL,
        subject TEXT,
        location TEXT,
        scope TEXT NOT NULL,
        published TEXT,
        body TEXT NOT NULL,
        PRIMARY KEY (article_id, position)
    );
    CREATE INDEX claims_metric ON claims(metric, published);

    CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        name TEXT,
        watched INTEGER NOT NULL,
        etag TEXT,
        last_modified TEXT,
        last_fetched TEXT,
        last_status INTEGER,
        last_error TEXT
    );

    CREATE TABLE series_highs (
        metric TEXT NOT NULL,
        subject TEXT NOT NULL,
        value INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        published TEXT,
        PRIMARY KEY (metric, subject)
    );

    CREATE TABLE alerts (
        key TEXT PRIMARY KEY,
        article_id TEXT NOT NULL,
        status TEXT NOT NULL,
        created_at TEXT,
        body TEXT NOT NULL
    );
    CREATE INDEX alerts_article ON alerts(article_id);
    CREATE INDEX alerts_status ON alerts(status);

    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    """,
    """
    ALTER TABLE alerts ADD COLUMN lease_until REAL;
    """,
    _number_articles_and_band_keys,
    """
    ALTER TABLE articles ADD COLUMN script TEXT;
    """,
    """
    ALTER TABLE feeds ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE feeds ADD COLUMN last_success TEXT;
    ALTER TABLE feeds ADD COLUMN last_new_item TEXT;
    """,
    """
    ALTER TABLE feeds ADD COLUMN poll_interval REAL;
    ALTER TABLE feeds ADD COLUMN next_poll TEXT;
    """,
    """
    ALTER TABLE feeds ADD COLUMN last_items INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE feeds ADD COLUMN items_day REAL NOT NULL DEFAULT 0;
    ALTER TABLE feeds ADD COLUMN items_week REAL NOT NULL DEFAULT 0;
    ALTER TABLE feeds ADD COLUMN rate_since TEXT;
    ALTER TABLE feeds ADD COLUMN health TEXT NOT NULL DEFAULT 'ok';
    ALTER TABLE feeds ADD COLUMN health_since TEXT;
    ALTER TABLE feeds ADD COLUMN fresh_until TEXT;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)

_ARTICLE_COLUMNS = (
    "id", "url", "canonical_url", "title", "text", "source", "published", "author",
    "fetched_at", "feed_url", "language", "content_hash", "minhash", "duplicate_of",
    "cluster_id", "relevant", "topic_score", "topics", "topic_evidence", "script",
)  # fmt: skip

# Subjects are nullable in the model; the primary key needs a value.
_NO_SUBJECT = ""

# A batch of 200 articles dirties up to 200 x 42 band-key pages (34 MB); a page cache
# smaller than that spills them into the WAL before the commit, some more than once.
PAGE_CACHE_KIB = 64 * 1024

# A checkpoint copies committed pages from the WAL into the database file. At 100k
# stored articles a batch's band keys dirty pages all over a 1 GB file, and SQLite's
# automatic checkpoint made the commit wait while it wrote and synced them; a thread does
# it instead, this often (0.2 s and 1 s measured the same).
CHECKPOINT_INTERVAL = 0.5  # seconds

# The writer starts the WAL over only when it begins a transaction after every frame was
# checkpointed. Ingest pauses between batches (fetching), and the thread empties the WAL
# then; without pauses (bench/dedup_scale.py) no transaction ever begins on an empty
# WAL, and with background checkpoints alone the WAL grew without end (800 MB after 300
# batches). So past this many frames the writer checkpoints after a commit (SQLite's own
# auto-checkpoint): it copies what the thread has not yet, the last batch, and its next
# transaction restarts the WAL, which stays under this size plus one transaction. Fewer
# frames make that wait more frequent: at 100k stored, 32k frames cost 1.9 ms per article
# and 64k 1.5-1.6; 128k were no faster. A reader that keeps one snapshot open for long
# can still hold every checkpoint back, as with SQLite's default settings.
WAL_RESTART_FRAMES = 65_536  # 256 MB of 4 KB pages


class SQLiteStore(ClosingStore):
    """The embedded default store. Safe for several processes (WAL, busy timeout)."""

    def __init__(self, path: Path, settings: Settings | None = None, *, create: bool = True) -> None:
        settings = settings or Settings()
        self.path = Path(path)
        self.url = f"sqlite:///{self.path}"
        if not create and not self.path.exists():
            raise StoreMissing(f"{self.url}: no store there yet (`newsmon ingest` or `newsmon store init` creates it)")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Autocommit mode: transactions are begun and committed explicitly below.
            self._db = sqlite3.connect(self.path, timeout=settings.sqlite_busy_timeout, isolation_level=None)
            self._db.row_factory = sqlite3.Row
            journal_mode = self._db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")
            self._migrate()
        except (sqlite3.Error, OSError, ValueError) as exc:
            if hasattr(self, "_db"):
                self._db.close()
            raise StoreError(f"{self.url}: cannot open the store: {exc}") from exc
        except StoreError:
            self._db.close()
            raise
        self._checkpointer: _Checkpointer | None = None
        if journal_mode == "wal":  # not for an in-memory database
            self._db.execute(f"PRAGMA wal_autocheckpoint={WAL_RESTART_FRAMES}")
            self._checkpointer = _Checkpointer(self.path, settings.sqlite_busy_timeout)
            # A store dropped without close() must not leave its thread running.
            weakref.finalize(self, self._checkpointer.request_stop)

    # lifecycle

    def _schema_version(self) -> int:
        exists = self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone()
        if not exists:
            return 0
        row = self._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        version = self._schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.url}: schema version {version} is newer than this newsmon ({SCHEMA_VERSION})")
        if version == SCHEMA_VERSION:
            return  # opening an up-to-date store takes no write lock
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            version = self._schema_version()  # another process may have migrated meanwhile
            for migration in MIGRATIONS[version:]:
                if callable(migration):
                    migration(self._db)
                else:
                    for statement in _split_sql(migration):
                        self._db.execute(statement)
            self._db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def _write(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        with self._errors_named():
            if not self._db.in_transaction:
                self._db.execute("BEGIN IMMEDIATE")
            return self._db.execute(sql, params)

    def _write_many(self, sql: str, rows: Sequence[Any]) -> None:
        if rows:
            with self._errors_named():
                if not self._db.in_transaction:
                    self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany(sql, rows)

    def flush(self) -> None:
        with self._errors_named():
            if self._db.in_transaction:
                self._db.execute("COMMIT")

    @contextmanager
    def _errors_named(self) -> Iterator[None]:
        """A locked or broken database file is a StoreError naming the store."""
        try:
            yield
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.url}: {exc}") from exc

    def discard(self) -> None:
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    def close(self) -> None:
        try:
            self.flush()
        finally:
            if self._checkpointer is not None:
                self._checkpointer.stop()
            self._db.close()

    # articles

    def put_articles(self, articles: Sequence[Article]) -> None:
        # Every key is checked before anything is written.
        packed_keys = [[_packed_band_key(key, article.id) for key in article.band_keys] for article in articles]
        for article, keys in zip(articles, packed_keys):
            row = _article_row(article)
            placeholders = ", ".join("?" for _ in _ARTICLE_COLUMNS)
            updates = ", ".join(f"{c} = excluded.{c}" for c in _ARTICLE_COLUMNS[1:])
            self._write(
                f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({placeholders}) "
                f"ON CONFLICT(id) DO UPDATE SET {updates}",
                row,
            )
            # Not RETURNING: Python may be built with an SQLite older than 3.35.
            [(number,)] = self._db.execute("SELECT number FROM articles WHERE id = ?", (article.id,)).fetchall()
            self._write("DELETE FROM band_keys WHERE article = ?", (number,))
            self._write_many(
                "INSERT OR IGNORE INTO band_keys (key, article) VALUES (?, ?)", [(key, number) for key in keys]
            )
            self._write("DELETE FROM claims WHERE article_id = ?", (article.id,))
            self._write_many(
                "INSERT INTO claims (article_id, position, metric, value, qualifier, subject, "
                "location, scope, published, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        article.id, i, c.metric, c.value, c.qualifier, c.subject, c.location,
                        c.scope, article.published, json.dumps(c.to_dict(), ensure_ascii=False),
                    )
                    for i, c in enumerate(article.figures)
                ],
            )  # fmt: skip

    def get_article(self, article_id: str) -> Article | None:
        row = self._db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        claims = [
            Claim.from_dict(json.loads(r[0]))
            for r in self._db.execute(
                "SELECT body FROM claims WHERE article_id = ? ORDER BY position", (article_id,)
            )
        ]
        alerts = [
            Alert.from_dict(json.loads(r[0]))
            for r in self._db.execute(
                "SELECT body FROM alerts WHERE article_id = ? ORDER BY created_at, key", (article_id,)
            )
        ]
        keys = tuple(
            _unpacked_band_key(r[0])
            for r in self._db.execute("SELECT key FROM band_keys WHERE article = ? ORDER BY key", (row["number"],))
        )
        return _article_from_row(row, claims, alerts, keys)

    def content_hashes_of(self, article_ids: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for chunk in iter_chunks(dict.fromkeys(article_ids), 500):  # under SQLite's bound-parameter limit
            placeholders = ", ".join("?" for _ in chunk)
            rows = self._db.execute(f"SELECT id, content_hash FROM articles WHERE id IN ({placeholders})", chunk)
            found.update((row[0], row[1]) for row in rows)
        return found

    def known_urls(self, urls: Sequence[str]) -> dict[str, str | None]:
        found: dict[str, str | None] = {}
        for chunk in iter_chunks(dict.fromkeys(urls), 500):  # under SQLite's bound-parameter limit
            placeholders = ", ".join("?" for _ in chunk)
            rows = self._db.execute(f"SELECT url, published FROM articles WHERE url IN ({placeholders})", chunk)
            found.update((row[0], row[1]) for row in rows)
        return found

    def find_by_content_hashes(self, content_hashes: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for chunk in iter_chunks(dict.fromkeys(content_hashes), 500):  # under SQLite's bound-parameter limit
            placeholders = ", ".join("?" for _ in chunk)
            rows = self._db.execute(
                f"SELECT content_hash, id FROM articles WHERE content_hash IN ({placeholders}) ORDER BY rowid", chunk
            )
            for content_hash, article_id in rows:
                found.setdefault(content_hash, article_id)  # the first stored
        return found

    def find_near_duplicates(self, band_keys: Sequence[str]) -> list[NearDuplicateCandidate]:
        # A key of another form cannot have been stored (put_articles refuses it).
        packed = [number for number in map(_pack_band_key, band_keys) if number is not None]
        if not packed:
            return []
        placeholders = ", ".join("?" for _ in packed)
        # The articles sharing the most bands are the likeliest copies (the earliest stored
        # first among equals); the cap keeps a lookup's cost flat however many stories
        # share a common band.
        rows = self._db.execute(
            f"SELECT a.id, a.cluster_id, a.minhash FROM "
            f"(SELECT article, count(*) AS shared FROM band_keys WHERE key IN ({placeholders}) "
            f" GROUP BY article ORDER BY shared DESC, article LIMIT {NEAR_DUPLICATE_CANDIDATES}) m "
            f"JOIN articles a ON a.number = m.article ORDER BY m.shared DESC, a.number",
            packed,
        ).fetchall()
        return [
            NearDuplicateCandidate(article_id=r[0], cluster_id=r[1], minhash=bytes(r[2])) for r in rows
        ]

    def count_articles(self) -> int:
        return self._db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def cluster_size(self, cluster_id: str) -> int:
        return self._db.execute(
            "SELECT count(*) FROM articles WHERE cluster_id = ?", (cluster_id,)
        ).fetchone()[0]

    # search

    def search(self, query: SearchQuery) -> list[SearchHit]:
        if query.matches_nothing:
            return []
        where: list[str] = []
        params: list[Any] = []
        match = _fts_query(query.words)
        if match:
            source = "articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            where.append("articles_fts MATCH ?")
            params.append(match)
            # Title hits count ten times a body hit; bm25 is lower-is-better.
            score = "-bm25(articles_fts, 10.0, 1.0)"
            snippet = f"snippet(articles_fts, 1, '{MATCH_START}', '{MATCH_END}', '…', 16)"
        else:
            source = "articles a"
            score = "0.0"
            snippet = "substr(a.text, 1, 160)"
        if query.language:
            where.append("a.language = ?")
            params.append(query.language)
        if query.relevant is not None:
            where.append("a.relevant = ?")
            params.append(int(query.relevant))
        if query.since:
            where.append("a.published >= ?")
            params.append(query.since)
        if query.until:
            # Inclusive: a date-only bound covers every time of that day.
            where.append("substr(a.published, 1, length(?)) <= ?")
            params.extend([query.until, query.until])
        if not query.include_duplicates:
            where.append("a.duplicate_of IS NULL")
        order = "score DESC" if match and query.sort == "relevance" else "a.published DESC NULLS LAST"
        sql = (
            f"SELECT a.id, a.url, a.title, a.source, a.published, a.language, a.relevant, "
            f"a.cluster_id, {score} AS score, {snippet} AS snippet, "
            f"(SELECT count(*) FROM articles c WHERE c.cluster_id = a.cluster_id) AS copies "
            f"FROM {source} {'WHERE ' + ' AND '.join(where) if where else ''} "
            f"ORDER BY {order}, a.id LIMIT ?"
        )
        params.append(query.limit)
        return [
            SearchHit(
                id=r["id"], url=r["url"], title=r["title"], source=r["source"],
                published=r["published"], language=r["language"], relevant=bool(r["relevant"]),
                cluster_id=r["cluster_id"], copies=r["copies"], score=float(r["score"]),
                snippet=" ".join(r["snippet"].split()),
            )
            for r in self._db.execute(sql, params)
        ]  # fmt: skip

    # feeds

    def add_feed(self, url: str, name: str | None = None) -> bool:
        existing = self.get_feed(url)
        if existing and existing.watched:
            return False
        self._write(
            "INSERT INTO feeds (url, name, watched) VALUES (?, ?, 1) "
            "ON CONFLICT(url) DO UPDATE SET watched = 1, name = coalesce(excluded.name, name)",
            (url, name),
        )
        return True

    def remove_feed(self, url: str) -> bool:
        return self._write("DELETE FROM feeds WHERE url = ?", (url,)).rowcount > 0

    def list_feeds(self) -> list[Feed]:
        rows = self._db.execute("SELECT * FROM feeds WHERE watched = 1 ORDER BY url").fetchall()
        return [_feed_from_row(r) for r in rows]

    def get_feed(self, url: str) -> Feed | None:
        row = self._db.execute("SELECT * FROM feeds WHERE url = ?", (url,)).fetchone()
        return _feed_from_row(row) if row else None

    def update_feed(self, feed: Feed) -> None:
        # The watch list is the user's: a state written never adds a feed to it nor takes one off.
        state = {name: getattr(feed, name) for name in _FEED_STATE}
        self._write(
            f"INSERT INTO feeds (url, watched, {', '.join(state)}) VALUES (:url, 0, {', '.join(':' + n for n in state)}) "
            "ON CONFLICT(url) DO UPDATE SET name = coalesce(excluded.name, name), "
            + ", ".join(f"{n} = excluded.{n}" for n in state if n != "name"),
            {"url": feed.url, **state},
        )

    # alert state

    def get_series_high(self, metric: str, subject: str | None) -> SeriesHigh | None:
        row = self._db.execute(
            "SELECT * FROM series_highs WHERE metric = ? AND subject = ?",
            (metric, subject or _NO_SUBJECT),
        ).fetchone()
        if row is None:
            return None
        return SeriesHigh(
            metric=row["metric"], subject=row["subject"] or None, value=row["value"],
            article_id=row["article_id"], published=row["published"],
        )  # fmt: skip

    def put_series_high(self, high: SeriesHigh) -> None:
        # Only over a lower value: a writer that read an older high must not lower it.
        self._write(
            "INSERT INTO series_highs (metric, subject, value, article_id, published) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(metric, subject) DO UPDATE SET value = excluded.value, article_id = excluded.article_id, "
            "published = excluded.published WHERE excluded.value > series_highs.value",
            (high.metric, high.subject or _NO_SUBJECT, high.value, high.article_id, high.published),
        )

    def list_claims(self, metric: str | None = None) -> list[StoredClaim]:
        sql = (
            "SELECT c.body, a.id, a.url, a.title, a.source, a.published, a.duplicate_of, a.cluster_id, a.language "
            "FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.relevant = 1"
        )
        params: tuple = ()
        if metric is not None:
            sql, params = sql + " AND c.metric = ?", (metric,)
        return [
            StoredClaim(
                claim=Claim.from_dict(json.loads(row[0])), article_id=row[1], url=row[2], title=row[3],
                source=row[4], published=row[5], duplicate=row[6] is not None, cluster_id=row[7] or row[1],
                language=row[8],
            )
            for row in self._db.execute(sql + " ORDER BY c.published, c.article_id, c.position", params)
        ]  # fmt: skip

    def put_alert(self, alert: Alert) -> bool:
        cursor = self._write(
            "INSERT OR IGNORE INTO alerts (key, article_id, status, created_at, body) VALUES (?, ?, ?, ?, ?)",
            (alert.key, alert.article_id, alert.status, alert.created_at, _alert_json(alert)),
        )
        return cursor.rowcount > 0

    def update_alert(self, alert: Alert) -> None:
        self._write(
            "UPDATE alerts SET status = ?, lease_until = ?, body = ? WHERE key = ?",
            (alert.status, alert.lease_until, _alert_json(alert), alert.key),
        )

    def claim_alert(self, key: str, *, now: float, until: float) -> Alert | None:
        cursor = self._write(
            "UPDATE alerts SET status = 'sending', lease_until = :until, "
            "body = json_set(body, '$.status', 'sending', '$.lease_until', :until) "
            "WHERE key = :key AND (status = 'pending' OR (status = 'sending' AND lease_until < :now))",
            {"key": key, "now": now, "until": until},
        )
        self.flush()  # other senders must see the claim before this one sends anything
        if cursor.rowcount == 0:
            return None
        row = self._db.execute("SELECT body FROM alerts WHERE key = ?", (key,)).fetchone()
        return Alert.from_dict(json.loads(row[0]))

    def list_alerts(self, *, pending_only: bool = False, limit: int | None = None) -> list[Alert]:
        sql = "SELECT body FROM alerts"
        if pending_only:
            sql += " WHERE status != 'delivered'"
        sql += " ORDER BY created_at, rowid"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [Alert.from_dict(json.loads(r[0])) for r in self._db.execute(sql)]


class _Checkpointer:
    """Passive WAL checkpoints every CHECKPOINT_INTERVAL, on a connection and a daemon
    thread of their own, until stopped; a last one then, for what the last commits left."""

    def __init__(self, path: Path, busy_timeout: float) -> None:
        self._path = path
        self._busy_timeout = busy_timeout
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"newsmon checkpoints {path}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        db = sqlite3.connect(self._path, timeout=self._busy_timeout, isolation_level=None)
        try:
            while not self._stopping.wait(CHECKPOINT_INTERVAL):
                # PASSIVE never waits for the writer or readers; it copies what it can.
                db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        finally:
            db.close()

    def request_stop(self) -> None:
        self._stopping.set()

    def stop(self) -> None:
        """Stop after a last checkpoint, and wait for it."""
        self.request_stop()
        self._thread.join()


_BAND_KEY = re.compile(r"b(0|[1-9][0-9]*):([0-9a-f]{1,12})")
_HEX_BITS = 48  # dedup's band digests: 6 bytes, 12 hex digits
_BAND_SHIFT = _HEX_BITS + 1  # above the digest and its length marker
_BANDS = 1 << (63 - _BAND_SHIFT)  # the packed key is a signed 64-bit SQLite integer


def _pack_band_key(key: str) -> int | None:
    """"b{band}:{hex}" as one integer, or None for a key of another form.

    band << 49 | 1 << (4 * hex digits) | the hex value: the 1 above the digits keeps
    their count, so "b0:0a" and "b0:a" stay apart and every key unpacks to itself.
    """
    match = _BAND_KEY.fullmatch(key)
    if match is None:
        return None
    band, digits = int(match[1]), match[2]
    if band >= _BANDS:
        return None
    return band << _BAND_SHIFT | 1 << (4 * len(digits)) | int(digits, 16)


def _packed_band_key(key: str, article_id: str) -> int:
    """`_pack_band_key` for a key being stored: one of another form is an error naming it."""
    packed = _pack_band_key(key)
    if packed is None:
        raise ValueError(
            f"article {article_id}: band key {key!r} is not b<band>:<hex> "
            f"(band below {_BANDS} without leading zeros, 1 to 12 lowercase hex digits)"
        )
    return packed


def _unpacked_band_key(packed: int) -> str:
    """The key `_pack_band_key` made `packed` from."""
    band, marked_digits = packed >> _BAND_SHIFT, packed & ((1 << _BAND_SHIFT) - 1)
    width = (marked_digits.bit_length() - 1) // 4
    return f"b{band}:{marked_digits ^ (1 << 4 * width):0{width}x}"


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        text = "\n".join(current).strip()
        if text.endswith(";") and sqlite3.complete_statement(text):
            statements.append(text)
            current = []
    if "\n".join(current).strip():
        statements.append("\n".join(current))
    return statements


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_RUSSIAN = snowballstemmer.stemmer("russian")
_MIN_PREFIX = 4  # a shorter stem would match half the index


def _fts_query(words: Sequence[str]) -> str:
    """A query's words to an FTS5 query: every word must match; quoted so no word is an operator.

    The index stems English (porter); Russian and Kazakh words are indexed as written, so a
    Cyrillic word is matched by its stem as a prefix: "задержание" finds "задержала",
    "Казахстан" finds "Казахстане", and Kazakh's suffixes ("Алматыда") follow the stem.
    """
    terms = []
    for word in words:
        stem = _RUSSIAN.stemWord(word.lower()) if _CYRILLIC.search(word) else ""
        # One letter less: the stemmer leaves "задержан" of "задержание" but "задержа" of
        # "задержала"; verb and noun forms share the shorter prefix.
        prefix = stem[:-1] if len(stem) > _MIN_PREFIX + 1 else stem
        terms.append(f'"{prefix}"*' if len(prefix) >= _MIN_PREFIX else f'"{word}"')
    return " ".join(terms)


def _article_row(a: Article) -> tuple:
    return (
        a.id, a.url, a.canonical_url, a.title, a.text, a.source, a.published, a.author,
        a.fetched_at, a.feed_url, a.language, a.content_hash, a.minhash, a.duplicate_of,
        a.cluster_id or a.id, int(a.relevant), a.topic_score,
        json.dumps(a.topics, ensure_ascii=False), json.dumps(a.topic_evidence, ensure_ascii=False), a.script,
    )  # fmt: skip


def _article_from_row(row: sqlite3.Row, claims: list[Claim], alerts: list[Alert], keys: tuple) -> Article:
    return Article(
        id=row["id"], url=row["url"], canonical_url=row["canonical_url"], title=row["title"],
        text=row["text"], source=row["source"], published=row["published"], author=row["author"],
        fetched_at=row["fetched_at"], feed_url=row["feed_url"], language=row["language"], script=row["script"],
        content_hash=row["content_hash"], minhash=bytes(row["minhash"]), band_keys=keys,
        duplicate_of=row["duplicate_of"], cluster_id=row["cluster_id"],
        relevant=bool(row["relevant"]), topic_score=row["topic_score"],
        topics=json.loads(row["topics"]), topic_evidence=json.loads(row["topic_evidence"]),
        figures=claims, alerts=alerts,
    )  # fmt: skip


_FEED_STATE = tuple(f.name for f in dataclasses.fields(Feed) if f.name not in ("url", "watched"))


def _feed_from_row(row: sqlite3.Row) -> Feed:
    return Feed(url=row["url"], watched=bool(row["watched"]), **{name: row[name] for name in _FEED_STATE})


def _alert_json(alert: Alert) -> str:
    return json.dumps(alert.to_dict(), ensure_ascii=False)
