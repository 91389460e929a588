"""The end-to-end harness: the real FactdeskBot (real discord.py client) against the loopback emulator.

The bot is started exactly as `python -m bot run` starts it (settings from the environment the emulator
fixture sets, `FactdeskBot.start(token)`: our `login` points discord.py at DISCORD_API_BASE and our
`setup_hook` takes the gateway from `GET /gateway/bot`). Nothing inside discord.py is patched.

After every test the harness checks the invariants the issue asks for on *all* traffic of that test:
every message sent or edited allows no mentions, Discord (the emulator) rejected nothing, and no
request went to a route Discord does not have.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
import pytest_asyncio

from bot.config import load_settings
from bot.core.engine import Engine
from bot.discord.client import OPEN_IN_SETUP, FactdeskBot
from bot.discord.sync import sync_commands
from tests.discord_emulator import DiscordEmulator, MessageRecord
from tests.discord_emulator.interactions import InteractionState

NO_MENTIONS: dict[str, list[str]] = {"parse": []}


def pings_nobody(allowed: object) -> bool:
    """`{"parse": []}`, optionally with `replied_user: false` (a reply that does not ping its author)."""
    return isinstance(allowed, dict) and allowed.get("parse") == [] and not allowed.get("replied_user") \
        and not allowed.get("users") and not allowed.get("roles")


def assert_apology(shown: str, caplog: pytest.LogCaptureFixture, cause: str) -> None:
    """What the reader saw names an error id and nothing of the cause; the log has that id, with the
    exception that carries the cause."""
    found = re.search(r"error `([0-9a-f]{8})`", shown)
    assert found, f"no error id in {shown!r}"
    records = [r for r in caplog.records if found.group(1) in r.getMessage()]
    assert records and records[0].exc_info and cause in str(records[0].exc_info[1]), caplog.text
    assert cause not in shown  # internals stay in the log


@dataclasses.dataclass
class Harness:
    emu: DiscordEmulator
    bot: FactdeskBot

    async def slash(self, command: str, options: dict[str, Any] | None = None, **kwargs: Any) -> InteractionState:
        return await self.emu.inject_slash(command, options, **kwargs)

    async def answer(self, command: str, options: dict[str, Any] | None = None, **kwargs: Any
                     ) -> tuple[InteractionState, MessageRecord]:
        """Run a command and return the message that answered it (the initial response, fast path)."""
        st = await self.slash(command, options, **kwargs)
        message = await self.emu.wait_for_message(lambda m: m.source == "interaction", interaction=st)
        return st, message

    async def click(self, custom_id: str, **kwargs: Any) -> InteractionState:
        return await self.emu.inject_component(custom_id, **kwargs)

    async def dm(self, text: str, user: Any = None) -> MessageRecord:
        """A user DMs the bot; returns the bot's next message in that DM."""
        user = user or self.emu.world.alice
        channel = self.emu.world.dm_channel(user)
        before = len(self.bot_messages(channel))
        await self.emu.inject_message(text, channel=channel, author=user)
        return await self.next_message(channel, before, f"a DM reply to {text[:40]!r}")

    async def next_message(self, channel: dict[str, Any], before: int, what: str) -> MessageRecord:
        """The bot's first message in `channel` after the `before` it had already sent there."""
        return await self.emu.wait_for(lambda: next(iter(self.bot_messages(channel)[before:]), None), 5.0, what)

    def bot_messages(self, channel: dict[str, Any]) -> list[MessageRecord]:
        return [m for m in self.emu.recorder.messages if m.channel_id == int(channel["id"])]

    def custom_ids(self, message: MessageRecord) -> dict[str, dict[str, Any]]:
        """label (or placeholder) -> component, for the message's buttons and selects."""
        found: dict[str, dict[str, Any]] = {}
        for row in message.components:
            for comp in row.get("components", []):
                found[comp.get("label") or comp.get("placeholder") or comp.get("url")] = comp
        return found


def message_requests_allowing_mentions(emu: DiscordEmulator) -> list[str]:
    """Every request that created or edited a message without `allowed_mentions: {parse: []}`."""
    bad = []
    for r in emu.recorder.requests:
        body = r.body if isinstance(r.body, dict) else {}
        if r.route.endswith("/callback"):
            if body.get("type") in (4, 7) and not pings_nobody((body.get("data") or {}).get("allowed_mentions")):
                bad.append(f"{r.method} {r.path} type {body.get('type')}")
        elif (r.method in ("POST", "PATCH") and r.route.startswith(("/channels/", "/webhooks/"))
              and ("/messages" in r.route or r.route.startswith("/webhooks/"))
              and not pings_nobody(body.get("allowed_mentions"))):
            bad.append(f"{r.method} {r.path}")
    return bad


async def start_factdesk(emu: DiscordEmulator, engine: Engine, tmp_path: Any,
                         configure: Callable[[FactdeskBot], None] | None = None, storage: Any = OPEN_IN_SETUP,
                         **settings_overrides: Any) -> tuple[FactdeskBot, asyncio.Task[None]]:
    settings = load_settings(env_file=None, require_token=True)  # DISCORD_TOKEN/DISCORD_API_BASE from the emulator
    settings = dataclasses.replace(settings, database_path=tmp_path / "factdesk.db", **settings_overrides)
    bot = FactdeskBot(settings, engine, storage=storage, guild_ready_timeout=0.05)
    if configure is not None:
        configure(bot)
    ready = asyncio.Event()

    async def on_ready() -> None:
        ready.set()

    bot.add_listener(on_ready, "on_ready")
    task = asyncio.create_task(bot.start(settings.token()), name="factdesk-under-test")
    waiter = asyncio.create_task(ready.wait())
    done, _ = await asyncio.wait({task, waiter}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
    if waiter not in done:
        waiter.cancel()
        if task in done:
            task.result()
        raise AssertionError("the bot did not become ready")
    return bot, task


async def stop_factdesk(bot: FactdeskBot, task: asyncio.Task[None]) -> None:
    await bot.close()
    await asyncio.wait_for(task, 10)


@pytest_asyncio.fixture
async def harness(discord_emulator: DiscordEmulator, engine: Engine, tmp_path: Any) -> AsyncIterator[Harness]:
    emu = discord_emulator
    bot, task = await start_factdesk(emu, engine, tmp_path)
    await sync_commands(bot)  # registers the commands in the emulator so injected interactions match them
    try:
        yield Harness(emu, bot)
    finally:
        await stop_factdesk(bot, task)
    assert message_requests_allowing_mentions(emu) == []
    assert [(r.method, r.path, r.response) for r in emu.recorder.rejected] == []
    assert [(r.method, r.path) for r in emu.recorder.unhandled] == []
    assert emu.recorder.deprecated == []  # every deferral was finished by editing the original
