"""Files of claim records in, one output record per input record out, in input order.

Which records a file holds:

* ``.jsonl`` or ``.ndjson``: JSON Lines, one record a line; blank lines are
  not records. Read line by line, so memory does not grow with the input. A
  line that opens a record it does not close starts a record spread over
  several lines (a pretty-printed record): its lines, up to the one that
  closes it (or one that starts with ``{``, which starts another record), are
  one rejected record whose error says so, not an error a line.
* ``.json``: one JSON document, holding one record or an array of records
  (each item is a record, at the line where it starts).
* Any other name, and standard input (``-``): JSON Lines when the first
  non-blank line is a record by itself (or a broken line that does not open
  a record); otherwise, when it starts with ``[`` or opens a record it does
  not close, one JSON document, read as a ``.json`` file is.

A file with no record (empty, blank, or an empty array) yields nothing; the
command says so. Every record read yields exactly one output record: accepted
with its determination, or rejected with its errors; nothing is dropped.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import itertools
import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs
from attrs import field, frozen

from .. import actions
from ..engine.core import Determination, canonical_json
from ..present.text import open_questions, short_name, short_reason
from ..records.claim import Claim
from ..records.documents import canonical_claim_record, claim_from_record, determination_record
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
        if group and line[:1] == b"{":
            # A record's lines are indented inside it: a line that starts with a brace starts a
            # record of its own, and the record before it was left open.
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
            yield RawRecord(source, number, line)
        elif (opened := _depth(text)) > 0:  # a record it does not close: the first of its lines
            group, start, depth, size = [line], number, opened, len(line)
        elif _fragment(text):
            yield RawRecord(source, number, _SPREAD + line)
        else:
            yield RawRecord(source, number, line)
    if group:
        yield RawRecord(source, start, _SPREAD + b"".join(group))


def _first_line(data: bytes) -> tuple[int, int]:
    """The line number of the first non-blank line of ``data``, and the offset where it starts."""
    number, offset = 1, 0
    while True:
        end = data.find(b"\n", offset)
        if end < 0 or data[offset:end].strip():
            return number, offset
        number, offset = number + 1, end + 1


def _items(text: str) -> list[tuple[int, int]] | None:
    """Where each item of a JSON array starts and ends in ``text``; None if it is no valid array."""
    decoder = json.JSONDecoder()
    at = _WHITESPACE.match(text).end()  # type: ignore[union-attr]
    if text[at:at + 1] != "[":
        return None
    spans: list[tuple[int, int]] = []
    at = _WHITESPACE.match(text, at + 1).end()  # type: ignore[union-attr]
    if text[at:at + 1] == "]":
        at += 1
    else:
        while True:
            try:
                _, end = decoder.raw_decode(text, at)
            except (ValueError, RecursionError):
                return None
            spans.append((at, end))
            at = _WHITESPACE.match(text, end).end()  # type: ignore[union-attr]
            if text[at:at + 1] == ",":
                at = _WHITESPACE.match(text, at + 1).end()  # type: ignore[union-attr]
                continue
            if text[at:at + 1] != "]":
                return None
            at += 1
            break
    return spans if _WHITESPACE.match(text, at).end() == len(text) else None  # type: ignore[union-attr]


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
        spans = _items(text) if text else None
        if spans is not None:
            counted = 0
            for begin, end in spans:
                line += text.count("\n", counted, begin)
                counted = begin
                column = begin - text.rfind("\n", 0, begin)  # in characters, from 1
                yield RawRecord(source, line, text[begin:end].encode("utf-8"), column)
            return
    yield RawRecord(source, line, _LINES + data if _holds_lines(data) else data, 1)


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


def plural(count: int, noun: str) -> str:
    """``1 record``, ``2 records``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


@frozen
class Result:
    """What became of one input record."""

    raw: RawRecord
    claim_id: str | None = None
    determination: Determination | None = None
    errors: tuple[RecordError, ...] = field(factory=tuple)
    claim: Any = None  # the typed claim of an accepted record, for an explanation in words

    @property
    def accepted(self) -> bool:
        return self.determination is not None


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
    several = b"\n" in raw.data.rstrip()
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
    data, hint = raw.data, ""
    if data[:1] == b"\x00":
        if data.startswith(_SPREAD):
            return None, None, None, located(_spread_errors(data[len(_SPREAD):]), raw)
        if data.startswith(_LINES):
            data, hint = data[len(_LINES):], _LINES_HINT
    try:
        value = parse_json(data)
        if isinstance(value, dict) and isinstance(value.get("claim_id"), str):
            claim_id = value["claim_id"]
        return value, claim_from_record(value), claim_id, ()
    except InvalidRecord as invalid:
        errors = invalid.errors
        if hint and errors:
            first = errors[0]
            errors = (attrs.evolve(first, message=first.message + hint), *errors[1:])
        return value, None, claim_id, located(errors, raw, data)


