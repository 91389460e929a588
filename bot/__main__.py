"""Command line entry point: `python -m bot …` and the `factdesk` script."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from .cli.main import main as cli_main


def main(argv: Sequence[str] | None = None) -> int:
    """Run a subcommand; a reader who closed the pipe (`factdesk sources | head -1`) ends it quietly.

    stdout is flushed here, inside the handler: left to interpreter shutdown, the flush into a closed
    pipe prints "Exception ignored … BrokenPipeError" whenever the output did not fit the pipe's buffer.
    """
    try:
        code = cli_main(argv)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # stdout points at nothing from now on, so the flush at shutdown has nowhere to fail
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
