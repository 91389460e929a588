"""Everything the emulator saw or did, plus awaitable helpers (asyncio.Condition, no sleeps)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass
class RequestRecord:
    method: str
    path: str  # path after the API base, e.g. "/channels/1/messages"
    route: str  # route template, e.g. "/channels/{channel_id}/messages"
    query: dict[str, str]
    headers: dict[str, str]
    body: Any  # parsed JSON (or payload_json of a multipart request)
    status: int = 0
    response: Any = None
    fault: str | None = None  # "429", "500", ... when the answer was injected


class _Shown:
    """What a reader sees of a message or an interaction callback, read from its message fields; a
    field that is missing reads as empty, so a test asserts on it without first proving it is there."""

    def shown(self) -> dict[str, Any]:
        raise NotImplementedError

    @property
    def content(self) -> str:
        return self.shown().get("content") or ""

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return self.shown().get("embeds") or []

    @property
    def components(self) -> list[dict[str, Any]]:
        return self.shown().get("components") or []

    @property
    def ephemeral(self) -> bool:
        return bool((self.shown().get("flags") or 0) & 64)


@dataclass
class MessageRecord(_Shown):
    """A message the bot created (channel message, interaction response or followup)."""

    id: int
    channel_id: int
    source: str  # "channel" | "interaction" | "followup" | "deferred"
    body: dict[str, Any]  # the request body as sent by the bot
    data: dict[str, Any]  # the message object as Discord returns it (kept up to date by edits)
    interaction_id: int | None = None
    files: list[dict[str, Any]] = field(default_factory=list)
    edits: list[dict[str, Any]] = field(default_factory=list)
    deleted: bool = False

    @property
    def allowed_mentions(self) -> dict[str, Any] | None:
        """``allowed_mentions`` as the bot sent it (``None`` = not sent = Discord parses everything)."""
        return self.body.get("allowed_mentions")

    def shown(self) -> dict[str, Any]:
        return self.data

    def custom_ids(self) -> list[str]:
        found: list[str] = []

        def walk(items: list[dict[str, Any]]) -> None:
            for comp in items:
                if comp.get("custom_id"):
                    found.append(comp["custom_id"])
                walk(comp.get("components") or [])
                for key in ("accessory", "component"):
                    if isinstance(comp.get(key), dict):
                        walk([comp[key]])

        walk(self.components)
        return found


@dataclass
class InteractionResponseRecord(_Shown):
    interaction_id: int
    type: int  # callback type: 4 message, 5 deferred, 6 deferred update, 7 update, 8 autocomplete, 9 modal
    data: dict[str, Any] | None
    message_id: int | None = None

    @property
    def body(self) -> dict[str, Any]:
        """The callback's data as the bot sent it; empty for a callback that carries none (a deferral may)."""
        return self.data or {}

    def shown(self) -> dict[str, Any]:
        return self.body

    @property
    def choices(self) -> list[dict[str, Any]]:
        return self.body.get("choices") or []


class Recorder:
    def __init__(self) -> None:
        self.requests: list[RequestRecord] = []
        self.unhandled: list[RequestRecord] = []
        self.messages: list[MessageRecord] = []
        self.responses: list[InteractionResponseRecord] = []
        self.rejected: list[RequestRecord] = []  # 4xx answers that were not injected faults
        self.gateway_received: list[dict[str, Any]] = []  # every payload the bot sent on the gateway
        self.gateway_sent: list[dict[str, Any]] = []  # every payload sent to the bot (before compression)
        self.events: list[tuple[str, Any]] = []  # free-form emulator events ("identify", "resume", ...)
        # Requests Discord accepts only as deprecated backwards compatibility, e.g. a follow-up that
        # finishes a deferral instead of "Edit Original Interaction Response". Tests assert it stays empty.
        self.deprecated: list[str] = []
        self._cond = asyncio.Condition()

    async def notify(self) -> None:
        async with self._cond:
            self._cond.notify_all()

    async def wait_for(self, predicate: Callable[[], T | None], timeout: float = 5.0, what: str = "") -> T:
        """Wait until ``predicate()`` returns something truthy and return it."""
        async with self._cond:
            try:
                found = await asyncio.wait_for(self._cond.wait_for(predicate), timeout)
            except TimeoutError:
                recent = [f"{r.method} {r.path} -> {r.status}" for r in self.requests[-10:]]
                raise AssertionError(f"timed out after {timeout}s waiting for {what or predicate}; "
                                     f"last requests: {recent}") from None
        assert found is not None  # Condition.wait_for returns only once predicate() is truthy
        return found

    # --- convenience queries ------------------------------------------------------------
    def find_requests(self, method: str | None = None, route: str | None = None) -> list[RequestRecord]:
        return [r for r in self.requests
                if (method is None or r.method == method) and (route is None or r.route == route)]

    def message(self, message_id: int | None) -> MessageRecord | None:
        """The bot's message with this id; None when there is none (a deferral may have no id yet)."""
        return next((m for m in self.messages if m.id == message_id), None) if message_id is not None else None

    def responses_for(self, interaction_id: int) -> list[InteractionResponseRecord]:
        return [r for r in self.responses if r.interaction_id == interaction_id]

    def event_count(self, kind: str) -> int:
        return sum(1 for k, _ in self.events if k == kind)
