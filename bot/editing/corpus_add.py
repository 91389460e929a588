"""`corpus add`: store a new article as `corpus/<id>.md`, cleaned, with front matter.

The id comes from the date and a slug of the title made of [a-z0-9-] only, so no title can reach
outside `corpus/`. Refusals are explicit because an editor must know why nothing was written; an
existing file is never overwritten (the file is opened in exclusive-create mode).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml

from ..core.cleaning import clean_article
from ..core.loader import SourceError, split_front_matter
from ..core.text import quote_key
from ..core.validate import MAX_FILE_BYTES
from .files import os_message, write_new

MAX_SLUG = 60
URL = re.compile(r"^https?://\S+$")
# Query parameters that say how a reader arrived, not which article it is.
TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ocid|"
                      r"s_cid|_ga|share|amp)$", re.IGNORECASE)
# C0/C1 controls, except tab and newline, and the invisible format characters that make two equal titles
# differ or reorder text on screen (bidi overrides): they never belong in an article.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def url_key(url: str) -> str:
    """The article a URL names, for duplicate checks: scheme, host case, `www.`, default ports, trailing
    slashes, fragments and tracking parameters do not make a different article."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not TRACKING.match(k)))
    path = re.sub(r"/+", "/", parts.path).rstrip("/")
    return urlunsplit(("", host + port, path, query, ""))


class AddError(Exception):
    """A refusal with a message meant for the editor."""


@dataclass(frozen=True)
class Added:
    id: str
    path: Path


def slugify(text: str, limit: int = MAX_SLUG) -> str:
    """ASCII lowercase words joined by '-', cut at a word boundary: safe as a file name everywhere."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("'", "").replace("\u2019", "")
    words = re.findall(r"[a-z0-9]+", text)
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    return slug or (words[0][:limit] if words else "")


def article_id(published: dt.date, title: str) -> str:
    slug = slugify(title)
    if not slug:
        raise AddError("the title has no letters or digits to make an id from")
    return f"{published.isoformat()}-{slug}"


def _parse_date(value: str | None) -> dt.date:
    if not value or not value.strip():
        raise AddError("--published is required (the publication date, YYYY-MM-DD)")
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            raise ValueError
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise AddError(f"--published {value!r} is not a date like 2025-07-10") from None


def _text_key(body: str) -> str:
    return quote_key(body).casefold()


def _existing(corpus: Path) -> list[tuple[str, str | None, str]]:
    """(file name, url, text key) of every readable article, for duplicate checks."""
    found = []
    for path in sorted(corpus.glob("*.md")):
        try:
            raw = split_front_matter(path.read_text(encoding="utf-8"), path.name)
        except (OSError, UnicodeDecodeError, SourceError):
            continue
        url = raw.meta.get("url")
        found.append((path.name, url if isinstance(url, str) else None, _text_key(raw.body)))
    return found


def _one_line(value: str | None, flag: str) -> str:
    if value is None or not value.strip():
        raise AddError(f"{flag} is required")
    if "\n" in value or "\r" in value:
        raise AddError(f"{flag} must be a single line")
    value = " ".join(CONTROL.sub("", value).split())
    if not value:
        raise AddError(f"{flag} has no visible characters")
    return value


def add_article(root: Path, data: bytes, *, title: str | None, publisher: str | None,
                published: str | None, url: str | None = None, today: dt.date | None = None) -> Added:
    """Clean `data` and write it as a new corpus article; raise AddError instead of writing a bad one."""
    if len(data) > MAX_FILE_BYTES:
        raise AddError(f"the text is {len(data) // 1024} KiB, over the {MAX_FILE_BYTES // 1024} KiB limit "
                       "`check` enforces for an article")
    day = _parse_date(published)
    title = _one_line(title, "--title")
    publisher = _one_line(publisher, "--publisher")
    if url is not None:
        url = url.strip()
        if not URL.match(url):
            raise AddError(f"--url {url!r} must be an http(s) address")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AddError(f"the text is not UTF-8 (byte {exc.start}); save it as UTF-8 and try again") from None
    text = CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n"))
    body = clean_article(text, title)
    if not body.strip():
        raise AddError("the article has no text after removing boilerplate")
    corpus = root / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    key = _text_key(body)
    for name, other_url, other_key in _existing(corpus):
        if url and other_url and url_key(other_url) == url_key(url):
            raise AddError(f"an article with this URL is already in the corpus: corpus/{name}")
        if other_key == key:
            raise AddError(f"an article with the same text is already in the corpus: corpus/{name}")
    aid = article_id(day, title)
    path = corpus / f"{aid}.md"
    if path.resolve().parent != corpus.resolve():  # belt and braces: the slug cannot contain '/' or '..'
        raise AddError(f"refusing to write outside corpus/: {aid!r}")
    meta = {"id": aid, "title": title, "publisher": publisher, "published": day, "url": url,
            "added": today or dt.date.today()}
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000)
    text = f"---\n{front}---\n\n{body}"
    if len(text.encode("utf-8")) > MAX_FILE_BYTES:
        raise AddError(f"the article would be over the {MAX_FILE_BYTES // 1024} KiB limit `check` enforces")
    tmp = corpus / f".{aid}.md.{os.getpid()}.adding"
    try:
        write_new(tmp, text)
        os.link(tmp, path)  # fails if the article exists: never overwritten, and never half written
    except FileExistsError:
        raise AddError(f"corpus/{aid}.md already exists; an article is never overwritten") from None
    except OSError as exc:
        raise AddError(f"corpus/{aid}.md: {os_message(exc)}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return Added(aid, path)
