"""Answer builders: who, policy, compare and ask, all from one validated base (did-you-mean: suggest.py).

Every builder either cites facts or says plainly that the sources do not answer. The thresholds
below were calibrated on the real base (see tests/core/test_answers.py): a clear winner is
answered, near-ties become `ambiguous`, and anything weaker is `not_found` with did-you-mean.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import islice, pairwise

from rapidfuzz.distance import OSA

from .answer import Answer, Candidate, Line, Section
from .chat import chat_word, expand, strip_markup
from .compose import fit_lead, lead, merge_same, overview
from .index import ALL_TYPES, POLICY_TYPES, WHO_TYPES, Index, Query
from .layout import publisher_short
from .model import Entity, Fact, FactBase, family
from .quantities import COUNT_NOUNS, CURRENCY_AFTER, CURRENCY_BEFORE, MONTHS, PEOPLE, SMALL, find_quantities
from .question import (
    AUXILIARIES,
    COMMON_ZIPF,
    FILLER,
    LEADING_CHAT,
    LIST_KINDS,
    ROLE_WORDS,
    SAY_WORDS,
    SYNONYMS,
    Question,
    english_skeletons,
    english_spelling,
    is_filler,
    read,
    skeleton,
    skeleton_table,
    vowel_count,
    vowels_dropped_from,
    zipf,
)
from .search import (
    ARTICLE_WORDS,
    AT_OCCASION,
    GROUP_NOUNS,
    KIND_WORDS,
    LINK_MISSING,
    MONTH_NUMBERS,
    UNIT_WORDS,
    WEEKDAYS,
    EventSummary,
    Hits,
    Mention,
    asked_months,
    asked_verb,
    brings_about,
    corrected_claim,
    events,
    is_forecast,
    is_government,
    is_kind,
    known_once,
    lies_within,
    mentioned_entities,
    name_initials,
    one_option,
    order_of_deed,
    past_form,
    per_index,
    publisher_filter,
    quantity_words,
    roles_by_person,
    search_facts,
    slipped_name,
    task_only,
    titled_claim,
    unsaid_before,
    unsaid_choice,
    without_unknown_option,
)
from .text import (
    NUMBER,
    QUESTION_WORDS,
    STOPWORDS,
    YEAR,
    fold,
    kept_acronyms,
    same_name_spelling,
    stem,
    tokens,
    translit_key,
    truncate,
)
from .verify import check_claim, rate_for_share

CLEAR_MIN = 0.74  # weakest match answered outright
MARGIN = 0.08  # lead over the runner-up that makes a winner "clear"
MAX_LINES = 40  # per section; the front ends page them, the rest is counted, not hidden silently
MAX_CANDIDATES = 10

SECTION_ORDER = (
    ("description", "About"),
    ("role", "Roles"),
    ("event", "Meetings and events"),
    ("action", "What they did"),
    ("statement", "What was said"),
    ("measure", "Measures"),
    ("figure", "Figures"),
)


@dataclass(frozen=True)
class Resolution:
    status: str
    entity: Entity | None
    near: tuple[Entity, ...] | Callable[[], list[Entity]]  # a callable: looked for only when read
    query: Query
    note: str = ""

    @cached_property
    def candidates(self) -> tuple[Entity, ...]:
        """The names offered with the verdict. A fallback that only asks whether a side resolved never
        reads them, so the look-alike scan of every name (the dearest step of a miss) runs on demand."""
        return tuple(self.near()) if callable(self.near) else self.near


def describe(base: FactBase, ent: Entity) -> str:
    """A short tag that tells two similar names apart: latest role, else type and year."""
    roles = [base.facts[f] for f in base.by_entity.get(ent.id, ()) if base.facts[f].kind == "role"
             and ent.id in base.facts[f].about[:1]]
    if roles:
        latest = max(roles, key=lambda f: (base.year_of(f), f.id))
        title = str(latest.role.get("title") or "")
        return truncate(f"{title}, {base.year_of(latest)}", 60)
    year = f", {ent.year}" if ent.year else ""
    return f"{ent.type}{year}"


def candidates(base: FactBase, ents: Iterable[Entity]) -> tuple[Candidate, ...]:
    """The first few to show; only those are described (a first name shared by hundreds of people
    would otherwise read every one's role facts for a list cut to ten)."""
    return tuple(Candidate(e.id, truncate(e.name, 100), describe(base, e)) for e in islice(ents, MAX_CANDIDATES))


def resolve(base: FactBase, index: Index, text: str, types: frozenset[str], *, context: bool = False) -> Resolution:
    """Find the one entity a query names, or say why not (ambiguous, not found). A lookup that finds
    nothing as typed is read as a reader shortens names: chat shorthand ("intl", "co"), Roman numerals
    ("ITA-II"), a name split in two ("tao bao") and the initials of a long name ("AIDC")."""
    res = _resolve(base, index, text, types)
    if res.status != "not_found":
        return res
    for variant in _lookup_variants(index, text):
        again = _resolve(base, index, variant, types)
        if again.status == "answer":
            return again
    # "jems dong", "michel evens": a whole name misspelt as the question reader reads names
    words = tuple(tokens(text))
    named = mentioned_entities(index, words)
    if len(named) == 1 and len(named[0].entities) == 1 and named[0].entities[0].type in types \
            and len(named[0].words) == len(words):
        return Resolution("answer", named[0].entities[0], (), res.query)
    # (only a lookup reads past context: a question's "the spokesperson of PTI" asks for someone else)
    return (_with_context(base, index, text, types) if context else None) or res


def _named_by(base: FactBase, index: Index, text: str, types: frozenset[str]) -> list[Entity]:
    found = _resolve(base, index, text, types)
    return [found.entity] if found.entity is not None else list(found.candidates) if found.status == "ambiguous" else []


def _with_context(base: FactBase, index: Index, text: str, types: frozenset[str]) -> Resolution | None:
    """"jack ma alibaba", "shehbaz sharif pm", "tmall alibaba": a name with a word or two that place
    it — words its own facts use — is that name. A word its facts never use ("imran khan niazi")
    could be someone else's name, so it is not read past."""
    words = text.split()
    for cut in range(len(words) - 1, 0, -1):
        for name, rest in ((words[:cut], words[cut:]), (words[len(words) - cut:], words[:len(words) - cut])):
            if len(rest) > 3:
                continue
            found = _resolve(base, index, " ".join(name), types)
            if found.status != "answer" or found.entity is None:
                continue
            said = [t for t in tokens(expand(" ".join(rest))) if t not in STOPWORDS]
            if not said:
                continue
            context = [stem(t) for t in said]
            if all(t in FILLER for t in context) and not found.entity.unnamed:
                # "jack ma lol", "khawaja asif role": nothing after the name but chat or "role" ("FBR
                # chairman name" still asks for the name the sources never give)
                return found
            others = _named_by(base, index, " ".join(rest), types)
            if any(e.type == "person" for e in others) and found.entity not in others \
                    and not set(context) <= _title_stems(base, found.entity.id):
                # "khan (pti)": someone's name placed by another, not context of PTI ("nawaz sharif pm"
                # is placed by his own title, though "pm" alone reads as today's prime minister)
                continue
            terms = {t for fid in base.by_entity.get(found.entity.id, ()) for t in index.fact_terms[fid]}
            if all(t in terms for t in context):
                return found
    return None


def _title_stems(base: FactBase, eid: str) -> set[str]:
    """The words of the titles someone's role facts give them: "prime minister" for Nawaz Sharif."""
    return set().union(*(_title_terms(f) for fid in base.by_entity.get(eid, ())
                         if (f := base.facts[fid]).kind == "role" and eid in f.about[:1]))


_ROMAN = {"ii": "2", "iii": "3", "iv": "4"}


def _lookup_variants(index: Index, text: str) -> list[str]:
    """Only readings that change something a reader shortened; the text as typed was tried first."""
    out = [expand(text)]
    words = tokens(text)
    if any(w in _ROMAN for w in words):
        out.append(" ".join(_ROMAN.get(w, w) for w in words))
    out += [" ".join([*words[:i], words[i] + words[i + 1], *words[i + 2:]]) for i in range(len(words) - 1)
            if words[i] + words[i + 1] in index.token_entities]  # "tao bao": Taobao
    if len(words) == 1 and words[0].isalpha() and (ids := name_initials(index).get(words[0])):
        out.append(index.base.entities[ids[0]].name)
    return [v for v in dict.fromkeys(out) if v.strip() != text.strip()]


def _resolve(base: FactBase, index: Index, text: str, types: frozenset[str]) -> Resolution:
    query = Query.parse(text)
    if not query.words:
        return Resolution("not_found", None, (), query, "Type a name or topic to look up.")
    exact = index.exact_entities(text.strip().casefold(), types) or index.exact_entities(" ".join(query.words), types)
    matches = index.match_entities(query, types)
    if query.years:
        in_year = [m for m in matches if _has_year(index, m.entity, query.years)]
        if matches and not in_year:
            years = " or ".join(map(str, query.years))
            near = [m.entity for m in matches[:5]]
            return Resolution("not_found", None, tuple(near), query,
                              f"The sources have nothing matching that in {years}.")
        matches = in_year
        exact = [e for e in exact if _has_year(index, e, query.years)]
    shared = index.shared_surname(query) & {m.entity.id for m in matches}
    if len(shared) > 1 and not any(fold(e.name) == fold(" ".join(query.words)) for e in exact):
        ents = sorted((base.entities[e] for e in shared), key=lambda e: (-index.popularity.get(e.id, 0), e.name))
        return Resolution("ambiguous", None, tuple(ents), query, "Several people share that name.")
    if len(exact) == 1:
        return Resolution("answer", exact[0], (), query)
    if len(exact) > 1:
        return Resolution("ambiguous", None, tuple(exact), query, "Several entries have that name.")
    if not matches and not exact:

        slipped = [base.entities[e] for e in slipped_name(index, " ".join(query.words)) if base.entities[e].type in types]
        if len(slipped) == 1:
            return Resolution("answer", slipped[0], (), query)
    if not matches or matches[0].score < CLEAR_MIN:
        if matches:
            return Resolution("not_found", None, tuple(m.entity for m in matches[:5]), query, "")
        return Resolution("not_found", None, lambda: index.did_you_mean(" ".join(query.words), types), query, "")
    top = matches[0]
    close = [m for m in matches if top.score - m.score < MARGIN]
    if len(close) == 1:
        return Resolution("answer", top.entity, (), query)
    return Resolution("ambiguous", None, tuple(m.entity for m in close), query, "Several entries match.")


def _has_year(index: Index, ent: Entity, years: tuple[int, ...]) -> bool:
    have = index.entity_years.get(ent.id, frozenset())
    return any(y in have for y in years)


def _facts_answer(base: FactBase, question: str, facts: Iterable[Fact]) -> tuple[Answer, tuple[Line, ...]]:
    """A free-text question's answer from its facts, titled as the reader typed it, and its lines (which
    its lead is built from)."""
    lines = tuple(fact_lines(base, facts))
    return Answer("answer", truncate(strip_markup(question) or question.strip(), 200), (Section("", lines),),
                  command="ask", query=question, base=base), lines


def _not_found(base: FactBase, command: str, query: str, note: str, near: Iterable[Entity] = (), *,
               related: Iterable[Fact] = (), missing: str = "") -> Answer:
    note = note or "The articles do not answer this."
    return Answer("not_found", "Not in the sources", candidates=candidates(base, near), note=note,
                  command=command, query=query, base=base, related=tuple(f.id for f in related), missing=missing)


def _ambiguous(base: FactBase, command: str, query: str, note: str, among: Iterable[Entity]) -> Answer:
    return Answer("ambiguous", "Which one do you mean?", candidates=candidates(base, among), note=note,
                  command=command, query=query, base=base)


def _from_resolution(base: FactBase, command: str, text: str, res: Resolution) -> Answer | None:
    if res.status == "ambiguous":
        return _ambiguous(base, command, text, res.note, res.candidates)
    if res.status == "not_found":
        return _not_found(base, command, text, res.note, res.candidates)
    return None


# -- building lines --------------------------------------------------------------------------------

def _date_key(base: FactBase, fact: Fact) -> tuple:
    article = base.articles[fact.source.article]
    when = fact.when.sort_key if fact.when else (article.published.year, article.published.month, 32)
    return (*when, article.published.toordinal(), fact.id)


def fact_lines(base: FactBase, facts: Iterable[Fact]) -> list[Line]:
    """Lines for facts in order; the same role from several outlets is one line citing all; a fact
    with a conflict is always followed by the facts it disagrees with, each flagged."""
    lines: list[Line] = []
    placed: set[str] = set()
    roles: dict[tuple, int] = {}
    for fact in facts:
        if fact.id in placed:
            continue
        # the whole disagreement: everything that conflicts with it, and with those, in turn
        group = [fact.id]
        for fid in group:
            group.extend(c for c in base.conflicts.get(fid, ()) if c not in placed and c not in group)
        # flagged even when the facts it disagrees with were already shown beside another of theirs
        if len(group) > 1 or fact.id in base.conflicts:
            for fid in group:
                placed.add(fid)
                lines.append(Line(base.facts[fid].says, (fid,), conflict=True))
            continue
        placed.add(fact.id)
        if fact.kind == "role":
            key = (fold(str(fact.role.get("title", ""))), fact.role.get("org"), base.year_of(fact), fact.about[0])
            if key in roles:
                i = roles[key]
                lines[i] = Line(lines[i].text, (*lines[i].fact_ids, fact.id), lines[i].conflict)
                continue
            roles[key] = len(lines)
        lines.append(Line(fact.says, (fact.id,)))
    return merge_same(base, lines)


def _sections(base: FactBase, facts: list[Fact], order: tuple[tuple[str, str], ...] = SECTION_ORDER
              ) -> tuple[Section, ...]:
    by_kind: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_kind[fact.kind].append(fact)
    sections = []
    for kind, heading in order:
        group = sorted(by_kind.get(kind, ()), key=lambda f: _date_key(base, f))
        if not group:
            continue
        lines = fact_lines(base, group)
        if len(lines) > MAX_LINES:
            # a disagreement is never cut in half: both sides stay, whatever the count
            kept = lines[:MAX_LINES] + [line for line in lines[MAX_LINES:] if line.conflict]
            rest = len(lines) - len(kept)
            lines = kept + ([Line(f"… and {rest} more {heading.lower()} in the sources", ())] if rest else [])
        sections.append(Section(heading, tuple(lines)))
    return tuple(sections)


def _facts_of(base: FactBase, entity_ids: Iterable[str], years: tuple[int, ...] = ()) -> list[Fact]:
    seen: dict[str, Fact] = {}
    for eid in entity_ids:
        for fid in base.by_entity.get(eid, ()):
            fact = base.facts[fid]
            if not years or base.year_of(fact) in years:
                seen.setdefault(fid, fact)
    return list(seen.values())


def _children(index: Index, eid: str) -> list[str]:
    """The entity and everything that is part of it (a budget and its measures)."""
    return family(index.children, eid)


# -- commands --------------------------------------------------------------------------------------

def who(base: FactBase, index: Index, text: str, *, identity: bool = False) -> Answer:
    """A person or organisation: roles with dates, meetings, what they did and said; an office the
    sources never put a name to is not_found, its facts related. Asked as "who is X" (`identity`), the
    whole text names whom (no word of it is read as context around a name)."""
    res = resolve(base, index, text, WHO_TYPES, context=not identity)
    if res.status == "not_found" and (held := role_facts(base, index, text)) is not None and held[0]:
        # "/who president": no one is called that, but the sources name who holds the title
        holders = [base.entities[p] for p in dict.fromkeys(f.about[0] for f in held[0])]
        if len(holders) == 1:
            return profile(base, holders[0], text, res.query.years)
        return _ambiguous(base, "who", text, f"Several people in the sources hold the title “{text.strip()}”.", holders)
    named = {c.id for c in res.candidates if base.entities[c.id].type == "person" and not base.entities[c.id].unnamed}
    if res.status == "ambiguous" and named and (held_by := role_holders(base, index, text)) is not None and \
            held_by.status == "answer" and named <= {f.about[0] for f in held_by.facts()}:
        # "/who prime minister": an office whose named people are its holders — every holder, each year
        # ("/who the secretary" means only secretaries the sources never name: still asked back)
        return replace(held_by, command="who")
    early = _from_resolution(base, "who", text, res)
    if early:
        return early
    assert res.entity is not None
    return profile(base, res.entity, text, res.query.years)


def profile(base: FactBase, ent: Entity, text: str, years: tuple[int, ...] = ()) -> Answer:
    """/who's page for an entity already found: it needs nothing of the base but the entity's own
    facts, the entities and articles they cite, and their conflicts (so a compiled store can answer
    it from those rows alone while the base loads — `store.Store.quick_who`)."""
    facts = sorted(_facts_of(base, [ent.id], years), key=lambda f: (ent.id not in f.about[:1], _date_key(base, f)))
    if ent.unnamed and facts:
        # "who is the chairman of the FBR", "/who fbr chairman": the sources mention the office but never
        # its holder, which is what /who asks — what they say of the office is related, not the answer
        # (readers asked "/who fbr chairman" mostly expected "not in the sources": 54 to 39 on dev)
        return _not_found(base, "who", text, f"The sources mention the office “{ent.name}” but do not name who holds it.",
                          related=facts[:3], missing="the name of the person")
    if not facts:
        return _not_found(base, "who", text, f"The sources say nothing about {ent.name} for that year.", [ent])
    year = f" in {', '.join(map(str, years))}" if years else ""
    answer = Answer("answer", f"{ent.name}{year}", _sections(base, facts), command="who", query=text, base=base,
                    note=_type_note(base, ent))
    return replace(answer, lead=overview(base, answer, ent.id))


def _type_note(base: FactBase, ent: Entity) -> str:
    parent = base.entities.get(ent.part_of) if ent.part_of else None
    label = ent.type
    return f"{label.capitalize()}{f', part of {parent.name}' if parent else ''}"


def policy(base: FactBase, index: Index, text: str) -> Answer:
    """A policy, measure or topic (optionally with a year): measures, rates, dates, who decided. What
    nothing matches as typed is read again as `ask` reads it ("/policy incm tax onlne", "/policy p n s c
    plan": slips of the words, a name spelt out in letters)."""
    answer = _policy(base, index, text)
    if answer.status != "not_found":
        return answer
    meant = names_joined(index, text) or _respelled(index, text, read(text))
    if meant is not None and (fixed := _policy(base, index, meant)).status != "not_found":
        typed = truncate(text.strip(), 200)  # (a title that was the text read is the text as typed)
        return replace(fixed, query=text, title=typed if fixed.title == truncate(meant.strip(), 200) else fixed.title)
    return answer


def _policy(base: FactBase, index: Index, text: str) -> Answer:
    res = _one_policy(resolve(base, index, text, POLICY_TYPES))
    if res.status == "answer" and res.entity is not None:
        ent = res.entity
        facts = _facts_of(base, _children(index, ent.id), res.query.years if ent.type == "topic" else ())
        order = (("measure", "Measures"), ("action", "Decisions and actions"), ("event", "Dates and events"),
                 ("figure", "Figures"), ("statement", "What was said"), ("role", "Who"), ("description", "About"))
        answer = Answer("answer", ent.name, _sections(base, facts, order), command="policy", query=text,
                        base=base, note=_type_note(base, ent))
        return replace(answer, lead=overview(base, answer, ent.id))
    if res.status == "ambiguous":
        return _from_resolution(base, "policy", text, res)  # type: ignore[return-value]

    hits = search_facts(base, index, text, kinds=frozenset({"measure", "action", "figure", "statement", "event"}),
                        suggest=False)
    if hits.facts and (asked := ask(base, index, text)).status == "not_found" and asked.missing \
            and asked.missing != LINK_MISSING:
        # "/policy ecommerce committee members": no policy by that name, and the detail asked of the one
        # it is about ("members", "the duty itself" above the threshold) is one its facts never give —
        # refused by name, as the question would be
        return replace(asked, command="policy")
    if hits.facts:
        lines = tuple(fact_lines(base, hits.facts))
        answer = Answer("answer", truncate(text.strip(), 200), (Section("", lines),), command="policy", query=text,
                        base=base)
        # "/policy smes onboarding": no one policy is named, so the best line of the search leads
        return replace(answer, lead=lead(base, read(text), lines, answer.citation_numbers()))
    note = res.note or hits.note
    return _not_found(base, "policy", text, note, res.candidates)


def _one_policy(res: Resolution) -> Resolution:
    """/policy is asked about policies: among an ambiguous few, the one policy (not the meeting about
    it), or the measure within the other (the threshold cut within the budget, for "parcels")."""
    if res.status != "ambiguous":
        return res
    ids = {e.id for e in res.candidates}
    policies = [e for e in res.candidates if e.type == "policy"]
    inner = [e for e in policies if e.part_of in ids]
    pick = policies if len(policies) == 1 else inner if len(inner) == 1 and len(ids) == 2 else []
    return replace(res, status="answer", entity=pick[0], near=()) if pick else res


COMPARE_ROWS = (
    ("Who visited whom", ("event",)),
    ("People and roles", ("role",)),
    ("Market figures", ("figure",)),
    ("Policies and measures", ("measure",)),
    ("Stated goals and statements", ("statement", "action")),
)
PER_SIDE = 12
COMPARE_WORDS = frozenset({"compare", "compared", "comparison", "difference", "differences", "between", "vs",
                           "versus", "change", "changed", "since"})


# the words a side of "X vs Y" is one time of the same thing by: "old vs new", "before vs after"
THEN_AND_NOW = frozenset({"old", "new", "before", "after", "then", "now", "earlier", "later", "previous", "current"})


def _says_nothing_about(base: FactBase, index: Index, side: str) -> Hits | None:
    """The side's refusal when it asks about a word no fact uses ("india ecommerce 2017"), as it would
    asked alone: the topic's nearest figures would answer about something else."""
    # "ecommerce metrics 2017", "ecom vibes 2017": words asking for the topic's figures in general are
    # no subject of their own (a slip of one too: "metrrics")
    kept = [w for w in read(side).tokens if not _generic(w)]
    hits = search_facts(base, index, read(" ".join(kept)), suggest=False)
    return hits if not hits.facts and "say nothing about “" in hits.note else None


def _latest_year(base: FactBase) -> int:
    """The year of the newest article: what "now" means to the sources."""
    return max(art.published.year for art in base.articles.values())


def compare(base: FactBase, index: Index, a: str, b: str, *, ask_sides: bool = True) -> Answer:
    """Two years, or two entities, side by side in rows; an empty side says so. With `ask_sides`, a
    side that names no one thing is asked as a question of its own."""
    label = f"{a.strip()} vs {b.strip()}"
    bare_a, bare_b = tokens(a), tokens(b)
    if len(bare_a) == 1 and YEAR.match(bare_a[0]) and len(bare_b) > 1 and YEAR.match(bare_b[0]) \
            and bare_b[0] != bare_a[0]:
        # "2017 vs 2025 ecommerce size": what follows the second year is compared in both
        a, b = " ".join([*bare_b[1:], bare_a[0]]), bare_b[0]
        bare_a, bare_b = tokens(a), tokens(b)
    if bare_b in (["now"], ["today"], ["currently"]) and (then := [w for w in bare_a if YEAR.match(w)]):
        # "pk ecommerce size 2017 vs now": the same thing in the sources' latest year
        # (the year alone, so that the rules for "ecommerce size 2017 vs 2025" below apply as typed)
        b = str(_latest_year(base))
        bare_b = [b]
    when_a, when_b = [w for w in bare_a if w in THEN_AND_NOW], [w for w in bare_b if w in THEN_AND_NOW]
    if len(when_a) == 1 and len(when_b) == 1 and when_a != when_b:
        # "old vs new duty free limit", "the limit before vs after the budget": one thing's change
        subject = " ".join(w for w in (*bare_a, *bare_b) if w not in THEN_AND_NOW)
        changed = ask(base, index, subject) if subject else None
        if changed is not None and changed.status == "answer":
            return replace(changed, title=truncate(label, 200), command="compare", query=label)
    fallback: dict[str, tuple[str, list[Fact], str]] = {}
    for x, y in ((bare_a, bare_b), (bare_b, bare_a)):
        if not (len(y) == 1 and YEAR.match(y[0]) and len(x) > 1 and (then := [w for w in x if YEAR.match(w)])):
            continue
        carrier = resolve(base, index, " ".join(w for w in x if w not in then), ALL_TYPES)
        carried = " ".join(y[0] if w == then[0] else w for w in x)
        if (carrier.entity is not None and (carrier.entity.type in WHO_TYPES or _topic_in_year(
                base, index, carrier.entity, [w for w in x if w not in then], int(y[0])))) or (
                carrier.status == "ambiguous" and carrier.candidates and all(c.type in WHO_TYPES for c in carrier.candidates)) \
                or (carrier.status != "ambiguous" and search_facts(base, index, read(carried), suggest=False).facts):
            # "alibaba 2017 vs 2025": Alibaba in 2025 on the other side, not the whole year ("prime
            # minister 2017 vs 2025": whichever of its holders each year had; "exports 2017 vs 2025":
            # the exports the sources give for 2025, when they give any — else the whole year)
            a, b = (a, carried) if y is bare_b else (carried, b)
        elif (unknown := _says_nothing_about(base, index, " ".join(x))) is not None:
            # "india ecommerce 2017 vs 2025": no figure of Pakistan's e-commerce stands for India's
            return _not_found(base, "compare", label, unknown.note, unknown.near, missing=unknown.missing)
        elif (carrier.status == "not_found" or (carrier.entity is not None and carrier.entity.type == "topic")) and (
                nearest := _nearest_figures(base, index, carrier, [w for w in x if w not in then], int(y[0]))) \
                and (own := _nearest_figures(base, index, carrier, [w for w in x if w not in then], int(then[0]))):
            # "e-commerce size 2017 vs 2025": no size for 2025, but that year's figures about e-commerce
            # (its share of retail) are what a reader compares the 2017 size with — each side the topic's
            # figures of its year, those of the asked measure first, and a measure one year lacks named
            fallback[b if y is bare_b else a] = nearest
            fallback[a if y is bare_b else b] = (own[0], own[1], "")
        elif (words := [w for w in x if w not in then]) and \
                (mine := _year_facts(base, index, words, int(then[0]), carrier)) and \
                (theirs := _year_facts(base, index, words, int(y[0]), carrier)):
            # "2017 2025 mobile": no one thing to line up, but the side asked of each year has its
            # answer there — each side is that year's answer (a year without one leaves nothing to compare)
            subject = " ".join(words)
            fallback[a if y is bare_b else b] = (f"{subject} {then[0]}", mine, "")
            fallback[b if y is bare_b else a] = (f"{subject} {y[0]}", theirs, "")
    qa, qb = Query.parse(a), Query.parse(b)
    if qa.years and qb.years and not qa.words and not qb.words:
        return _compare_years(base, qa.years[0], qb.years[0], label)
    sides: list[tuple[str, list[Fact]]] = []
    keys: list[tuple[str, tuple[int, ...]]] = []
    for side, other in ((a, b), (b, a)):
        if side in fallback:
            name, facts, _ = fallback[side]
            keys.append((f"~{side.strip()}", ()))
            sides.append((name, facts))
            continue
        figure = _figure_side(base, index, side, other)
        if figure:  # "Rs5000 vs Rs500", "$25bn vs $20bn exports": the facts that give each figure
            keys.append((f"#{side.strip()}", ()))
            sides.append((side.strip(), figure))
            continue
        res = resolve(base, index, side, ALL_TYPES)
        if res.status == "ambiguous" and (named := resolve(base, index, side, WHO_TYPES)).status == "answer":
            res = named  # "dar vs dastgir": the person, not also the meeting named after him
        if res.status == "ambiguous" and res.candidates and res.query.years:
            # "prime minister 2017", "alibaba delegation 2017": of the names it fits, those of that year
            of_year = [c for c in res.candidates if _facts_of(base, [c.id], res.query.years)]
            if len(of_year) == 1:
                res = replace(res, status="answer", entity=of_year[0], near=())
            elif of_year and sum(c.type == "person" and not c.unnamed for c in of_year) <= 1:
                # "alibaba delegation 2017": that year's delegation, its meeting and its leader, together
                # (two people a bare name fits stay asked back)
                keys.append(("+".join(c.id for c in of_year), res.query.years))
                sides.append((side.strip(), _facts_of(base, [i for c in of_year for i in _children(index, c.id)],
                                                      res.query.years)))
                continue
        searched = _searched_side(base, index, side, other) if res.status == "not_found" and ask_sides else []
        if not searched and res.status == "not_found" and ask_sides:
            # "what did alibaba pledge in 2017 vs 2025": the side is a question of its year, as asked alone;
            # "taobao c2c vs tmall b2c share": a name and what is asked of it (two words at least: "the 2024"
            # is no question), answered as asked alone — the side is asked once for either
            typed = read(side)
            yearly = bool(typed.years) and not QUESTION_WORDS.isdisjoint(typed.tokens)
            if (yearly or sum(t not in STOPWORDS and not YEAR.match(t) for t in tokens(side)) > 1) \
                    and (asked_side := ask(base, index, side)).status == "answer":
                searched = asked_side.facts()[:3]
                if not yearly:
                    keys.append((f"!{side.strip()}", ()))
                    sides.append((side.strip(), searched))
                    continue
        if searched:  # "what Dar said vs what Khurram said about mobile banking": each side asked
            keys.append((f"?{side.strip()}", ()))
            sides.append((side.strip(), searched))
            continue
        if res.status != "answer" or res.entity is None:
            if res.status == "not_found" and (alone := _one_year(base, index, bare_a, bare_b, label)) is not None:
                return alone
            early = _from_resolution(base, "compare", side, res)
            assert early is not None
            return Answer(early.status, f"{early.title} ({side.strip()})", candidates=early.candidates,
                          note=early.note, command="compare", query=label, base=base)
        years = res.query.years
        name = res.entity.name + (f" {'/'.join(map(str, years))}" if years else "")
        keys.append((res.entity.id, years))
        sides.append((name, _facts_of(base, _children(index, res.entity.id), years)))
    asked = [k for k, _ in keys if k.startswith("?")]
    if asked and len(asked) < len(keys):
        # "what Dar said vs what Khurram said about mobile banking": when one side is a question, a
        # name on the other is asked the same question, not for everything about it
        for n, (side, other) in enumerate(((a, b), (b, a))):
            if not keys[n][0].startswith(("?", "#")) and (searched := _searched_side(base, index, side, other)):
                keys[n] = (f"?{side.strip()}", ())
                sides[n] = (side.strip(), searched)
    echoes = [n for n, (k, _) in enumerate(keys) if k.startswith("!")
              and {f.id for f in sides[n][1]} <= {f.id for f in sides[1 - n][1]}]
    if echoes:
        # "18% sales tax vs 17% sales tax": a side asked alone that gives only the other side's facts (the
        # sources' correction of it) is no second thing to compare
        side = (a, b)[echoes[0]]
        return _not_found(base, "compare", label, f"The sources give nothing on {side.strip()} of its own.",
                          missing=side.strip())
    keys = [(f"?{k[1:]}", y) if k.startswith("!") else (k, y) for k, y in keys]
    if keys[0] == keys[1]:
        return _not_found(base, "compare", label,
                          f"Both sides are {sides[0][0]}: name two different things, or one thing in two "
                          f"years (e.g. “{sides[0][0]} 2017 vs {sides[0][0]} 2025”).")
    lacking = "; ".join(side[2] for side in fallback.values() if side[2])
    said = f"The sources give no {lacking}." if lacking else ""
    title = f"{sides[0][0]} vs {sides[1][0]}"
    asked = [k for k, _ in keys if k.startswith("?")]
    if len(asked) == 2 and (by_year := _by_year(a, b)):
        # "what did alibaba pledge in 2017 vs 2025": one question asked of two years, each side its year
        sides = [(year, facts) for year, (_, facts) in zip(by_year, sides, strict=True)]
        title = label
    answer = Answer("answer", title, _rows(base, sides, in_order=bool(fallback)),
                    command="compare",
                    query=label, base=base, missing=lacking,
                    note="Each side shows its year's figures on the same subject." if said else "")
    led = _compare_lead(base, answer, sides, figures_first=bool(fallback), own_first=len(asked) == 2)
    return replace(answer, lead=f"{led} {said}".strip() if led else "")


def _one_year(base: FactBase, index: Index, bare_a: list[str], bare_b: list[str], label: str) -> Answer | None:
    """"2017 2025 mobile banking" where only 2017 has any: one thing asked of two years, refused by
    naming the year that lacks it, with the other year's answer as related facts (readers split on
    whether half a comparison answers one). None when the sides are not one thing in two years, or
    when neither or both years answer it."""
    pair = [(x, y) for x, y in ((bare_a, bare_b), (bare_b, bare_a))
            if len(y) == 1 and YEAR.match(y[0]) and len(x) > 1 and sum(bool(YEAR.match(w)) for w in x) == 1]
    if not pair:
        return None
    x, y = pair[0]
    then = next(w for w in x if YEAR.match(w))
    words = [w for w in x if w != then]
    if then == y[0] or not set(words) - STOPWORDS:
        return None
    carrier = resolve(base, index, " ".join(words), ALL_TYPES)
    found = {year: _year_facts(base, index, words, year, carrier) for year in (int(then), int(y[0]))}
    have = [year for year, facts in found.items() if facts]
    if len(have) != 1:
        return None
    empty = next(year for year in found if year != have[0])
    dated = any(base.year_of(f) == empty for f in base.facts.values())
    named = " ".join(w for w in words if w not in STOPWORDS) or " ".join(words)  # not "what about exports in"
    lacking = f"{named} for {empty}" if dated else f"anything from {empty}"
    return _not_found(base, "compare", label, f"The sources give no {lacking}, so there is nothing to compare; "
                      f"what they give for {have[0]} is under related.", related=found[have[0]][:3], missing=lacking)


def _by_year(a: str, b: str) -> tuple[str, str] | None:
    """The two sides' years when the sides ask one question of two years ("what did alibaba pledge in
    2017" and "in 2025"): the words of one, years aside, are among the other's; else None."""
    qa, qb = read(a), read(b)
    if len(qa.years) != 1 or len(qb.years) != 1 or qa.years == qb.years:
        return None
    wa, wb = set(qa.words), set(qb.words)
    return (str(qa.years[0]), str(qb.years[0])) if wa <= wb or wb <= wa else None


def _year_facts(base: FactBase, index: Index, words: list[str], year: int, carrier: Resolution) -> list[Fact]:
    """The facts of one year that answer a compare side's words asked as a question of that year; when
    the words are a topic's (or several topics': "mobile"), that year's figures on those topics."""
    hits = search_facts(base, index, read(" ".join([*words, str(year)])), suggest=False)
    found = [f for f in hits.facts if base.year_of(f) == year][:PER_SIDE]
    topics = [c for c in carrier.candidates if c.type == "topic"] if carrier.status == "ambiguous" else []
    if found or not topics or len(topics) < len(carrier.candidates):
        return found
    return [f for f in _facts_of(base, [i for c in topics for i in _children(index, c.id)], (year,))
            if f.kind == "figure"][:3]


def _topic_in_year(base: FactBase, index: Index, topic: Entity, words: list[str], year: int) -> bool:
    """"internet access 2017 vs 2025": the topic has facts in the other year, and when the side names
    a measure beyond the topic's own name ("internet *users*"), one of those facts speaks of it."""
    facts = _facts_of(base, _children(index, topic.id), (year,))
    named = {stem(w) for n in topic.names for w in tokens(n)}
    measure = {stem(w) for w in tokens(" ".join(words)) if w not in STOPWORDS} - named
    return any(measure <= set(index.fact_terms[f.id]) for f in facts)


def _nearest_figures(base: FactBase, index: Index, carrier: Resolution, words: list[str],
                     year: int) -> tuple[str, list[Fact], str] | None:
    """A topic's figures in one year, those whose measure shares the side's other words first
    ("e-commerce size": the industry's size before its forecast): the side must be the topic by one of
    its names and measure words, or only the topic's own words and words asking for figures ("internet
    access numbers"). The third item names the asked measure when the year's best figure does not carry
    it ("e-commerce size for 2025"), else is empty."""
    typed = [w for w in read(" ".join(words)).tokens if w not in COMPARE_WORDS]  # "... compare with now"
    side = set(typed) - STOPWORDS
    asked = {stem(w) for w in side}
    for cand in carrier.candidates or ((carrier.entity,) if carrier.entity is not None else ()):
        names = [set(read(n).tokens) for n in cand.names]
        named = {stem(w) for n in names for w in n}
        # "internet users": a topic's keyword names it as well as its names do (the measure is still
        # the words beyond its names, which the year's figures may lack)
        keyed = any(k and k <= side for k in (set(read(k).tokens) for k in cand.keywords))
        if cand.type != "topic" or not (keyed or any(n and n <= side for n in names) or asked - GENERIC_MEASURE <= named):
            continue
        figures = [f for f in _facts_of(base, _children(index, cand.id), (year,)) if f.kind == "figure"]
        if not figures:
            return None
        measure = frozenset(asked - named - GENERIC_MEASURE)

        measured = {f.id: {stem(w) for w in read(str(f.figure.get("measure") or "")).tokens} for f in figures}
        figures.sort(key=lambda f: (-len(measure & measured[f.id]) * 2 - len(asked & measured[f.id]), len(measured[f.id])))
        what = " ".join(w for w in typed if stem(w) in measure)
        # "internet users for 2025": the topic as the reader named it, when its own name is longer
        topic = cand.name.lower() if set(read(cand.name).tokens) <= side else " ".join(w for w in typed if stem(w) not in measure)
        lacking = f"{topic} {what} for {year}" if measure and not measure & measured[figures[0].id] else ""
        return (f"{cand.name} {year}", figures[:3], lacking)
    return None


# the words that ask for any figure, not one measure ("e-commerce figures 2017 vs 2025")
_GENERIC_WORDS = """figure figures number numbers stat stats statistics data indicator indicators metric metrics
    estimate estimates outlook picture situation overview trend trends vibe vibes""".split()
GENERIC_MEASURE = frozenset(stem(w) for w in _GENERIC_WORDS)


def _generic(word: str) -> bool:
    """A word that asks for a topic's figures in general, or a slip of one ("metrrics")."""
    return stem(word) in GENERIC_MEASURE or (len(word) > 4 and any(OSA.distance(word, g) <= 1 for g in _GENERIC_WORDS))


def _searched_side(base: FactBase, index: Index, side: str, other: str) -> list[Fact]:
    """A side that names no one thing is a question of its own, with what the other side adds about
    both ("about mobile banking" in "what Dar said vs what Khurram said about mobile banking")."""
    side, articles = publisher_filter(index, side)  # "according to Arab News, which company sent it"
    other = publisher_filter(index, other)[0]
    asked = read(side)
    there = read(other)
    named = {i for m in mentioned_entities(index, there.tokens) for i in range(m.start, m.start + len(m.words))}
    shared = [w for i, w in enumerate(there.tokens) if i not in named and w in there.words and w not in asked.words]
    hits = search_facts(base, index, read(" ".join([*asked.tokens, *shared])), suggest=False, articles=articles)
    # "Thursday vs Friday for the DG ISPR presser": the facts with the side's own words first
    own = {stem(w) for w in asked.words if not is_filler(w)}
    return ([f for f in hits.facts if own <= {stem(w) for w in tokens(f"{f.says} {f.source.quote}")}]
            or hits.facts)[:3]


def _figure_side(base: FactBase, index: Index, side: str, other: str) -> list[Fact]:
    """A side that is a figure: the facts giving it, about what the two sides share ("exports" in
    "$25bn vs $20bn exports" belongs to both)."""
    asked = read(side)
    if len(asked.numbers) != 1:
        return []
    shared = [w for w in read(other).words if not NUMBER.match(w) and w not in asked.words]
    hits = search_facts(base, index, read(" ".join([*asked.tokens, *shared])), suggest=False)
    number = asked.numbers[0]
    at = asked.tokens.index(number) if number in asked.tokens else -1
    unit = tuple(UNIT_WORDS.intersection(asked.tokens[at + 1:at + 2])) if at >= 0 else ()

    def gives(text: str) -> bool:  # the number with its unit ("18 percent", not "$18" or "18 December")
        words = quantity_words(text)
        return any(w == number and tuple(words[i + 1:i + 1 + len(unit)]) == unit for i, w in enumerate(words))

    found = [f for f in hits.facts if gives(f"{f.says} | {f.source.quote}")]
    # the facts whose own sentence gives the figure before those with it only in their quote
    return ([f for f in found if gives(f.says)] or found)[:3]


def _compare_years(base: FactBase, ya: int, yb: int, label: str) -> Answer:
    in_a = [f for f in base.facts.values() if base.year_of(f) == ya]
    in_b = [f for f in base.facts.values() if base.year_of(f) == yb]
    if not in_a and not in_b:
        return _not_found(base, "compare", label, f"The sources have nothing for {ya} or {yb}.",
                          missing=f"anything from {ya} or {yb}")
    unseen = [y for y, facts in ((ya, in_a), (yb, in_b)) if not facts and not any(
        str(y) in f"{f.says} {f.source.quote}" for f in base.facts.values())]
    if unseen:  # "2019 vs 2023": a year the sources neither date nor mention leaves nothing to compare
        empty, other = (ya, in_b) if ya in unseen else (yb, in_a)
        return _not_found(base, "compare", label, f"The sources have nothing for {empty}, so there is nothing to compare.",
                          related=other[:3], missing=f"anything from {empty}")
    subject = _shared_subject(base, in_a, in_b)
    note = ""
    if subject:
        articles = {f.source.article for f in base.facts.values() if subject.id in f.entity_ids()}
        in_a = [f for f in in_a if f.source.article in articles]
        in_b = [f for f in in_b if f.source.article in articles]
        note = f"Compared on the subject both years share: {subject.name}."
    sides = [(str(ya), in_a), (str(yb), in_b)]
    answer = Answer("answer", f"{ya} vs {yb}", _rows(base, sides), note=note, command="compare", query=label,
                    base=base)
    return replace(answer, lead=_compare_lead(base, answer, sides))


def _weight(base: FactBase, fact: Fact) -> int:
    """How central a fact is: how much the sources say about the named people and organisations in
    it (the prime minister meeting Alibaba outweighs an attendance list or a date)."""
    return sum(len(base.by_entity.get(e.id, ())) for e in map(base.entities.get, fact.entity_ids())
               if e and e.type in ("person", "organisation") and not e.unnamed)


def _compare_question(base: FactBase, index: Index, q: Question) -> Answer | None:
    """"compare pakistan ecommerce in 2017 and 2025", "alibaba 2017 vs alibaba 2025", "difference
    between X and Y": the two sides, compared; None when no two sides can be told apart."""
    import re

    from .routing import split_sides

    if len(q.years) == 2 and not re.search(r"\b(?:vs|versus)\b", q.text, re.I):
        subject = " ".join(w for w in q.words if w not in COMPARE_WORDS)
        # the words are shared by both years ("2017 ecom size vs the 2020 forecast" is no question per side)
        found = compare(base, index, *[f"{subject} {y}".strip() for y in q.years], ask_sides=False)
        # "how did things change from 2017 to 2025", "the 2017 internet figure vs 2025 teledensity": the
        # two years themselves; but "exports in 2025 compared to 2024" asks about exports, which 2024
        # has nothing on — not whatever else that year has
        terms = [t for w in subject.split() if not is_filler(w) and (t := known_once(index, w)) is not None]
        unmet = bool(terms) and any(all(index.year_facts.get(year, frozenset()).isdisjoint(index.postings.get(t, ()))
                                        for t in terms) for year in q.years)
        return found if found.status == "answer" or not subject or unmet else compare(base, index, *map(str, q.years))
    both = re.match(r"^\W*(?:how|where|in what ways?|to what extent)?\s*(?:(?:do|does|did)\s+)?(?:the\s+)?(.+?)\s+and\s+"
                    r"(?:the\s+)?(.+?)\s+(?:differ|disagree)(?:s|ed)?\s+(?:on|in|about|over|regarding|as to)\s+(.+?)[?!.\s]*$",
                    q.text, flags=re.I)
    if both:  # "how do Arab News and Profit differ on which company sent it": each side on that
        each = [f"according to {side}, {both[3]}" if publisher_filter(index, f"according to {side}")[0] == ""
                 else f"{side} {both[3]}" for side in (both[1], both[2])]
        return compare(base, index, *each)
    differ = re.match(r"^\W*(?:how\s+)?(?:(?:does|did|do|is|was)\s+)?(.+?)\s+differ(?:s|ed)?\s+from\s+(.+?)[?!.\s]*$",
                      q.text, flags=re.I)
    if differ:  # "how does PTI's take on Imran differ from the army's"
        return compare(base, index, differ[1], differ[2])
    text = re.sub(r"^\W*(?:compare|comparison of|(?:what is )?the difference between)\s+", "", q.text, flags=re.I)
    sides = split_sides(text.rstrip("?!. "))
    return compare(base, index, *sides) if sides else None


def _measure(fact: Fact) -> str:
    """What a figure measures, without its qualifier or year: the key that lines up two sides."""
    import re

    text = str(fact.figure.get("measure") or "")
    return " ".join(re.sub(r"\([^)]*\)|\b(?:19|20)\d\d\b", " ", text).casefold().split())


def _compare_lead(base: FactBase, answer: Answer, sides: list[tuple[str, list[Fact]]], *,
                  figures_first: bool = False, own_first: bool = False) -> str:
    """What changed, in the facts' own words: the same measure on both sides when both have one
    (else each side's first meeting or event), each with its citation. With `figures_first` (a
    side stands in with its year's other figures), each side's first figure, in the side's order;
    with `own_first` (each side a question asked on its own), each side's best answer."""
    numbers = answer.citation_numbers()
    cited = [[f for f in facts if f.id in numbers] for _, facts in sides]
    by_measure = [{_measure(f): f for f in sorted(fs, key=lambda f: numbers[f.id]) if f.kind == "figure" and _measure(f)}
                  for fs in cited]
    shared = [k for k in by_measure[0] if k in by_measure[1]]
    figures = [next((f for f in fs if f.kind == "figure"), None) for fs in cited]
    if own_first and cited[0] and cited[1]:
        pair = (cited[0][0], cited[1][0])
    elif shared:
        pair = (by_measure[0][shared[0]], by_measure[1][shared[0]])
    elif figures_first and figures[0] is not None and figures[1] is not None:
        pair = (figures[0], figures[1])
    else:
        firsts = [next((f for f in sorted(fs, key=lambda f: numbers[f.id]) if f.kind == "event"), None) for fs in cited]
        if firsts[0] is None or firsts[1] is None:  # "18% vs 5%": each side's own first fact
            firsts = [min(fs, key=lambda f: numbers[f.id]) if fs else None for fs in cited]
        if firsts[0] is None or firsts[1] is None:
            return ""
        pair = (firsts[0], firsts[1])
    if pair[0] is pair[1]:  # one fact gives both ("from over $25 billion to $20 billion")
        return fit_lead(f"{pair[0].says.rstrip('.')} [{numbers[pair[0].id]}].", 480)
    parts = [f"{name}: {fact.says.rstrip('.')} [{numbers[fact.id]}]" for (name, _), fact in zip(sides, pair, strict=True)]
    return fit_lead("; ".join(parts) + ".", 480)


def _shared_subject(base: FactBase, in_a: list[Fact], in_b: list[Fact]) -> Entity | None:
    """The non-place entity most present in both years: what a reader compares across them."""
    def counts(facts: list[Fact]) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for fact in facts:
            for eid in fact.entity_ids():
                out[eid] += 1
        return out

    ca, cb = counts(in_a), counts(in_b)
    shared = [(min(ca[e], cb[e]), e) for e in ca.keys() & cb.keys()
              if base.entities[e].type in ("organisation", "platform", "topic")]
    return base.entities[max(shared)[1]] if shared else None


def _rows(base: FactBase, sides: list[tuple[str, list[Fact]]], *, in_order: bool = False) -> tuple[Section, ...]:
    """Each kind of fact, side by side; `in_order` keeps each side's own order (figures ranked by the
    measure asked), else the weightiest first."""
    sections = []
    for heading, kinds in COMPARE_ROWS:
        lines: list[Line] = []
        for name, facts in sides:
            # a meeting or visit first; budget dates and attendance lines after it
            chosen = [f for f in facts if f.kind in kinds]
            if not in_order:
                chosen.sort(key=lambda f: (-_weight(base, f), _date_key(base, f)))
            if not chosen:
                lines.append(Line(f"{name}: nothing in the sources", ()))
                continue
            side_lines = fact_lines(base, chosen)
            extra = len(side_lines) - PER_SIDE
            for line in side_lines[:PER_SIDE]:
                lines.append(Line(f"{name}: {line.text}", line.fact_ids, line.conflict))
            if extra > 0:
                lines.append(Line(f"{name}: … and {extra} more", ()))
        if any(line.fact_ids for line in lines):
            sections.append(Section(heading, tuple(lines)))
    return tuple(sections)


# "courier company", "finance ministers": a list of people or organisations, which the index holds
# only as its own kinds — never a list of facts
ENTITY_NOUNS = frozenset(stem(w) for w in (*LIST_KINDS, "party", "parties")) | ROLE_WORDS
# the words for an organisation's people ("the Alibaba team", "PTI guys")
GROUP_STEMS = frozenset(stem(w) for w in GROUP_NOUNS | {"team", "teams", "staff", "delegation", "delegates"})


# "X was small compared with Y" mid-sentence: a comparison inside a claim, which may be the claim's own words
_COMPARED_MID = re.compile(r"(?<=\w)\s+compared\s+(?:with|to)\s+", re.IGNORECASE)


def ask(base: FactBase, index: Index, question: str) -> Answer:
    """A free-text question, read once, then retrieved, judged and composed: the facts that answer
    it, led by a sentence that answers it, or not_found naming what the sources lack."""
    if (meant := names_joined(index, question)) is None and (meant := _unlabelled(index, question)) is None:
        q = read(question)
        meant = _respelled(index, question, q)
    if meant is not None:  # "whhich alibaba platform", "who is the d g i s p r": asked as meant, titled as typed
        return _as_typed(ask(base, index, meant), question)
    besides = _besides(index, q)
    if besides is None:
        return _ask(base, index, question, q=q)
    # "who else attended besides the PM": the question without its clause, less what that sets aside
    return _as_typed(_ask(base, index, besides[0].text, besides), question)


# "KPI check: e-comm share of retail?", "next caller: what did Gohar say": a label before a colon
_LABEL = re.compile(r"^\W*([^:?!\n]{1,40}?)\W*:\s+(?=\S+\s+\S+\s+\S)")


def _unlabelled(index: Index, question: str) -> str | None:
    """The question after a label that names nothing the sources know ("talent pool check:", "for the
    wire:", "listener question:"): the reader's own heading, whose unknown words would otherwise
    block the question. None when the label names something (a year, a name, a word of the facts
    other than decoration: "exports 2017: before and after", "PTI: …") or asks ("which came first: …")."""
    m = _LABEL.match(question)
    if m is None:
        return None
    words = tokens(fold(m[1]))
    if not words or len(words) > 4 or any(
            w in QUESTION_WORDS or YEAR.match(w) or NUMBER.match(w) or w in index.token_entities
            or (w not in STOPWORDS and not is_filler(w) and (w in index.postings or stem(w) in index.postings))
            for w in words):
        return None
    return question[m.end():]


def _as_typed(answer: Answer, question: str) -> Answer:
    """An answer to the question as it was read, titled with the question as the reader typed it."""
    return replace(answer, query=question, title=truncate(strip_markup(question) or question.strip(), 200)
                   if answer.status == "answer" else answer.title)


@per_index
def _names_run_together(index: Index) -> tuple[dict[str, str], list[str]]:
    """Every name, alias and keyword written as one run of letters, as written and (keyed "~…") in
    the transliteration key, so "shah baz" meets "Shehbaz", against its words; and the runs as
    written, sorted, to tell whether a run of pieces may still grow into one."""
    table: dict[str, str] = {}
    for ent in index.base.entities.values():
        for name in (ent.name, *ent.aliases, *ent.keywords):  # ("DG ISPR" is the spokesman's keyword)
            words = tokens(name)
            if words:
                table.setdefault("".join(words), " ".join(words))
                table.setdefault("~" + translit_key("".join(words)), " ".join(words))
    return table, sorted(k for k in table if not k.startswith("~"))


def _begins_a_name(runs: list[str], run: str) -> bool:
    at = bisect_left(runs, run)
    return at < len(runs) and runs[at].startswith(run)


@lru_cache(maxsize=8192)
def _piece(word: str) -> bool:
    """A word that may be a piece of a transliterated name ("shah", "baz"): no short, stop- or
    common English word ("khan ne", "share of", "are on")."""
    # ("budget kab pass hua tha bhai": Roman Urdu's "tha" and "bhai" are words, not "Taobao" in pieces)
    return len(word) > 2 and word.isalpha() and word not in STOPWORDS and zipf(word) < 4.0 \
        and not chat_word(word)


def names_joined(index: Index, question: str) -> str | None:
    """The question with each name typed in pieces joined ("ali baba", "t mall", "d g i s p r",
    "shah baz"), or None when there is none: read as typed, the pieces are words the sources do not
    use, which block the answer. Read from the text as typed ("r" is not yet "are"), so routing can
    ask it before it chooses a command ("who is the p t i chairman"). A run grows while it may still
    become a name as written, or while its pieces may be a transliterated name's; the longest wins."""
    toks = tokens(question)
    joined, runs = _names_run_together(index)
    spans: list[tuple[list[str], str]] = []
    i = 0
    while i < len(toks):
        found: tuple[int, str] | None = None
        run = toks[i]
        pieces = _piece(run)
        for j in range(i + 1, min(i + 6, len(toks))):
            run += toks[j]
            pieces = pieces and _piece(toks[j])
            as_written = run.isalpha() and _begins_a_name(runs, run)
            if not as_written and not pieces:
                break
            span = toks[i:j + 1]
            if len(run) < 5 and any(len(w) > 1 for w in span):
                continue  # under five letters only from single letters ("p t i")
            name = joined.get(run) if as_written else None
            if name is None and pieces:
                name = joined.get("~" + translit_key(run))
                if name is not None and abs(len(name) - name.count(" ") - len(run)) > 1:
                    name = None  # ("pnsc ceo" keys as "pnsc": a longer run is a word beside the name)
            if name is not None and name != " ".join(span) and len(name.split()) < len(span):
                found = (j, name)  # not the name's own words ("dg ispr"), and fewer pieces than typed
        if found is None:
            i += 1
            continue
        spans.append((toks[i:found[0] + 1], found[1]))
        i = found[0] + 1
    fixed = question
    for span, name in spans:
        fixed = re.sub(r"\b" + r"[\s.\-]*".join(map(re.escape, span)) + r"\b", name, fixed, flags=re.IGNORECASE)
    return fixed if fixed != question else None


_ASKING_WORDS = QUESTION_WORDS - {"wat", "wht"}  # (chat's own spellings, read as words already)


def _question_words_near(word: str) -> list[str]:
    """The question words one slip (an edit or two letters swapped) from a short word the speller
    leaves alone: too short for English's likeliest word to be trusted, but question words are few."""
    return [w for w in _ASKING_WORDS if w != word and OSA.distance(word, w) <= 1]


NAMED_TYPES = frozenset({"person", "organisation", "body", "platform", "place"})  # named, not an event's title


@per_index
def _name_words(index: Index) -> dict[str, str]:
    """The words of the base's names by their terms ("alibaba" → "alibaba", "chaudhri" → "chaudhry"):
    the word that is its own term, else the one word that has it."""
    by_term: dict[str, set[str]] = defaultdict(set)
    for word, ids in index.token_entities.items():
        if word.isalpha() and len(word) >= 5 and any(
                (e := index.base.entities.get(i)) is not None and e.type in NAMED_TYPES for i in ids):
            by_term[stem(word)].add(word)
    return {term: term if term in words else next(iter(words)) for term, words in by_term.items()
            if term in words or len(words) == 1}


def _side_by_side(index: Index, first: str, second: str) -> bool:
    """The base writes the two words next to each other — apart or hyphened ("kick-start", "duty-free",
    "James Dong") — in a fact's sentence or quote, or in a name. Looked up when asked, in the facts
    that have both words: few questions need it, and a table of every pair of words the base writes
    would be made for each index and kept (10 MB at 100,000 facts)."""
    have = [index.postings.get(stem(word), ()) for word in (first, second)]
    if not have[0] or not have[1]:
        return False
    pair = (first, second)
    for fid in set(have[0]).intersection(have[1]):
        if (fact := index.base.facts.get(fid)) is not None and pair in pairwise(
                tokens(f"{fact.says} {fact.source.quote}".casefold())):
            return True
    return any(pair in pairwise(tokens(name.casefold())) for entity in index.base.entities.values()
               for name in entity.names)


def _compound_of(index: Index, word: str) -> str | None:
    """The two words of the base a word is, run together ("kickstart": "kick start"), where only one
    split of it is two words the base writes side by side; else None."""
    splits = [(word[:i], word[i:]) for i in range(3, len(word) - 2) if _side_by_side(index, word[:i], word[i:])]
    return " ".join(splits[0]) if len(splits) == 1 else None


@per_index
def _base_skeletons(index: Index) -> dict[str, tuple[str, ...]]:
    """The words the facts use, by their skeleton (`skeleton`), the one in most facts first."""
    return skeleton_table(index.word_terms, lambda w: len(index.postings.get(index.word_terms[w], ())))


def _unknown_to_all(index: Index, word: str) -> bool:
    """A word of letters that neither English nor the base has (a slip, or letters left out)."""
    return word.isalpha() and zipf(word) == 0 and word not in index.postings and stem(word) not in index.postings \
        and word not in index.token_entities


_FUNCTION_WORDS = STOPWORDS | AUXILIARIES | QUESTION_WORDS


def _vowels_restored(index: Index, word: str, question: str) -> str | None:
    """The word meant by one typed without its vowels ("mbl brdbnd", "jrnlsts", "imrn khn"): a word
    of the facts with its skeleton, the most used, else the commonest English one. A short one is
    often an abbreviation that is what is asked ("kp" is no "keep", "tcs" no "tacos"): two letters
    stand for a function word only ("dd": "did", "cn": "can"), three for an everyday word ("mch":
    "much"). Only for a word neither English nor the base has, nor chat's tables, with at most one
    vowel after its first letter (two in a long word, none in a short one), not typed in capitals
    ("SCO" is a name), and not a slip of another word of the base."""
    if len(word) < 2 or vowel_count(word) > 1 + (len(word) >= 8) or not _unknown_to_all(index, word) or chat_word(word) \
            or re.search(rf"\b{word.upper()}\b", question):
        return None
    if len(word) <= 3 and any(c in "aeiou" for c in word):
        return None  # "jin", "hed", "kis": Roman Urdu's short words, and slips, keep a vowel
    key = skeleton(word)
    full = next((w for w in _base_skeletons(index).get(key, ()) if vowels_dropped_from(word, w)), None) or next(
        (w for w in english_skeletons().get(key, ()) if vowels_dropped_from(word, w) and (
            w in _FUNCTION_WORDS or len(word) > 3 or (len(word) == 3 and zipf(w) >= COMMON_ZIPF))), None)
    if full is None or (index.typo_word(word) or full) != full or full in MONTHS:
        return None  # "jak" is the base's "jack" mistyped, not English's "jake"; a month ("augst 2022") is left
    return full  # to the date rules, which read a claim's misremembered date against the facts' own


_GLUED_NUMBER = re.compile(r"([a-z]{2,})(\d{1,2})")


_SCALES = ((1_000, "thousand"), (1_000_000, "million"), (1_000_000_000, "billion"))
# the unit tokens a figure is written with once read ("18 percent", "25 usd"): percent and every currency
_UNIT_TOKENS = frozenset({"percent"} | {c.casefold() for c in (*CURRENCY_BEFORE.values(), *CURRENCY_AFTER.values())})
_COUNTED = frozenset(stem(w) for w in COUNT_NOUNS | PEOPLE | {"person", "member", "guy", "guys", "man", "men", "log"})


def _scale_left_out(index: Index, toks: tuple[str, ...], word: str) -> str | None:
    """"25" as "25 billion" when the base has no figure 25 but has one figure 25 thousand, million or
    billion: a reader who has the scale in mind ("exports fell from 25 to 20") leaves it out. Only a
    bare number of one to three digits (no unit after it, not a year or a day), and only one scale that fits."""
    if not 1 <= len(word) <= 3 or word in index.postings:
        return None
    if any((a == word and (b in _UNIT_TOKENS or b in MONTHS or stem(b) in _COUNTED)) or (b == word and a in MONTHS)
           for a, b in pairwise(toks)):
        return None  # ("$25", "18 percent"; "june 30" is a day; "a 20 person team" counts people)
    fits = [name for factor, name in _SCALES if str(int(word) * factor) in index.postings]
    return f"{word} {fits[0]}" if len(fits) == 1 else None


@per_index
def _dated_months(index: Index) -> tuple[frozenset[tuple[int, int]], frozenset[tuple[int, int]]]:
    """The (month, day) of every fact's date, and the (year, month) of every fact dated to a month or day."""
    days: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    for fact in index.base.facts.values():
        when = fact.when
        if when is not None and when.date is not None:
            days.add((when.date.month, when.date.day))
            months.add((when.date.year, when.date.month))
        elif when is not None and when.month:
            months.add((int(when.month[:4]), int(when.month[5:7])))
    return frozenset(days), frozenset(months)


def _year_after_month(index: Index, toks: tuple[str, ...], word: str) -> str | None:
    """"jul 25", "apr 17": a month and a day, or a month and its year in two digits. Read as the year
    ("2025") when no fact is dated that day of that month but facts are dated in that month of that
    year; "on july 25" is a day however the sources read."""
    if len(word) != 2 or word[0] == "0":
        return None
    at = next((i for i in range(1, len(toks)) if toks[i] == word and toks[i - 1] in MONTH_NUMBERS), None)
    if at is None or (at > 1 and toks[at - 2] == "on") or (at + 1 < len(toks) and toks[at + 1].isdigit()):
        return None
    month, day, year = MONTH_NUMBERS[toks[at - 1]], int(word), 2000 + int(word)
    days, months = _dated_months(index)
    return f"{year}" if (month, day) not in days and (year, month) in months else None


def _respelled(index: Index, question: str, q: Question) -> str | None:
    """The question with each slip of an English word spelt ("whhich", "spookesman", "offie",
    "souurces"), or None when there is none. Read as typed, the slip is a word the sources do not
    use, which blocks the answer, and the words the question turns on ("which", "office") go unseen.
    Only a word of the question as read (Roman Urdu already in English) that English does not have,
    that the base neither uses nor names someone by ("shahbaaz" stays a name), with a common word
    one slip away (`english_spelling`) that is not another word than the base's own nearest one
    ("acuse" is the base's "accuse", not English's likelier "cause")."""
    fixes: dict[str, str] = {}
    for word in dict.fromkeys(q.tokens):
        if (full := _vowels_restored(index, word, question)) is not None:
            fixes[word] = full  # "hw mch sls tx on parcls": "sales", "tax", "parcels"
            continue
        if 3 <= len(word) < 5 and word.isalpha() and zipf(word) == 0 and word not in index.postings \
                and word not in index.token_entities and len(near := _question_words_near(word)) == 1:
            fixes[word] = near[0]  # "whch", "whih", "waht": a slip of the one question word it is near
            continue
        if word[-1].isdigit() and (glued := _GLUED_NUMBER.fullmatch(word)) and word not in index.postings \
                and word not in index.token_entities \
                and (glued[1] in index.postings or glued[1] in index.token_entities):
            fixes[word] = f"{glued[1]} {glued[2]}"  # "ita2", "ita2 signing tgt": the agreement and its number
            continue
        if word.isdigit() and (year := _year_after_month(index, q.tokens, word)) is not None:
            fixes[word] = year  # "who led the alibaba team jul 25": July 2025, as nothing is dated 25 July
            continue
        if word.isdigit() and (scaled := _scale_left_out(index, q.tokens, word)) is not None:
            fixes[word] = scaled  # "exports fell from 25 to 20": $25 billion and $20 billion, the scale left unsaid
            continue
        if len(word) >= 7 and word.isalpha() and word not in index.postings and stem(word) not in index.postings \
                and word not in index.token_entities and (two := _compound_of(index, word)) is not None:
            fixes[word] = two  # "kickstart", "dutyfree", "jamesdong": two words the base writes apart, typed as one
            continue
        if len(word) < 5 or not _unknown_to_all(index, word):
            continue
        english = english_spelling(word)
        if english is None and (named := _name_words(index).get(index.typo_of(word) or "")):
            fixes[word] = named  # "who led albaba team 2025": a name's slip, so that the name is found as one
            continue
        if english is None or (mentioned_entities(index, (word,)) and not mentioned_entities(index, (english,))
                               and stem(english) not in index.postings):
            continue
        if (base_word := index.typo_of(word) or index.known_term(stem(word))) is not None and base_word != stem(english):
            continue
        fixes[word] = english
    if not fixes:
        return None
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, fixes)) + r")\b", re.IGNORECASE)
    fixed = pattern.sub(lambda m: fixes.get(m[0].casefold(), m[0]), question)
    return fixed if fixed != question else None


