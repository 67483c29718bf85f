"""Strict parsing of JSON text: bytes in, a JSON value out, or the reasons it is refused.

The standard parser keeps the last of two duplicate keys without a word,
accepts NaN and Infinity, turns 1e400 into infinity and lone surrogates into
strings that cannot be written back, and fails with RecursionError on deep
nesting. Each of these is refused here with a clear error instead.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from ..records.errors import InvalidRecord, RecordError, key_name, path_of

try:
    import orjson

    _loads: Any = orjson.loads
except ImportError:  # the optional fast extra is not installed
    _loads = None

MAX_RECORD_BYTES = 1_048_576
"""The largest record accepted, in bytes of UTF-8 (1 MiB)."""

MAX_DEPTH = 16
"""The deepest nesting of objects and lists accepted (a claim needs 5)."""

_BOM = "\ufeff"


class _Duplicates(dict[str, Any]):
    """An object in which some key appeared more than once."""

    duplicated: list[str]


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    duplicated = []
    for key, value in pairs:
        if key in result:
            duplicated.append(key)
        result[key] = value
    if duplicated:
        marked = _Duplicates(result)
        marked.duplicated = duplicated
        return marked
    return result


def _constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _int(text: str) -> int:
    if len(text.lstrip("-")) > 18:
        raise ValueError("an integer too large to represent")
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError("a number too large to represent")
    return value


# One decoder, built once: json.loads would build a new one for every call with hooks.
_DECODER = json.JSONDecoder(
    object_pairs_hook=_object, parse_constant=_constant, parse_float=_float, parse_int=_int
)


def _problems(value: Any, parts: list[str | int], depth: int, max_depth: int) -> list[RecordError]:
    if depth > max_depth:
        return [RecordError(path_of(parts), f"nested deeper than {max_depth} levels", "depth")]
    found: list[RecordError] = []
    if isinstance(value, dict):
        for key in getattr(value, "duplicated", []):
            found.append(RecordError(
                path_of(parts), f"the key {key_name(key)} appears more than once", "duplicate-key",
                key=key,
            ))
        for key, inner in value.items():
            if not _encodable(key):
                found.append(RecordError(
                    path_of(parts), "a key is not valid Unicode", "encoding", key=key
                ))
            found.extend(_problems(inner, [*parts, key], depth + 1, max_depth))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found.extend(_problems(inner, [*parts, index], depth + 1, max_depth))
    elif isinstance(value, str) and not _encodable(value):
        found.append(RecordError(
            path_of(parts), "text holds a lone surrogate, which is not valid Unicode", "encoding"
        ))
    return found


def _plain(value: Any, depth: int, max_depth: int, strings: bool) -> bool:
    """Whether a value certainly has none of the problems :func:`_problems` looks for.

    A quick pass that builds no paths: a record that fails it is walked again
    by :func:`_problems`, which says what is wrong and where. An object with a
    duplicated key is a ``_Duplicates``, so not exactly a ``dict``. Strings
    are checked only when ``strings`` is true.
    """
    if depth > max_depth:
        return False
    kind = type(value)
    if kind is dict:
        for key, inner in value.items():
            if strings and not _encodable(key):
                return False
            if not _plain(inner, depth + 1, max_depth, strings):
                return False
        return True
    if kind is list:
        return all(_plain(inner, depth + 1, max_depth, strings) for inner in value)
    if kind is str:
        return not strings or _encodable(value)
    return kind is not _Duplicates


# Where a lone surrogate can come from in text decoded from valid UTF-8: an escape of one.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


# Integers the standard parser refuses (see _int) and floats that may have been written as one.
_INT_LIMIT = 10**18
_FLOAT_LIMIT = 9.0e18


def _keys(value: Any, depth: int, max_depth: int) -> int:
    """The number of keys in a value parsed by orjson, or -1 if the strict parser must decide.

    -1 for what orjson reads differently from the strict parser: nesting too
    deep, an integer of 19 digits or more (refused there; orjson reads it, as
    a float beyond 64 bits), or a float as large as such an integer. Scalars
    are checked in their container's loop: a call per value would cost more.
    """
    if depth >= max_depth and value:
        return -1  # its items would lie deeper than allowed
    if type(value) is dict:
        count = len(value)
        items: Any = value.values()
    else:
        count = 0
        items = value
    for inner in items:
        kind = type(inner)
        if kind is dict or kind is list:
            found = _keys(inner, depth + 1, max_depth)
            if found < 0:
                return -1
            count += found
        elif kind is int:
            if not -_INT_LIMIT < inner < _INT_LIMIT:
                return -1
        elif kind is float and not -_FLOAT_LIMIT < inner < _FLOAT_LIMIT:
            return -1
    return count


def _quickly(data: bytes | str, max_depth: int) -> Any:
    """The value of a record that orjson reads exactly as the strict parser would, else None.

    orjson refuses NaN, Infinity, numbers out of range, lone surrogates, a
    byte order mark and invalid UTF-8, as the strict parser does (those then
    go to the strict parser, which says why), but keeps the last of two
    duplicate keys. Every key puts one colon in the text, outside strings, so
    when the text holds exactly as many colons as the value has keys, no key
    was lost and no string holds a colon. Otherwise the strict parser reads
    the record again.
    """
    try:
        value = _loads(data)
    except ValueError:  # orjson.JSONDecodeError
        return None
    kind = type(value)
    if kind is not dict and kind is not list:
        return None  # a bare scalar: not a record, and rare; the strict parser says so
    colons = data.count(b":") if isinstance(data, bytes) else data.count(":")
    return value if _keys(value, 0, max_depth) == colons else None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_CURLY = frozenset("\u201c\u201d\u2018\u2019\u00ab\u00bb")  # quotes a word processor makes


# The standard parser's messages in words; the place follows each in brackets.
_SAID = {
    "Extra data": "more text after the end of the record",
    "Expecting ',' delimiter": "a comma is missing between two values, or a value is miswritten",
    "Expecting ':' delimiter": "a colon is missing after a key",
    "Unterminated string": "text whose closing double quote (\") is missing",
    "Invalid control character": "a tab or line break inside text (write it as \\t or \\n)",
    "Invalid \\escape": "a backslash that begins no escape (write \\\\ for one backslash)",
    "Expecting value": "a value is missing or miswritten",
}


def parse_json(
    data: bytes | str, *, max_bytes: int = MAX_RECORD_BYTES, max_depth: int = MAX_DEPTH
) -> Any:
    """Parse one JSON value strictly. Raises :class:`InvalidRecord` with every problem found."""
    if len(data) <= max_bytes and _loads is not None:
        # With orjson installed, most records are read by it alone (tests/test_parse.py).
        value = _quickly(data, max_depth)
        if value is not None:
            return value
    if isinstance(data, bytes):
        if len(data) > max_bytes:
            raise InvalidRecord([RecordError("$", f"larger than {max_bytes} bytes", "size")])
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InvalidRecord([RecordError(
                "$", f"not valid UTF-8 (byte {error.start}): save the file as UTF-8 (an "
                "editor's or spreadsheet's \"UTF-8\" encoding)", "encoding"
            )]) from None
    else:
        text = data
        if len(text) > max_bytes:
            raise InvalidRecord([RecordError("$", f"larger than {max_bytes} bytes", "size")])
    if text.startswith(_BOM):
        text = text[1:]
    try:
        value = _DECODER.decode(text)
    except json.JSONDecodeError as error:
        # "Unterminated string starting at" and "Invalid control character at" expect the place
        # after them: it is given in brackets, as for every other message.
        said = error.msg.removesuffix(" at").removesuffix(" starting")
        line, column = error.lineno, error.colno
        end = len(text.rstrip())
        if error.pos >= end and end:
            # Faulted where the text ends ("Expecting ',' delimiter" after the last "}" of a
            # record whose closing brace is missing): it was placed after the line break that
            # ends a line of JSON Lines, on the next line, where another record is. It is
            # placed just after the record's last character, and said in plain words.
            said = "the record ends before it is closed (a closing brace or bracket is missing)"
            line = text.count("\n", 0, end) + 1
            column = end - text.rfind("\n", 0, end)
        elif text[error.pos:error.pos + 2] in ("//", "/*") or text[error.pos:error.pos + 1] == "#":
            # An intake clerk's note in the record ("// checked by LG"; a trial's), which was
            # told as a comma missing or a key not in quotes.
            said = "a comment: JSON has none (remove it from the record)"
        elif said.startswith("Expecting property name") and text[error.pos:error.pos + 1] == "}":
            said = "a comma before a closing brace (remove the comma)"
        elif said.startswith("Expecting property name") and text[error.pos:error.pos + 1] == "'":
            said = "a key in single quotes: JSON writes keys and text in double quotes (\")"
        elif text[error.pos:error.pos + 1] in _CURLY:
            # A word processor's or a spreadsheet's quotes.
            said = "curly quotes: JSON writes keys and text in straight double quotes (\")"
        elif said.startswith("Expecting property name"):
            said = "a key not in double quotes: JSON writes keys in double quotes (\")"
        elif said == "Expecting value" and text[error.pos:error.pos + 1] == "'":
            said = "text in single quotes: JSON writes text in double quotes (\")"
        elif said == "Expecting value" and text[error.pos:error.pos + 1].isalpha() \
                and text[:error.pos].rstrip().endswith((":", "[", ",")):
            said = (
                "a value that is not JSON: text goes in double quotes (\"), and true, false "
                "and numbers are written bare"
            )
        elif said == "Expecting value" and text[error.pos:error.pos + 1] == "]" \
                and text[:error.pos].rstrip().endswith(","):
            said = "a comma before a closing bracket (remove the comma)"
        elif said == "Expecting value" and not text[:error.pos].strip():
            said = "a record is a JSON object, from { to }, and this is not one"
        else:  # the parser's other words, as a clerk can act on them
            said = _SAID.get(said, said)
        raise InvalidRecord([RecordError(
            "$", f"not valid JSON: {said} (line {line}, column {column})", "json", line,
        )]) from None
    except RecursionError:
        raise InvalidRecord([RecordError(
            "$", f"nested deeper than {max_depth} levels", "depth"
        )]) from None
    except ValueError as error:  # NaN, Infinity, numbers out of range, integers too long
        raise InvalidRecord([RecordError("$", f"not valid JSON: {error}", "json")]) from None
    # Text decoded from UTF-8 holds no lone surrogate unless it escapes one; a str given
    # directly may hold one as it is, so its strings are always checked.
    strings = not isinstance(data, bytes) or _SURROGATE_ESCAPE.search(text) is not None
    if _plain(value, 0, max_depth, strings):
        return value
    problems = _problems(value, [], 0, max_depth)
    if problems:
        raise InvalidRecord(problems)
    return value
