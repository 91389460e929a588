"""Owner-only commands: reloading the fact base without a restart, and `/admin status` (this process's
shards, their latency and servers, the fact base version, the database and the digest queue).

Ownership is checked by user id against OWNER_IDS, or, when that is empty, against the application's
owner (or team members) as Discord reports them. Names and roles are never trusted: anyone can rename
themselves or be given a role called "owner".
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import math
import signal
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import urlsplit

import discord
from discord import app_commands
from discord.ext import commands

from ...core.paths import data_root
from ...core.problems import Problem, Report
from ...editing.gaps import read_groups
from ...editing.gaps import render_text as gaps_text
from ...storage.base import StorageError
from .. import limits
from ..reload_sync import announce_reload, start_reload_bus, stop_reload_bus
from ..render import COLOUR_ANSWER, COLOUR_ERROR
from ..reply import Reply, answer_interaction, defer_if_slow, send_interaction

if TYPE_CHECKING:
    from ...config import Settings
    from ...storage.base import Storage
    from ..client import FactdeskBot

T = TypeVar("T")

log = logging.getLogger("factdesk.admin")
NOT_OWNER = "This command is only for the bot's owners."


def owner_only() -> Callable[[T], T]:
    """A check on the user id (OWNER_IDS, else the application owner/team), never on names or roles."""

    async def predicate(interaction: discord.Interaction) -> bool:
        client = interaction.client
        # BotBase, not Bot: FactdeskBot is an AutoShardedBot, which is not a subclass of commands.Bot.
        if isinstance(client, commands.bot.BotBase) and await client.is_owner(interaction.user):
            return True
        raise app_commands.CheckFailure(NOT_OWNER)

    return app_commands.check(predicate)


@app_commands.default_permissions(administrator=True)
class Admin(commands.GroupCog, group_name="admin", group_description="Owner-only maintenance"):
    def __init__(self, bot: FactdeskBot) -> None:
        self.bot = bot

    @app_commands.command(name="reload", description="Owner only: reload the fact base from disk")
    @owner_only()
    async def reload(self, interaction: discord.Interaction) -> None:
        engine = self.bot.engine
        reports: list[Report] = []

        def work() -> Report:
            reports.append(engine.reload(data_root()))
            return reports[-1]

        await answer_interaction(interaction, work, self._reply,
                                 defer_after=self.bot.defer_after, ephemeral_defer=True)
        if reports:  # tell the other processes (PostgreSQL LISTEN/NOTIFY); they reload their own facts/
            await announce_reload(self.bot, reports[-1])

    async def cog_unload(self) -> None:
        await stop_reload_bus(self.bot)

    @app_commands.command(name="status", description="Owner only: shards, latency, servers, fact base, database, digest queue")
    @owner_only()
    async def status(self, interaction: discord.Interaction) -> None:
        """Same defer rule as every command: a slow database must not cost the 3 s interaction window."""
        status = await defer_if_slow(interaction, process_status(self.bot), defer_after=self.bot.defer_after)
        await send_interaction(interaction, render_status(status))

    @app_commands.command(name="gaps", description="Owner only: questions readers could not get answered")
    @app_commands.describe(days="How many days back (default 30)")
    @owner_only()
    async def gaps(self, interaction: discord.Interaction, days: app_commands.Range[int, 1, 3650] = 30) -> None:
        """The same report as `python -m bot gaps`, private to the owner who asked."""
        storage = self.bot.storage
        if storage is None:
            await send_interaction(interaction, _notice("Gaps", "No database: nothing is recorded."))
            return
        task = asyncio.ensure_future(read_groups(storage, days * 86400))
        done, _ = await asyncio.wait({task}, timeout=self.bot.defer_after)
        if not done and not interaction.response.is_done():
            await interaction.response.defer(thinking=True, ephemeral=True)
        try:
            groups = await task
        except StorageError as exc:
            await send_interaction(interaction, _notice("Gaps", f"Could not read the gap log: {exc.user_message()}."))
            return
        text = gaps_text(groups, f"{days}d", limit=10)
        if not self.bot.settings.record_gaps:
            text = "Recording is off (RECORD_GAPS=off).\n" + text
        await send_interaction(interaction, _notice("Gaps", text))

    def _reply(self, report: Report) -> Reply:
        if report.errors:
            first = limits.truncate("\n".join(str(p) for p in report.errors[:5]), 1500).replace("`", "'")
            text = (f"Kept the current fact base: the new one has {len(report.errors)} error(s).\n"
                    f"```\n{first}\n```")
            colour = COLOUR_ERROR
        else:
            base = self.bot.engine.base
            text = f"Reloaded: {len(base.articles)} articles, {len(base.facts)} facts (version {base.version})."
            colour = COLOUR_ANSWER
        log.info("fact base reload by an owner: %d errors", len(report.errors))
        embed = discord.Embed(title="Reload", description=limits.truncate(text, 3000), colour=colour)
        return Reply([embed], ephemeral=True)


def _notice(title: str, text: str) -> Reply:
    embed = discord.Embed(title=title, description=limits.truncate(text, limits.EMBED_DESCRIPTION),
                          colour=COLOUR_ANSWER)
    return Reply([embed], ephemeral=True)


QUEUE_SCAN = 1000  # schedules read for the queue depth; more than that due at once is shown as "1000+"


@dataclass(frozen=True)
class ProcessStatus:
    """What `/admin status` shows, gathered apart from rendering so tests can read the numbers."""

    shard_ids: tuple[int, ...]
    shard_count: int | None
    latency_ms: dict[int, float | None]  # None until that shard's first heartbeat is acknowledged
    servers: dict[int, int]  # shard id -> servers this process sees on it
    fact_base_version: str
    database: str
    queue_here: int | None  # due and not yet posted, servers on this process's shards (None: no database)
    queue_all: int | None  # the same across every process sharing the database
    queue_capped: bool = False


def database_label(settings: Settings, storage: Storage | None) -> str:
    """'sqlite <path>' or 'postgresql <host>/<db>' — never the URL itself, which may hold a password."""
    if storage is None:
        return "none (unavailable: the digest is off)"
    if settings.database_url:
        parts = urlsplit(settings.database_url)
        return f"postgresql {parts.hostname or 'localhost'}{parts.path or ''}"
    return f"sqlite {settings.database_path}"


async def process_status(bot: FactdeskBot) -> ProcessStatus:
    """Collect the status of this process. Queue depth counts servers whose digest is due now and not
    yet posted (the scheduler moves `next_due` on once a day is posted, so "due" means "waiting")."""
    count = bot.shard_count
    ids = tuple(bot.shard_ids) if bot.shard_ids is not None else tuple(range(count or 1))
    latency: dict[int, float | None] = {}
    for shard_id, seconds in bot.latencies:
        latency[shard_id] = None if math.isinf(seconds) or math.isnan(seconds) else round(seconds * 1000, 1)
    servers = Counter(guild.shard_id for guild in bot.guilds)
    here = everywhere = None
    capped = False
    storage = bot.storage
    if storage is not None:
        cog = bot.get_cog("Digest")
        clock = getattr(getattr(cog, "scheduler", None), "clock", None)
        now = clock.now() if clock is not None else dt.datetime.now(dt.UTC)
        entries = await storage.upcoming_digests(QUEUE_SCAN)
        due = [e for e in entries if e.next_due is not None and e.next_due <= int(now.timestamp())]
        capped = len(due) >= QUEUE_SCAN
        everywhere = len(due)
        here = sum(1 for e in due if bot.get_guild(e.guild_id) is not None)
    return ProcessStatus(
        shard_ids=ids, shard_count=count, latency_ms={i: latency.get(i) for i in ids},
        servers={i: servers.get(i, 0) for i in ids}, fact_base_version=bot.engine.base.version,
        database=database_label(bot.settings, storage), queue_here=here, queue_all=everywhere, queue_capped=capped,
    )


def render_status(status: ProcessStatus) -> Reply:
    """One ephemeral embed; one line per shard so a slow or empty shard stands out."""
    lines = [f"**Shards** {', '.join(map(str, status.shard_ids))} of {status.shard_count}"]
    for shard_id in status.shard_ids:
        ms = status.latency_ms.get(shard_id)
        lines.append(f"shard {shard_id}: {'—' if ms is None else f'{ms:g} ms'}, "
                     f"{status.servers.get(shard_id, 0)} servers")
    lines.append(f"**Fact base** version {status.fact_base_version}")
    lines.append(f"**Database** {status.database}")
    if status.queue_here is None:
        lines.append("**Digest queue** unavailable (no database)")
    else:
        plus = "+" if status.queue_capped else ""
        lines.append(f"**Digest queue** {status.queue_here} due on these shards "
                     f"({status.queue_all}{plus} across all processes)")
    embed = discord.Embed(title="Status", description=limits.truncate("\n".join(lines), 3000), colour=COLOUR_ANSWER)
    return Reply([embed], ephemeral=True)


async def reload_from_signal(bot: FactdeskBot) -> Report:
    """SIGHUP: the same reload as /admin reload, in a thread so the event loop keeps answering.

    Never raises: a task started from a signal has nobody to hand an exception to, and asyncio would
    log it as "Task exception was never retrieved" with the whole traceback."""
    try:
        report = await asyncio.to_thread(bot.engine.reload, data_root())
    except Exception as error:  # the validator turns bad files into a report; this is a bug or the OS
        log.error("SIGHUP reload failed, kept the last good fact base: %s: %s", type(error).__name__,
                  str(error)[:300])
        return Report(errors=[Problem(str(data_root()), 0, f"reload failed: {type(error).__name__}")])
    if report.errors:
        log.error("SIGHUP reload kept the last good fact base: %s", "; ".join(str(p) for p in report.errors[:5]))
    else:
        log.info("SIGHUP reload: fact base version %s", bot.engine.base.version)
        await announce_reload(bot, report)
    return report


_early_sighup = threading.Event()


def catch_sighup_until_ready() -> bool:
    """Call first thing at start-up: until `install_sighup` runs, a SIGHUP (an editor's reload, sent
    while a large base is still loading) is remembered instead of killing the process (its default
    action), and the reload runs as soon as the handler is installed. Returns whether installed."""
    sighup = getattr(signal, "SIGHUP", None)
    if sighup is None or threading.current_thread() is not threading.main_thread():
        return False
    signal.signal(sighup, lambda *_: _early_sighup.set())
    return True


def install_sighup(bot: FactdeskBot) -> bool:
    """Reload on SIGHUP where the platform and loop support it (not on Windows); returns whether installed.
    A SIGHUP caught by `catch_sighup_until_ready` before this point is reloaded now."""
    sighup = getattr(signal, "SIGHUP", None)
    if sighup is None:
        return False
    loop = asyncio.get_running_loop()
    tasks: set[asyncio.Task[Report]] = set()

    def on_signal() -> None:
        task = loop.create_task(reload_from_signal(bot))
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    try:
        loop.add_signal_handler(sighup, on_signal)
    except (NotImplementedError, RuntimeError, ValueError):
        return False
    if _early_sighup.is_set():
        _early_sighup.clear()
        log.info("a SIGHUP arrived during start-up: reloading the fact base now")
        on_signal()
    return True


async def setup(bot: FactdeskBot) -> None:
    await start_reload_bus(bot)  # before the cog, so a reload can never miss the bus
    await bot.add_cog(Admin(bot))
    install_sighup(bot)
