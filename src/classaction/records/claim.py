"""The claimant's facts.

Every fact is optional and ``None`` always means *left out* (unknown). A fact
stated false is ``False``; an empty history is ``()``. The two never mean the
same thing: a rule that needs a left-out fact answers "unknown" and names it.

Each value class that holds facts has a ``proof`` map from a field name to how
that fact is proved; a fact not in the map rests on the claimant's attestation.

Lists the claimant can know in full (residence, citizenship, transfers of
copyright) are complete when given. Lists the claimant cannot know in full
(photographs collected by Clearview, police uses) are not: the record says
separately, in :class:`Statements`, whether anything else qualifies
(see README, "Facts: given, stated false, left out").
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from attrs import frozen

from ..engine.dates import DateRange, as_range
from ..engine.facts import FactKind, FactSpec


class Proof(enum.Enum):
    ATTESTATION = "attestation"
    DOCUMENT = "document"
    OFFICIAL_RECORD = "official_record"

    # Hashed by identity, as a member equals only itself: Enum.__hash__ is interpreted code,
    # and the engine looks up each fact's proof once a read. (Set and dict order never rests
    # on it: the name's hash is drawn afresh in each process.)
    __hash__ = object.__hash__


class PersonKind(enum.Enum):
    NATURAL = "natural"
    LEGAL = "legal"


class Party(enum.Enum):
    """Who, relative to the claimant: the claimant, or someone else."""

    CLAIMANT = "claimant"
    OTHER = "other"

    __hash__ = object.__hash__  # by identity: see Proof


class TransferKind(enum.Enum):
    ASSIGNMENT = "assignment"
    EXCLUSIVE_LICENCE = "exclusive_licence"
    # A licence that is not exclusive: a permission; the licensor keeps the copyright and may
    # license others (Copyright Act s. 13(7) reaches only an exclusive one).
    LICENCE = "licence"
    SUCCESSION = "succession"


class Extent(enum.Enum):
    """How much of the copyright an assignment or a licence covered (Copyright Act s. 13(4))."""

    WHOLE = "whole"
    PARTIAL = "partial"


def _as_holder(value: Holder | Party | None) -> Holder | None:
    """A ``Party`` given where a ``Holder`` is expected, as the holder of the same name."""
    return Holder(value.value) if isinstance(value, Party) else value


class Holder(enum.Enum):
    """Who, relative to a photograph: the claimant, its photographer, or someone else.

    When the claimant took the photograph, "claimant" and "photographer" are the
    same person.
    """

    CLAIMANT = "claimant"
    PHOTOGRAPHER = "photographer"
    OTHER = "other"

    __hash__ = object.__hash__  # by identity: see Proof (the copyright rules make sets of them)


class Agency(enum.Enum):
    RCMP = "rcmp"
    OTHER = "other"


class Unit(enum.Enum):
    NCECC = "ncecc"
    OTHER = "other"


class AccountKind(enum.Enum):
    PAID = "paid"
    TRIAL = "trial"


class Service(enum.Enum):
    CLEARVIEW = "clearview"
    OTHER = "other"


class Channel(enum.Enum):
    """How a claim for payment was filed."""

    ONLINE = "online"
    MAIL = "mail"


CANADA = "CA"
"""The country of a period that names none (schemas/README.md, "Versions"): a record of the first
version of the schema spoke of Canada alone, and means the same under the second."""


def _fact(
    question: str, kind: FactKind, choices: tuple[Any, ...] = (), after: str | None = None,
    converter: Any = None, when: Any = None, side: str | None = None, **words: Any,
) -> Any:
    # "{item}" in a question stands for the item the fact belongs to ("photograph p2",
    # "police use 1"): the rules name it when they ask (records/items.py, question_for).
    # ``words``: the fact's other words (FactSpec: said, plain, side_plain, options).
    return attrs.field(
        default=None,
        metadata={"fact": FactSpec(question, kind, choices, after, when, side, **words)},
        converter=converter,
    )


def _yes_no(question: str, after: str | None = None, **words: Any) -> Any:
    return _fact(question, FactKind.BOOLEAN, (True, False), after, **words)


def _date(
    question: str, side: str, after: str | None = None, when: Any = None, **words: Any
) -> Any:
    # A date as known (engine/dates.py): a day, a month, a year, a season or an interval;
    # a datetime.date or EDTF text given here is made a DateRange.
    return _fact(
        question, FactKind.DATE, after=after, when=when, converter=as_range, side=side, **words
    )


def _choice(
    question: str, kind: type[enum.Enum], after: str | None = None, converter: Any = None,
    **words: Any,
) -> Any:
    return _fact(question, FactKind.CHOICE, tuple(kind), after, converter, **words)


# Options a person picks from, shared by several facts: (value, label, other words for it).
_ME = ("claimant", "me", (
    "i", "i did", "myself", "me myself", "mine", "yes, me", "us", "we", "just me", "only me",
    "me alone", "moi", "moi-même",  # (in French: a later trial's Montrealer)
))
# A relative, as one answering for themselves names them: someone else. (Answering for another,
# "my father" may be the claimant: cli/questions._third_person leaves these out.)
RELATIVES = (
    "my partner", "my spouse", "my husband", "my wife", "my mother", "my father", "my parents",
    "my mom", "my mum", "my dad", "my brother", "my sister", "my son", "my daughter",
    "my boyfriend", "my girlfriend", "my aunt", "my uncle", "my cousin", "my grandmother",
    "my grandfather",
    # Said without "my" within a sentence ("my ex boyfriend took it": a trial's was refused).
    "husband", "wife", "boyfriend", "girlfriend", "partner", "spouse", "mother", "father",
    "sister", "brother", "daughter", "cousin",
    # Said alone, as a trial's "mom" was (refused, where "my mom" was taken).
    "mom", "mum", "dad", "grandma", "grandpa", "aunt", "uncle", "my grandma", "my grandpa",
)
_SOMEONE = ("other", "someone else", (
    "someone", "another person", "somebody else", "other", "not me", "a friend", "my friend",
    "friend", "a family member", "family", "a relative", "a stranger", *RELATIVES,
    # Whom a photographer works for (a trial's wedding photographer's "the clients", to who
    # ordered the photographs, was refused).
    "the client", "the clients", "a client", "clients", "my client", "my clients", "our client",
    "our clients", "the customer", "the customers", "customers", "the couple", "the couples",
    # Whom a photograph was sold to ("the magazine obviously", to whom a sale went: a later
    # trial's, "Not understood").
    "the magazine", "a magazine", "magazine", "the newspaper", "a newspaper", "the paper",
    "the publisher", "a publisher", "the buyer", "a buyer", "the company", "a company",
    "the agency", "an agency", "a stock agency", "a stock photo site",
    # A platform a post licensed it to ("instagram obvs", to whom a transfer went: a later
    # trial's, "Not understood", after being told a post counts as a licence).
    "instagram", "insta", "facebook", "fb", "tiktok", "twitter", "snapchat", "flickr",
    "youtube", "pinterest", "linkedin", "reddit", "the platform", "a platform", "the website",
    "a website", "the site", "getty", "getty images", "shutterstock",
))
# Who took a photograph, as people say it (a trial's "me, they are selfies", "i took them",
# "a photographer we hired" and "the police" were refused).
_TOOK_ME = (*_ME[:2], (
    *_ME[2], "i took it", "i took them", "i took it myself", "i took them myself", "selfie",
    "a selfie", "selfies", "it's a selfie", "it was a selfie", "they are selfies",
    "they're selfies",
))
_TOOK_SOMEONE = (*_SOMEONE[:2], (
    *_SOMEONE[2], "a photographer", "the photographer", "photographer", "a hired photographer",
    "a photographer we hired", "we hired a photographer", "a professional photographer",
    "a professional", "a studio", "the studio", "the police", "police", "the rcmp", "rcmp",
    "a police officer", "the cops", "cops", "a cop", "the cop",
    "a coworker", "a colleague", "the school", "a school photographer",
    # ("my buddy took it at a party": a trial's, "Not understood".)
    "my buddy", "a buddy", "buddy", "my roommate", "roommate", "my boyfriend", "my girlfriend",
    "boyfriend", "girlfriend", "my coworker", "my neighbour", "my neighbor", "a neighbour",
    "a neighbor",
))
# The photographer, named as the one just spoken of ("her, it was her camera": a trial's
# daughter, of her mother who took it, was "Not understood").
_PHOTOGRAPHER = ("photographer", "the photographer", (
    "photographer", "her", "him", "hers", "his", "she did", "he did", "her camera",
    "his camera", "it was her camera", "it was his camera", "the one who took it",
    "whoever took it",
))
_DEVICES = ("phone", "iphone", "camera", "cell", "cellphone", "memory card", "sd card", "film")
_YES_ME = ("claimant", "yes, me", ("yes", "me", "i", "i was"))
_NO_OTHER = ("other", "no, someone else", ("no", "someone else", "someone"))


def _proof() -> Any:
    return attrs.field(factory=dict)


@frozen
class Period:
    """A span of days. ``end`` left out and ``ongoing`` left out: the end is unknown."""

    # The interview's words (plain, side_plain) name the period as a person does ("your time
    # living in Canada": cli/answers.py, item_name), not as the record numbers it.
    start: DateRange | None = _date(
        "On what date did {item} start?", "Did {item} start {when}?",
        said={
            None: "from {}",
        },
        plain=("On what date did {item} start?",) * 2,
        side_plain=("Did {item} start {when}?",) * 2,
        missing="when it started",
    )
    end: DateRange | None = _date(
        "On what date did {item} end?", "Did {item} end {when}?", after="ongoing",
        when=False,  # an end date says the period is over (records/consistency.py: no end for an ongoing one)
        said={
            None: "until {}",
        },
        plain=("On what date did {item} end?",) * 2,
        side_plain=("Did {item} end {when}?",) * 2,
        missing="when it ended",
    )
    ongoing: bool | None = _yes_no(
        "Is {item} still going on?",
        said={
            True: "still going on",
            False: "ended",
        },
        plain=("Is {item} still going on?",) * 2,
    )
    country: str | None = _fact(
        "In which country was {item}?", FactKind.CHOICE,
        said={
            None: "in {}",
        },
    )
    subdivision: str | None = _fact(
        "In which state, province or territory was {item}?", FactKind.CHOICE,
        said={
            None: "in {}",
        },
        plain=("In which state, province or territory was {item}?",) * 2,
    )
    proof: Mapping[str, Proof] = _proof()

    @property
    def country_or_canada(self) -> str:
        """The period's country; a period that names none is in Canada (``CANADA``)."""
        return self.country or CANADA


