"""One person's standing in every action of the Clearview litigation family, from one record.

The three hypothetical people of examples/family.jsonl are in one, two and all three of the
proceedings: T-724-20 (against the Crown, for the RCMP), T-713-20 (Doan v. Clearview AI Inc.,
copyright) and MDL No. 2967 (the United States settlement). For each action, each class's
outcome; for MDL No. 2967, eligibility to claim a payment apart from membership, and the shares.
Then the full explanation of one person in the MDL.

Run: python examples/standing_in_every_action.py [family.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

import classaction as ca
from classaction import actions
from classaction.actions.mdl_2967 import outcome_words, shares

HERE = Path(__file__).parent
ORDER = ("T-724-20", "T-713-20", "MDL-2967")


def standing(claim: ca.Claim) -> list[str]:
    """A line per action: each class's outcome, by the class's name."""
    lines = []
    for action_id in ORDER:
        bundle = actions.get(action_id)
        determination = bundle.determine(claim)
        action = bundle.action
        lines.append(f"  {action_id}: {action.style_of_cause[-1].title}")
        for class_id, outcome in determination.outcomes.items():
            definition = action.class_definition(class_id)
            name = definition.name.split(" [")[0].split(" (")[0]
            if not definition.quoted:  # the words are not the court's: say so
                name += f" ({definition.definition_status.value})"
            lines.append(f"    {name:<48} {outcome_words(class_id, outcome.value)}")
        if action_id == "MDL-2967":
            earned = shares(claim)
            told = earned if isinstance(earned, int) else f"between {earned[0]} and {earned[1]}"
            lines.append(f"    {'shares of the Net Settlement Fund':<48} {told}")
    return lines


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "family.jsonl"
    claims = [ca.read_claim(line) for line in path.read_bytes().splitlines() if line.strip()]
    for claim in claims:
        print(f"{claim.claim_id}")
        print("\n".join(standing(claim)))
        print()
    bundle = actions.get("MDL-2967")
    last = claims[-1]
    print(f"Why, for {last.claim_id} in MDL No. 2967:\n")
    print(ca.render_text(bundle.determine(last), bundle.action, last))


if __name__ == "__main__":
    main()
