"""The facts of a T-724-20 claim record in plain words, for an explanation.

Each fact the rules read is stated as a short clause about the claimant
("the claimant took it", "Clearview collected it"), so that an explanation
can say which facts decided an item without showing JSON Pointers. A fact
with no clause here is stated by its question and the answer given.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import attrs

from ..engine.dates import DateError, DateRange
from ..engine.facts import FactSpec, fact_spec
from ..records.claim import CLOSES, Person
from ..records.items import SECTIONS, place
from ..records.validate import DATE_FIELDS

_Clauses = Mapping[str, Mapping[Any, str]]

# What each value of a fact says, by the record's section and key; "{}" takes a date or number.
_CLAUSES: Mapping[str, _Clauses] = {
    "claimant": {
        "kind": {"natural": "the claimant is a natural person",
                 "legal": "the claimant is a legal person (a company or other organisation)"},
        "born_on": {None: "born {}"},
        "deceased": {True: "the claimant has died", False: "the claimant is alive"},
        "died_on": {None: "died {}"},
        "citizenship": {(): "never a citizen of Canada"},
        "residence": {(): "never resident in Canada"},
    },
    "period": {
        "start": {None: "from {}"},
        "end": {None: "until {}"},
        "ongoing": {True: "still going on", False: "ended"},
    },
    "photograph": {
        "claimant_face_appears": {True: "the claimant's face appears in it",
                                  False: "the claimant's face does not appear in it"},
        "collected_by_clearview": {True: "Clearview collected it",
                                   False: "Clearview did not collect it"},
        "collected_on": {None: "collected {}"},
        "made_on": {None: "taken {}"},
        "author": {"claimant": "the claimant took it", "other": "someone else took it"},
        "author_deceased": {True: "the photographer has died", False: "the photographer is alive"},
        "author_died_on": {None: "the photographer died {}"},
        "joint_authorship": {True: "two or more photographers made it together",
                             False: "one photographer made it"},
        "coauthor": {"claimant": "the claimant was one of its joint photographers",
                     "other": "joint photographers made it, none of them the claimant"},
        "coauthor_died_on": {None: "the last of its other photographers died {}"},
        "crown_direction": {
            True: "it was made or published under the direction or control of the government",
            False: "it was not made or published under the government's direction or control",
        },
        "crown_agreement": {True: "the government agreed not to own its copyright",
                            False: "there was no agreement that the government would not own it"},
        "first_published_on": {None: "first published {}"},
        "made_in_course_of_employment": {True: "it was taken by an employee for the employer",
                                         False: "it was not taken for an employer"},
        "employer": {"claimant": "it was taken by an employee of the claimant, for the claimant",
                     "other": "it was taken by an employee for an employer other than the "
                              "claimant"},
        "employment_agreement_to_contrary": {
            True: "the photographer and the employer agreed that the employer would not own it",
            False: "there was no agreement to the contrary with the employer",
        },
        "commissioned": {True: "it was ordered and paid for by someone other than the photographer",
                         False: "it was not ordered and paid for by someone else"},
        "commissioner": {"claimant": "the claimant ordered and paid for it",
                         "other": "someone else ordered and paid for it"},
        "commissioned_on": {None: "ordered {}"},
        "commission_agreement_to_contrary": {
            True: "the photographer and the person who ordered it agreed that this person "
                  "would not own it",
            False: "there was no agreement to the contrary with the person who ordered it",
        },
        "negative_owner": {"claimant": "the claimant owned the initial negative",
                           "photographer": "the photographer owned the initial negative",
                           "other": "someone else owned the initial negative"},
        "negative_owner_kind": {"natural": "the negative's owner was a natural person",
                                "legal": "the negative's owner was a company or organisation"},
        "negative_owner_deceased": {True: "the negative's owner has died",
                                    False: "the negative's owner is alive"},
        "negative_owner_died_on": {None: "the negative's owner died {}"},
        "transfers": {(): "its copyright was never transferred"},
        "moral_rights_waived": {True: "its moral rights were waived",
                                False: "its moral rights were not waived"},
        "moral_rights_waiver_partial": {True: "the waiver was only in part",
                                        False: "the waiver was whole"},
        "moral_rights_heir": {"claimant": "its moral rights passed to the claimant on a death",
                              "other": "its moral rights passed to someone else on a death"},
    },
    "transfer": {
        "kind": {"assignment": "an assignment", "exclusive_licence": "an exclusive licence",
                 "succession": "a succession on a death"},
        "on": {None: "{}"},
        "by": {"claimant": "by the claimant", "photographer": "by the photographer",
               "other": "by someone else"},
        "to": {"claimant": "to the claimant", "other": "to someone else"},
        "extent": {"whole": "of the whole copyright", "partial": "of part of the copyright"},
        "signed_writing": {True: "in signed writing", False: "not in signed writing"},
    },
    "police_use": {
        "agency": {"rcmp": "by the RCMP", "other": "by another police force"},
        "unit": {"ncecc": "by its NCECC unit", "other": "by a unit other than the NCECC"},
        "account": {"paid": "with a paid licence", "trial": "with a trial account"},
        "service": {"clearview": "a search of Clearview's service",
                    "other": "a search of another service"},
        "used_on": {None: "{}"},
    },
    "statements": {
        "unlisted_collected_photograph_depicts_claimant": {
            True: "the claimant states that a photograph collected by Clearview and not listed "
                  "shows their face",
            False: "the claimant states that no other photograph collected by Clearview shows "
                   "their face",
        },
        "holds_rights_in_unlisted_collected_photograph": {
            True: "the claimant states that they hold rights in a photograph collected by "
                  "Clearview and not listed",
            False: "the claimant states that they hold rights in no other photograph collected "
                   "by Clearview",
        },
        "rcmp_used_unlisted_photograph_of_claimant": {
            True: "the claimant states that the RCMP used a photograph of them not listed",
            False: "the claimant states that the RCMP used no other photograph of them",
        },
    },
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


def _periods(value: list[Mapping[str, Any]]) -> str:
    spans = []
    for period in value:
        start = _bound(period["start"]) if "start" in period else "an unknown date"
        if period.get("ongoing"):
            spans.append(f"since {start}")
        else:
            end = _bound(period["end"]) if "end" in period else "an unknown date"
            spans.append(f"from {start} to {end}")
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
        if name in ("citizenship", "residence"):
            noun = "a citizen" if name == "citizenship" else "resident"
            return f"{noun} of Canada {_periods(value)}"
        if name == "transfers":
            count = len(value)
            return f"its copyright was transferred {count} time{'s' if count > 1 else ''}"
        return f"{name.replace('_', ' ')}: {len(value)}"
    key = value if isinstance(value, bool) or value in words else None
    template = words.get(key)
    if template is not None:
        if where == "statements" and not record.get(CLOSES[name]):
            # With nothing listed, "no other photograph" is "no photograph".
            template = template.replace("no other ", "no ").replace(" and not listed", "")
        if name in DATE_FIELDS:
            return template.format(_bound(value) if where == "period" else _date_words(value, "{}"))
        return template.format(value)
    spec = _spec(where, name)
    question = spec.question.replace("{item}", "it") if spec else name.replace("_", " ")
    return f"{question} {value}"


def unknown_clause(pointer: str) -> str:
    """A fact the record lacks, as what is not known."""
    parts = pointer.lstrip("/").split("/")
    return _unknown_clause(section(parts), parts[-1])


def question(pointer: str) -> str | None:
    """The question that asks for the fact at ``pointer``, its item as "{item}"."""
    parts = pointer.lstrip("/").split("/")
    spec = _spec(section(parts), parts[-1])
    return None if spec is None else spec.question


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


def sentence(record: Mapping[str, Any], facts: Mapping[str, str]) -> str:
    """Facts of the record (pointers, each with how it is proved, or "") as one sentence.

    In the record's order; a fact another implies is said once (an employer named says the
    employment); each transfer of a photograph is one phrase, instead of their count.
    """
    pointers = sorted(facts, key=order)
    kept = [p for p in pointers if not _implied(record, p, facts)]
    split = {pointer: pointer.lstrip("/").split("/") for pointer in kept}
    detailed = any(section(parts) == "transfer" for parts in split.values())
    clauses: list[str] = []
    transfers: dict[str, list[str]] = {}
    for pointer, parts in split.items():
        said = clause(record, pointer)
        if facts[pointer]:
            said = f"{said} ({facts[pointer]})"
        if section(parts) == "transfer":
            transfers.setdefault(parts[3], []).append(said)
        elif not (detailed and parts[-1] == "transfers"):  # the transfers said, not counted
            clauses.append(said)
    for number, words in transfers.items():
        clauses.append(f"transfer {int(number) + 1}: {', '.join(words)}")
    return "; ".join(dict.fromkeys(clauses)) + "." if clauses else ""


def _implied(record: Mapping[str, Any], pointer: str, facts: Mapping[str, str]) -> bool:
    """Whether another fact's clause says this one too ("died on ..." says "has died"); only
    a "yes" is implied ("employed: no" beside an employer named is said as it is)."""
    base, _, name = pointer.rpartition("/")
    other = IMPLIED_BY.get(name)
    return other is not None and f"{base}/{other}" in facts and value_at(record, pointer) is True
