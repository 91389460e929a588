"""Point discord.py at another Discord API (DISCORD_API_BASE): an emulator in tests, a proxy in staging.

discord.py builds every REST URL from `Route.BASE` (the webhook/interaction adapter imports the same
class), and a non-sharded client connects to `DiscordWebSocket.DEFAULT_GATEWAY` without asking the API
for it. So: set `Route.BASE` before login, and after login ask the configured API for its gateway
(`GET /gateway/bot`, as Discord documents for bots) and use that URL for the first connection and every
fresh (non-resume) reconnect. Resumes use the `resume_gateway_url` from READY, as with real Discord.

These are two class attributes, not patches of discord.py's code,
which matters when several clients run in one test process.
"""

from __future__ import annotations

import logging

import yarl
from discord.gateway import DiscordWebSocket
from discord.http import HTTPClient, Route

from ..config import redact_urls

log = logging.getLogger("factdesk.api_base")

DISCORD_API = "https://discord.com/api/v10"
DISCORD_GATEWAY = yarl.URL("wss://gateway.discord.gg/")


def apply(base: str | None) -> None:
    """Send all REST calls to `base` (None: Discord itself)."""
    Route.BASE = base.rstrip("/") if base else DISCORD_API
    if base:
        log.info("Discord REST API base: %s", redact_urls(Route.BASE))


async def discover_gateway(http: HTTPClient) -> str:
    """Use the gateway the configured API reports. Call after login (the request is authenticated)."""
    _shards, url, _limits = await http.get_bot_gateway()
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
    log.info("Discord gateway: %s", redact_urls(url))
    return url

