"""Scale out: two real bot processes (`python -m bot run`), one shard each, over 20 servers, one database.

What the issue asks to be shown, on SQLite (a shared file) and on PostgreSQL:

* each server's digest is posted exactly once a day — 20 posts a day, no more, no fewer — and by the
  process whose shard the server is on (`(guild_id >> 22) % 2`, as Discord routes it);
* a process killed (SIGKILL, no goodbye) and restarted later the same day catches up its servers'
  missed digests inside the catch-up window, while the other process never posts for them;
* `/admin status` answered by each process shows its own shard, its 10 servers and an empty queue.

Everything is real: the processes run the real runner, discord.py talks HTTP and websockets to the
loopback emulator, the claims go through the real database. The only test hook is the digest's clock:
FACTDESK_TEST_CLOCK_FILE (see `bot.digest.clock.FileClock`) lets the test move the processes' digest
time forward ("day 2, 11:30") by writing a file. Nothing waits on wall-clock time: every step awaits an
observable condition in the emulator (posts, sessions) with a timeout as a safety net.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import re
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import pytest_asyncio

from bot.core.engine import Engine
from bot.digest.clock import TEST_CLOCK_ENV, FakeClock
from bot.digest.scheduler import DigestScheduler
from tests.backends import Backend
from tests.digest.fakes import FakeDiscord
from tests.discord_emulator import DiscordEmulator
from tests.discord_emulator.fixtures import discord_emulator  # noqa: F401  (fixture)
from tests.scratch import copy_fact_base

pytestmark = pytest.mark.slow  # real bot processes, started and killed

REPO = Path(__file__).resolve().parents[2]
SHARDS = 2
SERVERS = 20
UTC = dt.UTC
DAY1 = dt.date(2025, 6, 2)
MIDNIGHT = dt.time(0, 0)
LATE_MORNING = dt.time(11, 30)  # after every server's slot (06:00-11:00 UTC), inside the 6 h catch-up window
START_TIMEOUT = 30.0
POST_TIMEOUT = 30.0


def at(day: int, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(DAY1 + dt.timedelta(days=day - 1), time, UTC)


@dataclass
class Fleet:
    """The emulator, the shared database, the clock file and the bot processes (one per shard)."""

    emu: DiscordEmulator
    backend: Backend
    tmp: Path
    version: str  # the fact base version every process should report
    channels: dict[int, int] = field(default_factory=dict)  # guild -> its digest channel
    slot_hour: dict[int, int] = field(default_factory=dict)  # guild -> its digest hour (UTC)
    roots: dict[int, Path] = field(default_factory=dict)  # shard -> its own corpus/ + facts/ (default: the repo)
    procs: dict[int, asyncio.subprocess.Process] = field(default_factory=dict)  # shard -> process
    runs: dict[int, int] = field(default_factory=dict)  # shard -> how many processes ran it so far

    @property
    def clock_file(self) -> Path:
        return self.tmp / "digest-clock.txt"

    def set_time(self, when: dt.datetime) -> None:
        """Every process's digest clock jumps to `when` (an atomic replace, never a half-written file)."""
        scratch = self.tmp / "digest-clock.tmp"
        scratch.write_text(when.isoformat())
        os.replace(scratch, self.clock_file)

    def env(self, shard_id: int) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("DISCORD_", "OWNER_IDS", "DEV_GUILD", "DATABASE_", "SHARD_", "FACTDESK_"))}
        env.update({
            "DISCORD_TOKEN": self.emu.token, "DISCORD_API_BASE": self.emu.api_base,
            "SHARD_COUNT": str(SHARDS), "SHARD_IDS": str(shard_id), TEST_CLOCK_ENV: str(self.clock_file),
            "PYTHONPATH": str(REPO), "FACTDESK_ROOT": str(self.roots.get(shard_id, REPO)), "LOG_LEVEL": "INFO",
        })
        if self.backend.name == "sqlite":
            env["DATABASE_PATH"] = self.backend.location
        else:
            env["DATABASE_URL"] = self.backend.location
            env["DATABASE_PATH"] = str(self.tmp / "data" / "unused.db")  # only its folder is used (synced-commands.json)
        return env

    def log(self, shard_id: int, run: int | None = None) -> Path:
        """The output of the `run`-th process of that shard (1 = the first; default the latest)."""
        return self.tmp / f"shard{shard_id}-run{run or self.runs.get(shard_id, 1)}.log"

    def posted_by(self, shard_id: int, run: int, day: int) -> set[int]:
        """The servers that process logged "digest posted" for on `day`."""
        date = (DAY1 + dt.timedelta(days=day - 1)).isoformat()
        text = self.log(shard_id, run).read_text()
        return {int(g) for g in re.findall(rf"digest posted: guild (\d+), {date},", text)}

    async def start(self, *shard_ids: int) -> None:
        """Start one process per shard and wait until the emulator sees each shard's session."""
        for shard_id in shard_ids:
            self.runs[shard_id] = self.runs.get(shard_id, 0) + 1
            with self.log(shard_id).open("wb") as out:
                proc = await asyncio.create_subprocess_exec(
                    sys.executable, "-m", "bot", "run", env=self.env(shard_id), cwd=self.tmp, stdout=out, stderr=out)
            self.procs[shard_id] = proc
        try:
            await self.emu.wait_for_shards([(s, SHARDS) for s in shard_ids], timeout=START_TIMEOUT)
        except AssertionError as error:
            raise AssertionError(f"{error}\n{self.logs()}") from None

    async def kill(self, shard_id: int) -> None:
        """SIGKILL: no close, no goodbye to Discord or the database."""
        proc = self.procs.pop(shard_id)
        proc.kill()
        await asyncio.wait_for(proc.wait(), 10)
        await self.emu.wait_for(lambda: (shard_id, SHARDS) not in self.emu.sessions_by_shard() or None, 10,
                                f"the gateway to notice shard {shard_id} is gone")

    async def stop(self) -> dict[int, int]:
        """SIGINT every process (a clean stop) and return their exit codes."""
        codes = {}
        for shard_id, proc in list(self.procs.items()):
            if proc.returncode is None:
                proc.send_signal(signal.SIGINT)
            try:
                codes[shard_id] = await asyncio.wait_for(proc.wait(), 15)
            except TimeoutError:
                proc.kill()
                codes[shard_id] = await proc.wait()
        self.procs.clear()
        return codes

    def logs(self) -> str:
        return "\n".join(f"--- {path.name} ---\n{path.read_text()[-3000:]}"
                         for path in sorted(self.tmp.glob("shard*-run*.log")))

    # --- what Discord received ----------------------------------------------------------------------

    def digests(self) -> Counter[tuple[int, str]]:
        """(guild, local date in the footer) -> how many digest messages were posted for it."""
        guild_of = {c: g for g, c in self.channels.items()}
        found: Counter[tuple[int, str]] = Counter()
        for m in self.emu.recorder.messages:
            if m.channel_id in guild_of and m.source != "interaction" and m.embeds:
                footer = (m.embeds[0].get("footer") or {}).get("text", "")
                found[(guild_of[m.channel_id], footer.rsplit(" ", 1)[-1])] += 1
        return found

    def posted_on(self, day: int) -> dict[int, int]:
        date = (DAY1 + dt.timedelta(days=day - 1)).isoformat()
        return {g: n for (g, d), n in self.digests().items() if d == date}

    async def wait_for_posts(self, day: int, guilds: set[int]) -> None:
        try:
            await self.emu.wait_for(lambda: set(self.posted_on(day)) >= guilds or None, POST_TIMEOUT,
                                    f"day {day}'s digests for {len(guilds)} servers")
        except AssertionError as error:
            raise AssertionError(f"{error}: got {len(self.posted_on(day))}\n{self.logs()}") from None

    def guilds_on(self, shard_id: int) -> set[int]:
        return {g for g in self.channels if self.emu.shard_of(g, SHARDS) == shard_id}


