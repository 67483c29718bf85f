"""The ``classaction`` command. It sits on top of the library; nothing imports it.

Exit status: 0 when every record was valid (or accepted), 1 when any was not or
when an input held no record at all, 2 for a usage error or a file that cannot
be read or written, 130 when interrupted.

Input (``validate``, ``classify``, ``explain``, ``compare``; see
:mod:`classaction._batch`): a ``.jsonl`` or ``.ndjson`` file holds one record a
line; a ``.json`` file one record or a JSON array of records; standard input
(``-``) and a file of any other name are sniffed: JSON Lines when the first
non-blank line is a record by itself, one JSON document (``.json`` rules) when
it starts with ``[`` or opens a record it does not close.

An input with no record (an empty or blank file, an empty array) is reported
the same way whatever its kind: ``classaction: no records in FILE`` on standard
error, and exit status 1. An empty claims file is far more often a mistake (the
wrong file, an export that failed) than an intended run, and a script must be
able to notice; the other inputs are still read.

Output of ``classify``: ``--format`` when given; otherwise chosen from the name
given to ``-o``: ``.csv`` is CSV, ``.jsonl`` and ``.ndjson`` JSON Lines, a name
ending ``.json`` is a usage error (JSON Lines is not one JSON document), and any
other name, or standard output, JSON Lines. Output files (``-o``, ``interview
--save``) get the mode the umask gives a new file, a file they replace too: the
output is written beside it and moved into its place complete.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shlex
import shutil
import signal
import sys
import textwrap
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import IO, Any, Protocol

import attrs

from .. import actions
from .._resources import load_json, names
from .._version import __version__, build
from ..engine.action import ClassKind
from ..engine.bundle import ActionBundle, ActionFamily, FamilyReadings
from ..engine.core import Determination
from ..engine.determination import Outcome
from ..present.report import FamilyReportTally, ReportTally, alternative_readings
from ..present.text import (
    outcome_in_words,
    part_heading,
    readings_told,
    render_action,
    render_several,
    render_summary,
    render_text,
    share_words,
    wrap,
)
from ..records.consistency import shown_claim_id
from ..records.convert import unstructure
from ..records.validate import validate_claim
from .answers import _WIDTH as INTERVIEW_WIDTH  # the interview's lines, as it wraps them
from .cache import CacheError, LineCache, run_context
from .inputs import (
    INTERNAL,
    ClaimIds,
    RawRecord,
    Result,
    classify_record,
    read_raw,
    read_records,
    record_warnings,
    validate_record,
)
from .interview import Interrupted, run_interview
from .outputs import (
    SHARE,
    SHARE_NAME,
    Tally,
    atomic_output,
    column_key,
    csv_header,
    format_result,
    line_head,
    plural,
)
from .parallel import classify_lines

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
            f"\r{plural(tally.read, 'record')}, {tally.rejected} rejected ({rate:,.0f}/s)"
        )
        self._stream.flush()

    def close(self, tally: Tally) -> None:
        if self._enabled:
            self.update(tally, force=True)
            self._stream.write("\n")


# A CSV header row: two or more names, quoted or not, parted by commas or semicolons or tabs.
_CSV_HEADER = re.compile(rb'(?:"?[A-Za-z_][\w .\-]*"?\s*[,;\t]\s*)+"?[A-Za-z_][\w .\-]*"?')


class Inputs:
    """The records of the files named, in order; each file that held none is told on ``err``.

    ``empty`` counts those files once the records have been read.
    """

    def __init__(self, paths: Sequence[str], stdin: IO[bytes], err: IO[str]) -> None:
        self._paths = paths
        self._stdin = stdin
        self._err = err
        self.empty = 0

    def __iter__(self) -> Iterator[RawRecord]:
        for path in self._paths:
            found = False
            try:
                for raw in read_records(path, self._stdin):
                    if not found and _CSV_HEADER.fullmatch(raw.data.strip()):
                        # A spreadsheet's export given for the records (a trial's administrator
                        # read one error a row, each alike): said once; each row is still
                        # rejected, as every record read yields one result.
                        self._err.write(textwrap.fill(
                            f"classaction: {'<stdin>' if path == '-' else path} looks like CSV (a "
                            "header row of names parted by commas or semicolons), not claim "
                            "records: a record is a "
                            "JSON object, one a line; 'classaction schema claim' describes it",
                            80, subsequent_indent="    ", break_on_hyphens=False,
                        ) + "\n")
                    found = True
                    yield raw
            except OSError as error:
                raise UsageError(f"cannot read {path}: {error.strerror or error}") from None
            if not found:
                self.empty += 1
                self._err.write(f"classaction: no records in {'<stdin>' if path == '-' else path}\n")


def _bundle(args: argparse.Namespace) -> ActionBundle[Any, Any]:
    """The action a command about one action is about (``--action``; the package's default)."""
    given = getattr(args, "action", None) or []
    if len(given) > 1:
        raise UsageError(f"this command speaks of one action: give --action once, not {len(given)}")
    try:
        return actions.get(given[0] if given else None)
    except ValueError as error:
        raise UsageError(str(error)) from None


def _bundles(args: argparse.Namespace) -> list[ActionBundle[Any, Any]]:
    """The actions a command speaks of: those ``--action`` names (once or more), else every
    action known, the package's default first."""
    given = getattr(args, "action", None) or []
    if given:
        try:
            return [actions.get(action_id) for action_id in dict.fromkeys(given)]
        except ValueError as error:
            raise UsageError(str(error)) from None
    return sorted(actions.bundles().values(), key=lambda b: (b.id != actions.DEFAULT, b.id))


def _readings_each(
    args: argparse.Namespace, chosen: Sequence[ActionBundle[Any, Any]], key: str = "reading",
    base: Sequence[Any] | None = None,
) -> list[Any]:
    """Each action's readings. With several actions, a reading given by name or number goes
    to every action that has a reading so called (the as-of date, R1, to each), and one that
    no action has is refused."""
    pairs = list(getattr(args, key, None) or [])
    _one_as_of(args, pairs)
    if len(chosen) > 1:
        for pair in pairs:
            name = pair.partition("=")[0].strip()
            if name and not any(b.readings.knows(name) for b in chosen):
                known = ", ".join(b.id for b in chosen)
                raise UsageError(f"unknown reading {name!r}: none of {known} has a reading so "
                                 "called ('classaction action --action ID' lists each one's)")
    found = []
    for n, bundle in enumerate(chosen):
        mine = [p for p in pairs if len(chosen) == 1 or bundle.readings.knows(p.partition("=")[0].strip())]
        readings = readings_from_or_usage(bundle, mine, None if base is None else base[n])
        as_of: dt.date | None = getattr(args, "as_of", None)
        found.append(readings if as_of is None else readings.with_as_of(as_of))
    return found


def _as_of_note(args: argparse.Namespace, chosen: Sequence[ActionBundle[Any, Any]], err: IO[str]) -> None:
    """With several actions, ``--as-of`` (or reading R1) moves each one's as-of date: said on standard error
    where their own dates differ (MDL-2967's is its settlement's preliminary approval), as a
    trial's administrator moved the settlement's date unawares."""
    as_of: dt.date | None = getattr(args, "as_of", None)
    given = None if as_of is None else f"--as-of {as_of.isoformat()}"
    for pair in getattr(args, "reading", None) or []:
        # The same by reading R1, which names the as-of date of every action (a lawyer's
        # "compare -r R1=2019-01-01" moved MDL-2967's too, unsaid).
        name, _, value = pair.partition("=")
        if name.strip().lower() in ("r1", "as_of"):
            given = f"--reading {name.strip()}={value.strip()}"
    if given is None or len(chosen) < 2:
        return
    own = [(b.id, b.readings().as_of) for b in chosen]
    if len({day for _, day in own}) < 2:
        return
    was = ", ".join(f"{name} {day.isoformat()}" for name, day in own)
    err.write(wrap(
        f"classaction: {given} is the as-of date of every action here (their own: {was}); "
        "--action ID moves one alone", 80,
    ) + "\n")


def _one_as_of(args: argparse.Namespace, pairs: Sequence[str]) -> None:
    """Refuse two as-of dates, one by --as-of and one by reading R1 (a trial's lawyer gave
    2020-07-09 and 2020-07-10, and one was used, unsaid)."""
    as_of: dt.date | None = getattr(args, "as_of", None)
    if as_of is None:
        return
    for pair in pairs:
        name, _, value = pair.partition("=")
        if name.strip().lower() in ("r1", "as_of") and value.strip() != as_of.isoformat():
            raise UsageError(
                f"--as-of {as_of.isoformat()} and --reading {pair.strip()} give two as-of "
                "dates: give one"
            )


def _readings(args: argparse.Namespace, bundle: ActionBundle[Any, Any]) -> Any:
    _one_as_of(args, list(getattr(args, "reading", None) or []))
    readings = readings_from_or_usage(bundle, list(getattr(args, "reading", None) or []))
    as_of: dt.date | None = getattr(args, "as_of", None)
    return readings if as_of is None else readings.with_as_of(as_of)


def readings_from_or_usage(
    bundle: ActionBundle[Any, Any], pairs: Sequence[str], base: Any = None
) -> Any:
    try:
        return bundle.readings.from_pairs(pairs, base)
    except ValueError as error:
        raise UsageError(str(error)) from None


def _day(text: str) -> dt.date:
    """A whole day, YYYY-MM-DD (the as-of date)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a date is written YYYY-MM-DD, not {text!r}") from None


# --- subcommands ---------------------------------------------------------------------


def cmd_action(args: argparse.Namespace, out: IO[str]) -> int:
    if args.list:
        for action_id, bundle in sorted(actions.bundles().items()):
            out.write(f"{action_id}  {bundle.action.style_of_cause[-1].title}\n")
        return EXIT_OK
    # Several at once where --action is given more than once: the pointer to the readings of an
    # explanation of two actions names both (a trial's lawyer looked for T-713-20's R14 in the
    # default action's page).
    told = [bundle.action for bundle in _bundles(args)] if args.action else [_bundle(args).action]
    if args.json:
        data = [unstructure(action) for action in told]
        out.write(json.dumps(data[0] if len(data) == 1 else data, indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    if len(told) == 1:
        out.write(render_action(told[0]))
        return EXIT_OK
    # Each headed as explain heads an action's part.
    out.write("\n".join(part_heading(action.id) + "\n" + render_action(action) for action in told))
    return EXIT_OK


def _print_errors(result: Result, err: IO[str], width: int = 80) -> None:
    """Each error as FILE:LINE: PATH: MESSAGE [RULE], or FILE:LINE:COLUMN: ... where the
    column is known (a record read from a JSON document), as compilers write them; wrapped to
    ``width`` (:func:`error_lines`)."""
    for error in result.errors:
        column = "" if error.column is None else f":{error.column}"
        where = f"{result.raw.source}:{error.line or result.raw.line}{column}"
        err.write("\n".join(error_lines(where, error.path, f"{error.message} [{error.keyword}]",
                                         width)) + "\n")


def error_lines(where: str, path: str, message: str, width: int = 80, indent: str = "") -> list[str]:
    """An error as ``WHERE: PATH: MESSAGE`` in lines of at most ``width`` columns.

    It stays one line when it fits, as compilers write it, for an editor or grep to read. When
    it does not, the message goes on in lines indented four columns further; the place and the
    JSON path are never broken, a path that would not leave room for the message's first word
    comes on a line of its own, and the place, when long, on one before it (only a file name
    longer than the width makes a line longer). No word of the message is broken either.
    """
    one = f"{indent}{where}: {path}: {message}"
    if len(one) <= width:
        return [one]
    more = indent + "    "
    heads = [f"{indent}{where}: {path}:"]
    if len(heads[0]) > width:
        heads = [f"{indent}{where}:", f"{more}{path}:"]
    *above, head = heads
    first, _, _ = message.partition(" ")
    if len(head) + 1 + len(first) > width:
        above, head = heads, ""
    lines = textwrap.wrap(
        message, width, initial_indent=" " * (len(head) + 1) if head else more,
        subsequent_indent=more, break_long_words=False, break_on_hyphens=False,
    )
    if head:
        lines[0] = head + lines[0][len(head):]
    return above + lines


def cmd_validate(args: argparse.Namespace, out: IO[str], err: IO[str], stdin: IO[bytes]) -> int:
    tally_read = tally_bad = tally_warned = 0
    inputs = Inputs(args.files, stdin, err)
    ids = ClaimIds()
    for raw in inputs:
        result = validate_record(raw)
        tally_read += 1
        # Every claim id read is kept, a rejected record's too: corrected, it would be a second
        # claim under one key. Either is warned (a trial's administrator learned of a rejected
        # record's repeated id only once it was mended).
        result = attrs.evolve(result, warnings=result.warnings + ids.warning(raw, result.id_key))
        if result.errors:
            tally_bad += 1
            _print_errors(result, out)
        if result.warnings:
            # What a record says that is likely a slip (or, of one rejected, its repeated id or
            # the array's fault beside it): told, with its path, as an error is; a valid record
            # stays valid and the exit status is not changed.
            tally_warned += 1
            _print_errors(attrs.evolve(result, errors=tuple(
                attrs.evolve(w, message=f"warning: {w.message}") for w in result.warnings
            )), out)
    warned = f"; {tally_warned} with a warning" if tally_warned else ""
    out.write(f"{plural(tally_read, 'record')}, {tally_read - tally_bad} valid, "
              f"{tally_bad} invalid{warned}\n")
    return EXIT_INVALID if tally_bad or inputs.empty else EXIT_OK


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


def _determiner(bundle: ActionBundle[Any, Any], readings: Any) -> Any:
    def determine(claim: Any, input_digest: str | None) -> Determination:
        return bundle.determine(claim, readings, input_digest=input_digest)

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
    args: argparse.Namespace, chosen: Sequence[ActionBundle[Any, Any]], readings: Sequence[Any],
    class_ids: tuple[str, ...],
) -> LineCache | None:
    if not args.cache:
        return None
    determine, *also = [_determiner(b, r) for b, r in zip(chosen, readings, strict=True)]

    def sample() -> bytes:  # the lines of the sample records, less their heads
        return b"".join(
            format_result(classify_record(raw, determine, also), args.format, class_ids).data[
                len(line_head(raw.source, raw.line, args.format)):
            ]
            for raw in (RawRecord("sample", 1, data) for data in _SAMPLE_RECORDS)
        )

    # A line kept is reused only by a run of the same actions, with the same readings each.
    if len(chosen) == 1:
        given: dict[str, Any] = {"action": chosen[0].id, **readings[0].as_record()}
    else:
        given = {b.id: r.as_record() for b, r in zip(chosen, readings, strict=True)}
    context = run_context(args.format, not args.no_rank, given)
    try:
        return LineCache(Path(args.cache), context, sample)
    except CacheError as error:
        raise UsageError(str(error)) from None


def output_format(output: str | None, given: str | None) -> str:
    """The format of ``classify``'s output: ``given`` (--format), else from the name of ``-o``."""
    if given:
        return given
    if not output or output == "-":
        return "jsonl"
    suffix = Path(output).suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix == ".json":
        raise UsageError(
            f"-o {output}: the output is JSON Lines or CSV, and JSON Lines is not one JSON "
            "document; name the file .jsonl or .csv, or give --format"
        )
    if suffix in _SPREADSHEETS:
        # A workbook's name written JSON Lines that a spreadsheet would not open (a trial's
        # administrator's "-o out.xlsx").
        raise UsageError(
            f"-o {output}: the output is JSON Lines or CSV, not a workbook; name the file .csv "
            "(a spreadsheet opens it), or give --format"
        )
    return "jsonl"  # .jsonl, .ndjson, or a name that says nothing


_SPREADSHEETS = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".numbers"})


