"""The checks a schema cannot make: what a schema-valid claim record says that cannot all be true
(a day the calendar lacks, a date after today, a period that ends before it starts, a timeline
no life or photograph can have, a reference to a photograph not listed), and what is likely a
slip though it can be read as given.

Compiled with the engine where the install compiles: every record read is checked. Messages
are written from the place and the rule, never from the value, so no personal data is
repeated. :func:`classaction.records.validate.validate_claim` runs them after the schema.
"""

from __future__ import annotations

import datetime as dt
import re
import typing
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from ..engine.dates import DateError, DateRange
from ..records.claim import Claim
from ..records.errors import RecordError, path_of


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


def bad_dates(value: Any, today: dt.date) -> list[tuple[list[str | int], str, str]]:
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
                for path, message, keyword in bad_dates(inner, today):
                    found.append(([key, *path], message, keyword))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            if isinstance(inner, _CONTAINERS):
                for path, message, keyword in bad_dates(inner, today):
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
    said to have come to the claimant by no grant lists none to them; one claim for payment per
    proceeding."""
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
                "the photograph is dated as posted before it was made" + _MADE_ON, "consistency",
            )
        if photo.get("granted_to_claimant") is False and any(
            transfer.get("to") == "claimant" for transfer in photo.get("transfers", [])
        ):
            yield RecordError(
                path_of([*at, "granted_to_claimant"]),
                "false, but a transfer listed goes to the claimant", "consistency",
            )
        if photo.get("granted_to_claimant") is True and isinstance(
            photo.get("transfers"), list
        ) and all(transfer.get("to") == "other" for transfer in photo["transfers"]):
            # Every transfer is listed (the schema's transfers): true needs one to the claimant.
            yield RecordError(
                path_of([*at, "granted_to_claimant"]),
                "true, but no transfer listed goes to the claimant"
                if photo["transfers"] else "true, but the photograph's transfers are listed as none",
                "consistency",
            )
        for number, transfer in enumerate(photo.get("transfers", [])):
            ended = _date(transfer, "ended_on")
            if ended is None:
                continue  # neither check below can fail without an end date
            where = path_of([*at, "transfers", number, "ended_on"])
            if transfer.get("ended") is False:
                yield RecordError(where, "an end date is given but ended is false", "consistency")
            if _before(ended, _date(transfer, "on")):
                yield RecordError(where, "the grant ends before it takes effect", "consistency")
    for index, first in _repeats(record.get("payment_claims", []), "proceeding"):
        yield RecordError(
            path_of(["payment_claims", index, "proceeding"]),
            f"the same proceeding as payment_claims[{first}]; one claim per proceeding",
            "consistency",
        )


def _repeats(items: list[Any], key: str) -> Iterator[tuple[int, int]]:
    """Each item whose ``key`` an earlier item has: its index, and the first such item's."""
    first: dict[Any, int] = {}
    for index, item in enumerate(items):
        value = item.get(key)
        if value in first:
            yield index, first[value]
        else:
            first[value] = index


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


# Of two dates that cannot both be true, the one an error is not placed at: either may be the
# slip (a trial's administrator, told only that a photograph was collected before it was made,
# could not tell that its date of making might be the one to mend).
_MADE_ON = " (compared with made_on; either may be wrong)"


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
    if _before(died, born):
        # No life has these dates (_lives says so): nothing else is compared with them, as
        # what would follow is the same error again (a trial's administrator read "the period
        # starts after the claimant died" of a period that began at the birth).
        born = died = None
    for history in ("citizenship", "residence"):
        for index, period in enumerate(person.get(history, [])):
            start = _date(period, "start")
            # Each path is built only for an error: this runs for every period of every claim.
            if _before(start, born):
                yield RecordError(
                    path_of(["claimant", history, index, "start"]),
                    "the period starts before the claimant was born", "consistency",
                )
            if _before(died, start):
                yield RecordError(
                    path_of(["claimant", history, index, "start"]),
                    "the period starts after the claimant died", "consistency",
                )
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
                yield RecordError(path_of([*at, key]), message + _MADE_ON, "consistency")
        ordered = _date(photo, "commissioned_on")
        if _before(made_on, ordered):
            yield RecordError(
                path_of([*at, "commissioned_on"]),
                "the photograph is dated as ordered after it was made" + _MADE_ON, "consistency",
            )
        collected = _date(photo, "collected_on")
        if _before(collected, made_on):
            yield RecordError(
                path_of([*at, "collected_on"]),
                "Clearview collected the photograph before it was made" + _MADE_ON, "consistency",
            )
        for number, transfer in enumerate(photo.get("transfers", [])):
            on = _date(transfer, "on")
            if on is None:
                continue  # neither check below can fail without a date
            where = path_of([*at, "transfers", number, "on"])  # a dated transfer is rare
            if _before(on, made_on):
                yield RecordError(
                    where, "the transfer is dated before the photograph was made" + _MADE_ON,
                    "consistency",
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
                "the use is dated before the photograph it used was made (compared with that "
                "photograph's made_on; either may be wrong)", "consistency",
            )


def _references(record: Mapping[str, Any]) -> Iterator[RecordError]:
    photographs = record.get("photographs", [])
    for index, first in _repeats(photographs, "id"):
        yield RecordError(
            path_of(["photographs", index, "id"]),
            f"the same id as photographs[{first}]; ids must be unique", "consistency",
        )
    listed = {photo.get("id") for photo in photographs}
    for index, use in enumerate(record.get("police_uses", [])):
        if use.get("photograph") not in listed:
            yield RecordError(
                path_of(["police_uses", index, "photograph"]),
                "names a photograph this record does not list", "consistency",
            )


