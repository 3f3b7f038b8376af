"""`newsmon`: the command line.

    newsmon ingest INPUT... [--store URL] [--json]    read, enrich, deduplicate, store, alert
    newsmon search QUERY [filters] [--json]           full-text search over stored articles
    newsmon feeds add|list|remove|import-opml          the watch list
    newsmon watch [--store URL]                       poll the watch list, alert at once
    newsmon alerts [--pending] [--deliver] [--json]   raised alerts and their delivery
    newsmon figures [filters] [--json | --html PATH]  each figure now, since when, who says so, its history
    newsmon eval [GOLD...]                            precision/recall of figure claims
    newsmon report REPORT.json                        the summary an Airflow run saved
    newsmon store init|replay [--store URL]           create or migrate the store; resend dead letters

Machine-readable output (`--json`) goes to stdout; progress and summaries to stderr.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import signal
import sys
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence, get_args

from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text
from rich.table import Table

from pipeline import __version__
from pipeline.errors import NewsmonError
from pipeline.models import EXTRA_JSON_FIELDS, Article, Metric, Problem, alert_json, json_time, minute, outlet_of
from pipeline.settings import Settings, SettingsError
from pipeline.store import InvalidQuery, SearchQuery, StoreMissing, open_store
from pipeline.store.base import MAX_SEARCH_LIMIT, KeepsDeadLetters, marked_snippet

if TYPE_CHECKING:
    from datetime import date

    from pipeline.run.ingest import IngestReport

# The stages load language models and scientific libraries (seconds): each command imports
# only what it uses, so `newsmon feeds list` answers at once.

EXIT_OK, EXIT_NOTHING_READ, EXIT_STORE = 0, 1, 2
EXIT_INTERRUPTED = 130  # as a shell reports a command ended by Ctrl-C (or SIGTERM)

err = Console(stderr=True, highlight=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    # Airflow and Docker stop a task with SIGTERM: stop as cleanly as on Ctrl-C (what is
    # committed stays, the workers are ended)
    on_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _interrupt) if on_main_thread else None
    try:
        return _run(args)
    finally:
        if on_main_thread and previous is not None:  # None: a handler not set from Python
            signal.signal(signal.SIGTERM, previous)


def _run(args: argparse.Namespace) -> int:
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        err.print(f"[red]error:[/] {exc}")
        return EXIT_STORE
    try:
        return args.run(args, settings)
    except StoreMissing as exc:
        err.print(f"{exc}")
        return EXIT_NOTHING_READ
    except NewsmonError as exc:  # a store it cannot open or write, a setting, ...: named in the message
        err.print(f"[red]error:[/] {escape(str(exc))}")
        return EXIT_STORE
    except KeyboardInterrupt:
        err.print("interrupted: what was committed is kept; run again to go on")
        return EXIT_INTERRUPTED


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.run.pool import start_worker_server

    start_worker_server(settings)  # first: it loads the stages while this process imports them
    from pipeline.delivery import channels
    from pipeline.run.ingest import ingest

    if not args.no_deliver:
        channels.check_channels(settings)
    with open_store(args.store, settings) as store:
        if not args.inputs and not store.list_feeds():
            err.print("[red]error:[/] nothing to ingest: give INPUTs, or add feeds with `newsmon feeds add URL`")
            return EXIT_NOTHING_READ

        with _IngestProgress(shown=err.is_terminal and not args.json) as progress:

            def on_article(article: Article) -> None:
                progress.stored()
                if args.json:
                    print(json.dumps(article.to_json(args.fields), ensure_ascii=False), flush=True)

            def on_problem(problem: Problem) -> None:
                progress.console.print(f"[yellow]skipped[/] {escape(str(problem))}", soft_wrap=True)

            report = ingest(
                args.inputs, store, settings, on_article=on_article, on_problem=on_problem, on_read=progress.read
            )
        delivery = channels.deliver_pending(store, settings) if not args.no_deliver else None
        store.flush()
        _print_summary(report, store.url, delivery)
    return _exit_status(report)


class _Rate(ProgressColumn):
    """How many a second, lately."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0:6.1f}/s", style="dim")