def _no_overwrite(files: list[str], output: str | None, report: str | None) -> None:
    """Refused before anything is read: an output that is one of the input files, or the
    report written where the output goes (a trial's administrator replaced a file of claims
    with its determinations, exit status 0). The same file by another name (a link) too."""
    targets = [(option, path) for option, path in (("-o", output), ("--report", report))
               if path and path != "-"]
    if len(targets) == 2 and _same_file(targets[0][1], targets[1][1]):
        raise UsageError("-o and --report name the same file: give each its own")
    for option, target in targets:
        for name in files:
            if name != "-" and _same_file(name, target):
                raise UsageError(
                    f"{option} names an input file ({name}): the output would replace the claims"
                )


def _same_file(first: str, second: str) -> bool:
    """Whether two paths name one file (the second need not exist yet)."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.abspath(first) == os.path.abspath(second)


def cmd_classify(args: argparse.Namespace, out: IO[str], err: IO[str], stdin: IO[bytes]) -> int:
    chosen = _bundles(args)
    readings_each = _readings_each(args, chosen)
    _as_of_note(args, chosen, err)
    several = len(chosen) > 1
    bundle, readings = chosen[0], readings_each[0]
    if args.jobs < 1:
        raise UsageError("--jobs takes a whole number of at least 1")
    _no_overwrite(args.files, args.output, args.report)
    args.format = output_format(args.output, args.format)
    # Each class's columns and counts, by key; with several actions the key and the column's
    # name say which action it is ("T-724-20/PB", "T-724-20 Privacy Breach Class").
    # An action whose settlement allocates a fund (MDL-2967) has the claimant's share after its
    # classes, in columns of the same form ("MDL-2967 Share of the settlement fund", and why).
    columns = tuple(
        column for b in chosen for column in (
            *((column_key(b.id, c.id, several), f"{b.id} {c.name}" if several else c.name)
              for c in b.action.classes),
            *(((column_key(b.id, SHARE, several), f"{b.id} {SHARE_NAME}" if several else SHARE_NAME),)
              if b.rules.share is not None else ()),
        )
    )
    classes = tuple(
        (column_key(b.id, c.id, several), f"{b.id} {c.name}" if several else c.name)
        for b in chosen for c in b.action.classes
    )
    class_ids = tuple(c for c, _ in classes)
    column_ids = tuple(c for c, _ in columns)
    cache = _open_cache(args, chosen, readings_each, column_ids)
    inputs = Inputs(args.files, stdin, err)
    tally = Tally(class_ids, dict(classes), frozenset(
        column_key(b.id, c.id, several) for b in chosen for c in b.action.classes
        if c.kind is ClassKind.ELIGIBILITY
    ), action=None if several else bundle.id)
    report = None if args.report is None else _report_target(args.report, chosen, readings_each)
    tally.report = args.report
    # The page's entries are made with the lines, in the workers, from the determinations the
    # lines are made of (ranked, as the page's first questions need); lines a cache reuses, or
    # made unranked, are counted as before: read and determined again here.
    alongside = report is not None and cache is None and not args.no_rank
    records: Iterable[RawRecord] = inputs if report is None or alongside else _counted(
        inputs, report[1]
    )
    tried: tuple[Any, ...] | None = None
    if report is not None and alongside:
        summary = report[1]
        each = summary.tallies if isinstance(summary, FamilyReportTally) else (summary,)
        tried = tuple(tally.alternatives for tally in each)
    ids: str | tuple[str, ...] = tuple(b.id for b in chosen) if several else bundle.id
    given: Any = tuple(readings_each) if several else readings
    to_file = bool(args.output) and args.output != "-"
    # Progress only on a terminal, and only when the output goes to a file: never into a pipe,
    # and never interleaved with output on the screen.
    progress = Progress(err, enabled=to_file and err.isatty())

    def run(stream: _Sink) -> None:
        if args.format == "csv":
            stream.write(csv_header(columns))
        lines = classify_lines(
            records, ids, given, args.format, column_ids, args.jobs,
            rank_missing=not args.no_rank, cache=cache, claim_ids=ClaimIds(), report=tried,
        )
        for line in lines:
            stream.write(line.data)
            tally.add(line)
            if tried is not None and report is not None:
                report[1].add_entries(line.report, line.repeated)
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
    if report is not None:
        path, summary = report
        try:
            with atomic_output(path) as stream:
                stream.write(summary.html(
                    rejections=tally.reasons, warned=tally.warned, repeated=tally.repeated,
                ).encode("utf-8"))
        except OSError as error:
            raise UsageError(f"cannot write {path}: {error.strerror or error}") from None
        err.write(f"summary for class counsel written to {path}\n")
    return EXIT_INVALID if tally.rejected or inputs.empty else EXIT_OK


def _report_target(
    name: str, chosen: Sequence[ActionBundle[Any, Any]], readings: Sequence[Any]
) -> tuple[Path, ReportTally | FamilyReportTally]:
    """Where ``--report`` writes, and the tally that will fill it: one action's page, or with
    several a page with a section per action."""
    path = Path(name)
    if path.suffix.lower() not in (".html", ".htm"):
        raise UsageError(f"--report writes an HTML page: give a name ending .html, not {name}")
    # Told before the run, not after it (a trial's administrator's "--report nodir/p.html"
    # was refused once every record had been classified).
    folder = path.parent
    if not folder.is_dir():
        raise UsageError(f"cannot write {name}: no folder {folder}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(f"cannot write {name}: the folder {folder} cannot be written to")
    tallies = [
        ReportTally(chosen_readings, bundle=bundle)
        for bundle, chosen_readings in zip(chosen, readings, strict=True)
    ]
    return path, tallies[0] if len(tallies) == 1 else FamilyReportTally(tallies)


def _counted(
    records: Iterable[RawRecord], summary: ReportTally | FamilyReportTally
) -> Iterator[RawRecord]:
    """The records, each also counted for the batch summary (read and determined once more,
    unranked, with each alternative reading tried: see classaction._report)."""
    for raw in records:
        summary.add_raw(raw)
        yield raw


def output_width(args: argparse.Namespace, out: IO[str]) -> int:
    """The width to wrap text to: ``--width``, else the terminal's, else 80."""
    if args.width is not None:
        if args.width < 40:
            raise UsageError("--width takes a number of columns of at least 40")
        return int(args.width)
    if out.isatty():
        return shutil.get_terminal_size((80, 24)).columns
    return 80


