"""The `corpus add` and `facts draft|accept|measure` subcommands (kept here so `cli/main.py` stays small)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def add_parsers(sub: Any) -> None:
    """Register `corpus` and `facts` on the main parser's subparsers."""
    corpus = sub.add_parser("corpus", help="add articles to corpus/")
    csub = corpus.add_subparsers(dest="corpus_command", required=True)
    add = csub.add_parser("add", help="clean an article and store it as corpus/<id>.md")
    add.add_argument("file", help="the article text (UTF-8), or - for standard input")
    add.add_argument("--title", required=True)
    add.add_argument("--publisher", required=True)
    add.add_argument("--published", help="publication date, YYYY-MM-DD (required)")
    add.add_argument("--url")
    facts = sub.add_parser("facts", help="draft, accept and measure facts")
    fsub = facts.add_subparsers(dest="facts_command", required=True)
    draft = fsub.add_parser("draft", help="propose facts for an article into facts/drafts/<id>.yaml")
    draft.add_argument("article", nargs="+", help="corpus/<id>.md")
    acc = fsub.add_parser("accept", help="move reviewed drafts into the fact base (runs check)")
    acc.add_argument("ids", nargs="*")
    acc.add_argument("--all", action="store_true", dest="all_drafts")
    meas = fsub.add_parser("measure", help="drafter recall/precision: curated articles and held-out test articles")
    meas.add_argument("--heldout", metavar="DIR", help="folder of held-out articles with truth.yaml "
                      "(default: every tests/editing/heldout* folder of this checkout)")


def run(args: argparse.Namespace, root: Path) -> int:
    """Run `corpus …` or `facts …`; errors go to stderr with exit status 1."""
    if args.command == "corpus":
        from .corpus_add import AddError, add_article

        try:
            data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
            added = add_article(root, data, title=args.title, publisher=args.publisher,
                                published=args.published, url=args.url)
        except (AddError, OSError) as exc:
            print(f"corpus add: {exc}", file=sys.stderr)
            return 1
        print(f"added corpus/{added.path.name}\nnext: python -m bot facts draft corpus/{added.path.name}")
        return 0
    from ..core.validate import build

    if args.facts_command == "draft":
        return _draft(root, args.article)
    if args.facts_command == "accept":
        from .accept import AcceptError, accept

        try:
            done = accept(root, args.ids, all_drafts=args.all_drafts)
        except AcceptError as exc:
            print(f"facts accept: {exc}", file=sys.stderr)
            return 1
        if done.recovered:
            print(f"facts accept: {done.recovered}", file=sys.stderr)
        for problem in done.skipped:
            print(f"facts accept: skipped (fix and accept again): {problem}", file=sys.stderr)
        for draft_id, existing in done.linked.items():
            print(f"linked {draft_id.split(':', 1)[1]} to existing entity {existing}")
        print(f"accepted {len(done.facts)} facts, {len(done.entities)} entities; check: "
              f"{len(done.report.errors)} errors, {len(done.report.gaps)} gaps")
        return 0
    from .measure import measure, table

    base, _ = build(root)
    if base is None:
        print("facts measure: the fact base is invalid; run check", file=sys.stderr)
        return 1
    from .measure import HELDOUT, measure_heldout

    print("Curated articles (the rules were written from these):")
    print(table(measure(base)))
    folders = [Path(args.heldout)] if args.heldout else sorted(HELDOUT.parent.glob(HELDOUT.name + "*"))
    for folder in folders:
        if (folder / "truth.yaml").is_file():
            print(f"\nHeld-out articles ({folder.name}; see its truth.yaml for whether rules were tuned on it):")
            print(table(measure_heldout(folder)))
    return 0


def _draft(root: Path, articles: list[str]) -> int:
    """Draft each article; an unreadable one is named with its line and the others are still drafted."""
    from ..core.loader import SourceError
    from ..core.validate import build
    from .accept import AcceptError, recover
    from .drafter import draft_file
    from .files import EditError, facts_lock, os_message

    base, _ = build(root)
    if base is None:
        print("facts draft: the fact base has errors; drafting without known entities", file=sys.stderr)
    status = 0
    try:
        with facts_lock(root):
            recover(root)
            for name in articles:
                path = Path(name)
                if not path.is_file():
                    print(f"facts draft: no such article: {name}", file=sys.stderr)
                    status = 1
                    continue
                try:
                    drafts, out = draft_file(root, path, base)
                except (SourceError, EditError) as exc:
                    print(f"facts draft: {exc}", file=sys.stderr)
                    status = 1
                    continue
                except OSError as exc:
                    print(f"facts draft: {name}:1: {os_message(exc)}", file=sys.stderr)
                    status = 1
                    continue
                print(f"{len(drafts.facts)} draft facts, {len(drafts.entities)} new entities -> {out}")
    except AcceptError as exc:
        print(f"facts draft: {exc}", file=sys.stderr)
        return 1
    return status
