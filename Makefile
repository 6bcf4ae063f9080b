# The README's two commands: `make run` (install + demo app on SQLite) and `make test` (whole suite).
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run install install-test test test-sqlite test-postgres migrate reference demo clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

migrate: install
	$(BIN)/relocalisation migrate --noinput

reference: migrate
	$(BIN)/relocalisation load_reference

demo: reference
	DEBUG=1 $(BIN)/relocalisation load_demo

## First README command: install, migrate var/relocalisation.sqlite3, load reference + demo data, serve.
run: demo
	DEBUG=1 $(BIN)/relocalisation runserver $(HOST):$(PORT)

## Second README command: install test dependencies (and chromium, PostgreSQL start) and run everything.
test: install-test
	bash scripts/run-tests.sh

clean:
	rm -rf $(VENV) var .pytest_cache
