"""The half of the editors' loop that says what to draft next: questions readers could not get answered.

Recording happens where an answer is produced for a person (Discord, the console); one-shot CLI commands
and `batch` record only with `--record`, so evaluations never pollute the log. Nothing identifies a
reader: `reader` and `dedupe` are HMACs under a secret kept in the database, good only for counting
readers and for making a reader's repeated asks and clicks count once.

Grouping happens when the log is read (`python -m bot gaps`, `/admin gaps`): near-duplicates and typos
of one question go together, numbers and years must agree exactly ("budget 2017" is not "budget 2025").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from ..core.answer import Answer
from ..core.model import FactBase
from ..core.text import content_words, fold
from ..storage.base import GapEvent, GapKind, Storage

MAX_REASON = 200
MAX_QUERY = 300
SIMILAR = 85  # rapidfuzz score (0-100) above which two questions are the same question
_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def clean_query(text: str) -> str:
    """The query as typed, without mentions (they would name or ping people) and at most 300 characters."""
    return " ".join(_MENTION.sub(" ", text).split())[:MAX_QUERY]


def _key(secret: str, *parts: object) -> str:
    return hmac.new(secret.encode(), ":".join(map(str, parts)).encode(), hashlib.sha256).hexdigest()[:32]


class _Vocabulary:
    """Every folded word the base knows, per base version: what a question asks that no fact mentions."""

    def __init__(self) -> None:
        self.version = ""
        self.words: frozenset[str] = frozenset()

    def missing(self, base: FactBase | None, query: str) -> str:
        if base is None:
            return ""
        if base.version != self.version:
            known: set[str] = set()
            for fact in base.facts.values():
                known.update(fold(fact.says).split())
                known.update(fold(fact.source.quote).split())
            for ent in base.entities.values():
                for name in ent.names:
                    known.update(fold(name).split())
            self.words, self.version = frozenset(known), base.version
        return ", ".join(f"“{w}”" for w in dict.fromkeys(w for w in content_words(query) if w not in self.words))


_VOCABULARY = _Vocabulary()


@dataclass
class GapLog:
    """Records events through `Storage`; a disabled log (RECORD_GAPS=off, no database) records nothing."""

    storage: Storage | None
    enabled: bool = True
    retention_days: int = 90
    _secret: str | None = None
    _pruned: float = 0.0

    @property
    def active(self) -> bool:
        return self.enabled and self.storage is not None

    async def _secret_key(self) -> str:
        if self._secret is None:
            assert self.storage is not None
            self._secret = await self.storage.gap_secret(secrets.token_hex(32))
        return self._secret

    async def record_answer(self, answer: Answer, *, command: str, query: str, user_id: int | None,
                            guild_id: int | None, now: float | None = None) -> bool:
        """Record a not_found answer (other statuses are not gaps). Returns whether a row was added."""
        if not self.active or answer.status != "not_found":
            return False
        q = clean_query(query)
        missing = answer.missing or _VOCABULARY.missing(answer.base, q)
        return await self._record("not_found", command, q, answer.status, missing, "", user_id, guild_id,
                                  dedupe=("ask", fold(q)), now=now)

    async def record_vote(self, kind: GapKind, *, command: str, query: str, status: str, reason: str,
                          user_id: int, message_id: int, guild_id: int | None, now: float | None = None) -> bool:
        """A 👍 or 👎 on an answer; a reader's repeated clicks on one message count once."""
        if not self.active:
            return False
        return await self._record(kind, command, clean_query(query), status, "",
                                  clean_query(reason)[:MAX_REASON], user_id, guild_id,
                                  dedupe=("vote", message_id), now=now)

    async def _record(self, kind: GapKind, command: str, query: str, status: str, missing: str, reason: str,
                      user_id: int | None, guild_id: int | None, *, dedupe: tuple[object, ...],
                      now: float | None) -> bool:
        assert self.storage is not None
        if not query:
            return False
        secret = await self._secret_key()
        at = int(time.time() if now is None else now)
        reader = _key(secret, "reader", user_id if user_id is not None else f"anon-{uuid.uuid4()}")
        event = GapEvent(uuid.uuid4().hex, kind, command, query, status, missing, reason, guild_id, reader,
                         _key(secret, reader, *dedupe), at)
        added = await self.storage.record_gap(event)
        if at - self._pruned > 3600:  # retention, at most hourly
            self._pruned = at
            await self.storage.prune_gaps(at - self.retention_days * 86400)
        return added


# -- reading the log --------------------------------------------------------------------------------

@dataclass
class Group:
    """One question, however it was spelled: how many readers asked, what the base lacked, and why
    readers marked answers unhelpful."""

    query: str
    readers: int = 0
    asked: int = 0
    unhelpful: int = 0
    helpful: int = 0
    commands: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    last: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"query": self.query, "count": self.readers, "asked": self.asked, "unhelpful": self.unhelpful,
                "helpful": self.helpful, "commands": self.commands, "missing": self.missing,
                "reasons": self.reasons, "variants": self.variants,
                "last_asked": dt.datetime.fromtimestamp(self.last, dt.UTC).isoformat(timespec="seconds")}


