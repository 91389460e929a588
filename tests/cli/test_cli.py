"""The offline CLI as a user runs it: real subprocesses, real stdin and stdout."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bot.core.paths import data_root


def _env(root: Path | None = None, **extra: str) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "FACTDESK_ROOT": str(root or data_root()), **extra}


def _run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=data_root(), timeout=60, env=env or _env())


def test_batch_one_line_out_per_line_in_order_bad_lines_included() -> None:
    lines = [
        {"command": "who", "query": "James Dong"},
        "not json",
        {"command": "policy", "query": "budget 2025"},
        {"command": "launch", "query": "x"},
        {"command": "compare", "query": "2017 2025"},
        {"command": "compare", "query": "James Dong vs Michael Evans"},
        {"command": "ask", "query": 42},
        {"command": "ask", "query": "What is Alibaba's revenue?"},
        [],
    ]
    stdin = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n"
    result = _run("batch", "--json", stdin=stdin)
    assert result.returncode == 0, result.stderr
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(out) == len(lines)
    assert [o["status"] for o in out] == ["answer", "error", "answer", "error", "answer", "answer", "error",
                                          "not_found", "error"]
    assert out[0]["title"].startswith("James Dong")
    assert all(o["error"] for o in out if o["status"] == "error")


def test_one_shot_commands_cite_sources() -> None:
    text = _run("who", "James", "Dong").stdout
    assert "Sources:" in text and "[1]" in text and "arabnews.pk" in text
    data = json.loads(_run("policy", "budget", "2025", "--json").stdout)
    assert data["status"] == "answer" and data["facts"]
    assert "not_found" in _run("ask", "What is Alibaba's revenue?", "--json").stdout
    assert "corpus/2025-12-06" in _run("sources").stdout


def test_console_answers_commands_and_questions() -> None:
    session = "/help\n/who James Dong\n/policy budget 2025\n/compare 2017 2025\nwho is Khan\n/quit\n"
    out = _run("console", stdin=session).stdout
    assert "/compare A B" in out
    assert "James Dong" in out and "2017 vs 2025" in out and "Which one" in out


def test_check_command_summary_and_exit_code() -> None:
    result = _run("check")
    assert result.returncode == 0
    assert "coverage:" in result.stdout and "conflicts:" in result.stdout


def test_start_without_token_opens_console() -> None:
    result = _run("start", stdin="/quit\n")
    assert result.returncode == 0
    assert "factdesk console" in result.stdout


def test_exit_status_says_answer_no_answer_or_usage_error() -> None:
    assert _run("who", "James", "Dong").returncode == 0
    assert _run("sources").returncode == 0
    not_found = _run("ask", "What is Alibaba's revenue?", "--json")
    assert json.loads(not_found.stdout)["status"] == "not_found" and not_found.returncode == 1
    ambiguous = _run("who", "Khan", "--json")
    assert json.loads(ambiguous.stdout)["status"] == "ambiguous" and ambiguous.returncode == 1
    usage = _run("who")
    assert usage.returncode == 2 and "usage:" in usage.stderr and not usage.stdout
    helptext = _run("who", "--help").stdout
    assert "exit status:" in helptext and "1  no answer" in helptext


def test_a_fact_base_that_does_not_load_is_a_configuration_error(fact_tree: Path) -> None:
    (fact_tree / "facts" / "broken.yaml").write_text("facts: 3\n", encoding="utf-8")
    result = _run("who", "James", "Dong", env=_env(fact_tree))
    assert result.returncode == 2 and not result.stdout
    assert "broken.yaml:1:" in result.stderr and "Traceback" not in result.stderr


def test_sync_guild_without_an_id_needs_dev_guild_id() -> None:
    """`sync --guild` takes DEV_GUILD_ID; unset, it stops before any login (no network here)."""
    result = _run("sync", "--guild", env=_env(DISCORD_TOKEN="abc.def.ghi"))
    assert result.returncode == 2 and "DEV_GUILD_ID" in result.stderr


def test_a_closed_pipe_ends_quietly() -> None:
    """`factdesk sources | head -1`: the reader is gone before the first write, every time."""
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, "-m", "bot", "sources"], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=data_root(), env=_env())
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # before the child has loaded: its first write meets a closed pipe
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=60) == 0
        assert err == "", err


def test_batch_accepts_a_byte_order_mark_on_its_first_line() -> None:
    """Issue 16 item 13: files saved by Windows editors start with a UTF-8 BOM."""
    stdin = "\ufeff" + json.dumps({"command": "who", "query": "James Dong"}) + "\n"
    result = subprocess.run([sys.executable, "-m", "bot", "batch", "--json"], input=stdin.encode("utf-8"),
                            capture_output=True, cwd=data_root(), timeout=60,
                            env={"PATH": "/usr/bin:/bin", "FACTDESK_ROOT": str(data_root())})
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.decode("utf-8").splitlines()
    assert json.loads(line)["status"] == "answer"


def test_the_bot_refuses_to_start_on_an_empty_base_unless_allowed(tmp_path: Path) -> None:
    """Issue 16 item 1: `run` must not start a bot that answers "not in the sources" to everything."""
    (tmp_path / "corpus").mkdir()
    (tmp_path / "facts").mkdir()
    env = {"PATH": "/usr/bin:/bin", "FACTDESK_ROOT": str(tmp_path), "DATABASE_PATH": str(tmp_path / "db"),
           "DISCORD_TOKEN": "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GhJk12.abcdefghijklmnopqrstuvwxyz0123456789AB",
           "DISCORD_API_BASE": "http://127.0.0.1:9/api/v10"}
    refused = subprocess.run([sys.executable, "-m", "bot", "run"], capture_output=True, text=True, cwd=tmp_path,
                             timeout=60, env={**env, "PYTHONPATH": str(data_root())})
    assert refused.returncode == 2 and "Traceback" not in refused.stderr  # a configuration error
    assert "corpus/: no articles" in refused.stderr
    allowed = subprocess.run([sys.executable, "-m", "bot", "run", "--allow-empty"], capture_output=True, text=True,
                             cwd=tmp_path, timeout=60, env={**env, "PYTHONPATH": str(data_root())})
    # past the fact base: it now fails only because nothing listens on port 9 (exit 3, one line)
    assert allowed.returncode == 3 and "cannot reach the Discord API" in allowed.stderr, allowed.stderr
