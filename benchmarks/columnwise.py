"""Column-wise evaluation, measured: what deciding a batch rule by rule could buy the CSV run.

    pip install '.[fast]' && python benchmarks/columnwise.py
    python benchmarks/columnwise.py --claims 5000

Issue 28's optional route: evaluate a batch column-wise, as OpenFisca evaluates a formula over
every entity at once. The rules here are Python functions of one claim, written once; a
vectorised form (arrays of claims) would be a second copy of every rule, which the issue rules
out. What a batch can do with the same functions is measured here, on the synthetic claims of
benchmarks/run.py (fixed seed), in one process, best of three passes, microseconds a claim:

1. the lean decision, claim by claim, as the library makes it (``engine.core._decide``);
2. the same rule functions run column-wise: each rule over every claim of the batch before the
   next rule, with what the readings give (``Context.of_readings``, proof standards) worked out
   once for the batch instead of once a claim: the batch's only work that does not depend on
   the claim. Its outcomes are checked equal to (1) before it is timed;
3. every step of the CSV row of one claim, for each action and for all three (the default of
   ``classify``): reading the record, its digest, the decision, what the row needs beyond the
   decision (the missing facts named and ranked, a fund's share: the determination less (1)),
   and the row's words (of them, apart, the check of whether a decided copyright class rests
   on the Act's presumptions, reading R9). Together these bound what any faster decision can
   give: were the decision free, the rest would remain.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import baselines, write_claims


def _best(function: Callable[[], object], count: int) -> float:
    """Microseconds an item, best of three passes over ``count`` items."""
    return _best_of_each((function,), count)[0]


def _best_of_each(functions: tuple[Callable[[], object], ...], count: int) -> list[float]:
    """Microseconds an item of each function, best of three passes over ``count`` items, the
    passes taken in turn: a step given as the difference of two timings is then not made
    negative by a busy spell that fell on one of them alone (a test run beside it did)."""
    best = [float("inf")] * len(functions)
    for _ in range(3):
        for index, function in enumerate(functions):
            start = time.perf_counter()
            function()
            best[index] = min(best[index], time.perf_counter() - start)
    return [each / count * 1e6 for each in best]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=3000, help="number of synthetic claims")
    args = parser.parse_args()
    from classaction.actions import get
    from classaction.cli import outputs
    from classaction.cli.inputs import RawRecord, Result, json_digest, read_raw
    from classaction.cli.outputs import SHARE, column_key, format_result
    from classaction.engine import core
    from classaction.records.documents import canonical_claim_record

    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "claims.jsonl"
        write_claims(source, args.claims)
        raws = [RawRecord(str(source), n, line)
                for n, line in enumerate(source.read_bytes().splitlines(), 1)]
        floor = baselines(source, args.claims)["floor: orjson + fast + cattrs"]
    read = [(raw, read_raw(raw)) for raw in raws]
    accepted = [(raw, value, claim) for raw, (value, claim, _, _) in read if claim is not None]
    claims = [claim for _, _, claim in accepted]
    count = len(claims)
    print(f"machine: {platform.machine()}, Python {platform.python_version()}, {platform.system()}; "
          f"compiled: {core.__file__.endswith('.so')}")
    print(f"command: python benchmarks/columnwise.py --claims {args.claims}  ({count:,} valid claims)")
    print(f"floor (orjson + fast + cattrs): {floor:,.0f} records/s, {1e6 / floor:.1f} us a record\n")

    ids = ("T-724-20", "T-713-20", "MDL-2967")
    bundles = [get(action_id) for action_id in ids]
    print("1-2. the decision (every criterion's value), us a claim:")
    print(f"  {'action':<10} {'claim by claim':>15} {'column-wise':>12}")
    for bundle in bundles:
        rules, readings = bundle.rules, bundle.readings()
        by_claim = [core._decide(rules, claim, readings) for claim in claims]
        columns = _column_wise(rules, readings, claims)
        if columns != by_claim:
            raise SystemExit(f"{bundle.id}: the column-wise decision differs from the library's")
        one = _best(lambda r=rules, d=readings: [core._decide(r, c, d) for c in claims], count)
        batch = _best(lambda r=rules, d=readings: _column_wise(r, d, claims), count)
        print(f"  {bundle.id:<10} {one:>15.1f} {batch:>12.1f}")

    print("\n3. the steps of a CSV row, us an accepted record (one process):")
    values = [value for _, value, _ in accepted]
    steps: dict[str, list[float]] = {}
    reading = _best(lambda: [read_raw(raw) for raw, _, _ in accepted], count)
    digest = _best(lambda: [json_digest(canonical_claim_record(v)) for v in values], count)
    for group in (ids[:1], ids):
        chosen = [b for b in bundles if b.id in group]
        several = len(chosen) > 1
        decide = determine = 0.0
        for bundle in chosen:
            rules, readings = bundle.rules, bundle.readings()
            decided, determined = _best_of_each((
                lambda r=rules, d=readings: [core._decide(r, c, d) for c in claims],
                lambda b=bundle: [b.determine(c, input_digest="-") for c in claims],
            ), count)
            decide += decided
            determine += determined
        results = [
            Result(raw, None, chosen[0].determine(c, input_digest="-"), claim=c,
                   others=tuple(b.determine(c, input_digest="-") for b in chosen[1:]))
            for raw, _, c in accepted
        ]
        columns = tuple(
            key for b in chosen for key in (
                *(column_key(b.id, c.id, several) for c in b.action.classes),
                *((column_key(b.id, SHARE, several),) if b.rules.share is not None else ()),
            )
        )
        # Of the row's words, what the check of a copyright class resting on the Act's
        # presumptions costs (a lean evaluation with nothing presumed): the words again, with
        # the check answering no.
        checking = outputs._presumed

        def unchecked_words(
            k: tuple[str, ...] = columns, rs: list[Result] = results, restore: Any = checking,
        ) -> None:
            outputs._presumed = lambda *args: False
            try:
                for r in rs:
                    format_result(r, "csv", k)
            finally:
                outputs._presumed = restore

        words, unchecked = _best_of_each((
            lambda k=columns, rs=results: [format_result(r, "csv", k) for r in rs],
            unchecked_words,
        ), count)
        steps[" + ".join(group) if several else group[0]] = [
            reading, digest, decide, determine - decide, unchecked, words - unchecked,
        ]
    names = ("read (parse, validate, structure)", "digest of the record", "decision (lean)",
             "missing facts named, ranked; share", "the row's words",
             "  of them, whether R9 presumptions decide")
    heads = list(steps)
    print(f"  {'step':<38}" + "".join(f"{h:>14}" for h in ("T-724-20", "all three")))
    for i, name in enumerate(names):
        print(f"  {name:<38}" + "".join(f"{steps[h][i]:>14.1f}" for h in heads))
    print(f"  {'total':<38}" + "".join(f"{sum(steps[h]):>14.1f}" for h in heads))
    target = 2 / (0.4 * floor) * 1e6  # us a record in each of 2 processes, for 0.4 of the floor
    print(f"\nCSV --jobs 2 at 0.4 of the floor allows {target:.0f} us a record in each of two processes;")
    for head in heads:
        total, decision = sum(steps[head]), steps[head][2]
        print(f"  {head}: {total:.0f} us now, {total - decision:.0f} us were the decision free "
              f"({decision / total:.0%} of the row is the decision)")


def _column_wise(rules: Any, readings: Any, claims: list[Any]) -> list[dict[str, Any]]:
    """``core._decide`` of every claim, rule by rule over the batch: one pass of each rule over
    all the claims, the readings' values shared by the batch. The same rule functions and the
    same lean context as the library's; the result in the library's form, claim by claim."""
    from classaction.engine import core

    from_readings: dict[Any, Any] = {}  # what the readings give: the same for every claim
    by_rule: dict[Any, list[Any]] = {}
    for rule in dict.fromkeys(rules.criteria.values()):
        column = by_rule[rule] = []
        for claim in claims:
            context = core._Lean(readings, rules.accepts_proof, core._NOTHING, from_readings)
            column.append((rule(context, claim), tuple(context.kept)))
    return [
        {criterion: by_rule[rule][i] for criterion, rule in rules.criteria.items()}
        for i in range(len(claims))
    ]


if __name__ == "__main__":
    main()
