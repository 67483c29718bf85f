"""Explanations item by item, in words: the items that decided each criterion, their facts and
rules, sources by title, one style of cause (issue "Answers a person can read", item 1)."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import classaction as ca
from classaction.records.validate import validate_determination

RESIDENT = {
    "kind": "natural", "born_on": "1980-05-01", "deceased": False,
    "residence": [{"start": "1980-05-01", "ongoing": True}], "citizenship": [],
}
CLOSED = {
    "unlisted_collected_photograph_depicts_claimant": False,
    "holds_rights_in_unlisted_collected_photograph": False,
    "rcmp_used_unlisted_photograph_of_claimant": False,
}


def photograph(photo_id: str, **facts: Any) -> dict[str, Any]:
    """A collected photograph; a fact given as None is left out."""
    photo = {"id": photo_id, "collected_by_clearview": True, "claimant_face_appears": False,
             "made_on": "2017-03-04", "author_deceased": False,
             "made_in_course_of_employment": False, "transfers": [], **facts}
    return {key: value for key, value in photo.items() if value is not None}


def explain(photographs: list[dict[str, Any]], **readings: str) -> tuple[str, ca.Determination]:
    record = {"claimant": copy.deepcopy(RESIDENT), "photographs": photographs,
              "statements": dict(CLOSED)}
    claim = ca.read_claim(json.dumps(record))
    determination = ca.determine(claim, ca.Readings().with_values(readings))
    return ca.render_text(determination, ca.action(), claim, width=None), determination


def section(text: str, name: str) -> str:
    """The lines of one class in an explanation."""
    start = text.index(name + ":")
    end = text.find("\n\n", start)
    return text[start:end]


def test_a_living_photographer_reads_which_photograph_qualifies_and_why() -> None:
    text, determination = explain([
        photograph("p1", author="claimant"),
        photograph("p2", author="other"),
    ])
    assert determination.for_class("CI").outcome is ca.Outcome.MEMBER
    ci = section(text, "Copyright Infringement Class")
    assert "Photograph p1 (qualifies): Clearview collected it; taken on 2017-03-04; " \
           "the claimant took it" in ci
    # Either right suffices (R3): the moral rights, which need only authorship (s. 14.1(1)),
    # decide, and the copyright, which would rest on presumptions too, is not worked out.
    assert ("moral rights belong to the author, here the claimant, while alive; whether the claimant "
            "was alive on the as-of date is the class's own condition, tested apart (Copyright Act, "
            "R.S.C. 1985, c. C-42, s. 14.1(1))") in ci
    assert "so the claimant holds the moral rights in it on 2020-07-08" in ci
    assert "holding either right suffices (reading R3: Must a member hold both copyright and " \
           "moral rights, or either? By default, either one, copyright or moral rights)" in ci
    assert "the copyright in it" not in ci
    # Under R3 = both, the copyright is worked out and said too: the author is its first owner.
    both, _ = explain([photograph("p1", author="claimant")], R3="both")
    both_ci = section(both, "Copyright Infringement Class")
    assert "the author is the first owner of the copyright" in both_ci and "s. 13(1)" in both_ci
    assert "so the claimant holds the copyright in it on 2020-07-08" in both_ci
    assert "so the claimant holds the moral rights in it on 2020-07-08" in both_ci
    # Only what decided the finding: the photograph someone else took is not the reason.
    assert "Photograph p2" not in ci
    # Nothing was said of a waiver or a death: no rule about them is given as a reason.
    assert "waived moral right" not in ci
    assert "pass to the heirs" not in ci and "pass on" not in ci


def test_a_criterion_not_met_shows_the_deciding_fact_of_every_photograph() -> None:
    text, determination = explain([photograph("p1", author="other")])
    assert determination.for_class("CI").outcome is ca.Outcome.NOT_MEMBER
    ci = section(text, "Copyright Infringement Class")
    assert "[not met] holds copyright or moral rights" in ci
    assert "Photograph p1 (does not qualify):" in ci
    assert "someone else took it" in ci
    assert "moral rights belong to the author, who is not the claimant" in ci
    # The closing statement is the other deciding fact.
    assert "the claimant states that they hold rights in no other photograph" in ci


def test_an_unknown_criterion_gives_no_reason_and_asks_what_would_settle_it() -> None:
    text, determination = explain([photograph("p1")])  # who took it is not said
    record_photo = determination.for_class("CI")
    assert record_photo.outcome is ca.Outcome.UNDETERMINED
    ci = section(text, "Copyright Infringement Class")
    criterion = ci[ci.index("[not known] holds copyright"):]
    assert "rule:" not in criterion.split("To settle")[0]
    assert "Photograph p1 (not known yet):" in criterion
    assert "not known yet:\n" in criterion
    assert "Who took photograph p1" in criterion


def _rights_open(photographs: list[dict[str, Any]]) -> tuple[ca.Claim, ca.Determination]:
    """A claimant who has not said whether they hold rights in photographs not listed, so
    that the Copyright Infringement Class stays open whatever the photographs listed give."""
    statements = {k: v for k, v in CLOSED.items() if k != "holds_rights_in_unlisted_collected_photograph"}
    record = {"claimant": copy.deepcopy(RESIDENT), "photographs": photographs, "statements": statements}
    claim = ca.read_claim(json.dumps(record))
    return claim, ca.determine(claim)


def test_a_criterion_not_known_shows_a_photograph_ruled_out_on_what_is_presumed() -> None:
    # Taken in 1990 by someone else, the film's owner not given: the photographer is presumed
    # to have owned it and so to be its author (reading R9; Copyright Act, ss. 10(2), 34.1).
    # A person who answered "don't know" must see that this photograph does not count, and
    # on what assumptions; a photograph Clearview did not collect is out on the facts alone,
    # and is said after it: no photograph listed goes unmentioned (a lawyer looked for one whose
    # copyright had expired, and found nothing of it, in the summary or the whole account).
    claim, determination = _rights_open([
        photograph("p1", author="other", made_on="1990"),
        photograph("p2", author="other", collected_by_clearview=False),
    ])
    assert determination.for_class("CI").outcome is ca.Outcome.UNDETERMINED
    summary = section(ca.render_summary(determination, ca.action(), claim), "Copyright Infringement Class")
    criterion = " ".join(summary[summary.index("[not known] holds copyright"):].split())
    assert "Photograph p1 (does not qualify): Clearview collected it; taken in 1990;" in criterion
    assert "assumed, as the record does not say: the photographer owned the initial negative" in criterion
    # (Who the claimant is, said by the class's first condition, is not said again here.)
    assert criterion.endswith("so the claimant does not hold the copyright in it on 2020-07-08. "
                              "Photograph p2 (does not qualify): Clearview did not collect it.")
    full = section(ca.render_text(determination, ca.action(), claim, width=None),
                   "Copyright Infringement Class")
    account = " ".join(full[full.index("[not known] holds copyright"):].split())
    assert "Photograph p1 (does not qualify):" in account
    assert "presumed, as the record is silent: the photographer owned the initial negative" in account
    assert account.index("Photograph p1 (does not qualify)") < account.index(
        "Photograph p2 (does not qualify): Clearview did not collect it.")
    # The presumption that no one ordered it speaks of anyone but the photographer (the
    # claimant too), and cites the provision it sets aside beside reading R9.
    assert "the photograph was not ordered and paid for by someone other than the photographer" \
        in account
    assert "Copyright Act, former s. 13(2)" in account.split("not ordered and paid for")[1]


def test_a_photograph_that_does_not_qualify_says_what_was_assumed_in_the_summary() -> None:
    claim = ca.read_claim(json.dumps({"claimant": copy.deepcopy(RESIDENT), "statements": dict(CLOSED),
                                      "photographs": [photograph("p1", author="other")]}))
    determination = ca.determine(claim)
    assert determination.for_class("CI").outcome is ca.Outcome.NOT_MEMBER
    summary = " ".join(section(ca.render_summary(determination, ca.action(), claim),
                               "Copyright Infringement Class").split())
    # Not met, every photograph is shown; one ruled out on what is presumed says so, as one
    # that qualifies on it does.
    assert ("Photograph p1: Clearview collected it; taken on 2017-03-04; someone else took it; "
            "the photographer is alive; it was not taken for an employer; its copyright was "
            "never transferred; assumed, as the record does not say: the photograph has one "
            "author;") in summary
    assert "(does not qualify)" not in summary  # the criterion not met says it of them all


def test_sources_are_named_by_title_and_date_and_facts_in_words_not_pointers() -> None:
    text, _ = explain([photograph("p1", author="claimant", claimant_face_appears=True)])
    assert "000_f6320da5831e1abe.txt" not in text
    assert "seeds/t-724-20.json" not in text
    assert "RCMP question-period note \"Facial Recognition Lawsuit \u2013 Clearview AI\", 2020-07-20" in text
    assert "/photographs/" not in text and "/claimant/" not in text
    assert "the claimant's face appears in it" in text


def test_one_style_of_cause_whatever_the_as_of_date() -> None:
    current = ca.action().style_of_cause[-1].title
    for as_of in ("2020-07-08", "2024-01-01"):
        text, _ = explain([photograph("p1", author="claimant")], as_of=as_of)
        assert text.splitlines()[0] == current
    assert ca.render_action(ca.action()).splitlines()[0] == current


def test_many_photographs_show_five_and_count_the_rest() -> None:
    photos = [photograph(f"p{n}", author="claimant") for n in range(1, 13)]
    text, _ = explain(photos)
    ci = section(text, "Copyright Infringement Class")
    assert ci.count("(qualifies)") == 5
    assert "... and 7 more that qualify." in ci


def test_a_transfer_is_said_as_one_phrase() -> None:
    text, determination = explain([photograph(
        "p1", author="other", author_deceased=True, author_died_on="2019-01-02",
        transfers=[{"kind": "succession", "on": "2019-01-02", "by": "photographer",
                    "to": "claimant"}],
    )])
    assert determination.for_class("CI").outcome is ca.Outcome.MEMBER
    assert ("transfer 1: a succession on a death, on 2019-01-02, by the photographer, "
            "to the claimant") in text


def test_the_json_record_keeps_pointers_item_by_item() -> None:
    _, determination = explain([photograph("p1", author="claimant"),
                                photograph("p2", author="other")])
    record = ca.determination_record(determination)
    ci = next(c for c in record["classes"] if c["class_id"] == "CI")
    finding = next(f for f in ci["findings"]
                   if f["criterion"] == "CI.holds_rights_in_collected_photograph")
    items = {item["pointer"]: item for item in finding["items"]}
    assert items["/photographs/0"]["value"] == "true"
    assert items["/photographs/1"]["value"] == "false"
    assert {"pointer": "/photographs/1/author", "status": "given"} in items["/photographs/1"]["facts"]
    assert any("14.1(1)" in r["citation"] for r in items["/photographs/0"]["reasons"])
    assert validate_determination(record) == ()


def test_explain_on_the_command_line_speaks_in_words_for_every_record(tmp_path: Path) -> None:
    """`classaction explain` on two files: each record headed, facts and sources in words."""
    first = tmp_path / "photographer.json"
    first.write_text(json.dumps({
        "claim_id": "A-1", "claimant": RESIDENT, "statements": CLOSED,
        "photographs": [photograph("p1", author="claimant")],
    }), encoding="utf-8")
    second = tmp_path / "stranger.jsonl"
    second.write_text(json.dumps({
        "claim_id": "B-2", "claimant": RESIDENT, "statements": CLOSED,
        "photographs": [photograph("p1", author="other", claimant_face_appears=True)],
    }) + "\n", encoding="utf-8")
    done = subprocess.run(
        # Named from their folder: a heading too long for a line puts the claim id on the next.
        [sys.executable, "-m", "classaction", "explain", "--full", first.name, second.name],
        capture_output=True, text=True, check=False, timeout=120, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.count("Ha Vi Doan v. His Majesty the King\n") == 2
    assert f"== {first.name}, line 1 (A-1)" in out and f"== {second.name}, line 1 (B-2)" in out
    photographer, stranger = out.split(f"== {second.name}")
    assert "Photograph p1 (qualifies): Clearview collected it; taken on 2017-03-04; " \
           "the claimant took it" in " ".join(
               section(photographer, "Copyright Infringement Class").split())
    assert "Photograph p1 (does not qualify):" in section(stranger, "Copyright Infringement Class")
    assert "someone else took it" in section(stranger, "Copyright Infringement Class")
    assert "Photograph p1 (qualifies): the claimant's face appears in it" in stranger
    assert "/photographs/" not in out and "000_f6320da5831e1abe.txt" not in out


def test_a_reading_away_from_its_default_is_said_at_the_top() -> None:
    text, _ = explain([photograph("p1", author="claimant")], R3="both")
    head = text.split("\n\n", 1)[0]
    assert "Read with R3 rights_held = both (default either): Must a member hold both copyright " \
           "and moral rights, or either?" in head
    default, _ = explain([photograph("p1", author="claimant")])
    assert "Read with" not in default


def test_a_fact_another_implies_is_said_once() -> None:
    text, _ = explain([photograph(
        "p1", author="other", made_in_course_of_employment=True, employer="claimant",
        author_deceased=True, author_died_on="2019-01-02",
    )])
    ci = section(text, "Copyright Infringement Class")
    assert "it was taken by an employee of the claimant, for the claimant" in ci
    assert "it was taken by an employee for the employer" not in ci
    assert "the photographer died on 2019-01-02" in ci and "the photographer has died" not in ci
    # A "no" is said as it is, even beside the fact it would have led to.
    text, _ = explain([photograph("p1", author="claimant", commissioned=False)], R3="both")
    assert "it was not ordered and paid for by someone other than the photographer" in text


def test_a_question_for_a_fact_no_class_needs_names_its_item() -> None:
    # Her face is in no photograph, so the Privacy Breach class is not met whatever her
    # residence; that criterion is still unknown, and what it lacks is asked as a question.
    record = {"claimant": {"kind": "natural", "born_on": "1980-05-01", "deceased": False},
              "photographs": [photograph("p1", author="other")], "statements": dict(CLOSED)}
    claim = ca.read_claim(json.dumps(record))
    determination = ca.determine(claim)
    assert determination.for_class("PB").outcome is ca.Outcome.NOT_MEMBER
    assert determination.for_class("PB").missing == ()
    text = section(ca.render_text(determination, ca.action(), claim, width=None), "Privacy Breach Class")
    assert "[not known] is a resident or citizen of Canada" in text
    assert "not known: " not in text
    assert "- During which periods was the claimant resident in Canada?" in text


def test_the_action_at_a_glance_names_its_sources_by_title() -> None:
    text = ca.render_action(ca.action())
    classes = text[text.index("Classes"):text.index("Relief sought:")]
    assert "000_f6320da5831e1abe.txt" not in classes
    assert "RCMP question-period note" in classes
    # The sources list gives the title, then the file, so that it can be found.
    assert ('RCMP question-period note "Facial Recognition Lawsuit \u2013 Clearview AI", '
            "2020-07-20 (000_f6320da5831e1abe.txt)") in " ".join(text.split())


def test_a_fact_proved_by_a_document_says_so() -> None:
    photo = photograph("p1", author="claimant", claimant_face_appears=True,
                       proof={"claimant_face_appears": "document"})
    text, _ = explain([photo])
    assert "the claimant's face appears in it (shown by a document)" in text


def test_a_label_says_what_the_readings_test() -> None:
    text, _ = explain([photograph("p1", author="claimant")], R3="both")
    assert "] holds both copyright and moral rights (R3) in one photograph collected by " \
           "Clearview" in text
    text, _ = explain([photograph("p1", author="claimant")], R5="licensed_ncecc")
    assert "] had a photograph of them used by the RCMP's NCECC, under a paid licence (R5), " \
           "to use Clearview's services" in text
    text, _ = explain([photograph("p1", author="claimant")], R2="any_time_up_to_as_of")
    assert "] was a resident or citizen of Canada at some time up to the as-of date (R2)" in text


def test_a_question_after_one_of_several_answers_is_not_joined_with_if_so() -> None:
    claim = ca.read_claim(json.dumps({"photographs": [{"id": "p1", "author": "claimant"}]}))
    text = ca.render_text(ca.determine(claim, ca.Readings(presumptions=ca.Presumptions.STRICT)),
                          ca.action(), claim, width=None)
    owner = "the claimant, the photographer, or someone else? [not given] "
    assert owner + "Depending on the answer: Was the owner of the initial negative" in text
    assert owner + "If so" not in text
    # A yes or no question keeps "If so".
    assert "Has the owner of the initial negative of photograph p1 died? [not given] If so: " in text


def test_with_nothing_listed_no_question_says_apart_from_the_listed(tmp_path: Path) -> None:
    claim = ca.read_claim("{}")
    text = ca.render_text(ca.determine(claim), ca.action(), claim, width=None)
    assert "Apart from any" not in text
    assert "Does a photograph collected by Clearview show the claimant's face?" in text
    # A question that presupposes another comes with it, not on its own line; a date of which
    # only one side of one day matters is asked as that side.
    assert "Has the claimant died? [not given] If so: Did the claimant die before 8 July 2020?" in text
    assert "Was the claimant born on or before 8 July 2020? [not given]" in text
    assert not re.search(r"\n +\d+\. Did the claimant die", text)
    # The claims administrator's CSV joins them the same way (EX-015: only the death is open).
    record = tmp_path / "ex-015.json"
    record.write_text(
        (Path(__file__).parents[1] / "examples" / "claims.jsonl").read_text("utf-8").splitlines()[14],
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "classaction", "classify", str(record), "--format", "csv"],
        capture_output=True, text=True, check=False, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Has the claimant died? If so: Did the claimant die before 8 July 2020?" in done.stdout


# --- the explanation that fits a screen (classaction explain) --------------------------------

EXAMPLES = Path(__file__).parents[1] / "examples" / "claims.jsonl"


def _summaries(width: int = 80) -> list[str]:
    texts = []
    for line in EXAMPLES.read_text("utf-8").splitlines():
        claim = ca.read_claim(line)
        texts.append(ca.render_summary(ca.determine(claim), ca.action(), claim, width))
    return texts


def test_the_summary_fits_one_screen_and_80_columns_for_every_bundled_claimant() -> None:
    for text in _summaries():
        lines = text.splitlines()
        assert max(len(line) for line in lines) <= 80, max(lines, key=len)
        assert len(lines) <= 46, len(lines)  # 45 before the line that says classes are proposed
    typical = sorted(len(text.splitlines()) for text in _summaries())
    assert typical[len(typical) // 2] <= 40  # the typical claimant: one screen


def test_the_summary_says_per_class_the_outcome_each_verdict_and_what_decided_it() -> None:
    claim = ca.read_claim(EXAMPLES.read_text("utf-8").splitlines()[1])  # EX-002
    text = ca.render_summary(ca.determine(claim), ca.action(), claim)
    assert "Targeted Individuals Class: MEMBER" in text
    assert "[met] had a photograph used by the RCMP to use Clearview's services" in text
    assert "Police use 1 (of photograph p1): by the RCMP; a search of Clearview's\n" in text
    # What every class shares is said once: the existence of the person on the as-of date.
    assert text.count("born on 1985-03-02") == 2  # the natural-person classes, and CI's own
    assert "(as for the Privacy Breach Class)" in " ".join(text.split())
    # No rule or citation: those are for --full.
    assert "Copyright Act" not in text and "rule:" not in text
    assert "classaction explain --full" in text


def test_the_summary_ends_with_the_questions_that_settle_what_is_open_naming_the_classes() -> None:
    claim = ca.read_claim(json.dumps({"claimant": {"kind": "natural", "born_on": "1988"}}))
    text = ca.render_summary(ca.determine(claim), ca.action(), claim)
    asked = " ".join(text[text.index("To settle what is still open"):].split())
    # Every class, said so, not named one by one (a trial's result ran past what was read).
    assert ("Has the claimant died? If so: Did the claimant die before 8 July 2020? (for "
            "every class)") in asked
    assert asked.index("1. ") < asked.index("2. ")
    # One list, not one per class: a question is asked once.
    assert text.count("Has the claimant died?") == 1


def test_the_full_account_keeps_every_rule_and_source_and_wraps_too() -> None:
    claim = ca.read_claim(EXAMPLES.read_text("utf-8").splitlines()[1])
    determination = ca.determine(claim)
    full = ca.render_text(determination, ca.action(), claim, width=80)
    assert "rule:" in full and "Copyright Act, R.S.C. 1985, c. C-42" in full
    assert max(len(line) for line in full.splitlines()) <= 80
    # Unwrapped (width=None), its words are the same.
    unwrapped = ca.render_text(determination, ca.action(), claim, width=None)
    assert " ".join(full.split()) == " ".join(unwrapped.split())


def test_explain_wraps_to_the_width_asked_and_full_gives_the_whole_account(tmp_path: Path) -> None:
    record = tmp_path / "claim.json"
    record.write_text(EXAMPLES.read_text("utf-8").splitlines()[1], encoding="utf-8")
    # (72: the record's digest is one word of 71 characters.)
    for args, width in (([], 80), (["--width", "72"], 72), (["--full", "--width", "100"], 100)):
        done = subprocess.run(
            [sys.executable, "-m", "classaction", "explain", *args, str(record)],
            capture_output=True, text=True, check=False, timeout=120,
        )
        assert done.returncode == 0, done.stderr
        # The record's heading names its file, whose path is the user's own.
        body = [line for line in done.stdout.splitlines() if not line.startswith("== ")]
        assert max(len(line) for line in body) <= width
        assert ("rule:" in done.stdout) == ("--full" in args)
    narrow = subprocess.run(
        [sys.executable, "-m", "classaction", "explain", "--width", "20", str(record)],
        capture_output=True, text=True, check=False, timeout=120,
    )
    assert narrow.returncode == 2 and "--width" in narrow.stderr


def test_the_full_form_says_what_the_short_form_concludes_of_an_item_still_open() -> None:
    # EX-010 ordered a photograph someone else took, on a day not given: its copyright is
    # open, but that the claimant does not hold its moral rights is settled, and the short
    # form says so; the whole account must too, with the rule and its source.
    from classaction.present.text import SUMMARY_ITEMS

    examples = Path(__file__).resolve().parents[1] / "examples"
    record = (examples / "claims.jsonl").read_text("utf-8").splitlines()[9]
    claim = ca.read_claim(record)
    assert claim.claim_id == "EX-010"
    determination = ca.determine(claim)
    full = " ".join(ca.render_text(determination, ca.action(), claim, width=None).split())
    short = " ".join(ca.render_summary(determination, ca.action(), claim).split())
    settled = "so the claimant does not hold the moral rights in it on 2020-07-08"
    assert settled in short
    ci = full[full.index("Copyright Infringement Class:"):full.index("Readings used")]
    assert f"{settled} (Copyright Act, R.S.C. 1985, c. C-42, ss. 14.1, 14.2" in ci
    assert ci.index(settled) < ci.index("not known yet: - Was photograph p1 ordered before")

    # Every conclusion the short form states of an item, the full form states, in every example
    # and every action.
    for claim, bundle, determination in _every_example_in_every_action():
        full = " ".join(ca.render_text(determination, bundle.action, claim, width=None).split())
        for cls in determination.classes:
            for finding in cls.findings:
                shown = [item for item in finding.items if finding.value is ca.Tri.FALSE
                         or item.value is finding.value][:SUMMARY_ITEMS]
                for item in shown:
                    for reason in item.reasons:
                        if reason.text.startswith("so "):
                            assert " ".join(reason.text.split()) in full, (
                                claim.claim_id, bundle.id, cls.class_id, reason.text)


def test_what_was_presumed_to_settle_part_of_an_item_still_open_is_said() -> None:
    """A lawyer read "so the claimant does not hold the copyright" of a photograph whose
    photographer had died, the claimant their heir: that the copyright was never transferred
    was presumed (reading R9), and neither form said so."""
    claim = ca.claim_from_record({
        "claimant": {"kind": "natural", "born_on": "1960-01-01", "deceased": False},
        "photographs": [{
            "id": "p1", "collected_by_clearview": True, "author": "other",
            "made_on": "2005-04-04", "author_deceased": True, "author_died_on": "2015-03-03",
        }],
        "statements": {"holds_rights_in_unlisted_collected_photograph": False},
    })
    determination = ca.determine(claim)
    assert determination.outcomes["CI"] is ca.Outcome.UNDETERMINED
    short = " ".join(ca.render_summary(determination, ca.action(), claim).split())
    full = " ".join(ca.render_text(determination, ca.action(), claim, width=None).split())
    short_ci = short[short.index("Copyright Infringement Class:"):]
    assert "the copyright was never transferred" in short_ci
    # What is settled, then what was assumed, in a sentence of its own.
    assert ("so the claimant does not hold the copyright in it on 2020-07-08. Assumed, as the "
            "record does not say: the photographer owned the initial negative") in short_ci
    full_ci = full[full.index("Copyright Infringement Class:"):full.index("Readings used")]
    # The whole account: the conclusion, then what was presumed, as of an item decided.
    item = full_ci[full_ci.index("Photograph p1 (not known yet)"):full_ci.index("not known yet: -")]
    assert "so the claimant does not hold the copyright in it on 2020-07-08" in item
    assert "presumed, as the record is silent:" in item and "never transferred" in item
    # What is still open of it is asked, as before.
    assert "Since the death of the author of photograph p1" in full_ci


def _every_example_in_every_action() -> Iterator[tuple[ca.Claim, Any, ca.Determination]]:
    """Each bundled example claim (claims.jsonl, family.jsonl) determined by each action."""
    from classaction import actions

    examples = Path(__file__).resolve().parents[1] / "examples"
    lines = (examples / "claims.jsonl").read_text("utf-8").splitlines()
    lines += (examples / "family.jsonl").read_text("utf-8").splitlines()
    for line in lines:
        claim = ca.read_claim(line)
        for bundle in actions.bundles().values():
            if bundle.id in ("T-724-20", "T-713-20", "MDL-2967"):
                yield claim, bundle, bundle.determine(claim)


# A reading named by number, not followed by words of its own ("reading R3: a legal person ...").
_BARE = re.compile(r"\breadings? (R\d+(?:(?:, | and )R\d+)*)(?![\d:])")


def test_a_reading_is_named_by_what_it_decides_not_by_its_number_alone() -> None:
    # "resident or citizen on 2020-07-08 (readings R1, R2)" told a person nothing: each reading
    # comes with its question and the answer read, by default or as chosen, where an
    # explanation first names it (by its number after: a lawyer reads it once).
    text, _ = explain([photograph("p1", author="claimant", claimant_face_appears=True)])
    pb = " ".join(section(text, "Privacy Breach Class").split())
    assert ("rule: resident or citizen on 2020-07-08 (readings R1 and R2: On what date are the "
            "present-tense statuses (\"are residents or citizens\", \"holding\") assessed? By "
            "default, the date the action was filed. When must the person have been a resident "
            "or citizen of Canada? By default, on the as-of date)") in pb
    chosen, _ = explain([photograph("p1", claimant_face_appears=True)],
                        R2="any_time_up_to_as_of")
    assert "Canada? As chosen, at any time up to the as-of date)" in " ".join(chosen.split())

    from classaction.present.text import render_summary, short_reason

    for claim, bundle, determination in _every_example_in_every_action():
        questions = {spec.id: spec.question for spec in bundle.action.readings}
        texts = [ca.render_text(determination, bundle.action, claim, width=None),
                 render_summary(determination, bundle.action, claim, None)]
        texts += [short_reason(c, bundle.action, determination.as_of, claim,
                               determination.readings) for c in determination.classes]
        for said in texts:
            assert "the date reading" not in said
            read = ""  # a reading is put in words where the text first names it
            for text_line in said.splitlines():
                read += text_line + "\n"
                for match in _BARE.finditer(text_line):
                    for reading_id in re.findall(r"R\d+", match[1]):
                        assert questions[reading_id] in read, (
                            claim.claim_id, bundle.id, text_line)


def test_a_fact_open_in_a_decided_class_is_asked_as_its_action_asks_it() -> None:
    """A company is in no class of MDL-2967, and whether it resided in the United States stays
    open: the whole account asks that of the United States, as the settlement's questions do,
    not of Canada as the record's field does; and a list the record leaves empty is not
    "apart from any photographs listed"."""
    from classaction import actions

    claim = ca.read_claim('{"claim_id": "CO-1", "claimant": {"kind": "legal"}, "photographs": []}')
    mdl = actions.get("MDL-2967")
    determination = mdl.determine(claim, mdl.readings())
    assert all(not cls.missing for cls in determination.classes)  # the questions come from the rules
    text = ca.render_text(determination, mdl.action, claim, width=None)
    assert "[not known] resides or resided in the United States" in text
    assert ("During which periods was the claimant resident in the United States, and in which "
            "state or province?") in text
    assert "resident in Canada" not in text
    assert "Is or was an image of the claimant's face, or biometric data of the claimant" in text
    assert "Apart from any photographs listed" not in text


def test_a_copyright_inherited_says_why_it_is_not_one_assigned() -> None:
    """T-713-20: a photograph whose copyright came to the claimant by a succession on a death
    does not qualify under reading R16's default; the full account says why, with the rule's
    source, and under R16 = yes, where an heir counts, it does not say so."""
    from classaction import actions

    bundle = actions.get("T-713-20")
    claim = ca.read_claim(EXAMPLES.read_text("utf-8").splitlines()[10])  # EX-011: an heir
    said = "a copyright inherited is not one assigned or licensed (reading R16"

    def account(readings: Any) -> str:
        determination = bundle.determine(claim, readings)
        return " ".join(ca.render_text(determination, bundle.action, claim, width=None).split())

    text = account(bundle.readings())
    assert "transfer 1: a succession on a death, to the claimant. rule: " + said in text
    assert "Copyright Act, R.S.C. 1985, c. C-42, s. 13(4)" in text[text.index(said):]
    assert said not in account(bundle.readings().with_values({"heir_as_grantee": "yes"}))


def test_a_grant_made_after_the_author_assigned_it_all_says_none_was_left() -> None:
    """T-713-20: a licence from a photographer who had already assigned the whole copyright to
    someone else passed nothing (s. 13(4)); the account says so where the grant is read, and
    the rule's source in full. Granted first, the licence counts, and nothing of the kind is
    said."""
    from conftest import load_cases

    from classaction import actions

    bundle = actions.get("T-713-20")
    cases = {case["name"]: case for case in load_cases("t-713-20.json")}
    said = "so the author no longer owned the copyright when making this grant, having assigned it"

    def account(name: str) -> str:
        claim = ca.structure(cases[name]["claim"], ca.Claim)
        determination = bundle.determine(claim)
        return " ".join(ca.render_text(determination, bundle.action, claim, width=None).split())

    text = account("doan-licensee-after-the-author-assigned-it-all")
    assert said in text
    assert "a transfer passes only what the transferor owns" in text[text.index(said):]
    assert said not in account("doan-licensee-before-the-author-assigned-it-all")


def test_a_period_the_list_may_lack_is_asked_as_the_list_is_not_as_a_dash() -> None:
    """MDL-2967's account of a Canadian company, which is no individual, said of its residence
    in the United States "not known yet: - not known: -": a period the list of residence may
    lack, of a class decided on another condition. Asked as the list is, of the United
    States; no account of the cases says it."""
    from conftest import load_cases

    from classaction import actions

    bundle = actions.get("MDL-2967")
    said = []
    for name in ("t-713-20.json", "mdl-2967.json"):
        for case in load_cases(name):
            claim = ca.structure(case["claim"], ca.Claim)
            text = ca.render_text(bundle.determine(claim), bundle.action, claim, width=None)
            assert "not known: -" not in text, case["name"]
            said.append(" ".join(text.split()))
    asked = ("not known yet: - During which periods was the claimant resident in the United "
             "States, and in which state or province? (If never, answer none.)")
    assert any(asked in text for text in said)


def test_the_claimant_s_exclusive_licence_says_the_reading_that_it_does_not_count() -> None:
    """A trial's lawyer read, of the claimant's own exclusive licence, "so the claimant does
    not hold the copyright in it" and no word of why: reading R27's default, that an exclusive
    licensee does not hold the copyright, is said as a conclusion, which the short form shows.
    Under R27 = holder it is not said (the claimant holds it)."""
    record = {
        "claimant": copy.deepcopy(RESIDENT), "statements": dict(CLOSED),
        "photographs": [photograph("lake", author="other", commissioned=False, transfers=[
            {"kind": "exclusive_licence", "on": "2018-03-01", "by": "photographer",
             "to": "claimant", "signed_writing": True},
        ])],
    }
    claim = ca.read_claim(json.dumps(record))
    said = "so the claimant's exclusive licence does not count as holding the copyright (reading R27"
    short = " ".join(ca.render_summary(ca.determine(claim), ca.action(), claim, width=None).split())
    assert said in short
    held = ca.determine(claim, ca.Readings().with_values({"exclusive_licensee": "holder"}))
    assert said not in " ".join(ca.render_text(held, ca.action(), claim, width=None).split())


def test_a_fact_of_another_item_names_it_and_an_item_not_mentioned_is_not_listed() -> None:
    # A police use of photograph p1, whose face fact the Targeted Individuals rule reads: it is
    # said of photograph p1, not of an "it" nothing names. With no statement about other uses,
    # an RCMP use not listed was never mentioned: "[not listed]", not "mentioned but not
    # described"; when the claimant states there was another, it is mentioned.
    record: dict[str, Any] = {
        "claimant": {"kind": "natural", "born_on": "1988", "deceased": False},
        "photographs": [{"id": "p1", "collected_by_clearview": True, "claimant_face_appears": False}],
        "police_uses": [{"photograph": "p1", "agency": "rcmp", "used_on": "2020"}],
    }
    claim = ca.read_claim(json.dumps(record))
    text = ca.render_text(ca.determine(claim), ca.action(), claim, width=None)
    ti = " ".join(section(text, "Targeted Individuals Class").split())
    assert "other facts: photograph p1: the claimant's face does not appear in it." in ti
    assert "If so: Describe any other RCMP use" in ti
    assert "[not listed]" in ti and "mentioned but not described" not in ti
    record["statements"] = {"rcmp_used_unlisted_photograph_of_claimant": True}
    claim = ca.read_claim(json.dumps(record))
    text = ca.render_text(ca.determine(claim), ca.action(), claim, width=None)
    ti = " ".join(section(text, "Targeted Individuals Class").split())
    assert "[mentioned but not described]" in ti


def test_a_photograph_s_author_periods_are_said_as_the_author_s() -> None:
    # T-713-20 reads where a photograph's author lived: said "the author resident of Canada
    # since 1999" in the photograph's facts, not "author residence: 1" beside a bare "from 1999;
    # still going on" that reads as the claimant's (a company's, here).
    from classaction.actions import get

    bundle = get("T-713-20")
    claim = ca.read_claim(json.dumps({
        "claimant": {"kind": "legal"},
        "photographs": [{
            "id": "storefront", "collected_by_clearview": True, "author": "other",
            "made_on": "2015", "author_residence": [{"start": "1999", "ongoing": True}],
            "transfers": [{"kind": "assignment", "on": "2016", "by": "photographer",
                           "to": "claimant", "signed_writing": True}],
        }],
        "statements": {"authored_unlisted_collected_photograph": False},
    }))
    determination = bundle.determine(claim, bundle.readings())
    text = " ".join(ca.render_summary(determination, bundle.action, claim).split())
    assert "the author resident of Canada since 1999" in text
    assert "author residence: 1" not in text
    assert "from 1999; still going on" not in text


_POINTED = re.compile(r"answer questions? ([\d, and]+) below", re.IGNORECASE)
_ASKED = re.compile(r"^  (\d+)\. (.*?) \(for (.*)\)$")


def _summary_parts(text: str) -> tuple[dict[str, list[str]], dict[int, str]]:
    """A summary's lines (not wrapped) by class, and its numbered questions, each with the
    classes it serves."""
    classes: dict[str, list[str]] = {}
    asked: dict[int, str] = {}
    current = None
    for line in text.splitlines():
        found = _ASKED.match(line)
        if found:
            asked[int(found[1])] = found[3]
        elif re.match(r"^\S.*: (MEMBER|NOT A MEMBER|UNDETERMINED|ELIGIBLE|NOT ELIGIBLE)", line):
            current = line.split(":")[0]
            classes[current] = []
        elif not line:
            current = None
        elif current is not None:
            classes[current].append(line)
    return classes, asked


def test_a_condition_not_known_points_to_the_questions_that_settle_it() -> None:
    """A condition not known reads as open, not as decided by the facts shown beside it ("is
    18 or older when claiming: born in 2006" told nothing of why it is not known): it points
    to the numbered questions below that ask its missing facts, each one serving its class;
    and a condition no answer could make count (in a class already decided, or in a limb that
    fails on another condition) says it is not needed, with none of its facts or items."""
    from classaction import actions
    from classaction.present.text import render_summary

    us = ca.read_claim(json.dumps({
        "claim_id": "US-1",
        "claimant": {"kind": "natural", "born_on": "2006", "residence": [
            {"start": "2010", "ongoing": True, "country": "US", "subdivision": "US-IL"}]},
        "photographs": [{"id": "p1", "claimant_face_appears": True,
                         "collected_by_clearview": True, "made_on": "2016"}],
    }))
    mdl = actions.get("MDL-2967")
    determination = mdl.determine(us, mdl.readings())
    text = render_summary(determination, mdl.action, us, None)
    assert max(map(len, render_summary(determination, mdl.action, us, 80).splitlines())) <= 80
    classes, asked = _summary_parts(text)
    eligibility = classes["Eligibility to claim a Settlement Payment"]
    age = next(line for line in eligibility if "18 or older" in line)
    assert "born in 2006. Answer question" in age
    pointed = 0
    for name, lines in classes.items():
        for line in lines:
            found = _POINTED.search(line)
            if found:
                assert line.lstrip().startswith("[not known]"), line
                for number in re.findall(r"\d+", found[1]):
                    pointed += 1
                    assert name.removesuffix(" Class") in asked[int(number)] or \
                        asked[int(number)] == "every class", (name, line)
    assert pointed >= 8
    # Born in 2006, the age turns on when the claim was made: the question it points to asks it.
    found = _POINTED.search(age)
    assert found is not None
    pointed_to = [text.split(f"\n  {n}. ")[1] for n in re.findall(r"\d+", found[1])]
    assert any(q.startswith("Which claims for payment has the claimant filed") for q in pointed_to)

    company = ca.read_claim(json.dumps({
        "claim_id": "CO-1", "claimant": {"kind": "legal"},
        "photographs": [{"id": "p1", "collected_by_clearview": True, "made_on": "2016"}],
    }))
    for bundle_id, class_name in (("T-724-20", "Privacy Breach Class"),
                                  ("T-713-20", "Authors and Grantees Class [paraphrase]")):
        bundle = actions.get(bundle_id)
        determination = bundle.determine(company, bundle.readings())
        text = render_summary(determination, bundle.action, company, None)
        classes, _ = _summary_parts(text)
        lines = classes[class_name]
        moot = [i for i, line in enumerate(lines) if line.endswith("not needed to decide this class.")]
        assert moot, lines
        for i in moot:
            assert lines[i].lstrip().startswith("[not known]")
            # Nothing of it follows: the next line is another condition, an alternative, or the end.
            assert i + 1 == len(lines) or lines[i + 1].lstrip().startswith(("[", "Second alternative"))
    t_724_20 = actions.get("T-724-20")
    pb = _summary_parts(render_summary(
        t_724_20.determine(company), t_724_20.action, company, None,
    ))[0]["Privacy Breach Class"]
    assert not any("Photograph p1" in line for line in pb), pb


def test_a_person_reads_a_source_by_its_title_not_by_a_key_or_a_file_of_code() -> None:
    """'(Summary notice of 2024-07-25 (reference summary-notice))' and '(schemas/README.md,
    "Versions"; records/claim.py, CANADA)' were what a lawyer read in the whole account: a
    reference of the seed is read by its title, as where the words tested are cited, and the
    record's convention by the schema that states it."""
    from classaction import actions

    for line in EXAMPLES.read_text("utf-8").splitlines()[:12]:
        claim = ca.read_claim(line)
        for action_id in ("MDL-2967", "T-713-20", "T-724-20"):
            bundle = actions.get(action_id)
            text = ca.render_text(bundle.determine(claim, bundle.readings()), bundle.action, claim,
                                  width=None)
            assert "(reference " not in text and "records/claim.py" not in text, action_id
            if action_id == "MDL-2967":
                assert "Summary notice of 2024-07-25" not in text
                assert "Claim-form instructions, settlement website" not in text


