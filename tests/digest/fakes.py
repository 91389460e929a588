"""Test doubles for the digest: an in-memory "Discord", a tiny fact base, and crash injection.

`FakeDiscord` keeps every message per channel with the instant it was created, so a test can check
"one message per server per local day" from what was actually posted, not from what the database
claims. `Crasher` raises `SimulatedCrash` (a BaseException, like a killed process: nothing in the
scheduler may catch it) at random points before or after storage and poster calls.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from bot.core.model import Article, Fact, FactBase, Source, When
from bot.digest.content import Digest
from bot.digest.poster import ChannelGone, MissingPermission, TransientError


class SimulatedCrash(BaseException):
    """The process died here."""


@dataclass
class Sent:
    message_id: int
    guild_id: int
    channel_id: int
    marker: str
    day: dt.date
    at: dt.datetime
    digest: Digest


@dataclass
class FakeDiscord:
    """Channels as lists of messages. Faults are set per channel or by a hook."""

    clock: Any
    messages: dict[int, list[Sent]] = field(default_factory=dict)
    gone: set[int] = field(default_factory=set)
    forbidden: set[int] = field(default_factory=set)
    # Called before (phase "send") and after the message exists (phase "sent"); may raise.
    hook: Callable[[str, int, Digest], None] | None = None
    calls: list[tuple[str, int]] = field(default_factory=list)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1000))

    async def post(self, guild_id: int, channel_id: int, digest: Digest) -> int:
        self.calls.append(("post", channel_id))
        if channel_id in self.gone:
            raise ChannelGone("Unknown Channel (404, code 10003)")
        if channel_id in self.forbidden:
            raise MissingPermission("Missing Permissions (403, code 50013)")
        if self.hook:
            self.hook("send", guild_id, digest)
        sent = Sent(next(self._ids), guild_id, channel_id, digest.marker, digest.day, self.clock.now(), digest)
        self.messages.setdefault(channel_id, []).append(sent)
        if self.hook:
            self.hook("sent", guild_id, digest)
        return sent.message_id

    async def find_posted(self, guild_id: int, channel_id: int, digest: Digest, since: dt.datetime) -> int | None:
        self.calls.append(("find", channel_id))
        for sent in self.messages.get(channel_id, []):
            if sent.at >= since and sent.marker == digest.marker:
                return sent.message_id
        return None

    def all_sent(self) -> list[Sent]:
        return [s for msgs in self.messages.values() for s in msgs]


class Crasher:
    """Decides, from a seeded RNG, whether this call is where the process dies."""

    def __init__(self, rng: random.Random, rate: float, clock: Any) -> None:
        self.rng = rng
        self.rate = rate
        self.clock = clock
        self.crashes: list[tuple[dt.datetime, str]] = []
        self.armed = True

    def maybe(self, where: str) -> None:
        if self.armed and self.rng.random() < self.rate:
            self.crashes.append((self.clock.now(), where))
            raise SimulatedCrash(where)


class CrashingStorage:
    """Wraps a Storage; any call may die just before it runs or just after it committed."""

    def __init__(self, inner: Any, crasher: Crasher) -> None:
        self._inner = inner
        self._crasher = crasher

    def __getattr__(self, name: str) -> Any:
        target = getattr(self._inner, name)
        if not callable(target) or name.startswith("_") or name == "close":
            return target

        async def call(*args: Any, **kwargs: Any) -> Any:
            self._crasher.maybe(f"before {name}")
            result = await target(*args, **kwargs)
            self._crasher.maybe(f"after {name}")
            return result

        return call


class CrashingPoster:
    """Wraps FakeDiscord for one process: crashes before/after sending, transient errors.

    `transient_rate` raises TransientError before sending; `ambiguous_rate` creates the message and
    then raises (a 5xx whose request did go through). At most `max_transient` transient errors per
    (guild, day), so a day always ends up posted when the bot is up long enough.
    """

    def __init__(
        self,
        discord: FakeDiscord,
        crasher: Crasher,
        rng: random.Random,
        transient_rate: float = 0.0,
        ambiguous_rate: float = 0.0,
        max_transient: int = 2,
        transient_counts: dict[tuple[int, dt.date], int] | None = None,
    ) -> None:
        self.discord = discord
        self.crasher = crasher
        self.rng = rng
        self.transient_rate = transient_rate
        self.ambiguous_rate = ambiguous_rate
        self.max_transient = max_transient
        self.transient_counts = transient_counts if transient_counts is not None else {}
        self.sent = 0

    def _transient_allowed(self, key: tuple[int, dt.date]) -> bool:
        return self.transient_counts.get(key, 0) < self.max_transient

    async def post(self, guild_id: int, channel_id: int, digest: Digest) -> int:
        key = (guild_id, digest.day)
        self.crasher.maybe("before send")
        if self._transient_allowed(key) and self.rng.random() < self.transient_rate:
            self.transient_counts[key] = self.transient_counts.get(key, 0) + 1
            raise TransientError("503 Service Unavailable", retry_after=None)
        message_id = await self.discord.post(guild_id, channel_id, digest)
        if self._transient_allowed(key) and self.rng.random() < self.ambiguous_rate:
            self.transient_counts[key] = self.transient_counts.get(key, 0) + 1
            raise TransientError("502 Bad Gateway (after the message was created)")
        self.sent += 1
        self.crasher.maybe("after send")
        return message_id

    async def find_posted(self, guild_id: int, channel_id: int, digest: Digest, since: dt.datetime) -> int | None:
        self.crasher.maybe("before find")
        return await self.discord.find_posted(guild_id, channel_id, digest, since)


def _article(n: int, day: dt.date, added: dt.date | None = None, url: str | None = "https://example.org/{n}") -> Article:
    return Article(
        id=f"article-{n}",
        title=f"Article number {n}",
        publisher=f"Publisher {n % 3}",
        published=day,
        url=url.format(n=n) if url else None,
        body="",
        path=f"corpus/article-{n}.md",
        added=added,
    )


def make_base(
    facts: int = 12,
    *,
    dated: dict[str, dt.date] | None = None,
    added: dict[str, dt.date] | None = None,
    articles_added: dict[int, dt.date] | None = None,
    url: str | None = "https://example.org/{n}",
) -> FactBase:
    """A small valid-looking fact base: `facts` facts over three articles.

    `dated` gives some facts an exact date (for "on this day"); `added` sets facts' added dates;
    `articles_added` sets articles' added dates.
    """
    articles = {
        a.id: a
        for a in (
            _article(n, dt.date(2017 + n, 3, 4), (articles_added or {}).get(n), url) for n in range(3)
        )
    }
    fact_map: dict[str, Fact] = {}
    for i in range(facts):
        fid = f"fact-{i:03d}"
        when = When(date=(dated or {}).get(fid), year=2020 if fid not in (dated or {}) else None)
        fact_map[fid] = Fact(
            id=fid,
            kind="statement",
            about=("topic",),
            says=f"Statement number {i} about the topic.",
            source=Source(article=f"article-{i % 3}", quote="…"),
            when=when,
            added=(added or {}).get(fid),
        )
    return FactBase(
        articles=MappingProxyType(articles),
        entities=MappingProxyType({}),
        facts=MappingProxyType(fact_map),
        by_entity=MappingProxyType({}),
        conflicts=MappingProxyType({}),
        version="test",
    )
