"""Classifying a stream of records on several processes, output kept in input order.

Records go to the workers in chunks; at most two chunks per worker are in
flight, so memory stays bounded whatever the size of the input, and results
come back in the order the chunks went out. A worker returns a chunk's output
as one block of text with its counts, so the parent process, which reads,
writes and counts, does little per record and does not hold the workers back.
"""

from __future__ import annotations

import itertools
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult

from attrs import frozen

from . import _rcmp
from ._batch import RawRecord, Tally, classify_record, format_result
from ._claim import Claim
from ._engine import Determination
from ._readings import Readings

CHUNK = 256


def _worker_setup() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us


@frozen
class Block:
    """The output of consecutive records: their lines, joined, and what they count."""

    text: str
    tally: Tally


def _work(
    chunk: list[tuple[str, int, bytes]],
    readings: Readings,
    kind: str,
    class_ids: tuple[str, ...],
    rank_missing: bool,
) -> Block:
    def determine(claim: Claim, input_digest: str) -> Determination:
        return _rcmp.determine(
            claim, readings, rank_missing=rank_missing, input_digest=input_digest
        )

    tally = Tally(class_ids)
    texts = []
    for source, line, data in chunk:
        out = format_result(classify_record(RawRecord(source, line, data), determine), kind, class_ids)
        tally.add(out)
        texts.append(out.text)
    return Block("".join(texts), tally)


def _chunks(records: Iterable[RawRecord], size: int) -> Iterator[list[tuple[str, int, bytes]]]:
    # Plain tuples: they cross to a worker process with less pickling than attrs values.
    iterator = iter(records)
    while chunk := [(r.source, r.line, r.data) for r in itertools.islice(iterator, size)]:
        yield chunk


def classify_blocks(
    records: Iterable[RawRecord],
    readings: Readings,
    kind: str,
    class_ids: tuple[str, ...],
    jobs: int = 1,
    chunk: int = CHUNK,
    rank_missing: bool = True,
) -> Iterator[Block]:
    """The output of every record, block by block, in input order, on ``jobs`` processes.

    A block is the output of one chunk of records: one line per record, joined,
    with its counts, so that the parent process writes and counts per block.
    """
    if jobs <= 1:
        for part in _chunks(records, chunk):
            yield _work(part, readings, kind, class_ids, rank_missing)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with context.Pool(jobs, _worker_setup) as pool:
        pending: deque[AsyncResult[Block]] = deque()
        for part in _chunks(records, chunk):
            pending.append(
                pool.apply_async(_work, (part, readings, kind, class_ids, rank_missing))
            )
            if len(pending) >= 2 * jobs:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
