"""Answers as terminal text: the answer with [n] markers, then each source with its quote."""

from __future__ import annotations

import json

from ..core.answer import Answer


def render_text(answer: Answer, *, quotes: bool = True) -> str:
    """Readable text where every cited line is followed by its numbered source."""
    out = [answer.text()]
    facts = answer.facts() if answer.base else []
    if facts:
        out.append("")
        out.append("Sources:")
        for n, fact in enumerate(facts, start=1):
            art = answer.base.articles[fact.source.article]  # type: ignore[union-attr]
            out.append(f"[{n}] {art.publisher}, {art.published.day} {art.published:%b %Y} — {art.title} <{art.link}>")
            if quotes:
                out.append(f"    “{fact.source.quote}”")
    return "\n".join(out)


def render_json(answer: Answer) -> str:
    return json.dumps(answer.to_json(), ensure_ascii=False)
