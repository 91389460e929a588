"""Sending replies: one place that sets `allowed_mentions`, checks limits and meets the 3 s deadline.

Answers, notices and edits go through `send_interaction`, `send_channel`, `notice` or `edit_*` here,
so three guarantees hold for them without each call site remembering them (the digest poster sends
through its own retrying path, and the 👍/👎 confirmation and verify's Share post set
`allowed_mentions` themselves — the only sends outside this module):

* `allowed_mentions` is always "nothing": even if some text slipped through unescaped, nobody is pinged;
* the message is checked against Discord's limits before it leaves (a violation is a bug: it raises and
  is reported with an error id rather than becoming an opaque 400 from Discord);
* a deferred interaction is finished by editing its original response ("thinking…" becomes the
  answer). A follow-up is only ever a second message: Discord turns a first follow-up into that edit
  only as deprecated backwards compatibility.

`answer_interaction` runs the (synchronous) engine in a worker thread and defers the interaction if the
work has not finished within `defer_after` seconds, so a slow query never misses Discord's 3 s window,
while a fast one (the usual case) is answered in a single response with no "thinking…" flash.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import discord

from . import limits

NO_MENTIONS = discord.AllowedMentions.none()
DEFER_AFTER = 1.5  # seconds: leaves room for gateway latency inside Discord's 3 s window

T = TypeVar("T")


class LimitExceeded(Exception):
    """A reply would break a Discord limit. Raised before sending: it is a rendering bug."""


@dataclass
class Reply:
    embeds: list[discord.Embed] = field(default_factory=list)
    view: discord.ui.View | None = None
    ephemeral: bool = False
    content: str | None = None

    def check(self) -> None:
        problems = limits.check_message(self.content, self.embeds, self.view)
        if problems:
            raise LimitExceeded("; ".join(problems))

    def kwargs(self) -> dict[str, Any]:
        """Keyword arguments shared by send/edit calls (without `ephemeral`, which only sends take)."""
        self.check()
        kwargs: dict[str, Any] = {"embeds": self.embeds, "allowed_mentions": NO_MENTIONS}
        if self.content is not None:
            kwargs["content"] = self.content
        if self.view is not None:
            kwargs["view"] = self.view
        return kwargs


def _finished(interaction: discord.Interaction) -> None:
    interaction.extras["finished"] = True


def is_thinking(interaction: discord.Interaction) -> bool:
    """Deferred with "thinking…" and not yet finished: the next message must edit the original."""
    return (interaction.response.type == discord.InteractionResponseType.deferred_channel_message
            and not interaction.extras.get("finished"))


async def notice(interaction: discord.Interaction, text: str, **kwargs: Any) -> None:
    """The one way to tell the user something short and private, whatever state the interaction is in.

    Not yet answered: an ephemeral response. Deferred with "thinking…": that message is edited into
    the notice. Already answered: an ephemeral follow-up (a second message, which is what it is).
    """
    text = limits.truncate(text, limits.CONTENT)
    if not interaction.response.is_done():
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS, **kwargs)
    elif is_thinking(interaction):
        embeds = [kwargs["embed"]] if kwargs.get("embed") is not None else []
        await interaction.edit_original_response(content=text, embeds=embeds, allowed_mentions=NO_MENTIONS)
        _finished(interaction)
    else:
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS, **kwargs)


async def send_interaction(interaction: discord.Interaction, reply: Reply) -> None:
    """Answer an interaction exactly once: the initial response, or the message after our own defer.

    After a defer the deferred message's visibility is fixed, and the first follow-up or edit replaces
    it. `answer_interaction` therefore defers *ephemerally*: a private reply (not found) simply
    replaces the private "thinking…" message, and a public answer is posted as a second follow-up
    (a new message) after which the private placeholder is deleted. Both paths use only documented
    semantics, so "not found" stays private even when the engine was slow.
    """
    kwargs = reply.kwargs()
    if not interaction.response.is_done():
        await interaction.response.send_message(ephemeral=reply.ephemeral, **kwargs)
        return
    deferred_private = bool(interaction.extras.get("ephemeral_defer"))
    if reply.ephemeral or not deferred_private or not is_thinking(interaction):
        await interaction.edit_original_response(**kwargs)
        _finished(interaction)
        return
    await interaction.edit_original_response(content="Posting the answer…", allowed_mentions=NO_MENTIONS)
    _finished(interaction)
    await interaction.followup.send(**kwargs)  # a second message: the public answer
    await interaction.delete_original_response()


async def send_channel(channel: discord.abc.Messageable, reply: Reply,
                       reference: discord.Message | None = None) -> discord.Message:
    """Send to a channel (DMs). Ephemerality does not exist there, so it is ignored."""
    kwargs = reply.kwargs()
    if reference is not None:
        kwargs["reference"] = reference
        kwargs["mention_author"] = False
    return await channel.send(**kwargs)


async def edit_from_component(interaction: discord.Interaction, reply: Reply) -> None:
    """Replace the message a button/select sits on (page turns, a chosen candidate)."""
    kwargs = reply.kwargs()
    if interaction.response.is_done():
        await interaction.edit_original_response(**kwargs)
    else:
        await interaction.response.edit_message(**kwargs)


async def defer_if_slow(interaction: discord.Interaction, work: Awaitable[T], *, defer_after: float = DEFER_AFTER,
                        update: bool = False, ephemeral: bool = True) -> T:
    """The one home of defer-if-slow: await `work`, acknowledging the interaction only if it has not
    finished after `defer_after` seconds (a fast answer is then sent in one response, no "thinking…").

    `update=True` is for buttons: a deferred *update* keeps the message as it is.
    """
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=defer_after)
    if not done and not interaction.response.is_done():
        if update:
            await interaction.response.defer()
        else:
            interaction.extras["ephemeral_defer"] = ephemeral
            await interaction.response.defer(thinking=True, ephemeral=ephemeral)
    return await task


async def run_or_defer(interaction: discord.Interaction, work: Callable[[], T], *, defer_after: float = DEFER_AFTER,
                       update: bool = False, ephemeral: bool = True) -> T:
    """`defer_if_slow` for synchronous work (the engine), run in a worker thread off the event loop."""
    return await defer_if_slow(interaction, asyncio.to_thread(work), defer_after=defer_after, update=update,
                               ephemeral=ephemeral)


async def answer_interaction(
    interaction: discord.Interaction,
    work: Callable[[], T],
    build: Callable[[T], Reply],
    *,
    defer_after: float = DEFER_AFTER,
    ephemeral_defer: bool = True,
) -> None:
    """Run `work` off the event loop; defer (privately) if it is slow; then send `build(result)` once.

    The choice of defer is recorded in `interaction.extras` (the dict discord.py leaves to us).
    """
    result = await run_or_defer(interaction, work, defer_after=defer_after, ephemeral=ephemeral_defer)
    await send_interaction(interaction, build(result))
