"""Compose: the answer's lead sentence and its lines, from the cited facts only.

The lead answers the question in one or two sentences before any evidence. It is assembled from
the cited facts' own sentences (`says`) and structured fields (a role's title, a person's name, a
date label, an entity's curated name) — never from words that are not in a cited fact — and every
clause carries the [n] of the fact it comes from. Lines that say the same thing in several
articles are one line citing all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from .answer import Answer, Line
from .model import Fact, FactBase
from .question import OFFICE_NOUNS, Question
from .text import fold, stem, tokens, truncate

LEAD_MAX = 420
SAME_TEXT = 82  # token-set similarity at which two facts' sentences say the same thing
# "Arab News describes …", "PhoneWorld reports that …": who reported it, not what was said
_ATTRIBUTION = re.compile(r"^(?:[\w()'’ ]{2,40}?) (?:describes|reports(?: that)?|names|says|notes|writes|calls)\s+",
                          re.I)


_UNTIL_THEN = re.compile(r"\b(?:before|previously|until|till|earlier|prior to|used to)\b", re.IGNORECASE)


def fit_lead(text: str, limit: int = LEAD_MAX) -> str:
    """Shorten a lead only between clauses, so every clause shown keeps its [n]: cut after the last
    citation marker that fits and say that more follows."""
    if len(text) <= limit:
        return text
    cut = text.rfind("]", 0, limit - 2)
    return text[:cut + 1] + " …" if cut > 0 else truncate(text, limit)


@lru_cache(maxsize=8192)
def _core(text: str) -> str:
    return fold(_ATTRIBUTION.sub("", text))


def same_statement(base: FactBase, a: Fact, b: Fact) -> bool:
    """Two facts from different articles that state one thing: the same kind about the same subject,
    with the same figure or nearly the same sentence once "X reports that" is set aside."""
    if a.kind != b.kind or a.about[:1] != b.about[:1] or a.source.article == b.source.article:
        return False
    if a.id in base.conflicts.get(b.id, ()):
        return False
    if a.kind == "figure" and a.figure and b.figure:
        return (a.figure.get("value"), a.figure.get("unit")) == (b.figure.get("value"), b.figure.get("unit"))
    return fuzz.token_set_ratio(_core(a.says), _core(b.says)) >= SAME_TEXT


def merge_same(base: FactBase, lines: list[Line]) -> list[Line]:
    """Fold lines whose facts say the same thing into the first of them, citing all. Only lines of
    the same kind about the same subject can say the same thing, so only those are compared."""
    out: list[Line] = []
    buckets: dict[tuple[str, str], list[int]] = {}
    for line in lines:
        if line.conflict or not line.fact_ids:
            out.append(line)
            continue
        fact = base.facts[line.fact_ids[0]]
        bucket = buckets.setdefault((fact.kind, fact.about[0]), [])
        for i in bucket:
            kept = out[i]
            if same_statement(base, base.facts[kept.fact_ids[0]], fact):
                out[i] = Line(kept.text, (*kept.fact_ids, *[f for f in line.fact_ids if f not in kept.fact_ids]))
                break
        else:
            bucket.append(len(out))
            out.append(line)
    return out


def _marks(fact_ids: Iterable[str], numbers: dict[str, int]) -> str:
    return "".join(f"[{numbers[f]}]" for f in fact_ids if f in numbers)


def _names_place(base: FactBase, text: str) -> bool:
    """The sentence says where: it writes a place's name after "in" or "at"."""
    folded = f" {text.casefold()} "
    return any(f" in {ent.name.casefold()}" in folded or f" at {ent.name.casefold()}" in folded
               for ent in base.entities.values() if ent.type == "place")


def _with_marks(text: str, fact_ids: Sequence[str], numbers: dict[str, int]) -> str:
    """"Sentence. [1][2]" → "Sentence [1][2]." so the marker sits inside the sentence it proves."""
    body = text.strip().rstrip(".")
    return f"{body} {_marks(fact_ids, numbers)}."


# words that ask for what a disagreement over a date would be about: the date itself, or a name in it
_DISPUTE_ASKED = frozenset("when date dates day days weekday time year month monday tuesday wednesday thursday friday "
                           "saturday sunday name names".split())


