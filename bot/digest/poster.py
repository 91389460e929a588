"""How the scheduler sends a digest, without knowing about Discord.

The scheduler needs three answers from a platform, and nothing else: "post this", "is this day's
digest already in the channel?" (after a crash between sending and recording, or a lost
database: it is asked before every first post of a day), and a small
vocabulary of failures that decide what happens next:

* `ChannelGone`, `MissingPermission` (and `Rejected`) — `PermanentError`s: retrying today cannot
  help; record it, show it in status.
* `TransientError` — rate limits and server errors; retry with backoff within the day.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from .content import Digest


class PostError(Exception):
    """Base class of what a `Poster` may raise. The message is shown to admins in /digest status."""


class PermanentError(PostError):
    """Retrying today cannot help: the day is recorded as failed and shown in /digest status."""


class ChannelGone(PermanentError):
    """The channel no longer exists (Discord 404, code 10003)."""


class MissingPermission(PermanentError):
    """The bot cannot see or write in the channel (Discord 403, codes 50001/50013)."""


class Rejected(PermanentError):
    """The platform refused the message itself (e.g. a 400): a bug on our side, not worth retrying."""


class CannotVerify(PermanentError):
    """The channel could not be searched for a digest an interrupted attempt may have posted (too many
    messages since the local day began, or no permission to read them): posting could make it twice."""


class TransientError(PostError):
    """Rate limited (429) or a server-side failure (5xx, network). `retry_after` in seconds if known."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Poster(Protocol):
    async def post(self, guild_id: int, channel_id: int, digest: Digest) -> int:
        """Send the digest; return the message id. Raises a `PostError` subclass on failure."""
        ...

    async def find_posted(self, guild_id: int, channel_id: int, digest: Digest, since: dt.datetime) -> int | None:
        """The id of a message posted since `since` (the start of the server's local day) that carries
        this day's digest marker, if any. Raises `CannotVerify` when the channel holds more messages
        since then than can be searched, and other `PostError`s like `post`."""
        ...
