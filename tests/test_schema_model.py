"""The claim schema and the claim model agree, both ways, and the schemas are well made."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import load_cases
from hypothesis import given, settings
from strategies import partial_claims, readings, schema_records

import classaction as ca
from classaction.records.validate import CLAIM_SCHEMA, bundled_validator

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = {p.name: json.loads(p.read_text("utf-8")) for p in (ROOT / "schemas").glob("*.json")}
CLAIM = SCHEMAS["claim.schema.json"]
FAR_FUTURE = dt.date(9999, 12, 31)
ROUND_TRIP = settings(max_examples=500, deadline=None)


def test_the_bundled_schemas_are_the_three_expected() -> None:
    assert set(SCHEMAS) == {"claim.schema.json", "determination.schema.json", "action.schema.json"}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_each_schema_is_draft_2020_12_with_an_id_and_examples(name: str) -> None:
    schema = SCHEMAS[name]
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith("/" + name)
    validator = bundled_validator(name)
    validator.check_schema(schema)
    assert schema.get("examples"), name
    for example in schema["examples"]:
        assert validator.is_valid(example), name


def _properties(node: Any, where: str) -> list[str]:
    """Every property that has no description, anywhere in a schema."""
    lacking = []
    if isinstance(node, dict):
        for key, sub in node.get("properties", {}).items():
            if "description" not in sub:
                lacking.append(f"{where}/properties/{key}")
        for key, sub in node.items():
            lacking += _properties(sub, f"{where}/{key}")
    elif isinstance(node, list):
        for index, sub in enumerate(node):
            lacking += _properties(sub, f"{where}/{index}")
    return lacking


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_property_has_a_description(name: str) -> None:
    assert _properties(SCHEMAS[name], "#") == []


def test_the_installed_package_loads_the_schemas_of_the_repository() -> None:
    from classaction._resources import load_json

    for name, schema in SCHEMAS.items():
        assert load_json("schemas", name) == schema


def test_every_fact_of_the_model_is_in_the_schema_and_back() -> None:
    import attrs

    defs = CLAIM["$defs"]
    pairs = {
        ca.Period: "period", ca.Person: "person", ca.Transfer: "transfer",
        ca.Photograph: "photograph", ca.PoliceUse: "police_use", ca.Statements: "statements",
        ca.Contact: "contact",
    }
    for cls, name in pairs.items():
        assert {f.name for f in attrs.fields(cls)} == set(defs[name]["properties"]), name
    assert {f.name for f in attrs.fields(ca.Claim)} == set(CLAIM["properties"])


def test_bundled_records_and_cases_validate() -> None:
    lines = (ROOT / "examples" / "claims.jsonl").read_text("utf-8").splitlines()
    for line in lines:
        assert ca.validate_claim(json.loads(line)) == ()
    for case in load_cases("membership.json"):
        assert ca.validate_claim(case["claim"]) == (), case["name"]


def test_every_case_determination_validates_against_the_determination_schema() -> None:
    for case in load_cases("membership.json"):
        claim = ca.claim_from_record(case["claim"])
        readings = ca.Readings().with_values(case.get("readings", {}))
        record = ca.determination_record(ca.determine(claim, readings))
        assert ca.validate_determination(json.loads(json.dumps(record))) == (), case["name"]


@ROUND_TRIP
@given(schema_records(CLAIM))
def test_schema_records_structure_and_come_back_equal(record: dict[str, Any]) -> None:
    """Any record the schema allows structures into the model and unstructures back."""
    claim = ca.structure(record, ca.Claim)
    back = ca.claim_record(claim)
    assert back == ca.canonical_claim_record(record)
    assert bundled_validator(CLAIM_SCHEMA).is_valid(back)


def _names_only_listed_photographs(claim: ca.Claim) -> bool:
    listed = {photo.id for photo in claim.photographs}
    return all(use.photograph in listed for use in claim.police_uses)


@ROUND_TRIP
@given(partial_claims().filter(_names_only_listed_photographs))
def test_model_claims_unstructure_to_valid_records(claim: ca.Claim) -> None:
    record = ca.claim_record(claim)
    assert ca.validate_claim(record, today=FAR_FUTURE) == ()
    assert ca.claim_from_record(record, today=FAR_FUTURE) == claim


@pytest.mark.parametrize(
    ("pointer", "value"),
    [
        ("/claimant/born_on", "1985-03-02\n"),
        ("/photographs/0/id", "p1\n"),
        ("/contact/email", "ann@example.org\n"),
        ("/claim_id", "A-1\n"),
    ],
)
def test_a_trailing_newline_is_refused_where_python_s_dollar_would_let_it_through(
    pointer: str, value: str
) -> None:
    record: dict[str, Any] = {"photographs": [{"id": "p1"}], "contact": {}, "claimant": {}}
    target: Any = record
    *parents, last = pointer.strip("/").split("/")
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    target[last] = value
    assert ca.validate_claim(record) != ()
    target[last] = value.rstrip("\n")
    assert ca.validate_claim(record) == ()
    # Why the guard is needed: under Python's re, "$" matches before a final newline.
    assert re.search(r"^[A-Za-z0-9._-]+$", "p1\n") is not None


@settings(max_examples=200, deadline=None)
@given(partial_claims(), readings())
def test_determinations_of_generated_claims_validate(claim: ca.Claim, chosen: ca.Readings) -> None:
    record = json.loads(json.dumps(ca.determination_record(ca.determine(claim, chosen))))
    assert ca.validate_determination(record) == ()
