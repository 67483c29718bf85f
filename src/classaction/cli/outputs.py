"""One output record per input record, in input order: JSON Lines, CSV, the tally of a run,
and files written whole or not at all (``atomic_output``). The records come in through
:mod:`classaction.cli.inputs`."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs
from attrs import field, frozen

from .. import actions
from ..engine.action import ClassKind
from ..engine.core import Determination, Outcome, Share, rests_on_presumptions
from ..engine.logic import Tri
from ..present.text import (
    name_readings,
    open_questions,
    readings_of_a_death,
    served_words,
    short_name,
    short_reason,
)
from ..records.documents import determination_record
from ..records.errors import RecordError, kind_of_error_in_words, rejection_reasons
from .inputs import Result


def plural(count: int, noun: str) -> str:
    """``1 record``, ``2 records``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


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
        if result.others:  # several actions: each determination names its action
            record["determinations"] = [determination_record(d) for d in result.determinations]
        else:
            record["determination"] = determination_record(result.determination)
    else:
        record["status"] = "rejected"
        record["errors"] = [error_record(e) for e in result.errors]
    if result.warnings:  # likely a slip, though read as given (as validate tells it); of a
        # record rejected, a fault of the array beside it
        record["warnings"] = [error_record(w) for w in result.warnings]
    return record


try:
    import orjson

    def _dumps(value: Any) -> bytes:
        return orjson.dumps(value)
except ImportError:  # the optional fast extra is not installed

    def _dumps(value: Any) -> bytes:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


QUESTIONS_SHOWN = 5
"""The most useful questions the CSV's open-questions cell shows; a count of the rest follows them."""


def csv_header(classes: Iterable[tuple[str, str]]) -> bytes:
    """The CSV header: per class (id, name) a column of its outcome and one of why, in words
    (and so for a share of a settlement fund, after its action's classes); then the questions
    that would settle the record, a rejected record's errors, and what an accepted record says
    that is likely a slip, though read as given (its warnings, as validate tells them)."""
    named = [cell for _, name in classes for cell in (name, f"{name}: why")]
    return _csv_line([
        "source", "line", "claim_id", "status", *named, "open questions", "errors", "warnings",
    ])


def _open_questions(determinations: Iterable[Determination], several: bool) -> str:
    """The questions that would settle the record, most useful first, each naming the classes
    it serves ("... (for Privacy Breach, Copyright Infringement)"), at most QUESTIONS_SHOWN an
    action. Of several actions, each action's after its id ("T-724-20: ... || MDL-2967: ..."),
    and a question two ask in the same words once, under the first, naming each one's classes
    ("(for T-724-20: every class; T-713-20: Authors and Grantees Class)"): a trial's
    administrator, phoning claimants from the CSV, would have asked some three times."""
    sections: list[tuple[str, list[tuple[str, list[tuple[str, str]]]]]] = []
    first: dict[str, list[tuple[str, str]]] = {}  # a question's classes, by action, where first asked
    for determination in determinations:
        names = {cls.class_id: short_name(cls.name) for cls in determination.classes}
        asked: list[tuple[str, list[tuple[str, str]]]] = []
        for question, classes in open_questions(determination):
            served = (determination.action, served_words(classes, names, ", ".join))
            if question in first:
                first[question].append(served)
                continue
            first[question] = [served]
            asked.append((question, first[question]))
        if asked:
            sections.append((determination.action, asked))
    said = []
    for action, asked in sections:
        words = [
            f"{question} (for {served[0][1]})" if len(served) == 1 else
            f"{question} (for {'; '.join(f'{a}: {w}' for a, w in served)})"
            for question, served in asked
        ]
        shown = " | ".join(words[:QUESTIONS_SHOWN])
        rest = len(words) - QUESTIONS_SHOWN
        # "...", not an ellipsis: the one character of a row not ASCII, which a spreadsheet that
        # reads the file in another encoding than UTF-8 garbled (a trial's administrator).
        shown = f"{shown} | ... and {rest} more" if rest > 0 else shown
        said.append(f"{action}: {shown}" if several else shown)
    return " || ".join(said)


