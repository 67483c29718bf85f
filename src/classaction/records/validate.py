"""Validation of JSON records against the bundled schemas, then the checks a schema cannot make
(:mod:`classaction.records.consistency`).

References resolve only against the schemas bundled with the package: a
remote ``$ref`` fails at once and nothing is fetched. Formats are checked
(a date must be a real date). Messages are written here from the place, the
keyword and the schema, never from the value, so no personal data is repeated.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError, relevance
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource
from referencing.jsonschema import DRAFT202012

from .._resources import load_json, names
from ..engine.dates import FORMS
from ..records.errors import RecordError, key_name, path_of, spelt_as
from ..records.fast import fast_is_valid
from .consistency import bad_dates, claim_id_errors, consistency_errors

CLAIM_SCHEMA = "claim.schema.json"
DETERMINATION_SCHEMA = "determination.schema.json"


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


def _quoting(instance: Any, expected: Any) -> str:
    """What the quotation marks have to do with a value of the wrong type, where they are the
    slip: "true" in quotation marks is text, not true (an administrator saw "true" in the record
    and was told it must be true or false)."""
    kinds = expected if isinstance(expected, list) else [expected]
    if isinstance(instance, str) and kinds == ["boolean"] and instance.strip().lower() in _SAYS_YES_NO:
        # "No" from a form's tick box (a trial's temps typed it): what to write for it, as
        # "write it without quotation marks" led one to type No bare, which is no JSON either.
        return (", written without quotation marks: "
                + ("true for yes" if _SAYS_YES_NO[instance.strip().lower()] else "false for no"))
    if isinstance(instance, str) and kinds and "string" not in kinds and not {
        "object", "array"
    } & set(kinds):
        return ", written without quotation marks"
    if kinds == ["string"] and isinstance(instance, bool | int | float):
        return ", written in quotation marks"
    return ""


# Keys of how to reach a claimant, given outside contact ("e-mail", "phone_number" as written).
_CONTACT_KEYS = frozenset({"name", "email", "mail", "address", "phone", "phonenumber", "telephone",
                           "tel", "fullname", "postaladdress"})


def _json_type(value: Any) -> str:
    """A value's JSON type, as the schema names types."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    return {str: "string", float: "number", dict: "object", list: "array"}.get(type(value), "null")


_SAYS_YES_NO = {"yes": True, "y": True, "oui": True, "no": False, "n": False, "non": False}
# What a list or an object of the record looks like, where text or another value was given
# for it (a trial's "residence": "Canada", "contact": "Karim Benali, 514-..."): by the key.
_SHAPES = {
    "residence": ' of periods, as [{"start": "2001", "ongoing": true}]',
    "citizenship": ' of periods, as [{"start": "2001", "ongoing": true}]',
    "contact": ', as {"name": "...", "email": "..."}',
    "photographs": ' of photographs, as [{"id": "p1", "collected_by_clearview": true}]',
    "police_uses": ', a list, as [{"photograph": "p1", "agency": "rcmp"}]',
    "transfers": ', a list, as [{"kind": "assignment", "to": "claimant"}]',
}


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


# A date written as a day or a month of the schema's form whose month cannot be (13 to 99, 00).
_NO_SUCH_MONTH = re.compile(r"\d{4}-(?:1[3-9]|[2-9]\d|00)(?:-\d{2})?")

# Dates as a clerk types them from a paper form: day and month first ("12/04/1990"), or the
# year first with slashes or dots ("1975/01/01"). Told in words, without the value (a date of
# birth is the claimant's own).
_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}")
_MARKED = re.compile(r"\d[?~%]|[?~%]\d")  # EDTF's marks of an uncertain or approximate date
_YEAR_FIRST = re.compile(r"\d{4}[/.]\d{1,2}[/.]\d{1,2}")