def cmd_explain(args: argparse.Namespace, out: IO[str], err: IO[str], stdin: IO[bytes]) -> int:
    chosen = _bundles(args)
    readings = _readings_each(args, chosen)
    _as_of_note(args, chosen, err)
    width = output_width(args, out)
    inputs = Inputs(args.files, stdin, err)
    read = rejected = 0
    render = render_text if args.full else render_summary
    ids = ClaimIds()  # a claim id an earlier record has is told, as validate and classify do
    for raw in inputs:
        result = classify_record(raw, _determiner(chosen[0], readings[0]), [
            _determiner(bundle, chosen_readings)
            for bundle, chosen_readings in zip(chosen[1:], readings[1:], strict=True)
        ])
        repeated = ids.warning(raw, result.id_key)
        heading = f"== {raw.source}, line {raw.line}"
        if result.claim_id:
            # The claim id on a line of its own where both do not fit (a lawyer's long file
            # name and id made a heading of 173 columns).
            label = f"({result.claim_id})"
            fits = len(heading) + 1 + len(label) <= width
            heading += f" {label}" if fits else f"\n   {label}"
        out.write(("\n" if read else "") + heading + "\n")
        read += 1
        if result.determination is None:
            rejected += 1
            out.write(wrap(
                "The library failed on this record; it was not judged:"
                if any(error.keyword == INTERNAL for error in result.errors) else
                "This record was rejected; nothing can be decided from it until it is corrected:",
                width,
            ) + "\n")
            told = (*result.errors, *(
                attrs.evolve(w, message=f"warning: {w.message}") for w in result.warnings + repeated
            ))
            for error in told:
                column = "" if error.column is None else f", column {error.column}"
                out.write("\n".join(error_lines(
                    f"line {error.line or raw.line}{column}", error.path,
                    f"{error.message} [{error.keyword}]", width, indent="  ",
                )) + "\n")
            continue
        warnings = record_warnings(raw) + repeated
        if warnings:
            out.write(wrap("The record says something that is likely a slip; it is read as "
                           "given:", width) + "\n")
            for warning in warnings:
                column = "" if warning.column is None else f", column {warning.column}"
                out.write("\n".join(error_lines(
                    f"line {warning.line or raw.line}{column}", warning.path,
                    f"{warning.message} [{warning.keyword}]", width, indent="  ",
                )) + "\n")
            out.write("\n")
        decided = [
            (chosen[0], result.determination), *zip(chosen[1:], result.others, strict=True)
        ]
        out.write(render_several(
            [(bundle.action, d) for bundle, d in decided], result.claim, width, render
        ))
        out.write(_read_otherwise(chosen, readings, result.claim, width))
    if rejected:
        # After the account, where both go to one file or pipe (stdout is buffered there; it
        # ended "[additionalProperties]classaction: 1 record read" in a trial's log).
        out.flush()
        err.write(f"classaction: {plural(read, 'record')} read, {rejected} rejected\n")
    return EXIT_INVALID if rejected or inputs.empty else EXIT_OK


