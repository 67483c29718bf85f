"""The interview's words: each fact's question to the person ("Did you take {item}?") and to
someone answering for another, its options, the why of a question, and the statements that
close a list. Read by :mod:`classaction.cli.interview`."""

from __future__ import annotations

from .said import Choice

# The statements that close a list the claimant cannot know in full.
_FACE_STATEMENT = "/statements/unlisted_collected_photograph_depicts_claimant"
_RIGHTS_STATEMENT = "/statements/holds_rights_in_unlisted_collected_photograph"
_PHOTO_STATEMENTS = (_FACE_STATEMENT, _RIGHTS_STATEMENT)
_USE_STATEMENT = "/statements/rcmp_used_unlisted_photograph_of_claimant"
_STATEMENTS = (*_PHOTO_STATEMENTS, _USE_STATEMENT)


_ME = ("claimant", "me", ("i", "i did", "myself", "me myself", "mine", "yes, me", "us", "we"))
_SOMEONE = ("other", "someone else", ("someone", "another person", "somebody else", "other"))
_PHOTOGRAPHER = ("photographer", "the photographer", ("photographer",))
_YES_ME = ("claimant", "yes, me", ("yes", "me", "i", "i was"))
_NO_OTHER = ("other", "no, someone else", ("no", "someone else", "someone"))

_CHOICES: dict[str, tuple[Choice, ...]] = {
    "photograph.author": (_ME, _SOMEONE),
    "photograph.coauthor": (_YES_ME, _NO_OTHER),
    "photograph.employer": (
        ("claimant", "me", ("me", "i", "i was", "my company", "mine", "i did")),
        ("other", "someone else", ("someone else", "my employer", "employer", "someone",
                                   "another")),
    ),
    "photograph.commissioner": (_ME, _SOMEONE),
    "photograph.negative_owner": (_ME, _PHOTOGRAPHER, _SOMEONE),
    "photograph.negative_owner_kind": (
        ("natural", "a person", ("person", "a person", "human", "natural", "a human being")),
        ("legal", "a company or other organisation",
         ("company", "a company", "organisation", "organization", "legal")),
    ),
    "photograph.moral_rights_heir": (_YES_ME, _NO_OTHER),
    "transfer.kind": (
        ("assignment", "a sale or gift of the copyright (an assignment)",
         ("assignment", "assigned", "sale", "sold", "gift", "given", "a sale", "a gift")),
        ("exclusive_licence", "a licence letting one person alone use it (an exclusive licence)",
         ("exclusive licence", "exclusive license", "licence", "license", "a licence")),
        ("succession", "an inheritance on a death (a succession)",
         ("succession", "inheritance", "inherited", "death", "will", "an inheritance")),
    ),
    "transfer.by": (_ME, _PHOTOGRAPHER, _SOMEONE),
    "transfer.to": (
        ("claimant", "to me", ("me", "i", "to me", "myself")),
        ("other", "to someone else", ("someone else", "someone", "other")),
    ),
    "transfer.extent": (
        ("whole", "the whole copyright", ("whole", "all", "all of it", "the whole")),
        ("partial", "only part of it", ("part", "partial", "only part", "some")),
    ),
    "use.agency": (
        ("rcmp", "the RCMP", ("rcmp", "the rcmp", "mounties", "grc")),
        ("other", "another police force", ("another", "other", "another force")),
    ),
    "use.unit": (
        ("ncecc", "the NCECC (National Child Exploitation Crime Centre)", ("ncecc",)),
        ("other", "another unit", ("another", "other")),
    ),
    "use.account": (
        ("paid", "a paid licence", ("paid", "licence", "license", "paid licence")),
        ("trial", "a trial account", ("trial", "free trial", "trial account")),
    ),
    "use.service": (
        ("clearview", "Clearview", ("clearview", "yes", "clearview ai")),
        ("other", "another service", ("another", "other", "no")),
    ),
}