def test_an_item_not_listed_is_asked_as_itself_and_joined_to_the_statement_it_presupposes() -> None:
    """A company's Targeted Individuals class is decided (not a natural person), and its other
    condition's facts are still listed as not known: the RCMP use not listed read "not known:
    -", a pointer's last part. It is asked as the list of questions asks it, after the
    statement that presupposes it ("If so: Describe any other RCMP use ...")."""
    record = {"claimant": {"kind": "legal"},
              "statements": {"unlisted_collected_photograph_depicts_claimant": True}}
    claim = ca.read_claim(json.dumps(record))
    determination = ca.determine(claim)
    assert determination.outcomes["TI"] is ca.Outcome.NOT_MEMBER
    text = section(ca.render_text(determination, ca.action(), claim, width=None),
                   "Targeted Individuals Class")
    assert ": -" not in text and "not known: -" not in text
    said = " ".join(text.split())
    # None listed: "the" RCMP use, not "any other" (a trial's developer read "other" of none).
    assert ("Did the RCMP use a photograph of the claimant to search Clearview's service? If so: "
            "Describe the RCMP use of a photograph of the claimant that may qualify") in said
    natural = ca.read_claim(json.dumps({"claimant": {"kind": "natural", "born_on": "1980"}}))
    (unlisted,) = [f for f in ca.determine(natural).for_class("TI").missing
                   if f.pointer == "/police_uses/-"]
    assert unlisted.question.startswith("Describe the RCMP use of a photograph of the claimant")


