"""`make chaos`: fault injection against newsmon, on loopback only, bounded in count and time.

    .venv/bin/python scripts/chaos.py [--kill-trials 20] [--item-trials 3] [--delivery-trials 10] ...

Every scenario runs the real `newsmon` command over one local corpus: an RSS feed on a
loopback HTTP server whose items link to pages on that server (the seeds and passages of
tests/gold/ as small HTML pages), and a file of import records. Each compares what the
store holds afterwards with a clean run's, on a fresh store per trial:

  kill-sqlite, kill-es  kill -9 of `newsmon ingest` (the command alone, or its whole
                        process group) at random moments, one to three times, then a
                        run to the end; its fork server and workers must die with it
  delivery              kill -9 of `newsmon alerts --deliver` (or of an ingest that
                        delivers) while a loopback web hook takes the alerts, then
                        `alerts --deliver --take-over` until none is pending
  item-failures         Elasticsearch refusing 30% of bulk items with 429 (two runs
                        without retries through a proxy, then one direct)
  busy                  Elasticsearch answering whole bulk requests 429 with Retry-After
  slow-loris            a server answering a byte a second beside the feed: the run ends
  fuzz                  mutated feeds, pages and import lines thrown at the readers
                        (hypothesis): they return problems or articles, never raise

What is compared (fields that do not depend on when a run happened): articles (id,
content hash), claims (article and position: metric, value, subject), series highs
(metric, subject: value), alerts (key: kind, metric, subject, value, previous).
`lost`: in the clean run, missing; `duplicated`: stored more than once (two rows for one
id, two articles for one URL, two alerts for one value of a series); `wrong`: a differing
value, or a row the clean run does not have. Delivery is at least once: an alert received
again under its own key is counted apart, as `redelivered` (deduplicable by key).

The SQLite and the Elasticsearch scenarios run side by side, one thread each; the fuzzer
last. The exit status is 1 when anything was lost, duplicated or wrong, a process outlived its
killed command, a run stalled, or a scenario could not run (noida-db missing) or was cut
short by --time-limit.
"""

from __future__ import annotations

import argparse
import email.utils
import html
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Hashable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
sys.path.insert(0, str(TESTS))  # the loopback servers are the tests' own

from es_faults import RefusingProxy  # noqa: E402
from loopback import Delivery, StaticSite, WebhookRecorder  # noqa: E402
from slow_server import dripping_server  # noqa: E402

NEWSMON = Path(sys.executable).with_name("newsmon")
GOLD = TESTS / "gold"
# Enough documents for several batches of 16, each enriched by the process pool: a kill
# then lands between commits, in the fork server or in a worker.
BATCH_SIZE = 16
GOLD_PAGES = ("real_en", "real_ru", "real_kk")  # `passages` of each
GOLD_RECORDS = {"heldout_en": 3, "heldout_ru": 3}
RUN_TIMEOUT = 300.0  # seconds a run to the end may take before it counts as stalled
SCENARIOS = ("kill-sqlite", "kill-es", "item-failures", "delivery", "busy", "slow-loris", "fuzz")
ES_SCENARIOS = {"kill-es", "item-failures", "busy"}


# --- Counting -------------------------------------------------------------------------


@dataclass
class Tally:
    """One scenario's counts; `failures` are the notes of every trial that went wrong."""

    scenario: str
    trials: int = 0
    faults: int = 0
    lost: int = 0
    duplicated: int = 0
    wrong: int = 0
    redelivered: int = 0  # deliveries of an alert again, under its own key
    midway: int = 0  # kills that left the work partly done (some articles stored, some alerts sent)
    left_behind: int = 0  # processes alive after their command was killed
    stalled: int = 0  # runs that failed, or did not end within their time
    seconds: float = 0.0  # wall time the scenario took
    skipped: str | None = None  # why the scenario did not run
    cut_short: bool = False  # --time-limit reached before every trial ran
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what happened that is no failure

    @property
    def ok(self) -> bool:
        bad = self.lost + self.duplicated + self.wrong + self.left_behind + self.stalled
        return not bad and self.skipped is None and not self.cut_short

    def add(self, diff: "Diff", where: str) -> None:
        self.lost += diff.lost
        self.duplicated += diff.duplicated
        self.wrong += diff.wrong
        if diff:
            self.failures.append(f"{where}: {diff}")

    def line(self) -> str:
        if self.skipped:
            return f"{self.scenario:<14} skipped: {self.skipped}"
        text = (
            f"{self.scenario:<14} trials {self.trials:>4}  faults {self.faults:>4}  lost {self.lost}  "
            f"duplicated {self.duplicated}  wrong {self.wrong}"
        )
        extras = {"kills half-way": self.midway, "redelivered (deduplicable by key)": self.redelivered,
                  "processes left behind": self.left_behind, "stalled or failed": self.stalled}  # fmt: skip
        text += "".join(f"  {name} {count}" for name, count in extras.items() if count)
        text += f"  ({self.seconds:.0f} s)" if self.seconds else ""
        return text + ("  (cut short by --time-limit)" if self.cut_short else "")