# A claim id is "not personal data: it is repeated in error messages" (schemas/
# claim.schema.json), and in every output. One in the form of an e-mail address is refused; one
# in the form of a person's name (two to four capitalised words of letters) is read, and kept
# out of every output and message (shown_claim_id), with a warning: a trial's administrator
# saw "mc.tremblay@gmail.com" and "Jean-Pierre Bouchard" repeated in each row and heading.
# An e-mail address, its domain's dot left out or its "@" written out ("jane.doe@gmail",
# "jane.doe(at)gmail.com": a later trial's).
_EMAIL = re.compile(r"\w@\w|\w ?[(\[]at[)\]] ?\w|\w at \w+ ?[(\[]?dot[)\]]? ?\w", re.IGNORECASE)
# A telephone number (514-555-0199, (514) 555 0199, +1 514 555 0199) or a number of the form
# of a social insurance number (046 454 286).
_NUMBER = re.compile(
    r"(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}|\d{3}[\s-]\d{3}[\s-]\d{3}"
)
# The same within an id, not part of a longer run of digits ("2024-0042-1234" is a reference):
# a North American number (its area code and exchange not starting with 0 or 1), or nine digits
# in threes that pass a social insurance number's Luhn check (not "roll 001 002 003").
_PHONE_WITHIN = re.compile(
    r"(?<![\d-])(?:\+?1[\s.-]?)?(?:\([2-9]\d\d\)\s?|[2-9]\d\d[\s.-])[2-9]\d\d[\s.-]\d{4}(?![\d-])"
)
_SIN_WITHIN = re.compile(r"(?<![\d-])(\d{3})[\s-](\d{3})[\s-](\d{3})(?![\d-])")


# A number said to be a telephone's, a social insurance number or a health card's ("2024-0067
# tel 5145550199", "2024-0076 NAS 046454286", "2024-0077 RAMQ TREM85030212": a later trial's),
# seven digits or more after its label, a health card's four letters between.
_LABELLED_NUMBER = re.compile(
    r"\b(?:sin|nas|ssn|tel|t[ée]l|phone|ph|cell|cel|mobile|mob|fax|ramq|ohip|hc|msp|ahcip"
    r"|health card|carte|licen[cs]e|permis|passport|passeport)\b[\s:.#-]*(?:[^\W\d_]{4}[\s-]?)?"
    r"(?!\d{4}-\d\d-\d\d\b)\d[\d\s().-]{5,}\d",  # not a day ("Fax 2024-08-14 p.3")
    re.IGNORECASE,
)


def _number_within(said: str) -> bool:
    """Whether an id holds a telephone or social insurance number beside other words: written
    as one is, said to be one, or in bare digits beside a reference ("2024-0067 5145550199";
    a claim id of bare digits alone is a reference)."""
    if _PHONE_WITHIN.search(said) is not None or _LABELLED_NUMBER.search(said) is not None or any(
        _luhn("".join(found.groups())) for found in _SIN_WITHIN.finditer(said)
    ):
        return True
    parts = [part for part in _PIECES.split(said.strip()) if part]
    numbered = [part for part in parts if any(c.isdigit() for c in part)]
    return len(numbered) > 1 and any(
        part.isdigit() and (_BARE_PHONE.fullmatch(part) is not None or (len(part) == 9 and _luhn(part)))
        for part in numbered
    )


# A date of birth said so ("Walk-In 12 DOB 1984-05-14", a later trial's).
_BIRTH = re.compile(
    r"\b(?:dob|d\.o\.b\.?|ddn|d\.d\.n\.?|date de naissance|n[ée]e? le|born|n[ée]e"
    r"|birth(?:day|date)?)\b[\s:.]*"
    r"(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|f[ée]v|avr|mai|juin|juil"
    r"|ao[uû]t|d[ée]c)[^\W\d_]*\.? ?\d)"
    r"|\bb\. ?\d{1,4}[-/ ]\d",  # "DOB: May 14 1984", "b. 1984-05-14" (a later trial's)
    re.IGNORECASE,
)
# A Canadian postal code ("H2X 1Y4": Canada Post's letters, never D, F, I, O, Q or U) or a
# civic address ("123 Main St", "4500, rue Sherbrooke"), anywhere in the id (a trial's
# administrator wrote both as claim ids).
_ADDRESS = re.compile(
    r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d\b"
    r"|\b\d+[A-Z]?,? (?:[^\W\d_]+\.? ){1,4}(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive"
    r"|lane|ln|way|cres|crescent|pl|place|ct|court|hwy|highway)\b\.?"
    r"|\b\d+[A-Z]?,? (?:rue|avenue|av\.?|boulevard|boul\.?|chemin|ch\.|rang|route) [^\W\d_]",
    re.IGNORECASE,
)
_AN_EMAIL = "an e-mail address"  # the one form refused (_claim_id); the others are warned of
_MAYBE_A_NAME = "a person's name, or words that may be one"
# What each form below has (or a leading digit): a space, "@", a bracket, "+", "_", a dot or a
# hyphen between words, a capital within a word ("JeanDupont"), a postal code's letters and
# digits in turn ("H2X1Y4").
# A word and a number joined by a hyphen, either first ("Tremblay-0042", "0042-Gagnon").
_WORD_AND_NUMBER = re.compile(r"([^\W\d_]+)-(\d[\d-]*)|(\d[\d-]*)-([^\W\d_]+)")
_MAYBE_PERSONAL = re.compile(r"[\s@(\[+_]|[^\W\d_][.-][^\W\d_]|[a-z][A-Z]|[A-Za-z]\d[A-Za-z]-?\d")
# A name beside a reference ("2021-0042 Tremblay, Marie", "C-0042 Marie Tremblay",
# "Tremblay_Marie_2021": a trial's administrator's): each run of two or more words between
# parts with a digit, underscores read as spaces, is tried as a name alone is; words a
# number divides ("Region 5 Lot 12", "BATCH_07_ON") are no name.
_PARTS = re.compile(r"[\s_]+")
_WORD = r"[^\W\d_][^\W\d_'\u2019]*(?:['\u2019-][^\W\d_]+)*"
_NAME = re.compile(rf"(?:{_WORD} ){{1,3}}{_WORD}")
# A name written as one word: "Jean-Dupont", "Jean.Dupont", "JeanDupont" (capitalised parts
# joined), "marie.tremblay" (as an e-mail address begins; not "photo.jpg"), "Dupont_J",
# "J_Dupont" (a surname and an initial, the whole id): a later trial's administrator's, which
# the forms above let through.
_JOINED = re.compile(r"(?:[A-Z][a-z]+[.-]?){1,3}[A-Z][a-z]+|[a-z]{2,}\.[a-z]{2,}")
_WITH_INITIAL = re.compile(rf"{_WORD}[ _][^\W\d_]\.?|[^\W\d_]\.?[ _]{_WORD}")
_CAPITALS = re.compile(r"[A-Z][a-z]+|[a-z]+")  # the words of "JeanDupont", "Jean.Dupont"
_FILE_ENDINGS = frozenset({"jpg", "jpeg", "png", "gif", "heic", "heif", "tif", "tiff", "bmp",
                           "webp", "raw", "dng", "cr2", "nef", "pdf", "mov", "mp4", "txt"})
