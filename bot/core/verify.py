"""Check what someone wrote against the sources: claim by claim, supported, contradicted or not covered.

A claim is compared with the facts about the same subject and measure, detail by detail: figures
(within the precision the article gave them), years and dates, the people named, the place, the
role, and the direction of a change. The rules that keep this honest:

- `supported` needs a fact that carries the claim's words and agrees on every detail the claim
  gives; a detail the fact does not speak to (a figure it does not give) is not support.
- `contradicted` needs a fact that matches the claim in all but *one* detail. Reporters' altered
  claims change one thing; a claim that differs in two (another year *and* another city) is about
  something else, and "the sources do not cover it" is the truthful answer.
- `not_covered` is never worded as "false": it says the sources do not speak to it.

Verdicts are worded relative to the sources, naming the publisher ("The Nation gives 2020, not
2030."), and every claim line cites the facts that decided it.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from .answer import Answer, Claim, Line, Section
from .chat import expand, strip_markup
from .index import Index, Query
from .model import Fact, FactBase
from .quantities import WEEKDAYS, Quantity, find_quantities, format_value, same_quantity
from .question import SYNONYMS
from .search import mentioned_entities, per_index
from .text import STOPWORDS, fold, stem, tokens

Verdict = Literal["supported", "contradicted", "not_covered"]  # a claim's; the answer adds "mixed"
MAX_CLAIMS = 10
MAX_CHARS = 2000
SUPPORT_SHARE = 0.7  # the fact must carry this share of the claim's words (by weight) to support it
CONTRA_SHARE = 0.6  # … and this share to contradict it, with every other detail agreeing

MARKS = {"supported": "✅", "contradicted": "❌", "not_covered": "➖"}

_LINK = re.compile(r"<?https?://\S+>?")
# Verify's own words for a prison sentence, beside the shared chat shorthand (chat.SHORTHAND).
_PRISON = re.compile(r"\bjailed\b|\bjail\b", re.IGNORECASE)


# Chat that carries no claim: laughter, hedges and tags people add around a statement.
_CHAT_FILLER = re.compile(
    r"\b(?:lol+|lmao+|rofl|haha\w*|hehe\w*|ngl|tbh|imo|imho|fyi|smh|btw|idk|iirc|afaik|fr|omg|wow|nice|"
    r"cool|bro|dude|guys|yo|ok(?:ay)?|so+|well|hmm+|um+|uh+|like(?=\s+(?:\$|rs|\d|about|around|nearly))|"
    r"literally|apparently|basically|just saying|i think|i heard|i read)\b"
    r"|[,\s]+(?:right|no|isn'?t it|correct|true|yes)\s*\?+\s*$",  # a tag question: "…8 ppl right?"
    re.IGNORECASE,
)
# Words that link a claim's parts without saying what it is about.
GENERIC = frozenset(stem(w) for w in """
    said say says saying told tell noted note stated state added claimed claim reported report according
    hit hits reached reach reaching got get gets put puts stood stand stands total totalled totaled came
    come went go going would will could may might currently now already still today actually really
    like just pretty around nearly about over more less than least almost approximately roughly some
    percent per cent number figure people ppl person thing things happen happened official officially
    new big huge also even that this those these there""".split())

# Changes in one direction and the other: a claim saying "rose" where the fact says "declined".
_UP = "increase increased increases rose rise rises risen raise raised raises grew grow grows growing up surge surged jump jumped higher expand expanded boost boosted".split()
_DOWN = "decrease decreased decreases fell fall falls fallen cut cuts reduce reduced reduces reduction decline declined declines drop dropped lower lowered down shrink shrank slashed".split()
DIRECTION = "~direction"
UP = frozenset(stem(w) for w in _UP)
DOWN = frozenset(stem(w) for w in _DOWN)

ROLE_WORDS = frozenset("""minister chairman chairperson chair president secretary general chief director
    spokesperson spokesman senator leader founder ceo governor head premier marshal lieutenant commander
    ambassador deputy vice advisor adviser treasurer speaker mayor judge officer""".split())
_ROLE_CLAIM = re.compile(
    r"^(?P<who>.+?)\s+(?:is|was|has been|had been|became|becomes|served as|serves as|remains|is now|was then)\s+"
    r"(?P<title>.+)$", re.IGNORECASE)
_TITLE_END = re.compile(r"\s+(?:when|while|who|which|that|during|in|at|since|until|on|from|for|and|but)\s+.*$|[,;].*$",
                        re.IGNORECASE)
_SPELLING = {"defence": "defense", "programme": "program", "organisation": "organization"}

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH = r"(?:{})\.?".format("|".join(sorted(MONTHS, key=len, reverse=True)))
_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b,?|(?P<m3>{_MONTH}))"
    rf"\s*,?\s*(?P<y>(?:19|20)\d\d)\b|\b(?P<yo>(?:19|20)\d\d)\b",
    re.IGNORECASE)
# Places people write that the base may not list as entities: a capitalised word after "in"/"at".
_PLACE_AFTER = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
GENERIC_PLACES = frozenset({"pakistan", "south-asia"})  # where everything in the base happens

# A sentence ends at . ! ? unless the dot belongs to an abbreviation or a number.
_SENTENCE_END = re.compile(r"[.!?]+(?:\s+|$)|\n+")
_ABBREVIATIONS = frozenset("rs lt gen mr ms mrs dr st no vs col maj capt jr sr inc co govt dept".split())
_AND_THAT = re.compile(r",?\s+and\s+that\s+", re.IGNORECASE)
_AND = re.compile(r",?\s+and\s+(?:also\s+)?", re.IGNORECASE)
_REPORT_VERB = re.compile(r"^(?P<head>.*?\b(?:said|says|say|noted|stated|claimed|told \w+|added|argued|announced|believes|thinks)\b(?:\s+that)?)\s+",
                          re.IGNORECASE)
VERBS = frozenset("""is was are were has had have met meets meet led leads lead called calls call said says say
    held holds hold introduced introduce imposed impose cut cuts reduced reduce raised raise put puts became
    become accused accuse defended defend praised praise promised promise urged urge ordered order directed
    direct wants wanted expressed express announced announce signed sign visited visit sold sell sells
    offered offer opened open employs employ owns own won win lost lose fell rose grew grows declined
    reached reach hit hits spoke speak told tell thanked thank described describe referred refer chaired
    attended attend stopped stop plans planned""".split())


@dataclass(frozen=True)
class _Part:
    """One claim: what is shown, and what is matched (a claim split off "X said A and that B" is
    matched as "X said B" but shown as the reader wrote it)."""

    shown: str
    matched: str


@dataclass
class _Check:
    verdict: Verdict
    facts: list[str] = field(default_factory=list)
    reason: str = ""
    conflict: bool = False
    # what a contradiction is about (figure | date | person | place | direction), and for a figure the
    # claim's and the fact's: the answer engine corrects a wrong figure in a yes/no question with it
    kind: str = ""
    figures: tuple[Quantity, Quantity] | None = None


@dataclass(frozen=True)
class _FactInfo:
    quantities: tuple[Quantity, ...]
    years: frozenset[int]  # years written in the fact's words, besides its own date
    persons: frozenset[str]
    places: frozenset[str]
    place_names: tuple[str, ...]


_INFO: weakref.WeakKeyDictionary[Index, _Infos] = weakref.WeakKeyDictionary()


# -- cleaning and splitting ---------------------------------------------------------------------------

def clean_chat(text: str) -> str:
    """The statement as the writer meant it: Discord markup, chat filler and shorthand removed."""
    text = strip_markup(_LINK.sub(" ", text))
    text = _CHAT_FILLER.sub(" ", text)
    text = expand(text)
    text = _PRISON.sub(lambda m: "in prison" if m.group(0).lower() == "jailed" else "prison", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"^[\s,.;:!?-]+|[\s,;:-]+$", "", re.sub(r"\s+", " ", text))
    return text


def split_claims(text: str) -> list[_Part]:
    """Sentences, and within a sentence the statements joined by "and that" or by "and" + a verb."""
    parts: list[_Part] = []
    for sentence in _sentences(text):
        sentence = sentence.strip(" ,;:-")
        if not sentence:
            continue
        pieces = _AND_THAT.split(sentence)
        if len(pieces) > 1:
            head = _REPORT_VERB.match(pieces[0])
            prefix = head.group("head") if head else ""
            parts.append(_Part(pieces[0], pieces[0]))
            for piece in pieces[1:]:
                parts.append(_Part(piece, f"{prefix} {piece}".strip()))
            continue
        parts.extend(_split_and(sentence))
    return [p for p in parts if _checkable(p.matched)]


def _sentences(text: str) -> list[str]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        before = re.search(r"(\w+)$", text[start:m.start()])
        if m.group().startswith(".") and before and before.group(1).lower() in _ABBREVIATIONS:
            continue
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return out


def _split_and(sentence: str) -> list[_Part]:
    """"A had six members and met B in Lahore" is two claims; "A welcomed and appreciated B" is one."""
    pieces = _AND.split(sentence)
    if len(pieces) < 2:
        return [_Part(sentence, sentence)]
    out = [pieces[0]]
    for piece in pieces[1:]:
        first = piece.split(" ", 1)[0].lower()
        left_words = out[-1].split()
        left_has_verb = any(_is_verb(w) for w in left_words[1:-1])
        right_words = piece.split()
        if left_has_verb and len(right_words) >= 2 and (_is_verb(first)
                                                       or any(_is_verb(w) for w in right_words[1:3])):
            out.append(piece)
        else:
            out[-1] = f"{out[-1]} and {piece}"
    if len(out) == 1:
        return [_Part(sentence, sentence)]
    parts = [_Part(out[0], out[0])]
    subject = _subject(out[0])
    for piece in out[1:]:
        first = piece.split(" ", 1)[0].lower()
        parts.append(_Part(piece, f"{subject} {piece}" if _is_verb(first) and subject else piece))
    return parts


def _is_verb(word: str) -> bool:
    w = word.lower().strip(",.;:")
    return w in VERBS or (len(w) > 4 and w.endswith("ed") and w not in ("need", "speed", "based", "red"))


def _subject(clause: str) -> str:
    words = clause.split()
    for i, w in enumerate(words):
        if i and _is_verb(w):
            return " ".join(words[:i])
    return ""


def _checkable(text: str) -> bool:
    words = [w for w in tokens(text) if w not in STOPWORDS and stem(w) not in GENERIC]
    return len(words) >= 2 or bool(words and find_quantities(text))


# -- facts, each prepared once per index, when a claim is first checked against it ----------------------

class _Infos(dict[str, "_FactInfo"]):
    """Each fact's figures, years, people and places, worked out the first time a claim is checked
    against that fact: a claim is compared with the few facts that share its words, and the answer
    engine checks claims too, where a walk over a large base would be one question's cost."""

    def __init__(self, index: Index) -> None:
        super().__init__()
        self.index = index

    def __missing__(self, fid: str) -> _FactInfo:
        self[fid] = info = _fact_info(self.index, self.index.base.facts[fid])
        return info


