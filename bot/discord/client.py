"""`FactdeskBot`: wires settings, the engine, storage and one extension per feature together.

The class does no feature work itself (python-discord/bot's rule): commands live in cogs under
`bot/discord/cogs/`, rendering in `render.py`, buttons in `views.py`. What it owns is start-up order:

1. `login` points discord.py at DISCORD_API_BASE (if set) before the first REST call;
2. `setup_hook` takes the gateway URL from that API, opens storage, loads the extensions, and warns
   when the local command tree differs from the last one synced (commands are never synced on start).
"""

from __future__ import annotations

import importlib.util
import inspect
import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from ..config import Settings
from ..core.engine import Engine
from . import api_base, errors
from .reply import DEFER_AFTER, NO_MENTIONS

log = logging.getLogger("factdesk.bot")

EXTENSIONS = (
    "bot.discord.cogs.answers",
    "bot.discord.cogs.dm",
    "bot.discord.cogs.admin",
)
OPTIONAL_EXTENSIONS = ("bot.discord.cogs.digest",)  # written separately; loaded when present
VIEW_TIMEOUT = 600.0  # seconds; below the 15 min interaction-token lifetime so the disabling edit works


def intents() -> discord.Intents:
    """Only what we use, and nothing privileged: guilds (for slash commands) and DM messages.

    Message content of DMs sent to the bot is delivered without the privileged message-content intent.
    """
    wanted = discord.Intents.none()
    wanted.guilds = True
    wanted.dm_messages = True
    return wanted


class FactdeskBot(commands.AutoShardedBot):
    """The Discord bot. `engine`, `storage` and `settings` are what cogs read.

    Always an `AutoShardedBot`, even for one shard: the same code path then runs on a laptop and on N
    machines. SHARD_COUNT/SHARD_IDS pick this process's shards so N processes split the servers
    (Discord routes a server to shard `(guild_id >> 22) % shard_count`); without them discord.py asks
    `GET /gateway/bot` for Discord's recommended count and runs every shard here.
    """

    def __init__(self, settings: Settings, engine: Engine, *, check_drift: bool = True, **options: Any) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,  # no text commands; mention-only avoids the intent warning
            intents=intents(),
            help_command=None,
            allowed_mentions=NO_MENTIONS,
            owner_ids=set(settings.owner_ids),
            allowed_contexts=app_commands.AppCommandContext(guild=True, dm_channel=True, private_channel=True),
            allowed_installs=app_commands.AppInstallationType(guild=True, user=True),
            shard_count=settings.shard_count,
            shard_ids=list(settings.shard_ids) if settings.shard_ids is not None else None,
            **options,
        )
        self.settings = settings
        self.engine = engine
        self.storage: Any = None
        self.check_drift = check_drift
        self.view_timeout = VIEW_TIMEOUT
        self.defer_after = DEFER_AFTER
        self.tree.on_error = errors.on_app_command_error  # type: ignore[method-assign]

    async def login(self, token: str) -> None:
        api_base.apply(self.settings.discord_api_base)
        await super().login(token)

    async def setup_hook(self) -> None:
        if self.settings.discord_api_base:
            await api_base.discover_gateway(self.http)
        self.storage = await _open_storage(self.settings)
        for name in EXTENSIONS:
            await self.load_extension(name)
        for name in OPTIONAL_EXTENSIONS:
            if _module_exists(name):
                try:
                    await self.load_extension(name)
                except Exception:  # a broken optional feature must not keep the answers offline
                    log.exception("could not load optional extension %s; continuing without it", name)
        if self.check_drift:
            from .sync import warn_if_drifted

            warn_if_drifted(self)

    async def on_ready(self) -> None:
        assert self.user is not None
        log.info("ready as %s (id %s) in %d guilds", self.user, self.user.id, len(self.guilds))

    async def close(self) -> None:
        storage, self.storage = self.storage, None
        closer = getattr(storage, "close", None)
        if closer is not None:
            try:
                result = closer()
                if inspect.isawaitable(result):
                    await result
            except Exception:
                log.exception("closing storage failed")
        await super().close()


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


async def _open_storage(settings: Settings) -> Any:
    """Storage from `bot.storage.open_storage(settings)`, or None while that package does not exist.

    Answers need no storage, so the bot starts without it; features that do (the digest) check for None.
    """
    if not _module_exists("bot.storage"):
        log.info("no storage package: starting without storage")
        return None
    from .. import storage as storage_pkg  # type: ignore[attr-defined]

    opener = getattr(storage_pkg, "open_storage", None)
    if opener is None:
        log.warning("bot.storage has no open_storage(); starting without storage")
        return None
    try:
        result = opener(settings)
        return await result if inspect.isawaitable(result) else result
    except Exception as exc:  # answers need no storage: stay online, say clearly what is off
        log.error("storage unavailable, features that need it are off: %s", exc)
        return None
