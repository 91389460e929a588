"""A start from the compiled store: it finds its base by one listing of the files' signatures, never
answers from a store whose files changed since, and imports nothing the first answer does not need —
while what it defers (PyYAML, the stemmer's pure-Python languages) still works where it is needed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core import index, store
from bot.core.engine import Engine, InvalidFactBase

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def tree(fact_tree: Path) -> Path:
    return fact_tree


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _reads(monkeypatch: pytest.MonkeyPatch, tree: Path) -> list[Path]:
    """The files under `tree` read from now on (the store reads its own code to key its rows)."""
    reads: list[Path] = []
    read_bytes = Path.read_bytes

    def counted(path: Path) -> bytes:
        if tree in path.parents:
            reads.append(path)
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", counted)
    return reads


def test_a_start_after_a_build_finds_the_base_by_its_listing_reading_no_file(
        tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "RACY_NS", 0)  # every file settled at once (normally after 2 s)
    store.load_engine(tree, tree / "cache", wait=True)
    key, _ = store.Store(tree / "cache").scan(tree)
    reads = _reads(monkeypatch, tree)
    assert store.Store(tree / "cache").quick_key(tree) == key and reads == []
    engine, hit = store.load_engine(tree, tree / "cache")
    assert hit and engine.who("James Dong").status == "answer" and reads == []


@pytest.mark.parametrize("change", ["same size and times", "touched", "added", "removed"])
def test_a_file_changed_after_the_build_is_never_answered_from_the_store(
        tree: Path, monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    monkeypatch.setattr(store, "RACY_NS", 0)
    store.load_engine(tree, tree / "cache", wait=True)
    people = tree / "facts" / "people.yaml"
    article = next(iter(sorted((tree / "corpus").glob("*.md"))))
    if change == "same size and times":  # the name itself, to a word of the same length
        before = people.stat()
        _edit(people, "name: James Dong", "name: James Dung")
        os.utime(people, ns=(before.st_atime_ns, before.st_mtime_ns))
    elif change == "touched":  # the same bytes: the store's base is the right one, found by reading
        os.utime(people, ns=(people.stat().st_atime_ns, people.stat().st_mtime_ns + 10**9))
    elif change == "added":
        (tree / "corpus" / f"zz-copy-{article.stem}.md").write_text(
            article.read_text(encoding="utf-8").replace("\nid: ", "\nid: zz-copy-", 1), encoding="utf-8")
    else:  # out of the listing: the facts citing it no longer validate, and the start must say so
        article.rename(tree / "corpus" / ".hidden.md")
    assert store.Store(tree / "cache").quick_key(tree) is None
    if change == "removed":
        with pytest.raises(InvalidFactBase):
            Engine.load(tree)
        with pytest.raises(InvalidFactBase):
            store.load_engine(tree, tree / "cache")
        return
    full = Engine.load(tree)
    engine, hit = store.load_engine(tree, tree / "cache")
    assert hit == (change == "touched")
    for name in ("James Dong", "James Dung"):
        assert engine.who(name).to_json() == full.who(name).to_json()
    assert engine.base.facts == full.base.facts and engine.base.articles == full.base.articles
    if change == "touched":  # the files read again and found unchanged: the next start needs no reads
        engine.base  # noqa: B018 - the background read records the signatures
        assert store.Store(tree / "cache").quick_key(tree) is not None


def test_files_that_had_not_settled_are_read_again_before_their_listing_is_recorded(
        tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "RACY_NS", 10**15)  # no file has settled when the build scans
    settle = store.Store._settle
    people = tree / "facts" / "people.yaml"

    def later(self: store.Store, edit: bool) -> None:  # the build's end: the files have settled
        monkeypatch.setattr(store, "RACY_NS", 0)
        if edit:  # ... but one changed after the scan, keeping its size and times
            before = people.stat()
            _edit(people, "name: James Dong", "name: James Dung")
            os.utime(people, ns=(before.st_atime_ns, before.st_mtime_ns))
        settle(self)

    monkeypatch.setattr(store.Store, "_settle", lambda self: later(self, False))
    store.load_engine(tree, tree / "cache", wait=True)
    assert store.Store(tree / "cache").quick_key(tree) is not None  # all read again, unchanged: recorded

    monkeypatch.setattr(store, "RACY_NS", 10**15)
    monkeypatch.setattr(store.Store, "_settle", lambda self: later(self, True))
    _edit(tree / "facts" / "people.yaml", "aliases: [Dong]", "aliases: [Dong, Jim Dong]")
    store.load_engine(tree, tree / "cache", wait=True)
    assert store.Store(tree / "cache").quick_key(tree) is None  # the changed file is not vouched for
    monkeypatch.undo()
    engine, _ = store.load_engine(tree, tree / "cache")
    assert engine.who("James Dung").to_json() == Engine.load(tree).who("James Dung").to_json()


def test_a_start_from_the_store_imports_no_yaml_parser_and_a_build_still_parses(tree: Path) -> None:
    store.load_engine(tree, tree / "cache", wait=True)
    code = ("import sys; from pathlib import Path; from bot.core.store import load_engine; "
            f"e, hit = load_engine(Path({str(tree)!r}), Path({str(tree / 'cache')!r})); "
            "a = e.who('James Dong'); "
            "print(hit, a.status, 'yaml' in sys.modules, 'snowballstemmer.serbian_stemmer' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    hit, status, yaml_loaded, languages = out.stdout.split()
    # (with PyStemmer, a dependency, snowballstemmer imports none of its 36 pure-Python languages)
    assert (hit, status, yaml_loaded, languages) == ("True", "answer", "False", "False")
    _edit(tree / "facts" / "people.yaml", "aliases: [Dong]", "aliases: [Dong, Jim Dong]")
    engine, rebuilt = store.load_engine(tree, tree / "cache", wait=True)  # parses the edited file
    assert not rebuilt and "Jim Dong" in engine.base.entities["james-dong"].aliases


def test_the_stemmer_in_use_stems_every_word_of_the_base_as_the_pure_python_one_does() -> None:
    import re

    from snowballstemmer.english_stemmer import EnglishStemmer

    from bot.core import text

    words: set[str] = set()
    for path in [*sorted((REPO / "corpus").glob("*.md")), *sorted((REPO / "facts").glob("*.yaml"))]:
        words |= set(re.findall(r"\w+", path.read_text(encoding="utf-8").lower()))
    plain = EnglishStemmer()
    assert len(words) > 1000
    assert {w: text._STEMMER.stemWord(w) for w in words} == {w: plain.stemWord(w) for w in words}


_WORD = st.text(alphabet="abcdeilnorst0123456789", min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(vocab=st.lists(_WORD, max_size=60), word=_WORD)
def test_a_typo_scan_without_the_numbers_finds_the_word_the_whole_scan_finds(vocab: list[str], word: str) -> None:
    by_len: dict[int, list[str]] = {}
    for w in sorted(set(vocab)):
        by_len.setdefault(len(w), []).append(w)
    holder = index.Index.__new__(index.Index)  # no base needed: the method's tables go in its memo
    holder.memo = {}
    choices = holder._typo_choices(by_len, word)
    used = {w: len(w) % 3 for w in vocab}.__getitem__  # any count: the two scans break ties alike
    assert index._nearest(word, choices, used) == index._nearest(word, by_len, used)
    if word.isalpha() and any(w.isdigit() and len(w) > 2 for w in vocab):
        assert choices is not by_len  # (the numbers were left out: the property is not vacuous)
