"""`python -m bot site`: the fact base as a static site a reader can check every citation against.

Pages (all links relative, so the site works under any path on any static host):

* `index.html` — what the base covers, search, and lists of people, organisations, topics, events,
  places and articles (long lists are cut on the index and given in full under `lists/`);
* `e/<entity>/` — the same sections and lead as `/who` (or `/policy` for policies, topics and events),
  every [n] marker linking to the article page at the quote;
* `a/<article>/` — front matter and the article text with every quote highlighted and anchored
  `#<fact-id>`, each highlight followed by a marker linking to its fact page;
* `f/<fact>/` — one fact: its statement, quote in context, source, entities and disagreements. This is
  the stable URL answers and digests link to when SITE_BASE_URL is set;
* `search.json` — the index `static/search.js` searches in the browser.

A rebuild overwrites the previous site in place and then deletes the pages it did not write (a fact
that left the base loses its page); it refuses to write into a non-empty directory it did not build.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import multiprocessing
import os
import re
import time
from collections import defaultdict
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from ..core.answer import Answer, Line, Section
from ..core.answers import SECTION_ORDER, fact_lines
from ..core.engine import Engine
from ..core.index import POLICY_TYPES, WHO_TYPES
from ..core.model import Article, Entity, Fact, FactBase, family
from . import links
from .highlight import Piece, locate, normalise, paragraphs
from .search_index import TYPE_LABEL, build_search_index

MARKER = ".factdesk-site"  # marks a directory this command built, so only such a directory is replaced
INDEX_LIST_LIMIT = 60  # entries per group on the index page; the full list is under lists/
GROUPS = (
    ("people", "People", ("person",)),
    ("organisations", "Organisations", ("organisation", "platform", "body")),
    ("topics", "Topics and policies", ("topic", "policy")),
    ("events", "Events", ("event",)),
    ("places", "Places", ("place",)),
)


class SiteError(Exception):
    """A reason the site cannot be written, said in one line (never a traceback)."""


@dataclass
class BuildStats:
    pages: int = 0
    facts: int = 0
    entities: int = 0
    articles: int = 0
    unlocated: list[str] = field(default_factory=list)  # facts whose quote could not be placed
    seconds: float = 0.0
    search_bytes: int = 0
    unchanged: int = 0  # files left alone because the build made them byte for byte as they were
    stages: dict[str, float] = field(default_factory=dict)  # seconds per stage, for the bench


@dataclass(frozen=True)
class Located:
    """A fact's quote placed in its article: the original span and the fact's marker number there."""

    start: int
    end: int
    number: int


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("bot.site", "templates"),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,  # a misspelt variable is a build error, not a blank
    )
    env.globals.update(fact_path=links.fact_path, article_path=links.article_path, entity_path=links.entity_path)
    env.filters["date"] = _date
    return env


@functools.lru_cache(maxsize=4096)
def _date(day: dt.date) -> str:
    """"3 Jul 2025"; cached: strftime per page was a visible share of the build."""
    return f"{day.day} {day:%b %Y}"


_MARKER_RE = re.compile(r"\[(\d+)\]")


def _cite(base: FactBase) -> Callable[[str, dict[str, int], str], Markup]:
    """The answer's lead with each [n] turned into a link to that quote in its article."""

    def cite(text: str, numbers: dict[str, int], root: str) -> Markup:
        by_number = {n: fid for fid, n in numbers.items()}
        out, pos = [], 0
        for match in _MARKER_RE.finditer(text):
            out.append(escape(text[pos: match.start()]))
            fid = by_number.get(int(match.group(1)))
            if fid is None:
                out.append(escape(match.group(0)))
            else:
                href = f"{root}{links.article_path(base.facts[fid].source.article)}#{fid}"
                out.append(Markup('<a class="cite" href="{}">{}</a>').format(href, match.group(0)))
            pos = match.end()
        out.append(escape(text[pos:]))
        return Markup("").join(out)

    return cite


