"""The scan that finds, in a JSON text, the line and column where each value and key starts."""

from __future__ import annotations

import json
from json.decoder import scanstring
from typing import Any

import pytest
from hypothesis import example, given
from strategies import pretty_json

from classaction._errors import Part, parts_of, path_of
from classaction._places import Places


def _paths(value: Any, parts: tuple[Part, ...] = ()) -> list[tuple[Part, ...]]:
    """The path of every value inside ``value``, itself included."""
    found = [parts]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*parts, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*parts, index))
    return found


def _at(value: Any, parts: tuple[Part, ...]) -> Any:
    for part in parts:
        value = value[part]
    return value


def _offset(text: str, line: int, column: int) -> int:
    """The offset in ``text`` of a line and a column (both from 1), a byte-order mark not counted."""
    text = text.removeprefix("\ufeff")
    lines = text.split("\n")
    assert 1 <= line <= len(lines) and 1 <= column <= len(lines[line - 1]), (line, column)
    return sum(len(before) + 1 for before in lines[: line - 1]) + column - 1


def _starts(text: str, line: int, column: int) -> Any:
    """The JSON value that starts at a line and column of ``text``."""
    return json.JSONDecoder().raw_decode(text.removeprefix("\ufeff"), _offset(text, line, column))[0]


@given(pretty_json())
# Escaped quotes and backslashes in a key, nested lists, a character written as two escapes.
@example((["a", {"b\"\\": [[], [1, {"": "\U0001f600"}]]}],
          '[\n  "a",\n  {"b\\"\\\\": [[], [1, {"": "\\ud83d\\ude00"}]]}]'))
def test_every_value_and_key_is_placed_at_its_first_character(drawn: tuple[Any, str]) -> None:
    value, text = drawn
    places = Places(text)
    for parts in _paths(value):
        where = places.value(parts)
        assert where is not None, parts
        assert _starts(text, *where) == _at(value, parts), (parts, where)
        if parts and isinstance(parts[-1], str):
            key = places.key(parts)
            assert key is not None, parts
            at = _offset(text, *key)
            assert text.removeprefix("\ufeff")[at] == '"'
            assert scanstring(text.removeprefix("\ufeff"), at + 1)[0] == parts[-1]
        if path_of(parts) == "$" or "[?]" not in path_of(parts):
            assert places.of(path_of(parts)) == where


def test_a_key_given_twice_is_placed_at_the_last_one_as_the_parser_keeps_it() -> None:
    text = '{\n  "a": {"x": 1},\n  "b": 2,\n  "a": {"x": 3}\n}'
    places = Places(text)
    assert places.of("$", "a") == (4, 3)
    assert places.of("$.a.x") == (4, 14)
    assert _starts(text, *places.of("$.a.x")) == 3
    assert places.of("$.a", "a") == (4, 8)  # no key 'a' inside $.a: the object itself


def test_a_path_the_text_does_not_hold_is_placed_at_the_nearest_value_that_holds_it() -> None:
    text = '{\n  "claimant": {\n    "Given name": "x"\n  }\n}'
    assert Places(text).of("$.claimant[?]") == (2, 15)
    assert Places(text).of("$.photographs[3].made_on") == (1, 1)
    assert Places("  \n  [1, 2]").of("$") == (2, 3)


def test_text_that_is_not_json_is_scanned_as_far_as_it_goes() -> None:
    places = Places('{"a": [1, 2}, "b": 3}')
    assert places.of("$.a[1]") == (1, 11)
    assert places.of("$.b") == (1, 1)  # past the fault: the record
    assert Places("").of("$.a") == (1, 1)
    assert Places('{"a": ').of("$.a") == (1, 1)


def test_only_the_start_of_the_record_needs_no_scan() -> None:
    places = Places('\n {"a": 1}')
    assert places.of("$") == (2, 2)
    assert places._values is None
    places.of("$.a")
    assert places._values is not None


@pytest.mark.parametrize(("path", "parts"), [
    ("$", ()), ("$.photographs[1].made_on", ("photographs", 1, "made_on")),
    ("$.photographs[0][0][0]", ("photographs", 0, 0, 0)), ("$.contact[?].x", ("contact",)),
])
def test_a_path_is_read_back_into_its_keys_and_indexes(path: str, parts: tuple[Part, ...]) -> None:
    assert parts_of(path) == parts
    if "?" not in path:
        assert path_of(parts) == path
