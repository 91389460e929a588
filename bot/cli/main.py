"""Argument parsing for every `python -m bot` subcommand; each subcommand lives in its own module."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..core.paths import data_root


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factdesk", description="Cited answers from a curated fact base.")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate corpus and facts, print a summary")
    check.add_argument("--strict", action="store_true", help="also fail on coverage gaps")
    check.add_argument("--quiet", action="store_true", help="print only problems")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "check":
        from .check import run_check

        return run_check(data_root(), strict=args.strict, quiet=args.quiet)
    return 2


if __name__ == "__main__":
    sys.exit(main())
