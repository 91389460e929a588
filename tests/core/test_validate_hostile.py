"""Issue 16: bases that used to pass while empty, crash the checker, or bury one problem under cascades.

Every case runs the real `build` (and, where the symptom was in the command, `python -m bot check` in
a subprocess) on a tmp copy of the real corpus and facts.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.problems import EntityGap, MentionGap, Problem, Report
from bot.core.validate import ALLOW_EMPTY_ENV, build
from tests.scratch import copy_fact_base

ARTICLE = "2017-03-04-the-nation-alibaba-delegation-calls-on-dar"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return copy_fact_base(tmp_path)


@pytest.fixture(autouse=True)
def _no_allow_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ALLOW_EMPTY_ENV, raising=False)


def _errors(root: Path, *, allow_empty: bool | None = None) -> list[str]:
    base, report = build(root, allow_empty=allow_empty)
    assert base is None, "the base should have been refused"
    return [str(p) for p in report.errors]


def _check(root: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != ALLOW_EMPTY_ENV}
    environ.update(FACTDESK_ROOT=str(root), **(env or {}))
    return subprocess.run([sys.executable, "-m", "bot", "check", *args], cwd=REPO, env=environ,
                          capture_output=True, text=True, timeout=120)


# --- 1. an empty or missing base is not a valid base ------------------------------------------------------


def test_a_missing_root_fails_check_with_one_line(tmp_path: Path) -> None:
    done = _check(tmp_path / "nonexistent")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip() == (f"{tmp_path / 'nonexistent'}: the fact base folder does not exist "
                                   "(FACTDESK_ROOT must name the folder holding corpus/ and facts/)")


def test_empty_folders_fail_unless_allowed(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "facts").mkdir()
    assert any(e.startswith("corpus/: no articles") for e in _errors(tmp_path))
    assert _check(tmp_path).returncode == 1
    base, report = build(tmp_path, allow_empty=True)
    assert base is not None and report.errors == []
    assert _check(tmp_path, "--allow-empty").returncode == 0
    assert _check(tmp_path, env={ALLOW_EMPTY_ENV: "1"}).returncode == 0


def test_articles_without_facts_fail(tree: Path) -> None:
    for path in (tree / "facts").glob("*.yaml"):
        path.unlink()
    assert _errors(tree) == ["facts/: no facts: an empty fact base cannot answer anything (for a brand-new desk, "
                             f"start with --allow-empty or {ALLOW_EMPTY_ENV}=1)"]


@pytest.mark.parametrize("moved", ["facts", "corpus"])
def test_a_moved_folder_is_an_error_even_when_empty_is_allowed(tree: Path, moved: str) -> None:
    (tree / moved).rename(tree / f"{moved}.away")
    errors = _errors(tree, allow_empty=True)
    assert errors[0] == f"{moved}/: the folder is missing (moved or deleted?); the fact base needs it"
    assert len(errors) == 1, errors  # no cascade of "not in corpus/" or 112 coverage gaps


@pytest.mark.parametrize("moved", ["facts", "corpus"])
def test_reload_after_a_folder_was_moved_keeps_the_last_good_base(tree: Path, moved: str) -> None:
    engine = Engine.load(tree)
    version = engine.base.version
    (tree / moved).rename(tree / f"{moved}.away")
    report = engine.reload(tree)
    assert report.errors and engine.base.version == version
    assert engine.ask("who is James Dong?").status == "answer"


# --- 4. hostile YAML: located errors, never a traceback --------------------------------------------------


@pytest.mark.parametrize("depth", [250, 600, 999])
def test_deep_nesting_is_a_located_error(tree: Path, depth: int) -> None:
    nest = "[" * depth + "]" * depth
    (tree / "facts" / "zz.yaml").write_text(f"facts:\n  - id: deep\n    details: {{x: {nest}}}\n", encoding="utf-8")
    errors = _errors(tree)
    assert len(errors) == 1 and errors[0].startswith("facts/zz.yaml:3: invalid YAML:"), errors
    assert "nest" in errors[0]


def test_deep_nesting_in_front_matter_and_through_check(tree: Path) -> None:
    path = tree / "corpus" / f"{ARTICLE}.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("---\n", "---\nx: " + "[" * 400 + "]" * 400 + "\n", 1), encoding="utf-8")
    done = _check(tree)
    assert done.returncode == 1 and "Traceback" not in done.stderr + done.stdout
    assert f"corpus/{ARTICLE}.md:2: invalid YAML" in done.stderr


def test_an_integer_over_4300_digits_is_a_located_error(tree: Path) -> None:
    (tree / "facts" / "zz.yaml").write_text("facts:\n  - id: big\n    kind: figure\n    figure: {value: "
                                            + "9" * 5000 + "}\n", encoding="utf-8")
    done = _check(tree)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "facts/zz.yaml:4: invalid YAML: number too long (5000 digits)" in done.stderr


def test_hostile_yaml_on_reload_keeps_the_last_good_base(tree: Path) -> None:
    engine = Engine.load(tree)
    version = engine.base.version
    (tree / "facts" / "zz.yaml").write_text("facts: " + "[" * 900 + "]" * 900 + "\nx: " + "1" * 5000 + "\n",
                                            encoding="utf-8")
    report = engine.reload(tree)
    assert report.errors and all(p.path == "facts/zz.yaml" for p in report.errors)
    assert engine.base.version == version


# --- 9. quotes are whole words and long enough to be evidence ----------------------------------------------


def _fact(quote: str) -> str:
    return f"""facts:
  - id: quote-under-test
    kind: statement
    about: [ishaq-dar]
    says: Something.
    source: {{article: {ARTICLE}, quote: {json.dumps(quote)}}}
