"""The action T-724-20 as data: its seed, its schema, and the checks on both."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
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
    assert action.filed_on.earliest == dt.date(2020, 7, 8)
    with pytest.raises(AttributeError):
        action.court = "elsewhere"  # type: ignore[misc]


def test_the_defendant_is_the_crown_and_clearview_is_not_a_party() -> None:
    roles = {party.name: party.role for party in ca.action().parties}
    assert roles["His Majesty the King in right of Canada"] == "defendant"
    assert roles["Clearview AI Inc."] == "not_a_party"
    assert [p.role for p in ca.action().parties].count("defendant") == 1


def test_the_style_of_cause_changes_with_the_sovereign() -> None:
    styles = [(s.title, s.since, s.until) for s in ca.action().style_of_cause]
    assert styles[0][0] == "Ha Vi Doan v. Her Majesty the Queen" and styles[0][1] is None
    assert styles[-1][0] == "Ha Vi Doan v. His Majesty the King" and styles[-1][2] is None
    # The Crown's title changed on the sovereign's death (2022-09-08): one ends as the next begins.
    assert styles[0][2] is not None and styles[-1][1] is not None
    assert styles[0][2] < styles[-1][1] <= dt.date(2022, 9, 8)


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


# --- the action at a glance, in words (issue 25) ----------------------------------------------


def _unwrapped(text: str) -> str:
    """The text with its lines joined by single spaces, as it reads before wrapping."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def test_the_seed_has_words_for_every_role_kind_of_relief_and_reading_value() -> None:
    action = ca.action()
    assert all(party.role_label for party in action.parties)
    assert all(item.kind_label for item in action.relief)
    for spec in action.readings:
        assert spec.default in spec.value_labels, spec.id
        # R1's alternative is any date, which "any date YYYY-MM-DD" already says in words.
        for value in spec.alternatives:
            assert value in spec.value_labels or spec.name == "as_of", (spec.id, value)


def test_the_action_at_a_glance_fits_an_80_column_terminal() -> None:
    from toy_action import ACTION_RECORD

    for action in (ca.action(), ca.action_from_record(ACTION_RECORD)):
        lines = ca.render_action(action).splitlines()
        assert max(len(line) for line in lines) <= 80


def test_the_action_at_a_glance_names_things_in_words_not_labels() -> None:
    text = ca.render_action(ca.action())
    for label in ("not_a_party", "procedural;", "Outcome:", "PB.natural_person", "(PB)"):
        assert label not in text, label
    assert not re.search(r"\b(PB|TI|CI)\b", text)
    read = _unwrapped(text)
    assert "Not a party: Clearview AI Inc. The company whose database" in read
    assert "Defendant: His Majesty the King in right of Canada. The Crown," in read
    assert ("- \"An order certifying the class action\" A procedural order, for the Privacy "
            "Breach Class, the Targeted Individuals Class and the Copyright Infringement "
            "Class.") in read
    assert "A mandatory order, for the Targeted Individuals Class." in read
    assert ("- is a resident or citizen of Canada (\"who are either residents or citizens of "
            "Canada\")") in read


def test_the_class_definitions_and_relief_are_quoted_word_for_word() -> None:
    action = ca.action()
    read = _unwrapped(ca.render_action(action))
    for definition in action.classes:
        assert f'"{definition.definition}"' in read, definition.id
    for item in action.relief:
        assert f'"{item.text}"' in read, item.id
    # Wrapped at spaces only: "non-pecuniary" is not cut at its hyphen.
    assert "non-pecuniary" in ca.render_action(action)


def test_sources_are_named_by_title_with_the_file_beside_them_in_the_list() -> None:
    text = ca.render_action(ca.action())
    listed = _unwrapped(text[text.index("\nSources:"):])
    assert ('RCMP question-period note "Facial Recognition Lawsuit \u2013 Clearview AI", '
            "2020-07-20 (000_f6320da5831e1abe.txt). RCMP question-period note of 2020-07-20") in listed
    assert "Doan v. His Majesty the King, 2023 FC 968. Federal Court decision" in listed
    # Elsewhere by title alone: the file name is only in the list of sources.
    assert text.count("000_f6320da5831e1abe.txt") == 1
    assert "Source: RCMP question-period note" in _unwrapped(text)


def test_every_event_is_a_sentence_and_the_certification_decision_says_its_outcome_is_unknown() -> None:
    read = _unwrapped(ca.render_action(ca.action()))
    assert ("2023-07-18  The certification motion is decided (2023 FC 968); its outcome is not "
            "recorded in the sources (the decision is cited for its date; its text is not among "
            "them). (Doan v. His Majesty the King, 2023 FC 968)") in read
    assert "2021-08-27  A motion for certification is filed. (Doan v. His Majesty the King" in read
    assert "2020-01     A New York Times investigation reveals" in read


