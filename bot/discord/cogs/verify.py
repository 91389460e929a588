"""Checking what someone wrote against the sources: `/verify text:` and the message command
"Verify against sources" (right-click a message → Apps).

The result is private to whoever asked: correcting a colleague in public is their choice, made with
the "Share" button, which posts the same result in the channel. Each claim gets its own line with
its mark (✅ supported, ❌ contradicted, ➖ not in the sources), the reason worded relative to the
sources, and the quote that decides it; the articles are listed once at the end.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from ...core.answer import Answer
from ...core.verify import MARKS, MAX_CHARS
from .. import errors, limits
from ..render import source_link
from ..reply import Reply, answer_interaction, edit_from_component, send_interaction
from ..views import OwnedView

if TYPE_CHECKING:
    from ..client import FactdeskBot

MENU_NAME = "Verify against sources"
Statement = app_commands.Range[str, 1, MAX_CHARS]
EMPTY = "There is no text in that message to check."
QUOTE_CHARS = 180  # a deciding quote is shown whole when short, cut at a word when long
ECHO_CHARS = 150  # how much of the checked message is quoted back at the top
COLOURS = {
    "supported": discord.Colour.green(),
    "contradicted": discord.Colour.red(),
    "mixed": discord.Colour.orange(),
    "not_covered": discord.Colour.light_grey(),
}


class Verify(commands.Cog):
    """`/verify` and the "Verify against sources" message command."""

    def __init__(self, bot: FactdeskBot) -> None:
        self.bot = bot
        self.menu = app_commands.ContextMenu(name=MENU_NAME, callback=self.verify_message)

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.menu)
        self.bot.add_dynamic_items(ShareButton)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)
        self.bot.remove_dynamic_items(ShareButton)

    @app_commands.command(name="verify", description="Check a statement against the sources, claim by claim")
    @app_commands.describe(text="What to check, e.g. Dar said mobile broadband reached 60 million people")
    async def verify(self, interaction: discord.Interaction, text: Statement) -> None:
        await self._check(interaction, text)

    async def verify_message(self, interaction: discord.Interaction, message: discord.Message) -> None:
        text = message.content or "\n".join(e.description or "" for e in message.embeds)
        await self._check(interaction, text)

    async def _check(self, interaction: discord.Interaction, text: str) -> None:
        cleaned = "\n".join(filter(None, (limits.clean_user_text(line) for line in text.splitlines())))
        if not cleaned:
            await send_interaction(interaction, Reply([_notice(EMPTY)], ephemeral=True))
            return
        engine = self.bot.engine
        owner = interaction.user.id
        corpus = self.bot.settings.corpus_base_url

        def build(answer: Answer) -> Reply:
            embed = render_verify(answer, cleaned, corpus_base_url=corpus)
            if not answer.claims:  # "lol nice": one line, nothing to share
                return Reply([embed], ephemeral=True)
            return Reply([embed], view=share_view(owner), ephemeral=True)

        await answer_interaction(interaction, lambda: engine.verify(cleaned), build,
                                 defer_after=self.bot.defer_after)


class ShareButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"fd:share:(?P<owner>\d+)"):
    """"Share": whoever asked posts the private result in the channel. Stateless (the result is the
    embed of the message the button sits on), so it works after a restart like every other button."""

    def __init__(self, owner: int, *, shared: bool = False) -> None:
        super().__init__(discord.ui.Button(label="Shared" if shared else "Share", emoji="📣", disabled=shared,
                                           style=discord.ButtonStyle.primary, custom_id=f"fd:share:{owner}"))
        self.owner = owner

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str]) -> ShareButton:
        return cls(int(match["owner"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        if not await OwnedView(self.owner).interaction_check(interaction):
            return
        message = interaction.message
        if message is None or not message.embeds:
            await errors.tell(interaction, "This result can no longer be shared. Please check the message again.")
            return
        embed = message.embeds[0]
        # mark the private copy as shared (an update of the message the button is on), then post
        # the same result as a new, public message
        await edit_from_component(interaction, Reply([embed], view=share_view(self.owner, shared=True)))
        await interaction.followup.send(**Reply([embed]).kwargs())


def share_view(owner: int, *, shared: bool = False) -> OwnedView:
    view = OwnedView(owner)
    view.add_item(ShareButton(owner, shared=shared))
    return view


def render_verify(answer: Answer, checked: str, *, corpus_base_url: str | None = None) -> discord.Embed:
    """One embed: the message quoted briefly, then each claim with its mark, reason and quote."""
    base = answer.base
    assert base is not None
    numbers = answer.citation_numbers()
    echo = limits.escape(limits.truncate(" ".join(checked.split()), ECHO_CHARS))
    blocks = [f"> {echo}"]
    if not answer.claims:
        blocks.append(answer.note or "There is nothing in that message the sources could check.")
    for claim in answer.claims:
        refs = "".join(f"[{numbers[f]}]" for f in claim.fact_ids if f in numbers)
        block = f"{MARKS[claim.verdict]} **{limits.escape(limits.truncate(claim.text, 200))}**"
        reason = claim.reason or ("The sources say so." if claim.verdict == "supported" else "")
        if reason or refs:
            block += f"\n{limits.escape(reason)} {refs}".rstrip()
        if claim.fact_ids:
            quote = base.facts[claim.fact_ids[0]].source.quote
            block += f"\n> “{limits.escape(limits.truncate(quote, QUOTE_CHARS))}”"
        blocks.append(block)
    if answer.claims and answer.note:
        blocks.append(f"*{limits.escape(answer.note)}*")
    description = limits.truncate("\n\n".join(blocks), limits.EMBED_DESCRIPTION)
    embed = discord.Embed(title=limits.truncate(answer.title, limits.EMBED_TITLE), description=description,
                          colour=COLOURS.get(answer.verdict, discord.Colour.light_grey()))
    articles = list(dict.fromkeys(base.facts[f].source.article for f in answer.fact_ids()))
    if articles:
        lines = []
        for article in articles:
            cited = "".join(f"[{numbers[f]}]" for f in answer.fact_ids() if base.facts[f].source.article == article)
            lines.append(f"{cited} {source_link(base.articles[article], corpus_base_url)}")
        embed.add_field(name="Sources", value=limits.truncate("\n".join(lines), limits.FIELD_VALUE), inline=False)
    embed.set_footer(text="✅ supported · ❌ contradicted · ➖ not in the sources")
    return embed


def _notice(text: str) -> discord.Embed:
    return discord.Embed(description=text, colour=discord.Colour.light_grey())


async def setup(bot: FactdeskBot) -> None:
    await bot.add_cog(Verify(bot))
