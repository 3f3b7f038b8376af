#!/usr/bin/env bash
# `make airflow`: Airflow's UI, scheduler and workers in one process (airflow standalone)
# on http://localhost:8080, with this checkout's DAGs. The admin password is printed at
# start-up and kept in data/airflow/simple_auth_manager_passwords.json.generated.
set -euo pipefail
source "$(dirname "$0")/airflow_env.sh"
exec airflow standalone
