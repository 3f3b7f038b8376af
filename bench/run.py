"""`make bench`: newsmon end to end on a generated corpus, against bare trafilatura.

    .venv/bin/python bench/run.py [--articles N] [--reposts F] [--json] [--out DIR] [--smoke]

1. Generate the corpus (`corpus.py`): N distinct news pages of ~250 KB and reposts of
   them, with the ground truth; write it to disk.
2. Serve it from loopback, in a separate process: one HTTP server per simulated site
   (site i on 127.0.0.{i+1}: hosts, as the fetcher's politeness counts them), each with
   robots.txt and its pages listed in RSS feeds of 50 entries.
3. End to end: `newsmon ingest FEED... --json` in a subprocess on a fresh SQLite store,
   as a user runs it (process pool and all). Wall time, articles/s, the steady rate
   once a batch's worth of articles is stored, and the CPU and peak memory of the command and its
   worker processes, sampled.
4. Quality: repost recall and false merges, read back from the store against the truth.
5. Stage profile: the same feeds through `pipeline.run.ingest.ingest_documents` in this
   process, one core, with each stage function timed: sources+fetch, extract,
   language, fingerprint, topics, figures, dedup assign, store writes, alerts.
6. Baseline: every page through bare `trafilatura.extract`, in a process that imports
   nothing of newsmon (`baseline.py`: trafilatura as released); the headline
   number is end-to-end wall time / baseline wall time (target <= 0.8 on 2 cores).

A report, never a pass/fail test: the exit status is non-zero only when the benchmark
cannot run (the ingest command fails). Numbers are explained in bench/README.md.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.metadata
import io
import json
import multiprocessing
import os
import platform
import pstats
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import psutil

import corpus
from pipeline.run import ingest
from pipeline.stages import alerts, dedup, extract, figures, language, sources, topics
from pipeline.run.enrich import enrich
from pipeline.stages.fetch import Fetcher
from pipeline.models import Document
from pipeline.settings import Settings
from pipeline.store import open_store
from timing import Totals, TimedStore, timed_functions, timed_stream

ROOT = Path(__file__).resolve().parents[1]
CORES = os.cpu_count() or 1
SMOKE = {"articles": 30, "reposts": 0.3}
TARGET_RATIO = 0.8
TARGET_RATE = 20.0  # articles/s on 2 cores
TARGET_RECALL = 0.95
TARGET_MEMORY_MB = 1024


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.smoke:
        args.articles, args.reposts = SMOKE["articles"], SMOKE["reposts"]
    if not 1 <= args.sites <= MAX_SITES:
        parser.error(f"--sites must be from 1 to {MAX_SITES} (one loopback address each), got {args.sites}")
    with ExitStack() as stack:
        out = args.out or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="newsmon-bench-")))
        try:
            report = run_benchmark(args, out, progress=_progress(quiet=args.json))
        except corpus.CorpusError as exc:
            parser.error(str(exc))
    if args.out:
        (args.out / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else format_report(report))
    return 0 if report["end_to_end"]["returncode"] == 0 else 1


def run_benchmark(args: argparse.Namespace, out: Path, *, progress: Callable[[str], None]) -> dict[str, Any]:
    corpus_dir = out / "corpus"
    progress(f"generating {args.articles} articles + {args.reposts:.0%} reposts in {corpus_dir}")
    started = time.perf_counter()
    pages = corpus.generate(args.articles, args.reposts, seed=args.seed, sites=args.sites)
    shutil.rmtree(corpus_dir, ignore_errors=True)
    corpus.write_corpus(pages, corpus_dir, seed=args.seed)
    generated_s = time.perf_counter() - started
    files = [corpus.page_file(corpus_dir, p) for p in pages]

    load_before = os.getloadavg()
    env = {
        **os.environ,
        # the loopback servers, and nothing else private
        "NEWSMON_ALLOWED_HOSTS": ",".join(site_address(site) for site in range(args.sites)),
        "NEWSMON_HOST_DELAY": str(args.host_delay),
        **({"NEWSMON_WORKERS": str(args.workers)} if args.workers is not None else {}),
        **({"NEWSMON_BATCH_SIZE": str(args.batch_size)} if args.batch_size else {}),
    }
    settings = Settings.from_env(env)
    stages: dict[str, Any] = {}
    with serve_corpus(pages, corpus_dir, seed=args.seed) as site:
        progress(f"end to end: newsmon ingest of {len(site.feed_urls)} feeds from {len(site.base_urls)} sites")
        e2e = run_ingest(site.feed_urls, _fresh(out / "e2e.db"), env, batch_size=settings.batch_size)
        quality = dedup_quality(pages, site, out / "e2e.db") if e2e["returncode"] == 0 else {}
        if not args.e2e_only:
            progress("stage profile: the same feeds in one process, each stage timed")
            warm_up = Document(url=site.page_url(pages[0]), body=files[0].read_bytes(), kind="html")
            stages = profile_stages(
                site.feed_urls, _fresh(out / "profile.db"), settings, warm_up=warm_up, top=args.profile
            )
        feeds = len(site.feed_urls)
    baseline: dict[str, Any] = {}
    if not args.e2e_only:
        progress("baseline: bare trafilatura.extract over the same pages")
        baseline = bare_extraction(files)

    sizes = [f.stat().st_size for f in files]
    return {
        "machine": {**machine(), "load_average_before": load_before, "load_average_after": os.getloadavg()},
        "corpus": {
            "seed": args.seed,
            "articles": args.articles,
            "reposts": len(pages) - args.articles,
            "pages": len(pages),
            "sites": args.sites,
            "feeds": feeds,
            "median_page_kb": round(statistics.median(sizes) / 1024, 1),
            "total_mb": round(sum(sizes) / 2**20, 1),
            "median_words": statistics.median(p.story.word_count for p in pages),
            "languages": dict(Counter(p.story.language for p in pages)),
            "relevant": sum(p.story.relevant for p in pages),
            "kinds": dict(Counter(p.kind for p in pages)),
            "generate_s": round(generated_s, 2),
        },
        "settings": {
            "workers": settings.workers or CORES,
            "batch_size": settings.batch_size,
            "concurrency": settings.concurrency,
            "host_delay": settings.host_delay,
        },
        "end_to_end": {
            **e2e,
            "articles_per_s": round(len(pages) / e2e["wall_s"], 1),
            "articles_per_day": round(len(pages) / e2e["wall_s"] * 86400),
        },
        "dedup": quality,
        "stages": stages,
        "baseline": baseline,
        "ratio": round(e2e["wall_s"] / baseline["wall_s"], 2) if baseline else None,
        # Per article in the steady state against per page of the baseline.
        "steady_ratio": (
            round(len(pages) / e2e["steady_articles_per_s"] / baseline["wall_s"], 2)
            if baseline and e2e["steady_articles_per_s"] else None
        ),
        # The ratio an otherwise idle machine would show if every core were kept busy: the
        # run's CPU spread over the cores, against the baseline's CPU. Other load moves it little.
        "cpu_ratio": round(e2e["cpu_s"] / CORES / baseline["cpu_s"], 2) if baseline else None,
        "parallel_efficiency": round(e2e["cpu_s"] / (CORES * e2e["wall_s"]), 2),
    }


# Serving


@dataclass(frozen=True, slots=True)
class ServedCorpus:
    base_urls: dict[int, str]  # site -> http://ADDRESS:PORT
    feed_urls: list[str]

    def page_url(self, page: corpus.Page) -> str:
        return self.base_urls[page.site] + page.path


@contextmanager
def serve_corpus(pages: Sequence[corpus.Page], directory: Path, *, seed: int) -> Iterator[ServedCorpus]:
    """Serve each site from its own loopback address (`site_address`), from a separate process.

    Serving costs CPU; in a process of its own it does not share the measured
    process's interpreter lock (the stage profile runs in this one).
    """
    by_site = sorted(corpus.pages_by_site(pages).items())
    context = multiprocessing.get_context("fork")  # nothing runs in threads here yet
    addresses = context.SimpleQueue()
    server = context.Process(
        target=_serve, args=(by_site, directory, seed, addresses), name="corpus-server", daemon=True
    )
    server.start()
    try:
        ports: dict[int, int] = addresses.get()
        base_urls = {site: f"http://{site_address(site)}:{port}" for site, port in ports.items()}
        feed_urls = [base_urls[site] + path for site, site_pages in by_site for path in corpus.feed_paths(site_pages)]
        yield ServedCorpus(base_urls, feed_urls)
    finally:
        server.terminate()
        server.join()


MAX_SITES = 254  # 127.0.0.1 to 127.0.0.254


def site_address(site: int) -> str:
    """Site `site`'s own host: the fetcher allows one request at a time per host, whatever the port."""
    return f"127.0.0.{site + 1}"


