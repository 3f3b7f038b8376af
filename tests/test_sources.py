"""The sources stage: files, directories, import records, feeds, OPML and URLs -> Documents.

Feeds and pages are served by a real HTTP server on loopback; feed state lives in the
real SQLite store. Every bad input must come out as a Problem naming it, never raise.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import socket
import threading
import tracemalloc
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from werkzeug import Request, Response

from helpers import SEEDS, shared_path
from pipeline.stages.fetch import Fetcher
from pipeline.models import Article, Document, Problem, stable_id
from pipeline.settings import Settings
from pipeline.stages.sources import FeedError, parse_feed, parse_opml, read_import_records, read_inputs
from pipeline.store import Feed, open_store

MB = 1024 * 1024


def read_all(inputs, settings: Settings, store=None) -> list[Document | Problem]:
    """What the reader yields but feed states, which go to `store` as a runner commits them."""
    with Fetcher(settings) as fetcher:
        return list(committing(read_inputs(inputs, fetcher=fetcher, store=store, settings=settings), store))


def committing(items, store):
    """The reader's items, its feed states written to `store` (as a run commits them) instead."""
    for item in items:
        if isinstance(item, Feed):
            if store is not None:
                store.update_feed(item)
        else:
            yield item


def documents(out) -> list[Document]:
    return [item for item in out if isinstance(item, Document)]


def problems(out) -> list[Problem]:
    return [item for item in out if isinstance(item, Problem)]


def rss(items: str, *, title: str = "Test feed", declaration: str = '<?xml version="1.0" encoding="utf-8"?>') -> str:
    return f'{declaration}\n<rss version="2.0"><channel><title>{title}</title><link>https://example.org/</link>{items}</channel></rss>'


@pytest.fixture
def offline(tmp_path) -> Settings:
    """Settings for local inputs: nothing is fetched, so feed entries stand on their own content."""
    return Settings(fetch_linked_pages=False, respect_robots=False, host_delay=0)


@pytest.fixture
def store(tmp_path):
    store = open_store(f"sqlite:///{tmp_path}/s.db")
    yield store
    store.close()


# local files and directories


def test_directory_is_walked_in_sorted_order_and_unknown_types_skipped(tmp_path, offline):
    (tmp_path / "b.txt").write_text("Second story.", encoding="utf-8")
    (tmp_path / "a.html").write_bytes(b"<html><body><p>First story.</p></body></html>")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.TXT").write_text("\ufeffThird story.", encoding="utf-8")
    out = read_all([str(tmp_path)], offline)
    assert out == [
        Document(url=(tmp_path / "a.html").absolute().as_uri(), body=b"<html><body><p>First story.</p></body></html>", kind="html"),
        Document(url=(tmp_path / "b.txt").absolute().as_uri(), body="Second story.", kind="text"),
        Document(url=(tmp_path / "sub" / "c.TXT").absolute().as_uri(), body="Third story.", kind="text"),
    ]  # fmt: skip


def test_seed_articles_are_read_as_text(offline):
    out = read_all([str(SEEDS)], offline)
    seeds = sorted(SEEDS.glob("*.txt"))
    assert len(seeds) == 5
    assert [doc.url for doc in out] == [path.absolute().as_uri() for path in seeds]
    assert all(doc.kind == "text" for doc in out)
    assert "4,266 people were arrested" in out[0].body


def test_bad_local_paths_are_problems_and_the_rest_is_read(tmp_path, offline):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Ação".encode("latin-1"))
    (tmp_path / "good.txt").write_text("A story.", encoding="utf-8")
    inputs = [str(tmp_path / name) for name in ("missing.txt", "report.pdf", "empty.txt", "latin1.txt", "good.txt")]
    out = read_all(inputs + ["ftp://example.org/feed.xml"], offline)
    assert problems(out) == [
        Problem(inputs[0], "sources", "no such file or directory"),
        Problem(inputs[1], "sources", "unknown file type '.pdf'; expected one of .txt, .html, .htm, .jsonl, .xml, .rss, .atom, .json, .opml"),
        Problem(inputs[2], "sources", "empty file"),
        Problem(inputs[3], "sources", "not UTF-8 text (invalid byte at offset 1)"),
        Problem("ftp://example.org/feed.xml", "sources", "unsupported URL scheme 'ftp': give an http(s) URL or a local path"),
    ]  # fmt: skip
    assert [doc.body for doc in documents(out)] == ["A story."]


def test_broken_symlink_in_a_directory_is_a_problem(tmp_path, offline):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "dangling.bin").symlink_to(tmp_path / "nowhere.bin")  # unknown type: skipped silently
    (tmp_path / "fine.txt").write_text("Fine.", encoding="utf-8")
    out = read_all([str(tmp_path)], offline)
    assert out == [
        Problem(str(tmp_path / "dangling.txt"), "sources", "broken symbolic link"),
        Document(url=(tmp_path / "fine.txt").absolute().as_uri(), body="Fine.", kind="text"),
    ]


def test_symbolic_link_is_reported_under_the_path_given(tmp_path, offline, monkeypatch):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "2022-01-08.txt").write_text("Story.", encoding="utf-8")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "today.txt").symlink_to(archive / "2022-01-08.txt")
    monkeypatch.chdir(tmp_path)
    out = read_all(["inbox/today.txt", "inbox"], offline)
    # Absolute, but not the link's target: the URL names what the input named.
    expected = Document(url=f"file://{tmp_path}/inbox/today.txt", body="Story.", kind="text")
    assert out == [expected, expected]


def test_fifo_is_refused_without_blocking(tmp_path, offline):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer forever
    assert read_all([str(fifo)], offline) == [Problem(str(fifo), "sources", "not a regular file")]


def test_unreadable_file_is_a_problem(tmp_path, offline):
    # A file that fails on read even for root (CI runs as root, which ignores file modes):
    # this process's memory, read from address 0, which is never mapped.
    memory = Path("/proc/self/mem")
    if not memory.exists():
        pytest.skip("needs Linux /proc")
    unreadable = tmp_path / "memory.txt"
    unreadable.symlink_to(memory)
    assert read_all([str(unreadable)], offline) == [
        Problem(str(unreadable), "sources", "cannot read: Input/output error")
    ]


def test_file_over_the_size_cap_is_a_problem(tmp_path, offline):
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>" + b"x" * 2048)
    out = read_all([str(big)], offline.replace(max_response_bytes=1024))
    assert out == [Problem(str(big), "sources", "file larger than 1024 bytes")]


# import records


