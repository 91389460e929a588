"""When a server's digest is due: local wall-clock times turned into UTC instants, DST included.

Rules (chosen so that "one digest per local calendar day" always has exactly one slot per day):

* A time that does not exist on a day (spring-forward gap, e.g. 02:30 in New York on the second
  Sunday of March) posts at the first valid instant after the gap (03:00 local), not 03:30 as
  naive offset arithmetic would give.
* A time that happens twice (fall-back fold, e.g. 01:30 in New York in November) posts at its first
  occurrence. The daily claim is keyed on the local date, so the second occurrence could never post
  again anyway.
* A local day ends at the first instant of the next local day (which may itself be after a gap).
* Catch-up: a slot missed while the bot was down may still be posted until `slot + window`, but
  never after the local day ends, so a late digest is never posted on the next day's date.

Everything here is pure and synchronous; instants are aware UTC datetimes.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

UTC = dt.UTC
_HHMM = re.compile(r"^\s*(\d{1,2})[:.h](\d{2})\s*$")
DEFAULT_CATCHUP = dt.timedelta(hours=6)


class ScheduleError(ValueError):
    """A bad time or zone from a user. `str()` quotes what the user typed with `repr`; a front end
    that renders markup shows it with `render(escape)`, so a "zone" like `[x](https://…)` or `**x**`
    is shown literally, not as a link or bold."""

    def __init__(self, template: str, *echoed: str) -> None:
        self.template, self.echoed = template, echoed
        super().__init__(template.format(*(repr(e) for e in echoed)))

    def render(self, escape: Callable[[str], str]) -> str:
        return self.template.format(*(f"'{escape(e)}'" for e in self.echoed))


def parse_post_time(text: str) -> dt.time:
    """`HH:MM` (24-hour; `9:05`, `09.05` and `09h05` are accepted) as a naive time."""
    match = _HHMM.match(text or "")
    if not match:
        raise ScheduleError("Time must look like HH:MM in 24-hour form, e.g. 09:00 or 18:30.")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ScheduleError("Time must be between 00:00 and 23:59.")
    return dt.time(hour, minute)


def format_post_time(value: dt.time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


# Files some systems' zone databases hold that are not zones a person would choose.
_NOT_ZONES = frozenset({"localtime", "posixrules", "Factory", "posix", "right"})


@lru_cache(maxsize=1)
def _available() -> frozenset[str]:
    # `available_timezones()` walks the tzdata tree on every call (tens of ms): once is enough.
    return frozenset(n for n in zoneinfo.available_timezones() if n.split("/")[0] not in _NOT_ZONES)


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    """The IANA zone names we suggest, sorted: Area/City names plus UTC, no legacy aliases."""
    names = _available()
    areas = (
        "Africa/", "America/", "Antarctica/", "Arctic/", "Asia/", "Atlantic/", "Australia/", "Europe/",
        "Indian/", "Pacific/",
    )
    return tuple(sorted(n for n in names if n.startswith(areas) or n == "UTC"))


COMMON_ZONES = (
    "UTC", "Europe/London", "Europe/Berlin", "America/New_York", "America/Chicago", "America/Los_Angeles",
    "Asia/Karachi", "Asia/Kolkata", "Asia/Dubai", "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney",
    "Australia/Adelaide",
)


def suggest_zones(query: str, limit: int = 25) -> list[str]:
    """Zone names for an autocomplete box: exact, then name prefix, then city prefix, then substring.

    Spaces count as underscores ("new york" finds America/New_York); an empty query offers common zones.
    """
    text = (query or "").strip().lower().replace(" ", "_")
    if not text:
        return list(COMMON_ZONES[:limit])
    ranked: list[tuple[int, str]] = []
    for name in zone_names():
        lowered = name.lower()
        city = lowered.rsplit("/", 1)[-1]
        if lowered == text:
            rank = 0
        elif lowered.startswith(text):
            rank = 1
        elif city.startswith(text):
            rank = 2
        elif text in lowered:
            rank = 3
        else:
            continue
        ranked.append((rank, name))
    ranked.sort()
    return [name for _, name in ranked[:limit]]


def load_zone(name: str) -> zoneinfo.ZoneInfo:
    """A `ZoneInfo` for an IANA name, or a `ScheduleError` that says what is expected."""
    cleaned = (name or "").strip()
    if cleaned not in _available():
        raise ScheduleError(
            "Unknown time zone {}: use an IANA name like Asia/Karachi or Europe/London "
            "(pick one from the suggestions).", cleaned[:60],
        )
    try:
        return zoneinfo.ZoneInfo(cleaned)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ScheduleError("Time zone {} could not be loaded.", cleaned[:60]) from error


def _wall(instant: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    return instant.astimezone(zone).replace(tzinfo=None)


def resolve_local(naive: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """The UTC instant of a local wall time: first occurrence in a fold, first valid time after a gap."""
    early = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    late = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    first, second = min(early, late), max(early, late)
    if _wall(first, zone) == naive:
        return first
    if _wall(second, zone) == naive:
        return second
    # In a gap: the wall clock jumps from before `naive` to after it somewhere in [first, second].
    # Binary search for the first whole second whose wall time is at or after `naive`.
    lo, hi = int(first.timestamp()), int(second.timestamp())
    while lo < hi:
        mid = (lo + hi) // 2
        if _wall(dt.datetime.fromtimestamp(mid, UTC), zone) >= naive:
            hi = mid
        else:
            lo = mid + 1
    return dt.datetime.fromtimestamp(lo, UTC)


def local_date(instant: dt.datetime, zone: dt.tzinfo) -> dt.date:
    return instant.astimezone(zone).date()


def day_start(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    """The first instant of a local day (after any gap at midnight)."""
    return resolve_local(dt.datetime.combine(day, dt.time(0)), zone)


def slot_instant(day: dt.date, at: dt.time, zone: dt.tzinfo) -> dt.datetime | None:
    """When the digest for `day` is due, or None if the day has no such time at all.

    None happens only when a zone skips a whole calendar day (Pacific/Apia skipped 30 Dec 2011):
    the gap rule would push the slot into the next day, which has its own slot.
    """
    instant = resolve_local(dt.datetime.combine(day, at), zone)
    return instant if local_date(instant, zone) == day else None


@dataclass(frozen=True)
class Slot:
    """One day's digest: when it is due, the last moment a late start may still post it, and day end."""

    day: dt.date
    due: dt.datetime
    deadline: dt.datetime  # catch-up limit (inclusive) for a slot nobody has started
    day_end: dt.datetime  # open attempts (retries, crash recovery) stop here

    @property
    def iso(self) -> str:
        return self.day.isoformat()


