"""The facts of a T-724-20 claim record in plain words, for an explanation.

Each fact the rules read is stated as a short clause about the claimant
("the claimant took it", "Clearview collected it"), so that an explanation
can say which facts decided an item without showing JSON Pointers. A fact
with no clause here is stated by its question and the answer given.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

import attrs

from ..engine.dates import DateError, DateRange
from ..engine.facts import FactSpec, fact_spec
from ..law.residence import country_name
from ..records import items
from ..records.claim import CLOSES, Person
from ..records.consistency import DATE_FIELDS
from ..records.items import SECTIONS, place, specs

_Clauses = Mapping[str, Mapping[Any, str]]

# What each value of a fact says, by the record's section and key; "{}" takes a date or number.
# Declared with each fact (records/claim.py, FactSpec.said).
_CLAUSES: Mapping[str, _Clauses] = {
    section: {name: spec.said for name, spec in facts.items() if spec.said}
    for section, facts in specs().items()
}


def section(parts: list[str]) -> str:
    """Which part of the record a pointer's path (split on "/") lies in."""
    return place("/" + "/".join(parts)).section


def value_at(record: Mapping[str, Any] | None, pointer: str) -> Any:
    """The value at ``pointer`` in the record; None when it is not there."""
    try:
        return _value_at(record or {}, pointer.lstrip("/").split("/"))
    except (KeyError, IndexError, ValueError):
        return None


def _value_at(record: Mapping[str, Any], parts: list[str]) -> Any:
    value: Any = record
    for part in parts:
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


def _spec(where: str, name: str) -> FactSpec | None:
    owner = SECTIONS.get(where)
    if owner is None:
        return None
    fields = attrs.fields_dict(owner)
    return fact_spec(fields[name]) if name in fields else None


def _date_words(text: Any, fallback: str) -> str:
    """A date of the record in words for a sentence ("in 2015", "on 2018-06-01")."""
    try:
        return DateRange.parse(text).words()
    except (DateError, TypeError):
        return fallback.format(text)


def _bound(text: Any) -> str:
    """A period's start or end in words without a preposition: "2001", "June 2018", "2018-06-01";
    an interval as "some day between 1988 and 1992"."""
    words = _date_words(text, "{}")
    for lead in ("on ", "in "):
        if words.startswith(lead) and " or " not in words:
            return words[len(lead):]
    return f"some day {words}"


def plural_of(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


# The first few of a list in words ("the second limb", "your second time living in Canada").
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")


def ordinal(index: int) -> str:
    """The place of the item at ``index`` (from 0) in words, then in figures: "second", "7th",
    "21st"."""
    if index < len(ORDINALS):
        return ORDINALS[index]
    number = index + 1
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


# The states of the United States by name, with their two letters (ISO 3166-2:US).
US_STATES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
    "colorado": "CO", "connecticut": "CT", "delaware": "DE", "florida": "FL", "georgia": "GA",
    "hawaii": "HI", "idaho": "ID", "illinois": "IL", "indiana": "IN", "iowa": "IA",
    "kansas": "KS", "kentucky": "KY", "louisiana": "LA", "maine": "ME", "maryland": "MD",
    "massachusetts": "MA", "michigan": "MI", "minnesota": "MN", "mississippi": "MS",
    "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV", "new hampshire": "NH",
    "new jersey": "NJ", "new mexico": "NM", "new york": "NY", "north carolina": "NC",
    "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
    "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", "tennessee": "TN",
    "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA",
    "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY", "district of columbia": "DC",
}
# A state or province in words: "in Washington", not "in US-WA".
_SUBDIVISIONS = {
    **{f"US-{code}": name.title().replace(" Of ", " of ") for name, code in US_STATES.items()},
    "CA-AB": "Alberta", "CA-BC": "British Columbia", "CA-MB": "Manitoba",
    "CA-NB": "New Brunswick", "CA-NL": "Newfoundland and Labrador", "CA-NS": "Nova Scotia",
    "CA-NT": "the Northwest Territories", "CA-NU": "Nunavut", "CA-ON": "Ontario",
    "CA-PE": "Prince Edward Island", "CA-QC": "Quebec", "CA-SK": "Saskatchewan",
    "CA-YT": "Yukon",
}


def subdivision_name(code: str) -> str:
    """A state or province in words ("Illinois", "District of Columbia"), or its code if unknown."""
    return _SUBDIVISIONS.get(code, code)


