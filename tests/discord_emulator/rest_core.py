"""REST: login, gateway discovery, application info, users, guild members."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aiohttp import web

from .errors import missing_access, unknown_guild, unknown_member, unknown_user
from .payloads import member_payload
from .rest import API_PREFIX, json_response

if TYPE_CHECKING:
    from .server import DiscordEmulator


def application_payload(emu: DiscordEmulator) -> dict[str, Any]:
    bot = emu.world.bot.payload()
    return {
        "id": str(emu.app_id), "name": emu.world.bot.username, "icon": None, "description": "",
        "summary": "", "type": None, "hook": True, "bot_public": True, "bot_require_code_grant": False,
        "verify_key": "0" * 64, "owner": emu.world.owner.payload(), "team": None, "flags": emu.application_flags,
        "bot": bot, "redirect_uris": [], "tags": [], "interactions_endpoint_url": None,
        "approximate_guild_count": len(emu.world.guilds), "approximate_user_install_count": 0,
        "integration_types_config": {"0": {}, "1": {}}, "rpc_origins": [],
    }


def register(app: web.Application, emu: DiscordEmulator) -> None:
    r = app.router
    p = API_PREFIX

    async def users_me(request: web.Request) -> web.Response:
        me = emu.world.bot.payload()
        me.update({"verified": True, "mfa_enabled": False, "email": None, "locale": "en-US", "bio": ""})
        return json_response(me)

    async def get_user(request: web.Request) -> web.Response:
        user = emu.world.users.get(int(request.match_info["user_id"]))
        if user is None:
            raise unknown_user()
        return json_response(user.payload())

    async def gateway(request: web.Request) -> web.Response:
        return json_response({"url": emu.gateway_url})

    async def gateway_bot(request: web.Request) -> web.Response:
        return json_response({
            "url": emu.gateway_url, "shards": emu.recommended_shards,
            "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1},
        })

    async def application(request: web.Request) -> web.Response:
        return json_response(application_payload(emu))

    async def get_member(request: web.Request) -> web.Response:
        guild = emu.world.guilds.get(int(request.match_info["guild_id"]))
        if guild is None:
            raise unknown_guild()
        uid = int(request.match_info["user_id"])
        if uid not in guild.members:
            raise unknown_member()
        return json_response(member_payload(emu.world, guild, uid))

    async def get_guild(request: web.Request) -> web.Response:
        guild = emu.world.guilds.get(int(request.match_info["guild_id"]))
        if guild is None:
            raise unknown_guild()
        if emu.world.bot.id not in guild.members:
            raise missing_access()
        return json_response({"id": str(guild.id), "name": guild.name, "owner_id": str(guild.owner_id),
                              "roles": [ro.payload() for ro in guild.roles.values()], "emojis": [],
                              "features": [], "icon": None, "preferred_locale": guild.locale})

    r.add_get(p + "/users/@me", users_me)
    r.add_get(p + "/users/{user_id:\\d+}", get_user)
    r.add_get(p + "/gateway", gateway)
    r.add_get(p + "/gateway/bot", gateway_bot)
    r.add_get(p + "/applications/@me", application)
    r.add_get(p + "/oauth2/applications/@me", application)
    r.add_get(p + "/guilds/{guild_id:\\d+}", get_guild)
    r.add_get(p + "/guilds/{guild_id:\\d+}/members/{user_id:\\d+}", get_member)

