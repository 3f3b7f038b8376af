"""What the enrichment pool's fork server loads before it forks any worker.

Workers are forked from a fork server (see `pipeline.run.pool`), which imports this module
once: each worker then starts with the stages imported and the language model loaded,
and the figures' vocabularies compiled, instead of spending a second and a half on them,
and shares those pages with the others. The fork
server lives, model loaded, as long as the process that started it, and its workers
no longer (see `pipeline.run.pool.die_with_parent`).
"""

import os
from contextlib import suppress

from pipeline.run.pool import COMMAND_PID, FORK_SERVER_PID, die_with_parent

# First, before the imports that take a second: the fork server ends with the command
# that started it, even one killed while the server was still loading; the workers it
# forks learn whose children they are.
die_with_parent(int(os.environ.get(COMMAND_PID, "0")) or os.getppid())
os.environ[FORK_SERVER_PID] = str(os.getpid())

import datasketch  # noqa: E402,F401  (imported by dedup when it makes its first signature)

import pipeline.run.enrich  # noqa: E402,F401  (the stages the workers run)
from pipeline.stages.figures import load_vocabularies  # noqa: E402
from pipeline.stages.language import load_models  # noqa: E402

# An exception here would kill the fork server, and with it the run; if loading fails,
# the workers load the model and the vocabularies on first use, where a failure costs only
# that document.
with suppress(Exception):
    load_models()
with suppress(Exception):
    load_vocabularies()