# "Tremblay, Marie", "O'Brien, Mary": a surname, then given names.
_SURNAME_FIRST = re.compile(rf"{_WORD}, {_WORD}(?: {_WORD})?|{_WORD}, ?[^\W\d_]\.?")  # "Lee, K."
# A title or an initial before a name: "Dr. Jane Doe", "J. Smith".
_TITLED = re.compile(
    rf"(?:(?:dr|mr|mrs|ms|mme|mlle|m|prof)\.? |(?:[^\W\d_]\.-?)+ )+{_WORD}(?: {_WORD}){{0,2}}",
    re.IGNORECASE)  # "M.-È. Tremblay" (a later trial's) too


def personal_claim_id(claim_id: object) -> str | None:
    """What personal data a claim id is in the form of ("an e-mail address", "a person's
    name", "a telephone or identity number"), or None. By its form alone: a name run into
    other words is not told from a reference. Of a claim id, a word beside a reference that is
    no claims office's, place's or month's word ("2024-PB-0012 (Lavoie)", "2024-0005
    tremblay": ``_words_beside``) and two or three words in small letters with no digit
    ("sophie lavoie") may be a name too, and are withheld as one; a photograph's id may be
    words of its own (:func:`personal_photograph_id`)."""
    form = _personal(claim_id)
    if form is None and isinstance(claim_id, str) and _PARTS.search(claim_id.strip()) and (
            _words_beside(claim_id) or _small_name(claim_id)):  # words apart: "SYN-0001" is none
        return _MAYBE_A_NAME
    return form


