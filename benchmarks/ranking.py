"""Where a determination's time goes: each class, and each kind of missing fact weighed.

Ranking the missing facts of an undetermined class tries answers to each one
(a probe: the class worked out again with that answer supplied). This script
shows what that costs, on the synthetic claims of benchmarks/run.py:

    pip install '.[test]' && python benchmarks/ranking.py
    python benchmarks/ranking.py --claims 5000

It prints, for each class, the time per claim with and without ranking and
the share of claims left undetermined, then, for each missing fact (pointers
with item numbers written N), the probes per claim, the time per probe and
the time per claim. Times are in one process, the best of three passes for
the classes; the probes are timed one by one in a fourth pass. It runs on the
plain build only: in the compiled build the engine's calls cannot be watched.
"""

from __future__ import annotations

import argparse
import platform
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=2000, help="number of synthetic claims")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from run import rate, write_claims

    import classaction.engine.core as engine
    from classaction.actions import get as _action

    _rcmp = _action()
    from classaction.actions.t_724_20.readings import Readings
    from classaction.cli.inputs import read_raw, read_records

    if not engine.__file__ or not engine.__file__.endswith(".py"):
        sys.exit("ranking.py needs the plain build: the compiled engine's calls cannot be watched")

    print(f"machine: {platform.machine()}, Python {platform.python_version()}, {platform.system()}")
    print(f"command: python benchmarks/ranking.py --claims {args.claims}\n")
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "claims.jsonl"
        write_claims(path, args.claims)
        claims = [c for _, c, _, _ in map(read_raw, read_records(str(path))) if c is not None]
    rules, readings = _rcmp.rules, Readings()
    for claim in claims[:50]:  # warm the caches of findings and parts
        _rcmp.determine(claim, readings, input_digest="-")

    def micros(definition: Any, rank: bool) -> float:
        """Microseconds a claim for one class, the fastest of three passes."""
        def one(claim: Any) -> object:
            return engine.determine_class(rules, definition, claim, readings, rank)
        return 1e6 / max(rate(one, claims) for _ in range(3))

    count = len(claims)
    print(f"each class, us a claim ({count:,} valid claims, one process, best of 3):")
    print(f"  {'class':<6} {'ranked':>9} {'--no-rank':>10} {'weighing':>9} {'undetermined':>13}")
    for definition in rules.action.classes:
        ranked, plain = micros(definition, True), micros(definition, False)
        open_ = sum(
            engine.determine_class(rules, definition, c, readings, False).outcome
            is engine.Outcome.UNDETERMINED for c in claims
        )
        print(f"  {definition.id:<6} {ranked:9.1f} {plain:10.1f} {ranked - plain:9.1f} "
              f"{open_ / count:12.0%}")

    spent: dict[str, float] = defaultdict(float)
    probes: Counter[str] = Counter()
    weigh = engine._value_if

    def timed(rules: Any, full: Any, claim: Any, supplied: Any, shared: Any = None) -> Any:
        (pointer,) = supplied
        kind = re.sub(r"/\d+", "/N", pointer)
        start = time.perf_counter()
        value = weigh(rules, full, claim, supplied, shared)
        spent[kind] += time.perf_counter() - start
        probes[kind] += 1
        return value

    engine._value_if = timed  # type: ignore[assignment]
    try:
        for claim in claims:
            _rcmp.determine(claim, readings, input_digest="-")
    finally:
        engine._value_if = weigh  # type: ignore[assignment]

    print("\nprobes, by the fact weighed (one pass, each probe timed):")
    print(f"  {'fact':<60} {'a claim':>8} {'us each':>8} {'us a claim':>11}")
    for kind in sorted(spent, key=lambda k: -spent[k]):
        print(f"  {kind:<60} {probes[kind] / count:8.2f} {spent[kind] / probes[kind] * 1e6:8.1f} "
              f"{spent[kind] / count * 1e6:11.1f}")
    total = sum(probes.values())
    print(f"  {'all':<60} {total / count:8.2f} {sum(spent.values()) / max(total, 1) * 1e6:8.1f} "
          f"{sum(spent.values()) / count * 1e6:11.1f}")


if __name__ == "__main__":
    main()
