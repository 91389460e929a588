"""Shards: IDENTIFY with [shard_id, shard_count] gets only that shard's guilds, and a guild's events go
to the connection of its shard, with one connection per shard open at once (as from N processes)."""

from __future__ import annotations

import discord
import pytest

from .fixtures import FAST_CLIENT
from .server import DiscordEmulator


class Recorder(discord.Client):
    """Notes the guild of every interaction it receives, and answers it."""

    seen: list[int]

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        self.seen.append(interaction.guild_id or 0)
        await interaction.response.send_message(f"shard {interaction.guild.shard_id if interaction.guild else '-'}")


@pytest.mark.asyncio
async def test_two_shards_split_the_guilds_and_their_events(discord_emulator: DiscordEmulator, start_bot) -> None:
    emu = discord_emulator
    made = emu.world.add_guilds(6, emu.world.owner, shard_count=2)
    assert [emu.shard_of(g.id, 2) for g, _ in made] == [0, 1, 0, 1, 0, 1]
    clients = []
    for shard_id in (0, 1):
        client = Recorder(intents=discord.Intents.default(), shard_id=shard_id, shard_count=2, **FAST_CLIENT)
        client.seen = []
        clients.append(await start_bot(client))
    await emu.wait_for_shards([(0, 2), (1, 2)])
    for shard_id, client in enumerate(clients):
        expected = {g for g in emu.world.guilds if emu.shard_of(g, 2) == shard_id}
        assert {g.id for g in client.guilds} == expected
        ready = next(s for s in emu.gateway.sessions.values() if s.shard == (shard_id, 2)).backlog[0]
        assert ready["t"] == "READY" and ready["d"]["shard"] == [shard_id, 2]

    for guild, channel in made[:2]:
        st = await emu.inject_slash("ping", channel=channel, user=emu.world.owner)
        reply = await emu.wait_for_response(st)
        assert reply.content == f"shard {emu.shard_of(guild.id, 2)}"
    assert clients[0].seen == [made[0][0].id] and clients[1].seen == [made[1][0].id]
