"""Which hypothetical claimants change class under another reading, and how.

Run: python examples/compare_readings.py [claims.jsonl] [NAME=VALUE ...]
Each NAME=VALUE is compared with the defaults on its own. Default: R2 = any_time_up_to_as_of,
R3 = both and R9 = strict.
"""

from __future__ import annotations

import sys
from pathlib import Path

import classaction as ca

HERE = Path(__file__).parent


def main() -> None:
    args = sys.argv[1:]
    path = Path(args.pop(0)) if args and "=" not in args[0] else HERE / "claims.jsonl"
    pairs = args or [
        "residency_window=any_time_up_to_as_of", "rights_held=both", "presumptions=strict",
    ]
    claims = [ca.read_claim(line) for line in path.read_bytes().splitlines()]
    action = ca.action()  # the classes' names, for a person to read: "Privacy Breach Class"
    for pair in pairs:
        changed = ca.Readings().with_values(dict([pair.split("=", 1)]))
        print(f"Defaults compared with {pair}:")
        count = 0
        for claim in claims:
            for change in ca.compare(claim, ca.Readings(), changed):
                count += 1
                name = action.class_definition(change.class_id).name
                print(f"  {claim.claim_id}: {name}: {change.before.value} -> {change.after.value}")
        print(f"  {count} class outcome(s) changed\n")


if __name__ == "__main__":
    main()
