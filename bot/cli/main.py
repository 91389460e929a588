"""Argument parsing for every `python -m bot` subcommand; each subcommand lives in its own module."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..core.paths import data_root

RECORD_HELP = "record a not_found answer in the gap log (off by default: evaluations must not pollute it)"

if TYPE_CHECKING:
    from ..core.answer import Answer
    from ..core.engine import Engine
    from ..editing.gaps import BlockingGapLog
    from ..site.build import SiteSource


EXIT_ANSWER, EXIT_NO_ANSWER, EXIT_USAGE = 0, 1, 2
DEV_GUILD = -1  # `sync --guild` without an id: the DEV_GUILD_ID setting
EXIT_CODES = """exit status:
  0  an answer (verify: a verdict from the sources); check found no problems
  1  no answer: not found, ambiguous, or (verify) not covered, as grep exits 1 when nothing
     matches; check found problems
  2  usage or configuration error: bad arguments, invalid settings, a fact base that does not load"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factdesk", description="Cited answers from a curated fact base.",
                                     epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate corpus and facts, print a summary")
    check.add_argument("--strict", action="store_true", help="also fail on coverage gaps")
    check.add_argument("--quiet", action="store_true", help="print only problems")
    empty_help = "accept a fact base with no articles or no facts (a brand-new desk); also FACTDESK_ALLOW_EMPTY=1"
    check.add_argument("--allow-empty", action="store_true", help=empty_help)
    from ..core.commands import COMMANDS

    for command in COMMANDS.values():
        cmd = sub.add_parser(command.name, help=command.help, epilog=EXIT_CODES,
                             formatter_class=argparse.RawDescriptionHelpFormatter)
        for option in command.options:
            if command.name == "compare":  # one list of sides: `compare 2017 2025` or `compare "A" "B"`
                cmd.add_argument("sides", nargs="+", help='e.g. 2017 2025, or "James Dong" "Michael Evans"')
                break
            cmd.add_argument(option.name, nargs="+" if option.required else "*", help=option.help)
        cmd.add_argument("--json", action="store_true", help="print the answer object")
        cmd.add_argument("--record", action="store_true", help=RECORD_HELP)
    batch = sub.add_parser("batch", help="JSON lines in, one JSON answer line out per input line")
    batch.add_argument("--json", action="store_true", help="(the only format; accepted for clarity)")
    batch.add_argument("--record", action="store_true", help=RECORD_HELP)
    gaps = sub.add_parser("gaps", help="questions readers could not get answered, most readers first")
    gaps.add_argument("--since", default="30d", help="how far back: 30d (default), 12h, 2w")
    gaps.add_argument("--json", action="store_true", help="one JSON document for scripts")
    site = sub.add_parser("site", help="write the static fact browser (HTML pages + search index)")
    site.add_argument("--out", default="site", metavar="DIR", help="output directory (default: site/)")
    site.add_argument("--workers", type=int, metavar="N",
                      help="processes rendering pages (default: one per CPU, up to 4, for bases over 4,000 facts)")
    sub.add_parser("console", help="interactive prompt")
    start = sub.add_parser("start", help="the Discord bot when DISCORD_TOKEN is set, else the console")
    run = sub.add_parser("run", help="start the Discord bot (needs DISCORD_TOKEN)")
    for cmd in (start, run):
        cmd.add_argument("--allow-empty", action="store_true", help=empty_help)
    sync = sub.add_parser("sync", help="register the slash commands with Discord (global unless --guild)")
    sync.add_argument("--guild", type=int, nargs="?", const=DEV_GUILD, metavar="ID",
                      help="sync to one guild only: instant, for development (no ID: DEV_GUILD_ID)")
    from ..editing.cli import add_parsers

    add_parsers(sub)
    return parser


