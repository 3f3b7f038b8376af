"""Precision and recall of figure claims against a gold file, per metric.

    python bench/claims_eval.py [GOLD]     (default: tests/gold/seed_claims.json)

The scoring lives in `pipeline.figures.evaluate`; `newsmon eval` prints the same report.
"""

from __future__ import annotations

import sys

from pipeline.figures import evaluate


def main(argv: list[str]) -> int:
    if len(argv) > 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    print(evaluate(argv[1] if len(argv) == 2 else None))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
