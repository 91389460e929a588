"""`python -m bot site [--out DIR]`: build the site and say in one line what was written."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from ..core.engine import Engine
from .build import SiteError, build_site, check_out


def run_site(load: Callable[[], Engine], out: str, workers: int | None = None) -> int:
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
    print(f"Wrote {stats.pages} pages to {out}/ ({stats.facts} facts, {stats.entities} entities, "
          f"{stats.articles} articles; search index {stats.search_bytes / 1e6:.1f} MB) in {stats.seconds:.1f} s: "
          + ", ".join(f"{name} {secs:.1f} s" for name, secs in stats.stages.items()))
    if stats.unlocated:
        print(f"warning: {len(stats.unlocated)} quotes could not be placed in their article: "
              + ", ".join(stats.unlocated[:10]), file=sys.stderr)
        return 1
    return 0
