"""Typed settings read from the environment and an optional `.env` file, validated once at start.

Why a hand-written parser and not python-dotenv: the format we need is tiny (KEY=VALUE, comments,
optional quotes, optional `export`), and one fewer dependency is one fewer thing to pin. The
environment wins over `.env`, so CI and containers can override a developer's file.

The token is wrapped in `Secret` so no repr, log line, f-string or exception can show it by accident;
code that really needs it calls `reveal()`. Every validation error is one line naming the setting and
never echoes the value (a pasted token must not end up in a terminal scroll-back or a CI log).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
DEFAULT_DATABASE_PATH = Path("data/factdesk.db")
DEFAULT_DIGEST_CATCHUP_HOURS = 6.0

# A bot token is three base64url parts joined by dots (user id, timestamp, HMAC). We check the shape only,
# so stray quotes or spaces, a "Bot " prefix, or a pasted client secret / application id (no dots) fail
# here with a clear message instead of as a 401 deep inside the gateway handshake. Part lengths are not
# checked: Discord has changed them before, and a wrong-but-well-formed token gets a clear 401 anyway.
_TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")
_ENV_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$")


class ConfigError(Exception):
    """A setting is missing or malformed. The message is one line and never contains a secret."""


class Secret:
    """A string that refuses to be printed. `reveal()` is the only way out."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True)
class Settings:
    """Everything the bot reads from its environment. Built by `load_settings`, never mutated."""

    discord_token: Secret | None = None
    discord_api_base: str | None = None  # e.g. http://127.0.0.1:PORT/api/v10 for an emulator
    dev_guild_id: int | None = None
    owner_ids: frozenset[int] = field(default_factory=frozenset)
    log_level: str = "INFO"
    database_path: Path = DEFAULT_DATABASE_PATH
    database_url: str | None = None  # postgres://… ; when set it wins over database_path
    digest_catchup_hours: float = DEFAULT_DIGEST_CATCHUP_HOURS
    corpus_base_url: str | None = None  # makes corpus-path source links clickable
    site_base_url: str | None = None  # where `python -m bot site` is published: citations link to fact pages
    shard_count: int | None = None  # SHARD_COUNT; None: Discord's recommended count (GET /gateway/bot)
    shard_ids: tuple[int, ...] | None = None  # SHARD_IDS; None: every shard of shard_count in this process
    record_gaps: bool = True  # RECORD_GAPS=off: no unanswered questions or 👍/👎 are stored
    gaps_retention_days: int = 90  # GAPS_RETENTION_DAYS

    @property
    def data_dir(self) -> Path:
        """Where small state files live (the last synced command tree): beside the database."""
        return self.database_path.parent

    def token(self) -> str:
        """The raw token, for `Client.start`/`login` only."""
        if self.discord_token is None:
            raise ConfigError("DISCORD_TOKEN is not set (put it in the environment or in .env)")
        return self.discord_token.reveal()


def parse_env_file(text: str) -> dict[str, str]:
    """Parse `.env` text: KEY=VALUE lines, `#` comments, optional `export`, single or double quotes.

    Unquoted values lose a trailing ` # comment`; quoted values are taken literally (double quotes
    understand \\n and \\"). Lines that are not assignments are ignored rather than fatal, because a
    stray line in a developer's file should not stop the bot; the settings themselves are validated.
    """
    values: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _ENV_LINE.match(line)
        if not match:
            continue
        key, value = match.group(1), match.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            quote, value = value[0], value[1:-1]
            if quote == '"':
                value = value.replace("\\n", "\n").replace('\\"', '"').replace("\\\\", "\\")
        else:
            value = re.split(r"\s+#", value, maxsplit=1)[0].strip()
        values[key] = value
    return values


