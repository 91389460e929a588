"""Rendering: any answer, however long or strange its text, fits every Discord limit; layout promises hold."""

from __future__ import annotations

import asyncio
import datetime as dt
from types import MappingProxyType, SimpleNamespace

import discord
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.config import Settings
from bot.core.answer import Answer, Candidate, Line, Section
from bot.core.engine import Engine
from bot.core.model import Article, Fact, FactBase, Source
from bot.discord import limits
from bot.discord.render import render_answer, render_help, render_quotes, render_sources, source_link
from bot.discord.views import AnswerView, Chooser, build_reply

# Text that stresses the renderer: huge, markdown, mentions, control and bidi characters, any script.
nasty = st.sampled_from([
    "@everyone", "@here", "<@123456789012345678>", "**bold**", "```fence```", "||spoiler||", "# heading",
    "\u202e\u200b\u2066", "\x00\x1b[31m", "عمران خان", "伊姆兰汗", "🎉" * 50, "[link](https://evil.example)",
    "x" * 5000, ")" * 300,
])
text = st.one_of(st.text(max_size=80), st.text(max_size=3000), nasty,
                 st.lists(nasty, max_size=5).map(" ".join))
short = st.one_of(st.text(min_size=1, max_size=40), nasty)
url = st.one_of(st.none(), st.just("https://example.org/" + "a" * 600), st.just("javascript:alert(1)"),
                st.text(max_size=60).map(lambda s: "https://news.example/" + s))


@st.composite
def answers(draw: st.DrawFn) -> Answer:
    n_articles = draw(st.integers(1, 6))
    articles = {}
    for i in range(n_articles):
        aid = f"a{i}"
        articles[aid] = Article(id=aid, title=draw(text), publisher=draw(short), url=draw(url), body="",
                                published=draw(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))),
                                path=f"corpus/{aid}.md")
    n_facts = draw(st.integers(1, 60))
    facts = {}
    for i in range(n_facts):
        fid = f"f{i}"
        facts[fid] = Fact(id=fid, kind="event", about=("e",), says=draw(text),
                          source=Source(article=f"a{draw(st.integers(0, n_articles - 1))}", quote=draw(text)))
    ids = list(facts)
    conflicts = {}
    for i in range(0, len(ids) - 1, 2):
        if draw(st.booleans()):
            conflicts[ids[i]] = (ids[i + 1],)
            conflicts[ids[i + 1]] = (ids[i],)
    base = FactBase(articles=MappingProxyType(articles), entities=MappingProxyType({}), facts=MappingProxyType(facts),
                    by_entity=MappingProxyType({}), conflicts=MappingProxyType(conflicts), version="v")
    lines = st.builds(Line, text=text, fact_ids=st.lists(st.sampled_from(ids), max_size=4, unique=True).map(tuple),
                      conflict=st.booleans())
    sections = st.lists(st.builds(Section, heading=st.one_of(st.just(""), short),
                                  lines=st.lists(lines, max_size=30).map(tuple)), max_size=8).map(tuple)
    candidates = st.lists(st.builds(Candidate, id=st.text(min_size=1, max_size=150), name=text, detail=text),
                          max_size=40).map(tuple)
    status = draw(st.sampled_from(["answer", "ambiguous", "not_found"]))
    return Answer(status=status, title=draw(text), sections=draw(sections), candidates=draw(candidates),
                  note=draw(text), command=draw(st.sampled_from(["who", "policy", "compare", "ask"])),
                  query=draw(text), base=base)


def fake_bot(corpus_base_url: str | None = None) -> SimpleNamespace:
    """What views read from the bot: no network, no engine calls (nothing is clicked here)."""
    return SimpleNamespace(view_timeout=60.0, defer_after=1.5, engine=None,
                           settings=Settings(corpus_base_url=corpus_base_url))


