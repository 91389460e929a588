"""Shared fixtures: the real fact base, loaded once per session (it is immutable)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.paths import data_root

pytest_plugins = ["tests.discord_emulator.fixtures"]


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.load(data_root())