_WHOLE_LIFE = (Period(start=DateRange.day(dt.date(1900, 1, 1)), ongoing=True),)


def _periods(question: str, **words: Any) -> Any:
    return _fact(question, FactKind.LIST, ((), _WHOLE_LIFE), **words)


@frozen
class Person:
    kind: PersonKind | None = _choice(
        "Is the claimant a natural person (a human being) or a legal person "
        "(a company or other organisation)?",
        PersonKind,
        said={
            "natural": "the claimant is a natural person",
            "legal": "the claimant is a legal person (a company or other organisation)",
        },
        plain=(
            "Are you a person, or a company or other organisation?",
            "Is the claimant a person, or a company or other organisation?",
        ),
        side_plain=(
            "Are you a person, or a company or other organisation?",
            "Is the claimant a person, or a company or other organisation?",
        ),
    )
    born_on: DateRange | None = _date(
        "On what date was the claimant born?", "Was the claimant born {when}?",
        said={
            None: "born {}",
        },
        plain=(
            "What is your date of birth?",
            "What is the claimant's date of birth?",
        ),
        side_plain=(
            "Were you born {when}?",
            "Was the claimant born {when}?",
        ),
    )
    deceased: bool | None = _yes_no(
        "Has the claimant died?",
        said={
            True: "the claimant has died",
            False: "the claimant is alive",
        },
    )
    died_on: DateRange | None = _date(
        "On what date did the claimant die?", "Did the claimant die {when}?", after="deceased",
        when=True,  # a date of death says the claimant died (records/consistency.py refuses it otherwise)
        said={
            None: "died {}",
        },
        plain=("On what date did the claimant die?",) * 2,
    )
    citizenship: tuple[Period, ...] | None = _periods(
        "During which periods was the claimant a citizen of Canada? (If never, answer none.)",
        said={
            (): "never a citizen of Canada",
        },
        plain=(
            "During which periods have you been a citizen of Canada?",
            "During which periods has the claimant been a citizen of Canada?",
        ),
    )
    residence: tuple[Period, ...] | None = _periods(
        "During which periods was the claimant resident in Canada? (If never, answer none.)",
        said={
            (): "never resident in Canada",
        },
        plain=(
            "During which periods have you lived in Canada?",
            "During which periods has the claimant lived in Canada?",
        ),
    )
    # The countries whose periods the lists above give in full; left out: Canada alone, the
    # meaning of a record of the first version of the schema.
    residence_complete_for: tuple[str, ...] | None = _fact(
        "For which countries does the list of the claimant's periods of residence give every "
        "period (as ISO 3166-1 codes: CA, US)?",
        FactKind.LIST,
    )
    citizenship_complete_for: tuple[str, ...] | None = _fact(
        "For which countries does the list of the claimant's periods of citizenship give every "
        "period (as ISO 3166-1 codes: CA, US)?",
        FactKind.LIST,
    )
    proof: Mapping[str, Proof] = _proof()


