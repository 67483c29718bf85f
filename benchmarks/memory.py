"""Peak memory of keeping a run's claim ids, and of ``classify`` over many claims.

    pip install '.[fast]'
    python benchmarks/memory.py ids 1000000        # ClaimIds alone, in this process
    python benchmarks/memory.py classify 10000 1000000

``ids N``: how much one process's peak resident memory rises while ``ClaimIds`` is given N
distinct claim ids and then a thousand of them again (each must be told as a repeat), and the
time an id. ``classify N...``: ``classify --action T-724-20 --format csv --jobs 2`` over N of
benchmarks/run.py's synthetic claims (written once to the temporary directory), timed, with
the peak of its largest process, as run.py measures them, and the ratio of each peak to the
first size's.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import run  # benchmarks/run.py: its claims and its timed classify


def ids(count: int) -> None:
    from classaction.cli import main  # noqa: F401  (what a run's parent has imported)
    from classaction.cli.inputs import ClaimIds, RawRecord

    raws = [RawRecord("claims.jsonl", n + 1, b"") for n in range(1000)]
    kept = ClaimIds()
    kept.warning(raws[0], "warm-up")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    for n in range(count):
        kept.warning(raws[n % 1000], f"C-{n:08d}")
    told = sum(bool(kept.warning(raws[0], f"C-{n:08d}"))
               for n in range(0, count, max(1, count // 1000)))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{count:,} ids: peak {peak:.1f} MiB, {peak - before:+.1f} over the start; "
          f"{seconds / count * 1e6:.2f} us an id; {told:,} repeats told")


def classify(sizes: list[int]) -> None:
    first = None
    for size in sizes:
        source = Path(tempfile.gettempdir()) / f"classaction-claims-{size}.jsonl"
        if not source.exists():
            run.write_claims(source, size)
        seconds, peak = run.run_classify(source, 2, True, "--action", "T-724-20", fmt="csv")
        first = first or peak
        print(f"{size:>10,} claims: {seconds:8.1f} s, peak {peak:6.1f} MiB, "
              f"{peak / first:.2f} of the first size's", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("measure", choices=("ids", "classify"))
    parser.add_argument("sizes", type=int, nargs="+")
    args = parser.parse_args()
    if args.measure == "ids":
        for size in args.sizes:
            ids(size)
    else:
        classify(args.sizes)


if __name__ == "__main__":
    main()