def _facts_info(index: Index) -> _Infos:
    cached = _INFO.get(index)
    if cached is None:
        cached = _INFO[index] = _Infos(index)
    return cached


@per_index
def _names_table(index: Index) -> tuple[dict[tuple[str, ...], tuple[str, ...]], int]:
    """The people and places by the token runs of the names that stand for each alone, and the longest
    run: a fact's text is read for names in one pass over its words, not once per entity."""
    table: dict[tuple[str, ...], list[str]] = {}
    for e in index.base.entities.values():
        if e.type in ("person", "place") and not e.unnamed:
            for n in _unique_names(index, e.id):
                if key := tuple(tokens(n)):
                    table.setdefault(key, []).append(e.id)
    return {k: tuple(dict.fromkeys(v)) for k, v in table.items()}, max(map(len, table), default=0)


def _fact_info(index: Index, fact: Fact) -> _FactInfo:
    base = index.base
    text = f"{fact.says} {fact.source.quote}"
    quantities = tuple(q for q in _figures(fact.says) + _figures(fact.source.quote) if q.unit != "year")
    years = frozenset(int(q.value) for q in find_quantities(text) if q.unit == "year")
    involved = [base.entities[e] for e in fact.entity_ids() if e in base.entities]
    words = tokens(text)
    table, longest = _names_table(index)
    named_ids = {eid for i in range(len(words)) for n in range(1, longest + 1) if i + n <= len(words)
                 for eid in table.get(tuple(words[i:i + n]), ())}
    named = [base.entities[e] for e in named_ids]
    persons = frozenset(e.id for e in [*involved, *named] if e.type == "person")
    places = frozenset(e.id for e in [*involved, *named] if e.type == "place" and e.id not in GENERIC_PLACES)
    place_names = tuple(base.entities[p].name for p in sorted(places))
    return _FactInfo(quantities, years, persons, places, place_names)


