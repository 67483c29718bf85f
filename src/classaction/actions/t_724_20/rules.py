"""The rules of file T-724-20: Doan v. His Majesty the King (RCMP use of Clearview).

Each criterion below implements one span of a class definition in
``seeds/t-724-20.json`` (quoted from 000_f6320da5831e1abe.txt) and is
registered under that criterion's id. The words it implements stand in its
docstring; the readings it depends on (seeds/t-724-20.json, readings) are named where
they act.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

import attrs

from ...actions.t_724_20.readings import (
    SEED,
    CollectionDate,
    RcmpUse,
    Readings,
    ResidencyWindow,
    RightsHeld,
    SubmittedPhotographs,
    TargetedPhotographs,
    accepts_proof,
)
from ...engine.cite import Citation, in_seed, joined, source
from ...engine.core import (
    ActionRules,
    Context,
)
from ...engine.dates import DateRange
from ...engine.facts import FactSpec
from ...engine.logic import FALSE, TRUE, UNKNOWN, Tri, agree, all_of, any_of, tri
from ...law.copyright import (
    S14_1_1,
    claimant_holds_copyright,
    claimant_holds_moral_rights,
)
from ...law.persons import born_by, not_dead_before
from ...law.residence import began_by, complete, covers, days_said, other_periods
from ...records.claim import (
    CANADA,
    AccountKind,
    Agency,
    Claim,
    Period,
    Person,
    PersonKind,
    Photograph,
    PoliceUse,
    Service,
    Unit,
)
from ...records.items import UNKNOWN_PHOTOGRAPH, UNLISTED_PHOTOGRAPH, UNLISTED_USE
from ...records.seed import claim_rules, load_action

# Citations (classaction.engine.cite): the seed document by its file name, read by its title.
SEED_000 = source("000_f6320da5831e1abe.txt")
SEED_001 = source("001_229046a7ddf8a8b3.txt")
TIMELINE_CITED = Citation(
    SEED_000, ": Clearview \"has since suspended RCMP access\"",
    in_seed(SEED, "timeline", "rcmp-access-ends"),
)
R10_CITED = Citation(
    SEED_000, ", the words \"the photographs collected by Clearview\", as reading R10 reads them",
    in_seed(SEED),
)
R6_CITED = Citation(
    SEED_000, ", the words \"the photographs collected by Clearview\", as reading R6 reads them",
    in_seed(SEED),
)
EXISTS = Citation(
    SEED_000, ", the words that begin each class (\"All natural persons\", \"All natural or legal "
    "persons\"), read in the present tense on the as-of date", in_seed(SEED, "reading R1"),
)
DIED_HOLDS_NONE = Citation(
    "Copyright Act, R.S.C. 1985, c. C-42, s. 14.2(2); ", EXISTS,
)
CLOSURE = (
    "the claim record (schemas/claim.schema.json, statements): a list of photographs or uses "
    "says nothing of what it leaves out; the claimant's statement does"
)

Ctx = Context[Readings]
_LEGAL = PersonKind.LEGAL  # a global: a member looked up on its enum is slow (see _logic.TRUE)

# An item the claimant says exists but the record does not describe presupposes the statement
# that says so (its ``after``): asked only once the statement is made.
UNLISTED_FACE = attrs.evolve(
    UNLISTED_PHOTOGRAPH, after="/statements/unlisted_collected_photograph_depicts_claimant"
)
UNLISTED_RIGHTS = attrs.evolve(
    UNLISTED_PHOTOGRAPH, after="/statements/holds_rights_in_unlisted_collected_photograph"
)
BLANK_PHOTOGRAPH = Photograph(id="-")
BLANK_USE = PoliceUse(photograph="-")


# --- persons -------------------------------------------------------------------


def _is_natural(ctx: Ctx, claim: Claim) -> Tri:
    kind = ctx.field(claim.claimant, "/claimant", "kind")
    return UNKNOWN if kind is None else tri(kind is PersonKind.NATURAL)


@cache
def _in_canada(
    test: Callable[[Ctx, Period, str, dt.date], Tri],
) -> Callable[[Ctx, Period, str, dt.date], Tri]:
    """A test of a period that holds only for a period in Canada: "residents or citizens of
    Canada" (000_f6320da5831e1abe.txt). A period that names no country is in Canada
    (schemas/README.md, "Versions"); the country is read only where one is named."""

    def in_canada(ctx: Ctx, period: Period, base: str, on: dt.date) -> Tri:
        if period.country is not None and ctx.field(period, base, "country") != CANADA:
            days_said(ctx, period, base)
            return FALSE
        return test(ctx, period, base, on)

    in_canada.__name__ = f"{test.__name__}_in_canada"
    return in_canada


def _status(
    ctx: Ctx, person: Person, name: str, test: Callable[[Ctx, Period, str, dt.date], Tri]
) -> Tri:
    periods: tuple[Period, ...] | None = ctx.field(person, "/claimant", name)
    if periods is None:
        return UNKNOWN
    if any(period.country is not None for period in periods):
        test = _in_canada(test)
    status = ctx.some(periods, f"/claimant/{name}", test, ctx.readings.as_of)
    said_complete = person.residence_complete_for is not None or person.citizenship_complete_for is not None
    if status is FALSE and said_complete and not complete(ctx, person, name, CANADA):
        # The list gives every period only for other countries: of Canada it says nothing. A
        # period in Canada not listed is asked for, and tested when supplied.
        where = f"/claimant/{name}/-"
        other = ctx.unlisted(where, other_periods(name, CANADA))
        return UNKNOWN if other is None else _in_canada(test)(ctx, other, where, ctx.readings.as_of)
    return status


def _resident_or_citizen(
    ctx: Ctx, person: Person, test: Callable[[Ctx, Period, str, dt.date], Tri]
) -> Tri:
    """Residence, else citizenship: once one is held the other is not read, so not asked for.

    Written as a loop rather than a lazy generator handed to any_of(), so that
    what is read does not depend on how the call is evaluated.
    """
    result = FALSE
    for name in ("residence", "citizenship"):
        status = _status(ctx, person, name, test)
        if status is TRUE:
            return TRUE
        if status is UNKNOWN:
            result = UNKNOWN
    return result


def _status_began_by(ctx: Ctx, person: Person, on: dt.date) -> Tri:
    """Whether a period of residence or citizenship is stated to start on or before a date.

    Such a period shows the person was born by then (a period cannot start
    before birth: the record is refused otherwise). Read only as evidence, never asked for.
    """
    for name in ("residence", "citizenship"):
        periods = ctx.optional(person, "/claimant", name)
        for i, period in enumerate(periods or ()):
            start: DateRange | None = ctx.optional(period, f"/claimant/{name}/{i}", "start")
            if start is not None and start.on_or_before(on) is TRUE:
                return TRUE
    return UNKNOWN


def _exists_on_as_of(ctx: Ctx, claim: Claim) -> Tri:
    """A natural person exists on the as-of date: born by it and not dead before it.

    Every class begins "All natural persons" or "All natural or legal persons"
    (000_f6320da5831e1abe.txt): a status in the present tense, assessed on the
    as-of date (reading R1), under every reading. A person is alive on the day
    of their death. A deceased person's rights are held by the estate or heirs,
    which the words "natural persons" do not reach.
    """
    person, on = claim.claimant, ctx.readings.as_of
    born = born_by(ctx, person, "/claimant", on, lambda: _status_began_by(ctx, person, on))
    rule = (
        f"a natural person is a member only if alive on {on.isoformat()}: "
        "born by then and not dead before it"
    )
    if born is FALSE:
        ctx.because(f"{rule}; born after {on.isoformat()}", EXISTS)
        return FALSE
    alive = all_of((born, not_dead_before(ctx, person, "/claimant", on)))
    if alive is FALSE:
        # A trial's lawyer read "do not reach ... heirs" as if an heir could not be a member:
        # what does not pass is the deceased's membership; an heir is a person of their own.
        ctx.because(
            f"{rule}; a member's place in the class does not pass to the estate or heirs (an "
            "heir who now holds rights of their own is a person of their own, on a record of "
            "their own)",
            EXISTS,
        )
    else:
        ctx.because(f"{rule} (alive on the day of death)", EXISTS)
    return alive


def natural_person(ctx: Ctx, claim: Claim) -> Tri:
    """PB.natural_person and TI.natural_person: "All natural persons" (000_f6320da5831e1abe.txt).

    A natural person who exists on the as-of date (reading R1): born by it, not dead before it.
    """
    natural = _is_natural(ctx, claim)
    if natural is FALSE:
        return FALSE
    return all_of((natural, _exists_on_as_of(ctx, claim)))


def resident_or_citizen(ctx: Ctx, claim: Claim) -> Tri:
    """PB.resident_or_citizen: "who are either residents or citizens of Canada".

    Reading R2: on the as-of date (R1), or on some day up to it. The person
    must in any case be alive on the as-of date (PB.natural_person); a period
    of residence or citizenship lies within the person's life (the record is
    refused otherwise), so a period begun by the as-of date has a day on which
    the person was both alive and a resident or citizen.
    """
    person = claim.claimant
    if ctx.readings.residency_window is ResidencyWindow.ANY_TIME_UP_TO_AS_OF:
        ctx.because("resident or citizen at some time up to the as-of date (reading R2)", SEED_000)
        return _resident_or_citizen(ctx, person, began_by)
    status = _resident_or_citizen(ctx, person, covers)
    # Said whatever the answer: where it excludes (one who left Canada in 2019) the day it is
    # tested on decides as much as where it admits; a lawyer found it said only of the latter.
    on = ctx.readings.as_of
    ctx.because(f"resident or citizen on {on.isoformat()} (readings R1, R2)", SEED_000)
    return status


# --- photographs and uses ------------------------------------------------------------


def _collected(ctx: Ctx, photo: Photograph, base: str, claim: Claim) -> Tri:
    """One of "the photographs collected by Clearview" (the "Collected Photographs").

    Reading R6: collected on or before the as-of date, or at any time. Reading
    R10: a photograph submitted to Clearview's service in a search counts as
    collected (on the day of the search), or only what the record says
    Clearview collected. Under R10 = collected the search is read first, so
    that a person whose photograph was searched is not asked what Clearview
    collected, which she cannot know.
    """
    readings = ctx.readings
    if readings.submitted_photographs is SubmittedPhotographs.COLLECTED:
        submitted = _submitted(ctx, photo, claim)
        if submitted is TRUE:
            ctx.because(
                "a photograph submitted to Clearview's service in a search counts as collected by "
                "Clearview (reading R10)", R10_CITED,
            )
            return TRUE
    else:
        submitted = FALSE
    collected = tri(ctx.field(photo, base, "collected_by_clearview"))
    if collected is not FALSE and readings.collection_date is CollectionDate.ON_OR_BEFORE_AS_OF:
        made: DateRange | None = ctx.optional(photo, base, "made_on")
        if made is not None and made.earliest > readings.as_of:
            # Not collected before it was made: a trial's lawyer saw a photograph taken in 2023
            # asked of as collected "on or before 8 July 2020" (records/consistency.py refuses a
            # collection dated before the making).
            ctx.because(
                f"made after {readings.as_of.isoformat()}, so not collected by it (reading R6: "
                "collected on or before the as-of date)", R6_CITED,
            )
            return submitted
        on: DateRange | None = ctx.field(photo, base, "collected_on")
        collected = all_of((collected, UNKNOWN if on is None else on.on_or_before(readings.as_of)))
    elif collected is TRUE and ctx.explains:
        # A collection the record dates after the as-of date counts only by reading R6's
        # default (no limit): said, where a lawyer's trial saw the photograph qualify with no
        # word of the date or of the reading it rests on (compare -r R6=... showed it).
        after: DateRange | None = ctx.optional(photo, base, "collected_on")
        if after is not None and after.earliest > readings.as_of:
            ctx.because(
                f"collected after {readings.as_of.isoformat()}, which counts as the definition "
                "states no date for the collection (reading R6)", R6_CITED,
            )
        elif after is None:
            # Taken after the as-of date, so collected after it (a later trial's teen, a
            # member by selfies "since 2021" beside a copyright class that said they did not
            # exist on 2020-07-08, read it as a contradiction): said as the collection is. An
            # aside the value does not rest on: read without a trace, as the facts the finding
            # lists are those it rests on.
            made = ctx.as_supplied(photo, base, "made_on")
            if isinstance(made, DateRange) and made.earliest > readings.as_of:
                ctx.because(
                    f"taken after {readings.as_of.isoformat()}, so collected after it, which "
                    "counts as the definition states no date for the collection (reading R6)",
                    R6_CITED,
                )
    return any_of((submitted, collected))


def _submitted(ctx: Ctx, photo: Photograph, claim: Claim) -> Tri:
    """Whether a police use of the record submitted the photograph to Clearview's service (reading
    R10); under reading R6 = on_or_before_as_of, by the as-of date, the day of the search being the
    day of its collection. Read only for the photographs the uses name."""
    found = FALSE
    for index, use in enumerate(claim.police_uses):
        if use.photograph != photo.id:
            continue
        base = f"/police_uses/{index}"
        service = ctx.field(use, base, "service")
        searched = UNKNOWN if service is None else tri(service is Service.CLEARVIEW)
        if searched is not FALSE and ctx.readings.collection_date is CollectionDate.ON_OR_BEFORE_AS_OF:
            on: DateRange | None = ctx.field(use, base, "used_on")
            searched = all_of((searched, UNKNOWN if on is None else on.on_or_before(ctx.readings.as_of)))
        found = any_of((found, searched))
        if found is TRUE:
            break
    return found


def _face_in_collected(ctx: Ctx, photo: Photograph, base: str, claim: Claim) -> Tri:
    face = tri(ctx.field(photo, base, "claimant_face_appears"))
    if face is FALSE:
        return FALSE
    return all_of((face, _collected(ctx, photo, base, claim)))


def _exists(
    ctx: Ctx,
    claim: Claim,
    listed: Tri,
    statement: str,
    statement_suffices: bool,
    unlisted: tuple[str, FactSpec, Callable[[Ctx, Any, str], Tri], object],
) -> Tri:
    """Whether a qualifying item exists, from the listed items and the claimant's statement.

    The statement "another, not listed, qualifies" settles the question when
    the readings in force ask nothing more of that item than the statement
    says; otherwise the item itself must be described.
    """
    if listed is TRUE:
        return TRUE
    said = ctx.field(claim.statements, "/statements", statement)
    pointer, spec, test, blank = unlisted
    if said is False:
        ctx.because("the claimant states that nothing else qualifies", CLOSURE)
        return listed
    if statement_suffices:
        if said is None:
            return UNKNOWN
        ctx.because("the claimant states that another item, not listed, qualifies", CLOSURE)
        return TRUE
    item = ctx.unlisted(pointer, spec, lambda scratch: test(scratch, blank, pointer))
    if said is None or item is None:
        return UNKNOWN
    return any_of((listed, test(ctx, item, pointer)))


def face_in_collected_photograph(ctx: Ctx, claim: Claim) -> Tri:
    """PB.face_in_collected_photograph: "whose faces appear in the photographs collected by Clearview".

    Reading R6: no limit on the collection date, or on or before the as-of date. Reading R10:
    whether a photograph submitted in a search counts as collected.
    """
    listed = ctx.some(claim.photographs, "/photographs", _face_in_collected, claim)
    return _exists(
        ctx, claim, listed, "unlisted_collected_photograph_depicts_claimant",
        statement_suffices=ctx.readings.collection_date is CollectionDate.NO_LIMIT,
        unlisted=(
            "/photographs/-", UNLISTED_FACE,
            lambda ctx, photo, base: _face_in_collected(ctx, photo, base, claim), BLANK_PHOTOGRAPH,
        ),
    )


def _rcmp_clearview_use(ctx: Ctx, use: PoliceUse, base: str) -> Tri:
    """A use by the RCMP to use Clearview's services, made by the as-of date; under reading R5
    only the NCECC's paid licences."""
    agency = ctx.field(use, base, "agency")
    by_rcmp = UNKNOWN if agency is None else tri(agency is Agency.RCMP)
    if by_rcmp is FALSE:
        return FALSE
    service = ctx.field(use, base, "service")
    clearview = UNKNOWN if service is None else tri(service is Service.CLEARVIEW)
    if clearview is FALSE:
        return FALSE
    conditions = [by_rcmp, clearview]
    if ctx.readings.rcmp_use is RcmpUse.LICENSED_NCECC:
        # 001_229046a7ddf8a8b3.txt: the NCECC held two paid licences.
        unit = ctx.field(use, base, "unit")
        account = ctx.field(use, base, "account")
        conditions.append(UNKNOWN if unit is None else tri(unit is Unit.NCECC))
        conditions.append(UNKNOWN if account is None else tri(account is AccountKind.PAID))
        if ctx.explains:
            ctx.because("only a use under the NCECC's paid licences counts (reading R5)",
                        joined(SEED_000, SEED_001))
    elif ctx.explains:
        # Named where it applies (a trial's lawyer found R5 only under its alternative), with
        # the unit and the account where the alternative would turn on them (a unit other than
        # the NCECC, an account other than a paid one): a lawyer could not see why "Read
        # otherwise" moved the class.
        if use.unit not in (None, Unit.NCECC) or use.account not in (None, AccountKind.PAID):
            ctx.shown(use, base, "unit", "account")
        ctx.because("a use by any unit of the RCMP, on any account, counts (reading R5)", SEED_000)
    if all_of(conditions) is FALSE:
        return FALSE
    conditions.append(_used_by_as_of(ctx, use, base))
    return all_of(conditions)