def within_span(period: Mapping[str, Any]) -> str | None:
    """A period known only to have had some day within a span ("in the 80s": started by 1989,
    ended in 1980 or after) as that span, "at some time between 1980 and 1989" (its ends as the
    record gives them); a later trial's person read "from some day in or before 1989 to some day
    in or after 1980", in the interview's question and in the result. None for any other."""
    start, end = str(period.get("start", "")), str(period.get("end", ""))
    if not (start.startswith("../") and end.endswith("/..")):
        return None
    low, high = end[:-3], start[3:]
    try:
        if DateRange.parse(low).earliest > DateRange.parse(high).latest:
            return None
    except (DateError, ValueError):
        return None
    return f"at some time in {low}" if low == high else f"at some time between {low} and {high}"


def _periods(value: list[Mapping[str, Any]]) -> str:
    spans = []
    for period in value:
        start = _bound(period["start"]) if "start" in period else "an unknown date"
        if period.get("ongoing") and str(period.get("start", "")).startswith(".."):
            # Begun by a day, when not known, and going on: "by 2026-12-06, and still" ("since
            # some day on or before 2026-12-06" read to a trial's person as garbled).
            span = f"by {_bound(period['start'][3:])}, and still"
        elif period.get("ongoing"):
            span = f"since {start}"
        elif (within := within_span(period)) is not None:
            span = within
        else:
            end = _bound(period["end"]) if "end" in period else "an unknown date"
            span = f"from {start} to {end}"
        if "subdivision" in period:
            span += f" (in {subdivision_name(period['subdivision'])})"
        spans.append(span)
    return ", ".join(spans)


def clause(record: Mapping[str, Any], pointer: str) -> str:
    """The fact at ``pointer`` in the claim record as a clause in plain words."""
    parts = pointer.lstrip("/").split("/")
    where, name = section(parts), parts[-1]
    try:
        value = _value_at(record, parts)
    except (KeyError, IndexError, ValueError):
        return _unknown_clause(where, name)
    words = _CLAUSES.get(where, {}).get(name, {})
    if isinstance(value, list):
        if not value:
            return words.get((), f"{name.replace('_', ' ')}: none")
        if name in ("citizenship", "residence", "author_citizenship", "author_residence"):
            noun = "a citizen" if name.endswith("citizenship") else "resident"
            if name.startswith("author_"):  # a photograph's author's periods (T-713-20)
                noun = f"the author {noun}"
            # A period without a country is in Canada (schemas/README.md, "Versions").
            by_country: dict[str, list[Mapping[str, Any]]] = {}
            for period in value:
                by_country.setdefault(period.get("country", "CA"), []).append(period)
            return "; ".join(
                f"{noun} of {country_name(country)} {_periods(periods)}"
                for country, periods in by_country.items()
            )
        if name.endswith("_complete_for"):  # residence_complete_for, citizenship_complete_for
            names = [country_name(str(c)) for c in value]
            listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
            return f"every period of {name.split('_')[0]} is listed for {listed}"
        if name == "payment_claims":
            return f"{plural_of(len(value), 'claim')} for payment filed"
        if name == "transfers":
            count = len(value)
            return f"its copyright was transferred {count} time{'s' if count > 1 else ''}"
        return f"{name.replace('_', ' ')}: {len(value)}"
    key = value if isinstance(value, bool) or value in words else None
    template = words.get(key)
    if template is not None:
        if where == "statements" and not record.get(CLOSES[name]):
            # With nothing listed, "no other photograph" is "no photograph", and "no copyright in
            # another photograph" is "... in a photograph".
            template = template.replace("no other ", "no ").replace(" and not listed", "").replace(
                " another photograph", " a photograph"
            )
        if name in DATE_FIELDS:
            return template.format(_bound(value) if where == "period" else _date_words(value, "{}"))
        if name == "country":
            return template.format(country_name(value))
        if name == "subdivision":
            return template.format(subdivision_name(value))
        return template.format(value)
    spec = _spec(where, name)
    question = spec.question.replace("{item}", "it") if spec else name.replace("_", " ")
    return f"{question} {value}"


def unknown_clause(pointer: str) -> str:
    """A fact the record lacks, as what is not known."""
    parts = pointer.lstrip("/").split("/")
    return _unknown_clause(section(parts), parts[-1])


def spec_at(pointer: str) -> FactSpec | None:
    """The declaration of the fact at ``pointer`` (its question, its item as "{item}")."""
    parts = pointer.lstrip("/").split("/")
    # An item mentioned but not described ("/police_uses/-") has a question of its own, not a
    # field's: "Describe any other RCMP use ...", not "not known: -".
    return _spec(section(parts), parts[-1]) or items.spec_at(pointer)


# A fact said by another that implies it: the second clause alone says both.
IMPLIED_BY = {
    "deceased": "died_on",
    "author_deceased": "author_died_on",
    "negative_owner_deceased": "negative_owner_died_on",
    "made_in_course_of_employment": "employer",
    "commissioned": "commissioner",
    "joint_authorship": "coauthor",
}


