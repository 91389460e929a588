"""Coverage: every named person, organisation, date and number in the corpus is quoted by a fact.

Mentions are found with deliberately simple patterns (capitalised runs, dates, numbers). A mention
is covered when some fact from the same article quotes it, or when it is an entity's name or alias.
`facts/coverage.yaml` lists the few mentions that are not facts (a dateline, a photo credit), each
with a reason, so a gap is always a decision someone wrote down.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .loader import LineDict, LineList, SourceError, parse_yaml, read_text
from .model import Article, Entity, Fact
from .problems import MentionCategory, MentionGap, Problem, Report
from .text import quote_key

if TYPE_CHECKING:
    from .validate import Checked, Report

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
_POSSESSIVE = re.compile(r"[’']s$")
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


def mentions(body: str) -> Iterator[tuple[MentionCategory, str, int]]:
    """Yield (category, text, offset) for each date, number and name mention in an article body."""
    date_starts: set[int] = set()
    for match in DATE.finditer(body):
        date_starts.update(range(match.start(), match.end()))
        yield "date", match.group(0), match.start()
    for match in NUMBER.finditer(body):
        if match.start() not in date_starts:
            yield "number", match.group(0).rstrip(",."), match.start()
    for match in NAME.finditer(body):
        run = match.group(0)
        for name in split_name_run(run):
            yield "name", name, match.start() + max(0, run.find(name))


@lru_cache(maxsize=1 << 16)
def _keyed_mentions(body: str) -> tuple[tuple[MentionCategory, str, str, int], ...]:
    """(category, text, comparison key, offset) of each mention, remembered per body: a reload
    re-checks coverage for every article, but only an edited article's mentions can have changed."""
    return tuple((category, text, quote_key(text).casefold(), offset) for category, text, offset in mentions(body))


_Keyed = tuple[tuple[MentionCategory, str, str, int], ...]


class MentionLookup(Protocol):
    """Mentions worked out before, by article body: a dict, or the compiled store's rows."""

    def get(self, body: str, /) -> _Keyed | None: ...


_known: MentionLookup = {}


def know_mentions(bodies: MentionLookup) -> None:
    """Mentions worked out before, by article body (the compiled store keeps them): the first check
    of a process then reads them instead of scanning every article. Replaces the last bodies given."""
    global _known
    _known = bodies


def scan_mentions(body: str) -> _Keyed:
    """`keyed_mentions` worked out afresh and not remembered (a worker's, for a caller that keeps them)."""
    return _keyed_mentions.__wrapped__(body)


def keyed_mentions(body: str) -> _Keyed:
    """(category, text, comparison key, offset) of each mention of an article body."""
    known = _known.get(body)
    return known if known is not None else _keyed_mentions(body)


def split_name_run(run: str) -> Iterator[str]:
    """Split "Finance Minister Senator Ishaq Dar" at title words into the names it holds."""
    segment: list[str] = []
    for word in [*run.split(" "), "The"]:
        bare = _POSSESSIVE.sub("", word)
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
    if not path.is_file():  # absent; or not a regular file, which the file listing already refused
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
    for n, item in enumerate(items):
        if not (isinstance(item, LineDict) and isinstance(item.get("text"), str)
                and isinstance(item.get("reason"), str) and isinstance(item.get("article"), str)):
            line = item.line if isinstance(item, LineDict) else 0
            line = line or (items.line_of_item(n, 1) if isinstance(items, LineList) else 1)
            problems.append((display, line, "each ignore entry needs 'article', 'text' and 'reason'"))
            continue
        ignored.add((item["article"], quote_key(item["text"]).casefold()))
    return ignored, problems


def check_coverage(root: Path, articles: Mapping[str, Article], entities: Mapping[str, Entity],
                   facts: Mapping[str, Fact], report: Report, prior: Checked | None = None,
                   ) -> tuple[frozenset[tuple[str, str]], dict[str, tuple[int, tuple[MentionGap, ...]]]]:
    """Append one gap per uncovered mention to `report.gaps`; count mentions in `report.mentions`.
    Returns the ignore list and each article's (mentions, gaps), for the next build's `prior`.

    With `prior` (the record of a base that validated, with these very entity objects), an
    article that is the very object it was, cited by the very fact objects in the same order,
    under the same ignore list, has the gaps it had: only the others are scanned."""
    ignored, problems = _ignored(root)
    for path, line, message in problems:
        report.errors.append(Problem(path, line, message))
    cited: dict[str, list[Fact]] = {}
    for fact in facts.values():
        cited.setdefault(fact.source.article, []).append(fact)
    frozen = frozenset(ignored)
    kept: Mapping[str, tuple[int, tuple[MentionGap, ...]]] = {}
    was_cited: dict[str, list[Fact]] = {}
    old_articles: Mapping[str, Article] = {}
    if prior is not None and prior.ignored == frozen:
        kept, old_articles = prior.coverage, prior.base.articles
        for fact in prior.base.facts.values():
            was_cited.setdefault(fact.source.article, []).append(fact)
    names: set[str] | None = None
    per_article: dict[str, tuple[int, tuple[MentionGap, ...]]] = {}
    for article in articles.values():
        known = kept.get(article.id)
        if known is not None and old_articles.get(article.id) is article and _same_list(
                cited.get(article.id, []), was_cited.get(article.id, [])):
            per_article[article.id] = known
            continue
        if names is None:
            names = {quote_key(n).casefold() for e in entities.values() for n in e.names}
        per_article[article.id] = _article_gaps(article, cited.get(article.id, []), names, ignored)
    total = 0
    for count, gaps in per_article.values():
        total += count
        report.gaps.extend(gaps)
    report.mentions = total
    return frozen, per_article


def _same_list(a: list[Fact], b: list[Fact]) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


def _article_gaps(article: Article, facts: list[Fact], names: set[str],
                  ignored: set[tuple[str, str]]) -> tuple[int, tuple[MentionGap, ...]]:
    """The mentions of one article counted, and those no fact citing it quotes (linear in the
    article: its quotes are searched as one string, lines found by bisecting newline offsets)."""
    quoted = [quote_key(fact.source.quote).casefold() for fact in facts]
    # one string: `key in joined` is `any(key in q for q in quoted)` when no key holds the separator
    article_quotes = "\0".join(quoted)
    seen: set[str] = set()
    body = article.body
    newlines = [m.start() for m in re.finditer("\n", body)]
    gaps: list[MentionGap] = []
    for category, text, key, offset in keyed_mentions(body):
        if key in seen:
            continue
        seen.add(key)
        if (article.id, key) in ignored or ("*", key) in ignored:
            continue
        if key in article_quotes if "\0" not in key else any(key in q for q in quoted):
            continue
        if category == "name" and (key in names or key.removesuffix("’s").removesuffix("'s") in names):
            continue
        line = bisect.bisect_left(newlines, offset) + 1
        gaps.append(MentionGap(article.path, line, f"{category} {text!r} is in no fact",
                               category=category, text=text))
    return len(seen), tuple(gaps)


_split_name_run = split_name_run  # the old private name, still imported by older code
