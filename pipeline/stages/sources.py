"""Sources stage: turn INPUTs (paths, URLs, watched feeds) into Documents, lazily.

An INPUT is
  * a directory, walked recursively in sorted order (files of unknown type skipped);
  * a file, by suffix: `.txt` (plain text), `.html`/`.htm`, `.jsonl` (import records),
    `.xml`/`.rss`/`.atom`/`.json` (a feed: RSS 0.9x/1.0/2.0, Atom or JSON Feed 1.x),
    `.opml` (a list of feeds, each fetched);
  * an http(s) URL: a feed becomes its entries, an HTML page or plain text one Document.

Local files are capped at `max_response_bytes` like responses; `.jsonl` is streamed, a
line at a time, and a line longer than `max_record_bytes` is a Problem, skipped unread.
A file's Document URL is its path as given, made absolute (`file://`), symbolic links
not resolved.
An import record needs an http(s) `url` (it is the link alerts show: a `javascript:` or
`file:` one refuses the record) and `text` or `html` (text wins when both are given, being
the article already); `published`, when given, must be an ISO 8601 calendar date (a year or
a month alone will do) no more than a day from now, else the record is kept undated.

Each feed entry's link is fetched and becomes a Document carrying the entry's title,
date and feed name as hints. With `fetch_linked_pages` off, or for an entry without a
link, the entry's own content is the Document: its full content (`content:encoded`,
Atom content, else Yandex's `yandex:full-text`), else its summary.
An entry's link is FeedBurner's `origLink` when it has one (its `<link>` is FeedBurner's
redirect), and its date is when it was last updated, else published: the time of the
version read. When a linked page fails, a Problem is yielded; if it is gone for good (a
404, refused, the wrong type...) the entry's own content, if any, stands in for it, and the
Problem says so. A
page that failed only for now (`FetchError.transient`: a timeout, a 5xx, a 429...) gets
no stand-in: the stand-in would be stored under the link and pass for the page.

Fetching is concurrent across hosts, the fetcher allowing each one request at a time.
INPUTs (each feed of an OPML list, each watched feed) are fetched `concurrency` ahead
and opened as they are answered; the linked pages of the open feeds go through a fetch
window of their own, taken from each host in turn, so that up to `concurrency` hosts are
fetched at once. Feeds are opened while fewer than `concurrency` hosts have a page waiting
and fewer than four times that many feeds are open (a site's feeds often come in a row).
Documents come out as their pages are answered, so a slow page (cut off at the fetch
deadline) holds back no other.

A feed gives at most `max_entries_per_feed` entries a run, its newest; how many are left
is reported, and the next run reads them.

A link already stored as an article is not read again, unless its entry states a time
later than the stored article's `published`: the item was updated in place, so its page
is fetched again (or its content taken again) and the runner stores the new version.

Feeds the store knows are fetched with a conditional GET. Every fetch of a feed yields its
new fetch state (a `Feed`) as an item of the stream, after the last of its entries, and a
304 only that: the runner commits it with the batch that holds those entries, so that a
run that dies first reads the feed again. Its new ETag is left out when a linked page
failed for now or entries were left over the cap, so that the next run re-reads the feed
(no 304) and reads those too.

Bad input never raises: it becomes a `Problem` naming the input and the reason.
Malformed feeds (bad encoding, stray control characters, broken XML) yield whatever
feedparser recovers. A feed that is not well-formed XML (a truncated download, a stray
control character) is a Problem saying how many entries were read anyway, since the
ones after the error may be missing; with no usable entry it yields nothing else.
"""

from __future__ import annotations

import dataclasses
import html
import json
import os
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import partial
from operator import attrgetter
from pathlib import Path
from typing import Any, BinaryIO, Generic, Protocol, TypeVar, Union
from urllib.parse import quote, urljoin, urlsplit
from xml.etree import ElementTree
from xml.sax import SAXException, SAXParseException

import dateparser
import feedparser
import lxml.html
from feedparser.exceptions import UndeclaredNamespace

from pipeline.errors import NewsmonError
from pipeline.models import Document, DocumentKind, Problem, publication_time, stable_id, utc_now
from pipeline.settings import Settings
from pipeline.stages import feed_health
from pipeline.stages.fetch import Fetcher, FetchError, Request, Response
from pipeline.store.base import Feed

_FILE_KINDS = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "records",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".json": "feed",
    ".opml": "opml",
}
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")
_JSON_FEED_VERSION = "https://jsonfeed.org/version/1"
_RECORD_FIELDS = ("url", "title", "text", "html", "published", "source")
_MARKUP = re.compile(r"</?[a-z][a-z0-9]*\b[^<>]*>", re.IGNORECASE)
# A site's feeds (its sections) often come in a row, watched feeds being listed by URL: so
# that `concurrency` hosts can be found past them, up to this many feeds per host are open.
_OPEN_FEEDS_PER_HOST = 4

T = TypeVar("T")