class _IngestProgress:
    """What `newsmon ingest` shows on a terminal while it runs: documents read and articles
    committed, each with its rate (the total is not known ahead: feeds are read as they
    come). Nothing when stderr is no terminal, or the output is --json."""

    def __init__(self, *, shown: bool) -> None:
        self._progress = Progress(
            TextColumn("{task.description}"), TextColumn("{task.completed:>6}"), _Rate(), TimeElapsedColumn(),
            console=err, disable=not shown, transient=True,
        )  # fmt: skip
        self.console = self._progress.console
        self._read = self._progress.add_task("documents read", total=None)
        self._stored = self._progress.add_task("articles committed", total=None)

    def __enter__(self) -> "_IngestProgress":
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def read(self, document: object) -> None:
        self._progress.advance(self._read)

    def stored(self) -> None:
        self._progress.advance(self._stored)


def cmd_watch(args: argparse.Namespace, settings: Settings) -> int:
    import threading

    from pipeline.delivery import channels
    from pipeline.run.metrics import WatchMetrics
    from pipeline.run.pool import start_worker_server, stop_worker_server
    from pipeline.run.watch import Poll, watch

    channels.check_channels(settings)
    metrics = WatchMetrics()
    if settings.metrics_port is not None:
        try:
            port = metrics.serve(settings.metrics_host, settings.metrics_port)
        except OSError as exc:
            err.print(f"[red]error:[/] NEWSMON_METRICS_PORT={settings.metrics_port}: {exc.strerror or exc}")
            return EXIT_STORE  # as any setting refused
        err.print(f"metrics at http://{settings.metrics_host}:{port}/metrics")
    start_worker_server(settings)

    def on_poll(poll: Poll) -> None:
        report = poll.report
        err.print(
            f"poll: {report.stored} new article(s), {report.alerts} alert(s) raised, "
            f"{poll.delivery.delivered} delivered; next in {poll.wait:.0f} s"
        )

    def on_article(article: Article) -> None:
        err.print(f"stored {escape(article.title)} ({article.url})", soft_wrap=True)

    def on_problem(problem: Problem) -> None:
        err.print(f"[yellow]skipped[/] {escape(str(problem))}", soft_wrap=True)

    err.print(f"watching the feeds of {args.store or settings.store_url}; stop with Ctrl-C or SIGTERM")
    try:
        # Stopped by an exception, the store discards the poll it had not committed.
        with open_store(args.store, settings) as store:
            watch(
                store, settings, stop=threading.Event(), metrics=metrics,
                on_poll=on_poll, on_article=on_article, on_problem=on_problem,
            )  # fmt: skip
    except KeyboardInterrupt:
        err.print("stopped: what was committed is kept; a restart goes on from there")
    finally:
        stop_worker_server()
    return EXIT_OK


def cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.run import staging

    try:
        report = staging.load_report(Path(args.report))
    except staging.StagingError as exc:
        err.print(f"[red]error:[/] {exc}")
        return EXIT_NOTHING_READ
    _print_summary(report, args.store or settings.store_url)
    return _exit_status(report)


def _print_summary(report: "IngestReport", store_url: str, delivery: object | None = None) -> None:
    err.print(report.summary(), soft_wrap=True)
    if delivery is not None:
        err.print(f"delivery   {delivery}")
    err.print(f"\nstore      {store_url}\nsearch     newsmon search \"detained Almaty\" --store {store_url}")


