"""The digest post with its one button: "More about <subject>" opens /who or /policy privately.

A subclass of the digest's `DiscordPoster` that only adds the button to what is sent; finding an
earlier post, error mapping and rendering stay in `bot.digest.discord_poster`. The button is a
`DynamicItem` (views.py), so it works on posts made before a restart.
"""

from __future__ import annotations

import aiohttp
import discord

from ..digest.content import Digest
from ..digest.discord_poster import NO_MENTIONS, DiscordPoster, map_error, render_digest
from .views import more_view


class PosterWithMore(DiscordPoster):
    async def post(self, guild_id: int, channel_id: int, digest: Digest) -> int:
        embed = render_digest(digest)
        engine = getattr(self.client, "engine", None)
        view = more_view(engine, digest.fact_id) if engine is not None else None
        channel = await self._channel(guild_id, channel_id)
        try:
            if view is None:
                message = await channel.send(embed=embed, allowed_mentions=NO_MENTIONS)
            else:
                message = await channel.send(embed=embed, view=view, allowed_mentions=NO_MENTIONS)
        except (discord.HTTPException, discord.RateLimited, aiohttp.ClientError, OSError, TimeoutError) as error:
            raise map_error(error) from error
        return message.id
