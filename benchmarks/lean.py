"""Where a determination's time goes: deciding, naming the missing facts, weighing, explaining.

    pip install '.[test]' && python benchmarks/lean.py
    python benchmarks/lean.py --claims 3000

Generates the synthetic claims of benchmarks/run.py (fixed seed), and times, in one process,
best of three passes, in microseconds a claim: the lean evaluation of every criterion (the
outcomes), every criterion on the context that names missing facts, every criterion on the full
tracing context, and a determination ranked and not, with and without its explanation built.
"""

from __future__ import annotations

import argparse
import contextlib
import platform
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import SEED, synthetic_claim


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=2000, help="number of synthetic claims")
    args = parser.parse_args()
    import classaction as ca
    from classaction.actions import get
    from classaction.engine import core

    bundle = get()
    rules, readings = bundle.rules, bundle.readings()
    rng = random.Random(SEED)
    claims = []
    for number in range(args.claims):
        with contextlib.suppress(ca.InvalidRecord):
            claims.append(ca.read_claim(synthetic_claim(rng, number)))

    def per_claim(function: Callable[[Any], object]) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            for claim in claims:
                function(claim)
            best = min(best, time.perf_counter() - start)
        return best / len(claims) * 1e6

    def on(kind: type[core.Context[Any]]) -> Callable[[Any], object]:
        return lambda c: [core._run(rules, cid, c, readings, {}, {}, kind) for cid in rules.criteria]

    print(f"machine: {platform.machine()}, Python {platform.python_version()}, {platform.system()}")
    print(f"command: python benchmarks/lean.py --claims {args.claims}  ({len(claims):,} valid claims)\n")
    for name, function in (
        ("lean evaluation, every criterion", lambda c: core._decide(rules, c, readings)),
        ("naming context, every criterion", on(core._Ranking)),
        ("full tracing context, every criterion", on(core.Context)),
        ("determination, ranked, not explained", lambda c: bundle.determine(c, readings, input_digest="-")),
        ("determination, ranked, explained", lambda c: bundle.determine(
            c, readings, input_digest="-", explain=True)),
        ("determination, --no-rank, not explained", lambda c: bundle.determine(
            c, readings, rank_missing=False, input_digest="-")),
        ("determination, --no-rank, explained", lambda c: bundle.determine(
            c, readings, rank_missing=False, input_digest="-", explain=True)),
    ):
        print(f"  {name:<44} {per_claim(function):8.1f} us a claim")


if __name__ == "__main__":
    main()