# The questions in plain words: (to the person answering about themselves, about the
# claimant). "{item}" names the photograph, transfer or use. A fact not here is asked in
# the engine's words (_claim.py).
_FILM = "the film or memory card on which {item} was first recorded"
_WORDS: dict[str, tuple[str, str]] = {
    "claimant.kind": (
        "Are you a person, or a company or other organisation?",
        "Is the claimant a person, or a company or other organisation?",
    ),
    "claimant.born_on": ("What is your date of birth?", "What is the claimant's date of birth?"),
    "claimant.died_on": ("On what date did the claimant die?",) * 2,
    "claimant.citizenship": (
        "During which periods have you been a citizen of Canada?",
        "During which periods has the claimant been a citizen of Canada?",
    ),
    "claimant.residence": (
        "During which periods have you lived in Canada?",
        "During which periods has the claimant lived in Canada?",
    ),
    "photograph.claimant_face_appears": (
        "Does your face appear in {item}?", "Does the claimant's face appear in {item}?"
    ),
    "photograph.collected_by_clearview": (
        "Did Clearview collect {item} (for example, Clearview's reply to a request for your "
        "data showed it)?",
        "Did Clearview collect {item} (for example, Clearview's reply to a request for the "
        "claimant's data showed it)?",
    ),
    "photograph.collected_on": ("When did Clearview collect {item}?",) * 2,
    "photograph.made_on": ("When was {item} taken?",) * 2,
    "photograph.author": ("Who took {item}?",) * 2,
    "photograph.author_deceased": ("Has the photographer who took {item} died?",) * 2,
    "photograph.author_died_on": ("When did the photographer who took {item} die?",) * 2,
    "photograph.joint_authorship": (
        "Did two or more people take {item} together, so that what each did cannot be told "
        "apart (joint authorship)?",
    ) * 2,
    "photograph.coauthor": (
        "Were you one of the people who took {item} together?",
        "Was the claimant one of the people who took {item} together?",
    ),
    "photograph.coauthor_died_on": (
        "When did the last of the other people who took {item} die?",
    ) * 2,
    "photograph.crown_direction": (
        "Was {item} taken or published for the government, or under its direction or control "
        "(Crown copyright)?",
    ) * 2,
    "photograph.crown_agreement": (
        "Did the photographer and the government agree that the government would not own the "
        "copyright in {item}?",
    ) * 2,
    "photograph.first_published_on": ("When was {item} first published?",) * 2,
    "photograph.made_in_course_of_employment": (
        "Did the photographer take {item} as part of their job, as an employee?",
    ) * 2,
    "photograph.employer": ("Who employed the photographer who took {item}?",) * 2,
    "photograph.employment_agreement_to_contrary": (
        "Did the photographer and their employer agree that the employer would not own the "
        "copyright in {item}?",
    ) * 2,
    "photograph.commissioned": (
        "Did someone order {item} from the photographer and pay for it (as a couple orders "
        "their wedding photographs)?",
    ) * 2,
    "photograph.commissioner": ("Who ordered and paid for {item}?",) * 2,
    "photograph.commissioned_on": ("When was {item} ordered?",) * 2,
    "photograph.commission_agreement_to_contrary": (
        "Did the photographer and the person who ordered {item} agree that the person who "
        "ordered it would not own its copyright?",
    ) * 2,
    "photograph.negative_owner": (f"Who owned {_FILM}?",) * 2,
    "photograph.negative_owner_kind": (
        f"Was the owner of {_FILM} a person, or a company or other organisation?",
    ) * 2,
    "photograph.negative_owner_deceased": (f"Has the owner of {_FILM} died?",) * 2,
    "photograph.negative_owner_died_on": (f"When did the owner of {_FILM} die?",) * 2,
    "photograph.transfers": (
        "How many times was the copyright in {item} sold, given away, passed on a death, or "
        "licensed to one person alone? (none is an answer)",
    ) * 2,
    "photograph.moral_rights_waived": (
        "Did the photographer sign or agree to anything giving up their right to be named as "
        "the author of {item} or to object to changes to it (a waiver of moral rights)?",
    ) * 2,
    "photograph.moral_rights_waiver_partial": (
        "Did that waiver give up only some of those rights, only for some uses, or only "
        "towards particular people?",
    ) * 2,
    "photograph.moral_rights_heir": (
        "Since the photographer who took {item} died, have their rights to be named as its "
        "author and to object to changes to it (moral rights) passed to you, on that death or "
        "a later one?",
        "Since the photographer who took {item} died, have their rights to be named as its "
        "author and to object to changes to it (moral rights) passed to the claimant, on that "
        "death or a later one?",
    ),
    "transfer.kind": ("What was {item}?",) * 2,
    "transfer.on": ("When did {item} take effect?",) * 2,
    "transfer.by": ("Who made {item} (for an inheritance, whose death was it)?",) * 2,
    "transfer.to": ("To whom did {item} go?",) * 2,
    "transfer.extent": (
        "Did {item} pass the whole copyright, or only part of it (some rights, a territory, a "
        "medium or part of the term)?",
    ) * 2,
    "transfer.signed_writing": (
        "Was {item} in writing, signed by the owner of the copyright or someone acting for "
        "them?",
    ) * 2,
    "use.agency": ("Which police force made {item}?",) * 2,
    "use.unit": ("Which unit of the RCMP made {item}?",) * 2,
    "use.account": ("Was {item} made with a paid licence or a trial account?",) * 2,
    "use.service": ("Was {item} a search of Clearview's service, or of another service?",) * 2,
    "use.used_on": ("When was {item} made?",) * 2,
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
_SIDE_WORDS: dict[str, tuple[str, str]] = {
    "claimant.kind": (
        "Are you a person, or a company or other organisation?",
        "Is the claimant a person, or a company or other organisation?",
    ),
    "claimant.born_on": ("Were you born {when}?", "Was the claimant born {when}?"),
    "photograph.collected_on": ("Did Clearview collect {item} {when}?",) * 2,
    "photograph.made_on": ("Was {item} taken {when}?",) * 2,
    "photograph.author_died_on": ("Did the photographer who took {item} die {when}?",) * 2,
    "photograph.coauthor_died_on": (
        "Did the last of the other people who took {item} die {when}?",
    ) * 2,
    "photograph.first_published_on": ("Was {item} first published {when}?",) * 2,
    "photograph.commissioned_on": ("Was {item} ordered {when}?",) * 2,
    "photograph.negative_owner_died_on": (f"Did the owner of {_FILM} die {{when}}?",) * 2,
    "transfer.on": ("Did {item} take effect {when}?",) * 2,
    "use.used_on": ("Was {item} made {when}?",) * 2,
}
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
_SEARCHED_R4 = (
    ("showing your face", "showing your face, or one you took or hold the copyright in"),
    ("showing the claimant's face",
     "showing the claimant's face, or one the claimant took or holds the copyright in"),
)
# What a question serves, beyond the words of the class: the rule that reads the fact.
_COPYRIGHT_ACT = "Copyright Act, R.S.C. 1985, c. C-42"
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
