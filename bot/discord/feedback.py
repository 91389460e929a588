"""👍 / 👎 on answers, and recording what readers could not get answered (the gap log).

The buttons are `discord.ui.DynamicItem`s: everything a click needs (the vote, the command, the answer's
status, the query) is in the custom id, so they keep working after a restart, when the view that sent
them is long gone. 👎 opens an optional "What was wrong?" modal (200 characters). A reader's repeated
clicks on one message count once (the storage dedupes them); nothing stored names a reader.

`add_feedback(view, bot, answer)` is what the answer view calls to put the buttons in its controls row
(`FeedbackButton` is registered with the view's other dynamic items); `record_answer(bot, …)` is what a
route that produced an answer calls to log a not_found.
"""

from __future__ import annotations

import logging
import re
import weakref
from typing import TYPE_CHECKING, Any

import discord

from ..core.answer import Answer
from ..editing.gaps import MAX_REASON, GapLog, clean_query
from ..storage.base import StorageError
from . import limits
from .reply import NO_MENTIONS

if TYPE_CHECKING:
    from .client import FactdeskBot

log = logging.getLogger("factdesk.feedback")

PREFIX = "fdfb"
STATUS_CODES = {"answer": "a", "ambiguous": "m", "not_found": "n"}
STATUS_NAMES = {v: k for k, v in STATUS_CODES.items()}
CUSTOM_ID = 100  # Discord's limit on a component's custom id
THANKS_UP = "Thanks — glad it helped."
THANKS_DOWN = "Thanks — the editors will see this and add what is missing."
ALREADY = "You already rated this answer; thanks."
OFF = "Feedback is not being recorded right now."

_logs: weakref.WeakKeyDictionary[Any, tuple[Any, GapLog]] = weakref.WeakKeyDictionary()


def gap_log(bot: FactdeskBot) -> GapLog:
    """The bot's gap log over its current storage (a new one if storage was reopened)."""
    storage = getattr(bot, "storage", None)
    if storage is None:
        return GapLog(None, enabled=False)
    cached = _logs.get(bot)
    if cached is None or cached[0] is not storage:
        settings = bot.settings
        cached = (storage, GapLog(storage, enabled=getattr(settings, "record_gaps", True),
                                  retention_days=getattr(settings, "gaps_retention_days", 90)))
        _logs[bot] = cached
    return cached[1]


async def record_answer(bot: FactdeskBot, answer: Answer, *, command: str, query: str, user_id: int,
                        guild_id: int | None) -> None:
    """Log a not_found answer; a storage problem is logged and never reaches the reader."""
    try:
        await gap_log(bot).record_answer(answer, command=command, query=query, user_id=user_id, guild_id=guild_id)
    except StorageError as exc:  # busy, full, closed during shutdown: the reader already has the answer
        log.warning("could not record an unanswered question: %s", exc)
    except Exception:
        log.exception("could not record an unanswered question")


def custom_id(vote: str, status: str, command: str, query: str) -> str:
    head = f"{PREFIX}:{vote}:{STATUS_CODES.get(status, 'a')}:{command or 'ask'}:"
    return head + clean_query(query)[: CUSTOM_ID - len(head)]


class FeedbackButton(discord.ui.DynamicItem[discord.ui.Button[Any]],
                     template=re.compile(rf"{PREFIX}:(?P<vote>[ud]):(?P<status>[amn]):(?P<command>[a-z]+):(?P<query>.*)",
                                         re.DOTALL)):
    """One of 👍 / 👎; stateless, so it answers clicks on messages sent before a restart."""

    def __init__(self, vote: str, status: str, command: str, query: str, row: int | None = None) -> None:
        super().__init__(discord.ui.Button(
            emoji="👍" if vote == "u" else "👎", style=discord.ButtonStyle.secondary, row=row,
            custom_id=custom_id(vote, status, command, query)))
        self.vote, self.status, self.command, self.query = vote, status, command, query

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> FeedbackButton:
        return cls(match["vote"], STATUS_NAMES[match["status"]], match["command"], match["query"])

    async def callback(self, interaction: discord.Interaction) -> None:
        bot: Any = interaction.client
        logger = gap_log(bot)
        if not logger.active:
            await _tell(interaction, OFF)
            return
        if self.vote == "d":
            await interaction.response.send_modal(FeedbackModal(self))
            return
        added = await self.record(interaction, "helpful", "")
        await _tell(interaction, THANKS_UP if added else ALREADY)

    async def record(self, interaction: discord.Interaction, kind: str, reason: str) -> bool:
        bot: Any = interaction.client
        message_id = interaction.message.id if interaction.message is not None else interaction.id
        try:
            return await gap_log(bot).record_vote(
                kind, command=self.command, query=self.query, status=self.status, reason=reason,  # type: ignore[arg-type]
                user_id=interaction.user.id, message_id=message_id, guild_id=interaction.guild_id)
        except StorageError as exc:
            log.warning("could not record feedback: %s", exc)
            return True  # the reader did their part; the log line is for us
        except Exception:
            log.exception("could not record feedback")
            return True


class FeedbackModal(discord.ui.Modal, title="What was wrong?"):
    """Optional: a 👎 counts even when the reader writes nothing."""

    reason: discord.ui.TextInput[Any] = discord.ui.TextInput(
        label="What was wrong? (optional)", style=discord.TextStyle.paragraph, required=False,
        max_length=MAX_REASON, custom_id=f"{PREFIX}:reason")

    def __init__(self, button: FeedbackButton) -> None:
        super().__init__(custom_id=f"{PREFIX}:modal")
        self.button = button

    async def on_submit(self, interaction: discord.Interaction) -> None:
        added = await self.button.record(interaction, "unhelpful", limits.clean_user_text(self.reason.value or ""))
        await _tell(interaction, THANKS_DOWN if added else ALREADY)


async def _tell(interaction: discord.Interaction, text: str) -> None:
    embed = discord.Embed(description=text, colour=discord.Colour.light_grey())
    if interaction.response.is_done():
        await interaction.followup.send(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)


def add_feedback(view: discord.ui.View, bot: FactdeskBot, answer: Answer) -> bool:
    """Put 👍 and 👎 in the view's controls row (row 0); when that row has room for one button only
    (Previous, Next, Quotes and a link), 👎 alone — the vote editors act on. Never a new row: answers
    keep at most two rows of components.

    Nothing is added when recording is off or there is no database: a button that cannot record
    would only disappoint. Returns whether anything was added.
    """
    if not gap_log(bot).active or answer.status not in STATUS_CODES:
        return False
    used = sum(item.width for item in view.children if (item.row or 0) == 0)
    room = limits.ROW_WIDTH - used
    if room <= 0:
        return False
    query = answer.query or answer.title
    for vote in ("u", "d")[-room:]:
        view.add_item(FeedbackButton(vote, answer.status, answer.command, query, row=0))
    return True

