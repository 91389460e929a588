"""Discord's size limits, and the only helpers that cut text to fit them.

Every other module asks this one: renderers build freely, then pass text through `truncate` /
`paginate`, and `check_embed` / `check_message` let tests (and a last-line guard before sending)
prove that nothing exceeds a limit. Keeping the numbers in one place means a change on Discord's side
is one edit, and a reviewer can see at a glance which limits we honour.

Lengths are counted the way Discord counts them for these fields: in Unicode code points (Python `len`).

Sources: https://discord.com/developers/docs/resources/message#embed-object-embed-limits,
…/interactions/application-commands, …/interactions/message-components.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

import discord

# Messages
CONTENT = 2000
EMBEDS_PER_MESSAGE = 10

# Embeds
EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
EMBED_FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER_TEXT = 2048
AUTHOR_NAME = 256
EMBED_TOTAL = 6000  # title + description + field names/values + footer + author, per message

# Application commands
CHOICES = 25
CHOICE_NAME = 100
CHOICE_VALUE = 100

# Components
ACTION_ROWS = 5
ROW_WIDTH = 5  # buttons per row; a select fills a whole row
BUTTON_LABEL = 80
CUSTOM_ID = 100
URL = 512
SELECT_OPTIONS = 25
SELECT_LABEL = 100
SELECT_VALUE = 100
SELECT_DESCRIPTION = 100
SELECT_PLACEHOLDER = 150
LINK_BUTTONS = 5  # our own choice: more source buttons than this is noise, not help

# What we accept from users (our limits, not Discord's): matched by the slash options' max_length.
NAME_INPUT = 100
QUESTION_INPUT = 300

ELLIPSIS = "…"

_LINE_START = re.compile(r"^(\s*)([#>-])", re.MULTILINE)
_LINE_NUMBER = re.compile(r"^(\s*)(\d+)\.", re.MULTILINE)
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def truncate(text: str, limit: int, *, ellipsis: str = ELLIPSIS) -> str:
    """Cut `text` to at most `limit` characters, marking the cut and preferring a word boundary."""
    if len(text) <= limit:
        return text
    if limit <= len(ellipsis):
        return text[:limit]
    cut = text[: limit - len(ellipsis)]
    space = cut.rfind(" ")
    if space >= len(cut) * 2 // 3:  # only back up to a space when it costs little
        cut = cut[:space]
    return cut.rstrip() + ellipsis


def paginate(blocks: Iterable[str], limit: int, *, separator: str = "\n") -> list[str]:
    """Pack blocks (e.g. lines of an answer) into pages of at most `limit` characters.

    A block is never split across pages unless it alone is longer than a page; then it is split at
    line or word boundaries (like Red's `pagify`), so every page is readable on its own.
    """
    pages: list[str] = []
    current = ""
    for block in blocks:
        for piece in _split_long(block, limit):
            candidate = f"{current}{separator}{piece}" if current else piece
            if len(candidate) <= limit:
                current = candidate
            else:
                if current:
                    pages.append(current)
                current = piece
    if current:
        pages.append(current)
    return pages


def _split_long(text: str, limit: int) -> list[str]:
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = max(window.rfind("\n"), window.rfind(" "))
        if cut < limit // 2:  # no sensible boundary: hard cut
            cut = limit
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return [p for p in pieces if p]


def clean_user_text(text: str) -> str:
    """Make user input safe to process: no control characters, no invisible or bidi marks, NFC.

    Zero-width joiners and RTL/LTR overrides are invisible but change how text sorts, matches and
    displays (an RTL override can flip the rest of our reply); control characters can break embeds.
    Newlines and tabs become spaces because every query we accept is one line.
    """
    text = unicodedata.normalize("NFC", text)
    text = _ANSI.sub("", text)  # terminal colour codes pasted from a console
    text = text.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    text = _CONTROL.sub("", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return re.sub(r"\s+", " ", text).strip()


def escape(text: str) -> str:
    """Show text literally: markdown escaped, mentions defused, control and bidi marks removed.

    Used on everything we display that we did not write ourselves (the user's words echoed back, and,
    defensively, the fact base's text), so `@everyone`, `**bold**`, ``` fences or `||spoilers||` in a
    query neither ping anyone nor change the formatting of the reply.
    """
    text = _CONTROL.sub("", text.replace("\r", ""))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf" or ch == "\n")
    text = discord.utils.escape_markdown(text)
    text = _LINE_START.sub(r"\1\\\2", text)  # headings, quotes, lists only act at a line start
    text = _LINE_NUMBER.sub(r"\1\2\\.", text)
    return discord.utils.escape_mentions(text)


def embed_total(embed: discord.Embed) -> int:
    """Characters Discord counts toward the 6000 total (discord.py's `len(embed)` counts the same)."""
    return len(embed)


def check_embed(embed: discord.Embed) -> list[str]:
    """Every limit this embed breaks (empty list when it fits)."""
    problems = []
    if embed.title and len(embed.title) > EMBED_TITLE:
        problems.append(f"title {len(embed.title)} > {EMBED_TITLE}")
    if embed.description and len(embed.description) > EMBED_DESCRIPTION:
        problems.append(f"description {len(embed.description)} > {EMBED_DESCRIPTION}")
    if len(embed.fields) > EMBED_FIELDS:
        problems.append(f"{len(embed.fields)} fields > {EMBED_FIELDS}")
    for i, f in enumerate(embed.fields):
        if not f.name or len(f.name) > FIELD_NAME:
            problems.append(f"field {i} name length {len(f.name or '')} not in 1..{FIELD_NAME}")
        if not f.value or len(f.value) > FIELD_VALUE:
            problems.append(f"field {i} value length {len(f.value or '')} not in 1..{FIELD_VALUE}")
    if embed.footer.text and len(embed.footer.text) > FOOTER_TEXT:
        problems.append(f"footer {len(embed.footer.text)} > {FOOTER_TEXT}")
    if embed.author.name and len(embed.author.name) > AUTHOR_NAME:
        problems.append(f"author {len(embed.author.name)} > {AUTHOR_NAME}")
    if embed.url and len(embed.url) > URL:
        problems.append(f"url {len(embed.url)} > {URL}")
    if embed_total(embed) > EMBED_TOTAL:
        problems.append(f"total {embed_total(embed)} > {EMBED_TOTAL}")
    return problems


def check_message(
    content: str | None = None,
    embeds: Sequence[discord.Embed] = (),
    view: discord.ui.View | None = None,
) -> list[str]:
    """Every limit a whole message breaks: content, embed count and sum, components."""
    problems = []
    if content and len(content) > CONTENT:
        problems.append(f"content {len(content)} > {CONTENT}")
    if len(embeds) > EMBEDS_PER_MESSAGE:
        problems.append(f"{len(embeds)} embeds > {EMBEDS_PER_MESSAGE}")
    for i, embed in enumerate(embeds):
        problems.extend(f"embed {i}: {p}" for p in check_embed(embed))
    total = sum(embed_total(e) for e in embeds)
    if total > EMBED_TOTAL:
        problems.append(f"embeds total {total} > {EMBED_TOTAL}")
    if view is not None:
        problems.extend(check_components(view.to_components()))
    return problems


def check_components(rows: list[dict[str, Any]]) -> list[str]:
    """Limits of a component payload (action rows of buttons and selects)."""
    problems = []
    if len(rows) > ACTION_ROWS:
        problems.append(f"{len(rows)} action rows > {ACTION_ROWS}")
    for r, row in enumerate(rows):
        items = row.get("components", [])
        if len(items) > ROW_WIDTH or (any(i["type"] != 2 for i in items) and len(items) > 1):
            problems.append(f"row {r} holds {len(items)} components")
        for item in items:
            if len(item.get("label") or "") > BUTTON_LABEL:
                problems.append(f"row {r}: label longer than {BUTTON_LABEL}")
            if len(item.get("custom_id") or "") > CUSTOM_ID:
                problems.append(f"row {r}: custom_id longer than {CUSTOM_ID}")
            if len(item.get("url") or "") > URL:
                problems.append(f"row {r}: url longer than {URL}")
            if len(item.get("placeholder") or "") > SELECT_PLACEHOLDER:
                problems.append(f"row {r}: placeholder longer than {SELECT_PLACEHOLDER}")
            options = item.get("options", [])
            if len(options) > SELECT_OPTIONS:
                problems.append(f"row {r}: {len(options)} options > {SELECT_OPTIONS}")
            for o in options:
                if len(o["label"]) > SELECT_LABEL or len(o["value"]) > SELECT_VALUE:
                    problems.append(f"row {r}: option label/value too long")
                if len(o.get("description") or "") > SELECT_DESCRIPTION:
                    problems.append(f"row {r}: option description too long")
    return problems