def _serve(by_site: list[tuple[int, list[corpus.Page]]], directory: Path, seed: int, addresses: Any) -> None:
    ports = {}
    for site, site_pages in by_site:
        server = _SiteServer((site_address(site), 0), _handler(site, site_pages, directory, seed))
        threading.Thread(target=server.serve_forever, name=f"site-{site}", daemon=True).start()
        ports[site] = server.server_address[1]
    addresses.put(ports)
    threading.Event().wait()  # until terminated


class _SiteServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client closing its keep-alive connection at exit is no error worth a traceback.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _handler(site: int, site_pages: list[corpus.Page], directory: Path, seed: int) -> type[BaseHTTPRequestHandler]:
    site_root = directory / f"site-{site}"

    class SiteHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real sites serve

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/robots.txt":
                self._send(200, "text/plain; charset=utf-8", b"User-agent: *\nAllow: /\n")
            elif path.startswith("/rss/"):
                base = f"http://{self.headers.get('Host')}"
                entries = corpus.feed_entries(site_pages, path)
                body = corpus.render_rss(site, entries, base, seed=seed).encode("utf-8")
                self._send(200, "application/rss+xml; charset=utf-8", body)
            else:
                page = (site_root / path.lstrip("/")).resolve()
                if page.is_relative_to(site_root) and page.is_file():
                    self._send(200, "text/html; charset=utf-8", page.read_bytes())
                else:
                    self._send(404, "text/plain; charset=utf-8", b"not found\n")

        def _send(self, status: int, content_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
            pass  # one line per request would drown the report

    return SiteHandler


# End to end


def run_ingest(inputs: Sequence[str], store_path: Path, env: Mapping[str, str], *, batch_size: int) -> dict[str, Any]:
    """`newsmon ingest INPUT... --json` in a subprocess: wall time, CPU, peak memory, steady rate.

    The command prints each article once its batch is stored; the arrival times of those
    lines give the steady rate, from the `batch_size`-th article stored to the last,
    without the startup every run pays once (imports, worker processes, models loaded
    on first use). A run of one batch has no steady state.
    """
    command = [
        sys.executable, "-m", "pipeline.cli", "ingest", *inputs,
        "--store", f"sqlite:///{store_path}", "--no-deliver", "--json",
    ]  # fmt: skip
    arrivals: list[float] = []
    with tempfile.TemporaryFile("w+") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=dict(env), cwd=ROOT, stdout=subprocess.PIPE, stderr=stderr, text=True)
        with ProcessTreeMonitor(process.pid) as tree:
            for _ in process.stdout:  # type: ignore[union-attr]
                arrivals.append(time.perf_counter() - started)
            process.wait()
        wall = time.perf_counter() - started
        stderr.seek(0)
        summary = stderr.read().strip().splitlines()[-12:]
    steady = None
    if len(arrivals) > batch_size:
        steady = (len(arrivals) - batch_size) / (arrivals[-1] - arrivals[batch_size - 1])
    return {
        "returncode": process.returncode,
        "wall_s": round(wall, 2),
        # CPU of the command and its workers: what the run costs, whatever else the machine does.
        "cpu_s": round(tree.cpu_seconds, 2),
        "peak_pss_mb": round(tree.peak_pss / 2**20),
        "peak_rss_sum_mb": round(tree.peak_rss / 2**20),
        "peak_processes": tree.peak_processes,
        "max_process_rss_mb": round(tree.max_process_rss / 2**20),
        "first_stored_s": round(arrivals[0], 2) if arrivals else None,
        "batch_stored_s": round(arrivals[batch_size - 1], 2) if len(arrivals) >= batch_size else None,
        "steady_articles_per_s": round(steady, 1) if steady else None,
        "summary": summary,
    }


