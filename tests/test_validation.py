"""Bad records get clear errors: where, which rule, a plain message, and never a value back."""

from __future__ import annotations

import collections
import datetime as dt
import json
import re
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
import referencing.exceptions
from hypothesis import given
from hypothesis import strategies as st

import classaction as ca
from classaction.engine.dates import DateError, DateRange
from classaction.records.consistency import DATE_FIELDS, consistency_errors
from classaction.records.errors import path_of
from classaction.records.validate import validator_for

TABLE = json.loads((Path(__file__).parent / "cases" / "bad_input.json").read_text("utf-8"))["rows"]
# The table of bad input and what the user sees is in the claim records' own README.
README = (Path(__file__).resolve().parents[1] / "schemas" / "README.md").read_text(encoding="utf-8")
TODAY = dt.date(2026, 11, 21)


def raw(row: dict[str, Any]) -> bytes:
    data = bytes.fromhex(row["input_hex"]) if "input_hex" in row else row["input"].encode("utf-8")
    if "pad_to_bytes" in row:
        data = data[:-1] + b" " * (row["pad_to_bytes"] - len(data)) + data[-1:]
    return data


@pytest.mark.parametrize("row", TABLE, ids=[r["name"] for r in TABLE])
def test_each_bad_input_gets_its_clear_error(row: dict[str, Any]) -> None:
    if not row["keyword"]:
        ca.read_claim(raw(row), today=TODAY)
        return
    with pytest.raises(ca.InvalidRecord) as caught:
        ca.read_claim(raw(row), today=TODAY)
    first = caught.value.errors[0]
    assert (first.path, first.keyword) == (row["path"], row["keyword"])
    assert first.message.startswith(row["message"])
    for error in caught.value.errors:
        for text in row.get("personal", []):
            assert text not in error.message and text not in error.path, (text, str(error))


@pytest.mark.parametrize("row", TABLE, ids=[r["name"] for r in TABLE])
def test_the_readme_shows_each_bad_input_and_its_error(row: dict[str, Any]) -> None:
    assert row["what"] in README, row["name"]
    assert row["message"] in README, row["name"]


def test_every_error_of_a_record_is_reported_most_useful_first() -> None:
    record = {
        "claimant": {"kind": "human", "born_on": "1985-02-30"},
        "photographs": [{"claimant_face_appears": "yes"}],
    }
    errors = ca.validate_claim(record)
    assert {(e.path, e.keyword) for e in errors} == {
        ("$.claimant.kind", "enum"),
        ("$.claimant.born_on", "format"),
        ("$.photographs[0]", "required"),
        ("$.photographs[0].claimant_face_appears", "type"),
    }
    assert errors[0].path.count(".") <= errors[-1].path.count(".")


def test_personal_fields_are_never_repeated() -> None:
    secret = {"name": "Zelda Quintessa Marchbanks", "email": "zq@marchbanks.example",
              "address": "12 Hidden Lane"}
    record = {"contact": {**secret, "phone": "555-0100"}, "claimant": {"born_on": "1977-13-01"}}
    errors = ca.validate_claim(record)
    assert [e.path for e in errors] == ["$.claimant.born_on"]  # a telephone number is taken
    text = "\n".join(str(e) for e in errors)
    for value in [*secret.values(), "555-0100", "1977-13-01"]:
        assert value not in text
    # One written as a number is refused, and not repeated.
    (error,) = ca.validate_claim({"contact": {"phone": 5145550100}})
    assert error.path == "$.contact.phone" and "5145550100" not in str(error)
    assert repr(ca.structure({"contact": {"phone": "555-0100"}}, ca.Claim).contact) == \
        "Contact(phone=<withheld>)"


def test_errors_name_a_json_path_and_a_pointer() -> None:
    (error,) = ca.validate_claim({"photographs": [{"id": "p1", "made_on": "2019-02-29"}]})
    assert error.path == "$.photographs[0].made_on"
    assert error.pointer == "/photographs/0/made_on"
    assert str(error) == (
        "$.photographs[0].made_on: must be a real date (the calendar has no such day, or no year "
        "0000) [format]"
    )


@pytest.mark.parametrize("text", ["19850302.5", "20190302", "when i was 5"])
def test_a_date_of_the_wrong_form_gets_one_error_saying_how_a_date_is_written(text: str) -> None:
    errors = ca.validate_claim({"claimant": {"born_on": text}})
    assert [(e.path, e.keyword) for e in errors] == [("$.claimant.born_on", "pattern")]
    assert errors[0].message.startswith("is not a date in a form accepted: a day (2018-06-01), a month")
    assert text not in errors[0].message


