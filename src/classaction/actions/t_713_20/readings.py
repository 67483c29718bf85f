"""The readings of T-713-20 (Doan v. Clearview AI Inc.): the points its class leaves open.

The class is known only as a paraphrase (seeds/t-713-20.json), so every open point is a named
reading with the brief's default (BRIEF §7; issue 27). R2, R6, R8, R9 and R10 mean what they mean
for T-724-20 (same plaintiff, same words, filed the same day) and take the same values; R11-R17
are this action's. Each reading's question, alternatives and reason stand in the seed.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools

import attrs
from attrs import frozen

from ...engine.cite import Citation, in_seed, reading
from ...engine.readings import ActionReadings
from ...law.copyright import Terms
from ...records.seed import load_action
from ..t_724_20.readings import (
    CollectionDate,
    Presumptions,
    ProofStandard,
    ResidencyWindow,
    SubmittedPhotographs,
)

SEED = "t-713-20.json"

__all__ = [
    "CollectionDate", "EndedGrants", "GrantExtent", "GranteeResidence", "GrantorAuthor",
    "HeirAsGrantee", "LicenceKind", "NotFirstOwner", "Presumptions", "ProofStandard", "Readings",
    "ResidencyWindow", "SubmittedPhotographs",
]


def filing_date() -> dt.date:
    """R1's default: the day T-713-20 was filed, as its seed records it."""
    return load_action(SEED).filed_on.earliest


class LicenceKind(enum.Enum):
    """R11: which licences count in "assigned or licensed"."""

    ANY = "any"
    EXCLUSIVE_ONLY = "exclusive_only"


class GrantExtent(enum.Enum):
    """R12: when has an author "assigned or licensed their copyright"?"""

    WHOLE = "whole"
    ANY_PART = "any_part"


class GranteeResidence(enum.Enum):
    """R13: must an assignee or licensee itself be a resident or citizen of Canada?"""

    NOT_REQUIRED = "not_required"
    RESIDENT_OR_CITIZEN = "resident_or_citizen"


class GrantorAuthor(enum.Enum):
    """R14: whose copyright must an assignee or licensee have received ("that copyright")?"""

    RESIDENT_OR_CITIZEN_ON_AS_OF = "resident_or_citizen_on_as_of"
    RESIDENT_OR_CITIZEN_ANY_TIME = "resident_or_citizen_any_time"
    ANY_AUTHOR = "any_author"


class EndedGrants(enum.Enum):
    """R15: does a grant that ended before the as-of date still count?"""

    COUNT = "count"
    IN_FORCE_ONLY = "in_force_only"


class HeirAsGrantee(enum.Enum):
    """R16: is a person who inherited an author's copyright one to whom it was assigned?"""

    NO = "no"
    YES = "yes"


class NotFirstOwner(enum.Enum):
    """R17: does an author who never owned the copyright (an employer, or before 2012-11-07 a
    person who ordered and paid for it, was first owner) count?"""

    EXCLUDED = "excluded"
    INCLUDED = "included"


# The hash is kept: every claim's determination looks its readings up (their record, their
# terms of copyright) in caches keyed by them, and an attrs hash hashes every field.
@frozen(cache_hash=True)
class Readings(ActionReadings):
    """One choice for each open reading of T-713-20, each defaulting to the plain text."""

    as_of: dt.date = attrs.field(factory=filing_date, metadata={"reading": "R1"})
    residency_window: ResidencyWindow = attrs.field(
        default=ResidencyWindow.ON_AS_OF, metadata={"reading": "R2"}
    )
    collection_date: CollectionDate = attrs.field(
        default=CollectionDate.NO_LIMIT, metadata={"reading": "R6"}
    )
    proof: ProofStandard = attrs.field(default=ProofStandard.ATTESTATION, metadata={"reading": "R8"})
    presumptions: Presumptions = attrs.field(default=Presumptions.APPLY, metadata={"reading": "R9"})
    submitted_photographs: SubmittedPhotographs = attrs.field(
        default=SubmittedPhotographs.NOT_COLLECTED, metadata={"reading": "R10"}
    )
    licence_kind: LicenceKind = attrs.field(default=LicenceKind.ANY, metadata={"reading": "R11"})
    grant_extent: GrantExtent = attrs.field(default=GrantExtent.WHOLE, metadata={"reading": "R12"})
    grantee_residence: GranteeResidence = attrs.field(
        default=GranteeResidence.NOT_REQUIRED, metadata={"reading": "R13"}
    )
    grantor_author: GrantorAuthor = attrs.field(
        default=GrantorAuthor.RESIDENT_OR_CITIZEN_ON_AS_OF, metadata={"reading": "R14"}
    )
    ended_grants: EndedGrants = attrs.field(default=EndedGrants.COUNT, metadata={"reading": "R15"})
    heir_as_grantee: HeirAsGrantee = attrs.field(default=HeirAsGrantee.NO, metadata={"reading": "R16"})
    author_not_first_owner: NotFirstOwner = attrs.field(
        default=NotFirstOwner.EXCLUDED, metadata={"reading": "R17"}
    )

    @property
    def copyright(self) -> Terms:
        """How these readings apply Canadian copyright law (R9), for classaction.law.copyright."""
        return _terms(self.presumptions is Presumptions.APPLY)  # a boolean key: see T-724-20's


@functools.cache
def _terms(presume: bool) -> Terms:
    return Terms(
        presume=presume,
        presumed_by=reading(SEED, "R9"),
        presumed_applies=reading(SEED, "R9", " applies it"),
        waived_held=False,
        waiver_by=Citation("the class speaks of copyright, not moral rights", in_seed(SEED)),
        natural_by=Citation("the class's authors are natural persons", in_seed(SEED)),
    )