def _exit_status(report: "IngestReport") -> int:
    """Non-zero only when nothing at all could be read."""
    return EXIT_NOTHING_READ if report.documents == 0 and report.problems else EXIT_OK


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    try:
        query = SearchQuery(
            text=" ".join(args.query),
            language=args.language,
            relevant=args.relevant,
            since=args.since,
            until=args.until,
            include_duplicates=args.include_duplicates,
            sort="newest" if args.newest else "relevance",
            limit=args.limit,
        )
    except InvalidQuery as exc:
        err.print(f"[red]error:[/] search: {exc}")
        return EXIT_STORE
    with open_store(args.store, settings, create=False) as store:
        hits = store.search(query)
    if args.json:
        for hit in hits:
            print(json.dumps(
                {**_asdict(hit), "published": json_time(hit.published), "snippet": marked_snippet(hit.snippet)},
                ensure_ascii=False,
            ))  # fmt: skip
        return EXIT_OK
    table = Table("published", "lang", "copies", "title / snippet", "url", show_lines=True)
    for hit in hits:
        # Escaped first, so that brackets in a text are shown as written; then the matches marked.
        snippet = marked_snippet(escape(hit.snippet), "[bold yellow]", "[/]")
        table.add_row(
            (hit.published or "")[:16], hit.language or "", str(hit.copies), f"[bold]{escape(hit.title)}[/]\n{snippet}",
            hit.url,
        )  # fmt: skip
    if hits:
        Console().print(table)
    if query.matches_nothing:
        err.print("0 results: the query has no word to search for")
    elif len(hits) == query.limit:
        err.print(f"{len(hits)} results shown, the limit: more may match (--limit N shows up to N)")
    else:
        err.print(f"{len(hits)} result(s)")
    return EXIT_OK


def cmd_feeds(args: argparse.Namespace, settings: Settings) -> int:
    with open_store(args.store, settings, create=args.action != "list") as store:
        if args.action == "add":
            added = store.add_feed(args.url, args.name)
            err.print(f"{'added' if added else 'already watched'}: {args.url}")
        elif args.action == "remove":
            removed = store.remove_feed(args.url)
            err.print(f"{'removed' if removed else 'not in the list'}: {args.url}")
            return EXIT_OK if removed else EXIT_NOTHING_READ
        elif args.action == "import-opml":
            from pipeline.stages import sources

            path = Path(args.file)
            try:
                entries = sources.parse_opml(path.read_bytes(), str(path))
            except (OSError, ValueError) as exc:
                err.print(f"[red]error:[/] {path}: {exc}")
                return EXIT_NOTHING_READ
            added = sum(store.add_feed(e.url, e.title) for e in entries)
            err.print(f"{added} feed(s) added, {len(entries) - added} already watched, from {path}")
        else:
            from pipeline.stages.feed_health import items_per_day

            feeds = store.list_feeds()
            now = datetime.now(timezone.utc)
            if args.json:
                for feed in feeds:
                    state = {**dataclasses.asdict(feed), "last_fetched": json_time(feed.last_fetched)}
                    print(json.dumps({**state, "items_per_day": items_per_day(feed, now)}))
                return EXIT_OK
            table = Table("feed", "name", "last fetched", "status", "health", "items a day", "last new item")
            for feed in feeds:
                status = feed.last_error or (f"HTTP {feed.last_status}" if feed.last_status else "never fetched")
                if feed.failures:
                    status = f"[red]failed {feed.failures} read(s) in a row[/]: {escape(status)}"
                else:
                    status = escape(status)
                health = feed.health.replace("_", " ")
                if feed.health != "ok":
                    health = f"[red]{health}[/] since {minute(feed.health_since)}"
                rate = items_per_day(feed, now)
                table.add_row(
                    feed.url, escape(feed.name or ""), minute(feed.last_fetched), status, health,
                    "" if rate is None else f"{rate:.1f}", minute(feed.last_new_item),
                )  # fmt: skip
            if feeds:
                Console().print(table)
            err.print(f"{len(feeds)} feed(s) watched" + ("" if feeds else ": add one with `newsmon feeds add URL`"))
    return EXIT_OK


