"""Slash commands end to end: the real bot answers every command, pages, quotes, candidates, errors."""

from __future__ import annotations

import logging
import re
import threading
from typing import Any

import pytest

from bot.core.answer import Answer
from bot.core.engine import Engine
from bot.core.paths import data_root
from bot.discord.sync import sync_commands
from tests.discord_emulator.recorder import MessageRecord

from .conftest import Harness, assert_apology, start_factdesk, stop_factdesk

ALL_COMMANDS = {"who", "policy", "compare", "ask", "browse", "sources", "help", "admin", "digest", "verify",
                "Verify against sources"}
SERVER_ONLY = {"digest"}  # a channel's schedule means nothing in a DM


def embed(message: MessageRecord) -> dict[str, Any]:
    assert message.embeds, message.data
    return message.embeds[0]


def buttons(message: MessageRecord) -> dict[str | None, dict[str, Any]]:
    """Each control by what a reader sees on it (None for a control that shows nothing)."""
    return {c.get("label") or c.get("placeholder") or (c.get("emoji") or {}).get("name"): c
            for row in message.components for c in row["components"]}


async def test_commands_are_registered_for_servers_dms_and_group_dms(harness: Harness) -> None:
    commands = {c["name"]: c for c in harness.emu.global_commands}
    assert set(commands) == ALL_COMMANDS
    for name, command in commands.items():
        if name in SERVER_ONLY:
            assert command["contexts"] == [0] and command["integration_types"] == [0]
            continue
        assert sorted(command["contexts"]) == [0, 1, 2]
        assert sorted(command["integration_types"]) == [0, 1]
        for option in command.get("options", []):
            assert option["description"]
    options = {(c["name"], o["name"]): o for c in commands.values() for o in c.get("options", [])}
    for key in [("who", "name"), ("policy", "topic"), ("compare", "a"), ("compare", "b")]:
        assert options[key]["max_length"] == 100 and options[key]["autocomplete"] is True
    assert options[("ask", "question")]["max_length"] == 300


def rows(message: MessageRecord) -> int:
    return len(message.components)


async def test_who_answers_with_sources_once_and_one_row_of_controls(harness: Harness) -> None:
    st, message = await harness.answer("who", {"name": "James Dong"})
    first = embed(message)
    assert first["title"] == "James Dong" and not message.ephemeral
    assert "](https://" not in first["description"] and "↳" not in first["description"]
    sources = next(f for f in first["fields"] if f["name"] == "Sources")
    assert "[2] [Arab News, 10 Jul 2025](https://www.arabnews.pk/node/2607625)" in sources["value"]
    assert re.search(r"\[1\]", first["description"])
    found = buttons(message)
    assert {"Previous", "Next", "Quotes"} <= set(found) and found["Previous"]["disabled"] is True
    assert rows(message) == 1
    assert first["footer"]["text"].startswith("/who James Dong · Page 1/")
    assert len(harness.emu.recorder.responses_for(st.id)) == 1


async def test_pages_turn_for_the_invoker_only(harness: Harness) -> None:
    _, message = await harness.answer("who", {"name": "James Dong"})
    found = re.search(r"Page 1/(\d+)", embed(message)["footer"]["text"])
    assert found, embed(message)["footer"]
    pages = int(found.group(1))
    assert pages >= 2

    stranger = await harness.click(buttons(message)["Next"]["custom_id"], message=message, user=harness.emu.world.owner)
    refusal = await harness.emu.wait_for_response(stranger)
    assert refusal.type == 4 and refusal.ephemeral and "Only the person who asked" in refusal.content
    assert "Page 1/" in embed(message)["footer"]["text"]

    for page in range(2, pages + 1):
        click = await harness.click(buttons(message)["Next"]["custom_id"], message=message, user=harness.emu.world.alice)
        assert (await harness.emu.wait_for_response(click)).type == 7
        assert f"Page {page}/{pages}" in embed(message)["footer"]["text"]
    assert buttons(message)["Next"]["disabled"] is True and buttons(message)["Previous"].get("disabled") is False
    back = await harness.click(buttons(message)["Previous"]["custom_id"], message=message)
    await harness.emu.wait_for_response(back)
    assert f"Page {pages - 1}/{pages}" in embed(message)["footer"]["text"]


