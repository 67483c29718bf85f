"""The readings of MDL No. 2967: the points its class definitions and its claim form leave open.

Each field's question, alternatives and reason stand in the seed (``seeds/mdl-2967.json``,
``readings``, R1 and R20-R26); the defaults follow the plain text.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs
from attrs import frozen

from ...engine.readings import ActionReadings

SEED = "mdl-2967.json"
PRELIMINARY_APPROVAL = dt.date(2024, 6, 21)
"""R1's default and R22's alternative: the settlement's preliminary approval (seeds/mdl-2967.json,
event preliminary-approval)."""


class AliveOnAsOf(enum.Enum):
    """R20: must a member be alive on the as-of date ("All individuals who reside or resided")?"""

    REQUIRED = "required"
    NOT_REQUIRED = "not_required"


class DatabasePresence(enum.Enum):
    """R21: is presence in the Biometric Database a fact to be shown, or presumed from a public
    posting of the face (the claim form asks no more)?"""

    FACT = "fact"
    PRESUMED_FROM_PUBLIC_POSTING = "presumed_from_public_posting"


class AgeDate(enum.Enum):
    """R22: on what date is "over the age of 18" judged?"""

    CLAIM_DATE = "claim_date"
    PRELIMINARY_APPROVAL = "preliminary_approval"


class WindowEnds(enum.Enum):
    """R23: do the two ends of the 183-day window ("between ... and June 21, 2024") count?"""

    BOTH = "both"
    NEITHER = "neither"


class WindowOpening(enum.Enum):
    """R24: which posting opens the window ("the date when your facial image was posted")?"""

    EARLIEST_POSTING_OF_FACE = "earliest_posting_of_face"
    EARLIEST_POSTING_IN_DATABASE = "earliest_posting_in_database"


class StateShareBasis(enum.Enum):
    """R25: what earns a state's shares: 183 days in a row in that state within the window, or
    membership of its subclass?"""

    CONSECUTIVE_DAYS_IN_STATE = "consecutive_days_in_state"
    SUBCLASS_MEMBERSHIP = "subclass_membership"


class ShareCombination(enum.Enum):
    """R26: how the shares of several states combine: the highest, or their sum."""

    HIGHEST = "highest"
    SUM = "sum"


# The hash is kept: every claim's determination looks its readings up (their record, their
# terms of copyright) in caches keyed by them, and an attrs hash hashes every field.
@frozen(cache_hash=True)
class Readings(ActionReadings):
    """One choice for each open reading of MDL No. 2967, each defaulting to the plain text."""

    as_of: dt.date = attrs.field(default=PRELIMINARY_APPROVAL, metadata={"reading": "R1"})
    alive_on_as_of: AliveOnAsOf = attrs.field(default=AliveOnAsOf.REQUIRED, metadata={"reading": "R20"})
    database_presence: DatabasePresence = attrs.field(
        default=DatabasePresence.FACT, metadata={"reading": "R21"}
    )
    age_date: AgeDate = attrs.field(default=AgeDate.CLAIM_DATE, metadata={"reading": "R22"})
    window_ends: WindowEnds = attrs.field(default=WindowEnds.BOTH, metadata={"reading": "R23"})
    window_opening: WindowOpening = attrs.field(
        default=WindowOpening.EARLIEST_POSTING_OF_FACE, metadata={"reading": "R24"}
    )
    state_share_basis: StateShareBasis = attrs.field(
        default=StateShareBasis.CONSECUTIVE_DAYS_IN_STATE, metadata={"reading": "R25"}
    )
    share_combination: ShareCombination = attrs.field(
        default=ShareCombination.HIGHEST, metadata={"reading": "R26"}
    )
