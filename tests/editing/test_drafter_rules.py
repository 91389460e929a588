"""Drafter rules on a synthetic article that is not in the corpus (names, bodies and figures it never saw)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.core.model import Article
from bot.editing.drafter import Drafter, Drafts, acronyms

BODY = """LAHORE: The Securities and Exchange Commission of Pakistan (SECP) on Monday fined three brokerage firms, \
while Finance Secretary Imdad Ullah Bosal said the ministry of finance would review the rules.

Speaking at the Lahore Chamber of Commerce, Bosal said the Jamiat Ulema-e-Islam had asked the government for talks. \
A five-member committee will report to the cabinet by March 2026.

The SECP said inflation fell to 4.5 per cent in October. Exports have doubled since 2020, said Sara Qureshi, chief \
economist at Habib Bank Limited.

Representatives of Meezan Bank, Habib Bank Limited and microfinance banks attended, along with secretary commerce \
and the Chairman of the National Highway Authority (NHA).
"""


@pytest.fixture(scope="module")
def drafts() -> Drafts:
    article = Article(id="2026-01-05-synthetic-secp", title="Synthetic", publisher="Test", published=dt.date(2026, 1, 5),
                      url=None, body=BODY, path="corpus/2026-01-05-synthetic-secp.md")
    return Drafter(None).draft(article)


def _entities(drafts: Drafts) -> dict[str, dict[str, Any]]:
    return {e["name"]: e for e in drafts.entities}


def test_every_quote_is_verbatim(drafts: Drafts) -> None:
    assert drafts.facts
    assert all(f["source"]["quote"] in BODY for f in drafts.facts)


def test_acronym_in_parentheses_links_the_full_name(drafts: Drafts) -> None:
    assert acronyms(BODY) == {"SECP": "Securities and Exchange Commission of Pakistan",
                              "NHA": "National Highway Authority"}
    ents = _entities(drafts)
    secp = ents["Securities and Exchange Commission of Pakistan"]
    assert secp["type"] == "organisation" and secp["aliases"] == ["SECP"]
    assert "SECP" not in ents  # the later bare acronym attaches to the same entity
    assert ents["National Highway Authority"]["type"] == "organisation"  # not cut at "National" / "Chairman"


def test_organisations_by_head_word_and_lower_case_bodies(drafts: Drafts) -> None:
    ents = _entities(drafts)
    assert ents["ministry of finance"]["type"] == "body"
    assert ents["Lahore Chamber of Commerce"]["type"] == "organisation"
    assert ents["Habib Bank Limited"]["type"] == "organisation"
    assert ents["Meezan Bank"]["type"] == "organisation"
    assert ents["microfinance banks"]["type"] == "organisation"  # listed with named banks
    assert ents["secretary commerce"]["unnamed"] is True and ents["secretary commerce"]["type"] == "person"
    assert not any(n.startswith("Representatives") for n in ents)
    assert "LAHORE" not in ents  # a dateline is not an organisation


def test_hyphenated_party_name_is_kept_whole(drafts: Drafts) -> None:
    ents = _entities(drafts)
    assert ents["Jamiat Ulema-e-Islam"]["type"] == "organisation"
    assert not {"Jamiat Ulema", "Islam"} & set(ents)


def test_descriptive_bodies(drafts: Drafts) -> None:
    ents = _entities(drafts)
    assert {"the government", "the cabinet", "five-member committee"} <= set(ents)
    assert "the committee" not in ents  # the sized form names it


def test_people_and_figures(drafts: Drafts) -> None:
    ents = _entities(drafts)
    assert ents["Imdad Ullah Bosal"]["type"] == ents["Sara Qureshi"]["type"] == "person"
    figures = {(f["figure"]["value"], f["figure"]["unit"]) for f in drafts.facts if f["kind"] == "figure"}
    assert {(4.5, "%"), (5, "people"), (2, "times")} <= figures
