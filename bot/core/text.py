"""Text normalisation shared by the validator, the index and the answer builders.

Two different notions of "the same text" live here on purpose: quotes are compared almost
literally (only whitespace, typographic quotes and dashes are forgiven, so a quote really is the
article's words), while search keys fold case, accents and punctuation the way a reader types.
"""

from __future__ import annotations

import itertools
import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

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
    """Normalise for quote verification: whitespace, typographic quotes and dashes only.

    (`str.split` and the pattern's `\\s` know the same whitespace, so runs become one space by a split
    and a join, a third of the pattern's time; the table changes no ASCII character.)"""
    return " ".join((text if text.isascii() else text.translate(_QUOTE_TABLE)).split())


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")
_NOT_WORD = re.compile(r"[^\w%$.]+|(?<!\d)\.|\.(?!\d)|_")


_YEARS_OWN = re.compile(r"\b((?:19|20)\d\d)'s\b")


def fold(text: str) -> str:
    """Fold a string the way readers type it: no case, accents, punctuation or invisible marks.

    Building the index folds every fact's text several times: plain ASCII (the common case) has no
    invisible marks, accents or typographic quotes, and its casefold is its lower case."""
    if text.isascii():
        text = text.lower()
    else:
        text = _INVISIBLE.sub("", text)
        if not text.isascii():
            text = unicodedata.normalize("NFKD", text)
            if any(unicodedata.combining(ch) for ch in text):
                text = "".join(ch for ch in text if not unicodedata.combining(ch))
        text = text.casefold().translate(_QUOTE_TABLE)
    if "'" in text:
        text = text.replace("'s ", " ")
        if "'s" in text:  # a year's possessive goes before a "?" or at the end too: "the budget of 2025's?"
            text = _YEARS_OWN.sub(r"\1", text)
        text = text.replace("'", "")
    if "," in text:
        text = _THOUSANDS.sub("", text)  # 300,000 -> 300000
    # every run of anything else became one space: what is left to do is only the ends and the
    # spaces two neighbouring replacements leave (str.split's whitespace is the regex's \s)
    if text.isascii():  # the same by a table and the few dots: a third of the pattern's time
        text = text.translate(_ASCII_NOT_WORD)
        return " ".join((_dots(text) if "." in text else text).split())
    return " ".join(_NOT_WORD.sub(" ", text).split())


# what `_NOT_WORD` makes a space of in ASCII, but for the dots: anything but letters, digits, % and $
_ASCII_NOT_WORD = str.maketrans({chr(i): " " for i in range(128) if not (chr(i).isalnum() or chr(i) in "%$.")})


def _dots(text: str) -> str:
    """A dot kept only between two digits ("3.5"), else a space, as `_NOT_WORD` does."""
    parts = text.split(".")
    out = [parts[0]]
    for before, after in itertools.pairwise(parts):
        out.append("." if before[-1:].isdigit() and after[:1].isdigit() else " ")
        out.append(after)
    return "".join(out)


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
    wat wht between among amongst during within upon onto toward towards across throughout""".split()
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


_STEMMER = snowballstemmer.stemmer("english")
_STEM_LOCK = threading.Lock()  # a Snowball stemmer keeps its word in itself: two threads garble it


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """The Snowball (Porter2) stem of a folded word: "urged" and "urge", "taxes" and "tax",
    "visited" and "visiting" meet. Numbers, names with digits and short words are kept whole.

    Snowball rather than a hand-written suffix list: a home-made stripper conflated "offer" with
    "of" and split "urge" from "urged"; Snowball is the standard for English retrieval, and its Python
    package (snowballstemmer, maintained by the Snowball project) runs the compiled stemmers of
    PyStemmer when installed — the same stems at a tenth of the cost, and a start imports no
    pure-Python languages. A few words Snowball folds into another's stem get their own (SPLIT_STEMS).
    """
    if len(token) <= 3 or not token.isalpha():
        return token
    if token in SPLIT_STEMS:
        return SPLIT_STEMS[token]
    with _STEM_LOCK:
        return str(_STEMMER.stemWord(US_SPELLING.get(token, token)))


# Words Snowball folds into another word's stem though they mean something else, each group given a
# stem of its own: "important" is not "imports", "nationality" not "national (security)", "authorities"
# not an "author", "busy" not "business", "polite" not "political", "responsible" not a "response".
# Found by grouping the base's words and the 40,000 commonest English words by stem; only the groups a
# reader could ask about are split (a split word still meets its own inflections).
SPLIT_STEMS = {w: new for new, words in (
    ("importan", "important importance importantly unimportant"),
    ("nationalit", "nationality nationalities"),
    ("authorit", "authority authorities"),
    ("busy", "busy busier busiest"),
    ("departm", "department departments"),
    ("initial", "initial initially"),
    ("informal", "informal informally"),
    ("polite", "polite politely politeness"),
    ("positiv", "positive positively positives positivity"),
    ("privatiz", "privatization privatisation privatize privatise privatized privatised"),
    ("productiv", "productive productivity"),
    ("publicat", "publication publications"),
    ("responsib", "responsible responsibility responsibilities responsibly"),
    ("personal", "personal personally personality personalities"),
    ("willing", "willing willingly willingness"),
    ("useful", "useful usefulness"),
) for w in words.split()}

# British and American spellings of the same word meet (the sources write both): one table, base forms
# and the inflections Snowball would otherwise stem apart.
US_SPELLING = {
    f"{uk}{end}": f"{us}{end}"
    for uk, us in (("defenc", "defens"), ("offenc", "offens"), ("licenc", "licens"), ("programm", "program"),
                   ("organis", "organiz"), ("criticis", "criticiz"), ("emphasis", "emphasiz"),
                   ("recognis", "recogniz"), ("prioritis", "prioritiz"), ("digitis", "digitiz"),
                   ("modernis", "moderniz"), ("privatis", "privatiz"), ("labour", "labor"), ("favour", "favor"),
                   ("honour", "honor"), ("analys", "analyz"), ("travell", "travel"), ("mobilis", "mobiliz"))
    for end in ("e", "es", "ed", "ing", "ation", "ations", "er", "ers", "", "s")
} | {"centre": "center", "centres": "centers", "metre": "meter", "metres": "meters"}


def truncate(text: str, limit: int) -> str:
    """Cut to at most `limit` characters at a word boundary, marking the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - 1)]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


