"""File T-724-20: Doan v. His Majesty the King (the RCMP's use of Clearview AI), as a bundle.

``rules``: one function per criterion of its three classes; ``readings``: the points its
class definitions leave open (R1-R10). Its seed is ``seeds/t-724-20.json``. ``ACTION`` is
what the rest of the package takes: it is found through the entry point ``T-724-20`` of
the group ``classaction.actions``.
"""

from __future__ import annotations

import attrs

from ...engine.bundle import ActionBundle, Gate
from ...records.claim import Claim
from . import readings, rules
from .readings import Readings
from .words import WORDS

# Each class qualifies its members through an item of a list; an item whose gate fact stays
# unknown can never qualify (classaction.engine.bundle.Gate).
GATES = {
    "PB": Gate(
        "/photographs", ("collected_by_clearview", "claimant_face_appears"),
        "/statements/unlisted_collected_photograph_depicts_claimant",
    ),
    "CI": Gate(
        "/photographs", ("collected_by_clearview",),
        "/statements/holds_rights_in_unlisted_collected_photograph",
    ),
    "TI": Gate(
        "/police_uses", ("agency", "service"),
        "/statements/rcmp_used_unlisted_photograph_of_claimant",
    ),
}


def strict(chosen: Readings) -> Readings:
    """Reading R9 = strict: nothing presumed (seeds/t-724-20.json, reading R9)."""
    return attrs.evolve(chosen, presumptions=readings.Presumptions.STRICT)


ACTION: ActionBundle[Claim, Readings] = ActionBundle(
    "T-724-20", rules.rules, Readings, Claim, GATES, strict=strict, words=WORDS,
    about=(
        "over the RCMP's use of Clearview AI: Clearview collected photographs from public "
        "web pages, and the RCMP searched its service with photographs of people"
    ),
    exports={
        name: getattr(readings, name) for name in (
            "Readings", "ResidencyWindow", "RightsHeld", "TargetedPhotographs", "RcmpUse",
            "CollectionDate", "WaivedMoralRights", "ProofStandard", "Presumptions",
            "SubmittedPhotographs",
        )
    },
)
