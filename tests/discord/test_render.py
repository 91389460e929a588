"""Rendering: any answer, however long or strange its text, fits every Discord limit; layout promises hold."""

from __future__ import annotations

import asyncio
import datetime as dt
from types import MappingProxyType
from typing import get_args

import discord
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.config import Settings
from bot.core.answer import Answer, Candidate, Line, Section, Status
from bot.core.engine import Engine
from bot.core.layout import MAX_BULLETS, layout
from bot.core.model import Article, Fact, FactBase, Source
from bot.discord import limits
from bot.discord.client import FactdeskBot
from bot.discord.render import (
    embed_visible_length,
    parse_caption,
    render_answer,
    render_help,
    render_intro,
    render_quotes,
    render_sources,
    source_link,
)
from bot.discord.views import build_reply, controls

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
    status = draw(st.sampled_from(get_args(Status)))
    return Answer(status=status, title=draw(text), sections=draw(sections), candidates=draw(candidates),
                  note=draw(text), command=draw(st.sampled_from(["who", "policy", "compare", "ask"])),
                  query=draw(text), base=base)


_BOTS: dict[tuple[int, str | None], tuple[object, FactdeskBot]] = {}


def bot_for(answer: Answer, corpus_base_url: str | None) -> FactdeskBot:
    """A real bot that never connects: views read its settings; its engine is never asked (nothing is
    clicked here), so one over the answer's own base is enough. One per base and URL, kept: building an
    engine's index costs 0.4 s, which over every answer of the real base was most of a minute. (The
    base is kept with it, so that its id is never reused by another.)"""
    assert answer.base is not None
    key = (id(answer.base), corpus_base_url)
    if key not in _BOTS:
        bot = FactdeskBot(Settings(corpus_base_url=corpus_base_url), Engine(answer.base), storage=None)
        _BOTS[key] = (answer.base, bot)
    return _BOTS[key][1]


def rows(view: discord.ui.View | None) -> int:
    return len(view.to_components()) if view is not None else 0


def assert_reply_fits(answer: Answer, corpus_base_url: str | None) -> None:
    async def build() -> None:
        rendered = render_answer(answer, corpus_base_url=corpus_base_url)
        assert rendered.pages
        for i, page in enumerate(rendered.pages):
            view = controls(rendered, 1, i)
            assert limits.check_message(None, [page.embed], view) == [], page.embed.to_dict()
            assert rows(view) <= 2
            embed = render_quotes(answer, page.fact_ids, corpus_base_url=corpus_base_url)
            assert limits.check_message(None, [embed]) == []
        assert answer.base is not None
        for embed in render_sources(answer.base, corpus_base_url=corpus_base_url):
            assert limits.check_message(None, [embed]) == []
        build_reply(bot_for(answer, corpus_base_url), answer, 1).check()

    asyncio.run(build())


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(answers(), st.sampled_from([None, "https://github.com/o/r/blob/main"]))
def test_rendering_any_answer_never_exceeds_a_discord_limit(answer: Answer, corpus_base_url: str | None) -> None:
    assert_reply_fits(answer, corpus_base_url)
    if answer.status == "answer":
        assert all(p.bullet_count() <= MAX_BULLETS for p in layout(answer))


def real_answers(engine: Engine) -> list[Answer]:
    queries = {s.value for kind in ("who", "policy") for s in engine.suggest(kind, "", 25)}
    queries |= {e.name for e in engine.base.entities.values()}
    answers = [engine.who(q) for q in queries] + [engine.policy(q) for q in queries]
    answers += [engine.compare("2017", "2025"), engine.compare("Alibaba", "Daraz"), engine.ask("e-commerce tax")]
    return answers + [engine.browse(k) for k in (None, "people", "organisations", "topics", "years")]


def test_every_answer_of_the_real_base_fits(engine: Engine) -> None:
    """Every suggestion, entity name and a few questions, through every command, renders within limits."""
    for answer in real_answers(engine):
        assert_reply_fits(answer, None)