@dataclass
class Diff:
    lost: int = 0
    duplicated: int = 0
    wrong: int = 0
    details: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.lost or self.duplicated or self.wrong)

    def __str__(self) -> str:
        return f"lost {self.lost}, duplicated {self.duplicated}, wrong {self.wrong}: " + "; ".join(self.details[:8])


# A store's state: per collection, rows of (identity, natural key, compared value). The
# natural key is what must not repeat: an article's URL, a series value's alert.
State = dict[str, list[tuple[Hashable, Hashable, Hashable]]]


def compare(clean: State, got: State) -> Diff:
    """What `got` lost, holds twice or holds otherwise, against the clean run's state."""
    diff = Diff()
    for collection in sorted(set(clean) | set(got)):
        expected = {identity: value for identity, _, value in clean.get(collection, [])}
        found: dict[Hashable, list[tuple[Hashable, Hashable]]] = {}
        for identity, natural, value in got.get(collection, []):
            found.setdefault(identity, []).append((natural, value))
        # Rows of a natural key beyond its count in the clean run (one, for a key new here).
        allowed = Counter(natural for _, natural, _ in clean.get(collection, []))
        counts = Counter(natural for rows in found.values() for natural, _ in rows)
        surplus = {natural: count - max(1, allowed[natural]) for natural, count in counts.items()}
        for identity in expected.keys() - found.keys():
            diff.lost += 1
            diff.details.append(f"{collection} {identity} lost")
        for identity, rows in found.items():
            natural, value = rows[0]
            if len(rows) > 1:
                diff.duplicated += len(rows) - 1
                surplus[natural] -= len(rows) - 1
                diff.details.append(f"{collection} {identity} stored {len(rows)} times")
            if identity in expected:
                if any(value != expected[identity] for _, value in rows):
                    diff.wrong += 1
                    diff.details.append(f"{collection} {identity}: {value!r}, clean run {expected[identity]!r}")
            elif surplus[natural] > 0:
                surplus[natural] -= 1
                diff.duplicated += 1
                diff.details.append(f"{collection} {identity} is another row for {natural!r}")
            else:
                diff.wrong += 1
                diff.details.append(f"{collection} {identity} {value!r} not in the clean run")
    return diff