def test_import_records_yield_documents_and_problems_naming_the_line(tmp_path, offline):
    path = tmp_path / "import.jsonl"
    lines = [
        {"url": "https://example.kz/1", "title": "Detained", "text": "4,266 people were detained.",
         "published": "2022-01-08", "source": "Example", "lang": "en"},
        {"url": "https://example.kz/2", "html": "<p>Killed</p>", "published": "2022-01-09T10:00:00+06:00"},
        "{not json",
        {"url": "https://example.kz/4", "title": "No body"},
        "",
        {"url": "https://example.kz/6", "text": "x", "published": "last Tuesday"},
        {"text": "no url"},
        {"url": "https://example.kz/8", "text": 42},
        ["not", "an", "object"],
    ]  # fmt: skip
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n")
    out = read_all([str(path)], offline)
    assert out == [
        Document(url="https://example.kz/1", body="4,266 people were detained.", kind="text", title="Detained",
                 published="2022-01-08", source="Example"),
        Document(url="https://example.kz/2", body="<p>Killed</p>", kind="html", published="2022-01-09T10:00:00+06:00"),
        Problem(f"{path}:3", "sources", "invalid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        Problem(f"{path}:4", "sources", "record has neither text nor html"),
        Problem(f"{path}:6", "sources", "published 'last Tuesday' is not an ISO 8601 calendar date (YYYY-MM-DD, maybe with a time); the record is kept undated"),
        Document(url="https://example.kz/6", body="x", kind="text"),
        Problem(f"{path}:7", "sources", "record has no url"),
        Problem(f"{path}:8", "sources", "'text' must be a string"),
        Problem(f"{path}:9", "sources", "expected a JSON object, got list"),
    ]  # fmt: skip


def test_import_records_keep_dates_of_reduced_precision(tmp_path, offline):
    # ISO 8601 allows a year or a month alone; real archives are full of them
    path = tmp_path / "partial.jsonl"
    given = ["2022", "2022-01", "2022-01-16", "unknown", "2022-13", "22-01"]
    path.write_text("".join(json.dumps({"url": f"https://e.kz/{i}", "text": "t", "published": p}) + "\n"
                            for i, p in enumerate(given)))  # fmt: skip
    out = read_all([str(path)], offline)
    documents = [d for d in out if isinstance(d, Document)]
    assert [d.published for d in documents] == ["2022", "2022-01", "2022-01-16", None, None, None]
    assert [p.input for p in out if isinstance(p, Problem)] == [f"{path}:4", f"{path}:5", f"{path}:6"]


def test_import_records_are_read_lazily(tmp_path):
    path = tmp_path / "many.jsonl"
    with path.open("w") as handle:
        for n in range(10_000):
            handle.write(json.dumps({"url": f"https://example.kz/{n}", "text": "t"}) + "\n")
    records = read_import_records(path, Settings().max_record_bytes)
    assert next(records).url == "https://example.kz/0"
    records.close()


def test_invalid_utf8_import_line_is_a_problem(tmp_path, offline):
    path = tmp_path / "bytes.jsonl"
    path.write_bytes(b'{"url": "https://e.kz/1", "text": "\xff"}\n{"url": "https://e.kz/2", "text": "ok"}\n')
    out = read_all([str(path)], offline)
    assert [p.input for p in problems(out)] == [f"{path}:1"]
    assert problems(out)[0].message.startswith("invalid JSON")
    assert [doc.url for doc in documents(out)] == ["https://e.kz/2"]


# feed files


def test_windows_1251_feed_file_is_decoded(tmp_path, offline):
    path = tmp_path / "lenta.rss"
    items = (
        "<item><title>Задержаны 4266 человек</title><link>https://example.kz/1</link>"
        "<description>МВД сообщило о задержаниях.</description>"
        "<pubDate>Sat, 08 Jan 2022 10:00:00 +0600</pubDate></item>"
    )
    path.write_bytes(
        rss(items, title="Лента", declaration='<?xml version="1.0" encoding="windows-1251"?>').encode("cp1251")
    )
    [doc] = read_all([str(path)], offline)
    assert doc.url == "https://example.kz/1"
    assert doc.title == "Задержаны 4266 человек"
    assert doc.source == "Лента"
    assert doc.published == "2022-01-08T04:00:00+00:00"
    assert doc.feed_url == path.absolute().as_uri()
    assert doc.kind == "html" and "МВД сообщило о задержаниях." in doc.body


def test_latin1_feed_without_declaration_is_read(tmp_path, offline):
    path = tmp_path / "noticias.xml"
    items = (
        "<item><title>Ação policial</title><link>https://example.br/1</link><description>Notícia</description></item>"
    )
    path.write_bytes(rss(items, title="Notícias", declaration="").encode("latin-1"))
    [doc] = read_all([str(path)], offline)
    assert (doc.title, doc.source) == ("Ação policial", "Notícias")
    assert "Notícia" in doc.body


def test_feed_with_stray_control_character_is_recovered_and_reported(tmp_path, offline):
    path = tmp_path / "glitch.rss"
    items = (
        "<item><title>One</title><link>https://example.es/1</link><description>ok</description></item>"
        "<item><title>Two</title><link>https://example.es/2</link><description>bell \x07 here</description></item>"
    )
    feed = rss(items)
    path.write_text(feed, encoding="utf-8")
    out = read_all([str(path)], offline)
    assert [doc.url for doc in documents(out)] == ["https://example.es/1", "https://example.es/2"]
    # XML forbids the control character: the feed is read loosely, and that is said.
    column = feed.splitlines()[1].index("\x07")  # the parser counts columns from 0
    assert problems(out) == [
        Problem(str(path), "sources",
                f"not well-formed XML (not well-formed (invalid token) at line 2, column {column}); entries read anyway: 2")
    ]  # fmt: skip


def test_truncated_feed_is_read_as_far_as_it_goes_and_reported(tmp_path, offline):
    items = "".join(
        f"<item><title>Story {n}</title><link>https://example.kz/{n}</link><description>Text {n}</description></item>"
        for n in range(1, 6)
    )
    feed = rss(items)
    # The first bytes of a larger download: cut inside the third item's description.
    cut = tmp_path / "cut.rss"
    cut.write_text(feed[: feed.index("Text 3") + len("Text 3")], encoding="utf-8")
    whole = tmp_path / "whole.rss"
    whole.write_text(feed, encoding="utf-8")
    out = read_all([str(cut), str(whole)], offline)
    [problem] = problems(out)
    assert (problem.input, problem.stage) == (str(cut), "sources")
    expected = r"not well-formed XML \(no element found at line 2, column \d+\); entries read anyway: 3"
    assert re.fullmatch(expected, problem.message), problem.message
    # The entries before the cut and the cut one (its link came before the cut); then the next input.
    urls = [f"https://example.kz/{n}" for n in (1, 2, 3)] + [f"https://example.kz/{n}" for n in range(1, 6)]
    assert [doc.url for doc in documents(out)] == urls
    assert out[0] == problem  # said before the entries it concerns


def test_broken_feed_with_no_entries_is_a_problem_with_the_parser_reason(tmp_path, offline):
    path = tmp_path / "cut.xml"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><item><title>Half', encoding="utf-8"
    )
    [problem] = read_all([str(path)], offline)
    assert problem.input == str(path)
    assert problem.message.startswith("no entries could be read: ")
    assert "line 1" in problem.message


@pytest.mark.parametrize(
    ("name", "body", "message"),
    [
        ("page.xml", b"<!DOCTYPE html><html><body><p>Hello</p></body></html>", "not a feed (got HTML)"),
        ("data.json", b'{"name": "package"}', "not a feed (JSON without a JSON Feed 1.x version)"),
        ("broken.json", b'{"version": "https://jsonfeed.org/version/1.1", "items": [', "invalid JSON: "),
        ("plain.rss", b"just words", "not a feed (no RSS, Atom or JSON Feed root element)"),
    ],
)
def test_feed_file_that_is_not_a_feed_is_a_problem(tmp_path, offline, name, body, message):
    path = tmp_path / name
    path.write_bytes(body)
    [problem] = read_all([str(path)], offline)
    assert (problem.input, problem.stage) == (str(path), "sources")
    assert problem.message.startswith(message)


def test_json_feed_file_items_become_documents(tmp_path, offline):
    path = tmp_path / "feed.json"
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "JSON news",
        "items": [
            {"id": "1", "url": "https://example.kz/a", "title": "A", "content_html": "<p>Alpha</p>",
             "date_published": "2022-01-06T08:00:00+06:00"},
            {"id": "2", "title": "B", "content_text": "Beta one.\n\nBeta <two>."},
            {"id": "3", "title": "Nothing to read"},
        ],
    }  # fmt: skip
    path.write_text(json.dumps(feed), encoding="utf-8")
    out = read_all([str(path)], offline)
    uri = path.absolute().as_uri()
    assert problems(out) == [Problem(str(path), "sources", "skipped entries without link or content: 1")]
    first, second = documents(out)
    assert (first.url, first.title, first.published, first.source, first.feed_url) == (
        "https://example.kz/a",
        "A",
        "2022-01-06T08:00:00+06:00",
        "JSON news",
        uri,
    )
    assert "<p>Alpha</p>" in first.body
    assert second.url == f"urn:newsmon:entry:{stable_id(uri)}:2"
    assert "<p>Beta one.</p><p>Beta &lt;two&gt;.</p>" in second.body


def test_atom_file_entries_and_entries_without_links(tmp_path, offline):
    path = tmp_path / "news.atom"
    path.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Atom &lt;b&gt;news&lt;/b&gt;</title>
          <link rel="alternate" href="https://example.kz/"/>
          <entry><id>tag:example.kz,2022:1</id><title>Linked</title><link href="/news/1"/>
            <updated>2022-01-07T12:00:00Z</updated><summary>Short</summary></entry>
          <entry><id>tag:example.kz,2022:2</id><title>Unlinked</title>
            <content type="html">&lt;p&gt;Full text&lt;/p&gt;</content></entry>
        </feed>""",
        encoding="utf-8",
    )
    linked, unlinked = read_all([str(path)], offline)
    uri = path.absolute().as_uri()
    assert linked.source == "Atom news"
    # A feed file has no URL of its own: relative links resolve against the site it names.
    assert (linked.url, linked.published) == ("https://example.kz/news/1", "2022-01-07T12:00:00+00:00")
    assert unlinked.url == f"urn:newsmon:entry:{stable_id(uri)}:tag%3Aexample.kz%2C2022%3A2"
    assert "<p>Full text</p>" in unlinked.body


def test_an_entry_is_dated_by_its_last_update(tmp_path, offline):
    path = tmp_path / "updated.atom"
    path.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Live</title>
          <entry><id>tag:example.kz,2022:live</id><title>Live</title><link href="https://example.kz/live"/>
            <published>2022-01-06T08:00:00+06:00</published><updated>2022-01-07T09:30:00+06:00</updated>
            <summary>Latest</summary></entry>
        </feed>""",
        encoding="utf-8",
    )
    [doc] = read_all([str(path)], offline)
    assert doc.published == "2022-01-07T03:30:00+00:00"  # the version read is the updated one


