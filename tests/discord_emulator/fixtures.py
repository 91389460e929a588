"""pytest fixtures for running a real discord.py client against the emulator.

Use them from any test module/conftest with::

    pytest_plugins = ["tests.discord_emulator.fixtures"]      # root conftest only, or
    from tests.discord_emulator.fixtures import discord_emulator, start_bot  # noqa: F401

(``tests/discord_emulator/conftest.py`` already does the latter for the tests in this folder.)

* ``discord_emulator`` -- a started :class:`DiscordEmulator` on 127.0.0.1 (random port), with
  discord.py's ``Route.BASE`` pointed at it and ``DISCORD_API_BASE`` / ``DISCORD_TOKEN`` set
  in the environment; everything is restored afterwards.
* ``start_bot`` -- ``client = await start_bot(client)``: logs ``client`` in against the
  emulator, takes the gateway URL from ``GET /gateway/bot``, connects in a background task
  of the test's event loop and returns once ``on_ready`` fired. Clients are closed at teardown.
  Build clients with ``guild_ready_timeout=0.05`` (see ``FAST_CLIENT``), otherwise discord.py
  waits 2 s after the last GUILD_CREATE before READY.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import discord
import pytest
import pytest_asyncio

from .redirect import point_discord_at, use_gateway_from_api
from .server import DiscordEmulator

FAST_CLIENT: dict[str, Any] = {"guild_ready_timeout": 0.05}

StartBot = Callable[..., Awaitable[Any]]


@pytest_asyncio.fixture
async def discord_emulator(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[DiscordEmulator]:
    emu = DiscordEmulator()
    await emu.start()
    restore = point_discord_at(emu.api_base)
    monkeypatch.setenv("DISCORD_API_BASE", emu.api_base)
    monkeypatch.setenv("DISCORD_TOKEN", emu.token)
    try:
        yield emu
    finally:
        restore()
        await emu.stop()


async def run_client(emu: DiscordEmulator, client: discord.Client, *, token: str | None = None,
                     timeout: float = 10.0) -> asyncio.Task[None]:
    """``Client.start`` split in two so the gateway URL can come from ``/gateway/bot``."""
    await client.login(token or emu.token)  # GET /users/@me, GET /oauth2/applications/@me, setup_hook
    await use_gateway_from_api(client)  # GET /gateway/bot -> DiscordWebSocket.DEFAULT_GATEWAY
    task = asyncio.create_task(client.connect(reconnect=True), name="emulated-discord-client")
    ready = asyncio.create_task(client.wait_until_ready())
    done, _ = await asyncio.wait({task, ready}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    if ready not in done:
        ready.cancel()
        if task in done:
            task.result()  # re-raise why the client stopped
        raise AssertionError(f"client did not become ready within {timeout}s")
    return task


@pytest_asyncio.fixture
async def start_bot(discord_emulator: DiscordEmulator) -> AsyncIterator[StartBot]:
    running: list[tuple[discord.Client, asyncio.Task[None] | None]] = []

    async def _start(client: discord.Client, *, token: str | None = None, timeout: float = 10.0) -> Any:
        try:
            task = await run_client(discord_emulator, client, token=token, timeout=timeout)
        except BaseException:
            await client.close()
            raise
        running.append((client, task))
        return client

    yield _start
    for client, task in running:
        await client.close()
        if task is not None:
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await asyncio.wait_for(task, 5)
