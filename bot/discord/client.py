"""`FactdeskBot`: wires settings, the engine, storage and one extension per feature together.

The class does no feature work itself (python-discord/bot's rule): commands live in cogs under
`bot/discord/cogs/`, rendering in `render.py`, buttons in `views.py`. Its dependencies are typed
constructor arguments (discord.py's `advanced_startup` example), not attributes set afterwards:
settings, engine, storage, the digest's clock and the reload bus. What it owns is start-up order:

1. `login` points discord.py at DISCORD_API_BASE (if set) before the first REST call;
2. `setup_hook` takes the gateway URL from that API, opens storage (unless it was given one), loads
   every extension found under `bot/discord/cogs/` (python-discord's `walk_extensions`), and warns
   when the local command tree differs from the last one synced (commands are never synced on start).

The command tree's error handler is installed with `tree_cls=` (as Red's `RedTree` and python-discord
do), so no code assigns `tree.on_error` after the fact.
"""

from __future__ import annotations

import importlib.util
import inspect
import logging
import pkgutil
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from ..config import Settings
from ..core.engine import Engine
from ..storage import Storage, open_storage
from . import api_base, errors
from .reply import DEFER_AFTER, NO_MENTIONS

if TYPE_CHECKING:
    from ..digest.clock import Clock
    from ..storage.notify import ReloadBus

log = logging.getLogger("factdesk.bot")

COGS = "bot.discord.cogs"
OPEN_IN_SETUP: Any = object()  # storage default: the bot opens (and closes) it from its settings
REQUIRED = frozenset({"bot.discord.cogs.answers"})  # without it the bot has no purpose: fail the start


def intents() -> discord.Intents:
    """Only what we use, and nothing privileged: guilds (slash commands), DM and server messages.

    Content of DMs sent to the bot, and of server messages that mention it, is delivered without the
    privileged message-content intent; other server messages arrive with empty content and are ignored.
    """
    wanted = discord.Intents.none()
    wanted.guilds = True
    wanted.dm_messages = True
    wanted.guild_messages = True
    return wanted


def walk_extensions(package: str = COGS) -> Iterator[str]:
    """Every module or package under `package` whose name does not start with "_" (pydis's rule).

    A feature package (a folder with `setup()` in its `__init__`) is one extension; its private
    modules (`_cog.py`, `_render.py`) are not walked into.
    """
    module = importlib.import_module(package)
    for info in pkgutil.iter_modules(module.__path__, prefix=f"{package}."):
        if not info.name.rsplit(".", 1)[-1].startswith("_"):
            yield info.name


class FactdeskTree(app_commands.CommandTree):
    """The command tree with factdesk's error handler: refusals explained, failures get an error id."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        await errors.on_app_command_error(interaction, error)


class FactdeskBot(commands.AutoShardedBot):
    """The Discord bot. `engine`, `storage` and `settings` are what cogs read.

    Always an `AutoShardedBot`, even for one shard: the same code path then runs on a laptop and on N
    machines. SHARD_COUNT/SHARD_IDS pick this process's shards so N processes split the servers
    (Discord routes a server to shard `(guild_id >> 22) % shard_count`); without them discord.py asks
    `GET /gateway/bot` for Discord's recommended count and runs every shard here.
    """

    def __init__(self, settings: Settings, engine: Engine, *, storage: Storage | None = OPEN_IN_SETUP,
                 clock: Clock | None = None, reload_bus: ReloadBus | None = None, check_drift: bool = True,
                 **options: Any) -> None:
        if settings.shard_ids is not None:  # absent, not None: discord.py's type says a list
            options["shard_ids"] = list(settings.shard_ids)
        super().__init__(
            tree_cls=FactdeskTree,
            command_prefix=commands.when_mentioned,  # no text commands; mention-only avoids the intent warning
            intents=intents(),
            help_command=None,
            allowed_mentions=NO_MENTIONS,
            owner_ids=set(settings.owner_ids),
            allowed_contexts=app_commands.AppCommandContext(guild=True, dm_channel=True, private_channel=True),
            allowed_installs=app_commands.AppInstallationType(guild=True, user=True),
            shard_count=settings.shard_count,
            **options,
        )
        self.settings = settings
        self.engine = engine
        # What we open we close; what we are given, the giver closes (discord.py's advanced_startup).
        self._owns_storage = storage is OPEN_IN_SETUP
        self.storage: Storage | None = None if self._owns_storage else storage
        self.digest_clock: Clock | None = clock  # None: the real clock (tests pass a FakeClock)
        self.reload_bus: ReloadBus | None = reload_bus
        self.check_drift = check_drift
        self.defer_after = DEFER_AFTER

    async def login(self, token: str) -> None:
        api_base.apply(self.settings.discord_api_base)
        await super().login(token)

    async def setup_hook(self) -> None:
        if self.settings.discord_api_base:
            await api_base.discover_gateway(self.http)
        if self._owns_storage:
            self.storage = await open_storage_or_none(self.settings)
        for name in walk_extensions():
            try:
                await self.load_extension(name)
            except Exception:
                if name in REQUIRED:
                    raise
                # a broken feature (say the digest) must not keep the answers offline
                log.exception("could not load extension %s; continuing without it", name)
        if self.check_drift:
            from .sync import warn_if_drifted

            warn_if_drifted(self)

    async def on_message(self, message: discord.Message, /) -> None:
        """No text commands: messages are answered by the DM/mention cog's listener, not parsed here."""

    async def on_ready(self) -> None:
        assert self.user is not None
        log.info("ready as %s (id %s) in %d guilds", self.user, self.user.id, len(self.guilds))

    async def close(self) -> None:
        storage, self.storage = self.storage, None
        closer = getattr(storage, "close", None) if self._owns_storage else None
        if closer is not None:
            try:
                result = closer()
                if inspect.isawaitable(result):
                    await result
            except Exception:
                log.exception("closing storage failed")
        await super().close()


async def open_storage_or_none(settings: Settings) -> Storage | None:
    """The configured database, or None when it cannot be opened.

    Answers need no storage, so the bot starts without it; features that do (the digest) check for None.
    """
    try:
        return await open_storage(settings)
    except Exception as exc:  # answers need no storage: stay online, say clearly what is off
        log.error("storage unavailable, features that need it are off: %s", exc)
        return None