@pytest.mark.parametrize(("text", "said"), [
    ("02/03/1985", "is written with the day and month first, or the month and day: write the "
                   "year first, then the month and the day, with hyphens, as 1990-04-12 (with "
                   "the year last, which number is the month cannot be told"),
    ("2.3.1985", "is written with the day and month first, or the month and day: write"),
    ("23.3.1985", "is written with the day and month first: write the year first"),
    # The month first, as a form of the United States has it: told, not said to be unknown.
    ("06/15/1985", "is written with the month and day first: write the year first, then the "
                   "month and the day, with hyphens, as 1990-04-12"),
    ("2015?", "is marked as uncertain or approximate (?, ~ or %), which is not accepted"),
    ("~2015", "is marked as uncertain or approximate (?, ~ or %), which is not accepted"),
    ("1985/03/02", "has slashes or dots between its parts: write it with hyphens"),
    ("1985.03.02", "has slashes or dots between its parts: write it with hyphens"),
    (" 1985-03-02", "has a space or line break before or after it: remove it"),
    ("1985\n", "has a space or line break before or after it: remove it"),
    ("   ", "is blank: leave the key out when the fact is unknown"),
])
def test_a_date_typed_as_on_a_paper_form_is_told_what_to_change(text: str, said: str) -> None:
    """"12/04/1990" and " 1975-01-01" got the list of every form a date may take, four lines
    of it, and no word of what was wrong; each is told in words, without its value."""
    (error,) = ca.validate_claim({"claimant": {"born_on": text}})
    # (A line break is refused by the schema's "not", the rest by its "pattern".)
    assert error.path == "$.claimant.born_on" and error.keyword in ("pattern", "not")
    assert error.message.startswith(said)
    if said.endswith("1990-04-12"):  # told which is the month: nothing more to check
        assert error.message == said
    assert not text.strip() or text.strip() not in error.message


@pytest.mark.parametrize("text", ["2019", "2019-03", "2019-21", "1988/1992", "2001/..", "../2012-11-06"])
def test_a_date_known_roughly_is_valid(text: str) -> None:
    assert ca.validate_claim({"claimant": {"born_on": text}}) == ()


@pytest.mark.parametrize(("text", "keyword", "message"), [
    ("2019-02-29", "format", "must be a real date (the calendar has no such day, or no year 0000)"),
    ("0000", "format", "must be a real date (the calendar has no such day, or no year 0000)"),
    ("1992/1988", "consistency", "the interval ends before it starts"),
    ("2025-06/2024", "consistency", "the interval ends before it starts"),
])
def test_a_date_that_cannot_be_is_refused_without_its_value(text: str, keyword: str, message: str) -> None:
    assert [(e.path, e.keyword, e.message) for e in ca.validate_claim({"claimant": {"born_on": text}})] == [
        ("$.claimant.born_on", keyword, message)
    ]


def test_a_timeline_is_refused_only_when_no_days_within_the_bounds_make_it_possible() -> None:
    def errors(born: str, died: str) -> list[str]:
        record = {"claimant": {"born_on": born, "deceased": True, "died_on": died}}
        return [e.message for e in ca.validate_claim(record)]

    assert errors("1990", "1990") == []  # born and died in the same year: possible
    assert errors("1990-06", "1990") == []
    assert errors("1991", "1990") == ["the date of death is before the date of birth"]
    assert errors("1990/..", "../1989-12-31") == ["the date of death is before the date of birth"]
    photo = {"id": "p1", "made_on": "2015", "collected_on": "2015-03"}
    assert ca.validate_claim({"photographs": [photo]}) == ()
    photo["collected_on"] = "2014"
    # The other date is named: either may be the slip (a trial's administrator could not tell).
    assert [e.message for e in ca.validate_claim({"photographs": [photo]})] == [
        "Clearview collected the photograph before it was made (compared with made_on; either "
        "may be wrong)"
    ]


def test_a_date_wholly_after_today_is_refused_and_one_reaching_today_is_not() -> None:
    today = dt.date(2026, 12, 4)
    assert ca.validate_claim({"claimant": {"born_on": "2026"}}, today=today) == ()
    assert ca.validate_claim({"claimant": {"born_on": "2026-11/.."}}, today=today) == ()
    assert [e.message for e in ca.validate_claim({"claimant": {"born_on": "2027"}}, today=today)] == [
        "is after today (2026-12-04)"
    ]


def test_each_text_of_the_wrong_form_gets_one_error_and_other_places_keep_theirs() -> None:
    record = {"claimant": {"born_on": "2019"}, "photographs": [{"id": "p 1" * 30, "made_on": "x"}]}
    errors = ca.validate_claim(record)
    assert sorted((e.path, e.keyword) for e in errors) == [
        ("$.photographs[0].id", "pattern"),
        ("$.photographs[0].made_on", "pattern"),
    ]


@pytest.mark.parametrize("text", ["unknown", "Unknown", "don't know", "don\u2019t know", "n/a", ""])
@pytest.mark.parametrize(("key", "first"), [
    ("deceased", "must be true or false"),
    ("born_on", "is not a date in a form accepted"),
    ("kind", "must be one of: natural, legal"),
    ("citizenship", "must be a list"),
])
def test_unknown_written_as_text_gets_the_hint_that_null_gets(text: str, key: str, first: str) -> None:
    (error,) = ca.validate_claim({"claimant": {key: text}})
    assert error.path == f"$.claimant.{key}"
    assert error.message.startswith(first)
    assert error.message.endswith("; leave the key out when the fact is unknown")
    (null,) = ca.validate_claim({"claimant": {key: None}})
    assert null.message.endswith("leave the key out when the fact is unknown")


