"""Search structures built once per fact base: name lookup for entities, a term index for facts.

Matching follows what users of a fact bot expect: exact names and aliases win; years and numbers
are matched exactly and never fuzzily (so "budget 2017" cannot become "budget 2025"); words may be
misspelt by one or two edits (rapidfuzz's OSA distance) or typed as a prefix; everything else is
refused rather than guessed.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import math
import re
import sys
import threading
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import OSA

from .chat import clean, normalise_quantities
from .memo import per_request
from .model import Entity, Fact, FactBase
from .text import (
    NUMBER,
    STOPWORDS,
    YEAR,
    content_words,
    fold,
    kept_acronyms,
    same_name_spelling,
    stem,
    tokens,
    translit_key,
)

WHO_TYPES = frozenset({"person", "organisation", "platform", "body"})
POLICY_TYPES = frozenset({"policy", "topic", "event"})
# Names in which an everyday word ("revenue" in Federal Board of Revenue) is part of a proper name.
NAME_ONLY_TYPES = frozenset({"organisation", "platform", "place", "body"})
ALL_TYPES = frozenset({"person", "organisation", "platform", "body", "place", "event", "policy", "topic"})

PREFIX_MIN = 3
EXACT, ALIAS, PREFIX = 1.0, 0.97, 0.85


def max_edits(word: str) -> int:
    """Typos tolerated in a word: none for short words (too many false friends), more for long ones."""
    n = len(word)
    return 0 if n < 4 else 1 if n < 8 else 2


@dataclass(frozen=True)
class Query:
    """A query split into the parts that are matched differently."""

    words: tuple[str, ...]  # folded, stopwords removed, no years/numbers
    years: tuple[int, ...]
    numbers: tuple[str, ...]
    raw: str

    @classmethod
    def parse(cls, text: str) -> Query:
        """Words, years and numbers of a name or topic as typed (chat markup and shorthand read
        the same way as in questions)."""
        return _parsed(text)


@per_request
def _parsed(text: str) -> Query:
    """`Query.parse`, remembered for the request: a name is parsed again by each lookup that tries it."""
    words, years, numbers = [], [], []
    raw, text = text, clean(text)
    keep = kept_acronyms(text)
    toks = tokens(text)
    for i, tok in enumerate(toks):
        if YEAR.match(tok) and toks[i + 1:i + 2] not in (["pkr"], ["usd"], ["percent"]):
            years.append(int(tok))
        elif NUMBER.match(tok):
            numbers.append(tok)
        elif tok not in STOPWORDS or tok in keep:
            words.append(tok)
    return Query(tuple(words), tuple(years), tuple(numbers), raw)


@dataclass(frozen=True)
class Match:
    entity: Entity
    score: float
    variant: str  # the name or alias that matched


# Little words that join a name's parts; any other stop-word written capitalised is part of the
# name ("Said" in "Said Qazi") and counts.
CONNECTORS = frozenset("of the and for in on at to by a an de da".split())
# Arabic particles written joined, hyphenated or apart ("Inam-ul-Haq", "Inamul Haq", "Inam ul Haq").
PARTICLES = frozenset("ul ud ur us al el ud bin ibn".split())


@lru_cache(maxsize=1 << 17)
def _name_words(name: str) -> tuple[str, ...]:
    """The words of a name that count (cached: building the index asks twice per name)."""
    out: list[str] = []
    for raw in name.split():
        capital = raw[:1].isupper()
        out.extend(t for t in tokens(raw) if t not in STOPWORDS or (capital and t not in CONNECTORS))
    return tuple(out)


_POSSESSIVE = re.compile(r"['’]s(?=\s)")


def name_keys(words: tuple[str, ...]) -> list[str]:
    """The lookup keys of a name: as written, and with Arabic particles joined or dropped."""
    keys = [" ".join(words)]
    if any(w in PARTICLES for w in words[1:]):
        joined: list[str] = []
        dropped: list[str] = []
        for w in words:
            if w in PARTICLES and joined:
                joined[-1] += w
            else:
                joined.append(w)
                dropped.append(w)
        keys += [" ".join(joined), " ".join(dropped)]
    return keys


@lru_cache(maxsize=65536)
def translit_name(key: str) -> str:
    return " ".join(translit_key(w) for w in key.split())


# what `Index._build_fact_terms` makes: every table built from the facts' analysed terms
FACT_TABLES = frozenset({"fact_terms", "text_terms", "name_only", "year_facts", "postings", "idf",
                         "vocab_by_len", "word_terms", "words_by_len"})


# two everyday English words are two words, not two spellings of one name ("commit" is no "committee")
EVERYDAY_ZIPF = 3.0


def _two_words(a: str, b: str) -> bool:
    from .question import zipf

    return a != b and zipf(a) >= EVERYDAY_ZIPF and zipf(b) >= EVERYDAY_ZIPF


class Index:
    """All lookups for one FactBase; immutable after construction."""

    def __init__(self, base: FactBase, terms: TermMemo | None = None, previous: Index | None = None, *,
                 later: tuple[Callable[[], TermMemo], threading.RLock] | None = None) -> None:
        """`terms` holds the per-fact terms of an earlier build (from the compiled store, or the
        previous base on reload): a fact whose text and linked names are unchanged is not analysed
        again. It is updated in place with this base's facts. `previous` is the index this one
        replaces: when the entities are the very same objects (a reload after editing facts), its
        name lookups, which depend on nothing else, are shared instead of built again.

        `later` (a start: the term memo's source and the lock its builds share) leaves the tables
        of fact terms (`FACT_TABLES`) to `complete()`: a start answers who, policy and autocomplete,
        which need names alone, while they are made; whatever reads one of them first waits for
        them (or makes them)."""
        self.base = base
        # what later steps derive from this index once (search's per-index tables): kept on the
        # index so it goes when the index goes, never shared with the next one after a reload
        self.memo: dict[str, object] = {}
        self.warmed = threading.Event()  # set once search.warm has made every per-index table
        if previous is not None and _same_values(previous.base.entities, base.entities):
            for name in previous._entity_attrs:
                setattr(self, name, getattr(previous, name))
            self._entity_attrs: tuple[str, ...] = previous._entity_attrs
        else:
            before = set(vars(self))
            self._build_entities(base)
            self._entity_attrs = tuple(k for k in vars(self) if k not in before)
        # the years of each entity's facts (and its own), sorted: asked only whether a year is among them,
        # and a tuple of a few years takes a fifth of a frozenset's memory (6.1 -> 1.2 MB at 100k)
        self.entity_years: dict[str, Collection[int]] = {}
        year_of = base.year_of
        years_seen: dict[int, int] = {}  # one int object per year, not one per fact (the sets below hold them)
        fact_year = {fid: years_seen.setdefault(y, y) for fid, fact in base.facts.items()
                     for y in (year_of(fact),)}  # once per fact, not per entity
        by_entity = base.by_entity
        shared_years: dict[tuple[int, ...], tuple[int, ...]] = {}  # one object per distinct set of years
        for ent in base.entities.values():
            years = {fact_year[f] for f in by_entity.get(ent.id, ())}
            if ent.year:
                years.add(ent.year)
            got = tuple(sorted(years))
            self.entity_years[ent.id] = shared_years.setdefault(got, got)
        self.popularity = {eid: len(fids) for eid, fids in base.by_entity.items()}
        self.members: dict[str, set[str]] = defaultdict(set)  # organisation -> people with a role in it
        for fact in base.facts.values():
            org = fact.role.get("org")
            if fact.kind == "role" and isinstance(org, str):
                self.members[org].add(fact.about[0])
            # a role with no office in an organisation it is filed under still ties the person to it
            # ("Imran Khan is a former prime minister, and PTI is his party": PTI speaks through him)
            if fact.kind == "role" and org is None:
                for eid in fact.about[1:]:
                    if (party := base.entities.get(eid)) is not None and party.type == "organisation":
                        self.members[eid].add(fact.about[0])
        self._fact_words: dict[str, tuple[frozenset[str], str]] = {}
        self._later: tuple[Callable[[], TermMemo], threading.RLock, dict[str, int]] | None = None
        if later is None:
            self._build_fact_terms(base, terms, fact_year, previous)
        else:
            self._later = (*later, fact_year)

    def __getattr__(self, name: str) -> object:
        """A table of fact terms not made yet (see `later`): made now, or waited for. (Another thread
        may finish making it between the failed lookup that called this and the test of `_later`:
        then the table is there, and is returned.)"""
        if name in FACT_TABLES:
            if self.__dict__.get("_later") is not None:
                self.complete()
            if name in self.__dict__:
                return self.__dict__[name]
        raise AttributeError(name)

    def complete(self) -> None:
        """Make the tables of fact terms if `later` left them (once; other threads wait). They are
        built apart and each set whole, so a reader never sees a table half-filled."""
        later = self.__dict__.get("_later")
        if later is None:
            return
        source, lock, fact_year = later
        with lock:
            if self._later is None:
                return
            tables = Index.__new__(Index)
            tables.variants = self.variants
            Index._build_fact_terms(tables, self.base, source(), fact_year)
            for name in FACT_TABLES:
                setattr(self, name, tables.__dict__[name])
            self._later = None

    def _build_entities(self, base: FactBase) -> None:
        """The lookups that depend on the entities alone (every attribute set here is shared with
        the next index when the entities do not change)."""
        self.exact: dict[str, list[str]] = defaultdict(list)  # folded name/alias/id -> entity ids
        self.exact_translit: dict[str, list[tuple[str, str]]] = defaultdict(list)  # key -> (name key, id)
        self.translit_tokens: dict[str, set[str]] = defaultdict(set)  # translit key -> name tokens
        self.variants: dict[str, list[tuple[tuple[str, ...], float, str]]] = defaultdict(list)
        self.token_entities: dict[str, set[str]] = defaultdict(set)
        self.person_name_tokens: dict[str, set[str]] = defaultdict(set)
        for ent in base.entities.values():
            self._add_entity(ent)
        self.vocab = sorted(self.token_entities)
        self._vocab_near: dict[int, list[str]] = {}  # (see `_near_vocab`)
        self._type_masks: dict[frozenset[str], bytes] = {}  # (see `_type_mask`)
        # multi-word names by their words' initials: a slip across a short name ("jak ma") is looked
        # for only among names whose words start with the same letters
        self.name_starts = frozenset(k.split()[0] for k in self.exact if k)
        self.translit_starts = frozenset(translit_key(w) for w in self.name_starts)
        self.longest_name = max((len(k.split()) for k in self.exact), default=1)
        self.multi_keys: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for key in sorted(k for k in self.exact if " " in k):
            self.multi_keys[tuple(w[0] for w in key.split())].append(key)
        from .question import zipf

        zipf("the")  # load the word-frequency list now, not on a reader's first question
        self.bigram_entities: dict[tuple[str, str], set[str]] = defaultdict(set)  # for partial names
        for eid, variants in self.variants.items():
            for words, _, _ in variants:
                for pair in itertools.pairwise(words):
                    self.bigram_entities[pair].add(eid)
        same = {k: k for k in self.exact}  # a name's key as the very string `exact` holds, not a copy
        self.sorted_names = sorted((same.get(key, key), e.id) for e in base.entities.values()
                                   for key in (" ".join(_name_words(n)) for n in e.names))
        del same
        self.display_names = [(e.name, e.id) for e in base.entities.values()]
        self.children: dict[str, list[str]] = defaultdict(list)  # parent -> entities part_of it
        for ent in base.entities.values():
            if ent.part_of:
                self.children[ent.part_of].append(ent.id)
        # lists grown by appending keep room for more (a one-id list holds four): these keep theirs for
        # as long as the entities do, so each is copied to its size (~4 MB at 100,000 facts)
        tables: tuple[dict[Any, list[Any]], ...] = (self.exact, self.exact_translit, self.variants)
        for table in tables:
            for key, values in table.items():
                table[key] = values[:]
        self.trigrams = _TrigramIndex([utils.default_process(n) for n, _ in self.display_names])
        self._dym_choices: dict[frozenset[str], tuple[list[str], list[str]]] = {}
        for types in (WHO_TYPES, POLICY_TYPES, ALL_TYPES):
            self._choices(types)
        # what these caches hold of every name is in the tables above now: questions refill them with
        # their own words (at 100,000 facts they held ~70,000 names' words and keys, ~10 MB)
        for cached in (_name_words, translit_name, translit_key):
            cached.cache_clear()

    # -- entities -------------------------------------------------------------------------------
    def _add_entity(self, ent: Entity) -> None:
        for weight, name in [(EXACT, ent.name)] + [(ALIAS, a) for a in ent.aliases]:
            words = _name_words(name)
            if not words:
                continue
            for key in name_keys(words):
                if ent.id not in self.exact[key]:
                    self.exact[key].append(ent.id)
                    self.exact_translit[translit_name(key)].append((key, ent.id))
            self.variants[ent.id].append((words, weight, name))
            for w in words:
                self.token_entities[w].add(ent.id)
                self.translit_tokens[translit_key(w)].add(w)
        if (plain := _POSSESSIVE.sub("", ent.name)) != ent.name:
            # "the Prime Minister's Office": a question's possessive is read as two nouns side by side, so
            # the name is found whole that way too (only whole: "prime minister" alone does not name it)
            for key in name_keys(_name_words(plain)):
                if ent.id not in self.exact[key]:
                    self.exact[key].append(ent.id)
                    self.exact_translit[translit_name(key)].append((key, ent.id))
        if ent.keywords:
            for kw in ent.keywords:
                words = _name_words(kw)
                self.variants[ent.id].append((words, 0.8, kw))
                for w in words:
                    self.token_entities[w].add(ent.id)
        if ent.id not in self.exact[ent.id]:
            self.exact[ent.id].append(ent.id)
        if ent.type == "person" and not ent.unnamed:
            for w in _name_words(ent.name):
                self.person_name_tokens[w].add(ent.id)

    def word_matches(self, word: str) -> dict[str, float]:
        """Vocabulary tokens a query word may stand for, with how sure we are."""
        found: dict[str, float] = {}
        if word in self.token_entities:
            found[word] = EXACT
        if len(word) >= PREFIX_MIN:
            i = bisect.bisect_left(self.vocab, word)
            while i < len(self.vocab) and self.vocab[i].startswith(word) and len(found) < 60:
                found.setdefault(self.vocab[i], PREFIX)
                i += 1
        if word not in self.token_entities:
            for tok in self.translit_tokens.get(translit_key(word), ()):
                if same_name_spelling(word, tok) and not _two_words(word, tok):
                    found.setdefault(tok, ALIAS)
        edits = max_edits(word)
        if edits and word not in self.token_entities:
            for tok, dist, _ in process.extract(word, self._near_vocab(len(word)), scorer=OSA.distance,
                                                score_cutoff=edits, limit=20):
                found.setdefault(tok, 1.0 - 0.12 * dist)
        return found

    def _near_vocab(self, n: int) -> list[str]:
        """The name words a word of `n` letters may be a typo of: those whose length is within its
        typo allowance (an edit changes the length by one at most, so no other word is close enough),
        in the vocabulary's order, so that the typo scan finds the same words in the same order as a
        scan of the whole vocabulary (at 100k, 0.2 → 0.01 ms a word; made once per length, per index)."""
        near = self._vocab_near.get(n)
        if near is None:
            edits = max_edits("x" * n)
            near = self._vocab_near[n] = [w for w in self.vocab if abs(len(w) - n) <= edits]
        return near

    def _type_mask(self, types: frozenset[str]) -> bytes:
        """For each display name (by position), whether its entity is of one of these types."""
        mask = self._type_masks.get(types)
        if mask is None:
            entities = self.base.entities
            mask = self._type_masks[types] = bytes(entities[eid].type in types for _, eid in self.display_names)
        return mask

    def match_entities(self, query: Query, types: frozenset[str]) -> list[Match]:
        """Entities whose name, alias or keywords account for every word of the query, best first."""
        if not query.words:
            return []
        per_word = [self.word_matches(w) for w in query.words]
        if any(not m for m in per_word):
            return []
        candidates: set[str] | None = None
        for matches in per_word:
            ids: set[str] = set()
            for tok in matches:
                ids |= self.token_entities[tok]
            candidates = ids if candidates is None else candidates & ids
        results = []
        # one word (a first name, a surname, an acronym) may stand for hundreds of entities: its
        # alignment with a name is its best partner's score, the very float `_align` returns,
        # found inline (half the time of a call per name)
        one = per_word[0].get if len(per_word) == 1 else None
        n = len(query.words)
        entities, variants = self.base.entities, self.variants
        for eid in candidates or ():
            ent = entities[eid]
            if ent.type not in types:
                continue
            best = 0.0
            best_name = ent.name
            for words, weight, name in variants[eid]:
                if one is not None:
                    score = 0.0
                    for w in words:
                        s = one(w, 0.0)
                        if s > score:
                            score = s
                else:
                    score = _align(per_word, words)
                if score:
                    coverage = n / max(len(words), n)
                    score = score * weight * (0.75 + 0.25 * coverage)
                    if score > best:
                        best, best_name = score, name
            if best:
                results.append(Match(ent, best, best_name))
        popularity = self.popularity.get
        results.sort(key=lambda m: (-m.score, -popularity(m.entity.id, 0), m.entity.name))
        return results

    def exact_ids(self, key: str) -> list[str]:
        """Entities whose name or alias is exactly these folded words, allowing only the ways one
        name is transliterated (Shahbaz Shareef = Shehbaz Sharif)."""
        ids = self.exact.get(key)
        if ids:
            return ids
        words = key.split()
        return [eid for name, eid in self.exact_translit.get(translit_name(key), ())
                if all(same_name_spelling(a, b) and not _two_words(a, b) for a, b in zip(words, name.split(), strict=True))]

    def exact_entities(self, text: str, types: frozenset[str]) -> list[Entity]:
        keys = [text] if text in self.exact else [" ".join(tokens(text)), " ".join(_name_words(text))]
        for key in keys:
            ids = self.exact_ids(key)
            if ids:
                return [self.base.entities[e] for e in ids if self.base.entities[e].type in types]
        return []

    def shared_surname(self, query: Query) -> set[str]:
        """People who share the single name typed ("Sharif", "Khan"): a question, not an answer."""
        if len(query.words) != 1:
            return set()
        people: set[str] = set()
        for tok, score in self.word_matches(query.words[0]).items():
            if score != PREFIX and tok in self.person_name_tokens:
                people |= self.person_name_tokens[tok]
        return people if len(people) > 1 else set()

    def _choices(self, types: frozenset[str]) -> tuple[list[str], list[str]]:
        """Display names of these types, already through `utils.default_process`, and their ids."""
        hit = self._dym_choices.get(types)
        if hit is None:  # (the trigram table's processed names: the same strings, not copies)
            picks = [i for i, (_, eid) in enumerate(self.display_names) if self.base.entities[eid].type in types]
            hit = ([self.trigrams.names[i] for i in picks], [self.display_names[i][1] for i in picks])
            self._dym_choices[types] = hit
        return hit

    def did_you_mean(self, text: str, types: frozenset[str], limit: int = 5) -> list[Entity]:
        """Names that look like the query, for a not-found answer; never presented as an answer."""
        query = fold(text)
        if not query:
            return []
        processed = utils.default_process(query)
        if len(self.display_names) > DYM_SCAN_MAX:
            # a large base: score only names sharing letter trigrams with the query (a linear WRatio
            # scan over every name is exactly the naive baseline this index exists to beat)
            # (map and compress: these few hundred names are picked by C loops, and only the ids of
            # the ten hits are looked up, below)
            found = self.trigrams.candidates(processed, DYM_SCAN_MAX)
            picks = list(itertools.compress(found, map(self._type_mask(types).__getitem__, found)))
            names = list(map(self.trigrams.names.__getitem__, picks))
            ids = None
        else:
            names, ids = self._choices(types)
        # the same scores as processor=utils.default_process, with the names processed once per index
        hits = process.extract(processed, names, scorer=fuzz.WRatio, processor=None,
                               score_cutoff=60, limit=limit * 2)
        seen: dict[str, Entity] = {}
        for _, _, i in hits:
            eid = ids[i] if ids is not None else self.display_names[picks[i]][1]
            seen.setdefault(eid, self.base.entities[eid])
        return list(seen.values())[:limit]

    # -- facts ----------------------------------------------------------------------------------
    def _build_fact_terms(self, base: FactBase, memo: TermMemo | None, fact_year: dict[str, int],
                          previous: Index | None = None) -> None:
        # Tuples of distinct interned terms: matching asks only "does the fact use this term" of a
        # fact's few dozen terms, and a tuple takes a fifth of a frozenset's memory (at 100,000 facts
        # these two tables were most of the index).
        self.fact_terms: dict[str, tuple[str, ...]] = {}
        self.text_terms: dict[str, tuple[str, ...]] = {}  # terms in the fact's own words (not names)
        postings: dict[str, list[str]] = defaultdict(list)
        first_words: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for eid, variants in self.variants.items():
            if base.entities[eid].type not in NAME_ONLY_TYPES:
                continue
            for words, weight, original in variants:
                if len(words) > 1 and weight >= ALIAS and _capitalised(original):
                    first_words[words[0]].append(words)
        names_at = _NamesAt(first_words)
        memo = memo if memo is not None else TermMemo()
        entries: dict[bytes, Derived] = {}
        keys: list[bytes] = []
        missing: dict[bytes, tuple[str, str]] = {}
        # a fact's key depends on it and the entities alone: with the same entities, a fact that is
        # the very object of the last build (its file unchanged) keeps its key
        last_facts: Mapping[str, Fact] = {}
        if memo.facts is not None and _same_values(memo.entities, base.entities):
            last_facts = memo.facts
        last_keys = memo.keys
        for fact in base.facts.values():
            if last_facts.get(fact.id) is fact:
                key = last_keys[fact.id]
            else:
                key, inputs = _derive_key(base, fact)
                if key not in memo.entries and key not in memo.fresh:
                    missing[key] = inputs
            keys.append(key)
        # how many facts use each term outside any multi-word name, and each word as written: with the
        # same entities, the last build's counts less the facts that went, plus those that came
        last_counts = memo.counts_of is not None and memo.counts_of is last_facts
        full = _words_wanted(base, memo, keys, last_facts, last_keys, last_counts)
        # the same facts in the same order as `previous`, some of them edited: its tables are copied
        # and only the edited facts' entries changed (a reload then does not rebuild a posting
        # per term of every fact); any other change builds every table afresh
        prev = previous if (previous is not None and last_counts and previous.base.facts is last_facts
                            and list(last_facts) == list(base.facts)) else None
        edited: list[tuple[str, Derived]] = []
        if prev is not None:
            self.fact_terms.update(prev.fact_terms)
            self.text_terms.update(prev.text_terms)
        free_n: Counter[str] = Counter(memo.free_n) if last_counts else Counter()
        seen_n: Counter[str] = Counter(memo.seen_n) if last_counts else Counter()
        if last_counts:
            for fid, old in last_facts.items():
                if base.facts.get(fid) is not old:
                    alpha, own = _words_of(full.get(last_keys[fid]) or memo.entries[last_keys[fid]])
                    free_n.subtract({stem(w) for w in names_at.outside(own)})
                    seen_n.subtract(alpha)
        for fact, key in zip(base.facts.values(), keys, strict=True):
            got = entries.get(key) or memo.entries.get(key) or memo.fresh.get(key)
            if got is None:
                got = memo.fresh[key] = _derive(*missing[key])
            entries[key] = got
            if prev is not None:
                if last_facts[fact.id] is fact:
                    continue
                edited.append((fact.id, got))
            self.fact_terms[fact.id] = got.terms
            self.text_terms[fact.id] = got.text_terms
            if not last_counts or last_facts.get(fact.id) is not fact:
                alpha, own = _words_of(full.get(key) or got)
                seen_n.update(alpha)
                free_n.update({stem(w) for w in names_at.outside(own)})
            if prev is None:
                for term in got.terms:
                    postings[term].append(fact.id)
        if prev is not None:
            postings, touched = self._edit_postings(base, prev, edited)
        # all at once, after everything worked: a build that fails half-way leaves the last build's memo
        if memo.gone is not None:
            memo.gone |= memo.entries.keys() - entries.keys()
        memo.entries = entries  # the facts of this base only: a reload does not keep removed facts
        memo.facts, memo.entities = base.facts, base.entities
        memo.keys = dict(zip(base.facts, keys, strict=True))
        memo.free_n, memo.seen_n, memo.counts_of = +free_n, +seen_n, base.facts
        free, seen_raw = memo.free_n.keys(), memo.seen_n.keys()
        in_names = {stem(w) for names in first_words.values() for name in names for w in name}
        self.name_only = frozenset(t for t in in_names if t in postings and t not in free)
        if prev is not None:
            self._edit_tables(base, prev, edited, postings, touched, fact_year, seen_raw)
            return
        n = max(1, len(base.facts))
        self.year_facts: dict[int, frozenset[str]] = _year_facts(fact_year, postings)
        self.postings = dict(postings)
        self.idf = {t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in postings.items()}
        by_len: dict[int, list[str]] = defaultdict(list)  # a typo changes a word's length by ≤ 2
        for term in sorted(postings):
            by_len[len(term)].append(term)
        self.vocab_by_len = dict(by_len)
        # the words as written, for typos: "corpoeation" is one letter from "corporation", but its
        # stem is far from "corpor"
        self.word_terms = {w: stem(w) for w in seen_raw}
        raw_by_len: dict[int, list[str]] = defaultdict(list)
        for w in sorted(self.word_terms):
            raw_by_len[len(w)].append(w)
        self.words_by_len = dict(raw_by_len)

    def _edit_postings(self, base: FactBase, prev: Index, edited: list[tuple[str, Derived]],
                       ) -> tuple[dict[str, list[str]], set[str]]:
        """`prev`'s postings with the edited facts' terms changed (the same facts in the same order:
        each list stays in fact order). Lists are copied before they change; the others are shared
        with `prev`, which nothing modifies. Returns them and the terms whose lists changed."""
        postings = dict(prev.postings)
        touched: set[str] = set()
        if not edited:
            return postings, touched
        pos = {fid: i for i, fid in enumerate(base.facts)}
        where = pos.__getitem__
        for fid, got in edited:
            old, new = prev.fact_terms[fid], got.terms
            if old == new:
                continue
            old_set, new_set = set(old), set(new)
            for term in dict.fromkeys((*old, *new)):
                if (term in old_set) == (term in new_set):
                    continue
                if term not in touched:
                    touched.add(term)
                    postings[term] = list(postings.get(term, ()))
                fids = postings[term]
                if term in new_set:
                    bisect.insort(fids, fid, key=where)
                else:
                    del fids[bisect.bisect_left(fids, pos[fid], key=where)]
        for term in touched:
            if not postings[term]:
                del postings[term]
        return postings, touched

    def _edit_tables(self, base: FactBase, prev: Index, edited: list[tuple[str, Derived]],
                     postings: dict[str, list[str]], touched: set[str], fact_year: dict[str, int],
                     seen_raw: Iterable[str]) -> None:
        """The tables `_build_fact_terms` derives from the postings, from `prev`'s where the
        edited facts leave them as they were (see `_edit_postings`)."""
        n = max(1, len(base.facts))
        years_moved = bool(touched) and any(YEAR.match(t) for t in touched)
        years_moved = years_moved or any(fact_year[fid] != prev.base.year_of(prev.base.facts[fid]) for fid, _ in edited)
        if years_moved:
            self.year_facts = _year_facts(fact_year, postings)
        else:
            self.year_facts = prev.year_facts
        self.postings = postings
        idf = dict(prev.idf)
        for term in touched:
            p = postings.get(term)
            if p is None:
                idf.pop(term, None)
            else:
                idf[term] = math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5))
        self.idf = idf
        if any((t in postings) != (t in prev.postings) for t in touched):  # a term came or went
            by_len: dict[int, list[str]] = defaultdict(list)
            for term in sorted(postings):
                by_len[len(term)].append(term)
            self.vocab_by_len = dict(by_len)
        else:
            self.vocab_by_len = prev.vocab_by_len
        seen = set(seen_raw)
        if seen == prev.word_terms.keys():
            self.word_terms, self.words_by_len = prev.word_terms, prev.words_by_len
        else:
            self.word_terms = {w: stem(w) for w in seen_raw}
            raw_by_len: dict[int, list[str]] = defaultdict(list)
            for w in sorted(self.word_terms):
                raw_by_len[len(w)].append(w)
            self.words_by_len = dict(raw_by_len)

    def fact_words(self, fid: str) -> tuple[frozenset[str], str]:
        """The folded words of a fact's sentence and quote, as a set and as one padded string of its
        content words (to find a name written out in order), cached for the facts asked about most
        (bounded, so a large base does not keep them for every fact)."""
        words = self._fact_words.get(fid)
        if words is None:
            if len(self._fact_words) >= FACT_WORDS_CACHE:
                self._fact_words.clear()  # atomic, so queries in other threads never see it half-done
            fact = self.base.facts[fid]
            # the names of the entities the fact is linked to count as written in it: a statement
            # at "Dastgir meets Alibaba President Michael Evans" involves Alibaba even if it says "this"
            names = " | ".join(e.name for e in map(self.base.entities.get, fact.entity_ids()) if e)
            text = f"{fact.says} | {fact.source.quote} | {names}"
            text = normalise_quantities(text)
            words = self._fact_words[fid] = (frozenset(tokens(text)), f" {' '.join(content_words(text))} ")
        return words

    def typo_of(self, word: str) -> str | None:
        """The term of the base word that `word` (as typed, unstemmed) is a typo of, if one is close."""
        hit = self.typo_word(word)
        return self.word_terms[hit] if hit else None

    def typo_word(self, word: str) -> str | None:
        """The base word itself (unstemmed: "davos", whose term is "davo") that `word` is a typo of."""
        return _nearest(word, self._typo_choices(self.words_by_len, word),
                        lambda w: len(self.postings.get(self.word_terms[w], ())))

    def known_term(self, term: str) -> str | None:
        """The fact-base term a (stemmed) query term stands for, allowing a typo in long words."""
        return term if term in self.postings else _nearest(term, self._typo_choices(self.vocab_by_len, term),
                                                           lambda t: len(self.postings[t]))

    def _typo_choices(self, by_len: dict[int, list[str]], word: str) -> dict[int, list[str]]:
        """`by_len` itself, or for a word without digits the same lists without the entries of more
        than two digits: a digit can only be typed in, so none of them is within a typo's two edits
        of it — and a large base's vocabulary is mostly numbers ("1000000", "rs5000": 7,500 of the
        7,600 seven-letter terms at 100,000 facts), which the scan then skips. The same entries in
        the same order are left to score: the same word is found."""
        if not word.isalpha() and any(c.isdigit() for c in word):
            return by_len
        return self._lettered(by_len)

    def _lettered(self, by_len: dict[int, list[str]]) -> dict[int, list[str]]:
        # by the identity of the table (at most two), in the index's memo: they go when the index goes
        made: dict[int, tuple[dict[int, list[str]], dict[int, list[str]]]]
        made = self.memo.setdefault("bot.core.index.Index._lettered", {})  # type: ignore[assignment]
        got = made.get(id(by_len))
        if got is None or got[0] is not by_len:
            got = made[id(by_len)] = (by_len, {n: [w for w in words if w.isalpha() or _few_digits(w)]
                                               for n, words in by_len.items()})
        return got[1]

    def warm_typos(self) -> None:
        """Make the typo scans' tables (`_typo_choices`) before a question needs them: ~2.5 ms at
        100,000 facts, which the first question with an unknown word would otherwise add to its own;
        and the name lookups' (did-you-mean's type masks, ~2-7 ms each, and the name words by length,
        ~3 ms in all), which the first name not found would."""
        for types in (WHO_TYPES, POLICY_TYPES, ALL_TYPES):
            self._type_mask(types)
        for n in range(4, max(map(len, self.vocab), default=0) + 3):  # (a shorter word is never a typo)
            self._near_vocab(n)
        for by_len in (self.words_by_len, self.vocab_by_len):
            self._lettered(by_len)

    def warm_fact_words(self) -> None:
        """Read every fact's words (`fact_words`) before a question needs them, when the cache holds
        them all (a base of a few thousand facts): the first question about a fact would otherwise pay
        for reading it, ~0.2 ms a question at the start. A larger base reads them as they are asked."""
        if len(self.base.facts) <= FACT_WORDS_CACHE:
            for fid in self.base.facts:
                self.fact_words(fid)


def _few_digits(word: str) -> bool:
    return sum(c.isdigit() for c in word) <= 2 if not word.isdigit() else len(word) <= 2


def _nearest(word: str, by_len: dict[int, list[str]], used: Callable[[str], int]) -> str | None:
    """The closest entry of a length-bucketed vocabulary within the typo allowance for ordinary words:
    stricter than for names, since two edits turn ordinary words into other words ("governor" into
    "govern"), and a wrong word is worse than a refusal. Among entries equally near, one that keeps the
    typed first letter (a slip is rarely there: "pess" is "press", not "less"), then one that drops a
    letter typed twice, then the one the base uses most (`used`: its facts), then the first alphabetically."""
    edits = min(max_edits(word), 1 if len(word) < 10 else 2)
    if not edits:
        return None
    near = [w for n in range(len(word) - edits, len(word) + edits + 1) for w in by_len.get(n, ())]
    hits = process.extract(word, near, scorer=OSA.distance, score_cutoff=edits, limit=None)
    if not hits:
        return None
    best = min(score for _, score, _ in hits)
    tied = [w for w, score, _ in hits if score == best]
    if len(tied) == 1:
        return tied[0]
    # a letter typed twice is the likeliest slip of all ("aiimed" is "aimed", not "asim")
    undoubled = {word[:i] + word[i + 1:] for i in range(1, len(word)) if word[i] == word[i - 1]}
    return min(tied, key=lambda w: (w[:1] != word[:1], w not in undoubled, -used(w), w))


FACT_WORDS_CACHE = 4096
DYM_SCAN_MAX = 400  # names scored by did-you-mean at most


class _TrigramIndex:
    """Letter trigrams of names, to pick the few names worth a WRatio score on a large base."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        grams: dict[str, list[int]] = defaultdict(list)
        for i, name in enumerate(names):
            for gram in _grams(name):
                grams[gram].append(i)
        self.grams = {g: array("i", p) for g, p in grams.items()}  # 4 bytes a name, not a pointer and an int

    def candidates(self, query: str, limit: int) -> list[int]:
        """Names sharing the most trigrams with the query; very common trigrams count last."""
        counts: Counter[int] = Counter()
        for gram in sorted(_grams(query), key=lambda g: len(self.grams.get(g, ()))):
            posting = self.grams.get(gram, ())
            if len(posting) > 5 * limit and counts:
                break
            counts.update(posting)
        # `counts.most_common(limit)`, names only: a stable sort keeps the first counted first among
        # equal counts as it does, without a heap of (count, name) pairs (half the time at 100k)
        return sorted(counts, key=counts.__getitem__, reverse=True)[:limit]


