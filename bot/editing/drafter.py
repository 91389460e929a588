"""`facts draft`: propose facts for one article, for an editor to review before they are served.

The drafter is deliberately rule-based (capitalised runs, title words, number and date patterns):
every proposal must carry a verbatim quote the validator can verify, and an editor must be able to
see why it was proposed. Drafts live in `facts/drafts/`, which the loader never reads, so nothing a
drafter guesses reaches a reader until someone accepts it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..core.coverage import COMMON, CONNECTORS, DATE, MONTHS, NAME, WEEKDAYS
from ..core.coverage import split_name_run as _split_name_run
from ..core.loader import SourceError, read_text, split_front_matter
from ..core.model import Article, Entity, FactBase
from ..core.text import fold, quote_key
from ..core.validate import checked_size
from .corpus_add import slugify
from .files import write_new

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
    "federation", "secretariat", "division", "directorate", "institution", "alliance", "union", "limited",
    "holdings", "airlines", "airways", "tehreek", "movement", "front", "services", "courier", "couriers", "motors", "mills", "logistics", "ventures", "capital", "technologies", "systems", "networks", "media",
    "express", "telecom", "pharma", "steel", "cement", "textiles", "foods", "energy", "power", "petroleum",
    "insurance", "securities", "microfinance", "regulator", "network", "railways", "committee", "subcommittee",
}
# "Standing Committee on IT", "Ministry of IT and Telecom": a body's name goes on past its capitalised run.
ON_TOPIC = re.compile(rf"^ on (?!(?:{MONTHS}|{WEEKDAYS})\b)(?:the )?[A-Z][\w&-]*(?: (?:and|&) [A-Z][\w&-]*)?(?![\w-])")
TOPIC_HEADS = re.compile(r"(?:Committee|Subcommittee|Commission|Council|Board|Task Force|Forum)$")
AND_PORTFOLIO = re.compile(r"^ (?:and|&) (?P<w>[A-Z][\w-]*)(?![\w-]| [A-Z])")
AND_JOINED = re.compile(r"(?<![\w-])(?<!\bof )(?<!\bfor )[A-Z][a-z][\w-]* and (?:[A-Z][\w-]+ ){0,3}[A-Z][\w-]+(?![\w-])")
OF_BODY = re.compile(r"\b(?:Ministry|Department|Division|Board|Commission|Authority|Bureau) of ")
# Words that name a company only as the last word of a run ("Pakistan State Oil", "Sui Southern Gas"), never
# when a proper name follows ("Oil Companies Advisory Council" is a council).
TAIL_ORG_WORDS = {"oil", "gas"}
# Places named in regional business news: a capitalised run that is one is neither a person nor an organisation.
PLACES = {"pakistan", "china", "india", "iran", "afghanistan", "saudi arabia", "uae", "united arab emirates", "qatar",
          "dubai", "united states", "united kingdom", "punjab", "sindh", "balochistan", "khyber pakhtunkhwa",
          "gilgit-baltistan", "karachi", "lahore", "islamabad", "rawalpindi", "peshawar", "quetta", "gwadar",
          "multan", "faisalabad", "beijing", "shanghai", "hangzhou", "kabul", "tehran", "riyadh", "washington",
          "london"}
COUNTRY_TAIL = {"Pakistan", "International", "China", "Limited", "Global", "Asia"}
# Context that makes one capitalised word an organisation: "Daraz, the online marketplace", "owned by Alibaba",
# "Jazz and Zong" (two single names side by side are brands far more often than people).
APPOSITIVE_ORG = re.compile(r"^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:marketplace|platform|company|app|firm|operator|"
                            r"retailer|start-?up|service|network|brand|website|group|bank|chain|carrier|provider)\b")
BY_ORG = re.compile(r"\b(?:owned|acquired|backed|run|operated|launched|founded|bought)\s+by\s+$")
PAIRED_AFTER = re.compile(r"^\s+and\s+[A-Z][\w-]+(?![\w-]*\s+[A-Z])")
PAIRED_BEFORE = re.compile(r"(?:^|[^\w\s]\s*|\b[a-z][\w-]*\s+)[A-Z][\w-]+\s+and\s+$")
POLICY_AFTER = re.compile(r"^\s+(?:scheme|programme|program|policy|initiative|account|package|framework|plan)\b")
# Head words of agreements and laws: a capitalised run holding one is a policy, not an organisation.
POLICY_WORDS = {"agreement", "treaty", "accord", "convention", "ordinance", "act", "policy", "framework", "scheme",
                "package", "programme", "program", "strategy", "roadmap", "vision", "initiative", "bill",
                "budget", "regulations", "rules"}
# Capitalised words that stop a name elsewhere (coverage.COMMON) but may stand inside an organisation's name.
ORG_NAME_COMMON = {"Federal", "International", "National", "Government", "Shipping", "Forces", "Markets", "Telecom",
                   "Broadband", "Chinese", "Pakistani", "South", "Asian", "Internet", "Telecommunication", "Defense",
                   "Finance", "Two", "Sector", "IT", "ICT"}
# Words that start a person's title: an organisation's name never reaches left past one ("Chairman of the …").
TITLE_WORDS = {"prime", "minister", "president", "chairman", "chairperson", "chair", "senator", "secretary",
               "director", "general", "chief", "field", "marshal", "lt", "lt.", "gen", "gen.", "former", "governor",
               "ceo", "founder", "head", "spokesperson", "spokesman", "adviser", "advisor", "ambassador", "leader",
               "premier", "deputy", "envoy", "mr", "mr.", "mrs", "ms", "dr", "dr.", "admiral", "rear", "vice",
               "commodore", "brigadier", "colonel", "major", "captain", "commissioner", "managing", "provincial"}
# Words that end "Ministry of Maritime Affairs", "Ministry of National Food Security": a portfolio's tail.
PORTFOLIO_TAIL = {"Affairs", "Resources", "Security", "Production", "Development", "Relations", "Technology",
                  "Telecommunication", "Telecommunications", "Research", "Training", "Initiatives", "Coordination",
                  "Reforms", "Revenue", "Investment", "Harmony", "Safety"}
# Bodies an article names only descriptively ("the government", "a six-member delegation"), lower case.
GENERIC_BODIES = ("government", "military", "army", "navy", "police", "cabinet", "parliament", "judiciary",
                  "committee", "delegation", "team")
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
SIZED = re.compile(rf"\b(?P<n>\d+|{'|'.join(NUMBER_WORDS)})-member\b", re.IGNORECASE)
MULTIPLE = re.compile(r"\b(?P<w>doubl|tripl|quadrupl|halv)(?:ed|es|ing)\b", re.IGNORECASE)
MULTIPLES = {"doubl": 2, "tripl": 3, "quadrupl": 4, "halv": 0.5}
_PORTFOLIO_LOWER = (r"commerce|finance|interior|foreign affairs|information|planning|trade|industries|law|health|"
                    r"education|defen[cs]e|communications|railways|energy|petroleum|water resources")
# Lower-case bodies: "ministry of commerce", "board of investment", "commerce ministry".
LOWER_BODY = re.compile(r"\b(?:ministry|board|bureau|department|division|commission|authority|council|directorate)"
                        r" (?:of|for) (?!the\b|a\b|an\b|its\b|their\b|this\b|that\b)[a-z]+(?: and [a-z]+)?\b"
                        rf"|\b(?:{_PORTFOLIO_LOWER}) ministry\b")
# A title used as a name, lower case: "secretary commerce" (an unnamed person).
LOWER_TITLE = re.compile(rf"\bsecretary (?:{_PORTFOLIO_LOWER})\b")
# Plural bodies listed with a named organisation: "FBR, State Bank and commercial banks".
LISTED_PLURAL = re.compile(r"^(?:,| and| &)\s+(?P<np>(?!other\b)(?:[a-z]+ )?(?:banks|companies|firms|corporations|"
                           r"agencies|ministries|departments|institutions|organi[sz]ations|authorities|universities))\b")
# "Alibaba's website": what an organisation runs, an entity of its own.
OWNED = re.compile(r"^[’']s (?:[a-z-]+ ){0,2}?(?:website|platforms?|apps?|marketplaces?|portal|online store)\b")
ACRONYM_DEF = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&-]{1,7})\)")
PORTFOLIOS = {"Commerce", "Finance", "Defense", "Defence", "Interior", "Foreign", "Information", "Planning",
              "Energy", "Power", "Petroleum", "Maritime", "Railways", "Communications", "Privatisation",
              "Privatization", "Industries", "Housing", "Water", "Climate", "Food", "National", "Religious",
              "Overseas", "Human", "Science", "Federal", "Economic", "Kashmir", "Parliamentary", "IT",
              "Trade", "Law", "Health", "Education"}
ORG_TYPES = frozenset({"organisation", "platform", "body"})
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,6}$|^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z]{1,3}$")  # FBR, PML-N, BoI
NOT_ACRONYMS = {"ISLAMABAD", "PM", "IT", "ICT", "SMEs", "NATURAL", "OUTCOME", "DG", "CEO", "US", "UK", "TV"}
RELATIVE = re.compile(rf"\b(?:(?:on|last|this|next|earlier on|late on)\s+(?:{WEEKDAYS})|yesterday|today|"
                      r"a day earlier|this week|last week)\b", re.IGNORECASE)
FIGURE = re.compile(
    r"(?P<cur>Rs\.? ?|PKR ?|USD ?|US\$ ?|\$ ?|€ ?|£ ?)?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)"
    r"(?P<tail>(?: ?(?:%|per ?cent\b|percent\b))|(?: (?:million|billion|trillion|thousand)\b)"
    r"(?: (?:people|users|internet users|citizens|members|Pakistanis|sellers|units|tonnes|dollars|rupees))?|"
    r"(?: (?:people|users|internet users|citizens|members|Pakistanis|sellers|units|tonnes|km|kg|MW|GB|"
    r"metres|meters|feet|acres|hectares|litres|barrels|points|vessels|ships|shops|branches|workers|jobs|"
    r"companies|firms|students|vehicles|"
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
# A full stop after a title or abbreviation ("Dr.", "Mr.", "No.", an initial "H.") does not end a sentence.
ABBREVIATIONS = ("Dr", "Mr", "Mrs", "Ms", "No", "Nos", "St", "Lt", "Gen", "Col", "Capt", "Maj", "Brig", "Prof",
                 "Rs", "Jr", "Sr", "Sen", "Gov", "Mt", "Co", "Inc", "Ltd", "vs", "Engr", "Cdr", "Adm")
_NOT_AFTER = "".join(rf"(?<!\b{a})" for a in ABBREVIATIONS) + r"(?<!\b[A-Z])"
SENTENCE = re.compile(rf"[^\n]+?(?:{_NOT_AFTER}[.!?](?:[”\"’')\]]+)?(?=\s|$)|$)", re.MULTILINE)


@dataclass
class EntityDraft:
    """A proposed new entity. Typed while drafting; a plain mapping only when written out."""

    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    unnamed: bool = False

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type, "name": self.name, "aliases": list(self.aliases)}
        if self.unnamed:
            data["unnamed"] = True
        return data


@dataclass
class FactDraft:
    """A proposed fact: what it is about, the verbatim sentence, and why the drafter proposed it."""

    id: str
    kind: str
    about: list[str]
    quote: str
    article: str
    note: str
    role: dict[str, Any] | None = None
    figure: dict[str, Any] | None = None
    measure: dict[str, Any] | None = None
    when: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "kind": self.kind, "about": list(self.about), "says": self.quote}
        for key in ("role", "figure", "measure", "when"):
            value = getattr(self, key)
            if value is not None:
                data[key] = dict(value)
        data["source"] = {"article": self.article, "quote": self.quote}
        data["note"] = f"draft: {self.note}"
        return data


@dataclass
class Drafts:
    """What one article yields: typed entity and fact drafts, serialised to editable YAML only at the end."""

    article: str
    entity_drafts: list[EntityDraft] = field(default_factory=list)
    fact_drafts: list[FactDraft] = field(default_factory=list)

    @property
    def entities(self) -> list[dict[str, Any]]:
        return [e.to_dict() for e in self.entity_drafts]

    @property
    def facts(self) -> list[dict[str, Any]]:
        return [f.to_dict() for f in self.fact_drafts]

    def as_yaml(self) -> str:
        head = (f"# Drafts for {self.article}: review, edit or delete, then\n"
                f"#   python -m bot facts accept <ids> (or --all)\n"
                "# Drafts are never served. Every quote is verbatim from the article.\n")
        data: dict[str, Any] = {}
        if self.entity_drafts:
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


def load_article(path: Path, display: str | None = None) -> Article:
    """Read a corpus file; a file without front matter, not UTF-8 or without a date raises SourceError."""
    display = display or path.name
    checked_size(path, display)
    raw = split_front_matter(read_text(path, display), display)
    meta = raw.meta
    published = meta.get("published")
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published)
        except ValueError:
            published = None
    if not isinstance(published, dt.date) or isinstance(published, dt.datetime):
        raise SourceError(display, meta.line_of("published"), "front matter needs 'published' as a date (YYYY-MM-DD)")
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
    """'person' | 'organisation' | 'policy' | None for a capitalised run, from its words and its context."""
    words = name.split()
    lowered = {part.lower().strip(".") for w in words for part in w.split("-")}
    if name.isupper() and not before.strip(" •\t") and re.match(r"\s*[:–—-]", after):
        return None  # a dateline: "LAHORE: …", "ISLAMABAD - …"
    if name.lower() in PLACES:
        return None
    if POLICY_AFTER.match(after):
        return "policy"
    if lowered & ORG_WORDS:
        return "organisation"
    if len(words) == 1 and ACRONYM.match(name) and name not in NOT_ACRONYMS:
        return "organisation"
    if lowered & POLICY_WORDS:
        return "policy"
    if len(words) >= 2 and re.search(r"\w-[ei]-\w", name):
        return "organisation"  # Urdu izafat names are parties and movements: "Jamiat Ulema-e-Islam"
    if len(words) == 1 and (re.match(r"\s+(?:platform|group|company)\b", after, re.IGNORECASE) or OWNED.match(after)):
        return "organisation"
    if len(words) == 1 and not re.search(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+$", before) and (
            APPOSITIVE_ORG.match(after) or BY_ORG.search(before) or PAIRED_AFTER.match(after)
            or PAIRED_BEFORE.search(before)):
        return "organisation"
    if len(words) == 1 and name.isupper():
        return None
    if 2 <= len(words) <= 4 and words[-1] in COUNTRY_TAIL:
        return "organisation"  # "Shell Pakistan", "Tapal International"
    if ROLE_BEFORE.search(before[-80:]) and 1 <= len(words) <= 4:
        return "person"
    if 2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words):
        return "person"
    return None


def _bare(word: str) -> str:
    return re.sub(r"[’']s$", "", word)


def _head(word: str, last: bool = False) -> str | None:
    """'organisation' | 'policy' when a word (or a part of a hyphenated word) is an organisational head word;
    `last`: the word ends its run, where a tail word such as "Oil" names a company too."""
    parts = {p.lower().strip(".") for p in _bare(word).split("-")}
    if parts & ORG_WORDS or (last and parts & TAIL_ORG_WORDS):
        return "organisation"
    if parts & POLICY_WORDS:
        return "policy"
    return None


def _stops_name(word: str) -> bool:
    bare = _bare(word)
    return (bare in COMMON and bare not in ORG_NAME_COMMON) or bare.lower() in TITLE_WORDS or bare == "Rs"


def _org_spans(words: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, kind) word spans of a capitalised run that name an organisation or agreement.

    A span grows from a head word ("Board", "Corporation", "Agreement", "Tehreek-e-Insaf"): leftwards over
    capitalised words up to "of", a title word, a sentence word or a possessive ("Imran Khan’s | Pakistan
    Tehreek-e-Insaf"), unless the possessive is a title owning the head ("Prime Minister’s Office");
    rightwards over "of X" complements and further head words ("Board of Revenue").
    """
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        kind = _head(words[i], last=i == len(words) - 1)
        if not kind or words[i] in CONNECTORS:
            i += 1
            continue
        start = i
        if start > 0 and re.search(r"[’']s$", words[start - 1]) and _bare(words[start - 1]).lower() in TITLE_WORDS:
            start -= 1  # "Minister’s Office": the office of a title holder, with the whole title
            while start > 0 and _bare(words[start - 1]).lower() in TITLE_WORDS \
                    and not re.search(r"[’']s$", words[start - 1]):
                start -= 1
        else:
            while start > 0:
                prev = words[start - 1]
                if prev in CONNECTORS or _stops_name(prev) or re.search(r"[’']s$", prev):
                    break
                start -= 1
        end = i + 1
        while end < len(words) and not re.search(r"[’']s$", words[end - 1]):
            nxt = words[end]
            ahead = next((j for j in range(end, min(end + 3, len(words)))
                          if _head(words[j]) == "organisation" and all(
                              w[:1].isupper() and not _stops_name(w) and not re.search(r"[’']s$", w)
                              for w in words[end:j])), None)
            if _head(nxt) and nxt not in CONNECTORS:
                end += 1
            elif ahead is not None:  # "Senate | Standing Committee": the head further right wins
                end = ahead + 1
            elif nxt in CONNECTORS and end + 1 < len(words) and not _stops_name(words[end + 1]):
                end += 2
                while end < len(words) and _bare(words[end]) in PORTFOLIO_TAIL:  # "… of Maritime Affairs"
                    end += 1
            else:
                break
        kind = "policy" if any(_head(w) == "policy" for w in words[start:end]) else "organisation"
        proper = any(_bare(w) not in COMMON and not _head(w) and w not in CONNECTORS for w in words[start:end])
        titled = start >= 2 and words[start - 1] in CONNECTORS and _bare(words[start - 2]).lower() in TITLE_WORDS
        if not (titled and not proper):  # "Chief of Defense Forces" is a title, not an organisation
            spans.append((start, end, kind))
        i = end
    return spans


