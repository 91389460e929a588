"""Where each quote sits in its article's original text, and the article cut into highlighted pieces.

The validator accepts a quote when `quote_key(quote)` is a substring of `quote_key(body)`: whitespace
runs, typographic quotes and dashes are forgiven. To highlight the quote we need the span in the
*original* body, so we build the same normalised text while remembering, for every normalised
character, the offset it came from; a match in the normalised text then maps straight back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from ..core.text import _QUOTE_TABLE, quote_key

_WS = re.compile(r"\s+")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True, slots=True)
class Normalised:
    """`text` is quote_key(original); `offsets[i]` is where text[i] starts in the original."""

    text: str
    offsets: tuple[int, ...]
    original_length: int


def normalise(original: str) -> Normalised:
    """quote_key with an offset map. Kept equal to quote_key by a property test, not by hope."""
    translated = original.translate(_QUOTE_TABLE)
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for match in _WS.finditer(translated):
        start, end = match.span()
        pieces.append(translated[pos:start])
        offsets.extend(range(pos, start))
        pieces.append(" ")
        offsets.append(start)
        pos = end
    pieces.append(translated[pos:])
    offsets.extend(range(pos, len(translated)))
    text = "".join(pieces)
    # strip(), as quote_key does: only the collapsed single spaces can sit at either end
    lead = 1 if text.startswith(" ") else 0
    trail = 1 if text.endswith(" ") and len(text) > lead else 0
    text = text[lead: len(text) - trail]
    offsets = offsets[lead: len(offsets) - trail]
    return Normalised(text, tuple(offsets), len(original))


def locate(norm: Normalised, quote: str) -> tuple[int, int] | None:
    """The original [start, end) of the first occurrence of `quote`, or None if it is not there."""
    key = quote_key(quote)
    if not key:
        return None
    at = norm.text.find(key)
    if at < 0:
        return None
    return norm.offsets[at], norm.offsets[at + len(key) - 1] + 1


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of article text covered by the same set of quotes (empty: plain text)."""

    text: str
    facts: tuple[str, ...]  # facts whose quote covers this run, in the order given
    starts: tuple[str, ...]  # facts whose quote starts here: their anchors go before this piece
    ends: tuple[str, ...]  # facts whose quote ends with this piece: their markers go after it


def paragraphs(body: str, spans: Mapping[str, tuple[int, int]]) -> list[list[Piece]]:
    """The body as paragraphs (blank-line separated) of pieces, every quoted span split at the
    boundaries of the others, so overlapping quotes never need overlapping HTML elements."""
    order = {fid: i for i, fid in enumerate(spans)}
    cuts: set[int] = set()
    for start, end in spans.values():
        cuts.update((start, end))
    out: list[list[Piece]] = []
    for p_start, p_end in _paragraph_spans(body):
        bounds = sorted({p_start, p_end, *(c for c in cuts if p_start < c < p_end)})
        pieces: list[Piece] = []
        for a, b in pairwise(bounds):
            covering = tuple(sorted((f for f, (s, e) in spans.items() if s <= a and b <= e), key=order.__getitem__))
            starts = tuple(f for f in covering if spans[f][0] == a)
            ends = tuple(f for f in covering if spans[f][1] == b)
            pieces.append(Piece(body[a:b], covering, starts, ends))
        if pieces:
            out.append(pieces)
    return out


def _paragraph_spans(body: str) -> Iterable[tuple[int, int]]:
    pos = 0
    for match in _PARAGRAPH.finditer(body):
        if body[pos: match.start()].strip():
            yield _trimmed(body, pos, match.start())
        pos = match.end()
    if body[pos:].strip():
        yield _trimmed(body, pos, len(body))


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end