def test_the_brackets_after_each_question_of_the_whole_account_are_said_once() -> None:
    text = ca.render_text(ca.determine(ca.read_claim(json.dumps({"claimant": {}}))), ca.action())
    assert "[not given]" in text
    assert "in brackets, why the record does not answer it yet" in " ".join(text.split())


def test_a_state_is_named_in_words_not_by_its_code() -> None:
    """A period in Washington read "in US-WA": only six states and three provinces had names."""
    from classaction import actions

    record = {"claimant": {"kind": "natural", "residence": [
        {"start": "2010", "ongoing": True, "country": "US", "subdivision": "US-WA"},
        {"start": "2001", "end": "2009", "country": "CA", "subdivision": "CA-NS"},
    ]}}
    bundle = actions.get("MDL-2967")
    claim = ca.read_claim(json.dumps(record))
    text = ca.render_text(bundle.determine(claim, bundle.readings()), bundle.action, claim, width=None)
    assert "in Washington" in text and "US-WA" not in text
    assert "Nova Scotia" in text and "CA-NS" not in text


# A claimant who took a photograph Clearview collected and died before the as-of date.
DIED_2019 = {
    "claimant": {"kind": "natural", "born_on": "1950-02-01", "deceased": True,
                 "died_on": "2019-05-01"},
    "photographs": [{"id": "selfie", "collected_by_clearview": True, "author": "claimant",
                     "made_on": "2012-05-01"}],
    "statements": dict(CLOSED),
}


