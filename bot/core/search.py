"""Free-text search over facts, strict by design.

A question is answered only when the fact base accounts for it: every meaningful word must be a
word the base uses (allowing a typo), every named entity and every year and number in the question
must be present in the facts returned, and the best fact must carry most of the question's weight.
Otherwise the answer is "not in the sources" — the nearest fact is never passed off as an answer.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, wraps
from itertools import pairwise, takewhile
from pathlib import Path
from typing import TypeVar, cast

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .chat import normalise_quantities, number_text, strip_markup
from .index import ALL_TYPES, EXACT, PREFIX, Index, Query
from .model import Entity, Fact, FactBase
from .quantities import (
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    MONTHS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    Quantity,
    find_quantities,
    quantities_in,
    same_quantity,
)
from .question import (
    AUXILIARIES,
    FILLER,
    KIN,
    LEADING_CHAT,
    PAST_IRREGULAR,
    ROLE_WORDS,
    SAY_WORDS,
    STATEMENT_VERBS,
    SYNONYMS,
    TERSE_TIME,
    Question,
    comparative_roots,
    counted_before,
    day_month,
    english_skeletons,
    english_spelling,
    is_filler,
    manner_adverb,
    nominal_roots,
    read,
    zipf,
)
from .text import NUMBER, QUESTION_WORDS, STOPWORDS, YEAR, fold, kept_acronyms, stem, tokens, translit_key

MIN_SHARE = 0.67  # the best fact must carry at least this share of the question's weight
YES_NO_SHARE = 0.75  # a yes/no question states a claim: the fact must carry nearly all of it
KEEP_RATIO = 0.6  # other facts are shown when they score within this ratio of the best
MAX_FACTS = 5
MAX_AGGREGATE = 12  # "all the measures": every fact that answers, up to this many (lines merge further)
RELATED_MAX = 3
LOCATIVE = frozenset({"to", "in", "at", "into", "inside", "visit", "visited", "visiting", "visits"})
VISIT_WORDS = frozenset({"visit", "visited", "visiting", "visits", "to"})  # going somewhere, not "set up in"
TYPO_MIN_LEN = 4  # at or below: one edit is a quarter of the word, so it is read as written
TYPO_ZIPF = 2.0  # a word at least this common in English is taken as written, never as a typo
COUNT_WORDS = frozenset({"half", "third", "quarter", "double", "doubling", "doubled", "twice", "triple", "tripled"})
AGGREGATE_WORDS = frozenset({"all", "every", "each", "list", "measures", "steps", "taxes", "both", "everything",
                             "times"})
AGGREGATE_NOUNS = frozenset({"measures", "steps", "taxes", "times"})


T = TypeVar("T")
K = TypeVar("K")


def _kept(memo: dict[K, T], key: K, make: Callable[[], T], most: int) -> T:
    """`memo[key]`, made by `make` the first time; the memo (an index's, see `per_index`) is emptied when it
    holds `most`, so a bot that runs for months keeps only the last few hundred questions' worth."""
    if key not in memo:
        if len(memo) >= most:
            memo.clear()  # atomic, so a query in another thread never sees it half-done
        memo[key] = make()
    return memo[key]


def per_index(build: Callable[[Index], T]) -> Callable[[Index], T]:
    """Work out a table from an index once and keep it on that index (`Index.memo`), so it lives
    exactly as long as the index: a module-level cache would keep a reloaded-away index alive."""
    key = f"{build.__module__}.{build.__qualname__}"

    @wraps(build)
    def cached(index: Index) -> T:
        if key not in index.memo:
            index.memo[key] = build(index)
        return cast(T, index.memo[key])

    _PER_INDEX.append(cached)
    return cached


@lru_cache(maxsize=8192)
def quantity_words(text: str) -> tuple[str, ...]:
    """A fact's text as words with its numbers in one form ("Rs5,000" → "5000 pkr"): read again by
    every check that looks for a figure beside a word, so made once per text."""
    return tuple(tokens(normalise_quantities(text)))


_PER_INDEX: list[Callable[[Index], object]] = []


def warm(index: Index) -> None:
    """Work out every per-index table now (the engine does it in the background after a build), so
    that no question pays for one: at 100,000 facts the events and the people's organisations take
    a walk over every fact each."""
    try:
        antonyms()  # (not per index, but made here too: off any question's clock)
        english_skeletons()
        for table in _PER_INDEX:
            table(index)
    finally:
        index.warmed.set()


@dataclass
class Hits:
    """What retrieval and judging found: the answering facts, or a note and the missing detail
    with the related facts about the subject (never shown as the answer)."""

    facts: list[Fact] = field(default_factory=list)
    note: str = ""
    near: list[Entity] = field(default_factory=list)
    related: list[Fact] = field(default_factory=list)
    missing: str = ""
    aggregate: bool = False
    asked: Question | None = None  # the question the facts answer, when it was asked again another way
    mentions: tuple[Mention, ...] | None = None  # the names read in the question, when retrieval read them


@dataclass(frozen=True)
class Mention:
    """A span of the question that names an entity: a fact must involve one of `entities`, or
    use the span's own words (a demonym or spelling the entity's names do not list)."""

    words: tuple[str, ...]
    entities: tuple[Entity, ...]
    start: int = 0  # position in the question: "what did X say about Y" — X comes first


@per_index
def _mentions_memo(index: Index) -> dict[tuple[tuple[str, ...], bool, frozenset[str]], tuple[Mention, ...]]:
    return {}


# what a refusal lacks when the question's people and things are there but no fact joins them
LINK_MISSING = "a link between these"
MENTIONS_KEPT = 512  # questions whose mentions are remembered: one question asks for them several times


def mentioned_entities(index: Index, toks: tuple[str, ...], *, topics: bool = False,
                       acronyms: frozenset[str] = frozenset()) -> list[Mention]:
    """Entities named in the question's tokens by a name or alias, longest spans first: exactly,
    in another transliteration, with a typo in a long word, or with one slip across a short
    multi-word name ("jak ma"). Stop-words count inside names ("Said Qazi"). Topics are found
    only when asked for (`topics`): a topic groups facts, it does not name a party to them.
    Remembered per index for the last few hundred token sequences: reading one question asks
    this of the same words several times (routing, the special cases, the search)."""
    key = (tuple(toks), topics, acronyms)
    found: tuple[Mention, ...] = _kept(_mentions_memo(index), key, lambda: tuple(
        _mentioned_entities(index, key[0], topics=topics, acronyms=acronyms)), MENTIONS_KEPT)
    return list(found)


def _mentioned_entities(index: Index, toks: tuple[str, ...], *, topics: bool,
                        acronyms: frozenset[str]) -> list[Mention]:
    # "imran khans narrative": a possessive typed without its apostrophe ends a person's two-word name
    # (what follows is what is theirs — a plural ends the line or a list, "all prime ministers mentioned" —
    # unless the words go on as a longer name that holds it: "imran khans party", PTI's alias)
    toks = tuple(t[:-1] if len(t) > 3 and t.endswith("s") and i and (toks[i - 1], t[:-1]) in index.bigram_entities
                 and any(index.base.entities[e].type == "person" for e in index.bigram_entities[(toks[i - 1], t[:-1])])
                 and i + 1 < len(toks) and toks[i + 1] not in STOPWORDS and stem(toks[i + 1]) not in FILLER
                 and (t, toks[i + 1]) not in index.bigram_entities else t
                 for i, t in enumerate(toks))
    found: list[Mention] = []
    used = [False] * len(toks)
    n = len(toks)
    numeric = [bool(YEAR.match(t) or NUMBER.match(t)) for t in toks]
    # a name can only start at a word some name starts with (as written or transliterated), or at a
    # pair of words a name holds; every other span is skipped before any lookup
    keys = [translit_key(t) for t in toks]
    starts = [t in index.name_starts or k in index.translit_starts for t, k in zip(toks, keys, strict=True)]
    initial_keys = name_initials(index)
    sizes = _name_sizes(index)
    # the sizes of the names that start with each word (as written or transliterated): a span of another
    # length is no name written out in full there, nor one with its stop-words left out ("board revenue")
    content_sizes = [frozenset((*sizes.get(t, ()), *sizes.get(k, ()))) for t, k in zip(toks, keys, strict=True)]
    exact_sizes = [c if start else frozenset() for c, start in zip(content_sizes, starts, strict=True)]
    # the words a name of two or more words may start at: a name's first word, a pair a name holds, or a
    # short word that may be initials ("pm l n"); every other span is skipped before any lookup
    paired = [start + 1 < n and (toks[start], toks[start + 1]) in index.bigram_entities for start in range(n)]
    short = [len(t) <= 3 and t not in STOPWORDS for t in toks]
    multi = [start for start in range(n) if starts[start] or paired[start] or short[start]]
    # a longer span names something only in full, as a run of name words, or with its stop-words left
    # out as a name of that many words starting with its first word: its content words, counted up front
    words_before = [0]
    for t in toks:
        words_before.append(words_before[-1] + (t not in STOPWORDS))
    for size in range(min(index.longest_name, n), 0, -1):
        for start in (multi if size > 1 else range(n)):
            if start > n - size:
                break
            first = toks[start]
            # a misspelt single name is looked for only when the word is not English ("shebaz"), so
            # the ordinary words of a long question cost no fuzzy scan
            typo_one = size == 1 and len(first) >= 5 and zipf(first) < TYPO_ZIPF
            # the cheapest test first: most spans start no name at all
            # "evans": a word of one person's name, rare in English, names them alone (checked below)
            lone = size == 1 and len(index.person_name_tokens.get(first, ())) == 1
            if not starts[start] and not typo_one and not lone and not (size == 1 and first in initial_keys) and not (
                    size > 1 and (paired[start] or (
                        short[start] and tuple(w[0] for w in toks[start:start + size]) in index.multi_keys))):
                continue
            exact_size = size in exact_sizes[start]
            if (first in STOPWORDS or toks[start + size - 1] in STOPWORDS) and not exact_size:
                continue  # a span with a stop-word at an edge can only be a name exactly ("The Nation")
            if size > 1 and not exact_size and (
                    (kept := words_before[start + size] - words_before[start]) != size and kept not in content_sizes[start]):
                continue
            if any(used[start:start + size]) or any(numeric[start:start + size]):
                continue
            part = toks[start:start + size]
            if all(t in STOPWORDS and t not in acronyms for t in part):
                continue  # "did" is not the acronym DID, "it" not IT (unless typed "IT"): stop-words name nothing
            span = range(start, start + size)
            ids = list(index.exact_ids(" ".join(part))) if exact_size else []
            edge_stop = part[0] in STOPWORDS or part[-1] in STOPWORDS
            content = tuple(t for t in part if t not in STOPWORDS)
            if not ids and not edge_stop and content and len(content) == size:
                if typo_one:
                    matches = index.word_matches(part[0])
                    typo = [t for t, sc in matches.items() if sc not in (EXACT, PREFIX)]  # misspelt, not a prefix
                    ids = [i for t in typo for i in index.exact.get(t, ())]
                elif size > 1:
                    ids = _name_in_part(index, content)
            elif not ids and not edge_stop and size > 1 and len(content) > 1:
                # (a name of that many words starts with this word: the count above let only such spans by)
                ids = list(index.exact_ids(" ".join(content)))
            if not ids and size == 1 and not edge_stop and 3 <= len(part[0]) <= 6 and zipf(part[0]) < ACRONYM_ZIPF:
                ids = initial_keys.get(part[0], [])  # "AIDC": Alibaba International Digital Commerce …
            if not ids and size == 1 and not edge_stop and len(part[0]) >= 3 and zipf(part[0]) < NAME_ZIPF:
                # "imran", "evans": one word of one person's name, and not an everyday English word
                people = index.person_name_tokens.get(part[0], set())
                ids = list(people) if len(people) == 1 else []
            # a topic is what a question is about, not a name it uses: it constrains nothing
            ents = [e for e in (index.base.entities[i] for i in dict.fromkeys(ids)) if (e.type == "topic") == topics]
            if ents:
                found.append(Mention(part, tuple(ents), start))
                for i in span:
                    used[i] = True
    return _possessed(index, _joined(_first_and_last(_with_misspelt_first(
        index, sorted(found, key=lambda m: m.start), toks, used)), toks), toks)


def _first_and_last(found: list[Mention]) -> list[Mention]:
    """"gohar khan", "khurram khan": a person's first name and, right after it, their surname (which
    alone names another, or several) are that one person, the middle name left out (Gohar Ali Khan) —
    not the first name and a bare "Khan" to ask back about."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        name = tokens(prev.entities[0].name) if prev is not None and len(prev.entities) == 1 else []
        # (the words before are of the name itself — "gohar" — not a title: "field marshal munir" is left)
        if (prev is not None and m.start == prev.start + len(prev.words) and name and set(prev.words) <= set(name)
                and len(m.words) == 1 and all(e.type == "person" for e in m.entities)
                and prev.entities[0].type == "person" and name[-1:] == [m.words[0]]):
            out[-1] = Mention((*prev.words, *m.words), prev.entities, prev.start)
        else:
            out.append(m)
    return out


@per_index
def _organisations_of(index: Index) -> dict[str, dict[str, str]]:
    """Each person's organisations (by their role facts), by the words that name them: PTI is Imran
    Khan's "party", Alibaba is James Dong's "company"."""
    out: dict[str, dict[str, str]] = {}
    for fact in index.base.facts.values():
        if fact.kind != "role":
            continue
        for org in {fact.role.get("org"), *fact.about[1:]}:
            ent = index.base.entities.get(org) if isinstance(org, str) else None
            if ent is None or ent.type not in ("organisation", "body") or ent.year:
                continue  # a lasting organisation, not one year's delegation
            for text in (*ent.keywords, ent.name):
                # the head word names it ("Chinese *firm*"): "Dong Chinese" is no "Dong's firm"
                words = [w for w in tokens(text) if w not in STOPWORDS]
                if words:
                    out.setdefault(fact.about[0], {}).setdefault(stem(words[-1]), ent.id)
    return out


def _possessed(index: Index, found: list[Mention], toks: tuple[str, ...]) -> list[Mention]:
    """"Imran's party", "Dong's company": a person's organisation named by a word for it, when the
    person's own role facts tie them to one organisation that word names."""
    out = []
    for m in found:
        end = m.start + len(m.words)
        nxt = end + (1 if toks[end:end + 1] == ("s",) else 0)
        orgs = _organisations_of(index).get(m.entities[0].id, {}) if len(m.entities) == 1 else {}
        # ("is James Dong Alibaba's chairman": the organisation's office, not his organisation)
        # ("what did Dar state": a verb after the name, not the state he serves; "Dar's state" would be his)
        org = orgs.get(stem(toks[nxt])) if nxt < len(toks) and toks[nxt] not in STOPWORDS and not (
            nxt + 1 < len(toks) and stem(toks[nxt + 1]) in ROLE_WORDS) and not (
            nxt == end and toks[nxt] in ("state", "states")) else None
        # ("is James Dong Alibaba Group's CEO": a word that starts another name is that name, not his company)
        if org is not None and not any(x.start == nxt for x in found) and (
                nxt + 1 >= len(toks) or not any(e.id == org for x in found for e in x.entities)):
            m = Mention(toks[m.start:nxt + 1], (index.base.entities[org],), m.start)
        out.append(m)
    return out


def _with_misspelt_first(index: Index, found: list[Mention], toks: tuple[str, ...], used: list[bool]) -> list[Mention]:
    """"jmes dong": a slip in the word just before a person's name, when it is one edit from that
    person's own first name, belongs to the name (it is not a typo of some other word, "smes"). Before
    a surname several people share ("nawas sharif"), it picks the one whose first name it is — even when
    the surname alone is one person's alias ("Sharif" is Shehbaz's)."""
    out = []
    for m in found:
        i = m.start - 1
        if i >= 0 and not used[i] and len(toks[i]) >= 3 and m.entities and all(e.type == "person" for e in m.entities):
            word = toks[i]
            # the people the name's last word names ("sharif": Shehbaz, Nawaz, Ahmed Sharif Chaudhry),
            # whichever of them the alias picked
            own = {e.id for e in m.entities}
            people = [*m.entities, *(index.base.entities[p] for p in sorted(index.person_name_tokens.get(m.words[-1], ()))
                                     if p not in own)]
            fits = [e for e in people if _slipped_first(tokens(e.name)[:1], word)]
            if len(fits) == 1:
                m = Mention((word, *m.words), tuple(fits), i)
                used[i] = True
        out.append(m)
    return out


def _slipped_first(first: list[str], word: str) -> bool:
    """`word` is a slip for the first name `first` (one edit; or two, when the first letter is right and
    the word is not English: "jems", "maks")."""
    return bool(first) and first[0] != word and (OSA.distance(first[0], word) <= 1 or (
        first[0][0] == word[0] and len(word) >= 4 and zipf(word) < TYPO_ZIPF and OSA.distance(first[0], word) <= 2))


JOINERS = frozenset({"and", "or", "nor", "&", "vs", "versus"})


def _joined(found: list[Mention], toks: tuple[str, ...]) -> list[Mention]:
    """"Dar and Khurram", "Nawaz or Shehbaz": two names joined by a conjunction are one mention that
    either may satisfy — a fact need not name both to answer "did Dar and Khurram give …"."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        end = prev.start + len(prev.words) if prev else -1
        if (prev is not None and m.start == end + 1 and toks[end] in JOINERS
                and {e.type for e in prev.entities} == {e.type for e in m.entities}):
            out[-1] = Mention((*prev.words, toks[end], *m.words), prev.entities + m.entities, prev.start)
        else:
            out.append(m)
    return out


ACRONYM_ZIPF = 2.5  # an acronym a reader makes up is not an English word


@per_index
def _name_sizes(index: Index) -> dict[str, frozenset[int]]:
    """How many words the names starting with a word have (by the word and by its transliteration
    key): a span of another length cannot be one of them, so it costs no lookup."""
    out: dict[str, set[int]] = {}
    for key in index.exact:
        words = key.split()
        if words:
            out.setdefault(words[0], set()).add(len(words))
            out.setdefault(translit_key(words[0]), set()).add(len(words))
    shared: dict[frozenset[int], frozenset[int]] = {}  # a few distinct sets: one object each (~10 MB at 100k)
    return {k: shared.setdefault(frozenset(v), frozenset(v)) for k, v in out.items()}


@per_index
def name_initials(index: Index) -> dict[str, list[str]]:
    """Organisations and bodies by the initials of their name's leading words (3 or more): readers
    shorten names the articles spell out ("AIDC", "FBR") — only initials that name one entity."""
    found: dict[str, set[str]] = {}
    for ent in index.base.entities.values():
        if ent.type not in ("organisation", "body", "platform"):
            continue
        for name in ent.names:
            words = [w for w in tokens(name) if w not in STOPWORDS and not NUMBER.match(w)]
            for n in range(3, len(words) + 1):
                found.setdefault("".join(w[0] for w in words[:n]), set()).add(ent.id)
    # a key some other name or keyword already uses is not these initials ("WEF" as the forum's own
    # keyword still is)
    return {k: sorted(v) for k, v in found.items()
            if len(v) == 1 and (k not in index.token_entities or v <= index.token_entities[k])}


@per_index
def _name_heads(index: Index) -> frozenset[str]:
    """The last words of names that say what kind of thing they name ("World Economic *Forum*",
    "State *Bank*"): "which forum" asks which one, so the word is what is asked, not unknown."""
    return frozenset(stem(words[-1]) for ent in index.base.entities.values() if ent.type != "person"
                     for name in ent.names if len(words := tokens(name)) > 1)


# the last word of a body's proper name ("the Digital Pakistan *Authority*", "the Competition *Commission*")
_BODY_HEADS = ("Authority|Authorities|Commission|Board|Council|Bank|Corporation|Agency|Ministry|Institute|Company|"
               "Association|Bureau|Foundation|Fund|University|Organisation|Organization|Department|Division|Court|"
               "Assembly|Senate|Party|League|Forum|Programme|Program|Initiative|Scheme|Ordinance|Zone|Exchange")
_PROPER_BODY = re.compile(rf"\b((?:[A-Z][\w&'’-]*\s+){{1,4}}(?:{_BODY_HEADS}))\b")
_NOT_NAME_WORDS = frozenset("""what which who whom when where why how did does do is was were are has have had
    the a an and or of in on at for to by from with about can could would will should tell please kindly""".split())


@per_index
def _names_by_word(index: Index) -> dict[str, tuple[str, ...]]:
    """Every entity's names and keywords, folded, under each of their words: a body the question names is
    looked up among the names that share its last word, not among all of them (a 100k base has 60,000)."""
    by_word: dict[str, list[str]] = {}
    for name in dict.fromkeys(n.casefold() for ent in index.base.entities.values() for n in (*ent.names, *ent.keywords)):
        for word in set(name.split()):
            by_word.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in by_word.items()}


def _unknown_bodies(index: Index, text: str) -> list[str]:
    """"What plans were announced for a Digital Pakistan Authority": a body named by a proper name (capitalised
    words ending in "Authority", "Commission", …) that no name in the base holds — the question is about
    something the sources never mention, though each of its words is one they use."""
    if not _PROPER_BODY.search(text):
        return []
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if sum(w[0].isupper() for w in words) > len(words) / 2:
        return []  # "Is Alibaba A Chinese Company, Dear?": every word capitalised names nothing by its case
    found = []
    by_word = _names_by_word(index)
    for m in _PROPER_BODY.finditer(text):
        words = m[1].split()
        while words and words[0].casefold() in _NOT_NAME_WORDS:
            words = words[1:]
        run, folded = " ".join(words), [w.casefold() for w in words]
        if len(words) < 2 or any(w not in by_word and stem(w) not in index.postings for w in folded):
            continue  # (a word the base never uses, a typo among them, is named by the unknown-word check)
        if not any(run.casefold() in name for name in by_word.get(folded[-1], ())):
            found.append(run)
    return found


def _asks_which(toks: tuple[str, ...], word: str, heads: frozenset[str]) -> bool:
    """"At which forum", "what bank": the word right after "which"/"what" is a kind of name asked for."""
    return stem(word) in heads and any(t == word and i and toks[i - 1] in ("which", "what")
                                       for i, t in enumerate(toks))


NAME_ZIPF = 4.0  # below: a word rare enough in English ("imran", "jack") to stand for the one person it names
MISSPELT_MIN = 0.9  # a whole multi-word name with a typo in one word scores about 0.96


@per_index
def _names_in_part_memo(index: Index) -> dict[tuple[str, ...], tuple[str, ...]]:
    return {}


def _name_in_part(index: Index, content: tuple[str, ...]) -> list[str]:
    """The entities a span of two or more content words names in part, with one slip, or misspelt;
    remembered per index for the last few thousand spans, which questions share ("alibaba group
    delegation", "shehbaz sharif met") and each long question tries many of."""
    ids: tuple[str, ...] = _kept(_names_in_part_memo(index), content, lambda: tuple(
        _partial_name(index, content) or slipped_name(index, " ".join(content)) or _misspelt_name(index, content)),
        SPANS_KEPT)
    return list(ids)


SPANS_KEPT = 4096


def _misspelt_name(index: Index, words: tuple[str, ...]) -> list[str]:
    """A multi-word name with a typo in one of its longer words ("Peshawar Pharmaceueical Group"):
    the /who matcher over the span, taken only when it is clear and covers the whole name."""
    if all(w in index.token_entities for w in words):
        return []  # every word is spelt as some name spells it: partial names handle that
    matches = index.match_entities(Query(words, (), (), " ".join(words)), ALL_TYPES)
    if not matches or matches[0].score < MISSPELT_MIN:
        return []
    if len(matches) > 1 and matches[1].score > matches[0].score - 0.05:
        return []
    return [matches[0].entity.id]


def slipped_name(index: Index, key: str) -> list[str]:
    """A multi-word name typed with one slip ("jak ma" for "jack ma"), every word's first letter right."""
    words = key.split()
    if len(key) < 5 or all(len(w) > 3 for w in words):  # longer words have their own typo tolerance
        return []
    hit = process.extractOne(key, index.multi_keys.get(tuple(w[0] for w in words), ()), scorer=OSA.distance,
                             score_cutoff=1)
    return list(index.exact.get(hit[0], ())) if hit else []


KEYWORD_WEIGHT = 0.8  # the weight index.variants gives an entity's keywords
DESCRIBED = frozenset({"policy", "event", "topic"})  # entities named by a description, not a proper name


def _partial_name(index: Index, span: tuple[str, ...]) -> list[str]:
    """Entities whose name contains these words in this order ("board of revenue" → FBR), the most
    cited first — a set's order would make the subject a refusal names change from run to run."""
    out = []
    found = index.bigram_entities.get((span[0], span[1]), ())
    n = len(span)
    for eid in sorted(found, key=lambda e: (-index.popularity.get(e, 0), e)):
        described = index.base.entities[eid].type in DESCRIBED
        for words, weight, _ in index.variants[eid]:
            # a policy is named by a description: "online sellers", one of the income tax's keywords, or
            # "pakistani businesses" inside a directive's long name names neither (an organisation's
            # keyword, "media wing" for ISPR, does name it)
            if described and (weight <= KEYWORD_WEIGHT or not (content := [w for w in words if w not in STOPWORDS])
                              or 2 * n < len(content) or content[0] not in span):
                continue  # ("onboarding of Pakistani businesses": not named without "onboarding")
            if any(words[i:i + n] == span for i in range(len(words) - n + 1)):
                out.append(eid)
                break
    return out


_stem = lru_cache(maxsize=65536)(stem)



@lru_cache(maxsize=8192)
def _name_parts(name: str) -> tuple[str, ...]:
    return tuple(t for t in tokens(name) if t not in STOPWORDS)


@per_index
def _state_policies(index: Index) -> tuple[str, ...]:
    """The policies a government is the agent of: every policy not part of a company or other
    non-state organisation ("the taxes the govt put on foreign platforms" are the budget's)."""
    out = []
    for ent in index.base.entities.values():
        if ent.type != "policy":
            continue
        root, seen = ent, {ent.id}
        while root.part_of and root.part_of in index.base.entities and root.part_of not in seen:
            seen.add(root.part_of)
            root = index.base.entities[root.part_of]
        if root.type in ("policy", "body"):
            out.append(ent.id)
    return tuple(out)


def is_government(ent: Entity) -> bool:
    """The national government, which acts through the state's policies and bodies."""
    return ent.type == "body" and ent.name.casefold().startswith("government")


def _involving(index: Index, ent: Entity) -> set[str]:
    """Facts that involve an entity or any part of it (a fact about AIDC involves Alibaba Group);
    a government is involved in the state's policies."""
    out: set[str] = set()
    frontier = [ent.id, *(_state_policies(index) if is_government(ent) else ())]
    seen = set(frontier)
    while frontier:
        eid = frontier.pop()
        out.update(index.base.by_entity.get(eid, ()))
        for child in index.children.get(eid, ()):
            if child not in seen:
                seen.add(child)
                frontier.append(child)
    if ent.type == "body" and not is_government(ent) and \
            len(holders := _office_holders(index).get(ent.id, frozenset())) <= BODY_VOICES:
        # "PTI's response to the ISPR", "what did the army guy call Khan": a state body speaks and is
        # answered through its office holders (the DG ISPR's press talk is the ISPR's) — not a company or
        # a party, whose people speak for themselves (James Dong's words are not AIDC's name), nor a body
        # of many offices, none of them its voice (whose people's facts would all be scored: the 100k
        # bench's `ask` p50 went from 2.6 to 3.7 ms)
        for person in holders:
            out.update(index.base.by_entity.get(person, ()))
    return out


BODY_VOICES = 2  # the ISPR's director general; the military's spokesperson and its chief


@per_index
def _government_voices(index: Index) -> frozenset[str]:
    """The people who hold an office in the government or one of its parts: its ministers and prime
    ministers, through whom it speaks."""
    holders = _office_holders(index)
    return frozenset(person for gov in index.base.entities.values() if is_government(gov)
                     for org in (gov.id, *index.children.get(gov.id, ())) for person in holders.get(org, ()))


_SOURCE_BEFORE = frozenset({"per", "acc", "by"})
_SOURCE_AFTER = frozenset({"projected", "predicted", "expected", "estimated", "forecast", "claimed", "claims"})


def _names_source(toks: tuple[str, ...], m: Mention) -> bool:
    """The mention is whom the question credits: "per the govt", "according to the government",
    "the govt said / projected …"."""
    before = [t for t in toks[max(0, m.start - 3):m.start] if t not in ("the", "pakistan", "pakistani", "pak")]
    last = before[-1] if before else ""
    end = m.start + len(m.words)
    return last in _SOURCE_BEFORE or (last == "to" and before[-2:-1] == ["according"]) \
        or (end < len(toks) and (toks[end] in SAY_WORDS or toks[end] in _SOURCE_AFTER))


@per_index
def _office_holders(index: Index) -> dict[str, frozenset[str]]:
    """Each organisation's or body's office holders, by its role facts."""
    out: dict[str, set[str]] = {}
    for person, roles in roles_by_person(index).items():
        for fact in roles:
            if (org := str(fact.role.get("org") or "")):
                out.setdefault(org, set()).add(person)
    return {org: frozenset(people) for org, people in out.items()}


def _spellings(index: Index, m: Mention) -> list[tuple[tuple[str, ...], bool]]:
    """How a fact may write the mentioned entity, and whether the words must stand in that order:
    the words typed (any order) and the entity's names (in order) — but never a lone surname that
    other people share ("Sharif" in "Ahmed Sharif Chaudhry" is not Shehbaz Sharif)."""
    out: list[tuple[tuple[str, ...], bool]] = []
    # a place is also written by its demonym ("Pakistani" for Pakistan), which its keywords list
    names = [n for e in m.entities for n in (*e.names, *(e.keywords if e.type == "place" else ()))]
    candidates = [(m.words, len(m.words) > 1 and all(e.type == "person" for e in m.entities)), *((_name_parts(n), True) for n in names)]
    for parts, ordered in candidates:
        if not parts or (len(parts) == 1 and len(index.person_name_tokens.get(parts[0], ())) > 1):
            continue
        if (parts, ordered) not in out:
            out.append((parts, ordered))
    return out


Spelled = list[tuple[tuple[str, ...], bool, tuple[str, ...], str]]  # parts, in order?, their stems, " parts "


def _spelled(index: Index, m: Mention) -> Spelled:
    """`_spellings` with what the named-in-text filter tests of each, worked out once per mention (a
    question tests a mention against each candidate fact: ~100 facts for a long sentence)."""
    return [(parts, ordered, tuple(_stem(p) for p in parts), f" {' '.join(parts)} ")
            for parts, ordered in _spellings(index, m)]


def _filter_pool(index: Index, pool: set[str], query: Question, mentioned: list[Mention]) -> set[str]:
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
        for parts, ordered, spelt, phrase in _spelled(index, m):
            stems = sorted(set(spelt), key=lambda t: len(index.postings.get(t, ())))
            # the rarest word's facts among the candidates (a set intersection, not a walk), then the
            # other words among each one's terms, and only then the fact's own words: the mention's
            # words, or a name written out in order ("Prime Minister Sharif" is not in "Prime
            # Minister Nawaz Sharif")
            for fid in rest.intersection(index.postings.get(stems[0], ())):
                if fid in named or not all(t in index.fact_terms[fid] for t in stems[1:]):
                    continue
                words, line = index.fact_words(fid)
                if all(p in words for p in parts) and (not ordered or phrase in line):
                    named.add(fid)
        pool = (pool & involved) | named
    return pool


def _as_written(index: Index, word: str) -> str | None:
    """The base's term for a word as written: itself (stemmed or not) or a synonym the base uses."""
    term = stem(word)
    if term in index.postings:
        return term
    if word in index.postings:
        return word
    return next((t for t in sorted(SYNONYMS.get(term, ())) if t in index.postings), None)


def _known(index: Index, word: str) -> str | None:
    """The base's term for a question word: itself, a synonym the base uses, the adjective of a
    comparative, or — only for a word that is not English ("delegaton", "shebaz") — the base word it
    is a typo of. A real English word is never corrected into another ("come" is not "com")."""
    if (found := _as_written(index, word)) is not None:
        return found
    # "smaller firms" where the base says "small firms": the comparative asks about what its adjective names
    for root in (*comparative_roots(word), *nominal_roots(word)):  # ("collusion" where the base says "colluded")
        if (found := _as_written(index, root)) is not None:
            return found
    term = stem(word)
    if zipf(word) >= TYPO_ZIPF or not word.isalpha():  # codes such as "b2c" are never typos of "c2c"
        return None
    hit = index.typo_word(word)
    fixed = index.word_terms[hit] if hit else index.known_term(term)
    if fixed is not None and len(word) <= TYPO_MIN_LEN and fixed not in index.token_entities \
            and hit not in index.token_entities:
        # "uber", "SIFC": a short unknown word is a name or an acronym, not "user" ("daar" is Dar,
        # "dvos" Davos — a name's word, whose stem "davo" no name has)
        return None
    if fixed is None and (english := english_spelling(word)) is not None:
        return _known(index, english)  # "sugested": "suggested", which the base says as "proposed"
    return fixed


@per_index
def _known_memo(index: Index) -> dict[str, str | None]:
    return {}


def known_once(index: Index, word: str) -> str | None:
    """`_known`, remembered per index for the last few hundred words: a check run once per candidate
    fact (the counted noun of "how many aliibaba ppl") asks it of the same word each time, and a
    typo's answer is a fuzzy scan of the vocabulary."""
    return _kept(_known_memo(index), word, lambda: _known(index, word), MENTIONS_KEPT)


def _subject(mentioned: list[Mention]) -> Entity | None:
    return mentioned[0].entities[0] if mentioned else None


def _about_subject(base: FactBase, index: Index, mentioned: list[Mention], limit: int = RELATED_MAX) -> list[Fact]:
    """Facts about the question's first-named subject: what a refusal offers as related."""
    ent = _subject(mentioned)
    if ent is None:
        return []
    others = [m for m in mentioned[1:]]
    fids = _involving(index, ent)
    for m in others:
        narrowed = fids & set().union(*(_involving(index, e) for e in m.entities))
        fids = narrowed or fids
    facts = sorted((base.facts[f] for f in fids), key=lambda f: (ent.id not in f.about[:1], f.kind == "role", f.id))
    return facts[:limit]


# a deed a yes/no question says was done ("did he build / open / launch it"), and the words of a question
# that asks only whether it was meant ("did he want to build it", "did he say he would")
_DEEDS = frozenset(stem(w) for w in """build built establish established set launch launched open opened start started
    form formed sign signed create created make made bana banaya banaa banadiya khola kholna shuru hit reach reached
    exceed exceeded surpass surpassed cross crossed commence commenced bring brought achieve achieved invest
    invested""".split())
# "did the training *actually* happen": what happening asks of, with one of these
_ACTUALLY = frozenset({"actually", "really", "fact", "ever", "eventually", "finally"})
_HAPPENED = frozenset({"happen", "happened"})
_MEANT = frozenset(stem(w) for w in """want wants wanted intend intends intended intention intentions plan plans planned
    planning hope hopes hoped propose proposes proposed interest interested aim aims aimed say says said promise
    promised promises wada waada chahta chahte chahti chahiye offer offered offers expect expects expected will would
    going gonna supposed meant keen ready willing express expressed discuss discussed talk talked mention mentioned
    tell told agree agreed commit committed announce announced idea baat kaha bola iraada irada claim claimed claims
    predict predicted predicts project projected forecast""".split())
_INTENDED = re.compile(r"\b(?:intention|intentions|intends?|intended|wants?|wanted|plans?|planned|hopes?|hoped|"
                       r"proposed|interest in|projected|forecast|expected|would|could|may|might|offered|promised|"
                       r"pledged|potential)\b", re.IGNORECASE)


def _claims_deed(toks: Sequence[str]) -> bool:
    """A yes/no question that says a deed was done ("did he build it", "has it opened"), not that it
    was meant or was to be ("was ITA Two to be signed by June", "was the ministry making a policy")."""
    stems = {stem(t) for t in toks}
    # (a meaning named only as what the deed is measured against is no question of it: "… *as* projected")
    meant = {stem(t) for i, t in enumerate(toks) if not (i and toks[i - 1] in ("as", "been"))} & _MEANT
    deed = not _DEEDS.isdisjoint(stems) or (not _HAPPENED.isdisjoint(toks) and not _ACTUALLY.isdisjoint(toks))
    # ("was ITA Two *to be signed*", "did he want *to build*": the deed as an aim)
    aimed = any(a == "to" and (b == "be" or stem(b) in _DEEDS) for a, b in pairwise(toks)) or "target" in toks
    # ("did Alibaba *actually commence* operations after the government's offer": the deed itself, asked outright)
    outright = any(a in _ACTUALLY and (stem(b) in _DEEDS or b in _HAPPENED) for a, b in pairwise(toks))
    return toks[:1] in (("did",), ("has",), ("have",)) and deed and (outright or (not meant and not aimed))


def _refusal(base: FactBase, index: Index, q: Question, mentioned: list[Mention], missing: str, no: str,
             related: list[Fact] | None = None) -> Hits:
    """A not-found that names what is missing: "The sources mention PNSC but give no number of ships."."""
    subject = _subject(mentioned)
    related = related if related is not None else _about_subject(base, index, mentioned)
    if subject is not None and related:
        note = f"The sources mention {subject.name} but {no}."
    else:
        note = f"The sources {no}." if no.startswith(("give", "say", "do ")) else f"Not in the sources: {missing}."
    return Hits(note=note, near=[m.entities[0] for m in mentioned[:3]], related=related[:RELATED_MAX],
                missing=missing)


def _accepted(index: Index, word: str) -> frozenset[str]:
    """The terms that carry a focus word: its stem, its synonyms and the base word it stands for
    (worked out once per question, not once per fact) — and a typo's word brings the corrected word's
    synonyms, as the word typed right would ("jial" is "jail", which a fact says as "prison")."""
    term = stem(word)
    known = _known(index, word)
    mended = {known} | SYNONYMS.get(known, frozenset()) if known is not None else frozenset()
    return SYNONYMS.get(term, frozenset()) | {term} | mended


def _opposites(word: str) -> frozenset[str]:
    """The word's opposites and its synonyms' ("slammed": attack, so "defended")."""
    term = stem(word)
    table = antonyms()
    return frozenset().union(*(table.get(t, frozenset()) for t in SYNONYMS.get(term, frozenset()) | {term}))


def _own_terms(index: Index, fact: Fact) -> set[str]:
    """The fact's own words: its sentence, quote and structured fields — not the names of the
    entities it is filed under."""
    terms = set(index.text_terms[fact.id])
    for mapping in (fact.role, fact.figure, fact.measure):
        for value in mapping.values():
            if isinstance(value, str):
                terms.update(stem(t) for t in tokens(value))
    return terms


# "millions of jobs", "thousands of sellers": a count the sources give only by its order of size
# how often, asked and said: "how many times did he …" (not "exactly how many times") and "several times"
_OFTEN_ASKED = re.compile(r"^(?!.*\bexact(?:ly)?\b).*\bhow many times\b", re.IGNORECASE)
_TIMES_ASKED = re.compile(r"\bhow many (?:times|minutes|hours|days|weeks|months|years|decades)\b", re.IGNORECASE)
_TIMES = re.compile(r"\b(?:once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten) times)\b", re.IGNORECASE)
_OFTEN = re.compile(r"\b(?:several|many|multiple|numerous) times\b|\brepeatedly\b|\bmore than once\b", re.IGNORECASE)
VAGUE_COUNTS = frozenset({"millions", "thousands", "hundreds", "dozens", "billions", "lakhs"})
_VAGUE_STEMS = frozenset(stem(w) for w in VAGUE_COUNTS)


def _numbers_named(q: Question) -> tuple[str, ...]:
    """The question's numbers that name what it asks about ("the 5% tax", "of the 300k products"),
    not a guess at the answer ("like 26 million?", "was it 6")."""
    return _named_numbers(q.tokens, q.numbers)


@lru_cache(maxsize=256)
def _named_numbers(toks: tuple[str, ...], numbers: tuple[str, ...]) -> tuple[str, ...]:
    # (by the question's words: `_fits` asks once per candidate fact)
    return tuple(n for n in numbers if any(t == n and {"the", "this", "that", "these", "those"} & set(toks[max(0, i - 2):i])
                                           for i, t in enumerate(toks)))


def _has_number(index: Index, fact: Fact, given: tuple[str, ...] = ()) -> bool:
    """The fact gives a figure: a number that is no year, no day of a date ("26 June") and not one the
    question itself gave ("how much will the *5%* tax bring in" is not answered by "a 5% tax")."""
    terms = index.text_terms[fact.id]
    if any(NUMBER.match(t) and not YEAR.match(t) for t in terms):
        words = quantity_words(f"{fact.says} | {fact.source.quote}")
        if any(NUMBER.match(w) and not YEAR.match(w) and w not in given
               and not (words[i + 1:i + 2] and words[i + 1] in MONTHS) and not (i and words[i - 1] in MONTHS)
               for i, w in enumerate(words)):
            return True
    return not (COUNT_WORDS.isdisjoint(terms) and (_VAGUE_STEMS.isdisjoint(terms) or not _vague_count(fact)))


def _vague_count(fact: Fact) -> bool:
    return any(f" {w} of " in f" {fact.says.casefold()} " for w in VAGUE_COUNTS)


def _only_a_vague_prospect(index: Index, q: Question, fact: Fact) -> bool:
    """"Would create millions of jobs" says how many someone expected, not how many there are: it
    answers "how many jobs did he say it would create", not "how many has it created"."""
    terms = index.text_terms[fact.id]
    if fact.kind == "figure" or any(NUMBER.match(t) and not YEAR.match(t) for t in terms) or not _vague_count(fact):
        return False
    if not SAY_WORDS.isdisjoint(q.tokens) or _asks_future(q) or not {"would", "could", "will"}.isdisjoint(q.tokens):
        return False
    words = tokens(fact.says)
    return all(not IRREALIS.isdisjoint(words[:i]) for i, w in enumerate(words) if w in VAGUE_COUNTS)


_NOT_HEDGED = re.compile(r"\bnot\W+(?:nearly|about|around|approximately|roughly|almost|over|approx|more than|less than|"
                         r"under|at least|up to)\b", re.IGNORECASE)
_EXACT_ASKED = re.compile(r"\b(?:exact(?:ly)?|precise(?:ly)?|specific number|in numbers)\b", re.IGNORECASE)


_MET_VERBS = frozenset("meet met meets meeting visit visited visits came come arrived".split())
_EARLIER_SAID = re.compile(r"\b(?:from|before|previously|earlier|used to|had been|was)\b", re.IGNORECASE)


def _asks_earlier_value(q: Question) -> bool:
    """"What was the income tax on digital retailers before", "… previously": the value a measure had
    before, with no figure named after "before" (that is `_value_before`)."""
    if q.intent not in ("what", "how_many"):
        return False
    toks = [t for t in q.tokens if t not in ("right", "na", "then", "exactly")]
    return bool(toks) and (toks[-1] == "before" or not {"previously", "earlier"}.isdisjoint(toks))


def _only_hedged(q: Question, fact: Fact) -> bool:
    """"The exact number, not 'nearly'", "Taobao's exact share (not 'more than')": a fact that gives its figures
    only hedged ("nearly 26 million", "more than 90 percent") does not give the exact one asked for."""
    if not _NOT_HEDGED.search(q.text) or not _EXACT_ASKED.search(q.text):
        return False
    figures = [qty for qty in quantities_in(fact.says) if qty.unit != "year"]
    return bool(figures) and all(qty.approx for qty in figures)


def _vague_for_exact(index: Index, q: Question, fact: Fact) -> bool:
    """"How many jobs exactly will Alibaba create": "millions of jobs" is an order of size, not the exact
    count asked for."""
    if not _EXACT_ASKED.search(q.text) or not _vague_count(fact):
        return False
    return not any(NUMBER.match(t) and not YEAR.match(t) for t in index.text_terms[fact.id])


EVENT_NOUNS = frozenset("meeting meetings conference presser briefing summit trip talks".split())
AT_OCCASION = frozenset((w,) for w in (*EVENT_NOUNS, "visit", "visits", "event", "thing"))  # one word after a name
CUSTODY = re.compile(r"\b(?:jail|jailed|prison|imprisoned|custody|detained|detention|behind bars|incarcerated|"
                     r"held|locked up)\b", re.IGNORECASE)
DAY_WORDS = frozenset({"day", "date", "exact", "exactly", "weekday"})
# ("when did he meet evans, date?", "the actual date", "kaunsi tareekh": a day is asked after all)
_DAY_ASKED = frozenset("what which when actual actually precise specific kaunsi konsi kis".split())


def _terse_date(q: Question) -> bool:
    """"Davos meeting date", "imran ouster date": a line that only ends in "date" asks when, to
    whatever day or month the sources give — "what date", "on which date" and "the date of" ask a day."""
    toks = q.tokens
    return toks[-1:] == ("date",) and (DAY_WORDS - {"date"}).isdisjoint(toks) and _DAY_ASKED.isdisjoint(toks)


EFFECTIVE = re.compile(r"\beffective\b|\btak(?:e|es|ing|en) effect\b|\btook effect\b|\binto (?:force|effect)\b|"
                       r"\bapplies from\b|\bstarting (?:from|on)\b", re.IGNORECASE)
DEADLINE = re.compile(r"\b(?:by|before|until|till)\s+(?:the\s+)?(?:end\s+of\s+)?(?:\w+\s+)?\d{4}\b|\bdeadline\b|"
                      r"\btarget(?:ed|s)?\b", re.IGNORECASE)
def _asks_deadline(q: Question) -> bool:
    """"What was the deadline", "by when / by what date was ITA Two to be signed": a date something is
    due by (to the month, when that is what the sources give)."""
    return "deadline" in q.tokens or "deadlines" in q.tokens or q.tokens[:2] == ("by", "when") or \
        q.tokens[:3] in (("by", "what", "date"), ("by", "which", "date"), ("by", "what", "time"))


def _asks_effect(q: Question) -> bool:
    """"When does the tax take effect / kick in" (read as "take effect"), "effective from when"."""
    return " take effect " in f" {q.folded} " or "effective" in q.tokens


CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}:\d{2}\b|\bo'clock\b|\bnoon\b|\bmidnight\b|"
                   r"\b(?:in the|this|that|on \w+) (?:morning|afternoon|evening|night)\b", re.IGNORECASE)


