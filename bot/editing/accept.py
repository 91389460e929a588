"""`facts accept`: move reviewed drafts into the fact base, only if the result passes `check`.

The new base is validated in a scratch copy first; the real `facts/` and the drafts are touched only
after that copy builds without errors, so a bad draft can never break the running bot's next reload.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..core.validate import Report, build
from .drafter import dump_yaml


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


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise AcceptError(f"{path.name}: a draft file must be a mapping with 'entities'/'facts'")
    return data


def _existing_ids(root: Path) -> set[str]:
    ids: set[str] = set()
    for path in sorted((root / "facts").glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError):
            continue
        if isinstance(data, dict):
            for section in ("entities", "facts"):
                for rec in data.get(section) or ():
                    if isinstance(rec, dict) and isinstance(rec.get("id"), str):
                        ids.add(rec["id"])
    return ids


def _fresh(wanted: str, taken: set[str]) -> str:
    candidate, n = wanted, 2
    while candidate in taken:
        candidate, n = f"{wanted}-{n}", n + 1
    taken.add(candidate)
    return candidate


def accept(root: Path, ids: Sequence[str] = (), *, all_drafts: bool = False,
           today: dt.date | None = None) -> Accepted:
    """Accept the draft facts named in `ids` (or all), with the new entities they refer to."""
    if not ids and not all_drafts:
        raise AcceptError("name the draft ids to accept, or pass --all")
    drafts_dir = root / "facts" / "drafts"
    files = sorted(drafts_dir.glob("*.yaml")) if drafts_dir.is_dir() else []
    loaded = {path: _load(path) for path in files}
    wanted = set(ids)
    picked: dict[Path, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
    for path, data in loaded.items():
        facts = [f for f in data.get("facts") or () if isinstance(f, dict) and (all_drafts or f.get("id") in wanted)]
        if not facts:
            continue
        used = {e for f in facts for e in f.get("about") or ()}
        ents = [e for e in data.get("entities") or () if isinstance(e, dict) and e.get("id") in used]
        picked[path] = (ents, facts)
    found = {f.get("id") for _, facts in picked.values() for f in facts}
    missing = sorted(wanted - found)
    if missing:
        raise AcceptError(f"no such draft: {', '.join(missing)}")
    if not picked:
        raise AcceptError("there are no drafts to accept")
    taken = _existing_ids(root)
    day = today or dt.date.today()
    out_files: dict[Path, dict[str, list[dict[str, Any]]]] = {}
    new_facts: list[str] = []
    new_entities: list[str] = []
    for path, (ents, facts) in picked.items():
        renamed: dict[str, str] = {}
        target = root / "facts" / f"drafted-{path.stem}.yaml"
        doc = out_files.setdefault(target, {"entities": [], "facts": []})
        for ent in ents:
            clean = {k: v for k, v in ent.items() if k != "note"}
            clean["id"] = renamed[ent["id"]] = _fresh(str(ent["id"]), taken)
            doc["entities"].append(clean)
            new_entities.append(clean["id"])
        for fact in facts:
            clean = {k: v for k, v in fact.items() if k != "note"}
            clean["about"] = [renamed.get(e, e) for e in fact.get("about") or ()]
            clean["id"] = _fresh(str(fact.get("id")), taken)
            clean["added"] = day
            doc["facts"].append(clean)
            new_facts.append(clean["id"])
    merged = {target: _merge(target, doc) for target, doc in out_files.items()}
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch)
        shutil.copytree(root / "corpus", trial / "corpus")
        (trial / "facts").mkdir()
        for path in (root / "facts").glob("*.yaml"):
            shutil.copy2(path, trial / "facts" / path.name)
        for target, text in merged.items():
            (trial / "facts" / target.name).write_text(text, encoding="utf-8")
        base, report = build(trial)
    if base is None:
        first = "\n".join(str(p) for p in report.errors[:10])
        raise AcceptError(f"not accepted: the fact base would be invalid:\n{first}", report)
    for target, text in merged.items():
        target.write_text(text, encoding="utf-8")
    for path, (_, facts) in picked.items():
        _remove(path, loaded[path], {id(f) for f in facts})
    _, report = build(root)
    return Accepted(new_facts, new_entities, list(merged), report)


def _merge(target: Path, doc: dict[str, list[dict[str, Any]]]) -> str:
    """Append to an earlier accepted file of the same article, keeping what is already there."""
    old = _load(target) if target.exists() else {}
    data: dict[str, Any] = {}
    for section in ("entities", "facts"):
        items = list(old.get(section) or ()) + doc[section]
        if items:
            data[section] = items
    return "# Accepted drafts (python -m bot facts accept); edit freely like any fact file.\n" + dump_yaml(data)


def _remove(path: Path, data: dict[str, Any], accepted: set[int]) -> None:
    facts = [f for f in data.get("facts") or () if id(f) not in accepted]
    if not facts:
        path.unlink()
        return
    used = {e for f in facts if isinstance(f, dict) for e in f.get("about") or ()}
    ents = [e for e in data.get("entities") or () if isinstance(e, dict) and e.get("id") in used]
    rest: dict[str, Any] = {"entities": ents, "facts": facts} if ents else {"facts": facts}
    path.write_text(dump_yaml(rest), encoding="utf-8")
