"""`facts accept` tried as an editor would, with faults: killed at every step, a full disk, two at once,
ids that collide in every reference field, hostile draft files, and the `corpus add` limits.

Kills are real: a child process runs the accept and SIGKILLs itself at the chosen step.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import signal
import subprocess
import sys
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from bot.cli.main import main
from bot.core.validate import build
from bot.editing.accept import JOURNAL, AcceptError, accept
from bot.editing.corpus_add import AddError, add_article, url_key
from bot.editing.drafter import Drafter, draft_file, load_article
from tests.scratch import copy_fact_base

REPO = Path(__file__).resolve().parents[2]
ARTICLE_A = """LAHORE: The Punjab Traders Council said on Monday that 4,000 shops joined its scheme.
Council chairman Bilal Ahmed told Gulf Business Review that sales reached Rs40 billion in 2024.
"""
ARTICLE_B = """KARACHI: Exporters met the Punjab Traders Council on Friday.
Spokesperson Sana Iqbal told Gulf Business Review that 1,200 exporters had registered.
"""
KILL = """
import os, signal, sys
from pathlib import Path
from bot.editing.accept import accept
target = sys.argv[2]
def step(name):
    if name == target:
        os.kill(os.getpid(), signal.SIGKILL)
accept(Path(sys.argv[1]), all_drafts=True, step=step)
print("finished")
"""


def _root(tmp: Path) -> Path:
    return copy_fact_base(tmp, REPO)


def _add(root: Path, text: str, title: str, url: str | None = None) -> Path:
    return add_article(root, text.encode(), title=title, publisher="Test Post", published="2026-03-05",
                       url=url, today=dt.date(2026, 3, 6)).path


def _drafted(root: Path) -> Path:
    """Two new articles drafted: they share a new organisation and a new publication."""
    base, _ = build(root)
    for text, title in ((ARTICLE_A, "Traders council scheme"), (ARTICLE_B, "Exporters meet council")):
        draft_file(root, _add(root, text, title), base)
    return root


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    return _drafted(_root(tmp_path / "repo"))


def _state(root: Path) -> dict[str, str]:
    """Every file under facts/ and corpus/ (name -> sha256), to prove "nothing changed"."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for d in ("facts", "corpus") for p in sorted((root / d).rglob("*")) if p.is_file() and p.name != ".lock"}


def _quotes(root: Path) -> Counter[tuple[str, str, str, str]]:
    """(kind, says, about, kind value) of every accepted drafted fact: each must appear exactly once."""
    seen: Counter[tuple[str, str, str, str]] = Counter()
    for path in (root / "facts").glob("drafted-*.yaml"):
        for fact in yaml.safe_load(path.read_text(encoding="utf-8")).get("facts") or ():
            seen[(fact["kind"], fact["says"], " ".join(fact["about"]), str(fact.get(fact["kind"]) or ""))] += 1
    return seen


def _steps(tmp: Path) -> list[str]:
    """The step names of a successful accept, from a run on a copy."""
    names: list[str] = []
    accept(_drafted(_root(tmp)), all_drafts=True, today=dt.date(2026, 3, 7), step=names.append)
    return names


def test_killed_at_every_step_is_completed_or_rolled_back(tmp_path: Path) -> None:
    steps = _steps(tmp_path / "reference")
    assert steps[0] == "validated" and steps[-1] == "done" and "committed" in steps
    assert any(s.startswith("renamed ") for s in steps) and any(s.startswith("removed ") for s in steps)
    reference = _quotes(tmp_path / "reference")
    assert reference and max(reference.values()) == 1
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for n, step in enumerate(steps):
        root = _drafted(_root(tmp_path / f"kill-{n}"))
        proc = subprocess.run([sys.executable, "-c", KILL, str(root), step], env=env, capture_output=True,
                              text=True, timeout=60)
        assert proc.returncode == -signal.SIGKILL, (step, proc.stderr)
        committed = steps.index(step) >= steps.index("committed")
        assert (root / "facts" / JOURNAL).exists() == (committed and step != "done"), step
        # The next run finishes the accept (after the commit point) or redoes it from the drafts.
        if committed:
            with pytest.raises(AcceptError, match="no drafts") as refused:
                accept(root, all_drafts=True, today=dt.date(2026, 3, 7))
            assert ("completed an accept that was interrupted" in str(refused.value)) == (step != "done"), step
        else:
            done = accept(root, all_drafts=True, today=dt.date(2026, 3, 7))
            assert (done.recovered is not None) == (step == "written"), (step, done.recovered)
        assert _quotes(root) == reference, step
        assert not list((root / "facts" / "drafts").glob("*.yaml")), step
        leftovers = [p.name for p in (root / "facts").rglob("*") if ".accept-" in p.name or p.name == JOURNAL]
        assert leftovers == [], step
        base, report = build(root)
        assert base is not None, (step, report.errors[:3])