_LINES_HINT = (
    "; this looks like several records one after another: a .json file holds one record "
    "or an array of records, a .jsonl file one record a line"
)


def _spread_errors(data: bytes) -> list[RecordError]:
    """The one error of a record spread over lines of a JSON Lines file (one line, or several)."""
    lines = data.count(b"\n") + (not data.endswith(b"\n"))
    try:
        # Without the line break after it, a record cut short is faulted on its own last line.
        parse_json(data.rstrip())
    except InvalidRecord as invalid:
        first = invalid.errors[0]
        if lines == 1 and data.lstrip()[:1] in (b"{", b"["):
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


def classify_record(
    raw: RawRecord, determine: Callable[[Any, str], Determination]
) -> Result:
    """Parse, validate, convert and determine one record; never raises for a bad record.

    ``determine`` receives the claim and the digest of its canonical record.
    """
    value, claim, claim_id, errors = read_raw(raw)
    if claim is None:
        return Result(raw, claim_id, None, errors)
    # The canonical record equals the claim's own record (tests/test_schema_model.py).
    digest = json_digest(canonical_claim_record(value))
    return Result(raw, claim_id, determine(claim, digest), claim=claim)


def validate_record(raw: RawRecord) -> Result:
    """Parse, validate and convert one record, without determining membership."""
    _, _, claim_id, errors = read_raw(raw)
    return Result(raw, claim_id, None, errors)


def error_record(error: RecordError) -> dict[str, Any]:
    """An error as JSON: where (a JSON path and pointer), which rule, and what."""
    # The line is left out: it is the record's, in the output record (see line_head).
    return {"path": error.path, "pointer": error.pointer, "keyword": error.keyword,
            "message": error.message}


def output_record(result: Result) -> dict[str, Any]:
    """The JSON output record of one input record."""
    record: dict[str, Any] = {"source": result.raw.source, "line": result.raw.line}
    if result.claim_id is not None:
        record["claim_id"] = result.claim_id
    if result.determination is not None:
        record["status"] = "accepted"
        record["determination"] = determination_record(result.determination)
    else:
        record["status"] = "rejected"
        record["errors"] = [error_record(e) for e in result.errors]
    return record


try:
    import orjson

    def _dumps(value: Any) -> bytes:
        return orjson.dumps(value)

    def _canonical(record: Any) -> bytes:
        # The same bytes as canonical_json for a value parsed from JSON (no numbers beyond
        # 64 bits, no other types), at a tenth of the cost (tests/test_digest.py).
        return orjson.dumps(record, option=orjson.OPT_SORT_KEYS)
except ImportError:  # the optional fast extra is not installed

    def _dumps(value: Any) -> bytes:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    _canonical = canonical_json


def json_digest(record: Any) -> str:
    """The digest of a record parsed from JSON: :func:`classaction._engine.digest`, made faster."""
    return "sha256:" + hashlib.sha256(_canonical(record)).hexdigest()


QUESTIONS_SHOWN = 5
"""The most useful questions the CSV's open-questions cell shows; a count of the rest follows them."""


def csv_header(classes: Iterable[tuple[str, str]]) -> bytes:
    """The CSV header: per class (id, name) a column of its outcome and one of why, in words;
    then the questions that would settle the record, and a rejected record's errors."""
    named = [cell for _, name in classes for cell in (name, f"{name}: why")]
    return _csv_line(["source", "line", "claim_id", "status", *named, "open questions", "errors"])


def _open_questions(determination: Determination) -> str:
    """The questions that would settle the record, most useful first, each naming the classes
    it serves ("... (for Privacy Breach, Copyright Infringement)"), at most QUESTIONS_SHOWN."""
    names = {cls.class_id: short_name(cls.name) for cls in determination.classes}
    asked = [
        f"{question} (for {', '.join(names[c] for c in classes)})"
        for question, classes in open_questions(determination)
    ]
    shown = " | ".join(asked[:QUESTIONS_SHOWN])
    rest = len(asked) - QUESTIONS_SHOWN
    return f"{shown} | … and {rest} more" if rest > 0 else shown