def _has_date(base: FactBase, index: Index, q: Question, fact: Fact) -> bool:
    """A date precise enough for the question: "what day" needs a day; "when will" needs a year
    the fact itself looks forward to (its own date is when it was said, not what it foresees)."""
    if fact.kind == "event" and fact.when is None:
        return False  # an event its article gives no date for (a year in its text dates nothing of it)
    written = [int(t) for t in index.text_terms[fact.id] if YEAR.match(t)]
    if "will" in q.tokens:
        return any(y > base.year_of(fact) for y in written)
    # a statement's date is when it was said: it dates "when did X say …", not what the statement is about
    when = fact.when if fact.kind not in REPORTED or SAY_WORDS & set(q.tokens) or (
        fact.when is not None and fact.when.resolved_from) else None
    if _asks_clock(q):
        # "what time was the meeting", "the exact time of the presser": a time of day, which a date does not give
        return bool(CLOCK.search(f"{fact.says} | {fact.source.quote}"))
    if _asks_deadline(q):  # a date something is due by, not when it was said
        return bool(DEADLINE.search(f"{fact.says} | {fact.source.quote}"))
    if _asks_effect(q):  # not when it was passed or announced
        return bool(EFFECTIVE.search(f"{fact.says} | {fact.source.quote}"))
    if _asks_start(q):  # "since when is X minister": only a fact that dates the start says
        return bool(STARTED.search(f"{fact.says} | {fact.source.quote}"))
    if "weekday" in q.tokens:  # "which day of the week": only a fact that names the day says it
        return any(w in WEEKDAYS for w in tokens(f"{fact.says} {fact.source.quote}".casefold()))
    if not DAY_WORDS.isdisjoint(q.tokens) and not _terse_date(q) and not _month_asked(q):
        # "the exact date of the Davos meeting": a fact dated 3 March that speaks of "Davos in January"
        # dates when it was said, not the meeting it speaks of
        said = {w for w in tokens(fact.says) if w in FULL_MONTHS}
        return when is not None and when.date is not None and said <= {f"{when.date:%B}".casefold()}
    return (when is not None and (when.date is not None or when.month is not None)) or bool(written)


def _month_asked(q: Question) -> bool:
    """"When exactly — month and year", "exact month": the precision asked is a month, not a day."""
    return not {"month", "months", "mahina", "mahine"}.isdisjoint(q.tokens) and \
        {"day", "date", "weekday"}.isdisjoint(q.tokens)


MONTH_NUMBERS = {name: i for i, names in enumerate(
    ("jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july", "aug august",
     "sep sept september", "oct october", "nov november", "dec december"), start=1) for name in names.split()}


def asked_months(toks: tuple[str, ...]) -> frozenset[int]:
    """The months a question is dated by ("in July", "10 jul 2025", "dec 2025"). "May" and "mar" are
    also words, so they count only beside a day, a year or "in"/"on"/"of"."""
    found = set()
    for i, t in enumerate(toks):
        number = MONTH_NUMBERS.get(t)
        if number is None:
            continue
        if t in ("may", "mar"):
            before = toks[i - 1] if i else ""
            after = toks[i + 1] if i + 1 < len(toks) else ""
            if not (before in ("in", "on", "of", "early", "late", "mid") or before.isdigit() or after.isdigit()):
                continue
        found.add(number)
    return frozenset(found)


RELATIVE_TO = frozenset({"after", "since", "post", "following", "before", "pre", "until", "till", "prior"})


def months_at(toks: tuple[str, ...]) -> frozenset[int]:
    """The asked months that date the thing asked about itself, not a time it came after or before
    ("in July" and "the July meeting", not "after July" or "since the July meeting")."""
    return frozenset(m for i, t in enumerate(toks) if (m := MONTH_NUMBERS.get(t)) is not None
                     and RELATIVE_TO.isdisjoint(toks[max(0, i - 3):i]))


def _in_months(base: FactBase, fact: Fact, months: frozenset[int], at: frozenset[int] = frozenset()) -> bool:
    """A fact dated in one of the months, or whose own words name one ("met Jack Ma at Davos in
    January", said in March); a fact dated only by a year is judged by its words alone. One with no
    date of its own that belongs to an event takes the event's month from the event's name ("the
    PNSC meeting, July 2025": what the PM wanted for PNSC there is of July) — for the months `at`
    only: what the PNSC plan became "after July" is not what was planned in July."""
    when = fact.when
    own = when.date.month if when is not None and when.date else (
        int(when.month[5:7]) if when is not None and when.month else None)
    if own is None and fact.event and (event := base.entities.get(fact.event)) is not None:
        named = next((MONTH_NUMBERS[w] for w in tokens(event.name.casefold()) if w in FULL_MONTHS), None)
        own = named if named in at else None
    return own in months or bool(months & {MONTH_NUMBERS[w] for w in tokens(f"{fact.says} {fact.source.quote}".casefold())
                                           if w in FULL_MONTHS})


def asked_days(toks: tuple[str, ...]) -> frozenset[tuple[int, int]]:
    """The days a question is dated by, as (month, day): "on 10 July", "july 10th"."""
    return frozenset((MONTH_NUMBERS[month], int(t)) for i, t in enumerate(toks) if (month := day_month(toks, i)))


def _days_written(fact: Fact) -> set[tuple[int, int]]:
    """The days, as (month, day), a fact's own words give ("on 10 July 2025", "June 26")."""
    words = tokens(f"{fact.says} {fact.source.quote}".casefold())
    return {(MONTH_NUMBERS[w], int(n)) for a, b in pairwise(words)
            for w, n in ((a, b), (b, a)) if w in FULL_MONTHS and n.isdigit() and len(n) <= 2}


def _on_days(fact: Fact, days: frozenset[tuple[int, int]]) -> bool:
    """A fact dated one of the days, or whose own words give one ("on 10 July 2025")."""
    when = fact.when
    if when is not None and when.date is not None and (when.date.month, when.date.day) in days:
        return True
    return not days.isdisjoint(_days_written(fact))


ARTICLE_WORDS = frozenset({"article", "articles", "piece", "pieces", "story", "stories", "report", "reports", "coverage"})
REPORTED = frozenset({"statement", "description", "figure"})  # kinds dated by when they were reported
ORDER_WORDS = {"first": re.compile(r"\b(?:first|earliest|oldest|inaugural|never before)\b", re.IGNORECASE),
               "last": re.compile(r"\b(?:last|latest|newest|most recent|final)\b", re.IGNORECASE)}
# months as a sentence spells them (quantities.MONTHS also holds "may" and "mar", which a sentence uses otherwise)
FULL_MONTHS = frozenset("january february march april may june july august september october november december".split())
STARTED = re.compile(r"\b(?:since|effective|with effect from|starting|took effect|takes effect)\b", re.IGNORECASE)


def _asks_start(q: Question) -> bool:
    """"Since when", "from what date", "from when": the start of a state, not the date it was reported."""
    folded = f" {q.folded} "
    return any(f" {p} " in folded for p in ("since when", "from when", "from what date", "from which date"))


def _being_in(q: Question, mentioned: list[Mention]) -> set[str]:
    """The places a "when was X (last) in P" question puts its subject in: a place named after "in" in a
    question of being somewhere (was/were/is, no other verb)."""
    toks = q.tokens
    if toks[:1] != ("when",) or not {"was", "were", "is", "been"} & set(toks[1:3]):
        return set()
    return {e.id for m in mentioned if m.start and toks[m.start - 1] == "in" for e in m.entities if e.type == "place"}


def _has_place(base: FactBase, fact: Fact) -> bool:
    """Where something happened: the fact's own place, or an event that involves a place."""
    return bool(fact.details.get("place")) or (fact.kind == "event" and any(
        (e := base.entities.get(eid)) is not None and e.type == "place" for eid in fact.entity_ids()[1:]))


WHERE_PREPS = frozenset({"on", "through", "around", "across", "in", "at", "to", "into", "onto", "via"})


VENUE_VERBS = frozenset(stem(w) for w in """meet meeting met hold held give gave happen happened take took
    arrest arrested base based locate located office headquarters be stay live receive received host hosted
    welcome welcomed call called visit visited talk talks""".split())


_MONTH_STEMS = frozenset(stem(m) for m in MONTHS)
# the words of a journey, any of which the sentence may use for one another's
MOTION = frozenset(stem(w) for w in """go goes going gone went travel travels travelled traveled travelling traveling
    fly flies flew flown flying visit visits visited visiting trip trips journey journeys""".split())


def _says_where(base: FactBase, fact: Fact, content: tuple[str, ...]) -> bool:
    """"Where are the 300,000 products sold" — "sold through Alibaba's website"; "where does Dong
    want sellers to reach customers" — "reach customers around the world": the question's own act,
    followed closely in the fact by a locative phrase naming something the question does not (a
    place need not be a city). Where a meeting or an event was held is its place field's answer,
    never a phrase like this."""
    asked = {stem(w) for w in content}
    # the act is a word of the question's own, not part of a name the fact is filed under ("e-commerce")
    named = {stem(w) for eid in fact.entity_ids() if (e := base.entities.get(eid)) for w in tokens(e.name)}
    # (a month or a year is when, not an act: "the april 2017 meeting" — "in April 2017, according to Profit")
    acts = asked - VENUE_VERBS - named - _MONTH_STEMS - {a for a in asked if a.isdigit()}
    # "which country was he to travel / fly to / visit": a journey is one whoever wrote it ("going to Iran")
    acts |= MOTION if not MOTION.isdisjoint(asked) else set()
    words = tokens(fact.says)
    stems = [stem(w) for w in words]
    for i, w in enumerate(words[:-1]):
        # the act within the four words before ("establish an e-commerce platform in Pakistan")
        before = [stems[k] for k in range(i - 1, -1, -1) if words[k] not in STOPWORDS][:4]
        if w in WHERE_PREPS and acts & set(before):
            after = [x for x in words[i + 1:i + 4] if x not in STOPWORDS]
            if after and not YEAR.match(after[0]) and stem(after[0]) not in asked and after[0] not in MONTHS \
                    and after[0] not in WEEKDAYS:
                return True
    return False


def _placed_within(base: FactBase, fact: Fact, places: set[str], index: Index | None = None,
                   visit: bool = False) -> bool:
    """False only when the fact is placed at a named place outside every place asked about — by its
    own place, or, having none, by the places its sentence names ("met Jack Ma at Davos"). A fact
    filed under an asked place is within it ("the leader in mobile banking in South Asia")."""
    where = fact.details.get("place")
    if not where and not visit and not places.isdisjoint(fact.entity_ids()):
        return True
    if not where and index is not None and visit:  # "visited Pakistan": a fact about a meeting is where it was
        where = next((p for eid in (fact.event, *fact.about) if eid and (p := event_places(index).get(eid))), None)
    ent = base.entities.get(where) if isinstance(where, str) else None
    if (ent is None or ent.type != "place") and index is not None:
        # for a visit, only where the sentence puts something ("at Davos"), not "Pakistan's prime minister"
        anywhere, located = _says_places(index, fact)
        named = located if visit else anywhere
        return not named or any(_placed_within(base, replace(fact, details={"place": p}), places) for p in named)
    if ent is None or ent.type != "place":
        return True
    return lies_within(base, ent.id, places)


def lies_within(base: FactBase, place: str, places: set[str]) -> bool:
    """The place is one of `places` or part of one (the PMO within Islamabad within Pakistan)."""
    ent = base.entities.get(place)
    seen: set[str] = set()
    while ent is not None and ent.id not in seen:
        if ent.id in places:
            return True
        seen.add(ent.id)
        ent = base.entities.get(ent.part_of) if ent.part_of else None
    return False


PAST_AUX = frozenset({"did", "was", "were", "has", "had", "have"})
# Words after which a verb is wanted, planned or asked for, not done: "directed authorities *to form*
# a committee" does not say the committee was formed.
IRREALIS = frozenset("""to will would may might could should want wants wanted plan plans planned intend
    intends intended intention aim aims aimed hope hopes hoped propose proposed expect expected project
    projected urge urged ask asked direct directed order ordered supposed plan planning interested keen eager
    willing ready seek seeks seeking sought consider considering explore exploring potential possible
    proposal""".split())


@per_index
def _says_places_memo(index: Index) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {}


def _says_places(index: Index, fact: Fact) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The places a fact's sentence names, and those it puts something at ("at Davos"): read once
    per fact, since every question that names a place asks it of every candidate."""
    memo = _says_places_memo(index)
    if fact.id not in memo:
        words = tokens(fact.says)
        places = _place_words(index)
        memo[fact.id] = (tuple(p for t in words for p in places.get(t, ())),
                         tuple(p for i, t in enumerate(words) for p in places.get(t, ())
                               if i > 0 and words[i - 1] in ("at", "in", "to")))
    return memo[fact.id]


@per_index
@per_index
def _venues(index: Index) -> frozenset[str]:
    """Every entity an event took place at, a body ("the PM Office") as well as a place."""
    return frozenset(event_places(index).values())


@per_index
def event_places(index: Index) -> dict[str, str]:
    """Each event's place, as its own facts record it."""
    out: dict[str, str] = {}
    for fact in index.base.facts.values():
        place = fact.details.get("place")
        if fact.kind == "event" and isinstance(place, str) and place:
            out.setdefault(fact.about[0], place)
    return out


@dataclass(frozen=True)
class EventSummary:
    """An event as a first/last question needs it: when, who and what took part, and its own facts."""

    key: tuple[int, int, int]
    involved: frozenset[str]
    facts: tuple[str, ...]  # the facts filed under the event itself, its own reports first
    places: frozenset[str]  # where its facts say it was held
    attended: frozenset[str]  # who its facts say took part: participants, and who spoke at it


@per_index
def events(index: Index) -> dict[str, EventSummary]:
    """Every event entity with what it involves — its facts' entities and participants, and the
    organisation of each person in it by their role ("Jack Ma" makes Alibaba part of Davos)."""
    base = index.base
    under: dict[str, list[Fact]] = {}
    for fact in base.facts.values():
        for eid in {*fact.about, fact.event}:
            if eid and (ent := base.entities.get(eid)) is not None and ent.type == "event":
                under.setdefault(eid, []).append(fact)
    orgs: dict[str, set[str]] = {}
    for fact in base.facts.values():
        if fact.kind == "role" and isinstance(org := fact.role.get("org"), str):
            orgs.setdefault(fact.about[0], set()).add(org)
    out: dict[str, EventSummary] = {}
    for eid, facts in under.items():
        involved = {i for f in facts for i in f.entity_ids()} - {eid}
        involved |= {o for i in list(involved) for o in orgs.get(i, ())}
        dated = [f.when.sort_key for f in facts if f.when is not None and f.kind == "event"] or \
            [f.when.sort_key for f in facts if f.when is not None]
        year = base.entities[eid].year or 0
        # its own report first: the fullest record (place, participants, purpose), dated to the day
        own = sorted(facts, key=lambda f: (not (f.kind == "event" and f.about[0] == eid),
                                           -sum(bool(v) for v in f.details.values()),
                                           f.when is None or f.when.date is None, f.id))
        places = frozenset(p for f in facts if isinstance(p := f.details.get("place"), str) and p)
        attended = {p for f in facts for p in f.participants()}
        attended |= {f.speaker for f in facts if f.speaker and f.event == eid}
        out[eid] = EventSummary(min(dated) if dated else (year, 13, 0), frozenset(involved), tuple(f.id for f in own),
                                places, frozenset(attended))
    return out


@per_index
def roles_by_person(index: Index) -> dict[str, tuple[Fact, ...]]:
    """Each person's role facts, in the base's order."""
    out: dict[str, list[Fact]] = {}
    for fact in index.base.facts.values():
        if fact.kind == "role":
            out.setdefault(fact.about[0], []).append(fact)
    return {person: tuple(facts) for person, facts in out.items()}


ORIGIN_NOUNS = frozenset("""giant giants group company companies firm firms conglomerate corporation multinational
    brand""".split())


def _origins_said(index: Index, q: Question, fact: Fact) -> tuple[str, ...]:
    """For "which country is X from": the countries the fact calls X by ("a Chinese firm")."""
    return _origins(index, fact) if "from" in q.tokens else ()


def _origins(index: Index, fact: Fact) -> tuple[str, ...]:
    """The countries the sentence calls something by: a country or its people's word just before the
    kind of thing it is ("a Chinese e-commerce giant", "China's leading group") — not "Pakistani
    sellers" or "Pakistan's e-commerce sector", which are not what the sentence is about."""
    words = tokens(fact.says)
    origin = _origin_words(index)
    return tuple(p for i, w in enumerate(words) if w in origin and not ORIGIN_NOUNS.isdisjoint(words[i + 1:i + 4])
                 for p in origin[w])


def _one_word_places(index: Index, *, keywords: bool) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for ent in index.base.entities.values():
        if ent.type == "place":
            # (a keyword written as a proper adjective, "Chinese", tells where from; "regional" does not)
            for name in (*ent.names, *((k for k in ent.keywords if k[:1].isupper()) if keywords else ())):
                words = [w for w in tokens(name) if w not in STOPWORDS]
                if len(words) == 1:
                    out.setdefault(words[0], []).append(ent.id)
    return {k: tuple(v) for k, v in out.items()}


@per_index
def _origin_words(index: Index) -> dict[str, tuple[str, ...]]:
    """The one-word names of countries and the words for their people ("china", "chinese"): what
    tells where something is from."""
    return _one_word_places(index, keywords=True)