def test_json_feed_item_is_dated_by_its_last_modification(tmp_path, offline):
    path = tmp_path / "feed.json"
    item = {"id": "1", "url": "https://example.kz/a", "content_text": "A",
            "date_published": "2022-01-06T08:00:00+06:00", "date_modified": "2022-01-07T09:30:00+06:00"}  # fmt: skip
    path.write_text(json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": [item]}), encoding="utf-8")
    [doc] = read_all([str(path)], offline)
    assert doc.published == "2022-01-07T09:30:00+06:00"


def yandex_rss(items: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:yandex="http://news.yandex.ru">'
        f"<channel><title>Лента</title><link>https://example.kz/</link>{items}</channel></rss>"
    )


def test_yandex_full_text_is_the_entry_content(tmp_path, offline):
    path = tmp_path / "yandex.rss"
    items = (
        # HTML in CDATA
        "<item><title>A</title><link>https://example.kz/a</link><description></description>"
        "<yandex:full-text><![CDATA[<p>Задержаны 4 266 человек.</p><p>Второй абзац.</p>]]></yandex:full-text></item>"
        # HTML escaped once more inside CDATA, as some outlets send it
        "<item><title>B</title><link>https://example.kz/b</link><description></description>"
        "<yandex:full-text><![CDATA[&lt;p&gt;Погибли 225 человек.&lt;/p&gt;]]></yandex:full-text></item>"
        # plain text, as Yandex specifies it: paragraphs apart
        "<item><title>C</title><link>https://example.kz/c</link><description></description>"
        "<yandex:full-text>Первый абзац &amp; факты.\n\nВторой абзац.</yandex:full-text></item>"
        # a summary is no match for the full text
        "<item><title>D</title><link>https://example.kz/d</link><description>Анонс</description>"
        "<yandex:full-text>Полный текст.</yandex:full-text></item>"
    )
    path.write_text(yandex_rss(items), encoding="utf-8")
    a, b, c, d = read_all([str(path)], offline)
    assert "<article><p>Задержаны 4 266 человек.</p><p>Второй абзац.</p></article>" in a.body
    assert "<article><p>Погибли 225 человек.</p></article>" in b.body
    assert "<article><p>Первый абзац &amp; факты.</p><p>Второй абзац.</p></article>" in c.body
    assert "<article><p>Полный текст.</p></article>" in d.body


def test_feedburner_orig_link_is_the_article_address(httpserver, loopback_settings, tmp_path):
    article = httpserver.url_for("/2022/01/08/world/kazakhstan-unrest/index.html")
    redirect = httpserver.url_for("/~r/rss/edition_world/~3/A6erDJ6SydU/index.html")
    httpserver.expect_request("/2022/01/08/world/kazakhstan-unrest/index.html").respond_with_data(
        "<html><p>Story</p></html>", content_type="text/html"
    )
    path = tmp_path / "cnn.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0">'
        f"<channel><title>CNN</title><item><title>Unrest</title><link>{redirect}</link>"
        f"<feedburner:origLink>{article}</feedburner:origLink></item></channel></rss>",
        encoding="utf-8",
    )
    [doc] = read_all([str(path)], loopback_settings)
    assert (doc.url, doc.body) == (article, b"<html><p>Story</p></html>")
    assert [request.path for request, _ in httpserver.log] == ["/2022/01/08/world/kazakhstan-unrest/index.html"]


def test_localized_dates_are_understood(tmp_path, offline):
    path = tmp_path / "ru.rss"
    items = (
        "<item><title>Т</title><link>https://example.kz/1</link>"
        "<pubDate>Сб, 08 янв 2022 10:00:00 +0600</pubDate></item>"
    )
    path.write_text(rss(items), encoding="utf-8")
    [doc] = read_all([str(path)], offline)
    assert doc.published == "2022-01-08T10:00:00+06:00"


def test_parse_feed_and_parse_opml_raise_naming_the_source():
    with pytest.raises(FeedError, match=r"^https://example.kz/x: empty"):
        parse_feed(b"  ", "https://example.kz/x")
    with pytest.raises(FeedError, match=r"^list.opml: not well-formed OPML"):
        parse_opml(b"<opml><body>", "list.opml")
    with pytest.raises(FeedError, match=r"^list.opml: not OPML \(root element <rss>\)"):
        parse_opml(b"<rss/>", "list.opml")


# URLs


@pytest.fixture
def news_site(httpserver):
    """A feed whose entries link to a good page, failing pages, a text page and no page."""
    url = httpserver.url_for
    items = f"""
      <item><title>Four thousand detained</title><link>{url("/story/1")}</link>
        <pubDate>Sat, 08 Jan 2022 10:00:00 +0600</pubDate><description>Teaser one</description></item>
      <item><title>Gone</title><link>{url("/story/2")}</link><description>Teaser two</description></item>
      <item><title>Busy</title><link>{url("/story/3")}</link><description>Teaser three</description></item>
      <item><title>Broken</title><link>{url("/story/4")}</link></item>
      <item><title>Inline</title><guid isPermaLink="false">entry-5</guid><description>Only content</description></item>
      <item><title>Plain</title><link>{url("/story/6")}</link></item>
      <item><title>Again</title><link>{url("/story/1")}</link></item>
    """
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(items, title="Site news"), content_type="application/rss+xml", headers={"ETag": '"v1"'}
    )
    httpserver.expect_request("/story/1").respond_with_data("<html><p>Page one</p></html>", content_type="text/html")
    httpserver.expect_request("/story/2").respond_with_data("", status=404)
    httpserver.expect_request("/story/3").respond_with_data("", status=503)
    httpserver.expect_request("/story/4").respond_with_data("", status=410)
    httpserver.expect_request("/story/6").respond_with_data("Plain words", content_type="text/plain; charset=utf-8")
    return url("/feed.xml")


def by_address(out) -> list[Document | Problem]:
    """`out` sorted by the URL each names: pages come as they are answered, in no set order; what
    one page gives (its Problem, then the entry standing in) keeps its order."""
    return sorted(out, key=lambda item: item.url if isinstance(item, Document) else item.input)


def test_feed_url_entries_fetch_their_pages(httpserver, loopback_settings, news_site):
    url = httpserver.url_for
    out = by_address(read_all([news_site], loopback_settings))
    hints = {"source": "Site news", "feed_url": news_site}
    assert out[0] == Document(url=url("/story/1"), body=b"<html><p>Page one</p></html>", kind="html",
                              title="Four thousand detained", published="2022-01-08T04:00:00+00:00", **hints)  # fmt: skip
    # Gone for good: the entry stands in, and the problem says so.
    assert out[1] == Problem(url("/story/2"), "fetch", "HTTP 404 NOT FOUND; the feed entry's own text stands in")
    assert (out[2].url, out[2].title, out[2].kind) == (url("/story/2"), "Gone", "html")
    assert "Teaser two" in out[2].body
    # Failed for now: no stand-in, which would be stored under the link and keep the page from being fetched again.
    assert out[3] == Problem(url("/story/3"), "fetch", "HTTP 503 SERVICE UNAVAILABLE")
    assert out[4] == Problem(url("/story/4"), "fetch", "HTTP 410 GONE")  # nothing to stand in
    assert out[5] == Document(url=url("/story/6"), body="Plain words", kind="text", title="Plain", **hints)
    assert (out[6].url, out[6].title) == (f"urn:newsmon:entry:{stable_id(news_site)}:entry-5", "Inline")
    assert "Only content" in out[6].body
    assert len(out) == 7  # the second link to /story/1 is not read twice
    assert sorted(p for p in (r.path for r, _ in httpserver.log) if p.startswith("/story/")) == [
        "/story/1", "/story/2", "/story/3", "/story/4", "/story/6"
    ]  # fmt: skip