_TIMELINE = re.compile(r"\b(?:(?:the\s+)?(?:whole|full|complete|entire)\s+)?(?:time ?lines?|chronology|sequence of events)\b",
                       re.IGNORECASE)
_DATED_KINDS = frozenset({"person"})  # (a company's "timeline" is as often its plan's: "the PNSC plan's timeline")


def _timeline_of(index: Index, q: Question, question: str) -> str | None:
    """The question asking a person's timeline ("imran khan timeline", "timeline of khan stuff") as
    one asking all the dates about him; None otherwise — a plan's or measure's "timeline" is its
    deadline, which the sources may not give ("pnsc reform timeline")."""
    if not _TIMELINE.search(question):
        return None
    kinds = {e.type for m in mentioned_entities(index, q.tokens) for e in m.entities}
    if not kinds or not kinds <= _DATED_KINDS:
        return None
    return _TIMELINE.sub("all the dates", question)


_LISTED_EVENTS = frozenset("meetings meeting visits visit trips delegations".split())


def _events_listed(toks: tuple[str, ...]) -> bool:
    """"list every meeting with Pakistani officials": the meetings are listed, the officials say whose (a
    meeting word before any word for people); "which officials were at every meeting" lists the people."""
    events = next((i for i, t in enumerate(toks) if t in _LISTED_EVENTS), None)
    people = next((i for i, t in enumerate(toks) if t in PEOPLE_WORDS), None)
    return events is not None and (people is None or events < people)


