"""Rendering a digest within Discord's limits, and mapping discord.py errors to the poster's errors."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import aiohttp
import discord
import pytest
from discord.ext import commands
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.digest.content import Digest, DigestItem, DigestSection
from bot.digest.poster import ChannelGone, MissingPermission, Rejected, TransientError
from bot.digest.scheduler import Outcome
from bot.discord import limits
from bot.discord.cogs.digest import NO_STORAGE, describe, map_error, render_description, render_digest
from bot.discord.cogs.digest import Digest as DigestCog

DAY = dt.date(2025, 7, 10)


def _response(status: int, headers: dict[str, str] | None = None) -> SimpleNamespace:
    return SimpleNamespace(status=status, reason="x", headers=headers or {})


def _digest(sections: list[DigestSection]) -> Digest:
    return Digest(1, DAY, "Daily digest — Thursday 10 July 2025", tuple(sections), "f", 0)


def _item(text: str, link: str | None = "https://example.org/a") -> DigestItem:
    return DigestItem(text=text, source="Arab News, 10 Jul 2025", link=link, fact_id="f", article_id="a")


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (discord.NotFound(_response(404), {"code": 10003, "message": "Unknown Channel"}), ChannelGone),
        (discord.Forbidden(_response(403), {"code": 50013, "message": "Missing Permissions"}), MissingPermission),
        (discord.Forbidden(_response(403), {"code": 50001, "message": "Missing Access"}), MissingPermission),
        (discord.HTTPException(_response(429, {"Retry-After": "7"}), {"code": 0, "message": "slow"}),
         TransientError),
        (discord.DiscordServerError(_response(503), {"code": 0, "message": "down"}), TransientError),
        (discord.HTTPException(_response(400), {"code": 50035, "message": "Invalid Form Body"}), Rejected),
        (discord.RateLimited(120.0), TransientError),
        (aiohttp.ClientConnectionError("reset"), TransientError),
        (TimeoutError(), TransientError),
    ],
)
def test_discord_errors_map_to_what_the_scheduler_decides_on(error, kind):
    mapped = map_error(error)
    assert type(mapped) is kind


def test_retry_after_is_carried_over():
    assert map_error(discord.RateLimited(120.0)).retry_after == 120.0
    limited = discord.HTTPException(_response(429, {"Retry-After": "7"}), {"code": 0, "message": "slow"})
    assert map_error(limited).retry_after == 7.0
    assert "10003" in str(map_error(discord.NotFound(_response(404), {"code": 10003, "message": "x"})))


def test_items_link_their_source_and_user_text_cannot_format_or_ping():
    digest = _digest([DigestSection("fact_of_the_day", "Fact of the day", (_item("@everyone **bold** [x](y)"),))])
    text = render_description(digest)
    assert "[Arab News, 10 Jul 2025](https://example.org/a)" in text
    assert "@everyone" not in text.replace("@\u200beveryone", "") and "\\*\\*bold\\*\\*" in text
    assert render_digest(digest).footer.text == "factdesk digest · 2025-07-10"


def test_a_source_without_url_is_named_with_its_id():
    digest = _digest([DigestSection("new", "New in the sources", (_item("x", link=None),))])
    assert "Arab News, 10 Jul 2025 (`a`)" in render_description(digest)


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(st.text(min_size=0, max_size=600), min_size=1, max_size=30),
    more=st.integers(min_value=0, max_value=500),
    link=st.sampled_from([None, "https://example.org/" + "p" * 300, "https://e.org/a b(c)"]),
)
def test_any_digest_fits_discords_limits_with_room_to_spare(texts, more, link):
    sections = [
        DigestSection("fact_of_the_day", "Fact of the day", (_item(texts[0], link),)),
        DigestSection("on_this_day", "On this day", tuple(_item(t, link) for t in texts[1:15]), more),
        DigestSection("new", "New in the sources", tuple(_item(t, link) for t in texts[15:]), more),
    ]
    embed = render_digest(_digest(sections))
    assert limits.check_embed(embed) == []
    assert len(embed.description) <= 3500 and len(embed) < 4000
    assert embed.description.startswith("**Fact of the day**")


def test_describe_has_a_sentence_for_every_outcome():
    for status in ("posted", "recovered", "already_posted", "busy", "retry", "failed", "skipped", "missed",
                   "not_configured"):
        assert describe(Outcome(status, DAY, 5, 6, error="e"), 1)


class _Response:
    def __init__(self) -> None:
        self.sent: list[tuple[str, dict]] = []

    def is_done(self) -> bool:
        return bool(self.sent)

    async def send_message(self, text: str, **kwargs: object) -> None:
        self.sent.append((text, kwargs))


async def test_the_cog_without_storage_loads_quietly_and_says_the_digest_is_unavailable():
    bot = commands.Bot(command_prefix="!", intents=discord.Intents.none())
    bot.storage = None
    await bot.load_extension("bot.discord.cogs.digest")
    cog = bot.get_cog("Digest")
    assert cog.scheduler is None and cog.task is None
    interaction = SimpleNamespace(guild=SimpleNamespace(id=1), user=SimpleNamespace(id=2), response=_Response())
    await cog.status.callback(cog, interaction)
    [(text, kwargs)] = interaction.response.sent
    assert text == NO_STORAGE and kwargs["ephemeral"] is True
    assert kwargs["allowed_mentions"].to_dict() == {"parse": []}
    await bot.unload_extension("bot.discord.cogs.digest")


async def test_the_runtime_check_refuses_members_without_manage_server():
    bot = commands.Bot(command_prefix="!", intents=discord.Intents.none())
    cog = DigestCog(bot)

    def member(manage: bool) -> SimpleNamespace:
        perms = discord.Permissions(manage_guild=manage)
        return SimpleNamespace(guild=SimpleNamespace(id=1), user=SimpleNamespace(guild_permissions=perms))

    assert await cog.interaction_check(member(True)) is True
    with pytest.raises(discord.app_commands.CheckFailure, match="Manage Server"):
        await cog.interaction_check(member(False))
    with pytest.raises(discord.app_commands.CheckFailure):  # a DM, or a user object without permissions
        await cog.interaction_check(SimpleNamespace(guild=None, user=SimpleNamespace()))


async def test_the_cog_starts_its_loop_on_load_and_stops_it_on_unload(tmp_path):
    from bot.digest.clock import FakeClock
    from bot.storage import SQLiteStorage

    bot = commands.Bot(command_prefix="!", intents=discord.Intents.none())
    storage = await SQLiteStorage.open(tmp_path / "cog.db")
    bot.storage = storage
    bot.settings = SimpleNamespace(database_path=tmp_path / "cog.db", digest_catchup_hours=2.0,
                                   corpus_base_url=None)
    bot.digest_clock = FakeClock(dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    await bot.load_extension("bot.discord.cogs.digest")
    cog = bot.get_cog("Digest")
    assert cog.scheduler.catchup == dt.timedelta(hours=2)
    task = cog.task
    assert task is not None and not task.done()
    await bot.unload_extension("bot.discord.cogs.digest")
    assert task.done()
    await storage.close()
