"""Classifying a stream of records on several processes, output kept in input order.

Records go to the workers in chunks; at most two chunks per worker are in
flight, so memory stays bounded whatever the size of the input, and results
come back in the order the chunks went out. With a cache (``classify
--cache``), the records whose line is kept are not sent to the workers at
all: their lines are written from the cache, in their place.
"""

from __future__ import annotations

import itertools
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import Any

import attrs

from .. import actions
from ..cli.cache import LineCache, Packer, Stored
from ..engine.core import Determination
from ..records.claim import Claim
from .inputs import ClaimIds, RawRecord, classify_record, readable_claim_id
from .outputs import Line, format_result, line_head, with_warning

CHUNK = 256


def _worker_setup() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    # The parent's SIGTERM handler (it raises KeyboardInterrupt) is inherited through fork. The
    # pool stops its workers with SIGTERM while it holds the lock of their task queue; a handler
    # run at the wrong moment let a worker sleep on that lock for ever, and the run never ended.
    # Workers keep nothing to clean up, so SIGTERM ends them at once.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _work(
    chunk: list[RawRecord],
    action: str | tuple[str, ...],
    readings: Any,
    kind: str,
    class_ids: tuple[str, ...],
    rank_missing: bool,
    dictionary: bytes | None = None,
    report: tuple[Any, ...] | None = None,
) -> list[Line]:
    """The lines of a chunk for an action, or several (by id: a worker finds them itself, each
    with its readings in ``readings``); with a cache's ``dictionary``, each also packed for
    the cache; with ``report`` (each action's alternative readings), each with what the
    report keeps of its record (:func:`classaction.present.report.entries_of`), from the
    determinations the line was made of."""
    ids = (action,) if isinstance(action, str) else action
    chosen = (readings,) if isinstance(action, str) else tuple(readings)
    # JSON Lines write every finding: build them with the outcomes. A CSV row and the summary
    # read outcomes, missing facts and an outline: the explanation is never built.
    explain = kind == "jsonl"

    def determiner(action_id: str, given: Any) -> Callable[[Claim, str | None], Determination]:
        bundle = actions.get(action_id)

        def determine(claim: Claim, input_digest: str | None) -> Determination:
            return bundle.determine(
                claim, given, rank_missing=rank_missing, input_digest=input_digest,
                explain=explain,
            )

        return determine

    determine, *also = [determiner(a, r) for a, r in zip(ids, chosen, strict=True)]
    # A CSV row does not write the record's digest: it is not worked out (classify_record).
    digested = kind == "jsonl"
    # Each record's result is let go once its line (and entries) are made: the chunk's results
    # kept together until the end cost some 200,000 instructions a row of every action
    # (benchmarks/README.md).
    if report is None:
        lines = [
            format_result(classify_record(raw, determine, also, digested), kind, class_ids)
            for raw in chunk
        ]
    else:
        from ..present.report import entries_of

        lines = []
        for raw in chunk:
            result = classify_record(raw, determine, also, digested)
            lines.append(attrs.evolve(
                format_result(result, kind, class_ids), report=entries_of(result, chosen, report)
            ))
    if dictionary is None:
        return lines
    packer = Packer(dictionary)
    packed = []
    for raw, line in zip(chunk, lines, strict=True):
        head = line_head(raw.source, raw.line, kind)
        if line.data.startswith(head):  # always so; a line that were not is just not kept
            line = attrs.evolve(line, kept=packer.pack(line.data[len(head):]))
        packed.append(line)
    return packed


def _chunks(records: Iterable[RawRecord], size: int) -> Iterator[list[RawRecord]]:
    iterator = iter(records)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


