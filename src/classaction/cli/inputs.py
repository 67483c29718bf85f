"""Files of claim records in: each record read, checked, converted and determined into a Result.

Which records a file holds:

* ``.jsonl`` or ``.ndjson``: JSON Lines, one record a line; blank lines are
  not records. Read line by line, so memory does not grow with the input. A
  line that opens a record it does not close starts a record spread over
  several lines (a pretty-printed record): its lines, up to the one that
  closes it (or one that starts with ``{``, which starts another record), are
  one rejected record whose error says so, not an error a line.
* ``.json``: one JSON document, holding one record or an array of records
  (each item is a record, at the line where it starts). An array broken between
  its records (a comma after the last one, or none between two, or no closing
  bracket) still yields each record, the one beside the fault with a warning
  that says where it is; a record broken within is rejected alone.
* Any other name, and standard input (``-``): JSON Lines when the first
  non-blank line is a record by itself (or a broken line that does not open
  a record); otherwise, when it starts with ``[`` or opens a record it does
  not close, one JSON document, read as a ``.json`` file is.

A file with no record (empty, blank, or an empty array) yields nothing; the
command says so. Every record read yields exactly one output record: accepted
with its determination, or rejected with its errors; nothing is dropped.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import io
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs
from attrs import field, frozen

from ..engine.core import Determination, canonical_json
from ..records.claim import Claim
from ..records.consistency import (
    claim_id_withheld,
    consistency_warnings,
    personal_claim_id,
    shown_claim_id,
)
from ..records.documents import canonical_claim_record, claim_from_record
from ..records.errors import InvalidRecord, RecordError
from ..records.parse import MAX_RECORD_BYTES, parse_json
from ..records.places import Places

JSONL_SUFFIXES = (".jsonl", ".ndjson")


@frozen
class RawRecord:
    """One record as read: where it came from, and its bytes.

    ``column`` is the column of the record's first line where a record read
    from a JSON document starts (1 for a document that is one record; an item
    of an array may start further in): its errors are placed at the line and
    column of the value they name. It is None for a record of JSON Lines,
    whose errors stay on its line.
    """

    source: str
    line: int
    data: bytes
    column: int | None = None

    def __reduce__(self) -> tuple[type[RawRecord], tuple[str, int, bytes, int | None]]:
        # Sent to the workers of --jobs by pickle: as a plain tuple, a seventh of the cost.
        return RawRecord, (self.source, self.line, self.data, self.column)


# A record spread over several lines of a JSON Lines file is passed on with this mark before its
# bytes, which no record can start with: the mark makes its rejection depend on its bytes alone,
# as any record's does (classify --cache keys lines by the bytes of their record).
_SPREAD = b"\x00spread\x00"
# A JSON document that holds several, one after another: the same, for the hint its error gets.
_LINES = b"\x00lines\x00"
_ONE_A_LINE = "a .jsonl file holds one record a line, or name the file .json"
# An item of an array broken between its records: this mark, what is wrong beside it and on which
# line of the item (from 1; 0 for the line after its last), then the item's bytes.
_ARRAY = b"\x00array\x00"
_ARRAY_NOTES = {
    b"comma": "in the array of records, a comma after this record has no record after it; "
              "the records are read as if it were not there",
    b"no-comma": "in the array of records, no comma comes between this record and the one "
                 "before it; the records are read as if one did",
    b"unclosed": "the array of records has no closing bracket after this record, its last; "
                 "the records are read as if it had one",
    b"after": "this comes after the closing bracket of the array of records, and is read as a "
              "record of its own",
    b"shared": "this record shares its line with another; each is read as a record of its own",
    b"several": "the file holds several records one after another, not one record or an array "
                "of them as a .json file does; each is read as a record of its own",
}
# The rule a note names: a fault of an array, or records that share a line of JSON Lines.
_NOTED = ("array", "lines")
_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"?')
_BOM = b"\xef\xbb\xbf"
_WHITESPACE = re.compile(r"[ \t\n\r]*")


def _depth(line: bytes) -> int:
    """How many more objects and lists a line opens than it closes (text in strings aside)."""
    bare = _STRINGS.sub(b"", line) if b'"' in line else line
    return bare.count(b"{") + bare.count(b"[") - bare.count(b"}") - bare.count(b"]")


def _whole(text: bytes) -> bool:
    """Whether a stripped line has the shape of a record on one line: ``{...}`` or ``[...]``."""
    return (text[:1] == b"{" and text[-1:] == b"}") or (text[:1] == b"[" and text[-1:] == b"]")


def _fragment(text: bytes) -> bool:
    """Whether a stripped line that is not a whole record looks like a line of a pretty-printed one."""
    return text[:1] in (b"}", b"]") or (text[:1] == b'"' and re.match(rb'"[^"]*"\s*:', text) is not None)


def _lines(source: str, stream: Iterable[bytes], first: int = 1) -> Iterator[RawRecord]:
    """The records of JSON Lines: one a line, and one for each record spread over several lines."""
    group: list[bytes] = []
    start = depth = size = 0
    for number, line in enumerate(stream, first):
        text = line.strip()
        if group and line[:1] not in b" \t" and text and not _fragment(text):
            # A record's lines are indented inside it: a line that starts at its first column
            # (a brace, a list, text or a spreadsheet's row) and neither closes the record nor
            # names one of its keys is one of its own, and the record before it was left open
            # (a trial's cut-off record took the three lines after it with it, unanswered).
            yield RawRecord(source, start, _SPREAD + b"".join(group))
            group = []
        if group:
            group.append(line)
            depth += _depth(text)
            size += len(line)
            if depth <= 0 or size > MAX_RECORD_BYTES:
                yield RawRecord(source, start, _SPREAD + b"".join(group))
                group = []
            continue
        if not text:
            continue
        if text[:3] == _BOM:
            text = text[3:].lstrip()
        if _whole(text):
            if _NEXT_RECORD.search(text) is not None:
                # Perhaps records side by side on one line (a trial's two records on one line
                # gave one rejected row): each its own, where each is JSON.
                yield from _side_by_side(source, number, line)
            else:
                yield RawRecord(source, number, line)
        elif (opened := _depth(text)) > 0:  # a record it does not close: the first of its lines
            group, start, depth, size = [line], number, opened, len(line)
        elif _fragment(text):
            yield RawRecord(source, number, _SPREAD + line)
        else:
            yield RawRecord(source, number, line)
    if group:
        yield RawRecord(source, start, _SPREAD + b"".join(group))


# A record that starts where another closed, as records start (about half a microsecond a line).
_NEXT_RECORD = re.compile(rb'\}\s*,?\s*\{\s*"(?:claim_id|schema_version)"')


def _values(text: str) -> list[tuple[int, int]] | None:
    """Where each of the JSON values one after another in ``text`` starts and ends (a comma or
    white space between two); None where any is not JSON."""
    spans: list[tuple[int, int]] = []
    at = _WHITESPACE.match(text).end()  # type: ignore[union-attr]
    while at < len(text):
        found = _value_at(text, at)
        if found is None:
            return None
        spans.append((at, found[0]))
        at = found[1]
    return spans


_DECODER = json.JSONDecoder()


def _value_at(text: str, at: int) -> tuple[int, int, bool] | None:
    """Where the JSON value at ``at`` ends, where what follows it starts (past white space and
    one comma), and whether a comma came; None where it is not JSON."""
    try:
        _, end = _DECODER.raw_decode(text, at)
    except (ValueError, RecursionError):
        return None
    after = _WHITESPACE.match(text, end).end()  # type: ignore[union-attr]
    if text[after:after + 1] != ",":
        return end, after, False
    return end, _WHITESPACE.match(text, after + 1).end(), True  # type: ignore[union-attr]


def _side_by_side(source: str, number: int, line: bytes) -> Iterator[RawRecord]:
    """A line of JSON Lines: its one record, or each of several records on it, said to share
    it; the line as one record where they are not all JSON objects."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        text = ""
    spans = _values(text) if text else None
    if spans is None or len(spans) < 2 or any(text[begin] != "{" for begin, _ in spans):
        yield RawRecord(source, number, line)
        return
    for which, (begin, end) in enumerate(spans, 1):
        item = text[begin:end].encode("utf-8")
        # Which of them, and where: a trial's administrator read the same warning twice and
        # could not tell the records apart.
        told = b"%d of %d, at column %d" % (which, len(spans), begin + 1)
        yield RawRecord(source, number, _marked(b"shared", 1, item, told), begin + 1)


