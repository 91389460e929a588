"""Autocomplete: runs on every keystroke, so it only does prefix walks and small fuzzy passes."""

from __future__ import annotations

import bisect

from .engine import Suggestion
from .index import ALL_TYPES, POLICY_TYPES, WHO_TYPES, Index
from .model import FactBase
from .text import fold, truncate

KIND_TYPES = {"who": WHO_TYPES, "policy": POLICY_TYPES, "compare": ALL_TYPES}
LIMIT = 25
NAME_MAX = 100


def _label(base: FactBase, eid: str) -> str:
    ent = base.entities[eid]
    tag = f" ({ent.year})" if ent.year and str(ent.year) not in ent.name else ""
    return truncate(f"{ent.name}{tag}", NAME_MAX)


def suggest(base: FactBase, index: Index, kind: str, prefix: str, limit: int = LIMIT) -> list[Suggestion]:
    """Ranked choices: names starting with the text, then names with a word starting with it, then
    near misses; for compare, years come first. Never more than 25, never a name over 100 chars."""
    limit = max(0, min(limit, LIMIT))
    types = KIND_TYPES.get(kind, ALL_TYPES)
    text = " ".join(fold(prefix).split())
    ranked: dict[str, int] = {}
    out: list[Suggestion] = []
    if kind == "compare":
        years = sorted({base.year_of(f) for f in base.facts.values()})
        for year in years:
            if str(year).startswith(text):
                out.append(Suggestion(str(year), str(year)))
    if not text:
        popular = sorted((e for e in base.entities.values() if e.type in types),
                         key=lambda e: (-index.popularity.get(e.id, 0), e.name))
        for ent in popular[: max(0, limit - len(out))]:
            out.append(Suggestion(ent.id, _label(base, ent.id)))
        return out[:limit]
    names = index.sorted_names
    i = bisect.bisect_left(names, (text, ""))
    while i < len(names) and names[i][0].startswith(text) and len(ranked) < limit * 4:
        ranked.setdefault(names[i][1], 0)
        i += 1
    words = text.split(" ")
    if len(ranked) < limit:
        last = words[-1]
        for tok, score in index.word_matches(last).items():
            for eid in index.token_entities.get(tok, ()):
                ranked.setdefault(eid, 1 if score >= 0.85 else 2)
            if len(ranked) >= limit * 4:
                break
    known: dict[str, bool] = {}  # `w in index.word_matches(w)`, computed once per word, not per name
    results = [
        (rank, -index.popularity.get(eid, 0), base.entities[eid].name, eid)
        for eid, rank in ranked.items()
        if base.entities[eid].type in types and _all_words_fit(index, eid, words[:-1], known)
    ]
    results.sort()
    for _, _, _, eid in results[: max(0, limit - len(out))]:
        out.append(Suggestion(eid, _label(base, eid)))
    return out[:limit]


def _all_words_fit(index: Index, eid: str, words: list[str], known: dict[str, bool] | None = None) -> bool:
    """Earlier words of a multi-word prefix must appear in the entity's names too."""
    if not words:
        return True
    known = {} if known is None else known

    def exact(w: str) -> bool:
        if w not in known:
            known[w] = w in index.word_matches(w)
        return known[w]

    vocab = {w for variant, _, _ in index.variants.get(eid, ()) for w in variant}
    return all(any(v.startswith(w) or (exact(w) and v == w) for v in vocab) for w in words)
