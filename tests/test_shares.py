"""MDL No. 2967's shares per subclass, as part of the determination: the record (and its
schema), ``explain``, the JSON Lines and the CSV of ``classify``.

The allocation is data with its source (seeds/mdl-2967.json, settlement allocation: Illinois 10;
California, New York, Virginia 5; others 1); readings R25 (what earns a state's share) and R26
(how several combine) decide the rest. The expected figures are worked out here by hand from
the residence periods each claimant gives.
"""

from __future__ import annotations

import copy
import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

import classaction as ca
from classaction import actions
from classaction.actions.mdl_2967 import shares
from classaction.cli.main import main

MDL = actions.get("MDL-2967")

# Born 1988, face posted publicly on 2016-03-01 (the window opens then and closes on
# 2024-06-21), in the Biometric Database, claim filed on 2024-09-10: eligible to claim.
BASE: dict[str, Any] = {
    "schema_version": 2, "claim_id": "SH-1",
    "claimant": {
        "kind": "natural", "born_on": "1988-04-12", "deceased": False,
        "residence": [], "residence_complete_for": ["CA", "US"], "citizenship": [],
    },
    "photographs": [{
        "id": "p1", "claimant_face_appears": True, "posted_publicly": True,
        "first_posted_publicly_on": "2016-03-01", "collected_by_clearview": True,
        "collected_on": "2019-08-01", "in_biometric_database": True,
    }],
    "statements": {
        "unlisted_database_image_depicts_claimant": False,
        "unlisted_photograph_of_claimant_posted_publicly": False,
    },
    "payment_claims": [{"proceeding": "MDL-2967", "filed_on": "2024-09-10", "channel": "online"}],
}


def record(*periods: dict[str, Any], claim_id: str = "SH-1", **changes: Any) -> dict[str, Any]:
    made = copy.deepcopy(BASE)
    made["claim_id"] = claim_id
    made["claimant"]["residence"] = list(periods)
    made.update(changes)
    return made


def period(start: str, end: str | None, subdivision: str | None = None) -> dict[str, Any]:
    found: dict[str, Any] = {"start": start, "country": "US"}
    if end is None:
        found["ongoing"] = True
    else:
        found["end"] = end
    if subdivision is not None:
        found["subdivision"] = subdivision
    return found


# 2016-03-01 to 2016-08-30 is 183 days, both counted: a day less is 182.
ILLINOIS_183 = record(period("2016-03-01", "2016-08-30", "US-IL"), period("2016-08-31", None, "US-TX"))
ILLINOIS_182 = record(period("2016-03-01", "2016-08-29", "US-IL"), period("2016-08-30", None, "US-TX"))
ILLINOIS_THEN_CALIFORNIA = record(
    period("2016-01-01", "2018-12-31", "US-IL"), period("2019-01-01", None, "US-CA"),
)
STATE_NOT_GIVEN = record(period("2016-01-01", None))


def determine(data: dict[str, Any], **readings: str) -> ca.Determination:
    claim = ca.read_claim(json.dumps(data).encode())
    return MDL.determine(claim, MDL.readings().with_values(readings))


def test_183_days_in_illinois_earn_10_shares() -> None:
    share = determine(ILLINOIS_183).share
    assert share is not None
    assert (share.at_least, share.at_most, share.earned, share.open) == (10, 10, ("IL",), ())
    assert "Illinois Subclass: 10 shares" in share.reasons[0].text
    assert "biometricupdate" not in share.citation and "Biometric Update" in share.citation
    assert "seeds/mdl-2967.json, settlement allocation" in share.citation


def test_182_days_in_illinois_earn_the_share_of_other_states_unless_the_subclass_counts() -> None:
    share = determine(ILLINOIS_182).share
    assert share is not None and (share.at_least, share.at_most, share.earned) == (1, 1, ())
    assert "those in other states" in share.reasons[-1].text
    # Under R25 = subclass_membership, having resided in Illinois at all earns its share.
    member = determine(ILLINOIS_182, state_share_basis="subclass_membership").share
    assert member is not None and (member.at_least, member.earned) == (10, ("IL",))
    assert "member of the Illinois Subclass (reading R25)" in member.reasons[0].text