async def test_quotes_button_shows_the_verbatim_quotes_of_the_page_privately(harness: Harness, engine: Engine
                                                                             ) -> None:
    _, message = await harness.answer("who", {"name": "James Dong"})
    # anyone may read the quotes: the server owner clicks alice's button
    click = await harness.click(buttons(message)["Quotes"]["custom_id"], message=message,
                                user=harness.emu.world.owner)
    response = await harness.emu.wait_for_response(click)
    assert response.type == 4 and response.ephemeral
    quotes = response.embeds[0]["description"].replace("\\", "")
    from bot.discord.render import render_answer

    page_one = render_answer(engine.who("James Dong")).pages[0].fact_ids  # what page 1 cites
    assert page_one
    for fact_id in page_one:  # every quote behind the page, verbatim
        assert engine.base.facts[fact_id].source.quote[:200] in quotes
    assert quotes.count("[Arab News, 10 Jul 2025](https://www.arabnews.pk/node/2607625)") == 1  # the article once


async def test_ambiguous_name_offers_a_select_and_the_choice_answers(harness: Harness) -> None:
    _, message = await harness.answer("who", {"name": "Sharif"})
    assert embed(message)["title"] == "Which one do you mean?"
    select = buttons(message)["Choose one…"]
    labels = {o["label"]: o["value"] for o in select["options"]}
    assert {"Shehbaz Sharif", "Nawaz Sharif"} <= set(labels)

    stranger = await harness.click(select["custom_id"], values=[labels["Nawaz Sharif"]], message=message,
                                   user=harness.emu.world.owner)
    assert "Only the person who asked" in (await harness.emu.wait_for_response(stranger)).content

    pick = await harness.click(select["custom_id"], values=[labels["Shehbaz Sharif"]], message=message,
                               user=harness.emu.world.alice)
    assert (await harness.emu.wait_for_response(pick)).type == 7
    assert embed(message)["title"] == "Shehbaz Sharif"
    assert "Quotes" in buttons(message)


async def test_compare_ambiguity_on_the_second_side_keeps_the_first(harness: Harness) -> None:
    _, message = await harness.answer("compare", {"a": "James Dong", "b": "Sharif"})
    select = buttons(message)["Choose one…"]
    value = next(o["value"] for o in select["options"] if o["label"] == "Nawaz Sharif")
    pick = await harness.click(select["custom_id"], values=[value], message=message)
    await harness.emu.wait_for_response(pick)
    assert embed(message)["title"] == "James Dong vs Nawaz Sharif"


async def test_not_found_is_private_says_what_is_covered_and_suggestions_stay_private(harness: Harness) -> None:
    _, message = await harness.answer("who", {"name": "Jack Ma 2025"})
    assert message.ephemeral and embed(message)["title"] == "Not in the sources"
    assert "news articles (2017 and 2025)" in embed(message)["description"]
    suggestion = buttons(message)
    assert all(label and len(label) <= 40 for label in suggestion) and rows(message) <= 2
    button = next(c for k, c in suggestion.items() if k and k.startswith("Jack Ma"))
    click = await harness.click(button["custom_id"], message=message)
    assert (await harness.emu.wait_for_response(click)).type == 7  # the private message becomes the answer
    assert embed(message)["title"] == "Jack Ma" and message.ephemeral
    assert [m for m in harness.emu.recorder.messages if not m.ephemeral and m.interaction_id == click.id] == []


