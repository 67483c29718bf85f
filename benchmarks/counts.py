"""Instructions a record, counted: figures that do not drift with the host's speed.

    pip install '.[fast]' && python benchmarks/counts.py              # needs valgrind
    python benchmarks/counts.py read csv --records 500
    python benchmarks/counts.py --alternate --records 3000            # wall-clock, no valgrind

Each measure runs in a fresh process under ``valgrind --tool=callgrind`` twice: on the first N
of benchmarks/run.py's synthetic claims (fixed seed) and on none, both after 100 claims of
warm-up and with ``PYTHONHASHSEED=0`` (string hashes otherwise move a count by some thousands
a record). The difference over N is the instructions a record:

- ``read``: ``cli.inputs.read_raw`` (parse strictly, validate, check consistency, structure);
- ``csv``: a CSV row of T-724-20, as ``classify --action T-724-20 --format csv`` makes it
  (read, determine, the row's words and line);
- ``rows``: a CSV row of every action (``cli.parallel._work``, the workers' loop);
- ``floor``: run.py's floor (``orjson.loads``, the fast validator, cattrs structuring).

``--alternate`` times the floor and the CSV row of T-724-20 in one process, in three rounds
taken in turn over the same claims, and gives their ratio: how much of the floor's pace a row
keeps, instruction for instruction, on this host.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import write_claims

MODES = ("read", "csv", "rows", "floor")
WARM_UP = 100


def _floor() -> Callable[[bytes], None]:
    import cattrs
    import orjson

    import classaction as ca
    from classaction.records.fast import fast_is_valid
    from classaction.records.validate import CLAIM_SCHEMA

    fast = fast_is_valid(CLAIM_SCHEMA)
    if fast is None:
        raise SystemExit("the fast path is off: pip install '.[fast]' first")

    def floor(line: bytes) -> None:  # as benchmarks/run.py's floor
        record = orjson.loads(line)
        if fast(record):
            with contextlib.suppress(cattrs.ClassValidationError):
                ca.structure(record, ca.Claim)

    return floor


def _csv_row(source: Path) -> Callable[[bytes, int], None]:
    from classaction.actions import get
    from classaction.cli.inputs import RawRecord, classify_record
    from classaction.cli.outputs import format_result

    bundle = get("T-724-20")
    readings = bundle.readings()
    ids = tuple(c.id for c in bundle.action.classes)

    def determine(claim: Any, digest: str | None) -> Any:
        return bundle.determine(claim, readings, input_digest=digest)

    def row(line: bytes, number: int) -> None:
        # Not digested: a CSV row does not write the digest (cli.parallel).
        format_result(classify_record(RawRecord(str(source), number, line), determine, [], False),
                      "csv", ids)

    return row


def _inner(mode: str, count: int, source: Path) -> None:
    """The measured loop: ``count`` claims after the warm-up (run under valgrind)."""
    lines = source.read_bytes().splitlines()
    warm, measured = lines[-WARM_UP:], lines[:count]
    if mode == "floor":
        floor = _floor()
        for line in [*warm, *measured]:
            floor(line)
    elif mode == "read":
        from classaction.cli.inputs import RawRecord, read_raw

        for number, line in enumerate([*warm, *measured], 1):
            read_raw(RawRecord(str(source), number, line))
    elif mode == "csv":
        row = _csv_row(source)
        for number, line in enumerate([*warm, *measured], 1):
            row(line, number)
    else:  # rows: every action, as the workers of classify --jobs run them
        from classaction.actions import get
        from classaction.cli.inputs import RawRecord
        from classaction.cli.outputs import SHARE, column_key
        from classaction.cli.parallel import _work

        bundles = [get(a) for a in ("T-724-20", "T-713-20", "MDL-2967")]
        ids = tuple(b.id for b in bundles)
        readings = tuple(b.readings() for b in bundles)
        # The command's columns with several actions (cli.main.cmd_classify).
        columns = tuple(
            key for b in bundles for key in (
                *(column_key(b.id, c.id, True) for c in b.action.classes),
                *((column_key(b.id, SHARE, True),) if b.rules.share is not None else ()),
            )
        )
        raws = [RawRecord(str(source), n, line) for n, line in enumerate(measured, 1)]
        _work([RawRecord(str(source), n, line) for n, line in enumerate(warm, 1)],
              ids, readings, "csv", columns, True)
        for start in range(0, len(raws), 256):
            _work(raws[start:start + 256], ids, readings, "csv", columns, True)


def _instructions(mode: str, count: int, source: Path) -> int:
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
               __file__, "--inner", mode, str(count), str(source)]
    done = subprocess.run(command, capture_output=True, text=True, check=False,
                          env={**os.environ, "PYTHONHASHSEED": "0"})
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"valgrind failed on {mode}:\n{done.stderr[-2000:]}")
    return int(found[1].replace(",", ""))


def _alternate(source: Path, count: int) -> None:
    every = source.read_bytes().splitlines()
    lines = every[:count]
    floor, row = _floor(), _csv_row(source)
    for line in every[-WARM_UP:]:
        floor(line)
        row(line, 0)
    print(f"one process, {count:,} claims, three rounds in turn (records/s):")
    for _ in range(3):
        start = time.perf_counter()
        for line in lines:
            floor(line)
        floor_rate = len(lines) / (time.perf_counter() - start)
        start = time.perf_counter()
        for number, line in enumerate(lines, 1):
            row(line, number)
        row_rate = len(lines) / (time.perf_counter() - start)
        print(f"  floor {floor_rate:9,.0f}   CSV row, T-724-20 {row_rate:7,.0f}   "
              f"ratio {row_rate / floor_rate:.3f}")


def main() -> None:
    if sys.argv[1:2] == ["--inner"]:
        _inner(sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modes", nargs="*", metavar="MODE",
                        help=f"what to count: {', '.join(MODES)} (default: all four)")
    parser.add_argument("--records", type=int, default=1000, help="claims counted (default 1000)")
    parser.add_argument("--alternate", action="store_true",
                        help="time the floor and a CSV row in turn instead (no valgrind)")
    args = parser.parse_args()
    unknown = [mode for mode in args.modes if mode not in MODES]
    if unknown:
        parser.error(f"no measure {unknown[0]!r}: choose from {', '.join(MODES)}")
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "claims.jsonl"
        write_claims(source, args.records + WARM_UP)
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
              f"Python {platform.python_version()}, {platform.system()}")
        if args.alternate:
            _alternate(source, args.records)
            return
        if shutil.which("valgrind") is None:
            raise SystemExit("valgrind is not installed (on Debian: apt install valgrind)")
        print(f"instructions a record (callgrind, {args.records:,} claims less none, "
              "PYTHONHASHSEED=0):")
        for mode in args.modes or MODES:
            per = (_instructions(mode, args.records, source)
                   - _instructions(mode, 0, source)) / args.records
            print(f"  {mode:<6} {per:12,.0f}")


if __name__ == "__main__":
    main()
