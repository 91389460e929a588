"""Free-text search over facts, strict by design.

A question is answered only when the fact base accounts for it: every meaningful word must be a
word the base uses (allowing a typo), every named entity and every year and number in the question
must be present in the facts returned, and the best fact must carry most of the question's weight.
Otherwise the answer is "not in the sources" — the nearest fact is never passed off as an answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .index import ALL_TYPES, EXACT, PREFIX, Index, Query
from .model import Entity, Fact, FactBase
from .text import NUMBER, QUESTION_WORDS, STOPWORDS, YEAR, kept_acronyms, stem, tokens

# Words that shape a question without naming its subject ("what did X *put* on Y", "when did it
# *happen*"). They are ignored when judging whether the base knows the question's words.
FILLER = frozenset(
    stem(w)
    for w in """happen happened happening come came coming go went gone make made making get got take took taken put
    puts mean meant exactly really much many long often like article articles source sources news report
    reported reports mention mentioned mentions thing things anyone someone something one ones time
    times first last latest earliest recent recently kind type sort did does doing done talk
    talked talking speak spoke discuss discussed discussing involved involve involving play played role
    roles part parts number numbers figure figures amount amounts exist exists existed year years
    day days date dates month months detail details information info regarding concerning current
    currently now today main major key important give given gave see seen look looks lot lots way ways
    name named names thing whom percentage percent worth else actually ever still yet new old big purpose reason
    reasons why result results mentioned state stated states announce announced want wanted wants think
    thought believe believed feel felt claim claimed describe described apply applies applied affect
    affects affected relate relates related cover covers covered include includes included
    concern concerns concerned regard regards stand stands full form means city town venue location
    position positions designation""".split()
)
# Small, hand-checked synonym groups: how readers ask versus how reporters write.
_SYNONYM_GROUPS = (
    "lead led head heads chair chairs chairman chaired",
    "meet met meeting visit visited talk talks trip",
    "tax taxes duty duties levy",
    "sell sold sale sales seller sellers listed",
    "goal goals aim aims vision target plan",
    "job jobs livelihood employment",
    "prison jail jailed imprisoned",
    "oust ousted removed remove",
    "say said says state stated told note noted remark remarks",
    "minister ministry",
    "company firm",
)
SYNONYMS: dict[str, frozenset[str]] = {}
for _group in _SYNONYM_GROUPS:
    _stems = frozenset(stem(w) for w in _group.split())
    for _s in _stems:
        SYNONYMS[_s] = SYNONYMS.get(_s, frozenset()) | _stems

SAY_WORDS = frozenset({"say", "said", "says", "statement", "statements", "quote", "remark", "remarks",
                       "promise", "promised", "stress", "stressed", "noted", "told", "described", "urged"})
COUNT_WORDS = frozenset(
    "many much big large small size how percent percentage % number figure figures amount rate value worth "
    "estimate estimated".split()
)
FIRST_WORDS = frozenset({"first", "earliest", "initial"})
LAST_WORDS = frozenset({"last", "latest", "recent", "recently", "newest", "most recent"})
MIN_SHARE = 0.5  # the best fact must carry at least this share of the question's weight
KEEP_RATIO = 0.6  # other facts are shown when they score within this ratio of the best
MAX_FACTS = 5


@dataclass
class Hits:
    facts: list[Fact] = field(default_factory=list)
    note: str = ""
    near: list[Entity] = field(default_factory=list)


@dataclass(frozen=True)
class Mention:
    """A span of the question that names an entity: a fact must involve one of `entities`, or
    use the span's own words (a demonym or spelling the entity's names do not list)."""

    words: tuple[str, ...]
    entities: tuple[Entity, ...]
    start: int = 0  # position in the question: "what did X say about Y" — X comes first


def mentioned_entities(index: Index, words: tuple[str, ...]) -> list[Mention]:
    """Entities named in the question by a name or alias (longest spans first, a typo allowed)."""
    found: list[Mention] = []
    used: set[int] = set()
    n = len(words)
    for size in range(min(5, n), 0, -1):
        for start in range(0, n - size + 1):
            span = range(start, start + size)
            if used & set(span):
                continue
            key = " ".join(words[start:start + size])
            ids = index.exact.get(key, ())
            if not ids and size == 1 and len(key) >= 5:
                matches = index.word_matches(key)
                typo = [t for t, s in matches.items() if s not in (EXACT, PREFIX)]  # misspelt, not a prefix
                ids = [i for t in typo for i in index.exact.get(t, ())]
            if not ids and size > 1:
                ids = _partial_name(index, words[start:start + size])
            # a topic is what a question is about, not a name it uses: it constrains nothing
            ents = [e for e in (index.base.entities[i] for i in dict.fromkeys(ids)) if e.type != "topic"]
            if ents:
                found.append(Mention(words[start:start + size], tuple(ents), start))
                used |= set(span)
    return found


def _partial_name(index: Index, span: tuple[str, ...]) -> list[str]:
    """Entities whose name contains these words in this order ("board of revenue" → FBR)."""
    out = []
    for eid in index.bigram_entities.get(span[:2], ()):
        for words, _, _ in index.variants[eid]:
            n = len(span)
            if any(words[i:i + n] == span for i in range(len(words) - n + 1)):
                out.append(eid)
                break
    return out


_stem = lru_cache(maxsize=65536)(stem)


@lru_cache(maxsize=8192)
def _name_parts(name: str) -> tuple[str, ...]:
    return tuple(t for t in tokens(name) if t not in STOPWORDS)


def _involving(index: Index, ent: Entity) -> set[str]:
    """Facts that involve an entity or any part of it (a fact about AIDC involves Alibaba Group)."""
    out: set[str] = set()
    frontier = [ent.id]
    seen = set(frontier)
    while frontier:
        eid = frontier.pop()
        out.update(index.base.by_entity.get(eid, ()))
        for child in index.children.get(eid, ()):
            if child not in seen:
                seen.add(child)
                frontier.append(child)
    return out


def _spellings(index: Index, m: Mention) -> list[tuple[tuple[str, ...], bool]]:
    """How a fact may write the mentioned entity, and whether the words must stand in that order:
    the words typed (any order) and the entity's names (in order) — but never a lone surname that
    other people share ("Sharif" in "Ahmed Sharif Chaudhry" is not Shehbaz Sharif)."""
    out: list[tuple[tuple[str, ...], bool]] = []
    candidates = [(m.words, False), *((_name_parts(n), True) for e in m.entities for n in e.names)]
    for parts, ordered in candidates:
        if not parts or (len(parts) == 1 and len(index.person_name_tokens.get(parts[0], ())) > 1):
            continue
        if (parts, ordered) not in out:
            out.append((parts, ordered))
    return out


def _named_in_text(index: Index, fid: str, m: Mention) -> bool:
    """The fact writes the mention's own words, or one of its entities' names, in its text."""
    terms = index.fact_terms[fid]
    for parts, ordered in _spellings(index, m):
        # the fact's words are looked at only when its terms say the words could be there; a name
        # must be written out in order ("Prime Minister Sharif" is not in "Prime Minister Nawaz Sharif")
        if all(_stem(p) in terms for p in parts):
            words, line = index.fact_words(fid)
            if all(p in words for p in parts) and (not ordered or f" {' '.join(parts)} " in line):
                return True
    return False


def _filter_pool(index: Index, pool: set[str], query: Query, mentioned: list[Mention]) -> set[str]:
    """Apply the hard constraints with set operations before any fact is scored: years and
    numbers match exactly, and every entity the question names is involved."""
    if query.years:
        allowed = [index.year_facts.get(y, frozenset()) for y in query.years]
        pool &= allowed[0] if len(allowed) == 1 else frozenset().union(*allowed)
    for number in query.numbers:
        pool &= set(index.postings.get(number, ()))
    for m in mentioned:
        if not pool:
            break
        involved: set[str] = set()
        for ent in m.entities:
            involved |= _involving(index, ent)
        rest = pool - involved
        named: set[str] = set()
        for parts, _ in _spellings(index, m):
            stems = sorted({_stem(p) for p in parts}, key=lambda t: len(index.postings.get(t, ())))
            # walk the rarest word's facts only; the others must be among the fact's terms too
            named.update(fid for fid in index.postings.get(stems[0], ()) if fid in rest
                         and all(t in index.fact_terms[fid] for t in stems[1:]))
        pool = (pool & involved) | {fid for fid in named if _named_in_text(index, fid, m)}
    return pool


def search_facts(base: FactBase, index: Index, question: str, kinds: frozenset[str] | None = None,
                 *, suggest: bool = True) -> Hits:
    """The facts that answer a question, or a note saying why none do (with did-you-mean names
    when `suggest`; a caller that already has its own suggestions skips that scan)."""
    query = Query.parse(question)
    raw_words = set(tokens(question))
    terms = [stem(w) for w in query.words if w not in QUESTION_WORDS]
    content = [t for t in terms if t not in FILLER]
    if not content and not query.years and not query.numbers:
        return Hits(note="Ask about a person, organisation, policy, figure or event in the articles.")
    known: list[str] = []
    unknown: list[str] = []
    for word, term in zip([w for w in query.words if w not in QUESTION_WORDS], terms, strict=True):
        if term in FILLER:
            continue
        hit = index.known_term(term) or index.known_term(word) or next(
            (t for t in sorted(SYNONYMS.get(term, ())) if t in index.postings), None)
        if hit:
            known.append(hit)
        else:
            unknown.append(word)
    mentioned = mentioned_entities(index, query.words)
    named = {stem(w) for m in mentioned for e in m.entities for n in e.names for w in tokens(n)}
    # a word the base only uses inside a longer name ("revenue" in Federal Board of Revenue) says
    # nothing about the question's subject unless the name itself was asked about
    unknown += [w for w, t in zip(query.words, [stem(w) for w in query.words], strict=True)
                if t in index.name_only and t not in named and t not in FILLER and w not in QUESTION_WORDS
                and not index.exact.get(w)]
    if unknown:
        listed = ", ".join(f"“{w}”" for w in unknown[:3])
        near = index.did_you_mean(" ".join(query.words), ALL_TYPES, 3) if suggest else []
        return Hits(note=f"The sources say nothing about {listed}.", near=near)
    weights = {t: index.idf.get(t, 0.0) for t in dict.fromkeys(known)}
    for year in query.years:
        weights[str(year)] = index.idf.get(str(year), 1.0)
    for number in query.numbers:
        weights[number] = index.idf.get(number, 2.0)
    total = sum(weights.values()) or 1.0
    scored: list[tuple[float, Fact]] = []
    alts = {t: SYNONYMS.get(t, frozenset()) | {t} for t in weights}
    pool: set[str] = set()
    # A fact is shown only with at least MIN_SHARE * KEEP_RATIO of the question's weight, so it
    # must use one of the heaviest terms that together carry the rest: only their facts are scored.
    floor = MIN_SHARE * KEEP_RATIO * total
    rest = total
    for term in sorted(weights, key=lambda t: -weights[t]):
        if rest < floor:
            break
        rest -= weights[term]
        for alt in alts[term]:
            pool.update(index.postings.get(alt, ()))
    speaker = _asked_speaker(index, question, mentioned)
    # the speaker's mention is checked by what they said, not merely by being named in the fact
    others = [m for m in mentioned if speaker is None or m is not speaker.mention]
    for fid in _filter_pool(index, pool, query, others):
        fact = base.facts[fid]
        if kinds and fact.kind not in kinds:
            continue
        if speaker is not None and not speaker.said(fact):
            continue
        terms_here = index.fact_terms[fid]
        own = index.text_terms[fid]
        share = sum(w * (0.5 if alts[t].isdisjoint(own) else 1.0) for t, w in weights.items()
                    if not alts[t].isdisjoint(terms_here)) / total
        scored.append((share, fact))
    if not scored:
        note = "The sources do not connect these." if mentioned else "The articles do not answer this."
        return Hits(note=note, near=[m.entities[0] for m in mentioned[:3]])
    best = max(share for share, _ in scored)
    if best < MIN_SHARE:
        return Hits(note="The articles do not answer this.", near=[m.entities[0] for m in mentioned[:3]])
    # what the question is about decides the order among the facts that carry enough of it
    subjects = {e.id for m in mentioned for e in m.entities}
    ranked = sorted(
        ((share * _intent_boost(raw_words, fact) * (1.1 if subjects & {fact.about[0], fact.speaker} else 1.0),
          fact) for share, fact in scored if share >= best * KEEP_RATIO),
        key=lambda s: (-s[0], s[1].id))
    top = ranked[0][0]
    chosen = [f for s, f in ranked if s >= top * KEEP_RATIO]
    chosen = _order(base, raw_words, chosen)[:MAX_FACTS]
    return Hits(facts=chosen)


SAID_KINDS = frozenset({"statement", "action"})


SPEAKER_TYPES = frozenset({"person", "organisation", "body"})


@dataclass(frozen=True)
class Speaker:
    """Who a "what did X say" question asks about: X itself, and for an organisation the people
    who hold a role in it (ISPR speaks through its DG)."""

    mention: Mention
    ids: frozenset[str]
    organisation: frozenset[str]
    names: tuple[tuple[str, ...], ...]  # the speakers' names and multi-word aliases, as words

    def said(self, fact: Fact) -> bool:
        if fact.speaker in self.ids or (fact.kind in SAID_KINDS and fact.about[0] in self.ids):
            return True
        # a figure or measure the fact's own sentence credits to them: "Ishaq Dar said the sector…"
        # (the name right before the verb: "Asif said … the DG ISPR" does not credit the ISPR)
        words = tokens(fact.says)
        if SAY_WORDS.isdisjoint(words):
            return False
        line = f" {' '.join(words)} "
        if any(f" {' '.join(parts)} {verb} " in line for parts in self.names for verb in SAY_WORDS):
            return True
        # "the party says": a statement no person is credited with, about the organisation
        return (fact.kind in SAID_KINDS and fact.speaker is None
                and not self.organisation.isdisjoint(fact.entity_ids()))


def _say_position(question: str) -> int | None:
    """How many of the question's words (as `Query.words` counts them) come before its "say"."""
    keep = kept_acronyms(question)
    before = 0
    for tok in tokens(question):
        if tok in SAY_WORDS:
            return before
        if not (YEAR.match(tok) or NUMBER.match(tok)) and (tok not in STOPWORDS or tok in keep):
            before += 1
    return None