def test_a_story_in_two_section_feeds_is_fetched_once(httpserver, loopback_settings):
    url = httpserver.url_for
    story = f"<item><title>Four thousand detained</title><link>{url('/story/1')}</link></item>"
    for section, extra in (("world", "/story/2"), ("asia", "/story/3")):
        items = story + f"<item><title>Other</title><link>{url(extra)}</link></item>"
        httpserver.expect_request(f"/{section}.xml").respond_with_data(rss(items), content_type="application/rss+xml")
    for path in ("/story/1", "/story/2", "/story/3"):
        httpserver.expect_request(path).respond_with_data(f"<html><p>{path}</p></html>", content_type="text/html")
    out = read_all([url("/world.xml"), url("/asia.xml")], loopback_settings)
    assert sorted(doc.url for doc in documents(out)) == [url("/story/1"), url("/story/2"), url("/story/3")]
    assert sorted(r.path for r, _ in httpserver.log if r.path.startswith("/story/")) == [
        "/story/1", "/story/2", "/story/3"
    ]  # fmt: skip


def test_without_linked_pages_entries_are_documents(httpserver, loopback_settings, news_site):
    out = read_all([news_site], loopback_settings.replace(fetch_linked_pages=False))
    # Every entry with a link or content, even one with a title only ("Broken").
    titles = ["Four thousand detained", "Gone", "Busy", "Broken", "Inline", "Plain", "Again"]
    assert [doc.title for doc in out] == titles
    assert [r.path for r, _ in httpserver.log] == ["/feed.xml"]


def stored_articles(store, published_by_url: dict[str, str | None]) -> None:
    """Store an article under each URL with its `published`: what `known_urls` looks up."""
    store.put_articles(
        [Article(id=Article.make_id(url), url=url, canonical_url=url, title="", text="t", published=published)
         for url, published in published_by_url.items()]
    )  # fmt: skip
    store.flush()


def stored_as_the_runner_would(store, docs: list[Document]) -> None:
    """Store each Document as an article under its URL; the runner keeps a Document's date."""
    stored_articles(store, {doc.url: doc.published for doc in docs})


def test_a_stored_link_is_read_again_only_when_its_entry_was_updated(tmp_path, offline, store):
    stored_articles(store, {
        "https://example.kz/same": "2022-01-07T04:00:00+00:00",
        "https://example.kz/updated": "2022-01-07T04:00:00+00:00",
        "https://example.kz/undated-now": "2022-01-07T04:00:00+00:00",
        "https://example.kz/undated-before": None,
        "https://example.kz/same-day": "2022-01-08",  # a date alone: any time that day
    })  # fmt: skip
    entries = [
        ("same", "<pubDate>Fri, 07 Jan 2022 10:00:00 +0600</pubDate>"),  # the stored time, written in +06:00
        ("updated", "<pubDate>Sun, 09 Jan 2022 10:00:00 +0600</pubDate>"),
        ("undated-now", ""),
        ("undated-before", "<pubDate>Sun, 09 Jan 2022 10:00:00 +0600</pubDate>"),
        ("same-day", "<pubDate>Sat, 08 Jan 2022 23:00:00 +0600</pubDate>"),
        ("new", "<pubDate>Fri, 07 Jan 2022 10:00:00 +0600</pubDate>"),
    ]
    path = tmp_path / "feed.rss"
    path.write_text(rss("".join(
        f"<item><title>{name}</title><link>https://example.kz/{name}</link>{date}<description>{name} now</description></item>"
        for name, date in entries
    )), encoding="utf-8")  # fmt: skip
    out = read_all([str(path)], offline, store)
    assert [(doc.url, doc.published) for doc in out] == [
        ("https://example.kz/updated", "2022-01-09T04:00:00+00:00"),
        ("https://example.kz/new", "2022-01-07T04:00:00+00:00"),
    ]
    assert "updated now" in out[0].body


def test_an_updated_entry_has_its_page_fetched_again_once(httpserver, loopback_settings, tmp_path, store):
    link = httpserver.url_for("/live")
    httpserver.expect_request("/live").respond_with_data("<html><p>Latest</p></html>", content_type="text/html")
    # Stored when the entry was first published; it has been updated since.
    stored_articles(store, {link: "2022-01-06T02:00:00+00:00"})
    feed = tmp_path / "live.atom"
    feed.write_text(
        f"""<?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Live</title>
          <entry><id>tag:example.kz,2022:live</id><title>Live</title><link href="{link}"/>
            <published>2022-01-06T08:00:00+06:00</published><updated>2022-01-07T09:30:00+06:00</updated></entry>
        </feed>""",
        encoding="utf-8",
    )
    [doc] = read_all([str(feed)], loopback_settings, store)
    assert (doc.url, doc.body, doc.published) == (link, b"<html><p>Latest</p></html>", "2022-01-07T03:30:00+00:00")
    stored_as_the_runner_would(store, [doc])
    # Stored with the time of the version read: the unchanged entry is no update any more.
    assert read_all([str(feed)], loopback_settings, store) == []
    assert len(httpserver.log) == 1


def test_page_that_failed_for_now_is_fetched_on_the_next_run(httpserver, loopback_settings, store):
    url = httpserver.url_for
    feed_url = url("/feed.xml")
    items = (
        f"<item><title>Busy</title><link>{url('/busy')}</link><description>Teaser busy</description></item>"
        f"<item><title>Down</title><link>{url('/down')}</link><description>Teaser down</description></item>"
        f"<item><title>Gone</title><link>{url('/gone')}</link><description>Teaser gone</description></item>"
    )
    # A feed GET with the ETag would be a 304: the pages would then never be asked for again.
    httpserver.expect_request("/feed.xml", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(items), content_type="application/rss+xml", headers={"ETag": '"v1"'}
    )
    httpserver.expect_oneshot_request("/busy").respond_with_data("", status=429)
    httpserver.expect_oneshot_request("/down").respond_with_data("", status=502)
    for path in ("/busy", "/down"):
        page = f"<html><p>{path} at last</p></html>"
        httpserver.expect_request(path).respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/gone").respond_with_data("", status=404)

    first = by_address(read_all([feed_url], loopback_settings, store))
    assert problems(first) == [
        Problem(url("/busy"), "fetch", "HTTP 429 TOO MANY REQUESTS"),
        Problem(url("/down"), "fetch", "HTTP 502 BAD GATEWAY"),
        Problem(url("/gone"), "fetch", "HTTP 404 NOT FOUND; the feed entry's own text stands in"),
    ]
    [stand_in] = documents(first)
    assert (stand_in.url, stand_in.title) == (url("/gone"), "Gone") and "Teaser gone" in stand_in.body
    state = store.get_feed(feed_url)
    assert (state.etag, state.last_status) == (None, 200)
    assert state.last_error == "2 linked page(s) failed for now; the feed is read again next run"
    stored_as_the_runner_would(store, documents(first))
    requests_in_first_run = len(httpserver.log)

    second = by_address(read_all([feed_url], loopback_settings, store))
    assert [(doc.url, doc.body) for doc in second] == [
        (url("/busy"), b"<html><p>/busy at last</p></html>"),
        (url("/down"), b"<html><p>/down at last</p></html>"),
    ]
    # Pages of one host are fetched one at a time, in no set order.
    assert sorted(r.path for r, _ in httpserver.log[:requests_in_first_run]) == ["/busy", "/down", "/feed.xml", "/gone"]
    assert sorted(r.path for r, _ in httpserver.log[requests_in_first_run:]) == ["/busy", "/down", "/feed.xml"]
    state = store.get_feed(feed_url)
    assert (state.etag, state.last_error) == ('"v1"', None)


def test_linked_page_that_times_out_gets_no_stand_in(httpserver, loopback_settings, tmp_path):
    release = threading.Event()
    httpserver.expect_request("/slow").respond_with_handler(
        lambda request: Response("late") if release.wait(10) else Response("")
    )
    feed = tmp_path / "feed.rss"
    link = httpserver.url_for("/slow")
    feed.write_text(rss(f"<item><title>Slow</title><link>{link}</link><description>Teaser</description></item>"))
    try:
        out = read_all([str(feed)], loopback_settings.replace(read_timeout=0.2))
    finally:
        release.set()
    assert out == [Problem(link, "fetch", "timed out (no data for 0.2 s)")]


