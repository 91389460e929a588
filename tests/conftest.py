"""Shared fixtures: the real fact base, loaded once per session (it is immutable), and the databases."""

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

from .backends import Backend
from .pg_server import ENV_VAR, PgServer

pytest_plugins = ["tests.discord_emulator.fixtures"]


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.load(data_root())


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
                    f"Run `make test` (installs and starts one), or set {ENV_VAR}.", pytrace=False)
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