def _name_pieces(run: str) -> Iterator[tuple[str, str | None]]:
    """(name, kind or None) for the names a capitalised run holds: organisations and agreements whole,
    the rest split at title words as before (kind None: decided by `_kind_of`)."""
    words = run.split(" ")
    pos = 0
    for start, end, kind in _org_spans(words):
        if start > pos:
            yield from ((n, None) for n in _split_name_run(" ".join(words[pos:start])))
        name = " ".join(words[start:end])
        yield (_bare(name) if re.search(r"[’']s$", words[end - 1]) else name), kind
        pos = end
    if pos < len(words):
        yield from ((n, None) for n in _split_name_run(" ".join(words[pos:])))


def _long_kind(name: str) -> str:
    return "policy" if any(_head(w) == "policy" for w in name.split(" ")) else "organisation"


def _sentence_names(sent: str, short_of: Mapping[str, str]) -> Iterator[tuple[int, str, str | None]]:
    """(offset, name, kind or None) in sentence order: names spelled out before an acronym anywhere in the
    article first ("Securities and Exchange Commission of Pakistan"), then the capitalised runs around them."""
    found: list[tuple[int, str, str | None]] = []
    masked = sent
    for match in AND_JOINED.finditer(sent):  # "Oil and Gas Development Company", "Textile and Apparel Policy"
        words = match.group(0).split(" ")
        if _head(words[-1]) and not any(_head(w) for w in words[:words.index("and")]) \
                and not any(w.lower() in PLACES or _stops_name(w) for w in words if w != "and") \
                and match.group(0) not in short_of and not any(match.group(0) in long for long in short_of):
            found.append((match.start(), match.group(0), _long_kind(match.group(0))))
            masked = masked[:match.start()] + "x" * len(match.group(0)) + masked[match.end():]
    for long in sorted(short_of, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(long)}(?!\w)", masked):
            found.append((match.start(), long, _long_kind(long)))
            masked = masked[:match.start()] + "x" * len(long) + masked[match.end():]
    for match in NAME.finditer(masked):
        offset = match.start()
        for name, kind in _name_pieces(match.group(0)):
            pos = masked.find(name, offset)
            if pos < 0:
                continue
            offset = pos + len(name)
            found.append((pos, name, kind))
    return iter(sorted(found, key=lambda item: item[0]))


