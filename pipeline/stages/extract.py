"""Extract stage: a raw Document becomes an Article with title, date, author and clean text.

HTML pages go through trafilatura (main text, no comments, no navigation), which
decodes bytes in whatever encoding the page is in; its fast pass is checked and the
full one, with fallback extractors, runs only where the fast text does not look like
an article. Title, author and site name come from what the page declares (meta tags,
JSON-LD, else its headline and <title>); a document without a date of its own (not
from a feed) gets the page's declared publication time, else htmldate's day. The
page's declared canonical URL is kept (the article's id comes from its own
normalized address).

Plain text (the seed files, import records, feed summaries) carries the furniture of
the page it was copied from: a date line, "2 mins read", a byline, "see more"
teasers for other stories, "Previous Story" and whatever the site appended after it,
embedded-tweet credits. Rules by pattern (English, Russian, some Kazakh) take it apart:
the header gives the date, author and headline, the rest is dropped so that it feeds
neither topics nor figures. The text keeps the headline as its first paragraph and
the article's paragraphs in order, separated by blank lines.

Everything here is pure (no I/O) and picklable, so it runs in a process pool.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import dateparser
import trafilatura
from htmldate import find_date
from lxml.html import HtmlElement

from pipeline.errors import NewsmonError
from pipeline.models import Article, Document
from pipeline.stages import trafilatura_internals
from pipeline.stages.urls import normalize_url

__all__ = ["ExtractError", "extract_article"]

TITLE_CHARS = 120  # a title made from the first sentence is cut to this length
HEADLINE_WORDS = 20  # a headline line has at most this many words (upper-case ones: twice that)
HEADER_PARAGRAPHS = 6  # date lines and bylines are looked for this far into a text
SENTENCE_WORDS = 8  # an extracted page with no paragraph this long is menus and headlines
PARAGRAPH_CHARS = 1500  # news paragraphs are shorter; a longer block is a page's text run together


class ExtractError(NewsmonError, ValueError):
    """The document has no article in it, or is not what its kind says."""

    def __init__(self, url: str, message: str) -> None:
        super().__init__(url, message)  # both in args, so the error pickles across processes
        self.url = url
        self.message = message

    def __str__(self) -> str:
        return f"{self.url}: {self.message}"


@dataclass(frozen=True, slots=True)
class _Page:
    """What one document says about itself; empty where it says nothing."""

    text: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None


def extract_article(doc: Document, *, fetched_at: str | None = None) -> Article:
    """The Article in `doc`; ExtractError (naming doc.url) when there is none."""
    if not doc.body or not doc.body.strip():
        raise ExtractError(doc.url, "empty document")
    if doc.kind == "html":
        page = _read_html(doc)
    elif doc.kind == "text":
        page = _read_text(doc)
    else:
        raise ExtractError(doc.url, f"unknown document kind {doc.kind!r}")
    # A feed entry's or import record's title and date are the publisher's own metadata,
    # with the exact time; the page's <title> often carries the site name, and its date is
    # often only the day taken from the URL. So the hints win where they are given.
    title = doc.title or page.title
    if not page.text or page.text == title:  # a headline alone is no article (tag pages, stubs)
        raise ExtractError(doc.url, "no article text found")
    try:
        # The id comes from the address the document was read at, not from the canonical
        # URL it declares: a mirror declaring the original's would otherwise overwrite it.
        article_id = Article.make_id(normalize_url(doc.url))
        canonical_url = normalize_url(page.canonical_url or doc.url)
    except ValueError as exc:
        raise ExtractError(doc.url, str(exc)) from None
    return Article(
        id=article_id,
        url=doc.url,
        canonical_url=canonical_url,
        title=title or _first_sentence(page.text),
        text=page.text,
        source=doc.source or page.site_name,
        published=doc.published or page.published,
        author=page.author,
        fetched_at=fetched_at,
        feed_url=doc.feed_url,
    )


# --- HTML -------------------------------------------------------------------------


def _read_html(doc: Document) -> _Page:
    tree = trafilatura.load_html(doc.body)
    if tree is None:
        raise ExtractError(doc.url, "not an HTML page")
    result = _main_text(tree, doc.url)
    if result is None or not result.text:
        return _Page(text="")
    meta = trafilatura_internals.declared_metadata(tree)
    return _Page(
        text=_join(_strip_boilerplate([line for line in map(_clean_space, result.text.splitlines()) if line])),
        title=_clean_space(meta.title or "") or None,
        published=None if doc.published else _page_date(tree, doc.url),
        author=meta.author or None,
        site_name=_site_name(meta.sitename, doc.url),
        canonical_url=_declared_canonical_url(tree, doc.url),
    )


def _main_text(tree: HtmlElement, url: str) -> Any:  # trafilatura's Document, or None
    """trafilatura's main-text extraction: its fast pass, the full one when that looks wrong.

    The fast pass (no fallback extractors, no metadata) costs half the full one on a 250 KB
    news page and finds the same text on nearly every page. When its text does not look
    like an article (no sentence-length paragraph: a menu and a headline; or one block
    longer than any news paragraph: markup lost), the full pass, with readability and
    jusText as fallbacks and tuned for precision, decides.
    """
    trafilatura_internals.install_pruning_prefilter()
    options = {"url": url, "with_metadata": False, "include_comments": False}
    # trafilatura works on a copy: the tree stays intact for the metadata lookups
    result = trafilatura.bare_extraction(tree, fast=True, **options)
    paragraphs = result.text.splitlines() if result and result.text else []
    if any(len(p.split()) >= SENTENCE_WORDS for p in paragraphs) and max(map(len, paragraphs)) <= PARAGRAPH_CHARS:
        return result
    return trafilatura.bare_extraction(tree, favor_precision=True, **options)


def _site_name(declared: str | None, url: str) -> str | None:
    """The site's name as trafilatura settles it: a Twitter handle ("@tengrinews") without
    its "@", a lower-case name capitalised; without one, the address's host."""
    name = (declared or "").lstrip("@")
    if name and "." not in name and not name[0].isupper():
        name = name.title()
    return name or trafilatura_internals.host_name(url)


