"""Gateway behaviour: login failures, intents, sessions, resume/replay, re-identify."""

from __future__ import annotations

import asyncio

import discord
import pytest

from .fixtures import FAST_CLIENT
from .gateway import MESSAGE_CONTENT
from .redirect import point_discord_at
from .server import DiscordEmulator


class Pinger(discord.Client):
    """Smallest useful client: answers every slash interaction with "pong"."""

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("pong")

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """discord.py sleeps 5 s before every non-initial IDENTIFY; tests skip that."""


@pytest.mark.asyncio
async def test_bad_token_is_login_failure(discord_emulator: DiscordEmulator) -> None:
    client = discord.Client(intents=discord.Intents.none())
    with pytest.raises(discord.LoginFailure):
        await client.login("not-the-token")
    await client.close()
    (record,) = discord_emulator.recorder.find_requests("GET", "/users/@me")
    assert record.status == 401 and record.response == {"message": "401: Unauthorized", "code": 0}


@pytest.mark.asyncio
async def test_client_start_with_known_gateway(discord_emulator: DiscordEmulator) -> None:
    emu = discord_emulator
    restore = point_discord_at(emu.api_base, emu.gateway_url)  # no /gateway/bot round-trip
    client = Pinger(intents=discord.Intents.none(), **FAST_CLIENT)
    task = asyncio.create_task(client.start(emu.token))
    try:
        await asyncio.wait_for(client.wait_until_ready(), 5)
        assert emu.recorder.find_requests("GET", "/gateway/bot") == []
        st = await emu.inject_slash("anything")
        assert (await emu.wait_for_response(st)).content == "pong"
    finally:
        await client.close()
        await asyncio.wait_for(task, 5)
        restore()


@pytest.mark.asyncio
async def test_disallowed_privileged_intent(discord_emulator: DiscordEmulator, start_bot) -> None:
    discord_emulator.gateway.disallowed_intents = MESSAGE_CONTENT
    intents = discord.Intents.default()
    intents.message_content = True
    with pytest.raises(discord.PrivilegedIntentsRequired):
        await start_bot(Pinger(intents=intents, **FAST_CLIENT))


@pytest.mark.asyncio
async def test_members_intent_chunks_guild(discord_emulator: DiscordEmulator, start_bot) -> None:
    emu = discord_emulator
    client = await start_bot(Pinger(intents=discord.Intents(guilds=True, members=True), **FAST_CLIENT))
    guild = client.get_guild(emu.world.guild.id)
    assert guild.chunked and {m.name for m in guild.members} == {"owner", "factdesk", "alice"}
    assert any(p.get("op") == 8 for p in emu.recorder.gateway_received)


@pytest.mark.asyncio
async def test_shard_is_recorded(discord_emulator: DiscordEmulator, start_bot) -> None:
    emu = discord_emulator
    client = await start_bot(Pinger(intents=discord.Intents.default(), shard_id=0, shard_count=1, **FAST_CLIENT))
    identify = next(d for kind, d in emu.recorder.events if kind == "identify")
    assert identify["shard"] == [0, 1] and client.get_guild(emu.world.guild.id) is not None


@pytest.mark.asyncio
async def test_events_during_outage_are_replayed(discord_emulator: DiscordEmulator, start_bot) -> None:
    emu = discord_emulator
    await start_bot(Pinger(intents=discord.Intents.default(), **FAST_CLIENT))
    await emu.gateway.drop(code=4000)
    st = await emu.inject_slash("ping")  # queued on the session, replayed after RESUME
    assert (await emu.wait_for_response(st)).content == "pong"
    assert emu.recorder.event_count("resumed") == 1


@pytest.mark.asyncio
async def test_reconnect_opcode_resumes(discord_emulator: DiscordEmulator, start_bot) -> None:
    emu = discord_emulator
    await start_bot(Pinger(intents=discord.Intents.default(), **FAST_CLIENT))
    await emu.gateway.request_reconnect()
    await emu.wait_for_event("resumed")
    st = await emu.inject_slash("ping")
    assert (await emu.wait_for_response(st)).content == "pong"


@pytest.mark.asyncio
async def test_invalid_session_reidentifies(discord_emulator: DiscordEmulator, start_bot) -> None:
    emu = discord_emulator
    client = await start_bot(Pinger(intents=discord.Intents.default(), **FAST_CLIENT))
    await emu.gateway.invalidate(resumable=False)
    await emu.wait_for_event("identify", count=2)
    st = await emu.inject_slash("ping")
    assert (await emu.wait_for_response(st)).content == "pong"
    assert client.get_guild(emu.world.guild.id) is not None


@pytest.mark.asyncio
async def test_unresumable_session_gets_invalid_session(discord_emulator: DiscordEmulator, start_bot) -> None:
    emu = discord_emulator
    await start_bot(Pinger(intents=discord.Intents.default(), **FAST_CLIENT))
    emu.gateway.resumable = False
    await emu.gateway.drop(code=None)
    await emu.wait_for_event("identify", count=2)
    assert emu.recorder.event_count("invalid_session") == 1
    st = await emu.inject_slash("ping")
    assert (await emu.wait_for_response(st)).content == "pong"


@pytest.mark.asyncio
async def test_uncompressed_gateway(discord_emulator: DiscordEmulator, start_bot) -> None:
    emu = discord_emulator
    emu.gateway.compress = False  # negotiate transport compression off: plain text frames
    await start_bot(Pinger(intents=discord.Intents.default(), **FAST_CLIENT))
    st = await emu.inject_slash("ping")
    assert (await emu.wait_for_response(st)).content == "pong"


@pytest.mark.asyncio
async def test_heartbeats_and_zombie_connection(discord_emulator: DiscordEmulator, start_bot) -> None:
    emu = discord_emulator
    emu.gateway.heartbeat_interval_ms = 20
    await start_bot(Pinger(intents=discord.Intents.default(), heartbeat_timeout=0.3, **FAST_CLIENT))
    await emu.wait_for_event("heartbeat", count=3)  # acknowledged: no reconnect
    assert emu.recorder.event_count("connect") == 1
    emu.gateway.ack_heartbeats = False  # silence: the client gives up on the socket and resumes
    await emu.wait_for_event("resume")
    emu.gateway.ack_heartbeats = True
    await emu.wait_for_event("resumed")
    st = await emu.inject_slash("ping")
    assert (await emu.wait_for_response(st)).content == "pong"
