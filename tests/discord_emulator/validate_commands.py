"""Validation of application commands (bulk overwrite) and autocomplete results like Discord."""

from __future__ import annotations

import re
from typing import Any

from .formerrors import FormErrors, Path

CHAT_INPUT, USER, MESSAGE = 1, 2, 3
SUB_COMMAND, SUB_COMMAND_GROUP, STRING, INTEGER, NUMBER = 1, 2, 3, 4, 10
CHOICE_TYPES = {STRING, INTEGER, NUMBER}
# Discord: ^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$ and lowercase where a lowercase variant exists.
_NAME = re.compile(r"^[-_'\w]{1,32}$")
MAX_COMMANDS = {CHAT_INPUT: 100, USER: 15, MESSAGE: 15}


def _chat_name(errs: FormErrors, path: Path, name: Any) -> None:
    if not isinstance(name, str) or not _NAME.match(name) or name != name.lower():
        errs.add(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")


def _choices(errs: FormErrors, path: Path, choices: list[dict[str, Any]], opt_type: int | None) -> None:
    if len(choices) > 25:
        errs.add(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
    for i, choice in enumerate(choices):
        errs.max_len((*path, i, "name"), choice.get("name"), 100, minimum=1)
        value = choice.get("value")
        if value is None:
            errs.required((*path, i, "value"))
        elif isinstance(value, str):
            if opt_type not in (None, STRING):
                errs.add((*path, i, "value"), "NUMBER_TYPE_COERCE", f"Value \"{value}\" is not int.")
            errs.max_len((*path, i, "value"), value, 100)
        elif opt_type == STRING:
            errs.add((*path, i, "value"), "BASE_TYPE_STRING", "Must be a string.")


def _options(errs: FormErrors, path: Path, options: list[dict[str, Any]], depth: int) -> None:
    if len(options) > 25:
        errs.add(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
    seen: set[str | None] = set()  # names as sent; a missing one is reported by _chat_name
    optional_seen = False
    kinds = {o.get("type") for o in options}
    if kinds & {SUB_COMMAND, SUB_COMMAND_GROUP} and kinds - {SUB_COMMAND, SUB_COMMAND_GROUP}:
        errs.add(path, "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                 "Sub-command and sub-command group option types are mutually exclusive to all other types")
    for i, opt in enumerate(options):
        opath = (*path, i)
        kind = opt.get("type")
        if kind not in range(1, 12):
            errs.add((*opath, "type"), "ENUM_TYPE_COERCE", f"Value \"{kind}\" is not a valid enum value.")
            continue
        _chat_name(errs, (*opath, "name"), opt.get("name"))
        errs.max_len((*opath, "description"), opt.get("description"), 100, minimum=1)
        if opt.get("name") in seen:
            errs.add((*opath, "name"), "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS",
                     "Option names must be unique")
        seen.add(opt.get("name"))
        if kind in (SUB_COMMAND, SUB_COMMAND_GROUP):
            allowed_depth = 0 if kind == SUB_COMMAND_GROUP else 1
            if depth > allowed_depth:
                errs.add((*opath, "type"), "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                         "Sub-commands cannot be nested this deep")
            sub = opt.get("options") or []
            if kind == SUB_COMMAND_GROUP and any(s.get("type") != SUB_COMMAND for s in sub):
                errs.add((*opath, "options"), "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                         "Sub-command groups may only contain sub-commands")
            _options(errs, (*opath, "options"), sub, depth + 1)
            continue
        if opt.get("required"):
            if optional_seen:
                errs.add((*opath, "required"), "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                         "Required options must be placed before non-required options")
        else:
            optional_seen = True
        choices = opt.get("choices")
        if choices:
            if kind not in CHOICE_TYPES:
                errs.add((*opath, "choices"), "APPLICATION_COMMAND_OPTION_CHOICES_INVALID",
                         "Choices are only allowed for string, integer and number options")
            if opt.get("autocomplete"):
                errs.add((*opath, "autocomplete"), "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID",
                         "Autocomplete cannot be set if there are choices present")
            _choices(errs, (*opath, "choices"), choices, kind)
        for key in ("min_length", "max_length"):
            value = opt.get(key)
            if value is not None and not 0 <= value <= 6000:
                errs.add((*opath, key), "NUMBER_TYPE_MAX", "int value should be less than or equal to 6000.")


def _size(cmd: dict[str, Any]) -> int:
    """Combined name/description/choice characters (Discord caps this at 8000 per command)."""
    total = len(cmd.get("name") or "") + len(cmd.get("description") or "")
    for opt in cmd.get("options") or []:
        total += _size(opt)
        for choice in opt.get("choices") or []:
            total += len(str(choice.get("name"))) + len(str(choice.get("value")))
    return total


def validate_command(errs: FormErrors, path: Path, cmd: dict[str, Any]) -> None:
    kind = cmd.get("type", CHAT_INPUT)
    if kind not in (CHAT_INPUT, USER, MESSAGE, 4):
        errs.add((*path, "type"), "ENUM_TYPE_COERCE", f"Value \"{kind}\" is not a valid enum value.")
        return
    name = cmd.get("name")
    if kind == CHAT_INPUT:
        _chat_name(errs, (*path, "name"), name)
        errs.max_len((*path, "description"), cmd.get("description"), 100, minimum=1)
        _options(errs, (*path, "options"), cmd.get("options") or [], 0)
    else:
        errs.max_len((*path, "name"), name, 32, minimum=1)
        if cmd.get("description"):
            errs.add((*path, "description"), "APPLICATION_COMMAND_DESCRIPTION_INVALID",
                     "Description must be empty for user and message commands")
        if cmd.get("options"):
            errs.add((*path, "options"), "APPLICATION_COMMAND_OPTIONS_INVALID",
                     "Options are only allowed for chat input commands")
    if _size(cmd) > 8000:
        errs.add(path, "APPLICATION_COMMAND_TOO_LARGE", "Command exceeds maximum size (8000)")


def validate_commands(commands: Any) -> FormErrors:
    errs = FormErrors()
    if not isinstance(commands, list):
        errs.add((), "BASE_TYPE_ARRAY", "Must be an array.")
        return errs
    names: set[tuple[int, str]] = set()
    counts: dict[int, int] = {}
    for i, cmd in enumerate(commands):
        validate_command(errs, (i,), cmd)
        key = (cmd.get("type", CHAT_INPUT), cmd.get("name"))
        if key in names:
            errs.add((i, "name"), "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique")
        names.add(key)
        counts[key[0]] = counts.get(key[0], 0) + 1
    for kind, limit in MAX_COMMANDS.items():
        if counts.get(kind, 0) > limit:
            errs.add((), "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer commands of type {kind}.")
    return errs


def validate_autocomplete(data: dict[str, Any] | None) -> FormErrors:
    """Callback type 8: ``data.choices`` max 25, names 1-100, string values <= 100."""
    errs = FormErrors()
    choices = (data or {}).get("choices")
    if choices is None:
        errs.required(("data", "choices"))
        return errs
    _choices(errs, ("data", "choices"), choices, None)
    return errs
