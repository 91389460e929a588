"""`facts draft`: propose facts for one article, for an editor to review before they are served.

The drafter is deliberately rule-based (capitalised runs, title words, number and date patterns):
every proposal must carry a verbatim quote the validator can verify, and an editor must be able to
see why it was proposed. Drafts live in `facts/drafts/`, which the loader never reads, so nothing a
drafter guesses reaches a reader until someone accepts it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..core.coverage import COMMON, DATE, NAME, WEEKDAYS, _split_name_run
from ..core.loader import read_text, split_front_matter
from ..core.model import Article, Entity, FactBase
from ..core.text import fold, quote_key
from .corpus_add import slugify

ROLE_WORDS = (r"minister|president|vice[- ]president|chairman|chairperson|chair|secretary(?:-general)?|"
              r"senator|chief|director(?: general)?|governor|ceo|founder|head|spokesperson|spokesman|"
              r"adviser|advisor|ambassador|leader|premier|prime minister|field marshal|general|"
              r"lt\.? gen\.?|officer|commissioner|manager|deputy|envoy")
ROLE_BEFORE = re.compile(
    rf"((?:(?:[A-Z][\w’'.-]*|of|for|the|and|international|markets?|group’s|group's|party’s|party's|"
    rf"commerce|finance|defen[cs]e|foreign|interior)\s+)*?(?:{ROLE_WORDS})(?:\s+(?:of|for)\s+[\w’' -]+?)?)"
    r"[\s,]+$", re.IGNORECASE)
ROLE_AFTER = re.compile(rf"^,\s+((?:the\s+|a\s+)?[\w’' -]*?(?:{ROLE_WORDS})[\w’' -]*?)[,.]", re.IGNORECASE)
ORG_WORDS = {
    "group", "board", "bank", "office", "ministry", "forum", "organisation", "organization", "agency",
    "party", "company", "authority", "council", "commission", "association", "institute", "university",
    "corporation", "inc", "ltd", "bureau", "department", "news", "relations", "insaf", "league", "fund",
    "assembly", "senate", "court", "army", "forces", "exchange", "chamber", "trust", "foundation",
}
PORTFOLIOS = {"Commerce", "Finance", "Defense", "Defence", "Interior", "Foreign", "Information", "Planning",
              "Trade", "Industries", "Law", "Health", "Education"}
ORG_TYPES = frozenset({"organisation", "platform", "body"})
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,6}$")
NOT_ACRONYMS = {"ISLAMABAD", "PM", "IT", "ICT", "SMEs", "NATURAL", "OUTCOME", "DG", "CEO", "US", "UK", "TV"}
RELATIVE = re.compile(rf"\b(?:(?:on|last|this|next|earlier on|late on)\s+(?:{WEEKDAYS})|yesterday|today|"
                      r"a day earlier|this week|last week)\b", re.IGNORECASE)
FIGURE = re.compile(
    r"(?P<cur>Rs\.? ?|PKR ?|USD ?|US\$ ?|\$ ?|€ ?|£ ?)?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)"
    r"(?P<tail>(?: ?(?:%|per ?cent\b|percent\b))|(?: (?:million|billion|trillion|thousand)\b)"
    r"(?: (?:people|users|internet users|citizens|members|Pakistanis|sellers|units|tonnes|dollars|rupees))?|"
    r"(?: (?:people|users|internet users|citizens|members|Pakistanis|sellers|units|tonnes|km|kg|MW|GB|"
    r"years?|months?|days?)\b))?")
YEARISH = re.compile(r"^(?:19|20)\d\d$")
MEASURE_WORDS = re.compile(r"\b(?:tax|taxes|duty|duties|rate|threshold|levy|tariff|exempt\w*|slab|withholding|"
                           r"surcharge|cess|fee)\b", re.IGNORECASE)
FROM_TO = re.compile(r"\bfrom (?P<from>[^,;.]{1,40}?) to (?P<to>[^,;.]{1,40}?)(?=[,;.]|\s(?:in|by|on|for|and|as|with)\b|$)")
STATUS_WORDS = (
    ("forecast", re.compile(r"\b(?:projected|forecast|expected|will|may surpass|could)\b", re.I)),
    ("target", re.compile(r"\b(?:target|aim|goal|plan(?:s|ned)?)\b", re.I)),
    ("estimate", re.compile(r"\b(?:estimated|about|nearly|around|approximately|over|more than|believed|some)\b",
                            re.I)),
)
MULTIPLIERS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}
SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?:[”\"’')\]]+)?(?=\s|$)|$)", re.MULTILINE)


@dataclass
class Drafts:
    """What one article yields: proposed new entities and proposed facts (both editable YAML)."""

    article: str
    entities: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)

    def as_yaml(self) -> str:
        head = (f"# Drafts for {self.article}: review, edit or delete, then\n"
                f"#   python -m bot facts accept <ids> (or --all)\n"
                "# Drafts are never served. Every quote is verbatim from the article.\n")
        data: dict[str, Any] = {}
        if self.entities:
            data["entities"] = self.entities
        data["facts"] = self.facts
        return head + dump_yaml(data)


class _NoAliases(yaml.SafeDumper):
    """Editors read these files: repeated values are written out, never as &anchors/*aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_NoAliases, sort_keys=False, allow_unicode=True, width=110)


def sentences(body: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) spans of the body, each an exact substring: quotes must be verbatim."""
    for match in SENTENCE.finditer(body):
        text = match.group(0).strip()
        if len(text) >= 3:
            yield match.start() + match.group(0).find(text), text


def load_article(path: Path) -> Article:
    text = read_text(path, path.name)
    raw = split_front_matter(text, path.name)
    meta = raw.meta
    published = meta.get("published")
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    if not isinstance(published, dt.date):
        raise ValueError(f"{path.name}: 'published' must be a date")
    return Article(id=str(meta.get("id") or path.stem), title=str(meta.get("title") or ""),
                   publisher=str(meta.get("publisher") or ""), published=published,
                   url=meta.get("url"), body=raw.body, path=f"corpus/{path.name}")


class _Names:
    """Entity lookup by folded name/alias, plus surnames, so "Dong" attaches to James Dong."""

    def __init__(self, entities: Mapping[str, Entity]) -> None:
        self.by_name: dict[str, str] = {}
        self.by_last: dict[str, set[str]] = {}
        self.types: dict[str, str] = {}
        for ent in entities.values():
            self.add(ent.id, ent.type, ent.names, person=ent.type == "person" and not ent.unnamed)

    def add(self, eid: str, etype: str, names: tuple[str, ...], person: bool) -> None:
        self.types[eid] = etype
        for name in names:
            self.by_name.setdefault(fold(name), eid)
        if person:
            last = fold(names[0]).split(" ")[-1]
            self.by_last.setdefault(last, set()).add(eid)

    def find(self, name: str) -> str | None:
        key = fold(name)
        if key in self.by_name:
            return self.by_name[key]
        words = key.split(" ")
        if len(words) == 1 and len(self.by_last.get(key, ())) == 1:
            return next(iter(self.by_last[key]))
        return None


def _kind_of(name: str, before: str, after: str = "") -> str | None:
    """'person' | 'organisation' | None for a capitalised run, from its words and what precedes it."""
    words = name.split()
    lowered = {w.lower().strip(".") for w in words}
    if lowered & ORG_WORDS:
        return "organisation"
    if len(words) == 1 and ACRONYM.match(name) and name not in NOT_ACRONYMS:
        return "organisation"
    if len(words) == 1 and re.match(r"\s+(?:platform|group|company)\b", after, re.IGNORECASE):
        return "organisation"
    if len(words) == 1 and name.isupper():
        return None
    if ROLE_BEFORE.search(before[-80:]) and 1 <= len(words) <= 4:
        return "person"
    if 2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words):
        return "person"
    return None


def _role(sentence: str, start: int, end: int) -> str | None:
    before = ROLE_BEFORE.search(sentence[max(0, start - 80):start])
    if before:
        words = before.group(1).split()
        while words and words[0].lower() in {"the", "of", "for", "and"}:
            words = words[1:]
        keep = {"international", "commerce", "finance", "defence", "defense", "foreign", "interior", "former",
                "vice", "deputy", "of", "for"}
        while words and words[0][:1].islower() and words[0].lower() not in keep \
                and not re.match(rf"(?:{ROLE_WORDS})$", words[0], re.IGNORECASE):
            words = words[1:]
        while words and words[0].lower() in {"of", "for"}:
            words = words[1:]
        title = " ".join(words).strip(" ,")
        if title:
            return title
    after = ROLE_AFTER.match(sentence[end:])
    return after.group(1).strip() if after else None


def _value(match: re.Match[str]) -> tuple[float | int, str]:
    number = float(match.group("num").replace(",", ""))
    tail = (match.group("tail") or "").strip().lower()
    cur = (match.group("cur") or "").strip().lower().rstrip(".")
    unit = ""
    for word, factor in MULTIPLIERS.items():
        if tail.startswith(word):
            number *= factor
            tail = tail[len(word):].strip()
    if tail in ("%", "percent", "per cent", "percent") or tail.startswith("per"):
        unit = "%"
    elif tail:
        unit = tail
    if cur in ("$", "us$", "usd"):
        unit = "USD"
    elif cur in ("rs", "pkr"):
        unit = "PKR"
    elif cur == "€":
        unit = "EUR"
    elif cur == "£":
        unit = "GBP"
    value: float | int = int(number) if number.is_integer() else number
    return value, unit or "count"


def _status(sentence: str) -> str:
    for status, pattern in STATUS_WORDS:
        if pattern.search(sentence):
            return status
    return "fact"


def _resolve(phrase: str, published: dt.date) -> dt.date | None:
    """The day a relative phrase names: the latest such weekday on or before publication."""
    low = phrase.lower()
    if low == "today":
        return published
    if low in ("yesterday", "a day earlier"):
        return published - dt.timedelta(days=1)
    for i, day in enumerate(WEEKDAYS.split("|")):
        if day.lower() in low:
            back = (published.weekday() - i) % 7
            if low.startswith("last") and back == 0:
                back = 7
            return published - dt.timedelta(days=back)
    return None


def _absolute(text: str, published: dt.date) -> dict[str, Any] | None:
    months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december"]
    low = text.lower().replace(",", "")
    month = next((i + 1 for i, m in enumerate(months) if m in low), None)
    if month is None:
        return None
    nums = [int(n) for n in re.findall(r"\d+", low)]
    year = next((n for n in nums if n > 31), None)
    day = next((n for n in nums if n <= 31), None)
    if year is None:
        return None  # a bare month is too vague to date a fact
    try:
        return {"date": dt.date(year, month, day)} if day else {"month": f"{year:04d}-{month:02d}"}
    except ValueError:
        return None


class Drafter:
    """Drafts for articles against a known fact base (None: draft as if nothing were known)."""

    def __init__(self, base: FactBase | None) -> None:
        self.base = base
        self.names = _Names(base.entities if base else {})
        self.taken: set[str] = set(base.entities) | set(base.facts) if base else set()

    def _id(self, stem: str) -> str:
        stem = slugify(stem, 70) or "draft"
        candidate, n = stem, 2
        while candidate in self.taken:
            candidate, n = f"{stem}-{n}", n + 1
        self.taken.add(candidate)
        return candidate

    def draft(self, article: Article) -> Drafts:
        out = Drafts(article.id)
        aid, year = article.id, article.published.year
        short = article.id[:10]
        new: dict[str, dict[str, Any]] = {}
        seen_quotes: set[tuple[str, str]] = set()
        sents = list(sentences(article.body))
        main: str | None = None

        def entity_for(name: str, kind: str) -> str:
            found = self.names.find(name)
            if found:
                return found
            eid = self._id(name)
            new[eid] = {"id": eid, "type": kind, "name": name, "aliases": []}
            self.names.add(eid, kind, (name,), person=kind == "person")
            out.entities.append(new[eid])
            return eid

        def add(kind: str, stem: str, about: list[str], quote: str, note: str, **extra: Any) -> None:
            key = (kind, quote_key(quote) + "|" + note)
            if key in seen_quotes:
                return
            seen_quotes.add(key)
            fact: dict[str, Any] = {"id": self._id(f"{stem}-{short}"), "kind": kind,
                                    "about": list(dict.fromkeys(about)), "says": quote}
            fact.update(extra)
            fact["source"] = {"article": aid, "quote": quote}
            fact["note"] = f"draft: {note}"
            out.facts.append(fact)

        per_sentence: list[list[str]] = []
        roles: set[tuple[str, str]] = set()
        mentioned: set[str] = set()
        # people and organisations
        for _, sent in sents:
            found: list[str] = []
            for match in NAME.finditer(sent):
                offset = match.start()
                for name in _split_name_run(match.group(0)):
                    pos = sent.find(name, offset)
                    if pos < 0 or name in COMMON or name.lower() in ORG_WORDS:
                        continue
                    offset = pos + len(name)
                    first, _, rest = name.partition(" ")
                    if first in PORTFOLIOS and rest.count(" ") >= 1:  # "Minister for Commerce Khurram …"
                        name, pos = rest, pos + len(first) + 1
                    known = self.names.find(name)
                    kind = self.names.types.get(known, "") if known else _kind_of(name, sent[:pos], sent[pos + len(name):])
                    if kind in ("organisation", "platform", "body"):
                        kind = "organisation"
                    if kind not in ("person", "organisation"):
                        if known:
                            found.append(known)
                        continue
                    eid = entity_for(name, kind)
                    found.append(eid)
                    main = main or eid
                    role = _role(sent, pos, pos + len(name)) if kind == "person" else None
                    if role and (eid, fold(role)) not in roles:
                        roles.add((eid, fold(role)))
                        mentioned.add(eid)
                        add("role", f"{eid}-role", [eid], sent, f"person {name!r} ({role})",
                            role={"title": role, "org": None}, when={"date": article.published})
                    elif eid not in mentioned:
                        mentioned.add(eid)
                        add("description", f"{eid}-mention", [eid], sent, f"{kind} {name!r}")
            per_sentence.append(found)
        fallback = main
        # dates, figures, measures
        for (_, sent), about in zip(sents, per_sentence, strict=True):
            subject = about[:3] or ([fallback] if fallback else [])
            if not subject:
                continue
            for match in RELATIVE.finditer(sent):
                day = _resolve(match.group(0), article.published)
                if day:
                    add("event", f"{subject[0]}-date", subject, sent, f"date {match.group(0)!r} resolved",
                        when={"date": day, "resolved_from": match.group(0)})
            for match in DATE.finditer(sent):
                when = _absolute(match.group(0), article.published)
                if when:
                    add("event", f"{subject[0]}-date", subject, sent, f"date {match.group(0)!r}", when=when)
            for match in FIGURE.finditer(sent):
                raw = match.group(0).strip()
                has_unit = bool(match.group("cur") or match.group("tail"))
                plain = match.group("num").replace(",", "")
                if YEARISH.match(plain) and not has_unit:
                    continue
                if not has_unit and not ("," in match.group("num") and len(plain) >= 4):
                    continue
                if (match.group("tail") or "").strip().startswith(("year", "month", "day")) \
                        and not match.group("cur"):
                    continue
                value, unit = _value(match)
                add("figure", f"{subject[0]}-figure", subject, sent, f"figure {raw!r}",
                    figure={"measure": sent[:120], "value": value, "unit": unit, "status": _status(sent)},
                    when={"year": year})
            if MEASURE_WORDS.search(sent) or FROM_TO.search(sent):
                span = FROM_TO.search(sent)
                rate = re.search(r"\d[\d.,]*\s?(?:%|per ?cent|percent)", sent)
                threshold = re.search(r"\b(?:above|over|below|under|up to|exceeding)\s+(?:Rs\.? ?|\$ ?)?\d[\d,.]*"
                                      r"(?: (?:million|billion))?", sent)
                add("measure", f"{subject[0]}-measure", subject, sent, "policy measure",
                    measure={"rate": rate.group(0) if rate else None, "applies_to": None,
                             "from": span.group("from") if span else None,
                             "to": span.group("to") if span else None,
                             "threshold": threshold.group(0) if threshold else None, "status": "draft"})
        return out


def draft_file(root: Path, article_path: Path, base: FactBase | None) -> tuple[Drafts, Path]:
    """Draft one corpus file and write `facts/drafts/<id>.yaml` (replacing an older draft of it)."""
    article = load_article(article_path)
    drafts = Drafter(base).draft(article)
    out = root / "facts" / "drafts" / f"{slugify(article.id, 120)}.yaml"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(drafts.as_yaml(), encoding="utf-8")
    return drafts, out
