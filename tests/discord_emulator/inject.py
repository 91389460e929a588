"""Test-side injection: a user runs a slash command, clicks a button, types in a DM, ...

Mixed into :class:`~.server.DiscordEmulator`. Every ``inject_*`` coroutine builds a payload
shaped like Discord's, dispatches it over the gateway and returns immediately; await the
bot's reaction with ``emu.wait_for_response(...)`` / ``emu.wait_for_message(...)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .gateway import DIRECT_MESSAGES, GUILD_MESSAGES, MESSAGE_CONTENT, Session
from .interactions import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    MESSAGE_COMPONENT,
    MODAL_SUBMIT,
    InteractionState,
    build_interaction,
)
from .payloads import member_payload, message_payload
from .recorder import MessageRecord
from .world import Role, User

if TYPE_CHECKING:
    from .clock import Clock, Snowflakes
    from .gateway import Gateway
    from .recorder import Recorder
    from .world import World

STRING, INTEGER, BOOLEAN, USER_OPT, CHANNEL_OPT, ROLE_OPT, MENTIONABLE, NUMBER = 3, 4, 5, 6, 7, 8, 9, 10


def _infer_type(value: Any) -> int:
    if isinstance(value, bool):
        return BOOLEAN
    if isinstance(value, int):
        return INTEGER
    if isinstance(value, float):
        return NUMBER
    if isinstance(value, User):
        return USER_OPT
    if isinstance(value, Role):
        return ROLE_OPT
    if isinstance(value, dict) and "type" in value and "id" in value:
        return CHANNEL_OPT
    return STRING


class InjectMixin:
    # The state this mixin drives; DiscordEmulator.__init__ sets each one. Declared here rather than
    # typing `self` as DiscordEmulator, which mypy rejects for a class the mixin does not inherit from.
    app_id: int
    clock: Clock
    world: World
    snowflakes: Snowflakes
    gateway: Gateway
    recorder: Recorder
    interactions: dict[int, InteractionState]
    interactions_by_token: dict[str, InteractionState]
    global_commands: list[dict[str, Any]]
    guild_commands: dict[int, list[dict[str, Any]]]

    def _command_def(self, name: str, guild_id: int | None, kind: int) -> dict[str, Any] | None:
        pools = ([*self.guild_commands.get(guild_id, [])] if guild_id else []) + self.global_commands
        return next((c for c in pools if c["name"] == name and c.get("type", 1) == kind), None)

    def _options(self, defs: list[dict[str, Any]], values: dict[str, Any],
                 resolved: dict[str, dict[str, Any]], focused: str | None, channel: dict[str, Any]) -> list[Any]:
        by_name = {d["name"]: d for d in defs}
        out = []
        for name, value in values.items():
            kind = by_name.get(name, {}).get("type") or _infer_type(value)
            option: dict[str, Any] = {"name": name, "type": kind}
            if isinstance(value, User):
                resolved.setdefault("users", {})[str(value.id)] = value.payload()
                guild = self.world.guild_of(channel)
                if guild and value.id in guild.members:
                    resolved.setdefault("members", {})[str(value.id)] = member_payload(
                        self.world, guild, value.id, with_user=False,
                        permissions=self.world.permissions(value.id, channel))
                value = str(value.id)
            elif isinstance(value, Role):
                resolved.setdefault("roles", {})[str(value.id)] = value.payload()
                value = str(value.id)
            elif kind == CHANNEL_OPT and isinstance(value, dict):
                ch = {k: value.get(k) for k in ("id", "name", "type", "parent_id")}
                ch["permissions"] = str(self.world.permissions(self.world.bot.id, value))
                resolved.setdefault("channels", {})[value["id"]] = ch
                value = value["id"]
            option["value"] = value
            if name == focused:
                option["focused"] = True
            out.append(option)
        return out

    def _command_data(self, path: str, options: dict[str, Any] | list[Any] | None,
                      channel: dict[str, Any], focused: str | None = None, kind: int = 1) -> dict[str, Any]:
        # a context-menu name is one name with spaces ("Verify against sources"), never a subcommand path
        names = path.split() if kind == 1 else [path]
        guild = self.world.guild_of(channel)
        cmd = self._command_def(names[0], guild.id if guild else None, kind)
        data: dict[str, Any] = {"id": cmd["id"] if cmd else str(self.snowflakes.next()), "name": names[0],
                                "type": kind}
        if cmd and cmd.get("guild_id"):
            data["guild_id"] = cmd["guild_id"]
        defs = (cmd or {}).get("options") or []
        resolved: dict[str, dict[str, Any]] = {}
        if isinstance(options, list):
            leaf = options
        else:
            for sub in names[1:]:
                defs = next((d.get("options") or [] for d in defs if d["name"] == sub), [])
            leaf = self._options(defs, options or {}, resolved, focused, channel)
        subs = names[1:]
        sub_types = [2] * (len(subs) - 1) + [1] if subs else []
        for sub, sub_type in reversed(list(zip(subs, sub_types, strict=True))):
            leaf = [{"name": sub, "type": sub_type, "options": leaf}]
        if kind == 1:
            data["options"] = leaf
        if resolved:
            data["resolved"] = resolved
        return data

    def _where(self, channel: dict[str, Any] | None, user: User | None) -> tuple[dict, User]:
        return (channel or self.world.general), (user or self.world.alice)

    async def _dispatch_interaction(self, st: InteractionState) -> InteractionState:
        guild = self.world.guild_of(st.channel)
        await self.gateway.dispatch("INTERACTION_CREATE", st.payload, guild_id=guild.id if guild else None)
        return st

    async def inject_slash(self, command: str, options: dict[str, Any] | list[Any] | None = None,
                           *, channel: dict[str, Any] | None = None, user: User | None = None,
                           **kwargs: Any) -> InteractionState:
        """A user runs ``/command`` (use "group sub" for subcommands). ``options`` maps option
        names to values (str/int/float/bool, :class:`User`, :class:`Role`, channel dict)."""
        channel, user = self._where(channel, user)
        data = self._command_data(command, options, channel)
        st = build_interaction(self, APPLICATION_COMMAND, data, channel=channel, user=user, **kwargs)
        return await self._dispatch_interaction(st)

    async def inject_context_menu(self, command: str, *, target: User | dict[str, Any],
                                  channel: dict[str, Any] | None = None, user: User | None = None,
                                  **kwargs: Any) -> InteractionState:
        """A user or message context-menu command (type 2 on a :class:`User`, 3 on a message dict)."""
        channel, user = self._where(channel, user)
        kind = 2 if isinstance(target, User) else 3
        data = self._command_data(command, None, channel, kind=kind)
        if isinstance(target, User):
            data["target_id"] = str(target.id)
            data["resolved"] = {"users": {str(target.id): target.payload()}}
        else:
            data["target_id"] = target["id"]
            data["resolved"] = {"messages": {target["id"]: target}}
        st = build_interaction(self, APPLICATION_COMMAND, data, channel=channel, user=user, **kwargs)
        return await self._dispatch_interaction(st)

    async def inject_autocomplete(self, command: str, focused: str,
                                  options: dict[str, Any] | None = None, *, channel: dict[str, Any] | None = None,
                                  user: User | None = None, **kwargs: Any) -> InteractionState:
        """A user typing into the ``focused`` option (its current text is ``options[focused]``)."""
        channel, user = self._where(channel, user)
        options = dict(options or {})
        options.setdefault(focused, "")
        data = self._command_data(command, options, channel, focused=focused)
        st = build_interaction(self, AUTOCOMPLETE, data, channel=channel, user=user, **kwargs)
        return await self._dispatch_interaction(st)

    def find_component_message(self, custom_id: str) -> MessageRecord:
        for record in reversed(self.recorder.messages):
            if not record.deleted and custom_id in record.custom_ids():
                return record
        raise AssertionError(f"no message from the bot has a component with custom_id {custom_id!r}")

    async def inject_component(self, custom_id: str, *, values: list[str] | None = None,
                               message: MessageRecord | None = None, user: User | None = None,
                               component_type: int | None = None, **kwargs: Any) -> InteractionState:
        """A user clicks a button / picks select ``values`` on the latest bot message carrying
        ``custom_id`` (or on ``message``)."""
        record = message or self.find_component_message(custom_id)
        found = _find_component(record.components, custom_id)
        ctype = component_type or (found or {}).get("type", 2)
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": ctype}
        if found and "id" in found:
            data["id"] = found["id"]
        if values is not None or ctype != 2:
            data["values"] = list(values or [])
        channel = self.world.channels[record.channel_id]
        user = user or self._interaction_user(record)
        st = build_interaction(self, MESSAGE_COMPONENT, data, channel=channel, user=user, message=record.data,
                               **kwargs)
        return await self._dispatch_interaction(st)

    def _interaction_user(self, record: MessageRecord) -> User:
        if record.interaction_id in self.interactions:
            return self.world.users[self.interactions[record.interaction_id].user_id]
        return self.world.alice

    async def inject_modal_submit(self, values: dict[str, str | list[str]], *,
                                  opened_by: InteractionState | None = None, **kwargs: Any) -> InteractionState:
        """Submit the modal the bot opened (callback type 9) in answer to ``opened_by`` (default:
        the latest modal). ``values`` maps text-input/select custom_ids to what the user entered."""
        origin = opened_by or next((s for s in reversed(self.interactions.values()) if s.modal), None)
        if origin is None or origin.modal is None:
            raise AssertionError("the bot has not opened a modal")
        data = {"custom_id": origin.modal["custom_id"], "components": _submitted(origin.modal["components"], values)}
        message = origin.payload.get("message")
        st = build_interaction(self, MODAL_SUBMIT, data, channel=origin.channel,
                               user=self.world.users[origin.user_id], message=message, **kwargs)
        return await self._dispatch_interaction(st)

    async def inject_message(self, content: str, *, channel: dict[str, Any] | None = None,
                             author: User | None = None, **body: Any) -> dict[str, Any]:
        """A user posts ``content`` (guild channel by default; pass ``channel=emu.world.dm_channel(u)``
        for a DM to the bot). Discord strips content from guild messages for bots without the
        MESSAGE_CONTENT intent unless they are mentioned; that is emulated."""
        channel, author = self._where(channel, author)
        mid = self.snowflakes.next()
        data = message_payload(self.world, message_id=mid, channel=channel, author_id=author.id,
                               body={"content": content, **body})
        self.world.messages[mid] = data
        channel["last_message_id"] = str(mid)
        guild = self.world.guild_of(channel)
        payload = dict(data)
        if guild is not None:
            payload["member"] = member_payload(self.world, guild, author.id, with_user=False)
        bot_id = str(self.world.bot.id)

        def redact(session: Session, d: dict[str, Any]) -> dict[str, Any]:
            mentioned = any(u["id"] == bot_id for u in d["mentions"])
            if guild is None or session.intents & MESSAGE_CONTENT or mentioned:
                return d
            return {**d, "content": "", "embeds": [], "attachments": [], "components": []}

        await self.gateway.dispatch("MESSAGE_CREATE", payload, guild_id=guild.id if guild else None,
                                    intent=GUILD_MESSAGES if guild else DIRECT_MESSAGES, transform=redact)
        return data


def _find_component(components: list[dict[str, Any]], custom_id: str) -> dict[str, Any] | None:
    for comp in components:
        if comp.get("custom_id") == custom_id:
            return comp
        for key in ("components",):
            found = _find_component(comp.get(key) or [], custom_id)
            if found:
                return found
        for key in ("accessory", "component"):
            if isinstance(comp.get(key), dict):
                found = _find_component([comp[key]], custom_id)
                if found:
                    return found
    return None


def _submitted(components: list[dict[str, Any]], values: dict[str, Any]) -> list[dict[str, Any]]:
    """Mirror a modal's layout the way Discord reports a submission."""
    out = []
    for comp in components:
        if comp.get("type") == 1:
            out.append({"type": 1, "id": comp.get("id", 0), "components": _submitted(comp["components"], values)})
        elif comp.get("type") == 18:
            out.append({"type": 18, "id": comp.get("id", 0),
                        "component": _submitted([comp["component"]], values)[0]})
        elif comp.get("custom_id"):
            cid = comp["custom_id"]
            item: dict[str, Any] = {"type": comp["type"], "id": comp.get("id", 0), "custom_id": cid}
            if comp["type"] == 4:
                item["value"] = values.get(cid, comp.get("value") or "")
            else:
                value = values.get(cid, [])
                item["values"] = value if isinstance(value, list) else [value]
            out.append(item)
        else:
            out.append({"type": comp.get("type"), "id": comp.get("id", 0)})
    return out
