"""`/digest`: a server's admins set, check, preview, post and turn off the daily digest.

The cog is thin on purpose: schedule maths, content and the exactly-once posting live in
`bot.digest` (no discord.py there), so the same scheduler runs under a FakeClock in the simulations.
This module starts that scheduler's single loop in `cog_load` and stops it in `cog_unload`.

Permissions are checked twice: `default_permissions(manage_guild=True)` hides the commands from
members by default, but a server can override that in its integration settings, so every invocation
also checks that the member really has Manage Server.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.digest.clock import Clock
from bot.digest.schedule import ScheduleError, load_zone, suggest_zones
from bot.digest.scheduler import DigestScheduler, Outcome
from bot.storage.base import DigestSettings, StorageError

from ... import limits
from ...reply import notice
from ...views import more_view
from ._poster import DiscordPoster, render_digest

if TYPE_CHECKING:
    from ...client import FactdeskBot

log = logging.getLogger("factdesk.digest")

NEED_MANAGE_SERVER = "You need the Manage Server permission to manage the daily digest."
NO_STORAGE = "The daily digest is unavailable: the bot has no database right now. Please tell the bot's owner."
NEEDED_IN_CHANNEL = ("view_channel", "send_messages", "embed_links", "read_message_history")


def _when(instant: dt.datetime | None, zone_name: str) -> str:
    """The instant in the server's zone (what the admin asked for) and as a Discord timestamp
    (which each reader's client shows in their own zone)."""
    if instant is None:
        return "not scheduled"
    try:
        local = instant.astimezone(load_zone(zone_name))
        there = f"{local:%a} {local.day} {local:%b %Y %H:%M} {zone_name}"
    except ScheduleError:
        there = instant.strftime("%Y-%m-%d %H:%M UTC")
    return f"{there} — {discord.utils.format_dt(instant, 'F')} ({discord.utils.format_dt(instant, 'R')})"


def _message_link(guild_id: int, channel_id: int | None, message_id: int | None) -> str:
    return f"https://discord.com/channels/{guild_id}/{channel_id}/{message_id}"


def _offset_label(name: str, now: dt.datetime) -> str:
    offset = now.astimezone(load_zone(name)).utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{name} (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"


def storage_problem(error: StorageError, doing: str) -> str:
    return f"Could not {doing}: {error.user_message()}. Nothing was changed; please try again in a moment."


@app_commands.guild_only()
@app_commands.allowed_contexts(guilds=True, dms=False, private_channels=False)  # the bot's default allows DMs
@app_commands.allowed_installs(guilds=True, users=False)  # posts as the bot in a server: needs the server install
@app_commands.default_permissions(manage_guild=True)
class Digest(commands.GroupCog, group_name="digest", group_description="A daily digest of the fact base"):
    open_retry_first, open_retry_max = 5.0, 300.0  # seconds between attempts to open the database

    def __init__(self, bot: FactdeskBot | commands.Bot) -> None:
        self.bot = bot
        self.scheduler: DigestScheduler | None = None
        self.task: asyncio.Task[None] | None = None
        self.opener: asyncio.Task[None] | None = None

    # --- lifecycle ----------------------------------------------------------------------------------

    async def cog_load(self) -> None:
        storage = getattr(self.bot, "storage", None)
        if storage is None:
            settings = getattr(self.bot, "settings", None)
            if settings is None:
                log.warning("no storage: the daily digest is off (commands will say so)")
                return
            # e.g. started on a read-only disk: keep trying, so the digest comes back when it is fixed
            log.warning("no storage: the daily digest is off until the database opens (retrying)")
            self.opener = asyncio.create_task(self._open_storage_later(settings), name="digest-open-storage")
            self.opener.add_done_callback(_log_if_crashed)
            return
        self._start(storage)

    async def _open_storage_later(self, settings: Any) -> None:
        """Retry opening the database for writing, with backoff, then start the scheduler."""
        from bot.storage import open_storage

        delay = self.open_retry_first
        while True:
            await asyncio.sleep(delay)
            try:
                storage = await open_storage(settings)
            except Exception as error:  # StorageError, or an OSError from a broken mount
                log.warning("database still unavailable (%s); retrying in %.0f s", error, delay)
                delay = min(delay * 2, self.open_retry_max)
                continue
            self.bot.storage = storage  # type: ignore[union-attr]  # closed by the bot on shutdown
            log.info("database opened: the daily digest is on again")
            self._start(storage)
            return

    def _start(self, storage: Any) -> None:
        settings = getattr(self.bot, "settings", None)
        hours = float(getattr(settings, "digest_catchup_hours", 6.0))
        clock: Clock | None = getattr(self.bot, "digest_clock", None)  # tests drive time with a FakeClock
        self.scheduler = DigestScheduler(
            storage,
            DiscordPoster(self.bot, view_for=lambda digest: more_view(self.bot.engine, digest.fact_id)),  # type: ignore[union-attr]
            lambda: self.bot.engine.base,  # type: ignore[union-attr]
            clock=clock,
            catchup=dt.timedelta(hours=hours),
            is_member=lambda guild_id: self.bot.get_guild(guild_id) is not None,
            ready=self.bot.wait_until_ready,
            link_base=getattr(settings, "corpus_base_url", None),
            site_base_url=getattr(settings, "site_base_url", None),
        )
        self.task = asyncio.create_task(self.scheduler.run(), name="digest-scheduler")
        self.task.add_done_callback(_log_if_crashed)

    async def cog_unload(self) -> None:
        opener, self.opener = self.opener, None
        if opener is not None:
            opener.cancel()
        task, self.task = self.task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """Manage Server on the member, checked on every use (default permissions can be overridden)."""
        user = interaction.user
        permissions = getattr(user, "guild_permissions", None)
        if interaction.guild is None or permissions is None or not permissions.manage_guild:
            raise app_commands.CheckFailure(NEED_MANAGE_SERVER)
        return True

    # --- helpers ------------------------------------------------------------------------------------

    async def _say(self, interaction: discord.Interaction, text: str, **kwargs: Any) -> None:
        """A private reply; after `/digest now`'s defer it edits the "thinking…" message (reply.notice)."""
        await notice(interaction, text, **kwargs)

    async def _ready(self, interaction: discord.Interaction) -> DigestScheduler | None:
        """The scheduler, or None after telling the admin the database is unavailable.

        Every caller goes on to the database, which may wait out another process's lock (5 s busy
        timeout) — longer than Discord's 3 s to answer — so the interaction is deferred first."""
        if self.scheduler is None:
            await self._say(interaction, NO_STORAGE)
            return None
        if not interaction.response.is_done():
            await interaction.response.defer(ephemeral=True, thinking=True)
        return self.scheduler

    # --- commands -----------------------------------------------------------------------------------

    @app_commands.command(name="set", description="Post a daily digest in a channel at a local time")
    @app_commands.describe(
        channel="Where to post the digest",
        time="Local time, 24-hour HH:MM (e.g. 09:00)",
        timezone="IANA time zone, e.g. Asia/Karachi (pick from the list)",
    )
    async def set_(
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel,
        time: app_commands.Range[str, 1, 10],
        timezone: app_commands.Range[str, 1, 64],
    ) -> None:
        scheduler = await self._ready(interaction)
        if scheduler is None:
            return
        assert interaction.guild is not None  # server-only (guild_only, interaction_check)
        me = interaction.guild.me
        if me is not None:
            permissions = channel.permissions_for(me)
            missing = [p for p in NEEDED_IN_CHANNEL if not getattr(permissions, p)]
            if missing:
                names = ", ".join(p.replace("_", " ").title() for p in missing)
                await self._say(interaction, f"I can't post in {channel.mention}: I need {names} there.")
                return
        try:
            cfg = await scheduler.configure(
                interaction.guild.id, channel_id=channel.id, post_time=time, timezone=timezone,
                by=interaction.user.id,
            )
        except ScheduleError as error:  # it quotes what the admin typed: shown literally
            await self._say(interaction, error.render(limits.escape))
            return
        except StorageError as error:
            await self._say(interaction, storage_problem(error, "save the digest settings"))
            return
        next_post = dt.datetime.fromtimestamp(cfg.next_due, dt.UTC) if cfg.next_due else None
        await self._say(
            interaction,
            f"Daily digest on: {channel.mention} at {cfg.post_time} ({cfg.timezone}).\n"
            f"Next post: {_when(next_post, cfg.timezone)}.",
        )

    @set_.autocomplete("timezone")
    async def timezone_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        now = dt.datetime.now(dt.UTC)
        return [
            app_commands.Choice(name=limits.truncate(_offset_label(name, now), limits.CHOICE_NAME), value=name)
            for name in suggest_zones(current, limits.CHOICES)
            if len(name) <= limits.CHOICE_VALUE
        ][: limits.CHOICES]

    @app_commands.command(name="off", description="Stop the daily digest in this server")
    async def off(self, interaction: discord.Interaction) -> None:
        scheduler = await self._ready(interaction)
        if scheduler is None:
            return
        assert interaction.guild is not None  # server-only (guild_only, interaction_check)
        try:
            changed = await scheduler.disable(interaction.guild.id, by=interaction.user.id)
        except StorageError as error:
            await self._say(interaction, storage_problem(error, "turn the digest off"))
            return
        await self._say(interaction, "Daily digest turned off." if changed else "The daily digest was not on.")

    @app_commands.command(name="status", description="When the next digest comes, and how the last ones went")
    async def status(self, interaction: discord.Interaction) -> None:
        scheduler = await self._ready(interaction)
        if scheduler is None:
            return
        assert interaction.guild is not None  # server-only (guild_only, interaction_check)
        guild_id = interaction.guild.id
        try:
            state = await scheduler.status(guild_id)
        except StorageError as error:
            await self._say(interaction, f"Could not read the digest status: {error.user_message()}.")
            return
        cfg = state.settings
        lines: list[str] = []
        if cfg is None or not cfg.enabled:
            lines.append("Daily digest: **off**." + (" Turn it on with `/digest set`." if cfg is None else ""))
        else:
            lines.append(f"Daily digest: **on** — <#{cfg.channel_id}> at {cfg.post_time} ({cfg.timezone}).")
            lines.append(f"Next post: {_when(state.next_post, cfg.timezone)}.")
        if state.last_post is not None:
            post = state.last_post
            link = _message_link(guild_id, post.channel_id, post.message_id)
            lines.append(f"Last post: {post.local_date} — {link}")
        else:
            lines.append("Last post: none yet.")
        problem = state.last_problem
        if problem is not None and (state.last_post is None or problem.local_date >= state.last_post.local_date):
            lines.append(f"Last error: {problem.local_date} — {limits.escape(problem.error or problem.status)}")
        if state.storage_error:
            lines.append(f"Database: {limits.escape(state.storage_error)}")
        await self._say(interaction, "\n".join(lines))

    @app_commands.command(name="preview", description="See today's digest as it would be posted now (only you)")
    async def preview(self, interaction: discord.Interaction) -> None:
        scheduler = await self._ready(interaction)
        if scheduler is None:
            return
        assert interaction.guild is not None  # server-only (guild_only, interaction_check)
        guild_id = interaction.guild.id
        try:
            cfg, day = await scheduler.today(guild_id)
            if cfg is None:
                cfg = _unsaved(guild_id, day)
            digest = await scheduler.build(cfg, day)
            posted = await scheduler.storage.get_post(guild_id, day.isoformat())
        except StorageError as error:
            await self._say(interaction, f"Could not build the preview: {error.user_message()}.")
            return
        if digest is None:
            await self._say(interaction, "Nothing to post: the fact base is empty, so no digest would go out.")
            return
        note = "Preview — only you can see this; nothing was posted."
        if posted is not None and posted.status == "posted":
            link = _message_link(guild_id, posted.channel_id, posted.message_id)
            note = f"Today's digest is already out ({link}). This is what it would look like now."
        elif not cfg.enabled:
            note += " The daily digest is off; turn it on with `/digest set`."
        await self._say(interaction, note, embed=render_digest(digest))

    @app_commands.command(name="now", description="Post today's digest now, unless it is already out")
    async def now(self, interaction: discord.Interaction) -> None:
        scheduler = await self._ready(interaction)
        if scheduler is None:
            return
        assert interaction.guild is not None  # server-only (guild_only, interaction_check)
        try:
            outcome = await scheduler.post_now(interaction.guild.id)
        except StorageError as error:
            await self._say(interaction, storage_problem(error, "post the digest"))
            return
        except ScheduleError as error:  # it quotes what the admin typed: shown literally
            await self._say(interaction, error.render(limits.escape))
            return
        await self._say(interaction, describe(outcome, interaction.guild.id))


def describe(outcome: Outcome, guild_id: int) -> str:
    """One sentence for `/digest now`."""
    link = _message_link(guild_id, outcome.channel_id, outcome.message_id)
    return {
        "posted": f"Posted today's digest: {link}",
        "recovered": f"Today's digest was already posted: {link}",
        "already_posted": f"Today's digest was already posted: {link}",
        "busy": "Today's digest is being posted right now; check `/digest status` in a minute.",
        "retry": f"Discord had a problem ({limits.escape(outcome.error or '')}); the digest will be retried automatically.",
        "failed": f"Could not post: {limits.escape(outcome.error or 'unknown error')}. Fix it and run `/digest now` again.",
        "skipped": "Nothing to post: the fact base is empty.",
        "missed": "Today's digest was missed.",
        "not_configured": "The daily digest is not set up here. Use `/digest set` first.",
    }[outcome.status]


def _unsaved(guild_id: int, day: dt.date) -> DigestSettings:
    """Settings for previewing in a server that never set a digest: UTC, nothing new yet."""
    return DigestSettings(
        guild_id=guild_id, channel_id=0, post_time="09:00", timezone="UTC", enabled=False,
        since_date=day.isoformat(), next_due=None, due_date=None, version=0, updated_at=0,
    )


def _log_if_crashed(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("the digest scheduler stopped", exc_info=task.exception())


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Digest(bot))