# A cell a spreadsheet would run as a formula ("=HYPERLINK(...)"): a claim id is the one cell of a
# row that a claimant's own words may fill, and a file's name is the administrator's (OWASP,
# "CSV Injection").
_FORMULA = re.compile(r"[=+@\t\r]|-(?!\d*\.?\d+(?:[eE][+-]?\d+)?$)")


def spreadsheet_safe(text: str) -> str:
    """``text``, with an apostrophe before it where a spreadsheet would take it for a formula
    (a first "=", "+", "@", tab or carriage return, or a "-" not of a number): shown, not run."""
    return "'" + text if _FORMULA.match(text) else text


def _csv_line(cells: list[Any]) -> bytes:
    """One CSV line, byte for byte as ``csv.writer(..., lineterminator="\\n")`` writes it
    (RFC 4180 quoting: a cell with a comma, a double quote or a newline is quoted, its quotes
    doubled). The csv module tests each character of each cell against the line terminator
    one call at a time, about 13 us a row of T-724-20 (some 470 bytes), where a search for
    each of the three characters takes 2 (benchmarks/README.md). A row this does not write
    itself goes to the module: one with a carriage return, which the module quotes or not by
    rules this does not repeat, and a lone empty cell (written as two quotes)."""
    said = []
    for cell in cells:
        text = cell if isinstance(cell, str) else "" if cell is None else str(cell)
        if "\r" in text:
            return _csv_module_line(cells)
        if "," in text or '"' in text or "\n" in text:
            text = '"' + text.replace('"', '""') + '"'
        said.append(text)
    if len(said) == 1 and not said[0]:
        return _csv_module_line(cells)
    return (",".join(said) + "\n").encode("utf-8")


def _csv_module_line(cells: list[Any]) -> bytes:
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
    warned: bool = False  # an accepted record with a warning (likely a slip, read as given)
    # The record's claim id, where read, for ClaimIds alone (Result.id_key: one withheld as
    # personal data is kept here too, never written).
    claim_id: str | None = field(default=None, eq=False, repr=False)
    repeated: bool = False  # its claim id an earlier record of the run has (with_warning)
    # For classify --report: where the record was read and what the page keeps of it, per
    # action (present/report.py, entries_of), made where the line was made.
    report: Any = field(default=None, eq=False, repr=False)
    # A rejected record's kinds of error (rejection_reasons), for the summary's count of why.
    reasons: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[type[Line], tuple[Any, ...]]:
        # Sent back from the workers of --jobs by pickle: as a plain tuple, half the cost.
        return Line, (
            self.data, self.accepted, self.outcomes, self.kept, self.warned, self.claim_id,
            self.repeated, self.report, self.reasons,
        )


def line_head(source: str, line: int, kind: str) -> bytes:
    """The start of an output line, which says where its record is.

    Everything after it depends only on the record's content (and the run),
    which is what lets a cache keep it apart from the record's place.
    """
    if kind == "jsonl":
        return _dumps({"source": source, "line": line})[:-1]
    return _csv_line([spreadsheet_safe(source), line])[:-1] + b","


_ELIGIBLE = {"MEMBER": "ELIGIBLE", "NOT_MEMBER": "NOT_ELIGIBLE", "UNDETERMINED": "UNDETERMINED"}


def _cell(action: Any, cls: Any) -> str:
    """A class's outcome in its CSV column; an eligibility to claim reads ELIGIBLE or
    NOT_ELIGIBLE (the JSON record keeps the determination's own values)."""
    value: str = cls.outcome._value_
    eligibility = action.class_definition(cls.class_id).kind is ClassKind.ELIGIBILITY
    return _ELIGIBLE[value] if eligibility else value


def column_key(action_id: str, class_id: str, several: bool) -> str:
    """The key of a class's columns and counts: its id, or with several actions
    ``ACTION/CLASS`` ("T-724-20/PB")."""
    return f"{action_id}/{class_id}" if several else class_id


SHARE = "+share"
"""The key (after the action's id) of the CSV's columns of a claimant's share of a settlement
fund, for an action that allocates one (no class id begins with "+")."""

SHARE_NAME = "Share of the settlement fund"


