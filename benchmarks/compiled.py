"""How much faster the engine and the rules run compiled with mypyc, and whether they agree.

The wheel compiles them by default where it can (hatch_build.py); this compares
the two builds of the same sources on the same claims. Run from a checkout
with the test extra installed (it brings mypy, and so mypyc) and a C compiler
with the Python headers:

    pip install '.[test]' && python benchmarks/compiled.py
    python benchmarks/compiled.py --claims 3000

It copies the package to a scratch directory, compiles there with mypyc the
modules the wheel compiles (pyproject.toml, the build hook's list), then determines
the same synthetic claims (benchmarks/run.py's generator) with the plain and
the compiled copy, each in a fresh process, best of three passes. It prints
the time per claim of each and checks that every determination record is
identical.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# The wheel's list, read where the build reads it.
COMPILED = tuple(
    name.removeprefix("src/classaction/") for name in
    tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    ["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]["include"]
)

TIMING = r"""
import hashlib, json, sys, time
from classaction.cli.inputs import read_records, read_raw
from classaction.records.documents import determination_record
import classaction.engine.core as engine
from classaction.actions import bundles

claims = [c for _, c, _, _ in map(read_raw, read_records(sys.argv[1])) if c is not None]
out = {"claims": len(claims), "engine": engine.__file__, "actions": {}}
for action_id, bundle in sorted(bundles().items()):
    readings = bundle.readings()
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for claim in claims:
            bundle.determine(claim, readings, input_digest="-")
        best = min(best, time.perf_counter() - start)
    digest = hashlib.sha256()
    for claim in claims:
        record = determination_record(bundle.determine(claim, readings, input_digest="-"))
        digest.update(json.dumps(record, sort_keys=True).encode())
    out["actions"][action_id] = {"us_per_claim": best / len(claims) * 1e6, "records": digest.hexdigest()}
print(json.dumps(out))
"""


def _measure(tree: Path, claims: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", TIMING, str(claims)], env={"PYTHONPATH": str(tree / "src"),
                                                        "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True,
    )
    if done.returncode:  # said in full: the run's own error, not only its exit status
        raise SystemExit(f"the timing run in {tree} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1500, help="number of synthetic claims")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from run import write_claims

    print(f"machine: {platform.machine()}, Python {platform.python_version()}, {platform.system()}")
    print(f"command: python benchmarks/compiled.py --claims {args.claims}\n")
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch)
        claims = base / "claims.jsonl"
        write_claims(claims, args.claims)
        trees = {"plain": base / "plain", "compiled": base / "compiled"}
        for tree in trees.values():
            for folder in ("src", "schemas", "seeds"):
                shutil.copytree(ROOT / folder, tree / folder)
        package = trees["compiled"] / "src" / "classaction"
        mypyc = [sys.executable, "-m", "mypyc", *(f"classaction/{name}" for name in COMPILED)]
        built = subprocess.run(mypyc, cwd=package.parent, capture_output=True, text=True)
        if built.returncode != 0:
            raise SystemExit("mypyc failed:\n" + (built.stdout + built.stderr)[-3000:])
        results = {name: _measure(tree, claims) for name, tree in trees.items()}
    if not str(results["compiled"]["engine"]).endswith(".so"):
        raise SystemExit("the compiled copy did not load its compiled engine")
    print(f"{results['plain']['claims']} claims, us a claim (ranked, not explained), best of 3\n")
    print(f"{'action':<10} {'plain':>8} {'compiled':>9} {'speed-up':>9}  records identical")
    same = True
    for action_id, plain in results["plain"]["actions"].items():
        compiled = results["compiled"]["actions"][action_id]
        identical = plain["records"] == compiled["records"]
        same = same and identical
        print(f"{action_id:<10} {plain['us_per_claim']:8.1f} {compiled['us_per_claim']:9.1f} "
              f"{plain['us_per_claim'] / compiled['us_per_claim']:8.2f}x  {'yes' if identical else 'NO'}")
    print("determination records identical: " + ("yes" if same else "NO"))
    if not same:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