class ProcessTreeMonitor:
    """Samples a process and all its descendants: peak memory, and the CPU they used.

    Memory: PSS (proportional set size) splits each page that processes share among
    them, so its sum is the memory the tree really holds; the RSS sum counts a shared
    page once per process, an upper bound. CPU is each process's last sampled user +
    system time, summed: the workers of a process pool come from a fork server whose
    children the command never waits for, so `getrusage(RUSAGE_CHILDREN)` misses them.
    """

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.process = psutil.Process(pid)
        self.interval = interval
        self.peak_pss = self.peak_rss = self.max_process_rss = self.peak_processes = 0
        self._cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="process-tree-monitor", daemon=True)

    @property
    def cpu_seconds(self) -> float:
        return sum(self._cpu.values())

    def __enter__(self) -> ProcessTreeMonitor:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def _sample(self) -> None:
        try:
            tree = [self.process, *self.process.children(recursive=True)]
        except psutil.NoSuchProcess:
            return
        pss = rss = count = 0
        for proc in tree:
            try:
                with proc.oneshot():
                    memory, cpu = proc.memory_full_info(), proc.cpu_times()
            except psutil.NoSuchProcess:
                continue  # exited between listing and reading
            pss, rss, count = pss + memory.pss, rss + memory.rss, count + 1
            self.max_process_rss = max(self.max_process_rss, memory.rss)
            self._cpu[proc.pid] = cpu.user + cpu.system
        self.peak_pss = max(self.peak_pss, pss)
        self.peak_rss = max(self.peak_rss, rss)
        self.peak_processes = max(self.peak_processes, count)


