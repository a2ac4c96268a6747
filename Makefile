# Shabaka: `make run` to try it, `make test` to check it. Run from the repository root.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
# Targets are steps in an order (install, then migrate, then demo ...); never run them side by side.
.NOTPARALLEL:

PYTHON_SYSTEM ?= python3
VENV := .venv
PYTHON := $(VENV)/bin/python
PIP := $(PYTHON) -m pip
RUFF := $(VENV)/bin/ruff
MANAGE := $(PYTHON) manage.py
RUNTIME_STAMP := $(VENV)/.requirements.stamp
DEV_STAMP := $(VENV)/.requirements-dev.stamp
# Only the project's own locale/ folders: never walk the virtualenv or generated files.
COMPILEMESSAGES := $(MANAGE) compilemessages --ignore=$(VENV) --ignore=node_modules --ignore=.git \
	--ignore=staticfiles --ignore=media --ignore=test-results
# The suite runs on up to four processes (pytest-xdist): serially it no longer fits CI's time on PostgreSQL.
PYTEST_ARGS ?= -n auto --maxprocesses=4

.PHONY: help install install-dev system-deps system-deps-test migrate messages demo run test bench lint format clean

help:
	@echo "make run          install everything, migrate, load the trilingual demo, serve http://127.0.0.1:8000"
	@echo "make test         lint, migrations check, messages, then the whole test suite (PYTEST_ARGS=... to pass on)"
	@echo "make install      system packages (root), virtualenv and runtime requirements"
	@echo "make install-dev  install + chromium + test requirements"
	@echo "make migrate      migrate, fill translation fields, compile messages"
	@echo "make demo         load the trilingual demo data"
	@echo "make bench        page timings and query counts at scale against bench/budgets.json"
	@echo "make lint         ruff check and ruff format --check"
	@echo "make format       ruff format and ruff check --fix"
	@echo "make clean        remove caches, collected static files and compiled messages"

# --- installation -----------------------------------------------------------------------

system-deps:
	scripts/install-system-deps.sh

system-deps-test:
	scripts/install-system-deps.sh --test

$(PYTHON):
	$(PYTHON_SYSTEM) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# The stamps make a second `make install` instant; editing a requirements file reinstalls.
$(RUNTIME_STAMP): requirements.txt | $(PYTHON)
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(DEV_STAMP): requirements-dev.txt requirements.txt | $(PYTHON)
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@

install: system-deps $(RUNTIME_STAMP)

install-dev: install system-deps-test $(DEV_STAMP)

# --- database, messages, demo -----------------------------------------------------------

messages: $(RUNTIME_STAMP)
	$(COMPILEMESSAGES)

# migrate --noinput also keeps wagtail-modeltranslation's page columns in sync without asking;
# update_translation_fields copies existing untranslated values into the Danish fields (no prompts).
migrate: $(RUNTIME_STAMP)
	$(MANAGE) migrate --noinput
	$(MANAGE) update_translation_fields --verbosity 0
	$(COMPILEMESSAGES)

demo: $(RUNTIME_STAMP)
	$(MANAGE) demo_data

# The task worker runs in its own session so that one kill stops it together with its
# autoreload child, whichever way runserver ends (Ctrl-C, error or normal exit).
run: install migrate demo
	$(MANAGE) collectstatic --noinput --verbosity 0
	setsid $(MANAGE) db_worker & worker=$$!; \
	trap 'kill -TERM -- -$$worker 2>/dev/null || true' EXIT; \
	trap 'exit 130' INT TERM; \
	echo "Task worker started (pid $$worker)."; \
	$(MANAGE) runserver 127.0.0.1:8000

# --- checks -----------------------------------------------------------------------------

lint: $(DEV_STAMP)
	$(RUFF) check .
	$(RUFF) format --check .

format: $(DEV_STAMP)
	$(RUFF) format .
	$(RUFF) check --fix .

test: install-dev
	$(RUFF) check .
	$(RUFF) format --check .
	$(MANAGE) makemigrations --check --dry-run --settings=intranet.settings.test
	$(COMPILEMESSAGES)
	$(VENV)/bin/pytest $(PYTEST_ARGS)

bench: $(DEV_STAMP)
	$(PYTHON) -W ignore -m bench.run $(BENCH_ARGS)
	$(PYTHON) -W ignore -m bench.certificates

clean:
	rm -rf staticfiles test-results .pytest_cache .ruff_cache
	find . -path ./$(VENV) -prune -o -name '__pycache__' -type d -prune -exec rm -rf {} +
	find locale -name '*.mo' -delete
