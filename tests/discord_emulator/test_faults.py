"""How discord.py reacts to injected 429s and 5xx on the bot-token REST path (HTTPClient)."""

from __future__ import annotations

import discord
import pytest
import pytest_asyncio

from .fixtures import FAST_CLIENT
from .server import DiscordEmulator


@pytest_asyncio.fixture
async def channel(discord_emulator: DiscordEmulator, start_bot) -> discord.TextChannel:
    client = await start_bot(discord.Client(intents=discord.Intents.default(), **FAST_CLIENT))
    channel = client.get_channel(int(discord_emulator.world.general["id"]))
    assert isinstance(channel, discord.TextChannel)
    return channel


ROUTE = "/channels/{channel_id}/messages"


@pytest.mark.asyncio
@pytest.mark.parametrize("is_global", [False, True])
async def test_429_is_retried(discord_emulator: DiscordEmulator, channel: discord.TextChannel,
                              is_global: bool) -> None:
    emu = discord_emulator
    fault = emu.faults.rate_limit("/channels/*/messages", method="POST", times=2, is_global=is_global)
    message = await channel.send("hello", allowed_mentions=discord.AllowedMentions.none())
    assert [r.status for r in emu.recorder.find_requests("POST", ROUTE)] == [429, 429, 200]
    record = emu.recorder.message(message.id)
    assert fault.hits == 2 and record is not None and record.content == "hello"


@pytest.mark.asyncio
async def test_429_without_via_header_is_not_retried(discord_emulator: DiscordEmulator,
                                                     channel: discord.TextChannel) -> None:
    """discord.py reads a 429 lacking ``Via`` as a Cloudflare ban: HTTPException, no retry."""
    discord_emulator.faults.rate_limit("/channels/*/messages", with_via=False)
    with pytest.raises(discord.HTTPException) as exc:
        await channel.send("hello")
    assert exc.value.status == 429


@pytest.mark.asyncio
async def test_503_is_not_retried_by_http_client(discord_emulator: DiscordEmulator,
                                                 channel: discord.TextChannel) -> None:
    """HTTPClient retries only 500/502/504/524 (sleeping 1 s, 3 s, ...); 503 raises at once.
    (The webhook/interaction adapter, by contrast, retries every status >= 500.)"""
    discord_emulator.faults.server_error("/channels/*/messages", status=503)
    with pytest.raises(discord.DiscordServerError) as exc:
        await channel.send("hello")
    assert exc.value.status == 503
    await channel.send("second try works")
