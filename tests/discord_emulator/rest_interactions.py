"""REST: interaction callbacks and the interaction webhook (original response, followups)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from aiohttp import web

from .errors import (
    DiscordHTTPError,
    already_acknowledged,
    invalid_form_body,
    invalid_webhook_token,
    unknown_interaction,
    unknown_message,
    unknown_webhook,
)
from .interactions import (
    ALLOWED_CALLBACKS,
    APPLICATION_COMMAND,
    INITIAL_RESPONSE_DEADLINE,
    TOKEN_LIFETIME,
    InteractionState,
)
from .messages import create_message, delete_message, edit_message, validate_create, validate_edit
from .recorder import InteractionResponseRecord, MessageRecord
from .rest import API_PREFIX, BODY, FILES, json_response, no_content
from .validate_commands import validate_autocomplete
from .validate_components import validate_modal
from .validate_message import EPHEMERAL, LOADING

if TYPE_CHECKING:
    from .server import DiscordEmulator

MESSAGE_TYPES = {1: 20, 2: 23, 3: 23}  # command type -> message type of its response


@contextlib.contextmanager
def _under_data() -> Iterator[None]:
    """Callback bodies are ``{"type": n, "data": {...}}``: Discord reports errors under ``data``."""
    try:
        yield
    except DiscordHTTPError as exc:
        if exc.errors:
            exc.errors = {"data": exc.errors}
        raise


def _truthy(value: str | None) -> bool:
    return (value or "").lower() in ("1", "true")


def register(app: web.Application, emu: DiscordEmulator) -> None:
    r = app.router

    def response_extra(st: InteractionState) -> dict[str, Any]:
        user = emu.world.users[st.user_id].payload()
        data = st.payload.get("data") or {}
        meta: dict[str, Any] = {"id": str(st.id), "type": st.type, "user": user,
                                "authorizing_integration_owners": st.payload["authorizing_integration_owners"]}
        if st.type == APPLICATION_COMMAND:
            meta["name"] = data.get("name")
        if st.source_message_id is not None:
            meta["interacted_message_id"] = str(st.source_message_id)
        extra: dict[str, Any] = {"interaction_metadata": meta}
        if st.type == APPLICATION_COMMAND:
            extra["interaction"] = {"id": str(st.id), "type": st.type, "name": data.get("name"), "user": user}
        return extra

    def message_type(st: InteractionState) -> int:
        if st.type == APPLICATION_COMMAND:
            return MESSAGE_TYPES.get((st.payload.get("data") or {}).get("type", 1), 20)
        return 0

    async def callback(request: web.Request) -> web.Response:
        st = emu.interactions.get(int(request.match_info["interaction_id"]))
        if st is None or st.token != request.match_info["token"]:
            raise unknown_interaction()
        if st.acknowledged:
            raise already_acknowledged()
        if emu.clock.now() - st.created_at > INITIAL_RESPONSE_DEADLINE:
            st.late_attempts += 1
            raise unknown_interaction()
        body = request[BODY]
        rtype, data = body.get("type"), body.get("data")
        if rtype not in ALLOWED_CALLBACKS.get(st.type, set()) or (rtype in (6, 7) and st.source_message_id is None):
            raise invalid_form_body({"type": {"_errors": [{
                "code": "INTERACTION_RESPONSE_TYPE_INVALID",
                "message": f"Interaction response type {rtype} is invalid for interaction type {st.type}"}]}})
        files = request[FILES]
        record = InteractionResponseRecord(interaction_id=st.id, type=rtype, data=data)
        message: MessageRecord | None = None
        if rtype == 4:
            with _under_data():
                validate_create(data or {}, files)
            message = await create_message(emu, channel=st.channel, body=data, files=files, source="interaction",
                                           interaction_id=st.id, message_type=message_type(st), webhook=True,
                                           extra=response_extra(st))
            st.original_message_id = message.id
            st.ephemeral = bool(message.data["flags"] & EPHEMERAL)
        elif rtype == 5:
            flags = LOADING | ((data or {}).get("flags", 0) & EPHEMERAL)
            message = await create_message(emu, channel=st.channel, body={"flags": flags, "content": ""},
                                           files=[], source="deferred", interaction_id=st.id,
                                           message_type=message_type(st), webhook=True, extra=response_extra(st))
            st.original_message_id, st.loading, st.ephemeral = message.id, True, bool(flags & EPHEMERAL)
        elif rtype in (6, 7):
            st.original_message_id = st.source_message_id
            message = emu.recorder.message(st.source_message_id)
            if rtype == 7:
                with _under_data():
                    validate_edit(data or {}, files)
                if message is not None:
                    await edit_message(emu, message, data or {}, files)
        elif rtype == 8:
            validate_autocomplete(data).raise_if_any()
        elif rtype == 9:
            validate_modal(data or {}).raise_if_any()
            st.modal = data
        st.acknowledged, st.response_type = True, rtype
        record.message_id = message.id if message else st.original_message_id
        emu.recorder.responses.append(record)
        if not _truthy(request.query.get("with_response")):
            return no_content()
        interaction: dict[str, Any] = {"id": str(st.id), "type": st.type}
        resource: dict[str, Any] = {"type": rtype}
        if record.message_id is not None and rtype in (4, 5, 6, 7):
            interaction.update({"response_message_id": str(record.message_id),
                                "response_message_loading": rtype == 5,
                                "response_message_ephemeral": st.ephemeral})
        if message is not None and rtype in (4, 7):
            resource["message"] = message.data
        return json_response({"interaction": interaction, "resource": resource})

    def by_token(request: web.Request) -> InteractionState:
        st = emu.interactions_by_token.get(request.match_info["token"])
        if st is None or int(request.match_info["app_id"]) != emu.app_id:
            raise unknown_webhook()
        if emu.clock.now() - st.created_at > TOKEN_LIFETIME:
            raise invalid_webhook_token()
        return st

    def target(request: web.Request, st: InteractionState) -> MessageRecord:
        raw = request.match_info["message_id"]
        mid = st.original_message_id if raw == "@original" else int(raw)
        record = emu.recorder.message(mid)
        if record is None or record.deleted or (raw != "@original" and mid not in st.message_ids()):
            raise unknown_message()
        return record

    async def followup(request: web.Request) -> web.Response:
        st = by_token(request)
        if not st.acknowledged:
            raise unknown_webhook()
        body, files = request[BODY], request[FILES]
        if st.loading:  # the first followup after a deferral replaces the "thinking" message
            # Discord still does this, but documents it as deprecated: the supported way to finish a
            # deferral is PATCH @original. Flag it so tests can insist on the supported path.
            emu.recorder.deprecated.append(f"follow-up finished the deferral of interaction {st.id}; "
                                           "edit the original response instead")
            validate_create(body, files)
            record = emu.recorder.message(st.original_message_id)
            assert record is not None
            await edit_message(emu, record, body, files)
            st.loading = False
        else:
            validate_create(body, files)
            record = await create_message(emu, channel=st.channel, body=body, files=files, source="followup",
                                          interaction_id=st.id, message_type=message_type(st) or 0,
                                          webhook=True, extra=response_extra(st))
            st.followup_ids.append(record.id)
        await emu.recorder.notify()
        if _truthy(request.query.get("wait")):
            return json_response(record.data)
        return no_content()

    async def get_msg(request: web.Request) -> web.Response:
        return json_response(target(request, by_token(request)).data)

    async def edit_msg(request: web.Request) -> web.Response:
        st = by_token(request)
        record = target(request, st)
        validate_edit(request[BODY], request[FILES])
        await edit_message(emu, record, request[BODY], request[FILES])
        if record.id == st.original_message_id:
            st.loading = False
        return json_response(record.data)

    async def delete_msg(request: web.Request) -> web.Response:
        record = target(request, by_token(request))
        await delete_message(emu, record)
        return no_content()

    wh = API_PREFIX + "/webhooks/{app_id:\\d+}/{token}"
    r.add_post(API_PREFIX + "/interactions/{interaction_id:\\d+}/{token}/callback", callback)
    r.add_post(wh, followup)
    r.add_get(wh + "/messages/{message_id}", get_msg)
    r.add_patch(wh + "/messages/{message_id}", edit_msg)
    r.add_delete(wh + "/messages/{message_id}", delete_msg)