# Quality


def dedup_quality(pages: Sequence[corpus.Page], site: ServedCorpus, store_path: Path) -> dict[str, Any]:
    """Repost recall and false merges of the stored clusters against the ground truth.

    A repost is recalled when it landed in the same cluster as its original. A false
    merge is a story folded into a cluster that holds another story: for each cluster,
    the number of distinct true stories in it minus one.
    """
    # Every stored article, more than a search may return (MAX_SEARCH_LIMIT): read from the
    # run's own SQLite file, its url and cluster as the store wrote them.
    with closing(sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)) as db:
        rows = db.execute("SELECT url, cluster_id FROM articles").fetchall()
    cluster_of = dict(rows)
    cluster = {p.id: cluster_of.get(site.page_url(p)) for p in pages}
    reposts = [p for p in pages if p.original]
    recalled = sum(1 for p in reposts if cluster[p.id] is not None and cluster[p.id] == cluster[p.original])
    stories: dict[str, set[str]] = defaultdict(set)
    for page in pages:
        if cluster[page.id] is not None:
            stories[cluster[page.id]].add(page.original or page.id)
    missed = Counter(p.kind for p in reposts if cluster[p.id] is None or cluster[p.id] != cluster[p.original])
    return {
        "stored": len(rows),
        "missing_pages": sum(1 for c in cluster.values() if c is None),
        "reposts": len(reposts),
        "recall": round(recalled / len(reposts), 3) if reposts else None,
        "missed_by_kind": dict(missed),
        "false_merges": sum(len(s) - 1 for s in stories.values()),
        "clusters": len(stories),
        "true_stories": len({p.original or p.id for p in pages}),
    }


# Stage profile


# Stage functions as the runner calls them (`pipeline.run.enrich`, `pipeline.run.ingest`): the
# module attribute is replaced, so the runner's own call sequence is what gets measured.
def _stage_targets() -> dict[str, tuple[Any, str]]:
    return {
        "extract": (extract, "extract_article"),
        "language": (language, "detect_language_and_script"),
        "fingerprint": (dedup, "fingerprint"),
        "topics": (topics, "score_topics"),
        "figures": (figures, "extract_claims"),
        "dedup assign": (dedup.Deduplicator, "assign"),
        "alerts": (alerts, "raise_alerts"),
    }


