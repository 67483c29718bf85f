"""The ``classaction`` command. It sits on top of the library; nothing imports it.

Exit status: 0 when every record was valid (or accepted), 1 when any was not,
2 for a usage error or a file that cannot be read or written.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import IO, Any, Protocol

from . import _rcmp
from ._batch import (
    RawRecord,
    Result,
    Tally,
    atomic_output,
    classify_record,
    csv_header,
    format_result,
    line_head,
    read_raw,
    read_records,
    readings_from,
    validate_record,
)
from ._cache import CacheError, LineCache, run_context
from ._convert import unstructure
from ._engine import Determination
from ._interview import run_interview
from ._parallel import classify_lines
from ._readings import Readings
from ._render import render_action, render_text
from ._resources import load_json, names

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A problem with how the command was called, or with a file it was given."""


class Progress:
    """A one-line progress count on standard error, only when it is a terminal."""

    def __init__(self, stream: IO[str], enabled: bool) -> None:
        self._stream = stream
        self._enabled = enabled
        self._last = 0.0
        self._start = time.monotonic()

    def update(self, tally: Tally, force: bool = False) -> None:
        if not self._enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < 0.1:
            return
        self._last = now
        rate = tally.read / max(now - self._start, 1e-9)
        self._stream.write(
            f"\r{tally.read} records, {tally.rejected} rejected ({rate:,.0f}/s)"
        )
        self._stream.flush()

    def close(self, tally: Tally) -> None:
        if self._enabled:
            self.update(tally, force=True)
            self._stream.write("\n")


def _records(paths: Sequence[str], stdin: IO[bytes]) -> Iterator[RawRecord]:
    for path in paths:
        try:
            yield from read_records(path, stdin)
        except OSError as error:
            raise UsageError(f"cannot read {path}: {error.strerror or error}") from None


def _readings(args: argparse.Namespace) -> Readings:
    pairs = list(getattr(args, "reading", None) or [])
    if getattr(args, "as_of", None):
        pairs.append(f"as_of={args.as_of}")
    return readings_from_or_usage(pairs)


def readings_from_or_usage(pairs: Sequence[str], base: Readings | None = None) -> Readings:
    try:
        return readings_from(pairs, base)
    except ValueError as error:
        raise UsageError(str(error)) from None


# --- subcommands ---------------------------------------------------------------------


