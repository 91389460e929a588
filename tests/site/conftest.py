"""One site build from the real base, one static server and one headless Chromium per test session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.site.build import BuildStats, build_site

from .browser import NoBrowser, serve, start_driver


@pytest.fixture(scope="session")
def built(engine: Engine, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildStats]:
    out = tmp_path_factory.mktemp("site") / "site"
    return out, build_site(engine, out)


@pytest.fixture(scope="session")
def site_dir(built: tuple[Path, BuildStats]) -> Path:
    return built[0]


@pytest.fixture(scope="session")
def site_url(site_dir: Path) -> Iterator[str]:
    with serve(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    try:
        driver = start_driver()
    except NoBrowser as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield driver
    finally:
        driver.quit()
