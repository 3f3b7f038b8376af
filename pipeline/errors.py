"""The root of every error newsmon raises on purpose, as httpx roots its own in `HTTPError`.

A caller catches `NewsmonError` to handle anything newsmon reports (a bad setting, a store it
cannot open, an extraction that found no text) and lets other exceptions, which are bugs,
through.
"""

from __future__ import annotations

__all__ = ["NewsmonError"]


class NewsmonError(Exception):
    """Something newsmon could not do, with a message naming what and why."""
