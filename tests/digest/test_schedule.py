"""Schedule maths: DST gaps post at the next valid time, folds post once, catch-up stays on its day."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.digest.schedule import (
    ScheduleError,
    Slot,
    first_slot,
    load_zone,
    next_slot,
    parse_post_time,
    resolve_local,
    slot_for,
    slot_instant,
    zone_names,
)

from .rig import utc

NY, ADL, KHI = load_zone("America/New_York"), load_zone("Australia/Adelaide"), load_zone("Asia/Karachi")
SIX = dt.timedelta(hours=6)


@pytest.mark.parametrize(
    ("day", "at", "zone", "expected"),
    [
        # ordinary days: EST (UTC-5) and EDT (UTC-4)
        (dt.date(2025, 3, 8), "02:30", NY, utc(2025, 3, 8, 7, 30)),
        (dt.date(2025, 3, 10), "02:30", NY, utc(2025, 3, 10, 6, 30)),
        # spring forward: 02:00-03:00 does not exist -> first valid time, 03:00 EDT = 07:00 UTC
        (dt.date(2025, 3, 9), "02:30", NY, utc(2025, 3, 9, 7, 0)),
        (dt.date(2025, 3, 9), "02:00", NY, utc(2025, 3, 9, 7, 0)),
        (dt.date(2025, 3, 9), "03:00", NY, utc(2025, 3, 9, 7, 0)),
        # fall back: 01:30 happens twice -> the first one, 01:30 EDT = 05:30 UTC
        (dt.date(2025, 11, 2), "01:30", NY, utc(2025, 11, 2, 5, 30)),
        # Adelaide, half-hour offsets: gap on 5 Oct 2025 (02:00 ACST -> 03:00 ACDT)
        (dt.date(2025, 10, 5), "02:30", ADL, utc(2025, 10, 4, 16, 30)),  # 03:00 ACDT (+10:30)
        (dt.date(2025, 10, 4), "02:30", ADL, utc(2025, 10, 3, 17, 0)),  # 02:30 ACST (+9:30)
        # fold on 6 Apr 2025 (03:00 ACDT -> 02:00 ACST): first 02:30 is ACDT, 16:00 UTC the day before
        (dt.date(2025, 4, 6), "02:30", ADL, utc(2025, 4, 5, 16, 0)),
        # no DST at all
        (dt.date(2025, 6, 1), "09:00", KHI, utc(2025, 6, 1, 4, 0)),
    ],
)
def test_slot_instants_follow_the_gap_and_fold_rules(day, at, zone, expected):
    assert slot_instant(day, parse_post_time(at), zone) == expected


def test_resolve_local_is_exact_to_the_second_in_a_gap():
    naive = dt.datetime(2025, 3, 9, 2, 59, 59)
    assert resolve_local(naive, NY) == utc(2025, 3, 9, 7, 0, 0)


def test_a_skipped_calendar_day_has_no_slot():
    apia = load_zone("Pacific/Apia")  # jumped from 29 Dec 2011 to 31 Dec 2011
    assert slot_instant(dt.date(2011, 12, 30), dt.time(9, 0), apia) is None
    assert slot_instant(dt.date(2011, 12, 31), dt.time(9, 0), apia) is not None


def _slot(day: dt.date, at: dt.time, zone: dt.tzinfo) -> Slot:
    slot = slot_for(day, at, zone, SIX)
    assert slot is not None, f"{day} has a {at} in {zone}"
    return slot


def test_day_end_and_catch_up_deadline_never_cross_midnight() -> None:
    late = _slot(dt.date(2025, 6, 1), dt.time(22, 0), KHI)
    assert late.day_end == utc(2025, 6, 1, 19, 0)  # local midnight, +05:00
    assert late.deadline == late.day_end - dt.timedelta(seconds=1)
    early = _slot(dt.date(2025, 6, 1), dt.time(9, 0), KHI)
    assert early.deadline == early.due + SIX
    # a 23-hour day in New York ends at the right instant
    assert _slot(dt.date(2025, 3, 9), dt.time(9), NY).day_end == utc(2025, 3, 10, 4, 0)


def test_first_slot_is_today_if_ahead_else_tomorrow():
    at = dt.time(9, 0)
    assert first_slot(utc(2025, 6, 1, 3, 59), at, KHI, SIX).day == dt.date(2025, 6, 1)
    assert first_slot(utc(2025, 6, 1, 4, 0), at, KHI, SIX).day == dt.date(2025, 6, 2)


def test_next_slot_catches_up_inside_the_window_and_lists_missed_days():
    at = dt.time(9, 0)
    # after 1 June, at 14:00 local on 3 June: 2 June missed, 3 June still inside the 6 h window
    plan = next_slot(dt.date(2025, 6, 1), utc(2025, 6, 3, 9, 0), at, KHI, SIX)
    assert plan.slot.day == dt.date(2025, 6, 3) and plan.missed == (dt.date(2025, 6, 2),)
    # at 15:01 local the window is over: 3 June missed too, next is 4 June
    plan = next_slot(dt.date(2025, 6, 1), utc(2025, 6, 3, 10, 1), at, KHI, SIX)
    assert plan.slot.day == dt.date(2025, 6, 4) and plan.missed[-1] == dt.date(2025, 6, 3)


def test_next_slot_after_a_year_off_records_a_bounded_number_of_misses():
    plan = next_slot(dt.date(2024, 1, 1), utc(2025, 6, 3, 12, 0), dt.time(9), KHI, SIX)
    assert plan.slot.day == dt.date(2025, 6, 4)
    assert 0 < len(plan.missed) <= 62 and plan.missed[-1] == dt.date(2025, 6, 3)


@pytest.mark.parametrize("text", ["9", "24:00", "12:60", "noon", "", "12:5", "-1:00"])
def test_bad_times_are_rejected_with_a_message(text):
    with pytest.raises(ScheduleError, match="Time"):
        parse_post_time(text)


@pytest.mark.parametrize(("text", "expected"), [("9:05", dt.time(9, 5)), ("23:59", dt.time(23, 59)),
                                                 (" 00:00 ", dt.time(0)), ("07.30", dt.time(7, 30))])
def test_good_times_parse(text, expected):
    assert parse_post_time(text) == expected


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "../etc/passwd", "asia/karachi", "localtime"])
def test_unknown_zones_are_rejected_with_a_message(name):
    with pytest.raises(ScheduleError, match="zone"):
        load_zone(name)


def test_zone_suggestions_are_canonical_names():
    names = zone_names()
    assert "Asia/Karachi" in names and "UTC" in names and "US/Eastern" not in names
    assert names == tuple(sorted(names)) and all(len(n) <= 100 for n in names)