@cache
def access_ended() -> DateRange:
    """When the RCMP's access to Clearview's service ended: the seed's event ``rcmp-access-ends``
    (000_f6320da5831e1abe.txt, 2020-07-20: Clearview announced on 2020-07-06 that it would cease
    to offer its service in Canada "and has since suspended RCMP access")."""
    return DateRange.parse(load_action(SEED).event(ACCESS_ENDS).on)


ACCESS_ENDS = "rcmp-access-ends"


def _used_by_as_of(ctx: Ctx, use: PoliceUse, base: str) -> Tri:
    """"had been used": an RCMP use of Clearview's service made on or before the as-of date.

    The words state a status on the as-of date (reading R1): a use after it had not yet
    happened. A use whose date is not given lies before any as-of date on or after the end of
    the RCMP's access to Clearview (an event of the seed, with its source); for an earlier
    as-of date its date is asked for.
    """
    on = ctx.readings.as_of
    ended = access_ended()
    if ended.on_or_before(on) is TRUE:
        used: DateRange | None = ctx.optional(use, base, "used_on")
        if used is None:
            ctx.because(
                f"its date is not given; the RCMP's access to Clearview's service ended by "
                f"{ended.latest.isoformat()} at the latest, so it was made on or before "
                f"{on.isoformat()}", TIMELINE_CITED,
            )
            return TRUE
    else:
        used = ctx.field(use, base, "used_on")
        if used is None:
            return UNKNOWN
    made = used.on_or_before(on)
    if made is not UNKNOWN:
        ctx.because(
            f"a use counts only if made on or before {on.isoformat()}: \"had been used\" states "
            "a status on the as-of date (reading R1)", SEED_000,
        )
    return made