_QUOTED = re.compile(r"[“\"‘']([^”\"’']+)[”\"’']")


def missing_terms(missing: str) -> list[str]:
    """What an event says the base lacked, as terms: the quoted words ("“karachi”, “council”", the engine's
    form and ours), else the engine's phrase whole ("the number of ships PNSC has")."""
    quoted = _QUOTED.findall(missing)
    if quoted:
        return [q.strip() for q in quoted if q.strip()]
    return [missing.strip()] if missing.strip() else []


def _norm(query: str) -> str:
    return " ".join(sorted(set(content_words(query)))) or fold(query)


def group(events: list[GapEvent]) -> list[Group]:
    """Groups ranked by how many readers asked (then by 👎, then most recent). Helpful-only questions
    are not gaps and are left out."""
    clusters: list[tuple[str, frozenset[str], list[GapEvent]]] = []
    for event in events:
        norm, numbers = _norm(event.query), frozenset(_DIGITS.findall(event.query))
        for rep, nums, members in clusters:
            if nums == numbers and fuzz.token_sort_ratio(norm, rep) >= SIMILAR:
                members.append(event)
                break
        else:
            clusters.append((norm, numbers, [event]))
    groups = []
    for _, _, members in clusters:
        if all(e.kind == "helpful" for e in members):
            continue
        forms = Counter(e.query for e in members)
        g = Group(query=forms.most_common(1)[0][0])
        g.readers = len({e.reader for e in members if e.kind != "helpful"})
        g.asked = sum(e.kind == "not_found" for e in members)
        g.unhelpful = sum(e.kind == "unhelpful" for e in members)
        g.helpful = sum(e.kind == "helpful" for e in members)
        g.commands = list(dict.fromkeys(e.command for e in members))
        g.missing = list(dict.fromkeys(w for e in members for w in missing_terms(e.missing)))
        g.reasons = list(dict.fromkeys(e.reason for e in members if e.reason))
        g.variants = [q for q in forms if q != g.query]
        g.last = max(e.at for e in members)
        groups.append(g)
    groups.sort(key=lambda g: (-g.readers, -g.unhelpful, -g.last))
    return groups


def parse_since(text: str) -> int:
    """'30d', '12h', '2w' → seconds; refuses anything else with a short message."""
    match = re.fullmatch(r"\s*(\d{1,4})\s*([hdw])\s*", text or "")
    if not match:
        raise ValueError(f"--since {text!r}: use a number of hours, days or weeks, like 30d, 12h or 2w")
    return int(match.group(1)) * {"h": 3600, "d": 86400, "w": 604800}[match.group(2)]


def render_text(groups: list[Group], since_label: str, limit: int = 20) -> str:
    """The plain report: one block per question, most readers first."""
    if not groups:
        return f"No unanswered or unhelpful questions recorded in the last {since_label}."
    lines = [f"Questions readers could not get answered (last {since_label}), most readers first:"]
    for n, g in enumerate(groups[:limit], start=1):
        counts = f"{g.readers} reader{'s' if g.readers != 1 else ''}"
        if g.unhelpful:
            counts += f", {g.unhelpful} 👎"
        lines.append(f"{n}. {g.query}  ({counts}; /{', /'.join(g.commands)})")
        if g.missing:
            lines.append(f"   missing: {', '.join(g.missing[:8])}")
        for reason in g.reasons[:3]:
            lines.append(f"   👎 “{reason}”")
        if g.variants:
            lines.append(f"   also asked as: {'; '.join(g.variants[:3])}")
    if len(groups) > limit:
        lines.append(f"… and {len(groups) - limit} more (use --json for all)")
    return "\n".join(lines)


async def read_groups(storage: Storage, since_seconds: int, now: float | None = None) -> list[Group]:
    start = int((time.time() if now is None else now) - since_seconds)
    return group(await storage.gap_events(start))


class BlockingGapLog:
    """A `GapLog` for the synchronous front ends (console, one-shot CLI): its own event loop and storage.

    Any storage failure turns recording off with one line on stderr; answering never depends on it.
    """

    def __init__(self, settings: Any) -> None:
        import asyncio

        self._loop = asyncio.new_event_loop()
        self.log = GapLog(None, enabled=False)
        if not getattr(settings, "record_gaps", True):
            return
        from ..storage import StorageError, open_storage

        try:
            storage = self._loop.run_until_complete(open_storage(settings))
        except (StorageError, OSError) as exc:
            import sys

            print(f"factdesk: not recording unanswered questions: {exc}", file=sys.stderr)
            return
        self.log = GapLog(storage, retention_days=settings.gaps_retention_days)

    def record_answer(self, answer: Answer, *, command: str, query: str) -> bool:
        if not self.log.active:
            return False
        from ..storage import StorageError

        try:
            return self._loop.run_until_complete(
                self.log.record_answer(answer, command=command, query=query, user_id=None, guild_id=None))
        except StorageError:
            return False

    def close(self) -> None:
        if self.log.storage is not None:
            self._loop.run_until_complete(self.log.storage.close())
        self._loop.close()
