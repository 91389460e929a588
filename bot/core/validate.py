"""Build a FactBase from `corpus/` and `facts/`, or say precisely what is wrong and where.

The validator and the loader are one pass on purpose: the bot can only ever serve a base that
passed every check, and an editor sees the same `file:line: problem` messages from `check`, from a
failed reload and from a refused start.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import stat
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from .loader import LineDict, LineList, SourceError, parse_yaml, read_text, split_front_matter
from .model import (
    EMPTY,
    ENTITY_TYPES,
    FACT_KINDS,
    FIGURE_STATUSES,
    Article,
    Entity,
    Fact,
    FactBase,
    Source,
    When,
)
from .problems import EntityGap, MentionGap, Problem, Report
from .text import fold, quote_key

__all__ = ["Checked", "Problem", "Report", "build"]  # Problem and Report stay importable from here

T = TypeVar("T")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_FILE_BYTES = 5 * 1024 * 1024
ENTITY_KEYS = {"id", "type", "name", "aliases", "keywords", "part_of", "year", "unnamed", "note"}
FACT_KEYS = {
    "id", "kind", "about", "says", "source", "when", "event", "speaker", "role", "figure",
    "measure", "details", "conflicts_with", "added", "note",
}
ARTICLE_KEYS = {"id", "title", "publisher", "published", "url", "seed", "seed_part", "added"}


class _Collector:
    def __init__(self) -> None:
        self.report = Report()
        # Names (without suffix) of files that were found but could not be loaded, and folders that
        # could not be listed: references to them are not reported again as missing (no cascades).
        self.broken: set[str] = set()
        self.unreadable: set[str] = set()


    def error(self, path: str, line: int, message: str) -> None:
        self.report.errors.append(Problem(path, line, message))

    def warn(self, path: str, line: int, message: str) -> None:
        self.report.warnings.append(Problem(path, line, message))


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None
        except ValueError:
            return None
    return None


def _str_list(value: Any) -> list[str] | None:
    if value is None:
        return []
    if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
        return value
    return None


def _rel(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _files(root: Path, sub: str, suffix: str, c: _Collector | None = None) -> list[Path]:
    """The regular files `sub/*suffix`, sorted. Anything else with such a name is refused by name
    rather than skipped: a link out of the folder, a dangling link, a loop, a FIFO (which would
    block the reader) or a folder. Without `c` (a second listing) problems are not reported again."""
    directory = root / sub
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except FileNotFoundError:
        if c is not None:
            c.error(f"{sub}/", 0, "the folder is missing (moved or deleted?); the fact base needs it")
            c.unreadable.add(sub)
        return []
    except NotADirectoryError:
        if c is not None:
            c.error(sub, 0, "is a file, but must be a folder")
            c.unreadable.add(sub)
        return []
    except OSError as exc:
        if c is not None:
            c.error(f"{sub}/", 0, f"cannot read the folder: {exc.strerror or exc} (check its permissions)")
            c.unreadable.add(sub)
        return []
    inside = root.resolve()
    found: list[Path] = []
    for entry in entries:
        if not entry.name.endswith(suffix) or entry.name.startswith("."):
            continue
        path, display = Path(entry.path), f"{sub}/{entry.name}"
        problem = None
        if entry.is_symlink():
            try:
                target = path.resolve(strict=True)
            except FileNotFoundError:
                problem = f"symbolic link to a file that does not exist ({os.readlink(path)})"
            except (OSError, RuntimeError):
                problem = "symbolic link loop"
            else:
                if not target.is_relative_to(inside):
                    problem = f"symbolic link to {target}, outside the fact base folder {inside}"
        if problem is None:
            try:
                mode = path.stat().st_mode
            except OSError as exc:
                mode, problem = 0, f"cannot read file: {exc.strerror or exc}"
            if problem is None and stat.S_ISDIR(mode):
                problem = "is a folder, not a file"
            elif problem is None and not stat.S_ISREG(mode):
                problem = "not a regular file (a FIFO, socket or device); replace it with a file"
        if problem is None:
            found.append(path)
        elif c is not None:
            c.error(display, 0, problem)
            c.broken.add(entry.name.removesuffix(suffix))
    return found


def checked_size(path: Path, display: str, data: bytes | None = None) -> int:
    """A file's size in bytes (of `data` when already read), or SourceError at line 1 when it cannot
    be read or is over MAX_FILE_BYTES — one check for `check`, the drafter and the editors' loader."""
    if data is None:
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise SourceError(display, 1, f"cannot read file: {exc.strerror or exc}") from None
    else:
        size = len(data)
    if size > MAX_FILE_BYTES:
        raise SourceError(display, 1, f"file is {size // 1024} KiB, over the {MAX_FILE_BYTES // 1024} KiB limit")
    return size


