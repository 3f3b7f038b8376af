"""`newsmon`: the command line.

    newsmon ingest INPUT... [--store URL] [--json]    read, enrich, deduplicate, store, alert
    newsmon search QUERY [filters] [--json]           full-text search over stored articles
    newsmon feeds add|list|remove|import-opml          the watch list
    newsmon alerts [--pending] [--deliver] [--json]   raised alerts and their delivery
    newsmon figures [filters] [--json | --html PATH]  each figure now, since when, who says so, its history
    newsmon eval [GOLD...]                            precision/recall of figure claims
    newsmon report REPORT.json                        the summary an Airflow run saved
    newsmon store init|replay [--store URL]           create or migrate the store; resend dead letters

Machine-readable output (`--json`) goes to stdout; progress and summaries to stderr.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Sequence, get_args

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import __version__
from .errors import NewsmonError
from .models import Article, Metric, Problem
from .settings import Settings, SettingsError
from .store import InvalidQuery, SearchQuery, StoreMissing, open_store
from .store.base import MAX_SEARCH_LIMIT, KeepsDeadLetters, marked_snippet

if TYPE_CHECKING:
    from datetime import date

    from .ingest import IngestReport

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
    from .pool import start_worker_server

    start_worker_server(settings)  # first: it loads the stages while this process imports them
    from . import alerts
    from .ingest import ingest

    if not args.no_deliver:
        alerts.check_channels(settings)
    with open_store(args.store, settings) as store:
        if not args.inputs and not store.list_feeds():
            err.print("[red]error:[/] nothing to ingest: give INPUTs, or add feeds with `newsmon feeds add URL`")
            return EXIT_NOTHING_READ

        def on_article(article: Article) -> None:
            if args.json:
                print(json.dumps(article.to_json(), ensure_ascii=False), flush=True)

        def on_problem(problem: Problem) -> None:
            err.print(f"[yellow]skipped[/] {problem}", soft_wrap=True)

        report = ingest(args.inputs, store, settings, on_article=on_article, on_problem=on_problem)
        delivery = alerts.deliver_pending(store, settings) if not args.no_deliver else None
        store.flush()
        _print_summary(report, store.url, delivery)
    return _exit_status(report)


def cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    from . import staging

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
            print(json.dumps({**_asdict(hit), "snippet": marked_snippet(hit.snippet)}, ensure_ascii=False))
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
            from . import sources

            path = Path(args.file)
            try:
                entries = sources.parse_opml(path.read_bytes(), str(path))
            except (OSError, ValueError) as exc:
                err.print(f"[red]error:[/] {path}: {exc}")
                return EXIT_NOTHING_READ
            added = sum(store.add_feed(e.url, e.title) for e in entries)
            err.print(f"{added} feed(s) added, {len(entries) - added} already watched, from {path}")
        else:
            for feed in store.list_feeds():
                status = feed.last_error or (str(feed.last_status) if feed.last_status else "never fetched")
                print(f"{feed.url}\t{feed.name or ''}\t{feed.last_fetched or ''}\t{status}")
    return EXIT_OK


def cmd_alerts(args: argparse.Namespace, settings: Settings) -> int:
    with open_store(args.store, settings, create=False) as store:
        if args.deliver:
            from . import alerts

            err.print(f"delivery: {alerts.deliver_pending(store, settings, take_over=args.take_over)}")
        listed = store.list_alerts(pending_only=args.pending)
    for alert in listed:
        if args.json:
            print(json.dumps(alert.to_dict(), ensure_ascii=False))
        else:
            previous = f" (was {alert.previous:,})" if alert.previous is not None else ""
            print(
                f"[{alert.status}] {alert.kind} {alert.metric}"
                f"{' ' + alert.subject if alert.subject else ''}: {alert.value:,}{previous}"
                f" — {alert.source or ''} {alert.published or ''}\n    {alert.text}\n    {alert.url}"
            )
    return EXIT_OK


def cmd_figures(args: argparse.Namespace, settings: Settings) -> int:
    from .timeline import build_timeline, stated, subject_label

    with open_store(args.store, settings, create=False) as store:
        claims = store.list_claims(args.metric)
        raised = store.list_alerts()
    selection = {"metric": args.metric, "subject": args.subject, "since": args.since, "until": args.until}
    timeline = build_timeline(claims, raised, **selection)
    if args.html:
        from .figure_report import write_report

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
            (now.date or "")[:16].replace("T", " ")
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
    from .evaluation import RELEVANCE_GOLD, GoldError, evaluate, evaluate_relevance, is_relevance_gold

    try:
        paths = [Path(g) for g in args.gold]
        stories = [p for p in paths if is_relevance_gold(p)]
        figures = [p for p in paths if p not in stories]
        if not paths:  # a checkout's gold: the real-text figures, then the stories
            stories = [path for path in RELEVANCE_GOLD if path.is_file()]
        reports = [evaluate(*figures, case_start=settings.case_start)] if figures or not paths else []
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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsmon", description="News monitoring: feeds to figures to alerts.")
    parser.add_argument("--version", action="version", version=f"newsmon {__version__}")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")
    store_help = "sqlite:///PATH or http(s)://HOST:9200 (default: $NEWSMON_STORE_URL or sqlite:///data/newsmon.db)"

    p = sub.add_parser("ingest", help="read files, directories, feeds or pages and store what they say")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="file, directory, OPML, feed or page URL; none: every watched feed")
    p.add_argument("--store", help=store_help)
    p.add_argument("--json", action="store_true", help="print one JSON object per article to stdout")
    p.add_argument("--no-deliver", action="store_true", help="store alerts but do not send them now")
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser("report", help="print the summary an Airflow run saved (make run)")
    p.add_argument("report", help="the run's report.json, under NEWSMON_STAGING_DIR/DAG/RUN/")
    p.add_argument("--store", help=store_help)
    p.set_defaults(run=cmd_report)

    p = sub.add_parser("search", help="full-text search over stored articles")
    p.add_argument("query", nargs="*", help="words that must all match (empty: newest first)")
    p.add_argument("--store", help=store_help)
    p.add_argument("--json", action="store_true")
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
    feeds = p.add_subparsers(dest="action", required=True)
    add = feeds.add_parser("add", help="watch a feed", parents=[with_store])
    add.add_argument("url")
    add.add_argument("--name")
    feeds.add_parser("list", help="watched feeds with their last fetch", parents=[with_store])
    remove = feeds.add_parser("remove", help="stop watching a feed", parents=[with_store])
    remove.add_argument("url")
    opml = feeds.add_parser("import-opml", help="watch every feed of an OPML file", parents=[with_store])
    opml.add_argument("file")
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
    p.add_argument("--json", action="store_true")
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