def _unique_names(index: Index, eid: str) -> list[str]:
    """Names that stand for this entity alone ("Sharif" is two people, so it is not one of them)."""
    ent = index.base.entities[eid]
    out = []
    for name in ent.names:
        parts = [t for t in tokens(name) if t not in STOPWORDS]
        if not parts:
            continue
        if len(parts) == 1 and len(index.person_name_tokens.get(parts[0], ())) > 1:
            continue
        out.append(name)
    return out


# -- one claim ------------------------------------------------------------------------------------------

@dataclass
class _Claim:
    text: str
    terms: dict[str, float]  # stemmed term -> weight
    unknown: float  # weight of words the base never uses
    quantities: list[Quantity]
    dates: list[tuple[int, int | None, int | None]]  # (year, month, day)
    persons: list[str]  # in the order written
    places: list[str]  # entity ids
    place_words: list[str]  # capitalised places the base does not know
    direction: str | None


_MEASURE_UNITS = frozenset({"percent", "USD", "PKR", "EUR", "GBP", "CNY", "year", None})


def _figures(text: str) -> list[Quantity]:
    """Figures and years in a text, without the day of a date ("10 July 2025" is not ten of anything)."""
    spans = [m.span() for m in _DATE.finditer(text) if not m.group("yo")]
    return [q for q in find_quantities(text)
            if q.unit == "year" or not any(s <= q.start < e for s, e in spans)]


