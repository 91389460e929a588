"""aiohttp plumbing shared by the REST modules: body parsing, recording, faults, auth, 404s."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from aiohttp import BodyPartReader, web

from .errors import DiscordHTTPError, discord_json, not_found_route, unauthorized
from .recorder import RequestRecord

if TYPE_CHECKING:
    from .server import DiscordEmulator

API_PREFIX = "/api/v10"
BODY: web.RequestKey[Any] = web.RequestKey("discord_body", object)
FILES: web.RequestKey[list[dict[str, Any]]] = web.RequestKey("discord_files", list)
# Routes that authenticate with the webhook/interaction token in the URL, not the bot token.
_TOKEN_ROUTES = ("/webhooks/", "/interactions/")
_PUBLIC_ROUTES = ("/gateway",)


async def read_body(request: web.Request) -> tuple[Any, list[dict[str, Any]]]:
    """Parse a JSON body or a discord.py multipart body (``payload_json`` + ``files[n]``)."""
    if request.content_type.startswith("multipart/"):
        body: Any = None
        files: list[dict[str, Any]] = []
        reader = await request.multipart()
        async for part in reader:
            if not isinstance(part, BodyPartReader):  # discord.py never nests multipart bodies
                raise DiscordHTTPError(400, 50035, "Invalid Form Body")
            if part.name == "payload_json":
                body = json.loads(await part.text())
            else:
                data = await part.read()
                files.append({"field": part.name, "filename": part.filename, "size": len(data), "data": data,
                              "content_type": part.headers.get("Content-Type")})
        return body, files
    raw = await request.read()
    if not raw:
        return None, []
    try:
        return json.loads(raw), []
    except ValueError:
        raise DiscordHTTPError(400, 50109, "The request body contains invalid JSON.") from None


def json_response(data: Any, status: int = 200) -> web.Response:
    return discord_json(data, status)


def no_content() -> web.Response:
    return web.Response(status=204)


def make_middleware(emu: DiscordEmulator):
    @web.middleware
    async def discord_middleware(request: web.Request, handler):
        if not request.path.startswith(API_PREFIX):
            return await handler(request)
        path = request.path[len(API_PREFIX):] or "/"
        resource = request.match_info.route.resource
        template = resource.canonical[len(API_PREFIX):] if resource is not None else path
        record = RequestRecord(method=request.method, path=path, route=template, query=dict(request.query),
                               headers=dict(request.headers), body=None)
        emu.recorder.requests.append(record)
        try:
            body, files = await read_body(request)
            record.body = body
            request[BODY] = body if body is not None else {}
            request[FILES] = files
            fault = emu.faults.take(request.method, path)
            if fault is not None:
                response = fault.response()
                record.fault = str(fault.status)
            else:
                if resource is None:
                    raise not_found_route()
                public = path.startswith(_TOKEN_ROUTES) or (path.startswith(_PUBLIC_ROUTES) and path != "/gateway/bot")
                if not public and request.headers.get("Authorization") != f"Bot {emu.token}":
                    raise unauthorized()
                response = await handler(request)
        except DiscordHTTPError as exc:
            response = exc.response()
            record.response = exc.body()
            (emu.recorder.rejected if resource is not None else emu.recorder.unhandled).append(record)
        except web.HTTPException as exc:  # no route matched (404/405) -> Discord-style 404
            if exc.status not in (404, 405):
                raise
            response = not_found_route().response()
            record.response = not_found_route().body()
            emu.recorder.unhandled.append(record)
        record.status = response.status
        if record.response is None and isinstance(response, web.Response) and response.body is not None:
            try:  # a streamed payload (not bytes) is recorded as its text, like a body that is not JSON
                record.response = json.loads(response.body) if isinstance(response.body, bytes) else response.text
            except ValueError:
                record.response = response.text
        await emu.recorder.notify()
        return response

    return discord_middleware
