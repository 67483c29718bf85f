"""Validation of JSON records against the bundled schemas, and the checks a schema cannot make.

References resolve only against the schemas bundled with the package: a
remote ``$ref`` fails at once and nothing is fetched. Formats are checked
(a date must be a real date). Messages are written here from the place, the
keyword and the schema, never from the value, so no personal data is repeated.
"""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

import attrs
import jsonschema
from jsonschema.exceptions import ValidationError, relevance
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource
from referencing.jsonschema import DRAFT202012

from .._resources import load_json, names
from ..engine.dates import FORMS, DateError, DateRange
from ..records.claim import Claim
from ..records.errors import RecordError, key_name, path_of
from ..records.fast import fast_is_valid

CLAIM_SCHEMA = "claim.schema.json"
DETERMINATION_SCHEMA = "determination.schema.json"

def _date_fields(cls: type, seen: set[type]) -> set[str]:
    """The keys whose values are dates, anywhere in the claim model (records/claim.py)."""
    if cls in seen:
        return set()
    seen.add(cls)
    found: set[str] = set()
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        types, flat = [hints[field.name]], []
        while types:
            kind = types.pop()
            flat.append(kind)
            types.extend(typing.get_args(kind))
        if DateRange in flat:
            found.add(field.name)
        for kind in flat:
            if isinstance(kind, type) and attrs.has(kind):
                found |= _date_fields(kind, seen)
    return found


# Read from the model, so that a date added to a record is checked as one without a list to edit.
DATE_FIELDS = frozenset(_date_fields(Claim, set()))


def _no_retrieval(uri: str) -> Resource[Any]:
    raise NoSuchResource(ref=uri)  # type: ignore[call-arg]


@cache
def registry() -> Registry[Any]:
    """The bundled schemas by their ``$id``; any other reference is refused without a lookup."""
    resources = []
    for name in names("schemas"):
        schema = load_json("schemas", name)
        resources.append((schema["$id"], DRAFT202012.create_resource(schema)))
    empty: Registry[Any] = Registry(retrieve=_no_retrieval)  # type: ignore[call-arg]
    return empty.with_resources(resources)