def test_a_claimant_who_died_before_the_as_of_date_is_not_said_to_hold_rights_on_it() -> None:
    """A claimant who took a photograph and died in 2019 was said to hold its moral rights on
    2020-07-08, beside a rule that they pass on the author's death. They hold none on it; the
    class fails on its first condition all the same, and a claimant alive, or whose death is
    not known, is read as before."""
    record = copy.deepcopy(DIED_2019)
    claim = ca.read_claim(json.dumps(record))
    determination = ca.determine(claim)
    ci = determination.for_class("CI")
    assert ci.outcome is ca.Outcome.NOT_MEMBER
    assert [f.value for f in ci.findings] == [ca.Tri.FALSE, ca.Tri.FALSE]
    text = " ".join(section(ca.render_text(determination, ca.action(), claim, width=None),
                            "Copyright Infringement Class").split())
    assert "holds the moral rights" not in text and "holds the copyright" not in text
    # "any": said of a claimant who may have held neither (a trial's lawyer read "the moral
    # rights passed on the death" of one whose photographs someone else took).
    assert "a claimant who died before 2020-07-08 holds no right on that day: any moral rights " \
           "they held passed on the death, any copyright to the estate (Copyright Act, R.S.C. " \
           "1985, c. C-42, s. 14.2(2);" in text
    # What does not pass is the claimant's place in the class; an heir is a person of their own
    # (a trial's lawyer read "do not reach a deceased person's estate or heirs" as if no heir
    # could be a member).
    assert "a member's place in the class does not pass to the estate or heirs (an heir who now " \
           "holds rights of their own is a person of their own, on a record of their own)" in text
    assert "do not reach" not in text
    # Death not stated: the rights are worked out as before (the first condition asks it).
    alive = copy.deepcopy(record)
    del alive["claimant"]["deceased"], alive["claimant"]["died_on"]
    living = ca.determine(ca.read_claim(json.dumps(alive))).for_class("CI")
    assert [f.value for f in living.findings] == [ca.Tri.UNKNOWN, ca.Tri.TRUE]


def test_a_death_without_the_proof_reading_r8_asks_leaves_the_rights_as_before() -> None:
    """Under R8 = document, a death stated without its document is not taken: the first
    condition is open, and the rights are worked out as for a claimant not known dead, not
    found held by no one (which made the class NOT_MEMBER where it is open)."""
    record = copy.deepcopy(DIED_2019)
    claim = ca.read_claim(json.dumps(record))
    ci = ca.determine(claim, ca.Readings().with_values({"proof": "document"})).for_class("CI")
    assert ci.findings[0].value is ca.Tri.UNKNOWN
    assert ci.findings[1].value is not ca.Tri.FALSE
    assert ci.outcome is not ca.Outcome.NOT_MEMBER


def test_words_not_found_are_not_quoted_nor_said_to_be_their_sources() -> None:
    """A lawyer read the inferred Virginia Subclass, in quotation marks and followed by its
    sources, as those sources' words; and a reason said "in US-VA"."""
    from classaction import actions

    bundle = actions.get("MDL-2967")
    claim = ca.claim_from_record({
        "schema_version": 2, "claimant": {
            "kind": "natural", "born_on": "1988", "deceased": False,
            "residence": [{"start": "1988", "ongoing": True, "country": "US",
                           "subdivision": "US-IL"}],
            "residence_complete_for": ["US"],
        },
    })
    full = ca.render_text(bundle.determine(claim), bundle.action, claim, width=None)
    virginia = section(full, "Virginia Subclass [inferred]")
    assert "The class: \"" not in virginia
    assert "The class [inferred], not in its own words: all individuals who reside" in virginia
    assert "the words tested [inferred]: who reside or resided in the state of Virginia (after" \
        in virginia
    assert "\"reside or resided\" in Virginia" in virginia and "US-VA" not in virginia
    # New York's first words are the notice's own (a criterion's span is verbatim): quoted.
    assert "the words tested: \"all individuals\"" in section(full, "New York Subclass [inferred]")
    # A class in its own words is quoted as before.
    assert "The class: \"all individuals who reside or resided in the state of Illinois" in full
    paraphrase = section(ca.render_text(
        actions.get("T-713-20").determine(claim), actions.get("T-713-20").action, claim
    , width=None), "Authors and Grantees Class [paraphrase]")
    assert "The class [paraphrase], not in its own words: " in paraphrase
    assert "the words tested: \"" not in paraphrase


def test_a_waiver_the_reading_still_counts_as_held_is_said() -> None:
    """Under R7 = held a waiver changes nothing, and was not read: the account said the author
    holds the moral rights with no word of the waiver the record states."""
    sold = [{"kind": "assignment", "on": "2017-06-01", "by": "claimant", "to": "other",
             "extent": "whole", "signed_writing": True}]
    waived = [photograph("land", author="claimant", moral_rights_waived=True, transfers=sold)]
    text, determination = explain(waived, waived_moral_rights="held")
    assert determination.outcomes["CI"] is ca.Outcome.MEMBER
    rights = section(text, "Copyright Infringement Class")
    assert "rule: the moral rights were waived, and a waived moral right is still held" in rights
    assert "reading R7" in rights
    # Under the default the waiver decides, and is said so.
    text, determination = explain(waived)
    assert determination.outcomes["CI"] is ca.Outcome.NOT_MEMBER
    assert "still held" not in text
    # Not waived: nothing said of a waiver under either reading.
    kept = [photograph("land", author="claimant", moral_rights_waived=False, transfers=sold)]
    assert "still held" not in explain(kept, waived_moral_rights="held")[0]


def test_a_term_that_ended_is_said_in_the_summary_not_the_death_alone() -> None:
    """"the photographer died on 1971-06-01; so the claimant does not hold the moral rights"
    read as if the death defeated the heir: the term's end (2021-12-31) is the reason."""
    inherited = [{"kind": "succession", "on": "1971-06-01", "by": "photographer",
                  "to": "claimant"}]
    old = [photograph("old", made_on="1960", author="other", author_deceased=True,
                      author_died_on="1971-06-01", transfers=inherited,
                      moral_rights_heir="claimant")]
    from classaction.present.text import render_summary

    text, determination = explain(old, as_of="2023-01-15")
    assert determination.outcomes["CI"] is ca.Outcome.NOT_MEMBER
    claim = ca.read_claim(json.dumps({"claimant": RESIDENT, "photographs": old,
                                      "statements": CLOSED}))
    summary = render_summary(determination, ca.action(), claim, None)
    said = " ".join(section(summary, "Copyright Infringement Class").split())
    assert "died on 1971-06-01; so its term of copyright had ended before 2023-01-15; so the " \
        "claimant does not hold the moral rights" in said
    assert "to 2021-12-31" in text  # the end of the term, in the full account's rule
    # Still running on 2020-07-08 (the default as-of date): nothing said to have ended.
    text, determination = explain(old)
    assert determination.outcomes["CI"] is ca.Outcome.MEMBER
    assert "had ended" not in text


def test_each_reading_used_stays_whole_on_its_line() -> None:
    """"R7" was left at the end of a line, its name and value on the next (a lawyer)."""
    claim = ca.read_claim(EXAMPLES.read_text("utf-8").splitlines()[1])
    determination = ca.determine(claim)
    for width in (40, 60, 80):
        full = ca.render_text(determination, ca.action(), claim, width=width)
        used = full[full.index("Readings used"):].split("\nclassaction ")[0]
        for number in range(1, 11):
            assert re.search(rf"(^|[,:] )R{number} [a-z_]+ = [^,\n]+(,|$)", used, re.M), (width, number)
        assert "\u00a0" not in full
    assert "\u00a0" not in ca.render_text(determination, ca.action(), claim, width=None)


def test_a_reading_that_rules_an_item_out_is_said_in_the_short_form() -> None:
    """A lawyer read "Photograph dad (does not qualify): ... transfer 1: a succession on a death,
    by the photographer, to the claimant" with no reason: the reading that decides it (R16, an
    heir is no grantee) was in the whole account alone."""
    from classaction import actions

    bundle = actions.get("T-713-20")
    claim = ca.claim_from_record({
        "claimant": copy.deepcopy(RESIDENT),
        "photographs": [{
            "id": "dad", "collected_by_clearview": True, "author": "other",
            "author_residence": [{"start": "1940-01-01", "end": "2015-03-03"}],
            "transfers": [{"kind": "succession", "on": "2015-03-03", "by": "photographer",
                           "to": "claimant"}],
        }],
        "statements": {"authored_unlisted_collected_photograph": False,
                       "received_grant_in_unlisted_collected_photograph": False},
    })
    determination = bundle.determine(claim, bundle.readings())
    short = " ".join(ca.render_summary(determination, bundle.action, claim).split())
    assert "a copyright inherited is not one assigned or licensed (reading R16" in short
    # Not of an item that qualifies, nor "either right suffices" of one in which none is held.
    assert "holding either right suffices" not in " ".join(
        ca.render_summary(ca.determine(claim), ca.action(), claim).split()
    )


def test_explain_says_where_each_proceeding_stands_and_that_proposed_classes_are_proposed() -> None:
    """A lawyer's trial read "MEMBER" of classes no court has certified, and nothing of where
    each proceeding stood: --full says its last recorded step, from the action's own events,
    with its sources (the summary too, of an action not proposed); both say that a proposed
    class is one."""
    from classaction import actions
    from classaction.present.text import render_summary, render_text

    proposed = "Its classes are proposed: no source held says a court certified them."
    claim = ca.read_claim(EXAMPLES.read_text().splitlines()[0])
    for bundle in actions.bundles().values():
        action = bundle.action
        last = action.procedural_events[-1]
        determination = bundle.determine(claim)
        full = " ".join(render_text(determination, action, claim).split())
        when = ("since " if last.on.endswith("/..") else "") + last.on.split("/")[0]
        assert f"Where it stands ({when}" in full
        assert last.description.rstrip(".")[:40] in full
        assert action.cite_for_reader(last.sources) in full
        summary = " ".join(render_summary(determination, action, claim).split())
        for said in (full, summary):
            assert (proposed in said) is action.proceeding.startswith("Proposed"), bundle.id
        # The summary of a settlement says where it stands too (a trial's person read
        # MDL-2967's result with no word of its appeal); of a proposed action, that it is one.
        assert (f"Where it stands ({when}" in summary) is not action.proceeding.startswith(
            "Proposed"
        ), bundle.id
        # A decision with no outcome in the sources says so, of a proposed action too (a
        # lawyer's trial read T-724-20's "The certification motion is decided (2023 FC 968)"
        # beside "MEMBER", with no word of its outcome; BRIEF: "say so in words").
        if last.decision and last.outcome is None and not last.on.endswith(".."):
            assert "; its outcome is not recorded in the sources" in full, bundle.id
    rcmp = " ".join(render_text(ca.determine(claim), ca.action(), claim).split())
    assert ("The certification motion is decided (2023 FC 968); its outcome is not recorded in "
            "the sources") in rcmp
    # The decision is cited for the event: why it does not give its own outcome (a lawyer asked).
    assert ("its outcome is not recorded in the sources (the decision is cited for its date; its "
            "text is not among them) (Doan v. His Majesty the King, 2023 FC 968)") in rcmp


def test_a_condition_a_reading_decided_says_the_reading_in_the_short_form() -> None:
    """A trial's son read "[not met] is an individual (a natural person) alive on the as-of
    date: ... died on 2021-05-01" of his father in MDL-2967, as if the law said so: that a
    member must be alive then is reading R20, whose other answer would ask about his years in
    Illinois. The short form says the reading that decided it; of a claimant alive, nothing."""
    from classaction import actions

    bundle = actions.get("MDL-2967")
    record = {"claimant": {"kind": "natural", "born_on": "1950-01-01", "deceased": True,
                           "died_on": "2021-05-01"}}
    claim = ca.claim_from_record(record)
    short = " ".join(ca.render_summary(bundle.determine(claim), bundle.action, claim).split())
    assert "died on 2021-05-01; not alive on 2024-06-21, the as-of date, as an individual must " \
        "be (readings R1" in short
    assert "Must a member be alive on the as-of date? By default, yes" in short
    alive = ca.claim_from_record({**record, "claimant": {"kind": "natural", "born_on": "1950-01-01",
                                                         "deceased": False}})
    assert "(readings R1" not in " ".join(
        ca.render_summary(bundle.determine(alive), bundle.action, alive).split()
    )


