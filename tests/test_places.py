"""Errors in a record read from a JSON document are placed at the value they name, by line and column."""

from __future__ import annotations

import json
from json.decoder import scanstring
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from strategies import pretty_json

from classaction.cli.inputs import read_records, validate_record
from classaction.records.errors import Part, key_name, parts_of, path_of
from classaction.records.places import Places

ROOT = Path(__file__).resolve().parents[1]
TABLE = json.loads((ROOT / "tests" / "cases" / "bad_input.json").read_text("utf-8"))["rows"]


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


# --- every bad input of the table, in a JSON document -----------------------------------------


def _documents(row: dict[str, Any]) -> list[bytes]:
    """The row's input as it is, and pretty-printed where the standard parser reads it alike."""
    data = bytes.fromhex(row["input_hex"]) if "input_hex" in row else row["input"].encode("utf-8")
    if "pad_to_bytes" in row:
        data = data[:-1] + b" " * (row["pad_to_bytes"] - len(data)) + data[-1:]
    documents = [data]
    try:
        value = json.loads(data)
    except ValueError:
        return documents
    documents.append(json.dumps(value, indent=2).encode("utf-8"))
    documents.append(json.dumps([{}, value], indent=3).encode("utf-8"))  # an item of an array
    return documents


def _check_placed(text: str, error: Any, line: int, column: int) -> None:
    """That an error at a line and column of a record's text is placed where it says."""
    record = json.loads(text)
    parts = parts_of(error.path)
    if error.key is not None:
        at = _offset(text, line, column)
        key = scanstring(text, at + 1)[0]
        assert text[at] == '"' and key in _at(record, parts), error
        assert error.keyword == "enum" or key_name(key) in error.message, error
    else:
        assert _starts(text, line, column) == _at(record, parts), error


@pytest.mark.parametrize("row", TABLE, ids=[r["name"] for r in TABLE])
def test_each_bad_input_is_placed_at_the_value_its_path_names(row: dict[str, Any], tmp_path: Path) -> None:
    for number, data in enumerate(_documents(row)):
        path = tmp_path / f"{number}.json"
        path.write_bytes(data)
        for raw in read_records(str(path)):
            errors = validate_record(raw).errors
            for error in errors:
                assert error.line is not None
                if error.keyword == "json" and "column" in error.message:
                    # A syntax error says where it is in its message, as before.
                    assert error.column is None
                    continue
                assert error.column is not None, error
                if error.path == "$" and error.key is None:
                    # The whole record (too large, not UTF-8, NaN somewhere): where it starts.
                    record = raw.data.decode("utf-8", "replace")
                    blank = record[: len(record) - len(record.lstrip())]
                    assert raw.column is not None
                    start = len(blank) - blank.rfind("\n") + (raw.column - 1 if "\n" not in blank else 0)
                    assert (error.line, error.column) == (raw.line + blank.count("\n"), start)
                    continue
                text = data.decode("utf-8")
                # The record's text, as if it stood alone: from its line, blank up to its column.
                lines = text.split("\n")[raw.line - 1:]
                assert raw.column is not None
                lines[0] = " " * (raw.column - 1) + lines[0][raw.column - 1:]
                if raw.column > 1:  # an item of an array: the rest after it is not its own
                    record = raw.data.decode("utf-8")
                    lines = (" " * (raw.column - 1) + record).split("\n")
                _check_placed("\n".join(lines), error, error.line - raw.line + 1, error.column)


def test_a_valid_record_is_never_scanned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> None:
        raise AssertionError("a valid record was scanned")

    monkeypatch.setattr("classaction.cli.inputs.Places", refuse)
    path = tmp_path / "valid.json"
    path.write_text(json.dumps([{"claimant": {"kind": "natural"}}] * 2, indent=2))
    assert [validate_record(raw).errors for raw in read_records(str(path))] == [(), ()]