def _photograph_of_claimant(ctx: Ctx, claim: Claim, use: PoliceUse, base: str) -> Tri:
    """One of "their photographs" (reading R4)."""
    found = claim.photograph(use.photograph)
    if found is None:
        where = f"{base}/photograph"
        photo = ctx.unlisted(
            where, UNKNOWN_PHOTOGRAPH, lambda scratch: _depicts(scratch, BLANK_PHOTOGRAPH, where)
        )
        if photo is None:
            return UNKNOWN
    else:
        index, photo = found
        where = f"/photographs/{index}"
    return _depicts(ctx, photo, where)


def _depicts(ctx: Ctx, photo: Photograph, where: str) -> Tri:
    depicts = tri(ctx.field(photo, where, "claimant_face_appears"))
    depicting = ctx.readings.targeted_photographs is TargetedPhotographs.DEPICTING
    if depicting or depicts is TRUE:
        if ctx.explains:
            # Named where it applies, as R5 is (a trial's lawyer found neither cited).
            ctx.because(
                "\"their photographs\": those that show the claimant's face (reading R4)"
                if depicting else
                "a photograph that shows the claimant's face is theirs (reading R4)", SEED_000,
            )
        return depicts
    ctx.because("a photograph in which the claimant holds copyright counts (reading R4)", SEED_000)
    return any_of((depicts, claimant_holds_copyright(ctx, photo, where, ctx.readings.as_of)))