def _ask(base: FactBase, index: Index, question: str,
         besides: tuple[Question, set[str], tuple[str, ...], str] | None = None, *, q: Question | None = None) -> Answer:
    q = q or read(question)
    set_aside = frozenset(besides[1]) if besides is not None else frozenset()  # not listed among who took part
    if besides is None and (dated := _timeline_of(index, q, question)) is not None:
        # "imran khan timeline pls": every dated line about him, as "all the dates in …" asks
        timeline = replace(_ask(base, index, dated), query=question)
        return replace(timeline, title=truncate(strip_markup(question) or question.strip(), 200)) \
            if timeline.status == "answer" else timeline
    if (unnamed := _members_not_named(base, index, q, question)) is not None:
        return unnamed  # "name the six Alibaba delegates": only the leader is named, listing or not
    if (summary := _article_summary(base, index, q, question)) is not None:
        return summary
    if q.intent == "list":
        if (ATTENDING & set(q.tokens) or _LISTED_EVENTS & set(q.tokens)) and (
                present := ordered_event(base, index, q, question, set_aside)) is not None:
            # "list everyone who attended the Shehbaz-Alibaba meeting": who took part in it; "list every
            # Alibaba-Pakistan meeting with dates": the meetings, not the people in them
            return present
        listed = entity_list(base, index, question)
        if listed is not None:
            return listed
        if q.list_kind == "party":  # "which political parties are in ur data": organisations that are one
            parties = [e for e in base.entities.values() if is_kind(e, {"party"})]
            party_list = _entities_answer(base, question, parties) if parties else None
            if party_list is not None:
                return party_list
        if q.list_kind == "event" and (met := ordered_event(base, index, q, question)) is not None:
            return met  # "all alibaba meetings", "list the meetings between pakistan and alibaba": its events
        rest = read(q.list_rest).tokens if q.list_rest else ()
        # a topic or name narrows the index well enough ("the July 2025 e-commerce policies"); other words
        # ("courier company", "finance ministers") are a list the index does not hold
        named = {i for m in mentioned_entities(index, rest, topics=True) for i in range(m.start, m.start + len(m.words))}
        unnamed_words = [(i, w) for i, w in enumerate(rest) if i not in named and not YEAR.match(w)
                         and w not in STOPWORDS and not is_filler(w) and w not in MONTHS]
        narrowing = [w for _, w in unnamed_words]
        # "list everything *the PM ordered*": a name followed by its deed is who acted, not the kind listed
        acting = {i for m in mentioned_entities(index, rest) if (after := m.start + len(m.words)) < len(rest)
                  and past_form(rest[after]) for i in range(m.start, after)}
        kinds = [w for i, w in unnamed_words if i not in acting]
        if narrowing and (q.list_kind is not None or any(stem(w) in ENTITY_NOUNS for w in kinds)):
            # "list every courier company in Pakistan": the index cannot narrow to that, and the whole
            # index is not what was asked
            wanted = " ".join(narrowing)
            return _not_found(base, "ask", question, f"The sources do not list “{wanted}”.",
                              missing=f"a list of “{wanted}”")
        # "list all the tax measures in the 2025 budget", and "give me all the numbers about our e-commerce
        # from 2017" when its facts answer: every fact that answers, not an index
        gathered = read(f"all {q.list_rest}") if narrowing or (named and q.list_kind is None) else None
        if gathered is not None and (narrowing or search_facts(base, index, gathered).facts):
            q = gathered
        else:
            from .browse import browse  # the plain index: people, organisations, topics, years

            return replace(browse(base, _BROWSE_KIND.get(q.list_kind or ""), years=q.years), query=question)
    if q.intent == "compare":
        # "Khurram said e-commerce was in its infant stage compared with global trends": someone's words
        # in the facts' words, tried as a claim first (a comparison of two sides would not find them);
        # "internet users in 2017 compared to 2025" is a comparison, tried as a claim only if it finds none
        mid = _COMPARED_MID.search(question)
        reported = mid is not None and not SAY_WORDS.isdisjoint(tokens(question[:mid.start()]))
        claimed = ask(base, index, _COMPARED_MID.sub(" ", question)) if reported else None
        if claimed is not None and claimed.status == "answer":
            return replace(claimed, query=question)
        compared = _compare_question(base, index, q)
        if compared is not None and compared.status != "answer" and mid is not None and claimed is None:
            claimed = ask(base, index, _COMPARED_MID.sub(" ", question))
            return replace(claimed, query=question) if claimed.status == "answer" else compared
        if compared is not None:
            return compared
    if (expanded := _expansion(base, index, q, question)) is not None:
        return expanded
    if (defined := _definition(base, index, q, question)) is not None:
        if isinstance(defined, Answer):
            return defined
        q = defined
    if (naming := _named_as(base, index, q)) is not None:
        answer, lines = _facts_answer(base, question, naming)
        return replace(answer, lead=lead(base, q, lines, answer.citation_numbers()))
    if (shared := _shared_name(base, index, q, question) or _shared_role(base, index, q, question)) is not None:
        return shared
    if (unheld := _unheld_speaker(base, index, q, question)) is not None:
        return unheld
    ordered = which_first(base, index, q, question) or ordered_event(base, index, q, question, set_aside) or \
        _titles_of(base, index, q, question)
    if ordered is not None:
        return ordered
    # "who will run the Alibaba training": of a measure only announced, before any holder of "run"
    absent = _not_among_attendees(base, index, q, question) or _only_announced(base, index, q, question)
    if absent is not None:
        return absent
    if q.intent == "who" and (before := _predecessor(base, index, q, question)) is not None:
        return before
    if q.intent == "who":
        holders = role_holders(base, index, question) or _office_not_named(base, index, q, question)
        if holders is not None:
            return holders
    if q.intent == "how_many" and (counted := _times_counted(base, index, q, question)) is not None:
        return counted
    asked, articles = publisher_filter(index, q.text)
    if articles is not None:  # "acc to PhoneWorld": the question without the publisher, over its articles
        q = read(asked)
    q = without_choice(q, index) or without_unknown_option(index, q) or q
    hits = search_facts(base, index, q, articles=articles)
    if besides is not None and hits.facts:  # what "besides …" set aside goes
        _, aside, aside_terms, aside_text = besides
        kept = [f for f in hits.facts if not ({f.about[0], f.speaker} & aside or (
            aside_terms and set(aside_terms) <= set(index.text_terms[f.id])))]
        if not kept:
            return _not_found(base, "ask", question, f"The sources give nothing besides {aside_text}.",
                              related=hits.facts[:3], missing=f"anything besides {aside_text}")
        hits = replace(hits, facts=kept)
    if not hits.facts and q.intent == "why":
        hits = _why_in_other_words(base, index, q, articles) or _why_responding(base, index, q, articles) or hits
    if not hits.facts and q.intent == "what":
        hits = _said_in_other_words(base, index, q, articles) or hits
    if not hits.facts and q.intent == "yes_no":
        hits = _promise_claimed(base, index, q, hits, articles) or hits
    if not hits.facts:
        hits = one_option(base, index, q, articles) or hits
    if not hits.facts:
        corrected = corrected_claim(base, index, q)  # "in 2023?": 2022 ("acc to Arab News": in its articles)
        if articles is not None:
            corrected = replace(corrected, facts=[f for f in corrected.facts if f.source.article in articles])
        hits = corrected if corrected.facts else hits
    elif hits.facts and q.intent == "yes_no":
        hits = replace(hits, facts=[f for f in titled_claim(base, index, q, hits.facts)
                                    if articles is None or f.source.article in articles] or hits.facts)
    if not hits.facts and (as_who := _which_office_did(q)) is not None:
        # "which minister defended the presser": who did it, when that person holds such an office
        office, who = as_who
        held = [f for f in search_facts(base, index, who, articles=articles).facts
                if _holder_named(base, index, f, office)]
        if held:
            q, hits = who, replace(hits, facts=held, note="", missing="")
    if hits.facts and (unguessed := _guessed_clause_head(q)) is not None \
            and (plain := search_facts(base, index, unguessed, articles=articles)).facts:
        q, hits = unguessed, plain  # "when did dar meet them, was it in january?": the question, not the guess
    if not hits.facts and (unguessed := _without_guess(q)) is not None:
        # "how many were on the team, like 8?": the question without its wrong guess, answered with the sources' figure
        plain = search_facts(base, index, unguessed, articles=articles)
        if plain.facts:
            q, hits = unguessed, plain
    if hits.facts and (leader := _other_leader(base, index, q, hits.facts, articles)):
        # "was the 2017 delegation to Dar led by Jack Ma": no fact says he led it; the one that says who did
        hits = replace(hits, facts=leader)
    if hits.facts and q.intent == "yes_no" and rate_for_share(q.text, hits.facts[0]) and (
            fixed := _figure_corrected(base, index, q, articles)):
        # "e-commerce is 5% of retail?": the search's "5% income tax on digital retailers" is a rate, not
        # the share claimed; the claim checker's fact on the share corrects it
        hits = replace(hits, facts=fixed, note="", missing="")
    if hits.facts and q.intent == "yes_no" and (actual := _actual_for_forecast(base, q, hits.facts[0], articles)):
        # "was e-commerce $1 billion in 2017": a 2017 forecast for 2020 is no 2017 figure; the 2017 estimate is
        hits = replace(hits, facts=[*actual, *(f for f in hits.facts if f not in actual)])
    if not hits.facts and (fixed := _figure_corrected(base, index, q, articles)):
        # "did alibaba say 80% of c2c?": one wrong figure in a claim the checker finds, answered with the right one
        hits = replace(hits, facts=fixed, note="", missing="")
    if not hits.facts and q.intent == "yes_no" and (placed := _place_corrected(base, index, q, articles)):
        hits = replace(hits, facts=placed, note="", missing="")
    if not hits.facts:
        return _not_found(base, "ask", question, hits.note, hits.near, related=hits.related, missing=hits.missing)
    if unsaid_choice(index, q, hits.facts) is not None and (chosen := one_option(base, index, q, articles)):
        hits = chosen  # "who got hit by the taxes, local sellers or intl platforms": the option a fact says
    if (lacking := _detail_lacking(base, index, q, question, hits.facts)) is not None:
        return lacking
    if (unquoted := _own_words_unquoted(base, index, q, question, hits)) is not None:
        return unquoted
    shared = _shared_name(base, index, q, question, hits.mentions)
    if shared is not None:
        return shared
    answer, lines = _facts_answer(base, question, hits.facts)
    said = lead(base, hits.asked or q, lines, answer.citation_numbers(), aggregate=hits.aggregate)
    if _WHICH_OUTLET.search(q.text):  # "which outlet reported it": the cited articles' publishers answer it
        said = _reported_by(base, answer) or said
    return replace(answer, lead=said)


