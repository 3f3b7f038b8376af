"""Staging: the pipeline cut into steps that each run in their own process (Airflow tasks).

A scheduler runs every step as a separate task, maybe on another machine, and may retry
any of them. Article bodies never travel through the scheduler: a step writes JSON Lines
files under a run-scoped directory (`RunArea`) and hands on a `StagedShard` (paths and
counts) to the next.

    plan_shards(inputs, size)       INPUTs (paths, URLs, watched feeds) -> shards
    fetch_shard(area, n, inputs)    sources + fetch -> documents, feed states     one per shard
    enrich_shard(area, fetched)     documents -> enriched articles                one per shard
    store_shards(area, enriched)    the runs' one commit step (`ingest.Commit`)   once per run

Every step is safe to retry: its output is written atomically under a name fixed by the
run and shard, so a retry replaces what an earlier attempt left, and storing relies on
the store's deterministic ids and content hashes.

A feed's conditional-GET state (ETag, Last-Modified) is an item of the shard's records,
after the feed's entries, and is committed with the batch that holds them, as `newsmon
ingest` commits it. Otherwise a failed store followed by a 304 on the next run would lose
those entries for good.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO, Union

from pipeline.errors import NewsmonError
from pipeline.models import Alert, Article, Claim, Document, Problem
from pipeline.run.enrich import enrich
from pipeline.run.ingest import Commit, IngestReport
from pipeline.settings import Settings
from pipeline.stages.fetch import Fetcher
from pipeline.stages.sources import read_inputs
from pipeline.store import Store
from pipeline.store.base import Feed

Record = Union[Document, Article, Problem, Feed]


class StagingError(NewsmonError, RuntimeError):
    """A staged file is missing or unreadable; names the file."""


@dataclass(frozen=True, slots=True)
class RunArea:
    """The staging directory of one run: `<staging_dir>/<dag id>/<run id>/`."""

    path: Path

    @classmethod
    def for_run(cls, staging_dir: str | Path, *names: str) -> "RunArea":
        # Run ids carry ':' and '+' (manual__2022-01-08T00:00:00+00:00): keep file names portable.
        parts = [re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "_" for name in names]
        return cls(Path(staging_dir).joinpath(*parts))

    def shard_file(self, step: str, shard: int) -> Path:
        return self.path / f"{step}-{shard:05d}.jsonl"

    @property
    def report_file(self) -> Path:
        return self.path / "report.json"

    def remove_bodies(self) -> None:
        """Delete the staged documents and articles; the run's report stays."""
        for path in self.path.glob("*.jsonl"):
            path.unlink(missing_ok=True)


@dataclass(frozen=True, slots=True, kw_only=True)
class StagedShard:
    """What one step hands the next: where the shard's records are, and how many."""

    shard: int
    records: str  # JSONL: Documents after fetch, Articles after enrich; Problems and feed states either way
    documents: int  # documents the shard read
    articles: int = 0  # enriched articles (0 before enrichment)
    problems: int = 0  # problems met so far

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "StagedShard":
        return cls(**data)


def plan_shards(inputs: Sequence[str], size: int) -> list[list[str]]:
    """Cut INPUTs into shards of at most `size`, in order; duplicates dropped."""
    if size < 1:
        raise ValueError(f"feeds per shard must be at least 1, got {size}")
    unique = list(dict.fromkeys(inputs))
    return [unique[i : i + size] for i in range(0, len(unique), size)]


def fetch_shard(area: RunArea, shard: int, inputs: Sequence[str], store: Store, settings: Settings) -> StagedShard:
    """Read one shard's INPUTs into staged Documents and feed states; nothing is written to the store."""
    records = area.shard_file("fetched", shard)
    with Fetcher(settings) as fetcher:
        counts = write_records(records, read_inputs(inputs, fetcher=fetcher, store=store, settings=settings))
    return StagedShard(shard=shard, records=str(records), documents=counts["document"], problems=counts["problem"])


def enrich_shard(area: RunArea, fetched: StagedShard, settings: Settings) -> StagedShard:
    """Run the pure stages (extract ... figures) over one shard's staged Documents."""

    def enriched() -> Iterator[Record]:
        for item in read_records(Path(fetched.records)):
            yield enrich(item, settings) if isinstance(item, Document) else item

    records = area.shard_file("enriched", fetched.shard)
    counts = write_records(records, enriched())
    return dataclasses.replace(
        fetched, records=str(records), articles=counts["article"], problems=counts["problem"]
    )