def share_cells(share: Share | None) -> tuple[str, str]:
    """A share in its CSV columns: the number of shares ("10", "1 to 10", "0"), and why."""
    if share is None:
        return "", ""
    count = str(share.at_least) if share.known else f"{share.at_least} to {share.at_most}"
    # The shares still open are named by what each would earn, once, not each with its whole
    # condition (four states' conditions made a cell of some 900 characters): explain says them.
    said: list[str] = []
    still_open: list[str] = []
    for reason in share.reasons:
        head, _, condition = reason.text.partition(" if ")
        if condition.endswith("; not known yet"):
            if not still_open:
                said.append("")  # the place of the shares still open, in the reasons' order
            still_open.append(head)
        else:
            said.append(reason.text)
    if len(still_open) > 1:
        joined = ", ".join(still_open)
        said[said.index("")] = f"not known yet: {joined}, each on its condition (explain says it)"
    elif still_open:
        # One share still open, with its condition, said as open before it: after "; " its
        # "; not known yet" read as a reason of its own (a trial's administrator).
        opened = next(r.text for r in share.reasons if r.text.endswith("; not known yet"))
        said[said.index("")] = f"not known yet: {opened.removesuffix('; not known yet')}"
    return count, "; ".join(said)


def _presumed(bundle: Any, determination: Determination, outline: Any, claim: Any) -> bool:
    """Whether a class's definite outcome rests on what the action presumes where the record is
    silent: the criteria that presume, worked out with nothing presumed (the bundle's strict
    readings), would give the class another value (:func:`engine.core.rests_on_presumptions`);
    worked out only where such a criterion is definite and the action words it."""
    presumed_in = bundle.words.presumed_in
    if not presumed_in or not bundle.words.presumed_outcome or claim is None or \
            outline.outcome is Outcome.UNDETERMINED or not any(
                f.criterion in presumed_in and f.value is not Tri.UNKNOWN for f in outline.findings
            ):
        return False
    strict = _strict_readings(bundle, determination.readings)
    if strict is None:
        return False
    return rests_on_presumptions(
        bundle.rules, outline.class_id, claim, strict,
        {f.criterion: f.value for f in outline.findings}, presumed_in,
    )


def _readings_of_the_record(bundle: Any, claim: Any) -> list[Any]:
    """The readings (their specs) of an action that a record holds what they read of
    (``words.read_of``: an exclusive licence of the claimant's, say): worked out once a row,
    and for few rows anything."""
    if claim is None or not bundle.words.read_of:
        return []
    named = {name for name, holds in bundle.words.read_of if holds(claim)}
    return [spec for spec in bundle.action.readings if spec.name in named]


def _reading_of_the_record(
    bundle: Any, determination: Determination, class_id: str, claim: Any, specs: list[Any],
) -> str:
    """Of the readings ``specs`` the record holds what they read of, those whose reading
    another way would change the class's outcome, named: a trial's administrator read "holds
    neither copyright nor moral rights ... (resting on ...: reading R9)" of a licensee another
    reading (T-724-20's R27) makes a member."""
    said = ""
    for spec in specs:
        base = bundle.default_readings().with_values(determination.readings)
        now = base.as_record().get(spec.name)
        others = [base.with_values({spec.name: v}) for v in (spec.default, *spec.alternatives)
                  if v != now]
        before = determination.for_class(class_id).outcome
        if any(after[class_id] is not before for after in bundle.compare_many(claim, base, others)):
            said += name_readings(f" (reading {spec.id})", bundle.action, determination.readings)
    return said


# The readings with nothing presumed, by action and the readings in force (as recorded), made
# once for a run: None where they are the readings in force (nothing is presumed already).
_STRICT: dict[tuple[str, tuple[tuple[str, str], ...]], Any] = {}


def _strict_readings(bundle: Any, record: Mapping[str, str]) -> Any:
    key = (bundle.id, tuple(sorted(record.items())))
    if key not in _STRICT:
        readings = bundle.default_readings().with_values(record)
        strict = bundle.strict(readings)
        _STRICT[key] = None if strict == readings else strict
    return _STRICT[key]


