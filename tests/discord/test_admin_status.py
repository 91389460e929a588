"""`/admin status` end to end: owners only, ephemeral, and the numbers an operator of N processes needs."""

from __future__ import annotations

from pathlib import Path

from bot.config import Settings
from bot.discord.cogs.admin import database_label, process_status
from bot.storage import open_storage

from .conftest import Harness


async def test_status_is_for_owners_and_shows_shards_servers_version_database_and_queue(harness: Harness) -> None:
    world = harness.emu.world
    refused = await harness.slash("admin status", user=world.alice)
    assert "only for the bot's owners" in (await harness.emu.wait_for_response(refused)).content

    allowed = await harness.slash("admin status", user=world.owner)
    response = await harness.emu.wait_for_response(allowed)
    assert response.ephemeral
    text = response.embeds[0]["description"]
    bot = harness.bot
    assert "**Shards** 0 of 1" in text  # the emulator recommends one shard, as Discord does for a small bot
    assert "shard 0: " in text and "1 servers" in text
    assert f"version {bot.engine.base.version}" in text
    assert f"sqlite {bot.settings.database_path}" in text
    assert "**Digest queue** 0 due on these shards (0 across all processes)" in text

    status = await process_status(bot)
    assert status.shard_ids == (0,) and status.servers == {0: 1}


async def test_database_label_never_shows_a_password(tmp_path: Path) -> None:
    settings = Settings(database_url="postgresql://factdesk:hunter2@db.internal:5432/factdesk")
    storage = await open_storage(tmp_path / "open.db")  # the label only asks whether one is open
    try:
        assert database_label(settings, storage) == "postgresql db.internal/factdesk"
        assert database_label(Settings(database_path=tmp_path / "f.db"), storage) == f"sqlite {tmp_path / 'f.db'}"
    finally:
        await storage.close()
    assert database_label(settings, None).startswith("none")