def test_a_wrong_value_that_does_not_say_unknown_gets_no_such_hint() -> None:
    (boolean,) = ca.validate_claim({"claimant": {"deceased": "yes"}})
    # "yes" in quotation marks is text: what to write instead, and that without them.
    assert boolean.message == "must be true or false, written without quotation marks: true for yes"
    errors = ca.validate_claim({"photographs": [{"id": ""}]})  # an id is needed: no hint
    assert errors and all("leave the key out" not in e.message for e in errors)


def test_a_wrong_type_that_is_also_no_value_allowed_gets_one_error() -> None:
    (listed,) = ca.validate_claim({"claimant": {"kind": 5}})
    assert (listed.keyword, listed.message) == ("enum", "must be one of: natural, legal")
    (null,) = ca.validate_claim({"claimant": {"kind": None}})
    assert null.keyword == "type" and null.message.startswith("null is not accepted")


def test_a_remote_ref_fails_at_once_without_a_network_lookup(monkeypatch: pytest.MonkeyPatch) -> None:
    lookups: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        lookups.append(args)
        raise AssertionError("a network lookup was attempted")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": "https://schemas.example.org/remote.json",
    }
    with pytest.raises(referencing.exceptions.Unresolvable, match=r"remote\.json"):
        validator_for(schema).validate({})
    assert lookups == []


def test_references_between_bundled_schemas_resolve_offline() -> None:
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": "https://classaction.invalid/schemas/claim.schema.json#/$defs/date",
    }
    validator = validator_for(schema)
    assert validator.is_valid("2020-07-08")
    assert validator.is_valid("2020-07")
    assert not validator.is_valid("2020/07/08")


def test_a_valid_record_becomes_a_claim_and_a_left_out_fact_stays_unknown() -> None:
    claim = ca.read_claim('{"claimant": {"kind": "natural", "deceased": false}}')
    assert claim.claimant.deceased is False
    assert claim.claimant.born_on is None
    assert ca.claim_record(claim) == {"claimant": {"kind": "natural", "deceased": False}}


def test_a_conversion_error_is_rendered_with_its_path_and_no_value() -> None:
    from classaction.records.documents import structure_claim

    with pytest.raises(ca.InvalidRecord) as caught:
        structure_claim({"claimant": {"born_on": 19850302, "kind": "martian"}, "extra": 1})
    errors = {(e.path, e.message) for e in caught.value.errors}
    assert ("$.claimant.born_on", "not a valid date (2018-06-01, 2018-06, 2015, 1988/1992 ...)") in errors
    assert ("$.claimant.kind", "must be one of: natural, legal") in errors
    assert ("$", "unknown key") in errors
    assert all("19850302" not in e.message and "martian" not in e.message
               for e in caught.value.errors)


# --- the quick pass over dates says what the full walk says ----------------------------------

_DAYS = st.dates(dt.date(2026, 11, 19), dt.date(2026, 11, 23)).map(dt.date.isoformat) | st.sampled_from(
    ["2026-11-21", "2026-1-21", "20261122", "9999-99-99", "2026-11-22T00:00", "2026", "2027",
     "2026-11", "2026-12", "2026-11-22/..", "../2026-11-22", "2026-02-30"]
)
_PERIOD = st.fixed_dictionaries({}, optional={"start": _DAYS, "end": _DAYS, "ongoing": st.booleans()})
_PHOTO = st.fixed_dictionaries(
    {"id": st.sampled_from(["p1", "p2"])},
    optional={
        "made_on": _DAYS, "collected_on": _DAYS, "author_died_on": _DAYS,
        "transfers": st.lists(st.fixed_dictionaries({}, optional={"on": _DAYS}), max_size=2),
        "proof": st.fixed_dictionaries({}, optional={"made_on": st.just("2099-01-01")}),
    },
)
_RECORDS = st.fixed_dictionaries({}, optional={
    "claimant": st.fixed_dictionaries({}, optional={
        "born_on": _DAYS, "died_on": _DAYS, "residence": st.lists(_PERIOD, max_size=2),
    }),
    "photographs": st.lists(_PHOTO, max_size=2),
    "police_uses": st.lists(st.fixed_dictionaries({"photograph": st.just("p1")},
                                                  optional={"used_on": _DAYS}), max_size=1),
})


class _Text(str):
    pass


def _subclassed(value: Any, mappings: bool, text: bool) -> Any:
    """The same record made of subclasses: OrderedDicts, or text that is not exactly str."""
    if isinstance(value, dict):
        items = ((k, _subclassed(v, mappings, text)) for k, v in value.items())
        return collections.OrderedDict(items) if mappings else dict(items)
    if isinstance(value, list):
        return [_subclassed(v, mappings, text) for v in value]
    if isinstance(value, str) and text:
        return _Text(value)
    return value


