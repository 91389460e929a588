"""The built site, read as files: a page for everything, every internal link and anchor resolves."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from bot.cli.main import main
from bot.core.engine import Engine
from bot.site.build import MARKER, BuildStats, SiteError, build_site
from bot.site.links import article_path, entity_path, fact_path

ORIGIN = "http://site.invalid/"


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if value is not None and ((name == "href" and tag in ("a", "link")) or (name == "src" and tag == "script")
                                      or (name == "action" and tag == "form")):
                self.links.append(value)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _target(site: Path, url: str) -> Path:
    path = unquote(urlsplit(url).path)[1:]
    file = site / path
    return file / "index.html" if path == "" or path.endswith("/") else file


def test_a_page_for_every_fact_entity_and_article(built: tuple[Path, BuildStats], engine: Engine) -> None:
    site, stats = built
    base = engine.base
    assert stats.unlocated == []
    for fid in base.facts:
        assert (site / fact_path(fid) / "index.html").is_file(), fid
    for eid in base.entities:
        assert (site / entity_path(eid) / "index.html").is_file(), eid
    for aid in base.articles:
        assert (site / article_path(aid) / "index.html").is_file(), aid
    assert stats.pages == len(list(site.rglob("*.html")))


def test_every_internal_link_and_anchor_resolves(site_dir: Path) -> None:
    pages = {p: _parse(p) for p in site_dir.rglob("*.html")}
    checked = 0
    for path, page in pages.items():
        here = ORIGIN + path.relative_to(site_dir).as_posix()
        for link in page.links:
            url = urljoin(here, link)
            if not url.startswith(ORIGIN):
                assert url.startswith("https://") or url.startswith("http://"), (path, link)
                continue
            target = _target(site_dir, url)
            assert target.is_file(), f"{path.relative_to(site_dir)}: {link} -> {target} missing"
            fragment = urlsplit(url).fragment
            if fragment:
                ids = pages[target].ids if target in pages else set()
                assert unquote(fragment) in ids, f"{path.relative_to(site_dir)}: {link}: no id {fragment!r}"
            checked += 1
    assert checked > 1000  # the real base has thousands of internal links: this is not a vacuous pass


def test_every_article_quote_anchor_is_unique_and_every_entity_marker_points_at_a_quote(
        site_dir: Path, engine: Engine) -> None:
    base = engine.base
    for aid in base.articles:
        html = (site_dir / article_path(aid) / "index.html").read_text(encoding="utf-8")
        for fact in (f for f in base.facts.values() if f.source.article == aid):
            assert html.count(f'id="{fact.id}"') == 1, fact.id
    html = (site_dir / entity_path("james-dong") / "index.html").read_text(encoding="utf-8")
    cites = re.findall(r'class="cite" href="../../a/([^/]+)/#([^"]+)"', html)
    assert cites and all(base.facts[fid].source.article == aid for aid, fid in cites)


def test_conflicts_are_marked_on_both_sides(site_dir: Path, engine: Engine) -> None:
    base = engine.base
    pairs = [(a, b) for a, others in base.conflicts.items() for b in others]
    assert pairs
    for a, b in pairs:
        page = (site_dir / fact_path(a) / "index.html").read_text(encoding="utf-8")
        assert "The sources disagree" in page and f'href="../../{fact_path(b)}"' in page, (a, b)
        article = (site_dir / article_path(base.facts[a].source.article) / "index.html").read_text(encoding="utf-8")
        assert re.search(rf'<mark class="q conflict[^"]*" data-f="[^"]*\b{re.escape(a)}\b', article), a


def test_search_index_covers_names_aliases_and_facts(site_dir: Path, engine: Engine) -> None:
    data = json.loads((site_dir / "search.json").read_text(encoding="utf-8"))
    assert data["v"] == 1
    kinds = [d[0] for d in data["docs"]]
    assert kinds.count("e") == len(engine.base.entities) and kinds.count("f") == len(engine.base.facts)
    james = [data["docs"][i][1] for i in data["words"]["james"]]
    assert "James Dong" in james
    assert any(data["docs"][i][0] == "e" for i in data["words"]["dastgir"])


def test_the_index_page_states_what_the_base_covers(site_dir: Path, engine: Engine) -> None:
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    years = sorted({engine.base.year_of(f) for f in engine.base.facts.values()})
    assert f"{len(engine.base.facts)} facts" in html and f"{years[0]}–{years[-1]}" in html
    for heading in ("People", "Organisations", "Topics and policies", "Events", "Articles"):
        assert f"<h2>{heading} " in html


def test_a_directory_it_did_not_build_is_never_replaced(engine: Engine, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    precious = tmp_path / "notes"
    precious.mkdir()
    (precious / "keep.txt").write_text("mine")
    with pytest.raises(SiteError, match="not empty and was not built"):
        build_site(engine, precious)
    assert main(["site", "--out", str(precious)]) == 2
    err = capsys.readouterr().err
    assert "not built by `python -m bot site`" in err and "Traceback" not in err
    assert (precious / "keep.txt").read_text() == "mine"
    a_file = tmp_path / "file"
    a_file.write_text("x")
    assert main(["site", "--out", str(a_file)]) == 2
    assert "is not a directory" in capsys.readouterr().err
    assert main(["site", "--out", str(tmp_path / "new"), "--workers", "0"]) == 2
    assert "--workers must be between 1 and 64" in capsys.readouterr().err and not (tmp_path / "new").exists()


def test_a_rebuild_replaces_the_previous_site(engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build_site(engine, out)
    (out / "stale.html").write_text("old")
    build_site(engine, out)
    assert (out / MARKER).is_file() and not (out / "stale.html").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["site"]  # no temporary directories left behind


def test_a_parallel_rebuild_deletes_pages_that_left_the_base_and_their_folders(engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build_site(engine, out, workers=2)
    kept = next(iter(engine.base.facts))
    (out / fact_path("a-fact-that-left") / "index.html").parent.mkdir(parents=True)
    (out / fact_path("a-fact-that-left") / "index.html").write_text("old")
    (out / "e" / "gone" / "deeper").mkdir(parents=True)
    (out / "e" / "gone" / "deeper" / "index.html").write_text("old")
    page = out / fact_path(kept) / "index.html"
    page.write_text("edited by hand")
    stats = build_site(engine, out, workers=2)
    assert not (out / fact_path("a-fact-that-left")).exists() and not (out / "e" / "gone").exists()
    assert "edited by hand" not in page.read_text(encoding="utf-8")  # a changed page is written again
    assert stats.pages == len(list(out.rglob("*.html")))


def test_worker_processes_write_the_same_site(engine: Engine, site_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "parallel"
    stats = build_site(engine, out, workers=2)
    serial = sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file())
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == serial
    for rel in serial:
        assert (out / rel).read_bytes() == (site_dir / rel).read_bytes(), rel
    assert stats.pages == len([r for r in serial if r.endswith(".html")])


def test_entity_pages_show_the_who_answer_with_its_sections_and_lead(site_dir: Path, engine: Engine) -> None:
    from bot.site.build import _cite

    for name, eid in (("James Dong", "james-dong"), ("Shehbaz Sharif", "shehbaz-sharif"), ("FBR", "fbr")):
        answer = engine.who(name)
        assert answer.status == "answer" and answer.sections, name
        html = (site_dir / entity_path(eid) / "index.html").read_text(encoding="utf-8")
        headings = re.findall(r"<h2>([^<]+)</h2>", html)
        assert [s.heading for s in answer.sections] == headings[:len(answer.sections)], name
        body = html.replace("&#39;", "'").replace("&amp;", "&").replace("&#34;", '"')
        assert all(line.text in body for s in answer.sections for line in s.lines if line.fact_ids), name
    # the lead (empty in today's answers) keeps its [n] markers as links to the quotes
    fid = engine.who("James Dong").fact_ids()[0]
    cite = _cite(engine.base)
    html = str(cite("Dong <b>leads</b> [1], see [9].", {fid: 1}, "../../"))
    article = engine.base.facts[fid].source.article
    assert html == (f'Dong &lt;b&gt;leads&lt;/b&gt; <a class="cite" href="../../a/{article}/#{fid}">[1]</a>, '
                    "see [9].")


def test_the_command_reads_the_base_through_the_store_and_stops_on_an_invalid_one(
        fact_tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FACTDESK_ROOT", str(fact_tree))
    monkeypatch.chdir(tmp_path)  # data/cache/ (the compiled store) goes here
    assert main(["site", "--out", "site"]) == 0
    assert (tmp_path / "data" / "cache").is_dir() and (tmp_path / "site" / "index.html").is_file()
    assert "Wrote " in capsys.readouterr().out
    facts = sorted((fact_tree / "facts").glob("*.yaml"))[-1]
    facts.write_text(facts.read_text(encoding="utf-8") + "\n- id: [broken\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(["site", "--out", "site"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert f"{facts.name}:" in err and "Traceback" not in err
