"""REST: application command registration (global and guild), validated like Discord."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from aiohttp import web

from .errors import missing_access, unknown_command
from .formerrors import FormErrors
from .rest import API_PREFIX, BODY, json_response, no_content
from .validate_commands import validate_command, validate_commands

if TYPE_CHECKING:
    from .server import DiscordEmulator


def _normalise(emu: DiscordEmulator, cmd: dict[str, Any], guild_id: int | None,
               existing: list[dict[str, Any]]) -> dict[str, Any]:
    kind = cmd.get("type", 1)
    old = next((c for c in existing if c["type"] == kind and c["name"] == cmd.get("name")), None)
    stored = copy.deepcopy(cmd)
    stored.update({
        "id": old["id"] if old else str(emu.snowflakes.next()),
        "application_id": str(emu.app_id),
        "version": str(emu.snowflakes.next()),
        "type": kind,
        "description": cmd.get("description", ""),
        "default_member_permissions": cmd.get("default_member_permissions"),
        "nsfw": cmd.get("nsfw", False),
        "name_localizations": cmd.get("name_localizations"),
        "description_localizations": cmd.get("description_localizations"),
    })
    if guild_id is None:
        stored.setdefault("integration_types", [0])
        stored.setdefault("contexts", None)
        stored.setdefault("dm_permission", True)
    else:
        stored["guild_id"] = str(guild_id)
        stored.pop("contexts", None)
        stored.pop("integration_types", None)
    if kind == 1:
        stored.setdefault("options", [])
    return stored


def register(app: web.Application, emu: DiscordEmulator) -> None:
    r = app.router
    base = API_PREFIX + "/applications/{app_id:\\d+}"

    def scope(request: web.Request) -> tuple[int | None, list[dict[str, Any]]]:
        if int(request.match_info["app_id"]) != emu.app_id:
            raise missing_access()
        gid = request.match_info.get("guild_id")
        if gid is None:
            return None, emu.global_commands
        guild = emu.world.guilds.get(int(gid))
        if guild is None or emu.world.bot.id not in guild.members:
            raise missing_access()  # Discord: app not in guild / no applications.commands scope
        return int(gid), emu.guild_commands.setdefault(int(gid), [])

    def store(request: web.Request, commands: list[dict[str, Any]]) -> None:
        gid = request.match_info.get("guild_id")
        if gid is None:
            emu.global_commands = commands
        else:
            emu.guild_commands[int(gid)] = commands

    async def list_commands(request: web.Request) -> web.Response:
        return json_response(scope(request)[1])

    async def bulk_overwrite(request: web.Request) -> web.Response:
        gid, existing = scope(request)
        body = request[BODY]
        validate_commands(body).raise_if_any()
        commands = [_normalise(emu, c, gid, existing) for c in body]
        store(request, commands)
        emu.command_syncs.append((gid, commands))
        return json_response(commands)

    async def upsert(request: web.Request) -> web.Response:
        gid, existing = scope(request)
        errs = validate_commands([request[BODY]])
        errs.raise_if_any()
        cmd = _normalise(emu, request[BODY], gid, existing)
        commands = [c for c in existing if c["id"] != cmd["id"]] + [cmd]
        store(request, commands)
        return json_response(cmd, status=200 if len(commands) == len(existing) else 201)

    def find(request: web.Request) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        _, existing = scope(request)
        cmd = next((c for c in existing if c["id"] == request.match_info["command_id"]), None)
        if cmd is None:
            raise unknown_command()
        return existing, cmd

    async def get_one(request: web.Request) -> web.Response:
        return json_response(find(request)[1])

    async def edit_one(request: web.Request) -> web.Response:
        _, cmd = find(request)
        merged = {**cmd, **request[BODY]}
        errs = FormErrors()
        validate_command(errs, (), merged)
        errs.raise_if_any()
        cmd.update(request[BODY])
        cmd["version"] = str(emu.snowflakes.next())
        return json_response(cmd)

    async def delete_one(request: web.Request) -> web.Response:
        existing, cmd = find(request)
        existing.remove(cmd)
        return no_content()

    for prefix in (base + "/commands", base + "/guilds/{guild_id:\\d+}/commands"):
        r.add_get(prefix, list_commands)
        r.add_put(prefix, bulk_overwrite)
        r.add_post(prefix, upsert)
        r.add_get(prefix + "/{command_id:\\d+}", get_one)
        r.add_patch(prefix + "/{command_id:\\d+}", edit_one)
        r.add_delete(prefix + "/{command_id:\\d+}", delete_one)
