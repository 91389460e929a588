"""What a day's digest says, as a platform-neutral object.

Three items, one per section, each carrying its source so a renderer can always link it (a digest
is read at a glance; the rest of each list is counted in `more`, never dropped silently):

* Fact of the day — with its date and context (the event it belongs to). A per-server rotation:
  substantive facts (figures, measures, statements by named people) come first in each cycle, in a
  stable per-server shuffled order, and attendance lines last; none repeats until every fact in the
  base has been shown (a new cycle starts then, never with the fact that closed the previous one).
* On this day — dated facts from any year on today's month and day (29 Feb facts show on 28 Feb in
  common years, so they are not skipped three years out of four).
* New in the sources — articles and facts whose `added` date is in [previous digest's date, today):
  half-open, so every added day is announced exactly once across consecutive digests, even if the
  base was reloaded after that day's digest went out.

The title carries no date: the footer's marker already does, and Discord shows when it was posted.

The builder is pure: same base, rotation and dates in → same digest out. That is what lets a
process that took over a crashed claim rebuild the identical digest and recognise it in the channel.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
from dataclasses import dataclass

from bot.core.layout import date_label, source_label
from bot.core.model import Article, Fact, FactBase
from bot.site.links import article_path, fact_url
from bot.storage.base import Rotation

MAX_ON_THIS_DAY = 1
MAX_NEW = 1
MAX_ITEM_TEXT = 280


@dataclass(frozen=True)
class DigestItem:
    """One line: the statement, and where it comes from (label always, link when there is a URL)."""

    text: str
    source: str  # "Arab News, 10 Jul 2025"
    link: str | None  # http(s) URL of the source, if any
    fact_id: str | None = None
    article_id: str | None = None


@dataclass(frozen=True)
class DigestSection:
    key: str  # "fact_of_the_day" | "on_this_day" | "new"
    title: str
    items: tuple[DigestItem, ...]
    more: int = 0  # items that exist but were left out to keep the digest short


@dataclass(frozen=True)
class Digest:
    guild_id: int
    day: dt.date
    title: str
    sections: tuple[DigestSection, ...]
    fact_id: str | None  # the fact of the day, recorded in the rotation once posted
    cycle: int

    @property
    def marker(self) -> str:
        """Text put in the posted message so a later process can recognise this day's digest."""
        return f"factdesk digest · {self.day.isoformat()}"

    @property
    def marker_url(self) -> str:
        """The machine-readable marker: the embed's link (to the server itself, so following it is
        harmless) names the server and the day. Text in a footer can be edited or reworded between
        versions; this is checked together with the author (the bot) and the footer."""
        return f"https://discord.com/channels/{self.guild_id}#factdesk-digest-{self.day.isoformat()}"

    def items(self) -> list[DigestItem]:
        return [item for section in self.sections for item in section.items]


def _clip(text: str, limit: int = MAX_ITEM_TEXT) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 2 // 3:
        cut = cut[:space]
    return cut.rstrip() + "…"


def _link(article: Article, link_base: str | None, site_base_url: str | None = None) -> str | None:
    if site_base_url:  # the fact browser's article page: there whatever happens to the publisher's
        return f"{site_base_url.rstrip('/')}/{article_path(article.id)}"
    target = article.link
    if target.startswith(("http://", "https://")):
        return target
    if link_base:
        return f"{link_base.rstrip('/')}/{target.lstrip('/')}"
    return None


def _source_label(article: Article) -> str:
    return source_label(article)


def substance(fact: Fact) -> int:
    """0 for what a reader learns from (figures, measures, a named person's statement), 2 for who
    attended what; the rotation shows lower tiers first in every cycle."""
    if fact.kind in ("figure", "measure"):
        return 0
    if fact.kind in ("statement", "action") and fact.speaker:
        return 0
    if fact.kind in ("statement", "action", "role"):
        return 1
    if fact.kind == "event" and "attend" in fact.says.lower():
        return 2
    return 1


def _dated_context(base: FactBase, fact: Fact) -> str:
    """"(3 Mar 2017 · Alibaba Group delegation calls on Finance Minister Ishaq Dar)": when and where from."""
    when = fact.when.label() if fact.when else date_label(base.articles[fact.source.article].published)
    event = base.entities.get(fact.event) if fact.event else None
    context = event.name if event is not None else ""
    return f" ({when}{' · ' + context if context else ''})"