_VOWELS = re.compile(r"[aeiou]+")
_OW = re.compile(r"(?<=[b-df-hj-np-tv-z])ow(?=[b-df-hj-np-tv-xz])")
_DOUBLE = re.compile(r"(.)\1+")
_VOWEL_W = re.compile(r"(?<=[^*])\*w")
_ASPIRATE = re.compile(r"(?<=[kgbdtj])h")
_FINAL_Y = re.compile(r"(?<=[b-df-hj-np-tv-z])y$")
_SILENT_H = re.compile(r"(?<=\*)h(?=[b-df-gj-np-tv-z])")  # "Shahbaz"/"Shabaz", "Rehman"/"Reman": an h after a vowel


@lru_cache(maxsize=65536)
def translit_key(token: str) -> str:
    """One key for the ways South Asian names are written in English: vowel runs are one sound,
    doubled letters one letter, q is k, ph is f, an aspirate's h is often left out (Khurram/Kuram,
    Ghulam/Gulam, Bhatti/Batti) and so is an h between a vowel and a consonant (Shahbaz/Shabaz,
    Rehman/Reman), a vowel before w after a consonant drops (Shahbaz/Shehbaz, Shareef/Sharif,
    Muhammad/Mohammed, Khawaja/Khwaja, Haq/Haque), and a final y after a consonant is the vowel it
    sounds (Chaudhry/Chaudri), as "ow" before a consonant is the vowel "au" (Chowdhry/Chaudhry)."""
    t = _ASPIRATE.sub("", _OW.sub("au", token.replace("ph", "f").replace("ck", "k").replace("q", "k")))
    t = _FINAL_Y.sub("i", t)
    t = _VOWELS.sub("*", t)
    t = _SILENT_H.sub("", t)
    t = _DOUBLE.sub(r"\1", t)
    t = _VOWEL_W.sub("w", t)
    return t.rstrip("*") if len(t) > 2 else t


_LONG_VOWEL = re.compile(r"ee|oo|aa|ii|uu")
_LONG_AS = {"ee": "i", "oo": "u", "aa": "a", "ii": "i", "uu": "u"}


def _one_vowel(match: re.Match[str]) -> str:
    return _LONG_AS[match.group(0)]


def _spelt_plain(token: str) -> str:
    return _LONG_VOWEL.sub(_one_vowel, token.replace("ck", "k"))


def same_name_spelling(a: str, b: str) -> bool:
    """Two spellings of one name token: the same transliteration key, and long enough (or one the
    other with a silent ending, Haq/Haque) that "Dong" and "Ding" are not taken for each other."""
    if a == b or _spelt_plain(a) == _spelt_plain(b):
        return True  # "Aseem"/"Asim", "Alee"/"Ali", "Jak"/"Jack": a long vowel or a "ck" spelt otherwise
    if translit_key(a) != translit_key(b) or a[:1] != b[:1]:
        return False
    short, long_ = sorted((a, b), key=len)
    return min(len(a), len(b)) >= 5 or (long_.startswith(short) and long_[len(short):] in ("e", "ue", "h"))