def test_several_subclasses_give_the_highest_share_or_under_sum_their_sum() -> None:
    highest = determine(ILLINOIS_THEN_CALIFORNIA).share
    assert highest is not None
    assert (highest.at_least, highest.at_most, highest.earned) == (10, 10, ("IL", "CA"))
    assert any("the highest counts (reading R26)" in r.text for r in highest.reasons)
    summed = determine(ILLINOIS_THEN_CALIFORNIA, share_combination="sum").share
    assert summed is not None and (summed.at_least, summed.at_most) == (15, 15)
    assert any("add up (reading R26)" in r.text for r in summed.reasons)
    claim = ca.read_claim(json.dumps(ILLINOIS_THEN_CALIFORNIA).encode())
    assert shares(claim, MDL.readings().with_values({"share_combination": "sum"})) == 15


def test_a_claimant_not_eligible_to_claim_has_no_share() -> None:
    share = determine(record(*ILLINOIS_183["claimant"]["residence"], payment_claims=[])).share
    assert share is not None and (share.at_least, share.at_most) == (0, 0)
    assert share.reasons[0].text == "not eligible to claim a Settlement Payment, so no share"


def test_a_state_not_given_leaves_the_share_open_between_the_lowest_and_the_highest() -> None:
    share = determine(STATE_NOT_GIVEN).share
    assert share is not None and (share.at_least, share.at_most) == (1, 10)
    assert share.earned == () and share.open == ("IL", "CA", "NY", "VA")
    assert any("if the claimant resided in Illinois" in r.text and "not known yet" in r.text
               for r in share.reasons)
    assert shares(ca.read_claim(json.dumps(STATE_NOT_GIVEN).encode())) == (1, 10)
    # Under sum, every state's share may add up.
    summed = determine(STATE_NOT_GIVEN, share_combination="sum").share
    assert summed is not None and (summed.at_least, summed.at_most) == (1, 25)


def test_the_share_is_in_the_determination_record_and_validates() -> None:
    for data in (ILLINOIS_183, ILLINOIS_182, STATE_NOT_GIVEN):
        determination = determine(data)
        made = ca.determination_record(determination)
        assert made == ca.unstructure(determination)
        assert made["share"]["at_least"] == determination.share.at_least  # type: ignore[union-attr]
        assert ca.validate_determination(json.loads(json.dumps(made))) == ()
    record_ = ca.determination_record(determine(ILLINOIS_183))["share"]
    assert record_["earned"] == ["IL"] and record_["at_most"] == 10
    assert record_["reasons"][0]["citation"] == record_["citation"]


def test_an_action_that_allocates_no_fund_has_no_share() -> None:
    claim = ca.read_claim(json.dumps(ILLINOIS_183).encode())
    for action_id in ("T-724-20", "T-713-20"):
        determination = actions.get(action_id).determine(claim)
        assert determination.share is None
        assert "share" not in ca.determination_record(determination)


def test_explain_says_the_share_in_words_with_its_source_within_80_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "claims.jsonl"
    source.write_text("\n".join(json.dumps(d) for d in (ILLINOIS_183, STATE_NOT_GIVEN)) + "\n")
    assert main(["explain", "--action", "MDL-2967", str(source)]) == 0
    text = capsys.readouterr().out
    # (The heading of each record names its file, whose path is the test's.)
    assert max(len(line) for line in text.splitlines() if not line.startswith("== ")) <= 80
    assert "resided in New York for 183 days" in " ".join(text.split())
    assert "Share of the settlement fund: 10 shares (Illinois Subclass)" in text
    assert "Share of the settlement fund: 1 to 10 shares" in text
    assert "Source: Biometric Update on the final approval, 2025-03-21" in text
    assert main(["explain", "--full", "--action", "MDL-2967", str(source)]) == 0
    full = capsys.readouterr().out
    assert max(len(line) for line in full.splitlines() if not line.startswith("== ")) <= 80
    assert "(settlement allocation, a paraphrase)" in " ".join(full.split())