def _initials(words: list[str], with_and: bool = False) -> str:
    """Initials of the capitalised words; `with_and` counts "and" too (NADRA: National Database And …)."""
    return "".join(part[0] for w in words for part in _bare(w).split("-")
                   if part[:1].isupper() or part[:1].isdigit() or (with_and and part == "and"))


def acronyms(body: str) -> dict[str, str]:
    """{acronym: name} for names spelled out before an acronym in parentheses, when the initials fit:
    "Federal Board of Revenue (FBR)", "Pakistan Tehreek-e-Insaf (PTI)", "Prime Minister’s Office (PMO)"."""
    found: dict[str, str] = {}
    for match in ACRONYM_DEF.finditer(body):
        acr = match.group("acr")
        letters = "".join(c for c in acr if c.isupper() or c.isdigit())
        line_start = body.rfind("\n", 0, match.start()) + 1
        tokens = body[max(line_start, match.start() - 160):match.start()].rstrip().split(" ")
        words: list[str] = []
        for tok in reversed(tokens):
            if not tok or not (tok[0].isupper() or tok in CONNECTORS or tok == "and") or tok[-1] in ",.;:)\n":
                break
            if words and re.search(r"[’']s$", tok) and _bare(tok).lower() not in TITLE_WORDS:
                break
            words.insert(0, tok)
        for k in range(len(words) - 1, -1, -1):  # the shortest run of words whose initials spell the acronym
            cand = words[k:]
            if cand[0] in CONNECTORS or cand[0] == "and":
                continue
            fits = False
            variants = (_initials(cand).upper(), _initials(cand, with_and=True).upper(),
                        (cand[0][:2] + _initials(cand[1:])).upper(),  # NAdra: NAtional Database …
                        _initials(cand).upper()[:-1] + "X" if cand[-1].startswith("Ex") else "")  # PSX: eXchange
            for init in dict.fromkeys(variants):
                it = iter(init)
                fits = fits or (init[:1] == letters[:1] and all(c in it for c in letters)
                                and len(init) <= len(letters) + 2)
            if fits:
                found.setdefault(acr, " ".join(cand))
                break
    return found