def _grams(text: str) -> set[str]:
    padded = f" {text} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def _fact_text(base: FactBase, fact: Fact) -> str:
    """Words a question about this fact may use: its sentence, quote, entities and their keywords."""
    text = [fact.says, fact.source.quote]
    for eid in fact.entity_ids():
        ent = base.entities.get(eid)
        # a topic ("internet access") groups facts about different things: its words would make a
        # fact about internet users look like an answer about teledensity
        if ent and ent.type != "topic":
            text.extend(ent.names)
            text.extend(ent.keywords)
        elif ent and _names_in(ent.names, f"{fact.says} {fact.source.quote}"):
            # but a fact that names the topic itself ("small and medium enterprises") is asked by any
            # of its names ("SMEs", "small businesses")
            text.extend(ent.names)
    for mapping in (fact.role, fact.figure, fact.measure, fact.details):
        text.extend(str(v) for v in mapping.values() if isinstance(v, (str, int, float)))
    if fact.when and fact.when.the_year:
        text.append(str(fact.when.the_year))
    return " ".join(text)


def _names_in(names: tuple[str, ...], text: str) -> bool:
    """Whether the text holds one of the names of three words or more ("small and medium enterprises"),
    as whole words: a phrase that long names the one thing (a topic's one-word aliases, "teledensity"
    beside "mobile broadband", may name different things it groups)."""
    folded = f" {' '.join(tokens(text))} "
    return any(f" {' '.join(toks)} " in folded for name in names if len(toks := tokens(name)) >= 3)


