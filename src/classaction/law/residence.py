"""Residence and citizenship from a person's periods, in a country or a part of one.

A period names its country (ISO 3166-1) and, for residence, may name a subdivision (ISO 3166-2:
``US-IL``); a period that names no country is in Canada (schemas/README.md, "Versions"). A
person's list of periods gives every period only for the countries it is said to be complete for
(``residence_complete_for``; left out: Canada alone): of another country, a list without a
period there says nothing. Dates known only roughly decide on their bounds (BRIEF §4).

Nothing here is one action's: the actions say which country or state their words reach.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from ..engine.core import Context
from ..engine.dates import DateRange
from ..engine.facts import FactKind, FactSpec
from ..engine.logic import FALSE, TRUE, UNKNOWN, Tri, all_of
from ..records.claim import CANADA, Claim, Period, Person
from ..records.items import question_for

Ctx = Context[Any]
PeriodTest = Callable[[Ctx, Period, str, dt.date], Tri]


def covers(ctx: Ctx, period: Period, base: str, on: dt.date) -> Tri:
    """Whether a period includes a date; its bounds may be unknown (an end date says it is over)."""
    start: DateRange | None = ctx.field(period, base, "start")
    started = UNKNOWN if start is None else start.on_or_before(on)
    if started is FALSE:
        return FALSE
    if ctx.field(period, base, "ongoing") is True:
        before_end = TRUE
    else:
        end: DateRange | None = ctx.field(period, base, "end")
        before_end = UNKNOWN if end is None else end.on_or_after(on)
    return all_of((started, before_end))


def began_by(ctx: Ctx, period: Period, base: str, on: dt.date) -> Tri:
    """Whether some day of a period falls on or before a date: its start, or else an end by then."""
    start: DateRange | None = ctx.field(period, base, "start")
    if start is not None:
        began = start.on_or_before(on)
        if began is not UNKNOWN:
            return began
    end: DateRange | None = ctx.optional(period, base, "end")
    return TRUE if end is not None and end.on_or_before(on) is TRUE else UNKNOWN


# The record's convention (schemas/claim.schema.json, $defs/period, country: "Absent: Canada";
# schemas/README.md, "Versions"; records/claim.py, CANADA), cited to a reader by the schema.
NO_COUNTRY = (
    "the claim record: a period that names no country is in Canada "
    "(schemas/claim.schema.json, a period's country)"
)


def in_place(ctx: Ctx, period: Period, base: str, country: str, subdivision: str | None) -> Tri:
    """Whether a period lies in a country, or in one subdivision of it (a period of the country
    whose subdivision is not given may lie in any of them)."""
    # A period that names no country is in Canada: read only where one is named, so that a
    # record of the first version reads as it did.
    named = CANADA if period.country is None else ctx.field(period, base, "country")
    if named != country:
        if period.country is None:  # said, or an explanation would know nothing of the period
            ctx.because("so it is in Canada, as it names no country", NO_COUNTRY)
        return FALSE
    if subdivision is None:
        return TRUE
    where = ctx.field(period, base, "subdivision")
    return UNKNOWN if where is None else (TRUE if where == subdivision else FALSE)


def days_said(ctx: Ctx, period: Period, base: str) -> None:
    """A period's days, read for an explanation only, where its place alone decides: a period
    told by its place alone ("Period 2 of residence: in the United States") left a trial's
    administrator asking which it was. Said where given, never asked."""
    ctx.shown(period, base, "start", "end", "ongoing")


def held_in(
    ctx: Ctx, person: Person, history: str, test: PeriodTest, on: dt.date,
    country: str, subdivision: str | None = None,
) -> Tri:
    """Whether some period of ``history`` (residence or citizenship) in a place passes ``test`` on
    ``on``; a list not complete for the country leaves a "no" unknown, and asks for the rest."""
    periods: tuple[Period, ...] | None = ctx.field(person, "/claimant", history)
    if periods is None:
        return UNKNOWN

    def placed(ctx: Ctx, period: Period, base: str, day: dt.date) -> Tri:
        where = in_place(ctx, period, base, country, subdivision)
        if where is FALSE:
            days_said(ctx, period, base)
            return FALSE
        return all_of((where, test(ctx, period, base, day)))

    status = ctx.some(periods, f"/claimant/{history}", placed, on)
    if status is FALSE and not complete(ctx, person, history, country):
        # A list complete only for other countries says nothing of this one: a period there
        # not listed is asked for, and tested when supplied.
        where = f"/claimant/{history}/-"
        other = ctx.unlisted(where, other_periods(history, country))
        return UNKNOWN if other is None else placed(ctx, other, where, on)
    return status


def complete(ctx: Ctx, person: Person, history: str, country: str) -> bool:
    """Whether the person's list of ``history`` gives every period in a country: the countries
    of ``{history}_complete_for``; left out, Canada alone (schemas/README.md, "Versions")."""
    given: tuple[str, ...] | None = ctx.optional(person, "/claimant", f"{history}_complete_for")
    return country in (given if given is not None else (CANADA,))


_COUNTRIES = {"CA": "Canada", "US": "the United States"}


@functools.cache
def other_periods(history: str, country: str) -> FactSpec:
    """The question for periods in a country that a list, complete only for others, may lack."""
    where = country_name(country)
    what = "resident in" if history == "residence" else "a citizen of"
    state = ", and in which state or province" if history == "residence" else ""
    return FactSpec(
        f"During which periods was the claimant {what} {where}{state}? (If never, answer none.)",
        FactKind.ITEM, place=country,
    )


def question_in(country: str) -> Callable[[Claim, str, FactSpec], str]:
    """The question for a missing fact (``records.items.question_for``) of an action whose rules
    ask where the claimant lived in ``country``: the claimant's periods of residence or
    citizenship, left out, are asked of that country ("During which periods was the claimant
    resident in the United States, and in which state or province?"), not of Canada, whose
    question the record's field carries."""

    def question(claim: Claim, pointer: str, spec: FactSpec) -> str:
        if pointer in ("/claimant/residence", "/claimant/citizenship"):
            return other_periods(pointer.rsplit("/", 1)[1], country).question
        return question_for(claim, pointer, spec)

    return question


# Other countries a record may name (ISO 3166-1 alpha-2), those most often named, by the names
# in English ISO 3166 gives them in short; any other is named by its code, said to be one.
_OTHER_COUNTRIES = {
    "AU": "Australia", "BR": "Brazil", "CN": "China", "CO": "Colombia", "DE": "Germany",
    "EG": "Egypt", "ES": "Spain", "FR": "France", "GB": "the United Kingdom", "GR": "Greece",
    "HK": "Hong Kong", "IE": "Ireland", "IN": "India", "IR": "Iran", "IT": "Italy",
    "JM": "Jamaica", "JP": "Japan", "KR": "South Korea", "LB": "Lebanon", "MA": "Morocco",
    "MX": "Mexico", "NG": "Nigeria", "NL": "the Netherlands", "NZ": "New Zealand",
    "PH": "the Philippines", "PK": "Pakistan", "PL": "Poland", "PT": "Portugal",
    "RU": "Russia", "SY": "Syria", "TW": "Taiwan", "UA": "Ukraine", "VN": "Viet Nam",
    "ZA": "South Africa", "HT": "Haiti", "DZ": "Algeria", "BD": "Bangladesh", "IL": "Israel",
}


def named_country(words: str) -> str | None:
    """The code of the country other than Canada that ``words`` name whole ("the philippines",
    "France", "the us"), else None."""
    said = " ".join(words.lower().split()).strip(" .!")
    return _BY_NAME.get(said.removeprefix("the "))


def country_name(country: str) -> str:
    """A country in words, as a question or an explanation names it: "the United States",
    "France", "the country coded ZZ" (a lawyer read "in FR" and "for Canada and the United
    States and FR")."""
    return _COUNTRIES.get(country) or _OTHER_COUNTRIES.get(country) or \
        f"the country coded {country}"


# Each country but Canada by its name in small letters, "the" left off, and a few more names.
_BY_NAME = {
    **{name.lower().removeprefix("the "): code
       for code, name in (*_OTHER_COUNTRIES.items(), ("US", "the United States"))},
    "us": "US", "usa": "US", "u.s.": "US", "states": "US", "america": "US", "uk": "GB",
    "england": "GB", "scotland": "GB", "wales": "GB", "korea": "KR", "vietnam": "VN",
}
# A country's name within a sentence ("since 2016 in the philippines"), the longest first;
# "us" and "states" only after "the", as a sentence says them otherwise ("with us").
_COUNTRY_NAMED = re.compile(r"\b(" + "|".join(re.escape(name) for name in sorted(
    {*_BY_NAME, "the us", "the states"} - {"us", "states"}, key=len, reverse=True
)) + r")(?!\w)")


def countries_named(words: str) -> set[str]:
    """The codes of the countries other than Canada that ``words`` name anywhere in them
    ("since 2016 in the philippines": {"PH"})."""
    said = " ".join(words.lower().split())
    return {_BY_NAME[name.removeprefix("the ")] for name in _COUNTRY_NAMED.findall(said)}


# --- days in a row -------------------------------------------------------------------------


class Span(NamedTuple):
    first: dt.date
    last: dt.date


def _join(spans: Iterable[Span]) -> list[Span]:
    """Spans that touch or overlap, joined into one: days in a row."""
    joined: list[Span] = []
    for span in sorted(spans):
        # By day number: an ongoing period runs to the last day there is, with none after it.
        if joined and span.first.toordinal() <= joined[-1].last.toordinal() + 1:
            if span.last > joined[-1].last:
                joined[-1] = Span(joined[-1].first, span.last)
        else:
            joined.append(span)
    return joined


def _longest(spans: Iterable[Span], first: dt.date, last: dt.date) -> int:
    """The most days in a row the spans give between ``first`` and ``last`` (both counted)."""
    best = 0
    for span in _join(spans):
        lo, hi = max(span.first, first), min(span.last, last)
        if lo <= hi:
            best = max(best, (hi - lo).days + 1)
    return best


def consecutive_days(
    ctx: Ctx, person: Person, country: str, subdivision: str | None,
    window: tuple[DateRange | None, dt.date], days: int,
) -> Tri:
    """Whether the person resided in a place for at least ``days`` days in a row between the
    window's first day and its last (both counted), from the periods of residence as given.

    Periods in the place that touch or overlap join into one run; a day elsewhere breaks it.
    A date known roughly counts by its bounds: the days a period surely covers (from its latest
    possible start to its earliest possible end) may settle "yes", the days it may cover (from its
    earliest start to its latest end) may settle "no"; when they do not, each rough date is named
    as missing with its range. The window's first day may be known roughly too (``None``: not
    known at all, so only a "yes" that holds from any first day settles).
    """
    opening, last = window
    listed: tuple[Period, ...] | None = ctx.field(person, "/claimant", "residence")
    if listed is None:
        return UNKNOWN
    periods = listed
    complete_here = complete(ctx, person, "residence", country)
    if not complete_here:
        other = ctx.unlisted("/claimant/residence/-", other_periods("residence", country))
        if other is not None:  # a period supplied in its place: the list is then taken as whole
            periods, complete_here = (*listed, other), True
    sure: list[Span] = []
    maybe: list[Span] = []
    rough: list[DateRange] = []
    for index, period in enumerate(periods):
        base = f"/claimant/residence/{index}" if index < len(listed) else "/claimant/residence/-"
        where = in_place(ctx, period, base, country, subdivision)
        if where is FALSE:
            continue
        start: DateRange | None = ctx.field(period, base, "start")
        ongoing = ctx.field(period, base, "ongoing")
        end: DateRange | None = None if ongoing is True else ctx.field(period, base, "end")
        earliest = dt.date.min if start is None else start.earliest
        latest_start = None if start is None else start.latest
        earliest_end: dt.date | None
        if ongoing is True:
            earliest_end, latest_end = dt.date.max, dt.date.max
        elif end is None:
            earliest_end, latest_end = latest_start, dt.date.max
        else:
            earliest_end, latest_end = end.earliest, end.latest
        for given in (start, end):
            if given is not None and not given.exact:
                rough.append(given)
        maybe.append(Span(earliest, latest_end))
        if (
            where is TRUE and latest_start is not None and earliest_end is not None
            and latest_start <= earliest_end
        ):
            sure.append(Span(latest_start, earliest_end))
    if opening is None:
        sure_first, maybe_first = last + dt.timedelta(days=1), dt.date.min
    else:
        sure_first, maybe_first = opening.latest, opening.earliest
        if not opening.exact:
            rough.append(opening)
    if _longest(sure, sure_first, last) >= days:
        return TRUE
    if _longest(maybe, maybe_first, last) < days and complete_here:
        return FALSE
    for given in rough:
        # A rough date whose bounds leave the count open is named as missing, with its range
        # (the context watches a comparison its bounds straddle).
        given.on_or_before(given.earliest)
    return UNKNOWN