def cmd_alerts(args: argparse.Namespace, settings: Settings) -> int:
    with open_store(args.store, settings, create=False) as store:
        if args.deliver:
            from pipeline.delivery import channels

            err.print(f"delivery: {channels.deliver_pending(store, settings, take_over=args.take_over)}")
        listed = store.list_alerts(pending_only=args.pending)
    if args.json:
        for alert in listed:
            print(json.dumps(alert_json(alert), ensure_ascii=False))
        return EXIT_OK
    table = Table("raised", "alert", "figure", "source", "status", show_lines=True)
    for alert in listed:
        if alert.kind == "feed_health":
            what = f"feed {(alert.subject or '').replace('_', ' ')}"
            table.add_row(minute(alert.created_at), what, "", f"{escape(alert.text)}\n{escape(alert.url)}", alert.status)
            continue
        previous = f"\n[dim]was {alert.previous:,}[/]" if alert.previous is not None else ""
        who = escape(outlet_of(alert.source, alert.url)) + (f", {alert.published[:10]}" if alert.published else "")
        table.add_row(
            minute(alert.created_at),
            f"{alert.kind.replace('_', ' ')}: {alert.metric.replace('_', ' ')}"
            + (f" ({alert.subject.replace('_', ' ')})" if alert.subject else ""),
            f"[bold]{alert.value:,}[/]{previous}",
            f"{who}\n[dim]{escape(_shortened(alert.text))}[/]\n{escape(alert.url)}",
            alert.status,
        )  # fmt: skip
    if listed:
        Console().print(table)
    err.print(f"{len(listed)} alert(s)" + (" not delivered yet" if args.pending else ""))
    return EXIT_OK


