"""`facts accept`: move reviewed drafts into the fact base as one transaction.

What can go wrong when an editor accepts, and what this module does about each:

* the new base would be invalid → it is validated in a scratch copy first; nothing real is touched;
* two accepts at once → an exclusive lock on `facts/` (`files.facts_lock`): the second waits, then
  sees the drafts the first consumed as gone;
* killed half way → new files are written under temporary names, then a journal listing every rename
  and draft removal is written atomically; only then are files renamed into place, drafts last. The
  next accept (or draft) finds the journal and finishes it; temporary files without a journal are the
  remains of an accept that never committed and are deleted. Either way no fact is in two places;
* the disk fills → the temporary writes fail before anything is renamed: a one-line message, nothing
  changed;
* an id already taken → renamed, and so is every reference to it (about, speaker, event, role.org,
  details.place, details.participants, conflicts_with, part_of), so a statement can never be pinned on
  whoever owned the id before;
* the same new organisation proposed by several drafts, or one the base already has under that name,
  alias or acronym → one entity, linked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.text import fold
from ..core.validate import Problem, Report, build
from .drafter import dump_yaml
from .files import EditError, facts_lock, fsync_dir, load_yaml_file, os_message, write_new

JOURNAL = ".accept-journal.json"
TMP_MARK = ".accept-"
HEADER = "# Accepted drafts (python -m bot facts accept); edit freely like any fact file.\n"


class AcceptError(Exception):
    """Nothing was accepted; `report` holds the validator's problems when validation failed."""

    def __init__(self, message: str, report: Report | None = None) -> None:
        super().__init__(message)
        self.report = report


@dataclass(frozen=True)
class Accepted:
    facts: list[str]
    entities: list[str]
    files: list[Path]
    report: Report
    linked: dict[str, str] = field(default_factory=dict)  # draft entity id -> entity it was merged into
    skipped: list[str] = field(default_factory=list)  # `file:line: problem` of draft files left alone
    recovered: str | None = None  # what was done about an accept interrupted earlier


Step = Callable[[str], None]


def _nothing(step: str) -> None:
    """Default step hook. Tests pass one that kills the process at a chosen step."""


# -- references ----------------------------------------------------------------------------------------

def entity_refs(fact: dict[str, Any]) -> list[str]:
    """Every entity id a draft fact names, in every field that may hold one."""
    refs = [e for e in _as_list(fact.get("about")) if isinstance(e, str)]
    for key in ("speaker", "event"):
        if isinstance(fact.get(key), str):
            refs.append(fact[key])
    role, details = fact.get("role"), fact.get("details")
    if isinstance(role, dict) and isinstance(role.get("org"), str):
        refs.append(role["org"])
    if isinstance(details, dict):
        if isinstance(details.get("place"), str):
            refs.append(details["place"])
        refs += [p for p in _as_list(details.get("participants")) if isinstance(p, str)]
    return refs


