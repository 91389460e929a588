"""The loopback Discord emulator: an aiohttp app serving ``/api/v10/...`` and ``/gateway``.

    emu = DiscordEmulator()
    await emu.start()              # 127.0.0.1, random port
    point_discord_at(emu.api_base, emu.gateway_url)
    ...
    await emu.stop()

Attributes tests use most: ``world`` (users/guilds/channels), ``recorder`` (requests, messages,
responses, gateway traffic), ``faults`` (429/5xx injection), ``gateway`` (drop/invalidate),
``clock`` (advance time), ``global_commands`` / ``guild_commands`` / ``command_syncs``.
"""

from __future__ import annotations

from typing import Any

import aiohttp
from aiohttp import web

from . import rest_commands, rest_core, rest_interactions, rest_messages
from .clock import Clock, Snowflakes
from .faults import FaultInjector
from .gateway import Gateway
from .inject import InjectMixin
from .interactions import InteractionState
from .recorder import InteractionResponseRecord, MessageRecord, Recorder
from .rest import API_PREFIX, make_middleware
from .world import SEND_MESSAGES, VIEW_CHANNEL, World

DEFAULT_TOKEN = "emulator.bot.token"
DEFAULT_APP_ID = 1100000000000000001


class DiscordEmulator(InjectMixin):
    def __init__(self, *, token: str = DEFAULT_TOKEN, app_id: int = DEFAULT_APP_ID,
                 bot_name: str = "factdesk", recommended_shards: int = 1) -> None:
        self.token = token
        self.app_id = app_id
        self.application_flags = 0
        self.recommended_shards = recommended_shards
        self.echo_own_messages = True  # MESSAGE_CREATE/UPDATE/DELETE for the bot's own messages
        self.clock = Clock()
        self.snowflakes = Snowflakes(self.clock)
        self.world = World.default(self.clock, self.snowflakes, app_id=app_id, bot_name=bot_name)
        self.recorder = Recorder()
        self.faults = FaultInjector()
        self.gateway = Gateway(self)
        self.interactions: dict[int, InteractionState] = {}
        self.interactions_by_token: dict[str, InteractionState] = {}
        self.global_commands: list[dict[str, Any]] = []
        self.guild_commands: dict[int, list[dict[str, Any]]] = {}
        self.command_syncs: list[tuple[int | None, list[dict[str, Any]]]] = []
        self.host = "127.0.0.1"
        self.port = 0
        self._runner: web.AppRunner | None = None

    # --- lifecycle ---------------------------------------------------------------------
    def make_app(self) -> web.Application:
        app = web.Application(middlewares=[make_middleware(self)], client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self.gateway.handle)
        for module in (rest_core, rest_commands, rest_interactions, rest_messages):
            module.register(app, self)
        return app

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> DiscordEmulator:
        self._runner = web.AppRunner(self.make_app(), handle_signals=False, shutdown_timeout=1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        self.host = host
        self.port = self._runner.addresses[0][1]  # the port the OS chose when asked for 0
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self.gateway.drop(code=1001)
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> DiscordEmulator:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_base(self) -> str:
        """Value for ``DISCORD_API_BASE`` / ``discord.http.Route.BASE``."""
        return self.base_url + API_PREFIX

    @property
    def gateway_url(self) -> str:
        return f"ws://{self.host}:{self.port}/gateway"

    # --- world changes visible to the bot --------------------------------------------
    async def delete_channel(self, channel: dict[str, Any], *, notify: bool = True) -> None:
        """Channel disappears: REST calls on it now get 404 Unknown Channel (10003)."""
        self.world.deleted_channels.add(int(channel["id"]))
        if notify and channel.get("guild_id"):
            await self.gateway.dispatch("CHANNEL_DELETE", channel, guild_id=int(channel["guild_id"]), intent=1)

    async def deny_bot(self, channel: dict[str, Any], permissions: int = SEND_MESSAGES, *,
                       notify: bool = True) -> None:
        """Add a member overwrite denying ``permissions`` to the bot in ``channel``: posting then
        fails with 403 Missing Permissions (50013), or Missing Access (50001) without VIEW_CHANNEL."""
        self.world.set_overwrite(channel, self.world.bot.id, deny=permissions)
        if notify and channel.get("guild_id"):
            await self.gateway.dispatch("CHANNEL_UPDATE", channel, guild_id=int(channel["guild_id"]), intent=1)

    def age_interaction(self, interaction: InteractionState | int, seconds: float) -> None:
        """Pretend ``interaction`` was created ``seconds`` earlier (3 s deadline, 15 min token)."""
        st = self.interactions[interaction if isinstance(interaction, int) else interaction.id]
        st.created_at -= seconds

    async def raw_request(self, method: str, path: str, json: Any = None, *,
                          auth: bool = True) -> tuple[int, Any]:
        """Call the emulator like a bare HTTP client (no discord.py guards): ``(status, body)``."""
        headers = {"Authorization": f"Bot {self.token}"} if auth else {}
        async with aiohttp.ClientSession() as http, \
                http.request(method, self.api_base + path, json=json, headers=headers) as resp:
            body = await resp.json() if resp.content_type == "application/json" else await resp.text()
            return resp.status, body

    # --- shards ------------------------------------------------------------------------
    @staticmethod
    def shard_of(guild_id: int, shard_count: int) -> int:
        """The shard Discord routes ``guild_id`` to."""
        return (guild_id >> 22) % shard_count

    def sessions_by_shard(self) -> dict[tuple[int, int] | None, list[Any]]:
        """Live sessions (identified and connected) keyed by their ``[shard_id, shard_count]``."""
        found: dict[tuple[int, int] | None, list[Any]] = {}
        for session in self.gateway.live_sessions():
            found.setdefault(session.shard, []).append(session)
        return found

    async def wait_for_shards(self, shards: list[tuple[int, int]], timeout: float = 10.0) -> None:
        """Until each of ``shards`` has a live session that got all its GUILD_CREATEs."""
        await self.wait_for(lambda: all(s in self.sessions_by_shard() for s in shards) or None, timeout,
                            f"sessions for shards {shards}")

    # --- waiting helpers ----------------------------------------------------------------
    async def wait_for(self, predicate, timeout: float = 5.0, what: str = ""):
        return await self.recorder.wait_for(predicate, timeout, what)

    async def wait_for_ready(self, timeout: float = 5.0) -> None:
        """Until a session has been identified and its READY sent."""
        await self.wait_for(lambda: self.gateway.live_sessions() or None, timeout, "a gateway session")

    async def wait_for_response(self, interaction: InteractionState | int,
                                timeout: float = 5.0) -> InteractionResponseRecord:
        """The initial response (callback) to ``interaction``."""
        iid = interaction if isinstance(interaction, int) else interaction.id
        return await self.wait_for(lambda: next(iter(self.recorder.responses_for(iid)), None), timeout,
                                   f"a response to interaction {iid}")

    async def wait_for_message(self, predicate=None, timeout: float = 5.0, *,
                               interaction: InteractionState | int | None = None,
                               channel: dict[str, Any] | None = None, skip: int = 0) -> MessageRecord:
        """The first bot message in ``recorder.messages[skip:]`` matching every given filter
        (``predicate(record)``, the interaction it answers, its channel). Pass
        ``skip=len(emu.recorder.messages)`` taken beforehand to wait for a *new* message."""
        iid = interaction.id if isinstance(interaction, InteractionState) else interaction

        def find() -> MessageRecord | None:
            for m in self.recorder.messages[skip:]:
                if iid is not None and m.interaction_id != iid:
                    continue
                if channel is not None and m.channel_id != int(channel["id"]):
                    continue
                if predicate is not None and not predicate(m):
                    continue
                return m
            return None

        return await self.wait_for(find, timeout, "a bot message")

    async def wait_for_request(self, method: str, route: str, *, count: int = 1, status: int | None = None,
                               timeout: float = 5.0) -> list:
        """Until ``count`` requests to ``route`` (template such as
        "/interactions/{interaction_id}/{token}/callback") were answered (optionally with ``status``)."""
        def find():
            found = [r for r in self.recorder.find_requests(method, route)
                     if r.status and (status is None or r.status == status)]
            return found if len(found) >= count else None

        return await self.wait_for(find, timeout, f"{count}x {method} {route}")

    async def wait_for_event(self, kind: str, count: int = 1, timeout: float = 5.0) -> None:
        """Until the emulator logged ``count`` events of ``kind`` ("identify", "resume", "resumed",
        "connect", "disconnect", "invalid_session", ...)."""
        await self.wait_for(lambda: self.recorder.event_count(kind) >= count or None, timeout, kind)


__all__ = ["DEFAULT_APP_ID", "DEFAULT_TOKEN", "VIEW_CHANNEL", "DiscordEmulator"]
