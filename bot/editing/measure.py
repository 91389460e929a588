"""`facts measure`: how well the drafter recovers the hand-curated base, article by article.

Measured cold: the drafter sees no entities at all (as for a brand-new article), so recall is not
flattered by the curated aliases. A curated person/organisation counts as found when a drafted
entity name equals one of its names or aliases; a curated figure when a figure draft quotes the
same words; a draft counts as correct when it names a curated entity of that article or its quote
contains a curated quote of that article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..core.model import Entity, FactBase
from ..core.text import fold, quote_key
from .drafter import Drafter, load_article

PEOPLE = frozenset({"person"})
ORGS = frozenset({"organisation", "platform", "body"})


@dataclass(frozen=True)
class Score:
    article: str
    people: tuple[int, int]
    orgs: tuple[int, int]
    figures: tuple[int, int]
    drafts: int
    correct: int
    unquoted: int

    @property
    def recall(self) -> float:
        found = self.people[0] + self.orgs[0] + self.figures[0]
        total = self.people[1] + self.orgs[1] + self.figures[1]
        return found / total if total else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.drafts if self.drafts else 1.0


def measure(base: FactBase) -> list[Score]:
    scores = []
    for article in base.articles.values():
        facts = [f for f in base.facts.values() if f.source.article == article.id]
        ids = {e for f in facts for e in f.entity_ids()}
        curated_ents = [base.entities[e] for e in ids if e in base.entities]
        people = [e for e in curated_ents if e.type in PEOPLE and not e.unnamed]
        orgs = [e for e in curated_ents if e.type in ORGS and not e.unnamed]
        figures = [f for f in facts if f.kind == "figure"]
        quotes = [quote_key(f.source.quote).casefold() for f in facts]
        drafts = Drafter(None).draft(article)
        names = {fold(e["name"]) for e in drafts.entities}
        curated_names = {fold(n) for e in curated_ents for n in e.names}
        draft_quotes = [quote_key(f["source"]["quote"]).casefold() for f in drafts.facts if f["kind"] == "figure"]


        fig_found = sum(any(quote_key(f.source.quote).casefold() in q or q in quote_key(f.source.quote).casefold()
                            for q in draft_quotes) for f in figures)
        correct = 0
        by_id = {e["id"]: e for e in drafts.entities}
        for d in drafts.facts:
            q = quote_key(d["source"]["quote"]).casefold()
            if d["kind"] in ("role", "description"):
                ent = by_id.get(d["about"][0])
                correct += bool(ent and fold(ent["name"]) in curated_names)
            else:
                correct += any(c in q or q in c for c in quotes)
        unquoted = sum(not d["source"].get("quote") or quote_key(d["source"]["quote"]) not in quote_key(article.body)
                       for d in drafts.facts)
        scores.append(Score(article.id, _hit(people, names), _hit(orgs, names), (fig_found, len(figures)),
                            len(drafts.facts), correct, unquoted))
    return scores


def _hit(ents: list[Entity], names: set[str]) -> tuple[int, int]:
    """(found, total): an entity is found when a drafted name equals one of its names or aliases."""
    return sum(any(fold(n) in names for n in e.names) for e in ents), len(ents)


def table(scores: list[Score]) -> str:
    lines = ["article | people | orgs | figures | recall | drafts | precision | no quote"]
    tot = [0] * 9
    for s in scores:
        lines.append(f"{s.article} | {s.people[0]}/{s.people[1]} | {s.orgs[0]}/{s.orgs[1]} | "
                     f"{s.figures[0]}/{s.figures[1]} | {s.recall:.0%} | {s.drafts} | {s.precision:.0%} | {s.unquoted}")
        for i, v in enumerate((*s.people, *s.orgs, *s.figures, s.drafts, s.correct, s.unquoted)):
            tot[i] += v
    found, total = tot[0] + tot[2] + tot[4], tot[1] + tot[3] + tot[5]
    lines.append(f"TOTAL | {tot[0]}/{tot[1]} | {tot[2]}/{tot[3]} | {tot[4]}/{tot[5]} | "
                 f"{found / max(total, 1):.0%} | {tot[6]} | {tot[7] / max(tot[6], 1):.0%} | {tot[8]}")
    return "\n".join(lines)


# -- held-out articles: written with their expected drafts, never used to tune the rules ------------------

HELDOUT = Path(__file__).resolve().parents[2] / "tests" / "editing" / "heldout"


def _forms(entry: str) -> set[str]:
    return {fold(n) for n in entry.split("|") if n.strip()}


def _figure_matches(truth: str, raw: str) -> bool:
    """A drafted figure quotes the expected one: equal, or one is the other plus trailing words."""
    t, r = fold(truth), fold(raw)
    return t == r or t.startswith(r + " ") or r.startswith(t + " ")


def measure_heldout(folder: Path = HELDOUT) -> list[Score]:
    """Cold drafts of every `<id>.md` in `folder`, scored against `truth.yaml` beside them."""
    truth = yaml.safe_load((folder / "truth.yaml").read_text(encoding="utf-8")) or {}
    scores = []
    for path in sorted(folder.glob("*.md")):
        expected = truth.get(path.stem) or {}
        article = load_article(path)
        drafts = Drafter(None).draft(article)
        people = [_forms(p) for p in expected.get("people") or ()]
        orgs = [_forms(o) for o in expected.get("organisations") or ()]
        ok_names = set().union(*people, *orgs, *(_forms(o) for o in expected.get("others") or ()))
        figures = [str(f) for f in expected.get("figures") or ()]
        names = {fold(e["name"]) for e in drafts.entities} | {fold(a) for e in drafts.entities
                                                              for a in e.get("aliases") or ()}
        by_id = {e["id"]: e for e in drafts.entities}
        raws = [re.sub(r"^figure '(.*)'$", r"\1", d["note"].removeprefix("draft: ")) for d in drafts.facts
                if d["kind"] == "figure"]
        correct = 0
        for d in drafts.facts:
            if d["kind"] == "figure":
                raw = re.sub(r"^figure '(.*)'$", r"\1", d["note"].removeprefix("draft: "))
                correct += any(_figure_matches(f, raw) for f in figures)
                continue
            about = [by_id[e]["name"] if e in by_id else e for e in d["about"]]
            correct += bool({fold(a) for a in about[:1]} & ok_names)
        unquoted = sum(quote_key(d["source"]["quote"]) not in quote_key(article.body) for d in drafts.facts)
        scores.append(Score(article.id, (sum(bool(p & names) for p in people), len(people)),
                            (sum(bool(o & names) for o in orgs), len(orgs)),
                            (sum(any(_figure_matches(f, r) for r in raws) for f in figures), len(figures)),
                            len(drafts.facts), correct, unquoted))
    return scores
