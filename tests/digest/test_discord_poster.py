"""Rendering a digest within Discord's limits, and mapping discord.py errors to the poster's errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import aiohttp
import discord
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import Settings
from bot.core.engine import Engine
from bot.digest.clock import FakeClock
from bot.digest.content import Digest, DigestItem, DigestSection
from bot.digest.poster import ChannelGone, MissingPermission, Rejected, TransientError
from bot.digest.scheduler import Outcome
from bot.discord import limits
from bot.discord.client import FactdeskBot
from bot.discord.cogs.digest import describe, map_error, render_description, render_digest
from bot.storage import SQLiteStorage

from .fakes import make_base

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


def _retry_after(error: BaseException) -> float | None:
    mapped = map_error(error)
    assert isinstance(mapped, TransientError), mapped
    return mapped.retry_after


def test_retry_after_is_carried_over() -> None:
    assert _retry_after(discord.RateLimited(120.0)) == 120.0
    limited = discord.HTTPException(_response(429, {"Retry-After": "7"}), {"code": 0, "message": "slow"})
    assert _retry_after(limited) == 7.0
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
    description = embed.description or ""
    assert limits.check_embed(embed) == []
    assert len(description) <= 3500 and len(embed) < 4000
    assert description.startswith("**Fact of the day**")


def test_describe_has_a_sentence_for_every_outcome():
    for status in ("posted", "recovered", "already_posted", "busy", "retry", "failed", "skipped", "missed",
                   "not_configured"):
        assert describe(Outcome(status, DAY, 5, 6, error="e"), 1)


async def test_the_cog_starts_its_loop_on_load_and_stops_it_on_unload(tmp_path: Path) -> None:
    """Loading and unloading only: a real bot that never connects. (Storage missing at start, and
    members without Manage Server, are end-to-end tests: test_digest_degraded.py, test_discord_e2e.py.)"""
    storage = await SQLiteStorage.open(tmp_path / "cog.db")
    bot = FactdeskBot(Settings(database_path=tmp_path / "cog.db", digest_catchup_hours=2.0), Engine(make_base(3)),
                      storage=storage, clock=FakeClock(dt.datetime(2025, 1, 1, tzinfo=dt.UTC)))
    await bot.load_extension("bot.discord.cogs.digest")
    cog = bot.get_cog("Digest")
    scheduler = getattr(cog, "scheduler", None)  # the extension is its own module: no class to isinstance
    assert scheduler is not None and scheduler.catchup == dt.timedelta(hours=2)
    task = getattr(cog, "task", None)
    assert task is not None and not task.done()
    await bot.unload_extension("bot.discord.cogs.digest")
    assert task.done()
    await storage.close()
