"""Verify end to end: the real bot, right-click → Apps → "Verify against sources", and /verify."""

from __future__ import annotations

from typing import Any

from tests.discord_emulator.recorder import MessageRecord

from .conftest import Harness

CLAIM = ("Ishaq Dar said mobile broadband reached 60 million people and that e-commerce would pass "
         "$1 billion by 2030")


def _buttons(message: MessageRecord) -> dict[str, dict[str, Any]]:
    return {c.get("label"): c for row in message.components for c in row["components"]}


async def test_message_command_checks_a_message_privately_and_share_posts_it(harness: Harness) -> None:
    emu = harness.emu
    menu = {c["name"]: c for c in emu.global_commands}["Verify against sources"]
    assert menu["type"] == 3 and sorted(menu["contexts"]) == [0, 1, 2]
    assert sorted(menu["integration_types"]) == [0, 1]  # servers, DMs and user installs

    posted = await emu.inject_message(CLAIM, author=emu.world.alice)  # alice writes it in #general
    st = await emu.inject_context_menu("Verify against sources", target=posted, user=emu.world.owner)
    reply = await emu.wait_for_message(lambda m: m.source == "interaction", interaction=st)
    assert reply.ephemeral  # only the person who asked sees it
    embed = reply.embeds[0]
    text = embed["description"]
    assert text.startswith("> Ishaq Dar said mobile broadband")  # the message, quoted briefly
    lines = [b for b in text.split("\n\n") if b.startswith(("✅", "❌", "➖"))]
    assert len(lines) == 2 and all(b.startswith("❌") for b in lines)
    number, year = lines
    assert "nearly 26 million" in number and "not 60 million" in number
    assert "“there was exponential growth in mobile broadband access to nearly 26 million people”" in number
    assert "2020, not 2030" in year and "“is projected to surpass $1 billion in 2020”" in year
    assert "The Nation" in embed["fields"][0]["value"]

    # someone else cannot share it; the asker can, and it appears in the channel for everyone
    share = _buttons(reply)["Share"]["custom_id"]
    other = await harness.click(share, message=reply, user=emu.world.alice)
    refused = await emu.wait_for_message(lambda m: m.source == "interaction", interaction=other)
    assert refused.ephemeral
    before = len(emu.recorder.messages)
    click = await harness.click(share, message=reply, user=emu.world.owner)
    public = await emu.wait_for_message(lambda m: not m.ephemeral, interaction=click, skip=before)
    assert not public.ephemeral
    assert public.embeds[0]["description"] == text
    shared = await emu.wait_for(lambda: "Shared" in _buttons(reply) or None, 5.0, "the Share button marked")
    assert shared and _buttons(reply)["Shared"]["disabled"] is True


async def test_slash_verify_in_a_dm_and_no_claim_is_one_line(harness: Harness) -> None:
    emu = harness.emu
    dm = emu.world.dm_channel(emu.world.alice)
    st = await harness.slash("verify", {"text": "<@99> **taobao** has like 90% of the consumer-to-consumer market lol"},
                             channel=dm)
    reply = await emu.wait_for_message(lambda m: m.source == "interaction", interaction=st)
    assert reply.ephemeral
    assert "✅" in reply.embeds[0]["description"] and "more than 90 percent" in reply.embeds[0]["description"]

    st = await harness.slash("verify", {"text": "lol nice"})
    nothing = await emu.wait_for_message(lambda m: m.source == "interaction", interaction=st)
    body = nothing.embeds[0]["description"].split("\n\n")
    assert len(body) == 2 and "no statement" in body[1]
    assert not nothing.components  # nothing to share
