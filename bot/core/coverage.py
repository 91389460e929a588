"""Coverage: every named person, organisation, date and number in the corpus is quoted by a fact.

Mentions are found with deliberately simple patterns (capitalised runs, dates, numbers). A mention
is covered when some fact from the same article quotes it, or when it is an entity's name or alias.
`facts/coverage.yaml` lists the few mentions that are not facts (a dateline, a photo credit), each
with a reason, so a gap is always a decision someone wrote down.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .loader import LineDict, SourceError, parse_yaml, read_text
from .model import Article, Entity, Fact
from .text import quote_key

if TYPE_CHECKING:
    from .validate import Report

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
DATE = re.compile(
    rf"\b(?:\d{{1,2}} (?:{MONTHS}),? \d{{4}}|(?:{MONTHS}) \d{{1,2}}(?:, \d{{4}})?|(?:{MONTHS}),? \d{{4}}"
    rf"|(?:{MONTHS})|(?:{WEEKDAYS}))\b"
)
NUMBER = re.compile(
    r"(?:Rs\.? ?|\$ ?)?\d[\d,]*(?:\.\d+)?(?:G\b)?(?: ?(?:%|per ?cent\b|percent\b))?(?: (?:million|billion)\b)?"
)
# Lower-case particles inside Muslim and Arab names: "Hafeez ur Rehman", "Abdul Rehman bin Tariq".
PARTICLES = "bin|bint|binti|ibn|ur|ul|ud|al|el|e|uz|us"
# A name's words, with middle initials ("Farrukh H. Sabzwari") and particles joined in.
NAME = re.compile(rf"\b[A-Z][A-Za-z'’.\-]*[A-Za-z](?:(?: (?:of|for|{PARTICLES}) | |-e-|-| [A-Z]\. )[A-Z][A-Za-z'’.\-]*[A-Za-z])*")
CONNECTORS = {"of", "for"}
# Capitalised words that are not names when they stand alone (sentence starts, titles, months).
COMMON = set(
    """A An The He She It They This That These Those There Their His Her Its We Our In On At As By For From
    With During After Before Both But And Or If When While Later Realizing Speaking Welcoming
    Appreciating Furthermore However Also Currently Chinese Pakistani Pakistanis South Asian Internet
    Prime Minister President Chairman Federal Minister Former Finance Senator Field Marshal Lt Gen Chief
    Secretary Director General Government Focus Shipping Sector Too Both Follow Handout Updated Short
    Url It E-commerce NATURAL OUTCOME Must Read Twitter Telecom Broadband IT ICT SMEs ISLAMABAD PM Govt
    DG Over Textiles Two Defense Telecommunication Forces International Markets Governor Deputy Adviser
    Advisor Commissioner Managing Chairperson Spokesperson Provincial Mr Mrs Ms Dr Mr. Mrs. Ms. Dr. Lt.
    Gen. Maj Maj. Retd Speaker Ambassador Minister's Rear Admiral Vice Commodore Brigadier Colonel Captain
    Major""".split()
) | set(MONTHS.split("|")) | set(WEEKDAYS.split("|"))


def mentions(body: str) -> Iterator[tuple[str, str]]:
    """Yield (category, text) for each date, number and name mention in an article body."""
    in_dates: set[int] = set()
    for match in DATE.finditer(body):
        in_dates.update(range(match.start(), match.end()))
        yield "date", match.group(0)
    for match in NUMBER.finditer(body):
        if match.start() not in in_dates:
            yield "number", match.group(0).rstrip(",.")
    for match in NAME.finditer(body):
        yield from (("name", name) for name in split_name_run(match.group(0)))


@lru_cache(maxsize=1 << 16)
def _keyed_mentions(body: str) -> tuple[tuple[str, str, str], ...]:
    """(category, text, comparison key) of each mention, remembered per body: a reload re-checks
    coverage for every article, but only an edited article's mentions can have changed."""
    return tuple((category, text, quote_key(text).casefold()) for category, text in mentions(body))


def split_name_run(run: str) -> Iterator[str]:
    """Split "Finance Minister Senator Ishaq Dar" at title words into the names it holds."""
    segment: list[str] = []
    for word in [*run.split(" "), "The"]:
        bare = re.sub(r"[’']s$", "", word)
        if bare != word and bare not in COMMON:  # a possessive ends a name: "Imran Khan’s Pakistan …"
            segment.append(bare)
            yield " ".join(segment)
            segment = []
            continue
        if bare in COMMON or bare == "Rs" or (bare in CONNECTORS and not segment):
            while segment and segment[-1] in CONNECTORS:
                segment.pop()
            if segment:
                yield " ".join(segment)
            segment = []
        else:
            segment.append(bare)


def _ignored(root: Path) -> tuple[set[tuple[str, str]], list[tuple[str, int, str]]]:
    path = root / "facts" / "coverage.yaml"
    if not path.exists():
        return set(), []
    display = "facts/coverage.yaml"
    problems: list[tuple[str, int, str]] = []
    try:
        data = parse_yaml(read_text(path, display), display)
    except SourceError as exc:
        return set(), [(exc.path, exc.line, exc.message)]
    items = data.get("ignore") if isinstance(data, LineDict) else None
    if not isinstance(items, list):
        return set(), [(display, 1, "coverage.yaml needs an 'ignore:' list of {article, text, reason}")]
    ignored = set()
    for item in items:
        if not (isinstance(item, LineDict) and isinstance(item.get("text"), str)
                and isinstance(item.get("reason"), str) and isinstance(item.get("article"), str)):
            line = item.line if isinstance(item, LineDict) else 1
            problems.append((display, line, "each ignore entry needs 'article', 'text' and 'reason'"))
            continue
        ignored.add((item["article"], quote_key(item["text"]).casefold()))
    return ignored, problems


def check_coverage(root: Path, articles: Mapping[str, Article], entities: Mapping[str, Entity],
                   facts: Mapping[str, Fact], report: Report) -> None:
    """Append one gap per uncovered mention to `report.gaps`; count mentions in `report.mentions`."""
    from .validate import Problem  # circular at import time only

    ignored, problems = _ignored(root)
    for path, line, message in problems:
        report.errors.append(Problem(path, line, message))
    quotes: dict[str, list[str]] = {}
    for fact in facts.values():
        quotes.setdefault(fact.source.article, []).append(quote_key(fact.source.quote).casefold())
    # one string per article: `key in joined` is `any(key in q for q in quotes)` when no key holds
    # the separator, in one scan instead of one per quote
    joined = {aid: "\0".join(qs) for aid, qs in quotes.items()}
    names = {quote_key(n).casefold() for e in entities.values() for n in e.names}
    total = 0
    for article in articles.values():
        seen: set[str] = set()
        body = article.body
        quoted = joined.get(article.id, "")
        for category, text, key in _keyed_mentions(body):
            if key in seen:
                continue
            seen.add(key)
            total += 1
            if (article.id, key) in ignored or ("*", key) in ignored:
                continue
            if key in quoted if "\0" not in key else any(key in q for q in quotes.get(article.id, ())):
                continue
            if category == "name" and (key in names or key.removesuffix("’s").removesuffix("'s") in names):
                continue
            line = body[: body.find(text)].count("\n") + 1
            report.gaps.append(Problem(article.path, line, f"{category} {text!r} is in no fact"))
    report.mentions = total


_split_name_run = split_name_run  # the old private name, still imported by older code