class WatchedFetcher(Fetcher):
    """A real Fetcher that notes how many URLs `fetch_many` has taken and how many answers it has handed on."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.taken = 0
        self.handed_on = 0

    def fetch_many(self, items, request):
        def taking():
            for item in items:
                self.taken += request(item) is not None
                yield item

        with closing(super().fetch_many(taking(), request)) as answered:
            for item, answer in answered:
                self.handed_on += answer is not None
                yield item, answer


def test_a_slow_first_page_holds_back_no_other(httpserver, other_host, loopback_settings, tmp_path):
    """The first entry's page is answered only once every other page was handed on: a reader
    yielding pages in entry order would wait for it with all the others fetched."""
    concurrency = 3
    others_handed_on = threading.Event()

    def slow(request: Request) -> Response:
        if others_handed_on.wait(10):
            return Response("<p>first</p>", content_type="text/html")
        return Response("", status=503)

    httpserver.expect_request("/first").respond_with_handler(slow)
    other_host.expect_request(re.compile(r"/\d+")).respond_with_handler(
        lambda request: Response(f"<p>{request.path}</p>", content_type="text/html")
    )
    links = [httpserver.url_for("/first")] + [other_host.url_for(f"/{n}") for n in range(1, 10)]
    feed = tmp_path / "feed.rss"
    feed.write_text(rss("".join(f"<item><title>{n}</title><link>{link}</link></item>" for n, link in enumerate(links))))
    settings = loopback_settings.replace(allowed_hosts=(httpserver.host, "127.0.0.1"), concurrency=concurrency)
    out = []
    with WatchedFetcher(settings) as fetcher:
        for item in committing(read_inputs([str(feed)], fetcher=fetcher, store=None, settings=settings), None):
            out.append(item)
            if len(out) == len(links) - 1:
                others_handed_on.set()
            assert fetcher.taken - fetcher.handed_on <= concurrency  # no more pages in flight than that
    # the others come in the order they were answered, which concurrent fetches do not fix
    assert sorted(doc.url for doc in out[:-1]) == sorted(links[1:])
    assert out[-1].url == links[0]
    assert out[-1].body == b"<p>first</p>"


# feeds on several hosts


def serve_feed(server, path: str, pages: list[str], *, etag: str | None = None, answer=None) -> str:
    """Serve on `server` a feed at `path` whose entries link to `pages` there, each "<p>PAGE</p>"
    or what the handler `answer` returns; with `etag`, a GET carrying it gets a 304. Returns
    the feed's URL."""
    items = "".join(f"<item><title>{page}</title><link>{server.url_for(page)}</link></item>" for page in pages)
    if etag:
        server.expect_request(path, headers={"If-None-Match": etag}).respond_with_data("", status=304)
    server.expect_request(path).respond_with_data(
        rss(items, title=path), content_type="application/rss+xml", headers={"ETag": etag} if etag else {}
    )
    for page in pages:
        if answer:
            server.expect_request(page).respond_with_handler(answer)
        else:
            server.expect_request(page).respond_with_data(f"<p>{page}</p>", content_type="text/html")
    return server.url_for(path)


@pytest.fixture
def two_hosts(httpserver, other_host, loopback_settings) -> Settings:
    """Settings allowing both test servers: `httpserver` (localhost) and `other_host` (127.0.0.1)."""
    return loopback_settings.replace(allowed_hosts=(httpserver.host, "127.0.0.1"))


def test_pages_of_feeds_on_two_hosts_are_fetched_side_by_side(httpserver, other_host, two_hosts, tmp_path):
    """A host's first page is answered only once the other host has been asked for one: a
    reader draining one feed before fetching the next would have every first page refused."""
    asked = {httpserver.host: threading.Event(), "127.0.0.1": threading.Event()}

    def once_the_other_is_asked(request: Request) -> Response:
        host = request.host.rsplit(":", 1)[0]
        asked[host].set()
        other = next(event for name, event in asked.items() if name != host)
        if not other.wait(5):
            return Response("the other host was not asked", status=503)
        return Response(f"<p>{request.path}</p>", content_type="text/html")

    pages = ["/p/1", "/p/2", "/p/3"]
    feeds = [
        serve_feed(server, path, pages, answer=once_the_other_is_asked)
        for server, path in ((httpserver, "/a.xml"), (other_host, "/b.xml"))
    ]
    opml = tmp_path / "feeds.opml"
    outlines = "".join(f'<outline text="{url}" xmlUrl="{url}"/>' for url in feeds)
    opml.write_text(f'<opml version="2.0"><body>{outlines}</body></opml>')
    out = read_all([str(opml)], two_hosts.replace(concurrency=2))
    assert problems(out) == []
    assert sorted((doc.feed_url, doc.url) for doc in out) == [
        (feed, server.url_for(page)) for feed, server in sorted(zip(feeds, (httpserver, other_host))) for page in pages
    ]


def test_a_sites_feeds_in_a_row_do_not_hold_back_the_next_site(httpserver, other_host, two_hosts):
    inputs = [
        serve_feed(httpserver, "/news.xml", ["/x/1", "/x/2"]),
        serve_feed(httpserver, "/sport.xml", ["/y/1"]),
        serve_feed(other_host, "/rss.xml", ["/z/1", "/z/2", "/z/3"]),
    ]
    out = read_all(inputs, two_hosts.replace(concurrency=2))
    # Both feeds of the first site are open with the second site's: one host's pages take
    # turns with the other's, so the second site's first page is among the first answered.
    first_site, second_site = httpserver.url_for, other_host.url_for
    assert [doc.url for doc in out].index(second_site("/z/1")) < 3
    assert sorted((doc.feed_url, doc.url) for doc in out) == sorted([
        (inputs[0], first_site("/x/1")), (inputs[0], first_site("/x/2")), (inputs[1], first_site("/y/1")),
        (inputs[2], second_site("/z/1")), (inputs[2], second_site("/z/2")), (inputs[2], second_site("/z/3")),
    ])  # fmt: skip


def test_a_feeds_state_is_written_once_its_last_entry_is_handed_on(httpserver, other_host, two_hosts, store):
    # Watched feeds are read in URL order: http://127.0.0.1 (the long feed) first. Its last
    # page is answered only once the short feed's page has been, so that the long feed is
    # still being read when the short one is done, however busy the machine.
    short_answered = threading.Event()

    def page(request: Request) -> Response:
        if request.path == "/s/1":
            short_answered.set()
        elif request.path == "/l/3":
            short_answered.wait(5)
        return Response(f"<p>{request.path}</p>", content_type="text/html")

    long_feed = serve_feed(other_host, "/long.xml", ["/l/1", "/l/2", "/l/3"], etag='"long"', answer=page)
    short_feed = serve_feed(httpserver, "/short.xml", ["/s/1"], etag='"short"', answer=page)
    feeds = [long_feed, short_feed]
    for url in feeds:
        store.add_feed(url)
    handed_on: list[str] = []
    saved_while_handed_on: list[set[str]] = []
    with Fetcher(two_hosts) as fetcher:
        for doc in committing(read_inputs([], fetcher=fetcher, store=store, settings=two_hosts), store):
            handed_on.append(doc.feed_url)
            saved_while_handed_on.append({url for url in feeds if store.get_feed(url).etag})
    # The short feed is done while the long one is still being read...
    assert sorted(handed_on) == [long_feed, long_feed, long_feed, short_feed] and handed_on[-1] == long_feed
    # ...and its state is written then, but no feed's before its last entry was handed on.
    last = {feed: max(i for i, handed in enumerate(handed_on) if handed == feed) for feed in feeds}
    assert saved_while_handed_on == [{feed for feed in feeds if last[feed] < i} for i in range(len(handed_on))]
    assert [store.get_feed(url).etag for url in feeds] == ['"long"', '"short"']


