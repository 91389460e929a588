"""A real discord.py commands.Bot against the loopback emulator."""

from __future__ import annotations

import asyncio

import aiohttp
import discord
import pytest
import pytest_asyncio
from discord import app_commands
from discord.ext import commands

from .fixtures import FAST_CLIENT
from .server import DiscordEmulator

NO_MENTIONS = discord.AllowedMentions.none()


class AgainView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="Again", custom_id="ping:again", style=discord.ButtonStyle.primary)
    async def again(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.send_message("clicked", ephemeral=True, allowed_mentions=NO_MENTIONS)


class ErrorQueueBot(commands.Bot):
    """A plain discord.py bot that queues the errors its command tree raised, for the test to read."""

    def __init__(self) -> None:
        super().__init__(command_prefix="!", intents=discord.Intents.default(), **FAST_CLIENT)
        self.errors: asyncio.Queue[BaseException] = asyncio.Queue()


def make_bot() -> ErrorQueueBot:
    bot = ErrorQueueBot()

    @bot.tree.command(name="ping", description="Answers pong")
    async def ping(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("pong", view=AgainView(), allowed_mentions=NO_MENTIONS)

    @bot.tree.command(name="fact", description="Look up a fact")
    @app_commands.describe(topic="What about")
    async def fact(interaction: discord.Interaction, topic: str) -> None:
        await interaction.response.send_message(f"fact about {topic}", allowed_mentions=NO_MENTIONS)

    @fact.autocomplete("topic")
    async def topic_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=f"{current} {i}", value=f"{current}-{i}") for i in range(3)]

    @bot.tree.command(name="huge", description="Sends an oversized embed")
    async def huge(interaction: discord.Interaction) -> None:
        await interaction.response.send_message(embed=discord.Embed(description="x" * 5000))

    @bot.tree.error
    async def on_tree_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        bot.errors.put_nowait(getattr(error, "original", error))

    return bot


@pytest_asyncio.fixture
async def bot(discord_emulator: DiscordEmulator, start_bot) -> ErrorQueueBot:
    bot = make_bot()
    await start_bot(bot)
    await bot.tree.sync()
    return bot


@pytest.mark.asyncio
async def test_login_ready_guild_create_and_sync(discord_emulator: DiscordEmulator, bot: ErrorQueueBot) -> None:
    emu = discord_emulator
    assert bot.user is not None and bot.user.id == emu.app_id
    guild = bot.get_guild(emu.world.guild.id)
    assert guild is not None and guild.name == "Emulated Guild"
    assert {c.name for c in guild.text_channels} == {"general", "facts"}
    identify = next(d for kind, d in emu.recorder.events if kind == "identify")
    assert identify["intents"] == discord.Intents.default().value
    connect = next(d for kind, d in emu.recorder.events if kind == "connect")
    assert connect["v"] == "10" and connect["encoding"] == "json" and connect["compress"] == "zlib-stream"
    assert [r.route for r in emu.recorder.find_requests("GET")][:3] == [
        "/users/@me", "/oauth2/applications/@me", "/gateway/bot"]
    (scope, commands_), = emu.command_syncs
    assert scope is None and {c["name"] for c in commands_} == {"ping", "fact", "huge"}
    assert emu.recorder.unhandled == []


@pytest.mark.asyncio
async def test_slash_button_and_autocomplete(discord_emulator: DiscordEmulator, bot: ErrorQueueBot) -> None:
    emu = discord_emulator
    st = await emu.inject_slash("ping")
    response = await emu.wait_for_response(st)
    assert response.type == 4 and response.content == "pong"
    message = await emu.wait_for_message(interaction=st)
    assert message.allowed_mentions == {"parse": []}
    assert message.custom_ids() == ["ping:again"]

    click = await emu.inject_component("ping:again")
    clicked = await emu.wait_for_response(click)
    assert clicked.content == "clicked" and clicked.body["flags"] == 64

    ac = await emu.inject_autocomplete("fact", focused="topic", options={"topic": "moon"})
    choices = (await emu.wait_for_response(ac)).choices
    assert [c["value"] for c in choices] == ["moon-0", "moon-1", "moon-2"]


@pytest.mark.asyncio
async def test_reconnects_after_dropped_gateway(discord_emulator: DiscordEmulator, bot: ErrorQueueBot) -> None:
    emu = discord_emulator
    await emu.gateway.drop(code=4000)
    await emu.wait_for_event("resumed")
    st = await emu.inject_slash("ping")
    assert (await emu.wait_for_response(st)).content == "pong"

    await emu.gateway.drop(code=None)  # abrupt: no close frame
    await emu.wait_for_event("resumed", count=2)
    st = await emu.inject_slash("ping")
    assert (await emu.wait_for_response(st)).content == "pong"


@pytest.mark.asyncio
async def test_survives_429_and_500_on_callback(discord_emulator: DiscordEmulator, bot: ErrorQueueBot) -> None:
    emu = discord_emulator
    route = "/interactions/{interaction_id}/{token}/callback"
    emu.faults.rate_limit("/interactions/*/callback", retry_after=0.05)
    st = await emu.inject_slash("ping")
    assert (await emu.wait_for_response(st)).content == "pong"
    assert [r.status for r in emu.recorder.find_requests("POST", route)] == [429, 200]

    emu.faults.server_error("/interactions/*/callback", status=500)
    st = await emu.inject_slash("ping")
    assert (await emu.wait_for_response(st)).content == "pong"
    assert [r.status for r in emu.recorder.find_requests("POST", route)] == [429, 200, 500, 200]


@pytest.mark.asyncio
async def test_rejects_oversized_embed_and_second_ack(discord_emulator: DiscordEmulator, bot: ErrorQueueBot) -> None:
    emu = discord_emulator
    st = await emu.inject_slash("huge")
    rejected = await emu.wait_for(lambda: emu.recorder.rejected or None)
    assert rejected[0].status == 400
    assert rejected[0].response["code"] == 50035
    assert rejected[0].response["errors"]["data"]["embeds"]["0"]["description"]["_errors"][0]["code"] == \
        "BASE_TYPE_MAX_LENGTH"
    error = await asyncio.wait_for(bot.errors.get(), 5)
    assert isinstance(error, discord.HTTPException) and error.code == 50035
    assert emu.recorder.responses_for(st.id) == []

    st = await emu.inject_slash("ping")
    await emu.wait_for_response(st)
    async with aiohttp.ClientSession() as http:
        url = f"{emu.api_base}/interactions/{st.id}/{st.token}/callback"
        async with http.post(url, json={"type": 4, "data": {"content": "again"}}) as resp:
            assert resp.status == 400
            assert (await resp.json())["code"] == 40060