def _read_limited(path: Path, display: str, c: _Collector, data: bytes | None = None) -> str | None:
    try:
        checked_size(path, display, data)
        return read_text(path, display, data)
    except SourceError as exc:
        c.error(exc.path, exc.line, exc.message)
        return None


def _parsed(path: Path, display: str, parse: Callable[[str, str], T], c: _Collector,
            data: bytes | None = None) -> T | None:
    """Read and parse one file; any problem is reported at its line and the file is skipped."""
    text = _read_limited(path, display, c, data)
    if text is None:
        return None
    try:
        return parse(text, display)
    except SourceError as exc:
        c.error(exc.path, exc.line, exc.message)
        return None


def _article(path: Path, display: str, c: _Collector, data: bytes | None = None) -> Article | None:
    """One corpus file on its own (everything but the duplicate-id check, which needs the others)."""
    raw = _parsed(path, display, split_front_matter, c, data)
    if raw is None:
        return None
    meta = raw.meta
    bad = False
    for key in meta:
        if key not in ARTICLE_KEYS:
            c.error(display, meta.line_of(str(key)), f"unknown front matter field {key!r}")
            bad = True
    for key in ("id", "title", "publisher"):
        if not isinstance(meta.get(key), str) or not meta[key].strip():
            c.error(display, meta.line_of(key), f"front matter needs '{key}' as text")
            bad = True
    published = _date(meta.get("published"))
    if published is None:
        c.error(display, meta.line_of("published"), "'published' must be an ISO date (YYYY-MM-DD)")
        bad = True
    url = meta.get("url")
    if url is not None and not (isinstance(url, str) and re.match(r"^https?://\S+$", url)):
        c.error(display, meta.line_of("url"), "'url' must be an http(s) address or null")
        bad = True
    added = meta.get("added")
    if added is not None and _date(added) is None:
        c.error(display, meta.line_of("added"), "'added' must be an ISO date (YYYY-MM-DD)")
        bad = True
    if isinstance(meta.get("id"), str) and meta["id"] != path.stem:
        c.error(display, meta.line_of("id"), f"id {meta['id']!r} must match the file name {path.stem!r}")
        bad = True
    if not raw.body.strip():
        c.error(display, raw.body_line, "the article has no text")
        bad = True
    if bad or published is None:
        return None
    return Article(
        id=meta["id"], title=meta["title"].strip(), publisher=meta["publisher"].strip(),
        published=published, url=url, body=raw.body, path=display, added=_date(added),
    )


def _file_records(path: Path, display: str, c: _Collector,
                  data: bytes | None = None) -> Iterable[tuple[str, LineDict]]:
    """Yield ('entity'|'fact', record) from one fact file, reporting shape problems."""
    data = _parsed(path, display, parse_yaml, c, data)
    if data is None:
        return
    if not isinstance(data, LineDict):
        c.error(display, 1, "a fact file is a mapping with 'entities:' and/or 'facts:' lists")
        return
    for key in data:
        if key not in ("entities", "facts"):
            c.error(display, data.line_of(str(key)), f"unknown section {key!r} (use 'entities' or 'facts')")
    for section, what in (("entities", "entity"), ("facts", "fact")):
        items = data.get(section)
        if items is None:
            continue
        if not isinstance(items, list):
            c.error(display, data.line_of(section), f"'{section}' must be a list")
            continue
        for n, item in enumerate(items):
            if not isinstance(item, LineDict):
                line = items.line_of_item(n, data.line_of(section)) if isinstance(items, LineList) else 0
                c.error(display, line or data.line_of(section), f"each {what} must be a mapping with an 'id'")
                continue
            yield what, item


FileItem = Problem | Article | Entity | Fact


