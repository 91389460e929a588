"""Loopback Discord emulator for testing discord.py bots without network access.

Modules: ``server`` (DiscordEmulator), ``gateway`` (websocket), ``rest_*`` (REST routes),
``validate_*`` (Discord's limits), ``inject`` (user actions), ``recorder`` (what happened),
``faults`` (429/5xx), ``clock`` (deterministic time), ``redirect`` (point_discord_at),
``fixtures`` (pytest fixtures).
"""

from .faults import FaultInjector
from .interactions import InteractionState
from .recorder import InteractionResponseRecord, MessageRecord, Recorder, RequestRecord
from .redirect import point_discord_at, use_gateway_from_api
from .server import DEFAULT_TOKEN, DiscordEmulator
from .world import User, World

__all__ = [
    "DEFAULT_TOKEN",
    "DiscordEmulator",
    "FaultInjector",
    "InteractionResponseRecord",
    "InteractionState",
    "MessageRecord",
    "Recorder",
    "RequestRecord",
    "User",
    "World",
    "point_discord_at",
    "use_gateway_from_api",
]
