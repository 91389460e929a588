"""The gap log: stored on both backends, grouped by question, read by `python -m bot gaps`; recorded only
where readers ask (console, Discord) or with --record, never by evaluations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.answer import Answer
from bot.editing.gaps import GapLog, clean_query, group, parse_since, render_text
from bot.storage.base import GapEvent, GapKind

REPO = Path(__file__).resolve().parents[2]
NOW = 1_800_000_000


def _not_found(query: str, missing: str = "") -> Answer:
    return Answer("not_found", "Not in the sources", command="ask", query=query, missing=missing)


async def test_gap_events_on_both_backends_dedupe_prune_and_keep_no_user_id(storage) -> None:
    log = GapLog(storage, retention_days=90)
    readers = [111111111111111111, 222222222222222222, 333333333333333333]
    for user in readers:
        assert await log.record_answer(_not_found("How many ships does PNSC own?", "ships"), command="ask",
                                       query="How many ships does PNSC own? <@999>", user_id=user, guild_id=5,
                                       now=NOW)
    # the same reader asking again, and the same 👎 clicked twice, count once
    assert not await log.record_answer(_not_found("how many ships does PNSC own"), command="ask",
                                       query="how many ships does PNSC own", user_id=readers[0], guild_id=5, now=NOW)
    assert await log.record_vote("unhelpful", command="ask", query="How many ships does PNSC own?",
                                 status="not_found", reason="It should list the fleet size", user_id=readers[1],
                                 message_id=77, guild_id=5, now=NOW + 1)
    assert not await log.record_vote("unhelpful", command="ask", query="How many ships does PNSC own?",
                                     status="not_found", reason="again", user_id=readers[1], message_id=77,
                                     guild_id=5, now=NOW + 2)
    # an answered question is not a gap
    assert not await log.record_answer(Answer("answer", "x", command="who", query="James Dong"), command="who",
                                       query="James Dong", user_id=readers[0], guild_id=5, now=NOW)
    events = await storage.gap_events(0)
    assert len(events) == 4
    assert all(e.query == "How many ships does PNSC own?" for e in events)
    stored = repr(events)
    assert not any(str(user) in stored for user in readers)  # no user ids, not even inside a hash input
    groups = group(events)
    assert len(groups) == 1 and groups[0].readers == 3 and groups[0].unhelpful == 1
    assert groups[0].reasons == ["It should list the fleet size"] and groups[0].missing == ["ships"]
    # retention: anything older than GAPS_RETENTION_DAYS goes at the next record
    old = GapLog(storage, retention_days=1)
    await old.record_answer(_not_found("later"), command="ask", query="later question", user_id=1, guild_id=None,
                            now=NOW + 3 * 86400)
    assert [e.query for e in await storage.gap_events(0)] == ["later question"]


async def test_disabled_log_records_nothing(storage) -> None:
    log = GapLog(storage, enabled=False)
    assert not await log.record_answer(_not_found("q"), command="ask", query="q", user_id=1, guild_id=None)
    assert await storage.gap_events(0) == []


def _event(n: int, query: str, kind: GapKind = "not_found", reader: str | None = None, reason: str = "") -> GapEvent:
    return GapEvent(f"id{n}", kind, "ask", query, "not_found", "", reason, None, reader or f"r{n}", f"d{n}", NOW + n)


def test_grouping_joins_typos_and_rewordings_but_never_different_years() -> None:
    events = [
        _event(1, "What is the tax on courier deliveries in 2025?"),
        _event(2, "what is the tax on courier deliveries 2025"),
        _event(3, "Wht is the tax on courier delivries in 2025"),
        _event(4, "What is the tax on courier deliveries in 2017?"),
        _event(5, "Who founded Daraz?"),
        _event(6, "Who founded Daraz?", kind="unhelpful", reason="Daraz is missing"),
        _event(7, "Who founded Daraz?", kind="helpful"),
        _event(8, "Is this helpful?", kind="helpful"),
    ]
    groups = group(events)
    assert [g.readers for g in groups] == [3, 2, 1]
    assert groups[0].query.startswith("What is the tax on courier deliveries in 2025")
    assert groups[1].query == "Who founded Daraz?" and groups[1].reasons == ["Daraz is missing"]
    assert "2017" in groups[2].query
    assert all("helpful" not in g.query for g in groups)
    text = render_text(groups, "30d")
    assert text.splitlines()[1].startswith("1. What is the tax on courier deliveries in 2025")
    assert "👎 “Daraz is missing”" in text
    assert render_text([], "30d") == "No unanswered or unhelpful questions recorded in the last 30d."


def test_query_cleaning_and_since() -> None:
    assert clean_query("hi <@123> and <@!45> <@&6> <#7> @everyone @here there") == "hi and there"
    assert len(clean_query("x" * 1000)) == 300
    assert parse_since("30d") == 30 * 86400 and parse_since("12h") == 12 * 3600 and parse_since("2w") == 14 * 86400
    with pytest.raises(ValueError, match="like 30d"):
        parse_since("forever")


def _cli(tmp_path: Path, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "PYTHONPATH": str(REPO), "FACTDESK_ROOT": str(REPO),
               "DATABASE_PATH": str(tmp_path / "gaps.db"), **env}
    environ.pop("DATABASE_URL", None)
    environ.pop("DISCORD_TOKEN", None)
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          env=environ, cwd=tmp_path, timeout=60)


def test_cli_records_only_from_console_or_with_record(tmp_path: Path) -> None:
    assert _cli(tmp_path, "gaps").stdout.strip() == "No unanswered or unhelpful questions recorded in the last 30d."
    question = "Who runs the Karachi Traders Council?"
    assert _cli(tmp_path, "ask", question).returncode == 1  # not found: exit status 1, as grep's no match
    batch = json.dumps({"command": "ask", "query": question}) + "\n"
    assert _cli(tmp_path, "batch", stdin=batch).returncode == 0
    assert json.loads(_cli(tmp_path, "gaps", "--json").stdout)["groups"] == []  # evaluations leave no trace
    assert _cli(tmp_path, "ask", question, "--record").returncode == 1
    assert _cli(tmp_path, "batch", "--record", stdin=batch).returncode == 0
    assert _cli(tmp_path, "console", stdin=f"/ask {question}\nwho runs the karachi traders councl\n").returncode == 0
    assert _cli(tmp_path, "console", stdin="/ask the council\n", RECORD_GAPS="off").returncode == 0
    report = json.loads(_cli(tmp_path, "gaps", "--json", "--since", "1d").stdout)
    assert len(report["groups"]) == 1, report
    first = report["groups"][0]
    assert first["query"] == question and first["count"] == 4 and first["commands"] == ["ask"]
    assert "karachi" in first["missing"] and "who" not in first["missing"]  # words no fact mentions
    text = _cli(tmp_path, "gaps").stdout
    assert text.splitlines()[1].startswith(f"1. {question}  (4 readers")
    bad = _cli(tmp_path, "gaps", "--since", "soon")
    assert bad.returncode == 2 and "like 30d" in bad.stderr and "Traceback" not in bad.stderr


def test_bad_gap_settings_stop_with_a_clear_message(tmp_path: Path) -> None:
    for name, value in (("RECORD_GAPS", "maybe"), ("GAPS_RETENTION_DAYS", "-3")):
        result = _cli(tmp_path, "gaps", **{name: value})
        assert result.returncode == 2 and name in result.stderr and "Traceback" not in result.stderr


def test_the_log_survives_its_own_event_loop(tmp_path: Path) -> None:
    """BlockingGapLog (console, --record) opens and closes cleanly on its private loop."""
    from bot.config import load_settings
    from bot.editing.gaps import BlockingGapLog

    settings = load_settings({"DATABASE_PATH": str(tmp_path / "x.db")}, env_file=None)
    log = BlockingGapLog(settings)
    assert log.record_answer(_not_found("q"), command="ask", query="anything at all")
    assert not log.record_answer(Answer("answer", "x"), command="ask", query="anything at all")
    log.close()
    off = BlockingGapLog(load_settings({"DATABASE_PATH": str(tmp_path / "y.db"), "RECORD_GAPS": "off"}, env_file=None))
    assert not off.record_answer(_not_found("q"), command="ask", query="anything at all")
    off.close()
    assert not (tmp_path / "y.db").exists()
