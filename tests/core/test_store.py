"""The compiled fact store: opened when the files are unchanged, incremental when one changed, never
trusted when broken — and always giving exactly the answers a full build from YAML gives."""

from __future__ import annotations

import io
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bot.cli.batch import run_batch
from bot.core import store
from bot.core.engine import Engine, InvalidFactBase
from bot.core.validate import build

EVAL = Path(__file__).parent / "eval_questions.jsonl"


@pytest.fixture
def tree(fact_tree: Path) -> Path:
    return fact_tree


def _batch(engine: Engine) -> str:
    out = io.StringIO()
    run_batch(engine, EVAL.read_text(encoding="utf-8").splitlines(), out)
    return out.getvalue()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_second_start_opens_the_store_and_answers_the_same(tree: Path) -> None:
    first, hit1 = store.load_engine(tree, tree / "cache")
    second, hit2 = store.load_engine(tree, tree / "cache", wait=True)
    assert (hit1, hit2) == (False, True)
    assert second.base == first.base and list(second.base.facts) == list(first.base.facts)
    assert second.who("James Dong").to_json() == first.who("James Dong").to_json()
    assert _batch(second) == _batch(Engine.load(tree))


def test_a_store_built_after_a_one_file_edit_answers_exactly_like_a_full_rebuild(tree: Path) -> None:
    store.load_engine(tree, tree / "cache", wait=True)
    people = tree / "facts" / "people.yaml"
    _edit(people, "aliases: [Dong]", "aliases: [Dong, Jim Dong]")
    _edit(people, "says: PhoneWorld describes James Dong as the President",
          "says: According to PhoneWorld, James Dong is the President")
    incremental, hit = store.load_engine(tree, tree / "cache", wait=True)
    assert hit is False
    s = store.Store(tree / "cache")
    _, report = s.build(tree)  # the same files again: nothing is parsed
    assert report.ok and s.last["parsed"] == 0
    full = Engine.load(tree)
    assert incremental.base == full.base and list(incremental.base.entities) == list(full.base.entities)
    assert _batch(incremental) == _batch(full)
    assert incremental.who("Jim Dong").to_json() == full.who("Jim Dong").to_json()
    reopened, hit = store.load_engine(tree, tree / "cache", wait=True)
    assert hit is True and _batch(reopened) == _batch(full)


def test_reload_parses_only_the_edited_file_and_swaps(tree: Path) -> None:
    engine, _ = store.load_engine(tree, tree / "cache", wait=True)
    version = engine.base.version
    _edit(tree / "facts" / "people.yaml", "aliases: [Dong]", "aliases: [Dong, Jim Dong]")
    report = engine.reload(tree)
    assert report.ok and engine.base.version != version
    last = engine._store.last
    assert last["parsed"] == 1 and last["files"] > 10 and last["from_memory"] == last["files"] - 1
    assert engine.who("Jim Dong").status == "answer"


def test_a_broken_edit_gives_the_same_messages_as_a_full_build_and_keeps_the_base(tree: Path) -> None:
    engine, _ = store.load_engine(tree, tree / "cache", wait=True)
    people = tree / "facts" / "people.yaml"
    _edit(people, "type: person", "type: persn")
    _edit(people, "about: [james-dong, alibaba-group]", "about: [james-dong, no-such-entity]")
    expected = build(tree)[1]
    for _ in range(2):  # the second time the broken file's problems come from the store
        report = engine.reload(tree)
        assert [str(p) for p in report.errors] == [str(p) for p in expected.errors]
        assert [str(p) for p in report.warnings] == [str(p) for p in expected.warnings]
        assert not report.ok and engine.who("James Dong").status == "answer"
    assert engine._store.last["parsed"] == 0


def test_a_corrupt_store_falls_back_to_the_yaml(tree: Path) -> None:
    store.load_engine(tree, tree / "cache", wait=True)
    for path in (tree / "cache").iterdir():
        path.write_bytes(b"not a database")
    engine, hit = store.load_engine(tree, tree / "cache", wait=True)
    assert hit is False and engine.who("James Dong").status == "answer"
    assert store.load_engine(tree, tree / "cache")[1] is True  # and the damaged store was replaced