def _later_than(value: Any, today: dt.date, parts: list[str | int]) -> list[str]:
    """The paths of the dates after ``today``: every date field, a path built for each."""
    found = []
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in DATE_FIELDS and isinstance(inner, str):
                try:
                    if DateRange.parse(inner).earliest > today:  # wholly after it
                        found.append(path_of([*parts, key]))
                except DateError:
                    pass
            elif key != "proof":
                found += _later_than(inner, today, [*parts, key])
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _later_than(inner, today, [*parts, index])
    return found


@given(_RECORDS, st.booleans(), st.booleans())
def test_dates_after_today_are_found_as_the_full_walk_finds_them(
    record: dict[str, Any], mappings: bool, text: bool
) -> None:
    record = _subclassed(record, mappings, text)
    later = [e.path for e in consistency_errors(record, TODAY) if e.message.startswith("is after today")]
    assert later == _later_than(record, TODAY, [])


def test_a_value_of_the_wrong_type_gets_one_error_not_one_about_its_form() -> None:
    # A number for the claim id is not text: its form (pattern, length) is not in question.
    errors = ca.validate_claim({"claim_id": 5})
    assert [(e.path, e.keyword, e.message) for e in errors] == [
        ("$.claim_id", "type", "must be text, written in quotation marks")
    ]


# Where each record class sits in a claim record, with what it needs besides, for the test below.
_PLACES: dict[type, Callable[[dict[str, Any]], dict[str, Any]]] = {
    ca.Person: lambda values: {"claim_id": "W-1", "claimant": values},
    ca.Period: lambda values: {
        "claim_id": "W-1", "claimant": {"residence": [{"start": "1990-01-01", **values}]},
    },
    ca.Photograph: lambda values: {
        "claim_id": "W-1", "claimant": {}, "photographs": [{"id": "p1", **values}],
    },
    ca.Transfer: lambda values: {
        "claim_id": "W-1", "claimant": {},
        "photographs": [{"id": "p1", "transfers": [{"kind": "licence", **values}]}],
    },
}


def test_every_fact_that_answers_its_presupposed_question_is_held_to_it_by_the_checks() -> None:
    """The engine reads "has the claimant died?" as answered by a date of death (FactSpec.when).

    That is sound only because a record giving the date and the contrary answer is refused:
    each such pair of the model is tried here, on the record class where it sits.
    """
    pairs = [
        (cls, attribute.name, spec)
        for cls in _PLACES
        for attribute in attrs.fields(cls)
        if isinstance(spec := attribute.metadata.get("fact"), ca.FactSpec) and spec.when is not None
    ]
    assert {(cls.__name__, name) for cls, name, _ in pairs} == {
        ("Person", "died_on"), ("Period", "end"),
        ("Photograph", "author_died_on"), ("Photograph", "negative_owner_died_on"),
        ("Photograph", "first_posted_publicly_on"), ("Transfer", "ended_on"),
    }
    for cls, name, spec in pairs:
        assert spec.after is not None and spec.kind is ca.FactKind.DATE
        place = _PLACES[cls]
        contrary = place({name: "2000-01-01", spec.after: not spec.when})
        assert [e.keyword for e in ca.validate_claim(contrary)] == ["consistency"], (cls, name)
        assert not ca.validate_claim(place({name: "2000-01-01", spec.after: spec.when})), (cls, name)


def test_a_misspelt_key_is_named_with_the_field_it_is_likely_to_be() -> None:
    """'colected_by_clearview' is told with 'collected_by_clearview'; a key that is not a field
    name (it may be a name) stays withheld and gets no guess, which would hint at it."""
    errors = ca.validate_claim({"photographs": [{"id": "p1", "colected_by_clearview": True}],
                                "Contact": {}})
    said = {e.path: e.message for e in errors}
    assert said["$.photographs[0]"] == (
        "unknown key: 'colected_by_clearview' (did you mean 'collected_by_clearview'?)"
    )
    assert said["$"] == "unknown key: 'Contact' (did you mean 'contact'?)"
    withheld = ca.validate_claim({"claimant": {"Marie Tremblay": 1, "zzz": 2}})
    assert [e.message for e in withheld] == [
        "unknown keys: 'zzz', and 1 more not repeated here as it is not in the form of a field "
        "name (it may be personal data)"
    ]
    # A word with a capital is not a field name's form: a surname used as a key is not repeated.
    (surname,) = ca.validate_claim({"claimant": {"Tremblay": 1, "Gagnon": 2}})
    assert "Tremblay" not in surname.message and "Gagnon" not in surname.message
    assert surname.message.startswith("2 unknown keys, not repeated here")
    # A field name written with capitals, a space or a dash is one: named, with the field.
    (spelt,) = ca.validate_claim({"claimant": {"Born On": "1980"}})
    assert spelt.message == "unknown key: 'Born On' (did you mean 'born_on'?)"
    (dashed,) = ca.validate_claim({"contact": {"e-mail": "x", "fax": "1"}})
    assert dashed.message == "unknown keys: 'e-mail' (did you mean 'email'?), 'fax'"
    # Of an object of few keys, with no guess, the keys it takes (a trial's "phone" was told
    # only that it was unknown); a key whose first word begins one field alone is guessed as it
    # ("born_date", which the spelling checks did not reach).
    (fax,) = ca.validate_claim({"contact": {"fax": "1"}})
    assert fax.message == "unknown key: 'fax'; the keys it takes: address, email, name, phone"
    (born,) = ca.validate_claim({"claimant": {"born_date": "1980"}})
    assert born.message == "unknown key: 'born_date' (did you mean 'born_on'?)"
    (ordered,) = ca.validate_claim({"photographs": [{"id": "p1", "commissioned_by_claimant": True}]})
    assert ordered.message == "unknown key: 'commissioned_by_claimant'"  # two fields begin so


