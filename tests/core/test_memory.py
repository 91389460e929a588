"""What the serving process holds in a compact form must be exactly what the plain form held."""

from __future__ import annotations

from pathlib import Path

from rapidfuzz import utils

from bot.core import store
from bot.core.question import _frequencies, zipf


def test_word_counts_are_the_spellcheckers_own() -> None:
    from spellchecker import SpellChecker

    counts, total = _frequencies()
    freq = SpellChecker(distance=1).word_frequency
    assert counts == dict(freq.dictionary) and total == float(freq.total_words)
    assert zipf("the") > zipf("salary") > 0 == zipf("qqzzxx")


def test_shared_tables_hold_what_a_plain_build_makes(fact_tree: Path) -> None:
    engine, _ = store.load_engine(fact_tree, fact_tree / "cache", wait=True)
    index, base = engine._state.index, engine.base
    for ent in base.entities.values():  # an entity's years: every year of its facts, and its own
        years = {base.year_of(base.facts[f]) for f in base.by_entity.get(ent.id, ())} | ({ent.year} if ent.year else set())
        assert index.entity_years[ent.id] == tuple(sorted(years))
    for fid, terms in index.fact_terms.items():  # one tuple where the fact's own words are all its terms
        own = index.text_terms[fid]
        assert (own is terms) == (own == terms)
    names, ids = index._choices(frozenset({"person"}))  # the trigram table's strings, as processed afresh
    assert names == [utils.default_process(n) for n, e in index.display_names if base.entities[e].type == "person"]
    assert ids == [e for _, e in index.display_names if base.entities[e].type == "person"]
