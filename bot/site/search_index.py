"""The search index the browser loads: documents plus an inverted index of folded words.

Words are folded here with the bot's own `tokens()` (case, accents, punctuation), so the browser only
has to fold the query the same simple way and look words up. Typo tolerance lives in the browser,
over the vocabulary (a few thousand to a few tens of thousands of words), never over the documents:
that keeps a keystroke cheap even for a 100,000-fact base.

Format (version 1), compact because the 100k base is large:
    {"v": 1, "stop": [...], "docs": [[kind, label, detail, path], ...], "words": {word: [doc, ...]}}
kind is "e" (entity), "a" (article) or "f" (fact); entity documents come first, so a lower doc
number also breaks ties in favour of names.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..core.model import FactBase
from ..core.text import STOPWORDS, tokens
from . import links

TYPE_LABEL = {"person": "Person", "organisation": "Organisation", "platform": "Platform", "body": "Body",
              "place": "Place", "event": "Event", "policy": "Policy", "topic": "Topic"}


def build_search_index(base: FactBase) -> dict[str, Any]:
    docs: list[list[str]] = []
    words: dict[str, list[int]] = defaultdict(list)

    def add(kind: str, label: str, detail: str, path: str, text: str) -> None:
        n = len(docs)
        docs.append([kind, label, detail, path])
        for word in dict.fromkeys(tokens(text)):
            words[word].append(n)

    for ent in sorted(base.entities.values(), key=lambda e: (e.name.casefold(), e.id)):
        detail = TYPE_LABEL.get(ent.type, ent.type)
        if ent.aliases:
            detail += " · also " + ", ".join(ent.aliases[:4])
        add("e", ent.name, detail, links.entity_path(ent.id), " ".join((ent.name, *ent.aliases)))
    for art in sorted(base.articles.values(), key=lambda a: (a.published, a.id), reverse=True):
        add("a", art.title, f"{art.publisher}, {art.published.day} {art.published:%b %Y}",
            links.article_path(art.id), f"{art.title} {art.publisher}")
    for fact in base.facts.values():
        art = base.articles[fact.source.article]
        add("f", fact.says, f"{art.publisher}, {art.published.day} {art.published:%b %Y}",
            links.fact_path(fact.id), fact.says)
    return {"v": 1, "stop": sorted(STOPWORDS), "docs": docs, "words": words}
