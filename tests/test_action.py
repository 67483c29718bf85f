"""The action T-724-20 as data: its seed, its schema, and the checks on both."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import classaction as ca
from classaction._resources import load_json

ROOT = Path(__file__).resolve().parents[1]
SEED = json.loads((ROOT / "seeds" / "t-724-20.json").read_text(encoding="utf-8"))
SCHEMA = json.loads((ROOT / "schemas" / "action.schema.json").read_text(encoding="utf-8"))
SEED_000 = (
    "000_f6320da5831e1abe.txt"
)


def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_seed_validates_against_the_action_schema() -> None:
    assert list(_validator().iter_errors(SEED)) == []


def test_the_package_loads_the_same_files_as_the_repository_holds() -> None:
    assert load_json("seeds", "t-724-20.json") == SEED
    assert load_json("schemas", "action.schema.json") == SCHEMA


def test_the_action_loads_into_frozen_values() -> None:
    action = ca.action()
    assert action.file_number == "T-724-20"
    assert action.court == "Federal Court (Canada)"
    assert action.filed_on == dt.date(2020, 7, 8)
    with pytest.raises(AttributeError):
        action.court = "elsewhere"  # type: ignore[misc]


def test_the_defendant_is_the_crown_and_clearview_is_not_a_party() -> None:
    roles = {party.name: party.role for party in ca.action().parties}
    assert roles["His Majesty the King in right of Canada"] == "defendant"
    assert roles["Clearview AI Inc."] == "not_a_party"
    assert [p.role for p in ca.action().parties].count("defendant") == 1


def test_the_style_of_cause_changes_with_the_sovereign() -> None:
    action = ca.action()
    assert action.title_on(dt.date(2020, 7, 8)) == "Ha Vi Doan v. Her Majesty the Queen"
    assert action.title_on(dt.date(2022, 9, 8)) == "Ha Vi Doan v. His Majesty the King"
    assert action.title_on(dt.date(2023, 7, 18)) == "Ha Vi Doan v. His Majesty the King"


def test_class_definitions_are_the_verbatim_text_of_seed_000() -> None:
    seed_text = (ROOT.parent / "shared" / "seeds" / SEED_000)
    if not seed_text.exists():
        pytest.skip("the shared seed documents are not beside this checkout")
    text = seed_text.read_text(encoding="utf-8")
    for definition in ca.action().classes:
        assert definition.definition in text, definition.id
    for item in ca.action().relief:
        assert item.text in text, item.id


def test_every_criterion_span_is_words_of_its_definition() -> None:
    for definition in ca.action().classes:
        assert definition.criteria
        for spec in definition.criteria:
            assert spec.span in definition.definition, spec.id
            assert spec.id.startswith(definition.id + "."), spec.id


def test_relief_items_have_kinds_defendants_and_classes() -> None:
    action = ca.action()
    kinds = {item.id: item.kind for item in action.relief}
    assert kinds["certification"] is ca.ReliefKind.PROCEDURAL
    assert kinds["order-remit-and-destroy"] is ca.ReliefKind.MANDATORY
    assert kinds["damages"] is ca.ReliefKind.DAMAGES
    assert {i.id for i in action.relief_for("TI")} >= {
        "declaration-targeted-searches", "order-remit-and-destroy"
    }
    assert "order-remit-and-destroy" not in {i.id for i in action.relief_for("PB")}
    assert all(item.against == ("defendant",) for item in action.relief)


def test_the_readings_of_the_seed_match_the_readings_in_code() -> None:
    specs = {spec.name: spec for spec in ca.action().readings}
    defaults = ca.Readings().as_record()
    assert set(specs) == set(defaults)
    for name, value in defaults.items():
        assert specs[name].default == value, name
    for name in set(defaults) - {"as_of"}:
        accepted = {specs[name].default, *specs[name].alternatives}
        for alternative in specs[name].alternatives:
            ca.Readings().with_values({name: alternative})
        assert len(accepted) == 2, name


def test_the_certification_outcome_is_recorded_as_unknown() -> None:
    events = {event.id: event for event in ca.action().procedural_events}
    decided = events["certification-decided"]
    assert decided.on == "2023-07-18"
    # A decision whose outcome is left out: unknown, as a fact left out of a claim record is.
    assert decided.decision and decided.outcome is None


def test_every_cited_source_is_a_known_reference() -> None:
    ids = {r.id for r in ca.action().references}
    seeds = {r.citation for r in ca.action().references if r.kind is ca.action().references[0].kind}
    assert {"000_f6320da5831e1abe.txt", "004_f527eea581e136a4.txt"} <= seeds
    assert "fc-2023-968" in ids


def _broken(change: Any) -> dict[str, Any]:
    record = copy.deepcopy(SEED)
    change(record)
    return record


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r["classes"][0]["criteria"][0].update(span="Some other words"), "span"),
        (lambda r: r["relief"][0].update(sources=["nowhere"]), "unknown reference 'nowhere'"),
        (lambda r: r["classes"][1].update(test={"all": ["TI.natural_person", "XX.y"]}), "undeclared"),
        (lambda r: r["relief"][0].update(benefits=["ZZ"]), "unknown class 'ZZ'"),
        (lambda r: r.update(filed_on="2020-02-30"), "filed_on"),
        (lambda r: r.pop("classes"), "'classes' is a required property"),
        (lambda r: r["readings"][1]["value_labels"].update(sometimes="now and then"),
         "reading R2 gives words for 'sometimes', which is none of its values"),
    ],
)
def test_a_broken_seed_is_refused_with_a_reason(change: Any, message: str) -> None:
    with pytest.raises(ca.ActionDataError, match=message.replace("(", r"\(")):
        ca.action_from_record(_broken(change))


def test_the_lazily_loaded_entry_points_are_listed_for_completion() -> None:
    names = dir(ca)
    assert {"determine", "what_if", "compare", "action", "rules"} <= set(names)
    assert names == sorted(ca.__all__)


def test_the_seed_has_words_for_every_role_kind_of_relief_and_reading_value() -> None:
    action = ca.action()
    assert all(party.role_label for party in action.parties)
    assert all(item.kind_label for item in action.relief)
    for spec in action.readings:
        assert spec.default in spec.value_labels, spec.id
        # R1's alternative is any date, which "any date YYYY-MM-DD" already says in words.
        for value in spec.alternatives:
            assert value in spec.value_labels or spec.name == "as_of", (spec.id, value)
