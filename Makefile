# The two commands a newcomer types: `make run` and `make test`.
VENV    := .venv
PY      := $(VENV)/bin/python
UV      := $(VENV)/bin/uv
STAMP   := $(VENV)/.installed-stamp
STORE   ?= sqlite:///data/newsmon.db

.PHONY: run test bench chaos lock airflow clean

# The venv is (re)built from the committed lock whenever the lock changes. Bytecode is
# compiled at install: where PYTHONDONTWRITEBYTECODE is set, every run would compile it anew.
$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	test -x $(UV) || $(PY) -m pip install --quiet --disable-pip-version-check "uv>=0.5"
	$(UV) pip sync --quiet --compile-bytecode --python $(PY) requirements.lock
	$(UV) pip install --quiet --python $(PY) --no-deps -e .
	touch $(STAMP)

# The main job: one run of the news_backfill DAG over seeds/ (`airflow dags test`, SQLite
# metadata DB under data/airflow, no services), then its summary.
run: $(STAMP)
	NEWSMON_STORE_URL=$(STORE) bash scripts/run_dag.sh seeds/

# Optional: Airflow's UI, scheduler and workers on http://localhost:8080 (see README).
airflow: $(STAMP)
	bash scripts/airflow_standalone.sh

test: $(STAMP)
	$(VENV)/bin/pytest -q

bench: $(STAMP)
	$(PY) bench/run.py

# Fault injection on loopback (scripts/chaos.py): kill -9 during ingest and delivery, refused
# Elasticsearch writes, a slow-loris server, fuzzed readers; non-zero when anything was lost,
# duplicated or wrong. A few minutes; `make test` runs a small version (marked `chaos`).
chaos: $(STAMP)
	$(PY) scripts/chaos.py

# Re-resolve the locks after editing pyproject.toml's dependencies: the development one (make
# test) and the runtime one, without test tools, that the Docker image installs.
lock: $(STAMP)
	$(UV) pip compile --quiet pyproject.toml --extra airflow --extra dev --python-version 3.11 -o requirements.lock
	$(UV) pip compile --quiet pyproject.toml --extra airflow --python-version 3.11 -c requirements.lock -o requirements-runtime.lock

clean:
	rm -rf $(VENV) data
