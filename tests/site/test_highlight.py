"""Quotes are found in the article's original text with exactly the validator's normalisation."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.core.engine import Engine
from bot.core.text import quote_key
from bot.site.highlight import locate, normalise, paragraphs

# Text rich in what quote_key forgives: every kind of space and line break, curly quotes and dashes.
TRICKY = st.text(alphabet=st.sampled_from(list("ab c.\n\t\u00a0\u2009\u2019\u201c\u201d\u2013\u2014'\"-x\r\u2028")),
                 max_size=60)


@given(TRICKY | st.text(max_size=60))
def test_normalised_text_is_quote_key(text: str) -> None:
    norm = normalise(text)
    assert norm.text == quote_key(text)
    assert len(norm.offsets) == len(norm.text)
    assert all(0 <= o < len(text) for o in norm.offsets)


@given(TRICKY, st.data())
def test_any_slice_is_found_at_an_equal_span(body: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(body)))
    j = data.draw(st.integers(i, len(body)))
    quote = body[i:j]
    span = locate(normalise(body), quote)
    if not quote_key(quote):
        assert span is None
        return
    assert span is not None
    start, end = span
    assert quote_key(body[start:end]) == quote_key(quote)
    assert not body[start].isspace() and not body[end - 1].isspace()


def test_every_real_quote_is_located_and_highlighted_whole(engine: Engine) -> None:
    base = engine.base
    for article in base.articles.values():
        facts = [f for f in base.facts.values() if f.source.article == article.id]
        norm = normalise(article.body)
        spans = {}
        for fact in facts:
            span = locate(norm, fact.source.quote)
            assert span is not None, fact.id
            assert quote_key(article.body[span[0]:span[1]]) == quote_key(fact.source.quote), fact.id
            spans[fact.id] = span
        paras = paragraphs(article.body, spans)
        pieces = [p for para in paras for p in para]
        for fact in facts:
            marked = " ".join("".join(p.text for p in para if fact.id in p.facts) for para in paras)
            assert quote_key(marked) == quote_key(fact.source.quote), fact.id
            assert next(p for p in pieces if fact.id in p.starts).facts.count(fact.id) == 1
        # nothing of the article is lost or repeated: the pieces are the text minus paragraph breaks
        assert quote_key(" ".join("".join(p.text for p in para) for para in paras)) == quote_key(article.body)


def test_overlapping_quotes_are_split_not_nested() -> None:
    body = "Alpha beta gamma delta.\n\nEpsilon zeta."
    spans = {"a": (0, 16), "b": (6, 22), "c": (17, 37)}  # b overlaps a, c crosses the paragraph break
    paras = paragraphs(body, spans)
    assert [[(p.text, p.facts) for p in para] for para in paras] == [
        [("Alpha ", ("a",)), ("beta gamma", ("a", "b")), (" ", ("b",)), ("delta", ("b", "c")), (".", ("c",))],
        [("Epsilon zeta", ("c",)), (".", ())],
    ]