def test_a_photograph_its_author_licensed_says_why_it_does_not_qualify_in_the_short_form() -> None:
    """A trial's photographer let a friend post her photograph, said so (a licence), and read
    "Photograph ... (does not qualify)" above eleven facts, none said to be the reason: the
    short form says that any licence counts (reading R11) and what follows from it."""
    from classaction import actions

    bundle = actions.get("T-713-20")
    claim = ca.claim_from_record({
        "claimant": copy.deepcopy(RESIDENT),
        "photographs": [{
            "id": "friend", "collected_by_clearview": True, "author": "claimant",
            "made_on": "1995", "negative_owner": "claimant", "commissioned": False,
            "made_in_course_of_employment": False, "crown_direction": False,
            "transfers": [{"kind": "licence", "on": "../2020-07-08", "by": "claimant"}],
        }],
    })
    short = " ".join(ca.render_summary(bundle.determine(claim), bundle.action, claim).split())
    assert "a licence that is not exclusive counts as licensing too (reading R11" in short
    assert "So the author has assigned or licensed their copyright in it." in short
    # Under R11 = exclusive_only the licence does not count: the photograph qualifies.
    import attrs

    from classaction.actions.t_713_20.readings import LicenceKind

    readings = attrs.evolve(bundle.readings(), licence_kind=LicenceKind.EXCLUSIVE_ONLY)
    other = " ".join(ca.render_summary(bundle.determine(claim, readings), bundle.action,
                                       claim).split())
    assert "counts as licensing too" not in other and "friend (does not qualify)" not in other


def test_an_item_not_known_yet_names_the_question_that_settles_it() -> None:
    """A lawyer read "Photograph p1 (not known yet): the claimant's face appears in it; it is
    or was in Clearview's biometric database", the facts of the class's words all given: what
    was open (the day Clearview collected it) was named only in the list of questions. The
    item names its question now."""
    from classaction import actions

    bundle = actions.get("MDL-2967")
    claim = ca.claim_from_record({
        "claimant": {"kind": "natural", "born_on": "1984-02-10", "deceased": False,
                     "residence": [{"start": "1984-02-10", "ongoing": True, "country": "US",
                                    "subdivision": "US-IL"}], "residence_complete_for": ["US"]},
        "photographs": [{"id": "p1", "claimant_face_appears": True, "collected_by_clearview": True,
                         "in_biometric_database": True}],
        "statements": {"unlisted_database_image_depicts_claimant": False},
    })
    text = ca.render_summary(bundle.determine(claim), bundle.action, claim)
    said = " ".join(text.split())
    # And what it asks of the item, where that is one fact (a later trial's administrator
    # still read the item's facts as contradicting "not known yet"): as what is missing, not
    # as a question worded apart from the one below (a later trial's read both).
    number = re.search(r"Photograph p1 \(not known yet, question (\d) below: when Clearview "
                       r"collected it\)", said)
    assert number is not None, said
    asked = said.split("\n")[0].split(f" {number[1]}. ", 1)[1]
    assert asked.startswith("Did Clearview collect photograph p1 on or before 21 June 2024?")


def test_a_condition_alone_open_with_nothing_said_of_it_points_to_its_question() -> None:
    """A lawyer's "[not known] had a photograph used by the RCMP to use Clearview's services"
    stood bare, its question only in the list below; it points to it now."""
    claim = ca.claim_from_record({
        "claimant": {"kind": "natural", "born_on": "1992-11-11", "deceased": False,
                     "residence": [{"start": "1992-11-11", "ongoing": True}]},
    })
    said = " ".join(ca.render_summary(ca.determine(claim), ca.action(), claim).split())
    found = re.search(r"\[not known\] had a photograph used by the RCMP to use Clearview's "
                      r"services: answer question (\d) below\.", said)
    assert found is not None, said
    assert f" {found[1]}. Did the RCMP use a photograph of the claimant" in said
    # None listed: its use is "the" one, not "any other" (which read as if some were listed).
    assert "If so: Describe the RCMP use of a photograph of the claimant" in said
    assert "Describe any other RCMP use" not in said


def test_the_presumed_deemed_author_owns_only_until_an_ordering_proves_otherwise() -> None:
    """A photograph the claimant ordered in 1990: former s. 13(2) makes the claimant its first
    owner, so R9's negative may not say flatly that s. 34.1(1)(b) makes the photographer own
    it; it presumes so only "until the contrary is proved" (s. 34.1(1)(b))."""
    text, determination = explain(
        [photograph("p1", made_on="1990-05-01", author="other", commissioned=True,
                    commissioner="claimant")],
    )
    assert determination.classes[2].outcome is ca.Outcome.MEMBER
    words = " ".join(text.split())  # render_text is the whole account (explain --full)
    assert "presumes to own the copyright until the contrary is proved" in words
    assert "presumes to own the copyright;" not in words and "presumes to own the copyright)" not in words


def test_a_negative_the_record_gives_to_another_is_not_said_to_be_presumed_the_photographers() -> None:
    """EX-009's negative was owned by someone else, who the record does not say is a person or a
    company: what R9 presumes there is that the owner was a natural person, and the citation
    says that, not that the photographer is taken to have owned the negative."""
    text, _ = explain(
        [photograph("p1", made_on="2005-08-20", author="other", commissioned=True,
                    commissioner="claimant", negative_owner="other")],
    )
    words = " ".join(text.split())
    assert "the owner of the initial negative was a natural person" in words
    assert "is taken to be a natural person" in words
    assert "the photographer is taken to have owned the initial negative" not in words
    # Where the record is silent on the negative, that is what is presumed, and said.
    silent, _ = explain([photograph("p1", made_on="2005-08-20", author="other")])
    assert "the photographer is taken to have owned the initial negative" in " ".join(silent.split())


def test_a_claimant_who_died_after_the_as_of_date_is_said_to_have_died_since() -> None:
    """A later lawyer's trial read MEMBER of all three classes, with the relief that would reach
    the member, of a claimant who died in 2021, and nothing of the death: the summary and the
    whole account say it, and that the sources held do not say who may claim for them now.
    Not of one who died before the as-of date (not a member), nor of one alive."""
    from classaction import actions

    record = {"claimant": {**RESIDENT, "deceased": True, "died_on": "2021-02-01",
                           "residence": [{"start": "1980-05-01", "end": "2021-02-01"}]},
              "photographs": [photograph("p1", claimant_face_appears=True)],
              "statements": dict(CLOSED)}
    claim = ca.claim_from_record(record)
    said = "The claimant died after that date (2021-02-01): membership is read on 2020-07-08"
    for render in (ca.render_summary, ca.render_text):
        text = " ".join(render(ca.determine(claim), ca.action(), claim).split())
        assert said in text and "who may claim for a member who has since died" in text
    # MDL-2967 reads its classes on 2024-06-21: this death came before, and is no "since".
    mdl = actions.get("MDL-2967")
    assert "died after that date" not in ca.render_summary(mdl.determine(claim), mdl.action, claim)
    alive = ca.claim_from_record({**record, "claimant": dict(RESIDENT)})
    assert "died after" not in ca.render_summary(ca.determine(alive), ca.action(), alive)


def test_a_class_of_alternatives_not_met_says_why_each_alternative_fails() -> None:
    """A later trial's bakery read, of T-713-20, only "not a natural person alive on
    2020-07-08", which its second alternative (a grantee, natural or legal) does not ask: the
    short reason says why each alternative fails."""
    from classaction import actions
    from classaction.present.text import short_reason

    bundle = actions.get("T-713-20")
    closed = {"holds_rights_in_unlisted_collected_photograph": False,
              "received_grant_in_unlisted_collected_photograph": False,
              "authored_unlisted_collected_photograph": False}
    bakery = ca.claim_from_record({
        "claimant": {"kind": "legal"}, "statements": closed,
        "photographs": [{"id": "p1", "collected_by_clearview": True, "made_on": "2018",
                         "author": "other", "made_in_course_of_employment": True,
                         "employer": "claimant", "transfers": []}],
    })
    determination = bundle.determine(bakery)
    (cls,) = determination.classes
    assert cls.outcome is ca.Outcome.NOT_MEMBER
    why = short_reason(cls.outline(), bundle.action, determination.as_of, bakery)
    assert why == (
        "not a natural person alive on 2020-07-08 (a legal person: a company or other "
        "organisation); and no copyright in a photograph collected by Clearview was assigned or "
        "licensed to them by 2020-07-08"
    )


def test_a_photograph_collected_after_the_as_of_date_says_it_counts_by_reading_r6() -> None:
    """A later lawyer's trial saw EX-019's photograph, collected 2021-05-01, qualify for the
    Privacy Breach Class with no word of the date or of reading R6, on which the outcome rests
    (compare -r R6=on_or_before_as_of turns it). The whole account says both; the summary the
    date. A collection by the as-of date says nothing of R6."""
    after, determination = explain([photograph("p1", claimant_face_appears=True,
                                               collected_on="2021-05-01")])
    assert determination.classes[0].outcome is ca.Outcome.MEMBER
    words = " ".join(after.split())
    assert ("collected after 2020-07-08, which counts as the definition states no date for the "
            "collection (reading R6") in words
    claim = ca.read_claim(json.dumps({"claimant": RESIDENT, "statements": CLOSED, "photographs": [
        photograph("p1", claimant_face_appears=True, collected_on="2021-05-01")]}))
    summary = " ".join(ca.render_summary(ca.determine(claim), ca.action(), claim).split())
    assert "collected on 2021-05-01" in summary
    before, _ = explain([photograph("p1", claimant_face_appears=True, collected_on="2019-05-01")])
    assert "reading R6" not in before
    # Taken after the day, so collected after it: a later trial's teen, a member by selfies
    # "since 2021" beside a copyright class saying they did not exist on 2020-07-08, read a
    # contradiction. The summary of the class she is a member of says it, with R6.
    claim = ca.read_claim(json.dumps({"claimant": RESIDENT, "statements": CLOSED, "photographs": [
        photograph("p1", claimant_face_appears=True, made_on="2021/2026")]}))
    determination = ca.determine(claim)
    assert determination.classes[0].outcome is ca.Outcome.MEMBER
    summary = " ".join(ca.render_summary(determination, ca.action(), claim).split())
    privacy = summary.split("Targeted Individuals Class")[0]
    assert ("taken after 2020-07-08, so collected after it, which counts as the definition "
            "states no date for the collection (reading R6") in privacy
    taken_before = ca.read_claim(json.dumps({"claimant": RESIDENT, "statements": CLOSED,
        "photographs": [photograph("p1", claimant_face_appears=True, made_on="2019")]}))
    assert "taken after" not in ca.render_summary(ca.determine(taken_before), ca.action(),
                                                  taken_before)


def test_a_photograph_made_before_1949_is_said_to_be_read_under_the_present_term() -> None:
    """A lawyer's trial read a 1940 photograph's copyright running to 2060, said as certain:
    before 1999 a photograph's term ran fifty years from the making of its negative, which the
    library does not model (README, "Canadian copyright"). Said, where copyright is read."""
    def record(made: str) -> ca.Claim:
        return ca.read_claim(json.dumps({"claimant": {"kind": "natural", "born_on": "1950"},
                                         "photographs": [{"id": "p1940", "made_on": made,
                                                          "collected_by_clearview": True}]}))

    old, later = record("1940"), record("1949")
    said = "Photograph p1940 was made before 1949: the term of copyright is worked out here as"
    for action_id, shown in (("T-724-20", True), ("T-713-20", True), ("MDL-2967", False)):
        action = ca.action(action_id)
        determination = ca.determine(old, action=action_id)
        for text in (ca.render_summary(determination, action, old, None),
                     ca.render_text(determination, action, old, width=None)):
            assert (said in text) is shown, action_id
            assert not shown or "fifty years from the making of its negative (former s. 10)" in text
        assert said not in ca.render_summary(ca.determine(later, action=action_id), action, later)


def test_what_the_rules_infer_from_words_quoted_is_said_on_the_page_and_in_the_full_account() -> None:
    """A lawyer's trial found, only in the seed, that MDL-2967 reads the 183-day statement as a
    condition of payment ("a reading of the form, an inference") and that no link in time is
    required between residence and the database: said where the words are quoted."""
    mdl = ca.action("MDL-2967")
    page = " ".join(ca.render_action(mdl).split())
    ec = mdl.class_definition("EC")
    assert ec.quoted and ec.definition_note
    assert f"Note: {' '.join(ec.definition_note.split())}" in page
    notes = [c.note for d in mdl.classes for c in d.criteria if c.note]
    assert notes and all(f"read so: {' '.join(n.split())}" in page for n in notes)
    claim = ca.read_claim(json.dumps({"claimant": {"kind": "natural", "born_on": "1990"}}))
    full = " ".join(ca.render_text(ca.determine(claim, action="MDL-2967"), mdl, claim, width=None).split())
    assert "an inference: the form asks whether the claimant so resided" in full


def test_a_share_wholly_open_is_said_briefly_in_the_summary_and_whole_in_the_full_account() -> None:
    """A trial's interview result gave each state's share, line after line, of a person who
    knew nothing yet: the summary says the first reason and where the rest is."""
    mdl = ca.action("MDL-2967")
    claim = ca.read_claim(json.dumps({"claimant": {"kind": "natural"}}))
    determination = ca.determine(claim, action="MDL-2967")
    share = determination.share
    assert share is not None and share.at_least == 0 and not share.known
    summary = ca.render_summary(determination, mdl, claim, None)
    full = ca.render_text(determination, mdl, claim, width=None)
    assert "  - Each state's share, and what earns it: explain --full." in summary
    assert "Illinois Subclass: 10 shares if" not in summary and "Illinois Subclass: 10 shares if" in full
    bare = ca.render_summary(determination, mdl, claim, None, commands=False)
    assert "  - Each state's share, and what earns it: the full account." in bare
    # A share the facts settle is said whole, as before.
    member = ca.read_claim((Path(__file__).resolve().parents[1] / "examples" / "family.jsonl")
                           .read_bytes().splitlines()[2])
    said = ca.render_summary(ca.determine(member, action="MDL-2967"), mdl, member)
    assert "Share of the settlement fund: 10 shares (Illinois Subclass)" in said
    assert "what earns it" not in said


def test_the_whole_account_is_wrapped_to_80_columns_unless_told_otherwise() -> None:
    """A trial's developer called ca.render_text as the README shows and got lines of 502
    characters: it wraps to 80 by default, as render_summary does; width=None does not wrap."""
    claim = ca.read_claim(EXAMPLES.read_text("utf-8").splitlines()[0])
    determination = ca.determine(claim)
    wrapped = ca.render_text(determination, ca.action(), claim)
    assert max(len(line) for line in wrapped.splitlines()) <= 80
    unwrapped = ca.render_text(determination, ca.action(), claim, width=None)
    assert max(len(line) for line in unwrapped.splitlines()) > 80
    assert " ".join(wrapped.split()) == " ".join(unwrapped.split())


