"""The hypothetical claimants of each action of the family, against their expected outcomes.

Each file of ``tests/cases`` that names its ``action`` is run on that action's bundle: the
readings a case changes by name, the outcome per class (an eligibility to claim reads ELIGIBLE,
NOT_ELIGIBLE, UNDETERMINED), the missing facts where a case lists them, and for MDL No. 2967
the shares (``expected_shares``: a number, or ``{at_least, at_most}``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import load_cases

import classaction as ca
from classaction import actions
from classaction.actions.mdl_2967 import shares
from classaction.engine.action import ClassKind

FILES = {"t-713-20.json": "T-713-20", "mdl-2967.json": "MDL-2967", "t-724-20-family.json": "T-724-20"}
CASES = [(action, case) for name, action in FILES.items() for case in load_cases(name)]
_ELIGIBILITY = {"MEMBER": "ELIGIBLE", "NOT_MEMBER": "NOT_ELIGIBLE", "UNDETERMINED": "UNDETERMINED"}


def _outcomes(bundle: Any, determination: ca.Determination) -> dict[str, str]:
    words = {}
    for class_id, outcome in determination.outcomes.items():
        kind = bundle.action.class_definition(class_id).kind
        words[class_id] = _ELIGIBILITY[outcome.value] if kind is ClassKind.ELIGIBILITY else outcome.value
    return words


@pytest.mark.parametrize(("action", "case"), CASES, ids=[f"{a}:{c['name']}" for a, c in CASES])
def test_case(action: str, case: dict[str, Any]) -> None:
    bundle = actions.get(action)
    assert not ca.validate_claim(case["claim"]), case["name"]
    claim = ca.structure(case["claim"], ca.Claim)
    readings = bundle.readings().with_values(case.get("readings", {}))
    determination = bundle.determine(claim, readings)
    assert _outcomes(bundle, determination) == case["expected"]
    for class_id, pointers in case.get("expected_missing", {}).items():
        named = {fact.pointer for fact in determination.for_class(class_id).missing}
        assert named == set(pointers), class_id
    if "expected_shares" in case:
        expected = case["expected_shares"]
        if isinstance(expected, dict):
            expected = (expected["at_least"], expected["at_most"])
        assert shares(claim, readings) == expected
        # The determination carries the same share, with its reasons.
        share = determination.share
        assert share is not None and share.reasons
        low, high = expected if isinstance(expected, tuple) else (expected, expected)
        assert (share.at_least, share.at_most) == (low, high)


@pytest.mark.parametrize("action", ["T-713-20", "MDL-2967"])
def test_the_cases_cover_every_outcome_of_every_class_and_every_reading(action: str) -> None:
    bundle = actions.get(action)
    mine = [case for a, case in CASES if a == action]
    seen = {(cid, outcome) for case in mine for cid, outcome in case["expected"].items()}
    for definition in bundle.action.classes:
        words = (
            _ELIGIBILITY.values() if definition.kind is ClassKind.ELIGIBILITY
            else ("MEMBER", "NOT_MEMBER", "UNDETERMINED")
        )
        for outcome in words:
            assert (definition.id, outcome) in seen, (definition.id, outcome)
    changed = {name for case in mine for name in case.get("readings", {})}
    assert changed == set(bundle.readings().as_record())


def test_every_action_of_the_family_is_found() -> None:
    assert {"T-724-20", "T-713-20", "MDL-2967"} <= set(actions.bundles())


def test_a_paraphrased_or_inferred_definition_says_so_in_its_name_and_where_it_is_quoted() -> None:
    from classaction.present.text import render_action

    for action in ("T-713-20", "MDL-2967"):
        bundle = actions.get(action)
        page = " ".join(render_action(bundle.action).split())
        for definition in bundle.action.classes:
            if not definition.quoted:
                status = definition.definition_status.value
                assert f"[{status}]" in definition.name, definition.id
                # The action's page quotes the words with what they are beside them.
                assert f"[{status}] {' '.join(definition.definition_note.split())}" in page


def _as_version_2(record: Any) -> Any:
    """A record of the first version written out in the second: every period in Canada, the
    lists complete for Canada alone, the version named."""
    record = {**record, "schema_version": 2}
    claimant = dict(record.get("claimant", {}))
    for history in ("residence", "citizenship"):
        if history in claimant:
            claimant[history] = [{**period, "country": "CA"} for period in claimant[history]]
            claimant[f"{history}_complete_for"] = ["CA"]
    record["claimant"] = claimant
    return record


@pytest.mark.parametrize("case", load_cases("membership.json")[::5], ids=lambda c: c["name"])
def test_a_record_of_the_first_version_means_the_same_written_in_the_second(case: dict[str, Any]) -> None:
    """schemas/README.md, "Versions": a period without a country is in Canada."""
    readings = ca.Readings().with_values(case.get("readings", {}))
    first = ca.determine(ca.structure(case["claim"], ca.Claim), readings)
    second_record = _as_version_2(case["claim"])
    assert not ca.validate_claim(second_record)
    second = ca.determine(ca.structure(second_record, ca.Claim), readings)
    assert first.outcomes == second.outcomes
    for one, other in zip(first.classes, second.classes, strict=True):
        assert [f.value for f in one.findings] == [f.value for f in other.findings]


def test_the_family_example_prints_each_persons_standing_in_every_action() -> None:
    """examples/standing_in_every_action.py: one person in one proceeding, one in two, one in
    all three, from one record each."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, str(root / "examples" / "standing_in_every_action.py")],
        capture_output=True, text=True, check=True,
    )
    out = done.stdout
    assert "Authors and Grantees Class (paraphrase)" in out
    assert "New York Subclass (inferred)" in out
    blocks = out.split("\n\n")
    p1, p2, p3 = blocks[0], blocks[1], blocks[2]
    assert "ELIGIBLE" in p1 and "Privacy Breach Class                             MEMBER" not in p1
    assert "NOT_ELIGIBLE" in p2 and "(paraphrase)          MEMBER" in p2
    assert p3.count(" MEMBER") >= 5 and "shares of the Net Settlement Fund                10" in p3