class _Part:
    """A chunk of records: the keys and kept lines of its records, and those left to determine."""

    def __init__(self, records: list[RawRecord], cache: LineCache | None) -> None:
        self.records = records
        self.keys: list[bytes] = []
        self.found: list[Stored | None] = [None] * len(records)
        self.todo = records
        if cache is not None:
            self.keys = [cache.key(raw.data) for raw in records]
            self.found = [cache.get(key) for key in self.keys]
            self.todo = [raw for raw, kept in zip(records, self.found, strict=True) if kept is None]

    def lines(
        self, computed: list[Line], kind: str, cache: LineCache | None,
        claim_ids: ClaimIds | None,
    ) -> Iterator[Line]:
        """Every line of the chunk in input order; lines newly determined are kept in ``cache``
        (as made from their records); with ``claim_ids``, a record whose claim id an earlier
        one has gets a warning that says where."""
        made = computed if cache is None else self._cached(computed, kind, cache)
        if claim_ids is None:
            yield from made
            return
        for raw, line in zip(self.records, made, strict=True):
            # Every claim id read is kept, a rejected record's too (corrected, it would be a
            # second claim under one key), and told of either: a trial's administrator learned
            # of a rejected record's repeated id only once it was mended.
            warning = claim_ids.warning(raw, line.claim_id)
            yield with_warning(line, warning, kind) if warning else line

    def _cached(self, computed: list[Line], kind: str, cache: LineCache) -> Iterator[Line]:
        fresh = iter(computed)
        for raw, key, kept in zip(self.records, self.keys, self.found, strict=True):
            if kept is None:
                line = next(fresh)
                if line.kept is not None:
                    # A rejected line's kinds of error kept where an accepted one's outcomes are.
                    cache.put(key, line.kept, line.accepted, line.outcomes if line.accepted else
                              [(_REASON, _kept(reason)) for reason in line.reasons], line.warned)
                yield line
            else:
                tail, accepted, outcomes, warned = kept
                head = line_head(raw.source, raw.line, kind)
                reasons = () if accepted else tuple(r for c, r in outcomes if c == _REASON)
                # The claim id, which the cache does not keep, read again from the record.
                yield Line(head + cache.expand(tail), accepted, () if reasons else outcomes,
                           warned=warned, claim_id=readable_claim_id(raw.data), reasons=reasons)
        cache.flush()


# The cache's key of a rejected line's kind of error (its outcomes column holds "key=value"
# pairs joined by commas: a kind of error's path is the schema's, with neither; _kept makes
# sure).
_REASON = "!"


def _kept(reason: str) -> str:
    return reason.replace(",", " ").replace("=", " ")


def classify_lines(
    records: Iterable[RawRecord],
    action: str | tuple[str, ...],
    readings: Any,
    kind: str,
    class_ids: tuple[str, ...],
    jobs: int = 1,
    chunk: int = CHUNK,
    rank_missing: bool = True,
    cache: LineCache | None = None,
    claim_ids: ClaimIds | None = None,
    report: tuple[Any, ...] | None = None,
) -> Iterator[Line]:
    """One formatted output line per record, in input order, on ``jobs`` processes, for the
    action of id ``action`` (or for several: a tuple of ids, and of their readings).

    With a ``cache``, lines kept from an earlier run are reused and new ones kept. With
    ``claim_ids``, an accepted record whose claim id an earlier one has gets a warning that
    says where (as ``validate`` tells it); the cache keeps lines without it. With ``report``,
    each line carries what the report keeps of its record (:func:`_work`); not with a cache,
    whose lines are not made again.
    """
    if report is not None and cache is not None:
        raise ValueError("a report's entries are made with the lines, which a cache reuses")
    dictionary = None if cache is None else cache.packer.dictionary
    if jobs <= 1:
        for records_ in _chunks(records, chunk):
            part = _Part(records_, cache)
            computed = _work(
                part.todo, action, readings, kind, class_ids, rank_missing, dictionary, report
            )
            yield from part.lines(computed, kind, cache, claim_ids)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with context.Pool(jobs, _worker_setup) as pool:
        pending: deque[tuple[_Part, AsyncResult[list[Line]]]] = deque()
        for records_ in _chunks(records, chunk):
            part = _Part(records_, cache)
            pending.append((part, pool.apply_async(
                _work,
                (part.todo, action, readings, kind, class_ids, rank_missing, dictionary, report),
            )))
            if len(pending) >= 2 * jobs:
                done, result = pending.popleft()
                yield from done.lines(result.get(), kind, cache, claim_ids)
        while pending:
            done, result = pending.popleft()
            yield from done.lines(result.get(), kind, cache, claim_ids)
