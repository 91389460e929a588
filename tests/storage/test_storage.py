"""Storage on both backends: migrations, the claim rules exactly-once rests on, failures reported.

Tests taking `storage` or `backend` run once on SQLite and once on a real PostgreSQL server (see
tests/conftest.py); the ones about a single backend's mechanics (WAL, page limits, advisory locks,
SQLSTATE mapping) say so in their names.
"""

from __future__ import annotations

import asyncio
import socket
import sqlite3
from types import SimpleNamespace

import asyncpg
import pytest

from bot.storage import SQLiteStorage, Storage, StorageError, open_storage
from bot.storage.postgres import MIGRATION_LOCK_KEY, PostgresStorage, classify, to_postgres
from bot.storage.sqlite import migrations, split_statements

G, DAY = 42, "2025-03-09"


async def _channel(storage: Storage) -> int | None:
    """The digest channel the database holds for G (None: no settings at all)."""
    cfg = await storage.get_digest(G)
    return cfg.channel_id if cfg is not None else None


async def _configure(storage, guild_id=G, version_bumps=0, **kw):
    args = dict(channel_id=7, post_time="09:00", timezone="Asia/Karachi", next_due=1000, due_date=DAY,
                since_date="2025-03-01", now=1)
    args.update(kw)
    cfg = await storage.save_digest(guild_id, **args)
    for _ in range(version_bumps):
        cfg = await storage.save_digest(guild_id, **args)
    return cfg


# --- opening and migrations ----------------------------------------------------------------------


async def test_sqlite_open_creates_folder_uses_wal_and_applies_migrations_once(tmp_path):
    path = tmp_path / "nested" / "factdesk.db"
    first = await SQLiteStorage.open(path)
    assert path.exists()
    assert await first.schema_version() == len(migrations()) >= 1
    await _configure(first)
    await first.close()
    await first.close()  # closing twice is harmless
    second = await SQLiteStorage.open(path)  # re-open: nothing re-applied, data kept
    assert await _channel(second) == 7
    await second.close()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == len(migrations())
    raw.close()


async def test_two_processes_opening_at_once_both_succeed(backend):
    a, b, c = await asyncio.gather(backend.open(), backend.open(), backend.open())
    assert await a.schema_version() == await b.schema_version() == await c.schema_version() == len(migrations())
    for s in (a, b, c):
        await s.close()


def test_sqlite_split_statements_keeps_semicolons_inside_strings_and_skips_comments():
    script = "-- note; not a statement\nCREATE TABLE t (x TEXT DEFAULT 'a;b');\n\nINSERT INTO t VALUES ('c;d');\n"
    assert split_statements(script) == ["CREATE TABLE t (x TEXT DEFAULT 'a;b');", "INSERT INTO t VALUES ('c;d');"]
    with pytest.raises(ValueError):
        split_statements("CREATE TABLE t (x")


async def test_open_storage_accepts_sqlite_settings_paths_and_env(tmp_path, monkeypatch):
    settings = SimpleNamespace(database_path=tmp_path / "s.db", database_url=None)
    s = await open_storage(settings)
    assert isinstance(s, SQLiteStorage) and s.path == tmp_path / "s.db"
    await s.close()
    s = await open_storage(str(tmp_path / "p.db"))
    assert isinstance(s, SQLiteStorage) and s.path == tmp_path / "p.db"
    await s.close()
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "env.db"))
    s = await open_storage()
    assert isinstance(s, SQLiteStorage) and s.path == tmp_path / "env.db"
    await s.close()


async def test_open_storage_picks_postgres_for_a_postgres_url_and_refuses_other_schemes(tmp_path, pg_database):
    settings = SimpleNamespace(database_path=tmp_path / "s.db", database_url=pg_database)
    s = await open_storage(settings)
    assert isinstance(s, PostgresStorage) and await s.schema_version() == len(migrations())
    await s.close()
    s = await open_storage(pg_database.replace("postgresql://", "postgres://", 1))
    assert isinstance(s, PostgresStorage)
    await s.close()
    with pytest.raises(StorageError, match="postgres"):
        await open_storage(SimpleNamespace(database_path=tmp_path / "s.db", database_url="mysql://u@h/db"))


