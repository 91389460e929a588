"""The fact base as immutable objects: articles, entities and facts with their references.

Objects are frozen so a reload can build a whole new base beside the old one and swap it in one
assignment; a query holding the old base never sees a half-built one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

ENTITY_TYPES = ("person", "organisation", "platform", "body", "place", "event", "policy", "topic")
FACT_KINDS = ("role", "event", "figure", "measure", "statement", "action", "description")
FIGURE_STATUSES = ("fact", "estimate", "forecast", "target", "claim")
EMPTY: Mapping[str, object] = MappingProxyType({})  # shared by the many facts without role/figure/…


@dataclass(frozen=True, slots=True)
class Article:
    """One corpus file. `link` is the public URL, or the corpus path when no URL is confirmed."""

    id: str
    title: str
    publisher: str
    published: dt.date
    url: str | None
    body: str
    path: str
    added: dt.date | None = None

    @property
    def link(self) -> str:
        return self.url or self.path


@dataclass(frozen=True, slots=True)
class When:
    """When a fact held: a day, a month or a year, and the relative phrase it was resolved from."""

    date: dt.date | None = None
    month: str | None = None
    year: int | None = None
    resolved_from: str | None = None

    @property
    def the_year(self) -> int | None:
        if self.date:
            return self.date.year
        if self.month:
            return int(self.month[:4])
        return self.year

    @property
    def sort_key(self) -> tuple[int, int, int]:
        if self.date:
            return (self.date.year, self.date.month, self.date.day)
        if self.month:
            return (int(self.month[:4]), int(self.month[5:7]), 0)
        return (self.year or 0, 0, 0)

    def label(self, *, long: bool = False) -> str:
        """A date as people write it in a memo: "10 Jul 2025", "Apr 2017", "2020" beside a source;
        `long` spells the month out ("10 July 2025") for a sentence that answers "when", as the
        articles themselves write it."""
        month = "%B %Y" if long else "%b %Y"
        if self.date:
            return f"{self.date.day} {self.date.strftime(month)}"
        if self.month:
            return dt.date(int(self.month[:4]), int(self.month[5:7]), 1).strftime(month)
        return str(self.year) if self.year else ""


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    part_of: str | None = None
    year: int | None = None
    unnamed: bool = False
    file: str = ""
    line: int = 0

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Source:
    article: str
    quote: str


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    kind: str
    about: tuple[str, ...]
    says: str
    source: Source
    when: When | None = None
    event: str | None = None
    speaker: str | None = None
    role: Mapping[str, object] = field(default_factory=lambda: EMPTY)
    figure: Mapping[str, object] = field(default_factory=lambda: EMPTY)
    measure: Mapping[str, object] = field(default_factory=lambda: EMPTY)
    details: Mapping[str, object] = field(default_factory=lambda: EMPTY)
    conflicts_with: tuple[str, ...] = ()
    added: dt.date | None = None
    file: str = ""
    line: int = 0

    def entity_ids(self) -> tuple[str, ...]:
        """Every entity the fact involves: subjects, speaker, event, participants, role org, place."""
        ids = list(self.about)
        for extra in (self.speaker, self.event, self.role.get("org"), self.details.get("place")):
            if isinstance(extra, str):
                ids.append(extra)
        ids.extend(self.participants())
        return tuple(dict.fromkeys(ids))

    def participants(self) -> list[str]:
        """Who the fact says took part (an event's `details.participants`), in its order."""
        listed = self.details.get("participants")
        return [p for p in listed if isinstance(p, str)] if isinstance(listed, list | tuple) else []


@dataclass(frozen=True)
class FactBase:
    """The whole validated base. Built once per load; never mutated."""

    articles: Mapping[str, Article]
    entities: Mapping[str, Entity]
    facts: Mapping[str, Fact]
    by_entity: Mapping[str, tuple[str, ...]]
    conflicts: Mapping[str, tuple[str, ...]]
    version: str

    def year_of(self, fact: Fact) -> int:
        """The year a fact belongs to: its own date, else its article's publication year."""
        if fact.when and fact.when.the_year:
            return fact.when.the_year
        return self.articles[fact.source.article].published.year


def family(children: Mapping[str, Sequence[str]], eid: str) -> list[str]:
    """An entity and everything that is part of it, at any depth (a budget and its measures), from a
    parent → parts map; the entity first."""
    out, frontier = [eid], [eid]
    while frontier:
        for child in children.get(frontier.pop(), ()):
            if child not in out:
                out.append(child)
                frontier.append(child)
    return out