def _own_text(base: FactBase, fact: Fact) -> str:
    """A fact's own words: its sentence, its quote, and the curated name of the measure or event it
    is filed under ("Alibaba's offer of technical training")."""
    label = base.entities.get(fact.about[0])
    own = label.name if label is not None and label.type in ("policy", "event") else ""
    # ("ISLAMABAD: …": the dateline says where the story was filed, not where what it reports happened)
    return f"{fact.says} {_DATELINE.sub('', fact.source.quote)} {own}"


_DATELINE = re.compile(r"^[A-Z][A-Z .-]{2,30}:\s+")


@dataclass(frozen=True, slots=True)
class Derived:
    """What the index keeps of one fact's text, a function of `_fact_text` and `_own_text` alone."""

    terms: tuple[str, ...]  # stems of every word a question may use
    text_terms: tuple[str, ...]  # stems of the fact's own words
    # its alphabetic words as written (for typos) and its own words as written, in order (for names
    # written out in it): only counted, so None where the memo's owner keeps them (`TermMemo.words`)
    alpha: tuple[str, ...] | None
    own: tuple[str, ...] | None

    def __post_init__(self) -> None:
        # a fact whose terms are all its own words (nearly half of them) holds one tuple, not two
        # equal ones: at 100,000 facts these tuples are the largest table of the index
        if self.text_terms is not self.terms and self.text_terms == self.terms:
            object.__setattr__(self, "text_terms", self.terms)