@pytest.mark.parametrize("text", ["1990-13-01", "2015-13", "2015-00-05", "2015-30"])
def test_a_month_the_calendar_lacks_is_told_as_such_without_the_value(text: str) -> None:
    # "1990-13-01" got the long list of the forms a date may take, as if written wrongly, where
    # "2019-02-30" got "must be a real date".
    (error,) = ca.validate_claim({"claimant": {"born_on": text}})
    # Seasons said only of a date without a day (a later trial's date of birth "1971-13-01").
    seasons = "" if text.count("-") == 2 else "; a season is 21 to 24"
    assert error.message == f"must be a real date (no month is 00 or above 12{seasons})"
    assert text not in str(error)


def test_a_legal_person_said_to_have_died_is_warned_of_and_read_as_existing() -> None:
    """A lawyer's trial: a company with "deceased": true and a date of death was valid, said
    nothing, and was a member of the Copyright Infringement Class as a legal person."""
    from classaction.records.consistency import consistency_warnings

    company = {"claimant": {"kind": "legal", "deceased": True, "died_on": "2019-01-01",
                            "residence": [{"start": "2005", "ongoing": True}]}}
    assert not ca.validate_claim(company)
    (warning,) = consistency_warnings(company)
    assert warning.path == "$.claimant.died_on" and warning.keyword == "consistency"
    assert "read as existing on the as-of date" in warning.message
    # Not told of its periods still going on, as of a person who has died.
    assert "still going on" not in warning.message
    (said,) = consistency_warnings({"claimant": {"kind": "legal", "deceased": True}})
    assert said.path == "$.claimant.deceased"
    assert not consistency_warnings({"claimant": {"kind": "legal", "deceased": False}})


def test_a_legal_person_given_a_date_of_birth_is_warned_of_and_read_as_existing() -> None:
    """A lawyer's trial: a company "born" in 2021, after the as-of date, was a member of the
    Copyright Infringement Class with no word; a date of birth does not apply to it."""
    from classaction.records.consistency import consistency_warnings

    company = {"claimant": {"kind": "legal", "born_on": "2021-01-01"}}
    assert not ca.validate_claim(company)
    (warning,) = consistency_warnings(company)
    assert warning.path == "$.claimant.born_on" and warning.keyword == "consistency"
    assert "a date of birth does not apply to it" in warning.message
    assert "read as existing on the as-of date" in warning.message
    assert not consistency_warnings({"claimant": {"kind": "natural", "born_on": "2021-01-01"}})
    # With a death said of it too, both are told.
    both = {"claimant": {"kind": "legal", "born_on": "2021-01-01", "deceased": True}}
    assert [w.path for w in consistency_warnings(both)] == [
        "$.claimant.deceased", "$.claimant.born_on",
    ]


def test_a_photograph_an_organisation_is_said_to_have_taken_is_warned_of() -> None:
    """A trial's company was the author of a 2018 photograph, a member by it, with no word: the
    author of a photograph is the person who took it (Copyright Act s. 13(1))."""
    from classaction.records.consistency import consistency_warnings

    company = {"claimant": {"kind": "legal"}, "photographs": [
        {"id": "p1", "author": "claimant", "made_on": "2018"}, {"id": "p2", "author": "other"},
    ]}
    assert not ca.validate_claim(company)
    (warning,) = consistency_warnings(company)
    assert warning.path == "$.photographs[0].author" and warning.keyword == "consistency"
    assert 'made_in_course_of_employment true and employer "claimant"' in warning.message
    person = {**company, "claimant": {"kind": "natural"}}
    assert not consistency_warnings(person)
    # With a death said of it too, both are told.
    both = {**company, "claimant": {"kind": "legal", "deceased": True}}
    assert [w.path for w in consistency_warnings(both)] == [
        "$.claimant.deceased", "$.photographs[0].author",
    ]