def _unknown_clause(where: str, name: str) -> str:
    spec = _spec(where, name)
    question = spec.question.replace("{item}", "it") if spec else name.replace("_", " ")
    return f"not known: {question}"


@functools.cache
def _positions(owner: type) -> Mapping[str, int]:
    return {f.name: i for i, f in enumerate(attrs.fields(owner))}


def order(pointer: str) -> tuple[Any, ...]:
    """A key that sorts facts as the record lists them: by item, then by the field's place."""
    parts = pointer.lstrip("/").split("/")
    owner = SECTIONS.get(section(parts), Person)
    key: list[Any] = []
    for part in parts[:-1]:
        key.append((0, int(part), "") if part.isdigit() else (1, 0, part))
    key.append((2, _positions(owner).get(parts[-1], len(_positions(owner))), ""))
    return tuple(key)


_AUTHOR_PERIODS = re.compile(r"^(/photographs/\d+/author_(?:residence|citizenship))(?:/|$)")


def sentence(record: Mapping[str, Any], facts: Mapping[str, str]) -> str:
    """Facts of the record (pointers, each with how it is proved, or "") as one sentence.

    In the record's order; a fact another implies is said once (an employer named says the
    employment); each transfer of a photograph is one phrase, instead of their count.
    """
    # The periods of a photograph's author are said as their list is, once ("the author
    # resident of Canada since 1999"), not a period's start and end with nothing named.
    pointers = sorted(dict.fromkeys(
        found.group(1) if (found := _AUTHOR_PERIODS.match(p)) else p for p in facts
    ), key=order)
    kept = [p for p in pointers if not _implied(record, p, facts)]
    split = {pointer: pointer.lstrip("/").split("/") for pointer in kept}
    detailed = any(section(parts) == "transfer" for parts in split.values())
    clauses: list[str] = []
    transfers: dict[str, list[str]] = {}
    for pointer, parts in split.items():
        said = clause(record, pointer)
        if parts[-1] == "start" and section(parts) == "period" and _from_birth(record, pointer):
            # A period said "from birth" of one whose birth is known only as by some day (the
            # interview's "always", "my whole life"): "from some day on or before 2020-07-08"
            # read to a trial's person as a date she had never said.
            said = "from birth"
        elif parts[-1] == "start" and section(parts) == "period":
            base = pointer.rsplit("/", 1)[0]
            if f"{base}/end" not in facts and f"{base}/ongoing" not in facts:
                # Its end not read, "from 2016" would read as a period still going on; where the
                # record gives it, it is said too, or "began between 2010 and 2015" of a period
                # in Chicago read to a trial's person as one still going on.
                said = "began " + _date_words(value_at(record, pointer), "{}")
                end = _end_said(record, base)
                if end:
                    said = f"{said}; {end}"
        if facts.get(pointer):
            said = f"{said} ({facts[pointer]})"
        if section(parts) == "transfer":
            transfers.setdefault(parts[3], []).append(said)
        elif not (detailed and parts[-1] == "transfers"):  # the transfers said, not counted
            clauses.append(said)
    for number, words in transfers.items():
        clauses.append(f"transfer {int(number) + 1}: {', '.join(words)}")
    return "; ".join(dict.fromkeys(clauses)) + "." if clauses else ""


def _end_said(record: Mapping[str, Any], base: str) -> str:
    """How a period of the record ended, or that it goes on, in words; "" where it says
    neither."""
    period = value_at(record, base)
    if not isinstance(period, Mapping):
        return ""
    if period.get("ongoing") is True:
        return "still going on"
    if "end" in period:
        return "ended " + _date_words(period["end"], "{}")
    return ""


def _from_birth(record: Mapping[str, Any], pointer: str) -> bool:
    """Whether a period of the claimant's starts on their birth, which is known only as by
    some day ("../2020-07-08"): the record's form of a period said "from birth"."""
    born = record.get("claimant", {}).get("born_on") if pointer.startswith("/claimant/") else None
    return isinstance(born, str) and born.startswith("..") and value_at(record, pointer) == born


def _implied(record: Mapping[str, Any], pointer: str, facts: Mapping[str, str]) -> bool:
    """Whether another fact's clause says this one too ("died on ..." says "has died"); only
    a "yes" is implied ("employed: no" beside an employer named is said as it is)."""
    base, _, name = pointer.rpartition("/")
    other = IMPLIED_BY.get(name)
    return other is not None and f"{base}/{other}" in facts and value_at(record, pointer) is True
