"""The YAML loader's short roads (a text scalar taken as its value, scalar tags remembered by their
text) give what PyYAML's own safe loader gives, on any document."""

from __future__ import annotations

import datetime as dt

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.loader import LineDict, LineList, parse_yaml
from bot.editing.accept import _plain  # the loader's dicts and lists as plain ones, as the editor dumps them

# scalars that look like other types when plain, and the same text quoted
WORDS = st.sampled_from(["1", "1.5", "yes", "no", "null", "~", "true", "2017-02-30", "2017-02-03", "0x1F", "",
                         "-", "a b", "Rs 5,000", "<<", "=", "id", "says", "19:30", ".inf", "0o17", "é"])
SCALARS = st.one_of(WORDS, st.integers(-10**6, 10**6), st.booleans(), st.none(), st.text(max_size=12),
                    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 1, 1)))
KEYS = st.one_of(WORDS, st.text(min_size=1, max_size=8), st.integers(0, 99))
DOCS = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                      st.dictionaries(KEYS, inner, max_size=4)), max_leaves=20)


@settings(max_examples=400, deadline=None)
@given(doc=DOCS, flow=st.booleans())
def test_any_document_loads_as_pyyaml_loads_it(doc: object, flow: bool) -> None:
    text = yaml.safe_dump(doc, default_flow_style=flow, allow_unicode=True, sort_keys=False)
    ours = parse_yaml(text, "x.yaml")
    assert _plain(ours) == yaml.load(text, Loader=yaml.SafeLoader)
    assert type(ours) is (LineDict if isinstance(doc, dict) else LineList if isinstance(doc, list) else type(ours))


def test_tags_anchors_merges_and_lines_are_kept() -> None:
    text = ("base: &b {x: 1, y: two}\n"
            "copy:\n  <<: *b\n  z: !!str 3\n"
            "list: [*b, '7', 7, !!str yes, yes]\n"
            "when: 2017-02-30\n")
    got = parse_yaml(text, "x.yaml")
    assert got == {"base": {"x": 1, "y": "two"}, "copy": {"x": 1, "y": "two", "z": "3"},
                   "list": [{"x": 1, "y": "two"}, "7", 7, "yes", True], "when": "2017-02-30"}
    assert got.line_of("copy") == 2 and got["copy"].line == 3 and got["list"].item_lines == [1, 5, 5, 5, 5]
    assert got["list"][0] is got["base"]  # an alias is the anchored object itself