@frozen
class Transfer:
    """A change in who owns the copyright in a photograph."""

    kind: TransferKind | None = _choice(
        "Was {item} an assignment, an exclusive licence, a licence that is not exclusive, or a "
        "succession on a death?",
        TransferKind,
        said={
            "assignment": "an assignment",
            "exclusive_licence": "an exclusive licence",
            "licence": "a licence that is not exclusive",
            "succession": "a succession on a death",
        },
        plain=("What was {item}?",) * 2,
        options=(
            (
                "assignment", "a sale or gift of the copyright (an assignment)",
                ("assignment", "assigned", "sale", "sold", "gift", "given", "a sale", "a gift",
                 "gave", "bought", "paid for"),
            ),
            (
                "exclusive_licence", "a licence letting one person alone use it (an exclusive licence)",
                # Not "licence" alone: that is option 3's own word, and a trial's "a licence"
                # was taken as exclusive, silently.
                ("exclusive licence", "exclusive license", "an exclusive license", "exclusive"),
            ),
            (
                "licence", "a permission to use it that others may get too (a licence)",
                ("non-exclusive licence", "non exclusive licence", "non-exclusive license",
                 "non-exclusive", "non exclusive",
                 "non exclusive license", "permission", "a permission", "licence", "license",
                 "a license", "licensed",
                 # A Creative Commons licence, which anyone may take, is not exclusive (its
                 # legal code, s. 2(a)(1)): a trial's photographer's "creative commons" was
                 # not understood.
                 "creative commons", "a creative commons licence", "a creative commons license",
                 "the creative commons licence", "cc", "cc-by", "cc by", "cc-by-nc", "cc by-nc",
                 "cc by-sa", "cc-by-sa",
                 # A post on a platform, whose terms of use grant it a licence that is not
                 # exclusive, as the count of transfers tells (a later trial's "instagram" and
                 # "the instagram post", right after, were not understood).
                 "instagram", "the instagram post", "my instagram post", "an instagram post",
                 "facebook", "the facebook post", "a post", "the post", "posted it",
                 "posting it", "social media", "a social media post"),
            ),
            (
                "succession", "an inheritance on a death (a succession)",
                ("succession", "inheritance", "inherited", "death", "will", "an inheritance",
                 # As a trial's son said it: "he left everything to me when he died".
                 "left", "died", "passed away", "his will", "her will", "estate"),
            ),
        ),
    )
    on: DateRange | None = _date(
        "On what date did {item} take effect?", "Did {item} take effect {when}?",
        said={
            None: "{}",
        },
        # In everyday words: "take effect" read to a trial's person as a legal term ("I posted
        # it right after I took it" was refused).
        plain=("When did {item} happen (the sale, gift, permission or inheritance)?",) * 2,
        side_plain=("Did {item} happen {when}?",) * 2,
    )
    by: Holder | None = _choice(
        "Who made {item} (for a succession, whose death was it): the claimant, the "
        "photographer, or someone else?",
        Holder, converter=_as_holder,
        said={
            "claimant": "by the claimant",
            "photographer": "by the photographer",
            "other": "by someone else",
        },
        plain=("Who made {item} (for an inheritance, whose death was it)?",) * 2,
        options=(
            _ME,
            _PHOTOGRAPHER,
            _SOMEONE,
        ),
    )
    to: Party | None = _choice(
        "Did {item} go to the claimant?", Party,
        said={
            "claimant": "to the claimant",
            "other": "to someone else",
        },
        plain=("To whom did {item} go?",) * 2,
        options=(
            ("claimant", "to me", ("me", "i", "to me", "myself")),
            # Whom a sale went to, named ("the magazine obviously": a later trial's heir, "Not
            # understood"): someone else, as of who ordered a photograph.
            ("other", "to someone else", ("someone else", "someone", "other", *_SOMEONE[2],
                                         *(f"to {said}" for said in _SOMEONE[2]))),
        ),
    )
    extent: Extent | None = _choice(
        "Did {item} pass the whole copyright, or only part of it (some rights, a territory, "
        "a medium or part of the term)?",
        Extent,
        after="kind",
        said={
            "whole": "of the whole copyright",
            "partial": "of part of the copyright",
        },
        # In everyday words: "a territory, a medium or part of the term" left a trial's person
        # answering "no idea what that means".
        plain=(
            (
                "Did {item} cover every use of the photograph, everywhere and for as long as its "
                "copyright lasts, or only some uses, places or years?"
            ),
        ) * 2,
        options=(
            ("whole", "every use, everywhere, for good (the whole copyright)",
             ("whole", "all", "all of it", "the whole", "every use", "everything", "everywhere",
              "for good", "forever")),
            ("partial", "only some uses, places or years (part of it)",
             ("part", "partial", "only part", "some", "only some", "some uses", "limited",
              # (A later trial's "only personal use, prints and sharing with family".)
              "only personal use", "personal use", "only for personal use")),
        ),
    )
    signed_writing: bool | None = _yes_no(
        "Was {item} in writing, signed by the owner of the copyright or the owner's duly "
        "authorised agent?",
        after="kind",
        said={
            True: "in signed writing",
            False: "not in signed writing",
        },
        plain=(
            "Was {item} in writing, signed by the owner of the copyright or someone acting for them?",
        ) * 2,
    )
    ended: bool | None = _yes_no(
        "Has {item} ended (expired, been terminated, given back or reverted)?",
        said={
            True: "it has ended",
            False: "it is still in force",
        },
        plain=(
            "Has {item} ended (expired, been cancelled, given back)?",
            "Has {item} ended (expired, been cancelled, given back)?",
        ),
    )
    ended_on: DateRange | None = _date(
        "On what date did {item} end?", "Did {item} end {when}?", after="ended", when=True,
        said={
            None: "ended {}",
        },
        plain=(
            "When did {item} end?",
            "When did {item} end?",
        ),
    )
    proof: Mapping[str, Proof] = _proof()


