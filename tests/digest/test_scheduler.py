"""Scheduler scenarios, one guarantee each, on a real database (SQLite and PostgreSQL) with a FakeClock."""

from __future__ import annotations

import datetime as dt
import itertools
import logging

import pytest

from bot.digest.poster import TransientError
from bot.storage.base import StorageError

from .fakes import FakeDiscord, SimulatedCrash, make_base
from .rig import Rig, utc

G = 5  # guild; its channel is 50


def _died_of(error: BaseException | None, kind: type[BaseException]) -> bool:
    if isinstance(error, BaseExceptionGroup):
        return any(_died_of(e, kind) for e in error.exceptions)
    return isinstance(error, kind)


@pytest.fixture
async def rig(backend):
    r = Rig(backend, utc(2025, 6, 1, 0, 0))
    yield r
    await r.close()


async def test_posts_at_the_local_time_once_and_again_the_next_day(rig):
    await rig.configure(G, "Asia/Karachi", "09:00")  # 04:00 UTC
    await rig.start_process()
    await rig.advance_to(utc(2025, 6, 1, 3, 59, 59))
    assert rig.sent(50) == []
    await rig.advance_to(utc(2025, 6, 1, 4, 0))
    assert [s.at for s in rig.sent(50)] == [utc(2025, 6, 1, 4, 0)]
    await rig.advance_to(utc(2025, 6, 2, 12, 0))
    assert [s.at for s in rig.sent(50)] == [utc(2025, 6, 1, 4, 0), utc(2025, 6, 2, 4, 0)]
    rows = await rig.rows(G)
    assert [(r.local_date, r.status, r.message_id) for r in rows] == [
        ("2025-06-01", "posted", rig.sent(50)[0].message_id),
        ("2025-06-02", "posted", rig.sent(50)[1].message_id),
    ]


async def test_dst_gap_posts_at_the_next_valid_time_and_a_fold_posts_once(backend):
    rig = Rig(backend, utc(2025, 3, 8, 12, 0))
    try:
        await rig.configure(G, "America/New_York", "02:30")
        await rig.configure(6, "America/New_York", "01:30")
        await rig.start_process()
        await rig.advance_to(utc(2025, 3, 10, 12, 0))
        # 9 March: 02:30 does not exist, posted at 03:00 EDT (07:00 UTC)
        assert [s.at for s in rig.sent(50)] == [utc(2025, 3, 9, 7, 0), utc(2025, 3, 10, 6, 30)]
        rig.clock.jump_to(utc(2025, 11, 1, 12, 0))  # jump ahead (the bot was "off"): reconfigure there
        await rig.configure(6, "America/New_York", "01:30")
        await rig.advance_to(utc(2025, 11, 3, 12, 0))
        nov = [s.at for s in rig.sent(60) if s.day >= dt.date(2025, 11, 1)]
        # 2 Nov: 01:30 EDT (05:30 UTC) posts; 01:30 EST an hour later does not post again
        assert nov == [utc(2025, 11, 2, 5, 30), utc(2025, 11, 3, 6, 30)]
    finally:
        await rig.close()


async def test_catch_up_inside_the_window_posts_on_start(rig):
    await rig.configure(G, "Asia/Karachi", "09:00")
    rig.clock.jump_to(utc(2025, 6, 1, 9, 59))  # 14:59 local: the bot was down at 09:00
    await rig.start_process()
    assert [s.at for s in rig.sent(50)] == [utc(2025, 6, 1, 9, 59)]


async def test_after_the_window_the_miss_is_recorded_and_tomorrow_posts(rig):
    await rig.configure(G, "Asia/Karachi", "09:00")
    rig.clock.jump_to(utc(2025, 6, 1, 10, 1))  # 15:01 local: 6 h window over
    await rig.start_process()
    assert rig.sent(50) == []
    rows = await rig.rows(G)
    assert [(r.local_date, r.status) for r in rows] == [("2025-06-01", "missed")]
    assert "catch-up window" in rows[0].error
    await rig.advance_to(utc(2025, 6, 2, 4, 0))
    assert [s.day for s in rig.sent(50)] == [dt.date(2025, 6, 2)]


async def test_catch_up_window_is_configurable(backend):
    rig = Rig(backend, utc(2025, 6, 1), catchup=dt.timedelta(hours=1))
    try:
        await rig.configure(G, "Asia/Karachi", "09:00")
        rig.clock.jump_to(utc(2025, 6, 1, 5, 30))  # 1.5 h late
        await rig.start_process()
        assert rig.sent(50) == [] and (await rig.rows(G))[0].status == "missed"
    finally:
        await rig.close()


