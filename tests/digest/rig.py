"""A small harness for scenario tests: one database (SQLite or PostgreSQL), a FakeClock, a fake Discord,
and processes.

`start()` launches a scheduler process (its own connection and owner, like a bot instance);
`kill()` ends one the hard way (task cancelled, connection dropped), `advance_to()` moves time.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.core.model import FactBase
from bot.digest.clock import FakeClock
from bot.digest.scheduler import DigestScheduler
from bot.storage.base import Storage

from ..backends import Backend
from .fakes import FakeDiscord, make_base

UTC = dt.UTC


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> dt.datetime:
    """A UTC instant, the way the digest scenarios write their times."""
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=UTC)


@dataclass
class Proc:
    storage: Storage
    scheduler: DigestScheduler
    task: asyncio.Task[None]


@dataclass
class Rig:
    db: Backend | Path  # a Path means an SQLite file there
    start: dt.datetime
    base: FactBase = field(default_factory=lambda: make_base(10))
    catchup: dt.timedelta = dt.timedelta(hours=6)
    lease: dt.timedelta = dt.timedelta(minutes=10)

    def __post_init__(self) -> None:
        if isinstance(self.db, Path):
            self.db = Backend("sqlite", str(self.db))
        self.backend: Backend = self.db
        self.clock = FakeClock(self.start)
        self.discord = FakeDiscord(self.clock)
        self.procs: list[Proc] = []
        self._n = 0

    async def start_process(self, poster: Any = None, storage_wrapper: Any = None,
                            lock_timeout_ms: int = 5000) -> Proc:
        self._n += 1
        storage = await self.backend.open(durable=False, lock_timeout_ms=lock_timeout_ms)
        scheduler = DigestScheduler(
            storage_wrapper(storage) if storage_wrapper else storage,
            poster or self.discord,
            lambda: self.base,
            clock=self.clock,
            owner=f"proc-{self._n}",
            catchup=self.catchup,
            lease=self.lease,
            rng=random.Random(self._n),
        )
        proc = Proc(storage, scheduler, asyncio.create_task(scheduler.run()))
        self.procs.append(proc)
        await self.clock.settle(self.tasks())
        return proc

    def tasks(self) -> list[asyncio.Task[None]]:
        return [p.task for p in self.procs]

    async def kill(self, proc: Proc) -> None:
        proc.task.cancel()
        try:
            await proc.task
        except BaseException:  # cancelled or crashed: either way the process is gone
            pass
        await proc.storage.close()
        self.procs.remove(proc)

    async def close(self) -> None:
        for proc in list(self.procs):
            await self.kill(proc)

    async def advance_to(self, when: dt.datetime) -> None:
        await self.clock.advance_to(when, self.tasks())

    async def advance(self, delta: dt.timedelta) -> None:
        await self.clock.advance(delta, self.tasks())

    async def configure(self, guild_id: int, zone: str, at: str, channel_id: int | None = None) -> None:
        storage = await self.backend.open(durable=False)
        admin = DigestScheduler(storage, self.discord, lambda: self.base, clock=self.clock, catchup=self.catchup)
        await admin.configure(guild_id, channel_id=channel_id or guild_id * 10, post_time=at, timezone=zone)
        await storage.close()
        for proc in self.procs:
            proc.scheduler.poke()
        await self.clock.settle(self.tasks())

    async def rows(self, guild_id: int) -> list[Any]:
        storage = await self.backend.open()
        try:
            return await storage.all_posts(guild_id)
        finally:
            await storage.close()

    def sent(self, channel_id: int) -> list[Any]:
        return list(self.discord.messages.get(channel_id, []))
