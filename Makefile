# Two commands matter: `make demo` (set up, run the pipeline on the bundled samples)
# and `make test` (set up, lint, run the tests). Everything else is a helper.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup demo test test-fast lint format bench ui clean

# Bytecode for the package written at every setup: where PYTHONDONTWRITEBYTECODE is set (as on
# CI and our machines) Python never writes it, and each `jixiao` process compiled the parser's
# source again (~0.13 s of its start-up). compileall skips the modules that are up to date.
setup: $(STAMP)
	@$(PY) -m compileall -q pipelines

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: setup
	$(VENV)/bin/jixiao build

# Two workers (the 2-core CI machine), each test module on one worker (--dist loadfile): the
# modules that build a warehouse or start Dagster keep their fixtures to themselves.
PYTEST := $(PY) -m pytest -q -n 2 --dist loadfile

test: lint
	$(PYTEST)

# The unit tests only (no Dagster runs, builds, servers or installs): under a minute.
test-fast: setup
	$(PYTEST) -m "not integration"

# ruff (lint and format) and sqlfluff (DuckDB dialect), configured in pyproject.toml.
lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/sqlfluff lint sql

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/sqlfluff fix sql

bench: setup
	$(PY) -m scripts.bench_parse
	$(PY) -m scripts.bench_sql

ui: setup
	$(VENV)/bin/jixiao ui

clean:
	rm -rf $(VENV) data/warehouse*.duckdb storage history schedules logs .pytest_cache .hypothesis