def _parse(index: Index, text: str) -> _Claim:
    base = index.base
    quantities = _figures(text)
    dates = _dates(text)
    figures = [q for q in quantities if q.unit != "year"]
    bare = text
    for q in sorted(quantities, key=lambda q: -q.start):  # a counted noun's words stay: they say what is counted
        bare = bare[:q.start] + " " + bare[q.figure_end if q.unit not in _MEASURE_UNITS else q.end:]
    bare = _DATE.sub(" ", bare)
    query = Query.parse(bare)
    mentions = mentioned_entities(index, query.words)
    persons: list[str] = []
    places: list[str] = []
    name_words: set[str] = set()
    for m in sorted(mentions, key=lambda m: m.start):
        people = {e.id for e in m.entities if e.type == "person"}
        if len(people) == 1:  # "Khurram Dastgir" names him, even if a meeting's title also has the words
            persons.append(people.pop())
            name_words.update(m.words)
        elif m.entities and all(e.type == "place" for e in m.entities):
            places.extend(e.id for e in m.entities[:1] if e.id not in GENERIC_PLACES)
            name_words.update(m.words)
    place_words = []
    for pm in _PLACE_AFTER.finditer(text):
        word = pm.group("place")
        key = fold(word)
        if key in index.exact or any(fold(n) == key for p in places for n in base.entities[p].names):
            continue
        if key in MONTHS or stem(key) in index.postings:
            continue
        place_words.append(word)
        name_words.update(tokens(word))
    terms: dict[str, float] = {}
    unknown = 0.0
    direction = None
    max_idf = max(index.idf.values(), default=1.0)
    for word in query.words:
        if word in name_words or word in MONTHS or word in WEEKDAYS:
            continue
        term = stem(_SPELLING.get(word, word))
        if term in GENERIC or word in GENERIC:
            continue
        if term in UP or term in DOWN:
            direction = "up" if term in UP else "down"
            terms[DIRECTION] = 2.0  # "rose" and "declined" are the same measure; which way is a detail
            continue
        known = index.known_term(term) if len(term) > 2 else (term if term in index.postings else None)
        if known is None:
            known = next((t for t in sorted(SYNONYMS.get(term, ())) if t in index.postings), None)
        if known is None:
            unknown += max_idf * 0.8
            continue
        terms[known] = max(terms.get(known, 0.0), index.idf.get(known, 1.0))
    for pid in persons:  # the people named are part of the subject, weighed lightly
        terms.setdefault(f"@{pid}", 0.5)
    return _Claim(text, terms, unknown, figures, dates, persons, places, place_words, direction)