def _targeted(ctx: Ctx, use: PoliceUse, base: str, claim: Claim) -> Tri:
    """A use by the RCMP of one of the claimant's photographs, to use Clearview's services."""
    used = _rcmp_clearview_use(ctx, use, base)
    if used is FALSE:
        return FALSE
    return all_of((used, _photograph_of_claimant(ctx, claim, use, base)))


def photograph_used_by_rcmp(ctx: Ctx, claim: Claim) -> Tri:
    """TI.photograph_used_by_rcmp: "whose photographs had been used by the RCMP for the purpose of
    using Clearview’s services".

    "had been used": by the as-of date (reading R1). Readings R4 (which photographs are theirs)
    and R5 (which uses count). The claimant's statement that the RCMP used another photograph
    of them says nothing of when: it settles the criterion only where every RCMP use of
    Clearview lies before the as-of date (the end of access, an event of the seed).
    """
    listed = ctx.some(claim.police_uses, "/police_uses", _targeted, claim)
    return _exists(
        ctx, claim, listed, "rcmp_used_unlisted_photograph_of_claimant",
        statement_suffices=(
            ctx.readings.rcmp_use is RcmpUse.ANY
            and access_ended().on_or_before(ctx.readings.as_of) is TRUE
        ),
        unlisted=("/police_uses/-", UNLISTED_USE, _rcmp_clearview_use, BLANK_USE),
    )


