"""The readings: each point the class definitions leave open, made a named choice.

Defaults follow one principle: the plain text; a status in
the present tense is assessed on one as-of date; no limit that the text does
not state. The seed document (``seeds/t-724-20.json``, ``readings``) carries
each reading's question, alternatives and reason; this module holds the
values a determination runs on.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from typing import Any

import attrs
from attrs import frozen

from ...engine.cite import reading
from ...engine.readings import ActionReadings
from ...law.copyright import Terms
from ...records.claim import Proof
from ...records.seed import load_action

SEED = "t-724-20.json"  # the action as data: seeds/t-724-20.json


def filing_date() -> dt.date:
    """R1's default: the date T-724-20 was filed, as its seed records it (000_f6320da5831e1abe.txt)."""
    return load_action(SEED).filed_on.earliest  # a whole day: 2020-07-08


class ResidencyWindow(enum.Enum):
    """R2: when must the person have been a resident or citizen?"""

    ON_AS_OF = "on_as_of"
    ANY_TIME_UP_TO_AS_OF = "any_time_up_to_as_of"


class RightsHeld(enum.Enum):
    """R3: "copyright and moral rights": either, or both in the same photograph."""

    EITHER = "either"
    BOTH = "both"


class TargetedPhotographs(enum.Enum):
    """R4: which photographs are "their photographs"."""

    DEPICTING = "depicting"
    DEPICTING_OR_COPYRIGHT = "depicting_or_copyright"


class RcmpUse(enum.Enum):
    """R5: which RCMP use counts."""

    ANY = "any"
    LICENSED_NCECC = "licensed_ncecc"


class CollectionDate(enum.Enum):
    """R6: is there a limit on when Clearview collected the photograph?"""

    NO_LIMIT = "no_limit"
    ON_OR_BEFORE_AS_OF = "on_or_before_as_of"


class WaivedMoralRights(enum.Enum):
    """R7: does a waived moral right count as held?"""

    NOT_HELD = "not_held"
    HELD = "held"


class ProofStandard(enum.Enum):
    """R8: what proves a fact."""

    ATTESTATION = "attestation"
    DOCUMENT = "document"

    def accepts(self, proof: Any) -> bool:
        """Reading R8 (seeds/t-724-20.json): the claimant's word, or only a document or official
        record. T-713-20 shares the reading."""
        return self is ProofStandard.ATTESTATION or proof in (Proof.DOCUMENT, Proof.OFFICIAL_RECORD)


def accepts_proof(proof: Any, readings: Any) -> bool:
    """Reading R8 (seeds/t-724-20.json): whether the proof of a fact meets the standard the
    readings set (ProofStandard.accepts); the rules of T-724-20 and T-713-20 take it."""
    standard: ProofStandard = readings.proof
    return standard.accepts(proof)


class SubmittedPhotographs(enum.Enum):
    """R10: does a photograph submitted to Clearview's service in a search count as collected?"""

    NOT_COLLECTED = "not_collected"
    COLLECTED = "collected"


class ExclusiveLicensee(enum.Enum):
    """R27: does an exclusive licensee hold the copyright ("holding copyright")?"""

    NOT_HOLDER = "not_holder"
    HOLDER = "holder"


class Presumptions(enum.Enum):
    """R9: where the record is silent on who owns a photograph's rights.

    ``APPLY`` follows the Copyright Act, s. 34.1(1): copyright is presumed to
    subsist and the author to own it unless the contrary is shown; ``STRICT``
    asks for each fact that could show the contrary.
    """

    APPLY = "apply"
    STRICT = "strict"


# The hash is kept: every claim's determination looks its readings up (their record, their
# terms of copyright) in caches keyed by them, and an attrs hash hashes every field.
@frozen(cache_hash=True)
class Readings(ActionReadings):
    """One choice for each open reading (R1-R10, R27), each defaulting to the plain text."""

    as_of: dt.date = attrs.field(factory=filing_date, metadata={"reading": "R1"})
    residency_window: ResidencyWindow = attrs.field(
        default=ResidencyWindow.ON_AS_OF, metadata={"reading": "R2"}
    )
    rights_held: RightsHeld = attrs.field(default=RightsHeld.EITHER, metadata={"reading": "R3"})
    targeted_photographs: TargetedPhotographs = attrs.field(
        default=TargetedPhotographs.DEPICTING, metadata={"reading": "R4"}
    )
    rcmp_use: RcmpUse = attrs.field(default=RcmpUse.ANY, metadata={"reading": "R5"})
    collection_date: CollectionDate = attrs.field(
        default=CollectionDate.NO_LIMIT, metadata={"reading": "R6"}
    )
    waived_moral_rights: WaivedMoralRights = attrs.field(
        default=WaivedMoralRights.NOT_HELD, metadata={"reading": "R7"}
    )
    proof: ProofStandard = attrs.field(
        default=ProofStandard.ATTESTATION, metadata={"reading": "R8"}
    )
    presumptions: Presumptions = attrs.field(
        default=Presumptions.APPLY, metadata={"reading": "R9"}
    )
    submitted_photographs: SubmittedPhotographs = attrs.field(
        default=SubmittedPhotographs.NOT_COLLECTED, metadata={"reading": "R10"}
    )
    exclusive_licensee: ExclusiveLicensee = attrs.field(
        default=ExclusiveLicensee.NOT_HOLDER, metadata={"reading": "R27"}
    )

    @property
    def copyright(self) -> Terms:
        """How these readings apply Canadian copyright law (R7, R9, R27; R3's premise), for
        classaction.law.copyright. Reads the readings it rests on, each time, so that a
        comparison of readings sees them read (classaction.engine.core.compare_many)."""
        # Looked up by booleans: a key of enum members is hashed by interpreted code.
        return _terms(
            self.presumptions is Presumptions.APPLY,
            self.waived_moral_rights is WaivedMoralRights.HELD,
            self.exclusive_licensee is ExclusiveLicensee.HOLDER,
        )


@functools.cache
def _terms(presume: bool, waived_held: bool, licensee_holds: bool) -> Terms:
    return Terms(
        presume=presume,
        presumed_by=reading(SEED, "R9"),
        presumed_applies=reading(SEED, "R9", " applies it"),
        waived_held=waived_held,
        waiver_by=reading(SEED, "R7"),
        natural_by=reading(SEED, "R3"),
        licensee_holds=licensee_holds,
        licensee_by=reading(SEED, "R27"),
    )
