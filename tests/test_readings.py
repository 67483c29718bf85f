"""Readings R1-R9: defaults, choosing alternatives, comparing outcomes between readings."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import load_cases

import classaction as ca


def test_defaults_are_those_of_the_brief() -> None:
    assert ca.Readings().as_record() == {
        "as_of": "2020-07-08",
        "residency_window": "on_as_of",
        "rights_held": "either",
        "targeted_photographs": "depicting",
        "rcmp_use": "any",
        "collection_date": "no_limit",
        "waived_moral_rights": "not_held",
        "proof": "attestation",
        "presumptions": "apply",
        "submitted_photographs": "not_collected",
        # Not the brief's: named where a trial's lawyer found the licensee decided unnamed.
        "exclusive_licensee": "not_holder",
    }


def test_a_reading_can_be_named_by_its_number_or_its_name() -> None:
    by_number = ca.Readings().with_values({"R3": "both", "r1": "2021-01-01"})
    by_name = ca.Readings().with_values({"rights_held": "both", "as_of": "2021-01-01"})
    assert by_number == by_name
    assert by_name.rights_held is ca.RightsHeld.BOTH
    assert by_name.as_of == dt.date(2021, 1, 1)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"R11": "x"}, "unknown reading 'R11'; known readings: R1 as_of, R2 residency_window,"),
        ({"R10": "yes"}, "submitted_photographs takes one of: not_collected, collected"),
        ({"R9": "presume"}, "presumptions takes one of: apply, strict"),
        ({"rights_held": "neither"}, "rights_held takes one of: either, both"),
        ({"as_of": "8 July 2020"}, "as_of takes a date YYYY-MM-DD"),
    ],
)
def test_a_bad_reading_is_refused_with_what_is_accepted(values: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ca.Readings().with_values(values)


def test_readings_are_frozen_values() -> None:
    with pytest.raises(AttributeError):
        ca.Readings().proof = ca.ProofStandard.DOCUMENT  # type: ignore[misc]


CASES = {case["name"]: case for case in load_cases("membership.json")}


def test_compare_reports_the_classes_that_change_and_how() -> None:
    claim = ca.structure(CASES["pb-moved-away-before-filing"]["claim"], ca.Claim)
    wider = ca.Readings().with_values({"residency_window": "any_time_up_to_as_of"})
    assert ca.compare(claim, ca.Readings(), wider) == (
        ca.Change("PB", ca.Outcome.NOT_MEMBER, ca.Outcome.MEMBER),
    )
    assert ca.compare(claim, wider, wider) == ()


def test_every_reading_changes_some_outcome_of_the_bundled_cases() -> None:
    """Each alternative reading bites: on some case, its outcome differs from the default's."""
    claims = [ca.structure(case["claim"], ca.Claim) for case in CASES.values()]
    alternatives = {
        "as_of": "2022-01-01",
        "residency_window": "any_time_up_to_as_of",
        "rights_held": "both",
        "targeted_photographs": "depicting_or_copyright",
        "rcmp_use": "licensed_ncecc",
        "collection_date": "on_or_before_as_of",
        "waived_moral_rights": "held",
        "proof": "document",
        "presumptions": "strict",
        "submitted_photographs": "collected",
        "exclusive_licensee": "holder",
    }
    assert set(alternatives) == set(ca.Readings().as_record())
    for name, value in alternatives.items():
        changed = ca.Readings().with_values({name: value})
        assert any(ca.compare(claim, ca.Readings(), changed) for claim in claims), name


def test_the_determination_records_the_readings_it_used() -> None:
    readings = ca.Readings().with_values({"R5": "licensed_ncecc"})
    determination = ca.determine(ca.Claim(), readings)
    assert determination.readings["rcmp_use"] == "licensed_ncecc"
    assert determination.as_of == dt.date(2020, 7, 8)