def natural_or_legal_person(ctx: Ctx, claim: Claim) -> Tri:
    """CI.natural_or_legal_person: "All natural or legal persons": any person who exists on the
    as-of date; a natural person must be alive on it (reading R1).

    The record has no fact for a legal person ceasing to exist: a legal person counts.
    """
    kind = ctx.field(claim.claimant, "/claimant", "kind")
    if kind is _LEGAL:
        return TRUE
    exists = _exists_on_as_of(ctx, claim)
    # Kind left out: a legal person counts, a natural person only if alive.
    return exists if kind is not None else agree((TRUE, exists))


def _holds_rights(ctx: Ctx, photo: Photograph, base: str, claim: Claim) -> Tri:
    """Whether the claimant holds the rights reading R3 asks for in one collected photograph."""
    collected = _collected(ctx, photo, base, claim)
    if collected is FALSE:
        return FALSE
    readings = ctx.readings
    natural = _is_natural(ctx, claim)
    both = readings.rights_held is RightsHeld.BOTH
    # What is concluded is said only where reasons are kept (a full evaluation): the words are
    # not made for a context that drops them, photograph after photograph.
    explains = ctx.explains

    # Each right is asked through ctx.once: weighing an answer to a fact that only the other
    # right, or only the collection, reads takes its value as worked out before.
    def copyright_held() -> Tri:
        held = ctx.once(claimant_holds_copyright, photo, base, readings.as_of, natural)
        if explains:
            on = readings.as_of.isoformat()
            _conclude(ctx, held, f"the copyright in it on {on}", COPYRIGHT_HELD)
        return held

    def moral_held() -> Tri:
        held = ctx.once(claimant_holds_moral_rights, photo, base, readings.as_of, natural)
        if explains:
            on = readings.as_of.isoformat()
            _conclude(ctx, held, f"the moral rights in it on {on}", MORAL_HELD)
        return held

    # Reading R3: either right suffices, or both are needed. The second right is not worked
    # out when the first already decides, so that only what decided is said. Under "either"
    # the moral rights come first: they rest on authorship alone, where the copyright may
    # rest on presumptions (no commission, no employment, no transfer) that they do not need.
    first, second = (copyright_held, moral_held) if both else (moral_held, copyright_held)
    one = first()
    if one is (FALSE if both else TRUE):
        ctx.because(_R3_WORDS[both], R3_CITED)
        return all_of((collected, one))
    other = second()
    rights = all_of((one, other)) if both else any_of((one, other))
    if rights is not UNKNOWN and one is not other:
        # Said where it decides, one right held and not the other: of a photograph in which
        # neither (or both) is held, either reading gives the same (a lawyer read "holding
        # either right suffices" of photographs in which no right was held).
        ctx.because(_R3_WORDS[both], R3_CITED)
    return all_of((collected, rights))


