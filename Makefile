# newsarchive: `make run` (crawl + serve), `make test`, `make demo`, `make bench`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run crawl serve demo test lint bench eval clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found; set PYTHON=...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## make run: crawl the enabled sources into archive.db, then serve it on 127.0.0.1:8001
## (served even when every site failed: the crawl's summary says what to do next)
run: install
	@$(BIN)/newsarchive crawl --db archive.db || true
	$(BIN)/newsarchive serve archive.db --port 8001

crawl: install
	$(BIN)/newsarchive crawl --db archive.db

serve: install
	$(BIN)/newsarchive serve archive.db --port 8001

## make demo: the same job offline, against the bundled demo site, into demo.db
demo: install
	$(BIN)/newsarchive demo --db demo.db --port 8001

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## make test: pytest in two pytest-xdist workers by default (TEST_WORKERS=0: one process),
## whole files per worker so module fixtures (Datasette, Chromium) are built once, files
## with slow tests first (tests/conftest.py). The fleet test gates the demo mirror until its
## three crawl workers are up (tests/distributed/test_fleet.py), so the second test
## worker's load cannot leave one crawl worker fetching everything alone. Bytecode is
## written even where the environment sets PYTHONDONTWRITEBYTECODE: both workers and the
## tests' CLI, crawl and Datasette processes then read the project's modules (and pytest
## its rewritten test modules) compiled once instead of compiling them each time
TEST_WORKERS ?= 2

test: install lint
	PYTHONDONTWRITEBYTECODE= $(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

CORPUS ?= ../shared/corpus/dev

## make bench: search latency on 200,000 generated articles, and extraction speed
## against trafilatura on the evaluation corpus (if present): ratios from one run each
bench: install
	$(BIN)/newsarchive bench
	@if [ -f $(CORPUS)/manifest.jsonl ]; then $(BIN)/newsarchive eval --corpus $(CORPUS); \
	else echo "no corpus at $(CORPUS): extraction benchmark skipped (set CORPUS=DIR)"; fi

clean:
	rm -rf $(VENV) *.egg-info .mypy_cache .ruff_cache .pytest_cache
