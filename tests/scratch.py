"""A scratch copy of the real fact base, for tests that edit, break or reload it.

One helper instead of a `shutil.copytree` pair in every test file: what a copy holds (corpus/ and
facts/, never facts/drafts/ nor hidden files such as an accept's lock or journal, which an editor's
local work would otherwise leak into) is decided once.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.core.paths import data_root


def copy_fact_base(dest: Path, source: Path | None = None) -> Path:
    """Copy corpus/ and facts/ of `source` (default: the real base) into `dest`; return `dest`."""
    source = source or data_root()
    for part in ("corpus", "facts"):
        shutil.copytree(source / part, dest / part, ignore=shutil.ignore_patterns("drafts", ".*"))
    return dest
