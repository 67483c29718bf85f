"""Validate claim records and show every error: line, JSON path, rule and message.

Run: python examples/validate_records.py [bad_claims.jsonl]
No message repeats a value from the record (the records carry personal data).
"""

from __future__ import annotations

import sys
from pathlib import Path

import classaction as ca

HERE = Path(__file__).parent


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "bad_claims.jsonl"
    invalid = 0
    for number, line in enumerate(path.read_bytes().splitlines(), 1):
        if not line.strip():
            continue
        try:
            claim = ca.read_claim(line)
        except ca.InvalidRecord as problem:
            invalid += 1
            for error in problem.errors:
                print(f"line {number}: {error.path}: {error.message} [{error.keyword}]")
            continue
        print(f"line {number}: valid ({claim.claim_id or 'no id'})")
    print(f"{invalid} invalid record(s)")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