# --- settings ----------------------------------------------------------------------------------


async def test_save_bumps_version_and_disable_turns_off_once(storage):
    cfg = await _configure(storage)
    assert cfg.enabled and cfg.version == 1
    cfg2 = await _configure(storage, channel_id=8)
    assert cfg2.version == 2 and cfg2.channel_id == 8
    assert await storage.disable_digest(G, now=5)
    assert not await storage.disable_digest(G, now=6)
    off = await storage.get_digest(G)
    assert not off.enabled and off.next_due is None and off.version == 3
    assert await storage.upcoming_digests(10) == []


async def test_upcoming_is_ordered_by_due_time_and_limited(storage):
    for guild_id, due in [(1, 300), (2, 100), (3, 200)]:
        await _configure(storage, guild_id=guild_id, next_due=due)
    assert [c.guild_id for c in await storage.upcoming_digests(2)] == [2, 3]


async def test_reschedule_is_a_compare_and_set_on_version_and_due_date(storage):
    cfg = await _configure(storage)
    assert await storage.reschedule_digest(G, version=cfg.version, expected_due_date=DAY, next_due=2000,
                                           due_date="2025-03-10")
    # Stale due date (another process already moved it): loses.
    assert not await storage.reschedule_digest(G, version=cfg.version, expected_due_date=DAY, next_due=3000,
                                               due_date="2025-03-10")
    # An admin changed the settings meanwhile: the scheduler's stale plan loses.
    await _configure(storage, next_due=5000, due_date="2025-03-12")
    assert not await storage.reschedule_digest(G, version=cfg.version, expected_due_date="2025-03-12",
                                               next_due=9, due_date="2025-03-13")
    assert (await storage.get_digest(G)).next_due == 5000


# --- claims --------------------------------------------------------------------------------------


async def test_first_claim_wins_and_a_live_lease_is_respected(storage):
    a = await storage.claim_digest(G, DAY, owner="a", now=100, lease_seconds=60, channel_id=7)
    b = await storage.claim_digest(G, DAY, owner="b", now=159, lease_seconds=60, channel_id=7)
    assert a.acquired and a.previous_attempts == 0
    assert not b.acquired and b.record.owner == "a" and b.record.lease_until == 160


async def test_an_expired_lease_is_taken_over_and_says_someone_tried_before(storage):
    await storage.claim_digest(G, DAY, owner="a", now=100, lease_seconds=60, channel_id=7)
    b = await storage.claim_digest(G, DAY, owner="b", now=160, lease_seconds=60, channel_id=7)
    assert b.acquired and b.previous_attempts == 1 and b.record.owner == "b" and b.record.attempts == 2
    # The dead owner's late write no longer counts.
    assert not await storage.finish_digest(G, DAY, owner="a", status="posted", now=170, message_id=1)
    assert await storage.finish_digest(G, DAY, owner="b", status="posted", now=170, message_id=2,
                                       fact_id="f", rotation_cycle=0)
    row = await storage.get_post(G, DAY)
    assert (row.status, row.message_id, row.owner, row.lease_until) == ("posted", 2, None, None)


async def test_a_posted_day_is_never_reopened_even_manually(storage):
    await storage.claim_digest(G, DAY, owner="a", now=100, lease_seconds=60, channel_id=7)
    await storage.finish_digest(G, DAY, owner="a", status="posted", now=101, message_id=1)
    again = await storage.claim_digest(G, DAY, owner="b", now=10**9, lease_seconds=60, channel_id=7,
                                       reopen_final=True)
    assert not again.acquired and again.record.status == "posted"