_WHOLE = Derived((), (), (), ())  # stands for an entry with its words, where a memo has none


KEY_BYTES = 16  # a fact's key in the term memo: a digest of its texts


class TermMemo:
    """Per-fact `Derived` by a digest of the fact's texts. Analysing a fact's text (number forms,
    folding, stemming) was four fifths of building the index, and an edit changes a few facts: the
    compiled store keeps these rows, and a reload passes the previous build's."""

    def __init__(self, entries: dict[bytes, Derived] | None = None) -> None:
        self.entries: dict[bytes, Derived] = entries or {}  # after a build: its facts' entries only
        self.fresh: dict[bytes, Derived] = {}  # analysed by builds since the owner last saved them
        # keys dropped by builds since the owner last saved (kept only when it asks: a set, not None),
        # so that it deletes them without reading every key it holds
        self.gone: set[bytes] | None = None
        # the last build's facts, entities and each fact's key (see Index._build_fact_terms)
        self.facts: Mapping[str, Fact] | None = None
        self.entities: Mapping[str, Entity] = {}
        self.keys: dict[str, bytes] = {}
        # how many of these facts use each stem outside any multi-word name, and each alphabetic word
        self.free_n: Counter[str] = Counter()
        self.seen_n: Counter[str] = Counter()
        self.counts_of: Mapping[str, Fact] | None = None
        # set by an owner that keeps each entry's words as written (`alpha`, `own`) itself (the store):
        # entries may then hold them as None — only a build whose counts change needs them, for the
        # facts that came and went — and this gives them back, by key (those it cannot are left out)
        self.words: Callable[[set[bytes]], dict[bytes, Derived]] | None = None
        # (`park`) the fact keys in the order of `facts`, and the index tables the entries are in
        self._parked: tuple[bytes, Mapping[str, tuple[str, ...]], Mapping[str, tuple[str, ...]]] | None = None

    def park(self, index: Index) -> bool:
        """Let go of the entries and keys while `index` (built from this memo, complete) holds the
        same terms: a process that serves between builds keeps one tuple pair per fact in the index
        instead of an entry and a key object per fact here too (at 100,000 facts ~20 MB). `unpark`
        makes them again (a tenth of a second) for the next build. Only a memo whose words as written
        its owner keeps (`words`), with nothing left to save, holding exactly the entries of its
        facts; False when it stays as it is."""
        facts = self.facts
        if (self._parked is not None or self.fresh or self.words is None or facts is None
                or index.base.facts is not facts or len(self.keys) != len(facts)):
            return False
        keys = self.keys
        if len(self.entries) != len(set(keys.values())) or any(k not in self.entries for k in keys.values()):
            return False
        blob = b"".join(keys[fid] for fid in facts)
        if len(blob) != KEY_BYTES * len(facts):
            return False
        self._parked = (blob, index.fact_terms, index.text_terms)
        self.entries, self.keys = {}, {}
        return True

    @property
    def parked(self) -> bool:
        return self._parked is not None

    def unpark(self) -> None:
        """The entries and keys `park` let go of, from the index tables it kept."""
        parked, self._parked = self._parked, None
        if parked is None or self.facts is None:
            return
        blob, fact_terms, text_terms = parked
        size = KEY_BYTES
        entries: dict[bytes, Derived] = {}
        keys: dict[str, bytes] = {}
        for i, fid in enumerate(self.facts):
            key = blob[i * size:(i + 1) * size]
            if key not in entries:
                entries[key] = Derived(fact_terms[fid], text_terms[fid], None, None)
            keys[fid] = key
        self.entries, self.keys = entries, keys


