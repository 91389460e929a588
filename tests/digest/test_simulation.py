"""400 simulated days per zone with restarts and crashes: once a day, no miss inside the window."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from .fakes import make_base
from .simulation import Simulation

pytestmark = pytest.mark.slow  # hundreds of simulated days per test

START = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


async def _rows(sim: Simulation) -> dict[int, list]:
    storage = await sim.backend.open()
    try:
        return {g: await storage.all_posts(g) for g, _, _ in sim.guilds}
    finally:
        await storage.close()


async def test_400_days_with_restarts_and_crashes_post_once_a_day(backend):
    t0 = time.perf_counter()
    sim = Simulation(backend, make_base(34), seed=20250101, start=START)
    await sim.run(days=400)
    await sim.settle()
    stats = sim.check(await _rows(sim))
    print(stats, f"{time.perf_counter() - t0:.1f}s")
    # The run must actually have exercised what it claims to prove.
    assert stats["crashes"] >= 20 and stats["stops"] >= 20
    assert stats["posted"] >= 6 * 300
    assert stats["must_post"] >= 6 * 250
    assert stats.get("missed", 0) >= 5


async def test_two_schedulers_on_one_database_never_double_post(backend):
    sim = Simulation(backend, make_base(34), seed=7, start=START, processes=2)
    await sim.run(days=150)
    await sim.settle()
    stats = sim.check(await _rows(sim))
    assert stats["crashes"] >= 10
    assert stats["posted"] >= 6 * 140
    # Both processes really competed: each seat posted a fair share of the days.
    by_seat = {"p0": 0, "p1": 0}
    for life in sim.lives:
        by_seat[life.name.split("-")[0]] += life.poster.sent
    assert min(by_seat.values()) >= 100, by_seat


async def test_simulation_detects_a_double_post(tmp_path):  # the checker's own test: SQLite is enough
    """The checker itself must be able to fail: inject a second message for one day."""
    sim = Simulation(tmp_path / "dup.db", make_base(5), seed=3, start=START, crash_rate=0, transient_rate=0,
                     ambiguous_rate=0)
    await sim.run(days=5)
    await sim.settle()
    first = sim.discord.all_sent()[0]
    sim.discord.messages[first.channel_id].append(first)
    try:
        sim.check(await _rows(sim))
    except AssertionError as error:
        assert "double-posted" in str(error)
    else:
        raise AssertionError("a duplicated message went unnoticed")
