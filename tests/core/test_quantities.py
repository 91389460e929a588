"""Figures with units: every spelling of one figure is one quantity, and precision is kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.quantities import Quantity, find_quantities, format_value, normalise_for_search, same_quantity
from bot.core.text import tokens


def one(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.mark.parametrize(
    ("spellings", "value", "unit"),
    [
        (["18%", "18 per cent", "18 percent", "18 pc"], 18, "percent"),
        (["Rs 500", "Rs500", "Rs. 500", "PKR 500", "500 rupees", "pkr500"], 500, "PKR"),
        (["$1bn", "$1 billion", "1 billion dollars", "USD 1 billion", "US$1bn", "$ 1 billion", "$1,000 million"],
         1e9, "USD"),
        (["5,000", "5000", "5k", "5K", "five thousand"], 5000, None),
        (["2k", "2,000", "two thousand"], 2000, None),
        (["six-member", "six members", "6 members", "6-member"], 6, "members"),
        (["twenty-six million people", "26 million people", "26m people", "26,000,000 people"], 26e6, "people"),
        (["3 crore", "30 million", "300 lakh"], 3e7, None),
        (["a dozen firms", "twelve firms", "12 firms"], 12, "firms"),
        (["half", "50%"], 50, "percent"),
    ],
)
def test_spellings_are_one_quantity(spellings: list[str], value: float, unit: str | None) -> None:
    found = [one(s) for s in spellings]
    canon = {q.canonical() for q in found}
    assert len(canon) == 1, canon
    for q in found:
        assert q.value == pytest.approx(value)
        assert q.unit == unit
    for a in found:
        for b in found:
            assert same_quantity(a, b)


def test_qualifier_and_precision_are_kept() -> None:
    q = one("there was growth in mobile broadband access to nearly 26 million people")
    assert (q.value, q.unit, q.approx, q.step) == (26e6, "people", "nearly", 1e6)
    assert q.text == "nearly 26 million people"
    assert one("over half of business-to-consumer transactions").approx == "over"
    assert one("about 300,000").step == 100_000
    assert one("$1.80").step == pytest.approx(0.01)
    assert one("more than 90 percent").approx == "over"
    assert one("less than 1% of the market").approx == "under"


def test_precision_decides_sameness() -> None:
    assert same_quantity(one("about 300,000"), one("300k"))
    assert same_quantity(one("nearly 26 million people"), one("25.8 million people"))
    assert not same_quantity(one("nearly 26 million people"), one("60 million people"))
    assert not same_quantity(one("Rs5,000"), one("Rs5,400"))
    assert not same_quantity(one("80%"), one("75%"))
    assert not same_quantity(one("18%"), one("Rs 18"))  # a unit that differs is another measure
    assert not same_quantity(one("$1 billion"), one("$3 billion"))
    assert same_quantity(one("26 million"), one("26 million people"))  # a missing unit agrees


def test_years_days_and_non_figures() -> None:
    found = find_quantities("e-commerce would pass $1 billion by 2030")
    assert [(q.value, q.unit) for q in found] == [(1e9, "USD"), (2030, "year")]
    assert [q.unit for q in find_quantities("the meeting on 10 July 2025")] == ["year"]
    assert not same_quantity(one("in 2020"), one("in 2030"))
    assert find_quantities("one of the largest; a few sellers") == []
    assert find_quantities("5 m of cable")[0].value == 5  # a spaced "m" is not a million


def test_text_offsets_point_at_the_figure() -> None:
    text = "Rs5,000 to Rs500 ($18 to $1.80) and 3m Pakistani sellers"
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text
    assert [q.value for q in find_quantities(text)] == [5000, 500, 18, 1.8, 3e6]


def test_normalise_for_search_shares_tokens() -> None:
    assert set(tokens(normalise_for_search("18 per cent sales tax"))) >= {"18%"}
    assert "18%" in tokens(normalise_for_search("an 18% sales tax"))
    assert normalise_for_search("USD 1 billion") == normalise_for_search("$1bn")
    # the words of a counted noun stay, so the index still sees "Pakistani sellers"
    assert normalise_for_search("alibaba has 3m pakistani sellers lol") == "alibaba has 3000000 pakistani sellers lol"
    assert normalise_for_search("no figures here") == "no figures here"


# -- round trips ------------------------------------------------------------------------------------

UNITS = st.sampled_from([None, "percent", "USD", "PKR"])


@given(st.integers(min_value=1, max_value=999), st.sampled_from([1, 1000, 10**6, 10**9]), UNITS)
def test_format_then_find_round_trips(n: int, scale: int, unit: str | None) -> None:
    value = float(n * scale)
    if unit is None and 1900 <= value <= 2099:
        return  # a bare 19xx/20xx is read as a year, on purpose
    written = format_value(value, unit)
    q = one(f"it was {written} then")
    assert q.value == pytest.approx(value)
    assert q.unit == unit


@given(st.integers(min_value=1, max_value=999_999))
def test_thousands_separators_do_not_change_a_value(n: int) -> None:
    if 1900 <= n <= 2099:
        return
    assert one(f"{n:,} sellers").value == one(f"{n} sellers").value == n


@given(st.integers(min_value=10, max_value=99), st.sampled_from(["nearly", "about", "over", "more than", "under"]))
def test_qualified_round_figure_supports_its_rounding(n: int, qual: str) -> None:
    q = one(f"{qual} {n} million people")
    assert same_quantity(q, one(f"{n}.3 million people"))
    assert not same_quantity(q, one(f"{n + 2} million people"))


@given(st.text(max_size=80))
def test_any_text_is_safe(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text
        assert q.value >= 0
    normalise_for_search(text)
