#!/usr/bin/env bash
# `make run`: one run of the news_backfill DAG over INPUTs (default: seeds/) with
# `airflow dags test` (no scheduler, no services), then the run's summary.
# Usage: scripts/run_dag.sh [INPUT...]
set -euo pipefail
source "$(dirname "$0")/airflow_env.sh"

inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(seeds/)
conf=$(python -c 'import json, sys; print(json.dumps({"inputs": sys.argv[1:]}))' "${inputs[@]}")
log="$AIRFLOW_HOME/last-run.log"
started="$AIRFLOW_HOME/.run-started"
touch "$started"
echo "news_backfill over ${inputs[*]} (Airflow's log: $log)" >&2
if ! { airflow db migrate && airflow dags test news_backfill -c "$conf"; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "error: the Airflow run failed; its log is $log" >&2
    exit 1
fi
report=$(find "$NEWSMON_STAGING_DIR/news_backfill" -name report.json -newer "$started" 2>/dev/null | head -n 1)
if [ -z "$report" ]; then
    echo "error: the run stored nothing (no report under $NEWSMON_STAGING_DIR/news_backfill); its log is $log" >&2
    exit 1
fi
exec newsmon report "$report"
