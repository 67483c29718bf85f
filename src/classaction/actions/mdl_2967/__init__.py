"""MDL No. 2967: In re Clearview AI, Inc. Consumer Privacy Litigation (N.D. Ill.), as a bundle.

``rules``: one function per criterion of the Nationwide Class, the four state Subclasses and the
eligibility to claim a Settlement Payment (``EC``, a determination of its own, not a class);
``shares``: the shares an eligible claimant earns, from the settlement's allocation as the seed
gives it (data, with its source); ``readings``: R1 and R20-R26. Its seed is
``seeds/mdl-2967.json``. Found through the entry point ``MDL-2967`` of ``classaction.actions``.
"""

from __future__ import annotations

from ...engine.bundle import ActionBundle, Gate
from ...records.claim import Claim
from . import readings, rules
from .readings import Readings
from .rules import shares
from .words import WORDS

ELIGIBILITY = "EC"
"""The id of the determination that is eligibility to claim, not membership: its outcomes read
ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED (:func:`outcome_words`)."""

_WORDS = {"MEMBER": "ELIGIBLE", "NOT_MEMBER": "NOT_ELIGIBLE", "UNDETERMINED": "UNDETERMINED"}


def outcome_words(class_id: str, outcome: str) -> str:
    """An outcome as it reads for a class: an eligibility is never "member"."""
    return _WORDS[outcome] if class_id == ELIGIBILITY else outcome


_DATABASE = Gate(
    "/photographs", ("claimant_face_appears",), "/statements/unlisted_database_image_depicts_claimant"
)
GATES = {cid: _DATABASE for cid in ("NW", "IL", "CA", "NY", "VA")} | {
    "EC": Gate(
        "/photographs", ("claimant_face_appears", "posted_publicly"),
        "/statements/unlisted_photograph_of_claimant_posted_publicly",
    ),
}

ACTION: ActionBundle[Claim, Readings] = ActionBundle(
    "MDL-2967", rules.rules, Readings, Claim, GATES, words=WORDS,
    # "reside or resided in the United States" (seeds/mdl-2967.json, classes): only periods
    # there are asked.
    places=("US",),
    # What the proceeding is about, for the interview's opening (seeds/mdl-2967.json,
    # proceeding and classes).
    about=(
        "a settlement with Clearview AI in the United States: people who lived there whose "
        "faces were in Clearview's database"
    ),
    exports={
        name: getattr(readings, name) for name in (
            "AliveOnAsOf", "DatabasePresence", "AgeDate", "WindowEnds", "WindowOpening",
            "StateShareBasis", "ShareCombination",
        )
    },
)

__all__ = ["ACTION", "ELIGIBILITY", "GATES", "Readings", "outcome_words", "shares"]
