"""Autocomplete on a real generated base: prefixes, word starts, typos in the prefix, bounded work."""

from __future__ import annotations

import random

import pytest

from bench import queries as Q
from bench.generator import generate
from bot.core.engine import Engine
from bot.core.suggest import LIMIT, SCAN_MAX, suggester


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("suggest") / "base"
    generate(2000, 17, root)
    return Engine.load(root)


def _named(engine: Engine) -> list:
    return sorted((e for e in engine.base.entities.values()
                   if e.type in ("person", "organisation", "body") and not e.unnamed), key=lambda e: e.id)


def test_a_typed_prefix_offers_the_entity(synthetic: Engine) -> None:
    for ent in _named(synthetic)[:200]:
        typed = ent.name[: max(3, len(ent.name) - 2)]
        assert ent.id in [s.value for s in synthetic.suggest("who", typed)], typed


def test_a_typo_in_the_prefix_still_finds_the_entity(synthetic: Engine) -> None:
    rng = random.Random(3)
    firsts = found = total = 0
    for ent in rng.sample(_named(synthetic), 150):
        typed = Q._typo_name(ent.name[: max(3, len(ent.name) - 2)], rng)
        if typed is None:
            continue
        ids = [s.value for s in synthetic.suggest("who", typed)]
        total += 1
        found += ent.id in ids
        firsts += bool(ids) and ids[0] == ent.id
    assert total > 50
    assert found / total >= 0.95 and firsts / total >= 0.8


def test_a_later_word_and_words_out_of_order_match(engine: Engine) -> None:
    assert "james-dong" in [s.value for s in engine.suggest("who", "dong")]
    assert "james-dong" in [s.value for s in engine.suggest("who", "dong jam")]


def test_stop_words_count_inside_names(engine: Engine) -> None:
    names = [s.name for s in engine.suggest("who", "Federal Board of Rev")]
    assert names and names[0] == "Federal Board of Revenue"


def test_whole_name_starts_rank_before_later_words(engine: Engine) -> None:
    out = engine.suggest("who", "jam")
    assert out[0].value == "james-dong"


def test_a_common_word_collects_a_bounded_number_of_names(synthetic: Engine) -> None:
    s = suggester(synthetic.base)
    from bot.core.index import ALL_TYPES

    for word in ("a", "kh", "mu", "sa"):
        lo, hi = s.span(word)
        found = s.by_prefix(word, ALL_TYPES, LIMIT)
        assert len(found) <= LIMIT * 4 and len(found) <= min(hi - lo, SCAN_MAX)


def test_nothing_like_the_text_gives_nothing(engine: Engine) -> None:
    assert engine.suggest("who", "zzzzqqqq") == []
    assert engine.suggest("who", "x" * 300) == []
