"""The runner: wires the stages together, batch by batch.

    sources/fetch ──► Documents ──► enrich (process pool: extract, language,
    fingerprint, topics, figures) ──► dedup (store-backed, in input order) ──► store
    ──► alerts (publication order) ──► flush

Memory is bounded by `settings.batch_size`: documents are read lazily, and at most two
batches are in flight (one enriched while the one before is stored). A crash loses only
those, and a feed's conditional-GET state is committed only after its entries are: the
next run reads the feed in full and, ids being deterministic, redoes them without copies.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Callable, Iterable, Iterator, Sequence

from . import alerts, dedup, sources
from .enrich import enrich
from .fetch import Fetcher
from .models import Article, Document, Problem, utc_now
from .pool import POOL_MIN_DOCUMENTS, EnrichmentPool, start_worker_server
from .settings import Settings
from .store import Feed, Store


@dataclass(slots=True)
class IngestReport:
    """What one run did; `summary()` is what `newsmon ingest` prints."""

    documents: int = 0
    stored: int = 0  # new or changed articles written
    unchanged: int = 0  # already stored with the same content
    duplicates: int = 0
    relevant: int = 0
    figures: int = 0
    alerts: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return self.stored + self.unchanged

    def add(self, other: "IngestReport") -> None:
        for name in ("documents", "stored", "unchanged", "duplicates", "relevant", "figures", "alerts"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.problems.extend(other.problems)

    def summary(self) -> str:
        lines = [
            f"articles   {self.articles} ({self.stored} new or changed, {self.unchanged} already stored)",
            f"duplicates {self.duplicates} (reposts folded into an earlier story)",
            f"relevant   {self.relevant} (about the Kazakhstan unrest)",
            f"figures    {self.figures} claims",
            f"alerts     {self.alerts} raised",
            f"problems   {len(self.problems)}",
        ]
        lines += [f"  - {p}" for p in self.problems[:20]]
        if len(self.problems) > 20:
            lines.append(f"  ... and {len(self.problems) - 20} more")
        return "\n".join(lines)


class FeedStateRecorder:
    """The store as sources see it: reads go to the real store, feed-state writes are kept.

    Sources write a feed's ETag and Last-Modified once they have read it. Committed before
    the feed's entries are stored, that state would turn the next read into a 304 and lose
    the entries if this run died first; so it waits until they are: `mark()` when the
    documents read so far are handed on, `commit(mark)` once they are stored.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self.recorded: dict[str, Feed] = {}  # the latest state of every feed written
        self._unwritten: list[Feed] = []
        self._written = 0

    def get_feed(self, url: str) -> Feed | None:
        return self.recorded.get(url) or self._store.get_feed(url)

    def update_feed(self, feed: Feed) -> None:
        self.recorded[feed.url] = feed
        self._unwritten.append(feed)

    def mark(self) -> int:
        """A bookmark after the writes recorded so far, for `commit`."""
        return self._written + len(self._unwritten)

    def commit(self, mark: int | None = None) -> None:
        """Write the state recorded before `mark` (all of it by default); call it once every
        entry read before then is stored."""
        count = len(self._unwritten) if mark is None else mark - self._written
        for feed in self._unwritten[:count]:
            self._store.update_feed(feed)
        self._store.flush()
        del self._unwritten[:count]
        self._written += count

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def ingest(
    inputs: Sequence[str],
    store: Store,
    settings: Settings,
    *,
    on_article: Callable[[Article], None] | None = None,
    on_problem: Callable[[Problem], None] | None = None,
) -> IngestReport:
    """Read `inputs` (or every watched feed when empty), enrich, deduplicate, store, alert."""
    start_worker_server(settings)  # it loads while the first feeds are read
    feed_state = FeedStateRecorder(store)
    with Fetcher(settings) as fetcher, EnrichmentPool(enrich, settings) as enrich_all:
        # Closed on the way out, a run that fails stops its read-ahead fetches there and then.
        with closing(sources.read_inputs(inputs, fetcher=fetcher, store=feed_state, settings=settings)) as read:
            return ingest_documents(
                read, store, settings, enrich_all=enrich_all, feed_state=feed_state,
                on_article=on_article, on_problem=on_problem,
            )  # fmt: skip


