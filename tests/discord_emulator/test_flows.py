"""Richer interaction flows of a real discord.py bot against the emulator."""

from __future__ import annotations

import asyncio
from typing import Any

import discord
import pytest
import pytest_asyncio
from discord import app_commands
from discord.ext import commands

from .fixtures import FAST_CLIENT
from .server import DiscordEmulator

NO_MENTIONS = discord.AllowedMentions.none()


class PickView(discord.ui.View):
    @discord.ui.select(custom_id="pick:colour", options=[discord.SelectOption(label=c, value=c)
                                                         for c in ("red", "green", "blue")])
    async def pick(self, interaction: discord.Interaction, select: discord.ui.Select) -> None:
        await interaction.response.edit_message(content=f"picked {select.values[0]}", view=None)


class FeedbackModal(discord.ui.Modal, title="Feedback"):
    text: discord.ui.Label[FeedbackModal] = discord.ui.Label(text="Your feedback", component=discord.ui.TextInput(custom_id="feedback:text"))

    async def on_submit(self, interaction: discord.Interaction) -> None:
        assert isinstance(self.text.component, discord.ui.TextInput)
        await interaction.response.send_message(f"thanks: {self.text.component.value}", ephemeral=True)


class WatchedBot(commands.Bot):
    """A plain discord.py bot that queues what it observed, in order, for the test to read."""

    def __init__(self, intents: discord.Intents) -> None:
        super().__init__(command_prefix="!", intents=intents, **FAST_CLIENT)
        self.seen: asyncio.Queue[Any] = asyncio.Queue()