def test_moral_rights_said_to_have_passed_to_an_organisation_are_warned_of() -> None:
    """A later lawyer's trial gave a company the moral rights of a photographer who died in
    2015 (moral_rights_heir "claimant"): set aside, unsaid, by the premise that a legal person
    holds none (reading R3's). Told, with the path; a natural heir is not."""
    from classaction.records.consistency import consistency_warnings

    company = {"claimant": {"kind": "legal"}, "photographs": [
        {"id": "p1", "author": "other", "author_deceased": True, "moral_rights_heir": "claimant"},
    ]}
    assert not ca.validate_claim(company)
    (warning,) = consistency_warnings(company)
    assert warning.path == "$.photographs[0].moral_rights_heir"
    assert "hold no moral rights (as a premise of their readings)" in warning.message
    assert not consistency_warnings({**company, "claimant": {"kind": "natural"}})


def test_nothing_granted_to_the_claimant_cannot_list_a_transfer_to_them() -> None:
    said = ca.validate_claim({"photographs": [{
        "id": "h", "granted_to_claimant": False,
        "transfers": [{"kind": "exclusive_licence", "to": "claimant"}],
    }]})
    assert [(e.path, e.keyword) for e in said] == [
        ("$.photographs[0].granted_to_claimant", "consistency")
    ]
    assert not ca.validate_claim({"photographs": [{
        "id": "h", "granted_to_claimant": False, "transfers": [{"kind": "assignment", "to": "other"}],
    }]})


def test_an_id_with_an_accent_or_a_space_is_told_which_without_repeating_it() -> None:
    """A later trial's French-speaking staff wrote "photo_été" and read "letters, digits ..."
    as taking it."""
    def told(photo_id: str) -> str:
        (error,) = ca.validate_claim({"photographs": [{"id": photo_id}]})
        assert error.path == "$.photographs[0].id" and photo_id not in error.message
        return error.message

    rest = "write it with letters without accents (A-Z, a-z), digits, '.', '_' or '-', with no spaces"
    assert told("photo_été") == f"has a letter with an accent: {rest}"
    assert told("mes photos") == f"has a space: {rest}"
    assert told("Été 2019") == f"has a letter with an accent and a space: {rest}"
    assert told("a/b").startswith("does not have the form required: letters without accents")


def test_something_granted_to_the_claimant_needs_a_transfer_to_them_where_all_are_listed() -> None:
    """A yes says some copyright or licence came to the claimant: transfers listed as none, or
    each to someone else, contradict it (the schema's transfers list every one)."""
    def told(transfers: list[dict[str, str]] | None) -> list[tuple[str, str, str]]:
        photo: dict[str, object] = {"id": "h", "granted_to_claimant": True}
        if transfers is not None:
            photo["transfers"] = transfers
        return [(e.path, e.keyword, e.message) for e in ca.validate_claim({"photographs": [photo]})]

    assert told([]) == [("$.photographs[0].granted_to_claimant", "consistency",
                         "true, but the photograph's transfers are listed as none")]
    assert told([{"kind": "assignment", "to": "other"}]) == [(
        "$.photographs[0].granted_to_claimant", "consistency",
        "true, but no transfer listed goes to the claimant",
    )]
    assert not told(None)  # not listed: not known
    assert not told([{"kind": "assignment", "to": "other"}, {"kind": "licence", "to": "claimant"}])
    assert not told([{"kind": "assignment"}])  # to whom not known


@pytest.mark.parametrize(("text", "told"), [
    ("2015-1-5", "has a month or day of one digit: write each with two, as 2015-01-05"),
    ("2015-10-5", "has a month or day of one digit"),
    ("Jan 2015", "names its month in words: write the year first"),
    ("January 5, 2015", "names its month in words"),
    ("5 mai 2015", "names its month in words"),
])
def test_a_date_with_short_parts_or_a_month_in_words_is_told_how_to_write_it(text: str, told: str) -> None:
    """A later trial's intake staff wrote "Jan 2015" and "2015-1-5" and got only the list of
    the forms accepted; each is told what to change, by an example, not by the value."""
    (error,) = ca.validate_claim({"claimant": {"born_on": text}})
    assert told in error.message
    assert text not in error.message and "2015-10" not in error.message


