"""The rules of MDL No. 2967: In re Clearview AI, Inc. Consumer Privacy Litigation (N.D. Ill.).

Two determinations, kept apart (BRIEF §7): membership of the Nationwide Class and of the Illinois,
California, New York and Virginia Subclasses (verbatim from the summary notice of 2024-07-25;
New York and Virginia inferred in the same form), and eligibility to claim a Settlement Payment
(``EC``: the claim form's conditions, verbatim from the settlement website's instructions). Each
criterion below implements one span of ``seeds/mdl-2967.json`` and is registered under its id;
the numbers, dates and places a rule reads are the criterion's ``parameters`` in the seed. Proof
is self-certification: the form asks for no documents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

import attrs

from ...engine.cite import Citation, Cited, in_seed, source
from ...engine.core import ActionRules, Context, Outcome, Reason, Share, lean_context, outcome_with
from ...engine.dates import DateRange
from ...engine.logic import FALSE, TRUE, UNKNOWN, Tri, all_of, any_of, tri
from ...law.persons import born_by, not_dead_before
from ...law.residence import began_by, consecutive_days, held_in, question_in
from ...records.claim import Claim, PaymentClaim, PersonKind, Photograph, payment_claim_in
from ...records.items import UNLISTED_POSTED_PHOTOGRAPH
from ...records.seed import claim_rules, load_action
from .readings import (
    PRELIMINARY_APPROVAL,
    SEED,
    AgeDate,
    AliveOnAsOf,
    DatabasePresence,
    Readings,
    ShareCombination,
    StateShareBasis,
    WindowEnds,
    WindowOpening,
)

Ctx = Context[Readings]
ACTION_ID = "MDL-2967"
# Citations (classaction.engine.cite): a reference of the seed file, by its citation there (a
# person reads its title, as where the words tested are cited) and its id.
NOTICE = Citation(
    source("Summary notice, In re Clearview AI, Inc. Consumer Privacy Litigation, published by "
           "PR Newswire, 2024-07-25"),
    in_seed(SEED, "reference summary-notice"),
)
FORM = Citation(
    source("Settlement website, \"Submit a Claim Form - Instructions\" (clearviewclassaction.com)"),
    in_seed(SEED, "reference claim-instructions"),
)
# "Over the age of 18" (the claim form) read as 18 or older, in the words the FAQ uses of those
# sent notice: an inference, said where it is applied (seeds/mdl-2967.json, EC.over_18's note).
AGE = Citation(
    FORM, "; read with ",
    source("Settlement website, \"Frequently Asked Questions\" (clearviewclassaction.com)"),
    in_seed(SEED, "reference settlement-faq"),
)
# How the age is counted, said after it ("from the 18th anniversary of birth (...)", after a
# date and its parenthesis, read to a trial's person as hard to follow).
_AS_18 = (
    "(18 from the 18th birthday: \"over the age of 18\" read as 18 or older, as the FAQ says: "
    "an inference)"
)
STATES = ("IL", "CA", "NY", "VA")


@cache
def _parameters(criterion_id: str) -> Mapping[str, Any]:
    """A criterion's parameters, as the seed gives them (a date, a number, a place)."""
    action = load_action(SEED)
    class_id = criterion_id.split(".")[0]
    return action.class_definition(class_id).criterion(criterion_id).parameters


def _day(criterion_id: str, name: str) -> dt.date:
    return dt.date.fromisoformat(str(_parameters(criterion_id)[name]))


# --- membership ---------------------------------------------------------------------------


def individual(ctx: Ctx, claim: Claim) -> Tri:
    """NW.individual (and each subclass's): "All individuals" (summary notice).

    A natural person. Reading R20: alive on the as-of date (R1), as "All natural persons" is
    read for T-724-20, or not required ("resided" reaches the past); born by it in any case.
    """
    person = claim.claimant
    kind = ctx.field(person, "/claimant", "kind")
    natural = UNKNOWN if kind is None else tri(kind is PersonKind.NATURAL)
    if natural is FALSE:
        ctx.because("an individual is a natural person", NOTICE)
        return FALSE
    on = ctx.readings.as_of
    born = born_by(ctx, person, "/claimant", on)
    if ctx.readings.alive_on_as_of is AliveOnAsOf.NOT_REQUIRED:
        ctx.because(f"born by {on.isoformat()}; alive on it or not (reading R20)", NOTICE)
        return all_of((natural, born))
    alive = all_of((natural, born, not_dead_before(ctx, person, "/claimant", on)))
    # Said as what the facts come to where they decide it: beside "died on 2019-05-01", the
    # rule alone ("an individual alive on 2024-06-21") read to a lawyer as the claimant alive.
    ctx.because(
        (f"not alive on {on.isoformat()}, the as-of date, as an individual must be"
         if alive is FALSE else f"an individual alive on {on.isoformat()}, the as-of date")
        + " (readings R1, R20)", NOTICE,
    )
    return alive