def make_bot(intents: discord.Intents | None = None) -> WatchedBot:
    bot = WatchedBot(intents or discord.Intents.default())

    @bot.tree.command(name="ask", description="Deferred answer")
    async def ask(interaction: discord.Interaction, question: str) -> None:
        await interaction.response.defer(thinking=True)
        await interaction.followup.send(f"answer to {question}", allowed_mentions=NO_MENTIONS)
        await interaction.edit_original_response(content=f"final answer to {question}")

    @bot.tree.command(name="multi", description="Followups edited and deleted")
    async def multi(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("first", ephemeral=True)
        second = await interaction.followup.send("second", wait=True)
        third = await interaction.followup.send("third", wait=True)
        await second.edit(content="second, edited")
        await third.delete()
        original = await interaction.original_response()
        bot.seen.put_nowait(original)

    @bot.tree.command(name="pick", description="Select menu")
    async def pick(interaction: discord.Interaction) -> None:
        callback = await interaction.response.send_message("choose", view=PickView())
        bot.seen.put_nowait(callback)

    @bot.tree.command(name="feedback", description="Opens a modal")
    async def feedback(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(FeedbackModal())

    @bot.tree.command(name="where", description="Reports the interaction context")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    async def where(interaction: discord.Interaction) -> None:
        ctx = interaction.context
        kind = "guild" if ctx.guild else "dm" if ctx.dm_channel else "private"
        await interaction.response.send_message(f"{kind} {type(interaction.channel).__name__}")

    @bot.tree.error
    async def on_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        bot.seen.put_nowait(getattr(error, "original", error))

    @bot.event
    async def on_message(message: discord.Message) -> None:
        if message.author == bot.user:
            return
        bot.seen.put_nowait(message)
        if isinstance(message.channel, discord.DMChannel):
            await message.channel.send(f"echo: {message.content}", allowed_mentions=NO_MENTIONS)

    return bot


async def seen(bot: WatchedBot, n: int = 1) -> list[Any]:
    return [await asyncio.wait_for(bot.seen.get(), 5) for _ in range(n)]


@pytest_asyncio.fixture
async def bot(discord_emulator: DiscordEmulator, start_bot) -> WatchedBot:
    bot = make_bot()
    await start_bot(bot)
    await bot.tree.sync()
    return bot


@pytest.mark.asyncio
async def test_defer_followup_and_edit_original(discord_emulator: DiscordEmulator, bot: WatchedBot) -> None:
    emu = discord_emulator
    st = await emu.inject_slash("ask", {"question": "why"})
    assert (await emu.wait_for_response(st)).type == 5
    message = await emu.wait_for_message(lambda m: len(m.edits) == 2, interaction=st)
    assert message.source == "deferred" and message.content == "final answer to why"
    assert message.edits[0]["content"] == "answer to why"  # the first followup replaced "thinking…"
    assert not message.data["flags"] & 128 and st.followup_ids == []


@pytest.mark.asyncio
async def test_followups_edit_and_delete(discord_emulator: DiscordEmulator, bot: WatchedBot) -> None:
    emu = discord_emulator
    st = await emu.inject_slash("multi")
    (original,) = await seen(bot)
    first, second, third = [m for m in emu.recorder.messages if m.interaction_id == st.id]
    assert original.id == first.id and first.ephemeral and original.content == "first"
    assert (second.source, second.content, second.deleted) == ("followup", "second, edited", False)
    assert third.deleted and st.followup_ids == [second.id, third.id]


@pytest.mark.asyncio
async def test_select_menu_updates_message(discord_emulator: DiscordEmulator, bot: WatchedBot) -> None:
    emu = discord_emulator
    st = await emu.inject_slash("pick")
    original = await emu.wait_for_message(interaction=st)
    (callback,) = await seen(bot)
    assert isinstance(callback, discord.InteractionCallbackResponse)  # built from ?with_response=1
    assert callback.resource is not None
    assert callback.message_id == original.id and callback.resource.id == original.id
    click = await emu.inject_component("pick:colour", values=["green"])
    assert (await emu.wait_for_response(click)).type == 7
    assert original.content == "picked green" and original.components == []


@pytest.mark.asyncio
async def test_modal_round_trip(discord_emulator: DiscordEmulator, bot: WatchedBot) -> None:
    emu = discord_emulator
    st = await emu.inject_slash("feedback")
    modal = await emu.wait_for_response(st)
    assert modal.type == 9 and modal.body["title"] == "Feedback"
    submit = await emu.inject_modal_submit({"feedback:text": "great bot"})
    answer = await emu.wait_for_response(submit)
    assert answer.content == "thanks: great bot" and answer.body["flags"] == 64


@pytest.mark.asyncio
@pytest.mark.parametrize("where", ["guild", "dm", "private"])
async def test_contexts(discord_emulator: DiscordEmulator, bot: WatchedBot, where: str) -> None:
    emu = discord_emulator
    world = emu.world
    channel = {"guild": world.general, "dm": world.dm_channel(world.alice), "private": world.group_dm}[where]
    st = await emu.inject_slash("where", channel=channel)
    expected = {"guild": "guild TextChannel", "dm": "dm DMChannel", "private": "private GroupChannel"}[where]
    assert (await emu.wait_for_response(st)).content == expected
    owners = st.payload["authorizing_integration_owners"]
    assert owners == {"guild": {"0": str(world.guild.id)}, "dm": {"0": "0"}, "private": {"1": str(world.alice.id)}}[where]


@pytest.mark.asyncio
async def test_dm_conversation(discord_emulator: DiscordEmulator, bot: WatchedBot) -> None:
    emu = discord_emulator
    dm = emu.world.dm_channel(emu.world.alice)
    await emu.inject_message("hello <@123>", channel=dm)
    reply = await emu.wait_for_message(channel=dm)
    assert reply.content == "echo: hello <@123>" and reply.allowed_mentions == {"parse": []}


@pytest.mark.asyncio
async def test_guild_message_content_needs_intent(discord_emulator: DiscordEmulator, bot: WatchedBot) -> None:
    emu = discord_emulator
    await emu.inject_message("secret text")
    await emu.inject_message(f"<@{emu.app_id}> hi")
    messages = await seen(bot, 2)
    assert [m.content for m in messages] == ["", f"<@{emu.app_id}> hi"]  # no MESSAGE_CONTENT intent


@pytest.mark.asyncio
async def test_late_interaction_is_unknown(discord_emulator: DiscordEmulator, bot: WatchedBot) -> None:
    emu = discord_emulator
    st = await emu.inject_slash("where", created_ago=3.5)  # as if the event took 3.5 s to arrive
    (error,) = await seen(bot)
    assert isinstance(error, discord.NotFound) and error.code == 10062
    assert st.late_attempts == 1 and not st.acknowledged


@pytest.mark.asyncio
async def test_followup_token_expires(discord_emulator: DiscordEmulator, bot: WatchedBot) -> None:
    emu = discord_emulator
    st = await emu.inject_slash("where")
    await emu.wait_for_response(st)
    emu.clock.advance(15 * 60 + 1)
    webhook = discord.Webhook.partial(emu.app_id, st.token, client=bot)  # = interaction.followup
    with pytest.raises(discord.HTTPException) as exc:
        await webhook.send("too late", wait=True)
    assert exc.value.status == 401 and exc.value.code == 50027


@pytest.mark.asyncio
async def test_channel_errors(discord_emulator: DiscordEmulator, bot: WatchedBot) -> None:
    emu = discord_emulator
    world = emu.world
    facts = bot.get_channel(int(world.facts["id"]))
    general = bot.get_channel(int(world.general["id"]))
    assert isinstance(facts, discord.TextChannel) and isinstance(general, discord.TextChannel)
    await emu.deny_bot(world.facts)
    with pytest.raises(discord.Forbidden) as forbidden:
        await facts.send("hi")
    assert forbidden.value.code == 50013
    await emu.delete_channel(world.general)
    with pytest.raises(discord.NotFound) as missing:
        await general.send("hi")
    assert missing.value.code == 10003
    world.bob.dms_open = False
    with pytest.raises(discord.Forbidden) as closed:
        await (await bot.fetch_user(world.bob.id)).send("hi")
    assert closed.value.code == 50007
