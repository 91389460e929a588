"""`python -m bot run` and `python -m bot sync`: configuration errors are one line, never a traceback.

Exit codes: 0 clean stop, 1 invalid fact base, 2 configuration or token problem, 3 Discord refused the
connection for another reason (e.g. privileged intents) or the sync failed.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TextIO

import aiohttp
import discord
from discord.http import Route

from ..config import ConfigError, RedactFilter, Settings, load_settings, redact_urls
from ..core.engine import Engine, InvalidFactBase
from ..core.paths import data_root

log = logging.getLogger("factdesk")

REJECTED = ("error: DISCORD_TOKEN was rejected by Discord (401 Unauthorized); "
            "reset the token on the Developer Portal's Bot page and update .env")


def configure_logging(settings: Settings) -> None:
    """discord.py's standard log format at LOG_LEVEL, with the token redacted from every record."""
    handler = logging.StreamHandler()
    token = settings.discord_token.reveal() if settings.discord_token is not None else ""
    handler.addFilter(RedactFilter(token))  # also scrubs user:password@ from every URL logged
    discord.utils.setup_logging(handler=handler, level=getattr(logging, settings.log_level), root=True)


def _settings(err: TextIO, env_file: Path | None) -> Settings | None:
    try:
        return load_settings(env_file=env_file, require_token=True)
    except ConfigError as exc:
        print(f"error: {exc}", file=err)
        return None


def _engine(err: TextIO, settings: Settings) -> Engine | None:
    """The fact base, from the compiled store under the data folder when the files are unchanged
    (no parsing, no validation), else validated from YAML, parsing only the files the store has not
    seen; the search index is then built in the background while the bot connects."""
    from ..core.store import load_engine

    try:
        engine, hit = load_engine(data_root(), settings.data_dir / "cache")
        if hit:  # read in the background while the bot connects (a /who by name answers meanwhile)
            log.info("fact base unchanged: reading it from the compiled store")
        else:
            log.info("fact base %s loaded", engine.base.version)
        return engine
    except InvalidFactBase as exc:
        print(exc, file=err)
        print("error: fix the fact base (see `python -m bot check`) before starting the bot", file=err)
        return None


def _prepare(err: TextIO, env_file: Path | None) -> tuple[Settings, Engine] | int:
    """Settings and a valid fact base, or exit code 2 (a configuration error: settings or fact base)."""
    settings = _settings(err, env_file)
    if settings is None:
        return 2
    configure_logging(settings)
    engine = _engine(err, settings)
    if engine is None:
        return 2
    return settings, engine


def _drive(main: Callable[[], Coroutine[Any, Any, int]], err: TextIO, *, refused: str) -> int:
    """Run the client; every way Discord can say no becomes one line and an exit code."""
    try:
        return asyncio.run(main())
    except discord.LoginFailure:
        print(REJECTED, file=err)
        return 2
    except discord.PrivilegedIntentsRequired:
        print("error: Discord refused a privileged intent; factdesk needs none, check the code", file=err)
        return 3
    except discord.HTTPException as exc:
        print(f"error: Discord refused the {refused}: {exc.status} {exc.text[:300]}", file=err)
        return 3
    except (aiohttp.ClientError, OSError) as exc:
        print(redact_urls(f"error: cannot reach the Discord API at {Route.BASE}: {type(exc).__name__}: {exc}"),
              file=err)
        return 3
    except KeyboardInterrupt:
        return 0


def run(*, env_file: Path | None = Path(".env"), err: TextIO = sys.stderr) -> int:
    """Start the bot and block until it stops."""
    from .cogs.admin import catch_sighup_until_ready

    catch_sighup_until_ready()  # before the (possibly long) fact base load: a SIGHUP then must not kill us
    prepared = _prepare(err, env_file)
    if isinstance(prepared, int):
        return prepared
    settings, engine = prepared
    from ..digest.clock import TEST_CLOCK_ENV, file_clock_from_environ
    from .client import FactdeskBot, open_storage_or_none

    async def main() -> int:
        """The dependencies are made here and handed to the bot (discord.py's advanced_startup): the
        storage's lifetime is this function's, not the bot's."""
        clock = file_clock_from_environ()
        if clock is not None:  # the multi-process tests steer the digest's time (tests/scale/)
            log.warning("%s is set: the digest runs on a test clock read from %s", TEST_CLOCK_ENV, clock.path)
        storage = await open_storage_or_none(settings)
        try:
            async with FactdeskBot(settings, engine, storage=storage, clock=clock) as bot:
                await bot.start(settings.token())
        finally:
            closer = getattr(storage, "close", None)
            if closer is not None:
                await closer()
        return 0

    return _drive(main, err, refused="connection")


def sync(guild_id: int | None = None, *, dev_guild: bool = False, env_file: Path | None = Path(".env"),
         err: TextIO = sys.stderr, out: TextIO = sys.stdout) -> int:
    """Log in over REST only (no gateway), sync the command tree, record its hash, exit.

    `dev_guild` (`sync --guild` without an id) takes the guild from DEV_GUILD_ID, so the id kept in
    `.env` is the one used.
    """
    prepared = _prepare(err, env_file)
    if isinstance(prepared, int):
        return prepared
    settings, engine = prepared
    if dev_guild:
        if settings.dev_guild_id is None:
            print("factdesk: `sync --guild` without an id needs DEV_GUILD_ID (environment or .env)", file=err)
            return 2
        guild_id = settings.dev_guild_id
    from .client import FactdeskBot
    from .sync import sync_commands

    async def main() -> int:
        async with FactdeskBot(settings, engine, check_drift=False) as bot:
            await bot.login(settings.token())
            synced = await sync_commands(bot, guild_id)
            where = f"guild {guild_id}" if guild_id else "globally (may take a while to appear everywhere)"
            print(f"synced {len(synced)} commands {where}: {', '.join('/' + c.name for c in synced)}", file=out)
            return 0

    return _drive(main, err, refused="sync")
