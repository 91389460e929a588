"""Injectable clock: real wall time plus an offset the test can advance.

Every time-dependent rule of the emulator (the 3 s interaction deadline, the 15 min
interaction-token lifetime, snowflake and message timestamps) reads ``Clock.now()``,
so a test can make an interaction "late" without sleeping::

    emu.clock.advance(4)               # everything is now 4 s older
    emu.age_interaction(handle.id, 4)  # or only this interaction
"""

from __future__ import annotations

import time
from datetime import UTC, datetime


class Clock:
    def __init__(self) -> None:
        self.offset = 0.0

    def now(self) -> float:
        """Seconds since the Unix epoch, shifted by :meth:`advance`."""
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds

    def iso(self, at: float | None = None) -> str:
        """ISO-8601 timestamp like the ones Discord puts in payloads."""
        return datetime.fromtimestamp(self.now() if at is None else at, UTC).isoformat()


DISCORD_EPOCH_MS = 1420070400000


class Snowflakes:
    """Monotonic Discord-style snowflakes whose timestamp part follows the clock."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._last = 0

    def next(self) -> int:
        ms = int(self.clock.now() * 1000) - DISCORD_EPOCH_MS
        value = max(ms << 22, self._last + 1)
        self._last = value
        return value
