"""What the enrichment pool's fork server loads before it forks any worker.

Workers are forked from a fork server (see `pipeline.pool`), which imports this module
once: each worker then starts with the stages imported and the language model loaded,
and the figures' vocabularies compiled, instead of spending a second and a half on them,
and shares those pages with the others. The fork
server lives, model loaded, as long as the process that started it.
"""

from contextlib import suppress

import datasketch  # noqa: F401  (imported by dedup when it makes its first signature)

import pipeline.enrich  # noqa: F401  (the stages the workers run)
from pipeline.figures import load_vocabularies
from pipeline.language import load_models
from pipeline.pool import die_with_parent

die_with_parent()  # the fork server ends with the command that started it

# An exception here would kill the fork server, and with it the run; if loading fails,
# the workers load the model and the vocabularies on first use, where a failure costs only
# that document.
with suppress(Exception):
    load_models()
with suppress(Exception):
    load_vocabularies()
