"""The interview's words: each fact's question to the person ("Did you take {item}?") and to
someone answering for another, its options, the why of a question, and the statements that
close a list. Read by :mod:`classaction.cli.interview`."""

from __future__ import annotations

from typing import Any

from ..actions.t_724_20.readings import TargetedPhotographs
from ..records.items import specs
from .said import Choice

# The statements that close a list the claimant cannot know in full.
_FACE_STATEMENT = "/statements/unlisted_collected_photograph_depicts_claimant"
_RIGHTS_STATEMENT = "/statements/holds_rights_in_unlisted_collected_photograph"
_PHOTO_STATEMENTS = (_FACE_STATEMENT, _RIGHTS_STATEMENT)
_USE_STATEMENT = "/statements/rcmp_used_unlisted_photograph_of_claimant"
_STATEMENTS = (*_PHOTO_STATEMENTS, _USE_STATEMENT)


# The questions in plain words: (to the person answering about themselves, about the
# claimant), declared with each fact (records/claim.py, FactSpec.plain). "{item}" names the
# photograph, transfer or use. A fact without them is asked in its question's words.
_SHAPES = {"police_use": "use"}
_WORDS: dict[str, tuple[str, str]] = {
    f"{_SHAPES.get(section, section)}.{name}": spec.plain
    for section, facts in specs().items() for name, spec in facts.items() if spec.plain
}
# The question of a date's side of one day, in the same two ways (FactSpec.side_plain).
_SIDE_WORDS: dict[str, tuple[str, str]] = {
    f"{_SHAPES.get(section, section)}.{name}": spec.side_plain
    for section, facts in specs().items() for name, spec in facts.items() if spec.side_plain
}
# The options of a choice, in words (FactSpec.options).
_CHOICES: dict[str, tuple[Choice, ...]] = {
    f"{_SHAPES.get(section, section)}.{name}": spec.options
    for section, facts in specs().items() for name, spec in facts.items() if spec.options
}
# When the claimant took the photograph: (to the person answering, about the claimant).
_AUTHOR_WORDS: dict[str, tuple[str, str]] = {
    "photograph.moral_rights_waived": (
        "Did you sign or agree to anything giving up your right to be named as the author of "
        "{item} or to object to changes to it (a waiver of moral rights)?",
        "Did the claimant sign or agree to anything giving up their right to be named as the "
        "author of {item} or to object to changes to it (a waiver of moral rights)?",
    ),
    "photograph.commissioned": (
        "Did someone else order {item} from you and pay for it (as a couple orders their "
        "wedding photographs)?",
        "Did someone else order {item} from the claimant and pay for it (as a couple orders "
        "their wedding photographs)?",
    ),
    "photograph.made_in_course_of_employment": (
        "Did you take {item} as part of your job, as an employee?",
        "Did the claimant take {item} as part of their job, as an employee?",
    ),
    "photograph.crown_agreement": (
        "Did you and the government agree that the government would not own the copyright in "
        "{item}?",
        "Did the claimant and the government agree that the government would not own the "
        "copyright in {item}?",
    ),
    "photograph.employment_agreement_to_contrary": (
        "Did you and your employer agree that your employer would not own the copyright in "
        "{item}?",
        "Did the claimant and their employer agree that the employer would not own the "
        "copyright in {item}?",
    ),
    "photograph.commission_agreement_to_contrary": (
        "Did you and the person who ordered {item} agree that they would not own its "
        "copyright?",
        "Did the claimant and the person who ordered {item} agree that they would not own its "
        "copyright?",
    ),
}
# A date asked only by which side of one day it falls on ("{when}": "before 7 November
# 2012"): (to the person answering, about the claimant). Not here: the engine's words.
_FACE = ("your face", "the claimant's face")
# The statements about what the lists do not show, put as the facts a person knows:
# (statement, something already listed) -> (to the person answering, about the claimant).
_STATEMENT_WORDS: dict[tuple[str, bool], tuple[str, str]] = {
    (_FACE_STATEMENT, False): (
        "Does any photograph that Clearview collected show your face? (Clearview's reply to a "
        "request for your data may have shown you one.)",
        "Does any photograph that Clearview collected show the claimant's face?",
    ),
    (_FACE_STATEMENT, True): (
        "Apart from the photographs you named, does any other photograph that Clearview "
        "collected show your face?",
        "Apart from the photographs named, does any other photograph that Clearview collected "
        "show the claimant's face?",
    ),
    # Holding copyright or moral rights is the conclusion the rules draw: the question asks
    # the facts that ground them (author, first owner by an order or a job, a transfer or an
    # inheritance), and a photograph named is then asked about.
    (_RIGHTS_STATEMENT, False): (
        "Did Clearview collect any photograph that you took, that you had someone take for "
        "you, or whose copyright was sold, given or left to you?",
        "Did Clearview collect any photograph that the claimant took, that the claimant had "
        "someone take for them, or whose copyright was sold, given or left to the claimant?",
    ),
    (_RIGHTS_STATEMENT, True): (
        "Apart from the photographs you named, did Clearview collect any other photograph that "
        "you took, that you had someone take for you, or whose copyright was sold, given or "
        "left to you?",
        "Apart from the photographs named, did Clearview collect any other photograph that the "
        "claimant took, that the claimant had someone take for them, or whose copyright was "
        "sold, given or left to the claimant?",
    ),
    (_USE_STATEMENT, False): (
        "Did the RCMP search Clearview's service with a photograph showing your face? (A reply "
        "to a request for your personal information may have told you so.)",
        "Did the RCMP search Clearview's service with a photograph showing the claimant's face?",
    ),
    (_USE_STATEMENT, True): (
        "Apart from the searches you described, did the RCMP search Clearview's service with "
        "any other photograph showing your face?",
        "Apart from the searches described, did the RCMP search Clearview's service with any "
        "other photograph showing the claimant's face?",
    ),
}
# Under reading R4 = depicting_or_copyright a photograph the claimant holds copyright in is
# theirs too: the search question names both, and its answer no longer says whose face.
def searched_either(readings: Any) -> bool:
    """Reading R4 = depicting_or_copyright of T-724-20: a photograph the claimant took or holds
    the copyright in is a targeted one too, so the search question says so."""
    return getattr(readings, "targeted_photographs", None) is (
        TargetedPhotographs.DEPICTING_OR_COPYRIGHT
    )