# Reading R3 (seeds/t-724-20.json, readings): "holding copyright and moral rights".
_R3_WORDS = {
    False: "holding either right suffices (reading R3 = either)",
    True: "both rights are needed in the same photograph (reading R3 = both)",
}
R3_CITED = Citation(
    SEED_000, ", the words \"holding copyright and moral rights\", as reading R3 reads them",
    in_seed(SEED),
)
COPYRIGHT_HELD = "Copyright Act, R.S.C. 1985, c. C-42, ss. 13, 14 (who owns the copyright)"
MORAL_HELD = "Copyright Act, R.S.C. 1985, c. C-42, ss. 14.1, 14.2 (who holds the moral rights)"


def _conclude(ctx: Ctx, held: Tri, what: str, citation: str) -> None:
    """Say what the rules above found the claimant to hold, when they found it."""
    if held is TRUE:
        ctx.because(f"so the claimant holds {what}", citation)
    elif held is FALSE:
        ctx.because(f"so the claimant does not hold {what}", citation)


def holds_rights_in_collected_photograph(ctx: Ctx, claim: Claim) -> Tri:
    """CI.holds_rights_in_collected_photograph: "holding copyright and moral rights with respect to
    the Collected Photographs".

    Held on the as-of date (R1). Reading R3: either right, or both in the same
    photograph; R6: collection date; R7: whether a waived moral right is held; R10: whether a
    photograph submitted in a search counts as collected.
    """
    readings = ctx.readings
    # A natural person the record says died before the as-of date holds no right on it: their
    # moral rights passed on their death (Copyright Act s. 14.2(2)), their copyright with the
    # rest of their estate (one who died in 2019 read as holding the moral rights in 2020). Not
    # of a claimant of no stated kind, who could be a legal person. The class fails on its
    # first condition all the same (_exists_on_as_of), so the record is looked at directly,
    # never asked: no outcome and no missing fact moves, and an answer weighed for a death
    # not given is decided by that first condition. Where it decides, its two facts are read
    # through the context, so that the finding says them, and they must hold there too: under
    # reading R8 a fact without the proof it asks for is not taken (then the first condition
    # is open, and so is this one, as before).
    # The date is the one read through the context too, where an answer may move it (a trial's
    # developer moved a death of 2019 to 2021 with what_if and was told NOT_MEMBER).
    person = claim.claimant
    died: DateRange | None = None
    if person.kind is PersonKind.NATURAL and person.died_on is not None \
            and person.died_on.latest < readings.as_of \
            and ctx.optional(person, "/claimant", "kind") is PersonKind.NATURAL \
            and (died := ctx.optional(person, "/claimant", "died_on")) is not None \
            and died.latest < readings.as_of:
        ctx.because(
            # "any": a trial's lawyer read "the moral rights passed on the death" of a claimant
            # who never held them (someone else took the photograph).
            f"a claimant who died before {readings.as_of.isoformat()} holds no right on that day: "
            "any moral rights they held passed on the death, any copyright to the estate",
            DIED_HOLDS_NONE,
        )
        return FALSE
    listed = ctx.some(claim.photographs, "/photographs", _holds_rights, claim)
    statement = "holds_rights_in_unlisted_collected_photograph"
    if readings.rights_held is RightsHeld.BOTH and listed is not TRUE and \
            ctx.optional(claim.statements, "/statements", statement) is not False and \
            _is_natural(ctx, claim) is FALSE:
        # Reading R3 = both: a legal person holds no moral rights in any photograph (Copyright
        # Act s. 14.1(1); law.copyright.claimant_holds_moral_rights; R3's reason in
        # seeds/t-724-20.json), so no photograph the record leaves out could give it both,
        # whatever it states of one: not asked to describe it (a company stating it holds
        # rights in one was left open, asked for a photograph that could not change it).
        ctx.because(
            # Begun with "not", as the short form says a reading that decides (present.text).
            "not both rights in any photograph: a legal person holds no moral rights "
            "(reading R3 = both)", S14_1_1,
        )
        return listed
    return _exists(
        ctx, claim, listed, statement,
        statement_suffices=(
            readings.rights_held is RightsHeld.EITHER
            and readings.collection_date is CollectionDate.NO_LIMIT
        ),
        unlisted=(
            "/photographs/-", UNLISTED_RIGHTS,
            lambda ctx, photo, base: _holds_rights(ctx, photo, base, claim), BLANK_PHOTOGRAPH,
        ),
    )


