"""The fuzz scenario of `make chaos` (scripts/chaos.py): hypothesis throws mutated feeds, OPML
lists, pages and import lines at the readers, which must turn anything into Documents,
Articles and Problems (FeedError, ExtractError), never raise anything else; and text that
enters from an import record must hold no lone surrogate or control character.

Each input is a valid one (RSS, Atom, JSON Feed, an HTML page, a JSON line) with up to
eight edits: a hostile token inserted (surrogate references, NULs, broken encodings, CDATA,
entity declarations, deep nesting, odd dates and URLs), a span deleted or repeated, a byte
changed, the end cut off. Import lines are also generated whole, as any JSON value.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st
from hypothesis import seed as with_seed

from pipeline.stages.extract import ExtractError, extract_article
from pipeline.models import Document
from pipeline.stages.sources import FeedError, parse_feed, parse_opml, read_import_records

RSS = (
    b"<?xml version='1.0' encoding='utf-8'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'>"
    b"<channel><title>Feed</title><link>http://127.0.0.1/</link><item><title>5,800 detained</title>"
    b"<link>http://127.0.0.1/a.html</link><guid>a</guid><pubDate>Sun, 09 Jan 2022 10:00:00 +0600</pubDate>"
    b"<content:encoded><![CDATA[<p>More than 5,800 people were detained in Kazakhstan.</p>]]></content:encoded>"
    b"</item><item><title>164 killed</title><description>&lt;p&gt;164 people were killed.&lt;/p&gt;</description>"
    b"</item></channel></rss>"
)
ATOM = (
    b"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Atom</title>"
    b"<entry><id>urn:a</id><title type='html'>&lt;b&gt;Almaty&lt;/b&gt;</title><link href='/b.html'/>"
    b"<updated>2022-01-08T10:00:00Z</updated><content type='html'>&lt;p&gt;225 killed&lt;/p&gt;</content></entry></feed>"
)
JSON_FEED = json.dumps({
    "version": "https://jsonfeed.org/version/1.1", "title": "JSON",
    "items": [{"id": "1", "url": "http://127.0.0.1/c.html", "title": "Задержаны",
               "content_html": "<p>Задержаны 9 900 человек.</p>", "date_published": "2022-01-11T09:00:00+06:00"}],
}, ensure_ascii=False).encode()  # fmt: skip
OPML = b"<opml version='2.0'><body><outline text='a' xmlUrl='http://127.0.0.1/feed.xml'/></body></opml>"
PAGE = (
    "<!doctype html><html lang='ru'><head><meta charset='utf-8'><title>Алматы</title>"
    "<link rel='canonical' href='http://127.0.0.1/p.html'><meta property='article:published_time' "
    "content='2022-01-10T12:00:00+06:00'></head><body><article><h1>Задержаны 9 900 человек</h1>"
    "<p>Число задержанных составило 9 900 человек, сообщили в МВД Казахстана.</p>"
    "<p>В Алматы погибли 139 человек.</p></article></body></html>"
).encode()
RECORD = json.dumps({
    "url": "http://127.0.0.1/r/1", "title": "164 killed", "text": "164 people were killed in Kazakhstan.",
    "published": "2022-01-16", "source": "Outlet",
}).encode()  # fmt: skip

HOSTILE = [
    b"&#55296;", b"&#xDFFF;", b"&#0;", b"\x00", b"\x1b", b"\xff\xfe", b"\xed\xa0\x80", b"\xd0", b"\xc3(",
    b"<![CDATA[", b"]]>", b"<!DOCTYPE r [<!ENTITY a 'aaaaaaaa'><!ENTITY b '&a;&a;&a;&a;'>]>", b"&b;", b"&unknown;",
    b"<?xml version='1.0' encoding='x-no-such-charset'?>", b"<?xml version='1.0' encoding='utf-16'?>",
    b"<item>", b"</channel>", b"<entry>", b"<link>javascript:alert(1)</link>", b"<link>http://[::1</link>",
    b"<pubDate>Sat, 99 Jan 2022 99:99:99 +9999</pubDate>", b"<pubDate>32 \xd0\xb4\xd0\xb5\xd0\xba 2022</pubDate>",
    b"<updated>-99999-01-01</updated>", b"<guid>\xe2\x80\xae</guid>", b"<div>" * 2000, b"[" * 3000, b"{" * 3000,
    b'"url": 5', b'"published": "2022-W01"', b'"published": "9999-12-31"', b'"text": "\\ud800 x"', b'"html": null',
    b'"url": "file:///etc/passwd"', b"<base href='javascript:x'>", b"<meta charset='x-unknown'>",
    b"<link rel='canonical' href='http://xn--/\xff'>", b"<time datetime='99999-01-01'>", b"\r", "\u2028".encode(),
]


def mutated(base: bytes) -> st.SearchStrategy[bytes]:
    """`base` with up to eight edits, each at a position drawn as a share of its length."""
    edit = st.tuples(st.sampled_from(["insert", "delete", "repeat", "byte", "cut"]), st.floats(0, 1),
                     st.floats(0, 1), st.sampled_from(HOSTILE) | st.binary(max_size=12))  # fmt: skip
    return st.lists(edit, max_size=8).map(lambda edits: _apply(base, edits))


def _apply(body: bytes, edits: list[tuple[str, float, float, bytes]]) -> bytes:
    for kind, where, span, token in edits:
        at = int(where * len(body))
        end = min(len(body), at + int(span * 64))
        if kind == "insert":
            body = body[:at] + token + body[at:]
        elif kind == "delete":
            body = body[:at] + body[end:]
        elif kind == "repeat":
            body = body[:end] + body[at:end] + body[end:]
        elif kind == "byte" and at < len(body):
            body = body[:at] + bytes([(body[at] + 1 + int(span * 254)) % 256]) + body[at + 1 :]
        elif kind == "cut":
            body = body[:at]
    return body


FEED_TYPES = [None, "application/rss+xml", "application/atom+xml", "application/feed+json", "text/html", "text/xml"]
URLS = ["http://127.0.0.1/feed.xml", "feeds/local.xml", "http://[::1]/x", "http://127.0.0.1:99999/", "http://a/%zz"]


def check_feed(case: tuple[bytes, str | None, str]) -> None:
    """A feed or OPML body parses, or is a FeedError naming it."""
    body, content_type, url = case
    for read in (lambda: parse_feed(body, url, content_type=content_type), lambda: parse_opml(body, url)):
        try:
            read()
        except FeedError as exc:
            assert exc.source == url
    # Reaching here is the property: any other exception propagates to hypothesis.


def check_page(case: tuple[bytes, str]) -> None:
    """A page is an Article or an ExtractError, read as HTML and as plain text."""
    body, url = case
    for document in (Document(url=url, body=body, kind="html"),
                     Document(url=url, body=body.decode("utf-8", errors="replace"), kind="text")):  # fmt: skip
        try:
            extract_article(document)
        except ExtractError:
            pass


_UNWRITABLE = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def check_import_lines(lines: list[bytes]) -> None:
    """Import lines give Documents and Problems; a Document's text is writable, and an
    article is extracted from it or refused with an ExtractError."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "records.jsonl"
        path.write_bytes(b"\n".join(lines))
        for item in read_import_records(path, 4096):
            if not isinstance(item, Document):
                continue
            for text in (item.url, item.title, item.body, item.source, item.published):
                assert not (isinstance(text, str) and _UNWRITABLE.search(text)), f"unwritable text enters: {text!r}"
            try:
                extract_article(item)
            except ExtractError:
                pass


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
_RECORD_FIELDS = st.sampled_from(["url", "title", "text", "html", "published", "source"])
_LINE = (
    mutated(RECORD)
    | st.dictionaries(_RECORD_FIELDS, _JSON | st.text(), max_size=6).map(lambda r: json.dumps(r).encode())
    | _JSON.map(lambda value: json.dumps(value).encode())
)

CHECKS: list[tuple[Callable[..., None], st.SearchStrategy]] = [
    (check_feed, st.tuples(mutated(RSS) | mutated(ATOM) | mutated(JSON_FEED) | mutated(OPML),
                           st.sampled_from(FEED_TYPES), st.sampled_from(URLS))),  # fmt: skip
    (check_page, st.tuples(mutated(PAGE), st.sampled_from(URLS))),
    (check_import_lines, st.lists(_LINE, min_size=1, max_size=5)),
]


@dataclass
class Counted:
    examples: int = 0
    error: str | None = None  # the falsifying example and what it raised


def run(check: Callable[..., None], strategy: st.SearchStrategy, examples: int, seed: int) -> Counted:
    """Run `check` on `examples` inputs drawn from `strategy` (reproducibly, by `seed`)."""
    counted = Counted()

    @with_seed(seed)
    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def property_(case) -> None:
        counted.examples += 1
        check(case)

    try:
        property_()
    except Exception as exc:  # hypothesis re-raises the smallest failing example's error
        notes = " ".join(getattr(exc, "__notes__", []))
        counted.error = f"{type(exc).__name__}: {str(exc)[:300]} {notes[:600]}"
    return counted