_SEARCHED_R4 = (
    ("showing your face", "showing your face, or one you took or hold the copyright in"),
    ("showing the claimant's face",
     "showing the claimant's face, or one the claimant took or holds the copyright in"),
)
# What a question serves, beyond the words of the class: the rule that reads the fact.
_COPYRIGHT_ACT = "Copyright Act, R.S.C. 1985, c. C-42"
# Said after the why of a question that could rebut a presumption of the Act (reading R9).
_PRESUMED_WHY = (
    " Where nothing is said, the photographer is presumed to own the copyright "
    f"and keep the moral rights ({_COPYRIGHT_ACT}, s. 34.1(1); reading R9): your "
    "answer could show otherwise."
)
_RULES: dict[str, str] = {
    "author": f"the photographer is the first owner of its copyright ({_COPYRIGHT_ACT}, "
              "s. 13(1)) and holds its moral rights (s. 14.1)",
    "made_on": "for a photograph made before 7 November 2012, whoever ordered and paid for it, "
               "or owned its negative, could be its first owner (former ss. 13(2) and 10(2) of "
               f"the {_COPYRIGHT_ACT}; S.C. 2012, c. 20, ss. 59-60)",
    "commissioned": "a photograph ordered and paid for before 7 November 2012 belonged first to "
                    f"whoever ordered it (former s. 13(2) of the {_COPYRIGHT_ACT})",
    "commissioner": "a photograph ordered and paid for before 7 November 2012 belonged first to "
                    f"whoever ordered it (former s. 13(2) of the {_COPYRIGHT_ACT})",
    "commissioned_on": "the old rule for ordered photographs applies to those ordered before "
                       "7 November 2012 (S.C. 2012, c. 20, s. 60)",
    "negative_owner": "before 7 November 2012 the owner of the initial negative was deemed its "
                      f"author (former s. 10(2) of the {_COPYRIGHT_ACT})",
    "made_in_course_of_employment": "a photograph taken as part of an employee's job belongs "
                                    f"first to the employer ({_COPYRIGHT_ACT}, s. 13(3))",
    "employer": "a photograph taken as part of an employee's job belongs first to the "
                f"employer ({_COPYRIGHT_ACT}, s. 13(3))",
    "crown_direction": "a work made under the government's direction belongs to the Crown "
                       f"({_COPYRIGHT_ACT}, s. 12)",
    "joint_authorship": f"joint authors hold the copyright together ({_COPYRIGHT_ACT}, s. 9)",
    "coauthor": f"joint authors hold the copyright together ({_COPYRIGHT_ACT}, s. 9)",
    "transfers": "copyright passes by a signed written assignment and on a death "
                 f"({_COPYRIGHT_ACT}, s. 13(4))",
    "moral_rights_waived": "a waived moral right is not held (reading R7); moral rights can be "
                           f"waived but not assigned ({_COPYRIGHT_ACT}, s. 14.1(2))",
    "moral_rights_waiver_partial": "a waiver may be partial, and then leaves the rest held "
                                   f"({_COPYRIGHT_ACT}, s. 14.1(2), (4))",
    "author_deceased": "moral rights pass on the author's death, and the copyright lasts for "
                       f"the author's life and a term of years after ({_COPYRIGHT_ACT}, "
                       "ss. 6, 14.2)",
    "author_died_on": f"the copyright lasts for the author's life and a term of years after "
                      f"({_COPYRIGHT_ACT}, s. 6)",
    "moral_rights_heir": "moral rights pass on the author's death to the heirs "
                         f"({_COPYRIGHT_ACT}, s. 14.2(2))",
    "collected_by_clearview": "only the photographs collected by Clearview count",
    "claimant_face_appears": "only a photograph showing the claimant's face counts",
    "born_on": "a member must be alive on {as_of}, the day membership is assessed on "
               "(reading R1)",
    "residence": "a resident of Canada on {as_of}, the day membership is assessed on, counts "
                 "(readings R1, R2)",
    "citizenship": "a citizen of Canada on {as_of}, the day membership is assessed on, counts "
                   "(readings R1, R2)",
    "used_on": "\"had been used\": only a search made by {as_of}, the day membership is "
               "assessed on, counts (reading R1)",
}
# A question that presupposes another answer than "yes" to the one it comes after.
_PRESUPPOSES_NO = {"end"}  # a period's end presupposes that it is not ongoing

