"""`python -m bot console`: the same answers as Discord, as text that fits the terminal.

Type a command (/who, /policy, /compare, /ask, /browse, /sources) or a plain question. After an
answer: `more` shows the next page, `back` the previous one,
`quotes` the verbatim quotes of the page, and a number `1`–`9` opens that entry of a numbered list
(which one of several names, a did-you-mean suggestion, an index entry).
"""

from __future__ import annotations

import shutil
import sys
import textwrap
from typing import Any, TextIO

from ..core import commands as registry
from ..core.answer import Answer
from ..core.browse import coverage, examples, is_greeting, parse_browse
from ..core.engine import Engine
from .render import page_count, render_page, render_quotes

QUIT = ("/quit", "/exit", "quit", "exit")
HELP_WORDS = ("/help", "help", "?")


def help_text() -> str:
    lines = ["Commands:"]
    for command in registry.COMMANDS.values():
        lines.append(f"  {command.usage():<22} {command.help}")
    lines += ["  more / back            the next / previous page of the last answer",
              "  1–9                    open that entry of a numbered list",
              "  quotes                 the exact words of the sources on this page",
              "  /help                  this text;  /quit (or Ctrl-D) leaves"]
    return "\n".join(lines)


def intro(engine: Engine) -> str:
    """What the console says to "hi": what the sources cover and commands that have answers."""
    ex = examples(engine.base)
    tries = [f"/{k} {ex[k]}" for k in ("who", "policy", "compare") if k in ex]
    return f"{coverage(engine.base).line()}\nTry: " + " · ".join([*tries, "/browse", "/help"])


class Console:
    """One session: the last answer, its page, and what a number picks."""

    def __init__(self, engine: Engine, out: TextIO, width: int | None = None, *, recorder: Any = None,
                 site_base_url: str | None = None) -> None:
        self.engine = engine
        self.out = out
        self.recorder = recorder  # a BlockingGapLog: each not_found answer goes to the gap log
        self.site_base_url = site_base_url
        self.width = width or min(shutil.get_terminal_size((100, 24)).columns, 120)
        self.answer: Answer | None = None
        self.page = 0

    def say(self, text: str) -> None:
        print(text, file=self.out)
        print(file=self.out)

    def show(self, answer: Answer, page: int = 0) -> None:
        self.answer, self.page = answer, page
        self.say(render_page(answer, page, self.width, site_base_url=self.site_base_url))

    def handle(self, line: str) -> None:
        word = line.lower()
        if word in HELP_WORDS:
            self.say(help_text())
            return
        if is_greeting(line):
            self.say("\n".join(textwrap.fill(part, self.width, break_long_words=False)
                                for part in intro(self.engine).splitlines()))
            return
        if word in ("more", "next"):
            self._turn(+1)
            return
        if word in ("back", "previous", "prev"):
            self._turn(-1)
            return
        if word == "quotes":
            if self.answer is None or self.answer.status != "answer" or not self.answer.fact_ids():
                self.say("No answer with sources to quote yet.")
                return
            self.say(render_quotes(self.answer, self.page, self.width, site_base_url=self.site_base_url))
            return
        if word.isdigit() and self.answer is not None and self.answer.candidates:
            self._pick(int(word))
            return
        kind = parse_browse(line)
        answer = self.engine.browse(kind) if kind is not None else self.engine.route(line)
        self.show(answer)
        if self.recorder is not None:
            query = line.split(" ", 1)[1] if line.startswith("/") and " " in line else line
            self.recorder.record_answer(answer, command=answer.command or "ask", query=query)

    def _turn(self, step: int) -> None:
        if self.answer is None:
            self.say("Ask something first.")
            return
        total = page_count(self.answer)
        target = self.page + step
        if not 0 <= target < total:
            self.say("That was the last page." if step > 0 else "This is the first page.")
            return
        self.show(self.answer, target)

    def _pick(self, n: int) -> None:
        assert self.answer is not None
        candidates = self.answer.candidates
        if not 1 <= n <= len(candidates):
            self.say(f"Pick a number from 1 to {len(candidates)}.")
            return
        entry = candidates[n - 1].id
        command = self.answer.command
        if command == "compare" and " vs " in self.answer.query:
            a, b = (s.strip() for s in self.answer.query.split(" vs ", 1))
            trial = self.engine.compare(entry, b)
            same = {c.id for c in trial.candidates} == {c.id for c in candidates}
            self.show(self.engine.compare(a, entry) if trial.status == "ambiguous" and same else trial)
        elif command in ("who", "policy"):
            self.show(registry.run(self.engine, command, entry))
        else:
            self.show(registry.open_entry(self.engine, entry))


def run_console(engine: Engine, stdin: TextIO = sys.stdin, out: TextIO = sys.stdout, width: int | None = None,
                recorder: Any = None, *, site_base_url: str | None = None) -> int:
    """The prompt loop; `recorder` (a BlockingGapLog) records each not_found answer in the gap log."""
    interactive = stdin.isatty()
    if interactive:
        try:
            import readline  # noqa: F401 - gives the prompt history and line editing
        except ImportError:
            pass
    console = Console(engine, out, width, recorder=recorder, site_base_url=site_base_url)
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
        if line.lower() in QUIT:
            return 0
        console.handle(line)
