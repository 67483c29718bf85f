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
from collections.abc import Mapping
from typing import Any

import attrs
from attrs import frozen

from ..engine.dates import DateRange, as_range
from ..engine.facts import FactKind, FactSpec


class Proof(enum.Enum):
    ATTESTATION = "attestation"
    DOCUMENT = "document"
    OFFICIAL_RECORD = "official_record"


class PersonKind(enum.Enum):
    NATURAL = "natural"
    LEGAL = "legal"


class Party(enum.Enum):
    """Who, relative to the claimant: the claimant, or someone else."""

    CLAIMANT = "claimant"
    OTHER = "other"


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
    converter: Any = None, when: Any = None, side: str | None = None,
) -> Any:
    # "{item}" in a question stands for the item the fact belongs to ("photograph p2",
    # "police use 1"): the rules name it when they ask (_rcmp.question_for).
    return attrs.field(
        default=None, metadata={"fact": FactSpec(question, kind, choices, after, when, side)},
        converter=converter,
    )


def _yes_no(question: str, after: str | None = None) -> Any:
    return _fact(question, FactKind.BOOLEAN, (True, False), after)


def _date(question: str, side: str, after: str | None = None, when: Any = None) -> Any:
    # A date as known (classaction._dates): a day, a month, a year, a season or an interval;
    # a datetime.date or EDTF text given here is made a DateRange.
    return _fact(question, FactKind.DATE, after=after, when=when, converter=as_range, side=side)


def _choice(
    question: str, kind: type[enum.Enum], after: str | None = None, converter: Any = None
) -> Any:
    return _fact(question, FactKind.CHOICE, tuple(kind), after, converter)


def _proof() -> Any:
    return attrs.field(factory=dict)


@frozen
class Period:
    """A span of days. ``end`` left out and ``ongoing`` left out: the end is unknown."""

    start: DateRange | None = _date("On what date did {item} start?", "Did {item} start {when}?")
    end: DateRange | None = _date(
        "On what date did {item} end?", "Did {item} end {when}?", after="ongoing",
        when=False,  # an end date says the period is over (_validate: no end for an ongoing one)
    )
    ongoing: bool | None = _yes_no("Is {item} still going on?")
    country: str | None = _fact("In which country was {item}?", FactKind.CHOICE)
    subdivision: str | None = _fact(
        "In which state, province or territory was {item}?", FactKind.CHOICE
    )
    proof: Mapping[str, Proof] = _proof()

    @property
    def country_or_canada(self) -> str:
        """The period's country; a period that names none is in Canada (``CANADA``)."""
        return self.country or CANADA


_WHOLE_LIFE = (Period(start=DateRange.day(dt.date(1900, 1, 1)), ongoing=True),)


def _periods(question: str) -> Any:
    return _fact(question, FactKind.LIST, ((), _WHOLE_LIFE))


@frozen
class Person:
    kind: PersonKind | None = _choice(
        "Is the claimant a natural person (a human being) or a legal person "
        "(a company or other organisation)?",
        PersonKind,
    )
    born_on: DateRange | None = _date(
        "On what date was the claimant born?", "Was the claimant born {when}?"
    )
    deceased: bool | None = _yes_no("Has the claimant died?")
    died_on: DateRange | None = _date(
        "On what date did the claimant die?", "Did the claimant die {when}?", after="deceased",
        when=True,  # a date of death says the claimant died (_validate refuses it otherwise)
    )
    citizenship: tuple[Period, ...] | None = _periods(
        "During which periods was the claimant a citizen of Canada? (none is an answer)"
    )
    residence: tuple[Period, ...] | None = _periods(
        "During which periods was the claimant resident in Canada? (none is an answer)"
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
    )
    on: DateRange | None = _date(
        "On what date did {item} take effect?", "Did {item} take effect {when}?"
    )
    by: Holder | None = _choice(
        "Who made {item} (for a succession, whose death was it): the claimant, the "
        "photographer, or someone else?",
        Holder, converter=_as_holder,
    )
    to: Party | None = _choice("Did {item} go to the claimant?", Party)
    extent: Extent | None = _choice(
        "Did {item} pass the whole copyright, or only part of it (some rights, a territory, "
        "a medium or part of the term)?",
        Extent,
        after="kind",
    )
    signed_writing: bool | None = _yes_no(
        "Was {item} in writing, signed by the owner of the copyright or the owner's duly "
        "authorised agent?",
        after="kind",
    )
    ended: bool | None = _yes_no(
        "Has {item} ended (expired, been terminated, given back or reverted)?"
    )
    ended_on: DateRange | None = _date(
        "On what date did {item} end?", "Did {item} end {when}?", after="ended", when=True,
    )
    proof: Mapping[str, Proof] = _proof()