def paragraph_html(para: list[Piece], root: str, conflicts: Mapping[str, object], numbers: Mapping[str, int] | None,
                   focus: str | None = None) -> Markup:
    """One paragraph of an article with its quotes marked. Built here rather than in a template
    macro: it runs for every paragraph of every article and fact page, and a macro call per piece
    was most of the build time at 100,000 facts.

    With `numbers` (the article page) each quote gets its anchor (`id=<fact-id>`) where it starts and
    its numbered link to the fact page where it ends; without (a fact page's context) only marks."""
    out: list[str] = []
    for piece in para:
        if numbers is not None:
            out.extend(f'<span class="anchor" id="{escape(fid)}"></span>' for fid in piece.starts)
        text = escape(piece.text).replace("\n", Markup("<br>\n"))  # a line break inside a paragraph (bullets)
        if piece.facts:
            cls = "q"
            if any(f in conflicts for f in piece.facts):
                cls += " conflict"
            if focus is not None and focus in piece.facts:
                cls += " focus"
            out.append(f'<mark class="{cls}" data-f="{escape(" ".join(piece.facts))}">{text}</mark>')
        else:
            out.append(text)
        if numbers is not None:
            out.extend(f'<a class="ref" href="{root}{escape(links.fact_path(fid))}" title="Fact {numbers[fid]}">'
                       f'{numbers[fid]}</a>' for fid in piece.ends)
    return Markup("".join(out))


@dataclass(frozen=True)
class SiteSource:
    """The base now, and the engine (its search index) when the entity pages need it. Most pages
    need only the base: a big build forks their workers straight away and builds the index
    meanwhile, instead of waiting for it first (tens of seconds at 100,000 facts)."""

    base: FactBase
    engine: Callable[[], Engine]

    @classmethod
    def of(cls, engine: Engine) -> SiteSource:
        return cls(engine.base, lambda: engine)