@pytest.mark.parametrize(
    ("command", "focused", "typed", "expected"),
    [
        ("who", "name", "Ja", "James Dong"),
        ("policy", "topic", "budg", "Pakistan's federal budget 2025"),
        ("compare", "a", "20", "2025"),
        ("compare", "b", "x" * 100, None),
    ],
)
async def test_autocomplete_offers_at_most_25_short_choices(harness: Harness, command: str, focused: str,
                                                            typed: str, expected: str | None) -> None:
    st = await harness.emu.inject_autocomplete(command, focused, {focused: typed})
    response = await harness.emu.wait_for_response(st)
    assert response.type == 8
    names = [c["name"] for c in response.choices]
    assert len(names) <= 25 and all(0 < len(n) <= 100 for n in names)
    assert all(len(c["value"]) <= 100 for c in response.choices)
    if expected is not None:
        assert expected in names


@pytest.mark.parametrize("where", ["guild", "dm", "group_dm"])
@pytest.mark.parametrize(
    ("command", "options", "title"),
    [
        ("policy", {"topic": "budget 2025"}, "Pakistan's federal budget 2025"),
        ("compare", {"a": "2017", "b": "2025"}, "2017 vs 2025"),
        ("ask", {"question": "What did Shehbaz Sharif direct?"}, "What did Shehbaz Sharif direct?"),
        ("sources", None, "Sources"),
        ("help", None, "factdesk — Alibaba Group and E-commerce, 2017 and 2025"),
        ("browse", None, "What the sources cover"),
    ],
)
async def test_every_command_answers_in_every_context(harness: Harness, where: str, command: str,
                                                      options: dict[str, str] | None, title: str) -> None:
    world = harness.emu.world
    channel = {"guild": world.general, "dm": world.dm_channel(world.alice), "group_dm": world.group_dm}[where]
    _, message = await harness.answer(command, options, channel=channel)
    assert embed(message)["title"] == title


async def test_user_text_pings_nobody_and_breaks_no_formatting(harness: Harness) -> None:
    question = "@everyone **Alibaba** ||spoiler|| ```fence``` <@123456789012345678> @here"
    _, message = await harness.answer("ask", {"question": question})
    shown = f"{embed(message)['title']}\n{embed(message)['description']}"
    assert "@everyone" not in shown and "@here" not in shown and "<@123456789012345678>" not in shown
    assert "**Alibaba**" not in shown and "||spoiler||" not in shown
    assert message.allowed_mentions == {"parse": []}


async def test_blank_input_gets_a_short_private_hint(harness: Harness) -> None:
    _, message = await harness.answer("policy", {"topic": "\u200b\u200f \u2066"})
    assert message.ephemeral and "Type something to look up" in embed(message)["description"]


async def test_help_lists_every_command_as_a_clickable_mention(harness: Harness) -> None:
    _, message = await harness.answer("help")
    text = embed(message)["description"] + "".join(f["value"] for f in embed(message).get("fields", []))
    ids = {c["name"]: c["id"] for c in harness.emu.global_commands}
    for name in ("who", "policy", "compare", "ask", "browse", "sources"):
        assert f"</{name}:{ids[name]}>" in text
    assert f"</digest set:{ids['digest']}>" in text and "2017 and 2025" in text


async def test_browse_and_an_empty_who_list_people_and_the_select_opens_one(harness: Harness) -> None:
    _, message = await harness.answer("who")
    assert embed(message)["title"] == "People" and rows(message) == 1
    select = buttons(message)["Open one…"]
    value = next(o["value"] for o in select["options"] if o["label"] == "James Dong")
    pick = await harness.click(select["custom_id"], values=[value], message=message)
    await harness.emu.wait_for_response(pick)
    assert embed(message)["title"] == "James Dong"
    _, everything = await harness.answer("browse", {"kind": "years"})
    assert [o["label"] for o in buttons(everything)["Open one…"]["options"]][:1] == ["2017"]


async def test_compare_uses_inline_fields_side_by_side(harness: Harness) -> None:
    _, message = await harness.answer("compare", {"a": "2017", "b": "2025"})
    fields = embed(message)["fields"]
    assert [f["name"] for f in fields if f.get("inline")][:2] == ["2017", "2025"]
    assert rows(message) == 1 and len([c for c in buttons(message).values() if c.get("url")]) <= 1


