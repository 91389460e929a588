"""Answer → Discord embeds. Pure functions (no network, no bot), so every layout can be unit-tested.

Layout of an answer page (one embed per page, turned with Previous/Next):

    **Roles**
    • James Dong is Alibaba Group's president of international markets. [1]
      ↳ [Arab News (Pakistan edition), 10 Jul 2025](https://…)
    ⚠️ **The sources disagree:**
    • 300,000 Pakistanis sell on Alibaba. [2] — [Arab News, 10 Jul 2025](…)
    • 300,000 products are sold on Alibaba. [3] — [Profit, 10 Jul 2025](…)

Every statement carries its own source link, so a page read alone (or screenshotted) is still cited;
the [n] numbers tie it to the Quotes view, where each fact's verbatim quote is shown.

All text that comes from outside this module is passed through `limits.escape`: the core's titles and
notes can echo the user's query, and we cannot tell echoed text from curated text, so we escape both.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

import discord

from ..core.answer import Answer, Candidate, Line
from ..core.model import Article, FactBase
from . import limits

# A page is kept well under the 4096 description limit: a wall of text is hard to read in a chat
# client, and the rest of the embed (title, footer) must fit the 6000 total as well.
PAGE_CHARS = 3500
QUOTE_PAGE_CHARS = 3000
MAX_LINE_TEXT = 700  # one statement; the core's sentences are far shorter, this guards the layout
COLOUR_ANSWER = discord.Colour.blurple()
COLOUR_AMBIGUOUS = discord.Colour.gold()
COLOUR_NOT_FOUND = discord.Colour.light_grey()
COLOUR_ERROR = discord.Colour.red()
CONFLICT_MARK = "⚠️"


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
    """What a front end sends for one answer: pages (≥1), link buttons, candidates, ephemerality."""

    answer: Answer
    pages: list[Page]
    links: list[Link] = field(default_factory=list)
    candidates: tuple[Candidate, ...] = ()
    ephemeral: bool = False


def date_label(article: Article) -> str:
    """"10 Jul 2025": the form the issue asks for, unambiguous in every locale."""
    d = article.published
    return f"{d.day} {d:%b %Y}"


def source_label(article: Article) -> str:
    return f"{article.publisher}, {date_label(article)}"


def article_url(article: Article, corpus_base_url: str | None = None) -> str | None:
    """The clickable URL for an article, or None when it only has a corpus path and no base URL."""
    url = article.url
    if not url and corpus_base_url:
        url = f"{corpus_base_url.rstrip('/')}/{quote(article.path.lstrip('/'))}"
    if url and url.startswith(("http://", "https://")) and len(url) <= limits.URL:
        return url
    return None


def source_link(article: Article, corpus_base_url: str | None = None) -> str:
    """Markdown for a source: a masked link, or the label with the corpus path when not clickable."""
    label = limits.escape(source_label(article)).replace("[", "(").replace("]", ")")
    url = article_url(article, corpus_base_url)
    if url:
        safe = url.replace(")", "%29").replace(" ", "%20")
        return f"[{label}]({safe})"
    return f"{label} (`{article.link.replace('`', '')}`)"


def _line_block(base: FactBase, line: Line, numbers: dict[str, int], corpus_base_url: str | None) -> str:
    text = limits.escape(limits.truncate(line.text, MAX_LINE_TEXT))
    if not line.fact_ids:
        return f"• {text}"
    refs = "".join(f"[{numbers[f]}]" for f in line.fact_ids)
    articles = list(dict.fromkeys(base.facts[f].source.article for f in line.fact_ids))
    sources = " · ".join(source_link(base.articles[a], corpus_base_url) for a in articles)
    return f"• {text} {refs}\n  ↳ {sources}"


def _conflict_groups(base: FactBase, lines: Sequence[Line]) -> list[list[Line]]:
    """Consecutive lines whose facts are linked as conflicting form one group, shown together."""
    groups: list[list[Line]] = []
    for line in lines:
        if groups and line.conflict and groups[-1][-1].conflict:
            group_facts = {f for ln in groups[-1] for f in ln.fact_ids}
            linked = {c for f in group_facts for c in base.conflicts.get(f, ())}
            if linked & set(line.fact_ids):
                groups[-1].append(line)
                continue
        groups.append([line])
    return groups


def _answer_blocks(answer: Answer, corpus_base_url: str | None) -> list[tuple[str, tuple[str, ...]]]:
    """(markdown block, facts it cites) in reading order. Blocks are never split across pages."""
    assert answer.base is not None
    base = answer.base
    numbers = answer.citation_numbers()
    blocks: list[tuple[str, tuple[str, ...]]] = []
    if answer.note:
        blocks.append((f"*{limits.escape(limits.truncate(answer.note, 500))}*", ()))
    for section in answer.sections:
        heading = f"**{limits.escape(limits.truncate(section.heading, 200))}**\n" if section.heading else ""
        for group in _conflict_groups(base, section.lines):
            parts = [_line_block(base, ln, numbers, corpus_base_url) for ln in group]
            if group[0].conflict:
                parts.insert(0, f"{CONFLICT_MARK} **The sources disagree:**")
            facts = tuple(f for ln in group for f in ln.fact_ids)
            blocks.append((heading + "\n".join(parts), facts))
            heading = ""
    return blocks


def _paged(blocks: list[tuple[str, tuple[str, ...]]], limit: int) -> list[tuple[str, tuple[str, ...]]]:
    """Pack blocks into pages, keeping track of which facts each page cites."""
    pages: list[tuple[str, tuple[str, ...]]] = []
    text = ""
    facts: list[str] = []
    for block, block_facts in blocks:
        for piece in limits.paginate([block], limit):
            joined = f"{text}\n{piece}" if text else piece
            if len(joined) <= limit:
                text = joined
                facts.extend(block_facts)
            else:
                pages.append((text, tuple(dict.fromkeys(facts))))
                text, facts = piece, list(block_facts)
    if text or not pages:
        pages.append((text, tuple(dict.fromkeys(facts))))
    return pages


def _title(answer: Answer) -> str:
    return limits.truncate(limits.escape(answer.title) or "factdesk", limits.EMBED_TITLE)


def _footer(page: int, pages: int, extra: str = "") -> str:
    parts = [f"Page {page}/{pages}"] if pages > 1 else []
    if extra:
        parts.append(extra)
    return limits.truncate(" · ".join(parts), limits.FOOTER_TEXT)


def render_answer(answer: Answer, *, corpus_base_url: str | None = None) -> Rendered:
    """Any Answer → pages that each fit every embed limit, plus buttons data. Never raises on size."""
    if answer.status == "not_found":
        return _render_not_found(answer)
    if answer.status == "ambiguous":
        return _render_ambiguous(answer)
    blocks = _answer_blocks(answer, corpus_base_url)
    if not any(facts for _, facts in blocks):
        blocks.append(("The sources have no statements for this.", ()))
    paged = _paged(blocks, PAGE_CHARS)
    cited = answer.fact_ids()
    hint = "Quotes shows each source's exact words" if cited else ""
    pages = []
    for i, (text, facts) in enumerate(paged, start=1):
        embed = discord.Embed(title=_title(answer), description=text or None, colour=COLOUR_ANSWER)
        embed.set_footer(text=_footer(i, len(paged), hint) or None)
        pages.append(Page(embed, facts))
    return Rendered(answer, pages, links=source_buttons(answer, corpus_base_url))


def source_buttons(answer: Answer, corpus_base_url: str | None = None) -> list[Link]:
    """Up to 5 link buttons, one per cited article in citation order; non-clickable paths skipped."""
    if answer.base is None:
        return []
    links: list[Link] = []
    seen: set[str] = set()
    for fid in answer.fact_ids():
        article = answer.base.articles[answer.base.facts[fid].source.article]
        url = article_url(article, corpus_base_url)
        if article.id in seen or url is None:
            continue
        seen.add(article.id)
        links.append(Link(limits.truncate(source_label(article), limits.BUTTON_LABEL), url))
        if len(links) == limits.LINK_BUTTONS:
            break
    return links


def candidate_label(candidate: Candidate, limit: int = limits.SELECT_LABEL) -> str:
    return limits.truncate(candidate.name or candidate.id, limit)


def _candidate_lines(candidates: Iterable[Candidate]) -> list[str]:
    out = []
    for c in candidates:
        detail = f" — {limits.escape(limits.truncate(c.detail, 100))}" if c.detail else ""
        out.append(f"• **{limits.escape(candidate_label(c))}**{detail}")
    return out


def _render_ambiguous(answer: Answer) -> Rendered:
    candidates = answer.candidates[: limits.SELECT_OPTIONS]
    lines = []
    if answer.note:
        lines.append(limits.escape(limits.truncate(answer.note, 300)))
    if answer.query:
        lines.append(f"You asked: {limits.escape(limits.truncate(answer.query, 300))}")
    lines.append("")
    lines.extend(_candidate_lines(candidates))
    lines.append("\nPick one below to see its answer.")
    description = limits.paginate(lines, 3500)[0]
    embed = discord.Embed(title=_title(answer), description=description, colour=COLOUR_AMBIGUOUS)
    return Rendered(answer, [Page(embed, ())], candidates=candidates)


def _render_not_found(answer: Answer) -> Rendered:
    candidates = answer.candidates[: limits.ROW_WIDTH]
    lines = [limits.escape(limits.truncate(answer.note or "The articles do not answer this.", 300))]
    if answer.query:
        lines.append(f"You asked: {limits.escape(limits.truncate(answer.query, 300))}")
    if candidates:
        lines.append("Did you mean: " + ", ".join(limits.escape(candidate_label(c, 80)) for c in candidates) + "?")
    embed = discord.Embed(title="Not in the sources", description="\n".join(lines), colour=COLOUR_NOT_FOUND)
    return Rendered(answer, [Page(embed, ())], candidates=candidates, ephemeral=True)


def render_quotes(answer: Answer, fact_ids: Sequence[str], *, corpus_base_url: str | None = None
                  ) -> list[discord.Embed]:
    """The verbatim quotes behind `fact_ids`, numbered as in the answer, as one or more pages."""
    assert answer.base is not None
    base = answer.base
    numbers = answer.citation_numbers()
    blocks = []
    for fid in fact_ids:
        fact = base.facts[fid]
        article = base.articles[fact.source.article]
        quote_text = limits.escape(limits.truncate(fact.source.quote, 1000))
        says = limits.escape(limits.truncate(fact.says, 500))
        title = limits.escape(limits.truncate(article.title, 200))
        blocks.append(f"**[{numbers.get(fid, '?')}]** {says}\n> “{quote_text}”\n"
                      f"— {source_link(article, corpus_base_url)}, *{title}*")
    if not blocks:
        blocks = ["This page cites no facts."]
    texts = limits.paginate(blocks, QUOTE_PAGE_CHARS, separator="\n\n")
    title = limits.truncate(f"Quotes: {limits.escape(answer.title)}", limits.EMBED_TITLE)
    embeds = []
    for i, text in enumerate(texts, start=1):
        embed = discord.Embed(title=title, description=text, colour=COLOUR_ANSWER)
        footer = _footer(i, len(texts), "Verbatim from the articles")
        embed.set_footer(text=footer)
        embeds.append(embed)
    return embeds


def render_sources(base: FactBase, *, corpus_base_url: str | None = None) -> list[discord.Embed]:
    """Every article the fact base is built from, newest first, with its fact count and link."""
    counts: dict[str, int] = {}
    for fact in base.facts.values():
        counts[fact.source.article] = counts.get(fact.source.article, 0) + 1
    blocks = []
    for art in sorted(base.articles.values(), key=lambda a: (a.published, a.id), reverse=True):
        title = limits.escape(limits.truncate(art.title, 200))
        n = counts.get(art.id, 0)
        blocks.append(f"**{title}**\n{source_link(art, corpus_base_url)} · {n} fact{'s' if n != 1 else ''}")
    if not blocks:
        blocks = ["The fact base has no articles yet."]
    texts = limits.paginate(blocks, PAGE_CHARS, separator="\n\n")
    heading = f"{len(base.articles)} source articles · {len(base.facts)} facts"
    embeds = []
    for i, text in enumerate(texts, start=1):
        embed = discord.Embed(title="Sources", description=text, colour=COLOUR_ANSWER)
        embed.set_footer(text=_footer(i, len(texts), heading))
        embeds.append(embed)
    return embeds


def render_help() -> discord.Embed:
    embed = discord.Embed(
        title="factdesk: answers from cited news articles",
        description=(
            "Every answer comes from a curated set of facts, and each fact links to the article it is "
            "quoted from. If the articles do not say it, I say so."
        ),
        colour=COLOUR_ANSWER,
    )
    embed.add_field(name="/who name", value="A person or organisation: roles, meetings, statements.", inline=False)
    embed.add_field(name="/policy topic", value="A policy or topic, optionally with a year: `budget 2025`.",
                    inline=False)
    embed.add_field(name="/compare a b", value="Two years (`2017`, `2025`) or two names side by side.",
                    inline=False)
    embed.add_field(name="/ask question", value="Any question; answered only from the sources.", inline=False)
    embed.add_field(name="/sources", value="The articles the answers come from.", inline=False)
    embed.add_field(
        name="In DMs",
        value="Send me plain text: `who is James Dong`, `/policy budget 2025`, `compare 2017 and 2025`, "
              "or any question.",
        inline=False,
    )
    embed.set_footer(text="Buttons: Previous/Next turn pages, Quotes shows the exact words of each source.")
    return embed


def render_text(title: str, text: str, *, colour: discord.Colour = COLOUR_NOT_FOUND) -> discord.Embed:
    """A short notice (errors, cooldowns, refusals) with escaped text; always within limits."""
    return discord.Embed(title=limits.truncate(title, limits.EMBED_TITLE),
                         description=limits.truncate(text, limits.EMBED_DESCRIPTION), colour=colour)