def _generic_names(body: str) -> dict[str, str]:
    """{head: entity name} for bodies named only descriptively: "six-member delegation" when the article gives
    the size anywhere, else "the government", "the committee" …"""
    names = {}
    for head in GENERIC_BODIES:
        if not re.search(rf"(?<![\w-]){head}\b(?!-)", body):
            continue
        sized = re.search(rf"\b(\w+)-member (?:[\w’'-]+ ){{0,3}}?{head}\b", body)
        names[head] = f"{sized.group(1).lower()}-member {head}" if sized else f"the {head}"
    return names


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


@dataclass(frozen=True)
class Mention:
    """A name found in a sentence, resolved: its offset, its final form, and what it is.

    `kind` is person, organisation, policy, or "" for a known entity of another type (a place, an event);
    `known` is the entity's id: one the base had, or the one proposed at its first mention.
    """

    pos: int
    name: str
    kind: str
    known: str | None


class _Context:
    """One article being drafted: what every extractor reads (sentences, mentions) and the drafts so far."""

    def __init__(self, drafter: Drafter, article: Article) -> None:
        self.drafter = drafter
        self.article = article
        self.out = Drafts(article.id)
        self.sents = [s for _, s in sentences(article.body)]
        self.longs = acronyms(article.body)
        self.short_of = {long: acr for acr, long in self.longs.items()}
        self.generic = _generic_names(article.body)
        self.mentions: list[list[Mention]] = []
        # entities per sentence with a sort key: (phase, offset); phase 0 names, phase 1 descriptive bodies
        self.found: list[list[tuple[tuple[int, float], str]]] = [[] for _ in self.sents]
        self.first_named: tuple[int, int, str] | None = None  # (sentence, offset, id): the article's subject
        self.roles: set[tuple[str, str]] = set()
        # (sentence, offset, id, note or None when a role fact already quotes it): the first one per entity
        # becomes its description, whichever extractor saw it
        self.first_seen: list[tuple[int, float, str, str | None]] = []
        self.keyed: dict[str, str] = {}
        self._seen: set[tuple[str, str]] = set()

    def entity_for(self, name: str, kind: str, unnamed: bool = False) -> str:
        names = self.drafter.names
        found = names.find(name)
        if found:
            return found
        eid = self.drafter.new_id(name)
        aliases = [self.short_of[name]] if name in self.short_of else []
        self.out.entity_drafts.append(EntityDraft(eid, kind, name, aliases, unnamed))
        names.add(eid, kind, (name, *aliases), person=kind == "person" and not unnamed)
        return eid

    def note_found(self, index: int, eid: str, pos: float, phase: int = 0) -> None:
        self.found[index].append(((phase, pos), eid))

    def named(self, index: int, pos: int, eid: str) -> None:
        """A person, organisation or policy by name: the first one is the article's fallback subject."""
        if self.first_named is None or (index, pos) < self.first_named[:2]:
            self.first_named = (index, pos, eid)

    def add(self, kind: str, stem: str, about: list[str], quote: str, note: str, **extra: Any) -> None:
        key = (kind, quote_key(quote) + "|" + note)
        if key in self._seen:
            return
        self._seen.add(key)
        fid = self.drafter.new_id(f"{stem}-{self.article.id[:10]}")
        self.out.fact_drafts.append(FactDraft(fid, kind, list(dict.fromkeys(about)), quote, self.article.id, note,
                                              **extra))

    def described(self, index: int, pos: float, name: str, kind: str, key: str | None = None,
                  unnamed: bool = False, phase: int = 1) -> None:
        """A descriptive entity (no capitalised name): proposed once per article, quoting its first sentence."""
        key = key or fold(name)
        eid = self.keyed.get(key) or self.entity_for(name, kind, unnamed=unnamed)
        self.keyed[key] = eid
        self.note_found(index, eid, pos, phase)
        self.seen(index, pos, eid, f"{kind} {name!r} (descriptive)")

    def seen(self, index: int, pos: float, eid: str, note: str | None) -> None:
        self.first_seen.append((index, pos, eid, note))

    def subjects(self) -> list[list[str]]:
        """What each sentence is about, for dates, figures and measures: its first three entities, else the
        article's first named entity."""
        fallback = [self.first_named[2]] if self.first_named else []
        return [[eid for _, eid in sorted(found, key=lambda f: f[0])][:3] or fallback for found in self.found]


