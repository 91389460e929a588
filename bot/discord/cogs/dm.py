"""Plain-text questions: in the bot's DMs, and in a channel when the message mentions the bot.

Routed by the core ("who is …", "/policy …", "compare …", a question). Needs no privileged intent:
Discord delivers the content of DMs sent to the bot, and of channel messages that mention it, without
the message-content intent (it needs `dm_messages` / `guild_messages`, which are not privileged).
A mention is answered as a reply to the message; "hi", "thanks" or "help" get a short introduction.

A per-user cooldown keeps one person from flooding the engine. A flood gets exactly one polite note
per cooldown window, never silence (the user would think the bot is down) and never an error.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from ...core.browse import is_greeting, parse_browse
from .. import errors, limits
from ..feedback import record_answer
from ..render import render_intro, render_text
from ..reply import Reply, send_channel
from ..views import build_reply

if TYPE_CHECKING:
    from ..client import FactdeskBot

log = logging.getLogger("factdesk.dm")

RATE = 5  # messages …
PER = 30.0  # … per this many seconds, per user
EMPTY = ("Send me a question as plain text, for example `who is James Dong`, `/policy budget 2025`, "
         "`compare 2017 and 2025` or `How many Pakistanis sell on Alibaba?`")


NOTED_MAX = 1024  # users with a cooldown note in force; ended windows are dropped beyond this


class DirectMessages(commands.Cog):
    def __init__(self, bot: FactdeskBot, *, rate: int = RATE, per: float = PER) -> None:
        self.bot = bot
        self.cooldown = commands.CooldownMapping.from_cooldown(rate, per, commands.BucketType.user)
        self._noted_until: dict[int, float] = {}  # user id -> end of the window we already warned about

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or (self.bot.user is not None and message.author.id == self.bot.user.id):
            return
        reference = None
        if message.guild is not None or not isinstance(message.channel, discord.DMChannel):
            if self.bot.user is None or not any(u.id == self.bot.user.id for u in message.mentions):
                return
            reference = message  # a mention in a channel: answer as a reply to it
        if await self._cooled_down(message):
            return
        try:
            await self._answer(message, reference)
        except Exception as exc:
            error_id = errors.log_error(exc, "DM")
            try:
                await send_channel(message.channel, Reply([render_text("Sorry", errors.apology(error_id))]),
                                   reference)
            except discord.HTTPException:
                log.warning("could not deliver the apology for error %s", error_id)

    async def _cooled_down(self, message: discord.Message) -> bool:
        """True when the user is over the limit; the first such message of a window gets one note."""
        now = time.time()
        retry_after = self.cooldown.update_rate_limit(message, now)
        if retry_after is None:
            return False
        user = message.author.id
        if self._noted_until.get(user, 0.0) > now:
            return True
        if len(self._noted_until) >= NOTED_MAX:  # bounded: forget windows that have ended
            self._noted_until = {u: t for u, t in self._noted_until.items() if t > now}
        self._noted_until[user] = now + retry_after
        seconds = max(1, round(retry_after))
        note = (f"You're sending questions faster than I can answer them. I'll answer again in about "
                f"{seconds} second{'s' if seconds != 1 else ''}; anything sent before then is skipped.")
        await send_channel(message.channel, Reply([render_text("One moment", note)]))
        return True

    def _text(self, message: discord.Message) -> str:
        """The message without the mention of the bot (a mention is how a channel asks)."""
        content = message.content
        if self.bot.user is not None:
            content = re.sub(rf"<@!?{self.bot.user.id}>", " ", content)
        return limits.clean_user_text(content)

    async def _answer(self, message: discord.Message, reference: discord.Message | None = None) -> None:
        text = self._text(message)
        channel = message.channel
        if not text or is_greeting(text):
            if message.attachments and not text:
                await send_channel(channel, Reply([render_text("Ask me something", "I can only read text. " + EMPTY)]),
                                   reference)
                return
            await send_channel(channel, Reply([render_intro(self.bot.engine.base)]), reference)
            return
        if len(text) > limits.QUESTION_INPUT:
            note = (f"That message is {len(text):,} characters long; I answer questions of up to "
                    f"{limits.QUESTION_INPUT}. Please ask something shorter.")
            await send_channel(channel, Reply([render_text("Too long", note)]), reference)
            return
        kind = parse_browse(text)
        engine = self.bot.engine
        answer = await asyncio.to_thread(engine.route if kind is None else engine.browse, text if kind is None else kind)
        await send_channel(channel, build_reply(self.bot, answer, message.author.id), reference)
        await record_answer(self.bot, answer, command=answer.command or "ask", query=text,
                            user_id=message.author.id, guild_id=None)


async def setup(bot: FactdeskBot) -> None:
    await bot.add_cog(DirectMessages(bot))