def test_a_store_from_other_code_is_rebuilt(tree: Path) -> None:
    import sqlite3

    store.load_engine(tree, tree / "cache", wait=True)
    con = sqlite3.connect(tree / "cache" / store.FILE_NAME)
    con.execute("UPDATE meta SET value = 'older code' WHERE key = 'code'")
    con.execute("DROP TABLE facts")
    con.execute("CREATE TABLE facts (hash TEXT, seq INTEGER, other TEXT)")  # an older layout
    con.commit()
    con.close()
    engine, hit = store.load_engine(tree, tree / "cache", wait=True)
    assert hit is False and engine.who("James Dong").status == "answer"
    assert store.load_engine(tree, tree / "cache")[1] is True
    with closing(sqlite3.connect(tree / "cache" / store.FILE_NAME)) as con:  # the index's rows are kept again
        assert con.execute("SELECT count(*) FROM terms").fetchone()[0] == len(engine.base.facts)


def test_a_store_damaged_while_serving_does_not_stop_a_reload(tree: Path) -> None:
    engine, _ = store.load_engine(tree, tree / "cache", wait=True)
    db = tree / "cache" / store.FILE_NAME
    db.write_bytes(b"not a database")
    _edit(tree / "facts" / "people.yaml", "aliases: [Dong]", "aliases: [Dong, Jim Dong]")
    report = engine.reload(tree)
    assert report.ok and engine.who("Jim Dong").status == "answer"


def test_an_invalid_base_is_refused_even_with_a_store(tree: Path) -> None:
    store.load_engine(tree, tree / "cache", wait=True)
    (tree / "facts" / "broken.yaml").write_text("facts: [", encoding="utf-8")
    with pytest.raises(InvalidFactBase) as info:
        store.load_engine(tree, tree / "cache")
    assert "facts/broken.yaml:" in str(info.value) and "invalid YAML" in str(info.value)


def test_names_are_indexed_in_the_store(tree: Path) -> None:
    store.load_engine(tree, tree / "cache", wait=True)
    assert store.Store(tree / "cache").entities_named("James Dong") == ["james-dong"]
    assert store.Store(tree / "cache").entities_named("dong") == ["james-dong"]


def test_values_of_every_yaml_type_survive_the_store(tree: Path) -> None:
    _edit(tree / "facts" / "people.yaml", "role: {title: President of International Markets, org: alibaba-group}",
          "role: {title: President of International Markets, org: alibaba-group, since: 2025-07-10, "
          "n: 3, share: 0.5, flag: true, none: null}\n    details: {2017: [a, {b: 2017-03-04}], note: x}")
    store.load_engine(tree, tree / "cache", wait=True)
    engine, hit = store.load_engine(tree, tree / "cache", wait=True)
    fact = engine.base.facts["james-dong-role-2025-arab-news"]
    built = build(tree)[0]
    assert hit and built is not None and fact == built.facts["james-dong-role-2025-arab-news"]
    assert type(fact.role["n"]) is int and type(fact.role["share"]) is float and 2017 in fact.details


def test_an_engine_from_the_store_autocompletes_at_once_and_answers_once_indexed(tree: Path) -> None:
    base, _ = build(tree)
    assert base is not None
    engine = Engine.from_state(base)
    assert engine.base is base and engine.suggest("who", "jam")[0].value == "james-dong"
    assert engine.who("James Dong").status == "answer"  # waits for the background index
    assert engine.wait_ready(0)