# -- mentions: the one pass that finds and resolves names, shared by the extractors below ------------------

def scan_mentions(ctx: _Context) -> None:
    """Resolve every capitalised name of every sentence (portfolios and places stripped from titles, acronyms
    expanded, kind decided, organisation names completed, a policy's year attached)."""
    names = ctx.drafter.names
    for sent in ctx.sents:
        here: list[Mention] = []
        for pos, name, forced in _sentence_names(sent, ctx.short_of):
            if name in COMMON or name.lower() in ORG_WORDS:
                continue
            first, _, rest = name.partition(" ")
            if not forced and first in PORTFOLIOS and rest.count(" ") >= 1:  # "Minister for Commerce Khurram …"
                name, pos = rest, pos + len(first) + 1
                while name.count(" ") >= 2 and (name.split(" ")[0] in PORTFOLIO_TAIL
                                                or name.split(" ")[0] in PORTFOLIOS):  # "Maritime Affairs …"
                    extra, _, name = name.partition(" ")
                    pos += len(extra) + 1
            elif not forced and first.lower() in PLACES and rest.count(" ") >= 1 \
                    and re.search(r"\b(?:Governor|Minister|Chief Minister|Secretary|IG|Speaker)\s+$", sent[:pos]):
                name, pos = rest, pos + len(first) + 1  # "Governor Sindh Kamran Tessori"
            known = names.find(name)
            if not known and name in ctx.longs:  # "FBR" after "Federal Board of Revenue (FBR)"
                name, forced = ctx.longs[name], "organisation"
                known = names.find(name)
                if not known:
                    forced = _long_kind(name)
            kind = (names.types.get(known, "") if known else
                    forced or ("organisation" if name in ctx.short_of else None) or
                    _kind_of(name, sent[:pos], sent[pos + len(name):]))
            if kind in ("organisation", "platform", "body"):
                kind = "organisation"
                if not known:
                    name = _complete_org(name, sent[pos + len(name):])
            elif kind == "policy":  # "Finance Act 2025": a document's year is part of its name
                year_after = re.match(r" ((?:19|20)\d\d)\b", sent[pos + len(name):])
                if year_after:
                    name = f"{name} {year_after.group(1)}"
            if kind not in ("person", "organisation", "policy"):
                if known:
                    here.append(Mention(pos, name, "", known))
                continue
            # resolved now, in reading order: "Dong" finds James Dong only while he is the one Dong so far
            here.append(Mention(pos, name, kind, known or ctx.entity_for(name, kind)))
        ctx.mentions.append(here)


