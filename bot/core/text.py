"""Text normalisation shared by the validator, the index and the answer builders.

Two different notions of "the same text" live here on purpose: quotes are compared almost
literally (only whitespace, typographic quotes and dashes are forgiven, so a quote really is the
article's words), while search keys fold case, accents and punctuation the way a reader types.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTE_TABLE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u2212": "-", "\u00a0": " ",
    }
)
_WS = re.compile(r"\s+")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]")


def quote_key(text: str) -> str:
    """Normalise for quote verification: whitespace, typographic quotes and dashes only."""
    return _WS.sub(" ", text.translate(_QUOTE_TABLE)).strip()


def fold(text: str) -> str:
    """Fold a string the way readers type it: no case, accents, punctuation or invisible marks."""
    text = _INVISIBLE.sub("", text)
    if not text.isascii():  # the common case skips decomposition entirely
        text = unicodedata.normalize("NFKD", text)
        if any(unicodedata.combining(ch) for ch in text):
            text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().translate(_QUOTE_TABLE)
    text = text.replace("'s ", " ").replace("'", "")
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)  # 300,000 -> 300000
    text = re.sub(r"[^\w%$.]+|(?<!\d)\.|\.(?!\d)|_", " ", text)
    return _WS.sub(" ", text).strip()


YEAR = re.compile(r"^(?:19|20)\d\d$")
NUMBER = re.compile(r"^\$?\d[\d.]*%?$")

STOPWORDS = frozenset(
    """a an the of in on at to for from by with and or but about as into over under than then that this
    these those there their its it is are was were be been being am has have had do does did done will
    would shall should can could may might must not no nor so such very too also just only any some all
    each both more most other own same i me my we our you your he him his she her they them what which
    who whom whose when where why how whats whos wheres hows s if up out via per vs versus tell please
    show give list find explain describe know anything something everything according say says said
    didnt doesnt dont isnt wasnt werent arent cant wont hasnt havent hadnt wouldnt couldnt shouldnt
    wat wht""".split()
)

QUESTION_WORDS = frozenset(["what", "which", "who", "whom", "whose", "when", "where", "why", "how", "wat", "wht"])


_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")


def kept_acronyms(text: str) -> frozenset[str]:
    """Capitalised acronyms that fold to a stopword ("IT" minister): they are words, not filler."""
    return frozenset(a.casefold() for a in _ACRONYM.findall(text) if a.casefold() in STOPWORDS)


def content_words(text: str) -> list[str]:
    """Folded tokens without stopwords, keeping acronyms such as "IT" that fold to one."""
    keep = kept_acronyms(text)
    return [t for t in tokens(text) if t not in STOPWORDS or t in keep]


def tokens(text: str) -> list[str]:
    """Folded word tokens, numbers kept whole (so "Rs5,000" stays a searchable "rs5000")."""
    return [t for t in fold(text).split(" ") if t]


_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er", "es", "ed", "s", "ly")


def stem(token: str) -> str:
    """A deliberately small suffix stripper: "taxes"→"tax", "visited"→"visit", "visiting"→"visit".

    A full stemmer would conflate more than readers do; this keeps names and numbers intact.
    """
    if len(token) <= 3 or not token.isalpha():
        return token
    for suffix in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            if suffix == "s" and token.endswith(("ss", "us", "is")):
                return token
            base = token[: -len(suffix)]
            if suffix in ("ies", "ied"):
                return base + "y"
            if suffix == "es" and not base.endswith(("s", "x", "z", "ch", "sh")):
                return token[:-1] if token.endswith("es") and base[-1:] == "e" else base + "e"
            if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]
            return base
    return token


def truncate(text: str, limit: int) -> str:
    """Cut to at most `limit` characters at a word boundary, marking the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - 1)]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"