def _words_wanted(base: FactBase, memo: TermMemo, keys: list[bytes], last_facts: Mapping[str, Fact],
                  last_keys: Mapping[str, bytes], last_counts: bool) -> dict[bytes, Derived]:
    """The whole entries (words as written included) of the facts whose words this build counts —
    those that came, and those that went — where the memo holds them without (see `TermMemo.words`).
    An entry its owner cannot give back is analysed again from the fact's texts (the same result)."""
    if memo.words is None:
        return {}
    wanted: dict[bytes, tuple[Mapping[str, Entity], Fact]] = {}
    for fact, key in zip(base.facts.values(), keys, strict=True):
        if not last_counts or last_facts.get(fact.id) is not fact:
            wanted[key] = (base.entities, fact)
    if last_counts:
        for fid, old in last_facts.items():
            if base.facts.get(fid) is not old:
                wanted[last_keys[fid]] = (memo.entities, old)
    slim = {k for k in wanted if (memo.fresh.get(k) or memo.entries.get(k) or _WHOLE).own is None}
    found = memo.words(slim) if slim else {}
    for key in slim - found.keys():  # not in the store (removed meanwhile): the fact's texts again
        entities, fact = wanted[key]
        found[key] = _derive(*_derive_key(_EntitiesOf(entities), fact)[1])  # type: ignore[arg-type]
    return found


