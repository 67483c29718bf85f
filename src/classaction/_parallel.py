"""Classifying a stream of records on several processes, output kept in input order.

Records go to the workers in chunks; at most two chunks per worker are in
flight, so memory stays bounded whatever the size of the input, and results
come back in the order the chunks went out.
"""

from __future__ import annotations

import itertools
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult

from . import _rcmp
from ._batch import Line, RawRecord, classify_record, format_result
from ._claim import Claim
from ._engine import Determination
from ._readings import Readings

CHUNK = 256


def _worker_setup() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us


def _work(
    chunk: list[RawRecord],
    readings: Readings,
    kind: str,
    class_ids: tuple[str, ...],
    rank_missing: bool,
) -> list[Line]:
    def determine(claim: Claim, input_digest: str) -> Determination:
        return _rcmp.determine(
            claim, readings, rank_missing=rank_missing, input_digest=input_digest
        )

    return [format_result(classify_record(raw, determine), kind, class_ids) for raw in chunk]


def _chunks(records: Iterable[RawRecord], size: int) -> Iterator[list[RawRecord]]:
    iterator = iter(records)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def classify_lines(
    records: Iterable[RawRecord],
    readings: Readings,
    kind: str,
    class_ids: tuple[str, ...],
    jobs: int = 1,
    chunk: int = CHUNK,
    rank_missing: bool = True,
) -> Iterator[Line]:
    """One formatted output line per record, in input order, on ``jobs`` processes."""
    if jobs <= 1:
        for part in _chunks(records, chunk):
            yield from _work(part, readings, kind, class_ids, rank_missing)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with context.Pool(jobs, _worker_setup) as pool:
        pending: deque[AsyncResult[list[Line]]] = deque()
        for part in _chunks(records, chunk):
            pending.append(
                pool.apply_async(_work, (part, readings, kind, class_ids, rank_missing))
            )
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
