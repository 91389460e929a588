"""Shared fixtures: the real fact base, loaded once per session (it is immutable), a scratch copy of it
for tests that change it, and the databases. Also applies the `postgres` and `e2e` markers, from the
fixtures a test uses, so `-m "not postgres"` or `-m e2e` select by what a test needs, not by its folder."""

from __future__ import annotations

import itertools
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

from bot.core.engine import Engine
from bot.core.paths import data_root
from bot.storage.sql import SqlStorage

from .backends import Backend
from .pg_server import ENV_VAR, PgServer
from .scratch import copy_fact_base

pytest_plugins = ["tests.discord_emulator.fixtures"]


@pytest.fixture(scope="session")
def engine() -> Engine:
    """The engine on the real base, shared by the session: tests only read it. A test that reloads or
    swaps an engine builds its own (on `fact_tree` when it edits files)."""
    return Engine.load(data_root())


@pytest.fixture
def fact_tree(tmp_path: Path) -> Path:
    """A scratch copy of the real corpus/ and facts/ in tmp_path, free to edit or break."""
    return copy_fact_base(tmp_path)


# --- markers: derived from the fixtures a test uses (registered in pyproject.toml) ----------------

_POSTGRES_FIXTURES = {"pg_database", "pg_server_url"}
_E2E_FIXTURES = {"discord_emulator", "start_bot", "harness"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        callspec = getattr(item, "callspec", None)
        if names & _POSTGRES_FIXTURES or (callspec is not None and callspec.params.get("backend") == "postgres"):
            item.add_marker(pytest.mark.postgres)
        if names & _E2E_FIXTURES:
            item.add_marker(pytest.mark.e2e)


# --- databases: every storage/digest test that takes `backend` runs on SQLite and on PostgreSQL -----

_pg_databases = itertools.count()


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """The admin URL of a real PostgreSQL server: FACTDESK_TEST_DATABASE_URL, else a throwaway cluster.

    Never skipped: without a server the PostgreSQL half of the suite fails here, saying what to do.
    """
    url = os.environ.get(ENV_VAR)
    if url:
        yield url
        return
    try:
        server = PgServer.start()
    except Exception as error:
        pytest.fail(f"no PostgreSQL for the postgres backend tests: {error}\n"
                    f"Run `make test` (installs the dev extra, which ships one), or set {ENV_VAR}.", pytrace=False)
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
async def pg_database(pg_server_url: str) -> AsyncIterator[str]:
    """A fresh, empty database for one test (isolation without a server per test); dropped after."""
    name = f"factdesk_t{os.getpid()}_{next(_pg_databases)}"
    admin = await asyncpg.connect(pg_server_url)
    try:
        await admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
    finally:
        await admin.close()
    yield urlunsplit(urlsplit(pg_server_url)._replace(path=f"/{name}"))
    admin = await asyncpg.connect(pg_server_url)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    """A fresh database on each backend in turn (the parametrised storage and digest suites)."""
    if request.param == "sqlite":
        return Backend("sqlite", str(tmp_path / "db" / "factdesk.db"))
    return Backend("postgres", request.getfixturevalue("pg_database"))


@pytest.fixture
async def storage(backend: Backend) -> AsyncIterator[SqlStorage]:
    """An open storage on each backend in turn, closed after the test."""
    s = await backend.open()
    yield s
    await s.close()
