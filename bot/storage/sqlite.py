"""SQLite implementation of `Storage`, through aiosqlite.

Why these settings: WAL lets readers (status, preview) run while the scheduler writes, and lets two
bot processes share one file; `synchronous=FULL` because a claim that vanishes after a power cut could
mean a second post; `busy_timeout` makes a short lock held by the other process a wait, not an error.
Every method is one `BEGIN IMMEDIATE` transaction (the write lock is taken up front, so two processes
never both read "free" and both write "mine"), serialised within this process by an asyncio lock
because one aiosqlite connection cannot interleave transactions.

The SQL deliberately sticks to what PostgreSQL also accepts — `INSERT … ON CONFLICT DO NOTHING` for
claims, conditional `UPDATE`s whose row count decides a race, integer epoch seconds — so the Postgres
backend is a translation of placeholders, not a redesign.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import aiosqlite

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

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")

# Primary SQLite result codes (the low byte of the extended code).
_BUSY, _LOCKED, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _READONLY, _NOTADB = 5, 6, 10, 11, 13, 14, 8, 26

_SETTINGS_COLUMNS = (
    "guild_id, channel_id, post_time, timezone, enabled, since_date, next_due, due_date, version, "
    "updated_at, updated_by"
)
_POST_COLUMNS = (
    "guild_id, local_date, status, owner, lease_until, attempts, channel_id, message_id, fact_id, cycle, "
    "error, claimed_at, finished_at"
)


def classify(error: BaseException) -> StorageError:
    """Turn a sqlite3 error into a `StorageError` whose kind an admin message can explain."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error).lower()
    if primary in (_BUSY, _LOCKED) or "locked" in text:
        kind = "locked"
    elif primary == _READONLY or "readonly" in text or "read-only" in text:
        kind = "readonly"
    elif primary == _FULL or "full" in text:
        kind = "full"
    elif primary in (_IOERR, _CORRUPT, _CANTOPEN, _NOTADB) or "unable to open" in text:
        kind = "unavailable"
    else:
        kind = "other"
    return StorageError(kind, f"sqlite: {error}")


