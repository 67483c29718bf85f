"""The engine gives the determinations it gave before it weighed facts item by item.

Outcomes, findings and reasons are equal; a class's missing facts may only have lost facts
that cannot change its outcome, the others keeping their order (tests/equivalence.py).
"""

from __future__ import annotations

import json

import pytest
from equivalence import ROOT, determine, subjects

FINGERPRINTS = ROOT / "tests" / "cases" / "determinations.jsonl"
BEFORE = {line["name"]: line for line in map(json.loads, FINGERPRINTS.read_text("utf-8").splitlines())}
SUBJECTS = list(subjects())


def _kept_in_order(after: list[str], before: list[str]) -> bool:
    remaining = iter(before)
    return all(pointer in remaining for pointer in after)


def test_every_subject_has_a_fingerprint() -> None:
    assert len(SUBJECTS) >= 2000 + 98 + 33
    assert {name for name, _, _ in SUBJECTS} == set(BEFORE)


@pytest.mark.parametrize("chunk", range(8))
def test_determinations_are_as_before(chunk: int) -> None:
    for name, record, readings in SUBJECTS[chunk::8]:
        after, before = determine(record, readings), BEFORE[name]
        assert after["digest"] == before["digest"], name
        for class_id, pointers in after["missing"].items():
            assert _kept_in_order(pointers, before["missing"][class_id]), (name, class_id)


def test_the_comparison_can_fail() -> None:
    """A fingerprint changes with an outcome, and a missing fact that was not there is caught."""
    name, record, readings = next(s for s in SUBJECTS if s[0] == "case:pb-resident-face-collected")
    changed = json.loads(json.dumps(record))
    changed["claimant"]["residence"] = []
    assert determine(changed, readings)["digest"] != BEFORE[name]["digest"]
    assert not _kept_in_order(["/a", "/b"], ["/b", "/a"])
    assert _kept_in_order(["/a", "/c"], ["/a", "/b", "/c"])
