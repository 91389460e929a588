"""The emulator rejects what Discord rejects (raw HTTP, bypassing discord.py's own checks)."""

from __future__ import annotations

from typing import Any

import pytest

from .server import DiscordEmulator


def _button(i: int, **kw: Any) -> dict[str, Any]:
    return {"type": 2, "style": 1, "label": f"b{i}", "custom_id": f"c{i}", **kw}


def _row(*components: dict[str, Any]) -> dict[str, Any]:
    return {"type": 1, "components": list(components)}


def _select(n: int) -> dict[str, Any]:
    return {"type": 3, "custom_id": "s", "options": [{"label": str(i), "value": str(i)} for i in range(n)]}


def _leaf(errors: dict[str, Any], path: str) -> str:
    node: Any = errors
    for key in path.split("."):
        node = node[key]
    return node["_errors"][0]["code"]


MESSAGE_CASES: dict[str, tuple[dict[str, Any], str, str]] = {
    "content": ({"content": "x" * 2001}, "content", "BASE_TYPE_MAX_LENGTH"),
    "embeds": ({"embeds": [{"title": "t"}] * 11}, "embeds", "BASE_TYPE_MAX_LENGTH"),
    "title": ({"embeds": [{"title": "x" * 257}]}, "embeds.0.title", "BASE_TYPE_MAX_LENGTH"),
    "description": ({"embeds": [{"description": "x" * 4097}]}, "embeds.0.description", "BASE_TYPE_MAX_LENGTH"),
    "fields": ({"embeds": [{"fields": [{"name": "n", "value": "v"}] * 26}]}, "embeds.0.fields",
               "BASE_TYPE_MAX_LENGTH"),
    "field name": ({"embeds": [{"fields": [{"name": "n" * 257, "value": "v"}]}]}, "embeds.0.fields.0.name",
                   "BASE_TYPE_MAX_LENGTH"),
    "field value": ({"embeds": [{"fields": [{"name": "n", "value": "v" * 1025}]}]}, "embeds.0.fields.0.value",
                    "BASE_TYPE_MAX_LENGTH"),
    "footer": ({"embeds": [{"footer": {"text": "x" * 2049}}]}, "embeds.0.footer.text", "BASE_TYPE_MAX_LENGTH"),
    "author": ({"embeds": [{"author": {"name": "x" * 257}}]}, "embeds.0.author.name", "BASE_TYPE_MAX_LENGTH"),
    "total": ({"embeds": [{"description": "x" * 4000}, {"description": "x" * 2001}]}, "embeds",
              "MAX_EMBED_SIZE_EXCEEDED"),
    "rows": ({"components": [_row(_button(i)) for i in range(6)]}, "components", "BASE_TYPE_MAX_LENGTH"),
    "buttons": ({"components": [_row(*[_button(i) for i in range(6)])]}, "components.0.components",
                "BASE_TYPE_BAD_LENGTH"),
    "custom_id": ({"components": [_row(_button(0, custom_id="x" * 101))]}, "components.0.components.0.custom_id",
                  "BASE_TYPE_MAX_LENGTH"),
    "label": ({"components": [_row(_button(0, label="x" * 81))]}, "components.0.components.0.label",
              "BASE_TYPE_MAX_LENGTH"),
    "url": ({"components": [_row({"type": 2, "style": 5, "label": "l", "url": "https://e.com/" + "x" * 500})]},
            "components.0.components.0.url", "BASE_TYPE_MAX_LENGTH"),
    "options": ({"components": [_row(_select(26))]}, "components.0.components.0.options", "BASE_TYPE_BAD_LENGTH"),
    "duplicate": ({"components": [_row(_button(0), _button(0))]}, "components.0.components.1.custom_id",
                  "COMPONENT_CUSTOM_ID_DUPLICATED"),
}


@pytest.mark.asyncio
@pytest.mark.parametrize("case", list(MESSAGE_CASES))
async def test_message_limits(discord_emulator: DiscordEmulator, case: str) -> None:
    body, path, code = MESSAGE_CASES[case]
    status, answer = await discord_emulator.raw_request(
        "POST", f"/channels/{discord_emulator.world.general['id']}/messages", {"content": "ok", **body})
    assert status == 400 and answer["code"] == 50035 and answer["message"] == "Invalid Form Body"
    assert _leaf(answer["errors"], path) == code


@pytest.mark.asyncio
async def test_valid_message_and_empty_message(discord_emulator: DiscordEmulator) -> None:
    emu = discord_emulator
    path = f"/channels/{emu.world.general['id']}/messages"
    body = {"content": "x" * 2000, "embeds": [{"description": "d" * 4096, "fields": [{"name": "n", "value": "v"}]}],
            "components": [_row(*[_button(i) for i in range(5)]) for _ in range(1)]}
    status, answer = await emu.raw_request("POST", path, body)
    assert status == 200 and answer["components"][0]["components"][0]["id"] == 2
    status, answer = await emu.raw_request("POST", path, {"content": ""})
    assert (status, answer["code"]) == (400, 50006)
    status, answer = await emu.raw_request("POST", path, {"content": "hi"}, auth=False)
    assert (status, answer) == (401, {"message": "401: Unauthorized", "code": 0})
    status, answer = await emu.raw_request("GET", "/no/such/route")
    assert (status, answer["code"]) == (404, 0) and emu.recorder.unhandled


def _cmd(**kw: Any) -> dict[str, Any]:
    return {"name": "ok", "description": "fine", "type": 1, **kw}


def _opt(i: int, **kw: Any) -> dict[str, Any]:
    return {"name": f"o{i}", "description": "d", "type": 3, **kw}


