"""Reading corpus and fact files while remembering where every record came from.

Editors fix problems from messages like `facts/people.yaml:42: …`, so every mapping we read keeps
the line of its start and of each of its keys. The C YAML parser is used where available: loading
a large base is dominated by parsing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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


class _LineLoader(_BaseLoader):
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._tags: dict[tuple[str, tuple[bool, bool]], str] = {}

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        """The tag of a scalar, remembered by its text: a fact file repeats its field names and ids
        thousands of times, and the implicit resolvers try patterns for each (no path resolvers here,
        so the tag depends on nothing else)."""
        if kind is not yaml.ScalarNode:
            return super().resolve(kind, value, implicit)
        key = (value, implicit)
        tag = self._tags.get(key)
        if tag is None:
            tag = self._tags[key] = super().resolve(kind, value, implicit)
        return tag


_STR = "tag:yaml.org,2002:str"
_Scalar = yaml.ScalarNode


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> LineDict:
    # a text scalar is its value (what `construct_object` returns for it, by way of two more calls):
    # taken directly, it is a third of the time a large fact file takes to load
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = key_lines = {}
    for key_node, value_node in node.value:
        if key_node.tag == _STR and type(key_node) is _Scalar:
            key = key_node.value
        else:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool, dt.date)) and key is not None:
                raise yaml.constructor.ConstructorError(
                    None, None, "mapping keys must be plain values", key_node.start_mark
                )
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        if value_node.tag == _STR and type(value_node) is _Scalar:
            result[key] = value_node.value
        else:
            result[key] = loader.construct_object(value_node, deep=True)
        key_lines[str(key)] = key_node.start_mark.line + 1
    return result


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    """An impossible date (2017-02-30) stays text, so the validator can say where it is."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


def _construct_sequence(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(child.value if child.tag == _STR and type(child) is _Scalar
                      else loader.construct_object(child, deep=True) for child in node.value)
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    """Python refuses to convert integers over 4,300 digits; say where instead of a traceback."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)
    except ValueError:
        raise yaml.constructor.ConstructorError(
            None, None, f"number too long ({len(str(node.value))} digits)", node.start_mark
        ) from None


assert not _LineLoader.yaml_path_resolvers  # what lets `resolve` remember tags by text alone
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_LineLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)

_OPEN = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSE = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def _deepest(text: str) -> tuple[int, int]:
    """(0-based line, depth) of the most deeply nested point, from the parser's events, which unlike
    building the objects do not recurse (so this works where loading hit Python's recursion limit)."""
    depth, deepest, line = 0, 0, 0
    try:
        for event in yaml.parse(text, Loader=_BaseLoader):
            if isinstance(event, _OPEN):
                depth += 1
                if depth > deepest:
                    deepest = depth
                    line = event.start_mark.line if event.start_mark is not None else line
            elif isinstance(event, _CLOSE):
                depth -= 1
    except yaml.YAMLError:
        pass
    return line, deepest


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
    try:
        return yaml.load(text, Loader=_LineLoader)
    except RecursionError:
        line, depth = _deepest(text)
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
