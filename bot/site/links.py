"""The site's URL scheme, in one place, for the site builder and for every front end that links to it.

Paths are stable because readers paste them into memos: a fact lives at `f/<fact-id>/` (an
`index.html` inside, so `/f/<id>` resolves on any static host), an article at `a/<article-id>/`, an
entity at `e/<entity-id>/`. Ids are slugs (`[a-z0-9-]`, checked by the validator), but we quote
them anyway so a hand-made id can never break out of its path.
"""

from __future__ import annotations

import re
from urllib.parse import quote

_SLUG = re.compile(r"[a-z0-9-]+")  # what the validator allows: quoting would not change it


def _segment(ident: str) -> str:
    """The id as one path segment. A site of 100,000 facts builds about a million links: the
    slug check is a fraction of what quote() costs."""
    return ident if _SLUG.fullmatch(ident) else quote(ident, safe="")


def fact_path(fact_id: str) -> str:
    return f"f/{_segment(fact_id)}/"


def article_path(article_id: str) -> str:
    return f"a/{_segment(article_id)}/"


def entity_path(entity_id: str) -> str:
    return f"e/{_segment(entity_id)}/"


def fact_url(base_url: str, fact_id: str) -> str:
    """The public page of one fact: what answers and digests link to when SITE_BASE_URL is set."""
    return f"{base_url.rstrip('/')}/{fact_path(fact_id)}"
