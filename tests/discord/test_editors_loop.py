"""The editors' loop end to end: readers hit a gap in Discord, an editor sees it in `gaps`, adds and
accepts an article, reloads, and the same question is answered with a citation to the new article.

The real bot against the loopback emulator; the editor's side is the real CLI in a subprocess, sharing
the bot's SQLite file and fact folder exactly as an editor's terminal would.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.core.engine import Engine
from bot.discord.feedback import gap_log
from bot.discord.sync import sync_commands
from tests.discord_emulator import DiscordEmulator
from tests.scratch import copy_fact_base

from .conftest import message_requests_allowing_mentions, start_factdesk, stop_factdesk

REPO = Path(__file__).resolve().parents[2]
QUESTION = "How many shops joined the Punjab Traders Council scheme?"
REASON = "Nothing about the traders council at all"
ARTICLE = """LAHORE: The Punjab Traders Council said on Monday that 4,000 shops had joined its digital payments scheme.
Council chairman Bilal Ahmed told reporters that sales through the scheme reached Rs40 billion in 2024.
"""


def _cli(root: Path, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "FACTDESK_ROOT": str(root), "DATABASE_PATH": str(db)}
    env.pop("DATABASE_URL", None)
    env.pop("DISCORD_TOKEN", None)
    result = subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, env=env,
                            cwd=root, timeout=60)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result


def _components(message: Any) -> list[dict[str, Any]]:
    return [c for row in message.components for c in row.get("components", [])]


async def test_readers_gap_to_answer(discord_emulator: DiscordEmulator, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    emu, world = discord_emulator, discord_emulator.world
    root = copy_fact_base(tmp_path / "repo", REPO)
    monkeypatch.setenv("FACTDESK_ROOT", str(root))  # /admin reload reads the editor's folder
    carol = world.add_user("carol")
    world.add_member(world.guild, carol)
    bot, task = await start_factdesk(emu, Engine.load(root), tmp_path)
    db = tmp_path / "factdesk.db"
    try:
        await sync_commands(bot)
        # 1. three readers ask the same question the base cannot answer; one marks it 👎 with a reason
        replies = []
        for reader in (world.alice, world.owner, carol):
            st = await emu.inject_slash("ask", {"question": QUESTION}, user=reader)
            replies.append(await emu.wait_for_message(lambda m: m.source == "interaction", interaction=st))
        assert all(r.embeds[0]["title"] == "Not in the sources" for r in replies)
        down = next(c for c in _components(replies[2]) if (c.get("emoji") or {}).get("name") == "👎")
        click = await emu.inject_component(down["custom_id"], message=replies[2], user=carol)
        modal = await emu.wait_for_response(click)
        assert modal.type == 9 and modal.body["title"] == "What was wrong?"
        submitted = await emu.inject_modal_submit({"fdfb:reason": REASON}, opened_by=click)
        thanks = await emu.wait_for_response(submitted)
        assert thanks.ephemeral and "editors will see this" in thanks.embeds[0]["description"]
        again = await emu.inject_component(down["custom_id"], message=replies[2], user=carol)  # counts once
        await emu.wait_for_response(again)
        await emu.inject_modal_submit({"fdfb:reason": "twice"}, opened_by=again)

        async def gaps() -> dict[str, Any]:
            for _ in range(50):  # the bot records right after replying
                report = json.loads((await asyncio.to_thread(_cli, root, db, "gaps", "--json")).stdout)
                if report["groups"] and report["groups"][0]["count"] >= 3 and report["groups"][0]["reasons"]:
                    return report
                await asyncio.sleep(0.1)
            return report

        # 2. the editor sees it first, with three readers and the reason
        report = await gaps()
        first = report["groups"][0]
        assert first["query"] == QUESTION and first["count"] == 3 and first["unhelpful"] == 1
        assert first["reasons"] == [REASON] and "punjab" in first["missing"]

        # 3. adds an article that answers it, drafts and accepts
        source = tmp_path / "article.txt"
        source.write_text(ARTICLE, encoding="utf-8")
        await asyncio.to_thread(_cli, root, db, "corpus", "add", str(source), "--title", "Traders council scheme",
                                "--publisher", "Test Post", "--published", "2026-03-05",
                                "--url", "https://example.com/traders-council")
        article = root / "corpus" / "2026-03-05-traders-council-scheme.md"
        await asyncio.to_thread(_cli, root, db, "facts", "draft", str(article))
        await asyncio.to_thread(_cli, root, db, "facts", "accept", "--all")

        # 4. an owner reloads; the same question is now answered, citing the new article
        st = await emu.inject_slash("admin reload", user=world.owner)
        reload = await emu.wait_for_message(lambda m: m.source == "interaction", interaction=st)
        assert reload.embeds[0]["description"].startswith("Reloaded:")
        st = await emu.inject_slash("ask", {"question": QUESTION}, user=world.alice)
        answer = await emu.wait_for_message(lambda m: m.source == "interaction", interaction=st)
        text = answer.embeds[0].get("description", "") + json.dumps(answer.embeds[0].get("fields", []))
        assert answer.embeds[0]["title"] != "Not in the sources" and not answer.ephemeral
        assert "4,000 shops" in text and "[1]" in text
        assert "https://example.com/traders-council" in json.dumps(answer.data)
    finally:
        await stop_factdesk(bot, task)
    assert message_requests_allowing_mentions(emu) == []
    assert [(r.method, r.path, r.response) for r in emu.recorder.rejected] == []


async def test_feedback_buttons_work_after_a_restart_and_count_once(discord_emulator: DiscordEmulator,
                                                                     tmp_path: Path) -> None:
    emu, world = discord_emulator, discord_emulator.world
    engine = Engine.load(REPO)
    bot, task = await start_factdesk(emu, engine, tmp_path)
    try:
        await sync_commands(bot)
        st = await emu.inject_slash("who", {"name": "James Dong"}, user=world.alice)
        message = await emu.wait_for_message(lambda m: m.source == "interaction", interaction=st)
    finally:
        await stop_factdesk(bot, task)
    controls = [c for c in message.components[0]["components"]]
    assert [(c.get("emoji") or {}).get("name") for c in controls][-2:] == ["👍", "👎"]  # one row with the others
    up = controls[-2]["custom_id"]
    assert len(up) <= 100 and "James Dong" in up
    bot, task = await start_factdesk(emu, engine, tmp_path)  # a new process: no view of the old message
    try:
        replies = []
        for _ in range(2):
            click = await emu.inject_component(up, message=message, user=world.owner)
            replies.append(await emu.wait_for_response(click))
        assert "glad it helped" in replies[0].embeds[0]["description"]
        assert "already rated" in replies[1].embeds[0]["description"]
        assert all(r.ephemeral for r in replies)
        assert bot.storage is not None
        events = await bot.storage.gap_events(0)
        assert [(e.kind, e.query, e.command) for e in events] == [("helpful", "James Dong", "who")]
    finally:
        await stop_factdesk(bot, task)
    assert [(r.method, r.path, r.response) for r in emu.recorder.rejected] == []


async def test_no_buttons_and_no_records_when_recording_is_off(discord_emulator: DiscordEmulator,
                                                               tmp_path: Path) -> None:
    emu, world = discord_emulator, discord_emulator.world
    bot, task = await start_factdesk(emu, Engine.load(REPO), tmp_path, record_gaps=False)
    try:
        await sync_commands(bot)
        st = await emu.inject_slash("who", {"name": "James Dong"}, user=world.alice)
        message = await emu.wait_for_message(lambda m: m.source == "interaction", interaction=st)
        assert not any(c.get("custom_id", "").startswith("fdfb:") for c in _components(message))
        st = await emu.inject_slash("ask", {"question": QUESTION}, user=world.alice)
        await emu.wait_for_message(lambda m: m.source == "interaction", interaction=st)
        assert not gap_log(bot).active  # the switch, not a race: nothing can record
        assert bot.storage is not None and await bot.storage.gap_events(0) == []
    finally:
        await stop_factdesk(bot, task)
