"""Answer → Discord embeds. Pure functions (no network, no bot), so every layout can be unit-tested.

What fits on a page is decided once, in `bot.core.layout` (shared with the console); this module
only dresses it in Discord markdown. An answer page reads:

    James Dong                                  ← title
    <lead sentence with [1] markers>            ← when the engine gives one
    ⚠️ Sources differ: 300,000 sellers — Arab News; 300,000 products — PhoneWorld, Profit
    • …conflicting statement [1]
    **Roles**
    • James Dong is … [1]
    Sources  [1] Arab News, 10 Jul 2025 · [2] Profit, 10 Jul 2025     ← one field, each a link
    /who James Dong · Page 1/3                  ← footer: what was asked, and where we are

The footer's "/command query" is also how a button pressed after a restart knows which answer it
belongs to (see views.py): the message itself carries its state, nothing is kept in memory.

All text that comes from outside this module is passed through `limits.escape`: the core's titles and
notes can echo the user's query, and we cannot tell echoed text from curated text, so we escape both.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

import discord

from ..core import layout as lay
from ..core.answer import Answer, Candidate
from ..core.browse import Coverage, coverage, examples, years_phrase
from ..core.commands import COMMANDS, Command
from ..core.model import Article, FactBase
from ..site import links as site_links
from . import limits

COLOUR_ANSWER = discord.Colour.blurple()
COLOUR_AMBIGUOUS = discord.Colour.gold()
COLOUR_NOT_FOUND = discord.Colour.light_grey()
COLOUR_ERROR = discord.Colour.red()
CONFLICT_MARK = "⚠️"
DID_YOU_MEAN_LABEL = 40  # a suggestion button reads at a glance; event titles run to 80+
SOURCES_FIELD = 1000
QUOTE_CHARS = 350
CAPTION = re.compile(r"^/(?P<command>[a-z]+) ?(?P<query>.*?)(?: · Page \d+/\d+)?$", re.S)


@dataclass(frozen=True)
class Link:
    """A link button: label ≤80, URL ≤512 and http(s) (Discord rejects anything else)."""

    label: str
    url: str


@dataclass(frozen=True)
class Page:
    embed: discord.Embed
    fact_ids: tuple[str, ...]  # the facts cited on this page: what its Quotes button shows


@dataclass
class Rendered:
    """What a front end sends for one answer: pages (≥1), one optional link, choices, ephemerality."""

    answer: Answer
    pages: list[Page]
    links: list[Link] = field(default_factory=list)
    candidates: tuple[Candidate, ...] = ()
    ephemeral: bool = False
    browse: bool = False  # candidates are index entries to open (a select), not a disambiguation


# -- one home for source labels and links --------------------------------------------------------

def article_url(article: Article, corpus_base_url: str | None = None) -> str | None:
    """The clickable URL for an article, or None when it only has a corpus path and no base URL."""
    url = article.url
    if not url and corpus_base_url:
        url = f"{corpus_base_url.rstrip('/')}/{quote(article.path.lstrip('/'))}"
    if url and url.startswith(("http://", "https://")) and len(url) <= limits.URL:
        return url
    return None


def _masked(label: str, url: str | None) -> str:
    text = limits.escape(label).replace("[", "(").replace("]", ")")
    if url is None:
        return text
    return f"[{text}]({url.replace(')', '%29').replace(' ', '%20')})"


def source_link(article: Article, corpus_base_url: str | None = None) -> str:
    """"[Arab News, 10 Jul 2025](url)", or the plain label when the article has no public URL."""
    return _masked(lay.source_label(article), article_url(article, corpus_base_url))


def site_url(article: Article, fact_ids: Sequence[str], base: FactBase | None, site_base_url: str) -> str | None:
    """With SITE_BASE_URL: where a source opens in the fact browser. The fact's page when the page
    cites one fact of the article; else the article page at the first quote (all are highlighted)."""
    cited = [f for f in fact_ids if base is not None and f in base.facts and base.facts[f].source.article == article.id]
    if len(cited) == 1:
        url = site_links.fact_url(site_base_url, cited[0])
    else:
        url = f"{site_base_url.rstrip('/')}/{site_links.article_path(article.id)}" + (f"#{cited[0]}" if cited else "")
    return url if len(url) <= limits.URL else None


def sources_line(sources: Sequence[lay.Source], corpus_base_url: str | None = None,
                 limit: int = SOURCES_FIELD, *, site_base_url: str | None = None,
                 fact_ids: Sequence[str] = (), base: FactBase | None = None) -> str:
    """"[1] Arab News, 10 Jul 2025 · [2] Profit, 10 Jul 2025", each a link, cut whole at `limit`."""
    parts: list[str] = []
    for i, src in enumerate(sources):
        link = (_masked(lay.source_label(src.article), site_url(src.article, fact_ids, base, site_base_url))
                if site_base_url else source_link(src.article, corpus_base_url))
        part = f"[{src.number}] {link}"
        if len(" · ".join([*parts, part])) > limit - 20:
            parts.append(f"… {len(sources) - i} more")
            break
        parts.append(part)
    return " · ".join(parts)


def visible_length(markdown: str) -> int:
    """Characters a reader sees: masked links count their label only, markup characters not at all."""
    text = re.sub(r"\[([^\]]*)\]\((?:https?://[^)]*)\)", r"\1", markdown)
    text = re.sub(r"\\(.)", r"\1", text)
    return len(text.replace("**", "").replace("*", ""))


def embed_visible_length(embed: discord.Embed) -> int:
    total = visible_length(embed.title or "") + visible_length(embed.description or "")
    for f in embed.fields:
        total += visible_length(f.name or "") + visible_length(f.value or "")
    return total


# -- captions: what was asked, shown in the footer and read back by buttons ------------------------

def caption(answer: Answer) -> str:
    if not answer.command:
        return ""
    return limits.truncate(f"/{answer.command} {answer.query}".strip(), limits.FOOTER_TEXT - 20)


def parse_caption(footer: str | None) -> tuple[str, str] | None:
    """Footer text → (command, query) for a registered command, or None."""
    match = CAPTION.match((footer or "").strip())
    if not match or match.group("command") not in COMMANDS:
        return None
    return match.group("command"), match.group("query").strip()


def _footer(page: int, pages: int, cap: str = "") -> str | None:
    parts = [cap] if cap else []
    if pages > 1:
        parts.append(f"Page {page}/{pages}")
    return limits.truncate(" · ".join(parts), limits.FOOTER_TEXT) or None


# -- answers -------------------------------------------------------------------------------------

def _refs(refs: Sequence[int]) -> str:
    return "".join(f"[{n}]" for n in refs)


def _bullet(bullet: lay.Bullet) -> str:
    text = limits.escape(bullet.text)
    if bullet.note:
        return f"*{text}*"
    return f"• {text} {_refs(bullet.refs)}".rstrip()


def _block(block: lay.Block) -> str:
    lines = []
    if block.summary:
        lines.append(f"{CONFLICT_MARK} **Sources differ:** {limits.escape(block.summary)}")
    elif block.heading:
        lines.append(f"**{limits.escape(limits.truncate(block.heading, 200))}**")
    lines.extend(_bullet(b) for b in block.bullets)
    return "\n".join(lines)


def _description(page: lay.Page) -> str:
    parts = []
    if page.note:  # what the core says about the subject ("Person", a year filter): a subtitle
        parts.append(f"*{limits.escape(limits.truncate(page.note, 500))}*")
    if page.lead:
        parts.append(limits.escape(page.lead))
    parts.extend(_block(b) for b in page.blocks)
    return limits.truncate("\n".join(parts), limits.EMBED_DESCRIPTION)


def _title(answer: Answer) -> str:
    return limits.truncate(limits.escape(answer.title) or "factdesk", limits.EMBED_TITLE)


def render_answer(answer: Answer, *, corpus_base_url: str | None = None, site_base_url: str | None = None
                  ) -> Rendered:
    """Any Answer → pages that each fit every embed limit, plus buttons data. Never raises on size."""
    if answer.status == "not_found":
        return _render_not_found(answer, corpus_base_url, site_base_url)
    if answer.status == "ambiguous":
        return _render_ambiguous(answer)
    if answer.command == "browse":
        return _render_browse(answer)
    compare = lay.layout_compare(answer)
    if compare is not None:
        return _render_compare(answer, compare, corpus_base_url, site_base_url)
    pages = lay.layout(answer)
    cap = caption(answer)
    out = []
    for i, page in enumerate(pages, start=1):
        description = _description(page) or "The sources have no statements for this."
        embed = discord.Embed(title=_title(answer), description=description, colour=COLOUR_ANSWER)
        out.append(_finished_page(answer, embed, page, _footer(i, len(pages), cap), corpus_base_url, site_base_url))
    return Rendered(answer, out, links=single_source_link(answer, corpus_base_url, site_base_url))


def _finished_page(answer: Answer, embed: discord.Embed, page: lay.Page | lay.ComparePage, footer: str | None,
                   corpus_base_url: str | None, site_base_url: str | None) -> Page:
    """The sources once, at the end of the page, and the footer that lets a button re-ask it."""
    if page.sources:
        embed.add_field(name="Sources", value=sources_line(page.sources, corpus_base_url, site_base_url=site_base_url,
                                                           fact_ids=page.fact_ids, base=answer.base), inline=False)
    embed.set_footer(text=footer)
    return Page(embed, page.fact_ids)


def single_source_link(answer: Answer, corpus_base_url: str | None = None, site_base_url: str | None = None
                       ) -> list[Link]:
    """One link button when the whole answer rests on one article; otherwise the Sources field links."""
    if answer.base is None:
        return []
    articles = list(lay.article_numbers(answer))
    if len(articles) != 1:
        return []
    article = answer.base.articles[articles[0]]
    url = article_url(article, corpus_base_url)
    if site_base_url:
        url = site_url(article, answer.fact_ids(), answer.base, site_base_url)
    if url is None:
        return []
    return [Link(limits.truncate(lay.source_label(article), limits.BUTTON_LABEL), url)]


def _side_value(side: lay.Side) -> str:
    lines = [_bullet(b) for b in side.bullets]
    if side.more:
        lines.append(f"*… and {side.more} more in the sources*")
    if not lines:
        lines.append("*nothing in the sources*" if side.empty else "\u200b")
    return limits.truncate("\n".join(lines), limits.FIELD_VALUE)


def _render_compare(answer: Answer, pages: list[lay.ComparePage], corpus_base_url: str | None,
                    site_base_url: str | None = None) -> Rendered:
    """Side by side: per aspect a heading, then the two sides as inline fields (2017 | 2025)."""
    cap = caption(answer)
    out = []
    for i, page in enumerate(pages, start=1):
        parts = [limits.escape(page.lead)] if page.lead else []
        if page.note:
            parts.append(f"*{limits.escape(page.note)}*")
        embed = discord.Embed(title=_title(answer), description="\n".join(parts) or None, colour=COLOUR_ANSWER)
        a, b = (limits.truncate(limits.escape(n), 100) for n in page.names)
        for aspect in page.aspects:
            rows = [f"**{limits.escape(r.measure)}:** {limits.escape(r.a.text)} {_refs(r.a.refs)} ({a}) → "
                    f"{limits.escape(r.b.text)} {_refs(r.b.refs)} ({b})" for r in aspect.rows]
            heading = limits.truncate(limits.escape(aspect.heading) or "\u200b", limits.FIELD_NAME)
            embed.add_field(name=heading, value=limits.truncate("\n".join(rows), limits.FIELD_VALUE) or "\u200b",
                            inline=False)
            sides = (aspect.a, aspect.b)
            if any(side.bullets or side.more or side.empty for side in sides):  # else all is in the rows
                embed.add_field(name=a, value=_side_value(aspect.a), inline=True)
                embed.add_field(name=b, value=_side_value(aspect.b), inline=True)
        out.append(_finished_page(answer, embed, page, _footer(i, len(pages), cap), corpus_base_url, site_base_url))
    return Rendered(answer, out, links=single_source_link(answer, corpus_base_url, site_base_url))


def candidate_label(candidate: Candidate, limit: int = limits.SELECT_LABEL) -> str:
    return limits.truncate(candidate.name or candidate.id, limit)


def _render_ambiguous(answer: Answer) -> Rendered:
    candidates = answer.candidates[: limits.SELECT_OPTIONS]
    lines = []
    if answer.note:
        lines.append(limits.escape(limits.truncate(answer.note, 300)))
    lines.append("Pick one below:" if candidates else "")
    for c in candidates[:10]:
        detail = f" — {limits.escape(limits.truncate(c.detail, 100))}" if c.detail else ""
        lines.append(f"• **{limits.escape(candidate_label(c))}**{detail}")
    if len(candidates) > 10:
        lines.append(f"*… and {len(candidates) - 10} more in the menu*")
    embed = discord.Embed(title=_title(answer), description="\n".join(lines), colour=COLOUR_AMBIGUOUS)
    embed.set_footer(text=_footer(1, 1, caption(answer)))
    return Rendered(answer, [Page(embed, ())], candidates=candidates)


def examples_line(base: FactBase, count: int = 2, mentions: Mapping[str, str] | None = None) -> str:
    """"Try `/who Shehbaz Sharif` or `/policy budget 2025`": commands known to have answers here."""
    ex = examples(base)
    picks = [f"`/{name} {ex[name]}`" for name in ("who", "policy", "compare", "ask") if name in ex][:count]
    if not picks:
        return ""
    return "Try " + " or ".join(picks) + ", or `/browse` to see everything covered."


def _render_not_found(answer: Answer, corpus_base_url: str | None, site_base_url: str | None = None) -> Rendered:
    """A dead end that says what the bot does cover and offers a next step; private by default."""
    lines = [limits.escape(limits.truncate(answer.note or "The articles do not answer this.", 300))]
    if answer.missing and not answer.note:  # the engine's note already names what is missing
        lines.append(f"Missing from the sources: {limits.escape(limits.truncate(answer.missing, 200))}.")
    embed = discord.Embed(title="Not in the sources", colour=COLOUR_NOT_FOUND)
    fact_ids: tuple[str, ...] = ()
    if answer.base is not None:
        related = lay.related_page(answer) if answer.related else None
        if related is not None and related.blocks:
            lines.append("")
            lines.append("**Related (not the answer):**")
            lines.extend(_bullet(b) for b in related.blocks[0].bullets)
            fact_ids = related.fact_ids
            embed.add_field(name="Sources", value=sources_line(related.sources, corpus_base_url,
                                                               site_base_url=site_base_url, fact_ids=related.fact_ids,
                                                               base=answer.base), inline=False)
        lines.append("")
        lines.append(limits.escape(coverage(answer.base).line()))
        lines.append(examples_line(answer.base))
    candidates = answer.candidates[: limits.ROW_WIDTH - 1]
    if candidates:
        lines.append("Did you mean one of these?")
    embed.description = limits.truncate("\n".join(x for x in lines if x is not None), limits.EMBED_DESCRIPTION)
    embed.set_footer(text=_footer(1, 1, caption(answer)))
    return Rendered(answer, [Page(embed, fact_ids)], candidates=candidates, ephemeral=True)


def _render_browse(answer: Answer) -> Rendered:
    lines = [limits.escape(answer.note)] if answer.note else []
    for section in answer.sections:  # names only: the counts are in the menu's descriptions
        names = [limits.escape(re.sub(r" \(\d+ facts?\)$", "", ln.text)) for ln in section.lines]
        lines.append(f"**{limits.escape(section.heading)}**")
        lines.append(" · ".join(names))
    if answer.candidates:
        lines.append("\nPick one below to open it.")
    embed = discord.Embed(title=_title(answer), description=limits.truncate("\n".join(lines), 3500),
                          colour=COLOUR_ANSWER)
    embed.set_footer(text=_footer(1, 1, caption(answer)))
    return Rendered(answer, [Page(embed, ())], candidates=answer.candidates[: limits.SELECT_OPTIONS], browse=True)


def render_quotes(answer: Answer, fact_ids: Sequence[str], *, corpus_base_url: str | None = None,
                  site_base_url: str | None = None) -> discord.Embed:
    """The verbatim quotes behind one page: each article once, numbered as in the answer, each quote once."""
    blocks = []
    for group in lay.quote_groups(answer, fact_ids):
        article = group.source.article
        link = (_masked(lay.source_label(article), site_url(article, fact_ids, answer.base, site_base_url))
                if site_base_url else source_link(article, corpus_base_url))
        head = f"**[{group.source.number}]** {link} — *{limits.escape(article.title)}*"
        quotes = "\n".join(f"> “{limits.escape(limits.truncate(q, QUOTE_CHARS))}”" for q in group.quotes)
        blocks.append(f"{head}\n{quotes}")
    if not blocks:
        blocks = ["This page cites no facts."]
    pages = limits.paginate(blocks, 3900, separator="\n\n")
    text = pages[0] + (f"\n\n*… {len(pages) - 1} more page(s) of quotes: open the articles above.*"
                       if len(pages) > 1 else "")
    embed = discord.Embed(title=limits.truncate(f"Quotes: {limits.escape(answer.title)}", limits.EMBED_TITLE),
                          description=limits.truncate(text, limits.EMBED_DESCRIPTION), colour=COLOUR_ANSWER)
    embed.set_footer(text="Verbatim from the articles")
    return embed


def render_sources(base: FactBase, *, corpus_base_url: str | None = None, site_base_url: str | None = None
                   ) -> list[discord.Embed]:
    """Every article the fact base is built from, newest first: linked title, publisher, date, facts."""
    counts: dict[str, int] = {}
    for fact in base.facts.values():
        counts[fact.source.article] = counts.get(fact.source.article, 0) + 1
    blocks = []
    for art in sorted(base.articles.values(), key=lambda a: (a.published, a.id), reverse=True):
        url = site_url(art, (), base, site_base_url) if site_base_url else article_url(art, corpus_base_url)
        title = _masked(limits.truncate(art.title, 200), url)
        n = counts.get(art.id, 0)
        blocks.append(f"**{title}**\n{limits.escape(lay.source_label(art))} · {n} fact{'s' if n != 1 else ''}")
    if not blocks:
        blocks = ["The fact base has no articles yet."]
    texts = limits.paginate(blocks, 3500, separator="\n\n")
    heading = f"{len(base.articles)} source articles · {len(base.facts)} facts"
    embeds = []
    for i, text in enumerate(texts, start=1):
        embed = discord.Embed(title="Sources", description=text, colour=COLOUR_ANSWER)
        embed.set_footer(text=_footer(i, len(texts), heading))
        embeds.append(embed)
    return embeds


def command_mention(name: str, ids: Mapping[str, int]) -> str:
    """`</who:123>` (clickable in Discord) when the command's id is known, else `/who` as code."""
    root = name.split()[0]
    return f"</{name}:{ids[root]}>" if root in ids else f"`/{name}`"