def cmd_compare(args: argparse.Namespace, out: IO[str], err: IO[str], stdin: IO[bytes]) -> int:
    chosen = _bundles(args)
    if args.as_of is not None:  # the date compared with the baseline's, not both sides'
        args.reading = [*(args.reading or []), f"as_of={args.as_of.isoformat()}"]
        args.as_of = None
    firsts = _readings_each(args, chosen, "base")
    if not args.reading:
        return _each_reading(args, out, err, stdin, chosen, firsts)
    seconds = _readings_each(args, chosen, "reading", firsts)
    _as_of_note(args, chosen, err)
    names = _compared_names(chosen)
    sharing = any(b.rules.share is not None for b in chosen)
    per_class = dict.fromkeys(names, 0)
    compared = changed = 0
    inputs = Inputs(args.files, stdin, err)
    claims = _Claims(inputs, err)
    for raw, claim in claims:
        compared += 1
        found = []
        for bundle, first, second in zip(chosen, firsts, seconds, strict=True):
            (moved,) = _moved(bundle, claim, first, [second], names)
            for key, change in moved:
                found.append(change)
                per_class[key] += 1
        if found:
            changed += 1
            out.write(_compared_heading(raw, claim))
            for change in found:
                out.write(_indented(change) + "\n")
    counts = [f"{names[key]}: {n}" for key, n in per_class.items() if n]
    if counts:
        out.write("\nOutcomes changed, by class" + (" (and shares)" if sharing else "") + ":\n")
        for count in counts:
            out.write(_indented(count) + "\n")
    out.write(
        f"{plural(compared, 'claim')} compared, {changed} changed outcome"
        + (" or share" if sharing else "") + f"; {claims.rejected} rejected\n"
    )
    return EXIT_INVALID if claims.rejected or inputs.empty else EXIT_OK