def _dates(text: str) -> list[tuple[int, int | None, int | None]]:
    out: list[tuple[int, int | None, int | None]] = []
    for m in _DATE.finditer(text):
        if m.group("yo"):
            out.append((int(m.group("yo")), None, None))
            continue
        month = (m.group("m1") or m.group("m2") or m.group("m3")).lower().rstrip(".")
        day = m.group("d1") or m.group("d2")
        out.append((int(m.group("y")), MONTHS.get(month), int(day) if day else None))
    return out


# How claims word a figure's verb versus how reporters do, beside the answer engine's synonyms.
_CLAIM_SYNONYMS = ("surpass pass exceed cross top reach hit", "sell sold seller sellers listed available",
                   "member members people strong", "hold holds have has account accounts share")
_EXTRA: dict[str, frozenset[str]] = {}
for _group in _CLAIM_SYNONYMS:
    _stems = frozenset(stem(w) for w in _group.split())
    for _s in _stems:
        _EXTRA[_s] = _EXTRA.get(_s, frozenset()) | _stems


@lru_cache(maxsize=1024)
def _alts(term: str) -> frozenset[str]:
    return frozenset(SYNONYMS.get(term, frozenset()) | _EXTRA.get(term, frozenset()) | {term})


def _share(index: Index, claim: _Claim, fid: str, info: _FactInfo) -> float:
    total = sum(claim.terms.values()) + claim.unknown
    if not total:
        return 0.0
    have = index.fact_terms[fid]
    own = index.text_terms[fid]
    got = 0.0
    for term, weight in claim.terms.items():
        if term.startswith("@"):
            got += weight if term[1:] in info.persons else 0.0
        elif term == DIRECTION:
            got += weight if not (UP | DOWN).isdisjoint(own) else 0.0
        elif not _alts(term).isdisjoint(own):
            got += weight
        elif not _alts(term).isdisjoint(have):
            got += weight * 0.6  # only an entity's name or keyword carries it, not the fact's own words
    return got / total


@dataclass
class _Compare:
    agree: int = 0
    disagree: list[str] = field(default_factory=list)  # reasons, one per differing detail
    unaddressed: int = 0
    kinds: list[str] = field(default_factory=list)  # what each reason is about, in the same order
    figures: tuple[Quantity, Quantity] | None = None  # the claim's figure and the fact's, when one differs


def _compare(index: Index, claim: _Claim, fact: Fact, info: _FactInfo) -> _Compare:
    base = index.base
    out = _Compare()
    publisher = base.articles[fact.source.article].publisher
    # figures
    used: set[int] = set()
    for q in claim.quantities:
        same = [i for i, f in enumerate(info.quantities) if same_quantity(q, f) and _fits(q, f)]
        if same:
            out.agree += 1
            used.update(same[:1])
            continue
        other = [f for i, f in enumerate(info.quantities) if i not in used and _family(q) == _family(f)
                 and (_family(q) != "count" or not q.unit or not f.unit or _count_compatible(q, f))]
        if not other and q.unit is None:  # "parcel limit 1000?": a bare figure against the fact's money
            other = [f for i, f in enumerate(info.quantities) if i not in used and _fits(q, f)]
        if other:
            fq = other[-1] if _after_to(claim.text, q) else other[0]
            out.disagree.append(f"{publisher} says {fq.label() if fq.approx else _as_written(fq)}, "
                                f"not {_as_written(q)}.")
            out.kinds.append("figure")
            out.figures = out.figures or (q, fq)
        else:
            out.unaddressed += 1
    # dates
    for year, month, day in claim.dates:
        when = fact.when
        years = set(info.years)
        if when and when.the_year:
            years.add(when.the_year)
        if not years:
            out.unaddressed += 1
            continue
        if year not in years:
            shown = _year_shown(info, fact)
            out.disagree.append(f"{publisher} gives {shown}, not {_date_label(year, month, day)}.")
            out.kinds.append("date")
            continue
        if month and when and (when.date or when.month) and year == when.the_year:
            fact_month = when.date.month if when.date else int(when.month[5:7])  # type: ignore[index]
            if fact_month != month or (day and when.date and when.date.day != day):
                out.disagree.append(f"{publisher} gives {when.label()}, not {_date_label(year, month, day)}.")
                out.kinds.append("date")
                continue
        out.agree += 1
    # people
    if claim.persons:
        missing = [p for p in claim.persons if p not in info.persons]
        others = sorted(info.persons - set(claim.persons))
        if not missing:
            out.agree += 1
        elif others and len(missing) < len(claim.persons) + (1 if len(claim.persons) == 1 else 0):
            names = " and ".join(base.entities[p].name for p in others[:2])
            wrong = " and ".join(base.entities[p].name for p in missing)
            out.disagree.append(f"{publisher} names {names}, not {wrong}.")
            out.kinds.append("person")
        else:
            out.unaddressed += 1
        swapped = _swapped(index, claim, fact) if len(claim.persons) >= 2 and not missing else None
        if swapped:
            out.disagree.append(f"{publisher} says it was {swapped[0]}, not {swapped[1]}.")
            out.kinds.append("person")
    # place
    wanted = claim.places + claim.place_words
    if wanted:
        if any(p in info.places for p in claim.places):
            out.agree += 1
        elif info.places:
            where = " and ".join(info.place_names)
            out.disagree.append(f"{publisher} gives {where}, not {', '.join(_place_name(base, p) for p in wanted)}.")
            out.kinds.append("place")
        else:
            out.unaddressed += 1
    # direction
    if claim.direction:
        own = set(index.text_terms[fact.id])
        if claim.direction == "up" and own & DOWN and not own & UP:
            out.disagree.append(f"{publisher} reports a fall, not a rise.")
            out.kinds.append("direction")
        elif claim.direction == "down" and own & UP and not own & DOWN:
            out.disagree.append(f"{publisher} reports a rise, not a fall.")
            out.kinds.append("direction")
    return out