def ingest_documents(
    stream: Iterable[Document | Problem],
    store: Store,
    settings: Settings,
    *,
    enrich_all: Callable[[list[Document]], Iterable[Article | Problem]] | None = None,
    feed_state: FeedStateRecorder | None = None,
    on_article: Callable[[Article], None] | None = None,
    on_problem: Callable[[Problem], None] | None = None,
) -> IngestReport:
    """Ingest an already-read stream of documents (and the problems met reading it).

    Batches overlap: the pool enriches batch k while batch k+1 is read, and has batch
    k+1 to work on while batch k is stored, so the workers wait for neither the network
    nor the store. `feed_state`, the recorder the stream's reader writes feed state to,
    is committed up to where batch k ended once batch k is stored, and in full at the end.
    """
    report = IngestReport()
    enrich_all = enrich_all or (lambda docs: (enrich(d, settings) for d in docs))

    def met(problem: Problem) -> None:
        report.problems.append(problem)
        if on_problem:
            on_problem(problem)

    def documents() -> Iterator[Document]:
        for item in stream:
            if isinstance(item, Problem):
                met(item)
            else:
                report.documents += 1
                yield item

    def store_results(results: Iterable[Article | Problem], mark: int | None) -> None:
        enriched: list[Article] = []
        for result in results:
            if isinstance(result, Problem):
                met(result)
            else:
                enriched.append(result)
        report.add(store_batch(enriched, store, settings, on_article=on_article))
        if feed_state:
            feed_state.commit(mark)

    in_flight: tuple[Iterable[Article | Problem], int | None] | None = None
    for batch in _growing_batches(documents(), max(1, settings.batch_size)):
        mark = feed_state.mark() if feed_state else None
        submitted = enrich_all(batch)
        if in_flight:
            store_results(*in_flight)
        in_flight = (submitted, mark)
    if in_flight:
        store_results(*in_flight)
    if feed_state:
        feed_state.commit()
    return report


def _growing_batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Batches of `size` documents, the first ones smaller (16, 32, 64, ...): the pool starts
    on the first documents read instead of waiting for a whole batch to be read."""
    batch = min(size, POOL_MIN_DOCUMENTS)
    stream = iter(documents)
    while chunk := list(islice(stream, batch)):
        yield chunk
        batch = min(size, 2 * batch)


def store_batch(
    articles: Sequence[Article],
    store: Store,
    settings: Settings,
    *,
    on_article: Callable[[Article], None] | None = None,
) -> IngestReport:
    """Deduplicate, store and raise alerts for one enriched batch, then commit it."""
    report = IngestReport()
    deduplicator = dedup.Deduplicator(store, settings)
    fresh: list[Article] = []
    seen: list[Article] = []
    for article in articles:
        if store.content_hash_of(article.id) == article.content_hash:
            report.unchanged += 1
            stored = store.get_article(article.id) or article
            if article.published and article.published != stored.published:
                # Read again because its feed entry was re-dated: keep the new time, or the
                # entry would look updated, and be fetched again, on every run.
                stored.published = article.published
                store.put_articles([stored])
            seen.append(stored)
            continue
        deduplicator.assign(article)
        # Written at once so that later articles of this batch deduplicate against it.
        store.put_articles([article])
        fresh.append(article)
    # Stored articles are checked too: a run that died after committing an article but
    # before raising its alerts gets them raised now (alert keys make this idempotent).
    raised = alerts.raise_alerts([*fresh, *seen], store, now=utc_now(), min_sources=settings.alert_min_sources)
    store.flush()

    report.stored = len(fresh)
    report.alerts = len(raised)
    for article in [*fresh, *seen]:
        report.duplicates += article.duplicate_of is not None
        report.relevant += article.relevant
        report.figures += len(article.figures)
        if on_article:
            on_article(article)
    return report
