# The two commands a newcomer types: `make run` and `make test`.
VENV    := .venv
PY      := $(VENV)/bin/python
UV      := $(VENV)/bin/uv
STAMP   := $(VENV)/.installed-stamp
STORE   ?= sqlite:///data/newsmon.db

.PHONY: run test bench lock airflow clean

# The venv is (re)built from the committed lock whenever the lock changes. Bytecode is
# compiled at install: where PYTHONDONTWRITEBYTECODE is set, every run would compile it anew.
$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	test -x $(UV) || $(PY) -m pip install --quiet --disable-pip-version-check "uv>=0.5"
	$(UV) pip sync --quiet --compile-bytecode --python $(PY) requirements.lock
	$(UV) pip install --quiet --python $(PY) --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/newsmon ingest seeds/ --store $(STORE)

test: $(STAMP)
	$(VENV)/bin/pytest -q

bench: $(STAMP)
	$(PY) bench/run.py

# Re-resolve the lock after editing pyproject.toml's dependencies.
lock: $(STAMP)
	$(UV) pip compile --quiet pyproject.toml --extra airflow --extra dev --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) data