def test_t_713_20_is_explained_limb_by_limb() -> None:
    """T-713-20's class is met by one of two limbs (the authors keeping their copyright, or
    those to whom it was assigned or licensed): each explanation says which limb is met, then
    each limb's conditions under it; a class whose conditions must all be met stays flat."""
    from pathlib import Path

    from classaction.present.text import render_summary, render_text

    bundle = actions.get("T-713-20")
    root = Path(__file__).resolve().parents[1]
    lines = (root / "examples" / "family.jsonl").read_bytes().splitlines()
    author = ca.read_claim(lines[1])  # FAM-P2 took the photograph and kept its copyright
    determination = bundle.determine(author)
    for render in (render_summary, render_text):
        text = render(determination, bundle.action, author, width=80)
        assert "One of its 2 alternatives suffices: the first is met, the second is not met." in text
        first = text.index("  First alternative [met]:")
        second = text.index("  Second alternative [not met]:")
        assert first < text.index("    [met] is the author of a photograph") < second
        assert second < text.index("    [not met] received by assignment or licence")
        assert max(len(line) for line in text.splitlines()) <= 80
    # A limb not known yet says so.
    unknown = ca.read_claim(b'{"claimant": {"kind": "natural"}}')
    text = render_summary(bundle.determine(unknown), bundle.action, unknown)
    assert "the first is not known yet, the second is not known yet" in " ".join(text.split())
    assert "  First alternative [not known]:" in text
    # T-724-20's classes, all of whose conditions must be met, are not in limbs.
    plain = actions.get("T-724-20")
    text = render_summary(plain.determine(author), plain.action, author)
    assert "limb" not in text and "\n  [met] is a natural person" in text