def test_readings_give_their_question_default_and_alternatives_in_words() -> None:
    read = _unwrapped(ca.render_action(ca.action()))
    assert ("R2 residency_window: When must the person have been a resident or citizen of "
            "Canada? By default: on the as-of date [on_as_of]. Why: \"who are\" is in the present "
            "tense. Alternative: at any time up to the as-of date [any_time_up_to_as_of].") in read
    assert ("R1 as_of: On what date are the present-tense statuses (\"are residents or "
            "citizens\", \"holding\") assessed? By default: the date the action was filed "
            "[2020-07-08]. Why: A status in the present tense is assessed on one date; the "
            "filing date is the date the definitions speak from. Alternative: any date "
            "YYYY-MM-DD.") in read
    assert "By default: the claimant's word (an attestation) [attestation]." in read


def test_the_action_at_a_glance_works_for_any_action() -> None:
    from toy_action import ACTION_RECORD

    record = copy.deepcopy(ACTION_RECORD)
    record["procedural_events"] = [
        {"id": "heard", "on": "2021-07", "description": "The motion is heard.",
         "decision": True, "sources": ["toy"]},
        {"id": "ruled", "on": "2021-08-02", "description": "The court rules on the motion",
         "decision": True, "outcome": "the class is certified", "sources": ["toy"]},
    ]
    record["readings"] = [{
        "id": "R1", "name": "cut_off", "question": "Which day is the cut-off?",
        "default": "2021-01-01", "alternatives": ["2020-12-31", "2021-01-02"],
        "value_labels": {"2020-12-31": "the day before"}, "reason": "Made up.", "sources": ["toy"],
    }]
    text = ca.render_action(ca.action_from_record(record))
    read = _unwrapped(text)
    assert text.splitlines()[0] == "Example v. Example"
    assert "Defendant: Example Ltd. Made up." in read  # no words given: the role itself
    assert '- "A refund" Damages, for the Ticket Holders.' in read
    # Club Members: a member of the club who holds no ticket (all of: member, not ticket).
    assert ('Club Members "All members of the club who are not ticket holders" Source: toy.txt. '
            'A member meets each of these conditions (in quotes, the words it tests): '
            '- is a member ("All members of the club") '
            '- not: holds a ticket ("ticket holders")') in read
    assert "2021-07     The motion is heard; its outcome is not recorded in the sources. (toy.txt)" in read
    assert "2021-08-02  The court rules on the motion; its outcome: the class is certified." in read
    assert ("R1 cut_off: Which day is the cut-off? By default: 2021-01-01. Why: Made up. "
            "Alternatives: the day before [2020-12-31]; 2021-01-02.") in read
    for other in ("T-724-20", "Clearview", "RCMP", "Privacy Breach"):
        assert other not in text, other


def test_a_class_test_that_is_not_all_of_its_conditions_says_how_they_combine() -> None:
    from toy_action import ACTION_RECORD

    record = copy.deepcopy(ACTION_RECORD)
    record["classes"][1]["test"] = {"any": ["CM.member", {"not": {"any": ["CM.ticket"]}}]}
    text = ca.render_action(ca.action_from_record(record))
    club = text[text.index("  Club Members"):text.index("  Early Bird Members")].splitlines()
    assert club[-5:] == [
        "    A member meets each of these conditions (in quotes, the words it tests):",
        "    - one of these:",
        '      - is a member ("All members of the club")',
        "      - none of these:",
        '        - holds a ticket ("ticket holders")',
    ]


def test_an_action_is_found_by_its_id_in_any_capitals() -> None:
    """A trial's person typed "--action mdl-2967" and was refused, the id listed beside."""
    from classaction import actions

    assert actions.get("mdl-2967") is actions.get("MDL-2967")
    assert actions.get(" t-724-20") is actions.get("T-724-20")
    with pytest.raises(ValueError, match="no action 'T-999'; known actions: MDL-2967"):
        actions.get("T-999")


def test_the_action_page_says_why_each_reading_reads_as_it_does_by_default() -> None:
    """A lawyer's trial found R3's reason (reading "and" as both would empty "or legal persons")
    only in `classaction action --json`: the page a person reads says it under its default."""
    from classaction.actions import get as actions_get
    from classaction.present.text import render_action

    for bundle_id in ("T-724-20", "T-713-20", "MDL-2967"):
        action = actions_get(bundle_id).action
        page = " ".join(render_action(action).split())
        for spec in action.readings:
            assert f"Why: {' '.join(spec.reason.split())}" in page, (bundle_id, spec.id)
    page = " ".join(render_action(actions_get("T-724-20").action).split())
    assert ("By default: either one, copyright or moral rights [either]. Why: A legal person "
            "cannot hold moral rights") in page
