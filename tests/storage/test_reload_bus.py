"""The reload bus on a real PostgreSQL server: a reload on one process reaches the others.

Waiting is on events set by the listeners themselves (bounded by a timeout as a safety net), never on
sleeps: a notification either arrives or the test fails.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from bot.config import Settings
from bot.core.engine import Engine
from bot.core.validate import Report
from bot.discord.client import FactdeskBot
from bot.discord.cogs.admin import reload_from_signal
from bot.discord.reload_sync import announce_reload, start_reload_bus, stop_reload_bus
from bot.storage.notify import LocalReloadBus, PostgresReloadBus, ReloadNotice, reload_bus_for
from bot.storage.postgres import PostgresStorage
from bot.storage.sqlite import SQLiteStorage
from tests.scratch import copy_fact_base


async def test_a_notice_published_on_one_connection_reaches_the_other_and_not_itself(pg_database: str) -> None:
    a = PostgresReloadBus(pg_database, origin="proc-a")
    b = PostgresReloadBus(pg_database, origin="proc-b")
    got_a: list[ReloadNotice] = []
    got_b: asyncio.Queue[ReloadNotice] = asyncio.Queue()
    await a.start(got_a.append)
    await b.start(got_b.put_nowait)
    try:
        await a.publish("abc123def456")
        async with asyncio.timeout(10):
            notice = await got_b.get()
        assert notice == ReloadNotice("proc-a", "abc123def456")
        await b.publish("0123456789ab")  # and back; a hears b, never its own notice
        async with asyncio.timeout(10):
            while not got_a:
                await a._conn.execute("SELECT 1")  # a round trip delivers anything pending
        assert got_a == [ReloadNotice("proc-b", "0123456789ab")]
        assert got_b.empty()
    finally:
        await a.close()
        await b.close()
        await a.close()  # twice is harmless


async def test_publishing_to_an_unreachable_server_is_logged_not_raised(caplog):
    bus = PostgresReloadBus("postgresql://postgres@127.0.0.1:1/none", origin="x")
    with caplog.at_level(logging.WARNING):
        await bus.publish("v")
    assert any("could not notify" in r.getMessage() for r in caplog.records)
    await bus.close()


async def test_the_bus_follows_the_storage_backend(tmp_path, pg_database):
    sqlite = await SQLiteStorage.open(tmp_path / "x.db")
    postgres = await PostgresStorage.open(pg_database)
    try:
        local = reload_bus_for(sqlite)
        assert isinstance(local, LocalReloadBus)
        await local.start(lambda notice: None)
        await local.publish("v")  # nobody to tell: nothing happens, nothing fails
        await local.close()
        assert isinstance(reload_bus_for(postgres), PostgresReloadBus)
        assert isinstance(reload_bus_for(None), LocalReloadBus)
    finally:
        await sqlite.close()
        await postgres.close()


async def test_a_reload_on_one_process_is_seen_by_the_other(tmp_path: Path, pg_database: str,
                                                             caplog: pytest.LogCaptureFixture,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Two bot processes on one database; the facts are deployed to both machines, one is reloaded by
    an owner, the other follows through LISTEN/NOTIFY and serves the same new version."""
    roots = [copy_fact_base(tmp_path / name) for name in ("a", "b")]  # each process's own checkout
    bots: list[FactdeskBot] = []  # real bots that never connect: the reload bus reads engine and storage
    for root in roots:
        storage = await PostgresStorage.open(pg_database)
        bots.append(FactdeskBot(Settings(), Engine.load(root), storage=storage))
    old = bots[0].engine.base.version
    followed: asyncio.Queue[tuple[ReloadNotice, Report]] = asyncio.Queue()
    for bot, root in zip(bots, roots, strict=True):
        await start_reload_bus(bot, root=root, after=lambda n, r: followed.put_nowait((n, r)))
    try:
        for root in roots:  # the deploy: both machines get the same new facts
            with (root / "facts" / "events.yaml").open("a", encoding="utf-8") as f:
                f.write("\n# deployed\n")
        monkeypatch.setenv("FACTDESK_ROOT", str(roots[0]))  # process a's data_root()
        with caplog.at_level(logging.INFO, logger="factdesk.reload"):
            report = await reload_from_signal(bots[0])  # SIGHUP on a: reload, then announce
            assert not report.errors
            new = bots[0].engine.base.version
            assert new != old
            async with asyncio.timeout(20):
                notice, peer_report = await followed.get()
        bus = bots[0].reload_bus
        assert bus is not None and notice.version == new and notice.origin == bus.origin
        assert not peer_report.errors and bots[1].engine.base.version == new
        assert any("reloaded after process" in r.getMessage() for r in caplog.records)
        assert followed.empty()  # the announcing process did not reload a second time

        # A machine whose facts/ was not updated: it reloads, and the mismatch is logged.
        with (roots[0] / "facts" / "events.yaml").open("a", encoding="utf-8") as f:
            f.write("# only on a\n")
        report = await asyncio.to_thread(bots[0].engine.reload, roots[0])
        with caplog.at_level(logging.WARNING, logger="factdesk.reload"):
            await announce_reload(bots[0], report)
            async with asyncio.timeout(20):
                notice, _ = await followed.get()
        assert notice.version == bots[0].engine.base.version != bots[1].engine.base.version == new
        assert any("facts/ differ" in r.getMessage() for r in caplog.records)
    finally:
        for bot in bots:
            await stop_reload_bus(bot)
            if bot.storage is not None:
                await bot.storage.close()
