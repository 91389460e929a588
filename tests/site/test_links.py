"""SITE_BASE_URL: answers, quotes, /sources, the digest and the CLI link to pages the site really has."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.cli.main import main
from bot.config import ConfigError, load_settings, url_setting
from bot.core.engine import Engine
from bot.digest.content import build_digest
from bot.discord.render import render_answer, render_quotes, render_sources
from bot.site.links import fact_url
from bot.storage.base import Rotation

SITE = "https://facts.example.org/factdesk"
LINK = re.compile(r"\]\((https?://[^)\s]+)\)")


def _page(site_dir: Path, url: str) -> Path:
    """The built file a SITE_BASE_URL link opens (a static host serves dir/ as dir/index.html)."""
    assert url.startswith(SITE + "/"), url
    path, _, fragment = url[len(SITE) + 1:].partition("#")
    page = site_dir / path / "index.html" if path.endswith("/") else site_dir / path
    assert page.is_file(), url
    if fragment:
        assert f'id="{fragment}"' in page.read_text(encoding="utf-8"), url
    return page


def test_fact_url_is_stable_and_slash_tolerant() -> None:
    assert fact_url(SITE, "budget-2025-courier-sales-tax") == f"{SITE}/f/budget-2025-courier-sales-tax/"
    assert fact_url(SITE + "/", "x") == f"{SITE}/f/x/"


def test_the_setting_is_validated_like_every_other_url(tmp_path: Path) -> None:
    settings = load_settings({"SITE_BASE_URL": "https://facts.example.org/kb/"}, env_file=None)
    assert settings.site_base_url == "https://facts.example.org/kb"
    assert load_settings({}, env_file=None).site_base_url is None
    with pytest.raises(ConfigError, match="SITE_BASE_URL must be an http"):
        load_settings({"SITE_BASE_URL": "facts.example.org"}, env_file=None)
    env = tmp_path / ".env"
    env.write_text("SITE_BASE_URL=https://from-file.example.org\nDISCORD_TOKEN=not a token\n")
    assert url_setting("SITE_BASE_URL", {}, env) == "https://from-file.example.org"  # the bad token is not its business


def _embed_text(embed) -> str:
    return "\n".join([embed.description or "", *(f.value or "" for f in embed.fields)])


def _linked_fact(url: str) -> str:
    """The fact a site link points at: its page (/f/<id>/) or its quote's anchor (/a/<article>/#<id>)."""
    path, _, anchor = url.partition("#")
    return anchor or path.rstrip("/").rsplit("/", 1)[-1]


def test_every_source_of_a_discord_answer_opens_the_fact_browser_at_its_quotes(engine: Engine, site_dir: Path
                                                                                ) -> None:
    for question in (engine.who("James Dong"), engine.policy("budget 2025"), engine.compare("2017", "2025"),
                     engine.ask("what tax did the budget put on foreign platforms?")):
        rendered = render_answer(question, site_base_url=SITE)
        for page in rendered.pages:
            urls = LINK.findall(_embed_text(page.embed))
            assert urls, question.title
            for url in urls:
                _page(site_dir, url)
                assert _linked_fact(url) in page.fact_ids, (question.title, url)
            quotes = render_quotes(question, page.fact_ids, site_base_url=SITE)
            assert all(_page(site_dir, u) for u in LINK.findall(_embed_text(quotes)))
        assert all(_page(site_dir, link.url) for link in rendered.links)
    sources = render_sources(engine.base, site_base_url=SITE)
    linked = [_page(site_dir, u) for e in sources for u in LINK.findall(e.description or "")]
    assert len(linked) == len(engine.base.articles)  # the article without a public URL is linked too


def test_without_the_setting_answers_link_to_the_publisher(engine: Engine) -> None:
    text = "\n".join(_embed_text(p.embed) for p in render_answer(engine.who("James Dong")).pages)
    assert "arabnews.pk" in text and "/f/" not in text


def test_the_digest_links_each_fact_to_its_page(engine: Engine, site_dir: Path) -> None:
    base = engine.base
    day = dt.date(2025, 7, 10)
    digest = build_digest(base, guild_id=1, day=day, rotation=Rotation(0, frozenset()), since=dt.date(2026, 11, 1),
                          site_base_url=SITE)
    assert digest is not None
    for item in digest.items():
        page = _page(site_dir, item.link or "")
        if item.fact_id:
            assert item.link == fact_url(SITE, item.fact_id) and page.parent.name == item.fact_id


def test_cli_answers_link_fact_pages(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                     site_dir: Path) -> None:
    monkeypatch.setenv("SITE_BASE_URL", SITE)
    assert main(["who", "Dastgir"]) == 0
    urls = re.findall(r"<(https?://[^>]+)>", capsys.readouterr().out)
    assert urls and all(_page(site_dir, u) for u in urls)
    monkeypatch.setenv("SITE_BASE_URL", "not a url")
    with pytest.raises(SystemExit) as stop:
        main(["who", "Dastgir"])
    assert stop.value.code == 2 and "SITE_BASE_URL must be" in capsys.readouterr().err


@given(st.one_of(st.text(), st.from_regex(r"[a-z0-9-]{1,20}", fullmatch=True)))
def test_the_slug_fast_path_gives_the_same_paths_as_quoting(ident: str) -> None:
    from urllib.parse import quote

    from bot.site.links import article_path, entity_path, fact_path

    q = quote(ident, safe="")
    assert (fact_path(ident), article_path(ident), entity_path(ident)) == (f"f/{q}/", f"a/{q}/", f"e/{q}/")