# a person's own words asked for as spoken ("Jack Ma's quote at Davos verbatim", "in his own words")
# (chat.expand writes "word for word", "in his own words" as "verbatim")
_OWN_WORDS = re.compile(r"\b(?:verbatim|direct quote|exact quote)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[“\"‘][^”\"’]*\w+\s+\w+[^”\"’]*[”\"’]")


def _own_words_unquoted(base: FactBase, index: Index, q: Question, question: str, hits: Hits) -> Answer | None:
    """"What were Jack Ma's exact words at Davos": someone's own words are in a fact only where its
    article quotes them; a sentence that reports what they meant is not their words. None when a fact
    about or by the person named quotes them, or no one is named."""
    if not _OWN_WORDS.search(question) or _QUOTED.search(q.raw):
        return None  # (words the reader quotes are theirs to find: "exact quote from Evans about 'endless …'")
    found = hits.mentions if hits.mentions is not None else mentioned_entities(index, q.tokens)
    people = {e.id: e for m in found for e in m.entities if e.type == "person" and len(m.entities) == 1}
    if len(people) > 1:  # "what did Jack Ma say word for word to Nawaz": the one before the word of saying
        people = {e.id: e for m in found for e in m.entities if e.id in people
                  and q.tokens[m.start + len(m.words):m.start + len(m.words) + 1] in (("say",), ("said",), ("tell",), ("told",))}
    if len(people) != 1:
        return None
    (pid, person), = people.items()
    theirs = [f for f in hits.facts if pid in f.entity_ids()]
    if not theirs or any(_QUOTED.search(f.source.quote) or _QUOTED.search(f.says) for f in theirs):
        return None
    return _not_found(base, "ask", question, f"The sources report what {person.name} said but do not quote "
                      f"{person.name}'s own words.", related=hits.facts[:3], missing=f"{person.name}'s own words")


_WHICH_OFFICE = re.compile(r"^(?:which|what) (?P<office>minister|ministers|official|officials) (?P<rest>(?!is |are )\w.*)$")


_OFFICIAL = stem("official")


def _which_office_did(q: Question) -> tuple[str, Question] | None:
    """"Which minister defended the army's presser", "which minister said Pakistan had 3G": the office
    word and the question as "who …" — a deed, asked of someone by their office. None for "which
    minister is Dar" (an office asked of a person)."""
    m = _WHICH_OFFICE.match(q.folded)
    if m is None:
        return None
    who = read(f"who {m['rest']}")
    return (stem(m["office"]), who) if who.words else None


def _holder_named(base: FactBase, index: Index, fact: Fact, office: str) -> bool:
    """The fact names a person who holds an office of that word in the sources ("Defense Minister
    Khawaja Asif"); an official is anyone the sources give a government title."""
    for eid in fact.entity_ids():
        entity = base.entities.get(eid)
        if entity is None or entity.type != "person":
            continue
        titles = [str(f.role.get("title", "")) for f in roles_by_person(index).get(eid, ())]
        if (office == _OFFICIAL and titles) or any(office in {stem(w) for w in tokens(t)} for t in titles):
            return True
    return False


# a guess the reader adds after asking ("…? 8?", "…, like 30k?", "…, was it 2016?", "…, june 30?"): hedges, then a
# figure or a date, and nothing after it
_GUESS = re.compile(r"(?:\?+|,|\s[-–—])\s*(?:(?:like|maybe|approx(?:imately)?|around|about|roughly|prob(?:ably)?|"
                    r"i think|was it|is it|it was|its|it's|or|and|just|only)\s+)*(?P<guess>[^?,]{1,20}?)\W*$", re.IGNORECASE)
# (the question's text is already normalised: "30 mn", "5bn", "rs 500", "15 pc", "30 ppl" reach this as
# digits and "pkr", "usd", "percent", "people")
_GUESS_WORDS = MONTHS | frozenset("or so ish right m people members percent usd pkr".split())
# "is the 18% tax a sales tax or an income tax": a choice between two things, which the claim checker
# would read as one claim (and "or not", "or what" offer no second thing; the text is cleaned, so "wat",
# "smth" and "sumthing" arrive spelt out)
_CHOICE = re.compile(r"\bor\b(?! (?:not|nah|no|what|something|so)\b)", re.IGNORECASE)


_PLACE_SLOTS = ("to", "in", "at")
# the words a place is the where of: going, travelling, meeting, being held or being somewhere
_LOCATED = frozenset("""go going goes went gone travel travels travelling traveling travelled traveled trip trips visit
    visits visited visiting fly flew flying flown meet meets met meeting meetings held hold happen happened happening
    place was were is are office offices located based hosted talks""".split())


def _place_corrected(base: FactBase, index: Index, q: Question, articles: frozenset[str] | None) -> list[Fact]:
    """"was the commerce minister stopped from going to Turkey", "nawaz met jack ma in beijing": a claim
    whose one place is wrong, where the sources put another place in the same slot ("going to Iran",
    "at Davos") — answered with the facts that give it, as a wrong figure is. Without a fact that puts a
    place in that slot, the claim is refused as before."""
    toks = q.tokens
    spans: list[tuple[int, int]] = []
    for i, t in enumerate(toks[:-1]):
        if t not in _PLACE_SLOTS:
            continue
        j = i + 1
        while j < len(toks) and j - i <= 2 and toks[j] not in STOPWORDS and not YEAR.match(toks[j]) \
                and not NUMBER.match(toks[j]) and (_names_place(index, toks[j]) or _unknown_word(index, toks[j])):
            j += 1
        if j > i + 1:
            spans.append((i, j))
    if len(spans) != 1:
        return []
    start, end = spans[0]
    if _LOCATED.isdisjoint(toks[max(0, start - 4):start]):
        return []  # "set up that platform in Pakistan": a place that is not where something went or happened
    typed = {toks[k] for k in range(start + 1, end)}
    rest = read(" ".join(toks[:start] + toks[end:]))
    found = search_facts(base, index, rest, suggest=False, articles=articles).facts
    slot = ("in", "at") if toks[start] in ("in", "at") else (toks[start],)
    named = {e for w in typed for e in index.exact.get(w, ())}
    if not found or named & set(found[0].entity_ids()):
        return []  # "set up that platform in Pakistan": the best fact has the place typed; its doubt is another
    placed = []
    for fact in found:
        places = [base.entities[e] for e in fact.entity_ids() if e in base.entities and base.entities[e].type == "place"]
        text = f"{fact.says} {fact.source.quote}".casefold()
        if any(re.search(rf"\b(?:{'|'.join(slot)}) (?:the )?{re.escape(n.casefold())}\b(?!['’]s)", text)
               for p in places for n in p.names if not typed & set(tokens(n))):
            placed.append(fact)
    return placed


def _names_place(index: Index, word: str) -> bool:
    """The word is the name of a place in the base ("iran", "islamabad"), however transliterated."""
    return any(e.type == "place" for e in map(index.base.entities.get, index.exact_ids(word)) if e)


def _unknown_word(index: Index, word: str) -> bool:
    """A word the base has no term for (a place it never names: "lahore", "turkey")."""
    return known_once(index, word) is None and not is_filler(word) and stem(word) not in FILLER


def _actual_for_forecast(base: FactBase, q: Question, fact: Fact, articles: frozenset[str] | None) -> list[Fact]:
    """A claim that a figure was so in a year, answered by a forecast made that year for a later one: the
    figures of the same kind (unit, subject) the sources give as so in the year claimed. Empty when the
    fact is no forecast, the claim names the year forecast, or no such figure exists."""
    if not q.years or not is_forecast(fact):
        return []
    made = fact.when.the_year if fact.when else None
    forecast_for = {int(w) for w in tokens(fact.says) if YEAR.match(w)} - {made}
    if not forecast_for or forecast_for & set(q.years) or made not in q.years:
        return []
    unit = fact.figure.get("unit")
    if not any(found.unit == unit for found in find_quantities(q.text)):
        return []  # ("36 million broadband users in 2017": another measure, which the forecast only mentions)
    return sorted((f for fid in base.by_entity.get(fact.about[0], ()) if (f := base.facts[fid]).about[0] == fact.about[0]
                   and f.figure and not is_forecast(f) and f.figure.get("unit") == unit
                   and f.when is not None and f.when.the_year in q.years
                   and (articles is None or f.source.article in articles)), key=lambda f: f.id)


def _figure_corrected(base: FactBase, index: Index, q: Question, articles: frozenset[str] | None) -> list[Fact]:
    """A yes/no claim the search found nothing for (or a figure stated with no question word), whose one
    wrong figure the claim checker finds: the facts that give the right figure. Only a figure: a wrong year
    or name more often asks about another event than misremembers this one ("did jack ma come with the 2025
    delegation"). A count must count the same thing (not "30,000 sellers" against "26 million people"); a
    publisher asked for must say it."""
    # "income tax on digital retailers 10 percent", "500k products on alibaba?": a figure stated with its unit
    stated = q.intent == "what" and QUESTION_WORDS.isdisjoint(q.tokens)
    if not (q.intent == "yes_no" or stated) or not q.numbers or _CHOICE.search(q.text):
        return []
    check = check_claim(index, _CLAIM_FRAME.sub("", q.text), most=_CHECKED_MOST)
    if check.verdict == "not_covered" and (unsaid := _SAYS_THAT.sub("", q.text, count=1)) != q.text:
        # "did dar say taobao holds 80% of c2c": the figure is checked whoever is said to have given it
        check = check_claim(index, _CLAIM_FRAME.sub("", unsaid), most=_CHECKED_MOST)
    if check.verdict != "contradicted" or check.kind != "figure" or check.figures is None:
        return []
    said, found = check.figures
    if min(said.value, found.value) <= 0:
        return []
    ratio = max(said.value, found.value) / min(said.value, found.value)
    if said.unit is None:
        # "did dar say mobile broadband reached 36 million": the count's noun comes before its figure, which
        # is misremembered near the right one — not a span of time, nor a figure of another size
        if stated or found.unit in _SPANS or ratio > 10:
            return []
    elif said.unit != found.unit and not (said.unit in _MEASURED and found.unit in _MEASURED):
        return []
    if ratio > 1000:
        return []  # "the 2025 budget was Rs17.5 trillion" is no misremembered Rs500 threshold: another measure
    facts = [base.facts[f] for f in check.facts if articles is None or base.facts[f].source.article in articles]
    return sorted(facts, key=lambda f: found.text.casefold() not in f.says.casefold())  # the one saying it first


def _other_leader(base: FactBase, index: Index, q: Question, facts: list[Fact],
                  articles: frozenset[str] | None) -> list[Fact]:
    """A yes/no claim that someone led something ("Jack Ma led the delegation that met Dar"), whose
    facts found never say that person led it: the facts that say who did, found by the claim without
    that person's name — a correction, as a wrong figure gets one. Empty when a fact does say so, or
    none says who led it."""
    if q.intent != "yes_no" or not _LED.search(q.text):
        return []
    toks = q.tokens
    led = {i for i, t in enumerate(toks) if _LED.fullmatch(t)}
    # the one claimed to have led: "led by P" ("the delegation to Dar led by Jack Ma"), else "P led / P leading"
    named = [m for m in mentioned_entities(index, toks) if all(e.type == "person" for e in m.entities)]
    people = [m for m in named if m.start >= 2 and toks[m.start - 1] == "by" and m.start - 2 in led] or [
        m for m in named if m.start + len(m.words) in led]
    if len(people) != 1:
        return []
    claimed = {e.id for e in people[0].entities}

    def led_by(f: Fact, ids: set[str]) -> bool:  # ("the *leading* e-commerce companies" leads nothing)
        return bool(_LED_VERB.search(f.says)) and any(e in ids for e in f.entity_ids())

    if any(led_by(f, claimed) for f in facts):
        return []
    span = range(people[0].start, people[0].start + len(people[0].words))
    rest = " ".join(t for i, t in enumerate(toks) if i not in span and not (i + 1 in span and t == "by"))
    found = search_facts(base, index, read(rest), suggest=False, articles=articles).facts
    others = {eid for f in found for eid in f.entity_ids() if eid not in claimed
              and (e := base.entities.get(eid)) is not None and e.type == "person"}
    return [f for f in found if led_by(f, others)]


# "is it true that …", "… right?": the asking around a claim, which the checker would weigh as words of it
_CLAIM_FRAME = re.compile(r"^\W*is (?:it|this|that) (?:true|right|correct) that\s+|[\s,;-]+(?:right|true|correct)\W*$",
                          re.IGNORECASE)
_SAYS_THAT = re.compile(r"^\W*(?:did|does|do|has|had)\s+(?:[\w.'-]+\s+){1,3}?(?:say|claim|state|mention|tell|quote|note)"
                        r"\s+(?:that\s+)?", re.IGNORECASE)
_CHECKED_MOST = 1000  # facts a claim may share words with and still be checked within a question
_MEASURED = frozenset({"percent", "PKR", "USD"})  # a share or a sum: its noun need not be written beside it
_SPANS = frozenset({"years", "months", "weeks", "days", "hours", "minutes"})  # a span of time, no count
# a clause that puts a guess to the reader's own question: "…, was it dar again or someone else", "…, is he
# imran's lawyer or something?", "…?? i thought so" (not "…, did it cross $1bn" nor "…, was it ever
# finished": a question of its own)
_GUESSED_CLAUSE = re.compile(r"(?:\?+|,|\s[-–—])\s*(?:like\s+|or\s+|so\s+)?(?:was|is|were|are)\s+(?:it|that|this|he|she|"
                             r"they)\b[^?]{0,60}\?*(?:\s*(?:i think|i thought so|i guess|right|no)\W*)?$", re.IGNORECASE)
_GUESS_INTENTS = frozenset({"how_many", "how_much", "when", "what", "which", "who", "where"})


def _guessed_clause_head(q: Question) -> Question | None:
    """"who called khan mentally ill, was that asim munir himself?", "who is gohar, is he imran's lawyer
    or something?", "when did dar meet them, was it in january?": the question before a guess put as a
    clause of its own (a name, a word, a month), or None. Asked first: the guess's words would find
    the facts about the guess ("January": the Davos meeting) rather than the answer."""
    if q.intent not in _GUESS_INTENTS or (put := _GUESSED_CLAUSE.search(q.text)) is None:
        return None
    head = read(q.text[:put.start()])
    if not head.words or head.intent != q.intent or head.text.split()[0] not in QUESTION_WORDS \
            or any(past_form(w) for w in tokens(put[0])):
        return None
    return head


def _without_guess(q: Question) -> Question | None:
    """"How many ppl on the alibaba team 2025? 8?", "when did nawaz meet jack ma, was it 2016?": a
    wh-question followed by the reader's guess at its answer. A wrong guess is not a second thing to
    find: the question without it is what the sources answer, and their figure corrects the guess.
    None when the line ends in no such guess (a figure in it, at most three words)."""
    if q.intent not in _GUESS_INTENTS:
        return None
    if (head := _guessed_clause_head(q)) is not None:
        return head
    m = _GUESS.search(q.text)
    if m is None:
        return None
    guess = tokens(m["guess"].casefold())
    if q.intent == "where" and 2 <= len(guess) <= 4 and guess[0] in ("in", "at"):
        # "where did Shehbaz meet them, in Lahore?": a place guessed, which the place the sources give corrects
        head = read(q.text[:m.start()])
        return head if head.words and head.intent == "where" else None
    if not 1 <= len(guess) <= 3 or not any(any(c.isdigit() for c in t) for t in guess) or not all(
            any(c.isdigit() for c in t) or t in _GUESS_WORDS for t in guess):
        return None  # ("the latest budget after 2025 — the 2026 one?": the year names what is asked)
    if q.intent != "when" and all(YEAR.match(t) for t in guess):
        return None  # "size of the e-commerce market in dollars, 2025?": the year it is asked of, no guess at it
    head = read(q.text[:m.start()])
    return head if head.words and head.intent == q.intent else None


_NAME_ASKED = frozenset({"which", "name", "names", "named"})
# when someone was given a title, and a sentence that reports the giving
_MADE_WHEN = re.compile(r"^\W*when (?:was|were|did|has|had) .+? (?:made|appointed|promoted|named|elevated|become|became|"
                        r"(?:get|got)(?! \w+(?:ed|en)\b| out\b)|given)\b", re.IGNORECASE)  # ("get kicked out": a passive)
_SINCE_WHEN = re.compile(r"^\W*since when\b", re.IGNORECASE)  # "since when has Gohar been chairman": the start
_APPOINTED = re.compile(r"\b(?:appoint|promot|elevat|became|become|named|made|sworn|took office|assumed|since)\w*",
                        re.IGNORECASE)


def _detail_lacking(base: FactBase, index: Index, q: Question, question: str, facts: list[Fact]) -> Answer | None:
    """The facts found answer the question's subject but not the detail it asks for, which is then
    what the refusal names (the facts come as related): a name the sources leave out, when a title was
    given, the thing itself where they speak only of being free of it, what something was before a
    change, which of two options."""
    if (unnamed := _unnamed_only(base, index, q, question, facts)) is not None:
        return unnamed  # "which experts advised …": the sources say "the experts", never who
    related = facts[:3]
    if q.intent == "when" and (_MADE_WHEN.match(q.text) or _SINCE_WHEN.match(q.text)) and not any(
            _APPOINTED.search(f"{f.says} {f.source.quote}") for f in related):
        # "when was Asim Munir made field marshal": a fact that calls him so is dated, his promotion is not
        return _not_found(base, "ask", question, "The sources mention it but do not say when it was given or gained.",
                          related=related, missing="when it was given or gained")
    if q.intent == "when" and related and all(done := [_done_already(q, f) for f in related]):
        # "when did pakistan introduce 3g": "Dar said Pakistan had already introduced 3G" dates the saying
        return _not_found(base, "ask", question, f"The sources say only that it had already been {done[0]} by then, "
                          "not when.", related=related, missing=f"when it was {done[0]}")
    if (free := _only_free_of(q, related)) is not None:
        # "the duty on a parcel above Rs500": "duty-free" is the absence of a duty, not what it is
        return _not_found(base, "ask", question, f"The sources speak only of what is {free}-free, not of the {free} itself.",
                          related=related, missing=f"the {free} itself")
    if (earlier := unsaid_before(q, facts)) is not None:  # "the sales tax before the budget": only the new one
        return _not_found(base, "ask", question, f"The sources say what it is now, nothing of {earlier}.",
                          related=related, missing=f"what it was {earlier}")
    if (options := unsaid_choice(index, q, facts)) is not None:  # "monthly or yearly": neither is said
        return _not_found(base, "ask", question, f"The sources don't say whether it is {options[0]} or {options[1]}.",
                          related=related, missing=f"whether {options[0]} or {options[1]}")
    return None


_ALREADY = re.compile(r"\balready (?:been |be )?(\w+)", re.IGNORECASE)


