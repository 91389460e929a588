"""FakeClock: time moves only when told, sleepers wake in order, nothing really waits."""

from __future__ import annotations

import asyncio
import datetime as dt
import os

import pytest

from bot.digest.clock import TEST_CLOCK_ENV, FakeClock, FileClock, SystemClock, file_clock_from_environ

T0 = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


async def test_sleepers_wake_in_time_order_at_their_instant() -> None:
    clock = FakeClock(T0)
    woke: list[tuple[str, dt.datetime]] = []

    async def sleeper(name: str, minutes: int) -> None:
        await clock.sleep_until(T0 + dt.timedelta(minutes=minutes))
        woke.append((name, clock.now()))

    tasks = [asyncio.create_task(sleeper("b", 20)), asyncio.create_task(sleeper("a", 10))]
    await clock.advance_to(T0 + dt.timedelta(minutes=15), tasks)
    assert woke == [("a", T0 + dt.timedelta(minutes=10))]
    await clock.advance_to(T0 + dt.timedelta(hours=1), tasks)
    assert [n for n, _ in woke] == ["a", "b"] and woke[1][1] == T0 + dt.timedelta(minutes=20)
    assert clock.now() == T0 + dt.timedelta(hours=1)


async def test_wake_event_ends_a_sleep_early_and_past_instants_return_at_once() -> None:
    clock = FakeClock(T0)
    wake = asyncio.Event()
    task = asyncio.create_task(clock.sleep_until(T0 + dt.timedelta(days=1), wake))
    await clock.settle([task])
    assert not task.done()
    wake.set()
    await asyncio.wait_for(task, 5)
    assert clock.now() == T0
    await clock.sleep_until(T0 - dt.timedelta(seconds=1))  # already past: returns


async def test_stop_condition_halts_advance_at_the_moment_it_becomes_true() -> None:
    clock = FakeClock(T0)

    async def dies_at_five() -> None:
        await clock.sleep_until(T0 + dt.timedelta(minutes=5))
        raise RuntimeError("boom")

    task = asyncio.create_task(dies_at_five())
    reached = await clock.advance_to(T0 + dt.timedelta(hours=1), [task], stop=task.done)
    assert not reached and clock.now() == T0 + dt.timedelta(minutes=5)
    with pytest.raises(RuntimeError):
        await task


async def test_cancelled_sleepers_are_forgotten_and_time_never_goes_back() -> None:
    clock = FakeClock(T0)
    task = asyncio.create_task(clock.sleep_until(T0 + dt.timedelta(minutes=1)))
    await clock.settle([task])
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert clock.next_wakeup is None
    with pytest.raises(ValueError):
        clock.jump_to(T0 - dt.timedelta(seconds=1))
    with pytest.raises(ValueError):
        FakeClock(dt.datetime(2025, 1, 1))


async def test_system_clock_is_aware_utc_and_returns_for_past_instants() -> None:
    clock = SystemClock()
    now = clock.now()
    assert now.tzinfo is not None and now.utcoffset() == dt.timedelta(0)
    await clock.sleep_until(now - dt.timedelta(seconds=1))
    wake = asyncio.Event()
    wake.set()
    await clock.sleep_until(now + dt.timedelta(hours=1), wake)  # returns at once: wake already set


async def test_file_clock_follows_the_file_and_never_goes_back(tmp_path) -> None:
    """The test-only clock of the multi-process scale test: time is whatever the file says."""
    path = tmp_path / "clock.txt"

    def write(text: str) -> None:
        (tmp_path / "tmp").write_text(text)
        os.replace(tmp_path / "tmp", path)

    write("2025-06-01T09:00:00+00:00")
    clock = file_clock_from_environ({TEST_CLOCK_ENV: str(path)})
    assert isinstance(clock, FileClock) and file_clock_from_environ({}) is None
    assert clock.now() == dt.datetime(2025, 6, 1, 9, tzinfo=dt.UTC)
    sleeper = asyncio.create_task(clock.sleep_until(dt.datetime(2025, 6, 1, 10, tzinfo=dt.UTC)))
    await asyncio.sleep(0)
    assert not sleeper.done()
    write(str(dt.datetime(2025, 6, 1, 10, tzinfo=dt.UTC).timestamp()))  # epoch seconds work too
    await asyncio.wait_for(sleeper, 5)
    write("2025-05-01T00:00:00+00:00")
    assert clock.now() == dt.datetime(2025, 6, 1, 10, tzinfo=dt.UTC)  # never backwards
