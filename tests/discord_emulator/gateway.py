"""Gateway websocket emulation: HELLO, IDENTIFY/READY, heartbeats, RESUME, INVALID_SESSION, drops.

discord.py connects to ``<gateway>?v=10&encoding=json&compress=zlib-stream`` (or
``zstd-stream`` when the ``zstandard`` package is importable). With ``zlib-stream`` every
payload is sent as a binary frame compressed by one per-connection zlib stream and terminated
by a Z_SYNC_FLUSH (``00 00 ff ff``), exactly like Discord. ``zstd-stream`` is honoured when
``zstandard`` is importable, otherwise payloads go out as text frames (discord.py decompresses
binary frames only, so text frames are always understood). ``Gateway.compress = False``
turns transport compression off entirely.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

from .payloads import guild_create_payload, member_payload

if TYPE_CHECKING:
    from .server import DiscordEmulator

DISPATCH, HEARTBEAT, IDENTIFY, PRESENCE, VOICE, RESUME, RECONNECT, REQUEST_MEMBERS = 0, 1, 2, 3, 4, 6, 7, 8
INVALID_SESSION, HELLO, HEARTBEAT_ACK = 9, 10, 11

# Intent bits
GUILDS, GUILD_MEMBERS, GUILD_PRESENCES = 1 << 0, 1 << 1, 1 << 8
GUILD_MESSAGES, DIRECT_MESSAGES, MESSAGE_CONTENT = 1 << 9, 1 << 12, 1 << 15
PRIVILEGED = GUILD_MEMBERS | GUILD_PRESENCES | MESSAGE_CONTENT


@dataclass
class Session:
    session_id: str
    intents: int
    shard: tuple[int, int] | None
    seq: int = 0
    backlog: list[dict[str, Any]] = field(default_factory=list)
    conn: Connection | None = None
    invalid: bool = False

    def handles_guild(self, guild_id: int | None) -> bool:
        if self.shard is None:
            return True
        shard_id, count = self.shard
        if guild_id is None:  # DMs are only delivered to shard 0
            return shard_id == 0
        return (guild_id >> 22) % count == shard_id


class Connection:
    def __init__(self, ws: web.WebSocketResponse, request: web.Request, compress: str | None) -> None:
        self.ws = ws
        self.request = request
        self.compress = compress
        self.session: Session | None = None
        self._lock = asyncio.Lock()
        self._zlib = zlib.compressobj() if compress == "zlib-stream" else None
        self._zstd = None
        if compress == "zstd-stream":
            try:
                import zstandard  # type: ignore[import-not-found]
            except ImportError:
                self.compress = None
            else:
                self._zstd = zstandard.ZstdCompressor().compressobj()
                self._zstd_flush = zstandard.COMPRESSOBJ_FLUSH_BLOCK

    async def send(self, payload: dict[str, Any]) -> None:
        raw = json.dumps(payload, separators=(",", ":"))
        async with self._lock:
            if self.ws.closed:
                return
            with contextlib.suppress(ConnectionError, RuntimeError):
                if self._zlib is not None:
                    data = self._zlib.compress(raw.encode()) + self._zlib.flush(zlib.Z_SYNC_FLUSH)
                    await self.ws.send_bytes(data)
                elif self._zstd is not None:
                    data = self._zstd.compress(raw.encode()) + self._zstd.flush(self._zstd_flush)
                    await self.ws.send_bytes(data)
                else:
                    await self.ws.send_str(raw)

    def abort(self) -> None:
        """Kill the TCP connection without a close frame (client sees 1006)."""
        transport = self.request.transport
        if transport is not None:
            transport.abort()


class Gateway:
    def __init__(self, emu: DiscordEmulator) -> None:
        self.emu = emu
        self.sessions: dict[str, Session] = {}
        self.connections: list[Connection] = []
        self.heartbeat_interval_ms = 41250
        self.compress = True
        self.ack_heartbeats = True  # False -> a "zombie" connection; discord.py reconnects after heartbeat_timeout
        self.resumable = True  # False -> every RESUME is answered with INVALID_SESSION(false)
        self.disallowed_intents = 0  # e.g. MESSAGE_CONTENT -> IDENTIFY closes with 4014

    # --- websocket endpoint ---------------------------------------------------------------
    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0, autoping=True)
        await ws.prepare(request)
        q = request.query
        if q.get("v") not in (None, "10", "9"):
            await ws.close(code=4012, message=b"Invalid API version")
            return ws
        if q.get("encoding", "json") != "json":
            await ws.close(code=4002, message=b"Decode error (etf is not emulated)")
            return ws
        compress = q.get("compress") if self.compress else None
        conn = Connection(ws, request, compress)
        self.connections.append(conn)
        self.emu.recorder.events.append(("connect", dict(q)))
        try:
            await conn.send({"op": HELLO, "d": {"heartbeat_interval": self.heartbeat_interval_ms}, "s": None,
                             "t": None})
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    continue
                await self._on_payload(conn, json.loads(msg.data))
        finally:
            self.connections.remove(conn)
            if conn.session is not None and conn.session.conn is conn:
                conn.session.conn = None
            self.emu.recorder.events.append(("disconnect", ws.close_code))
            await self.emu.recorder.notify()
        return ws

    async def _on_payload(self, conn: Connection, payload: dict[str, Any]) -> None:
        rec = self.emu.recorder
        rec.gateway_received.append(payload)
        op, d = payload.get("op"), payload.get("d")
        if op == HEARTBEAT:
            rec.events.append(("heartbeat", d))
            if self.ack_heartbeats:
                await conn.send({"op": HEARTBEAT_ACK, "d": None, "s": None, "t": None})
        elif op in (IDENTIFY, RESUME, REQUEST_MEMBERS):
            if not isinstance(d, dict):  # these three carry an object; Discord closes on anything else
                await conn.ws.close(code=4002, message=b"Decode error")
            elif op == IDENTIFY:
                await self._identify(conn, d)
            elif op == RESUME:
                await self._resume(conn, d)
            else:
                await self._request_members(conn, d)
        elif op in (PRESENCE, VOICE):
            rec.events.append(("presence" if op == PRESENCE else "voice", d))
        else:
            await conn.ws.close(code=4001, message=b"Unknown opcode")
        await rec.notify()

    async def _identify(self, conn: Connection, d: dict[str, Any]) -> None:
        emu = self.emu
        if conn.session is not None:
            await conn.ws.close(code=4005, message=b"Already authenticated")
            return
        if d.get("token") != emu.token:
            await conn.ws.close(code=4004, message=b"Authentication failed")
            return
        intents = d.get("intents")
        if intents is None:
            await conn.ws.close(code=4013, message=b"Invalid intent(s)")
            return
        if intents & self.disallowed_intents:
            await conn.ws.close(code=4014, message=b"Disallowed intent(s)")
            return
        shard = tuple(d["shard"]) if d.get("shard") else None
        if shard is not None and not 0 <= shard[0] < shard[1]:
            await conn.ws.close(code=4010, message=b"Invalid shard")
            return
        for old in self.sessions.values():  # a fresh IDENTIFY abandons older sessions of that shard
            if old.conn is None and old.shard == shard:
                old.invalid = True
        session = Session(session_id=secrets.token_hex(16), intents=intents, shard=shard)
        self.sessions[session.session_id] = session
        session.conn = conn
        conn.session = session
        emu.recorder.events.append(("identify", {"intents": intents, "shard": d.get("shard"),
                                                  "properties": d.get("properties"),
                                                  "presence": d.get("presence")}))
        guilds = [g for g in emu.world.guilds.values() if session.handles_guild(g.id)]
        bot = emu.world.bot.payload()
        bot.update({"verified": True, "mfa_enabled": False, "email": None, "flags": 0})
        ready = {
            "v": 10, "user": bot, "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
            "session_id": session.session_id, "resume_gateway_url": emu.gateway_url,
            "application": {"id": str(emu.app_id), "flags": emu.application_flags},
            "private_channels": [], "relationships": [], "presences": [], "guild_join_requests": [],
            "geo_ordered_rtc_regions": ["emulated"], "session_type": "normal", "auth": {}, "user_settings": {},
        }
        if shard is not None:
            ready["shard"] = list(shard)
        await self._send_dispatch(session, "READY", ready)
        for guild in guilds:
            data = guild_create_payload(emu.world, guild, all_members=bool(intents & GUILD_PRESENCES))
            await self._send_dispatch(session, "GUILD_CREATE", data)

    async def _resume(self, conn: Connection, d: dict[str, Any]) -> None:
        session = self.sessions.get(d.get("session_id") or "")
        self.emu.recorder.events.append(("resume", {"session_id": d.get("session_id"), "seq": d.get("seq")}))
        if d.get("token") != self.emu.token:
            await conn.ws.close(code=4004, message=b"Authentication failed")
            return
        if session is None or session.invalid or not self.resumable:
            self.emu.recorder.events.append(("invalid_session", False))
            await conn.send({"op": INVALID_SESSION, "d": False, "s": None, "t": None})
            return
        if session.conn is not None and session.conn is not conn:
            await session.conn.ws.close(code=4000, message=b"Session resumed elsewhere")
        session.conn = conn
        conn.session = session
        last = d.get("seq") or 0
        for event in [e for e in session.backlog if e["s"] > last]:
            await conn.send(event)
        await self._send_dispatch(session, "RESUMED", {})
        self.emu.recorder.events.append(("resumed", session.session_id))

    async def _request_members(self, conn: Connection, d: dict[str, Any]) -> None:
        world = self.emu.world
        guild = world.guilds.get(int(d["guild_id"]))
        if guild is None or conn.session is None:
            return
        query = (d.get("query") or "").lower()
        wanted = {int(u) for u in d.get("user_ids") or []}
        members = []
        for uid in guild.members:
            user = world.users[uid]
            if (wanted and uid in wanted) or (not wanted and user.username.lower().startswith(query)):
                members.append(member_payload(world, guild, uid))
        limit = d.get("limit") or 0
        if limit:
            members = members[:limit]
        chunk = {"guild_id": str(guild.id), "members": members, "chunk_index": 0, "chunk_count": 1,
                 "not_found": [str(u) for u in wanted - set(guild.members)]}
        if d.get("nonce") is not None:
            chunk["nonce"] = d["nonce"]
        if d.get("presences"):
            chunk["presences"] = []
        await self._send_dispatch(conn.session, "GUILD_MEMBERS_CHUNK", chunk)

    # --- sending ----------------------------------------------------------------------
    async def _send_dispatch(self, session: Session, event: str, data: dict[str, Any]) -> None:
        session.seq += 1
        payload = {"op": DISPATCH, "t": event, "s": session.seq, "d": data}
        session.backlog.append(payload)
        self.emu.recorder.gateway_sent.append(payload)
        if session.conn is not None:
            await session.conn.send(payload)

    async def dispatch(
        self,
        event: str,
        data: dict[str, Any],
        *,
        guild_id: int | None = None,
        intent: int | None = None,
        transform: Callable[[Session, dict[str, Any]], dict[str, Any]] | None = None,
    ) -> int:
        """Dispatch an event to every live session that handles ``guild_id`` and subscribed to
        ``intent``. Sessions that are momentarily disconnected queue it for RESUME replay.
        Returns the number of sessions it was queued for."""
        count = 0
        for session in list(self.sessions.values()):
            if session.invalid or not session.handles_guild(guild_id):
                continue
            if intent is not None and not session.intents & intent:
                self.emu.recorder.events.append(("filtered_by_intent", (event, intent)))
                continue
            await self._send_dispatch(session, event, transform(session, data) if transform else data)
            count += 1
        await self.emu.recorder.notify()
        return count

    # --- test controls -------------------------------------------------------------------
    async def drop(self, code: int | None = 4000) -> None:
        """Drop every gateway connection: with a close frame ``code`` (4000 = "unknown error",
        resumable) or, with ``code=None``, abruptly (TCP reset, the client sees 1006)."""
        for conn in list(self.connections):
            if code is None:
                conn.abort()
            else:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(conn.ws.close(code=code, message=b"dropped by test"), 5)

    async def invalidate(self, resumable: bool = False) -> None:
        """Send INVALID_SESSION (op 9). ``resumable=False`` also forgets the sessions."""
        for conn in list(self.connections):
            if conn.session is not None and not resumable:
                conn.session.invalid = True
            await conn.send({"op": INVALID_SESSION, "d": resumable, "s": None, "t": None})

    async def request_reconnect(self) -> None:
        """Send RECONNECT (op 7): the client closes and RESUMEs."""
        for conn in list(self.connections):
            await conn.send({"op": RECONNECT, "d": None, "s": None, "t": None})

    def live_sessions(self) -> list[Session]:
        return [s for s in self.sessions.values() if not s.invalid and s.conn is not None]
