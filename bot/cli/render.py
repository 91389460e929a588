"""Answers as terminal text, in the same layout as Discord (bot/core/layout.py): the lead, at most
eight bullets a page with [n] markers, and each source article once at the end of the page.

Text is wrapped at word boundaries to the terminal's width (bullets with a hanging indent), so a
line never breaks mid-word at column 80. Lists a person picks from are numbered: the console reads
`1`–`9` as a choice.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence

from ..core import layout as lay
from ..core.answer import Answer, Candidate
from ..site.links import article_path, fact_url

MIN_WIDTH = 40


def _wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    return textwrap.wrap(text, width=max(MIN_WIDTH, width), initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False) or [first.rstrip()]


def _refs(refs: Sequence[int]) -> str:
    return "".join(f"[{n}]" for n in refs)


def _bullet(bullet: lay.Bullet, width: int, indent: str = "") -> list[str]:
    if bullet.note:
        return _wrap(bullet.text, width, indent + "  ", indent + "  ")
    return _wrap(f"{bullet.text} {_refs(bullet.refs)}".rstrip(), width, indent + "• ", indent + "  ")


def _link(article_id: str, link: str, site_base_url: str | None, fact_ids: Sequence[str] = (),
          answer: Answer | None = None) -> str:
    """The publisher's link, or with SITE_BASE_URL the fact browser's page: the fact's own page when
    one fact of the article is cited, else the article's."""
    if not site_base_url:
        return link
    if answer is not None and answer.base is not None:
        cited = [f for f in fact_ids if answer.base.facts[f].source.article == article_id]
        if len(cited) == 1:
            return fact_url(site_base_url, cited[0])
    return f"{site_base_url.rstrip('/')}/{article_path(article_id)}"


def _sources(sources: Sequence[lay.Source], width: int, *, titles: bool = False, site_base_url: str | None = None,
             fact_ids: Sequence[str] = (), answer: Answer | None = None) -> list[str]:
    out = ["Sources:"]
    for src in sources:
        link = f" <{_link(src.article.id, src.article.link, site_base_url, fact_ids, answer)}>"
        title = f" — {src.article.title}" if titles else ""
        out.extend(_wrap(f"[{src.number}] {src.label}{title}{link}", width, "  ", "      "))
    return out


def candidate_lines(candidates: Sequence[Candidate], width: int) -> list[str]:
    """"1. Shehbaz Sharif — Prime Minister of Pakistan, 2025": numbered for the console's picks."""
    out = []
    for i, c in enumerate(candidates, start=1):
        detail = f" — {c.detail}" if c.detail else ""
        out.extend(_wrap(f"{c.name}{detail}", width, f"{i:>2}. ", "    "))
    return out


def page_count(answer: Answer) -> int:
    if answer.status != "answer" or answer.command == "browse":
        return 1
    compare = lay.layout_compare(answer)
    return len(compare) if compare is not None else len(lay.layout(answer))


def render_page(answer: Answer, page: int = 0, width: int = 80, *, site_base_url: str | None = None,
                paged: bool = True) -> str:
    """One page of an answer as the console shows it."""
    out = [answer.title]
    if answer.status == "not_found":
        return "\n".join(out + _not_found(answer, width, site_base_url))
    if answer.status == "ambiguous" or answer.command == "browse":
        if answer.note:
            out.extend(_wrap(answer.note, width))
        if answer.command == "browse":
            number = 0
            for section in answer.sections:
                out.append("")
                out.append(f"{section.heading}:")
                for line in section.lines:
                    if line.text.startswith("…"):
                        out.append(f"    {line.text}")
                        continue
                    number += 1
                    out.extend(_wrap(line.text, width, f"{number:>2}. ", "    "))
        else:
            out.append("")
            out.extend(candidate_lines(answer.candidates, width))
        out.append("Type a number to open one." if answer.candidates else "")
        return "\n".join(out).rstrip()
    compare = lay.layout_compare(answer)
    if compare is not None:
        cpage = compare[min(page, len(compare) - 1)]
        out += _compare_page(cpage, width, site_base_url, answer)
        total = len(compare)
    else:
        pages = lay.layout(answer)
        lpage = pages[min(page, len(pages) - 1)]
        out += _answer_page(lpage, width, site_base_url, answer)
        total = len(pages)
    if total > 1 and paged:  # the console's hint; a one-shot command prints every page
        hint = "type `more` for the next page" if page < total - 1 else "last page; `back` goes back"
        out.append(f"Page {page + 1}/{total} — {hint}")
    return "\n".join(out)