def test_page_one_reads_at_a_glance_on_the_real_base(engine: Engine) -> None:
    """≤ 1,500 visible characters and ≤ 8 bullets on page 1; each source named once, at the end."""
    for answer in real_answers(engine):
        if answer.status != "answer" or answer.command not in ("who", "policy", "ask"):
            continue
        embed = render_answer(answer).pages[0].embed
        assert embed_visible_length(embed) <= 1500, (answer.title, embed_visible_length(embed))
        description = embed.description or ""
        assert description.count("\n• ") + description.startswith("• ") <= MAX_BULLETS
        assert "↳" not in description
        for article in engine.base.articles.values():
            assert source_link(article) not in description  # sources are in the Sources field only
        sources = [f for f in embed.fields if f.name == "Sources"]
        assert len(sources) == 1 or not answer.fact_ids()


def test_sources_are_numbered_per_article_and_linked_once(engine: Engine) -> None:
    answer = engine.who("James Dong")
    embed = render_answer(answer).pages[0].embed
    field = next(f for f in embed.fields if f.name == "Sources")
    listed = field.value or ""
    assert "[Arab News, 10 Jul 2025](https://www.arabnews.pk/node/2607625)" in listed
    for n in range(1, listed.count(" · ") + 2):
        assert f"[{n}]" in (embed.description or "")
        assert listed.count(f"[{n}] ") == 1


def test_an_article_without_url_shows_its_label_never_a_path(engine: Engine) -> None:
    article = next(a for a in engine.base.articles.values() if a.url is None)
    assert "](" not in source_link(article) and article.path not in source_link(article)
    linked = source_link(article, "https://github.com/o/r/blob/main")
    assert f"(https://github.com/o/r/blob/main/{article.path})" in linked
    listing = "\n".join(e.description or "" for e in render_sources(engine.base))
    assert article.path not in listing and limits.escape(article.title) in listing


def test_sources_list_is_newest_first(engine: Engine) -> None:
    listing = render_sources(engine.base)[0].description or ""
    newest = max(engine.base.articles.values(), key=lambda a: a.published)
    oldest = min(engine.base.articles.values(), key=lambda a: a.published)
    assert listing.index(limits.escape(newest.title)[:30]) < listing.index(limits.escape(oldest.title)[:30])


def test_a_disagreement_says_what_differs_on_page_one(engine: Engine) -> None:
    answer = engine.ask("How many Pakistanis sell on Alibaba?")
    description = render_answer(answer).pages[0].embed.description or ""
    line = next(ln for ln in description.splitlines() if "Sources differ" in ln)
    assert "300,000 sellers" in line and "300,000 products" in line and "Arab News" in line
    flagged = [ln for sec in answer.sections for ln in sec.lines if ln.conflict]
    block = description[description.index("Sources differ"):]
    for line_ in flagged[:2]:
        assert limits.escape(line_.text) in block


def test_compare_is_side_by_side_in_inline_fields(engine: Engine) -> None:
    rendered = render_answer(engine.compare("2017", "2025"))
    first = rendered.pages[0].embed
    inline = [f for f in first.fields if f.inline]
    assert [f.name for f in inline[:2]] == ["2017", "2025"]
    headings = [f.name or "" for p in rendered.pages for f in p.embed.fields if not f.inline and f.name != "Sources"]
    assert any(h.endswith("(cont.)") for h in headings)
    for heading in (h for h in headings if h.endswith("(cont.)")):
        assert heading.removesuffix(" (cont.)") in headings


def test_echoed_query_cannot_ping_or_format(engine: Engine) -> None:
    answer = engine.ask("@everyone **who** ||is|| ```James``` <@123456789012345678>")
    embed = render_answer(answer).pages[0].embed
    shown = f"{embed.title}\n{embed.description}"
    assert "@everyone" not in shown and "<@123456789012345678>" not in shown
    assert "**who**" not in shown and "||is||" not in shown and "```James```" not in shown


def test_not_found_says_what_is_covered_and_stays_private(engine: Engine) -> None:
    missing = render_answer(engine.who("Zzyzx"))
    embed = missing.pages[0].embed
    assert missing.ephemeral and embed.title == "Not in the sources"
    assert "6 news articles (2017 and 2025)" in (embed.description or "")
    assert (embed.description or "").count("`/") >= 2  # two example commands
    which = render_answer(engine.who("Sharif"))
    assert not which.ephemeral and {c.name for c in which.candidates} >= {"Shehbaz Sharif", "Nawaz Sharif"}