def _date_slip(text: str) -> str | None:
    """What is wrong with a date that has a form of its own, in words; None if none is told."""
    if text != text.strip():
        if not text.strip():
            return f"is blank: {_LEAVE_OUT}"
        return (
            "has a space or line break before or after it: remove it (a date is written "
            "2018-06-01)"
        )
    if _TIMED.fullmatch(text):
        # "2015-03-15T00:00:00", "2015-03-15 10:22": a date and time a spreadsheet or a
        # database exported (a trial's).
        return "has a time of day or a time zone after the date: leave it out, as 2015-03-15"
    numbered = _DAY_FIRST.fullmatch(text)
    if numbered:
        # Which of the first two numbers is the month is told where only one can be (a paper
        # form of the United States puts the month first).
        first, second = int(numbered.group(1)), int(numbered.group(2))
        order = (
            "the month and day first" if second > 12 >= first else
            "the day and month first" if first > 12 >= second else
            "the day and month first, or the month and day"
        )
        return (
            f"is written with {order}: write the year first, then the month and the day, with "
            "hyphens, as 1990-04-12"
            + (" (with the year last, which number is the month cannot be told: check which "
               "was meant)" if first <= 12 and second <= 12 else "")
        )
    if _MARKED.search(text):
        return (
            "is marked as uncertain or approximate (?, ~ or %), which is not accepted: leave "
            "the mark out and give what is known, as a year (2015) or a period (2014/2016)"
        )
    if _YEAR_FIRST.fullmatch(text):
        return (
            "has slashes or dots between its parts: write it with hyphens, as 2018-06-01 (a "
            "slash separates the two ends of a period, as in 1988/1992)"
        )
    # "2015-1-5": a month or a day of one digit (a later trial's intake slip).
    short = _SHORT_PARTS.fullmatch(text)  # said by an example, never by the value (a birth date)
    if short and any(part is not None and len(part) == 1 for part in short.groups()[1:]):
        return "has a month or day of one digit: write each with two, as 2015-01-05"
    if short and short.group(3) == "00":
        # "2015-03-00": a day not known written as 00 (a later trial's).
        return "has day 00: no day is 00; where the day is not known, give the month, as 2015-03"
    # Words a clerk copies from a form that says a date roughly or as a period (a later trial's
    # "about 2010", "1990-1992", "before 2012", "spring 2015"), each told its written form.
    lowered = text.lower()
    for pattern, said in _WORDED:
        if pattern.search(lowered):
            return said
    # "Jan 2015", "January 5, 2015": a month in words.
    worded = _MONTH_WORDS.search(text.lower())
    if worded and re.search(r"\d{4}", text):
        return (
            "names its month in words: write the year first, then the month and the day in "
            "figures, with hyphens, as 2015-01 or 2015-01-05"
        )
    return None