def test_a_page_failing_for_now_keeps_only_its_feeds_validators_back(httpserver, other_host, two_hosts, store):
    httpserver.expect_oneshot_request("/b/1").respond_with_data("", status=503)
    busy_feed = serve_feed(httpserver, "/busy.xml", ["/b/1", "/b/2"], etag='"busy"')
    calm_feed = serve_feed(other_host, "/calm.xml", ["/c/1", "/c/2"], etag='"calm"')
    for url in (busy_feed, calm_feed):
        store.add_feed(url)

    first = read_all([], two_hosts, store)
    c_1, c_2, b_1, b_2 = by_address(first)  # http://127.0.0.1 before http://localhost
    assert [c_1.url, c_2.url] == [other_host.url_for("/c/1"), other_host.url_for("/c/2")]
    assert b_1 == Problem(httpserver.url_for("/b/1"), "fetch", "HTTP 503 SERVICE UNAVAILABLE")
    assert b_2.url == httpserver.url_for("/b/2")
    busy, calm = store.get_feed(busy_feed), store.get_feed(calm_feed)
    assert (busy.etag, busy.last_error) == (None, "1 linked page(s) failed for now; the feed is read again next run")
    assert (calm.etag, calm.last_error) == ('"calm"', None)
    stored_as_the_runner_would(store, documents(first))

    second = read_all([], two_hosts, store)
    # The busy feed is read in full again and its failed page fetched; the calm one is a 304.
    assert [(doc.url, doc.body) for doc in second] == [(httpserver.url_for("/b/1"), b"<p>/b/1</p>")]
    assert [response.status_code for _, response in other_host.log] == [200, 200, 200, 304]
    assert store.get_feed(busy_feed).etag == '"busy"'


def test_feeds_are_read_a_window_ahead_not_all_up_front(httpserver, other_host, two_hosts):
    concurrency = 2
    feeds = [
        serve_feed(server, f"/feed/{n}.xml", [f"/page/{n}"])
        for n, server in zip(range(12), itertools.cycle([httpserver, other_host]))
    ]

    def feeds_asked() -> int:
        return sum(request.path.startswith("/feed/") for server in (httpserver, other_host) for request, _ in server.log)

    settings = two_hosts.replace(concurrency=concurrency)
    with Fetcher(settings) as fetcher:
        out = committing(read_inputs(feeds, fetcher=fetcher, store=None, settings=settings), None)
        first = next(out)
        asked_before_first = feeds_asked()
        rest = list(out)
    # Feeds fetched ahead, feeds open with a page waiting on each host, and feeds whose page is
    # in flight: `concurrency` each.
    assert asked_before_first <= 3 * concurrency
    assert sorted(doc.url.rsplit("/", 1)[1] for doc in [first, *rest]) == sorted(str(n) for n in range(12))
    assert feeds_asked() == 12


def test_url_inputs_of_each_kind(httpserver, loopback_settings):
    json_feed = {"version": "https://jsonfeed.org/version/1", "title": "J",
                 "items": [{"id": "1", "url": "https://example.kz/j", "content_text": "Jay"}]}  # fmt: skip
    latin1 = rss(
        "<item><title>Ação</title><link>https://example.br/1</link><description>x</description></item>", declaration=""
    )
    httpserver.expect_request("/article").respond_with_data(
        "<html><p>News</p></html>", content_type="text/html; charset=utf-8"
    )
    httpserver.expect_request("/notes").respond_with_data(
        "Привет".encode("cp1251"), content_type="text/plain; charset=windows-1251"
    )
    httpserver.expect_request("/feed.json").respond_with_data(
        json.dumps(json_feed), content_type="application/feed+json"
    )
    httpserver.expect_request("/latin1").respond_with_data(latin1.encode("latin-1"), content_type="text/xml")
    httpserver.expect_request("/file.pdf").respond_with_data(b"%PDF-1.4", content_type="application/pdf")
    names = ["/article", "/notes", "/feed.json", "/latin1", "/file.pdf"]
    out = read_all([httpserver.url_for(name) for name in names], loopback_settings.replace(fetch_linked_pages=False))
    article, pdf, notes, feed_entry, feed_item = by_address(out)
    assert article == Document(url=httpserver.url_for("/article"), body=b"<html><p>News</p></html>", kind="html")
    assert notes == Document(url=httpserver.url_for("/notes"), body="Привет", kind="text")
    assert (feed_item.url, feed_item.source, feed_item.feed_url) == (
        "https://example.kz/j",
        "J",
        httpserver.url_for("/feed.json"),
    )
    assert (feed_entry.url, feed_entry.title) == ("https://example.br/1", "Ação")
    assert pdf == Problem(httpserver.url_for("/file.pdf"), "fetch",
                          "unsupported content type 'application/pdf'; expected HTML or plain text")  # fmt: skip


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://localhost:{probe.getsockname()[1]}/feed.xml"


def test_bad_urls_are_problems_and_the_run_goes_on(httpserver, loopback_settings):
    serve = httpserver.expect_request
    serve("/404").respond_with_data("", status=404)
    serve("/500").respond_with_data("", status=500)
    serve("/empty").respond_with_data(b"", content_type="text/html")
    serve("/huge").respond_with_handler(
        lambda request: Response((b"x" * MB for _ in range(50)), content_type="text/html")
    )
    serve("/loop").respond_with_data("", status=302, headers={"Location": "/loop2"})
    serve("/loop2").respond_with_data("", status=302, headers={"Location": "/loop"})
    serve("/to-loopback").respond_with_data(
        "", status=302, headers={"Location": f"http://127.0.0.1:{httpserver.port}/ok"}
    )
    serve("/ok").respond_with_data("<p>ok</p>", content_type="text/html")
    closed = closed_port_url()
    paths = ["/404", "/500", "/empty", "/huge", "/loop", "/to-loopback"]
    inputs = [httpserver.url_for(path) for path in paths] + [closed, httpserver.url_for("/ok")]
    out = read_all(inputs, loopback_settings.replace(max_response_bytes=MB))
    expected = [
        "HTTP 404 NOT FOUND",
        "HTTP 500 INTERNAL SERVER ERROR",
        "empty page",
        f"response larger than {MB} bytes",
        "redirect loop back to this URL",
        f"refused: redirected to http://127.0.0.1:{httpserver.port}/ok",
        "cannot fetch: ",
    ]
    reported = {problem.input: problem for problem in problems(out)}
    assert sorted(reported) == sorted(inputs[:-1])
    for url, start in zip(inputs, expected):
        problem = reported[url]
        assert problem.stage == "fetch" and problem.message.startswith(start), problem
        assert problem.input not in problem.message  # the input names the URL once
    assert documents(out) == [Document(url=httpserver.url_for("/ok"), body=b"<p>ok</p>", kind="html")]


def test_timeout_is_a_problem(httpserver, loopback_settings):
    release = threading.Event()
    httpserver.expect_request("/slow").respond_with_handler(
        lambda request: Response("late") if release.wait(10) else Response("")
    )
    try:
        out = read_all([httpserver.url_for("/slow")], loopback_settings.replace(read_timeout=0.2))
    finally:
        release.set()
    assert out == [Problem(httpserver.url_for("/slow"), "fetch", "timed out (no data for 0.2 s)")]


def test_opml_feeds_are_fetched_as_feeds(httpserver, loopback_settings, tmp_path):
    url = httpserver.url_for
    httpserver.expect_request("/good.xml").respond_with_data(
        rss("<item><title>G</title><link>https://example.kz/g</link><description>g</description></item>"),
        content_type="application/rss+xml",
    )
    httpserver.expect_request("/page.html").respond_with_data(
        "<html><p>Not a feed</p></html>", content_type="text/html"
    )
    httpserver.expect_request("/missing.xml").respond_with_data("", status=404)
    opml = tmp_path / "feeds.opml"
    opml.write_text(f"""<?xml version="1.0"?><opml version="2.0"><head><title>Feeds</title></head><body>
        <outline text="News"><outline text="Good" type="rss" xmlUrl="{url('/good.xml')}"/>
        <outline text="Page" type="rss" xmlUrl="{url('/page.html')}"/></outline>
        <outline text="Missing" type="rss" xmlUrl="{url('/missing.xml')}"/>
        <outline text="just a folder"/></body></opml>""")  # fmt: skip
    out = read_all([str(opml)], loopback_settings.replace(fetch_linked_pages=False))
    assert [doc.url for doc in documents(out)] == ["https://example.kz/g"]
    assert problems(by_address(out)) == [
        Problem(url("/missing.xml"), "fetch", "HTTP 404 NOT FOUND"),
        Problem(url("/page.html"), "sources", "not a feed (got text/html)"),
    ]


def test_opml_without_feeds_is_a_problem(tmp_path, offline):
    opml = tmp_path / "empty.opml"
    opml.write_text('<opml version="2.0"><body><outline text="nothing"/></body></opml>')
    assert read_all([str(opml)], offline) == [Problem(str(opml), "sources", "no feeds (no outline with an xmlUrl)")]


