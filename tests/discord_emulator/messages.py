"""Creating, editing and deleting the bot's messages, shared by channel and webhook routes.

Every change is recorded (``emu.recorder.messages``) and echoed to the bot over the gateway
as MESSAGE_CREATE / MESSAGE_UPDATE / MESSAGE_DELETE, as Discord does (ephemeral messages are
never echoed; guild echoes need GUILD_MESSAGES, DM echoes DIRECT_MESSAGES).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import empty_message
from .gateway import DIRECT_MESSAGES, GUILD_MESSAGES
from .payloads import assign_component_ids, effective_mentions, member_payload, message_payload
from .recorder import MessageRecord
from .validate_message import EPHEMERAL, LOADING, SUPPRESS_EMBEDS, is_empty_message, validate_message_body

if TYPE_CHECKING:
    from .server import DiscordEmulator


def _attachments(emu: DiscordEmulator, body: dict[str, Any], files: list[dict[str, Any]],
                 kept: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    described = {str(a.get("id")): a for a in body.get("attachments") or []}
    result = []
    if kept is not None and "attachments" in body:
        keep_ids = set(described)
        result = [a for a in kept if a["id"] in keep_ids]
    elif kept is not None:
        result = list(kept)
    for index, f in enumerate(files):
        meta = described.get(str(index), {})
        aid = emu.snowflakes.next()
        filename = meta.get("filename") or f["filename"] or f"file{index}"
        result.append({
            "id": str(aid), "filename": filename, "size": f["size"], "content_type": f["content_type"],
            "description": meta.get("description"),
            "url": f"{emu.base_url}/attachments/{aid}/{filename}", "proxy_url": f"{emu.base_url}/attachments/{aid}",
        })
    return result


def validate_create(body: dict[str, Any], files: list[dict[str, Any]], *, allowed_flags: int | None = None) -> None:
    kwargs = {} if allowed_flags is None else {"allowed_flags": allowed_flags}
    validate_message_body(body, creating=True, n_files=len(files), **kwargs).raise_if_any()
    if is_empty_message(body, len(files)):
        raise empty_message()


def validate_edit(body: dict[str, Any], files: list[dict[str, Any]]) -> None:
    validate_message_body(body, creating=False, n_files=len(files)).raise_if_any()


async def create_message(
    emu: DiscordEmulator,
    *,
    channel: dict[str, Any],
    body: dict[str, Any],
    files: list[dict[str, Any]],
    source: str,
    interaction_id: int | None = None,
    message_type: int = 0,
    webhook: bool = False,
    extra: dict[str, Any] | None = None,
) -> MessageRecord:
    mid = emu.snowflakes.next()
    data = message_payload(
        emu.world, message_id=mid, channel=channel, author_id=emu.world.bot.id, body=body,
        attachments=_attachments(emu, body, files), message_type=message_type,
        webhook_id=emu.app_id if webhook else None, extra=extra,
    )
    emu.world.messages[mid] = data
    channel["last_message_id"] = str(mid)
    record = MessageRecord(id=mid, channel_id=int(channel["id"]), source=source, body=body, data=data,
                           interaction_id=interaction_id, files=files)
    emu.recorder.messages.append(record)
    await echo(emu, "MESSAGE_CREATE", record)
    return record


async def edit_message(emu: DiscordEmulator, record: MessageRecord, body: dict[str, Any],
                       files: list[dict[str, Any]]) -> MessageRecord:
    data = record.data
    was_loading = bool(data.get("flags", 0) & LOADING)
    if "content" in body:
        data["content"] = body["content"] or ""
    if "embeds" in body:
        data["embeds"] = [{"type": "rich", **e} for e in body["embeds"] or []]
    if "components" in body:
        data["components"] = body["components"] or []
        assign_component_ids(data["components"])
    if "flags" in body and body["flags"] is not None:
        keep = data.get("flags", 0) & ~SUPPRESS_EMBEDS
        data["flags"] = keep | (body["flags"] & SUPPRESS_EMBEDS)
    if "poll" in body:
        data["poll"] = body["poll"]
    if files or "attachments" in body:
        data["attachments"] = _attachments(emu, body, files, kept=data.get("attachments") or [])
    if "allowed_mentions" in body or "content" in body:
        mentions = effective_mentions(emu.world, data["content"], body.get("allowed_mentions"))
        data["mentions"] = [emu.world.users[u].payload() for u in mentions["users"]]
        data["mention_roles"] = [str(r) for r in mentions["roles"]]
        data["mention_everyone"] = mentions["everyone"]
    if was_loading:
        data["flags"] = data.get("flags", 0) & ~LOADING
    else:
        data["edited_timestamp"] = emu.clock.iso()
    record.edits.append(body)
    await echo(emu, "MESSAGE_UPDATE", record)
    return record


async def delete_message(emu: DiscordEmulator, record: MessageRecord) -> None:
    record.deleted = True
    emu.world.messages.pop(record.id, None)
    await echo(emu, "MESSAGE_DELETE", record)


async def echo(emu: DiscordEmulator, event: str, record: MessageRecord) -> None:
    if not emu.echo_own_messages or record.data.get("flags", 0) & EPHEMERAL:
        return
    data = record.data
    guild_id = int(data["guild_id"]) if data.get("guild_id") else None
    if event == "MESSAGE_DELETE":
        payload: dict[str, Any] = {"id": data["id"], "channel_id": data["channel_id"]}
        if guild_id:
            payload["guild_id"] = str(guild_id)
    else:
        payload = dict(data)
        if guild_id and emu.world.bot.id in emu.world.guilds[guild_id].members:
            payload["member"] = member_payload(emu.world, emu.world.guilds[guild_id], emu.world.bot.id,
                                               with_user=False)
    await emu.gateway.dispatch(event, payload, guild_id=guild_id,
                               intent=GUILD_MESSAGES if guild_id else DIRECT_MESSAGES)