class FeedError(NewsmonError, ValueError):
    """A body that is not a usable feed (or OPML list); `str()` is "SOURCE: reason"."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True, slots=True)
class FeedEntry:
    link: str | None  # absolute when the feed's own URL allowed resolving it
    key: str  # stable identity within the feed: its id, else its link, else its position
    title: str | None
    published: str | None  # ISO 8601: when the entry was last updated, else published
    content: str | None  # HTML: the full content if the feed has it, else the summary


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    url: str
    title: str | None
    entries: tuple[FeedEntry, ...]  # entries with a link or content, in feed order
    skipped: int  # entries with neither link nor content
    not_well_formed: str | None  # the XML parser's complaint when the entries were recovered anyway


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    url: str
    title: str | None


def read_inputs(
    inputs: Sequence[str], *, fetcher: Fetcher, store: FeedReader | None, settings: Settings
) -> Iterator[Item]:
    """Yield a Document or a Problem for everything INPUTs hold, and each feed's new fetch
    state (a `Feed`) after the last of its entries; no INPUT reads every watched feed.
    `store` is only read: what the runner commits, and when, is its own business."""
    reader = _Reader(fetcher, store, settings)
    if inputs:
        reads = (step for item in inputs for step in reader.reads(item))
    elif store is None:
        yield Problem("(watched feeds)", "sources", "no INPUT given and no store to list watched feeds from")
        return
    else:
        reads = (reader.fetch(feed.url, expect_feed=True) for feed in store.list_feeds())
    yield from reader.outcomes(reads)


def parse_feed(body: bytes, url: str, *, content_type: str | None = None) -> ParsedFeed:
    """Parse RSS, Atom (feedparser) or JSON Feed 1.x; raise FeedError naming `url` otherwise."""
    if not body.strip():
        raise FeedError(url, "empty (no feed)")
    if _looks_like_json(body, content_type):
        return _parse_json_feed(body, url)
    headers = {"content-type": content_type or "application/xml"}
    if _is_http(url):
        headers["content-location"] = url  # the base feedparser resolves relative links against
    # A character reference to a surrogate ("&#55296;") names no character, and feedparser
    # fails on it; any other failure of the parser is this feed's problem alone.
    body = _SURROGATE_REFERENCE.sub(b"&#xFFFD;", body)
    try:
        parsed = feedparser.parse(body, response_headers=headers)
        if not parsed.get("version") and not parsed.entries:
            raise FeedError(url, f"not a feed ({_what_it_is(body, content_type)})")
        base = url if _is_http(url) else parsed.feed.get("link")
        entries = [_feedparser_entry(raw, index, base) for index, raw in enumerate(parsed.entries)]
    except FeedError:
        raise
    except Exception as exc:
        raise FeedError(url, f"cannot be parsed ({type(exc).__name__}: {exc})") from None
    usable = tuple(entry for entry in entries if entry.link or entry.content)
    not_well_formed = _xml_error(parsed.get("bozo_exception"))
    if not usable and not_well_formed:
        raise FeedError(url, f"no entries could be read: {not_well_formed}")
    return ParsedFeed(
        url=url,
        title=_plain(parsed.feed.get("title_detail")),
        entries=usable,
        skipped=len(entries) - len(usable),
        not_well_formed=not_well_formed,
    )


_SURROGATE_REFERENCE = re.compile(
    rb"&#(?:x0*[dD][89a-fA-F][0-9a-fA-F]{2}|0*(?:5529[6-9]|55[3-9][0-9]{2}|56[0-9]{3}|57[0-2][0-9]{2}|573[0-3][0-9]|5734[0-3]));"
)


def parse_opml(body: bytes, source: str) -> list[OpmlFeed]:
    """The feeds (outlines with an xmlUrl) an OPML document lists; FeedError naming `source` otherwise."""
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as exc:
        raise FeedError(source, f"not well-formed OPML: {exc}") from None
    if root.tag.lower() != "opml":
        raise FeedError(source, f"not OPML (root element <{root.tag}>)")
    feeds = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url:
            feeds.append(OpmlFeed(url=url, title=outline.get("title") or outline.get("text")))
    return feeds


def read_import_records(path: Path, max_line_bytes: int) -> Iterator[Document | Problem]:
    """One Document per JSON line: url, title, text or html, published, source; Problems name
    PATH:LINE. A line longer than `max_line_bytes` is a Problem, skipped without being held."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Problem(str(path), "sources", f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        for number, line in enumerate(_bounded_lines(handle, max_line_bytes), 1):
            where = f"{path}:{number}"
            if line is None:
                message = f"line longer than {max_line_bytes} bytes (NEWSMON_MAX_RECORD_BYTES); skipped"
                yield Problem(where, "sources", message)
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
                yield Problem(where, "sources", f"invalid JSON: {exc}")
                continue
            except RecursionError:
                yield Problem(where, "sources", "invalid JSON: nested too deeply")
                continue
            yield from _import_record(record, where)


def _bounded_lines(handle: BinaryIO, cap: int) -> Iterator[bytes | None]:
    """The lines of `handle`, None for one longer than `cap` bytes (its newline not counted):
    what is past the cap is read a piece at a time and dropped, never held whole."""
    while line := handle.readline(cap + 1):
        if len(line) <= cap or line.endswith(b"\n"):
            yield line
            continue
        while (rest := handle.readline(_SKIP_PIECE)) and not rest.endswith(b"\n"):
            pass
        yield None


