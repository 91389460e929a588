"""PostgreSQL implementation of `Storage`, through an asyncpg pool — for running several bot processes.

Why PostgreSQL at all: once Discord requires sharding, the bot runs as several processes, possibly on
several machines, and they must share one database for the digest's exactly-once claim. SQLite's file
lock cannot span machines; PostgreSQL's unique keys and row locks can.

Why the SQL looks like the SQLite backend's: both run the *same* migration files (only the column type
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
import re
import time
from typing import Any

import asyncpg

from .base import (
    OPEN_STATUSES,
    REOPENABLE_STATUSES,
    Claim,
    DigestSettings,
    PostRecord,
    PostStatus,
    Rotation,
    Storage,
    StorageError,
)
from .sqlite import _POST_COLUMNS, _SETTINGS_COLUMNS, _post, _settings, migrations, split_statements

# pg_advisory_lock key for migrations: any fixed 64-bit number; this one spells "factdesk" in ASCII.
MIGRATION_LOCK_KEY = 0x666163746465736B

_INTEGER = re.compile(r"\bINTEGER\b")


def to_postgres(script: str) -> str:
    """The one dialect difference in our migrations: 64-bit integers (snowflakes, epoch seconds)."""
    return _INTEGER.sub("BIGINT", script)


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


class PostgresStorage(Storage):
    """`Storage` on a PostgreSQL database. Use `await PostgresStorage.open(url)`; `close()` when done."""

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
        except (TimeoutError, *_DB_ERRORS):
            self._pool.terminate()

    # --- plumbing ----------------------------------------------------------------------------------

    async def _run(self, sql: str, *params: Any) -> list[asyncpg.Record]:
        """One statement, autocommitted (atomic on its own); returns its rows."""
        if self._closed:
            raise StorageError("unavailable", "storage is closed")
        try:
            return list(await self._pool.fetch(sql, *params))
        except _DB_ERRORS as error:
            raise classify(error) from error

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

    async def schema_version(self) -> int:
        rows = await self._run("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
        return int(rows[0][0])

    # --- settings ----------------------------------------------------------------------------------

    async def get_digest(self, guild_id: int) -> DigestSettings | None:
        rows = await self._run(f"SELECT {_SETTINGS_COLUMNS} FROM digest_settings WHERE guild_id = $1", guild_id)
        return _settings(rows[0]) if rows else None

    async def save_digest(
        self,
        guild_id: int,
        *,
        channel_id: int,
        post_time: str,
        timezone: str,
        next_due: int,
        due_date: str,
        since_date: str,
        now: int,
        updated_by: int | None = None,
    ) -> DigestSettings:
        rows = await self._run(
            "INSERT INTO digest_settings (guild_id, channel_id, post_time, timezone, enabled, since_date,"
            " next_due, due_date, version, updated_at, updated_by)"
            " VALUES ($1, $2, $3, $4, 1, $5, $6, $7, 1, $8, $9)"
            " ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id,"
            " post_time = excluded.post_time, timezone = excluded.timezone, enabled = 1,"
            " since_date = excluded.since_date, next_due = excluded.next_due, due_date = excluded.due_date,"
            " version = digest_settings.version + 1, updated_at = excluded.updated_at,"
            " updated_by = excluded.updated_by"
            f" RETURNING {_SETTINGS_COLUMNS}",
            guild_id, channel_id, post_time, timezone, since_date, next_due, due_date, now, updated_by,
        )
        return _settings(rows[0])

    async def disable_digest(self, guild_id: int, *, now: int, updated_by: int | None = None) -> bool:
        rows = await self._run(
            "UPDATE digest_settings SET enabled = 0, next_due = NULL, due_date = NULL,"
            " version = version + 1, updated_at = $1, updated_by = $2"
            " WHERE guild_id = $3 AND enabled = 1 RETURNING guild_id",
            now, updated_by, guild_id,
        )
        return bool(rows)

    async def upcoming_digests(self, limit: int) -> list[DigestSettings]:
        rows = await self._run(
            f"SELECT {_SETTINGS_COLUMNS} FROM digest_settings"
            " WHERE enabled = 1 AND next_due IS NOT NULL ORDER BY next_due, guild_id LIMIT $1",
            limit,
        )
        return [_settings(r) for r in rows]

    async def reschedule_digest(
        self, guild_id: int, *, version: int, expected_due_date: str | None, next_due: int, due_date: str
    ) -> bool:
        rows = await self._run(
            "UPDATE digest_settings SET next_due = $1, due_date = $2"
            " WHERE guild_id = $3 AND enabled = 1 AND version = $4"
            " AND due_date IS NOT DISTINCT FROM $5::text RETURNING guild_id",
            next_due, due_date, guild_id, version, expected_due_date,
        )
        return bool(rows)

    # --- daily claims ------------------------------------------------------------------------------

    async def claim_digest(
        self,
        guild_id: int,
        local_date: str,
        *,
        owner: str,
        now: int,
        lease_seconds: int,
        channel_id: int,
        reopen_final: bool = False,
    ) -> Claim:
        lease_until = now + lease_seconds
        # 1. A fresh day: the insert wins the (guild, date) primary key or does nothing.
        rows = await self._run(
            "INSERT INTO digest_posts (guild_id, local_date, status, owner, lease_until, attempts,"
            " channel_id, claimed_at) VALUES ($1, $2, 'claimed', $3, $4, 1, $5, $6)"
            f" ON CONFLICT (guild_id, local_date) DO NOTHING RETURNING {_POST_COLUMNS}",
            guild_id, local_date, owner, lease_until, channel_id, now,
        )
        if rows:
            return Claim(True, _post(rows[0]), 0)
        # 2. Take over an open claim whose lease ran out (or reopen a day that did not post). A racing
        # UPDATE blocks on the row lock, then re-evaluates the WHERE on the new row and loses.
        statuses = [*OPEN_STATUSES, *(REOPENABLE_STATUSES if reopen_final else ())]
        rows = await self._run(
            "UPDATE digest_posts SET status = 'claimed', owner = $1, lease_until = $2,"
            " attempts = attempts + 1, channel_id = $3, claimed_at = $4, finished_at = NULL"
            " WHERE guild_id = $5 AND local_date = $6 AND status = ANY($7::text[])"
            " AND (status NOT IN ('claimed', 'retry') OR lease_until <= $4)"
            f" RETURNING {_POST_COLUMNS}",
            owner, lease_until, channel_id, now, guild_id, local_date, statuses,
        )
        if rows:
            record = _post(rows[0])
            return Claim(True, record, record.attempts - 1)
        # 3. Someone else holds it, or the day is over.
        record = await self.get_post(guild_id, local_date)
        if record is None:  # deleted between our statements: only possible by hand; try again
            return await self.claim_digest(
                guild_id, local_date, owner=owner, now=now, lease_seconds=lease_seconds,
                channel_id=channel_id, reopen_final=reopen_final,
            )
        return Claim(False, record, 0)

    async def finish_digest(
        self,
        guild_id: int,
        local_date: str,
        *,
        owner: str,
        status: PostStatus,
        now: int,
        message_id: int | None = None,
        error: str | None = None,
        fact_id: str | None = None,
        rotation_cycle: int | None = None,
    ) -> bool:
        if status not in ("posted", "failed", "skipped"):
            raise ValueError(f"finish_digest cannot set status {status!r}")
        rows = await self._run(
            "UPDATE digest_posts SET status = $1, message_id = $2, error = $3, fact_id = $4, cycle = $5,"
            " finished_at = $6, owner = NULL, lease_until = NULL"
            " WHERE guild_id = $7 AND local_date = $8 AND owner = $9 AND status = 'claimed' RETURNING guild_id",
            status, message_id, error, fact_id, rotation_cycle, now, guild_id, local_date, owner,
        )
        return bool(rows)

    async def defer_digest(
        self, guild_id: int, local_date: str, *, owner: str, retry_at: int, error: str, now: int
    ) -> bool:
        rows = await self._run(
            "UPDATE digest_posts SET status = 'retry', lease_until = $1, error = $2"
            " WHERE guild_id = $3 AND local_date = $4 AND owner = $5 AND status = 'claimed' RETURNING guild_id",
            retry_at, error, guild_id, local_date, owner,
        )
        return bool(rows)

    async def record_missed(self, guild_id: int, local_dates: list[str], *, reason: str, now: int) -> int:
        if not local_dates:
            return 0
        # One statement for all days: atomic, and its RETURNING rows count what was really inserted.
        rows = await self._run(
            "INSERT INTO digest_posts (guild_id, local_date, status, attempts, error, finished_at)"
            " SELECT $1, d, 'missed', 0, $3, $4 FROM (SELECT DISTINCT unnest($2::text[]) AS d) AS days"
            " ON CONFLICT (guild_id, local_date) DO NOTHING RETURNING 1",
            guild_id, list(local_dates), reason, now,
        )
        return len(rows)

    async def get_post(self, guild_id: int, local_date: str) -> PostRecord | None:
        rows = await self._run(
            f"SELECT {_POST_COLUMNS} FROM digest_posts WHERE guild_id = $1 AND local_date = $2",
            guild_id, local_date,
        )
        return _post(rows[0]) if rows else None

    async def last_post(self, guild_id: int, before: str | None = None) -> PostRecord | None:
        rows = await self._run(
            f"SELECT {_POST_COLUMNS} FROM digest_posts WHERE guild_id = $1 AND status = 'posted'"
            " AND local_date COLLATE ucs_basic < $2 ORDER BY local_date COLLATE ucs_basic DESC LIMIT 1",
            guild_id, before or "9999-12-31",
        )
        return _post(rows[0]) if rows else None

    async def last_problem(self, guild_id: int) -> PostRecord | None:
        rows = await self._run(
            f"SELECT {_POST_COLUMNS} FROM digest_posts WHERE guild_id = $1"
            " AND (status IN ('failed', 'missed', 'skipped')"
            "      OR (status IN ('claimed', 'retry') AND error IS NOT NULL))"
            " ORDER BY local_date COLLATE ucs_basic DESC LIMIT 1",
            guild_id,
        )
        return _post(rows[0]) if rows else None

    async def all_posts(self, guild_id: int) -> list[PostRecord]:
        """Every slot of a server, oldest first (tests and diagnostics)."""
        rows = await self._run(
            f"SELECT {_POST_COLUMNS} FROM digest_posts WHERE guild_id = $1 ORDER BY local_date COLLATE ucs_basic", guild_id
        )
        return [_post(r) for r in rows]

    # --- rotation ------------------------------------------------------------------------------------

    async def rotation(self, guild_id: int) -> Rotation:
        rows = await self._run(
            "SELECT cycle, fact_id FROM digest_posts WHERE guild_id = $1 AND status = 'posted'"
            " AND cycle = (SELECT MAX(cycle) FROM digest_posts WHERE guild_id = $1 AND status = 'posted')"
            " AND fact_id IS NOT NULL ORDER BY local_date COLLATE ucs_basic",
            guild_id,
        )
        if not rows:
            return Rotation(0, frozenset(), None)
        return Rotation(int(rows[0][0]), frozenset(str(r[1]) for r in rows), str(rows[-1][1]))

