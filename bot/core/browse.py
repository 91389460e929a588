"""What the fact base covers: an index of its people, organisations, topics and years.

`browse` answers "list all people" and the `/browse` command; `coverage` is the one line a dead end
("not in the sources") or a greeting uses to say what the bot does cover, and `examples` gives
commands that are known to have answers. All of it is computed from the base, never written by hand,
so it stays true when articles are added.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .answer import Answer, Candidate, Line, Section
from .model import Entity, FactBase

# kind → the entity types it lists, in the order /browse shows them
KINDS: dict[str, tuple[str, ...]] = {
    "people": ("person",),
    "organisations": ("organisation", "body", "platform"),
    "topics": ("topic", "policy", "event"),
    "places": ("place",),
    "policies": ("policy",),
}
KIND_NAMES = {"people": "People", "organisations": "Organisations", "topics": "Topics and policies",
              "years": "Years", "places": "Places", "policies": "Policies"}
OVERVIEW = ("people", "organisations", "topics", "years")  # what a bare /browse shows; places on request
ALIASES = {"person": "people", "persons": "people", "who": "people", "organisation": "organisations",
           "organization": "organisations", "organizations": "organisations", "orgs": "organisations",
           "companies": "organisations", "topic": "topics", "policies": "policies", "policy": "policies",
           "year": "years", "place": "places", "countries": "places", "cities": "places", "country": "places"}
PER_KIND = 25  # a select menu holds 25 options
LISTED = 12  # entries named in the text of one kind; the rest are in the menu


def normalise_kind(kind: str | None) -> str | None:
    """"Persons", "orgs", "list the policies" → the canonical kind; None for everything or no kind word."""
    if not kind:
        return None
    for word in re.findall(r"[a-z]+", kind.lower()):  # "what topics do you cover" → topics
        word = ALIASES.get(word, word)
        if word in KIND_NAMES:
            return word
    return None


def fact_counts(base: FactBase, years: Sequence[int] = ()) -> Counter[str]:
    counts: Counter[str] = Counter()
    for fact in base.facts.values():
        if not years or base.year_of(fact) in years:
            counts.update(fact.entity_ids())
    return counts


def entries(base: FactBase, kind: str, years: Sequence[int] = ()) -> list[Candidate]:
    """The entities of one kind, most-cited first (a year is a Candidate whose id is the year);
    with `years`, only those the facts of those years involve ("all the people from 2017")."""
    if kind == "years":
        counted = Counter(base.year_of(f) for f in base.facts.values())
        return [Candidate(str(y), str(y), _facts(n)) for y, n in sorted(counted.items())]
    counts = fact_counts(base, years)
    types = KINDS[kind]
    found = [e for e in base.entities.values() if e.type in types and counts.get(e.id) and not e.unnamed]
    found.sort(key=lambda e: (-counts[e.id], e.name))
    return [Candidate(e.id, _with_acronym(e), _facts(counts[e.id])) for e in found]


def _with_acronym(ent: Entity) -> str:
    """"Pakistan Tehreek-e-Insaf (PTI)": the short name readers use beside the full one, when an alias
    is an acronym the name does not already hold."""
    short = next((a for a in ent.aliases if 2 <= len(a) <= 6 and a.isupper() and a.isalpha()
                  and a not in ent.name), None)
    return f"{ent.name} ({short})" if short else ent.name


def _facts(n: int) -> str:
    return f"{n} fact{'s' if n != 1 else ''}"


def article_years(base: FactBase) -> list[int]:
    return sorted({a.published.year for a in base.articles.values()})


def years_phrase(years: Sequence[int]) -> str:
    if not years:
        return ""
    if len(years) == 1:
        return str(years[0])
    return ", ".join(str(y) for y in years[:-1]) + f" and {years[-1]}"


def _top(base: FactBase, counts: Counter[str], types: tuple[str, ...], n: int) -> list[str]:
    found = [e for e in base.entities.values() if e.type in types and counts.get(e.id) and not e.unnamed]
    found.sort(key=lambda e: (-counts[e.id], e.name))
    return [e.name for e in found[:n]]


@dataclass(frozen=True)
class Coverage:
    articles: int
    facts: int
    years: tuple[int, ...]
    subjects: tuple[str, ...]  # the most-cited organisation, topic and people

    def line(self) -> str:
        """"I answer from 6 news articles (2017 and 2025) about Alibaba Group, E-commerce, …"."""
        subjects = list(self.subjects)
        about = ", ".join(subjects[:-1]) + f" and {subjects[-1]}" if len(subjects) > 1 else "".join(subjects)
        when = f" ({years_phrase(self.years)})" if self.years else ""
        return (f"I answer only from {self.articles} news article{'s' if self.articles != 1 else ''}{when}"
                + (f" about {about}" if about else "") + ".")


def coverage(base: FactBase) -> Coverage:
    counts = fact_counts(base)
    subjects = (_top(base, counts, ("organisation",), 1) + _top(base, counts, ("topic",), 1)
                + _top(base, counts, ("person",), 2))
    return Coverage(len(base.articles), len(base.facts), tuple(article_years(base)), tuple(subjects))


def examples(base: FactBase) -> dict[str, str]:
    """command → an argument that has an answer in this base (the most-cited person, policy, …)."""
    counts = fact_counts(base)
    out: dict[str, str] = {}
    people = _top(base, counts, ("person",), 1)
    policies = _top(base, counts, ("policy",), 1) or _top(base, counts, ("topic",), 1)
    topics = _top(base, counts, ("topic",), 1)
    years = article_years(base)
    if people:
        out["who"] = people[0]
    if policies:
        out["policy"] = policies[0]
    if len(years) >= 2:
        out["compare"] = f"{years[0]} {years[-1]}"
    if topics:
        out["ask"] = topics[0]
    out["browse"] = "people"
    return out


def browse(base: FactBase, kind: str | None = None, years: Sequence[int] = ()) -> Answer:
    """The index: one kind's entries as candidates, or every kind's first few as sections (only
    what the facts of `years` involve, when given)."""
    wanted = normalise_kind(kind)  # an unknown word lists everything: a menu is the next step anyway
    kinds = [wanted] if wanted else list(OVERVIEW)
    sections = []
    candidates: list[Candidate] = []
    sizes: list[tuple[str, int, list[str]]] = []
    for k in kinds:
        found = entries(base, k, years)
        sizes.append((k, len(found), [c.name for c in found[:3]]))
        listed = found[:LISTED] if wanted else found[:5]  # the text stays short; the menu holds more
        if not listed:
            continue
        lines = [Line(f"{c.name} ({c.detail})", ()) for c in listed]
        if len(found) > len(listed):
            lines.append(Line(f"… and {len(found) - len(listed)} more", ()))
        sections.append(Section(KIND_NAMES[k], tuple(lines)))
        candidates.extend(found[:PER_KIND] if wanted else listed)
    title = KIND_NAMES[wanted] if wanted else "What the sources cover"
    if years:
        title += " in " + ", ".join(str(y) for y in years)
    cov = coverage(base)
    return Answer("answer", title, tuple(sections), candidates=tuple(candidates[:PER_KIND]),
                  note=cov.line(), command="browse", query=wanted or "", base=base, lead=_browse_lead(sizes, years))


def _browse_lead(sizes: list[tuple[str, int, list[str]]], years: Sequence[int]) -> str:
    """The index in one sentence, the answer first like every other: how many of each kind the
    sources name, and for people or organisations the most cited — the base's own names and counts,
    no claim. (A topic's or an event's name is a phrase of its own: three of them make no sentence.)"""
    opening = f"In {', '.join(str(y) for y in years)} the sources" if years else "The sources"
    listed = [(k, n, top) for k, n, top in sizes if n]
    if not listed:
        return ""
    if len(sizes) == 1:
        k, n, top = listed[0]
        if k not in ("people", "organisations") or n < 2:
            return f"{opening} name {n} {KIND_NAMES[k].casefold()}."
        most = ", ".join(top[:-1]) + " and " + top[-1]
        return f"{opening} name {n} {KIND_NAMES[k].casefold()}; the most cited: {most}."
    return f"{opening} cover " + ", ".join(f"{n} {KIND_NAMES[k].casefold()}" for k, n, _ in listed) + "."


_BROWSE = re.compile(
    r"^\s*(?:/?browse|list|show|index)(?:\s+(?:all|every|the))?(?:\s+(?P<kind>[a-z]+))?\s*[?.!]*\s*$", re.I)


def parse_browse(text: str) -> str | None:
    """"list all people", "browse", "show organisations" → the kind ("" for everything); else None."""
    match = _BROWSE.match(text)
    if not match:
        return None
    kind = match.group("kind")
    if kind is None:
        return ""
    return normalise_kind(kind)


GREETING = re.compile(
    r"^\W*(?:hi+|hello|hey+|hiya|yo|salaam|salam|assalam\w*|good (?:morning|afternoon|evening)|thanks?(?: you)?"
    r"|thx|ty|cheers|help|start|/start|/help|\?)\W*(?:factdesk|bot|there)?\W*$", re.I)


# "what can you do", "what is this bot for": a question about the bot, answered by what it covers
ABOUT_BOT = re.compile(r"^\W*(?:help me|what can (?:you|u) do|what do (?:you|u) do|what (?:is|'s) this bot(?: for| about)?|"
                       r"how (?:do i|to|does this bot|do you) (?:use|work)(?: (?:this|you|it|the bot))?|"
                       r"what are (?:you|u)(?: for)?|what do (?:you|u) (?:know|cover))\W*$", re.IGNORECASE)


def is_greeting(text: str) -> bool:
    """Small talk ("hi", "thanks", "help") that deserves an introduction, not a search for "hi" in the news."""
    return bool(GREETING.match(text) or ABOUT_BOT.match(text))