async def test_no_reply_has_more_than_two_rows_of_components(harness: Harness) -> None:
    for command, options in [("who", {"name": "James Dong"}), ("who", {"name": "Sharif"}),
                             ("who", {"name": "Jack Ma 2025"}), ("policy", {"topic": "budget 2025"}),
                             ("compare", {"a": "2017", "b": "2025"}), ("ask", {"question": "hi"}),
                             ("browse", None), ("sources", None), ("help", None)]:
        await harness.answer(command, options)
    assert harness.emu.recorder.messages
    assert all(rows(m) <= 2 for m in harness.emu.recorder.messages)


async def test_page_one_of_answers_reads_at_a_glance(harness: Harness) -> None:
    """Page 1 of /who, /policy, /ask: ≤ 1,500 characters (link targets not counted), each source once."""
    from bot.discord.render import visible_length

    for command, options in [("who", {"name": "James Dong"}), ("who", {"name": "Shehbaz Sharif"}),
                             ("policy", {"topic": "budget 2025"}), ("policy", {"topic": "e-commerce"}),
                             ("ask", {"question": "How many Pakistanis sell on Alibaba?"}),
                             ("ask", {"question": "What did Ishaq Dar say?"})]:
        _, message = await harness.answer(command, options)
        page = embed(message)
        shown = [page["title"], page["description"], *(f["name"] + f["value"] for f in page.get("fields", []))]
        assert sum(visible_length(x) for x in shown) <= 1500, (command, options)
        sources = next(f["value"] for f in page["fields"] if f["name"] == "Sources")
        labels = re.findall(r"\[\d+\] \[([^\]]+)\]", sources)
        assert labels and len(labels) == len(set(re.findall(r"\[(\d+)\] \[", sources)))
        assert "↳" not in page["description"] and "](http" not in page["description"]


async def test_a_button_works_after_the_bot_restarts(discord_emulator: Any, engine: Engine, tmp_path: Any) -> None:
    emu = discord_emulator
    bot, task = await start_factdesk(emu, engine, tmp_path)
    await sync_commands(bot)
    st = await emu.inject_slash("who", {"name": "James Dong"})
    message = await emu.wait_for_message(lambda m: m.source == "interaction", interaction=st)
    await stop_factdesk(bot, task)

    bot, task = await start_factdesk(emu, engine, tmp_path)  # a new process: no view in memory
    try:
        click = await emu.inject_component(buttons(message)["Next"]["custom_id"], message=message)
        assert (await emu.wait_for_response(click)).type == 7
        assert "Page 2/" in embed(message)["footer"]["text"]
        quotes = await emu.inject_component(buttons(message)["Quotes"]["custom_id"], message=message)
        assert (await emu.wait_for_response(quotes)).ephemeral
        stranger = await emu.inject_component(buttons(message)["Previous"]["custom_id"], message=message,
                                              user=emu.world.owner)
        assert "Only the person who asked" in (await emu.wait_for_response(stranger)).content
    finally:
        await stop_factdesk(bot, task)
    assert emu.recorder.rejected == [] and emu.recorder.deprecated == []