# Words beside a reference (a part with a digit) that name no one: a claims office's, a
# place's, a month's or a file's (``_NOT_OF_A_NAME``, ``_NOT_A_SURNAME``, ``_OFFICE_WORDS``),
# a letter, or a code in capitals of up to four ("ON", "PB", "IMG"). Any other word beside a
# reference may be a name, in whatever case or form it is written: "2024-PB-0012 (Lavoie)",
# "Walk-In 12 Marie", "2024-0005 tremblay", "2024-0062 mme lavoie", "0061 - j. tremblay",
# "2024-0065 Wong/Chan", "2024-0066 Li", "2024-0081 Singh estate", "2024-0082 per Priya",
# "2024-0087 de Souza" (two later trials' intake staff's claim ids, shown in every output
# where a list of the forms of names let them through). An organisation's name is no person's
# ("ORG-0020 Northern Lights Studio Inc.": ``_OF_A_FIRM``).
# Places, months, days and a claims office's words of state ("EX-7 (Ontario)", "PB-12
# Amended", "2024-03 (March)").
_NOT_A_SURNAME = frozenset({
    "ontario", "quebec", "québec", "alberta", "manitoba", "saskatchewan", "yukon", "nunavut",
    "british", "columbia", "brunswick", "nova", "scotia", "newfoundland", "labrador", "prince",
    "edward", "territories", "northwest", "toronto", "montreal", "montréal", "vancouver",
    "calgary", "edmonton", "ottawa", "winnipeg", "halifax", "regina", "saskatoon", "victoria",
    "gatineau", "laval", "hamilton", "london", "kitchener", "windsor", "sherbrooke", "moncton",
    "fredericton", "charlottetown", "whitehorse", "yellowknife", "iqaluit", "north", "south",
    "east", "west", "central", "national", "federal", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "monday",
    "tuesday", "wednesday", "thursday", "saturday", "sunday", "appeal", "reissue", "reissued",
    "corrected", "revised", "updated", "original", "priority", "urgent", "estate", "heir",
    "minor", "deceased", "organization", "company", "copyright", "privacy", "targeted",
    "class", "member", "review", "reviewed", "approved", "rejected", "accepted", "hold",
    "closed", "open", "reopened", "paid", "void", "cancelled", "canceled", "withdrawn",
    "group", "part", "page", "box", "folder", "site", "branch", "clinic", "counter", "kiosk",
    "desk", "english", "french", "francais", "français", "anglais", "dossier", "réclamation",
    "reclamation", "copie", "nouveau", "lettre", "letter", "courriel", "appel", "telephone",
    "téléphone", "rcmp", "grc", "clearview", "supplement", "addendum", "attachment", "exhibit",
    "annex", "version", "record", "records", "case", "cases", "files", "docket", "item",
    "items", "us", "usa", "illinois", "mdl",
    # More places (a later trial's office in Quebec and Ontario saw these withheld).
    "mississauga", "brampton", "markham", "vaughan", "oshawa", "barrie", "guelph", "waterloo",
    "cambridge", "oakville", "burlington", "niagara", "catharines", "peterborough",
    "belleville", "kingston", "cornwall", "sudbury", "timmins", "thunder", "bay", "sault",
    "surrey", "burnaby", "kelowna", "nanaimo", "kamloops", "lethbridge", "red", "deer",
    "medicine", "hat", "brandon", "moose", "jaw", "fort", "mcmurray", "truro", "sydney",
    "longueuil", "lévis", "levis", "trois", "rivières", "rivieres", "saguenay", "chicoutimi",
    "rimouski", "terrebonne", "repentigny", "brossard", "drummondville", "granby", "jérôme",
    "jerome", "foy", "laurent", "hyacinthe",
    # A third round of that office's (places it wrote, still withheld).
    "rouyn", "noranda", "val", "d'or", "iles", "corner", "brook", "baie", "comeau", "grande",
    "prairie", "shawinigan", "gaspe", "alma", "amos", "mirabel", "blainville", "chateauguay",
    "joliette", "victoriaville", "magog", "cowansville", "sorel", "tracy", "beloeil",
    "boucherville", "dorval", "pointe", "claire", "kirkland", "inuvik", "estevan", "weyburn",
    "yorkton", "swift", "current", "airdrie", "okotoks", "cochrane", "canmore", "penticton",
    "vernon", "chilliwack", "abbotsford", "langley", "coquitlam", "delta", "saanich",
    "courtenay", "campbell", "quesnel", "terrace", "whistler", "squamish", "summerside",
    "bathurst", "miramichi", "edmundston", "dieppe", "yarmouth", "antigonish", "glace", "goose",
    "happy", "valley", "orillia", "collingwood", "owen", "sound", "stratford", "woodstock",
    "brantford", "sarnia", "chatham", "pembroke", "renfrew", "kenora", "dryden",
})
_OFFICE_WORDS = frozenset({
    "by", "per", "for", "re", "of", "the", "and", "or", "to", "from", "via", "with", "at", "on",
    "see", "note", "notes", "call", "called", "back", "sent", "left", "msg", "message", "vm",
    "voicemail", "need", "needs", "more", "info", "docs", "doc", "missing", "incomplete",
    "complete", "completed", "done", "ok", "todo", "check", "checked", "recheck", "verify",
    "verified", "follow", "up", "followup", "callback", "dup", "dupe", "redo", "fix", "fixed",
    "error", "errors", "old", "revision", "roll", "bin", "tray", "stack", "set", "no",
    "nr", "num", "number", "ref", "reference", "id", "ticket", "matter", "account", "bundle",
    "package", "envelope", "attachments", "scans", "pdf", "pt", "pg", "pages", "copies", "orig",
    "signed", "unsigned", "signature", "witness", "witnessed", "sworn", "affidavit",
    "declaration", "proof", "evidence", "receipt", "receipts", "denied", "flagged",
    "escalated", "rush", "early", "post", "postal", "purolator", "fedex", "ups", "canpar",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "am",
    "pm", "q", "wk", "week", "month", "year", "yr", "daily", "batches", "series",
    "resubmission", "resubmit", "reopen", "correction", "corrections", "update", "interview",
    "photograph", "photographs", "organisation", "org", "legal", "natural", "person", "heirs",
    "succession", "par", "pour", "et", "ou", "avec", "voir", "reçu", "recu", "envoyé",
    "envoye", "suivi", "numéro", "numero", "retour", "papier", "courrier", "en", "ligne",
    "manquant", "incomplet", "complet", "fr", "eng", "bilingual",
    # A claims office's words in French, and days of the week (a later trial's office).
    "de", "du", "des", "la", "le", "les", "au", "aux", "sur", "dans",
    "amendée", "amendé", "amende", "révisé", "révisée", "revise", "reçue", "déposé", "déposée",
    "depose", "rappel", "boîte", "boite", "pile", "bureau", "équipe", "equipe", "doublon",
    "annulé", "annulée", "annule", "attente", "prioritaire", "urgente", "personne", "suppl",
    "supp", "import", "imported", "row", "line", "sheet", "tab", "csv", "xlsx", "excel",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "matin", "soir", "semaine", "mois",
    "janvier", "février", "fevrier", "avril", "juillet", "septembre", "octobre", "novembre",
    "décembre", "decembre", "mailroom", "clerk",
    "agent", "staff", "resent", "second", "third", "first", "last",
    "corrigé", "corrigée", "corrige", "modifié", "modifiée", "modifie", "traité", "traitée",
    "traite", "nouvelle", "envoi", "formulaire", "p",
    # A third round of that office's (written with or without accents: _fold).
    "submission", "finale", "requis", "req'd", "reqd", "rec'd", "recd", "ferme", "fermee",
    "poste", "portail", "verifie", "verifiee", "approuve", "approuvee", "refused", "refuse",
    "refusee", "traiter", "tiers", "mars", "deuxieme", "troisieme", "premier", "premiere",
    "requested", "request", "required",
})
_OF_A_FIRM = frozenset({
    "inc", "ltd", "ltée", "ltee", "llc", "llp", "corp", "corporation", "co", "cie", "enr",
    "studio", "studios", "restaurant", "univ", "university", "université", "college", "collège",
    "school", "école", "academy", "institute", "foundation", "fondation", "society", "société",
    "association", "church", "hospital", "hôpital", "bank", "banque", "hotel", "hôtel", "cafe",
    "café", "bakery", "salon", "agency", "agence", "group", "groupe", "associates", "partners",
    "photography", "photographie", "media", "médias", "press", "news", "magazine", "gallery",
    "galerie", "museum", "musée", "club", "union", "council", "ministry", "department",
    "services", "solutions", "enterprises", "entreprises", "holdings", "realty", "immobilier",
})
# A word of letters, its apostrophes within ("O'Neil"); the parts of "Marie-Ève", "J.Tremblay"
# and "Wong/Chan" are each one.
_LETTERS = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