def _done_already(q: Question, fact: Fact) -> str:
    """What the fact says was done "already", when it is what the question asks the date of ("had
    already introduced 3G": its date is when that was said, not when it was done); "" otherwise."""
    asked = {stem(t) for t in q.tokens if t not in STOPWORDS}
    return next((fold(m[1]) for m in _ALREADY.finditer(fact.says) if stem(fold(m[1])) in asked), "")


_LIMIT_WORDS = frozenset("limit limits threshold thresholds cap ceiling exemption exempt allowance".split())


def _only_free_of(q: Question, facts: list[Fact]) -> str | None:
    """A word the question asks about ("duty") that the answering facts use only in an "X-free"
    compound ("the duty-free threshold"): what they say is where there is none of it. None when the
    question says "free" itself or a fact uses the word alone."""
    if "free" in q.tokens or not facts or q.intent == "yes_no" or not _LIMIT_WORDS.isdisjoint(q.tokens):
        return None  # ("over Rs500 pay duty, right?" and "the limit before": what the compound itself says)
    texts = [f"{f.says} {f.source.quote}" for f in facts]
    folded = [t.casefold() for t in texts]
    for word in dict.fromkeys(q.tokens):
        if word in STOPWORDS or len(word) < 3 or not word.isalpha():
            continue
        if not all(f"{word}-free" in t for t in folded):
            continue  # the plain test first: a pattern compiled per word costs a fifth of an answer
        if all(re.search(rf"\b{word}-free\b", t, re.IGNORECASE) for t in texts) and not any(
                re.search(rf"\b{word}\b(?!-free)", t, re.IGNORECASE) for t in texts):
            return word
    return None


def _unnamed_only(base: FactBase, index: Index, q: Question, question: str, facts: list[Fact]) -> Answer | None:
    """"Which experts advised the government", "which PM stopped the commerce minister going to Iran",
    "the financial analysts' names": the question wants a name for people it describes, and the
    answering facts have them only as the sources leave them — "the experts", "the prime minister" —
    so the name is what is missing. None when a named person answers it, or when what "which" asks
    for is not those people ("which government did the official source say …")."""
    if _NAME_ASKED.isdisjoint(q.tokens):
        return None
    asked = {e.id for m in mentioned_entities(index, q.tokens) for e in m.entities}
    people = [e for f in facts[:3] for eid in f.entity_ids()
              if (e := base.entities.get(eid)) is not None and e.type == "person"]
    if any(not e.unnamed and e.id not in asked for e in people):
        return None
    # the noun "which" asks for, against what each unnamed person is called ("prime minister", "experts")
    kinds = {t for i, a in enumerate(q.tokens) if a in ("which", "what") for t in q.tokens[i + 1:i + 3]}
    unnamed = next((e for e in people if e.unnamed and e.id in asked and (
        {"name", "names", "named"} & set(q.tokens) or kinds & {tokens(re.sub(r"\s*\(.*$", "", n))[-1]
                                                             for n in (e.name, *e.keywords)})), None)
    if unnamed is None:
        return None
    who = re.sub(r"\s*\(.*$", "", unnamed.name)
    who = who[:1].lower() + who[1:] if who.split()[0] in ("The", "An", "A") else f"the {who}"
    names = "names" if who.endswith("s") and not who.endswith("ss") else "name"
    return _not_found(base, "ask", question, f"The sources do not give the {names} of {who}.", related=facts[:3],
                      missing=f"the {names} of {who}")


_DEFINE = re.compile(r"^\W*(?:what (?:does|do|did|is) (?:the (?:word|term|acronym|abbreviation) )?(?P<a>.+?) (?:mean|means|"
                     r"stand for|stands for)|(?:define|definition of|meaning of|what is the meaning of) (?:the (?:word|term) )?"
                     r"(?P<b>.+?))\W*$", re.IGNORECASE)


# "what does PNSC stand for", "ISPR full form", "the full name of the agreement abbreviated ITA"
# ("a fleet expansion", "did PNSC expand" are no such question)
_EXPANDS = re.compile(r"\bstand(?:s|ing)? for\b|\bfull[- ]?form\b|\babbreviat\w*|\bacronym\b|\bshort for\b|"
                      r"\bfull name\b", re.IGNORECASE)
_ACRONYM_SHAPE = re.compile(r"\b[a-z]+(?:-[a-z]+)?\b")  # ("pml-n" is one acronym)
_INITIAL_SKIP = frozenset("of and the for e".split())  # ("Federal Board of Revenue", "Tehreek-e-Insaf": FBR, PTI)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name.casefold())
                   if w and w[0].isalpha() and w not in _INITIAL_SKIP)


def _expansion(base: FactBase, index: Index, q: Question, question: str) -> Answer | None:
    """"What does PNSC stand for", "AIDC full form": the name an acronym is short for, which a fact must
    write out — the sources' own "Pakistan National Shipping Corporation (PNSC)". An acronym that is
    a thing's only name in the sources ("PML-N") is not_found: what it stands for is not there. None
    when this is no such question, or no acronym in it names anything."""
    if q.intent == "who" or not _EXPANDS.search(q.text):
        return None  # ("who is the DG ISPR, full name pls": the person's name, not ISPR's)
    texts = {f.id: f"{f.says} {f.source.quote}" for f in base.facts.values()}  # where a long name is written out
    for word in dict.fromkeys(w.replace("-", "") for w in _ACRONYM_SHAPE.findall(q.text.casefold())):
        if not 2 <= len(word) <= 6 or not word.isalpha() or word in STOPWORDS:
            continue
        # ("SMEs": the plural of an acronym, whose "s" no initial gives)
        shapes = (word, f"{word}c", *((word[:-1],) if word.endswith("s") and len(word) > 3 else ()))
        for ent in base.entities.values():
            names = (ent.name, *ent.aliases)
            # the name typed as the acronym itself ("PML-N" for "pml-n"), if the entity has one
            acronym = next((n for n in names if n.casefold().replace("-", "") == word), None)
            if ent.type == "person" or (acronym is None and not any(_initials(n).startswith(word) for n in names)):
                continue
            # the written-out name: its initials are the acronym's (a company's "C" may be left off)
            long = [n for n in names if " " in n.strip() and _initials(n) in shapes]
            if not long:
                if acronym is not None:
                    related = [f for f in base.facts.values() if ent.id in f.entity_ids()][:3]
                    return _not_found(base, "ask", question, f"The sources write only “{acronym}”, never what it stands for.",
                                      related=related, missing=f"what {acronym} stands for")
                continue
            full = max(long, key=len).casefold()
            facts = sorted((f for f in base.facts.values() if full in texts[f.id].casefold()),
                           key=lambda f: (word not in tokens(texts[f.id].casefold()), f.id))[:3]
            if not facts:
                continue
            answer, lines = _facts_answer(base, question, facts)
            first = answer.citation_numbers()[facts[0].id]
            text = texts[facts[0].id]
            written = re.search(re.escape(full), text, re.IGNORECASE)
            said = (f"{word.upper()} stands for {written[0]} [{first}]." if written and word in tokens(text.casefold())
                    else lead(base, q, lines, answer.citation_numbers()))
            return replace(answer, lead=said)
    return None


def _definition(base: FactBase, index: Index, q: Question, question: str) -> Answer | Question | None:
    """"What does PNSC stand for", "what does teledensity mean", "define e-commerce": a named thing is
    what its name and facts say it is; a word or a topic the sources only use is not defined by a
    sentence that uses it, so it is not_found. None when this is no such question."""
    m = _DEFINE.match(q.text)
    if m is None:
        return None
    term = (m["a"] or m["b"]).strip()
    named = resolve(base, index, term, ALL_TYPES).entity
    if named is not None and named.type != "topic":
        return read(f"what is {term}")  # "PNSC", "AIDC": a named thing, whose name and facts say what it is
    related = search_facts(base, index, read(term)).facts[:3]
    return _not_found(base, "ask", question, f"The sources use “{term}” but do not say what it means.",
                      related=related, missing=f"what “{term}” means")


MEETING_WORDS = frozenset("meet met meets meeting meetings visit visits visited came come trip trips talks".split())
_TIMES = re.compile(r"^\W*how many (?:times (?:did|has|have|had|were|was|are|is) (?P<rest>.+)|(?P<kind>(?:[\w/-]+ ){0,2}?"
                    r"(?:visits|meetings|trips)\b.*))$", re.IGNORECASE)


def _times_counted(base: FactBase, index: Index, q: Question, question: str) -> Answer | None:
    """"How many times did Alibaba meet Pakistani officials", "how many Alibaba visits are in the
    sources": asked as "each time …", whose answer lists one event per line — a count only where the
    sources report several (one reported meeting does not say it happened once)."""
    found = _TIMES.match(q.text)
    if found is None or MEETING_WORDS.isdisjoint(q.tokens):
        return None  # "how many times did Gohar say 'wrong'": his statements are no count of a word
    each = f"each time {found['rest']}" if found["rest"] else f"every {found['kind']}"
    answer = _ask(base, index, each)
    if answer.status != "answer" or not answer.lead.startswith("The sources report "):
        return None
    return replace(answer, query=question, title=truncate(strip_markup(question) or question.strip(), 200))


_BESIDES = re.compile(r"[,;]?\s*\b(?:besides|except(?: for)?|other than|excluding)\s+(?P<x>[^?.!,;]+)", re.IGNORECASE)


def _besides(index: Index, q: Question) -> tuple[Question, set[str], tuple[str, ...], str] | None:
    """"Who else attended besides the PM", "what else did Dong say besides the training thing": the
    question without its "besides …", and what that sets aside — the people or bodies it names (facts
    about them or said by them go), or else its words (facts whose own sentence uses them all go)."""
    found = _BESIDES.search(q.text)
    if found is None or not found["x"].strip():
        return None
    aside = read(found["x"])
    rest = read(f"{q.text[:found.start()]} {q.text[found.end():]}".strip())
    if not rest.words and not rest.years:
        return None
    present = not ATTENDING.isdisjoint(rest.tokens)
    mentions = mentioned_entities(index, aside.tokens)
    named = {e.id for m in mentions for e in m.entities}
    in_names = {w for m in mentions for w in m.words} if present else set()  # "Mr Evans" is no plural
    terms = () if named else tuple(stem(w) for w in aside.words if not is_filler(w))
    if not named and not terms:
        return None
    # "which platforms other than Alibaba", "other goods besides textiles": more things of the kind set
    # aside, which the facts left need not name — only "who else …" is answered by whoever else they name
    # "which officials attended besides the PM": who else was there — the rest of those present, as
    # "who else attended" asks (not "which executives besides Dong came": more of his kind, unnamed)
    people = present and all(index.base.entities[e].type == "person" for e in named if e in index.base.entities)
    members = named and rest.tokens[:1] != ("who",) and not people and (
        not {"other", "others", "each", "every", "names", "name", "list"}.isdisjoint(rest.tokens)
        or any(a in ("which", "what") and len(b) > 3 and b.endswith("s") and not b.endswith("ss")
               for a, b in pairwise(rest.tokens)))
    # (a plural set aside beside a name stays in the question; without one — "besides marketplaces",
    # "beyond sales portals" — it sets aside the facts that say those words, and the rest is asked)
    if members or (named and any(len(w) > 3 and w.endswith("s") and not w.endswith("ss") and stem(w) != w
                                 and not (present and is_filler(w)) and w not in in_names for w in aside.words)):
        return None
    return rest, named, terms, found["x"].strip()


_WHICH_OUTLET = re.compile(r"\b(?:which|what) (?:outlets?|publications?|newspapers?|papers?)\b", re.IGNORECASE)


def _reported_by(base: FactBase, answer: Answer) -> str:
    """"Reported by The Nation [1] and Profit [2][3].": each cited article's publisher with its citations."""
    by: dict[str, list[int]] = {}
    for fid, n in answer.citation_numbers().items():
        by.setdefault(publisher_short(base.articles[base.facts[fid].source.article]), []).append(n)
    named = [f"{name} {''.join(f'[{n}]' for n in ns)}" for name, ns in by.items()]
    if not named:
        return ""
    return "Reported by " + (", ".join(named[:-1]) + " and " + named[-1] if len(named) > 1 else named[0]) + "."


def _choice_kind(word: str, claim: bool) -> str | None:
    if word in WEEKDAYS:
        return "day"
    if word in MONTH_NUMBERS:
        return "month"
    if YEAR.match(word):  # "in 2017 or 2025" is both years unless a claim is being checked
        return "year" if claim else None
    return "number" if NUMBER.match(word) else None


def _place_choice(index: Index, a: str, b: str) -> bool:
    """Two places offered as a choice: one the base names as a place, the other a place too or a
    rare word it never uses ("Islamabad or Lahore")."""
    def unknown(w: str) -> bool:
        return w not in STOPWORDS and stem(w) not in index.postings and not is_filler(w)

    return (_names_place(index, a) and (_names_place(index, b) or unknown(b))) or (_names_place(index, b) and unknown(a))


def without_choice(q: Question, index: Index | None = None) -> Question | None:
    """"Did Khawaja Asif speak on Friday or Saturday", "the tax rate on digital retailers, 5 or
    18?", "Islamabad or Lahore, where did they meet": a choice between two days, months, figures or
    (asking where) places is the question without them — "when did he speak", "what is the tax
    rate" — whose answer shows which (or that it was neither)."""
    toks = q.tokens
    claim = q.intent == "yes_no"
    for i in range(1, len(toks) - 1):
        kind = _choice_kind(toks[i - 1], claim) if toks[i] == "or" else None
        if kind is None and toks[i] == "or" and q.intent == "where" and index is not None and _place_choice(
                index, toks[i - 1], toks[i + 1]):
            kind = "place"
        if kind is None and toks[i] == "or" and _choice_kind(toks[i + 1], claim) == "number":
            # "a 6 member delegation or 7": the first figure a counted noun or two before the "or"
            first = next((j for j in range(i - 2, max(-1, i - 4), -1) if _choice_kind(toks[j], claim) == "number"), -1)
            kind = "number" if first >= 0 else None
            if kind is not None:
                rest = [*toks[:first], *toks[first + 1:i], *toks[i + 2:]]
                plain = read(" ".join(["how", "many", *rest] if claim else rest))  # how many members
                return plain if plain.words else None
        if kind is None or (kind != "place" and _choice_kind(toks[i + 1], claim) != kind):
            continue
        start, end = i - 1, i + 2
        if kind == "number" and end < len(toks) and toks[end] in UNIT_WORDS:  # "5 or 18 percent"
            end += 1
        if start and toks[start - 1] in ("on", "in", "at", "by", "during"):
            start -= 1
        rest = [*toks[:start], *toks[end:]]
        if claim:
            rest.insert(0, "what" if kind == "number" else "when")
        plain = read(" ".join(rest))
        return plain if plain.words else None
    return None


# a state of mind asked about ("why does he *care*", "why is PTI *mad*"): its reason is what its
# holder says, in the sources' words rather than these
ATTITUDES = frozenset(stem(w) for w in """care cares mad angry upset unhappy happy keen eager interested
    worried concerned obsessed excited bothered annoyed furious disappointed confident sure bugging bugged
    troubling troubled think thinks thought believe believes believed feel feels felt reckon reckons reckoned""".split())


# the speech acts a reader names for what someone said: "what did Evans *promise*"
SPEECH_ACTS = frozenset({"promise", "promised", "pledge", "pledged", "vow", "vowed", "offer", "offered", "propose",
                         "proposed", "announce", "announced", "claim", "claimed", "stress", "stressed", "urge",
                         "urged", "suggest", "suggested", "recommend", "recommended"})


def _said_in_other_words(base: FactBase, index: Index, q: Question, articles: frozenset[str] | None) -> Hits | None:
    """"What did Jack Ma *promise* at Davos", "what did Evans *pledge*": the speech act the reader names
    is rarely the sources' word for it — what that person said there answers, still only what they
    said (the speaker check holds)."""
    toks = q.tokens
    at = next((i for i, t in enumerate(toks) if t in SPEECH_ACTS), None)
    mentioned = mentioned_entities(index, toks)
    if at is None or (toks[:1] != ("what",) and toks[at + 1:at + 2] != ("what",)) or not any(m.start < at for m in mentioned):
        return None  # ("jack ma promised what": the question word after the act asks the same)
    toward = any(m.start > at and not (toks[m.start - 1] in ("at", "in", "on") and all(e.type == "place" for e in m.entities))
                 for m in mentioned)
    if toward and toks[at] not in PROMISES:
        return None  # "what did the PM offer *Alibaba*": an act toward someone, which "said" does not answer
    relaxed = read(" ".join((*toks[:at], "say", *toks[at + 1:])))
    hits = search_facts(base, index, relaxed, suggest=False, articles=articles)
    if toward:  # "what did Jack Ma promise Pakistan": only what he said he (or his side) would do
        hits = replace(hits, facts=[f for f in hits.facts if _COMMITTING.search(f.says)])
    return hits if hits.facts else None


def _promise_claimed(base: FactBase, index: Index, q: Question, hits: Hits,
                     articles: frozenset[str] | None) -> Hits | None:
    """"Did Jack Ma promise to support small industries": refused for "promise" alone, the claim is
    what the speaker said their side would do — answered only by such a statement of theirs."""
    at = next((i for i, t in enumerate(q.tokens) if t in PROMISES), None)
    if at is None or hits.missing != f"“{q.tokens[at]}”" or not any(
            m.start < at for m in mentioned_entities(index, q.tokens)):
        return None
    said = search_facts(base, index, read(" ".join((*q.tokens[:at], "say", *q.tokens[at + 1:]))),
                        suggest=False, articles=articles)
    facts = [f for f in said.facts if _COMMITTING.search(f.says)]
    return replace(said, facts=facts) if facts else None


# the words for naming someone or something ("what did the DG ISPR *call* Imran", "*labelled* it what")
_NAMING_VERBS = frozenset({"call", "called", "calls", "label", "labelled", "labeled", "labels", "term", "termed",
                           "describe", "described", "describes", "dub", "dubbed"})
# a statement that names its object: called, described or referred to as, a quoted term, "X is a/no longer …"
_NAMES_IT = re.compile(r"\b(?:call(?:s|ed)?|describ(?:ed|es)|labell?ed|termed|dubbed)\b|\brefer(?:s|red)? to\b.{0,60}?\bas\b"
                       r"|[\"“]", re.I)
_NAMES_IT_PLAINLY = re.compile(r"\bas (?:a|an|one of|the)\b|\b(?:is|was|are|were) (?:a|an|the|no longer|very|one of|key)\b",
                               re.I)


# what may follow the object when its name is what is asked ("call Imran *in* the presser", "*what*")
_NAME_ASKED_AFTER = frozenset("""what in at during per according acc several repeatedly exactly precisely actually
    there then back again when which on and or so anti""".split())
# the words that put the naming in a clause of another question ("what was he reacting to *when* he called …")
_CLAUSE_WORDS = frozenset({"when", "while", "after", "before", "because", "since", "if", "why"})


def _named_as(base: FactBase, index: Index, q: Question) -> list[Fact] | None:
    """"What did the DG ISPR call Imran Khan", "Khawaja Asif called the ISPR reaction what": the
    speaker's statements about that object which name it — called, described or referred to as, in
    quotes, or said to be something — those with a naming word or quote first. None when the question
    names no speaker before the verb, or the speaker said nothing naming the object."""
    toks = q.tokens
    at = next((i for i, t in enumerate(toks) if t in _NAMING_VERBS), None)
    if at is None or "what" not in toks or toks[at + 1:at + 2] in (("on",), ("upon",), ("for",), ("as",), ("it",)):
        return None
    if "what" in toks[:at] and not _CLAUSE_WORDS.isdisjoint(toks[toks.index("what"):at]):
        return None  # "what was he reacting to *when* he called Imran …": the naming is not what is asked
    mentioned = mentioned_entities(index, toks)
    speakers = {e.id for m in mentioned if m.start + len(m.words) <= at for e in m.entities}
    after = sorted((m for m in (*mentioned, *mentioned_entities(index, toks, topics=True)) if m.start > at),
                   key=lambda m: m.start)
    if not speakers or not after:
        return None
    end = after[0].start + len(after[0].words)
    typed_end = re.search(rf"\b{re.escape(after[0].words[-1])}(?:['’]s)?\s*[?,.!;:—–-]", q.text, re.I)
    if end < len(toks) and toks[end] not in _NAME_ASKED_AFTER and (toks[end] in STOPWORDS or not is_filler(toks[end])) \
            and typed_end is None:
        return None  # "why did he call Imran *mentally ill*": the name is given, something else is asked
    objects = list(after[0].entities)
    articles = publisher_filter(index, q.text)[1]  # "what did the PM call e-commerce, per Arab News"
    spoken = dict.fromkeys(i for speaker in sorted(speakers) for i in base.by_entity.get(speaker, ()))
    found = [f for f in map(base.facts.__getitem__, spoken) if f.speaker in speakers
             and {e.id for e in objects} & set(f.entity_ids())
             and (_NAMES_IT.search(f.says) or _NAMES_IT_PLAINLY.search(f.says))
             and (articles is None or f.source.article in articles)]
    possessive = re.compile("|".join(rf"\b{re.escape(n)}['’]s\b" for e in objects for n in e.names), re.I)
    spans = {i for m in (*mentioned, after[0]) if m.start + len(m.words) <= at or m is after[0]
             for i in range(m.start, m.start + len(m.words))} | {at}
    asked = {stem(w) for i, w in enumerate(toks) if i not in spans and w in q.words}
    # "what did he call Imran's narrative": something of the object's, not the object, is being named
    theirs = re.search(rf"\b{re.escape(after[0].words[-1])}['’]s\b", q.text, re.I) is not None

    def order(f: Fact) -> tuple[int, bool, bool, int]:
        # the fact sharing most of the question's other words ("option or must"); then a naming word
        # before none; the object named before something of its named ("Imran Khan as …" before "Imran
        # Khan's narrative as …", or the other way when that is asked); then the plainest
        return (-len(asked & set(index.fact_terms[f.id])), _NAMES_IT.search(f.says) is None,
                (possessive.search(f.says) is not None) != theirs, len(f.says))

    return sorted(found, key=order) or None


# a promise made to someone ("what did Jack Ma promise Pakistan") is answered by a statement of what the
# speaker's side will do — not by anything else they said to or about that someone
PROMISES = frozenset({"promise", "promised", "pledge", "pledged", "vow", "vowed"})
_COMMITTING = re.compile(r"\b(?:would|intention|intends?|intended|promis\w*|pledg\w*|commit(?:s|ted|ment|ments)?|assur\w*|"
                         r"wants? to|offer(?:s|ed)?|ready to)\b", re.I)


# "why did the DG ISPR attack / go after / slam Imran": the reader's word for what he said about him,
# whose reason a fact gives only as what he was responding to
_WHY_ATTACK = re.compile(r"^(?P<a>\W*why (?:did|does|do|would|is|was|are|were) .{1,40}?)\b(?:attack(?:ed|s|ing)?|"
                         r"go(?:es|ing)? after|went after|gone after|slam(?:med|ming|s)?|lash(?:ed|es|ing)? out (?:at|"
                         r"against)|target(?:ed|ing|s)?|blast(?:ed|ing|s)?|criticis(?:e|ed|es|ing)|criticiz(?:e|ed|es|ing)|"
                         r"bash(?:ed|es|ing)?)\b", re.I)


_RESPONDING = re.compile(r"\b(?:respond(?:ed|ing|s)?|response|repl(?:y|ied|ies|ying)|reaction)\b", re.I)


def _why_responding(base: FactBase, index: Index, q: Question, articles: frozenset[str] | None) -> Hits | None:
    """"Why did the DG ISPR go after Imran": asked again as why he responded to him — answered only by
    a fact that says what he was responding to (no such fact: still refused)."""
    if not _WHY_ATTACK.search(q.text):
        return None
    asked = read(_WHY_ATTACK.sub(r"\g<a>responding to", q.text))  # (not "respond": no speech of his asked)
    found = mentioned_entities(index, asked.tokens)
    if not found:
        return None
    doer = found[0].entities  # the one before the verb: "why did *the DG ISPR* go after Imran"
    words = {n.casefold() for e in doer for n in (*e.names, *e.keywords)}
    hits = search_facts(base, index, asked, suggest=False, articles=articles)
    # the fact says the doer was responding: named (or described) before its "responding"
    facts = [f for f in hits.facts if (said := _RESPONDING.search(f.says)) is not None
             and any(w in f.says[:said.start()].casefold() for w in words)]
    return replace(hits, facts=facts) if facts else None