def test_saying_a_posted_photograph_is_in_the_database_never_leaves_less_known() -> None:
    # Under R21 = presumed_from_public_posting a photograph of the face posted publicly is taken
    # to be in the database from its posting; saying it is there, without saying since when,
    # once left the class waiting on a collection date that the presumption does without.
    bundle = actions.get("MDL-2967")
    readings = bundle.readings().with_values({"database_presence": "presumed_from_public_posting"})
    photo = {"id": "fb", "claimant_face_appears": True, "posted_publicly": True,
             "first_posted_publicly_on": "2013-03"}
    record = {
        "claimant": {"kind": "natural", "born_on": "1970-05-04", "deceased": False,
                     "residence": [{"start": "2012", "end": "2019", "country": "US",
                                    "subdivision": "US-IL"}],
                     "residence_complete_for": ["US"]},
        "payment_claims": [{"proceeding": "MDL-2967", "filed_on": "2024-09-01"}],
    }
    silent = bundle.determine(ca.claim_from_record({**record, "photographs": [photo]}), readings)
    said = bundle.determine(ca.claim_from_record(
        {**record, "photographs": [{**photo, "in_biometric_database": True}]}), readings)
    assert silent.outcomes["NW"] is ca.Outcome.MEMBER
    assert said.outcomes == silent.outcomes
    # A collection date given still decides when it was there: after the as-of date, not then.
    late = bundle.determine(ca.claim_from_record({
        **record, "statements": {"unlisted_database_image_depicts_claimant": False},
        "photographs": [{**photo, "in_biometric_database": True, "collected_on": "2024-08"}],
    }), readings)
    assert late.outcomes["NW"] is ca.Outcome.NOT_MEMBER


def test_a_short_reason_names_only_the_conditions_that_could_still_change_the_outcome() -> None:
    # A company cannot be an author: T-713-20's first limb fails whatever else is learned, so a
    # CSV row's "why" names only the second limb's open condition, as its questions ask only it.
    from classaction.present.text import short_reason

    bundle = actions.get("T-713-20")
    claim = ca.read_claim('{"claimant": {"kind": "legal"}}')
    determination = bundle.determine(claim, bundle.readings())
    (cls,) = determination.classes
    assert cls.outcome is ca.Outcome.UNDETERMINED
    why = short_reason(cls.outline(), bundle.action, determination.as_of, claim)
    assert why == ("not known: received by assignment or licence the copyright of such an "
                   "author in a photograph collected by Clearview (a fact the record leaves out)")
    # A natural person who might be an author leaves both limbs open: both are named.
    claim = ca.read_claim('{"claimant": {"kind": "natural", "born_on": "1980", "deceased": false}}')
    determination = bundle.determine(claim, bundle.readings())
    why = short_reason(determination.classes[0].outline(), bundle.action, determination.as_of, claim)
    assert "is the author of a photograph" in why and "received by assignment" in why


def test_the_age_without_a_claim_day_is_judged_on_every_day_a_claim_could_be_made() -> None:
    """MDL-2967, EC.over_18 (reading R22 = the claim's day): no claim is made before the
    preliminary approval of 2024-06-21, so one 18 by then is 18 on the claim's day, whenever
    it was; one who turns 18 later turns on that day. One who filed no claim is judged so too:
    a claimant of 50 who had not filed read "not yet 18" as why they were not eligible."""
    bundle = actions.get("MDL-2967")

    def age(born: str, claims: list[dict[str, Any]] | None = None) -> tuple[str, list[str]]:
        record: dict[str, Any] = {"claim_id": "AGE", "claimant": {"kind": "natural", "born_on": born}}
        if claims is not None:
            record["payment_claims"] = claims
        determination = bundle.determine(ca.structure(record, ca.Claim), bundle.readings())
        eligibility = determination.for_class("EC")
        (finding,) = [f for f in eligibility.findings if f.criterion == "EC.over_18"]
        return finding.value.value, [fact.pointer for fact in eligibility.missing]

    assert age("1985-03-02")[0] == "true"  # no claim listed
    assert age("2006-06-21")[0] == "true"
    assert age("1985", [{"proceeding": "MDL-2967"}])[0] == "true"  # filed, day not given
    assert age("2006-06-22")[0] == "unknown"
    assert age("2006")[0] == "unknown"
    assert age("2006-06-22", [{"proceeding": "MDL-2967", "filed_on": "2024-06-22"}])[0] == "true"
    assert age("2006-06-23", [{"proceeding": "MDL-2967", "filed_on": "2024-06-22"}])[0] == "false"
    # No claim made: the filing fails on its own (EC.timely); the age is not said to be short.
    assert age("1985", [])[0] == "true"
    # Unless it is short on every day a claim could count, to the deadline of 2024-10-25: a
    # lawyer's child born in 2015 was left undetermined, though no claim of theirs could count.
    assert age("2010", [])[0] == "false"
    assert age("2015-04-04") == ("false", [])
    assert age("2006-10-26")[0] == "false"  # 18 the day after the deadline
    assert age("2006-10-25")[0] == "unknown"  # 18 on its last day: the claim's day decides
    assert age("2006-10-25", [{"proceeding": "MDL-2967", "filed_on": "2024-10-25"}])[0] == "true"
    # The day is still asked where the age turns on it.
    assert "/payment_claims" in age("2006-06-22")[1]
    # Said with the deadline before how the age is counted, not a date, its parenthesis and
    # "from the 18th anniversary of birth" (a trial's person found it hard to read).
    bundle = actions.get("MDL-2967")
    young = ca.structure({"claimant": {"kind": "natural", "born_on": "2015-04-04",
                                       "deceased": False}, "payment_claims": []}, ca.Claim)
    determination = bundle.determine(young, bundle.readings())
    (finding,) = [f for f in determination.for_class("EC").findings if f.criterion == "EC.over_18"]
    assert any(reason.text.startswith("under 18 on every day a claim could count, up to 2024-10-25, the "
                                 "deadline for claim forms (18 from the 18th birthday: ")
               for reason in finding.reasons)