def _first_line(data: bytes) -> tuple[int, int]:
    """The line number of the first non-blank line of ``data``, and the offset where it starts."""
    number, offset = 1, 0
    while True:
        end = data.find(b"\n", offset)
        if end < 0 or data[offset:end].strip():
            return number, offset
        number, offset = number + 1, end + 1


def _items(text: str) -> tuple[list[tuple[int, int]], int] | None:
    """Where each item of a JSON array starts and ends in ``text``, and where text after the
    array starts (-1 for none); None if ``text`` does not start with a valid array."""
    at = _WHITESPACE.match(text).end()  # type: ignore[union-attr]
    if text[at:at + 1] != "[":
        return None
    spans: list[tuple[int, int]] = []
    at = _WHITESPACE.match(text, at + 1).end()  # type: ignore[union-attr]
    if text[at:at + 1] == "]":
        at += 1
    else:
        while True:
            found = _value_at(text, at)
            if found is None:
                return None
            spans.append((at, found[0]))
            at = found[1]
            if found[2]:  # a comma: another item follows
                continue
            if text[at:at + 1] != "]":
                return None
            at += 1
            break
    rest = _WHITESPACE.match(text, at).end()  # type: ignore[union-attr]
    if rest == len(text):
        return spans, -1
    # Text after it: the array closed there ("]" then a line of thanks, or records below it),
    # unless the bracket is one too many within it ("[]" before records, "}]," between two).
    if not spans or not (text[rest] == "{" or _closes(text, at, _indent(text, spans[0][0]) is None)):
        return None  # (a record after a sound array closed it, on its line too: a trial's)
    return spans, rest


_SCAN = re.compile(r'["\[\]{},]')
# The rest of a string: up to its closing quote, or (a quote missing) to the end of its line,
# which no JSON string holds unescaped, so that one missing quote does not join the records
# after it to its own.
_STRING_REST = re.compile(r'[^"\\\n]*(?:\\.[^"\\\n]*)*"?')


