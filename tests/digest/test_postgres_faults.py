"""Issue 16, item 14: the digest's fault scenarios on a real PostgreSQL server.

The same scheduler and rig as tests/digest/test_scheduler.py, on a fresh PostgreSQL database per test.
A server restart is what every client sees of one: all of the database's sessions are terminated by
the server (`pg_terminate_backend`), mid-claim. Nothing may be posted twice, and no day may be lost.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

from ..backends import Backend
from .rig import Rig, utc

G = 5  # guild; its channel is 50


def _name(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


async def _admin(server_url: str, *statements: str) -> None:
    conn = await asyncpg.connect(server_url)
    try:
        for statement in statements:
            await conn.execute(statement)
    finally:
        await conn.close()


async def _terminate_sessions(server_url: str, database: str) -> int:
    """What a server restart does to every client of `database`: its sessions end, mid-statement."""
    conn = await asyncpg.connect(server_url)
    try:
        return len(await conn.fetch(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
            database))
    finally:
        await conn.close()


@pytest.fixture
async def pg_rig(pg_database: str):
    rig = Rig(Backend("postgres", pg_database), utc(2025, 6, 1, 0, 0))
    yield rig
    await rig.close()


async def _assert_posted_once(rig: Rig, days: list[int], guild_id: int = G) -> None:
    sent = rig.sent(guild_id * 10)
    assert [s.day.day for s in sent] == days, [(s.day, s.at) for s in sent]
    rows = {r.local_date: r for r in await rig.rows(guild_id)}
    for s in sent:
        row = rows[s.day.isoformat()]
        assert (row.status, row.message_id) == ("posted", s.message_id)


class RestartingPoster:
    """Posts through the fake Discord, then has the server restart before the post can be recorded."""

    def __init__(self, rig: Rig, server_url: str, database: str) -> None:
        self.rig, self.server_url, self.database = rig, server_url, database
        self.restarts: list[int] = []

    async def post(self, guild_id: int, channel_id: int, digest: Any) -> int:
        message_id = await self.rig.discord.post(guild_id, channel_id, digest)
        if not self.restarts:  # the claim is held, the message exists, nothing is recorded yet
            self.restarts.append(await _terminate_sessions(self.server_url, self.database))
        return message_id

    async def find_posted(self, guild_id: int, channel_id: int, digest: Any, since: dt.datetime) -> int | None:
        return await self.rig.discord.find_posted(guild_id, channel_id, digest, since)


async def test_a_server_restart_mid_claim_posts_once_and_records_it(pg_rig: Rig, pg_server_url: str,
                                                                     pg_database: str) -> None:
    await pg_rig.configure(G, "Asia/Karachi", "09:00")
    poster = RestartingPoster(pg_rig, pg_server_url, _name(pg_database))
    proc = await pg_rig.start_process(poster=poster)
    await pg_rig.advance_to(utc(2025, 6, 1, 6, 0))
    assert poster.restarts and poster.restarts[0] >= 1, "the server restart was not injected"
    assert not proc.task.done()
    await pg_rig.advance_to(utc(2025, 6, 2, 12, 0))
    await _assert_posted_once(pg_rig, [1, 2])


async def test_a_crash_then_a_server_restart_then_a_new_process_posts_once(pg_rig: Rig, pg_server_url: str,
                                                                            pg_database: str) -> None:
    """The process holding the claim dies after sending; the server restarts; a new process takes over."""
    await pg_rig.configure(G, "Asia/Karachi", "09:00")

    def die_after_sending(phase: str, guild_id: int, digest: object) -> None:
        if phase == "sent" and not pg_rig.sent(50)[1:]:
            from .fakes import SimulatedCrash

            raise SimulatedCrash("after send")

    pg_rig.discord.hook = die_after_sending
    first = await pg_rig.start_process()
    await pg_rig.advance_to(utc(2025, 6, 1, 4, 1))
    assert first.task.done() and len(pg_rig.sent(50)) == 1
    await pg_rig.kill(first)
    assert await _terminate_sessions(pg_server_url, _name(pg_database)) >= 0
    pg_rig.discord.hook = None
    await pg_rig.start_process()
    await pg_rig.advance_to(utc(2025, 6, 1, 6, 0))
    await _assert_posted_once(pg_rig, [1])


async def test_a_read_only_database_delays_but_does_not_lose_the_day(pg_rig: Rig, pg_server_url: str,
                                                                     pg_database: str) -> None:
    name = _name(pg_database)
    await pg_rig.configure(G, "Asia/Karachi", "09:00")
    proc = await pg_rig.start_process()
    await _admin(pg_server_url, f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
    await _terminate_sessions(pg_server_url, name)  # sessions opened from now on are read-only
    await pg_rig.advance_to(utc(2025, 6, 1, 4, 5))
    assert pg_rig.sent(50) == [] and not proc.task.done()
    assert proc.scheduler.last_storage_error and "read-only" in proc.scheduler.last_storage_error
    await _admin(pg_server_url, f'ALTER DATABASE "{name}" RESET default_transaction_read_only')
    await _terminate_sessions(pg_server_url, name)
    await pg_rig.advance_to(utc(2025, 6, 1, 6, 0))
    await _assert_posted_once(pg_rig, [1])
    assert proc.scheduler.last_storage_error is None


async def test_the_connection_limit_reached_delays_but_does_not_lose_the_day(pg_server_url: str,
                                                                             pg_database: str) -> None:
    """Superusers ignore connection limits, so the bot connects as an ordinary role owning the database."""
    name = _name(pg_database)
    role = f"{name}_bot"
    await _admin(pg_server_url, f'CREATE ROLE "{role}" LOGIN', f'ALTER DATABASE "{name}" OWNER TO "{role}"')
    parts = urlsplit(pg_database)
    host = parts.hostname or "127.0.0.1"
    as_role = urlunsplit(parts._replace(netloc=f"{role}@{host}:{parts.port}" if parts.port else f"{role}@{host}"))
    rig = Rig(Backend("postgres", as_role), utc(2025, 6, 1, 0, 0))
    try:
        await rig.configure(G, "Asia/Karachi", "09:00")
        proc = await rig.start_process()
        await _admin(pg_server_url, f'ALTER DATABASE "{name}" CONNECTION LIMIT 0')
        await _terminate_sessions(pg_server_url, name)  # the pool must reconnect, and may not
        await rig.advance_to(utc(2025, 6, 1, 4, 5))
        assert rig.sent(50) == [] and not proc.task.done()
        assert proc.scheduler.last_storage_error and "unavailable" in proc.scheduler.last_storage_error
        await _admin(pg_server_url, f'ALTER DATABASE "{name}" CONNECTION LIMIT -1')
        await rig.advance_to(utc(2025, 6, 1, 6, 0))
        await _assert_posted_once(rig, [1])
    finally:
        await rig.close()
        await _admin(pg_server_url, f'ALTER DATABASE "{name}" CONNECTION LIMIT -1')


async def test_two_processes_claiming_under_load_with_restarts_post_each_day_once(
        pg_rig: Rig, pg_server_url: str, pg_database: str) -> None:
    guilds = range(1, 31)
    for guild_id in guilds:  # thirty servers due at the same minute: both processes claim at once
        await pg_rig.configure(guild_id, "Asia/Karachi", "09:00")
    await pg_rig.start_process()
    await pg_rig.start_process()
    restarts = 0
    for day in (1, 2):
        for minute in range(10):  # the minutes after 09:00 Karachi, when every claim races
            await pg_rig.advance_to(utc(2025, 6, day, 4, minute))
            if minute in (0, 1):  # a server restart while claims and posts are in flight
                restarts += 1
                await _terminate_sessions(pg_server_url, _name(pg_database))
    await pg_rig.advance_to(utc(2025, 6, 3, 12, 0))
    assert restarts == 4
    for guild_id in guilds:
        await _assert_posted_once(pg_rig, [1, 2, 3], guild_id)
