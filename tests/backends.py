"""One description of "a database" for tests that must hold on both SQLite and PostgreSQL.

A `Backend` is one fresh, empty database (a file in tmp_path, or a freshly created PostgreSQL
database); `open()` connects to it again, as a separate bot process would. `hold_lock()` makes another
session block writers, so "locked" handling is tested on both backends with the real lock of each.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import asyncpg

from bot.storage.postgres import PostgresStorage
from bot.storage.sql import SqlStorage
from bot.storage.sqlite import SQLiteStorage


@dataclass
class Backend:
    """A fresh database of one kind. `name` is "sqlite" or "postgres"; `location` a path or a URL."""

    name: str
    location: str

    @property
    def path(self) -> Path:
        """The SQLite file (SQLite only; tests that poke the file directly use it)."""
        assert self.name == "sqlite"
        return Path(self.location)

    async def open(self, *, durable: bool = True, lock_timeout_ms: int = 5000) -> SqlStorage:
        """A new connection (pool) to the database, as another process would open it.

        `durable=False` is the simulation speed-up on SQLite (synchronous=NORMAL); PostgreSQL's test
        server already runs with fsync off, so there it changes nothing.
        """
        if self.name == "sqlite":
            return await SQLiteStorage.open(self.location, busy_timeout_ms=lock_timeout_ms,
                                            synchronous="FULL" if durable else "NORMAL")
        return await PostgresStorage.open(self.location, lock_timeout_ms=lock_timeout_ms)

    @asynccontextmanager
    async def hold_lock(self) -> AsyncIterator[None]:
        """Another session holds the write lock until the block ends (then releases it)."""
        if self.name == "sqlite":
            blocker = sqlite3.connect(self.location, isolation_level=None)
            blocker.execute("BEGIN EXCLUSIVE")
            try:
                yield
            finally:
                blocker.execute("ROLLBACK")
                blocker.close()
            return
        conn = await asyncpg.connect(self.location)
        try:
            tx = conn.transaction()
            await tx.start()
            await conn.execute("LOCK TABLE digest_settings, digest_posts IN ACCESS EXCLUSIVE MODE")
            try:
                yield
            finally:
                await tx.rollback()
        finally:
            await conn.close()