def _page_date(tree: HtmlElement, url: str) -> str | None:
    """The publication time the page declares, else htmldate's day (searching the whole page).

    Only asked for a document without a date of its own: a feed entry's date wins anyway.
    """
    if declared := _declared_publication_time(tree):
        return declared.isoformat(timespec="seconds")
    return find_date(tree, url=url, original_date=True)  # first published, not last modified


def _declared_canonical_url(tree: HtmlElement, url: str) -> str | None:
    """The page's <link rel=canonical> (else og:url), when it is an absolute http(s) URL.

    Not trafilatura's URL: that falls back to <base href>, which names a site, not a page.
    A canonical pointing at the home page from an article is a site bug that would fold
    every article into one id, so it is ignored too.
    """
    for href in tree.xpath(
        '//head/link[@rel="canonical"]/@href | //head/meta[@property="og:url"]/@content'
    ):
        parts = urlsplit(href.strip())
        if parts.scheme in ("http", "https") and parts.netloc:
            if parts.path.strip("/") or not urlsplit(url).path.strip("/"):
                return href.strip()
    return None


_PUBLICATION_TIME_XPATH = (
    '//meta[@property="article:published_time" or @property="og:article:published_time"'
    ' or @name="pubdate" or @itemprop="datePublished"]/@content'
    ' | //time[@itemprop="datePublished"]/@datetime'
)


def _declared_publication_time(tree: HtmlElement) -> datetime | None:
    for value in tree.xpath(_PUBLICATION_TIME_XPATH):
        try:
            return datetime.fromisoformat(value.strip())
        except ValueError:
            continue
    return None


# --- plain text ---------------------------------------------------------------------