_ZONE = r"(?:Z|[+-]\d{2}:?\d{2})"
_TIMED = re.compile(
    rf"\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?{_ZONE}?|{_ZONE})"
)
_ESTATE = frozenset({"estate", "deceased", "succession", "heir", "heirs", "executor"})
_SHORT_PARTS = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
_A_PERIOD = "; a period is written with a slash between its ends, as 2008/2012"
_WORDED = tuple((re.compile(pattern), said) for pattern, said in (
    (r"\b(?:about|around|approx\w*|circa|roughly|maybe|probably|think)\b|\bca?\.\s?\d|"
     r"\d\s?ish\b|\bor so\b", "is said roughly: give what is known, as a year (2015) or the years it may "
     "be, as a period (2008/2012)"),
    (r"^\d{4}\s?[-\u2013\u2014]\s?\d{4}$|^\d{4} (?:to|until|till) \d{4}$|^from \d{4}|"
     r"^between \d{4}", "is a period written with words or a dash" + _A_PERIOD),
    (r"^(?:before|until|till|up to|by)\b", "is said with a word: a period open at its start is "
     "written with two dots, as ../2011 (in or before 2011)"),
    (r"^(?:after|since|from)\b", "is said with a word: a period open at its end is written with "
     "two dots, as 2009/.. (in or after 2009)"),
    (r"\b(?:spring|summer|autumn|fall|winter)\b", "names a season in words: write the year, "
     "then 21 for spring, 22 summer, 23 autumn or 24 winter, as 2015-21"),
    (r"^(?:the )?(?:\d{2}|\d{4})'?s$|\bearly \d|\blate \d|\bmid\W?\d",
     "is a decade, or part of one, said in words: give the years it may be as a period, as "
     "1990/1999 for the 1990s"),
))
_MONTH_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
    r"june|july|august|september|october|november|december|janv|févr|fevr|mars|avr|mai|juin|"
    r"juil|août|aout|déc)\b\.?"
)


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
        if isinstance(error.instance, list) and not error.absolute_path:
            # A line holding a list of records (a trial's "[{...}]" in a .jsonl file).
            return ("must be an object (a claim record, {...}), not a list ([...]): a line of "
                    "JSON Lines holds one record; write each record of the list on a line of its "
                    "own, or give the whole list as a file named .json")
        if not error.absolute_path:
            # A line holding a bare value (a trial's "CL-0038" alone) was told only "must be an
            # object", beside the hint a list gets.
            return (f"must be an object (a claim record, {{...}}), not {_kind(_json_type(error.instance))}: "
                    "a line of JSON Lines holds one whole record")
        if expected == "boolean" and isinstance(error.instance, int | float) \
                and not isinstance(error.instance, bool) and error.instance in (0, 1):
            # 1 and 0 for yes and no, as a spreadsheet writes them (a trial's administrator).
            return "must be true or false (a number is not: write true for 1, false for 0)"
        if described.startswith(_DATE_DESCRIBED) and isinstance(error.instance, int | float) \
                and not isinstance(error.instance, bool):
            # A spreadsheet keeps a date as a number of days (a trial's "born_on": 42078).
            return ("is a number, as a spreadsheet keeps a date: write the date as text in "
                    "quotation marks, the year first, as \"2015-03-15\"")
        if error.instance is None:
            return f"null is not accepted: {_LEAVE_OUT}"
        quoting = "" if _says_unknown(error.instance) else _quoting(error.instance, expected)
        key = error.absolute_path[-1] if error.absolute_path else None
        shape = _SHAPES.get(key, "") if isinstance(key, str) and expected in ("array", "object") \
            else ""
        return f"must be {_kind(expected)}{quoting}{shape}"
    if keyword == "required":
        present = error.instance if isinstance(error.instance, dict) else {}
        missing = [key for key in expected if key not in present]
        return "required key missing: " + ", ".join(key_name(k) for k in missing)
    if keyword == "additionalProperties":
        schema: Any = error.schema
        allowed = set(schema.get("properties", {}))
        instance: Any = error.instance
        extra = [k for k in instance if k not in allowed]
        # A record of another form (a trial's, typed from the US settlement's claim form): most
        # of its keys are unknown, and a guess for each ("'settlement' (did you mean
        # 'statements'?)") misleads.
        foreign = not error.absolute_path and len(extra) >= 3 and 3 * len(extra) >= 2 * len(instance)
        said, withheld = [], 0
        for key in extra:
            # A misspelt field ("colected_by_clearview") is named with the one it is likely to be;
            # a key that is not a field name is withheld, and never gets a guess (which would
            # hint at it): it is counted.
            shown = key_name(key, allowed)
            if not shown.startswith("'"):
                withheld += 1
                continue
            near = [] if foreign else (
                [name for name in sorted(allowed) if spelt_as(key, name)]
                or difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.8)
                or _same_first_word(key, allowed)
            )
            if not near and key.strip().lower().replace("-", "").replace("_", "") in _CONTACT_KEYS \
                    and list(error.absolute_path) in ([], ["claimant"]):
                # A claimant's e-mail put beside the claimant's facts (a trial's "email" under
                # claimant, told only that it was unknown): where it belongs.
                said.append(f"{shown} (how to reach the claimant belongs in contact)")
                continue
            said.append(shown if not near else f"{shown} (did you mean '{near[0]}'?)")
        # An object of few keys lists them, where no key was guessed (a trial's "phone" in
        # contact was told only that it was unknown).
        takes = "" if len(allowed) > 6 or any("did you mean" in one for one in said) else (
            "; the keys it takes: " + ", ".join(sorted(allowed))
        )
        if foreign:
            unknown = ("" if not said else "unknown keys: " + ", ".join(said)) + (
                f"{', and ' if said else ''}{withheld} more not in the form of a field name"
                if withheld else ""
            )
            return ("does not look like a claim record: most of its keys are not a claim "
                    f"record's (classaction schema claim lists them); {unknown}")
        if not withheld:
            return f"unknown key{'s' if len(said) > 1 else ''}: " + ", ".join(said) + takes
        one = withheld == 1
        why = (f"not repeated here as {'it is' if one else 'they are'} not in the form of a field "
               f"name ({'it' if one else 'they'} may be personal data)")
        if said:
            return f"unknown keys: {', '.join(said)}, and {withheld} more {why}"
        return f"{'an unknown key' if one else f'{withheld} unknown keys'}, {why}"
    if keyword == "enum":
        if "propertyNames" in error.schema_path:
            return "has a key that is none of: " + ", ".join(str(v) for v in expected)
        given = error.instance
        if isinstance(given, str) and not any(isinstance(v, str) for v in expected) and \
                given.strip() in {str(v) for v in expected}:
            # "schema_version": "2": a number of the list written as text (a trial's).
            return (f"must be one of: {', '.join(str(v) for v in expected)}, written as a number, "
                    "without quotation marks")
        if isinstance(given, str) and given.strip().casefold() in {
            str(v).casefold() for v in expected
        }:
            # "Natural", "LEGAL ": a value of the list in other letters or with spaces (a trial's).
            return (f"must be one of: {', '.join(str(v) for v in expected)}, written exactly as "
                    "listed (the same capital or small letters, no space around it)")
        if isinstance(given, str) and given.strip().lower() in _ESTATE and \
                list(error.absolute_path) == ["claimant", "kind"]:
            # An estate's claim is its deceased person's (a trial's "kind": "estate").
            return ("must be one of: natural, legal; an estate claims for a person who has "
                    "died: give kind natural, deceased true and died_on")
        return "must be one of: " + ", ".join(str(v) for v in expected)
    if keyword == "format":
        return f"must be a real {expected} ({described.rstrip('.') or expected})"
    if keyword in ("pattern", "not", "format") and error.instance == "" and error.absolute_path \
            and error.absolute_path[-1] not in ("claim_id", "id", "photograph") \
            and not described.startswith(_DATE_DESCRIBED):
        # "email": "" (a trial's export): blank, as a blank date is told.
        return f"is blank: {_LEAVE_OUT}"
    if keyword in ("pattern", "not"):
        if described.startswith(_DATE_DESCRIBED):
            # A day or a month in the date's own form with a month the calendar lacks
            # ("1990-13-01"): said as a day it lacks is, not as a form not accepted.
            if isinstance(error.instance, str) and _NO_SUCH_MONTH.fullmatch(error.instance):
                # A season (2015-21) said only where the date has no day (a trial's date of
                # birth "1971-13-01" was told of seasons).
                if error.instance.count("-") == 2:
                    return "must be a real date (no month is 00 or above 12)"
                return "must be a real date (no month is 00 or above 12; a season is 21 to 24)"
            if isinstance(error.instance, str):
                return _date_slip(error.instance) or DATE_FORM
            return DATE_FORM
        if list(error.absolute_path) == ["claim_id"] and keyword == "pattern":
            # An id of spaces alone was accepted, and compared with others (a trial's).
            return "is empty or only spaces: give the claim the administrator's own reference"
        # The schema's description, as the rest of a sentence ("An e-mail address" -> "an e-mail
        # address"; an acronym such as "ISO" keeps its capitals).
        form = described.rstrip(".")
        if form[:2].istitle():
            form = form[0].lower() + form[1:]
        if isinstance(error.instance, str) and described.startswith("Letters without accents"):
            # What in it is not of that form, without repeating it ("photo_été": a later trial's
            # French-speaking staff read "letters" as taking "é").
            slips = [what for what, found in (
                ("a letter with an accent", any(c.isalpha() and not c.isascii() for c in
                                                error.instance)),
                ("a space", " " in error.instance),
                ("a line break", "\n" in error.instance or "\r" in error.instance),
            ) if found]
            if slips:
                return f"has {' and '.join(slips)}: write it with {form}"
        return f"does not have the form required: {form}"
    if keyword == "minLength":
        return f"must be at least {expected} character{'' if expected == 1 else 's'} long"
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


