"""The HTML approximation used for screenshots shows what the payload says, escaped."""

from __future__ import annotations

from .snapshot import markdown, message_html, page


def test_markdown_links_bold_code_and_escapes() -> None:
    html = markdown("**Roles**\n• A \\*star\\* [Arab News, 10 Jul 2025](https://www.arabnews.pk/node/1) `x` <b>")
    assert "<b>Roles</b>" in html and '<a href="https://www.arabnews.pk/node/1">Arab News, 10 Jul 2025</a>' in html
    assert "*star*" in html and "<code>x</code>" in html and "&lt;b&gt;" in html


def test_two_inline_fields_share_a_row_and_buttons_are_drawn() -> None:
    message = {"flags": 64, "embeds": [{"title": "2017 vs 2025", "color": 0x5865F2, "fields": [
        {"name": "Aspect", "value": "\u200b", "inline": False},
        {"name": "2017", "value": "• a", "inline": True}, {"name": "2025", "value": "• b", "inline": True}]}],
        "components": [{"type": 1, "components": [{"type": 2, "style": 2, "label": "Next", "custom_id": "x"}]}]}
    html = message_html(message, asked="/compare 2017 2025")
    assert html.count("grid-column:span 6") == 2 and html.count("grid-column:span 12") == 1
    assert "Next" in html and "Only you can see this" in html
    assert page([("", message)], 400).startswith("<!doctype html>")