_SKIP_PIECE = 1024 * 1024


@dataclass(frozen=True, slots=True)
class _Step(Generic[T]):
    """One piece of work: a GET to make (or None), and what its answer turns into."""

    request: Request | None
    outcomes: Callable[[Any], Iterable[T]]  # given the Response or FetchError; None without a request


# What the reader yields: Documents, the Problems met, and each feed's fetch state after its entries.
Item = Union[Document, Problem, Feed]
_Lane = deque[_Step[Item]]  # one feed's steps in entry order, the next first
_Opened = Union[Item, _Lane]  # what reading an INPUT gives: a feed opens a lane


class FeedReader(Protocol):
    """What reading feeds needs of the store: the known state, the watch list, stored links."""

    def get_feed(self, url: str) -> Feed | None: ...
    def list_feeds(self) -> list[Feed]: ...
    def known_urls(self, urls: Sequence[str]) -> dict[str, str | None]: ...


class _Reader:
    """Turns INPUTs into steps and runs them; holds what every input needs."""

    def __init__(self, fetcher: Fetcher, store: FeedReader | None, settings: Settings) -> None:
        self._fetcher = fetcher
        self._store = store
        self._settings = settings
        # Every link queued for a fetch in this run: the same story listed by several of a
        # site's section feeds, open at once, is fetched once.
        self._queued: set[str] = set()

    def outcomes(self, reads: Iterable[_Step[_Opened]]) -> Iterator[Item]:
        """Run `reads` through one fetch window (INPUTs read ahead, opened as answered), then
        the steps of what they open through another, interleaved by host (`_interleaved`)."""
        window = max(1, self._settings.concurrency)
        with closing(self._fetcher.fetch_many(reads, attrgetter("request"))) as read:
            opened = (item for step, answer in read for item in step.outcomes(answer))
            steps = _interleaved(opened, hosts=window, open_lanes=_OPEN_FEEDS_PER_HOST * window)
            with closing(self._fetcher.fetch_many(steps, attrgetter("request"))) as answered:
                for step, answer in answered:
                    yield from step.outcomes(answer)

    def reads(self, item: str) -> Iterator[_Step[_Opened]]:
        """The steps of reading one INPUT; whatever fails while listing them is a Problem
        naming the input, and the run goes on with the next."""
        try:
            yield from self._reads(item)
        except Exception as exc:
            reason = f"cannot read: {exc.strerror}" if isinstance(exc, OSError) and exc.strerror else f"{type(exc).__name__}: {exc}"
            yield _ready(Problem(item, "sources", reason))

    def _reads(self, item: str) -> Iterator[_Step[_Opened]]:
        scheme = urlsplit(item).scheme.lower()
        if scheme in ("http", "https"):
            yield self.fetch(item)
        elif "://" in item:
            reason = f"unsupported URL scheme {scheme!r}: give an http(s) URL or a local path"
            yield _ready(Problem(item, "sources", reason))
        else:
            path = Path(item)
            if path.is_dir():
                yield from self._read_directory(path)
            else:
                yield from self._read_file(path, named=True)

    def fetch(self, url: str, *, expect_feed: bool = False) -> _Step[_Opened]:
        """A GET of `url`: a feed opens a lane of its entries, a page is one Document; a known
        feed gets a conditional GET."""
        known, request = self._conditional(url)
        return _Step(request, partial(self._fetched, url, known, expect_feed or known is not None))

    def _conditional(self, url: str) -> tuple[Feed | None, Request]:
        """What the store knows of `url` as a feed, and a GET of it with its validators."""
        known = self._store.get_feed(url) if self._store is not None else None
        return known, Request(url, etag=known.etag if known else None, last_modified=known.last_modified if known else None)

    def _fetched(
        self, url: str, known: Feed | None, expect_feed: bool, answer: Response | FetchError
    ) -> Iterator[_Opened]:
        """What a fetched INPUT opens. A feed that failed, was not modified or is no feed has its
        state written at once, having no entries to wait for; a feed read has it written by the
        last step of its lane."""
        if not expect_feed and isinstance(answer, FetchError):
            yield Problem(url, "fetch", answer.reason)
            return
        if not expect_feed and not answer.not_modified and not _may_be_feed(answer):
            yield _page_document(url, answer)
            return
        feed = self._open_feed(url, known, answer)
        if not isinstance(feed, ParsedFeed):
            yield from feed
            return
        assert isinstance(answer, Response)
        etag, last_modified = answer.etag, answer.last_modified

        def record(read_again: list[str], items: int) -> Feed:
            # Saved last: a run stopped half-way must not skip the rest next time (304). And
            # when pages failed for now or entries were left over the cap, the new validators
            # are not saved at all: a 304 next run would lose those entries for good, while the
            # old ones (if any) cannot match a feed that has changed since.
            if read_again:
                error = f"{'; '.join(read_again)}; the feed is read again next run"
                return self._feed_state(url, known, answer, name=feed.title, error=error, items=items)
            return self._feed_state(
                url, known, answer, name=feed.title, etag=etag, last_modified=last_modified,
                keep_validators=False, items=items,
            )  # fmt: skip

        yield self._feed_lane(feed, name=url, on_read=record)

    def _open_feed(self, url: str, known: Feed | None, answer: Response | FetchError) -> ParsedFeed | list[Feed | Problem]:
        """The feed an answer holds; when it holds none to read (failed, not modified, no feed),
        the feed's new state and the problem met, written at once: no entries to wait for."""
        if isinstance(answer, FetchError):
            return [self._feed_state(url, known, answer, error=answer.reason, failed=True), Problem(url, "fetch", answer.reason)]
        if answer.not_modified:
            return [self._feed_state(url, known, answer, etag=answer.etag, last_modified=answer.last_modified)]
        try:
            return parse_feed(answer.body, url, content_type=answer.content_type)
        except FeedError as exc:
            return [self._feed_state(url, known, answer, error=exc.reason, failed=True), Problem(url, "sources", exc.reason)]

    def probe(self, url: str) -> _Step[Feed | Problem | str]:
        """A conditional GET of a feed, to tell whether it has something new without reading
        it: its URL when it does, else its new state (and the problem met, if any)."""
        known, request = self._conditional(url)

        def outcome(answer: Response | FetchError) -> list[Feed | Problem | str]:
            feed = self._open_feed(url, known, answer)
            if not isinstance(feed, ParsedFeed):
                return list(feed)
            if self._new_or_updated(feed.entries):
                return [url]
            assert isinstance(answer, Response)
            return [self._feed_state(
                url, known, answer, name=feed.title, etag=answer.etag, last_modified=answer.last_modified,
                keep_validators=False,
            )]  # fmt: skip

        return _Step(request, outcome)

    def _feed_state(
        self,
        url: str,
        known: Feed | None,
        answer: Response | FetchError,
        *,
        error: str | None = None,
        name: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        keep_validators: bool = True,
        failed: bool = False,
        items: int = 0,
    ) -> Feed:
        """A feed's new fetch state; validators not replaced are kept so the next GET stays
        conditional. Its health: reads failed in a row (`failed`: the feed could not be read,
        or was no feed), the last read that worked, the last that brought a new item (`items`:
        how many), and its rhythm and health (`feed_health.observe`)."""
        old_etag = known.etag if known and keep_validators else None
        old_modified = known.last_modified if known and keep_validators else None
        now = utc_now()
        max_age = answer.max_age if isinstance(answer, Response) else None
        read = Feed(
            url=url,
            name=(known.name if known else None) or name,
            watched=known.watched if known else False,
            etag=etag or old_etag,
            last_modified=last_modified or old_modified,
            last_fetched=now,
            last_status=answer.status,
            last_error=error,
            failures=(known.failures if known else 0) + 1 if failed else 0,
            last_success=(known.last_success if known else None) if failed else now,
            last_new_item=now if items else (known.last_new_item if known else None),
            fresh_until=_later(now, max_age) if max_age else None,
        )
        return feed_health.observe(known, read, items=items, settings=self._settings)

    def _read_directory(self, root: Path) -> Iterator[_Step[_Opened]]:
        # os.walk lists one directory at a time, so a huge tree is never held in memory; a
        # directory it cannot list is reported, not skipped without a word.
        unreadable: list[OSError] = []
        for directory, subdirectories, files in os.walk(root, onerror=unreadable.append):
            while unreadable:
                error = unreadable.pop()
                yield _ready(Problem(str(error.filename), "sources", f"cannot read: {error.strerror or error}"))
            subdirectories.sort()
            for name in sorted(files):
                yield from self._read_file(Path(directory, name), named=False)
        for error in unreadable:
            yield _ready(Problem(str(error.filename), "sources", f"cannot read: {error.strerror or error}"))

    def _read_file(self, path: Path, *, named: bool) -> Iterator[_Step[_Opened]]:
        name = str(path)
        kind = _FILE_KINDS.get(path.suffix.lower())
        if not path.exists() and not path.is_symlink():
            yield _ready(Problem(name, "sources", "no such file or directory"))
            return
        if kind is None:
            if named:
                known = ", ".join(_FILE_KINDS)
                yield _ready(
                    Problem(name, "sources", f"unknown file type {path.suffix or '(none)'!r}; expected one of {known}")
                )
            return
        if not path.exists():
            yield _ready(Problem(name, "sources", "broken symbolic link"))
            return
        if not path.is_file():
            yield _ready(Problem(name, "sources", "not a regular file"))
            return
        if kind == "records":
            # Read when its turn comes, line by line.
            yield _Step(None, lambda _: read_import_records(path, self._settings.max_record_bytes))
            return
        body = self._read_bytes(path)
        if isinstance(body, Problem):
            yield _ready(body)
        elif kind == "opml":
            yield from self._read_opml(body, name)
        else:
            yield _ready(self._open_file(path, body, kind))

    def _open_file(self, path: Path, body: bytes, kind: str) -> _Opened:
        """What a feed, HTML or text file holds: the feed's lane, a Document, or a Problem naming the file."""
        uri = path.absolute().as_uri()  # as given: a symbolic link is not reported as its target
        if kind == "feed":
            try:
                feed = parse_feed(body, uri)
            except FeedError as exc:
                return Problem(str(path), "sources", exc.reason)
            return self._feed_lane(feed, name=str(path))
        if kind == "html":
            return Document(url=uri, body=body, kind="html")
        try:
            return Document(url=uri, body=body.decode("utf-8-sig"), kind="text")
        except UnicodeDecodeError as exc:
            return Problem(str(path), "sources", f"not UTF-8 text (invalid byte at offset {exc.start})")

    def _read_bytes(self, path: Path) -> bytes | Problem:
        # The response cap bounds local files too: one file is one article.
        cap = self._settings.max_response_bytes
        try:
            if path.stat().st_size > cap:
                return Problem(str(path), "sources", f"file larger than {cap} bytes")
            body = path.read_bytes()
        except OSError as exc:
            return Problem(str(path), "sources", f"cannot read: {exc.strerror or exc}")
        if not body.strip():
            return Problem(str(path), "sources", "empty file")
        return body

    def _read_opml(self, body: bytes, name: str) -> Iterator[_Step[_Opened]]:
        try:
            feeds = parse_opml(body, name)
        except FeedError as exc:
            yield _ready(Problem(name, "sources", exc.reason))
            return
        if not feeds:
            yield _ready(Problem(name, "sources", "no feeds (no outline with an xmlUrl)"))
        for feed in feeds:
            yield self.fetch(feed.url, expect_feed=True)

    def _feed_lane(
        self, feed: ParsedFeed, *, name: str, on_read: Callable[[list[str], int], Feed] | None = None
    ) -> _Lane:
        """The feed's steps in entry order: its Problems, then its entries (linked pages fetched).
        Once every step's outcomes are handed on (pages are answered in any order), `on_read` is
        given why the feed must be read in full again next run, if it must: linked pages that
        failed only for now, entries left over the cap."""
        failed_for_now = 0

        def page(entry: FeedEntry, link: str, answer: Response | FetchError) -> Iterator[Document | Problem]:
            nonlocal failed_for_now
            failed_for_now += _failed_for_now(answer)
            return _linked_page(entry, link, answer, feed)

        lane: _Lane = deque()
        if feed.not_well_formed:
            message = f"not well-formed XML ({feed.not_well_formed}); entries read anyway: {len(feed.entries)}"
            lane.append(_ready(Problem(name, "sources", message)))
        if feed.skipped:
            lane.append(_ready(Problem(name, "sources", f"skipped entries without link or content: {feed.skipped}")))
        wanted = self._new_or_updated(feed.entries)
        cap = self._settings.max_entries_per_feed
        left = max(0, len(wanted) - cap)
        if left:
            message = (
                f"{len(wanted)} new or updated entries, more than the {cap} read per run "
                f"(NEWSMON_MAX_ENTRIES_PER_FEED): the newest were read; left for the next run: {left}"
            )
            lane.append(_ready(Problem(name, "sources", message)))
        fetch_linked = self._settings.fetch_linked_pages
        for entry in _newest(wanted, cap):
            link = entry.link if fetch_linked else None
            if link is None:
                lane.append(_ready(_entry_document(entry, feed)))
            elif link not in self._queued:  # another entry with the same link adds nothing: its page is read once
                self._queued.add(link)
                lane.append(_Step(Request(link), partial(page, entry, link)))
        if on_read is None:
            return lane

        def done() -> Feed:
            read_again = [f"{failed_for_now} linked page(s) failed for now"] if failed_for_now else []
            return on_read(read_again + ([f"entries left over the cap: {left}"] if left else []), len(wanted))

        return _then(lane or deque([_ready()]), done)

    def _new_or_updated(self, entries: Sequence[FeedEntry]) -> Sequence[FeedEntry]:
        """The entries to read: a stored link costs nothing again (a changed feed costs only its
        new items) unless its entry was updated since the stored version was published."""
        if self._store is None:
            return entries
        stored = self._store.known_urls([entry.link for entry in entries if entry.link])
        return [
            entry
            for entry in entries
            if entry.link not in stored or _is_later(entry.published, stored[entry.link])
        ]


