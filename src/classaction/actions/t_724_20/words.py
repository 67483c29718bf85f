"""What the interview says of T-724-20 beyond its facts' own words: the rule a question serves
(readings R1, R2, R7 of seeds/t-724-20.json, with the Copyright Act's rules), the presumption a
question could rebut (reading R9) and the search question as reading R4 puts it."""

from __future__ import annotations

from typing import Any

from ...engine.bundle import InterviewWords
from ...law.copyright import PRESUMED_OUTCOME, PRESUMED_WHY, QUESTION_WHY
from ...records.claim import Party, TransferKind
from .readings import TargetedPhotographs

# The rules on a person's being a member on the as-of date, as readings R1 and R2 read the
# words "All natural persons" and "residents or citizens of Canada" (000_f6320da5831e1abe.txt).
PERSON_WHY: dict[str, str] = {
    "born_on": "a member must be alive on {as_of}, the day membership is assessed on "
               "(reading R1)",
    "residence": "a resident of Canada on {as_of}, the day membership is assessed on, counts "
                 "(readings R1, R2)",
    "citizenship": "a citizen of Canada on {as_of}, the day membership is assessed on, counts "
                   "(readings R1, R2)",
}

WHY: dict[str, str] = {
    **QUESTION_WHY,
    **PERSON_WHY,
    # Reading R7: a waived moral right is not held (Copyright Act, s. 14.1(2)).
    "moral_rights_waived": "a waived moral right is not held (reading R7); "
                           + QUESTION_WHY["moral_rights_waived"],
    # The class definitions: "the photographs collected by Clearview", "of them"
    # (000_f6320da5831e1abe.txt).
    "collected_by_clearview": "only the photographs collected by Clearview count",
    "claimant_face_appears": "only a photograph showing the claimant's face counts",
    # "had been used": reading R1 reads it on the as-of date (000_f6320da5831e1abe.txt).
    "used_on": "\"had been used\": only a search made by {as_of}, the day membership is "
               "assessed on, counts (reading R1)",
}

# Under reading R4 = depicting_or_copyright a photograph the claimant took or holds the
# copyright in is a targeted one too: the search question names both.
_USE_STATEMENT = "/statements/rcmp_used_unlisted_photograph_of_claimant"
_SEARCHED_R4 = (
    ("showing your face", "showing your face, or one you took or hold the copyright in"),
    ("showing the claimant's face",
     "showing the claimant's face, or one the claimant took or holds the copyright in"),
)


def reword(pointer: str, text: str, person: int, readings: Any) -> str:
    """The search question under reading R4 = depicting_or_copyright names the photographs the
    claimant took or holds the copyright in too."""
    if pointer == _USE_STATEMENT and readings.targeted_photographs is (
        TargetedPhotographs.DEPICTING_OR_COPYRIGHT
    ):
        return text.replace(*_SEARCHED_R4[person])
    return text


def _holds_exclusive_licence(claim: Any) -> bool:
    """Whether the record gives the claimant an exclusive licence of a photograph, which reading
    R27 reads (seeds/t-724-20.json; Copyright Act s. 2.7, 13(7))."""
    return any(
        t.kind is TransferKind.EXCLUSIVE_LICENCE and t.to is Party.CLAIMANT
        for p in claim.photographs or () for t in p.transfers or ()
    )


WORDS = InterviewWords(
    why=WHY,
    presumed=PRESUMED_WHY.format(reading="; reading R9"),
    presumed_outcome=PRESUMED_OUTCOME.format(reading=": reading R9"),
    # The presumption of s. 34.1(1) (reading R9) serves the Copyright Infringement Class's
    # holding of rights.
    presumed_in=frozenset({"CI.holds_rights_in_collected_photograph"}),
    reword=reword,
    # Reading R27: a trial's administrator read R9 alone of a licensee whom R27 = holder makes
    # a member.
    read_of=(("exclusive_licensee", _holds_exclusive_licence),),
)