@frozen
class Photograph:
    id: str
    claimant_face_appears: bool | None = _yes_no("Does the claimant's face appear in {item}?")
    collected_by_clearview: bool | None = _yes_no("Was {item} collected by Clearview?")
    collected_on: DateRange | None = _date(
        "On what date did Clearview collect {item}?", "Did Clearview collect {item} {when}?",
        after="collected_by_clearview",
    )
    made_on: DateRange | None = _date(
        "On what date was {item} made (taken)?", "Was {item} made (taken) {when}?"
    )
    author: Party | None = _choice("Who took {item}: the claimant or someone else?", Party)
    author_deceased: bool | None = _yes_no("Has the author (the photographer) of {item} died?")
    author_died_on: DateRange | None = _date(
        "On what date did the author of {item} die?", "Did the author of {item} die {when}?",
        after="author_deceased", when=True,
    )
    joint_authorship: bool | None = _yes_no(
        "Was {item} made by two or more photographers together, whose contributions "
        "cannot be told apart?"
    )
    coauthor: Party | None = _choice(
        "Was the claimant one of the other photographers who made {item} together?",
        Party, after="joint_authorship",
    )
    coauthor_died_on: DateRange | None = _date(
        "On what date did the last of the other photographers of {item} die?",
        "Did the last of the other photographers of {item} die {when}?",
        after="joint_authorship",
    )
    crown_direction: bool | None = _yes_no(
        "Was {item} made or published by or under the direction or control of the "
        "government (the Crown or a government department)?"
    )
    crown_agreement: bool | None = _yes_no(
        "Did the photographer of {item} and the government agree that the government "
        "would not own its copyright?",
        after="crown_direction",
    )
    first_published_on: DateRange | None = _date(
        "On what date was {item} first published?", "Was {item} first published {when}?",
        after="crown_direction",
    )
    made_in_course_of_employment: bool | None = _yes_no(
        "Was {item} made by an employee in the course of employment?"
    )
    employer: Party | None = _choice(
        "Was the claimant the employer of the author of {item}?", Party, after="made_in_course_of_employment"
    )
    employment_agreement_to_contrary: bool | None = _yes_no(
        "Did the photographer of {item} and the employer agree that the employer would not "
        "own its copyright?",
        after="made_in_course_of_employment",
    )
    commissioned: bool | None = _yes_no(
        "Was {item} ordered and paid for by someone other than its author?"
    )
    commissioner: Party | None = _choice(
        "Was it the claimant who ordered and paid for {item}?", Party, after="commissioned"
    )
    commissioned_on: DateRange | None = _date(
        "On what date was {item} ordered?", "Was {item} ordered {when}?", after="commissioned"
    )
    commission_agreement_to_contrary: bool | None = _yes_no(
        "Did the photographer of {item} and the person who ordered it agree that the person "
        "who ordered it would not own its copyright?",
        after="commissioned",
    )
    negative_owner: Holder | None = _choice(
        "Who owned the initial negative of {item} (or, with no negative, the initial "
        "photograph) when it was made: the claimant, the photographer, or someone else?",
        Holder, converter=_as_holder,
    )
    negative_owner_kind: PersonKind | None = _choice(
        "Was the owner of the initial negative of {item} a natural person (a human being) "
        "or a legal person (a company or other organisation)?",
        PersonKind, after="negative_owner",
    )
    negative_owner_deceased: bool | None = _yes_no(
        "Has the owner of the initial negative of {item} died?", after="negative_owner"
    )
    negative_owner_died_on: DateRange | None = _date(
        "On what date did the owner of the initial negative of {item} die?",
        "Did the owner of the initial negative of {item} die {when}?",
        after="negative_owner_deceased", when=True,
    )
    transfers: tuple[Transfer, ...] | None = _fact(
        "Was the copyright in {item} ever transferred (assigned, or inherited on "
        "a death)? List every transfer; none is an answer.",
        FactKind.LIST,
        ((),),
    )
    moral_rights_waived: bool | None = _yes_no(
        "Were the moral rights in {item} waived?"
    )
    moral_rights_waiver_partial: bool | None = _yes_no(
        "Was the waiver of the moral rights in {item} only in part (some rights or some "
        "uses), or only in favour of particular persons?",
        after="moral_rights_waived",
    )
    moral_rights_heir: Party | None = _choice(
        "Since the death of the author of {item}, have its moral rights passed to the "
        "claimant (on that death, or on the death of a later holder of them)?",
        Party,
        after="author_deceased",
    )
    posted_publicly: bool | None = _yes_no(
        "Was {item} posted to a publicly accessible web page on the internet?"
    )
    first_posted_publicly_on: DateRange | None = _date(
        "On what date was {item} first posted to a publicly accessible web page?",
        "Was {item} first posted publicly {when}?", after="posted_publicly", when=True,
    )
    in_biometric_database: bool | None = _yes_no(
        "Is or was {item}, or biometric data taken from it, in Clearview's biometric database?"
    )
    author_residence: tuple[Period, ...] | None = _fact(
        "During which periods was the author of {item} resident in Canada? (none is an answer)",
        FactKind.LIST, ((),),
    )
    author_citizenship: tuple[Period, ...] | None = _fact(
        "During which periods was the author of {item} a citizen of Canada? (none is an answer)",
        FactKind.LIST, ((),),
    )
    proof: Mapping[str, Proof] = _proof()