def _complete_org(name: str, rest: str) -> str:
    """"Standing Committee" + " on IT", "Ministry of IT" + " and Telecom": a body's name past its run."""
    topic = ON_TOPIC.match(rest) if TOPIC_HEADS.search(name) else None
    joined = AND_PORTFOLIO.match(rest) if OF_BODY.search(name) else None
    if topic:
        return name + topic.group(0)
    if joined and (joined.group("w") in COMMON or joined.group("w") in PORTFOLIOS
                   or joined.group("w") in ORG_NAME_COMMON):
        return name + joined.group(0)
    return name


# -- extractors: one per rule, each adding typed drafts to the context ------------------------------------

def names_and_roles(ctx: _Context) -> None:
    """People: an entity each, and a role fact where a title stands before or after the name."""
    for index, (sent, here) in enumerate(zip(ctx.sents, ctx.mentions, strict=True)):
        for m in here:
            if m.kind == "":
                ctx.note_found(index, m.known or "", m.pos)
                continue
            if m.kind != "person":
                continue
            eid = m.known or ctx.entity_for(m.name, m.kind)
            ctx.note_found(index, eid, m.pos)
            ctx.named(index, m.pos, eid)
            role = _role(sent, m.pos, m.pos + len(m.name))
            if role and (eid, fold(role)) not in ctx.roles:
                ctx.roles.add((eid, fold(role)))
                ctx.seen(index, m.pos, eid, None)
                ctx.add("role", f"{eid}-role", [eid], sent, f"person {m.name!r} ({role})",
                        role={"title": role, "org": None}, when={"date": ctx.article.published})
            else:
                ctx.seen(index, m.pos, eid, f"person {m.name!r}")


