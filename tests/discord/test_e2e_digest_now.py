"""`/digest now` defers (posting may outlast 3 s) and must finish by editing its original response."""

from __future__ import annotations

from .conftest import Harness


async def _digest_on(harness: Harness, timezone: str) -> None:
    """An admin turns the digest on for the facts channel at 09:00 and sees it confirmed."""
    world = harness.emu.world
    st = await harness.slash("digest set", {"channel": world.facts, "time": "09:00", "timezone": timezone},
                             user=world.owner)
    await harness.emu.wait_for_message(lambda m: bool(m.content), interaction=st)


async def test_digest_now_finishes_its_deferral_by_editing_the_original(harness: Harness) -> None:
    emu = harness.emu
    world = emu.world
    await _digest_on(harness, "Asia/Karachi")
    now = await harness.slash("digest now", user=world.owner)
    deferred = await emu.wait_for_response(now)
    assert deferred.type == 5
    message = await emu.wait_for(
        lambda: (m := emu.recorder.message(deferred.message_id)) and m.content and m, 10, "the edited original")
    assert message.ephemeral and "digest" in message.content.lower()
    assert now.followup_ids == [] and emu.recorder.deprecated == []
    posted = [m for m in emu.recorder.messages if m.channel_id == int(world.facts["id"]) and m.embeds]
    assert len(posted) == 1


async def test_the_digest_post_has_one_more_button_that_answers_privately(harness: Harness) -> None:
    emu = harness.emu
    world = emu.world
    await _digest_on(harness, "UTC")
    await emu.wait_for_response(await harness.slash("digest now", user=world.owner))
    post = await emu.wait_for(lambda: next((m for m in emu.recorder.messages
                                            if m.channel_id == int(world.facts["id"]) and m.embeds), None),
                              10, "the digest post")
    buttons = [c for row in post.components for c in row["components"]]
    assert len(post.components) == 1 and len(buttons) == 1
    more = buttons[0]
    assert more["label"].startswith("More about ") and len(more["label"]) <= 40
    click = await harness.click(more["custom_id"], message=post, user=world.alice)  # not the admin: anyone
    answer = await emu.wait_for_response(click)
    assert answer.type == 4 and answer.ephemeral
    subject = more["label"].removeprefix("More about ").rstrip("…")
    assert answer.embeds[0]["title"].startswith(subject)
