#!/usr/bin/env bash
# `make airflow`: Airflow's UI, scheduler and workers in one process (airflow standalone)
# on http://127.0.0.1:8080, with this checkout's DAGs. The admin password is printed at
# start-up and kept in data/airflow/simple_auth_manager_passwords.json.generated.
set -euo pipefail
source "$(dirname "$0")/airflow_env.sh"
# Loopback only, unless asked (AIRFLOW__API__HOST=0.0.0.0 make airflow): the UI is no public service.
export AIRFLOW__API__HOST="${AIRFLOW__API__HOST:-127.0.0.1}"
exec airflow standalone
