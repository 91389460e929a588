"""Free text and slash-style lines reach the right command, as DMs and the console send them."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine


@pytest.mark.parametrize(("text", "title"), [
    ("/who James Dong", "James Dong"),
    ("who is James Dong?", "James Dong"),
    ("tell me about Ishaq Dar", "Ishaq Dar"),
    ("/policy budget 2025", "Pakistan's federal budget 2025"),
    ("compare 2017 and 2025", "2017 vs 2025"),
    ("/compare 2017 vs 2025", "2017 vs 2025"),
    ("/compare James Dong Michael Evans", "James Dong vs Michael Evans"),
    ("/compare Shehbaz Sharif, Nawaz Sharif", "Shehbaz Sharif vs Nawaz Sharif"),
])
def test_route_picks_the_command(engine: Engine, text: str, title: str) -> None:
    answer = engine.route(text)
    assert answer.status == "answer", text
    assert answer.title == title


def test_who_is_with_a_description_finds_the_person(engine: Engine) -> None:
    answer = engine.route("who is the chairman of PTI?")
    assert answer.status == "answer"
    assert any("Gohar Ali Khan" in f.says for f in answer.facts())


def test_who_is_with_no_entity_falls_back_to_ask(engine: Engine) -> None:
    answer = engine.route("who is leading the ISPR media wing?")
    assert answer.command == "ask" and answer.status == "answer"
    assert answer.fact_ids()[0] == "ahmed-sharif-chaudhry-role-dg-ispr-2025"
    assert answer.lead.startswith("Ahmed Sharif Chaudhry")


@pytest.mark.parametrize(("text", "must"), [
    ("@everyone who is **James Dong**??", "James Dong"),
    ("<@123456789012345678> what tax did the budget put on foreign platforms?", "18%"),
    ("who's the pm", "Nawaz Sharif"),
    ("compare Alibaba 2017 vs Alibaba 2025", "Max Bittner"),
])
def test_chat_wording_reaches_an_answer(engine: Engine, text: str, must: str) -> None:
    answer = engine.route(text)
    assert answer.status == "answer", text
    assert must in answer.text(), (text, answer.text()[:300])


def test_office_without_a_year_names_every_holder_with_the_year(engine: Engine) -> None:
    answer = engine.route("who is the prime minister")
    assert answer.lead.startswith("Shehbaz Sharif: Prime Minister of Pakistan (2025)")
    assert "Nawaz Sharif: Prime Minister of Pakistan (2017)" in answer.lead


def test_compare_never_compares_a_thing_with_itself(engine: Engine) -> None:
    answer = engine.route("compare alibaba vs alibaba")
    assert answer.status == "not_found" and "Both sides are Alibaba Group" in answer.note


def test_compare_with_one_side_says_so(engine: Engine) -> None:
    answer = engine.route("/compare 2017")
    assert answer.status == "not_found"
    assert answer.fact_ids() == []


def test_an_acronym_spelt_like_a_stop_word_is_not_in_every_question(fact_tree) -> None:
    """An organisation known as "DID" must not be taken as named by every "what did …" question."""
    from bot.core.engine import Engine as Fresh

    orgs = fact_tree / "facts" / "organisations.yaml"
    orgs.write_text(orgs.read_text(encoding="utf-8").replace(
        "    aliases: [PTI]\n", "    aliases: [PTI, DID]\n"), encoding="utf-8")
    engine = Fresh.load(fact_tree)
    answer = engine.ask("what did Ishaq Dar say about e-commerce?")
    assert answer.status == "answer"
    assert all(f.speaker != "pti" and "pti" not in f.about for f in answer.facts())


def test_a_partial_name_names_the_most_cited_entity_first(engine: Engine) -> None:
    """"The prime minister" is part of several names; which one a refusal speaks of must not
    depend on a set's order (it changed with the interpreter's hash seed)."""
    from bot.core.search import mentioned_entities

    index = engine._state.index
    (mention,) = [m for m in mentioned_entities(index, ("prime", "minister", "iran")) if "minister" in m.words]
    ids = [e.id for e in mention.entities]
    assert len(ids) > 1
    assert ids == sorted(ids, key=lambda e: (-index.popularity.get(e, 0), e))


def test_a_question_page_is_titled_as_the_reader_typed_it(engine: Engine) -> None:
    # read with "set up" as "establish", shown as typed
    assert engine.route("why was the committee set up").title == "why was the committee set up"
    assert engine.route("**why** was the committee set up <@123456789012345678>").title == "why was the committee set up"


def test_a_comparison_typed_with_chat_around_it_compares_the_two_sides(engine: Engine) -> None:
    answer = engine.route("yo alibaba 2017 vs alibaba 2025 what changed ?!")
    assert answer.status == "answer" and answer.title == "Alibaba Group 2017 vs Alibaba Group 2025"
    taxes = engine.route("sales tax vs income tax in the 2025 budget which one's bigger")
    assert taxes.status == "answer" and "18%" in taxes.lead and "5%" in taxes.lead


def test_a_compared_name_is_the_person_not_also_the_meeting_named_after_them(engine: Engine) -> None:
    answer = engine.route("compare dar vs dastgir")
    assert answer.status == "answer" and answer.title == "Ishaq Dar vs Khurram Dastgir Khan"


PHRASE_SHARDS = 2  # shared out over the two workers, so that one test is not the suite's longest path


@pytest.mark.parametrize("shard", range(PHRASE_SHARDS))
def test_phrases_matched_only_against_a_questions_possible_phrases_as_against_all(engine: Engine, shard: int) -> None:
    """The phrase table is matched per question against the phrases whose words it holds, each compiled
    once and swapped in one left-to-right pass (for speed); on every evaluation question and every fact
    sentence the result is what one pattern of the whole table gives — a gate that missed a phrase's
    word, or a pass that swapped otherwise than the one pattern, would show here.

    The whole table as one alternation costs about 2 ms a text, minutes over every question; but an
    alternation matches nowhere exactly when none of its branches does, and each branch alone is found
    four times faster. So each distinct text is first searched branch by branch, with no gate: where no
    branch is found the one pattern leaves the text as it is, and the gated pass must too; only where
    one is found (about one text in fourteen) is the one pattern run."""
    import json
    import re
    from pathlib import Path

    from bot.core import chat

    whole = re.compile("|".join(f"(?P<p{i}>{p})" for i, (p, _) in enumerate(chat._PHRASE_TABLE)), re.I)
    branches = [re.compile(p, re.I) for p, _ in chat._PHRASE_TABLE]
    here = Path(__file__).parent
    texts = [json.loads(line).get("query", "") for f in sorted(here.glob("eval_*.jsonl"))
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += [f.says for f in engine.base.facts.values()]
    texts += ["he stood up for the dg", "sat in on the meeting", "said/promised", "tie-up with alibaba",
              "checking: the 5% tax - who pays it, tax rate?", "in power, the ruling party, instead of going",
              "hey bot, quick q: sec gen of pti", "what did X say or promise", "comes into force", "de minimis",
              "when did they throw imran out", "who does imran blame for kicking him out"]
    def swapped(m: re.Match[str]) -> str:  # the phrase's replacement, with its own groups ("oust \1") kept
        pattern, into = chat._PHRASE_TABLE[int((m.lastgroup or "p0")[1:])]
        own = re.compile(pattern, re.I).match(m.string, m.start())
        return own.expand(into) if "\\" in into and own is not None else into

    found = 0
    for text in sorted(set(texts))[shard::PHRASE_SHARDS]:
        if any(branch.search(text) for branch in branches):
            found += 1
            assert chat._phrased(text) == whole.sub(swapped, text), text
        else:
            assert chat._phrased(text) == text, text
    assert found > 1000  # the table is exercised, not only its absence


def test_a_request_reads_a_text_once_and_forgets_it_when_it_ends(engine: Engine) -> None:
    """Within one request a text is read once (the fallbacks re-read it); outside one, and in the next
    request, it is read afresh — a question asked again pays the full price, so the bench stays honest."""
    from bot.core import memo, question

    text = "wat did the govt offer alibaba in 2017"
    assert question.read(text) is not question.read(text)  # outside a request: nothing remembered
    with memo.request():
        first = question.read(text)
        assert question.read(text) is first
        with memo.request():  # a nested request (route → ask) shares the outer one's memory
            assert question.read(text) is first
    with memo.request():
        assert question.read(text) is not first and question.read(text) == first
    assert engine.ask(text).to_json() == engine.ask(text).to_json()
