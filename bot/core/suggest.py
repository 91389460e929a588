"""Autocomplete: runs on every keystroke, so every step is a bisection or a bounded pass.

Discord asks for choices after each key, and a slow answer is dropped: a suggestion has to be
ready in well under a millisecond on a large base. So the names are laid out once per fact base as
sorted keys — every name and alias, and every tail of it that starts at a word ("khan" in "Imran
Khan") — and a prefix is two bisections away. Stop-words stay in the keys: "Bank of Ch" is how
people type "Bank of China". Only when no name starts with what was typed (a typo in the prefix)
are letter trigrams used to find names that look like it, ranked by how closely their start
matches. The structure is built from the FactBase alone, so it does not wait for the search index.
"""

from __future__ import annotations

import bisect
import threading
import weakref
from array import array
from collections import Counter, defaultdict

from rapidfuzz import fuzz

from .engine import Suggestion
from .index import ALL_TYPES, POLICY_TYPES, WHO_TYPES
from .model import FactBase
from .text import fold, truncate

KIND_TYPES = {"who": WHO_TYPES, "policy": POLICY_TYPES, "compare": ALL_TYPES}
LIMIT = 25
NAME_MAX = 100
SCAN_MAX = 400  # keys looked at for one prefix: a one-letter prefix must not walk every name
TYPO_CANDIDATES = 60  # names re-scored by the typo pass
TYPO_BREAK = 1200  # a trigram in more names than this adds nothing once rarer ones have found some
TYPO_CUTOFF = 70.0  # fuzz.ratio of the typed text against the start of a name
_END = "\U0010ffff"


def _label(base: FactBase, eid: str) -> str:
    ent = base.entities[eid]
    tag = f" ({ent.year})" if ent.year and str(ent.year) not in ent.name else ""
    return truncate(f"{ent.name}{tag}", NAME_MAX)


def _grams(text: str) -> set[str]:
    """Letter trigrams of the start of a text: padded before, not after, since the rest is untyped."""
    padded = f" {text}"
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


class Suggester:
    """Sorted name keys and a trigram table for one fact base; immutable once built."""

    def __init__(self, base: FactBase) -> None:
        self.base = base
        self.ids: list[str] = list(base.entities)
        slot = {eid: i for i, eid in enumerate(self.ids)}
        self.popularity = array("i", (len(base.by_entity.get(eid, ())) for eid in self.ids))
        entries: list[tuple[str, int, int]] = []  # (key, 0 = whole name | 1 = from a later word, entity)
        self.names: list[str] = []  # whole folded names, for the typo pass
        self.name_owner = array("i")
        for eid, ent in base.entities.items():
            i = slot[eid]
            for name in dict.fromkeys(fold(n) for n in ent.names):
                if not name:
                    continue
                self.names.append(name)
                self.name_owner.append(i)
                words = name.split(" ")
                for j in range(len(words)):  # (the whole name is the name's own string, not a copy)
                    entries.append((" ".join(words[j:]) if j else name, 1 if j else 0, i))
        entries.sort()
        self.keys = [k for k, _, _ in entries]
        self.rank = bytes(r for _, r, _ in entries)
        self.owner = array("i", (o for _, _, o in entries))
        postings: dict[str, list[int]] = defaultdict(list)
        for n, name in enumerate(self.names):
            for gram in _grams(name):
                postings[gram].append(n)
        self.grams = {g: array("i", p) for g, p in postings.items()}
        self._popular: dict[frozenset[str], list[str]] = {}
        self._years: list[str] | None = None

    # -- pieces ---------------------------------------------------------------------------------
    def years(self) -> list[str]:
        if self._years is None:
            self._years = [str(y) for y in sorted({self.base.year_of(f) for f in self.base.facts.values()})]
        return self._years

    def popular(self, types: frozenset[str]) -> list[str]:
        """Entities of these types, most facts first: what an empty box offers."""
        hit = self._popular.get(types)
        if hit is None:
            ents = [(-self.popularity[i], self.base.entities[eid].name, eid)
                    for i, eid in enumerate(self.ids) if self.base.entities[eid].type in types]
            hit = self._popular[types] = [eid for _, _, eid in sorted(ents)[:LIMIT]]
        return hit

    def span(self, prefix: str) -> tuple[int, int]:
        """The keys starting with `prefix`, as a range of positions."""
        return bisect.bisect_left(self.keys, prefix), bisect.bisect_left(self.keys, prefix + _END)

    def by_prefix(self, text: str, types: frozenset[str], limit: int) -> dict[int, int]:
        """Entities with a name, or a tail of a name from some word on, starting with the text;
        else, for several words, names that have a word starting with each of them in any order."""
        found: dict[int, int] = {}
        self._collect(*self.span(text), types, limit, found)
        words = text.split(" ")
        if found or len(words) < 2:
            return found
        spans = sorted((self.span(w) for w in words), key=lambda s: s[1] - s[0])
        if spans[0][0] == spans[0][1]:
            return found
        others = [w for w in words if w]
        for pos in range(spans[0][0], min(spans[0][1], spans[0][0] + SCAN_MAX)):
            i = self.owner[pos]
            if i in found or self.base.entities[self.ids[i]].type not in types:
                continue
            if self._all_words_fit(i, others):
                found[i] = 1
                if len(found) >= limit * 4:
                    break
        return found

    def _collect(self, lo: int, hi: int, types: frozenset[str], limit: int, found: dict[int, int]) -> None:
        for pos in range(lo, min(hi, lo + SCAN_MAX)):
            i = self.owner[pos]
            rank = self.rank[pos]
            if found.get(i, 9) <= rank or self.base.entities[self.ids[i]].type not in types:
                continue
            found[i] = rank
            if len(found) >= limit * 4:  # inside the loop: a common word must not collect every owner
                break

    def _all_words_fit(self, i: int, words: list[str]) -> bool:
        """Every typed word starts some word of one of the entity's names."""
        ent = self.base.entities[self.ids[i]]
        vocab = {w for n in ent.names for w in fold(n).split(" ")}
        return all(any(v.startswith(w) for v in vocab) for w in words)

    def by_typo(self, text: str, types: frozenset[str], limit: int) -> dict[int, float]:
        """Names that look like the typed text: those sharing the most start trigrams with it,
        re-scored by how closely their first len(text) letters match (a typo costs one edit)."""
        counts: Counter[int] = Counter()
        for gram in sorted(_grams(text), key=lambda g: len(self.grams.get(g, ()))):
            posting = self.grams.get(gram, ())
            if len(posting) > TYPO_BREAK and counts:
                break  # a very common trigram adds candidates nobody would rank
            counts.update(posting)
        n = len(text)
        scored: dict[int, float] = {}
        for name_pos, _ in counts.most_common(TYPO_CANDIDATES):
            i = self.name_owner[name_pos]
            if self.base.entities[self.ids[i]].type not in types:
                continue
            name = self.names[name_pos]
            score = max(fuzz.ratio(text, name[:k]) for k in (n - 1, n, n + 1) if k > 0)
            if score >= TYPO_CUTOFF and score > scored.get(i, 0.0):
                scored[i] = score
        return scored