"""


@pytest.mark.parametrize(("quote", "why"), [
    ("a", "too short"),
    ("ax Bittn", "cuts a word"),
    ("Dar", "too short"),
    ("Finance Minister Senator Ishaq Da", "cuts a word"),
])
def test_fragments_and_tiny_quotes_are_refused(tree: Path, quote: str, why: str) -> None:
    (tree / "facts" / "zz.yaml").write_text(_fact(quote), encoding="utf-8")
    errors = _errors(tree)
    assert any(e.startswith("facts/zz.yaml:2: fact quote-under-test:") and why in e for e in errors), errors


def test_three_whole_words_pass(tree: Path) -> None:
    (tree / "facts" / "zz.yaml").write_text(_fact("led by Max"), encoding="utf-8")  # 10 characters, 3 words
    base, report = build(tree)
    assert report.errors == [] and base is not None


def test_a_short_sentence_of_its_own_is_a_quote(tree: Path) -> None:
    path = tree / "corpus" / f"{ARTICLE}.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nDar agreed.\n", encoding="utf-8")
    (tree / "facts" / "zz.yaml").write_text(_fact("Dar agreed."), encoding="utf-8")
    base, report = build(tree)
    assert report.errors == [] and base is not None


# --- 10. links and special files are refused by name ----------------------------------------------------------


def test_links_out_of_the_base_dangling_links_loops_fifos_and_folders_are_refused(tree: Path) -> None:
    outside = tree.parent / "outside.md"
    outside.write_text((tree / "corpus" / f"{ARTICLE}.md").read_text(encoding="utf-8"), encoding="utf-8")
    (tree / "corpus" / "outside.md").symlink_to(outside)
    (tree / "facts" / "dangling.yaml").symlink_to(tree / "nowhere.yaml")
    (tree / "facts" / "loop.yaml").symlink_to("loop.yaml")
    os.mkfifo(tree / "facts" / "fifo.yaml")
    (tree / "facts" / "folder.yaml").mkdir()
    (tree / "facts" / "inside.yaml").symlink_to(tree / "facts" / "people.yaml")  # inside: followed (and a dup)
    done = _check(tree)  # a FIFO would block a reader forever: this returning at all is part of the test
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert f"corpus/outside.md: symbolic link to {outside.resolve()}, outside the fact base folder {tree.resolve()}" in lines
    assert f"facts/dangling.yaml: symbolic link to a file that does not exist ({tree / 'nowhere.yaml'})" in lines
    assert "facts/loop.yaml: symbolic link loop" in lines
    assert "facts/fifo.yaml: not a regular file (a FIFO, socket or device); replace it with a file" in lines
    assert "facts/folder.yaml: is a folder, not a file" in lines
    assert any("duplicate id" in line and "facts/inside.yaml" in line for line in lines)


# --- 11. CRLF, BOM and permissions ----------------------------------------------------------------------------


def test_crlf_and_a_bom_are_accepted(tree: Path) -> None:
    for path in [*(tree / "corpus").glob("*.md"), *(tree / "facts").glob("*.yaml")]:
        data = path.read_bytes().replace(b"\n", b"\r\n")
        path.write_bytes(b"\xef\xbb\xbf" + data)
    base, report = build(tree)
    assert report.errors == [], [str(p) for p in report.errors][:5]
    assert base is not None and set(base.articles) == {p.stem for p in (tree / "corpus").glob("*.md")}
    assert report.gaps == []


@pytest.fixture
def shared_tree() -> Iterator[Path]:
    """A copy an unprivileged user can traverse (tmp_path is private to root)."""
    top = Path(tempfile.mkdtemp(prefix="factdesk-perm-"))
    try:
        top.chmod(0o755)
        copy_fact_base(top)
        yield top
    finally:
        for path in (top, *top.rglob("*")):
            path.chmod(0o755 if path.is_dir() else 0o644)
        shutil.rmtree(top)


def _errors_without_privileges(root: Path) -> list[str]:
    """`build` as it runs for an ordinary user: as root, permission bits are not enforced, so the check
    runs in a forked child that gave up root first (the code is already imported)."""
    if os.geteuid() != 0:
        return [str(p) for p in build(root)[1].errors]
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        try:
            os.setgid(65534)
            os.setuid(65534)
            payload = json.dumps([str(p) for p in build(root)[1].errors])
        except BaseException as exc:
            payload = json.dumps([f"child failed: {type(exc).__name__}: {exc}"])
        os.write(write, payload.encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as fh:
        data = fh.read()
    os.waitpid(pid, 0)
    return json.loads(data)


def test_an_unreadable_folder_is_reported_as_permissions_once(shared_tree: Path) -> None:
    (shared_tree / "corpus").chmod(0o300)  # can enter, cannot list
    errors = _errors_without_privileges(shared_tree)
    assert errors == ["corpus/: cannot read the folder: Permission denied (check its permissions)"]


def test_an_unreadable_file_is_one_error_not_a_cascade(shared_tree: Path) -> None:
    (shared_tree / "corpus" / f"{ARTICLE}.md").chmod(0o000)
    (shared_tree / "facts" / "people.yaml").chmod(0o000)
    errors = _errors_without_privileges(shared_tree)
    assert f"corpus/{ARTICLE}.md:1: cannot read file: Permission denied" in errors
    assert "facts/people.yaml:1: cannot read file: Permission denied" in errors
    assert not any("is not in corpus/" in e for e in errors), errors


def test_a_file_with_broken_front_matter_does_not_cascade(tree: Path) -> None:
    path = tree / "corpus" / f"{ARTICLE}.md"
    path.write_text(path.read_text(encoding="utf-8").removeprefix("---\n"), encoding="utf-8")
    assert _errors(tree) == [f"corpus/{ARTICLE}.md:1: missing front matter (the file must start with a '---' line)"]


# --- 13 (part). list items are reported at their own line ---------------------------------------------------


def test_a_non_mapping_list_item_is_reported_at_its_own_line(tree: Path) -> None:
    (tree / "facts" / "zz.yaml").write_text("facts:\n\n  - just text\n  - [a, list]\n", encoding="utf-8")
    errors = _errors(tree)
    assert "facts/zz.yaml:3: each fact must be a mapping with an 'id'" in errors
    assert "facts/zz.yaml:4: each fact must be a mapping with an 'id'" in errors


# --- issue 12 §5: typed problems in their own module ---------------------------------------------------------


def test_gaps_are_typed_and_counted_without_reading_messages(tree: Path) -> None:
    path = tree / "corpus" / f"{ARTICLE}.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nZorblax Quintana met officials on 3 March 2017.\n",
                    encoding="utf-8")
    (tree / "facts" / "zz.yaml").write_text(
        "entities:\n  - {id: lonely-body, type: body, name: Lonely Body}\n", encoding="utf-8")
    base, report = build(tree)
    assert base is not None and isinstance(report, Report)
    kinds = {(type(g).__name__, getattr(g, "text", getattr(g, "entity_id", None))) for g in report.gaps}
    assert ("MentionGap", "Zorblax Quintana") in kinds
    assert ("EntityGap", "lonely-body") in kinds
    assert all(isinstance(g, (MentionGap, EntityGap)) and isinstance(g, Problem) for g in report.gaps)
    assert report.covered_mentions == report.mentions - len(report.mention_gaps)
    from bot.core import validate

    assert validate.Problem is Problem and validate.Report is Report  # old imports keep working
