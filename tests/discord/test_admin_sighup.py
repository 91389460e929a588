"""The admin cog's SIGHUP reload, without Discord: a real signal to this process reloads the engine off the loop."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.core.engine import Engine
from bot.discord.cogs.admin import install_sighup, reload_from_signal


@pytest.fixture()
def root(fact_tree: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FACTDESK_ROOT", str(fact_tree))
    return fact_tree


async def test_reload_from_signal_keeps_last_good(root: Path) -> None:
    bot = SimpleNamespace(engine=Engine.load(root))
    version = bot.engine.base.version
    (root / "facts" / "broken.yaml").write_text("facts: 3\n", encoding="utf-8")
    report = await reload_from_signal(bot)  # type: ignore[arg-type]
    assert report.errors and bot.engine.base.version == version


async def test_sighup_triggers_reload(root: Path) -> None:
    done = asyncio.Event()

    class Spy(Engine):
        def reload(self, path: Path):  # type: ignore[no-untyped-def]
            report = super().reload(path)
            loop.call_soon_threadsafe(done.set)
            return report

    loop = asyncio.get_running_loop()
    engine = Spy.load(root)
    (root / "facts" / "extra.yaml").write_text("# empty\n", encoding="utf-8")
    old = engine.base.version
    assert install_sighup(SimpleNamespace(engine=engine))  # type: ignore[arg-type]
    try:
        os.kill(os.getpid(), signal.SIGHUP)
        await asyncio.wait_for(done.wait(), 30)
    finally:
        loop.remove_signal_handler(signal.SIGHUP)
    assert engine.base.version != old
