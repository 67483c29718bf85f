"""What the interview says of T-713-20 beyond its facts' own words: the rule a question serves
(its readings R1, R2 in seeds/t-713-20.json read "residents or citizens of Canada" as
T-724-20's do, with the Copyright Act's rules) and the presumption a question could rebut
(its reading R9)."""

from __future__ import annotations

from ...engine.bundle import InterviewWords
from ...law.copyright import PRESUMED_OUTCOME, PRESUMED_WHY, QUESTION_WHY
from ..t_724_20.words import PERSON_WHY

WORDS = InterviewWords(
    why={
        **QUESTION_WHY,
        **PERSON_WHY,
        # The paraphrase of the class: "authors of photographs collected by Clearview"
        # (seeds/t-713-20.json, class CR).
        "collected_by_clearview": "only the photographs collected by Clearview count",
    },
    presumed=PRESUMED_WHY.format(reading="; reading R9"),
    presumed_outcome=PRESUMED_OUTCOME.format(reading=": reading R9"),
    # The presumption of s. 34.1(1) serves who is the author keeping the copyright and whose
    # copyright a grant passed (seeds/t-713-20.json, class CR).
    presumed_in=frozenset({"CR.author_keeping_copyright", "CR.grantee_of_authors_copyright"}),
)