def load_settings(
    environ: Mapping[str, str] | None = None,
    env_file: Path | None = Path(".env"),
    *,
    require_token: bool = False,
) -> Settings:
    """Merge `.env` (if present) under the environment and validate every setting.

    `require_token` is set by `run` and `sync`; other commands (check, the console) work without one.
    """
    merged: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        merged.update(parse_env_file(env_file.read_text(encoding="utf-8")))
    merged.update(os.environ if environ is None else environ)

    def get(name: str) -> str | None:
        value = merged.get(name)
        return value.strip() if value is not None and value.strip() else None

    shard_count, shard_ids = _shards(get("SHARD_COUNT"), get("SHARD_IDS"))
    return Settings(
        discord_token=_token(get("DISCORD_TOKEN"), required=require_token),
        discord_api_base=_url("DISCORD_API_BASE", get("DISCORD_API_BASE")),
        dev_guild_id=_snowflake("DEV_GUILD_ID", get("DEV_GUILD_ID")),
        owner_ids=_owner_ids(get("OWNER_IDS")),
        log_level=_log_level(get("LOG_LEVEL")),
        database_path=Path(get("DATABASE_PATH") or DEFAULT_DATABASE_PATH),
        database_url=get("DATABASE_URL"),
        digest_catchup_hours=_hours("DIGEST_CATCHUP_HOURS", get("DIGEST_CATCHUP_HOURS")),
        corpus_base_url=_url("CORPUS_BASE_URL", get("CORPUS_BASE_URL")),
        site_base_url=_url("SITE_BASE_URL", get("SITE_BASE_URL")),
        shard_count=shard_count,
        shard_ids=shard_ids,
        record_gaps=_switch("RECORD_GAPS", get("RECORD_GAPS")),
        gaps_retention_days=_days("GAPS_RETENTION_DAYS", get("GAPS_RETENTION_DAYS")),
    )


def _switch(name: str, value: str | None, default: bool = True) -> bool:
    if value is None:
        return default
    low = value.lower()
    if low in ("on", "true", "yes", "1"):
        return True
    if low in ("off", "false", "no", "0"):
        return False
    raise ConfigError(f"{name} must be on or off, not {value!r}")


def _days(name: str, value: str | None, default: int = 90) -> int:
    if value is None:
        return default
    if not value.isdigit() or not 1 <= int(value) <= 3650:
        raise ConfigError(f"{name} must be a number of days from 1 to 3650, not {value!r}")
    return int(value)


def url_setting(name: str, environ: Mapping[str, str] | None = None, env_file: Path | None = Path(".env")
                ) -> str | None:
    """One URL setting (SITE_BASE_URL for CLI answers) without validating the rest: an offline
    command must not fail over a Discord token it never uses. Raises ConfigError when malformed."""
    merged: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        merged.update(parse_env_file(env_file.read_text(encoding="utf-8")))
    merged.update(os.environ if environ is None else environ)
    value = (merged.get(name) or "").strip()
    return _url(name, value or None)


def _token(value: str | None, *, required: bool) -> Secret | None:
    if value is None:
        if required:
            raise ConfigError("DISCORD_TOKEN is not set (put it in the environment or in .env)")
        return None
    if value.lower().startswith("bot "):
        raise ConfigError("DISCORD_TOKEN must be the bare token, without the 'Bot ' prefix")
    if not _TOKEN_SHAPE.match(value):
        raise ConfigError(
            "DISCORD_TOKEN is malformed (expected the bot token from the Developer Portal's Bot page: "
            "three dot-separated parts, no quotes or spaces)"
        )
    return Secret(value)


def _snowflake(name: str, value: str | None) -> int | None:
    if value is None:
        return None
    if not value.isdigit() or not 0 < int(value) < 2**64:
        raise ConfigError(f"{name} must be a Discord id (digits only)")
    return int(value)


def _owner_ids(value: str | None) -> frozenset[int]:
    if value is None:
        return frozenset()
    ids = set()
    for part in value.split(","):
        part = part.strip()
        if part:
            snowflake = _snowflake("OWNER_IDS", part)
            assert snowflake is not None
            ids.add(snowflake)
    return frozenset(ids)


def _log_level(value: str | None) -> str:
    if value is None:
        return "INFO"
    level = value.upper()
    if level not in LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}")
    return level


