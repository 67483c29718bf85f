"""Batch throughput of `classaction classify`, beside the bare baselines on the same data.

Run from a fresh install with the fast extra:

    pip install '.[fast]' && python benchmarks/run.py
    python benchmarks/run.py --sizes 10000 1000000      # the full check (several minutes)

It generates N synthetic claims (fixed seed; a realistic mix of classes and
outcomes; about 3% invalid), runs the real `classify` command file to file in
a fresh process (with and without the fast path, with --jobs 1 and 2; every
action known, the default, and as CSV T-724-20 alone, as issue 28 set its target), and
measures in the same run the bare baselines: orjson.loads alone, the fast
validator alone, jsonschema alone, cattrs structuring alone, and the floor
(orjson + fast validation + cattrs chained), the determination alone, and the
time an accepted record spends in each step. Each figure is printed next to
its target. At the first size each configuration runs twice in turn (--repeat)
and keeps its fastest time: this machine's speed drifts from run to run.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = 20200708


# --- synthetic claims -----------------------------------------------------------------------


def _date(rng: random.Random, lo: int, hi: int) -> str:
    return f"{rng.randint(lo, hi)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _maybe(rng: random.Random, record: dict[str, Any], key: str, value: Any, p: float = 0.85) -> None:
    if rng.random() < p:
        record[key] = value


def synthetic_claim(rng: random.Random, number: int) -> str:
    """One claim record as a JSON line; about 3% are invalid in one of several ways."""
    born = _date(rng, 1940, 2005)
    claimant: dict[str, Any] = {}
    _maybe(rng, claimant, "kind", "natural" if rng.random() < 0.93 else "legal", 0.95)
    _maybe(rng, claimant, "born_on", born)
    _maybe(rng, claimant, "deceased", rng.random() < 0.03)
    resident = rng.random() < 0.8
    _maybe(rng, claimant, "residence",
           [{"start": born, "ongoing": True}] if resident else [], 0.9)
    _maybe(rng, claimant, "citizenship",
           [{"start": born, "ongoing": True}] if rng.random() < 0.7 else [], 0.7)
    photographs = []
    for index in range(rng.choice([0, 1, 1, 2, 3])):
        photo: dict[str, Any] = {"id": f"p{index + 1}"}
        _maybe(rng, photo, "claimant_face_appears", rng.random() < 0.8)
        _maybe(rng, photo, "collected_by_clearview", rng.random() < 0.6)
        _maybe(rng, photo, "collected_on", _date(rng, 2017, 2021), 0.3)
        _maybe(rng, photo, "made_on", _date(rng, 2005, 2020), 0.7)
        _maybe(rng, photo, "author", rng.choice(["claimant", "other"]), 0.7)
        _maybe(rng, photo, "author_deceased", False, 0.5)
        _maybe(rng, photo, "made_in_course_of_employment", rng.random() < 0.1, 0.6)
        _maybe(rng, photo, "transfers", [], 0.5)
        _maybe(rng, photo, "moral_rights_waived", rng.random() < 0.1, 0.5)
        photographs.append(photo)
    uses = []
    if photographs and rng.random() < 0.15:
        use: dict[str, Any] = {"photograph": "p1"}
        _maybe(rng, use, "agency", "rcmp" if rng.random() < 0.7 else "other")
        _maybe(rng, use, "unit", rng.choice(["ncecc", "other"]), 0.6)
        _maybe(rng, use, "account", rng.choice(["paid", "trial"]), 0.6)
        _maybe(rng, use, "service", "clearview", 0.9)
        uses.append(use)
    statements: dict[str, Any] = {}
    _maybe(rng, statements, "unlisted_collected_photograph_depicts_claimant", rng.random() < 0.3, 0.7)
    _maybe(rng, statements, "holds_rights_in_unlisted_collected_photograph", rng.random() < 0.1, 0.6)
    _maybe(rng, statements, "rcmp_used_unlisted_photograph_of_claimant", rng.random() < 0.02, 0.8)
    record: dict[str, Any] = {"claim_id": f"SYN-{number:08d}", "claimant": claimant}
    if photographs:
        record["photographs"] = photographs
    if uses:
        record["police_uses"] = uses
    record["statements"] = statements
    record["contact"] = {"name": f"Person {number}", "email": f"person{number}@example.org"}
    roll = rng.random()
    if roll < 0.01:
        claimant["born_on"] = "1985-02-30"  # not a real date
    elif roll < 0.02:
        record["claimant_typo"] = True  # unknown key
    elif roll < 0.03:
        return json.dumps(record)[:-1] + ', "claim_id": "DUP"}'  # duplicate key
    return json.dumps(record)


def write_claims(path: Path, count: int) -> None:
    rng = random.Random(SEED)
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            out.write(synthetic_claim(rng, number) + "\n")


# --- measurements ---------------------------------------------------------------------------


def run_classify(
    source: Path, jobs: int, fast: bool, *extra: str, fmt: str = "jsonl"
) -> tuple[float, float]:
    """Seconds and peak resident memory (MiB) of `classaction classify` in a fresh process,
    writing JSON Lines or (``fmt="csv"``) CSV."""
    seconds, peak, _ = run_classify_output(source, jobs, fast, *extra, fmt=fmt)
    return seconds, peak


def run_classify_output(
    source: Path, jobs: int, fast: bool, *extra: str, fmt: str = "jsonl"
) -> tuple[float, float, str]:
    """As :func:`run_classify`, with the SHA-256 of the output written."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "elapsed = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(elapsed, peak, done.returncode)\n"
    )
    env = dict(os.environ, CLASSACTION_FAST="1" if fast else "0")
    with tempfile.TemporaryDirectory() as scratch:
        command = [sys.executable, "-m", "classaction", "classify", str(source),
                   "-o", str(Path(scratch) / f"out.{fmt}"), "--jobs", str(jobs), *extra]
        # A run slower than 50 records/s has hung rather than slowed: fail it, do not wait.
        limit = max(600.0, _count_lines(source) / 50)
        done = subprocess.run([sys.executable, "-c", wrapper, *command], env=env,
                              capture_output=True, text=True, check=True, timeout=limit)
        elapsed, peak, status = done.stdout.split()
        if int(status) not in (0, 1):
            raise RuntimeError(f"classify failed with status {status}")
        # Nothing lost: one output record per input record (and a CSV's header).
        out = Path(scratch) / f"out.{fmt}"
        if _count_lines(out) != _count_lines(source) + (fmt == "csv"):
            raise RuntimeError("classify wrote a different number of records than it read")
        # Read in pieces: JSON Lines of 1,000,000 claims is about 42 GB (three actions each).
        with out.open("rb") as stream:
            written = hashlib.file_digest(stream, "sha256").hexdigest()
    return float(elapsed), float(peak), written