@dataclass(frozen=True)
class Checked:
    """What the checks across files found for a base that validated, kept for the next build.

    An edit changes one file, but the checks across files looked at the whole base: a reload of a
    large base spent most of its time re-checking facts nobody touched. A fact that is the very
    object it was (its file's bytes unchanged), citing the very article object it did, against the
    very same entities, passed last time and passes again, so only the rest is checked; the alias
    check depends on the entities alone, and an article's coverage on its body, the facts citing it,
    the entities' names and `coverage.yaml`'s ignore list. `coverage` is each article's (mentions
    counted, gaps) in the order the full check reports them."""

    base: FactBase
    alias_warnings: tuple[Problem, ...]
    ignored: frozenset[tuple[str, str]]
    coverage: Mapping[str, tuple[int, tuple[MentionGap, ...]]]


class _InOrder(_Collector):
    """Problems and objects of one file in the order they were found, so that a cached file
    replays exactly the messages a fresh parse gives."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[FileItem] = []

    def error(self, path: str, line: int, message: str) -> None:
        self.items.append(Problem(path, line, message))


def file_items(root: Path, path: Path, data: bytes | None = None) -> list[FileItem]:
    """Parse and validate one corpus (`*.md`) or fact (`*.yaml`) file on its own: its errors and its
    valid records, in file order. Depends on nothing but the file's name and bytes (`data`, read
    here when None), which is what lets a per-file cache stand in for it (see `store.py`)."""
    c = _InOrder()
    display = _rel(root, path)
    if path.suffix == ".md":
        article = _article(path, display, c, data)
        if article is not None:
            c.items.append(article)
        return c.items
    for what, rec in _file_records(path, display, c, data):
        obj = _entity(rec, display, c) if what == "entity" else _fact(rec, display, c)
        if obj is not None:
            c.items.append(obj)
    return c.items


def _fact_files(root: Path, c: _Collector | None = None) -> list[Path]:
    return [p for p in _files(root, "facts", ".yaml", c) if p.name != "coverage.yaml"]


def _record_id(rec: LineDict, path: str, c: _Collector, what: str, allowed: set[str],
               example: str) -> tuple[str | None, bool]:
    """The record's id (None if unusable) and whether all its field names are known: typos in a
    field name would otherwise silently drop data."""
    ok = True
    for key in rec:
        if key not in allowed:
            c.error(path, rec.line_of(str(key)), f"unknown {what} field {key!r}")
            ok = False
    rid = rec.get("id")
    if not isinstance(rid, str) or not SLUG.match(rid):
        c.error(path, rec.line_of("id"), f"{what} 'id' must be a lowercase slug like '{example}'")
        return None, ok
    return rid, ok


def _entity(rec: LineDict, path: str, c: _Collector) -> Entity | None:
    eid, ok = _record_id(rec, path, c, "entity", ENTITY_KEYS, "james-dong")
    if eid is None:
        return None
    if rec.get("type") not in ENTITY_TYPES:
        c.error(path, rec.line_of("type"), f"entity {eid}: 'type' must be one of {', '.join(ENTITY_TYPES)}")
        ok = False
    if not isinstance(rec.get("name"), str) or not rec["name"].strip():
        c.error(path, rec.line_of("name"), f"entity {eid}: 'name' must be text")
        ok = False
    aliases, keywords = _str_list(rec.get("aliases")), _str_list(rec.get("keywords"))
    if aliases is None:
        c.error(path, rec.line_of("aliases"), f"entity {eid}: 'aliases' must be a list of names")
        ok = False
    if keywords is None:
        c.error(path, rec.line_of("keywords"), f"entity {eid}: 'keywords' must be a list of words")
        ok = False
    year = rec.get("year")
    if year is not None and not (isinstance(year, int) and not isinstance(year, bool) and 1900 <= year <= 2100):
        c.error(path, rec.line_of("year"), f"entity {eid}: 'year' must be a year like 2025")
        ok = False
    part_of = rec.get("part_of")
    if part_of is not None and not isinstance(part_of, str):
        c.error(path, rec.line_of("part_of"), f"entity {eid}: 'part_of' must be an entity id")
        ok = False
    if not ok:
        return None
    return Entity(
        id=eid, type=rec["type"], name=rec["name"].strip(), aliases=tuple(a.strip() for a in aliases or ()),
        keywords=tuple(keywords or ()), part_of=part_of, year=year, unnamed=bool(rec.get("unnamed")),
        file=path, line=rec.line,
    )


def _when(value: Any, fid: str, path: str, line: int, c: _Collector) -> When | bool | None:
    """Parse `when`; returns False after reporting an error."""
    if value is None:
        return None
    if not isinstance(value, dict):
        c.error(path, line, f"fact {fid}: 'when' must be a mapping like {{date: 2025-07-10}}")
        return False
    unknown = set(value) - {"date", "month", "year", "resolved_from"}
    if unknown:
        c.error(path, line, f"fact {fid}: unknown 'when' field {sorted(map(str, unknown))[0]!r}")
        return False
    given = [k for k in ("date", "month", "year") if value.get(k) is not None]
    if len(given) != 1:
        c.error(path, line, f"fact {fid}: 'when' needs exactly one of date, month or year")
        return False
    resolved = value.get("resolved_from")
    if resolved is not None and not isinstance(resolved, str):
        c.error(path, line, f"fact {fid}: 'resolved_from' must be the phrase the article used")
        return False
    if "date" in given:
        day = _date(value["date"])
        if day is None:
            c.error(path, line, f"fact {fid}: 'when.date' must be an ISO date (YYYY-MM-DD)")
            return False
        return When(date=day, resolved_from=resolved)
    if "month" in given:
        month = str(value["month"])
        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", month):
            c.error(path, line, f"fact {fid}: 'when.month' must look like 2017-04")
            return False
        return When(month=month, resolved_from=resolved)
    year = value["year"]
    if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2100:
        c.error(path, line, f"fact {fid}: 'when.year' must be a year like 2020")
        return False
    return When(year=year, resolved_from=resolved)


def _mapping(rec: LineDict, key: str, fid: str, path: str, c: _Collector) -> dict[str, Any] | None:
    value = rec.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        c.error(path, rec.line_of(key), f"fact {fid}: '{key}' must be a mapping")
        return None
    return dict(value)


def _fact(rec: LineDict, path: str, c: _Collector) -> Fact | None:
    fid, ok = _record_id(rec, path, c, "fact", FACT_KEYS, "james-dong-role-2025")
    if fid is None:
        return None
    if rec.get("kind") not in FACT_KINDS:
        c.error(path, rec.line_of("kind"), f"fact {fid}: 'kind' must be one of {', '.join(FACT_KINDS)}")
        ok = False
    about = rec.get("about")
    if isinstance(about, str):
        about = [about]
    if not about or _str_list(about) is None:
        c.error(path, rec.line_of("about"), f"fact {fid}: 'about' must list at least one entity id")
        ok = False
    if not isinstance(rec.get("says"), str) or not rec["says"].strip():
        c.error(path, rec.line_of("says"), f"fact {fid}: 'says' must be a sentence")
        ok = False
    src = rec.get("source")
    if not isinstance(src, dict) or not isinstance(src.get("article"), str) or not isinstance(src.get("quote"), str) \
            or not src["quote"].strip():
        c.error(path, rec.line_of("source"), f"fact {fid}: 'source' needs 'article' (an id) and 'quote' (text)")
        ok = False
    when = _when(rec.get("when"), fid, path, rec.line_of("when"), c)
    if when is False:
        ok = False
    maps = {k: _mapping(rec, k, fid, path, c) for k in ("role", "figure", "measure", "details")}
    if any(v is None for v in maps.values()):
        ok = False
    for key in ("event", "speaker"):
        if rec.get(key) is not None and not isinstance(rec.get(key), str):
            c.error(path, rec.line_of(key), f"fact {fid}: '{key}' must be an entity id")
            ok = False
    conflicts = rec.get("conflicts_with")
    if isinstance(conflicts, str):
        conflicts = [conflicts]
    if _str_list(conflicts) is None:
        c.error(path, rec.line_of("conflicts_with"), f"fact {fid}: 'conflicts_with' must list fact ids")
        ok = False
    added = rec.get("added")
    if added is not None and _date(added) is None:
        c.error(path, rec.line_of("added"), f"fact {fid}: 'added' must be an ISO date (YYYY-MM-DD)")
        ok = False
    if ok and (problem := _kind_problem(rec["kind"], maps)):
        c.error(path, rec.line_of(rec["kind"] if rec["kind"] in maps else "kind"), f"fact {fid}: {problem}")
        ok = False
    if not ok or not isinstance(about, list) or not isinstance(src, dict) or isinstance(when, bool):
        return None
    # ids repeat across thousands of facts: one string object each (YAML makes a new one per use)
    return Fact(
        id=fid, kind=sys.intern(rec["kind"]), about=tuple(map(sys.intern, about)), says=" ".join(rec["says"].split()),
        source=Source(sys.intern(src["article"]), src["quote"]), when=when or None, event=_intern(rec.get("event")),
        speaker=_intern(rec.get("speaker")), role=_frozen(maps["role"]), figure=_frozen(maps["figure"]),
        measure=_frozen(maps["measure"]), details=_frozen(maps["details"]), conflicts_with=tuple(conflicts or ()),
        added=_date(added), file=path, line=rec.line,
    )


def _intern(value: str | None) -> str | None:
    return sys.intern(value) if value is not None else None


def _frozen(mapping: dict[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(mapping) if mapping else EMPTY


def _kind_problem(kind: str, maps: dict[str, Any]) -> str | None:
    figure = maps["figure"]
    if kind == "figure":
        if not figure:
            return "a figure needs 'figure: {measure, value, unit, status}'"
        value = figure.get("value")
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            return "'figure.value' must be a number"
        if figure.get("status") not in FIGURE_STATUSES:
            return f"'figure.status' must be one of {', '.join(FIGURE_STATUSES)}"
        if not isinstance(figure.get("measure"), str):
            return "'figure.measure' must say what is measured"
    if kind == "role" and not isinstance(maps["role"].get("title"), str):
        return "a role needs 'role: {title, org}'"
    details = maps["details"]
    if "participants" in details and _str_list(details["participants"]) is None:
        return "'details.participants' must list entity ids"
    return None


MIN_QUOTE_CHARS, MIN_QUOTE_WORDS = 15, 3
_SENTENCE_END = re.compile(r"[.!?\n]")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class _QuoteText:
    """An article body prepared for quote checks: the same normalisation as `quote_key`, plus a
    copy that keeps where lines break, so "the whole sentence" can be told apart from a fragment."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.key = quote_key(body)
        self._lines: str | None = None
        self._folded: str | None = None

    @property
    def lines(self) -> str:
        """`key` with line breaks kept (only short quotes need it)."""
        if self._lines is None:
            lines = re.sub(r"\s+", lambda m: "\n" if "\n" in m.group() else " ", self.body).strip()
            # quote_key maps characters one to one and collapses the same whitespace runs, so offsets
            # agree; if they ever did not, the line-aware copy is simply the flat one.
            self._lines = lines if len(lines) == len(self.key) else self.key
        return self._lines

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = self.key.casefold()
        return self._folded

    def quote_problem(self, quote: str) -> str | None:
        """Why `quote` (already `quote_key`ed) is not evidence from this article, or None.

        A quote must be whole words — "ames Do" is in "James Dong" but is not something the article
        says — and long enough to be evidence: at least three words or fifteen characters, unless
        it is a whole sentence or line of the article (a short headline is still a quote)."""
        if not quote:
            return "the quote is empty; it must be words from article"
        start = self.key.find(quote)
        if start < 0:
            return "quote is not in article"
        whole_word_at = None
        while start >= 0:
            end = start + len(quote)
            cut_before = start > 0 and _is_word_char(quote[0]) and _is_word_char(self.key[start - 1])
            cut_after = end < len(self.key) and _is_word_char(quote[-1]) and _is_word_char(self.key[end])
            if not (cut_before or cut_after):
                whole_word_at = start
                break
            start = self.key.find(quote, start + 1)
        if whole_word_at is None:
            return "quote cuts a word in two (quote whole words) in article"
        if len(quote) >= MIN_QUOTE_CHARS or len(quote.split()) >= MIN_QUOTE_WORDS:
            return None
        if self._whole_sentence(whole_word_at, whole_word_at + len(quote)):
            return None
        return (f"quote is too short to be evidence (at least {MIN_QUOTE_WORDS} words or "
                f"{MIN_QUOTE_CHARS} characters, or a whole sentence) in article")

    def _whole_sentence(self, start: int, end: int) -> bool:
        before = self.lines[max(0, start - 400):start]
        after = self.lines[end:end + 400]
        cut = list(_SENTENCE_END.finditer(before))
        head = before[cut[-1].end():] if cut else (before if start <= 400 else "x")
        stop = _SENTENCE_END.search(after)
        tail = after[: stop.start()] if stop else (after if end + 400 >= len(self.lines) else "x")
        return not any(map(_is_word_char, head)) and not any(map(_is_word_char, tail))


