"""PostgreSQL implementation of `Storage`, through an asyncpg pool — for running several bot processes.

Why PostgreSQL at all: once Discord requires sharding, the bot runs as several processes, possibly on
several machines, and they must share one database for the digest's exactly-once claim. SQLite's file
lock cannot span machines; PostgreSQL's unique keys and row locks can.

Why the SQL is the SQLite backend's (`SqlStorage` in bot/storage/sql.py, `?` placeholders rewritten
to `$n` here): both run the *same* migration files (only the column type
`INTEGER` becomes `BIGINT`, because Discord snowflakes do not fit in 32 bits), and the claim is the same
two statements — `INSERT … ON CONFLICT DO NOTHING RETURNING` wins a fresh day, a conditional
`UPDATE … RETURNING` takes over an expired lease. Under READ COMMITTED a concurrent `UPDATE` waits for
the row lock and re-checks its `WHERE` against the winner's row, so two processes that both think they
own a server still get exactly one winner; no explicit locking is needed.

Every method is one statement (atomic by itself) or one explicit transaction, so nothing is half-applied.
`lock_timeout` turns a long wait behind another session's lock into a "locked" `StorageError` instead
of a hung scheduler.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import re
import time
from collections.abc import Sequence
from typing import Any

import asyncpg

from .base import StorageError
from .sql import SqlStorage, migrations, split_statements

# pg_advisory_lock key for migrations: any fixed 64-bit number; this one spells "factdesk" in ASCII.
MIGRATION_LOCK_KEY = 0x666163746465736B

_INTEGER = re.compile(r"\bINTEGER\b")
_PLACEHOLDER = re.compile(r"\?")


def to_postgres(script: str) -> str:
    """The one dialect difference in our migrations: 64-bit integers (snowflakes, epoch seconds)."""
    return _INTEGER.sub("BIGINT", script)


@functools.lru_cache(maxsize=256)
def numbered(sql: str) -> str:
    """The shared `?`-style SQL with asyncpg's `$1, $2, …` placeholders, in order of appearance.

    Safe as a plain substitution because our statements never contain `?` in a literal or an
    operator. Cached: the same few statement texts run all day, and stay byte-identical for asyncpg's
    prepared-statement cache.
    """
    counter = itertools.count(1)
    return _PLACEHOLDER.sub(lambda _: f"${next(counter)}", sql)


def classify(error: BaseException) -> StorageError:
    """Turn an asyncpg/OS error into a `StorageError` with the same kinds the SQLite backend uses.

    SQLSTATE classes: 08 connection, 57P0x shutdown/starting, 3D000 no such database, 28 bad login →
    unavailable; 25006 read-only transaction → readonly; 53 insufficient resources (disk full,
    out of memory, too many connections) → full, except 53300 which is a busy server → unavailable;
    55P03 lock not available, 57014 cancelled by lock/statement timeout, 40P01 deadlock, 40001
    serialization → locked.
    """
    state = getattr(error, "sqlstate", None) or ""
    if isinstance(error, asyncpg.PostgresError) and state:
        if state in ("55P03", "57014", "40P01", "40001"):
            kind = "locked"
        elif state == "25006":
            kind = "readonly"
        elif state == "53300":
            kind = "unavailable"
        elif state.startswith("53"):
            kind = "full"
        elif state.startswith(("08", "57P", "28")) or state == "3D000":
            kind = "unavailable"
        else:
            kind = "other"
    elif isinstance(error, (OSError, asyncio.TimeoutError, asyncpg.InterfaceError,
                            asyncpg.exceptions.ConnectionDoesNotExistError, asyncpg.InternalClientError)):
        # InternalClientError: asyncpg's state machine after the server killed the session while idle.
        kind = "unavailable"
    else:
        kind = "other"
    return StorageError(kind, f"postgres: {type(error).__name__}: {error}")


# Errors from the driver or the network that `_guard` turns into StorageError.
_DB_ERRORS: tuple[type[BaseException], ...] = (asyncpg.PostgresError, asyncpg.InterfaceError,
                                               asyncpg.InternalClientError, OSError, asyncio.TimeoutError)


class PostgresStorage(SqlStorage):
    """`Storage` on a PostgreSQL database. Use `await PostgresStorage.open(url)`; `close()` when done."""

    _NULL_SAFE_EQUALS = "IS NOT DISTINCT FROM ?::text"  # the cast types the parameter when it is NULL
    # Dates compare bytewise as on SQLite, whatever the database's default collation.
    _LOCAL_DATE = "local_date COLLATE ucs_basic"

    def __init__(self, pool: asyncpg.Pool, url: str) -> None:
        self._pool = pool
        self.url = url
        self._closed = False

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        lock_timeout_ms: int = 5000,
        min_size: int = 1,
        max_size: int = 4,
        connect_timeout: float = 10.0,
    ) -> PostgresStorage:
        """Connect a small pool and apply pending migrations under an advisory lock.

        The pool stays small on purpose: the scheduler issues one statement at a time, and with many
        shard processes a large pool per process would exhaust the server's `max_connections`.
        """
        try:
            pool = await asyncpg.create_pool(
                url, min_size=min_size, max_size=max_size, timeout=connect_timeout,
                server_settings={"lock_timeout": str(int(lock_timeout_ms)), "application_name": "factdesk"},
            )
        except _DB_ERRORS as error:
            raise classify(error) from error
        storage = cls(pool, url)
        try:
            await storage._migrate()
        except BaseException:
            pool.terminate()
            raise
        return storage

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            # A query cancelled by a killed task may hold its connection a moment; do not hang on it.
            await asyncio.wait_for(self._pool.close(), timeout=5)
        except _DB_ERRORS:  # asyncio.TimeoutError among them
            self._pool.terminate()

    # --- plumbing ----------------------------------------------------------------------------------

    async def _run(self, sql: str, params: Sequence[Any] = ()) -> list[asyncpg.Record]:
        """One `?`-style statement, autocommitted (atomic on its own); returns its rows."""
        self._check_open()
        try:
            return list(await self._pool.fetch(numbered(sql), *params))
        except _DB_ERRORS as error:
            raise classify(error) from error

    def _in_list(self, column: str, values: Sequence[str]) -> tuple[str, tuple[Any, ...]]:
        """`column = ANY(?::text[])`: one array parameter, so the statement text is the same for any
        number of values and asyncpg prepares it once."""
        return f"{column} = ANY(?::text[])", (list(values),)

    async def _migrate(self) -> None:
        """Apply missing migrations, each in its own transaction, while holding an advisory lock.

        The session-level advisory lock serialises processes that start together: the second waits,
        then sees the versions the first recorded and applies nothing. (`CREATE TABLE IF NOT EXISTS`
        alone would race on the catalog's unique index.)
        """
        try:
            async with self._pool.acquire() as conn:
                await conn.execute("SET lock_timeout = 0")  # waiting for another process's migration is fine
                await conn.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK_KEY)
                try:
                    # Only write when something is missing, so a read-only replica/database still opens.
                    if await conn.fetchval("SELECT to_regclass('schema_migrations')") is None:
                        await conn.execute(
                            "CREATE TABLE schema_migrations ("
                            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"
                        )
                    done = {r[0] for r in await conn.fetch("SELECT version FROM schema_migrations")}
                    for version, name, script in migrations():
                        if version in done:
                            continue
                        async with conn.transaction():
                            for statement in split_statements(to_postgres(script)):
                                await conn.execute(statement)
                            await conn.execute(
                                "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
                                version, name, int(time.time()),
                            )
                finally:
                    await conn.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK_KEY)
                    await conn.execute("RESET lock_timeout")
        except _DB_ERRORS as error:
            raise classify(error) from error

    async def record_missed(self, guild_id: int, local_dates: list[str], *, reason: str, now: int) -> int:
        if not local_dates:
            return 0
        # One statement for all days: atomic, and its RETURNING rows count what was really inserted.
        rows = await self._run(
            "INSERT INTO digest_posts (guild_id, local_date, status, attempts, error, finished_at)"
            " SELECT ?, d, 'missed', 0, ?, ? FROM (SELECT DISTINCT unnest(?::text[]) AS d) AS days"
            " ON CONFLICT (guild_id, local_date) DO NOTHING RETURNING 1",
            (guild_id, reason, now, list(local_dates)),
        )
        return len(rows)