def _read_otherwise(
    chosen: Sequence[ActionBundle[Any, Any]], bases: Sequence[Any], claim: Any, width: int,
) -> str:
    """What each other reading of the points left open would change for this claim, one
    reading at a time (as ``compare`` without ``-r``), below its explanation. Two rounds of
    trials' lawyers found the readings that decide named only in the full account, and those
    an alternative would change (R3 for a company, R27 for a licensee) only by ``compare``."""
    moves = _moves(_tried(chosen, bases), claim, _compared_names(chosen), as_headed=True)
    found = [f"under {said}: " + "; ".join(change for _, change in moved) for said, moved in moves]
    if not found:
        return "\n" + wrap(
            "Read otherwise: no other reading of the points the class definitions leave open "
            "changes an outcome here, one at a time (the as-of date, R1, aside: -r as_of=DATE "
            "reads another).", width,
        ) + "\n"
    told = _readings_listed(chosen, [said for said, _ in moves])
    return "\n" + wrap(
        "Read otherwise, one reading at a time (the as-of date, R1, aside: -r as_of=DATE reads "
        f"another; what each means: {told}):", width
    ) + "\n" + "\n".join(_indented(line, width).replace("\xa0", " ") for line in found) + "\n"


def _readings_listed(chosen: Sequence[ActionBundle[Any, Any]], listed: Sequence[str]) -> str:
    """The command that tells the readings ``listed`` ("T-713-20 R14 grantor_author = ...",
    named with their action's id where there are several actions): of those actions."""
    return readings_told(b.id for b in chosen if len(chosen) == 1 or any(
        said.startswith(f"{b.id} ") for said in listed
    ))


def _compared_names(chosen: Sequence[ActionBundle[Any, Any]]) -> dict[tuple[str, str], str]:
    """What ``compare`` calls each class, by (action id, class id): as explain names it
    ("Privacy Breach Class"), with its action's id when there are several; a settlement's share
    of its fund after its action's classes (a reading that changes it alone, R25 or R26,
    changed nothing, as compare said: a lawyer's trial)."""
    several = len(chosen) > 1
    names = {}
    for bundle in chosen:
        prefix = f"{bundle.id} " if several else ""
        names.update({(bundle.id, c.id): f"{prefix}{c.name}" for c in bundle.action.classes})
        if bundle.rules.share is not None:
            names[(bundle.id, SHARE)] = f"{prefix}{SHARE_NAME}"
    return names


def _moved(
    bundle: ActionBundle[Any, Any], claim: Any, base: Any, others: Sequence[Any],
    names: dict[tuple[str, str], str], as_headed: bool = False,
) -> list[list[tuple[tuple[str, str], str]]]:
    """For each of ``others``, what it changes from ``base`` for the claim: each class whose
    outcome moves, and a settlement's share, each as (its key in ``names``, "name: before ->
    after"). An eligibility to claim reads ELIGIBLE or NOT_ELIGIBLE, as in the CSV; below an
    explanation (``as_headed``), NOT A MEMBER or NOT ELIGIBLE, as its headings."""
    before = bundle.what_if(claim, {}, base)
    sharing = bundle.rules.share is not None
    share = bundle.determine(claim, base, rank_missing=False).share if sharing else None
    def said(class_id: str, outcome: Outcome) -> str:
        # Kept on one line when wrapped (no-break spaces, made plain by _read_otherwise).
        return outcome_in_words(bundle.action, class_id, outcome, as_headed).replace(" ", "\xa0")

    found = []
    for other, after in zip(others, bundle.compare_many(claim, base, list(others)), strict=True):
        moved = [
            ((bundle.id, class_id), f"{names[(bundle.id, class_id)]}: "
             f"{said(class_id, was)} -> {said(class_id, after[class_id])}")
            for class_id, was in before.items() if after[class_id] is not was
        ]
        if sharing:
            shares = (share, bundle.determine(claim, other, rank_missing=False).share)
            was_said, now_said = (
                "none" if one is None else share_words(one, bundle.action) for one in shares
            )
            # Where both are open ("0 to 10 -> 0 to 25", eligibility not known), only the most
            # it could be moved: not told (an administrator's every claim was listed).
            if was_said != now_said and any(one is not None and one.known for one in shares):
                key = (bundle.id, SHARE)
                moved.append((key, f"{names[key]}: {was_said} -> {now_said}"))
        found.append(moved)
    return found


