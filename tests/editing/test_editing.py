"""corpus add, facts draft and facts accept on a tmp_path copy of the real corpus and facts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from bot.cli.main import main
from bot.core.engine import Engine
from bot.core.validate import build
from bot.editing.accept import AcceptError, accept
from bot.editing.corpus_add import AddError, add_article, slugify
from bot.editing.drafter import Drafter, draft_file, load_article
from bot.editing.measure import measure

REPO = Path(__file__).resolve().parents[2]
TEXT = """Short Url

ISLAMABAD: Finance Minister Aisha Malik met a delegation of Acme Group on Tuesday.
Must Read
The delegation, led by Tom Baker, president of global sales, said Acme has 2,500 sellers in Pakistan.
Malik said the tax rate would rise from 5% to 8% and exports reached $ 3 billion.
"""


@pytest.fixture()
def root(fact_tree: Path) -> Path:
    return fact_tree


def _add(root: Path, text: str = TEXT, **kw: str | None) -> Path:
    args: dict[str, str | None] = {"title": "Acme meets minister", "publisher": "Test Post", "published": "2026-03-05",
            "url": "https://example.com/acme"}
    args.update(kw)
    return add_article(root, text.encode(), today=dt.date(2026, 3, 6), **args).path


def test_add_writes_clean_article_that_validates(root: Path) -> None:
    path = _add(root)
    assert path == root / "corpus" / "2026-03-05-acme-meets-minister.md"
    text = path.read_text(encoding="utf-8")
    assert "Must Read" not in text and "Short Url" not in text
    assert "led by Tom Baker, president of global sales, said" in text
    base, report = build(root)
    assert base is not None, report.errors
    assert base.articles["2026-03-05-acme-meets-minister"].added == dt.date(2026, 3, 6)


@pytest.mark.parametrize(("kw", "text", "message"), [
    ({"published": None}, TEXT, "--published is required"),
    ({"published": "05/03/2026"}, TEXT, "not a date"),
    ({}, "Short Url\nMust Read\n", "no text"),
    ({"url": "javascript:alert(1)"}, TEXT, "http"),
])
def test_add_refusals(root: Path, kw: dict[str, str | None], text: str, message: str) -> None:
    with pytest.raises(AddError, match=message):
        _add(root, text, **kw)
    assert not list((root / "corpus").glob("2026-*"))


def test_add_refuses_non_utf8_and_duplicates(root: Path) -> None:
    with pytest.raises(AddError, match="UTF-8"):
        add_article(root, "Café \u00e9".encode("latin-1"), title="T", publisher="P", published="2026-01-01")
    first = _add(root)
    before = first.read_bytes()
    with pytest.raises(AddError, match="URL"):
        _add(root, "Other text entirely.", title="Another title")
    with pytest.raises(AddError, match="same text"):
        _add(root, TEXT, title="Different title", url=None)
    with pytest.raises(AddError, match="already exists"):
        _add(root, "New words.", url=None)
    assert first.read_bytes() == before


def test_id_has_no_path_tricks(root: Path) -> None:
    path = _add(root, title="../../etc/passwd ..\\x /tmp", url=None)
    assert path.parent == root / "corpus"
    assert slugify("../../Ça va / ok") == "ca-va-ok"


def test_draft_people_roles_figures_dates_measures(root: Path) -> None:
    path = _add(root)
    base, _ = build(root)
    drafts, out = draft_file(root, path, base)
    assert out == root / "facts" / "drafts" / "2026-03-05-acme-meets-minister.yaml"
    body = load_article(path).body
    for fact in drafts.facts:
        assert fact["source"]["quote"] and fact["source"]["quote"] in body
    roles = {f["role"]["title"] for f in drafts.facts if f["kind"] == "role"}
    assert {"Finance Minister", "president of global sales"} <= roles
    names = {e["name"]: e["type"] for e in drafts.entities}
    assert names["Aisha Malik"] == "person" and names["Acme Group"] == "organisation"
    assert "Malik" not in names  # the surname attaches to Aisha Malik
    figures = {(f["figure"]["value"], f["figure"]["unit"]) for f in drafts.facts if f["kind"] == "figure"}
    assert (2500, "sellers") in figures and (3_000_000_000, "USD") in figures
    dates = [f["when"] for f in drafts.facts if f["kind"] == "event"]
    assert {"date": dt.date(2026, 3, 3), "resolved_from": "on Tuesday"} in dates
    measures = [f["measure"] for f in drafts.facts if f["kind"] == "measure"]
    assert any(m["from"] == "5%" and m["to"] == "8%" for m in measures)
    assert build(root)[0] is not None  # drafts are never loaded


def test_draft_attaches_to_existing_entities() -> None:
    base, _ = build(REPO)
    assert base is not None
    art = base.articles["2025-07-10-arab-news-alibaba-team-visits-pakistan"]
    drafts = Drafter(base).draft(art)
    about = {a for f in drafts.facts for a in f["about"]}
    assert {"james-dong", "shehbaz-sharif", "alibaba-group"} <= about
    assert not any(e["name"] in ("James Dong", "Dong") for e in drafts.entities)
    relative = [f for f in drafts.facts if f.get("when", {}).get("resolved_from") == "on Thursday"]
    assert relative and relative[0]["when"]["date"] == dt.date(2025, 7, 10)


def test_accept_all_adds_facts_with_added_date(root: Path) -> None:
    path = _add(root)
    base, _ = build(root)
    drafts, out = draft_file(root, path, base)
    done = accept(root, all_drafts=True, today=dt.date(2026, 3, 7))
    assert not out.exists()
    new, report = build(root)
    assert new is not None, report.errors
    assert len(done.facts) == len(drafts.facts)
    assert all(new.facts[f].added == dt.date(2026, 3, 7) for f in done.facts)
    assert "aisha-malik" in new.entities


def test_accept_refuses_invalid_and_leaves_drafts(root: Path) -> None:
    path = _add(root)
    base, _ = build(root)
    _, out = draft_file(root, path, base)
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    data["facts"][0]["source"]["quote"] = "words the article never said"
    out.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    before = out.read_bytes()
    facts_before = sorted(p.name for p in (root / "facts").glob("*.yaml"))
    with pytest.raises(AcceptError, match="quote is not in article"):
        accept(root, [data["facts"][0]["id"]])
    assert out.read_bytes() == before
    assert sorted(p.name for p in (root / "facts").glob("*.yaml")) == facts_before
    with pytest.raises(AcceptError, match="no such draft"):
        accept(root, ["nope"])


def test_accept_some_renames_colliding_ids(root: Path) -> None:
    path = _add(root)
    base, _ = build(root)
    drafts, out = draft_file(root, path, base)
    first = drafts.facts[0]["id"]
    (root / "facts" / "clash.yaml").write_text(
        f"facts:\n  - id: {first}\n    kind: description\n    about: [alibaba-group]\n    says: x.\n"
        f"    source: {{article: 2017-03-04-the-nation-alibaba-delegation-calls-on-dar, quote: Alibaba Group delegation}}\n",
        encoding="utf-8")
    done = accept(root, [first])
    assert done.facts == [f"{first}-2"]
    rest = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert first not in {f["id"] for f in rest["facts"]}


def test_reload_keeps_last_good_base(root: Path) -> None:
    engine = Engine.load(root)
    version = engine.base.version
    _add(root)
    (root / "facts" / "broken.yaml").write_text("facts:\n  - id: Bad Id\n", encoding="utf-8")
    report = engine.reload(root)
    assert report.errors and engine.base.version == version
    (root / "facts" / "broken.yaml").unlink()
    assert engine.reload(root).ok and engine.base.version != version


def test_cli_round_trip(root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FACTDESK_ROOT", str(root))
    src = root / "in.txt"
    src.write_text(TEXT, encoding="utf-8")
    assert main(["corpus", "add", str(src), "--title", "Acme meets minister", "--publisher", "P",
                 "--published", "2026-03-05"]) == 0
    assert main(["corpus", "add", str(src), "--title", "Again", "--publisher", "P"]) == 1
    assert "--published is required" in capsys.readouterr().err
    assert main(["facts", "draft", str(root / "corpus" / "2026-03-05-acme-meets-minister.md")]) == 0
    assert main(["facts", "accept", "--all"]) == 0
    assert main(["check", "--quiet"]) == 0


def test_measure_recall_and_quotes() -> None:
    base, _ = build(REPO)
    assert base is not None
    scores = measure(base)
    assert len(scores) == len(base.articles)
    assert all(s.unquoted == 0 for s in scores)
    people = sum(s.people[0] for s in scores) / sum(s.people[1] for s in scores)
    assert people >= 0.8


@pytest.mark.parametrize("folder", ["heldout", "heldout-fresh", "heldout-final"])
def test_heldout_articles_cold_recall_and_precision(folder: str) -> None:
    """Articles written for this test (tests/editing/heldout*), drafted as if nothing were known.
    heldout-final was written after the last rule change and never looked at while changing rules."""
    from bot.editing.measure import measure_heldout

    scores = measure_heldout(REPO / "tests" / "editing" / folder)
    assert len(scores) >= 4
    found = sum(s.people[0] + s.orgs[0] + s.figures[0] for s in scores)
    total = sum(s.people[1] + s.orgs[1] + s.figures[1] for s in scores)
    drafts, correct = sum(s.drafts for s in scores), sum(s.correct for s in scores)
    assert found / total >= 0.9, found / total
    assert correct / drafts >= 0.9, correct / drafts
    assert all(s.unquoted == 0 for s in scores)


@pytest.mark.parametrize(("folder", "least"), [("heldout", 1.0), ("heldout-fresh", 0.9), ("heldout-final", 0.9)])
def test_heldout_articles_are_answered_after_add_draft_accept(fact_tree: Path, folder: str, least: float) -> None:
    """corpus add → facts draft → facts accept --all, then `who` answers the articles' people and organisations
    and `ask` answers their figures, citing the sentence that holds the figure."""
    root = fact_tree
    source = REPO / "tests" / "editing" / folder
    truth = yaml.safe_load((source / "truth.yaml").read_text(encoding="utf-8"))
    added = []
    for path in sorted(source.glob("*.md")):
        art = load_article(path)
        added.append(add_article(root, art.body.encode(), title=art.title, publisher=art.publisher,
                                 published=art.published.isoformat()).path)
    base, _ = build(root)
    for path in added:
        draft_file(root, path, base)
    done = accept(root, all_drafts=True)
    assert done.facts and not done.report.errors
    engine = Engine.load(root)
    names = [n.split("|")[0] for t in truth.values() for n in t["people"] + t["organisations"]]
    answered = [n for n in names if engine.who(n).status == "answer"]
    assert len(answered) >= least * len(names), sorted(set(names) - set(answered))
    figures = [str(f) for t in truth.values() for f in t["figures"]]
    cited = []
    for figure in figures:
        answer = engine.ask(f"what was {figure}?")
        number = figure.split()[0].replace(",", "")
        if answer.status == "answer" and any(number in f.source.quote.replace(",", "") for f in answer.facts()):
            cited.append(figure)
    assert len(cited) >= least * len(figures), sorted(set(figures) - set(cited))