@pytest.mark.parametrize(("text", "told"), [
    ("2015-03-00", "has day 00: no day is 00; where the day is not known, give the month"),
    ("about 2010", "is said roughly: give what is known, as a year (2015) or the years it may"),
    ("c. 2010", "is said roughly"), ("1987ish", "is said roughly"),
    ("2015 i think", "is said roughly"), ("since 2009 or so", "is said roughly"),
    ("1990-1992", "is a period written with words or a dash; a period is written with a slash"),
    ("between 1990 and 1992", "is a period written with words or a dash"),
    ("before 2012", "is said with a word: a period open at its start is written with two dots"),
    ("since 2009", "is said with a word: a period open at its end is written with two dots, as"),
    ("spring 2015", "names a season in words: write the year, then 21 for spring"),
    ("the 90s", "is a decade, or part of one, said in words: give the years it may be as a"),
    ("early 1980s", "is a decade, or part of one"),
    ("1971-13-01", "must be a real date (no month is 00 or above 12)"),
    # A date and time a spreadsheet or a database exported (a third trial's).
    ("1988-07-04T00:00:00", "has a time of day or a time zone after the date: leave it out"),
    ("1988-07-04 10:22", "has a time of day"), ("1988-07-04T00:00:00.000Z", "has a time of day"),
])
def test_a_date_said_in_words_roughly_or_as_a_period_is_told_its_written_form(
    text: str, told: str
) -> None:
    """A later trial's intake staff copied "about 2010", "1990-1992", "before 2012" and
    "spring 2015" from paper forms and got only the list of the forms accepted; "2015-03-00"
    was told its parts had one digit, and a date of birth was told of seasons."""
    (error,) = ca.validate_claim({"claimant": {"born_on": text}})
    assert error.message.startswith(told)
    assert "season" not in error.message or "-" not in text or "spring" in text
    numbers = [n for n in re.findall(r"\d{4}", text) if n not in ("2015", "2011", "2009")]
    assert not any(n in error.message for n in numbers)  # by an example, not by the value


def test_a_value_of_a_list_in_capitals_or_an_estate_s_kind_is_told_what_to_write() -> None:
    """A trial's intake wrote "Natural" and "estate" and was told only the values."""
    said = {v: ca.validate_claim({"claimant": {"kind": v}})[0].message
            for v in ("Natural", "LEGAL ", "estate", "robot", " robot")}
    assert said["Natural"] == said["LEGAL "] == (
        "must be one of: natural, legal, written exactly as listed (the same capital or small "
        "letters, no space around it)"
    )
    assert said["estate"].startswith("must be one of: natural, legal; an estate claims for a "
                                     "person who has died: give kind natural, deceased true")
    assert said["robot"] == said[" robot"] == "must be one of: natural, legal"
    (author,) = ca.validate_claim({"photographs": [{"id": "p", "author": "Other"}]})
    assert author.message.startswith("must be one of: claimant, other, written exactly")


def test_a_record_of_another_form_is_told_so_without_a_guess_for_each_key() -> None:
    """A trial's record typed from the US settlement's claim form was told "'settlement' (did
    you mean 'statements'?), 'payment_method' (did you mean 'payment_claims'?)"."""
    (error,) = ca.validate_claim({"claim_id": "X", "settlement": "mdl", "payment_method": "paypal",
                                  "class_member_id": "1", "Jane Doe": 1})
    assert error.path == "$" and error.message == (
        "does not look like a claim record: most of its keys are not a claim record's "
        "(classaction schema claim lists them); unknown keys: 'settlement', 'payment_method', "
        "'class_member_id', and 1 more not in the form of a field name"
    )
    # One slip among a claim record's keys is still guessed.
    (slip,) = ca.validate_claim({"claim_id": "X", "claimant": {}, "statments": {}})
    assert slip.message == "unknown key: 'statments' (did you mean 'statements'?)"


def test_a_record_with_no_claimant_is_warned_of() -> None:
    """A trial's administrator saw "{}" accepted with no word, every class left open."""
    from classaction.records.consistency import consistency_warnings

    assert not ca.validate_claim({})
    (warning,) = consistency_warnings({})
    assert warning.path == "$" and "has no claimant: no class can be decided" in warning.message
    assert not consistency_warnings({"claimant": {"kind": "natural"}})


def test_a_number_a_list_or_blank_where_text_or_a_record_is_wanted_is_told_what_to_write() -> None:
    """A third trial's administrator: a spreadsheet's date kept as a number (42078) was told to
    put it in quotation marks; "schema_version": "2" to write it "exactly as listed"; a line
    holding a list of records only that it "must be an object"; an id of spaces was accepted."""
    (number,) = ca.validate_claim({"claimant": {"born_on": 42078}})
    assert number.message.startswith("is a number, as a spreadsheet keeps a date: write the date "
                                      "as text in quotation marks, the year first")
    assert "42078" not in number.message
    (version,) = ca.validate_claim({"schema_version": "2"})
    assert version.message == "must be one of: 1, 2, written as a number, without quotation marks"
    (listed,) = ca.validate_claim([{"claim_id": "A-1"}])  # type: ignore[arg-type]
    assert listed.path == "$" and "not a list ([...])" in listed.message
    for blank in ("", "   "):
        (error,) = ca.validate_claim({"claim_id": blank})
        assert (error.path, error.message) == (
            "$.claim_id", "is empty or only spaces: give the claim the administrator's own reference"
        )
    assert not ca.validate_claim({"claim_id": " A-1"})


