"""The compiled fact store: one SQLite file that the bot opens instead of parsing YAML.

Parsing YAML is most of the cost of a large base (PyYAML builds every scalar in Python), and an
edit touches one file. So each corpus and fact file is parsed and validated once per content: its
problems and valid records are kept as rows keyed by a hash of its name and bytes. A build looks
every file up by hash, parses only the ones it has not seen, and then runs the checks across files
(references, aliases, coverage) exactly as `validate.build` does — it *is* `validate.build`, given
this store as its source of per-file results and the record of what the last build's checks found
(`validate.Checked`, kept with the recorded base), so that after an edit only what the edited files
can affect is checked again. Which files changed is told by their stat signatures, recorded with the
base, before any file is read (see `Store.scan`); a start whose files all kept theirs finds its base by
one digest of the whole listing (`Store.quick_key`). A base that validated is
recorded under the hash of all its files; a start with unchanged files opens that record and builds
the objects from rows, with no parsing and no validation.

Rows, not pickles: a row can be read by any tool, never runs code when loaded, and survives a
change of the Python classes. Names and aliases are in their own indexed table, so a name can be
looked up without loading anything else. Anything wrong with the file — missing, unreadable, from
other code — means it is rebuilt from YAML with full validation.

The rows depend only on the loader, the validator, the model and text folding. Two kinds of derived
data are kept beside them, each under the code that makes it: every article's mentions (so the
first coverage check of a process does not scan the corpus), and the index's analysis of every
fact's text (`index.TermMemo`: four fifths of building the index), keyed by a digest of that text,
with each fact's key and the base's word counts for the recorded base. The index itself is still
assembled in memory from these at start (the answer engine changes freely); what that costs is
dictionaries, not text analysis; the words of each fact as written, which only a build that counts
them needs, stay in the store (`TermMemo.words`). A large first build parses the files in worker
processes (`parallel.py`), which then analyse the facts' texts while this process runs the checks
(`analysis.py`).
"""

from __future__ import annotations

import binascii  # base64's own module costs a start ~9 ms of imports for these two calls
import datetime as dt
import gc
import hashlib
import itertools
import json
import logging
import os
import sqlite3
import sys
import threading
import time
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from contextlib import closing
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from . import parallel
from .analysis import TermsAhead
from .answer import Answer
from .engine import Engine, InvalidFactBase, gc_paused
from .index import Derived, TermMemo
from .model import EMPTY, Article, Entity, Fact, FactBase, Source, When
from .parallel import pool_map
from .problems import MentionGap
from .text import fold
from .validate import Checked, FileItem, Problem, Report, build, file_items, relations

if TYPE_CHECKING:  # a start from the store loads no process-pool modules (~17 ms)
    from concurrent.futures import ProcessPoolExecutor

log = logging.getLogger(__name__)
SCHEMA = 5
FILE_NAME = "factstore.sqlite"
COVERAGE = "facts/coverage.yaml"
# the modules whose behaviour the stored rows capture; the index and answers are not stored
_CODE = ("loader.py", "yamlparse.py", "validate.py", "model.py", "text.py", "coverage.py", "store.py")
_TERMS_CODE = ("index.py", "chat.py", "text.py")  # what makes a fact's terms from its texts


def _digest(salt: str, modules: tuple[str, ...]) -> str:
    """A digest of the code that shapes stored rows: a change to it makes the rows stale."""
    digest = hashlib.sha256(f"{SCHEMA}:{sys.version_info[:2]}{salt}".encode())
    here = Path(__file__).parent
    for name in modules:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()


def _terms_digest() -> str:
    return _digest(f":{_stemmer_release()}", _TERMS_CODE)


def _stemmer_release() -> str:
    """The installed stemmer's release (its terms are the stored terms' meaning), read from the name of
    its dist-info directory: `importlib.metadata` costs a start 35 ms of imports for the same string."""
    import snowballstemmer

    site = Path(snowballstemmer.__file__).resolve().parent.parent
    found = sorted(p.name for p in site.glob("snowballstemmer-*.dist-info"))
    # snowballstemmer hands the work to PyStemmer (the C build) when it is installed: its release too
    compiled = sorted(p.name for p in site.glob("[Pp]y[Ss]temmer-*.dist-info"))
    return (found[-1] if found else "unknown") + (f"+{compiled[-1]}" if compiled else "")