def _compared_heading(raw: RawRecord, claim: Any) -> str:
    """The line that names a claim ``compare`` lists: where it is, and its claim id, never one
    in the form of personal data."""
    shown = shown_claim_id(claim.claim_id)
    return f"{raw.source}:{raw.line}{f' ({shown})' if shown else ''}:\n"


class _Claims:
    """``compare``'s inputs: each accepted record with its claim, in turn; a rejected record's
    errors told on standard error, and counted (``rejected``)."""

    def __init__(self, inputs: Iterable[RawRecord], err: IO[str]) -> None:
        self.inputs, self.err, self.rejected = inputs, err, 0

    def __iter__(self) -> Iterator[tuple[RawRecord, Any]]:
        for raw in self.inputs:
            _, claim, _, errors = read_raw(raw)
            if claim is None:
                self.rejected += 1
                _print_errors(Result(raw, errors=errors), self.err)
                continue
            yield raw, claim


def _each_reading(
    args: argparse.Namespace, out: IO[str], err: IO[str], stdin: IO[bytes],
    chosen: Sequence[ActionBundle[Any, Any]], bases: Sequence[Any],
) -> int:
    """``compare`` without ``-r``: each other value of each reading the action's seed names, one
    reading changed at a time (as ``--report`` tries them), and of each claim the ones that
    change an outcome or a share; then, per reading, how many claims changed. A lawyer's trial
    could not ask which readings matter for one claim."""
    names = _compared_names(chosen)
    tried = _tried(chosen, bases)
    counted = dict.fromkeys((said for _, _, each in tried for said, _ in each), 0)
    compared = changed = 0
    inputs = Inputs(args.files, stdin, err)
    claims = _Claims(inputs, err)
    for raw, claim in claims:
        compared += 1
        found = _moves(tried, claim, names)
        if found:
            changed += 1
            out.write(_compared_heading(raw, claim))
            for said, moved in found:
                counted[said] += 1
                out.write(_indented(f"under {said}:") + "\n")
                for _, change in moved:
                    out.write(_indented(f"  {change}") + "\n")
    # "or share" only of an action that has shares (a trial's lawyer read "1 changed outcome or
    # share" of T-724-20, which has none).
    what = "outcome or share" if any(b.rules.share is not None for b in chosen) else "outcome"
    if any(counted.values()):
        told = _readings_listed(chosen, [said for said, n in counted.items() if n])
        out.write(f"\nClaims whose {what} a reading changes, by reading\n" + wrap(
            f"(what each reading means: {told}):", 80) + "\n")
        for said, n in counted.items():
            if n:
                out.write(_indented(f"{said}: {plural(n, 'claim')}") + "\n")
    out.write(textwrap.fill(
        f"{plural(compared, 'claim')} compared under {len(counted)} other readings, one at a "
        "time (not the as-of date, R1, which takes any date: -r as_of=DATE compares one); "
        f"{changed} changed {what}; {claims.rejected} rejected", 80,
    ) + "\n")
    return EXIT_INVALID if claims.rejected or inputs.empty else EXIT_OK


_Tried = list[tuple[ActionBundle[Any, Any], Any, list[tuple[str, Any]]]]


def _tried(chosen: Sequence[ActionBundle[Any, Any]], bases: Sequence[Any]) -> _Tried:
    """Each action with its readings and each other value of each of its readings, one changed
    at a time (as ``--report`` tries them), each by its words ("T-724-20 R2 residency_window =
    any_time_up_to_as_of"; without the action's id where there is one action)."""
    several = len(chosen) > 1
    return [
        (bundle, base, [(f"{f'{bundle.id} ' if several else ''}{a.reading} {a.name} = {a.value}",
                         a.readings) for a in alternative_readings(base, bundle.action, bundle)])
        for bundle, base in zip(chosen, bases, strict=True)
    ]


def _moves(
    tried: _Tried, claim: Any, names: dict[tuple[str, str], str], as_headed: bool = False,
) -> list[tuple[str, list[tuple[tuple[str, str], str]]]]:
    """Of the readings tried, those that change an outcome or a share of the claim, each with
    its words and what it changes (:func:`_moved`)."""
    found: list[tuple[str, list[tuple[tuple[str, str], str]]]] = []
    for bundle, base, each in tried:
        moves = _moved(bundle, claim, base, [readings for _, readings in each], names, as_headed)
        found += [(said, moved) for (said, _), moved in zip(each, moves, strict=True) if moved]
    return found


def _indented(text: str, width: int = 80) -> str:
    """A line of ``compare``'s output, indented and wrapped to ``width`` columns (a class name
    is long: "T-724-20 Copyright Infringement Class: UNDETERMINED -> NOT_MEMBER")."""
    return textwrap.fill(
        text, width, initial_indent="  ", subsequent_indent="      ",
        break_long_words=False, break_on_hyphens=False,
    )


