"""The digest end to end: the real FactdeskBot and discord.py against the loopback Discord emulator.

Time for the scheduler comes from a FakeClock (the cog reads `bot.digest_clock`), so "tomorrow at
09:00" is one `advance_to` away; everything on the wire is real HTTP to the emulator.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest_asyncio

from bot.digest.clock import FakeClock
from bot.digest.scheduler import DigestScheduler
from bot.discord.cogs.digest import NEED_MANAGE_SERVER, DiscordPoster
from bot.discord.sync import sync_commands
from tests.discord.conftest import message_requests_allowing_mentions, start_factdesk, stop_factdesk
from tests.discord_emulator import DiscordEmulator
from tests.discord_emulator.world import SEND_MESSAGES

UTC = dt.UTC
START = dt.datetime(2025, 6, 1, 0, 0, tzinfo=UTC)  # 05:00 in Karachi
NINE_KARACHI = dt.datetime(2025, 6, 1, 4, 0, tzinfo=UTC)
CORPUS_URL = "https://example.org/factdesk"  # makes corpus-only sources clickable


@dataclasses.dataclass
class Desk:
    emu: DiscordEmulator
    bot: Any
    clock: FakeClock

    @property
    def cog(self) -> Any:
        return self.bot.get_cog("Digest")

    @property
    def guild_id(self) -> int:
        return self.emu.world.guild.id

    async def command(self, name: str, options: dict[str, Any] | None = None, user: Any = None) -> str:
        """Run `/digest <name>` and return the text of the (ephemeral) answer."""
        emu = self.emu
        st = await emu.inject_slash(f"digest {name}", options, user=user or emu.world.owner)
        message = await emu.wait_for_message(lambda m: bool(m.content), interaction=st)
        assert message.ephemeral, f"/digest {name} answered publicly"
        return message.content

    async def settle(self) -> None:
        await self.clock.settle([self.cog.task])

    async def advance_to(self, when: dt.datetime) -> None:
        await self.clock.advance_to(when, [self.cog.task])

    def digests(self, channel: dict[str, Any]) -> list[Any]:
        return [m for m in self.emu.recorder.messages
                if m.channel_id == int(channel["id"]) and m.source != "interaction" and m.embeds]


@pytest_asyncio.fixture
async def desk(discord_emulator: DiscordEmulator, engine: Any, tmp_path: Any) -> AsyncIterator[Desk]:
    clock = FakeClock(START)
    bot, task = await start_factdesk(discord_emulator, engine, tmp_path,
                                     configure=lambda b: setattr(b, "digest_clock", clock),
                                     corpus_base_url=CORPUS_URL)
    await sync_commands(bot)
    d = Desk(discord_emulator, bot, clock)
    assert d.cog is not None and d.cog.task is not None, "the digest cog did not start its scheduler"
    await d.settle()
    try:
        yield d
    finally:
        await stop_factdesk(bot, task)
    assert message_requests_allowing_mentions(discord_emulator) == []
    assert [(r.method, r.path) for r in discord_emulator.recorder.unhandled] == []


async def _set(desk: Desk, channel: dict[str, Any] | None = None, time: str = "09:00",
               zone: str = "Asia/Karachi") -> str:
    return await desk.command("set", {"channel": channel or desk.emu.world.facts, "time": time, "timezone": zone})


async def test_admin_sets_checks_previews_and_turns_off_the_digest(desk: Desk) -> None:
    reply = await _set(desk)
    assert "Daily digest on" in reply and "09:00 (Asia/Karachi)" in reply
    assert f"Next post: Sun 1 Jun 2025 09:00 Asia/Karachi — <t:{int(NINE_KARACHI.timestamp())}:F>" in reply
    status = await desk.command("status")
    assert "**on**" in status and f"<#{desk.emu.world.facts['id']}>" in status and "Last post: none yet" in status

    st = await desk.emu.inject_slash("digest preview", user=desk.emu.world.owner)
    preview = await desk.emu.wait_for_message(lambda m: bool(m.embeds), interaction=st)
    assert preview.ephemeral
    assert preview.embeds[0]["title"] == "Daily digest"
    assert "Fact of the day" in preview.embeds[0]["description"]
    assert desk.digests(desk.emu.world.facts) == []  # a preview posts nothing

    assert await desk.command("off") == "Daily digest turned off."
    assert "**off**" in await desk.command("status")
    await desk.advance_to(NINE_KARACHI + dt.timedelta(hours=1))
    assert desk.digests(desk.emu.world.facts) == []


async def test_the_scheduled_digest_is_posted_through_discord_once(desk: Desk) -> None:
    await _set(desk)
    await desk.settle()
    await desk.advance_to(NINE_KARACHI - dt.timedelta(seconds=1))
    assert desk.digests(desk.emu.world.facts) == []
    await desk.advance_to(NINE_KARACHI + dt.timedelta(hours=3))
    [posted] = desk.digests(desk.emu.world.facts)
    embed = posted.embeds[0]
    assert embed["footer"]["text"] == "factdesk digest · 2025-06-01"
    items = [line for line in embed["description"].splitlines() if line and not line.startswith("**")]
    assert items and all(re.search(r" — \[[^\]]+\]\(https?://", line) for line in items), items
    status = await desk.command("status")
    assert f"Last post: 2025-06-01 — https://discord.com/channels/{desk.guild_id}/" in status
    assert str(posted.id) in status


async def test_the_command_is_server_only_and_hidden_from_members_by_default(desk: Desk) -> None:
    [command] = [c for c in desk.emu.global_commands if c["name"] == "digest"]
    assert command["contexts"] == [0] and command["integration_types"] == [0]
    assert int(command["default_member_permissions"]) == 1 << 5  # Manage Server
    assert {o["name"] for o in command["options"]} == {"set", "off", "status", "preview", "now"}


async def test_members_without_manage_server_are_refused(desk: Desk) -> None:
    alice = desk.emu.world.alice
    for name, options in [("set", {"channel": desk.emu.world.facts, "time": "09:00", "timezone": "UTC"}),
                          ("status", None), ("now", None)]:
        assert await desk.command(name, options, user=alice) == NEED_MANAGE_SERVER
    assert await desk.cog.scheduler.storage.get_digest(desk.guild_id) is None


async def test_bad_time_and_zone_get_a_clear_message(desk: Desk) -> None:
    assert "Time must be between 00:00 and 23:59" in await _set(desk, time="25:61")
    assert "HH:MM" in await _set(desk, time="nine")
    assert "Unknown time zone 'Mars/Olympus'" in await _set(desk, zone="Mars/Olympus")
    assert await desk.cog.scheduler.storage.get_digest(desk.guild_id) is None


async def test_timezone_autocomplete_offers_at_most_25_short_names(desk: Desk) -> None:
    st = await desk.emu.inject_autocomplete("digest set", "timezone", {"timezone": "karachi"},
                                            user=desk.emu.world.owner)
    choices = (await desk.emu.wait_for_response(st)).choices
    assert choices[0]["value"] == "Asia/Karachi" and choices[0]["name"] == "Asia/Karachi (UTC+05:00)"
    st = await desk.emu.inject_autocomplete("digest set", "timezone", {"timezone": "a"}, user=desk.emu.world.owner)
    many = (await desk.emu.wait_for_response(st)).choices
    assert len(many) == 25 and all(len(c["name"]) <= 100 for c in many)


async def test_a_channel_the_bot_cannot_post_in_is_refused_at_set_time(desk: Desk) -> None:
    await desk.emu.deny_bot(desk.emu.world.general, SEND_MESSAGES)
    reply = await _set(desk, channel=desk.emu.world.general)
    assert "I can't post in" in reply and "Send Messages" in reply


async def test_a_deleted_channel_is_recorded_not_retried_and_shown(desk: Desk) -> None:
    await _set(desk)
    await desk.emu.delete_channel(desk.emu.world.facts, notify=False)  # the bot's cache still has it
    await desk.advance_to(NINE_KARACHI + dt.timedelta(hours=5))
    # the look for an earlier digest (GET) meets the 404 first; either way: once, not retried
    calls = [r for r in desk.emu.recorder.requests if r.route == "/channels/{channel_id}/messages"]
    assert len(calls) == 1 and calls[0].status == 404 and calls[0].response["code"] == 10003
    status = await desk.command("status")
    assert "Last error: 2025-06-01 — ChannelGone" in status and "10003" in status


async def test_missing_permission_is_recorded_and_shown(desk: Desk) -> None:
    await _set(desk)
    await desk.emu.deny_bot(desk.emu.world.facts, SEND_MESSAGES)
    await desk.advance_to(NINE_KARACHI + dt.timedelta(hours=5))
    posts = [r for r in desk.emu.recorder.requests if r.method == "POST" and r.route == "/channels/{channel_id}/messages"]
    assert len(posts) == 1 and posts[0].status == 403 and posts[0].response["code"] == 50013
    assert "MissingPermission" in await desk.command("status")


async def test_a_429_then_success_posts_once(desk: Desk) -> None:
    await _set(desk)
    fault = desk.emu.faults.rate_limit("/channels/*/messages", times=1, retry_after=0.05, method="POST")
    await desk.advance_to(NINE_KARACHI + dt.timedelta(minutes=1))
    assert fault.hits == 1 and len(desk.digests(desk.emu.world.facts)) == 1


async def test_a_5xx_is_retried_with_backoff_by_the_scheduler_and_posts_once(desk: Desk) -> None:
    await _set(desk)
    # 503 is not retried inside discord.py: our scheduler sees it and retries after its backoff.
    fault = desk.emu.faults.server_error("/channels/*/messages", status=503, times=2, method="POST")
    await desk.advance_to(NINE_KARACHI)
    assert fault.hits == 1 and desk.digests(desk.emu.world.facts) == []
    status = await desk.command("status")
    assert "Next post: Sun 1 Jun 2025 09:01 Asia/Karachi" in status and "503" in status  # the retry
    await desk.advance_to(NINE_KARACHI + dt.timedelta(hours=1))
    assert fault.hits == 2 and len(desk.digests(desk.emu.world.facts)) == 1
    row = await desk.cog.scheduler.storage.get_post(desk.guild_id, "2025-06-01")
    assert (row.status, row.attempts) == ("posted", 3)


async def test_digest_now_posts_once_and_then_says_it_is_out(desk: Desk) -> None:
    assert "not set up" in await desk.command("now")
    await _set(desk)
    first = await desk.command("now")
    assert first.startswith("Posted today's digest: https://discord.com/channels/")
    assert (await desk.command("now")).startswith("Today's digest was already posted")
    await desk.advance_to(NINE_KARACHI + dt.timedelta(hours=1))
    assert len(desk.digests(desk.emu.world.facts)) == 1


async def crash_after_sending(desk: Desk) -> int:
    """A process claims today's digest, sends it, and dies before recording it."""
    storage = desk.cog.scheduler.storage
    dead = DigestScheduler(storage, DiscordPoster(desk.bot), lambda: desk.bot.engine.base, clock=desk.clock,
                           owner="dead-process")
    cfg = await storage.get_digest(desk.guild_id)
    now = int(desk.clock.now().timestamp())
    await storage.claim_digest(desk.guild_id, "2025-06-01", owner="dead-process", now=now, lease_seconds=60,
                               channel_id=cfg.channel_id)
    digest = await dead.build(cfg, dt.date(2025, 6, 1))
    assert digest is not None
    return await DiscordPoster(desk.bot).post(desk.guild_id, cfg.channel_id, digest)


async def test_a_post_made_before_a_crash_is_found_in_the_channel_history(desk: Desk) -> None:
    """Claim + send as a process that then dies; the next holder must find the message, not re-post."""
    await _set(desk)
    storage = desk.cog.scheduler.storage
    message_id = await crash_after_sending(desk)
    await desk.advance_to(NINE_KARACHI + dt.timedelta(minutes=5))
    assert [m.id for m in desk.digests(desk.emu.world.facts)] == [message_id]
    row = await storage.get_post(desk.guild_id, "2025-06-01")
    assert (row.status, row.message_id) == ("posted", message_id)
    assert desk.emu.recorder.find_requests("GET", "/channels/{channel_id}/messages")
