"""Issue 16, items 5, 6 and 13: the digest commands when the database misbehaves, and echoed input.

The real FactdeskBot against the loopback emulator, a real SQLite file, and a real second connection
holding its write lock.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.digest.clock import FakeClock
from bot.discord import limits
from bot.discord.cogs.digest import NO_STORAGE
from bot.discord.cogs.digest import Digest as DigestCog
from bot.discord.sync import sync_commands
from tests.discord.conftest import start_factdesk, stop_factdesk
from tests.discord_emulator import DiscordEmulator

from .test_discord_e2e import CORPUS_URL, NINE_KARACHI, START, Desk, _set

DEFERRED = 5  # DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE


async def _start(emu: DiscordEmulator, engine: Any, db_path: Path, clock: FakeClock, *, sync: bool = True
                 ) -> tuple[Desk, Any]:
    assert db_path.name == "factdesk.db"  # start_factdesk puts the database there in the folder it is given
    bot, task = await start_factdesk(emu, engine, db_path.parent, configure=lambda b: setattr(b, "digest_clock", clock),
                                     corpus_base_url=CORPUS_URL)
    if sync:  # registers the commands in the emulator (and records the sync in the data folder)
        try:
            await sync_commands(bot)
        except BaseException:
            await stop_factdesk(bot, task)
            raise
    return Desk(emu, bot, clock), task


def _callback_types(emu: DiscordEmulator, st: Any) -> list[int]:
    return [r.body["type"] for r in emu.recorder.requests
            if r.route.endswith("/callback") and f"/interactions/{st.id}/" in r.path and isinstance(r.body, dict)]


async def test_digest_set_while_another_process_holds_the_lock_is_deferred_then_answered(
        discord_emulator: DiscordEmulator, engine: Any, tmp_path: Path) -> None:
    """Before: the answer came after the 5 s busy timeout, past Discord's 3 s, and the admin got nothing."""
    emu = discord_emulator
    db = tmp_path / "data" / "factdesk.db"
    desk, task = await _start(emu, engine, db, FakeClock(START))
    other = sqlite3.connect(db, isolation_level=None, timeout=1)
    try:
        await desk.settle()
        other.execute("BEGIN IMMEDIATE")  # another process is writing, for 4 s
        st = await emu.inject_slash("digest set", {"channel": emu.world.facts, "time": "09:00",
                                                   "timezone": "Asia/Karachi"}, user=emu.world.owner)
        await asyncio.sleep(4)
        other.execute("ROLLBACK")
        message = await emu.wait_for_message(lambda m: bool(m.content), interaction=st, timeout=10)
        assert _callback_types(emu, st)[:1] == [DEFERRED]
        assert message.ephemeral and "Daily digest on" in message.content
        assert [(r.method, r.path, r.response) for r in emu.recorder.rejected] == []
    finally:
        other.close()
        await stop_factdesk(desk.bot, task)


async def test_a_timezone_is_echoed_literally(discord_emulator: DiscordEmulator, engine: Any, tmp_path: Path) -> None:
    emu = discord_emulator
    desk, task = await _start(emu, engine, tmp_path / "data" / "factdesk.db", FakeClock(START))
    try:
        zone = "[click](https://evil.example) **x**"
        reply = await _set(desk, zone=zone)
        assert limits.escape(zone) in reply and "[click](https" not in reply.replace("\\[click](", "")
    finally:
        await stop_factdesk(desk.bot, task)


async def test_status_forgets_a_database_error_once_writes_work_again(
        discord_emulator: DiscordEmulator, engine: Any, tmp_path: Path) -> None:
    emu = discord_emulator
    desk, task = await _start(emu, engine, tmp_path / "data" / "factdesk.db", FakeClock(START))
    try:
        await desk.settle()
        await _set(desk)
        storage = desk.cog.scheduler.storage
        await storage._db.execute("PRAGMA query_only = 1")  # the disk went read-only under us
        await desk.advance_to(NINE_KARACHI + dt.timedelta(minutes=2))
        assert desk.digests(emu.world.facts) == []
        assert "Database:" in await desk.command("status")
        await storage._db.execute("PRAGMA query_only = 0")  # and came back
        await desk.advance_to(NINE_KARACHI + dt.timedelta(minutes=30))
        assert len(desk.digests(emu.world.facts)) == 1
        status = await desk.command("status")
        assert "Database:" not in status and "Last post: 2025-06-01" in status, status
    finally:
        await stop_factdesk(desk.bot, task)


@contextlib.contextmanager
def _unwritable_folder(path: Path) -> Iterator[Any]:
    """A folder the database cannot be created in, that a test can then make writable.

    With mount rights (root in a container), a real tmpfs remounted read-only; otherwise the folder's
    place is taken by a plain file (which also refuses to hold a database, even for root)."""
    path.mkdir(parents=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,ro", "tmpfs", str(path)],
                             capture_output=True).returncode == 0

    def fix() -> None:
        if mounted:
            subprocess.run(["mount", "-o", "remount,rw", str(path)], check=True)
        else:
            path.unlink()
            path.mkdir()

    if not mounted:
        path.rmdir()
        path.write_text("not a folder\n")
    try:
        yield fix
    finally:
        if mounted:
            subprocess.run(["umount", str(path)], check=False)
        elif path.is_file():
            path.unlink()
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)


async def test_started_without_a_writable_database_the_digest_comes_back_when_it_is_fixed(
        discord_emulator: DiscordEmulator, engine: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: only a restart brought the digest back."""
    monkeypatch.setattr(DigestCog, "open_retry_first", 0.05)
    monkeypatch.setattr(DigestCog, "open_retry_max", 0.2)
    emu = discord_emulator
    warm, warm_task = await _start(emu, engine, tmp_path / "warm" / "factdesk.db", FakeClock(START))
    await stop_factdesk(warm.bot, warm_task)  # the commands are registered; the data folder below is read-only
    with _unwritable_folder(tmp_path / "data") as fix:
        desk, task = await _start(emu, engine, tmp_path / "data" / "factdesk.db", FakeClock(START), sync=False)
        try:
            assert desk.bot.storage is None
            assert await desk.command("status") == NO_STORAGE
            fix()
            for _ in range(200):
                if desk.cog.scheduler is not None:
                    break
                await asyncio.sleep(0.05)
            assert desk.cog.scheduler is not None, "the database was never opened again"
            assert desk.bot.storage is not None
            await desk.settle()
            assert "Daily digest on" in await _set(desk)
            await desk.advance_to(NINE_KARACHI + dt.timedelta(minutes=5))
            assert len(desk.digests(emu.world.facts)) == 1
        finally:
            await stop_factdesk(desk.bot, task)
