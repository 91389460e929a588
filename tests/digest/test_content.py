"""The digest's content: rotation without repeats, on-this-day, new-in-the-sources, links, never empty."""

from __future__ import annotations

import datetime as dt
import itertools

from bot.core.engine import Engine
from bot.core.model import FactBase
from bot.digest.content import Digest, build_digest, pick_fact_of_the_day
from bot.storage.base import Rotation

from .fakes import make_base

DAY = dt.date(2025, 7, 10)


def _pick(base: FactBase, guild_id: int, rotation: Rotation) -> tuple[str, int]:
    picked = pick_fact_of_the_day(base, guild_id, rotation)
    assert picked is not None, "a base with facts always has a fact of the day"
    return picked


def _built(base: FactBase, *, rotation: Rotation, since: dt.date, day: dt.date = DAY, guild_id: int = 1,
           link_base: str | None = None) -> Digest:
    digest = build_digest(base, guild_id=guild_id, day=day, rotation=rotation, since=since, link_base=link_base)
    assert digest is not None, "a base with facts always gives a digest"
    return digest


def test_every_fact_is_shown_once_before_any_repeats_and_cycles_do_not_restart_on_the_last_fact():
    base = make_base(7)
    rotation, shown_order = Rotation(0, frozenset()), list[str]()
    for _ in range(7 * 4):
        fact_id, cycle = _pick(base, 99, rotation)
        shown_order.append(fact_id)
        shown = rotation.shown | {fact_id} if cycle == rotation.cycle else frozenset({fact_id})
        rotation = Rotation(cycle, shown, fact_id)
    for i in range(0, len(shown_order), 7):
        assert sorted(shown_order[i : i + 7]) == sorted(base.facts)
    assert all(a != b for a, b in itertools.pairwise(shown_order))


def test_servers_get_different_orders():
    base = make_base(20)
    firsts = {_pick(base, guild, Rotation(0, frozenset()))[0] for guild in range(1, 30)}
    assert len(firsts) > 5


def test_facts_that_left_the_base_do_not_block_the_rotation():
    base = make_base(3)
    rotation = Rotation(2, frozenset({"gone-1", "gone-2", "fact-000"}), "fact-000")
    fact_id, cycle = _pick(base, 1, rotation)
    assert cycle == 2 and fact_id in {"fact-001", "fact-002"}


def test_on_this_day_matches_month_and_day_of_any_past_year():
    base = make_base(6, dated={"fact-001": dt.date(2017, 7, 10), "fact-002": dt.date(2025, 7, 10),
                               "fact-003": dt.date(2025, 7, 11), "fact-004": dt.date(2026, 7, 10)})
    digest = _built(base, day=DAY, rotation=Rotation(0, frozenset(base.facts) - {"fact-005"}),
                          since=DAY)
    section = next(s for s in digest.sections if s.key == "on_this_day")
    assert [i.fact_id for i in section.items] == ["fact-002"] and section.more == 1  # newest first; no future
    assert section.items[0].text.startswith("2025: ")


def test_29_february_shows_on_28_february_in_common_years():
    base = make_base(3, dated={"fact-001": dt.date(2024, 2, 29)})
    rotation = Rotation(0, frozenset({"fact-001"}))  # so it is not the fact of the day
    common = _built(base, day=dt.date(2025, 2, 28), rotation=rotation, since=DAY)
    leap = _built(base, day=dt.date(2028, 2, 28), rotation=rotation, since=DAY)
    assert any(s.key == "on_this_day" for s in common.sections)
    assert not any(s.key == "on_this_day" for s in leap.sections)


def test_new_in_the_sources_covers_since_up_to_yesterday_exactly_once():
    added = {"fact-001": dt.date(2025, 7, 8), "fact-002": dt.date(2025, 7, 9), "fact-003": dt.date(2025, 7, 10),
             "fact-004": dt.date(2025, 7, 7)}
    base = make_base(6, added=added, articles_added={1: dt.date(2025, 7, 9)})
    digest = _built(base, day=DAY, rotation=Rotation(0, frozenset({"fact-005"})),
                          since=dt.date(2025, 7, 8))
    new = next(s for s in digest.sections if s.key == "new")
    assert [i.article_id for i in new.items if i.fact_id is None] == ["article-1"]
    assert new.more == 2  # fact-001 and fact-002: one item shown, the rest counted
    tomorrow = _built(base, day=DAY + dt.timedelta(days=1),
                            rotation=Rotation(0, frozenset({"fact-005"})), since=DAY)
    assert [i.fact_id for s in tomorrow.sections if s.key == "new" for i in s.items] == ["fact-003"]


def test_long_new_lists_are_cut_and_counted():
    base = make_base(20, added={f"fact-{i:03d}": dt.date(2025, 7, 9) for i in range(20)})
    digest = _built(base, day=DAY, rotation=Rotation(0, frozenset()), since=dt.date(2025, 7, 1))
    new = next(s for s in digest.sections if s.key == "new")
    assert len(new.items) == 1 and new.more == 19


def test_every_item_names_and_links_its_source():
    base = make_base(4, dated={"fact-001": DAY}, added={"fact-002": dt.date(2025, 7, 9)})
    digest = _built(base, day=DAY, rotation=Rotation(0, frozenset()), since=dt.date(2025, 7, 1))
    items = digest.items()
    assert len(items) >= 3
    for item in items:
        assert item.link and item.link.startswith("https://example.org/")
        assert item.source.startswith("Publisher ")


def test_corpus_paths_become_links_only_with_a_base_url():
    base = make_base(2, url=None)
    bare = _built(base, day=DAY, rotation=Rotation(0, frozenset()), since=DAY)
    linked = _built(base, day=DAY, rotation=Rotation(0, frozenset()), since=DAY,
                          link_base="https://git.example/corpus/")
    assert bare.items()[0].link is None
    assert (linked.items()[0].link or "").startswith("https://git.example/corpus/corpus/article-")


def test_an_empty_base_gives_no_digest():
    assert build_digest(make_base(0), guild_id=1, day=DAY, rotation=Rotation(0, frozenset()), since=DAY) is None


def test_the_same_inputs_give_the_same_digest_so_a_recovery_can_recognise_it():
    base = make_base(9, dated={"fact-003": DAY})
    rotation = Rotation(1, frozenset({"fact-001"}), "fact-001")
    first, second = (_built(base, guild_id=3, rotation=rotation, since=DAY) for _ in range(2))
    assert first == second and first.marker == "factdesk digest · 2025-07-10"


def test_the_rotation_shows_substantive_facts_before_attendance_lines(engine: Engine) -> None:
    from bot.digest.content import substance

    base = engine.base  # the real base: figures, measures, statements and attendance lines
    rotation, tiers = Rotation(0, frozenset()), list[int]()
    for _ in range(len(base.facts)):
        fact_id, cycle = _pick(base, 5, rotation)
        tiers.append(substance(base.facts[fact_id]))
        rotation = Rotation(cycle, rotation.shown | {fact_id}, fact_id)
    assert tiers == sorted(tiers) and tiers[0] == 0 and tiers[-1] == 2


def test_the_fact_of_the_day_has_its_date_and_the_title_no_date():
    base = make_base(3, dated={f"fact-00{i}": dt.date(2017, 3, 3) for i in range(3)})
    digest = _built(base, day=DAY, rotation=Rotation(0, frozenset()), since=DAY)
    assert digest.sections[0].items[0].text.endswith("(3 Mar 2017)")
    assert "2025" not in digest.title and "10" not in digest.title