def _why_in_other_words(base: FactBase, index: Index, q: Question, articles: frozenset[str] | None) -> Hits | None:
    """"Why is PTI *mad* at the spokesman", "why does the PM *care* about e-commerce", "why does Imran
    say PTI *lost*": a state of mind or what someone says has its reason in the holder's own words,
    rarely the asker's — so the everyday words the sources do not use are dropped and the rest asked
    again, still answered only by a fact that gives a reason (the "why" gate). An act asked about
    ("why did Evans *leave*") is the detail itself, and stays refused."""
    mentioned = mentioned_entities(index, q.tokens)
    asked = asked_verb(q, {i for m in mentioned for i in range(m.start, m.start + len(m.words))})
    if asked and stem(asked) not in ATTITUDES and SAY_WORDS.isdisjoint(q.tokens):
        return None  # "why did Evans *leave*": an act the sources never report is the detail they lack
    drop = {i for i, t in enumerate(q.tokens) if t not in STOPWORDS and not YEAR.match(t)
            and (is_filler(t) or stem(t) in ATTITUDES) and index.idf.get(stem(t)) is None}
    if not drop:
        return None
    relaxed = read(" ".join(t for i, t in enumerate(q.tokens) if i not in drop))
    if relaxed.intent != "why" or not relaxed.words:
        return None
    hits = search_facts(base, index, relaxed, suggest=False, articles=articles)
    return hits if hits.facts else None


EVENT_WORDS = frozenset(stem(w) for w in """visit visited visits meet met meeting meetings delegation
    delegations talk talks talked trip trips came come comes called call time times encounter sat attend
    attended attending conference briefing summit forum event events""".split())


def ordered_event(base: FactBase, index: Index, q: Question, question: str,
                  aside: frozenset[str] = frozenset()) -> Answer | None:
    """"The most recent Alibaba visit to Pakistan", "first time a Pakistani PM met the Alibaba boss",
    "each time Alibaba met Pakistani officials": the earliest, latest or every *event* that involves
    everyone the question names (an organisation takes part through its people), dated by the event
    itself — not whichever fact mentioning them has the edge date. No such event for a first or last
    is said plainly ("last time Jack Ma and Shehbaz Sharif met"). Those a "besides …" set `aside` are
    not listed among who took part, as the people the question names are not."""
    toks = q.tokens
    asked_events = {stem(t) for t in toks} & EVENT_WORDS
    # "each time …", "all the leaders who met …", "which Alibaba execs have come to Pakistan"
    every_one = q.order is None and (bool(EVERY & set(toks)) or (toks[:1] == ("which",) and bool(
        PEOPLE_WORDS & set(toks[1:4]))))
    if not (q.order or every_one) or not asked_events or " how long " in f" {q.folded} " or BEFORE_AFTER & set(toks) \
            or order_of_deed(toks):
        return None  # "how long did it last"; "the last visit before 2017", "who spoke first" are other questions
    every = mentioned_entities(index, toks)
    mentioned = [m for m in every if all(e.type not in ("place", "event", "topic", "policy") for e in m.entities)]
    named_events = [e.id for m in every for e in m.entities if e.type == "event"]
    if not mentioned and not named_events:
        return None
    if every_one:  # "all the deals signed during the visit": something of the events, not the events
        covered = {i for m in every for i in range(m.start, m.start + len(m.words))}
        if any(i not in covered and t not in STOPWORDS and not YEAR.match(t) and stem(t) not in EVENT_WORDS
               and t not in PEOPLE_WORDS | EVERY | ATTENDING and not is_filler(t) and t not in MONTHS
               for i, t in enumerate(toks)):
            return None
    # "visit to Pakistan", "came to Islamabad": the event must have taken place there ("talk to Pakistan's
    # leaders" names whom, not where)
    moving = not MOVING.isdisjoint(stem(t) for t in toks)
    places = {e.id for m in every for e in m.entities if e.type == "place" and m.start > 0 and (
        toks[m.start - 1] in ("in", "visit", "visited", "visiting", "visits") or (toks[m.start - 1] == "to" and moving))}
    summaries = events(index)
    # "the first Alibaba delegation": the alias of one year's delegation stands for the organisation
    # it came from, unless that year is asked
    wanted = [{e.part_of if e.year and e.part_of and e.year not in q.years else e.id for e in group}
              # "Jack Ma and Shehbaz Sharif met": both take part, not either
              for m in mentioned for group in ([(e,) for e in m.entities] if "and" in m.words else [m.entities])]
    found = [(summaries[eid].key, eid) for eid in _events_involving(index, wanted, q.years)
             if (eid in named_events or not named_events) and _held_within(base, index, eid, places)]
    if months := asked_months(toks):  # "everyone at the April 2017 Alibaba meeting": that month's event
        found = [(k, eid) for k, eid in found if k[1] in months] or found
    if q.intent == "who" and ATTENDING & set(toks):
        # "who attended the meeting with Dar": an event he took part in, not one a fact of his mentions
        people_named = {e.id for m in mentioned for e in m.entities if e.type == "person"}
        found = [(k, eid) for k, eid in found if people_named <= summaries[eid].attended] or found
    # "the first Alibaba *delegation*": among them, the events of the kind asked, when some are
    kind = [(k, eid) for k, eid in found if asked_events & KIND_OF_EVENT & _event_words(base.entities[eid])]
    found = kind or found
    if not found:
        if every_one:
            return None
        names = " and ".join(m.entities[0].name if len(m.entities) == 1 else " ".join(m.words) for m in mentioned)
        where = " or ".join(base.entities[p].name for p in sorted(places))
        names += f" in {where}" if where else ""
        return _not_found(base, "ask", question, f"The sources report no event involving {names}.",
                          [e for m in mentioned for e in m.entities][:3], missing=f"an event involving {names}")
    picked = [eid for _, eid in found] if every_one else [(found[0] if q.order == "first" else found[-1])[1]]
    asked = {e.id for m in mentioned for e in m.entities} | {i for ids in wanted for i in ids} | aside
    chosen = [base.facts[f] for eid in picked for f in summaries[eid].facts[:1 if every_one else 2]]
    people = _people_in(base, index, picked, asked)
    # "who was the last *Alibaba president* to visit": an office several people held is asked, and the
    # answer is whichever of them took part
    holders = {e.id for m in mentioned if len(m.entities) > 1 and all(e.type == "person" for e in m.entities)
               and any(stem(w) in ROLE_WORDS for w in m.words) for e in m.entities}
    # "each *time* Alibaba met Pakistani officials" lists the meetings; "each official Alibaba met", the people
    named: list[Fact] = []
    reports: list[Fact] = []
    attendance = False
    if q.intent == "who" and holders and (took_part := _people_in(base, index, picked, asked - holders)):
        named = [f for f in took_part if f.about[0] in holders] or took_part
        chosen = named + chosen
    elif (attendance := (q.intent == "who" or bool(PEOPLE_WORDS & set(toks))) and bool(ATTENDING & set(toks))):
        # "who all attended the Shehbaz-Alibaba meeting", "who was at the Evans meeting": everyone the
        # event's reports say took part — both sides, and those named only by office ("the Chairman of
        # the FBR"), whose own report of who attended says it
        named = people[:MAX_PEOPLE]
        reports = _attendance_reports(base, summaries, picked, asked | {f.about[0] for f in named})
        chosen = reports + named + chosen
    elif q.intent == "who" or (every_one and PEOPLE_WORDS & set(toks) and not {"time", "times"} & set(toks)
                               and not _events_listed(toks)):
        named = _sides(people, asked, q, mentioned)[:MAX_PEOPLE]
        chosen = named + chosen  # they are the answer
    else:  # "the latest Alibaba visit": who came from Alibaba, beside it
        chosen += [f for f in people if f.role.get("org") in asked][:2 * len(picked)]
    answer, lines = _facts_answer(base, question, chosen)
    numbers = answer.citation_numbers()
    if attendance and (named or reports):  # everyone who took part, each cited where a report names them
        present = [(base.entities[f.about[0]].name, f.id) for f in named]
        known = asked | {f.about[0] for f in named}
        for report in reports:
            ps = set(report.participants()) - known
            # in the report's order; a body is named through its officer ("the Chairman of the FBR")
            present += [(base.entities[p].name, report.id) for p in report.participants()
                        if p in ps and not any(base.entities[o].part_of == p for o in ps)]
            known |= ps
        return replace(answer, lead=fit_lead(f"The sources name {len(present)} who took part: " + "; ".join(
            f"{name} [{numbers[fid]}]" for name, fid in present) + "."))
    if every_one and len(named) > 1:  # "which Alibaba execs have come": the people, each cited
        return replace(answer, lead=fit_lead(f"The sources name {len(named)}: " + "; ".join(
            f"{base.entities[f.about[0]].name} [{numbers[f.id]}]" for f in named) + "."))
    if every_one and chosen[0].kind == "event" and len(picked) > 1:
        # "each time …": the events in order, each by its date and curated name, cited
        dated = [f"{f.when.label(long=True)}: {_TRAILING_DATE.sub('', _event_name(base, f).rstrip('.'))} [{numbers[f.id]}]"
                 for f in chosen if f.kind == "event" and f.when is not None]
        return replace(answer, lead=fit_lead(f"The sources report {len(dated)}: " + "; ".join(dated) + "."))
    return replace(answer, lead=lead(base, q, lines, numbers, aggregate=every_one))


_TRAILING_DATE = re.compile(r",\s*(?:[A-Z][a-z]+\s+)?\d{4}$")  # "…, Davos, January 2017": the date is said first
EVERY = frozenset({"each", "every", "all", "everyone", "everybody"})
PEOPLE_WORDS = frozenset("""who everyone everybody people official officials leader leaders person persons attendee
    attendees minister ministers executive executives exec execs participant participants""".split())
MAX_PEOPLE = 8


def _people_in(base: FactBase, index: Index, picked: list[str], asked: set[str]) -> list[Fact]:
    """The people who took part in the events and are not asked about, each by their role that year
    (the events in date order, their people by id)."""
    seen: dict[str, Fact] = {}
    roles = roles_by_person(index)
    for eid in picked:
        summary = events(index)[eid]
        for person in sorted(summary.involved - asked):
            if person in roles and not base.entities[person].unnamed:
                fact = next((f for f in roles[person] if base.year_of(f) == summary.key[0]), None)
                if fact is not None:
                    seen.setdefault(person, fact)
    return list(seen.values())  # by event, in date order


def _attendance_reports(base: FactBase, summaries: dict[str, EventSummary], picked: list[str],
                        known: set[str]) -> list[Fact]:
    """The fewest reports of who took part that name everyone the answer does not already name (the
    asked sides, their delegations and the people listed by their roles) — "the Chairman of the FBR"
    is named only there."""
    out: list[Fact] = []
    for eid in picked:
        left = {p for f in summaries[eid].facts for p in base.facts[f].participants()
                if p not in known and base.entities[p].part_of not in known}
        while left:
            best = max(summaries[eid].facts, key=lambda f: (len(left.intersection(base.facts[f].participants())), f))
            if not left.intersection(base.facts[best].participants()):
                break
            out.append(base.facts[best])
            left.difference_update(base.facts[best].participants())
    return out


def _sides(roles: list[Fact], asked: set[str], q: Question, mentioned: list[Mention]) -> list[Fact]:
    """Which of the people a question asks for: the organisation's the people word belongs to ("the
    Alibaba execs"); for "who led …" the asked organisation's; else the side the question does not
    name ("the Pakistani leaders who met Alibaba"); else everyone ("everyone who attended")."""
    toks = q.tokens
    own_side = {e.id for m in mentioned for e in m.entities
                if m.start + len(m.words) < len(toks) and toks[m.start + len(m.words)] in PEOPLE_WORDS}
    if own_side:
        return [f for f in roles if f.role.get("org") in own_side]
    if q.intent == "who" and not EVERY & set(toks):
        return [f for f in roles if f.role.get("org") in asked] or roles
    return [f for f in roles if f.role.get("org") not in asked] or roles


PRESENCE = frozenset({"at", "attend", "attended", "attending", "present", "there"})
_GATHERINGS = frozenset({"meeting", "meetings", "conference", "briefing", "presser", "session", "talks"})
_CLAIMED_ELSE = frozenset(stem(w) for w in """minister chairman chairperson chair president secretary general chief
    director spokesman spokesperson head leader mentioned mention said say says told referred""".split())
ATTENDING = PRESENCE | {"participants", "participant", "participated", "attendees", "attendance", "joined"}


def _not_among_attendees(base: FactBase, index: Index, q: Question, question: str) -> Answer | None:
    """"Was Asim Munir at the DG ISPR presser", "did James Dong attend the meeting with Shehbaz": a
    claim that someone took part in an event is answered by the event's participants only — a fact
    that merely mentions them beside it ("responding to a post about Asim Munir") does not say so.
    None unless the events asked about are found and the person is among none of them."""
    toks = q.tokens
    # ("ishaq dar bhi 2025 wali alibaba meeting me the": Urdu's "mein", read "in", right before the occasion)
    # (not a claim of what someone was there: "was Shaza Fatima commerce minister in the meeting")
    inside = any(t == "in" and not _GATHERINGS.isdisjoint(toks[i + 1:i + 4]) for i, t in enumerate(toks)) \
        and _CLAIMED_ELSE.isdisjoint(stem(t) for t in toks)
    if q.intent != "yes_no" or (PRESENCE.isdisjoint(toks) and not inside) or EVENT_WORDS.isdisjoint(stem(t) for t in toks):
        return None
    mentioned = mentioned_entities(index, toks)
    if len(mentioned) < 2 or len(mentioned[0].entities) != 1 or mentioned[0].entities[0].type != "person":
        return None
    person, others = mentioned[0].entities[0], mentioned[1:]
    found = _events_involving(index, [{e.id for e in m.entities} for m in others], q.years)
    asked_events = {stem(t) for t in toks} & EVENT_WORDS  # "the PTI presser": its press conference
    found = [eid for eid in found if asked_events & _event_words(base.entities[eid])] or found
    # "the DG ISPR press conference": of the events called so, the one named by whose it is (PTI's press
    # conference, which answered the DG ISPR, is called one too)
    whose = [{stem(w) for w in m.words} for m in others
             if m.start + len(m.words) < len(toks) and (toks[m.start + len(m.words)] == "press"
                                                        or stem(toks[m.start + len(m.words)]) in EVENT_WORDS)]
    found = [eid for eid in found if any(w <= _event_words(base.entities[eid]) for w in whose)] or found
    if not found or any(person.id in events(index)[eid].attended for eid in found):
        return None
    names = [base.entities[eid].name for eid in found[:2]]
    return _not_found(base, "ask", question, f"The sources do not say {person.name} took part in "
                      f"{' or '.join(names)}.", [person], missing=f"{person.name} at the event")


# a measure only announced so far: ordered, offered, proposed, planned — not reported carried out
ANNOUNCED = re.compile(r"\b(?:directed|ordered|instructed|called for|offered|promised|requested|goal set|planned|"
                       r"in preparation|proposed)\b", re.IGNORECASE)
# what a question asks of a thing once it exists: its meetings, members, contents, results, home
OUTCOME_WORDS = frozenset(stem(w) for w in """meet met meets meeting meetings sit sat sitting sittings convene convened
    held hold member members composition include includes included contain contains content contents detail details
    target targets result results outcome outcomes progress achieve achieved step steps taken report reports house
    housed chair chaired chairs head headed heads formed yet far already sign signed implement implemented launch
    launched begin began start started budget cost run runs running lead leads leading""".split())
OUTCOME_NEAR = 6
_CAME_OF_IT = frozenset(stem(w) for w in "outcome outcomes consequence consequences".split())


@per_index
def _announced_only(index: Index) -> dict[str, tuple[str, frozenset[str]]]:
    """The policies whose every measure is only announced (the committee the prime minister ordered,
    the training Alibaba offered, a framework in preparation): each with its status and the words its
    own facts use — not the words naming the meeting it was announced at."""
    base = index.base
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for ent in base.entities.values():
        facts = [base.facts[f] for f in base.by_entity.get(ent.id, ()) if base.facts[f].about[0] == ent.id]
        statuses = [f.measure.get("status") for f in facts if f.kind == "measure"]
        if ent.type != "policy" or not statuses or not all(isinstance(st, str) and ANNOUNCED.search(st)
                                                              for st in statuses):
            continue
        # the words the facts say of it — not those naming the meeting or the delegation it was announced at
        others = {stem(w) for f in facts for eid in f.entity_ids() if eid != ent.id and eid in base.entities
                  for w in tokens(base.entities[eid].name)}
        words = {stem(w) for f in facts for w in tokens(f"{f.says} {f.measure.get('status')}")
                 if not (f.event and stem(w) in EVENT_WORDS) and stem(w) not in others}
        out[ent.id] = (str(statuses[0]), frozenset(words))
    # an event no fact is about, only mentioned by facts about something else (the Iran trade talks the
    # minister was kept from): the sources give nothing of its own
    own_facts = {f.about[0] for f in base.facts.values()}
    for ent in base.entities.values():
        if ent.type == "event" and ent.id not in own_facts and base.by_entity.get(ent.id):
            out[ent.id] = (PASSING, frozenset())
    return out


PASSING = "mentioned in passing"
# what a question asks of an event itself: "what were the talks about", "what came out of them"
EVENT_ASKS = frozenset(stem(w) for w in """matter mattered matters agenda discuss discussed discussion topic topics
    happen happened agree agreed agreement deal deals achieve achieved outcome result results""".split())


@per_index
def _announced_names(index: Index) -> frozenset[str]:
    """Every word of those measures' names and aliases: a question using none names none of them."""
    return frozenset(w for eid in _announced_only(index) for n in index.base.entities[eid].names for w in tokens(n))


_OCCASION = frozenset({"during", "at", "after", "following"})
_MEETING = frozenset(stem(w) for w in ("meeting", "meetings"))


def _only_announced(base: FactBase, index: Index, q: Question, question: str) -> Answer | None:
    """"When did the e-commerce committee first meet", "who are its members", "what does Alibaba's
    training include": of a measure the sources report only as announced, they give no meetings,
    members, contents or results — the facts about the announcement (at a meeting, say) do not answer.
    None unless such a measure is asked about with such a word beside it."""
    announced = _announced_only(index)
    toks = q.tokens
    if _announced_names(index).isdisjoint(toks) or ((OUTCOME_WORDS | EVENT_ASKS).isdisjoint(stem(t) for t in toks)
                                                    and toks[-1:] != ("about",) and "out" not in toks
                                                    and not ((toks[:1] == ("what",) or "who" in toks) and (
                                                        "in" in toks or "on" in toks))):
        return None  # no such measure named, or nothing asked of it once it exists (most questions stop here)
    mentioned = mentioned_entities(index, toks)
    found = [(m.entities[0], m.start, len(m.words)) for m in mentioned
             if len(m.entities) == 1 and m.entities[0].id in announced]
    # an event mentioned in passing is named by its keywords ("the Iran trade talks"), which a
    # mention may read as the country they were in
    text = f" {' '.join(toks)} "
    named = {e.id for m in mentioned for e in m.entities}
    for eid, (status, _) in announced.items():
        ent = base.entities[eid]
        if any(e.id == eid for e, _, _ in found):
            continue
        for name in (*ent.names, *(ent.keywords if status == PASSING else ())):
            words = tuple(tokens(name))
            if len(words) > 1 and f" {' '.join(words)} " in text:
                at = next(i for i in range(len(toks)) if toks[i:i + len(words)] == words)
                found.append((ent, at, len(words)))
                break
            # "the Alibaba training": the last word of its alias, beside what it is part of
            if (ent.part_of in named and len(words) > 1 and words[-1] in toks and words[-1].isalpha()
                    and words[-1] not in STOPWORDS and stem(words[-1]) not in EVENT_WORDS):
                found.append((ent, toks.index(words[-1]), 1))
                break
    for ent, start, size in found:
        m = Mention(tuple(toks[start:start + size]), (ent,), start)
        status, own = announced[ent.id]
        # ("set up a committee *during the Alibaba meeting*", "the committee formed *after the Alibaba
        # meeting*": the occasion it was announced at, not its meeting)
        near = [t for i, t in enumerate(toks) if (m.start - OUTCOME_NEAR <= i < m.start or
                                                   m.start + len(m.words) <= i < m.start + len(m.words) + OUTCOME_NEAR)
                and not _OCCASION.intersection(toks[max(0, i - 3):i])
                # ("what did the PM order *in the meeting* with Alibaba? a committee?": the occasion too)
                and not (stem(t) in _MEETING and "in" in toks[max(0, i - 3):i])
                and toks[i:i + 2] != ("form", "of")]  # ("what *form of* collaboration": its kind, no outcome)
        asked = [t for t in near if stem(t) in OUTCOME_WORDS and stem(t) not in own]
        if any(brings_about(base.facts[f]) for f in base.by_entity.get(ent.id, ())):
            # "what would signing ITA Two achieve": what the sources say it would bring about answers that
            # (not "the signing's outcome", which asks what came of it)
            asked = [t for t in asked if KIND_WORDS.get(stem(t)) != "outcome" or stem(t) in _CAME_OF_IT]
        if status == PASSING:  # "what were the Iran talks about", "what came out of them", "why did they matter"
            asked = [t for t in near if stem(t) in EVENT_ASKS]
            asked += ["what they were about"] if toks[:1] == ("what",) and toks[-1:] == ("about",) else []
            asked += ["their outcome"] if "out" in toks and {"come", "came", "comes"} & set(toks) else []
        if (toks[:1] == ("who",) and {"on", "in"} & set(toks[max(0, m.start - OUTCOME_NEAR):m.start])) or (
                "who" in toks[m.start + len(m.words):] and any(
                    toks[i:i + 2] in (("on", "it"), ("in", "it")) for i in range(m.start, len(toks)))):
            asked.append("members")  # "who is on the roadmap committee", "the committee - who is on it": its members
        # "what's actually in the 2017 policy framework", "what is in the e-commerce roadmap": its contents
        at = max((i for i in range(max(0, m.start - 2 * OUTCOME_NEAR), m.start) if toks[i] == "in"), default=-1)
        before = [t for t in toks[:max(at, 0)] if t not in ("actually", "exactly", "really")]
        if at >= 0 and toks[:1] == ("what",) and before[-1:] in (["is"], ["was"], ["what"]):
            asked.append("contents")
        if asked:
            name = m.entities[0].name
            said = f"mention {name} only in passing" if status == PASSING else f"report {name} only as {status}"
            what = asked[0] if asked[0] not in toks else f"“{asked[0]}”"
            return _not_found(base, "ask", question, f"The sources {said}; they say nothing about {what}.",
                              [m.entities[0]],
                              related=[base.facts[f] for f in base.by_entity.get(m.entities[0].id, ())][:3],
                              missing=f"{what} of {name}" if status != PASSING else f"{what}, beyond a mention")
    return None


MOVING = frozenset(stem(w) for w in "visit visited come came go went travel travelled trip arrive arrived delegation".split())
# the words that name a kind of event ("the first *delegation*"); "meet", "talk", "come" fit any meeting
KIND_OF_EVENT = frozenset(stem(w) for w in """delegation delegations visit visits visited trip trips conference
    briefing summit forum presser""".split())
BEFORE_AFTER = frozenset({"before", "after", "since", "until", "till", "prior"})


def _events_involving(index: Index, wanted: list[set[str]], years: tuple[int, ...]) -> list[str]:
    """The events, in date order, that involve one of each set of entities (in one of `years`, if any)."""
    summaries = events(index)
    return sorted((eid for eid, summary in summaries.items()
                   if all(not summary.involved.isdisjoint(ids) for ids in wanted)
                   and (not years or summary.key[0] in years)), key=lambda eid: (summaries[eid].key, eid))


def _event_words(ent: Entity) -> set[str]:
    return {stem(w) for text in (ent.name, *ent.keywords) for w in tokens(text)}