def test_the_csv_says_why_one_who_filed_no_claim_is_not_eligible() -> None:
    """The first condition not met names the reason: the claim not filed, not the age."""
    from classaction.cli.inputs import RawRecord, Result
    from classaction.cli.outputs import column_key, format_result

    bundle = actions.get("MDL-2967")
    claim = ca.structure({
        "claim_id": "US-2",
        "claimant": {"kind": "natural", "born_on": "1970-01-01", "deceased": False},
        "payment_claims": [],
    }, ca.Claim)
    determination = bundle.determine(claim, bundle.readings())
    assert determination.outcomes["EC"].value == "NOT_MEMBER"
    columns = tuple(column_key(bundle.id, c.id, False) for c in bundle.action.classes)
    raw = RawRecord("claims.jsonl", 1, b"{}")
    row = format_result(Result(raw, None, determination, claim=claim), "csv", columns).data.decode()
    assert "no claim form submitted or received by 2024-10-25" in row
    assert "not yet 18" not in row


def test_a_summary_says_what_paraphrase_and_inferred_mean_where_a_class_is_so_marked() -> None:
    """"Authors and Grantees Class [paraphrase]" left a person to guess what the mark meant: a
    summary says it once, under its heading, for the marks its action's classes carry."""
    from classaction.present.text import render_summary

    family = Path(__file__).resolve().parents[1] / "examples" / "family.jsonl"
    claim = ca.read_claim(family.read_text("utf-8").splitlines()[0])
    said = {}
    for action_id in ("T-724-20", "T-713-20", "MDL-2967"):
        bundle = actions.get(action_id)
        text = render_summary(bundle.determine(claim, bundle.readings()), bundle.action, claim, None)
        said[action_id] = text.split("\n\n")[0]
    assert "marked" not in said["T-724-20"]
    assert "A class marked [paraphrase] is read from a paraphrase" in said["T-713-20"]
    assert "[inferred]" not in said["T-713-20"]
    assert "A class marked [inferred] has words inferred from those of its sibling" in said["MDL-2967"]
    assert "[paraphrase]" not in said["MDL-2967"]


def test_a_statement_of_none_with_nothing_listed_does_not_speak_of_another() -> None:
    # "no copyright in another photograph" was said of a claimant who listed none.
    from classaction.present.text import render_summary

    claim = ca.read_claim(
        '{"claim_id": "N-1", "claimant": {"kind": "natural", "born_on": "1980", "deceased": false},'
        ' "photographs": [], "statements": {"received_grant_in_unlisted_collected_photograph": false,'
        ' "authored_unlisted_collected_photograph": false}}'
    )
    bundle = actions.get("T-713-20")
    text = " ".join(render_summary(bundle.determine(claim, bundle.readings()), bundle.action, claim,
                                   None).split())
    assert "no copyright in a photograph collected by Clearview was assigned or licensed" in text
    assert "another" not in text and "they took no photograph collected by Clearview" in text