HELP_EXTRA = (  # commands declared outside the answers registry (server features)
    ("digest set", "A daily digest of the fact base in a channel (server admins)",
     "/digest set #news 09:00 Asia/Karachi"),
    ("help", "This list", "/help"),
)


def _example(command: Command, ex: Mapping[str, str]) -> str:
    """An argument known to answer here, else the one the option's help gives ("e.g. …"), else none."""
    if command.example_key in ex:
        return f"/{command.name} {ex[command.example_key]}".replace("`", "'")
    hint = next((o.help.split("e.g. ", 1)[1] for o in command.options if "e.g. " in o.help), "")
    usage = command.usage_hint.rsplit(" ", 1)[0] if command.usage_hint else f"/{command.name}"
    return f"{usage} {hint}".strip().replace("`", "'")


def render_help(base: FactBase, ids: Mapping[str, int] | None = None) -> discord.Embed:
    """The subject, the years covered, and every command as a clickable mention with one example."""
    ids = ids or {}
    cov: Coverage = coverage(base)
    ex = examples(base)
    subjects = " and ".join(cov.subjects[:2])
    title = f"factdesk — {subjects}, {years_phrase(list(cov.years))}" if subjects else "factdesk"
    embed = discord.Embed(title=limits.truncate(limits.escape(title), limits.EMBED_TITLE),
                          description=limits.escape(cov.line()) + " Every answer cites the article it comes from; "
                          "if the articles do not say it, I say so.", colour=COLOUR_ANSWER)
    lines = []
    for command in COMMANDS.values():
        lines.append(f"{command_mention(command.name, ids)} — {command.help}. e.g. `{_example(command, ex)}`")
    for name, text, example in HELP_EXTRA:
        lines.append(f"{command_mention(name, ids)} — {text}. e.g. `{example}`")
    lines.append("\n**In DMs** send plain text: `who is …`, `compare 2017 and 2025`, or any question; in a "
                 "server, mention me with your question.")
    embed.description = limits.truncate(f"{embed.description}\n\n" + "\n".join(lines), limits.EMBED_DESCRIPTION)
    embed.set_footer(text="Previous/Next turn pages · Quotes shows each source's exact words")
    return embed


def render_intro(base: FactBase) -> discord.Embed:
    """The first-contact reply to "hi", "thanks" or "help" in a DM: what I cover and how to ask."""
    cov = coverage(base)
    ex = examples(base)
    tries = [f"`who is {ex['who']}`" if "who" in ex else "", f"`/policy {ex['policy']}`" if "policy" in ex else "",
             f"`compare {ex['compare']}`" if "compare" in ex else "", "`browse`"]
    embed = discord.Embed(title="Hi — I'm factdesk", colour=COLOUR_ANSWER, description=(
        f"{limits.escape(cov.line())}\nAsk in plain text; every answer cites its article.\n\n"
        f"Try: {' · '.join(t for t in tries if t)}"))
    return embed


def render_text(title: str, text: str, *, colour: discord.Colour = COLOUR_NOT_FOUND) -> discord.Embed:
    """A short notice (errors, cooldowns, refusals), truncated to the embed limits; the caller escapes
    any text a user typed (`limits.escape`), since a notice may also carry our own markdown."""
    return discord.Embed(title=limits.truncate(title, limits.EMBED_TITLE),
                         description=limits.truncate(text, limits.EMBED_DESCRIPTION), colour=colour)
