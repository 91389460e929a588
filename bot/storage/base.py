"""The storage interface the digest scheduler and the cogs talk to, and the records it returns.

Why an abstract class rather than SQL in the scheduler: the same scheduler must run against SQLite
and PostgreSQL (bot/storage/postgres.py), and its exactly-once guarantee must rest on operations every backend can
do atomically — an insert that silently loses to an existing unique key (`INSERT … ON CONFLICT DO
NOTHING`), and conditional updates whose row count says who won. Times cross this interface as UTC
epoch seconds (ints) and local calendar dates as ISO strings, so no backend needs time-zone support.

Every method may raise `StorageError` (locked, read-only, full, unavailable). Callers report it and
retry; a backend must never half-apply a method (each one is a single transaction).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Literal

PostStatus = Literal["claimed", "retry", "posted", "failed", "missed", "skipped"]

# A claim in one of these states is work in progress: it may be taken over once its lease runs out.
OPEN_STATUSES: tuple[PostStatus, ...] = ("claimed", "retry")
# Final states for a day. A manual `/digest now` may reopen the ones that did not post.
FINAL_STATUSES: tuple[PostStatus, ...] = ("posted", "failed", "missed", "skipped")
REOPENABLE_STATUSES: tuple[PostStatus, ...] = ("failed", "missed", "skipped")


class StorageError(Exception):
    """The database could not do what was asked. `kind` says why, for a short message to users.

    kind is one of: "locked" (another process holds the write lock too long), "readonly", "full"
    (disk or quota), "unavailable" (file missing, connection lost, corrupt), "other".
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind

    def user_message(self) -> str:
        """One sentence an admin can act on; never includes SQL or paths."""
        return {
            "locked": "the database is busy (locked by another process)",
            "readonly": "the database is read-only",
            "full": "the disk holding the database is full",
            "unavailable": "the database is unavailable",
        }.get(self.kind, "the database reported an error")


@dataclass(frozen=True)
class DigestSettings:
    """One server's digest configuration and where its schedule stands.

    `version` grows on every change by an admin; the scheduler's own writes are conditional on it,
    so a schedule computed from old settings can never overwrite new ones.
    `next_due`/`due_date`: the UTC instant the scheduler should next act and the local date it acts for.
    `since_date`: the local date the digest was first enabled; "new in the sources" starts there.
    """

    guild_id: int
    channel_id: int
    post_time: str  # "HH:MM", local wall-clock time
    timezone: str  # IANA name
    enabled: bool
    since_date: str
    next_due: int | None
    due_date: str | None
    version: int
    updated_at: int
    updated_by: int | None = None


@dataclass(frozen=True)
class PostRecord:
    """The (server, local date) slot: who claimed it, until when, and how it ended."""

    guild_id: int
    local_date: str
    status: PostStatus
    owner: str | None
    lease_until: int | None
    attempts: int
    channel_id: int | None
    message_id: int | None
    fact_id: str | None
    cycle: int | None
    error: str | None
    claimed_at: int | None
    finished_at: int | None
    # Transient refusals from the platform while the day was open (what the retry backoff grows
    # on): unlike `attempts`, a claim cut short by our own crash does not count.
    failures: int = 0


@dataclass(frozen=True)
class Claim:
    """The answer to `claim_digest`: whether this owner now holds the slot, and the slot's row.

    `previous_attempts` > 0 means someone tried this slot before (a crash, a transient error): the
    message may already be in the channel, so the caller must look before sending again.
    """

    acquired: bool
    record: PostRecord
    previous_attempts: int = 0


@dataclass(frozen=True)
class Rotation:
    """Where a server is in its fact-of-the-day cycle: the cycle number and the facts it has shown."""

    cycle: int
    shown: frozenset[str]
    last_fact: str | None = None


GapKind = Literal["not_found", "unhelpful", "helpful"]


@dataclass(frozen=True)
class GapEvent:
    """A question the base could not answer, or an answer a reader marked. Carries no user id:
    `reader` is a keyed hash that only makes one reader's repeats count once."""

    id: str
    kind: GapKind
    command: str
    query: str
    status: str
    missing: str
    reason: str
    guild_id: int | None
    reader: str
    dedupe: str
    at: int