def cmd_schema(args: argparse.Namespace, out: IO[str]) -> int:
    wanted = args.name if args.name.endswith(".json") else f"{args.name}.schema.json"
    available = names("schemas")
    if wanted not in available:
        choices = ", ".join(n.removesuffix(".schema.json") for n in available)
        raise UsageError(f"no schema named {args.name!r}; choose one of: {choices}")
    out.write(json.dumps(load_json("schemas", wanted), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def interview_claim_id(given: str | None, started: dt.datetime) -> str:
    """The claim id of a record the interview saves: the one given, or one made from when the
    interview began, which a person can tell apart from their other records and which names
    no one (a claim id is repeated in messages)."""
    if given is None:
        return f"interview-{started:%Y-%m-%d-%H%M%S}"
    if not 1 <= len(given) <= 100 or "\n" in given or "\r" in given:
        raise UsageError("--claim-id takes 1 to 100 characters on one line")
    return given


def cmd_interview(args: argparse.Namespace, out: IO[str], stdin_text: IO[str]) -> int:
    chosen = _bundles(args)
    readings_each = _readings_each(args, chosen)
    # Every action known, asked as one (a fact two need is asked once), unless --action names one.
    bundle: Any = chosen[0] if len(chosen) == 1 else ActionFamily(chosen)
    readings: Any = readings_each[0] if len(chosen) == 1 else FamilyReadings(tuple(readings_each))
    if args.claim_id is not None and not args.save:
        raise UsageError("--claim-id names the record that --save keeps: give --save FILE too")
    # The id is in the record from the start, so that the result shown is the saved record's.
    claim_id = interview_claim_id(args.claim_id, dt.datetime.now()) if args.save else None
    try:
        record = run_interview(stdin_text, out, readings, claim_id=claim_id, bundle=bundle)
    except Interrupted as stopped:
        # Ctrl-C with --save: the answers so far are kept, as "quit" keeps them (a trial's
        # person lost them all), where they make a valid record.
        if args.save and set(stopped.record) - {"claim_id", "schema_version"} and \
                not validate_claim(stopped.record):
            _save_record(Path(args.save), stopped.record)
            out.write("\n" + textwrap.fill(
                f"Interrupted: the answers so far were saved to {args.save}. To read what they "
                "settle:", INTERVIEW_WIDTH, break_long_words=False, break_on_hyphens=False,
            ) + "\n" + _command(["classaction explain", shlex.quote(str(args.save))]) + "\n")
        raise

    # The actions and readings of this interview, for the commands it ends with: the record
    # holds the facts only, and explain reads every action unless told which.
    options = [f"--action {shlex.quote(action)}" for action in args.action or ()] + [
        f"-r {shlex.quote(item)}" for item in args.reading
    ] + ([f"--as-of {args.as_of.isoformat()}"] if args.as_of else [])
    if args.save:
        _save_record(Path(args.save), record)
        out.write(f"The claim record was saved to {args.save}.\nIts claim id: {claim_id}.\n")
        # Every rule applied is read with "classaction explain --full", which needs the
        # record's file: the command is given whole, for the file just saved (the closing
        # leaves the bare command out: _Interview.closing).
        saved = [shlex.quote(str(args.save)), *options]
        if options:
            # A record holds facts; the actions and readings are chosen each time it is read.
            out.write(
                "It holds the facts only: to read it as here, give the same options again:\n"
                + _command(["classaction explain", *saved]) + "\n"
            )
        out.write(
            "Every rule applied, with its source:\n"
            + _command(["classaction explain --full", *saved]) + "\n"
        )
    else:
        out.write(textwrap.fill(
            "The answers were not saved. To keep them, and then read every rule applied with "
            "its source (classaction explain --full FILE), run the interview with --save FILE, "
            "as in:", INTERVIEW_WIDTH,
        ) + "\n" + _command(["classaction interview", *options, "--save my-claim.json"]) + "\n")
    return EXIT_OK


def _save_record(path: Path, record: dict[str, Any]) -> None:
    """The interview's claim record, written whole or not at all."""
    try:
        with atomic_output(path) as stream:
            stream.write((json.dumps(record, indent=2, ensure_ascii=False) + "\n").encode())
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None


def _command(parts: Sequence[str], width: int = INTERVIEW_WIDTH) -> str:
    """A command to copy, indented, within ``width`` columns: where it would run past them it
    goes on on the next line after a backslash, as a shell reads it (each part, an option with
    its value, kept whole)."""
    lines: list[str] = []
    line = "  " + parts[0]
    for part in parts[1:]:
        if len(line) + 1 + len(part) + 2 > width:  # room for " \\" at the end
            lines.append(line + " \\")
            line = "      " + part
        else:
            line += " " + part
    return "\n".join([*lines, line])


# --- the parser ----------------------------------------------------------------------


def _action_option(parser: argparse.ArgumentParser, page: bool = False) -> None:
    default = actions.DEFAULT if page else "every action known"
    several = "; given more than once, each in turn, as a JSON array with --json" if page else ""
    parser.add_argument(
        "--action", metavar="ID", action="append",
        help=f"the action, by its id (repeatable{several}; default: {default}; "
        "'classaction action --list' names them)",
    )


def _reading_options(parser: argparse.ArgumentParser) -> None:
    _action_option(parser)
    parser.add_argument(
        "--reading", "-r", action="append", metavar="NAME=VALUE", default=[],
        help="choose a reading by its name or number and a value (repeatable); "
        "'classaction action --action ID' lists an action's readings, their values and an "
        "example",
    )
    parser.add_argument(
        "--as-of", metavar="DATE", type=_day, help="assess statuses on DATE, YYYY-MM-DD (reading R1)"
    )


INPUT_HELP = """\
input:
  FILE.jsonl, FILE.ndjson  one record a line (a record spread over several
                           lines is one rejected record, with a hint)
  FILE.json                one record, or a JSON array of records
  -  or any other name     standard input or that file, sniffed: one record a
                           line when the first non-blank line is a record by
                           itself; one JSON document (as for .json) when it
                           starts with [ or opens a record it does not close
  An input with no record says "no records in FILE" on standard error and
  makes the exit status 1. Errors name the file, the line and the JSON path,
  and never repeat a value from the record; in a JSON document, the line and
  column of the value the path names (FILE:LINE:COLUMN: PATH: MESSAGE). An
  error longer than 80 columns goes on in lines indented four columns.
"""

EXIT_HELP = """\
exit status:
  0    every record valid (or accepted), warnings or not (a claim id given
       twice, say: the summary counts them)
  1    some record invalid (or rejected), or some input held no record
  2    usage error, or a file that cannot be read or written
  130  interrupted
"""

FILES_HELP = "claim records: .jsonl, .json, or - for standard input (see 'input' below)"


def _paragraphs(text: str) -> str:
    """Text wrapped to the width of a terminal, paragraph by paragraph (the epilogs are laid out)."""
    return "\n\n".join(textwrap.fill(paragraph, 79) for paragraph in text.split("\n\n"))


# The commands that read no claim record: the action's page, a schema.
PLAIN_EXIT_HELP = """\
exit status:
  0    printed
  2    usage error: an action or schema not known, or output not written
  130  interrupted
"""

INTERVIEW_EXIT_HELP = """\
exit status:
  0    the interview ended (answers may have run out) and the result was shown
  2    usage error, or --save cannot be written
  130  interrupted
"""


def _subcommand(
    sub: Any, name: str, help: str, description: str, inputs: bool = False,
    exits: str = EXIT_HELP,
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        name, help=help, description=_paragraphs(description),
        epilog=(INPUT_HELP + "\n" if inputs else "") + exits,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="classaction",
        description=_paragraphs(
            "Who belongs to each class of a class action, and why: "
            + ", ".join(f"{b.id} ({b.action.style_of_cause[-1].title})"
                        for b in actions.bundles().values())
            + ". 'classaction COMMAND --help' tells more of each command."
        ),
        epilog=EXIT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__} ({build()})")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    action = _subcommand(sub, "action", "the action at a glance",
                         "The action at a glance: court, parties, classes, readings, sources.",
                         exits=PLAIN_EXIT_HELP)
    action.add_argument("--json", action="store_true", help="print the action as JSON")
    action.add_argument("--list", action="store_true", help="list the actions known, one a line")
    _action_option(action, page=True)

    validate = _subcommand(
        sub, "validate", "check claim records",
        "Check claim records without deciding anything: each error on a line of its own, "
        "then a count.", inputs=True,
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help=FILES_HELP)

    classify = _subcommand(
        sub, "classify", "determine membership for every claim record",
        "Determine membership of each class for every claim record: one output record per "
        "input record, accepted or rejected, in input order; a summary on standard error.\n\n"
        "As CSV (the claims administrator's view), a row per record: where it is, its claim "
        "id and status, then per class its outcome and why in a few words, then the questions "
        "that would settle the record (the five most useful, each naming the classes it "
        "serves, then how many more), the errors of a rejected record, and the warnings of "
        "an accepted one (likely a slip, though read as given).", inputs=True,
    )
    classify.add_argument("files", nargs="+", metavar="FILE", help=FILES_HELP)
    classify.add_argument(
        "-o", "--output", metavar="OUT",
        help="write here (default: standard output); its name picks the format unless "
        "--format is given: .csv is CSV, .jsonl or any other name JSON Lines, .json refused",
    )
    classify.add_argument(
        "--format", choices=("jsonl", "csv"), default=None,
        help="jsonl (the full determination of each record) or csv (outcomes and next "
        "questions per class); default: from the name of OUT, else jsonl",
    )
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
        "--report", metavar="PAGE.html",
        help="also write a one-page summary of the batch for class counsel: counts per class "
        "and outcome with a chart, the facts most often missing, and how many outcomes each "
        "alternative reading would change (one self-contained HTML file; trying the "
        "alternative readings costs more again for each action, shared among the workers of "
        "--jobs)",
    )
    classify.add_argument(
        "--cache", metavar="FILE",
        help="keep each record's output line in FILE (created if absent) and reuse it when "
        "the same record is classified again under the same readings, options and library",
    )
    _reading_options(classify)

    explain = _subcommand(
        sub, "explain", "why each claimant is or is not in each class, for a person to read",
        "Explain, for a person to read, the determination of every record of every FILE: "
        "each headed by its file, line and claim id; a rejected record by its errors.",
        inputs=True,
    )
    explain.add_argument("files", nargs="+", metavar="FILE", help=FILES_HELP)
    explain.add_argument(
        "--full", action="store_true",
        help="the whole account, for a lawyer: every condition, item, rule and source, and the "
        "relief quoted (default: what decided each class, on about one screen)",
    )
    explain.add_argument(
        "--width", type=int, metavar="COLUMNS",
        help="wrap lines to this many columns (default: the terminal's width, or 80)",
    )
    _reading_options(explain)

    compare = _subcommand(
        sub, "compare", "which claims change outcome under another reading",
        "List the claims whose outcome changes under another reading, then count them.",
        inputs=True,
    )
    compare.add_argument("files", nargs="+", metavar="FILE", help=FILES_HELP)
    compare.add_argument(
        "--reading", "-r", action="append", metavar="NAME=VALUE",
        help="the reading to compare against the defaults (repeatable); without it, each other "
        "value of each reading in turn, and the ones that change an outcome of each claim",
    )
    compare.add_argument(
        "--base", action="append", metavar="NAME=VALUE",
        help="change the baseline from the defaults (repeatable)",
    )
    # Shared with classify, explain and interview (README), where it sets the date; here it is
    # the reading compared, as --reading as_of=DATE (a trial's lawyer was refused it).
    compare.add_argument(
        "--as-of", metavar="DATE", type=_day,
        help="compare with statuses assessed on DATE, YYYY-MM-DD (reading R1: the same as "
        "--reading as_of=DATE)",
    )
    _action_option(compare)

    interview = _subcommand(
        sub, "interview", "answer questions to find where someone stands",
        "Ask the questions that decide membership, one at a time, and show the result. "
        "Only what can still change an outcome is asked; \"don't know\" is always an answer.",
        exits=INTERVIEW_EXIT_HELP,
    )
    interview.add_argument("--save", metavar="FILE", help="save the claim record built")
    interview.add_argument(
        "--claim-id", metavar="ID",
        help="the claim id of the record saved (default: the date and time the interview "
        "began, as interview-2026-01-15-143012)",
    )
    _reading_options(interview)

    schema = _subcommand(sub, "schema", "print a bundled JSON Schema", "Print a bundled JSON Schema.",
                         exits=PLAIN_EXIT_HELP)
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
            return cmd_validate(args, out, err, sys.stdin.buffer)
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
        # Wrapped to a terminal's 80 columns, as every other message (the readings a name or
        # number could mean make a long line).
        err.write(wrap(f"classaction: {error}", 80) + "\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        err.write("classaction: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK


def run() -> None:
    """The console script."""
    sys.exit(main())
