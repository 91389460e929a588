"""How an answer is laid out for reading, shared by every front end (Discord, console).

The core's `Answer` says *what* is true and which facts back it; this module decides *how much fits
at a glance*: the lead first, at most `MAX_BULLETS` bullets and about `MAX_CHARS` characters a page,
disagreements summarised on page 1, and each cited article numbered once so the sources can be
listed once at the end of a page ("[1] Arab News, 10 Jul 2025 · [2] Profit, 10 Jul 2025") instead of
under every bullet. Numbering is per *article*, not per fact: a reader checks an article, and five
facts from one article need one link, not five.

Pure functions and plain data (no discord, no markup): the Discord renderer adds markdown and
escaping, the console adds wrapping; both therefore show the same pages.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .answer import Answer, Line
from .model import Article, Fact, FactBase
from .text import truncate

MAX_BULLETS = 8  # a page a reader takes in at a glance (issue 13)
MAX_CHARS = 1200  # visible characters of lead + bullets on a page
MAX_BULLET = 300  # one statement; the core's sentences are shorter, this guards the layout
COMPARE_PER_SIDE = 2  # items per side per aspect on one page; the rest continues on the next page
COMPARE_ITEM = 200
_MARKER = re.compile(r"\[(\d+)\]")
_PAREN = re.compile(r"\s*\([^)]*\)")


# -- one home for dates and source labels -------------------------------------------------------------

def date_label(day: dt.date) -> str:
    """"10 Jul 2025": unambiguous in every locale, the form used everywhere a date is shown."""
    return f"{day.day} {day:%b %Y}"


def publisher_short(article: Article) -> str:
    """"Arab News (Pakistan edition)" → "Arab News": the name readers know, without the edition."""
    return _PAREN.sub("", article.publisher).strip() or article.publisher


def source_label(article: Article) -> str:
    """"Arab News, 10 Jul 2025": how a source is named in a list of sources."""
    return f"{publisher_short(article)}, {date_label(article.published)}"


# -- numbering ---------------------------------------------------------------------------------------

def cited_facts(answer: Answer) -> list[str]:
    """Facts the answer shows as evidence, in reading order (sections, then related for not_found)."""
    ids = answer.fact_ids()
    return ids + [f for f in answer.related if f not in ids]


def article_numbers(answer: Answer) -> dict[str, int]:
    """article id → [n], in order of first citation."""
    if answer.base is None:
        return {}
    numbers: dict[str, int] = {}
    for fid in cited_facts(answer):
        art = answer.base.facts[fid].source.article
        numbers.setdefault(art, len(numbers) + 1)
    return numbers


def refs_for(base: FactBase, fact_ids: Iterable[str], numbers: dict[str, int]) -> tuple[int, ...]:
    return tuple(sorted({numbers[base.facts[f].source.article] for f in fact_ids
                         if base.facts[f].source.article in numbers}))


def lead_text(answer: Answer, numbers: dict[str, int]) -> tuple[str, tuple[int, ...]]:
    """The lead with the core's per-fact [n] markers turned into per-article ones (duplicates merged)."""
    if not answer.lead or answer.base is None:
        return answer.lead, ()
    facts = answer.fact_ids()
    used: list[int] = []

    def swap(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if not 1 <= n <= len(facts):
            return match.group(0)
        art = answer.base.facts[facts[n - 1]].source.article  # type: ignore[union-attr]
        used.append(numbers[art])
        return f"[{numbers[art]}]"

    text = _MARKER.sub(swap, answer.lead)

    def tidy(run: re.Match[str]) -> str:  # "[2][1][2]" → "[1][2]"
        return "".join(f"[{n}]" for n in sorted({int(x) for x in _MARKER.findall(run.group(0))}))

    text = re.sub(r"(?:\[\d+\])+", tidy, text)
    return text, tuple(sorted(set(used)))


# -- pages -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Bullet:
    text: str
    refs: tuple[int, ...]  # article numbers
    fact_ids: tuple[str, ...]
    conflict: bool = False
    note: bool = False  # "… and 3 more": a remark about the list, not a statement

    @property
    def size(self) -> int:
        return len(self.text) + 4 * len(self.refs) + 3


@dataclass(frozen=True)
class Block:
    heading: str
    bullets: tuple[Bullet, ...]
    summary: str = ""  # a disagreement: what differs and who says which

    @property
    def size(self) -> int:
        return len(self.heading) + len(self.summary) + sum(b.size for b in self.bullets) + 2


@dataclass(frozen=True)
class Source:
    number: int
    article: Article

    @property
    def label(self) -> str:
        return source_label(self.article)


@dataclass
class Page:
    lead: str = ""
    note: str = ""
    blocks: list[Block] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    fact_ids: tuple[str, ...] = ()

    def bullet_count(self) -> int:
        return sum(len(b.bullets) for b in self.blocks)


def _bullet(base: FactBase, line: Line, numbers: dict[str, int], limit: int = MAX_BULLET) -> Bullet:
    text = _clip(line.text, limit)
    if not line.fact_ids:
        return Bullet(text, (), (), note=True)
    return Bullet(text, refs_for(base, line.fact_ids, numbers), line.fact_ids, line.conflict)


def _clip(text: str, limit: int) -> str:
    return truncate(" ".join(text.split()), limit)


def conflict_groups(base: FactBase, lines: Sequence[Line]) -> list[list[Line]]:
    """Lines whose facts are linked as conflicting, grouped (a fact may disagree with several)."""
    groups: list[list[Line]] = []
    for line in lines:
        if not line.conflict:
            continue
        linked = {c for f in line.fact_ids for c in base.conflicts.get(f, ())} | set(line.fact_ids)
        for group in groups:
            if linked & {f for ln in group for f in ln.fact_ids}:
                group.append(line)
                break
        else:
            groups.append([line])
    return groups


def _value(fact: Fact) -> str:
    value, unit = fact.figure.get("value"), fact.figure.get("unit")
    if isinstance(value, int | float):
        shown = f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
    else:
        shown = str(value or "")
    return f"{shown} {unit}".strip() if unit else shown


def disagreement(base: FactBase, fact_ids: Sequence[str]) -> str:
    """What differs and who says which: "300,000 sellers — Arab News; 300,000 products — PhoneWorld".

    Built only from the facts' own fields: figures by value and unit, dated facts by date, otherwise
    by the entities one side names and the other does not. Empty when none of these differ.
    """
    facts = [base.facts[f] for f in dict.fromkeys(fact_ids)]
    if len(facts) < 2:
        return ""
    shared: set[str] = set.intersection(*(set(f.about) for f in facts))
    keyers = [
        lambda f: _value(f) if f.figure else "",
        lambda f: f.when.label() if f.when else "",
        lambda f: ", ".join(base.entities[e].name for e in f.about if e not in shared),
    ]
    for key in keyers:
        keys = [key(f) for f in facts]
        if all(keys) and len(set(keys)) > 1:
            by_key: dict[str, list[str]] = {}
            for fact, k in zip(facts, keys, strict=True):
                who = publisher_short(base.articles[fact.source.article])
                speaker = base.entities.get(fact.speaker) if fact.speaker else None
                if speaker is None or speaker.type != "person":  # else the person only this account names
                    speaker = next((base.entities[e] for e in fact.about
                                    if e not in shared and base.entities[e].type == "person"), None)
                if speaker is not None and speaker.type == "person":
                    who = f"{speaker.name} ({who})"
                by_key.setdefault(k, [])
                if who not in by_key[k]:
                    by_key[k].append(who)
            return "; ".join(f"{k} — {', '.join(v)}" for k, v in by_key.items())
    return ""


def _blocks(answer: Answer, numbers: dict[str, int]) -> list[Block]:
    """Disagreements first (a reader must see them on page 1), then each section in order."""
    assert answer.base is not None
    base = answer.base
    blocks: list[Block] = []
    moved: set[int] = set()
    for section in answer.sections:
        for group in conflict_groups(base, section.lines):
            facts = [f for ln in group for f in ln.fact_ids]
            summary = disagreement(base, facts) or "the sources give different accounts"
            blocks.append(Block("", tuple(_bullet(base, ln, numbers) for ln in group), summary))
            moved.update(id(ln) for ln in group)
    for section in answer.sections:
        bullets = tuple(_bullet(base, ln, numbers) for ln in section.lines if id(ln) not in moved)
        if bullets:
            blocks.append(Block(section.heading, bullets))
    return blocks


def _finish(page: Page, base: FactBase, numbers: dict[str, int], extra_refs: Iterable[int] = ()) -> Page:
    facts = tuple(dict.fromkeys(f for b in page.blocks for bl in b.bullets for f in bl.fact_ids))
    refs = set(extra_refs) | {r for b in page.blocks for bl in b.bullets for r in bl.refs}
    by_number = {n: base.articles[a] for a, n in numbers.items()}
    page.sources = [Source(n, by_number[n]) for n in sorted(refs) if n in by_number]
    page.fact_ids = facts
    return page


def paginate(blocks: Sequence[Block], *, first: Page, max_bullets: int = MAX_BULLETS,
             max_chars: int = MAX_CHARS) -> list[Page]:
    """Fill pages in order; a block that does not fit continues on the next page as "Heading (cont.)"."""
    pages = [first]
    used = len(first.lead) + len(first.note)
    count = 0
    for block in blocks:
        rest = list(block.bullets)
        heading, summary = block.heading, block.summary
        while rest:
            room_bullets = max_bullets - count
            take: list[Bullet] = []
            size = used + len(heading) + len(summary) + 2
            for bullet in rest:
                if len(take) >= room_bullets or (size + bullet.size > max_chars and (take or count)):
                    break
                take.append(bullet)
                size += bullet.size
            if not take:
                pages.append(Page())
                used = count = 0
                continue
            pages[-1].blocks.append(Block(heading, tuple(take), summary))
            used, count = size, count + len(take)
            rest = rest[len(take):]
            if block.heading:
                heading = f"{block.heading} (cont.)"
            summary = f"{block.summary} (cont.)" if block.summary else ""
    return pages


def layout(answer: Answer, *, max_bullets: int = MAX_BULLETS, max_chars: int = MAX_CHARS) -> list[Page]:
    """An answer's pages: page 1 opens with the lead (and the core's note), then the bullets."""
    if answer.base is None:
        return [Page(lead=answer.lead, note=answer.note)]
    base = answer.base
    numbers = article_numbers(answer)
    lead, lead_refs = lead_text(answer, numbers)
    first = Page(lead=lead, note=answer.note)
    pages = paginate(_blocks(answer, numbers), first=first, max_bullets=max_bullets, max_chars=max_chars)
    return [_finish(p, base, numbers, lead_refs if i == 0 else ()) for i, p in enumerate(pages)]


def related_page(answer: Answer) -> Page:
    """For not_found: the related facts, labelled as such by the front end, never as the answer."""
    assert answer.base is not None
    numbers = article_numbers(answer)
    bullets = tuple(_bullet(answer.base, Line(answer.base.facts[f].says, (f,)), numbers)
                    for f in answer.related[:MAX_BULLETS // 2])
    page = Page(blocks=[Block("Related", bullets)] if bullets else [])
    return _finish(page, answer.base, numbers)


# -- compare -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Side:
    bullets: tuple[Bullet, ...]
    more: int = 0  # further items the core counted but did not list
    empty: bool = False  # the sources have nothing for this side


@dataclass(frozen=True)
class Row:
    """The same measure on both sides, shown on one line."""

    measure: str
    a: Bullet
    b: Bullet


@dataclass(frozen=True)
class Aspect:
    heading: str
    a: Side
    b: Side
    rows: tuple[Row, ...] = ()

    @property
    def size(self) -> int:
        return (len(self.heading) + sum(b.size for b in (*self.a.bullets, *self.b.bullets))
                + sum(len(r.measure) + r.a.size + r.b.size for r in self.rows) + 40)


@dataclass
class ComparePage:
    names: tuple[str, str]
    note: str = ""
    lead: str = ""
    aspects: list[Aspect] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    fact_ids: tuple[str, ...] = ()


def compare_sides(answer: Answer) -> tuple[str, str] | None:
    """The two side names of a compare answer ("2017", "2025"), read from its title."""
    if answer.command != "compare" or " vs " not in answer.title:
        return None
    a, b = answer.title.split(" vs ", 1)
    return a, b


def _measure_key(fact: Fact) -> str:
    measure = fact.figure.get("measure")
    if not isinstance(measure, str):
        return ""
    return " ".join(re.sub(r"\b(19|20)\d\d\b", "", _PAREN.sub("", measure)).lower().split())


def _aspects(answer: Answer, names: tuple[str, str], numbers: dict[str, int]) -> list[Aspect]:
    assert answer.base is not None
    base = answer.base
    aspects = []
    for section in answer.sections:
        sides: dict[str, list[Line]] = {names[0]: [], names[1]: []}
        more = {names[0]: 0, names[1]: 0}
        empty = {names[0]: False, names[1]: False}
        for line in section.lines:
            name = next((n for n in names if line.text.startswith(f"{n}: ")), None)
            if name is None:
                continue
            text = line.text[len(name) + 2:]
            if not line.fact_ids:
                found = re.search(r"and (\d+) more", text)
                if found:
                    more[name] = int(found.group(1))
                else:
                    empty[name] = True
                continue
            sides[name].append(Line(text, line.fact_ids, line.conflict))
        rows: list[Row] = []
        keyed = [{_measure_key(base.facts[ln.fact_ids[0]]): ln for ln in sides[n]} for n in names]
        for key in [k for k in keyed[0] if k and k in keyed[1]]:
            la, lb = keyed[0][key], keyed[1][key]
            fa, fb = base.facts[la.fact_ids[0]], base.facts[lb.fact_ids[0]]
            rows.append(Row(_clip(str(fa.figure.get("measure")), 120),
                            Bullet(_value(fa), refs_for(base, la.fact_ids, numbers), la.fact_ids),
                            Bullet(_value(fb), refs_for(base, lb.fact_ids, numbers), lb.fact_ids)))
            sides[names[0]].remove(la)
            sides[names[1]].remove(lb)
        bullets = [tuple(_bullet(base, ln, numbers, COMPARE_ITEM) for ln in sides[n]) for n in names]
        aspects.append(Aspect(section.heading,
                              Side(bullets[0], more[names[0]], empty[names[0]]),
                              Side(bullets[1], more[names[1]], empty[names[1]]), tuple(rows)))
    return aspects


def layout_compare(answer: Answer, *, per_side: int = COMPARE_PER_SIDE, max_chars: int = 2 * MAX_CHARS,
                   max_aspects: int = 3) -> list[ComparePage] | None:
    """Side-by-side pages: per aspect, up to `per_side` items a side; the rest continue on a later
    page under "Heading (cont.)". None when the answer is not a two-sided comparison."""
    names = compare_sides(answer)
    if names is None or answer.base is None or answer.status != "answer":
        return None
    base = answer.base
    numbers = article_numbers(answer)
    lead, lead_refs = lead_text(answer, numbers)
    # Every aspect's first items come first (page 1 is an overview), continuations after.
    parts: list[list[Aspect]] = []
    for aspect in _aspects(answer, names, numbers):
        a, b = list(aspect.a.bullets), list(aspect.b.bullets)
        part = 0
        while part == 0 or a or b:
            heading = aspect.heading if part == 0 else f"{aspect.heading} (cont.)"
            last = len(a) <= per_side and len(b) <= per_side
            if len(parts) <= part:
                parts.append([])
            parts[part].append(Aspect(
                heading,
                Side(tuple(a[:per_side]), aspect.a.more if last else 0, aspect.a.empty and part == 0),
                Side(tuple(b[:per_side]), aspect.b.more if last else 0, aspect.b.empty and part == 0),
                aspect.rows if part == 0 else (),
            ))
            a, b = a[per_side:], b[per_side:]
            part += 1
    chunks = [chunk for part_chunks in parts for chunk in part_chunks]
    pages = [ComparePage(names, answer.note, lead)]
    used = len(answer.note) + len(lead)
    for chunk in chunks:
        page = pages[-1]
        if page.aspects and (used + chunk.size > max_chars or len(page.aspects) >= max_aspects):
            pages.append(ComparePage(names))
            page, used = pages[-1], 0
        page.aspects.append(chunk)
        used += chunk.size
    by_number = {n: base.articles[a] for a, n in numbers.items()}
    for i, page in enumerate(pages):
        bullets = [bl for asp in page.aspects
                   for bl in (*asp.a.bullets, *asp.b.bullets, *(x for r in asp.rows for x in (r.a, r.b)))]
        refs = {r for bl in bullets for r in bl.refs} | (set(lead_refs) if i == 0 else set())
        page.sources = [Source(n, by_number[n]) for n in sorted(refs)]
        page.fact_ids = tuple(dict.fromkeys(f for bl in bullets for f in bl.fact_ids))
    return pages


# -- quotes ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class QuoteGroup:
    source: Source
    quotes: tuple[str, ...]


def quote_groups(answer: Answer, fact_ids: Sequence[str]) -> list[QuoteGroup]:
    """The verbatim quotes behind `fact_ids`, each quote once, grouped under its article once."""
    if answer.base is None:
        return []
    base = answer.base
    numbers = article_numbers(answer)
    grouped: dict[str, list[str]] = {}
    for fid in fact_ids:
        fact = base.facts[fid]
        quotes = grouped.setdefault(fact.source.article, [])
        if fact.source.quote not in quotes:
            quotes.append(fact.source.quote)
    order = sorted(grouped, key=lambda a: numbers.get(a, 10**6))
    return [QuoteGroup(Source(numbers.get(a, 0), base.articles[a]), tuple(grouped[a])) for a in order]
