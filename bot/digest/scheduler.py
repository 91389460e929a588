"""The digest scheduler: one loop over stored due times that posts each server's digest once a day.

How "exactly once per (server, local date)" holds through restarts, crashes and a second process:

1. Before sending, the slot is claimed in the database (`claim_digest`): an insert that loses to an
   existing (server, date) key, or the takeover of an open claim whose lease has expired. Only the
   holder sends. A claim is never taken while its lease is live.
2. After sending, the message id is recorded (`finish_digest`) — with the fact of the day in the same
   transaction. If the process dies in between, the claim stays open; whoever takes it over after
   the lease first looks in the channel for that day's marker and records the message it finds
   instead of posting again. A first attempt looks too, from the start of the local day: the
   database may have been lost since the digest went out.
3. The schedule (`next_due`, `due_date`) lives in the database too, and the loop moves it on with a
   compare-and-set on the settings version, so an admin's change always wins over a stale plan.

Catch-up: a slot whose time passed while nothing was running is still posted if we are within the
catch-up window (and the same local day); otherwise the day is recorded as missed. A slot that was
started in time (claimed) keeps retrying transient failures until the local day ends.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import random
import secrets
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal, cast

from bot.core.model import FactBase
from bot.storage.base import FINAL_STATUSES, DigestSettings, PostRecord, Storage, StorageError

from .clock import Clock, SystemClock
from .content import Digest, build_digest
from .poster import CannotVerify, MissingPermission, PermanentError, Poster, TransientError
from .schedule import (
    DEFAULT_CATCHUP,
    ScheduleError,
    Slot,
    day_start,
    first_slot,
    format_post_time,
    load_zone,
    local_date,
    next_slot,
    parse_post_time,
    slot_for,
)

log = logging.getLogger(__name__)
UTC = dt.UTC

OutcomeStatus = Literal[
    "posted", "recovered", "already_posted", "busy", "retry", "failed", "skipped", "missed", "not_configured"
]


@dataclass(frozen=True)
class Outcome:
    """What one attempt at a day's digest did; `/digest now` turns it into a sentence."""

    status: OutcomeStatus
    day: dt.date | None = None
    channel_id: int | None = None
    message_id: int | None = None
    error: str | None = None
    retry_at: dt.datetime | None = None


@dataclass(frozen=True)
class DigestStatus:
    settings: DigestSettings | None
    next_post: dt.datetime | None
    last_post: PostRecord | None
    last_problem: PostRecord | None
    storage_error: str | None = None


# A retry is never planned later than this before the local day ends: a late wake-up still posts
# on the right day, and one failure there leaves no room for another (the minimum gap is 60 s).
_LAST_TRY_BEFORE_DAY_END = dt.timedelta(seconds=60)


def _ts(instant: dt.datetime) -> int:
    return int(instant.timestamp())


def _at(seconds: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, UTC)