def test_classify_carries_the_share_in_json_lines_and_a_csv_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "claims.jsonl"
    given = (ILLINOIS_183, ILLINOIS_THEN_CALIFORNIA, STATE_NOT_GIVEN)
    source.write_text("\n".join(json.dumps(d) for d in given) + "\n")
    assert main(["classify", "--action", "MDL-2967", str(source), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [row["Share of the settlement fund"] for row in rows] == ["10", "10", "1 to 10"]
    assert rows[0]["Share of the settlement fund: why"].startswith("Illinois Subclass: 10 shares")
    # With every action, the column names its action; T-724-20's columns have no share.
    assert main(["classify", str(source), "--format", "csv", "-r", "R26=sum"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [row["MDL-2967 Share of the settlement fund"] for row in rows] == ["10", "15", "1 to 25"]
    assert not any("T-724-20" in name and "Share" in name for name in rows[0])
    assert main(["classify", str(source), "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    found = {d["action"]: d.get("share") for d in lines[0]["determinations"]}
    assert found["T-724-20"] is None and found["T-713-20"] is None
    assert found["MDL-2967"]["at_least"] == 10 and found["MDL-2967"]["earned"] == ["IL"]


def test_the_csv_why_of_a_share_still_open_names_each_open_share_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A share the facts leave open among four states: each named by what it would earn, not
    # with its whole condition (a cell of some 900 characters), which explain gives.
    source = tmp_path / "claims.jsonl"
    source.write_text(json.dumps(STATE_NOT_GIVEN) + "\n")
    assert main(["classify", "--action", "MDL-2967", str(source), "--format", "csv"]) == 0
    why = next(csv.DictReader(io.StringIO(capsys.readouterr().out)))["Share of the settlement fund: why"]
    assert "not known yet: Illinois Subclass: 10 shares, California Subclass: 5 shares" in why
    assert why.count("183 days in a row") <= 1 and len(why) < 500
    explained = MDL.determine(ca.claim_from_record(STATE_NOT_GIVEN)).share
    assert explained is not None and len(explained.reasons) >= 4  # explain keeps them all


def test_a_period_within_an_ongoing_one_joins_it() -> None:
    # Residence in the US since 2010, ongoing, and in Illinois from 2016 to 2017 within it: the
    # ongoing period runs to the last day there is, and joining the later period to it must not
    # step past that day (it raised OverflowError, for every class of the claim).
    data = record(period("2010-01-01", None), period("2016-01-01", "2017-12-31", "US-IL"))
    determination = determine(data)
    assert determination.outcomes["EC"] is ca.Outcome.MEMBER
    share = determination.share
    assert share is not None and (share.at_least, share.at_most) == (10, 10)


def test_a_posting_date_left_out_turns_on_no_day_at_the_ends_of_the_calendar() -> None:
    # The 183 days count from the first posting: the date left out is weighed, and the days it
    # turns on are those the rules compare it with, not year 1 or 9999 (open bounds).
    # Nothing said of residence or of other photographs posted: the window may open any day.
    data = record()
    del data["claimant"]["residence"], data["claimant"]["residence_complete_for"]
    del data["statements"]["unlisted_photograph_of_claimant_posted_publicly"]
    del data["photographs"][0]["first_posted_publicly_on"]
    eligibility = determine(data).for_class("EC")
    (posting,) = [m for m in eligibility.missing if m.pointer.endswith("first_posted_publicly_on")]
    assert all(1 < day.year < 9999 for day in posting.turns_on)


def test_a_residence_left_out_is_asked_of_the_united_states() -> None:
    # The settlement's classes ask where the claimant lived in the United States: a record
    # silent on residence is asked that, not the Canadian question its field carries.
    data = record()
    del data["claimant"]["residence"]
    nationwide = determine(data).for_class("NW")
    (asked,) = [m.question for m in nationwide.missing if m.pointer == "/claimant/residence"]
    assert asked.startswith("During which periods was the claimant resident in the United States")
    assert "Canada" not in asked


def test_a_period_that_names_no_country_is_explained_as_in_canada(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A period of the first schema version names no country and is in Canada: the subclasses
    # say so of it, instead of "nothing is known of it".
    canadian = {"start": "1990-01-01", "end": "2015-12-31"}
    source = tmp_path / "claim.jsonl"
    source.write_text(json.dumps(record(canadian, period("2016-01-01", None, "US-IL"))) + "\n")
    main(["explain", str(source), "--action", "MDL-2967"])
    short = capsys.readouterr().out
    # A subclass the claimant is not in is said in a line (a later trial's administrator read
    # some two hundred lines of one record); the full account says each period.
    assert "California Subclass: NOT A MEMBER: never resided in California by 2024-06-21." \
        in " ".join(short.split())
    assert "nothing is known of it" not in short and "none of the facts this turns on" not in short
    main(["explain", str(source), "--action", "MDL-2967", "--full"])
    full = " ".join(capsys.readouterr().out.split())
    assert "Period 1 of residence (does not qualify): from 1990-01-01; until 2015-12-31. so it " \
           "is in Canada, as it names no country (the claim record" in full


def test_a_period_whose_end_was_not_needed_is_said_to_have_begun(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Only the start of the Illinois period (2016 to 2017) was read: "from 2016-01-01" read as
    # a period still going on; it "began on 2016-01-01", and how it ended is said too ("began
    # between 2010 and 2015" alone read to a later trial's person as a period going on). Where
    # the end is read, "from ... until".
    source = tmp_path / "claim.jsonl"
    source.write_text(json.dumps(
        record(period("2010-01-01", None), period("2016-01-01", "2017-12-31", "US-IL"))
    ) + "\n")
    main(["explain", str(source), "--action", "MDL-2967"])
    said = capsys.readouterr().out
    assert "Period 2 of residence: began on 2016-01-01; ended on 2017-12-31; in the United " \
        "States" in " ".join(said.split())
    assert "from 2016-01-01; in" not in said
    # The 183 days' condition gives the list whole, each period with its end, and not one of
    # its periods again after it.
    flat = " ".join(said.split())
    assert "resident of the United States since 2010-01-01, from 2016-01-01 to 2017-12-31 (in " \
        "Illinois)" in flat
    assert "Period 1 of residence: from 2010-01-01; still going on" not in flat


def test_the_csv_why_of_one_share_still_open_says_it_is_open_before_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trial's administrator read "...Illinois Subclass: 10 shares if ... (reading R25); not
    known yet; 1 share, ..." as three reasons: the one share still open is said as open first."""
    from classaction.cli.outputs import share_cells
    from classaction.engine.core import Reason
    from classaction.engine.determination import Share

    open_one = Share(at_least=0, at_most=10, earned=(), open=("IL",), reasons=(
        Reason("no share unless eligible to claim a Settlement Payment, which is not known yet", ""),
        Reason("Illinois Subclass: 10 shares if the claimant resided in Illinois; not known yet", ""),
        Reason("1 share, the share of those in other states: if none of these is earned", ""),
    ), citation="", unit="")
    count, why = share_cells(open_one)
    assert count == "0 to 10"
    assert why == ("no share unless eligible to claim a Settlement Payment, which is not known "
                   "yet; not known yet: Illinois Subclass: 10 shares if the claimant resided in "
                   "Illinois; 1 share, the share of those in other states: if none of these is "
                   "earned")
