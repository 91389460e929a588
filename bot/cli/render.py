"""Answers as terminal text: the answer with [n] markers, then each source with its quote."""

from __future__ import annotations

import json

from ..core.answer import Answer
from ..site.links import fact_url


def render_text(answer: Answer, *, quotes: bool = True, site_base_url: str | None = None) -> str:
    """Readable text where every cited line is followed by its numbered source; with SITE_BASE_URL
    the link is the fact's page in the fact browser rather than the publisher's."""
    out = [answer.text()]
    base = answer.base
    facts = answer.facts() if base else []
    if base and facts:
        out.append("")
        out.append("Sources:")
        for n, fact in enumerate(facts, start=1):
            art = base.articles[fact.source.article]
            out.append(f"[{n}] {art.publisher}, {art.published.day} {art.published:%b %Y} — {art.title} <{fact_url(site_base_url, fact.id) if site_base_url else art.link}>")
            if quotes:
                out.append(f"    “{fact.source.quote}”")
    return "\n".join(out)


def render_json(answer: Answer) -> str:
    return json.dumps(answer.to_json(), ensure_ascii=False)