# feed state in the store


def test_watched_feeds_use_conditional_get_and_304_yields_nothing(httpserver, loopback_settings, store):
    feed_url = httpserver.url_for("/feed.xml")
    modified = "Sat, 08 Jan 2022 10:00:00 GMT"
    httpserver.expect_request(
        "/feed.xml", headers={"If-None-Match": '"v1"', "If-Modified-Since": modified}
    ).respond_with_data("", status=304)
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss("<item><title>One</title><link>https://example.kz/1</link><description>1</description></item>"
            "<item><title>Two</title><link>https://example.kz/2</link><description>2</description></item>"),
        content_type="application/rss+xml",
        headers={"ETag": '"v1"', "Last-Modified": modified},
    )  # fmt: skip
    store.add_feed(feed_url, "My feed")
    settings = loopback_settings.replace(fetch_linked_pages=False)

    first = read_all([], settings, store)  # no INPUT: every watched feed
    assert [doc.url for doc in first] == ["https://example.kz/1", "https://example.kz/2"]
    state = store.get_feed(feed_url)
    assert (state.etag, state.last_modified, state.last_status, state.last_error) == ('"v1"', modified, 200, None)
    assert (state.name, state.watched) == ("My feed", True)
    assert state.last_fetched and state.last_new_item == state.last_fetched == state.last_success
    first_state = state

    assert read_all([], settings, store) == []
    assert httpserver.log[-1][1].status_code == 304
    state = store.get_feed(feed_url)
    assert (state.etag, state.last_modified, state.last_status) == ('"v1"', modified, 304)
    # healthy: the 304 was a read that worked, and brought nothing new
    assert (state.failures, state.last_success, state.last_new_item) == (0, state.last_fetched, first_state.last_new_item)


def test_watched_feed_serving_html_is_a_problem_and_its_validators_are_not_saved(httpserver, loopback_settings, store):
    feed_url = httpserver.url_for("/feed")
    httpserver.expect_request("/feed").respond_with_data(
        "<!doctype html><html><p>Moved to our app</p></html>", content_type="text/html", headers={"ETag": '"page"'}
    )
    store.add_feed(feed_url)
    out = read_all([feed_url], loopback_settings, store)
    assert out == [Problem(feed_url, "sources", "not a feed (got text/html)")]
    state = store.get_feed(feed_url)
    assert (state.etag, state.last_status, state.last_error) == (None, 200, "not a feed (got text/html)")


def test_failed_fetch_of_a_watched_feed_is_recorded(loopback_settings, store):
    feed_url = closed_port_url()
    store.add_feed(feed_url)
    [problem] = read_all([], loopback_settings, store)
    assert problem.input == feed_url and problem.stage == "fetch"
    state = store.get_feed(feed_url)
    assert state.last_status is None and state.last_error == problem.message
    # unhealthy: failures in a row are counted, and the last success stays as it was
    read_all([], loopback_settings, store)
    state = store.get_feed(feed_url)
    assert (state.failures, state.last_success, state.last_new_item) == (2, None, None)


def test_feed_given_as_input_is_remembered_but_not_watched(httpserver, loopback_settings, store):
    feed_url = httpserver.url_for("/feed.xml")
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss("<item><title>One</title><link>https://example.kz/1</link><description>1</description></item>",
            title="Ad hoc"),
        content_type="application/rss+xml", headers={"ETag": '"e"'},
    )  # fmt: skip
    assert len(read_all([feed_url], loopback_settings.replace(fetch_linked_pages=False), store)) == 1
    state = store.get_feed(feed_url)
    assert (state.name, state.etag, state.watched) == ("Ad hoc", '"e"', False)
    assert store.list_feeds() == []


def test_no_inputs_and_no_store_is_a_problem(offline):
    [problem] = read_all([], offline)
    assert problem.stage == "sources" and "no INPUT" in problem.message


# real-world feeds (../shared); expectations read off the files themselves

# Files that start with a blank line and an indent before their XML declaration, which XML
# allows only at the very start: not well-formed, read loosely, and said so.
DECLARATION_NOT_AT_START = r"not well-formed XML \(XML or text declaration not at start of entity at line \d+, column 4\)"

SHARED_FEEDS = {
    # file: (documents: its items, first item's title as the file spells it or None,
    #        problems: patterns their messages match in full)
    "bbc_news.rss.xml": (
        38,
        "MOCKS - Royal baby: Duke and Duchess of Sussex share first glimpse of son",
        [DECLARATION_NOT_AT_START + "; entries read anyway: 38"],
    ),
    "bbc_news_world.rss.xml": (3, None, []),
    "cnn_edition.rss.xml": (29, None, [DECLARATION_NOT_AT_START + "; entries read anyway: 29"]),
    # A stray \x07 in the publisher's text at line 878 (sources.txt): every item is read anyway.
    "elpais.rss.xml": (
        81,
        "MOCKS - Giuseppe Conte: “Habría sido criminal ocultar datos del coronavirus o minimizarlo”",
        [r"not well-formed XML \(not well-formed \(invalid token\) at line 878, column 762\); entries read anyway: 81"],
    ),
    "feed.json": (25, None, []),
    "guardian.rss": (55, None, []),
    "heise.atom": (15, None, []),
    "liga_net_news.rss.xml": (12, None, []),
    "mos_ru_news.rss.xml": (10, None, []),
    "nyt_world.rss.xml": (61, None, []),
    "onliner_by_feed.rss.xml": (30, None, []),
    # One item's <link> and <guid> are both "b2VjML1MLnE" and its description is empty.
    "stub_pravda_rss.xml": (
        19,
        'День сердца: инфаркты и инсульты значительно "помолодели"',
        ["skipped entries without link or content: 1"],
    ),
    "stub_ukranews_rss.xml": (2, None, []),
    "stub_unian_rss.xml": (50, None, []),
    "tut_by_news_all.rss.xml": (100, None, []),
    "uolNoticias.rss": (15, "Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno", []),
}


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(SHARED_FEEDS))
def test_real_world_feed_is_ingested(name, offline):
    path = shared_path("fixtures", "feeds", name)
    items, first_title, expected_problems = SHARED_FEEDS[name]
    out = read_all([str(path)], offline)
    messages = [problem.message for problem in problems(out)]
    assert len(messages) == len(expected_problems), messages
    for message, pattern in zip(messages, expected_problems):
        assert re.fullmatch(pattern, message), message
    docs = documents(out)
    assert len(docs) == items
    assert all(doc.feed_url == path.absolute().as_uri() and doc.body for doc in docs)
    if first_title:
        assert docs[0].title == first_title


@pytest.mark.shared
def test_every_shared_feed_file_is_listed_above():
    folder = shared_path("fixtures", "feeds")
    assert {p.name for p in folder.iterdir() if p.name != "sources.txt"} == set(SHARED_FEEDS)


@pytest.mark.shared
def test_real_world_yandex_full_text_is_read(offline):
    # Its <description>s are empty; the articles are in <yandex:full-text>, as escaped HTML.
    path = shared_path("fixtures", "feeds", "stub_ukranews_rss.xml")
    first, _ = read_all([str(path)], offline)
    assert "<p>Глава Херсонской обладминистрации Юрий Гусев купил квартиру в кредит.</p>" in first.body


@pytest.mark.shared
def test_real_world_feedburner_items_link_to_the_articles(offline):
    # Each <link> is rss.cnn.com/~r/...; the first item's feedburner:origLink is its article.
    path = shared_path("fixtures", "feeds", "cnn_edition.rss.xml")
    docs = documents(read_all([str(path)], offline))
    assert docs[0].url == "https://www.cnn.com/2020/01/01/australia/australia-fires-explainer-intl-hnk-scli/index.html"
    assert not [doc.url for doc in docs if "rss.cnn.com" in doc.url]


# hostile input: one bad input is its own problem, and its text enters clean


def test_a_surrogate_character_reference_in_a_feed_does_not_stop_the_feed(tmp_path, offline):
    feed = tmp_path / "surrogate.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x &#55296;</title>'
        "<item><title>Protest &#xD800;</title><link>https://e.kz/1</link>"
        "<description>Police detained 40 people.</description></item></channel></rss>",
        encoding="utf-8",
    )
    [document] = documents(read_all([str(feed)], offline))
    assert document.url == "https://e.kz/1" and "\ufffd" in document.title