def test_an_export_s_yes_no_a_list_or_object_as_text_and_a_blank_are_told_what_to_write() -> None:
    """A second round of trials' administrator: "deceased": "No" was told to drop the quotation
    marks (and a temp typed No bare); "residence": "Canada" and a contact as text only that they
    must be a list or an object; "email": "" that it lacked the form required."""
    said = {
        key: ca.validate_claim(record)[0].message for key, record in {
            "no": {"claimant": {"deceased": "No"}},
            "residence": {"claimant": {"residence": "Canada"}},
            "contact": {"contact": "Karim Benali, 514-555-0100"},
            "email": {"contact": {"email": ""}},
        }.items()
    }
    assert said["no"] == 'must be true or false, written without quotation marks: false for no'
    assert said["residence"] == 'must be a list of periods, as [{"start": "2001", "ongoing": true}]'
    assert said["contact"] == 'must be an object, as {"name": "...", "email": "..."}'
    assert said["email"] == "is blank: leave the key out when the fact is unknown"
    assert "Karim" not in said["contact"] and "514" not in said["contact"]


def test_a_bare_value_a_number_for_yes_and_a_contact_key_among_facts_are_told_plainly() -> None:
    """A trial's administrator: a line holding "CL-0038" alone was told only "must be an
    object"; 1 for collected_by_clearview, "must be true or false"; "email" under claimant,
    only that it was unknown."""
    said = {e.path: e.message for e in ca.validate_claim("CL-0038")}  # type: ignore[arg-type]
    assert said["$"].startswith("must be an object (a claim record, {...}), not text: a line")
    assert "CL-0038" not in said["$"]
    (error,) = ca.validate_claim({"photographs": [{"id": "p", "collected_by_clearview": 1}]})
    assert error.message == "must be true or false (a number is not: write true for 1, false for 0)"
    (error,) = ca.validate_claim({"claimant": {"kind": "natural", "email": "x@example.org"}})
    assert error.message == "unknown key: 'email' (how to reach the claimant belongs in contact)"
    assert "example.org" not in error.message
    (error,) = ca.validate_claim({"photographs": [{"id": "p", "collected_by_clearview": 2}]})
    assert error.message == "must be true or false"


def test_a_period_said_to_end_after_the_death_is_told_as_one_still_going_on_is() -> None:
    """A trial's administrator: a residence to 2021 of a claimant who died in 2019 was
    accepted with no word, where one "still going on" is told."""
    record = {"claimant": {"kind": "natural", "born_on": "1980-05-05", "deceased": True,
                           "died_on": "2019-01-01",
                           "residence": [{"start": "1980-05-05", "end": "2021-01-01"},
                                         {"start": "1980-05-05", "end": "2018"}]}}
    assert ca.validate_claim(record) == ()
    (warning,) = ca.claim_warnings(record)
    assert warning.path == "$.claimant.residence[0].end"
    assert warning.message.startswith("the period ends after the claimant's death")
    # A rough end that may fall on the day of death or before it is not told.
    record["claimant"]["residence"][0]["end"] = "2019"  # type: ignore[index]
    assert ca.claim_warnings(record) == ()


def test_a_death_before_the_birth_is_told_before_what_follows_from_it() -> None:
    """A trial's administrator read "the period ends before it starts" first, of a record whose
    date of death was before its date of birth: the cause is told first."""
    errors = ca.validate_claim({"claimant": {
        "kind": "natural", "born_on": "1980-04-04", "deceased": True, "died_on": "1979-12-31",
        "residence": [{"start": "1980-04-04", "end": "1979-12-31"}],
    }})
    assert [e.path for e in errors] == ["$.claimant.died_on", "$.claimant.residence[0].end"]
    assert errors[0].message == "the date of death is before the date of birth"
    # Nothing else compared with an impossible life: "the period starts after the claimant
    # died", of one that began at the birth, followed from it alone (a later trial's).


def test_a_photographers_group_named_with_its_years_is_not_a_name() -> None:
    """The interview saved a later trial's "weddings 2008-2012" as "weddings-2008-2012", and
    its own result then named it "Photograph #1", its id taken for a person's name."""
    from classaction.records.consistency import personal_photograph_id

    for said in ("weddings-2008-2012", "Weddings 2008", "engagement-shoots-2015"):
        assert personal_photograph_id(said) is None, said
    assert personal_photograph_id("Marie Tremblay") is not None


def test_a_claim_id_in_the_form_of_an_e_mail_address_is_told_beside_the_schema_s_errors() -> None:
    """A later trial's administrator gave a record an e-mail address for its claim id and a name
    and e-mail under claimant: only the unknown keys were told, and the claim id only once they
    were mended, a second round trip. Told beside them, never repeating the address."""
    record = {"claim_id": "jean.dupont@example.com",
              "claimant": {"kind": "natural", "email": "jean.dupont@example.com"}}
    errors = ca.validate_claim(record)
    assert [e.path for e in errors] == ["$.claimant", "$.claim_id"]
    assert errors[1].message.startswith("is in the form of an e-mail address")
    assert all("dupont" not in e.message for e in errors)
    # Once the keys are mended, the same error alone, as before.
    del record["claimant"]["email"]  # type: ignore[attr-defined]
    assert [e.path for e in ca.validate_claim(record)] == ["$.claim_id"]