def rename_refs(fact: dict[str, Any], ents: dict[str, str], facts: dict[str, str]) -> dict[str, Any]:
    """A copy of `fact` with every entity and fact reference renamed (ids not in the maps stay)."""
    out = dict(fact)
    if "about" in out:
        out["about"] = [ents.get(e, e) for e in _as_list(out["about"])]
    for key in ("speaker", "event"):
        if isinstance(out.get(key), str):
            out[key] = ents.get(out[key], out[key])
    if isinstance(out.get("role"), dict):
        role = dict(out["role"])
        if isinstance(role.get("org"), str):
            role["org"] = ents.get(role["org"], role["org"])
        out["role"] = role
    if isinstance(out.get("details"), dict):
        details = dict(out["details"])
        if isinstance(details.get("place"), str):
            details["place"] = ents.get(details["place"], details["place"])
        if "participants" in details:
            details["participants"] = [ents.get(p, p) for p in _as_list(details["participants"])]
        out["details"] = details
    if "conflicts_with" in out:
        out["conflicts_with"] = [facts.get(f, f) for f in _as_list(out["conflicts_with"])]
    return out


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _fresh(wanted: str, taken: set[str]) -> str:
    candidate, n = wanted, 2
    while candidate in taken:
        candidate, n = f"{wanted}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _plain(value: Any) -> Any:
    """LineDicts and shared nodes as fresh plain dicts/lists (what is dumped must not alias anything)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


# -- recovery -------------------------------------------------------------------------------------------

def recover(root: Path) -> str | None:
    """Finish an accept that was killed after it committed, or clear one that never did.

    Must be called with the lock held. Returns what was done, for the command to print.
    """
    facts = root / "facts"
    journal = facts / JOURNAL
    strays = [p for d in (facts, facts / "drafts") if d.is_dir() for p in d.iterdir() if TMP_MARK in p.name
              and p.name.endswith(".tmp")]
    if not journal.exists():
        for path in strays:
            path.unlink(missing_ok=True)
        return "removed the temporary files of an accept that was interrupted before it changed anything" \
            if strays else None
    try:
        plan = json.loads(journal.read_text(encoding="utf-8"))
        renames, removes = plan["rename"], plan["remove"]
    except (OSError, ValueError, KeyError, TypeError):
        # A journal is renamed into place whole, so a damaged one means someone edited it: stop here.
        raise AcceptError(f"facts/{JOURNAL}:1: unreadable accept journal; restore it or, if facts/ is as you "
                          "want it, delete it and the facts/**/*.accept-*.tmp files") from None
    _apply(root, renames, removes, _nothing)
    journal.unlink()
    fsync_dir(facts)
    return "completed an accept that was interrupted after it committed"


def _apply(root: Path, renames: list[list[str]], removes: list[str], step: Step) -> None:
    """Rename every temporary file into place (fact files first, drafts last), then remove drafts.

    Idempotent: a rename whose temporary file is gone was done before the interruption.
    """
    for tmp, target in renames:
        src = root / tmp
        if src.exists():
            os.replace(src, root / target)
            step(f"renamed {target}")
    fsync_dir(root / "facts")
    fsync_dir(root / "facts" / "drafts")
    for rel in removes:
        (root / rel).unlink(missing_ok=True)
        step(f"removed {rel}")
    fsync_dir(root / "facts" / "drafts")


# -- the accept -----------------------------------------------------------------------------------------

@dataclass
class _Draft:
    path: Path
    display: str
    data: dict[str, Any]
    picked: list[dict[str, Any]]


def accept(root: Path, ids: Sequence[str] = (), *, all_drafts: bool = False, today: dt.date | None = None,
           step: Step = _nothing) -> Accepted:
    """Accept the draft facts named in `ids` (or all), with the new entities they refer to.

    `step` is called after each durable step (tests kill the process there).
    """
    if not ids and not all_drafts:
        raise AcceptError("name the draft ids to accept, or pass --all")
    try:
        with facts_lock(root):
            recovered = recover(root)
            try:
                done = _accept_locked(root, ids, all_drafts, today or dt.date.today(), step)
            except AcceptError as exc:
                if recovered:
                    raise AcceptError(f"{recovered}; then: {exc}", exc.report) from None
                raise
            return dataclasses.replace(done, recovered=recovered)
    except EditError as exc:
        raise AcceptError(str(exc)) from None
    except OSError as exc:
        raise AcceptError(f"{_display(root, exc.filename)}:1: {os_message(exc)}") from None


def _load_drafts(root: Path) -> tuple[list[tuple[Path, str, dict[str, Any]]], list[str]]:
    drafts_dir = root / "facts" / "drafts"
    good, bad = [], []
    for path in sorted(drafts_dir.glob("*.yaml")) if drafts_dir.is_dir() else []:
        display = f"facts/drafts/{path.name}"
        try:
            data = load_yaml_file(path, display)
        except EditError as exc:
            bad.append(str(exc))
            continue
        if data is None:
            data = {}
        if not isinstance(data, dict) or not all(isinstance(data.get(k) or [], list) for k in ("entities", "facts")):
            bad.append(f"{display}:1: a draft file is a mapping with 'entities' and 'facts' lists")
            continue
        good.append((path, display, data))
    return good, bad


def _accept_locked(root: Path, ids: Sequence[str], all_drafts: bool, day: dt.date, step: Step) -> Accepted:
    loaded, broken = _load_drafts(root)
    wanted = set(ids)
    drafts: list[_Draft] = []
    for path, display, data in loaded:
        picked = [f for f in data.get("facts") or () if isinstance(f, dict) and (all_drafts or f.get("id") in wanted)]
        if picked:
            drafts.append(_Draft(path, display, data, picked))
    found = {f.get("id") for d in drafts for f in d.picked}
    missing = sorted(wanted - found)
    if missing:
        where = ("; some draft files could not be read:\n" + "\n".join(broken)) if broken else ""
        raise AcceptError(f"no such draft: {', '.join(missing)}{where}")
    if not drafts:
        raise AcceptError("there are no drafts to accept" + ("; unreadable:\n" + "\n".join(broken) if broken else ""))
    base, report = build(root)
    if base is None:
        first = "\n".join(str(p) for p in report.errors[:10])
        raise AcceptError(f"the fact base has errors; fix them before accepting:\n{first}", report)

    taken = set(base.entities) | set(base.facts)
    by_name: dict[str, str] = {}  # folded name/alias -> entity id, existing first, then new ones
    for known in base.entities.values():  # not `ent`: below that name is a draft's mapping
        for name in known.names:
            by_name.setdefault(fold(name), known.id)
    new_ents: dict[str, dict[str, Any]] = {}
    ent_home: dict[str, Path] = {}
    linked: dict[str, str] = {}
    out_docs: dict[Path, dict[str, list[dict[str, Any]]]] = {}
    origin: dict[str, tuple[str, str]] = {}  # new id -> (draft file:line, id in the draft): errors point there
    new_facts: list[str] = []
    for draft in drafts:
        target = root / "facts" / f"drafted-{draft.path.stem}.yaml"
        doc = out_docs.setdefault(target, {"entities": [], "facts": []})
        defined = {e["id"]: e for e in draft.data.get("entities") or () if isinstance(e, dict)
                   and isinstance(e.get("id"), str)}
        used = {r for f in draft.picked for r in entity_refs(f)}
        # part_of chains: an accepted entity brings the draft entity it is part of
        queue = [e for e in used if e in defined]
        while queue:
            parent = defined[queue.pop()].get("part_of")
            if isinstance(parent, str) and parent in defined and parent not in used:
                used.add(parent)
                queue.append(parent)
        ent_map: dict[str, str] = {}
        created: set[str] = set()
        for eid, ent in defined.items():
            if eid not in used:
                continue
            names = [n for n in [ent.get("name"), *_as_list(ent.get("aliases"))] if isinstance(n, str) and n.strip()]
            match = next((by_name[fold(n)] for n in names if fold(n) in by_name), None)
            if match is not None:
                ent_map[eid] = match
                linked[f"{draft.display}:{eid}"] = match
                if match in new_ents:  # merge what the second draft knows: more aliases
                    have = {fold(n) for n in [new_ents[match]["name"], *new_ents[match].get("aliases", [])]}
                    extra = [n for n in names if fold(n) not in have]
                    new_ents[match]["aliases"] = [*new_ents[match].get("aliases", []), *extra]
                continue
            new_id = _fresh(eid, taken)
            ent_map[eid] = new_id
            created.add(new_id)
            clean = {k: _plain(v) for k, v in ent.items() if k != "note"}
            clean["id"] = new_id
            new_ents[new_id] = clean
            ent_home[new_id] = target
            origin[new_id] = (f"{draft.display}:{getattr(ent, 'line', 1)}", eid)
            for n in names:
                by_name.setdefault(fold(n), new_id)
        for new_id in set(ent_map.values()) & created:
            parent = new_ents[new_id].get("part_of")
            if isinstance(parent, str):
                new_ents[new_id]["part_of"] = ent_map.get(parent, parent)
        fact_map = {str(f.get("id")): _fresh(str(f.get("id")), taken) for f in draft.picked}
        for fact in draft.picked:
            clean = rename_refs({k: _plain(v) for k, v in fact.items() if k != "note"}, ent_map, fact_map)
            clean["id"] = fact_map[str(fact.get("id"))]
            clean["added"] = day
            doc["facts"].append(clean)
            new_facts.append(clean["id"])
            origin[clean["id"]] = (f"{draft.display}:{getattr(fact, 'line', 1)}", str(fact.get("id")))
    for eid, ent in new_ents.items():
        out_docs[ent_home[eid]]["entities"].append(ent)

    texts = {target: _merged_text(root, target, doc) for target, doc in out_docs.items() if doc["facts"] or doc["entities"]}
    _validate(root, texts, origin)
    step("validated")

    # Commit: temporary files, then the journal (the commit point), then renames, drafts last.
    tx = uuid.uuid4().hex[:12]
    renames: list[list[str]] = []
    removes: list[str] = []
    written: list[Path] = []
    try:
        for target, text in texts.items():
            tmp = target.with_name(f".{target.name}{TMP_MARK}{tx}.tmp")
            write_new(tmp, text)
            written.append(tmp)
            renames.append([_rel(root, tmp), _rel(root, target)])
        for draft in drafts:
            rest = _rest(draft)
            if rest is None:
                removes.append(_rel(root, draft.path))
                continue
            tmp = draft.path.with_name(f".{draft.path.name}{TMP_MARK}{tx}.tmp")
            write_new(tmp, rest)
            written.append(tmp)
            renames.append([_rel(root, tmp), _rel(root, draft.path)])
        step("written")
        journal_tmp = root / "facts" / f".journal{TMP_MARK}{tx}.tmp"
        write_new(journal_tmp, json.dumps({"tx": tx, "rename": renames, "remove": removes}, indent=1))
        written.append(journal_tmp)
        os.replace(journal_tmp, root / "facts" / JOURNAL)  # the commit point
        fsync_dir(root / "facts")
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    step("committed")
    _apply(root, renames, removes, step)
    (root / "facts" / JOURNAL).unlink()
    fsync_dir(root / "facts")
    step("done")
    _, report = build(root)
    return Accepted(new_facts, list(new_ents), list(texts), report, linked, broken)


def _display(root: Path, filename: object) -> str:
    """The file an OSError is about, as the editor knows it: a temporary name becomes its target."""
    if not filename:
        return "facts/"
    path = Path(str(filename))
    name = re.sub(rf"^\.(.+){re.escape(TMP_MARK)}\w+\.tmp$", r"\1", path.name)
    try:
        return (path.parent / name).relative_to(root).as_posix()
    except ValueError:
        return name


def _rel(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def _merged_text(root: Path, target: Path, doc: dict[str, list[dict[str, Any]]]) -> str:
    """Append to an earlier accepted file of the same article, keeping what is already there."""
    old: Any = {}
    if target.exists():
        old = load_yaml_file(target, _rel(root, target)) or {}
        if not isinstance(old, dict):
            raise EditError(_rel(root, target), 1, "an accepted-drafts file must be a mapping")
    data: dict[str, Any] = {}
    for section in ("entities", "facts"):
        items = [_plain(x) for x in _as_list(old.get(section))] + doc[section]
        if items:
            data[section] = items
    return HEADER + dump_yaml(data)


def _rest(draft: _Draft) -> str | None:
    """The draft file without the accepted facts (None: nothing left, remove it)."""
    accepted = {id(f) for f in draft.picked}
    facts = [f for f in draft.data.get("facts") or () if id(f) not in accepted]
    if not facts:
        return None
    used = {r for f in facts if isinstance(f, dict) for r in entity_refs(f)}
    ents = [e for e in draft.data.get("entities") or () if isinstance(e, dict) and e.get("id") in used]
    rest: dict[str, Any] = {"entities": _plain(ents), "facts": _plain(facts)} if ents else {"facts": _plain(facts)}
    return dump_yaml(rest)


def _validate(root: Path, texts: dict[Path, str], origin: dict[str, tuple[str, str]]) -> None:
    """Build the would-be base in a scratch copy; refuse with the draft's file:line for each problem."""
    with tempfile.TemporaryDirectory(prefix="factdesk-accept-") as scratch:
        trial = Path(scratch)
        shutil.copytree(root / "corpus", trial / "corpus")
        (trial / "facts").mkdir()
        for path in (root / "facts").glob("*.yaml"):
            shutil.copy2(path, trial / "facts" / path.name)
        for target, text in texts.items():
            (trial / "facts" / target.name).write_text(text, encoding="utf-8")
        base, report = build(trial)
    if base is None:
        lines = []
        for problem in report.errors[:10]:
            words = problem.message.split(" ", 2)
            rid = words[1].rstrip(":") if len(words) > 1 and words[0] in ("fact", "entity") else ""
            if rid in origin:  # the draft's own line and id, which is what the editor will open and fix
                where, draft_id = origin[rid]
                lines.append(f"{where}: {words[0]} {draft_id}:{problem.message.split(':', 1)[1]}")
            else:
                lines.append(str(problem))
        report.errors[:] = [Problem(*_split(line)) for line in lines] + report.errors[10:]
        raise AcceptError("not accepted: the fact base would be invalid:\n" + "\n".join(lines), report)


def _split(line: str) -> tuple[str, int, str]:
    path, _, rest = line.partition(":")
    num, _, message = rest.partition(": ")
    return path, int(num) if num.isdigit() else 1, message
