# The README's two commands: `make run` (install + demo app on SQLite) and `make test` (whole suite).
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run install install-test test test-sqlite test-postgres migrate reference demo clean serve-prod

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

## Production on this machine (README « Production »): migrate, collectstatic, then gunicorn
## (WEB_CONCURRENCY processes on 127.0.0.1:$(PORT)) + TASK_WORKERS task workers, in the foreground;
## Ctrl-C or SIGTERM stops them all. Needs DATABASE_URL; SECRET_KEY, or else a random key kept in
## var/secret_key (created once, mode 600). Behind a TLS proxy that redirects http itself.
serve-prod: install
	@test -n "$$DATABASE_URL" || { echo "DATABASE_URL manquante (ex. postgres://user@127.0.0.1:5432/relocalisation)" >&2; exit 2; }
	@mkdir -p var; if [ -z "$$SECRET_KEY" ] && [ -z "$$SECRET_KEY_FILE" ] && [ ! -s var/secret_key ]; then \
	  (umask 077; $(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(64))' > var/secret_key); \
	  echo "SECRET_KEY absente : clé aléatoire créée dans var/secret_key (gardez ce fichier secret)."; fi
	DJANGO_SETTINGS_MODULE=relocalisation.settings.production \
	SECRET_KEY_FILE=$${SECRET_KEY_FILE:-$(CURDIR)/var/secret_key} \
	ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} \
	SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-0} \
	PORT=$(PORT) TASK_WORKERS=$${TASK_WORKERS:-2} \
	$(BIN)/relocalisation serve_prod