def _date_dispute(base: FactBase, q: Question, cited: Sequence[Line]) -> bool:
    """The leading disagreement is over a date the question does not ask about (other lines answer);
    asked who, whether, when or for a list (or a name), the disputed lines may be the answer itself."""
    if q.intent in ("when", "who", "yes_no", "list") or not _DISPUTE_ASKED.isdisjoint(q.tokens) \
            or all(line.conflict for line in cited):
        return False
    whens = [base.facts[line.fact_ids[0]].when for line in cited if line.conflict]
    return len({when.date for when in whens if when is not None}) > 1


def lead(base: FactBase, q: Question, lines: Sequence[Line], numbers: dict[str, int], *, aggregate: bool = False
         ) -> str:
    """One or two sentences answering `q` from the cited `lines` (already ranked, best first)."""
    cited = [line for line in lines if line.fact_ids]
    if not cited:
        return ""
    asker: list[Line] = []
    office = _office_asked(q) if q.intent == "who" else set()
    if q.intent == "who":  # "who led …": a line that names a person answers it, a dispute about a company does not
        people = [line for line in cited if _answers_who(base, base.facts[line.fact_ids[0]])]
        cited = people + [line for line in cited if line not in people]
        if office:
            # "who was Alibaba's chairman": a line that names that office leads, not another person's role
            holding = [line for line in cited if _names_office(base, line, office)]
            cited = holding + [line for line in cited if line not in holding]
        asker = [line for line in cited if _asks_object(q) and _named_in_question(
            base, base.facts[line.fact_ids[0]].about[0], q)]  # "who did Shehbaz meet": not Shehbaz's own role
        cited = [line for line in cited if line not in asker] + asker
    if q.intent == "where":  # "where …": a line whose own words name the place leads ("… in Islamabad")
        placed = [line for line in cited if _names_place(base, line.text)]
        cited = placed + [line for line in cited if line not in placed]
    if cited[0].conflict and _date_dispute(base, q, cited):
        # "what did the DG ISPR call Imran Khan": the sources differ on the day of the briefing, which
        # is not what is asked — the first line that answers leads, the dispute stays among the facts
        cited = [line for line in cited if not line.conflict] + [line for line in cited if line.conflict]
    first = cited[0]
    fact = base.facts[first.fact_ids[0]]
    conflict = [line for line in cited if line.conflict]
    if conflict and first.conflict:
        # the sources disagree on the very answer: say so, with each side's own words
        parts = [_with_marks(line.text, line.fact_ids, numbers) for line in conflict[:2]]
        return fit_lead("The sources disagree: " + " / ".join(p.rstrip(".") for p in parts) + ".")
    if aggregate and len(cited) > 1:
        subjects = {base.facts[line.fact_ids[0]].about[0] for line in cited}
        parents = {p for eid in subjects if (p := base.entities[eid].part_of)}
        # "the budget" beside its own measures: the measures are the items
        named = _named_items(base, cited, skip=parents, strict=True)
        if len(named) > 1:
            return _listing(named, numbers)
    if q.intent == "who" and fact.kind == "role":
        holders = _role_holders(base, [line for line in cited if line not in asker], numbers, office)
        if holders:
            return fit_lead(holders)
    text = _with_marks(first.text, first.fact_ids, numbers)
    if q.intent == "when" and fact.when is not None and (label := fact.when.label(long=True)):
        year = str(fact.when.the_year or "")
        # ("when was the parcel limit passed": "The 2025 budget reduced …" gives the year, the fact's date the day)
        month = label.split()[-2] if fact.when.date is not None and len(label.split()) >= 3 else ""
        # (but not before a state the fact says held until then: "Before the 2025 budget, parcels were …")
        if (year and year not in first.text) or (month and month.casefold() not in first.text.casefold()
                                                  and not _UNTIL_THEN.search(first.text)):
            text = f"{label}: {text}"
    where = fact.details.get("place") if q.intent == "where" else None
    if isinstance(where, str) and where in base.entities:
        # the event's place field, with what it is part of ("Prime Minister's Office, Islamabad"): "where"
        # is answered even when the sentence leaves the place out
        chain: list[str] = []
        ent = base.entities.get(where)
        while ent is not None and (not chain or ent.type == "place") and ent.name not in chain and len(chain) < 3:
            chain.append(ent.name)
            ent = base.entities.get(ent.part_of) if ent.part_of else None
        if chain and chain[0].casefold() not in first.text.casefold():
            text = f"{', '.join(chain)}: {text}"
    purpose = fact.details.get("purpose") if q.intent == "why" else None
    if isinstance(purpose, str) and purpose and purpose.casefold() not in first.text.casefold():
        # the event's purpose field: "why did they meet" is answered even when the sentence only says they did
        text = f"{text} Purpose: {purpose.rstrip('.')} [{numbers[first.fact_ids[0]]}]."
    if q.intent == "yes_no":
        text = f"The sources say: {text}"
    elif q.intent == "who" and not q.years and _names_person(base, fact):
        # an office in several years: the holder in another year is the second sentence (after a named
        # holder; an unnamed source's words answer on their own)
        held = base.year_of(fact)
        other = next((line for line in cited[1:] if _names_person(base, base.facts[line.fact_ids[0]])
                      and base.year_of(base.facts[line.fact_ids[0]]) != held), None)
        if other is not None:
            text += " " + _with_marks(other.text, other.fact_ids, numbers)
    return fit_lead(text)


