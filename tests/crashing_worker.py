"""An enrich function for the worker-death test: it kills its own process on one document.

Its own module, so that pool workers (started by a fork server) can import it."""

from __future__ import annotations

import os

from pipeline.run.enrich import enrich


def enrich_or_die(doc, settings):
    if doc.url.endswith("/poison.txt"):
        os._exit(1)
    return enrich(doc, settings)