def sqlite_state(path: Path) -> State:
    """The state of an SQLite store; empty where a run killed early left no tables."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            articles = db.execute("SELECT id, url, content_hash FROM articles").fetchall()
            claims = db.execute("SELECT article_id, position, body FROM claims").fetchall()
            highs = db.execute("SELECT metric, subject, value FROM series_highs").fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" not in str(exc) and "unable to open" not in str(exc):
            raise
        return {}
    return {
        "articles": [(identity, url, content_hash) for identity, url, content_hash in articles],
        "claims": [_claim_row(article, position, json.loads(body)) for article, position, body in claims],
        "highs": [((metric, subject), (metric, subject), value) for metric, subject, value in highs],
        "alerts": [_alert_row(alert) for alert in stored_alerts(path)],
    }


def stored_alerts(path: Path) -> list[dict]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return [json.loads(body) for (body,) in db.execute("SELECT body FROM alerts")]


def es_state(client, prefix: str) -> State:
    from elasticsearch import helpers

    def documents(name: str) -> Iterator[dict]:
        index = f"{prefix}-{name}"
        client.options(ignore_status=404).indices.refresh(index=index)
        hits = helpers.scan(client, index=index, query={"query": {"match_all": {}}}, ignore_unavailable=True)
        return ({"_id": hit["_id"], **hit["_source"]} for hit in hits)

    return {
        "articles": [(d["_id"], d["url"], d["content_hash"]) for d in documents("articles")],
        "claims": [_claim_row(d["article_id"], d["position"], d) for d in documents("claims")],
        "highs": [((d["metric"], d["subject"]),) * 2 + (d["value"],) for d in documents("series-highs")],
        "alerts": [_alert_row(d) for d in documents("alerts")],
        # A batch recorded and never applied in full: nothing of a clean run is left there.
        "outbox": [(d["_id"], d["_id"], None) for d in documents("outbox")],
    }


def _claim_row(article: str, position: int, claim: dict) -> tuple[Hashable, Hashable, Hashable]:
    what = (claim["metric"], claim["value"], claim["subject"])
    return (article, position), (article, *what, claim["start"], claim["end"]), what


def _alert_row(alert: dict) -> tuple[Hashable, Hashable, Hashable]:
    series_value = (alert["metric"], alert["subject"], alert["value"])
    return alert["key"], series_value, (alert["kind"], *series_value, alert["previous"])


# --- The corpus -----------------------------------------------------------------------


@dataclass
class Corpus:
    site: StaticSite
    feed_url: str
    records: Path  # import records (.jsonl)

    @property
    def inputs(self) -> list[str]:
        return [self.feed_url, str(self.records)]


@contextmanager
def serve_corpus(workdir: Path, passages: int = 12) -> Iterator[Corpus]:
    """The feed, its pages (the seeds, and `passages` passages of each gold set) and the
    import records, each document at a time of its own.

    Alerts depend on the order figures arrive in: within a batch newsmon takes articles in
    publication order, but a run's batches follow the order documents are read in, pages
    as they are answered and import records as their file is read, interleaved as it
    happens. So that a clean run is one fixed reference, the feed lists its items oldest
    first (the runs fetch one page at a time, `Runner.for_loopback`, so in feed order) and
    the import records state only regional figures, which raise no alert: claims and alerts
    then come out the same whatever the interleaving and wherever a restart cuts the batches."""
    with StaticSite({}) as site:
        pages = [_seed_page(path) for path in sorted((ROOT / "seeds").glob("*.txt"))]
        pages += [_gold_page(doc) for doc in _gold_documents(dict.fromkeys(GOLD_PAGES, passages))]
        records = list(_gold_documents(GOLD_RECORDS, regional=True))
        times = _times(len(pages) + len(records))
        record_times = times[3::8][: len(records)]  # among the pages' times
        page_times = [moment for moment in times if moment not in record_times]
        items = []
        for number, ((title, paragraphs), published) in enumerate(zip(pages, page_times)):
            path = f"/news/{number:03d}.html"
            site.files[path] = ("text/html; charset=utf-8", _html(title, paragraphs))
            items.append((published, title, site.url + path))
        site.files["/feed.xml"] = ("application/rss+xml", _rss(site.url, items))
        lines = [
            json.dumps({"url": f"{site.url}/records/{number}", "title": _headline(doc["text"]),
                        "text": doc["text"], "published": published.isoformat(), "source": doc["source"]["outlet"]},
                       ensure_ascii=False)
            for number, (doc, published) in enumerate(zip(records, record_times))
        ]  # fmt: skip
        path = workdir / "records.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        yield Corpus(site, site.url + "/feed.xml", path)


def _gold_documents(wanted: dict[str, int], *, regional: bool = False) -> Iterator[dict]:
    """The first documents of each gold set that state figures (only regional ones, if asked)."""
    for name, count in wanted.items():
        documents = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))["documents"]
        stating = [doc for doc in documents if doc["claims"]]
        if regional:
            stating = [doc for doc in stating if all(claim.get("location") for claim in doc["claims"])]
        yield from stating[:count]


def _seed_page(path: Path) -> tuple[str, list[str]]:
    paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return _headline(next(p for p in paragraphs if len(p.split()) > 4)), paragraphs


def _gold_page(document: dict) -> tuple[str, list[str]]:
    return _headline(document["text"]), [document["text"]]


def _headline(text: str) -> str:
    return " ".join(text.split()[:6])


def _times(count: int) -> list[datetime]:
    """`count` distinct times, ascending, over the case's first days."""
    start = datetime(2022, 1, 5, 6, tzinfo=timezone.utc)
    return [start + timedelta(minutes=97 * n) for n in range(count)]


def _html(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{html.escape(title)}</h1>{body}</article>"
        "<footer>© chaos news</footer></body></html>"
    ).encode("utf-8")


def _rss(base: str, items: list[tuple[datetime, str, str]]) -> bytes:
    """An RSS 2.0 feed of `items` as given."""
    entries = "".join(
        f"<item><title>{html.escape(title)}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>{email.utils.format_datetime(published)}</pubDate></item>"
        for published, title, link in items
    )
    return (
        f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Chaos News</title>"
        f"<link>{base}/</link>{entries}</channel></rss>"
    ).encode("utf-8")


