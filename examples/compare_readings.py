"""Which hypothetical claimants change class under another reading, and how.

Run: python examples/compare_readings.py [claims.jsonl] [NAME=VALUE ...]
Default: compares the defaults with R2 = any_time_up_to_as_of and R3 = both.
"""

from __future__ import annotations

import sys
from pathlib import Path

import classaction as ca

HERE = Path(__file__).parent


def main() -> None:
    args = sys.argv[1:]
    path = Path(args.pop(0)) if args and "=" not in args[0] else HERE / "claims.jsonl"
    pairs = args or ["residency_window=any_time_up_to_as_of", "rights_held=both"]
    changed = ca.Readings().with_values(dict(pair.split("=", 1) for pair in pairs))
    print(f"Defaults compared with: {', '.join(pairs)}\n")
    count = 0
    for line in path.read_bytes().splitlines():
        claim = ca.read_claim(line)
        for change in ca.compare(claim, ca.Readings(), changed):
            count += 1
            print(f"{claim.claim_id}: {change.class_id} {change.before.value} -> {change.after.value}")
    print(f"\n{count} class outcome(s) changed")


if __name__ == "__main__":
    main()
