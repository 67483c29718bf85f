"""Files of claim records in, one output record per input record out, in input order.

A file is JSON Lines (one record per line; blank lines are not records) or a
JSON document holding one record. Reading streams line by line, so memory
does not grow with the size of the input. Every record read yields exactly
one output record: accepted with its determination, or rejected with its
errors; nothing is dropped.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from attrs import field, frozen

from ._claim import Claim
from ._engine import Determination, canonical_json
from ._errors import InvalidRecord, RecordError
from ._parse import parse_json
from ._readings import Readings
from ._records import canonical_claim_record, claim_from_record, determination_record

JSONL_SUFFIXES = (".jsonl", ".ndjson")


@frozen
class RawRecord:
    """One record as read: where it came from, and its bytes."""

    source: str
    line: int
    data: bytes

    def __reduce__(self) -> tuple[type[RawRecord], tuple[str, int, bytes]]:
        # Sent to the workers of --jobs by pickle: as a plain tuple, a seventh of the cost.
        return RawRecord, (self.source, self.line, self.data)


def _lines(source: str, stream: IO[bytes], first: int = 1) -> Iterator[RawRecord]:
    for number, line in enumerate(stream, first):
        if line.strip():
            yield RawRecord(source, number, line)


def read_records(path: str, stdin: IO[bytes] | None = None) -> Iterator[RawRecord]:
    """The records of a file (``-`` for standard input), streamed.

    ``.jsonl``/``.ndjson`` files are JSON Lines and ``.json`` files one JSON
    record. Otherwise the first non-blank line decides: if it is a complete
    JSON value the input is JSON Lines, if not it is one JSON document.
    Raises OSError when the file cannot be read.
    """
    source = "<stdin>" if path == "-" else path
    with contextlib.ExitStack() as stack:
        if path == "-":
            if stdin is None:
                raise ValueError("no standard input to read")
            stream = stdin
        else:
            stream = stack.enter_context(open(path, "rb"))
        suffix = Path(path).suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from _lines(source, stream)
            return
        if suffix == ".json":
            yield RawRecord(source, 1, stream.read())
            return
        number, first = 0, b""
        for number, first in enumerate(stream, 1):  # noqa: B007
            if first.strip():
                break
        else:
            return
        try:
            parse_json(first)
        except InvalidRecord:
            yield RawRecord(source, number, first + stream.read())
            return
        yield RawRecord(source, number, first)
        yield from _lines(source, stream, number + 1)


@frozen
class Result:
    """What became of one input record."""

    raw: RawRecord
    claim_id: str | None = None
    determination: Determination | None = None
    errors: tuple[RecordError, ...] = field(factory=tuple)

    @property
    def accepted(self) -> bool:
        return self.determination is not None


def located(errors: Iterable[RecordError], raw: RawRecord) -> tuple[RecordError, ...]:
    """Errors with the line of the input they are on (a syntax error's line counts from the record's)."""
    return tuple(e.at_line(raw.line + (e.line - 1) if e.line else raw.line) for e in errors)


def read_raw(raw: RawRecord) -> tuple[Any, Claim | None, str | None, tuple[RecordError, ...]]:
    """Parse, validate and convert one record: its JSON value, claim, claim id and errors."""
    value: Any = None
    claim_id = None
    try:
        value = parse_json(raw.data)
        if isinstance(value, dict) and isinstance(value.get("claim_id"), str):
            claim_id = value["claim_id"]
        return value, claim_from_record(value), claim_id, ()
    except InvalidRecord as invalid:
        return value, None, claim_id, located(invalid.errors, raw)


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
    return Result(raw, claim_id, determine(claim, json_digest(canonical_claim_record(value))))


def validate_record(raw: RawRecord) -> Result:
    """Parse, validate and convert one record, without determining membership."""
    _, _, claim_id, errors = read_raw(raw)
    return Result(raw, claim_id, None, errors)


def error_record(error: RecordError) -> dict[str, Any]:
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


def csv_header(class_ids: tuple[str, ...]) -> bytes:
    return _csv_line(["source", "line", "claim_id", "status", *class_ids, "missing", "errors"])


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
    by_class = dict(outcomes)
    missing = (
        " ".join(f.pointer for f in determination.next_facts()) if determination is not None else ""
    )
    errors = "; ".join(f"{e.path}: {e.message}" for e in result.errors)
    return Line(_csv_line([
        result.raw.source, result.raw.line, result.claim_id or "",
        "accepted" if result.accepted else "rejected",
        *(by_class.get(c, "") for c in class_ids), missing, errors,
    ]), result.accepted, outcomes)


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[IO[bytes]]:
    """A binary file that appears at ``path`` complete, or not at all.

    Written to a hidden temporary file beside the target and moved into place
    only when the block ends normally; on any exception, Ctrl-C included, the
    temporary file is removed and the target left as it was.
    """
    directory = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    try:
        with open(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


class Tally:
    """Counts of what a run did: records read, rejected, and outcomes per class."""

    def __init__(self, class_ids: tuple[str, ...]) -> None:
        self.read = 0
        self.rejected = 0
        self.outcomes: dict[str, Counter[str]] = {c: Counter() for c in class_ids}

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
                f"{class_id}: MEMBER {counts['MEMBER']}, NOT_MEMBER {counts['NOT_MEMBER']}, "
                f"UNDETERMINED {counts['UNDETERMINED']}"
            )
        return out


def readings_from(pairs: Iterable[str], base: Readings | None = None) -> Readings:
    """Readings from ``NAME=VALUE`` texts. Raises ValueError naming what is wrong."""
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name or not value:
            raise ValueError(f"a reading is given as NAME=VALUE, not {pair!r}")
        values[name.strip()] = value.strip()
    return (base or Readings()).with_values(values)