def _csv_line(cells: list[Any]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue().encode("utf-8")


@frozen
class Line:
    """One output record, formatted as UTF-8, with what the summary needs to count.

    ``kept`` is the part of the line after its :func:`line_head`, packed for
    the cache of a run that keeps lines (``classify --cache``), else None.
    Lines stay bytes from the formatting to the output file: a line is about
    6 kB, and decoding and encoding it again cost more than the rest of the
    parent's work on it under ``--jobs``.
    """

    data: bytes
    accepted: bool
    outcomes: tuple[tuple[str, str], ...] = ()
    kept: bytes | None = field(default=None, eq=False, repr=False)

    def __reduce__(self) -> tuple[type[Line], tuple[Any, ...]]:
        # Sent back from the workers of --jobs by pickle: as a plain tuple, half the cost.
        return Line, (self.data, self.accepted, self.outcomes, self.kept)


def line_head(source: str, line: int, kind: str) -> bytes:
    """The start of an output line, which says where its record is.

    Everything after it depends only on the record's content (and the run),
    which is what lets a cache keep it apart from the record's place.
    """
    if kind == "jsonl":
        return _dumps({"source": source, "line": line})[:-1]
    return _csv_line([source, line])[:-1] + b","


def format_result(result: Result, kind: str, class_ids: tuple[str, ...]) -> Line:
    """The output line of one result, as JSON Lines or CSV."""
    determination = result.determination
    outcomes = (
        tuple((c, o.value) for c, o in determination.outcomes.items())
        if determination is not None else ()
    )
    if kind == "jsonl":
        return Line(_dumps(output_record(result)) + b"\n", result.accepted, outcomes)
    cells: dict[str, tuple[str, str]] = {}
    asked = ""
    if determination is not None:
        action, as_of = actions.get(determination.action).action, determination.as_of
        # A short reason needs each criterion's label and value and its items' values, which
        # the outline has without the explanation being built.
        cells = {
            c.class_id: (c.outcome._value_, short_reason(c.outline(), action, as_of, result.claim))
            for c in determination.classes
        }
        asked = _open_questions(determination)
    errors = "; ".join(f"{e.path}: {e.message}" for e in result.errors)
    return Line(_csv_line([
        result.raw.source, result.raw.line, result.claim_id or "",
        "accepted" if result.accepted else "rejected",
        *(cell for c in class_ids for cell in cells.get(c, ("", ""))), asked, errors,
    ]), result.accepted, outcomes)


def _umask() -> int:
    """The process's umask (read by setting it, then set back: there is no other way to read it)."""
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[IO[bytes]]:
    """A binary file that appears at ``path`` complete, or not at all, with the umask's mode.

    Written to a hidden temporary file beside the target and moved into place
    only when the block ends normally; on any exception, Ctrl-C included, the
    temporary file is removed and the target left as it was.
    """
    directory = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    try:
        # mkstemp makes the file readable by its owner only; the output gets the mode any new
        # file gets, as if opened for writing. The temporary file stays 0600 until it is written.
        with open(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.chmod(temporary, 0o666 & ~_umask())
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


class Tally:
    """Counts of what a run did: records read, rejected, and outcomes per class."""

    def __init__(
        self, class_ids: tuple[str, ...], names: Mapping[str, str] | None = None
    ) -> None:
        self.read = 0
        self.rejected = 0
        self.outcomes: dict[str, Counter[str]] = {c: Counter() for c in class_ids}
        self.names = dict(names or {})  # each class's name in words, for the summary

    def add(self, line: Line) -> None:
        self.read += 1
        if not line.accepted:
            self.rejected += 1
            return
        for class_id, outcome in line.outcomes:
            self.outcomes[class_id][outcome] += 1

    def lines(self) -> list[str]:
        out = [f"records read: {self.read}, accepted: {self.read - self.rejected}, "
               f"rejected: {self.rejected}"]
        for class_id, counts in self.outcomes.items():
            out.append(
                f"{self.names.get(class_id, class_id)}: MEMBER {counts['MEMBER']}, "
                f"NOT_MEMBER {counts['NOT_MEMBER']}, "
                f"UNDETERMINED {counts['UNDETERMINED']}"
            )
        return out