async def test_crash_between_send_and_record_is_recovered_without_a_second_post(rig):
    await rig.configure(G, "Asia/Karachi", "09:00")

    def die_after_sending(phase, guild_id, digest):
        if phase == "sent":
            raise SimulatedCrash("after send")

    rig.discord.hook = die_after_sending
    proc = await rig.start_process()
    await rig.advance_to(utc(2025, 6, 1, 4, 0))
    assert proc.task.done() and _died_of(proc.task.exception(), SimulatedCrash)
    assert len(rig.sent(50)) == 1
    await rig.kill(proc)
    rig.discord.hook = None
    await rig.start_process()  # restarted at once: the dead claim's lease is still live
    assert (await rig.rows(G))[0].status == "claimed"
    await rig.advance_to(utc(2025, 6, 1, 4, 10))  # lease over: take over, find the message, record it
    rows = await rig.rows(G)
    assert len(rig.sent(50)) == 1
    assert (rows[0].status, rows[0].message_id) == ("posted", rig.sent(50)[0].message_id)
    assert ("find", 50) in rig.discord.calls


async def test_crash_after_claim_before_send_posts_once_the_lease_expires(rig):
    await rig.configure(G, "Asia/Karachi", "09:00")

    def die_before_sending(phase, guild_id, digest):
        if phase == "send":
            raise SimulatedCrash("before send")

    rig.discord.hook = die_before_sending
    proc = await rig.start_process()
    await rig.advance_to(utc(2025, 6, 1, 4, 0))
    await rig.kill(proc)
    rig.discord.hook = None
    await rig.start_process()
    await rig.advance_to(utc(2025, 6, 1, 4, 9, 59))
    assert rig.sent(50) == []  # never while the lease is live
    await rig.advance_to(utc(2025, 6, 1, 4, 10))
    assert [s.at for s in rig.sent(50)] == [utc(2025, 6, 1, 4, 10)]


async def test_two_processes_at_the_same_instant_post_once(rig):
    for guild_id in range(1, 9):
        await rig.configure(guild_id, "Asia/Karachi", "09:00")
    await rig.start_process()
    await rig.start_process()
    await rig.advance_to(utc(2025, 6, 3, 12, 0))
    for guild_id in range(1, 9):
        assert [s.day.day for s in rig.sent(guild_id * 10)] == [1, 2, 3]


async def test_deleted_channel_stops_retries_for_the_day_and_shows_in_status(rig):
    await rig.configure(G, "Asia/Karachi", "09:00")
    rig.discord.gone.add(50)
    proc = await rig.start_process()
    await rig.advance_to(utc(2025, 6, 1, 18, 0))
    assert rig.discord.calls.count(("post", 50)) == 1  # no retry the same day
    status = await proc.scheduler.status(G)
    assert status.last_problem.status == "failed" and "ChannelGone" in status.last_problem.error
    assert status.last_post is None
    assert status.next_post == utc(2025, 6, 2, 4, 0)  # tomorrow is tried again
    rig.discord.gone.clear()
    await rig.advance_to(utc(2025, 6, 2, 4, 0))
    assert [s.day for s in rig.sent(50)] == [dt.date(2025, 6, 2)]


async def test_missing_permission_is_recorded_and_not_retried(rig):
    await rig.configure(G, "Asia/Karachi", "09:00")
    rig.discord.forbidden.add(50)
    proc = await rig.start_process()
    await rig.advance_to(utc(2025, 6, 1, 18, 0))
    assert rig.discord.calls.count(("post", 50)) == 1
    assert "MissingPermission" in (await proc.scheduler.status(G)).last_problem.error


class Flaky:
    """Fails the first `failures` sends with TransientError, then delegates."""

    def __init__(self, inner: FakeDiscord, failures: int, retry_after: float | None = None) -> None:
        self.inner, self.failures, self.retry_after = inner, failures, retry_after
        self.attempts: list[dt.datetime] = []

    async def post(self, guild_id, channel_id, digest):
        self.attempts.append(self.inner.clock.now())
        if len(self.attempts) <= self.failures:
            raise TransientError("429 Too Many Requests", retry_after=self.retry_after)
        return await self.inner.post(guild_id, channel_id, digest)

    async def find_posted(self, guild_id, channel_id, digest, since):
        return await self.inner.find_posted(guild_id, channel_id, digest, since)


