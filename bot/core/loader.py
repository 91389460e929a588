"""Reading corpus and fact files while remembering where every record came from.

Editors fix problems from messages like `facts/people.yaml:42: …`, so every mapping we read keeps
the line of its start and of each of its keys. The C YAML parser is used where available: loading
a large base is dominated by parsing. PyYAML itself is imported by the first parse (`yamlparse`): a
start from the compiled store parses nothing, and importing it was ~8 ms of that start.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


class LineDict(dict):
    """A mapping from YAML that knows its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A sequence from YAML that knows the line of each item (1-based), so a bad item is reported
    where it is, not at its section's heading."""

    item_lines: list[int]

    def line_of_item(self, index: int, default: int = 0) -> int:
        lines = getattr(self, "item_lines", None)
        return lines[index] if lines and index < len(lines) else default


class SourceError(Exception):
    """A problem located in a file, printed as `path:line: message`."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


def read_text(path: Path, display: str, data: bytes | None = None) -> str:
    """Read a UTF-8 file (or decode its bytes already read), turning encoding trouble into a
    located message."""
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SourceError(display, 1, f"cannot read file: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(display, line, "not valid UTF-8 text (save the file as UTF-8)") from None


def parse_yaml(text: str, display: str, first_line: int = 1) -> Any:
    """Parse YAML with line-aware mappings; syntax errors become located messages."""
    import yaml

    from .yamlparse import LineLoader, deepest

    try:
        return yaml.load(text, Loader=LineLoader)
    except RecursionError:
        line, depth = deepest(text)
        raise SourceError(display, first_line + line, f"invalid YAML: lists or mappings nested {depth} levels "
                                                      "deep, too deep to read (a fact needs four)") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + first_line) if mark else first_line
        what = exc.problem or exc.context or "invalid YAML"
        raise SourceError(display, line, f"invalid YAML: {what}") from None
    except yaml.YAMLError as exc:
        raise SourceError(display, first_line, f"invalid YAML: {exc}") from None


@dataclass(frozen=True)
class RawArticle:
    """A corpus file split into front matter and body, before validation."""

    path: str
    meta: LineDict
    body: str
    body_line: int


def split_front_matter(text: str, display: str) -> RawArticle:
    """Split `---\\nYAML\\n---\\nbody`; the body is kept byte for byte, except that a UTF-8 byte
    order mark is dropped and Windows line ends become `\\n` (editors on Windows save both)."""
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if not text.startswith("---\n"):
        raise SourceError(display, 1, "missing front matter (the file must start with a '---' line)")
    end = text.find("\n---\n", 3)
    if end < 0:
        raise SourceError(display, 1, "front matter is not closed by a '---' line")
    meta = parse_yaml("\n" + text[4 : end + 1], display)  # the blank first line keeps line numbers true
    if not isinstance(meta, LineDict):
        raise SourceError(display, 2, "front matter must be a mapping of fields")
    body = text[end + 5 :]
    body_line = text[: end + 5].count("\n") + 1
    return RawArticle(display, meta, body.lstrip("\n"), body_line)
