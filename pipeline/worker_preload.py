"""What the enrichment pool's fork server loads before it forks any worker.

Workers are forked from a fork server (see `ingest._enricher`), which imports this
module once: each worker then starts with the stages imported and the language models
loaded, instead of spending a second on them, and shares those pages with the others.
"""

import datasketch  # noqa: F401  (imported by dedup when it makes its first signature)

import pipeline.ingest  # noqa: F401  (the stages the workers run)
from pipeline.language import load_models

load_models()