def _heir_in_short(transfer: dict[str, str], died: str = "2016") -> str:
    """T-713-20's account in short of an heir to a photograph of a photographer who died on
    ``died``, inherited by ``transfer`` (the interview's result beside T-724-20's)."""
    from classaction import actions
    from classaction.present.text import render_several, render_summary

    claim = ca.claim_from_record({
        "schema_version": 2, "claim_id": "H-1",
        "claimant": {"kind": "natural", "born_on": "1980", "deceased": False,
                     "residence": [{"start": "1980", "ongoing": True, "country": "CA"}],
                     "citizenship": []},
        "photographs": [{
            "id": "birds", "collected_by_clearview": True, "claimant_face_appears": False,
            "author": "other", "author_deceased": True, "author_died_on": died, "made_on": "1990",
            "transfers": [{"kind": "succession", "to": "claimant", "by": "photographer",
                           **transfer}],
        }],
        "statements": {"authored_unlisted_collected_photograph": False,
                       "received_grant_in_unlisted_collected_photograph": False},
    })
    decided = [(actions.get(i).action, actions.get(i).determine(claim, actions.get(i).readings()))
               for i in ("T-724-20", "T-713-20")]
    text = render_several(decided, claim, 79, render=lambda d, a, c, w: render_summary(d, a, c, w),
                          in_short=True)
    return " ".join(text[text.index("-- T-713-20"):].split())


def test_a_class_said_in_short_names_the_reading_an_item_failed_by() -> None:
    """A trial's daughter said her father's photographs were left to her; the interview's
    short account of T-713-20 said only that no copyright was assigned or licensed to her. The
    reading a photograph failed by (R16: an inheritance is neither) is named, as a condition's
    is."""
    part = _heir_in_short({})
    assert "in none of its classes" in part
    assert "This rests on reading R16 (Is a person who inherited an author's copyright" in part


def test_a_reading_that_changes_nothing_is_not_said_to_be_what_the_outcome_rests_on() -> None:
    """A later trial's lawyer read "This rests on reading R16" of an heir whose inheritance came
    after the as-of date: out of the class under either reading (``compare`` lists no R16
    change). A reading is said to decide only where another value of it changes an outcome."""
    late = _heir_in_short({"on": "2023-05-01"}, died="2023-05-01")
    assert "in none of its classes" in late
    assert "This rests on reading" not in late  # after 2020-07-08 either way
    # R16 = yes: a grant received, before the as-of date.
    assert "This rests on reading R16" in _heir_in_short({"on": "2016-05-01"}, died="2016-05-01")


def test_who_the_claimant_is_is_not_said_again_under_a_photograph() -> None:
    """A trial's lawyer read "The claimant is a natural person." alone under a photograph of
    the Copyright Infringement Class, said already by the class's first condition."""
    claim = ca.claim_from_record({
        "claim_id": "C-002",
        "claimant": {"kind": "natural", "born_on": "1975-02-11", "deceased": False,
                     "residence": [{"start": "1975-02-11", "ongoing": True}]},
        "photographs": [{"id": "wedding", "collected_by_clearview": True, "author": "claimant",
                         "made_on": "2016-06-18", "claimant_face_appears": False,
                         "moral_rights_waived": False}],
        "statements": {"holds_rights_in_unlisted_collected_photograph": False},
    })
    text = ca.render_summary(ca.determine(claim), ca.action(), claim)
    part = " ".join(text[text.index("Copyright Infringement Class:"):].split())
    assert part.lower().count("the claimant is a natural person") == 1


def test_a_photograph_that_qualifies_by_a_reading_says_which() -> None:
    """A trial's wedding photographer read "[met] ... has not assigned or licensed their
    copyright in it" above "transfer 1: a licence ... of part of the copyright", as if the
    two contradicted: the summary says the reading that made the licence of part not count."""
    from classaction import actions

    claim = ca.claim_from_record({
        "claimant": {"kind": "natural", "born_on": "1980", "deceased": False,
                     "residence": [{"start": "1980", "ongoing": True, "country": "CA"}]},
        "photographs": [{
            "id": "weddings", "collected_by_clearview": True, "author": "claimant",
            "made_on": "2015", "crown_direction": False, "made_in_course_of_employment": False,
            "transfers": [{"on": "2015", "kind": "licence", "by": "claimant", "extent": "partial"}],
        }],
    })
    bundle = actions.get("T-713-20")
    text = " ".join(ca.render_summary(bundle.determine(claim, bundle.readings()), bundle.action,
                                      claim).split())
    assert "of part of the copyright; a grant of part of the copyright leaves the author holding " \
        "the rest: not \"assigned or licensed their copyright\" (reading R12" in text


def test_the_summary_of_a_late_claimant_says_what_the_death_comes_to() -> None:
    """A lawyer: "[not met] holds copyright ...: died on 2019-05-01" never said why, and
    MDL-2967's "died on 2019-05-01; an individual alive on 2024-06-21" read as if the
    claimant were alive."""
    claim = ca.read_claim(json.dumps(DIED_2019))
    t724 = " ".join(section(ca.render_summary(ca.determine(claim), ca.action(), claim),
                            "Copyright Infringement Class").split())
    assert "A claimant who died before 2020-07-08 holds no right on that day" in t724
    mdl = ca.determine(claim, action="MDL-2967")
    said = " ".join(ca.render_summary(mdl, ca.action("MDL-2967"), claim).split())
    assert "not alive on 2024-06-21, the as-of date, as an individual must be" in said
    assert "died on 2019-05-01; an individual alive on" not in said


def test_a_country_other_than_canada_and_the_united_states_is_named_in_words() -> None:
    """A lawyer read "Period 1 of residence: in FR." and "every period of residence is listed
    for Canada and the United States and FR"."""
    record = {"claimant": {"kind": "natural", "born_on": "1980", "deceased": False,
                           "residence": [{"start": "1980", "ongoing": True, "country": "FR"}],
                           "residence_complete_for": ["CA", "US", "FR"],
                           "citizenship": [{"start": "1980", "ongoing": True, "country": "ZZ"}]}}
    claim = ca.claim_from_record(record)
    text = " ".join(ca.render_summary(ca.determine(claim), ca.action(), claim).split())
    # (Its days said too, though its place alone decides: see the test below.)
    assert "Period 1 of residence: from 1980; still going on; in France." in text
    assert "listed for Canada, the United States and France" in text
    assert "in the country coded ZZ" in text
    assert " FR" not in text


def test_a_reading_cited_bare_and_with_words_of_its_own_is_named_once() -> None:
    """A lawyer read "(reading R9: the author keeps the moral rights ...; reading R9 (Where the
    record is silent ...)" in one parenthesis of what was presumed."""
    from classaction.present.text import _reading_once

    assert _reading_once(["reading R9: the author keeps them", "reading R9", "s. 12"]) == [
        "reading R9", "the author keeps them", "s. 12"]
    assert _reading_once(["reading R9: words", "s. 12"]) == ["reading R9: words", "s. 12"]
    record = {"claimant": {"kind": "natural", "born_on": "1970", "deceased": False},
              "photographs": [{"id": "gala", "collected_by_clearview": True,
                               "claimant_face_appears": False, "author": "other",
                               "made_on": "2017-10-20", "made_in_course_of_employment": True,
                               "employer": "claimant", "transfers": []}]}
    claim = ca.claim_from_record(record)
    text = " ".join(ca.render_text(ca.determine(claim), ca.action(), claim).split())
    presumed = text[text.index("presumed, as the record is silent"):]
    presumed = presumed[:presumed.index("other facts")]
    assert presumed.count("reading R9") == 1
    assert "Where the record is silent on who owns the rights" in presumed
    assert "the author keeps the moral rights (Copyright Act s. 14.1(1))" in presumed


def test_a_list_of_periods_given_whole_is_not_followed_by_one_of_its_periods_again() -> None:
    """A lawyer read MDL-2967's 183-day condition list "resident of the United States since
    2016-09-01" and then "Period 2 of residence: from 2016-09-01; still going on"."""
    record = {"claimant": {"kind": "natural", "born_on": "1985-02-02", "deceased": False,
                           "residence": [{"start": "1985-02-02", "end": "2016-08-31"},
                                         {"start": "2016-09-01", "ongoing": True, "country": "US",
                                          "subdivision": "US-WA"}],
                           "residence_complete_for": ["CA", "US"]},
              "photographs": [{"id": "p1", "collected_by_clearview": True,
                               "claimant_face_appears": True}]}
    claim = ca.claim_from_record(record)
    said = " ".join(ca.render_summary(ca.determine(claim, action="MDL-2967"),
                                      ca.action("MDL-2967"), claim).split())
    line = said[said.index("at least 183 consecutive days"):]
    line = line[:line.index("[")]
    assert "resident of the United States since 2016-09-01 (in Washington)" in line
    assert "Period 2 of residence" not in line


def test_a_short_reason_of_one_open_condition_says_why_it_is_open() -> None:
    """A trial's administrator read the same "not known: had a photograph used by the RCMP ..."
    of a record that stated an RCMP use it did not describe and of one that said nothing."""
    from classaction.present.text import short_reason

    def why(record: dict[str, object]) -> str:
        claim = ca.claim_from_record(record)
        determination = ca.determine(claim)
        return short_reason(determination.for_class("TI").outline(), ca.action(),
                            determination.as_of, claim)

    person = {"kind": "natural", "born_on": "1988", "deceased": False}
    stated = {"claimant": person, "statements": {"rcmp_used_unlisted_photograph_of_claimant": True}}
    assert why(stated).endswith("(the record says there is one but does not describe it)")
    assert why({"claimant": person}).endswith("(a fact the record leaves out)")
    rough = {"claimant": person, "photographs": [{"id": "p1", "claimant_face_appears": True}],
             "police_uses": [{"photograph": "p1", "agency": "rcmp", "service": "clearview",
                              "used_on": "2020"}]}
    assert why(rough).endswith("(a date given too roughly)")
    # A fact of a listed use left out: the use named (a later trial's administrator read "a
    # fact the record leaves out" of a use the record lists, its date alone not given).
    undated = {**rough, "police_uses": [{"photograph": "p1", "agency": "rcmp",
                                         "service": "clearview"}],
               "statements": {"rcmp_used_unlisted_photograph_of_claimant": False}}
    # The fact named where it is one (a later trial's administrator, told "photograph mug: a
    # fact the record leaves out", looked for it among the facts the record gave).
    assert why(undated).endswith("(police use 1: the record leaves out when it was used)")
    two_left_out = {**undated, "police_uses": [{"photograph": "p1", "agency": "rcmp"}]}
    assert why(two_left_out).endswith("(police use 1: facts the record leaves out)")
    # Of up to three items, each named; of more, counted.
    unknown = {**undated, "photographs": [{"id": "p1"}]}
    assert why(unknown).endswith("(police use 1 and photograph p1: facts the record leaves out)")
    many = {**undated, "photographs": [{"id": f"p{n}"} for n in range(1, 6)],
            "police_uses": [{"photograph": f"p{n}", "agency": "rcmp", "service": "clearview"}
                            for n in range(1, 6)]}
    assert why(many).endswith("(facts of 10 listed items the record leaves out)")
    # Listed uses that do not qualify, any other left out (a later trial's administrator read
    # "a fact the record leaves out" of a use the record dates after 2020-07-08).
    late = {**rough, "police_uses": [{"photograph": "p1", "agency": "rcmp", "service": "clearview",
                                      "used_on": "2020-09-01"}]}
    assert why(late).endswith(
        "(police use 1 does not qualify; any other: a fact the record leaves out)")
    assert why({**late, "police_uses": late["police_uses"] * 2}).endswith(
        "(police use 1 and police use 2 do not qualify; any other: a fact the record leaves out)")


def test_a_photograph_made_after_the_as_of_date_is_said_to_have_had_no_copyright_then() -> None:
    """A trial's lawyer read "taken on 2023-05-05; ...; so the claimant does not hold the moral
    rights in it" as a non sequitur: the reason, that no copyright existed on the as-of date,
    was said only in the full account, under s. 13(1). Said as a conclusion, under s. 5(1)."""
    text, determination = explain([photograph("p1", author="claimant", made_on="2023-05-05")])
    assert determination.for_class("CI").outcome is ca.Outcome.NOT_MEMBER
    full = " ".join(section(text, "Copyright Infringement Class").split())
    assert "the photograph was made after 2020-07-08: copyright subsists in a work from its " \
           "making (Copyright Act, R.S.C. 1985, c. C-42, s. 5(1))" in full
    claim = ca.read_claim(json.dumps({"claimant": RESIDENT, "statements": CLOSED, "photographs": [
        photograph("p1", author="claimant", made_on="2023-05-05")]}))
    summary = " ".join(section(ca.render_summary(determination, ca.action(), claim, width=None),
                               "Copyright Infringement Class").split())
    assert "taken on 2023-05-05; so no copyright in it existed on 2020-07-08; so the claimant " \
           "does not hold the moral rights in it" in summary
    # Collected after the day too: what reading R6 counts for it is not said as why it fails
    # (a trial's administrator read "collected after 2020-07-08, which counts ...; so no
    # copyright in it existed").
    collected = photograph("p1", author="claimant", made_on="2023-05-05", collected_on="2023-06")
    claim = ca.read_claim(json.dumps({"claimant": RESIDENT, "statements": CLOSED,
                                      "photographs": [collected]}))
    summary = " ".join(section(ca.render_summary(ca.determine(claim), ca.action(), claim,
                                                 width=None), "Copyright Infringement Class").split())
    assert "collected in June 2023; taken on 2023-05-05; so no copyright in it existed on " \
           "2020-07-08" in summary
    assert "which counts" not in summary