@frozen
class Photograph:
    id: str
    claimant_face_appears: bool | None = _yes_no(
        "Does the claimant's face appear in {item}?",
        said={
            True: "the claimant's face appears in it",
            False: "the claimant's face does not appear in it",
        },
        plain=(
            "Does your face appear in {item}?",
            "Does the claimant's face appear in {item}?",
        ),
        missing="whether it shows the claimant's face",
    )
    collected_by_clearview: bool | None = _yes_no(
        "Was {item} collected by Clearview?",
        said={
            True: "Clearview collected it",
            False: "Clearview did not collect it",
        },
        plain=(
            (
                "Did Clearview collect {item} (for example, Clearview's reply to a request for your data "
                "showed it)?"
            ),
            (
                "Did Clearview collect {item} (for example, Clearview's reply to a request for the "
                "claimant's data showed it)?"
            ),
        ),
        missing="whether Clearview collected it",
    )
    collected_on: DateRange | None = _date(
        "On what date did Clearview collect {item}?", "Did Clearview collect {item} {when}?",
        after="collected_by_clearview",
        said={
            None: "collected {}",
        },
        plain=("When did Clearview collect {item}?",) * 2,
        side_plain=("Did Clearview collect {item} {when}?",) * 2,
        missing="when Clearview collected it",
    )
    made_on: DateRange | None = _date(
        "On what date was {item} made (taken)?", "Was {item} made (taken) {when}?",
        said={
            None: "taken {}",
        },
        plain=("When was {item} taken?",) * 2,
        side_plain=("Was {item} taken {when}?",) * 2,
        missing="when it was taken",
    )
    author: Party | None = _choice(
        "Who took {item}: the claimant or someone else?", Party,
        said={
            "claimant": "the claimant took it",
            "other": "someone else took it",
        },
        plain=("Who took {item}?",) * 2,
        options=(
            _TOOK_ME,
            _TOOK_SOMEONE,
        ),
        missing="who took it",
    )
    author_deceased: bool | None = _yes_no(
        "Has the author (the photographer) of {item} died?",
        said={
            True: "the photographer has died",
            False: "the photographer is alive",
        },
        plain=("Has the photographer who took {item} died?",) * 2,
    )
    author_died_on: DateRange | None = _date(
        "On what date did the author of {item} die?", "Did the author of {item} die {when}?",
        after="author_deceased", when=True,
        said={
            None: "the photographer died {}",
        },
        plain=("When did the photographer who took {item} die?",) * 2,
        side_plain=("Did the photographer who took {item} die {when}?",) * 2,
    )
    joint_authorship: bool | None = _yes_no(
        "Was {item} made by two or more photographers together, whose contributions "
        "cannot be told apart?",
        said={
            True: "two or more photographers made it together",
            False: "one photographer made it",
        },
        plain=(
            (
                "Did two or more people take {item} together, so that what each did cannot be told apart "
                "(joint authorship)?"
            ),
        ) * 2,
    )
    coauthor: Party | None = _choice(
        "Was the claimant one of the other photographers who made {item} together?",
        Party, after="joint_authorship",
        said={
            "claimant": "the claimant was one of its joint photographers",
            # Of the other photographers only: said of a photograph the claimant took with
            # others, "none of them the claimant" read as a contradiction (a lawyer's trial).
            "other": "the claimant is not among its other joint photographers",
        },
        plain=(
            "Were you one of the people who took {item} together?",
            "Was the claimant one of the people who took {item} together?",
        ),
        options=(
            _YES_ME,
            _NO_OTHER,
        ),
    )
    coauthor_died_on: DateRange | None = _date(
        "On what date did the last of the other photographers of {item} die?",
        "Did the last of the other photographers of {item} die {when}?",
        after="joint_authorship",
        said={
            None: "the last of its other photographers died {}",
        },
        plain=("When did the last of the other people who took {item} die?",) * 2,
        side_plain=("Did the last of the other people who took {item} die {when}?",) * 2,
    )
    crown_direction: bool | None = _yes_no(
        "Was {item} made or published by or under the direction or control of the "
        "government (the Crown or a government department)?",
        said={
            True: "it was made or published under the direction or control of the government",
            False: "it was not made or published under the government's direction or control",
        },
        plain=(
            (
                "Was {item} taken or published for the government, or under its direction or control "
                "(Crown copyright)?"
            ),
        ) * 2,
        # Of a photograph one took (a selfie, to a later trial's person: "what? no its a
        # selfie"): the work it was taken for, in a person's words (s. 12: "prepared or
        # published by or under the direction or control of Her Majesty or any government
        # department").
        plain_author=(
            "Did you take {item} as work for a government (the federal government or a "
            "province), or did a government first publish it?",
            "Did the claimant take {item} as work for a government (the federal government or a "
            "province), or did a government first publish it?",
        ),
    )
    crown_agreement: bool | None = _yes_no(
        "Did the photographer of {item} and the government agree that the government "
        "would not own its copyright?",
        after="crown_direction",
        said={
            True: "the government agreed not to own its copyright",
            False: "there was no agreement that the government would not own it",
        },
        plain=(
            (
                "Did the photographer and the government agree that the government would not own the "
                "copyright in {item}?"
            ),
        ) * 2,
        plain_author=(
            "Did you and the government agree that the government would not own the copyright in {item}?",
            (
                "Did the claimant and the government agree that the government would not own the "
                "copyright in {item}?"
            ),
        ),
    )
    first_published_on: DateRange | None = _date(
        "On what date was {item} first published?", "Was {item} first published {when}?",
        after="crown_direction",
        said={
            None: "first published {}",
        },
        plain=("When was {item} first published?",) * 2,
        side_plain=("Was {item} first published {when}?",) * 2,
    )
    made_in_course_of_employment: bool | None = _yes_no(
        "Was {item} made by an employee in the course of employment?",
        said={
            True: "it was taken by an employee for the employer",
            False: "it was not taken for an employer",
        },
        # "As an employee" alone drew a yes of a photographer hired for the day ("yes its his
        # job, hes a professional photographer": a later trial's business, then made the
        # photograph's employer): one hired for the job is told apart.
        plain=("Did the photographer take {item} as part of their job, as someone's employee "
               "(on a payroll, not hired for the job)?",) * 2,
        plain_author=(
            "Did you take {item} as part of your job, as an employee?",
            "Did the claimant take {item} as part of their job, as an employee?",
        ),
    )
    employer: Party | None = _choice(
        "Was the claimant the employer of the author of {item}?", Party, after="made_in_course_of_employment",
        said={
            "claimant": "it was taken by an employee of the claimant, for the claimant",
            "other": "it was taken by an employee for an employer other than the claimant",
        },
        plain=("Who employed the photographer who took {item}?",) * 2,
        options=(
            ("claimant", "me", ("me", "i", "i was", "my company", "mine", "i did")),
            ("other", "someone else", ("someone else", "my employer", "employer", "someone", "another")),
        ),
        missing="who the photographer's employer was",
    )
    employment_agreement_to_contrary: bool | None = _yes_no(
        "Did the photographer of {item} and the employer agree that the employer would not "
        "own its copyright?",
        after="made_in_course_of_employment",
        said={
            True: "the photographer and the employer agreed that the employer would not own it",
            False: "there was no agreement to the contrary with the employer",
        },
        plain=(
            (
                "Did the photographer and their employer agree that the employer would not own the "
                "copyright in {item}?"
            ),
        ) * 2,
        plain_author=(
            "Did you and your employer agree that your employer would not own the copyright in {item}?",
            (
                "Did the claimant and their employer agree that the employer would not own the "
                "copyright in {item}?"
            ),
        ),
    )
    commissioned: bool | None = _yes_no(
        "Was {item} ordered and paid for by someone other than its author?",
        said={
            True: "it was ordered and paid for by someone other than the photographer",
            False: "it was not ordered and paid for by someone other than the photographer",
        },
        plain=(
            (
                "Did someone order {item} from the photographer and pay for it (as a couple orders their "
                "wedding photographs)?"
            ),
        ) * 2,
        plain_author=(
            (
                "Did someone else order {item} from you and pay for it (as a couple orders their "
                "wedding photographs)?"
            ),
            (
                "Did someone else order {item} from the claimant and pay for it (as a couple orders "
                "their wedding photographs)?"
            ),
        ),
    )
    commissioner: Party | None = _choice(
        "Was it the claimant who ordered and paid for {item}?", Party, after="commissioned",
        said={
            "claimant": "the claimant ordered and paid for it",
            "other": "someone else ordered and paid for it",
        },
        plain=("Who ordered and paid for {item}?",) * 2,
        options=(
            _ME,
            _SOMEONE,
        ),
    )
    commissioned_on: DateRange | None = _date(
        "On what date was {item} ordered?", "Was {item} ordered {when}?", after="commissioned",
        said={
            None: "ordered {}",
        },
        plain=("When was {item} ordered?",) * 2,
        side_plain=("Was {item} ordered {when}?",) * 2,
    )
    commission_agreement_to_contrary: bool | None = _yes_no(
        "Did the photographer of {item} and the person who ordered it agree that the person "
        "who ordered it would not own its copyright?",
        after="commissioned",
        said={
            True: "the photographer and the person who ordered it agreed that this person would not own it",
            False: "there was no agreement to the contrary with the person who ordered it",
        },
        plain=(
            (
                "Did the photographer and the person who ordered {item} agree that the person who ordered "
                "it would not own its copyright?"
            ),
        ) * 2,
        plain_author=(
            "Did you and the person who ordered {item} agree that they would not own its copyright?",
            "Did the claimant and the person who ordered {item} agree that they would not own its copyright?",
        ),
    )
    negative_owner: Holder | None = _choice(
        "Who owned the initial negative of {item} (or, with no negative, the initial "
        "photograph) when it was made: the claimant, the photographer, or someone else?",
        Holder, converter=_as_holder,
        said={
            "claimant": "the claimant owned the initial negative",
            "photographer": "the photographer owned the initial negative",
            "other": "someone else owned the initial negative",
        },
        plain=("Who owned the film or memory card on which {item} was first recorded?",) * 2,
        options=(
            # The device it was recorded on, named ("my phone lol": a trial's teen, "Not
            # understood"): its owner's.
            (*_ME[:2], (*_ME[2], *(f"{mine}{device}" for mine in ("my ", "my own ", "on my ")
                                   for device in _DEVICES))),
            (*_PHOTOGRAPHER[:2], (*_PHOTOGRAPHER[2], *(f"{theirs}{device}" for theirs in (
                "his ", "her ", "their ", "on his ", "on her ") for device in _DEVICES))),
            _SOMEONE,
        ),
    )
    negative_owner_kind: PersonKind | None = _choice(
        "Was the owner of the initial negative of {item} a natural person (a human being) "
        "or a legal person (a company or other organisation)?",
        PersonKind, after="negative_owner",
        said={
            "natural": "the negative's owner was a natural person",
            "legal": "the negative's owner was a company or organisation",
        },
        plain=(
            (
                "Was the owner of the film or memory card on which {item} was first recorded a person, or "
                "a company or other organisation?"
            ),
        ) * 2,
        options=(
            ("natural", "a person", ("person", "a person", "human", "natural", "a human being")),
            (
                "legal", "a company or other organisation",
                ("company", "a company", "organisation", "organization", "legal"),
            ),
        ),
    )
    negative_owner_deceased: bool | None = _yes_no(
        "Has the owner of the initial negative of {item} died?", after="negative_owner",
        said={
            True: "the negative's owner has died",
            False: "the negative's owner is alive",
        },
        plain=("Has the owner of the film or memory card on which {item} was first recorded died?",) * 2,
    )
    negative_owner_died_on: DateRange | None = _date(
        "On what date did the owner of the initial negative of {item} die?",
        "Did the owner of the initial negative of {item} die {when}?",
        after="negative_owner_deceased", when=True,
        said={
            None: "the negative's owner died {}",
        },
        plain=("When did the owner of the film or memory card on which {item} was first recorded die?",) * 2,
        side_plain=(
            "Did the owner of the film or memory card on which {item} was first recorded die {when}?",
        ) * 2,
    )
    transfers: tuple[Transfer, ...] | None = _fact(
        "Was the copyright in {item} ever transferred (assigned, licensed, or inherited on "
        "a death)? List every transfer, or answer none.",
        FactKind.LIST,
        ((),),
        said={
            (): "its copyright was never transferred",
        },
        plain=(
            (
                "How many times was the copyright in {item} sold, given away, left to someone on a "
                "death, or licensed (someone given permission to use it)? (If never, answer none.)"
            ),
        ) * 2,
        missing="whether its copyright was ever transferred",
    )
    # Whether any of it came to the claimant, by whatever grant: what a person who neither took
    # a photograph nor bought its copyright can say of it, though not every transfer of it.
    # T-713-20's grantees (a person's "no" to it settles that limb for the photograph).
    granted_to_claimant: bool | None = _yes_no(
        "Was the copyright in {item}, or a licence of it, ever assigned, licensed or left to the "
        "claimant?",
        said={
            True: "its copyright, or a licence of it, came to the claimant",
            False: "neither its copyright nor a licence of it came to the claimant",
        },
        plain=(
            (
                "Was the copyright in {item} ever sold, given, left or licensed to you (you given "
                "permission to use it)?"
            ),
            (
                "Was the copyright in {item} ever sold, given, left or licensed to the claimant "
                "(the claimant given permission to use it)?"
            ),
        ),
    )
    moral_rights_waived: bool | None = _yes_no(
        "Were the moral rights in {item} waived?",
        said={
            True: "its moral rights were waived",
            False: "its moral rights were not waived",
        },
        plain=(
            (
                "Did the photographer sign or agree to anything giving up their right to be named as the "
                "author of {item} or to object to changes to it (a waiver of moral rights)?"
            ),
        ) * 2,
        plain_author=(
            (
                "Did you sign or agree to anything giving up your right to be named as the author of "
                "{item} or to object to changes to it (a waiver of moral rights)?"
            ),
            (
                "Did the claimant sign or agree to anything giving up their right to be named as the "
                "author of {item} or to object to changes to it (a waiver of moral rights)?"
            ),
        ),
    )
    moral_rights_waiver_partial: bool | None = _yes_no(
        "Was the waiver of the moral rights in {item} only in part (some rights or some "
        "uses), or only in favour of particular persons?",
        after="moral_rights_waived",
        said={
            True: "the waiver was only in part",
            False: "the waiver was whole",
        },
        plain=(
            (
                "Did that waiver give up only some of those rights, only for some uses, or only towards "
                "particular people?"
            ),
        ) * 2,
    )
    moral_rights_heir: Party | None = _choice(
        "Since the death of the author of {item}, have its moral rights passed to the "
        "claimant (on that death, or on the death of a later holder of them)?",
        Party,
        after="author_deceased",
        said={
            "claimant": "its moral rights passed to the claimant on a death",
            "other": "its moral rights passed to someone else on a death",
        },
        plain=(
            (
                "Since the photographer who took {item} died, have their rights to be named as its author "
                "and to object to changes to it (moral rights) passed to you, on that death or a later one?"
            ),
            (
                "Since the photographer who took {item} died, have their rights to be named as its author "
                "and to object to changes to it (moral rights) passed to the claimant, on that death or a "
                "later one?"
            ),
        ),
        options=(
            _YES_ME,
            _NO_OTHER,
        ),
    )
    posted_publicly: bool | None = _yes_no(
        "Was {item} posted to a publicly accessible web page on the internet?",
        said={
            True: "it was posted on a public web page",
            False: "it was never posted on a public web page",
        },
        plain=(
            (
                "Was {item} ever posted on a web page anyone could see (a public profile, a news site, a "
                "public album)?"
            ),
            (
                "Was {item} ever posted on a web page anyone could see (a public profile, a news site, a "
                "public album)?"
            ),
        ),
        missing="whether it was posted publicly",
    )
    first_posted_publicly_on: DateRange | None = _date(
        "On what date was {item} first posted to a publicly accessible web page?",
        "Was {item} first posted publicly {when}?", after="posted_publicly", when=True,
        said={
            None: "first posted publicly {}",
        },
        plain=(
            "When was {item} first posted on a public web page?",
            "When was {item} first posted on a public web page?",
        ),
        missing="when it was first posted publicly",
    )
    in_biometric_database: bool | None = _yes_no(
        "Is or was {item}, or biometric data taken from it, in Clearview's biometric database?",
        said={
            True: "it is or was in Clearview's biometric database",
            False: "it was never in Clearview's biometric database",
        },
        plain=(
            (
                "Has Clearview held {item}, or the measurements of a face it takes from one, in its "
                "database (a reply to a request for your data would say so)?"
            ),
            (
                "Has Clearview held {item}, or the measurements of a face it takes from one, in its "
                "database (a reply to a request for the claimant's data would say so)?"
            ),
        ),
        missing="whether it was in Clearview's database",
    )
    author_residence: tuple[Period, ...] | None = _fact(
        "During which periods was the author of {item} resident in Canada? (If never, answer none.)",
        FactKind.LIST, ((),),
        said={
            (): "its author was never resident in Canada",
        },
    )
    author_citizenship: tuple[Period, ...] | None = _fact(
        "During which periods was the author of {item} a citizen of Canada? (If never, answer none.)",
        FactKind.LIST, ((),),
        said={
            (): "its author was never a citizen of Canada",
        },
    )
    proof: Mapping[str, Proof] = _proof()