def _of_a_firm(said: str) -> bool:
    """Whether words hold an organisation's ("Inc.", "Studio", "Ltée"): its name is no person's."""
    return any(word.lower() in _OF_A_FIRM for word in _LETTERS.findall(said))


# The pieces of an id: between spaces, underscores and slashes ("Wong/Chan").
_PIECES = re.compile(r"[\s_/]+")


def _words_beside(said: str) -> bool:
    """Whether a claim id holds, beside a reference, a word that may be a name."""
    parts = [part for part in _PIECES.split(said.strip()) if part]
    if len(parts) < 2 or not any(any(c.isdigit() for c in part) for part in parts):
        return False  # a reference alone, or words with no reference (_is_name, _small_name)
    words = [word for part in parts if not any(c.isdigit() for c in part)
             for word in _LETTERS.findall(part)]
    if _of_a_firm(said):
        return False
    return any(
        len(word) > 1 and _fold(word) not in _KNOWN
        and not (word.isupper() and len(word) <= 4)
        for word in words
    )


# "sophie lavoie", "tremblay, marie": a claim id of two or three words in small letters, with
# no digit, none of them a claims office's or a place's (a later trial's intake staff's).
_SMALL_WORDS = re.compile(r"[a-z\u00e0-\u00ff'\u2019-]{2,}(?:(?:,? +|_)[a-z\u00e0-\u00ff'\u2019-]{2,}){1,2}")


def _small_name(said: str) -> bool:
    said = said.strip()
    return bool(_SMALL_WORDS.fullmatch(said)) and not any(
        _fold(piece) in _KNOWN for word in _PARTS.split(said.replace(",", " "))
        for piece in word.split("-")
    )


# A Quebec health card's number alone ("TREM85030212": a later trial's): four letters (a
# surname's three and a given name's one), then the birth's year, month (plus 50 for a woman)
# and day, and two digits. "CLAM20240001" has no such month.
_RAMQ = re.compile(r"\b[A-Z]{4} ?\d\d(0[1-9]|1[0-2]|5[1-9]|6[0-2])(0[1-9]|[12]\d|3[01])\d\d\b")
# Common given names (Canada's, in English and French): one beside another word of a
# photograph's id is a name in whatever case ("selfie_marie_gagnon", "marie_gagnon": a later
# trial's photograph ids, shown where a capitalised name would not have been).
_GIVEN_NAMES = frozenset({
    "marie", "jean", "pierre", "louis", "jacques", "michel", "andré", "andre", "françois",
    "francois", "luc", "marc", "paul", "joseph", "claude", "robert", "richard", "daniel", "alain",
    "denis", "guy", "yves", "martin", "philippe", "nicolas", "mathieu", "julien", "olivier",
    "alexandre", "sébastien", "sebastien", "simon", "david", "eric", "éric", "stéphane",
    "stephane", "patrick", "sylvain", "benoit", "benoît", "gabriel", "william", "liam", "noah",
    "thomas", "samuel", "félix", "felix", "james", "john", "michael", "mike", "chris",
    "christopher", "matthew", "ryan", "kevin", "jason", "brian", "mark", "steven", "andrew",
    "josh", "joshua", "tyler", "brandon", "justin", "adam", "nathan", "ethan", "jacob", "lucas",
    "anne", "annie", "julie", "isabelle", "nathalie", "sylvie", "chantal", "josée", "josee",
    "manon", "caroline", "catherine", "geneviève", "genevieve", "mélanie", "melanie", "sophie",
    "émilie", "emilie", "véronique", "veronique", "valérie", "valerie", "audrey", "camille",
    "chloé", "chloe", "léa", "lea", "emma", "olivia", "charlotte", "alice", "florence",
    "jessica", "jennifer", "sarah", "emily", "hannah", "ashley", "amanda", "stephanie",
    "nicole", "michelle", "laura", "lisa", "karen", "linda", "susan", "mary", "elizabeth",
    "patricia", "barbara", "nancy", "heather", "rachel", "rebecca", "megan", "lauren", "amy",
    "priya", "mohammed", "muhammad", "ahmed", "ali", "fatima", "aisha", "wei", "mei", "raj",
    "amit", "ravi", "arjun", "anita", "sunita", "maria", "jose", "juan", "carlos", "ana",
    "eve", "ève", "marie-eve", "marie-ève", "jean-françois", "jean-francois", "jean-pierre",
    "jean-philippe", "marie-claude", "marie-josée", "anne-marie", "pierre-luc", "jean-marc",
})


def _named_in_small_letters(said: str) -> bool:
    """Whether an id (its file's ending taken off by the caller) holds a common given name
    followed by a word of no photograph's, place's or file's name ("selfie_marie_gagnon",
    "marie_gagnon"), or beside another given name ("marie_jean")."""
    words = [word.lower() for word in _LETTERS.findall(said)]
    for at, word in enumerate(words):
        if word not in _GIVEN_NAMES:
            continue
        after, before = words[at + 1:at + 2], words[max(at - 1, 0):at]
        if any(len(other) > 1 and other not in _NOT_OF_A_NAME for other in after) or any(
                other in _GIVEN_NAMES for other in before):
            return True
    return False