def cmd_action(args: argparse.Namespace, out: IO[str]) -> int:
    action = _rcmp.action()
    if args.json:
        out.write(json.dumps(unstructure(action), indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    out.write(render_action(action))
    return EXIT_OK


def _print_errors(result: Result, err: IO[str]) -> None:
    for error in result.errors:
        err.write(
            f"{result.raw.source}:{error.line or result.raw.line}: {error.path}: "
            f"{error.message} [{error.keyword}]\n"
        )


def cmd_validate(args: argparse.Namespace, out: IO[str], stdin: IO[bytes]) -> int:
    tally_read = tally_bad = 0
    for raw in _records(args.files, stdin):
        result = validate_record(raw)
        tally_read += 1
        if result.errors:
            tally_bad += 1
            _print_errors(result, out)
    out.write(f"{tally_read} records, {tally_read - tally_bad} valid, {tally_bad} invalid\n")
    return EXIT_INVALID if tally_bad else EXIT_OK


class _Sink(Protocol):
    """Where output lines go: they are written as UTF-8 bytes."""

    def write(self, data: bytes, /) -> int: ...


class _Encoded:
    """A text stream written with bytes, for a stream that has no binary buffer."""

    def __init__(self, text: IO[str]) -> None:
        self._text = text

    def write(self, data: bytes, /) -> int:
        return self._text.write(data.decode("utf-8"))


def _binary(out: IO[str]) -> _Sink:
    """The binary stream under a text stream (standard output has one), or a stand-in."""
    buffer: _Sink | None = getattr(out, "buffer", None)
    return _Encoded(out) if buffer is None else buffer


def _determiner(readings: Readings) -> Any:
    def determine(claim: Any, input_digest: str) -> Determination:
        return _rcmp.determine(claim, readings, input_digest=input_digest)

    return determine


# Records whose lines hold most of the words any line holds: a new cache's compression dictionary.
_SAMPLE_RECORDS = (
    b'{"claim_id":"sample","claimant":{"kind":"natural"},"photographs":[{"id":"p1"}],'
    b'"police_uses":[{"photograph":"p1"}]}',
    b'{"claim_id":"sample","claimant":{"kind":"natural","born_on":"1980-01-01","deceased":false,'
    b'"residence":[{"start":"1980-01-01","ongoing":true}]},"photographs":[{"id":"p1",'
    b'"claimant_face_appears":true,"collected_by_clearview":true,"author":"claimant"}]}',
    b'{"claim_id":"sample","claimant":{"kind":"natural","born_on":"1980-02-30"}}',
)


def _open_cache(
    args: argparse.Namespace, readings: Readings, class_ids: tuple[str, ...]
) -> LineCache | None:
    if not args.cache:
        return None
    determine = _determiner(readings)

    def sample() -> bytes:  # the lines of the sample records, less their heads
        return b"".join(
            format_result(classify_record(raw, determine), args.format, class_ids).data[
                len(line_head(raw.source, raw.line, args.format)):
            ]
            for raw in (RawRecord("sample", 1, data) for data in _SAMPLE_RECORDS)
        )

    context = run_context(args.format, not args.no_rank, Readings.as_record(readings))
    try:
        return LineCache(Path(args.cache), context, sample)
    except CacheError as error:
        raise UsageError(str(error)) from None


def cmd_classify(args: argparse.Namespace, out: IO[str], err: IO[str], stdin: IO[bytes]) -> int:
    readings = _readings(args)
    if args.jobs < 1:
        raise UsageError("--jobs takes a whole number of at least 1")
    class_ids = tuple(c.id for c in _rcmp.action().classes)
    cache = _open_cache(args, readings, class_ids)
    tally = Tally(class_ids)
    to_file = bool(args.output) and args.output != "-"
    # Progress only on a terminal, and only when the output goes to a file: never into a pipe,
    # and never interleaved with output on the screen.
    progress = Progress(err, enabled=to_file and err.isatty())

    def run(stream: _Sink) -> None:
        if args.format == "csv":
            stream.write(csv_header(class_ids))
        lines = classify_lines(
            _records(args.files, stdin), readings, args.format, class_ids, args.jobs,
            rank_missing=not args.no_rank, cache=cache,
        )
        for line in lines:
            stream.write(line.data)
            tally.add(line)
            progress.update(tally)
        progress.close(tally)

    try:
        if to_file:
            target = Path(args.output)
            try:
                with atomic_output(target) as stream:
                    run(stream)
            except OSError as error:
                raise UsageError(
                    f"cannot write {args.output}: {error.strerror or error}"
                ) from None
        else:
            out.flush()
            run(_binary(out))
            out.flush()
    except CacheError as error:
        raise UsageError(str(error)) from None
    finally:
        if cache is not None:
            try:
                cache.close()  # the lines kept so far stay valid, even after an interruption
            except CacheError as error:  # reported; the run ends as it would have without it
                err.write(f"classaction: {error}\n")
    for line in tally.lines():
        err.write(line + "\n")
    if cache is not None:
        err.write(f"reused from the cache: {cache.reused} of {tally.read}\n")
    return EXIT_INVALID if tally.rejected else EXIT_OK


def cmd_explain(args: argparse.Namespace, out: IO[str], err: IO[str], stdin: IO[bytes]) -> int:
    readings = _readings(args)
    status = EXIT_OK
    for raw in _records([args.file], stdin):
        result = classify_record(raw, _determiner(readings))
        if result.determination is None:
            _print_errors(result, err)
            status = EXIT_INVALID
            continue
        label = f" ({result.claim_id})" if result.claim_id else ""
        out.write(f"== {raw.source}, line {raw.line}{label}\n")
        out.write(render_text(result.determination, _rcmp.action()))
    return status


def cmd_compare(args: argparse.Namespace, out: IO[str], err: IO[str], stdin: IO[bytes]) -> int:
    first = readings_from_or_usage(args.base or [])
    second = readings_from_or_usage(args.reading, first)
    compared = changed = rejected = 0
    per_class: dict[str, int] = {}
    for raw in _records(args.files, stdin):
        _, claim, _, errors = read_raw(raw)
        if claim is None:
            rejected += 1
            _print_errors(Result(raw, errors=errors), err)
            continue
        compared += 1
        changes = _rcmp.compare(claim, first, second)
        if changes:
            changed += 1
            claim_id = f" ({claim.claim_id})" if claim.claim_id else ""
            text = ", ".join(f"{c.class_id} {c.before.value} -> {c.after.value}" for c in changes)
            out.write(f"{raw.source}:{raw.line}{claim_id}: {text}\n")
            for change in changes:
                per_class[change.class_id] = per_class.get(change.class_id, 0) + 1
    by_class = ", ".join(f"{k}: {v}" for k, v in sorted(per_class.items())) or "none"
    out.write(
        f"{compared} claims compared, {changed} changed outcome ({by_class}); "
        f"{rejected} rejected\n"
    )
    return EXIT_INVALID if rejected else EXIT_OK


def cmd_schema(args: argparse.Namespace, out: IO[str]) -> int:
    wanted = args.name if args.name.endswith(".json") else f"{args.name}.schema.json"
    available = names("schemas")
    if wanted not in available:
        choices = ", ".join(n.removesuffix(".schema.json") for n in available)
        raise UsageError(f"no schema named {args.name!r}; choose one of: {choices}")
    out.write(json.dumps(load_json("schemas", wanted), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def cmd_interview(args: argparse.Namespace, out: IO[str], stdin_text: IO[str]) -> int:
    readings = _readings(args)
    record = run_interview(stdin_text, out, readings)
    if args.save:
        try:
            with atomic_output(Path(args.save)) as stream:
                stream.write((json.dumps(record, indent=2, ensure_ascii=False) + "\n").encode())
        except OSError as error:
            raise UsageError(f"cannot write {args.save}: {error.strerror or error}") from None
        out.write(f"The claim record was saved to {args.save}.\n")
    return EXIT_OK


# --- the parser ----------------------------------------------------------------------


def _reading_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--reading", "-r", action="append", metavar="NAME=VALUE", default=[],
        help="choose a reading, e.g. rights_held=both or R3=both (repeatable); "
        "see 'classaction action' for the readings",
    )
    parser.add_argument("--as-of", metavar="DATE", help="assess statuses on DATE (reading R1)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="classaction",
        description="Who belongs to each class of the T-724-20 action (RCMP use of Clearview AI), "
        "and why.",
        epilog="Exit status: 0 all records valid, 1 some record invalid, 2 usage or file error.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    action = sub.add_parser("action", help="the action at a glance")
    action.add_argument("--json", action="store_true", help="print the action as JSON")

    validate = sub.add_parser("validate", help="check claim records")
    validate.add_argument("files", nargs="+", metavar="FILE", help="JSON or JSON Lines; - for stdin")

    classify = sub.add_parser("classify", help="determine membership for every claim record")
    classify.add_argument("files", nargs="+", metavar="FILE", help="JSON or JSON Lines; - for stdin")
    classify.add_argument("-o", "--output", metavar="OUT", help="write here (default: stdout)")
    classify.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    classify.add_argument(
        "--no-rank", action="store_true",
        help="list missing facts in the order the rules read them, without weighing them "
        "(several times faster on undetermined claims)",
    )
    classify.add_argument(
        "--jobs", "-j", type=int, default=1, metavar="N",
        help="worker processes (output stays in input order; default 1)",
    )
    classify.add_argument(
        "--cache", metavar="FILE",
        help="keep each record's output line in FILE (created if absent) and reuse it when "
        "the same record is classified again under the same readings, options and library",
    )
    _reading_options(classify)

    explain = sub.add_parser("explain", help="one claim's determination, for a person to read")
    explain.add_argument("file", metavar="FILE", help="JSON or JSON Lines; - for stdin")
    _reading_options(explain)

    compare = sub.add_parser("compare", help="which claims change outcome under another reading")
    compare.add_argument("files", nargs="+", metavar="FILE")
    compare.add_argument(
        "--reading", "-r", action="append", metavar="NAME=VALUE", required=True,
        help="the reading to compare against the defaults (repeatable)",
    )
    compare.add_argument(
        "--base", action="append", metavar="NAME=VALUE",
        help="change the baseline from the defaults (repeatable)",
    )

    interview = sub.add_parser("interview", help="answer questions to find where someone stands")
    interview.add_argument("--save", metavar="FILE", help="save the claim record built")
    _reading_options(interview)

    schema = sub.add_parser("schema", help="print a bundled JSON Schema")
    schema.add_argument("name", metavar="NAME", help="claim, determination or action")
    return parser


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    signal.signal(signal.SIGTERM, _interrupt)
    parser = build_parser()
    args = parser.parse_args(argv)
    out, err = sys.stdout, sys.stderr
    try:
        if args.command == "action":
            return cmd_action(args, out)
        if args.command == "validate":
            return cmd_validate(args, out, sys.stdin.buffer)
        if args.command == "classify":
            return cmd_classify(args, out, err, sys.stdin.buffer)
        if args.command == "explain":
            return cmd_explain(args, out, err, sys.stdin.buffer)
        if args.command == "compare":
            return cmd_compare(args, out, err, sys.stdin.buffer)
        if args.command == "interview":
            return cmd_interview(args, out, sys.stdin)
        return cmd_schema(args, out)
    except UsageError as error:
        err.write(f"classaction: {error}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        err.write("classaction: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK


def run() -> None:
    """The console script."""
    sys.exit(main())
