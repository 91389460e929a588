"""Collects Discord "Invalid Form Body" errors as the nested tree Discord returns."""

from __future__ import annotations

from typing import Any

from .errors import invalid_form_body

Path = tuple[str | int, ...]


class FormErrors:
    def __init__(self) -> None:
        self.tree: dict[str, Any] = {}

    def add(self, path: Path, code: str, message: str) -> None:
        node = self.tree
        for key in path:
            node = node.setdefault(str(key), {})
        node.setdefault("_errors", []).append({"code": code, "message": message})

    def max_len(self, path: Path, value: Any, limit: int, *, minimum: int = 0) -> None:
        """String/list length check with Discord's wording."""
        if value is None:
            return
        n = len(value)
        if minimum and not minimum <= n <= limit:
            self.add(path, "BASE_TYPE_BAD_LENGTH", f"Must be between {minimum} and {limit} in length.")
        elif n > limit:
            self.add(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")

    def required(self, path: Path) -> None:
        self.add(path, "BASE_TYPE_REQUIRED", "This field is required")

    def __bool__(self) -> bool:
        return bool(self.tree)

    def raise_if_any(self) -> None:
        if self.tree:
            raise invalid_form_body(self.tree)