async def test_failed_and_missed_days_reopen_only_for_a_manual_post(storage):
    await storage.claim_digest(G, DAY, owner="a", now=100, lease_seconds=60, channel_id=7)
    await storage.finish_digest(G, DAY, owner="a", status="failed", now=101, error="ChannelGone")
    assert not (await storage.claim_digest(G, DAY, owner="b", now=500, lease_seconds=60, channel_id=7)).acquired
    manual = await storage.claim_digest(G, DAY, owner="b", now=500, lease_seconds=60, channel_id=8,
                                        reopen_final=True)
    assert manual.acquired and manual.record.channel_id == 8
    assert await storage.record_missed(G, ["2025-03-10", DAY], reason="down", now=1) == 1
    assert (await storage.get_post(G, DAY)).status == "claimed"  # an existing row is left alone
    assert (await storage.claim_digest(G, "2025-03-10", owner="c", now=1, lease_seconds=60, channel_id=7,
                                       reopen_final=True)).previous_attempts == 0


async def test_a_deferred_claim_waits_for_its_retry_time(storage):
    await storage.claim_digest(G, DAY, owner="a", now=100, lease_seconds=60, channel_id=7)
    assert await storage.defer_digest(G, DAY, owner="a", retry_at=400, error="503", now=110)
    assert not (await storage.claim_digest(G, DAY, owner="b", now=399, lease_seconds=60, channel_id=7)).acquired
    taken = await storage.claim_digest(G, DAY, owner="b", now=400, lease_seconds=60, channel_id=7)
    assert taken.acquired and taken.record.error == "503"
    assert (await storage.last_problem(G)).local_date == DAY


async def test_many_concurrent_claims_from_two_connections_have_one_winner(backend):
    a, b = await backend.open(), await backend.open()
    try:
        for n in range(40):
            day = f"2025-01-{n % 28 + 1:02d}-{n}"
            results = await asyncio.gather(
                *[(a if i % 2 else b).claim_digest(G, day, owner=f"o{i}", now=1, lease_seconds=60, channel_id=7)
                  for i in range(6)]
            )
            assert sum(r.acquired for r in results) == 1
    finally:
        await a.close()
        await b.close()


async def test_rotation_is_derived_from_posted_rows_of_the_latest_cycle(storage):
    assert (await storage.rotation(G)).cycle == 0
    for i, (day, fact, cycle) in enumerate([("2025-01-01", "x", 0), ("2025-01-02", "y", 0), ("2025-01-03", "z", 1)]):
        await storage.claim_digest(G, day, owner="a", now=i, lease_seconds=60, channel_id=7)
        await storage.finish_digest(G, day, owner="a", status="posted", now=i, message_id=i, fact_id=fact,
                                    rotation_cycle=cycle)
    rotation = await storage.rotation(G)
    assert (rotation.cycle, rotation.shown, rotation.last_fact) == (1, frozenset({"z"}), "z")
    assert (await storage.last_post(G)).local_date == "2025-01-03"
    assert (await storage.last_post(G, before="2025-01-03")).local_date == "2025-01-02"


async def test_finish_refuses_an_open_status(storage):
    with pytest.raises(ValueError):
        await storage.finish_digest(G, DAY, owner="a", status="claimed", now=1)


# --- database failures are reported, not fatal, and lose nothing ---------------------------------


async def test_a_locked_database_is_reported_as_locked_and_works_after(backend):
    storage = await backend.open(lock_timeout_ms=50)
    async with backend.hold_lock():
        with pytest.raises(StorageError) as caught:
            await storage.claim_digest(G, DAY, owner="a", now=1, lease_seconds=60, channel_id=7)
        assert caught.value.kind == "locked" and "busy" in caught.value.user_message()
    assert (await storage.claim_digest(G, DAY, owner="a", now=1, lease_seconds=60, channel_id=7)).acquired
    await storage.close()