@frozen
class PoliceUse:
    """A use of one of the record's photographs by a police force."""

    photograph: str
    agency: Agency | None = _choice(
        "Which police force made {item}?", Agency,
        said={
            "rcmp": "by the RCMP",
            "other": "by another police force",
        },
        plain=("Which police force made {item}?",) * 2,
        options=(
            ("rcmp", "the RCMP (Royal Canadian Mounted Police)",
             ("rcmp", "the rcmp", "mounties", "grc", "royal canadian mounted police")),
            ("other", "another police force", ("another", "other", "another force")),
        ),
        missing="which police force used it",
    )
    unit: Unit | None = _choice(
        "Which unit of the force made {item}?", Unit,
        said={
            "ncecc": "by its NCECC unit",
            "other": "by a unit other than the NCECC",
        },
        plain=("Which unit of the RCMP made {item}?",) * 2,
        options=(
            ("ncecc", "the NCECC (National Child Exploitation Crime Centre)", ("ncecc",)),
            ("other", "another unit", ("another", "other")),
        ),
    )
    account: AccountKind | None = _choice(
        "Was {item} made with a paid licence or a trial account?", AccountKind,
        said={
            "paid": "with a paid licence",
            "trial": "with a trial account",
        },
        plain=("Was {item} made with a paid licence or a trial account?",) * 2,
        options=(
            ("paid", "a paid licence", ("paid", "licence", "license", "paid licence")),
            ("trial", "a trial account", ("trial", "free trial", "trial account")),
        ),
    )
    service: Service | None = _choice(
        "Was {item} a search of Clearview's service?", Service,
        said={
            "clearview": "a search of Clearview's service",
            "other": "a search of another service",
        },
        plain=("Was {item} a search of Clearview's service, or of another service?",) * 2,
        options=(
            ("clearview", "Clearview", ("clearview", "yes", "clearview ai")),
            ("other", "another service", ("another", "other", "no")),
        ),
        missing="which service it was used with",
    )
    used_on: DateRange | None = _date(
        "On what date was {item} made?", "Was {item} made {when}?",
        said={
            None: "{}",
        },
        plain=("When was {item} made?",) * 2,
        side_plain=("Was {item} made {when}?",) * 2,
        missing="when it was used",
    )
    proof: Mapping[str, Proof] = _proof()


