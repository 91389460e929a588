"""Posting a `Digest` to Discord: the only digest module that imports discord.py.

Two jobs: render the digest as one embed that fits Discord's limits with room to spare, and turn
discord.py's exceptions into the scheduler's small vocabulary — 404 → `ChannelGone`, 403 →
`MissingPermission`, 429/5xx/network → `TransientError`, any other refusal → `Rejected`. discord.py
already retries 429s and some 5xx inside one request; what reaches us has outlived those retries.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

import aiohttp
import discord

from bot.digest.content import Digest, DigestItem
from bot.digest.poster import (
    CannotVerify,
    ChannelGone,
    MissingPermission,
    PostError,
    Rejected,
    TransientError,
)
from bot.discord import limits

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
COLOUR = discord.Colour.blurple()
# Well inside the 4096 description / 6000 total limits: a digest is a glance, not a page.
DESCRIPTION_BUDGET = 3500
ITEM_TEXT = 320
# The recovery scan reads the channel from the start of the server's local day, oldest first, in pages
# of 100; past this many pages it stops and reports that it cannot be sure (CannotVerify).
SCAN_PAGES = 50

# Discord JSON error codes (https://discord.com/developers/docs/topics/opcodes-and-status-codes)
MISSING_ACCESS = 50001


def map_error(error: BaseException) -> PostError:
    """The scheduler's view of a discord.py / network failure."""
    if isinstance(error, PostError):
        return error
    if isinstance(error, discord.RateLimited):
        return TransientError(f"rate limited for {error.retry_after:.0f} s", retry_after=error.retry_after)
    if isinstance(error, discord.NotFound):
        return ChannelGone(f"the channel no longer exists (404, code {error.code})")
    if isinstance(error, discord.Forbidden):
        what = "see" if error.code == MISSING_ACCESS else "post embeds in"
        return MissingPermission(f"the bot may not {what} the channel (403, code {error.code})")
    if isinstance(error, discord.HTTPException):
        if error.status == 429 or error.status >= 500:
            retry_after = None
            if error.response is not None:
                header = error.response.headers.get("Retry-After")
                retry_after = float(header) if header and header.replace(".", "", 1).isdigit() else None
            return TransientError(f"Discord answered {error.status}", retry_after=retry_after)
        return Rejected(f"Discord refused the message ({error.status}, code {error.code}): {error.text[:200]}")
    if isinstance(error, (aiohttp.ClientError, OSError, TimeoutError)):
        return TransientError(f"network error: {type(error).__name__}")
    return TransientError(f"unexpected error: {type(error).__name__}: {error}")


def _escape_label(text: str) -> str:
    return limits.escape(text).replace("[", "(").replace("]", ")")


