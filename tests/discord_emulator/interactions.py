"""Interaction state (deadline, acknowledgement, original message) and payload builders."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from .payloads import member_payload
from .world import (
    ATTACH_FILES,
    DM,
    EMBED_LINKS,
    GROUP_DM,
    SEND_MESSAGES,
    USE_APPLICATION_COMMANDS,
    USE_EXTERNAL_EMOJIS,
    User,
)

if TYPE_CHECKING:
    from .clock import Clock, Snowflakes
    from .world import World

PING, APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 1, 2, 3, 4, 5
CONTEXT_GUILD, CONTEXT_BOT_DM, CONTEXT_PRIVATE_CHANNEL = 0, 1, 2

# Which callback types Discord accepts for each interaction type.
ALLOWED_CALLBACKS = {
    PING: {1},
    APPLICATION_COMMAND: {4, 5, 9, 12},
    MESSAGE_COMPONENT: {4, 5, 6, 7, 9, 12},
    AUTOCOMPLETE: {8},
    MODAL_SUBMIT: {4, 5, 6, 7},
}
INITIAL_RESPONSE_DEADLINE = 3.0  # seconds
TOKEN_LIFETIME = 15 * 60  # seconds


@dataclass
class InteractionState:
    id: int
    token: str
    type: int
    payload: dict[str, Any]
    channel: dict[str, Any]
    user_id: int
    created_at: float
    acknowledged: bool = False
    response_type: int | None = None
    original_message_id: int | None = None
    source_message_id: int | None = None  # the message a component/modal interaction came from
    loading: bool = False  # deferred (type 5) and not yet edited/followed up
    ephemeral: bool = False
    followup_ids: list[int] = field(default_factory=list)
    modal: dict[str, Any] | None = None
    late_attempts: int = 0

    def message_ids(self) -> set[int]:
        ids = set(self.followup_ids)
        if self.original_message_id is not None:
            ids.add(self.original_message_id)
        return ids


def context_of(channel: dict[str, Any]) -> int:
    if channel["type"] == DM:
        return CONTEXT_BOT_DM
    if channel["type"] == GROUP_DM:
        return CONTEXT_PRIVATE_CHANNEL
    return CONTEXT_GUILD


class _Emulator(Protocol):
    """What building an interaction reads and registers into: the emulator, or its injection mixin."""

    app_id: int
    clock: Clock
    world: World
    snowflakes: Snowflakes
    interactions: dict[int, InteractionState]
    interactions_by_token: dict[str, InteractionState]


def build_interaction(
    emu: _Emulator,
    itype: int,
    data: dict[str, Any] | None,
    *,
    channel: dict[str, Any],
    user: User,
    message: dict[str, Any] | None = None,
    context: int | None = None,
    integration_owners: dict[str, str] | None = None,
    locale: str = "en-US",
    created_ago: float = 0.0,
) -> InteractionState:
    world = emu.world
    iid = emu.snowflakes.next()
    token = "aW50ZXJhY3Rpb24" + secrets.token_urlsafe(48)
    ctx = context_of(channel) if context is None else context
    guild = world.guild_of(channel)
    payload: dict[str, Any] = {
        "id": str(iid), "application_id": str(emu.app_id), "type": itype, "token": token, "version": 1,
        "locale": locale, "entitlements": [], "attachment_size_limit": 10 * 1024 * 1024, "context": ctx,
        "channel_id": channel["id"], "channel": dict(channel),
    }
    if data is not None:
        payload["data"] = data
    if guild is not None:
        payload["guild_id"] = str(guild.id)
        payload["guild_locale"] = guild.locale
        payload["guild"] = {"id": str(guild.id), "locale": guild.locale, "features": []}
        payload["member"] = member_payload(world, guild, user.id, permissions=world.permissions(user.id, channel))
        payload["app_permissions"] = str(world.permissions(world.bot.id, channel))
        payload["channel"]["permissions"] = payload["member"]["permissions"]
        owners = {"0": str(guild.id)}
    else:
        payload["user"] = user.payload()
        dm_perms = SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES | USE_EXTERNAL_EMOJIS | USE_APPLICATION_COMMANDS
        payload["app_permissions"] = str(dm_perms)
        owners = {"0": "0"} if ctx == CONTEXT_BOT_DM else {"1": str(user.id)}
    payload["authorizing_integration_owners"] = integration_owners or owners
    if message is not None:
        payload["message"] = message
    state = InteractionState(
        id=iid, token=token, type=itype, payload=payload, channel=channel, user_id=user.id,
        created_at=emu.clock.now() - created_ago, source_message_id=int(message["id"]) if message else None,
    )
    emu.interactions[iid] = state
    emu.interactions_by_token[token] = state
    return state
