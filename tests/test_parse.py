"""The strict parser's quick pass lets through exactly what its full walk would accept."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from classaction._errors import InvalidRecord
from classaction._parse import _DECODER, MAX_DEPTH, _problems, parse_json

KEYS = st.sampled_from(["a", "b", "claimant", "é", "\ud800", "\udfff", "\U0001f600"])
SCALARS = st.none() | st.booleans() | st.integers(-5, 5) | st.sampled_from(
    ["", "x", "\ud83d", "\ude00", "\U0001f600", "\\ud800", "é"]
)
VALUES: st.SearchStrategy[Any] = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=3),
    max_leaves=12,
)


def _nested(value: Any, depth: int) -> Any:
    for _ in range(depth):
        value = [value]
    return value


@st.composite
def texts(draw: st.DrawFn) -> bytes:
    value = _nested(draw(VALUES), draw(st.sampled_from([0, 0, MAX_DEPTH - 2, MAX_DEPTH + 1])))
    text = json.dumps(value, ensure_ascii=draw(st.booleans()))
    if draw(st.booleans()) and text.startswith("{") and text != "{}":
        text = '{"a": 1, "a": 2, ' + text[1:]  # a duplicated key at the top
    return text.encode("utf-8", errors="surrogatepass")


def _agrees_with_the_full_walk(data: bytes | str, text: str) -> None:
    expected = _problems(_DECODER.decode(text), [], 0, MAX_DEPTH)
    try:
        parse_json(data)
    except InvalidRecord as refused:
        assert list(refused.errors) == expected
    else:
        assert expected == []


@given(texts())
def test_the_quick_pass_agrees_with_the_full_walk(data: bytes) -> None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return  # refused before either pass
    _agrees_with_the_full_walk(data, text)


@given(VALUES)
def test_text_given_as_str_is_checked_for_lone_surrogates_too(value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    _agrees_with_the_full_walk(text, text)