def _same_first_word(key: str, allowed: set[str]) -> list[str]:
    """The one field whose name begins with the key's first word ("born_date": born_on), as
    a guess; none where several do or none does."""
    first = key.split("_", 1)[0]
    if "_" not in key or len(first) < 4:
        return []
    found = [name for name in allowed if name.split("_", 1)[0] == first]
    return found if len(found) == 1 else []


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


def validate_claim(
    record: Any, *, today: dt.date | None = None, consistency: bool = True
) -> tuple[RecordError, ...]:
    """Every error of a claim record (parsed JSON), most useful first; empty when it is valid.

    Each error is a :class:`~classaction.RecordError`: its JSON path (and ``pointer``), a
    message that repeats no value of the record, and the rule (the schema keyword, or
    ``consistency`` for a timeline no life or photograph can have). ``consistency=False``
    checks the schema alone, and the dates' forms (a day the calendar lacks, an interval that
    ends before it starts), not the timelines nor the references. What a valid record says
    that is likely a slip, though read as given, is :func:`~classaction.claim_warnings`'s.
    Example::

        ca.validate_claim({"claimant": {"born_on": "2019-02-30"}})
        # (RecordError(path='$.claimant.born_on', message='must be a real date (...)', ...),)
    """
    if not consistency:
        errors = list(schema_errors(bundled_validator(CLAIM_SCHEMA), record))
        told = {error.path for error in errors}
        for parts, message, keyword in bad_dates(record, dt.date.max):
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
            for parts, message, keyword in bad_dates(record, today or dt.date.today()):
                if keyword == "format" and path_of(parts) not in told:
                    errors.append(RecordError(path_of(parts), message, keyword))
            # So is a claim id in the form of an e-mail address (a later trial's administrator
            # learnt of it only once the record's unknown keys were mended).
            if isinstance(record, Mapping) and "$.claim_id" not in told:
                errors.extend(claim_id_errors(record))
            return tuple(errors)
    return tuple(consistency_errors(record, today or dt.date.today()))


def validate_determination(record: Any) -> tuple[RecordError, ...]:
    """Every error of a determination record against the determination schema."""
    return tuple(schema_errors(bundled_validator(DETERMINATION_SCHEMA), record))
