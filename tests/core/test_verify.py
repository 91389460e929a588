"""Checking a claim against the sources: verdicts, wording, limits, and the verification evaluation.

tests/core/verify_eval.jsonl holds 174 claims written from the articles: true ones, ones with one
detail altered (a number, year, role, person, place or the direction of a change), ones the sources
do not cover, and chat-styled ones. The "heldout" part (68) was written before verify.py existed and
has never been tuned on; the "dev" part (106) was used while building it. Both are reported; the
floors are the numbers measured when this test was written (held-out 66/68 correct, 0/10 uncovered
claims given a verdict; dev 106/106), so a change that makes verify guess more fails here. (The first
held-out run showed that a tag question, "… 8 ppl right?", was not cleaned; fixing that bug makes it
67/68, but the floor stays at the blind measurement.)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.engine import Engine
from bot.core.verify import MAX_CHARS, MAX_CLAIMS, clean_chat, split_claims

EVAL = Path(__file__).with_name("verify_eval.jsonl")
DONE_WHEN = ("Ishaq Dar said mobile broadband reached 60 million people and that e-commerce would pass "
             "$1 billion by 2030")


def _rows(split: str) -> list[dict]:
    rows = [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["split"] == split]


def _score(engine: Engine, split: str) -> tuple[int, int, list[str], list[str]]:
    rows = _rows(split)
    wrong, false_verdicts = [], []
    for row in rows:
        got = engine.verify(row["claim"]).verdict
        if got != row["verdict"]:
            wrong.append(f"{row['kind']}: {row['claim']!r} expected {row['verdict']}, got {got}")
        if row["verdict"] == "not_covered" and got in ("supported", "contradicted"):
            false_verdicts.append(row["claim"])
    return len(rows) - len(wrong), len(rows), wrong, false_verdicts


@pytest.mark.parametrize(("split", "floor", "max_false"), [("heldout", 66, 0), ("dev", 106, 0)])
def test_verification_evaluation(engine: Engine, split: str, floor: int, max_false: int) -> None:
    rows = _rows(split)
    assert len(rows) >= (60 if split == "heldout" else 90)
    uncovered = sum(r["verdict"] == "not_covered" for r in rows)
    passed, total, wrong, false_verdicts = _score(engine, split)
    print(f"\nverify {split}: {passed}/{total} verdicts correct; "
          f"{len(false_verdicts)}/{uncovered} uncovered claims given a verdict")
    assert passed >= floor, "\n".join([f"{passed}/{total} correct (floor {floor})", *wrong])
    assert len(false_verdicts) <= max_false, false_verdicts


def test_done_when_example(engine: Engine) -> None:
    answer = engine.verify(DONE_WHEN)
    assert answer.status == "answer" and answer.verdict == "contradicted"
    number, year = answer.claims
    assert number.verdict == year.verdict == "contradicted"
    assert "nearly 26 million" in number.reason and "60 million" in number.reason
    assert number.fact_ids[0] == "pakistan-mobile-broadband-26m-2017"
    assert "2020" in year.reason and "2030" in year.reason
    assert year.fact_ids[0] == "pakistan-ecommerce-1bn-2020-forecast-dar"
    data = answer.to_json()
    assert data["verdict"] == "contradicted"
    assert [c["verdict"] for c in data["claims"]] == ["contradicted", "contradicted"]
    assert data["claims"][0]["facts"] == list(number.fact_ids)
    quotes = {f["id"]: f["source"]["quote"] for f in data["facts"]}
    assert "nearly 26 million people" in quotes["pakistan-mobile-broadband-26m-2017"]


def test_supported_and_sources_that_disagree(engine: Engine) -> None:
    ok = engine.verify("Taobao holds more than 90 percent of the consumer-to-consumer market.")
    assert ok.verdict == "supported" and ok.claims[0].fact_ids[0] == "taobao-c2c-market-share-2017"
    # Arab News dates the military spokesperson's briefing to Friday; Gohar Ali Khan to Thursday
    split = engine.verify("The ISPR press briefing was on 5 December 2025")
    claim = split.claims[0]
    assert claim.verdict == "supported" and claim.reason.startswith("The sources disagree")
    assert "ispr-press-briefing-2025-12-date-thursday-gohar" in claim.fact_ids


def test_a_rate_does_not_support_a_share(engine: Engine) -> None:
    # "5% of retail" is a share; the budget's "5% fixed income tax on digital retailers" is a rate
    answer = engine.verify("E-commerce is more than 5% of Pakistani retail.")
    assert answer.verdict == "contradicted"
    assert answer.claims[0].fact_ids[0] == "pakistan-ecommerce-retail-share-2025"


def test_not_covered_is_never_called_false(engine: Engine) -> None:
    answer = engine.verify("Amazon plans to launch in Pakistan next year.")
    assert answer.status == "not_found" and answer.verdict == "not_covered"
    assert "false" not in answer.text().casefold()
    assert "do not cover" in answer.claims[0].reason


def test_mixed_verdict(engine: Engine) -> None:
    answer = engine.verify("The delegation had six members and met Shehbaz Sharif in Lahore.")
    assert answer.verdict == "mixed"
    assert [c.verdict for c in answer.claims] == ["supported", "contradicted"]
    assert "Islamabad" in answer.claims[1].reason and "Lahore" in answer.claims[1].reason


def test_chat_is_checked_like_the_clean_sentence(engine: Engine) -> None:
    chat = engine.verify("<@1234> **dar** said broadband hit like 60 million ppl lol 😂")
    clean = engine.verify("Dar said broadband reached 60 million people.")
    assert chat.verdict == clean.verdict == "contradicted"
    assert chat.claims[0].fact_ids == clean.claims[0].fact_ids
    assert clean_chat("ngl @everyone the ~~budget~~ is `fine` lol") == "the budget is fine"


def test_no_checkable_statement_is_one_line(engine: Engine) -> None:
    for text in ("lol nice", "", "   ", "😂😂", "ok so"):
        answer = engine.verify(text)
        assert answer.status == "not_found" and not answer.claims
        assert len(answer.text().splitlines()) == 2  # the title and one line saying so


def test_limits(engine: Engine) -> None:
    many = " ".join(f"The Alibaba delegation had {n} members." for n in range(1, 14))
    answer = engine.verify(many)
    assert len(answer.claims) == MAX_CLAIMS
    assert "3 more claim(s) were skipped" in answer.note
    long = "Taobao holds more than 90 percent of the consumer-to-consumer market. " * 40
    assert len(long) > MAX_CHARS
    cut = engine.verify(long)
    assert f"first {MAX_CHARS:,} characters" in cut.note


def test_claim_splitting() -> None:
    parts = split_claims(DONE_WHEN)
    assert [p.shown for p in parts] == ["Ishaq Dar said mobile broadband reached 60 million people",
                                        "e-commerce would pass $1 billion by 2030"]
    assert parts[1].matched.startswith("Ishaq Dar said")  # checked as his claim, shown as written
    one = split_claims("Ishaq Dar welcomed and appreciated Alibaba's interest. Rs. 500 is the new limit.")
    assert [p.shown for p in one] == ["Ishaq Dar welcomed and appreciated Alibaba's interest",
                                      "Rs. 500 is the new limit"]
    two = split_claims("The delegation had six members and met Shehbaz Sharif in Lahore")
    assert [p.matched for p in two] == ["The delegation had six members",
                                        "The delegation met Shehbaz Sharif in Lahore"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300) | st.lists(st.sampled_from(
    ["Dar", "said", "60", "million", "$1bn", "by", "2030", "and", "that", "in", "Lahore", "lol", "<@1>", "**",
     "Rs.", "500", "over", "half", "was", "finance", "minister", ".", "?", "six-member", "Sharif"]),
    max_size=30).map(" ".join))
def test_any_text_gets_a_verdict_never_an_exception(engine: Engine, text: str) -> None:
    answer = engine.verify(text)
    assert answer.verdict in ("supported", "contradicted", "not_covered", "mixed")
    assert len(answer.claims) <= MAX_CLAIMS
    for claim in answer.claims:
        assert all(f in engine.base.facts for f in claim.fact_ids)
        assert claim.verdict == "not_covered" or claim.fact_ids  # a verdict always cites its facts
