# policyguard — the two commands a fresh machine needs are `make run` and `make test`.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml deps/pip-no-deps.txt | sha1sum | cut -c1-12)
HOST ?= 127.0.0.1
PORT ?= 8000
export POLICYGUARD_DATA_DIR ?= $(CURDIR)/var
export POLICYGUARD_SITE_URL ?= http://$(HOST):$(PORT)

.PHONY: run test install system-deps lint typecheck pytest pytest-portal pytest-core pytest-postgres clauses-check bench clean demo clauses install-helper

install: system-deps $(STAMP)

system-deps:
	@bash scripts/install-system-deps.sh

$(STAMP): pyproject.toml deps/pip-no-deps.txt
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip wheel
	$(PY) -m pip install -q -e '.[dev,screening]'
	$(PY) -m pip install -q --no-deps --require-hashes -r deps/pip-no-deps.txt
	@rm -f $(VENV)/.installed-*; touch $@

# Sets everything up and serves the portal on SQLite with demo data for the five institutions,
# with the task worker and scheduler running beside the web server.
run: install
	$(PY) -m portal migrate --noinput
	$(PY) -m portal load_demo
	PY=$(PY) HOST=$(HOST) PORT=$(PORT) bash scripts/run-portal.sh

# The SQLite and the PostgreSQL runs go side by side (each has its own database, free ports
# and temporary folders); each one's output is printed whole when it ends.
test: install lint typecheck clauses-check
	@$(MAKE) --no-print-directory -j2 --output-sync=target pytest-portal pytest-core pytest-postgres

lint:
	$(VENV)/bin/ruff check src tests bench scripts conftest.py
	$(VENV)/bin/ruff format --check src tests bench scripts conftest.py

typecheck:
	$(VENV)/bin/mypy

# The whole suite in one process (what `make test` runs, in three parts side by side).
pytest:
	$(VENV)/bin/pytest -q -p no:cacheprovider

# The portal's tests on SQLite, browser tests included: the longest part, started first.
pytest-portal:
	$(VENV)/bin/pytest -q -p no:cacheprovider src/portal

# The pure core: policy, screening, web filter, packs and CLI.
pytest-core:
	$(VENV)/bin/pytest -q -p no:cacheprovider tests

# The Django apps' tests again on a real PostgreSQL, when its server binaries are installed.
# The browser tests run once, on SQLite above: this run is for the database (queries,
# constraints, locking, migrations), which the other portal tests exercise.
pytest-postgres:
	@if bash scripts/with-postgres.sh --check; then \
	  bash scripts/with-postgres.sh $(VENV)/bin/pytest -q -p no:cacheprovider -m "not browser" src/portal; \
	else echo "PostgreSQL server not installed: skipping the PostgreSQL run"; fi

# docs/clauses.md: every clause, what carries it out, and the tests tagged with it.
clauses: install
	$(VENV)/bin/pytest --collect-only -q -p no:cacheprovider --clause-table docs/clauses.md

# What a full run's tests/test_clause_table.py checks, for `make test`'s split run.
clauses-check:
	@table="$$(mktemp)"; \
	$(VENV)/bin/pytest --collect-only -q -p no:cacheprovider --clause-table="$$table" >/dev/null; \
	if cmp -s "$$table" docs/clauses.md; then rm -f "$$table"; else \
	  diff -u docs/clauses.md "$$table" | head -40; rm -f "$$table"; \
	  echo "docs/clauses.md is not what the packs and the tagged tests give: run make clauses and commit it"; \
	  exit 1; fi

# The Squid helper where Squid's own user (proxy) can run it: HELPER_PREFIX/bin/policyguard.
HELPER_PREFIX ?= /opt/policyguard
install-helper: system-deps
	bash scripts/install-helper.sh $(HELPER_PREFIX)

bench: install
	$(PY) -m bench

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache .pytest_cache
