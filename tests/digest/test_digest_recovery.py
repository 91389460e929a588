"""Issue 16, items 2 and 3: no second digest after a crash in a busy channel, or after the database is lost.

The real FactdeskBot and discord.py against the loopback emulator, with the scheduler on a FakeClock;
the database is a real SQLite file that a test deletes as an operator would (`rm data/factdesk.db*`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from bot.digest.clock import FakeClock
from bot.discord.sync import sync_commands
from tests.discord.conftest import message_requests_allowing_mentions, start_factdesk, stop_factdesk
from tests.discord_emulator import DiscordEmulator

from .test_discord_e2e import CORPUS_URL, NINE_KARACHI, START, Desk, _set, crash_after_sending

DAY = "2025-06-01"


async def _start(emu: DiscordEmulator, engine: Any, db_dir: Path, clock: FakeClock) -> tuple[Desk, Any]:
    db_dir.mkdir(parents=True, exist_ok=True)
    bot, task = await start_factdesk(emu, engine, db_dir, configure=lambda b: setattr(b, "digest_clock", clock),
                                     corpus_base_url=CORPUS_URL)
    await sync_commands(bot)
    desk = Desk(emu, bot, clock)
    await desk.settle()
    return desk, task


def _history_requests(emu: DiscordEmulator) -> list[Any]:
    return emu.recorder.find_requests("GET", "/channels/{channel_id}/messages")


async def test_a_crash_after_sending_in_a_busy_channel_is_recovered_not_reposted(
        discord_emulator: DiscordEmulator, engine: Any, tmp_path: Path) -> None:
    emu = discord_emulator
    desk, task = await _start(emu, engine, tmp_path / "db", FakeClock(START))
    try:
        await _set(desk)
        message_id = await crash_after_sending(desk)
        for n in range(260):  # readers talk: the digest is now 260 messages back, past any one page
            await emu.inject_message(f"reader message {n}", channel=emu.world.facts, author=emu.world.alice)
        await desk.advance_to(NINE_KARACHI + dt.timedelta(minutes=15))
        assert [m.id for m in desk.digests(emu.world.facts)] == [message_id]
        row = await desk.cog.scheduler.storage.get_post(desk.guild_id, DAY)
        assert (row.status, row.message_id) == ("posted", message_id)
        scans = _history_requests(emu)
        assert scans and all("after" in r.query for r in scans)  # from the day's start, not "the last 50"
    finally:
        await stop_factdesk(desk.bot, task)
    assert message_requests_allowing_mentions(emu) == []


async def test_a_channel_too_busy_to_check_gets_a_clear_status_not_a_second_post(
        discord_emulator: DiscordEmulator, engine: Any, tmp_path: Path) -> None:
    emu = discord_emulator
    desk, task = await _start(emu, engine, tmp_path / "db", FakeClock(START))
    try:
        await _set(desk)
        desk.cog.scheduler.poster.scan_pages = 1  # the bound, made small: 100 messages
        for n in range(150):  # a busy morning before the digest went out
            await emu.inject_message(f"reader message {n}", channel=emu.world.facts, author=emu.world.alice)
        message_id = await crash_after_sending(desk)
        await desk.advance_to(NINE_KARACHI + dt.timedelta(minutes=15))
        assert [m.id for m in desk.digests(emu.world.facts)] == [message_id]  # not posted a second time
        row = await desk.cog.scheduler.storage.get_post(desk.guild_id, DAY)
        assert row.status == "failed" and "more than 100 messages since the local day began" in row.error
        status = await desk.command("status")
        assert "more than 100 messages since the local day began" in status, status
    finally:
        await stop_factdesk(desk.bot, task)


async def test_a_lost_database_does_not_post_a_second_digest_the_same_day(
        discord_emulator: DiscordEmulator, engine: Any, tmp_path: Path) -> None:
    emu = discord_emulator
    clock = FakeClock(START)
    db_dir = tmp_path / "data"
    desk, task = await _start(emu, engine, db_dir, clock)
    try:
        await _set(desk)
        await desk.advance_to(NINE_KARACHI + dt.timedelta(minutes=5))
        [posted] = desk.digests(emu.world.facts)
    finally:
        await stop_factdesk(desk.bot, task)
    for path in db_dir.glob("factdesk.db*"):
        path.unlink()
    assert not list(db_dir.glob("factdesk.db*"))

    desk, task = await _start(emu, engine, db_dir, clock)
    try:
        assert "not set up" in await desk.command("now")  # the database really is empty
        reply = await _set(desk, time="09:30")  # set again the same day, for a time still ahead
        assert "Daily digest on" in reply
        await desk.advance_to(NINE_KARACHI + dt.timedelta(hours=2))
        assert [m.id for m in desk.digests(emu.world.facts)] == [posted.id]
        assert (await desk.command("now")).startswith("Today's digest was already posted")
        row = await desk.cog.scheduler.storage.get_post(desk.guild_id, DAY)
        assert (row.status, row.message_id) == ("posted", posted.id)
        assert [m.id for m in desk.digests(emu.world.facts)] == [posted.id]
    finally:
        await stop_factdesk(desk.bot, task)
    assert message_requests_allowing_mentions(emu) == []


async def test_the_digest_carries_a_machine_marker_beside_its_footer(
        discord_emulator: DiscordEmulator, engine: Any, tmp_path: Path) -> None:
    emu = discord_emulator
    desk, task = await _start(emu, engine, tmp_path / "db", FakeClock(START))
    try:
        await _set(desk)
        await desk.advance_to(NINE_KARACHI + dt.timedelta(minutes=5))
        [posted] = desk.digests(emu.world.facts)
        embed = posted.embeds[0]
        assert embed["url"] == f"https://discord.com/channels/{desk.guild_id}#factdesk-digest-{DAY}"
        assert embed["footer"]["text"] == f"factdesk digest · {DAY}"
    finally:
        await stop_factdesk(desk.bot, task)


def test_only_the_bots_own_message_with_this_days_marker_counts_as_the_digest() -> None:
    from types import SimpleNamespace

    import discord

    from bot.digest.content import Digest as DigestContent
    from bot.discord.cogs.digest import is_digest_message, render_digest

    today = DigestContent(7, dt.date(2025, 6, 1), "Daily digest", (), None, 0)
    other_day = DigestContent(7, dt.date(2025, 5, 31), "Daily digest", (), None, 0)
    other_server = DigestContent(8, dt.date(2025, 6, 1), "Daily digest", (), None, 0)
    me = 42

    def message(author: int, embed: discord.Embed) -> Any:
        return SimpleNamespace(author=SimpleNamespace(id=author), embeds=[embed])

    assert is_digest_message(message(me, render_digest(today)), today, me)
    assert not is_digest_message(message(1234, render_digest(today)), today, me)  # a reader's copy
    assert not is_digest_message(message(me, render_digest(other_day)), today, me)
    assert not is_digest_message(message(me, render_digest(other_server)), today, me)  # same footer, other marker
    footer_only = discord.Embed(title="x").set_footer(text=today.marker)  # posted before the marker link existed
    assert is_digest_message(message(me, footer_only), today, me)
    assert not is_digest_message(message(me, render_digest(today)), today, None)
