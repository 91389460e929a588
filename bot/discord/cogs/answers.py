"""The question commands: /who, /policy, /compare, /ask, /sources, /help.

Each command cleans its input, runs the engine off the event loop (deferring only if that is slow),
and sends the rendered answer once. Autocomplete comes from the core's `suggest`, trimmed here to
Discord's 25 choices and 100-character names/values (discord.py does not trim them).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from .. import limits
from ..render import render_help, render_sources
from ..reply import Reply, answer_interaction, send_interaction
from ..views import Chooser, build_reply, pages_reply

if TYPE_CHECKING:
    from ..client import FactdeskBot

log = logging.getLogger("factdesk.answers")

Name = app_commands.Range[str, 1, limits.NAME_INPUT]
Question = app_commands.Range[str, 1, limits.QUESTION_INPUT]
EMPTY = "Type something to look up: a name, a topic or a year (for example `James Dong` or `budget 2025`)."


class Answers(commands.Cog):
    """Slash commands that answer from the fact base."""

    def __init__(self, bot: FactdeskBot) -> None:
        self.bot = bot

    # -- commands ------------------------------------------------------------------------------------

    @app_commands.command(name="who", description="What the sources say about a person or organisation")
    @app_commands.describe(name="A person or organisation, e.g. James Dong or Alibaba")
    async def who(self, interaction: discord.Interaction, name: Name) -> None:
        await self._answer(interaction, "who", name)

    @app_commands.command(name="policy", description="A policy or topic, optionally with a year")
    @app_commands.describe(topic="A policy or topic, e.g. budget 2025 or e-commerce")
    async def policy(self, interaction: discord.Interaction, topic: Name) -> None:
        await self._answer(interaction, "policy", topic)

    @app_commands.command(name="compare", description="Two years or two names side by side")
    @app_commands.describe(a="A year (2017) or a name", b="A year (2025) or a name")
    async def compare(self, interaction: discord.Interaction, a: Name, b: Name) -> None:
        await self._answer(interaction, "compare", a, b)

    @app_commands.command(name="ask", description="Ask a question; answered only from the sources")
    @app_commands.describe(question="Your question, e.g. How many Pakistanis sell on Alibaba?")
    async def ask(self, interaction: discord.Interaction, question: Question) -> None:
        await self._answer(interaction, "ask", question)

    @app_commands.command(name="sources", description="The news articles every answer comes from")
    async def sources(self, interaction: discord.Interaction) -> None:
        embeds = render_sources(self.bot.engine.base, corpus_base_url=self.bot.settings.corpus_base_url)
        await send_interaction(interaction, pages_reply(self.bot, embeds, interaction.user.id))

    @app_commands.command(name="help", description="How to ask factdesk questions")
    async def help(self, interaction: discord.Interaction) -> None:
        await send_interaction(interaction, Reply([render_help()], ephemeral=True))

    # -- autocomplete --------------------------------------------------------------------------------

    @who.autocomplete("name")
    async def _who_names(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return self._suggest("who", current)

    @policy.autocomplete("topic")
    async def _policy_topics(self, interaction: discord.Interaction, current: str
                             ) -> list[app_commands.Choice[str]]:
        return self._suggest("policy", current)

    @compare.autocomplete("a")
    @compare.autocomplete("b")
    async def _compare_sides(self, interaction: discord.Interaction, current: str
                             ) -> list[app_commands.Choice[str]]:
        return self._suggest("compare", current)

    def _suggest(self, kind: str, current: str) -> list[app_commands.Choice[str]]:
        """≤25 choices with names and values ≤100; an engine failure offers nothing rather than erroring.

        Autocomplete has no way to show an error, and Discord shows "Loading options failed" for an
        exception; an empty list lets the user keep typing and submit the command normally.
        """
        try:
            suggestions = self.bot.engine.suggest(kind, limits.clean_user_text(current)[: limits.NAME_INPUT],
                                                  limits.CHOICES)
        except Exception:
            log.exception("autocomplete for %s failed", kind)
            return []
        choices: list[app_commands.Choice[str]] = []
        seen: set[str] = set()
        for s in suggestions:
            value = s.value[: limits.CHOICE_VALUE]
            name = limits.truncate(s.name or s.value, limits.CHOICE_NAME)
            if not value or not name or value in seen:
                continue
            seen.add(value)
            choices.append(app_commands.Choice(name=name, value=value))
            if len(choices) == limits.CHOICES:
                break
        return choices

    # -- the shared path -----------------------------------------------------------------------------

    async def _answer(self, interaction: discord.Interaction, command: str, *args: str) -> None:
        cleaned = [limits.clean_user_text(a)[: limits.QUESTION_INPUT] for a in args]
        if not all(cleaned):
            await send_interaction(interaction, Reply([_notice(EMPTY)], ephemeral=True))
            return
        engine = self.bot.engine
        method = getattr(engine, command)
        chooser = Chooser(engine, command, *cleaned) if command == "compare" else Chooser(engine, command)
        owner = interaction.user.id
        await answer_interaction(
            interaction,
            lambda: method(*cleaned),
            lambda answer: build_reply(self.bot, answer, owner, chooser),
            defer_after=self.bot.defer_after,
        )


def _notice(text: str) -> discord.Embed:
    return discord.Embed(description=limits.truncate(text, limits.EMBED_DESCRIPTION),
                         colour=discord.Colour.light_grey())


async def setup(bot: FactdeskBot) -> None:
    await bot.add_cog(Answers(bot))