@frozen
class Statements:
    """What the claimant says about things the lists above do not show."""

    unlisted_collected_photograph_depicts_claimant: bool | None = _yes_no(
        "Apart from any photographs listed, does a photograph collected by Clearview "
        "show the claimant's face?",
        said={
            True: (
                      "the claimant states that a photograph collected by Clearview and not listed shows "
                      "their face"
                  ),
            False: "the claimant states that no other photograph collected by Clearview shows their face",
        },
        plain=(
            (
                "Apart from the photographs you named, does any other photograph that Clearview "
                "collected show your face?"
            ),
            (
                "Apart from the photographs named, does any other photograph that Clearview collected "
                "show the claimant's face?"
            ),
        ),
        plain_first=(
            (
                "Does any photograph that Clearview collected show your face? (Clearview's reply to a "
                "request for your data may have shown you one.)"
            ),
            (
                "Does any photograph that Clearview collected show the claimant's face? "
                "(Clearview's reply to a request for the claimant's data may have shown one.)"
            ),
        ),
    )
    holds_rights_in_unlisted_collected_photograph: bool | None = _yes_no(
        "Apart from any photographs listed, does the claimant hold copyright or moral "
        "rights in a photograph collected by Clearview?",
        said={
            True: (
                      "the claimant states that they hold rights in a photograph collected by Clearview "
                      "and not listed"
                  ),
            False: "the claimant states that they hold rights in no other photograph collected by Clearview",
        },
        plain=(
            (
                "Apart from the photographs you named, did Clearview collect any other photograph that "
                "you took, that you had someone take for you, or whose copyright was sold, given or "
                "left to you?"
            ),
            (
                "Apart from the photographs named, did Clearview collect any other photograph that the "
                "claimant took, that the claimant had someone take for them, or whose copyright was "
                "sold, given or left to the claimant?"
            ),
        ),
        plain_first=(
            (
                "Did Clearview collect any photograph that you took, that you had someone take for you,"
                " or whose copyright was sold, given or left to you?"
            ),
            (
                "Did Clearview collect any photograph that the claimant took, that the claimant had "
                "someone take for them, or whose copyright was sold, given or left to the claimant?"
            ),
        ),
    )
    rcmp_used_unlisted_photograph_of_claimant: bool | None = _yes_no(
        "Apart from any uses listed, did the RCMP use a photograph of the claimant "
        "to search Clearview's service?",
        said={
            True: "the claimant states that the RCMP used a photograph of them not listed",
            False: "the claimant states that the RCMP used no other photograph of them",
        },
        plain=(
            (
                "Apart from the searches you described, did the RCMP search Clearview's service with "
                "any other photograph showing your face?"
            ),
            (
                "Apart from the searches described, did the RCMP search Clearview's service with any "
                "other photograph showing the claimant's face?"
            ),
        ),
        plain_first=(
            (
                "Did the RCMP search Clearview's service with a photograph showing your face? (The "
                "RCMP is the Royal Canadian Mounted Police, Canada's federal police. A reply to a "
                "request for your personal information may have told you so.)"
            ),
            # The hint of a request said of the claimant too: one answering for another was
            # left without it (a trial's).
            "Did the RCMP search Clearview's service with a photograph showing the claimant's face? "
            "(The RCMP is the Royal Canadian Mounted Police, Canada's federal police. A reply to a "
            "request the claimant made for their personal information may say so.)",
        ),
    )
    authored_unlisted_collected_photograph: bool | None = _yes_no(
        "Apart from any photographs listed, did the claimant take a photograph collected by "
        "Clearview?",
        said={
            True: "the claimant states that they took a photograph collected by Clearview and not listed",
            False: "the claimant states that they took no other photograph collected by Clearview",
        },
        plain=(
            "Apart from the photographs named, did you take any photograph that Clearview collected?",
            (
                "Apart from the photographs named, did the claimant take any photograph that Clearview "
                "collected?"
            ),
        ),
    )
    received_grant_in_unlisted_collected_photograph: bool | None = _yes_no(
        "Apart from any photographs listed, was the copyright in a photograph collected by "
        "Clearview assigned or licensed to the claimant?",
        said={
            True: (
                      "the claimant states that copyright in a photograph collected by Clearview and not "
                      "listed was assigned or licensed to them"
                  ),
            False: (
                       "the claimant states that no copyright in another photograph collected by Clearview "
                       "was assigned or licensed to them"
                   ),
        },
        plain=(
            (
                "Apart from the photographs named, was the copyright in any photograph Clearview collected "
                "sold, given or licensed to you?"
            ),
            (
                "Apart from the photographs named, was the copyright in any photograph Clearview collected "
                "sold, given or licensed to the claimant?"
            ),
        ),
    )
    unlisted_database_image_depicts_claimant: bool | None = _yes_no(
        "Apart from any photographs listed, is or was an image of the claimant's face, or "
        "biometric data of the claimant, in Clearview's biometric database?",
        said={
            True: (
                      "the claimant states that an image of their face not listed is or was in Clearview's "
                      "biometric database"
                  ),
            False: (
                       "the claimant states that no other image of their face was in Clearview's biometric "
                       "database"
                   ),
        },
        plain=(
            (
                "Has Clearview held any photograph of your face, or the measurements of your face, in its "
                "database (a reply to a request for your data would say so)?"
            ),
            (
                "Has Clearview held any photograph of the claimant's face, or the measurements of their "
                "face, in its database (a reply to a request for the claimant's data would say so)?"
            ),
        ),
    )
    unlisted_photograph_of_claimant_posted_publicly: bool | None = _yes_no(
        "Apart from any photographs listed, was a photograph of the claimant's face posted to "
        "a publicly accessible web page?",
        said={
            True: "the claimant states that a photograph of their face not listed was posted publicly",
            False: "the claimant states that every public posting of their face is listed",
        },
        plain=(
            (
                "Apart from the photographs named, was any photograph of your face posted on a web page "
                "anyone could see?"
            ),
            (
                "Apart from the photographs named, was any photograph of the claimant's face posted on a "
                "web page anyone could see?"
            ),
        ),
    )
    proof: Mapping[str, Proof] = _proof()