def _held_within(base: FactBase, index: Index, eid: str, places: set[str]) -> bool:
    """The event took place in one of `places` (or anywhere, when none is asked), by its facts' place fields."""
    if not places or not events(index)[eid].places:
        return True  # no place asked, or none recorded: nothing says it was elsewhere
    return any(lies_within(base, where, places) for where in events(index)[eid].places)


SHARED_NAME_WORDS = 8  # "what did Khan say about the budget" is short; a whole sentence is not


def _shared_name(base: FactBase, index: Index, q: Question, question: str,
                 mentions: tuple[Mention, ...] | None = None) -> Answer | None:
    """"What did Khan say", "when did Sharif meet Alibaba": a bare name several people in the sources
    share, where the question fits more than one of them, is asked back as /who asks it — never
    answered for whichever of them the name happens to be an alias of. When the rest of the question
    fits only one of them, that one is meant."""
    if len(q.words) > SHARED_NAME_WORDS:
        return None  # a long question says enough around the name to have picked the one meant
    found = mentioned_entities(index, q.tokens) if mentions is None else mentions
    covered = {i for m in found for i in range(m.start, m.start + len(m.words))}
    # a name read as one person's alias ("Khan"), or a shared name read as no one ("info on khawaja")
    bare = [(m.start, m.words[0]) for m in found
            if len(m.words) == 1 and all(e.type == "person" for e in m.entities)]
    bare += [(i, t) for i, t in enumerate(q.tokens) if i not in covered and (
        len(index.person_name_tokens.get(t, ())) > 1 or any(  # "Khwaja": Khawaja spelt another way
            len(index.person_name_tokens.get(v, ())) > 1 and same_name_spelling(t, v)
            for v in index.translit_tokens.get(translit_key(t), ())))]
    for at, word in bare:
        res = resolve(base, index, word, frozenset({"person"}))
        if res.status != "ambiguous":
            continue
        # "what did Khan say", "Sharif's statement", "quote from Khawaja": whose words is the question
        # itself, not a detail the rest of it settles — a reader names the speaker they mean
        topic = _spoken_about(index, q.tokens, at)
        if topic is not None:  # whoever of them the topic is in the sources with, said or not
            # (none of them: still theirs to pick — "which Khan?" before "no Khan said that")
            fitting = [cand for cand in res.candidates if not topic or search_facts(
                base, index, f"{cand.name} {' '.join(topic)}", suggest=False).facts] or list(res.candidates)
        else:
            found_for = {cand.id: search_facts(base, index, " ".join(cand.name if i == at else t for i, t in enumerate(q.tokens)),
                                               suggest=False).facts for cand in res.candidates}
            fitting = [cand for cand in res.candidates if found_for[cand.id]]
            if len(fitting) > 1 and (meant := _fits_best(index, q, at, fitting, found_for)) is not None:
                # "why does PTI say Khan is not a threat", "what does Khan blame the military for": the rest
                # of the question is said of one of them only — answered for that one, as if named
                named, n = re.subn(rf"\b{re.escape(word)}\b", meant.name, question, count=1, flags=re.IGNORECASE)
                if not n:
                    named = " ".join(meant.name if i == at else t for i, t in enumerate(q.tokens))
                return replace(_ask(base, index, named), query=question)
        if len(fitting) > 1:
            return _ambiguous(base, "ask", question, f"“{word}” could be {len(fitting)} people in the sources.", fitting)
    return None


def _fits_best(index: Index, q: Question, at: int, fitting: list[Entity], found_for: dict[str, list[Fact]]) -> Entity | None:
    """The one of several people sharing a name whom the rest of the question is said of: the most of its
    words in one sentence that names that person ("is not a national security threat": Imran Khan's
    sentence, where Gohar Ali Khan is only at the news conference). None on a tie, with nothing else
    asked ("who is Khan"), or when the name is the one whose words are asked ("Khan said …"), which a
    reader names the speaker for."""
    if any(t in SAY_WORDS for t in q.tokens[at + 1:]) or any(t.startswith("quot") for t in q.tokens):
        return None  # "what did Khan say in his statement", "which outlet quoted Khan": whose words is the question
    shared = set(tokens(q.tokens[at]))
    names = {c.id: {t for n in c.names for t in tokens(n)} - shared for c in fitting}
    others = set().union(*names.values())
    terms = {t for w in q.words if w != q.tokens[at] and w not in others and not is_filler(w) and w not in STOPWORDS
             and stem(w) not in FILLER and (t := known_once(index, w)) is not None}
    if not terms:
        return None
    best: dict[str, int] = {}
    for cand in fitting:
        own = names[cand.id]
        best[cand.id] = max((sum(not (SYNONYMS.get(t, frozenset()) | {t}).isdisjoint(index.text_terms[f.id]) for t in terms)
                             for f in found_for[cand.id] if own & set(tokens(f"{f.says} {f.source.quote}"))), default=0)
    top = max(best.values())
    winners = [c for c in fitting if best[c.id] == top]
    return winners[0] if top and len(winners) == 1 else None


# what a bare office is asked for beside: its holder's words, deeds and dates, not who holds it
_ROLE_ASKS = frozenset({"said", "when", "what", "yes_no"})
_EVERY_OR_MONTH = frozenset({"each", "every", "all", "both", *MONTHS})


def _shared_role(base: FactBase, index: Index, q: Question, question: str) -> Answer | None:
    """"What did the Alibaba president say", "chairman ne kya kaha", "what did the minister say about
    e-commerce": a bare office that several people the sources name have held (Michael Evans in
    2017, James Dong in 2025), with no year or name to pick one, where the question fits more than one
    of them, is asked back as a bare shared name is — never answered for whichever holder ranks first.
    "Who was the PM" is not asked back: every holder with the year answers it."""
    toks = q.tokens
    if q.intent not in _ROLE_ASKS or q.years or q.order or len(q.words) > SHARED_NAME_WORDS \
            or not _EVERY_OR_MONTH.isdisjoint(toks) or _WHICH_OUTLET.search(q.text):
        return None  # "the first PM to meet Alibaba", "each minister" take them all; a year or month picks one
    found = mentioned_entities(index, toks)
    if any(all(e.type == "person" and not e.unnamed for e in m.entities) and len(m.entities) == 1 for m in found):
        return None  # "what did PM Shehbaz say": a holder named
    titles = _roles_and_titles(index)[1]
    for at, tok in enumerate(toks):
        if tok != _singular(tok) or stem(tok) not in ROLE_WORDS or stem(tok) not in titles:
            continue  # ("the ministers", plural, asks for all of them)
        start = at
        while start and stem(_singular(toks[start - 1])) in titles and toks[start - 1] not in STOPWORDS:
            start -= 1  # "prime minister", "finance minister": the whole title
        own = next((m for m in found if m.start <= at < m.start + len(m.words)), None)
        if own is not None:
            start = min(start, own.start)  # "the Alibaba president", read as its holders' alias
        elif start and (org := next((m for m in found if m.start + len(m.words) == start), None)) is not None:
            start = org.start  # "the PTI chairman": whose office it is
        elif start and toks[start - 1] not in STOPWORDS and toks[start - 1] != "it" and not is_filler(toks[start - 1]):
            return None  # "the foreign minister": a word before the office says which, another than those held
        phrase = " ".join(toks[start:at + 1])
        if start and toks[start - 1] == "it":
            phrase = f"IT {phrase}"  # "the it minister": the IT portfolio, one office
        held = role_facts(base, index, phrase)
        if held is None or not held[0]:
            continue
        holders = [base.entities[p] for p in dict.fromkeys(f.about[0] for f in held[0])]
        if len(holders) < 2:
            return None
        rest = " ".join(toks[:start])
        after = " ".join(toks[at + 1:])
        # fits: the question asked with the holder's name finds what that holder did or said
        # (a fact is about its subject first, then whoever else it is about: "when did the PM meet Alibaba"
        # finds the Davos meeting, an event Nawaz Sharif took part in, as well as Shehbaz Sharif's)
        fitting = [h for h in holders if any(h.id in (*f.about, f.speaker) for f in search_facts(
            base, index, f"{rest} {h.name} {after}".strip(), suggest=False).facts)]
        if len(fitting) > 1:
            return _ambiguous(base, "ask", question, f"Several people in the sources hold the title “{phrase}”.",
                              fitting)
        if len(fitting) == 1 and q.intent != "yes_no" and not SAY_WORDS.isdisjoint(toks) \
                and (not start or toks[start - 1] in STOPWORDS) and toks[at + 1:at + 2] != ("of",) \
                and all(w in SAY_WORDS or is_filler(w) for w in q.words if w not in toks[start:at + 1]):
            # "what did the prime minister say" (and no more): one holder said anything, so he is the one meant — asked
            # with his name, not left to whoever else the words find (a former prime minister); not "the
            # Chinese president", "the president of Pakistan": another office (a claim is checked as typed)
            named = ask(base, index, f"{rest} {fitting[0].name} {after}".strip())
            return _as_typed(named, question) if named.status == "answer" else None
        return None
    return None


# what may stand between a name and its verb: "Khan's", "Khawaja sahab ne", "what did Khawaja actually say"
_BESIDE_NAME = frozenset({"s", "sahab", "sahib", "saab", "ji", "ne", "actually", "really", "exactly", "even", "just"})
# words asking only what someone said: "accused Munir", "offered Alibaba" say more, which may fit one of them
_SPEECH = frozenset("""say said says tell told statement statements quote quotes remark remarks words comment
    comments stmt""".split())
_SELF = frozenset({"him", "his", "her", "himself", "herself"})
_OFFICE_ASKED = frozenset("""title titles role roles office offices position positions designation rank job
    portfolio ohda""".split())  # ("post": as often a social media post, "Khan's post")
_ABOUT = frozenset("""about abt on regarding concerning over to in at during after before this that these please
    exactly then back what wat""".split())


def _spoken_about(index: Index, toks: tuple[str, ...], at: int) -> tuple[str, ...] | None:
    """When the name at `at` is who the question asks the words of, and that is all it asks — "Khan
    said", "Sharif's statement", "what did Khawaja say", "quote from Sharif" — the words of what they
    are asked to have spoken about ("… about Alibaba"), empty when none; None for any other question.
    Not "did Sharif say e-commerce is a necessity" (a claim's own words may fit one of them), "what
    does Khan say about the charges against *him*" (whose charges picks him), nor "Aleema Khan"
    (someone else's name)."""
    if not _SELF.isdisjoint(toks) or (at and toks[at - 1] not in STOPWORDS and toks[at - 1] not in QUESTION_WORDS
                                      and toks[at - 1] not in SAY_WORDS and not index.known_term(stem(toks[at - 1]))):
        return None
    after = [(i, t) for i, t in enumerate(toks[at + 1:at + 4], at + 1) if t not in _BESIDE_NAME]
    if after[:1] and (after[0][1] in _OFFICE_ASKED or (after[0][1] in ("hold", "held", "holds") and any(
            t in _OFFICE_ASKED for t in toks[:at]))):
        return ()  # "Sharif's title", "what office does Khan hold": several of them hold one
    if after[:1] and after[0][1] in _SPEECH:
        verb = after[0][0]
        nxt = toks[verb + 1:verb + 2]
        if nxt in ((), *((w,) for w in _ABOUT)) or stem(nxt[0]) in FILLER or (
                after[0][1] in ("tell", "told") and nxt != ("that",)):  # "what did Sharif tell Alibaba"
            return tuple(t for t in toks[verb + 1:] if t not in STOPWORDS and t not in _ABOUT
                         and stem(t) not in FILLER and t not in _SPEECH)
        return None
    if at >= 2 and toks[at - 1] in ("from", "by", "of") and toks[at - 2] in _SPEECH:
        return tuple(t for t in toks[at + 1:] if t not in STOPWORDS and stem(t) not in FILLER and t not in _ABOUT)
    return None


_WHICH_FIRST = re.compile(r"\b(?:which|what)(?: one)? (?:came|happened|was|is|took place)? ?(first|earlier|sooner|"
                          r"before|later|last|after|more recent)\b[,:?]?\s*(?P<rest>.*)")


def which_first(base: FactBase, index: Index, q: Question, question: str) -> Answer | None:
    """"Which came first, the Bittner meeting or the Evans meeting": each side dated by its own
    facts and shown in order, the lead giving each date from the facts' date fields. None when the
    question is not of that shape or a side has no dated fact (then it is an ordinary question)."""
    line = q.text.casefold()
    match = _WHICH_FIRST.search(line)
    if match is None:
        match = re.search(r"\b(?:which|what)\b(?P<shared>.*?)\b(?:came|happened|was|took place) (first|earlier|"
                          r"before|later|last|after)\b[,:?]?\s*(?P<rest>.*)", line)
    shared = (match.groupdict().get("shared") or "") if match is not None else ""
    if match is None:  # "who spoke first on saturday, asif or pti"
        match = re.search(r"\bwho (?P<shared>(?:\w+ ){1,2}?)(?:first|earlier|sooner|before|later|last|after)\b"
                          r"(?P<day>[^,:?-]*)[,:?-]*\s*(?P<rest>.*)", line)
        shared = f"{match.group('shared')}{match.group('day')}" if match is not None else ""
    if match is None or " or " not in match.group("rest"):
        return None
    sides = [s.strip(" ,?.") for s in match.group("rest").split(" or ", 1)]
    if len(sides) != 2 or not all(sides):
        return None
    named = mentioned_entities(index, q.tokens)
    who = " ".join(named[0].words) if named else ""  # "imran's ouster or him going to jail": him is Imran
    found: list[list[Fact]] = []
    days = WEEKDAYS.intersection(q.tokens)  # "who spoke first on saturday": each side's fact on that day
    for side in sides:
        text = re.sub(r"\b(?:him|her|them|it|his|their)\b", who, side)
        hits = search_facts(base, index, read(f"when did {text} {shared}".strip()), suggest=False)
        found.append([f for f in hits.facts if f.when is not None])
        on_day = [f for f in found[-1] if f.when is not None and f.when.date is not None
                  and f"{f.when.date:%A}".casefold() in days]
        found[-1] = on_day or found[-1]
        if not found[-1]:
            return None

    # each side is its best-ranked dated fact, about another thing than the other side's ("the PTI
    # presser" is not the briefing its facts mention); and a side several things could be ("the Alibaba
    # meeting", with the budget passing) is the one in the other side's year when there is one
    first = found[0][0]
    others = [f for f in found[1] if f.about[0] != first.about[0]]
    if not others:
        return None
    second = next((f for f in others if base.year_of(f) == base.year_of(first)), others[0])
    if base.year_of(second) != base.year_of(first):
        first = next((f for f in found[0] if base.year_of(f) == base.year_of(second)
                      and f.about[0] != second.about[0]), first)
    dated = [first, second]
    # on the same day, the one the sources say came "earlier" that day goes first
    dated.sort(key=lambda f: (f.when.sort_key if f.when else (0, 0, 0), not _earlier_that_day(f)))
    if dated[0].when is None or dated[1].when is None or (
            dated[0].when.sort_key == dated[1].when.sort_key and _earlier_that_day(dated[0]) == _earlier_that_day(dated[1])):
        return None
    answer, _ = _facts_answer(base, question, dated)
    numbers = answer.citation_numbers()
    earlier, later = (f"{f.when.label(long=True) if f.when else ''}: {_event_name(base, f).rstrip('.')} [{numbers[f.id]}]"
                      for f in dated)
    if dated[0].when is not None and dated[1].when is not None and dated[0].when.sort_key == dated[1].when.sort_key:
        day = dated[0].when.label(long=True) or ""
        a, b = (re.sub(rf",? {re.escape(day)}$", "", _event_name(base, f).rstrip(".")) + f" [{numbers[f.id]}]"
                for f in dated)
        return replace(answer, lead=fit_lead(f"Both on {day}: first {a}, earlier that day; then {b}."))
    return replace(answer, lead=fit_lead(f"First, {earlier}. Then, {later}."))


_EARLIER_THAT_DAY = re.compile(rf"\bearlier (?:on |that |in the )?(?:day|morning|{'|'.join(sorted(WEEKDAYS))})\b", re.I)


def _earlier_that_day(fact: Fact) -> bool:
    return bool(_EARLIER_THAT_DAY.search(f"{fact.says} {fact.source.quote}"))


def _event_name(base: FactBase, fact: Fact) -> str:
    """An event fact by its event's curated name (short, and a field of the cited fact's subject)."""
    ent = base.entities.get(fact.about[0])
    return ent.name if ent is not None and ent.type == "event" else fact.says


def sources(base: FactBase) -> Answer:
    """The articles the base is built from, newest first, each with its link."""
    lines = []
    for art in sorted(base.articles.values(), key=lambda a: (a.published, a.id), reverse=True):
        count = sum(1 for f in base.facts.values() if f.source.article == art.id)
        lines.append(Line(f"{art.title} — {art.publisher}, {art.published.day} {art.published:%b %Y} "
                          f"({count} facts) <{art.link}>", ()))
    return Answer("answer", f"{len(lines)} source articles", (Section("", tuple(lines)),), command="sources",
                  base=base)


# -- roles and lists -----------------------------------------------------------------------------

LEADS = frozenset({"run", "head", "lead", "boss", "charg", "chief", "in"})  # stems of "who runs X"
_BROWSE_KIND = {"person": "people", "organisation": "organisations", "body": "organisations", "place": "places",
                "platform": "organisations", "topic": "topics", "policy": "policies", "event": "topics",
                "year": "years", "party": "organisations"}


def _title_terms(fact: Fact) -> set[str]:

    return {stem(t) for t in tokens(str(fact.role.get("title") or ""))}


def _parts_list(base: FactBase, index: Index, text: str, kind: str, within: list[str]) -> Answer | None:
    """The entities of `kind` that are part of what is named ("which Alibaba platforms": Taobao,
    Tmall …), each cited by its most-cited fact; None (the plain index) when it has no such parts."""
    types = {kind, "body"} if kind in ("organisation", "body") else {kind}
    if kind == "body" and any(is_government(base.entities[eid]) for eid in within):
        parts = [e for e in base.entities.values() if e.type == "body" and not is_government(e)]  # the state's bodies
    else:
        parts = [base.entities[c] for eid in within for c in family(index.children, eid)[1:]
                 if base.entities[c].type in types]
    return _entities_answer(base, text, parts)


def _entities_answer(base: FactBase, text: str, entities: list[Entity]) -> Answer | None:
    """Each entity by its name and its most-cited fact about it, cited; None when none is cited."""
    chosen: list[tuple[Entity, Fact]] = []
    for ent in dict.fromkeys(entities):
        cited = sorted(base.by_entity.get(ent.id, ()), key=lambda f: (base.facts[f].about[0] != ent.id, f))
        if cited:
            chosen.append((ent, base.facts[cited[0]]))
    if not chosen:
        return None
    lines = tuple(Line(f"{ent.name} — {f.says}", (f.id,)) for ent, f in chosen)
    answer = Answer("answer", truncate(text.strip(), 200), (Section("", lines),), command="ask", query=text,
                    base=base)
    numbers = answer.citation_numbers()
    return replace(answer, lead=fit_lead(f"The sources name {len(lines)}: " + "; ".join(
        f"{ent.name} [{numbers[f.id]}]" for ent, f in chosen) + "."))


@per_index
def _roles_and_titles(index: Index) -> tuple[list[Fact], frozenset[str]]:
    """Every role fact, and every word of their titles (worked out once per index: a walk over every
    fact at 100,000 of them)."""
    roles = [f for f in index.base.facts.values() if f.kind == "role"]
    return roles, frozenset().union(*(_title_terms(f) for f in roles))


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


TITLE_WORDS = frozenset("title titles role roles position positions designation designations rank ranks office "
                        "offices".split())
# "posts" is a title only beside one ("his rank and posts"); alone it is as often a social media post
TITLE_TOO = frozenset({"post", "posts"})
# what a title is asked as ("official designation", "job title", "full title"): no other thing asked of it
TITLE_AS = frozenset({"official", "formal", "job", "full", "actual", "proper", "exact"})


# an office asked of a person by its kind: "which minister is Khurram Dastgir", "which ministry did he head"
_OFFICE_KIND = re.compile(r"\b(?:which|what) (?:minister|ministry|portfolio)\b|\bminister (?:of|for) (?:what|which)\b")
_OFFICE_TOO = frozenset("which what minister ministry portfolio head heads headed hold holds held".split())
_GIVES = re.compile(r"\b(?:does|did|do) ([\w ]{2,20}?) give\b", re.IGNORECASE)


def _titles_of(base: FactBase, index: Index, q: Question, question: str) -> Answer | None:
    """"All titles of Ahmed Sharif Chaudhry", "Dar's roles", "what positions does X hold": the
    person's role facts, each office once, newest first. None unless one person and a title word are
    all the question names ("per Profit" narrows to that outlet's articles)."""
    office = _OFFICE_KIND.search(q.folded)  # "which minister is Dar", "Khurram was minister of what"
    if TITLE_WORDS.isdisjoint(q.tokens) and office is None:
        return None
    # "what title does Arab News give James Dong": the title in that outlet's articles
    asked, articles = publisher_filter(index, _GIVES.sub(r"according to \1", q.text))
    toks = read(asked).tokens if articles is not None else q.tokens
    mentioned = mentioned_entities(index, toks)
    people = [m for m in mentioned if len(m.entities) == 1 and m.entities[0].type == "person"]
    if len(people) != 1:
        return None
    m = people[0]
    # "James Dong's title in Alibaba": an office in the organisation named, a lasting one (leading a
    # year's delegation is no title at Alibaba)
    named = {e.id for x in mentioned if x is not m for e in x.entities}
    within = {p for org in named for p in family(index.children, org)}
    if any(base.entities[eid].type not in ("organisation", "body") for eid in named):
        return None
    covered = {i for x in mentioned for i in range(x.start, x.start + len(x.words))}
    rest = [t for i, t in enumerate(toks) if i not in covered and t not in STOPWORDS
            and t not in TITLE_WORDS | TITLE_TOO | TITLE_AS and t not in EVERY and not is_filler(t) and not YEAR.match(t)
            and not (office is not None and t in _OFFICE_TOO)]
    if rest:
        return None  # "Dar's role in the budget": something else is asked of the role
    held = [f for f in roles_by_person(index).get(m.entities[0].id, ())
            if (not q.years or base.year_of(f) in q.years) and (articles is None or f.source.article in articles)]
    if held and not (TITLE_WORDS - {"role", "roles"}).isdisjoint(toks) and all(task_only(base, f) for f in held):
        # "max bittner title", "his designation within Alibaba": leading one year's delegation is what
        # he did, not a title
        name, did = m.entities[0].name, "; ".join(f"“{f.role.get('title')}” ({base.year_of(f)})" for f in held)
        return _not_found(base, "ask", question, f"The sources give {name} no title, only {did}.",
                          related=held[:3], missing=f"{name}'s title")
    roles = [f for f in held if not named or (str(f.role.get("org")) in within and not task_only(base, f))]
    if not roles:
        return None
    roles.sort(key=lambda f: (-base.year_of(f), f.id))
    lines = tuple(fact_lines(base, roles))
    answer = Answer("answer", truncate(question.strip(), 200), (Section("", lines),), command="ask", query=question,
                    base=base)
    numbers = answer.citation_numbers()
    cited: dict[str, list[int]] = {}  # one title the outlets share is said once, with each citation
    for f in roles:
        if f.role.get("title"):
            cited.setdefault(f"{f.role.get('title')} ({base.year_of(f)})", []).append(numbers[f.id])
    titles = [title + " " + "".join(f"[{n}]" for n in sorted(set(ns))) for title, ns in cited.items()]
    return replace(answer, lead=fit_lead(f"{m.entities[0].name}: " + "; ".join(titles) + "."))


