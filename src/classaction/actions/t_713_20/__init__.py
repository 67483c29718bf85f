"""File T-713-20: Doan v. Clearview AI Inc. (copyright and moral rights), as a bundle.

Its class is known only as a paraphrase, and is marked so in its seed (``seeds/t-713-20.json``,
class CR, ``definition_status``) and in its name, which every explanation prints beside the words.
``rules``: one function per criterion, using Canadian copyright law (classaction.law.copyright)
as T-724-20 does; ``readings``: R1, R2, R6, R8-R10 (as for T-724-20) and R11-R17. Found through
the entry point ``T-713-20`` of the group ``classaction.actions``.
"""

from __future__ import annotations

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

ACTION: ActionBundle[Claim, Readings] = ActionBundle(
    "T-713-20", rules.rules, Readings, Claim, GATES, words=WORDS,
    exports={
        name: getattr(readings, name) for name in (
            "LicenceKind", "GrantExtent", "GranteeResidence", "GrantorAuthor", "EndedGrants",
            "HeirAsGrantee", "NotFirstOwner",
        )
    },
)

__all__ = ["ACTION", "GATES", "Readings"]