def test_an_index_that_cannot_be_built_fails_questions_loudly(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.core import engine as engine_module

    def broken(self: object, base: object) -> object:
        raise MemoryError("no room")

    monkeypatch.setattr(engine_module.Engine, "_build_index", broken)
    base, _ = build(tree)
    assert base is not None
    engine = Engine.from_state(base)
    assert engine.wait_ready(10) is False
    with pytest.raises(RuntimeError, match="index could not be built"):
        engine.who("James Dong")


def test_a_build_spread_over_worker_processes_answers_exactly_like_one_process(
        tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.core import parallel

    monkeypatch.setenv(parallel.WORKERS_ENV, "2")
    monkeypatch.setattr(store, "PARALLEL_MIN_BYTES", 0)  # the real base is small: make it take that path
    used: list[int] = []

    def counted(fn, jobs, pool=None):  # the real pool, counting its results
        results = parallel.pool_map(fn, jobs, pool)
        assert results is not None
        for result in results:
            used.extend(1 for _ in result)  # one result per file of the job
            yield result

    monkeypatch.setattr(store, "pool_map", counted)
    s = store.Store(tree / "cache")
    base, report = s.build(tree)
    assert report.ok and base is not None and s.last["parsed"] > 0
    files = len([p for p in (tree / "facts").glob("*.yaml") if p.name != "coverage.yaml"])
    files += len(list((tree / "corpus").glob("*.md")))
    assert len(used) == files  # every fact file and article parsed by a worker
    assert report.checked is not None and s._mentions is not None
    assert not s._mentions._found  # the mentions the workers found are in the store, not kept here
    from bot.core.coverage import know_mentions

    know_mentions({})  # the check finds every article's mentions itself
    one_report = build(tree)[1]
    assert one_report.checked is not None and report.checked.coverage == one_report.checked.coverage
    assert report.gaps == one_report.gaps
    one = Engine.load(tree)
    assert base == one.base and list(base.facts) == list(one.base.facts)
    assert _batch(Engine.from_state(base)) == _batch(one)
    reopened, hit = store.load_engine(tree, tree / "cache", wait=True)  # the rows the workers wrote
    assert hit and _batch(reopened) == _batch(one)


def test_facts_analysed_by_the_workers_give_the_index_one_process_makes(
        tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.core import analysis, parallel
    from bot.core.index import FACT_TABLES

    monkeypatch.setenv(parallel.WORKERS_ENV, "2")
    monkeypatch.setattr(store, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(analysis, "BATCH", 7)  # several batches, the last one short
    taken: list[int] = []
    take = analysis.TermsAhead.take

    def counted(self, memo, facts, entities):
        taken.append(take(self, memo, facts, entities))
        assert memo.keys and memo.facts is facts  # each fact's key given: the texts are not digested again
        return taken[-1]

    monkeypatch.setattr(analysis.TermsAhead, "take", counted)
    engine, hit = store.load_engine(tree, tree / "cache", wait=True)
    one = Engine.load(tree)  # analysed in this process
    assert not hit and taken == [len(one.base.facts)]  # every fact was analysed by a worker
    workers, here = engine._state.index, one._state.index
    for table in sorted(FACT_TABLES | {"name_only"}):
        assert getattr(workers, table) == getattr(here, table), table
    assert engine._terms is not None and one._terms is not None
    assert engine._store._words(set(one._terms.entries)) == one._terms.entries  # stored whole
    assert engine._terms.free_n == one._terms.free_n and engine._terms.seen_n == one._terms.seen_n
    assert _batch(engine) == _batch(one)
    reopened, hit = store.load_engine(tree, tree / "cache", wait=True)  # the terms the workers made, stored
    assert hit and reopened._terms is not None and reopened._terms.parked  # held by the index meanwhile
    reopened._terms.unpark()
    assert {k: (d.terms, d.text_terms) for k, d in
                                                    reopened._terms.entries.items()} == {
        k: (d.terms, d.text_terms) for k, d in one._terms.entries.items()}


def test_a_build_that_fails_drops_the_analysis_under_way(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.core import analysis, parallel

    monkeypatch.setenv(parallel.WORKERS_ENV, "2")
    monkeypatch.setattr(store, "PARALLEL_MIN_BYTES", 0)
    cancelled: list[bool] = []
    cancel = analysis.TermsAhead.cancel

    def counted(self):
        cancelled.append(True)
        cancel(self)

    monkeypatch.setattr(analysis.TermsAhead, "cancel", counted)
    _edit(tree / "facts" / "people.yaml", "about: [james-dong", "about: [no-such-entity")  # parses; fails a check
    s = store.Store(tree / "cache")
    base, report = s.build(tree, terms_ahead=True)
    assert base is None and not report.ok and cancelled == [True] and s._ahead is None


@pytest.mark.parametrize("rows", ["kept", "lost"])
def test_words_counted_by_a_reload_are_read_back_from_the_store(tree: Path, rows: str) -> None:
    """The term memo keeps each fact's words as written in the store only; a reload that removes and
    edits facts reads back those of the facts that went (or, when the rows are gone, analyses the
    facts' texts again) and counts exactly what a fresh build counts."""
    engine, _ = store.load_engine(tree, tree / "cache", wait=True)
    memo = engine._terms
    assert memo is not None and memo.parked and not memo.entries  # the index holds the terms meanwhile
    memo.unpark()
    assert memo.words is not None and memo.entries
    assert all(d.alpha is None and d.own is None for d in memo.entries.values())  # not held in memory
    assert memo.park(engine._state.index)  # the reload below starts from a parked memo, as a bot's does
    if rows == "lost":
        with closing(sqlite3.connect(tree / "cache" / store.FILE_NAME)) as con:
            con.execute("DELETE FROM terms")
            con.commit()
    _edit(tree / "facts" / "statements.yaml", "says: Ishaq Dar said e-commerce in Pakistan was a growing business",
          "says: Ishaq Dar said that e-commerce in Pakistan was a growing trade")
    figures = tree / "facts" / "figures.yaml"
    text = figures.read_text(encoding="utf-8")
    head, _, rest = text.partition("\n  - id: ")
    figures.write_text(head + "\n  - id: " + rest.partition("\n  - id: ")[2], encoding="utf-8")  # the first fact goes
    assert engine.reload(tree).ok
    rebuilt = Engine.load(tree)
    assert engine._terms is not None and rebuilt._terms is not None
    assert engine._terms.free_n == rebuilt._terms.free_n and engine._terms.seen_n == rebuilt._terms.seen_n
    assert engine._state.index.name_only == rebuilt._state.index.name_only
    assert engine._state.index.word_terms == rebuilt._state.index.word_terms
    assert _batch(engine) == _batch(rebuilt)


def test_a_build_keeps_no_article_mentions_once_it_has_stored_them(tree: Path) -> None:
    from bot.core import coverage

    coverage._keyed_mentions.cache_clear()
    s = store.Store(tree / "cache")
    _, report = s.build(tree)  # in this process: every article's mentions found here
    assert report.ok and s._mentions is not None and not s._mentions._found
    assert coverage._keyed_mentions.cache_info().currsize == 0  # nor in the per-process cache
    coverage.know_mentions({})
    alone = build(tree)[1]  # the check without the store, finding every article's mentions itself
    assert report.checked is not None and alone.checked is not None
    assert report.checked.coverage == alone.checked.coverage and report.gaps == alone.gaps
    again = store.Store(tree / "cache")
    _edit(tree / "facts" / "people.yaml", "aliases: [Dong]", "aliases: [Dong, Jim Dong]")
    _, edited = again.build(tree)  # a new process: the mentions are read from the store
    assert edited.ok and again._mentions is not None and not again._mentions._found
    assert edited.checked is not None and edited.checked.coverage == report.checked.coverage


def test_a_reload_after_an_edit_answers_exactly_like_a_fresh_start(tree: Path) -> None:
    engine, _ = store.load_engine(tree, tree / "cache", wait=True)
    first = engine._state.index
    _edit(tree / "facts" / "statements.yaml", "says: Ishaq Dar said e-commerce in Pakistan was a growing business",
          "says: Ishaq Dar said that e-commerce in Pakistan was a growing business")  # a file of facts only
    _edit(tree / "facts" / "figures.yaml", "had been doubling in size every year.",
          "had been doubling in zephyrlike amounts by Friday 2031.")  # new words, one other facts have
    _edit(tree / "facts" / "figures.yaml", "about: [e-commerce, pakistan, ishaq-dar]",
          "about: [e-commerce, pakistan, ishaq-dar, alibaba-group]")  # a fact joins an entity
    assert engine.reload(tree).ok
    second = engine._state.index
    assert second.exact is first.exact  # the same entities: their lookups are shared, not rebuilt
    assert second.postings["2031"] and second.postings["alibaba"] is first.postings["alibaba"]  # edited, not rebuilt
    rebuilt = Engine.load(tree)
    assert _batch(engine) == _batch(rebuilt)
    assert list(engine.base.by_entity.items()) == list(rebuilt.base.by_entity.items())
    assert engine.base.by_entity["alibaba-group"] is not first.base.by_entity["alibaba-group"]
    assert engine.base.by_entity["jack-ma"] is first.base.by_entity["jack-ma"]  # kept, not rebuilt
    for table in ("fact_terms", "text_terms", "postings", "idf", "year_facts", "vocab_by_len", "words_by_len"):
        assert getattr(second, table) == getattr(rebuilt._state.index, table), table
    # the word counts were updated, not recounted: the same sets as counting every fact afresh
    assert second.name_only == rebuilt._state.index.name_only
    assert second.word_terms == rebuilt._state.index.word_terms
    assert engine._terms is not None and rebuilt._terms is not None
    assert engine._terms.free_n == rebuilt._terms.free_n and engine._terms.seen_n == rebuilt._terms.seen_n
    _edit(tree / "facts" / "figures.yaml", "in zephyrlike amounts by Friday 2031.", "in size every year.")  # words go
    assert engine.reload(tree).ok
    assert "2031" not in engine._state.index.postings and engine._state.index.postings["friday"]
    rebuilt = Engine.load(tree)
    for table in ("fact_terms", "text_terms", "postings", "idf", "year_facts", "vocab_by_len", "words_by_len"):
        assert getattr(engine._state.index, table) == getattr(rebuilt._state.index, table), table
    second = engine._state.index
    _edit(tree / "facts" / "people.yaml", "aliases: [Dong]", "aliases: [Dong, Jim Dong]")
    assert engine.reload(tree).ok
    assert engine._state.index.exact is not second.exact
    fresh = Engine.load(tree)
    assert _batch(engine) == _batch(fresh)
    assert engine.who("Jim Dong").to_json() == fresh.who("Jim Dong").to_json()


def test_a_start_from_an_unchanged_store_analyses_no_fact_text(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.core import index

    first, _ = store.load_engine(tree, tree / "cache", wait=True)

    def refuse(*args: object) -> object:
        raise AssertionError("a fact's text was rebuilt")

    monkeypatch.setattr(index, "_derive_key", refuse)
    monkeypatch.setattr(index, "_derive", refuse)
    monkeypatch.setattr(index._NamesAt, "outside", refuse)  # the base's word sets come from the store too
    second, hit = store.load_engine(tree, tree / "cache", wait=True)
    assert hit and second.wait_ready(0)
    assert _batch(second) == _batch(first)


def test_the_first_check_of_a_process_reads_the_articles_mentions_from_the_store(
        tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.core import coverage

    store.Store(tree / "cache").build(tree)
    _edit(tree / "facts" / "statements.yaml", "says: Ishaq Dar said e-commerce in Pakistan was a growing business",
          "says: Ishaq Dar said that e-commerce in Pakistan was a growing business")
    _, expected = build(tree)
    coverage._keyed_mentions.cache_clear()
    coverage.know_mentions({})

    def refuse(body: str) -> object:
        raise AssertionError("an article was scanned again")

    monkeypatch.setattr(coverage, "mentions", refuse)
    base, report = store.Store(tree / "cache").build(tree)  # a new process's store
    assert base is not None and report.gaps == expected.gaps and report.mentions == expected.mentions > 0


_EXTRA = """facts:
  - id: dar-growing-business-again
    kind: statement
    about: [ishaq-dar]
    says: Ishaq Dar called e-commerce in Pakistan a growing business.
    source:
      article: 2017-03-04-the-nation-alibaba-delegation-calls-on-dar
      quote: "The minister said that in Pakistan e-commerce was a growing business"
    conflicts_with: [pakistani-products-300000-phoneworld]
"""
_DAR = "2017-03-04-the-nation-alibaba-delegation-calls-on-dar"
# edits whose effects a reload must find although the facts they break are in files it did not read
_CROSS_FILE_EDITS = {
    "a sentence": ("facts/statements.yaml", "says: Ishaq Dar said e-commerce in Pakistan was a growing business",
                   "says: Ishaq Dar said that e-commerce in Pakistan was a growing business"),
    "a quote no longer in its article": ("facts/statements.yaml", 'quote: "The minister said that in Pakistan',
                                         'quote: "The minister said that in Pakistan today'),
    "an article losing a quoted sentence": (f"corpus/{_DAR}.md", "called on Finance Minister Senator Ishaq Dar here",
                                            "met Finance Minister Senator Ishaq Dar here"),
    "an article's new mention": (f"corpus/{_DAR}.md", "\nAlibaba Group is China",
                                 "\nJack Ma wrote to the delegation.\n\nAlibaba Group is China"),
    "a fact another file conflicts with": ("facts/figures.yaml", "id: pakistani-products-300000-phoneworld",
                                           "id: pakistani-products-300000-phoneworld-renamed"),
    "an alias": ("facts/people.yaml", "aliases: [Dong]", "aliases: [Dong, Jack Ma]"),
    "the ignore list": ("facts/coverage.yaml", "text: Friday", "text: Taobao"),
}


@pytest.mark.parametrize("edit", sorted(_CROSS_FILE_EDITS))
def test_a_reload_checks_across_files_exactly_like_a_full_build(tree: Path, edit: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.core import coverage

    (tree / "facts" / "extra.yaml").write_text(_EXTRA, encoding="utf-8")
    (tree / "facts" / "coverage.yaml").write_text(
        f"ignore:\n  - {{article: {_DAR}, text: Friday, reason: a weekday}}\n", encoding="utf-8")
    store.load_engine(tree, tree / "cache", wait=True)
    engine, hit = store.load_engine(tree, tree / "cache", wait=True)  # the checks' record comes from the store
    assert hit
    scanned: list[str] = []
    article_gaps = coverage._article_gaps

    def counted(article: object, *args: object) -> object:
        scanned.append(article.id)  # type: ignore[attr-defined]
        return article_gaps(article, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(coverage, "_article_gaps", counted)
    _edit(tree / _CROSS_FILE_EDITS[edit][0], *_CROSS_FILE_EDITS[edit][1:])
    report = engine.reload(tree)
    scanned_on_reload = list(scanned)
    _, full = build(tree)
    assert [str(p) for p in report.errors] == [str(p) for p in full.errors]
    assert [str(p) for p in report.warnings] == [str(p) for p in full.warnings]
    assert report.gaps == full.gaps and report.mentions == full.mentions > 0
    if edit == "an article's new mention":  # only the article the edit touches is scanned
        assert report.ok and scanned_on_reload == [_DAR]
    if edit == "an alias":  # other entities: every article again
        assert len(scanned_on_reload) == len(engine.base.articles)


def test_a_scan_reads_again_a_file_rewritten_with_the_same_size_and_times(
        tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.setattr(store, "RACY_NS", 0)  # trust every signature at once (normally: files settled 2 s)
    store.Store(tree / "cache").build(tree)  # records the files' signatures with the base
    s = store.Store(tree / "cache")  # a new process
    key, hashes = s.scan(tree)
    later = store.Store(tree / "cache")  # the process after it
    people = tree / "facts" / "people.yaml"
    reads: list[Path] = []
    read_bytes = Path.read_bytes

    def counted(path: Path) -> bytes:
        reads.append(path)
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", counted)
    assert s.scan(tree) == (key, hashes) and reads == []  # unchanged: nothing read
    assert later.scan(tree) == (key, hashes) and reads == []  # nor by the next process
    before = people.stat()
    people.write_text(people.read_text(encoding="utf-8").replace("Dong", "Dung", 1), encoding="utf-8")
    os.utime(people, ns=(before.st_atime_ns, before.st_mtime_ns))  # same size, same modification time
    again, now = s.scan(tree)
    assert reads == [people] and again != key and now[people] != hashes[people]


def test_a_start_answers_names_before_its_fact_tables_are_made(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from bot.core import engine as engine_module
    from bot.core.index import FACT_TABLES

    store.load_engine(tree, tree / "cache", wait=True)
    release = threading.Event()
    complete = engine_module.Engine._complete

    def held(self: Engine, index: object) -> None:  # the background completion waits for the test
        release.wait(30)
        complete(self, index)  # type: ignore[arg-type]

    monkeypatch.setattr(engine_module.Engine, "_complete", held)
    try:
        engine, hit = store.load_engine(tree, tree / "cache")
        assert hit and engine.wait_ready(30)
        index = engine._state.index
        assert not FACT_TABLES & set(vars(index))  # left for later
        assert engine.who("James Dong").status == "answer" and engine.policy("tax").status
        assert not FACT_TABLES & set(vars(index))  # who and policy needed names alone
        assert _batch(engine) == _batch(Engine.load(tree))  # a question that needs them makes them
        assert set(vars(index)) >= FACT_TABLES
    finally:
        release.set()


def _whole(answer: object) -> tuple:
    """Everything an answer shows, without the base object it carries."""
    from dataclasses import fields

    return tuple(getattr(answer, f.name) for f in fields(answer) if f.name != "base")  # type: ignore[arg-type]


def test_a_who_by_exact_name_from_the_store_rows_is_the_whole_bases_answer(tree: Path) -> None:
    engine, _ = store.load_engine(tree, tree / "cache", wait=True)
    st = engine._store
    key, _ = st.scan(tree)
    answered = 0
    for ent in engine.base.entities.values():
        for name in dict.fromkeys((ent.name, *ent.aliases, ent.name.upper(), f"{ent.name} 2025")):
            quick = st.quick_who(key, name)
            if quick is None:
                continue  # shared, partial, dated or disputed: the whole base answers those
            answered += 1
            whole = engine.who(name)
            assert _whole(quick) == _whole(whole), name
            assert quick.to_json() == whole.to_json(), name
    assert answered >= 30  # most people and organisations are answered from their own rows
    # a name several entries share, a surname and a year are left to the whole base
    assert st.quick_who(key, "Sharif") is None and st.quick_who(key, "James Dong 2025") is None


def test_a_start_answers_a_name_before_the_base_is_read(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    whole, _ = store.load_engine(tree, tree / "cache", wait=True)
    key, _ = whole._store.scan(tree)
    name = next(e.name for e in whole.base.entities.values() if whole._store.quick_who(key, e.name) is not None)
    release = threading.Event()
    open_base = store.Store.open_base

    def held(self: store.Store, key: str) -> object:  # the background read waits for the test
        release.wait(30)
        return open_base(self, key)

    monkeypatch.setattr(store.Store, "open_base", held)
    try:
        engine, hit = store.load_engine(tree, tree / "cache")
        assert hit and engine._current is None
        assert _whole(engine.who(name)) == _whole(whole.who(name))  # from the rows, the base still unread
        assert engine._current is None and not engine._opened.is_set()
    finally:
        release.set()
    assert engine.who("Sharif").status == "ambiguous"  # the whole base's to answer: waited for
    assert _batch(engine) == _batch(Engine.load(tree))


def test_a_large_base_built_in_a_child_process_answers_exactly_like_one_built_here(
        tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # every base counts as large: the child builds and records it (terms too), this process opens it
    monkeypatch.setattr(store, "APART_MIN_BYTES", 0)
    built: list[object] = []
    real = store._build_apart

    def apart(*args: object) -> object:
        built.append(real(*args))  # type: ignore[arg-type]
        return built[-1]

    monkeypatch.setattr(store, "_build_apart", apart)
    engine, hit = store.load_engine(tree, tree / "cache", wait=True)
    assert hit is False and built and built[0] is not None
    s = store.Store(tree / "cache")
    key, _ = s.scan(tree)
    assert s.has_base(key) and len(s.load_terms(s.open_base(key)).entries) == len(engine.base.facts)
    full = Engine.load(tree)
    assert engine.base == full.base and list(engine.base.facts) == list(full.base.facts)
    assert _batch(engine) == _batch(full)
    _edit(tree / "facts" / "people.yaml", "aliases: [Dong]", "aliases: [Dong, Jim Dong]")
    assert engine.reload(tree).ok and engine.who("Jim Dong").status == "answer"
    # the reload recorded the edited base (here, from what the child stored): the next start opens it
    edited, hit = store.load_engine(tree, tree / "cache", wait=True)
    assert hit is True and _batch(edited) == _batch(Engine.load(tree))


def test_an_invalid_large_base_is_refused_with_the_child_process_report(
        tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "APART_MIN_BYTES", 0)
    (tree / "facts" / "broken.yaml").write_text("facts: [", encoding="utf-8")
    with pytest.raises(InvalidFactBase) as info:
        store.load_engine(tree, tree / "cache")
    assert "facts/broken.yaml:" in str(info.value) and "invalid YAML" in str(info.value)


def test_a_parked_term_memo_gives_back_exactly_the_entries_and_keys_the_store_holds(tree: Path) -> None:
    engine, _ = store.load_engine(tree, tree / "cache", wait=True)
    memo = engine._terms
    assert memo is not None and memo.parked and not memo.entries and not memo.keys
    memo.unpark()
    s = store.Store(tree / "cache")
    key, _ = s.scan(tree)
    stored = s.load_terms(s.open_base(key))
    assert memo.keys == stored.keys and len(memo.keys) == len(engine.base.facts)
    assert {k: (d.terms, d.text_terms, d.alpha, d.own) for k, d in memo.entries.items()} == {
        k: (d.terms, d.text_terms, d.alpha, d.own) for k, d in stored.entries.items()}
    index = engine._state.index
    memo.fresh[next(iter(memo.entries))] = next(iter(memo.entries.values()))
    assert not memo.park(index) and memo.entries  # terms not yet saved: kept
    memo.fresh = {}
    assert memo.park(index) and memo.park(index) is False  # parked once


def test_a_large_base_whose_child_process_fails_is_built_here(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "APART_MIN_BYTES", 0)

    def no_child(*args: object, **kwargs: object) -> None:
        raise OSError("no child processes here")

    import concurrent.futures

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_child)  # what the build imports to start it
    engine, hit = store.load_engine(tree, tree / "cache", wait=True)
    assert hit is False and _batch(engine) == _batch(Engine.load(tree))
    assert store.load_engine(tree, tree / "cache")[1] is True  # and recorded, as a build here records it


def test_a_table_made_by_another_thread_meanwhile_is_returned(tree: Path) -> None:
    # A reader's plain lookup of `postings` can fail while another thread is still making the tables,
    # and `__getattr__` run only after that thread has finished: the table is there and is the answer
    # (it raised AttributeError, once in a CI run of the store start above).
    engine, _ = store.load_engine(tree, tree / "cache", wait=True)
    index = engine._state.index
    index.complete()
    assert index.__getattr__("postings") is index.postings
    with pytest.raises(AttributeError):
        index.__getattr__("no_such_table")