def _swapped(index: Index, claim: _Claim, fact: Fact) -> tuple[str, str] | None:
    """Who did what to whom: "Asim Munir accused Imran Khan" against a fact saying "Imran Khan
    accused … Asim Munir" — the same two names around the same verb, in the other order."""
    a, b = (index.base.entities[p] for p in claim.persons[:2])
    says = f" {' '.join(tokens(fact.says))} "
    claim_line = f" {' '.join(tokens(claim.text))} "

    def at(line: str, ent: object) -> tuple[int, int]:
        for name in _unique_names(index, ent.id):  # type: ignore[attr-defined]
            key = f" {' '.join(tokens(name))} "
            i = line.find(key)
            if i >= 0:
                return i, i + len(key)
        return -1, -1

    (ca, ca_end), (cb, _) = at(claim_line, a), at(claim_line, b)
    (fa, _), (fb, fb_end) = at(says, a), at(says, b)
    if min(ca, cb, fa, fb) < 0 or not (ca < cb and fb < fa):
        return None
    claim_verbs = {stem(w) for w in claim_line[ca_end:cb].split()} - {stem(w) for w in STOPWORDS}
    fact_verbs = {stem(w) for w in says[fb_end:fa].split()}
    return (b.name, a.name) if claim_verbs & fact_verbs else None


_MONEY = frozenset({"USD", "PKR", "EUR", "GBP", "CNY"})


def _family(q: Quantity) -> str:
    if q.unit in _MONEY or q.unit in ("percent", "year"):
        return q.unit
    return "count"


def _fits(claimed: Quantity, found: Quantity) -> bool:
    """Whether a claim's figure is of the fact's kind: the same family, or a bare number against a sum of
    money ("the parcel limit is 1000 now?": the rupees the reader leaves unsaid, as the sources' Rs500 is)."""
    return _family(claimed) == _family(found) or (claimed.unit is None and _family(found) in _MONEY)


def _count_compatible(a: Quantity, b: Quantity) -> bool:
    """People, members and persons count the same things; sellers and products do not."""
    humans = {"people", "members", "persons", "delegates"}
    return a.unit == b.unit or (a.unit in humans and b.unit in humans)


def _after_to(text: str, q: Quantity) -> bool:
    return bool(re.search(r"\b(?:to|into)\s*$", text[:q.start]))


def _as_written(q: Quantity) -> str:
    if q.unit not in _MEASURE_UNITS and "-" in q.text:  # "a six-member" reads back as "6 members"
        return format_value(q.value, q.unit)
    return re.sub(r"^an?\s+", "", q.text.strip()) if q.text else format_value(q.value, q.unit)


def _year_shown(info: _FactInfo, fact: Fact) -> str:
    if info.years:
        return " and ".join(str(y) for y in sorted(info.years))
    return fact.when.label() if fact.when else ""


