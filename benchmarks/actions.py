"""Each action's determination alone, a claim at a time, and optionally against another checkout.

    python benchmarks/actions.py                          # every action, this checkout
    python benchmarks/actions.py --against ../before      # alternately with another checkout
    python benchmarks/actions.py --claims 2000 --rounds 5 --action MDL-2967

The claims are `benchmarks/run.py`'s synthetic ones (fixed seed; the invalid ones left out).
Each checkout runs in a worker process of its own (its `src` first on the path), and the
workers are timed in turn, round after round: `determine(claim, input_digest=...)` ranked and
not explained, explained (`explain=True`), and not ranked, in process time; the best round and
the median are printed, with the ratio of the bests and the median of the paired ratios. Timed
alternately, two checkouts see the same drift of a shared host.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODES = ("ranked", "explained", "not ranked")

WORKER = r"""
import contextlib, random, sys, time
checkout, count, action = sys.argv[1], int(sys.argv[2]), sys.argv[3]
sys.path.insert(0, checkout + "/src")
sys.path.insert(0, checkout + "/benchmarks")
from run import SEED, synthetic_claim
import classaction as ca
from classaction import actions
bundle = actions.get(action)
readings = bundle.readings()
rng = random.Random(SEED)
claims = []
for number in range(count):
    with contextlib.suppress(ca.InvalidRecord):
        claims.append(ca.read_claim(synthetic_claim(rng, number)))
modes = {
    "ranked": lambda c: bundle.determine(c, readings, input_digest="-"),
    "explained": lambda c: bundle.determine(c, readings, input_digest="-", explain=True),
    "not ranked": lambda c: bundle.determine(c, readings, input_digest="-", rank_missing=False),
}
for claim in claims:
    modes["ranked"](claim)
print(len(claims), flush=True)
for line in sys.stdin:
    determine = modes[line.strip()]
    start = time.process_time()
    for claim in claims:
        determine(claim)
    print((time.process_time() - start) / len(claims) * 1e6, flush=True)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=2000, help="synthetic claims drawn (default 2000)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of each mode (default 5)")
    parser.add_argument("--action", action="append", help="an action's id (repeatable; default: all)")
    parser.add_argument("--against", type=Path, help="another checkout, timed alternately before this one")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from classaction import actions

    checkouts = [args.against.resolve(), ROOT] if args.against else [ROOT]
    print(f"machine: {os.uname().machine}, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"command: python benchmarks/actions.py --claims {args.claims} --rounds {args.rounds}"
          + (f" --against {args.against}" if args.against else ""))
    for action in args.action or sorted(actions.bundles()):
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, str(checkout), str(args.claims), action],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            )
            for checkout in checkouts
        ]
        assert all(w.stdin and w.stdout for w in workers)
        valid = [int(w.stdout.readline()) for w in workers]  # type: ignore[union-attr]
        times: dict[tuple[int, str], list[float]] = {(i, m): [] for i in range(len(workers)) for m in MODES}
        for _ in range(args.rounds):
            for mode in MODES:
                for index, worker in enumerate(workers):
                    worker.stdin.write(mode + "\n")  # type: ignore[union-attr]
                    worker.stdin.flush()  # type: ignore[union-attr]
                    times[index, mode].append(float(worker.stdout.readline()))  # type: ignore[union-attr]
        for worker in workers:
            worker.stdin.close()  # type: ignore[union-attr]
            worker.wait()
        print(f"\n{action} ({valid[-1]:,} valid claims; us a claim, best of {args.rounds} / median)")
        if len(workers) == 2:
            print(f"  {'':<11} {'other (--against)':>19}   {'this checkout':>19}")
        for mode in MODES:
            cells = [f"{min(times[i, mode]):8.1f} / {statistics.median(times[i, mode]):8.1f}"
                     for i in range(len(workers))]
            line = f"  {mode:<11} " + "   ".join(cells)
            if len(workers) == 2:
                before, after = times[0, mode], times[1, mode]
                paired = statistics.median(b / a for a, b in zip(before, after, strict=True))
                line += f"   this / other: {min(after) / min(before):.3f} (paired {paired:.3f})"
            print(line)


if __name__ == "__main__":
    main()