def default_owner() -> str:
    """Identifies this process in claims: host, pid and a random part (pids are reused)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(4)}"


class DigestScheduler:
    """Posts digests for every enabled server. Start `run()` as one task; `poke()` after changes."""

    def __init__(
        self,
        storage: Storage,
        poster: Poster,
        base: Callable[[], FactBase],
        *,
        clock: Clock | None = None,
        owner: str | None = None,
        catchup: dt.timedelta = DEFAULT_CATCHUP,
        lease: dt.timedelta = dt.timedelta(minutes=10),
        poll: dt.timedelta = dt.timedelta(minutes=5),
        is_member: Callable[[int], bool] | None = None,
        ready: Callable[[], Awaitable[object]] | None = None,
        link_base: str | None = None,
        site_base_url: str | None = None,
        concurrency: int = 4,
        rng: random.Random | None = None,
    ) -> None:
        self.storage = storage
        self.poster = poster
        self._base = base
        self.clock: Clock = clock or SystemClock()
        self.owner = owner or default_owner()
        self.catchup = catchup
        self.lease = lease
        self.poll = poll
        self._is_member = is_member
        self._ready = ready
        self.link_base = link_base
        self.site_base_url = site_base_url
        self._semaphore = asyncio.Semaphore(max(1, concurrency))
        self._rng = rng or random.Random()
        self._wake = asyncio.Event()
        self._deferred: dict[int, int] = {}  # guild -> epoch s: not before then (in this process)
        self._unfinished: dict[tuple[int, str], dict[str, object]] = {}
        self._storage_failures = 0
        self.last_storage_error: str | None = None

    # --- the loop ----------------------------------------------------------------------------------

    def poke(self) -> None:
        """Re-read the schedule now (settings changed)."""
        self._wake.set()

    async def run(self) -> None:
        """Run forever. Database trouble is logged and retried with backoff, never fatal."""
        if self._ready is not None:
            await self._ready()
        while True:
            try:
                await self._tick()
                self._storage_failures = 0
            except Exception as error:  # the loop must outlive any one failure; a crash is a BaseException
                self._storage_failures += 1
                delay = min(5 * 2 ** (self._storage_failures - 1), 300)
                if isinstance(error, StorageError):
                    self.last_storage_error = f"{error.user_message()} ({error})"
                    log.warning("digest scheduler: %s; retrying in %ss", error, delay)
                else:
                    log.exception("digest scheduler: unexpected error; retrying in %ss", delay)
                await self.clock.sleep_until(self.clock.now() + dt.timedelta(seconds=delay), self._wake)

    async def _tick(self) -> None:
        self._wake.clear()
        await self._flush_unfinished()
        now_s = _ts(self.clock.now())
        self._deferred = {g: t for g, t in self._deferred.items() if t > now_s}
        batch = 32
        entries = await self.storage.upcoming_digests(len(self._deferred) + batch)
        due = [e for e in entries if e.next_due is not None and e.next_due <= now_s and e.guild_id not in self._deferred]
        if due:
            async with asyncio.TaskGroup() as group:
                for entry in due:
                    group.create_task(self._guarded(entry))
            return
        wake = now_s + int(self.poll.total_seconds())
        for entry in entries:
            if entry.guild_id not in self._deferred and entry.next_due is not None:
                wake = min(wake, entry.next_due)
                break  # entries are ordered by next_due
        if self._deferred:
            wake = min(wake, min(self._deferred.values()))
        await self.clock.sleep_until(_at(max(wake, now_s + 1)), self._wake)

    async def _guarded(self, entry: DigestSettings) -> None:
        """Process one server; its failure must not stop the others (only a crash stops the loop)."""
        async with self._semaphore:
            try:
                await self._process(entry)
            except StorageError as error:
                self.last_storage_error = f"{error.user_message()} ({error})"
                log.warning("digest for guild %s: %s", entry.guild_id, error)
                self._defer(entry.guild_id, dt.timedelta(seconds=30))
            except Exception:
                log.exception("digest for guild %s failed unexpectedly", entry.guild_id)
                self._defer(entry.guild_id, self.poll)

    def _defer(self, guild_id: int, delay: dt.timedelta | int) -> None:
        until = delay if isinstance(delay, int) else _ts(self.clock.now() + delay)
        self._deferred[guild_id] = max(self._deferred.get(guild_id, 0), until)

    # --- one server ----------------------------------------------------------------------------------

    async def _process(self, cfg: DigestSettings) -> None:
        guild_id = cfg.guild_id
        if self._is_member is not None and not self._is_member(guild_id):
            self._defer(guild_id, self.poll)
            return
        try:
            zone = load_zone(cfg.timezone)
            at = parse_post_time(cfg.post_time)
        except ScheduleError:
            log.error("guild %s has an unusable digest schedule %r %r", guild_id, cfg.post_time, cfg.timezone)
            self._defer(guild_id, dt.timedelta(days=1))
            return
        assert cfg.due_date is not None
        now = self.clock.now()
        day = dt.date.fromisoformat(cfg.due_date)
        slot = slot_for(day, at, zone, self.catchup)
        if slot is None:
            await self._advance(cfg, day, zone, at)
            return
        record = await self.storage.get_post(guild_id, slot.iso)
        if record is not None and record.status in FINAL_STATUSES:
            await self._advance(cfg, day, zone, at)
            return
        if record is None and now > slot.deadline:
            await self._advance(cfg, day, zone, at, missed_current=slot)
            return
        if record is not None and record.lease_until is not None and record.lease_until > _ts(now):
            self._defer(guild_id, record.lease_until)
            return
        outcome = await self._attempt(cfg, slot, manual=False)
        if outcome.status == "retry" and outcome.retry_at is not None:
            moved = await self.storage.reschedule_digest(
                guild_id, version=cfg.version, expected_due_date=cfg.due_date,
                next_due=_ts(outcome.retry_at), due_date=slot.iso,
            )
            if not moved:
                self._defer(guild_id, dt.timedelta(seconds=30))
        elif outcome.status == "busy":
            self._defer(guild_id, _ts(outcome.retry_at) if outcome.retry_at else dt.timedelta(minutes=1))
        elif outcome.status == "not_configured":
            return
        else:
            await self._advance(cfg, day, zone, at)

    async def _advance(
        self, cfg: DigestSettings, day: dt.date, zone: dt.tzinfo, at: dt.time, missed_current: Slot | None = None
    ) -> None:
        """Move the schedule to the next day that can still be posted; record the days skipped."""
        now = self.clock.now()
        plan = next_slot(day, now, at, zone, self.catchup)
        missed = ([day] if missed_current is not None else []) + list(plan.missed)
        if missed:
            hours = self.catchup.total_seconds() / 3600
            reason = (
                f"missed: the bot was not running at {format_post_time(at)} or within the {hours:g} h "
                "catch-up window"
            )
            await self.storage.record_missed(cfg.guild_id, [d.isoformat() for d in missed], reason=reason, now=_ts(now))
        moved = await self.storage.reschedule_digest(
            cfg.guild_id, version=cfg.version, expected_due_date=cfg.due_date,
            next_due=_ts(plan.slot.due), due_date=plan.slot.iso,
        )
        self._healthy()
        if not moved:  # another process or an admin changed it; re-read soon
            self._defer(cfg.guild_id, dt.timedelta(seconds=30))

    async def _attempt(self, cfg: DigestSettings, slot: Slot, *, manual: bool) -> Outcome:
        """Claim the day, then post (or recover a post a crashed holder made), then record it."""
        guild_id, channel_id = cfg.guild_id, cfg.channel_id
        now = self.clock.now()
        claim = await self.storage.claim_digest(
            guild_id, slot.iso, owner=self.owner, now=_ts(now),
            lease_seconds=int(self.lease.total_seconds()), channel_id=channel_id, reopen_final=manual,
        )
        self._healthy()
        record = claim.record
        if not claim.acquired:
            if record.status == "posted":
                return Outcome("already_posted", slot.day, record.channel_id, record.message_id)
            if record.status in FINAL_STATUSES:
                # failed, missed or skipped: each is also an outcome, reported as it stands
                return Outcome(cast(OutcomeStatus, record.status), slot.day, record.channel_id, error=record.error)
            return Outcome("busy", slot.day, retry_at=_at(record.lease_until) if record.lease_until else None)
        digest: Digest | None = None
        try:
            digest = await self.build(cfg, slot.day)
            if digest is None:
                await self._finish(guild_id, slot.iso, status="skipped", error="nothing to post: the fact base is empty")
                return Outcome("skipped", slot.day, channel_id, error="nothing to post")
            existing = await self._find(cfg, slot, digest, takeover=claim.previous_attempts > 0)
            if existing is not None:
                await self._finish(guild_id, slot.iso, status="posted", message_id=existing, digest=digest)
                log.info("digest recovered from the channel: guild %s, %s, message %s", guild_id, slot.iso, existing)
                return Outcome("recovered", slot.day, channel_id, existing)
            if self.clock.now() >= slot.day_end:
                last = record.error or "an earlier attempt was interrupted"
                error = f"gave up: the local day ended before the digest could be posted ({last})"
                await self._finish(guild_id, slot.iso, status="failed", error=error)
                return Outcome("failed", slot.day, channel_id, error=error)
            message_id = await self.poster.post(guild_id, channel_id, digest)
        except PermanentError as error:
            text = f"{type(error).__name__}: {error}"
            await self._finish(guild_id, slot.iso, status="failed", error=text)
            return Outcome("failed", slot.day, channel_id, error=text)
        except StorageError:
            raise
        except Exception as error:  # TransientError, or anything unexpected: retry later today
            if not isinstance(error, TransientError):
                log.exception("unexpected error posting digest for guild %s", guild_id)
            return await self._retry_later(cfg, slot, record, error)
        await self._finish(guild_id, slot.iso, status="posted", message_id=message_id, digest=digest)
        # One line per post: with several processes, the logs say which one posted where (and tests check it).
        log.info("digest posted: guild %s, %s, message %s", guild_id, slot.iso, message_id)
        return Outcome("posted", slot.day, channel_id, message_id)

    def _healthy(self) -> None:
        """A write just succeeded: the database error shown in /digest status is over."""
        if self.last_storage_error is not None:
            log.info("digest scheduler: the database accepts writes again")
            self.last_storage_error = None

    async def _retry_later(self, cfg: DigestSettings, slot: Slot, record: PostRecord, error: Exception) -> Outcome:
        """Leave the day open for a later try, or give up when no try fits in the local day.

        The backoff spares a struggling platform, so it grows with the platform's own refusals of
        this day (`failures`), not with our claims: a claim that ended in our crash or restart says
        nothing about Discord, and counting those made a second 503 wait half an hour. The backoff
        also must not throw away the day: a retry that would land after the day ends is moved to
        its last minute instead, and only when even that is too soon (the minimum gap, or Discord's
        `retry_after`) is the day given up.
        """
        now = self.clock.now()
        failures = record.failures + 1  # this one included
        retry_after = error.retry_after if isinstance(error, TransientError) else None
        delay = min(60 * 2 ** (failures - 1), 1800)
        delay = max(delay, retry_after or 0) * (1 + self._rng.uniform(0, 0.2))
        retry_at = now + dt.timedelta(seconds=int(delay) + 1)
        last_try = slot.day_end - _LAST_TRY_BEFORE_DAY_END
        earliest = now + dt.timedelta(seconds=max(60, retry_after or 0))
        text = f"{type(error).__name__}: {error}"
        if earliest > last_try:
            error_text = f"gave up after {record.attempts} attempts: {text}"
            await self._finish(cfg.guild_id, slot.iso, status="failed", error=error_text)
            return Outcome("failed", slot.day, cfg.channel_id, error=error_text)
        retry_at = min(retry_at, last_try)
        await self.storage.defer_digest(
            cfg.guild_id, slot.iso, owner=self.owner, retry_at=_ts(retry_at), error=text, now=_ts(now)
        )
        return Outcome("retry", slot.day, cfg.channel_id, error=text, retry_at=retry_at)

    async def _find(self, cfg: DigestSettings, slot: Slot, digest: Digest, *, takeover: bool) -> int | None:
        """This day's digest if it is already in the channel, searched from the local day's start.

        Asked before every first post too, not only when taking over an interrupted claim: the
        database may have been deleted or restored since the digest went out. A transient failure
        propagates (the attempt is retried later); so does a missing permission to read the channel
        when an interrupted attempt may have posted. On a first attempt, with no sign of an earlier
        one, a channel the bot cannot read does not stop the post.
        """
        since = day_start(slot.day, load_zone(cfg.timezone))
        try:
            return await self.poster.find_posted(cfg.guild_id, cfg.channel_id, digest, since)
        except MissingPermission as error:
            if takeover:
                raise CannotVerify(f"cannot check the channel for the digest an interrupted attempt may have "
                                   f"posted ({error}); give the bot Read Message History") from error
            log.info("could not look for an earlier digest in %s: %s", cfg.channel_id, error)
            return None

    async def _finish(
        self,
        guild_id: int,
        local_date: str,
        *,
        status: Literal["posted", "failed", "skipped"],
        message_id: int | None = None,
        error: str | None = None,
        digest: Digest | None = None,
    ) -> None:
        """Record the end of a claimed day. If the database refuses, keep it and retry later.

        A post that happened must not be forgotten: until the write succeeds the claim stays open
        under our name, and if our lease runs out first the next holder finds the message anyway.
        """
        args: dict[str, object] = {
            "owner": self.owner, "status": status, "message_id": message_id, "error": error,
            "fact_id": digest.fact_id if digest and status == "posted" else None,
            "rotation_cycle": digest.cycle if digest and status == "posted" else None,
        }
        try:
            await self.storage.finish_digest(guild_id, local_date, now=_ts(self.clock.now()), **args)  # type: ignore[arg-type]
            self._healthy()
        except StorageError:
            self._unfinished[(guild_id, local_date)] = args
            self._defer(guild_id, dt.timedelta(seconds=30))
            raise

    async def _flush_unfinished(self) -> None:
        for key, args in list(self._unfinished.items()):
            guild_id, local_date_iso = key
            await self.storage.finish_digest(guild_id, local_date_iso, now=_ts(self.clock.now()), **args)  # type: ignore[arg-type]
            del self._unfinished[key]

    # --- what the commands use ------------------------------------------------------------------------

    async def build(self, cfg: DigestSettings, day: dt.date) -> Digest | None:
        """The digest this server would get for `day`, from the current fact base. No side effects."""
        rotation = await self.storage.rotation(cfg.guild_id)
        previous = await self.storage.last_post(cfg.guild_id, before=day.isoformat())
        since = dt.date.fromisoformat(cfg.since_date)
        if previous is not None:
            since = max(since, dt.date.fromisoformat(previous.local_date))
        return build_digest(
            self._base(), guild_id=cfg.guild_id, day=day, rotation=rotation, since=since, link_base=self.link_base,
            site_base_url=self.site_base_url,
        )

    async def configure(
        self, guild_id: int, *, channel_id: int, post_time: str, timezone: str, by: int | None = None
    ) -> DigestSettings:
        """Validate and store a schedule; the first post is today's slot if still ahead, else tomorrow's.

        Raises `ScheduleError` (bad time or zone, message safe to show) or `StorageError`.
        """
        at = parse_post_time(post_time)
        zone = load_zone(timezone)
        now = self.clock.now()
        slot = first_slot(now, at, zone, self.catchup)
        existing = await self.storage.get_digest(guild_id)
        since = existing.since_date if existing and existing.enabled else local_date(now, zone).isoformat()
        cfg = await self.storage.save_digest(
            guild_id, channel_id=channel_id, post_time=format_post_time(at), timezone=timezone.strip(),
            next_due=_ts(slot.due), due_date=slot.iso, since_date=since, now=_ts(now), updated_by=by,
        )
        self._healthy()
        self._deferred.pop(guild_id, None)
        self.poke()
        return cfg

    async def disable(self, guild_id: int, by: int | None = None) -> bool:
        changed = await self.storage.disable_digest(guild_id, now=_ts(self.clock.now()), updated_by=by)
        self.poke()
        return changed

    async def today(self, guild_id: int) -> tuple[DigestSettings | None, dt.date]:
        """The settings and the server's current local date (UTC when it has no digest)."""
        cfg = await self.storage.get_digest(guild_id)
        zone: dt.tzinfo = UTC
        if cfg is not None:
            try:
                zone = load_zone(cfg.timezone)
            except ScheduleError:
                zone = UTC
        return cfg, local_date(self.clock.now(), zone)

    async def post_now(self, guild_id: int) -> Outcome:
        """Post today's digest unless it is already out (or being posted right now)."""
        cfg = await self.storage.get_digest(guild_id)
        if cfg is None or not cfg.enabled:
            return Outcome("not_configured")
        zone = load_zone(cfg.timezone)
        at = parse_post_time(cfg.post_time)
        now = self.clock.now()
        day = local_date(now, zone)
        slot = slot_for(day, at, zone, self.catchup)
        if slot is None:  # a skipped calendar day cannot occur "now"; kept for type completeness
            return Outcome("skipped", day)
        outcome = await self._attempt(cfg, slot, manual=True)
        self.poke()
        return outcome

    async def status(self, guild_id: int) -> DigestStatus:
        cfg = await self.storage.get_digest(guild_id)
        next_post = _at(cfg.next_due) if cfg is not None and cfg.enabled and cfg.next_due is not None else None
        return DigestStatus(
            settings=cfg,
            next_post=next_post,
            last_post=await self.storage.last_post(guild_id),
            last_problem=await self.storage.last_problem(guild_id),
            storage_error=self.last_storage_error,
        )