def slot_for(day: dt.date, at: dt.time, zone: dt.tzinfo, window: dt.timedelta) -> Slot | None:
    due = slot_instant(day, at, zone)
    if due is None:
        return None
    end = day_start(day + dt.timedelta(days=1), zone)
    return Slot(day, due, min(due + window, end - dt.timedelta(seconds=1)), end)


@dataclass(frozen=True)
class NextSlot:
    slot: Slot
    missed: tuple[dt.date, ...]  # days skipped on the way (bot was down past their deadline)


MAX_MISSED_RECORDED = 62


def first_slot(now: dt.datetime, at: dt.time, zone: dt.tzinfo, window: dt.timedelta) -> Slot:
    """The slot a newly configured digest waits for: today's if still ahead, else tomorrow's.

    A fresh `/digest set` does not catch up (the admin can use `/digest now`).
    """
    day = local_date(now, zone)
    for offset in range(0, 4):
        slot = slot_for(day + dt.timedelta(days=offset), at, zone, window)
        if slot is not None and slot.due > now:
            return slot
    raise AssertionError("no slot in the next four days")  # pragma: no cover - impossible with tzdata


def next_slot(after: dt.date, now: dt.datetime, at: dt.time, zone: dt.tzinfo, window: dt.timedelta) -> NextSlot:
    """The first day after `after` whose slot can still be posted at `now` (catch-up included).

    Days whose deadline already passed are returned as `missed` (at most the last
    `MAX_MISSED_RECORDED`, so a bot that was off for a year does not write a year of rows).
    """
    day = after + dt.timedelta(days=1)
    today = local_date(now, zone)
    missed: list[dt.date] = []
    skip_to = today - dt.timedelta(days=MAX_MISSED_RECORDED - 1)
    if day < skip_to:
        day = skip_to
    while True:
        slot = slot_for(day, at, zone, window)
        if slot is not None:
            if slot.deadline >= now:
                return NextSlot(slot, tuple(missed))
            missed.append(day)
        day += dt.timedelta(days=1)
