"""The runner: the pipeline in one process, batch by batch, and its commit step.

    sources/fetch ──► Documents (and feed states) ──► enrich (process pool: extract,
    language, fingerprint, topics, figures) ──► Commit: dedup (store-backed, in input
    order) ──► store ──► series and alerts (publication order) ──► feed states and their
    health alerts ──► flush

`Commit` is the one commit step: Airflow's store task (`pipeline.run.staging`) runs the same.
Memory is bounded by `settings.batch_size`: documents are read lazily, and at most two
batches are in flight (one enriched while the one before is committed). A crash loses only
those, and a feed's conditional-GET state is committed only with its entries: the next run
reads the feed in full and, ids being deterministic, redoes them without copies.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator, Sequence

from pipeline.models import Alert, Article, Document, Problem, utc_now
from pipeline.run.enrich import enrich
from pipeline.run.pool import POOL_MIN_DOCUMENTS, EnrichmentPool, start_worker_server
from pipeline.settings import Settings
from pipeline.stages import alerts, dedup, feed_health, sources
from pipeline.stages.fetch import Fetcher
from pipeline.stages.sources import Item
from pipeline.store import Feed, Store


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


def ingest(
    inputs: Sequence[str],
    store: Store,
    settings: Settings,
    *,
    on_article: Callable[[Article], None] | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    on_read: Callable[[Document], None] | None = None,
    on_alert: Callable[[Alert], None] | None = None,
) -> IngestReport:
    """Read `inputs` (or every watched feed when empty), enrich, deduplicate, store, alert."""
    start_worker_server(settings)  # it loads while the first feeds are read
    with Fetcher(settings) as fetcher, EnrichmentPool(enrich, settings) as enrich_all:
        # Closed on the way out, a run that fails stops its read-ahead fetches there and then.
        with closing(sources.read_inputs(inputs, fetcher=fetcher, store=store, settings=settings)) as read:
            return ingest_documents(
                read, store, settings, enrich_all=enrich_all,
                on_article=on_article, on_problem=on_problem, on_read=on_read, on_alert=on_alert,
            )  # fmt: skip


def ingest_documents(
    stream: Iterable[Item],
    store: Store,
    settings: Settings,
    *,
    enrich_all: Callable[[list[Document]], Iterable[Article | Problem]] | None = None,
    on_article: Callable[[Article], None] | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    on_read: Callable[[Document], None] | None = None,
    on_alert: Callable[[Alert], None] | None = None,
) -> IngestReport:
    """Ingest an already-read stream of items: documents, the problems met reading them, and
    feed states.

    Batches overlap: the pool enriches batch k while batch k+1 is read, and has batch
    k+1 to work on while batch k is committed, so the workers wait for neither the network
    nor the store. A feed state read by the time a batch is cut goes with that batch: the
    feed's entries came before it.
    """
    commit = Commit(store, settings, on_article=on_article, on_problem=on_problem, on_alert=on_alert)
    enrich_all = enrich_all or (lambda docs: (enrich(d, settings) for d in docs))
    feeds: list[Feed] = []

    def documents() -> Iterator[Document]:
        for item in stream:
            if isinstance(item, Document):
                commit.report.documents += 1
                if on_read:
                    on_read(item)
                yield item
            elif isinstance(item, Feed):
                feeds.append(item)
            else:
                commit.met(item)

    in_flight: tuple[Iterable[Article | Problem], list[Feed]] | None = None
    for batch in _growing_batches(documents(), max(1, settings.batch_size)):
        submitted = enrich_all(batch)
        read_with_it = feeds[:]
        feeds.clear()
        if in_flight:
            commit(*in_flight)
        in_flight = (submitted, read_with_it)
    if in_flight:
        commit(*in_flight)
    commit([], feeds)
    return commit.report


def _growing_batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Batches of `size` documents, the first ones smaller (16, 32, 64, ...): the pool starts
    on the first documents read instead of waiting for a whole batch to be read."""
    batch = min(size, POOL_MIN_DOCUMENTS)
    stream = iter(documents)
    while chunk := list(islice(stream, batch)):
        yield chunk
        batch = min(size, 2 * batch)


class Commit:
    """The pipeline's last step, the same whatever runs it (`ingest_documents` in one process,
    `staging.store_shards` in Airflow): each enriched batch deduplicated, stored, its series
    and alerts raised, then the feed states read with it, all committed together, batch after
    batch in order. An article met again in the run (a story two feeds link to, a URL in two
    shards) is stored and counted once. `report` sums up the run."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        on_article: Callable[[Article], None] | None = None,
        on_problem: Callable[[Problem], None] | None = None,
        on_alert: Callable[[Alert], None] | None = None,
    ) -> None:
        self.store, self.settings = store, settings
        self.report = IngestReport()
        self._on_article, self._on_problem, self._on_alert = on_article, on_problem, on_alert
        self._seen: set[str] = set()

    def met(self, problem: Problem) -> None:
        self.report.problems.append(problem)
        if self._on_problem:
            self._on_problem(problem)

    def __call__(self, enriched: Iterable[Article | Problem], feeds: Sequence[Feed] = ()) -> None:
        articles: list[Article] = []
        for result in enriched:
            if isinstance(result, Problem):
                self.met(result)
            elif result.id not in self._seen:
                self._seen.add(result.id)
                articles.append(result)
        self.report.add(self._store(articles, feeds))

    def _store(self, articles: Sequence[Article], feeds: Sequence[Feed]) -> IngestReport:
        store, settings = self.store, self.settings
        report = IngestReport()
        stored_hashes = store.content_hashes_of([article.id for article in articles])
        deduplicator = dedup.Deduplicator(store, settings, [a for a in articles if stored_hashes.get(a.id) != a.content_hash])
        fresh: list[Article] = []
        seen: list[Article] = []
        for article in articles:
            if stored_hashes.get(article.id) == article.content_hash:
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
        for feed in feeds:  # after its entries: a run that dies before reads the feed again
            if (health := feed_health.health_alert(feed)) and store.put_alert(health):
                raised.append(health)
            store.update_feed(feed)
        store.flush()

        report.stored = len(fresh)
        report.alerts = len(raised)
        if self._on_alert:
            for alert in raised:
                self._on_alert(alert)
        for article in [*fresh, *seen]:
            report.duplicates += article.duplicate_of is not None
            report.relevant += article.relevant
            report.figures += len(article.figures)
            if self._on_article:
                self._on_article(article)
        return report
