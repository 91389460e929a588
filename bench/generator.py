"""Synthetic fact bases, deterministic from a seed, written as real corpus/*.md and facts/*.yaml.

Entities are about a fifth of the facts: people (shared surnames, transliteration variants as aliases,
people known only by title), organisations (with acronyms), policies and events with years. Every fact
quotes a sentence of a generated article verbatim, so the base goes through `validate.build` unchanged.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import names as N

FACTS_PER_ARTICLE = 20
FACTS_PER_FILE = 2500
YEARS = range(2005, 2026)


@dataclass
class Ent:
    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    year: int | None = None
    unnamed: bool = False
    words: tuple[str, ...] = ()  # for building partial queries
    years: set[int] = field(default_factory=set)  # years of its facts


@dataclass
class World:
    entities: dict[str, Ent]
    facts: list[dict]
    root: Path


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


class _Builder:
    def __init__(self, n_facts: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.n_facts = n_facts
        self.entities: dict[str, Ent] = {}
        self.names: set[str] = set()
        self.facts: list[dict] = []

    def add(self, ent: Ent) -> bool:
        key = ent.name.casefold()
        if key in self.names or ent.id in self.entities:
            return False
        self.names.add(key)
        self.entities[ent.id] = ent
        return True

    def people(self, count: int) -> list[Ent]:
        rng, out = self.rng, list[Ent]()
        while len(out) < count:
            first, last = rng.choice(N.FIRST), rng.choice(N.SURNAMES)
            parts = [first, rng.choice(N.FIRST), last] if rng.random() < 0.5 else [first, last]
            name = " ".join(parts)
            ent = Ent(_slug(name), "person", name, words=tuple(parts))
            if first in N.VARIANTS:
                ent.aliases.append(" ".join([N.VARIANTS[first], *parts[1:]]))
            ent.aliases.append(last)  # surnames are shared: a bare "Khan" is ambiguous on purpose
            if self.add(ent):
                out.append(ent)
        return out

    def orgs(self, count: int) -> list[Ent]:
        rng, out, acronyms = self.rng, list[Ent](), set[str]()
        while len(out) < count:
            parts = [rng.choice(N.PLACES), rng.choice(N.FIELDS), rng.choice(N.ORG_SUFFIX)]
            if rng.random() < 0.3:
                parts.insert(2, rng.choice(N.FIELDS))
            if len(set(parts)) < len(parts):
                continue
            name = " ".join(parts)
            ent = Ent(_slug(name), rng.choice(["organisation", "organisation", "body"]), name, words=tuple(parts))
            if self.add(ent):
                acro = "".join(p[0] for p in parts)
                acronyms.add(acro) if acro in acronyms else None
                ent.aliases.append(acro)
                out.append(ent)
        counts: dict[str, int] = {}
        for ent in out:
            counts[ent.aliases[0]] = counts.get(ent.aliases[0], 0) + 1
        for ent in out:  # an acronym two organisations share is not an alias anyone can use
            if counts[ent.aliases[0]] > 1:
                ent.aliases.clear()
        return out

    def policies(self, count: int) -> list[Ent]:
        rng, out = self.rng, list[Ent]()
        while len(out) < count:
            year = rng.choice(YEARS)
            name = f"{rng.choice(N.PLACES)} {rng.choice(N.FIELDS)} {rng.choice(N.POLICY_KIND)} {year}"
            ent = Ent(_slug(name), "policy", name, year=year, words=tuple(name.split()[:3]))
            if self.add(ent):
                out.append(ent)
        return out

    def titled(self, orgs: list[Ent], count: int) -> list[Ent]:
        out = []
        for org in self.rng.sample(orgs, min(count, len(orgs))):
            name = f"{self.rng.choice(N.TITLE_PHRASES)} of the {org.name}"
            ent = Ent(_slug(name), "person", name, unnamed=True, words=tuple(name.split()))
            if self.add(ent):
                out.append(ent)
        return out

    def drop_colliding_aliases(self) -> None:
        for ent in self.entities.values():
            ent.aliases = [a for a in ent.aliases if a.casefold() not in self.names or a.casefold() == ent.name.casefold()]

    def fact(self, kind: str, about: list[Ent], says: str, year: int, **extra: object) -> None:
        fid = f"f{len(self.facts):06d}-{kind}"
        for ent in about:
            ent.years.add(year)
        self.facts.append({"id": fid, "kind": kind, "about": [e.id for e in about], "says": says,
                           "year": year, **extra})

    def make_facts(self, people: list[Ent], orgs: list[Ent], policies: list[Ent], titled: list[Ent]) -> None:
        rng = self.rng
        speakers = people + titled
        while len(self.facts) < self.n_facts:
            roll, year = rng.random(), rng.choice(YEARS)
            if roll < 0.3:
                p, o, t = rng.choice(people), rng.choice(orgs), rng.choice(N.TITLE_PHRASES)
                self.fact("role", [p, o], f"{p.name} was named {t} of the {o.name} in {year}.", year,
                          role={"title": t, "org": o.id})
            elif roll < 0.55:
                o, m = rng.choice(orgs), rng.choice(N.MEASURES)
                value = rng.randrange(10, 9000) * 1000
                self.fact("figure", [o], f"The {o.name} reported {m} of {value:,} {N.UNITS[m]} in {year}.", year,
                          figure={"measure": m, "value": value, "unit": N.UNITS[m], "status": "fact"})
            elif roll < 0.75:
                s, o = rng.choice(speakers), rng.choice(orgs)
                g = rng.choice(N.GOODS)
                self.fact("statement", [s, o], f"{s.name} said the {o.name} would support {g} in {year}.", year,
                          speaker=s.id)
            else:
                pol, g = rng.choice(policies), rng.choice(N.GOODS)
                rate = rng.randrange(1, 40)
                self.fact("measure", [pol], f"The {pol.name} set a {rate}% rate on {g}.", pol.year or year,
                          measure={"rate": f"{rate}%", "applies_to": g})


def generate(n_facts: int, seed: int, root: Path) -> World:
    """Write a base of `n_facts` facts under `root` (corpus/ and facts/) and describe it."""
    b = _Builder(n_facts, seed)
    n_ent = max(20, n_facts // 5)
    orgs = b.orgs(int(n_ent * 0.25))
    titled = b.titled(orgs, max(2, int(n_ent * 0.05)))
    policies = b.policies(max(5, int(n_ent * 0.1)))
    people = b.people(n_ent - len(orgs) - len(titled) - len(policies))
    b.drop_colliding_aliases()
    b.make_facts(people, orgs, policies, titled)
    _write(root, b)
    return World(b.entities, b.facts, root)


def _write(root: Path, b: _Builder) -> None:
    (root / "corpus").mkdir(parents=True, exist_ok=True)
    (root / "facts").mkdir(parents=True, exist_ok=True)
    for start in range(0, len(b.facts), FACTS_PER_ARTICLE):
        chunk = b.facts[start:start + FACTS_PER_ARTICLE]
        year = max(f["year"] for f in chunk)
        aid = f"{year}-06-{1 + (start // FACTS_PER_ARTICLE) % 28:02d}-synthetic-wire-{start // FACTS_PER_ARTICLE:06d}"
        body = "\n\n".join(f["says"] for f in chunk) + "\n"
        (root / "corpus" / f"{aid}.md").write_text(
            f"---\nid: {aid}\ntitle: Synthetic wire {start}\npublisher: Synthetic Wire\n"
            f"published: {year}-06-{1 + (start // FACTS_PER_ARTICLE) % 28:02d}\nurl: null\n---\n\n{body}",
            encoding="utf-8")
        for f in chunk:
            f["article"] = aid
    ents = list(b.entities.values())
    for i in range(0, len(ents), FACTS_PER_FILE):
        lines = ["entities:"]
        for e in ents[i:i + FACTS_PER_FILE]:
            lines.append(f"  - id: {e.id}\n    type: {e.type}\n    name: {_q(e.name)}")
            if e.aliases:
                lines.append(f"    aliases: [{', '.join(_q(a) for a in e.aliases)}]")
            if e.year:
                lines.append(f"    year: {e.year}")
            if e.unnamed:
                lines.append("    unnamed: true")
        (root / "facts" / f"entities-{i // FACTS_PER_FILE:03d}.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    for i in range(0, len(b.facts), FACTS_PER_FILE):
        lines = ["facts:"]
        for f in b.facts[i:i + FACTS_PER_FILE]:
            lines.append(f"  - id: {f['id']}\n    kind: {f['kind']}\n    about: [{', '.join(f['about'])}]\n"
                         f"    says: {_q(f['says'])}\n    when: {{year: {f['year']}}}")
            for key in ("role", "figure", "measure"):
                if key in f:
                    inner = ", ".join(f"{k}: {_q(v) if isinstance(v, str) else v}" for k, v in f[key].items())
                    lines.append(f"    {key}: {{{inner}}}")
            if "speaker" in f:
                lines.append(f"    speaker: {f['speaker']}")
            lines.append(f"    source: {{article: {f['article']}, quote: {_q(f['says'])}}}")
        (root / "facts" / f"facts-{i // FACTS_PER_FILE:03d}.yaml").write_text("\n".join(lines) + "\n", "utf-8")
