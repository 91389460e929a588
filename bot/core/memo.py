"""One request's memory of pure text work.

Answering one question cleans and reads its text many times: each fallback (the line without its
date, without a trailing guess, one side of a comparison, a name looked up on its own) hands a variant
or the same text back to the readers, which start again from the raw string. The readers are pure, so
within one request the second reading of a text can be the first one's result.

The memory lives for one request only (a `ContextVar`, so concurrent requests in threads or tasks keep
their own): the same question asked again later pays the full price, as a new question would, and the
bench's repeated timings stay honest. Outside a request nothing is remembered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")

_MEMO: ContextVar[dict[tuple[Any, str], Any] | None] = ContextVar("factdesk_request_memo", default=None)


@contextmanager
def request() -> Iterator[None]:
    """Remember pure readings until the outermost request ends (nested requests share it)."""
    if _MEMO.get() is not None:
        yield
        return
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def per_request(fn: Callable[[str], T]) -> Callable[[str], T]:
    """Wrap a pure function of one string (its result immutable) so a request computes it once per text."""

    @wraps(fn)
    def remembered(text: str) -> T:
        memo = _MEMO.get()
        if memo is None:
            return fn(text)
        key = (fn, text)
        try:
            return memo[key]
        except KeyError:
            memo[key] = out = fn(text)
            return out

    return remembered


def in_request(fn: F) -> F:
    """Run an entry point (an `Engine` method a front end calls) as one request."""

    @wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        with request():
            return fn(*args, **kwargs)

    return cast(F, run)
