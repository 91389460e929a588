"""The one list of commands: name, what it runs on the engine, its options and its help line.

The CLI, the console, the JSON batch, free-text routing, the Discord answers cog and the button
"chooser" all read this registry instead of each dispatching on the command name as a string, so
adding a command (or renaming an option) is one edit here plus its slash declaration.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .answer import Answer
from .chat import office_acronyms

if TYPE_CHECKING:
    from .engine import Engine


@dataclass(frozen=True)
class Option:
    name: str
    help: str
    max_length: int = 100
    autocomplete: bool = False
    required: bool = True


@dataclass(frozen=True)
class Command:
    name: str
    help: str  # one line, ≤100 characters (Discord's description limit)
    options: tuple[Option, ...]
    run: Callable[[Engine, str], Answer]  # the whole argument text, as typed after the name
    example_key: str = ""  # which `browse.examples` entry illustrates it
    batch: bool = True  # offered by `python -m bot batch`
    usage_hint: str = ""  # how to type it when that differs from "/name OPTION"

    def usage(self) -> str:
        if self.usage_hint:
            return self.usage_hint
        return " ".join([f"/{self.name}", *(o.name.upper() if o.required else f"[{o.name.upper()}]"
                                              for o in self.options)])


def _compare(engine: Engine, text: str) -> Answer:
    from .routing import _split_by_names, split_sides

    if " vs " in text:  # the form every front end writes back (footers, buttons): split exactly there
        a, b = text.split(" vs ", 1)
        sides: tuple[str, str] | None = (a.strip(), b.strip())
    else:
        sides = split_sides(text) or _split_by_names(engine, text)
    if sides is None or not all(sides):
        # "parcel threshold before after", "dg ispr briefing thursday friday": one thing's two values or
        # two reports, which the question itself finds; only when it does not is the reader asked for sides
        # ("/compare 2017": one side alone is no question)
        asked = engine.ask(text) if len(text.split()) > 1 else None
        if asked is not None and asked.status == "answer":
            return asked
        if (days := _two_days(text)) is not None:  # "friday thursday ispr": which day it was, both reports
            asked = engine.ask(days)
            if asked.status == "answer":
                return asked
        if (paired := _two_values(text)) is not None:  # "exports 2017 before after": the thing, twice
            return engine.compare(*paired)
        return Answer("not_found", "Compare needs two sides", note='Try "compare 2017 2025" or "A vs B".',
                      command="compare", query=text, base=engine.base)
    return engine.compare(*sides)


# Roman Urdu's old and new ("duty free limit purani nayi")
_URDU_THEN_NOW = {"purana": "old", "purani": "old", "puraani": "old", "purane": "old", "naya": "new", "nayi": "new",
                  "naye": "new", "nai": "new"}


def _two_days(text: str) -> str | None:
    """"ispr press talk friday thursday": two weekdays of one thing ask which day it was."""
    from .quantities import WEEKDAYS

    words = text.split()
    rest = [w for w in words if w.casefold() not in WEEKDAYS]
    return f"{' '.join(rest)} which day" if len(words) - len(rest) == 2 and rest else None


def _two_values(text: str) -> tuple[str, str] | None:
    """"parcel limit before after", "duty free limit purani nayi": one thing's two states, as two sides —
    each the thing with one of them."""
    from .answers import THEN_AND_NOW

    words = [_URDU_THEN_NOW.get(w.casefold(), w) for w in text.split()]
    pair = [i for i, w in enumerate(words) if w.casefold() in THEN_AND_NOW]
    if len(pair) != 2 or len(words) < 3:
        return None
    rest = [w for i, w in enumerate(words) if i not in pair]
    return " ".join([*rest, words[pair[0]]]), " ".join([*rest, words[pair[1]]])


def _ask(engine: Engine, text: str) -> Answer:
    """A question; "who is the DG ISPR" gets the profile (or every holder of an office), as in a DM."""
    from .routing import read_typed, who_is

    typed, read = read_typed(engine, text)
    return who_is(engine, read, typed) or engine.ask(text)


def _sources(engine: Engine, text: str) -> Answer:
    from .answers import sources

    return sources(engine.base)


COMMANDS: dict[str, Command] = {c.name: c for c in (
    Command("who", "What the sources say about a person or organisation",
            (Option("name", "A person or organisation, e.g. James Dong or Alibaba", autocomplete=True),),
            lambda e, t: e.who(office_acronyms(t)), "who"),
    Command("policy", "A policy or topic, optionally with a year",
            (Option("topic", "A policy or topic, e.g. budget 2025 or e-commerce", autocomplete=True),),
            lambda e, t: e.policy(t), "policy"),
    Command("compare", "Two years or two names side by side",
            (Option("a", "A year (2017) or a name", autocomplete=True),
             Option("b", "A year (2025) or a name", autocomplete=True)),
            _compare, "compare"),
    Command("ask", "Ask a question; answered only from the sources",
            (Option("question", "Your question, e.g. How many Pakistanis sell on Alibaba?", max_length=300),),
            _ask, "ask"),
    Command("browse", "The people, organisations, topics and years the sources cover",
            (Option("kind", "people, organisations, topics or years", required=False),),
            lambda e, t: e.browse(t or None), "browse", batch=False),
    Command("sources", "The news articles every answer comes from", (), _sources, batch=False),
    Command("verify", "Check a statement against the sources, claim by claim",
            (Option("text", "What to check, e.g. Dar said mobile broadband reached 60 million people",
                    max_length=2000),),
            lambda e, t: e.verify(re.sub(r"^text:\s*", "", t)),  # "/verify text: …" as Discord shows it
            usage_hint="/verify text: TEXT"),
)}


def run(engine: Engine, name: str, text: str = "") -> Answer:
    """Run a registered command on the argument text. Raises KeyError for an unknown name."""
    return COMMANDS[name].run(engine, text.strip())


def join_args(name: str, *args: str) -> str:
    """Several option values (a slash command's) → the one argument text `run` takes."""
    if name == "compare" and len(args) == 2:
        return f"{args[0]} vs {args[1]}"
    return " ".join(args)


def open_entry(engine: Engine, entry_id: str) -> Answer:
    """An index entry or a did-you-mean candidate, opened the way a person would ask for it:
    a year → what the sources say for that year; a policy, topic or event → /policy; else /who."""
    if entry_id.isdigit():
        return engine.policy(entry_id)
    entity = engine.base.entities.get(entry_id)
    if entity is not None and entity.type in ("policy", "topic", "event"):
        return engine.policy(entry_id)
    return engine.who(entry_id)


def subject_of(engine: Engine, fact_id: str) -> str | None:
    """The entity a fact is mainly about that `open_entry` has an answer for ("More" on a digest post)."""
    fact = engine.base.facts.get(fact_id)
    if fact is None:
        return None
    about = [engine.base.entities[e] for e in fact.about if e in engine.base.entities]
    about.sort(key=lambda e: e.type == "place")  # the fact's own order (main subject first), places last
    for entity in about:
        if not entity.unnamed and open_entry(engine, entity.id).status == "answer":
            return entity.id
    return None