@frozen
class PoliceUse:
    """A use of one of the record's photographs by a police force."""

    photograph: str
    agency: Agency | None = _choice("Which police force made {item}?", Agency)
    unit: Unit | None = _choice("Which unit of the force made {item}?", Unit)
    account: AccountKind | None = _choice(
        "Was {item} made with a paid licence or a trial account?", AccountKind
    )
    service: Service | None = _choice(
        "Was {item} a search of Clearview's service?", Service
    )
    used_on: DateRange | None = _date("On what date was {item} made?", "Was {item} made {when}?")
    proof: Mapping[str, Proof] = _proof()


@frozen
class Statements:
    """What the claimant says about things the lists above do not show."""

    unlisted_collected_photograph_depicts_claimant: bool | None = _yes_no(
        "Apart from any photographs listed, does a photograph collected by Clearview "
        "show the claimant's face?"
    )
    holds_rights_in_unlisted_collected_photograph: bool | None = _yes_no(
        "Apart from any photographs listed, does the claimant hold copyright or moral "
        "rights in a photograph collected by Clearview?"
    )
    rcmp_used_unlisted_photograph_of_claimant: bool | None = _yes_no(
        "Apart from any uses listed, did the RCMP use a photograph of the claimant "
        "to search Clearview's service?"
    )
    authored_unlisted_collected_photograph: bool | None = _yes_no(
        "Apart from any photographs listed, did the claimant take a photograph collected by "
        "Clearview?"
    )
    received_grant_in_unlisted_collected_photograph: bool | None = _yes_no(
        "Apart from any photographs listed, was the copyright in a photograph collected by "
        "Clearview assigned or licensed to the claimant?"
    )
    unlisted_database_image_depicts_claimant: bool | None = _yes_no(
        "Apart from any photographs listed, is or was an image of the claimant's face, or "
        "biometric data of the claimant, in Clearview's biometric database?"
    )
    unlisted_photograph_of_claimant_posted_publicly: bool | None = _yes_no(
        "Apart from any photographs listed, was a photograph of the claimant's face posted to "
        "a publicly accessible web page?"
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
    )
    channel: Channel | None = _choice("Was {item} submitted online or sent by mail?", Channel)
    proof: Mapping[str, Proof] = _proof()


@frozen
class Contact:
    """How to reach the claimant: personal data, carried but never used by the rules."""

    name: str | None = None
    email: str | None = None
    address: str | None = None


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
        "(none is an answer)",
        FactKind.LIST, ((),),
    )
    schema_version: int | None = None  # absent: 1 (schemas/README.md, "Versions")

    def payment_claim(self, proceeding: str) -> tuple[int, PaymentClaim] | None:
        """The claim for payment filed in a proceeding, with its position, if the record has one."""
        for index, claim in enumerate(self.payment_claims or ()):
            if claim.proceeding == proceeding:
                return index, claim
        return None

    def photograph(self, photograph_id: str) -> tuple[int, Photograph] | None:
        """The position and value of a photograph by its id, if the record has it."""
        for index, photo in enumerate(self.photographs):
            if photo.id == photograph_id:
                return index, photo
        return None