@per_index
def _place_words(index: Index) -> dict[str, tuple[str, ...]]:
    """One-word place names ("davos", "islamabad") to their places, to read where a sentence puts things."""
    return _one_word_places(index, keywords=False)


_COMPOUND_TO = re.compile(r"(?<=\w)-to-(?=\w)")


def _only_intended(fact: Fact, content: tuple[str, ...]) -> bool:
    """Every place the fact uses one of the question's words, it is only wanted or planned. The "to"
    inside a compound ("consumer-to-consumer market") is no infinitive."""
    words, stems = _words_and_stems(f"{fact.says} {fact.source.quote}")
    for word in content:
        at = [i for i, t in enumerate(stems) if t == stem(word)]
        if at and all(any(words[j] in IRREALIS and not (words[j] == "to" and _plural_noun(words[i]))
                          for j in range(max(0, i - 2), i)) for i in at):
            return True
    return False


def _plural_noun(word: str) -> bool:
    """"spoke *to journalists*": a plural after "to" is its object, no verb it is the infinitive of."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


@lru_cache(maxsize=2048)  # the facts questions keep asking of; a whole 100k base would not fit in memory
def _words_and_stems(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A fact's words and their stems, read once per fact rather than once per question that asks of it."""
    words = tuple(tokens(_COMPOUND_TO.sub(" ", text)))
    return words, tuple(stem(w) for w in words)


def _value_before(q: Question) -> Quantity | None:
    """"What was the threshold before it was Rs5000", "the tax before the 5%": the figure whose
    predecessor is asked, or None."""
    toks = q.tokens
    if _BEFORE_WORDS.isdisjoint(toks) or not _BEFORE_VALUE.search(q.text):
        return None  # (asked of every candidate fact); "the limit before — 5k?": a guess at the answer
    for i, tok in enumerate(toks):
        if tok in _BEFORE_WORDS:
            for j in range(i + 1, min(i + 5, len(toks))):
                if NUMBER.match(toks[j]) and not YEAR.match(toks[j]):
                    return _asked_quantity(toks, j)
    return None


def _names_in_text(base: FactBase, index: Index, eid: str, fact: Fact) -> bool:
    """The fact's own words (sentence or quote) use the rarest word of one of the entity's names."""
    entity = base.entities.get(eid)
    if entity is None:
        return False
    own = index.text_terms[fact.id]
    return any(_rarest_term(index, tokens(name)) in own for name in entity.names)


def _name_words(index: Index, m: Mention) -> tuple[str, ...]:
    """A misspelt name weighs as the name it stands for: "michel evens" is Michael Evans, not "evens"
    (a word some fact happens to use), and "aibaba" is Alibaba, not a word no fact uses. A demonym
    ("pakistani") is a word of its own that the facts use, and stays."""
    own = {w for n in m.entities[0].names for w in tokens(n)} if len(m.entities) == 1 else set()
    if own and any(w not in own for w in m.words) and all(
            w in own or any(OSA.distance(w, t) <= 2 for t in own) for w in m.words) and (
            len(m.words) > 1 or stem(m.words[0]) not in index.postings):
        # ("michael evens": one word right is no reason to weigh the other as typed)
        return tuple(w if w in own else min(sorted(own), key=lambda t: OSA.distance(w, t)) for w in m.words)
    return m.words


def _rarest_term(index: Index, words: Iterable[str]) -> str:
    """The stem of a name's rarest word (not a stop-word): the one that tells it apart, "" if none."""
    parts = [stem(w) for w in words if w not in STOPWORDS]
    return max(parts, key=lambda p: index.idf.get(p, 0.0)) if parts else ""


def _gives_quantity(fact: Fact, asked: Quantity) -> bool:
    """The fact states the asked figure in the asked unit (in its sentence or its quote)."""
    return any(qty.value == asked.value and qty.unit == asked.unit
               for text in (fact.says, fact.source.quote) for qty in quantities_in(text))


def _asked_quantity(toks: tuple[str, ...], i: int) -> Quantity | None:
    """The figure a question's number token stands for, with the unit word the reading put after it
    ("5000 pkr", "5 percent"); its unit is None when none follows (then any unit may match)."""
    unit = toks[i + 1] if i + 1 < len(toks) and toks[i + 1] in UNIT_WORDS else ""
    found = find_quantities(f"{toks[i]} {unit}")
    return found[0] if found else None


_BEFORE_WORDS = frozenset({"before", "prior", "previously"})
_BEFORE_VALUE = re.compile(r"\b(?:before|prior to|previously)(?:\s+(?:it|was|is|the|that|this|became|went|to))*\s+"
                           r"(?:rs\.?\s*|pkr\s*|\$|usd\s*)?\d", re.IGNORECASE)


def _gives_value_before(fact: Fact, asked: Quantity) -> bool:
    """The fact names the asked figure as what something changed *to*, with the figure it changed
    from before it ("from Rs5,000 to Rs500" gives what came before Rs500, not before Rs5,000)."""
    for text in (fact.says, fact.source.quote):
        found = quantities_in(text)
        at = [k for k, qty in enumerate(found) if qty.value == asked.value and asked.unit in (None, qty.unit)]
        if not at:
            continue
        return any(qty.unit == found[at[0]].unit and qty.value != asked.value for qty in found[:at[0]])
    return False


_ACTUAL = frozenset({"actual", "actually", "asal", "asli"})


def _asks_actual(q: Question) -> bool:
    """"Its *actual* size in 2020", "did it *actually* cross $1bn": what happened, not what was expected —
    unless the word asks whether someone said it ("did Dar actually say it would pass $1bn")."""
    toks = q.tokens
    return any(t in _ACTUAL and (i + 1 == len(toks) or toks[i + 1] not in SAY_WORDS) for i, t in enumerate(toks)) or any(
        # "did it meet the projection", "was the forecast achieved": whether what was expected happened
        t in _MET_FORECAST and not _FORECAST_NOUNS.isdisjoint(toks[max(0, i - 3):i + 4]) for i, t in enumerate(toks))


_MET_FORECAST = frozenset("meet met meets achieve achieved reach reached hit fulfil fulfill fulfilled".split())
_FORECAST_NOUNS = frozenset("projection projections forecast forecasts target targets prediction predictions".split())


def is_forecast(fact: Fact) -> bool:
    """The fact's figure is a forecast or a target: what was expected, not what was so."""
    return bool(fact.figure) and fact.figure.get("status") in ("forecast", "target")


def _forecast_only(base: FactBase, q: Question, fact: Fact) -> bool:
    """"How big *was* it in 2020" answered by a 2017 forecast for 2020: a forecast is not the figure."""
    return is_forecast(fact) and any(y > base.articles[fact.source.article].published.year
                                                   for y in q.years)


def _fits(base: FactBase, index: Index, q: Question, focus: tuple[str, ...], accepted: tuple[frozenset[str], ...],
          fact: Fact, asked: frozenset[str] = frozenset(), near: tuple[str, ...] = (),
          content: tuple[str, ...] = ()) -> bool:
    """The fact carries the detail asked for: every focus word (`accepted`: the terms that carry
    each), and a number / date / place / holder of an office when the intent asks for one."""
    if (earlier := _value_before(q)) is not None and not _gives_value_before(fact, earlier):
        return False
    if _only_hedged(q, fact):
        return False
    if q.years and q.intent in ("who", "when", "where", "what") and not _MET_VERBS.isdisjoint(q.tokens) \
            and base.year_of(fact) not in q.years:
        return False  # "who met the Alibaba delegation in 2020": a meeting of that year, not a 2017 forecast for it
    if fact.kind == "measure" and not fact.measure.get("from") and _asks_earlier_value(q) \
            and not _EARLIER_SAID.search(fact.says):
        return False  # "what was the income tax on digital retailers before": a new tax had no earlier rate
    if accepted:
        own = _own_terms(index, fact)
        # "what did X say about Y's *remarks*": a word for saying is carried by a fact that reports speech
        # ("Raja's *statement*": a word naming a kind of fact is carried by a fact of that kind)
        if any(own.isdisjoint(terms) and not (fact.speaker and "say" in terms)
               and not _of_kind(index, KIND_WORDS.get(stem(word)), fact)
               for word, terms in zip(focus, accepted, strict=True)):
            return False
    if q.years and _forecast_only(base, q, fact) and _asks_actual(q):
        return False  # "what was e-commerce's *actual* size in 2020, not the projection": a forecast does not say
    if q.intent == "yes_no" and focus and asked and (places := _origin_words(index).get(focus[0])):
        # "is James Dong Chinese": said of him ("a Chinese e-commerce giant" is said of Alibaba)
        return fact.about[0] in asked and not set(places).isdisjoint(_origins(index, fact))
    if (q.intent in ("yes_no", "when") and (PAST_AUX & set(q.tokens) or (focus and past_form(focus[0])))
            and IRREALIS.isdisjoint(q.tokens) and SAY_WORDS.isdisjoint(q.tokens) and _only_intended(fact, content)):
        # ("Pakistan signed ITA-2 in June 2017": a claim's past verb asks the same as "did")
        return False  # ("did Dar say e-commerce helps women": he said it could, which is what is asked)
    if (q.intent == "yes_no" and PAST_AUX & set(q.tokens) and IRREALIS.isdisjoint(q.tokens)
            and SAY_WORDS.isdisjoint(q.tokens) and FUTURE.isdisjoint(q.tokens) and _forecast_only(base, q, fact)):
        return False  # "did e-commerce actually cross $1bn in 2020": a 2017 forecast for 2020 does not say
    if q.intent == "yes_no" and _asks_future(q) and not _looks_ahead(base, index, fact):
        return False  # "will the limit go back up": only a fact about what is planned or expected answers
    if (not NOW_WORDS.isdisjoint(q.tokens) and not q.years and base.year_of(fact) < _latest_year(index)
            and not _SINCE.search(fact.says)
            and SAY_WORDS.isdisjoint(q.tokens)):
        # "is Dar *still* finance minister": a 2017 fact cannot say what holds now ("who said e-commerce
        # is still in its infant stage" quotes the word, and asks no such thing)
        return False
    if q.intent == "how_many" and " how long " in f" {q.folded} ":
        return _gives_duration(fact)
    if q.intent == "how_many" and _asks_pace(q):
        # "how fast was e-commerce growing": a pace in words ("doubling every year") or a rate
        return _pace_distance(fact, q) <= PACE_NEAR
    if (q.intent == "how_many" and _asks_money(q)) or (_VALUE_WORDS.intersection(q.tokens) and q.intent != "why"):
        # "the de minimis value", "textile sales value on alibaba": a sum of money, which is why "value"
        # itself decorates (a fact need not write it) — "how did Dar explain the value of e-commerce" asks why
        return _has_money(fact)
    if q.intent == "how_many" and _asks_share(q) and not any(
            qty.unit == "percent" for text in (fact.says, fact.source.quote) for qty in quantities_in(text)):
        return False  # "what share of the products are textiles": a percentage, not a count of products
    if q.intent == "how_many" and (currency := _asked_currency(q)) and not any(
            qty.unit == currency for text in (fact.says, fact.source.quote) for qty in quantities_in(text)):
        return False  # "how much did exports fall *in rupees*": a sum in dollars does not say
    if q.intent == "how_many" and not focus and (own := _own_terms(index, fact)) and (terms := [
            t for w in content if (t := stem(w)) not in FILLER and t in index.postings]) and all(
            own.isdisjoint(SYNONYMS.get(t, frozenset()) | {t}) for t in terms) and not any(
            _names_in_text(base, index, eid, fact) for eid in asked):
        return False  # "e-commerce's worth in 2025": a figure of the thing named, not one filed under it
    if q.intent == "how_many" and _OFTEN_ASKED.search(q.text) and _OFTEN.search(fact.says):
        return True  # "how many times did Chaudhry call Khan mentally ill": "several times" is how often
    if q.intent == "how_many" and _TIMES_ASKED.search(q.text):
        # "how many times has Dar been finance minister", "for how many years": a count of times or a
        # span, which a sum of money ("$1 billion in 2020") does not give
        # ("exactly how many times": "several times" is no count — the line above took the plain question)
        return bool(_TIMES.search(fact.says)) if "times" in q.tokens else _gives_duration(fact)
    if q.intent == "how_many":
        # "how big did it get" is not answered by a forecast; "how much did he say it could reach" is
        # ("how big *was* it *projected* to be by 2020" asks the forecast)
        return (_has_number(index, fact, _numbers_named(q)) and not (PAST_AUX & set(q.tokens) and SAY_WORDS.isdisjoint(q.tokens)
                                                  and FUTURE.isdisjoint(q.tokens) and _forecast_only(base, q, fact))
                and not _only_a_vague_prospect(index, q, fact) and not _vague_for_exact(index, q, fact)
                and _counts_within(q, fact) and _counts_noun(q, fact, index)
                and not _counts_only_the_whole(base, q, fact) and not _counts_another(base, fact, asked))
    if q.intent == "when":
        # "what day did Imran go to jail": a day must be the date of what the fact itself says — a
        # word only in its quote ("jail" in a press conference's quote) does not make its date the
        # answer (for a plain "when" this was too strict: a fact's sentence often words it otherwise)
        # (what the fact is filed under, when that is an event, is what it says too: a dated line of
        # "the DG ISPR's press briefing" is the briefing's date though its sentence says "spoke to journalists")
        subject = base.entities.get(fact.about[0])
        # (and the words the event is known by: "the PTI presser" is its "news conference", a press conference)
        called = " ".join(subject.keywords) if subject is not None and subject.type == "event" else ""
        if not DAY_WORDS.isdisjoint(q.tokens) and not _says_every(
                f"{fact.says} {_subject_name(base, fact)} {called}", _asked_terms(index, content)):
            return False
        # "when did the PM have the PNSC *meeting*": a meeting's date is an event's, not the date a
        # plan "to meet international standards" was reported
        if not EVENT_NOUNS.isdisjoint(q.tokens) and fact.kind != "event" and (
                subject is None or subject.type != "event"):
            return False
        return _has_date(base, index, q, fact)
    if q.intent == "where" and "from" in q.tokens and asked:
        # "where is Alibaba from", "a company from which country": what the sources call it by its
        # country ("a Chinese e-commerce giant", "China's leading group"), said of it, not beside it
        return fact.about[0] in asked and bool(_origins(index, fact))
    if q.intent == "where":
        # "where is Jack Ma these days", "where does James Dong live": a past meeting's venue is not
        # where someone or something is now
        aux = q.tokens[q.tokens.index("where") + 1:][:1] if "where" in q.tokens else []
        if aux and aux[0] in ("is", "are", "does", "do") and fact.kind == "event" and not q.years:
            return False
        # "where did Imran post about Munir": "in a social media post", "at a news conference" — unless
        # the question names the occasion itself ("where was he when he spoke to reporters": a place)
        if SPOKEN & set(q.tokens) and not SETTING.search(q.text) and SETTING.search(f"{fact.says} | {fact.source.quote}"):
            return True
        # "where is Imran Khan now": in prison is where someone is — unless prison is what was asked
        # ("where is he jailed" asks which prison)
        if aux and aux[0] in ("is", "are") and CUSTODY.search(fact.says) and not CUSTODY.search(q.text):
            return True
        at = q.tokens.index("where") if "where" in q.tokens else -1
        if aux and aux[0] == "in" and not YEAR.match(q.tokens[at + 2] if at + 2 < len(q.tokens) else ""):
            # "where in Islamabad": a venue within it, which Islamabad itself is not ("where in 2017 …" is a date)
            within = {eid for eid in asked if (e := base.entities.get(eid)) is not None and e.type == "place"}
            venue = fact.details.get("place")
            return bool(within) and ((isinstance(venue, str) and venue in base.entities and venue not in within) or any(
                (e := base.entities.get(eid)) is not None and e.type == "place" and e.part_of in within
                and e.name in fact.says for eid in fact.entity_ids()))
        return _has_place(base, fact) or _says_where(base, fact, content) or (
            # "where does Pakistan lead in mobile banking": "leads South Asia" — a place the sentence
            # names that the question does not (not where a meeting was, nor where a place is)
            VENUE_VERBS.isdisjoint(stem(t) for t in q.tokens)
            and not (not {"is", "are", "was", "were"}.isdisjoint(q.tokens) and any(
                (e := base.entities.get(eid)) is not None and e.type == "place" for eid in asked)
                # ("where is Pakistan *leading* in mobile banking": "is" helps a verb, not where Pakistan is)
                and not any(t.endswith("ing") and stem(t) in index.postings and t not in STOPWORDS
                            for t in content))
            and any(eid not in asked and (e := base.entities.get(eid)) is not None and e.type == "place"
                    and e.name in fact.says for eid in fact.entity_ids()))
    if q.intent == "who":
        at = next((i for i, t in enumerate(q.tokens) if t in ("who", "whom")), -1)
        if at > 0 and q.tokens[at - 1] in _ON_WHOM and at + 1 >= len(q.tokens) - 1:
            # "5% tax on who", "the tax is on whom": whom a measure falls on, a group the sentence
            # names in words ("on digital retailers"), no person or body to name
            return True
        if fact.kind == "measure" and fact.measure.get("applies_to") and not _APPLIES.isdisjoint(q.tokens):
            return True  # "who does the 5% tax apply to": the measure says whom ("digital retailers")
        after = q.tokens[q.tokens.index("who") + 1:][:1] if "who" in q.tokens else []
        verb = q.tokens[q.tokens.index("who") + 2:][:1] if after else []
        if after and after[0] in OBJECT_AUX and not (verb and stem(verb[0]) in ROLE_WORDS):
            # "who did James Dong praise": the answer is an object ("who will chair X" is not): someone
            # the question does not already name, or whatever follows the verb used as a verb
            # ("praised Pakistani sellers" — not "in another meeting", a noun)
            action = next((w for w in content if w not in QUESTION_WORDS), "")
            return _names_someone(base, fact, asked) or (bool(action) and _used_as_verb(fact, action))
        identity = bool(after) and after[0] in ("is", "was", "are", "were")
        if fact.kind == "role" and fact.about[0] in asked and not _names_asked_first(q, base, fact.about[0]) \
                and (not identity or _called_by_name(q, base, fact.about[0])):
            return False  # "who was IT minister before Shaza Fatima": not Shaza Fatima's own role
            # ("who is Pakistan's chief of defence forces" asks who holds the office the question reaches them
            # by: only a name of theirs makes it "who held it before them")
        if not REPRESENT.isdisjoint(english_spelling(t) or t for t in q.tokens):
            # "who represented the State Bank": one of its own people, which "representatives from the
            # FBR, the State Bank …" beside the secretaries of other offices does not name
            orgs = {eid for eid in asked if (e := base.entities.get(eid)) is not None and e.type != "person"}
            # (an office of its own counts, named or not: "the chairman of the FBR" is who represented the FBR)
            return bool(orgs) and any(
                (e := base.entities.get(eid)) is not None and e.type == "person"
                and (not e.unnamed or not OFFICE_NOUNS.isdisjoint(stem(w) for w in tokens(e.name)))
                and any(eid in index.members.get(org, ()) or e.part_of == org for org in orgs)
                for eid in fact.entity_ids() if eid not in asked)
        if at >= 0 and not _SAID_IT.isdisjoint(q.tokens[at + 1:at + 4]) and not ROLE_WORDS.isdisjoint(map(stem, focus)):
            # "who said the private sector should take the lead": the one who said it, whatever office its
            # words name (a chairman named in a fact that reports no one saying anything is not asked for)
            return bool(fact.speaker) and _names_someone(base, fact, asked)
        return _names_someone(base, fact, asked, named_only=identity) and (
            not focus or _holds_office(index, fact, focus, near, asked,
                                       _office_qualifiers(q.tokens, content, _possessors(q.text), focus)))
    return True


_ON_WHOM = frozenset({"on", "upon", "for", "against"})
_APPLIES = frozenset({"apply", "applies", "applied", "applicable", "applying"})
# a where-question about something said is answered by where it was said: the medium or the occasion
SPOKEN = SAY_WORDS | frozenset("""post posted posts tweet tweeted wrote write remarks remark answer answered respond
    responded reply replied attack attacked speak spoke comment commented accusation accused""".split())
PLACE_NOUNS = frozenset("city town country place venue location building jail prison province hotel".split())
SETTING = re.compile(r"\bsocial media\b|\btweet|\bnews conference\b|\bpress conference\b|\bpress (?:briefing|talk|"
                     r"interaction)\b|\bbriefing\b|\binterview\b|\b(?:spoke|speak|speaks|speaking|talk|talks|talking|talked) to (?:reporters|"
                     r"journalists|the media)\b|\btold (?:reporters|journalists)\b", re.IGNORECASE)


DETERMINERS = frozenset({"a", "an", "the", "another", "this", "that", "his", "her", "their", "its", "our", "each"})


def _used_as_verb(fact: Fact, verb: str, *, quote: bool = False) -> bool:
    terms = SYNONYMS.get(stem(verb), frozenset()) | {stem(verb)}
    words = tokens(f"{fact.says} | {fact.source.quote}" if quote else fact.says)
    # "praised Pakistani sellers" uses the verb; "the Alibaba meeting", "a visit" name an event
    return any(stem(w) in terms and not w.endswith(NOUN_ENDINGS) and (i == 0 or words[i - 1] not in DETERMINERS)
               for i, w in enumerate(words))


NOUN_ENDINGS = ("ing", "ion", "ions", "ment", "ments")


def _called_by_name(q: Question, base: FactBase, eid: str) -> bool:
    """The question writes a word of the person's own name, not only an office or label they are known by."""
    return not {w for w in tokens(base.entities[eid].name) if w not in STOPWORDS}.isdisjoint(q.tokens)


def _names_asked_first(q: Question, base: FactBase, eid: str) -> bool:
    """"Who is Shaza Fatima": the person stands right after "who is" — the question is who they are."""
    if "who" not in q.tokens:
        return True
    rest = [t for t in q.tokens[q.tokens.index("who") + 1:] if t not in STOPWORDS or t in ("is", "was")][1:3]
    names = {w for n in base.entities[eid].names for w in tokens(n)}
    return bool(rest) and rest[0] in names


OBJECT_AUX = frozenset({"did", "does", "do", "will", "would", "can", "could", "has", "have", "had", "should"})


FUTURE = frozenset({"will", "would", "shall", "going", "plan", "plans", "planned", "planning", "expect",
                    "expected", "expects", "forecast", "forecasts", "projected", "aim", "aims", "intend",
                    "intends", "target", "targets", "soon", "next", "future", "upcoming", "proposed", "supposed",
                    # "the 2020 projection", "what size did Dar project for 2020": the forecast is what is asked
                    "project", "projects", "projecting", "projection", "projections", "forecasted",
                    "prediction", "predictions", "predicted", "predict"})


AHEAD = frozenset({"next", "upcoming", "forthcoming"})  # ("sat next to Gohar" is a place)


def _asks_future(q: Question) -> bool:
    head = [t for t in q.tokens if t not in FILLER_OPENERS][:1]
    return (bool(head) and head[0] in ("will", "shall")) or " going to " in f" {q.folded} "


def _looks_ahead(base: FactBase, index: Index, fact: Fact) -> bool:
    """The fact speaks of the future: a plan, an expectation, a forecast or a later year."""
    if is_forecast(fact):
        return True
    words = set(tokens(f"{fact.says} {fact.source.quote}"))
    later = any(YEAR.match(t) and int(t) > base.year_of(fact) for t in index.text_terms[fact.id])
    return later or not FUTURE.isdisjoint(words)


NOW_WORDS = frozenset({"still", "now", "currently", "nowadays", "anymore", "today"})
DURATION = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:minutes?|hours?|"
                      r"days?|weeks?|months?|years?|decades?)\b|\bsince\b", re.IGNORECASE)


# "has been in prison *since* August 2023": a state that began then and holds when it was reported
_SINCE = re.compile(r"\b(?:has|have) been\b[^.;]*\bsince\b", re.IGNORECASE)


@per_index
def _latest_year(index: Index) -> int:
    """The newest year the articles reach (cached per index, which lives as long as its base)."""
    return max((index.base.year_of(f) for f in index.base.facts.values()), default=0)


def _gives_duration(fact: Fact) -> bool:
    """"How long …": a span of time ("for two hours", "in prison since August 2023"), not a date."""
    return bool(DURATION.search(fact.says) or DURATION.search(fact.source.quote))


# not "pay", "fee" or "raise": a tax is paid, charged and raised as a rate too ("how much tax do sellers pay": 5%)
MONEY_WORDS = frozenset(stem(w) for w in """worth cost costs costing spend spends spent invest invests invested
    investment investments earn earns earned earning earnings price priced value valued valuation revenue
    revenues fund funding funded salary money""".split())


_SHARE_ASKED = re.compile(r"\b(?:what|which|how (?:big|large|much) (?:a|of a)) (?:share|percentage|percent|portion|fraction)\b")


def _asks_share(q: Question) -> bool:
    """"What share of the products are textiles", "what percentage of citizens": a percentage is the answer."""
    return _SHARE_ASKED.search(q.folded) is not None


def _asks_money(q: Question) -> bool:
    """"How much is Alibaba worth", "how much did Alibaba invest": the answer is a sum of money — a
    count of products or a percentage does not answer it ("how much *tax*" may be a rate, so only the
    words that can only be paid in money count)."""
    toks = q.tokens
    if "much" not in toks or "how" not in toks:
        return False
    rest = toks[toks.index("much") + 1:]
    # "how much did Alibaba *pay* the PM": a sum — unless what is paid is a tax, which may be a rate
    return any(stem(t) in MONEY_WORDS for t in rest) or (
        not PAY_WORDS.isdisjoint(rest) and _LEVY_WORDS.isdisjoint(toks))


PAY_WORDS = frozenset({"pay", "pays", "paid", "paying"})
_LEVY_WORDS = frozenset({"tax", "taxes", "duty", "duties", "levy", "levies", "gst", "vat", "fee", "fees", "tariff",
                         "tariffs", "rate", "rates", "percent", "percentage"})


def _asked_currency(q: Question) -> str | None:
    """"… in rupees", "in US dollars", "in $": the currency the reader wants the sum in."""
    return _currency_in(q.tokens)


@lru_cache(maxsize=256)
def _currency_in(toks: tuple[str, ...]) -> str | None:
    # (by the question's words: `_fits` asks once per candidate fact)
    for i, t in enumerate(toks[:-1]):
        if t == "in" and (unit := CURRENCY_AFTER.get(toks[i + 1]) or CURRENCY_AFTER.get(" ".join(toks[i + 1:i + 3]))
                          or CURRENCY_BEFORE.get(toks[i + 1])):
            return unit
    return None


def _has_money(fact: Fact) -> bool:
    return any(qty.unit in MONEY_UNITS for text in (fact.says, fact.source.quote) for qty in quantities_in(text))


_VALUE_WORDS = frozenset({"value", "values"})
MONEY_UNITS = frozenset(CURRENCY_BEFORE.values()) | frozenset(CURRENCY_AFTER.values())
COUNTED_IN = frozenset({"in", "on", "at", "aboard", "inside"})
# the verbs whose object is the group counted within: "comprised", and "made" only with "up" ("locally
# *made* stuff" counts no group)
COMPOSING = frozenset({"comprised", "comprise", "comprises", "constituted", "constitute", "composed"})
MAKING = frozenset({"made", "make", "makes"})
# the groups whose size is a count of their members, named before "how many" ("the delegation, how many people")
MEMBER_GROUPS = frozenset(stem(w) for w in ("delegation", "delegates", "team", "squad", "crew", "committee", "panel",
                                            "entourage", "contingent", "group"))


def _making_up(toks: tuple[str, ...], i: int) -> bool:
    """"made up (of)", "comprised", "composed": the verb whose object is the group counted within."""
    return toks[i] in COMPOSING or (toks[i] in MAKING and toks[i + 1:i + 2] == ("up",))


def _counts_within(q: Question, fact: Fact) -> bool:
    """"How many members are *on the committee*": the number must stand near what it counts within
    (a six-member delegation does not number the committee; 26 million broadband users are not the
    delegation's size)."""
    toks = q.tokens
    if (at := _counting_at(toks)) is None:
        return True
    rest = toks[at:]
    i = 0
    while i < len(rest) and rest[i] not in COUNTED_IN and rest[i] not in AUXILIARIES and not _making_up(rest, i):
        i += 1
    while i < len(rest) and rest[i] in AUXILIARIES:
        i += 1
    before = [w for w in toks[:max(0, at - 2)] if w not in STOPWORDS and not YEAR.match(w)]
    if i < len(rest) and _making_up(rest, i):
        # "how many people made up the 2017 delegation": what they make up is counted within
        head = [w for w in rest[i + 1:] if w not in STOPWORDS and w not in ("up", "of") and not YEAR.match(w)][:3]
    elif (i >= len(rest) or rest[i] not in COUNTED_IN) and any(stem(w) in MEMBER_GROUPS for w in before):
        # "the 2017 alibaba squad, how many people": the group named before the count is counted within
        head = before[-3:]
    elif i < len(rest) and rest[i] not in COUNTED_IN and "have" in rest[i:] and rest[i - 1:i] in (("does",), ("do",),
                                                                                             ("did",)):
        # "how many members does the roadmap committee have": what has them is counted within
        head = [w for w in rest[i:rest.index("have", i)] if w not in STOPWORDS and not YEAR.match(w)][-3:]
    elif i >= len(rest) or rest[i] not in COUNTED_IN:
        return True
    else:
        head = [w for w in rest[i + 1:] if w not in STOPWORDS and not YEAR.match(w)][:3]
    if not head:
        return True
    # the head noun of "the e-commerce roadmap committee" is its last word before a clause
    heads = {stem(w) for w in head}
    alts = set().union(*(SYNONYMS.get(h, frozenset()) | {h} for h in heads))
    for text in (fact.says, fact.source.quote):
        words = quantity_words(text)
        stems = [stem(w) for w in words]
        nums = [k for k, w in enumerate(words) if NUMBER.match(w) and not YEAR.match(w)]
        if any(s in alts for k in nums for s in stems[max(0, k - COUNT_NEAR):k + COUNT_NEAR + 1]):
            return True
    return False


SCALE_WORDS = frozenset({"thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "lakh",
                         "crore", "mn", "bn", "k"})
_SCALE_SHORT = {"thousand": ("k",), "million": ("mn", "m"), "billion": ("bn",)}
COUNT_NEAR = 8
COUNTED_NEAR = 3  # "30 million internet users", "Rs500 for imported parcels" is not a count of parcels


def _counting_at(toks: tuple[str, ...]) -> int | None:
    """Where the counted noun starts: after "how many" or "(the) number of"."""
    if "many" in toks:
        return toks.index("many") + 1
    return next((i + 2 for i in range(len(toks) - 1) if toks[i:i + 2] == ("number", "of")), None)


# a clause that narrows a figure to some of what it counts: "300,000 Pakistanis sell on its platform,
# *mostly textile products*", "300,000 products are listed, *with textiles among the top categories*"
# (a clause with a figure of its own gives that figure: "Taobao, *with 90 percent* of China's C2C market")
_PART_CLAUSE = re.compile(r",\s*(?:mostly|mainly|largely|chiefly|especially|particularly|notably|including|with)\b"
                          r"[^,.;\d]*(?=[,.;”\"]|$)", re.IGNORECASE)


def _counts_only_the_whole(base: FactBase, q: Question, fact: Fact) -> bool:
    """"How many *textile* sellers are on Alibaba": a fact that names textiles only in a clause that
    narrows its figure ("300,000 sell, mostly textile products") counts every seller, not the textile
    ones, so it does not give the number asked. Only the words of a thing the fact is filed under
    count, by the thing's own names and keywords ("textile" is a keyword of Pakistani textile products,
    which no question names by it): a clause's other words may be the question's too."""
    if not any(_PART_CLAUSE.search(text) for text in (fact.says, fact.source.quote)):
        return False
    stems = {stem(w) for w in q.tokens}
    typed = [found for eid in fact.about if (ent := base.entities.get(eid)) is not None
             and (found := stems & {stem(w) for n in (ent.name, *ent.aliases, *ent.keywords) for w in tokens(n)})]
    for text in (fact.says, fact.source.quote) if typed else ():
        inside = {stem(w) for part in _PART_CLAUSE.findall(text) for w in quantity_words(part)}
        only_inside = inside - {stem(w) for w in quantity_words(_PART_CLAUSE.sub(" ", text))}
        if any(words & only_inside for words in typed):
            return True
    return False