def probe_feeds(urls: Sequence[str], *, fetcher: Fetcher, store: FeedReader, settings: Settings) -> Iterator[Feed | Problem | str]:
    """Which of the feeds `urls` have something new, by a conditional GET each (politely, as
    every read): the URL of each that has, the new state of each that has not (not modified,
    listing only stored items, or failed) and the problems met. Nothing is written."""
    reader = _Reader(fetcher, store, settings)
    with closing(fetcher.fetch_many((reader.probe(url) for url in urls), attrgetter("request"))) as answered:
        for step, answer in answered:
            yield from step.outcomes(answer)


def _interleaved(opened: Iterator[_Opened], *, hosts: int, open_lanes: int) -> Iterator[_Step[Item]]:
    """Every step of what `opened` gives, each lane's in order, a Document or Problem as one step.

    Lanes are opened while fewer than `hosts` hosts have a fetch waiting and fewer than
    `open_lanes` lanes have one. Fetches are taken from each host in turn, so consecutive
    fetches go to different hosts; a host's lanes go one after the other (the first keeps
    its place until it is done or its next fetch is on another host), so that each feed
    is done, and its state written, as soon as its host allows. Steps needing no fetch
    are given out as soon as the fetch before them in their lane has been.
    """
    waiting: dict[str, deque[_Lane]] = {}  # host of the next fetch -> its lanes, oldest first; in turn order

    def up_to_fetch(lane: _Lane) -> Iterator[_Step[Item]]:
        while lane and lane[0].request is None:
            yield lane.popleft()

    def wait(lane: _Lane) -> None:
        if lane:
            waiting.setdefault(_host(lane[0]), deque()).append(lane)

    more = True
    while True:
        while more and len(waiting) < hosts and sum(map(len, waiting.values())) < open_lanes:
            item = next(opened, None)
            if item is None:
                more = False
            elif isinstance(item, deque):
                yield from up_to_fetch(item)
                wait(item)
            else:
                yield _ready(item)
        if not waiting:
            return
        host = next(iter(waiting))
        lanes = waiting.pop(host)
        lane = lanes[0]
        yield lane.popleft()
        yield from up_to_fetch(lane)
        if not lane or _host(lane[0]) != host:
            wait(lanes.popleft())
        if lanes:
            waiting[host] = lanes  # its next turn comes after every other host's


