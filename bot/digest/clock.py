"""Time as the scheduler sees it: `now()` in UTC and `sleep_until(instant)`.

Why an abstraction: the scheduler's guarantees (once a day, catch-up, DST, retries) are only
believable if a test can run 400 days in seconds. `FakeClock` lets a test jump from one sleeper's
wake-up time to the next, deterministically, without real waiting.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import heapq
import itertools
import os
from collections.abc import Callable, Iterable
from typing import Protocol

UTC = dt.UTC
# Wall clocks jump (NTP, suspend); sleep in bounded chunks and re-check instead of trusting one long sleep.
_MAX_REAL_SLEEP = 60.0


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current instant, timezone-aware, in UTC."""
        ...

    async def sleep_until(self, when: dt.datetime, wake: asyncio.Event | None = None) -> None:
        """Return at or after `when` (immediately if it has passed), or as soon as `wake` is set."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(UTC)

    async def sleep_until(self, when: dt.datetime, wake: asyncio.Event | None = None) -> None:
        while True:
            remaining = (when - self.now()).total_seconds()
            if remaining <= 0 or (wake is not None and wake.is_set()):
                return
            chunk = min(remaining, _MAX_REAL_SLEEP)
            if wake is None:
                await asyncio.sleep(chunk)
                continue
            try:
                await asyncio.wait_for(wake.wait(), chunk)
            except TimeoutError:
                pass


class FakeClock:
    """A clock that moves only when the test says so.

    Tasks that call `sleep_until` are parked; `advance_to` (or `run_until`) moves time forward,
    waking sleepers in time order and, before each jump, waiting until the watched tasks are all
    parked again (or finished) — so "what happens at 09:00" has fully happened before 09:01.
    """

    def __init__(self, start: dt.datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start.astimezone(UTC)
        self._heap: list[tuple[dt.datetime, int, asyncio.Future[None]]] = []
        self._seq = itertools.count()
        self._sleeping: dict[asyncio.Task[object], asyncio.Future[None]] = {}
        self._changed = asyncio.Event()

    def now(self) -> dt.datetime:
        return self._now

    async def sleep_until(self, when: dt.datetime, wake: asyncio.Event | None = None) -> None:
        if when <= self._now or (wake is not None and wake.is_set()):
            await asyncio.sleep(0)  # still a suspension point, like a real zero-length sleep
            return
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        waker: asyncio.Task[bool] | None = None
        if wake is not None:
            waker = asyncio.ensure_future(wake.wait())
            waker.add_done_callback(lambda _: None if future.done() else future.set_result(None))
        heapq.heappush(self._heap, (when, next(self._seq), future))
        task = asyncio.current_task()
        if task is not None:
            self._sleeping[task] = future
        self._changed.set()
        try:
            await future
        finally:
            if waker is not None:
                waker.cancel()
            if task is not None and self._sleeping.get(task) is future:
                del self._sleeping[task]
            if not future.done():
                future.cancel()
            self._changed.set()

    @property
    def next_wakeup(self) -> dt.datetime | None:
        self._drop_cancelled()
        return self._heap[0][0] if self._heap else None

    def _drop_cancelled(self) -> None:
        while self._heap and self._heap[0][2].done():
            heapq.heappop(self._heap)

    def _wake_due(self) -> None:
        self._drop_cancelled()
        while self._heap and self._heap[0][0] <= self._now:
            _, _, future = heapq.heappop(self._heap)
            if not future.done():
                future.set_result(None)
            self._drop_cancelled()

    async def settle(self, tasks: Iterable[asyncio.Task[object]], timeout: float = 30.0) -> None:
        """Wait (no clock movement) until every task is parked in `sleep_until` or has finished.

        The timeout is a safety net against a hung test, not part of the timing under test.
        """
        watched = list(tasks)
        async with asyncio.timeout(timeout):
            while True:
                # Let woken tasks run before judging; they re-park or finish.
                await asyncio.sleep(0)
                if all(t.done() or self._parked(t) for t in watched):
                    # A second look after yielding once more: a task may have just been woken.
                    await asyncio.sleep(0)
                    if all(t.done() or self._parked(t) for t in watched):
                        return
                self._changed.clear()
                waiters = [asyncio.ensure_future(self._changed.wait())]
                waiters += [t for t in watched if not t.done()]  # type: ignore[misc]
                await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
                waiters[0].cancel()

    def _parked(self, task: asyncio.Task[object]) -> bool:
        future = self._sleeping.get(task)
        return future is not None and not future.done()

    async def advance_to(
        self,
        when: dt.datetime,
        tasks: Iterable[asyncio.Task[object]] = (),
        stop: Callable[[], bool] | None = None,
    ) -> bool:
        """Move time to `when`, waking every sleeper due on the way in order and letting `tasks` settle.

        With `stop`, returns early (False) right after the wake-up that made `stop()` true — a test
        uses it to notice a crashed task at the moment it crashed. True when `when` was reached.
        """
        watched = list(tasks)
        await self.settle(watched)
        while True:
            if stop is not None and stop():
                return False
            nxt = self.next_wakeup
            if nxt is None or nxt > when:
                break
            self._now = max(self._now, nxt)
            self._wake_due()
            await self.settle(watched)
        if stop is not None and stop():
            return False
        self._now = max(self._now, when)
        self._wake_due()
        await self.settle(watched)
        return True

    def jump_to(self, when: dt.datetime) -> None:
        """Set the time without waking anyone (as if the machine was suspended); sleepers due by then
        wake on the next `advance_to`. Tests use it for "the bot was off until …"."""
        if when < self._now:
            raise ValueError("time does not go backwards")
        self._now = when

    async def advance(self, delta: dt.timedelta, tasks: Iterable[asyncio.Task[object]] = ()) -> None:
        await self.advance_to(self._now + delta, tasks)


TEST_CLOCK_ENV = "FACTDESK_TEST_CLOCK_FILE"
_FILE_POLL = 0.02  # seconds between looks at the file while a sleeper waits


class FileClock:
    """TEST ONLY: the digest's time read from a file, so a test can move the time of bot *processes*.

    `FakeClock` steers a scheduler inside the test's own event loop; the multi-process scale test
    (tests/scale/) runs real `python -m bot run` subprocesses, which it cannot reach that way. It writes
    an ISO-8601 instant (or epoch seconds) to the file named by FACTDESK_TEST_CLOCK_FILE instead, and
    every process reads it. Time stands still between writes and never goes backwards, so "tomorrow
    09:00" is one write away. The runner installs it only when that variable is set, and logs a warning.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._now: dt.datetime | None = None
        self._stamp: tuple[int, int, int] | None = None
        self.now()  # fail at start, not in the scheduler, if the file is missing or malformed

    def now(self) -> dt.datetime:
        stat = os.stat(self.path)
        stamp = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        if stamp != self._stamp or self._now is None:
            with open(self.path, encoding="utf-8") as handle:
                text = handle.read().strip()
            if text:  # a half-written file reads empty: keep the last time and look again
                when = (dt.datetime.fromtimestamp(float(text), UTC) if text.replace(".", "", 1).isdigit()
                        else dt.datetime.fromisoformat(text).astimezone(UTC))
                self._now = when if self._now is None else max(self._now, when)
                self._stamp = stamp
        assert self._now is not None, f"{self.path} holds no time"
        return self._now

    async def sleep_until(self, when: dt.datetime, wake: asyncio.Event | None = None) -> None:
        await asyncio.sleep(0)
        while self.now() < when and not (wake is not None and wake.is_set()):
            if wake is None:
                await asyncio.sleep(_FILE_POLL)
                continue
            try:
                await asyncio.wait_for(wake.wait(), _FILE_POLL)
            except TimeoutError:
                pass


def file_clock_from_environ(environ: dict[str, str] | None = None) -> FileClock | None:
    """The `FileClock` named by FACTDESK_TEST_CLOCK_FILE, or None (always, outside tests)."""

    path = (os.environ if environ is None else environ).get(TEST_CLOCK_ENV)
    return FileClock(path) if path else None