def profile_stages(
    feeds: Sequence[str], store_path: Path, settings: Settings, *, warm_up: Document, top: int = 0
) -> dict[str, Any]:
    """Ingest `feeds` in this process on one core, timing each stage; ms per article.

    `warm_up` is enriched first, untimed: models load on first use, once per process,
    and that is startup, not a cost per article.
    """
    started = time.perf_counter()
    enrich(warm_up, settings)
    warm_up_s = time.perf_counter() - started
    totals: Totals = defaultdict(float)
    profiler = cProfile.Profile() if top else None
    started = time.perf_counter()
    with open_store(f"sqlite:///{store_path}", settings) as store, Fetcher(settings) as fetcher:
        stream = sources.read_inputs(feeds, fetcher=fetcher, store=store, settings=settings)
        with timed_functions(_stage_targets(), totals):
            if profiler:
                profiler.enable()
            report = ingest.ingest_documents(
                timed_stream(stream, "sources+fetch", totals), TimedStore(store, totals), settings
            )
            if profiler:
                profiler.disable()
    wall = time.perf_counter() - started
    articles = max(1, report.documents)
    stages = {label: round(1000 * seconds / articles, 2) for label, seconds in totals.items()}
    result = {
        "documents": report.documents,
        "wall_s": round(wall, 2),
        "warm_up_s": round(warm_up_s, 2),
        "ms_per_article": stages,
    }
    if profiler:
        result["profile"] = _top_functions(profiler, top)
    return result


def _top_functions(profiler: cProfile.Profile, top: int) -> list[str]:
    """pstats' table of the `top` functions by own time."""
    table = io.StringIO()
    pstats.Stats(profiler, stream=table).sort_stats(pstats.SortKey.TIME).print_stats(top)
    lines = table.getvalue().splitlines()
    header = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
    return [line for line in lines[header:] if line.strip()]


# Baseline