def _check_references(base_entities: dict[str, Entity], facts: dict[str, Fact], articles: dict[str, Article],
                      c: _Collector, prior: FactBase | None = None, same_entities: bool = False) -> None:
    """Every reference across files resolves and every quote is in its article. With `prior` (a
    base that validated; `same_entities` when these entities are its very objects), a fact that is
    the very object it was there, citing the very article object, is checked for its conflicts only."""
    bodies: dict[str, _QuoteText] = {}
    old_facts: Mapping[str, Fact] = prior.facts if prior is not None else {}
    old_articles: Mapping[str, Article] = prior.articles if prior is not None else {}
    for ent in () if same_entities else base_entities.values():
        if ent.part_of and ent.part_of not in base_entities:
            c.error(ent.file, ent.line, f"entity {ent.id}: part_of {ent.part_of!r} is not an entity")
    for ent in () if same_entities else base_entities.values():  # part_of loops make "who belongs to what" endless
        seen, cur = {ent.id}, ent.part_of
        while cur in base_entities:
            if cur in seen:
                c.error(ent.file, ent.line, f"entity {ent.id}: part_of forms a loop through {cur!r}")
                break
            seen.add(cur)
            cur = base_entities[cur].part_of
    for fact in facts.values():
        kept = old_facts.get(fact.id) is fact and old_articles.get(fact.source.article) is articles.get(
            fact.source.article) is not None
        if kept and same_entities:  # passed in `prior`; only its conflicts depend on other facts
            for other in fact.conflicts_with:
                if other not in facts:
                    c.error(fact.file, fact.line, f"fact {fact.id}: conflicts_with {other!r} is not a fact")
            continue
        for eid in fact.about:
            if eid not in base_entities:
                c.error(fact.file, fact.line, f"fact {fact.id}: 'about' names unknown entity {eid!r}")
        refs = {"speaker": fact.speaker, "event": fact.event, "role.org": fact.role.get("org"),
                "details.place": fact.details.get("place")}
        for label, ref in refs.items():
            if ref is not None and (not isinstance(ref, str) or ref not in base_entities):
                c.error(fact.file, fact.line, f"fact {fact.id}: {label} {ref!r} is not an entity")
        if fact.event and fact.event in base_entities and base_entities[fact.event].type != "event":
            c.error(fact.file, fact.line, f"fact {fact.id}: event {fact.event!r} is not an entity of type event")
        participants = fact.details.get("participants")
        for pid in participants if isinstance(participants, list | tuple) else ():
            if pid not in base_entities:
                c.error(fact.file, fact.line, f"fact {fact.id}: participant {pid!r} is not an entity")
        for other in fact.conflicts_with:
            if other not in facts:
                c.error(fact.file, fact.line, f"fact {fact.id}: conflicts_with {other!r} is not a fact")
            elif other == fact.id:
                c.error(fact.file, fact.line, f"fact {fact.id}: a fact cannot conflict with itself")
        if kept:  # its quote is in the very article it was in
            continue
        article = articles.get(fact.source.article)
        if article is None:
            if fact.source.article not in c.broken and "corpus" not in c.unreadable:
                c.error(fact.file, fact.line,
                        f"fact {fact.id}: source article {fact.source.article!r} is not in corpus/")
            continue
        body = bodies.get(article.id)
        if body is None:  # once per article, not once per fact citing it (20 per article at scale)
            body = bodies[article.id] = _QuoteText(article.body)
        if problem := body.quote_problem(quote_key(fact.source.quote)):
            c.error(fact.file, fact.line,
                    f"fact {fact.id}: {problem} {article.id}: {fact.source.quote[:80]!r}")
        phrase = fact.when.resolved_from if fact.when else None
        if phrase and quote_key(phrase).casefold() not in body.folded:
            c.error(fact.file, fact.line, f"fact {fact.id}: resolved_from {phrase!r} is not in article {article.id}")


