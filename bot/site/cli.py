"""`python -m bot site [--out DIR]`: build the site and say in one line what was written."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from ..core.engine import Engine, InvalidFactBase
from ..core.model import FactBase
from .build import SiteError, SiteSource, build_site, check_out


def load_source(root: Path, cache_dir: Path) -> SiteSource:
    """The base through the compiled store `run` uses (only changed files are parsed), and the
    engine made from it only when asked. Not `store.load_engine`: that starts building the search
    index in a thread at once, and the site forks its page workers first (forking beside a running
    thread is unsafe) so the index is built while they work. Raises InvalidFactBase as it does."""
    from ..core.store import Store
    from ..core.validate import build

    store: Store | None = Store(cache_dir)
    assert store is not None
    base: FactBase | None = None
    try:
        key, _ = store.scan(root)
        base = store.open_base(key)
    except (sqlite3.Error, OSError, ValueError, KeyError, TypeError, json.JSONDecodeError):
        base = None  # unusable store: built afresh below, as load_engine does
    if base is None:
        try:
            base, report = store.build(root)
        except (sqlite3.Error, OSError):
            base, report = build(root)  # an unusable cache directory must not stop the build
            store = None
        if base is None:
            raise InvalidFactBase(report)
    loaded = base

    def engine() -> Engine:
        made = Engine.from_state(loaded, store=store)
        made.wait_ready()
        return made

    return SiteSource(loaded, engine)


def run_site(load: Callable[[], Engine | SiteSource], out: str, workers: int | None = None) -> int:
    """Check the arguments before loading the base (seconds to minutes for a big one)."""
    if workers is not None and not 1 <= workers <= 64:
        print("factdesk site: --workers must be between 1 and 64", file=sys.stderr)
        return 2
    try:
        check_out(Path(out))
        stats = build_site(load(), Path(out), workers)
    except SiteError as exc:
        print(f"factdesk site: {exc}", file=sys.stderr)
        return 2
    same = f", {stats.unchanged} files unchanged" if stats.unchanged else ""
    print(f"Wrote {stats.pages} pages to {out}/ ({stats.facts} facts, {stats.entities} entities, "
          f"{stats.articles} articles; search index {stats.search_bytes / 1e6:.1f} MB{same}) in {stats.seconds:.1f} s: "
          + ", ".join(f"{name} {secs:.1f} s" for name, secs in stats.stages.items()))
    if stats.unlocated:
        print(f"warning: {len(stats.unlocated)} quotes could not be placed in their article: "
              + ", ".join(stats.unlocated[:10]), file=sys.stderr)
        return 1
    return 0