COMMAND_CASES = {
    "uppercase": ([_cmd(name="Ping")], "0.name", "APPLICATION_COMMAND_INVALID_NAME"),
    "long name": ([_cmd(name="x" * 33)], "0.name", "APPLICATION_COMMAND_INVALID_NAME"),
    "space": ([_cmd(name="two words")], "0.name", "APPLICATION_COMMAND_INVALID_NAME"),
    "description": ([_cmd(description="x" * 101)], "0.description", "BASE_TYPE_BAD_LENGTH"),
    "no description": ([_cmd(description="")], "0.description", "BASE_TYPE_BAD_LENGTH"),
    "options": ([_cmd(options=[_opt(i) for i in range(26)])], "0.options", "BASE_TYPE_MAX_LENGTH"),
    "choices": ([_cmd(options=[_opt(0, choices=[{"name": str(i), "value": str(i)} for i in range(26)])])],
                "0.options.0.choices", "BASE_TYPE_MAX_LENGTH"),
    "choice name": ([_cmd(options=[_opt(0, choices=[{"name": "x" * 101, "value": "v"}])])],
                    "0.options.0.choices.0.name", "BASE_TYPE_BAD_LENGTH"),
    "required order": ([_cmd(options=[_opt(0), _opt(1, required=True)])], "0.options.1.required",
                       "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID"),
    "duplicate": ([_cmd(), _cmd()], "1.name", "APPLICATION_COMMANDS_DUPLICATE_NAME"),
    "user cmd description": ([{"name": "Info", "type": 2, "description": "no"}], "0.description",
                             "APPLICATION_COMMAND_DESCRIPTION_INVALID"),
}


@pytest.mark.asyncio
@pytest.mark.parametrize("case", list(COMMAND_CASES))
async def test_command_validation(discord_emulator: DiscordEmulator, case: str) -> None:
    emu = discord_emulator
    body, path, code = COMMAND_CASES[case]
    status, answer = await emu.raw_request("PUT", f"/applications/{emu.app_id}/commands", body)
    assert status == 400 and answer["code"] == 50035
    assert _leaf(answer["errors"], path) == code
    assert emu.global_commands == []


@pytest.mark.asyncio
async def test_guild_commands_and_ids_are_stable(discord_emulator: DiscordEmulator) -> None:
    emu = discord_emulator
    path = f"/applications/{emu.app_id}/guilds/{emu.world.guild.id}/commands"
    status, first = await emu.raw_request("PUT", path, [_cmd(), {"name": "User Info", "type": 2}])
    assert status == 200 and first[0]["guild_id"] == str(emu.world.guild.id)
    _, second = await emu.raw_request("PUT", path, [_cmd(description="changed")])
    assert second[0]["id"] == first[0]["id"] and len(second) == 1
    status, listed = await emu.raw_request("GET", path)
    assert listed == second
    status, _ = await emu.raw_request("PUT", f"/applications/{emu.app_id}/guilds/42/commands", [])
    assert status == 403


@pytest.mark.asyncio
async def test_interaction_callback_rules(discord_emulator: DiscordEmulator) -> None:
    emu = discord_emulator
    ac = await emu.inject_autocomplete("fact", focused="topic")  # no bot: answer it by hand
    cb = f"/interactions/{ac.id}/{ac.token}/callback"
    too_many = [{"name": str(i), "value": str(i)} for i in range(26)]
    status, answer = await emu.raw_request("POST", cb, {"type": 8, "data": {"choices": too_many}}, auth=False)
    assert status == 400 and _leaf(answer["errors"], "data.choices") == "BASE_TYPE_MAX_LENGTH"
    long_name = [{"name": "x" * 101, "value": "v"}]
    status, answer = await emu.raw_request("POST", cb, {"type": 8, "data": {"choices": long_name}}, auth=False)
    assert status == 400 and _leaf(answer["errors"], "data.choices.0.name") == "BASE_TYPE_BAD_LENGTH"
    status, _ = await emu.raw_request("POST", cb, {"type": 4, "data": {"content": "no"}}, auth=False)
    assert status == 400  # autocomplete only accepts type 8
    status, _ = await emu.raw_request("POST", cb + "?with_response=true", {"type": 8, "data": {"choices": []}})
    assert status == 200
    status, answer = await emu.raw_request("POST", cb, {"type": 8, "data": {"choices": []}})
    assert (status, answer["code"]) == (400, 40060)

    slash = await emu.inject_slash("ping")
    emu.age_interaction(slash, 3.01)
    status, answer = await emu.raw_request("POST", f"/interactions/{slash.id}/{slash.token}/callback",
                                           {"type": 4, "data": {"content": "late"}})
    assert (status, answer["code"]) == (404, 10062)

    slash = await emu.inject_slash("ping")
    webhook = f"/webhooks/{emu.app_id}/{slash.token}"
    status, answer = await emu.raw_request("GET", webhook + "/messages/@original")
    assert (status, answer["code"]) == (404, 10008)
    status, answer = await emu.raw_request("POST", webhook, {"content": "early followup"})
    assert (status, answer["code"]) == (404, 10015)
    status, answer = await emu.raw_request("POST", f"/interactions/{slash.id}/{slash.token}/callback",
                                           {"type": 4, "data": {"content": "hi", "flags": 64}})
    assert status == 204  # no ?with_response
    status, answer = await emu.raw_request("GET", webhook + "/messages/@original")
    assert status == 200 and answer["flags"] == 64 and answer["interaction_metadata"]["id"] == str(slash.id)
