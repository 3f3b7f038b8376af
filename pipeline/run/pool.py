"""The enrichment pool: worker processes that run `enrich` over a batch of documents.

Workers come from a fork server, not a fork of the command: fetch threads run there,
and a fork taken while one holds a lock can deadlock the child. The fork server imports
`pipeline.run.worker_preload` (the stages and the language model) once, and each worker
forked from it starts with them loaded. Loading takes a second or two, so the command
starts it first thing (`start_worker_server`), and it loads on the other core while the
command imports its own modules and reads the first feeds.

Light on purpose: nothing here imports a stage, so starting the server costs the
command nothing.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.forkserver
import multiprocessing.resource_tracker
import os
import signal
import sys
from contextlib import suppress
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterator

from pipeline.models import Article, Document, Problem
from pipeline.settings import Settings

__all__ = ["POOL_MIN_DOCUMENTS", "EnrichmentPool", "die_with_parent", "start_worker_server"]

# A batch smaller than this is enriched in the command (unless a pool is running already):
# starting a pool costs more.
POOL_MIN_DOCUMENTS = 16

Enrich = Callable[[Document, Settings], Article | Problem]


def pool_size(settings: Settings) -> int:
    """Worker processes a pool has: `settings.workers`, else one per core."""
    return settings.workers or os.cpu_count() or 1


def die_with_parent(parent: int | None = None) -> None:
    """Have the kernel kill this process when its parent dies (Linux), so that no fork
    server or worker outlives a command that was killed (kill -9, the OOM killer, a task
    stopped by Airflow or Docker). Called in the fork server, whose parent is the command
    (`parent`), and in each worker, whose parent is the fork server. A process that finds
    its parent, or the command, already gone exits at once: it may have been forked in the
    moment they died, before it could ask."""
    if not sys.platform.startswith("linux"):
        return
    parent = parent or int(os.environ.get(FORK_SERVER_PID, "0")) or os.getppid()
    with suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


_PR_SET_PDEATHSIG = 1  # prctl(2)
# What the fork server and its workers must not outlive, passed down in the environment:
# the command that started the server, and the server the workers are forked from.
COMMAND_PID, FORK_SERVER_PID = "NEWSMON_COMMAND_PID", "NEWSMON_FORK_SERVER_PID"


def start_worker_server(settings: Settings) -> None:
    """Start the workers' fork server loading now, in the background, if batches will use a
    pool. Idempotent; a run that turns out too small for a pool leaves it unused."""
    if pool_size(settings) > 1 and settings.batch_size >= POOL_MIN_DOCUMENTS:
        _fork_server_context()
        multiprocessing.forkserver.ensure_running()


def stop_worker_server() -> None:
    """Stop the fork server and multiprocessing's resource tracker, and reap them: a
    long-running command that stops (`newsmon watch`) leaves no process behind, not even
    for the moment its parent takes to notice. Python has no public call for it; its
    private `_stop`s are used where they exist, else the processes end with the command."""
    for helper in (
        getattr(multiprocessing.forkserver, "_forkserver", None),
        getattr(multiprocessing.resource_tracker, "_resource_tracker", None),
    ):
        stop = getattr(helper, "_stop", None)
        if callable(stop):
            stop()


def _fork_server_context() -> multiprocessing.context.ForkServerContext:
    os.environ[COMMAND_PID] = str(os.getpid())  # the fork server inherits it when it starts
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipeline.run.worker_preload"])
    return context


class EnrichmentPool:
    """Runs `function` over a batch, in worker processes when there is more than one core.

    A worker that dies (a crash in a parser, the OOM killer) costs only the document it
    was on. Use it as a context manager: it yields `run`.
    """

    def __init__(self, function: Enrich, settings: Settings) -> None:
        self.function = function
        self.settings = settings
        self.workers = pool_size(settings)
        self.pool: ProcessPoolExecutor | None = None
        # Handing a batch to the pool can take seconds (the first waits for the fork server
        # to load): a thread of its own does it, so reading goes on meanwhile.
        self._hand_over = ThreadPoolExecutor(1, thread_name_prefix="newsmon-enrich")

    def __enter__(self) -> Callable[[list[Document]], Iterator[Article | Problem]]:
        return self.run

    def run(self, docs: list[Document]) -> Iterator[Article | Problem]:
        """Start enriching `docs` now; the results, in order, as they are iterated."""
        if not self._pooled(len(docs)):
            return (self.function(d, self.settings) for d in docs)
        chunksize = max(1, len(docs) // (4 * self.workers))
        pool = self._pool()
        handed = self._hand_over.submit(pool.map, self.function, docs, [self.settings] * len(docs), chunksize=chunksize)
        return self._results(docs, pool, handed)

    def _results(
        self, docs: list[Document], pool: ProcessPoolExecutor, handed: Future[Iterator[Article | Problem]]
    ) -> Iterator[Article | Problem]:
        done = 0
        try:
            for result in handed.result():
                yield result
                done += 1
        except BrokenProcessPool:
            self._discard_pool(pool)
            # One document at a time, to find the one that kills its worker.
            for doc in docs[done:]:
                yield self._alone(doc)

    def _alone(self, doc: Document) -> Article | Problem:
        pool = self._pool()
        try:
            return pool.submit(self.function, doc, self.settings).result()
        except BrokenProcessPool:
            self._discard_pool(pool)
            return Problem(doc.url, "enrich", "the worker process died on it (a crash or out of memory)")

    def _pooled(self, documents: int) -> bool:
        # A pool already running takes any batch; starting one pays from a batch this big.
        return self.workers > 1 and (self.pool is not None or documents >= POOL_MIN_DOCUMENTS)

    def _pool(self) -> ProcessPoolExecutor:
        if self.pool is None:
            # The fork server is started here, by the calling thread, never by the hand-over
            # thread: it asks to die with the thread that started it (die_with_parent).
            context = _fork_server_context()
            multiprocessing.forkserver.ensure_running()
            self.pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=context, initializer=die_with_parent
            )
        return self.pool

    def _discard_pool(self, broken: ProcessPoolExecutor) -> None:
        # The next batch, already submitted to the broken pool, finds it broken too; by
        # then a new pool may be running the first batch's documents one at a time.
        broken.shutdown(wait=True, cancel_futures=True)
        if self.pool is broken:
            self.pool = None

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        # Interrupted (Ctrl-C, SIGTERM): waiting for the documents in hand could outlast a
        # stop's grace period; the workers die with the command (die_with_parent)
        interrupted = exc_type is not None and issubclass(exc_type, KeyboardInterrupt)
        if self.pool is not None and interrupted:
            self.pool.shutdown(wait=False, cancel_futures=True)
        self._hand_over.shutdown(wait=not interrupted)
        if self.pool is not None and not interrupted:
            self.pool.shutdown(cancel_futures=True)