def _personal(claim_id: object) -> str | None:
    if not isinstance(claim_id, str):
        return None
    if _RAMQ.search(claim_id):
        return "a telephone or identity number"
    stem, dot, ending = claim_id.rpartition(".")
    if dot and ending.lower() in _FILE_ENDINGS and stem:
        # "MarieGagnon.jpg", "IMG_Marie_Gagnon.jpg" (a later trial's): the name before a file's
        # ending, as without it.
        return _personal(stem)
    coded = _WORD_AND_NUMBER.fullmatch(claim_id.strip())
    if coded is not None and len(word := coded[1] or coded[4]) > 4 and _fold(word) not in _KNOWN:
        # "Tremblay-0042", "0042-Gagnon" (a later trial's, each shown): a word joined to a
        # number by a hyphen is a code ("EX-7", "PB-12", "SYN-0001") where it is short or a
        # claims office's, a place's or a month's word ("Claim-0042", "Ontario-12"); a longer
        # word of no such kind may be a surname, as it is beside a number after a space.
        return _MAYBE_A_NAME
    if not _MAYBE_PERSONAL.search(claim_id) and not claim_id[:1].isdigit():
        return None  # "EX-001", "SYN-00000001": no space, "@", bracket or leading digit
    if _EMAIL.search(claim_id):
        return _AN_EMAIL
    if _NUMBER.fullmatch(claim_id.strip()) or _number_within(claim_id):
        # Beside a reference too ("Walk-In 14 (514) 555-0199", "Mail-In 046 454 286": a later
        # trial's administrator saw both in every output).
        return "a telephone or identity number"
    if _BIRTH.search(claim_id):
        return "a date of birth"
    firm = _of_a_firm(claim_id)
    if _ADDRESS.search(claim_id) and not firm:  # "ORG-0031 Boulangerie St-Jean Ltée" is none
        return "a postal address"
    said = claim_id.strip()
    if _is_name(said) or _joined_name(said) or (not firm and _named_in_small_letters(said)):
        return "a person's name"
    run: list[str] = []
    for part in [*_PARTS.split(said), "0"]:  # a run of words without a digit, then the next
        if not any(c.isdigit() for c in part):
            run.append(part)
            continue
        if _of_a_firm(" ".join(run)):
            run = []  # an organisation's name ("ORG-0020 Northern Lights Studio Inc.")
            continue
        # The run, or two to four words of it in a row ("Jean_Dupont_selfie": a name before a
        # word of its own, a later trial's).
        if any(
            _is_name(" ".join(run[start:start + size]).strip(" ,-"))
            for size in range(min(len(run), 4), 1, -1) for start in range(len(run) - size + 1)
        ) or any(_joined_name(word) for word in run):
            return "a person's name"
        run = []
    return None


# A telephone number or a social insurance number written as bare digits ("5145550199",
# "046454286": a later trial's photograph ids): a North American number (an area code and an
# exchange each not starting with 0 or 1), or nine digits that pass the Luhn check a social
# insurance number carries. Of a photograph's id only: a claim id of bare digits is the
# administrator's reference ("2024000123"), which no output may lose.
_BARE_PHONE = re.compile(r"1?[2-9]\d\d[2-9]\d{6}")


def _luhn(digits: str) -> bool:
    total = 0
    for position, digit in enumerate(reversed(digits)):
        value = int(digit) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def personal_photograph_id(photo_id: object) -> str | None:
    """What personal data a photograph's id is in the form of (:func:`personal_claim_id`, or a
    telephone or identity number in bare digits), or None."""
    if isinstance(photo_id, str) and photo_id.strip().isdigit():
        digits = photo_id.strip()
        if _BARE_PHONE.fullmatch(digits) or (len(digits) == 9 and _luhn(digits)):
            return "a telephone or identity number"
    return _personal(photo_id)


def _joined_name(said: str) -> bool:
    """Whether the id is a name written as one word (``_JOINED``), or a surname and an
    initial (``_WITH_INITIAL``)."""
    if _JOINED.fullmatch(said):
        parts = [said.lower(), *(part.lower() for part in _CAPITALS.findall(said))]
        # A place joined by a hyphen, or one word of a place ("Rouyn-Noranda", "McMurray"),
        # is no name (a later trial's office).
        return said.rpartition(".")[2].lower() not in _FILE_ENDINGS and not any(
            part in _NOT_OF_A_NAME for part in parts) and not (
            _fold(said) in _KNOWN or all(_fold(part) in _KNOWN for part in re.split(r"[.-]", said) if part))
    words = _PARTS.split(said)
    return (bool(_WITH_INITIAL.fullmatch(said)) and all(word[:1].isupper() for word in words)
            and any(len(word.strip(".")) > 1 for word in words))