def _resided(ctx: Ctx, claim: Claim, subdivision: str | None, words: str) -> Tri:
    on = ctx.readings.as_of
    resided = held_in(ctx, claim.claimant, "residence", began_by, on, "US", subdivision)
    if resided is not UNKNOWN:
        ctx.because(
            f"\"reside or resided\" in {words}: on some day up to {on.isoformat()} (reading R1)", NOTICE
        )
    return resided


def resided_in_us(ctx: Ctx, claim: Claim) -> Tri:
    """NW.resided_in_us: "who reside or resided in the United States of America".

    At any time up to the as-of date (R1); no length of residence is required for membership.
    """
    return _resided(ctx, claim, None, "the United States")


def _resided_in_state(class_id: str) -> Callable[[Ctx, Claim], Tri]:
    criterion_id = f"{class_id}.resided_in_state"
    subdivision = str(_parameters(criterion_id)["subdivision"])
    # The state in words, as its label names it ("resides or resided in Illinois"): a reason
    # said "in US-VA" (seeds/mdl-2967.json).
    label = load_action(SEED).class_definition(class_id).criterion(criterion_id).label
    named = label.rsplit(" in ", 1)[1] if " in " in label else subdivision

    def resided_in_state(ctx: Ctx, claim: Claim) -> Tri:
        """XX.resided_in_state: "who reside or resided in the state of ..." (the seed's parameter
        ``subdivision``, an ISO 3166-2 code); a period in the United States whose state is not
        given may be in it."""
        return _resided(ctx, claim, subdivision, named)

    return resided_in_state


def _image_in_database(ctx: Ctx, photo: Photograph, base: str) -> Tri:
    """One photograph of the claimant's face whose image or data is or was in the Biometric
    Database by the as-of date (R1); under R21 = presumed_from_public_posting, a photograph of the
    face posted publicly by then is taken to be there unless the record says it is not."""
    face = tri(ctx.field(photo, base, "claimant_face_appears"))
    if face is FALSE:
        return FALSE
    on = ctx.readings.as_of
    presume = ctx.readings.database_presence is DatabasePresence.PRESUMED_FROM_PUBLIC_POSTING
    held = ctx.optional(photo, base, "in_biometric_database") if presume else None
    # Said to be there and not said since when: under the presumption it was there once posted,
    # as it is where nothing is said (knowing more must not leave less known).
    if presume and held is True and ctx.optional(photo, base, "collected_on") is None:
        held = None
    if presume and held is None:
        posted: DateRange | None = ctx.field(photo, base, "first_posted_publicly_on")
        by = UNKNOWN if posted is None else posted.on_or_before(on)
        if by is not FALSE:
            ctx.because(
                "a photograph of the face posted publicly is presumed to be in the Biometric "
                "Database (reading R21)", FORM,
            )
        return all_of((face, by))
    if not presume:
        held = ctx.field(photo, base, "in_biometric_database")
    contained = UNKNOWN if held is None else tri(held)
    if contained is FALSE:
        return FALSE
    since: DateRange | None = ctx.field(photo, base, "collected_on")
    by_as_of = UNKNOWN if since is None else since.on_or_before(on)
    return all_of((face, contained, by_as_of))


def in_database(ctx: Ctx, claim: Claim) -> Tri:
    """NW.in_database (and each subclass's): "whose facial images and/or Biometric Data are or
    were contained in the Biometric Database".

    "are or were": on some day up to the as-of date (R1). No link in time with the residence is
    stated, and none is required. Reading R21: a fact to be shown, or presumed from a public
    posting. The claimant's statement closes the list of photographs.
    """
    listed = ctx.some(claim.photographs, "/photographs", _image_in_database)
    if listed is TRUE:
        ctx.because(f"contained in the Biometric Database by {ctx.readings.as_of.isoformat()}", NOTICE)
        return TRUE
    said = ctx.field(claim.statements, "/statements", "unlisted_database_image_depicts_claimant")
    if said is True:
        ctx.because("the claimant states that another image of their face is or was in it", NOTICE)
        return TRUE
    if said is False:
        ctx.because("the claimant states that no other image of their face is or was in it", NOTICE)
        return listed
    return any_of((listed, UNKNOWN))