CRITERIA: Mapping[str, Callable[[Ctx, Claim], Tri]] = {
    "PB.natural_person": natural_person,
    "PB.resident_or_citizen": resident_or_citizen,
    "PB.face_in_collected_photograph": face_in_collected_photograph,
    "TI.natural_person": natural_person,
    "TI.photograph_used_by_rcmp": photograph_used_by_rcmp,
    "CI.natural_or_legal_person": natural_or_legal_person,
    "CI.holds_rights_in_collected_photograph": holds_rights_in_collected_photograph,
}



def label_for(criterion_id: str, readings: Readings) -> str | None:
    """A criterion's label as a reading away from its default reads it; None: the seed's."""
    if criterion_id == "PB.resident_or_citizen" and (
        readings.residency_window is ResidencyWindow.ANY_TIME_UP_TO_AS_OF
    ):
        return "was a resident or citizen of Canada at some time up to the as-of date (R2)"
    if criterion_id == "PB.face_in_collected_photograph":
        collected = _collected_words(readings)
        return None if collected is None else f"has a face that appears in a photograph {collected}"
    if criterion_id == "TI.photograph_used_by_rcmp":
        whose = (
            "a photograph of them or one they hold copyright in (R4)"
            if readings.targeted_photographs is TargetedPhotographs.DEPICTING_OR_COPYRIGHT
            else "a photograph of them"
        )
        how = (
            "the RCMP's NCECC, under a paid licence (R5)," if readings.rcmp_use is RcmpUse.LICENSED_NCECC
            else "the RCMP"
        )
        if whose != "a photograph of them" or how != "the RCMP":
            return f"had {whose} used by {how} to use Clearview's services"
        return None
    if criterion_id == "CI.holds_rights_in_collected_photograph":
        both = readings.rights_held is RightsHeld.BOTH
        collected = _collected_words(readings)
        if both or collected is not None:
            rights = (
                "holds both copyright and moral rights (R3) in one photograph" if both
                else "holds copyright or moral rights in a photograph"
            )
            return f"{rights} {collected or 'collected by Clearview'}"
    return None


def _collected_words(readings: Readings) -> str | None:
    """"collected by Clearview" as readings R6 and R10 read it; None when both are at their default."""
    by_as_of = readings.collection_date is CollectionDate.ON_OR_BEFORE_AS_OF
    submitted = readings.submitted_photographs is SubmittedPhotographs.COLLECTED
    if not (by_as_of or submitted):
        return None
    words = "Clearview collected by the as-of date (R6)" if by_as_of else "collected by Clearview"
    if submitted:
        words += ", or submitted to its service in a search (R10)"
    return words


@cache
def rules() -> ActionRules[Claim, Readings]:
    """The rules of T-724-20, with the action loaded from its seed."""
    return claim_rules(SEED, CRITERIA, accepts_proof, label=label_for)
