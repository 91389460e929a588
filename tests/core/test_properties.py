"""Properties over arbitrary input: the engine never raises, always returns one of its statuses,
and never cites a quote that is not in its article."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.engine import Engine
from bot.core.text import quote_key

NASTY = st.sampled_from([
    "", " ", "\u200b", "\u202e", "@everyone", "<@&123>", "<@456>", "```py\nx\n```", "||spoiler||", "🤖",
    "الیکٹرانک کامرس", "阿里巴巴", "'; DROP TABLE facts; --", "key: [value", "https://example.com/x?y=1",
    "2017", "2025", "budget", "Sharif", "James Dong", "vs", "\x00\x07", "%", "$", "Rs5,000",
])
QUERIES = st.one_of(st.text(max_size=200), st.lists(NASTY, max_size=6).map(" ".join))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _check(engine: Engine, answer) -> None:
    data = answer.to_json()
    assert data["status"] in {"answer", "ambiguous", "not_found"}
    for fact in data["facts"]:
        body = engine.base.articles[fact["source"]["article"]].body
        assert quote_key(fact["source"]["quote"]) in quote_key(body)


@SETTINGS
@given(query=QUERIES)
def test_every_command_survives_any_query(engine: Engine, query: str) -> None:
    for answer in (engine.who(query), engine.policy(query), engine.ask(query), engine.route(query)):
        _check(engine, answer)
    for kind in ("who", "policy", "compare"):
        suggestions = engine.suggest(kind, query)
        assert len(suggestions) <= 25 and all(len(s.name) <= 100 for s in suggestions)


@SETTINGS
@given(a=QUERIES, b=QUERIES)
def test_compare_survives_any_pair(engine: Engine, a: str, b: str) -> None:
    _check(engine, engine.compare(a, b))


@settings(max_examples=2000, deadline=None)
@given(text=st.one_of(st.text(max_size=40), st.text(alphabet=" ,.'_%$-\t\n0123456789aZé\u2019\u00a0\u200b", max_size=40),
                      st.lists(NASTY, max_size=4).map(" ".join)))
def test_fold_takes_the_same_road_for_plain_text_as_for_any_text(text: str) -> None:
    from bot.core.text import fold

    # an invisible mark, which fold drops, sends any text down the general (non-ASCII) path
    assert fold(text) == fold(text + "\u200b") == fold("\u200b" + text)


# text as the index folds it: words, figures with their separators and units, and the punctuation
# between them, in ASCII and beside it
FOLDED = st.one_of(st.text(max_size=60), st.text(alphabet=" ,.'_%$-:;/()\t\n\x1c0123456789aZé", max_size=60),
                   st.lists(NASTY, max_size=5).map(" ".join))


@settings(max_examples=3000, deadline=None)
@given(text=FOLDED)
def test_fold_by_table_is_fold_by_pattern(text: str) -> None:
    """The table `fold` uses for ASCII text makes what the general pattern makes of any text."""
    from bot.core.text import _NOT_WORD, fold

    low = text.lower()
    if low.isascii():
        assert fold(text) == fold(low) == " ".join(_NOT_WORD.sub(" ", _prepared(low)).split())


def _prepared(low: str) -> str:
    """What `fold` does to ASCII text before punctuation goes (apostrophes, thousands separators)."""
    from bot.core.text import _THOUSANDS

    if "'" in low:
        low = low.replace("'s ", " ").replace("'", "")
    return _THOUSANDS.sub("", low) if "," in low else low


NUMBERED = st.one_of(st.text(max_size=60), st.lists(st.sampled_from(
    ["six", "Six", "SIXTY", "sixty-five", "ten", "often", "tenth", "-", " ", "member", "dozen", "eighteen", "nine",
     "ninety", "é", "ſix", "K", "twenty", "1", "2025"]), max_size=8).map(" ".join),
    st.lists(st.sampled_from(["six", "-", "member", "Ten", "x", " "]), max_size=8).map("".join))


@settings(max_examples=3000, deadline=None)
@given(text=NUMBERED)
def test_number_words_are_never_missed_by_the_quick_test(text: str) -> None:
    """`normalise_quantities` looks for number words only in a text its substring test passes (or
    that is not ASCII): the pattern finds none where that test fails."""
    from bot.core.chat import _ANY_NUMBER_WORD, _WORD_NUMBER

    if text.isascii() and not _ANY_NUMBER_WORD.search(text.casefold()):
        assert _WORD_NUMBER.search(text) is None


@settings(max_examples=3000, deadline=None)
@given(text=FOLDED)
def test_quote_key_by_split_is_quote_key_by_pattern(text: str) -> None:
    """`quote_key` joins what `str.split` splits: the same as the whitespace pattern it replaced."""
    import re

    from bot.core.text import _QUOTE_TABLE, quote_key

    for t in (text, text + "\u2019 \u00a0\u2003", "\u201c" + text):
        assert quote_key(t) == re.sub(r"\s+", " ", t.translate(_QUOTE_TABLE)).strip()


UNITS = st.one_of(st.text(max_size=40), st.lists(st.sampled_from(
    ["usd", "USD", "Usd", "pkr", "PKR", "percent", "Percent", "per cent", "PER CENT", "percentage", "dollar", "Dollars",
     "rupee", "rupees", "5", "1,000", "x", " ", "  ", "\t", "in", "é", "$", "%"]), max_size=8).map(" ".join),
    st.lists(st.sampled_from(["usd", "USD", "pkr", "percent", "per", "cent", "a", "5", " ", "-"]), max_size=8).map("".join))


@settings(max_examples=3000, deadline=None)
@given(text=UNITS)
def test_units_are_rewritten_wherever_the_rewrite_changes_them(text: str) -> None:
    """`normalise_quantities` skips the unit rewrite only where it would change nothing."""
    from bot.core.chat import _BARE_UNITS, _bare_unit, _units_to_rewrite

    if not _units_to_rewrite(text):
        assert _BARE_UNITS.sub(_bare_unit, text) == text


# chat as the quick tests in front of its patterns see it: the characters and words they look for,
# in any case, beside others and non-ASCII look-alikes (the Kelvin sign folds to "k" under re.I)
CHATTY = st.one_of(st.text(max_size=60), st.lists(st.sampled_from(
    ["?", "??", " ", "\n", ".", "!", "lol", "and", "who", "Who", "what ", "it", "isnt", "DIDNT", "wasn't", "arent",
     "havent", "im", "I'm", "IM", "@", "<@1>", "<http://x.y>", "|", "||", "`", "~~", ">", "#", "-", "*", "_", "+",
     "right", "Right", "yeah", "no", "y/n", "words", "PHRASE", "twenty", "Seventeen", "hundred", "\u212a", "é",
     "when", "day", "the date", "how many", "vs", "compared", "name", "reason", "where", "venue", "exports",
     "worth", "size"]), max_size=10).map(" ".join),
    st.lists(st.sampled_from(["?", " ", "a", "b", ".", "!", "\t"]), max_size=14).map("".join))


@settings(max_examples=3000, deadline=None)
@given(text=CHATTY)
def test_chat_quick_tests_never_skip_a_match(text: str) -> None:
    """Each substring or lower-case test that lets `clean` skip a pattern passes wherever the pattern
    would have changed or found something, so the quick road reads every question as the slow one."""
    from bot.core import chat

    for pattern, found in ((chat._SPOKEN_GATE, chat._spoken), (chat._TAG, chat._tagged),
                           (chat._WORDING_GATE, chat._worded)):
        assert found(text) == (pattern.search(text) is not None)
    # a remark about the reader before the question goes first, as the pattern alone reads it
    me = chat._ME_FIRST.match(text)
    rest = me["q"] if me is not None and len(me["q"].split()) >= 3 and chat._HEARSAY_VERBS.isdisjoint(
        w.strip(",.!:;'").casefold() for w in me["me"].split()) else text
    aside = chat._ASIDE.match(rest)  # the remark after a question, as the pattern alone reads it
    if aside is None or len(aside["q"].split()) < 2 or not chat._ASKS_ON.isdisjoint(
            w.strip(",.!:;").casefold() for w in aside["tail"].split()[:3]):
        # (with no question mark, a remark run on after the question goes, as `_run_on` finds it)
        assert chat._without_aside(text) == (rest if "?" in rest else chat._run_on(rest))
    else:
        assert chat._without_aside(text) == aside["q"]
    if chat._BARE_NOT.search(text):
        assert not text.isascii() or any(w in text.lower() for w in ("snt", "dnt", "ont", "rent", "vent"))
    for pattern, chars in ((chat._MENTION, "<@"), (chat._LINK, "<"), (chat._SPOILER_CODE, "|`~"),
                           (chat._LINE_MARK, chat._MARK_CHARS), (chat._EMPHASIS, "*_")):
        assert pattern.search(text) is None or not set(chars).isdisjoint(text)
    for pattern, _ in chat._CONTRACTIONS[:-1]:
        assert pattern.search(text) is None or "'" in text or not text.isascii()
    assert chat._CONTRACTIONS[-1][0].search(text) is None or "'" in text or not text.isascii() \
        or "im" in text.casefold()


@settings(max_examples=3000, deadline=None)
@given(text=CHATTY)
def test_intent_patterns_only_match_lines_holding_what_they_need(text: str) -> None:
    """`_intent` searches a pattern only in a line holding one of its needed substrings: none
    matches a line without them."""
    from bot.core.question import _INTENTS
    from bot.core.text import tokens

    for line in (text, text.lower(), " ".join(tokens(text))):
        for pattern, _, needs in _INTENTS:
            if pattern.search(line):
                assert any(w in line for w in needs), (pattern.pattern[:40], line)