def _check_aliases(entities: dict[str, Entity], c: _Collector) -> None:
    owners: dict[str, list[Entity]] = defaultdict(list)
    canonical: dict[str, Entity] = {}
    for ent in entities.values():
        canonical.setdefault(fold(ent.name), ent)
        for name in dict.fromkeys(fold(n) for n in ent.names):
            if name:
                owners[name].append(ent)
    for name, ents in owners.items():
        if len(ents) < 2:
            continue
        named = canonical.get(name)
        ids = ", ".join(e.id for e in ents)
        if named is not None and sum(fold(e.name) == name for e in ents) > 1:
            c.error(ents[1].file, ents[1].line, f"name {name!r} is the name of several entities: {ids}")
        elif named is not None:
            for ent in ents:
                if ent is not named:
                    c.error(ent.file, ent.line,
                            f"alias {name!r} of {ent.id} is the name of {named.id}: rename or drop the alias")
        else:
            c.warn(ents[0].file, ents[0].line, f"alias {name!r} is shared by {ids}: queries for it are ambiguous")


def relations(facts: Mapping[str, Fact], prior: FactBase | None = None,
              ) -> tuple[Mapping[str, tuple[str, ...]], Mapping[str, tuple[str, ...]]]:
    """The facts of each entity and the conflicts of each fact (both ways), derived from the facts;
    shared with the compiled store, which derives them again rather than storing a copy. With
    `prior` holding the same fact ids in the same order, its lists are kept for the entities that
    no changed fact joins or leaves."""
    conflicts: dict[str, set[str]] = defaultdict(set)
    for fact in facts.values():
        for other in fact.conflicts_with:
            if other in facts and other != fact.id:
                conflicts[fact.id].add(other)
                conflicts[other].add(fact.id)
    edited = _edited_relations(facts, prior) if prior is not None and list(prior.facts) == list(facts) else None
    if edited is not None:
        return edited, MappingProxyType({k: tuple(sorted(v)) for k, v in conflicts.items()})
    by_entity: dict[str, list[str]] = defaultdict(list)
    for fact in facts.values():
        # most facts name only their subjects: `entity_ids` would find just those, at thrice the cost
        plain = fact.speaker is None and fact.event is None and not fact.role and not fact.details
        ids = (fact.about if len(fact.about) < 2 else dict.fromkeys(fact.about)) if plain else fact.entity_ids()
        for eid in ids:
            by_entity[eid].append(fact.id)
    return (MappingProxyType({k: tuple(v) for k, v in by_entity.items()}),
            MappingProxyType({k: tuple(sorted(v)) for k, v in conflicts.items()}))