_URL_CREDENTIALS = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/\s@]+@")


def redact_urls(text: str) -> str:
    """`scheme://user:password@host` → `scheme://[redacted]@host`, wherever it occurs in `text`."""
    return _URL_CREDENTIALS.sub(r"\1[redacted]@", text) if "@" in text else text


def _url(name: str, value: str | None) -> str | None:
    """An http(s) base URL without credentials. Neither Discord's API nor a corpus link takes a user
    name or password in the URL (and aiohttp refuses one beside the bot's Authorization header, with
    a traceback); the value is echoed only with any credentials redacted."""
    if value is None:
        return None
    if not re.match(r"^https?://[^\s/]+", value) or any(ch.isspace() for ch in value):
        raise ConfigError(f"{name} must be an http:// or https:// URL")
    shown = redact_urls(value)
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number from 0 to 65535
    except ValueError:
        raise ConfigError(f"{name} is not a valid URL ({shown}): check the host and the port") from None
    if parts.username is not None or parts.password is not None:
        raise ConfigError(f"{name} must not contain a user name or password ({shown})")
    if not parts.hostname:
        raise ConfigError(f"{name} has no host name ({shown})")
    return value.rstrip("/")


def _hours(name: str, value: str | None) -> float:
    if value is None:
        return DEFAULT_DIGEST_CATCHUP_HOURS
    try:
        hours = float(value)
    except ValueError:
        raise ConfigError(f"{name} must be a number of hours") from None
    if not 0 <= hours <= 24 * 7:
        raise ConfigError(f"{name} must be between 0 and 168 hours")
    return hours


MAX_SHARDS = 1 << 16  # far above any real bot; stops a typo from asking for a billion shards


def _shards(count_text: str | None, ids_text: str | None) -> tuple[int | None, tuple[int, ...] | None]:
    """SHARD_COUNT and SHARD_IDS, validated together (ids only mean something against a count).

    SHARD_IDS is a list of ids and ranges: `0,1`, `0-3`, `0-1,4`. Every id must be below SHARD_COUNT,
    because Discord closes an IDENTIFY for a shard that does not exist (4010) and the process would
    keep retrying it; failing here says which setting is wrong instead.
    """
    count: int | None = None
    if count_text is not None:
        if not count_text.isdigit() or not 1 <= int(count_text) <= MAX_SHARDS:
            raise ConfigError(f"SHARD_COUNT must be a whole number from 1 to {MAX_SHARDS}")
        count = int(count_text)
    if ids_text is None:
        return count, None
    if count is None:
        raise ConfigError("SHARD_IDS needs SHARD_COUNT (the total number of shards across all processes)")
    ids: set[int] = set()
    for part in ids_text.split(","):
        part = part.strip()
        match = re.fullmatch(r"(\d+)\s*(?:-\s*(\d+))?", part)
        if not match:
            raise ConfigError("SHARD_IDS must be shard ids and ranges, e.g. 0,1 or 0-3")
        low = int(match.group(1))
        high = int(match.group(2)) if match.group(2) is not None else low
        if high < low:
            raise ConfigError("SHARD_IDS has a backwards range (write 0-3, not 3-0)")
        if high >= count:
            raise ConfigError(f"SHARD_IDS must be below SHARD_COUNT ({count}): shard ids count from 0")
        ids.update(range(low, high + 1))
    return count, tuple(sorted(ids))


class RedactFilter(logging.Filter):
    """Replaces the token (and any other secret given) in every log record, whatever logger or library
    produced it, and the credentials of every URL (a DATABASE_URL's password, say).

    discord.py never logs the token itself, but an exception repr or a debug line from a dependency
    could; this makes "the token is never logged" a property of the process, not of each call site.
    """

    def __init__(self, *secrets: str) -> None:
        super().__init__()
        self._secrets = [s for s in secrets if s]

    def _scrub(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "[redacted]")
        return redact_urls(text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        text = self._scrub(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._scrub(record.exc_text)
        if text != message:
            record.msg, record.args = text, None
        return True
