"""Persistence for per-server state (digest settings, daily claims, rotation) behind one interface.

`open_storage` is the only constructor the bot needs: it picks the backend from the settings, so the
bot class and the cogs never name SQLite. `DATABASE_URL=postgresql://…` selects the PostgreSQL backend
(asyncpg, imported only then, since it is an optional extra) for running several processes.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .base import (
    Claim,
    DigestSettings,
    PostRecord,
    PostStatus,
    Rotation,
    Storage,
    StorageError,
)
from .sqlite import SQLiteStorage

DEFAULT_DATABASE_PATH = Path("data/factdesk.db")

__all__ = [
    "DEFAULT_DATABASE_PATH",
    "Claim",
    "DigestSettings",
    "PostRecord",
    "PostStatus",
    "Rotation",
    "SQLiteStorage",
    "Storage",
    "StorageError",
    "open_storage",
]


async def open_storage(settings_or_path: Any = None) -> Storage:
    """Open the configured database and apply migrations.

    Accepts a `Settings`-like object (`.database_url`, `.database_path`), a path, or None (then
    `DATABASE_PATH`, else `data/factdesk.db`). A `postgres://` or `postgresql://` URL (from
    `database_url`, or passed as the string) opens `PostgresStorage`; any other URL scheme is refused
    clearly rather than mistaken for a file name.
    """
    url = getattr(settings_or_path, "database_url", None)
    if isinstance(settings_or_path, str) and "://" in settings_or_path:
        url = settings_or_path
    if url:
        if url.startswith(("postgres://", "postgresql://")):
            try:
                from .postgres import PostgresStorage
            except ImportError as error:
                raise StorageError(
                    "unavailable", "DATABASE_URL is PostgreSQL but asyncpg is missing: pip install 'factdesk[postgres]'"
                ) from error
            return await PostgresStorage.open(url)
        raise StorageError("unavailable", "DATABASE_URL must be a postgres:// or postgresql:// URL")
    if settings_or_path is None:
        path = Path(os.environ.get("DATABASE_PATH") or DEFAULT_DATABASE_PATH)
    elif isinstance(settings_or_path, (str, os.PathLike)):
        path = Path(settings_or_path)
    else:
        path = Path(settings_or_path.database_path)
    return await SQLiteStorage.open(path)
