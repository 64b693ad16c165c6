# webcare-bridge: every command a user or CI runs. Each target installs what it needs.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo run test lint typecheck unit integration e2e bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## The local stack on moto with a scripted X conversation reaching the local inbox.
demo: install
	$(BIN)/webcare demo

## The local stack, serving on 127.0.0.1 until Ctrl-C.
run: install
	$(BIN)/webcare local

## Everything CI runs: lint, types, all tests, template checks.
test: install lint typecheck
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check functions tests

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest tests/unit

integration: install
	$(BIN)/pytest tests/integration

e2e: install
	$(BIN)/pytest tests/e2e

clean:
	rm -rf $(VENV) .aws-sam .pytest_cache .mypy_cache .ruff_cache
