"""The YAML side of `loader`: PyYAML's loader made to keep lines (`LineDict`, `LineList`), imported
by the first file parsed rather than by every process that imports `loader` (a start from the
compiled store parses no YAML)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml

from .loader import LineDict, LineList

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineLoader(_BaseLoader):
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


assert not LineLoader.yaml_path_resolvers  # what lets `resolve` remember tags by text alone
LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
LineLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)

_OPEN = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSE = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def deepest(text: str) -> tuple[int, int]:
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