# --- Running newsmon ------------------------------------------------------------------


@dataclass
class Runner:
    """Runs `newsmon` as a user does, each command in a session of its own, its stderr
    appended to one log."""

    workdir: Path
    env: dict[str, str]
    _log_start: int = 0

    @classmethod
    def for_loopback(cls, workdir: Path) -> "Runner":
        # Of the caller's NEWSMON_* settings only a test cluster's and its credentials: a
        # store or alert channel of theirs must not be written to.
        inherited = {name: value for name, value in os.environ.items()
                     if not name.startswith("NEWSMON_") or name.startswith(("NEWSMON_TEST_", "NEWSMON_ES_"))}
        return cls(workdir, {
            **inherited, "NEWSMON_ALLOWED_HOSTS": "127.0.0.1", "NEWSMON_HOST_DELAY": "0",
            "NEWSMON_RESPECT_ROBOTS": "false", "NEWSMON_BATCH_SIZE": str(BATCH_SIZE), "NEWSMON_WORKERS": "2",
            # One page at a time, in feed order: the reference run is then one fixed run (see serve_corpus).
            "NEWSMON_CONCURRENCY": "1",
            "NEWSMON_ES_DEADLETTER_FILE": str(workdir / "deadletter.jsonl"),
        })  # fmt: skip

    @property
    def log(self) -> Path:
        return self.workdir / "newsmon.log"

    def start(self, args: list[str], env: dict[str, str]) -> subprocess.Popen:
        with self.log.open("ab") as log:
            self._log_start = log.tell()
            return subprocess.Popen(
                [str(NEWSMON), *args], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
                env={**self.env, **env}, cwd=self.workdir, start_new_session=True,
            )  # fmt: skip

    def run(self, args: list[str], env: dict[str, str], timeout: float = RUN_TIMEOUT) -> int | None:
        """Run to the end; its exit status, or None when it stalled (then it is killed)."""
        process = self.start(args, env)
        try:
            return process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            kill(process, whole_group=True)
            return None

    def timed(self, args: list[str], env: dict[str, str]) -> float:
        """Seconds a run to the end takes; RuntimeError when it fails."""
        started = time.monotonic()
        status = self.run(args, env)
        if status != 0:
            raise RuntimeError(f"newsmon {' '.join(args)} exited {status}: {self.output()[-800:]}")
        return time.monotonic() - started

    def kill_when(self, args: list[str], env: dict[str, str], due: Callable[[float], bool],
                  whole_group: bool) -> int | None:  # fmt: skip
        """Run, and kill -9 it once `due(seconds since it started)` unless it ended first
        (then None); see `kill`."""
        process = self.start(args, env)
        started = time.monotonic()
        while process.poll() is None:
            if due(time.monotonic() - started):
                return kill(process, whole_group=whole_group)
            time.sleep(0.05)
        return None

    def output(self) -> str:
        """What the last command wrote to stderr."""
        with self.log.open("rb") as log:
            log.seek(self._log_start)
            return log.read().decode(errors="replace")