def _then(lane: _Lane, done: Callable[[], Feed]) -> _Lane:
    """`lane`, its steps handing on what `done` gives (the feed's state) once the last of them
    to be answered has handed on all its outcomes: its fetches may be answered in any order."""
    left = len(lane)

    def counted(outcomes: Callable[[Any], Iterable[Item]], answer: Any) -> Iterator[Item]:
        nonlocal left
        yield from outcomes(answer)
        left -= 1
        if not left:
            yield done()

    return deque(_Step(step.request, partial(counted, step.outcomes)) for step in lane)


def _newest(entries: Sequence[FeedEntry], cap: int) -> Sequence[FeedEntry]:
    """The `cap` newest of `entries` (undated ones as the oldest, a tie in feed order), in feed order."""
    if len(entries) <= cap:
        return entries
    by_age = sorted(range(len(entries)), key=lambda i: publication_time(entries[i].published), reverse=True)
    return [entries[i] for i in sorted(by_age[:cap])]


def _host(step: _Step[Any]) -> str:
    """The host of a step's request, as the fetcher's throttle counts hosts (the port aside)."""
    return (urlsplit(step.request.url).hostname or "") if step.request else ""


def _ready(*outcomes: T) -> _Step[T]:
    """A step that fetches nothing: its outcomes come out as soon as it is given out."""
    return _Step(None, lambda _: outcomes)