@pytest_asyncio.fixture
async def fleet(discord_emulator: DiscordEmulator, backend: Backend, engine: Engine,  # noqa: F811
                tmp_path: Path) -> AsyncIterator[Fleet]:
    """Both backends: SQLite (one shared file) and PostgreSQL."""
    async for made in _fleet(discord_emulator, backend, engine, tmp_path):
        yield made


@pytest_asyncio.fixture
async def pg_fleet(discord_emulator: DiscordEmulator, pg_database: str, engine: Engine,  # noqa: F811
                   tmp_path: Path) -> AsyncIterator[Fleet]:
    """PostgreSQL only: the reload bus is LISTEN/NOTIFY (SQLite means one process, nobody to tell)."""
    async for made in _fleet(discord_emulator, Backend("postgres", pg_database), engine, tmp_path):
        yield made


async def _fleet(emu: DiscordEmulator, backend: Backend, engine: Engine, tmp_path: Path) -> AsyncIterator[Fleet]:
    emu.recommended_shards = SHARDS
    fleet = Fleet(emu, backend, tmp_path, engine.base.version)
    made = emu.world.add_guilds(SERVERS, emu.world.owner, shard_count=SHARDS)
    fleet.channels = {guild.id: int(channel["id"]) for guild, channel in made}
    # Every server turns the digest on before the processes start (as `/digest set` would): slots spread
    # over 06:00-11:00 UTC so the servers are not all due at the same instant.
    storage = await backend.open()
    try:
        clock = FakeClock(at(1, MIDNIGHT))  # configuring posts nothing: the fake channel stays empty
        scheduler = DigestScheduler(storage, FakeDiscord(clock), lambda: engine.base, clock=clock)
        for i, (guild, channel) in enumerate(made):
            fleet.slot_hour[guild.id] = 6 + i % 6
            await scheduler.configure(guild.id, channel_id=int(channel["id"]), post_time=f"{6 + i % 6:02d}:00",
                                      timezone="UTC", by=emu.world.owner.id)
    finally:
        await storage.close()
    fleet.set_time(at(1, MIDNIGHT))
    try:
        yield fleet
    finally:
        codes = await fleet.stop()
        assert all(code == 0 for code in codes.values()), f"{codes}\n{fleet.logs()}"
    assert "Traceback" not in fleet.logs(), fleet.logs()