def format_result(result: Result, kind: str, class_ids: tuple[str, ...]) -> Line:
    """The output line of one result, as JSON Lines or CSV. ``class_ids`` are the keys of the
    CSV's columns (:func:`column_key`)."""
    several = bool(result.others) or any("/" in c for c in class_ids)
    outcomes = tuple(
        (column_key(d.action, c, several), o.value)
        for d in result.determinations for c, o in d.outcomes.items()
    )
    if kind == "jsonl":
        return Line(
            _dumps(output_record(result)) + b"\n", result.accepted, outcomes,
            warned=bool(result.warnings), claim_id=result.id_key,
            reasons=() if result.accepted else rejection_reasons(result.errors),
        )
    cells: dict[str, tuple[str, str]] = {}
    for determination in result.determinations:
        bundle = actions.get(determination.action)
        action, as_of = bundle.action, determination.as_of
        specs = _readings_of_the_record(bundle, result.claim)
        for c in determination.classes:
            # A short reason needs each criterion's label and value and its items' values,
            # which the outline has without the explanation being built.
            outline = c.outline()
            why = short_reason(outline, action, as_of, result.claim, determination.readings) + \
                readings_of_a_death(outline, action, as_of, result.claim, determination.readings)
            if _presumed(bundle, determination, outline, result.claim):
                why += f" ({bundle.words.presumed_outcome})"
            if specs:
                why += _reading_of_the_record(bundle, determination, c.class_id, result.claim, specs)
            cells[column_key(determination.action, c.class_id, several)] = (_cell(action, c), why)
        if determination.share is not None:
            cells[column_key(determination.action, SHARE, several)] = share_cells(determination.share)
    # The place first, as line_head writes it (a cached line's head is made anew by it).
    return Line(line_head(result.raw.source, result.raw.line, kind) + _csv_line([
        spreadsheet_safe(result.claim_id or ""), "accepted" if result.accepted else "rejected",
        *(cell for c in class_ids for cell in cells.get(c, ("", ""))),
        _open_questions(result.determinations, several),
        _cell_of(result.errors), _cell_of(result.warnings),
    ]), result.accepted, outcomes, warned=bool(result.warnings), claim_id=result.id_key,
        reasons=() if result.accepted else rejection_reasons(result.errors))


def with_warning(line: Line, warning: tuple[RecordError, ...], kind: str) -> Line:
    """An accepted record's line with a warning more: one of the run, not of the record alone
    (its claim id given before: ClaimIds), which the line made from the record could not say.
    Rare: the line is read back and written again, as its record's were."""
    text = line.data.decode("utf-8")
    if kind == "jsonl":
        record = json.loads(text)
        record["warnings"] = record.get("warnings", []) + [error_record(w) for w in warning]
        data = _dumps(record) + b"\n"
    else:
        cells = next(csv.reader(io.StringIO(text)))
        cells[-1] = "; ".join(filter(None, (cells[-1], _cell_of(warning))))
        data = _csv_line(cells)
    return attrs.evolve(line, data=data, warned=True, repeated=True)


def _cell_of(errors: tuple[RecordError, ...]) -> str:
    """A record's errors (or warnings) in one CSV cell: path and message, "; " between them."""
    return "; ".join(f"{e.path}: {e.message}" for e in errors) if errors else ""


def _umask() -> int:
    """The process's umask (read by setting it, then set back: there is no other way to read it)."""
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