def kill(process: subprocess.Popen, *, whole_group: bool, grace: float = 10.0) -> int:
    """kill -9 the command's process group (a container stopped) or the command alone (the
    OOM killer), and return how many processes of its session outlived it by `grace`
    seconds: its fork server and workers must die with it. Those are then killed."""
    try:
        if whole_group:
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    except ProcessLookupError:
        pass
    process.wait()
    deadline = time.monotonic() + grace
    while (left := session_members(process.pid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    for member in left:  # counted, then ended: the next run must not meet them
        member.kill()
    return len(left)


def session_members(sid: int) -> list[psutil.Process]:
    members = []
    for process in psutil.process_iter(["status"]):
        try:
            if process.info["status"] != psutil.STATUS_ZOMBIE and os.getsid(process.pid) == sid:
                members.append(process)
        except (OSError, psutil.Error):  # gone meanwhile
            continue
    return members


# --- Stores ---------------------------------------------------------------------------


class SqliteStores:
    """A fresh SQLite file per label."""

    name = "sqlite"

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir

    def path(self, label: str) -> Path:
        return self.workdir / f"{label}.db"

    def fresh(self, label: str) -> tuple[str, dict[str, str]]:
        """The store URL of `label` (no trial shares one), and the environment its commands need."""
        return f"sqlite:///{self.path(label)}", {}

    def state(self, label: str) -> State:
        return sqlite_state(self.path(label))

    def articles(self, label: str) -> int:
        """Articles stored so far (0 before the store has tables)."""
        try:
            with closing(sqlite3.connect(f"file:{self.path(label)}?mode=ro", uri=True)) as db:
                return db.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:
            return 0

    def copy(self, label: str, to: str) -> None:
        """Store `label` copied whole (its write-ahead log included) as store `to`."""
        with closing(sqlite3.connect(self.path(label))) as source, closing(sqlite3.connect(self.path(to))) as copy:
            source.backup(copy)


class EsStores:
    """A fresh index prefix per label, on one Elasticsearch-speaking server."""

    name = "es"

    def __init__(self, cluster) -> None:
        self.cluster = cluster  # es_server.EsCluster
        self.url = cluster.url

    def prefix(self, label: str) -> str:
        return f"{self.cluster.run_prefix}-{label}".lower()

    def fresh(self, label: str) -> tuple[str, dict[str, str]]:
        return self.url, {"NEWSMON_ES_INDEX_PREFIX": self.prefix(label)}

    def state(self, label: str) -> State:
        with self.cluster.client() as client:
            return es_state(client, self.prefix(label))

    def articles(self, label: str) -> int:
        with self.cluster.client() as client:
            index = f"{self.prefix(label)}-articles"
            client.options(ignore_status=404).indices.refresh(index=index)
            return client.options(ignore_status=404).count(index=index).body.get("count", 0)


# --- Scenarios ------------------------------------------------------------------------


@dataclass
class Lab:
    """What every scenario works with: the corpus, a runner, the seed and the time left."""

    corpus: Corpus
    runner: Runner
    seed: int
    until: float  # time.monotonic() after which no trial starts
    kills: int = 3  # the most kills in one trial
    _clean: dict[str, "Reference"] = field(default_factory=dict)

    def trials(self, tally: Tally, count: int) -> Iterator[tuple[str, random.Random]]:
        """(label, random numbers) per trial, counted in `tally`, until the time is up."""
        for trial in range(count):
            if time.monotonic() >= self.until:
                tally.cut_short = True
                return
            tally.trials += 1
            yield f"{tally.scenario}-{self.seed}-{trial}", random.Random(self.seed * 1000 + trial)

    def ingest(self, store: str, *inputs: str, deliver: bool = False) -> list[str]:
        """`newsmon ingest` of `inputs` and the corpus into `store`; alerts left pending unless `deliver`."""
        return ["ingest", *inputs, *self.corpus.inputs, "--store", store, *([] if deliver else ["--no-deliver"])]

    def clean(self, stores) -> Reference:
        """A clean run, once per kind of store (its store is labelled `clean`): its state,
        and when it stored articles, watched as it ran."""
        if stores.name not in self._clean:
            url, env = stores.fresh("clean")
            started = time.monotonic()
            process = self.runner.start(self.ingest(url), env)
            stored, commits = 0, []
            while process.poll() is None:
                if (count := stores.articles("clean")) > stored:
                    stored = count
                    commits.append(time.monotonic() - started)
                time.sleep(0.05)
            if process.returncode != 0 or not commits:
                raise RuntimeError(f"the clean run exited {process.returncode}: {self.runner.output()[-800:]}")
            self._clean[stores.name] = Reference(stores.state("clean"), commits[0], commits[-1])
        return self._clean[stores.name]

    def kill_repeatedly(self, tally: Tally, command: list[str], env: dict[str, str], window: tuple[float, float],
                        rng: random.Random, done: Callable[[], float]) -> int:  # fmt: skip
        """Up to `self.kills` runs of `command`, each killed -9 (the command alone or its whole
        group): half of them at a random moment before `window` ends (when, from its start,
        the clean run committed its first and its last work), half at a random moment of the
        window's length after `done()` (the share of the work done) shows the first work
        committed, so that they land between commits. Stops at a run that ended before its
        kill: the rest would find nothing left to do. Returns how many kills landed."""
        landed = 0
        for _ in range(rng.randint(1, self.kills)):
            if rng.random() < 0.5:
                moment = rng.uniform(0.0, window[1])
                due = lambda elapsed: elapsed >= moment
            else:
                due = _after_work(done, rng.uniform(0.0, window[1] - window[0]))
            left = self.runner.kill_when(command, env, due, whole_group=rng.random() < 0.5)
            if left is None:
                break
            landed += 1
            tally.left_behind += left
            tally.midway += 0 < done() < 1
        tally.faults += landed
        return landed

    def failed(self, tally: Tally, label: str, what: str) -> None:
        tally.stalled += 1
        tally.failures.append(f"{label}: {what}: {self.runner.output()[-600:]}")


def _after_work(done: Callable[[], float], delay: float) -> Callable[[float], bool]:
    """Due `delay` seconds after `done()` first shows some work done."""
    since: float | None = None

    def due(elapsed: float) -> bool:
        nonlocal since
        if since is None and done() > 0:
            since = elapsed
        return since is not None and elapsed >= since + delay

    return due


@dataclass(frozen=True)
class Reference:
    """A clean run: what it stored, and when (seconds from its start) its first and its last
    articles were in."""

    state: State
    first_commit: float
    last_commit: float

    @property
    def window(self) -> tuple[float, float]:
        return self.first_commit, self.last_commit


ATTEMPTS = 3  # fresh starts of a trial whose first run ended before its kill


def kill_trials(lab: Lab, stores, count: int) -> Tally:
    """kill -9 at random moments of ingest runs, then a run to the end; compare."""
    tally = Tally(f"kill-{stores.name}")
    clean = lab.clean(stores)
    articles = len(clean.state["articles"])
    for trial, rng in lab.trials(tally, count):
        for attempt in range(ATTEMPTS):
            label = f"{trial}-{attempt}"
            url, env = stores.fresh(label)
            if lab.kill_repeatedly(tally, lab.ingest(url), env, clean.window, rng,
                                   lambda: stores.articles(label) / articles):  # fmt: skip
                break
        if lab.runner.run(lab.ingest(url), env) != 0:
            lab.failed(tally, label, "the run after the kills failed")
            continue
        tally.add(compare(clean.state, stores.state(label)), label)
    return tally


HOOK_DELAY = 0.05  # seconds the web hook takes to answer: a delivery lasts long enough to be cut


def delivery_trials(lab: Lab, stores: SqliteStores, count: int) -> Tally:
    """kill -9 while alerts are delivered to a loopback web hook: even trials kill `newsmon
    alerts --deliver` over a store a clean run filled, odd ones an ingest that delivers;
    then `alerts --deliver --take-over` until none is pending."""
    tally = Tally("delivery")
    clean = lab.clean(stores)
    alerts = len(clean.state["alerts"])
    with WebhookRecorder(delay=HOOK_DELAY) as hook:
        stores.copy("clean", "delivery-timed")
        started = time.monotonic()
        lab.runner.timed(_deliver(stores, "delivery-timed"), _hook_env(hook))
        sent = [delivery.at - started for delivery in hook.received()]
    for number, (trial, rng) in enumerate(lab.trials(tally, count)):
        with WebhookRecorder(delay=HOOK_DELAY) as hook:
            env = _hook_env(hook)
            for attempt in range(ATTEMPTS):
                label = f"{trial}-{attempt}"
                url, _ = stores.fresh(label)
                if number % 2 == 0:
                    stores.copy("clean", label)
                    command, window = _deliver(stores, label), (sent[0], sent[-1])
                else:
                    command = lab.ingest(url, deliver=True)
                    window = (clean.first_commit, clean.last_commit + sent[-1] - sent[0])
                hook.forget()  # what an attempt whose run ended by itself sent
                if lab.kill_repeatedly(tally, command, env, window, rng,
                                       lambda: len({d.key for d in hook.received()}) / alerts):  # fmt: skip
                    break
            if number % 2 and lab.runner.run(command, env) != 0:  # the interrupted ingest, to the end
                lab.failed(tally, label, "the ingest after the kills failed")
                continue
            for _ in range(3):  # a sender killed mid-send leaves a lease: take it over
                lab.runner.run(_deliver(stores, label, "--take-over"), env)
                if all(alert["status"] == "delivered" for alert in stored_alerts(stores.path(label))):
                    break
            received = hook.received()
        diff = compare(clean.state, stores.state(label))
        tally.redelivered += _check_deliveries(clean.state, received, diff)
        tally.add(diff, label)
    return tally


def _deliver(stores: SqliteStores, label: str, *options: str) -> list[str]:
    return ["alerts", "--deliver", *options, "--store", stores.fresh(label)[0]]


def _hook_env(hook: WebhookRecorder) -> dict[str, str]:
    return {"NEWSMON_ALERT_URLS": hook.hook_url(), "NEWSMON_ALERT_BACKOFF": "0.05"}


def _check_deliveries(clean: State, received: list[Delivery], diff: Diff) -> int:
    """Count in `diff` the clean run's alerts never received (lost), deliveries that are no
    alert of it or whose body names another key (wrong), and one alert received under two
    keys (duplicated); return the redeliveries under the same key, which a receiver drops."""
    raised = {key for key, _, _ in clean["alerts"]}
    keys = Counter(delivery.key for delivery in received)
    for key in raised - keys.keys():
        diff.lost += 1
        diff.details.append(f"alert {key} never received")
    keys_by_text: dict[str, set[str | None]] = {}
    for delivery in received:
        if delivery.key not in raised or not delivery.message.endswith(f"newsmon alert {delivery.key}"):
            diff.wrong += 1
            diff.details.append(f"a delivery under key {delivery.key!r} is no alert raised: {delivery.title!r}")
        keys_by_text.setdefault(delivery.message.rsplit("\n", 1)[0], set()).add(delivery.key)
    for text, distinct in keys_by_text.items():
        if len(distinct) > 1:
            diff.duplicated += len(distinct) - 1
            diff.details.append(f"{text.splitlines()[0]!r} delivered under {len(distinct)} keys")
    return sum(keys.values()) - len(keys)


def item_failure_trials(lab: Lab, stores: EsStores, count: int) -> Tally:
    """30% of bulk items refused (429) in two runs with no retries, then a run straight to the cluster."""
    tally = Tally("item-failures")
    clean = lab.clean(stores)
    for number, (label, _) in enumerate(lab.trials(tally, count)):
        _, env = stores.fresh(label)
        with RefusingProxy(stores.url, share=0.3, seed=lab.seed * 1000 + number) as proxy:
            for _ in range(2):
                lab.runner.run(lab.ingest(proxy.url), {**env, "NEWSMON_ES_MAX_RETRIES": "0"})
            tally.faults += proxy.refused
        if lab.runner.run(lab.ingest(stores.url), env) != 0:
            lab.failed(tally, label, "the run straight to the cluster failed")
            continue
        tally.add(compare(clean.state, stores.state(label)), label)
    return tally


def busy_trials(lab: Lab, stores: EsStores, count: int) -> Tally:
    """Whole bulk requests answered 429 with Retry-After for a while: the run retries through
    the spell, or fails and the next run makes up for it."""
    tally = Tally("busy")
    clean = lab.clean(stores)
    for label, _ in lab.trials(tally, count):
        _, env = stores.fresh(label)
        with RefusingProxy(stores.url, share=0.0, seed=lab.seed, busy_seconds=1.5, retry_after=1) as proxy:
            status = lab.runner.run(lab.ingest(proxy.url), {**env, "NEWSMON_ES_INITIAL_BACKOFF": "0.5"})
            tally.faults += proxy.busy_answers
        if status != 0:
            tally.notes.append(f"{label}: the run through the busy spell exited {status}; the next run made up for it")
            if lab.runner.run(lab.ingest(stores.url), env) != 0:
                lab.failed(tally, label, "the run after the busy spell failed")
                continue
        tally.add(compare(clean.state, stores.state(label)), label)
    return tally


SLOW_DEADLINE = 3.0  # NEWSMON_FETCH_DEADLINE in the slow-loris scenario, seconds


def slow_loris_trials(lab: Lab, stores: SqliteStores, count: int) -> Tally:
    """A server answering a byte a second among the inputs: the run ends, the slow page
    reported, everything else stored as in a clean run."""
    tally = Tally("slow-loris")
    clean = lab.clean(stores)
    for label, _ in lab.trials(tally, count):
        url, _ = stores.fresh(label)
        with dripping_server(interval=1.0) as slow:
            env = {"NEWSMON_FETCH_DEADLINE": str(SLOW_DEADLINE)}
            status = lab.runner.run(lab.ingest(url, slow), env, timeout=SLOW_DEADLINE + 60)  # else it stalled
        tally.faults += 1
        if status != 0:
            lab.failed(tally, label, f"the run with a slow server among its inputs exited {status}")
        elif f"skipped {slow}" not in lab.runner.output():
            tally.wrong += 1
            tally.failures.append(f"{label}: the slow page was not reported: {lab.runner.output()[-600:]}")
        tally.add(compare(clean.state, stores.state(label)), label)
    return tally


def fuzz(examples: int, seed: int) -> Tally:
    """Mutated feeds, pages and import lines through the readers (scripts/chaos_fuzz.py)."""
    import chaos_fuzz

    tally = Tally("fuzz")
    for check, strategy in chaos_fuzz.CHECKS:
        counted = chaos_fuzz.run(check, strategy, examples, seed)
        tally.trials += counted.examples
        tally.faults += counted.examples
        if counted.error:
            tally.wrong += 1
            tally.failures.append(f"{check.__name__} (seed {seed}): {counted.error}")
    return tally


# --- The command ----------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    started = time.monotonic()
    wanted = set(args.only or SCENARIOS)
    tallies: dict[str, Tally] = {}
    with ExitStack() as stack:
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="newsmon-chaos-")))
        corpus = stack.enter_context(serve_corpus(workdir))
        es, unavailable = _es_stores(stack, workdir)

        def lab(track: str) -> Lab:
            (workdir / track).mkdir()
            return Lab(corpus, Runner.for_loopback(workdir / track), args.seed, started + args.time_limit)

        sqlite_lab, es_lab = lab("sqlite-track"), lab("es-track")
        sqlite = SqliteStores(sqlite_lab.runner.workdir)
        # One track per store, side by side: a run spends much of its time waiting (its pool
        # starting, a kill's moment), so two cores take both. In each, the bar's scenarios first.
        tracks = [
            [("kill-sqlite", lambda: kill_trials(sqlite_lab, sqlite, args.kill_trials)),
             ("delivery", lambda: delivery_trials(sqlite_lab, sqlite, args.delivery_trials)),
             ("slow-loris", lambda: slow_loris_trials(sqlite_lab, sqlite, args.slow_trials))],
            [("kill-es", lambda: kill_trials(es_lab, es, args.kill_trials)),
             ("item-failures", lambda: item_failure_trials(es_lab, es, args.item_trials)),
             ("busy", lambda: busy_trials(es_lab, es, args.busy_trials))],
        ]  # fmt: skip

        def run(track: list[tuple[str, Callable[[], Tally]]]) -> None:
            for name, scenario in track:
                if name not in wanted:
                    continue
                if es is None and name in ES_SCENARIOS:
                    tallies[name] = Tally(name, skipped=f"no Elasticsearch-speaking server: {unavailable}")
                else:
                    begun = time.monotonic()
                    tallies[name] = scenario()
                    tallies[name].seconds = time.monotonic() - begun
                print(tallies[name].line(), file=sys.stderr, flush=True)

        with ThreadPoolExecutor(len(tracks)) as pool:
            for done in [pool.submit(run, track) for track in tracks]:
                done.result()
        run([("fuzz", lambda: fuzz(args.fuzz_examples, args.seed))])
    ran = [tallies[name] for name in SCENARIOS if name in tallies]
    print(report(ran, time.monotonic() - started))
    return 0 if ran and all(t.ok for t in ran) else 1