async def _status(fleet: Fleet, shard_id: int, until: str | None = None, timeout: float = 10.0) -> str:
    """`/admin status` in a server on `shard_id` (the emulator routes it to that shard's process).

    With `until`, asks again until the answer contains it: a post reaches Discord a moment before its
    process moves that server's schedule on in the database, and the queue depth is read from there.
    """
    emu = fleet.emu
    guild = min(fleet.guilds_on(shard_id))
    async with asyncio.timeout(timeout):
        while True:
            st = await emu.inject_slash("admin status", channel=emu.world.channels[fleet.channels[guild]],
                                        user=emu.world.owner)
            response = await emu.wait_for_response(st, timeout=timeout)
            text = str(response.embeds[0]["description"])
            if until is None or until in text:
                return text


async def test_two_processes_post_each_servers_digest_exactly_once_a_day(fleet: Fleet) -> None:
    everyone = set(fleet.channels)
    assert len(fleet.guilds_on(0)) == len(fleet.guilds_on(1)) == SERVERS // SHARDS
    await fleet.start(0, 1)

    for day in (1, 2):
        fleet.set_time(at(day, LATE_MORNING))
        await fleet.wait_for_posts(day, everyone)
    # Day 2's posts came after day 1's were all out: a second post for day 1 would have shown by now.
    assert fleet.digests() == Counter({(g, (DAY1 + dt.timedelta(days=d)).isoformat()): 1
                                       for g in everyone for d in (0, 1)})
    for shard_id in (0, 1):
        text = await _status(fleet, shard_id, until="**Digest queue** 0 due on these shards (0 across")
        assert f"**Shards** {shard_id} of {SHARDS}" in text and f"shard {shard_id}: " in text
        servers = sum(1 for g in fleet.emu.world.guilds if fleet.emu.shard_of(g, SHARDS) == shard_id)
        assert f"{servers} servers" in text  # its 10 digest servers, plus the emulator's default one on one shard
        assert f"version {fleet.version}" in text

    # Day 3: shard 1's process dies in the night; shard 0's keeps posting its own servers only.
    await fleet.kill(1)
    fleet.set_time(at(3, dt.time(9, 0)))
    early = {g for g in fleet.guilds_on(0) if fleet.slot_hour[g] <= 9}
    await fleet.wait_for_posts(3, early)
    fleet.set_time(at(3, LATE_MORNING))
    await fleet.wait_for_posts(3, fleet.guilds_on(0))
    # The dead process's servers are waiting (due, not posted); none of them is on the living one's shards.
    await _status(fleet, 0, until=f"**Digest queue** 0 due on these shards ({len(fleet.guilds_on(1))} across")
    assert set(fleet.posted_on(3)) == fleet.guilds_on(0)  # nobody posts for the dead process's servers

    # Restarted at 11:30, inside the 6 h catch-up window of every slot: it catches up all 10.
    await fleet.start(1)
    await fleet.wait_for_posts(3, everyone)
    assert fleet.posted_on(3) == dict.fromkeys(everyone, 1)
    # Three days, two processes, one restart: 20 posts a day, no more, no fewer.
    assert Counter(d for (_, d) in fleet.digests().elements()) == Counter(
        {(DAY1 + dt.timedelta(days=d)).isoformat(): SERVERS for d in range(3)})

    # Who posted what, from each process's own log ("digest posted: guild …"), read once they stopped
    # (a log line follows its post, so it is only certainly written when the process is gone).
    assert all(code == 0 for code in (await fleet.stop()).values()), fleet.logs()
    for day in (1, 2):  # each server by the process of its shard
        assert fleet.posted_by(0, 1, day) == fleet.guilds_on(0)
        assert fleet.posted_by(1, 1, day) == fleet.guilds_on(1)
    assert fleet.posted_by(0, 1, 3) == fleet.guilds_on(0)
    assert fleet.posted_by(1, 1, 3) == set()  # it was dead
    assert fleet.posted_by(1, 2, 3) == fleet.guilds_on(1)  # its successor caught all its servers up



