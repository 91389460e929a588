"""Recorded message payloads → HTML that approximates how Discord draws them (dark theme).

Used to look at replies the way users see them (README screenshots, layout reviews) without a
Discord client: embeds with their colour bar, title, description markdown, inline and full-width
fields, footer; action rows of buttons and selects. An approximation, not a pixel copy: enough to
judge length, density and how many rows of buttons a phone stacks.
"""

from __future__ import annotations

import html
import re
from typing import Any

CSS = """
body { background:#313338; color:#dbdee1; font:15px/1.375 "gg sans","Noto Sans",Helvetica,Arial,sans-serif;
       margin:0; padding:16px; }
.msg { display:flex; gap:14px; margin-bottom:22px; }
.avatar { width:40px; height:40px; border-radius:50%; background:#5865f2; flex:none; color:#fff;
          display:flex; align-items:center; justify-content:center; font-weight:700; }
.body { min-width:0; flex:1; }
.who { font-weight:600; color:#f2f3f5; } .tag { background:#5865f2; color:#fff; font-size:10px; padding:1px 4px;
       border-radius:3px; margin-left:4px; vertical-align:middle; } .when { color:#949ba4; font-size:12px; margin-left:6px; }
.private { color:#949ba4; font-size:12px; margin-top:4px; }
.user { color:#dbdee1; margin:2px 0 6px; }
.embed { background:#2b2d31; border-left:4px solid #5865f2; border-radius:4px; padding:8px 16px 16px 12px;
         max-width:516px; margin-top:4px; box-sizing:border-box; }
.title { font-weight:600; color:#f2f3f5; margin-top:8px; }
.desc { margin-top:8px; white-space:pre-wrap; font-size:14px; }
.fields { display:grid; grid-template-columns:repeat(12,1fr); gap:8px; margin-top:8px; }
.field { font-size:14px; white-space:pre-wrap; min-width:0; } .fname { font-weight:600; color:#f2f3f5; margin-bottom:2px; }
.footer { color:#949ba4; font-size:12px; margin-top:8px; }
a { color:#00a8fc; text-decoration:none; }
code { background:#1e1f22; padding:0 3px; border-radius:3px; font-size:13px; }
blockquote { border-left:4px solid #4e5058; margin:0; padding-left:8px; }
.row { display:flex; flex-wrap:wrap; gap:8px; margin-top:8px; }
.btn { padding:2px 16px; min-height:32px; border-radius:3px; color:#fff; font-size:14px; font-weight:500;
       display:flex; align-items:center; gap:4px; background:#4e5058; box-sizing:border-box; }
.btn.s1 { background:#5865f2; } .btn.s3 { background:#248046; } .btn.s4 { background:#da373c; }
.btn.off { opacity:.5; } .select { background:#1e1f22; border-radius:4px; padding:8px; min-width:240px;
       max-width:400px; flex:1; color:#949ba4; font-size:14px; }
.mention { background:rgba(88,101,242,.3); color:#c9cdfb; border-radius:3px; padding:0 2px; }
"""


def markdown(text: str) -> str:
    """The subset of Discord markdown our replies use, escaped first."""
    out = html.escape(text, quote=False)
    out = re.sub(r"&lt;/([\w -]+):\d+&gt;", r'<span class="mention">/\1</span>', out)
    out = re.sub(r"`([^`]+)`", r"<code>\1</code>", out)
    out = re.sub(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", r'<a href="\2">\1</a>', out)
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    out = re.sub(r"(?<![\w*\\])\*(?!\s)(.+?)(?<!\s)\*(?!\w)", r"<i>\1</i>", out)
    out = re.sub(r"^&gt; (.*)$", r"<blockquote>\1</blockquote>", out, flags=re.M)
    return re.sub(r"\\([\\*_`~|&gt;#\-.\[\]()])", r"\1", out)


def _fields(fields: list[dict[str, Any]]) -> str:
    parts = []
    run: list[dict[str, Any]] = []

    def flush() -> None:
        span = 12 // max(1, len(run))
        for f in run:
            parts.append(_field(f, span))
        run.clear()

    for f in fields:
        if f.get("inline"):
            run.append(f)
            if len(run) == 3:
                flush()
        else:
            flush()
            parts.append(_field(f, 12))
    flush()
    return f'<div class="fields">{"".join(parts)}</div>' if parts else ""


def _field(f: dict[str, Any], span: int) -> str:
    value = "" if f.get("value") == "\u200b" else markdown(f.get("value", ""))
    return (f'<div class="field" style="grid-column:span {span}"><div class="fname">{markdown(f.get("name", ""))}'
            f"</div>{value}</div>")


def embed_html(embed: dict[str, Any]) -> str:
    colour = embed.get("color")
    bar = f"#{colour:06x}" if isinstance(colour, int) else "#1e1f22"
    parts = [f'<div class="embed" style="border-left-color:{bar}">']
    if embed.get("title"):
        parts.append(f'<div class="title">{markdown(embed["title"])}</div>')
    if embed.get("description"):
        parts.append(f'<div class="desc">{markdown(embed["description"])}</div>')
    parts.append(_fields(embed.get("fields") or []))
    if (embed.get("footer") or {}).get("text"):
        parts.append(f'<div class="footer">{html.escape(embed["footer"]["text"])}</div>')
    parts.append("</div>")
    return "".join(parts)


def components_html(rows: list[dict[str, Any]]) -> str:
    out = []
    for row in rows:
        items = []
        for c in row.get("components", []):
            if c.get("type") == 2:
                style = c.get("style", 2)
                emoji = (c.get("emoji") or {}).get("name", "")
                label = html.escape(c.get("label") or "")
                link = " ↗" if style == 5 else ""
                off = " off" if c.get("disabled") else ""
                items.append(f'<div class="btn s{style}{off}">{emoji} {label}{link}</div>')
            elif c.get("type") == 3:
                items.append(f'<div class="select">{html.escape(c.get("placeholder") or "Select…")} ▾</div>')
        out.append(f'<div class="row">{"".join(items)}</div>')
    return "".join(out)


def message_html(message: dict[str, Any], *, asked: str = "", author: str = "factdesk") -> str:
    """One bot message (as Discord returns it), optionally under the user's line that asked for it."""
    user = f'<div class="user"><span class="who">alice</span> {markdown(asked)}</div>' if asked else ""
    embeds = "".join(embed_html(e) for e in message.get("embeds") or [])
    content = f'<div class="desc">{markdown(message["content"])}</div>' if message.get("content") else ""
    private = '<div class="private">👁 Only you can see this</div>' if (message.get("flags") or 0) & 64 else ""
    return (f'{user}<div class="msg"><div class="avatar">fd</div><div class="body"><span class="who">{author}'
            f'</span><span class="tag">APP</span><span class="when">Today at 09:00</span>{content}{embeds}'
            f'{components_html(message.get("components") or [])}{private}</div></div>')


def page(messages: list[tuple[str, dict[str, Any]]], width: int) -> str:
    body = "".join(message_html(m, asked=asked) for asked, m in messages)
    return (f'<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width={width}">'
            f"<style>{CSS}</style></head><body>{body}<script>document.body.setAttribute('data-height', "
            "Math.ceil(document.body.getBoundingClientRect().height) + 64)</script></body></html>")