_PEOPLE = frozenset("people persons".split())
_USERS = frozenset({"user"})
_USE_VERBS = frozenset({"use", "used", "uses", "using"})
_CITIZENS = frozenset(stem(w) for w in "citizens pakistanis population".split())
# what a count of a country's people is written as ("26 million people", "30 million internet users")
_NATIONALS = frozenset(stem(w) for w in "people persons individuals citizens users".split())


def _people_using(toks: tuple[str, ...], word: str) -> bool:
    """"How many people used the internet", "how many ppl use mobile banking": the people counted are
    its users ("30 million internet users"), the verb anywhere after them ("how many people were in
    2017 internet use", as Urdu word order puts it)."""
    if word not in _PEOPLE or word not in toks:
        return False
    # (session 43: "how many people had internet", "were on the internet", "internet wale log": the
    # people counted with the internet are its users, whatever verb has them)
    return not _USE_VERBS.isdisjoint(toks[toks.index(word) + 1:]) or "internet" in toks


def _counts_another(base: FactBase, fact: Fact, asked: frozenset[str]) -> bool:
    """"How many members were in the March 2017 delegation": a figure said at its meeting (Dar's "26
    million people" with broadband) counts nothing of the delegation. A count asked of a body — a
    delegation, a ministry, a committee — is a figure about that body."""
    if fact.kind != "figure":
        return False
    bodies = {eid for eid in asked if (ent := base.entities.get(eid)) is not None and ent.type == "body"}
    return bool(bodies) and bodies.isdisjoint(fact.about)


def _counts_noun(q: Question, fact: Fact, index: Index) -> bool:
    """"How many *parcels* come in each year": the number must count what is asked — the noun
    stands just after it ("30 million internet users", "a six-member delegation") — not merely share
    the fact with it (a Rs500 threshold for parcels counts rupees). A typo there is read as the base
    word it stands for ("how many aliibaba ppl")."""
    toks = q.tokens
    at = _counting_at(toks)
    if at is None:
        return True
    # the word right after "many" ("how many *internet* users", "how many *Pakistanis* sell"): a
    # question reads no grammar, and the first word is what every fact that counts it puts first too
    # "how many *million* Pakistanis": the scale says how many, the noun after it what is counted
    rest = [t for t in toks[at:] if t not in SCALE_WORDS]
    if rest and YEAR.match(rest[0]) and toks[at - 2:at] == ("how", "many"):
        rest = [*counted_before(toks[:at - 2]), *rest]  # "pakistan internet users how many 2017"
    after = rest[:1]
    if not after or after[0] in STOPWORDS or after[0] in AUXILIARIES or stem(after[0]) in FILLER:
        if toks[at:at + 1] and toks[at] in SCALE_WORDS:
            # "how many billion is the e-commerce market": a sum in billions, which a share does not give
            scale = toks[at].removesuffix("s")  # (the question's "bn", "mn", "k" are spelt out when it is read)
            said = {w for text in (fact.says, fact.source.quote) for w in re.findall(r"[a-z]+", text.casefold())}
            return not said.isdisjoint({scale, scale + "s", *_SCALE_SHORT.get(scale, ())})
        return True
    if len(rest) > 1 and rest[1] not in STOPWORDS and stem(rest[1]) not in FILLER and any(
            index.base.entities[i].type == "place" for i in index.exact.get(rest[0], ())):
        after = rest[1:2]  # "how many pakistan products": a place before the noun says whose, not what
    head = stem(after[0])
    if head not in index.postings and (fixed := known_once(index, after[0])) is not None:
        head = fixed
    using = _people_using(toks, after[0])
    alts = SYNONYMS.get(head, frozenset()) | {head} | (_USERS if using else frozenset())
    if (one := after[0].removesuffix("s")) in _origin_words(index) and one not in index.exact:
        alts |= _NATIONALS  # "how many Pakistanis had broadband": people counted ("26 million people")
    # "how many mobile broadband *users*": the users a compound ends with are people counted ("mobile
    # broadband access to nearly 26 million people")
    compound = list(takewhile(lambda t: t not in STOPWORDS and not YEAR.match(t), rest[:4]))
    if len(compound) > 1 and stem(compound[-1]) in _USERS:
        alts |= _NATIONALS
    # "how many % of people", "kitne percent log": a share is asked for, which a percentage gives
    share = "%" in q.text or not {"percent", "percentage"}.isdisjoint(toks)
    if using and SCALE_WORDS.isdisjoint(toks):
        # "how many people use mobile banking": the sources give the share of citizens who do ("how many
        # million" asks a count)
        share, alts = True, alts | _CITIZENS
    for text in (fact.says, fact.source.quote):
        words = quantity_words(text)
        stems = [stem(w) for w in words]
        # "11 percent of Pakistani citizens" is a share of them, not a count (unless a share is asked)
        if any(((NUMBER.match(w) and not YEAR.match(w)) or w in VAGUE_COUNTS) and (share or words[k + 1:k + 2] != ("percent",))
               and alts & set(stems[k + 1:k + 1 + COUNTED_NEAR]) for k, w in enumerate(words)):
            return True
    return False


def _names_someone(base: FactBase, fact: Fact, asked: frozenset[str], *, named_only: bool = True) -> bool:
    """"Who …" is answered by a fact that names a person (or, failing that, a body) other than
    the ones the question already names; "the chairman of the Board of Investment" names no one."""
    for eid in (*fact.entity_ids(), *((fact.speaker,) if fact.speaker else ())):
        ent = base.entities.get(eid)
        if ent is not None and eid not in asked and not (named_only and ent.unnamed) and ent.type in (
                "person", "organisation", "body"):
            return True
    return False


