"""Classify the hypothetical people in examples/claims.jsonl, then explain one of them.

Run: python examples/classify_people.py [claims.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

import classaction as ca

HERE = Path(__file__).parent


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "claims.jsonl"
    claims = [ca.read_claim(line) for line in path.read_bytes().splitlines() if line.strip()]
    action = ca.action()
    print(f"{action.style_of_cause[-1].title} ({action.court}, {action.file_number})\n")
    names = [" ".join(c.name.split()[:2]) for c in action.classes]
    header = f"{'claim':<8} " + " ".join(f"{name:<22}" for name in names)
    print(header)
    print("-" * len(header))
    determinations = []
    for claim in claims:
        determination = ca.determine(claim)
        determinations.append(determination)
        row = " ".join(f"{o.value:<22}" for o in determination.outcomes.values())
        print(f"{claim.claim_id or '?':<8} {row}")
    print("\nWhy, for the first claim:\n")
    print(ca.render_text(determinations[0], action, claims[0]))
    undetermined = next(
        (d for d in determinations if ca.Outcome.UNDETERMINED in d.outcomes.values()), None
    )
    if undetermined is not None:
        print("For an undetermined claim, the questions that would settle it, most useful first:")
        for fact in undetermined.next_facts():
            print(f"  - {fact.question}  [{fact.pointer}]")


if __name__ == "__main__":
    main()
