"""A many-day run of real schedulers on a real database (SQLite or PostgreSQL), driven by a FakeClock.

Processes ("bot instances") are started, stopped, crashed at random storage/poster calls and
restarted after random downtimes. The harness records when each process was alive, so the checks
can say exactly which days *had* to be posted (a process was up, without crashing, from some moment
inside the catch-up window for long enough to outlast a dead holder's lease) and compare that with
what actually reached the fake Discord.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from bot.core.model import FactBase
from bot.digest.clock import FakeClock
from bot.digest.schedule import Slot, load_zone, parse_post_time, slot_for
from bot.digest.scheduler import DigestScheduler
from bot.storage.base import Storage

from ..backends import Backend
from .fakes import Crasher, CrashingPoster, CrashingStorage, FakeDiscord, Sent

UTC = dt.UTC
LEASE = dt.timedelta(minutes=10)
CATCHUP = dt.timedelta(hours=6)
# A process that is up for this long from inside the window must get the day posted: it covers a
# dead holder's lease plus the backoff of the (at most two) transient errors the fakes inject.
MUST_POST_SPAN = LEASE + dt.timedelta(minutes=20)

GUILDS = [
    # guild id, zone, local time — chosen for DST gaps/folds and a late slot near midnight
    (101, "Asia/Karachi", "09:00"),
    (102, "Asia/Karachi", "22:45"),
    (201, "America/New_York", "02:30"),  # does not exist on 2025-03-09
    (202, "America/New_York", "01:30"),  # happens twice on 2025-11-02
    (301, "Australia/Adelaide", "02:30"),  # gap on 2025-10-05, fold on 2025-04-06
    (302, "Australia/Adelaide", "09:15"),
]


def channel_of(guild_id: int) -> int:
    return guild_id * 10


@dataclass
class Life:
    """One run of one process, from start to crash/stop."""

    name: str
    start: dt.datetime
    storage: Storage
    scheduler: DigestScheduler
    task: asyncio.Task[None]
    crasher: Crasher
    poster: CrashingPoster
    end: dt.datetime | None = None
    how: str = ""


@dataclass
class Seat:
    """A place where a process runs (one per concurrent bot process), with its next planned event."""

    index: int
    life: Life | None = None
    next_event: dt.datetime | None = None  # planned stop when alive, restart when down


@dataclass
class Simulation:
    db_path: Path | Backend  # a Path means an SQLite file there
    base: FactBase
    seed: int
    start: dt.datetime
    processes: int = 1
    crash_rate: float = 0.002
    transient_rate: float = 0.03
    ambiguous_rate: float = 0.01
    guilds: list[tuple[int, str, str]] = field(default_factory=lambda: list(GUILDS))

    def __post_init__(self) -> None:
        self.backend = Backend("sqlite", str(self.db_path)) if isinstance(self.db_path, Path) else self.db_path
        self.rng = random.Random(self.seed)
        self.clock = FakeClock(self.start)
        self.discord = FakeDiscord(self.clock)
        self.lives: list[Life] = []
        self.seats = [Seat(i) for i in range(self.processes)]
        self.transient_counts: dict[tuple[int, dt.date], int] = {}
        self._counter = 0
        self.faults_on = True

    async def _spawn(self, seat: Seat) -> Life:
        self._counter += 1
        name = f"p{seat.index}-{self._counter}"
        storage = await self.backend.open(durable=False)
        crasher = Crasher(random.Random(self.rng.random()), self.crash_rate if self.faults_on else 0.0, self.clock)
        poster = CrashingPoster(
            self.discord, crasher, random.Random(self.rng.random()),
            transient_rate=self.transient_rate if self.faults_on else 0.0,
            ambiguous_rate=self.ambiguous_rate if self.faults_on else 0.0,
            transient_counts=self.transient_counts,
        )
        scheduler = DigestScheduler(
            cast(Storage, CrashingStorage(storage, crasher)),  # a proxy: each Storage method, any of them may crash
            poster,
            lambda: self.base,
            clock=self.clock,
            owner=name,
            catchup=CATCHUP,
            lease=LEASE,
            poll=dt.timedelta(hours=6),
            rng=random.Random(self.rng.random()),
        )
        task = asyncio.create_task(scheduler.run(), name=name)
        life = Life(name, self.clock.now(), storage, scheduler, task, crasher, poster)
        self.lives.append(life)
        seat.life = life
        return life

    async def configure(self) -> None:
        """An admin sets every guild's digest at the start (no crashes during setup)."""
        storage = await self.backend.open(durable=False)
        admin = DigestScheduler(storage, self.discord, lambda: self.base, clock=self.clock, catchup=CATCHUP)
        for guild_id, zone, at in self.guilds:
            await admin.configure(guild_id, channel_id=channel_of(guild_id), post_time=at, timezone=zone)
        await storage.close()

    def _alive(self) -> list[Life]:
        return [s.life for s in self.seats if s.life is not None]

    async def _end_life(self, seat: Seat, how: str) -> None:
        life = seat.life
        assert life is not None
        if not life.task.done():
            life.task.cancel()
        try:
            await life.task
        except BaseException:  # a crashed or cancelled process: its end is what we record
            pass
        life.end = self.clock.now()
        life.how = how
        await life.storage.close()
        seat.life = None

    def _stop_delay(self) -> dt.timedelta:
        return dt.timedelta(hours=self.rng.uniform(6, 96))

    def _crash_downtime(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.rng.choice([0, 0, 1, 3, 10, 30, 90, 240]))

    def _planned_downtime(self) -> dt.timedelta:
        return dt.timedelta(hours=self.rng.uniform(0, 14))

    async def run(self, days: int) -> None:
        await self.configure()
        end = self.start + dt.timedelta(days=days)
        for seat in self.seats:
            await self._spawn(seat)
            seat.next_event = self.clock.now() + self._stop_delay()
        while self.clock.now() < end:
            events = [s.next_event for s in self.seats if s.next_event is not None]
            target = min([*events, end])
            await self.clock.advance_to(
                target,
                [life.task for life in self._alive()],
                stop=lambda: any(life.task.done() for life in self._alive()),
            )
            now = self.clock.now()
            for seat in self.seats:
                if seat.life is not None and seat.life.task.done():
                    await self._end_life(seat, "crash")
                    seat.next_event = now + self._crash_downtime()
                elif seat.next_event is not None and seat.next_event <= now:
                    if seat.life is not None:
                        await self._end_life(seat, "stop")
                        seat.next_event = now + self._planned_downtime()
                    else:
                        await self._spawn(seat)
                        seat.next_event = now + self._stop_delay()
        self.sim_end = self.clock.now()

    async def settle(self, days: int = 2) -> None:
        """Everything healthy for a while: open claims resolve, skipped days get recorded."""
        for seat in self.seats:
            if seat.life is not None:
                await self._end_life(seat, "stop")
        self.faults_on = False
        self.settle_start = self.clock.now()
        for seat in self.seats:
            await self._spawn(seat)
        await self.clock.advance(dt.timedelta(days=days), [life.task for life in self._alive()])
        for seat in self.seats:
            assert seat.life is not None and not seat.life.task.done(), "a process died while faults were off"
            await self._end_life(seat, "final")

    # --- checks --------------------------------------------------------------------------------------

    def slots(self, guild_id: int, first: dt.date, last: dt.date) -> list[Slot]:
        _, zone_name, at_text = next(g for g in self.guilds if g[0] == guild_id)
        zone, at = load_zone(zone_name), parse_post_time(at_text)
        out, day = [], first
        while day <= last:
            slot = slot_for(day, at, zone, CATCHUP)
            if slot is not None:
                out.append(slot)
            day += dt.timedelta(days=1)
        return out

    def must_post(self, slot: Slot) -> bool:
        """Some process was up, without dying, from a moment inside the window for MUST_POST_SPAN."""
        for life in self.lives:
            if life.how == "final" or life.end is None:
                continue
            t = max(life.start, slot.due)
            if t <= slot.deadline and t + MUST_POST_SPAN <= life.end and t + MUST_POST_SPAN < slot.day_end:
                return True
        return False

    def check(self, storage_rows: dict[int, list]) -> dict[str, int]:
        """Assert the guarantees; return counts for the test's own sanity assertions."""
        stats: Counter[str] = Counter()
        by_guild: dict[int, list[Sent]] = defaultdict(list)
        for one in self.discord.all_sent():
            by_guild[one.guild_id].append(one)
        for guild_id, zone_name, _ in self.guilds:
            zone = load_zone(zone_name)
            sent = sorted(by_guild[guild_id], key=lambda s: s.at)
            # 1. one message per digest day, and per local calendar day of posting
            days = Counter(s.day for s in sent)
            assert max(days.values(), default=0) <= 1, f"guild {guild_id} double-posted: {days.most_common(3)}"
            post_days = Counter(s.at.astimezone(zone).date() for s in sent)
            assert max(post_days.values(), default=0) <= 1, f"guild {guild_id}: two posts on one local day"
            # 2. each message is posted on its own local day, never before its slot
            for s in sent:
                assert s.at.astimezone(zone).date() == s.day, f"guild {guild_id}: {s.day} posted at {s.at}"
                slot = self.slots(guild_id, s.day, s.day)[0]
                assert s.at >= slot.due, f"guild {guild_id}: {s.day} posted early at {s.at}"
            # 3. the database agrees with the channel, and every past day has a final row
            rows = {r.local_date: r for r in storage_rows[guild_id]}
            sent_by_day = {s.day: s for s in sent}
            first = min(dt.date.fromisoformat(d) for d in rows)
            last = (self.settle_start.astimezone(zone) - dt.timedelta(days=1)).date()
            for slot in self.slots(guild_id, first, last):
                row = rows.get(slot.iso)
                assert row is not None, f"guild {guild_id}: no record for {slot.iso}"
                assert row.status in ("posted", "missed", "failed"), f"guild {guild_id} {slot.iso}: {row}"
                if row.status == "posted":
                    assert slot.day in sent_by_day, f"guild {guild_id}: {slot.iso} recorded but not in channel"
                    assert row.message_id == sent_by_day[slot.day].message_id
                    stats["posted"] += 1
                else:
                    assert slot.day not in sent_by_day, f"guild {guild_id}: {slot.iso} in channel, row {row.status}"
                    stats[row.status] += 1
                # 4. no miss inside the window
                if self.must_post(slot):
                    stats["must_post"] += 1
                    assert row.status == "posted", f"guild {guild_id}: {slot.iso} should have posted: {row}"
            # 5. the fact of the day repeats nothing until the whole base was shown
            facts = [sent_by_day[d].digest.fact_id for d in sorted(sent_by_day)]
            size = len(self.base.facts)
            cycles = [r for r in storage_rows[guild_id] if r.status == "posted"]
            assert len(cycles) == len(facts)
            for i in range(0, len(facts), size):
                chunk = facts[i : i + size]
                assert len(set(chunk)) == len(chunk), f"guild {guild_id}: fact repeated within a cycle"
        stats["crashes"] = sum(1 for life in self.lives if life.how == "crash")
        stats["stops"] = sum(1 for life in self.lives if life.how == "stop")
        stats["recovered_lookups"] = sum(1 for kind, _ in self.discord.calls if kind == "find")
        return dict(stats)