def test_under_r6_a_photograph_made_after_the_as_of_date_was_not_collected_by_it() -> None:
    """Under reading R6 = on_or_before_as_of, a photograph taken in 2023 was asked of as
    collected "on or before 8 July 2020" (a trial's lawyer): it was not, being made after."""
    record = {"claimant": copy.deepcopy(RESIDENT), "statements": dict(CLOSED), "photographs": [
        photograph("p1", claimant_face_appears=True, author="other", made_on="2023-05-06")]}
    claim = ca.read_claim(json.dumps(record))
    limited = ca.Readings().with_values({"collection_date": "on_or_before_as_of"})
    pb = ca.determine(claim, limited).for_class("PB")
    assert pb.outcome is ca.Outcome.NOT_MEMBER
    assert not any(m.pointer.endswith("collected_on") for m in pb.missing)
    text = " ".join(ca.render_text(ca.determine(claim, limited), ca.action(), claim,
                                   width=None).split())
    assert "made after 2020-07-08, so not collected by it (reading R6" in text
    # By default (no limit), it counts.
    assert ca.determine(claim).for_class("PB").outcome is ca.Outcome.MEMBER


def test_an_exclusive_licence_says_to_whom_and_the_reading_that_counts_it() -> None:
    """Two trials' lawyers read "transfer 1: an exclusive licence, on 2017-01-01, in signed
    writing" with no word of the licensee, where reading R27's default decides nothing by it;
    and under R27 = holder, "so the claimant holds the copyright in it" as if the licence had
    passed the copyright itself."""
    licence = {"kind": "exclusive_licence", "on": "2018-01-01", "by": "photographer",
               "to": "claimant", "signed_writing": True}
    record = {"claimant": copy.deepcopy(RESIDENT), "statements": dict(CLOSED), "photographs": [
        photograph("p1", author="other", transfers=[licence])]}
    claim = ca.read_claim(json.dumps(record))
    for holder, outcome in ((False, ca.Outcome.NOT_MEMBER), (True, ca.Outcome.MEMBER)):
        readings = ca.Readings().with_values({"exclusive_licensee": "holder"} if holder else {})
        determination = ca.determine(claim, readings)
        assert determination.for_class("CI").outcome is outcome
        summary = " ".join(section(ca.render_summary(determination, ca.action(), claim,
                                                     width=None),
                                   "Copyright Infringement Class").split())
        assert "an exclusive licence, on 2018-01-01, by the photographer, to the claimant" \
            in summary
        counted = "the exclusive licensee holds that interest, counted as holding the copyright " \
                  "(reading R27"
        assert (counted in summary) is holder
    # Not given, the licensee is not asked for: it decides nothing under the default.
    del licence["to"]
    claim = ca.read_claim(json.dumps(record))
    determination = ca.determine(claim)
    assert determination.for_class("CI").outcome is ca.Outcome.NOT_MEMBER
    assert not determination.for_class("CI").missing


def test_a_period_out_of_the_place_is_told_by_its_days_too() -> None:
    """"Period 2 of residence: in the United States." left a trial's administrator asking which
    period it was: its days are said where given, though its place alone decides, and never
    asked where not."""
    person = dict(copy.deepcopy(RESIDENT), residence=[
        {"start": "1985-03-02", "end": "2018-05-31"},
        {"start": "2018-06-01", "end": "2021-01-15", "country": "US", "subdivision": "US-IL"},
        {"start": "2021-01-16", "ongoing": True}, {"country": "FR"},
    ], residence_complete_for=["CA", "US"])
    record = {"schema_version": 2, "claimant": person, "statements": dict(CLOSED),
              "photographs": [photograph("p1", claimant_face_appears=True, author="other")]}
    claim = ca.read_claim(json.dumps(record))
    # In Canada's action, out of Canada; in the United States' settlement, out of California
    # (a subclass the claimant is not in is said in a line in the summary: the full account).
    for action, said in (("T-724-20", ": from"), ("MDL-2967", " (does not qualify): from")):
        determination = ca.determine(claim, action=action)
        render = ca.render_summary if action == "T-724-20" else ca.render_text
        summary = " ".join(render(determination, ca.action(action), claim, width=None).split())
        assert f"Period 2 of residence{said} 2018-06-01; until 2021-01-15; in the United " \
               "States" in summary, action
        assert not any(m.pointer.startswith("/claimant/residence/3")
                       for cls in determination.classes for m in cls.missing), action


def test_the_rcmp_s_use_names_readings_r4_and_r5_under_their_defaults() -> None:
    """A later trial's lawyer found readings R4 (which photographs are "theirs") and R5 (which
    RCMP uses count) cited only under their alternatives: a use by a unit other than the NCECC,
    on a trial account, was said without the reading that let it count."""
    record = {"claimant": copy.deepcopy(RESIDENT), "statements": dict(CLOSED),
              "photographs": [photograph("p1", claimant_face_appears=True, author="other")],
              "police_uses": [{"photograph": "p1", "agency": "rcmp", "service": "clearview",
                               "used_on": "2020-02-10", "unit": "other", "account": "trial"}]}
    claim = ca.read_claim(json.dumps(record))
    determination = ca.determine(claim)
    ti = determination.for_class("TI")
    assert ti.outcome is ca.Outcome.MEMBER
    said = [reason.text for finding in ti.findings for item in finding.items
            for reason in item.reasons]
    assert "a use by any unit of the RCMP, on any account, counts (reading R5)" in said
    assert "\"their photographs\": those that show the claimant's face (reading R4)" in said
    # The unit and the account said too, which R5's alternative reads (a later trial's lawyer
    # could not see why "Read otherwise" moved the class).
    summary = " ".join(ca.render_summary(determination, ca.action(), claim, width=None).split())
    assert "by the RCMP; by a unit other than the NCECC; with a trial account" in summary
    ncecc = ca.determine(claim, ca.Readings().with_values({"rcmp_use": "licensed_ncecc"}))
    assert ncecc.for_class("TI").outcome is ca.Outcome.NOT_MEMBER
    said = [reason.text for finding in ncecc.for_class("TI").findings for item in finding.items
            for reason in item.reasons]
    assert "only a use under the NCECC's paid licences counts (reading R5)" in said


def test_a_period_from_birth_of_one_whose_birth_is_known_roughly_says_so() -> None:
    """The interview records "always" of one whose birth it did not ask as a period starting
    "../2020-07-08", as the birth; "from some day on or before 2020-07-08" read to a later
    trial's person as a date never said."""
    person = {"kind": "natural", "deceased": False, "born_on": "../2020-07-08",
              "residence": [{"start": "../2020-07-08", "ongoing": True, "country": "CA"}]}
    claim = ca.read_claim(json.dumps({"claimant": person, "statements": dict(CLOSED)}))
    summary = " ".join(ca.render_summary(ca.determine(claim), ca.action(), claim,
                                         width=None).split())
    assert "Period 1 of residence: from birth; still going on; in Canada." in summary
    # A period of its own start is said by its date.
    person["residence"][0]["start"] = "2001"  # type: ignore[index]
    claim = ca.read_claim(json.dumps({"claimant": person, "statements": dict(CLOSED)}))
    summary = " ".join(ca.render_summary(ca.determine(claim), ca.action(), claim,
                                         width=None).split())
    assert "from birth" not in summary and "Period 1 of residence: from 2001" in summary


def test_a_long_question_of_an_item_not_known_yet_is_left_to_the_list() -> None:
    """An heir read "(not known yet, question 3 below: Since the death of the author of it,
    have its moral rights passed to the claimant ...?)" and the same question again below: a
    long one is left to the list."""
    record = {"claimant": copy.deepcopy(RESIDENT), "statements": {
        "unlisted_collected_photograph_depicts_claimant": False},
        "photographs": [{"id": "mom-1979", "collected_by_clearview": True, "author": "other",
                         "author_deceased": True, "author_died_on": "2010", "made_on": "1979"}]}
    claim = ca.read_claim(json.dumps(record))
    said = " ".join(ca.render_summary(ca.determine(claim), ca.action(), claim, width=None).split())
    assert re.search(r"Photograph mom-1979 \(not known yet: question \d below\)", said), said
    assert said.count("have its moral rights passed to the claimant") == 1


def test_a_period_going_on_begun_by_a_day_not_known_is_said_plainly() -> None:
    """A later trial's small business read "the author resident of Canada since some day on
    or before 2026-12-06" of a photographer it knew lived here now."""
    from classaction.present.words import clause

    record = {"photographs": [{"id": "p1", "author_residence": [
        {"start": "../2026-12-06", "ongoing": True, "country": "CA"}]}],
        "claimant": {"residence": [{"start": "../2019", "ongoing": True}, {"start": "2001", "end": "2005"}]}}
    assert clause(record, "/photographs/0/author_residence") == (
        "the author resident of Canada by 2026-12-06, and still")
    assert clause(record, "/claimant/residence") == (
        "resident of Canada by 2019, and still, from 2001 to 2005")


def test_a_photograph_ordered_and_taken_before_2012_says_why_it_was_ordered_before_too() -> None:
    """A later trial's lawyer read "the date given, in July 2009, is before 2012-11-07", then
    the rule of a photograph ordered before that day, and took the date for the order's."""
    import classaction as ca

    record = {"claim_id": "PH-1", "claimant": {"kind": "natural", "born_on": "1960-01-01",
              "deceased": False}, "photographs": [{
                  "id": "wedding", "collected_by_clearview": True, "author": "claimant",
                  "made_on": "2009-07", "commissioned": True, "commissioner": "other"}]}
    both = ca.Readings().with_values({"R3": "both"})  # the copyright is told, not moral rights alone
    claim = ca.claim_from_record(record)
    said = " ".join(ca.render_text(ca.determine(claim, both), ca.action(), claim, width=None).split())
    made = said.index("the date given, in July 2009, is before 2012-11-07")
    ordered = said.index("a photograph taken before 2012-11-07 was ordered before it, as an order "
                         "comes before what it orders (Copyright Modernization Act, S.C. 2012, "
                         "c. 20, s. 60)")
    assert made < ordered < said.index("a photograph ordered before 2012-11-07, and paid for")
    # A photograph taken after that day is told by when it was ordered alone.
    record["photographs"][0].update(made_on="2013-07", commissioned_on="2012-10")  # type: ignore[index]
    claim = ca.claim_from_record(record)
    said = " ".join(ca.render_text(ca.determine(claim, both), ca.action(), claim, width=None).split())
    assert "a photograph ordered before 2012-11-07, and paid for" in said
    assert "in October 2012, is before 2012-11-07" in said
    assert "was ordered before it, as an order" not in said


def test_a_police_use_of_no_date_says_in_short_that_its_date_was_inferred() -> None:
    """A trial's lawyer read the short form's "Police use 1 (of photograph p1): by the RCMP; a
    search of Clearview's service" of a use with no date, counted under an as-of date after the
    RCMP's access ended (seeds/t-724-20.json, timeline, rcmp-access-ends): only --full said
    the date was inferred. The short form says it too."""
    record = {
        "claimant": copy.deepcopy(RESIDENT), "statements": dict(CLOSED),
        "photographs": [{"id": "p1", "claimant_face_appears": True, "collected_by_clearview": True}],
        "police_uses": [{"photograph": "p1", "agency": "rcmp", "service": "clearview"}],
    }
    claim = ca.read_claim(json.dumps(record))
    determination = ca.determine(claim, ca.Readings().with_values({"as_of": "2020-07-20"}))
    assert determination.for_class("TI").outcome is ca.Outcome.MEMBER
    short = " ".join(section(ca.render_summary(determination, ca.action(), claim),
                             "Targeted Individuals Class").split())
    assert ("Police use 1 (of photograph p1): by the RCMP; a search of Clearview's service; its "
            "date is not given; the RCMP's access to Clearview's service ended by 2020-07-20 at "
            "the latest, so it was made on or before 2020-07-20.") in short
    # A use whose date is given says nothing inferred.
    record["police_uses"][0]["used_on"] = "2020-02-01"  # type: ignore[index]
    claim = ca.read_claim(json.dumps(record))
    dated = ca.determine(claim, ca.Readings().with_values({"as_of": "2020-07-20"}))
    assert "is not given" not in section(
        ca.render_summary(dated, ca.action(), claim), "Targeted Individuals Class"
    )


def test_a_condition_not_met_says_its_rule_as_what_is_needed_in_short() -> None:
    """A later trial's lawyer read "[not met] is a resident or citizen of Canada: never a
    citizen of Canada; never resident in Canada; resident or citizen on 2020-07-08 (readings
    ...)" as a finding that contradicted the facts before it."""
    record = {"claimant": {**copy.deepcopy(RESIDENT), "residence": [], "citizenship": []},
              "photographs": [photograph("p1", claimant_face_appears=True)],
              "statements": dict(CLOSED)}
    claim = ca.read_claim(json.dumps(record))
    determination = ca.determine(claim)
    short = " ".join(section(ca.render_summary(determination, ca.action(), claim),
                             "Privacy Breach Class").split())
    assert ("[not met] is a resident or citizen of Canada: never a citizen of Canada; never "
            "resident in Canada; needed: resident or citizen on 2020-07-08 (readings R1 and R2:"
            ) in short


def test_the_words_tested_are_credited_to_the_class_s_source_and_read_with_the_laws() -> None:
    """A trial's lawyer read "the words tested: "holding copyright and moral rights ..." (RCMP
    question-period note ...; Copyright Act ...)" as crediting the class's words to the
    statutes: the laws are what the words are read with."""
    text, _ = explain([photograph("p1", author="claimant")])
    ci = " ".join(section(text, "Copyright Infringement Class").split())
    assert ("the words tested: \"holding copyright and moral rights with respect to the Collected "
            "Photographs\" (RCMP question-period note \"Facial Recognition Lawsuit \u2013 Clearview "
            "AI\", 2020-07-20; read with Copyright Act, R.S.C. 1985, c. C-42;") in ci