# The list of the claim each statement closes: what it says is about the items not in it.
CLOSES: Mapping[str, str] = {
    "unlisted_collected_photograph_depicts_claimant": "photographs",
    "holds_rights_in_unlisted_collected_photograph": "photographs",
    "rcmp_used_unlisted_photograph_of_claimant": "police_uses",
    "authored_unlisted_collected_photograph": "photographs",
    "received_grant_in_unlisted_collected_photograph": "photographs",
    "unlisted_database_image_depicts_claimant": "photographs",
    "unlisted_photograph_of_claimant_posted_publicly": "photographs",
}


@frozen
class PaymentClaim:
    """A claim for payment the claimant filed in a proceeding (``proceeding``: its action id)."""

    proceeding: str
    filed_on: DateRange | None = _date(
        "On what date was {item} submitted online or received by the settlement administrator?",
        "Was {item} submitted or received {when}?",
        said={
            None: "filed {}",
        },
        plain=(
            "When did you submit the claim form online, or when did the administrator receive it by mail?",
            "When was the claim form submitted online, or received by mail by the administrator?",
        ),
    )
    channel: Channel | None = _choice(
        "Was {item} submitted online or sent by mail?", Channel,
        said={
            "online": "submitted online",
            "mail": "sent by mail",
        },
    )
    proof: Mapping[str, Proof] = _proof()