def _date_label(year: int, month: int | None, day: int | None) -> str:
    if not month:
        return str(year)
    name = next(m for m, i in MONTHS.items() if (i == month and len(m) > 3) or (i == month and m == "may"))
    return f"{day} {name.title()} {year}" if day else f"{name.title()} {year}"


def _place_name(base: FactBase, place: str) -> str:
    return base.entities[place].name if place in base.entities else place


def check_claim(index: Index, text: str, *, most: int | None = None) -> _Check:
    """The verdict on one claim, with the facts that decide it. `most`: a claim sharing words with more
    facts than that is not covered (the answer engine's bound, for a question's time on a large base)."""
    claim = _parse(index, text)
    role = _check_role(index, claim, text)
    if role is not None:
        return role
    info_all = _facts_info(index)
    pool: set[str] = set()
    for term in claim.terms:
        if term == DIRECTION:
            continue
        if term.startswith("@"):
            pool.update(index.base.by_entity.get(term[1:], ()))
            continue
        for alt in _alts(term):
            pool.update(index.postings.get(alt, ()))
    if most is not None and len(pool) > most:
        return _Check("not_covered", [], "The sources do not cover this.")
    supports: list[tuple[float, str]] = []
    contradicts: list[tuple[tuple[int, int, float], str, str, _Compare]] = []
    for fid in pool:
        info = info_all[fid]
        share = _share(index, claim, fid, info)
        if share < CONTRA_SHARE:
            continue
        fact = index.base.facts[fid]
        cmp = _compare(index, claim, fact, info)
        if not cmp.disagree and not cmp.unaddressed and share >= SUPPORT_SHARE and not rate_for_share(text, fact):
            supports.append((share, fid))
        elif len(cmp.disagree) == 1 and not cmp.unaddressed and (cmp.agree or share >= SUPPORT_SHARE):
            contradicts.append(((-cmp.agree, cmp.unaddressed, -share), fid, cmp.disagree[0], cmp))
    if supports:
        supports.sort(key=lambda s: (-s[0], s[1]))
        best = supports[0][0]
        ids = [fid for share, fid in supports if share >= best - 0.1][:3]
        conflict = [c for c in contradicts if any(c[1] in index.base.facts[f].conflicts_with for f in ids)]
        if conflict:
            other = re.sub(r", not .*$", ".", conflict[0][2])
            return _Check("supported", [*ids, conflict[0][1]], f"The sources disagree: {other}", True)
        return _Check("supported", ids)
    if contradicts:
        contradicts.sort(key=lambda c: (c[0], c[1]))
        key, fid, reason, decided = contradicts[0]
        # where the sources disagree with each other, a claim one of them supports is supported,
        # and the line says the other source differs
        for other in index.base.facts[fid].conflicts_with:
            info = info_all[other]
            cmp = _compare(index, claim, index.base.facts[other], info)
            if not cmp.disagree and not cmp.unaddressed and cmp.agree and \
                    _share(index, claim, other, info) >= CONTRA_SHARE * 0.75:
                return _Check("supported", [other, fid], f"The sources disagree: {reason}", True)
        same = [c[1] for c in contradicts[1:] if c[0] == key and c[2] == reason][:1]
        return _Check("contradicted", [fid, *same], reason, kind=decided.kinds[0],
                      figures=decided.figures if decided.kinds[0] == "figure" else None)
    return _Check("not_covered", [], "The sources do not cover this.")


# a figure given as a share ("5% *of* retail") and as a rate ("a 5% income tax"), whole (not the 5 in "15%")
_SHARE_OF = re.compile(r"(?<![\d.,])(\d[\d.,]*)\s*(?:%|percent|per cent)\s+of\b", re.I)
_RATE = re.compile(r"(?<![\d.,])(\d[\d.,]*)\s*(?:%|percent|per cent)\s+(?!of\b)", re.I)


def rate_for_share(text: str, fact: Fact) -> bool:
    """"E-commerce is 5% *of* Pakistan's retail": a share claimed, which a fact giving the same figure as
    a rate ("a 5% fixed income tax on digital retailers") does not support, however many words they share."""
    claimed = {m[1] for m in _SHARE_OF.finditer(text)}
    if not claimed:
        return False
    rates = {m[1] for m in _RATE.finditer(fact.says)} - {m[1] for m in _SHARE_OF.finditer(fact.says)}
    return not claimed.isdisjoint(rates)


