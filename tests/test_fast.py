"""The fast validator (jsonschema-rs) and the reference (jsonschema) agree, record for record."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import schema_records

import classaction as ca
from classaction.engine.dates import PATTERN
from classaction.records.fast import enabled, fast_is_valid
from classaction.records.validate import CLAIM_SCHEMA, bundled_validator

ROOT = Path(__file__).resolve().parents[1]
CLAIM = json.loads((ROOT / "schemas" / CLAIM_SCHEMA).read_text("utf-8"))

pytestmark = pytest.mark.skipif(not enabled(), reason="jsonschema-rs is not installed")

TRICKY_TEXT = st.sampled_from([
    "", " ", "\n", "p1\n", "p1", "a@b", "a@b\n", "a\x1cb@c", "a\u2028b@c", "a\u00a0@b", "\u0085",
    "2020-02-29", "2021-02-29", "2020-13-01", "2020-1-01", "2020-07-08\n",
    "\uff12\uff10\uff12\uff10-07-08",  # full-width digits
    "1985-03-02T00:00:00", "+2020-07-08", "natural", "NATURAL", "claimant", "x" * 65, "é", "\ud7ff",
])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10) | st.floats(allow_nan=False, allow_infinity=False)
    | TRICKY_TEXT | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=8) | TRICKY_TEXT, inner, max_size=3)
    ),
    max_leaves=6,
)


def agree(record: Any) -> None:
    fast = fast_is_valid(CLAIM_SCHEMA)
    assert fast is not None
    reference = bundled_validator(CLAIM_SCHEMA).is_valid(record)
    assert fast(record) == reference, (reference, json.dumps(record, ensure_ascii=True)[:500])


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _places(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _places(inner, (*path, index))
    return found


CLAIM_RECORDS = schema_records(CLAIM)


@st.composite
def mutated(draw: st.DrawFn) -> Any:
    record = copy.deepcopy(draw(CLAIM_RECORDS))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_places(record)))
        if not path:
            return draw(JSON_VALUES)
        parent = record
        for part in path[:-1]:
            parent = parent[part]
        last = path[-1]
        current = parent[last]
        kind = draw(st.sampled_from(["replace", "newline", "delete", "add-key"]))
        if kind == "newline" and isinstance(current, str):
            parent[last] = current + "\n"
        elif kind == "delete" and isinstance(parent, dict):
            del parent[last]
        elif kind == "add-key" and isinstance(current, dict):
            current[draw(st.text(max_size=8) | TRICKY_TEXT)] = draw(JSON_VALUES)
        else:
            parent[last] = draw(JSON_VALUES)
    return record


@settings(max_examples=1000, deadline=None)
@given(CLAIM_RECORDS)
def test_schema_generated_records_get_the_same_verdict(record: Any) -> None:
    agree(record)


@settings(max_examples=1000, deadline=None)
@given(mutated())
def test_mutated_records_get_the_same_verdict(record: Any) -> None:
    agree(record)


def test_bundled_records_and_bad_inputs_get_the_same_verdict() -> None:
    lines = (ROOT / "examples" / "claims.jsonl").read_text("utf-8").splitlines()
    lines += (ROOT / "examples" / "bad_claims.jsonl").read_text("utf-8").splitlines()
    for line in lines:
        try:
            agree(ca.parse_json(line))
        except ca.InvalidRecord:
            continue
    rows = json.loads((ROOT / "tests" / "cases" / "bad_input.json").read_text("utf-8"))["rows"]
    for row in rows:
        if "input" in row:
            try:
                agree(ca.parse_json(row["input"]))
            except ca.InvalidRecord:
                continue


def test_the_reference_alone_gives_the_same_errors() -> None:
    """With the fast path off, validation reports exactly the same errors."""
    script = (
        "import json, sys, classaction as ca\n"
        "from classaction.records.fast import fast_is_valid\n"
        "assert fast_is_valid('claim.schema.json') is None\n"
        "out = []\n"
        "for line in open(sys.argv[1], 'rb'):\n"
        "    try:\n"
        "        out.append([str(e) for e in ca.validate_claim(ca.parse_json(line))])\n"
        "    except ca.InvalidRecord as bad:\n"
        "        out.append([str(e) for e in bad.errors])\n"
        "print(json.dumps(out))\n"
    )
    path = ROOT / "examples" / "bad_claims.jsonl"
    reference = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True,
        env={"CLASSACTION_FAST": "0", "PATH": ""},
    )
    here = []
    for line in path.read_bytes().splitlines():
        try:
            here.append([str(e) for e in ca.validate_claim(ca.parse_json(line))])
        except ca.InvalidRecord as bad:
            here.append([str(e) for e in bad.errors])
    assert json.loads(reference.stdout) == here


@settings(max_examples=300, deadline=None)
@given(st.from_regex(PATTERN) | st.text(alphabet="0123456789-/.~?\n", max_size=22))
def test_dates_get_the_same_verdict(text: str) -> None:
    """The date's pattern, which the generated records above draw from a sample of, held to
    both validators on strings drawn from the pattern itself and near it."""
    agree({"claimant": {"born_on": text}, "photographs": [{"id": "p1", "made_on": text}]})