def migrations() -> list[tuple[int, str, str]]:
    """The versioned migration scripts shipped in `bot/storage/migrations`, in order."""
    found = []
    for entry in resources.files("bot.storage.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"migration versions must be 1..n without gaps, found {versions}")
    return found


def split_statements(script: str) -> list[str]:
    """Split a migration into statements (so they run inside our transaction, unlike executescript)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        if not current and (not line.strip() or line.lstrip().startswith("--")):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError("migration ends with an incomplete statement")
    return statements


class SQLiteStorage(Storage):
    """`Storage` on one SQLite file. Use `await SQLiteStorage.open(path)`; `close()` when done."""

    def __init__(self, db: aiosqlite.Connection, path: Path) -> None:
        self._db = db
        self.path = path
        self._lock = asyncio.Lock()
        self._closed = False

    @classmethod
    async def open(
        cls, path: str | Path, *, busy_timeout_ms: int = 5000, synchronous: str = "FULL"
    ) -> SQLiteStorage:
        """Open (creating the folder and file if needed), switch to WAL and apply pending migrations.

        `synchronous="NORMAL"` is for simulations only: it trades durability against power loss
        (not against a process crash) for speed.
        """
        if synchronous not in ("FULL", "NORMAL"):
            raise ValueError("synchronous must be FULL or NORMAL")
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError("unavailable", f"cannot create {path.parent}: {error}") from error
        try:
            db = await aiosqlite.connect(str(path), isolation_level=None)
        except sqlite3.Error as error:
            raise classify(error) from error
        storage = cls(db, path)
        try:
            await db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            await storage._switch_to_wal(busy_timeout_ms)
            await db.execute(f"PRAGMA synchronous = {synchronous}")
            await storage._migrate()
        except sqlite3.Error as error:
            await db.close()
            raise classify(error) from error
        except BaseException:
            await db.close()
            raise
        return storage

    async def close(self) -> None:
        if not self._closed:
            self._closed = True
            await self._db.close()

    # --- plumbing ----------------------------------------------------------------------------------
    # Most methods are ONE statement: in autocommit mode SQLite makes it atomic by itself, and a
    # `RETURNING` clause hands back the row it wrote, so a claim is decided and read in one step
    # (PostgreSQL has the same clause). Only multi-statement work opens a `BEGIN IMMEDIATE`.

    async def _run(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """One statement, autocommitted; returns its rows (RETURNING or SELECT)."""
        if self._closed:
            raise StorageError("unavailable", "storage is closed")
        async with self._lock:
            try:
                return list(await self._db.execute_fetchall(sql, params))
            except sqlite3.Error as error:
                raise classify(error) from error

    @asynccontextmanager
    async def _tx(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction; sqlite errors leave as `StorageError` after a rollback."""
        if self._closed:
            raise StorageError("unavailable", "storage is closed")
        async with self._lock:
            try:
                await self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise classify(error) from error
            try:
                yield self._db
                await self._db.execute("COMMIT")
            except BaseException as error:
                try:
                    await self._db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # SQLite already rolled back (e.g. after SQLITE_FULL); nothing left to undo
                if isinstance(error, sqlite3.Error):
                    raise classify(error) from error
                raise

    async def _switch_to_wal(self, busy_timeout_ms: int) -> None:
        """WAL mode, retried briefly: changing the journal mode of a fresh file while another process
        does the same can fail with "locked" at once, without SQLite's busy handler waiting."""
        attempts = max(1, busy_timeout_ms // 50)
        for attempt in range(attempts):
            try:
                rows = await self._db.execute_fetchall("PRAGMA journal_mode = WAL")
                break
            except sqlite3.OperationalError as error:
                if classify(error).kind != "locked" or attempt == attempts - 1:
                    raise
                await asyncio.sleep(0.05)
        mode = str(next(iter(rows))[0]).lower() if rows else ""
        if mode != "wal":
            raise StorageError("readonly", f"could not switch {self.path.name} to WAL mode (got {mode!r})")

    async def _migrate(self) -> None:
        async with self._tx() as db:  # inside the write lock, so two processes starting together queue up
            await db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)"
            )
        for version, name, script in migrations():
            async with self._tx() as db:
                # Re-check inside the write lock: another process may have applied it meanwhile.
                rows = await db.execute_fetchall("SELECT 1 FROM schema_migrations WHERE version = ?", (version,))
                if rows:
                    continue
                for statement in split_statements(script):
                    await db.execute(statement)
                await db.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (version, name, int(time.time())),
                )

    async def schema_version(self) -> int:
        rows = await self._run("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
        return int(rows[0][0])

    # --- settings ----------------------------------------------------------------------------------

    async def get_digest(self, guild_id: int) -> DigestSettings | None:
        rows = await self._run(f"SELECT {_SETTINGS_COLUMNS} FROM digest_settings WHERE guild_id = ?", (guild_id,))
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
            " VALUES (?, ?, ?, ?, 1, ?, ?, ?, 1, ?, ?)"
            " ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id,"
            " post_time = excluded.post_time, timezone = excluded.timezone, enabled = 1,"
            " since_date = excluded.since_date, next_due = excluded.next_due, due_date = excluded.due_date,"
            " version = digest_settings.version + 1, updated_at = excluded.updated_at,"
            " updated_by = excluded.updated_by"
            f" RETURNING {_SETTINGS_COLUMNS}",
            (guild_id, channel_id, post_time, timezone, since_date, next_due, due_date, now, updated_by),
        )
        return _settings(rows[0])

    async def disable_digest(self, guild_id: int, *, now: int, updated_by: int | None = None) -> bool:
        rows = await self._run(
            "UPDATE digest_settings SET enabled = 0, next_due = NULL, due_date = NULL,"
            " version = version + 1, updated_at = ?, updated_by = ?"
            " WHERE guild_id = ? AND enabled = 1 RETURNING guild_id",
            (now, updated_by, guild_id),
        )
        return bool(rows)

    async def upcoming_digests(self, limit: int) -> list[DigestSettings]:
        rows = await self._run(
            f"SELECT {_SETTINGS_COLUMNS} FROM digest_settings"
            " WHERE enabled = 1 AND next_due IS NOT NULL ORDER BY next_due, guild_id LIMIT ?",
            (limit,),
        )
        return [_settings(r) for r in rows]

    async def reschedule_digest(
        self, guild_id: int, *, version: int, expected_due_date: str | None, next_due: int, due_date: str
    ) -> bool:
        rows = await self._run(
            "UPDATE digest_settings SET next_due = ?, due_date = ?"
            " WHERE guild_id = ? AND enabled = 1 AND version = ? AND due_date IS ? RETURNING guild_id",
            (next_due, due_date, guild_id, version, expected_due_date),
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
        # 1. A fresh day: the insert wins the (guild, date) key or does nothing.
        rows = await self._run(
            "INSERT INTO digest_posts (guild_id, local_date, status, owner, lease_until, attempts,"
            " channel_id, claimed_at) VALUES (?, ?, 'claimed', ?, ?, 1, ?, ?)"
            f" ON CONFLICT (guild_id, local_date) DO NOTHING RETURNING {_POST_COLUMNS}",
            (guild_id, local_date, owner, lease_until, channel_id, now),
        )
        if rows:
            return Claim(True, _post(rows[0]), 0)
        # 2. Take over an open claim whose lease ran out (or reopen a day that did not post).
        statuses = (*OPEN_STATUSES, *(REOPENABLE_STATUSES if reopen_final else ()))
        marks = ", ".join("?" for _ in statuses)
        rows = await self._run(
            "UPDATE digest_posts SET status = 'claimed', owner = ?, lease_until = ?,"
            " attempts = attempts + 1, channel_id = ?, claimed_at = ?, finished_at = NULL"
            f" WHERE guild_id = ? AND local_date = ? AND status IN ({marks})"
            " AND (status NOT IN ('claimed', 'retry') OR lease_until <= ?)"
            f" RETURNING {_POST_COLUMNS}",
            (owner, lease_until, channel_id, now, guild_id, local_date, *statuses, now),
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
        # The rotation is the set of posted rows' (cycle, fact_id): recorded by this same statement.
        rows = await self._run(
            "UPDATE digest_posts SET status = ?, message_id = ?, error = ?, fact_id = ?, cycle = ?,"
            " finished_at = ?, owner = NULL, lease_until = NULL"
            " WHERE guild_id = ? AND local_date = ? AND owner = ? AND status = 'claimed' RETURNING guild_id",
            (status, message_id, error, fact_id, rotation_cycle, now, guild_id, local_date, owner),
        )
        return bool(rows)

    async def defer_digest(
        self, guild_id: int, local_date: str, *, owner: str, retry_at: int, error: str, now: int
    ) -> bool:
        rows = await self._run(
            "UPDATE digest_posts SET status = 'retry', lease_until = ?, error = ?"
            " WHERE guild_id = ? AND local_date = ? AND owner = ? AND status = 'claimed' RETURNING guild_id",
            (retry_at, error, guild_id, local_date, owner),
        )
        return bool(rows)

    async def record_missed(self, guild_id: int, local_dates: list[str], *, reason: str, now: int) -> int:
        if not local_dates:
            return 0
        async with self._tx() as db:
            before = self._db.total_changes
            await db.executemany(
                "INSERT INTO digest_posts (guild_id, local_date, status, attempts, error, finished_at)"
                " VALUES (?, ?, 'missed', 0, ?, ?) ON CONFLICT (guild_id, local_date) DO NOTHING",
                [(guild_id, d, reason, now) for d in local_dates],
            )
            return self._db.total_changes - before

    async def get_post(self, guild_id: int, local_date: str) -> PostRecord | None:
        rows = await self._run(
            f"SELECT {_POST_COLUMNS} FROM digest_posts WHERE guild_id = ? AND local_date = ?",
            (guild_id, local_date),
        )
        return _post(rows[0]) if rows else None

    async def last_post(self, guild_id: int, before: str | None = None) -> PostRecord | None:
        rows = await self._run(
            f"SELECT {_POST_COLUMNS} FROM digest_posts WHERE guild_id = ? AND status = 'posted'"
            " AND local_date < ? ORDER BY local_date DESC LIMIT 1",
            (guild_id, before or "9999-12-31"),
        )
        return _post(rows[0]) if rows else None

    async def last_problem(self, guild_id: int) -> PostRecord | None:
        rows = await self._run(
            f"SELECT {_POST_COLUMNS} FROM digest_posts WHERE guild_id = ?"
            " AND (status IN ('failed', 'missed', 'skipped')"
            "      OR (status IN ('claimed', 'retry') AND error IS NOT NULL))"
            " ORDER BY local_date DESC LIMIT 1",
            (guild_id,),
        )
        return _post(rows[0]) if rows else None

    async def all_posts(self, guild_id: int) -> list[PostRecord]:
        """Every slot of a server, oldest first (tests and diagnostics)."""
        rows = await self._run(
            f"SELECT {_POST_COLUMNS} FROM digest_posts WHERE guild_id = ? ORDER BY local_date", (guild_id,)
        )
        return [_post(r) for r in rows]

    # --- rotation ------------------------------------------------------------------------------------

    async def rotation(self, guild_id: int) -> Rotation:
        rows = await self._run(
            "SELECT cycle, fact_id FROM digest_posts WHERE guild_id = ? AND status = 'posted'"
            " AND cycle = (SELECT MAX(cycle) FROM digest_posts WHERE guild_id = ? AND status = 'posted')"
            " AND fact_id IS NOT NULL ORDER BY local_date",
            (guild_id, guild_id),
        )
        if not rows:
            return Rotation(0, frozenset(), None)
        return Rotation(int(rows[0][0]), frozenset(str(r[1]) for r in rows), str(rows[-1][1]))


def _settings(row: Sequence[Any]) -> DigestSettings:
    return DigestSettings(
        guild_id=int(row[0]),
        channel_id=int(row[1]),
        post_time=str(row[2]),
        timezone=str(row[3]),
        enabled=bool(row[4]),
        since_date=str(row[5]),
        next_due=None if row[6] is None else int(row[6]),
        due_date=None if row[7] is None else str(row[7]),
        version=int(row[8]),
        updated_at=int(row[9]),
        updated_by=None if row[10] is None else int(row[10]),
    )


def _post(row: Sequence[Any]) -> PostRecord:
    return PostRecord(
        guild_id=int(row[0]),
        local_date=str(row[1]),
        status=row[2],
        owner=row[3],
        lease_until=row[4],
        attempts=int(row[5]),
        channel_id=row[6],
        message_id=row[7],
        fact_id=row[8],
        cycle=row[9],
        error=row[10],
        claimed_at=row[11],
        finished_at=row[12],
    )
