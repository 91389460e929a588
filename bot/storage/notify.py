"""The reload bus: tells every bot process that the fact base was reloaded somewhere.

Why: with several shard processes, `/admin reload` (or SIGHUP) reaches one process. The others learn of
it here and reload from *their own* copy of `facts/`; each then reports the content hash it serves, so
a machine whose `facts/` was not updated shows up as a version mismatch instead of silently diverging.

The bus carries only a hint ("someone reloaded, to version X"), never facts: a lost notification
(a dropped connection) costs freshness, never correctness, and the next reload or restart fixes it.

`LocalReloadBus` is for SQLite (one process; nothing to tell). `PostgresReloadBus` uses the database
every process already shares: `LISTEN/NOTIFY` on one channel, on its own connection (a pooled
connection cannot be kept listening).
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import logging
import os
import socket
import uuid
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base import Storage

log = logging.getLogger("factdesk.reload_bus")

CHANNEL = "factdesk_reload"


@dataclass(frozen=True)
class ReloadNotice:
    """What another process announced: who (`origin`, for logs) and the version it now serves."""

    origin: str
    version: str


Listener = Callable[[ReloadNotice], Awaitable[None] | None]


def default_origin() -> str:
    """A name unique to this process, readable in logs: host, pid and a random suffix."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class ReloadBus(ABC):
    """Publish "I reloaded" to the other processes; call a listener when another one did."""

    origin: str

    @abstractmethod
    async def start(self, listener: Listener) -> None:
        """Begin delivering other processes' notices to `listener` (own notices are not delivered)."""

    @abstractmethod
    async def publish(self, version: str) -> None:
        """Tell the other processes this one now serves `version`. Never raises for a lost database:
        the local reload already succeeded, and a missed hint must not turn it into an error."""

    @abstractmethod
    async def close(self) -> None:
        """Stop listening and release the connection. Safe to call twice."""


class LocalReloadBus(ReloadBus):
    """One process (SQLite): there is nobody to notify, so every method is a no-op."""

    def __init__(self, origin: str | None = None) -> None:
        self.origin = origin or default_origin()

    async def start(self, listener: Listener) -> None:
        return None

    async def publish(self, version: str) -> None:
        return None

    async def close(self) -> None:
        return None


class PostgresReloadBus(ReloadBus):
    """`LISTEN/NOTIFY` on `CHANNEL`. Payload: JSON {"origin", "version"}.

    PostgreSQL also delivers a session's own notifications to itself, so notices carrying our own
    `origin` are dropped. If the listening connection is lost, it is re-established in the background
    with a capped backoff; notices sent meanwhile are lost (see the module docstring for why that is ok).
    """

    def __init__(self, url: str, *, channel: str = CHANNEL, origin: str | None = None) -> None:
        self.url = url
        self.channel = channel
        self.origin = origin or default_origin()
        self._conn: Any = None
        self._listener: Listener | None = None
        self._closed = False
        self._tasks: set[asyncio.Task[Any]] = set()
        self._reconnecting: asyncio.Task[None] | None = None

    async def _connect(self) -> Any:
        import asyncpg

        conn = await asyncpg.connect(self.url, timeout=10)
        if self._listener is not None:
            await conn.add_listener(self.channel, self._on_notify)
        conn.add_termination_listener(self._on_terminated)
        return conn

    async def start(self, listener: Listener) -> None:
        self._listener = listener
        if self._conn is not None and not self._conn.is_closed():
            await self._conn.add_listener(self.channel, self._on_notify)
        else:
            self._conn = await self._connect()

    async def publish(self, version: str) -> None:
        payload = json.dumps({"origin": self.origin, "version": version})
        try:
            if self._conn is None or self._conn.is_closed():
                self._conn = await self._connect()
            await self._conn.execute("SELECT pg_notify($1, $2)", self.channel, payload)
        except Exception as error:  # the reload itself succeeded; the others simply are not told
            log.warning("could not notify other processes of reload to %s: %s", version, error)

    def _on_notify(self, _conn: Any, _pid: int, _channel: str, payload: str) -> None:
        try:
            data = json.loads(payload)
            notice = ReloadNotice(str(data["origin"]), str(data["version"]))
        except (ValueError, KeyError, TypeError):
            log.warning("ignoring a malformed reload notice: %r", payload[:200])
            return
        if notice.origin == self.origin or self._listener is None:
            return
        result = self._listener(notice)
        if inspect.isawaitable(result):
            task = asyncio.ensure_future(result)
            self._tasks.add(task)
            task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("reload listener failed", exc_info=task.exception())

    def _on_terminated(self, _conn: Any) -> None:
        if self._closed or self._reconnecting is not None:
            return
        log.warning("reload bus connection lost; reconnecting")
        self._reconnecting = asyncio.ensure_future(self._reconnect())

    async def _reconnect(self) -> None:
        delay = 1.0
        try:
            while not self._closed:
                try:
                    self._conn = await self._connect()
                    log.info("reload bus reconnected")
                    return
                except Exception as error:
                    log.warning("reload bus reconnect failed (%s); retrying in %.0fs", error, delay)
                    await asyncio.sleep(delay)  # backoff against a down server, not test timing
                    delay = min(delay * 2, 60.0)
        finally:
            self._reconnecting = None

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._reconnecting is not None:
            self._reconnecting.cancel()
        for task in list(self._tasks):
            task.cancel()
        if self._conn is not None and not self._conn.is_closed():
            with contextlib.suppress(Exception):
                await self._conn.remove_listener(self.channel, self._on_notify)
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._conn.close(), timeout=5)
        self._conn = None


def reload_bus_for(storage: Storage | None, *, origin: str | None = None) -> ReloadBus:
    """The bus matching the storage backend: PostgreSQL storage → LISTEN/NOTIFY; anything else → local."""
    try:
        from .postgres import PostgresStorage
    except ImportError:  # asyncpg (the `postgres` extra) not installed: storage cannot be PostgreSQL either
        return LocalReloadBus(origin)
    if isinstance(storage, PostgresStorage):
        return PostgresReloadBus(storage.url, origin=origin)
    return LocalReloadBus(origin)