def _answer_page(page: lay.Page, width: int, site_base_url: str | None = None, answer: Answer | None = None
                 ) -> list[str]:
    out: list[str] = []
    if page.note:  # a subtitle ("Person", a year filter), as on Discord
        out.extend(_wrap(page.note, width))
    if page.lead:
        out.extend(_wrap(page.lead, width))
    for block in page.blocks:
        out.append("")
        if block.summary:
            out.extend(_wrap(f"Sources differ: {block.summary}", width, "! ", "  "))
        elif block.heading:
            out.append(f"{block.heading}:")
        for bullet in block.bullets:
            out.extend(_bullet(bullet, width))
    if page.sources:
        out.append("")
        out.extend(_sources(page.sources, width, site_base_url=site_base_url, fact_ids=page.fact_ids, answer=answer))
    return out


def _compare_page(page: lay.ComparePage, width: int, site_base_url: str | None = None,
                  answer: Answer | None = None) -> list[str]:
    out: list[str] = []
    if page.lead:
        out.extend(_wrap(page.lead, width))
    if page.note:
        out.extend(_wrap(page.note, width))
    for aspect in page.aspects:
        out.append("")
        out.append(f"{aspect.heading}:")
        for row in aspect.rows:
            out.extend(_wrap(f"{row.measure}: {row.a.text} {_refs(row.a.refs)} ({page.names[0]}) → "
                             f"{row.b.text} {_refs(row.b.refs)} ({page.names[1]})", width, "  = ", "    "))
        for name, side in zip(page.names, (aspect.a, aspect.b), strict=True):
            if not (side.bullets or side.more or side.empty):
                continue  # all of it is in the rows above
            out.append(f"  {name}:")
            for bullet in side.bullets:
                out.extend(_bullet(bullet, width, "   "))
            if side.more:
                out.append(f"     … and {side.more} more in the sources")
            if side.empty:
                out.append("     nothing in the sources")
    if page.sources:
        out.append("")
        out.extend(_sources(page.sources, width, site_base_url=site_base_url, fact_ids=page.fact_ids, answer=answer))
    return out


def _not_found(answer: Answer, width: int, site_base_url: str | None = None) -> list[str]:
    from ..core.browse import coverage, examples

    out = _wrap(answer.note or "The articles do not answer this.", width)
    if answer.missing and not answer.note:
        out += _wrap(f"Missing from the sources: {answer.missing}.", width)
    if answer.base is not None and answer.related:
        related = lay.related_page(answer)
        out.append("")
        out.append("Related (not the answer):")
        for block in related.blocks:
            for bullet in block.bullets:
                out.extend(_bullet(bullet, width))
        out.extend(_sources(related.sources, width, site_base_url=site_base_url, fact_ids=related.fact_ids,
                            answer=answer))
    if answer.candidates:
        out.append("")
        out.append("Did you mean:")
        out.extend(candidate_lines(answer.candidates, width))
        out.append(f"Type 1–{min(len(answer.candidates), 9)} to open one.")
    if answer.base is not None:
        out.append("")
        out += _wrap(coverage(answer.base).line(), width)
        ex = examples(answer.base)
        tries = [f"/{k} {ex[k]}" for k in ("who", "policy") if k in ex]
        if tries:
            out += _wrap("Try " + " or ".join(tries) + ", or /browse.", width)
    return out


def render_quotes(answer: Answer, page: int = 0, width: int = 80, *, site_base_url: str | None = None,
                  facts: Sequence[str] | None = None) -> str:
    """The verbatim quotes behind a page (or behind `facts`): each article once, each quote once."""
    if facts is None:
        compare = lay.layout_compare(answer)
        if compare is not None:
            facts = compare[min(page, len(compare) - 1)].fact_ids
        else:
            pages = lay.layout(answer)
            facts = pages[min(page, len(pages) - 1)].fact_ids
    out = [f"Quotes: {answer.title}"]
    for group in lay.quote_groups(answer, facts):
        link = _link(group.source.article.id, group.source.article.link, site_base_url, facts, answer)
        out.append("")
        out.extend(_wrap(f"[{group.source.number}] {group.source.label} — {group.source.article.title} <{link}>",
                         width))
        for quote in group.quotes:
            out.extend(_wrap(f"“{quote}”", width, "    ", "     "))
    return "\n".join(out)


def render_text(answer: Answer, *, quotes: bool = True, width: int = 100, site_base_url: str | None = None) -> str:
    """The whole answer for one-shot commands: every page, then the quotes grouped by article; with
    SITE_BASE_URL the links are the fact browser's pages rather than the publishers'."""
    parts = [render_page(answer, i, width, site_base_url=site_base_url, paged=False)
             for i in range(page_count(answer))]
    text = "\n\n".join(p if i == 0 else p.split("\n", 1)[-1] for i, p in enumerate(parts))
    if quotes and answer.status == "answer" and answer.fact_ids():
        text += "\n\n" + render_quotes(answer, width=width, site_base_url=site_base_url, facts=answer.fact_ids())
    return text


def render_json(answer: Answer) -> str:
    return json.dumps(answer.to_json(), ensure_ascii=False)
