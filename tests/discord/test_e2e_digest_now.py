"""`/digest now` defers (posting may outlast 3 s) and must finish by editing its original response."""

from __future__ import annotations

from .conftest import Harness


async def test_digest_now_finishes_its_deferral_by_editing_the_original(harness: Harness) -> None:
    emu = harness.emu
    world = emu.world
    st = await harness.slash("digest set", {"channel": world.facts, "time": "09:00", "timezone": "Asia/Karachi"},
                             user=world.owner)
    await emu.wait_for_message(lambda m: bool(m.content), interaction=st)
    now = await harness.slash("digest now", user=world.owner)
    deferred = await emu.wait_for_response(now)
    assert deferred.type == 5
    message = await emu.wait_for(
        lambda: (m := emu.recorder.message(deferred.message_id)) and m.content and m, 10, "the edited original")
    assert message.ephemeral and "digest" in message.content.lower()
    assert now.followup_ids == [] and emu.recorder.deprecated == []
    posted = [m for m in emu.recorder.messages if m.channel_id == int(world.facts["id"]) and m.embeds]
    assert len(posted) == 1
