"""The site's URL scheme, in one place, for the site builder and for every front end that links to it.

Paths are stable because readers paste them into memos: a fact lives at `f/<fact-id>/` (an
`index.html` inside, so `/f/<id>` resolves on any static host), an article at `a/<article-id>/`, an
entity at `e/<entity-id>/`. Ids are slugs (`[a-z0-9-]`, checked by the validator), but we quote
them anyway so a hand-made id can never break out of its path.
"""

from __future__ import annotations

from urllib.parse import quote


def fact_path(fact_id: str) -> str:
    return f"f/{quote(fact_id, safe='')}/"


def article_path(article_id: str) -> str:
    return f"a/{quote(article_id, safe='')}/"


def entity_path(entity_id: str) -> str:
    return f"e/{quote(entity_id, safe='')}/"


def fact_url(base_url: str, fact_id: str) -> str:
    """The public page of one fact: what answers and digests link to when SITE_BASE_URL is set."""
    return f"{base_url.rstrip('/')}/{fact_path(fact_id)}"