def validator_for(schema: Mapping[str, Any]) -> jsonschema.Draft202012Validator:
    """A Draft 2020-12 validator with formats checked and references kept to the bundle."""
    return jsonschema.Draft202012Validator(
        schema,
        registry=registry(),
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


@cache
def bundled_validator(name: str) -> jsonschema.Draft202012Validator:
    """The validator of a bundled schema, built once."""
    return validator_for(load_json("schemas", name))


_TYPE_NAMES = {
    "object": "an object", "array": "a list", "string": "text", "boolean": "true or false",
    "integer": "a whole number", "number": "a number", "null": "null",
}


def _kind(expected: Any) -> str:
    kinds = expected if isinstance(expected, list) else [expected]
    return " or ".join(_TYPE_NAMES.get(k, str(k)) for k in kinds)


# Text that says a fact is not known, in place of leaving its key out (compared lowercased,
# with apostrophes made straight).
_UNKNOWN_WORDS = frozenset({
    "unknown", "unknow", "not known", "don't know", "dont know", "do not know", "idk", "n/a",
    "na", "none", "null", "nil", "?", "??", "-", "", "unsure", "not sure", "tbd", "unk",
})
_LEAVE_OUT = "leave the key out when the fact is unknown"
# The keywords whose failure on such a text means a fact was given as unknown (a text too short
# for an id, say, means something else).
_HINTED = frozenset({"type", "enum", "format"})


def _says_unknown(value: Any) -> bool:
    return isinstance(value, str) and (
        value.strip().lower().replace("\u2019", "'") in _UNKNOWN_WORDS
    )


def _message(error: ValidationError) -> str:
    """A plain message from the keyword and the schema, never from the value.

    A text that says the fact is unknown ("unknown", "n/a", ...) in place of a
    value gets the hint that ``null`` gets: leave the key out.
    """
    message = _plain_message(error)
    if (error.validator in _HINTED or message == DATE_FORM) and _says_unknown(error.instance):
        return f"{message}; {_LEAVE_OUT}"
    return message


# A date of another form than the claim schema's (its $defs/date begins so): told in the words of
# the forms, the same whichever validator found it.
_DATE_DESCRIBED = "A date as known:"
DATE_FORM = f"is not a date in a form accepted: {FORMS}"


def _plain_message(error: ValidationError) -> str:
    keyword = error.validator
    expected: Any = error.validator_value
    described = error.schema.get("description", "") if isinstance(error.schema, dict) else ""
    if keyword == "type":
        if error.instance is None and not error.absolute_path:
            return "must be an object (a claim record), not null"
        if error.instance is None:
            return f"null is not accepted: {_LEAVE_OUT}"
        return f"must be {_kind(expected)}"
    if keyword == "required":
        present = error.instance if isinstance(error.instance, dict) else {}
        missing = [key for key in expected if key not in present]
        return "required key missing: " + ", ".join(key_name(k) for k in missing)
    if keyword == "additionalProperties":
        schema: Any = error.schema
        allowed = set(schema.get("properties", {}))
        instance: Any = error.instance
        extra = [k for k in instance if k not in allowed]
        return "unknown key: " + ", ".join(key_name(k) for k in extra)
    if keyword == "enum":
        if "propertyNames" in error.schema_path:
            return "has a key that is none of: " + ", ".join(str(v) for v in expected)
        return "must be one of: " + ", ".join(str(v) for v in expected)
    if keyword == "format":
        return f"must be a real {expected} ({described.rstrip('.') or expected})"
    if keyword in ("pattern", "not"):
        if described.startswith(_DATE_DESCRIBED):
            return DATE_FORM
        return f"does not have the form required: {described.rstrip('.')}"
    if keyword == "minLength":
        return f"must be at least {expected} characters long"
    if keyword == "maxLength":
        return f"must be at most {expected} characters long"
    if keyword == "maxItems":
        return f"must have at most {expected} items"
    if keyword == "minItems":
        return f"must have at least {expected} items"
    if keyword == "propertyNames":
        return "names a fact this object does not have"
    if keyword == "maxProperties":
        return f"must have at most {expected} keys"
    if keyword == "uniqueItems":
        return "must not repeat an item"
    return f"does not satisfy the schema keyword '{keyword}'"


# Keywords that each say a text does not have the form its value needs. Several of them fail
# together for one text ("2019" as a date fails the date's format, pattern and length): only the
# most telling is reported, in this order.
_FORM_KEYWORDS = frozenset({"format", "pattern", "not", "minLength", "maxLength"})
_FORM_ORDER = {"format": 0, "pattern": 1, "not": 1, "minLength": 2, "maxLength": 2}


def schema_errors(validator: jsonschema.Draft202012Validator, record: Any) -> list[RecordError]:
    """Every schema error of a record, the most useful first, without saying a thing twice.

    One error for a text of the wrong form, and one for a value of the wrong
    type that is none of the values allowed.
    """
    errors = sorted(validator.iter_errors(record), key=relevance, reverse=True)
    # Of the errors on the form of one text, the most telling; the others are dropped.
    form: dict[tuple[str | int, ...], ValidationError] = {}
    for error in errors:
        if error.validator in _FORM_KEYWORDS:
            at = tuple(error.absolute_path)
            kept = form.get(at)
            if kept is None or _FORM_ORDER[str(error.validator)] < _FORM_ORDER[str(kept.validator)]:
                form[at] = error
    # A value of the wrong type that is also none of the values allowed: one error, the list of
    # values allowed, or for null the hint to leave the key out.
    typed = {tuple(e.absolute_path): e.instance is None for e in errors if e.validator == "type"}
    listed = {tuple(e.absolute_path) for e in errors if e.validator == "enum"}
    found = []
    for error in errors:
        parts = list(error.absolute_path)
        at = tuple(parts)
        if error.validator in _FORM_KEYWORDS and (form[at] is not error or at in typed):
            continue  # said once; and a value of the wrong type has no form to speak of
        if at in typed and at in listed and error.validator == ("enum" if typed[at] else "type"):
            continue
        found.append(RecordError(
            path_of(parts), _message(error), str(error.validator), key=_key_of(error)
        ))
    return found


def _key_of(error: ValidationError) -> str | None:
    """The key an error is about, where it is about one key of an object rather than a value:
    the first key the schema does not know, or a key whose name is not allowed."""
    if error.validator == "additionalProperties":
        allowed = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        instance: Any = error.instance
        return next((key for key in instance if key not in allowed), None)
    if "propertyNames" in error.schema_path and isinstance(error.instance, str):
        return error.instance
    return None


# --- checks the schema cannot make -------------------------------------------------------


def _bad_dates(value: Any, today: dt.date) -> list[tuple[list[str | int], str, str]]:
    """The dates that cannot be, in record order: their paths, messages and rules.

    A date of the schema's form may still name no real day (2019-02-30), be an interval that
    ends before it starts, or lie wholly after ``today``. A path is built on the way back from
    a date found bad, so a record with none builds no path at all (most records: this runs for
    every claim).
    """
    found: list[tuple[list[str | int], str, str]] = []
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in DATE_FIELDS and isinstance(inner, str):
                try:
                    date = DateRange.parse(inner)
                except DateError as error:
                    # The message names no value: a date of birth is personal data.
                    if "interval" in str(error):
                        found.append(([key], "the interval ends before it starts", "consistency"))
                    else:
                        found.append(([key], f"must be a real date ({_NO_SUCH_DAY})", "format"))
                    continue
                if date.earliest > today:
                    found.append(([key], f"is after today ({today.isoformat()})", "consistency"))
            elif key != "proof" and isinstance(inner, _CONTAINERS):
                for path, message, keyword in _bad_dates(inner, today):
                    found.append(([key, *path], message, keyword))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            if isinstance(inner, _CONTAINERS):
                for path, message, keyword in _bad_dates(inner, today):
                    found.append(([index, *path], message, keyword))
    return found


_CONTAINERS = (dict, list)
_NO_SUCH_DAY = "the calendar has no such day, or no year 0000"


def _date(value: Mapping[str, Any], key: str) -> DateRange | None:
    """The date at ``key`` as a range; None when absent or not a possible date (told elsewhere)."""
    text = value.get(key)
    try:
        return DateRange.parse(text) if isinstance(text, str) else None
    except DateError:
        return None


def _before(first: DateRange | None, second: DateRange | None) -> bool:
    """Whether ``first`` is surely before ``second``: on every choice of days within their bounds.

    A timeline is refused only when no such choice can make it possible (BRIEF §4: a date
    known roughly is a fact like a whole day).
    """
    return first is not None and second is not None and first.latest < second.earliest


def _periods(record: Mapping[str, Any]) -> Iterator[RecordError]:
    person = record.get("claimant", {})
    for history in ("citizenship", "residence"):
        for index, period in enumerate(person.get(history, [])):
            start, end = _date(period, "start"), _date(period, "end")
            where = ["claimant", history, index, "end"]
            if _before(end, start):
                yield RecordError(path_of(where), "the period ends before it starts", "consistency")
            if end is not None and period.get("ongoing") is True:
                yield RecordError(
                    path_of(where), "an ongoing period cannot have an end date", "consistency"
                )


def _places(record: Mapping[str, Any]) -> Iterator[RecordError]:
    """A subdivision lies in its period's country (a period without one is in Canada)."""
    person = record.get("claimant", {})
    for history in ("citizenship", "residence"):
        for index, period in enumerate(person.get(history, [])):
            subdivision = period.get("subdivision")
            country = period.get("country", "CA")
            if isinstance(subdivision, str) and not subdivision.startswith(f"{country}-"):
                yield RecordError(
                    path_of(["claimant", history, index, "subdivision"]),
                    "the subdivision is not in the period's country", "consistency",
                )


def _grants_and_postings(record: Mapping[str, Any]) -> Iterator[RecordError]:
    """A grant ends after it starts, and only if it ended; a photograph is posted once made; one
    claim for payment per proceeding."""
    for index, photo in enumerate(record.get("photographs", [])):
        at: list[str | int] = ["photographs", index]
        posted = _date(photo, "first_posted_publicly_on")
        if posted is not None and photo.get("posted_publicly") is False:
            yield RecordError(
                path_of([*at, "first_posted_publicly_on"]),
                "a date of first posting is given but posted_publicly is false", "consistency",
            )
        if _before(posted, _date(photo, "made_on")):
            yield RecordError(
                path_of([*at, "first_posted_publicly_on"]),
                "the photograph is dated as posted before it was made", "consistency",
            )
        for number, transfer in enumerate(photo.get("transfers", [])):
            ended = _date(transfer, "ended_on")
            where = path_of([*at, "transfers", number, "ended_on"])
            if ended is not None and transfer.get("ended") is False:
                yield RecordError(where, "an end date is given but ended is false", "consistency")
            if _before(ended, _date(transfer, "on")):
                yield RecordError(where, "the grant ends before it takes effect", "consistency")
    seen: dict[str, int] = {}
    for index, claim in enumerate(record.get("payment_claims", [])):
        proceeding = claim.get("proceeding")
        if proceeding in seen:
            yield RecordError(
                path_of(["payment_claims", index, "proceeding"]),
                f"the same proceeding as payment_claims[{seen[proceeding]}]; one claim per proceeding",
                "consistency",
            )
        else:
            seen[proceeding] = index


def _lives(record: Mapping[str, Any]) -> Iterator[RecordError]:
    person = record.get("claimant", {})
    born, died = _date(person, "born_on"), _date(person, "died_on")
    if _before(died, born):
        yield RecordError(
            "$.claimant.died_on", "the date of death is before the date of birth", "consistency"
        )
    if died is not None and person.get("deceased") is False:
        yield RecordError(
            "$.claimant.died_on", "a date of death is given but deceased is false", "consistency"
        )
    for index, photo in enumerate(record.get("photographs", [])):
        for who in ("author", "negative_owner"):
            if _date(photo, f"{who}_died_on") is not None and photo.get(f"{who}_deceased") is False:
                yield RecordError(
                    path_of(["photographs", index, f"{who}_died_on"]),
                    f"a date of death is given but {who}_deceased is false", "consistency",
                )


# Dates of a photograph that cannot come before its making: whoever owned the negative "at the
# time when that negative ... was made" (former s. 10(2)) and each joint author lived to see it;
# it is published once made.
_MADE_AFTER = (
    ("negative_owner_died_on", "the owner of the initial negative died before the photograph was made"),
    ("coauthor_died_on", "a joint author died before the photograph was made"),
    ("first_published_on", "the photograph is dated as published before it was made"),
)


def _timelines(record: Mapping[str, Any]) -> Iterator[RecordError]:
    """Dates that cannot all be true of one life and one photograph.

    A status is held, and a photograph taken by the claimant made, only while
    the claimant is alive; a photograph is made before it is collected, used,
    transferred or outlived by its author; a succession follows the death
    (BRIEF §4; Copyright Act s. 13(4), s. 14.2(2)).
    """
    person = record.get("claimant", {})
    born, died = _date(person, "born_on"), _date(person, "died_on")
    for history in ("citizenship", "residence"):
        for index, period in enumerate(person.get(history, [])):
            start = _date(period, "start")
            where = path_of(["claimant", history, index, "start"])
            if _before(start, born):
                yield RecordError(where, "the period starts before the claimant was born", "consistency")
            if _before(died, start):
                yield RecordError(where, "the period starts after the claimant died", "consistency")
    made: dict[str, DateRange] = {}
    for index, photo in enumerate(record.get("photographs", [])):
        made_on, author_died = _date(photo, "made_on"), _date(photo, "author_died_on")
        if made_on is not None and isinstance(photo.get("id"), str):
            made.setdefault(photo["id"], made_on)
        at: list[str | int] = ["photographs", index]
        if made_on is not None and photo.get("author") == "claimant":
            if _before(made_on, born):
                yield RecordError(
                    path_of([*at, "made_on"]),
                    "the claimant took this photograph but it was made before the claimant was born",
                    "consistency",
                )
            if _before(died, made_on):
                yield RecordError(
                    path_of([*at, "made_on"]),
                    "the claimant took this photograph but it was made after the claimant died",
                    "consistency",
                )
        if _before(author_died, made_on):
            yield RecordError(
                path_of([*at, "made_on"]), "the photograph was made after its author died", "consistency"
            )
        for key, message in _MADE_AFTER:
            other = _date(photo, key)
            if _before(other, made_on):
                yield RecordError(path_of([*at, key]), message, "consistency")
        ordered = _date(photo, "commissioned_on")
        if _before(made_on, ordered):
            yield RecordError(
                path_of([*at, "commissioned_on"]),
                "the photograph is dated as ordered after it was made", "consistency",
            )
        collected = _date(photo, "collected_on")
        if _before(collected, made_on):
            yield RecordError(
                path_of([*at, "collected_on"]),
                "Clearview collected the photograph before it was made", "consistency",
            )
        for number, transfer in enumerate(photo.get("transfers", [])):
            on = _date(transfer, "on")
            if on is None:
                continue
            where = path_of([*at, "transfers", number, "on"])
            if _before(on, made_on):
                yield RecordError(
                    where, "the transfer is dated before the photograph was made", "consistency"
                )
            if (
                transfer.get("kind") == "succession" and transfer.get("to") == "claimant"
                and transfer.get("by") in (None, "photographer")
                and _before(on, author_died)
            ):
                yield RecordError(
                    where, "a succession to the claimant is dated before the author died", "consistency"
                )
    for index, use in enumerate(record.get("police_uses", [])):
        used_on, photo_made = _date(use, "used_on"), made.get(use.get("photograph"))
        if _before(used_on, photo_made):
            yield RecordError(
                path_of(["police_uses", index, "used_on"]),
                "the use is dated before the photograph it used was made", "consistency",
            )


def _references(record: Mapping[str, Any]) -> Iterator[RecordError]:
    first: dict[str, int] = {}
    for index, photo in enumerate(record.get("photographs", [])):
        photo_id = photo.get("id")
        if photo_id in first:
            yield RecordError(
                path_of(["photographs", index, "id"]),
                f"the same id as photographs[{first[photo_id]}]; ids must be unique",
                "consistency",
            )
        else:
            first[photo_id] = index
    for index, use in enumerate(record.get("police_uses", [])):
        if use.get("photograph") not in first:
            yield RecordError(
                path_of(["police_uses", index, "photograph"]),
                "names a photograph this record does not list", "consistency",
            )


def consistency_errors(record: Mapping[str, Any], today: dt.date) -> list[RecordError]:
    """What a schema-valid claim record says that cannot all be true."""
    found = [
        RecordError(path_of(parts), message, keyword)
        for parts, message, keyword in _bad_dates(record, today)
    ]
    found += [
        *_periods(record), *_lives(record), *_timelines(record), *_references(record),
        *_places(record), *_grants_and_postings(record),
    ]
    return found


def validate_claim(
    record: Any, *, today: dt.date | None = None, consistency: bool = True
) -> tuple[RecordError, ...]:
    """Every error of a claim record (parsed JSON), most useful first; empty when it is valid.

    Each error is a :class:`~classaction.RecordError`: its JSON path (and ``pointer``), a
    message that repeats no value of the record, and the rule (the schema keyword, or
    ``consistency`` for a timeline no life or photograph can have). ``consistency=False``
    checks the schema alone, and the dates' forms (a day the calendar lacks, an interval that
    ends before it starts), not the timelines nor the references. Example::

        ca.validate_claim({"claimant": {"born_on": "2019-02-30"}})
        # (RecordError(path='$.claimant.born_on', message='must be a real date (...)', ...),)
    """
    if not consistency:
        errors = list(schema_errors(bundled_validator(CLAIM_SCHEMA), record))
        told = {error.path for error in errors}
        for parts, message, keyword in _bad_dates(record, dt.date.max):
            if path_of(parts) not in told:
                errors.append(RecordError(path_of(parts), message, keyword))
        return tuple(errors)
    fast = fast_is_valid(CLAIM_SCHEMA)
    if fast is None or not fast(record):
        # The reference validator decides alone, or says why the fast one refused.
        errors = schema_errors(bundled_validator(CLAIM_SCHEMA), record)
        if errors:
            # A date of the schema's form that names no real day is told beside the schema's
            # errors, not after they are mended.
            told = {error.path for error in errors}
            for parts, message, keyword in _bad_dates(record, today or dt.date.today()):
                if keyword == "format" and path_of(parts) not in told:
                    errors.append(RecordError(path_of(parts), message, keyword))
            return tuple(errors)
    return tuple(consistency_errors(record, today or dt.date.today()))


def consistency_warnings(record: Mapping[str, Any]) -> tuple[RecordError, ...]:
    """What a valid claim record says that is likely a slip, though it can be read as given.

    A period of residence or citizenship given as still going on (``ongoing: true``) for a
    claimant who has died: a status is held only while the claimant is alive (as
    :func:`_timelines` reads a period that starts after the death), so the period ended at
    the latest with the death, and its end should be given. It is not an error: an estate's
    claim form often keeps the last residence as current, and the outcome does not rest on it
    (a natural person must be alive on the as-of date to be a member), so the record is
    accepted and read as given; a claims administrator is told, with the path, to correct it.
    Only for a record that :func:`validate_claim` accepts.
    """
    person = record.get("claimant", {})
    if person.get("deceased") is not True and _date(person, "died_on") is None:
        return ()
    return tuple(
        RecordError(
            path_of(["claimant", history, index, "ongoing"]),
            "the claimant has died, but the period is given as still going on: give the day "
            "it ended (at the latest, the day of death)", "consistency",
        )
        for history in ("residence", "citizenship")
        for index, period in enumerate(person.get(history, []))
        if period.get("ongoing") is True
    )


def validate_determination(record: Any) -> tuple[RecordError, ...]:
    """Every error of a determination record against the determination schema."""
    return tuple(schema_errors(bundled_validator(DETERMINATION_SCHEMA), record))