def test_two_accepts_at_once_put_each_fact_in_exactly_one_file(tmp_path: Path) -> None:
    _steps(tmp_path / "reference")
    reference = _quotes(tmp_path / "reference")
    root = _drafted(_root(tmp_path / "repo"))
    env = {**os.environ, "PYTHONPATH": str(REPO), "FACTDESK_ROOT": str(root)}
    procs = [subprocess.Popen([sys.executable, "-m", "bot", "facts", "accept", "--all"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.returncode, out, err) for p in procs for out, err in [p.communicate(timeout=60)]]
    codes = sorted(code for code, _, _ in results)
    assert codes == [0, 1], results  # one accepted everything, the other found nothing left
    assert any("there are no drafts to accept" in err for _, _, err in results)
    got = _quotes(root)
    assert max(got.values()) == 1 and set(got) == set(reference)
    assert build(root)[0] is not None


@contextlib.contextmanager
def _small_tmpfs(where: Path, size: str = "2m") -> Iterator[Path]:
    where.mkdir(parents=True)
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                                           capture_output=True).returncode != 0:
        pytest.skip("needs root to mount a small tmpfs")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_full_disk_during_accept_changes_nothing(tmp_path: Path) -> None:
    with _small_tmpfs(tmp_path / "disk") as disk:
        root = _drafted(_root(disk / "repo"))
        filler = disk / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
        for chunk in (65536, 4096, 512, 1):  # fill the disk to the last byte
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * chunk):
                    pass
        os.close(fd)
        before = _state(root)
        with pytest.raises(AcceptError) as refused:
            accept(root, all_drafts=True)
        assert "disk is full" in str(refused.value) and "Traceback" not in str(refused.value)
        assert str(refused.value).startswith("facts/drafted-2026-03-05-"), str(refused.value)
        assert _state(root) == before
        assert main_status(root, ["facts", "accept", "--all"]) == 1
        filler.unlink()
        done = accept(root, all_drafts=True)
        assert done.facts and build(root)[0] is not None


def main_status(root: Path, argv: list[str]) -> int:
    old = os.environ.get("FACTDESK_ROOT")
    os.environ["FACTDESK_ROOT"] = str(root)
    try:
        return main(argv)
    finally:
        if old is None:
            os.environ.pop("FACTDESK_ROOT")
        else:
            os.environ["FACTDESK_ROOT"] = old


def test_collisions_are_renamed_in_every_reference_field(tmp_path: Path) -> None:
    root = _root(tmp_path)
    path = _add(root, ARTICLE_A, "Traders council scheme")
    aid = path.stem
    base, _ = build(root)
    assert base is not None
    taken_person = "james-dong"  # an existing person: the draft's new person has the same id
    taken_event = next(e for e in base.entities.values() if e.type == "event").id
    taken_org = "alibaba-group"
    taken_fact = next(iter(base.facts))
    quote = "Council chairman Bilal Ahmed told Gulf Business Review"
    draft = {
        "entities": [
            {"id": taken_person, "type": "person", "name": "Bilal Ahmed", "aliases": []},
            {"id": taken_org, "type": "organisation", "name": "Punjab Traders Council", "aliases": [],
             "part_of": "gbr-parent"},
            {"id": "gbr-parent", "type": "organisation", "name": "Lahore Trade Holdings", "aliases": []},
            {"id": taken_event, "type": "event", "name": "Council scheme launch 2026", "aliases": []},
        ],
        "facts": [
            {"id": taken_fact, "kind": "statement", "about": [taken_person, taken_org], "says": quote,
             "speaker": taken_person, "event": taken_event, "role": {"title": "chairman", "org": taken_org},
             "details": {"place": taken_org, "participants": [taken_person]},
             "source": {"article": aid, "quote": quote}},
            {"id": "second", "kind": "description", "about": [taken_org], "says": "The council's scheme.",
             "conflicts_with": [taken_fact], "source": {"article": aid, "quote": "4,000 shops joined its scheme"}},
        ],
    }
    (root / "facts" / "drafts").mkdir()
    (root / "facts" / "drafts" / "hand.yaml").write_text(yaml.safe_dump(draft), encoding="utf-8")
    done = accept(root, all_drafts=True)
    new, report = build(root)
    assert new is not None, report.errors
    person, org, event = f"{taken_person}-2", f"{taken_org}-2", f"{taken_event}-2"
    assert {person, org, event} <= set(done.entities)
    first = new.facts[f"{taken_fact}-2"]
    assert first.about == (person, org) and first.speaker == person and first.event == event
    assert first.role["org"] == org and first.details["place"] == org
    participants = first.details["participants"]
    assert isinstance(participants, list | tuple) and list(participants) == [person]
    assert new.facts["second"].conflicts_with == (first.id,)
    assert new.entities[org].part_of == "gbr-parent"
    # the existing people keep their own statements: nothing of Bilal Ahmed's is pinned on James Dong
    assert all(f.speaker != taken_person for f in new.facts.values() if f.source.article == aid)


