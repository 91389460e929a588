# One entry point per thing a person does. Each target creates .venv on a fresh machine first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint check site bench bench-quick clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,postgres]'
	touch $(STAMP)

## run: the Discord bot when DISCORD_TOKEN is set (environment or .env), the offline console otherwise
run: $(STAMP)
	$(BIN)/python -m bot start

## test: lint, validate the fact base, then the whole test suite (storage and digest tests on SQLite and
## on a throwaway PostgreSQL server on 127.0.0.1, installed from the distribution if missing; needs root then)
test: $(STAMP)
	$(BIN)/ruff check bot tests bench
	$(BIN)/python -m bot check --strict --quiet
	$(BIN)/python -m tests.pg_server --install -- $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check bot tests bench

check: $(STAMP)
	$(BIN)/python -m bot check

## site: the fact browser, a static site in site/ (serve it with: python3 -m http.server -d site)
site: $(STAMP)
	$(BIN)/python -m bot site --out site

bench: $(STAMP)
	$(BIN)/python -m bench

bench-quick: $(STAMP)
	$(BIN)/python -m bench --quick

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
