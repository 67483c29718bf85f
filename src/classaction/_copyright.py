"""Copyright and moral rights in a photograph, under Canadian law.

Copyright Act, R.S.C. 1985, c. C-42. Each function
answers one question about the claimant, on one date, in three-valued logic,
and records the rule it applied with its section.

Two rules changed on a date, and say so in their names:
- who first owns a photograph: the rules for photographs made before
  2012-11-07 (Copyright Modernization Act, S.C. 2012, c. 20, in force that day)
  differ from those for photographs made on or after it;
- the term: life of the author plus 50 years, extended to plus 70 for works
  still protected on 2022-12-30 (S.C. 2022, c. 10, s. 285), with no revival of
  a work whose term had already run out.

Where the record is silent, reading R9 (``presumptions``) decides. Under its
default, ``apply``, copyright subsists and the author owns it unless the facts
show otherwise (s. 34.1(1)); by the reading's own default, the photographer
owned the negative and the author keeps the moral rights. A fact whose only
role is to rebut these is used when given and never asked for (see
:func:`_presumed`). Under ``strict`` each such fact is asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from ._claim import Party, Photograph, Transfer, TransferKind
from ._engine import Context
from ._life import not_dead_before
from ._logic import FALSE, TRUE, UNKNOWN, Tri, agree, all_of, tri
from ._readings import Presumptions, Readings

MODERNIZATION_IN_FORCE = dt.date(2012, 11, 7)
TERM_EXTENSION_IN_FORCE = dt.date(2022, 12, 30)

S13_1 = "Copyright Act, R.S.C. 1985, c. C-42, s. 13(1)"
S13_3 = "Copyright Act, R.S.C. 1985, c. C-42, s. 13(3)"
S13_4 = "Copyright Act, R.S.C. 1985, c. C-42, s. 13(4)"
FORMER_S13_2 = "Copyright Act, former s. 13(2) (repealed by S.C. 2012, c. 20, in force 2012-11-07)"
FORMER_S10_2 = "Copyright Act, former s. 10(2) (repealed by S.C. 2012, c. 20, in force 2012-11-07)"
S14_1 = "Copyright Act, R.S.C. 1985, c. C-42, s. 14.1"
S14_2 = "Copyright Act, R.S.C. 1985, c. C-42, s. 14.2"
S6_LIFE_PLUS_50 = "Copyright Act, R.S.C. 1985, c. C-42, s. 6 (before 2022-12-30)"
S6_LIFE_PLUS_70 = "Copyright Act, R.S.C. 1985, c. C-42, s. 6, as amended by S.C. 2022, c. 10, s. 285"
SUCCESSION = (
    "law of succession: copyright is property and passes with its owner's estate "
    "(for moral rights, Copyright Act s. 14.2(2))"
)
S34_1 = "Copyright Act, R.S.C. 1985, c. C-42, s. 34.1(1)"
S34_1_R9 = "Copyright Act, R.S.C. 1985, c. C-42, s. 34.1(1), as reading R9 applies it (seeds/t-724-20.json)"
# s. 34.1(1) presumes only that copyright subsists and who owns it. That the author keeps the
# moral rights where the record shows no waiver and no death is the reading's own default.
# Who owned the negative decides who the deemed author is (former s. 10(2)); taking the
# photographer as its owner is the reading's default, not the words of s. 34.1(1).
R9_NEGATIVE = (
    "reading R9 (seeds/t-724-20.json): the photographer is taken to have owned the initial "
    "negative, and so to be the deemed author (Copyright Act, former s. 10(2)) whom "
    "s. 34.1(1)(b) presumes to own the copyright"
)
R7_WAIVER = (
    "reading R7 (seeds/t-724-20.json); a waiver of moral rights: Copyright Act, R.S.C. 1985, "
    "c. C-42, s. 14.1(2)"
)
R9_MORAL = (
    "reading R9 (seeds/t-724-20.json): the author keeps the moral rights (Copyright Act s. 14.1(1)) "
    "unless a waiver (s. 14.1(2)) or the author's death (s. 14.2(2)) is shown"
)


_CLAIMANT = Party.CLAIMANT  # a global: a member looked up on its enum is slow (see _logic.TRUE)
_APPLY = Presumptions.APPLY

Ctx = Context[Readings]


def _presumes(ctx: Ctx) -> bool:
    """Whether reading R9 applies the presumptions of s. 34.1(1)."""
    return ctx.readings.presumptions is _APPLY


def _presumed(
    ctx: Ctx, photo: Photograph, base: str, name: str, presumed: Any, what: str,
    citation: str = S34_1_R9,
) -> Any:
    """A fact that, left out, takes the value s. 34.1(1) presumes (reading R9 = apply).

    Copyright Act s. 34.1(1): copyright is presumed to subsist and the author
    to own it "unless the contrary is proved". A fact the record gives always
    rebuts the presumption; one left out leaves it standing and is not asked
    for. Under R9 = strict the fact is read, and named when left out.
    """
    if not _presumes(ctx):
        return ctx.field(photo, base, name)
    value = ctx.optional(photo, base, name)
    if value is None:
        ctx.because(f"presumed, as the record is silent: {what}", citation)
        return presumed
    return value


def is_claimant(party: Party | None) -> Tri:
    return UNKNOWN if party is None else tri(party is _CLAIMANT)


def expiry_of_term(author_died_on: dt.date) -> dt.date:
    """The last day copyright subsists, by the year of the author's death.

    Life + 50 to the end of that calendar year (s. 6 before 2022-12-30); a work
    still protected on 2022-12-30 gets life + 70 (S.C. 2022, c. 10, s. 285);
    a term that ended earlier is not revived.
    """
    year = author_died_on.year
    life_plus_50 = dt.date(year + 50, 12, 31)
    if life_plus_50 >= TERM_EXTENSION_IN_FORCE:
        return dt.date(year + 70, 12, 31)
    return life_plus_50


def copyright_subsists(ctx: Ctx, photo: Photograph, base: str, on: dt.date) -> Tri:
    """Whether copyright subsists in the photograph on a date.

    Subsistence is presumed unless the facts show otherwise (s. 34.1(1)(a)),
    so a date left out is not asked for here: it can only rebut the presumption.
    """
    made_on = ctx.optional(photo, base, "made_on")
    if made_on is not None and made_on > on:
        ctx.because(f"the photograph was made after {on.isoformat()}", S13_1)
        return FALSE
    died_on = ctx.optional(photo, base, "author_died_on")
    if died_on is None:
        ctx.because("copyright is presumed to subsist, as nothing shows otherwise", S34_1)
        return TRUE
    expiry = expiry_of_term(died_on)
    rule = S6_LIFE_PLUS_70 if expiry.year - died_on.year == 70 else S6_LIFE_PLUS_50
    ctx.because(f"the term of copyright runs to {expiry.isoformat()}", rule)
    return tri(on <= expiry)


def _by_employment_or(
    ctx: Ctx, photo: Photograph, base: str, otherwise: Callable[[], Tri]
) -> Tri:
    """The employer if made in the course of employment (s. 13(3)), else ``otherwise()``."""
    employed = _presumed(
        ctx, photo, base, "made_in_course_of_employment", False,
        "the photograph was not made in the course of employment",
    )
    if employed is True:
        ctx.because(
            "a photograph made in the course of employment belongs first to the employer", S13_3
        )
        return is_claimant(ctx.field(photo, base, "employer"))
    if employed is False:
        return otherwise()
    return agree((is_claimant(ctx.field(photo, base, "employer")), otherwise()))


def _author(ctx: Ctx, photo: Photograph, base: str) -> Tri:
    """Whether the claimant took the photograph (the photographer, s. 13(1))."""
    return is_claimant(ctx.field(photo, base, "author"))


def _negative_owner(ctx: Ctx, photo: Photograph, base: str) -> Tri:
    """Whether the claimant owned the initial negative (or photograph) when it was made.

    Under reading R9 = apply, left out, the photographer is taken to have owned
    it (the reading's default, R9_NEGATIVE), like :func:`_presumed` but with
    another fact, the photographer, as the presumed value.
    """
    if not _presumes(ctx):
        return is_claimant(ctx.field(photo, base, "negative_owner"))
    owner = ctx.optional(photo, base, "negative_owner")
    if owner is None:
        ctx.because(
            "presumed, as the record is silent: the photographer owned the initial negative",
            R9_NEGATIVE,
        )
        return _author(ctx, photo, base)
    return is_claimant(owner)


def _first_owner_made_since_2012_11_07(ctx: Ctx, photo: Photograph, base: str) -> Tri:
    """Whether the claimant first owned the copyright (photograph made on or after 2012-11-07)."""
    ctx.because("the author is the first owner of the copyright", S13_1)
    return _by_employment_or(ctx, photo, base, lambda: _author(ctx, photo, base))


def _first_owner_made_before_2012_11_07(ctx: Ctx, photo: Photograph, base: str) -> Tri:
    """Whether the claimant first owned the copyright (photograph made before 2012-11-07)."""
    commissioned = _presumed(
        ctx, photo, base, "commissioned", False,
        "the photograph was not ordered and paid for by someone else",
    )
    if commissioned is True:
        ctx.because(
            "a photograph ordered and paid for belonged first to the person who ordered it",
            FORMER_S13_2,
        )
        return is_claimant(ctx.field(photo, base, "commissioner"))
    ctx.because(
        "the owner of the initial negative or photograph was deemed its author", FORMER_S10_2
    )
    otherwise = _by_employment_or(ctx, photo, base, lambda: _negative_owner(ctx, photo, base))
    if commissioned is False:
        return otherwise
    return agree((is_claimant(ctx.field(photo, base, "commissioner")), otherwise))


def _by_date_of_making(
    ctx: Ctx, photo: Photograph, base: str,
    before: Callable[[], Tri], since: Callable[[], Tri],
) -> Tri:
    """The rule for photographs made before 2012-11-07 or the one since, by ``made_on``.

    The Copyright Modernization Act (S.C. 2012, c. 20) came into force on
    2012-11-07. When the date is left out and both rules give the same definite
    answer, the date does not matter and is not asked for; otherwise it is named
    (two unknown answers may part once other facts are given).
    """
    made_on = ctx.optional(photo, base, "made_on")
    if made_on is not None:
        return before() if made_on < MODERNIZATION_IN_FORCE else since()
    answers = (before(), since())
    if answers[0] is answers[1] is not UNKNOWN:
        return answers[0]
    ctx.field(photo, base, "made_on")
    return agree(answers)


def claimant_first_owner(ctx: Ctx, photo: Photograph, base: str) -> Tri:
    """Whether the claimant was the first owner of the copyright in the photograph."""
    return _by_date_of_making(
        ctx, photo, base,
        lambda: _first_owner_made_before_2012_11_07(ctx, photo, base),
        lambda: _first_owner_made_since_2012_11_07(ctx, photo, base),
    )


def claimant_is_author(ctx: Ctx, photo: Photograph, base: str) -> Tri:
    """Whether the claimant is the author (s. 13(1)); before 2012-11-07, the deemed author,
    the owner of the initial negative or photograph (former s. 10(2))."""
    return _by_date_of_making(
        ctx, photo, base,
        lambda: _negative_owner(ctx, photo, base),
        lambda: _author(ctx, photo, base),
    )


def _transfer_applies(
    ctx: Ctx, transfer: Transfer, base: str, on: dt.date
) -> tuple[Tri, dt.date | None]:
    """Whether a listed transfer had taken effect by ``on``, and its date if known."""
    when = ctx.field(transfer, base, "on")
    timely = UNKNOWN if when is None else tri(when <= on)
    if timely is FALSE:
        return FALSE, when
    kind = ctx.field(transfer, base, "kind")
    if kind is TransferKind.SUCCESSION:
        valid = TRUE
    else:
        # An assignment is valid only in writing signed by the owner (s. 13(4)).
        signed = tri(ctx.field(transfer, base, "signed_writing"))
        valid = signed if kind is TransferKind.ASSIGNMENT else agree((TRUE, signed))
        if kind is TransferKind.ASSIGNMENT:
            ctx.because("an assignment of copyright is valid only in writing signed by the owner", S13_4)
    return all_of((timely, valid)), when


def claimant_holds_copyright(ctx: Ctx, photo: Photograph, base: str, on: dt.date) -> Tri:
    """Whether the claimant owns the copyright in the photograph on a date."""
    subsists = copyright_subsists(ctx, photo, base, on)
    if subsists is FALSE:
        return FALSE
    first = claimant_first_owner(ctx, photo, base)
    transfers = _presumed(
        ctx, photo, base, "transfers", (), "the copyright was never transferred"
    )
    if transfers is None:
        # Reading R9 = strict: only an author who was the first owner is presumed to keep it.
        if first is TRUE and claimant_is_author(ctx, photo, base) is TRUE:
            ctx.because("the author is presumed to own the copyright, as nothing shows otherwise", S34_1)
            return subsists
        return UNKNOWN
    # The owner on the date is the one the last transfer in effect went to.
    settled: list[tuple[dt.date, int, Tri]] = []
    open_: list[tuple[dt.date | None, Tri]] = []
    for index, transfer in enumerate(transfers):
        where = f"{base}/transfers/{index}"
        applies, when = _transfer_applies(ctx, transfer, where, on)
        if applies is FALSE:
            continue
        to = is_claimant(ctx.field(transfer, where, "to"))
        if transfer.kind is TransferKind.SUCCESSION:
            ctx.because("copyright passes on the owner's death to the owner's successors", SUCCESSION)
        if applies is TRUE and when is not None:
            settled.append((when, index, to))
        else:
            open_.append((when, to))
    last = max(settled, key=lambda t: (t[0], t[1]), default=None)
    holder = first if last is None else last[2]
    # A transfer that may or may not apply matters only if it could be the last one.
    possible = [holder] + [to for when, to in open_ if last is None or when is None or when >= last[0]]
    return all_of((subsists, agree(possible)))


def _author_alive(ctx: Ctx, photo: Photograph, base: str, on: dt.date) -> Tri:
    """Whether the author of the photograph, not the claimant, was alive on a date.

    Under reading R9 = apply, an author of whom the record does not say that
    they died keeps the moral rights (s. 34.1(1); s. 14.2(2) moves them only on
    death). An author stated dead needs the date of death, which decides between
    author and heir.
    """
    if _presumes(ctx) and ctx.optional(photo, base, "author_died_on") is None:
        deceased = ctx.optional(photo, base, "author_deceased")
        if deceased is None:
            ctx.because(
                "presumed, as the record is silent: the author is alive and keeps the moral rights",
                R9_MORAL,
            )
            return TRUE
        if deceased is False:
            return TRUE
    return not_dead_before(ctx, photo, base, on, "author_died_on", "author_deceased")


def claimant_holds_moral_rights(
    ctx: Ctx,
    photo: Photograph,
    base: str,
    on: dt.date,
    claimant_natural: Tri,
    waived_counts_as_held: bool,
) -> Tri:
    """Whether the claimant holds the moral rights in the photograph on a date.

    Moral rights belong to the author, a natural person (s. 14.1(1)); they last
    as long as the copyright and pass on the author's death to the heirs
    (s. 14.2(1), (2)); they cannot be assigned but can be waived (s. 14.1(2)).
    """
    subsists = copyright_subsists(ctx, photo, base, on)
    if subsists is FALSE:
        ctx.because("moral rights last only as long as the copyright", S14_2)
        return FALSE
    is_author = claimant_is_author(ctx, photo, base)
    branches = []
    if is_author is not FALSE:
        # When the claimant is the author, the author's life is the claimant's, which every
        # class requires on its own (_rcmp._exists_on_as_of): if the claimant is not alive,
        # the class fails there whatever is found here.
        branches.append(TRUE)
    if is_author is not TRUE:
        branches.append(_author_alive(ctx, photo, base, on))
    author_alive = agree(branches)
    if author_alive is not FALSE:
        ctx.because("moral rights belong to the author, who must be a natural person", S14_1)
        as_author = all_of((is_author, claimant_natural))
    if author_alive is not TRUE:
        ctx.because("on the author's death the moral rights pass to the heirs", S14_2)
        as_heir = is_claimant(ctx.field(photo, base, "moral_rights_heir"))
    if author_alive is TRUE:
        holder = as_author
    elif author_alive is FALSE:
        holder = as_heir
    else:
        holder = agree((as_author, as_heir))
    if holder is FALSE:
        return FALSE
    if waived_counts_as_held:
        not_waived = TRUE
    else:
        ctx.because("a waived moral right is not held (reading R7)", R7_WAIVER)
        not_waived = ~tri(_presumed(
            ctx, photo, base, "moral_rights_waived", False, "the moral rights were not waived",
            R9_MORAL,
        ))
    return all_of((subsists, holder, not_waived))