def _words_of(entry: Derived) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A whole entry's words as written (`alpha`, `own`); one without them here is a fault of
    `_words_wanted`, which must have read them back."""
    if entry.alpha is None or entry.own is None:
        raise LookupError("a fact's words as written were not read back for the word counts")
    return entry.alpha, entry.own


@dataclass(frozen=True)
class _EntitiesOf:
    """What `_derive_key` reads of a base: its entities."""

    entities: Mapping[str, Entity]


def _year_facts(fact_year: Mapping[str, int], postings: Mapping[str, Iterable[str]]) -> dict[int, frozenset[str]]:
    """Facts by year: the year they belong to, or a year written in them ("$1 billion in 2020")."""
    by_year: dict[int, set[str]] = defaultdict(set)
    for fid, year in fact_year.items():
        by_year[year].add(fid)
    for term, fids in postings.items():
        if YEAR.match(term):
            by_year[int(term)].update(fids)
    return {y: frozenset(f) for y, f in by_year.items()}


def _same_values(a: Mapping[str, object], b: Mapping[str, object]) -> bool:
    """Whether two mappings hold the very same objects in the same order (no comparison of their
    contents: what a reload did not re-read is the same object)."""
    return a is b or (len(a) == len(b) and all(x is y for x, y in zip(a.values(), b.values(), strict=True)))


def _derive_key(base: FactBase, fact: Fact) -> tuple[bytes, tuple[str, str]]:
    inputs = (_fact_text(base, fact), _own_text(base, fact))
    return hashlib.blake2b(f"{inputs[0]}\0{inputs[1]}".encode(), digest_size=KEY_BYTES).digest(), inputs


def _derive(text: str, own_text: str) -> Derived:
    raw = content_words(normalise_quantities(text))
    own = content_words(normalise_quantities(own_text))
    return Derived(terms=tuple(dict.fromkeys(sys.intern(stem(w)) for w in raw)),
                   text_terms=tuple(dict.fromkeys(sys.intern(stem(w)) for w in own)),
                   alpha=tuple(sys.intern(w) for w in dict.fromkeys(raw) if w.isalpha()),
                   own=tuple(map(sys.intern, own)))


class _NamesAt:
    """Multi-word names by first word, then length: the first-listed name written at a position is
    found with one set lookup per name length instead of a comparison per name."""

    def __init__(self, first_words: dict[str, list[tuple[str, ...]]]) -> None:
        self.by_first: dict[str, list[tuple[int, dict[tuple[str, ...], int]]]] = {}
        for first, names in first_words.items():
            by_len: dict[int, dict[tuple[str, ...], int]] = defaultdict(dict)
            for pos, name in enumerate(names):
                by_len[len(name)].setdefault(name, pos)
            self.by_first[first] = sorted(by_len.items())

    def outside(self, words: tuple[str, ...]) -> list[str]:
        """The words that are not part of a multi-word entity name written out in them; where
        several names start at a word, the first listed wins."""
        out, i = [], 0
        by_first = self.by_first
        while i < len(words):
            lens = by_first.get(words[i])
            if lens:
                best, skip = -1, 0
                for n, names in lens:
                    pos = names.get(words[i:i + n])
                    if pos is not None and (best < 0 or pos < best):
                        best, skip = pos, n
                if best >= 0:
                    i += skip
                    continue
            out.append(words[i])
            i += 1
        return out


def _capitalised(name: str) -> bool:
    """A proper name ("Federal Board of Revenue"), not a description ("visiting delegation")."""
    words = [w for w in name.split() if w.lower() not in STOPWORDS]
    return bool(words) and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _align(per_word: list[dict[str, float]], name_words: tuple[str, ...]) -> float:
    """Mean score of matching each query word to a distinct word of the name; 0 if one has no partner."""
    used: set[int] = set()
    total = 0.0
    for matches in per_word:
        best, best_i = 0.0, -1
        for i, w in enumerate(name_words):
            if i in used:
                continue
            score = matches.get(w, 0.0)
            if score > best:
                best, best_i = score, i
        if best_i < 0:
            return 0.0
        used.add(best_i)
        total += best
    return total / len(per_word)
