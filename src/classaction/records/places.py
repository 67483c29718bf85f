"""Where the values of a JSON text are, by line and column, to place an error at the value it names.

An error names its place in a record by a JSON path. In a record spread over
many lines (a pretty-printed ``.json`` document) the person fixing it needs
the line and column of that place too, as a compiler gives them. The parser
keeps no positions, so the text of a record that has errors is scanned once
more here, token by token: strings (escapes included) are skipped by the
standard library's own string scanner, and the offset where each value and
each key starts is kept against its path. Only positions come out of it:
no value is ever returned or shown.

Valid records are never scanned; an error at the whole record (``$``) needs
no scan either: it is placed where the record starts.

Lines count line feeds (a CR LF ends one line); columns count characters
(code points, as Python's ``json`` counts them), from 1. A leading
byte-order mark is not counted: editors do not show it.
"""

from __future__ import annotations

import json.decoder
import re
from collections.abc import Callable

from ..records.errors import Part, parts_of, path_of

# The standard library's own string scanner (in C where it is built), which the json module
# parses with: it reads escapes and surrogate pairs exactly as the parser did. Typeshed leaves it
# out of json.decoder.
scanstring: Callable[[str, int], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]

Position = tuple[int, int]
"""A line and a column, both counted from 1."""

_BOM = "\ufeff"
_SPACE = re.compile(r"[ \t\n\r]*")
# A number, true, false or null: everything up to where a value ends.
_SCALAR = re.compile(r"[^ \t\n\r,\]}:\"\[{]+")


class Places:
    """Where each value and each key of one JSON text starts.

    :meth:`of` places a JSON path in the text. The text is scanned at the
    first call that needs more than the start of the whole record.
    """

    def __init__(self, text: str) -> None:
        self._text = text[1:] if text.startswith(_BOM) else text
        self._start = _SPACE.match(self._text).end()  # type: ignore[union-attr]
        self._values: dict[tuple[Part, ...], int] | None = None
        self._keys: dict[tuple[Part, ...], int] = {}

    def of(self, path: str, key: str | None = None) -> Position:
        """The line and column an error at ``path`` is placed at.

        With ``key`` (an error about one key of the object at ``path``: a key
        the schema does not know, a key given twice) the error is placed at
        that key, where the fix is made; a key given twice at its last
        occurrence, the one the parser kept. Otherwise it is placed at the
        first character of the value the path names: for a missing required
        key, the opening brace of the object that lacks it (the key goes
        inside it, and its first lines tell which photograph or period it
        is). A path the text does not hold (one with a key that is not a
        field name, ``[?]``) is placed at the nearest value that holds it, at
        worst at the start of the record.
        """
        parts = parts_of(path)
        if not parts and key is None:
            return self._position(self._start)
        values, keys = self._scanned()
        if key is not None and path_of(parts) == path and (*parts, key) in keys:
            return self._position(keys[(*parts, key)])
        for end in range(len(parts), -1, -1):
            found = values.get(parts[:end])
            if found is not None:
                return self._position(found)
        return self._position(self._start)

    def value(self, parts: tuple[Part, ...]) -> Position | None:
        """Where the value at ``parts`` (keys and indexes) starts; None if the text holds none."""
        found = self._scanned()[0].get(parts)
        return None if found is None else self._position(found)

    def key(self, parts: tuple[Part, ...]) -> Position | None:
        """Where the key that ends ``parts`` starts (its opening quote); None if there is none."""
        found = self._scanned()[1].get(parts)
        return None if found is None else self._position(found)

    def _position(self, offset: int) -> Position:
        text = self._text
        return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)

    def _scanned(self) -> tuple[dict[tuple[Part, ...], int], dict[tuple[Part, ...], int]]:
        if self._values is None:
            self._values = {}
            _scan(self._text, self._start, self._values, self._keys)
        return self._values, self._keys


def _member(
    text: str, at: int, parts: tuple[Part, ...], keys: dict[tuple[Part, ...], int]
) -> tuple[str, int]:
    """Read the key of an object's member at ``at``: the key, and where its value starts."""
    if text[at] != '"':
        raise ValueError("a key is expected")
    key, end = scanstring(text, at + 1)
    keys[(*parts, key)] = at  # a later duplicate replaces an earlier one, as in the parser
    end = _SPACE.match(text, end).end()  # type: ignore[union-attr]
    if text[end] != ":":
        raise ValueError("a colon is expected")
    return key, _SPACE.match(text, end + 1).end()  # type: ignore[union-attr]


def _scan(
    text: str, at: int, values: dict[tuple[Part, ...], int], keys: dict[tuple[Part, ...], int]
) -> None:
    """Fill ``values`` and ``keys`` with the offset of each value and key of the JSON text.

    Iterative, not recursive: the text may be nested as deep as the parser
    allowed before the depth limit refused it. Text that is not JSON stops
    the scan where it goes wrong; what was found before stays.
    """
    # Each open object or list: its path, the key or index of the member being read, and the
    # character that closes it.
    open_: list[tuple[tuple[Part, ...], Part, str]] = []
    parts: tuple[Part, ...] = ()
    try:
        while True:
            char = text[at]
            values[parts] = at
            if char in "{[":
                closer = "}" if char == "{" else "]"
                at = _SPACE.match(text, at + 1).end()  # type: ignore[union-attr]
                if text[at] != closer:
                    first: Part = 0
                    if char == "{":
                        first, at = _member(text, at, parts, keys)
                    open_.append((parts, first, closer))
                    parts = (*parts, first)
                    continue
                at += 1
            elif char == '"':
                at = scanstring(text, at + 1)[1]
            else:
                scalar = _SCALAR.match(text, at)
                if scalar is None:
                    return
                at = scalar.end()
            # A value ends here: close what it ends, or go on to the next member.
            while True:
                at = _SPACE.match(text, at).end()  # type: ignore[union-attr]
                if not open_:
                    return
                outer, last, closer = open_[-1]
                char = text[at]
                if char == ",":
                    at = _SPACE.match(text, at + 1).end()  # type: ignore[union-attr]
                    if isinstance(last, int):
                        following: Part = last + 1
                    else:
                        following, at = _member(text, at, outer, keys)
                    open_[-1] = (outer, following, closer)
                    parts = (*outer, following)
                    break
                if char != closer:
                    return
                at += 1
                open_.pop()
    except (IndexError, ValueError):  # the text ends early, or is not JSON where the scan is
        return
