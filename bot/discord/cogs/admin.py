"""Owner-only commands: reloading the fact base without a restart.

Ownership is checked by user id against OWNER_IDS, or, when that is empty, against the application's
owner (or team members) as Discord reports them. Names and roles are never trusted: anyone can rename
themselves or be given a role called "owner".
"""

from __future__ import annotations

import asyncio
import logging
import signal
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from ...core.paths import data_root
from ...core.validate import Report
from .. import limits
from ..render import COLOUR_ANSWER, COLOUR_ERROR
from ..reply import Reply, answer_interaction

if TYPE_CHECKING:
    from ..client import FactdeskBot

log = logging.getLogger("factdesk.admin")
NOT_OWNER = "This command is only for the bot's owners."


def owner_only() -> app_commands.Check:  # type: ignore[type-arg]
    """A check on the user id (OWNER_IDS, else the application owner/team), never on names or roles."""

    async def predicate(interaction: discord.Interaction) -> bool:
        client = interaction.client
        if isinstance(client, commands.Bot) and await client.is_owner(interaction.user):
            return True
        raise app_commands.CheckFailure(NOT_OWNER)

    return app_commands.check(predicate)


@app_commands.default_permissions(administrator=True)
class Admin(commands.GroupCog, group_name="admin", group_description="Owner-only maintenance"):
    def __init__(self, bot: FactdeskBot) -> None:
        self.bot = bot

    @app_commands.command(name="reload", description="Owner only: reload the fact base from disk")
    @owner_only()
    async def reload(self, interaction: discord.Interaction) -> None:
        engine = self.bot.engine
        await answer_interaction(interaction, lambda: engine.reload(data_root()), self._reply,
                                 defer_after=self.bot.defer_after, ephemeral_defer=True)

    def _reply(self, report: Report) -> Reply:
        if report.errors:
            first = limits.truncate("\n".join(str(p) for p in report.errors[:5]), 1500).replace("`", "'")
            text = (f"Kept the current fact base: the new one has {len(report.errors)} error(s).\n"
                    f"```\n{first}\n```")
            colour = COLOUR_ERROR
        else:
            base = self.bot.engine.base
            text = f"Reloaded: {len(base.articles)} articles, {len(base.facts)} facts (version {base.version})."
            colour = COLOUR_ANSWER
        log.info("fact base reload by an owner: %d errors", len(report.errors))
        embed = discord.Embed(title="Reload", description=limits.truncate(text, 3000), colour=colour)
        return Reply([embed], ephemeral=True)


async def reload_from_signal(bot: FactdeskBot) -> Report:
    """SIGHUP: the same reload as /admin reload, in a thread so the event loop keeps answering."""
    report = await asyncio.to_thread(bot.engine.reload, data_root())
    if report.errors:
        log.error("SIGHUP reload kept the last good fact base: %s", "; ".join(str(p) for p in report.errors[:5]))
    else:
        log.info("SIGHUP reload: fact base version %s", bot.engine.base.version)
    return report


def install_sighup(bot: FactdeskBot) -> bool:
    """Reload on SIGHUP where the platform and loop support it (not on Windows); returns whether installed."""
    sighup = getattr(signal, "SIGHUP", None)
    if sighup is None:
        return False
    loop = asyncio.get_running_loop()
    tasks: set[asyncio.Task[Report]] = set()

    def on_signal() -> None:
        task = loop.create_task(reload_from_signal(bot))
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    try:
        loop.add_signal_handler(sighup, on_signal)
    except (NotImplementedError, RuntimeError, ValueError):
        return False
    return True


async def setup(bot: FactdeskBot) -> None:
    await bot.add_cog(Admin(bot))
    install_sighup(bot)