# Words of a photograph's or a file's name, a place or a day, that are no part of a person's
# name ("Profile_Pic", "Canada_Day_2019", "Lake_Louise", "Main_St_mural": a later trial's
# administrator saw them withheld as names, and a claim id's column left empty).
_NOT_OF_A_NAME = frozenset({
    "photo", "photos", "pic", "pics", "picture", "image", "img", "selfie", "selfies", "scan",
    "copy", "file", "album", "cover", "profile", "passport", "headshot", "portrait", "booth",
    "camera", "video", "screenshot", "whatsapp", "instagram", "facebook", "snapchat", "tiktok",
    "twitter", "linkedin", "day", "night", "morning", "trip", "vacation", "holiday",
    "holidays", "party", "wedding", "birthday", "graduation", "grad", "prom", "reunion",
    "christmas", "easter", "thanksgiving", "halloween", "friday", "canada", "family", "bbq",
    "beach", "lake", "mount", "mont", "mountain", "park", "river", "island", "city", "new",
    "york", "st", "ste", "saint", "main", "street", "road", "good", "summer", "winter", "spring",
    "fall", "autumn", "claim", "form", "batch", "region", "lot", "rev", "final", "draft", "team",
    "office", "work", "event", "concert", "game", "home", "house", "trial", "test", "sample",
    # A claims office's words for how and when a claim came in ("Late Filing 3", "Mail-In
    # 2021": a trial's administrator saw them withheld as names).
    "late", "filing", "filed", "mail", "mailed", "in", "walk", "online", "portal", "paper",
    "phone", "intake", "email", "web", "fax", "courier", "amended", "resubmitted", "duplicate",
    "pending", "received", "returned", "supplementary", "supplemental", "deficiency", "upload",
    "uploaded", "scanned", "manual", "entry", "queue",
    # A photographer's groups ("weddings 2008-2012", a later trial's, saved by the interview as
    # "weddings-2008-2012" and then withheld from the person's own result as a name).
    "weddings", "engagement", "engagements", "shoot", "shoots", "photoshoot", "session",
    "sessions", "portraits", "headshots", "events", "parties", "birthdays", "trips", "clients",
    "skyline", "landscape", "landscapes",
})


def _fold(word: str) -> str:
    """A word without its accents, in small letters, its apostrophes and full stops off its
    ends: "Approuvé" is "approuve", "Sept-Îles" part "iles"."""
    bare = unicodedata.normalize("NFKD", word.strip(".'\u2019").lower())
    return "".join(c for c in bare if not unicodedata.combining(c))


# Words beside a reference (_words_beside), and a run of words of a name (_is_name), without
# their accents: "approuvé" as "approuve" (a later trial's office wrote both).
_KNOWN = frozenset(_fold(word) for word in _NOT_OF_A_NAME | _NOT_A_SURNAME | _OFFICE_WORDS)


def _is_name(said: str) -> bool:
    """Whether the words are in the form of a person's name: two to four capitalised words,
    a surname before given names, or a name after a title or an initial; none of them a word
    of a photograph's, a place's or a day's name (``_NOT_OF_A_NAME``)."""
    words = said.replace(",", " ").split()
    if _of_a_firm(said) or any(part.strip(".'").lower() in _NOT_OF_A_NAME
                               for word in words for part in word.split("-")):
        return False
    if all(_fold(part) in _KNOWN or (part.isupper() and len(part) <= 4)
           for word in words for part in word.split("-")):
        return False  # places and a claims office's words alone ("Thunder Bay", "London ON")
    # An initial has its full stop, or ends a surname written first ("Smith, J": a later
    # trial's).
    capitalised = all(
        word[:1].isupper() and (len(word) > 1 or word.endswith(".")
                                or (place == len(words) - 1 and "," in said))
        for place, word in enumerate(words)
    )
    return capitalised and bool(
        _NAME.fullmatch(said) or _SURNAME_FIRST.fullmatch(said) or _TITLED.fullmatch(said)
    )


def shown_claim_id(claim_id: str | None) -> str | None:
    """A claim id as outputs and messages show it: None where it is in the form of personal
    data (:func:`personal_claim_id`), which is never repeated."""
    return None if personal_claim_id(claim_id) else claim_id


_MAYBE_WITHHELD = (
    "a claim id is repeated in every output and message, so it must name no one; the record "
    "is found by its line; if the words beside the reference name no one, give the reference "
    "alone to have it shown"
)
_ID_WITHHELD = (
    "a claim id is repeated in every output and message, so it must name no one: give the claim "
    "the administrator's own reference"
)


def claim_id_errors(record: Mapping[str, Any]) -> Iterator[RecordError]:
    """A claim id in the form of an e-mail address: an error (told beside a schema's errors
    too: validate.validate_claim)."""
    if personal_claim_id(record.get("claim_id")) == _AN_EMAIL:
        yield RecordError(
            "$.claim_id", f"is in the form of an e-mail address: {_ID_WITHHELD} (an e-mail "
            "address belongs in contact.email)", "consistency",
        )


def consistency_errors(record: Mapping[str, Any], today: dt.date) -> list[RecordError]:
    """What a schema-valid claim record says that cannot all be true."""
    found = [
        RecordError(path_of(parts), message, keyword)
        for parts, message, keyword in bad_dates(record, today)
    ]
    # A life's own dates first: a death before the birth is the cause, and a period that then
    # ends before it starts follows from it (a trial's administrator read the period's first).
    found += [
        *_lives(record), *_periods(record), *_timelines(record), *_references(record),
        *_places(record), *_grants_and_postings(record), *claim_id_errors(record),
    ]
    return found


# What a photograph's facts say of a legal-person claimant that it cannot be, each read as given
# and told with its path (``_of_an_organisation``): by field, the value, and the message.
_OF_AN_ORGANISATION = (
    # A photograph's author is the person who took it (Copyright Act s. 13(1)); an organisation
    # owns one its staff took as part of their job (s. 13(3)). A trial's intake slip.
    ("author", "the claimant is an organisation, and a photograph's author is the person who took "
     "it: if one of its staff took it as part of their job, give author \"other\", "
     "made_in_course_of_employment true and employer \"claimant\"; read as given"),
    # Moral rights said to have passed to it: the actions take it that a legal person holds
    # none (BRIEF, reading R3's premise; law/copyright.Terms.natural_only), so the fact does not
    # count. A later lawyer's trial found it set aside unsaid.
    ("moral_rights_heir", "the claimant is a legal person (a company or other organisation), "
     "which the actions take to hold no moral rights (as a premise of their readings), so moral "
     "rights said to have passed to it do not count; read as given"),
)