def _asked_speaker(index: Index, question: str, mentioned: list[Mention]) -> Speaker | None:
    """"What did X say …": only what X said answers it, not what others said about X. X is a name
    before the "say"; in "what did the PM say about PNSC" PNSC is the topic, not the speaker."""
    say_at = _say_position(question)
    if say_at is None:
        return None
    for m in sorted((m for m in mentioned if m.start < say_at), key=lambda m: m.start):
        ids = {e.id for e in m.entities if e.type in SPEAKER_TYPES}
        if ids:
            orgs = frozenset(e.id for e in m.entities if e.type != "person")
            for eid in orgs:
                ids |= index.members.get(eid, set())
            names = tuple(dict.fromkeys(
                parts for eid in ids for n in index.base.entities[eid].names
                if (parts := tuple(tokens(n))) and (len(parts) > 1 or len(index.person_name_tokens.get(parts[0], ())) < 2)))
            return Speaker(m, frozenset(ids), orgs, names)
    return None


def _intent_boost(words: set[str], fact: Fact) -> float:
    boost = 1.0
    if words & COUNT_WORDS and fact.kind == "figure":
        boost *= 1.25
    if "when" in words and fact.when is not None:
        boost *= 1.2 if fact.when.date else 1.1
        boost *= 1.15 if fact.kind == "event" else 1.0
    if "who" in words and fact.kind in ("role", "event", "action", "statement"):
        boost *= 1.15 if fact.kind == "role" else 1.1
    if words & SAY_WORDS and fact.kind == "statement":
        boost *= 1.2
    if "where" in words and fact.details.get("place"):
        boost *= 1.2
    return boost


def _order(base: FactBase, words: set[str], facts: list[Fact]) -> list[Fact]:
    """Superlatives about time pick the earliest or latest; otherwise keep the ranking."""
    def key(f: Fact) -> tuple:
        return f.when.sort_key if f.when else (base.articles[f.source.article].published.year, 13, 0)

    if words & FIRST_WORDS:
        earliest = min(key(f) for f in facts)
        return [f for f in facts if key(f) == earliest]
    if words & LAST_WORDS:
        latest = max(key(f) for f in facts)
        return [f for f in facts if key(f) == latest]
    return facts
