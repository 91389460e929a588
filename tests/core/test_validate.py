"""The validator: the real base passes; every kind of broken edit is a located, readable error."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.paths import data_root
from bot.core.text import quote_key
from bot.core.validate import build


def test_real_fact_base_is_valid_and_fully_covered() -> None:
    base, report = build(data_root())
    assert report.errors == [], [str(p) for p in report.errors]
    assert base is not None
    assert report.gaps == [], [str(p) for p in report.gaps]
    # every corpus file is an article (a count would break on the first article an editor adds)
    assert set(base.articles) == {path.stem for path in (data_root() / "corpus").glob("*.md")}
    assert report.mentions > 50


def test_every_quote_is_verbatim_in_its_article() -> None:
    base, _ = build(data_root())
    assert base is not None
    for fact in base.facts.values():
        body = quote_key(base.articles[fact.source.article].body)
        assert quote_key(fact.source.quote) in body, fact.id


def test_conflicts_are_symmetric() -> None:
    base, _ = build(data_root())
    assert base is not None
    assert base.conflicts, "the corpus has disagreeing sources; they must be linked"
    for fid, others in base.conflicts.items():
        for other in others:
            assert fid in base.conflicts[other]


def test_null_url_links_to_the_corpus_file() -> None:
    base, _ = build(data_root())
    assert base is not None
    for article in base.articles.values():
        if article.url is None:
            assert article.link == f"corpus/{article.id}.md"
            assert (data_root() / article.link).is_file()


@pytest.fixture
def tree(fact_tree: Path) -> Path:
    """A copy of the real corpus and facts to break."""
    return fact_tree


def _errors(root: Path) -> list[str]:
    base, report = build(root)
    assert base is None
    return [str(p) for p in report.errors]


def _write(root: Path, text: str) -> None:
    (root / "facts" / "zz-test.yaml").write_text(text, encoding="utf-8")


ARTICLE = "2017-03-04-the-nation-alibaba-delegation-calls-on-dar"


def test_malformed_yaml_names_file_and_line(tree: Path) -> None:
    _write(tree, "facts:\n  - id: x\n    says: [unclosed\n")
    errors = _errors(tree)
    assert any(e.startswith("facts/zz-test.yaml:") and "invalid YAML" in e for e in errors)


def test_quote_not_in_article(tree: Path) -> None:
    _write(tree, f"""facts:
  - id: invented-quote
    kind: statement
    about: [ishaq-dar]
    says: Dar said something.
    source: {{article: {ARTICLE}, quote: "words that were never printed"}}
""")
    assert any(e.startswith("facts/zz-test.yaml:2:") and "quote is not in article" in e for e in _errors(tree))


def test_duplicate_ids_and_dangling_references(tree: Path) -> None:
    _write(tree, """entities:
  - {id: ishaq-dar, type: person, name: Another Dar}
facts:
  - id: dangling
    kind: action
    about: [nobody-at-all]
    says: x
    conflicts_with: [no-such-fact]
    source: {article: no-such-article, quote: x}
""")
    errors = _errors(tree)
    assert any("duplicate id 'ishaq-dar'" in e and e.startswith("facts/zz-test.yaml:2:") for e in errors)
    assert any("unknown entity 'nobody-at-all'" in e for e in errors)
    assert any("conflicts_with 'no-such-fact'" in e for e in errors)
    assert any("source article 'no-such-article'" in e for e in errors)


def test_wrong_types_and_bad_dates(tree: Path) -> None:
    _write(tree, f"""facts:
  - id: Bad Id
    kind: role
  - id: wrong-types
    kind: figure
    about: ishaq-dar
    says: 12
    when: {{date: 2017-02-30}}
    figure: {{measure: x, value: "many", unit: x, status: guess}}
    source: {{article: {ARTICLE}, quote: "Dar"}}
""")
    errors = _errors(tree)
    assert any("lowercase slug" in e and ":2:" in e for e in errors)
    assert any("'says' must be a sentence" in e and ":7:" in e for e in errors)
    assert any("when.date' must be an ISO date" in e for e in errors)


def test_part_of_loop(tree: Path) -> None:
    _write(tree, """entities:
  - {id: loop-a, type: organisation, name: Loop A, part_of: loop-b}
  - {id: loop-b, type: organisation, name: Loop B, part_of: loop-a}
""")
    assert any("part_of forms a loop" in e for e in _errors(tree))


def test_alias_that_is_another_entitys_name(tree: Path) -> None:
    _write(tree, """entities:
  - {id: fake-dar, type: person, name: Fake Person, aliases: [Ishaq Dar]}
""")
    assert any("is the name of ishaq-dar" in e for e in _errors(tree))


def test_non_utf8_and_huge_files(tree: Path) -> None:
    (tree / "facts" / "latin1.yaml").write_bytes(b"facts:\n  - id: caf\xe9\n")
    (tree / "facts" / "huge.yaml").write_bytes(b"# " + b"x" * (6 * 1024 * 1024))
    errors = _errors(tree)
    assert any(e.startswith("facts/latin1.yaml:2:") and "UTF-8" in e for e in errors)
    assert any(e.startswith("facts/huge.yaml:1:") and "limit" in e for e in errors)


def test_corpus_front_matter_problems(tree: Path) -> None:
    path = tree / "corpus" / f"{ARTICLE}.md"
    text = path.read_text(encoding="utf-8").replace("published: 2017-03-04", "published: March 2017")
    path.write_text(text, encoding="utf-8")
    errors = _errors(tree)
    assert any(e.startswith(f"corpus/{ARTICLE}.md:5:") and "ISO date" in e for e in errors)


def test_resolved_date_phrase_must_be_in_article(tree: Path) -> None:
    _write(tree, f"""facts:
  - id: wrong-phrase
    kind: event
    about: [ishaq-dar]
    says: x
    when: {{date: 2017-03-03, resolved_from: "on Sunday"}}
    source: {{article: {ARTICLE}, quote: "Dar"}}
""")
    assert any("resolved_from 'on Sunday'" in e for e in _errors(tree))