async def test_a_reload_on_one_process_is_seen_by_the_other(pg_fleet: Fleet) -> None:
    """Each machine has its own facts/; the new facts are deployed to both, an owner runs `/admin reload`
    on one process, and the other follows over the database (LISTEN/NOTIFY): its `/admin status` shows
    the same new version."""
    fleet = pg_fleet
    for shard_id in range(SHARDS):
        fleet.roots[shard_id] = copy_fact_base(fleet.tmp / f"machine{shard_id}")
    await fleet.start(0, 1)
    for shard_id in range(SHARDS):
        await _status(fleet, shard_id, until=f"version {fleet.version}")

    for root in fleet.roots.values():  # the deploy
        with (root / "facts" / "events.yaml").open("a", encoding="utf-8") as f:
            f.write("\n# deployed to every machine\n")
    new = (await asyncio.to_thread(Engine.load, fleet.roots[0])).base.version
    assert new != fleet.version

    emu = fleet.emu
    guild = min(fleet.guilds_on(0))
    st = await emu.inject_slash("admin reload", channel=emu.world.channels[fleet.channels[guild]], user=emu.world.owner)
    reply = await emu.wait_for_message(lambda m: bool(m.embeds), interaction=st, timeout=15)
    assert f"(version {new})" in reply.embeds[0]["description"]
    text = await _status(fleet, 1, until=f"version {new}", timeout=20)  # the other process, over the bus
    assert "**Shards** 1 of 2" in text and "postgresql " in text