_LOCK = threading.Lock()
_BUILT: dict[int, tuple[weakref.ref, Suggester]] = {}


def suggester(base: FactBase) -> Suggester:
    """The Suggester of a fact base, built on first use and forgotten with the base."""
    hit = _BUILT.get(id(base))
    if hit is not None and hit[0]() is base:
        return hit[1]
    made = Suggester(base)
    key = id(base)

    def forget(_ref: weakref.ref, key: int = key, built: dict = _BUILT) -> None:
        built.pop(key, None)  # bound now: at interpreter exit the module global may already be None

    with _LOCK:
        _BUILT[key] = (weakref.ref(base, forget), made)
    return made


def suggest(base: FactBase, index: object, kind: str, prefix: str, limit: int = LIMIT) -> list[Suggestion]:
    """Ranked choices: names starting with the text, then names with a word starting with it, then
    (only when nothing starts with it) names that look like it; for compare, years come first.
    Never more than 25, never a name over 100 chars. `index` is unused: kept for the call shape."""
    limit = max(0, min(limit, LIMIT))
    types = KIND_TYPES.get(kind, ALL_TYPES)
    text = " ".join(fold(prefix).split())
    s = suggester(base)
    out: list[Suggestion] = []
    if kind == "compare":
        out += [Suggestion(y, y) for y in s.years() if y.startswith(text)]
    room = max(0, limit - len(out))
    if not text:
        out += [Suggestion(eid, _label(base, eid)) for eid in s.popular(types)[:room]]
        return out[:limit]
    found = s.by_prefix(text, types, limit)
    ranked: list[tuple[float, int, str, str]]
    if found:
        ranked = sorted((float(rank), -s.popularity[i], base.entities[s.ids[i]].name, s.ids[i])
                        for i, rank in found.items())
    else:
        ranked = sorted((-score, -s.popularity[i], base.entities[s.ids[i]].name, s.ids[i])
                        for i, score in s.by_typo(text, types, limit).items())
    out += [Suggestion(eid, _label(base, eid)) for *_, eid in ranked[:room]]
    return out[:limit]