def _check_role(index: Index, claim: _Claim, text: str) -> _Check | None:
    """"X is/was <title>": compared with every role the sources give X."""
    m = _ROLE_CLAIM.match(text)
    if not m or len(claim.persons) < 1:
        return None
    title = _TITLE_END.sub("", m.group("title")).strip()
    title_words = [_SPELLING.get(w, w) for w in tokens(title)]
    if not ROLE_WORDS.intersection(title_words) or len(title_words) > 8:
        return None
    who_words = tokens(m.group("who"))
    person = claim.persons[0]
    ent = index.base.entities[person]
    if not any(w in who_words for n in ent.names for w in tokens(n)):
        return None
    roles = [index.base.facts[f] for f in index.base.by_entity.get(person, ())
             if index.base.facts[f].kind == "role" and index.base.facts[f].about[0] == person]
    if not roles:
        return None
    place_or_org = {w for e in index.base.entities.values() if e.type in ("place", "organisation", "body")
                    for n in e.names for w in tokens(n)}
    wanted = [w for w in title_words if w not in STOPWORDS and w not in place_or_org] or \
             [w for w in title_words if w not in STOPWORDS]
    orgs = [w for w in title_words if w in place_or_org and w not in STOPWORDS
            and w not in ("pakistan", "pakistani", "country")]
    best: list[Fact] = []
    for fact in roles:
        org = index.base.entities.get(str(fact.role.get("org") or ""))
        have = set(tokens(f"{fact.role.get('title', '')} {fact.says}"))
        have = {_SPELLING.get(w, w) for w in have}
        org_words = set(tokens(" ".join(org.names))) if org else set()
        if all(w in have for w in wanted) and all(w in have or w in org_words for w in orgs):
            best.append(fact)
    if best:
        return _Check("supported", [f.id for f in best[:2]])
    titles = sorted({str(f.role.get("title")) for f in roles if f.role.get("title")})
    shown = " and ".join(titles[:3])
    publisher = "The sources give" if len(roles) > 1 else \
        f"{index.base.articles[roles[0].source.article].publisher} gives"
    title = re.sub(r"^(?:the|an?)\s+", "", title, flags=re.IGNORECASE)
    return _Check("contradicted", [f.id for f in roles[:3]],
                  f"{publisher} {ent.name} as {shown}, not {title}.")


# -- the whole text -------------------------------------------------------------------------------------

def verify(base: FactBase, index: Index, text: str) -> Answer:
    """Check every claim in `text` (at most MAX_CLAIMS; text past MAX_CHARS is cut, and said so)."""
    notes: list[str] = []
    raw = text or ""
    if len(raw) > MAX_CHARS:
        raw = raw[:MAX_CHARS]
        notes.append(f"Only the first {MAX_CHARS:,} characters were checked.")
    cleaned = clean_chat(raw)
    parts = split_claims(cleaned)
    if not parts:
        return Answer(status="not_found", title="Nothing to check",
                      note=" ".join([*notes, "There is no statement in that message the sources could confirm "
                                     "or contradict."]),
                      command="verify", query=text, base=base, verdict="not_covered")
    if len(parts) > MAX_CLAIMS:
        notes.append(f"{len(parts) - MAX_CLAIMS} more claim(s) were skipped (at most {MAX_CLAIMS} per request).")
        parts = parts[:MAX_CLAIMS]
    claims: list[Claim] = []
    lines: list[Line] = []
    for part in parts:
        check = check_claim(index, part.matched)
        claims.append(Claim(part.shown, check.verdict, tuple(check.facts), check.reason))
        reason = f" — {check.reason}" if check.reason else ""
        lines.append(Line(f"{MARKS[check.verdict]} {part.shown}{reason}", tuple(check.facts), check.conflict))
    verdicts = {c.verdict for c in claims}
    verdict = verdicts.pop() if len(verdicts) == 1 else "mixed"
    counts = {v: sum(c.verdict == v for c in claims) for v in MARKS}
    summary = ", ".join(f"{n} {v.replace('_', ' ')}" for v, n in counts.items() if n)
    return Answer(
        status="not_found" if verdict == "not_covered" else "answer",
        title=f"Checked against the sources: {summary}",
        sections=(Section("", tuple(lines)),),
        note=" ".join(notes),
        command="verify",
        query=text,
        base=base,
        verdict=verdict,
        claims=tuple(claims),
    )