def store_shards(
    area: RunArea,
    shards: Iterable[StagedShard],
    store: Store,
    settings: Settings,
    *,
    planned: Sequence[Sequence[str]] = (),
) -> IngestReport:
    """Commit the enriched shards in shard order, batch by batch (`ingest.Commit`: dedup,
    store, series and alerts, then the feed states read with each batch).

    `planned` (the shards' INPUTs) lets a shard that never arrived (its fetch or enrich
    failed) be reported by name; its feeds keep their old state, so the next run reads them again.
    """
    shards = sorted(shards, key=lambda s: s.shard)
    commit = Commit(store, settings)
    commit.report.documents = sum(s.documents for s in shards)
    batch: list[Article] = []
    feeds: list[Feed] = []
    for shard in shards:
        for item in read_records(Path(shard.records)):
            if isinstance(item, Problem):
                commit.met(item)
            elif isinstance(item, Feed):
                feeds.append(item)
            elif isinstance(item, Article):
                batch.append(item)
                if len(batch) >= max(1, settings.batch_size):
                    commit(batch, feeds)
                    batch, feeds = [], []
    commit(batch, feeds)
    report = commit.report

    arrived = {s.shard for s in shards}
    for index, inputs in enumerate(planned):
        if index not in arrived:
            names = ", ".join(inputs[:3]) + (f" and {len(inputs) - 3} more" if len(inputs) > 3 else "")
            report.problems.append(
                Problem(names, "staging", f"shard {index} failed before it was stored; it is read again next run")
            )
    return report


def write_records(path: Path, items: Iterable[Record]) -> Counter[str]:
    """Write records as JSON Lines, atomically (a reader sees the whole file or none); count them by kind."""
    counts: Counter[str] = Counter()
    with _atomic_text(path) as out:
        for item in items:
            kind, data = _encode(item)
            out.write(json.dumps({"type": kind, "fields": data}, ensure_ascii=False) + "\n")
            counts[kind] += 1
    return counts


def read_records(path: Path) -> Iterator[Record]:
    """Read what `write_records` wrote, lazily."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise StagingError(
            f"{path}: cannot read the staged file ({exc.strerror}); "
            "is the staging directory (NEWSMON_STAGING_DIR) shared by every worker?"
        ) from exc
    with handle:
        for number, line in enumerate(handle, 1):
            try:
                record = json.loads(line)
                yield _decode(record["type"], record["fields"])
            except (ValueError, KeyError, TypeError) as exc:
                raise StagingError(f"{path}:{number}: not a staged record: {exc}") from exc


def save_report(path: Path, report: IngestReport) -> None:
    """Keep a run's report beside its staged files, for `load_report`."""
    with _atomic_text(path) as out:
        json.dump(dataclasses.asdict(report), out, ensure_ascii=False, indent=1)


def load_report(path: Path) -> IngestReport:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StagingError(f"{path}: cannot read the run report: {exc}") from exc
    data["problems"] = [Problem(**p) for p in data["problems"]]
    return IngestReport(**data)


def report_counts(report: IngestReport) -> dict[str, int]:
    """The report as small numbers (what a scheduler shows for a run)."""
    counts = {k: v for k, v in dataclasses.asdict(report).items() if isinstance(v, int)}
    return {**counts, "articles": report.articles, "problems": len(report.problems)}


@contextmanager
def _atomic_text(path: Path) -> Iterator[TextIO]:
    """A text file that appears at `path` complete, or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _encode(item: Record) -> tuple[str, dict[str, Any]]:
    if isinstance(item, Article):
        data = dataclasses.asdict(item)
        data["minhash"] = base64.b64encode(item.minhash).decode("ascii")
        return "article", data
    if isinstance(item, Document):
        data = dataclasses.asdict(item)
        if isinstance(item.body, bytes):  # HTML stays bytes so extraction can sniff its charset
            data["body"] = {"base64": base64.b64encode(item.body).decode("ascii")}
        return "document", data
    if isinstance(item, Problem):
        return "problem", dataclasses.asdict(item)
    if isinstance(item, Feed):
        return "feed", dataclasses.asdict(item)
    raise TypeError(f"cannot stage a {type(item).__name__}")


def _decode(kind: str, data: dict[str, Any]) -> Record:
    if kind == "article":
        data["minhash"] = base64.b64decode(data["minhash"])
        data["band_keys"] = tuple(data["band_keys"])
        data["figures"] = [Claim.from_dict(c) for c in data["figures"]]
        data["alerts"] = [Alert.from_dict(a) for a in data["alerts"]]
        return Article(**data)
    if kind == "document":
        if isinstance(data["body"], dict):
            data["body"] = base64.b64decode(data["body"]["base64"])
        return Document(**data)
    if kind == "problem":
        return Problem(**data)
    if kind == "feed":
        return Feed(**data)
    raise ValueError(f"unknown kind {kind!r}")
