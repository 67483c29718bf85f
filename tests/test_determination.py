"""What a determination carries: findings, facts used, reasons, relief, digest, text."""

from __future__ import annotations

import json

from conftest import load_cases

import classaction as ca

CASES = {case["name"]: case for case in load_cases("membership.json")}


def determine(name: str, **readings: str) -> ca.Determination:
    claim = ca.structure(CASES[name]["claim"], ca.Claim)
    return ca.determine(claim, ca.Readings().with_values(readings))


def test_every_finding_cites_the_words_it_tests_and_their_source() -> None:
    determination = determine("all-three-classes")
    action = ca.action()
    for cls in determination.classes:
        definition = action.class_definition(cls.class_id)
        assert [f.criterion for f in cls.findings] == [c.id for c in definition.criteria]
        for finding in cls.findings:
            assert finding.text in definition.definition
            assert "000_f6320da5831e1abe.txt" in finding.citation


def test_facts_used_point_into_the_claim_record() -> None:
    record = CASES["ci-commissioned-before-2012"]["claim"]
    determination = determine("ci-commissioned-before-2012")
    for cls in determination.classes:
        for finding in cls.findings:
            for use in finding.facts:
                if use.status != "given":
                    continue
                value = record
                for part in use.pointer.lstrip("/").split("/"):
                    value = value[int(part)] if isinstance(value, list) else value[part]
                assert value is not None, use.pointer  # resolving raised no KeyError either


def test_derived_findings_give_the_statute_they_rest_on() -> None:
    ci = determine("ci-commissioned-before-2012").for_class("CI")
    citations = {r.citation for f in ci.findings for r in f.reasons}
    assert any("former s. 13(2)" in c for c in citations)


def test_a_member_is_told_the_relief_that_would_reach_them() -> None:
    determination = determine("all-three-classes")
    assert "order-remit-and-destroy" in determination.for_class("TI").relief
    assert "order-remit-and-destroy" not in determination.for_class("PB").relief
    outside = determine("pb-neither-resident-nor-citizen").for_class("PB")
    assert outside.relief == ()


def test_missing_facts_come_with_questions_and_follow_what_they_presuppose() -> None:
    pb = determine("pb-death-left-out").for_class("PB")
    pointers = [m.pointer for m in pb.missing]
    assert pointers.index("/claimant/deceased") < pointers.index("/claimant/died_on")
    assert all(m.question.endswith("?") for m in pb.missing)


def test_the_digest_changes_with_the_record_and_only_with_it() -> None:
    a = determine("pb-resident-face-collected")
    b = determine("pb-resident-face-collected")
    c = determine("pb-face-not-in-photograph")
    assert a.input_digest == b.input_digest != c.input_digest
    assert a.input_digest.startswith("sha256:")
    assert a.library_version == ca.__version__


def test_a_determination_unstructures_to_json() -> None:
    data = ca.unstructure(determine("ti-agency-left-out"))
    text = json.dumps(data)
    again = json.loads(text)
    assert again["classes"][1]["outcome"] == "UNDETERMINED"
    assert again["classes"][1]["missing"][0]["pointer"] == "/police_uses/0/agency"
    assert again["readings"]["proof"] == "attestation"


def test_the_text_explains_each_class_for_a_person() -> None:
    text = ca.render_text(determine("ti-agency-left-out"), ca.action(), width=None)
    assert "Privacy Breach Class: MEMBER" in text
    assert "Targeted Individuals Class: UNDETERMINED" in text
    assert "Copyright Infringement Class: NOT A MEMBER" in text
    assert "Which police force made police use 1 (of photograph p1)?" in text
    assert "“Collected Photographs”" in text
    # One style of cause, the current one, as `classaction action` prints it.
    assert text.startswith(ca.action().style_of_cause[-1].title + "\n")
    assert "Her Majesty" not in text


def test_under_strict_proof_the_text_says_a_document_is_needed() -> None:
    text = ca.render_text(determine("pb-resident-face-collected", proof="document"), ca.action(), width=None)
    assert "needs a document or official record" in text