def _edited_relations(facts: Mapping[str, Fact], prior: FactBase) -> Mapping[str, tuple[str, ...]] | None:
    """`relations`' facts of each entity, from `prior`'s where no fact that changed joins or leaves
    the entity; a changed list is put in fact order as a full pass would make it. None when an
    entity gains its first fact or loses its last (the full pass then orders the entities)."""
    by_entity = dict(prior.by_entity)
    old_facts = prior.facts
    changed: dict[str, set[str]] = defaultdict(set)  # entity -> facts joining or leaving it
    for fid, fact in facts.items():
        old = old_facts[fid]
        if old is not fact:
            before, after = old.entity_ids(), fact.entity_ids()
            if before != after:
                for eid in set(before).symmetric_difference(after):
                    changed[eid].add(fid)
    if changed:
        pos = {fid: i for i, fid in enumerate(facts)}
        for eid, fids in changed.items():
            now = [f for f in by_entity.get(eid, ()) if f not in fids]
            now += [f for f in fids if eid in facts[f].entity_ids()]
            now.sort(key=pos.__getitem__)
            if not now or eid not in by_entity:
                return None
            by_entity[eid] = tuple(now)
    return MappingProxyType(by_entity)


ALLOW_EMPTY_ENV = "FACTDESK_ALLOW_EMPTY"