def _item_end(text: str, at: int, usual: str | None = None) -> tuple[int, int, bool]:
    """Where the item of an array that starts at ``at`` ends (after its last character that is
    not white space), and where what follows it starts: the comma or bracket after it, or the
    next item where a value closed with no comma after it. Strings are skipped whole; a brace
    closed once too often (``}}``) is part of the broken item. An item left open ends where a
    brace opens a line indented as its own first line was (the next record of a pretty-printed
    array), as a record spread over lines of JSON Lines does. Always past ``at``."""
    depth, position = 0, at
    # The indent of the line the array's first record starts, ``usual``; of the first record,
    # its own (None where it does not start its line).
    indent = usual if usual is not None else _indent(text, at)
    while (found := _SCAN.search(text, position)) is not None:
        mark = found[0]
        position = found.end()
        if mark == '"':
            rest = _STRING_REST.match(text, position)
            position = len(text) if rest is None else rest.end()
        elif mark == "{" and depth > 0 and indent is not None and \
                text[found.start() - len(indent) - 1:found.start()] == "\n" + indent:
            # The next record's first line, this one left open: it ends before that line.
            return len(text[:found.start()].rstrip()), found.start(), True
        elif mark in "[{":
            depth += 1
        elif depth == 0 and found.start() > at and (
            _separates(text, position) if mark == "," else _closes(text, position, indent is None)
        ):
            # A comma or the bracket that closes the array.
            return len(text[:found.start()].rstrip()), found.start(), False
        elif depth == 0 or mark == ",":
            continue  # a comma within the item, or a stray closing mark: part of the item
        else:
            depth -= 1
            after = _WHITESPACE.match(text, position).end()  # type: ignore[union-attr]
            if depth == 0 and text[after:after + 1] in ("{", "["):
                return position, after, False
    return len(text.rstrip()), len(text), False


def _indent(text: str, at: int) -> str | None:
    """The white space a line starts with, where what is at ``at`` starts that line; else None."""
    opens = text.rfind("\n", 0, at) + 1
    return None if text[opens:at].strip() else text[opens:at]


def _separates(text: str, after: int) -> bool:
    """Whether a comma at depth 0 that ends before ``after`` separates two records: not where a
    key follows it, as in a record with a brace or bracket closed too early."""
    following = _WHITESPACE.match(text, after).end()  # type: ignore[union-attr]
    return text[following:following + 1] != '"'


def _closes(text: str, after: int, one_line: bool = False) -> bool:
    """Whether a bracket at depth 0 that ends before ``after`` closes the array: not where a
    comma, a brace or a key follows it, as in a record with a bracket too many, nor another
    record ("},]" before the next one), unless that record starts a line of its own and the
    bracket is alone on its line, or ends a line of an array written on one line
    (``one_line``): a record after the array (a trial's records below one)."""
    following = _WHITESPACE.match(text, after).end()  # type: ignore[union-attr]
    if text[following:following + 1] != "{":
        return text[following:following + 1] not in (",", "}", '"')
    if "\n" not in text[after:following]:
        return False
    alone = not text[text.rfind("\n", 0, after - 1) + 1:after - 1].strip()
    return alone or one_line


def _loose_items(text: str) -> tuple[list[tuple[int, int, bytes, int]], int] | None:
    """The items of a JSON array broken between them: each one's start and end in ``text``,
    and what is wrong beside it (a key of ``_ARRAY_NOTES``, or ``b""``) with where (the offset
    in ``text``; -1 for none); then where text after the array starts (-1 for none). None if
    ``text`` is no array."""
    at = _WHITESPACE.match(text).end()  # type: ignore[union-attr]
    if text[at:at + 1] != "[":
        return None
    items: list[tuple[int, int, bytes, int]] = []
    at = _WHITESPACE.match(text, at + 1).end()  # type: ignore[union-attr]
    missing = -1  # where an item starts that no comma came before
    usual: str | None = None  # the indent of the line the first record starts
    while True:
        if at >= len(text):
            if not items:
                return None
            begin, end, note, where = items[-1]
            items[-1] = (begin, end, note or b"unclosed", where if note else len(text.rstrip()))
            return items, -1
        if text[at] == "]":
            if _closes(text, at + 1, usual is None and bool(items)):
                break
            at = _WHITESPACE.match(text, at + 1).end()  # type: ignore[union-attr]
            continue  # a bracket between records ("},]" before the next): none of theirs
        if text[at] == ",":  # a comma with no item before it: told on the item before, if any
            if items and not items[-1][2]:
                items[-1] = (*items[-1][:2], b"comma", at)
            at = _WHITESPACE.match(text, at + 1).end()  # type: ignore[union-attr]
            continue
        if not items:
            usual = _indent(text, at)
        if text[at] not in '{["}:':  # a stray mark of JSON's own is part of an item
            # A line that is no JSON a record starts with (a spreadsheet's row pasted in, a
            # trial's): one item to the end of its line, not one at each comma, and never run
            # into the record after it.
            stop = text.find("\n", at)
            after = len(text) if stop < 0 else stop
            end, cut = len(text[:after].rstrip()), False
        else:
            end, after, cut = _item_end(text, at, usual)
        if after <= at:  # never: each item ends past its start (a guard against a loop)
            return None
        items.append((at, end, b"no-comma" if missing >= 0 else b"", missing))
        missing = -1
        at = _WHITESPACE.match(text, after).end()  # type: ignore[union-attr]
        if cut:  # left open: its own error says so, and its comma is within it
            continue
        if text[at:at + 1] == ",":
            at = _WHITESPACE.match(text, at + 1).end()  # type: ignore[union-attr]
            if text[at:at + 1] == "]" and not items[-1][2] and _closes(text, at + 1, usual is None):
                items[-1] = (*items[-1][:2], b"comma", after)
        elif text[at:at + 1] not in ("]", ""):
            missing = at
    if not items:
        return None
    rest = _WHITESPACE.match(text, at + 1).end()  # type: ignore[union-attr]
    return items, (rest if rest < len(text) else -1)


def _marked(note: bytes, line: int, item: bytes, which: bytes = b"") -> bytes:
    """An item's bytes with the mark of a fault of the array beside it (``_ARRAY_NOTES``), told
    on ``line`` of the item (from 1), as :func:`_noted` reads it; ``which`` says which record of
    a line it is ("2 of 3, at column 57")."""
    return b"%s%s %d %s\x00%s" % (_ARRAY, note, line, which, item)


