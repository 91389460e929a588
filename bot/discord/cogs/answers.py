"""The question commands: /who, /policy, /compare, /ask, /browse, /sources, /help.

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

from ...core import commands as registry
from ...core.answer import Answer
from .. import limits
from ..feedback import record_answer
from ..render import render_help, render_sources
from ..reply import Reply, answer_interaction, send_interaction
from ..views import DYNAMIC_ITEMS, build_reply, pages_reply

if TYPE_CHECKING:
    from ..client import FactdeskBot

log = logging.getLogger("factdesk.answers")

Name = app_commands.Range[str, 1, limits.NAME_INPUT]
Question = app_commands.Range[str, 1, limits.QUESTION_INPUT]
EMPTY = "Type something to look up: a name, a topic or a year (for example `James Dong` or `budget 2025`)."
C = registry.COMMANDS
KIND_CHOICES = [app_commands.Choice(name=k, value=k) for k in ("people", "organisations", "topics", "years")]


def _opt(command: str, index: int = 0) -> str:
    return C[command].options[index].help


class Answers(commands.Cog):
    """Slash commands that answer from the fact base; names, help lines and engine calls come from
    the command registry (bot/core/commands.py)."""

    def __init__(self, bot: FactdeskBot) -> None:
        self.bot = bot
        self._command_ids: dict[str, int] = {}

    async def cog_load(self) -> None:
        # Buttons are DynamicItems: registering their patterns is what makes them work after a restart.
        self.bot.add_dynamic_items(*DYNAMIC_ITEMS)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(*DYNAMIC_ITEMS)

    # -- commands ------------------------------------------------------------------------------------

    @app_commands.command(name="who", description=C["who"].help)
    @app_commands.describe(name=_opt("who") + " (leave empty to browse people)")
    async def who(self, interaction: discord.Interaction, name: Name | None = None) -> None:
        if name is None or not limits.clean_user_text(name):
            await self._answer(interaction, "browse", "people")
            return
        await self._answer(interaction, "who", name)

    @app_commands.command(name="policy", description=C["policy"].help)
    @app_commands.describe(topic=_opt("policy"))
    async def policy(self, interaction: discord.Interaction, topic: Name) -> None:
        await self._answer(interaction, "policy", topic)

    @app_commands.command(name="compare", description=C["compare"].help)
    @app_commands.describe(a=_opt("compare", 0), b=_opt("compare", 1))
    async def compare(self, interaction: discord.Interaction, a: Name, b: Name) -> None:
        await self._answer(interaction, "compare", a, b)

    @app_commands.command(name="ask", description=C["ask"].help)
    @app_commands.describe(question=_opt("ask"))
    async def ask(self, interaction: discord.Interaction, question: Question) -> None:
        await self._answer(interaction, "ask", question)

    @app_commands.command(name="browse", description=C["browse"].help)
    @app_commands.describe(kind=_opt("browse"))
    @app_commands.choices(kind=KIND_CHOICES)
    async def browse(self, interaction: discord.Interaction, kind: app_commands.Choice[str] | None = None) -> None:
        await self._answer(interaction, "browse", kind.value if kind else "")

    @app_commands.command(name="sources", description=C["sources"].help)
    async def sources(self, interaction: discord.Interaction) -> None:
        embeds = render_sources(self.bot.engine.base, corpus_base_url=self.bot.settings.corpus_base_url,
                                site_base_url=self.bot.settings.site_base_url)
        await send_interaction(interaction, pages_reply(self.bot, embeds, interaction.user.id))

    @app_commands.command(name="help", description="What factdesk covers and every command, with examples")
    async def help(self, interaction: discord.Interaction) -> None:
        ids = await self.command_ids()
        await send_interaction(interaction, Reply([render_help(self.bot.engine.base, ids)], ephemeral=True))

    async def command_ids(self) -> dict[str, int]:
        """Registered command ids (for clickable `</who:ID>` mentions), fetched once; {} if unavailable."""
        if not self._command_ids:
            try:
                fetched = await self.bot.tree.fetch_commands()
                self._command_ids = {c.name: c.id for c in fetched}
            except discord.HTTPException as exc:
                log.warning("could not fetch command ids for /help: %s", exc)
        return self._command_ids

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
        if command != "browse" and not all(cleaned):
            await send_interaction(interaction, Reply([_notice(EMPTY)], ephemeral=True))
            return
        engine = self.bot.engine
        text = registry.join_args(command, *cleaned)
        owner = interaction.user.id
        produced: list[Answer] = []

        def work() -> Answer:
            produced.append(registry.run(engine, command, text))
            return produced[-1]

        await answer_interaction(
            interaction,
            work,
            lambda answer: build_reply(self.bot, answer, owner),
            defer_after=self.bot.defer_after,
        )
        if produced:  # the gap log: a not_found is what editors should draft next
            await record_answer(self.bot, produced[-1], command=command, query=text,
                                user_id=owner, guild_id=interaction.guild_id)


def _notice(text: str) -> discord.Embed:
    return discord.Embed(description=limits.truncate(text, limits.EMBED_DESCRIPTION),
                         colour=discord.Colour.light_grey())


async def setup(bot: FactdeskBot) -> None:
    await bot.add_cog(Answers(bot))