def organisations_and_acronyms(ctx: _Context) -> None:
    """Organisations (with the acronym the article defines as an alias) and policy documents by name, and
    what an organisation runs ("Alibaba’s website")."""
    for index, (sent, here) in enumerate(zip(ctx.sents, ctx.mentions, strict=True)):
        for m in here:
            if m.kind not in ("organisation", "policy"):
                continue
            eid = m.known or ctx.entity_for(m.name, m.kind)
            ctx.note_found(index, eid, m.pos)
            ctx.named(index, m.pos, eid)
            ctx.seen(index, m.pos, eid, f"{m.kind} {m.name!r}")
            if m.kind == "organisation":
                owned = OWNED.match(sent[m.pos + len(m.name):])
                if owned:
                    ctx.described(index, m.pos + 0.5, m.name + owned.group(0), "platform", key=f"owned:{eid}",
                                  phase=0)


def descriptive_bodies(ctx: _Context) -> None:
    """Bodies and people named only in lower case: "ministry of commerce", "secretary commerce", "commercial
    banks" listed beside a named organisation, "the government", "a six-member delegation"."""
    for index, (sent, here) in enumerate(zip(ctx.sents, ctx.mentions, strict=True)):
        for match in LOWER_BODY.finditer(sent):
            ctx.described(index, match.start(), match.group(0), "body")
        for match in LOWER_TITLE.finditer(sent):
            ctx.described(index, match.start(), match.group(0), "person", unnamed=True)
        for m in here:  # "FBR, State Bank and commercial banks"
            if m.kind == "organisation" or (m.kind == "" and ctx.drafter.names.types.get(m.known or "") in ORG_TYPES):
                listed = LISTED_PLURAL.match(sent[m.pos + len(m.name):])
                if listed:
                    ctx.described(index, m.pos + len(m.name), listed.group("np"), "organisation")
        for head, name in ctx.generic.items():
            found = re.search(rf"(?<![\w-]){head}\b(?!-)", sent)
            if found:
                ctx.described(index, found.start(), name, "body", key=f"generic:{head}")


def first_mentions(ctx: _Context) -> None:
    """A description for every entity at its first mention in the article, unless a role fact quotes it there."""
    done: set[str] = set()
    for index, _, eid, note in sorted(ctx.first_seen, key=lambda s: (s[0], s[1])):
        if eid in done:
            continue
        done.add(eid)
        if note is not None:
            ctx.add("description", f"{eid}-mention", [eid], ctx.sents[index], note)