@lru_cache(maxsize=256)
def _office_qualifiers(toks: tuple[str, ...], content: tuple[str, ...], possessors: tuple[str, ...] = (),
                       focus: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The words that say which office is asked: "who was *commerce* minister", and the name after "of"
    ("the president *of Pakistan*": Alibaba's president pushing Pakistan's exports is no president of
    Pakistan) or before the "'s" of the office asked ("who is *Pakistan's* president"; "who chaired the
    meeting with Alibaba's president" asks another office). By the question's words: `_fits` asks once
    per candidate fact."""
    found = tuple(t for t, nxt in pairwise(toks) if stem(nxt) in ROLE_WORDS and nxt not in OFFICE_VERBS
                  and (t in content or (t in possessors and nxt in focus)))  # ("which minister *chaired*": a deed)
    return found + tuple(toks[i + 2] for i in range(len(toks) - 2) if stem(toks[i]) in ROLE_WORDS
                         and toks[i + 1] == "of" and toks[i + 2] not in STOPWORDS and toks[i + 2] not in found)


OFFICE_VERBS = frozenset("""chaired chairs headed heads led leads ran runs owned owns founded""".split())
_POSSESSOR = re.compile(r"\b(\w+)['’]s\b")


@lru_cache(maxsize=256)  # asked once per candidate fact of a question
def _possessors(text: str) -> tuple[str, ...]:
    """The words a question puts an "'s" after, folded: "Pakistan's president" → ("pakistan",)."""
    return tuple(fold(w) for w in _POSSESSOR.findall(text)) if "'" in text or "’" in text else ()


# titles that name one office, not any head ("president", "chairman"): the words that stand for each
OWN_TITLES = {stem(w): frozenset(stem(v) for v in group.split())
              for group in ("president presidents", "chair chairs chaired chairman chairmen chairperson chairwoman")
              for w in group.split()}
REPRESENT = frozenset({"represent", "represented", "represents", "representing", "representative",
                       "representatives", "repping", "repped"})


def _qualified(text: str, office: set[str], wanted: set[str]) -> bool:
    """"Commerce Minister Khurram", "Minister for Commerce": the words that say which office stand
    beside the office word (two words either way) — "e-commerce" is not commerce."""
    words = [stem(t) for t in tokens(text)]
    return any(wanted <= {w for j, w in enumerate(words[max(0, i - 2):i + 3], max(0, i - 2))
                          if not (j and words[j - 1] == "e")}
               for i, w in enumerate(words) if w in office)


NEAR = 5  # "the delegation led by X": the office word this close to what it is the office of
HOLDER_NEAR = 10  # "led by the group's president of international markets James Dong"
COMPOUND_TAIL = re.compile(r"(?<=\w)-(?:led|run|headed|owned|chaired|managed)\b", re.IGNORECASE)


def _holds_office(index: Index, fact: Fact, focus: tuple[str, ...], near: tuple[str, ...] = (),
                  asked: frozenset[str] = frozenset(), qualifiers: tuple[str, ...] = (), *,
                  sentence_only: bool = False) -> bool:
    """"Who chairs X": a role fact with that title, or a sentence where the office word stands
    next to X ("a delegation led by Max Bittner") — not anywhere in it ("the PM chaired a meeting
    that set up a committee" does not say who heads the committee)."""
    office = {stem(w) for w in focus if stem(w) in ROLE_WORDS}
    if not office:
        return True
    # "president" is a title of its own: a chief of defence forces is no president ("boss" is any of them)
    alts = set().union(*(OWN_TITLES.get(t) or SYNONYMS.get(t, frozenset()) | {t} for t in office))
    wanted = {_known(index, w) or stem(w) for w in qualifiers}  # "finanace minister": the word meant
    if fact.kind == "role":
        title = {stem(t) for t in tokens(str(fact.role.get("title") or ""))}
        org = index.base.entities.get(str(fact.role.get("org") or ""))
        title |= {stem(t) for n in (org.names if org else ()) for t in tokens(n)}
        if not alts.isdisjoint(title) and wanted <= title:
            return True  # else its sentence may still say so ("… who led the Alibaba team")
    # "an export-led economy" leads nothing: an office word closing a hyphenated compound is an adjective
    said = fact.says if sentence_only else f"{fact.says} | {fact.source.quote}"
    text = COMPOUND_TAIL.sub(" ", normalise_quantities(said))
    words = [stem(t) for t in tokens(text)]
    if wanted and not any(_qualified(part, alts, wanted) for part in (fact.says, fact.source.quote)):
        return False
    at = [i for i, w in enumerate(words) if w in alts]
    # the holder is a person the sentence names beside the office ("led by … James Dong"); "attended
    # by the secretary commerce" names no one
    raw = tokens(text)
    # a person other than the ones the question names ("IT minister *before* Shaza Fatima")
    named = {w for eid in asked if (e := index.base.entities.get(eid)) is not None and e.type == "person"
             for n in e.names for w in tokens(n)}
    at = [i for i in at if any(w in index.person_name_tokens and w not in STOPWORDS and w not in named
                               for w in raw[max(0, i - HOLDER_NEAR):i + HOLDER_NEAR + 1])]
    if not at or not near:
        return bool(at)
    targets = {stem(w) for w in near}
    return any(abs(i - j) <= NEAR for i in at for j, w in enumerate(words) if w in targets)


# Opposites: "did the budget raise the limit" is answered (the other way) by a fact saying it cut it.
_ANTONYM_PAIRS = (("raise raised increase increased hike hiked rise rose up", "cut reduce reduced lower lowered"
                   " decrease decreased slash slashed fall fell decline declined drop dropped down"),
                  ("accept accepted approve approved acknowledge acknowledged concede conceded admit admitted",
                   "reject rejected refuse refused deny denied"),
                  ("win won", "lose lost"), ("open opened", "close closed shut"),
                  ("optional option choice", "necessity necessary essential must mandatory compulsory"),
                  ("support supported back backed defend defended", "oppose opposed criticise criticised criticize criticized"))
# Contrasts a question draws that a fact about the other side does not answer ("the tax on *local* couriers")
_CONTRASTS = {stem(w): frozenset(stem(x) for x in b.split()) for a, b in (
    ("local domestic", "foreign international overseas"), ("foreign international overseas", "local domestic"))
    for w in a.split()}


@lru_cache(maxsize=1)
def antonyms() -> dict[str, frozenset[str]]:
    """The opposites of each stem: the pairs above, and WordNet's direct antonyms ("mature"/"immature",
    "optional"/"obligatory"), a relation between two words, so precise without working out which
    sense is meant (lexicon/make_antonyms.py says why not synonyms). Made on first use: stemming
    the 3,000 pairs is most of what importing this module would cost a start that asks no question."""
    out: dict[str, frozenset[str]] = {}
    for a, b in _ANTONYM_PAIRS:
        for one, other in ((a, b), (b, a)):
            for w in one.split():
                out[stem(w)] = out.get(stem(w), frozenset()) | {stem(x) for x in other.split()}
    for line in (Path(__file__).parent / "lexicon" / "antonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            x, y = (stem(w) for w in line.split("\t"))
            out[x] = out.get(x, frozenset()) | {y}
            out[y] = out.get(y, frozenset()) | {x}
    return out


# "who (in 2017) said …": the verbs that ask who spoke the words that follow
_SAID_IT = frozenset("said says say stated claimed noted stressed added argued remarked".split())


def _claimed(index: Index, q: Question, verb: str, fact: Fact, mentioned: list[Mention],
             same: frozenset[str]) -> bool:
    """The fact makes the claim with the verb itself, or the other way round *about the same thing*:
    "reduced the duty-free threshold" answers "did it raise the duty-free limit", not "did it
    increase taxes"."""
    if not _own_terms(index, fact).isdisjoint(same):
        # "has the committee *met*": "at the Alibaba meeting" names an event, it does not say they met
        if q.tokens[:1] in (("has",), ("have",)) and not _used_as_verb(fact, verb, quote=True):
            return False
        return _agent_fits(q, verb, fact, mentioned, same, index)
    opposite = _opposites(verb)
    if _own_terms(index, fact).isdisjoint(opposite):
        return False
    at = q.tokens.index(verb) if verb in q.tokens else len(q.tokens)
    if {e.id for m in mentioned if m.start > at for e in m.entities} & set(fact.entity_ids()):
        return True
    objects = {stem(t) for t in q.tokens[at + 1:] if t not in STOPWORDS and stem(t) not in FILLER}
    if 0 < at < len(q.tokens) and _telegraphic_passive(q.tokens, at):
        # "duty free threshold raised to Rs500?": what was done to stands before the verb
        objects |= {stem(t) for t in q.tokens[:at] if t not in STOPWORDS and stem(t) not in FILLER}
    words = [stem(t) for t in quantity_words(f"{fact.says} | {fact.source.quote}")]
    # the thing may stand after the word ("cut the threshold") or just before it ("kept this country united")
    # — or be the allegations denied, which are about what the fact is filed under ("both deny the
    # allegations", filed under the 2024 election, answers "did the army admit the election was rigged")
    for i, w in enumerate(words):
        if w in opposite:
            near = set(words[max(0, i - 3):i] + words[i + 1:i + 4])
            if objects & near or (near & _ALLEGED and not objects.isdisjoint(index.fact_terms[fact.id])):
                return True
    return False


_DENIES_ALLEGATIONS = re.compile(r"\b(?:deny|denies|denied|reject|rejects|rejected|dismiss|dismisses|dismissed)\b"
                                 r"[^.]{0,40}?\b(?:allegations?|claims?|charges?|accusations?)\b", re.IGNORECASE)
# a stance taken on a claim: "did the army *admit* it", "does the government *accept* it", "did they *deny* it"
_STANCE = frozenset(stem(w) for w in """admit admits admitted admitting accept accepts accepted accepting acknowledge
    acknowledges acknowledged concede concedes conceded deny denies denied denying reject rejects rejected dismiss
    dismisses dismissed confess confessed""".split())
_ALLEGED = frozenset(stem(w) for w in "allegation allegations claim claims charge charges accusation accusations".split())


# words that stress a plural noun asked for without saying which ("the exact charges", "the actual names")
_EMPHATIC = frozenset({"exact", "actual", "precise", "specific", "particular", "individual", "real"})


# "who were the members of the delegation", "who were the officials there": the people words other
# readings list by name or role, not a kind the sources must name
_WHO_THE_PEOPLE = frozenset("""members member people persons ppl participants attendees delegates officials ministers
    leaders""".split())


def _who_the(toks: tuple[str, ...], i: int) -> bool:
    """"who were the journalists …" at `i`: which journalists, asked by name."""
    return toks[i] == "who" and toks[i + 1:i + 3] in (("are", "the"), ("were", "the")) and i + 3 < len(toks) - 1 \
        and toks[i + 3] not in _WHO_THE_PEOPLE


def _which_asked(toks: tuple[str, ...]) -> bool:
    """The question asks "which" — also as "who were the …" ("who were the journalists at the briefing")."""
    return "which" in toks or any(_who_the(toks, i) for i in range(len(toks)))


def _which_plural(q: Question, covered: set[int], mentioned: list[Mention]) -> str:
    """"which experts", "which commercial banks", "what charges", "all the charges", "names of the
    banks": the plural noun whose members the question wants said ("which" wants them named; the others
    are answered by a description too, which a plain list of services gives). An entity that is itself
    a plain group ("Commercial banks") counts as the noun, not as a name."""
    toks = q.tokens
    generic = {i for m in mentioned if all(_generic_group(e) for e in m.entities)
               for i in range(m.start, m.start + len(m.words))}
    for i, tok in enumerate(toks[:-1]):
        if _who_the(toks, i):
            tok, i = "which", i + 2  # "who were the journalists at the briefing": which journalists, named
        if tok not in ("which", "what", "all", "every", "list", "names", "name"):
            continue
        if tok == "which" and _relative(toks, i):
            continue  # "when was the election *in which* Khan alleges rigging": a relative clause, asking nothing
        # "what were the charges", "all the charges", "names of the banks": the noun after the copula,
        # the article and "of" is the one asked for
        k = i + 1
        while tok != "which" and k < len(toks) - 1 and (toks[k] in ("are", "were", "is", "was", "the", "of", "all")
                                                       or (toks[k] in ("names", "name") and toks[k + 1] == "of")
                                                       or (NUMBER.match(toks[k]) and toks[k - 1] == "the")):
            k += 1  # "all the names of the 6 delegates": the delegates
        if toks[k] in UNSPECIFIC:
            k += 1  # "which *other* senior officials": the officials are still the kind asked
        while k < len(toks) - 1 and toks[k] in _EMPHATIC:
            k += 1  # "what are the *exact* charges": the charges are still the kind asked
        for j in range(k, min(k + 3, len(toks))):
            word = toks[j]
            if j in generic:
                while j + 1 in generic:
                    j += 1
                return stem(toks[j])
            if j in covered and j + 1 < len(toks) and j + 1 not in covered and toks[j + 1] not in STOPWORDS:
                continue  # "the names of the Alibaba *delegates*": a name before the noun says whose
            if j in covered or word in STOPWORDS or stem(word) in FILLER or NUMBER.match(word):
                break  # "what was 2,000 acres": a figure looked up, not a kind to name
            if tok in ("every", "each") and {"name", "names"} & set(toks) and len(word) > 3 and word not in KIND_WORDS:
                return stem(word)  # "every ministry …, by name": the names of each
            if tok == "what" and (after := toks[j + 1:j + 2]) and (past_form(after[0]) or (
                    after[0].endswith("ing") and len(after[0]) > 5)):
                break  # "what experts told the government", "what were the experts warning about": who spoke
            if len(word) > 3 and word.endswith("s") and not word.endswith("ss") and stem(word) != word and (
                    tok == "which" or (word not in AGGREGATE_WORDS and stem(word) not in KIND_WORDS)):
                return stem(word)
    return ""


def _which_singular(q: Question, covered: set[int], kinds: set[int]) -> str:
    """"which jail", "which market": a singular thing the question wants named or described. Not a
    time ("which year" is a date question), a kind `kind_at` already judges, or a name."""
    toks = q.tokens
    for i, tok in enumerate(toks[:-1]):
        if tok != "which" or _relative(toks, i):
            continue
        word = toks[i + 1]
        if i + 1 in covered or i + 1 in kinds or word in STOPWORDS or stem(word) in FILLER or len(word) < 4 or \
                NUMBER.match(word) or word.endswith("s") or word in TIME_NOUNS:
            return ""  # plurals are _which_plural's
        return stem(word)
    return ""


TIME_NOUNS = frozenset("year month day date week time period era decade season".split())
_RELATIVE_AFTER = frozenset("in on at of by for from during under through with to".split())


def _relative(toks: tuple[str, ...], i: int) -> bool:
    """"which" at `i` opens a relative clause: after a preposition or a noun, in a question another
    question word already asks ("when was the election in which …", "what is the tax on goods which
    couriers deliver"); "in which prison is he held" and "… and which ministers" ask with it, and so does
    a short "which" tacked on after a noun ("ik jail kab se… which jail tho"), a question of its own."""
    return i >= 2 and (toks[i - 1] in _RELATIVE_AFTER or (toks[i - 1] not in STOPWORDS and len(toks) - i > 3)) and \
        not QUESTION_WORDS.isdisjoint(toks[:i - 1])


def _generic_group(ent: Entity) -> bool:
    """"Commercial banks", "Experts": a group the sources name only by a common plural noun."""
    last = ent.name.split()[-1]
    return ent.type != "person" and len(ent.name.split()) <= 3 and last.islower() and last.endswith("s") and (
        ent.name[:1].isupper() and ent.name[1:] == ent.name[1:].lower())


_CAPITALISED = re.compile(r"[A-Z][\w’'-]*")


# kinds of things, not of people or bodies: "which products" is answered by "textile products" (while
# "which experts" wants them named)
DESCRIBED_KINDS = frozenset(stem(w) for w in """products goods items wares categories commodities services taxes
    levies duties sectors industries technologies""".split())


def _modifiers(toks: tuple[str, ...], noun: str) -> frozenset[str]:
    """The words a "which" (or "the names of") question puts before the noun it asks to have named ("which
    *twitter* accounts"): a fact naming them there says which kind, not which ones. Empty for "what", which
    a description answers ("what are the Twitter accounts saying")."""
    if "which" not in toks and "names" not in toks and not any(
            a == "name" and b in ("of", "the", "any", "specific") for a, b in pairwise(toks)):
        return frozenset()  # ("imran ke naam pe", "run in Khan's name": a name that is no request for one)
    asks = next((i for i, t in enumerate(toks) if t in ("which", "names", "name")), 0)
    at = next((i for i, t in enumerate(toks) if i > asks and stem(t) == noun), 0)
    start = max((i for i in range(asks, at) if toks[i] in ("which", "what", "name", "names", "of", "the", "any")),
                default=at)
    return frozenset(toks[start + 1:at])


def _identifies(fact: Fact, noun: str, *, what: bool = False, others: bool = False, absent: bool = True,
                asked: frozenset[str] = frozenset()) -> bool:
    """The fact names members of `noun` beside it ("companies such as Alibaba", "banks, including
    HBL"); `absent` is the verdict when it never uses the bare noun at all (it may answer through a
    name, judged by the caller). `what` ("what charges"): a description says which as well, a word
    before the noun or a list."""
    found = False
    head = noun[:3]
    for text in (fact.says, fact.source.quote):
        if head not in text:
            continue  # the noun is not in this text at all (the common case, and the cheap test)
        raw = text.split()
        words = [w.strip(".:;,\"“”()") for w in raw]
        for i, word in enumerate(words):
            if not word.startswith(head) or not word.islower() or stem(fold(word)) != noun:
                continue  # "State Bank" is a name, not the plural "banks"
            found = True
            after = words[i + 1:i + 4]
            if after and after[0] in INTRODUCING:
                after = after[1:]
            elif after and " ".join(after[:2]) in INTRODUCING:
                after = after[2:]
            else:
                after = after[:1]
            before = words[i - 1:i] if i > 1 else []
            # (a name the reader typed before the noun is theirs: "which Twitter accounts" is not answered by
            # "Twitter accounts run in Imran Khan's name")
            if any(_CAPITALISED.fullmatch(w) and w not in ("The", "A", "An") and fold(w) not in asked
                   for w in (*before, *after)):
                return True
            if not others and "other" in (fold(w) for w in words[max(0, i - 3):i]) and any(
                    _CAPITALISED.fullmatch(w) for w in words[1:max(1, i - 3)]):
                # "Shaza Fatima Khawaja, the FBR chairman and other senior officials": those named (but
                # "which *other* officials" asks for the ones left unnamed)
                return True
            if not what:
                continue
            # "what services": "sales services", "3G and 4G technologies", "narratives …, including
            # those that …" say which; "the charges on which he is held" does not
            if before and (before[0].replace("-", "").isalnum() or any(c.isdigit() for c in before[0])) and \
                    fold(before[0]) not in STOPWORDS | UNSPECIFIC:
                return True  # "2,000 acres": a figure says how many, which is what "what was 2,000 acres" asks
            if {"including", "namely", "like", "such"} & {fold(w) for w in words[i + 1:i + 6]}:
                return True
            if i + 2 < len(words) and not raw[i].endswith((",", ";", ".")) and words[i + 1].endswith("ed") and \
                    words[i + 1].islower() and words[i + 2] in (
                    "by", "from", "through", "via", "to", "for", "in", "on"):
                return True  # "goods delivered by courier companies", "parcels imported from abroad"
    return absent if not found else False


def _names_kind(base: FactBase, fact: Fact, noun: str, named: set[str]) -> bool:
    """One of the fact's entities, other than those the question names, is a `noun` by its own names or
    keywords ("which ministries": a "Ministry of Commerce" among them). An event or topic is what
    happened, not the thing asked for: "Imran Khan imprisoned" is no jail."""
    others = [e for eid in fact.entity_ids() if eid not in named
              and (e := base.entities.get(eid)) is not None and e.type not in ("event", "topic")]
    # ("which bodies", "which institutions": things of that type — the FBR and the State Bank are bodies by
    # their type; a list asked is answered by a fact that names several, not by one body it is about)
    types = _TYPE_STEMS.get(noun, frozenset()) if noun in _GENERIC_STEMS else frozenset()
    return any(noun in {stem(w) for text in (*e.names, *e.keywords) for w in tokens(text)} for e in others) or (
        sum(e.type in types for e in others) > 1)


# a kind asked for in a word the articles write otherwise, as the question's one-way synonym reads it
# ("which cases is Imran Khan held on": the charges, which they never list)
KIND_AS_WRITTEN = {stem("case"): stem("charge")}
# words before a noun that do not say which ones ("the new charges", "several services")
UNSPECIFIC = frozenset("""new fresh several various many some all both other certain such different numerous
    multiple these those""".split())
INTRODUCING = frozenset({"including", "like", "namely", "such as", "led by", "from", "of"})


# verbs whose subject undergoes the change rather than makes it: "the limit dropped", "exports fell"
_UNDERGONE = frozenset(stem(w) for w in """drop drops dropped fall falls fell fallen decline declines declined shrink
    shrinks shrank shrunk plunge plunges plunged slump slumps slumped dip dips dipped rise rises rose risen grow grows
    grew grown""".split())


# -ing words that name a thing rather than an act ("did the PNSC meeting happen the same day")
_ING_NOUNS = frozenset("meeting meetings briefing briefings hearing gathering morning evening building".split())


def _agent_fits(q: Question, verb: str, fact: Fact, mentioned: list[Mention], terms: frozenset[str],
                index: Index | None = None) -> bool:
    """"Did Asim Munir respond to Imran's post": the one named before the verb is the one who acts.
    A sentence where the verb comes before every mention of them ("responding to a post about Asim
    Munir") does not say they did it. An organisation acts through its people ("did Alibaba promise
    training": James Dong promised it)."""
    head = [t for t in q.tokens if t not in FILLER_OPENERS][:1]
    if not head or head[0] in ("is", "are", "was", "were"):
        return True  # "was the FBR at the meeting": a predicate, not an act with an agent
    at = q.tokens.index(verb) if verb in q.tokens else -1
    if at >= 0 and _telegraphic_passive(q.tokens, at):
        return True  # "duty free threshold reduced from Rs10,000?": what was done to it, not by it
    if stem(verb) in _UNDERGONE:
        return True  # "did the duty free limit drop": what the limit underwent ("the budget reduced it")
    if verb.endswith("ing") and verb not in _ING_NOUNS and 0 <= at < len(q.tokens) - 1 \
            and q.tokens[at + 1] not in STOPWORDS:
        return True  # "ITA-2 signing target?": a gerund naming the act before a noun, no one acting
    # "khan called mentally ill by the DG ISPR?": a participle with "by" and a name after it is a passive,
    # whose doer is the one named after "by"
    doer = next((m for m in mentioned if at >= 0 and m.start > at + 1 and m.start - at <= 6 and past_form(verb)
                 and "by" in q.tokens[max(at + 1, m.start - 2):m.start]), None)
    subject = doer or next((m for m in mentioned if m.start < at), None)
    if subject is None or {e.id for e in subject.entities} & {fact.speaker}:
        return True
    for text in (fact.says, fact.source.quote):
        words = tokens(text)
        acts = [i for i, w in enumerate(words) if stem(w) in terms]
        if acts:
            break
    else:
        return True  # the verb is only in a structured field: nothing to read the order from
    names = _agent_names(subject, index)
    # "attended by … the FBR": a passive puts the one who acts after the verb
    passive = [i for i in acts if words[i + 1:i + 2] == ["by"]]
    return any(w in names for w in words[:acts[0]]) or any(w in names for i in passive for w in words[i + 2:])


@per_index
def _agent_names_memo(index: Index) -> dict[Mention, frozenset[str]]:
    return {}


def _agent_names(subject: Mention, index: Index | None) -> frozenset[str]:
    """The words that name the one who acts: the subject's names and keywords, and (for an organisation)
    its people's names. Remembered per index for the last few hundred subjects: a question asks it once
    per candidate fact, of the same subject."""
    if index is None:
        return _agent_names_of(subject, None)
    return _kept(_agent_names_memo(index), subject, lambda: _agent_names_of(subject, index), MENTIONS_KEPT)


def _agent_names_of(subject: Mention, index: Index | None) -> frozenset[str]:
    names = {w for e in subject.entities for n in (*e.names, *e.keywords) for w in tokens(n) if w not in STOPWORDS}
    names |= {w for w in subject.words if w not in STOPWORDS}
    if index is not None:
        people = {p for e in subject.entities if e.type != "person" for part in (e.id, *index.children.get(e.id, ()))
                  for p in index.members.get(part, ())}
        names |= {w for p in people for n in index.base.entities[p].names for w in tokens(n) if w not in STOPWORDS}
        # "did Pakistan plan to sign ITA Two": a country acts through its government ("the government planned")
        places = {w for e in subject.entities if e.type == "place" for w in tokens(e.name)}
        if places:
            names |= {w for named_as, words in _governments(index) if any(places <= n for n in named_as) for w in words}
    return frozenset(names)


@per_index
def _governments(index: Index) -> tuple[tuple[tuple[frozenset[str], ...], frozenset[str]], ...]:
    """The bodies and organisations named as a government ("Government of Pakistan"): the words of each
    such name, and every word naming them — read once per index, not per question's subject."""
    out = []
    for g in index.base.entities.values():
        named_as = tuple(frozenset(t) for n in g.names if "government" in (t := tokens(n)))
        if g.type in ("body", "organisation") and named_as:
            out.append((named_as, frozenset(w for n in (*g.names, *g.keywords) for w in tokens(n) if w not in STOPWORDS)))
    return tuple(out)


_SAME_IN_PAST = frozenset({"cut", "set"})  # a participle spelt as the verb: "limit cut to Rs500"
_PASSIVE_AFTER = frozenset({"from", "by", "in", "on", "at", "since", "during", "right", "yes", "na", "or"})


def _telegraphic_passive(toks: tuple[str, ...], at: int) -> bool:
    """"duty free threshold reduced from Rs10,000 to Rs1,000", "imran jailed in 2023": a past form
    with no object after it, the "was" of a passive left out as chat leaves it — the one named before
    it is what was done to, not who did it. ("dar reduced the limit" has its object; "talked to
    alibaba" is a verb's own "to", which only a figure after it makes a change's end.)"""
    rest = toks[at + 1:]
    if toks[at] in _SAME_IN_PAST and rest[:1] in (("to",), ("from",), ("by",), ("at",)) \
            and len(rest) > 1 and NUMBER.match(rest[1]):
        return True  # "duty free limit cut to Rs500?": a change of figure, done to the limit
    if not past_form(toks[at]) or toks[at] in PAST_IRREGULAR:
        return False
    return not rest or rest[0] in _PASSIVE_AFTER or (rest[0] == "to" and len(rest) > 1 and bool(NUMBER.match(rest[1])))


_DISCOURSE = frozenset("though anyway btw again also even".split())


def _claim_verb(toks: tuple[str, ...], covered: set[int]) -> tuple[str, ...]:
    """The word that makes a yes/no question's claim: "did Pakistan *join* ITA Two", "was Imran Khan
    *jailed*". A fact that does not carry it (or its opposite) does not say so or otherwise, however
    many of the other words it shares — "join" is common English, not decoration, in a claim."""
    i = 0
    while i < len(toks) and (toks[i] in AUXILIARIES or toks[i] in FILLER_OPENERS or toks[i] == "where"):
        i += 1
    copula = i > 0 and toks[i - 1] in ("is", "are", "was", "were")
    # "Shaza Fatima *was* at the meeting, right?": a statement's own copula after its subject
    # ("the davos *meeting* was in 2016, right": a subject's own noun may stand before it)
    first = next((j for j in range(i, len(toks)) if j not in covered and toks[j] not in DETERMINERS), None)
    if not copula and first is not None and first < len(toks) - 1 and toks[first] not in ("is", "are", "was", "were") \
            and toks[first + 1] in ("is", "are", "was", "were") and not past_form(toks[first]) \
            and toks[first] not in STATEMENT_VERBS and any(j in covered for j in range(i, first)):
        first += 1
    if not copula and first is not None and first > i and toks[first] in ("is", "are", "was", "were"):
        copula, i = True, first + 1
    # "is the 18% tax a good *idea*", "is James Dong Alibaba's *president*": after a copula the claim
    # is the predicate, the last word; after "did" it is the verb, the first
    order = range(len(toks) - 1, i - 1, -1) if copula else range(i, len(toks))
    for j in order:
        tok = toks[j]
        if j in covered or tok in STOPWORDS or tok in TIME_ADVERBS or YEAR.match(tok) or NUMBER.match(tok):
            continue
        if toks[j:j + 2] == ("e", "commerce") or toks[j - 1:j + 1] == ("e", "commerce"):
            continue  # "did e-commerce grow": the subject, in two tokens, is not the claim's verb
        if tok in PASSIVE_AUX:
            continue  # "imran *got* ousted": the claim is the word after it
        if tok in _DISCOURSE:
            continue  # "is the 18% tax a good idea *though*": the predicate is before the reader's aside
        if stem(tok) in FILLER or tok in QUESTION_WORDS:
            return ()
        if copula and not {"at", "in", "on"}.isdisjoint(toks[max(i, j - 3):j]):
            return ()  # "was she *at* the Alibaba meeting": being there, which the attendees answer
        return (tok,)
    return ()


WH_VERB_INTENTS = frozenset({"when", "why", "where"})  # "who did X meet" has its own check, in _fits


def past_form(word: str) -> bool:
    """A verb's past form, regular ("stopped") or not ("paid")."""
    return (word.endswith("ed") and len(word) > 4) or word in PAST_IRREGULAR


def _opens_clause(toks: tuple[str, ...], i: int) -> bool:
    """"Where was he meant to go *before* the PM stopped him": a conjunction dating what is asked by
    another deed, not a "before" the facts must say (as in "the limit before the budget"). A claim's
    "after PTI responded" is part of what it claims, so this is not asked of yes/no questions."""
    # ("what did the PM order *after meeting* Alibaba": a gerund opens the clause at once)
    return toks[i] in ("before", "after", "until", "once") and (any(past_form(t) for t in toks[i + 2:i + 5]) or (
        toks[i] != "once" and len(toks[i + 1:i + 2]) == 1 and toks[i + 1].endswith("ing") and len(toks[i + 1]) > 5))


def asked_verb(q: Question, covered: set[int]) -> str:
    """"When did Max Bittner *join* Alibaba", "why did Michael Evans *leave*": the verb after the
    auxiliary is what the question is about, so a common English word the sources never use there
    does not decorate the question — it is the detail they lack. Light verbs ("go", "happen",
    "make") carry nothing of their own and stay decoration."""
    if q.intent not in WH_VERB_INTENTS:
        return ""
    toks = q.tokens
    at = next((i for i, t in enumerate(toks[:4]) if t in QUESTION_WORDS), -1)
    if 0 <= at < len(toks) - 1 and toks[at] in ("which", "what") and toks[at + 1] in TIME_NOUNS:
        at += 1  # "which year did Munir get promoted"
    if at < 0 or at + 1 >= len(toks) or toks[at + 1] not in AUXILIARIES:
        return ""
    for j in range(at + 2, len(toks)):
        tok = toks[j]
        if j in covered or tok in STOPWORDS or tok in TIME_ADVERBS or tok in PASSIVE_AUX or tok in IRREALIS \
                or YEAR.match(tok) or NUMBER.match(tok):
            continue
        return "" if stem(tok) in FILLER or tok in QUESTION_WORDS else tok
    return ""


def _what_deed(q: Question, covered: set[int]) -> str:
    """"What did the 2017 delegation *eat*": the verb right after a named subject is the deed asked
    about — a common word the sources never use there is the detail they lack, not decoration."""
    toks = q.tokens
    if q.intent != "what" or len(toks) < 4 or toks[0] != "what" or toks[1] not in AUXILIARIES:
        return ""
    j = 2
    while j < len(toks) and j not in covered and (toks[j] in STOPWORDS or YEAR.match(toks[j])):
        j += 1  # "the 2017 delegation"
    if j not in covered:
        return ""  # "what did everyone say": no named subject, no verb to find
    while j in covered:
        j += 1
    if j >= len(toks) or toks[j] in STOPWORDS or stem(toks[j]) in FILLER or toks[j] in QUESTION_WORDS:
        return ""
    return toks[j]


_CLOCK_ASKED = re.compile(rf"\b(?:what|which|exact|precise|actual) time\b|\btime of (?:the )?day\b|{TERSE_TIME}")


def _asks_clock(q: Question) -> bool:
    """"What time was the meeting", "the exact time of the presser": a time of day is asked."""
    return bool(_CLOCK_ASKED.search(q.folded))


# the last clause of a line, after a comma, a dash, a question or exclamation mark or a "lol" — not
# after an en dash that joins two words ("the Pakistan–UK scheme", "2017–2025"), as a hyphen would
_LAST_CLAUSE = re.compile(r"(?:[,;?!—]|(?<!\w)–|–(?!\w)|\s-\s|\b(?:lol|lmao|haha)\b)\s*"
                          r"(?P<tail>(?:[^,;?!—–]|(?<=\w)–(?=\w))*?)\W*$")
_TAIL_OPENERS = QUESTION_WORDS | AUXILIARIES | frozenset({"and", "or", "but", "not", "no", "y", "n", "per", "according",
                                                            "by", "from", "in", "on", "at", "since", "after", "before",
                                                            "any", "his", "her", "its", "their", "whose"})


def _aside(q: Question) -> frozenset[str]:
    """"dar claimed ecom would hit $10 billion by 2020, total fantasy", "who is gohar? a pokemon?": a
    short last clause the reader adds after the question — a judgement, a joke, a guess — whose words
    the base need not have: the question before it is answered or refused on its own. Not a clause
    that asks (a question word, an auxiliary, "any tax breaks?"), offers alternatives ("X or
    Facebook?") or an address, restates the detail ("his real job?"), or holds a figure or a year;
    and only after a question that names something."""
    m = _LAST_CLAUSE.search(q.text)
    if m is None:
        return frozenset()
    if re.search(r"\w\.\w", m["tail"]):
        return frozenset()  # "…, alibaba.com?": an address is a guess at the answer
    tail = tokens(m["tail"].casefold())
    head = tokens(q.text[:m.start()].casefold())
    if not 1 <= len(tail) <= 4 or tail[0] in _TAIL_OPENERS or "or" in tail or "vs" in tail \
            or any(any(c.isdigit() for c in t) for t in tail):
        return frozenset()
    if all(t in STOPWORDS for t in head):
        return frozenset()
    return frozenset(tail) - frozenset(head)


_FIRST_PERSON = frozenset("i im my me mine we our mera meri mere maine mujhe mujhay hum humara hamara humari hamari".split())
_OWN_CASE_ANCHORS = frozenset(stem(w) for w in "parcel parcels duty customs courier couriers import imports imported "
                              "shipment shipments package packages".split())


def _own_case(q: Question) -> bool:
    """"so my shein parcels aren't duty free anymore?", "i import phone parts by courier, whats the limit
    now": the reader's own parcels, in their own words — what they buy, from where, for whom are their
    story, and the rule that applies to it (the threshold, the tax) is what the sources can answer."""
    return not _FIRST_PERSON.isdisjoint(q.tokens) and not _OWN_CASE_ANCHORS.isdisjoint(map(stem, q.tokens))


def _own_story(toks: tuple[str, ...], word: str) -> bool:
    """A word of the reader's own story in an own-case question: not what they do or what is done ("how
    do I *register*", "is the tax *collected* by the courier"), which is the detail they ask about."""
    at = toks.index(word)
    return not (word.endswith("ed") or (at and toks[at - 1] in ("i", "we", "to", "me")))


def _who_deed(q: Question) -> str:
    """"Who *paid* for the delegation's travel": the verb right after "who" is the deed asked about,
    so a common word the sources never use there is the detail they lack, not decoration."""
    toks = q.tokens
    if q.intent != "who" or len(toks) < 3 or toks[0] != "who":
        return ""
    verb = toks[1]
    if verb in STOPWORDS or stem(verb) in FILLER or not past_form(verb):
        return ""
    return verb


BECOMING = frozenset({"become", "became", "becomes", "becoming", "elected", "appointed"})
# what a sentence says when someone takes an office or a rank, or something comes to be — as a verb
# ("was elected"; "the 2024 election" elects no one)
CHANGE_FORMS = frozenset("""become became becomes appoint appointed named promote promoted elevate elevated
    elect elected sworn made make takes took take assume assumed succeed succeeded replace replaced join joined
    nominate nominated confer conferred rise rose grow grew reach reached surpass crossed launch launched
    establish established found founded form formed create created""".split())


# "held in the morning": a time of day is a detail, never decoration (the sources give none)
TIMES_OF_DAY = frozenset("morning mornings afternoon evening evenings night nights noon midnight dawn dusk".split())
PASSIVE_AUX = frozenset({"got", "get", "gets", "gotten", "getting", "been", "being", "become", "became"})
TIME_ADVERBS = frozenset({"back", "then", "ago", "earlier", "before", "later", "once", "ever", "yet", "again"})
# the chat a claim may open with: the question's leading chat, less the words that start a request
# ("can you", "want to"), plus the adverbs that only stress it
FILLER_OPENERS = (LEADING_CHAT - {"can", "could", "want", "to"}) | {"actually", "really"}


def _office_object(q: Question, focus: tuple[str, ...]) -> tuple[str, ...]:
    """"Who will chair the roadmap committee": the words after the office word name what it is the
    office of, when no entity in the question does."""
    if q.intent != "who" or not focus or focus[0] not in q.tokens:
        return ()
    rest = q.tokens[q.tokens.index(focus[0]) + 1:]
    return tuple(w for w in rest if w not in STOPWORDS and not YEAR.match(w) and stem(w) not in FILLER)[:4]


OFFICE_NOUNS = frozenset(stem(w) for w in """chairman chairperson chair president ceo founder owner chief boss
    director secretary minister governor spokesman spokesperson commander manager leader head member""".split())


def _office_phrase(q: Question, word: str) -> str:
    """The office as the reader typed it ("IT minister", "finance secretary"), or "" for a verb."""
    if stem(word) not in OFFICE_NOUNS or word not in q.tokens:
        return ""
    at = q.tokens.index(word)
    if at > 0 and (q.tokens[at - 1] == "who" or q.tokens[at - 1] in AUXILIARIES - {"is", "was", "are", "were"}):
        return ""  # "who chairs PNSC", "who will head it": a verb
    start = at
    keep = kept_acronyms(q.text)
    while start > 0 and (q.tokens[start - 1] not in STOPWORDS or q.tokens[start - 1] in keep) \
            and q.tokens[start - 1] not in QUESTION_WORDS and not YEAR.match(q.tokens[start - 1]):
        start -= 1
    return q.as_typed(q.tokens[start:at + 1])


def _missing(q: Question, focus: tuple[str, ...]) -> tuple[str, str]:
    """(what is missing, how the refusal says so) for an intent whose detail no fact carries."""
    words = re.sub(r"\be commerce\b", "e-commerce", " ".join(focus))  # the reader's word, one term to them
    if q.intent == "how_many" and _asks_money(q) and not words:
        return "a sum of money", "give no sum of money for that"
    if q.intent == "how_many" and _asks_pace(q):
        return "how fast", "do not say how fast"
    if q.intent == "how_many":
        return (f"the number of {words}" if words else "a figure"), (f"give no number of {words}" if words else
                                                                       "give no figure for that")
    if q.intent == "when":
        if _asks_deadline(q):
            return "a deadline", "give no deadline"
        if _asks_effect(q):
            return "the date it takes effect", "do not say when it takes effect"
        if "weekday" in q.tokens:
            return "the day of the week", "do not say on which day of the week"
        if _asks_clock(q):
            return "the time of day", "do not say at what time"
        return "a date", "do not say when"
    if q.intent == "where":
        # "which jail is he in": that kind of place, by the question's own noun
        kind = next((b for a, b in pairwise(q.tokens) if a in ("which", "what") and b in PLACE_NOUNS), None)
        return (f"which {kind}", f"do not say which {kind}") if kind else ("a place", "do not say where")
    if q.intent == "who" and words:
        office = _office_phrase(q, focus[0])
        if office:  # "who was IT minister": "do not name the IT minister", not "do not say who minister"
            return f"the name of the {office}", f"do not name the {office}"
        return f"who {words}", f"do not say who {words}"
    if words:
        return f"“{words}”", f"say nothing about “{words}”"
    if q.intent == "yes_no":
        return "a statement that it is so", "do not say so"
    return "an answer to this question", "do not answer this"


# the kinds of thing a "which …" question may ask for, by the entity types that are one
TYPE_NOUNS: dict[str, frozenset[str]] = {w: frozenset(types.split()) for words, types in (
    ("party parties", "organisation"),
    ("body bodies institution institutions agency agencies department departments", "body organisation"),
    ("organisation organisations organization organizations", "organisation body"),
    ("company companies firm firms entity entities", "organisation"), ("event events", "event"),
    ("country countries city cities place places", "place"),
    ("executive executives official officials person persons leader leaders individual", "person"),
    ("platform platforms", "platform"),  # "which platform did Asif mention": Twitter, though no sentence says "platform"
) for w in words.split()}
# the type words that name a kind by themselves; "party", "company", "country" must be the thing's own word
GENERIC_TYPES = frozenset("body bodies institution institutions agency agencies department departments "
                          "organisation organisations organization organizations event events "
                          "entity entities place places city cities country countries executive executives official officials "
                          "person persons leader leaders individual platform platforms".split())
# the kinds no fact describes by their noun alone ("a person", "the event" name none in particular)
_GENERIC_DESCRIBED = frozenset(stem(w) for w in GENERIC_TYPES - {"platform", "platforms"})
# (by stem, as a plural noun is asked: "which bodies" → the types a body may be)
_TYPE_STEMS = {stem(w): types for w, types in TYPE_NOUNS.items()}
_GENERIC_STEMS = frozenset(stem(w) for w in GENERIC_TYPES)


def _described_in_another_year(index: Index, m: Mention, years: Collection[int]) -> bool:
    """"the delegation leader in 2025": a description (a keyword, no name) of people who are that only in
    other years — the words then ask for whoever it was that year."""
    def words_of(texts: Iterable[str]) -> set[str]:
        return {fold(w) for t in texts for w in tokens(t)}
    span = set(m.words)
    return all(e.type == "person" and not set(years) & set(index.entity_years.get(e.id, ())) and
               span <= words_of(e.keywords) and not span <= words_of(e.names) for e in m.entities)


@per_index
def _dated_groups(index: Index) -> dict[str, list[tuple[Entity, frozenset[str]]]]:
    """The dated groups and events by each word of their names, aliases and keywords (with all those
    words): a lookup by one word of a question's span, not a scan of every group."""
    groups: dict[str, list[tuple[Entity, frozenset[str]]]] = defaultdict(list)
    for ent in index.base.entities.values():
        if ent.year and ent.type in ("body", "event"):
            words = frozenset(fold(w) for t in (*ent.names, *ent.keywords) for w in tokens(t))
            for word in words:
                groups[word].append((ent, words))
    return groups


def _with_namesakes(index: Index, m: Mention) -> Mention:
    """"The Alibaba team" is the 2025 delegation's alias, but the 2017 delegation was an Alibaba team
    too: a dated group named by words another dated group of its kind also answers to stands for
    either (the year, the other names in the question and the facts then tell which)."""
    if not m.entities or not all(e.year and e.type in ("body", "event") for e in m.entities):
        return m
    groups = _dated_groups(index)
    # a misspelt word of the span ("alibab delegation") found the group by its spelling, not its words
    span = {w for w in m.words if w in groups} or set(m.words)
    kinds = {e.type for e in m.entities}
    fewest = min(span, key=lambda w: len(groups.get(w, ())))
    more = tuple(e for e, words in groups.get(fewest, ()) if e.type in kinds and span <= words and e not in m.entities)
    return Mention(m.words, m.entities + more, m.start) if more else m


def is_kind(ent: Entity, nouns: set[str]) -> bool:
    """An entity of the kind a "which …" asks for: of a type the noun names, and for a noun narrower
    than its type ("party" among organisations) one whose own names or keywords use it."""
    words = {stem(w) for text in (*ent.names, *ent.keywords) for w in tokens(text)}
    return any(ent.type in TYPE_NOUNS[n] and (n in GENERIC_TYPES or stem(n) in words) for n in nouns)


_READERS_OWN = frozenset({"my", "our", "mine", "ours"})
DEFINING_BOOST = 1.5
GROUP_NOUNS = frozenset({"people", "guys", "folks", "crowd", "lot", "side", "camp", "bunch", "squad", "gang", "crew",
                         "lads", "blokes"})


def search_facts(base: FactBase, index: Index, question: str | Question, kinds: frozenset[str] | None = None,
                 *, suggest: bool = True, articles: frozenset[str] | None = None) -> Hits:
    """Retrieve and judge: the facts that answer a question, or a note saying exactly what the
    sources lack (with did-you-mean names when `suggest`, and the subject's facts as related).
    `articles` keeps only facts from those articles ("according to PhoneWorld")."""
    q = question if isinstance(question, Question) else read(question)
    toks = q.tokens
    keep = kept_acronyms(q.text)
    # "what country", "which city": the kind asked for, not the country the word stands for elsewhere
    mentioned = [m for m in mentioned_entities(index, toks, acronyms=keep)
                 if not (len(m.words) == 1 and m.words[0] in TYPE_NOUNS and m.start and toks[m.start - 1] in ("which",
                                                                                                          "what"))
                 and not (q.years and _described_in_another_year(index, m, q.years))]
    mentioned = [_with_namesakes(index, m) for m in mentioned]
    covered = {i for m in mentioned for i in range(m.start, m.start + len(m.words))}
    for m in mentioned:  # the word right after a name that only says what the name is:
        after = m.start + len(m.words)
        if after < len(toks) and (
                # "the Alibaba people", "the Alibaba crowd": an organisation's people are the organisation
                (toks[after] in GROUP_NOUNS and any(e.type in ("organisation", "body") for e in m.entities))
                # "the Alibaba company", "the PTI party": its own kind ("which Alibaba company" asks which)
                or (toks[m.start - 1:m.start] not in (("which",), ("what",))
                    and any(e.type in TYPE_NOUNS.get(toks[after], ()) for e in m.entities))):
            covered.add(after)
    # "which party", "what event", "which body": the kind of thing asked for, named by none of the facts'
    # words — the answer is a thing of that kind, which the facts must involve
    kind_at = {i: TYPE_NOUNS[t] for i, t in enumerate(toks) if i and toks[i - 1] in ("which", "what")
               and t in TYPE_NOUNS and i not in covered}
    # "which *international* event": a word between describes the kind, which the facts need not say
    described = {i - 1 for i, t in enumerate(toks) if i > 1 and toks[i - 2] in ("which", "what") and t in TYPE_NOUNS
                 and i not in covered and toks[i - 1] not in STOPWORDS}  # "which Alibaba exec": named, kept
    kind_at |= {i + 1: TYPE_NOUNS[toks[i + 1]] for i in described}
    # "how much … in rupees": the unit the answer is wanted in (checked by _fits), not a word it must use
    unit_at = {i + 1 for i, t in enumerate(toks[:-1]) if q.intent == "how_many" and t == "in"
               and (toks[i + 1] in CURRENCY_AFTER or toks[i + 1] in CURRENCY_BEFORE)}
    content = [t for i, t in enumerate(toks) if i not in covered and not YEAR.match(t) and not NUMBER.match(t)
               and (t not in STOPWORDS or t in keep) and t not in QUESTION_WORDS and i not in kind_at
               and i not in described and i not in unit_at and not (q.intent != "yes_no" and _opens_clause(toks, i))
               # the pace asked, and the change it is the pace of ("how fast was it growing": "doubling")
               and not (i and toks[i - 1] == "how" and t in ("fast", "quickly", "rapidly"))
               and not (stem(t) in PACE_VERBS and _asks_pace(q))]
    # the typed focus words that name no entity, plus any the reading supplied ("age" for "how old")
    focus = tuple(w for w in q.focus if (w in content or w not in toks) and stem(w) not in FILLER
                  and (english_spelling(w) or w) not in UNSPECIFIC)
    if q.intent in ("yes_no", "where") and not focus:
        # ("did Khan's *post* accuse Munir": what the possessor opening the claim has is its subject, not its verb)
        opening = next((j for j, w in enumerate(toks) if w not in AUXILIARIES and w not in FILLER_OPENERS
                        and w not in DETERMINERS), len(toks))
        ends = {opening} | {m.start + len(m.words) - 1 for m in mentioned if m.start == opening}
        owned = {i + 1 for i in ends if i + 1 < len(toks) and toks[i] in _possessors(q.text)
                 and stem(toks[i + 1]) not in FILLER}
        focus = _claim_verb(toks, covered | set(kind_at) | described | owned)
    using = q.intent == "how_many" and any(_people_using(toks, w) for w in focus)
    accepted = tuple(_accepted(index, w) | (_opposites(w) if q.intent == "yes_no" else frozenset())
                     | (_USERS | _CITIZENS if using and (w in _PEOPLE or w in _USE_VERBS) else frozenset()) for w in focus)
    if q.order is not None and not mentioned and not q.numbers and all(
            stem(w) in FILLER or w in TIMELINE_WORDS or w in ("you", "u", "your", "ur") for w in content):
        # "earliest event you have", "latest news pls": the timeline's first or last event
        events = [f for f in base.facts.values() if f.kind == "event" and f.when is not None
                  and (not q.years or base.year_of(f) in q.years)]
        return Hits(facts=_order(base, q, sorted(events, key=lambda f: f.id))[:MAX_FACTS])
    if not content and not mentioned and not q.years and not q.numbers:
        return Hits(note="Ask about a person, organisation, policy, figure or event in the articles.")
    verb = asked_verb(q, covered)
    what_verb = _what_deed(q, covered) or _who_deed(q)
    # "the next visit", "the upcoming budget": one after those the sources report, which they must speak of
    ahead = {t for i, t in enumerate(toks) if t in AHEAD and toks[i + 1:i + 2] != ("to",)}
    known: list[str] = []
    typed: dict[str, str] = {}  # base term -> the question's word for it, to name what is missing
    unknown: list[str] = []
    aside = _aside(q)
    own_case = _own_case(q)
    named = {stem(w) for m in mentioned for e in m.entities for n in e.names for w in tokens(n)}
    for word in content:
        term = stem(word)
        if term in FILLER or (english_spelling(word) or word) in UNSPECIFIC or word in ARTICLE_WORDS:
            continue  # "the different narratives": which ones is not said by "different"; "per the 2025 coverage"
        if term in index.name_only and manner_adverb(word):
            continue  # "*publicly* defended": how it was done, and no "Public" of Inter-Services Public Relations
        hit = _known(index, word) or (term if term in KIND_WORDS else None)  # "his title": carried by role facts
        if not hit and q.intent == "yes_no":  # "did it *raise* the limit" when the sources say it cut it
            hit = next((t for t in sorted(_opposites(word)) if t in index.postings), None)
        if hit:
            known.append(hit)
            typed.setdefault(hit, word)
        elif term in named:
            pass  # "the information technology agreement *two*": the mentioned agreement's own name says it
        elif word in aside or (own_case and word not in focus and _own_story(toks, word)):
            pass  # "…, total fantasy", "…, a pokemon?": the reader's aside after the question; "my *shein* parcels"
        elif word in KIN and any(a in _READERS_OWN and b == word for a, b in pairwise(toks)):
            pass  # "will alibaba train our children": the reader's kin, who decorate as the reader does
        elif ((word in focus or word in (verb, what_verb)) and not manner_adverb(word)) \
                or not (is_filler(spelt := english_spelling(word) or word) or manner_adverb(spelt)) \
                or word in TIMES_OF_DAY or word in ahead:  # "diffrent" decorates as "different" does
            # (how a thing was done is never what is asked: "who *publicly* defended him")
            unknown.append(word)
        # else: an everyday word the base does not use, and not what is asked: it decorates
    # a word the base only uses inside a longer name ("revenue" in Federal Board of Revenue) says
    # nothing about the question's subject unless the name itself was asked about
    heads = _name_heads(index)
    unknown += [w for w in content if (t := stem(w)) in index.name_only and t not in named and t not in FILLER
                and not index.exact.get(w) and w not in unknown and not _asks_which(toks, w, heads)
                and not manner_adverb(w)]  # (as above: "publicly")
    unknown += _unknown_bodies(index, q.text)
    if unknown:
        listed = ", ".join(f"“{w}”" for w in unknown[:3])
        if _subject(mentioned) is not None and _about_subject(base, index, mentioned):
            return _refusal(base, index, q, mentioned, listed, f"say nothing about {listed}")
        near = index.did_you_mean(" ".join(q.words), ALL_TYPES, 3) if suggest else []
        return Hits(note=f"The sources say nothing about {listed}.", near=near, missing=listed)
    weights = {t: index.idf.get(t, 1.0 if t in KIND_WORDS else 0.0) for t in dict.fromkeys(known)}
    named_by: dict[str, set[str]] = {}  # a name's term -> the entities it names
    for m in mentioned:  # a name counts by its rarest word, so the subject weighs in as one term
        if (t := _rarest_term(index, _name_words(index, m))) and t in index.postings:
            weights.setdefault(t, index.idf.get(t, 0.0))
            named_by.setdefault(t, set()).update(e.id for e in m.entities)
    for year in q.years:
        weights[str(year)] = index.idf.get(str(year), 1.0)
    for number in q.numbers:
        weights[number] = index.idf.get(number, 2.0)
    total = sum(weights.values()) or 1.0
    alts = {t: SYNONYMS.get(t, frozenset()) | {t} | (antonyms().get(t, frozenset()) if q.intent == "yes_no" else frozenset())
            for t in weights}
    pool: set[str] = set()
    stance = q.intent == "yes_no" and not _STANCE.isdisjoint(stem(t) for t in toks)
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
        if term in KIND_WORDS:  # "every quote from Shehbaz": his statements, which need not write "quote"
            # (only those of someone named: a kind alone would put every statement in the pool)
            of_kind = _kind_facts(index)[KIND_WORDS[term]]
            pool.update(fid for m in mentioned for ent in m.entities for fid in _involving(index, ent) if fid in of_kind)
    if not weights:
        for m in mentioned:
            for ent in m.entities:
                pool |= _involving(index, ent)
    if q.intent == "who" and mentioned and all(e.type == "person" and e.unnamed for e in mentioned[0].entities):
        # "who is the FBR chairman": the sources mention the office, never the person in it
        return _refusal(base, index, q, mentioned, "the name of the person", "do not name them")
    # "why the new taxes": a list of the taxes gives no reason for them ("every reason" still lists)
    # ("all the names of …" wants names, which the judging below asks of each fact)
    # ("why the new taxes" asks for a reason, not every tax)
    gathered = AGGREGATE_WORDS & set(toks) - (AGGREGATE_NOUNS if q.intent == "why" else frozenset())
    if gathered and {"name", "names"}.isdisjoint(toks):
        topical = [f for f in _topic_listing(base, index, q, toks, mentioned, known)
                   if articles is None or f.source.article in articles]  # "what did Profit report …": its own
        if topical:
            return Hits(facts=topical[:MAX_AGGREGATE], aggregate=True)
    # "did the FBR chairman *speak* at the meeting": a claim that they said something there
    speaking_at = [q.intent == "yes_no" and _speaking(toks, i) for i in range(len(toks))]
    spoken = any(speaking_at)
    speaker = _asked_speaker(index, tuple("said" if at else t for t, at in zip(toks, speaking_at, strict=True)),
                             mentioned)
    if speaker is not None and spoken:
        speaker = replace(speaker, speaking=True)
    done_to = _done_to(index, toks, mentioned) if speaker is None else None
    # the speaker's mention is checked by what they said, not merely by being named in the fact
    others = [m for m in mentioned if speaker is None or m is not speaker.mention]
    # "visit to Pakistan", "in Islamabad": a place the question locates something at
    places = {e.id for m in mentioned for e in m.entities if e.type == "place"
              and m.start > 0 and toks[m.start - 1] in LOCATIVE}
    if q.intent == "who":  # "who led the delegation to Pakistan": where it went is checked below, not named
        # ("who led the delegation *at the PM Office*": a body where an event took place is a venue too)
        venues = _venues(index)
        places |= {e.id for m in mentioned for e in m.entities if e.id in venues and m.start > 0 and (
            toks[m.start - 1] in LOCATIVE or (m.start > 1 and toks[m.start - 1] == "the" and toks[m.start - 2] in LOCATIVE))}
        others = [m for m in others if not all(e.id in places for e in m.entities)]
    # "e-commerce by 2020, per the govt", "what did the government say about the rigging claim": the
    # government said it through its ministers, whose words no fact files under the government itself
    sourced = [m for m in others if any(is_government(e) for e in m.entities) and _names_source(toks, m)]
    allowed = _filter_pool(index, pool, q, [m for m in others if m not in sourced])
    if sourced:
        voices = _government_voices(index)
        voiced = {fid for fid in allowed if base.facts[fid].speaker in voices or (
            not voices.isdisjoint(base.facts[fid].about) and not SAY_WORDS.isdisjoint(tokens(base.facts[fid].says)))}
        allowed = _filter_pool(index, allowed, q, sourced) | voiced
    if places:  # "visit to Pakistan": an event placed somewhere else (Davos) is not one
        visit = any(toks[m.start - 1] in VISIT_WORDS for m in mentioned if m.start > 0 and m.entities[0].id in places)
        allowed = {fid for fid in allowed if _placed_within(base, base.facts[fid], places, index, visit)}
    by_speaker = {t for t, ids in named_by.items() if speaker is not None and not ids.isdisjoint(speaker.ids)}
    # ("per the govt": every fact left is the government's or one of its ministers', so its name is carried)
    by_speaker |= {t for t, ids in named_by.items() for m in sourced if not ids.isdisjoint(e.id for e in m.entities)}
    # "who led the delegation *to Pakistan*": the place is the filter above, which every fact left has
    # passed — a role's sentence need not write "Pakistan" (other questions weigh it as asked about)
    by_speaker |= {t for t, ids in named_by.items() if q.intent == "who" and not ids.isdisjoint(places)}
    # "the 18% tax": a number asked with its unit is matched only by that figure in that unit ($18 is not 18%)
    with_unit = {n: qty for n in q.numbers if n in toks
                 and (qty := _asked_quantity(toks, toks.index(n))) is not None and qty.unit is not None}
    # "how did Khawaja Asif justify the spokesperson's words": words no one is asked to have said are
    # another's, acted on, not a quotation asked for
    # ("the benefit of ITA Two": a kind word the base writes as a synonym, "help", still names its kind)
    kind_of = {t: None if (kind := KIND_WORDS.get(t) or KIND_WORDS.get(stem(typed.get(t, t)))) == "words"
               and speaker is None and len(mentioned) > 1 else kind for t in weights}
    # "when did Khawaja Asif make his remarks", "kab bola": when they spoke at all, nothing said asked after
    # "what did the government say about the rigging claim": its answer to the claim, as a stance above
    answering = speaker is not None and not _ALLEGED.isdisjoint(stem(t) for t in toks)
    spoke_when = q.intent == "when" and q.order is None and speaker is not None and all(
        w in SAY_WORDS or w in SPEAKING or stem(w) in FILLER or is_filler(w) for w in content)
    scored: list[tuple[float, Fact]] = []
    for fid in allowed:
        fact = base.facts[fid]
        if (kinds and fact.kind not in kinds) or (articles is not None and fact.source.article not in articles):
            continue
        if done_to is not None and done_to.said(fact):
            continue  # "what has Imran been accused of": not what he accused others of
        if speaker is not None and not speaker.said(fact) and not (_spoke_at(speaker, fact) and (
                spoke_when or (q.intent == "when" and not speaker.speaking and _tells_all(index, fact, content)))):
            continue
        terms_here = index.fact_terms[fid]
        if with_unit and (wrong := {n for n, qty in with_unit.items()
                                    if n in terms_here and not _gives_quantity(fact, qty)}):
            terms_here = tuple(t for t in terms_here if t not in wrong)
        own = index.text_terms[fid]
        if (stance or answering) and _DENIES_ALLEGATIONS.search(fact.says):
            # "does the army admit the election was rigged": the allegations a fact denies are what it
            # is filed under (the 2024 election), though its sentence calls them only "allegations"
            own = terms_here
        # "Gohar's quotes", "the budget's measures": a word naming a kind of fact is carried by that kind
        # (the speaker's name is carried by what they said: "the finance minister" by Dar's own words)
        share = sum(w * (0.5 if alts[t].isdisjoint(own) and not _of_kind(index, kind_of[t], fact)
                         and t not in by_speaker else 1.0)
                    for t, w in weights.items()
                    if not alts[t].isdisjoint(terms_here) or _of_kind(index, kind_of[t], fact)
                    or _on_weekday(t, fact) or t in by_speaker) / total if weights else 1.0
        scored.append((share, fact))
    if not scored:
        if mentioned and (speaker is not None or others):
            return _refusal(base, index, q, mentioned, LINK_MISSING,
                            "do not connect these" if speaker is None else
                            f"do not report {speaker.mention.entities[0].name} saying that")
        note = "The sources do not connect these." if mentioned else "The articles do not answer this."
        return Hits(note=note, near=[m.entities[0] for m in mentioned[:3]])
    best = max(share for share, _ in scored)
    if best < (YES_NO_SHARE if q.intent == "yes_no" else MIN_SHARE):
        if mentioned:  # the subject is there, the rest of the question is not: say so, offer its facts
            closest = [f for _, f in sorted(scored, key=lambda s: (-s[0], s[1].id))[:RELATED_MAX]]
            # name the question's words the closest fact lacks ("cross"), not a detail it never got to
            lacking = [typed[t] for t in typed if alts[t].isdisjoint(index.fact_terms[closest[0].id])
                       # "when does the tax take effect": the date is what is missing, not the word
                       and not (typed[t] in ("effect", "effective") and q.intent == "when" and _asks_effect(q))]
            if "e" in lacking:  # the question's "e-commerce" is two terms, named as one
                lacking = [w for w in lacking if w != "commerce"]
                lacking[lacking.index("e")] = "e-commerce"
            if lacking and not focus:
                listed = ", ".join(f"“{w}”" for w in lacking[:3])
                return _refusal(base, index, q, mentioned, listed, f"say nothing about {listed}", closest)
            return _refusal(base, index, q, mentioned, *_missing(q, focus), closest)
        return Hits(note="The articles do not answer this.")
    # what the question is about decides the order among the facts that carry enough of it
    subjects = {e.id for m in mentioned if m not in sourced for e in m.entities}  # (who said so is no subject)
    words = set(toks)
    # "what is Tmall", "what's PNSC": a definition — the facts that describe the thing come first
    defining = toks[:2] in (("what", "is"), ("what", "are"), ("what", "was")) and bool(subjects) and all(
        i in covered or (t in STOPWORDS and t not in QUESTION_WORDS) or t in ("exactly", "actually", "really", "basically")
        for i, t in enumerate(toks) if i > 1)
    ranked = sorted(
        ((share * _intent_boost(index, q, words, fact) * (1.1 if subjects & {fact.about[0], fact.speaker} else 1.0)
          * (DEFINING_BOOST if defining and fact.kind == "description" and fact.about[0] in subjects else 1.0),
          fact) for share, fact in scored if share >= best * KEEP_RATIO),
        key=lambda s: (-s[0], s[1].id))
    # judge: only facts that carry the asked detail answer; the others are related
    # the words of what an office is asked about ("the e-commerce committee" in "who heads …")
    # (not a name that only says whose someone is: "the meeting with *Alibaba's* Michael Evans")
    people_at = {m.start for m in mentioned if all(e.type == "person" for e in m.entities)}
    # (and only a name beside the office word: "the FBR chairman", "chairman of the FBR" — not "the IT
    # minister at the *Alibaba* meeting")
    office_at = [i for i, t in enumerate(toks) if t in focus and stem(t) in ROLE_WORDS and t not in OFFICE_VERBS
                 and not t.endswith(("ing", "ed"))]  # an office noun ("the *leading* companies" is none)
    office_of = tuple(w for m in mentioned if any(e.type != "person" for e in m.entities)
                      and m.start + len(m.words) not in people_at
                      # ("the IT minister at the Alibaba *meeting*": the occasion, not whose minister)
                      and toks[m.start + len(m.words):m.start + len(m.words) + 1] not in AT_OCCASION
                      and (not office_at or any(m.start + len(m.words) in (i, i - 1) or (0 < m.start - i <= 3
                                                and toks[i + 1] in ("of", "at", "for", "in")) for i in office_at))
                      for w in m.words if w not in STOPWORDS) or _office_object(q, focus)
    fitting = [(s, f) for s, f in ranked
               if _fits(base, index, q, focus, accepted, f, frozenset(subjects), office_of, tuple(content))]
    if q.intent == "who" and focus and len(fitting) > 1:
        # "who was the delegation leader": a sentence that names the leader before one whose quote alone does
        fitting.sort(key=lambda sf: sf[1].kind != "role" and not _holds_office(
            index, sf[1], focus, office_of, frozenset(subjects), sentence_only=True))
    # ("which year did Munir *get promoted*": the same passive, with get)
    if fitting and q.intent == "when" and verb.endswith("ed") and (
            not {"was", "were"}.isdisjoint(toks[:3]) or verb in {b for a, b in pairwise(toks)
                                                                  if a in ("get", "got", "gets", "getting")}) and (
            done := stem(verb)) in index.postings and done not in FILLER:
        # "when was Munir *promoted*" (a passive: what was done to him): the date of a fact whose sentence
        # says so, not of a post that names his rank (the event a fact is filed under counts as said)
        done_as = SYNONYMS.get(done, frozenset()) | {done}
        fitting = [(s, f) for s, f in fitting if not done_as.isdisjoint(
            stem(w) for w in quantity_words(f"{f.says} {_subject_name(base, f)}"))]
        if not fitting:
            return _refusal(base, index, q, mentioned, "a date", "do not say when", [f for _, f in ranked[:RELATED_MAX]])
    if fitting and q.intent == "when" and not BECOMING.isdisjoint(toks):
        # "when did Munir become field marshal": a sentence that says he was made one, not one that he is
        fitting = [(s, f) for s, f in fitting if not CHANGE_FORMS.isdisjoint(
            quantity_words(f"{f.says} | {f.source.quote}"))]
        if not fitting:
            return _refusal(base, index, q, mentioned, "a date", "do not say when", [f for _, f in ranked[:RELATED_MAX]])
    if fitting and q.intent not in ("yes_no", "compare"):
        # "the tax on *local* couriers": a fact about foreign ones says the opposite of what is asked
        contrast = [(w, _CONTRASTS.get(stem(w), frozenset())) for w in content]
        contrast = [(w, o) for w, o in contrast if o]
        if contrast:
            asked_as = [(SYNONYMS.get(stem(w), frozenset()) | {stem(w)}, o) for w, o in contrast]
            fitting = [(s, f) for s, f in fitting
                       if not any(not o.isdisjoint(own) and same.isdisjoint(own)
                                  for own in (_own_terms(index, f),) for same, o in asked_as)]
            if not fitting:
                listed = f"“{contrast[0][0]}”"
                return _refusal(base, index, q, mentioned, listed, f"say nothing about {listed}",
                                [f for _, f in ranked[:RELATED_MAX]])
    if not fitting:
        missing, no = _missing(q, focus)
        if q.intent == "yes_no" and any(_forecast_only(base, q, f) for _, f in ranked[:RELATED_MAX]):
            # "did it cross $1bn in 2020": what was expected is there, whether it happened is not
            missing, no = "whether it happened", f"give only a forecast for {max(q.years)}"
        elif _asks_actual(q) and any(_forecast_only(base, q, f) for _, f in ranked[:RELATED_MAX]):
            missing, no = f"the actual figure for {max(q.years)}", f"give only a forecast for {max(q.years)}"
        return _refusal(base, index, q, mentioned, missing, no, [f for _, f in ranked[:RELATED_MAX]])
    if kind_at:  # "which party does Imran Khan belong to": a fact involving a party besides the ones named
        nouns = {toks[i] for i in kind_at}
        # a subject the question only described ("what party is Imran Khan's": PTI by its keyword
        # phrase) is what it asks for; one it named, or called by one word, is not its own answer
        named_subjects = {e.id for m in mentioned for e in m.entities if len(m.words) == 1  # ("Pakistani")
                          or set(m.words) <= {fold(w) for n in e.names for w in tokens(n)}}
        kinds_in = {f.id: [e for eid in (*f.entity_ids(), *_origins_said(index, q, f)) if (
            e := base.entities.get(eid)) is not None and eid not in named_subjects and is_kind(e, nouns)]
                    for _, f in fitting}
        # ("what platform did Jack Ma want to set up": one the fact describes, "an e-commerce platform")
        described_kind = {stem(toks[i]) for i in kind_at} - _GENERIC_DESCRIBED
        fitting = [(s, f) for s, f in fitting if kinds_in[f.id] or not described_kind.isdisjoint(index.text_terms[f.id])]
        # the facts whose sentence names the one found ("PTI is the party of …") before "his party"
        fitting.sort(key=lambda sf: not any(n.casefold() in sf[1].says.casefold()
                                            for e in kinds_in[sf[1].id] for n in e.names))
        if not fitting:
            wanted = " or ".join(sorted({toks[i] for i in kind_at}))
            return _refusal(base, index, q, mentioned, f"which {wanted}", f"do not say which {wanted}",
                            [f for _, f in ranked[:RELATED_MAX]])
    if fitting and q.intent == "where" and any(a in ("which", "what") and b == "other" for a, b in pairwise(toks)):
        # "which other cities did the delegation visit": the one place the sources give is the one the
        # asker already has — another needs a second place among the facts
        places = {eid for _, f in fitting if f.kind == "event" for eid in f.entity_ids()
                  if (e := base.entities.get(eid)) is not None and e.type == "place" and eid not in subjects}
        places |= {str(f.details["place"]) for _, f in fitting if f.details.get("place")}
        if len(places) < 2:
            return _refusal(base, index, q, mentioned, "another place", "name no other place",
                            [f for _, f in ranked[:RELATED_MAX]])
    kind_asked = _which_plural(q, covered, mentioned)
    kind_asked = KIND_AS_WRITTEN.get(kind_asked, kind_asked)  # "kaunse cases": the charges, by the articles' word
    if kind_asked and fitting:  # "which experts warned …": a fact that says only "experts" does not say which
        # a description says which too, except where "which" (or "the names of") asks for names
        # (a thing's kind is said by a description as well: "textile products", "a sales tax")
        what = (not _which_asked(toks) or kind_asked in DESCRIBED_KINDS) and not ({"name", "names"} & set(toks))
        unnamed = not {"other", "others", "else"}.isdisjoint(toks)  # "which other officials"
        # where the noun is not in the fact at all, "which" wants a thing of that kind among its entities
        fitting = [(s, f) for s, f in fitting if _identifies(
            f, kind_asked, what=what, others=unnamed, absent=what or _names_kind(base, f, kind_asked, subjects),
            asked=_modifiers(toks, kind_asked))]
        if not fitting:  # "what charges": the sources speak of "the charges", never of which
            plural = next((t for t in toks if stem(t) == kind_asked), kind_asked)
            return _refusal(base, index, q, mentioned, f"which {plural}", f"do not say which {plural}",
                            [f for _, f in ranked[:RELATED_MAX]])
    single = _which_singular(q, covered, set(kind_at) | described)
    if single and fitting:  # "which jail": "in prison" does not say which, and no jail is among its entities
        fitting = [(s, f) for s, f in fitting
                   if _identifies(f, single, what=True, absent=False, asked=_modifiers(toks, single))
                   or _names_kind(base, f, single, subjects)]
        if not fitting:
            word = next(t for t in toks if stem(t) == single)
            return _refusal(base, index, q, mentioned, f"which {word}", f"do not say which {word}",
                            [f for _, f in ranked[:RELATED_MAX]])
    if q.intent == "yes_no" and focus and fitting:
        same = _accepted(index, focus[0])  # the claim word's own terms, worked out once per question
        fitting = [(s, f) for s, f in fitting if _claimed(index, q, focus[0], f, mentioned, same)]
    if q.intent == "yes_no" and fitting and _claims_deed(toks):
        # "did Jack Ma actually build the platform": an intention to build one says nothing of its being built
        # (what is left must itself tell of a deed: "Nawaz Sharif was prime minister when he met Jack Ma" does not)
        unmeant = [(s, f) for s, f in fitting if not _INTENDED.search(f.says)]
        if len(unmeant) < len(fitting):
            fitting = [(s, f) for s, f in unmeant if not _DEEDS.isdisjoint(stem(t) for t in tokens(f.says))]
        if not fitting:
            return _refusal(base, index, q, mentioned, "whether it was done", "say only that it was intended",
                            [f for _, f in ranked[:RELATED_MAX]])
    if not fitting:
        missing, no = _missing(q, focus)
        return _refusal(base, index, q, mentioned, missing, no, [f for _, f in ranked[:RELATED_MAX]])
    # "the Alibaba meeting in July": a March meeting is another meeting, however well it fits; "was the
    # PNSC meeting also on 10 July": one dated only "July" is not dated that day. (A claim's wrong month
    # is answered with the month the sources give; its wrong day is refused, then corrected.)
    months = asked_months(toks) if q.intent != "yes_no" else frozenset(
        # "was the April 2017 meeting in Islamabad": a month that names the thing asked about (not the
        # claim's own dating, "met in April", which is corrected) — a March meeting is another one
        MONTH_NUMBERS[t] for i, t in enumerate(toks) if t in MONTH_NUMBERS and i and toks[i - 1] in ("the", "that"))
    at = months & months_at(toks)
    days = asked_days(toks)
    if months or days:
        # "the July 2025 Arab News piece": the date may be the article's
        piece = articles is not None or not ARTICLE_WORDS.isdisjoint(toks)

        def in_dates(fact: Fact) -> bool:
            published = base.articles[fact.source.article].published
            if piece and (not months or published.month in months) and (
                    not days or (published.month, published.day) in days):
                return True
            return (not months or _in_months(base, fact, months, at)) and (not days or _on_days(fact, days))

        on_dates = [(s, f) for s, f in fitting if in_dates(f)]
        if not on_dates and q.intent == "when" and days:
            # "date of the Dar meeting: 4 March?": a day offered with "when" is the asker's guess, which
            # a fact that writes out its own day corrects (a day only of the record, as a budget's for
            # the tax it brought, does not say when that began)
            on_dates = [(s, f) for s, f in fitting if _days_written(f)]
        fitting = on_dates
        if not fitting:
            asked = " or ".join(sorted(f"{d} {dt.date(2000, m, 1):%B}" for m, d in days)
                                or sorted(f"{dt.date(2000, m, 1):%B}" for m in months))
            if q.intent == "yes_no":  # "was the April meeting in Islamabad": of the April one (there is one)
                missing, no = _missing(q, ())
                return _refusal(base, index, q, mentioned, f"{missing} of the {asked} one", f"{no} of the {asked} one",
                                [f for _, f in ranked[:RELATED_MAX]])
            return _refusal(base, index, q, mentioned, f"anything dated {asked}", f"give nothing dated {asked}",
                            [f for _, f in ranked[:RELATED_MAX]])
    if AGGREGATE_WORDS & set(toks) and any(KIND_WORDS.get(stem(t)) == "figure" for t in toks):
        # "all Dar's numbers": every fact of his that gives one, not everything he said
        fitting = [(s, f) for s, f in fitting if _of_kind(index, "figure", f)] or fitting
    if q.intent == "how_many" and _asks_pace(q):
        fitting.sort(key=lambda sf: _pace_distance(sf[1], q, ranked=True))
    if fitting and q.intent == "when" and (where := _being_in(q, mentioned)):
        # "when was Jack Ma (last) in Pakistan": a date of him there — the Davos meeting was not
        fitting = [(s, f) for s, f in fitting if _placed_within(base, f, where, index, visit=True)]
        if not fitting:
            place = base.entities[sorted(where)[0]].name
            who = next((e.name for m in mentioned for e in m.entities[:1] if e.id not in where), "them")
            return _refusal(base, index, q, mentioned, f"a date when {who} was in {place}",
                            f"do not place {who} in {place}", [f for _, f in ranked[:RELATED_MAX]])
    if fitting and q.intent == "why" and (occasion := _occasion_asked(q, covered)):
        # "what was the 2025 meeting about": the purpose of a meeting, not of the budget's passing
        fitting = [(s, f) for s, f in fitting if any(
            (e := base.entities.get(eid)) is not None and e.type == "event" and occasion & {
                stem(w) for t in (*e.names, *e.keywords) for w in tokens(t)} for eid in (f.event, *f.about) if eid)]
        if not fitting:
            return _refusal(base, index, q, mentioned, "a reason", "do not say why", [f for _, f in ranked[:RELATED_MAX]])
    if fitting and q.intent in ("what", "list") and not FIGURE_PLURALS.isdisjoint(toks):
        # "key numbers from Dar's meeting", "what stats do we have on e-commerce": the facts that give one
        fitting = [(s, f) for s, f in fitting if _has_number(index, f, q.numbers)]
        if not fitting:
            return _refusal(base, index, q, mentioned, "a figure", "give no figure for that",
                            [f for _, f in ranked[:RELATED_MAX]])
    if q.intent == "how_many" and fitting and (toks[-1:] == ("by",) or any(
            toks[i:i + 3] in (("by", "how", "much"), ("by", "how", "many")) for i in range(len(toks)))):
        # "by how much had exports fallen", "how much did they shrink by": the size of the change first
        fitting.sort(key=lambda sf: not BY_AMOUNT.search(sf[1].says))
    rationale: set[str] = set()
    if q.intent == "why" and fitting:
        # "why did Pakistan put new taxes on foreign giants": the sentence that says so and the one that
        # gives the reason are two facts about one thing — the reason, where it names what was done
        beside = _reasons_beside(base, fitting, content)
        rationale = {f.id for _, f in beside}
        fitting = beside + [(s, f) for s, f in fitting if f.id not in rationale]
    if q.intent == "why" and not any(_gives_reason(f) or CONSEQUENCE.search(f.says)
                                     # "why does Dar think …": what the one asked about said is his reason
                                     or (f.kind == "statement" and f.speaker in subjects) for _, f in fitting):
        # "why is the 5% tax fixed": facts that only restate what is asked about give no reason
        return _refusal(base, index, q, mentioned, "a reason", "do not say why", [f for _, f in ranked[:RELATED_MAX]])
    if q.intent == "why":  # a fact that gives a reason answers "why" before one that only repeats the what
        # (one whose own sentence gives it before one whose quote alone does)
        fitting.sort(key=lambda sf: (sf[1].id not in rationale, not _gives_reason(sf[1]),
                                     not (sf[1].details.get("purpose") or REASON.search(sf[1].says))))
    deed_order = order_of_deed(toks)
    if q.order is not None and ("ever" in toks or deed_order):
        # "the first DG ISPR ever", "first ever Pakistani seller": first in all history, which only a
        # fact that says so answers — the sources' earliest mention is not it; "who spoke first at
        # the presser": an order within one occasion, which no date of the facts gives
        fitting = [(s, f) for s, f in fitting if ORDER_WORDS[q.order].search(f"{f.says} | {f.source.quote}")]
        if not fitting:
            missing_order = "in what order that happened" if deed_order else f"which was the {q.order} ever"
            return _refusal(base, index, q, mentioned, missing_order, f"do not say {missing_order}",
                            [f for _, f in ranked[:RELATED_MAX]])
    if q.order is not None:
        # "when did Imran first go to *prison*": the earliest of the facts whose own words carry every
        # word asked (when any do) — not of everything filed under him that scored enough
        asked_terms = [t for t in dict.fromkeys(known) if t not in KIND_WORDS]
        fitting = [(s, f) for s, f in fitting if all(not alts[t].isdisjoint(index.text_terms[f.id])
                                                     for t in asked_terms)] or fitting
        # "the first visit": the earliest of everything that answers, events before their echoes, and
        # among those the ones the asked subject takes part in before ones that only mention it
        events = [f for _, f in fitting if f.kind == "event"]
        roles = [f for _, f in fitting if f.kind == "role"] if q.intent == "who" else []
        # "who is the latest Alibaba president": the holders of the office, latest first, not a meeting
        chosen = _order(base, q, roles or events or [f for _, f in fitting])
        events = [] if roles else events
        dated = [f for _, f in fitting if f.when is not None and f.kind not in REPORTED]
        if events and dated and _order(base, q, dated)[0].when != chosen[0].when:
            chosen = _order(base, q, dated)  # "the latest delegation": a later dated fact than any event found
        chosen.sort(key=lambda f: (f.kind != "event", not subjects & set(f.entity_ids())))
    elif gathered and len({f.about[0] for _, f in fitting if f.kind == "event"}) > 1:
        # "each time Alibaba met Pakistani officials": every event that answers, one fact per event
        per_event: dict[str, Fact] = {}
        for _, fact in fitting:
            if fact.kind == "event":
                per_event.setdefault(fact.about[0], fact)
        chosen = sorted(per_event.values(), key=lambda f: f.when.sort_key if f.when else (base.year_of(f), 13, 0))
    elif gathered:
        chosen = [f for _, f in fitting]  # "all the export figures": everything that answers
    else:
        top = fitting[0][0]
        chosen = [f for s, f in fitting if s >= top * KEEP_RATIO]
        if q.intent == "who":
            # "who was finance minister when Alibaba came": the office names its holder — the sentence
            # calling him by it comes before the delegation leader's role, which only meets him
            offices = [" ".join(m.words) for m in mentioned if all(e.type == "person" for e in m.entities)
                       and not set(m.words) & {fold(w) for e in m.entities for n in e.names for w in tokens(n)}]
            if offices:
                chosen.sort(key=lambda f: not any(o in fold(f.says) for o in offices))
    aggregate = q.intent not in ("how_many", "when", "where", "yes_no", "why") and (
        bool(AGGREGATE_WORDS & words) or (bool(focus) and chosen[0].kind == "measure"))
    if aggregate and q.order is None:
        chosen = _with_siblings(base, index, q, focus, accepted, chosen, others, speaker)
    return Hits(facts=chosen[:MAX_AGGREGATE if aggregate else MAX_FACTS], aggregate=aggregate, mentions=tuple(mentioned))


FIGURE_PLURALS = frozenset({"numbers", "figures", "stats", "statistics", "data"})
# "declined by $5 billion": the amount something changed by
BY_AMOUNT = re.compile(r"\bby (?:about |around |nearly |some |over |more than )?(?:rs\.?\s?|\$|usd\s?|pkr\s?)?\d", re.I)
# "all the internet *figures*": the kind of fact a listing asks for
KIND_WORDS = {stem(w): kind for words, kind in (
    ("figure figures number numbers statistic statistics stats data percentage percentages", "figure"),
    # ("what did the budget change": its measures, which say "reduced", "introduced")
    ("measure measures policy policies step steps change changes changed", "measure"),
    ("status", "measure"),  # "the status of the policy framework": where a measure stood, its measure says
    # (and how readers name what someone said: "the PM's stance on …", "Evans's pitch", "Dar's msg")
    ("statement statements quote quotes remark remarks said stance stances opinion opinions message "
     "messages msg pitch advice argument arguments assessment phrase phrases verdict version versions", "statement"),
    ("words wording", "words"),  # "his exact words": what a fact quotes him saying
    ("meeting meetings visit visits event events occasion occasions", "event"),
    ("title titles role roles position positions designation", "role"),
    # "what would signing ITA Two achieve", "its effect on exports": what a fact says something would or
    # could bring about ("would open Pakistan up to …")
    ("effect effects impact impacts achieve achieves outcome outcomes consequence consequences benefit benefits",
     "outcome"),
) for w in words.split()}


WEEKDAY_NUMBERS = {stem(d): i for i, d in enumerate(WEEKDAY_NAMES)}


def _on_weekday(term: str, fact: Fact) -> bool:
    """"What did PTI say on Saturday": a fact dated to a Saturday carries the word its sentence leaves out."""
    day = WEEKDAY_NUMBERS.get(term)
    return day is not None and fact.when is not None and fact.when.date is not None and fact.when.date.weekday() == day


def _of_kind(index: Index, kind: str | None, fact: Fact) -> bool:
    """The fact is of the kind a word names: "Khurram's figures" are every fact of his that gives a
    number (most are statements), not only those filed as figures."""
    if kind is None or fact.kind == kind:
        return kind is not None
    if kind == "words":  # "Jack Ma's exact words": only a quotation gives them, not a report of what he said
        return '"' in fact.says
    if fact.kind in ("event", "role"):
        return False  # an event's or a role's numbers are its dates; its sentence reports, it says nothing
    if kind == "statement":  # "everything Dar said": a figure "Ishaq Dar said the sector …" is his words too
        return _credits_words(fact.says)
    if kind == "outcome":
        return brings_about(fact)
    return kind == "figure" and _has_number(index, fact)


_BRINGS_ABOUT = re.compile(r"\b(?:would|could|will|can)\b(?! not\b)", re.IGNORECASE)


def brings_about(fact: Fact) -> bool:
    """The fact says what something would or could bring about ("would open Pakistan up to …")."""
    return _BRINGS_ABOUT.search(fact.says) is not None


@per_index
def _kind_facts(index: Index) -> dict[str, frozenset[str]]:
    """The facts of each kind a word can name (`_of_kind`), so a question naming one finds them all."""
    return {kind: frozenset(fid for fid, fact in index.base.facts.items() if _of_kind(index, kind, fact))
            for kind in set(KIND_WORDS.values())}


@lru_cache(maxsize=4096)
def _credits_words(says: str) -> bool:
    return not {"said", "says", "say"}.isdisjoint(tokens(says))


_BY_SOURCE = r"(?:according to|per|in|from|by|on)(?: the)?"
_CITED_AFTER = re.compile(r"\(([^()]{2,40})\)\W*$")
_SOURCE_NOUN = r"(?:piece|article|report|story|says|said|reports|reported|writes|wrote|version|account|" \
               r"quotes|quoted|gives|gave|lists|listed|calls|called|names|describes|puts|cites|cited|" \
               r"mentions|mentioned|states|stated|notes|noted|adds|added|carries|carried)"


@per_index
def _publisher_names(index: Index) -> dict[str, frozenset[str]]:
    """Each publisher's name (and its parenthesised other name), as folded words, with its articles —
    longest names first, so "the nation" is tried before a shorter name inside it."""
    names: dict[str, set[str]] = {}
    for art in index.base.articles.values():
        for name in (art.publisher.split("(")[0], *re.findall(r"\(([^)]*)\)", art.publisher)):
            key = " ".join(tokens(name))
            if key and key != "pakistan":
                names.setdefault(key, set()).add(art.id)
    return {k: frozenset(names[k]) for k in sorted(names, key=len, reverse=True)}


@per_index
def _publishers(index: Index) -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    """Each publisher's name as a pattern that finds it cited as a source, with its articles — longest
    names first, built once per index."""
    names = _publisher_names(index)
    out = []
    for key in names:
        # ("per the 2017 Nation article": a year may stand before the name, and "the" of "The Nation" may go)
        k = rf"(?:(?:the )?(?:(?:19|20)\d\d )?{re.escape(key[4:])}|{re.escape(key)})" if key.startswith("the ") \
            else rf"(?:(?:19|20)\d\d )?{re.escape(key)}"
        # ("what name does Profit use for the PM", "how does the Nation describe Alibaba": its own words)
        out.append((re.compile(rf"\b{_BY_SOURCE} {k}\b(?: {_SOURCE_NOUN}\b)?|\b{k} {_SOURCE_NOUN}\b|"
                               rf"\b(?:does|did|do) (?:really |actually )?{k} (?:(?:really|actually) )?(?:call|describe|use|name|date|"
                               rf"spell|quote|list|put|cite|state|carry)\b|"
                               # ("which company did Profit say sent it", "profit says it came from …"; "what did
                               # PhoneWorld say …" asks what it said)
                               rf"(?:^|(?<=\w )(?<!what )(?<!how )(?<!why ))\b(?:does|did|do) {k} (?:say|report|write|mention)\b|"
                               rf"^{k} (?:says|said|say|reports|reported|report|writes|wrote)\b"),
                    frozenset(names[key])))
    return tuple(out)


def publisher_filter(index: Index, text: str) -> tuple[str, frozenset[str] | None]:
    """"Acc to PhoneWorld", "in the Arab News piece", "what does Profit say": the question without the
    publisher it names, and the articles it limits the answer to (None when it names none). A
    publisher counts only where it is cited as one, so "profit" or "the nation" as words are left alone."""
    if (cited := _CITED_AFTER.search(text)) is not None:
        # "alibaba services list (profit 2017)", "… (Arab News version)": a source named in brackets at the end
        inner = tokens(cited[1])
        inner = inner[1:] if inner[:1] == ["the"] else inner
        for key, articles in _publisher_names(index).items():
            words = key.split()
            words = words[1:] if words[:1] == ["the"] else words
            if inner[:len(words)] == words:
                years = [t for t in inner if YEAR.match(t)]
                return " ".join([text[:cited.start()].strip(), *years]).strip(), articles
    line = " ".join(tokens(text))
    for pattern, articles in _publishers(index):
        found = pattern.search(line)
        if found:
            # ("in the july 2025 arab news piece": the year stays in the question)
            years = [t for t in found.group(0).split() if YEAR.match(t)]
            # (its "?" stays: "delegation was seven-member per arab news?" is still a claim asked)
            asked = " ".join(p for p in (line[:found.start()].strip(), *years, line[found.end():].strip()) if p)
            return asked + ("?" if strip_markup(text).rstrip().endswith("?") else ""), articles
    return text, None


def titled_claim(base: FactBase, index: Index, q: Question, found: list[Fact]) -> list[Fact]:
    """"Salman Akram Raja is the PTI chairman, isn't he": a claim that a person holds an office, which
    the search answered with a fact that is none of that person's own roles (the chairman named beside
    him) — the person's titles first, so the reader sees which office is his."""
    if q.intent != "yes_no" or not found:
        return found
    titled = _titled_otherwise(base, index, q).facts
    if not titled or found[0] in titled:
        return found
    return [*titled, *(f for f in found if f not in titled)][:MAX_FACTS]


def corrected_claim(base: FactBase, index: Index, q: Question) -> Hits:
    """A yes/no question whose date the sources give otherwise ("imran got ousted in 2023 right",
    "has he been in jail since 2022"): the facts that make the same claim with their own date, so the
    reader sees what the sources say. Empty when the claim itself is not there.

    Only a phrase the claim is dated by ("*in* 2023", "*since* 2022", "on a Monday", "in jan 2016") is
    relaxed, one at a time with the others kept: "the 2019 budget" names what is asked about, and a
    question with a figure as well ("$10bn by 2030") is a different claim, not a wrong date."""
    if q.intent != "yes_no":
        return Hits()
    for otherwise in (_placed_otherwise, _numbered_otherwise, _titled_otherwise, _done_by_another,
                      _figure_named_otherwise, _worded_otherwise, _the_other_way_round, _quoted_elsewhere,
                      _ranked_otherwise):  # placed, numbered, titled or done otherwise: the first that finds facts
        hits = otherwise(base, index, q)
        if hits.facts:
            return hits
    toks = q.tokens
    if "again" in toks:
        return Hits()
    spans = _date_phrases(toks)
    if not spans and (named := _dated_name(toks)) is not None:
        spans = [named]
    # "on a Monday in March 2017": each phrase relaxed in turn, the others kept as the claim's dating
    for span in spans:
        hits = _dated_otherwise(base, index, q, span)
        if hits.facts:
            return hits
    return Hits()


def _dated_otherwise(base: FactBase, index: Index, q: Question, span: tuple[int, int]) -> Hits:
    """The facts that make the claim without its date phrase `span`, dated otherwise than it says."""
    toks = q.tokens
    inside = toks[span[0]:span[1]]
    if toks[span[0]] == "since" and any(n not in inside for n in q.numbers):
        return Hits()  # "was the threshold Rs5000 since 2017": when a figure began, which a dated fact does not say
    relaxed = _claim_without(toks, set(range(*span)))
    if relaxed.intent != "yes_no" or not relaxed.words:
        return Hits()
    years = {int(t) for t in inside if YEAR.match(t)}
    months = asked_months(inside)
    days = {t for t in inside if t in WEEKDAYS}
    dates = asked_days(inside)

    def dated_otherwise(fact: Fact) -> bool:
        # the date the fact gives for what it reports: written in it, or an event's own date (a
        # statement's date is only when it was said)
        words = tokens(f"{fact.says} {fact.source.quote}".casefold())
        stated = {int(t) for t in index.text_terms[fact.id] if YEAR.match(t)}
        stated_months = {MONTH_NUMBERS[w] for w in words if w in FULL_MONTHS}
        stated_days = {w for w in words if w in WEEKDAYS}
        when = fact.when if fact.kind not in REPORTED else None
        if when is not None and when.the_year:
            stated.add(when.the_year)
            if when.date or when.month:
                stated_months.add(when.sort_key[1])
            if when.date:
                stated_days.add(WEEKDAY_NAMES[when.date.weekday()])
        stated_dates = {(when.date.month, when.date.day)} if when is not None and when.date else set()
        return bool(stated - years if years else False) or (bool(months) and bool(stated_months)
                                                            and stated_months.isdisjoint(months)) or (
            bool(days) and bool(stated_days) and stated_days.isdisjoint(days)) or (
            bool(dates) and bool(stated_dates) and not _on_days(fact, dates))

    found = [f for f in search_facts(base, index, relaxed, suggest=False).facts if dated_otherwise(f)]
    if days:  # a fact that names its weekday says the day, before one dated without it
        found.sort(key=lambda f: WEEKDAYS.isdisjoint(tokens(f.says.casefold())))
    elif dates:  # "the dar meeting was 4 march 2017": one whose sentence gives the day, before the others
        found.sort(key=lambda f: not asked_days(tuple(tokens(f.says.casefold()))))
    return Hits(facts=found)


def _claim_without(toks: tuple[str, ...], drop: set[int]) -> Question:
    """A claim read again without some of its words, still a claim: "shehbaz met alibaba on a
    monday?" without its day has lost the "?" that made it one."""
    rest = " ".join(t for i, t in enumerate(toks) if i not in drop)
    relaxed = read(rest)
    return relaxed if relaxed.intent == "yes_no" else read(f"{rest} right")


# the words a claim ends with to ask whether it holds ("…, right?", "… yes?")
CLAIM_TAGS = frozenset({"right", "yes", "correct", "true", "na", "ok", "okay", "yeah", "confirm", "no"})


_TAKES_EFFECT = frozenset({"apply", "applies", "applied", "applicable", "effective", "start", "starts", "begin",
                           "begins", "implemented", "enforced", "lagu", "laagu"})


def _date_phrases(toks: tuple[str, ...]) -> list[tuple[int, int]]:
    """The phrases a claim is dated by — "in 2023", "on a Monday", "in jan 2016", "since 2022",
    "on 30 june 2025": where each starts and ends. A year that names what is asked about ("the 2019
    budget") dates nothing."""
    found = []
    for i, t in enumerate(toks[:-1]):
        if t not in ("in", "on", "since", "during", "by", "from") or i == 0:
            continue
        if t == "from" and not _TAKES_EFFECT.isdisjoint(toks):
            continue  # "in jail from 2022" is since 2022; what a tax "applies from" is a date it does not give
        j = i + 1 + (toks[i + 1] in ("a", "the"))
        dated = False
        while j < len(toks) and _dating(toks[j]):
            dated = dated or not toks[j].isdigit() or bool(YEAR.match(toks[j]))
            j += 1
        if dated:
            found.append((i, j))
    if not found:  # "davos meeting was january 2018?", "budget passed june 12 2025": a date that ends the claim
        end = len(toks)  # (before the asking tag: "budget passed 28 june 2025 *right*?")
        while end > 2 and toks[end - 1] in CLAIM_TAGS:
            end -= 1
        i = end
        while i > 1 and _dating(toks[i - 1]):
            i -= 1
        run = toks[i:end]
        if run and run[0] != "of" and (toks[i - 1] not in STOPWORDS or toks[i - 1] in ("was", "were", "is", "are")) and any(
                not t.isdigit() or YEAR.match(t) for t in run if t != "of"):
            found.append((i, end))
    if not found:  # "imran ousted april 2021 via a no-confidence vote": a month and its year inside the claim
        for i in range(1, len(toks)):
            j = i
            while j < len(toks) and _dating(toks[j]):
                j += 1
            run = toks[i:j]
            if j > i and toks[i - 1] not in STOPWORDS and not _dating(toks[i - 1]) and any(
                    YEAR.match(t) for t in run) and any(not t.isdigit() and t != "of" for t in run):
                found.append((i, j))
    return found


_ASKING_US = frozenset({"you", "u", "your", "ur", "anything", "any", "something"})


_CLAIMING = frozenset("say says said claim claims claimed allege alleges alleged".split())


def _dated_name(toks: tuple[str, ...]) -> tuple[int, int] | None:
    """"imran says *the 2018* election was rigged", "the 2024 budget introduced the 18% tax, right?": a
    stated claim (not one asked with "was …", "did …") whose thing is named by a year — the year, which
    the sources may give otherwise; None for any other line or with several years. (Asked, "was the
    limit cut in the 2024 budget" and "what did the 2019 budget do" stay questions about that budget.)"""
    at = [i for i, t in enumerate(toks) if YEAR.match(t)]
    # ("did Khan *claim* the 2018 election was rigged": a claim asked of, its thing still named by a year)
    reported = bool(toks) and toks[0] in AUXILIARIES and len(at) == 1 and not _CLAIMING.isdisjoint(toks[1:at[0]])
    if not toks or (toks[0] in AUXILIARIES and not reported) or toks[0] in QUESTION_WORDS \
            or not _ASKING_US.isdisjoint(toks):
        return None  # ("u got anything abt the 2023 visit": a request about that visit)
    if len(at) != 1 or not at[0] or toks[at[0] - 1] != "the" or at[0] + 1 >= len(toks) or toks[at[0] + 1] in STOPWORDS:
        return None
    return at[0], at[0] + 1


def _dating(tok: str) -> bool:
    """A word of a written date: a weekday, a month, a year, a day's number, or "of"."""
    return tok in WEEKDAYS or tok in MONTH_NUMBERS or bool(YEAR.match(tok)) or (tok.isdigit() and int(tok) <= 31) \
        or tok == "of"


UNIT_WORDS = frozenset({"pkr", "usd", "percent"})


def _numbered_otherwise(base: FactBase, index: Index, q: Question) -> Hits:
    """"Was the old duty-free limit Rs 50,000", "James Dong led a 7-member delegation right?": a
    figure the sources give otherwise — the facts that make the same claim with their own figure (in
    the same unit), so the reader sees the number they give. A fact with the asked figure is the
    plain search's answer, never this one. Two figures in one unit ("cut from Rs 10,000 to Rs 1,000")
    are one claim: the facts that give other figures in that unit correct it."""
    at_all = [i for i, t in enumerate(q.tokens) if t in q.numbers]
    if not 1 <= len(q.numbers) <= 2 or len(at_all) != len(q.numbers):
        return Hits()
    at = at_all[0]
    if any(i > 0 and q.tokens[i - 1] in ("the", "this", "that") for i in at_all):
        return Hits()  # "is *the 18 per cent levy* an income tax": the figure names what the claim is about
    toks = q.tokens
    # ("forecast 2020 $5bn": without the figure its unit would make the year a sum, "2020 usd")
    units_left = {i + 1 for i in at_all if i > 0 and i + 1 < len(toks) and toks[i + 1] in UNIT_WORDS
                  and NUMBER.match(toks[i - 1])}
    relaxed = _claim_without(toks, set(at_all) | units_left)
    if relaxed.intent != "yes_no" or not relaxed.words:
        return Hits()
    # what the figure counts — its unit ("Rs 50,000", "$15bn") or the noun after it ("7 member
    # delegation", "50 million internet users") — must be what the fact's figure counts too; a bare
    # number ("worth 10 billion") says too little to be corrected
    after = q.tokens[at + 1:at + 2]
    value = float(q.tokens[at]) if q.tokens[at].isdigit() else 0.0
    if value >= 1e6 and (not after or after[0] in STOPWORDS or stem(after[0]) in FILLER):
        # "did exports drop to 15 billion": a scaled figure says what it counts by its size — the
        # facts' figures of the same order (within ten times) correct it
        def same_order(fact: Fact) -> bool:
            figures = {float(t) for t in index.text_terms[fact.id] if t.isdigit() and not YEAR.match(t)}
            return bool(figures) and str(int(value)) not in index.text_terms[fact.id] and any(
                value / 10 <= f <= value * 10 for f in figures)
        return Hits(facts=[f for f in search_facts(base, index, relaxed, suggest=False).facts if same_order(f)])
    second = q.tokens[at_all[1] + 1:at_all[1] + 2] if len(at_all) == 2 else ()

    def bare(word: tuple[str, ...]) -> bool:  # no unit after the figure
        return not word or (word[0] not in UNIT_WORDS and (word[0] in STOPWORDS or stem(word[0]) in FILLER))

    if bare(after) and len(at_all) == 2 and not bare(second) and after == ("to",):
        after = second  # "cut from 5000 to 1000 rupees": the unit written once, after the second
    def figures_of(fact: Fact) -> set[str]:  # the figures a fact's words give (not its years)
        return {t for t in index.text_terms[fact.id] if NUMBER.match(t) and not YEAR.match(t)}

    if bare(after) and len(at_all) == 2 and toks[at_all[0] + 1:at_all[1]] == ("to",) and bare(second):
        # "parcel limit cut from 5000 to 1000": no unit, but a change whose one end a fact gives is that
        # fact's change, told with its own other end
        def one_end(fact: Fact) -> bool:
            figures = figures_of(fact)
            return bool(figures & set(q.numbers)) and not set(q.numbers) <= figures
        return Hits(facts=[f for f in search_facts(base, index, relaxed, suggest=False).facts if one_end(f)])
    if bare(after):
        return Hits()  # ("percent" is a unit, however little it says on its own)
    unit = after[0] if after[0] in UNIT_WORDS else stem(after[0])
    if len(at_all) == 2 and second != after and not bare(second):
        return Hits()  # two figures of two things: not one claim to correct ("from Rs 50,000 to 500": one)

    units = SYNONYMS.get(unit, frozenset()) | {unit}  # "8 ppl" counts what "six members" counts
    asked = _asked_quantity(toks, at) if len(at_all) == 1 and unit in UNIT_WORDS else None

    def counted_otherwise(fact: Fact) -> bool:
        terms = index.text_terms[fact.id]
        figures = figures_of(fact)
        if not figures and unit == "percent":  # "over half of B2C transactions": a share in words
            figures = {number_text(qty.value) for text in (fact.says, fact.source.quote)
                       for qty in quantities_in(text) if qty.unit == "percent"}
            return bool(figures) and not set(q.numbers) <= figures
        if value >= 1e6 and not any(value / 1000 <= float(f) <= value * 1000 for f in figures if f.replace(".", "", 1).isdigit()):
            return False  # "worth $1bn in 2025": a threshold of $18 is not the same measure given otherwise
        # ("the limit is 500 dollars": Rs500 gives the figure in another unit, which corrects it too)
        elsewhere = asked is not None and asked.unit is not None and not _gives_quantity(fact, asked)
        return bool(figures) and (not set(q.numbers) <= figures or elsewhere) and not units.isdisjoint(terms)

    found = [f for f in search_facts(base, index, relaxed, suggest=False).facts if counted_otherwise(f)]
    # the facts whose own sentence gives the figure, when there are any, not ones with it only in their quote
    said = [f for f in found if not units.isdisjoint(stem(t) for t in quantity_words(f.says))]
    return Hits(facts=said or found)


_POSSESSED = frozenset("has have had own owns owned".split())


def _placed_otherwise(base: FactBase, index: Index, q: Question) -> Hits:
    """"Was the Dong meeting in Karachi": a place the sources never name, asked as where something
    happened — the facts that place that very thing somewhere, so the reader sees where."""
    toks = q.tokens
    at = [i for i in range(1, len(toks)) if toks[i - 1] in ("in", "at") and toks[i] not in STOPWORDS
          and not YEAR.match(toks[i]) and _known(index, toks[i]) is None and not is_filler(toks[i])]
    if len(at) != 1 or q.numbers or not _POSSESSED.isdisjoint(toks[:at[0]]):
        # ("does Alibaba have an office in Lahore": what it owns there, not where an event was)
        return Hits()
    # asked again as "where …" without the place: the facts that say where that thing was
    rest = [t for i, t in enumerate(toks) if i not in (at[0] - 1, at[0])]
    relaxed = read(" ".join(["where", *rest]))
    if relaxed.intent != "where" or not relaxed.words:
        return Hits()
    return Hits(facts=search_facts(base, index, relaxed, suggest=False).facts, asked=relaxed)


def _done_by_another(base: FactBase, index: Index, q: Question) -> Hits:
    """"James Dong led the 2017 delegation to Dar, correct?": a claim the reader states about named
    people that the sources make about someone else — the claim without each person in turn,
    answered by facts that involve another person instead, so the reader sees who. A claim asked
    ("did Jack Ma meet Shehbaz", "was it Nawaz who …") is only refused: the reader did not assert it
    ("is it true that …" does)."""
    typed = [t for t in tokens(strip_markup(q.raw).casefold()) if t not in LEADING_CHAT]
    # "is it true Jack Ma met Shehbaz at Davos": a claim the reader states and asks to have checked
    checked = typed[:3] in (["is", "it", "true"], ["it", "is", "true"]) or typed[:2] == ["true", "that"]
    if not typed or typed[0] in ASKING_OPENERS or (not checked and (
            (typed[0] in AUXILIARIES or typed[0] in NEGATED_AUXILIARIES) and EXCLUSIVE.isdisjoint(q.tokens))):
        # "did Jack Ma meet Shehbaz": asked, not asserted — the sources do not say so (others may have
        # met him too); "was the delegation led by Jack Ma": one person leads it, so its leader answers
        return Hits()
    mentioned = mentioned_entities(index, q.tokens, acronyms=kept_acronyms(q.text))
    people = [m for m in mentioned if all(e.type == "person" for e in m.entities)]
    found: list[Fact] = []
    for m in people:
        relaxed = _claim_without(q.tokens, set(range(m.start, m.start + len(m.words))))
        if relaxed.intent != "yes_no" or not relaxed.words:
            continue
        ids = {e.id for e in m.entities}
        # the rest of the claim in the fact's own words, not only in the names and keywords it is filed
        # under ("Imran Khan's reply to being called mentally ill": no one else's reply)
        rest = {stem(w) for w in relaxed.words if w not in CLAIM_TAGS}
        for fact in search_facts(base, index, relaxed, suggest=False).facts:
            if ids.isdisjoint(fact.entity_ids()) and fact not in found and not rest.isdisjoint(
                    index.text_terms[fact.id]) and any(
                    (e := base.entities.get(eid)) is not None and e.type == "person" and eid not in ids
                    for eid in fact.entity_ids()):
                found.append(fact)
    if months := months_at(q.tokens):
        # "Evans met Nawaz Sharif in April 2017": someone else in that month's event, not Nawaz's January one
        found = [f for f in found if _in_months(base, f, months, months)]
    # the facts that make most of the rest of the claim lead ("led the 2017 delegation" over a mention)
    claim = {stem(w) for w in q.words}
    found.sort(key=lambda f: -len(claim.intersection(index.fact_terms[f.id])))
    return Hits(facts=found[:MAX_FACTS])


# verbs that report what someone said or holds, beyond SAY_WORDS: "did Shehbaz *call* e-commerce optional"
CLAIM_VERBS = SAY_WORDS | frozenset("""call calls called admit admits admitted deny denies denied agree agrees agreed
    think thinks thought believe believes believed feel feels felt consider considers considered label labelled
    labeled dub dubbed term termed""".split())


def _worded_otherwise(base: FactBase, index: Index, q: Question) -> Hits:
    """"Did Dar say e-commerce was *shrinking*", "did Shehbaz call e-commerce *optional*": a claim about
    what someone said, put in one word the sources never use — what that speaker said about the rest
    of the claim, so the reader sees the words they did use ("doubling", "a necessity"). Only for a
    speaker's words: a claim about a deed in an unknown word is a detail the sources lack."""
    toks = q.tokens
    mentioned = mentioned_entities(index, toks, acronyms=kept_acronyms(q.text))
    covered = {i for m in mentioned for i in range(m.start, m.start + len(m.words))}
    at = next((i for i, t in enumerate(toks) if t in CLAIM_VERBS and i not in covered
               and any(m.start < i for m in mentioned)), None)
    if at is None:
        return Hits()
    said = (*toks[:at], "said", *toks[at + 1:])
    speaker = _asked_speaker(index, said, mentioned)
    if speaker is None or speaker.mention.start > at:
        return Hits()
    unknown = [i for i, t in enumerate(toks) if i > at and i not in covered and t not in STOPWORDS
               and not YEAR.match(t) and not NUMBER.match(t) and stem(t) not in FILLER and _known(index, t) is None]
    if len(unknown) > 1 or (not unknown and toks[at] in SAY_WORDS) or not (any(m.start > at for m in mentioned) or any(
            i > at and i not in covered and i not in unknown and t not in STOPWORDS and stem(t) not in FILLER
            for i, t in enumerate(toks))):
        return Hits()  # one word in other words, and something else said about — not the whole claim
    if unknown and toks[unknown[0] - 1] in ("a", "an"):
        return Hits()  # "did the DG ISPR call Imran *a traitor*": a label the sources never report, not a wording
    relaxed = _claim_without(said, set(unknown))
    if relaxed.intent != "yes_no":
        return Hits()
    return Hits(facts=[f for f in search_facts(base, index, relaxed, suggest=False).facts if speaker.said(f)])


# a span the reader put in quotation marks ("did Munir call him 'mentally ill'"), not an apostrophe
QUOTED = re.compile(r"(?<!\w)['\"“‘`]([^'\"“”‘’`]{3,80}?)['\"”’`](?!\w)")


def _quoted_elsewhere(base: FactBase, index: Index, q: Question) -> Hits:
    """"Did Asim Munir call Imran Khan 'mentally ill'?": words the reader quotes, of two words or more,
    that a fact carries word for word — whoever it credits them to, so the reader sees who said them
    (the DG ISPR did). Nothing when the sources never use the words."""
    found: list[Fact] = []
    for span in QUOTED.findall(strip_markup(q.raw) if "`" not in q.raw else q.raw):
        words = tokens(span)
        if len(words) < 2:
            continue
        wanted = f" {' '.join(words)} "
        found += [f for f in base.facts.values() if f not in found
                  and wanted in f" {' '.join(tokens(f.says))} | {' '.join(tokens(f.source.quote))} "]
    return Hits(facts=sorted(found, key=lambda f: f.id)[:MAX_FACTS])


def _the_other_way_round(base: FactBase, index: Index, q: Question) -> Hits:
    """"Did Alibaba offer Pakistan complete support": a claim between two named parties that the
    sources make the other way round (the government offered Alibaba) — the claim with the two swapped,
    so the reader sees who did it to whom. Only two parties, on either side of a verb the fact itself
    uses."""
    toks = q.tokens
    parties: list[tuple[int, int, set[str]]] = []  # start, end, entity ids; "the Pakistani government" is one
    for m in sorted(mentioned_entities(index, toks, acronyms=kept_acronyms(q.text)), key=lambda m: m.start):
        if m.entities[0].type == "event":
            return Hits()  # "did Dar attend the 2017 meeting": a party and an occasion, not two parties
        if parties and parties[-1][1] == m.start:
            parties[-1] = (parties[-1][0], m.start + len(m.words), parties[-1][2] | {e.id for e in m.entities})
        else:
            parties.append((m.start, m.start + len(m.words), {e.id for e in m.entities}))
    if len(parties) != 2 or parties[0][2] & parties[1][2]:
        return Hits()
    (a, a_end, _), (b, b_end, _) = parties
    between = toks[a_end:b]
    # the verb that turns round, in its own word: "offer" is done to someone, "come to Pakistan" is not
    verbs = {stem(t) for t in between if t not in STOPWORDS and not YEAR.match(t) and stem(t) not in FILLER}
    if not verbs:
        return Hits()  # "Alibaba and Pakistan", "Jack Ma came to Pakistan": nothing done by one to the other
    swapped = (*toks[:a], *toks[b:b_end], *between, *toks[a:a_end], *toks[b_end:])
    relaxed = _claim_without(swapped, set())
    if relaxed.intent != "yes_no":
        return Hits()
    return Hits(facts=[f for f in search_facts(base, index, relaxed, suggest=False).facts
                       if verbs <= _own_terms(index, f)], asked=relaxed)


COPULA = frozenset({"is", "was", "are", "were", "be", "been"})
SPEAKING = frozenset({"speak", "speaks", "spoke", "spoken", "talk", "talks", "talked"})
_HELD = frozenset({"held", "hold", "holds", "holding", "had", "has", "have"})


def _speaking(toks: tuple[str, ...], i: int) -> bool:
    """A word of speaking, but not talks held: "Shehbaz Sharif held talks with a six-member team" is a
    meeting, which no one need be reported saying anything at."""
    return toks[i] in SPEAKING and not (toks[i] in ("talk", "talks") and i > 0 and toks[i - 1] in _HELD)
# a question that opens with these asks; it asserts nothing another person could have done instead
ASKING_OPENERS = QUESTION_WORDS | {"anything", "any", "something", "whats", "whos", "whether"}
EXCLUSIVE = frozenset({"led", "lead", "leads", "leading", "headed", "heads", "head", "chaired", "chairs", "chair"})
NEGATED_AUXILIARIES = frozenset({f"{a}nt" for a in AUXILIARIES} | {"dont", "cant", "wont"})


LEVY_WORDS = frozenset(stem(w) for w in "tax taxes levy levies duty duties charge rate".split())


def _figure_named_otherwise(base: FactBase, index: Index, q: Question) -> Hits:
    """"Is the 18 per cent levy an income tax?", "was the 5% tax on courier companies": a measure named
    by its figure, of which the claim says something else — the measure the sources give that figure
    to, so the reader sees what it is and on whom. Only one measure may carry the figure."""
    if LEVY_WORDS.isdisjoint(stem(t) for t in q.tokens) or not q.numbers:
        return Hits()
    wanted = [qty for n in q.numbers if n in q.tokens and (qty := _asked_quantity(q.tokens, q.tokens.index(n)))]
    if not wanted:
        return Hits()
    named = [e for e in base.entities.values() if e.type == "policy"
             and any(same_quantity(w, have) for w in wanted for have in find_quantities(e.name))]
    if len(named) != 1 or q.tokens[:1] in (("will",), ("would",)):
        return Hits()
    # the claim names the measure only by its figure, and says it is another measure ("an income tax")
    # or on someone else ("on local shops"); a question naming the measure itself ("does the 18% sales
    # tax apply to local sellers") asks what the sources do not say, and anyone else named (Temu,
    # Alibaba) is a claim about them
    mentioned = mentioned_entities(index, q.tokens, acronyms=kept_acronyms(q.text))
    ids = {e.id for m in mentioned for e in m.entities}
    if named[0].id in ids or any(e.type != "policy" for m in mentioned for e in m.entities):
        return Hits()
    at = max((q.tokens.index(n) for n in q.numbers if n in q.tokens), default=0)
    if not ids and "on" not in q.tokens[at:]:
        return Hits()
    facts = sorted((base.facts[f] for f in base.by_entity.get(named[0].id, ()) if base.facts[f].about[0] == named[0].id
                    and base.facts[f].kind == "measure"), key=lambda f: f.id)
    return Hits(facts=facts[:2])


SUPERLATIVE = re.compile(r"\b(?:best|most|top|biggest|largest|leading|highest|number one|no\.? ?1|#1)\b", re.I)


def _ranked_otherwise(base: FactBase, index: Index, q: Question) -> Hits:
    """"Are electronics the best-selling Pakistani items on Alibaba?", "is rice the top product": a
    claim of what ranks first, naming a thing the sources never mention — the facts that say what does
    rank first there (the claim asked again without the one word they lack), so the reader sees it."""
    if not SUPERLATIVE.search(q.text):
        return Hits()
    named = {i for m in mentioned_entities(index, q.tokens) for i in range(m.start, m.start + len(m.words))}
    for at, word in enumerate(q.tokens):  # the one word whose place a fact gives to something else
        if word in STOPWORDS or is_filler(word) or YEAR.match(word) or at in named or SUPERLATIVE.search(word):
            continue
        found = [f for f in search_facts(base, index, _claim_without(q.tokens, {at}), suggest=False).facts
                 if SUPERLATIVE.search(f.says) and stem(word) not in index.fact_terms[f.id]]
        if found:
            return Hits(facts=found[:MAX_FACTS])
    return Hits()


def _titled_otherwise(base: FactBase, index: Index, q: Question) -> Hits:
    """"Khurram Dastgir was the finance minister in 2017, yeah?", "is Shaza Fatima the defence
    minister": a claim that one named person holds an office the plain search could not confirm —
    the titles the sources give that person (in the years asked), so the reader sees which office."""
    toks = q.tokens
    if COPULA.isdisjoint(toks) or not SAY_WORDS.isdisjoint(toks):
        return Hits()  # "Gohar said the spokesman's words were …": a claim about what was said
    if "when" in toks[2:]:  # "Dar was foreign minister *when alibaba came in 2017*": the clause only dates it
        toks = toks[:toks.index("when", 2)]
    mentioned = mentioned_entities(index, toks, acronyms=kept_acronyms(q.text))
    covered = {i for m in mentioned for i in range(m.start, m.start + len(m.words))}
    rest = [t for i, t in enumerate(toks) if i not in covered and t not in STOPWORDS and not YEAR.match(t)
            and not is_filler(t)]
    # "the *interior* minister": an unknown word naming the office is an office the sources do not give
    # this person; "the CEO of *Lazada*": an office of something the sources never name
    kinds = {toks[i] for i in range(len(toks) - 1) if stem(toks[i + 1]) in ROLE_WORDS and i not in covered}
    if not all(_known(index, t) or t in kinds or stem(t) in ROLE_WORDS for t in rest):
        return Hits()  # (an office the sources give no one, "CEO", is still an office claimed)
    # "Khurram was the *finance minister*", "was Jack Ma *Alibaba's president*": an office typed as other
    # people's title names them too (one or several holders), and their titles show who held it
    people = [m for m in mentioned if all(e.type == "person" for e in m.entities) and (
        len(m.entities) == 1 or any(stem(w) in ROLE_WORDS for w in m.words))]
    offices = [m for m in people if any(stem(w) in ROLE_WORDS for w in m.words)]
    # "the chairman *of PTI*": the organisation the office is of
    of_org = [m for m in mentioned if all(e.type != "person" for e in m.entities) and (
        (m.start > 1 and toks[m.start - 1] == "of" and stem(toks[m.start - 2]) in ROLE_WORDS)
        # "alibaba's ceo", "alibaba's global ceo": the organisation before the office (and the office's kind)
        or ((end := m.start + len(m.words)) < len(toks) and (stem(toks[end]) in ROLE_WORDS or toks[end] in kinds)))]
    if len(people) + len(of_org) != len(mentioned) or len(people) - len(offices) != 1 or len(offices) > 1 or (
            not offices and not any(stem(t) in ROLE_WORDS for t in rest)):
        return Hits()
    # "is he the foreign minister (now)": only the newest year's titles speak for the present
    years = q.years or ((_latest_year(index),) if "was" not in toks and "were" not in toks else ())
    claimed = next(m for m in people if m not in offices)
    if any(len(m.entities) > 1 and claimed.entities[0] in m.entities for m in offices):
        return Hits()  # "was Nawaz a good PM": an office he held, so no other title corrects the claim
    # the claimed person's own titles, and those of an office typed as one other person's (an office
    # several people held, "Alibaba's president", names no one in particular)
    holders = [claimed.entities[0], *(m.entities[0] for m in offices if len(m.entities) == 1)]
    # (leading one year's delegation is no title to set against the one claimed)
    roles = [f for e in holders for f in roles_by_person(index).get(e.id, ()) if (not years or base.year_of(f) in years)
             and not task_only(base, f)]
    return Hits(facts=roles[:MAX_FACTS])


def task_only(base: FactBase, fact: Fact) -> bool:
    """A role held for one occasion (leading a year's delegation): what someone did, not a title."""
    return any((e := base.entities.get(str(eid))) is not None and e.year for eid in (fact.role.get("org"), *fact.about[1:]))


@per_index
def _topic_policies(index: Index) -> dict[str, frozenset[str]]:
    """The policies filed under each topic (by the facts that name both)."""
    out: dict[str, set[str]] = {}
    types = {eid: e.type for eid, e in index.base.entities.items()}
    for fact in index.base.facts.values():
        ids = fact.entity_ids()
        policies = [eid for eid in fact.about if types.get(eid) == "policy"]
        if policies:
            for eid in ids:
                if types.get(eid) == "topic":
                    out.setdefault(eid, set()).update(policies)
    return {k: frozenset(v) for k, v in out.items()}


def _topic_listing(base: FactBase, index: Index, q: Question, toks: tuple[str, ...], mentioned: list[Mention],
                   known: list[str]) -> list[Fact]:
    """"All the internet figures for Pakistan": every fact filed under a topic the question names,
    of the kind it asks for, within its other names, years and numbers, oldest first."""
    topics = mentioned_entities(index, toks, topics=True)
    if not topics:
        return []
    fids: set[str] = set()
    for m in topics:
        for ent in m.entities:
            fids |= _involving(index, ent)
    # a policy filed under the topic brings its own measures ("all the new taxes on e-commerce in the
    # budget": the budget is an e-commerce policy, its sales tax is filed under the budget)
    for pid in {p for m in topics for e in m.entities for p in _topic_policies(index).get(e.id, ())}:
        fids |= _involving(index, base.entities[pid])
    fids = _filter_pool(index, fids, q, mentioned)
    kinds = {KIND_WORDS[stem(t)] for t in toks if stem(t) in KIND_WORDS}
    topic_words = {stem(w) for m in topics for w in m.words}
    rest = [t for t in known if t not in topic_words and t not in KIND_WORDS]
    facts = [base.facts[f] for f in fids if (not kinds or any(_of_kind(index, k, base.facts[f]) for k in kinds))
             and all(not (SYNONYMS.get(t, frozenset()) | {t}).isdisjoint(index.fact_terms[f]) for t in rest)]
    if "statement" in kinds and (speaker := _asked_speaker(index, toks, mentioned)) is not None:
        facts = [f for f in facts if speaker.said(f)]  # "every quote from Shehbaz": his, not Dong's beside him
    return sorted(facts, key=lambda f: (f.when.sort_key if f.when else (base.year_of(f), 13, 0), f.id))


def _with_siblings(base: FactBase, index: Index, q: Question, focus: tuple[str, ...],
                   accepted: tuple[frozenset[str], ...], chosen: list[Fact], others: list[Mention],
                   speaker: Speaker | None) -> list[Fact]:
    """"All the measures of the budget": the top fact's siblings — facts of the same kind under
    the same policy or event, within the question's hard constraints — that carry the focus."""
    top = chosen[0]
    parents = set(top.about[1:]) | {p for eid in top.about[:1] if (p := base.entities[eid].part_of)}
    parents |= {top.event} if top.event else set()
    parents = {p for p in parents if base.entities[p].type in ("policy", "event")}
    if not parents:
        return chosen
    out = list(chosen)
    have = {f.id for f in out}
    family: set[str] = set()
    for parent in parents:
        family |= _involving(index, base.entities[parent])
    # a mention that named the top fact's own subject ("foreign platforms" in the sales tax's name)
    # picked the first sibling; it does not rule out the others
    others = [m for m in others if top.about[0] not in {e.id for e in m.entities}]
    for fid in sorted(_filter_pool(index, family, q, others)):
        fact = base.facts[fid]
        if fact.id in have or fact.kind != top.kind or (parents.isdisjoint(fact.about) and fact.event not in parents):
            continue
        if speaker is not None and not speaker.said(fact):
            continue
        if _fits(base, index, q, focus, accepted, fact, frozenset(e.id for m in others for e in m.entities)):
            out.append(fact)
            have.add(fact.id)
    return out


SAID_KINDS = frozenset({"statement", "action"})


SPEAKER_TYPES = frozenset({"person", "organisation", "body"})


SAY_NOUNS = frozenset({"statement", "statements", "quote", "quotes", "remark", "remarks", "words", "comment", "comments", "reply",
                       "replies"})


@dataclass(frozen=True)
class Speaker:
    """Who a "what did X say" question asks about: X itself, and for an organisation the people
    who hold a role in it (ISPR speaks through its DG)."""

    mention: Mention
    ids: frozenset[str]
    organisation: frozenset[str]
    names: tuple[tuple[str, ...], ...]  # the speakers' names and multi-word aliases, as words
    speaking: bool = False  # the question asks whether they spoke or talked, not what they said

    def said(self, fact: Fact) -> bool:
        if fact.speaker in self.ids or (fact.kind in SAID_KINDS and fact.about[0] in self.ids):
            return True
        # a measure is offered, ordered or decided by the people and bodies it is filed under
        if fact.kind == "measure" and not self.ids.isdisjoint(fact.about[1:]):
            return True
        # a figure or measure the fact's own sentence credits to them: "Ishaq Dar said the sector…"
        # (the name right before the verb: "Asif said … the DG ISPR" does not credit the ISPR)
        words = tokens(fact.says)
        # "did the PMO say Dong praised …": "According to the PMO, …" (or its quote's "…, the PMO said")
        # credits the one who reported it
        if any(_reported_by(ws, self.names) for ws in (words, _quote_words(fact.source.quote))):
            return True
        if fact.kind in SAID_KINDS and not self.ids.isdisjoint(fact.about) and self._among_subjects(words):
            return True
        # "did the DG ISPR talk to journalists": "X spoke to journalists" credits X with speaking
        verbs = [i for i, w in enumerate(words) if w in SAY_WORDS or (self.speaking and w in SPEAKING)]
        if not verbs:
            return False
        if any(tuple(words[max(0, i - len(parts)):i]) == parts for i in verbs for parts in self.names):
            return True
        # "the party says": a statement no person is credited with, about the organisation
        return (fact.kind == "statement" and fact.speaker is None
                and not self.organisation.isdisjoint(fact.entity_ids()))


    def _among_subjects(self, words: Sequence[str]) -> bool:
        """"The army and the government both deny …": a statement filed under one speaker, made by
        several, the others named with them before its verb."""
        stop = next((i for i, w in enumerate(words[:9]) if w in SAY_WORDS or w in _JOINT_VERBS), None)
        if stop is None or "and" not in words[:stop]:
            return False
        # (a whole member of the list, not a modifier in one: "the military and Imran Khan's opponents")
        return any(tuple(words[i:i + len(parts)]) == parts and (i + len(parts) == stop or words[i + len(parts)] == "and")
                   for parts in self.names for i in range(stop - len(parts) + 1))


_JOINT_VERBS = frozenset({"both", "deny", "denies", "denied", "reject", "rejects", "rejected"})


@lru_cache(maxsize=2048)  # asked of every candidate fact of a question that names a speaker
def _quote_words(quote: str) -> tuple[str, ...]:
    return tuple(tokens(quote))


def _reported_by(words: Sequence[str], names: tuple[tuple[str, ...], ...]) -> bool:
    """"according to the PMO, …", "…, the PMO said": the sentence is the report of one of `names`."""
    if "according" not in words and (len(words) < 2 or words[-1] not in ("said", "says")):
        return False  # (most sentences are neither: no name need be looked for)
    for parts in names:
        k = len(parts)
        for i in range(len(words) - k + 1):
            if tuple(words[i:i + k]) != parts:
                continue
            before = tuple(words[max(0, i - 3):i])
            if before[-2:] == ("according", "to") or before[-3:] == ("according", "to", "the") or (
                    i + k < len(words) and words[i + k] in ("said", "says") and i + k + 1 == len(words)):
                return True
    return False


_SETTING = frozenset({"in", "at", "during"})


def _asked_speaker(index: Index, toks: tuple[str, ...], mentioned: list[Mention]) -> Speaker | None:
    """"What did X say / offer / order …": only what X said or did answers it, not what others said
    about X ("Pakistan offered Alibaba" is not "Alibaba offered Pakistan"). X is the name right
    before the verb; in "what did the PM say about PNSC" PNSC is the topic, not the speaker. A
    country speaks through the government bodies named after it."""
    for at, tok in enumerate(toks):
        if tok not in SAY_WORDS or (tok == "tell" and toks[at + 1:at + 2] == ("me",)):
            continue
        before = [m for m in mentioned if m.start < at]
        after = [m for m in mentioned
                 if m.start == at + 1 or (m.start == at + 2 and toks[at + 1] in ("by", "from", "of"))]
        if not before and tok not in SAY_NOUNS and toks[0] in ("who", "which", "whom"):
            return None  # "who said the spokesperson's words were wrong": the speaker is what is asked
        if tok in SAY_NOUNS and after and (not before or before[-1].start < at - 3):
            m = after[0]  # "all statements Asim Munir made", "the remarks by the DG ISPR": theirs
        elif not before:
            continue
        else:
            # "what did the PM in the Alibaba meeting order": the name that sets the scene is not the speaker
            setting = [b for b in before if b.start and (toks[b.start - 1] in _SETTING or (
                b.start > 1 and toks[b.start - 1] in ("the", "a", "an") and toks[b.start - 2] in _SETTING))]
            m = ([b for b in before if b not in setting] or before)[-1]
            if _passive_of(toks, m, at) and not _asked_both_ways(toks, at):
                # "what was Munir accused of (by Imran Khan)": the one it was done to is no speaker; the
                # one after "by" is, if named
                agent = [x for x in mentioned if x.start > at and "by" in toks[at + 1:x.start]]
                if not agent:
                    continue
                m = agent[0]
        speaker = _speaker_of(index, m, tok, toks, before, after)
        if speaker is not None:
            return speaker
    return None


def _done_to(index: Index, toks: tuple[str, ...], mentioned: list[Mention]) -> Speaker | None:
    """"What has Imran been accused of": the one a saying verb is done to, whose own words ("Imran Khan
    accused Munir …") do not answer — or None."""
    for at, tok in enumerate(toks):
        if tok in SAY_WORDS:
            before = [m for m in mentioned if m.start < at]
            if before and _passive_of(toks, before[-1], at) and not _asked_both_ways(toks, at) and not any(
                    x.start > at and "by" in toks[at + 1:x.start] for x in mentioned):
                return _speaker_of(index, before[-1], tok, toks, before, [])
    return None


def _speaker_of(index: Index, m: Mention, tok: str, toks: tuple[str, ...], before: list[Mention],
                after: list[Mention]) -> Speaker | None:
    """The speaker `m` names, with the people an organisation speaks through; None when it is no speaker."""
    if m not in after and tok in SAY_NOUNS and (len(before) > 1 or not {
            "to", "on", "about", "over", "against"}.isdisjoint(
            toks[max(0, m.start - 3):m.start]) or (toks[:1] in (("who",), ("which",)) and any(
            t not in STOPWORDS and t not in QUESTION_WORDS for t in toks[1:m.start]))):
        # "did Khawaja Asif defend the DG ISPR's remarks", "every reaction to the DG ISPR's comments":
        # the remarks are what others acted on
        return None
    ids = {e.id for e in m.entities if e.type in SPEAKER_TYPES}
    for place in (e for e in m.entities if e.type == "place"):
        ids |= {e.id for e in index.base.entities.values() if e.type == "body"
                and place.name in e.name and not e.part_of}
    if not ids:
        return None
    orgs = frozenset(eid for eid in ids if index.base.entities[eid].type != "person")
    for eid in orgs:
        # an organisation speaks through its people and its parts ("the Alibaba visitors": its
        # 2017 delegation, and the people in it)
        for part in (eid, *index.children.get(eid, ())):
            ids |= {part} | index.members.get(part, set())
    names = tuple(dict.fromkeys(
        parts for eid in ids for n in index.base.entities[eid].names
        if (parts := tuple(tokens(n))) and (len(parts) > 1 or len(index.person_name_tokens.get(parts[0], ())) < 2)))
    return Speaker(m, frozenset(ids), orgs, names)


def _asked_both_ways(toks: tuple[str, ...], at: int) -> bool:
    """"What is he accused of *or accuses*": the passive verb is asked of the name in both voices."""
    return any(t in SAY_WORDS or stem(t) == stem(toks[at]) for t in toks[at + 1:])


_BE_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being", "be", "get", "got", "gets", "getting"})


def _passive_of(toks: tuple[str, ...], m: Mention, at: int) -> bool:
    """The verb at `at` is done to the name just before it: "was Munir accused", "Munir was accused",
    "has Khan been described" — a participle after a form of "be" around the name."""
    if not toks[at].endswith("ed") or toks[at] in SAY_NOUNS:
        return False  # ("said" and "told" are also what the Urdu "ne kaha" is read as)
    end = m.start + len(m.words)
    be = toks[m.start - 1] if end == at and m.start > 0 else toks[at - 1] if end == at - 1 else ""
    # ("who is Shehbaz thanked", a reordered "Shehbaz thanked who", is no passive: "is" needs "of" or "by")
    return be in _BE_PASSIVE and (be not in ("is", "are", "be") or toks[at + 1:at + 2] in (("of",), ("by",), ("as",)))


_MEMBER = frozenset({stem("member"), stem("members")})  # one of a delegation's number, no office


def _tells_all(index: Index, fact: Fact, content: list[str]) -> bool:
    """"When did Khawaja Asif defend the spokesperson's remarks": the event's own sentence says each
    thing asked ("defended … remarks"), so its date is when he did it — not merely that he spoke that day."""
    terms = _asked_terms(index, content)
    return bool(terms) and _says_every(fact.says, terms)


def _asked_terms(index: Index, content: Sequence[str]) -> list[str]:
    """The base terms of the question's content words that ask something (not filler)."""
    return [t for w in content if (t := stem(w)) not in FILLER and not is_filler(w) and t in index.postings]


def _says_every(text: str, terms: list[str]) -> bool:
    """The text says each term, in its own word or a synonym."""
    said = {stem(w) for w in quantity_words(text)}
    return all(not said.isdisjoint(SYNONYMS.get(t, frozenset()) | {t}) for t in terms)


def _spoke_at(speaker: Speaker, fact: Fact) -> bool:
    """"When did Khawaja Asif make his remarks": the dated event he took part in is when he spoke,
    though its sentence reports what he did ("defended …"), not his words."""
    return fact.kind == "event" and not speaker.ids.isdisjoint(fact.participants())


def _takes_part(index: Index, q: Question, fact: Fact) -> bool:
    """The question names one of the event's recorded participants, by one of their names in full —
    as the one who acted, not as the source ("according to Gohar, on which day was the press talk").
    A person or an organisation, which take part in many events: a body such as a delegation is there
    for one visit, and "the Alibaba delegation" may be either year's."""
    toks = q.tokens
    for pid in fact.participants():
        entity = index.base.entities.get(pid)
        if entity is None or entity.type not in ("person", "organisation"):
            continue
        for name in entity.names:
            parts = tuple(tokens(name))
            at = next((i for i in range(len(toks) - len(parts) + 1) if parts and toks[i:i + len(parts)] == parts), None)
            if at is not None and _SOURCED.isdisjoint(toks[max(0, at - 4):at]):
                return True
    return False


def _intent_boost(index: Index, q: Question, words: set[str], fact: Fact) -> float:
    boost = 1.0
    if q.intent == "how_many" and fact.kind == "figure":
        boost *= 1.25
    if q.intent == "when" and fact.when is not None:
        boost *= 1.2 if fact.when.date else 1.1
        boost *= 1.15 if fact.kind == "event" else 1.0
        if fact.kind == "event" and _takes_part(index, q, fact):
            boost *= 1.3  # "when did PTI hold its presser": PTI's own event, not the briefing it answered
    if q.intent == "who" and fact.kind in ("role", "event", "action", "statement"):
        boost *= 1.15 if fact.kind == "role" else 1.1
    if q.intent == "yes_no" and fact.kind == "role" and any(stem(w) in ROLE_WORDS - _MEMBER for w in words):
        boost *= 1.15  # "was shehbaz sharif the prime minister": his title's sentence, before his words as PM
    named = q.intent == "who" and any((e := index.base.entities.get(eid)) is not None and e.type == "person"
                                      and not e.unnamed and e.name in fact.says for eid in fact.entity_ids())
    if named:
        boost *= 1.1  # "who ordered …": the sentence that names the person before "the prime minister"
    if words & SAY_WORDS and fact.kind == "statement" and (named or q.intent != "who"):
        boost *= 1.2
    if q.intent == "where" and fact.details.get("place"):
        boost *= 1.2
    if q.intent == "where" and any(t in _place_words(index) for t in index.text_terms[fact.id]):
        boost *= 1.3  # the sentence itself names the place ("held in Islamabad")
    return boost


def _subject_name(base: FactBase, fact: Fact) -> str:
    subject = base.entities.get(fact.about[0])
    return subject.name if subject is not None and subject.type == "event" else ""


def _reasons_beside(base: FactBase, fitting: list[tuple[float, Fact]], content: list[str]) -> list[tuple[float, Fact]]:
    """Facts about the policy the question names by its own words ("the new *taxes*": the budget's), the
    first `about` of a fitting fact, from the same article, that give a reason in words and use one of
    the question's words for what was done."""
    wanted = {stem(w) for w in content if stem(w) not in FILLER}
    seen: set[str] = set()
    found: list[tuple[float, Fact]] = []
    for score, fact in fitting:
        subject = base.entities.get(fact.about[0]) if fact.about else None
        if subject is None or subject.type != "policy" or not wanted & {
                stem(w) for t in (*subject.names, *subject.keywords) for w in tokens(t)}:
            continue  # the rationale of the policy asked about; a meeting's purpose is no reason why each came
        for fid in base.by_entity.get(subject.id, ()):
            other = base.facts[fid]
            if fid in seen or other.source.article != fact.source.article or not REASON.search(
                    f"{other.says} {other.source.quote}"):  # said in words, not an event's recorded purpose
                continue
            if wanted & {stem(w) for w in tokens(f"{other.says} {other.source.quote}")}:
                seen.add(fid)
                found.append((score, other))
    return found


OCCASIONS = frozenset(stem(w) for w in "meeting meetings visit visits trip talks conference briefing presser "
                                        "session".split())


def _occasion_asked(q: Question, covered: set[int]) -> frozenset[str]:
    """The kind of occasion a "what was the 2025 meeting about" asks the purpose of (its stem and the
    stems it is also called by), unless a name in the question already says which."""
    found = [stem(t) for i, t in enumerate(q.tokens) if i not in covered and stem(t) in OCCASIONS]
    if not found:
        return frozenset()
    return frozenset({found[0]} | SYNONYMS.get(found[0], frozenset()))


def _asks_pace(q: Question) -> bool:
    """"How fast / how quickly …": the speed of a change, which a pace in words answers."""
    return any(a == "how" and b in ("fast", "quickly", "rapidly") for a, b in pairwise(q.tokens))


PACE_VERBS = frozenset(stem(w) for w in "grow growing grew grown growth expand expanding expanded rise rising rose "
                                          "increase increasing increased".split())
# a pace in one word, matched against each token ("doubling", "tripled", "exponentially")
PACE = re.compile(r"(?:doubl|tripl|quadrupl|exponential)\w*")
PACE_NEAR = 6  # a pace this many words from what it is the pace of
_SOURCED = frozenset({"according", "acc", "per"})  # "… per Dar": who said so, not what grows


def _pace_distance(fact: Fact, q: Question, ranked: bool = False) -> float:
    """How many words stand between a pace in the fact (sentence or quote) and the nearest word naming
    what the question asks the pace of: "e-commerce sector had been doubling" is e-commerce's pace;
    "… because of exponential growth in mobile broadband" is broadband's, not Alibaba's. Ranked, a
    pace near more of those words comes first ("Pakistan's e-commerce … doubling" before "in Pakistan
    had grown exponentially" for "pakistan ecommerce growth rate")."""
    # the words between "how fast was" and "growing": what grows
    toks = q.tokens
    at = next((i for i, t in enumerate(toks) if t in ("fast", "quickly", "rapidly")), 0) + 1
    at += at < len(toks) and stem(toks[at]) in PACE_VERBS  # "growth rate of X" ("how fast growing of X")
    # (up to a pace verb, or to "according to" / "per" the one who said so)
    end = next((i for i in range(at, len(toks)) if stem(toks[i]) in PACE_VERBS or toks[i] in _SOURCED), len(toks))
    wanted = {stem(t) for t in toks[at:end] if t not in STOPWORDS and not YEAR.match(t)}
    if not wanted:  # "ecom growth rate" ("ecom how fast growing"): what grows is named before
        wanted = {stem(t) for t in toks[:max(at - 2, 0)] if t not in STOPWORDS and not YEAR.match(t)}
    best, near = 99, 0
    for text in (fact.says, fact.source.quote):
        raw = tokens(text)
        words = [stem(w) for w in raw]
        paces = [i for i, w in enumerate(raw) if PACE.match(w)]
        best = min([best, *(abs(i - j) for i in paces for j, w in enumerate(words) if w in wanted)])
        if ranked:  # (only the sort needs how many are within reach: the filter needs the distance)
            near = max(near, len({w for i in paces for j, w in enumerate(words) if w in wanted and abs(i - j) <= PACE_NEAR}))
    return best - 10 * near  # (a pace within reach of more of them first)


def _gives_reason(fact: Fact) -> bool:
    return bool(fact.details.get("purpose") or REASON.search(f"{fact.says} {fact.source.quote}"))


# the ways a sentence gives a reason or purpose: what a "why" question wants first
REASON = re.compile(r"\b(?:because|due to|owing to|as a result|reason|in order to|so that|aimed at|aims? to|"
                    r"in a bid to|links?|linked|after|following|in response|responding|wanted|"
                    # "since" gives a reason, but not before a time ("in prison since August 2023")
                    r"since(?!\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|then\b|last\b|early\b|"
                    r"the (?:start|beginning|end)\b))|"
                    r"fuel(?:s|led|ed|ling|ing)?|driv(?:en|ing|es)|thanks to|spurred|"
                    r"to (?:further |also |\w+ly )?(?:help|boost|promote|increase|encourage|draft|develop|accelerate|"
                    r"improve|grow|expand|attract))\b", re.IGNORECASE)
# what a thing leads to ("would open Pakistan up to …", "making Pakistan the leader"): no reason to
# rank first, but enough that a "why" is answered rather than refused
CONSEQUENCE = re.compile(r"\b(?:making|would|will|could help|enable|enables|allow|allows)\b", re.IGNORECASE)


TIMELINE_WORDS = frozenset({"event", "events", "news", "story", "stories", "saga", "update", "updates", "thing", "things",
                            "development", "developments", "happened", "happening", "sources", "source", "have",
                            "got", "know", "record", "records"})


def order_of_deed(toks: tuple[str, ...]) -> bool:
    """"Spoke first", "arrived last": the order word after a verb in the past ("the first visit" and
    "Alibaba first came" order things the facts date)."""
    return any(t in ("first", "last") and i and toks[i - 1] not in ("happened", "came", "occurred") and (
        toks[i - 1] in PAST_IRREGULAR or (toks[i - 1].endswith("ed") and len(toks[i - 1]) > 4))
        for i, t in enumerate(toks))  # ("which came first", "what happened last": the events' dates say)


def _order(base: FactBase, q: Question, facts: list[Fact]) -> list[Fact]:
    """Superlatives about time pick the earliest or latest; otherwise keep the ranking."""
    def key(f: Fact) -> tuple[int, int, int]:
        return f.when.sort_key if f.when else (base.articles[f.source.article].published.year, 13, 0)

    if not facts or q.order is None:
        return facts
    pick = min if q.order == "first" else max
    edge = pick(key(f) for f in facts)
    return [f for f in facts if key(f) == edge]


# what follows "or" when it offers no second option: "… or not", "or nah", "or smth", "or what"
_NO_OPTION = frozenset("not nah no na smth something what wat else so more less both neither otherwise whatever "
                       "anything just only".split())
# rate words before an option: "per parcel or per month" asks on what basis, which "parcels" alone does not say
_RATE_WORDS = frozenset({"per", "each", "every"})


# chat that can end an option ("monthly or yearly lol"); every other word counts, even a common one
# ("month") that elsewhere only shapes the question
_CHAT_TAIL = frozenset("lol lmao pls plz please thanks thx bro yaar tho too also even etc smth anyway btw".split())


# options that are another question: "yes or no", "right? or was it July", "once or repeatedly" (a count)
_NOT_OPTIONS = frozenset("yes no yeah yep nope right wrong true false correct incorrect once twice repeatedly often "
                         "never always ever".split())


def _option_word(word: str) -> bool:
    return word not in STOPWORDS and word not in _CHAT_TAIL


def _choice_options(q: Question) -> tuple[tuple[str, ...], tuple[str, ...], bool] | None:
    """"Is the 5% tax monthly or yearly", "per parcel or per month", "a sales tax or an income
    tax": the two options offered, as content words (the one after "or" and as many words before
    it), and whether they are rates ("per …"). Figures, days, months and years are another choice
    (`without_choice`); None when there is no such "or"."""
    span = _choice_span(q.tokens)
    if span is None:
        return None
    start, at, first, end, rate = span
    return q.tokens[start:at], q.tokens[first:end], rate


def _choice_span(toks: tuple[str, ...]) -> tuple[int, int, int, int, bool] | None:
    """Where the two options of `_choice_options` lie: the first option's start, the "or", the
    second option's first content word and its end, and whether they are rates."""
    for i, t in enumerate(toks):
        if t != "or" or i == 0 or i + 1 >= len(toks) or toks[i + 1] in _NO_OPTION:
            continue
        j, rate = i + 1, False
        while j < len(toks) and toks[j] in STOPWORDS:
            rate = rate or toks[j] in _RATE_WORDS
            j += 1
        first = j
        while j < len(toks) and j - first < 2 and _option_word(toks[j]):
            j += 1
        k = i - 1
        while k >= 0 and i - 1 - k < j - first and _option_word(toks[k]):
            k -= 1
        options = (*toks[k + 1:i], *toks[first:j])
        if k + 1 == i or first == j or any(NUMBER.match(w) or YEAR.match(w) or w in _NOT_OPTIONS or w in MONTH_NUMBERS
                                           or w in WEEKDAYS for w in options):
            continue
        return k + 1, i, first, j, rate or (k >= 0 and toks[k] in _RATE_WORDS)
    return None


# the words that weigh two options against each other ("who would win", "which is bigger")
_WEIGHED = frozenset("win wins won winner beat beats bigger better larger stronger richer greater smaller worse "
                     "cheaper".split())


def one_option(base: FactBase, index: Index, q: Question, articles: frozenset[str] | None) -> Hits | None:
    """"Is the 18% tax a sales tax or income tax", "did Shehbaz form a committee or a task force":
    refused as asked because one option is a word the sources never use, or a thing they never say —
    answered by the one option the sources do say (its words in the answering fact), and only when
    exactly one option is."""
    options = _option_questions(q)
    if options is None or not _WEIGHED.isdisjoint(q.tokens):
        return None  # ("alibaba or amazon, which is bigger": a comparison, which needs both)
    found = []
    for alone, words in options:
        hits = search_facts(base, index, alone, suggest=False, articles=articles)
        # (the option's words in one of the first few facts: "new budget taxes, international platforms" may
        # find the budget's date before the taxes it brought)
        saying = [f for f in hits.facts[:3] if all(_accepted(index, w) & _own_terms(index, f)
                                                   for w in words if w not in STOPWORDS)]
        if saying:
            found.append(replace(hits, facts=[*saying, *(f for f in hits.facts if f not in saying)]))
    return found[0] if len(found) == 1 else None


def _option_questions(q: Question) -> tuple[tuple[Question, tuple[str, ...]], tuple[Question, tuple[str, ...]]] | None:
    """"Is the 18% tax a sales tax or income tax", "did the PM order a committee or a task force":
    the question asked of each option alone, with that option's words — the sources may confirm one
    and say nothing of the other (which alone blocks the question as asked). None without two options."""
    span = _choice_span(q.tokens)
    if span is None:
        return None
    start, at, first, end, _ = span
    toks = q.tokens

    def alone(drop: set[int]) -> Question:
        return _claim_without(toks, drop) if q.intent == "yes_no" else read(
            " ".join(t for i, t in enumerate(toks) if i not in drop))

    return ((alone(set(range(at, end))), toks[start:at]),
            (alone(set(range(start, first))), toks[first:end]))


def without_unknown_option(index: Index, q: Question) -> Question | None:
    """"was jack ma the alibaba chairman or the janitor lol", "PTI presser was in islamabad or on the
    moon", "is it textiles or leather": a last option made only of words the base does not use (a
    joke, or a guess it cannot say anything about) is the question without it — the other option is
    what the sources can confirm or correct. None when there is no such option, or when the words
    before it say nothing the base knows."""
    toks = q.tokens
    at = max((i for i, t in enumerate(toks) if t == "or"), default=0)
    if at < 2 or q.intent == "who" or toks[at + 1:at + 2] in ((), *((w,) for w in _NO_OPTION)) \
            or re.search(r"\bor\b[^?.!]*[?.!]+\s*\w", q.text, re.IGNORECASE):
        # ("the courier or the buyer?": whom, which neither may be; "once or repeatedly": a count;
        # "chinese or american? nationality": the question goes on after the option)
        return None
    if (last := next((t for t in reversed(toks[:at]) if t not in STOPWORDS), None)) is None or len(last) < 3 \
            or _known(index, last) is None:
        return None  # "on x or facebook": two options the base does not tell apart, neither of them its own
    option = [t for t in toks[at + 1:] if t not in STOPWORDS and t not in _CHAT_TAIL]
    while option and is_filler(option[-1]):  # "… or the janitor lol", "… or smth"
        option.pop()
    if not 1 <= len(option) <= 3 or any(
            NUMBER.match(t) or YEAR.match(t) or t in WEEKDAYS or t in MONTH_NUMBERS or t in index.token_entities
            or _known(index, t) is not None for t in option):
        return None
    before = toks[:at]
    if not any(t not in STOPWORDS and _known(index, t) is not None for t in before):
        return None
    # a claim stays a claim without its "?" (`_claim_without`)
    plain = _claim_without(toks, set(range(at, len(toks)))) if q.intent == "yes_no" else read(" ".join(before))
    return plain if plain.words else None


def unsaid_choice(index: Index, q: Question, facts: Sequence[Fact]) -> tuple[str, str] | None:
    """"Is the Rs500 limit per parcel or per month", "is the 5% income tax monthly or yearly": when
    the facts that answer the rest of the question say neither option, the choice is the detail
    the sources lack — answering with the nearest fact would pick for the reader. (The options A
    and B, as the question words them, or None when a fact says one of them or they are names.)"""
    found = _choice_options(q)
    if found is None:
        return None
    before, after, rate = found
    if mentioned_entities(index, before) or mentioned_entities(index, after):
        return None  # "Dar or Khurram": people, which the rest of the engine tells apart
    cited = [(f, _own_terms(index, f)) for f in facts[:RELATED_MAX]]

    def said(option: tuple[str, ...]) -> bool:
        if rate:  # "per parcel": the fact must give a rate by that noun, not merely name parcels
            return any(re.search(rf"\b(?:per|each|every|a|an) {re.escape(option[-1])}\w*", f.says, re.IGNORECASE)
                       for f, _ in cited)
        return any(all(_accepted(index, w) & terms for w in option) for _, terms in cited)

    if said(before) or said(after):
        return None
    return " ".join(before), " ".join(after)


# what a sentence says of a time before a change: "before the budget, parcels were duty-free up to …",
# "reduced … from Rs5,000 to Rs500", "previously", "used to"
_EARLIER = re.compile(r"\bbefore\b|\bfrom (?:about |around )?\S+ to\b|\bpreviously\b|\bearlier\b|\bused to\b|\bformerly\b|"
                      r"\bhad been\b|\bup from\b|\bdown from\b", re.IGNORECASE)


def unsaid_before(q: Question, facts: Sequence[Fact]) -> str | None:
    """"The sales tax on courier goods before the budget": a value from before a change, which a fact
    giving only what the change brought ("introduced an 18% sales tax") does not say. The phrase
    ("before the budget") when none of the answering facts speaks of the earlier time, else None. A
    "before" that opens a clause ("before the PM stopped him") only dates the question."""
    if q.intent not in ("how_many", "what") or "before" not in q.tokens:
        return None
    at = q.tokens.index("before")
    if _opens_clause(q.tokens, at) or at + 1 >= len(q.tokens):
        return None
    if any(_EARLIER.search(f"{f.says} | {f.source.quote}") for f in facts[:RELATED_MAX]):
        return None
    end = at + 1
    while end < len(q.tokens) - 1 and (q.tokens[end] in ("the", "this", "that") or YEAR.match(q.tokens[end])):
        end += 1  # "before the 2025 budget": up to the thing it names
    return " ".join(q.tokens[at:end + 1])
