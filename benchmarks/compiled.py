"""How much faster the engine and the rules run compiled with mypyc, and whether they agree.

An experiment, not a build option: the package ships as pure Python. Run from
a checkout with the test extra installed (it brings mypy, and so mypyc) and a
C compiler with the Python headers:

    pip install '.[test]' && python benchmarks/compiled.py
    python benchmarks/compiled.py --claims 3000

It copies the package to a scratch directory, compiles the engine, the logic,
the copyright rules and the T-724-20 rules there with mypyc, then determines
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMPILED = (
    "engine/logic.py", "engine/core.py", "law/copyright.py", "law/persons.py",
    "actions/t_724_20/rules.py",
)

TIMING = r"""
import hashlib, json, sys, time
from classaction.cli.inputs import read_records, read_raw
from classaction.actions.t_724_20.readings import Readings
from classaction.records.documents import determination_record
import classaction.engine.core as engine
from classaction.actions import get

rcmp = get()

claims = [c for _, c, _, _ in map(read_raw, read_records(sys.argv[1])) if c is not None]
readings = Readings()
best = float("inf")
for _ in range(3):
    start = time.perf_counter()
    for claim in claims:
        rcmp.determine(claim, readings, input_digest="-")
    best = min(best, time.perf_counter() - start)
digest = hashlib.sha256()
for claim in claims:
    record = determination_record(rcmp.determine(claim, readings, input_digest="-"))
    digest.update(json.dumps(record, sort_keys=True).encode())
print(json.dumps({"us_per_claim": best / len(claims) * 1e6, "claims": len(claims),
                  "records": digest.hexdigest(), "engine": engine.__file__}))
"""


def _measure(tree: Path, claims: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", TIMING, str(claims)], env={"PYTHONPATH": str(tree / "src"),
                                                        "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True,
    )
    if done.returncode:  # said in full: the run's own error, not only its exit status
        raise SystemExit(f"the timing run in {tree} failed:\n{done.stderr}")
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
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
    for name, result in results.items():
        print(f"{name:<9} {result['us_per_claim']:8.1f} us per claim (ranked), "
              f"{result['claims']} claims")
    plain = float(str(results["plain"]["us_per_claim"]))
    compiled = float(str(results["compiled"]["us_per_claim"]))
    print(f"speed-up  {plain / compiled:8.2f}x")
    same = results["plain"]["records"] == results["compiled"]["records"]
    print("determination records identical: " + ("yes" if same else "NO"))
    if not same:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
