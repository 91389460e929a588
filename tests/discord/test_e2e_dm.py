"""Plain-text DMs end to end: routing, ignoring bots, the flood cooldown, and hostile input."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from bot.core.answer import Answer

from .conftest import Harness, assert_apology


def title(message: Any) -> str:
    return message.embeds[0]["title"] if message.embeds else ""


def text_of(message: Any) -> str:
    return "\n".join(f"{e.get('title', '')}\n{e.get('description', '')}" for e in message.embeds) + message.content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("who is James Dong", "James Dong"),
        ("/policy budget 2025", "Pakistan's federal budget 2025"),
        ("compare 2017 and 2025", "2017 vs 2025"),
        ("What did Shehbaz Sharif direct?", "What did Shehbaz Sharif direct?"),
    ],
)
async def test_plain_text_dms_are_routed_and_answered(harness: Harness, text: str, expected: str) -> None:
    reply = await harness.dm(text)
    assert title(reply) == expected
    assert reply.allowed_mentions == {"parse": []}


async def test_dm_answers_have_working_buttons(harness: Harness) -> None:
    reply = await harness.dm("who is Sharif")
    select = next(c for row in reply.components for c in row["components"] if c["type"] == 3)
    value = next(o["value"] for o in select["options"] if o["label"] == "Shehbaz Sharif")
    click = await harness.click(select["custom_id"], values=[value], message=reply, user=harness.emu.world.alice)
    assert (await harness.emu.wait_for_response(click)).type == 7
    assert title(reply) == "Shehbaz Sharif"


async def test_bots_are_ignored_including_itself(harness: Harness) -> None:
    emu = harness.emu
    other_bot = emu.world.add_user("otherbot", bot=True)
    dm_other = emu.world.dm_channel(other_bot)
    await emu.inject_message("who is James Dong", channel=dm_other, author=other_bot)
    first = await harness.dm("who is Jack Ma")  # a human after the bot: a barrier, answered in order
    assert title(first) == "Jack Ma"
    # The emulator echoes the bot's own replies back as MESSAGE_CREATE (like Discord); none got an answer,
    # and the other bot got nothing: only the human's one question was answered.
    assert harness.bot_messages(dm_other) == []
    alice_dm = emu.world.dm_channel(emu.world.alice)
    second = await harness.dm("who is James Dong")
    assert title(second) == "James Dong"
    assert [title(m) for m in harness.bot_messages(alice_dm)] == ["Jack Ma", "James Dong"]


async def test_a_flood_gets_exactly_one_polite_note(harness: Harness) -> None:
    emu = harness.emu
    alice, bob = emu.world.alice, emu.world.bob
    alice_dm = emu.world.dm_channel(alice)
    for i in range(9):
        await emu.inject_message(f"who is James Dong {i}", channel=alice_dm, author=alice)

    def settled() -> bool:
        sent = harness.bot_messages(alice_dm)
        return len(sent) >= 6

    await emu.wait_for(settled, 10, "five answers and a note")
    assert title(await harness.dm("who is Jack Ma", user=bob)) == "Jack Ma"  # barrier: bob is not limited
    sent = harness.bot_messages(alice_dm)
    notes = [m for m in sent if title(m) == "One moment"]
    assert len(notes) == 1 and len(sent) == 6
    assert "faster than I can answer" in text_of(notes[0]) and "error" not in text_of(notes[0]).lower()


HOSTILE = [
    ("\u200b\u200f\u2066", "Hi — I'm factdesk"),
    ("x" * 10_000, "Too long"),
    ("\x00\x07\x1b[31mwho is James Dong\x7f", "James Dong"),
    ("\u202ewho is James Dong\u202c", "James Dong"),
    ("🎉🎉🎉 🙂", None),
    ("عمران خان کون ہے؟", None),
    ("伊姆兰·汗是谁？", None),
    ("@everyone <@123456789012345678> who is <@&123456789012345678>", None),
    ("```py\nimport os\n```", None),
    ("||who is|| **James** __Dong__", None),
]


@pytest.mark.parametrize(("text", "expected"), HOSTILE, ids=[f"hostile{i}" for i in range(len(HOSTILE))])
async def test_hostile_input_gets_a_clear_short_reply(harness: Harness, text: str, expected: str | None,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR):
        reply = await harness.dm(text)
    shown = text_of(reply)
    assert reply.embeds and "Sorry, something went wrong" not in shown
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    if expected is not None:
        assert title(reply) == expected
    for ping in ("@everyone", "<@123456789012345678>", "<@&123456789012345678>"):
        assert ping not in shown
    assert len(shown) < 6000


async def test_an_exception_in_a_dm_gets_an_apology_with_an_error_id(
        harness: Harness, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> Answer:
        raise ValueError("routing exploded")

    monkeypatch.setattr(harness.bot.engine, "route", broken)
    with caplog.at_level(logging.ERROR, logger="factdesk.errors"):
        reply = await harness.dm("who is James Dong")
    assert_apology(text_of(reply), caplog, "routing exploded")


@pytest.mark.parametrize("text", ["hi", "Hello!", "thanks", "thank you", "help", "hey factdesk"])
async def test_greetings_thanks_and_help_get_the_introduction(harness: Harness, text: str) -> None:
    reply = await harness.dm(text)
    assert title(reply) == "Hi — I'm factdesk" and reply.components == []
    shown = text_of(reply)
    assert "news articles (2017 and 2025)" in shown and "Not in the sources" not in shown
    assert shown.count("`") >= 6  # three or more examples to copy


async def test_list_all_people_browses_the_index(harness: Harness) -> None:
    reply = await harness.dm("list all people")
    assert title(reply) == "People"
    assert any(c["type"] == 3 for row in reply.components for c in row["components"])


async def test_a_mention_in_a_channel_is_answered_as_a_reply(harness: Harness) -> None:
    emu = harness.emu
    channel = emu.world.general
    assert harness.bot.user is not None  # set once the gateway said READY, which the harness waits for
    bot_id = harness.bot.user.id
    before = len(harness.bot_messages(channel))
    await emu.inject_message(f"<@{bot_id}> who is James Dong?", channel=channel, author=emu.world.alice)
    reply = await harness.next_message(channel, before, "the reply")
    assert title(reply) == "James Dong"
    assert reply.body.get("message_reference") and reply.allowed_mentions == {"parse": [], "replied_user": False}
    assert len(reply.components) <= 2


async def test_channel_messages_without_a_mention_are_ignored(harness: Harness) -> None:
    emu = harness.emu
    channel = emu.world.general
    await emu.inject_message("who is James Dong?", channel=channel, author=emu.world.alice)
    assert title(await harness.dm("who is Jack Ma")) == "Jack Ma"  # a barrier: later messages were handled
    assert harness.bot_messages(channel) == []