def _noted(data: bytes) -> tuple[bytes, RecordError | None]:
    """An item's bytes without the mark of a fault of the array beside it, and that fault as a
    warning placed on its line (counted from the item's first, as a syntax error is)."""
    if not data.startswith(_ARRAY):
        return data, None
    head, _, rest = data[len(_ARRAY):].partition(b"\x00")
    note, _, told = head.partition(b" ")
    line, _, which = told.partition(b" ")
    message = _ARRAY_NOTES[note]
    if which:
        message = message.replace("this record ", f"this record (record {which.decode()}) ", 1)
    return rest, RecordError("$", message, _NOTED[note in (b"shared", b"several")], int(line))


def _document(source: str, data: bytes, first: int = 1) -> Iterator[RawRecord]:
    """The records of one JSON document: itself, or each item of an array (``.json`` rules)."""
    if data.startswith(_BOM):
        data = data[3:]
    if not data.strip():
        return
    skipped, offset = _first_line(data)
    line, data = first + skipped - 1, data[offset:]
    if data.lstrip()[:1] == b"[":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = ""
        # A sound array's items; else, broken between its records, each record is still read
        # (one broken within is rejected alone), and the fault told on the record beside it.
        # A sound array followed by more text keeps its records (a trial's records after one
        # were read as part of its last, which was rejected, and one of them was lost).
        sound = _items(text) if text else None
        loose = ([(begin, end, b"", -1) for begin, end in sound[0]], sound[1]) if sound \
            else _loose_items(text) if text else None
        if loose is not None:
            counted = 0
            found, rest = loose
            for begin, end, note, where in found:
                line += text.count("\n", counted, begin)
                counted = begin
                column = begin - text.rfind("\n", 0, begin)  # in characters, from 1
                item = text[begin:end].encode("utf-8")
                if note:
                    item = _marked(note, text.count("\n", begin, max(where, begin)) + 1, item)
                yield RawRecord(source, line, item, column)
            if rest >= 0:
                # Text after the array: read as a document of its own (another array, or what
                # is rejected as no record), from its line, so that nothing in it is lost.
                line += text.count("\n", counted, rest)
                # JSON values one after another (records, on lines of their own or not, another
                # array): each read, a trial's two records on one line there being one row.
                spans = _values(text[rest:])
                if spans is not None:
                    yield from _each_value(source, text, rest, spans, line, b"after")
                    return
                after = text[rest:].encode("utf-8")
                # Records one a line after it (JSON Lines pasted below an array): each its own.
                records = _lines(source, after.splitlines(keepends=True), line) \
                    if after[:1] == b"{" and _holds_lines(after) else _document(source, after, line)
                for raw in records:
                    # Each said to come after the array (a line of thanks was told only that
                    # it was no record); another array's records read as its own.
                    if text[rest] != "[" and not raw.data.startswith(b"\x00"):
                        raw = attrs.evolve(raw, data=_marked(b"after", 1, raw.data))
                    yield raw
            return
    if not _holds_lines(data):
        yield RawRecord(source, line, data, 1)
        return
    # Several records one after another (JSON Lines named .json, a trial's): each read, with
    # a note, where each is JSON; else one record rejected, with the hint.
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = ""
    spans = _values(text) if text else None
    if spans is None or any(text[begin] not in "{[" for begin, _ in spans):
        yield RawRecord(source, line, _LINES + data, 1)
        return
    yield from _each_value(source, text, 0, spans, line, b"several")


def _each_value(
    source: str, text: str, start: int, spans: list[tuple[int, int]], line: int, note: bytes
) -> Iterator[RawRecord]:
    """The records of JSON values one after another in ``text`` from ``start`` (``spans``, as
    :func:`_values` finds them there; ``line``, the line ``start`` is on): an array's, as its
    own; each other value a record, marked with ``note`` (``_ARRAY_NOTES``)."""
    for begin, end in spans:
        at = start + begin
        where, value = line + text.count("\n", start, at), text[at:start + end].encode("utf-8")
        if value[:1] == b"[":
            yield from _document(source, value, where)
        else:
            yield RawRecord(source, where, _marked(note, 1, value), at - text.rfind("\n", 0, at))


def _holds_lines(data: bytes) -> bool:
    """Whether a document is no JSON value but several, one after another."""
    if len(data) > MAX_RECORD_BYTES:
        return False  # refused for its size anyway
    try:
        json.loads(data)
    except json.JSONDecodeError as error:
        return error.msg.startswith("Extra data")
    except (ValueError, RecursionError):
        return False
    return False


