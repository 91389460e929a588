"""Turn an article as received (copied from a web page) into the text we keep in the corpus.

Pages carry site furniture ("Short Url", "Follow", "Must Read" link lists, a repeated headline, a
preview of the first paragraphs). Quotes are verified against the kept text, so cleaning only ever
drops whole lines or a leading preview; it never rewrites the article's own words.
"""

from __future__ import annotations

import re

BOILERPLATE_LINES = re.compile(
    r"^\s*(short url|follow|must read|read more|also read|share|advertisement|"
    r"updated \d{1,2} \w+ \d{4}(, \d{1,2}:\d{2})?)\s*$",
    re.IGNORECASE,
)
DATE_PREFIX = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s+")


def _drop_preview(text: str) -> str:
    """Drop a leading block that the page repeats right after it (a scraped teaser)."""
    head, sep, rest = text.partition("\n\n\n")
    if not sep:
        return text
    first = head.strip().split("\n", 1)[0].strip()
    if first and rest.lstrip("\n").startswith(first):
        return rest.lstrip("\n")
    return text


def _plain(text: str) -> str:
    """Compare headlines the way readers do: typographic and straight quotes are the same."""
    return text.translate(str.maketrans("‘’“”", "''\"\"")).strip()


def clean_article(text: str, title: str | None = None) -> str:
    """Return the article body without site boilerplate, every kept line verbatim."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _drop_preview(text)
    kept: list[str] = []
    for line in text.split("\n"):
        if BOILERPLATE_LINES.match(line):
            continue
        if title and _plain(line) == _plain(title):
            continue
        kept.append(DATE_PREFIX.sub("", line).rstrip())
    body = "\n".join(kept)
    body = re.sub(r"\n{3,}", "\n\n", body).strip("\n")
    return body + "\n"