def _es_stores(stack: ExitStack, workdir: Path) -> tuple[EsStores | None, str | None]:
    from es_server import ServerUnavailable, session_cluster

    clusters = session_cluster(workdir / "es")
    try:
        cluster = next(clusters)
    except ServerUnavailable as exc:
        return None, str(exc)
    stack.callback(clusters.close)
    return EsStores(cluster), None


def report(tallies: list[Tally], seconds: float) -> str:
    counted = ("trials", "faults", "lost", "duplicated", "wrong", "redelivered", "midway", "left_behind", "stalled")
    total = Tally("total", seconds=seconds, **{name: sum(getattr(t, name) for t in tallies) for name in counted})
    lines = ["", "newsmon chaos: fault injection on loopback", *[t.line() for t in tallies], total.line()]
    for tally in tallies:
        lines += [f"  {tally.scenario}: {text}" for text in tally.failures + tally.notes]
    lines.append(f"wall time {seconds:.0f} s; {'PASS' if tallies and all(t.ok for t in tallies) else 'FAIL'}")
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kill-trials", type=int, default=20, help="kill trials per store (default 20)")
    parser.add_argument("--delivery-trials", type=int, default=10, help="(default 10)")
    parser.add_argument("--item-trials", type=int, default=3, help="Elasticsearch item-failure trials (default 3)")
    parser.add_argument("--busy-trials", type=int, default=1, help="trials of whole requests answered 429 (default 1)")
    parser.add_argument("--slow-trials", type=int, default=1, help="(default 1)")
    parser.add_argument("--fuzz-examples", type=int, default=300, help="examples per reader (default 300)")
    parser.add_argument("--seed", type=int, default=1, help="every random choice follows from it (default 1)")
    parser.add_argument("--time-limit", type=float, default=540.0,
                        help="seconds after which no trial starts (default 540)")  # fmt: skip
    parser.add_argument("--only", nargs="+", choices=SCENARIOS, help="these scenarios only")
    return parser


if __name__ == "__main__":
    sys.exit(main())
