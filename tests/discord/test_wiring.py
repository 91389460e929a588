"""How the bot is put together: extensions found by walking cogs/, the tree's error handler via
`tree_cls`, dependencies passed to the constructor (and storage given is not closed by the bot)."""

from __future__ import annotations

from typing import Any

from bot.core.engine import Engine
from bot.discord.client import FactdeskTree, walk_extensions
from tests.discord_emulator import DiscordEmulator

from .conftest import Harness, start_factdesk, stop_factdesk


def test_every_public_module_under_cogs_is_an_extension() -> None:
    found = set(walk_extensions())
    assert {"bot.discord.cogs.answers", "bot.discord.cogs.dm", "bot.discord.cogs.admin"} <= found
    assert not any(name.rsplit(".", 1)[-1].startswith("_") for name in found)


async def test_the_bot_loads_what_it_walks_and_installs_its_tree(harness: Harness) -> None:
    assert set(harness.bot.extensions) == set(walk_extensions())
    assert isinstance(harness.bot.tree, FactdeskTree)


async def test_given_storage_is_used_and_left_open(discord_emulator: DiscordEmulator, engine: Engine,
                                                  tmp_path: Any) -> None:
    from bot.storage import open_storage

    storage = await open_storage(tmp_path / "given.db")
    try:
        bot, task = await start_factdesk(discord_emulator, engine, tmp_path, storage=storage)
        try:
            # discord.py runs an extension as a fresh module: its cog is no instance of a class imported here
            assert bot.storage is storage and getattr(bot.get_cog("Digest"), "scheduler", None) is not None
        finally:
            await stop_factdesk(bot, task)
        assert await storage.get_post(1, "2025-01-01") is None  # still open: the caller owns it
    finally:
        await storage.close()


def test_the_digest_is_one_feature_package_and_its_core_never_imports_discord() -> None:
    import ast
    from pathlib import Path

    import bot.digest

    assert "bot.discord.cogs.digest" in set(walk_extensions())  # a package, loaded as one extension
    for path in Path(bot.digest.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not {m for m in imported if m == "discord" or m.startswith(("discord.", "bot.discord"))}, path