_BUFFER = 1 << 20


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[IO[bytes]]:
    """A binary file that appears at ``path`` complete, or not at all, with the umask's mode.

    Written to a hidden temporary file beside the target and moved into place
    only when the block ends normally; on any exception, Ctrl-C included, the
    temporary file is removed and the target left as it was. A target that is no
    regular file (a device such as /dev/null, a named pipe) is written directly.
    """
    if path.exists() and not path.is_file():
        # A device or a pipe ("-o /dev/null", a FIFO): written as it is, never replaced. Moved
        # over, /dev/null became a regular file (run as root; refused otherwise).
        with open(path, "wb", buffering=_BUFFER) as device:
            yield device
        return
    directory = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    try:
        # mkstemp makes the file readable by its owner only; the output gets the mode any new
        # file gets, as if opened for writing. The temporary file stays 0600 until it is written.
        # A megabyte's buffer: a JSON Lines line is about 9 kB, and with the default 8 kB each
        # line was a write of its own (10,000 lines: 7.6 against 2.5 us of CPU a line).
        with open(handle, "wb", buffering=_BUFFER) as stream:
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
        self, class_ids: tuple[str, ...], names: Mapping[str, str] | None = None,
        eligibility: frozenset[str] = frozenset(),
        action: str | None = None,
    ) -> None:
        self.action = action  # the one action whose classes these are, named before them
        self.read = 0
        self.rejected = 0
        self.warned = 0  # accepted records with a warning
        self.repeated = 0  # of them, those whose claim id an earlier record has
        self.outcomes: dict[str, Counter[str]] = {c: Counter() for c in class_ids}
        self.names = dict(names or {})  # each class's name in words, for the summary
        self.eligibility = eligibility  # the keys of eligibilities to claim, not classes
        self.reasons: Counter[str] = Counter()  # rejected records by kind of error
        # The page for counsel the run writes, if any: where the kinds not listed are read.
        self.report: str | None = None

    def add(self, line: Line) -> None:
        self.read += 1
        if not line.accepted:
            self.rejected += 1
            self.reasons.update(line.reasons)
            return
        self.warned += line.warned
        self.repeated += line.repeated
        for class_id, outcome in line.outcomes:
            self.outcomes[class_id][outcome] += 1

    def lines(self) -> list[str]:
        out = [f"records read: {self.read}, accepted: {self.read - self.rejected}, "
               f"rejected: {self.rejected}"]
        if self.rejected:
            # Where to read why (a trial's administrator was not told), and why at a glance, by
            # kind of error (a later one could not tell 7 dates from 5 lines of broken JSON).
            out.append("why each was rejected: its errors in the output, or classaction validate")
            out.extend(self._reasons())
        if self.warned:  # a line of its own, within 80 columns
            out.append(f"accepted with a warning (likely a slip, read as given): {self.warned}")
        if self.repeated:
            # A claimant under two records is counted twice below (a trial's administrator
            # took the counts for claimants).
            # Said plainly: "of which with a claim id given before: 2 (counts below are of
            # records)" was hard to read (a later trial's administrator).
            # "each is counted again below" was not understood either (a third).
            one = self.repeated == 1
            out.append(
                "of which 1 repeats an earlier record's claim id: both are in the counts below"
                if one else
                f"of which {self.repeated} repeat an earlier record's claim id: all are in the "
                "counts below"
            )
        if self.action is not None and self.outcomes:
            out.append(f"{self.action}, outcomes by class:")  # the classes' action, named
        for class_id, counts in self.outcomes.items():
            yes, no = (
                ("ELIGIBLE", "NOT_ELIGIBLE") if class_id in self.eligibility
                else ("MEMBER", "NOT_MEMBER")
            )
            name = self.names.get(class_id, class_id)
            tally = (f"{yes} {counts['MEMBER']}, {no} {counts['NOT_MEMBER']}, "
                     f"UNDETERMINED {counts['UNDETERMINED']}")
            # Within 80 columns: a long name puts its counts on the next line.
            out.append(f"{name}: {tally}" if len(name) + len(tally) < 78 else f"{name}:\n  {tally}")
        return out

    def _reasons(self, shown: int = 8) -> list[str]:
        """The rejected records by kind of error, most first: a record counted under each kind
        it has."""
        if not self.reasons:
            return []
        ranked = sorted(self.reasons.items(), key=lambda item: (-item[1], item[0]))
        width = len(str(ranked[0][1]))
        said = ["rejected records by kind of error (a record with several is counted under "
                "each):"]
        for reason, count in ranked[:shown]:
            said.append(f"  {count:>{width}}  {kind_of_error_in_words(reason)}")
        if len(ranked) > shown:
            more = len(ranked) - shown
            # The page this run writes, where it writes one (a trial's administrator, who
            # gave --report, was told to give it).
            head = f"  and {more} more kind{'s' if more > 1 else ''} of error: see "
            if self.report is None:
                said.append(head + "--report FILE, or 'classaction validate'")
            else:
                line = f"{head}the report, {self.report}"
                said.append(line if len(line) <= 80 else head + "the report")
        return said