def _named_items(base: FactBase, lines: Sequence[Line], *, skip: set[str], strict: bool) -> dict[str, list[str]]:
    """The lines' measures or events by their curated names, each with every fact that cites it
    (one name cited by several lines is one item). Lines filed under `skip` are left out; a line with
    no curated name ends the listing when `strict` (nothing to list by name), else it is passed over."""
    named: dict[str, list[str]] = {}
    for line in lines:
        fact = base.facts[line.fact_ids[0]]
        if fact.about[0] in skip:
            continue
        name = _short(base, fact)
        if not name:
            if strict:
                return {}
            continue
        named.setdefault(name, []).extend(line.fact_ids)
    return named


def _listing(named: dict[str, list[str]], numbers: dict[str, int], *, noun: str = "", most: int | None = None
             ) -> str:
    """"The sources list 3 measures: A [1]; B [2]; C [3]." — the first `most`, and how many more."""
    shown = list(named.items())[:most]
    items = "; ".join(f"{n} {_marks(ids, numbers)}" for n, ids in shown)
    more = f" and {len(named) - len(shown)} more" if len(named) > len(shown) else ""
    return fit_lead(f"The sources list {len(named)}{noun}: {items}{more}.")


def _names_person(base: FactBase, fact: Fact) -> bool:
    return any((e := base.entities.get(eid)) is not None and e.type == "person" and not e.unnamed
               for eid in fact.entity_ids())


def _answers_who(base: FactBase, fact: Fact) -> bool:
    """A line that names a person, or a statement whose speaker is one the sources leave unnamed: "who
    called e-commerce a vote puller" is answered by "an official source said …", not by a weaker line
    that happens to name someone."""
    if _names_person(base, fact):
        return True
    speaker = base.entities.get(fact.speaker) if fact.kind == "statement" and fact.speaker else None
    return speaker is not None and speaker.type == "person"


def _short(base: FactBase, fact: Fact) -> str:
    """A curated name for what a fact is about when it is a measure or event of its own."""
    ent = base.entities.get(fact.about[0])
    if ent is not None and ent.type in ("policy", "event") and fact.kind in ("measure", "event", "action"):
        return ent.name
    return ""


# "who met / received / praised X": the answer is whoever did it to X, never X ("who led X's delegation"
# and "who is X" are answered by X)
_DONE_TO = frozenset("""met meet meets received receive hosted host visited visit praised praise criticised criticized
    thanked welcomed invited told accused defended backed supported attacked slammed called""".split())
_LEADING = frozenset("so and but ok okay hey hi yo bro pls please kindly tell me quick q".split())


def _asks_object(q: Question) -> bool:
    """"Who did X meet / praise" and "who met X": the answer is whoever X acted on or whoever acted on
    X, never X."""
    at = q.tokens.index("who") if "who" in q.tokens else -1
    # ("the commerce minister who met Alibaba's president": a "who" after its noun asks for that noun)
    return at >= 0 and (q.tokens[at + 1:at + 2] in (("did",), ("does",), ("do",), ("will",), ("has",), ("had",))
                        or (at + 1 < len(q.tokens) and q.tokens[at + 1] in _DONE_TO
                            and all(t in _LEADING for t in q.tokens[:at])))


def _named_in_question(base: FactBase, entity_id: str, q: Question) -> bool:
    ent = base.entities.get(entity_id)
    words = set(q.tokens)
    # ("who met khurram dastgir": a person's first two names name him)
    return ent is not None and (any(set(tokens(name)) <= words for name in ent.names if tokens(name))
                                or (ent.type == "person" and len(tokens(ent.name)) > 2
                                    and set(tokens(ent.name)[:2]) <= words))


