"""MDL No. 2967's eligibility to claim a Settlement Payment is not a membership: wherever it is
put in words (the action page, explain, compare, the summary page) it reads as eligibility,
and the database condition is said in plain words beside the settlement's own terms."""

from __future__ import annotations

from pathlib import Path

import pytest

import classaction as ca
from classaction import actions
from classaction.cli.main import main
from classaction.present.text import render_action

ROOT = Path(__file__).resolve().parents[1]
FAMILY = ROOT / "examples" / "family.jsonl"


def test_the_action_page_speaks_of_eligible_claimants_and_the_shares() -> None:
    page = render_action(actions.get("MDL-2967").action)
    eligibility = page[page.index("  Eligibility to claim a Settlement Payment\n"):]
    assert "    An eligible claimant meets each of these" in eligibility.split("\n\n")[0]
    assert eligibility.split("\n\n")[0].count("A member meets") == 0
    assert page.count("A member meets each of these conditions") == 5  # the class and subclasses
    assert "the conditions of a claim:" in page
    assert "Readings: the points the class definitions and the claim conditions leave open." in page
    # The shares per subclass, with their status, the readings that decide them and their source.
    words = " ".join(page.split())
    assert ("[paraphrase] Shares, in pro rata shares of the Net Settlement Fund, per eligible "
            "claimant: Illinois Subclass 10; California Subclass 5;") in words
    assert "readings R25 and R26" in words and "(Biometric Update on the final approval" in words
    assert max(len(line) for line in page.splitlines()) <= 79
    # An action without an eligibility to claim reads as before.
    plain = render_action(actions.get("T-724-20").action)
    assert "Classes, each as its source defines it:\n" in plain and "Settlement:" not in plain


def test_explain_says_when_eligibility_is_judged_and_the_database_in_plain_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["explain", "--action", "MDL-2967", str(FAMILY)]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert ("Membership as of 2024-06-21, the date the class definitions are read on; "
            "eligibility to claim on the dates the claim form gives.") in text
    assert ("has an image of their face, or measurements of their face, that is or was in "
            "Clearview's database") in text
    assert "has a facial image or Biometric Data" not in text
    assert main(["explain", "--action", "T-724-20", str(FAMILY)]) == 0
    assert "eligibility" not in capsys.readouterr().out


def test_compare_names_an_eligibility_eligible_or_not(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "--action", "MDL-2967", str(FAMILY), "-r", "as_of=2016-01-01"]) == 0
    out = capsys.readouterr().out
    assert "Eligibility to claim a Settlement Payment: ELIGIBLE -> NOT_ELIGIBLE" in out
    assert "Settlement Payment: MEMBER" not in out
    assert "Nationwide Class: MEMBER -> NOT_MEMBER" in out


def test_the_summary_page_names_eligibility_and_its_moves() -> None:
    from classaction.cli.inputs import RawRecord
    from classaction.present.report import Alternative, ReportTally

    bundle = actions.get("MDL-2967")
    base = bundle.readings()
    # On an as-of date of 2016-01-01 the photographs of FAM-P1 and FAM-P3 were not yet collected:
    # neither is then a member, nor eligible.
    earlier = Alternative.of(base, "as_of", "2016-01-01", bundle.action)
    tally = ReportTally(base, bundle=bundle, alternatives=[earlier])
    for line, data in enumerate(FAMILY.read_bytes().splitlines(), 1):
        tally.add_raw(RawRecord("family", line, data))
    page = tally.html()
    assert "<h2>Membership by class, and eligibility to claim</h2>" in page
    changes = page[page.index('id="changes"'):]
    eligibility = changes.split('<td data-class="EC">')[1].split("</td>")[0]
    assert "Eligible → Not eligible</span><b>2</b>" in eligibility
    nationwide = changes.split('<td data-class="NW">')[1].split("</td>")[0]
    assert "Member → Non-member</span><b>2</b>" in nationwide
    single = ReportTally(bundle=actions.get("T-724-20"), alternatives=())
    single.add_raw(RawRecord("family", 1, FAMILY.read_bytes().splitlines()[0]))
    assert "<h2>Membership by class</h2>" in single.html()


def test_an_age_judged_with_no_claim_filed_says_on_what_days_in_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    """A lawyer read "[met] is 18 or older when claiming: born on 1990-05-01; the claimant
    filed no claim for payment" as a contradiction: the summary says the days it is judged on
    (actions/mdl_2967/rules.py, over_18); with a claim filed on a day, only the facts."""
    record = ('{"claim_id": "L1", "claimant": {"kind": "natural", "born_on": "%s", '
              '"deceased": false}, "payment_claims": %s}')
    cases = {
        "none.json": ("1990-05-01", "[]"),
        "filed.json": ("1990-05-01", '[{"proceeding": "MDL-2967", "filed_on": "2024-08-20"}]'),
    }
    said = {}
    for name, (born, claims) in cases.items():
        (tmp_path / name).write_text(record % (born, claims), "utf-8")
        assert main(["explain", "--action", "MDL-2967", "--width", "80", str(tmp_path / name)]) == 0
        text = " ".join(capsys.readouterr().out.split())
        said[name] = text[text.index("[met] is 18 or older"):].split("[", 2)[1]
    assert "filed no claim for payment. 18 or older by 2024-06-21, before any claim could be " \
        "made under the settlement" in said["none.json"]
    assert "before any claim could be made" not in said["filed.json"]


def test_a_photograph_said_posted_and_not_described_is_asked_for_as_posted() -> None:
    """MDL-2967's window of 183 days opens at the first posting of a photograph of the face: one
    the claimant says was posted, the record describing none, was asked for as "any other
    photograph collected by Clearview" (a later trial's person, who had named none, read "Name
    the other photograph Clearview collected" of her Facebook posting). Asked as posted, with
    the date it was first posted; in the interview's words too."""
    from classaction.actions import get
    from classaction.cli.answers import _UNLISTED_WORDS

    claim = ca.claim_from_record({
        "claimant": {"kind": "natural", "born_on": "1980-01-01", "deceased": False,
                     "residence": [{"start": "2008", "end": "2016", "country": "US",
                                    "subdivision": "US-IL"}],
                     "residence_complete_for": ["US"]},
        "statements": {"unlisted_database_image_depicts_claimant": True,
                       "unlisted_photograph_of_claimant_posted_publicly": True},
        "payment_claims": [{"proceeding": "MDL-2967", "filed_on": "2024-09-10"}],
    })
    determination = get("MDL-2967").determine(claim)
    (item,) = [m for c in determination.classes for m in c.missing if m.pointer == "/photographs/-"]
    assert item.question == (
        "Describe the photograph of the claimant's face posted publicly, with the date it was "
        "first posted (add it to the record's photographs)."
    )
    assert "collected" not in item.question
    own = dict(_UNLISTED_WORDS)
    assert own[item.question.removesuffix(" (add it to the record's photographs).") + "."] == (
        "Name a photograph of the claimant's face posted on a public web page, and say when it "
        "was first posted."
    )
