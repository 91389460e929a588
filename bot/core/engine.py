"""The engine: one validated fact base plus its search index, swapped atomically on reload."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .answer import Answer
from .index import Index, TermMemo
from .memo import in_request
from .model import FactBase
from .validate import Report, build

log = logging.getLogger(__name__)
_gc_lock = threading.Lock()
_gc_holders = 0
_gc_was_enabled = True


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hold off Python's cyclic garbage collector while a base or an index is built. Such a build
    allocates millions of objects that all live on, and every full collection those allocations
    trigger walks all of them again (a third of a reload's time at 100,000 facts); none of them is
    garbage in a cycle that must go sooner. Nested and concurrent builds share one pause."""
    global _gc_holders, _gc_was_enabled
    with _gc_lock:
        if _gc_holders == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_holders += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_holders -= 1
            if _gc_holders == 0 and _gc_was_enabled:
                gc.enable()


OPEN_DELAY_S = 0.5  # how long a start's read of the store waits for a question that needs the base


class InvalidFactBase(Exception):
    """Raised when the fact base fails validation; carries the report with file:line problems."""

    def __init__(self, report: Report) -> None:
        self.report = report
        first = "\n".join(str(p) for p in report.errors[:10])
        more = f"\n… and {len(report.errors) - 10} more" if len(report.errors) > 10 else ""
        super().__init__(f"the fact base is invalid:\n{first}{more}")


@dataclass(frozen=True)
class Suggestion:
    """An autocomplete entry: `value` goes back into the command, `name` is shown (≤100 chars)."""

    value: str
    name: str


@dataclass(frozen=True)
class _State:
    base: FactBase
    index: Index


def _warm(index: Index) -> None:
    """The search's per-index tables, made before a question needs them (see `search.warm`)."""
    # (no module is imported here that is not loaded already: a process that forks while this thread
    # holds an import lock leaves its child waiting on that lock for ever — the fact browser forks)
    from .chat import compile_phrases
    from .search import warm

    try:
        compile_phrases()
        index.warm_typos()
        index.warm_fact_words()
        warm(index)
    except Exception:  # the question that needs a table makes it, or says why not
        log.exception("the search's tables could not be made in the background")