_OFFICE_ENDS = frozenset("""to at in on when while who whom that which from per of during after before met meet visited
    did does do and or lead leader leading led head""".split())  # ("who was Alibaba's team leader …": that is asked)


def _office_asked(q: Question) -> set[str]:
    """The office a who-question asks the holder of, as stems: "who was *Alibaba's chairman* in 2017",
    "pti chairman?" — the words right after "who is/was (the)", or a terse line's first ones. Not an
    office named elsewhere ("who met the PM", "whom did the finance minister receive")."""
    toks = list(q.tokens)
    start = 0
    if "who" in toks:
        start = toks.index("who") + 1
        if toks[start:start + 1] not in (["is"], ["was"], ["are"], ["were"], ["s"]):
            return set()
        start += 1
    elif toks[:1] and toks[0] in ("whom", "what", "which", "when", "where", "why", "how", "did", "does", "do"):
        return set()
    head: list[str] = []
    for t in toks[start:start + 6]:
        if t in _OFFICE_ENDS:
            break
        head.append(t)
    if toks[start + len(head):start + len(head) + 1] in (["met"], ["meet"], ["visited"]):
        return set()  # "who was Alibaba's … the prime minister met" (Urdu's order): the office is who was met
    return {stem(t) for t in head} & OFFICE_NOUNS


def _names_office(base: FactBase, line: Line, office: set[str]) -> bool:
    """The line's role title names one of the offices asked (as stems), or its sentence does beside a
    person it names ("Alibaba Group Chairman Jack Ma"; not "held at the Prime Minister's Office")."""
    fact = base.facts[line.fact_ids[0]]
    if fact.kind == "role":
        return not office.isdisjoint(stem(w) for w in tokens(str(fact.role.get("title") or "")))
    words = tokens(line.text)
    return _names_person(base, fact) and any(
        stem(w) in office and words[i + 1:i + 2] not in (["office"], ["s"]) for i, w in enumerate(words))


def _role_holders(base: FactBase, cited: Sequence[Line], numbers: dict[str, int], office: set[str] | None = None) -> str:
    """"Shehbaz Sharif: Prime Minister of Pakistan (2025) [1]; Nawaz Sharif: … (2017) [2]." from
    role facts' structured fields, one clause per holder, at most two — only holders of the office
    asked, when one is ("who was Alibaba's chairman" is not answered by the prime minister's title)."""
    clauses: list[str] = []
    seen: set[str] = set()
    for line in cited:
        fact = base.facts[line.fact_ids[0]]
        if fact.kind != "role" or fact.about[0] in seen:
            continue
        person = base.entities[fact.about[0]]
        title = str(fact.role.get("title") or "")
        if not title or (office and office.isdisjoint(stem(w) for w in tokens(title))):
            continue
        seen.add(person.id)
        clauses.append(f"{person.name}: {title} ({base.year_of(fact)}) {_marks(line.fact_ids, numbers)}")
        if len(clauses) == 2:
            break
    return "; ".join(clauses) + "." if clauses else ""


def overview(base: FactBase, answer: Answer, entity_id: str) -> str:
    """The lead of a /who or /policy page: who someone is (their latest role, from its fields), what
    a policy did (its measures, by their curated names), or what a thing is (its description) —
    each with its citations."""
    numbers = answer.citation_numbers()
    by_heading = {section.heading: [line for line in section.lines if line.fact_ids] for section in answer.sections}
    roles = [line for line in by_heading.get("Roles", ()) if base.facts[line.fact_ids[0]].about[0] == entity_id]
    if roles:
        latest = max(roles, key=lambda line: (base.year_of(base.facts[line.fact_ids[0]]), -roles.index(line)))
        held = _role_holders(base, [latest], numbers)
        if held:
            return fit_lead(held)
    named: dict[str, list[str]] = {}
    if base.entities[entity_id].type in ("policy", "topic", "event"):
        named = _named_items(base, by_heading.get("Measures", []), skip={entity_id}, strict=False)
    if len(named) > 1:
        return _listing(named, numbers, noun=" measures", most=4)
    # ("/policy e-commerce 2017": the year's one measure says what was done, before what the topic is)
    for heading in (("Measures", "About") if named else ("About", "Measures")):
        lines = by_heading.get(heading, [])
        if lines:
            return fit_lead(_with_marks(lines[0].text, lines[0].fact_ids, numbers))
    first = next((line for lines in by_heading.values() for line in lines), None)
    return fit_lead(_with_marks(first.text, first.fact_ids, numbers)) if first else ""