class _Site:
    def __init__(self, source: SiteSource, out: Path) -> None:
        self.source = source
        self._engine: Engine | None = None
        self.base: FactBase = source.base
        self.out = out
        self.env = _env()
        self.env.globals.update(cite=_cite(self.base), about_html=self.about_html, source_line=self.source_line,
                                lines_html=self.lines_html)
        self._entity_html: dict[tuple[str, str], str] = {}
        self._source_lines: dict[str, Markup] = {}
        self.stats = BuildStats()
        self.written: set[str] = set()  # paths relative to out, "/"-separated
        self.out_str = str(out)
        self.folders: dict[str, bool] = {}  # folders seen by put(): True when they existed before
        self.templates = {name: self.env.get_template(f"{name}.html")
                          for name in ("index", "entity", "article", "fact", "list")}
        self.articles = sorted(self.base.articles.values(), key=lambda a: (a.published, a.id), reverse=True)
        self.located: dict[str, Located] = {}
        self.contexts: dict[str, list[list[Piece]]] = {}  # article id -> paragraphs
        self.fact_counts: dict[str, int] = {eid: len(fids) for eid, fids in self.base.by_entity.items()}
        self.children: dict[str, list[str]] = defaultdict(list)
        for ent in self.base.entities.values():
            if ent.part_of:
                self.children[ent.part_of].append(ent.id)

    # -- writing ------------------------------------------------------------------------------------

    def write(self, rel: str, template: str, **context: object) -> None:
        depth = rel.count("/")
        self.put(rel, self.templates[template].render(root="../" * depth, base=self.base, **context))
        self.stats.pages += 1

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = self.source.engine()
        return self._engine

    def build(self, workers: int = 1) -> BuildStats:
        """The pages as jobs: "i" the index pages and search index, "a" runs of articles with their
        facts (a fact page shows the paragraphs its article placed), "e" entities, which alone need
        the engine and its index. With `workers` > 1 the first two kinds go to a pool forked before
        the index is built, so they overlap with it (one worker fewer than `workers`: the index is
        the critical path), the entities to a second pool forked once it is built."""
        started = time.perf_counter()
        fresh = not self.out.is_dir() or not any(self.out.iterdir())  # nothing stale to look for
        self.out.mkdir(parents=True, exist_ok=True)
        self.put(MARKER, "built by `python -m bot site`; replaced by the next build\n")
        for item in resources.files("bot.site").joinpath("static").iterdir():
            if item.is_file():
                self.put(f"static/{item.name}", item.read_bytes())
        early: list[tuple[str, list[str]]] = [("i", []), *(("a", c) for c in self._article_chunks())]
        listing = None
        if workers > 1:
            global _WORKER_SITE
            ctx = multiprocessing.get_context("fork")  # the workers share the loaded base without pickling it
            _WORKER_SITE = self
            try:
                with ProcessPoolExecutor(max(1, workers - 1), mp_context=ctx) as pool:  # a core for the index
                    done = [pool.submit(_render_job, job) for job in early]
                    self.engine.wait_ready()  # meanwhile, in this process
                    self.stats.stages["answer index ready"] = time.perf_counter() - started
                    late = [("e", chunk) for chunk in _chunks(list(self.base.entities), CHUNK // 5)]
                    with ProcessPoolExecutor(workers, mp_context=ctx) as entity_pool:
                        done += [entity_pool.submit(_render_job, job) for job in late]
                        listing = None if fresh else self.list_old()  # while the pages are written
                        for (kind, _), future in zip([*early, *late], done, strict=True):
                            self._merge(kind, *future.result())
            finally:
                _WORKER_SITE = None
        else:
            for job in early:
                self._merge(job[0], *_timed_job(self, job))
            for job in [("e", list(self.base.entities))]:
                self._merge(job[0], *_timed_job(self, job))
        self.stats.stages["pages"] = time.perf_counter() - started
        if not fresh:
            mark = time.perf_counter()
            self.remove_stale(self.list_old() if listing is None else listing)
            self.stats.stages["cleanup"] = time.perf_counter() - mark
        self.stats.facts, self.stats.entities, self.stats.articles = (
            len(self.base.facts), len(self.base.entities), len(self.base.articles))
        self.stats.seconds = time.perf_counter() - started
        return self.stats

    def _merge(self, kind: str, written: set[str], stats: BuildStats, cpu: float) -> None:
        """A job's result into the build's: what it wrote (for the clean-up), its counts, its CPU."""
        self.written.update(written)
        self.stats.pages += stats.pages
        self.stats.unchanged += stats.unchanged
        self.stats.unlocated.extend(stats.unlocated)
        self.stats.search_bytes = max(self.stats.search_bytes, stats.search_bytes)
        key = f"CPU {JOB_NAMES[kind]}"
        self.stats.stages[key] = self.stats.stages.get(key, 0.0) + cpu

    def _article_chunks(self) -> list[list[str]]:
        """Articles in runs of about CHUNK facts: one job places an article's quotes and writes its
        page and its facts' pages."""
        chunks: list[list[str]] = [[]]
        size = 0
        for article in self.articles:
            if size >= CHUNK:
                chunks.append([])
                size = 0
            chunks[-1].append(article.id)
            size += len(self._article_fact_ids(article.id))
        return [c for c in chunks if c]

    def search_index(self) -> None:
        data = build_search_index(self.base)
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        self.put("search.json", text)
        self.stats.search_bytes = len(text.encode("utf-8"))

    def render_job(self, kind: str, ids: list[str]) -> None:
        if kind == "i":
            self.index_pages(self.articles)
            self.search_index()
        elif kind == "a":
            for aid in ids:
                article = self.base.articles[aid]
                self.article_page(article)
                for fid in self._article_fact_ids(aid):
                    self.fact_page(self.base.facts[fid])
        else:
            for eid in ids:
                self.entity_page(self.base.entities[eid])

    def put(self, rel: str, data: str | bytes) -> None:
        """Write one file in place and remember it, so files the new build did not write can go.

        A page that did not change is left alone, and a changed one is unlinked and created anew
        rather than truncated: ext4 flushes a truncated-and-rewritten file on close (auto_da_alloc),
        which made a rebuild of the 10,000-fact site spend 8 of its 16 s in open(). Every page has
        a folder of its own (`f/<id>/index.html`), so the folder's mkdir doubles as the test for an
        old page: a folder made now holds none, and a first build makes no other system call."""
        raw = data.encode("utf-8") if isinstance(data, str) else data
        path = os.path.join(self.out_str, rel)
        self.written.add(rel)
        folder = os.path.dirname(path)
        existed = self.folders.get(folder)
        if existed is None:  # once per folder
            try:
                os.mkdir(folder)
                existed = False
            except FileExistsError:
                existed = True
            except FileNotFoundError:
                os.makedirs(folder, exist_ok=True)
                existed = False
            self.folders[folder] = existed
        if existed:
            try:
                with open(path, "rb") as fh:
                    if fh.read() == raw:
                        self.stats.unchanged += 1
                        return
                os.unlink(path)
            except FileNotFoundError:
                pass
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)  # as open(), less fstat and ioctl
        try:
            view = memoryview(raw)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)

    def list_old(self) -> list[tuple[str, list[str], list[str]]]:
        """The output folder's tree, deepest folders first. Taken while the workers still write:
        what they add meanwhile is in `written` and so never stale."""
        return list(os.walk(self.out_str, topdown=False))

    def remove_stale(self, listing: list[tuple[str, list[str], list[str]]]) -> None:
        """Delete the listed files this build did not write (pages of facts, entities or articles
        that left the base, anything else put there), and the folders that leaves empty."""
        removed: set[str] = set()
        for dirpath, dirnames, filenames in listing:
            rel_dir = os.path.relpath(dirpath, self.out_str)
            left = 0
            for name in filenames:
                rel = name if rel_dir == "." else f"{rel_dir}/{name}".replace(os.sep, "/")
                if rel in self.written:
                    left += 1
                else:
                    os.unlink(os.path.join(dirpath, name))
            if rel_dir != "." and not left and all(os.path.join(dirpath, d) in removed for d in dirnames):
                try:
                    os.rmdir(dirpath)
                    removed.add(dirpath)
                except OSError:  # the build wrote a new file into it after it was listed
                    pass

    # -- articles -----------------------------------------------------------------------------------

    def article_page(self, article: Article) -> None:
        facts = [self.base.facts[fid] for fid in self._article_fact_ids(article.id)]
        norm = normalise(article.body)
        spans: dict[str, tuple[int, int]] = {}
        for fact in facts:
            span = locate(norm, fact.source.quote)
            if span is None:  # cannot happen for a validated base; said in the build summary if it does
                self.stats.unlocated.append(fact.id)
                continue
            spans[fact.id] = span
        ordered = sorted(spans, key=lambda f: (spans[f][0], -spans[f][1], f))
        spans = {fid: spans[fid] for fid in ordered}
        for n, fid in enumerate(ordered, start=1):
            self.located[fid] = Located(*spans[fid], n)
        paras = paragraphs(article.body, spans)
        self.contexts[article.id] = paras
        listed = [(self.located[fid].number, self.base.facts[fid]) for fid in ordered]
        numbers = {fid: self.located[fid].number for fid in ordered}
        root = "../../"
        self.write(f"{links.article_path(article.id)}index.html", "article", article=article,
                   paragraphs=[paragraph_html(p, root, self.base.conflicts, numbers) for p in paras],
                   listed=listed, conflicts=self.base.conflicts,
                   unlocated=[f for f in facts if f.id not in spans], source_url=_public_url(article))

    def _article_fact_ids(self, article_id: str) -> list[str]:
        if not hasattr(self, "_by_article"):
            by_article: dict[str, list[str]] = defaultdict(list)
            for fact in self.base.facts.values():
                by_article[fact.source.article].append(fact.id)
            self._by_article = by_article
        return self._by_article.get(article_id, [])

    # -- facts --------------------------------------------------------------------------------------

    def fact_page(self, fact: Fact) -> None:
        article = self.base.articles[fact.source.article]
        loc = self.located.get(fact.id)
        context: list[Markup] = []
        if loc is not None:
            for para in self.contexts.get(article.id, ()):
                if any(fact.id in piece.facts for piece in para):
                    context.append(paragraph_html(para, "../../", self.base.conflicts, None, focus=fact.id))
        others = [self.base.facts[c] for c in self.base.conflicts.get(fact.id, ())]
        self.write(f"{links.fact_path(fact.id)}index.html", "fact", fact=fact, article=article, context=context,
                   conflicts=others, entities=self._entity_links(fact), located=loc is not None,
                   source_url=_public_url(article), when=fact.when.label() if fact.when else "")

    def _entity_links(self, fact: Fact) -> list[Entity]:
        return [self.base.entities[e] for e in fact.entity_ids() if e in self.base.entities]

    # -- fragments every page repeats, built once (a Jinja macro call each was a third of the build) --

    def about_html(self, fact: Fact, root: str) -> Markup:
        """The links to the entities a fact is about, comma-separated."""
        parts = []
        for eid in fact.entity_ids():
            html = self._entity_html.get((eid, root))
            if html is None:
                ent = self.base.entities.get(eid)
                if ent is None:
                    continue
                html = f'<a href="{escape(root)}{escape(links.entity_path(eid))}">{escape(ent.name)}</a>'
                self._entity_html[(eid, root)] = html
            parts.append(html)
        return Markup(", ".join(parts))

    def source_line(self, article: Article) -> Markup:
        """"Publisher, 3 Jul 2025"."""
        line = self._source_lines.get(article.id)
        if line is None:
            line = self._source_lines[article.id] = escape(article.publisher) + ", " + escape(_date(article.published))
        return line

    def lines_html(self, lines: tuple[Line, ...], numbers: Mapping[str, int], root: str) -> Markup:
        """An answer's lines, each statement followed by its [n] links to the quotes."""
        facts = self.base.facts
        out = ['<ul class="lines">\n']
        for line in lines:
            if line.fact_ids:
                refs = "".join(
                    f'<a class="cite" href="{escape(root)}{escape(links.article_path(facts[fid].source.article))}'
                    f'#{escape(fid)}" title="{escape(facts[fid].source.quote)}">[{numbers[fid]}]</a>'
                    for fid in line.fact_ids)
                if line.conflict:
                    out.append(f'  <li class="conflict">{escape(line.text)} <span class="flag">⚠ sources disagree'
                               f'</span> {refs}</li>\n')
                else:
                    out.append(f"  <li>{escape(line.text)} {refs}</li>\n")
            else:
                out.append(f'  <li class="muted">{escape(line.text)}</li>\n')
        out.append("</ul>\n")
        return Markup("".join(out))

    # -- entities -----------------------------------------------------------------------------------

    def entity_page(self, ent: Entity) -> None:
        answer = self.answer_for(ent)
        cited = set(answer.fact_ids())
        own = [self.base.facts[f] for f in self._family_facts(ent.id)]
        rest = [f for f in own if f.id not in cited]
        extra: tuple[Line, ...] = tuple(fact_lines(self.base, rest)) if rest else ()
        numbers = answer.citation_numbers()
        for line in extra:
            for fid in line.fact_ids:
                numbers.setdefault(fid, len(numbers) + 1)
        order = sorted(numbers, key=numbers.__getitem__)
        parent = self.base.entities.get(ent.part_of) if ent.part_of else None
        parts = sorted((self.base.entities[c] for c in self.children.get(ent.id, ())), key=lambda e: e.name)
        self.write(f"{links.entity_path(ent.id)}index.html", "entity", ent=ent, answer=answer, numbers=numbers,
                   sections=[s for s in answer.sections if s.lines], extra=extra, cited=[self.base.facts[f] for f in order],
                   type_label=TYPE_LABEL.get(ent.type, ent.type), parent=parent, parts=parts)

    def answer_for(self, ent: Entity) -> Answer:
        """The bot's own answer for this entity (`/who`, or `/policy` for policies, topics and events),
        asked by id then by name, and kept only if it is about this entity (its facts and the facts
        they disagree with); else the same sections built here from the entity's facts, so every
        entity has a page even where the bot would ask "which one?" or has no command (places)."""
        family = set(self._family(ent.id))
        own = {f for e in family for f in self.base.by_entity.get(e, ())}
        allowed = own | {c for f in own for c in self.base.conflicts.get(f, ())}  # answers show both sides
        ask = self.engine.who if ent.type in WHO_TYPES else self.engine.policy if ent.type in POLICY_TYPES else None
        if ask is not None:
            for query in (ent.id, ent.name):
                answer = ask(query)
                cited = answer.fact_ids()
                # "<name> in 2017": an id or name with a year filters by it; what it leaves out is
                # still shown, under "More from the sources"
                same = answer.title == ent.name or answer.title.startswith(f"{ent.name} in ")
                if answer.status == "answer" and same and cited and allowed.issuperset(cited):
                    return answer
        facts = sorted((self.base.facts[f] for f in self._family_facts(ent.id)),
                       key=lambda f: (self.base.year_of(f), f.id))
        sections = []
        for kind, heading in SECTION_ORDER:
            group = [f for f in facts if f.kind == kind]
            if group:
                sections.append(Section(heading, tuple(fact_lines(self.base, group))))
        return Answer("answer", ent.name, tuple(sections), command="who", query=ent.name, base=self.base)

    def _family(self, eid: str) -> list[str]:
        return family(self.children, eid)

    def _family_facts(self, eid: str) -> list[str]:
        ids = [eid] if self.base.entities[eid].type in WHO_TYPES else self._family(eid)
        return list(dict.fromkeys(f for e in ids for f in self.base.by_entity.get(e, ())))

    # -- index --------------------------------------------------------------------------------------

    def index_pages(self, articles: list[Article]) -> None:
        groups = []
        for key, heading, types in GROUPS:
            ents = sorted((e for e in self.base.entities.values() if e.type in types),
                          key=lambda e: (-self.fact_counts.get(e.id, 0), e.name.casefold()))
            if not ents:
                continue
            groups.append((key, heading, ents))
            self.write(f"lists/{key}/index.html", "list", heading=heading, entities=ents, articles=None,
                       counts=self.fact_counts)
        self.write("lists/articles/index.html", "list", heading="Articles", entities=None, articles=articles,
                   counts=self._article_counts())
        years = sorted({self.base.year_of(f) for f in self.base.facts.values()})
        topics = sorted((e for e in self.base.entities.values() if e.type == "topic"),
                        key=lambda e: (-self.fact_counts.get(e.id, 0), e.name.casefold()))[:5]
        self.write("index.html", "index", groups=groups, articles=articles, years=years, topics=topics,
                   counts=self.fact_counts, article_counts=self._article_counts(), limit=INDEX_LIST_LIMIT)

    def _article_counts(self) -> dict[str, int]:
        return {aid: len(self._article_fact_ids(aid)) for aid in self.base.articles}