def _linked_page(
    entry: FeedEntry, link: str, page: Response | FetchError, feed: ParsedFeed
) -> Iterator[Document | Problem]:
    """The linked page as a Document, or a Problem then, for a page gone for good, the entry standing in."""
    if isinstance(page, FetchError):
        outcome: Document | Problem = Problem(link, "fetch", page.reason)
    else:
        hints = {"title": entry.title, "published": entry.published, "source": feed.title, "feed_url": feed.url}
        outcome = _page_document(link, page, **hints)
    if isinstance(outcome, Problem) and entry.content and not _failed_for_now(page):
        yield dataclasses.replace(outcome, message=f"{outcome.message}; the feed entry's own text stands in")
        yield _entry_document(entry, feed)
    else:
        yield outcome


def _later(moment: str, seconds: float) -> str:
    return (publication_time(moment) + timedelta(seconds=seconds)).isoformat(timespec="seconds")


def _is_later(entry_time: str | None, stored_time: str | None) -> bool:
    """Whether a feed entry's time is after its stored version's; an unknown time is no sign of an update."""
    if not entry_time or not stored_time:
        return False
    return publication_time(entry_time) > publication_time(stored_time)


def _failed_for_now(page: Response | FetchError) -> bool:
    return isinstance(page, FetchError) and page.transient


def _page_document(url: str, response: Response, **hints: str | None) -> Document | Problem:
    """An HTML or plain-text page as a Document; anything else (or nothing) is a Problem."""
    if not response.body.strip():
        return Problem(url, "fetch", "empty page")
    kind = _page_kind(response)
    if kind is None:
        return Problem(url, "fetch", f"unsupported content type {response.content_type!r}; expected HTML or plain text")
    body: str | bytes = response.body if kind == "html" else _decode(response.body, response.charset)
    return Document(url=url, body=body, kind=kind, **hints)


def _entry_document(entry: FeedEntry, feed: ParsedFeed) -> Document:
    """An entry's own content as a small HTML page (its title kept for extraction)."""
    title = html.escape(clean_text(entry.title or ""))
    page = f"<html><head><title>{title}</title></head><body><article>{clean_text(entry.content or '')}</article></body></html>"
    return Document(
        url=entry.link or _entry_url(feed.url, entry.key),
        body=page,
        kind="html",
        title=clean_text(entry.title) if entry.title else None,
        published=entry.published,
        source=feed.title,
        feed_url=feed.url,
    )


