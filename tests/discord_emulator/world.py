"""The emulated Discord "world": users, guilds, roles, members, channels and permissions.

``World.default(...)`` builds a ready-to-use fixture world: one guild ("Emulated Guild") with a
``#general`` and a ``#facts`` text channel, an owner, a regular member ``alice``, a second user
``bob`` who is not in the guild, and the bot itself (whose user id equals the application id,
as for every modern Discord application).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .clock import Clock, Snowflakes

# Permission bits (https://discord.com/developers/docs/topics/permissions)
CREATE_INSTANT_INVITE = 1 << 0
ADMINISTRATOR = 1 << 3
ADD_REACTIONS = 1 << 6
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
MANAGE_MESSAGES = 1 << 13
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
MENTION_EVERYONE = 1 << 17
USE_EXTERNAL_EMOJIS = 1 << 18
CHANGE_NICKNAME = 1 << 26
USE_APPLICATION_COMMANDS = 1 << 31
SEND_MESSAGES_IN_THREADS = 1 << 38
ALL_PERMISSIONS = (1 << 51) - 1
DEFAULT_EVERYONE = (
    CREATE_INSTANT_INVITE | ADD_REACTIONS | VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES
    | READ_MESSAGE_HISTORY | MENTION_EVERYONE | USE_EXTERNAL_EMOJIS | CHANGE_NICKNAME
    | USE_APPLICATION_COMMANDS | SEND_MESSAGES_IN_THREADS
)

GUILD_TEXT, DM, GROUP_DM = 0, 1, 3


@dataclass
class User:
    id: int
    username: str
    bot: bool = False
    global_name: str | None = None
    dms_open: bool = True  # False -> bot DMs fail with 403 50007

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.username,
            "global_name": self.global_name,
            "discriminator": "0",
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
            "flags": 0,
            "banner": None,
            "accent_color": None,
            "avatar_decoration_data": None,
        }


@dataclass
class Role:
    id: int
    name: str
    permissions: int
    position: int = 0
    managed: bool = False

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id), "name": self.name, "color": 0, "hoist": False, "icon": None,
            "unicode_emoji": None, "position": self.position, "permissions": str(self.permissions),
            "managed": self.managed, "mentionable": False, "flags": 0,
        }


@dataclass
class Member:
    user_id: int
    roles: list[int] = field(default_factory=list)
    nick: str | None = None
    joined_at: str = "2024-01-01T00:00:00+00:00"


@dataclass
class Guild:
    id: int
    name: str
    owner_id: int
    roles: dict[int, Role] = field(default_factory=dict)
    members: dict[int, Member] = field(default_factory=dict)
    channel_ids: list[int] = field(default_factory=list)
    locale: str = "en-US"


class World:
    def __init__(self, clock: Clock, snowflakes: Snowflakes, *, app_id: int, bot_name: str) -> None:
        self.clock = clock
        self.snowflakes = snowflakes
        self.users: dict[int, User] = {}
        self.guilds: dict[int, Guild] = {}
        self.channels: dict[int, dict[str, Any]] = {}
        self.deleted_channels: set[int] = set()
        self.messages: dict[int, dict[str, Any]] = {}  # every message by id, as Discord would return it
        self.bot = self.add_user(bot_name, bot=True, user_id=app_id)

    # --- construction -------------------------------------------------------------------
    def add_user(self, username: str, *, bot: bool = False, user_id: int | None = None) -> User:
        user = User(id=user_id or self.snowflakes.next(), username=username, bot=bot, global_name=username)
        self.users[user.id] = user
        return user

    def add_guild(self, name: str, owner: User, *, guild_id: int | None = None) -> Guild:
        gid = guild_id or self.snowflakes.next()
        guild = Guild(id=gid, name=name, owner_id=owner.id)
        guild.roles[gid] = Role(id=gid, name="@everyone", permissions=DEFAULT_EVERYONE)
        self.guilds[gid] = guild
        self.add_member(guild, owner)
        self.add_member(guild, self.bot)
        return guild

    def add_guilds(self, count: int, owner: User, *, shard_count: int = 1,
                   channel: str = "digest") -> list[tuple[Guild, dict[str, Any]]]:
        """``count`` guilds, each with one text channel the bot may post in, spread round-robin over
        ``shard_count`` shards: guild ``i`` lands on shard ``i % shard_count`` by Discord's rule
        ``(guild_id >> 22) % shard_count`` (ids are chosen for that; plain snowflakes made in the same
        millisecond would all share one shard). For the multi-process scale tests."""
        made = []
        for i in range(count):
            ms = (self.snowflakes.next() >> 22) + 1
            while ms % shard_count != i % shard_count:
                ms += 1
            gid = ms << 22
            self.snowflakes._last = max(self.snowflakes._last, gid + (1 << 22) - 1)  # later ids stay unique
            guild = self.add_guild(f"Guild {i + 1:02d}", owner, guild_id=gid)
            made.append((guild, self.add_text_channel(guild, channel)))
        return made

    def add_role(self, guild: Guild, name: str, permissions: int) -> Role:
        role = Role(id=self.snowflakes.next(), name=name, permissions=permissions, position=len(guild.roles))
        guild.roles[role.id] = role
        return role

    def add_member(self, guild: Guild, user: User, roles: list[Role] | None = None) -> Member:
        member = Member(user_id=user.id, roles=[r.id for r in roles or []], joined_at=self.clock.iso())
        guild.members[user.id] = member
        return member

    def add_text_channel(self, guild: Guild, name: str, *, topic: str | None = None) -> dict[str, Any]:
        cid = self.snowflakes.next()
        channel = {
            "id": str(cid), "type": GUILD_TEXT, "guild_id": str(guild.id), "name": name,
            "position": len(guild.channel_ids), "permission_overwrites": [], "topic": topic, "nsfw": False,
            "last_message_id": None, "rate_limit_per_user": 0, "parent_id": None, "flags": 0,
        }
        self.channels[cid] = channel
        guild.channel_ids.append(cid)
        return channel

    def dm_channel(self, user: User) -> dict[str, Any]:
        """The bot's DM channel with ``user`` (created on first use, like POST /users/@me/channels)."""
        for channel in self.channels.values():
            if channel["type"] == DM and channel["recipients"][0]["id"] == str(user.id):
                return channel
        cid = self.snowflakes.next()
        channel = {"id": str(cid), "type": DM, "last_message_id": None, "flags": 0,
                   "recipients": [user.payload()]}
        self.channels[cid] = channel
        return channel

    def add_group_dm(self, name: str, owner: User, recipients: list[User]) -> dict[str, Any]:
        """A group DM the bot is *not* part of (reachable only by a user-installed app, context 2)."""
        cid = self.snowflakes.next()
        channel = {"id": str(cid), "type": GROUP_DM, "name": name, "icon": None, "owner_id": str(owner.id),
                   "last_message_id": None, "flags": 0, "recipients": [u.payload() for u in recipients]}
        self.channels[cid] = channel
        return channel

    # --- lookups ------------------------------------------------------------------------
    def channel(self, channel_id: int) -> dict[str, Any] | None:
        if channel_id in self.deleted_channels:
            return None
        return self.channels.get(channel_id)

    def guild_of(self, channel: dict[str, Any]) -> Guild | None:
        gid = channel.get("guild_id")
        return self.guilds.get(int(gid)) if gid else None

    # --- permissions --------------------------------------------------------------------
    def base_permissions(self, guild: Guild, user_id: int) -> int:
        if user_id == guild.owner_id:
            return ALL_PERMISSIONS
        member = guild.members.get(user_id)
        if member is None:
            return 0
        perms = guild.roles[guild.id].permissions
        for rid in member.roles:
            perms |= guild.roles[rid].permissions
        return ALL_PERMISSIONS if perms & ADMINISTRATOR else perms

    def permissions(self, user_id: int, channel: dict[str, Any]) -> int:
        """Channel permissions with overwrites applied (Discord's documented algorithm)."""
        guild = self.guild_of(channel)
        if guild is None:  # DMs: everything a user can do in a DM
            return VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES | READ_MESSAGE_HISTORY | ADD_REACTIONS
        perms = self.base_permissions(guild, user_id)
        if perms == ALL_PERMISSIONS:
            return perms
        overwrites = {int(o["id"]): o for o in channel.get("permission_overwrites", [])}
        member = guild.members.get(user_id)

        def apply(ow: dict[str, Any] | None) -> None:
            nonlocal perms
            if ow:
                perms = (perms & ~int(ow["deny"])) | int(ow["allow"])

        apply(overwrites.get(guild.id))
        allow = deny = 0
        for rid in member.roles if member else []:
            ow = overwrites.get(rid)
            if ow:
                allow |= int(ow["allow"])
                deny |= int(ow["deny"])
        perms = (perms & ~deny) | allow
        apply(overwrites.get(user_id))
        return perms

    def set_overwrite(self, channel: dict[str, Any], target_id: int, *, allow: int = 0, deny: int = 0,
                      member: bool = True) -> None:
        rest = [o for o in channel["permission_overwrites"] if int(o["id"]) != target_id]
        rest.append({"id": str(target_id), "type": 1 if member else 0, "allow": str(allow), "deny": str(deny)})
        channel["permission_overwrites"] = rest

    @classmethod
    def default(cls, clock: Clock, snowflakes: Snowflakes, *, app_id: int, bot_name: str) -> World:
        world = cls(clock, snowflakes, app_id=app_id, bot_name=bot_name)
        world.owner = world.add_user("owner")
        world.alice = world.add_user("alice")
        world.bob = world.add_user("bob")
        world.guild = world.add_guild("Emulated Guild", world.owner)
        world.moderator_role = world.add_role(world.guild, "Moderator", MANAGE_MESSAGES)
        world.add_member(world.guild, world.alice)
        world.general = world.add_text_channel(world.guild, "general")
        world.facts = world.add_text_channel(world.guild, "facts", topic="Ask me about the news")
        world.group_dm = world.add_group_dm("friends", world.alice, [world.alice, world.bob])
        return world

    # Attributes set by ``default`` (declared for type checkers / readers).
    owner: User
    alice: User
    bob: User
    guild: Guild
    moderator_role: Role
    general: dict[str, Any]
    facts: dict[str, Any]
    group_dm: dict[str, Any]