def dates(ctx: _Context) -> None:
    """Events dated absolutely ("10 July 2025") or relatively ("on Thursday", resolved against publication)."""
    published = ctx.article.published
    for sent, subject in zip(ctx.sents, ctx.subjects(), strict=True):
        if not subject:
            continue
        for match in RELATIVE.finditer(sent):
            day = _resolve(match.group(0), published)
            if day:
                ctx.add("event", f"{subject[0]}-date", subject, sent, f"date {match.group(0)!r} resolved",
                        when={"date": day, "resolved_from": match.group(0)})
        for match in DATE.finditer(sent):
            when = _absolute(match.group(0), published)
            if when:
                ctx.add("event", f"{subject[0]}-date", subject, sent, f"date {match.group(0)!r}", when=when)


def figures(ctx: _Context) -> None:
    """Amounts, shares and counts with their unit; sizes ("six-member") and multiples ("doubled")."""
    year = ctx.article.published.year
    for sent, subject in zip(ctx.sents, ctx.subjects(), strict=True):
        if not subject:
            continue
        for match in FIGURE.finditer(sent):
            raw = match.group(0).strip()
            has_unit = bool(match.group("cur") or match.group("tail"))
            plain = match.group("num").replace(",", "")
            if YEARISH.match(plain) and not has_unit and "," not in match.group("num"):  # 2,000 is no year
                continue
            if not has_unit and not ("," in match.group("num") and len(plain) >= 4):
                continue
            if (match.group("tail") or "").strip().startswith(("year", "month", "day")) and not match.group("cur"):
                continue
            value, unit = _value(match)
            ctx.add("figure", f"{subject[0]}-figure", subject, sent, f"figure {raw!r}",
                    figure={"measure": sent[:120], "value": value, "unit": unit, "status": _status(sent)},
                    when={"year": year})
        for match in SIZED.finditer(sent):  # "a six-member delegation"
            n = match.group("n").lower()
            ctx.add("figure", f"{subject[0]}-figure", subject, sent, f"figure {match.group(0)!r}",
                    figure={"measure": sent[:120], "value": int(NUMBER_WORDS.get(n) or n), "unit": "people",
                            "status": _status(sent)}, when={"year": year})
        for match in MULTIPLE.finditer(sent):  # "doubling in size every year"
            ctx.add("figure", f"{subject[0]}-figure", subject, sent, f"figure {match.group(0)!r}",
                    figure={"measure": sent[:120], "value": MULTIPLES[match.group("w").lower()], "unit": "times",
                            "status": _status(sent)}, when={"year": year})


def measures(ctx: _Context) -> None:
    """Policy measures: a tax, duty or threshold, with its rate, its range ("from 5% to 8%") and threshold."""
    for sent, subject in zip(ctx.sents, ctx.subjects(), strict=True):
        if not subject or not (MEASURE_WORDS.search(sent) or FROM_TO.search(sent)):
            continue
        span = FROM_TO.search(sent)
        rate = re.search(r"\d[\d.,]*\s?(?:%|per ?cent|percent)", sent)
        threshold = re.search(r"\b(?:above|over|below|under|up to|exceeding)\s+(?:Rs\.? ?|\$ ?)?\d[\d,.]*"
                              r"(?: (?:million|billion))?", sent)
        ctx.add("measure", f"{subject[0]}-measure", subject, sent, "policy measure",
                measure={"rate": rate.group(0) if rate else None, "applies_to": None,
                         "from": span.group("from") if span else None,
                         "to": span.group("to") if span else None,
                         "threshold": threshold.group(0) if threshold else None, "status": "draft"})


Extractor = Callable[[_Context], None]
# The order matters only for the order of drafts in the file: names before what is dated or counted about them.
PIPELINE: tuple[Extractor, ...] = (names_and_roles, organisations_and_acronyms, descriptive_bodies, first_mentions,
                                   dates, figures, measures)


class Drafter:
    """Drafts for articles against a known fact base (None: draft as if nothing were known)."""

    def __init__(self, base: FactBase | None, pipeline: tuple[Extractor, ...] = PIPELINE) -> None:
        self.base = base
        self.names = _Names(base.entities if base else {})
        self.taken: set[str] = set(base.entities) | set(base.facts) if base else set()
        self.pipeline = pipeline

    def new_id(self, stem: str) -> str:
        stem = slugify(stem, 70) or "draft"
        candidate, n = stem, 2
        while candidate in self.taken:
            candidate, n = f"{stem}-{n}", n + 1
        self.taken.add(candidate)
        return candidate

    def draft(self, article: Article) -> Drafts:
        ctx = _Context(self, article)
        scan_mentions(ctx)
        for extract in self.pipeline:
            extract(ctx)
        return ctx.out


def draft_file(root: Path, article_path: Path, base: FactBase | None) -> tuple[Drafts, Path]:
    """Draft one corpus file and write `facts/drafts/<id>.yaml` (replacing an older draft of it whole)."""
    try:
        display = article_path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        display = str(article_path)
    article = load_article(article_path, display)
    drafts = Drafter(base).draft(article)
    out = root / "facts" / "drafts" / f"{slugify(article.id, 120)}.yaml"
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.drafting")
    try:
        write_new(tmp, drafts.as_yaml())
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return drafts, out