def _member_of(class_id: str) -> Callable[[Ctx, Claim], Tri]:
    def member(ctx: Ctx, claim: Claim) -> Tri:
        tests = (individual, resided_in_us if class_id == "NW" else _resided_in_state(class_id), in_database)
        value = TRUE
        for test in tests:
            value = all_of((value, ctx.criterion(test, claim)))
            if value is FALSE:
                break
        return value

    return member


# --- eligibility to claim ----------------------------------------------------------------


def class_member(ctx: Ctx, claim: Claim) -> Tri:
    """EC.member: "All Class Members, including Subclass Members, who wish to file a claim for a
    Settlement Payment must submit a Claim Form": only a member of the Nationwide Class (every
    subclass member is one) can claim (the seed's ``requires_class``: NW)."""
    member = _member_of("NW")(ctx, claim)
    ctx.because("only a member of the Nationwide Class can claim", FORM)
    return member


def _posted(ctx: Ctx, photo: Photograph, base: str) -> Tri:
    face = tri(ctx.field(photo, base, "claimant_face_appears"))
    if face is FALSE:
        return FALSE
    return all_of((face, tri(ctx.field(photo, base, "posted_publicly"))))


def face_posted_publicly(ctx: Ctx, claim: Claim) -> Tri:
    """EC.face_posted_publicly: "A certification that one or more photographs depicting the
    claiming Class Member’s face was posted to a publicly accessible webpage on the internet"."""
    listed = ctx.some(claim.photographs, "/photographs", _posted)
    if listed is TRUE:
        return TRUE
    said = ctx.field(claim.statements, "/statements", "unlisted_photograph_of_claimant_posted_publicly")
    if said is True:
        return TRUE
    return listed if said is False else any_of((listed, UNKNOWN))


def _filed(ctx: Ctx, claim: Claim) -> tuple[Tri, DateRange | None]:
    """Whether a claim for payment was filed in this proceeding, and when (None: not known)."""
    claims: tuple[PaymentClaim, ...] | None = ctx.field(claim, "", "payment_claims")
    if claims is None:
        return UNKNOWN, None
    # Sought in the list as read, which an answer may supply (what_if), not in the claim's own
    # (a trial's developer answered the list and was told no claim was filed).
    found = payment_claim_in(claims, ACTION_ID)
    if found is None:
        return FALSE, None
    index, filed = found
    return TRUE, ctx.field(filed, f"/payment_claims/{index}", "filed_on")


def over_18(ctx: Ctx, claim: Claim) -> Tri:
    """EC.over_18: "A certification that the Class Member is over the age of 18".

    Read as 18 or older, reached on the 18th anniversary of birth (the FAQ: "18 years of age or
    older"). Reading R22: judged on the day of the claim, or on 2024-06-21. A claim's day not
    known is on or after 2024-06-21, the preliminary approval that opened the claims: one 18
    by then is 18 whenever the claim was made. So is one who filed no claim: the filing is a
    condition of its own.
    """
    age = int(_parameters("EC.over_18")["age"])
    if ctx.readings.age_date is AgeDate.PRELIMINARY_APPROVAL:
        on: DateRange | None = DateRange.day(PRELIMINARY_APPROVAL)
        when = "on 2024-06-21 (reading R22)"
    else:
        # No claim filed: the age is judged as for a claim on a day not known, so that a
        # claimant of any age is not said to be too young (the filing is a condition of its own,
        # EC.timely).
        _, on = _filed(ctx, claim)
        when = "on the day of the claim (reading R22)"
    born: DateRange | None = ctx.field(claim.claimant, "/claimant", "born_on")
    if born is None:
        return UNKNOWN
    adult_from = born.map(lambda day: _anniversary(day, age))
    if on is None:
        # The claim's date not known: a claim form is made under the settlement, so not before
        # its preliminary approval (2024-06-21; seeds/mdl-2967.json, timeline
        # "preliminary-approval"). One 18 by then is 18 on any day a claim could be made.
        if adult_from.on_or_before(PRELIMINARY_APPROVAL) is TRUE:
            ctx.because(
                f"{age} or older by 2024-06-21, before any claim could be made under the "
                f"settlement {_AS_18}", AGE,
            )
            return TRUE
        # Nor after the deadline (EC.timely): one not 18 by then was under 18 on every day a
        # claim could count (a lawyer's child born in 2015 was left undetermined, 9 years old
        # on the last day).
        deadline = _day("EC.timely", "deadline")
        if adult_from.after(deadline) is TRUE:
            ctx.because(
                f"under {age} on every day a claim could count, up to {deadline.isoformat()}, "
                f"the deadline for claim forms {_AS_18}",
                AGE,  # the claim form's instructions give the deadline, the FAQ the age
            )
            return FALSE
        return UNKNOWN
    if adult_from.latest <= on.earliest:
        value = TRUE
    elif adult_from.earliest > on.latest:
        value = FALSE
    else:
        # Rough dates: each named as missing, with its range, where its bounds leave it open.
        born.on_or_before(born.earliest)
        on.on_or_before(on.earliest)
        return UNKNOWN
    ctx.because(f"{age} or older {when} {_AS_18}", AGE)
    return value