def test_the_determination_record_is_the_converter_s_output() -> None:
    for name in CASES:
        determination = determine(name)
        assert ca.determination_record(determination) == ca.unstructure(determination), name
    # Of every action: MDL-2967 asks where a Canadian lived in the United States, a question
    # whose country the converter wrote ("place"), which the schema refused (a trial's).
    canadian = ca.claim_from_record({"claimant": {
        "kind": "natural", "born_on": "1984",
        "residence": [{"start": "2001", "ongoing": True, "country": "CA"}],
    }})
    for action_id in ("T-724-20", "T-713-20", "MDL-2967"):
        determination = ca.determine(canadian, action=action_id)
        assert any(m.place for c in determination.classes for m in c.missing) or (
            action_id != "MDL-2967"
        )
        converted = ca.unstructure(determination)
        assert converted == ca.determination_record(determination), action_id
        assert ca.validate_determination(converted) == (), action_id
    assert ca.claim_warnings(["x"]) == ca.claim_warnings(None) == ()  # type: ignore[arg-type]


def test_batch_and_library_give_the_same_digest() -> None:
    from classaction.cli.inputs import RawRecord, classify_record

    for name, case in CASES.items():
        raw = RawRecord("cases", 1, json.dumps(case["claim"]).encode())
        result = classify_record(raw, lambda claim, d: ca.determine(claim, input_digest=d))
        assert result.determination is not None
        library = ca.determine(ca.structure(case["claim"], ca.Claim))
        assert result.determination.input_digest == library.input_digest, name


def test_a_csv_row_does_not_work_out_the_digest_and_it_is_the_same_when_read() -> None:
    """A CSV row does not write the record's digest, so the batch does not work it out; a
    determination read later still gives the digest the JSON Lines record carries."""
    from classaction.cli.inputs import RawRecord, classify_record

    for name, case in CASES.items():
        raw = RawRecord("cases", 1, json.dumps(case["claim"]).encode())
        given: list[str | None] = []

        def determine(
            claim: ca.Claim, digest: str | None, given: list[str | None] = given
        ) -> ca.Determination:
            given.append(digest)
            return ca.determine(claim, input_digest=digest)

        result = classify_record(raw, determine, digested=False)
        assert given == [None], name
        assert result.determination is not None
        full = classify_record(raw, lambda claim, d: ca.determine(claim, input_digest=d))
        assert full.determination is not None
        assert full.determination.input_digest.startswith("sha256:")
        assert result.determination.input_digest == full.determination.input_digest, name


def test_classifying_leaves_no_reference_cycles_for_the_garbage_collector() -> None:
    """A record's work is freed as soon as it is done: determining, explaining and writing a row
    make no reference cycle (a nested function that calls itself, a lambda closing over the
    frame that holds another's result), which only the garbage collector would free, at a cost
    that grows with the claims in memory. Every action, CSV and JSON Lines, accepted and
    rejected records alike."""
    import gc
    from pathlib import Path

    from classaction.actions import get
    from classaction.cli.inputs import RawRecord
    from classaction.cli.parallel import _work

    examples = Path(__file__).resolve().parents[1] / "examples"
    lines = [
        line for name in ("claims.jsonl", "bad_claims.jsonl", "family.jsonl")
        for line in (examples / name).read_bytes().splitlines()
    ]
    raws = [RawRecord("examples", n, line) for n, line in enumerate(lines, 1)]
    ids = ("T-724-20", "MDL-2967", "T-713-20")
    readings = tuple(get(action).readings() for action in ids)
    for kind in ("csv", "jsonl"):
        _work(raws, ids, readings, kind, (), True)  # caches filled, modules imported
        gc.collect()
        gc.disable()
        try:
            _work(raws, ids, readings, kind, (), True)
            found = gc.collect()
        finally:
            gc.enable()
        assert found == 0, (kind, found)
