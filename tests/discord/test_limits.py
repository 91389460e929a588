"""The one module that owns Discord's limits: cutting helpers keep their promises, checks catch breaches."""

from __future__ import annotations

import discord
from hypothesis import given
from hypothesis import strategies as st

from bot.discord import limits


@given(st.text(), st.integers(min_value=1, max_value=5000))
def test_truncate_never_exceeds_the_limit_and_keeps_short_text(text: str, limit: int) -> None:
    out = limits.truncate(text, limit)
    assert len(out) <= limit
    if len(text) <= limit:
        assert out == text
    else:
        assert out.endswith(limits.ELLIPSIS) or limit <= len(limits.ELLIPSIS)


@given(st.lists(st.text(min_size=1, max_size=3000), max_size=30), st.integers(min_value=20, max_value=4096))
def test_paginate_fits_every_page_and_loses_no_characters(blocks: list[str], limit: int) -> None:
    pages = limits.paginate(blocks, limit)
    assert all(0 < len(p) <= limit for p in pages)
    # Cuts happen only at whitespace (or inside an over-long word): no visible character is lost or moved.
    assert "".join("".join(pages).split()) == "".join("".join(blocks).split())


def test_paginate_keeps_blocks_whole_when_they_fit() -> None:
    blocks = ["a" * 60, "b" * 60, "c" * 60]
    assert limits.paginate(blocks, 130) == ["a" * 60 + "\n" + "b" * 60, "c" * 60]


def test_escape_defuses_mentions_and_markdown() -> None:
    out = limits.escape("@everyone **bold** ||spoiler|| ```code``` <@123456789012345678>\n# heading\n1. item")
    assert "@everyone" not in out and "@\u200beveryone" in out
    assert "<@123456789012345678>" not in out
    assert "\\*\\*bold\\*\\*" in out and "\\|\\|spoiler\\|\\|" in out and "\\`\\`\\`code" in out
    assert "\n\\# heading" in out and "\n1\\. item" in out


def test_clean_user_text_drops_invisible_and_control_characters() -> None:
    raw = "\u202eJames\u200b Dong\x00\x07\n\tin 2025\ufeff"
    assert limits.clean_user_text(raw) == "James Dong in 2025"
    assert limits.clean_user_text("  \u200b\u200f ") == ""
    assert limits.clean_user_text("عمران خان 伊姆兰汗 🎉") == "عمران خان 伊姆兰汗 🎉"


def test_check_embed_reports_each_breach() -> None:
    embed = discord.Embed(title="t" * 257, description="d" * 4097)
    for i in range(26):
        embed.add_field(name="n" * 257 if i == 0 else "n", value="v" * 1025 if i == 1 else "v")
    embed.set_footer(text="f" * 2049)
    problems = " ".join(limits.check_embed(embed))
    for expected in ("title 257", "description 4097", "26 fields", "field 0 name", "field 1 value", "footer 2049",
                     "total"):
        assert expected in problems


def test_check_message_counts_the_total_across_embeds_and_the_content() -> None:
    embeds = [discord.Embed(description="x" * 4000), discord.Embed(description="y" * 2001)]
    assert any("embeds total 6001" in p for p in limits.check_message("c" * 2001, embeds))
    assert any("content 2001" in p for p in limits.check_message("c" * 2001, embeds))
    assert limits.check_message("ok", [discord.Embed(description="x" * 4000)]) == []
    assert any("11 embeds" in p for p in limits.check_message(None, [discord.Embed(title="a")] * 11))
