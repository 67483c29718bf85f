"""Copyright and moral rights in a photograph, under Canadian law.

Copyright Act, R.S.C. 1985, c. C-42 (official consolidation, Justice Laws).
Each function answers one question about the claimant, on one date, in
three-valued logic, and records the rule it applied with its section. The
words of each provision are quoted beside the rule that applies it, so that
the code can be checked against the Act line by line.

Two rules changed on a date, and say so in their names:
- who first owns a photograph, and who its author is: the rules for
  photographs made before 2012-11-07 (Copyright Modernization Act, S.C. 2012,
  c. 20, in force that day) differ from those for photographs made on or
  after it, with the transitional rules of that Act's ss. 59 and 60;
- the term: life of the author plus 50 years, extended to plus 70 for works
  still protected on 2022-12-30 (S.C. 2022, c. 10, s. 276), with no revival of
  a work whose term had already run out (s. 280).

Where the record is silent, the action decides, through the :class:`Terms` its
readings give (``context.readings.copyright``). When they presume, copyright
subsists and the author owns it unless the facts show otherwise (s. 34.1(1));
the Act's defaults stand where nothing rebuts them (no agreement to the
contrary, no Crown direction, one author, a whole assignment made by the owner
of the day); the photographer owned the negative and the author keeps the moral
rights. A fact whose only role is to rebut these is used when given and never
asked for (see :func:`_presumed`). When they do not, each such fact is asked for.
The law knows no action: the readings that decide are cited as the action's
terms say.

Who holds the copyright is worked out as the set of people who hold some part
of it (s. 13(5): after a partial assignment assignor and assignee are each an
owner), one set for each way the facts left out could turn out; the claimant
holds copyright when the claimant is in every such set (true), in none
(false), or in some (unknown).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import operator
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

from attrs import field, frozen

from ..engine.cite import Citation, joined
from ..engine.core import Context
from ..engine.dates import DateRange
from ..engine.logic import FALSE, TRUE, UNKNOWN, Tri, agree, all_of, any_of, tri
from ..law.persons import not_dead_before
from ..records.claim import Extent, Holder, Party, PersonKind, Photograph, Transfer, TransferKind

MODERNIZATION_IN_FORCE = dt.date(2012, 11, 7)
TERM_EXTENSION_IN_FORCE = dt.date(2022, 12, 30)

_ACT = "Copyright Act, R.S.C. 1985, c. C-42"
S6_LIFE_PLUS_50 = f"{_ACT}, s. 6 (before 2022-12-30)"
S6_LIFE_PLUS_70 = f"{_ACT}, s. 6, as amended by S.C. 2022, c. 10, s. 276"
NO_REVIVAL_2022 = "S.C. 2022, c. 10, s. 280 (no revival of a term that ended before 2022-12-30)"
S9_1 = f"{_ACT}, s. 9(1)"
S9_1_PLUS_70 = f"{_ACT}, s. 9(1), as amended by S.C. 2022, c. 10, s. 279"
S12 = f"{_ACT}, s. 12"
S5_1 = f"{_ACT}, s. 5(1)"
S13_1 = f"{_ACT}, s. 13(1)"
S13_3 = f"{_ACT}, s. 13(3)"
S13_4 = f"{_ACT}, s. 13(4)"
S13_5 = f"{_ACT}, s. 13(5)"
S13_7 = f"{_ACT}, s. 13(7)"
S14_1 = f"{_ACT}, s. 14(1)"
S14_1_1 = f"{_ACT}, s. 14.1(1)"
S14_1_2 = f"{_ACT}, s. 14.1(2)"
S14_2_1 = f"{_ACT}, s. 14.2(1)"
S14_2_2 = f"{_ACT}, s. 14.2(2) and (3)"
S34_1 = f"{_ACT}, s. 34.1(1)"
FORMER_S10_1 = "Copyright Act, former s. 10(1) (repealed by S.C. 2012, c. 20, in force 2012-11-07)"
FORMER_S10_2 = "Copyright Act, former s. 10(2) (repealed by S.C. 2012, c. 20, in force 2012-11-07)"
FORMER_S13_2 = "Copyright Act, former s. 13(2) (repealed by S.C. 2012, c. 20, in force 2012-11-07)"
CMA_S59_1 = "Copyright Modernization Act, S.C. 2012, c. 20, s. 59(1)"
CMA_S59_2 = "Copyright Modernization Act, S.C. 2012, c. 20, s. 59(2)"
CMA_S59_3 = "Copyright Modernization Act, S.C. 2012, c. 20, s. 59(3)"
CMA_S60 = "Copyright Modernization Act, S.C. 2012, c. 20, s. 60"
SUCCESSION = (
    "law of succession: copyright is property and passes with its owner's estate "
    "(for moral rights, Copyright Act s. 14.2(2))"
)
NEMO_DAT = (
    f"{_ACT}, s. 13(4) (\"the owner of the copyright ... may assign the right\"): "
    "a transfer passes only what the transferor owns"
)


@frozen
class Terms:
    """How an action applies this law where its class definitions leave it open, and how it cites
    the readings that decide (its readings expose them as ``copyright``).

    ``presume``: where the record is silent, apply s. 34.1(1) and the Act's defaults (else each
    fact that could rebut them is asked for); ``presumed_by``: the reading that says so, as a
    citation ("reading R9 (seeds/x.json)"), and ``presumed_applies`` the same read as applying
    s. 34.1(1) ("reading R9 applies it (seeds/x.json)"). ``waived_held``: a waived moral right still counts as
    held; ``waiver_by``: the reading that says so. ``natural_by``: the premise that a legal
    person holds no moral rights, as the action cites it.
    """

    presume: bool
    presumed_by: Citation
    presumed_applies: Citation
    waived_held: bool
    waiver_by: Citation
    natural_by: Citation
    # An exclusive licensee counts as holding the copyright (the interest s. 13(7) grants);
    # ``licensee_by``: the reading that says so. No reading of an action that does not say it.
    licensee_holds: bool = False
    licensee_by: Citation | None = None
    # The citations made from these, once: every determination cites them many times.
    s34_1_applied: Citation = field(init=False)
    negative: Citation = field(init=False)
    negative_kind: Citation = field(init=False)
    moral: Citation = field(init=False)
    waiver: Citation = field(init=False)
    natural_only: Citation = field(init=False)

    def __attrs_post_init__(self) -> None:
        said = {
            "s34_1_applied": Citation(S34_1, ", as ", self.presumed_applies),
            # s. 34.1(1) presumes only that copyright subsists and who owns it. Who owned the
            # negative decides who the deemed author is (former s. 10(2)); taking the
            # photographer as its owner is the reading's default, not the words of s. 34.1(1).
            # Its presumption of ownership holds "until the contrary is proved": an ordering
            # before 2012-11-07 (former s. 13(2)) or an employment (s. 13(3)) proves it.
            "negative": Citation(
                self.presumed_by, ": the photographer is taken to have owned the initial "
                "negative, and so to be the deemed author (Copyright Act, former s. 10(2)), whom "
                "s. 34.1(1)(b) presumes to own the copyright until the contrary is proved"
            ),
            # Where the record says someone else owned the negative but not what kind of
            # person, taking a natural person (who can hold moral rights and whose term runs on
            # a life) is the reading's default for "the author keeps the moral rights".
            "negative_kind": Citation(
                self.presumed_by, ": an owner of the initial negative other than the claimant "
                "and the photographer is taken to be a natural person, the deemed author "
                "(Copyright Act, former s. 10(2)) who keeps the moral rights (s. 14.1(1))"
            ),
            # That the author keeps the moral rights where the record shows no waiver and no
            # death is the reading's own default.
            "moral": Citation(
                self.presumed_by, ": the author keeps the moral rights (Copyright Act s. 14.1(1)) "
                "unless a waiver (s. 14.1(2)) or the author's death (s. 14.2(2)) is shown"
            ),
            "waiver": joined(self.waiver_by, f"a waiver of moral rights: {_ACT}, s. 14.1(2)"),
            # The Act gives moral rights to "the author" (s. 14.1(1)) and lets them pass only on
            # a death (s. 14.2(2), (3)); it does not say in words that a legal person cannot hold
            # them: the rights of integrity and association protect a person's honour and
            # reputation (s. 28.2), and a legal person deemed author under former s. 10(2) never
            # dies to pass them on. The action states it as a premise.
            "natural_only": Citation(
                self.natural_by, ": a legal person cannot hold moral rights, which belong to "
                "the author (Copyright Act s. 14.1(1)) and pass only on a death (s. 14.2(2))"
            ),
        }
        for name, text in said.items():
            object.__setattr__(self, name, text)

    def presumed_and(self, citation: str) -> Citation:
        """The presuming reading and a provision, cited together (made once for each)."""
        key = (self.presumed_by, citation)
        found = _PRESUMED_AND.get(key)
        if found is None:
            found = _PRESUMED_AND[key] = joined(self.presumed_by, citation)
        return found


# Terms.presumed_and, made once for each reading and provision (a module's table: a compiled
# attrs class takes no field of its own for it).
_PRESUMED_AND: dict[tuple[str, str], Citation] = {}


_CLAIMANT = Party.CLAIMANT  # a global: a member looked up on its enum is slow (see _logic.TRUE)
_H_CLAIMANT, _H_PHOTOGRAPHER, _H_OTHER = Holder.CLAIMANT, Holder.PHOTOGRAPHER, Holder.OTHER
_EVERYONE = (_H_CLAIMANT, _H_PHOTOGRAPHER, _H_OTHER)

Ctx = Context[Any]
# Who holds some part of the copyright, and who the author is when the author was its first
# owner (for the reversion of s. 14(1)); None when the first owner was not the author.
Owners = frozenset[Holder]
Start = tuple[Owners, "Holder | None"]


def _applied(ctx: Ctx) -> Terms:
    """The terms on which the action applies this law (its readings' ``copyright``)."""
    return ctx.of_readings(_TERMS)


_TERMS: Callable[[Any], Terms] = operator.attrgetter("copyright")


# The citations of the reading's own defaults, taken from the terms where they are said.
_NEGATIVE_KIND: Callable[[Terms], str] = operator.attrgetter("negative_kind")
_MORAL: Callable[[Terms], str] = operator.attrgetter("moral")


def _presumes(ctx: Ctx) -> bool:
    """Whether the action applies the presumptions of s. 34.1(1) where the record is silent."""
    return _applied(ctx).presume


_CitedBy = str | Callable[[Terms], str]
"""A citation, or how to make it from the action's terms (made only where it is said)."""


@functools.cache
def _reading_and(citation: str) -> Callable[[Terms], str]:
    """The citation "<the reading that presumes>; ``citation``" (Terms.presumed_and)."""
    return lambda terms: terms.presumed_and(citation)


def _presumed(
    ctx: Ctx, obj: Any, base: str, name: str, presumed: Any, what: str,
    citation: _CitedBy | None = None, rebutted: tuple[str, str] | None = None,
) -> Any:
    """A fact that, left out, takes the value the Act presumes (where the action presumes).

    Copyright Act s. 34.1(1): copyright is presumed to subsist and the author
    to own it "unless the contrary is proved". A fact the record gives always
    rebuts the presumption; one left out leaves it standing and is not asked
    for. Where the action does not presume, the fact is read, and named when left out.
    ``citation`` (by default s. 34.1(1) as the action applies it) is said with the presumption.
    ``rebutted``: a sibling yes or no whose yes the presumption cannot stand beside, and the
    words that say so (the fact is then read, and named when left out).
    """
    terms = _applied(ctx)
    if not terms.presume:
        return ctx.field(obj, base, name)
    value = ctx.optional(obj, base, name)
    if value is None:
        if rebutted is not None and ctx.optional(obj, base, rebutted[0]) is True:
            # BRIEF §5: "A fact given always rebuts it" (s. 34.1(1), "unless the contrary is
            # proved"): a photograph's copyright or a licence of it said to have come to the
            # claimant is not presumed never to have passed (a trial's person said yes to it
            # and did not know how many times; the result said it was presumed never
            # transferred). Its transfers are then asked for.
            if ctx.explains:
                ctx.because(rebutted[1], terms.s34_1_applied)
            return ctx.field(obj, base, name)
        if ctx.explains:  # a context that keeps no reasons is not handed one to drop
            ctx.because(
                f"presumed, as the record is silent: {what}",
                terms.s34_1_applied if citation is None
                else citation if isinstance(citation, str) else citation(terms),
            )
        return presumed
    return value


def is_claimant(party: Party | None) -> Tri:
    return UNKNOWN if party is None else tri(party is _CLAIMANT)


def _holder(party: Party | None) -> tuple[Holder, ...]:
    """The holders a ``Party`` fact can be: the claimant, someone else, or (left out) either."""
    if party is None:
        return (_H_CLAIMANT, _H_OTHER)
    return (_H_CLAIMANT,) if party is _CLAIMANT else (_H_OTHER,)


def _known(value: Tri) -> bool | None:
    """A truth value as a yes/no fact: None when unknown."""
    return None if value is UNKNOWN else value is TRUE


def _branches(value: bool | None) -> tuple[bool, ...]:
    """The values a yes/no fact can take: itself, or both when left out."""
    return (True, False) if value is None else (value,)


def _made_before_2012_by_death(ctx: Ctx, photo: Photograph, base: str) -> bool:
    """Whether the photographer died before 2012-11-07, and so made it before that day."""
    died: DateRange | None = ctx.optional(photo, base, "author_died_on")
    return died is not None and died.before(MODERNIZATION_IN_FORCE) is TRUE


def _by_date_of_making(
    ctx: Ctx, photo: Photograph, base: str,
    before: Callable[[], Tri], since: Callable[[], Tri],
) -> Tri:
    """The rule for photographs made before 2012-11-07 or the one since, by ``made_on``.

    The Copyright Modernization Act (S.C. 2012, c. 20) came into force on
    2012-11-07. A photographer who died before that day made the photograph
    before it; otherwise the date of making decides. Left out, it leaves both
    rules open: they must agree. Worked out as a part (``Context.part``), so
    that the date is not asked for when both rules give the same definite answer.
    """
    return ctx.part(_by_making, photo, base, before, since)


def _by_making(
    ctx: Ctx, photo: Photograph, base: str,
    before: Callable[[], Tri], since: Callable[[], Tri],
) -> Tri:
    if _made_before_2012_by_death(ctx, photo, base):
        return before()
    made_on: DateRange | None = ctx.field(photo, base, "made_on")
    if made_on is not None:
        side = made_on.before(MODERNIZATION_IN_FORCE)  # a year or a month may straddle the day
        if side is TRUE:
            return before()
        if side is FALSE:
            return since()
    return agree((before(), since()))


# --- the term -----------------------------------------------------------------------------
#
# Quoted from the official consolidation (Justice Laws) unless marked otherwise.
#
# s. 6, as replaced by S.C. 2022, c. 10, s. 276 (in force 2022-12-30; wording as published
# after the amendment): "Except as otherwise expressly provided by this Act, the term for which
# copyright subsists is the life of the author, the remainder of the calendar year in which the
# author dies, and a period of 70 years following the end of that calendar year." Before
# 2022-12-30 the period was fifty years.
# S.C. 2022, c. 10, s. 280: "Section 6, subsections 6.2(2) and 7(1) and (3) and section 9 of
# the Copyright Act, as enacted by sections 276 to 279, do not have the effect of reviving the
# copyright in any work in which the copyright had expired before the day on which sections 276
# to 279 come into force."
#
# s. 9(1) (as consolidated before 2022-12-30; s. 279 of S.C. 2022, c. 10 put 70 for fifty):
# "In the case of a work of joint authorship, except as provided in section 6.2, copyright shall
# subsist during the life of the author who dies last, for the remainder of the calendar year of
# that author's death, and for a period of fifty years following the end of that calendar year
# ..."
#
# s. 12: "Without prejudice to any rights or privileges of the Crown, where any work is, or has
# been, prepared or published by or under the direction or control of Her Majesty or any
# government department, the copyright in the work shall, subject to any agreement with the
# author, belong to Her Majesty and in that case shall continue for the remainder of the
# calendar year of the first publication of the work and for a period of fifty years following
# the end of that calendar year."
#
# Former s. 10(1) (version of 2002-12-31 to 2012-11-06): "Where the owner referred to in
# subsection (2) is a corporation, the term for which copyright subsists in a photograph shall
# be the remainder of the year of the making of the initial negative or plate from which the
# photograph was derived or, if there is no negative or plate, of the initial photograph, plus
# a period of fifty years."
# S.C. 2012, c. 20, s. 59(1): "The repeal of section 10 of the Copyright Act by section 6 does
# not have the effect of reviving copyright in any photograph in which, on the coming into force
# of that section 6, copyright had expired."
# s. 59(2): "In any case in which, immediately before the coming into force of section 6, a
# corporation is deemed, by virtue of subsection 10(2) ..., to be the author of a photograph in
# which copyright subsists at that time, the copyright in that photograph continues to subsist
# for the term determined in accordance with sections 6, 6.1, 6.2, 9, 11.1 or 12 of the
# Copyright Act as if its author were the individual who would have been considered the author
# of the photograph apart from that subsection 10(2)."
# s. 59(3): "In any case in which an individual is deemed to be the author of a photograph, by
# virtue of subsection 10(2) ..., the individual continues, after the coming into force of that
# section 6, to be the author of that photograph for the purposes of the Copyright Act."
# (Former s. 10(1.1), a corporation whose voting shares the photographer mostly owned, is not
# modelled: such a negative is treated as any corporation's.)


def expiry_of_term(author_died_on: dt.date) -> dt.date:
    """The last day copyright subsists, by the year of the (last surviving) author's death.

    Life + 50 to the end of that calendar year (s. 6 before 2022-12-30); a work
    still protected on 2022-12-30 gets life + 70 (S.C. 2022, c. 10, s. 276);
    a term that ended earlier is not revived (s. 280).
    """
    life_plus_50 = _end_of_year_after(author_died_on, 50)
    if life_plus_50 >= TERM_EXTENSION_IN_FORCE:
        return _end_of_year_after(author_died_on, 70)
    return life_plus_50


def _end_of_year_after(day: dt.date, years: int) -> dt.date:
    """31 December of the year ``years`` after the year of ``day``: the end of a term "for a
    period of [so many] years following the end of that calendar year" (s. 6; former s. 10(1);
    s. 12). Made from ``day`` by ``replace``, so that the engine, weighing a missing date, sees
    the line the term draws through it (classaction._trace). A date with no latest day (given
    as "2001/..") has no end of term either."""
    if day.year + years > dt.MAXYEAR:
        return dt.date.max
    return day.replace(year=day.year + years, month=12, day=31)


def _latest(value: DateRange | None) -> dt.date | None:
    """The latest day a date given roughly can be. The term ends latest for the latest death
    (or making, or publication), and subsistence is presumed unless every day the facts allow
    ends it (s. 34.1(1)(a)): the latest day decides."""
    return None if value is None else value.latest


def _by(when: DateRange | None) -> str:
    """" at the latest" after a term's end worked out from a date given roughly."""
    return "" if when is None or when.exact else " at the latest"


def _life_term(died_on: dt.date | None, whose: str, rough: str = "") -> tuple[dt.date | None, str, str]:
    """The end of a term measured by a life: (None while the person lives or the date of death
    is not given). ``rough`` follows the end when the date of death is known only roughly."""
    if died_on is None:
        return None, "", ""
    expiry = expiry_of_term(died_on)
    if expiry.year - died_on.year == 70:
        return (
            # Of an as-of date before 2022-12-30 the term then ran 50 years: said, as a lawyer
            # read the 2022 term applied to 2020 (the end of the term is the same either way for
            # subsistence on a date before then: 50 years had not run).
            expiry, f"the term of copyright runs on {whose} life, to {expiry.isoformat()}{rough} "
            "(70 years from the end of the year of death, extended from 50 on 2022-12-30)",
            S6_LIFE_PLUS_70,
        )
    return (
        expiry,
        f"the term of copyright ran on {whose} life, to {expiry.isoformat()}{rough}, and ended "
        "before 2022-12-30, so it was not extended",
        f"{S6_LIFE_PLUS_50}; {NO_REVIVAL_2022}",
    )


def _corporate_term(
    made_on: DateRange | None, photographer: tuple[dt.date | None, str, str]
) -> tuple[dt.date | None, str, str]:
    """A corporation deemed author (former s. 10(2)): the year of making plus 50 years (former
    s. 10(1)), not revived if ended before 2012-11-07 (S.C. 2012, c. 20, s. 59(1)); a term still
    running that day continues on the photographer's life (s. 59(2))."""
    if made_on is None:
        return None, "", ""
    expiry = _end_of_year_after(made_on.latest, 50)
    if expiry < MODERNIZATION_IN_FORCE:
        return (
            expiry,
            f"the negative was owned by a corporation: the term ran 50 years from the year of "
            f"making, to {expiry.isoformat()}{_by(made_on)}, and was not revived",
            f"{FORMER_S10_1}; {CMA_S59_1}",
        )
    end, text, citation = photographer
    if end is None:
        return None, "", ""
    return end, f"{text} (the negative was owned by a corporation)", f"{CMA_S59_2}; {citation}"


# The facts of a photograph that bear on its term, each read through the context with
# ``optional`` (so that one not accepted under reading R8 counts as left out).
_TERM_FACTS = (
    "made_on", "author_died_on", "crown_direction", "crown_agreement", "first_published_on",
    "negative_owner", "negative_owner_kind", "negative_owner_died_on", "joint_authorship",
    "coauthor", "coauthor_died_on",
)


def _authors_term(
    facts: dict[str, Any], first: tuple[dt.date | None, str, str]
) -> tuple[dt.date | None, str, str]:
    """The term of a photograph of one author, or of joint authors (s. 9(1)): the last death."""
    if facts["joint_authorship"] is not True:
        return first
    coauthor_died: DateRange | None = facts["coauthor_died_on"]
    if facts["coauthor"] is _CLAIMANT or coauthor_died is None or first[0] is None:
        return None, "", ""
    last = facts["author_died_on"].later(coauthor_died)
    expiry, _, citation = _life_term(last.latest, "the last surviving author's")
    # A joint work's term is s. 9(1)'s, whose 70 years S.C. 2022, c. 10, s. 279 enacted, as s. 276
    # did s. 6's (a lawyer's trial read s. 6's amendment cited for it).
    extended = citation == S6_LIFE_PLUS_70
    return (
        expiry,
        f"the term runs on the life of the last of its joint authors, to {expiry}{_by(last)}"
        + (" (70 years from the end of the year of death, extended from 50 on 2022-12-30)"
           if extended else ", and ended before 2022-12-30, so it was not extended"),
        S9_1_PLUS_70 if extended else f"{S9_1} (before 2022-12-30); {NO_REVIVAL_2022}",
    )


def _terms(
    ctx: Ctx, photo: Photograph, base: str, claimant_natural: Tri
) -> list[tuple[dt.date | None, str, str]]:
    """Every end of term the facts given allow (None: no end shown), with its reason.

    The facts here only rebut the presumption that copyright subsists
    (s. 34.1(1)(a)): each is read with ``optional`` and never asked for.
    """
    facts = {name: ctx.optional(photo, base, name) for name in _TERM_FACTS}
    terms: list[tuple[dt.date | None, str, str]] = []
    if facts["crown_direction"] is True and facts["crown_agreement"] is not True:
        published: DateRange | None = facts["first_published_on"]
        if published is None:
            terms.append((None, "", ""))
        else:
            expiry = _end_of_year_after(published.latest, 50)
            terms.append((
                expiry,
                f"Crown copyright runs 50 years from first publication, to {expiry}{_by(published)}",
                S12,
            ))
        return terms
    # A claimant who took the photograph is alive (every class requires it): no date of death.
    died: DateRange | None = facts["author_died_on"]
    photographer = _authors_term(
        facts, _life_term(_latest(died), "the photographer's", _by(died))
    )
    made_on: DateRange | None = facts["made_on"]
    if made_on is None and _made_before_2012_by_death(ctx, photo, base):
        regimes: tuple[bool, ...] = (True,)
    else:
        regimes = _branches(
            None if made_on is None else _known(made_on.before(MODERNIZATION_IN_FORCE))
        )
    for before_2012 in regimes:
        if not before_2012:
            terms.append(photographer)
            continue
        owner = facts["negative_owner"]
        if owner is None:
            owners: tuple[Holder, ...] = (_H_PHOTOGRAPHER,) if _presumes(ctx) else _EVERYONE
        else:
            owners = (owner,)
        for deemed in owners:
            if deemed is _H_PHOTOGRAPHER:
                terms.append(photographer)
            elif deemed is _H_CLAIMANT:
                # A living claimant's life has not ended; a legal person's term is former s. 10(1).
                if claimant_natural is not TRUE:
                    terms.append(_corporate_term(made_on, photographer))
                if claimant_natural is not FALSE:
                    terms.append((None, "", ""))
            else:
                kind = facts["negative_owner_kind"]
                if kind is not PersonKind.NATURAL:
                    terms.append(_corporate_term(made_on, photographer))
                if kind is not PersonKind.LEGAL:
                    owner_died: DateRange | None = facts["negative_owner_died_on"]
                    end, text, citation = _life_term(
                        _latest(owner_died), "the deemed author's", _by(owner_died)
                    )
                    terms.append((end, text, f"{CMA_S59_3}; {citation}" if end else citation))
    return terms


def made_after(ctx: Ctx, photo: Photograph, base: str, on: dt.date) -> Tri:
    """Whether the photograph was made after ``on``: FALSE where its date of making is left out
    (s. 34.1(1)(a) presumes subsistence, and asks nothing) or lies wholly by ``on``. A date
    given is read as any date is (BRIEF §4: a comparison of dates is unknown only when the date
    straddles the day it is compared with): one that may fall after ``on`` leaves open whether
    the photograph existed then, and is asked more exactly (a trial's "between July and
    December 2020" was read as made by 2020-07-08)."""
    made_on: DateRange | None = ctx.optional(photo, base, "made_on")
    if made_on is None or made_on.after(on) is FALSE:
        return FALSE
    given: DateRange = ctx.field(photo, base, "made_on")  # read so that it is asked
    return given.after(on)


def copyright_subsists(
    ctx: Ctx, photo: Photograph, base: str, on: dt.date, claimant_natural: Tri = UNKNOWN
) -> Tri:
    """Whether copyright subsists in the photograph on a date.

    Subsistence is presumed unless the facts show otherwise (s. 34.1(1)(a)):
    it is false only when every way the facts given allow ends the term
    before ``on``, or the photograph was made after ``on``. No fact is asked for
    here but a date of making given that may fall after ``on``: whether the
    photograph existed then is not known (BRIEF §4, dates).
    """
    after = made_after(ctx, photo, base, on)
    if after is TRUE:
        # Said as a conclusion too: "taken on 2023-05-05; ...; so the claimant does not hold
        # the moral rights" read to a trial's lawyer as a non sequitur, the reason unsaid.
        ctx.because(f"the photograph was made after {on.isoformat()}: copyright subsists in a "
                    "work from its making", S5_1)
        ctx.because(f"so no copyright in it existed on {on.isoformat()}", S5_1)
        return FALSE
    if after is UNKNOWN:
        return UNKNOWN
    if claimant_natural is UNKNOWN:
        # Whether the claimant is a natural or a legal person is a fact the classes ask for,
        # not one the record is silent on: when the term turns on it, so does the answer.
        return agree(
            _subsists_by_term(ctx, photo, base, on, natural) for natural in (TRUE, FALSE)
        )
    return _subsists_by_term(ctx, photo, base, on, claimant_natural)


def _subsists_by_term(
    ctx: Ctx, photo: Photograph, base: str, on: dt.date, claimant_natural: Tri
) -> Tri:
    terms = _terms(ctx, photo, base, claimant_natural)
    if all(expiry is not None and expiry < on for expiry, _, _ in terms):
        for _, text, citation in terms:
            ctx.because(text, citation)
        # Said as a conclusion too, so that the summary gives it: without it, "the photographer
        # died ...; so the claimant does not hold the moral rights" read as if the death alone
        # defeated the heir (a lawyer).
        # (Not dated: reading a traced date again would weigh the dates it turns on anew.)
        ctx.because(
            f"so its term of copyright had ended before {on.isoformat()}",
            "; ".join(dict.fromkeys(citation for _, _, citation in terms)),
        )
        return FALSE
    if len(terms) == 1 and terms[0][0] is not None:
        ctx.because(terms[0][1], terms[0][2])
    else:
        ctx.because("copyright is presumed to subsist, as nothing shows otherwise", S34_1)
    return TRUE


# --- first ownership --------------------------------------------------------------------
#
# s. 13(1): "Subject to this Act, the author of a work shall be the first owner of the
# copyright therein."
# s. 13(3): "Where the author of a work was in the employment of some other person under a
# contract of service or apprenticeship and the work was made in the course of his employment
# by that person, the person by whom the author was employed shall, in the absence of any
# agreement to the contrary, be the first owner of the copyright ..."
# Former s. 13(2): "Where, in the case of an engraving, photograph or portrait, the plate or
# other original was ordered by some other person and was made for valuable consideration, and
# the consideration was paid, in pursuance of that order, in the absence of any agreement to
# the contrary, the person by whom the plate or other original was ordered shall be the first
# owner of the copyright." (Text as quoted by secondary sources; repealed by S.C. 2012, c. 20,
# s. 7.) S.C. 2012, c. 20, s. 60: "Subsection 13(2) of the Copyright Act, as it read
# immediately before the coming into force of section 7, continues to apply with respect to any
# engraving, photograph or portrait the plate or original of which was commissioned before the
# coming into force of that section 7."
# Former s. 10(2): the owner of the initial negative (or, with none, of the initial
# photograph) when it was made "is deemed to be the author of the photograph".


def _author_holder(ctx: Ctx, photo: Photograph, base: str, before_2012: bool) -> tuple[Holder, ...]:
    """Who the author is: the photographer, or before 2012-11-07 the deemed author, the owner
    of the initial negative (former s. 10(2)); several when left out under R9 = strict."""
    if not before_2012:
        return (_H_PHOTOGRAPHER,)
    # Its condition said with it: a lawyer read the rule of a photograph whose date was not
    # known as if it held of every photograph.
    ctx.because(
        "of a photograph made before 2012-11-07, the owner of the initial negative or photograph "
        "was deemed its author", FORMER_S10_2,
    )
    if not _presumes(ctx):
        owner = ctx.field(photo, base, "negative_owner")
        return _EVERYONE if owner is None else (owner,)
    owner = ctx.optional(photo, base, "negative_owner")
    if owner is None:
        ctx.because(
            "presumed, as the record is silent: the photographer owned the initial negative",
            _applied(ctx).negative,
        )
        return (_H_PHOTOGRAPHER,)
    return (owner,)


def _by_authors(ctx: Ctx, photo: Photograph, base: str, before_2012: bool) -> list[Start]:
    """The author first owns (s. 13(1)); joint authors own together (s. 9(1))."""
    ctx.because("the author is the first owner of the copyright", S13_1)
    starts: list[Start] = []
    authors = _author_holder(ctx, photo, base, before_2012)
    joint = _presumed(
        ctx, photo, base, "joint_authorship", False, "the photograph has one author",
        _reading_and(S9_1),
    )
    for together in _branches(joint):
        for author in authors:
            if not together:
                starts.append((frozenset((author,)), author))
                continue
            ctx.because("joint authors own the copyright together", S9_1)
            for coauthor in _holder(ctx.field(photo, base, "coauthor")):
                starts.append((frozenset((author, coauthor)), None))
    return starts


def _unless_agreed(
    ctx: Ctx, photo: Photograph, base: str, agreement: str, what: str, citation: str,
    owner: Callable[[], tuple[Holder, ...]], otherwise: Callable[[], list[Start]],
) -> list[Start]:
    """``owner()`` is first owner "in the absence of any agreement to the contrary"."""
    agreed = _presumed(
        ctx, photo, base, agreement, False, f"no agreement gave {what}",
        _reading_and(citation),
    )
    starts: list[Start] = []
    for contrary in _branches(agreed):
        if contrary:
            ctx.because(f"an agreement to the contrary gave {what}", citation)
            starts += otherwise()
        else:
            starts += [(frozenset((holder,)), None) for holder in owner()]
    return starts


def _once(make: Callable[[], list[Start]]) -> Callable[[], list[Start]]:
    """``make``, called at most once: its answer is kept for the next caller."""
    kept: list[list[Start]] = []

    def get() -> list[Start]:
        if not kept:
            kept.append(make())
        return kept[0]

    return get


def _by_employment_or(
    ctx: Ctx, photo: Photograph, base: str, authors: Callable[[], list[Start]]
) -> list[Start]:
    """The employer if made in the course of employment (s. 13(3)), else ``authors()``."""
    employed = _presumed(
        ctx, photo, base, "made_in_course_of_employment", False,
        "the photograph was not made in the course of employment",
    )
    starts: list[Start] = []
    for at_work in _branches(employed):
        if not at_work:
            starts += authors()
            continue
        ctx.because(
            "a photograph made in the course of employment belongs first to the employer, "
            "in the absence of any agreement to the contrary", S13_3,
        )
        starts += _unless_agreed(
            ctx, photo, base, "employment_agreement_to_contrary",
            "the copyright to the author instead of the employer", S13_3,
            lambda: _holder(ctx.field(photo, base, "employer")),
            authors,
        )
    return starts


def _ordered_before_2012(ctx: Ctx, photo: Photograph, base: str, before_2012: bool) -> Tri:
    """Whether the photograph was ordered before 2012-11-07 (S.C. 2012, c. 20, s. 60)."""
    if before_2012:
        # Ordered before it was made: the date compared was the making's, which a reader took
        # for the order's (a trial's lawyer, of a photograph taken in July 2009 and ordered
        # in 2009).
        ctx.because(
            "a photograph taken before 2012-11-07 was ordered before it, as an order comes "
            "before what it orders", CMA_S60,
        )
        return TRUE
    ordered: DateRange | None = ctx.field(photo, base, "commissioned_on")
    return UNKNOWN if ordered is None else ordered.before(MODERNIZATION_IN_FORCE)


def _by_commission_or(
    ctx: Ctx, photo: Photograph, base: str, before_2012: bool,
    otherwise: Callable[[], list[Start]],
) -> list[Start]:
    """The person who ordered and paid for it (former s. 13(2), kept by S.C. 2012, c. 20, s. 60,
    for a photograph ordered before 2012-11-07), else by employment or authorship."""
    # Presumed not ordered (reading R9, which cites s. 34.1(1)), so that former s. 13(2) does
    # not make whoever ordered it the first owner: the provision set aside is cited.
    commissioned = _presumed(
        ctx, photo, base, "commissioned", False,
        "the photograph was not ordered and paid for by someone other than the photographer",
        _reading_and(FORMER_S13_2),
    )
    starts: list[Start] = []
    for ordered in _branches(commissioned):
        in_time = _ordered_before_2012(ctx, photo, base, before_2012) if ordered else FALSE
        if in_time is not TRUE:
            if ordered:
                # s. 13(1) and (3) as they stand; s. 60 keeps former s. 13(2) only for a
                # photograph ordered before 2012-11-07.
                ctx.because(
                    "a photograph ordered on or after 2012-11-07 belongs first to its author "
                    "or the author's employer", f"{S13_1}, (3); {CMA_S60}, a contrario",
                )
            starts += otherwise()
        if in_time is not FALSE:
            ctx.because(
                "a photograph ordered before 2012-11-07, and paid for, belonged first to the "
                "person who ordered it, in the absence of any agreement to the contrary",
                f"{FORMER_S13_2}; {CMA_S60}",
            )
            starts += _unless_agreed(
                ctx, photo, base, "commission_agreement_to_contrary",
                "the copyright to the photographer instead of the person who ordered it",
                FORMER_S13_2,
                lambda: _holder(ctx.field(photo, base, "commissioner")),
                otherwise,
            )
    return starts


def _first_owners(ctx: Ctx, photo: Photograph, base: str, before_2012: bool) -> list[Start]:
    """Every first owner the facts allow: the Crown (s. 12), else by commission, employment or
    authorship."""
    # Each rule below is the fallback of the one above it, and is worked out once whichever
    # branches of the facts left out reach it. Partials, not lambdas: a lambda that names
    # another's result closes over this frame, which holds both: a reference cycle, and with it
    # the context, left for the garbage collector.
    authors = _once(functools.partial(_by_authors, ctx, photo, base, before_2012))
    employment = _once(functools.partial(_by_employment_or, ctx, photo, base, authors))
    commission = _once(functools.partial(_by_commission_or, ctx, photo, base, before_2012, employment))
    crown = _presumed(
        ctx, photo, base, "crown_direction", False,
        "the photograph was not made or published under the direction or control of the Crown",
        _reading_and(S12),
    )
    starts: list[Start] = []
    for directed in _branches(crown):
        if not directed:
            starts += commission()
            continue
        ctx.because(
            "a work made or published under the direction or control of the Crown or a "
            "government department belongs to the Crown, subject to any agreement with the author",
            S12,
        )
        starts += _unless_agreed(
            ctx, photo, base, "crown_agreement", "the copyright to the author, not the Crown", S12,
            lambda: (_H_OTHER,),
            commission,
        )
    return starts


def _is_photographer(ctx: Ctx, photo: Photograph, base: str) -> tuple[bool, ...]:
    """Whether the claimant took the photograph: yes, no, or (left out) both."""
    author = ctx.field(photo, base, "author")
    return _branches(None if author is None else author is _CLAIMANT)


def _as_seen(holders: Iterable[Holder], photographer_is_claimant: bool) -> Owners:
    """Holders with the photographer named as the claimant when the claimant took it."""
    if not photographer_is_claimant:
        return frozenset(holders)
    return frozenset(_H_CLAIMANT if h is _H_PHOTOGRAPHER else h for h in holders)


def _claimant_in(sets: Iterable[Owners]) -> Tri:
    """TRUE when the claimant is in every set, FALSE when in none, else UNKNOWN."""
    return agree(tri(_H_CLAIMANT in owners) for owners in sets)


def _named(ctx: Ctx, photo: Photograph, base: str, holders: Iterable[Holder]) -> tuple[bool, ...]:
    """The ways to read "the photographer" among ``holders``: read the author only if named."""
    if _H_PHOTOGRAPHER in holders:
        return _is_photographer(ctx, photo, base)
    return (False,)


def _claimant_among_first(ctx: Ctx, photo: Photograph, base: str, starts: list[Start]) -> Tri:
    """Whether the claimant is among the first owners, in every way the facts allow."""
    holders = {h for owners, _ in starts for h in owners}
    return agree(
        _claimant_in(_as_seen(owners, taken) for owners, _ in starts)
        for taken in _named(ctx, photo, base, holders)
    )


def claimant_first_owner(ctx: Ctx, photo: Photograph, base: str) -> Tri:
    """Whether the claimant was the (or a) first owner of the copyright in the photograph."""
    return _first_owner_is(ctx, photo, base, _claimant_among_first)


def photographer_first_owner(ctx: Ctx, photo: Photograph, base: str) -> Tri:
    """Whether the photographer (its author, s. 13(1)) was the (or a) first owner of the
    copyright in the photograph: not where it was made in the course of employment (s. 13(3)),
    ordered and paid for before 2012-11-07 (former s. 13(2); S.C. 2012, c. 20, s. 60), made
    under the Crown's direction (s. 12) or, before 2012-11-07, its initial negative owned by
    another (former s. 10(2)), absent an agreement to the contrary. An author who never owned it
    has none of it to grant (s. 13(4); :data:`NEMO_DAT`)."""
    return _first_owner_is(ctx, photo, base, _photographer_among_first)


def _photographer_among_first(ctx: Ctx, photo: Photograph, base: str, starts: list[Start]) -> Tri:
    """Whether the photographer is among the first owners, in every way the facts allow."""
    return agree(tri(_H_PHOTOGRAPHER in owners) for owners, _ in starts)


def _first_owner_is(
    ctx: Ctx, photo: Photograph, base: str,
    among: Callable[[Ctx, Photograph, str, list[Start]], Tri],
) -> Tri:
    """Whether someone is among the first owners (``among``), under the rules of the day the
    photograph was made (:func:`_by_date_of_making`)."""

    def regime(before_2012: bool) -> Callable[[], Tri]:
        def first() -> Tri:
            return among(ctx, photo, base, ctx.once(_first_owners, photo, base, before_2012))
        return first

    return _by_date_of_making(ctx, photo, base, regime(True), regime(False))


# --- transfers --------------------------------------------------------------------------
#
# s. 13(4): "The owner of the copyright in any work may assign the right, either wholly or
# partially, and either generally or subject to limitations relating to territory, medium or
# sector of the market or other limitations relating to the scope of the assignment, and
# either for the whole term of the copyright or for any other part thereof, and may grant any
# interest in the right by licence, but no assignment or grant is valid unless it is in writing
# signed by the owner of the right in respect of which the assignment or grant is made, or by
# the owner's duly authorized agent."
# s. 13(5): "Where, under any partial assignment of copyright, the assignee becomes entitled to
# any right comprised in copyright, the assignee, with respect to the rights so assigned, and
# the assignor, with respect to the rights not assigned, shall be treated for the purposes of
# this Act as the owner of the copyright, and this Act has effect accordingly."
# s. 13(7): "For greater certainty, it is deemed always to have been the law that a grant of an
# exclusive licence in a copyright constitutes the grant of an interest in the copyright by
# licence." An exclusive licensee holds an interest in the copyright; the licensor keeps it.
# s. 14(1): "Where the author of a work is the first owner of the copyright therein, no
# assignment of the copyright and no grant of any interest therein, made by him, otherwise than
# by will, after June 4, 1921, is operative to vest in the assignee or grantee any rights with
# respect to the copyright in the work beyond the expiration of twenty-five years from the death
# of the author, and the reversionary interest in the copyright expectant on the termination of
# that period shall, on the death of the author, notwithstanding any agreement to the contrary,
# devolve on his legal representatives as part of the estate of the author, and any agreement
# entered into by the author as to the disposition of such reversionary interest is void."
# (s. 14(2), assignments of a collective work, is not modelled.)

# At most this many orders are tried for transfers whose dates are left out.
_MAX_ORDERS = 720


class _Step(NamedTuple):
    """One listed transfer, as far as the record tells it."""

    position: int
    when: DateRange | None
    applies: Tri
    kinds: tuple[TransferKind, ...]
    by: tuple[Holder, ...] | None
    to: tuple[Holder, ...]
    extents: tuple[Extent, ...]
    licensee_holds: bool = False  # Terms.licensee_holds: an exclusive licensee is a holder


def _read_transfer(ctx: Ctx, transfer: Transfer, base: str, on: dt.date, index: int) -> _Step | None:
    """A transfer's facts, or None when it had certainly not taken effect by ``on``."""
    when: DateRange | None = ctx.field(transfer, base, "on")
    timely = UNKNOWN if when is None else when.on_or_before(on)
    if timely is FALSE:
        return None
    kind = ctx.field(transfer, base, "kind")
    kinds = tuple(TransferKind) if kind is None else (kind,)
    if kind is TransferKind.SUCCESSION:
        valid = TRUE
    elif kind is TransferKind.LICENCE:
        # A licence that is not exclusive grants no interest in the copyright (s. 13(7) reaches
        # only an exclusive one) and needs no writing; it changes no one's ownership.
        valid = TRUE
        ctx.because(
            "a licence that is not exclusive is a permission: the licensor keeps the copyright",
            S13_7,
        )
    else:
        # An assignment or licence is valid only in writing signed by the owner or the
        # owner's duly authorised agent (s. 13(4)).
        signed = tri(ctx.field(transfer, base, "signed_writing"))
        valid = signed if kind is not None else agree((TRUE, signed))
        ctx.because(
            "an assignment of copyright, or an exclusive licence (a grant of an interest in it), "
            "is valid only in writing signed by the owner or the owner's duly authorised agent",
            S13_4,
        )
    applies = all_of((timely, valid))
    if applies is FALSE:
        return None
    if kind is TransferKind.SUCCESSION:
        ctx.because("copyright passes on the owner's death to the owner's successors", SUCCESSION)
    by_given = _presumed(
        ctx, transfer, base, "by", None,
        "each transfer was made by (for a succession, on the death of) the person who then "
        "owned the copyright",
        _reading_and(S13_4),
    )
    by: tuple[Holder, ...] | None = None if by_given is None else (by_given,)
    if not _presumes(ctx) and by_given is None:
        by = _EVERYONE
    to: tuple[Holder, ...] = ()
    # Whether an exclusive licence, or a transfer of a kind not given, makes its licensee a
    # holder (the action's reading; Terms.licensee_holds).
    licensee_holds = (kind is TransferKind.EXCLUSIVE_LICENCE or kind is None) and \
        _applied(ctx).licensee_holds
    if (kind is not TransferKind.EXCLUSIVE_LICENCE and kind is not TransferKind.LICENCE) or \
            licensee_holds:
        to = _holder(ctx.field(transfer, base, "to"))
    elif kind is TransferKind.EXCLUSIVE_LICENCE:
        # Who the licensee is decides nothing here, but an account of the licence without it
        # read to two trials' lawyers as a gap: said where given, never asked.
        ctx.shown(transfer, base, "to")
    extents: tuple[Extent, ...] = (Extent.WHOLE,)
    if kind is TransferKind.ASSIGNMENT or kind is None:
        extent = _presumed(
            ctx, transfer, base, "extent", Extent.WHOLE, "each assignment passed the whole copyright",
            _reading_and(S13_4),
        )
        extents = tuple(Extent) if extent is None else (extent,)
        if Extent.PARTIAL in extents:
            ctx.because(
                "after a partial assignment the assignee and the assignor each own the rights "
                "they hold", S13_5,
            )
    if kind is TransferKind.EXCLUSIVE_LICENCE and ctx.explains:
        # Whether the licensee then holds the copyright is the action's reading, where it has
        # one (a trial's lawyer found it decided unnamed): cited with s. 13(7).
        terms = _applied(ctx)
        ctx.because(
            "an exclusive licence grants an interest in the copyright; the licensor keeps the "
            "copyright", S13_7 if terms.licensee_by is None else joined(S13_7, terms.licensee_by),
        )
        if licensee_holds and terms.licensee_by is not None:  # (kind is the licence here)
            # The reading named in the words too: "so the claimant holds the copyright" after
            # it read to a trial's lawyer as if the licence had passed the copyright itself.
            ctx.because(
                "the exclusive licensee holds that interest, counted as holding the copyright "
                f"({terms.licensee_by.for_reader(lambda _: None)})", terms.licensee_by,
            )
        elif terms.licensee_by is not None and \
                ctx.as_supplied(transfer, base, "to") is Party.CLAIMANT:
            # A conclusion ("so ..."), which the short form shows: a trial's lawyer read "so the
            # claimant does not hold the copyright" of the claimant's own exclusive licence
            # with no word of the reading that decides it.
            ctx.because(
                "so the claimant's exclusive licence does not count as holding the copyright "
                f"({terms.licensee_by.for_reader(lambda _: None)})", terms.licensee_by,
            )
    return _Step(index, when, applies, kinds, by, to, extents, licensee_holds)


def _after(owners: Owners, step: _Step, by: Holder, kind: TransferKind, extent: Extent,
           to: Holder) -> Owners:
    if kind is TransferKind.EXCLUSIVE_LICENCE and step.licensee_holds:
        # The licensee holds an interest in the copyright beside its owner (s. 13(7)), which
        # the action's reading counts as holding it.
        return owners | {to}
    if kind is TransferKind.EXCLUSIVE_LICENCE or kind is TransferKind.LICENCE:
        return owners
    if kind is TransferKind.ASSIGNMENT and extent is Extent.PARTIAL:
        return owners | {to}
    return (owners - {by}) | {to}


def _apply(
    starts: Sequence[tuple[Owners, Holder | None]], steps: Sequence[_Step],
    reverted: Callable[[Holder], bool], taken: bool,
) -> set[Owners]:
    """The owners after the steps in order, for each start and each way the record allows."""
    results: set[Owners] = set()
    for start, author in starts:
        states = {_as_seen(start, taken)}
        author_seen = None if author is None else next(iter(_as_seen((author,), taken)))
        for step in steps:
            following: set[Owners] = set()
            for owners in states:
                if step.applies is not TRUE:
                    following.add(owners)
                transferors = step.by if step.by is not None else tuple(owners) or (_H_OTHER,)
                for by_raw in transferors:
                    by = next(iter(_as_seen((by_raw,), taken)))
                    if by not in owners:
                        following.add(owners)  # s. 13(4): only the owner can pass it on
                        continue
                    for kind in step.kinds:
                        if (
                            kind is not TransferKind.SUCCESSION and by is author_seen
                            and reverted(by_raw)
                        ):
                            following.add(owners)  # s. 14(1): the assignment has ended
                            continue
                        for extent in step.extents:
                            for to in step.to or (_H_OTHER,):
                                following.add(_after(owners, step, by, kind, extent, to))
            states = following
        results |= states
    return results


def _orders(steps: list[_Step]) -> Iterable[Sequence[_Step]]:
    """The orders the transfers could have taken effect in: by date; those of unknown date, or
    of a date known only roughly whose range overlaps another's, anywhere among them."""

    def placed(step: _Step) -> bool:
        when = step.when
        if when is None:
            return False
        return when.exact or not any(
            other is not step and other.when is not None and when.overlaps(other.when)
            for other in steps
        )

    dated = sorted(
        (s for s in steps if placed(s)), key=lambda s: (s.when.earliest, s.position)  # type: ignore[union-attr]
    )
    undated = [s for s in steps if not placed(s)]
    if not undated:
        yield dated
        return
    count = 1
    for extra in range(len(undated)):
        count *= len(dated) + extra + 1
    if count > _MAX_ORDERS:
        return
    for order in itertools.permutations(undated):
        for places in itertools.combinations(range(len(dated) + len(undated)), len(undated)):
            sequence: list[_Step] = []
            rest = iter(dated)
            extra_items = iter(order)
            for position in range(len(dated) + len(undated)):
                sequence.append(next(extra_items) if position in places else next(rest))
            yield sequence


def _reversion(ctx: Ctx, photo: Photograph, base: str, on: dt.date) -> Callable[[Holder], bool]:
    """Whether an assignment by the author, who first owned the copyright, has ended by ``on``:
    25 years after the author's death (s. 14(1)). The author's death only rebuts the assignee's
    title and is read with ``optional``."""

    def reverted(author: Holder) -> bool:
        if author is _H_PHOTOGRAPHER:
            died = ctx.optional(photo, base, "author_died_on")
        elif author is _H_OTHER:
            died = ctx.optional(photo, base, "negative_owner_died_on")
        else:
            return False  # a living claimant
        if died is None:
            return False
        ends = _anniversary(died.latest, 25)
        if ends <= on:  # ended on every day of death the record allows
            ctx.because(
                f"an assignment by the author ended 25 years after the author's death, "
                f"{'on' if died.exact else 'by'} {ends.isoformat()}, and the rights returned to "
                "the author's estate", S14_1,
            )
            return True
        return False

    return reverted


def _anniversary(day: dt.date, years: int) -> dt.date:
    if day.year + years > dt.MAXYEAR:  # a date with no latest day (given as "1990/..")
        return dt.date.max
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return dt.date(day.year + years, 3, 1)


def _holds(ctx: Ctx, photo: Photograph, base: str, on: dt.date, before_2012: bool,
           transfers: tuple[Transfer, ...] | None) -> Tri:
    """Whether the claimant holds the copyright on ``on``, under one regime of making."""
    # Through ctx.once: weighing the date of making, or the author, takes the first owners as
    # worked out before (they turn on neither).
    starts = ctx.once(_first_owners, photo, base, before_2012)
    if transfers is None:
        # Reading R9 = strict: only an author who was the first owner is presumed to keep it.
        first = _claimant_among_first(ctx, photo, base, starts)
        if first is TRUE and all(author is not None for _, author in starts):
            ctx.because("the author is presumed to own the copyright, as nothing shows otherwise", S34_1)
            return TRUE
        return UNKNOWN
    steps = []
    for index, transfer in enumerate(transfers):
        step = _read_transfer(ctx, transfer, f"{base}/transfers/{index}", on, index)
        if step is not None:
            steps.append(step)
    if steps:
        ctx.because("a transfer passes only what the person who made it owned", NEMO_DAT)
    holders = {h for owners, _ in starts for h in owners}
    holders |= {h for step in steps for h in (step.by or ())}
    reverted = _reversion(ctx, photo, base, on)
    answers = []
    for taken in _named(ctx, photo, base, holders):
        finals: set[Owners] = set()
        orders = list(_orders(steps))
        if not orders:
            answers.append(UNKNOWN)
            continue
        for order in orders:
            finals |= _apply(starts, order, reverted, taken)
        answers.append(_claimant_in(finals))
    return agree(answers)


def _earlier(ctx: Ctx, transfers: Sequence[Transfer], base: str, one: int, other: int) -> Tri:
    """Whether the transfer at ``one`` took effect before the one at ``other`` (``base``: the
    list's pointer). Two of the same day are taken in the record's order, as the chain of
    title takes them (:func:`_orders`); a date known only roughly whose range straddles the
    other's is named as missing."""
    first: DateRange | None = ctx.field(transfers[one], f"{base}/{one}", "on")
    then: DateRange | None = ctx.field(transfers[other], f"{base}/{other}", "on")
    if first is None or then is None:
        return UNKNOWN
    if first.exact and then.exact and first.earliest == then.earliest:
        return tri(one < other)
    if first.before(then.earliest) is TRUE:
        return TRUE
    if then.before(first.earliest) is TRUE:
        return FALSE
    return UNKNOWN


def _photographer_held_then(
    transfers: Sequence[Transfer], index: int
) -> Callable[[Ctx, Photograph, str, list[Start]], Tri]:
    """Whether the photographer is among the owners just before the transfer at ``index``: the
    first owners (``starts``), then each other transfer that took effect before it, in every
    order and every way the record allows (:func:`_apply`)."""

    def among(ctx: Ctx, photo: Photograph, base: str, starts: list[Start]) -> Tri:
        listed = f"{base}/transfers"
        steps: list[_Step] = []
        for position, transfer in enumerate(transfers):
            if position == index:
                continue
            # Read as the chain of title reads a transfer, on any day: whether it came before
            # the grant is the question here, not whether it came by a date.
            step = _read_transfer(ctx, transfer, f"{listed}/{position}", dt.date.max, position)
            if step is None:
                continue
            before = _earlier(ctx, transfers, listed, position, index)
            if before is FALSE:
                continue
            steps.append(step._replace(applies=all_of((step.applies, before))))
        orders = list(_orders(steps))
        if not orders:
            return UNKNOWN
        finals: set[Owners] = set()
        for order in orders:
            finals |= _apply(starts, order, _never_reverted, False)
        return agree(tri(_H_PHOTOGRAPHER in owners) for owners in finals)

    return among


def _never_reverted(author: Holder) -> bool:
    return False


def photographer_held_at_grant(
    ctx: Ctx, photo: Photograph, base: str, transfers: Sequence[Transfer], index: int
) -> Tri:
    """Whether the photographer still owned the copyright, or some part of it, when making the
    transfer at ``index`` of ``transfers``: one who had assigned the whole of it to someone else
    by an earlier transfer had none of it left to pass on (s. 13(4); BRIEF section 5, "an
    assignment passes only what the assignor owns"; :data:`NEMO_DAT`). Read over the first
    owners (:func:`photographer_first_owner`) and the other transfers the record lists, as the
    chain of title reads them (:func:`_apply`); with no other transfer, first ownership alone."""
    return _first_owner_is(ctx, photo, base, _photographer_held_then(transfers, index))


# The claim record's granted_to_claimant (schemas/claim.schema.json, $defs/photograph): its
# yes rebuts the presumption that a photograph's copyright was never transferred.
_GRANTED = (
    "granted_to_claimant",
    "so its transfers are asked for, not presumed none",
)


def claimant_holds_copyright(
    ctx: Ctx, photo: Photograph, base: str, on: dt.date, claimant_natural: Tri = UNKNOWN
) -> Tri:
    """Whether the claimant owns the copyright, or some part of it, in the photograph on a date."""
    subsists = ctx.once(copyright_subsists, photo, base, on, claimant_natural)
    if subsists is FALSE:
        return FALSE
    transfers = _presumed(
        ctx, photo, base, "transfers", (), "the copyright was never transferred",
        rebutted=_GRANTED,
    )
    held = _by_date_of_making(
        ctx, photo, base,
        lambda: _holds(ctx, photo, base, on, True, transfers),
        lambda: _holds(ctx, photo, base, on, False, transfers),
    )
    # Subsistence not known turns on whether the claimant is a natural or a legal person (a
    # deemed author's term, former s. 10(1)-(2)): a fact the classes ask for, so the holding
    # turns on it too (copyright_subsists; s. 34.1(1)(a) presumes only what the record is
    # silent on).
    return all_of((subsists, held))


# --- moral rights -----------------------------------------------------------------------
#
# s. 14.1(1): "The author of a work has, subject to section 28.2, the right to the integrity of
# the work and, in connection with an act mentioned in section 3, the right, where reasonable in
# the circumstances, to be associated with the work as its author by name or under a pseudonym
# and the right to remain anonymous."
# s. 14.1(2): "Moral rights may not be assigned but may be waived in whole or in part."
# s. 14.1(4): "Where a waiver of any moral right is made in favour of an owner or a licensee of
# copyright, it may be invoked by any person authorized by the owner or licensee to use the
# work, unless there is an indication to the contrary in the waiver."
# s. 14.2(1): "Moral rights in respect of a work subsist for the same term as the copyright in
# the work."
# s. 14.2(2): "The moral rights in respect of a work pass, on the death of the author, to (a) the
# person to whom those rights are specifically bequeathed; (b) where there is no specific
# bequest of those moral rights and the author dies testate in respect of the copyright in the
# work, the person to whom that copyright is bequeathed; or (c) where there is no person
# described in paragraph (a) or (b), the person entitled to any other property in respect of
# which the author dies intestate."
# s. 14.2(3): "Subsection (2) applies, with such modifications as the circumstances require, on
# the death of any person who holds moral rights."


def _author_alive(ctx: Ctx, photo: Photograph, base: str, on: dt.date, author: Holder) -> Tri:
    """Whether the author, not the claimant, was alive on a date.

    Under reading R9 = apply, an author of whom the record does not say that
    they died keeps the moral rights (s. 14.2(2) moves them only on death). An
    author stated dead needs the date of death, which decides between author
    and heir.
    """
    died_on, deceased = "author_died_on", "author_deceased"
    if author is _H_OTHER:
        died_on, deceased = "negative_owner_died_on", "negative_owner_deceased"
    if _presumes(ctx) and ctx.optional(photo, base, deceased) is None:  # a date of death says so
        ctx.because(
            "presumed, as the record is silent: the author is alive and keeps the moral rights",
            _applied(ctx).moral,
        )
        return TRUE
    return not_dead_before(ctx, photo, base, on, died_on, deceased)


def _moral_holder(
    ctx: Ctx, photo: Photograph, base: str, on: dt.date, author: Holder, taken: bool,
) -> Tri:
    """Whether the moral rights of one author reach the claimant: as the author, or by passing
    on the deaths of the author and later holders (s. 14.2(2), (3)). Whether the claimant can
    hold them at all is checked once, in :func:`claimant_holds_moral_rights`."""
    seen = next(iter(_as_seen((author,), taken)))
    if seen is _H_CLAIMANT:
        # When the claimant is the author, the author's life is the claimant's, which every
        # class requires on its own (_rcmp._exists_on_as_of).
        # Said so: a claimant who died before the as-of date read as holding them on it, beside
        # a presumption that the author keeps them unless their death is shown.
        ctx.because(
            "moral rights belong to the author, here the claimant, while alive; whether the "
            "claimant was alive on the as-of date is the class's own condition, tested apart",
            S14_1_1,
        )
        return TRUE
    if author is _H_OTHER:
        kind = _presumed(
            ctx, photo, base, "negative_owner_kind", PersonKind.NATURAL,
            "the owner of the initial negative was a natural person", _NEGATIVE_KIND,
        )
        if kind is PersonKind.LEGAL:
            ctx.because("a legal person deemed author holds no moral rights", _applied(ctx).natural_only)
            return FALSE
        if kind is None:
            return agree((FALSE, _heir(ctx, photo, base, on, author)))
    return _heir(ctx, photo, base, on, author)


def _heir(ctx: Ctx, photo: Photograph, base: str, on: dt.date, author: Holder) -> Tri:
    alive = _author_alive(ctx, photo, base, on, author)
    if alive is TRUE:
        ctx.because("moral rights belong to the author, who is not the claimant", S14_1_1)
        return FALSE
    ctx.because("on the death of the author, and of each later holder, the moral rights pass on", S14_2_2)
    heir = is_claimant(ctx.field(photo, base, "moral_rights_heir"))
    return heir if alive is FALSE else agree((FALSE, heir))


def _moral_in_regime(ctx: Ctx, photo: Photograph, base: str, on: dt.date, before_2012: bool) -> Tri:
    authors = _author_holder(ctx, photo, base, before_2012)
    answers = []
    for taken in _named(ctx, photo, base, authors):
        answers += [_moral_holder(ctx, photo, base, on, author, taken) for author in authors]
    sole = agree(answers)
    joint = _presumed(
        ctx, photo, base, "joint_authorship", False, "the photograph has one author",
        _reading_and(S9_1),
    )
    if joint is False or sole is TRUE:
        return sole
    ctx.because("each joint author has the moral rights of an author", S14_1_1)
    coauthor = all_of((tri(joint), is_claimant(ctx.field(photo, base, "coauthor"))))
    return any_of((sole, coauthor))


def claimant_holds_moral_rights(
    ctx: Ctx,
    photo: Photograph,
    base: str,
    on: dt.date,
    claimant_natural: Tri,
) -> Tri:
    """Whether the claimant holds the moral rights in the photograph on a date.

    Moral rights belong to the author (s. 14.1(1)); they last as long as the
    copyright and pass on the author's death, and on each later holder's
    death (s. 14.2(1)-(3)); they cannot be assigned but can be waived in whole
    or in part (s. 14.1(2)).
    """
    subsists = ctx.once(copyright_subsists, photo, base, on, claimant_natural)
    if subsists is FALSE:
        ctx.because("moral rights last only as long as the copyright", S14_2_1)
        return FALSE
    # The one check of who can hold them, however they would arrive (as author, co-author,
    # heir or later holder): a legal person holds none.
    if claimant_natural is FALSE:
        ctx.because("a legal person holds no moral rights", _applied(ctx).natural_only)
        return FALSE
    holder = _by_date_of_making(
        ctx, photo, base,
        lambda: ctx.once(_moral_in_regime, photo, base, on, True),
        lambda: ctx.once(_moral_in_regime, photo, base, on, False),
    )
    holder = all_of((holder, claimant_natural))
    if holder is FALSE:
        return FALSE
    if _applied(ctx).waived_held:
        not_waived = TRUE
        # Not needed under this reading, so never asked; but a waiver the record states is said
        # to be held all the same, or the account reads as if there were none (a lawyer, R7).
        if ctx.explains and ctx.optional(photo, base, "moral_rights_waived") is True:
            ctx.because(
                "the moral rights were waived, and a waived moral right is still held",
                _applied(ctx).waiver,
            )
    else:
        waived = _presumed(
            ctx, photo, base, "moral_rights_waived", False, "the moral rights were not waived",
            _MORAL,
        )
        if waived is not False:  # named with the waiver when it is left out (R9 = strict)
            ctx.because("a waived moral right is not held", _applied(ctx).waiver)
            partial = _presumed(
                ctx, photo, base, "moral_rights_waiver_partial", False,
                # Not a presumption of the Act, which says nothing of a waiver's reach (a
                # lawyer's trial read it credited to s. 34.1(1)): said so.
                "the waiver was of all the moral rights, in favour of everyone (the Act "
                "presumes nothing of a waiver's reach: read so where the record is silent)",
                _reading_and(S14_1_2),
            )
            if partial is True:
                # s. 14.1(4) says who may invoke a waiver made in favour of an owner or a
                # licensee (a lawyer's trial read the reason as if it said more).
                ctx.because(
                    "a waiver in part leaves the author the rights not waived (s. 14.1(2)); one "
                    "made in favour of an owner or a licensee of the copyright may be invoked by "
                    "them and those they authorise (s. 14.1(4)), not by others",
                    f"{S14_1_2}; {_ACT}, s. 14.1(4)",
                )
            not_waived = ~tri(None if partial is None else not partial)
            if waived is None:
                not_waived = agree((TRUE, not_waived))
        else:
            not_waived = TRUE
    return all_of((subsists, holder, not_waived))


def grant_valid(ctx: Ctx, transfer: Transfer, base: str) -> Tri:
    """Whether a grant of copyright (an assignment or a licence) is valid in form.

    s. 13(4): an assignment, or a grant of an interest by licence (an exclusive licence,
    s. 13(7)), "shall not be valid unless it is in writing signed by the owner of the right
    in respect of which the assignment or grant is made, or by the owner's duly authorized
    agent". A licence that is not exclusive grants no interest and needs no writing.
    """
    kind = ctx.field(transfer, base, "kind")
    if kind is TransferKind.LICENCE or kind is TransferKind.SUCCESSION:
        return TRUE
    signed = tri(ctx.field(transfer, base, "signed_writing"))
    if signed is not UNKNOWN:
        ctx.because(
            "an assignment of copyright, or an exclusive licence (a grant of an interest in it), "
            "is valid only in writing signed by the owner or the owner's duly authorised agent",
            S13_4,
        )
    return signed if kind is not None else agree((TRUE, signed))


def presumed_fact(
    ctx: Ctx, obj: Any, base: str, name: str, presumed: Any, what: str,
    citation: _CitedBy | None = None,
) -> Any:
    """A fact that, left out, takes the value s. 34.1(1) and the Act's defaults presume, where
    the action presumes (its readings' ``copyright``); otherwise the fact is read, and named
    when left out. For an action's own reading of a grant (who made it, how much it passed)."""
    return _presumed(ctx, obj, base, name, presumed, what, citation)


# -- the interview: why a question about a photograph's rights is asked, and which facts only
# ground the claimant's rights in it.

# The rule a question about a field of a photograph serves, in a person's words, with the
# provision that makes it (InterviewWords.why): an action's words take these and add its own.
QUESTION_WHY: dict[str, str] = {
    "author": f"the photographer is the first owner of its copyright ({_ACT}, s. 13(1)) and "
              "holds its moral rights (s. 14.1)",
    "made_on": "for a photograph made before 7 November 2012, whoever ordered and paid for it, "
               "or owned its negative, could be its first owner (former ss. 13(2) and 10(2) of "
               f"the {_ACT}; S.C. 2012, c. 20, ss. 59-60)",
    "commissioned": "a photograph ordered before 7 November 2012, and paid for, belonged first to "
                    f"whoever ordered it (former s. 13(2) of the {_ACT})",
    "commissioner": "a photograph ordered before 7 November 2012, and paid for, belonged first to "
                    f"whoever ordered it (former s. 13(2) of the {_ACT})",
    "commissioned_on": "the old rule for ordered photographs applies to those ordered before "
                       "7 November 2012 (S.C. 2012, c. 20, s. 60)",
    "negative_owner": "before 7 November 2012 the owner of the initial negative was deemed its "
                      f"author (former s. 10(2) of the {_ACT})",
    "made_in_course_of_employment": "a photograph taken as part of an employee's job belongs "
                                    f"first to the employer ({_ACT}, s. 13(3))",
    "employer": "a photograph taken as part of an employee's job belongs first to the "
                f"employer ({_ACT}, s. 13(3))",
    "crown_direction": "a work made under the government's direction belongs to the Crown "
                       f"({_ACT}, s. 12)",
    "joint_authorship": f"joint authors hold the copyright together ({_ACT}, s. 9)",
    "coauthor": f"joint authors hold the copyright together ({_ACT}, s. 9)",
    "transfers": "copyright passes by a signed written assignment and on a death "
                 f"({_ACT}, s. 13(4))",
    "moral_rights_waived": "moral rights can be waived but not assigned "
                           f"({_ACT}, s. 14.1(2))",
    "moral_rights_waiver_partial": "a waiver may be partial, and then leaves the rest held "
                                   f"({_ACT}, s. 14.1(2), (4))",
    "author_deceased": "moral rights pass on the author's death, and the copyright lasts for "
                       f"the author's life and a term of years after ({_ACT}, ss. 6, 14.2)",
    "author_died_on": f"the copyright lasts for the author's life and a term of years after "
                      f"({_ACT}, s. 6)",
    "moral_rights_heir": "moral rights pass on the author's death to the heirs "
                         f"({_ACT}, s. 14.2(2))",
}

# The presumption of s. 34.1(1), said after the why of a question whose answer could rebut it
# (an action that presumes adds the reading that makes it presume).
PRESUMED_WHY = (
    " Where nothing is said, the photographer is presumed to own the copyright "
    f"and keep the moral rights ({_ACT}, s. 34.1(1){{reading}}): your answer could show "
    "otherwise."
)

# What a CSV row says of a class whose outcome rests on what the Act presumes where the record
# is silent ("{reading}": the action's reading that presumes), InterviewWords.presumed_outcome.
PRESUMED_OUTCOME = "resting on what the Copyright Act presumes where the record is silent{reading}"

# The facts of a photograph that only ground someone's rights in it (authorship, first
# ownership by an order or a job, a transfer or an inheritance, a waiver): moot for a
# photograph the person has said they neither took, had taken for them, nor were given
# rights in.
GROUNDS = frozenset({
    "author_deceased", "author_died_on", "joint_authorship", "coauthor", "coauthor_died_on",
    "crown_direction", "crown_agreement", "first_published_on", "made_in_course_of_employment",
    "employer", "employment_agreement_to_contrary", "commissioned", "commissioner",
    "commissioned_on", "commission_agreement_to_contrary", "negative_owner",
    "negative_owner_kind", "negative_owner_deceased", "negative_owner_died_on", "transfers",
    "moral_rights_waived", "moral_rights_waiver_partial", "moral_rights_heir", "made_on",
})