def cmd_figures(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.views.timeline import build_timeline, stated, subject_label

    with open_store(args.store, settings, create=False) as store:
        claims = store.list_claims(args.metric)
        raised = [alert for alert in store.list_alerts() if alert.kind != "feed_health"]
    selection = {"metric": args.metric, "subject": args.subject, "since": args.since, "until": args.until}
    timeline = build_timeline(claims, raised, **selection)
    if args.html:
        from pipeline.views.figure_report import write_report

        path = write_report(Path(args.html), timeline, raised, selection)
        err.print(f"report: {path} ({len(timeline)} series)")
        return EXIT_OK
    if args.json:
        print(json.dumps([series.to_json() for series in timeline], ensure_ascii=False, indent=2))
        return EXIT_OK
    table = Table(show_lines=True)
    for name in ("figure", "now", "as of"):
        table.add_column(name, no_wrap=True)
    table.add_column("outlets", justify="right")
    table.add_column("history", no_wrap=True)
    table.add_column("according to", ratio=1)  # the one column that wraps: who, and the sentence
    for series in timeline:
        now = series.current
        cited = f" citing {escape(now.quoted_source)}" if now.quoted_source else ""
        table.add_row(
            f"{series.metric.replace('_', ' ')}\n[dim]{subject_label(series.subject)}[/]",
            f"[bold]{stated(now.value, now.qualifier)}[/]",
            minute(now.date)
            + (f"\n[dim]({now.date_source})[/]" if now.date_source not in (None, "published") else ""),
            str(series.corroborations),
            "\n".join(
                f"{(step.date or '')[:10]} {step.value:,}{'' if step.kind in ('first', 'new_high') else ' ' + step.kind}"
                for step in series.history
            ),
            f"{escape(now.source)}{cited}\n[dim]{escape(_shortened(now.text))}[/]",
        )  # fmt: skip
    Console().print(table)
    err.print(f"{len(timeline)} series" + ("" if timeline else ": no figures stored for this selection"))
    return EXIT_OK


def _shortened(sentence: str, length: int = 120) -> str:
    return sentence if len(sentence) <= length else sentence[: length - 1].rstrip() + "…"


def _fields(text: str) -> tuple[str, ...]:
    """An argparse type: article fields to add to `--json`, comma separated."""
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = [name for name in names if name not in EXTRA_JSON_FIELDS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown field(s) {', '.join(unknown)}: choose from {', '.join(EXTRA_JSON_FIELDS)}")
    return names


def _moment(text: str) -> str:
    """An argparse type: an ISO 8601 date or date and time, kept as written."""
    from datetime import datetime

    try:
        datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM)") from None
    return text


def _day(text: str) -> "date":
    """An argparse type: an ISO date (YYYY-MM-DD), with a message naming what was wrong."""
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date of the form YYYY-MM-DD") from None


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.evaluation import RELEVANCE_GOLD, GoldError, evaluate, evaluate_relevance, is_relevance_gold

    try:
        paths = [Path(g) for g in args.gold]
        stories = [p for p in paths if is_relevance_gold(p)]
        figures = [p for p in paths if p not in stories]
        if not paths:  # a checkout's gold: the real-text figures, then the stories
            stories = [path for path in RELEVANCE_GOLD if path.is_file()]
        reports = [evaluate(*figures, case_start=settings.case_start, pages=args.pages)] if figures or not paths else []
        if stories:
            reports.append(evaluate_relevance(*stories, case_start=settings.case_start))
    except GoldError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        return EXIT_NOTHING_READ
    print("\n\n".join(str(r) for r in reports))
    return EXIT_OK


def cmd_store(args: argparse.Namespace, settings: Settings) -> int:
    with open_store(args.store, settings) as store:
        if args.action == "replay":
            if not isinstance(store, KeepsDeadLetters):
                err.print(f"{store.url}: this store has no dead letters (it refuses nothing it was given)")
                return EXIT_OK
            err.print(f"replayed {store.replay_dead_letters()} dead-lettered document(s) into {store.url}")
            return EXIT_OK
        err.print(f"store ready: {store.url} ({store.count_articles()} articles)")
    return EXIT_OK


class _Help(argparse.ArgumentDefaultsHelpFormatter):
    """Help that shows an option's default where it has one worth showing."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        flag = action.nargs == 0  # --json, --relevant: on or off, nothing to show
        if flag or action.default in (None, (), argparse.SUPPRESS) or "default" in (action.help or ""):
            return action.help
        return super()._get_help_string(action)


class _HelpfulParser(argparse.ArgumentParser):
    """A subcommand's parser, whose help shows defaults."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(formatter_class=_Help, **kwargs)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsmon", description="News monitoring: feeds to figures to alerts.", formatter_class=_Help
    )
    parser.add_argument("--version", action="version", version=f"newsmon {__version__}")
    sub = parser.add_subparsers(required=True, metavar="COMMAND", parser_class=_HelpfulParser)
    store_help = (
        "sqlite:///PATH or http(s)://HOST:9200 (default: $NEWSMON_STORE_URL, else data/newsmon.db of the "
        "checkout newsmon runs from, else the user's data directory)"
    )

    p = sub.add_parser("ingest", help="read files, directories, feeds or pages and store what they say")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="file, directory, OPML, feed or page URL; none: every watched feed")
    p.add_argument("--store", help=store_help)
    p.add_argument("--json", action="store_true", help="print one JSON object per article to stdout")
    p.add_argument(
        "--fields", type=_fields, default=(), metavar="NAME,...",
        help=f"with --json, add these fields to each article: {', '.join(EXTRA_JSON_FIELDS)}",
    )  # fmt: skip
    p.add_argument("--no-deliver", action="store_true", help="store alerts but do not send them now")
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser(
        "watch", help="poll the watched feeds again and again: each new item stored and its alerts sent at once"
    )
    p.add_argument("--store", help=store_help)
    p.set_defaults(run=cmd_watch)

    p = sub.add_parser("report", help="print the summary an Airflow run saved (make run)")
    p.add_argument("report", help="the run's report.json, under NEWSMON_STAGING_DIR/DAG/RUN/")
    p.add_argument("--store", help=store_help)
    p.set_defaults(run=cmd_report)

    p = sub.add_parser("search", help="full-text search over stored articles")
    p.add_argument("query", nargs="*", help="words that must all match (empty: newest first)")
    p.add_argument("--store", help=store_help)
    p.add_argument("--json", action="store_true", help="one JSON object per result, matches between [ and ]")
    p.add_argument("--language", help="ISO 639-1 code, e.g. en, ru, kk")
    relevance = p.add_mutually_exclusive_group()
    relevance.add_argument("--relevant", dest="relevant", action="store_true", default=None, help="only stories about the unrest")
    relevance.add_argument("--irrelevant", dest="relevant", action="store_false", help="only the others")
    p.add_argument("--since", type=_moment, help="published on or after this ISO date or time (YYYY-MM-DD[THH:MM])")
    p.add_argument("--until", type=_moment, help="published on or before this ISO date or time, inclusive")
    p.add_argument("--newest", action="store_true", help="newest first instead of best match first")
    p.add_argument("--include-duplicates", action="store_true", help="show every repost, not one per story")
    p.add_argument("--limit", type=int, default=20, help=f"at most this many results, 1 to {MAX_SEARCH_LIMIT} (default: 20)")
    p.set_defaults(run=cmd_search)

    p = sub.add_parser("feeds", help="the list of feeds `newsmon ingest` reads when given no INPUT")
    p.add_argument("--store", help=store_help)
    # --store after the action too (`newsmon feeds add URL --store X`); SUPPRESS keeps the
    # subcommand's default from overwriting a --store given before the action.
    with_store = argparse.ArgumentParser(add_help=False)
    with_store.add_argument("--store", default=argparse.SUPPRESS, help=store_help)
    feeds = p.add_subparsers(dest="action", required=True, parser_class=_HelpfulParser)
    add = feeds.add_parser("add", help="watch a feed", parents=[with_store])
    add.add_argument("url", help="the feed's URL (RSS, Atom or JSON Feed)")
    add.add_argument("--name", help="a name to show for it (default: the feed's own title once read)")
    listing = feeds.add_parser("list", help="watched feeds with their last fetch", parents=[with_store])
    listing.add_argument("--json", action="store_true", help="one JSON object per feed")
    remove = feeds.add_parser("remove", help="stop watching a feed", parents=[with_store])
    remove.add_argument("url", help="the feed's URL, as listed")
    opml = feeds.add_parser("import-opml", help="watch every feed of an OPML file", parents=[with_store])
    opml.add_argument("file", help="an OPML file (every outline with an xmlUrl)")
    p.set_defaults(run=cmd_feeds)

    p = sub.add_parser("alerts", help="alerts raised so far")
    p.add_argument("--store", help=store_help)
    p.add_argument("--pending", action="store_true", help="only those not delivered yet")
    p.add_argument("--deliver", action="store_true", help="send pending alerts now")
    p.add_argument(
        "--take-over", action="store_true",
        help="with --deliver: also send alerts another sender holds, without waiting for its lease to run out "
        "(when that sender is known to have died)",
    )  # fmt: skip
    p.add_argument("--json", action="store_true", help="one JSON object per alert")
    p.set_defaults(run=cmd_alerts)

    p = sub.add_parser(
        "figures", help="each figure series now: its value, since when, who says so, and how it changed",
        description="One row per series (metric and subject, country scope): the figure that stands now, how many "
        "outlets state it, and the steps it took (first, new_high, revision, conflict) as alerts raised them.",
    )  # fmt: skip
    p.add_argument("--store", help=store_help)
    p.add_argument("--metric", choices=list(get_args(Metric)), help="one metric only (default: all)")
    p.add_argument("--subject", help="one subject only, e.g. security_forces, protesters (default: all)")
    p.add_argument("--since", type=_day, help="only figures dated on or after this day (YYYY-MM-DD)")
    p.add_argument("--until", type=_day, help="only figures dated on or before this day (YYYY-MM-DD)")
    output = p.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the series as a JSON array")
    output.add_argument(
        "--html", metavar="PATH", help="write a self-contained HTML page: a step chart per metric, its changes, the latest alerts"
    )
    p.set_defaults(run=cmd_figures)

    p = sub.add_parser(
        "eval", help="precision and recall of figure claims against gold, per metric, language and construction"
    )
    p.add_argument(
        "gold", nargs="*",
        help="gold JSON files of figures or of labelled stories (default: a checkout's real-text gold, "
        "tests/gold/real_*.json and relevance.json)",
    )
    p.add_argument(
        "--pages", action="store_true",
        help="read each passage of figures gold after the passages before it from the same page, as an article is read",
    )
    p.set_defaults(run=cmd_eval)

    p = sub.add_parser("store", help="store maintenance")
    p.add_argument(
        "action", choices=["init", "replay"],
        help="init: create or migrate the store (index templates too); replay: resend dead-lettered documents",
    )  # fmt: skip
    p.add_argument("--store", help=store_help)
    p.set_defaults(run=cmd_store)
    return parser


def _asdict(obj: object) -> dict:
    return {name: getattr(obj, name) for name in obj.__slots__}  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
