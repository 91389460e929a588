"""The SQL both backends share: every `Storage` method's statements and logic, written once.

Why one class for two databases: the exactly-once claim rests on the same few statements on SQLite and
PostgreSQL (`INSERT … ON CONFLICT DO NOTHING RETURNING`, conditional `UPDATE … RETURNING` whose row
count decides a race), and keeping two copies in step by hand is how a fix reaches one backend only.
So the statements live here, in SQLite's `?` placeholder style, and a backend supplies only what truly
differs — a small dialect:

- `_run(sql, params)`: execute one autocommitted statement (PostgreSQL rewrites `?` to `$n` first) and
  turn driver errors into `StorageError` with the backend's own classification;
- `_in_list(column, values)`: `status IN (?, ?, …)` on SQLite, `status = ANY(?::text[])` on PostgreSQL
  (one statement text whatever the list length, so asyncpg's prepared-statement cache keeps working);
- `_NULL_SAFE_EQUALS`: the comparison that treats NULL as equal to NULL (`IS` vs `IS NOT DISTINCT FROM`);
- `_LOCAL_DATE`: how `local_date` is compared and sorted — bytewise on both, which on PostgreSQL
  needs `COLLATE ucs_basic` because the database's default collation may not be;
- `record_missed`, connection handling and migrations, whose mechanics differ too much to share.
"""

from __future__ import annotations

import re
import sqlite3
from abc import abstractmethod
from collections.abc import Sequence
from importlib import resources
from typing import Any, ClassVar

from .base import (
    OPEN_STATUSES,
    REOPENABLE_STATUSES,
    Claim,
    DigestSettings,
    GapEvent,
    PostRecord,
    PostStatus,
    Rotation,
    Storage,
    StorageError,
)

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")

SETTINGS_COLUMNS = (
    "guild_id, channel_id, post_time, timezone, enabled, since_date, next_due, due_date, version, "
    "updated_at, updated_by"
)
POST_COLUMNS = (
    "guild_id, local_date, status, owner, lease_until, attempts, channel_id, message_id, fact_id, cycle, "
    "error, claimed_at, finished_at, failures"
)


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


GAP_COLUMNS = "id, kind, command, query, status, missing, reason, guild_id, reader, dedupe, at"


class GapSql:
    """The gap-log statements, mixed into `SqlStorage` (kept apart from the digest SQL they share nothing with)."""

    _run: Any

    async def record_gap(self, event: GapEvent) -> bool:
        rows = await self._run(
            f"INSERT INTO gap_events ({GAP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (kind, dedupe) DO NOTHING RETURNING id",
            (event.id, event.kind, event.command, event.query, event.status, event.missing, event.reason,
             event.guild_id, event.reader, event.dedupe, event.at),
        )
        return bool(rows)

    async def gap_events(self, since: int) -> list[GapEvent]:
        rows = await self._run(f"SELECT {GAP_COLUMNS} FROM gap_events WHERE at >= ? ORDER BY at, id", (since,))
        return [GapEvent(str(r[0]), r[1], str(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6]),
                         None if r[7] is None else int(r[7]), str(r[8]), str(r[9]), int(r[10])) for r in rows]

    async def prune_gaps(self, before: int) -> int:
        rows = await self._run("DELETE FROM gap_events WHERE at < ? RETURNING id", (before,))
        return len(rows)

    async def gap_secret(self, candidate: str) -> str:
        await self._run("INSERT INTO gap_keys (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING", (candidate,))
        rows = await self._run("SELECT secret FROM gap_keys WHERE id = 1")
        return str(rows[0][0])


