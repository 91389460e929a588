"""Command line entry point: `python -m bot …` and the `factdesk` script."""

from __future__ import annotations

import sys

from .cli.main import main

if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `factdesk who X | head`: the reader left; not an error worth a traceback
        sys.stderr.close()
        sys.exit(0)
