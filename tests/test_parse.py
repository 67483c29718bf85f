"""The strict parser's quick pass lets through exactly what its full walk would accept."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classaction.records import parse as _parse
from classaction.records.errors import InvalidRecord
from classaction.records.parse import _DECODER, MAX_DEPTH, _problems, parse_json

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


# --- orjson reads most records; the strict parser decides the rest ---------------------------

NUMBERS = st.integers(-(10**20), 10**20) | st.sampled_from(
    [10**18 - 1, 10**18, -(10**18), 2**63, 2**64, -(2**63) - 1]
) | st.floats(allow_nan=False, allow_infinity=False) | st.sampled_from([9.0e18, -9.5e18, -0.0])
TEXT = st.sampled_from(["", "x", "a:b", "é", "\U0001f600", "2018-06-01"])
ANY_VALUE: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | NUMBERS | TEXT,
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(["a", "b", "c:d", "é"]), inner, max_size=3),
    max_leaves=10,
)


@st.composite
def varied_texts(draw: st.DrawFn) -> bytes:
    """JSON texts, some with what orjson reads differently: duplicate keys, big numbers, depth."""
    value = _nested(draw(ANY_VALUE), draw(st.sampled_from([0, 1, MAX_DEPTH - 1, MAX_DEPTH])))
    text = json.dumps(value, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 1])))
    if draw(st.booleans()):
        text = text.replace(":", "\\u003a" if draw(st.booleans()) else ":", 1)
    if text.startswith("{") and text != "{}" and draw(st.booleans()):
        key = draw(st.sampled_from(['"a"', '"b"', '"\\u0061"']))
        text = "{" + key + ": 1, " + text[1:]  # maybe a key the object already has
    if draw(st.integers(0, 9)) == 0:
        text = "\ufeff" + text
    return text.encode("utf-8")


def _typed(value: Any) -> Any:
    """A value with the type of every scalar kept: 1, 1.0, True and -0.0 all differ."""
    if isinstance(value, dict):
        return ("dict", [(key, _typed(inner)) for key, inner in value.items()])
    if isinstance(value, list):
        return ("list", [_typed(inner) for inner in value])
    return (type(value).__name__, repr(value))


def _outcome(data: bytes | str) -> Any:
    try:
        return _typed(parse_json(data))
    except InvalidRecord as refused:
        return list(refused.errors)


@given(varied_texts())
def test_orjson_reads_records_as_the_strict_parser_does(data: bytes) -> None:
    if _parse._loads is None:
        pytest.skip("orjson is not installed")
    quick = _outcome(data)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_parse, "_loads", None)
        assert _outcome(data) == quick


def test_orjson_leaves_to_the_strict_parser_what_it_reads_differently() -> None:
    if _parse._loads is None:
        pytest.skip("orjson is not installed")
    leaves = [
        b'{"a": 1, "a": 2}',  # a key lost
        b'{"a": 1, "b": "x:y"}',  # a colon in a string
        b'{"a": 1234567890123456789}',  # refused by the strict parser, read by orjson
        b'{"a": 123456789012345678901234567890}',  # a float to orjson
        _nested(0, MAX_DEPTH + 1).__repr__().encode(),
        b"\xef\xbb\xbf{}",
        b"null",
    ]
    for data in leaves:
        assert _parse._quickly(data, MAX_DEPTH) is None, data
    assert _parse._quickly(b'{"a": [1, {"b": "2018-06-01"}]}', MAX_DEPTH) == {
        "a": [1, {"b": "2018-06-01"}]
    }
    with pytest.raises(InvalidRecord, match="appears more than once"):
        parse_json(b'{"a": 1, "a": 2}')
    with pytest.raises(InvalidRecord, match="too large"):
        parse_json(b'{"a": 1234567890123456789}')


def test_a_syntax_error_that_names_where_it_starts_reads_as_a_sentence() -> None:
    # Python's "Unterminated string starting at" and "Invalid control character at" expect a
    # place after them; the place is given in brackets as for any other syntax error.
    for text, said in (('{"claim_id": "abc', 'text whose closing double quote (") is missing '
                        "(line 1, column 14)"),
                       ('{"claim_id": "a\tb"}', "a tab or line break inside text (write it as "
                        "\\t or \\n) (line 1, column 16)")):
        with pytest.raises(InvalidRecord) as raised:
            parse_json(text)
        message = raised.value.errors[0].message
        assert message == f"not valid JSON: {said}"
        assert " at (" not in message


@pytest.mark.parametrize(("text", "said"), [
    ('{"a": 1} x', "more text after the end of the record (line 1, column 10)"),
    ('{"a" 1}', "a colon is missing after a key (line 1, column 6)"),
    ('{"a": 1 "b": 2}', "a comma is missing between two values, or a value is miswritten"),
    ('{"a": "x\\q"}', "a backslash that begins no escape (write \\\\ for one backslash)"),
    ("{claim_id: 1}", 'a key not in double quotes: JSON writes keys in double quotes (")'),
    ('{\u201cclaim_id\u201d: 1}', "curly quotes: JSON writes keys and text in straight double"),
    ('{"a": \u201cx\u201d}', "curly quotes: JSON writes keys and text in straight double"),
    # An intake clerk's note ("// checked by LG"; a trial's) was a comma missing, a key not quoted.
    ('{"a": 1, // checked by LG\n"b": 2}',
     "a comment: JSON has none (remove it from the record) (line 1, column 10)"),
    ('{"a": 1 /* x */}', "a comment: JSON has none (remove it from the record) (line 1, column 9)"),
    ('{"a": 1, # x\n}', "a comment: JSON has none"),
    ('{"a": "x // y" z}', "a comma is missing between two values"),
])
def test_the_parsers_words_are_said_as_a_clerk_can_act_on_them(text: str, said: str) -> None:
    """"not valid JSON: Extra data (column 53)" told an administrator nothing to do."""
    with pytest.raises(InvalidRecord) as raised:
        parse_json(text)
    assert raised.value.errors[0].message.startswith(f"not valid JSON: {said}")


def test_bytes_not_utf8_say_how_to_save_the_file() -> None:
    with pytest.raises(InvalidRecord) as raised:
        parse_json('{"name": "Zoé"}'.encode("latin-1"))
    (error,) = raised.value.errors
    assert error.message == (
        "not valid UTF-8 (byte 12): save the file as UTF-8 (an editor's or spreadsheet's "
        '"UTF-8" encoding)'
    )
