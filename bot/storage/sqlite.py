"""SQLite implementation of `Storage`, through aiosqlite.

Why these settings: WAL lets readers (status, preview) run while the scheduler writes, and lets two
bot processes share one file; `synchronous=FULL` because a claim that vanishes after a power cut could
mean a second post; `busy_timeout` makes a short lock held by the other process a wait, not an error.
Every method is one `BEGIN IMMEDIATE` transaction (the write lock is taken up front, so two processes
never both read "free" and both write "mine"), serialised within this process by an asyncio lock
because one aiosqlite connection cannot interleave transactions.

The SQL itself lives in `SqlStorage` (bot/storage/sql.py), shared with the PostgreSQL backend: it
sticks to what both accept — `INSERT … ON CONFLICT DO NOTHING` for claims, conditional `UPDATE`s whose
row count decides a race, integer epoch seconds. This module adds only SQLite's side of the dialect:
the connection, its lock and transactions, error classification, migrations and `record_missed`.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager, suppress
from pathlib import Path
from typing import Any

import aiosqlite

from .base import StorageError
from .sql import SqlStorage, migrations, split_statements

# `migrations` and `split_statements` moved to .sql; they stay importable from here as before.
__all__ = ["SQLiteStorage", "classify", "migrations", "split_statements"]

# Primary SQLite result codes (the low byte of the extended code).
_BUSY, _LOCKED, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _READONLY, _NOTADB = 5, 6, 10, 11, 13, 14, 8, 26


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


class SQLiteStorage(SqlStorage):
    """`Storage` on one SQLite file. Use `await SQLiteStorage.open(path)`; `close()` when done."""

    _NULL_SAFE_EQUALS = "IS ?"
    _LOCAL_DATE = "local_date"  # TEXT compares bytewise (BINARY collation) already

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
        self._check_open()
        async with self._lock:
            try:
                return list(await self._db.execute_fetchall(sql, params))
            except sqlite3.Error as error:
                raise classify(error) from error

    def _in_list(self, column: str, values: Sequence[str]) -> tuple[str, tuple[Any, ...]]:
        """`column IN (?, ?, …)`: SQLite has no array parameters, so one placeholder per value."""
        return f"{column} IN ({', '.join('?' for _ in values)})", tuple(values)

    @asynccontextmanager
    async def _tx(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction; sqlite errors leave as `StorageError` after a rollback."""
        self._check_open()
        async with self._lock:
            try:
                await self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise classify(error) from error
            except asyncio.CancelledError:
                # Cancelling the wait does not stop aiosqlite's thread: once the other writer lets go,
                # its BEGIN takes the lock with nobody left to commit. A ROLLBACK queued behind it (the
                # thread runs calls in order) gives the lock back; if the BEGIN failed, it is a no-op.
                with suppress(sqlite3.Error, ValueError):  # (ValueError: the connection was closed meanwhile)
                    await self._db.execute("ROLLBACK")
                raise
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
