"""What `check` reports: located problems, and coverage gaps as typed records.

Kept apart from the validator and the coverage check so that both (and the CLI, the editing tools
and the Discord reload) can share them without importing each other. Gaps are typed so that callers
count and filter them by what they are, never by matching words in their message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .validate import Checked

MentionCategory = Literal["name", "date", "number"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong, where an editor can find it. `line` 0 means the whole file or folder."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        if self.line <= 0:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Gap(Problem):
    """A coverage gap: something an editor may want to add a fact for. Not an error."""


@dataclass(frozen=True)
class MentionGap(Gap):
    """A name, date or number in an article that no fact from that article quotes."""

    category: MentionCategory = "name"
    text: str = ""


@dataclass(frozen=True)
class EntityGap(Gap):
    """An entity that no fact is about, speaks, or takes part in."""

    entity_id: str = ""


@dataclass
class Report:
    """Everything `check` says: errors stop the bot, warnings and gaps are for editors."""

    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    mentions: int = 0
    # for a base that validated, what the checks across files found (a `validate.Checked`): the next
    # build after an edit re-checks only what the edit can change
    checked: Checked | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def mention_gaps(self) -> list[MentionGap]:
        return [g for g in self.gaps if isinstance(g, MentionGap)]

    @property
    def covered_mentions(self) -> int:
        return self.mentions - len(self.mention_gaps)