_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (hash TEXT PRIMARY KEY, path TEXT NOT NULL, used REAL NOT NULL);
CREATE TABLE IF NOT EXISTS problems (hash TEXT, seq INTEGER, path TEXT, line INTEGER, message TEXT,
    PRIMARY KEY (hash, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS articles (hash TEXT, seq INTEGER, id TEXT, title TEXT, publisher TEXT,
    published TEXT, url TEXT, body TEXT, path TEXT, added TEXT, PRIMARY KEY (hash, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entities (hash TEXT, seq INTEGER, id TEXT, type TEXT, name TEXT, aliases TEXT,
    keywords TEXT, part_of TEXT, year INTEGER, unnamed INTEGER, file TEXT, line INTEGER,
    PRIMARY KEY (hash, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS facts (hash TEXT, seq INTEGER, id TEXT, kind TEXT, about TEXT, says TEXT,
    article TEXT, quote TEXT, w_date TEXT, w_month TEXT, w_year INTEGER, w_from TEXT, event TEXT,
    speaker TEXT, maps TEXT, conflicts TEXT, added TEXT,
    file TEXT, line INTEGER, PRIMARY KEY (hash, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS names (name TEXT, entity TEXT, hash TEXT);
CREATE TABLE IF NOT EXISTS links (hash TEXT, fact TEXT, kind TEXT, target TEXT);
CREATE INDEX IF NOT EXISTS links_by_target ON links (target, kind);
CREATE INDEX IF NOT EXISTS links_by_file ON links (hash);
CREATE INDEX IF NOT EXISTS facts_by_id ON facts (id);
CREATE INDEX IF NOT EXISTS entities_by_id ON entities (id);
CREATE INDEX IF NOT EXISTS articles_by_id ON articles (id);
CREATE INDEX IF NOT EXISTS names_by_name ON names (name);
CREATE INDEX IF NOT EXISTS names_by_file ON names (hash);
CREATE TABLE IF NOT EXISTS mentions (hash TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats (path TEXT PRIMARY KEY, sig TEXT NOT NULL, hash TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS listing (digest TEXT PRIMARY KEY, key TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS bases (key TEXT PRIMARY KEY, version TEXT NOT NULL, files TEXT NOT NULL,
    built REAL NOT NULL, checks TEXT);
"""
# the index's per-fact terms, keyed by a digest of the fact's texts (see index.TermMemo); kept apart
# from the rows above because the answer engine's code, not the loader's, decides what they hold
# each fact's key in the recorded base, in fact order (16 bytes each), and the base's word counts
# (index.TermMemo.free_n and .seen_n): a start then finds every fact's terms without rebuilding the
# texts the keys digest, and a reload counts only the words of the facts that changed
_TERM_KEYS_DDL = """CREATE TABLE IF NOT EXISTS term_keys (base TEXT PRIMARY KEY, keys BLOB NOT NULL,
    free TEXT, seen TEXT)"""
_TERMS_DDL = """CREATE TABLE IF NOT EXISTS terms (key BLOB PRIMARY KEY, terms TEXT NOT NULL,
    text_terms TEXT NOT NULL, alpha TEXT NOT NULL, own TEXT NOT NULL) WITHOUT ROWID"""
_US = "\x1f"
_ITEM_TABLES = ("problems", "articles", "entities", "facts")


def _code_digest() -> str:
    return _digest("", _CODE)


# -- values: the few YAML types a fact's mappings may hold, kept exactly ----------------------------
class _Uncacheable(Exception):
    """A value the row format cannot hold exactly: the file is then parsed every time instead."""


def _tag(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, dt.datetime):
        return {"t": value.isoformat()}
    if isinstance(value, dt.date):
        return {"d": value.isoformat()}
    if isinstance(value, Mapping):
        return {"m": [[_tag(k), _tag(v)] for k, v in value.items()]}
    if isinstance(value, list):
        return {"l": [_tag(v) for v in value]}
    if isinstance(value, bytes):
        return {"b": binascii.b2a_base64(value, newline=False).decode()}
    raise _Uncacheable(type(value).__name__)


def _untag(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    (tag, inner), = value.items()
    if tag == "m":
        return {_untag(k): _untag(v) for k, v in inner}
    if tag == "l":
        return [_untag(v) for v in inner]
    if tag == "d":
        return dt.date.fromisoformat(inner)
    if tag == "t":
        return dt.datetime.fromisoformat(inner)
    return binascii.a2b_base64(inner)


def _plain(mapping: Mapping[str, Any]) -> bool:
    return all(isinstance(k, str) and (v is None or isinstance(v, (bool, int, float, str)))
               for k, v in mapping.items())


def _enc_maps(fact: Fact) -> str | None:
    """A fact's role, figure, measure and details in one column (one decode per fact): NULL when
    all are empty (most facts), JSON when flat and text-keyed, tagged JSON otherwise."""
    maps = (fact.role, fact.figure, fact.measure, fact.details)
    if not any(maps):
        return None
    if all(_plain(m) for m in maps):
        return json.dumps([dict(m) for m in maps], ensure_ascii=False)
    return "~" + json.dumps(_tag(list(maps)), ensure_ascii=False)


def _dec_maps(text: str) -> list[Mapping[str, Any]]:
    if text[0] == "~":
        return [MappingProxyType(v) if v else EMPTY for v in _untag(json.loads(text[1:]))]
    # field names and short values ("org", "unit", an entity's id, "USD") are shared, not one copy per
    # fact: each JSON text decodes to its own strings (a sixth of the facts' memory at 100,000 facts)
    return [MappingProxyType({_intern(k): _intern(v) if type(v) is str and len(v) <= _SHARED_LEN else v
                              for k, v in values.items()}) if values else EMPTY for values in json.loads(text)]


_SHARED_LEN = 40  # the longest value of a fact's mapping that is interned (names, units, ids)


def _enc_words(values: tuple[str, ...], sep: str = " ") -> str:
    """Ids joined by a space (names by a unit separator): a quarter of the cost of JSON to read back;
    JSON (which starts with "[", as no id or name here does) when a value would not split back."""
    if all(v and sep not in v and not v.startswith("[") for v in values):
        return sep.join(values)
    return json.dumps(values, ensure_ascii=False)


def _dec_words(text: str, sep: str = " ") -> tuple[str, ...]:
    if not text:
        return ()
    return tuple(json.loads(text)) if text[0] == "[" else tuple(text.split(sep))


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> dt.date | None:
    if not text:
        return None
    day = _DAYS.get(text)
    if day is None:
        if len(_DAYS) >= 50_000:
            _DAYS.clear()
        day = _DAYS[text] = dt.date.fromisoformat(text)
    return day


_DAYS: dict[str, dt.date] = {}  # one object per day (the days facts were added repeat: a file's facts share one)


# -- rows ----------------------------------------------------------------------------------------
def _rows(file_hash: str, items: list[FileItem]) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {t: [] for t in (*_ITEM_TABLES, "names", "links")}
    for seq, item in enumerate(items):
        if isinstance(item, Problem):
            out["problems"].append((file_hash, seq, item.path, item.line, item.message))
        elif isinstance(item, Article):
            out["articles"].append((file_hash, seq, item.id, item.title, item.publisher, item.published.isoformat(),
                                    item.url, item.body, item.path, _iso(item.added)))
        elif isinstance(item, Entity):
            out["entities"].append((file_hash, seq, item.id, item.type, item.name,
                                    _enc_words(item.aliases, _US), _enc_words(item.keywords, _US), item.part_of, item.year,
                                    int(item.unnamed), item.file, item.line))
            out["names"] += [(name, item.id, file_hash) for name in dict.fromkeys(map(fold, item.names)) if name]
        else:
            w = item.when or When()
            if w.date is not None and type(w.date) is not dt.date:
                raise _Uncacheable("datetime")
            out["facts"].append((file_hash, seq, item.id, item.kind, _enc_words(item.about), item.says,
                                 item.source.article, item.source.quote, _iso(w.date), w.month, w.year,
                                 w.resolved_from, item.event, item.speaker, _enc_maps(item),
                                 _enc_words(item.conflicts_with), _iso(item.added), item.file, item.line))
            # what the fact involves and what it disagrees with, looked up by target (`quick_who`)
            out["links"] += [(file_hash, item.id, "e", eid) for eid in item.entity_ids()]
            out["links"] += [(file_hash, item.id, "c", other) for other in item.conflicts_with]
    return out


_SELECT = {
    "problems": "seq, path, line, message",
    "articles": "seq, id, title, publisher, published, url, body, path, added",
    "entities": "seq, id, type, name, aliases, keywords, part_of, year, unnamed, file, line",
    "facts": "seq, id, kind, about, says, article, quote, w_date, w_month, w_year, w_from, event, speaker, "
             "maps, conflicts, added, file, line",
}
_intern = sys.intern


def _problem(r: tuple) -> Problem:
    return Problem(r[1], r[2], r[3])


def _article(r: tuple) -> Article:
    return Article(id=r[1], title=r[2], publisher=r[3], published=dt.date.fromisoformat(r[4]), url=r[5],
                   body=r[6], path=r[7], added=_day(r[8]))


def _entity(r: tuple) -> Entity:
    return Entity(id=r[1], type=_intern(r[2]), name=r[3], aliases=_dec_words(r[4], _US),
                  keywords=_dec_words(r[5], _US), part_of=r[6], year=r[7], unnamed=bool(r[8]),
                  file=_intern(r[9]), line=r[10])


_WHENS: dict[tuple, When] = {}  # one object per distinct date: most facts share theirs with many


def _when(r: tuple) -> When:
    key = (r[7], r[8], r[9], r[10])
    when = _WHENS.get(key)
    if when is None:
        if len(_WHENS) >= 50_000:
            _WHENS.clear()
        when = _WHENS[key] = When(date=_day(r[7]), month=r[8], year=r[9], resolved_from=r[10])
    return when


def _fact(r: tuple) -> Fact:
    when = _when(r) if r[7] or r[8] or r[9] is not None else None
    role = figure = measure = details = EMPTY
    if r[13] is not None:
        role, figure, measure, details = _dec_maps(r[13])
    quote = r[4] if r[6] == r[4] else r[6]  # a quote that is the sentence itself is one string, not two
    about = _ABOUTS.get(r[3])
    if about is None:
        if len(_ABOUTS) >= 50_000:
            _ABOUTS.clear()
        about = _ABOUTS[r[3]] = tuple(map(_intern, _dec_words(r[3])))
    line = r[17]
    line = _LINES.setdefault(line, line)
    return Fact(id=r[1], kind=_intern(r[2]), about=about, says=r[4],
                source=Source(_intern(r[5]), quote), when=when,
                event=_intern(r[11]) if r[11] is not None else None,
                speaker=_intern(r[12]) if r[12] is not None else None,
                role=role, figure=figure, measure=measure, details=details,
                conflicts_with=_dec_words(r[14]), added=_day(r[15]), file=_intern(r[16]), line=line)


# facts about the same entities share one tuple of ids, and facts on the same line of their files one
# number (at 100,000 facts: 6.6 and 2.8 MB, each fact with its own)
_ABOUTS: dict[str, tuple[str, ...]] = {}
_LINES: dict[int, int] = {}


_MAKE: dict[str, Callable[[tuple], FileItem]] = {
    "problems": _problem, "articles": _article, "entities": _entity, "facts": _fact}


RACY_NS = 2_000_000_000  # a file changed this recently is read again by the next scan, whatever its times
PARALLEL_MIN_BYTES = 8_000_000  # bytes to parse before worker processes pay for their start
ARTICLES_PER_JOB = 100  # corpus files are small: a worker takes them by the hundred


def _parse_rows(root: str, path: str) -> tuple[str, dict[str, list[tuple]] | None]:
    """In a worker: one file's hash and rows (None when the rows cannot hold its values)."""
    gc.disable()  # a worker's whole life is this parse (see engine.gc_paused)
    base, file = Path(root), Path(path)
    data = file.read_bytes()
    file_hash = _file_hash(file.relative_to(base).as_posix(), data)
    try:
        return file_hash, _rows(file_hash, file_items(base, file, data))
    except _Uncacheable:
        return file_hash, None


def _parse_files(root: str, paths: list[str]) -> list[tuple[str, dict[str, list[tuple]] | None, tuple | None]]:
    """In a worker: each file's hash and rows (`_parse_rows`), and for an article the mentions the
    coverage check finds in its body (a third of the checks' time, a function of the body alone)."""
    from .coverage import scan_mentions  # (a start from the store checks no coverage: ~1 ms of imports)

    out: list[tuple[str, dict[str, list[tuple]] | None, tuple | None]] = []
    for path in paths:
        file_hash, rows = _parse_rows(root, path)
        found = None
        if rows is not None and len(rows["articles"]) == 1:
            found = scan_mentions(rows["articles"][0][7])
        out.append((file_hash, rows, found))
    return out


def _items_of_rows(rows: dict[str, list[tuple]]) -> list[FileItem]:
    """A file's items, in file order, from its rows as `_rows` made them."""
    made = [(r[1], _MAKE[table](r[1:])) for table in _ITEM_TABLES for r in rows[table]]
    made.sort(key=lambda x: x[0])
    return [item for _, item in made]


def _joinable(d: Derived) -> bool:
    """Whether space-joined words split back to the same tuples (no empty word): else not stored."""
    return d.alpha is not None and d.own is not None and all(
        "" not in words for words in (d.terms, d.text_terms, d.alpha, d.own))


def _file_hash(display: str, data: bytes) -> str:
    return hashlib.sha256(display.encode() + b"\0" + data).hexdigest()


_SOURCE_DIRS = (("corpus", ".md"), ("facts", ".yaml"))


def _sources(root: Path) -> list[tuple[Path, str]]:
    """Every file a build reads, in build order, with the name messages show."""
    return [(Path(name), display) for name, display in _source_names(root)]


def _source_names(root: Path) -> list[tuple[str, str]]:
    """`_sources` as strings: each file's absolute name and the name messages show. (By directory
    entry names, as `glob` would find them, hidden files left out; strings, not `Path` objects,
    which cost a start's scan of 5,000 files more than the system calls did.)"""
    out: list[tuple[str, str]] = []
    for sub, suffix in _SOURCE_DIRS:
        folder = os.path.join(os.path.abspath(root), sub)
        try:
            with os.scandir(folder) as entries:
                names = sorted(e.name for e in entries if e.name.endswith(suffix) and not e.name.startswith(".")
                               and e.is_file())
        except (FileNotFoundError, NotADirectoryError):
            continue
        out += [(f"{folder}/{name}", f"{sub}/{name}") for name in names]
    return out


def _listing_digest(root: Path, names: dict[str, list[str]], sigs: array) -> str:
    """A digest of every file's name (by folder, in build order) and stat signature (inode, size,
    modification and change times, four numbers a file in the same order) under `root`."""
    digest = hashlib.sha256(os.path.abspath(root).encode())
    for sub, _ in _SOURCE_DIRS:
        digest.update(f"\0{sub}\0".encode())
        digest.update("\0".join(names.get(sub, ())).encode("utf-8", "surrogateescape"))  # (any file name)
    digest.update(sigs.tobytes())
    return digest.hexdigest()


def _enc_checked(checked: Checked) -> str:
    """What the checks across files found for a recorded base (`validate.Checked` without the
    base), so that the first reload of a process re-checks only what its edit can change."""
    coverage = {aid: [n, *([g.path, g.line, g.message, g.category, g.text] for g in gaps)]
                for aid, (n, gaps) in checked.coverage.items()}
    return json.dumps({"w": [[w.path, w.line, w.message] for w in checked.alias_warnings],
                       "i": sorted(checked.ignored), "c": coverage}, ensure_ascii=False)


def _dec_checked(base: FactBase, text: str) -> Checked:
    data = json.loads(text)
    coverage = {aid: (n, tuple(MentionGap(p, line, m, category=cat, text=t) for p, line, m, cat, t in gaps))
                for aid, (n, *gaps) in data["c"].items()}
    return Checked(base, tuple(Problem(*w) for w in data["w"]), frozenset(map(tuple, data["i"])), coverage)


class _StoredMentions:
    """Articles' mentions as the store keeps them, by body, read one article at a time on one
    connection of their own (made when first asked, in whichever thread builds)."""

    def __init__(self, path: Path, hashes: dict[str, str]) -> None:
        self._path, self._hashes = path, hashes
        self._lock = threading.Lock()
        self._con: sqlite3.Connection | None = None
        # found during a build (by the workers that parsed the articles, or here), until it stores them
        self._found: dict[str, tuple] = {}

    def add(self, body: str, found: tuple) -> None:
        """An article's mentions as a worker found them (kept until `stored`)."""
        self._found[body] = found

    def stored(self, bodies: dict[str, str] | None) -> None:
        """The build wrote every article's mentions (`bodies`: each article's body and file hash, to
        read them from the store when asked again) or could not (None: found again when asked):
        they are not kept in memory either way — a per-process cache of every article's mentions
        was a tenth of a large base's memory."""
        if bodies is not None:
            self._hashes.update(bodies)
        self._found = {}

    def get(self, body: str, /) -> tuple | None:
        found = self._found.get(body)
        if found is not None:
            return found
        h = self._hashes.get(body)
        if h is None:  # a new article: found now, and kept only until the build stores it
            from .coverage import scan_mentions

            if len(self._found) >= 65_536:  # (a check without the store in between: bounded)
                self._found = {}
            found = self._found[body] = scan_mentions(body)
            return found
        try:
            with self._lock:
                if self._con is None:
                    self._con = sqlite3.connect(self._path, timeout=30, check_same_thread=False)
                row = self._con.execute("SELECT data FROM mentions WHERE hash = ?", (h,)).fetchone()
            return tuple(map(tuple, json.loads(row[0]))) if row is not None else None
        except (sqlite3.Error, ValueError, TypeError) as exc:
            log.warning("compiled fact store: mentions unreadable (%s); scanning the articles", exc)
            self._hashes = {}
            return None

    def close(self) -> None:
        """Close the connection (a later question opens it again)."""
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None


class Store:
    """The store file under a cache directory. Safe to use from several threads and processes:
    every operation opens its own connection, and SQLite's locking orders the writers."""

    def __init__(self, cache_dir: Path) -> None:
        self.path = cache_dir / FILE_NAME
        self._code = _code_digest()
        self._terms_code = _terms_digest()
        self._terms_rows = -1  # rows in the terms table as last read or written here (-1: unknown)
        self._mentions: _StoredMentions | None = None  # set by the process's first build
        # each file's stat signature and content hash as last read (see `scan`): by this process, or
        # by the last that recorded a base (read once, from the store's `stats` table)
        self._stats: dict[str, tuple[tuple[int, ...], str]] | None = None
        # what the last `scan` found: its key, its listing's digest and each file's (name, display
        # name, hash, signature); None when a file could not be read
        self._scanned: tuple[str, str, list[tuple[str, str, str, tuple[int, ...]]]] | None = None
        self._base_key: str | None = None  # the content key of the base last opened or recorded here
        self._keys_saved: str | None = None  # the base whose fact keys are in term_keys
        self._lock = threading.Lock()
        self.last: dict[str, float] = {}  # what the last build did, for the bench and the log
        # the items of the current files, shared with the current base (no copy): a reload in this
        # process reads from the store only the files it has not seen
        self._memo: dict[str, list[FileItem]] = {}
        # what the checks across files found for the base last built here (or opened: read from the
        # store when first needed), the `prior` of the next build
        self._checked: Checked | None = None
        self._opened: FactBase | None = None
        self._ahead: TermsAhead | None = None  # the facts' analysis under way in worker processes

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for old in self.path.parent.glob("factbase-*.pickle"):  # the pickle cache this replaces
            old.unlink(missing_ok=True)
        con = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            con.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise
            con.close()  # not a database (a torn copy, another file): useless to everyone, start afresh
            log.warning("compiled fact store %s is damaged (%s); starting it afresh", self.path, exc)
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            con = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")
        con.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        row = con.execute("SELECT value FROM meta WHERE key = 'code'").fetchone()
        if row is None or row[0] != self._code:  # written by other code (maybe another layout): start empty
            con.execute("BEGIN IMMEDIATE")
            for table in (*_ITEM_TABLES, "files", "names", "links", "mentions", "bases", "terms", "term_keys",
                          "stats", "listing"):
                con.execute(f"DROP TABLE IF EXISTS {table}")
            for statement in _DDL.split(";"):
                if statement.strip():
                    con.execute(statement)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('code', ?)", (self._code,))
            con.execute("DELETE FROM meta WHERE key = 'terms_code'")  # its tables went too: made again below
            con.execute("COMMIT")
        row = con.execute("SELECT value FROM meta WHERE key = 'terms_code'").fetchone()
        if row is None or row[0] != self._terms_code:
            con.execute("BEGIN IMMEDIATE")
            con.execute("DROP TABLE IF EXISTS terms")
            con.execute("DROP TABLE IF EXISTS term_keys")
            con.execute(_TERMS_DDL)
            con.execute(_TERM_KEYS_DDL)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('terms_code', ?)", (self._terms_code,))
            con.execute("COMMIT")
        return con

    # -- keys ------------------------------------------------------------------------------------
    def scan(self, root: Path) -> tuple[str, dict[Path, str]]:
        """The content key of the whole base (every file's name and bytes, and the code) and the
        key of each file."""
        digest = hashlib.sha256(self._code.encode())
        hashes: dict[Path, str] = {}
        if self._stats is None:
            self._stats = self._read_stats()
        stats = self._stats
        settled = time.time_ns() - RACY_NS
        listed: dict[str, list[str]] | None = {}  # the listing (see `quick_key`)
        sigs = array("q")
        seen: list[tuple[str, str, str, tuple[int, ...]]] = []
        for name, display in _source_names(root):
            try:
                # a file whose inode, size, modification and change times are those it had when
                # it was hashed has the same bytes (as git's index assumes): unless it changed
                # within RACY_NS of that read, when a second write could share the times
                st = os.stat(name)
                sig = (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
                known = stats.get(name)
                if known is not None and known[0] == sig:
                    h = known[1]
                else:
                    h = _file_hash(display, Path(name).read_bytes())
                    if max(st.st_mtime_ns, st.st_ctime_ns) < settled:
                        stats[name] = (sig, h)
                    else:
                        stats.pop(name, None)
                if listed is not None:
                    sub, _, file_name = display.partition("/")
                    listed.setdefault(sub, []).append(file_name)
                    sigs.extend(sig)
                    seen.append((name, display, h, sig))
            except OSError:
                h = "unreadable"
                listed = None
            digest.update(f"{display}\0{h}\0".encode())
            if display != COVERAGE:  # read by the coverage check on every build, not a file of records
                hashes[Path(name)] = h
        key = digest.hexdigest()
        self._scanned = (key, _listing_digest(root, listed, sigs), seen) if listed is not None else None
        return key, hashes

    def quick_key(self, root: Path) -> str | None:
        """The content key of the base under `root` when a base is recorded for exactly these files
        (each file's name and stat signature as they were when that base's files were hashed, every
        signature settled: see `scan`), without reading the store's 5,000 signatures one by one at
        100,000 facts; None when anything differs (the caller then `scan`s)."""
        listed: dict[str, list[str]] = {}
        sigs = array("q")
        stat = os.stat
        try:
            for sub, suffix in _SOURCE_DIRS:
                # each file by its name in an open directory: the kernel does not walk the whole
                # path again for each of 5,000 files
                fd = os.open(os.path.join(root, sub), os.O_RDONLY | os.O_DIRECTORY)
                try:
                    with os.scandir(fd) as entries:
                        names = listed[sub] = sorted(e.name for e in entries if e.name.endswith(suffix)
                                                     and not e.name.startswith(".") and e.is_file())
                    for name in names:
                        st = stat(name, dir_fd=fd)
                        sigs.extend((st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
                finally:
                    os.close(fd)
        except OSError:  # (a missing folder too: `scan` tells it from an empty one)
            return None
        with closing(self._connect()) as con:
            row = con.execute("SELECT b.key FROM listing l JOIN bases b ON b.key = l.key WHERE l.digest = ?",
                              (_listing_digest(root, listed, sigs),)).fetchone()
        return row[0] if row is not None else None

    def _settle(self) -> None:
        """Read again the files the last scan hashed too soon after a change to trust their
        signature (see `scan`) once they have settled: a file whose signature did not move while its
        bytes were read, and whose bytes are those the scan hashed, is known by its signature from
        now on. (A build of 100,000 facts takes longer than RACY_NS: the files a generator or a
        checkout wrote last are then recorded, and the next start need not read them.)"""
        if self._scanned is None or self._stats is None:
            return
        stats = self._stats
        for name, display, h, sig in self._scanned[2]:
            if stats.get(name) == (sig, h):
                continue
            try:
                st = os.stat(name)
                if (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns) != sig or (
                        max(st.st_mtime_ns, st.st_ctime_ns) >= time.time_ns() - RACY_NS):
                    continue
                data = Path(name).read_bytes()
                st = os.stat(name)
            except OSError:
                continue
            if (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns) == sig and _file_hash(display, data) == h:
                stats[name] = (sig, h)

    def _save_listing(self, con: sqlite3.Connection, key: str) -> None:
        """Record the last scan's listing for the base recorded under `key`, when that scan gave
        this key and every file's signature in it is known (`_settle`) — else no listing: the next
        start scans file by file."""
        con.execute("DELETE FROM listing")
        scanned, stats = self._scanned, self._stats or {}
        if scanned is not None and scanned[0] == key and all(
                stats.get(name) == (sig, h) for name, _, h, sig in scanned[2]):
            con.execute("INSERT INTO listing VALUES (?, ?)", (scanned[1], key))

    def remember_listing(self, key: str) -> None:
        """After a start that found its base by scanning file by file (a listing not recorded: files
        that had not settled when they were built, or touched since without a change): record the
        signatures and the listing, so that the next start need not. Nothing when that scan's key
        is not `key`, or some file has not settled yet."""
        self._settle()
        scanned, stats = self._scanned, self._stats or {}
        if scanned is None or scanned[0] != key or not all(
                stats.get(name) == (sig, h) for name, _, h, sig in scanned[2]):
            self._scanned = None
            return
        try:
            with self._lock, closing(self._connect()) as con:
                if con.execute("SELECT 1 FROM listing WHERE digest = ?", (scanned[1],)).fetchone() is None:
                    con.execute("BEGIN IMMEDIATE")
                    if con.execute("SELECT 1 FROM bases WHERE key = ?", (key,)).fetchone() is not None:
                        self._save_stats(con)
                        self._save_listing(con, key)
                    con.execute("COMMIT")
        except (sqlite3.Error, OSError) as exc:
            log.debug("compiled fact store: listing not recorded (%s)", exc)
        self._scanned = None  # (5,000 entries at 100k facts: not kept while serving)

    def _read_stats(self) -> dict[str, tuple[tuple[int, ...], str]]:
        try:
            with closing(self._connect()) as con:
                return {path: (tuple(map(int, sig.split())), h) for path, sig, h in con.execute("SELECT * FROM stats")}
        except (sqlite3.Error, OSError, ValueError) as exc:
            log.warning("compiled fact store: file signatures unreadable (%s); reading every file", exc)
            return {}

    def _save_stats(self, con: sqlite3.Connection) -> None:
        con.execute("DELETE FROM stats")
        con.executemany("INSERT INTO stats VALUES (?, ?, ?)",
                        ((path, " ".join(map(str, sig)), h) for path, (sig, h) in (self._stats or {}).items()))

    # -- a whole validated base ------------------------------------------------------------------
    def open_base(self, key: str) -> FactBase | None:
        """The base recorded under this content key, built from rows; None when there is none."""
        with closing(self._connect()) as con:
            row = con.execute("SELECT version, files FROM bases WHERE key = ?", (key,)).fetchone()
            if row is None:
                return None
            version, files = row
            hashes = json.loads(files)
            by_file = self._load(con, hashes)
        self._memo = dict(zip(hashes, by_file, strict=True))
        articles: dict[str, Article] = {}
        entities: dict[str, Entity] = {}
        facts: dict[str, Fact] = {}
        for items in by_file:
            for item in items:
                if isinstance(item, Fact):
                    facts[item.id] = item
                elif isinstance(item, Entity):
                    entities[item.id] = item
                elif isinstance(item, Article):
                    articles[item.id] = item
                else:
                    return None  # a problem in a recorded base: the record is not to be trusted
        _ABOUTS.clear()  # (shared within the base now; the rows' texts it is keyed by need not stay)
        by_entity, conflicts = relations(facts)
        self._base_key = key
        self._checked = None
        self._opened = FactBase(articles=MappingProxyType(articles), entities=MappingProxyType(entities),
                                facts=MappingProxyType(facts), by_entity=by_entity, conflicts=conflicts,
                                version=version)
        return self._opened

    def _prior(self) -> Checked | None:
        """The `validate.Checked` of the base last built or opened here (None when unknown: the
        next build then checks everything)."""
        if self._checked is not None or self._opened is None:
            return self._checked
        opened, self._opened = self._opened, None
        try:
            with closing(self._connect()) as con:
                row = con.execute("SELECT checks FROM bases WHERE key = ?", (self._base_key,)).fetchone()
            if row is not None and row[0] is not None:
                self._checked = _dec_checked(opened, row[0])
        except (sqlite3.Error, OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("compiled fact store: checks unreadable (%s); checking the whole base", exc)
        return self._checked

    def _load(self, con: sqlite3.Connection, hashes: list[str]) -> list[list[FileItem]]:
        """The items of these files (in this order), each file's items in file order. Raises
        KeyError when a file is not in the store."""
        con.execute("CREATE TEMP TABLE IF NOT EXISTS want (hash TEXT PRIMARY KEY, pos INTEGER)")
        con.execute("DELETE FROM want")
        con.executemany("INSERT OR IGNORE INTO want VALUES (?, ?)", ((h, i) for i, h in enumerate(hashes)))
        known = {h for (h,) in con.execute("SELECT w.hash FROM want w JOIN files f ON f.hash = w.hash")}
        if len(known) != len(set(hashes)):
            raise KeyError("file not in the store")
        per: list[list[tuple[int, FileItem]]] = [[] for _ in hashes]
        for table, make in _MAKE.items():
            for r in con.execute(f"SELECT w.pos, {_SELECT[table]} FROM {table} t JOIN want w ON t.hash = w.hash"):
                per[r[0]].append((r[1], make(r[1:])))
        out = []
        for items in per:
            items.sort(key=lambda x: x[0])
            out.append([item for _, item in items])
        return out

    def build(self, root: Path, *, terms_ahead: bool = False) -> tuple[FactBase | None, Report]:
        """`validate.build` with each file's items from the store when its bytes were seen before;
        records the base when it validates, so that the next start opens it.

        `terms_ahead` (a first build, whose index follows): when the fact files are parsed in worker
        processes, the workers go on to analyse the facts' texts for the index while this process
        runs the checks (`analysis.py`); the next `load_terms` adds what they made."""
        with gc_paused():
            return self._build(root, terms_ahead)

    def _build(self, root: Path, terms_ahead: bool = False) -> tuple[FactBase | None, Report]:
        started = time.perf_counter()
        key, hashes = self.scan(root)
        memo = self._memo
        cached = {h: memo[h] for h in hashes.values() if h in memo}
        missing = [h for h in hashes.values() if h not in memo]
        if missing:
            try:
                with closing(self._connect()) as con:
                    try:
                        cached.update(zip(missing, self._load(con, missing), strict=True))
                    except KeyError:
                        cached.update(self._known(con, missing))
            except (sqlite3.Error, OSError, ValueError) as exc:  # an unreadable store: parse instead
                log.warning("compiled fact store unreadable (%s); parsing every file", exc)
        if self._mentions is None:  # a process's first check: its articles' mentions from the store
            self._read_mentions(cached)
        fresh: dict[str, list[FileItem]] = {}
        saved: set[str] = set()  # files whose rows the parallel parse has written already
        todo = [(path, h) for path, h in hashes.items() if h not in cached]
        if self._ahead is not None:  # an analysis no index took: this build's replaces it
            self._ahead.cancel()
            self._ahead = None
        pool = self._pool(todo)
        if pool is not None:
            try:
                cached.update(self._parse_parallel(root, todo, fresh, saved, pool))
                if terms_ahead:
                    self._analyse_ahead(hashes, cached, pool)
            finally:
                # else the analysis shuts the workers down when it has sent its last batch; here the
                # workers are idle, and waiting for their exit leaves no thread of theirs running (a
                # caller may fork next: the fact browser's page workers)
                if self._ahead is None:
                    pool.shutdown(wait=True, cancel_futures=True)
        loaded = time.perf_counter()
        exact = True  # false when a file changed while we read it: then nothing is recorded as `key`

        def items(root_: Path, path: Path) -> list[FileItem]:
            nonlocal exact
            h = hashes.get(path)
            if h is not None and h in cached:
                return cached[h]
            try:
                data = path.read_bytes()
            except OSError:  # reported at its line by the validator; nothing is recorded
                exact = False
                return file_items(root_, path)
            now = _file_hash(path.relative_to(root_).as_posix(), data)
            exact = exact and now == h
            got = fresh[now] = file_items(root_, path, data)
            return got

        try:
            base, report = build(root, items, prior=self._prior())
        finally:
            if self._mentions is not None:
                self._mentions.close()
            if self._ahead is not None and base is None:
                self._ahead.cancel()  # no index follows this build
                self._ahead = None
        self._checked, self._opened = report.checked, None
        parsed = time.perf_counter()
        self._base_key = None  # set below when this base is recorded under its key
        if base is not None and exact:
            self._settle()
        try:
            with self._lock, closing(self._connect()) as con:
                con.execute("BEGIN IMMEDIATE")
                for h, its in fresh.items():
                    if h not in saved:
                        self._save_file(con, h, its)
                if base is not None and exact:
                    self._save_base(con, key, list(hashes.values()), base, report.checked)
                    self._base_key = key
                    self._save_stats(con)
                    self._save_listing(con, key)
                self._save_mentions(con, {**cached, **fresh})
                if fresh:  # drop files no current base uses (bounded size); an unchanged store is not written
                    self._prune(con, set(hashes.values()) | set(fresh))
                con.execute("COMMIT")
            stored = True
        except (sqlite3.Error, OSError) as exc:  # a full disk or a read-only folder: serve, record nothing
            log.warning("compiled fact store not updated (%s); the next start parses again", exc)
            stored = False
        self._scanned = None  # used (5,000 entries at 100k facts: not kept while serving)
        current = {**cached, **fresh}
        if self._mentions is not None:
            self._mentions.stored({its[0].body: h for h, its in current.items()
                                   if len(its) == 1 and isinstance(its[0], Article)} if stored else None)
        self._memo = {h: current[h] for h in hashes.values() if h in current}
        self.last = {"files": len(hashes), "parsed": len(fresh), "from_memory": len(hashes) - len(missing),
                     "read_store_s": loaded - started,
                     "build_s": parsed - loaded, "write_s": time.perf_counter() - parsed}
        return base, report

    @staticmethod
    def _pool(todo: list[tuple[Path, str]]) -> ProcessPoolExecutor | None:
        """Worker processes for parsing these files, when they are many bytes (a fresh clone, a
        changed loader); None when they are few or the machine has one core."""
        try:
            size = sum(path.stat().st_size for path, _ in todo)
        except OSError:
            return None
        return parallel.start(len(todo)) if todo and size >= PARALLEL_MIN_BYTES else None

    def _parse_parallel(self, root: Path, todo: list[tuple[Path, str]], fresh: dict[str, list[FileItem]],
                        saved: set[str], pool: ProcessPoolExecutor) -> dict[str, list[FileItem]]:
        """Parse these files in the worker processes, the fact files first (one per job: what the
        analysis ahead needs), then the articles (by the hundred), with their mentions: their rows are
        written to the store as they come, and their items are made from the rows here while the
        workers parse the next files. Returns the items by file hash (also put in `fresh`, and the
        hashes written in `saved`); a file that changed meanwhile, or that the rows cannot hold, is
        left to the caller."""
        todo = [job for job in todo if job[0].suffix == ".yaml"] + [job for job in todo if job[0].suffix == ".md"]
        jobs = [[str(path)] for path, _ in todo if path.suffix == ".yaml"]
        articles = [str(path) for path, _ in todo if path.suffix == ".md"]
        jobs += [articles[i:i + ARTICLES_PER_JOB] for i in range(0, len(articles), ARTICLES_PER_JOB)]
        results = pool_map(_parse_files, [(str(root), paths) for paths in jobs], pool)
        if results is None:
            return {}
        out: dict[str, list[FileItem]] = {}
        try:
            with self._lock, closing(self._connect()) as con:
                con.execute("BEGIN IMMEDIATE")
                for (_, h), (now, rows, found) in zip(todo, itertools.chain.from_iterable(results), strict=True):
                    if now != h or rows is None:
                        continue
                    out[h] = fresh[h] = _items_of_rows(rows)
                    self._save_rows(con, h, rows, out[h])
                    saved.add(h)
                    if found is not None and self._mentions is not None:
                        self._mentions.add(rows["articles"][0][7], found)
                con.execute("COMMIT")
        except Exception as exc:  # a worker's failure too: whatever is missing is parsed here, as without workers
            log.warning("parallel parse stopped (%s); parsing the rest in this process", exc)
            saved.clear()
        finally:
            results.close()
        return out

    def _analyse_ahead(self, hashes: dict[Path, str], cached: dict[str, list[FileItem]],
                       pool: ProcessPoolExecutor) -> None:
        """Once every fact file is parsed, set the workers to analyse the facts' texts for the
        index (`analysis.TermsAhead`), with the entities and facts as the checks will find them
        when they pass: not when a file could not be parsed, has a problem, or an id is defined
        twice (the base will not validate)."""
        entities: dict[str, Entity] = {}
        facts: dict[str, Fact] = {}
        for path, h in hashes.items():
            if path.suffix != ".yaml":
                continue
            items = cached.get(h)
            if items is None:
                return
            for item in items:
                if isinstance(item, Entity) and item.id not in entities and item.id not in facts:
                    entities[item.id] = item
                elif isinstance(item, Fact) and item.id not in entities and item.id not in facts:
                    facts[item.id] = item
                else:
                    return
        if facts:
            self._ahead = TermsAhead(pool, entities, facts)

    def _read_mentions(self, items: dict[str, list[FileItem]]) -> None:
        """Let the coverage check read each article's mentions from the store when it asks for
        them (after an edit it asks for the edited articles only, so they are not all read)."""
        hashes = {its[0].body: h for h, its in items.items() if len(its) == 1 and isinstance(its[0], Article)}
        from .coverage import know_mentions

        self._mentions = _StoredMentions(self.path, hashes)
        know_mentions(self._mentions)

    def _save_mentions(self, con: sqlite3.Connection, items: dict[str, list[FileItem]]) -> None:
        """Each article's mentions, as the coverage check found them, for the next process."""
        from .coverage import keyed_mentions

        have = {h for (h,) in con.execute("SELECT hash FROM mentions")}
        con.executemany("INSERT INTO mentions VALUES (?, ?)", (
            (h, json.dumps(keyed_mentions(its[0].body), ensure_ascii=False))
            for h, its in items.items() if h not in have and len(its) == 1 and isinstance(its[0], Article)))

    def _known(self, con: sqlite3.Connection, hashes: list[str]) -> dict[str, list[FileItem]]:
        """The stored items of the files the store has, when some are new."""
        have = [h for h in hashes
                if con.execute("SELECT 1 FROM files WHERE hash = ?", (h,)).fetchone() is not None]
        return dict(zip(have, self._load(con, have), strict=True)) if have else {}

    def _save_file(self, con: sqlite3.Connection, file_hash: str, items: list[FileItem]) -> None:
        try:
            rows = _rows(file_hash, items)
        except _Uncacheable:
            return
        self._save_rows(con, file_hash, rows, items)

    def _save_rows(self, con: sqlite3.Connection, file_hash: str, rows: dict[str, list[tuple]],
                   items: list[FileItem]) -> None:
        for table in (*_ITEM_TABLES, "names", "links"):
            con.execute(f"DELETE FROM {table} WHERE hash = ?", (file_hash,))
        for table, batch in rows.items():
            if batch:
                marks = ", ".join("?" * len(batch[0]))
                con.executemany(f"INSERT INTO {table} VALUES ({marks})", batch)
        path = next((getattr(i, "path", None) or getattr(i, "file", "") for i in items), "")
        con.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?)", (file_hash, path, time.time()))

    def _save_base(self, con: sqlite3.Connection, key: str, hashes: list[str], base: FactBase,
                   checked: Checked | None) -> None:
        known = {h for (h,) in con.execute("SELECT hash FROM files")}
        if not set(hashes) <= known:
            return  # a file could not be stored: the base is rebuilt next time
        con.execute("DELETE FROM bases")
        con.execute("INSERT INTO bases VALUES (?, ?, ?, ?, ?)", (key, base.version, json.dumps(hashes), time.time(),
                                                                 _enc_checked(checked) if checked else None))

    def _prune(self, con: sqlite3.Connection, keep: set[str]) -> None:
        gone = [h for (h,) in con.execute("SELECT hash FROM files") if h not in keep]
        for table in (*_ITEM_TABLES, "names", "links", "mentions", "files"):  # by key or index: no table scan
            con.executemany(f"DELETE FROM {table} WHERE hash = ?", ((h,) for h in gone))

    # -- the index's per-fact terms ---------------------------------------------------------------
    def load_terms(self, base: FactBase | None = None) -> TermMemo:
        """Every fact's terms the store holds (an empty memo when it cannot be read: the index then
        analyses every fact, as without a store), and the key of each fact of `base` when it is the
        base recorded here."""
        entries: dict[bytes, Derived] = {}
        keys: dict[str, bytes] = {}
        free: str | None = None
        seen: str | None = None
        intern = sys.intern
        try:
            with closing(self._connect()) as con:
                row = con.execute("SELECT keys, free, seen FROM term_keys WHERE base = ?",
                                  (self._base_key,)).fetchone()
                # the words as written stay in the table until a build counts them (`TermMemo.words`)
                for key, terms, text_terms in con.execute("SELECT key, terms, text_terms FROM terms"):
                    entries[key] = Derived(
                        terms=tuple(map(intern, terms.split(" "))) if terms else (),
                        text_terms=tuple(map(intern, text_terms.split(" "))) if text_terms else (),
                        alpha=None, own=None)
                if base is not None and row is not None and len(row[0]) == 16 * len(base.facts):
                    blob, free, seen = row
                    same = {k: k for k in entries}  # each fact's key as the very object `entries` holds
                    keys = {fid: same.get(k, k) for fid, k in
                            zip(base.facts, (blob[i:i + 16] for i in range(0, len(blob), 16)), strict=True)}
                    del same
                    self._keys_saved = self._base_key
        except (sqlite3.Error, OSError) as exc:
            log.warning("compiled fact store: terms unreadable (%s); analysing every fact", exc)
            memo = TermMemo()
            self._take_ahead(memo, base)
            return memo
        self._terms_rows = len(entries)
        memo = TermMemo(entries)
        memo.words = self._words
        memo.gone = set()  # the table holds exactly `entries`: what builds drop is what to delete
        if keys and base is not None:
            memo.facts, memo.entities, memo.keys = base.facts, base.entities, keys
            if free is not None and seen is not None:
                memo.free_n = Counter({intern(w): n for w, n in json.loads(free).items()})
                memo.seen_n = Counter({intern(w): n for w, n in json.loads(seen).items()})
                memo.counts_of = base.facts
        self._take_ahead(memo, base)
        return memo

    def _take_ahead(self, memo: TermMemo, base: FactBase | None) -> None:
        """Add to `memo` what the workers analysed during the last build, if any (see `build`)."""
        ahead, self._ahead = self._ahead, None
        if ahead is not None and base is not None:
            ahead.take(memo, base.facts, base.entities)
        elif ahead is not None:
            ahead.cancel()

    def save_terms(self, memo: TermMemo) -> None:
        """Write the terms analysed since the last save and drop those of facts no longer in the
        base; nothing is written when nothing changed (a start from an unchanged store)."""
        fresh = memo.fresh
        base_key = self._base_key if memo.facts is not None and len(memo.keys) == len(memo.facts) else None
        if not fresh and self._terms_rows == len(memo.entries) and base_key == self._keys_saved:
            return
        try:
            with self._lock, closing(self._connect()) as con:
                con.execute("BEGIN IMMEDIATE")
                if memo.gone is not None:
                    gone = [(k,) for k in memo.gone if k not in memo.entries]
                else:
                    gone = [(k,) for (k,) in con.execute("SELECT key FROM terms") if k not in memo.entries]
                con.executemany("DELETE FROM terms WHERE key = ?", gone)
                con.executemany("INSERT OR REPLACE INTO terms VALUES (?, ?, ?, ?, ?)",
                                ((k, " ".join(d.terms), " ".join(d.text_terms), " ".join(d.alpha or ()),
                                  " ".join(d.own or ()))
                                 for k, d in fresh.items() if k in memo.entries and _joinable(d)))
                con.execute("DELETE FROM term_keys")
                if base_key is not None:
                    sets: tuple[str | None, str | None] = (None, None)  # counts of other facts: none
                    if memo.counts_of is memo.facts:
                        sets = (json.dumps(memo.free_n, ensure_ascii=False), json.dumps(memo.seen_n, ensure_ascii=False))
                    con.execute("INSERT INTO term_keys VALUES (?, ?, ?, ?)",
                                (base_key, b"".join(memo.keys.values()), *sets))
                con.execute("COMMIT")
        except (sqlite3.Error, OSError) as exc:
            log.warning("compiled fact store: terms not updated (%s)", exc)
            return
        for k, d in fresh.items():  # written: their words as written are read back when a build counts them
            if memo.entries.get(k) is d and _joinable(d):
                memo.entries[k] = Derived(d.terms, d.text_terms, None, None)
        memo.words = self._words
        memo.fresh = {}
        memo.gone = set()  # the table now holds what `entries` holds (or less: never a row to delete)
        self._terms_rows = len(memo.entries)
        self._keys_saved = base_key

    def _words(self, keys: set[bytes]) -> dict[bytes, Derived]:
        """The whole entries of these keys, words as written included (see `TermMemo.words`); the
        keys the table does not hold (or all, when it cannot be read) are left out."""
        out: dict[bytes, Derived] = {}
        wanted = list(keys)
        intern = sys.intern

        def split(words: str) -> tuple[str, ...]:
            return tuple(map(intern, words.split(" "))) if words else ()

        try:
            with closing(self._connect()) as con:
                for start in range(0, len(wanted), 500):
                    chunk = wanted[start:start + 500]
                    for key, terms, text_terms, alpha, own in con.execute(
                            f"SELECT * FROM terms WHERE key IN ({','.join('?' * len(chunk))})", chunk):
                        out[key] = Derived(split(terms), split(text_terms), split(alpha), split(own))
        except (sqlite3.Error, OSError) as exc:
            log.warning("compiled fact store: terms unreadable (%s); analysing the facts again", exc)
        return out

    # -- names -----------------------------------------------------------------------------------
    def unknown_bytes(self, hashes: dict[Path, str]) -> int:
        """The size of the files among these whose contents the store does not hold (what a build
        would parse)."""
        with closing(self._connect()) as con:
            known = {h for (h,) in con.execute("SELECT hash FROM files")}
        return sum(path.stat().st_size for path, h in hashes.items() if h not in known)

    def has_base(self, key: str) -> bool:
        """Whether a base is recorded under this content key (read no rows of it)."""
        with closing(self._connect()) as con:
            return con.execute("SELECT 1 FROM bases WHERE key = ?", (key,)).fetchone() is not None

    def quick_who(self, key: str, text: str) -> Answer | None:
        """/who for the exact name of one entity, answered from the rows of its facts, the entities
        and articles they cite — what a start can answer before the whole base is read. None
        whenever the whole base might answer otherwise (a name others share or that is not typed
        whole, a year, a disagreement between facts): the caller then waits for the base."""
        from .answers import profile
        from .index import WHO_TYPES, Query

        query = Query.parse(text)
        if query.years or not query.words:
            return None
        try:
            with closing(self._connect()) as con:
                row = con.execute("SELECT version, files FROM bases WHERE key = ?", (key,)).fetchone()
                if row is None:
                    return None
                version, current = row[0], set(json.loads(row[1]))
                ids = {eid for eid, h in con.execute("SELECT entity, hash FROM names WHERE name = ?",
                                                     (fold(text.strip()),)) if h in current}
                if len(ids) != 1:
                    return None
                (eid,) = ids
                ent = next((e for e in self._rows_of(con, "entities", "id", [eid], current)), None)
                # the whole name, or two words or more: a lone word others share is the base's to judge
                if not isinstance(ent, Entity) or ent.type not in WHO_TYPES or (
                        fold(ent.name) != fold(text.strip()) and len(query.words) < 2):
                    return None
                fids = [f for f, h in con.execute("SELECT fact, hash FROM links WHERE target = ? AND kind = 'e'",
                                                  (eid,)) if h in current]
                facts = [f for f in self._rows_of(con, "facts", "id", fids, current) if isinstance(f, Fact)]
                if len(facts) != len(set(fids)) or any(f.conflicts_with for f in facts) or any(
                        h in current for (h,) in con.execute(
                            f"SELECT hash FROM links WHERE kind = 'c' AND target IN ({','.join('?' * len(fids))})",
                            fids)):
                    return None  # a disagreement shows both sides: the whole base answers it
                wanted = {e for f in facts for e in f.entity_ids()} | {eid}
                parent = ent.part_of
                while parent and parent not in wanted:
                    wanted.add(parent)
                    parent = next((p.part_of for p in self._rows_of(con, "entities", "id", [parent], current)
                                   if isinstance(p, Entity)), None)
                entities = {e.id: e for e in self._rows_of(con, "entities", "id", sorted(wanted), current)
                            if isinstance(e, Entity)}
                articles = {a.id: a for a in self._rows_of(con, "articles", "id",
                                                           sorted({f.source.article for f in facts}), current)
                            if isinstance(a, Article)}
            facts_by_id = {f.id: f for f in facts}
            by_entity, conflicts = relations(facts_by_id)
            mini = FactBase(articles=MappingProxyType(articles), entities=MappingProxyType(entities),
                            facts=MappingProxyType(facts_by_id), by_entity=by_entity, conflicts=conflicts,
                            version=version)
            return profile(mini, entities[eid], text)
        except (sqlite3.Error, OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.debug("quick /who from the store failed (%s); waiting for the base", exc)
            return None

    def _rows_of(self, con: sqlite3.Connection, table: str, column: str, values: list[str],
                 current: set[str]) -> list[FileItem]:
        """The items of `table` whose `column` is one of `values`, from the current files only."""
        out: list[FileItem] = []
        for start in range(0, len(values), 500):
            chunk = values[start:start + 500]
            marks = ",".join("?" * len(chunk))
            out += [_MAKE[table](r[1:]) for r in con.execute(
                f"SELECT hash, {_SELECT[table]} FROM {table} WHERE {column} IN ({marks})", chunk) if r[0] in current]
        return out

    def entities_named(self, name: str) -> list[str]:
        """Ids of the entities with this name or alias in the recorded base (folded match)."""
        with closing(self._connect()) as con:
            row = con.execute("SELECT files FROM bases").fetchone()
            if row is None:
                return []
            current = set(json.loads(row[0]))
            return [eid for eid, h in con.execute("SELECT entity, hash FROM names WHERE name = ?", (fold(name),))
                    if h in current]


HEAP_RETURN_BYTES = 128 * 1024  # freed blocks of this size and more go back to the system at once
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD, _M_ARENA_MAX = -1, -3, -8  # glibc's mallopt parameters


def _return_freed_memory() -> None:
    """Have the C allocator (glibc) give large freed blocks back to the system instead of keeping
    them for later. By default it raises its thresholds to the largest block freed so far (up to
    32 MB): once a build or a start frees a table of a few MB (a dict of 100,000 facts, a list of
    rows), blocks that size are carved from a heap it keeps, and the serving process held ~20 MB
    of freed heap at 100,000 facts (peak RSS 340 -> 322 MB with fixed thresholds). Python's small
    objects do not go through it; elsewhere than glibc this does nothing."""
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return
    mallopt(_M_MMAP_THRESHOLD, HEAP_RETURN_BYTES)
    mallopt(_M_TRIM_THRESHOLD, HEAP_RETURN_BYTES)
    # one heap for every thread: the threads that read the store, build the index and answer each
    # kept a heap of their own with its own free blocks (~3 MB at 100k); they take turns (the GIL) anyway
    mallopt(_M_ARENA_MAX, 1)


def load_engine(root: Path, cache_dir: Path, *, wait: bool = False) -> tuple[Engine, bool]:
    """The engine for the files under `root`: from the store when they are unchanged (hit), else
    built — incrementally, parsing only files the store has not seen — and recorded. Raises
    InvalidFactBase when the files do not validate, whatever the store holds. The search index is
    built in a background thread; the first question waits for it (`wait` waits here for all of it,
    the tables of fact terms a start makes after the names included)."""
    _return_freed_memory()
    with gc_paused():
        return _load_engine(root, cache_dir, wait)


def _load_engine(root: Path, cache_dir: Path, wait: bool) -> tuple[Engine, bool]:
    store = Store(cache_dir)
    base = None
    key: str | None = None
    hashes: dict[Path, str] = {}
    try:
        if not wait:
            # every file's signature as when the recorded base was built: one listing, no reads
            key = store.quick_key(root)
            if key is not None:
                return Engine.opening(store, key, lambda: _open_or_build(store, key, root)), True
        key, hashes = store.scan(root)
        if not wait and store.has_base(key):
            # files unchanged since a base was recorded: read it in the background; names answer now
            return Engine.opening(store, key, lambda: _open_or_build(store, key, root, listing=True)), True
        base = store.open_base(key)
        if base is not None:
            store.remember_listing(key)
    except (sqlite3.Error, OSError, ValueError, KeyError, TypeError, json.JSONDecodeError):
        base = None
    hit = base is not None
    if base is None and store is not None and key is not None:
        base = _build_apart(store, key, root, hashes)
    if base is None:
        try:
            base, report = store.build(root, terms_ahead=True)
        except (sqlite3.Error, OSError):
            base, report = build(root)  # an unusable cache directory must not stop the bot
            store = None  # type: ignore[assignment]
        if base is None:
            raise InvalidFactBase(report)
    if store is not None:
        store._scanned = None  # (what the scan listed: used, or for a child's build; not kept while serving)
    engine = Engine.from_state(base, store=store)
    if wait:
        engine.wait_complete()
    return engine, hit


APART_MIN_BYTES = PARALLEL_MIN_BYTES  # bytes to parse before a start builds in a child process


def _build_apart(store: Store, key: str, root: Path, hashes: dict[Path, str]) -> FactBase | None:
    """A large base to parse (a fresh clone, changed code): built, checked and recorded with its
    facts' terms by a child process, then opened from the store here, as a start does. What a build
    leaves behind — a heap fragmented by the parse, the checks and the analysis (at 100,000 facts
    the serving process held 415 MB after a build against 355 MB after a start from the store) —
    goes with the child. None when the base is small (a child's start costs more than it saves),
    when the child could not record it (a file changed meanwhile, an unusable store, a child that
    died): the caller builds here. Raises InvalidFactBase with the child's report when the files do
    not validate."""
    try:
        unknown = store.unknown_bytes(hashes)
    except (sqlite3.Error, OSError):
        return None
    if unknown < APART_MIN_BYTES:
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            recorded, report = pool.submit(_build_recorded, str(root), str(store.path.parent)).result()
    except Exception as exc:  # a child that could not start, died or failed: the build it did not finish is done here
        log.warning("building in a child process failed (%s: %s); building in this one", type(exc).__name__, exc)
        return None
    if report is not None:
        raise InvalidFactBase(report)
    if recorded != key:  # the files changed while the child read them: built here, from what it stored
        return None
    try:
        return store.open_base(key)
    except (sqlite3.Error, OSError, ValueError, KeyError, TypeError, json.JSONDecodeError):
        return None


def _build_recorded(root: str, cache_dir: str) -> tuple[str | None, Report | None]:
    """In the child process of `_build_apart`: build and record the base, and its facts' terms (the
    analysis the workers did ahead included), so that the parent's index analyses nothing. Returns
    the key it was recorded under (None: not recorded) or, when it does not validate, the report."""
    from .index import Index

    gc.disable()  # the child's whole life is this build (see engine.gc_paused)
    store = Store(Path(cache_dir))
    base, report = store.build(Path(root), terms_ahead=True)
    if base is None:
        report.checked = None
        return None, report
    key = store._base_key
    if key is not None:
        memo = store.load_terms(base)
        Index(base, memo)
        store.save_terms(memo)
    return key, None


def _open_or_build(store: Store, key: str, root: Path, *, listing: bool = False) -> FactBase:
    """The recorded base, or — should its rows not read back — the base built again from the files
    (they validated under this very key, so only an unreadable store leads here). `listing`: the
    start scanned file by file; the files' signatures are recorded for the next (`remember_listing`)."""
    try:
        base = store.open_base(key)
    except (sqlite3.Error, OSError, ValueError, KeyError, TypeError, json.JSONDecodeError):
        base = None
    if base is not None and listing:
        store.remember_listing(key)
    if base is None:
        base, report = store.build(root, terms_ahead=True)
        if base is None:
            raise InvalidFactBase(report)
    return base


def sources(root: Path) -> Iterable[tuple[Path, str]]:
    """The files a build reads (for tools that want to watch them)."""
    return _sources(root)