def test_sections_of_one_statute_cited_together_name_it_once() -> None:
    """A lawyer read "Copyright Act, R.S.C. 1985, c. C-42" four times in one parenthesis: the
    sections of a statute cited alone, one after another, are cited as "ss." of it, in their
    order; a section cited with words of its own ("former s. 13(2) (repealed ...)", "s. 6, as
    replaced by ...") stays as it is."""
    from classaction.engine.cite import sections_joined

    act = "Copyright Act, R.S.C. 1985, c. C-42"
    former = "Copyright Act, former s. 13(2) (repealed by S.C. 2012, c. 20, in force 2012-11-07)"
    assert sections_joined([f"{act}, s. 12", "reading R9", f"{act}, s. 9(1)", former,
                            f"{act}, s. 12", f"{act}, s. 6, as replaced by S.C. 2022, c. 10"]) == [
        f"{act}, ss. 9(1), 12", "reading R9", former, f"{act}, s. 6, as replaced by S.C. 2022, c. 10"]
    assert sections_joined([f"{act}, s. 34.1(1)", f"{act}, s. 14.1(2)"]) == [
        f"{act}, ss. 14.1(2), 34.1(1)"]
    assert sections_joined([f"{act}, s. 12"]) == [f"{act}, s. 12"]
    # In an explanation: the first bundled example's photograph, whose rights are presumed.
    line = EXAMPLES.read_text(encoding="utf-8").splitlines()[0]
    claim = ca.read_claim(line)
    text = ca.render_text(ca.determine(claim), ca.action(), claim, width=None)
    assert f"{act}, ss. 9(1), 12; {former}" in text
    assert f"{act}, s. 9(1); {act}" not in text and f"{act}, s. 12; {act}" not in text


def test_an_item_none_of_whose_facts_a_condition_reads_is_not_said_unknown() -> None:
    """A lawyer read "Photograph insta1 (not known yet ...): nothing is known of it" under the
    Copyright Infringement Class, of a photograph the record says shows the claimant's face: a
    fact known, which copyright does not read. It is said of the facts the condition turns on."""
    record = {"claimant": copy.deepcopy(RESIDENT),
              "photographs": [{"id": "insta1", "claimant_face_appears": True}]}
    claim = ca.read_claim(json.dumps(record))
    determination = ca.determine(claim)
    assert determination.for_class("CI").outcome is ca.Outcome.UNDETERMINED
    for text in (ca.render_summary(determination, ca.action(), claim, width=None),
                 ca.render_text(determination, ca.action(), claim, width=None)):
        ci = section(text, "Copyright Infringement Class")
        assert "nothing is known of it" not in ci
        assert "Photograph insta1 (not known yet" in ci
        assert "none of the facts this turns on is known." in ci
        # Where the face is read, it is said.
        assert "the claimant's face appears in it" in section(text, "Privacy Breach Class")


def test_a_rough_date_compared_with_a_day_is_said_as_read_not_as_a_rule() -> None:
    """A lawyer read "rule: the date given, in 2017, is on or before 2020-07-08 (the claim
    record ...)" as if it were a rule of law: how a date given roughly is read is the record's
    convention, said as "read:"; the rules of law keep "rule:"."""
    text, _ = explain([photograph("p1", author="claimant", made_on="2017")])
    lines = [line.strip() for line in text.splitlines()]
    assert any(line.startswith("read: the date given, in 2017, is") for line in lines)
    assert not any(line.startswith("rule: the date given") for line in lines)
    assert any(line.startswith("rule: ") for line in lines)


def test_explain_says_in_short_why_of_an_action_that_reaches_the_claimant_nowhere(
    tmp_path: Path,
) -> None:
    """A trial's lawyer, of a Canadian exclusive licensee, found T-724-20 only named ("Not
    explained below ...") after some 160 lines of MDL-2967 and T-713-20, and had to run again
    to learn why: each of its classes is said in a line, with the reading the licence turns
    on (R27) and the command that gives each condition."""
    record = tmp_path / "licensee.jsonl"
    record.write_text(json.dumps({
        "claim_id": "L-1", "claimant": RESIDENT, "statements": CLOSED,
        "photographs": [photograph(
            "p1", author="other", claimant_face_appears=False, made_on="2015-06-01",
            author_deceased=False, made_in_course_of_employment=False,
            transfers=[{"kind": "exclusive_licence", "by": "photographer", "to": "claimant",
                        "on": "2016-01-01", "signed_writing": True}],
        )],
    }) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "classaction", "explain", str(record)],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Not explained below" not in done.stdout
    part = done.stdout[done.stdout.index("\n-- T-724-20 "):]
    said = " ".join(part.split())
    assert "(Federal Court (Canada), file T-724-20): in none of its classes." in said
    assert "Copyright Infringement: holds neither copyright nor moral rights" in said
    assert "This rests on reading R27 (Does an exclusive licensee hold the copyright" in said
    assert ("Each condition of each class: classaction explain --action T-724-20 with this "
            "record's file.") in said
    assert "[not met]" not in part
    assert max(len(line) for line in part.splitlines()) <= 80
    # Asked for alone, it is explained condition by condition, as before.
    alone = subprocess.run(
        [sys.executable, "-m", "classaction", "explain", "--action", "T-724-20", str(record)],
        capture_output=True, text=True, check=False,
    ).stdout
    assert "[not met] holds copyright or moral rights" in alone
    # The whole account names the reading of that conclusion once (it read "(reading R27)
    # (reading R27)").
    full = " ".join(subprocess.run(
        [sys.executable, "-m", "classaction", "explain", "--full", "--action", "T-724-20",
         str(record)], capture_output=True, text=True, check=False,
    ).stdout.split())
    assert "does not count as holding the copyright (reading R27) rule:" in full
    assert "(reading R27) (reading R27)" not in full


def test_a_grant_by_an_author_who_never_owned_is_not_presumed_the_owner_s() -> None:
    """A trial's shop, which ordered and paid for its storefront photograph before 2012-11-07
    and was allowed to use it, read under T-713-20 "assumed ...: each grant was made by the
    person who then owned the copyright, the author" and then "So the author never owned the
    copyright": who made a grant is not presumed where the author never owned any of it."""
    from classaction import actions

    bundle = actions.get("T-713-20")
    claim = ca.claim_from_record({
        "claim_id": "S-1", "claimant": {"kind": "legal"},
        "photographs": [{"id": "storefront", "collected_by_clearview": True, "author": "other",
                         "commissioned": True, "commissioner": "claimant",
                         "made_on": "2009/2012-11-06", "crown_direction": False,
                         "granted_to_claimant": True, "transfers": [{"to": "claimant"}]}],
        "statements": {"received_grant_in_unlisted_collected_photograph": False},
    })
    determination = bundle.determine(claim, bundle.readings())
    text = " ".join(ca.render_summary(determination, bundle.action, claim, 80).split())
    assert "So the author never owned the copyright" in text
    assert "each grant was made by the person who then owned the copyright" not in text
    assert determination.classes[0].outcome is ca.Outcome.NOT_MEMBER
    # A grant said made by someone else fails as before, naming no fact of the photograph's
    # first ownership (read now before who made the grant) as one the class needs.
    other = ca.claim_from_record({
        "claim_id": "S-2", "claimant": {"kind": "legal"},
        "photographs": [{"id": "p", "collected_by_clearview": True, "author": "other",
                         "transfers": [{"to": "claimant", "by": "other"}]}],
    })  # (no statement of other photographs: the class is open, and names what it needs)
    strict = bundle.readings().with_values({"presumptions": "strict"})
    missing = [f.pointer for f in bundle.determine(other, strict).classes[0].missing]
    assert missing and not any(
        p.startswith("/photographs/0/") and not p.startswith("/photographs/0/transfers/")
        for p in missing
    ), missing


def test_the_transfers_of_a_photograph_its_author_never_owned_are_not_asked() -> None:
    """A trial's company was asked under T-713-20 to list every transfer of a photograph it
    ordered and paid for before 2012-11-07 and of one its employee took, though no transfer
    could pass an author's copyright the author never owned (s. 13(4)): such a photograph
    does not qualify, and its transfers are not among the facts the class needs."""
    from classaction import actions

    bundle = actions.get("T-713-20")
    photographs = [
        {"id": "storefront", "collected_by_clearview": True, "author": "other",
         "commissioned": True, "commissioner": "claimant", "commissioned_on": "2011-04-01",
         "made_on": "2011-05-20"},
        {"id": "headshots", "collected_by_clearview": True, "author": "other",
         "made_in_course_of_employment": True, "employer": "claimant", "made_on": "2018-03"},
    ]
    claim = ca.claim_from_record({
        "claim_id": "S-3", "claimant": {"kind": "legal"}, "photographs": photographs,
    })
    determination = bundle.determine(claim, bundle.readings())
    grantees = determination.classes[0]
    assert grantees.outcome is ca.Outcome.UNDETERMINED  # other photographs are not stated
    assert [f.pointer for f in grantees.missing] == [
        "/statements/received_grant_in_unlisted_collected_photograph"
    ]
    text = " ".join(ca.render_summary(determination, bundle.action, claim, 80).split())
    assert text.count("So the author never owned the copyright") == 2
    assert "List every transfer" not in text
    # Said of the other photographs too, the claimant is not a member: nothing is left open.
    stated = ca.claim_from_record({
        "claim_id": "S-4", "claimant": {"kind": "legal"}, "photographs": photographs,
        "statements": {"received_grant_in_unlisted_collected_photograph": False},
    })
    assert bundle.determine(stated, bundle.readings()).classes[0].outcome is ca.Outcome.NOT_MEMBER
    # A photograph its author owned first still asks for its transfers.
    owned = ca.claim_from_record({
        "claim_id": "S-5", "claimant": {"kind": "legal"},
        "photographs": [{**photographs[0], "commissioned": False}],
    })
    assert "/photographs/0/transfers" in [
        f.pointer for f in bundle.determine(owned, bundle.readings()).classes[0].missing
    ]


def test_an_open_condition_whose_items_do_not_qualify_points_to_its_question() -> None:
    """A later trial's lawyer read "[not known] holds copyright or moral rights ..." over an
    exclusive licensee's photograph that does not qualify, with no word of the question below
    that would settle it (the photographs not listed), though another class's open condition
    named its question."""
    from classaction import actions

    bundle = actions.get("T-724-20")
    claim = ca.claim_from_record({
        "claim_id": "L-1", "claimant": {"kind": "natural", "born_on": "1969-11-30",
                                        "deceased": False,
                                        "residence": [{"start": "1969-11-30", "ongoing": True}]},
        "photographs": [{"id": "skyline", "claimant_face_appears": False,
                         "collected_by_clearview": True, "author": "other", "made_on": "2018-08",
                         "transfers": [{"kind": "exclusive_licence", "on": "2018-09-01",
                                        "by": "photographer", "to": "claimant", "extent": "whole",
                                        "signed_writing": True}]}],
    })
    determination = bundle.determine(claim, bundle.readings())
    text = " ".join(ca.render_summary(determination, bundle.action, claim, 80).split())
    for condition, asks in (
        ("has a face that appears in a photograph collected by Clearview",
         "does a photograph collected by Clearview show the claimant's face?"),
        ("holds copyright or moral rights in a photograph collected by Clearview",
         "does the claimant hold copyright or moral rights in a photograph collected by"),
    ):
        found = re.search(rf"\[not known\] {condition}: answer question (\d) below\. "
                          r"Photograph skyline \(does not qualify\)", text)
        assert found, condition
        assert re.search(rf" {found[1]}\. Apart from any photographs listed, {re.escape(asks)}",
                         text), asks


def test_a_condition_not_met_shows_first_the_items_the_rule_read_furthest() -> None:
    """A later trial's lawyer read "[not met] resides or resided in Illinois" over two periods
    in Canada, the one period in the United States (Massachusetts) counted in "... and 1 more
    that does not qualify"."""
    from classaction import actions

    bundle = actions.get("MDL-2967")
    claim = ca.claim_from_record({
        "claim_id": "U-1",
        "claimant": {"kind": "natural", "deceased": False, "born_on": "../2020-07-08",
                     "residence": [
                         {"start": "../2009", "end": "2010", "country": "CA"},
                         {"start": "2012", "ongoing": True, "country": "CA"},
                         {"start": "../2016-11", "end": "2016-09/..", "subdivision": "US-MA",
                          "country": "US"}],
                     "residence_complete_for": ["CA", "US"]},
    })
    determination = bundle.determine(claim, bundle.readings())
    # The summary says a subclass the claimant is not in in a line (a later trial's
    # administrator read some two hundred lines of one record); the full account its items.
    summary = " ".join(ca.render_summary(determination, bundle.action, claim, 80).split())
    assert "Illinois Subclass: NOT A MEMBER: never resided in Illinois by 2024-06-21." in summary
    text = ca.render_text(determination, bundle.action, claim, 80)
    part = text[text.index("Illinois Subclass: NOT A MEMBER"):]
    part = " ".join(part[:part.index("\n\n")].split())
    assert re.search(r"\[not met\] resides or resided in Illinois .{0,200}Period 3 of residence",
                     part), part
    assert "in Massachusetts" in part


def test_a_class_not_met_by_photographs_made_after_the_day_says_so_in_short() -> None:
    """A later trial's bakery, whose photographs were taken in 2026, read "holds neither
    copyright nor moral rights on 2020-07-08 in a photograph collected by Clearview" in the
    interview's lines of a proceeding that reaches none of its classes, and nothing of why:
    no copyright existed in them then (s. 5(1)). Said there; a CSV row, made from an outline,
    is unchanged."""
    from classaction.present.text import _in_short, short_reason

    def bakery(*made_on: str) -> ca.Claim:
        return ca.claim_from_record({
            "claimant": {"kind": "legal"},
            "statements": {"holds_rights_in_unlisted_collected_photograph": False},
            "photographs": [{"id": f"p{n}", "collected_by_clearview": True, "made_on": made,
                             "author": "other", "commissioned": True, "commissioner": "claimant"}
                            for n, made in enumerate(made_on, 1)],
        })

    claim = bakery("2026-21")
    determination = ca.determine(claim)
    short = " ".join(_in_short(determination, ca.action(), claim, 80).split())
    assert ("Copyright Infringement: holds neither copyright nor moral rights on 2020-07-08 in a "
            "photograph collected by Clearview (photograph p1 was taken after 2020-07-08).") in short
    ci = determination.for_class("CI")
    assert "taken after" not in short_reason(ci.outline(), ca.action(), determination.as_of, claim)
    two = bakery("2026-21", "2023")
    short = " ".join(_in_short(ca.determine(two), ca.action(), two, 80).split())
    assert "(each photograph listed was taken after 2020-07-08)" in short
    one_before = bakery("2026-21", "2019")
    assert "taken after" not in _in_short(ca.determine(one_before), ca.action(), one_before, 80)
