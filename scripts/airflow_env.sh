# Sourced by the scripts that run Airflow on this checkout: one Airflow home under
# data/airflow with a SQLite metadata DB, this checkout's dags/ and plugins/, no examples.
# Production sets these in airflow.cfg or the deployment instead (see the README, "Running under Airflow").
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/.venv/bin:$PATH"
export AIRFLOW_HOME="${AIRFLOW_HOME:-$PWD/data/airflow}"
export AIRFLOW__CORE__DAGS_FOLDER="$PWD/dags"
export AIRFLOW__CORE__PLUGINS_FOLDER="$PWD/plugins"
export AIRFLOW__CORE__LOAD_EXAMPLES=False
# Retries wait seconds here, not minutes, so a failing local run ends soon.
export AIRFLOW__CORE__DEFAULT_TASK_RETRY_DELAY="${AIRFLOW__CORE__DEFAULT_TASK_RETRY_DELAY:-5}"
export NEWSMON_STORE_URL="${NEWSMON_STORE_URL:-sqlite:///data/newsmon.db}"
export NEWSMON_STAGING_DIR="${NEWSMON_STAGING_DIR:-$PWD/data/staging}"
mkdir -p "$AIRFLOW_HOME"