def _entry_url(feed_url: str, key: str) -> str:
    """A URL for an entry without a link. Not `feed#key`: canonical URLs drop fragments, which
    would give every such entry of one feed the same id."""
    if _is_http(key):
        return key
    return f"urn:newsmon:entry:{stable_id(feed_url)}:{quote(key, safe='')}"


def _page_kind(response: Response) -> DocumentKind | None:
    if response.content_type in _HTML_TYPES:
        return "html"
    if response.content_type == "text/plain":
        return "text"
    if not response.content_type and _looks_like_html(response.body):
        return "html"
    return None


def _may_be_feed(response: Response) -> bool:
    """Whether a body fetched from a URL of unknown kind should be parsed as a feed."""
    head = _head(response.body)
    if head.startswith(b"{") or any(root in head for root in _FEED_ROOTS):
        return True
    if response.content_type in _HTML_TYPES or _looks_like_html(response.body):
        return False
    return any(word in response.content_type for word in ("xml", "json", "rss", "atom"))


def _head(body: bytes) -> bytes:
    return body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()


def _looks_like_html(body: bytes) -> bool:
    head = _head(body)
    return head.startswith(b"<!doctype html") or b"<html" in head


def _what_it_is(body: bytes, content_type: str | None) -> str:
    if content_type:
        return f"got {content_type}"
    return "got HTML" if _looks_like_html(body) else "no RSS, Atom or JSON Feed root element"


def _looks_like_json(body: bytes, content_type: str | None) -> bool:
    return (content_type or "").endswith("json") or _head(body).startswith(b"{")


def _decode(body: bytes, charset: str | None) -> str:
    try:
        return body.decode(charset or "utf-8", errors="replace")
    except LookupError:  # a charset name Python does not know
        return body.decode("utf-8", errors="replace")


def _xml_error(exc: BaseException | None) -> str | None:
    """Why the XML parser refused a feed feedparser then read loosely; None for a well-formed
    feed, even one it complained about otherwise (a mis-declared encoding, a wrong content type)."""
    if isinstance(exc, SAXParseException):  # its str() starts with a meaningless "<unknown>:"
        return f"{exc.getMessage()} at line {exc.getLineNumber()}, column {exc.getColumnNumber()}"
    if isinstance(exc, (SAXException, UndeclaredNamespace)):
        return str(exc) or type(exc).__name__
    return None


def _plain(detail: Any) -> str | None:
    """A feedparser text construct as plain text: HTML titles lose their markup."""
    if not detail or not detail.get("value"):
        return None
    value = detail["value"]
    if detail.get("type") in ("text/html", "application/xhtml+xml"):
        value = lxml.html.fragment_fromstring(value, create_parent="div").text_content()
    return " ".join(value.split()) or None


def _feedparser_entry(raw: Any, index: int, base: str | None) -> FeedEntry:
    contents = raw.get("content") or []
    content = (
        next((c.get("value") for c in contents if c.get("value")), None)
        or _yandex_full_text(raw.get("yandex_full-text"))
        or raw.get("summary")
    )
    link = raw.get("link")
    if link and link == raw.get("id") and not _is_http(link):
        link = None  # feedparser copies a guid into `link`; only a URL guid is a permalink
    # FeedBurner's <link> is its own redirect (rss.cnn.com/~r/...); origLink is the article.
    link = _absolute(base, raw.get("feedburner_origlink")) or _absolute(base, link)
    return FeedEntry(
        link=link,
        key=raw.get("id") or link or str(index),
        title=_plain(raw.get("title_detail")),
        published=_entry_date(raw),
        content=content or None,
    )


def _yandex_full_text(value: str | None) -> str | None:
    """<yandex:full-text> as HTML. Yandex specifies plain text, but outlets put HTML there,
    some of it escaped once more ("&lt;p&gt;" inside CDATA)."""
    text = (value or "").strip()
    if "<" not in text and "&lt;" in text:
        text = html.unescape(text)
    return text if _MARKUP.search(text) else _paragraphs(text)


def _entry_date(raw: Any) -> str | None:
    """When the entry was last updated, else published: the time of the version read."""
    parsed: time.struct_time | None = _first(raw, "updated_parsed", "published_parsed")
    if parsed:  # feedparser normalises to UTC
        return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat()
    # feedparser reads English dates only; outlets also write "Сб, 08 янв 2022" or "Seg, 24 Set 2018".
    written = _first(raw, "updated", "published")
    found = dateparser.parse(written) if written else None
    return found.isoformat() if found else None


def _first(raw: Any, *keys: str) -> Any:
    # `key in raw` first: reading a missing "updated*" makes feedparser warn and fall back.
    return next((raw[key] for key in keys if key in raw and raw[key]), None)