def _utf16(head: bytes) -> str | None:
    """The UTF-16 a text starting with ``head`` is written in: by its byte order mark, or (as
    RFC 4627 told JSON's encodings apart) by a first character of ASCII with a zero byte beside
    it; None for any other text."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") and head[2:4] != b"\x00\x00":  # not UTF-32
        return "utf-16"
    if len(head) >= 4 and head[1:2] == head[3:4] == b"\x00" and head[0] and head[2]:
        return "utf-16-le"
    if len(head) >= 4 and head[0:1] == head[2:3] == b"\x00" and head[1] and head[3]:
        return "utf-16-be"
    return None


def _as_utf8(stream: IO[bytes]) -> IO[bytes]:
    """The stream, or the same text in UTF-8 when it is written in UTF-16 (as Windows' editors
    save "Unicode" text): read whole then, as it is decoded. A text that is not UTF-16 after all
    is read as it is, and its bytes told as not UTF-8 record by record."""
    peek = getattr(stream, "peek", None)
    if peek is not None:
        head = peek(4)[:4]
    elif stream.seekable():
        at = stream.tell()
        head = stream.read(4)
        stream.seek(at)
    else:
        return stream
    encoding = _utf16(head)
    if encoding is None:
        return stream
    data = stream.read()
    try:
        return io.BytesIO(data.decode(encoding).encode("utf-8"))
    except UnicodeError:
        return io.BytesIO(data)


def read_records(path: str, stdin: IO[bytes] | None = None) -> Iterator[RawRecord]:
    """The records of a file (``-`` for standard input), by the rules of the module docstring.

    JSON Lines are streamed; a JSON document is read whole. Raises OSError when
    the file cannot be read.
    """
    source = "<stdin>" if path == "-" else path
    with contextlib.ExitStack() as stack:
        if path == "-":
            if stdin is None:
                raise ValueError("no standard input to read")
            stream = stdin
        else:
            stream = stack.enter_context(open(path, "rb"))
        stream = _as_utf8(stream)
        suffix = "" if path == "-" else Path(path).suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from _lines(source, stream)
            return
        if suffix == ".json":
            yield from _document(source, stream.read())
            return
        number, first = 0, b""
        for number, first in enumerate(stream, 1):  # noqa: B007
            if first.strip():
                break
        else:
            return
        text = first.strip()
        if text[:3] == _BOM:
            text = text[3:].lstrip()
        if text[:1] == b"[" or (not _whole(text) and _depth(text) > 0):
            yield from _document(source, first + stream.read(), number)
            return
        yield from _lines(source, itertools.chain([first], stream), number)


@frozen
class Result:
    """What became of one input record."""

    raw: RawRecord
    claim_id: str | None = None
    determination: Determination | None = None
    errors: tuple[RecordError, ...] = field(factory=tuple)
    claim: Any = None  # the typed claim of an accepted record, for an explanation in words
    # With several actions: the determinations of the actions after the first, in their order.
    others: tuple[Determination, ...] = ()
    # What a valid record says that is likely a slip, though read as given (validate, explain).
    warnings: tuple[RecordError, ...] = ()
    # A claim id in the form of personal data, withheld from every output (claim_id is None):
    # kept only to tell a record that repeats it (ClaimIds), never written.
    withheld: str | None = field(default=None, repr=False, eq=False)

    @property
    def id_key(self) -> str | None:
        """The claim id ClaimIds compares: the one shown, or one withheld, set apart from any
        shown by a character no id has and no reading as alike takes away (not one str.split
        takes for a space): two records under one name's id were not told as one claim entered
        twice (a trial's administrator), and a shown id is never said to be alike a withheld
        one, which would tell it."""
        if self.claim_id is not None or self.withheld is None:
            return self.claim_id
        return "\x00" + self.withheld

    @property
    def accepted(self) -> bool:
        return self.determination is not None

    @property
    def determinations(self) -> tuple[Determination, ...]:
        """Every action's determination, the first action's first (none for a rejected record)."""
        return () if self.determination is None else (self.determination, *self.others)


def located(
    errors: Iterable[RecordError], raw: RawRecord, data: bytes | None = None
) -> tuple[RecordError, ...]:
    """Errors with the line of the input they are on (a syntax error's line counts from the record's).

    A syntax error's message places the fault within the record, "(column 14)"
    in a record on one line, "(line 3 of the record, column 5)" in one spread
    over several, so that it says the same wherever the record is (the cache
    of ``classify --cache`` keeps a record's line apart from its place).

    In a record read from a JSON document, any other error is placed at the
    line and column of the value its path names (:class:`Places`, which scans
    ``data``, the record's JSON text); in JSON Lines, at the record's line.
    Only the messages' places change, never the messages: those are what the
    cache keeps.
    """
    found = []
    several = b"\n" in (raw.data if data is None else data).rstrip()
    places = None
    for error in errors:
        if not error.line:
            if raw.column is None:
                found.append(error.at_line(raw.line))
                continue
            if places is None:
                places = Places((raw.data if data is None else data).decode("utf-8", "replace"))
            line, column = places.of(error.path, error.key)
            if line == 1:
                column += raw.column - 1
            found.append(error.at_line(raw.line + line - 1, column))
            continue
        line = raw.line + error.line - 1
        written = f"(line {error.line}, "
        if written in error.message:
            placed = f"(line {error.line} of the record, " if several else "("
            error = attrs.evolve(error, message=error.message.replace(written, placed, 1))
        found.append(error.at_line(line))
    return tuple(found)


def read_raw(raw: RawRecord) -> tuple[Any, Claim | None, str | None, tuple[RecordError, ...]]:
    """Parse, validate and convert one record: its JSON value, claim, claim id and errors."""
    value: Any = None
    claim_id = None
    data, hint, note = raw.data, "", None
    if data[:1] == b"\x00":
        if data.startswith(_SPREAD):
            # Cut at a line break, or spread over lines: one record, whose id may be plain.
            spread = data[len(_SPREAD):]
            text = spread.decode("utf-8", errors="replace").removeprefix("\ufeff").lstrip()
            return None, None, _first_claim_id(text), located(_spread_errors(spread), raw)
        if data.startswith(_LINES):
            data, hint = data[len(_LINES):], _LINES_HINT
        data, note = _noted(data)
    try:
        value = parse_json(data)
        if isinstance(value, dict) and isinstance(value.get("claim_id"), str):
            claim_id = shown_claim_id(value["claim_id"])  # never one in the form of personal data
        return value, claim_from_record(value), claim_id, ()
    except InvalidRecord as invalid:
        errors = invalid.errors
        if value is None and claim_id is None and not hint:
            # Refused as JSON: its id may still be plain (not of several records in one
            # document, whose row is not the first one's).
            claim_id = readable_claim_id(data)
        # A spreadsheet's row, in a file or an array or after one (a trial's, pasted below an
        # array, had no hint).
        if not hint and errors and errors[0].keyword == "json" and _csv_like(data):
            hint = _CSV_HINT
        if hint and errors:
            first = errors[0]
            errors = (attrs.evolve(first, message=first.message + hint), *errors[1:])
        if note is not None:  # a record rejected for itself: the array's fault beside it too
            errors = (*errors, note)
        return value, None, claim_id, located(errors, raw, data)


def readable_claim_id(data: bytes) -> str | None:
    """The claim id of a record the strict parser refused, when it can be read without doubt.

    A record refused for a key given twice or for NaN or Infinity (BAD-002, BAD-006 in
    examples/bad_claims.jsonl) is still one JSON object, and its claim id, the administrator's
    key, tells which claim to correct. It is read only from such a record: one object at the
    top, read by the lenient standard parser, with one value for ``claim_id`` (given twice, the
    same both times) that the schema would accept (text of 1 to 100 characters, no line break).
    Nothing else is read from the record, so no other value can be repeated. A record that is
    no JSON at all has its id read only where it is the first key, whole on the first line
    (``{"claim_id": "INT-015", ...``); one too large or too deep has none. Text after
    the object's closing brace, and bytes not UTF-8 outside the id, leave it readable.
    """
    if len(data) > MAX_RECORD_BYTES:
        return None
    # Bytes not UTF-8 elsewhere in the record (a name saved as Latin-1), or text after the
    # record's closing brace, leave the object and its id whole: an id read through either
    # is told, unless a byte of the id itself is not UTF-8 (a trial's administrator had rows
    # without the id the line plainly held).
    text = data.decode("utf-8", errors="replace").removeprefix("\ufeff").lstrip()
    try:
        top, _ = _LENIENT.raw_decode(text)
    except (ValueError, RecursionError):  # not JSON; an integer too long
        # Not JSON at all (a trailing comma, a comment, a record cut at a line break): its id
        # is still plain where it is the record's first key, as intake tools write it, whole
        # on the line (a trial's administrator lost 4 of 25 rejected rows' ids).
        return _first_claim_id(text)
    if not isinstance(top, _Pairs):
        return None
    found = {value for key, value in top if key == "claim_id"}
    if len(found) != 1:
        return None
    return _plain_claim_id(found.pop())


# A record's first key, when it is its claim id, as a JSON string on one line.
_FIRST_CLAIM_ID = re.compile(r'\{\s*"claim_id"\s*:\s*("(?:[^"\\\n\r]|\\[^\n\r])*")\s*[,}]')


def _first_claim_id(text: str) -> str | None:
    """The claim id of a record that is no JSON, where it is the record's first key, whole on
    its first line (``{"claim_id": "INT-015", ...``)."""
    first = _FIRST_CLAIM_ID.match(text)
    if first is None:
        return None
    try:
        return _plain_claim_id(json.loads(first.group(1)))
    except ValueError:
        return None


def _plain_claim_id(claim_id: object) -> str | None:
    """A claim id read from a refused record, where the schema would take it (text of 1 to
    100 characters, no line break) and it is not in the form of personal data."""
    if not isinstance(claim_id, str) or not 1 <= len(claim_id) <= 100 or not claim_id.strip() \
            or personal_claim_id(claim_id) or "\n" in claim_id or "\r" in claim_id or "\ufffd" in claim_id:
        return None
    try:
        claim_id.encode("utf-8")  # no lone surrogate
    except UnicodeEncodeError:
        return None
    return claim_id


class _Pairs(list[tuple[str, Any]]):
    """A JSON object as read by the lenient parser: its pairs in order, duplicates kept."""


_LENIENT = json.JSONDecoder(object_pairs_hook=_Pairs)


_LINES_HINT = (
    "; this looks like several records one after another: a .json file holds one record "
    "or an array of records, a .jsonl file one record a line"
)
# A line that is no JSON and holds commas outside braces: a row of a spreadsheet saved as CSV.
_CSV_HINT = (
    "; this line looks like a row of a spreadsheet saved as CSV: records are JSON, one a line "
    "in a .jsonl file or an array of them in a .json file (see Input in the README)"
)


def _csv_like(data: bytes) -> bool:
    """Whether a line refused as JSON looks like a row of a spreadsheet: two commas or more, no
    braces."""
    text = data.strip()
    return text.count(b",") >= 2 and text[:1] not in (b"{", b"[") and b"\n" not in text


def _spread_errors(data: bytes) -> list[RecordError]:
    """The one error of a record spread over lines of a JSON Lines file (one line, or several)."""
    # Blank lines after the record are not its lines: a record cut short at the end of a file
    # that ends with an empty line is one line, not "2 lines spread over several".
    lines = data.rstrip().count(b"\n") + 1
    try:
        # Without the line break after it, a record cut short is faulted on its own last line.
        parse_json(data.rstrip())
    except InvalidRecord as invalid:
        first = invalid.errors[0]
        if lines == 1 and data.lstrip()[:1] in (b"{", b"["):
            if "ends before" in first.message:  # the parser said so already (parse_json)
                return [first]
            return [RecordError(
                first.path, f"{first.message}; the record on this line ends before it is closed",
                first.keyword, first.line,
            )]
        if lines == 1:
            where = "this line looks like part of a record spread over several lines"
        else:
            where = f"these {lines} lines look like one record spread over several lines"
        return [RecordError(first.path, f"{first.message}; {where}; {_ONE_A_LINE}",
                            first.keyword, first.line)]
    return [RecordError(
        "$", f"this looks like a record spread over {lines} lines; {_ONE_A_LINE}", "jsonl"
    )]


# The keyword of a record the library failed on (a fault of the library, not of the record).
INTERNAL = "internal"


def classify_record(
    raw: RawRecord, determine: Callable[[Any, str | None], Determination],
    also: Sequence[Callable[[Any, str | None], Determination]] = (),
    digested: bool = True,
) -> Result:
    """Parse, validate, convert and determine one record; never raises for a bad record.

    ``determine`` receives the claim and the digest of its canonical record; each of ``also``
    (other actions, read from the same record) too. Not ``digested`` (for output that does
    not write the digest, as a CSV row), they receive None instead, and a determination works
    the digest out from the claim if it is ever read (``engine.determination.undigested``).
    """
    value, claim, claim_id, errors = read_raw(raw)
    withheld = _withheld(value, claim_id)
    if claim is None:
        return _rejected(raw, claim_id, errors, withheld)
    # The canonical record equals the claim's own record (tests/test_schema_model.py).
    digest = json_digest(canonical_claim_record(value)) if digested else None
    # What the record says that is likely a slip, though read as given: an accepted record's
    # output says it too, as validate does.
    warnings = record_warnings(raw, value)
    try:
        others = tuple(other(claim, digest) for other in also)
        return Result(
            raw, claim_id, determine(claim, digest), claim=claim, others=others, warnings=warnings,
            withheld=withheld,
        )
    except Exception as fault:  # a fault of the library must not end the batch
        # Nothing is lost: the record still has its line, saying it was not judged and why
        # (the kind of fault only: a message could hold the record's values).
        return Result(raw, claim_id, None, located((RecordError(
            "$", f"the library failed on this record ({type(fault).__name__}), so it was not "
            "judged; the record may be sound: please report it", INTERNAL,
        ),), raw))


def validate_record(raw: RawRecord) -> Result:
    """Parse, validate and convert one record, without determining membership; a valid
    record's warnings too (:func:`classaction.records.validate.consistency_warnings`)."""
    value, _, claim_id, errors = read_raw(raw)
    withheld = _withheld(value, claim_id)
    if errors:
        return _rejected(raw, claim_id, errors, withheld)
    warnings = () if not isinstance(value, dict) else record_warnings(raw, value)
    return Result(raw, claim_id, None, errors, warnings=warnings, withheld=withheld)


def _withheld(value: Any, claim_id: str | None) -> str | None:
    """The claim id of a record read as JSON that is withheld as personal data (shown as
    none); None where it is shown, or there is none."""
    if claim_id is not None or not isinstance(value, dict):
        return None
    given = value.get("claim_id")
    return given if isinstance(given, str) and given.strip() else None


def _rejected(
    raw: RawRecord, claim_id: str | None, errors: tuple[RecordError, ...],
    withheld: str | None = None,
) -> Result:
    """A rejected record's result: a fault of the array beside it (or a line it shares) is a
    warning of it, as of a record accepted, not one more error (a trial's administrator read
    it as one). ``withheld``: its claim id, withheld as personal data (Result.withheld)."""
    faults = tuple(error for error in errors if error.keyword not in _NOTED)
    if not faults:  # never: a record rejected has a fault of its own
        return Result(raw, claim_id, None, errors, withheld=withheld)
    notes = tuple(error for error in errors if error.keyword in _NOTED)
    hidden = None if withheld is None else claim_id_withheld(withheld)
    if hidden is not None:
        # Why its row has no claim id (a later trial's administrator could not tell which
        # claim a rejected row was, and learnt only once it was corrected).
        notes = (*notes, *located((hidden,), raw))
    return Result(raw, claim_id, None, faults, warnings=notes, withheld=withheld)


def read_as_alike(claim_id: str) -> str:
    """A claim id as people read it, and a spreadsheet's lookup takes it: spaces collapsed,
    case folded ("INT-001" and "int-001 " are one)."""
    return " ".join(claim_id.split()).casefold()


class ClaimIds:
    """The claim ids of the records of a run, each with where it was first given: a claim id is
    the administrator's key for one claim, and one given again (a claim entered twice, two
    claims under one key) is told, as a warning of the later record, by ``validate``,
    ``classify`` and ``explain`` alike.

    Each id is kept twice, as given and as people read it (capitals and spaces aside), each as
    its 64-bit hash beside its first place, not as text (some 150 bytes each in a dict): in
    memory, two arrays of open addressing (16 bytes a slot, at most two thirds full) up to
    ``in_memory`` slots (131,072 by default: 2 MiB, some 43,000 claims); beyond them, in a
    private temporary SQLite database (the standard library's ``sqlite3``) whose cache is
    bounded (4 MiB), so that a run of a million claims, or of ten, takes no more memory than
    one of a hundred thousand. The database is a file of about 40 bytes a claim in the
    temporary directory, deleted when the run ends; where none can be written, the ids stay in
    memory. Two ids whose hashes agree would be taken for one: about one chance in 10 million
    in a run of a million distinct claims (Python's hash of a text, SipHash, 64 bits on a
    64-bit machine).
    """

    def __init__(self, in_memory: int = 1 << 17) -> None:
        self._keys = array.array("q", bytes(8 * 1024))  # 0: an empty slot
        self._places = array.array("q", bytes(8 * 1024))
        self._count = 0
        self._in_memory = in_memory
        self._spilled: Any = None  # the database's connection, once the ids outgrow memory
        self._sources: dict[str, int] = {}  # each file by its number, in the order first read

    def warning(self, raw: RawRecord, claim_id: str | None) -> tuple[RecordError, ...]:
        """The warning of a record whose claim id an earlier record has, or one that differs
        from it only in capitals or spaces (which a spreadsheet's lookup, or a person, takes for
        the same: a trial's "ex-003" beside "EX-003", "EX-004 " beside "EX-004"); none
        otherwise."""
        if claim_id is None or not claim_id.strip():
            return ()  # an id of spaces is refused as no id, not compared (a trial's)
        key = hash(claim_id) or 1  # 64 bits (SipHash), the same for a text throughout a run
        first = self._first(raw, key)
        if first is not None:
            return self._repeated(raw, first, "the same claim id")
        # The id as people read it (str.split takes a no-break space for a space too), kept
        # apart from the ids themselves by a character no id has.
        alike = hash("\x1f" + read_as_alike(claim_id)) or 1
        first = self._first(raw, alike)
        if first is not None:
            return self._repeated(
                raw, first, "a claim id that differs from this one only in capitals or spaces"
            )
        return ()

    def _first(self, raw: RawRecord, key: int) -> int | None:
        """Where a key was first given; None for a new one, kept now as given at ``raw``."""
        if self._spilled is not None:
            return self._first_spilled(raw, key)
        keys, size = self._keys, len(self._keys)
        slot = key % size
        while keys[slot] != 0:
            if keys[slot] == key:
                return self._places[slot]
            slot = (slot + 1) % size
        keys[slot] = key
        self._places[slot] = self._place(raw)
        self._count += 1
        if 3 * self._count > 2 * size and (2 * size <= self._in_memory or not self._spill()):
            self._grow(2 * size)
        return None

    def _place(self, raw: RawRecord) -> int:
        source = self._sources.setdefault(raw.source, len(self._sources))
        column = raw.column if raw.column is not None and raw.column < 0xFFFF else 0xFFFF
        return (min(source, 0x7FFF) << 48) | (raw.line << 16) | column

    def _grow(self, size: int, kept: Iterable[tuple[int, int]] | None = None) -> None:
        if kept is None:
            kept = zip(self._keys, self._places, strict=True)
        self._keys = array.array("q", bytes(8 * size))
        self._places = array.array("q", bytes(8 * size))
        for key, place in kept:
            if key != 0:
                slot = key % size
                while self._keys[slot] != 0:
                    slot = (slot + 1) % size
                self._keys[slot], self._places[slot] = key, place

    def _spill(self) -> bool:
        """Moves the ids to a temporary database; False where none can be made (a Python
        without ``sqlite3``, or no temporary directory to write in): they stay in memory."""
        try:
            import sqlite3
        except ImportError:
            return False
        try:
            # "": a private temporary database on disk, deleted when its connection closes.
            db = sqlite3.connect("", isolation_level=None)
            db.execute("PRAGMA journal_mode = OFF")  # nothing to roll back: a temporary table
            db.execute("PRAGMA synchronous = OFF")
            # A cache too small for the first ids makes SQLite write its file now, where a
            # failure leaves the ids in memory, not at some later record.
            db.execute("PRAGMA cache_size = -64")  # KiB
            db.execute("CREATE TABLE ids (key INTEGER PRIMARY KEY, place INTEGER NOT NULL)")
            db.execute("BEGIN")  # one transaction for the run: a statement's own costs 2 us more
            db.executemany("INSERT INTO ids VALUES (?, ?)", (
                (key, place) for key, place in zip(self._keys, self._places, strict=True)
                if key != 0
            ))
            db.execute("PRAGMA cache_size = -4096")  # the memory it may keep from now: 4 MiB
        except (OSError, sqlite3.Error):
            return False
        self._spilled = db
        self._keys = self._places = array.array("q")
        return True

    def _first_spilled(self, raw: RawRecord, key: int) -> int | None:
        import sqlite3

        db = self._spilled
        try:
            if db.execute("INSERT OR IGNORE INTO ids VALUES (?, ?)", (key, self._place(raw))).rowcount:
                return None
            first = db.execute("SELECT place FROM ids WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:  # the file could not grow (a full disk): the ids go back to memory
            self._unspill()
            return self._first(raw, key)
        return int(first[0])

    def _unspill(self) -> None:
        db, self._spilled = self._spilled, None
        self._count = db.execute("SELECT count(*) FROM ids").fetchone()[0]
        self._in_memory = 1 << 62  # never spilled again: the table grows as it must
        self._grow(1 << max(10, (3 * self._count).bit_length()), db.execute("SELECT * FROM ids"))
        db.close()

    def _repeated(self, raw: RawRecord, packed: int, what: str) -> tuple[RecordError, ...]:
        source, line, column = packed >> 48, (packed >> 16) & 0xFFFFFFFF, packed & 0xFFFF
        place = f"line {line}" + ("" if column == 0xFFFF else f", column {column}")
        name = list(self._sources)[source]  # rare: a repeat is told once a record
        if name != raw.source:
            place = f"{name}, {place}"
        # The id is not repeated: the place of the other record says which it is.
        return located((RecordError(
            "$.claim_id", f"the record at {place} has {what}: give each claim its own",
            "duplicate",
        ),), raw)


def record_warnings(raw: RawRecord, value: Any = None) -> tuple[RecordError, ...]:
    """The warnings of a valid record (its JSON value, or read again from ``raw``), placed as
    its errors would be."""
    data, note = _noted(raw.data) if raw.data[:1] == b"\x00" else (raw.data, None)
    if value is None:
        value = parse_json(data)
    found = consistency_warnings(value)
    if note is not None:
        found = (note, *found)
    return located(found, raw, data) if found else ()  # most records have none: nothing to place


try:
    import orjson

    def _canonical(record: Any) -> bytes:
        # The same bytes as canonical_json for a value parsed from JSON (no numbers beyond
        # 64 bits, no other types), at a tenth of the cost (tests/test_digest.py).
        return orjson.dumps(record, option=orjson.OPT_SORT_KEYS)
except ImportError:  # the optional fast extra is not installed
    _canonical = canonical_json


def json_digest(record: Any) -> str:
    """The digest of a record parsed from JSON: :func:`classaction.engine.core.digest`, made faster."""
    return "sha256:" + hashlib.sha256(_canonical(record)).hexdigest()