async def test_transient_errors_retry_with_growing_backoff_and_honour_retry_after(rig):
    await rig.configure(G, "Asia/Karachi", "09:00")
    flaky = Flaky(rig.discord, failures=3, retry_after=200)
    await rig.start_process(poster=flaky)
    await rig.advance_to(utc(2025, 6, 1, 6, 0))
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(flaky.attempts)]
    assert len(flaky.attempts) == 4 and len(rig.sent(50)) == 1
    assert gaps[0] >= 200 and gaps[1] >= 200  # retry_after wins over the shorter backoff
    assert gaps[2] >= 240 and gaps[2] > gaps[0]  # 4 min backoff on the third failure
    assert (await rig.rows(G))[0].status == "posted"


async def test_transient_errors_give_up_when_the_local_day_ends(rig):
    await rig.configure(G, "Asia/Karachi", "22:00")
    flaky = Flaky(rig.discord, failures=10**6)
    proc = await rig.start_process(poster=flaky)
    await rig.advance_to(utc(2025, 6, 1, 20, 0))  # past local midnight
    rows = await rig.rows(G)
    assert rows[0].status == "failed" and "gave up" in rows[0].error
    assert all(a < utc(2025, 6, 1, 19, 0) for a in flaky.attempts)  # all attempts on 1 June local
    assert flaky.attempts[-1] == utc(2025, 6, 1, 18, 59)  # the day's last minute was still tried
    assert (await proc.scheduler.status(G)).next_post == utc(2025, 6, 2, 17, 0)


async def test_claims_cut_short_by_crashes_do_not_lengthen_the_backoff(rig):
    """Discord's refusals set the backoff, not our own restarts: a day that four dead processes claimed
    before Discord was ever asked retries a 503 after a minute, then two — not after half an hour."""
    await rig.configure(G, "Asia/Karachi", "22:45")  # 17:45 UTC; the local day ends at 19:00 UTC
    storage = await rig.backend.open()
    try:
        for n in range(4):
            dead = await storage.claim_digest(G, "2025-06-01", owner=f"dead-{n}", now=int(utc(2025, 6, 1).timestamp()),
                                              lease_seconds=0, channel_id=50)
            assert dead.acquired
    finally:
        await storage.close()
    flaky = Flaky(rig.discord, failures=2)
    await rig.start_process(poster=flaky)
    await rig.advance_to(utc(2025, 6, 1, 20, 0))
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(flaky.attempts)]
    assert flaky.attempts[0] == utc(2025, 6, 1, 17, 45) and len(flaky.attempts) == 3
    assert 60 <= gaps[0] <= 80 and 120 <= gaps[1] <= 150
    row = (await rig.rows(G))[0]
    assert (row.status, row.attempts, row.failures) == ("posted", 7, 2)


async def test_a_backoff_past_the_end_of_the_day_is_cut_to_its_last_minute(rig):
    """Five 503s in a 30-minute window: the next backoff (16 min) would end after local midnight, so
    the retry comes at 23:59 instead of the day being given up with time left."""
    await rig.configure(G, "Asia/Karachi", "23:30")  # 18:30 UTC
    flaky = Flaky(rig.discord, failures=5)
    await rig.start_process(poster=flaky)
    await rig.advance_to(utc(2025, 6, 1, 20, 0))
    assert len(flaky.attempts) == 6 and flaky.attempts[-1] == utc(2025, 6, 1, 18, 59)
    assert [s.at for s in rig.sent(50)] == [utc(2025, 6, 1, 18, 59)]
    assert (await rig.rows(G))[0].status == "posted"


async def test_an_empty_fact_base_never_posts(rig):
    rig.base = make_base(0)
    await rig.configure(G, "Asia/Karachi", "09:00")
    await rig.start_process()
    await rig.advance_to(utc(2025, 6, 2, 12, 0))
    assert rig.sent(50) == []
    assert {r.status for r in await rig.rows(G)} == {"skipped"}


async def test_post_now_posts_today_once_and_the_schedule_does_not_repeat_it(rig):
    await rig.configure(G, "Asia/Karachi", "09:00")
    proc = await rig.start_process()
    await rig.advance_to(utc(2025, 6, 1, 2, 0))
    first = await proc.scheduler.post_now(G)
    again = await proc.scheduler.post_now(G)
    assert first.status == "posted" and again.status == "already_posted"
    assert again.message_id == first.message_id
    await rig.advance_to(utc(2025, 6, 1, 12, 0))
    assert len(rig.sent(50)) == 1


async def test_post_now_retries_a_failed_day_after_the_admin_fixes_the_channel(rig):
    await rig.configure(G, "Asia/Karachi", "09:00")
    rig.discord.forbidden.add(50)
    proc = await rig.start_process()
    await rig.advance_to(utc(2025, 6, 1, 5, 0))
    rig.discord.forbidden.clear()
    outcome = await proc.scheduler.post_now(G)
    assert outcome.status == "posted" and len(rig.sent(50)) == 1
    assert (await proc.scheduler.status(G)).last_post.message_id == outcome.message_id


