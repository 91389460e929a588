"""Validation of message components (action rows, buttons, selects, Components V2 layouts)."""

from __future__ import annotations

from typing import Any

from .formerrors import FormErrors, Path

ACTION_ROW, BUTTON, STRING_SELECT, TEXT_INPUT = 1, 2, 3, 4
SELECTS = {3, 5, 6, 7, 8}
SECTION, TEXT_DISPLAY, THUMBNAIL, MEDIA_GALLERY, FILE, SEPARATOR, CONTAINER = 9, 10, 11, 12, 13, 14, 17
V2_TOP_LEVEL = {ACTION_ROW, SECTION, TEXT_DISPLAY, MEDIA_GALLERY, FILE, SEPARATOR, CONTAINER}
LINK_STYLE, PREMIUM_STYLE = 5, 6


class _Ctx:
    def __init__(self) -> None:
        self.custom_ids: set[str] = set()
        self.count = 0
        self.text_chars = 0


def _custom_id(errs: FormErrors, path: Path, comp: dict[str, Any], ctx: _Ctx) -> None:
    cid = comp.get("custom_id")
    if cid is None or cid == "":
        errs.required((*path, "custom_id"))
        return
    errs.max_len((*path, "custom_id"), cid, 100)
    if cid in ctx.custom_ids:
        errs.add((*path, "custom_id"), "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated")
    ctx.custom_ids.add(cid)


def _button(errs: FormErrors, path: Path, comp: dict[str, Any], ctx: _Ctx) -> None:
    style = comp.get("style")
    if style not in (1, 2, 3, 4, 5, 6):
        errs.add((*path, "style"), "ENUM_TYPE_COERCE", f"Value \"{style}\" is not a valid enum value.")
    errs.max_len((*path, "label"), comp.get("label"), 80)
    if style == LINK_STYLE:
        url = comp.get("url")
        if not url:
            errs.required((*path, "url"))
        else:
            errs.max_len((*path, "url"), url, 512)
            if not str(url).startswith(("http://", "https://", "discord://")):
                errs.add((*path, "url"), "URL_TYPE_INVALID_URL", "Not a well formed URL.")
        if comp.get("custom_id") is not None:
            errs.add((*path, "custom_id"), "BUTTON_COMPONENT_CUSTOM_ID_INVALID", "A link button cannot have a custom_id")
    elif style == PREMIUM_STYLE:
        if not comp.get("sku_id"):
            errs.required((*path, "sku_id"))
    else:
        _custom_id(errs, path, comp, ctx)
        if comp.get("url") is not None:
            errs.add((*path, "url"), "BUTTON_COMPONENT_URL_INVALID", "A non-link button cannot have a url")
    if style != PREMIUM_STYLE and not comp.get("label") and not comp.get("emoji"):
        errs.add(path, "BUTTON_COMPONENT_INVALID", "A button must have a label or an emoji")


def _select(errs: FormErrors, path: Path, comp: dict[str, Any], ctx: _Ctx) -> None:
    _custom_id(errs, path, comp, ctx)
    errs.max_len((*path, "placeholder"), comp.get("placeholder"), 150)
    lo, hi = comp.get("min_values", 1), comp.get("max_values", 1)
    if not 0 <= lo <= 25:
        errs.add((*path, "min_values"), "NUMBER_TYPE_MAX", "int value should be less than or equal to 25.")
    if not 1 <= hi <= 25:
        errs.add((*path, "max_values"), "NUMBER_TYPE_MAX", "int value should be less than or equal to 25.")
    if comp["type"] != STRING_SELECT:
        return
    options = comp.get("options") or []
    errs.max_len((*path, "options"), options, 25, minimum=1)
    values: set[str] = set()
    for i, opt in enumerate(options):
        opath = (*path, "options", i)
        errs.max_len((*opath, "label"), opt.get("label"), 100, minimum=1)
        errs.max_len((*opath, "value"), opt.get("value"), 100, minimum=1)
        errs.max_len((*opath, "description"), opt.get("description"), 100)
        if opt.get("value") in values:
            errs.add((*opath, "value"), "SELECT_COMPONENT_OPTION_VALUE_DUPLICATED",
                     "Component option value cannot be duplicated")
        values.add(opt.get("value"))
    if lo > len(options) or hi > len(options):
        errs.add((*path, "max_values"), "SELECT_COMPONENT_MAX_VALUES_INVALID",
                 "max_values must be less than or equal to the number of options")


def _action_row(errs: FormErrors, path: Path, row: dict[str, Any], ctx: _Ctx) -> None:
    children = row.get("components") or []
    ctx.count += len(children)
    errs.max_len((*path, "components"), children, 5, minimum=1)
    kinds = [c.get("type") for c in children]
    if any(k in SELECTS for k in kinds) and len(children) > 1:
        errs.add((*path, "components"), "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
                 "The specified component exceeds the maximum width")
    for i, comp in enumerate(children):
        cpath = (*path, "components", i)
        kind = comp.get("type")
        if kind == BUTTON:
            _button(errs, cpath, comp, ctx)
        elif kind in SELECTS:
            _select(errs, cpath, comp, ctx)
        else:
            errs.add((*cpath, "type"), "UNION_TYPE_CHOICES", "Value of field \"type\" must be one of {2, 3, 5, 6, 7, 8}.")