def _fact_item(base: FactBase, fact: Fact, link_base: str | None, prefix: str = "",
               site_base_url: str | None = None) -> DigestItem:
    article = base.articles[fact.source.article]
    return DigestItem(
        text=_clip(prefix + fact.says),
        source=_source_label(article),
        link=fact_url(site_base_url, fact.id) if site_base_url else _link(article, link_base),
        fact_id=fact.id,
        article_id=article.id,
    )


def rotation_order(guild_id: int, cycle: int, fact_ids: list[str]) -> list[str]:
    """A stable shuffle per server and cycle, so servers do not all show the same fact each day."""

    def key(fact_id: str) -> bytes:
        return hashlib.blake2b(f"{guild_id}:{cycle}:{fact_id}".encode(), digest_size=8).digest()

    return sorted(fact_ids, key=key)


def pick_fact_of_the_day(base: FactBase, guild_id: int, rotation: Rotation) -> tuple[str, int] | None:
    """The next fact in this server's rotation and the cycle it belongs to (None for an empty base)."""
    ids = sorted(base.facts)
    if not ids:
        return None
    remaining = [f for f in ids if f not in rotation.shown]
    cycle = rotation.cycle
    if not remaining:
        cycle += 1
        remaining = [f for f in ids if f != rotation.last_fact] or ids
    tiers = {f: substance(base.facts[f]) for f in remaining}
    best = min(tiers.values())
    return rotation_order(guild_id, cycle, [f for f in remaining if tiers[f] == best])[0], cycle


def on_this_day(base: FactBase, day: dt.date) -> list[Fact]:
    """Facts dated on this month and day in any year before or on `day`, newest first."""
    days = {(day.month, day.day)}
    if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
        days.add((2, 29))
    found = [
        f for f in base.facts.values()
        if f.when and f.when.date and (f.when.date.month, f.when.date.day) in days and f.when.date <= day
    ]
    return sorted(found, key=lambda f: (-f.when.date.toordinal(), f.id))  # type: ignore[union-attr]


def new_since(base: FactBase, since: dt.date, day: dt.date) -> tuple[list[Article], list[Fact]]:
    """Articles and facts whose `added` date is in [since, day)."""
    articles = sorted(
        (a for a in base.articles.values() if a.added and since <= a.added < day),
        key=lambda a: (a.added, a.published, a.id),
    )
    facts = sorted(
        (f for f in base.facts.values() if f.added and since <= f.added < day),
        key=lambda f: (f.added, f.id),
    )
    return articles, facts


def build_digest(
    base: FactBase,
    *,
    guild_id: int,
    day: dt.date,
    rotation: Rotation,
    since: dt.date,
    link_base: str | None = None,
    site_base_url: str | None = None,
) -> Digest | None:
    """The digest for `day`, or None when there is nothing to say (never post an empty digest)."""
    sections: list[DigestSection] = []
    picked = pick_fact_of_the_day(base, guild_id, rotation)
    fact_id, cycle = (picked[0], picked[1]) if picked else (None, rotation.cycle)
    if fact_id is not None:
        fact = base.facts[fact_id]
        item = _fact_item(base, fact, link_base, site_base_url=site_base_url)
        context = _dated_context(base, fact)
        item = DigestItem(_clip(fact.says, MAX_ITEM_TEXT - len(context)) + context, item.source, item.link,
                          item.fact_id, item.article_id)
        sections.append(DigestSection("fact_of_the_day", "Fact of the day", (item,)))

    dated = sorted((f for f in on_this_day(base, day) if f.id != fact_id),  # the most telling first
                   key=lambda f: (substance(f), -f.when.date.toordinal(), f.id))  # type: ignore[union-attr]
    if dated:
        items = tuple(
            _fact_item(base, f, link_base, prefix=f"{f.when.date.year}: ", site_base_url=site_base_url)  # type: ignore[union-attr]
            for f in dated[:MAX_ON_THIS_DAY]
        )
        sections.append(
            DigestSection("on_this_day", "On this day", items, max(0, len(dated) - MAX_ON_THIS_DAY))
        )

    articles, facts = new_since(base, since, day)
    new_items: list[DigestItem] = []
    for article in articles:
        new_items.append(
            DigestItem(
                text=_clip(f"New article: {article.title}"),
                source=_source_label(article),
                link=_link(article, link_base, site_base_url),
                article_id=article.id,
            )
        )
    new_items.extend(_fact_item(base, f, link_base, site_base_url=site_base_url) for f in facts)
    if new_items:
        sections.append(
            DigestSection("new", "New in the sources", tuple(new_items[:MAX_NEW]), max(0, len(new_items) - MAX_NEW))
        )

    if not sections:
        return None
    title = "Daily digest"
    return Digest(guild_id, day, title, tuple(sections), fact_id, cycle)
