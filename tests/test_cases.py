"""The hypothetical claimants of tests/cases/membership.json, each against its expected outcome."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import load_cases

import classaction as ca

CASES = load_cases("membership.json")


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    claim = ca.structure(case["claim"], ca.Claim)
    readings = ca.Readings().with_values(case.get("readings", {}))
    determination = ca.determine(claim, readings)
    assert {k: v.value for k, v in determination.outcomes.items()} == case["expected"]
    for class_id, pointers in case.get("expected_missing", {}).items():
        named = {fact.pointer for fact in determination.for_class(class_id).missing}
        assert named == set(pointers), class_id


def test_the_cases_cover_every_outcome_of_every_class() -> None:
    seen = {(cid, outcome) for case in CASES for cid, outcome in case["expected"].items()}
    for cid in ("PB", "TI", "CI"):
        for outcome in ("MEMBER", "NOT_MEMBER", "UNDETERMINED"):
            assert (cid, outcome) in seen, (cid, outcome)


def test_the_cases_exercise_every_reading_away_from_its_default() -> None:
    changed = {name for case in CASES for name in case.get("readings", {})}
    assert changed == set(ca.Readings().as_record())


def test_there_are_at_least_ninety_cases() -> None:
    assert len(CASES) >= 90


def test_every_criterion_is_met_and_not_met_somewhere_in_the_cases() -> None:
    """Each criterion is exercised both ways by the cases (and left unknown by some).

    CI.natural_or_legal_person is not met by a natural person not alive on the as-of date.
    """
    seen: dict[str, set[str]] = {}
    for case in CASES:
        claim = ca.structure(case["claim"], ca.Claim)
        readings = ca.Readings().with_values(case.get("readings", {}))
        for cls in ca.determine(claim, readings, rank_missing=False).classes:
            for finding in cls.findings:
                seen.setdefault(finding.criterion, set()).add(finding.value.value)
    for criterion, values in seen.items():
        assert values == {"true", "false", "unknown"}, criterion