def assert_reply_fits(answer: Answer, corpus_base_url: str | None) -> None:
    async def build() -> None:
        bot = fake_bot(corpus_base_url)
        rendered = render_answer(answer, corpus_base_url=corpus_base_url)
        assert rendered.pages
        view = AnswerView(bot, rendered, 1, Chooser(None, answer.command))  # type: ignore[arg-type]
        for page in rendered.pages:
            assert limits.check_message(None, [page.embed], view) == [], page.embed.to_dict()
        for page in rendered.pages:
            for embed in render_quotes(answer, page.fact_ids, corpus_base_url=corpus_base_url):
                assert limits.check_message(None, [embed]) == []
        for embed in render_sources(answer.base, corpus_base_url=corpus_base_url):  # type: ignore[arg-type]
            assert limits.check_message(None, [embed]) == []
        reply = build_reply(bot, answer, 1, Chooser(None, answer.command))  # type: ignore[arg-type]
        reply.check()
        view.stop()
        if reply.view:
            reply.view.stop()

    asyncio.run(build())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(answers(), st.sampled_from([None, "https://github.com/o/r/blob/main"]))
def test_rendering_any_answer_never_exceeds_a_discord_limit(answer: Answer, corpus_base_url: str | None) -> None:
    assert_reply_fits(answer, corpus_base_url)


def test_every_answer_of_the_real_base_fits(engine: Engine) -> None:
    """Every suggestion, entity name and a few questions, through every command, renders within limits."""
    queries = {s.value for kind in ("who", "policy") for s in engine.suggest(kind, "", 25)}
    queries |= {e.name for e in engine.base.entities.values()}
    answers = [engine.who(q) for q in queries] + [engine.policy(q) for q in queries]
    answers += [engine.compare("2017", "2025"), engine.compare("Alibaba", "Daraz"), engine.ask("e-commerce tax")]
    for answer in answers:
        assert_reply_fits(answer, None)


def test_each_fact_shows_its_source_as_a_dated_link(engine: Engine) -> None:
    answer = engine.who("James Dong")
    rendered = render_answer(answer)
    text = "\n".join(p.embed.description or "" for p in rendered.pages)
    numbers = answer.citation_numbers()
    for fid, n in numbers.items():
        article = engine.base.articles[engine.base.facts[fid].source.article]
        assert f"[{n}]" in text
        assert source_link(article) in text
    assert "[Arab News (Pakistan edition), 10 Jul 2025](https://www.arabnews.pk/node/2607625)" in text
    assert [link.label for link in rendered.links][:1] and all(link.url.startswith("https://")
                                                               for link in rendered.links)
    assert len(rendered.links) <= 5


def test_corpus_paths_link_only_with_a_base_url(engine: Engine) -> None:
    article = next(a for a in engine.base.articles.values() if a.url is None)
    assert "](" not in source_link(article) and article.path in source_link(article)
    linked = source_link(article, "https://github.com/o/r/blob/main")
    assert f"(https://github.com/o/r/blob/main/{article.path})" in linked


def test_conflicting_facts_are_shown_together_each_with_its_source(engine: Engine) -> None:
    answer = engine.ask("When was the ISPR press briefing?")
    text = "\n".join(p.embed.description or "" for p in render_answer(answer).pages)
    assert "The sources disagree" in text
    block = text[text.index("The sources disagree"):]
    flagged = [ln for sec in answer.sections for ln in sec.lines if ln.conflict]
    assert len(flagged) >= 2
    for line in flagged[:2]:
        assert limits.escape(line.text) in block


def test_echoed_query_cannot_ping_or_format(engine: Engine) -> None:
    answer = engine.ask("@everyone **who** ||is|| ```James``` <@123456789012345678>")
    embed = render_answer(answer).pages[0].embed
    shown = f"{embed.title}\n{embed.description}"
    assert "@everyone" not in shown and "<@123456789012345678>" not in shown
    assert "**who**" not in shown and "||is||" not in shown and "```James```" not in shown


def test_not_found_is_short_and_private_and_ambiguous_lists_candidates(engine: Engine) -> None:
    missing = render_answer(engine.who("Jack Ma 2025"))
    assert missing.ephemeral and missing.pages[0].embed.title == "Not in the sources"
    assert [c.name for c in missing.candidates] == ["Jack Ma"]
    assert len(missing.pages[0].embed.description or "") < 500
    which = render_answer(engine.who("Sharif"))
    assert not which.ephemeral and {c.name for c in which.candidates} >= {"Shehbaz Sharif", "Nawaz Sharif"}


def test_help_fits() -> None:
    assert limits.check_message(None, [render_help()]) == []
    assert isinstance(render_help(), discord.Embed)