def _of_an_organisation(record: Mapping[str, Any]) -> tuple[RecordError, ...]:
    """A photograph a legal-person claimant is said to have taken, or whose moral rights are
    said to have passed to it: told, with the path."""
    if record.get("claimant", {}).get("kind") != "legal":
        return ()
    return tuple(
        RecordError(path_of(["photographs", index, field]), message, "consistency")
        for index, photo in enumerate(record.get("photographs", []))
        if isinstance(photo, dict)
        for field, message in _OF_AN_ORGANISATION
        if photo.get(field) == "claimant"
    )


def claim_id_withheld(claim_id: object) -> RecordError | None:
    """The warning that a claim id in the form of personal data is not shown, with how to have
    it shown; None for one that is shown, or an e-mail address (an error: _claim_id)."""
    personal = personal_claim_id(claim_id)
    if personal is None or personal == _AN_EMAIL:
        return None
    # A word beside a reference no claims office's list has may be the office's own (a later
    # trial's administrator was told to give "the administrator's own reference" of one that
    # was): said as such, with how to have it shown.
    tail = _MAYBE_WITHHELD if personal == _MAYBE_A_NAME else _ID_WITHHELD
    return RecordError(
        "$.claim_id", f"is in the form of {personal}, so it is not shown: {tail}", "consistency",
    )


def consistency_warnings(record: Mapping[str, Any]) -> tuple[RecordError, ...]:
    """What a valid claim record says that is likely a slip, though it can be read as given.

    A period of residence or citizenship given as still going on (``ongoing: true``) for a
    claimant who has died: a status is held only while the claimant is alive (as
    :func:`_timelines` reads a period that starts after the death), so the period ended at
    the latest with the death, and its end should be given. It is not an error: an estate's
    claim form often keeps the last residence as current, and the outcome does not rest on it
    (a natural person must be alive on the as-of date to be a member), so the record is
    accepted and read as given; a claims administrator is told, with the path, to correct it.
    A legal person said to have died, or given a date of birth: told that it is read as
    existing. A photograph a legal person is said to have taken: told who its author is.
    Only for a record that :func:`validate_claim` accepts: of anything else (not a JSON
    object), none.
    """
    if not isinstance(record, Mapping):  # ca.claim_warnings(["x"]) raised (a trial's)
        return ()
    person = record.get("claimant", {})
    found = _of_an_organisation(record)
    hidden = claim_id_withheld(record.get("claim_id"))
    if hidden is not None:
        found = (hidden, *found)
    given = record.get("photographs")
    photos: list[Any] = given if isinstance(given, list) else []
    withheld: list[RecordError] = []
    for index, photo in enumerate(photos):
        # A photograph's id is repeated in every explanation, row and question, as a claim id is
        # (a later trial's administrator saw "Tremblay_Marie_2021" fourteen times in a row):
        # one in the form of personal data is named by its place instead (records/items.py,
        # photograph_name), and told.
        form = personal_photograph_id(photo.get("id")) if isinstance(photo, Mapping) else None
        if form is not None:
            withheld.append(RecordError(
                path_of(["photographs", index, "id"]),
                f"is in the form of {form}, so it is not shown (the photograph is named by its "
                f"place, #{index + 1}): a photograph's id is repeated in every output and message; "
                "give it a label such as p1", "consistency",
            ))
    found = (*withheld, *found)
    if "claimant" not in record:
        # "{}" was accepted with no word (a trial's administrator): every class is left open.
        found = (RecordError(
            "$", "has no claimant: no class can be decided; give at least claimant.kind",
            "consistency",
        ), *found)
    if person.get("kind") == "legal" and "born_on" in person:
        # A company "born" after the as-of date (a lawyer's trial) was read as existing on it,
        # unsaid: when a legal person was formed is not a fact of the record either.
        found = (RecordError(
            "$.claimant.born_on",
            "the claimant is a legal person (a company or other organisation): a date of birth "
            "does not apply to it, and when it was formed is not something the record can say; "
            "it is read as existing on the as-of date", "consistency",
        ), *found)
    if person.get("deceased") is not True and _date(person, "died_on") is None:
        return found
    if person.get("kind") == "legal":
        # A company that "died": the classes' "natural or legal persons" exist on the as-of date
        # (BRIEF section 4), and a legal person's end (a dissolution) is not a fact of the
        # record. Read as existing, as before; a lawyer's trial found the date ignored unsaid.
        return (RecordError(
            "$.claimant.died_on" if "died_on" in person else "$.claimant.deceased",
            "the claimant is a legal person (a company or other organisation): a death does "
            "not apply to it, and its dissolution is not something the record can say; it is "
            "read as existing on the as-of date", "consistency",
        ), *found)
    died = _date(person, "died_on")
    after: list[RecordError] = []
    for history in ("residence", "citizenship"):
        for index, period in enumerate(person.get(history, [])):
            # One still going on, or said to end after the death (a trial's administrator saw a
            # period to 2021 of one who died in 2019 accepted unsaid): its end is asked for.
            if period.get("ongoing") is True:
                field, said = "ongoing", "the claimant has died, but the period is given as still going on"
            elif died is not None and (end := _date(period, "end")) is not None and \
                    end.earliest > died.latest:
                field, said = "end", "the period ends after the claimant's death"
            else:
                continue
            after.append(RecordError(
                path_of(["claimant", history, index, field]),
                f"{said}: give the day it ended (at the latest, the day of death)", "consistency",
            ))
    return found + tuple(after)