def test_same_new_organisation_from_two_drafts_is_one_entity_and_links_to_existing(root: Path) -> None:
    entities = [e for p in (root / "facts" / "drafts").glob("*.yaml")
                for e in yaml.safe_load(p.read_text(encoding="utf-8")).get("entities") or ()]
    names = Counter(e["name"] for e in entities)
    assert names["Punjab Traders Council"] == 2  # both drafts propose it as new
    # a cold draft (no base) proposes organisations the base already has
    cold = Drafter(None).draft(load_article(root / "corpus" / "2017-04-18-profit-govt-offers-alibaba-support.md"))
    (root / "facts" / "drafts" / "cold.yaml").write_text(cold.as_yaml(), encoding="utf-8")
    done = accept(root, all_drafts=True)
    new, report = build(root)
    assert new is not None, report.errors[:5]
    council = [e for e in new.entities.values() if e.name == "Punjab Traders Council"]
    assert len(council) == 1
    assert "alibaba-group" in done.linked.values()
    assert not [e for e in done.entities if e.startswith("alibaba")]


def test_hostile_drafts_are_refused_with_file_and_line_and_do_not_block_the_rest(root: Path) -> None:
    drafts = root / "facts" / "drafts"
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n" for p, c in zip("abcdefgh", "bcdefghi",
                                                                                          strict=True))
    assert len(bomb) < 600
    (drafts / "bomb.yaml").write_text(bomb, encoding="utf-8")
    (drafts / "broken.yaml").write_text("facts:\n  - id: x\n    says: [unclosed\n", encoding="utf-8")
    (drafts / "huge.yaml").write_bytes(b"# " + b"x" * (5 * 1024 * 1024 + 10) + b"\n")
    done = accept(root, all_drafts=True)
    assert done.facts
    skipped = "\n".join(done.skipped)
    assert "facts/drafts/bomb.yaml:1: YAML aliases" in skipped
    assert "facts/drafts/broken.yaml:4: invalid YAML" in skipped
    assert "facts/drafts/huge.yaml:1: file is" in skipped
    assert (drafts / "bomb.yaml").exists() and (drafts / "broken.yaml").exists()
    with pytest.raises(AcceptError, match=r"no such draft: x; some draft files could not be read:\n"
                                          r"facts/drafts/bomb.yaml:1"):
        accept(root, ["x"])


def test_invalid_draft_names_the_draft_line(root: Path) -> None:
    path = next((root / "facts" / "drafts").glob("*council-scheme.yaml"))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["facts"][1]["source"]["quote"] = "words never said"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    before = _state(root)
    with pytest.raises(AcceptError) as refused:
        accept(root, all_drafts=True)
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if text.startswith("- id:")
                and data["facts"][1]["id"] in text)
    assert f"facts/drafts/{path.name}:{line}: fact {data['facts'][1]['id']}: quote is not in article" \
        in str(refused.value)
    assert _state(root) == before


def test_draft_of_a_bad_file_names_it(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = root / "corpus" / "no-front-matter.md"
    plain.write_text("Just text.\n", encoding="utf-8")
    latin = root / "corpus" / "latin.md"
    latin.write_bytes("---\nid: latin\n---\n\nCaf\u00e9\n".encode("latin-1"))
    assert main_status(root, ["facts", "draft", str(plain), str(latin)]) == 1
    err = capsys.readouterr().err
    assert "corpus/no-front-matter.md:1: missing front matter" in err
    assert "corpus/latin.md:5: not valid UTF-8" in err
    assert "Traceback" not in err


def test_corpus_add_limits_duplicates_and_control_characters(tmp_path: Path) -> None:
    root = _root(tmp_path)
    before = _state(root)
    with pytest.raises(AddError, match="over the 5120 KiB limit"):
        add_article(root, b"word " * (1024 * 1024 + 1), title="Huge", publisher="P", published="2026-01-01")
    assert _state(root) == before
    _add(root, ARTICLE_A, "Traders\x07 council\u202e scheme", url="https://www.Example.com/news/1/?utm_source=x")
    added = next((root / "corpus").glob("2026-03-05-*.md")).read_text(encoding="utf-8")
    assert "title: Traders council scheme" in added and "\x07" not in added and "\u202e" not in added
    for dup in ("http://example.com/news/1", "https://EXAMPLE.com/news/1//", "https://example.com/news/1?fbclid=1#top"):
        with pytest.raises(AddError, match="URL is already in the corpus"):
            _add(root, f"Other text {uuid.uuid4()}.", "Another", url=dup)
    assert url_key("https://example.com/news/1?id=2") != url_key("https://example.com/news/1?id=3")
    clean = _add(root, "Body with a bell\x07 and a NUL\x00 here.\n", "Bells")
    assert "\x07" not in clean.read_text(encoding="utf-8") and "\x00" not in clean.read_text(encoding="utf-8")