class SqlStorage(GapSql, Storage):
    """`Storage` methods as SQL, for a backend that provides the dialect described in the module doc."""

    _closed: bool
    # After a column: "equals the next parameter, NULL equal to NULL" (includes its `?`).
    _NULL_SAFE_EQUALS: ClassVar[str]
    # `local_date` as it must appear in comparisons and ORDER BY to order bytewise.
    _LOCAL_DATE: ClassVar[str]

    @abstractmethod
    async def _run(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """One statement with `?` placeholders, autocommitted; returns its rows (RETURNING or SELECT)."""

    @abstractmethod
    def _in_list(self, column: str, values: Sequence[str]) -> tuple[str, tuple[Any, ...]]:
        """The condition "column is one of values" and its parameters."""

    def _check_open(self) -> None:
        """A closed storage fails like an unavailable database, so callers need only one except clause."""
        if self._closed:
            raise StorageError("unavailable", "storage is closed")

    async def schema_version(self) -> int:
        rows = await self._run("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
        return int(rows[0][0])

    # --- settings ----------------------------------------------------------------------------------

    async def get_digest(self, guild_id: int) -> DigestSettings | None:
        rows = await self._run(f"SELECT {SETTINGS_COLUMNS} FROM digest_settings WHERE guild_id = ?", (guild_id,))
        return settings_from_row(rows[0]) if rows else None

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
            f" RETURNING {SETTINGS_COLUMNS}",
            (guild_id, channel_id, post_time, timezone, since_date, next_due, due_date, now, updated_by),
        )
        return settings_from_row(rows[0])

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
            f"SELECT {SETTINGS_COLUMNS} FROM digest_settings"
            " WHERE enabled = 1 AND next_due IS NOT NULL ORDER BY next_due, guild_id LIMIT ?",
            (limit,),
        )
        return [settings_from_row(r) for r in rows]

    async def reschedule_digest(
        self, guild_id: int, *, version: int, expected_due_date: str | None, next_due: int, due_date: str
    ) -> bool:
        rows = await self._run(
            "UPDATE digest_settings SET next_due = ?, due_date = ?"
            " WHERE guild_id = ? AND enabled = 1 AND version = ?"
            f" AND due_date {self._NULL_SAFE_EQUALS} RETURNING guild_id",
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
        # 1. A fresh day: the insert wins the (guild, date) primary key or does nothing.
        rows = await self._run(
            "INSERT INTO digest_posts (guild_id, local_date, status, owner, lease_until, attempts,"
            " channel_id, claimed_at) VALUES (?, ?, 'claimed', ?, ?, 1, ?, ?)"
            f" ON CONFLICT (guild_id, local_date) DO NOTHING RETURNING {POST_COLUMNS}",
            (guild_id, local_date, owner, lease_until, channel_id, now),
        )
        if rows:
            return Claim(True, post_from_row(rows[0]), 0)
        # 2. Take over an open claim whose lease ran out (or reopen a day that did not post). A racing
        # UPDATE waits for the row (SQLite: the write lock; PostgreSQL: the row lock, then re-evaluates
        # the WHERE on the winner's row) and loses.
        statuses = (*OPEN_STATUSES, *(REOPENABLE_STATUSES if reopen_final else ()))
        status_is_one_of, status_params = self._in_list("status", statuses)
        rows = await self._run(
            "UPDATE digest_posts SET status = 'claimed', owner = ?, lease_until = ?,"
            " attempts = attempts + 1, channel_id = ?, claimed_at = ?, finished_at = NULL,"
            # a reopened day (a manual retry after the admin fixed something) backs off afresh
            " failures = CASE WHEN status IN ('claimed', 'retry') THEN failures ELSE 0 END"
            f" WHERE guild_id = ? AND local_date = ? AND {status_is_one_of}"
            " AND (status NOT IN ('claimed', 'retry') OR lease_until <= ?)"
            f" RETURNING {POST_COLUMNS}",
            (owner, lease_until, channel_id, now, guild_id, local_date, *status_params, now),
        )
        if rows:
            record = post_from_row(rows[0])
            return Claim(True, record, record.attempts - 1)
        # 3. Someone else holds it, or the day is over.
        held = await self.get_post(guild_id, local_date)
        if held is None:  # deleted between our statements: only possible by hand; try again
            return await self.claim_digest(
                guild_id, local_date, owner=owner, now=now, lease_seconds=lease_seconds,
                channel_id=channel_id, reopen_final=reopen_final,
            )
        return Claim(False, held, 0)

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
            "UPDATE digest_posts SET status = 'retry', lease_until = ?, error = ?, failures = failures + 1"
            " WHERE guild_id = ? AND local_date = ? AND owner = ? AND status = 'claimed' RETURNING guild_id",
            (retry_at, error, guild_id, local_date, owner),
        )
        return bool(rows)

    async def get_post(self, guild_id: int, local_date: str) -> PostRecord | None:
        rows = await self._run(
            f"SELECT {POST_COLUMNS} FROM digest_posts WHERE guild_id = ? AND local_date = ?",
            (guild_id, local_date),
        )
        return post_from_row(rows[0]) if rows else None

    async def last_post(self, guild_id: int, before: str | None = None) -> PostRecord | None:
        date = self._LOCAL_DATE
        rows = await self._run(
            f"SELECT {POST_COLUMNS} FROM digest_posts WHERE guild_id = ? AND status = 'posted'"
            f" AND {date} < ? ORDER BY {date} DESC LIMIT 1",
            (guild_id, before or "9999-12-31"),
        )
        return post_from_row(rows[0]) if rows else None

    async def last_problem(self, guild_id: int) -> PostRecord | None:
        rows = await self._run(
            f"SELECT {POST_COLUMNS} FROM digest_posts WHERE guild_id = ?"
            " AND (status IN ('failed', 'missed', 'skipped')"
            "      OR (status IN ('claimed', 'retry') AND error IS NOT NULL))"
            f" ORDER BY {self._LOCAL_DATE} DESC LIMIT 1",
            (guild_id,),
        )
        return post_from_row(rows[0]) if rows else None

    async def all_posts(self, guild_id: int) -> list[PostRecord]:
        """Every slot of a server, oldest first (tests and diagnostics)."""
        rows = await self._run(
            f"SELECT {POST_COLUMNS} FROM digest_posts WHERE guild_id = ? ORDER BY {self._LOCAL_DATE}",
            (guild_id,),
        )
        return [post_from_row(r) for r in rows]

    # --- rotation ------------------------------------------------------------------------------------

    async def rotation(self, guild_id: int) -> Rotation:
        rows = await self._run(
            "SELECT cycle, fact_id FROM digest_posts WHERE guild_id = ? AND status = 'posted'"
            " AND cycle = (SELECT MAX(cycle) FROM digest_posts WHERE guild_id = ? AND status = 'posted')"
            f" AND fact_id IS NOT NULL ORDER BY {self._LOCAL_DATE}",
            (guild_id, guild_id),
        )
        if not rows:
            return Rotation(0, frozenset(), None)
        return Rotation(int(rows[0][0]), frozenset(str(r[1]) for r in rows), str(rows[-1][1]))


def settings_from_row(row: Sequence[Any]) -> DigestSettings:
    """A `digest_settings` row (columns in `SETTINGS_COLUMNS` order) as a record; 0/1 becomes bool."""
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


def post_from_row(row: Sequence[Any]) -> PostRecord:
    """A `digest_posts` row (columns in `POST_COLUMNS` order) as a record."""
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
        failures=int(row[13]),
    )