def _v2_component(errs: FormErrors, path: Path, comp: dict[str, Any], ctx: _Ctx, *, in_container: bool) -> None:
    ctx.count += 1
    kind = comp.get("type")
    if kind == ACTION_ROW:
        _action_row(errs, path, comp, ctx)
    elif kind == TEXT_DISPLAY:
        content = comp.get("content") or ""
        ctx.text_chars += len(content)
        errs.max_len((*path, "content"), content, 4000, minimum=1)
    elif kind == SECTION:
        texts = comp.get("components") or []
        errs.max_len((*path, "components"), texts, 3, minimum=1)
        for i, text in enumerate(texts):
            _v2_component(errs, (*path, "components", i), text, ctx, in_container=True)
        accessory = comp.get("accessory")
        if accessory is None:
            errs.required((*path, "accessory"))
        else:
            ctx.count += 1
            if accessory.get("type") == BUTTON:
                _button(errs, (*path, "accessory"), accessory, ctx)
    elif kind == CONTAINER and not in_container:
        for i, child in enumerate(comp.get("components") or []):
            _v2_component(errs, (*path, "components", i), child, ctx, in_container=True)
    elif kind == MEDIA_GALLERY:
        errs.max_len((*path, "items"), comp.get("items") or [], 10, minimum=1)
    elif kind not in (FILE, SEPARATOR, THUMBNAIL):
        errs.add((*path, "type"), "UNION_TYPE_CHOICES", "Value of field \"type\" is not a valid component type.")


def validate_components(errs: FormErrors, components: list[dict[str, Any]], *, v2: bool = False) -> None:
    ctx = _Ctx()
    path: Path = ("components",)
    if not v2:
        if len(components) > 5:
            errs.add(path, "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.")
        for i, row in enumerate(components):
            if row.get("type") != ACTION_ROW:
                errs.add((*path, i, "type"), "UNION_TYPE_CHOICES", "Value of field \"type\" must be one of {1}.")
                continue
            _action_row(errs, (*path, i), row, ctx)
        return
    for i, comp in enumerate(components):
        _v2_component(errs, (*path, i), comp, ctx, in_container=False)
    if ctx.count > 40:
        errs.add(path, "COMPONENT_MAX_TOTAL_COMPONENTS_EXCEEDED", "Total number of components exceeds 40")
    if ctx.text_chars > 4000:
        errs.add(path, "COMPONENT_MAX_TEXT_LENGTH_EXCEEDED", "Total text display content exceeds 4000 characters")


def validate_modal(data: dict[str, Any]) -> FormErrors:
    """Validate an interaction callback type 9 (MODAL) body."""
    errs = FormErrors()
    errs.max_len(("data", "title"), data.get("title"), 45, minimum=1)
    if not data.get("custom_id"):
        errs.required(("data", "custom_id"))
    errs.max_len(("data", "custom_id"), data.get("custom_id"), 100)
    comps = data.get("components") or []
    errs.max_len(("data", "components"), comps, 5, minimum=1)
    ids: set[str] = set()
    for i, top in enumerate(comps):
        path: Path = ("data", "components", i)
        if top.get("type") == ACTION_ROW:
            inner = top.get("components") or []
            if len(inner) != 1:
                errs.add((*path, "components"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 1 in length.")
            children = [((*path, "components", j), c) for j, c in enumerate(inner)]
        elif top.get("type") == 18:  # Label
            errs.max_len((*path, "label"), top.get("label"), 45, minimum=1)
            errs.max_len((*path, "description"), top.get("description"), 100)
            children = [((*path, "component"), top.get("component") or {})]
        elif top.get("type") == TEXT_DISPLAY:
            continue
        else:
            errs.add((*path, "type"), "UNION_TYPE_CHOICES", "Value of field \"type\" must be one of {1, 10, 18}.")
            continue
        for cpath, comp in children:
            cid = comp.get("custom_id")
            if not cid:
                errs.required((*cpath, "custom_id"))
            errs.max_len((*cpath, "custom_id"), cid, 100)
            if cid in ids:
                errs.add((*cpath, "custom_id"), "COMPONENT_CUSTOM_ID_DUPLICATED",
                         "Component custom id cannot be duplicated")
            ids.add(cid)
            if comp.get("type") == TEXT_INPUT:
                errs.max_len((*cpath, "label"), comp.get("label"), 45)
                errs.max_len((*cpath, "placeholder"), comp.get("placeholder"), 100)
                errs.max_len((*cpath, "value"), comp.get("value"), 4000)
                lo, hi = comp.get("min_length", 0), comp.get("max_length", 4000)
                if not 0 <= lo <= 4000 or not 1 <= hi <= 4000:
                    errs.add((*cpath, "max_length"), "NUMBER_TYPE_MAX", "int value should be less than or equal to 4000.")
    return errs