def role_facts(base: FactBase, index: Index, text: str, *, former: bool = False) -> tuple[list[Fact], list[str]] | None:
    """The role facts for an office named without its holder ("the prime minister", "president of
    Alibaba", "ministers"), across every year unless one is given. None when the words are not
    an office the base records: then the question is not about a role."""

    q = read(text)
    roles, titles = _roles_and_titles(index)
    # "the prime ministers" is an office, though "Prime Minister's Office" holds the same words
    mentioned = [m for m in mentioned_entities(index, q.tokens)
                 if not (any(stem(_singular(w)) in ROLE_WORDS for w in m.words)
                         and all(stem(_singular(w)) in titles for w in m.words if w not in STOPWORDS))]
    covered = {i for m in mentioned for i in range(m.start, m.start + len(m.words))}
    orgs = [m for m in mentioned if any(e.type != "person" for e in m.entities)]
    # a named person makes it a question about them; "the prime minister" (an unnamed holder) does not,
    # nor an office several people are known by ("Alibaba president": Michael Evans, then James Dong)
    people = [m for m in mentioned if all(e.type == "person" and not e.unnamed for e in m.entities)
              and not (len(m.entities) > 1 and any(stem(w) in ROLE_WORDS for w in m.words))]
    covered -= {i for m in mentioned if m not in people and m not in orgs
                for i in range(m.start, m.start + len(m.words))}
    if people or any(all(e.type == "person" and e.unnamed for e in m.entities) for m in mentioned):
        return None  # a named person, or an office the sources never put a name to ("the FBR chairman")
    typed = kept_acronyms(q.text)  # "IT minister": an acronym typed in capitals is part of the office
    words = [t for i, t in enumerate(q.tokens) if i not in covered and t in q.words
             and t not in ("who", "whom", "list", "show", "all", "people", "officials")
             and (t in typed or not is_filler(t))]
    # "the Alibaba president" read as one person's name (Evans's and Dong's): its organisation's word
    # still names the organisation, not part of the title
    named_orgs = {w: ids for w in words
                  if (ids := [e for e in index.exact_ids(w) if base.entities[e].type in ("organisation", "body")])}
    words = [w for w in words if w not in named_orgs]
    office = [stem(_singular(w)) for w in words]
    if orgs and office and all(t in LEADS for t in office):
        office = []  # "who runs ISPR", "who heads Alibaba": whoever holds an office in it
    elif not office or any(t not in titles and stem(t) not in titles for t in office):
        return None
    # "the FBR chairman at the Alibaba meeting": the organisation next to the office is whose it is
    toks = q.tokens
    office_at = {i for i, t in enumerate(toks) if stem(_singular(t)) in titles}
    beside = [m for m in orgs if m.start + len(m.words) in office_at
              or (m.start >= 2 and toks[m.start - 1] == "of" and m.start - 2 in office_at)]
    orgs = beside or orgs
    places = [e for m in orgs for e in m.entities if e.type == "place"]
    org_ids: set[str] = set()
    for m in orgs:
        for ent in m.entities:
            org_ids |= {ent.id, *index.children.get(ent.id, ())}
    for ids in named_orgs.values():
        for eid in ids:
            org_ids |= {eid, *index.children.get(eid, ())}
    found = []
    for fact in roles:
        terms = _title_terms(fact)
        if not all(t in terms for t in office) or ("former" in terms and "former" not in office and not former):
            continue
        # ("the ISPR spokesperson": the military's spokesperson, who holds an office in the ISPR too)
        if org_ids and fact.role.get("org") not in org_ids and org_ids.isdisjoint(fact.entity_ids()) \
                and not _of_the_place(base, fact, places, terms) \
                and not any(fact.about[0] in index.members.get(org, ()) for org in org_ids):
            continue
        if q.years and base.year_of(fact) not in q.years:
            continue
        if base.entities[fact.about[0]].unnamed:
            continue
        found.append(fact)
    found.sort(key=lambda f: (-base.year_of(f), f.about[0], f.id))
    return found, [e.name for m in orgs for e in m.entities[:1]]


def _of_the_place(base: FactBase, fact: Fact, places: list[Entity], terms: set[str]) -> bool:
    """"Pakistan's prime minister": an office of the country — its title names it ("Prime Minister of
    Pakistan"), or it is an office of the national government."""
    if not places:
        return False
    org = base.entities.get(str(fact.role.get("org") or ""))
    named = {stem(t) for p in places for n in p.names for t in tokens(n)}
    # (the national government *of that place*: "the prime minister of China" is not Pakistan's)
    return not named.isdisjoint(terms) or (org is not None and is_government(org) and (
        not named.isdisjoint(stem(t) for n in org.names for t in tokens(n)) or org.part_of in {p.id for p in places}))


FOUNDING = re.compile(r"\b(?:first|founder|founders|founding|founded|co-founder|co-founded)\b", re.IGNORECASE)
IN_THE_SOURCES = frozenset({"mentioned", "named", "articles", "article", "sources", "source", "data", "base", "facts"})


def role_holders(base: FactBase, index: Index, text: str) -> Answer | None:
    """"Who is the prime minister": every holder the sources name, each with the year."""

    hit = role_facts(base, index, text)
    if hit is None or not hit[0]:
        return None
    facts = hit[0]
    asked = read(text)
    titles = _roles_and_titles(index)[1]
    offices = {(f.role.get("org"), f.role.get("title")) for f in facts}
    typed = {stem(_singular(w)) for w in asked.words} & titles
    if not hit[1] and len(typed) == 1 and len({f.about[0] for f in facts}) > 1 and len(offices) > 1 \
            and len({org for org, _ in offices}) > 1:
        # "who's the president", "what did the minister say": a bare title that names different offices
        # (Alibaba's president and its international markets president; the defence and the IT minister)
        # is asked back, as a bare shared name is
        people = [base.entities[p] for p in dict.fromkeys(f.about[0] for f in facts)]
        title = next(w for w in asked.words if stem(_singular(w)) in typed)
        return _ambiguous(base, "ask", text, f"Several people in the sources hold the title “{title}”.", people)
    if asked.order == "first" and not IN_THE_SOURCES & set(asked.tokens) and not any(
            FOUNDING.search(f"{f.says} {f.source.quote}") for f in facts):
        # "who was the first chairman of PTI": the earliest holder the articles name is not the first
        # ever, unless a fact says so ("the first holder in the articles" is that earliest one)
        names = " and ".join(dict.fromkeys(base.entities[f.about[0]].name for f in facts[:3]))
        return _not_found(base, "ask", text, f"The sources name {names} in that office but do not say who was the "
                          "first to hold it.", related=facts[:3], missing="who was the first")
    if asked.order is not None:  # "the latest Alibaba president": the holders of the last (or first) year
        edge = (max if asked.order == "last" else min)(base.year_of(f) for f in facts)
        facts = [f for f in facts if base.year_of(f) == edge]
    elif not HOLDS_NOW.isdisjoint(asked.tokens) and not asked.years:
        # "who is the finance minister now": the holder of the sources' latest year — a 2017 holder
        # is not said to hold the office still
        latest = _latest_year(base)
        if not (current := [f for f in facts if base.year_of(f) == latest]):
            names = " and ".join(dict.fromkeys(f"{base.entities[f.about[0]].name} ({base.year_of(f)})" for f in facts[:3]))
            office = str(facts[0].role.get("title") or "holder of that office")
            return _not_found(base, "ask", text, f"The sources name {names} in that office but do not say who holds "
                              "it now.", related=facts[:3], missing=f"the {office} in {latest}")
        facts = current
    lines = tuple(fact_lines(base, facts))
    answer = Answer("answer", truncate(text.strip(), 200), (Section("", lines),), command="ask", query=text,
                    base=base)
    q = replace(asked, intent="who")
    return replace(answer, lead=lead(base, q, lines, answer.citation_numbers()))


# the words that ask who holds an office today ("who is the current PM", "the finance minister now")
HOLDS_NOW = frozenset({"now", "currently", "current", "nowadays", "today", "presently", "rn"})


_BEFORE_PERSON = re.compile(r"^(.+?)\s+(?:before|prior to|preceding|ahead of)\s+(?:the\s+)?(.+?)\W*$", re.IGNORECASE)


def _predecessor(base: FactBase, index: Index, q: Question, question: str) -> Answer | None:
    """"Who was DG ISPR before Chaudhry", "the Alibaba president before James Dong": the one before,
    which no fact says — the sources name some holders of an office, never who succeeded whom. None
    when the words name no office that person holds."""
    m = _BEFORE_PERSON.match(q.text)
    if m is None:
        return None
    person = resolve(base, index, m[2], WHO_TYPES).entity
    if person is None or person.type != "person":
        return None
    hit = role_facts(base, index, m[1])
    if hit is not None and hit[0]:
        if all(f.about[0] != person.id for f in hit[0]):
            return None
        # an earlier holder the sources name is not said to be the one before ("the PM before Shehbaz"
        # was not Nawaz Sharif): shown as related, with the other holders
        related = sorted(hit[0], key=lambda f: (f.about[0] == person.id, base.year_of(f)))[:3]
    else:  # "DG ISPR" is a name of Chaudhry's, not a role title the base records
        office = re.sub(r"^\W*who\s+(?:is|was|were|are|has been)\s+", "", m[1], flags=re.I)
        holder = resolve(base, index, office, WHO_TYPES).entity
        if holder is None or holder.id != person.id:
            return None
        related = [base.facts[f] for f in base.by_entity.get(person.id, ()) if base.facts[f].kind == "role"][:3]
    return _not_found(base, "ask", question, f"The sources do not say who held that office before {person.name}.",
                      related=related, missing=f"who held it before {person.name}")


# words of role titles that name no office by themselves ("the", "of", the organisations' own names)
_NOT_OFFICES = frozenset({"the", "of", "and", "for", "former", "it"})


_MEMBERS = re.compile(r"\b(?:names?|list|ls|who)\b.{0,40}?\b(?:members|delegates|people|ppl|persons)\b|"
                      r"\bwho (?:else |all )?(?:was|were) (?:in|on|part of) (?:the |\w+(?:'?s)? ){0,3}(?:delegation|team)\b|"
                      r"\b(?:other|rest of the) (?:\d+ |five |four )?(?:members|delegates|people|ppl|persons)\b", re.I)
# a visiting group, by name or by its count of people ("the 6 alibaba ppl": the six-member delegation)
_GROUP_WORDS = re.compile(r"\b(?:delegation|delegates|team)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten) "
                          r"(?:\w+ )?(?:people|ppl|persons|guys|reps|members)\b", re.I)


def _members_not_named(base: FactBase, index: Index, q: Question, question: str) -> Answer | None:
    """"Names of the six Alibaba delegates", "who else was in Bittner's delegation": the members of
    a visiting group, which the sources name only by its leader — not_found, saying whom they do
    name, with the leader's facts as related (never the group's other facts as if they answered)."""
    if not (_MEMBERS.search(q.text) and _GROUP_WORDS.search(q.text)):
        return None
    if q.tokens[:1] == ("who",) and {"other", "others", "else", "all", "every", "rest"}.isdisjoint(q.tokens) and \
            not q.numbers:
        return None  # "who were the members of the 2025 delegation": its leader answers, as one of them
    groups = [e for e in base.entities.values() if e.type == "body" and e.year and "delegation" in e.keywords]
    found = mentioned_entities(index, q.tokens)
    people = {e.id for m in found for e in m.entities if e.type == "person"}
    # its named people: those whose role ties them to it, or whom its own name gives ("… led by James Dong")
    led: dict[str, list[Fact]] = {g.id: [f for f in base.facts.values() if f.kind == "role" and (
        f.role.get("org") == g.id or g.id in f.about[1:] or (base.year_of(f) == g.year and any(
            n in g.name for n in base.entities[f.about[0]].names)))] for g in groups}
    if q.years:
        groups = [g for g in groups if g.year in q.years]
    elif people:
        groups = [g for g in groups if any(f.about[0] in people for f in led[g.id])]
    elif numbers := [n for n in q.numbers if n.isdigit()]:  # "the six delegates": the six-member one
        groups = [g for g in groups if any(n in tokens(" ".join(g.names)) or (
            (word := _NUMBER_WORDS.get(n)) is not None and word in " ".join(g.names).casefold())
            for n in numbers)] or groups
    if not groups:
        return None
    named = sorted({base.entities[f.about[0]].name for g in groups for f in led[g.id]})
    related = [f for g in groups for f in led[g.id]][:3]
    said = " and ".join(named) if named else "none of them"
    return _not_found(base, "ask", question, f"The sources name only {said} of the delegation; they do not name "
                      "its other members.", related=related, missing="the names of the other members")


_NUMBER_WORDS = {str(n): w for w, n in SMALL.items() if " " not in w and w != "dozen"}  # "6" → "six"


_SPEAKING_AS = frozenset({"say", "said", "says", "tell", "told", "announce", "announced", "promise", "promised",
                          "offer", "offered", "order", "ordered"})


def _unheld_speaker(base: FactBase, index: Index, q: Question, question: str) -> Answer | None:
    """"What did the foreign minister say", "what did the president of Pakistan tell Alibaba": an office
    asked to have spoken that no role fact gives anyone — its words would otherwise be matched to
    whoever said something near them. The refusal names the office."""
    toks = q.tokens
    at = next((i for i, t in enumerate(toks) if t in _SPEAKING_AS), None)
    if at is None or at < 2:
        return None
    start = max((i + 1 for i in range(at) if toks[i] == "the"), default=0)
    phrase = toks[start:at]
    if start < 2 or toks[start - 2] not in ("did", "does", "do") or not phrase or not any(
            stem(_singular(w)) in ROLE_WORDS for w in phrase) or any(YEAR.match(w) for w in phrase):
        return None  # only "… did the <office> say": an office named as the one who spoke
    if any(e.type != "place" for m in mentioned_entities(index, phrase) for e in m.entities):
        return None  # "the PM", "the Alibaba president", "the DG ISPR": an office read as the people who held it
    found = role_facts(base, index, " ".join(phrase))
    if found is not None and found[0]:
        return None
    office = q.as_typed(phrase)  # "the president of Pakistan", as typed
    return _not_found(base, "ask", question, f"The sources do not name the {office}.", [],
                      missing=f"the name of the {office}")


def _office_not_named(base: FactBase, index: Index, q: Question, question: str) -> Answer | None:
    """"Who is the spokesperson of PTI", "PTI's treasurer": an office of a named organisation that no
    role fact gives it. The military's spokesperson is named, PTI's is not — a fact where PTI answers
    the military spokesperson does not name one, so the refusal names the office asked."""
    toks = [t for t in q.tokens if t not in LEADING_CHAT]
    if toks[:1] != ["who"] or toks[1:2] not in (["is"], ["was"], ["are"], ["were"]):
        return None
    mentioned = mentioned_entities(index, q.tokens, acronyms=kept_acronyms(q.text))
    if len(mentioned) != 1 or any(e.type not in ("organisation", "body") for e in mentioned[0].entities):
        return None
    roles, titled = _roles_and_titles(index)
    titles = titled - _NOT_OFFICES
    covered = set(mentioned[0].words)
    rest = [t for t in toks[2:] if t not in covered and t not in STOPWORDS and not YEAR.match(t)]
    office = [t for t in rest if stem(_singular(t)) in titles]
    if not office or any(t not in office and not is_filler(t) for t in rest):
        return None
    m = mentioned[0]
    if q.tokens[m.start + len(m.words):m.start + len(m.words) + 1] in AT_OCCASION:
        return None  # "the IT minister at the Alibaba meeting": the occasion, not whose minister
    at = [i for i, t in enumerate(q.tokens) if t in office]
    if not any(m.start + len(m.words) == i or (q.tokens[i + 1:i + 2] in (("of",), ("at",), ("for",)) and
               0 < m.start - i <= 3) for i in at):
        return None  # "who was the minister who met Alibaba": no office of Alibaba's
    orgs = {e.id for e in mentioned[0].entities}
    terms = {stem(_singular(t)) for t in office}
    if any((f.role.get("org") in orgs or orgs & set(f.about)) and terms <= _title_terms(f) for f in roles):
        return None  # the office is held there: the holders' answer, not this one
    org = mentioned[0].entities[0]
    if terms <= _LEADING and any(_LED.search(base.facts[fid].says) and any(
            base.entities[e].type == "person" for e in base.facts[fid].about if e in base.entities)
            for fid in base.by_entity.get(org.id, ())):
        return None  # "the 2025 team's leader": a delegation "led by James Dong" has one, role fact or not
    wanted = f"{org.name}'s {' '.join(office)}"
    return _not_found(base, "ask", question, f"The sources do not name {wanted}.", [org],
                      related=[base.facts[fid] for fid in base.by_entity.get(org.id, ())[:3]],
                      missing=f"the name of {wanted}")


_LEADING = frozenset({"leader", "head", "chief"})
_LED = re.compile(r"\b(?:led|leading|leads|headed|heads|heading)\b", re.IGNORECASE)
_LED_VERB = re.compile(r"\b(?:led|leads|headed|heads|(?:leading|heading)(?= (?:the|a|an) ))\b", re.IGNORECASE)


def _articles_named(base: FactBase, index: Index, rest: str) -> list[str]:
    """"The Imran Khan article", "the December 2025 story", "the Profit piece": the articles a listing
    is narrowed to — by publisher, by month and year published, and by a name in the title. Empty
    when the words name no article, or name every one."""
    said = read(rest)
    toks = said.tokens
    if ARTICLE_WORDS.isdisjoint(toks):
        return []
    asked, pool = publisher_filter(index, rest)
    picked = set(base.articles) if pool is None else set(pool)
    years, months = said.years, asked_months(toks)
    picked = {a for a in picked if (not years or base.articles[a].published.year in years)
              and (not months or base.articles[a].published.month in months)}
    named = [e for m in mentioned_entities(index, read(asked).tokens) for e in m.entities]
    if named:  # "the Imran Khan article": the one whose headline names him
        picked = {a for a in picked if any(n.casefold() in base.articles[a].title.casefold()
                                           for e in named for n in e.names)}
    return sorted(picked) if len(picked) < len(base.articles) else []


_SUMMARY = re.compile(r"\b(?:summar(?:y|ies|ise|ize|ised|ized)|sum up|tl;?dr|gist|recap|overview|rundown|key points|"
                      r"main points|highlights|about)\b", re.I)
_SUMMARY_ASKS = frozenset({"what", "whats", "pls", "please", "give", "me", "quick", "short"})


def _article_summary(base: FactBase, index: Index, q: Question, question: str) -> Answer | None:
    """"Summarise the Imran Khan article", "what is the Profit piece about": the article's own facts,
    its events first — when the question asks for nothing but a summary of one or two articles."""
    if ARTICLE_WORDS.isdisjoint(q.tokens) or not _SUMMARY.search(q.text):
        return None
    within = _articles_named(base, index, q.text)
    if not within or len(within) > 2:
        return None
    asked, _ = publisher_filter(index, q.text)
    rest = read(_SUMMARY.sub(" ", asked))
    titles = " ".join(base.articles[a].title.casefold() for a in within)
    # only the names that pick the article out ("the Imran Khan article"); any other asks something
    named = {i for m in mentioned_entities(index, rest.tokens) if any(n.casefold() in titles for e in m.entities
                                                                      for n in e.names)
             for i in range(m.start, m.start + len(m.words))}
    asks_more = any(i not in named and t not in ARTICLE_WORDS and t not in MONTHS and not is_filler(t)
                    and t not in _SUMMARY_ASKS for i, t in enumerate(rest.tokens) if t in rest.words)
    if asks_more or not SAY_WORDS.isdisjoint(rest.tokens):
        return None  # "what did the Imran Khan article say about the election": a question of its own

    def news_first(f: Fact) -> tuple[bool, bool, bool, str]:  # its own month's events (the news) first
        published = base.articles[f.source.article].published
        fresh = f.when is not None and f.when.sort_key[:2] == (published.year, published.month)
        return not fresh, f.kind != "event", f.kind == "role", f.id

    facts = sorted((f for f in base.facts.values() if f.source.article in within), key=news_first)
    if not facts:
        return None
    answer, lines = _facts_answer(base, question, facts[:12])
    return replace(answer, lead=lead(base, q, lines, answer.citation_numbers(), aggregate=True))


def _named_in(base: FactBase, text: str, articles: list[str], kind: str) -> Answer | None:
    """Everyone (or every organisation) the facts of those articles name, each cited by a fact of
    theirs from there — their role where the article gives one."""
    types = ("person",) if kind == "person" else ("organisation", "body")
    cite: dict[str, Fact] = {}
    for fact in sorted((f for f in base.facts.values() if f.source.article in articles),
                       key=lambda f: (f.kind != "role", f.id)):
        for eid in fact.entity_ids():
            ent = base.entities.get(eid)
            if ent is not None and ent.type in types and not ent.unnamed and (
                    eid not in cite or (fact.kind == "role" and fact.about[0] == eid and cite[eid].kind != "role")):
                cite.setdefault(eid, fact)
    if not cite:
        return None
    chosen = sorted(cite, key=lambda eid: base.entities[eid].name)
    return _named_answer(base, text, [
        (ent, f, ent.name + (f" — {f.role.get('title')}" if f.kind == "role" and f.about[0] == eid else ""))
        for eid in chosen for ent, f in ((base.entities[eid], cite[eid]),)])


def entity_list(base: FactBase, index: Index, text: str) -> Answer | None:
    """"List all the Alibaba people", "PTI people", "list the ministers": the people (or bodies)
    the sources tie to what is named, each with the role fact that ties them, cited. Without a
    narrowing word it is the plain index (`browse`)."""

    q = read(text)
    if q.intent != "list":
        return None
    kind = q.list_kind
    if kind == "article":
        return sources(base)
    rest = q.list_rest
    if rest and (kind in ("person", "organisation") or (kind is None and not PEOPLE_WORDS.isdisjoint(
            read(rest).tokens))) and (within := _articles_named(base, index, rest)):  # "everyone in …": people
        return _named_in(base, text, within, "person" if kind is None else kind)
    if q.years and not mentioned_entities(index, read(rest).tokens):
        return None  # "all the people from 2017": the index of that year (browse)
    if kind != "person" and rest:
        # "list all alibaba subsidiaries", "the countries alibaba sells pakistani goods to": a noun or
        # a condition the index does not list by — not the people or parts of what is named (`ask`
        # says the sources do not list it)
        rest_q = read(rest)
        named = {i for m in mentioned_entities(index, rest_q.tokens) for i in range(m.start, m.start + len(m.words))}
        if any(i not in named and t not in STOPWORDS and not YEAR.match(t) and not is_filler(t)
               and stem(t) not in ENTITY_NOUNS and t not in PEOPLE_WORDS and t not in MONTHS
               and stem(t) not in GROUP_STEMS and t not in ATTENDING for i, t in enumerate(rest_q.tokens)):
            return None
    # "the government bodies": bodies, not the people who hold offices in the government
    # a list names the former holders too ("the prime ministers mentioned"); "who is …" does not
    hit = role_facts(base, index, rest, former=True) if rest and kind in (None, "person") else None
    if hit is not None and hit[0]:
        facts = hit[0]
    else:
        mentioned = mentioned_entities(index, read(rest).tokens) if rest else []
        if not mentioned:
            return None
        if kind not in (None, "person"):  # "Alibaba's platforms": the parts of what is named, of that kind
            return _parts_list(base, index, text, kind, [e.id for m in mentioned for e in m.entities])
        org_ids = {e.id for m in mentioned for e in m.entities}
        org_ids |= {c for eid in list(org_ids) for c in index.children.get(eid, ())}
        facts = [f for f in base.facts.values() if f.kind == "role" and (f.role.get("org") in org_ids)
                 and not base.entities[f.about[0]].unnamed]
    if not facts:
        return None
    # one line per person: their latest role
    latest: dict[str, Fact] = {}
    for fact in sorted(facts, key=lambda f: (base.year_of(f), f.id)):
        latest[fact.about[0]] = fact
    chosen = sorted(latest.values(), key=lambda f: base.entities[f.about[0]].name)
    return _named_answer(base, text, [(ent, f, f"{ent.name} — {f.role.get('title')} ({base.year_of(f)})")
                                      for f in chosen for ent in (base.entities[f.about[0]],)])


def _named_answer(base: FactBase, text: str, named: list[tuple[Entity, Fact, str]]) -> Answer:
    """A listing of entities, one line each citing the one fact that ties them in, led by their names."""
    lines = tuple(Line(line, (f.id,)) for _, f, line in named)
    answer = Answer("answer", truncate(text.strip(), 200), (Section("", lines),), command="ask", query=text,
                    base=base)
    return replace(answer, lead=f"The sources name {len(lines)}: " + "; ".join(
        f"{ent.name} [{n}]" for n, (ent, _, _) in enumerate(named, start=1)) + ".")