def bare_extraction(files: Sequence[Path]) -> dict[str, Any]:
    """`baseline.py` over `files`, in a process of its own: trafilatura as released."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as listing:
        listing.write("".join(f"{path}\n" for path in files))
        listing.flush()
        command = [sys.executable, str(Path(__file__).with_name("baseline.py")), listing.name]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


# Report


def machine() -> dict[str, Any]:
    model = next(
        (line.split(":", 1)[1].strip() for line in _read_lines("/proc/cpuinfo") if line.startswith("model name")),
        platform.processor(),
    )
    return {
        "cpus": os.cpu_count(),
        "cpu": model,
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "trafilatura": importlib.metadata.version("trafilatura"),
        "platform": platform.platform(),
    }


def format_report(report: dict[str, Any]) -> str:
    m, c, e, d, s, b = (report[k] for k in ("machine", "corpus", "end_to_end", "dedup", "stages", "baseline"))
    lines = [
        f"machine    {m['cpus']} CPUs, {m['cpu']}, {m['memory_gb']} GB, Python {m['python']}, "
        f"load average {m['load_average_before'][0]:.2f} before, {m['load_average_after'][0]:.2f} after",
        f"corpus     {c['articles']} articles + {c['reposts']} reposts = {c['pages']} pages on {c['sites']} sites "
        f"({c['feeds']} feeds), median page {c['median_page_kb']} KB, {c['total_mb']} MB in all",
        f"           languages {c['languages']}, {c['relevant']} about the unrest, kinds {c['kinds']}",
        "",
        f"end to end newsmon ingest: {e['wall_s']} s wall, {e['cpu_s']} s CPU, "
        f"{e['articles_per_s']} articles/s ({e['articles_per_day']:,}/day)"
        + _verdict(e["articles_per_s"] >= TARGET_RATE, f">= {TARGET_RATE:g}/s"),
        f"           peak memory {e['peak_pss_mb']} MB PSS over {e['peak_processes']} processes "
        f"(RSS sum {e['peak_rss_sum_mb']} MB, largest process {e['max_process_rss_mb']} MB)"
        + _verdict(e["peak_pss_mb"] < TARGET_MEMORY_MB, "< 1 GB"),
        f"           cores kept busy {report['parallel_efficiency']:.0%} (run CPU / {m['cpus']} cores / wall)",
        f"           first article stored after {e['first_stored_s']} s"
        + (
            f", the first {report['settings']['batch_size']} after {e['batch_stored_s']} s;"
            f" from there on {e['steady_articles_per_s']} articles/s"
            if e["steady_articles_per_s"] else ""
        ),
    ]
    if b:
        ratio = report["ratio"]
        lines += [
            f"baseline   bare trafilatura.extract, one process: {b['wall_s']} s wall, {b['cpu_s']} s CPU, "
            f"{b['pages_per_s']} pages/s, {b['ms_per_page']} ms/page",
            f"ratio      end-to-end wall / baseline wall = {ratio}"
            + _verdict(ratio <= TARGET_RATIO, f"<= {TARGET_RATIO}"),
            *(
                [f"           {report['steady_ratio']} from then on (per article, against per page)"]
                if report["steady_ratio"] else []
            ),
            f"           CPU ratio {report['cpu_ratio']} (run CPU / {m['cpus']} cores / baseline CPU: the wall ratio "
            "with every core busy and nothing else running)",
        ]
    if e["returncode"] != 0:
        lines += ["", f"newsmon ingest FAILED (exit {e['returncode']}):", *("    " + x for x in e["summary"])]
    if d:
        lines += [
            "",
            f"dedup      repost recall {d['recall']} ({d['reposts']} reposts, missed by kind {d['missed_by_kind']})"
            + _verdict(d["recall"] is not None and d["recall"] >= TARGET_RECALL, f">= {TARGET_RECALL}"),
            f"           false merges {d['false_merges']}; "
            f"{d['clusters']} clusters for {d['true_stories']} true stories; "
            f"{d['stored']} stored, {d['missing_pages']} pages missing" + _verdict(d["false_merges"] == 0, "0"),
        ]
    if s:
        lines += [
            "",
            f"stages     one process, {s['documents']} documents, {s['wall_s']} s "
            f"(after {s['warm_up_s']} s loading models); ms per article:",
            *(f"    {label:<28} {ms:8.2f}" for label, ms in sorted(s["ms_per_article"].items(), key=lambda kv: -kv[1])),
        ]
        if s.get("profile"):
            lines += ["", "profile of the stage run, by own time:", *("    " + row for row in s["profile"])]
    return "\n".join(lines)


def _verdict(met: bool, target: str) -> str:
    return f"   [target {target}: {'met' if met else 'NOT met'}]"


def _read_lines(path: str) -> list[str]:
    try:
        return Path(path).read_text().splitlines()
    except OSError:
        return []


def _fresh(store_path: Path) -> Path:
    """`store_path`, with any store a previous run left there removed."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store_path}{suffix}").unlink(missing_ok=True)
    return store_path


def _progress(*, quiet: bool) -> Callable[[str], None]:
    def say(message: str) -> None:
        if not quiet:
            print(f"[bench] {message}", file=sys.stderr, flush=True)

    return say


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    add = parser.add_argument
    add(
        "--articles", type=int, default=2000,
        help="distinct articles (default 2000, 2,400 pages with reposts: under three minutes on 2 cores)",
    )  # fmt: skip
    add("--reposts", type=float, default=0.2, help="reposts as a fraction of the articles (default 0.2)")
    add("--sites", type=int, default=4, help="simulated sites, one loopback address each (default 4, at most 254)")
    add("--seed", type=int, default=0)
    add("--workers", type=int, help="NEWSMON_WORKERS for the end-to-end run (default: one per core)")
    add("--batch-size", type=int, help="NEWSMON_BATCH_SIZE for both runs")
    add("--host-delay", type=float, default=0.0, help="NEWSMON_HOST_DELAY (default 0)")
    add("--e2e-only", action="store_true", help="skip the stage profile and the baseline (large runs, memory runs)")
    add("--profile", type=int, default=0, metavar="N", help="also cProfile the stage run; show the top N functions")
    add("--json", action="store_true", help="print the report as JSON")
    add("--out", type=Path, help="keep the corpus, stores and report.json here (default: a temporary directory)")
    add("--smoke", action="store_true", help=f"for CI: {SMOKE['articles']} articles, {SMOKE['reposts']:.0%} reposts")
    return parser


if __name__ == "__main__":
    sys.exit(main())
