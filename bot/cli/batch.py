"""`python -m bot batch --json`: one JSON answer line per JSON input line, in order, never stopping."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TextIO

from ..core.answer import Answer
from ..core.commands import COMMANDS, run
from ..core.engine import Engine

BATCH_COMMANDS = tuple(name for name, command in COMMANDS.items() if command.batch)
MAX_QUERY = 2000


OnAnswer = Callable[[Answer, str, str], object]


def answer_line(engine: Engine, line: str, on_answer: OnAnswer | None = None) -> dict:
    """The JSON object for one input line; bad input becomes {"status": "error", "error": …}."""
    try:
        request = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return {"status": "error", "error": "not a JSON object"}
    if not isinstance(request, dict):
        return {"status": "error", "error": "each line must be a JSON object with command and query"}
    command, query = request.get("command"), request.get("query")
    if command not in BATCH_COMMANDS:
        return {"status": "error", "error": f"command must be one of {', '.join(BATCH_COMMANDS)}"}
    if not isinstance(query, str):
        return {"status": "error", "error": "query must be a string"}
    if len(query) > MAX_QUERY and command != "verify":  # verify checks the first 2,000 characters and says so
        return {"status": "error", "error": f"query is longer than {MAX_QUERY} characters"}
    answer = run(engine, command, query)
    if on_answer is not None:  # `batch --record`: the gap log
        on_answer(answer, command, query)
    return answer.to_json()


def run_batch(engine: Engine, lines: Iterable[str], out: TextIO, on_answer: OnAnswer | None = None) -> int:
    for number, line in enumerate(lines):
        if number == 0:  # files saved by Windows editors start with a UTF-8 byte order mark
            line = line.removeprefix("\ufeff")
        if not line.strip():
            result: dict = {"status": "error", "error": "empty line"}
        else:
            result = answer_line(engine, line, on_answer)
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return 0
