"""Where the corpus and the fact base live. One place, so the CLI, the bot and tests agree."""

from __future__ import annotations

import os
from pathlib import Path


def data_root() -> Path:
    """The folder holding `corpus/` and `facts/`: FACTDESK_ROOT, else the checkout the package sits in."""
    env = os.environ.get("FACTDESK_ROOT")
    return Path(env) if env else Path(__file__).resolve().parents[2]
