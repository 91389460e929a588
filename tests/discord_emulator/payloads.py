"""Builders for Discord JSON payloads (members, GUILD_CREATE, messages, mentions)."""

from __future__ import annotations

import re
from typing import Any

from .world import Guild, World

_USER_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&(\d+)>")


def member_payload(world: World, guild: Guild, user_id: int, *, permissions: int | None = None,
                   with_user: bool = True) -> dict[str, Any]:
    member = guild.members[user_id]
    data: dict[str, Any] = {
        "nick": member.nick, "avatar": None, "banner": None, "roles": [str(r) for r in member.roles],
        "joined_at": member.joined_at, "premium_since": None, "deaf": False, "mute": False, "flags": 0,
        "pending": False, "communication_disabled_until": None,
    }
    if with_user:
        data["user"] = world.users[user_id].payload()
    if permissions is not None:
        data["permissions"] = str(permissions)
    return data


def guild_create_payload(world: World, guild: Guild, *, all_members: bool) -> dict[str, Any]:
    """GUILD_CREATE as sent after READY. Without the GUILD_PRESENCES intent Discord only
    includes the bot's own member (plus voice members); ``all_members`` mimics the intent."""
    member_ids = list(guild.members) if all_members else [world.bot.id]
    channels = []
    for cid in guild.channel_ids:
        if cid in world.deleted_channels:
            continue
        channel = dict(world.channels[cid])
        channel.pop("guild_id", None)  # Discord omits guild_id inside GUILD_CREATE
        channels.append(channel)
    return {
        "id": str(guild.id), "name": guild.name, "icon": None, "splash": None, "discovery_splash": None,
        "banner": None, "description": None, "owner_id": str(guild.owner_id), "region": None,
        "afk_channel_id": None, "afk_timeout": 300, "verification_level": 0,
        "default_message_notifications": 0, "explicit_content_filter": 0,
        "roles": [r.payload() for r in guild.roles.values()], "emojis": [], "stickers": [], "features": [],
        "mfa_level": 0, "application_id": None, "system_channel_id": None, "system_channel_flags": 0,
        "rules_channel_id": None, "public_updates_channel_id": None, "safety_alerts_channel_id": None,
        "max_members": 500000, "max_video_channel_users": 25, "max_stage_video_channel_users": 50,
        "vanity_url_code": None, "premium_tier": 0, "premium_subscription_count": 0,
        "premium_progress_bar_enabled": False, "preferred_locale": guild.locale, "nsfw_level": 0,
        "nsfw": False, "joined_at": guild.members[world.bot.id].joined_at, "large": False,
        "unavailable": False, "member_count": len(guild.members), "lazy": True,
        "members": [member_payload(world, guild, uid) for uid in member_ids],
        "channels": channels, "threads": [], "presences": [], "voice_states": [], "stage_instances": [],
        "guild_scheduled_events": [], "soundboard_sounds": [], "incidents_data": None,
    }


def effective_mentions(world: World, content: str, allowed: dict[str, Any] | None,
                       replied_user_id: int | None = None) -> dict[str, Any]:
    """Who a message would actually ping, applying Discord's ``allowed_mentions`` rules.

    Without ``allowed_mentions`` Discord parses everything (users, roles, @everyone/@here).
    """
    users = [int(u) for u in _USER_MENTION.findall(content or "")]
    roles = [int(r) for r in _ROLE_MENTION.findall(content or "")]
    everyone = "@everyone" in (content or "") or "@here" in (content or "")
    if allowed is None:
        allowed = {"parse": ["users", "roles", "everyone"], "replied_user": True}
    parse = allowed.get("parse") or []
    user_ok = {int(u) for u in allowed.get("users") or []}
    role_ok = {int(r) for r in allowed.get("roles") or []}
    pinged_users = [u for u in dict.fromkeys(users) if "users" in parse or u in user_ok]
    if replied_user_id is not None and allowed.get("replied_user") and replied_user_id not in pinged_users:
        pinged_users.append(replied_user_id)
    return {
        "users": [u for u in pinged_users if u in world.users],
        "roles": [r for r in dict.fromkeys(roles) if "roles" in parse or r in role_ok],
        "everyone": everyone and "everyone" in parse,
    }


def assign_component_ids(components: list[dict[str, Any]] | None, start: int = 1) -> int:
    """Discord numbers every component (``id``) that the sender did not number."""
    counter = start
    for comp in components or []:
        if "id" not in comp:
            comp["id"] = counter
        counter = max(counter, comp["id"]) + 1
        for key in ("components", "items"):
            if isinstance(comp.get(key), list):
                counter = assign_component_ids(comp[key], counter)
        for key in ("accessory", "component"):
            if isinstance(comp.get(key), dict):
                counter = assign_component_ids([comp[key]], counter)
    return counter


def message_payload(
    world: World,
    *,
    message_id: int,
    channel: dict[str, Any],
    author_id: int,
    body: dict[str, Any],
    attachments: list[dict[str, Any]] | None = None,
    message_type: int = 0,
    webhook_id: int | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    content = body.get("content") or ""
    components = body.get("components") or []
    assign_component_ids(components)
    ref = body.get("message_reference")
    replied_author = None
    referenced = None
    if ref and ref.get("message_id"):
        referenced = world.messages.get(int(ref["message_id"]))
        if referenced:
            replied_author = int(referenced["author"]["id"])
    mentions = effective_mentions(world, content, body.get("allowed_mentions"), replied_author)
    data: dict[str, Any] = {
        "id": str(message_id), "channel_id": channel["id"], "type": message_type, "content": content,
        "author": world.users[author_id].payload(), "timestamp": world.clock.iso(), "edited_timestamp": None,
        "tts": bool(body.get("tts")), "mention_everyone": mentions["everyone"],
        "mentions": [world.users[u].payload() for u in mentions["users"]],
        "mention_roles": [str(r) for r in mentions["roles"]], "attachments": attachments or [],
        "embeds": [{"type": "rich", **e} for e in body.get("embeds") or []], "pinned": False,
        "components": components, "flags": body.get("flags") or 0, "nonce": body.get("nonce"),
    }
    if channel.get("guild_id"):
        data["guild_id"] = channel["guild_id"]
    if webhook_id is not None:
        data["webhook_id"] = str(webhook_id)
        data["application_id"] = str(world.bot.id)
    if ref:
        data["message_reference"] = {"type": 0, "channel_id": channel["id"], **ref}
        data["referenced_message"] = referenced
    if body.get("poll"):
        data["poll"] = body["poll"]
    if extra:
        data.update(extra)
    return data