_DATE_PREFIX = re.compile(r"^(?:date|дата)[:\s]+(\d{4}-\d{2}-\d{2})(?:\s+|$)", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_DOTTED_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b")
_BYLINE = re.compile(
    r"(?:by|автор:?)\s+(?P<author>[^\W\d][^\d\n.!?]{1,50}?)(?:\s*[-–—|,]\s*(?P<date>.*\d{4}.*))?",
    re.IGNORECASE,
)
_DATE_SETTINGS = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
_DATE_LANGUAGES = ["en", "ru", "kk"]


def _read_text(doc: Document) -> _Page:
    raw = doc.body if isinstance(doc.body, str) else trafilatura_internals.decode(doc.body)
    paragraphs = _strip_boilerplate(_paragraphs(raw))
    published = author = None
    if paragraphs and (prefix := _DATE_PREFIX.match(paragraphs[0])):
        published = prefix.group(1)
        paragraphs[0] = paragraphs[0][prefix.end() :]
    header: list[int] = []
    for index, paragraph in enumerate(paragraphs[:HEADER_PARAGRAPHS]):
        if byline := _byline(paragraph):
            author, day = byline
        elif not (day := _date_line(paragraph)):
            continue
        published = published or day
        header.append(index)
    paragraphs = [p for i, p in enumerate(paragraphs) if p and i not in header]
    title = paragraphs[0] if len(paragraphs) > 1 and _is_headline(paragraphs[0]) else None
    return _Page(text=_join(paragraphs), title=title, published=published, author=author)


def _byline(paragraph: str) -> tuple[str, str | None] | None:
    """(author, date) of a line like "by Correspondent - January 8, 2022, 8:21 am"."""
    match = _BYLINE.fullmatch(paragraph)
    names = match.group("author").split() if match else []
    if not names or len(names) > 4 or not all(name[0].isupper() for name in names):
        return None
    day = _parse_date(match.group("date")) if match.group("date") else None
    if match.group("date") and not day:
        return None
    return match.group("author").strip(), day


def _date_line(paragraph: str) -> str | None:
    """The date of a line that states only a date ("January 8, 2022", "08.01.2022 14:30")."""
    if len(paragraph) > 40 or not _YEAR.search(paragraph):
        return None
    return _parse_date(paragraph)


def _parse_date(text: str) -> str | None:
    """ISO date (or datetime, when a time is given) of a line such as "January 8, 2022, 8:21 am"."""
    settings = dict(_DATE_SETTINGS)
    if _DOTTED_DATE.search(text):
        settings["DATE_ORDER"] = "DMY"  # 08.01.2022 is the 8th of January wherever dots are used
    parsed = dateparser.parse(text, languages=_DATE_LANGUAGES, settings=settings)
    if parsed is None:
        return None
    return parsed.isoformat(timespec="seconds") if _CLOCK.search(text) else parsed.date().isoformat()


def _is_headline(paragraph: str) -> bool:
    words = len(paragraph.split())
    if paragraph.isupper():
        return words <= 2 * HEADLINE_WORDS
    return 2 <= words <= HEADLINE_WORDS and not paragraph.endswith((".", ",", ";", ":", "…"))


def _first_sentence(text: str) -> str:
    """A title for a text without one: its first sentence, cut to TITLE_CHARS."""
    first_paragraph = text.split("\n\n", 1)[0]
    sentence = re.match(r"(.{40,}?[.!?…])(?=\s|$)", first_paragraph)
    title = sentence.group(1).rstrip(".") if sentence else first_paragraph
    if len(title) <= TITLE_CHARS:
        return title
    return title[: TITLE_CHARS + 1].rsplit(" ", 1)[0].rstrip(",;:–—-") + "…"


# --- boilerplate --------------------------------------------------------------------

# A line that is only one of these is page furniture, not article text.
_FURNITURE = re.compile(
    r"""
    \d+\s*(?:mins?|minutes?)\s+read
    | (?:[\d,.\s]+)?views?
    | \d+\s*мин(?:ут[аы]?)?\.?\s+(?:чтения|на\ чтение)
    | (?:[\d\s]+)?просмотр(?:а|ов)?
    | (?:\d+\s*)?comments?
    | (?:\d+\s*)?комментари(?:й|я|ев|и)
    | read\ all\ the\ latest\ news\ here
    | share(?:\ this)?(?:\ article|\ story)? | поделиться | бөлісу
    | (?:also\ read|read\ also|see\ also)\s*:.* | (?:читайте\ также|см\.\ также|тағы\ оқыңыз)\b.*
    | [—–-]\s*[^()\n]{1,80}\(@\w{1,15}\)\s+.{0,40}\d{4}
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A line that ends a teaser block for another story.
_SEE_MORE = re.compile(r"see more|read more|подробнее|читать далее|толығырақ", re.IGNORECASE)
# A line after which a page lists other stories: the article is over.
_NAVIGATION = re.compile(
    r"""
    previous\ (?:story|post|article) | next\ (?:story|post|article) | latest\ from\b.{0,40}
    | go\ ?to\ ?top | back\ to\ top | don[’']?t\ miss | you\ may\ also\ like | more\ from\b.{0,40}
    | related\ (?:stories|articles|news|posts)
    | (?:предыдущая|следующая)\ (?:статья|новость) | (?:похожие|другие|последние)\ (?:новости|материалы|статьи)
    | новости\ по\ теме | соңғы\ жаңалықтар | ұқсас\ жаңалықтар
    """,
    re.IGNORECASE | re.VERBOSE,
)
_TWEET_LINK = re.compile(r"\s*(?:\d+/)?\s*(?:pic\.twitter\.com|https?://t\.co)/\w+")
_ELLIPSIS = ("…", "...", "[…]", "[...]")


def _strip_boilerplate(paragraphs: list[str]) -> list[str]:
    kept: list[str] = []
    for paragraph in paragraphs:
        line = paragraph.strip(" :")
        if _NAVIGATION.fullmatch(line) and kept:
            break
        if _SEE_MORE.fullmatch(line):
            _drop_teaser(kept)
        elif not _FURNITURE.fullmatch(line) and (cleaned := _TWEET_LINK.sub("", paragraph).strip()):
            kept.append(cleaned)
    return [p for i, p in enumerate(kept) if not _repeats_later(p, kept[i + 1 :])]


def _drop_teaser(kept: list[str]) -> None:
    """Remove a teaser for another story: a headline, then a snippet cut off with "…".

    Only after some article text: a text that opens with a teaser is a teaser of itself.
    """
    if len(kept) >= 3 and kept[-1].endswith(_ELLIPSIS) and _is_headline(kept[-2]):
        del kept[-2:]


def _repeats_later(paragraph: str, rest: list[str]) -> bool:
    """An excerpt cut off with "[…]" or "…" whose opening the article itself goes on to repeat."""
    if not paragraph.endswith(_ELLIPSIS):
        return False
    opening = paragraph[:80]
    return len(opening) >= 40 and any(opening in later for later in rest)


# --- paragraphs ---------------------------------------------------------------------

_SPACE = re.compile(r"[ \t\u00a0]+")
_SENTENCE_END = (".", "!", "?", "…", ":", ";", '"', "”", "»", "’")


def _paragraphs(text: str) -> list[str]:
    """Non-empty lines as paragraphs; a line broken mid-sentence is joined to the next."""
    paragraphs: list[str] = []
    previous_blank = True
    for raw_line in text.splitlines():
        line = _clean_space(raw_line)
        if not line:
            previous_blank = True
            continue
        wrapped = paragraphs and not previous_blank and not paragraphs[-1].endswith(_SENTENCE_END)
        if wrapped and line[0].islower():
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
        previous_blank = False
    return paragraphs


def _clean_space(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def _join(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)