def _is_http(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https")


def _absolute(base: str | None, link: str | None) -> str | None:
    """`link` resolved against the feed's URL (for a feed file: the site it names), if that gives http(s)."""
    if not link:
        return None
    link = urljoin(base, link) if base else link
    return link if _is_http(link) else None


def _parse_json_feed(body: bytes, url: str) -> ParsedFeed:
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise FeedError(url, f"invalid JSON: {exc}") from None
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith(_JSON_FEED_VERSION):
        raise FeedError(url, "not a feed (JSON without a JSON Feed 1.x version)")
    items = data.get("items")
    if not isinstance(items, list):
        raise FeedError(url, "JSON Feed without an items list")
    base = url if _is_http(url) else _string(data.get("home_page_url"))
    entries = [_json_feed_entry(item, index, base) for index, item in enumerate(items)]
    usable = tuple(entry for entry in entries if entry and (entry.link or entry.content))
    return ParsedFeed(
        url=url,
        title=_string(data.get("title")),
        entries=usable,
        skipped=len(entries) - len(usable),
        not_well_formed=None,
    )


def _json_feed_entry(item: Any, index: int, base: str | None) -> FeedEntry | None:
    if not isinstance(item, dict):
        return None
    link = _absolute(base, _string(item.get("url")) or _string(item.get("external_url")))
    content = (
        _string(item.get("content_html"))
        or _paragraphs(_string(item.get("content_text")))
        or _paragraphs(_string(item.get("summary")))
    )
    return FeedEntry(
        link=link,
        key=_string(item.get("id")) or link or str(index),
        title=_string(item.get("title")),
        published=_iso_date(item.get("date_modified")) or _iso_date(item.get("date_published")),
        content=content,
    )


def _paragraphs(text: str | None) -> str | None:
    if not text:
        return None
    return "".join(f"<p>{html.escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip())


_UNWRITABLE = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str) -> str:
    """`value` without lone surrogates (no encoding can write them: a store would fail on the
    whole batch) and control characters (tabs and line breaks kept): done once, where text
    enters."""
    return _UNWRITABLE.sub(lambda m: "\ufffd" if "\ud800" <= m.group() <= "\udfff" else "", value)


def _string(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _iso_date(value: Any) -> str | None:
    """`value` if it is an ISO 8601 date or datetime, else None."""
    if not isinstance(value, str):
        return None
    try:
        datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return value.strip()


_REDUCED_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?")  # ISO 8601 at the precision of a year or month
# A calendar date, then maybe a time: Python also reads week dates ("2022-W01") and the basic
# form ("20220105"), which the stores and readers downstream do not.
_CALENDAR_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ].*)?", re.DOTALL)
# How far ahead of now a record may be dated: time zones and a clock a little fast, no more.
_FUTURE_SLACK = timedelta(days=1)


def _record_date(value: str) -> tuple[str | None, str | None]:
    """An import record's `published` and what is wrong with it: a calendar date or datetime
    (ISO 8601), or one of reduced precision ("2022", "2022-01", kept as given), not later than
    a day from now; (None, why) for anything else."""
    text = value.strip()
    if _REDUCED_DATE.fullmatch(text):
        return text, None
    if not _CALENDAR_DATE.fullmatch(text) or _iso_date(text) is None:
        return None, "is not an ISO 8601 calendar date (YYYY-MM-DD, maybe with a time)"
    if publication_time(text) > datetime.now(timezone.utc) + _FUTURE_SLACK:
        return None, "is more than a day in the future"
    return text, None


def _import_record(record: Any, where: str) -> Iterator[Document | Problem]:
    """The record's Document, or the Problem that keeps it out. A `published` that is no
    date is reported and the record kept, undated: archives are full of "unknown"."""
    if not isinstance(record, dict):
        yield Problem(where, "sources", f"expected a JSON object, got {type(record).__name__}")
        return
    for field in _RECORD_FIELDS:
        if record.get(field) is not None and not isinstance(record[field], str):
            yield Problem(where, "sources", f"{field!r} must be a string")
            return
    record = {field: clean_text(record[field]) for field in _RECORD_FIELDS if isinstance(record.get(field), str)}
    url = _string(record.get("url"))
    if url is None:
        yield Problem(where, "sources", "record has no url")
        return
    if not (_is_http(url) and urlsplit(url).hostname):
        # Its url is the link alerts and searches show: a javascript: or file: URL must not be one.
        yield Problem(where, "sources", f"url {url[:200]!r} is not an http(s) URL; the record is skipped")
        return
    # Text wins over html: it is already the article, with no boilerplate to strip.
    kind: DocumentKind = "text"
    body = _string(record.get("text"))
    if body is None:
        kind, body = "html", _string(record.get("html"))
    if body is None:
        yield Problem(where, "sources", "record has neither text nor html")
        return
    given = _string(record.get("published"))
    published, wrong = _record_date(given) if given else (None, None)
    if wrong:
        yield Problem(where, "sources", f"published {given[:100]!r} {wrong}; the record is kept undated")
    yield Document(
        url=url,
        body=body,
        kind=kind,
        title=_string(record.get("title")),
        published=published,
        source=_string(record.get("source")),
    )
