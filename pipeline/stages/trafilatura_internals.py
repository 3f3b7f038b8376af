"""The one place newsmon reaches into trafilatura's private modules, and what it buys.

    declared metadata   title, author and site name from meta tags and JSON-LD alone, not
                        `trafilatura.extract_metadata`, whose byline search copies the whole
                        tree and costs more than the text extraction itself
    pruning prefilter   trafilatura prunes every page with two XPath expressions whose regular
                        expressions run in Python on every div, section and list: 1.5 ms of a
                        250 KB page's 17. A `contains()` test for the few words they can
                        match, evaluated in C first, leaves them a handful of elements and
                        selects the same nodes (tests/test_extract.py checks)
    decoding            bytes in whatever encoding, as trafilatura decodes pages

Everything is guarded. When a trafilatura release moves a name, `AVAILABLE` is false and
each function falls back to trafilatura's public API (slower, the same answers); when it
rewrites a pruning expression (its digest changes), that expression is left as it is. The
prefilter is installed on the first extraction, never at import.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache

import trafilatura
from lxml.etree import XPath
from lxml.html import HtmlElement

try:
    import trafilatura.core as _core
    from trafilatura.metadata import META_URL, examine_meta, extract_meta_json, extract_sitename, extract_title
    from trafilatura.utils import decode_file
    from trafilatura.xpaths import REGEXP_NS

    AVAILABLE = True
except (ImportError, AttributeError):  # another trafilatura: the public API only
    AVAILABLE = False

__all__ = ["AVAILABLE", "Declared", "declared_metadata", "decode", "host_name", "install_pruning_prefilter"]


@dataclass(frozen=True, slots=True)
class Declared:
    """What a page declares about itself."""

    title: str | None
    author: str | None
    sitename: str | None


def declared_metadata(tree: HtmlElement) -> Declared:
    """Title, author and site name as the page declares them: meta tags, then JSON-LD, then
    its headline and <title> for the title."""
    if not AVAILABLE:
        meta = trafilatura.extract_metadata(tree)
        return Declared(meta.title, meta.author, meta.sitename) if meta else Declared(None, None, None)
    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None  # a one-word author tag is a handle or the site, as trafilatura judges
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # trafilatura guards its JSON-LD reader the same way: a bad block is no metadata
        pass
    meta.clean_and_trim()  # entities decoded, spaces trimmed
    return Declared(meta.title or extract_title(tree), meta.author, meta.sitename or extract_sitename(tree))


def host_name(url: str) -> str | None:
    """The host of `url` as trafilatura names a site that declares no name."""
    if AVAILABLE:
        host = META_URL.match(url)
        return host[1] if host else None
    from urllib.parse import urlsplit

    return urlsplit(url).hostname


def decode(body: bytes) -> str:
    """Text in whatever encoding `body` is in."""
    if AVAILABLE:
        return decode_file(body)
    return str(body, "utf-8", errors="replace")


# The two expressions, each by the digest of the one its prefilter was derived from.
_PRUNE_PREFILTERS = {
    # re:test(@id|@class, 'mvp-post-add-(?:box|wrap)|infinite-?scroll')
    "RAW_TREE_PRUNE_XPATH": (
        "01e7c660fd6406f2",
        "[contains(@id, 'mvp-post-add-') or contains(@id, 'infinite')"
        " or contains(@class, 'mvp-post-add-') or contains(@class, 'infinite')]",
    ),
    # re:test(@id, '^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)'),
    # re:test(@class, '^[Cc]omment(?!ary)|(?:article|post)-comments')
    "REMOVE_COMMENTS_AND_LISTS_XPATH": (
        "9cc18d34e6e2d258",
        "[contains(@id, 'omment') or starts-with(@id, 'comol') or starts-with(@id, 'disqus_thread')"
        " or starts-with(@id, 'dsq-comments') or contains(@class, 'omment')]",
    ),
}


@cache
def install_pruning_prefilter() -> None:
    """Put the prefilters into trafilatura's pruning expressions, once per process."""
    if not AVAILABLE:
        return
    for name, (digest, prefilter) in _PRUNE_PREFILTERS.items():
        first, *rest = getattr(_core, name, [None])
        if first is None or hashlib.sha256(first.path.encode()).hexdigest()[:16] != digest:
            continue  # another trafilatura release: its expression stays as it is
        # after the element-name test, before the regexes: `.//*[self::div or ...][prefilter][...]`
        head, _, tail = first.path.partition("][")
        setattr(_core, name, [XPath(f"{head}]{prefilter}[{tail}", namespaces={"re": REGEXP_NS}), *rest])
