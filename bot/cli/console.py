"""`python -m bot console`: type /who, /policy, /compare, /ask, /verify or a plain question."""

from __future__ import annotations

import sys
from typing import Any, TextIO

from ..core.engine import Engine
from .render import render_text

HELP = """Commands:
  /who NAME            a person or organisation, e.g. /who James Dong
  /policy TOPIC [YEAR] a policy or measure, e.g. /policy budget 2025
  /compare A B         two years or two names, e.g. /compare 2017 2025
  /ask QUESTION        or just type a question
  /verify text: TEXT   check a statement against the sources, e.g. /verify text: Dar said 60m people
  /sources             the articles behind every answer
  /help                this text;  /quit (or Ctrl-D) leaves"""


def run_console(engine: Engine, stdin: TextIO = sys.stdin, out: TextIO = sys.stdout,
                recorder: Any = None, *, site_base_url: str | None = None) -> int:
    """The prompt loop; `recorder` (a BlockingGapLog) records each not_found answer in the gap log."""
    interactive = stdin.isatty()
    if interactive:
        try:
            import readline  # noqa: F401 - gives the prompt history and line editing
        except ImportError:
            pass
    print(f"factdesk console — {len(engine.base.facts)} facts from {len(engine.base.articles)} articles. "
          "Type /help for commands.", file=out)
    while True:
        try:
            line = input("factdesk> ") if interactive else stdin.readline()
        except (EOFError, KeyboardInterrupt):
            print(file=out)
            return 0
        if not interactive and line == "":
            return 0
        line = line.strip()
        if not line:
            continue
        if line in ("/quit", "/exit", "quit", "exit"):
            return 0
        if line in ("/help", "help", "?"):
            print(HELP, file=out)
            continue
        answer = engine.route(line)
        print(render_text(answer, site_base_url=site_base_url), file=out)
        if recorder is not None:
            query = line.split(" ", 1)[1] if line.startswith("/") and " " in line else line
            recorder.record_answer(answer, command=answer.command or "ask", query=query)
        print(file=out)