async def test_sqlite_a_write_cancelled_while_it_waits_for_the_lock_leaves_no_lock_behind(tmp_path):
    """A write cancelled while its BEGIN waits (a sibling task failed, or shutdown) must not leave the
    connection holding the write lock once the other writer lets go: SQLite's worker thread still
    takes the lock, and every other process would then wait out its busy timeout on each write."""
    path = tmp_path / "cancel.db"
    storage = await SQLiteStorage.open(path)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    write = asyncio.create_task(storage.record_missed(G, [DAY], reason="x", now=1))
    while not storage._lock.locked():  # the write is inside `_tx`, its BEGIN queued behind the blocker
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.05)
    write.cancel()
    with pytest.raises(asyncio.CancelledError):
        await write
    blocker.execute("ROLLBACK")
    blocker.close()
    assert await storage.all_posts(G) == []  # queued after the BEGIN, so that has run by now
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # "database is locked" if the cancelled write kept the lock
    other.execute("ROLLBACK")
    other.close()
    await storage.close()


async def test_sqlite_a_read_only_database_is_reported_and_keeps_what_it_had(tmp_path):
    path = tmp_path / "ro.db"
    storage = await SQLiteStorage.open(path)
    await _configure(storage)
    await storage._db.execute("PRAGMA query_only = 1")
    with pytest.raises(StorageError) as caught:
        await _configure(storage, channel_id=99)
    assert caught.value.kind == "readonly"
    assert await _channel(storage) == 7  # reads still work, nothing half-written
    await storage.close()


async def test_sqlite_a_full_disk_is_reported_and_no_claim_is_half_written(tmp_path):
    path = tmp_path / "full.db"
    storage = await SQLiteStorage.open(path)
    await _configure(storage)
    pages = (await storage._run("PRAGMA page_count"))[0][0]
    await storage._db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageError) as caught:
        await storage.record_missed(G, [f"2025-01-{d:02d}-{'x' * 900}" for d in range(1, 29)] * 3,
                                    reason="y" * 3000, now=1)
    assert caught.value.kind == "full" and "full" in caught.value.user_message()
    assert await storage.all_posts(G) == []  # the transaction rolled back as a whole
    await storage.close()


async def test_a_closed_storage_raises_storage_error(backend):
    storage = await backend.open()
    await storage.close()
    with pytest.raises(StorageError):
        await storage.get_digest(G)


# --- PostgreSQL specifics ----------------------------------------------------------------------------


async def test_postgres_a_read_only_database_is_reported_and_keeps_what_it_had(pg_database):
    storage = await PostgresStorage.open(pg_database)
    await _configure(storage)
    await storage._run("ALTER DATABASE " + pg_database.rsplit("/", 1)[1] + " SET default_transaction_read_only = on")
    await storage.close()
    storage = await PostgresStorage.open(pg_database)  # migrations are all applied: opening only reads
    try:
        with pytest.raises(StorageError) as caught:
            await _configure(storage, channel_id=99)
        assert caught.value.kind == "readonly" and "read-only" in caught.value.user_message()
        assert await _channel(storage) == 7
    finally:
        await storage.close()


async def test_postgres_an_unreachable_server_is_reported_as_unavailable():
    with socket.socket() as s:  # a port nobody listens on: bound, never listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        with pytest.raises(StorageError) as caught:
            await PostgresStorage.open(f"postgresql://postgres@127.0.0.1:{port}/x", connect_timeout=5)
    assert caught.value.kind == "unavailable" and "unavailable" in caught.value.user_message()


async def test_postgres_a_missing_database_is_reported_as_unavailable(pg_database):
    with pytest.raises(StorageError) as caught:
        await PostgresStorage.open(pg_database + "_does_not_exist")
    assert caught.value.kind == "unavailable"