def test_did_you_mean_labels_are_short(engine: Engine) -> None:
    answer = engine.policy("alibaba meeting xyzzy")  # did-you-mean names of 50+ characters
    assert answer.status == "not_found" and any(len(c.name) > 40 for c in answer.candidates)
    view = controls(render_answer(answer), 1)
    labels = [c["label"] for row in (view.to_components() if view else []) for c in row["components"]]
    assert labels and all(len(label) <= 40 for label in labels)


def test_caption_round_trips_through_the_footer(engine: Engine) -> None:
    for answer in (engine.who("James Dong"), engine.compare("2017", "2025"), engine.ask("who visited in 2017?")):
        footer = render_answer(answer).pages[0].embed.footer.text
        assert parse_caption(footer) == (answer.command, answer.query)


def test_help_names_the_subject_and_every_command(engine: Engine) -> None:
    embed = render_help(engine.base, {"who": 11, "digest": 12, "browse": 13})
    assert limits.check_message(None, [embed]) == []
    text = (embed.description or "") + "".join(f.value or "" for f in embed.fields)
    assert "2017 and 2025" in text and "Alibaba Group" in text
    for mention in ("</who:11>", "</digest set:12>", "</browse:13>", "`/policy`", "`/sources`"):
        assert mention in text
    assert limits.check_message(None, [render_intro(engine.base)]) == []


def test_related_facts_are_labelled_as_related_never_as_the_answer(engine: Engine) -> None:
    answer = engine.ask("how many ships does PNSC have?")
    assert answer.status == "not_found" and answer.related
    rendered = render_answer(answer)
    description = rendered.pages[0].embed.description or ""
    head, _, related = description.partition("**Related (not the answer):**")
    assert related and "• " not in head  # every statement shown sits under the "related" label
    for fid in answer.related[:2]:
        assert limits.escape(engine.base.facts[fid].says) in related
    assert rendered.ephemeral and [f.name for f in rendered.pages[0].embed.fields] == ["Sources"]


def test_every_fact_of_the_day_gets_a_more_button_that_opens_an_answer(engine: Engine) -> None:
    from bot.core.commands import open_entry, subject_of
    from bot.discord.views import more_view

    for fact_id in engine.base.facts:
        subject = subject_of(engine, fact_id)
        assert subject is not None and open_entry(engine, subject).status == "answer", fact_id
        view = more_view(engine, fact_id)
        assert view is not None and limits.check_components(view.to_components()) == []


def test_the_same_measure_on_both_sides_is_one_row() -> None:
    from bot.core.model import When

    article = Article(id="a", title="T", publisher="Paper", url="https://p.example/a", body="",
                      published=dt.date(2025, 7, 10), path="corpus/a.md")
    facts = {
        "f17": Fact(id="f17", kind="figure", about=("e",), says="Parcels were duty-free up to Rs5,000 in 2017.",
                    source=Source("a", "q1"), when=When(year=2017),
                    figure=MappingProxyType({"measure": "Duty-free threshold for parcels (2017)", "value": 5000,
                                             "unit": "PKR"})),
        "f25": Fact(id="f25", kind="figure", about=("e",), says="Parcels are duty-free up to Rs500 in 2025.",
                    source=Source("a", "q2"), when=When(year=2025),
                    figure=MappingProxyType({"measure": "Duty-free threshold for parcels", "value": 500,
                                             "unit": "PKR"})),
    }
    base = FactBase(articles=MappingProxyType({"a": article}), entities=MappingProxyType({}),
                    facts=MappingProxyType(facts), by_entity=MappingProxyType({}), conflicts=MappingProxyType({}),
                    version="v")
    answer = Answer("answer", "2017 vs 2025", (Section("Market figures", (
        Line("2017: Parcels were duty-free up to Rs5,000 in 2017.", ("f17",)),
        Line("2025: Parcels are duty-free up to Rs500 in 2025.", ("f25",)))),), command="compare",
        query="2017 vs 2025", base=base)
    embed = render_answer(answer).pages[0].embed
    heading = embed.fields[0]
    assert heading.name == "Market figures" and "5,000 PKR [1] (2017) → 500 PKR [1] (2025)" in (heading.value or "")
    assert [f.name for f in embed.fields] == ["Market figures", "Sources"]  # nothing left for the columns