@frozen(repr=False)
class Contact:
    """How to reach the claimant: personal data, carried but never used by the rules. Its
    ``repr`` names the fields given, not their values: a claim written to a log, or shown
    in a traceback's locals, repeated the claimant's name and e-mail address (a trial's
    developer)."""

    name: str | None = None
    email: str | None = None
    address: str | None = None
    # Where an administrator's intake keeps it (a trial's was told to put it in contact, which
    # then refused it).
    phone: str | None = None

    def __repr__(self) -> str:
        given = [f"{field.name}=<withheld>" for field in attrs.fields(Contact)
                 if getattr(self, field.name) is not None]
        return f"Contact({', '.join(given)})"


def payment_claim_in(
    claims: Iterable[PaymentClaim], proceeding: str
) -> tuple[int, PaymentClaim] | None:
    """The claim for payment of a list filed in a proceeding, with its position; None for none."""
    return next(((i, claim) for i, claim in enumerate(claims) if claim.proceeding == proceeding),
                None)


@frozen
class Claim:
    """One claimant's facts, as a claims record describes them."""

    claimant: Person = Person()
    photographs: tuple[Photograph, ...] = ()
    police_uses: tuple[PoliceUse, ...] = ()
    statements: Statements = Statements()
    claim_id: str | None = None
    contact: Contact | None = None
    # Every claim for payment filed, in any proceeding; () none; None: not said.
    payment_claims: tuple[PaymentClaim, ...] | None = _fact(
        "Which claims for payment has the claimant filed, and in which proceedings? "
        "(If none, answer none.)",
        FactKind.LIST, ((),),
        said={
            (): "the claimant filed no claim for payment",
        },
    )
    schema_version: int | None = None  # absent: 1 (schemas/README.md, "Versions")

    def payment_claim(self, proceeding: str) -> tuple[int, PaymentClaim] | None:
        """The claim for payment filed in a proceeding, with its position, if the record has one."""
        return payment_claim_in(self.payment_claims or (), proceeding)

    def photograph(self, photograph_id: str) -> tuple[int, Photograph] | None:
        """The position and value of a photograph by its id, if the record has it."""
        for index, photo in enumerate(self.photographs):
            if photo.id == photograph_id:
                return index, photo
        return None
