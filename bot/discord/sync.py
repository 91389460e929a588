"""Registering slash commands deliberately, and noticing when that is overdue.

Syncing on every start is the classic discord.py mistake: it is rate limited (a restart loop can lock
you out of command updates for a while), and global changes take a while to reach every client
anyway. So `python -m bot sync [--guild ID]` is an explicit step, and each sync records a hash of the
command tree it sent. At start the bot hashes its local tree and logs a warning when it differs from
the last recorded sync: "you changed a command and forgot to sync" is caught by the log, not by users.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import discord

if TYPE_CHECKING:
    from ..config import Settings
    from .client import FactdeskBot

log = logging.getLogger("factdesk.sync")

STATE_FILE = "synced-commands.json"


def state_path(settings: Settings) -> Path:
    return settings.data_dir / STATE_FILE


def tree_payload(bot: FactdeskBot) -> list[dict[str, Any]]:
    """The global commands exactly as discord.py would send them, in a stable order."""
    payload = [command.to_dict(bot.tree) for command in bot.tree.get_commands()]
    return sorted(payload, key=lambda c: (c.get("type", 1), c["name"]))


def tree_digest(payload: list[dict[str, Any]]) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def load_state(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def record_sync(path: Path, scope: str, digest: str, *, count: int) -> None:
    """Remember what was synced where; `last` is what the start-up check compares against."""
    state = load_state(path)
    entry = {"scope": scope, "digest": digest, "commands": count, "at": int(time.time())}
    state.setdefault("scopes", {})[scope] = entry
    state["last"] = entry
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(state, indent=2, sort_keys=True), encoding="utf-8")
    tmp.replace(path)


def drift_message(state: dict[str, Any], digest: str) -> str | None:
    """The warning to log, or None when the local tree is what was last synced."""
    last = state.get("last")
    if not isinstance(last, dict):
        return "slash commands have never been synced from this checkout; run `python -m bot sync`"
    if last.get("digest") != digest:
        scope = last.get("scope", "global")
        return (f"the local command tree differs from the last one synced ({scope}); "
                "run `python -m bot sync` (or `--guild ID` while developing) to update Discord")
    return None


def warn_if_drifted(bot: FactdeskBot) -> str | None:
    message = drift_message(load_state(state_path(bot.settings)), tree_digest(tree_payload(bot)))
    if message:
        log.warning(message)
    return message


async def sync_commands(bot: FactdeskBot, guild_id: int | None = None) -> list[discord.app_commands.AppCommand]:
    """Sync globally, or copy the global commands to one guild and sync there (instant, for development)."""
    payload = tree_payload(bot)
    if guild_id is None:
        synced = await bot.tree.sync()
        scope = "global"
    else:
        guild = discord.Object(id=guild_id)
        bot.tree.copy_global_to(guild=guild)
        synced = await bot.tree.sync(guild=guild)
        scope = f"guild:{guild_id}"
    record_sync(state_path(bot.settings), scope, tree_digest(payload), count=len(synced))
    log.info("synced %d commands (%s)", len(synced), scope)
    return synced
