"""Failures the user sees as one short apology with an error id; the log has the traceback and the id.

The id is what a user quotes to the bot's owner and what the owner greps for in the log, so the two
always appear together. Expected refusals (owner-only commands, cooldowns) are not errors: they get
their own plain message and no traceback.
"""

from __future__ import annotations

import logging
import secrets

import discord
from discord import app_commands

from .reply import notice

log = logging.getLogger("factdesk.errors")


def new_error_id() -> str:
    """8 hex characters: short enough to read out, unique enough for one bot's log."""
    return secrets.token_hex(4)


def apology(error_id: str) -> str:
    return f"Sorry, something went wrong on my side. It has been logged as error `{error_id}`."


def log_error(error: BaseException, where: str) -> str:
    """Log `error` with its traceback under a fresh id; return the id."""
    error_id = new_error_id()
    log.error("error %s in %s: %s", error_id, where, type(error).__name__,
              exc_info=(type(error), error, error.__traceback__))
    return error_id


async def tell(interaction: discord.Interaction, text: str) -> None:
    """An ephemeral short notice that works whether or not the interaction was already answered."""
    try:
        await notice(interaction, text)
    except discord.HTTPException:
        # The interaction may have expired (15 min) or been deleted: nothing left to tell.
        log.warning("could not deliver a notice for interaction %s", interaction.id)


async def report(interaction: discord.Interaction, error: BaseException, where: str) -> str:
    """Log with an id and apologise to the user; returns the id."""
    error_id = log_error(error, where)
    await tell(interaction, apology(error_id))
    return error_id


async def on_app_command_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
    """The command tree's error handler: refusals are explained, everything else gets an error id."""
    if isinstance(error, app_commands.CheckFailure):
        await tell(interaction, str(error) or "You can't use this command here.")
        return
    original = getattr(error, "original", error)
    name = interaction.command.qualified_name if interaction.command else "interaction"
    await report(interaction, original, f"/{name}")
