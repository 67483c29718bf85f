"""File T-713-20: Doan v. Clearview AI Inc. (copyright and moral rights), as a bundle.

Its class is known only as a paraphrase, and is marked so in its seed (``seeds/t-713-20.json``,
class CR, ``definition_status``) and in its name, which every explanation prints beside the words.
``rules``: one function per criterion, using Canadian copyright law (classaction.law.copyright)
as T-724-20 does; ``readings``: R1, R2, R6, R8-R10 (as for T-724-20) and R11-R17. Found through
the entry point ``T-713-20`` of the group ``classaction.actions``.
"""

from __future__ import annotations

import attrs

from ...engine.bundle import ActionBundle, Gate
from ...records.claim import Claim
from . import readings, rules
from .readings import Readings
from .words import WORDS

GATES = {
    "CR": Gate(
        "/photographs", ("collected_by_clearview",), "/statements/authored_unlisted_collected_photograph"
    ),
}


def strict(chosen: Readings) -> Readings:
    """Reading R9 = strict: nothing presumed (seeds/t-713-20.json, reading R9), so that the
    interview asks a fact a presumption stands in for where its answer could change the class
    (a photograph ordered and paid for before 2012-11-07: former s. 13(2))."""
    return attrs.evolve(chosen, presumptions=readings.Presumptions.STRICT)


ACTION: ActionBundle[Claim, Readings] = ActionBundle(
    "T-713-20", rules.rules, Readings, Claim, GATES, strict=strict, words=WORDS,
    # What the proceeding is about, for the interview's opening (seeds/t-713-20.json,
    # proceeding: it now proceeds in copyright and moral rights only).
    about=(
        "against Clearview AI itself, for the copyright in the photographs it collected: "
        "those who took them, or to whom their copyright was granted"
    ),
    exports={
        name: getattr(readings, name) for name in (
            "LicenceKind", "GrantExtent", "GranteeResidence", "GrantorAuthor", "EndedGrants",
            "HeirAsGrantee", "NotFirstOwner",
        )
    },
)

__all__ = ["ACTION", "GATES", "Readings"]
