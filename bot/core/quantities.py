"""Numbers with units, found in free text and brought into one vocabulary.

Readers and reporters write the same figure many ways: "18%", "18 per cent"; "Rs 500", "PKR 500",
"500 rupees"; "$1bn", "USD 1 billion", "1 billion dollars"; "5k", "5,000"; "a six-member team".
Checking a claim against a fact, or matching a query to one, needs them to be the same quantity,
and a figure's *precision* matters as much as its value: "about 300,000" is a round number and
supports "300k", while "Rs5,000" does not support "Rs5,400".

No library is used. `number-parser` and `price-parser` each cover one slice (number words; a price
and its currency) but neither keeps qualifiers ("nearly", "over half") or precision, neither knows
lakh and crore, and together they would be two dependencies for ~250 lines of rules that must agree
with each other anyway. This module is pure: no I/O, no imports from the rest of the bot.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .memo import per_request

# -- vocabulary -----------------------------------------------------------------------------------

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a dozen": 12, "dozen": 12,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "k": 1_000, "lakh": 100_000, "lakhs": 100_000, "lac": 100_000,
    "million": 1_000_000, "mn": 1_000_000, "m": 1_000_000, "crore": 10_000_000, "crores": 10_000_000,
    "cr": 10_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
    "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000,
    "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
}
# Fractions are shares: "over half of transactions" is the same measure as "over 50%".
FRACTIONS = {"half": 50.0, "a half": 50.0, "a third": 100 / 3, "third": 100 / 3, "a quarter": 25.0,
             "quarter": 25.0, "two thirds": 200 / 3, "two-thirds": 200 / 3, "three quarters": 75.0,
             "three-quarters": 75.0}

# Qualifiers, folded to six words: what a figure claims about the true value.
QUALIFIERS = {
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "just shy of": "nearly", "approaching": "nearly",
    "about": "about", "around": "about", "approximately": "about", "approx": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "circa": "about", "~": "about",
    "over": "over", "more than": "over", "above": "over", "upwards of": "over", "in excess of": "over",
    "exceeding": "over", "just over": "over", "beyond": "over",
    "less than": "under", "under": "under", "below": "under", "fewer than": "under",
    "at least": "at least", "no less than": "at least",
    "up to": "up to", "as many as": "up to", "as much as": "up to", "at most": "up to",
}

CURRENCY_BEFORE = {
    "$": "USD", "us$": "USD", "usd": "USD", "us $": "USD", "rs": "PKR", "rs.": "PKR", "pkr": "PKR",
    "pk rs": "PKR", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "rmb": "CNY", "cny": "CNY",
    "¥": "CNY", "yuan": "CNY",
}
CURRENCY_AFTER = {
    "dollars": "USD", "dollar": "USD", "usd": "USD", "us dollars": "USD", "rupees": "PKR",
    "rupee": "PKR", "pkr": "PKR", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "yuan": "CNY",
    "rmb": "CNY",
}
PERCENT_AFTER = ("%", "percent", "per cent", "pc", "percentage points", "per-cent")

# Nouns that count people are one unit: "300,000 Pakistanis" and "300,000 people" are both people.
PEOPLE = frozenset("people persons individuals pakistanis citizens residents nationals".split())
COUNT_NOUNS = frozenset(
    """members sellers products users businesses companies firms smes years months days weeks times
    jobs visitors customers merchants parcels orders transactions delegates officials vendors
    shoppers buyers brands platforms countries cities stores shops items goods participants
    employees workers students markets hours minutes""".split()
)
MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # date.weekday() order
WEEKDAYS = frozenset(WEEKDAY_NAMES)

_NUM = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_WORD_NUMS = sorted((k for k in SMALL if " " not in k), key=len, reverse=True)
_WORD_NUM = r"(?:{})".format("|".join(_WORD_NUMS))
_WORD_SEQ = rf"(?:a\s+)?{_WORD_NUM}(?:(?:\s*-\s*|\s+(?:and\s+)?){_WORD_NUM})*"
_SCALE = r"(?:{})".format("|".join(sorted((re.escape(k) for k in SCALES), key=len, reverse=True)))
_CUR_BEFORE = r"(?:us\s?\$|\$|usd|rs\.?|pkr|€|eur|£|gbp|rmb|cny|¥)"
_QUAL = r"(?:{})".format("|".join(sorted((re.escape(k) for k in QUALIFIERS), key=len, reverse=True)))

# One pattern finds a figure's core: [qualifier] [currency] number [scale]; what follows (percent,
# currency words, a counted noun) is read by hand, as it needs look-ahead over words.
_CORE = re.compile(
    rf"(?<![\w.$])(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?:(?P<cur>{_CUR_BEFORE})\s?)?"
    rf"(?:(?P<num>{_NUM})|(?P<words>{_WORD_SEQ})|(?P<frac>(?:a\s+)?(?:half|third|quarter)|two[\s-]thirds|three[\s-]quarters))"
    rf"(?:\s?(?P<scale>{_SCALE})(?![\w]))?"
    rf"(?:\s+(?P<scale2>{_SCALE})(?![\w]))?",
    re.IGNORECASE,
)
_AFTER_WORD = re.compile(r"\s*-?\s*([A-Za-z%][A-Za-z]*|%)")


@dataclass(frozen=True)
class Quantity:
    """A figure as written: `value` in base units (a share in percent, money in whole currency units),
    `unit` from one vocabulary (percent, PKR, USD, year, people, members, …), `approx` one of nearly /
    about / over / under / at least / up to, and `step` the place value of its last significant
    digit (26 million → 1,000,000; 1.80 → 0.01), which is how precise the writer was."""

    value: float
    unit: str | None
    approx: str | None
    text: str
    start: int
    end: int
    step: float = 1.0
    figure_end: int = -1  # where the number (and scale) ends and a counted noun's words begin

    def canonical(self) -> str:
        """One token per quantity, the same for every spelling: 18%, rs500, $1000000000, 6 members."""
        number = _plain_number(self.value)
        if self.unit == "percent":
            return f"{number}%"
        if self.unit == "PKR":
            return f"rs{number}"
        if self.unit == "USD":
            return f"${number}"
        if self.unit in (None, "year"):
            return number
        if self.unit in ("EUR", "GBP", "CNY"):
            return f"{self.unit.lower()}{number}"
        return f"{number} {self.unit}"

    def label(self) -> str:
        """The figure as a reader would say it back: "nearly 26 million", "$1 billion", "18%"."""
        prefix = f"{self.approx} " if self.approx else ""
        return prefix + format_value(self.value, self.unit)


def _plain_number(value: float) -> str:
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def format_value(value: float, unit: str | None) -> str:
    """A value in the way articles write it: 26 million, $1 billion, Rs5,000, 18%."""
    if unit == "year":
        return _plain_number(value)
    magnitude = ""
    shown = value
    for word, size in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if abs(value) >= size:
            shown, magnitude = value / size, f" {word}"
            break
    number = _plain_number(round(shown, 3)) if magnitude else f"{value:,.2f}".rstrip("0").rstrip(".")
    body = number + magnitude
    if unit == "percent":
        return f"{body}%"
    if unit == "USD":
        return f"${body}"
    if unit == "PKR":
        return f"Rs{body}"
    if unit in ("EUR", "GBP", "CNY"):
        return f"{unit} {body}"
    return f"{body} {unit}" if unit else body


def _words_value(text: str) -> float | None:
    """"twenty-six" → 26, "two hundred" → 200, "a dozen" → 12."""
    total = 0.0
    current = 0.0
    parts = re.split(r"[\s-]+", text.lower())
    if parts and parts[0] == "a":
        parts = parts[1:]
        if parts == ["dozen"]:
            return 12.0
    seen = False
    for part in parts:
        if part == "and" or not part:
            continue
        if part in SMALL:
            current += SMALL[part]
            seen = True
        elif part in SCALES:
            current = max(current, 1) * SCALES[part]
            if SCALES[part] >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _digits_step(num: str) -> float:
    """The place value of the last significant digit of a written number. Trailing zeros of a
    whole number count as round only from three on ("300,000", "5,000"), since "80%" and "20
    members" are meant exactly."""
    plain = num.replace(",", "")
    if "." in plain:
        return 10.0 ** -len(plain.split(".", 1)[1])
    zeros = len(plain) - len(plain.rstrip("0"))
    if plain.strip("0") == "":
        return 1.0
    return 10.0 ** zeros if zeros >= 3 else 1.0


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in `text`, left to right, with unit, qualifier and precision."""
    found: list[Quantity] = []
    for m in _CORE.finditer(text):
        q = _read(text, m)
        if q is not None:
            found.append(q)
    return found


@per_request
def quantities_in(text: str) -> tuple[Quantity, ...]:
    """`find_quantities` of a fact's sentence or quote, read once per request: the judges of one
    question (a figure's unit, money, a share, the value before a change) and its fallbacks' searches
    each read the same facts' figures again."""
    return tuple(find_quantities(text))


def _read(text: str, m: re.Match[str]) -> Quantity | None:
    num, words, frac = m.group("num"), m.group("words"), m.group("frac")
    cur = (m.group("cur") or "").lower().replace(" ", "")
    scale_words = [s.lower() for s in (m.group("scale"), m.group("scale2")) if s]
    end = m.end()
    unit: str | None = CURRENCY_BEFORE.get(cur) if cur else None
    if cur and unit is None:
        unit = "USD" if "$" in cur else None
    # a one-letter scale must touch the number ("5k", "$1m"), and "m"/"b" only with money: "5 m" is metres
    if scale_words and scale_words[0] in ("k", "m", "b") and m.group("scale") \
            and text[m.start("scale") - 1].isspace():
        end = m.start("scale")
        while end > m.start() and text[end - 1].isspace():
            end -= 1
        scale_words = []
    if num:
        if num.startswith(".") and not cur:
            return None
        value = float(num.replace(",", ""))
        step = _digits_step(num)
    elif words:
        got = _words_value(words)
        if got is None:
            return None
        value, step = got, 1.0
    else:
        value, step = FRACTIONS.get(re.sub(r"\s+", " ", frac.lower()), 50.0), 1.0
        if scale_words:  # "half a million" is not caught here; "half million" is
            value, step = 0.5 * SCALES[scale_words[0]], 0.5 * SCALES[scale_words[0]]
            scale_words = []
        else:
            unit = "percent"
    for s in scale_words:
        value *= SCALES[s]
        step *= SCALES[s]
    # what follows: percent, a currency word, or a counted noun (up to two adjectives before it)
    rest = text[end:]
    low = rest.lower()
    if unit is None:
        for p in PERCENT_AFTER:
            if low.lstrip().startswith(p) and not (p[-1].isalpha() and low.lstrip()[len(p):len(p) + 1].isalpha()):
                skip = len(rest) - len(rest.lstrip()) + len(p)
                if p == "%" or skip <= len(p) + 1:
                    unit, end = "percent", end + skip
                    break
    if unit is None or (unit in ("USD", "PKR") and not cur):
        for word, code in sorted(CURRENCY_AFTER.items(), key=lambda kv: -len(kv[0])):
            stripped = low.lstrip()
            if stripped.startswith(word) and not stripped[len(word):len(word) + 1].isalpha():
                unit, end = code, end + len(rest) - len(stripped) + len(word)
                break
    if unit is None:
        unit, end = _counted(text, end)
    qual = m.group("qual")
    approx = QUALIFIERS.get(re.sub(r"\s+", " ", qual.lower())) if qual else None
    start = m.start() if qual else m.start("cur") if m.group("cur") else m.start(
        "num" if num else "words" if words else "frac")
    if words and unit is None and not scale_words and not approx:
        lone = words.strip().lower()
        if lone in ("a", "one", "a dozen") or lone.startswith("a "):
            return None  # "one of", "a few": words only count with a unit or a scale
    if unit is None and not scale_words and num and not cur and _is_year(num):
        unit, step = "year", 1.0
    if num and unit is None and not scale_words and _is_day(text, end):
        return None  # "10 July": a date, read by the date parser
    figure_end = m.end("scale2") if m.group("scale2") else m.end("scale") if scale_words else m.end(
        "num" if num else "words" if words else "frac")
    return Quantity(value, unit, approx, text[start:end], start, end, step, figure_end)


def _counted(text: str, end: int) -> tuple[str | None, int]:
    """A counted noun right after the figure ("26 million people", "six-member team", "300,000
    locally made Pakistani products"): known nouns up to two words away, any plural right after."""
    pos = end
    for distance in range(4):
        wm = _AFTER_WORD.match(text, pos)
        if not wm:
            break
        word = wm.group(1).lower()
        if word in PEOPLE:
            return "people", wm.end()
        if word in COUNT_NOUNS or (word.rstrip("s") + "s" in COUNT_NOUNS and distance == 0 and text[pos] == "-"):
            return (word if word.endswith("s") else word + "s"), wm.end()
        if distance == 0 and word.endswith("s") and not word.endswith("ss") and len(word) > 3 \
                and word not in MONTHS and word not in _NOT_NOUNS:
            return word, wm.end()
        if word in MONTHS or word in _NOT_NOUNS:
            break
        pos = wm.end()
    return None, end


_NOT_NOUNS = frozenset(
    """is was has its this his as was us yes less plus thus does was this always perhaps whereas
    percent per cent and or of in on at to for from by with the a an than that which who""".split()
)


def _is_year(num: str) -> bool:
    """A plain 19xx/20xx with no unit, currency or scale is a year ("by 2030", "in 2020")."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", num))


def _is_day(text: str, end: int) -> bool:
    wm = _AFTER_WORD.match(text, end)
    return bool(wm and wm.group(1).lower() in MONTHS)


def same_quantity(a: Quantity, b: Quantity) -> bool:
    """Whether two figures say the same thing, within the precision the writers gave them.

    Units must agree (a missing unit agrees with any, since "26 million" and "26 million people"
    are the same figure in a sentence about people). Exact figures must agree to the finer one's
    precision; when either is qualified ("about 300,000", "nearly 26 million") or written round with
    a scale word, the coarser precision decides: "about 300,000" supports "300k", "nearly 26
    million" supports "25.8 million", but "Rs5,000" does not support "Rs5,400".
    """
    if a.unit and b.unit and a.unit != b.unit:
        return False
    if a.unit == "year" or b.unit == "year":
        return a.value == b.value
    if math.isclose(a.value, b.value, rel_tol=1e-9, abs_tol=1e-9):
        return True
    loose = a.approx or b.approx
    step = max(a.step, b.step) if loose else min(a.step, b.step)
    # however round the writing, a figure is never the same as one off by more than a sixth
    # ("up to Rs10,000" is not "Rs5,000", though both have one significant digit)
    tolerance = min(step / 2, max(abs(a.value), abs(b.value)) / 6)
    return abs(a.value - b.value) <= tolerance + 1e-9 * max(abs(a.value), abs(b.value))


_CANONICAL_UNITS = frozenset({"percent", "PKR", "USD", "EUR", "GBP", "CNY", "year", None})


def normalise_for_search(text: str) -> str:
    """Rewrite every figure into its canonical token so that "18 per cent" and "18%", "USD 1
    billion" and "$1bn", "six-member" and "6 members" share a token in a term index. Qualifier
    words are kept as written (they are stopwords to the index, but a reader's words all the same)."""
    out: list[str] = []
    pos = 0
    for q in find_quantities(text):
        out.append(text[pos:q.start])
        approx_len = 0
        if q.approx:
            qm = re.match(rf"{_QUAL}\s+", text[q.start:q.end], re.IGNORECASE)
            approx_len = qm.end() if qm else 0
            out.append(text[q.start:q.start + approx_len])
        if q.unit in _CANONICAL_UNITS:
            out.append(q.canonical())
            pos = q.end
        else:  # a counted noun keeps its words ("3m Pakistani sellers" → "3000000 Pakistani sellers")
            out.append(_plain_number(q.value))
            pos = q.figure_end
    out.append(text[pos:])
    return "".join(out)