_FOR_WHOM: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("me", "myself", ("me", "i", "mine", "my own", "for me", "for myself", "myself")),
    ("living", "another person, who is alive", ("another person", "someone else", "alive")),
    ("dead", "a person who has died", ("dead", "died", "deceased", "estate")),
    ("legal", "a company or other organisation",
     ("company", "organisation", "organization", "business", "legal")),
)


# The facts of a photograph that only ground the claimant's rights in it: moot for a
# photograph the person has said they neither took, had taken for them, nor were given
# rights in ("Did Clearview collect any photograph that you took, ...?" no).
_GROUNDS = frozenset({
    "author_deceased", "author_died_on", "joint_authorship", "coauthor", "coauthor_died_on",
    "crown_direction", "crown_agreement", "first_published_on", "made_in_course_of_employment",
    "employer", "employment_agreement_to_contrary", "commissioned", "commissioner",
    "commissioned_on", "commission_agreement_to_contrary", "negative_owner",
    "negative_owner_kind", "negative_owner_deceased", "negative_owner_died_on", "transfers",
    "moral_rights_waived", "moral_rights_waiver_partial", "moral_rights_heir", "made_on",
})



def _third_person(option: Choice) -> Choice:
    value, label, aliases = option
    label = label.replace("yes, me", "yes, the claimant").replace("to me", "to the claimant")
    if label == "me":
        label = "the claimant"
    return value, label, (*aliases, "the claimant", "claimant") if value == "claimant" else aliases
