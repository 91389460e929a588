"""Validation of message bodies (content, embeds, flags, allowed_mentions) like Discord."""

from __future__ import annotations

from typing import Any

from .formerrors import FormErrors, Path
from .validate_components import validate_components

EPHEMERAL = 1 << 6
SUPPRESS_EMBEDS = 1 << 2
SUPPRESS_NOTIFICATIONS = 1 << 12
IS_COMPONENTS_V2 = 1 << 15
LOADING = 1 << 7
SENDABLE_FLAGS = EPHEMERAL | SUPPRESS_EMBEDS | SUPPRESS_NOTIFICATIONS | IS_COMPONENTS_V2

_URL_PREFIXES = ("http://", "https://")
_MEDIA_PREFIXES = ("http://", "https://", "attachment://")


def _check_url(errs: FormErrors, path: Path, value: Any, prefixes: tuple[str, ...]) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not value.startswith(prefixes) or len(value) > 2048:
        errs.add(path, "URL_TYPE_INVALID_URL", "Not a well formed URL.")


def embed_chars(embed: dict[str, Any]) -> int:
    """Characters counted towards the 6000-per-message embed limit."""
    total = len(embed.get("title") or "") + len(embed.get("description") or "")
    total += len((embed.get("footer") or {}).get("text") or "")
    total += len((embed.get("author") or {}).get("name") or "")
    for field in embed.get("fields") or []:
        total += len(field.get("name") or "") + len(field.get("value") or "")
    return total


def validate_embed(errs: FormErrors, path: Path, embed: Any) -> None:
    if not isinstance(embed, dict):
        errs.add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType")
        return
    errs.max_len((*path, "title"), embed.get("title"), 256)
    errs.max_len((*path, "description"), embed.get("description"), 4096)
    _check_url(errs, (*path, "url"), embed.get("url"), _URL_PREFIXES)
    color = embed.get("color")
    if color is not None and not (isinstance(color, int) and 0 <= color <= 0xFFFFFF):
        errs.add((*path, "color"), "NUMBER_TYPE_MAX", "int value should be less than or equal to 16777215.")
    fields = embed.get("fields") or []
    if len(fields) > 25:
        errs.add((*path, "fields"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
    for i, field in enumerate(fields):
        fpath = (*path, "fields", i)
        for key, limit in (("name", 256), ("value", 1024)):
            value = field.get(key)
            if value is None or value == "":
                errs.required((*fpath, key))
            else:
                errs.max_len((*fpath, key), value, limit)
    footer = embed.get("footer")
    if footer is not None:
        if not footer.get("text"):
            errs.required((*path, "footer", "text"))
        errs.max_len((*path, "footer", "text"), footer.get("text"), 2048)
        _check_url(errs, (*path, "footer", "icon_url"), footer.get("icon_url"), _MEDIA_PREFIXES)
    author = embed.get("author")
    if author is not None:
        if not author.get("name"):
            errs.required((*path, "author", "name"))
        errs.max_len((*path, "author", "name"), author.get("name"), 256)
        _check_url(errs, (*path, "author", "url"), author.get("url"), _URL_PREFIXES)
        _check_url(errs, (*path, "author", "icon_url"), author.get("icon_url"), _MEDIA_PREFIXES)
    for media in ("image", "thumbnail"):
        if embed.get(media) is not None:
            _check_url(errs, (*path, media, "url"), embed[media].get("url"), _MEDIA_PREFIXES)


def validate_allowed_mentions(errs: FormErrors, am: Any) -> None:
    if am is None:
        return
    path: Path = ("allowed_mentions",)
    parse = am.get("parse") or []
    for i, kind in enumerate(parse):
        if kind not in ("users", "roles", "everyone"):
            errs.add((*path, "parse", i), "ENUM_TYPE_COERCE", f"Value \"{kind}\" is not a valid enum value.")
    for kind in ("users", "roles"):
        ids = am.get(kind)
        if ids and kind in parse:
            errs.add((*path, "parse"), "SET_TYPE_ALREADY_CONTAINS_VALUE",
                     f"parse:{kind} and {kind}: [ids...] are mutually exclusive.")
        if ids is not None and len(ids) > 100:
            errs.add((*path, kind), "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.")


def validate_message_body(
    payload: dict[str, Any],
    *,
    creating: bool,
    n_files: int = 0,
    allowed_flags: int = SENDABLE_FLAGS,
) -> FormErrors:
    """Validate a message create/edit body. Emptiness (code 50006) is checked by the caller."""
    errs = FormErrors()
    content = payload.get("content")
    if content is not None and not isinstance(content, str):
        errs.add(("content",), "BASE_TYPE_STRING", "Must be a string.")
    else:
        errs.max_len(("content",), content, 2000)
    embeds = payload.get("embeds")
    if embeds is not None:
        if len(embeds) > 10:
            errs.add(("embeds",), "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
        for i, embed in enumerate(embeds):
            validate_embed(errs, ("embeds", i), embed)
        if sum(embed_chars(e) for e in embeds if isinstance(e, dict)) > 6000:
            errs.add(("embeds",), "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000")
    flags = payload.get("flags") or 0
    if flags & ~allowed_flags:
        errs.add(("flags",), "MESSAGE_FLAGS_INVALID", "Invalid flags for this request.")
    v2 = bool(flags & IS_COMPONENTS_V2)
    if v2 and (content or embeds):
        errs.add(("content" if content else "embeds",), "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
                 "The 'content' and 'embeds' fields cannot be used when using MessageFlags.IS_COMPONENTS_V2")
    components = payload.get("components")
    if components is not None:
        validate_components(errs, components, v2=v2)
    validate_allowed_mentions(errs, payload.get("allowed_mentions"))
    if creating and payload.get("nonce") is not None:
        errs.max_len(("nonce",), str(payload["nonce"]), 25)
    poll = payload.get("poll")
    if poll is not None:
        errs.max_len(("poll", "question", "text"), (poll.get("question") or {}).get("text"), 300, minimum=1)
        errs.max_len(("poll", "answers"), poll.get("answers") or [], 10, minimum=1)
    return errs


def is_empty_message(payload: dict[str, Any], n_files: int) -> bool:
    return not (
        payload.get("content")
        or payload.get("embeds")
        or payload.get("components")
        or payload.get("sticker_ids")
        or payload.get("poll")
        or n_files
    )
