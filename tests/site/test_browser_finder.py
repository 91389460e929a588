"""The browser finder's unpacked tree (tests/site/browser.py step 3), on a tree made here: no download."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .browser import IGNORE_SYSTEM_ENV, _system, unpacked


def _tree(root: Path) -> None:
    for rel in ("usr/lib/chromium/chromium", "usr/lib/chromium/chromedriver", "usr/lib/chromium/libEGL.so",
                "usr/lib/x86_64-linux-gnu/libnss3.so", "usr/lib/x86_64-linux-gnu/pulseaudio/libpulsecommon-16.1.so",
                "lib/x86_64-linux-gnu/libfoo.so.1", "usr/share/doc/chromium/README"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(b"")


def test_an_unpacked_tree_is_used_only_once_complete_and_finds_every_library_folder(tmp_path: Path) -> None:
    root = tmp_path / "root"
    _tree(root)
    assert unpacked(root) is None  # a download or unpacking that stopped half-way is not used
    (tmp_path / "complete").write_text("chromium\n")
    found = unpacked(root)
    assert found is not None
    assert (found.browser, found.driver) == (str(root / "usr/lib/chromium/chromium"),
                                             str(root / "usr/lib/chromium/chromedriver"))
    folders = found.env["LD_LIBRARY_PATH"].split(os.pathsep)
    want = [root / "usr/lib/chromium", root / "usr/lib/x86_64-linux-gnu",
            root / "usr/lib/x86_64-linux-gnu/pulseaudio", root / "lib/x86_64-linux-gnu"]
    assert folders[:len(want)] == [str(p) for p in want]  # the tree's own first, libpulse's RUNPATH folder too
    assert str(root / "usr/share/doc/chromium") not in folders


def test_the_system_browser_can_be_ignored_to_exercise_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(IGNORE_SYSTEM_ENV, "1")
    assert _system() is None
