"""REST: channels, channel messages, DM channel creation, typing, reactions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aiohttp import web

from .errors import (
    DiscordHTTPError,
    cannot_dm_user,
    invalid_form_body,
    missing_access,
    missing_permissions,
    unknown_channel,
    unknown_message,
)
from .messages import create_message, delete_message, edit_message, validate_create, validate_edit
from .recorder import MessageRecord
from .rest import API_PREFIX, BODY, FILES, json_response, no_content
from .world import DM, GROUP_DM, MANAGE_MESSAGES, READ_MESSAGE_HISTORY, SEND_MESSAGES, VIEW_CHANNEL

if TYPE_CHECKING:
    from .server import DiscordEmulator


def register(app: web.Application, emu: DiscordEmulator) -> None:
    r = app.router
    world = emu.world
    base = API_PREFIX + "/channels/{channel_id:\\d+}"

    def channel_for(request: web.Request, need: int = VIEW_CHANNEL) -> dict[str, Any]:
        channel = world.channel(int(request.match_info["channel_id"]))
        if channel is None:
            raise unknown_channel()
        if channel["type"] == GROUP_DM and str(world.bot.id) not in [u["id"] for u in channel["recipients"]]:
            raise missing_access()
        perms = world.permissions(world.bot.id, channel)
        if not perms & VIEW_CHANNEL:
            raise missing_access()
        if need & ~perms:
            raise missing_permissions()
        return channel

    def message_for(request: web.Request, channel: dict[str, Any]) -> dict[str, Any]:
        data = world.messages.get(int(request.match_info["message_id"]))
        if data is None or data["channel_id"] != channel["id"]:
            raise unknown_message()
        return data

    def own_record(data: dict[str, Any]) -> MessageRecord:
        record = emu.recorder.message(int(data["id"]))
        if record is None or data["author"]["id"] != str(world.bot.id):
            raise DiscordHTTPError(403, 50005, "Cannot edit a message authored by another user")
        return record

    async def get_channel(request: web.Request) -> web.Response:
        return json_response(channel_for(request))

    async def post_message(request: web.Request) -> web.Response:
        channel = channel_for(request, VIEW_CHANNEL | SEND_MESSAGES)
        if channel["type"] == DM:
            recipient = world.users[int(channel["recipients"][0]["id"])]
            if not recipient.dms_open:
                raise cannot_dm_user()
        body, files = request[BODY], request[FILES]
        validate_create(body, files)
        ref = body.get("message_reference")
        if ref and ref.get("message_id") and int(ref["message_id"]) not in world.messages \
                and ref.get("fail_if_not_exists", True):
            raise invalid_form_body({"message_reference": {"_errors": [
                {"code": "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "message": "Unknown message"}]}})
        record = await create_message(emu, channel=channel, body=body, files=files, source="channel",
                                      message_type=19 if ref else 0)
        return json_response(record.data)

    async def get_message(request: web.Request) -> web.Response:
        channel = channel_for(request, VIEW_CHANNEL | READ_MESSAGE_HISTORY)
        return json_response(message_for(request, channel))

    async def history(request: web.Request) -> web.Response:
        channel = channel_for(request, VIEW_CHANNEL | READ_MESSAGE_HISTORY)
        # Like Discord: 1-100 per page, newest first; `after` gives the page just after that id (still
        # newest first), `before` the page just before it.
        limit = max(1, min(100, int(request.query.get("limit", 50))))
        found = [m for m in world.messages.values() if m["channel_id"] == channel["id"]]
        if "after" in request.query:
            after = int(request.query["after"])
            found = sorted((m for m in found if int(m["id"]) > after), key=lambda m: int(m["id"]))[:limit]
            return json_response(found[::-1])
        if "before" in request.query:
            before = int(request.query["before"])
            found = [m for m in found if int(m["id"]) < before]
        found.sort(key=lambda m: int(m["id"]), reverse=True)
        return json_response(found[:limit])

    async def patch_message(request: web.Request) -> web.Response:
        channel = channel_for(request)
        record = own_record(message_for(request, channel))
        validate_edit(request[BODY], request[FILES])
        await edit_message(emu, record, request[BODY], request[FILES])
        return json_response(record.data)

    async def delete(request: web.Request) -> web.Response:
        channel = channel_for(request)
        data = message_for(request, channel)
        record = emu.recorder.message(int(data["id"]))
        if data["author"]["id"] != str(world.bot.id) and not world.permissions(world.bot.id, channel) & MANAGE_MESSAGES:
            raise missing_permissions()
        if record is None:
            world.messages.pop(int(data["id"]), None)
        else:
            await delete_message(emu, record)
        return no_content()

    async def typing(request: web.Request) -> web.Response:
        channel_for(request, VIEW_CHANNEL | SEND_MESSAGES)
        return no_content()

    async def reaction(request: web.Request) -> web.Response:
        channel = channel_for(request, VIEW_CHANNEL | READ_MESSAGE_HISTORY)
        message_for(request, channel)
        emu.recorder.events.append(("reaction", (request.method, request.match_info["message_id"],
                                                 request.match_info["emoji"])))
        return no_content()

    async def create_dm(request: web.Request) -> web.Response:
        rid = request[BODY].get("recipient_id")
        user = world.users.get(int(rid)) if rid is not None and str(rid).isdigit() else None
        if user is None or (user.bot and user.id == world.bot.id):
            raise DiscordHTTPError(400, 50033, "Invalid Recipient(s)")
        return json_response(world.dm_channel(user))

    r.add_get(base, get_channel)
    r.add_post(base + "/messages", post_message)
    r.add_get(base + "/messages", history)
    r.add_get(base + "/messages/{message_id:\\d+}", get_message)
    r.add_patch(base + "/messages/{message_id:\\d+}", patch_message)
    r.add_delete(base + "/messages/{message_id:\\d+}", delete)
    r.add_post(base + "/typing", typing)
    r.add_put(base + "/messages/{message_id:\\d+}/reactions/{emoji}/@me", reaction)
    r.add_delete(base + "/messages/{message_id:\\d+}/reactions/{emoji}/@me", reaction)
    r.add_post(API_PREFIX + "/users/@me/channels", create_dm)
