"""The fixed query mix with known right answers: exact, typo, partial, alias, year-qualified, negative.

`expect` is the entity id (who/policy/suggest), the fact id (ask), or None when the right answer is
"not in the sources". The same list is given to factdesk and to both baselines.
"""

from __future__ import annotations

import random
from collections import defaultdict

from bot.core.model import FactBase

from . import names as N
from .generator import YEARS, World

PER_CATEGORY = 40
WHO = ("person", "organisation", "body")


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    letters = [c for c in "aeioustrnlk" if c != word[i].lower()]
    return word[:i] + rng.choice(letters) + word[i + 1:]


def _typo_name(name: str, rng: random.Random) -> str | None:
    words = name.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    if len(words[longest]) < 5:
        return None
    words[longest] = _typo(words[longest], rng)
    return " ".join(words)


def _unique(word_index: dict[str, set[str]], words: list[str]) -> set[str]:
    sets = [word_index.get(w.casefold(), set()) for w in words]
    return set.intersection(*sets) if sets else set()


def build(world: World, seed: int, per: int = PER_CATEGORY) -> list[dict]:
    rng = random.Random(seed * 7919 + 1)
    ents = list(world.entities.values())
    who = [e for e in ents if e.type in WHO and e.years]
    named = [e for e in who if not (e.type == "person" and e.unnamed)]
    pols = [e for e in ents if e.type == "policy" and e.years]
    index: dict[str, set[str]] = defaultdict(set)
    for e in ents:
        for n in (e.name, *e.aliases):
            for w in n.split():
                index[w.casefold()].add(e.id)
    out: list[dict] = []

    def add(cmd: str, cat: str, q: str, expect: str | None) -> None:
        out.append({"cmd": cmd, "cat": cat, "q": q, "expect": expect})

    def sample(pool: list, k: int) -> list:
        return rng.sample(pool, min(k, len(pool)))

    for e in sample(who, per):
        # an office the sources never put a name to is not_found, its facts related
        add("who", "exact", e.name, None if e.type == "person" and e.unnamed else e.id)
    for e in sample(named, per * 2)[:per]:
        if (t := _typo_name(e.name, rng)) is not None:
            add("who", "typo", t, e.id)
    partial = [e for e in named if len(e.words) >= 3 and e.type == "person"]
    partial += [e for e in named if e.type != "person"]
    for e in sample(partial, per * 4):
        words = [e.words[0], e.words[-1]] if e.type == "person" else list(e.words[:-1])
        if _unique(index, words) == {e.id} and sum(o["cat"] == "partial" and o["cmd"] == "who" for o in out) < per:
            add("who", "partial", " ".join(words), e.id)
    aliased = [e for e in named if len(e.aliases) > 1 or (e.type != "person" and e.aliases)]
    for e in sample(aliased, per):
        add("who", "alias", e.aliases[0], e.id)
    for e in sample(named, per):
        add("who", "year", f"{e.name} {rng.choice(sorted(e.years))}", e.id)
    for i in range(per):
        if i % 3 == 2:
            e = rng.choice(named)
            missing = [y for y in YEARS if y not in e.years]
            if missing:
                add("who", "negative", f"{e.name} {rng.choice(missing)}", None)
                continue
        add("who", "negative", f"{rng.choice(N.FIRST + N.UNSEEN_FIRST)} {rng.choice(N.UNSEEN_SURNAMES)}", None)

    for e in sample(pols, per):
        add("policy", "exact", e.name, e.id)
    for e in sample(pols, per):
        words = e.name.split()
        words[1] = _typo(words[1], rng) if len(words[1]) >= 5 else words[1]
        add("policy", "typo", " ".join(words), e.id)
    for e in sample(pols, per * 4):
        words = [*e.words[1:3], str(e.year)]
        same = [p for p in pols if p.year == e.year and set(e.words[1:3]) <= set(p.name.split())]
        if len(same) == 1 and sum(o["cat"] == "partial" and o["cmd"] == "policy" for o in out) < per:
            add("policy", "partial", " ".join(words), e.id)
    for i in range(per):
        kind = rng.choice(N.POLICY_KIND)
        add("policy", "negative", f"Quantum {rng.choice(N.UNSEEN_SURNAMES)} {kind}" if i % 2 else
            f"{rng.choice(N.PLACES)} {rng.choice(N.FIELDS)} {kind} 2031", None)

    figures = [f for f in world.facts if f["kind"] == "figure"]
    for f in sample(figures, per):
        org = world.entities[f["about"][0]]
        add("ask", "exact", f"What {f['figure']['measure']} did the {org.name} report in {f['year']}?", f["id"])
    for f in sample(figures, per):
        org = world.entities[f["about"][0]]
        name = _typo_name(org.name, rng) or org.name
        add("ask", "typo", f"What {f['figure']['measure']} did the {name} report in {f['year']}?", f["id"])
    for f in sample(figures, per):
        org = world.entities[f["about"][0]]
        missing = [y for y in YEARS if y not in org.years]
        if missing:
            add("ask", "negative", f"What {f['figure']['measure']} did the {org.name} report in {missing[0]}?", None)
        else:
            add("ask", "negative", f"What did {rng.choice(N.UNSEEN_SURNAMES)} say about {rng.choice(N.GOODS)}?", None)

    for e in sample(named, per * 2):
        add("suggest", "partial", e.name[: max(3, len(e.name) - 2)], e.id)
    for e in sample(named, per * 4):  # a typo in what was typed so far: one letter of its longest word
        typed = _typo_name(e.name[: max(3, len(e.name) - 2)], rng)
        if typed is not None and sum(o["cmd"] == "suggest_typo" for o in out) < per * 2:
            add("suggest_typo", "typo", typed, e.id)
    return out


def from_base(base: FactBase) -> list[dict]:
    """A query mix for a real base: every name exact, prefixes, and each fact's own sentence."""
    out = []
    rng = random.Random(17)
    for e in base.entities.values():
        cmd = "who" if e.type in ("person", "organisation", "platform", "body") else "policy"
        # an office the sources never put a name to is not_found by /who (its facts related)
        unnamed = e.type == "person" and e.unnamed
        out.append({"cmd": cmd, "cat": "exact", "q": e.name, "expect": None if unnamed else e.id})
        if cmd == "who":  # suggest is measured for /who, as for the synthetic bases
            typed = e.name[: max(3, len(e.name) - 2)]
            out.append({"cmd": "suggest", "cat": "partial", "q": typed, "expect": e.id})
            if (typo := _typo_name(typed, rng)) is not None:
                out.append({"cmd": "suggest_typo", "cat": "typo", "q": typo, "expect": e.id})
    for f in base.facts.values():
        out.append({"cmd": "ask", "cat": "exact", "q": f.says, "expect": f.id})
    return out