def _load_engine() -> Engine:
    """The validated base, or its `file:line: what is wrong` and the configuration-error status."""
    from ..core.engine import Engine, InvalidFactBase

    try:
        return Engine.load(data_root())
    except InvalidFactBase as exc:
        print(exc, file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None


def _load_site_source() -> SiteSource:
    """The base for the site through the compiled store (data/cache/, as `run` uses it), with the
    same `file:line` message and exit status as _load_engine when it does not validate."""
    from pathlib import Path

    from ..core.engine import InvalidFactBase
    from ..site.cli import load_source

    try:
        return load_source(data_root(), Path("data") / "cache")
    except InvalidFactBase as exc:
        print(exc, file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None


def _answer(args: argparse.Namespace) -> Answer:
    from ..core.commands import COMMANDS, join_args, run

    engine = _load_engine()
    command = COMMANDS[args.command]
    if command.name == "compare":
        words = args.sides
        return run(engine, "compare", join_args("compare", *words) if len(words) == 2 else " ".join(words))
    values = [" ".join(getattr(args, o.name) or []) for o in command.options]
    return run(engine, command.name, " ".join(v for v in values if v))


def _query_text(args: argparse.Namespace) -> str:
    """What the reader typed, for the gap log: the command's arguments joined."""
    from ..core.commands import COMMANDS

    if args.command == "compare":
        return " vs ".join(args.sides)
    return " ".join(" ".join(getattr(args, o.name, None) or []) for o in COMMANDS[args.command].options).strip()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "allow_empty", False):
        from ..core.validate import ALLOW_EMPTY_ENV

        os.environ[ALLOW_EMPTY_ENV] = "1"  # through the environment, so that reloads follow it too
    if args.command == "check":
        from .check import run_check

        return run_check(data_root(), strict=args.strict, quiet=args.quiet)
    from ..core.commands import COMMANDS

    if args.command in COMMANDS:
        from .render import render_json, render_text

        answer = _answer(args)
        print(render_json(answer) if args.json else render_text(answer, site_base_url=_site_base_url()))
        if getattr(args, "record", False):
            recorder = _recorder()
            recorder.record_answer(answer, command=args.command, query=_query_text(args))
            recorder.close()
        return EXIT_ANSWER if answer.status == "answer" else EXIT_NO_ANSWER
    if args.command == "batch":
        from .batch import run_batch

        if args.record:
            return _batch_recorded()
        return run_batch(_load_engine(), sys.stdin, sys.stdout)
    if args.command == "site":
        from ..site.cli import run_site

        return run_site(_load_site_source, args.out, workers=args.workers)
    if args.command == "console":
        from .console import run_console

        recorder = _recorder()
        try:
            return run_console(_load_engine(), recorder=recorder, site_base_url=_site_base_url())
        finally:
            recorder.close()
    if args.command == "gaps":
        from .gaps import run_gaps

        return run_gaps(args.since, as_json=args.json)
    if args.command in ("corpus", "facts"):
        from ..editing.cli import run as run_editing

        return run_editing(args, data_root())
    if args.command == "start":
        return _start()
    if args.command == "run":
        from ..discord.runner import run

        return run()
    if args.command == "sync":
        from ..discord.runner import sync

        if args.guild == DEV_GUILD:
            return sync(None, dev_guild=True)
        return sync(args.guild)
    return EXIT_USAGE


def _recorder() -> BlockingGapLog:
    """The gap log for console and --record; off (with a one-line reason) when settings or storage fail."""
    from ..config import ConfigError, load_settings
    from ..editing.gaps import BlockingGapLog

    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"factdesk: not recording unanswered questions: {exc}", file=sys.stderr)
        settings = None
    return BlockingGapLog(settings if settings is not None else type("Off", (), {"record_gaps": False})())


def _batch_recorded() -> int:
    """`batch --record`: each not_found answer is also written to the gap log."""
    from .batch import run_batch

    engine, recorder = _load_engine(), _recorder()
    try:
        return run_batch(engine, sys.stdin, sys.stdout, on_answer=lambda answer, command, query:
                         recorder.record_answer(answer, command=command, query=query))
    finally:
        recorder.close()


def _site_base_url() -> str | None:
    """SITE_BASE_URL for CLI answers; a malformed one stops the command with its one-line message."""
    from ..config import ConfigError, url_setting

    try:
        return url_setting("SITE_BASE_URL")
    except ConfigError as exc:
        print(f"factdesk: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def _start() -> int:
    """The README's run command: the bot with a token, the offline console without one."""
    from ..config import ConfigError, load_settings

    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"factdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if settings.discord_token is not None:
        return main(["run"])
    print("DISCORD_TOKEN is not set: starting the offline console.", file=sys.stderr)
    return main(["console"])


if __name__ == "__main__":
    sys.exit(main())
