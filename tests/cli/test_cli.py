"""The offline CLI as a user runs it: real subprocesses, real stdin and stdout."""

from __future__ import annotations

import json
import subprocess
import sys

from bot.core.paths import data_root


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=data_root(), timeout=60, env={"PATH": "/usr/bin:/bin", "FACTDESK_ROOT": str(data_root())})


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
