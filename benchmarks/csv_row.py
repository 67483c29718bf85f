"""The words of a T-724-20 CSV row, timed: ``cli.outputs.format_result`` over run.py's claims.

    pip install '.[fast]' && python benchmarks/csv_row.py
    python benchmarks/csv_row.py --claims 2000

Each accepted claim of benchmarks/run.py's synthetic claims (fixed seed) is read and determined
once; then its CSV row is made from the determination, best of five passes, microseconds a
row. Then once more with the check of whether a copyright class rests on the Act's
presumptions (``cli.outputs._presumed``) made to answer no: what that check costs a row.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import write_claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=2000, help="number of synthetic claims")
    args = parser.parse_args()
    from classaction.actions import get
    from classaction.cli import outputs
    from classaction.cli.inputs import RawRecord, Result, read_raw

    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "claims.jsonl"
        write_claims(source, args.claims)
        raws = [RawRecord(str(source), n, line)
                for n, line in enumerate(source.read_bytes().splitlines(), 1)]
    bundle = get("T-724-20")
    results = []
    for raw in raws:
        _, claim, _, _ = read_raw(raw)
        if claim is not None:
            results.append(Result(raw, None, bundle.determine(claim, input_digest="-"), claim=claim))
    columns = tuple(outputs.column_key(bundle.id, c.id, False) for c in bundle.action.classes)

    def best() -> float:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            for result in results:
                outputs.format_result(result, "csv", columns)
            times.append((time.perf_counter() - start) / len(results) * 1e6)
        return min(times)

    print(f"{len(results):,} accepted claims; a T-724-20 CSV row's words, us: {best():.1f}")
    outputs._presumed = lambda *args: False  # type: ignore[assignment]
    print(f"  the same, the presumption check answering no: {best():.1f}")


if __name__ == "__main__":
    main()
