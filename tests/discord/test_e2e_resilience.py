"""Surviving Discord: 429s, 5xx, a dropped gateway; and `python -m bot run/sync` as separate processes."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import discord
import pytest

from bot.discord.sync import drift_message, load_state, state_path, tree_digest, tree_payload
from tests.discord_emulator import DiscordEmulator

from .conftest import Harness

REPO = Path(__file__).resolve().parents[2]


async def test_a_rate_limited_interaction_response_is_retried_and_answered(harness: Harness) -> None:
    fault = harness.emu.faults.rate_limit("/interactions/*/callback", times=1, retry_after=0.05)
    _, message = await harness.answer("who", {"name": "James Dong"})
    assert fault.hits == 1 and message.embeds[0]["title"] == "James Dong"


async def test_discord_5xx_on_a_response_and_a_dm_is_retried(harness: Harness) -> None:
    callback = harness.emu.faults.server_error("/interactions/*/callback", status=502, times=1)
    _, message = await harness.answer("who", {"name": "Jack Ma"})
    assert callback.hits == 1 and message.embeds[0]["title"] == "Jack Ma"
    dm = harness.emu.faults.server_error("/channels/*/messages", status=500, times=1, method="POST")
    reply = await harness.dm("who is James Dong")
    assert dm.hits == 1 and reply.embeds[0]["title"] == "James Dong"


async def test_a_dropped_gateway_is_resumed_and_events_sent_meanwhile_are_answered(harness: Harness) -> None:
    emu = harness.emu
    await emu.gateway.drop(code=None)  # TCP reset, no close frame: the client sees 1006
    st = await emu.inject_slash("who", {"name": "James Dong"})  # queued while the bot is away
    await emu.wait_for_event("resumed", timeout=10)
    message = await emu.wait_for_message(lambda m: m.source == "interaction", interaction=st, timeout=10)
    assert message.embeds[0]["title"] == "James Dong"
    assert emu.recorder.event_count("identify") == 1  # resumed, not re-identified
    reply = await harness.dm("who is Jack Ma")
    assert reply.embeds[0]["title"] == "Jack Ma"


async def test_an_invalidated_session_reidentifies_through_the_configured_gateway(
        harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh IDENTIFY goes to DEFAULT_GATEWAY again: it must still be the API's gateway, not Discord's.

    discord.py waits 5 s before a non-initial IDENTIFY (Discord's identify rate limit) in the documented
    `before_identify_hook`; this test's bot overrides that hook, as the emulator's README suggests.
    """
    emu = harness.emu

    async def no_wait(shard_id: int | None, *, initial: bool = False) -> None:
        """Identify at once: the emulator has no identify rate limit."""

    monkeypatch.setattr(harness.bot, "before_identify_hook", no_wait)
    await emu.gateway.invalidate(resumable=False)
    await emu.wait_for_event("identify", count=2, timeout=15)
    await emu.wait_for_ready()
    _, message = await harness.answer("who", {"name": "James Dong"})
    assert message.embeds[0]["title"] == "James Dong"


async def test_the_start_up_drift_warning_follows_the_last_sync(harness: Harness) -> None:
    settings = harness.bot.settings
    digest = tree_digest(tree_payload(harness.bot))
    state = load_state(state_path(settings))
    assert state["last"]["digest"] == digest and state["last"]["scope"] == "global"
    assert drift_message(state, digest) is None

    @harness.bot.tree.command(name="extra", description="a command added after the last sync")
    async def extra(interaction: discord.Interaction) -> None:
        """Never invoked: only its presence in the tree matters."""

    changed = tree_digest(tree_payload(harness.bot))
    assert changed != digest and "differs from the last one synced (global)" in (drift_message(state, changed) or "")


def _env(emu: DiscordEmulator, tmp_path: Path, token: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "OWNER_IDS", "DEV_GUILD"))}
    env.update({"DISCORD_TOKEN": token, "DISCORD_API_BASE": emu.api_base, "DATABASE_PATH": str(tmp_path / "f.db"),
                "PYTHONPATH": str(REPO), "FACTDESK_ROOT": str(REPO), "LOG_LEVEL": "INFO"})
    return env


async def _run(args: list[str], env: dict[str, str], cwd: Path, log: Path) -> asyncio.subprocess.Process:
    with log.open("wb") as out:
        return await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", *args, env=env, cwd=cwd,
                                                    stdout=out, stderr=out)


@pytest.mark.slow
async def test_the_cli_rejects_a_bad_token_then_syncs_then_runs_and_answers(
        discord_emulator: DiscordEmulator, tmp_path: Path) -> None:
    emu = discord_emulator
    log = tmp_path / "out.log"

    wrong = "d3Jvbmc.dG9rZW4.bm90LXRoZS1yaWdodC1vbmU"
    proc = await _run(["run"], _env(emu, tmp_path, wrong), tmp_path, log)
    assert await asyncio.wait_for(proc.wait(), 30) == 2
    output = log.read_text()
    assert "DISCORD_TOKEN was rejected by Discord" in output and wrong not in output
    assert "Traceback" not in output

    proc = await _run(["sync", "--guild", str(emu.world.guild.id)], _env(emu, tmp_path, emu.token), tmp_path, log)
    assert await asyncio.wait_for(proc.wait(), 30) == 0, log.read_text()
    assert {c["name"] for c in emu.guild_commands[emu.world.guild.id]} >= {"who", "ask", "sources"}
    assert emu.global_commands == []  # a guild sync for development leaves the global commands alone
    assert (tmp_path / "synced-commands.json").is_file()
    syncs = len(emu.command_syncs)

    proc = await _run(["run"], _env(emu, tmp_path, emu.token), tmp_path, log)
    try:
        await emu.wait_for_ready(timeout=30)
        st = await emu.inject_slash("who", {"name": "James Dong"})
        message = await emu.wait_for_message(interaction=st, timeout=10)
        assert message.embeds[0]["title"] == "James Dong"
    finally:
        proc.send_signal(signal.SIGINT)
        code = await asyncio.wait_for(proc.wait(), 30)
    output = log.read_text()
    assert code == 0, output
    assert emu.token not in output
    assert f"Discord gateway: {emu.gateway_url}" in output  # our logging is on, at LOG_LEVEL
    assert len(emu.command_syncs) == syncs  # starting the bot synced nothing
    assert "differs from the last one synced" not in output and "never been synced" not in output