def _anniversary(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February: the anniversary is 1 March
        return dt.date(day.year + years, 3, 1)


# The photograph a statement says was posted but the record does not describe: asked for once
# the statement is made (its ``after``).
UNLISTED_POSTED = attrs.evolve(
    UNLISTED_POSTED_PHOTOGRAPH, after="/statements/unlisted_photograph_of_claimant_posted_publicly"
)


def _opening(ctx: Ctx, claim: Claim) -> DateRange | None:
    """The day the window opens (R24): the earliest public posting of a photograph of the face
    (or, under R24 = earliest_posting_in_database, of one in the Biometric Database). Known only
    within a range when a date is rough; None when no such posting is dated and the record does
    not say there is no other."""
    in_database = ctx.readings.window_opening is WindowOpening.EARLIEST_POSTING_IN_DATABASE
    dates: list[DateRange] = []
    for index, photo in enumerate(claim.photographs):
        base = f"/photographs/{index}"
        # Read as an answer supplies them (what_if), with no trace: a filter, not a reason.
        if ctx.as_supplied(photo, base, "claimant_face_appears") is not True or \
                ctx.as_supplied(photo, base, "posted_publicly") is False:
            continue
        if in_database and ctx.as_supplied(photo, base, "in_biometric_database") is not True:
            continue
        posted: DateRange | None = ctx.field(photo, base, "first_posted_publicly_on")
        if posted is not None:
            dates.append(posted)
    said = ctx.field(claim.statements, "/statements", "unlisted_photograph_of_claimant_posted_publicly")
    if said is True:
        # A photograph of the face posted and not listed: its date may open the window first
        # (claim-form instructions: "between the posting and 2024-06-21"); it is asked for.
        item = ctx.unlisted("/photographs/-", UNLISTED_POSTED)
        if item is not None:
            posted_then = ctx.field(item, "/photographs/-", "first_posted_publicly_on")
            if posted_then is not None:
                dates.append(posted_then)
    if not dates:
        return None
    latest = min(d.latest for d in dates)
    earliest = min(d.earliest for d in dates) if said is False else dt.date.min
    if earliest == latest:
        return next(d for d in dates if d.latest == latest and d.exact)
    for d in dates:
        if not d.exact:
            d.on_or_before(d.earliest)  # named as missing, with its range
    return DateRange.between(earliest, latest)


def _window(ctx: Ctx, claim: Claim) -> tuple[DateRange | None, dt.date]:
    """The window of the 183 days: from the posting (R24) to 2024-06-21 (the seed's
    ``window_end``), both days counted (R23 = both) or neither."""
    last = _day("EC.resided_183_days", "window_end")
    opening = _opening(ctx, claim)
    if ctx.readings.window_ends is WindowEnds.NEITHER:
        last -= dt.timedelta(days=1)
        if opening is not None:
            opening = opening.map(lambda day: day + dt.timedelta(days=1))
    return opening, last


def resided_183_days(ctx: Ctx, claim: Claim) -> Tri:
    """EC.resided_183_days: "resided in the United States and/or Illinois, California, New York,
    or Virginia for at least 183 consecutive days at any time between the date when your facial
    image was posted to a publicly accessible website and June 21, 2024".

    Decided from the periods of residence as given: periods in the United States that touch or
    overlap join into one run, a day outside it breaks the run, and only days within the window
    count. A condition of payment (a reading of the form, an inference: it asks "whether").
    """
    parameters = _parameters("EC.resided_183_days")
    days = int(parameters["days"])
    opening, last = _window(ctx, claim)
    value = consecutive_days(ctx, claim.claimant, str(parameters["country"]), None, (opening, last), days)
    first = opening.earliest.isoformat() if opening is not None and opening.exact else "the first posting"
    if value is not UNKNOWN:
        ctx.because(
            f"{days} days in a row in the United States between {first} and {last.isoformat()}, "
            "both counted (readings R23, R24)", FORM,
        )
    return value


def timely(ctx: Ctx, claim: Claim) -> Tri:
    """EC.timely: "all Claim Forms must be submitted online or received by the Settlement
    Administrator no later than October 25, 2024" (the seed's ``deadline``)."""
    deadline = _day("EC.timely", "deadline")
    filed, on = _filed(ctx, claim)
    if filed is FALSE:
        ctx.because("no claim for payment was filed in this proceeding", FORM)
        return FALSE
    if on is None:
        return UNKNOWN
    value = on.on_or_before(deadline)
    if value is not UNKNOWN:
        ctx.because(f"a claim counts only if submitted or received by {deadline.isoformat()}", FORM)
    return all_of((filed, value))


CRITERIA: Mapping[str, Callable[[Ctx, Claim], Tri]] = {
    **{f"{cid}.individual": individual for cid in ("NW", *STATES)},
    **{f"{cid}.in_database": in_database for cid in ("NW", *STATES)},
    "NW.resided_in_us": resided_in_us,
    "EC.member": class_member,
    "EC.face_posted_publicly": face_posted_publicly,
    "EC.over_18": over_18,
    "EC.resided_183_days": resided_183_days,
    "EC.timely": timely,
}


def _criteria() -> dict[str, Callable[[Ctx, Claim], Tri]]:
    criteria = dict(CRITERIA)
    for cid in STATES:
        criteria[f"{cid}.resided_in_state"] = _resided_in_state(cid)
    return criteria


_TRI = {Outcome.MEMBER: TRUE, Outcome.NOT_MEMBER: FALSE, Outcome.UNDETERMINED: UNKNOWN}


# --- shares --------------------------------------------------------------------------------

ALLOCATION = Cited(f"seeds/{SEED}, settlement allocation", "settlement allocation")
"""Where the shares per subclass stand: data, with their source (a secondary source's paraphrase)."""


def _allocation() -> Mapping[str, Any]:
    settlement = load_action(SEED).settlement or {}
    allocation: Mapping[str, Any] = settlement["allocation"]
    return allocation


@cache
def _allocation_citation() -> Citation:
    """The allocation's sources, as the seed cites them, and where the seed holds it (made once:
    the seed fixes it)."""
    allocation = _allocation()
    return Citation(
        load_action(SEED).cite(tuple(allocation["sources"])), " (", ALLOCATION, ", a paraphrase)"
    )


def _state(class_id: str) -> str:
    """A state subclass's state in words: "Illinois" (from its residence criterion's label in
    the seed, "resides or resided in Illinois")."""
    spec = load_action(SEED).class_definition(class_id).criterion(f"{class_id}.resided_in_state")
    return spec.label.removeprefix("resides or resided in ")


def _earns(
    ctx: Ctx, claim: Claim, class_id: str, member: Tri,
    window: tuple[DateRange | None, dt.date],
) -> Tri:
    """Whether an eligible claimant earns a state's shares (R25): 183 days in a row in that state
    within the window (:func:`_window`), or membership of its subclass."""
    if ctx.readings.state_share_basis is StateShareBasis.SUBCLASS_MEMBERSHIP:
        return member
    subdivision = str(_parameters(f"{class_id}.resided_in_state")["subdivision"])
    days = int(_parameters("EC.resided_183_days")["days"])
    return consecutive_days(ctx, claim.claimant, "US", subdivision, window, days)


def _basis(class_id: str, basis: StateShareBasis) -> str:
    """What earns a state's share under reading R25 (``basis``), in words."""
    if basis is StateShareBasis.SUBCLASS_MEMBERSHIP:
        return f"is a member of the {load_action(SEED).class_definition(class_id).name} (reading R25)"
    days = int(_parameters("EC.resided_183_days")["days"])
    last = _day("EC.resided_183_days", "window_end").isoformat()
    return (f"resided in {_state(class_id)} for {days} days in a row between the posting of "
            f"their face and {last} (reading R25)")


def _plural(count: int) -> str:
    return f"{count} share" if count == 1 else f"{count} shares"


@cache
def _share_words(class_id: str, count: int, basis: StateShareBasis) -> tuple[str, str]:
    """Why a state's ``count`` shares are earned, and why they are still open, in words under
    reading R25 (``basis``): made once, as the seed and the reading fix them."""
    name = load_action(SEED).class_definition(class_id).name
    said = f"{name}: {_plural(count)}"
    return (f"{said}, as the claimant {_basis(class_id, basis)}",
            f"{said} if the claimant {_basis(class_id, basis)}; not known yet")


def share(claim: Claim, readings: Readings, outcomes: Mapping[str, Outcome]) -> Share:
    """The claimant's share of the Net Settlement Fund, with its reasons (seeds/mdl-2967.json,
    settlement allocation, a paraphrase of a secondary source: Illinois 10; California, New York,
    Virginia 5; others 1). 0 when not eligible to claim; a range when facts left out leave it open.

    Reading R25 decides what earns a state's shares (183 days in a row in that state within the
    window, by default, as the claim form asks it per state; or membership of the subclass);
    R26 how several states' shares combine (the highest, by default; or their sum). The 1 share
    is that of an eligible claimant who earns none of the four (the seed's ``otherwise``)."""
    allocation = _allocation()
    unit = str(allocation["unit"])
    citation = _allocation_citation()
    eligible = _TRI[outcomes["EC"]]
    if eligible is FALSE:
        reason = Reason("not eligible to claim a Settlement Payment, so no share", FORM)
        return Share(unit, 0, 0, (), (), (reason,), citation)
    # Only values are wanted here: the reasons are the allocation's, said below.
    ctx: Ctx = lean_context(readings, accepts_proof)
    window = _window(ctx, claim)
    reasons: list[Reason] = []
    sure: list[int] = []
    maybe: list[int] = []
    earned: list[str] = []
    open_: list[str] = []
    for item in allocation["shares"]:
        class_id, count = str(item["class"]), int(item["shares"])
        earns = _earns(ctx, claim, class_id, _TRI[outcomes[class_id]], window)
        if earns is FALSE:
            continue
        maybe.append(count)
        earned_words, open_words = _share_words(class_id, count, readings.state_share_basis)
        if earns is TRUE:
            sure.append(count)
            earned.append(class_id)
            reasons.append(Reason(earned_words, citation))
        else:
            open_.append(class_id)
            reasons.append(Reason(open_words, citation))
    otherwise = int(allocation["otherwise"])
    if not sure:
        reasons.append(Reason(
            f"{_plural(otherwise)}, the share of those in other states: "
            + ("if none of these is earned" if open_ else "no state's share is earned"),
            citation,
        ))
    if len(maybe) > 1:
        how = "add up" if readings.share_combination is ShareCombination.SUM else "the highest counts"
        reasons.append(Reason(f"where several states' shares are earned, {how} (reading R26)", citation))
    combine = sum if readings.share_combination is ShareCombination.SUM else max
    least = combine(sure) if sure else otherwise
    most = combine(maybe) if maybe else otherwise
    if eligible is UNKNOWN:
        reasons.insert(0, Reason(
            "no share unless eligible to claim a Settlement Payment, which is not known yet", FORM
        ))
        least = 0
    return Share(unit, least, most, tuple(earned), tuple(open_), tuple(reasons), citation)


def shares(claim: Claim, readings: Readings | None = None) -> int | tuple[int, int]:
    """The shares of the Net Settlement Fund a claimant earns (:func:`share`, without its
    reasons): a number, or ``(at_least, at_most)`` when facts left out leave it open."""
    chosen = readings if readings is not None else Readings()
    found = share(claim, chosen, outcome_with(rules(), claim, chosen, {}))
    return found.at_least if found.known else (found.at_least, found.at_most)


def accepts_proof(proof: Any, readings: Readings) -> bool:
    """Self-certification: the claim form asks for no documents (seeds/mdl-2967.json)."""
    return True


@cache
def rules() -> ActionRules[Claim, Readings]:
    """The rules of MDL No. 2967, with the action loaded from its seed."""
    # Where the claimant lived is asked of the United States (the notice's classes).
    return claim_rules(SEED, _criteria(), accepts_proof, share=share, question=question_in("US"))