def _slow_who(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Make /who wait until the returned event is set, and defer almost at once, so the deferred
    path is taken without any test sleeping. Only this test's engine method changes: discord.py and
    the bot are untouched, and monkeypatch puts the method back."""
    release = threading.Event()
    who = harness.bot.engine.who

    def slow_who(text: str) -> Answer:
        assert release.wait(10)
        return who(text)

    monkeypatch.setattr(harness.bot.engine, "who", slow_who)
    harness.bot.defer_after = 0.01
    return release


async def test_a_failure_after_a_deferral_edits_the_original_into_the_apology(
        harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every defer ends in PATCH @original, the error path too; the harness fails any test where a
    follow-up finished a deferral (Discord's deprecated compatibility path)."""
    release = threading.Event()

    def slow_and_broken(text: str) -> Answer:
        assert release.wait(10)
        raise RuntimeError("the engine exploded")

    monkeypatch.setattr(harness.bot.engine, "who", slow_and_broken)
    harness.bot.defer_after = 0.01
    st = await harness.slash("who", {"name": "James Dong"})
    deferred = await harness.emu.wait_for_response(st)
    assert deferred.type == 5
    release.set()
    message = await harness.emu.wait_for(
        lambda: (m := harness.emu.recorder.message(deferred.message_id)) and m.edits and m, 5, "the edit")
    assert "Sorry, something went wrong" in message.content and st.followup_ids == []
    assert harness.emu.recorder.deprecated == []


async def test_a_slow_answer_is_deferred_then_sent_once(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    release = _slow_who(harness, monkeypatch)
    st = await harness.slash("who", {"name": "James Dong"})
    deferred = await harness.emu.wait_for_response(st)
    assert deferred.type == 5 and deferred.ephemeral
    release.set()
    answer = await harness.emu.wait_for_message(lambda m: m.source == "followup", interaction=st)
    assert embed(answer)["title"] == "James Dong" and not answer.ephemeral
    await harness.emu.wait_for(lambda: (m := harness.emu.recorder.message(deferred.message_id)) and m.deleted, 5,
                               "the private placeholder to be deleted")
    assert len(harness.emu.recorder.responses_for(st.id)) == 1


async def test_a_slow_not_found_stays_private(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    release = _slow_who(harness, monkeypatch)
    st = await harness.slash("who", {"name": "Jack Ma 2025"})
    deferred = await harness.emu.wait_for_response(st)
    release.set()
    message = await harness.emu.wait_for(
        lambda: (m := harness.emu.recorder.message(deferred.message_id)) and m.edits and m, 5, "the edit")
    assert message.ephemeral and embed(message)["title"] == "Not in the sources"
    assert st.followup_ids == []


async def test_an_exception_gets_an_apology_with_the_error_id_in_the_log(
        harness: Harness, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> Answer:
        raise RuntimeError("the engine exploded")

    monkeypatch.setattr(harness.bot.engine, "who", broken)
    with caplog.at_level(logging.ERROR, logger="factdesk.errors"):
        st = await harness.slash("who", {"name": "James Dong"})
        response = await harness.emu.wait_for_response(st)
    assert response.ephemeral
    assert_apology(response.content, caplog, "the engine exploded")


async def test_reload_is_for_owners_only_by_user_id(harness: Harness) -> None:
    harness.bot.engine = Engine.load(data_root())  # a private engine: reloading must not touch the shared one
    world = harness.emu.world
    refused = await harness.slash("admin reload", user=world.alice)
    assert "only for the bot's owners" in (await harness.emu.wait_for_response(refused)).content
    # OWNER_IDS is empty, so the application's owner (as GET /oauth2/applications/@me reports it) may reload
    allowed = await harness.slash("admin reload", user=world.owner)
    response = await harness.emu.wait_for_response(allowed)
    assert response.ephemeral and "Reloaded:" in response.embeds[0]["description"]


async def test_owner_ids_decide_who_may_reload(discord_emulator: Any, tmp_path: Any) -> None:
    emu = discord_emulator
    world = emu.world
    bot, task = await start_factdesk(emu, Engine.load(data_root()), tmp_path, owner_ids=frozenset({world.alice.id}))
    try:
        await sync_commands(bot)
        by_alice = await emu.inject_slash("admin reload", user=world.alice)
        assert "Reloaded:" in (await emu.wait_for_response(by_alice)).data["embeds"][0]["description"]
        by_app_owner = await emu.inject_slash("admin reload", user=world.owner)  # not in OWNER_IDS: refused
        assert "only for the bot's owners" in (await emu.wait_for_response(by_app_owner)).content
    finally:
        await stop_factdesk(bot, task)
