"""The start-up cache: used only when the files are unchanged, never trusted when broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core import cache
from bot.core.engine import InvalidFactBase


@pytest.fixture
def tree(fact_tree: Path) -> Path:
    return fact_tree


def test_second_start_comes_from_the_cache_and_answers_the_same(tree: Path) -> None:
    first, hit1 = cache.load_engine(tree, tree / "cache")
    second, hit2 = cache.load_engine(tree, tree / "cache")
    assert (hit1, hit2) == (False, True)
    assert second.base.version == first.base.version
    assert second.who("James Dong").to_json() == first.who("James Dong").to_json()
    assert second.ask("what tax did the budget put on foreign platforms?").to_json() == \
        first.ask("what tax did the budget put on foreign platforms?").to_json()


def test_an_edited_fact_file_is_not_served_from_the_cache(tree: Path) -> None:
    cache.load_engine(tree, tree / "cache")
    path = tree / "facts" / "people.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    _, hit = cache.load_engine(tree, tree / "cache")
    assert hit is False


def test_a_corrupt_cache_falls_back_to_the_yaml(tree: Path) -> None:
    cache.load_engine(tree, tree / "cache")
    for path in (tree / "cache").iterdir():
        path.write_bytes(b"not a pickle")
    engine, hit = cache.load_engine(tree, tree / "cache")
    assert hit is False and engine.who("James Dong").status == "answer"


def test_an_invalid_base_is_refused_even_with_an_old_cache(tree: Path) -> None:
    cache.load_engine(tree, tree / "cache")
    (tree / "facts" / "broken.yaml").write_text("facts: [", encoding="utf-8")
    with pytest.raises(InvalidFactBase) as info:
        cache.load_engine(tree, tree / "cache")
    assert "facts/broken.yaml:" in str(info.value) and "invalid YAML" in str(info.value)