def _safe_url(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def render_item(item: DigestItem, bullet: bool) -> str:
    """One line: the statement, then its source — a masked link when there is a URL."""
    text = limits.escape(limits.truncate(item.text, ITEM_TEXT))
    label = _escape_label(item.source)
    if item.link and len(item.link) <= limits.URL:
        source = f"[{label}]({_safe_url(item.link)})"
    elif item.article_id:
        source = f"{label} (`{item.article_id}`)"
    else:
        source = label
    return f"{'• ' if bullet else ''}{text} — {source}"


def render_description(digest: Digest, budget: int = DESCRIPTION_BUDGET) -> str:
    """Sections as bold headings with their items, cut (and counted) to stay within `budget`."""
    reserve = 24  # room for a section's "…and N more" line
    blocks: list[str] = []
    used = 0
    for section in digest.sections:
        heading = f"**{section.title}**"
        lines: list[str] = []
        dropped = section.more
        for item in section.items:
            line = render_item(item, bullet=section.key != "fact_of_the_day")
            size = used + len(heading) + sum(len(x) + 1 for x in lines) + len(line) + 1 + reserve
            if size > budget:
                dropped += 1
                continue
            lines.append(line)
        if not lines:  # nothing of this section fits: leave it out rather than show a bare heading
            continue
        if dropped:
            lines.append(f"…and {dropped} more")
        block = "\n".join([heading, *lines])
        blocks.append(block)
        used += len(block) + 2
    return "\n\n".join(blocks)


def render_digest(digest: Digest) -> discord.Embed:
    """The embed that is posted (and shown by /digest preview): title, sections, the day's marker."""
    embed = discord.Embed(
        title=limits.truncate(digest.title, limits.EMBED_TITLE),
        url=digest.marker_url,
        description=render_description(digest),
        colour=COLOUR,
    )
    embed.set_footer(text=digest.marker)
    problems = limits.check_embed(embed)
    if problems:  # a rendering bug: refuse rather than have Discord refuse
        raise Rejected("digest embed exceeds Discord limits: " + "; ".join(problems))
    return embed


def is_digest_message(message: discord.Message, digest: Digest, me: int | None) -> bool:
    """Ours, and carrying this day's marker: the embed link naming server and day, plus the footer.
    A digest posted by a version without the link is recognised by author and footer alone."""
    if me is None or message.author.id != me:
        return False
    for embed in message.embeds:
        if embed.footer.text != digest.marker:
            continue
        if embed.url == digest.marker_url or not embed.url:
            return True
    return False


class DiscordPoster:
    """`Poster` for discord.py: sends to a guild text channel, finds an earlier post by its marker."""

    def __init__(self, client: discord.Client, scan_pages: int = SCAN_PAGES,
                 view_for: Callable[[Digest], discord.ui.View | None] | None = None) -> None:
        self.client = client
        self.scan_pages = scan_pages
        self.view_for = view_for  # the post's buttons ("More about …"), if any

    async def _channel(self, guild_id: int, channel_id: int) -> discord.abc.Messageable:
        channel = self.client.get_channel(channel_id)
        if channel is None:
            try:
                channel = await self.client.fetch_channel(channel_id)
            except (discord.HTTPException, discord.RateLimited) as error:
                raise map_error(error) from error
        if not isinstance(channel, discord.abc.Messageable) or isinstance(channel, discord.abc.PrivateChannel):
            raise ChannelGone("the configured channel is not a server text channel")
        guild = getattr(channel, "guild", None)
        if guild is not None and guild.id != guild_id:
            raise ChannelGone("the configured channel belongs to another server")
        return channel

    async def post(self, guild_id: int, channel_id: int, digest: Digest) -> int:
        embed = render_digest(digest)
        channel = await self._channel(guild_id, channel_id)
        try:
            view = self.view_for(digest) if self.view_for is not None else None
            if view is None:
                message = await channel.send(embed=embed, allowed_mentions=NO_MENTIONS)
            else:
                message = await channel.send(embed=embed, view=view, allowed_mentions=NO_MENTIONS)
        except (discord.HTTPException, discord.RateLimited, aiohttp.ClientError, OSError, TimeoutError) as error:
            raise map_error(error) from error
        return message.id

    async def find_posted(self, guild_id: int, channel_id: int, digest: Digest, since: dt.datetime) -> int | None:
        """Every message since the local day began, oldest first, however busy the channel — up to
        `scan_pages` pages of 100; beyond that, `CannotVerify` rather than a guess."""
        channel = await self._channel(guild_id, channel_id)
        me = self.client.user.id if self.client.user else None
        limit = self.scan_pages * 100
        seen = 0
        try:
            async for message in channel.history(limit=limit, after=since - dt.timedelta(milliseconds=1),
                                                 oldest_first=True):
                seen += 1
                if is_digest_message(message, digest, me):
                    return message.id
        except (discord.HTTPException, discord.RateLimited, aiohttp.ClientError, OSError, TimeoutError) as error:
            raise map_error(error) from error
        if seen >= limit:
            raise CannotVerify(f"the channel has more than {limit:,} messages since the local day began, "
                               "too many to check for a digest already posted; not posting to avoid a second one")
        return None
