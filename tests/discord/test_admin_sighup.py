"""The admin cog's SIGHUP reload, without Discord: a real signal to this process reloads the engine off the loop."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest

from bot.config import Settings
from bot.core.engine import Engine
from bot.core.problems import Report
from bot.discord.client import FactdeskBot
from bot.discord.cogs.admin import install_sighup, reload_from_signal


@pytest.fixture()
def root(fact_tree: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FACTDESK_ROOT", str(fact_tree))
    return fact_tree



def idle_bot(engine: Engine) -> FactdeskBot:
    """A real bot that never connects: a reload from a signal reads only its engine."""
    return FactdeskBot(Settings(), engine, storage=None)


async def test_reload_from_signal_keeps_last_good(root: Path) -> None:
    bot = idle_bot(Engine.load(root))
    version = bot.engine.base.version
    (root / "facts" / "broken.yaml").write_text("facts: 3\n", encoding="utf-8")
    report = await reload_from_signal(bot)
    assert report.errors and bot.engine.base.version == version


async def test_sighup_triggers_reload(root: Path) -> None:
    done = asyncio.Event()

    class Spy(Engine):
        def reload(self, path: Path) -> Report:
            report = super().reload(path)
            loop.call_soon_threadsafe(done.set)
            return report

    loop = asyncio.get_running_loop()
    engine = Spy.load(root)
    (root / "facts" / "extra.yaml").write_text("# empty\n", encoding="utf-8")
    old = engine.base.version
    assert install_sighup(idle_bot(engine))
    try:
        os.kill(os.getpid(), signal.SIGHUP)
        await asyncio.wait_for(done.wait(), 30)
    finally:
        loop.remove_signal_handler(signal.SIGHUP)
    assert engine.base.version != old


# --- issue 16 --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("damage", ["facts moved away", "corpus moved away", "deep nesting", "huge integer"])
async def test_reload_from_signal_after_hostile_edits_keeps_last_good_without_a_traceback(
        root: Path, damage: str, caplog: pytest.LogCaptureFixture) -> None:
    bot = idle_bot(Engine.load(root))
    version = bot.engine.base.version
    if damage.endswith("moved away"):
        folder = damage.split()[0]
        (root / folder).rename(root / f"{folder}.away")
    elif damage == "deep nesting":
        (root / "facts" / "deep.yaml").write_text("facts: " + "[" * 700 + "]" * 700 + "\n", encoding="utf-8")
    else:
        (root / "facts" / "huge.yaml").write_text("facts:\n  - id: x\n    figure: {value: " + "7" * 4400 + "}\n",
                                                  encoding="utf-8")
    with caplog.at_level("INFO"):
        report = await reload_from_signal(bot)
    assert report.errors and bot.engine.base.version == version
    assert bot.engine.ask("who is James Dong?").status == "answer"
    [record] = [r for r in caplog.records if "SIGHUP" in r.getMessage()]
    assert record.exc_info is None and len(record.getMessage().splitlines()) == 1
    assert "kept the last good fact base" in record.getMessage()


async def test_a_sighup_during_start_up_is_kept_and_reloaded_once_the_handler_is_installed(root: Path) -> None:
    """Before: SIGHUP's default action killed a bot still loading its base (exit 129)."""
    from bot.discord.cogs import admin

    previous = signal.getsignal(signal.SIGHUP)
    loop = asyncio.get_running_loop()
    try:
        assert admin.catch_sighup_until_ready()
        os.kill(os.getpid(), signal.SIGHUP)  # start-up: the engine is not even loaded yet
        await asyncio.sleep(0)  # we are alive; the signal was noted
        engine = Engine.load(root)
        (root / "facts" / "extra.yaml").write_text("# edited during start-up\n", encoding="utf-8")
        old = engine.base.version
        assert admin.install_sighup(idle_bot(engine))
        for _ in range(300):
            if engine.base.version != old:
                break
            await asyncio.sleep(0.05)
        assert engine.base.version != old, "the SIGHUP received during start-up was not reloaded"
    finally:
        loop.remove_signal_handler(signal.SIGHUP)
        signal.signal(signal.SIGHUP, previous)