def _count_lines(path: Path) -> int:
    count = 0
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            count += chunk.count(b"\n")
    return count


def rate(function: Callable[[Any], Any], items: list[Any]) -> float:
    start = time.perf_counter()
    for item in items:
        function(item)
    return len(items) / (time.perf_counter() - start)


def baselines(source: Path, limit: int) -> dict[str, float]:
    import cattrs
    import orjson

    import classaction as ca
    from classaction.actions import get as _action

    _rcmp = _action()
    from classaction.records.fast import fast_is_valid
    from classaction.records.validate import CLAIM_SCHEMA, bundled_validator

    lines = source.read_bytes().splitlines()[:limit]
    records = [orjson.loads(line) for line in lines]
    valid = [r for r in records if ca.validate_claim(r) == ()]
    fast = fast_is_valid(CLAIM_SCHEMA)
    if fast is None:
        raise SystemExit("the fast path is off: pip install '.[fast]' first")
    reference = bundled_validator(CLAIM_SCHEMA)
    converter = ca.structure

    def floor(line: bytes) -> None:
        record = orjson.loads(line)
        if fast(record):
            # The schema states a date's form; a day the calendar lacks is refused here.
            with contextlib.suppress(cattrs.ClassValidationError):
                converter(record, ca.Claim)

    readings = ca.Readings()
    claims = [ca.structure(r, ca.Claim) for r in valid]
    measures: dict[str, Callable[[], float]] = {
        "orjson.loads": lambda: rate(orjson.loads, lines),
        "fast validation (jsonschema-rs)": lambda: rate(fast, records),
        "jsonschema validation": lambda: rate(reference.is_valid, records[: max(1, limit // 5)]),
        "cattrs structuring": lambda: rate(lambda r: converter(r, ca.Claim), valid),
        "floor: orjson + fast + cattrs": lambda: rate(floor, lines),
        # Not in the floor: the work the library exists for, on the same valid claims. The
        # outcomes and the ranked missing facts (the explanation is built only when read), and
        # the same with every finding built, as JSON Lines and `explain` need.
        "determination alone, ranked": lambda: rate(
            lambda c: _rcmp.determine(c, readings), claims),
        "determination alone, --no-rank": lambda: rate(
            lambda c: _rcmp.determine(c, readings, rank_missing=False), claims),
        "determination alone, explained": lambda: rate(
            lambda c: _rcmp.determine(c, readings, explain=True), claims),
    }
    # This machine's speed drifts within a run: a ratio of two rates measured one after the other
    # once each compared two speeds of the machine. Each is measured BASELINE_ROUNDS times, in
    # turn with the others, and its fastest kept.
    best: dict[str, float] = {}
    for _ in range(BASELINE_ROUNDS):
        for name, measure in measures.items():
            best[name] = max(best.get(name, 0.0), measure())
    return best


BASELINE_ROUNDS = 3


def stages(source: Path, limit: int) -> dict[str, float]:
    """Microseconds a record spends in each step of `classify`, one process, same data."""
    from classaction.actions import get as _action

    _rcmp = _action()
    from classaction.cli.inputs import RawRecord, Result, json_digest, read_raw
    from classaction.cli.outputs import format_result
    from classaction.records.documents import canonical_claim_record, structure_claim
    from classaction.records.parse import parse_json
    from classaction.records.validate import validate_claim

    raws = [RawRecord(str(source), n, line)
            for n, line in enumerate(source.read_bytes().splitlines()[:limit], 1)]
    read = [(raw, read_raw(raw)) for raw in raws]
    accepted = [(raw, value, claim) for raw, (value, claim, _, _) in read if claim is not None]
    values = [value for _, value, _ in accepted]
    claims = [claim for _, _, claim in accepted]
    determinations = [_rcmp.determine(c, input_digest="sha256:", explain=True) for c in claims]
    results = [Result(raw, None, d) for (raw, _, _), d in zip(accepted, determinations, strict=True)]
    lean = [Result(raw, None, _rcmp.determine(c, input_digest="sha256:"), claim=c)
            for (raw, _, c) in accepted]

    def per_record(function: Callable[[Any], Any], items: list[Any]) -> float:
        return 1e6 / rate(function, items)

    return {
        "strict parse": per_record(lambda raw: parse_json(raw.data), [raw for raw, _, _ in accepted]),
        "validation (fast, with consistency checks)": per_record(validate_claim, values),
        "structuring": per_record(structure_claim, values),
        "digest of the canonical record": per_record(
            lambda v: json_digest(canonical_claim_record(v)), values),
        "determination, ranked": per_record(
            lambda c: _rcmp.determine(c, input_digest="sha256:"), claims),
        "determination, --no-rank": per_record(
            lambda c: _rcmp.determine(c, rank_missing=False, input_digest="sha256:"), claims),
        "determination, explained": per_record(
            lambda c: _rcmp.determine(c, input_digest="sha256:", explain=True), claims),
        "output line": per_record(lambda r: format_result(r, "jsonl", ("PB", "TI", "CI")), results),
        "output line, CSV": per_record(lambda r: format_result(r, "csv", ("PB", "TI", "CI")), lean),
    }


# classify of one action, as issue 28 measured it (the default is every action known).
ONE = ("--action", "T-724-20")
ONE_CSV_1 = "CSV, T-724-20 alone, --jobs 1"
ONE_CSV_2 = "CSV, T-724-20 alone, --jobs 2"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 40000],
                        help="numbers of claims (the first and last are compared)")
    parser.add_argument("--lean", action="store_true",
                        help="beyond the first size, run only --jobs 2, the configuration of the "
                             "1,000,000-claim target (the --jobs ratio is then read at the first size)")
    parser.add_argument("--rerun", action="store_true",
                        help="at the largest size, also classify with --cache twice: the first run "
                             "fills the cache, the re-run reuses it (its output must be the same)")
    parser.add_argument("--repeat", type=int, default=2,
                        help="at the first size, run each configuration this many times in turn "
                             "and keep the fastest (default 2)")
    args = parser.parse_args()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {platform.system()}")
    import classaction
    from classaction._version import __version__, build

    print(f"classaction {__version__}, {build()}, from {Path(classaction.__file__).parent}")
    print(f"command: python benchmarks/run.py --sizes {' '.join(map(str, args.sizes))}"
          f"{' --lean' if args.lean else ''}{' --rerun' if args.rerun else ''}"
          f"{f' --repeat {args.repeat}' if args.repeat != 2 else ''}\n")
    print(f"each configuration at {args.sizes[0]:,} claims: the fastest of {args.repeat} runs, "
          f"taken in turn; its peak memory: the smallest (the stricter for the memory target)\n")
    results: dict[int, dict[str, tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for size in args.sizes:
            source = Path(scratch) / f"claims-{size}.jsonl"
            write_claims(source, size)
            first = size == args.sizes[0]
            configurations: dict[str, tuple[int, bool, tuple[str, ...], str]] = (
                {"fast, --jobs 2": (2, True, (), "jsonl"), "CSV, fast, --jobs 2": (2, True, (), "csv"),
                 ONE_CSV_2: (2, True, ONE, "csv")}
                if args.lean and not first else
                {"fast, --jobs 1": (1, True, (), "jsonl"), "fast, --jobs 2": (2, True, (), "jsonl"),
                 "fast, --jobs 2, --no-rank": (2, True, ("--no-rank",), "jsonl"),
                 "CSV, fast, --jobs 1": (1, True, (), "csv"),
                 "CSV, fast, --jobs 2": (2, True, (), "csv"),
                 ONE_CSV_1: (1, True, ONE, "csv"), ONE_CSV_2: (2, True, ONE, "csv")}
            )
            if first:
                configurations["no fast path, --jobs 1"] = (1, False, (), "jsonl")
            # This machine's speed drifts between runs: at the first size, whose runs are short,
            # each configuration runs --repeat times in turn and keeps its fastest time.
            runs: dict[str, tuple[float, float]] = {}
            for _ in range(args.repeat if first else 1):
                for name, (jobs, fast, extra, fmt) in configurations.items():
                    seconds, peak = run_classify(source, jobs, fast, *extra, fmt=fmt)
                    kept = runs.get(name)
                    runs[name] = (min(seconds, kept[0]), min(peak, kept[1])) if kept else (seconds, peak)
            if first:
                bare = baselines(source, min(size, 20000))
                measured_on = (min(size, 20000), size)
                steps = stages(source, min(size, 5000))
            if args.rerun and size == args.sizes[-1]:
                cache = Path(scratch) / "lines.cache"
                seconds, peak, cold = run_classify_output(source, 2, True, "--cache", str(cache))
                runs["fast, --jobs 2, --cache, first"] = (seconds, peak)
                seconds, peak, warm = run_classify_output(source, 2, True, "--cache", str(cache))
                runs["fast, --jobs 2, --cache, re-run"] = (seconds, peak)
                if warm != cold:
                    raise RuntimeError("the re-run from the cache wrote other output")
                cached = cache.stat().st_size / size
                cache.unlink()
            results[size] = runs
            for name, (seconds, peak) in runs.items():
                print(f"classify {size:>9,} claims, {name:<31} {size / seconds:>9,.0f} rec/s"
                      f"  {seconds:8.1f} s  peak {peak:7.1f} MiB")
    if args.rerun:
        print(f"  the re-run wrote the same output; the cache held {cached:,.0f} bytes per claim")
    print(f"\nbare baselines on the same data (records/s, first {measured_on[0]:,} records "
          f"of the {measured_on[1]:,}-claim file), each the fastest of {BASELINE_ROUNDS} rounds "
          "taken in turn:")
    for name, value in bare.items():
        print(f"  {name:<34} {value:>10,.0f}")

    floor_rate = bare["floor: orjson + fast + cattrs"]
    ranked = bare["determination alone, explained"]
    print(f"  {'ceiling on end-to-end / floor, from the explained determination':<60} "
          f"{ranked / (ranked + floor_rate):.3f}")
    print(f"\nwhere an accepted record's time goes with --jobs 1 (us a record, one process, "
          f"first {min(args.sizes[0], 5000):,} records):")
    for name, micros in steps.items():
        print(f"  {name:<44} {micros:>8.1f}")

    small, large = args.sizes[0], args.sizes[-1]
    fast1 = small / results[small]["fast, --jobs 1"][0]
    slow1 = small / results[small]["no fast path, --jobs 1"][0]
    big2 = large / results[large]["fast, --jobs 2"][0]
    million = 1_000_000 / big2

    def line(what: str, value: str, target: str, met: bool) -> None:
        print(f"  {what:<52} {value:>14}   target {target:<10} {'met' if met else 'NOT met'}")

    print("\nagainst the targets:")
    line("fast path end-to-end / floor", f"{fast1 / bare['floor: orjson + fast + cattrs']:.3f}",
         ">= 0.5", fast1 / bare["floor: orjson + fast + cattrs"] >= 0.5)
    line("no fast path end-to-end / bare jsonschema", f"{slow1 / bare['jsonschema validation']:.3f}",
         ">= 0.9", slow1 / bare["jsonschema validation"] >= 0.9)
    line(f"1,000,000 claims with --jobs 2 (at {large:,}/run)", f"{million:,.0f} s", "< 60 s",
         million < 60)
    floor_rate = bare["floor: orjson + fast + cattrs"]
    decided = bare["determination alone, ranked"] / floor_rate
    line("determination, not explained / floor", f"{decided:.3f}", ">= 0.25", decided >= 0.25)
    explained = bare["determination alone, explained"] / floor_rate
    line("determination, explained / floor", f"{explained:.3f}", ">= 0.12", explained >= 0.12)
    csv2 = large / results[large]["CSV, fast, --jobs 2"][0]
    line(f"CSV, --jobs 2 / floor (at {large:,})", f"{csv2 / floor_rate:.3f}", ">= 0.4",
         csv2 / floor_rate >= 0.4)
    line(f"1,000,000 claims as CSV with --jobs 2 (at {large:,}/run)", f"{1_000_000 / csv2:,.0f} s",
         "< 60 s", 1_000_000 / csv2 < 60)
    # Issue 28 measured classify when it decided T-724-20 alone (every action became the default
    # beside it): the CSV target read as it was set, one action a record.
    one2 = large / results[large][ONE_CSV_2][0]
    line(f"CSV, T-724-20 alone, --jobs 2 / floor (at {large:,})", f"{one2 / floor_rate:.3f}",
         ">= 0.4", one2 / floor_rate >= 0.4)
    line(f"1,000,000 claims as CSV, T-724-20 alone (at {large:,}/run)",
         f"{1_000_000 / one2:,.0f} s", "< 60 s", 1_000_000 / one2 < 60)
    csv_ratio = results[small]["CSV, fast, --jobs 1"][0] / results[small]["CSV, fast, --jobs 2"][0]
    line(f"CSV, --jobs 2 / --jobs 1 (at {small:,})", f"{csv_ratio:.2f}", ">= 1.6", csv_ratio >= 1.6)
    # The largest run with both, where the start-up of the worker processes weighs least.
    both = max(n for n in args.sizes if "fast, --jobs 1" in results[n])
    ratio = results[both]["fast, --jobs 1"][0] / results[both]["fast, --jobs 2"][0]
    line(f"--jobs 2 / --jobs 1 (at {both:,})", f"{ratio:.2f}", ">= 1.6", ratio >= 1.6)
    if large != small:
        small2 = small / results[small]["fast, --jobs 2"][0]
        drop = 1 - big2 / small2
        memory = results[large]["fast, --jobs 2"][1] / results[small]["fast, --jobs 2"][1]
        line(f"throughput drop {small:,} -> {large:,}", f"{drop:.1%}", "<= 15%", drop <= 0.15)
        line(f"peak memory {large:,} / {small:,}", f"{memory:.2f}", "<= 1.2", memory <= 1.2)
    if args.rerun:
        rerun = large / results[large]["fast, --jobs 2, --cache, re-run"][0]
        print(f"\nnot a target (the targets are for a first run): re-running {large:,} unchanged claims"
              f" from the cache, {rerun:,.0f} rec/s, i.e. 1,000,000 in {1_000_000 / rerun:,.0f} s")


if __name__ == "__main__":
    main()