class Storage(ABC):
    """Async persistence for per-server digest settings, daily post claims and the fact rotation."""

    # --- lifecycle -------------------------------------------------------------------------------

    @abstractmethod
    async def close(self) -> None:
        """Release connections. Safe to call twice."""

    @abstractmethod
    async def schema_version(self) -> int:
        """The highest migration applied (for health checks and tests)."""

    # --- settings ----------------------------------------------------------------------------------

    @abstractmethod
    async def get_digest(self, guild_id: int) -> DigestSettings | None:
        """The server's settings, enabled or not; None when it never set a digest."""

    @abstractmethod
    async def save_digest(
        self,
        guild_id: int,
        *,
        channel_id: int,
        post_time: str,
        timezone: str,
        next_due: int,
        due_date: str,
        since_date: str,
        now: int,
        updated_by: int | None = None,
    ) -> DigestSettings:
        """Create or replace the settings, enable them and bump `version`. Returns the stored row."""

    @abstractmethod
    async def disable_digest(self, guild_id: int, *, now: int, updated_by: int | None = None) -> bool:
        """Turn the digest off (history is kept). False when it was not on."""

    @abstractmethod
    async def upcoming_digests(self, limit: int) -> list[DigestSettings]:
        """The `limit` enabled schedules with the earliest `next_due`, earliest first."""

    @abstractmethod
    async def reschedule_digest(
        self, guild_id: int, *, version: int, expected_due_date: str | None, next_due: int, due_date: str
    ) -> bool:
        """Move the schedule on, only if settings are still at `version` and `due_date` unchanged.

        Returns whether this write won. Losing is normal (another process moved it, or an admin
        changed the settings) and the caller just re-reads.
        """

    # --- daily claims ------------------------------------------------------------------------------

    @abstractmethod
    async def claim_digest(
        self,
        guild_id: int,
        local_date: str,
        *,
        owner: str,
        now: int,
        lease_seconds: int,
        channel_id: int,
        reopen_final: bool = False,
    ) -> Claim:
        """Take the (server, date) slot before sending.

        Acquired when no row exists (insert wins the unique key), or when the row is open (claimed or
        retry) and its lease has expired, or — with `reopen_final` (a manual `/digest now`) — when the
        day ended failed, missed or skipped. A posted day is never reopened.
        """

    @abstractmethod
    async def finish_digest(
        self,
        guild_id: int,
        local_date: str,
        *,
        owner: str,
        status: PostStatus,
        now: int,
        message_id: int | None = None,
        error: str | None = None,
        fact_id: str | None = None,
        rotation_cycle: int | None = None,
    ) -> bool:
        """Close a slot this owner holds: posted (with message id), failed or skipped.

        When posted with a fact, the fact and its cycle are stored on the same row: the rotation
        is derived from posted rows, so a post can never be recorded without its rotation step.
        False when the owner no longer holds the slot (its lease was taken over).
        """

    @abstractmethod
    async def defer_digest(
        self, guild_id: int, local_date: str, *, owner: str, retry_at: int, error: str, now: int
    ) -> bool:
        """After a transient error: leave the slot open with `lease_until = retry_at`, one more failure.

        Whoever wakes after `retry_at` (this process or another) takes it over and tries again.
        """

    @abstractmethod
    async def record_missed(self, guild_id: int, local_dates: list[str], *, reason: str, now: int) -> int:
        """Mark days that were never claimed as missed. Existing rows are left alone. Returns count."""

    @abstractmethod
    async def get_post(self, guild_id: int, local_date: str) -> PostRecord | None:
        """The slot's row, if any."""

    @abstractmethod
    async def last_post(self, guild_id: int, before: str | None = None) -> PostRecord | None:
        """The most recent day that posted (strictly before the local date `before`, if given)."""

    @abstractmethod
    async def last_problem(self, guild_id: int) -> PostRecord | None:
        """The most recent day that ended failed/missed/skipped, or is open with an error."""

    # --- fact-of-the-day rotation ----------------------------------------------------------------

    @abstractmethod
    async def rotation(self, guild_id: int) -> Rotation:
        """The current cycle and the facts already shown in it (cycle 0 and none at first)."""

    # --- the editors' loop: what readers could not get answered ------------------------------------

    @abstractmethod
    async def record_gap(self, event: GapEvent) -> bool:
        """Store one event; False when this reader already recorded this kind for this question/answer."""

    @abstractmethod
    async def gap_events(self, since: int) -> list[GapEvent]:
        """Every event at or after `since` (UTC epoch seconds), oldest first."""

    @abstractmethod
    async def prune_gaps(self, before: int) -> int:
        """Delete events older than `before` (retention); returns how many."""

    @abstractmethod
    async def gap_secret(self, candidate: str) -> str:
        """The key for reader hashes: `candidate` becomes it if none is stored yet (first writer wins)."""