@pytest.mark.parametrize(("error", "kind"), [
    (asyncpg.exceptions.DiskFullError("no space left on device"), "full"),
    (asyncpg.exceptions.OutOfMemoryError("out of memory"), "full"),
    (asyncpg.exceptions.ReadOnlySQLTransactionError("read-only"), "readonly"),
    (asyncpg.exceptions.LockNotAvailableError("lock timeout"), "locked"),
    (asyncpg.exceptions.DeadlockDetectedError("deadlock"), "locked"),
    (asyncpg.exceptions.QueryCanceledError("canceling statement due to lock timeout"), "locked"),
    (asyncpg.exceptions.AdminShutdownError("terminating connection"), "unavailable"),
    (asyncpg.exceptions.TooManyConnectionsError("too many clients"), "unavailable"),
    (ConnectionRefusedError(111, "refused"), "unavailable"),
    (asyncpg.exceptions.UniqueViolationError("duplicate"), "other"),
])
def test_postgres_sqlstates_map_to_the_same_error_kinds_as_sqlite(error, kind):
    """A full disk cannot be produced on a shared test server, so the SQLSTATE table is checked here."""
    assert classify(error).kind == kind


def test_postgres_migrations_are_the_same_files_with_64_bit_integers():
    for _, _, script in migrations():
        translated = to_postgres(script)
        assert "INTEGER" not in translated and "BIGINT" in translated
        assert len(split_statements(translated)) == len(split_statements(script))


async def test_postgres_migrations_wait_for_an_advisory_lock_held_elsewhere(pg_database):
    """A process starting while another migrates waits for it instead of racing on CREATE TABLE."""
    holder = await asyncpg.connect(pg_database)
    try:
        await holder.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK_KEY)
        opening = asyncio.ensure_future(PostgresStorage.open(pg_database))
        # Wait until the opener really is blocked on our lock, as seen by the server itself.
        while not await holder.fetchval(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
        ):
            assert not opening.done(), opening
            await holder.execute("SELECT pg_sleep(0)")  # a round trip that lets the opener progress
        assert not opening.done()
        await holder.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK_KEY)
        storage = await opening
        assert await storage.schema_version() == len(migrations())
        await storage.close()
    finally:
        await holder.close()


async def test_postgres_two_processes_claiming_one_slot_have_exactly_one_winner(pg_database):
    """Two pools, as two shard processes that both think they own the server, race on every day."""
    a, b = await PostgresStorage.open(pg_database, max_size=6), await PostgresStorage.open(pg_database, max_size=6)
    try:
        for n in range(30):
            day = f"2025-02-{n % 28 + 1:02d}-{n}"
            results = await asyncio.gather(
                *[(a, b)[i % 2].claim_digest(G, day, owner=f"p{i % 2}-{i}", now=1, lease_seconds=60,
                                             channel_id=7) for i in range(12)]
            )
            assert sum(r.acquired for r in results) == 1
            # And a takeover race after the lease ran out: again exactly one winner.
            results = await asyncio.gather(
                *[(a, b)[i % 2].claim_digest(G, day, owner=f"q{i}", now=61, lease_seconds=60, channel_id=7)
                  for i in range(12)]
            )
            assert sum(r.acquired for r in results) == 1
            assert (row := await a.get_post(G, day)) is not None and row.attempts == 2
    finally:
        await a.close()
        await b.close()


async def test_postgres_a_dropped_connection_is_reported_then_the_pool_reconnects(pg_database):
    """A server restart or failover kills our sessions: one call fails as "unavailable", the next works."""
    storage = await PostgresStorage.open(pg_database, max_size=1)
    killer = await asyncpg.connect(pg_database)
    try:
        await _configure(storage)
        killed = await killer.fetchval(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        assert killed >= 1
        outcomes: list[int | str | None] = []  # a channel id, or the kind of error
        for _ in range(2):
            try:
                outcomes.append(await _channel(storage))
            except StorageError as error:
                outcomes.append(error.kind)
        assert outcomes in (["unavailable", 7], [7, 7])  # the pool may notice the dead socket first
        assert await _channel(storage) == 7
    finally:
        await killer.close()
        await storage.close()
