# redline: what people and CI run.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test check fix-style bench docs clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

## demo: set up and scan the bundled AI-style code samples (exit 1 = findings, as expected)
demo: $(STAMP)
	$(BIN)/redline scan src/redline/code/samples || test $$? -eq 1

## check: formatting, lint and strict typing
check: $(STAMP)
	$(BIN)/ruff format --check src tests bench
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/python -m redline.code.docs --check docs/rules.md

## test: the checks and the whole test suite
test: check
	$(BIN)/pytest -q

fix-style: $(STAMP)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

## bench: accuracy and speed benchmarks; writes docs/benchmarks.md
bench: $(STAMP)
	$(BIN)/python bench/run_all.py

## docs: regenerate the rule reference
docs: $(STAMP)
	$(BIN)/python -m redline.code.docs docs/rules.md

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .mypy_cache .pytest_cache .ruff_cache