def test_lone_surrogates_and_control_characters_are_cleaned_where_a_record_enters(tmp_path, offline, store):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"url": "https://e.kz/1", "title": "t\\ud800", "text": "\\ud800 Police\\u0007 detained 40."}\n')
    [document] = documents(read_all([str(path)], offline))
    assert document.body == "\ufffd Police detained 40." and document.title == "t\ufffd"
    document.body.encode("utf-8")  # a store can write it


def test_a_deeply_nested_import_line_is_a_problem_of_that_line(tmp_path, offline):
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"url": "https://e.kz/2", "text": "ok"}) + "\n")
    out = read_all([str(path)], offline)
    assert out[0] == Problem(f"{path}:1", "sources", "invalid JSON: nested too deeply")
    assert [d.url for d in documents(out)] == ["https://e.kz/2"]


def test_an_input_that_cannot_be_looked_at_and_an_unreadable_subdirectory_are_reported(tmp_path, offline, monkeypatch):
    # root reads any directory, so the refusals the operating system would give are simulated
    hidden = tmp_path / "locked" / "story.txt"
    tree = tmp_path / "tree"
    (tree / "closed").mkdir(parents=True)
    (tree / "open.txt").write_text("January 8, 2022\nTitle\nPolice detained 40 people in Almaty.\n")
    real_is_dir, real_scandir = type(hidden).is_dir, os.scandir

    def is_dir(self):
        if self == hidden:
            raise PermissionError(13, "Permission denied", str(self))
        return real_is_dir(self)

    def scandir(path="."):
        if Path(path) == tree / "closed":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(type(hidden), "is_dir", is_dir)
    monkeypatch.setattr(os, "scandir", scandir)
    out = read_all([str(hidden), str(tree)], offline)
    assert Problem(str(hidden), "sources", "cannot read: Permission denied") in out
    assert Problem(str(tree / "closed"), "sources", "cannot read: Permission denied") in out
    assert [Path(d.url).name for d in documents(out)] == ["open.txt"]


def test_an_import_line_over_the_record_cap_is_skipped_without_being_held(tmp_path, offline):
    path = tmp_path / "huge.jsonl"
    huge = json.dumps({"url": "https://e.kz/2", "text": "x" * 20 * 1024 * 1024})  # one 20 MB line
    path.write_text("\n".join([json.dumps({"url": "https://e.kz/1", "text": "one"}), huge,
                               json.dumps({"url": "https://e.kz/3", "text": "three"})]) + "\n")  # fmt: skip
    tracemalloc.start()
    try:
        out = read_all([str(path)], offline.replace(max_record_bytes=1024))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert problems(out) == [
        Problem(f"{path}:2", "sources", "line longer than 1024 bytes (NEWSMON_MAX_RECORD_BYTES); skipped")
    ]
    assert [d.url for d in documents(out)] == ["https://e.kz/1", "https://e.kz/3"]
    assert peak < 5 * 1024 * 1024  # read a piece at a time, not whole


def test_an_import_line_at_the_record_cap_is_read(tmp_path, offline):
    line = json.dumps({"url": "https://e.kz/1", "text": "one"}).encode()
    path = tmp_path / "exact.jsonl"
    path.write_bytes(line + b"\n" + line)  # the last line without its newline
    out = read_all([str(path)], offline.replace(max_record_bytes=len(line)))
    assert [d.url for d in documents(out)] == ["https://e.kz/1", "https://e.kz/1"] and not problems(out)
    assert problems(read_all([str(path)], offline.replace(max_record_bytes=len(line) - 1))) == [
        Problem(f"{path}:{n}", "sources", f"line longer than {len(line) - 1} bytes (NEWSMON_MAX_RECORD_BYTES); skipped")
        for n in (1, 2)
    ]


def test_a_record_whose_url_is_not_http_is_refused(tmp_path, offline):
    path = tmp_path / "links.jsonl"
    urls = ["javascript:alert(1)", "file:///etc/passwd", "JAVASCRIPT://x.kz/%0Aalert(1)", "http:///no-host",
            "data:text/html,<p>x</p>", "HTTPS://E.kz/ok"]  # fmt: skip
    path.write_text("".join(json.dumps({"url": url, "text": "Police detained 40."}) + "\n" for url in urls))
    out = read_all([str(path)], offline)
    assert problems(out) == [
        Problem(f"{path}:{n}", "sources", f"url {url!r} is not an http(s) URL; the record is skipped")
        for n, url in enumerate(urls[:-1], 1)
    ]
    assert [d.url for d in documents(out)] == ["HTTPS://E.kz/ok"]


def test_a_record_dated_in_the_future_or_by_week_is_kept_undated(tmp_path, offline):
    path = tmp_path / "dates.jsonl"
    soon = (datetime.now(timezone.utc) + timedelta(hours=20)).isoformat()
    later = (datetime.now(timezone.utc) + timedelta(days=3)).date().isoformat()
    given = ["2022-W01", "2022-W01-3", "20220105", "2999-01-01T00:00:00Z", later, soon, "2022-01-05T10:00:00"]
    path.write_text("".join(json.dumps({"url": f"https://e.kz/{n}", "text": "t", "published": p}) + "\n"
                            for n, p in enumerate(given, 1)))  # fmt: skip
    out = read_all([str(path)], offline)
    not_calendar = "is not an ISO 8601 calendar date (YYYY-MM-DD, maybe with a time)"
    future = "is more than a day in the future"
    assert problems(out) == [
        Problem(f"{path}:{n}", "sources", f"published {given[n - 1]!r} {why}; the record is kept undated")
        for n, why in [(1, not_calendar), (2, not_calendar), (3, not_calendar), (4, future), (5, future)]
    ]
    assert [d.published for d in documents(out)] == [None] * 5 + [soon, "2022-01-05T10:00:00"]


def dated_rss(dates: list[str]) -> str:
    items = "".join(
        f"<item><title>{n}</title><link>https://e.kz/{n}</link><description>d{n}</description>"
        f"<pubDate>{date}</pubDate></item>"
        for n, date in enumerate(dates, 1)
    )
    return rss(items)


def test_a_feed_over_the_entry_cap_gives_its_newest_entries_and_reports_the_rest(tmp_path, offline):
    path = tmp_path / "long.rss"
    path.write_text(dated_rss(["Thu, 06 Jan 2022 10:00:00 GMT", "Sat, 08 Jan 2022 10:00:00 GMT",
                               "Wed, 05 Jan 2022 10:00:00 GMT", "Fri, 07 Jan 2022 10:00:00 GMT"]))  # fmt: skip
    out = read_all([str(path)], offline.replace(max_entries_per_feed=2))
    assert problems(out) == [Problem(str(path), "sources", (
        "4 new or updated entries, more than the 2 read per run (NEWSMON_MAX_ENTRIES_PER_FEED): "
        "the newest were read; left for the next run: 2"))]  # fmt: skip
    assert [d.url for d in documents(out)] == ["https://e.kz/2", "https://e.kz/4"]  # in feed order
    assert not problems(read_all([str(path)], offline.replace(max_entries_per_feed=4)))


def test_a_feed_over_the_entry_cap_keeps_no_validators_so_the_rest_is_read_next_run(
    httpserver, loopback_settings, store
):
    # With the ETag saved, the next GET would be a 304 and the entries left would be lost.
    httpserver.expect_request("/feed.xml", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    httpserver.expect_request("/feed.xml").respond_with_data(
        dated_rss([f"Sat, 0{day} Jan 2022 10:00:00 GMT" for day in (8, 7, 6)]),
        content_type="application/rss+xml", headers={"ETag": '"v1"'},
    )  # fmt: skip
    feed = httpserver.url_for("/feed.xml")
    settings = loopback_settings.replace(fetch_linked_pages=False, max_entries_per_feed=2)
    first = read_all([feed], settings, store)
    assert [d.url for d in documents(first)] == ["https://e.kz/1", "https://e.kz/2"]
    assert [p.input for p in problems(first)] == [feed]
    state = store.get_feed(feed)
    assert (state.etag, state.last_error) == (None, "entries left over the cap: 1; the feed is read again next run")
    stored_as_the_runner_would(store, documents(first))

    second = read_all([feed], settings, store)
    assert [d.url for d in documents(second)] == ["https://e.kz/3"] and not problems(second)
    assert store.get_feed(feed).etag == '"v1"'
    stored_as_the_runner_would(store, documents(second))
    assert read_all([feed], settings, store) == []  # a 304 now
