"""The name lookups' shortcuts (the `who` tail at 100k, issue 17): each finds exactly what the long
way finds, and the tables they keep per index describe that index's names, never a replaced one's."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bench.generator import generate
from bot.core import index
from bot.core.engine import Engine
from bot.core.index import ALL_TYPES, POLICY_TYPES, WHO_TYPES, Index, Match, Query, max_edits
from bot.core.model import FactBase

from .test_store import _edit

_WORD = st.text(alphabet="aeinrst", min_size=1, max_size=12)  # few letters: many words a typo apart


@settings(max_examples=300, deadline=None)
@given(vocab=st.lists(_WORD, max_size=80), word=_WORD)
def test_the_typo_scan_of_near_lengths_finds_what_the_whole_scan_finds(vocab: list[str], word: str) -> None:
    holder = Index.__new__(Index)  # the method needs only the vocabulary and its own table
    holder.vocab = sorted(set(vocab))
    holder._vocab_near = {}
    edits = max_edits(word)
    near = holder._near_vocab(len(word))
    assert holder._near_vocab(len(word)) is near  # made once per length

    def scan(choices: list[str]) -> list[tuple[str, float]]:  # (ties at the limit of 20 included)
        return [(t, d) for t, d, _ in process.extract(word, choices, scorer=OSA.distance, score_cutoff=edits,
                                                      limit=20)]

    assert scan(near) == scan(holder.vocab)


@settings(max_examples=300, deadline=None)
@given(names=st.lists(st.text(alphabet="abcde ", max_size=14), max_size=120), query=st.text(alphabet="abcde ", max_size=14),
       limit=st.integers(1, 30))
def test_trigram_candidates_are_most_common_in_its_order(names: list[str], query: str, limit: int) -> None:
    grams = index._TrigramIndex(names)
    counts: Counter[int] = Counter()  # the candidates as `Counter.most_common` ranked them
    for gram in sorted(index._grams(query), key=lambda g: len(grams.grams.get(g, ()))):
        posting = grams.grams.get(gram, ())
        if len(posting) > 5 * limit and counts:
            break
        counts.update(posting)
    assert grams.candidates(query, limit) == [i for i, _ in counts.most_common(limit)]


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """A generated base with more names than did-you-mean scores one by one (its trigram path)."""
    root = tmp_path_factory.mktemp("lookup") / "base"
    generate(2500, 11, root)
    engine = Engine.load(root)
    assert len(engine._state.index.display_names) > index.DYM_SCAN_MAX
    return engine


def _aligned(ix: Index, query: Query, types: frozenset[str]) -> list[Match]:
    """`match_entities` scoring every name by `_align`, as it did before a one-word query's
    alignment was found inline."""
    per_word = [ix.word_matches(w) for w in query.words]
    ids = set.intersection(*({e for tok in m for e in ix.token_entities[tok]} for m in per_word))
    out = []
    for eid in ids:
        ent = ix.base.entities[eid]
        if ent.type not in types:
            continue
        best, best_name = 0.0, ent.name
        for words, weight, name in ix.variants[eid]:
            score = index._align(per_word, words)
            if score:
                coverage = len(query.words) / max(len(words), len(query.words))
                score = score * weight * (0.75 + 0.25 * coverage)
                if score > best:
                    best, best_name = score, name
        if best:
            out.append(Match(ent, best, best_name))
    out.sort(key=lambda m: (-m.score, -ix.popularity.get(m.entity.id, 0), m.entity.name))
    return out


def test_a_one_word_query_scores_every_name_as_the_alignment_does(large: Engine) -> None:
    ix = large._state.index
    words = sorted({w for e in large.base.entities.values() for n in e.names for w in n.lower().split()})
    tried = 0
    for word in words[::7] + [w[:-1] + "x" for w in words[::29] if len(w) > 4]:  # names, prefixes, typos
        query = Query.parse(word)
        if len(query.words) != 1 or not all(ix.word_matches(w) for w in query.words):
            continue
        got = ix.match_entities(query, WHO_TYPES)
        assert got == _aligned(ix, query, WHO_TYPES), word
        tried += len(got) > 1
    assert tried > 20  # (many of them stand for several entities: the property is not vacuous)


def test_did_you_mean_reads_the_types_of_its_own_index(large: Engine) -> None:
    """The type mask is one of the name tables: an index over entities that changed makes its own."""
    old = large._state.index
    person = next(e for e in large.base.entities.values() if e.type == "person" and not e.unnamed)
    typo = person.name[:-1] + ("x" if person.name[-1] != "x" else "y")
    assert person in old.did_you_mean(typo, WHO_TYPES)  # (the mask for these types is made here)
    entities = dict(large.base.entities)
    entities[person.id] = dataclasses.replace(person, type="topic")
    base = FactBase(large.base.articles, entities, large.base.facts, large.base.by_entity,
                    large.base.conflicts, large.base.version + "-retyped")
    new = Index(base, previous=old)
    assert new._type_masks is not old._type_masks
    assert person.id not in {e.id for e in new.did_you_mean(typo, WHO_TYPES)}
    assert person.id in {e.id for e in new.did_you_mean(typo, frozenset({"topic"}))}
    assert person in old.did_you_mean(typo, WHO_TYPES)  # the replaced index is as it was


def test_the_warm_up_makes_the_name_tables_before_a_question_does(large: Engine) -> None:
    ix = Index(large.base)  # (a new index: the engine's own warm-up thread does not touch it)
    assert not ix._type_masks and not ix._vocab_near
    ix.warm_typos()
    assert set(ix._type_masks) == {WHO_TYPES, POLICY_TYPES, ALL_TYPES}
    assert {len(w) for w in ix.vocab if len(w) >= 4} <= set(ix._vocab_near)


def test_a_reload_that_adds_a_name_finds_it_with_a_typo(fact_tree: Path) -> None:
    engine = Engine.load(fact_tree)
    before = engine._state.index
    assert "qorvath" not in before.word_matches("qorvatx")  # (the near words of 7 letters are made here)
    _edit(fact_tree / "facts" / "people.yaml", "aliases: [Dong]", "aliases: [Dong, Qorvath Dong]")
    assert engine.reload(fact_tree).ok
    after = engine._state.index
    assert after._vocab_near is not before._vocab_near
    assert "qorvath" in after.word_matches("qorvatx")
    assert engine.who("Qorvatx Dong").title.startswith("James Dong")