CHUNK = 2000  # facts per job for the worker processes (entities: a fifth, their pages cost more)
_WORKER_SITE: _Site | None = None  # set in the parent just before forking; read by the workers


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


JOB_NAMES = {"i": "index and search", "a": "articles and facts", "e": "entities"}


def _timed_job(site: _Site, job: tuple[str, list[str]]) -> tuple[set[str], BuildStats, float]:
    """One job's pages; what it wrote, its counts, and the CPU seconds it took (for the build
    summary: wall time on a shared machine says little)."""
    cpu = time.process_time()
    saved = site.written, site.stats
    site.written, site.stats = set(), BuildStats()
    try:
        site.render_job(*job)
        return site.written, site.stats, time.process_time() - cpu
    finally:
        site.written, site.stats = saved


def _render_job(job: tuple[str, list[str]]) -> tuple[set[str], BuildStats, float]:
    """In a worker: `_timed_job` on the site forked from the parent."""
    site = _WORKER_SITE
    assert site is not None, "worker started without a forked site"
    return _timed_job(site, job)


def _public_url(article: Article) -> str | None:
    url = article.url
    return url if url and url.startswith(("http://", "https://")) else None


def check_out(out: Path) -> Path:
    """The output directory, resolved; refused when it is a file or holds something we did not build."""
    out = out.resolve()
    if out.exists() and not out.is_dir():
        raise SiteError(f"{out} exists and is not a directory")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise SiteError(f"{out} is not empty and was not built by `python -m bot site`; choose another --out")
    return out


def build_site(source: Engine | SiteSource, out: Path, workers: int | None = None) -> BuildStats:
    """Write the site for the base to `out`, replacing a site built there before.

    `workers` processes render the pages (default: one per CPU, at most 4, and only for bases big
    enough to pay for the fork)."""
    out = check_out(out)
    if isinstance(source, Engine):
        source = SiteSource.of(source)
    if workers is None:
        workers = min(4, os.cpu_count() or 1) if len(source.base.facts) >= 2 * CHUNK else 1
    try:
        return _Site(source, out).build(workers)
    except OSError as exc:
        raise SiteError(f"cannot write the site to {out}: {exc.strerror or exc}") from None
