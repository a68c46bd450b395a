# Two commands matter: `make demo` (set up, run the pipeline on the bundled samples)
# and `make test` (set up, run the tests). Everything else is a helper.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup demo test bench ui clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: setup
	$(VENV)/bin/jixiao build

test: setup
	$(PY) -m pytest -q

bench: setup
	$(PY) -m scripts.bench_parse

ui: setup
	$(VENV)/bin/jixiao ui

clean:
	rm -rf $(VENV) data/warehouse*.duckdb storage history schedules logs .pytest_cache .hypothesis