async def test_post_now_without_settings_says_so(rig):
    proc = await rig.start_process()
    assert (await proc.scheduler.post_now(G)).status == "not_configured"


async def test_reconfiguring_wakes_the_loop_and_uses_the_new_time(rig):
    await rig.configure(G, "Asia/Karachi", "09:00")
    await rig.start_process()
    await rig.advance_to(utc(2025, 6, 1, 1, 0))
    await rig.configure(G, "Asia/Karachi", "07:00", channel_id=77)  # 02:00 UTC
    await rig.advance_to(utc(2025, 6, 1, 12, 0))
    assert rig.sent(50) == [] and [s.at for s in rig.sent(77)] == [utc(2025, 6, 1, 2, 0)]


async def test_disable_stops_posting(rig):
    await rig.configure(G, "Asia/Karachi", "09:00")
    proc = await rig.start_process()
    await proc.scheduler.disable(G)
    await rig.advance_to(utc(2025, 6, 3))
    assert rig.sent(50) == []
    assert (await proc.scheduler.status(G)).next_post is None


async def test_only_guilds_the_bot_is_in_are_scheduled(rig):
    await rig.configure(G, "Asia/Karachi", "09:00")
    await rig.configure(6, "Asia/Karachi", "09:00")
    proc = await rig.start_process()
    proc.scheduler._is_member = lambda guild_id: guild_id == 6
    await rig.advance_to(utc(2025, 6, 1, 12))
    assert rig.sent(50) == [] and len(rig.sent(60)) == 1


class BrokenFinish:
    """A storage whose writes of the final status fail `n` times (disk full), then work."""

    def __init__(self, inner, n):
        self._inner, self.n = inner, n

    def __getattr__(self, name):
        return getattr(self._inner, name)

    async def finish_digest(self, *args, **kwargs):
        if self.n > 0:
            self.n -= 1
            raise StorageError("full", "database or disk is full")
        return await self._inner.finish_digest(*args, **kwargs)


async def test_a_full_disk_after_sending_is_survived_and_the_post_is_recorded_later(rig, caplog):
    await rig.configure(G, "Asia/Karachi", "09:00")
    proc = await rig.start_process(storage_wrapper=lambda s: BrokenFinish(s, 3))
    with caplog.at_level(logging.WARNING):
        await rig.advance_to(utc(2025, 6, 1, 5, 0))
    assert not proc.task.done()  # the loop survived
    assert len(rig.sent(50)) == 1
    rows = await rig.rows(G)
    assert (rows[0].status, rows[0].message_id) == ("posted", rig.sent(50)[0].message_id)
    assert any("full" in r.getMessage() for r in caplog.records)
    assert proc.scheduler.last_storage_error is None  # shown while it failed, cleared once recorded (issue 16)


async def test_a_locked_database_delays_but_does_not_lose_the_day(rig):
    await rig.configure(G, "Asia/Karachi", "09:00")
    proc = await rig.start_process(lock_timeout_ms=1)
    async with rig.backend.hold_lock():
        await rig.advance_to(utc(2025, 6, 1, 4, 2))
        assert rig.sent(50) == [] and not proc.task.done()
        assert "busy" in proc.scheduler.last_storage_error
    await rig.advance_to(utc(2025, 6, 1, 4, 10))
    assert len(rig.sent(50)) == 1 and (await rig.rows(G))[0].status == "posted"


class FailingOnce:
    """A storage whose schedule query fails with an unexpected error a few times."""

    def __init__(self, inner, n):
        self._inner, self.n = inner, n

    def __getattr__(self, name):
        return getattr(self._inner, name)

    async def upcoming_digests(self, limit):
        if self.n > 0:
            self.n -= 1
            raise RuntimeError("something nobody expected")
        return await self._inner.upcoming_digests(limit)


async def test_an_unexpected_error_in_the_loop_is_logged_and_the_loop_goes_on(rig, caplog):
    await rig.configure(G, "Asia/Karachi", "09:00")
    with caplog.at_level(logging.ERROR):
        proc = await rig.start_process(storage_wrapper=lambda s: FailingOnce(s, 3))
        await rig.advance_to(utc(2025, 6, 1, 4, 1))
    assert not proc.task.done() and len(rig.sent(50)) == 1
    assert sum("unexpected error" in r.getMessage() for r in caplog.records) == 3