class Engine:
    """Answers questions from the current fact base. Safe to share between tasks and threads."""

    def __init__(self, base: FactBase) -> None:
        self._terms: TermMemo | None = TermMemo()
        self._current: _State | None = _State(base, Index(base, self._terms))
        self._pending_base: FactBase | None = base
        self._lock = threading.Lock()
        self._build_lock = threading.RLock()
        self._ready = threading.Event()
        self._ready.set()
        self._failed: BaseException | None = None
        self._store: Any = None
        self._opened = threading.Event()
        self._opened.set()
        self._wanted = threading.Event()
        self._quick: tuple[Any, str] | None = None
        threading.Thread(target=_warm, args=(self._current.index,), name="factdesk-warm", daemon=True).start()

    @classmethod
    def load(cls, root: Path) -> Engine:
        with gc_paused():
            base, report = build(root)
            if base is None:
                raise InvalidFactBase(report)
            return cls(base)

    @classmethod
    def _bare(cls, store: Any, base: FactBase | None) -> Engine:
        """An engine with its locks and events, its base given (or, None, still to be read)."""
        engine = cls.__new__(cls)
        engine._lock = threading.Lock()
        engine._build_lock = threading.RLock()
        engine._ready = threading.Event()
        engine._failed = None
        engine._store = store
        engine._terms = None
        engine._pending_base = base
        engine._opened = threading.Event()
        engine._opened.set()
        engine._wanted = threading.Event()
        engine._quick = None
        return engine

    @classmethod
    def from_state(cls, base: FactBase, index: Index | None = None, *, store: Any = None) -> Engine:
        """An engine for a base that is already validated (opened from the compiled store). Without
        an index, the index is built in a background thread: the process can connect and offer
        autocomplete at once, and the first question waits for the index (`wait_ready`).
        `store` (a `store.Store`) makes reloads incremental."""
        engine = cls._bare(store, base)
        if index is not None:
            engine._current = _State(base, index)
            engine._ready.set()
            threading.Thread(target=_warm, args=(index,), name="factdesk-warm", daemon=True).start()
            return engine
        engine._current = None
        threading.Thread(target=engine._build_in_background, args=(base,), name="factdesk-index",
                         daemon=True).start()
        return engine

    @classmethod
    def opening(cls, store: Any, key: str, open_base: Any) -> Engine:
        """An engine whose base is still being read from the compiled store: `open_base()` reads it
        (or builds it, should the rows fail) in a background thread, and the index follows it there.
        Until then a /who by an entity's exact name is answered from the store's rows
        (`store.quick_who`); everything else waits for the base, then for the index."""
        engine = cls._bare(store, None)
        engine._current = None
        engine._opened.clear()
        engine._quick = (store, key)

        def run() -> None:
            # the read starts when a question needs the base, or after a moment: a start's first
            # /who answers from the rows without sharing the interpreter with a 100,000-row read
            engine._wanted.wait(OPEN_DELAY_S)
            try:
                with gc_paused():
                    base = open_base()
            except BaseException as exc:  # re-raised to every waiting question
                engine._failed = exc
                engine._opened.set()
                engine._ready.set()
                return
            engine._pending_base = base
            engine._opened.set()
            engine._build_in_background(base)

        threading.Thread(target=run, name="factdesk-open", daemon=True).start()
        return engine

    def _build_in_background(self, base: FactBase) -> None:
        try:
            from .suggest import suggester

            with gc_paused():
                suggester(base)  # autocomplete is asked first and does not need the index
                state = _State(base, self._build_index(base))
            with self._lock:
                if self._current is None:  # a reload meanwhile wins
                    self._current = state
        except BaseException as exc:  # re-raised to every waiting question
            self._failed = exc
            return
        finally:
            self._ready.set()
        try:  # the fact tables a start left for later (see Index `later`), and the store's copy of them
            self._complete(state.index)
        except BaseException:  # the first question that needs them makes them, or says why not
            log.exception("the search index's fact tables could not be built in the background")
        _warm(state.index)  # (it marks the index warmed whatever happens: wait_complete never hangs)

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Wait until the search index is built; True when it is."""
        return self._ready.wait(timeout) and self._current is not None

    def wait_complete(self) -> None:
        """Wait until the search index is built with every table a start may leave for later, and
        the search's own tables made (a build measured or compared whole, a tool that answers at once)."""
        index = self._state.index
        self._complete(index)
        index.warmed.wait()

    @property
    def _state(self) -> _State:
        state = self._current
        if state is None:
            self._wanted.set()
            self._ready.wait()
            if self._current is None:
                raise RuntimeError("the search index could not be built") from self._failed
            state = self._current
        return state

    @property
    def base(self) -> FactBase:
        state = self._current
        if state is not None:
            return state.base
        if self._pending_base is None:  # still being read from the store
            self._wanted.set()
            self._opened.wait()
            if self._pending_base is None:
                raise RuntimeError("the fact base could not be read") from self._failed
        return self._pending_base

    def reload(self, root: Path) -> Report:
        """Build a new base beside the current one; swap only if it validates. Returns the report.
        With a store, only files changed since they were last seen are parsed."""
        self._wanted.set()
        self._opened.wait()  # a start still reading the store finishes first: one build at a time
        with gc_paused():
            base, report = self._store.build(root) if self._store is not None else build(root)
            if base is not None:
                state = _State(base, self._build_index(base))
                with self._lock:
                    self._current = state
                    self._ready.set()
                self._complete(state.index)
                # the search's own tables, off the reload's clock: a question meanwhile makes what it needs
                threading.Thread(target=_warm, args=(state.index,), name="factdesk-warm", daemon=True).start()
        return report

    def _build_index(self, base: FactBase) -> Index:
        """The index of `base`, analysing only the facts whose text the term memo has not seen
        (every fact on a first build; the edited ones on a reload). With a store, the memo starts as
        the store's rows, and the facts analysed here are written back to it."""
        with self._build_lock:  # one build at a time: the memo describes one base at a time
            current = self._current
            if current is None and self._store is not None:  # a start: names first, fact terms next
                return Index(base, later=(lambda: self._memo(base), self._build_lock))
            if current is not None:
                current.index.complete()  # the memo describes its base until this build
            index = Index(base, self._memo(base), current.index if current is not None else None)
            if self._store is not None:
                self._store.save_terms(self._memo(base))
            return index

    def _memo(self, base: FactBase) -> TermMemo:
        """The per-fact terms analysed so far (from the store's rows on a first build)."""
        if self._terms is None:
            self._terms = self._store.load_terms(base) if self._store is not None else TermMemo()
        self._terms.unpark()  # (see `_complete`)
        return self._terms

    def _complete(self, index: Index) -> None:
        """Make the fact tables an index left for later, and save the terms analysed for them."""
        with gc_paused(), self._build_lock:
            index.complete()  # (nothing to do when a question made them first, or they never waited)
            if self._store is not None and self._terms is not None and not self._terms.parked:
                self._store.save_terms(self._terms)  # (nothing is written when nothing changed)
                # saved, the memo's entries are the index's terms: held once until the next build
                self._terms.park(index)

    @in_request
    def who(self, query: str, *, identity: bool = False) -> Answer:
        """/who: a profile (an office whose holder is never named: not_found). `identity` ("who is X"):
        the whole text names whom."""
        from .answers import who

        if self._current is None and self._quick is not None:  # a start: the store may answer a name now
            store, key = self._quick
            quick = store.quick_who(key, query)
            if quick is not None:
                return quick
        state = self._state
        return who(state.base, state.index, query, identity=identity)

    @in_request
    def policy(self, query: str) -> Answer:
        from .answers import policy

        state = self._state
        return policy(state.base, state.index, query)

    @in_request
    def compare(self, a: str, b: str) -> Answer:
        from .answers import compare

        state = self._state
        return compare(state.base, state.index, a, b)

    @in_request
    def ask(self, question: str) -> Answer:
        from .answers import ask

        state = self._state
        return ask(state.base, state.index, question)

    @in_request
    def role_holders(self, question: str) -> Answer | None:
        """"Who is the prime minister": the holders of an office the sources record, or None."""
        from .answers import role_holders

        state = self._state
        return role_holders(state.base, state.index, question)

    @in_request
    def names_one(self, text: str) -> bool:
        """Whether the text names exactly one entity (how compare finds where two names meet)."""
        from .answers import resolve
        from .index import ALL_TYPES

        state = self._state
        return resolve(state.base, state.index, text, ALL_TYPES).status == "answer"

    @in_request
    def person_named(self, text: str) -> str | None:
        """The one named person the text names (by name or alias: "the DG ISPR"), or None — also for
        one the sources never name ("an official source")."""
        from .answers import resolve

        state = self._state
        res = resolve(state.base, state.index, text, frozenset({"person"}))
        found = res.entity if res.status == "answer" else None
        return found.id if found is not None and not found.unnamed else None

    @in_request
    def browse(self, kind: str | None = None) -> Answer:
        """The index of people, organisations, topics and years the sources cover."""
        from .browse import browse

        return browse(self._state.base, kind)

    @in_request
    def verify(self, text: str) -> Answer:
        """Check each claim in `text` against the sources: supported, contradicted or not covered."""
        from .verify import verify

        state = self._state
        return verify(state.base, state.index, text)

    def suggest(self, kind: str, prefix: str, limit: int = 25) -> list[Suggestion]:
        """Autocomplete for `kind` in who | policy | compare: ≤25 ranked entries, names ≤100 chars."""
        from .suggest import suggest

        return suggest(self.base, None, kind, prefix, limit)  # needs no index: answers while it builds

    @in_request
    def names_joined(self, text: str) -> str | None:
        """The question with each name typed in pieces joined ("p t i", "ali baba"), or None when
        there is none (`answers.names_joined`): routing reads it before it chooses a command."""
        from .answers import names_joined

        return names_joined(self._state.index, text)

    @in_request
    def route(self, text: str) -> Answer:
        """Answer free text the way a DM or the console gets it: commands, "who is …", or a question."""
        from .routing import route

        return route(self, text)
