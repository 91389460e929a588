"""The answer object every front end renders: Discord embeds, CLI text and JSON come from this.

An answer is a list of sections of lines; each line names the facts it rests on, so a renderer
can always put a citation next to a statement and nothing is ever shown without its source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from .model import Fact, FactBase

Status = Literal["answer", "ambiguous", "not_found"]


@dataclass(frozen=True)
class Line:
    """One statement shown to the user, resting on `fact_ids` (first is the main one)."""

    text: str
    fact_ids: tuple[str, ...]
    conflict: bool = False  # the facts disagree with each other: show all, say so


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Candidate:
    id: str
    name: str
    detail: str = ""  # what tells two "Sharif"s apart: a role, a type, a year


@dataclass(frozen=True)
class Claim:
    """One checked claim of a `verify` answer: its verdict and the facts that decided it."""

    text: str
    verdict: Literal["supported", "contradicted", "not_covered"]
    fact_ids: tuple[str, ...] = ()
    reason: str = ""  # worded relative to the sources: "The Nation says nearly 26 million, not 60 million."


@dataclass(frozen=True)
class Answer:
    status: Status
    title: str
    sections: tuple[Section, ...] = ()
    candidates: tuple[Candidate, ...] = ()
    note: str = ""  # e.g. why nothing was found, or which year filter was applied
    command: str = ""
    # The direct answer in one or two sentences, built only from the cited facts' own words and
    # fields, with [n] markers; front ends show it before anything else. Empty when there is none.
    lead: str = ""
    # For not_found: facts about the subject that do not answer the asked detail. Never cited as
    # the answer; front ends label them "related".
    related: tuple[str, ...] = ()
    # For not_found: a short phrase naming what the sources lack ("the number of ships PNSC has").
    missing: str = ""
    # For verify: the overall verdict (supported, contradicted, not_covered or mixed) and each claim.
    verdict: str = ""
    claims: tuple[Claim, ...] = ()
    query: str = ""
    base: FactBase | None = field(default=None, compare=False, repr=False)

    def fact_ids(self) -> list[str]:
        """Every cited fact in order of first citation: the numbering [1], [2] … follows it."""
        seen: dict[str, None] = {}
        for section in self.sections:
            for line in section.lines:
                for fid in line.fact_ids:
                    seen.setdefault(fid, None)
        return list(seen)

    def facts(self) -> list[Fact]:
        assert self.base is not None
        return [self.base.facts[fid] for fid in self.fact_ids()]

    def related_facts(self) -> list[Fact]:
        assert self.base is not None or not self.related
        return [self.base.facts[fid] for fid in self.related] if self.base else []

    def citation_numbers(self) -> dict[str, int]:
        return {fid: n for n, fid in enumerate(self.fact_ids(), start=1)}

    def text(self) -> str:
        """The readable answer with [n] citation markers, as the CLI and JSON show it."""
        numbers = self.citation_numbers()
        out = [self.title]
        if self.lead:
            out.append(self.lead)
        if self.note:
            out.append(self.note)
        for section in self.sections:
            out.append("")
            if section.heading:
                out.append(f"{section.heading}:")
            for line in section.lines:
                refs = "".join(f"[{numbers[f]}]" for f in line.fact_ids)
                flag = " (sources disagree)" if line.conflict else ""
                out.append(f"- {line.text}{flag} {refs}".rstrip())
        if self.candidates:
            label = "Did you mean" if self.status == "not_found" else "Which one"
            out.append("")
            out.append(f"{label}: " + "; ".join(_candidate_label(c) for c in self.candidates))
        return "\n".join(out)

    def to_json(self) -> dict[str, Any]:
        """The JSON contract: status, title, lead, text, facts with full sources, related, missing, candidates."""
        return {
            "status": self.status,
            "title": self.title,
            "lead": self.lead,
            "text": self.text(),
            "facts": [self._fact_json(f) for f in (self.facts() if self.base else [])],
            "related": [self._fact_json(f) for f in self.related_facts()],
            "missing": self.missing,
            "candidates": [{"id": c.id, "name": c.name} for c in self.candidates],
        } | ({"verdict": self.verdict, "claims": [
            {"text": c.text, "verdict": c.verdict, "reason": c.reason, "facts": list(c.fact_ids)}
            for c in self.claims]} if self.verdict else {})

    def _fact_json(self, fact: Fact) -> dict[str, Any]:
        assert self.base is not None
        article = self.base.articles[fact.source.article]
        return {
            "id": fact.id,
            "text": fact.says,
            "source": {
                "article": article.id,
                "title": article.title,
                "publisher": article.publisher,
                "date": article.published.isoformat(),
                "url": article.link,
                "quote": fact.source.quote,
            },
        }


def _candidate_label(candidate: Candidate) -> str:
    return f"{candidate.name} ({candidate.detail})" if candidate.detail else candidate.name
