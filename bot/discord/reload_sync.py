"""Fact base reloads across bot processes: announce ours, follow the others'.

Why here and not in the admin cog: the cog stays about commands; this is the glue between a reload
(command or SIGHUP) and the `ReloadBus` of the storage backend. With SQLite the bus is a no-op, so a
single-process bot behaves exactly as before.

Each process reloads from its *own* `facts/` (the bus carries no facts) and logs the version it now
serves next to the version the announcing process serves: if a machine's checkout was not updated the
mismatch is in the log and in `/admin status`, instead of two shards silently answering differently.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.paths import data_root
from ..core.validate import Report
from ..storage.notify import LocalReloadBus, ReloadBus, ReloadNotice, reload_bus_for

if TYPE_CHECKING:
    from .client import FactdeskBot

log = logging.getLogger("factdesk.reload")

AfterPeerReload = Callable[[ReloadNotice, Report], None]


async def start_reload_bus(
    bot: FactdeskBot, *, root: Path | None = None, after: AfterPeerReload | None = None
) -> ReloadBus:
    """Create the bus for `bot.storage`, start listening, and keep it as `bot.reload_bus`.

    A bus that cannot connect is logged and replaced by the local no-op: the bot still serves and
    reloads locally; it just does not hear the other processes. `root` (default: `data_root()`) is where
    this process's `facts/` live; `after` is called once a peer-triggered reload finished (tests, metrics).
    """
    bus = getattr(bot, "reload_bus", None) or reload_bus_for(getattr(bot, "storage", None))

    async def on_notice(notice: ReloadNotice) -> None:
        report = await reload_from_peer(bot, notice, root=root)
        if after is not None:
            after(notice, report)

    try:
        await bus.start(on_notice)
    except Exception as error:
        log.error("reload bus unavailable, other processes' reloads will not reach this one: %s", error)
        await bus.close()
        bus = LocalReloadBus(bus.origin)
    bot.reload_bus = bus
    return bus


async def reload_from_peer(bot: FactdeskBot, notice: ReloadNotice, *, root: Path | None = None) -> Report:
    """Another process reloaded: reload from our own facts/ in a thread, and log what we now serve."""
    report: Report = await asyncio.to_thread(bot.engine.reload, root or data_root())
    ours = bot.engine.base.version
    if report.errors:
        log.error("process %s reloaded to version %s; our facts/ has %d error(s), still serving %s",
                  notice.origin, notice.version, len(report.errors), ours)
    elif ours != notice.version:
        log.warning("process %s reloaded to version %s but our facts/ gives version %s: facts/ differ "
                    "between machines", notice.origin, notice.version, ours)
    else:
        log.info("reloaded after process %s: fact base version %s", notice.origin, ours)
    return report


async def announce_reload(bot: FactdeskBot, report: Report) -> None:
    """After a successful local reload, tell the other processes (no-op without a bus or on errors)."""
    bus: ReloadBus | None = getattr(bot, "reload_bus", None)
    if bus is None or report.errors:
        return
    await bus.publish(bot.engine.base.version)


async def stop_reload_bus(bot: FactdeskBot) -> None:
    """Close the bus (cog unload, shutdown). Safe when none was started."""
    bus: ReloadBus | None = getattr(bot, "reload_bus", None)
    bot.reload_bus = None
    if bus is not None:
        await bus.close()
