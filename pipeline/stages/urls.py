"""Canonical URLs: the one spelling of a URL used for article ids and URL dedup.

Two links to the same story differ in case, default ports, tracking parameters
(utm_*, fbclid, ...), parameter order and fragments; courlan removes all of that
while keeping the query parameters that pick the page (`?id=5`, `?page=2`).
Only http(s) URLs are rewritten: `file://` and other URIs name local inputs and
are returned as given.
"""

from __future__ import annotations

from urllib.parse import urldefrag, urlsplit

import courlan

__all__ = ["normalize_url"]


def normalize_url(url: str) -> str:
    """The canonical form of `url`; ValueError if it is not an absolute URI."""
    url = url.strip()
    parts = urlsplit(url)
    if not parts.scheme:
        raise ValueError(f"not an absolute URL: {url!r}")
    if parts.scheme.lower() not in ("http", "https"):
        return url
    if not parts.hostname:
        raise ValueError(f"URL has no host: {url!r}")
    # courlan keeps fragments unless told to be strict, and strict mode also drops
    # every query parameter it does not know; so clean leniently, then drop the fragment.
    normalized = urldefrag(courlan.normalize_url(url)).url
    if not urlsplit(normalized).path:
        normalized += "/"  # https://example.com and https://example.com/ are one page
    return normalized
