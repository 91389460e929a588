"""`python -m bot check`: validate the fact base and print a one-screen summary."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

from ..core.model import FactBase
from ..core.problems import Report
from ..core.validate import build

MAX_LISTED = 40


def summary(base: FactBase | None, report: Report) -> str:
    """The counts an editor wants after an edit: kinds, coverage, conflicts, problems."""
    lines = []
    if base is not None:
        kinds = Counter(f.kind for f in base.facts.values())
        types = Counter(e.type for e in base.entities.values())
        pairs = sum(len(v) for v in base.conflicts.values()) // 2
        lines.append(f"articles: {len(base.articles)}  entities: {len(base.entities)}  facts: {len(base.facts)}")
        lines.append("entities by type: " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())))
        lines.append("facts by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
        lines.append(f"conflicts: {pairs} linked pairs")
        lines.append(f"version: {base.version}")
    covered = report.covered_mentions
    if report.mentions:
        lines.append(f"coverage: {covered}/{report.mentions} mentions quoted by a fact "
                     f"({100 * covered / report.mentions:.1f}%), {len(report.gaps)} gaps")
    lines.append(f"errors: {len(report.errors)}  warnings: {len(report.warnings)}")
    return "\n".join(lines)


def run_check(root: Path, *, strict: bool = False, quiet: bool = False, out: TextIO = sys.stdout,
              err: TextIO = sys.stderr) -> int:
    """Exit status 1 on any error (and, with --strict, on any coverage gap)."""
    base, report = build(root)
    for problem in report.errors:
        print(problem, file=err)
    if not quiet:
        for problem in report.warnings[:MAX_LISTED]:
            print(f"{problem} (warning)", file=out)
    for problem in report.gaps[:MAX_LISTED] if (not quiet or strict) else ():
        print(f"{problem} (gap)", file=out)
    if len(report.gaps) > MAX_LISTED and not quiet:
        print(f"… and {len(report.gaps) - MAX_LISTED} more gaps", file=out)
    if not quiet or report.errors or (strict and report.gaps):
        print(summary(base, report), file=out)
    if report.errors:
        return 1
    return 1 if strict and report.gaps else 0
