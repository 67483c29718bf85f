"""The rules of file T-713-20: Doan v. Clearview AI Inc. (copyright and moral rights).

The class is known only as a paraphrase (seeds/t-713-20.json, class CR, ``definition_status``
paraphrase): "residents or citizens of Canada who are authors of photographs collected by
Clearview and have not assigned or licensed their copyright, and the persons to whom that
copyright was assigned or licensed". Each criterion below implements one span of that paraphrase
and is registered under its id; who owns a copyright, and whether a grant is valid, is Canadian
copyright law (classaction.law.copyright), applied as this action's readings say (R9).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from functools import cache

import attrs

from ...engine.cite import Citation, Cited
from ...engine.core import ActionRules, Context
from ...engine.dates import DateRange
from ...engine.logic import FALSE, TRUE, UNKNOWN, Tri, agree, all_of, any_of, tri
from ...law.copyright import (
    NEMO_DAT,
    S13_4,
    S13_5,
    S13_7,
    claimant_first_owner,
    grant_valid,
    made_after,
    photographer_first_owner,
    photographer_held_at_grant,
    presumed_fact,
)
from ...law.persons import born_by, not_dead_before
from ...law.residence import began_by, covers, days_said, held_in, in_place
from ...records.claim import Claim as Claim
from ...records.claim import (
    Holder,
    Party,
    Period,
    PersonKind,
    Photograph,
    Service,
    Transfer,
    TransferKind,
)
from ...records.items import UNLISTED_PHOTOGRAPH
from ...records.seed import claim_rules
from ..t_724_20.readings import accepts_proof
from .readings import (
    SEED,
    CollectionDate,
    EndedGrants,
    GranteeResidence,
    GrantExtent,
    GrantorAuthor,
    HeirAsGrantee,
    LicenceKind,
    NotFirstOwner,
    Readings,
    ResidencyWindow,
    SubmittedPhotographs,
)

Ctx = Context[Readings]
# Citations (classaction.engine.cite): the class in the seed file, read as "class CR".
CLASS = Citation(
    Cited(f"seeds/{SEED}, class CR", "class CR"), " (a paraphrase of the class, after Law360 "
    "Canada, July 2025; the verbatim definition was not found)"
)
EXISTS = Citation(CLASS, ": its members are persons who exist on the as-of date (reading R1)")
# "who are authors": a status on the as-of date, as every class's is (BRIEF section 4, R1); a
# photograph is made before anyone is its author, and copyright subsists in it from then
# (Copyright Act, s. 5(1), s. 13(1)).
MADE_BY_AS_OF = Citation(CLASS, ": authors on the as-of date (reading R1); Copyright Act, s. 13(1)")
CLOSURE = (
    "the claim record (schemas/claim.schema.json, statements): a list of photographs says "
    "nothing of what it leaves out; the claimant's statement does"
)
# "the persons to whom that copyright was assigned or licensed", answered of one photograph by
# the claim record's granted_to_claimant (schemas/claim.schema.json, $defs/photograph).
NOT_GRANTED = Citation(
    CLASS, "; the claim record (schemas/claim.schema.json, photograph granted_to_claimant)"
)
_NATURAL = PersonKind.NATURAL
# The photograph a statement says exists but the record does not describe: asked for once the
# statement is made (its ``after``).
UNLISTED_AUTHORED = attrs.evolve(
    UNLISTED_PHOTOGRAPH, after="/statements/authored_unlisted_collected_photograph"
)
UNLISTED_GRANTED = attrs.evolve(
    UNLISTED_PHOTOGRAPH, after="/statements/received_grant_in_unlisted_collected_photograph"
)


# --- persons ---------------------------------------------------------------------------------


def _alive(ctx: Ctx, claim: Claim) -> Tri:
    """A natural person alive on the as-of date: born by it, not dead before it (BRIEF §4)."""
    person, on = claim.claimant, ctx.readings.as_of
    alive = all_of((born_by(ctx, person, "/claimant", on), not_dead_before(ctx, person, "/claimant", on)))
    if alive is not UNKNOWN:
        ctx.because(f"a natural person is a member only if alive on {on.isoformat()}", EXISTS)
    return alive


def author_natural_person(ctx: Ctx, claim: Claim) -> Tri:
    """CR.author_natural_person: "who are authors": an author of a photograph is a natural
    person (Copyright Act s. 13(1): the author is the photographer), alive on the as-of date."""
    kind = ctx.field(claim.claimant, "/claimant", "kind")
    natural = UNKNOWN if kind is None else tri(kind is _NATURAL)
    if natural is FALSE:
        ctx.because("an author is a natural person", CLASS)
        return FALSE
    return all_of((natural, _alive(ctx, claim)))


def _canadian(ctx: Ctx, claim: Claim, legal: bool = False) -> Tri:
    """Resident or citizen of Canada (reading R2: on the as-of date, or at some time up to it);
    a legal person qualifies by residence alone (it has no citizenship)."""
    on = ctx.readings.as_of
    test = began_by if ctx.readings.residency_window is ResidencyWindow.ANY_TIME_UP_TO_AS_OF else covers
    result = FALSE
    for history in ("residence",) if legal else ("residence", "citizenship"):
        status = held_in(ctx, claim.claimant, history, test, on, "CA")
        if status is TRUE:
            return TRUE
        if status is UNKNOWN:
            result = UNKNOWN
    return result


def resident_or_citizen(ctx: Ctx, claim: Claim) -> Tri:
    """CR.resident_or_citizen: "residents or citizens of Canada".

    Only periods in Canada count (a period that names no country is in Canada). Reading R2: on
    the as-of date (R1), or at some time up to it.
    """
    status = _canadian(ctx, claim)
    if status is not UNKNOWN:
        when = (
            "at some time up to the as-of date (reading R2)"
            if ctx.readings.residency_window is ResidencyWindow.ANY_TIME_UP_TO_AS_OF
            else f"on {ctx.readings.as_of.isoformat()} (readings R1, R2)"
        )
        ctx.because(f"a resident or citizen of Canada {when}", CLASS)
    return status


def person(ctx: Ctx, claim: Claim) -> Tri:
    """CR.person: "the persons": a legal person, or a natural person alive on the as-of date."""
    kind = ctx.field(claim.claimant, "/claimant", "kind")
    if kind is PersonKind.LEGAL:
        return TRUE
    alive = _alive(ctx, claim)
    return alive if kind is not None else agree((TRUE, alive))


# --- photographs -------------------------------------------------------------------------------


def _collected(ctx: Ctx, photo: Photograph, base: str, claim: Claim) -> Tri:
    """One of the "photographs collected by Clearview". Reading R6: collected by the as-of date,
    or at any time; R10: a photograph submitted to Clearview's service in a search counts, on the
    day of the search."""
    readings = ctx.readings
    limit = readings.collection_date is CollectionDate.ON_OR_BEFORE_AS_OF
    if readings.submitted_photographs is SubmittedPhotographs.COLLECTED:
        for index, use in enumerate(claim.police_uses):
            if use.photograph != photo.id:
                continue
            where = f"/police_uses/{index}"
            service = ctx.field(use, where, "service")
            searched = UNKNOWN if service is None else tri(service is Service.CLEARVIEW)
            if searched is not FALSE and limit:
                used: DateRange | None = ctx.field(use, where, "used_on")
                searched = all_of((searched, UNKNOWN if used is None else used.on_or_before(readings.as_of)))
            if searched is TRUE:
                ctx.because(
                    "a photograph submitted to Clearview's service in a search counts as collected "
                    "(reading R10)", CLASS,
                )
                return TRUE
    collected = tri(ctx.field(photo, base, "collected_by_clearview"))
    if collected is not FALSE and limit:
        on: DateRange | None = ctx.field(photo, base, "collected_on")
        collected = all_of((collected, UNKNOWN if on is None else on.on_or_before(readings.as_of)))
    return collected


def _made_by_as_of(ctx: Ctx, photo: Photograph, base: str, otherwise: Tri) -> Tri:
    """``otherwise``, what the photograph's other facts give, unless it was made after the as-of
    date, so that no one was its author, or held copyright in it, on that date. The date of
    making is read only where the rest does not exclude the photograph (it takes no part in an
    explanation it does not decide), by :func:`~classaction.law.copyright.made_after`: left
    out, it is never asked for here (s. 34.1(1)(a) presumes subsistence); given on both sides
    of the day, whether the photograph existed then is not known, and its date is asked (BRIEF
    §4; a trial found a member on such a photograph)."""
    if otherwise is FALSE:
        return FALSE
    after = made_after(ctx, photo, base, ctx.readings.as_of)
    if after is not TRUE:
        return all_of((otherwise, ~after))
    on = ctx.readings.as_of.isoformat()
    # Said as a conclusion ("so ..."), which the short form shows: its facts alone read as met.
    ctx.because(f"so no one was its author on {on}: it was made after that day", MADE_BY_AS_OF)
    return FALSE


# --- grants ----------------------------------------------------------------------------------


def _kind_counts(ctx: Ctx, transfer: Transfer, base: str, heir: bool) -> Tri:
    """Whether a transfer is an assignment or a licence as reading R11 counts them (any licence,
    or only an exclusive one: s. 13(7)); a succession counts only as reading R16 says."""
    kind = ctx.field(transfer, base, "kind")
    if kind is None:
        return UNKNOWN
    if kind is TransferKind.SUCCESSION:
        counts = tri(heir and ctx.readings.heir_as_grantee is HeirAsGrantee.YES)
        if counts is FALSE:  # an assignment or licence is made by the owner (s. 13(4))
            ctx.because(
                "a copyright inherited is not one assigned or licensed (reading R16)" if heir
                else "a succession on a death is neither an assignment nor a licence", S13_4,
            )
        return counts
    if kind is TransferKind.LICENCE and ctx.readings.licence_kind is LicenceKind.EXCLUSIVE_ONLY:
        ctx.because("only an exclusive licence counts as licensing (reading R11)", S13_7)
        return FALSE
    if kind is TransferKind.LICENCE:
        # Said, as the reading decides it: a trial's photographer, who had let a friend post
        # her photograph, read her photograph "does not qualify" with no reason given.
        ctx.because("a licence that is not exclusive counts as licensing too (reading R11)", CLASS)
    return TRUE


def _made_and_in_force(ctx: Ctx, transfer: Transfer, base: str) -> Tri:
    """Made by the as-of date; under reading R15 = in_force_only, not ended before it."""
    on = ctx.readings.as_of
    when: DateRange | None = ctx.field(transfer, base, "on")
    made = UNKNOWN if when is None else when.on_or_before(on)
    if made is FALSE or ctx.readings.ended_grants is EndedGrants.COUNT:
        return made
    if ctx.field(transfer, base, "ended") is False:
        return made
    ended: DateRange | None = ctx.field(transfer, base, "ended_on")
    in_force = UNKNOWN if ended is None else ended.on_or_after(on)
    if in_force is FALSE:
        ctx.because("a grant that ended before the as-of date does not count (reading R15)", CLASS)
    return all_of((made, in_force))


def _granted_away(ctx: Ctx, transfer: Transfer, base: str) -> Tri:
    """Whether a transfer is one by which the author "assigned or licensed their copyright"."""
    by = presumed_fact(
        ctx, transfer, base, "by", Holder.CLAIMANT,
        "each grant was made by the person who then owned the copyright", S13_4,
    )
    if by is Holder.OTHER:
        return FALSE
    counts = _kind_counts(ctx, transfer, base, heir=False)
    if counts is FALSE:
        return FALSE
    if ctx.readings.grant_extent is GrantExtent.WHOLE:
        extent = presumed_fact(
            ctx, transfer, base, "extent", None,
            # Not a presumption of the Act, which says nothing of a grant's extent (a
            # lawyer's trial read it credited to s. 34.1(1)): said so.
            "each grant covered the whole copyright (the Act presumes nothing of a grant's "
            "extent: read so where the record is silent)", S13_4,
        )
        whole = TRUE if extent is None and ctx.readings.copyright.presume else (
            UNKNOWN if extent is None else tri(extent.value == "whole")
        )
        if whole is FALSE:
            # s. 13(4): an assignment or licence may be of part; s. 13(5): the assignor stays
            # owner of the rights not assigned.
            ctx.because(
                "a grant of part of the copyright leaves the author holding the rest: not "
                "\"assigned or licensed their copyright\" (reading R12)", f"{S13_4}; {S13_5}",
            )
            return FALSE
    else:
        whole = TRUE
    return all_of((counts, whole, grant_valid(ctx, transfer, base), _made_and_in_force(ctx, transfer, base)))


def _author_keeping(ctx: Ctx, photo: Photograph, base: str, claim: Claim) -> Tri:
    """The claimant took this collected photograph and has not assigned or licensed the copyright
    in it (readings R11, R12, R15); under R17 = excluded, the copyright was theirs to begin with."""
    author = ctx.field(photo, base, "author")
    took = UNKNOWN if author is None else tri(author is Party.CLAIMANT)
    if took is FALSE:
        return FALSE
    collected = _collected(ctx, photo, base, claim)
    if collected is FALSE:
        return FALSE
    owned = TRUE
    if ctx.readings.author_not_first_owner is NotFirstOwner.EXCLUDED:
        owned = claimant_first_owner(ctx, photo, base)
        if owned is FALSE:
            ctx.because(
                "\"their copyright\": an author who never owned the copyright is not one (reading R17)",
                CLASS,
            )
            return FALSE
    transfers: tuple[Transfer, ...] | None
    if ctx.readings.copyright.presume:
        transfers = ctx.optional(photo, base, "transfers")
        if transfers is None:
            ctx.because(
                "presumed, as the record is silent: no grant was made",
                ctx.readings.copyright.s34_1_applied,
            )
            transfers = ()
    else:
        transfers = ctx.field(photo, base, "transfers")
    if transfers is None:
        return _made_by_as_of(ctx, photo, base, all_of((took, collected, owned, UNKNOWN)))
    granted = ctx.some(transfers, f"{base}/transfers", _granted_away)
    if granted is TRUE:
        # A conclusion ("so ..."), which the short form shows: its facts alone read as met.
        ctx.because("so the author has assigned or licensed their copyright in it", CLASS)
        return FALSE
    return _made_by_as_of(ctx, photo, base, all_of((took, collected, owned, _not(granted))))


def _not(value: Tri) -> Tri:
    return FALSE if value is TRUE else TRUE if value is FALSE else UNKNOWN


def author_keeping_copyright(ctx: Ctx, claim: Claim) -> Tri:
    """CR.author_keeping_copyright: "who are authors of photographs collected by Clearview and
    have not assigned or licensed their copyright".

    Per photograph: an author who assigned one collected photograph and kept another is in by
    the second. A grant counts once made by the as-of date (R1; R15); an assignment or an
    exclusive licence only in writing signed by the owner (Copyright Act s. 13(4)); a licence
    that is not exclusive needs no writing. Readings R6, R9, R10, R11, R12, R17.
    """
    listed = ctx.some(claim.photographs, "/photographs", _author_keeping, claim)
    if listed is TRUE:
        return TRUE
    said = ctx.field(claim.statements, "/statements", "authored_unlisted_collected_photograph")
    if said is False:
        ctx.because("the claimant states that they took no other collected photograph", CLOSURE)
        return listed
    if said is True:
        simple = (
            ctx.readings.copyright.presume
            and ctx.readings.collection_date is CollectionDate.NO_LIMIT
        )
        if simple:
            ctx.because(
                "the claimant states that they took another collected photograph; as its author "
                "they are presumed to own its copyright, and no grant is shown",
                ctx.readings.copyright.s34_1_applied,
            )
            return TRUE
        item = ctx.unlisted("/photographs/-", UNLISTED_AUTHORED)
        if item is not None:
            return any_of((listed, _author_keeping(ctx, item, "/photographs/-", claim)))
    return any_of((listed, UNKNOWN))


def _author_canadian(ctx: Ctx, photo: Photograph, base: str) -> Tri:
    """The author (someone else) is a resident or citizen of Canada, as reading R14 asks."""
    choice = ctx.readings.grantor_author
    if choice is GrantorAuthor.ANY_AUTHOR:
        return TRUE
    on = ctx.readings.as_of
    any_time = choice is GrantorAuthor.RESIDENT_OR_CITIZEN_ANY_TIME
    if not any_time:
        # A status is held only while alive (BRIEF section 4: one "alive on a date" rule serves
        # claimant and author alike): an author the record says died before the as-of date was
        # no resident or citizen on it, whatever periods are given. Read with ``optional``: a
        # death not given is not asked for here.
        died: DateRange | None = ctx.optional(photo, base, "author_died_on")
        if died is not None and died.before(on) is TRUE:
            ctx.because(
                f"\"that copyright\": the author died before {on.isoformat()}, so was no "
                f"resident or citizen of Canada on it (reading R14)", CLASS,
            )
            return FALSE
    result = FALSE
    for name in ("author_residence", "author_citizenship"):
        periods: tuple[Period, ...] | None = ctx.field(photo, base, name)
        if periods is None:
            result = UNKNOWN
            continue

        def test(ctx: Ctx, period: Period, where: str, day: dt.date) -> Tri:
            place = in_place(ctx, period, where, "CA", None)
            if place is FALSE:
                days_said(ctx, period, where)
                return FALSE
            return all_of((place, (began_by if any_time else covers)(ctx, period, where, day)))

        status = ctx.some(periods, f"{base}/{name}", test, on)
        if status is TRUE:
            result = TRUE
            break
        if status is UNKNOWN:
            result = UNKNOWN
    if result is not UNKNOWN:
        when = "at some time up to the as-of date" if any_time else f"on {on.isoformat()}"
        ctx.because(
            f"\"that copyright\": the copyright of an author resident or citizen of Canada {when} "
            "(reading R14)", CLASS,
        )
    return result


# A conclusion ("so ..."), which the short form shows: its facts alone read as met.
_NEVER_OWNED = "so the author never owned the copyright, and had none of it to assign or license"


def _received(
    ctx: Ctx, transfer: Transfer, base: str, photo: Photograph, photo_base: str,
    transfers: tuple[Transfer, ...],
) -> Tri:
    """A grant to the claimant, by the author, that counts (R11, R15, R16), valid in form, of a
    copyright the author then owned."""
    to = ctx.field(transfer, base, "to")
    if to is Party.OTHER:
        return FALSE
    counts = _kind_counts(ctx, transfer, base, heir=True)
    if counts is FALSE:
        return FALSE
    # "That copyright": the author's own. A grant passes only what its maker owns (Copyright Act
    # s. 13(4); BRIEF section 5, "an assignment passes only what the assignor owns"): an author
    # who never owned the copyright (an employee's photograph, s. 13(3); one ordered and paid for
    # before 2012-11-07, former s. 13(2)) granted nothing, as T-724-20's chain of title reads it
    # (a trial's lawyer found the two actions reading one photograph apart). Read before who
    # made the grant: presumed the author, "the person who then owned the copyright", it read
    # to a trial's lawyer beside "so the author never owned the copyright" as a contradiction.
    owned = photographer_first_owner(ctx, photo, photo_base)
    if owned is FALSE:
        ctx.because(_NEVER_OWNED, NEMO_DAT)
        return FALSE
    by = presumed_fact(
        ctx, transfer, base, "by", Holder.PHOTOGRAPHER,
        "each grant was made by the person who then owned the copyright, the author", S13_4,
    )
    from_author = tri(by is Holder.PHOTOGRAPHER) if by is not None else UNKNOWN
    if from_author is FALSE:
        return FALSE
    if len(transfers) > 1:
        # Nor does a grant made after the author had assigned the whole copyright to someone
        # else (s. 13(4); BRIEF section 5): the other transfers listed are read as T-724-20's
        # chain of title reads them, in the order of their dates.
        held = photographer_held_at_grant(ctx, photo, photo_base, transfers, int(base.rsplit("/", 1)[1]))
        if held is FALSE:
            ctx.because(
                "so the author no longer owned the copyright when making this grant, having "
                "assigned it before, and had none of it left to assign or license", NEMO_DAT,
            )
            return FALSE
        owned = all_of((owned, held))
    to_claimant = UNKNOWN if to is None else TRUE
    return all_of((
        to_claimant, from_author, owned, counts, grant_valid(ctx, transfer, base),
        _made_and_in_force(ctx, transfer, base),
    ))


def _grantee(ctx: Ctx, photo: Photograph, base: str, claim: Claim) -> Tri:
    author = ctx.field(photo, base, "author")
    other = UNKNOWN if author is None else tri(author is Party.OTHER)
    if other is FALSE:
        return FALSE
    collected = _collected(ctx, photo, base, claim)
    if collected is FALSE:
        return FALSE
    # Said of the photograph without its every transfer: nothing of it came to the claimant.
    # Read with ``optional``: the claim record's own word for this limb, never asked for here.
    if ctx.optional(photo, base, "granted_to_claimant") is False:
        ctx.because(
            "the claimant states that neither the copyright in it nor a licence of it came to "
            "them", NOT_GRANTED,
        )
        return FALSE
    transfers: tuple[Transfer, ...] | None = ctx.field(photo, base, "transfers")
    if transfers is None:
        # An author who never owned the copyright had none of it to grant (s. 13(4); NEMO_DAT,
        # as _received reads each grant): no transfer the record could list is then "that
        # copyright" assigned or licensed, so the transfers are not asked (a trial's company
        # was asked for every transfer of a photograph it ordered and paid for before 2012,
        # and of one its employee took).
        if photographer_first_owner(ctx, photo, base) is FALSE:
            ctx.because(_NEVER_OWNED, NEMO_DAT)
            return FALSE
        return _made_by_as_of(ctx, photo, base, UNKNOWN)
    received = ctx.some(transfers, f"{base}/transfers", _received, photo, base, transfers)
    if received is FALSE:
        return FALSE
    held = all_of((other, collected, received, _author_canadian(ctx, photo, base)))
    return _made_by_as_of(ctx, photo, base, held)


def grantee_of_authors_copyright(ctx: Ctx, claim: Claim) -> Tri:
    """CR.grantee_of_authors_copyright: "the persons to whom that copyright was assigned or
    licensed".

    A grant of part of the copyright makes its grantee one, under every reading (R12 concerns the
    author's side). "That copyright": the copyright of an author of the first limb (R14). Readings
    R11 (which licences), R13 (must the grantee be resident or a citizen), R15 (ended grants), R16
    (an heir).
    """
    listed = ctx.some(claim.photographs, "/photographs", _grantee, claim)
    if listed is not FALSE and ctx.readings.grantee_residence is GranteeResidence.RESIDENT_OR_CITIZEN:
        kind = ctx.field(claim.claimant, "/claimant", "kind")
        here = _canadian(ctx, claim, legal=kind is PersonKind.LEGAL)
        if here is not UNKNOWN:
            ctx.because(
                "the assignee or licensee must be a resident or citizen of Canada (reading R13)", CLASS
            )
        listed = all_of((listed, here))
    if listed is TRUE:
        return TRUE
    said = ctx.field(claim.statements, "/statements", "received_grant_in_unlisted_collected_photograph")
    if said is False:
        ctx.because("the claimant states that no other copyright was assigned or licensed to them", CLOSURE)
        return listed
    if said is True:
        item = ctx.unlisted("/photographs/-", UNLISTED_GRANTED)
        if item is not None:
            return any_of((listed, _grantee(ctx, item, "/photographs/-", claim)))
    return any_of((listed, UNKNOWN))


CRITERIA: Mapping[str, Callable[[Ctx, Claim], Tri]] = {
    "CR.author_natural_person": author_natural_person,
    "CR.resident_or_citizen": resident_or_citizen,
    "CR.author_keeping_copyright": author_keeping_copyright,
    "CR.person": person,
    "CR.grantee_of_authors_copyright": grantee_of_authors_copyright,
}



@cache
def rules() -> ActionRules[Claim, Readings]:
    """The rules of T-713-20, with the action loaded from its seed."""
    return claim_rules(SEED, CRITERIA, accepts_proof)