def allow_empty_from_env() -> bool:
    """Whether this process was started for a brand-new desk (`--allow-empty` sets the variable, so
    reloads in the same process follow the same rule)."""
    return os.environ.get(ALLOW_EMPTY_ENV, "").strip().lower() in ("1", "true", "yes")


def build(root: Path, files: Callable[[Path, Path], list[FileItem]] | None = None, *,
          allow_empty: bool | None = None, prior: Checked | None = None) -> tuple[FactBase | None, Report]:
    """Load and validate everything under `root`; the base is None when any error was found.
    `files(root, path)` gives one file's items (default `file_items`; a cache may answer instead);
    the checks across files always run here.

    A base without articles or without facts is an error — a mistyped FACTDESK_ROOT or a `facts/`
    moved away must not start a bot that answers "not in the sources" to everything, nor replace a
    good base on reload — unless `allow_empty` (default: FACTDESK_ALLOW_EMPTY) says this is a new
    desk. Missing `corpus/` or `facts/` folders are an error either way.

    `prior` (the `report.checked` of an earlier build whose base validated) lets the checks across
    files skip what no changed file can affect; the report is the same as without it. A base that
    validates leaves its own record in `report.checked`.
    """
    if allow_empty is None:
        allow_empty = allow_empty_from_env()
    items_of = files or file_items
    c = _Collector()
    if not root.is_dir():
        c.error(str(root), 0, "the fact base folder does not exist (FACTDESK_ROOT must name the folder "
                              "holding corpus/ and facts/)")
        return None, c.report
    articles: dict[str, Article] = {}
    for path in _files(root, "corpus", ".md", c):
        found = False
        for item in items_of(root, path):
            found = found or isinstance(item, Article)
            if isinstance(item, Problem):
                c.report.errors.append(item)
            elif not isinstance(item, Article):
                continue  # a corpus file yields only its problems and its article
            elif item.id in articles:
                c.error(item.path, 1, f"duplicate article id {item.id!r}")
            else:
                articles[item.id] = item
        if not found:  # its problems are reported; the facts citing it are not reported again
            c.broken.add(path.stem)
    entities: dict[str, Entity] = {}
    facts: dict[str, Fact] = {}
    seen: dict[str, str] = {}
    for path in _fact_files(root, c):
        for obj in items_of(root, path):
            if isinstance(obj, Problem):
                c.report.errors.append(obj)
                continue
            if obj.id in seen:
                c.error(obj.file, obj.line, f"duplicate id {obj.id!r} (first defined at {seen[obj.id]})")  # type: ignore[union-attr]
                continue
            seen[obj.id] = f"{obj.file}:{obj.line}"  # type: ignore[union-attr]
            if isinstance(obj, Entity):
                entities[obj.id] = obj
            elif isinstance(obj, Fact):
                facts[obj.id] = obj
    same_entities = prior is not None and _same_objects(prior.base.entities, entities)
    _check_references(entities, facts, articles, c, prior.base if prior is not None else None, same_entities)
    if same_entities and prior is not None:  # the alias check reads the entities alone
        c.report.warnings.extend(prior.alias_warnings)
    else:
        _check_aliases(entities, c)
    alias_warnings = tuple(c.report.warnings)
    by_entity, conflicts = relations(facts, prior.base if prior is not None else None)
    for ent in entities.values():
        if not by_entity.get(ent.id):
            c.report.gaps.append(EntityGap(ent.file, ent.line, f"entity {ent.id} has no facts", entity_id=ent.id))
    from .coverage import check_coverage  # local: coverage needs the facts built above

    coverage = None
    if not c.unreadable:  # with a folder missing, every mention would be a gap: noise, not news
        coverage = check_coverage(root, articles, entities, facts, c.report, prior if same_entities else None)
    if not c.report.errors and not allow_empty:
        hint = f"(for a brand-new desk, start with --allow-empty or {ALLOW_EMPTY_ENV}=1)"
        if not articles:
            c.error("corpus/", 0, f"no articles: an empty fact base cannot answer anything {hint}")
        elif not facts:
            c.error("facts/", 0, f"no facts: an empty fact base cannot answer anything {hint}")
    if c.report.errors:
        return None, c.report
    digest = hashlib.sha256()
    for file in [*_files(root, "corpus", ".md"), *_files(root, "facts", ".yaml")]:
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    base = FactBase(
        articles=MappingProxyType(articles),
        entities=MappingProxyType(entities),
        facts=MappingProxyType(facts),
        by_entity=by_entity,
        conflicts=conflicts,
        version=digest.hexdigest()[:12],
    )
    if coverage is not None:
        c.report.checked = Checked(base, alias_warnings, *coverage)
    return base, c.report


def _same_objects(a: Mapping[str, object], b: Mapping[str, object]) -> bool:
    """Whether two mappings hold the very same objects in the same order (what a build did not
    re-read is the same object; nothing is compared by value)."""
    return a is b or (len(a) == len(b) and all(x is y for x, y in zip(a.values(), b.values(), strict=True)))
