# kabar: `make demo` sets up and runs the sample; `make test` sets up and runs the tests.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SEEDS ?= ../shared/data/seeds
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint bench serve system-deps clean

$(STAMP): pyproject.toml setup.py kabar/extract/_speedups.c  # (the C speedups are built by the editable install)
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON)"; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# Java (for Spark) and Chromium (for the browser tests) come from Debian where missing.
system-deps:
	@bash tools/install-system-deps.sh

demo: setup
	$(BIN)/kabar digest $(SEEDS) --format markdown -o demo.md --quiet; test $$? -le 1
	$(BIN)/kabar digest $(SEEDS) --format html -o report.html --quiet; test $$? -le 1
	rm -f demo.db && $(BIN)/kabar ingest $(SEEDS) --db demo.db --quiet; test $$? -le 1
	$(BIN)/kabar stories --db demo.db
	@echo "Wrote demo.md and report.html. Browse the stories: $(BIN)/kabar serve --db demo.db"
	$(BIN)/kabar serve --db demo.db

test: setup system-deps
	$(BIN)/ruff check kabar tests bench tools
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check kabar tests bench tools

bench: setup system-deps
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) demo.db demo.md report.html .pytest_cache
