"""The guided interview, driven through whole transcripts (issues 18, 24 and 25).

Most transcripts answer by question (a list of words a question contains and the answer
to give), so that they hold whatever order the engine ranks the questions in; each
claimant's answers are then replayed, line for line, through the command line.
The outcomes asserted are worked out from the class definitions and the Copyright Act
(BRIEF §2 and §5), not read off the program.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import classaction as ca
from classaction.actions import get as _action
from classaction.actions.t_724_20.readings import Readings, RightsHeld
from classaction.cli.interview import parse_date, parse_periods, run_interview
from classaction.engine.dates import DateRange
from classaction.records.claim import Claim
from classaction.records.convert import structure

_rcmp = _action()
ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 1, 15)
Rules = list[tuple[str, "str | list[str]"]]
_PROMPT = re.compile(r"\n  \[[^\]]*\](?: |\n  )> ")


class _Answers(io.TextIOBase):
    """Standard input that answers each question by the words it contains, and echoes each
    answer to the transcript as a terminal shows it.

    ``first`` answers the first questions in turn, whatever they ask; the question after
    one containing the words of ``back_after`` is answered "back" (once each); then
    ``rules`` are tried in order: the first whose words appear in the question asked gives the answer
    (a list gives its answers in turn, the last one from then on); ``names`` answer the
    "photograph >" prompts in turn. With no rule, the input ends (EOF). Every question
    asked and answer given is logged.
    """

    def __init__(
        self, out: io.StringIO, rules: Rules, names: list[str], first: list[str],
        back_after: list[str],
    ) -> None:
        self.out, self.rules, self.names, self.first = out, rules, list(names), list(first)
        self.back_after = list(back_after)
        self.log: list[tuple[str, str]] = []

    def readline(self, size: int | None = -1) -> str:
        answer = self.answer()
        if answer:
            self.out.write(answer)  # as a terminal echoes what is typed
        return answer

    def answer(self) -> str:
        text = self.out.getvalue()
        if len(self.log) > 300:  # a transcript that loops: end it, and the test fails
            return ""
        if text.endswith("photograph > "):
            answer = self.names.pop(0) if self.names else ""
            self.log.append(("photograph >", answer))
            return answer + "\n"
        question = _questions(text)[-1]
        if self.first:
            answer = self.first.pop(0)
            self.log.append((question, answer))
            return answer + "\n"
        if self.log and any(words in self.log[-1][0] for words in self.back_after):
            self.back_after = [w for w in self.back_after if w not in self.log[-1][0]]
            self.log.append((question, "back"))
            return "back\n"
        for words, given in self.rules:
            if words.lower() in question.lower():
                answer = given if isinstance(given, str) else (
                    given.pop(0) if len(given) > 1 else given[0]
                )
                self.log.append((question, answer))
                return answer + "\n"
        self.log.append((question, "<end of input>"))
        return ""


def _questions(transcript: str) -> list[str]:
    """Each question asked, in order: the lines just before each "[hint] >" prompt, joined.

    A question is wrapped to the terminal's width, and may have its options listed below
    it; it starts after a blank line, or a line said to the side (indented): a message,
    or the prompt answered before it.
    """
    found = []
    for match in _PROMPT.finditer(transcript):
        lines = transcript[:match.start()].split("\n")
        question: list[str] = []
        for line in reversed(lines):
            if not question and re.match(r"  \d+\) |     \S", line):
                continue  # the options of a choice, one a line, below the question
            if not line or line.startswith("  "):
                break
            question.append(line)
        found.append(" ".join(reversed(question)))
    return found


def interview(
    rules: Rules, names: list[str] = (), readings: Readings | None = None,  # type: ignore[assignment]
    first: list[str] = (),  # type: ignore[assignment]
    back_after: list[str] = (),  # type: ignore[assignment]
) -> tuple[dict[str, object], str, list[tuple[str, str]]]:
    out = io.StringIO()
    answers = _Answers(out, [(w, list(g) if isinstance(g, list) else g) for w, g in rules],
                       list(names), list(first), list(back_after))
    record = run_interview(answers, out, readings or Readings(), today=TODAY)
    return record, out.getvalue(), answers.log


def outcomes(record: dict[str, object], readings: Readings | None = None) -> dict[str, str]:
    determination = _rcmp.determine(structure(record, Claim), readings or Readings())
    return {c.class_id: c.outcome.value for c in determination.classes}


def cli(stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The command's interview of T-724-20 alone, as the transcripts here are that action's."""
    return subprocess.run(
        [sys.executable, "-m", "classaction", "interview", "--action", "T-724-20", *args], input=stdin,
        capture_output=True, text=True, check=False, cwd=ROOT, timeout=300,
    )


def replay(log: list[tuple[str, str]]) -> str:
    """The answers of a logged transcript as the lines of standard input."""
    return "".join(answer + "\n" for _, answer in log if answer != "<end of input>")


def asked_once(transcript: str) -> None:
    questions = _questions(transcript)
    assert len(questions) < 300
    repeated = {q for q in questions if questions.count(q) > 1}
    assert not repeated, repeated


# Words of a legal conclusion or a term of art asked for as if a person knew it: none is
# asked. A question may name a term after the plain words, in brackets, as "(a waiver of
# moral rights)".
CONCLUSIONS = (
    "copyright or moral rights in any other", "hold copyright or moral rights",
    "initial negative", "moral rights waived", "Were the moral rights", "licensed exclusively",
    "transferred", "in the course of employment", "natural person", "legal person",
)


def flat(transcript: str) -> str:
    """A transcript with its lines joined, for a message wrapped to the terminal's width."""
    return " ".join(transcript.split())


def plain(transcript: str) -> None:
    for question in _questions(transcript):
        for words in CONCLUSIONS:
            assert words.lower() not in question.lower(), (words, question)


def fits(transcript: str) -> None:
    """Every line fits a terminal 80 columns wide (the cursor takes the last column)."""
    long = [line for line in transcript.split("\n") if len(line) > 79]
    assert not long, long


# --- the three people of issue 24 -------------------------------------------------------
#
# Each is asked fewer questions than the interview asked before dates could be given as
# people know them (commit d0b3f16). Counted there the same way (the questions with a
# "[...] >" prompt, the "photograph >" prompts aside), with each person answering as that
# interview let them: a day made up where they knew only a year or a month (1978-01-01,
# 2015-01-01, 2001-01-01, 2018-06-01, 2020-02-01), "don't know" where they knew nothing.
# The photographer was asked 11 questions, the Toronto man 16 (17 when he answered "don't
# know" to the day his photograph was taken, as in the trial), the Seattle woman 15.
BEFORE = {"photographer": 11, "toronto": 16, "seattle": 15}

# She took a landscape in 2015 and posted it online; Clearview's reply to her request for
# her data showed that it collected it. Her face is in no photograph Clearview collected.
# She has lived in Canada all her life, knows only the year of her birth (1978), never
# gave up her moral rights, and knows nothing of any RCMP search.
PHOTOGRAPHER_2015: Rules = [
    ("Whom is this claim for", "myself"),
    ("show your face", "no"),
    ("that you took", ["yes", "no"]),
    ("Does your face appear", "no"),
    ("Who took", "me"),
    ("When was", "2015"),
    ("waiver of moral rights", "no"),
    ("lived in Canada", "since birth"),
    ("date of birth", "1978"),
    ("citizen of Canada", "since birth"),
    ("RCMP", "don't know"),
]


def test_the_2015_photographer_is_a_copyright_member_and_not_a_privacy_breach_member() -> None:
    record, transcript, _ = interview(PHOTOGRAPHER_2015, names=["landscape"])
    outcome = outcomes(record)
    # She took it: its author and first owner (s. 13(1)), holding its moral rights, never
    # waived (s. 14.1); alive on 2020-07-08; either right suffices (R3). A member.
    assert outcome["CI"] == "MEMBER"
    # Her face is in no photograph Clearview collected: not a Privacy Breach member.
    assert outcome["PB"] == "NOT_MEMBER"
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["made_on"] == "2015"  # the year, as she knows it
    assert photo["author"] == "claimant" and photo["collected_by_clearview"] is True
    assert len(_questions(transcript)) < BEFORE["photographer"]
    asked_once(transcript)
    plain(transcript)
    fits(transcript)
    assert "No more answers" not in transcript


# He has lived in Toronto since 2001 and is not a citizen. Clearview's reply to his
# request showed a photograph of him at a party in 2018, which a friend took; he took no
# photograph Clearview collected, had none taken for him, and was given no copyright in
# any. He cannot know whether the RCMP searched with his photograph.
TORONTO: Rules = [
    ("Whom is this claim for", "myself"),
    ("that you took", "no"),
    ("show your face", ["yes", "no"]),
    ("Does your face appear", "yes"),
    ("Who took", "someone else"),
    ("lived in Canada", "since 2001"),
    ("citizen of Canada", "none"),
    ("taken before", "no"),
    ("When was", "2018"),
    ("photographer who took", "no"),
    ("date of birth", "20 August 1975"),
    ("RCMP", "don't know"),
]


def test_the_toronto_man_is_a_privacy_breach_member_and_not_a_copyright_member() -> None:
    record, transcript, _ = interview(TORONTO, names=["party 2018"])
    outcome = outcomes(record)
    # A natural person, resident of Canada on 2020-07-08 (since 2001, still), his face in a
    # photograph Clearview collected: a member.
    assert outcome["PB"] == "MEMBER"
    # A friend took it: the friend is its author and first owner and holds its moral rights
    # (ss. 13(1), 14.1); nothing passed to him, and he holds rights in no other.
    assert outcome["CI"] == "NOT_MEMBER"
    assert record["claimant"]["residence"] == [  # type: ignore[index]
        {"start": "2001", "ongoing": True, "country": "CA"}  # asked of Canada, said so
    ]
    assert len(_questions(transcript)) < BEFORE["toronto"]
    asked_once(transcript)
    plain(transcript)
    fits(transcript)


# She lives in Seattle and has never lived in Canada nor been a citizen. A reply from the
# RCMP showed that it searched Clearview's service with her selfie in February 2020. She
# does not know whether Clearview collected any photograph of hers.
SEATTLE: Rules = [
    ("Whom is this claim for", "myself"),
    ("Which photograph", "selfie"),
    ("Did the RCMP search", "yes"),
    ("search with photograph", "February 2020"),
    ("show your face", "don't know"),
    ("that you took", "don't know"),
    ("lived in Canada", "none"),
    ("citizen of Canada", "none"),
    ("Does your face appear", "yes"),
    ("Did Clearview collect", "don't know"),
    ("Who took", "me"),
    ("date of birth", "9 May 1988"),
]


def test_the_seattle_woman_is_a_targeted_individual_and_not_a_privacy_breach_member(
    tmp_path: Path,
) -> None:
    record, transcript, log = interview(SEATTLE)
    outcome = outcomes(record)
    # The RCMP used a photograph of her (her selfie) for the purpose of using Clearview's
    # services in February 2020, before 2020-07-08 ("had been used"); alive then: a member.
    assert outcome["TI"] == "MEMBER"
    # Neither resident nor citizen of Canada: not a Privacy Breach member.
    assert outcome["PB"] == "NOT_MEMBER"
    use = record["police_uses"][0]  # type: ignore[index]
    assert use == {"photograph": "selfie", "agency": "rcmp", "service": "clearview",
                   "used_on": "2020-02"}
    asked = _questions(transcript)
    # "yes, the RCMP searched Clearview's service" answers which force and which service.
    assert not any("Which police force" in q or "another service" in q for q in asked)
    # Answering for herself, she is alive: neither her death nor her birth is asked.
    assert not any("born" in q or "died" in q or "date of birth" in q for q in asked)
    # Asked once whether a collected photograph shows her face ("don't know"), she is not
    # asked again of her selfie in other words.
    assert not any("Did Clearview collect photograph" in q for q in asked)
    assert len(asked) < BEFORE["seattle"]
    asked_once(transcript)
    plain(transcript)
    fits(transcript)

    # The same answers through the command line, saved with a claim id and valid.
    saved = tmp_path / "claim.json"
    done = cli(replay(log), "--save", str(saved))
    assert done.returncode == 0, done.stderr
    assert "Targeted Individuals Class: MEMBER" in done.stdout
    assert "Privacy Breach Class: NOT A MEMBER" in done.stdout
    kept = json.loads(saved.read_text("utf-8"))
    assert re.fullmatch(r"interview-\d{4}-\d\d-\d\d-\d{6}", kept.pop("claim_id"))
    assert kept == record
    assert ca.validate_claim(json.loads(saved.read_text("utf-8"))) == ()
    assert re.search(r"saved to .*claim\.json\.\nIts claim id: interview-\d{4}-", done.stdout)


def test_a_claim_id_given_is_the_saved_records_and_shown_in_its_result(tmp_path: Path) -> None:
    saved = tmp_path / "claim.json"
    done = cli("myself\n", "--save", str(saved), "--claim-id", "KL-2026-0042")
    assert done.returncode == 0, done.stderr
    assert json.loads(saved.read_text("utf-8"))["claim_id"] == "KL-2026-0042"
    # The result shown is the saved record's: its digest is the one explain gives.
    explained = subprocess.run(
        [sys.executable, "-m", "classaction", "explain", str(saved)],
        capture_output=True, text=True, check=False, cwd=ROOT, timeout=300,
    )
    digest = re.search(r"(sha256:[0-9a-f]+)", explained.stdout)
    assert digest is not None and digest[1] in done.stdout
    refused = cli("", "--claim-id", "KL-1")
    assert refused.returncode == 2 and "--save" in refused.stderr


def test_the_closing_gives_the_explain_full_command_for_the_file_saved(tmp_path: Path) -> None:
    # "classaction explain --full" needs a file: the interview ends with the command whole,
    # for the record it saved (quoted for a shell), its action and readings included.
    saved = tmp_path / "my claim.json"
    done = cli("myself\n", "--save", str(saved), "-r", "R3=both")
    assert done.returncode == 0, done.stderr
    said = done.stdout.splitlines()
    # Said once, at the end, for the file; never the bare command in each action's part.
    assert "explain --full." not in done.stdout
    # Within the interview's 79 columns, a long command goes on after a backslash, as a shell
    # reads it (a part longer than that, such as this test's path, stands alone on its line).
    start = said.index("Every rule applied, with its source:") + 1
    lines = [said[start]]
    while lines[-1].endswith(" \\"):
        lines.append(said[start + len(lines)])
    assert all(
        len(line) <= 79 or len(shlex.split(line.removesuffix(" \\"))) == 1 for line in lines
    )
    assert len(lines) > 1
    command = " ".join(line.removesuffix(" \\").strip() for line in lines)
    assert command.startswith("classaction explain --full '")
    assert command.endswith(" --action T-724-20 -r R3=both")  # as the interview was read
    words = shlex.split(command)
    assert words[3] == str(saved)
    full = subprocess.run(
        [sys.executable, "-m", "classaction", *words[1:]],
        capture_output=True, text=True, check=False, cwd=ROOT, timeout=300,
    )
    assert full.returncode == 0, full.stderr
    assert "Read with R3 rights_held = both" in full.stdout  # the readings given again
    # Not saved: it says so, and how to keep the answers for that command.
    unsaved = cli("myself\n")
    assert unsaved.returncode == 0, unsaved.stderr
    closing = unsaved.stdout[unsaved.stdout.index("The answers were not saved."):]
    # The command to run again, whole on its line, with the action this interview asked.
    assert closing.splitlines()[-1] == (
        "  classaction interview --action T-724-20 --save my-claim.json"
    )
    assert all(len(line) <= 80 for line in closing.splitlines())


def test_a_record_with_dates_known_to_the_year_determines_as_the_rules_say() -> None:
    record = {
        "claimant": {
            "kind": "natural", "born_on": "1978", "deceased": False,
            "residence": [{"start": "2001", "ongoing": True}], "citizenship": [],
        },
        "photographs": [{
            "id": "landscape", "collected_by_clearview": True, "claimant_face_appears": True,
            "author": "claimant", "made_on": "2015",
        }],
        "police_uses": [],
        "statements": {
            "unlisted_collected_photograph_depicts_claimant": False,
            "holds_rights_in_unlisted_collected_photograph": False,
            "rcmp_used_unlisted_photograph_of_claimant": False,
        },
    }
    assert ca.validate_claim(record) == ()
    # Born in 1978: alive on 2020-07-08. Resident since 2001, still: resident then. Her face
    # in a photograph Clearview collected: Privacy Breach. She took it in 2015, after
    # 2012-11-07: author and first owner, with the moral rights: Copyright. No RCMP use.
    assert outcomes(record) == {"PB": "MEMBER", "TI": "NOT_MEMBER", "CI": "MEMBER"}


# --- earlier transcripts, in the words now used -----------------------------------------

SELFIE: Rules = [
    ("Whom is this claim for", "myself"),
    ("show your face", ["yes", "no"]),
    ("Does your face appear", "yes"),
    ("Did Clearview collect", "yes"),  # Clearview's reply to her data-access request showed it
    ("Who took", "me"),
    ("date of birth", "12 April 1990"),
    ("lived in Canada", "since birth"),
    ("citizen of Canada", "since birth"),
    ("RCMP", "don't know"),
    ("government", "no"),
    ("When was", "2018-06-01"),
    ("How many times", "none"),
    ("order", "no"),
    ("as an employee", "no"),
    ("film or memory card", "me"),
    ("two or more people", "no"),
    ("waiver of moral rights", "no"),
    ("that you took", "don't know"),
]


def test_a_resident_who_found_her_selfie_is_a_privacy_breach_member(tmp_path: Path) -> None:
    record, transcript, log = interview(SELFIE, names=["selfie"])
    # Natural, resident of Canada on 2020-07-08, her face in a photograph Clearview collected.
    assert outcomes(record)["PB"] == "MEMBER"
    # She took it, for no one, and kept it: first owner of the copyright (s. 13(1)).
    assert outcomes(record)["CI"] == "MEMBER"
    # Nothing is known of an RCMP search.
    assert outcomes(record)["TI"] == "UNDETERMINED"
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["id"] == "selfie" and photo["claimant_face_appears"] is True
    assert photo["collected_by_clearview"] is True and photo["author"] == "claimant"
    assert "No more answers" not in transcript
    asked_once(transcript)
    plain(transcript)
    # The person answering is alive: never asked whether she died.
    assert not any("died" in q or "die?" in q for q in _questions(transcript))

    # The same answers through the command line, saved and valid.
    saved = tmp_path / "claim.json"
    done = cli(replay(log), "--save", str(saved))
    assert done.returncode == 0, done.stderr
    assert "Privacy Breach Class: MEMBER" in done.stdout
    assert "Copyright Infringement Class: MEMBER" in done.stdout
    kept = json.loads(saved.read_text("utf-8"))
    kept.pop("claim_id")
    assert kept == record
    assert ca.validate_claim(record) == ()


def test_a_photograph_named_a_selfie_is_not_asked_who_took_it() -> None:
    """A later trial's person answered "yes i took the selfies myself", named them "selfies",
    and was asked who took them, and then whether her face appears in them. A selfie is a
    photograph its subject took of their face: noted so and said back, never asked; one named
    as a selfie someone else took is asked."""
    rules: Rules = [
        ("Whom is this claim for", "1"), ("that you took", "yes i took the selfies myself"),
        ("", "don't know"),
    ]
    record, transcript, _ = interview(rules, names=["selfies"])
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["author"] == "claimant"
    assert photo["claimant_face_appears"] is True
    assert 'Noted as photograph "selfies": a selfie, so one you took, showing your face.' in flat(transcript)
    # Nor, then, whether her face appears in it (a later trial's was asked it next).
    assert not any(q.startswith(("Who took", "Does your face appear")) for q in _questions(transcript))
    asked_once(transcript)

    # Named again as "one of my selfies", for the RCMP's search: the same photograph (a later
    # trial's became a second one).
    record, transcript, _ = interview([
        ("Whom is this claim for", "1"), ("that you took", "yes i took the selfies myself"),
        ("search Clearview's service with a photograph", "yes"),
        ("Which photograph did the RCMP", "one of my selfies"), ("", "don't know"),
    ], names=["my selfies"])
    assert [p["id"] for p in record["photographs"]] == ["my-selfies"]  # type: ignore[index]
    assert record["police_uses"][0]["photograph"] == "my-selfies"  # type: ignore[index]
    # Named by the words that tell it apart ("the facebook one", of "my facebook pic": a later
    # trial's became a second photograph), said back; a name sharing none is a new one.
    for said, ids in (("the facebook one", ["my-facebook-pic"]),
                      ("my passport photo", ["my-facebook-pic", "my-passport-photo"])):
        record, transcript, _ = interview([
            ("Whom is this claim for", "1"), ("that you took", "yes i took it myself"),
            ("search Clearview's service with a photograph", "yes"),
            ("Which photograph did the RCMP", said), ("", "don't know"),
        ], names=["my facebook pic"])
        assert [p["id"] for p in record["photographs"]] == ids, said  # type: ignore[index]
        assert record["police_uses"][0]["photograph"] == ids[-1]  # type: ignore[index]
        assert ('(taken as: photograph "my facebook pic", named before' in flat(transcript)) is (
            len(ids) == 1), said

    # One its name says another took is no selfie of the person's, and noted as another's.
    record, transcript, _ = interview(rules, names=["selfie my sister took"])
    assert record["photographs"][0]["author"] == "other"  # type: ignore[index]
    assert not any(q.startswith("Who took") for q in _questions(transcript))


def test_clients_said_to_have_paid_is_a_yes_to_an_order_by_someone_else() -> None:
    """A later trial's studio answered "the clients paid for them though" to whether someone
    ordered its photograph and paid for it, and was not understood. Its clients named as who
    paid or ordered is a yes, said back, and the one who ordered it is someone else, not asked
    again; one that says they never paid, or sounds unsure, is not taken."""
    def answered(said: str) -> tuple[dict[str, object], str]:
        record, transcript, _ = interview([
            ("Whom is this claim for", "4"), ("that you took", ["yes", "no"]),
            ("Who took", "our staff photographer"), ("When was", "2010"),
            ("Did someone order", said), ("", "don't know"),
        ], names=["portraits"])
        return record["photographs"][0], transcript  # type: ignore[index,return-value]

    for said in ("the clients paid for them though", "our clients ordered them",
                 "yes the clients did, like i said"):
        photo, transcript = answered(said)
        assert photo["commissioned"] is True and photo["commissioner"] == "other", said
        if not said.startswith("yes"):  # a yes read from a sentence is said back so
            assert "taken as: yes: someone other than the photographer ordered it" in flat(transcript)
        assert not any(q.startswith("Who ordered") for q in _questions(transcript))
    for said in ("the clients never paid", "the couple paid i think"):
        photo, _ = answered(said)
        assert "commissioned" not in photo, said


def test_answering_for_another_the_questions_keep_their_hint_of_a_request() -> None:
    """A trial's person answering for another was asked whether the RCMP searched with the
    claimant's face without the hint one answering for oneself reads: a reply to a request
    for personal information may say so. Said of the claimant's request, and of the face in a
    photograph Clearview collected likewise."""
    _, transcript, _ = interview([
        ("Whom is this claim for", "2"), ("that the claimant took", "no"), ("show", "yes"),
        ("", "don't know"),
    ], names=["profile pic"])
    told = flat(transcript)
    assert ("showing the claimant's face? (The RCMP is the Royal Canadian Mounted Police, "
            "Canada's federal police. A reply to a request the claimant made for their personal "
            "information may say so.)") in told
    assert "(Clearview's reply to a request for the claimant's data may have shown one.)" in told
    fits(transcript)


def test_a_yes_to_some_collected_photograph_says_nothing_of_the_one_the_rcmp_used() -> None:
    """A later trial's person said a photograph Clearview collected shows her face, named none,
    and did not know which photograph the RCMP searched with: her result said "Clearview
    collected it" of that one, which she never said. Asked, not taken; a no to any such
    photograph still says no of it (it shows her face)."""
    def record(face: str) -> tuple[dict[str, object], str]:
        built, transcript, _ = interview([
            ("Whom is this claim for", "1"), ("that you took", "no"), ("show your face", face),
            ("search Clearview's service with a photograph", "yes"),
            ("Which photograph did the RCMP", "don't know"), ("", "don't know"),
        ], names=[])
        return built["photographs"][0], transcript  # type: ignore[index,return-value]

    used, transcript = record("yes")
    assert "collected_by_clearview" not in used
    assert any(q.startswith('Did Clearview collect photograph "the one the RCMP used"')
               for q in _questions(transcript))
    used, _ = record("no")
    assert used["collected_by_clearview"] is False


PHOTOGRAPHER: Rules = [
    ("Whom is this claim for", "1"),
    ("show your face", "no"),
    ("that you took", ["yes", "no"]),
    ("Does your face appear", "no"),
    ("Who took", "me"),
    ("government", "no"),
    ("date of birth", "February 14, 1975"),
    ("lived in Canada", "since birth"),
    ("citizen of Canada", "since birth"),
    ("RCMP", "no"),
    ("When was", "12 Jun 2010"),
    ("Did someone else order", "yes"),  # the couple ordered it
    ("agree that they would not own", "no"),
    ("When was photograph \"wedding 2010\" ordered", "10 January 2010"),
    ("How many times", "none"),
    ("as an employee", "no"),
    ("film or memory card", "me"),
    ("two or more people", "no"),
    ("waiver of moral rights", "no"),
]


@pytest.mark.parametrize("rights_held", [RightsHeld.EITHER, RightsHeld.BOTH])
def test_a_photographer_with_a_2010_commissioned_wedding_photograph_can_finish(
    rights_held: RightsHeld, tmp_path: Path
) -> None:
    readings = Readings(rights_held=rights_held)
    record, transcript, log = interview(PHOTOGRAPHER, names=["wedding 2010"], readings=readings)
    assert "No more answers" not in transcript  # finished, not cut off
    asked = _questions(transcript)
    # The photograph is walked: who took it and when.
    assert any("Who took" in q for q in asked)
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["id"] == "wedding-2010"
    assert photo["made_on"] == "2010-06-12"
    if rights_held is RightsHeld.BOTH:
        # Both rights are needed, so who owns the copyright matters: for whom it was made.
        assert any("order" in q and "pay" in q for q in asked)
        assert photo["commissioned"] is True and photo["commissioner"] == "other"
        assert photo["commission_agreement_to_contrary"] is False
        # Made in June 2010, it was ordered before it was made, so before 2012-11-07: the
        # date of the order cannot change anything and is not asked.
        assert not any("ordered?" in q for q in asked)
    else:
        # Either right suffices: the author holds the moral rights (s. 14.1(1)) unless she
        # waived them, and only a waiver would make the copyright's owner matter. Asked
        # about the waiver first ("no"), she is not asked who ordered the photograph.
        assert photo["moral_rights_waived"] is False
        assert not any("order" in q and "pay" in q for q in asked)
    # Ordered before 2012-11-07 and paid for by the couple, with no agreement otherwise: the
    # couple owned the copyright (former s. 13(2), kept by S.C. 2012, c. 20, s. 60). The
    # photographer, its author, holds the moral rights, never waived (s. 14.1).
    expected = "MEMBER" if rights_held is RightsHeld.EITHER else "NOT_MEMBER"
    assert outcomes(record, readings)["CI"] == expected
    assert outcomes(record, readings)["PB"] == "NOT_MEMBER"  # her face is in none
    assert outcomes(record, readings)["TI"] == "NOT_MEMBER"
    # Being the photographer answers who ordered it: never asked.
    assert not any("Who ordered" in q for q in asked)
    # Said before the wedding was named, "no photograph Clearview collected shows my face"
    # answers whether hers is in it. (Which statement comes first is the engine's order: at
    # this writing, under R3 = both the face, under either the photographs she took.)
    face = next(i for i, q in enumerate(asked) if "show your face" in q)
    named = next(i for i, q in enumerate(asked) if "that you took" in q)
    assert any("Does your face appear" in q for q in asked) is (named < face)
    assert photo["claimant_face_appears"] is False
    asked_once(transcript)
    plain(transcript)

    saved = tmp_path / "claim.json"
    args = ["--save", str(saved)] + (["-r", "R3=both"] if rights_held is RightsHeld.BOTH else [])
    done = cli(replay(log), *args)
    assert done.returncode == 0, done.stderr
    verdict = "MEMBER" if rights_held is RightsHeld.EITHER else "NOT A MEMBER"
    assert f"Copyright Infringement Class: {verdict}" in done.stdout
    kept = json.loads(saved.read_text("utf-8"))
    kept.pop("claim_id")
    assert kept == record
    assert ca.validate_claim(record) == ()


def test_a_person_who_knows_nothing_gets_undetermined_without_loops(tmp_path: Path) -> None:
    record, transcript, log = interview([("", "don't know")])
    assert outcomes(record) == {"PB": "UNDETERMINED", "TI": "UNDETERMINED", "CI": "UNDETERMINED"}
    assert record == {}
    asked_once(transcript)
    assert len(_questions(transcript)) <= 15
    assert "No more answers" not in transcript  # it stopped by itself
    assert "UNDETERMINED" in transcript
    # With nothing listed, nothing is asked "apart from the photographs listed".
    assert not any("Apart from" in q for q in _questions(transcript))
    # "Has the claimant died? don't know" is not followed by the date of death.
    assert any("Has the claimant died?" in q for q in _questions(transcript))
    assert not any("did the claimant die" in q.lower() for q in _questions(transcript))

    done = cli(replay(log), "--save", str(tmp_path / "c.json"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("UNDETERMINED") >= 3
    assert list(json.loads((tmp_path / "c.json").read_text("utf-8"))) == ["claim_id"]


# --- dates as people say them -----------------------------------------------------------


@pytest.mark.parametrize(("text", "edtf"), [
    # Whole days, in any form that cannot be misread.
    ("1990-04-12", "1990-04-12"), ("12 April 1990", "1990-04-12"),
    ("April 12, 1990", "1990-04-12"), ("12 Apr 1990", "1990-04-12"),
    ("april 12 1990", "1990-04-12"), ("12th April 1990", "1990-04-12"),
    ("Apr. 12, 1990", "1990-04-12"), ("1990/04/12", "1990-04-12"), ("1990-4-12", "1990-04-12"),
    ("12 april, 1990", "1990-04-12"), ("25/12/1990", "1990-12-25"),
    # A year, a month, a season, a decade.
    ("2015", "2015"), ("in 2015", "2015"), ("June 2018", "2018-06"), ("jun 2018", "2018-06"),
    ("2018-06", "2018-06"), ("06/2018", "2018-06"), ("February 2020", "2020-02"),
    ("spring 2015", "2015-21"), ("summer 2016", "2016-22"), ("fall 2019", "2019-23"),
    ("autumn 2019", "2019-23"), ("winter 2015-2016", "2015-24"), ("winter 2015/16", "2015-24"),
    ("the 1990s", "1990/1999"),
    # Ranges, open or closed.
    ("since 2001", "2001/.."), ("2010 to now", "2010/.."), ("in or after 2001", "2001/.."),
    ("after 2015", "2016/.."), ("before 2012", "../2011"),
    ("before 7 November 2012", "../2012-11-06"), ("on or before 8 July 2020", "../2020-07-08"),
    ("by June 2018", "../2018-06"), ("between 1988 and 1992", "1988/1992"),
    ("1988 to 1992", "1988/1992"), ("from 1988 to 1992", "1988/1992"), ("1988-1992", "1988/1992"),
    ("January to April 2020", "2020-01/2020-04"), ("spring 2015 to summer 2016", "2015-21/2016-22"),
    # One of two: the days from the earlier to the later hold both.
    ("2012 or 2013", "2012/2013"), ("2013 or 2012", "2012/2013"), ("June or July 2015", "2015-06/2015-07"),
    ("2012, or 2013", "2012/2013"), ("2010 or later", "2010/.."),
    # EDTF itself.
    ("2015-21", "2015-21"), ("2001/..", "2001/.."), ("../2012-11-06", "../2012-11-06"),
])
def test_dates_are_taken_as_people_say_them(text: str, edtf: str) -> None:
    value, why = parse_date(text, TODAY)
    assert why == "" and value is not None and value.text == edtf


@pytest.mark.parametrize(("text", "why"), [
    ("04/12/1990", "could be read two ways (day first or month first)"),
    ("04/05/1990", "could be read two ways"),
    ("31 April 1990", "April 1990 has no day 31"),
    ("12 Aprl 1990", "'aprl' is not a month"),
    ("2027-01-01", "2027-01-01 is a date in the future (today is 2026-01-15)"),
    ("2030", "is a date in the future"),
    ("2028 to 2030", "is a date in the future"),
    ("winter 2015", "winter 2015 could be December 2014 to February 2015 or December 2015 to "
                    "February 2016; write winter 2015-2016"),
    ("early 20s", "give the months you are sure of"),  # a decade, its century unsaid
    ("next spring", "give the year"),  # "last spring" is the last one over: taken
    ("the 20s", "say which century"),  # the 1920s or the 2020s; "the 90s" is the 1990s
    ("1992 to 1988", "the range ends before it starts"),
    ("yesterday-ish", "give a range you are sure of"),
    ("around the 1990s", "give a range you are sure of"),  # a decade said roughly: no one year
    ("about", "give a range you are sure of"),
    ("back", "write a date like 12 April 1990, June 2018 or 2015"),
])
def test_dates_that_cannot_be_taken_are_refused_with_the_reason(text: str, why: str) -> None:
    value, reason = parse_date(text, TODAY)
    assert value is None and why in reason


def test_a_date_said_roughly_is_taken_as_the_years_around_it_and_said_back() -> None:
    """Two trials' people knew years only roughly ("around 1988", "2012 i think", "since 2009 or
    so", "maybe 2016") and were refused, so one made up an exact year to get past a question.
    A date said roughly that names one year is taken as the years within ROUGH_YEARS of it,
    whatever words say the doubt and wherever they come, and said back; where that range
    straddles a day that matters, the interview asks more exactly (it is imprecise)."""
    for said, low, high in (
        ("about 1990", 1988, 1992), ("c. 1990", 1988, 1992),
        ("1990?", 1988, 1992), ("2015 i think", 2013, 2017), ("i think 2015", 2013, 2017),
        ("possibly 1990", 1988, 1992), ("~2001", 1999, 2003),
        ("in 2015 i think", 2013, 2017),
    ):
        value, why = parse_date(said, TODAY)
        assert value == DateRange.between(dt.date(low, 1, 1), dt.date(high, 12, 31)), said
        assert why == f"said roughly: taken as some time between {low} and {high}", said
    # An end left open stays open; two years said roughly are each widened.
    assert parse_date("since 2009 or so", TODAY) == (
        DateRange.parse("2007/.."), "said roughly: taken as in or after 2007")
    assert parse_date("before 2012 i think", TODAY)[0] == DateRange.parse("../2013")
    assert parse_date("2012 or 2013 maybe", TODAY)[0] == DateRange.parse("2010/2015")
    # A date a sentence ends with is never one said roughly ("it was 2009 or so" is no 2009).
    from classaction.cli.said import date_within

    assert date_within("it was 2009 or so", TODAY) is None
    assert date_within("she died in 2021", TODAY) == DateRange.parse("2021")
    # A decade said without its century, where one century's is still to come: the other's
    # (a third trial's "in the 80s"); "the 20s" is still asked.
    assert parse_date("in the 80s", TODAY) == (DateRange.parse("1980/1989"), "taken as: the 1980s")
    assert parse_date("early 80s", TODAY)[0] == DateRange.parse("1980/1984")
    assert parse_date("the 20s", TODAY)[0] is None
    # Such decades within a range or a choice (a later trial's photographer's "from the 70s to
    # 2015" was taken as 2015 alone, the year the sentence ended with): the whole, said back.
    for said, whole in (("from the 70s to 2015", "1970/2015"), ("between the 70s and 2015", "1970/2015"),
                        ("sometime in the 80s or 90s", "1980/1999"), ("since the 90s", "1990/..")):
        value, why = parse_date(said, TODAY)
        assert value == DateRange.parse(whole) and why.startswith("taken as: "), said
    assert parse_date("from the 20s to 2015", TODAY)[0] is None
    assert date_within("from the 20s to 2015", TODAY) is None  # no range's end alone
    # A decade and a season as a trial's son said them of his father.
    assert parse_date("1950 something", TODAY) == parse_date("the 1950s", TODAY)
    assert parse_date("in 2021, in the spring", TODAY) == parse_date("spring 2021", TODAY)
    assert parse_date("spring 2021", TODAY)[0] is not None
    # Never past today (2026-01-15).
    value, _ = parse_date("2025 or so", TODAY)
    assert value is not None and value.latest == TODAY and value.earliest == dt.date(2023, 1, 1)


def test_periods_take_the_forms_people_say_them_in() -> None:
    assert parse_periods("since 2001", TODAY, None) == ([{"start": "2001", "ongoing": True}], "")
    assert parse_periods("2010 to now", TODAY, None) == (
        [{"start": "2010", "ongoing": True}], ""
    )
    assert parse_periods("1988 to 1992; since June 2001", TODAY, None) == ([
        {"start": "1988", "end": "1992"}, {"start": "2001-06", "ongoing": True},
    ], "")
    assert parse_periods("from birth", TODAY, "1978") == (
        [{"start": "1978", "ongoing": True}], ""
    )
    assert parse_periods("1 May 1990 to 31 Dec 1995; 2001-01-01 to now", TODAY, None)[0] == [
        {"start": "1990-05-01", "end": "1995-12-31"}, {"start": "2001-01-01", "ongoing": True},
    ]
    assert parse_periods("none", TODAY, None) == ([], "")
    # Two periods parted by a comma between years, or by "then" (a trial's "2010 to 2015, 2015
    # to 2019" was refused as "2015, 2015 to 2019"); a comma within a day still is the day's.
    two = [{"start": "2010", "end": "2015"}, {"start": "2016", "end": "2019"}]
    for said in ("2010 to 2015, 2016 to 2019", "2010-2015, 2016-2019",
                 "2010 to 2015 then 2016 to 2019", "2010 to 2015, and then 2016 to 2019"):
        assert parse_periods(said, TODAY, None) == (two, ""), said
    assert parse_periods("April 12, 1990 to 1995, 2000 to 2005", TODAY, None)[0] == [
        {"start": "1990-04-12", "end": "1995"}, {"start": "2000", "end": "2005"},
    ]
    # From birth with the date of birth unknown: it is asked, and the period starts on it.
    assert parse_periods("since birth", TODAY, None, lambda: "1980")[0] == [
        {"start": "1980", "ongoing": True}
    ]
    assert parse_periods("since birth", TODAY, None)[0] is None
    # Known only as born by the as-of date (answering for oneself), a period from birth still
    # going on starts then; one that ended asks the date of birth, or starts by its end.
    born_by = "../2020-07-08"
    assert parse_periods("since birth", TODAY, born_by, lambda: "1990")[0] == [
        {"start": born_by, "ongoing": True}
    ]
    assert parse_periods("from birth to 2016", TODAY, born_by, lambda: "1990")[0] == [
        {"start": "1990", "end": "2016"}
    ]
    assert parse_periods("from birth to 2016", TODAY, born_by, lambda: None)[0] == [
        {"start": "../2016", "end": "2016"}
    ]
    assert "ends before it starts" in parse_periods("1992 to 1988", TODAY, None)[1]
    assert "in the future" in parse_periods("since 2030", TODAY, None)[1]
    assert "write periods like since 2001" in parse_periods("after 2015", TODAY, None)[1]
    assert "write periods like since 2001" in parse_periods("whenever", TODAY, None)[1]
    # A place after the period is its own question, asked next: the hint says so.
    # A place after the period is taken as the period, and asked only where it matters (a later
    # trial's "since 1999, in montreal." was refused, as this was).
    periods, why = parse_periods("since 2016 in Illinois", TODAY, None)
    assert periods == [{"start": "2016", "ongoing": True}]
    assert why.endswith("taken as since 2016 (the state or province is asked only where it "
                        "matters)")
    # A whole life said in everyday words is from birth ("since always" was refused).
    for said in ("since always", "Since always.", "all her life", "my entire life"):
        assert parse_periods(said, TODAY, "1950")[0] == [{"start": "1950", "ongoing": True}], said
    # Said with a comma, the period is given back without it.
    assert "taken as since 2010 (the state" in parse_periods("since 2010, in Illinois", TODAY, None)[1]


def test_a_period_said_by_one_date_is_taken_as_no_more_than_it_says() -> None:
    """"In 2015" is a period with a day in 2015, its start and end not known: it began by the
    end of 2015 and ended no earlier than its start. "Throughout 2015" held every day of it.
    Either is said back; a date said roughly, or in the future, is refused."""
    periods, taken = parse_periods("in 2015", TODAY, None)
    assert periods == [{"start": "../2015", "end": "2015/.."}]
    assert "some day between 1 January 2015 and 31 December 2015" in taken
    assert parse_periods("2015", TODAY, None)[0] == periods
    assert parse_periods("during the 1990s", TODAY, None)[0] == [
        {"start": "../1999", "end": "1990/.."}
    ]
    periods, taken = parse_periods("throughout June 2018; since 2021", TODAY, None)
    assert periods == [
        {"start": "../2018-06-01", "end": "2018-06-30/.."}, {"start": "2021", "ongoing": True}
    ]
    assert "began by 1 June 2018 and ended no earlier than 30 June 2018" in taken
    # A period given by its ends is said back as nothing new.
    assert parse_periods("1988 to 1992", TODAY, None)[1] == ""
    assert "said roughly" in parse_periods("about 2015", TODAY, None)[1]
    assert "in the future" in parse_periods("in 2031", TODAY, None)[1]
    assert "only when you are sure" in parse_periods("probably", TODAY, None)[1]


def test_a_period_whose_ends_are_said_roughly_takes_the_years_around_them() -> None:
    # "Around 2010 to now", "since 2009 or so", "maybe 2016": said by people who know the year
    # only roughly (a trial's person was refused, then made up "since 2016"). Each end said
    # roughly is the years around it, and said back so; a doubt said of the whole period, as
    # "i think since 2009", is said of each of its dates.
    going_on = {"ongoing": True}
    for said, period, taken, years in (
        ("around 2010 to now", {"start": "2008/2012", **going_on}, "its start", (2008, 2012)),
        ("since 2009 or so", {"start": "2007/2011", **going_on}, "its start", (2007, 2011)),
        ("i think since 2009", {"start": "2007/2011", **going_on}, "its start", (2007, 2011)),
        ("2001 to roughly 2015", {"start": "2001", "end": "2013/2017"}, "its end", (2013, 2017)),
    ):
        periods, why = parse_periods(said, TODAY, None)
        assert periods == [period], said
        assert why == f"{said}: said roughly, {taken} some time between {years[0]} and {years[1]}", said
    periods, why = parse_periods("maybe 2016", TODAY, None)
    assert periods == [{"start": "../2018", "end": "2014/.."}]
    assert why.startswith("maybe 2016: said roughly, so taken as a period with some day between 1 "
                          "January 2014 and 31 December 2018")
    # With no year to take: still refused, with an example of a period.
    refused, why = parse_periods("since about the 1990s", TODAY, None)
    assert refused is None and "like 2010 to now or 1988 to 1992, or answer don't know" in why


def test_a_period_said_by_one_date_is_recalled_as_said_until_an_end_is_answered() -> None:
    from classaction.cli.said import one_date_words

    for said in ("in 2015", "throughout June 2018", "in June 2018"):
        (period,), _ = parse_periods(said, TODAY, None)
        assert one_date_words(period) == said
    (period,), _ = parse_periods("12 June 2015", TODAY, None)
    assert one_date_words(period) == "on 12 June 2015"
    # Its end since answered ("no" to "did it end before 8 July 2020?"): no longer as said.
    assert one_date_words({"start": "../2015", "end": "2020-07-08/.."}) is None
    assert one_date_words({"start": "2001", "ongoing": True}) is None
    assert one_date_words({"start": "1988", "end": "1992"}) is None


def test_the_periods_prompt_fits_its_line_and_its_hint_names_a_year() -> None:
    from classaction.cli.answers import _HINT_WIDTH
    from classaction.cli.said import PERIODS_HINT, PERIODS_PROMPT

    assert len(f"  [{PERIODS_PROMPT}]") <= _HINT_WIDTH
    assert "in 2015" in PERIODS_HINT


def test_in_2015_leaves_residence_on_the_day_that_matters_open() -> None:
    """Resident "in 2015" (T-724-20, R2's default: resident on the as-of date, 2020-07-08)
    decides nothing, where "2015 to 2015" would have said the residence ended in 2015."""
    record = json.loads((ROOT / "examples" / "claims.jsonl").read_text("utf-8").splitlines()[0])
    assert _rcmp.determine(structure(record, Claim), Readings()).outcomes["PB"] is ca.Outcome.MEMBER
    record["claimant"]["citizenship"] = []
    record["claimant"]["residence"] = parse_periods("in 2015", TODAY, None)[0]
    outcomes = ca.determine(structure(record, Claim)).outcomes
    assert outcomes["PB"] is ca.Outcome.UNDETERMINED
    record["claimant"]["residence"] = parse_periods("2015 to 2015", TODAY, None)[0]
    assert ca.determine(structure(record, Claim)).outcomes["PB"] is ca.Outcome.NOT_MEMBER


def _born(*answers: str, whom: str = "myself") -> tuple[dict[str, object], str]:
    record, transcript, _ = interview([
        ("Whom is this claim for", whom), ("show your face", "don't know"),
        ("that you took", "don't know"), ("RCMP", "don't know"),
        ("lived in Canada", "from birth"), ("born", list(answers)), ("", "don't know"),
    ])
    return record, transcript


def test_answering_for_oneself_the_person_is_alive_and_is_not_asked_when_born() -> None:
    record, transcript = _born("1990")
    # "Were you born on or before 8 July 2020?" is never put to a person answering for
    # herself: she is alive, and old enough to answer.
    assert not any("born" in q for q in _questions(transcript))
    claimant = record["claimant"]
    assert claimant["born_on"] == "../2020-07-08"  # type: ignore[index]
    # "From birth" starts the period on that day.
    assert claimant["residence"] == [  # type: ignore[index]
        {"start": "../2020-07-08", "ongoing": True, "country": "CA"}
    ]
    assert outcomes(record)["PB"] != "NOT_MEMBER"
    # Answering for another person, the question is put, and a year is an answer.
    record, transcript = _born("1990", whom="another person, who is alive")
    assert "Was the claimant born on or before 8 July 2020?" in _questions(transcript)
    assert record["claimant"]["born_on"] == "1990"  # type: ignore[index]
    assert record["claimant"]["residence"] == [  # type: ignore[index]
        {"start": "1990", "ongoing": True, "country": "CA"}
    ]


@pytest.mark.parametrize(("answer", "born_on", "alive"), [
    ("yes", "../2020-07-08", "MEMBER"),
    ("no", "2020-07-09/..", "NOT_MEMBER"),
    ("1978", "1978", "MEMBER"),
    ("March 2021", "2021-03", "NOT_MEMBER"),
])
def test_a_date_that_matters_by_one_day_is_asked_which_side_and_takes_yes_no_or_the_date(
    answer: str, born_on: str, alive: str,
) -> None:
    record, transcript, _ = interview([
        ("Whom is this claim for", "another person, who is alive"),
        ("Was the claimant born on or before 8 July 2020?", answer), ("", "don't know"),
    ])
    assert "Was the claimant born on or before 8 July 2020?" in _questions(transcript)
    assert record["claimant"]["born_on"] == born_on  # type: ignore[index]
    # Born after 2020-07-08, the claimant was not a natural person in being then: no class.
    determination = _rcmp.determine(structure(record, Claim), Readings())
    natural = determination.for_class("TI").findings[0]
    assert natural.value.name == ("TRUE" if alive == "MEMBER" else "FALSE")


def test_a_date_given_across_the_day_that_matters_is_refused_with_the_reason() -> None:
    record, transcript, _ = interview([
        ("Whom is this claim for", "another person, who is alive"),
        ("Was the claimant born on or before 8 July 2020?",
         ["2020", "mid 2020", "the 20s", "don't know"]),
        ("", "don't know"),
    ])
    assert "2020 has days both on or before 8 July 2020 and after" in flat(transcript)
    # "mid 2020" is some day of April to September 2020: refused as 2020 is, with what to
    # answer instead.
    assert "mid 2020 has days both on or before 8 July 2020 and after; answer yes or no if " \
        "you know which" in flat(transcript)
    # A date not taken is refused, with a reminder that yes or no is enough.
    assert "or answer yes if it was on or before 8 July 2020, no if not" in flat(transcript)
    assert "born_on" not in record["claimant"]  # type: ignore[operator]


def test_a_side_question_refusing_words_names_the_date_its_prompt_offers() -> None:
    """"i think summer" to a question whose prompt offers "yes / no / don't know, or the date"
    was told only "answer yes, no or don't know"."""
    _, transcript, _ = interview([
        ("Whom is this claim for", "another person, who is alive"),
        ("Was the claimant born on or before 8 July 2020?", ["i think summer", "don't know"]),
        ("", "don't know"),
    ])
    assert "Not understood: answer yes, no, don't know, or the date." in flat(transcript)


def test_yes_to_a_photograph_clearview_collected_says_what_it_means() -> None:
    """A trial's "yes i took a selfie in 2015", to whether Clearview collected a photograph
    they took, was taken as Clearview's collecting it, unsaid: a yes read from a sentence says
    what it means, and that "back" undoes it; a plain yes is not said back."""
    _, transcript, _ = interview([
        ("Whom is this claim for", "myself"), ("that you took", "yes i took a selfie in 2015"),
        ("", "don't know"),
    ])
    assert ("(taken as: yes: Clearview collected a photograph that you took, had taken, or "
            "whose copyright was passed to you; if not, type back.)") in flat(transcript)
    _, plain, _ = interview([
        ("Whom is this claim for", "myself"), ("that you took", "yes"), ("", "don't know"),
    ])
    assert "taken as: yes" not in flat(plain)


def test_a_photograph_given_only_its_year_is_asked_which_side_of_the_day_the_act_changed(
) -> None:
    """Made in 2012, a commissioned photograph's first owner turns on 7 November 2012."""
    rules = [(w, a) for w, a in PHOTOGRAPHER if w not in ("When was",)]
    rules.insert(0, ('When was photograph "wedding" taken?', "2012"))
    rules.insert(0, ("taken before 7 November 2012", "yes"))
    readings = Readings(rights_held=RightsHeld.BOTH)
    record, transcript, _ = interview(rules, names=["wedding"], readings=readings)
    asked = _questions(transcript)
    side = [q for q in asked if "taken before 7 November 2012" in q]
    assert side == [
        'Was photograph "wedding" taken before 7 November 2012? (The date given: 2012.)'
    ]
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["made_on"] == "2012/2012-11-06"
    asked_once(transcript)


def test_a_date_given_roughly_and_left_so_is_kept_and_the_result_shown() -> None:
    rules = [(w, a) for w, a in PHOTOGRAPHER if w != "When was"]
    rules[:0] = [
        ('When was photograph "wedding" taken?', "2012"),
        ("taken before 7 November 2012", "don't know"), ("ordered?", "don't know"),
    ]
    readings = Readings(rights_held=RightsHeld.BOTH)
    record, transcript, _ = interview([*rules, ("", "don't know")], names=["wedding"],
                                      readings=readings)
    assert record["photographs"][0]["made_on"] == "2012"  # type: ignore[index]
    # Ordered by the couple in 2012: before 7 November the couple owned the copyright
    # (former s. 13(2)), after it she did (s. 13(1)). Both rights are needed: not known.
    assert outcomes(record, readings)["CI"] == "UNDETERMINED"
    assert "Copyright Infringement Class: UNDETERMINED" in transcript
    asked_once(transcript)


def test_a_date_open_at_one_end_is_worked_with_as_any_other() -> None:
    """"since 2001" has no last day: a term of copyright counted from it has no end."""
    rules = [(w, "since 2001" if w == "When was" else a) for w, a in PHOTOGRAPHER_2015]
    record, transcript, _ = interview(
        [("film or memory card", "me"), *rules, ("", "don't know")], names=["landscape"]
    )
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["made_on"] == "2001/.."
    assert "No more answers" not in transcript
    # She took it and kept her moral rights (s. 14.1), whenever from 2001 to 2020-07-08 she
    # took it; taken after that day, it did not exist on it (BRIEF §4: a date that straddles
    # the day leaves it open), which "since 2001" allows.
    assert outcomes(record)["CI"] == "UNDETERMINED"
    record["photographs"][0]["made_on"] = "2001/2019"  # type: ignore[index]
    assert outcomes(record)["CI"] == "MEMBER"
    # (Under R9 = strict, one made before 2012-11-07 needs who owned its film, not asked here
    # once the day of making was left open: one made since needs nothing more.)
    record["photographs"][0]["made_on"] = "2013/2019"  # type: ignore[index]
    assert outcomes(record, Readings().with_values({"R9": "strict"}))["CI"] == "MEMBER"


# --- refused answers: explained, asked again, never dropped ----------------------------


def test_a_future_date_is_refused_with_its_reason_and_asked_again() -> None:
    record, transcript, _ = interview([
        ("Whom is this claim for", "another person, who is alive"),
        ("born on or before", ["2099-01-01", "1990-04-12"]), ("", "don't know"),
    ])
    assert "2099-01-01 is a date in the future (today is 2026-01-15)" in flat(transcript)
    assert record["claimant"]["born_on"] == "1990-04-12"  # type: ignore[index]


def test_an_answer_not_understood_is_asked_again_however_often() -> None:
    record, transcript, _ = interview([
        ("Whom is this claim for", "myself"),
        ("When was", ["soon", "about the 2010s", "Tuesday", "the 20s", "hmm", "2015"]),
        ("that you took", ["yes", "no"]), ("Who took", "me"), ("", "don't know"),
    ], names=["landscape"])
    # "about the 2010s" was understood, and is not enough to tell: told so, not "Not understood".
    assert transcript.count("Not understood") >= 4
    assert "Not enough to tell: a date said roughly" in flat(transcript)
    asked = _questions(transcript)
    assert asked.count('When was photograph "landscape" taken?') == 6
    assert record["photographs"][0]["made_on"] == "2015"  # type: ignore[index]


def test_yes_no_and_choices_say_what_they_take() -> None:
    record, transcript, _ = interview([
        ("Whom is this claim for", ["purple", "perhaps", "myself"]),
        ("show your face", ["maybe", "blue", "no"]),
        ("", "don't know"),
    ])
    assert (
        "Not understood: answer with the number or the words of one of: 1) myself; 2)\n"
        "  another person, who is alive; 3) a person who has died; 4) a company or other\n"
        "  organisation; or don't know. Please answer again."
    ) in transcript
    # A doubt said to a choice is told so too, not that no option was named.
    assert ("You sound unsure: an answer is taken only when you are sure; if you are not, answer "
            "don't know. Please answer again.") in " ".join(transcript.split())
    assert "Not understood: answer yes, no or don't know. Please answer again." in transcript
    # A hedge is told that only a sure yes or no is taken (nothing is guessed), as a doubt
    # understood: "Not understood" read as a misreading of plain words (a later trial's).
    assert ("You sound unsure: a yes or no is taken only when you are sure; if you are not, answer "
            "don't know. Please answer again.") in " ".join(transcript.split())
    assert record["claimant"]["kind"] == "natural"  # type: ignore[index]


def test_the_end_of_input_ends_the_interview_with_what_is_known(tmp_path: Path) -> None:
    # Answers for whom, the photograph and her face in it; then the input ends, whatever is
    # asked next (the order of the other questions is the engine's).
    built, _, log = interview([
        ("Whom is this claim for", "myself"), ("that you took", "don't know"),
        ("show your face", "yes"),
    ], names=["selfie"])
    assert log[-1][1] == "<end of input>"  # it stopped for want of answers, not by itself
    saved = tmp_path / "claim.json"
    done = cli(replay(log), "--save", str(saved))
    assert done.returncode == 0, done.stderr
    assert "No more answers: the determination below uses what is known." in done.stdout
    assert "Traceback" not in done.stderr
    record = json.loads(saved.read_text("utf-8"))
    record.pop("claim_id")
    # Every answer given is kept, and nothing else.
    assert record == built
    # Named a selfie: one she took, as the naming says back.
    assert record["photographs"] == [
        {"id": "selfie", "collected_by_clearview": True, "claimant_face_appears": True,
         "author": "claimant"}
    ]
    assert ca.validate_claim(record) == ()


def test_an_impossible_timeline_is_taken_back_and_asked_again() -> None:
    record, transcript, _ = interview([
        ("Whom is this claim for", "another person, who is alive"),
        ("born on or before", "1990-01-01"),
        ("lived in Canada", ["1985 to now", "1990 to now"]),
        ("", "don't know"),
    ])
    assert "the period starts before the claimant was born" in flat(transcript)
    assert sum("lived in Canada" in q for q in _questions(transcript)) == 2
    assert record["claimant"]["residence"] == [  # type: ignore[index]
        {"start": "1990", "ongoing": True, "country": "CA"}
    ]


@pytest.mark.parametrize("dont_know", ["don't know", "Don’t know", "DON’T KNOW", "dont know", ""])
def test_dont_know_in_any_apostrophe_or_case_leaves_the_fact_out_and_is_not_asked_again(
    dont_know: str,
) -> None:
    record, transcript, _ = interview([
        ("Whom is this claim for", "another person, who is alive"),
        ("born on or before", dont_know), ("", "don't know"),
    ])
    assert "born_on" not in record["claimant"]  # type: ignore[operator]
    assert sum("born on or before" in q for q in _questions(transcript)) == 1
    assert "Not understood" not in transcript


def test_choice_labels_in_words_map_to_the_record() -> None:
    record, _, _ = interview([
        ("Whom is this claim for", "Myself"),
        ("show your face", ["YES", "no"]),
        ("Does your face appear", "yes"),
        ("Who took", "Someone else"),
        ("film or memory card", "the photographer"),
        ("How many times", "1"),
        ("What was the transfer", "an assignment"),
        ("To whom did", "to me"),
        ("Who made transfer", "the photographer"),
        ("whole copyright", "the whole copyright"),
        ("in writing", "yes"),
        ("When was photograph", "2010"),
        ("taken before", "yes"),
        ("", "don't know"),
    ], names=["profile picture"])
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["id"] == "profile-picture" and photo["author"] == "other"
    assert photo["transfers"][0]["kind"] == "assignment"
    assert photo["transfers"][0]["to"] == "claimant"
    assert ca.validate_claim(record) == ()


# --- what is never asked ---------------------------------------------------------------


def test_the_date_of_death_is_not_asked_after_dont_know_whether_dead() -> None:
    _, transcript, _ = interview([
        ("Whom is this claim for", "don't know"), ("Has the claimant died", "don't know"),
        ("", "don't know"),
    ])
    asked = _questions(transcript)
    assert "Has the claimant died?" in asked
    assert not any("die" in q and "claimant" in q and q != "Has the claimant died?"
                   for q in asked)


def test_statements_beyond_the_list_come_after_the_photographs_named() -> None:
    _, transcript, _ = interview(PHOTOGRAPHER, names=["wedding 2010"])
    asked = _questions(transcript)
    named = next(i for i, q in enumerate(asked) if "that you took" in q)
    apart = [i for i, q in enumerate(asked) if q.startswith("Apart from")]
    last_photo = max(i for i, q in enumerate(asked) if '"wedding 2010"' in q)
    assert named < last_photo
    assert all(i > last_photo for i in apart)


def test_a_photograph_never_collected_is_not_walked_for_copyright() -> None:
    _, transcript, _ = interview([
        ("Whom is this claim for", "myself"), ("Which photograph", "p1"),
        ("Did the RCMP search Clearview's service with a photograph", "yes"),
        ("Did Clearview collect", "don't know"),
        ("", "don't know"),
    ])
    asked = _questions(transcript)
    # Its collection unknown: who owns its copyright can change no class.
    assert not any("How many times" in q or "waiver" in q for q in asked)
    asked_once(transcript)


def test_a_fact_that_cannot_change_an_outcome_is_not_asked() -> None:
    """The selfie she took: under the default readings she holds the moral rights whoever
    owns the copyright (s. 14.1(1); R3 = either), unless she waived them; so only the waiver
    is asked, and with it answered "no", nothing about the copyright's owner."""
    record, transcript, _ = interview(SELFIE, names=["selfie"])
    asked = _questions(transcript)
    assert any("waiver" in q for q in asked)
    for moot in ("government", "order", "as an employee", "How many times", "film"):
        assert not any(moot in q for q in asked), moot
    assert outcomes(record)["CI"] == "MEMBER"
    # Under R3 = both the copyright's owner matters, and the same facts are asked.
    record, transcript, _ = interview(SELFIE, names=["selfie"],
                                      readings=Readings(rights_held=RightsHeld.BOTH))
    asked = _questions(transcript)
    for needed in ("government", "order", "as an employee", "How many times"):
        assert any(needed in q for q in asked), needed


# --- lists, searches, back and why ------------------------------------------------------


def test_dont_know_at_a_prompt_for_names_names_nothing() -> None:
    record, transcript, _ = interview([
        ("Whom is this claim for", "myself"), ("show your face", "yes"), ("", "don't know"),
    ], names=["don't know", "dont know"])
    assert "photographs" not in record
    # She says a collected photograph shows her face, and cannot name it: that is her
    # statement, and she is not asked to name it again.
    statements = record["statements"]  # type: ignore[index]
    assert statements["unlisted_collected_photograph_depicts_claimant"] is True
    assert outcomes(record)["PB"] != "NOT_MEMBER"
    assert transcript.count("photograph > ") == 1
    asked_once(transcript)

    record, _, _ = interview([
        ("Whom is this claim for", "myself"), ("show your face", ["yes", "no"]),
        ("", "don't know"),
    ], names=["selfie", "don't know", "profile"])
    assert [p["id"] for p in record["photographs"]] == ["selfie"]  # type: ignore[attr-defined]


def test_an_rcmp_search_answered_dont_know_is_not_asked_again_in_other_words() -> None:
    _, transcript, _ = interview([
        ("Whom is this claim for", "myself"), ("RCMP", "don't know"), ("", "don't know"),
    ])
    asked = [q for q in _questions(transcript) if "RCMP" in q]
    assert len(asked) == 1


def test_two_searches_with_one_photograph_are_told_apart() -> None:
    record, transcript, _ = interview([
        ("Whom is this claim for", "myself"),
        ("Did the RCMP search Clearview's service with a photograph", "yes"),
        ("Apart from the searches you described", "yes"),
        ("Which photograph", "selfie"),
        ("made on or before 8 July 2020", ["don't know", "yes"]),
        ("", "don't know"),
    ])
    uses = record["police_uses"]  # type: ignore[index]
    assert [u["photograph"] for u in uses] == ["selfie", "selfie"]  # type: ignore[index]
    assert 'Was search 2 with photograph "selfie" made on or before 8 July 2020?' in (
        _questions(transcript)
    )
    # Made by 2020-07-08, the second search makes her a Targeted Individual.
    assert uses[1]["used_on"] == "../2020-07-08"  # type: ignore[index]
    assert outcomes(record)["TI"] == "MEMBER"
    asked_once(transcript)


def test_back_returns_to_the_previous_question() -> None:
    # Whom: "another person" by mistake; at the next question, back, and "myself".
    record, transcript, log = interview(
        [("", "don't know")], first=["2", "back", "1", "back", "back", "1"],
    )
    # Said with the answer taken back (a trial's person had to remember what she had typed).
    assert 'Back to the previous question (you had answered "2").' in transcript
    assert "There is no earlier question." in transcript
    assert record["claimant"]["kind"] == "natural"  # type: ignore[index]
    assert record["claimant"]["deceased"] is False  # type: ignore[index]
    assert [a for q, a in log if q == "Whom is this claim for?"] == ["2", "1", "back", "1"]
    # "back" is never taken for an answer, a date included.
    assert "Not understood" not in transcript

    # "someone else" took the landscape, by mistake: at the next question, back, and "me".
    record, transcript, log = interview([
        ("Whom is this claim for", "myself"), ("When was", "2015"),
        ("that you took", ["yes", "no"]), ("Who took", ["someone else", "me"]),
        ("waiver of moral rights", "no"), ("", "don't know"),
    ], names=["landscape", ""], back_after=["Who took"])
    assert [a for q, a in log if q.startswith("Who took")] == ["someone else", "me"]
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["author"] == "claimant" and photo["made_on"] == "2015"
    assert outcomes(record)["CI"] == "MEMBER"
    # The landscape is named once: the answers before the one taken back are replayed.
    assert [p["id"] for p in record["photographs"]] == ["landscape"]  # type: ignore[attr-defined]

    # An answer refused before the one taken back is not replayed: going back does not say
    # "Not understood" of words typed long before.
    record, transcript, log = interview([("", "don't know")], first=["xyz", "2", "back", "1"])
    assert transcript.count("Not understood") == 1
    assert "Not understood" not in transcript.split("Back to the previous question")[1]
    assert record["claimant"]["kind"] == "natural"  # type: ignore[index]


def test_why_says_which_class_and_rule_a_question_serves() -> None:
    asked_why = ("Whom is this claim for", "When was", "waiver of moral rights")
    rules = [(w, ["why", a] if w in asked_why else a) for w, a in PHOTOGRAPHER_2015]
    record, transcript, _ = interview(rules, names=["landscape"])  # type: ignore[arg-type]
    whys = [" ".join(w.split()) for w in re.findall(r"  Why this question: (.*?)\n\n",
                                                      transcript, re.S)]
    assert len(whys) == 3
    assert "\"All natural persons\"" in whys[0]
    assert "Copyright Infringement Class" in whys[1] and "7 November 2012" in whys[1]
    assert "former ss. 13(2) and 10(2)" in whys[1]
    assert "Copyright Infringement Class" in whys[2] and "s. 14.1(2)" in whys[2]
    # Each question is put again after its reason, and answered.
    assert record["photographs"][0]["made_on"] == "2015"  # type: ignore[index]
    assert outcomes(record)["CI"] == "MEMBER"
    assert "Not understood" not in transcript


def test_the_interview_help_gives_its_own_exit_status() -> None:
    done = cli("", "--help")
    assert done.returncode == 0
    assert "the interview ended" in done.stdout
    assert "--claim-id" in done.stdout
    assert "every record valid" not in done.stdout


def test_saving_under_other_readings_says_how_to_read_the_record_the_same_way(
    tmp_path: Path,
) -> None:
    saved = tmp_path / "claim.json"
    done = cli("", "--save", str(saved), "-r", "R3=both")
    assert done.returncode == 0, done.stderr
    assert "give the same options again" in done.stdout
    said = done.stdout.replace(" \\\n      ", " ")  # a command that goes on on the next line
    assert f"  classaction explain {saved} --action T-724-20 -r R3=both\n" in said
    # Every action and the default readings: the record reads the same with no option.
    plain_run = subprocess.run(
        [sys.executable, "-m", "classaction", "interview", "--save", str(saved)], input="",
        capture_output=True, text=True, check=False, cwd=ROOT, timeout=300,
    )
    assert plain_run.returncode == 0, plain_run.stderr
    assert "give the same options again" not in plain_run.stdout
    said = plain_run.stdout.replace(" \\\n      ", " ")
    assert f"  classaction explain --full {saved}\n" in said


def test_a_rough_date_asked_again_says_which_days_matter() -> None:
    from classaction.cli.interview import _turning

    year = ca.DateRange.parse("2015")
    # One day within the year: which side of it.
    assert _turning(year, (dt.date(2015, 6, 21), dt.date(2020, 7, 9))) == (
        ", as it matters whether it was before 21 June 2015"
    )
    # Several: each named (three at most), and none outside the date given.
    said = _turning(year, (dt.date(2015, 3, 1), dt.date(2015, 6, 1), dt.date(2015, 9, 1),
                           dt.date(2015, 12, 1), dt.date(2016, 1, 1)))
    assert said == (", as it matters on which side it falls of 1 March 2015, 1 June 2015 and "
                    "1 September 2015 (and other days)")
    # None within it known (a rule that reads it through a span of other dates): a day that
    # matters is said to fall within it all the same (a later trial's person was told only
    # that "between July 2014 and June 2015" was "not enough to tell").
    assert _turning(year, (dt.date(2016, 1, 1),)) == ", as a day that matters falls within it"
    assert _turning(year, ()) == ", as a day that matters falls within it"
    # A day the engine's question says as the day before is said so here too.
    asked = "Was photograph p1 made (taken) on or before 8 July 2020?"
    assert _turning(ca.DateRange.parse("2020"), (dt.date(2020, 7, 9),), asked) == (
        ", as it matters whether it was on or before 8 July 2020"
    )
    assert _turning(ca.DateRange.parse("2020"), (dt.date(2020, 7, 9),), "When?") == (
        ", as it matters whether it was before 9 July 2020"
    )


def test_a_period_is_named_by_its_place_among_those_in_its_country_past_the_sixth_too() -> None:
    from classaction.cli.answers import _period_name
    from classaction.present.words import ordinal

    assert [ordinal(i) for i in (0, 1, 5, 6, 10, 11, 20, 21, 22, 111)] == [
        "first", "second", "sixth", "7th", "11th", "12th", "21st", "22nd", "23rd", "112th",
    ]
    periods = [{"start": f"{2000 + n}", "end": f"{2000 + n}"} for n in range(8)]
    periods.insert(3, {"start": "1990", "end": "1991", "country": "US"})
    assert _period_name(periods, "residence", 0, "your") == "your first time living in Canada"
    # The eighth in Canada, the ninth given: counted among those of its country.
    assert _period_name(periods, "residence", 8, "your") == "your 8th time living in Canada"
    assert _period_name(periods, "citizenship", 3, "the claimant's") == (
        "the claimant's citizenship of the United States"
    )


# --- the closing explanation, in the interview's words ----------------------------------


# The person names a photograph "profile picture" (its record id: profile-picture) and does not
# know who took it nor whether the RCMP searched with a photograph of them.
NAMED_NOT_KNOWN: Rules = [
    ("Whom is this claim for", "myself"),
    ("that you took", ["yes", "don't know"]),
    ("Does your face appear", "yes"),
    ("", "don't know"),
]


def test_the_closing_explanation_names_a_photograph_as_the_person_did() -> None:
    record, transcript, _ = interview(NAMED_NOT_KNOWN, names=["profile picture"])
    assert record["photographs"][0]["id"] == "profile-picture"  # type: ignore[index]
    assert 'Noted as photograph "profile picture".' in transcript
    closing = transcript[transcript.index("The result, as for any claim record"):]
    # As the questions named it, in the verdicts and in the questions left open alike.
    assert 'Photograph "profile picture": ' in closing
    assert 'Who took photograph "profile picture"' in " ".join(closing.split())
    assert "profile-picture" not in closing
    # Where an item would go in a record is for whoever keeps records, not for the person; an
    # RCMP use not yet given is asked as the person would tell it.
    assert "Which photograph of the claimant did the RCMP use, and when?" in " ".join(closing.split())
    assert "add it to the record" not in closing
    assert max(len(line) for line in closing.splitlines()) <= 79


def test_explain_still_names_the_record_ids_and_where_an_item_goes() -> None:
    # The same record explained (as a claims administrator reads it): the record's own names.
    record, _, _ = interview(NAMED_NOT_KNOWN, names=["profile picture"])
    claim = structure(record, Claim)
    text = ca.render_summary(ca.determine(claim), ca.action(), claim, width=None)
    assert "Photograph profile-picture: " in text
    assert "(add it to the record's police uses)" in text


def test_in_own_words_renames_each_photograph_whole_and_only_it() -> None:
    from classaction.cli.answers import Answers

    named = object.__new__(Answers)
    named.record = {"photographs": [
        {"id": "p1"}, {"id": "p1-2"}, {"id": "wedding.2010"}, {"id": "p3"}, {"id": "graduation"},
    ]}
    named.labels = {"p1": "selfie", "p1-2": "selfie again", "wedding.2010": "wedding 2010",
                    "graduation": "graduation"}  # a name of one word is its id, and quoted too
    text = named.in_own_words(
        "Photograph p1: x. photograph p1-2 and photograph wedding.2010. Of photograph p1."
        " Photograph graduation."
        " Photograph p3; photograph p10; the photograph p1x."
        " Describe any other photograph collected by Clearview that may qualify (add it to the "
        "record's photographs)."
    )
    assert text == (
        'Photograph "selfie": x. photograph "selfie again" and photograph "wedding 2010". '
        'Of photograph "selfie". Photograph "graduation". Photograph p3; photograph p10; '
        'the photograph p1x.'
        " Name the other photograph Clearview collected, and say what you know of it."
    )


def test_a_long_command_goes_on_after_a_backslash_as_a_shell_reads_it() -> None:
    from classaction.cli.main import _command

    parts = ["classaction explain --full", "/tmp/claims/interview-2026-12-05.json",
             "--action T-724-20", "--action T-713-20", "-r R3=both"]
    text = _command(parts)
    lines = text.splitlines()
    assert len(lines) > 1 and all(len(line) <= 79 for line in lines)
    assert all(line.endswith(" \\") for line in lines[:-1])
    assert _command(parts[:2]) == "  classaction explain --full /tmp/claims/interview-2026-12-05.json"
    # A shell reads the lines as the one command: each word, in order.
    echoed = subprocess.run(
        ["bash", "-c", text.replace("classaction", "printf '%s\\n'", 1)],
        capture_output=True, text=True, check=True,
    )
    assert echoed.stdout.split("\n")[:-1] == " ".join(parts).split()[1:]


ARRESTED = [
    ("Whom is this claim for", "for me"),
    ("that you took, that you had someone take for you", "no"),
    ("show your face", "don't know"),
    ("Did the RCMP search Clearview's service", "yes"),
    ("Which photograph did the RCMP search with", "mugshot"),
    ("made on or before 8 July 2020", "2019"),
    ("Who took photograph", "2"),
    ("lived in Canada", "since birth"),
]


def test_a_photograph_named_after_saying_none_collected_is_yours_gets_no_copyright_questions() -> None:
    """A person whose mugshot the RCMP searched had said no photograph Clearview collected was
    theirs (taken by them, for them, or its copyright come to them). Of the mugshot, named
    after, they were asked eight questions that could give them rights in it only against that
    answer (who owned the film, a co-author, the photographer's death, transfers, a commission,
    an employment), each "serving no class any longer". None is asked now; the outcomes are as
    before."""
    record, transcript, log = interview(ARRESTED)
    asked = _questions(transcript)
    for words in ("film or memory card", "together", "photographer who took", "How many times",
                  "order photograph", "as part of their job"):
        assert not any(words in q for q in asked), (words, asked)
    assert not any(answer == "<end of input>" for _, answer in log), log
    outcome = outcomes(record)
    assert outcome == {"PB": "UNDETERMINED", "TI": "MEMBER", "CI": "NOT_MEMBER"}
    assert "serves no class any longer" not in transcript
    asked_once(transcript)
    fits(transcript)


def test_an_answer_after_a_long_hint_is_typed_on_a_line_of_its_own() -> None:
    """After "[none / from birth / since 2001 / 1988 to 1992 / don't know] > " an 80-column
    terminal left 13 columns to type in, and "from 2010 to now" broke mid-word. A hint whose
    last line is long ends the line, and the answer is typed after "  > " below it; after a
    short one it is typed on the same line, as before."""
    from classaction.cli.said import PERIODS_PROMPT

    _, transcript, _ = interview(ARRESTED)
    assert f"\n  [{PERIODS_PROMPT}]\n  > since birth" in transcript
    assert "\n  [yes / no / don't know] > no\n" in transcript
    fits(transcript)


@pytest.mark.parametrize("text", [
    "from birth to 1995 and since 2001", "birth to 1995, since 2001", "from birth to 1995; since 2001",
    "from birth to 1995, and since 2001",
])
def test_two_periods_are_taken_as_people_join_them(text: str) -> None:
    """"from birth to 1995 and since 2001" was refused: only ";" joined two periods, and
    neither the prompt nor the refusal said so. "and" or a comma before the next period joins
    them; the "and" of "between 1988 and 1992" does not, nor a comma before a place."""
    from classaction.cli.said import PERIODS_HINT, parse_periods

    periods, _ = parse_periods(text, TODAY, "1980")
    assert periods == [{"start": "1980", "end": "1995"}, {"start": "2001", "ongoing": True}]
    assert parse_periods("between 1988 and 1992", TODAY, None)[0] == [{"start": "1988", "end": "1992"}]
    # A comma before a place parts no periods: the place is asked only where it matters.
    periods, why = parse_periods("since 2001, in Toronto", TODAY, None)
    assert periods == [{"start": "2001", "ongoing": True}]
    assert why == ("since 2001, in Toronto: taken as since 2001 (the state or province is "
                   "asked only where it matters)")
    assert "several as 1988 to 1992 and since 2001" in PERIODS_HINT


def test_a_date_said_with_a_yes_or_no_is_kept_where_it_agrees() -> None:
    """"no, he died in 2021" was taken as "no" alone: the year was dropped, and a question
    turning on another day asked of it again."""
    rules: Rules = [
        ("Whom is this claim for", "3"),
        # A yes that the date said contradicts is asked again, with why; then a no with its year.
        ("die before", ["yes, in 2021", "no, he died in 2021"]),
        ("born", "1950"),
    ]
    record, text, log = interview(rules)
    claimant = record["claimant"]
    assert isinstance(claimant, dict)
    assert claimant["died_on"] == "2021"
    assert "Not understood: yes means before 8 July 2020, but the date said is not." in " ".join(
        text.split()
    )
    assert [answer for question, answer in log if "die before" in question] == [
        "yes, in 2021", "no, he died in 2021"
    ]
    # A date said roughly is not taken for an exact one: the no alone.
    record, _, _ = interview([rules[0], ("die before", "no, around 2021"), rules[2]])
    assert record["claimant"]["died_on"] == "2020-07-08/.."  # type: ignore[index]


def test_an_option_said_in_a_sentence_is_taken_and_said_back_unless_denied() -> None:
    """"my father, he passed away", "the US settlement" and "he did" were refused (a trial)."""
    from classaction.cli.questions import _FOR_WHOM, _third_person
    from classaction.cli.said import _pick

    options = list(_FOR_WHOM)
    assert _pick("my father, he passed away", options, True) == (
        "dead", "taken as: a person who has died"
    )
    assert _pick("our company", options, True)[0] == "legal"
    # Denied, or matching no option or several: refused, with the options listed.
    for answer in ("I am not dead", "he hasn't died", "my father", "a dead company"):
        assert _pick(answer, options, True)[0] is None, answer
    settled = [("none", "none", ("no", "none", "never")),
               ("MDL-2967", "in MDL-2967", ("mdl-2967", "settlement", "us settlement"))]
    assert _pick("the US settlement", settled, True) == ("MDL-2967", "taken as: in MDL-2967")
    who = [_third_person(("claimant", "me", ("me", "i"))),
           ("other", "someone else", ("my mother", "my husband"))]
    assert _pick("he did", who)[0] == "claimant"
    # Only where a sentence cannot mislead: of who took a photograph, "my mother took it",
    # said by the child of the claimant answered for, is not taken as someone else's.
    assert _pick("my mother took it", who)[0] is None
    assert _pick("me and my husband", who)[0] is None



def test_casual_answers_are_taken_and_a_doubt_or_two_answers_are_not() -> None:
    """A trial's teenager was refused "ya", "lol no", "me lol" and "no she was behind the camera";
    "not sure, maybe in some contracts" was told a yes or no is taken only when sure."""
    from classaction.cli.said import _pick, is_dont_know, parse_periods, parse_yes_no

    for yes in ("ya", "yup", "obv", "well, yes", "yes like i said", "yes i did"):
        assert parse_yes_no(yes) == (True, ""), yes
    for no in ("lol no", "nah", "never", "no she was behind the camera", "no definitely"):
        assert parse_yes_no(no) == (False, ""), no
    for neither in ("yes and no", "no, yes", "yes of course not", "probably yes", "no idea"):
        assert parse_yes_no(neither)[0] is None, neither
    for unsure in ("not sure, maybe in some contracts", "no idea, sorry", "not that I know of"):
        assert is_dont_know(unsure), unsure
    assert not is_dont_know("no, never")
    filed = [("none", "none", ("no", "none", "never")), ("MDL-2967", "in MDL-2967", ())]
    assert _pick("nope", filed)[0] == "none" and _pick("nah", filed)[0] == "none"
    assert _pick("no I never filed anything", filed)[0] == "none"
    assert _pick("no, yes I did", filed)[0] is None  # both: neither taken
    from classaction.cli.questions import _FOR_WHOM

    assert _pick("just me", list(_FOR_WHOM), True)[0] == "me"
    who = [("claimant", "the claimant", ("me", "myself")), ("other", "someone else", ())]
    assert _pick("me lol", who)[0] == "claimant"
    assert parse_periods("nope", TODAY, None, lambda: None) == ([], "")


def test_a_yes_or_no_said_by_its_subject_and_verb_is_taken() -> None:
    """A trial's son, of whether his father filed a claim, said "he did" and was refused; of
    the periods in the United States, "nope never" was refused while "never" was taken."""
    from classaction.cli.said import parse_periods, parse_yes_no

    for yes in ("he did", "She did.", "they were", "i have", "he did, in 2024", "it was lol"):
        assert parse_yes_no(yes) == (True, ""), yes
    for no in ("he didn't", "she did not", "they never", "i haven't", "he never did"):
        assert parse_yes_no(no) == (False, ""), no
    for neither in ("he did i think", "he did not know", "he died", "she did and didn't"):
        assert parse_yes_no(neither)[0] is None, neither
    for none in ("nope never", "no I never lived there", "nah, never"):
        assert parse_periods(none, TODAY, None) == ([], ""), none
    assert parse_periods("no, since 2001", TODAY, None)[0] is None  # a date in it: not none


def test_a_period_refused_is_said_back_in_the_words_given_of_one_who_died() -> None:
    """"2015 to 2021, ontario till he passed" was refused as "2021, ontario till now": the
    death read as the period's end was said back as "now", which the son never wrote."""
    from classaction.cli.said import parse_periods

    value, why = parse_periods("2015 to 2021, ontario till he passed", TODAY, None, dead=True)
    assert value is None and why.startswith("2021, ontario till he passed: ")
    assert parse_periods("2015 till he passed", TODAY, None, dead=True)[0] == [
        {"start": "2015", "ongoing": True}  # closed on the day of death by the interview
    ]


def test_answers_said_as_people_say_them_are_taken() -> None:
    """A trial's person was refused each of these, and had each of their neighbours taken."""
    import datetime as dt

    from classaction.cli.said import date_within, is_dont_know, parse_count, parse_yes_no

    assert parse_yes_no("yes of course, it's a selfie") == (True, "")
    assert parse_yes_no("no definitely") == (False, "")
    assert parse_yes_no("yes of course not")[0] is None  # not a plain yes
    assert is_dont_know("I have no idea") and is_dont_know("I'm not sure")
    assert parse_count("once, she left them to me in her will") == (1, "")
    today = dt.date(2026, 12, 4)
    died = date_within("she died in 2021", today)
    assert died is not None and died.text == "2021"
    assert date_within("it was around 2015", today) is None  # roughly: not taken as exact
    assert date_within("she died early 2021", today) is None  # nor vaguely
    # Asked whether she died before 8 July 2020, a date alone in a sentence is the answer.
    record, _, _ = interview([
        ("Whom is this claim for", "3"), ("die before", "she died in 2021"), ("born", "1950"),
    ])
    assert record["claimant"]["died_on"] == "2021"  # type: ignore[index]


def test_a_year_said_roughly_years_from_the_day_a_question_turns_on_answers_it() -> None:
    """Asked whether Clearview collected a photograph on or before 21 June 2024, a trial's person
    said "probably around 2019" and was refused: however roughly, it is years before. Taken as
    that side, and said back; a rough year near the day is still refused."""
    record, transcript, _ = interview([
        ("Whom is this claim for", "2"), ("born on or before", "probably around 1985"),
        ("", "don't know"),
    ])
    said = " ".join(transcript.split())
    assert ("(probably around 1985: taken as yes, on or before 8 July 2020, as it is years "
            "before.)") in said
    assert record["claimant"]["born_on"] == "../2020-07-08"  # type: ignore[index]
    record, transcript, _ = interview([
        ("Whom is this claim for", "2"), ("born on or before", ["around 2019", "yes"]),
        ("", "don't know"),
    ])
    # The years around it straddle the day: asked which side, saying how it was read (a later
    # trial's person read "2019 maybe has days both on or before 8 July 2020 and after" as
    # absurd, 2019 being all before it).
    assert ("Not enough to tell: around 2019 (said roughly: taken as some time between 2017 "
            "and 2021) has days both on or before 8 July 2020 and after; answer yes or no if "
            "you know which") in " ".join(transcript.split())
    _, transcript, _ = interview([
        ("Whom is this claim for", "2"),
        ("born on or before", ["around 2019 maybe a bit earlier", "yes"]),
        ("", "don't know"),
    ])
    said = " ".join(transcript.split())
    assert "Not enough to tell: a date said roughly could fall on either side" in said
    assert "or answer yes if it was on or before 8 July 2020, no if not" in said


def test_a_period_said_to_end_with_the_claimants_death_ends_on_it() -> None:
    """"from birth until he died", of a father who died in 2021, was refused one question late
    (after the date of birth it had asked for): "he died: write a date like ..."."""
    record, transcript, _ = interview([
        ("Whom is this claim for", "3"), ("die before", "no, he died in 2021"), ("born", "1950"),
        ("live in Canada", "from birth until he died"), ("", "don't know"),
    ])
    assert "Not understood" not in transcript
    assert record["claimant"]["residence"] == [  # type: ignore[index]
        {"start": "1950", "country": "CA", "end": "2021"}
    ]
    # Of one alive, it is no period.
    from classaction.cli.said import parse_periods

    assert parse_periods("his whole life", TODAY, "1950", None, True) == (
        [{"start": "1950", "ongoing": True}], ""
    )

    assert parse_periods("from birth until he died", TODAY, "1950")[0] is None


def test_an_answer_read_from_a_sentence_is_said_back_as_taken() -> None:
    """"not that I know of" was taken as don't know three times, and "ya obv" as yes, with no
    word of it: the person could not see how an answer was read."""
    _, transcript, _ = interview([
        ("Whom is this claim for", "myself"), ("that you took", "not that I know of"),
        ("show your face", "ya obv"), ("RCMP", "no"), ("", "don't know"),
    ])
    said = " ".join(transcript.split())
    assert "> not that I know of (taken as: don't know.)" in said
    # A yes to whether a photograph Clearview collected exists says what it means (a trial's
    # "yes i took a selfie in 2015" was taken as Clearview's collecting it, unsaid).
    assert ("> ya obv (taken as: yes: Clearview collected a photograph that shows your face; if "
            "not, type back.)") in said
    # A plain word is not said back.
    assert "> no (taken as" not in said and "> don't know (taken as" not in said


def test_going_back_does_not_say_again_how_an_earlier_answer_was_taken() -> None:
    """After "back", "(taken as: no.)" of the answer two questions before stood above the
    question asked again (a trial): a replayed answer is not said back a second time."""
    _, transcript, _ = interview([
        ("Whom is this claim for", "myself"), ("that you took", "lol no"),
        ("show your face", "no"), ("", "don't know"),
    ], back_after=["show your face"])
    assert transcript.count("(taken as: no.)") == 1
    after = transcript.split("Back to the previous question")[1]
    assert "(taken as" not in after.split("show your face")[0]


def test_a_year_said_with_a_yes_or_no_in_a_sentence_is_kept_and_said_back() -> None:
    """"no she died in 2021" kept only the no, and "yes, in 2021 like i said" the yes, without a
    word: the year said three times was never used (a trial)."""
    record, transcript, _ = interview([
        ("Whom is this claim for", "3"), ("die before", "no she died in 2021"), ("born", "1950"),
        ("", "don't know"),
    ])
    assert record["claimant"]["died_on"] == "2021"  # type: ignore[index]
    assert "(taken as: no, 2021.)" in " ".join(transcript.split())
    record, transcript, _ = interview([
        ("Whom is this claim for", "3"), ("die before", "no, in 2021 like i said"),
        ("born", "1950"), ("", "don't know"),
    ])
    assert record["claimant"]["died_on"] == "2021"  # type: ignore[index]


def test_a_date_a_period_or_a_choice_read_from_a_sentence_is_said_back() -> None:
    """"he died in 2021", "from birth until he died" and "he did" were read right but never said
    back (a trial), so a person could not see how they were taken."""
    from classaction.cli.said import _pick

    record, transcript, _ = interview([
        ("Whom is this claim for", "3"), ("die before", "he died in 2021"), ("born", "1950"),
        ("live in Canada", "from birth until he died"), ("", "don't know"),
    ])
    said = " ".join(transcript.split())
    assert "> he died in 2021 (taken as: 2021.)" in said
    assert "(from birth until he died: taken as ending on the day of death.)" in said
    assert record["claimant"]["died_on"] == "2021"  # type: ignore[index]
    who = [("claimant", "the claimant", ("he did", "she did")), ("other", "someone else", ())]
    assert _pick("he did", who) == ("claimant", "taken as: the claimant")
    assert _pick("the claimant", who) == ("claimant", "")


def test_quit_ends_the_interview_with_the_result_so_far_and_help_says_what_to_type() -> None:
    """A trial's "quit" and "exit" were refused as answers ("Not understood: answer yes, no or
    don't know"), and nothing said how to stop; "help" was refused too. "quit" now ends it as
    the end of input does, with the result of the answers given; "help" says what can be
    typed and asks again; the opening names "quit"."""
    for word in ("quit", "Exit", "stop."):
        transcript = cli(f"1\nyes\n{word}\n").stdout
        assert "Not understood" not in transcript, word
        # Said as the person's stopping, not as the input's end (a trial's second round).
        assert "You stopped: the determination below uses the answers given so far." in transcript
        assert "Privacy Breach Class" in transcript.split("You stopped", 1)[1]
    transcript = cli("1\nhelp\n").stdout
    said = " ".join(transcript.split())
    assert '"quit" to stop and see the result so far' in said  # the opening
    assert '"quit" to stop and see the result from the answers given so far' in said
    before = transcript.split("No more answers", 1)[0]
    assert before.count("Did Clearview collect any photograph that you took") == 2  # again


def test_quit_says_which_outcomes_rest_on_presumptions_of_questions_still_to_come() -> None:
    """A trial's son typed "quit" and read NOT A MEMBER of the Copyright Infringement Class,
    resting on his father's wedding photograph presumed not ordered and paid for, which the
    next questions would have asked. Stopped there, the result says that outcome rests on what
    the law presumes and that questions that could change it were to come."""
    note = "rest on what the law presumes where an answer is missing"
    stopped = " ".join(cli("1\nyes\nwedding photo\n\n2\nno\nquit\n").stdout.split())
    assert note in stopped
    said = stopped.split(note, 1)[1].split("The result", 1)[0]
    assert "Copyright Infringement Class" in said and "Privacy Breach" not in said
    assert "Copyright Infringement Class: NOT A MEMBER" in stopped  # the presumption's outcome
    # Stopped where nothing rests on a presumption: no such note.
    assert note not in " ".join(cli("1\nquit\n").stdout.split())
    # Nor where each of those questions was answered "don't know" before stopping (the nine
    # of the photograph, from whether the face appears to whether an employee took it): the
    # presumption then stands as the person left it.
    known = " ".join(cli("1\nyes\nwedding photo\n\n2\nno\n" + "don't know\n" * 9 + "quit\n").stdout.split())
    assert "as someone's employee" in known and "You stopped" in known and note not in known


def test_who_took_a_photograph_is_read_as_people_say_it_for_themselves_and_for_another() -> None:
    """A trial's person was refused "me, they are selfies" and "i took them"; a son answering
    for his father was refused "a photographer we hired", "the police" and "my dad", with no
    word of why; "the photographer i guess" was told no option was named. Answering for another,
    "me" is the one answering (someone else), and "my dad" may be the claimant: asked which."""
    from classaction.cli.questions import _CHOICES, _third_person
    from classaction.cli.said import _pick

    mine = list(_CHOICES["photograph.author"])
    theirs = [_third_person(option) for option in mine]
    for said in ("me, they are selfies", "i took them", "selfie", "I took it myself."):
        assert _pick(said, mine)[0] == "claimant", said
    for said in ("a photographer we hired", "the police", "my dad", "someone else, a pro"):
        assert _pick(said, mine)[0] == "other", said
    assert _pick("me, they are selfies", mine)[1] == "taken as: me"
    # Answering for another: "me" and "i took it" name the one answering, and are said back.
    assert _pick("me", theirs) == ("other", "taken as: someone else")
    assert _pick("i took it", theirs)[0] == "other"
    assert _pick("he did", theirs)[0] == "claimant" and _pick("a selfie", theirs)[0] == "claimant"
    value, why = _pick("my dad", theirs)
    assert value is None
    assert ('"the claimant" is the person the claim is for: answer 1 if your dad is that '
            'person, 2 if not') in why
    value, why = _pick("the photographer i guess", mine)
    assert value is None and "only when you are sure" in why
    # Who ordered a photograph keeps its own words: a photographer is not offered there.
    assert _pick("a photographer we hired", list(_CHOICES["photograph.commissioner"]))[0] is None


def test_a_photographs_name_leaves_out_a_doubt_said_after_it_and_is_never_yes() -> None:
    """A trial's son named his father's photograph "his mugshot i guess", and read it so in
    every question and in the result; another's "yes", typed again at the name prompt, named a
    photograph "yes"."""
    from classaction.cli.said import _name

    assert _name("his mugshot i guess") == ("his mugshot", "")
    assert _name("profile picture, i think") == ("profile picture", "")
    assert _name("wedding photo") == ("wedding photo", "")
    for said in ("yes", "Yes.", "no"):
        name, why = _name(said)
        assert name is None and "an empty line when done" in why, said
    record, transcript, _ = interview(
        [("Whom is this claim for", "myself"), ("that you took", "yes"), ("", "don't know")],
        names=["yes", "my selfie i think"],
    )
    assert [p["id"] for p in record.get("photographs", [])] == ["my-selfie"]  # type: ignore[union-attr]
    noted = 'Noted as photograph "my selfie": a selfie, so one you took, showing your face.'
    assert noted in flat(transcript)


def test_a_no_said_as_far_as_one_knows_is_dont_know_whatever_opens_it() -> None:
    """A later trial's person answered "nope not that i know of" to whether the RCMP searched
    Clearview with her photograph: taken as a firm no, it put her out of the Targeted
    Individuals Class, where "not that I know of" alone is don't know. And "huh? what does
    that mean" was "Not understood", where "what does that mean?" explains the question."""
    record, transcript, _ = interview([
        ("Whom is this claim for", "myself"), ("that you took", "no"),
        ("show your face", "yes"), ("RCMP search", "nope not that i know of"), ("", "don't know"),
    ])
    said = " ".join(transcript.split())
    assert "> nope not that i know of (taken as: don't know.)" in said
    assert "rcmp_used_unlisted_photograph_of_claimant" not in record.get("statements", {})
    from classaction.cli.said import is_dont_know

    for unsure in ("no, not that i know of", "nah, not to my knowledge", "not that i remember"):
        assert is_dont_know(unsure), unsure
    for firm in ("nope", "no, never", "no i know they did not"):
        assert not is_dont_know(firm), firm
    _, transcript, _ = interview([
        ("Whom is this claim for", "myself"), ("that you took", ["huh? what does that mean", "no"]),
        ("", "don't know"),
    ])
    assert transcript.count("Not understood") == 0
    assert "Copyright is the right to copy a photograph" in " ".join(transcript.split())


def test_what_a_request_for_ones_data_is_is_told_to_one_who_asks() -> None:
    """A later trial's person asked "what does that mean? a request for my data?" of a
    question that names one, and was told what Clearview is and the US settlement's words."""
    _, transcript, _ = interview([
        ("Whom is this claim for", "myself"), ("that you took", "no"),
        ("show your face", ["what does that mean? a request for my data?", "don't know"]),
        ("", "don't know"),
    ])
    said = " ".join(transcript.split())
    assert "A request for your data: Canada's private-sector privacy law lets anyone ask" in said
    assert "(PIPEDA, S.C. 2000, c. 5, Schedule 1, principle 4.9)" in said
    assert "Not understood" not in said


def test_a_period_said_as_a_move_is_taken_from_the_move() -> None:
    """A trial's person said "i moved here in 2009" and was refused; "since 2009 to 2015" was
    read as a start alone, some day between 2009 and 2015."""
    # Said back as taken (a later trial's person saw no word of how a move was read).
    assert parse_periods("i moved here in 2009", TODAY, None) == (
        [{"start": "2009", "ongoing": True}], "i moved here in 2009: taken as since 2009")
    assert parse_periods("since 2009", TODAY, None)[1] == ""  # said as it is taken
    assert parse_periods("moved to canada in march 2009", TODAY, None)[0] == [
        {"start": "2009-03", "ongoing": True}]
    ended = [{"start": "2009", "end": "2015"}]
    for said in ("i moved here in 2009 and left in 2015", "since 2009 to 2015"):
        assert parse_periods(said, TODAY, None)[0] == ended, said
    assert parse_periods("since 2001 to now", TODAY, None)[0] == [{"start": "2001", "ongoing": True}]


def test_a_period_said_to_go_on_now_with_no_start_is_taken_and_its_start_asked_where_it_matters() -> None:
    """A trial's person said "i am a citizen now, not sure of the year", was refused, and made
    up "since 2016". Taken as a period going on, its start not known; whether it began by the
    day that matters is asked next, with no "date given" she never gave."""
    taken, why = parse_periods("i am a citizen now, not sure of the year", TODAY, None)
    assert taken == [{"start": "../2026-01-15", "ongoing": True}]
    assert why.endswith("taken as a period going on now, its start not known")
    for said in ("now", "currently", "still", "yes, now"):
        assert parse_periods(said, TODAY, None)[0] == taken, said
    assert parse_periods("no, not now", TODAY, None) == ([], "")
    assert parse_periods("not now", TODAY, None)[0] is None
    record, transcript, _ = interview([
        ("Whom is this claim for", "myself"), ("that you took", "no"),
        ("show your face", "yes"), ("lived in Canada", "none"),
        ("citizen of Canada", "i am a citizen now, not sure of the year"),
        ("citizenship of Canada start on or before 8 July 2020", "yes"), ("", "don't know"),
    ], names=["selfie"])
    said = " ".join(transcript.split())
    assert "Did your citizenship of Canada start on or before 8 July 2020? [" in said
    assert record["claimant"]["citizenship"][0]["ongoing"] is True  # type: ignore[index]


def test_answers_a_later_trial_was_refused_are_read() -> None:
    """A second round of trials: "yes. i am a photographer, ..." (a full stop after the yes),
    "since birth. i grew up in ottawa", "vancouver since 2012", "my bakery", "my staff took
    them", "me obviously, they are selfies", "how would i know" and "im 52" (a date of birth)
    were each refused; "probably the instagram selfies", asked which photograph a search used,
    named a new photograph so."""
    from classaction.cli.interview import _ORGANISATION_AUTHOR, _which
    from classaction.cli.questions import _CHOICES, _FOR_WHOM
    from classaction.cli.said import _pick, is_dont_know, parse_yes_no

    assert parse_yes_no("yes. i am a photographer, my photos of clients are online") == (True, "")
    assert parse_yes_no("no. never") == (False, "")
    assert parse_periods("since birth. i grew up in ottawa", TODAY, "1990")[0] == [
        {"start": "1990", "ongoing": True}]
    periods, taken = parse_periods("vancouver since 2012", TODAY, None)
    assert periods == [{"start": "2012", "ongoing": True}]
    assert "the place is asked only where it matters" in taken
    # Asked of Canada, nothing of a place in it is asked, and that is not said (a later trial's
    # "toronto since 2001"); a state of the United States named to it is another country's
    # (test_a_period_said_with_a_place_in_another_country_is_refused).
    from classaction.cli.interview import _in_canada

    assert _in_canada("toronto since 2001", parse_periods("toronto since 2001", TODAY, None)) == (
        [{"start": "2001", "ongoing": True}], "toronto since 2001: taken as since 2001")
    assert _in_canada(
        "since 2016 in illinois", parse_periods("since 2016 in illinois", TODAY, None))[0] is None
    assert parse_periods("not since 2012", TODAY, None)[0] is None
    assert parse_periods("none. never lived there", TODAY, None) == ([], "")
    assert _pick("my bakery", list(_FOR_WHOM), True)[0] == "legal"
    # "real estate" is no dead person's estate (a later trial's broker was asked the birth of
    # the claimant, taken as one who had died).
    for agency in ("our real estate agency, im the broker/owner", "a real estate company",
                   "our agency"):
        assert _pick(agency, list(_FOR_WHOM), True)[0] == "legal", agency
    assert _pick("the estate of my late father", list(_FOR_WHOM), True)[0] == "dead"
    assert _pick("my staff took them", list(_ORGANISATION_AUTHOR))[0] == "staff"
    assert _pick("me obviously, they are selfies", list(_CHOICES["photograph.author"]))[0] == "claimant"
    assert is_dont_know("how would i know")
    born, why = parse_date("im 52", TODAY, age=True)
    assert born == DateRange.between(dt.date(1973, 1, 16), dt.date(1974, 1, 15))
    assert why == "taken as: born between 16 January 1973 and 15 January 1974"
    assert parse_date("im 52", TODAY)[0] is None  # an age is a date of birth's alone
    # "born" before the date of birth (a later trial's "im 44, born 1981" was told "'born' is
    # not a month"): it leads to the date, and the age beside it adds nothing.
    for said, born in (("born 1981", "1981"), ("i was born in 1981", "1981"),
                       ("im 44, born 1981", "1981"), ("she was born in march 1950", "1950-03"),
                       ("born 12 march 1981", "1981-03-12")):
        assert parse_date(said, TODAY, age=True)[0] == DateRange.parse(born), said
    assert parse_date("born 1981", TODAY)[0] is None  # of a date of birth alone
    # Part of a decade said roughly is widened as a year said so (a later trial's "late 2000s
    # maybe" was refused, and "around 2008" then taken); a decade alone so said still is.
    assert parse_date("late 2000s maybe", TODAY) == (
        DateRange.parse("2003/2011"), "said roughly: taken as some time between 2003 and 2011")
    assert parse_date("early 90s i think", TODAY)[0] == DateRange.parse("1988/1996")
    assert parse_date("the 80s maybe", TODAY)[0] is None
    name, why = _which("probably the instagram selfies")
    assert name is None and "only when you are sure which" in why
    assert _which("the instagram selfies") == ("the instagram selfies", "")
    from classaction.cli.interview import _as_named

    assert _as_named("The Instagram selfies") == _as_named("instagram selfies")


def test_answers_a_third_trial_found_misread_or_refused() -> None:
    """A third round: "no, why would they? she was a wedding photographer." was a firm no that
    decided a class, and "no, not sure" a no; "early 2019" (of a death before 8 July 2020) and
    "none, never." were refused; "i doubt it, but i really dont know" was refused, not taken
    as don't know."""
    from classaction.cli.said import is_dont_know, parse_yes_no

    for doubted in ("no, why would they? she was a wedding photographer.", "no, not sure",
                    "yes, not certain"):
        value, why = parse_yes_no(doubted)
        assert value is None and "only when you are sure" in why, doubted
    assert parse_yes_no("yes but not sure when") == (True, "")  # a doubt of when, not of yes
    for unknown in ("i doubt it, but i really dont know.",
                    "i might have? i got an email, not sure if it was this one."):
        assert is_dont_know(unknown), unknown
    assert not is_dont_know("i am a citizen now, not sure of the year")  # a period: see above
    assert parse_date("early 2019", TODAY) == (
        DateRange.parse("2019/2019-06"), "taken as: some time between January and June 2019")
    assert parse_date("beginning of june 2018", TODAY)[0] == DateRange.parse("2018-06")
    assert parse_periods("none, never.", TODAY, None) == ([], "")
    assert parse_periods("no, since 2001", TODAY, None)[0] is None  # a date in it: not none
    _, transcript, _ = interview([
        ("Whom is this claim for", ["what does that even mean", "myself"]), ("", "don't know"),
    ])
    # A question back, said without its "?", is answered with what the question is for (it
    # was refused, with a hint to type "why").
    assert "Why this question: each class begins" in transcript
    assert "Not understood" not in transcript


def test_a_sure_yes_or_no_with_a_doubted_date_after_it_is_the_yes_or_no() -> None:
    """A third trial's "no. it was last spring, april 2025 i think." (did she die before 21 June
    2024?) was refused as a doubted no: the doubt is of the date said after it, which is not
    kept; the no is taken. A doubt before the date is of the answer, and refused still."""
    from classaction.cli.said import date_said_after, parse_yes_no

    said = "no. it was last spring, april 2025 i think."
    assert parse_yes_no(said) == (False, "")
    assert date_said_after(said, TODAY) is None  # said roughly: not kept
    assert parse_yes_no("yes, in 2015 i think") == (True, "")
    for doubted in ("no, i think it was 2019", "yes i think", "probably yes in 2015",
                    "no, not sure, 2019", "yes, i think last fall", "yes they may have i think"):
        assert parse_yes_no(doubted)[0] is None, doubted
    # A time said without its year is a time all the same (a later trial's "yes, last fall i
    # think" was refused as unsure).
    for said in ("yes, last fall i think", "yes, back in march i think",
                 "yes, a few years ago i think", "no, last summer probably"):
        assert parse_yes_no(said) == (said.startswith("yes"), ""), said


def test_none_to_a_yes_or_no_question_is_no() -> None:
    """The last trial's "none", to whether one signed a waiver of moral rights, was refused."""
    from classaction.cli.said import parse_yes_no

    for said in ("none", "Nothing.", "none at all"):
        assert parse_yes_no(said) == (False, ""), said
    assert parse_yes_no("none, but yes")[0] is None


def test_dates_and_periods_as_a_later_trial_s_people_said_them_are_taken_and_said_back() -> None:
    """Each of these was refused, or told a wrong reason, in a trial in a real terminal."""
    import datetime as dt

    from classaction.cli.said import parse_date, parse_periods, parse_yes_no
    from classaction.engine.dates import DateRange

    today = dt.date(2026, 12, 6)

    def taken(text: str, age: bool = False) -> tuple[str | None, str]:
        value, why = parse_date(text, today, age)
        return (None if value is None else value.text), why

    assert taken("2016ish") == taken("around 2016") == (
        "2014/2018", "said roughly: taken as some time between 2014 and 2018"
    )
    assert taken("idk maybe 2015")[0] == "2013/2017"
    # "like" before a date says it roughly, once, whatever leads to it (a trial's "like in
    # 2015" and "like between 2008 and 2011" were refused; "like around 2015" was taken as
    # 2011 to 2019, rough twice).
    assert taken("like around 2015")[0] == taken("like in 2015")[0] == "2013/2017"
    assert taken("like between 2008 and 2011")[0] == taken("like from 2008 to 2011")[0] == \
        taken("about 2008 to 2011")[0] == "2006/2013"
    assert taken("around 2021, we came from france")[0] == "2019/2023"
    assert taken("before covid, 2018 or 2019") == (
        "2018/2019", "taken as: between 2018 and 2019; the words beside it are not read"
    )
    assert taken("sometime in the 80s") == ("1980/1989", "taken as: the 1980s")
    # A date of birth said by a birthday: "i turned 18 around 2012" was read as born in 2012.
    assert taken("i turned 18 around 2012", age=True) == (
        "1992/1996", "taken as: born between 1992 and 1996"
    )
    assert taken("i turned 18 in 2012", age=True) == ("1994", "taken as: born in 1994")
    assert taken("she turned 18 on 3 may 2012", age=True) == (
        "1994-05-03", "taken as: born on 3 May 1994"
    )
    assert taken("i turned 18 in 2012")[0] is None  # of a date of birth only
    # A time of one's life, or relative to today, is told to give the year.
    assert taken("when i was in high school")[1].startswith("give the year, not a time of your")
    assert taken("recently")[1].startswith("give the year, not a time relative to today")
    # A season or a month said from today is the last one over (a later trial's "last fall i
    # think", refused), said back with its year; "last winter", of two years, is not taken.
    assert taken("last fall i think") == ("2026-23", "taken as: autumn 2026")
    assert taken("last march") == ("2026-03", "taken as: March 2026")
    assert taken("last december") == ("2025-12", "taken as: December 2025")
    assert parse_date("last fall", dt.date(2026, 10, 1))[0] == DateRange.parse("2025-23")
    assert taken("last winter")[1].startswith("give the year, not a time relative to today")
    # A period's words beside a comma are not dropped: a period, not a date with a note.
    assert taken("2021, ontario till now")[0] is None
    # A doubt said otherwise ("prolly?", "no??", "god i hope not") is told as one, not as an
    # answer not understood; a period's end taken exactly is not said back as rough.
    for doubted in ("prolly?", "no??", "god i hope not", "prob not", "yes??", "i said maybe?"):
        assert parse_yes_no(doubted)[1].startswith("a yes or no is taken only when you are sure")
    # Said again, with insistence (a later trial's "i said no??", refused as unsure).
    assert parse_yes_no("i said no??") == (False, "")
    # Asked back with its reason after it, with insistence too (a later trial's "no??
    # they're selfies", not understood); alone, or before a question, it is asked back.
    assert parse_yes_no("no?? they're selfies") == (False, "")
    assert parse_yes_no("yes?? i posted them") == (True, "")
    for doubted in ("no??", "no?? maybe", "yes? is that what you mean", "no? does that count",
                    "no? they are selfies?"):
        assert parse_yes_no(doubted)[0] is None, doubted
    # A doubt just before a date is of the date, to a question that does not ask the date (a
    # later trial's woman, sure of the search, said "yes, maybe 2019 or early 2020" and was
    # told she sounded unsure); to one that does, of the answer (parse_yes_no refuses it).
    from classaction.cli.said import sure_but_of_a_date

    for sure in ("yes, maybe 2019 or early 2020", "yes, probably in early 2019"):
        assert parse_yes_no(sure)[0] is None and sure_but_of_a_date(sure) is True, sure
    for unsure in ("yes maybe", "maybe yes, 2019", "yes maybe, they did it in 2019",
                   "no, probably not in 2019"):
        assert sure_but_of_a_date(unsure) is None, unsure
    _, transcript, _ = interview([
        ("Whom is this claim for", "myself"), ("that you took", "no"), ("show your face", "no"),
        ("Did the RCMP search Clearview's service", "yes, maybe 2019 or early 2020"),
        ("", "don't know"),
    ])
    said = flat(transcript)
    assert "yes, maybe 2019 or early 2020 (taken as: yes; a date is asked apart.)" in said
    assert "You sound unsure" not in said
    assert parse_yes_no("i already said yes!!") == (True, "")
    assert parse_periods("since 1998, moved from France", today, "1980") == (
        [{"start": "1998", "ongoing": True}],
        "since 1998, moved from France: its start taken as: 1998; the words beside it are not read",
    )
    # "not yet" to whether a claim was filed: no.
    assert parse_yes_no("not yet") == parse_yes_no("not yet, thats why im here lol") == (False, "")
    # A life with its place: from birth, the place said by the way.
    for said in ("all my life in winnipeg", "my whole life, born in toronto",
                 "since birth in illinois", "since i was born, always in illinois (chicago)"):
        periods, why = parse_periods(said, today, "1980-01-01")
        assert periods == [{"start": "1980-01-01", "ongoing": True}], said
        assert why == f"{said}: taken as from birth (the place is asked only where it matters)"
    assert parse_periods("always here", today, "1980-01-01") == (
        [{"start": "1980-01-01", "ongoing": True}], ""
    )
    assert parse_periods("not my whole life", today, "1980-01-01")[0] is None


def test_choices_counts_and_states_as_a_later_trial_s_people_said_them() -> None:
    """Each refused in a trial in a real terminal: a slip of the keys, a claim for one's child,
    a count said in a sentence, a state misspelt."""
    from classaction.cli.interview import _kin_alive, _parse_state
    from classaction.cli.questions import _CHOICES, _FOR_WHOM
    from classaction.cli.said import _pick, parse_count

    def options_of(shape: str) -> list[tuple[str, str, tuple[str, ...]]]:
        return list(_CHOICES[shape])

    who = [("claimant", "me", ("i", "myself", "me")),
           ("other", "someone else", ("other", "someone", "a friend"))]
    assert _pick("myslef", who) == ("claimant", "taken as: me")
    assert _pick("somone", who) == ("other", "taken as: someone else")
    assert _pick("mother", who)[0] is None  # no slip for "other": one's mother is asked which
    whom = list(_FOR_WHOM)
    assert _pick("myslef", whom, True) == ("me", "taken as: myself")
    assert _pick("my late father", whom, True)[0] == "dead"
    for said in ("my daughter", "for my daughter, she's 15", "my wife"):
        assert _pick(said, whom, True)[0] is None
        assert _kin_alive(said) == ("living", "taken as: another person, who is alive")
    assert _kin_alive("my dad, he died in 2019") == (None, "")
    assert _kin_alive("my mom i think") == (None, "")
    assert _parse_state("illnois") == ("US-IL", "taken as: Illinois")
    assert _parse_state("new yrok") == ("US-NY", "taken as: New York")
    assert _parse_state("iowa") == ("US-IA", "")
    assert _parse_state("kentuky")[0] == "US-KY" and _parse_state("xyz")[0] is None
    # Who took a photograph, said in a sentence (a third trial's "my husband took it", "my ex
    # boyfriend took it at navy pier in 2013"); answering for another, one's kin is asked.
    from classaction.cli.questions import _third_person

    took = list(options_of("photograph.author"))
    for said in ("my husband took it", "my ex boyfriend took it at navy pier in 2013"):
        assert _pick(said, took, True) == ("other", "taken as: someone else"), said
    assert _pick("i took it with my husbands phone", took, True)[0] == "claimant"
    assert _pick("my ex boyfriend took it", [_third_person(o) for o in took], True)[0] is None
    # What a transfer was, said in a sentence, as the interview asks it (in_sentence).
    kinds = list(_CHOICES["transfer.kind"])
    assert _pick("he left everything to me when he died", kinds, True)[0] == "succession"
    assert _pick("he gave them to me", kinds, True)[0] == "assignment"
    assert _pick("he gave me permission", kinds, True)[0] is None  # a gift or a licence?
    assert _pick("he did not leave them, he sold them", kinds, True)[0] is None
    # "a licence" is the third option's own word, not an exclusive licence (a third trial's was
    # stored as one, silently); a word within another's found names the longer one's option.
    for said in ("a licence", "licence", "license", "just a one time use licence for a magazine",
                 "non exclusive", "a non exclusive licence to getty"):
        assert _pick(said, kinds, True)[0] == "licence", said
    for said in ("an exclusive licence", "it was an exclusive licence to the magazine",
                 "exclusive"):
        assert _pick(said, kinds, True)[0] == "exclusive_licence", said
    assert parse_count("none, i never sold them") == (0, "")
    assert parse_count("just once when he died, to me") == (1, "taken as: 1")
    assert parse_count("two times") == (2, "taken as: 2")
    assert parse_count("once or twice")[0] is None and parse_count("one of them")[0] is None
    assert parse_count("twice i think") == (
        None, "a number is taken only when you are sure; if you are not, answer don't know"
    )


class _StopAfter(io.StringIO):
    """Standard input whose answers run out in an interrupt (Ctrl-C), not an end of input."""

    def readline(self, size: int | None = -1) -> str:
        line = super().readline()
        if not line:
            raise KeyboardInterrupt
        return line


def test_an_interview_interrupted_with_save_keeps_the_answers_so_far(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trial's person pressed Ctrl-C with --save and lost every answer."""
    from classaction.cli.main import main

    saved = tmp_path / "part.json"
    monkeypatch.setattr(sys, "stdin", _StopAfter("myself\nno\n"))
    assert main(["interview", "--action", "T-724-20", "--save", str(saved)]) == 130
    said = capsys.readouterr()
    assert f"Interrupted: the answers so far were saved to {saved}." in " ".join(said.out.split())
    assert said.err.endswith("classaction: interrupted\n")
    record = json.loads(saved.read_text("utf-8"))
    assert record["claimant"]["kind"] == "natural" and not ca.validate_claim(record)
    # Nothing answered yet: nothing saved; without --save, nothing either.
    monkeypatch.setattr(sys, "stdin", _StopAfter(""))
    assert main(["interview", "--action", "T-724-20", "--save", str(tmp_path / "no.json")]) == 130
    assert not (tmp_path / "no.json").exists()


def test_the_kin_who_took_a_photograph_is_its_photographer_when_named_again() -> None:
    """A trial's son, heir to his father's photographs, said "my dad" took one and "my dad"
    made its transfer, and the second was taken as someone else."""
    import types

    from classaction.cli.interview import _Interview
    from classaction.cli.said import _pick

    asked = _Interview(io.StringIO(), io.StringIO(), Readings(), TODAY, None, None)
    by = types.SimpleNamespace(pointer="/photographs/0/transfers/0/by", choices=())
    assert _pick("my dad", asked.choices(by))[0] == "other"  # who took it not yet said
    asked.record["photographs"] = [{"id": "p", "author": "other"}]
    asked.author_kin["/photographs/0"] = "my dad"  # as "Who took ...?" -> "my dad" keeps it
    assert _pick("my dad", asked.choices(by)) == ("photographer", "taken as: the photographer")
    assert _pick("my mom", asked.choices(by))[0] == "other"
    other = types.SimpleNamespace(pointer="/photographs/1/transfers/0/by", choices=())
    assert _pick("my dad", asked.choices(other))[0] == "other"  # another photograph's
    # And of who owned the film or card (a later trial's heir: "my dad" was someone else).
    owner = types.SimpleNamespace(pointer="/photographs/0/negative_owner", choices=())
    assert _pick("my father", asked.choices(owner)) == (
        "photographer", "taken as: the photographer")
    # The words are kept from the answer to who took it.
    out = io.StringIO()
    rules: Rules = [("Whom is this claim for", "Myself"),
                    ("that you took, that you had someone take", "yes"),
                    ("Who took", "my dad, he was a photographer"), ("", "don't know")]
    run = _Interview(_Answers(out, rules, ["dads wedding photos"], [], []), out, Readings(),
                     TODAY, None, None)
    run.run()
    assert run.record["photographs"][0]["author"] == "other"
    assert run.author_kin == {"/photographs/0": "my dad"}


def test_a_death_said_from_the_pandemic_with_whom_the_claim_is_for_is_kept() -> None:
    """A later trial's "its about my dad, he died before covid" was asked "Did the claimant die
    before 8 July 2020?", and "i just said, before covid" was "Not understood"."""
    record, transcript, _ = interview([
        ("Whom is this claim for", "its about my dad, he died before covid"),
        ("", "don't know"),
    ])
    assert record["claimant"]["died_on"] == "../2020-03-10"  # type: ignore[index]
    assert "(taken as: died on or before 10 March 2020.)" in " ".join(transcript.split())
    assert not any("die" in q and "claimant" in q for q in _questions(transcript)[1:])
    # A date said again, after saying so, at a question of the date.
    from classaction.cli.said import date_within

    assert date_within("i just said, before covid", TODAY) == ca.DateRange.parse("../2020-03-10")
    assert date_within("he died a couple years ago", TODAY) is not None


def test_a_death_said_with_whom_the_claim_is_for_is_read_from_its_own_sentence() -> None:
    """A later trial's "my mom, she died in 2019. my sister put her photos on facebook since
    2022" gave a death "in or after 2022", and made her a member of classes she died before;
    "she passed away last year. she posted her photos on facebook since around 2010", a death
    "in or after 2008"."""
    for said, died in (
        ("my mom, she died in 2019. my sister put her photos on facebook since 2022", "2019"),
        ("she passed away last year. she posted her photos on facebook since around 2010",
         "2025"),
    ):
        record, _, _ = interview([("Whom is this claim for", said), ("", "don't know")])
        assert record["claimant"]["died_on"] == died, said  # type: ignore[index]
    # A death said in a clause joined by "and", or with "passed" alone (a later trial's son:
    # the year dropped, then "Not understood"); his trade said, whose claim it is is asked.
    for said in ("its for my dad, he was a photographer and he passed away in 2016",
                 "my dad he passed in 2016"):
        record, transcript, log = interview([
            ("Whom is this claim for", said), ("Is the claim yours", "theirs"), ("", "don't know"),
        ])
        assert record["claimant"]["died_on"] == "2016", said  # type: ignore[index]
        assert "(taken as: died in 2016.)" in transcript
        assert not any("die" in q and "claimant" in q for q in _questions(transcript)[1:])
        assert any(q.startswith("Is the claim yours") for q, _ in log) is ("photographer" in said)


def test_a_death_said_with_whom_the_claim_is_for_is_kept_and_not_asked_again() -> None:
    """"its for my mom, she passed away in 2021" was asked "Did the claimant die before 8 July
    2020?", then again of 21 June 2024 (a trial's daughter)."""
    record, transcript, _ = interview([
        ("Whom is this claim for", "its for my mom, she passed away in 2021"),
        ("", "don't know"),
    ])
    assert record["claimant"]["deceased"] is True  # type: ignore[index]
    assert record["claimant"]["died_on"] == "2021"  # type: ignore[index]
    assert "(taken as: died in 2021.)" in transcript
    assert not any("die" in q and "claimant" in q for q in _questions(transcript)[1:])
    assert ca.validate_claim(record) == ()
    # "go back" is "back"; "none we never sold them ..." is none; "i dunno" does not know.
    from classaction.cli.interview import _BACK
    from classaction.cli.said import is_dont_know, parse_count, parse_periods

    assert "go back" in _BACK and is_dont_know("i dunno")
    assert parse_count("none we never sold them. people repost them sometimes tho") == (
        0, "taken as: none"
    )
    today = dt.date(2026, 12, 6)
    assert parse_periods("from birth till i moved in 2019", today, "1950")[0] == [
        {"start": "1950", "end": "2019"}
    ]
    assert parse_periods("since 2019, moved to toronto for school in august", today, None) == (
        [{"start": "2019", "ongoing": True}],
        "since 2019, moved to toronto for school in august: taken as since 2019; what follows "
        "the comma is not read",
    )
    assert parse_periods("from birth, until i left", today, "1950")[0] is None
    assert parse_periods("all my life, born in halifax in 1950 or so", today, "1950")[0] == [
        {"start": "1950", "ongoing": True}
    ]


def test_a_sale_said_of_a_transfer_is_told_it_may_have_been_a_licence() -> None:
    """A trial's photographer "sold it to them, they paid me 50 bucks": often a licence to
    print, taken as the copyright sold; said, as the result turns on it."""
    def rules(kind: str) -> Rules:
        return [
            ("Whom is this claim for", "Myself"), ("show your face", ["YES", "no"]),
            ("Does your face appear", "yes"), ("Who took", "Someone else"),
            ("film or memory card", "the photographer"), ("How many times", "1"),
            ("What was the transfer", kind), ("To whom did", "to me"),
            ("Who made transfer", "the photographer"), ("whole copyright", "the whole copyright"),
            ("in writing", "yes"), ("When was photograph", "2010"), ("taken before", "yes"),
            ("", "don't know"),
        ]

    hint = "(If only permission to use the photograph was sold, not its copyright, type back"
    record, transcript, _ = interview(rules("i sold it to them, they paid me 50 bucks"),
                                      names=["profile picture"])
    assert record["photographs"][0]["transfers"][0]["kind"] == "assignment"  # type: ignore[index]
    assert hint in " ".join(transcript.split())
    for plain in ("an assignment", "i sold the copyright to them"):
        _, transcript, _ = interview(rules(plain), names=["profile picture"])
        assert hint not in " ".join(transcript.split()), plain


def test_a_search_with_a_photograph_not_known_keeps_the_use_and_asks_its_date() -> None:
    """A trial's person who knew the RCMP had searched with her face, but not with which
    photograph, lost the Targeted Individuals Class ("don't know" ended the use); another, who
    named "my profile picture", was found a member. The use is kept, of a photograph named
    for it, and its date asked."""
    record, transcript, _ = interview([
        ("Whom is this claim for", "me"),
        ("Which photograph did the RCMP search with", "no idea which one"),
        ("RCMP search", "yes"),
        ("on or before 8 July 2020", "in 2019"),
        ("", "don't know"),
    ])
    assert 'Noted as photograph "the one the RCMP used".' in flat(transcript)
    (use,) = record["police_uses"]  # type: ignore[misc]
    (photo,) = record["photographs"]  # type: ignore[misc]
    assert use["photograph"] == photo["id"] and use["used_on"] == "2019"
    assert photo["claimant_face_appears"] is True
    assert ca.validate_claim(record) == ()
    assert outcomes(record)["TI"] == "MEMBER"


def test_a_question_back_a_slip_a_skip_and_a_question_mark_are_each_taken_as_meant() -> None:
    """A trial's person: "what does that mean?" and "i dont understand" were refused as
    answers; "skip" and "yse" were not understood; "?" was recorded as don't know unsaid."""
    from classaction.cli.said import is_dont_know, parse_yes_no

    assert parse_yes_no("yse") == (True, "") and parse_yes_no("noo") == (False, "")
    assert is_dont_know("skip") and is_dont_know("pass")
    _, transcript, log = interview([
        ("Whom is this claim for", "me"),
        ("show your face", "?"),
        ("RCMP search", ["what does that mean?", "i dont understand", "skip"]),
        ("", "don't know"),
    ])
    said = flat(transcript)
    # The question back is answered with what the question is for, and asked again.
    assert said.count("Why this question: a member had a photograph used by the RCMP") == 2
    # Its terms first, in plain words (a later trial's "what does that mean?" was told only
    # the class's words); not the RCMP, which the question itself says.
    assert said.count("To search Clearview's service is to give it a photograph of a face") == 2
    assert said.count("Clearview AI is a company that gathered billions") == 2
    assert "The RCMP is the Royal Canadian Mounted Police" in said
    assert said.count("The RCMP is the Royal Canadian Mounted Police") == said.count(
        "Did the RCMP search Clearview's service")
    assert "Not understood" not in said
    answered = [a for q, a in log if "RCMP search" in q]
    assert answered == ["what does that mean?", "i dont understand", "skip"]
    assert said.count("(taken as: don't know.)") >= 2  # "?" and "skip", each said back


def test_a_death_said_with_its_year_and_kin_said_in_other_words_are_kept() -> None:
    """A trial's daughter, heir to her father's photographs: "yes, he died in 2016" to whether
    the photographer died was followed by "When did the photographer die?"; "my dad, the
    photographer" and "my dad", of who made a transfer, were taken as someone else, as she had
    said "my father" of who took it."""
    from classaction.cli.said import _pick, kin_words
    from classaction.records.claim import _ME, _PHOTOGRAPHER, _SOMEONE

    record, transcript, log = interview([
        ("Whom is this claim for", "me"),
        ("Apart from the photographs you named", "no"),
        ("that you took, that you had someone take", "yes"),
        ("Does your face appear", "no"),
        ("Has the photographer", "yes, he died in 2016"),
        ("Since the photographer", "don't know"),
        ("Who took", "my father"),
        ("", "don't know"),
    ], names=["dad's bird photos"])
    (photo,) = record["photographs"]  # type: ignore[misc]
    assert photo["author_deceased"] is True and photo["author_died_on"] == "2016"
    assert "(taken as: died in 2016.)" in transcript
    assert not any("When did the photographer" in question for question, _ in log)
    # "my father" and "my dad" name one person; an option named by its whole label in a
    # sentence is that option, unless denied.
    assert {"my dad", "dad", "my father"} <= set(kin_words("my father"))
    photographer = (_PHOTOGRAPHER[0], _PHOTOGRAPHER[1], (*_PHOTOGRAPHER[2], *kin_words("my father")))
    someone = (_SOMEONE[0], _SOMEONE[1], tuple(a for a in _SOMEONE[2] if a not in kin_words("my father")))
    assert _pick("my dad", [_ME, photographer, someone])[0] == "photographer"
    assert _pick("my dad, the photographer", [_ME, _PHOTOGRAPHER, _SOMEONE])[0] == "photographer"
    assert _pick("someone else, not the photographer", [_ME, _PHOTOGRAPHER, _SOMEONE])[0] == "other"


def test_a_birth_year_said_as_a_period_s_start_and_a_city_for_its_state_are_taken() -> None:
    """A trial's man in Chicago: "since i was born in 1985, always in chicago" and then
    "chicago" for the state were each refused."""
    from classaction.cli.interview import _parse_state

    periods, why = parse_periods("since i was born in 1985, always in chicago", TODAY, None)
    assert periods == [{"start": "1985", "ongoing": True}] and "taken as since 1985" in why
    assert parse_periods("since birth in 1985", TODAY, None) == (
        [{"start": "1985", "ongoing": True}], "since birth in 1985: taken as since 1985")
    assert _parse_state("chicago") == ("US-IL", "taken as: Illinois")
    assert _parse_state("in brooklyn the whole time") == ("US-NY", "taken as: New York")
    assert _parse_state("portland")[0] is None  # a city of two states is not guessed
    assert _parse_state("not chicago")[0] is None


def test_a_period_said_with_a_place_in_another_country_is_refused() -> None:
    """A trial's "since 2016 in illinois", asked of Canada, was taken as a period in Canada
    since 2016, "the state or province is asked only where it matters"; "toronto since 2001",
    asked of the United States, as a period there, and its state asked. Each is refused, the
    place named with its country; a place of the country asked, or one of no country known,
    stands."""
    from classaction.cli.interview import _elsewhere, _in_canada

    def asked(country: str, said: str) -> tuple[object, str]:
        return _elsewhere(country, parse_periods(said, TODAY, "1980"))

    for said, told in (
        ("since 2016 in illinois", "and Illinois is in the United States"),
        ("in seattle since 2010", "and Seattle is in the United States"),
        ("all my life in chicago", "and Chicago is in the United States"),
        ("1990 to 1995 in france", "not of France"),
        ("since 2016 in the us", "not of the United States"),
        # One period of two said with a place elsewhere is enough to ask again.
        ("1990 to 1995 in ottawa; since 2016 in chicago", "and Chicago is in"),
    ):
        periods, why = asked("CA", said)
        assert periods is None and why.startswith("this asks only of Canada, "), said
        assert told in why and why.endswith("give the periods in Canada, or none if there were "
                                            "none"), said
    for said, told in (("toronto since 2001", "and Toronto is in Canada"),
                       ("st. john's since 2001", "and St. John's is in Canada"),
                       ("since 2016 in the philippines", "not of the Philippines")):
        periods, why = asked("US", said)
        assert periods is None and told in why, said
    for country, said in (("CA", "since 2016 in ontario"), ("CA", "vancouver since 2012"),
                          ("US", "since 2016 in illinois"), ("CA", "since 2016 in springfield"),
                          ("CA", "since 2001, before that the philippines"),
                          ("CA", "since 2016 in the city")):
        assert asked(country, said)[0] is not None, said
    # Asked of Canada, a state of the United States named beside the periods is not kept as
    # a word to be asked later: the periods are refused.
    assert _in_canada("since 2016 in illinois",
                      parse_periods("since 2016 in illinois", TODAY, None))[0] is None

    record, transcript, _ = interview([
        ("Whom is this claim for", "myself"),
        ("that you took", "no"),
        ("show your face", "yes"),
        ("lived in Canada", ["since 2016 in illinois", "none"]),
        ("citizen of Canada", "none"),
    ], names=["profile picture"])
    told = flat(transcript)
    assert ("Another country: this asks only of Canada, and Illinois is in the United States; "
            "give the periods in Canada, or none if there were none. Please answer again.") in told
    claimant = record["claimant"]
    assert isinstance(claimant, dict) and claimant["residence"] == []
    assert outcomes(record)["PB"] == "NOT_MEMBER"
    fits(transcript)


def test_answers_of_a_second_round_of_trials_are_taken_as_meant() -> None:
    """Each was refused: a "don't know" within a sentence to a yes-or-no question; periods
    said as sentences; two decades said together; "the clients" of who ordered a photograph."""
    from classaction.cli.said import _pick
    from classaction.records.claim import _ME, _SOMEONE

    _, transcript, log = interview([
        ("Whom is this claim for", "me"),
        ("RCMP search", "i heard they looked people up but i don't know if they looked me up"),
        ("", "don't know"),
    ])
    assert [a for q, a in log if "RCMP search" in q] == [
        "i heard they looked people up but i don't know if they looked me up"]
    assert "(taken as: don't know.)" in transcript
    born = "1980"
    for said, start in (("I've always lived in Calgary", "1980"), ("i moved to vancouver in 2019 for "
                        "school", "2019"), ("i have lived in toronto all my life", "1980")):
        periods, _ = parse_periods(said, TODAY, born)
        assert periods == [{"start": start, "ongoing": True}], said
    assert parse_date("in the 70s and 80s", TODAY)[0] == DateRange.parse("1970/1989")
    assert _pick("the clients", [_ME, _SOMEONE])[0] == "other"


def test_photographs_named_as_one_that_differ_are_told_how_to_tell_apart() -> None:
    """A trial's wedding photographer answered "some were, some weren't" of whether a group of
    photographs was ordered, and "hundreds, one for each client" of how often its copyright
    was sold: each was only refused. Told to answer don't know, or to name the groups apart."""
    from classaction.cli.said import parse_count

    _, transcript, log = interview([
        ("Whom is this claim for", "me"),
        ("that you took, that you had someone take", "yes"),
        ("Who took", "me"),
        ("Does your face appear", ["some of them were", "don't know"]),
        ("", "don't know"),
    ], names=["wedding photos"])
    said = flat(transcript)
    assert ("One answer is needed: some one way and some the other: where the photographs named as "
            "one differ, answer don't know, or name them as separate groups") in said
    assert [a for q, a in log if "Does your face appear" in q] == ["some of them were", "don't know"]
    value, why = parse_count("hundreds, one for each client")
    assert value is None and "name them as separate groups" in why


def test_a_death_said_roughly_with_a_yes_is_kept_as_a_range_and_said_back() -> None:
    """"yes, around 2019" to whether someone died: the year was dropped and asked again (a
    trial's person). Kept as the range a date said roughly is taken as, and said back."""
    from classaction.cli.said import date_said_roughly

    today = dt.date(2026, 12, 6)
    assert date_said_roughly("yes, around 2019", today) == ca.DateRange.parse("2017/2021")
    assert date_said_roughly("yes she passed early 2020", today) is not None
    assert date_said_roughly("yes", today) is None
    assert date_said_roughly("yes, i think so", today) is None
    record, transcript, log = interview([
        ("Whom is this claim for", "me"),
        ("Apart from the photographs you named", "no"),
        ("that you took, that you had someone take", "yes"),
        ("Does your face appear", "no"),
        ("Has the photographer", "yes, around 2014"),
        ("Who took", "my father"),
        ("", "don't know"),
    ], names=["dad's bird photos"])
    (photo,) = record["photographs"]  # type: ignore[misc]
    assert photo["author_deceased"] is True and photo["author_died_on"] == "2012/2016"
    assert "(taken as: died between 2012 and 2016.)" in flat(transcript)
    assert not any("When did the photographer" in question for question, _ in log)
    assert ca.validate_claim(record) == ()


def test_a_search_said_with_its_date_keeps_the_date_roughly_or_not() -> None:
    """"yes, around 2019" to whether the RCMP searched with a photograph of the face: the year
    was dropped, and the search's date asked with nothing said of it (a trial's person)."""
    for said, kept, asked in (("yes, around 2019", "2017/2021", True),
                              ("yes, in march 2019", "2019-03", False)):
        record, transcript, log = interview([
            ("Whom is this claim for", "me"),
            ("Which photograph did the RCMP search with", "no idea which one"),
            ("Did the RCMP search", said),
            ("", "don't know"),
        ])
        use = record["police_uses"][0]  # type: ignore[index]
        assert use["used_on"] == kept, said
        assert "(taken as: searched " in flat(transcript)
        dated = [q for q, _ in log if "on or before 8 July 2020" in q]
        assert bool(dated) is asked, said
        if asked:
            assert "(The date given: between 2017 and 2021.)" in dated[0]
        assert ca.validate_claim(record) == ()
    assert outcomes(record)["TI"] == "MEMBER"
    # A time said from today, with its doubt after it (a trial's "yes, last fall i think"):
    # the yes was kept and the date dropped. Autumn 2025 is after the RCMP's use ended.
    record, transcript, log = interview([
        ("Whom is this claim for", "me"),
        ("Which photograph did the RCMP search with", "no idea which one"),
        ("Apart from the searches you described", "no"),
        ("Did the RCMP search", "yes, last fall i think"),
        ("", "don't know"),
    ])
    assert record["police_uses"][0]["used_on"] == "2025-23"  # type: ignore[index]
    assert "(taken as: searched in autumn 2025.)" in flat(transcript)
    assert not any("made on or before" in q for q, _ in log), log
    assert outcomes(record)["TI"] == "NOT_MEMBER"


def test_the_result_for_a_late_claimant_points_an_heir_to_their_own_standing() -> None:
    """A trial's son, answering for his late mother, read "not a member" of every class and
    nothing of his own standing as the one her photographs' copyright was left to."""
    heir = "An heir may be a member in their own right"
    _, transcript, _ = interview([
        ("Whom is this claim for", "its for my mom, she passed away in 2019"),
        ("", "don't know"),
    ])
    assert heir in flat(transcript)
    _, transcript, _ = interview([("Whom is this claim for", "me"), ("", "don't know")])
    assert heir not in flat(transcript)


def test_whom_a_claim_is_for_said_with_a_hedge_of_manners_is_taken() -> None:
    """A trial's person typed "um its for me i guess lol" and was told an answer is taken only
    when they are sure: whom a claim is for is known, and its hedges are manners."""
    for said in ("um its for me i guess lol", "me i think", "myself probably"):
        record, transcript, _ = interview([("Whom is this claim for", said), ("", "don't know")])
        assert record["claimant"]["kind"] == "natural", said  # type: ignore[index]
        assert "only when you are sure" not in flat(transcript).split("Whom is this claim")[1][:300]
    # A yes or no said with a doubt is still not taken.
    _, transcript, _ = interview([("Whom is this claim for", "me"),
                                    ("RCMP search", ["i think so", "don't know"]),
                                    ("", "don't know")])
    assert "You sound unsure" in flat(transcript)


def test_a_person_asking_what_clearview_is_is_told_and_asked_again() -> None:
    """A trial's "what does that mean? whats clearview" was "Not understood": nothing in the
    interview said what Clearview is."""
    from classaction.cli.interview import _TERM_ASKED

    assert _TERM_ASKED.search("what clearview did was wrong") is None
    _, transcript, log = interview([
        ("Whom is this claim for", "me"),
        ("RCMP search", ["what does that mean? whats clearview", "who is the rcmp", "no"]),
        ("", "don't know"),
    ])
    said = flat(transcript)
    assert "Clearview AI is a company that gathered billions of photographs of faces" in said
    assert "Mounties messed up by using Clearview AI" in said
    assert "The RCMP is the Royal Canadian Mounted Police" in said
    assert "Not understood" not in said
    assert [a for q, a in log if "RCMP search" in q][-1] == "no"
    # The other terms the questions use, asked of by name ("idk what does search mean here",
    # a later trial's, was not understood).
    from classaction.cli.interview import _TERMS, term_key

    for asked, key in (("idk what does search mean here", "search"),
                       ("whats a moral right", "moral rights"), ("what is a licence?", "licence"),
                       ("what is crown copyright", "crown copyright"),
                       ("what does biometric mean", "biometric"),
                       # Asked with what the person did (a later trial's, "Not understood").
                       ("what do you mean by licence? i put them on flickr under creative "
                        "commons", "licence"),
                       ("we posted it on instagram, does that count as licensed?", "licence"),
                       ("what do you mean copyright? i just post pics on fb", "copyright")):
        found = _TERM_ASKED.search(asked)
        assert found is not None and _TERMS[term_key(found[1])] == _TERMS[key], asked
    assert "Creative Commons" in _TERMS["licence"]  # which a licence anyone may take is


def test_a_period_from_birth_whose_start_matters_asks_the_date_of_birth() -> None:
    """A trial's person said she lived in the United States "from birth" (born 1988) and was
    asked "On what date did your time living in the United States start? The date given, 1988,
    is not enough": the date of birth is asked, and is the period's start too."""
    from classaction.cli.interview import _Interview
    from classaction.engine.core import MissingFact, MissingReason

    out = io.StringIO()
    run = _Interview(_Answers(out, [("date of birth", "12 March 1988"), ("", "don't know")],
                              [], [], []), out, Readings(), TODAY, None, None)
    run.record = {"claimant": {"kind": "natural", "born_on": "1988", "deceased": False,
                               "residence": [{"start": "1988", "end": "1995", "country": "US"}]}}
    run.you = True
    fact = MissingFact(
        pointer="/claimant/residence/0/start", question="On what date did it start?",
        kind=ca.FactKind.DATE, reason=MissingReason.IMPRECISE, settles=0.5,
        turns_on=(dt.date(1988, 3, 1), dt.date(1988, 9, 1)), given_as=ca.DateRange.parse("1988"),
    )
    run.turn(fact)
    said = flat(out.getvalue())
    assert "What is your date of birth? The date given, 1988, is not enough" in said
    assert "start" not in said.split("?")[0]
    claimant = run.record["claimant"]
    assert claimant["born_on"] == "1988-03-12"  # type: ignore[index]
    assert claimant["residence"][0]["start"] == "1988-03-12"  # type: ignore[index]
    # Asked once: the same fact again is not asked again.
    before = out.getvalue()
    run.turn(fact)
    assert out.getvalue() == before


def _made_on_asked_again(
    answers: list[str], name: str, given: str, turns_on: tuple[dt.date, ...],
) -> tuple[str, Any]:
    """The transcript of asking a photograph's date more exactly, given roughly as ``given``,
    answered by ``answers`` in turn; and the interview."""
    from classaction.cli.interview import _Interview
    from classaction.engine.core import MissingFact, MissingReason

    out = io.StringIO()
    run = _Interview(_Answers(out, [("more exactly", answers)], [], [], []), out, Readings(),
                     TODAY, None, None)
    run.record = {"claimant": {"kind": "natural"}, "photographs": [
        {"id": name, "made_on": given, "author": "claimant"}]}
    run.you = True
    run.turn(MissingFact(
        pointer="/photographs/0/made_on", question="On what date was it made?",
        kind=ca.FactKind.DATE, reason=MissingReason.IMPRECISE, settles=0.5,
        turns_on=turns_on, given_as=ca.DateRange.parse(given),
    ))
    return out.getvalue(), run


def test_a_rough_date_that_cannot_be_said_more_exactly_stands() -> None:
    """A later trial's wedding photographer, asked of a group said "2005 to 2019 or so" "can
    you say it more exactly?", answered "no theyre from lots of years", then "no": each was
    "Not understood". A group taken over many years is told how to name its photographs
    apart; a "no" is taken as don't know, the rough date given kept."""
    def asked(answers: list[str]) -> tuple[str, Any]:
        said, run = _made_on_asked_again(answers, "engagement shoots", "2003/2021",
                                         (dt.date(2012, 11, 7), dt.date(2020, 7, 9)))
        return flat(said), run

    said, run = asked(["no theyre from lots of years", "no"])
    assert "can you say it more exactly?" in said
    assert "One answer is needed: some one way and some the other: where the photographs " \
        "named as one differ, answer don't know, or name them as separate groups" in said
    assert "(taken as: don't know; the date given, between 2003 and 2021, stands.)" in said
    assert "Not understood" not in said
    assert run.record["photographs"][0]["made_on"] == "2003/2021"  # type: ignore[index]
    for answer in ("not really", "i cant", "no sorry", "thats all i know"):
        said, run = asked([answer])
        assert "taken as: don't know" in said and "Not understood" not in said, answer
    # A date is still a date; a no that names a year is not taken as don't know.
    said, run = asked(["2008"])
    assert run.record["photographs"][0]["made_on"] == "2008"  # type: ignore[index]
    said, run = asked(["no, 2008", "don't know"])
    assert "taken as: don't know; the date" not in said


def test_who_took_a_group_said_as_two_people_is_told_how_to_name_them_apart() -> None:
    """A later trial's wedding photographer answered "me mostly" and "me and my second
    shooter" to who took a group of photographs: each "Not understood". They are told to name
    the photographs apart, as "some were, some werent" is; "me and my wife together" (taken as
    someone else alone) is theirs jointly (Copyright Act s. 2, a work of joint authorship)."""
    from classaction.cli.interview import _Interview
    from classaction.engine.core import MissingFact, MissingReason

    def asked(answers: list[str]) -> tuple[str, dict[str, object]]:
        out = io.StringIO()
        run = _Interview(_Answers(out, [("Who took", answers)], [], [], []), out, Readings(),
                         TODAY, None, None)
        run.record = {"claimant": {"kind": "natural"}, "photographs": [
            {"id": "weddings 2013 to now", "collected_by_clearview": True}]}
        run.you = True
        run.turn(MissingFact(
            pointer="/photographs/0/author", question="Who took it?", kind=ca.FactKind.CHOICE,
            reason=MissingReason.LEFT_OUT, settles=0.5, choices=("claimant", "other"),
        ))
        return flat(out.getvalue()), run.record["photographs"][0]  # type: ignore[index]

    said, photo = asked(["me mostly", "me and my second shooter", "both of us", "me"])
    assert said.count("One answer is needed: some one way and some the other") == 3
    assert "name them as separate groups" in said and "Not understood" not in said
    assert photo == {"id": "weddings 2013 to now", "collected_by_clearview": True,
                     "author": "claimant"}
    said, photo = asked(["me and my wife together"])
    assert "(taken as: you, jointly with another who took it with you.)" in said
    assert photo["author"] == "claimant" and photo["joint_authorship"] is True
    assert photo["coauthor"] == "other"
    assert ca.validate_claim({"claimant": {"kind": "natural"}, "photographs": [
        {**photo, "id": "weddings"}]}) == ()


def test_a_photographer_of_ones_own_named_again_is_asked_of_once() -> None:
    """A later trial's heir named "my dad" as who took one photograph and "dad again" of the
    next, and was asked whether his father had died, and when, of each: a fact of the
    photographer given of one is taken for the other, said back."""
    from classaction.cli.interview import _Interview
    from classaction.engine.core import MissingFact, MissingReason

    out = io.StringIO()
    answers = _Answers(out, [("Who took", "dad again"), ("", "don't know")], [], [], [])
    run = _Interview(answers, out, Readings(), TODAY, None, None)
    run.record = {"claimant": {"kind": "natural"}, "photographs": [
        {"id": "landscapes", "collected_by_clearview": True, "author": "other",
         "author_deceased": True, "author_died_on": "2016"},
        {"id": "magazine", "collected_by_clearview": True}]}
    run.you = True
    run.author_kin["/photographs/0"] = "my dad"

    def fact(pointer: str, kind: ca.FactKind) -> MissingFact:
        return MissingFact(pointer=pointer, question="?", kind=kind,
                           reason=MissingReason.LEFT_OUT, settles=0.5,
                           choices=("claimant", "other") if kind is ca.FactKind.CHOICE else ())

    run.turn(fact("/photographs/1/author", ca.FactKind.CHOICE))
    assert run.author_kin["/photographs/1"] == "my dad"
    run.turn(fact("/photographs/1/author_deceased", ca.FactKind.BOOLEAN))
    run.turn(fact("/photographs/1/author_died_on", ca.FactKind.DATE))
    photo = run.record["photographs"][1]
    assert photo["author_deceased"] is True and photo["author_died_on"] == "2016"
    said = flat(out.getvalue())
    assert "Of photograph magazine, taken by my dad too: as said of photograph landscapes" in said
    assert [q for q, _ in answers.log if "died" in q or "die" in q] == []


def test_whether_posting_on_a_platform_counts_is_answered_at_the_count_of_transfers() -> None:
    """A later trial's "does posting it on instagram count?", asked how many times a
    photograph's copyright was sold, given, left or licensed, was "Not understood"."""
    from classaction.cli.interview import _Interview
    from classaction.engine.core import MissingFact, MissingReason

    out = io.StringIO()
    answers = _Answers(out, [("How many times", ["does posting it on instagram count?", "none"])],
                       [], [], [])
    run = _Interview(answers, out, Readings(), TODAY, None, None)
    run.record = {"claimant": {"kind": "natural"}, "photographs": [
        {"id": "selfie", "collected_by_clearview": True, "author": "claimant"}]}
    run.you = True
    run.turn(MissingFact(pointer="/photographs/0/transfers", question="?", kind=ca.FactKind.LIST,
                         reason=MissingReason.LEFT_OUT, settles=0.5))
    said = flat(out.getvalue())
    assert "Posting a photograph on a platform usually gives the platform such a licence" in said
    assert "Not understood" not in said
    assert run.record["photographs"][0]["transfers"] == []  # type: ignore[index]


def test_a_transfer_is_named_in_words_not_by_its_number() -> None:
    """A later trial's heir was asked "Did transfer 1 of the copyright in photograph ...
    happen on or before 8 July 2020?": a clerk's words. One transfer is "the transfer"; of
    several, each by its place ("the second transfer")."""
    from classaction.cli.interview import _Interview

    run = _Interview(io.StringIO(), io.StringIO(), Readings(), TODAY, None, None)
    run.record = {"claimant": {"kind": "natural"}, "photographs": [
        {"id": "landscapes", "transfers": [{}]}, {"id": "magazine", "transfers": [{}, {}]}]}
    run.you = True
    assert run.item_name("/photographs/0/transfers/0/on") == (
        "the transfer of the copyright in photograph landscapes")
    assert run.item_name("/photographs/1/transfers/1/kind") == (
        "the second transfer of the copyright in photograph magazine")


def test_the_result_says_the_record_s_terms_in_the_interview_s_words() -> None:
    """A trial's person read "the initial negative" of a phone selfie, and "an image of their
    face not listed" of photographs just named: the result says them as the questions did."""
    from classaction.cli.interview import _Interview

    run = _Interview(io.StringIO(), io.StringIO(), Readings(), TODAY, None, None)
    run.record = {"claimant": {"kind": "natural"}}
    said = run.in_own_words(
        "the photographer owned the initial negative; the claimant states that an image of "
        "their face not listed is or was in Clearview's biometric database")
    assert said == (
        "the photographer owned the film or memory card it was first recorded on; the claimant "
        "states that an image of their face not named is or was in Clearview's biometric "
        "database")


def test_an_age_said_for_a_period_asks_the_date_of_birth_for_it() -> None:
    """A later trial's "since i was like 5", with no date of birth known, was asked it as
    "From birth: what is your date of birth?"; the period starts from it."""
    record, _, log = interview([("Whom is this claim for", "me"),
                                ("lived in Canada", "since i was like 5"),
                                ("date of birth", "march 1975"), ("", "don't know")])
    assert [q for q, _ in log if "birth" in q] == [
        "To count the age said from it: what is your date of birth?"]
    assert record["claimant"]["residence"][0]["start"] == "1979-03/1982-03-30"  # type: ignore[index]


def test_a_freelancer_a_company_hired_is_a_photographer_it_hired() -> None:
    """A later trial's company answered "a freelancer we hired for the day" and "freelancer we
    paid" to who took its photograph: each "Not understood"."""
    from classaction.cli.interview import _ORGANISATION_AUTHOR
    from classaction.cli.said import _pick

    for said in ("a freelancer we hired for the day", "freelancer we paid"):
        assert _pick(said, list(_ORGANISATION_AUTHOR), True)[0] == "hired", said
    assert _pick("a freelancer", list(_ORGANISATION_AUTHOR), True)[0] == "other"
    # The one hired before, of another photograph (a later trial's, "Not understood").
    for said in ("same freelancer, same day", "the freelancer again", "same photographer"):
        assert _pick(said, list(_ORGANISATION_AUTHOR), True)[0] == "hired", said
    # Then not asked whether she took it as someone's employee (a later trial's bakery: "no
    # shes a freelancer, i said that"); of one hired, not said to work for herself, nothing
    # is put.
    for said, put in (("a freelancer we hired for the day", True), ("a guy we hired", False)):
        record, _, log = interview([
            ("Whom is this claim for", "a company"), ("Apart from", "no"),
            ("Who took photograph", said), ("that you took", "yes"), ("", "don't know"),
        ], names=["storefront pics"])
        photo = record["photographs"][0]  # type: ignore[index]
        assert photo.get("made_in_course_of_employment") is (False if put else None), said
        if put:
            assert not any("someone's employee" in q for q, _ in log), said


def test_an_age_said_by_one_answering_for_themselves_is_their_date_of_birth() -> None:
    """A later trial's teen answered "me, im 16" and was taken as born by 8 July 2020 alone,
    though being 18 is a condition of claiming in MDL-2967: the age is read, as of another's."""
    # Without the comma too ("me im 16": a later trial's, "Not understood").
    for said in ("me, im 16", "me im 16", "its me im 16 years old"):
        record, transcript, _ = interview([("Whom is this claim for", said), ("", "don't know")])
        born = ca.DateRange.parse(record["claimant"]["born_on"])  # type: ignore[index]
        assert born.latest.year - born.earliest.year <= 1 and TODAY.year - born.latest.year == 16
        assert "from the age said; if not, type back." in flat(transcript)
        assert "Not understood" not in transcript


def test_whom_a_sale_went_to_named_as_a_buyer_is_someone_else() -> None:
    """A later trial's heir answered "the magazine obviously" to whom his father's sale of a
    photograph's copyright went, and was "Not understood"."""
    from classaction.cli.questions import _CHOICES
    from classaction.cli.said import _pick
    from classaction.records.claim import _ME, _SOMEONE

    for said in ("the magazine obviously", "a newspaper", "the company that bought it"):
        assert _pick(said, [_ME, _SOMEONE], True) == ("other", "taken as: someone else"), said
        # At the question the trial asked it of (a later trial found it still refused there).
        assert _pick(said, list(_CHOICES["transfer.to"]), True) == (
            "other", "taken as: to someone else"), said
    assert _pick("me", [_ME, _SOMEONE], True) == ("claimant", "")
    assert _pick("me", list(_CHOICES["transfer.to"]), True) == ("claimant", "")
    # A platform a post licensed it to, said by a company too ("instagram obvs": a later
    # trial's, "Not understood", after being told a post counts as a licence).
    from classaction.cli.questions import _organisation

    ours = [_organisation(option) for option in _CHOICES["transfer.to"]]
    for said in ("instagram obvs", "instagram", "to facebook", "the magazine obviously"):
        assert _pick(said, ours, True)[0] == "other", said
    assert _pick("us", ours, True)[0] == "claimant"
    # The organisation itself, said as people say it (a later trial's bakery: each refused).
    for said in ("to us obviously", "to us", "the bakery", "to our company"):
        assert _pick(said, ours, True)[0] == "claimant", said


def test_the_result_says_legal_terms_of_conditions_in_everyday_words() -> None:
    """A trial's person read "natural person", "legal person" and "as-of date" in the result
    as jargon: the interview's result says them in everyday words, never within quotation
    marks (a source's words, a photograph's name)."""
    from classaction.cli.interview import _plainly

    _, transcript, _ = interview([("Whom is this claim for", "me"), ("", "don't know")])
    result = flat(transcript)[flat(transcript).index("The result, as for any"):]
    assert "natural person" not in result and "as-of date" not in result
    assert "is a human being alive on the day membership is assessed" in result
    assert _plainly('a legal person; "a natural person"') == (
        'a company or other organisation; "a natural person"')


def test_a_date_of_birth_said_after_one_was_put_is_said_back_when_asked_again() -> None:
    """A trial's teen gave "2008 i think" and was later asked her date of birth as if she had
    said none: a date said is no longer one put from another answer. And a city beside a
    date, read as the state, is not said to be unread."""
    from classaction.cli.interview import _Interview, _state_said
    from classaction.cli.said import parse_periods

    run = _Interview(io.StringIO(), io.StringIO(), Readings(), TODAY, None, None)
    run.record = {"claimant": {"kind": "natural", "born_on": "../2020-07-08"}}
    run.inferred.add("/claimant/born_on")
    run.take("/claimant/born_on", ca.DateRange.parse("2006/2010"))
    assert "/claimant/born_on" not in run.inferred
    said = "from birth till 2020, seattle"
    periods, why = _state_said("US", said, parse_periods(said, TODAY, "1990"))
    assert periods == [{"start": "1990", "end": "2020", "subdivision": "US-WA"}]
    assert "not read" not in why


def test_slips_of_the_keys_and_answers_said_again_are_read_as_meant() -> None:
    """A later trial's person: "dont kno" and "i dont now" were not understood, "ye facebook n
    stuff" was refused as saying yes and no, and "i already said, never" was refused."""
    from classaction.cli.said import is_dont_know, parse_yes_no

    assert is_dont_know("dont kno") and is_dont_know("i dont now")
    assert parse_yes_no("ye facebook n stuff") == (True, "")
    assert parse_yes_no("i already said, never") == (False, "")
    assert parse_yes_no("y n")[0] is None and parse_yes_no("yes and no")[0] is None


def test_a_yes_said_with_a_doubt_to_a_side_of_a_day_is_refused_as_unsure() -> None:
    """A trial's "yes i think it was 2019" to whether a search was made on or before 8 July
    2020 was told it "has days both on or before 8 July 2020 and after"."""
    _, transcript, log = interview([
        ("Whom is this claim for", "me"),
        ("Which photograph did the RCMP search with", "no idea which one"),
        ("Did the RCMP search", "yes, around 2019"),
        ("on or before 8 July 2020", ["yes i think it was 2019", "yes"]),
        ("", "don't know"),
    ])
    said = flat(transcript)
    assert "You sound unsure: a yes or no is taken only when you are sure" in said
    assert "has days both" not in said
    assert [a for q, a in log if "on or before 8 July 2020" in q] == [
        "yes i think it was 2019", "yes"]


def test_a_yes_with_a_year_said_roughly_after_it_answers_by_that_year() -> None:
    """A later trial's "yeah 2019 i think", to whether a search was made on or before 8 July
    2020, was taken as a plain yes, and made the person a member of Targeted Individuals on a
    year that could be 2021: the year said roughly answers, as "around 2019" alone does."""
    record, transcript, log = interview([
        ("Whom is this claim for", "me"),
        ("Which photograph did the RCMP search with", "no idea which one"),
        ("Did the RCMP search", "yes, around 2019"),
        ("on or before 8 July 2020", ["yeah 2019 i think", "yes 2023 i think", "yeah 2016 i think"]),
        ("", "don't know"),
    ])
    said = flat(transcript)
    assert "Not enough to tell: the date said roughly, between 2017 and 2021, has " \
        "days both on or before 8 July 2020 and after" in said
    assert "yes means on or before 8 July 2020, but the date said is not" in said
    assert [a for q, a in log if "on or before 8 July 2020" in q] == [
        "yeah 2019 i think", "yes 2023 i think", "yeah 2016 i think"]
    # Years from the day, however roughly: on its side.
    use = record["police_uses"][0]  # type: ignore[index]
    assert use["used_on"] == "2017/2020-07-08"


def test_early_or_late_in_a_year_said_in_doubt_is_widened_as_a_season_is() -> None:
    """A later trial's "yes, early 2020 i think", to whether a search was made on or before 8
    July 2020, was taken as a plain yes (January to June 2020), where "spring 2020 maybe" is
    widened a month each side and "june 2020 i think" refused: the part of a year said in
    doubt is the month before it to the month after, and so not enough to tell here."""
    assert parse_date("early 2020 i think", TODAY)[0] == ca.DateRange.parse("2019-12/2020-07")
    assert parse_date("late 2019 maybe", TODAY)[0] == ca.DateRange.parse("2019-06/2020-01")
    # Said surely, or with the doubt of a month named in it, the part alone.
    assert parse_date("early 2020", TODAY)[0] == ca.DateRange.parse("2020/2020-06")
    assert parse_date("early 2020, maybe february", TODAY)[0] == ca.DateRange.parse("2020/2020-06")
    _, transcript, _ = interview([
        ("Whom is this claim for", "me"),
        ("Which photograph did the RCMP search with", "no idea which one"),
        ("Did the RCMP search", "yes, around 2019"),
        ("on or before 8 July 2020", ["yes, early 2020 i think", "don't know"]),
        ("", "don't know"),
    ])
    assert "Not enough to tell: the date said roughly, between December 2019 and July 2020, " \
        "has days both on or before 8 July 2020 and after" in flat(transcript)


def test_dates_known_as_people_know_them_are_taken_as_the_part_they_say() -> None:
    """A trial's people said "early 2020, maybe february" of an arrest, "february 2020 i
    think", "last year", "a couple of years ago", "before covid" and "for about 20 years", and
    each was refused: early was the whole year (which straddled 8 July 2020), a month said
    roughly the years around it, and a time said from today or of the pandemic not read."""
    def said(text: str) -> tuple[str | None, str]:
        value, why = parse_date(text, TODAY)
        return (value.text if value is not None else None), why

    # Early, mid and late: a part of the year or decade; a month so said is the month.
    assert said("early 2020") == ("2020/2020-06", "taken as: some time between January and June 2020")
    assert said("late 2019") == ("2019-07/2019", "taken as: some time between July and December 2019")
    assert said("mid 2018")[0] == "2018-04/2018-09"
    assert said("the late 90s")[0] == "1995/1999"
    assert said("early june 2018")[0] == "2018-06"
    assert said("early 2020, maybe february")[0] == "2020/2020-06"
    # A month or a day said roughly: the month before it to the month after; a year, the years
    # around it, as before.
    assert said("february 2020 i think") == (
        "2020/2020-03", "said roughly: taken as some time between January and March 2020")
    assert said("around december 2019")[0] == "2019-11/2020-01"
    assert said("12 march 2019 i think")[0] == "2019-02/2019-04"
    assert said("2019 i think")[0] == "2017/2021"
    # A season too (a later trial's "spring of 2018 maybe" was the years 2016 to 2020, refused
    # as perhaps after 8 July 2020).
    assert said("it was like spring of 2018 maybe") == (
        "2018-02/2018-06", "said roughly: taken as some time between February and June 2018")
    assert said("summer 2019?")[0] == "2019-05/2019-09"
    # From today (TODAY is 15 January 2026), and before the pandemic was declared.
    assert said("last year") == ("2025", "taken as: 2025")
    assert said("3 years ago")[0] == "2022-01-15/2024-01-15"
    assert said("a couple of years ago")[0] == "2023-01-15/2025-01-15"
    assert said("about 2 years ago")[0] == "2023-01-15/2025-01-15"
    assert said("before covid") == (
        "../2020-03-10", "taken as: before 11 March 2020, when the pandemic was declared")
    assert said("recently")[0] is None
    # A period said by how long it has lasted.
    assert parse_periods("for about 20 years", TODAY, None)[0] == [
        {"start": "2004/2008", "ongoing": True}]
    assert parse_periods("i've lived in vancouver for 20 years", TODAY, None) == (
        [{"start": "2006", "ongoing": True}],
        "i've lived in vancouver for 20 years: taken as since 2006 (the place is asked only "
        "where it matters)")
    # Of one who has died, their years ended before today: not read so.
    assert parse_periods("for 20 years", TODAY, None, dead=True)[0] is None
    # In the interview: the arrest's search, said as early 2020, is on or before 8 July 2020.
    record, _, log = interview([
        ("Whom is this claim for", "me"),
        ("Which photograph did the RCMP search with", "no idea which one"),
        ("Did the RCMP search", "yes, early 2020, maybe february"),
        ("", "don't know"),
    ])
    assert record["police_uses"][0]["used_on"] == "2020/2020-06"  # type: ignore[index]
    assert not [q for q, _ in log if "on or before 8 July 2020" in q]
    assert outcomes(record)["TI"] == "MEMBER"


def _inherited(more: Rules | None = None) -> Rules:
    """The answers of one whose photograph's copyright was left to them by its photographer,
    with ``more`` after who took it."""
    return [
        ("Whom is this claim for", "me"),
        ("Did Clearview collect any photograph that you took", "yes"),
        ("Apart from the photographs you named", "no"),
        ("died?", "don't know"),
        ("Who took", "someone else"),
        *(more or []),
        ("ever sold, given, left or licensed to you", "yes"),
        ("How many times", "1"),
        ("Who made", "the photographer"),
        ("What was the transfer", "4"),
        ("happen on or before", "yes"),
        ("", "don't know"),
    ]


def test_a_copyright_inherited_from_the_photographer_says_the_photographer_died() -> None:
    """A trial's heir said the copyright came to her by an inheritance, made by the
    photographer (her late father), and read "assumed ...: the author is alive and keeps the
    moral rights". A succession made by the photographer says the photographer died, on its
    date: recorded and said back, so the moral rights are read as passed on the death."""
    record, transcript, _ = interview(_inherited(), names=["dads lake photos"])
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["transfers"] == [{"on": "../2020-07-08", "kind": "succession", "to": "claimant",
                                   "by": "photographer"}]
    assert photo["author_deceased"] is True and photo["author_died_on"] == "../2020-07-08"
    assert '(taken as: the photographer of photograph "dads lake photos" has died.)' in flat(transcript)
    assert "the author is alive" not in flat(transcript)
    assert ca.validate_claim(record) == ()
    assert outcomes(record)["CI"] == "MEMBER"


def test_an_inheritance_from_a_photographer_whose_death_was_given_is_dated_by_it() -> None:
    """A later trial's heir, who had said his father died in 2016, was asked whether the
    inheritance came on or before 8 July 2020, then who made it: a succession takes effect on
    the death (BRIEF section 5), so the first transfer of a photograph its photographer first
    owned, inherited, is dated by the photographer's death, and made by the photographer."""
    rules: Rules = [
        ("Whom is this claim for", "me"),
        ("Did Clearview collect any photograph that you took", "yes"),
        ("Apart from the photographs you named", "no"),
        ("Has the photographer who took", "yes, he died in 2016"),
        ("Since the photographer", "no, someone else"),
        ("Who took", "my dad"),
        ("ever sold, given, left or licensed to you", "yes"),
        ("How many times", "just once, when he died it came to me"),
        ("", "don't know"),
    ]
    record, transcript, log = interview(rules, names=["dads lake photos"])
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["transfers"] == [{"kind": "succession", "to": "claimant", "on": "2016",
                                   "by": "photographer"}]
    assert "(Inherited from the photographer, so on their death: in 2016, as said." in \
        flat(transcript)
    assert not any("transfer" in q and ("on or before" in q or "Who made" in q) for q, _ in log)
    assert ca.validate_claim(record) == ()
    # Not of a photographer whose death is not given: asked.
    _, _, log = interview([*rules[:3], ("Has the photographer who took", "don't know"),
                           *rules[4:]], names=["dads lake photos"])
    assert any("transfer" in q and "on or before" in q for q, _ in log)


def test_an_heir_s_kin_whose_death_was_said_first_is_not_asked_of_again() -> None:
    """A later trial's heir began "me, but its about my dads photos, he passed away in 2016 and
    i got everything", then was asked of each group of his father's photographs whether the
    photographer had died, whether the inheritance came by 8 July 2020, and whose death it
    was; his record kept none of it for the second group."""
    record, transcript, log = interview([
        ("Whom is this claim for", "me, but its about my dads photos, he passed away in 2016 "
         "and i got everything"),
        ("Is the claim yours", "mine, im his heir"),
        ("Did Clearview collect any photograph that you took", "yes"),
        ("Apart from the photographs you named", "no"),
        ("Since the photographer", "no, someone else"),
        ("Who took", "my dad"),
        ("ever sold, given, left or licensed to you", "yes"),
        ("How many times", "just once, when he died it came to me"),
        ("", "don't know"),
    ], names=["dads old photos", "dads newer photos"])
    said = flat(transcript)
    assert '(Of photograph "dads newer photos", taken by my dad, who died in 2016, as you said ' \
        "first; if not, type back.)" in said
    assert not any(q.startswith("Has the photographer") for q, _ in log)
    photo = record["photographs"][1]  # type: ignore[index]
    assert photo["author_deceased"] is True and photo["author_died_on"] == "2016"
    assert photo["transfers"] == [{"kind": "succession", "to": "claimant", "on": "2016",
                                   "by": "photographer"}]
    assert ca.validate_claim(record) == ()


def test_a_group_whose_dates_differ_is_told_how_to_name_it_apart_and_the_day_is_explained() -> None:
    """A later trial's photographer, of his weddings "from the late 90s until 2019", asked
    whether they were taken before 7 November 2012: "both? some before some after" and "most of
    them yes" were "Not understood", as was "why that date?" (and "why" gave citations alone).
    The first two are told to name the photographs as separate groups, as a face question
    tells; the third is told what that day changed, in plain words."""
    record, transcript, _ = interview([
        ("Whom is this claim for", "me"),
        ("Did Clearview collect any photograph that you took", "yes"),
        ("Apart from the photographs you named", "no"),
        ("Who took", "me"),
        ("When was photograph", "from the late 90s until 2019"),
        ("before 7 November 2012", [
            "both? some before some after", "most of them yes", "why that date?", "don't know",
        ]),
        ("", "don't know"),
    ], names=["weddings"])
    said = flat(transcript)
    assert "(taken as: some time between 1995 and 2019.)" in said
    assert said.count("One answer is needed: some one way and some the other") == 2
    assert "name them as separate groups" in said
    assert "7 November 2012 is the day the Copyright Modernization Act came into force" in said
    # Of the day alone: not followed by the rule's citations, as "why" gives them.
    day = said.index("7 November 2012 is the day")
    assert "Why this question" not in said[day:said.index("Was photograph", day)]
    assert "Not understood" not in said
    assert record["photographs"][0]["made_on"] == "1995/2019"  # type: ignore[index]
    fits(transcript)


def test_why_that_date_explains_each_day_the_question_names() -> None:
    """A later trial's photographer, asked of a date that "matters on which side it falls of 1
    January 1962 and 7 November 2012", typed "why that date?" and was told of 7 November 2012
    alone: each day named is explained."""
    output, _ = _made_on_asked_again(["why that date?", "don't know"], "old prints", "1950/2015",
                                     (dt.date(1962, 1, 1), dt.date(2012, 11, 7)))
    said = " ".join(output.split())
    assert "falls of 1 January 1962 and 7 November 2012" in said
    # A day after the one membership is assessed on is said as the questions say it (a later
    # trial's read "on which side it falls of 7 November 2012 and 9 July 2020").
    from classaction.cli.interview import _turning

    assert _turning(ca.DateRange.parse("2003/2021"), (dt.date(2012, 11, 7), dt.date(2020, 7, 9)),
                    after=frozenset({dt.date(2020, 7, 9)})) == (
        ", as it matters whether it was before 7 November 2012, or on or before 8 July 2020")
    told = said[said.index("why that date?"):]
    assert "1 January 1962 matters for a photograph whose film or memory card a company " \
        "owned" in told
    assert "7 November 2012 is the day the Copyright Modernization Act came into force" in told
    assert "Not understood" not in said
    fits(output)


def test_a_yes_said_with_when_keeps_the_date_of_what_it_says_yes_to() -> None:
    """"yes the smiths hired me in 2017", to whether a photograph was ordered, was taken as a
    yes and its year dropped; the next question asked whether it was ordered before 7 November
    2012 (a trial's photographer). The date is kept as the order's, and said back."""
    from classaction.actions.t_724_20.readings import Presumptions

    record, transcript, log = interview([
        ("Whom is this claim for", "me"),
        ("Did Clearview collect any photograph that you took", "yes"),
        ("Apart from the photographs you named", "no"),
        ("Who took", "me"),
        ("When was photograph", "2010"),
        ("order photograph", "yes the smiths hired me in 2010"),
        ("", "don't know"),
    ], names=["smith wedding"], readings=Readings(presumptions=Presumptions.STRICT))
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["commissioned"] is True and photo["commissioned_on"] == "2010"
    assert "(taken as: ordered in 2010.)" in flat(transcript)
    assert not [q for q, _ in log
                if "ordered before" in q or 'When was photograph "smith wedding" ordered' in q]
    assert ca.validate_claim(record) == ()


def test_words_a_trial_found_doubled_or_cut_read_whole() -> None:
    """A company's result read "the claimant is a company or other organisation (a company
    or other organisation)"; a state was asked "from between 2013 and 2017"; a holiday said
    as a period was said back as "we went"."""
    from classaction.cli.interview import _plainly, _when_lived

    assert _plainly("the claimant is a legal person (a company or other organisation); "
                    "a legal person") == ("the claimant is a company or other organisation; "
                                          "a company or other organisation")
    assert _when_lived({"start": "2013/2017", "ongoing": True}) == "from some time between 2013 and 2017"
    assert _when_lived({"start": "2001", "ongoing": True}) == "from 2001"
    refused = parse_periods("we went to florida once on vacation", TODAY, None)
    assert refused[0] is None and refused[1].startswith("we went to florida once on vacation: write")


def test_answers_a_second_trial_found_misread_are_taken_as_meant() -> None:
    """A second round of trials: "my whole life, except like a year in chicago around 2023"
    was saved as the year away alone, in Canada; "montreal for about 15 years, before that
    ontario" as the 15 years alone; "fall of 2019, maybe october" and "she died in early
    2019 so yeah" were refused; a search "a few years ago" was taken as 2021 to 2024 and ruled
    out one in 2019 unasked; a death "early 2019" read "between 2019 and June 2019"."""
    for refused in ("my whole life, except like a year in chicago around 2023",
                    "montreal for about 15 years, before that ontario",
                    "since 2011, before that in ontario", "from birth except 2023"):
        value, why = parse_periods(refused, TODAY, None)
        assert value is None and why.startswith("give each period with its years, like 1995 to "
                                                "2011 and since 2011"), refused
    assert parse_periods("since 2001", TODAY, None)[0] == [{"start": "2001", "ongoing": True}]
    assert parse_date("fall of 2019, maybe october", TODAY) == (
        DateRange.parse("2019-23"),
        "taken as: autumn 2019; the words beside it are not read")
    assert parse_date("2015, i think", TODAY)[0] == DateRange.parse("2013/2017")  # the date doubted
    assert parse_date("she died in early 2019 so yeah", TODAY)[0] == DateRange.parse("2019/2019-06")
    assert parse_date("in the 2010s sometime", TODAY)[0] == DateRange.parse("2010/2019")
    few = parse_date("a few years ago", TODAY)[0]
    assert few is not None and few.earliest == dt.date(2019, 1, 15)  # wide: 8 July 2020 within
    assert DateRange.parse("2019/2019-06").words() == "between January and June 2019"
    assert DateRange.parse("2019-11/2020-01").words() == "between November 2019 and January 2020"


def test_plain_words_a_second_trial_found_refused_are_taken() -> None:
    """"mom" (where "my mom" was taken), "the cops obviously", "me obvs", "why does that
    matter" and "how would i even find out" were each "Not understood"."""
    from classaction.cli.interview import _QUESTION_BACK
    from classaction.cli.said import _bare, _pick
    from classaction.records.claim import _TOOK_ME, _TOOK_SOMEONE

    assert _pick("mom", [_TOOK_ME, _TOOK_SOMEONE], True)[0] == "other"
    # The device it was first recorded on ("my phone lol": a later trial's teen, "Not
    # understood"): its owner's; answering for another, "my phone" is the one answering's.
    from classaction.cli.questions import _CHOICES, _third_person

    owners = list(_CHOICES["photograph.negative_owner"])
    assert _pick("my phone lol", owners, True) == ("claimant", "taken as: me")
    assert _pick("her camera", owners, True)[0] == "photographer"
    assert _pick("my phone", [_third_person(o) for o in owners], True)[0] != "claimant"
    # Said back, as "my mom" is ("mom again": a later trial's heir saw nothing said back).
    for said in ("mom", "mom again", "dad"):
        assert _pick(said, [_TOOK_ME, _TOOK_SOMEONE], True) == ("other", "taken as: someone else")
    assert _pick("the police obviously", [_TOOK_ME, _TOOK_SOMEONE], True)[0] == "other"
    assert _pick("the cops obviously", [_TOOK_ME, _TOOK_SOMEONE], True)[0] == "other"
    assert _pick("me obvs", [_TOOK_ME, _TOOK_SOMEONE], True)[0] == "claimant"
    for asked in ("why does that matter", "how would i even find out", "why do you need to know?"):
        assert _QUESTION_BACK.fullmatch(_bare(asked)), asked
    _, transcript, log = interview([
        ("Whom is this claim for", "me"),
        ("RCMP search", ["why does that matter", "no"]),
        ("", "don't know"),
    ])
    assert "Why this question: a member had a photograph used by the RCMP" in flat(transcript)
    assert [a for q, a in log if "RCMP search" in q] == ["why does that matter", "no"]


def test_how_would_i_know_of_what_no_reply_tells_is_a_don_t_know() -> None:
    """A later trial's teen answered "how would i know that lol" when asked when Clearview
    collected her photograph, and was given twelve lines of what the question is for: where
    nothing tells a person how to find out, it is a don't know, said back as taken. Of the
    RCMP's search, it still tells how to find out."""
    record, transcript, log = interview([
        ("Whom is this claim for", "me"),
        ("Did Clearview collect any photograph that you took", "yes"),
        ("Apart from the photographs you named", "no"),
        ("Who took", "me"),
        ("When was photograph", "how would i know that lol"),
        ("", "don't know"),
    ], names=["selfie"])
    said = flat(transcript)
    asked = [a for q, a in log if q.startswith("When was photograph")]
    assert asked == ["how would i know that lol"]
    assert "(taken as: don't know.)" in said
    assert "made_on" not in record["photographs"][0]  # type: ignore[index]
    _, transcript, _ = interview([
        ("Whom is this claim for", "me"), ("RCMP search", ["how would i know", "no"]),
        ("", "don't know"),
    ])
    assert "If you have no reply, answer don't know." in flat(transcript)


def test_a_search_said_to_be_by_the_cops_asks_which_police() -> None:
    """"ya when i got arested the cops ran my mugshot", to whether the RCMP searched, was taken
    as the RCMP's search, and made a trial's person in Montreal a Targeted Individual: which
    police it was is asked, once, as of any search whose police is not known."""
    # (Another police force's search does not settle the class: the RCMP's are still open.)
    for force, agency, ti in (("2", "other", "UNDETERMINED"), ("1", "rcmp", "MEMBER")):
        record, _, log = interview([
            ("Whom is this claim for", "me"),
            ("Which photograph did the RCMP search with", "no idea which one"),
            ("Did the RCMP search", "ya when i got arested the cops ran my mugshot"),
            ("Which police force made the search", force),
            ("on or before 8 July 2020", "yes"),
            ("", "don't know"),
        ])
        assert len([q for q, _ in log if q.startswith("Which police force")]) == 1
        assert record["police_uses"][0]["agency"] == agency  # type: ignore[index]
        assert ca.validate_claim(record) == ()
        assert outcomes(record)["TI"] == ti, force
    # Said of the RCMP, not asked.
    _, _, log = interview([
        ("Whom is this claim for", "me"),
        ("Which photograph did the RCMP search with", "no idea which one"),
        ("Did the RCMP search", "yes the rcmp police did"),
        ("", "don't know"),
    ])
    assert not [q for q, _ in log if q.startswith("Which police force")]


def test_an_organisation_s_owner_who_took_a_photograph_is_told_what_to_answer() -> None:
    """A trial's small business owner had no answer that fit "one of your staff, as part of
    their job / someone else": "me, im the owner" and "a photographer we hired" were each "Not
    understood"."""
    from classaction.cli.interview import _ORGANISATION_AUTHOR, _answerer_took
    from classaction.cli.said import _pick

    assert _pick("a photographer we hired", list(_ORGANISATION_AUTHOR))[0] == "hired"
    value, why = _answerer_took("me, im the owner")
    assert value is None and why.startswith("you, answering, are not the organisation: answer 1")
    # Each option for them: "or 2 if not" read to a later trial's one-person company as calling
    # its owner a photographer it hired.
    assert why.endswith("2 if it hired and paid you for that job alone; or 3 if neither")
    assert _answerer_took("a freelancer") == (None, "")
    # An option's number with words after it ("1 then, im the only one who works there", "1
    # same": a later trial's, each "Not understood"), said back; not one taken back or doubted.
    options = list(_ORGANISATION_AUTHOR)
    staff = options[0]
    for said in ("1 then, im the only one who works there", "1 same", "1. same as before"):
        assert _pick(said, options) == (staff[0], f"taken as: {staff[1]}"), said
    for said in ("1 no wait", "1 maybe", "2 or 3"):
        assert _pick(said, options)[0] is None, said


def test_i_already_said_that_is_told_the_question_is_another() -> None:
    """A later trial's person, asked of a photograph whether Clearview held it in its
    database after a question of any photograph, typed "i already said that" and read "Not
    understood"."""
    record, transcript, _ = interview([
        ("Whom is this claim for", "me"),
        ("show your face", ["i already said that", "no"]),
        ("", "don't know"),
    ])
    said = flat(transcript)
    assert ("Not the same question: no question is asked twice: this one differs from those "
            "before, in its words or in the photograph it names. Answer yes, no or don't know") in said
    assert record["statements"]["unlisted_collected_photograph_depicts_claimant"] is False  # type: ignore[index]
    # Asked back so too (a later trial's "didnt you already ask that", "Not understood").
    from classaction.cli.interview import _SAID_BEFORE
    from classaction.cli.said import normalize

    for said in ("didnt you already ask that", "didn't you already ask that?",
                 "you asked me that already", "you already asked that"):
        assert _SAID_BEFORE.fullmatch(normalize(said)), said
    assert not _SAID_BEFORE.fullmatch(normalize("you asked about my photos, yes"))


def test_an_agreement_said_never_signed_is_a_no_said_back_with_what_else_counts() -> None:
    """A later trial's one-person company, asked whether the photographer and the employer
    agreed the employer would not own the copyright: "its my own company, i never signed
    anything like that" was "Not understood". A no, told that an agreement need not be signed;
    a doubt or a yes is not read so."""
    from classaction.cli.interview import _read_first

    said = "taken as: no; it need not have been signed or written: if there was one all the same, type back"
    for pointer in ("/photographs/0/employment_agreement_to_contrary",
                    "/photographs/0/commission_agreement_to_contrary",
                    "/photographs/0/moral_rights_waived"):
        assert _read_first(pointer, "its my own company, i never signed anything like that") == (
            False, said)
        assert _read_first(pointer, "i didnt give it up") == (False, said)
        assert _read_first(pointer, "probably never signed anything") is None
    assert _read_first("/photographs/0/made_in_course_of_employment", "i never signed") is None


def test_a_photographer_s_period_is_named_in_plain_order() -> None:
    """"Did the photographer's (of photograph "...") citizenship of Canada start ..." read
    awkwardly to a trial's person: the period is named, then whose it is."""
    from classaction.cli.interview import _Interview

    out = io.StringIO()
    run = _Interview(_Answers(out, [("", "don't know")], [], [], []), out, Readings(), TODAY,
                     None, None)
    run.record = {"claimant": {"kind": "natural"}, "photographs": [
        {"id": "p1", "author": "other", "author_citizenship": [{"start": "2001", "ongoing": True}]}]}
    run.labels = {"p1": "moms pics"}
    assert run.item_name("/photographs/0/author_citizenship/0/start") == (
        'the citizenship of Canada of the photographer who took photograph "moms pics"')


def test_an_author_s_period_from_birth_asks_no_claimant_s_birth() -> None:
    """A trial's company answered "always" to when its photographer lived in Canada and was
    asked "From birth: what is your date of birth?": the author's periods read the author's
    birth, which is not asked. Where when the photograph was taken is not known, the
    photographer was born by today (a later trial's "from birth", offered by the question, was
    refused as "the date of birth is not known")."""
    from classaction.cli.interview import _Interview
    from classaction.engine.core import MissingFact, MissingReason

    out = io.StringIO()
    run = _Interview(_Answers(out, [("resident in Canada", ["always", "since 1990"]),
                                    ("", "don't know")], [], [], []),
                     out, Readings(), TODAY, None, None)
    born_by = f"../{TODAY.isoformat()}"
    run.record = {"claimant": {"kind": "legal"}, "photographs": [
        {"id": "p1", "author": "other", "collected_by_clearview": True}]}
    run.you = True
    fact = MissingFact(
        pointer="/photographs/0/author_residence", question="During which periods was the "
        "author of photograph p1 resident in Canada?", kind=ca.FactKind.LIST,
        reason=MissingReason.LEFT_OUT, settles=0.5,
    )
    run.turn(fact)
    said = flat(out.getvalue())
    assert "date of birth" not in said.lower() and "not understood" not in said.lower()
    assert run.record["photographs"][0]["author_residence"] == [  # type: ignore[index]
        {"start": born_by, "ongoing": True, "country": "CA"}]
    # Where when it was taken is known, the photographer was born by then: "from birth", which
    # the question offers, is taken (a later trial's was refused).
    for said, periods in (
        ("from birth", [{"start": "../2005-12-31", "ongoing": True, "country": "CA"}]),
        ("from birth to about 2017", [{"start": "../2005-12-31", "end": "2015/2019",
                                       "country": "CA"}]),
    ):
        out = io.StringIO()
        run = _Interview(_Answers(out, [("resident in Canada", said), ("", "don't know")],
                                  [], [], []), out, Readings(), TODAY, None, None)
        run.record = {"claimant": {"kind": "natural"}, "photographs": [
            {"id": "p1", "author": "other", "collected_by_clearview": True,
             "made_on": "2001/2005"}]}
        run.you = True
        run.turn(fact)
        assert "not understood" not in flat(out.getvalue()).lower(), said
        assert run.record["photographs"][0]["author_residence"] == periods  # type: ignore[index]


def test_a_third_trial_s_period_with_its_place_first_and_an_heir_s_dates() -> None:
    """"ontario 1992 to 2011, then montreal since 2011" was told "'ontario' is not a month";
    a daughter whose father took photographs in the 1980s, inherited on his death, was asked on
    which side of 1950, 1970 and 1972 he died: one who took a photograph was alive to take it."""
    assert parse_periods("ontario 1992 to 2011, then montreal since 2011", TODAY, None)[0] == [
        {"start": "1992", "end": "2011"}, {"start": "2011", "ongoing": True}]
    assert parse_periods("june 2018 to 2019", TODAY, None)[0] == [
        {"start": "2018-06", "end": "2019"}]  # a month is no place
    record, _, log = interview(_inherited([("When was photograph", "in the 80s")]),
                               names=["dads landscapes"])
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["made_on"] == "1980/1989"
    assert photo["author_died_on"] == "1980/2020-07-08"
    assert not [q for q, _ in log if q.startswith("When did the photographer")]
    assert ca.validate_claim(record) == ()


def test_a_photographs_id_drops_an_apostrophe_of_its_name() -> None:
    """"dad's landscapes" was "dad-s-landscapes" in a trial's record; the name as said is kept
    beside it for the questions."""
    from classaction.cli.answers import Answers

    named = object.__new__(Answers)
    named.record, named.labels, named.no_rights = {}, {}, False
    assert named.new_photo("dad's landscapes") == "dads-landscapes"
    assert named.new_photo("Mum\u2019s garden 2019") == "Mums-garden-2019"
    assert named.new_photo("dad's landscapes") == "dads-landscapes-3"
    assert named.labels["dads-landscapes"] == "dad's landscapes"


def test_a_later_trial_s_casual_answers_are_taken() -> None:
    """Answers a later trial's people typed and saw refused, each beside one like it that was
    taken ("once" / "just the once", "lol no its a wedding" / "what? no its a selfie", "my
    dad" / "dad too", "the early 2000s" / "the early 2000s, when i was in university"); and a
    period's end said as the last known of ("no idea after"), saved as its end."""
    from classaction.cli.said import _bare, parse_count, parse_yes_no

    assert [parse_count(said)[0] for said in ("just the once", "the once", "just the one")] == \
        [1, 1, 1]
    assert parse_count("theory")[0] is None
    assert parse_yes_no("what? no its a selfie") == (False, "")
    assert parse_yes_no("i asked them in 2021 so yes") == (True, "")
    assert parse_yes_no("i never posted it so no") == (False, "")
    assert parse_yes_no("i think so yes")[0] is None  # a doubt is still refused
    assert parse_yes_no("what?")[0] is None
    assert parse_yes_no("ok yes") == (True, "") and parse_yes_no("duh yes") == (True, "")
    assert parse_yes_no("ok")[0] is None
    from classaction.cli.said import is_dont_know

    assert is_dont_know("we dont know")
    assert is_dont_know("mom says she doesnt know, how would we find out?")
    assert _bare("dad too") == "dad" and _bare("what?") == "what?"
    value, why = parse_date("the early 2000s, when i was in university", TODAY)
    assert value is not None and value.text == "2000/2004"
    # Not where it is one end of a period (a later trial's "the early 2000s till now" was
    # taken as 2000 to 2004).
    assert parse_date("all the time, the early 2000s till now", TODAY)[0] is None
    # What leads to a date says nothing of it (a later trial's, refused).
    for said, taken in (("it was in 2015", "2015"), ("he died before covid", "../2020-03-10"),
                        ("that was 2020 sometime", "2020"), ("she passed away in 2015", "2015")):
        value, _ = parse_date(said, TODAY)
        assert value is not None and value.text == taken, said
    assert parse_date("i was 15", TODAY)[0] is None
    # "Mostly" of a group's years is refused with why, not with how to write a date.
    value, why = parse_date("the 80s and 90s mostly", TODAY)
    assert value is None and why.startswith('"mostly" leaves some outside those years')
    # Nor taken at the question by the date the sentence ends with ("mostly the 2000s": a
    # later trial's heir saw it taken as between 2000 and 2009).
    from classaction.cli.interview import _Interview

    run = _Interview(io.StringIO(), io.StringIO(), Readings(), TODAY, None, None)
    value, why = run.date_in_words("mostly the 2000s")
    assert value is None and why.startswith('"mostly" leaves some outside those years')
    periods, why = parse_periods("like 2001 to 2004, no idea after", TODAY, None)
    assert periods is not None and periods[-1]["end"] == "2004/.."
    assert "or later, as what came after is not known" in why
    assert parse_periods("no idea after", TODAY, None)[0] is None


def test_a_claim_about_a_late_parent_s_photographs_asks_whose_it_is() -> None:
    """"its about my dads photos, he passed away a few years back" was taken as a claim for the
    father, who could hold nothing after his death; the son was told to start again as "me"
    only at the end. Whose claim it is, the heir's or the one who died, is asked."""
    said = "its about my dads photos, he passed away a few years back"
    record, transcript, log = interview([
        ("Whom is this claim for", said), ("Is the claim yours", "mine"),
    ])
    assert [q for q, _ in log if q.startswith("Is the claim yours")]
    claimant = record["claimant"]
    assert claimant["kind"] == "natural" and claimant["deceased"] is False  # type: ignore[index]
    assert "The questions below call that person" not in transcript  # "you", the heir
    assert "taken as: a person who has died" not in flat(transcript)  # nor said so first
    record, _, _ = interview([("Whom is this claim for", said), ("Is the claim yours", "his")])
    assert record["claimant"]["deceased"] is True  # type: ignore[index]
    # The death's date said in the first answer is kept (a later trial's was asked again).
    record, _, _ = interview([
        ("Whom is this claim for", "its about my moms photos, she passed away in early 2019"),
        ("Is the claim yours", "theirs"),
    ])
    assert record["claimant"]["died_on"] == "2019/2019-06"  # type: ignore[index]
    # Not asked where no photographs of one's kin are named.
    _, _, log = interview([("Whom is this claim for", "its for my mom, she passed away in 2021")])
    assert not [q for q, _ in log if q.startswith("Is the claim yours")]


def test_a_no_to_the_rcmp_s_search_naming_another_police_force_is_told_why() -> None:
    """"no it was toronto police not the rcmp. does that count?" was taken as a no, and the
    question left unanswered (a later trial's)."""
    _, transcript, _ = interview([
        ("Whom is this claim for", "me"),
        ("RCMP search", "no it was toronto police not the rcmp. does that count?"),
        ("", "don't know"),
    ])
    said = flat(transcript)
    assert "taken as: no; a search by another police force, a city's or a province's, is not " \
           "one by the RCMP" in said
    _, transcript, _ = interview([("Whom is this claim for", "me"), ("RCMP search", "no"),
                                  ("", "don't know")])
    assert "another police force" not in flat(transcript)
    # A later trial's: the other force's search said alone is asked again, the RCMP's not
    # known is don't know, and a yes names a search whose police is asked next.
    from classaction.cli.interview import DONT_KNOW, _other_police

    again = _other_police("the toronto cops did, around 2019")
    assert again is not None and again[0] is None and again[1].endswith(
        "did the RCMP? answer yes, no or don't know")
    unknown = _other_police("idk if the rcmp did, the city police did though")
    assert unknown is not None and unknown[0] is DONT_KNOW
    assert _other_police("it was the opp not the rcmp, does that count?") is not None
    assert _other_police("yes, the cops ran my mugshot") is None
    assert _other_police("no") is None


def test_an_organisation_s_hired_photographer_is_its_commission() -> None:
    """A later trial's agency said "a photographer we hired" and was never asked whether it
    ordered and paid for the photograph, which, made before 7 November 2012, made it the first
    owner (former s. 13(2) of the Copyright Act): the result assumed it had not."""
    record, transcript, log = interview([
        ("Whom is this claim for", "our real estate agency"),
        ("Did Clearview collect any photograph that you took", "yes"),
        ("Who took", "a photographer we hired"),
        ("When was photograph", "2005"),
        ("", "don't know"),
    ], names=["agent headshots"])
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["author"] == "other" and photo["commissioned"] is True
    assert photo["commissioner"] == "claimant"
    # When it was ordered is asked, as it matters (before 7 November 2012 or not).
    assert any("ordered before 7 November 2012" in question for question, _ in log)
    assert "a photographer you hired and paid to take it" in transcript


def test_the_photographer_named_as_the_one_just_spoken_of() -> None:
    """"her, it was her camera", of who owned the film of a photograph her mother took, was
    "Not understood" (a trial's daughter)."""
    from classaction.cli.said import _pick
    from classaction.records.claim import _ME, _PHOTOGRAPHER, _SOMEONE

    options = [_ME, _PHOTOGRAPHER, _SOMEONE]
    assert _pick("her, it was her camera", options)[0] == "photographer"
    assert _pick("him", options)[0] == "photographer"
    assert _pick("me", options)[0] == "claimant"


def test_a_creative_commons_licence_named_as_a_transfer_s_kind_is_a_licence() -> None:
    """A trial's photographer, asked what transfer 1 was, said "creative commons" and was "Not
    understood", though the help on a licence spoke of Creative Commons."""
    from classaction.cli.questions import _CHOICES
    from classaction.cli.said import _pick

    options = list(_CHOICES["transfer.kind"])
    for said in ("creative commons", "cc-by", "the creative commons licence"):
        assert _pick(said, options)[0] == "licence", said
    assert _pick("exclusive", options)[0] == "exclusive_licence"


def test_another_country_said_beside_the_periods_asked_is_set_aside() -> None:
    """"since 2001, before that the philippines", asked of Canada, was refused as a period
    without dates (a later trial's); "my buddy took it at a party" was "Not understood"."""
    periods, why = parse_periods("since 2001, before that the philippines", TODAY, None)
    assert periods == [{"start": "2001", "ongoing": True}]
    assert why == "what was said of the Philippines is not read here (this asks of one country)"
    # Born there, with its place after ("born and raised in toronto", a later trial's).
    assert parse_periods("born and raised in toronto", TODAY, "../2020-07-08")[0] == [
        {"start": "../2020-07-08", "ongoing": True}]
    # A place in Canada so said is still asked again with its years.
    assert parse_periods("since 2001, before that toronto", TODAY, None)[0] is None
    from classaction.cli.said import _pick
    from classaction.records.claim import _TOOK_ME, _TOOK_SOMEONE

    assert _pick("my buddy took it at a party", [_TOOK_ME, _TOOK_SOMEONE], True)[0] == "other"


def test_a_permission_to_use_said_is_a_yes_and_a_payment_alone_is_told_apart() -> None:
    """A later trial's small business answered whether its staff photographs' copyright was
    sold, given, left or licensed to it with "we paid for them so theyre ours right?" and "well
    we're allowed to use them on our site obviously": each "Not understood", though the
    question says a permission to use is a licence."""
    record, transcript, _ = interview([
        ("Whom is this claim for", "a company"), ("Apart from", "no"),
        ("Who took photograph", "someone else"), ("that you took", "yes"),
        ("ever sold, given", ["we paid for them so theyre ours right?",
                              "well we're allowed to use them on our site obviously"]),
        ("", "don't know"),
    ], names=["staff photos"])
    said = " ".join(transcript.split())
    assert ("A payment alone is not enough to tell: paying for a photograph taken since 7 "
            "November 2012 does not by itself give you its copyright") in said
    assert "(taken as: yes: a permission to use it is a licence.)" in said
    assert record["photographs"][0]["granted_to_claimant"] is True  # type: ignore[index]
    assert "Not understood" not in said


def test_answers_a_later_trial_found_taken_wrongly_or_refused() -> None:
    """A later trial's people: a photographer hired for the day taken as an employee ("yes its
    his job, hes a professional photographer"); "no, just selfies and stuff on instagram" taken
    as holding rights in no photograph; "none ... theyre creative commons" taken as never
    licensed; "we paid for them, they're ours to use" taken as a sale of the copyright; and
    "2019 like i said", "since i moved here from india in 2003, been here ever since", "since
    2016 when i moved to toronto from chicago" refused; "maybe 2012 or 2013 till 2016" widened
    its end; "chicago, not sure, maybe ..." was asked the state."""
    from classaction.cli.interview import _count_of_grants, _parse_state, _use_allowed

    record, transcript, _ = interview([
        ("Whom is this claim for", "a company"), ("Apart from", "no"),
        ("Who took photograph", "someone else"), ("that you took", "yes"),
        ("as someone's employee", ["yes its his job, hes a professional photographer", "no"]),
        ("", "don't know"),
    ], names=["staff photos"])
    said = " ".join(transcript.split())
    assert ("Hired is not employed: a photographer hired for the job, not on anyone's payroll, "
            "is not an employee") in said
    assert record["photographs"][0]["made_in_course_of_employment"] is False  # type: ignore[index]
    _, transcript, _ = interview([
        ("Whom is this claim for", "myself"),
        ("that you took", ["no, just selfies and stuff on instagram", "don't know"]), ("", "don't know"),
    ])
    assert "A selfie counts: a selfie is a photograph you took" in " ".join(transcript.split())
    assert _count_of_grants("none, never sold any. theyre creative commons so anyone can use them")[0] is None
    assert _count_of_grants("none")[0] == 0 and _count_of_grants("once, creative commons")[0] == 1
    assert _use_allowed("we paid for them, they're ours to use")[0] == "licence"  # type: ignore[index]
    assert _use_allowed("we bought the copyright, all of it") is None
    today = dt.date(2026, 12, 6)
    assert parse_date("2019 like i said", today)[0] == DateRange.parse("2019")
    for moved in ("since i moved here from india in 2003, been here ever since",
                  "since 2003 when i moved to toronto from chicago"):
        assert parse_periods(moved, today, None)[0] == [{"start": "2003", "ongoing": True}], moved
    assert parse_periods("chicago, not sure, maybe 2012 or 2013 till 2016", today, None)[0] == [
        {"start": "2010/2015", "end": "2016"}]
    assert parse_periods("2012 till 2016 or so", today, None)[0] == [{"start": "2012", "end": "2014/2018"}]
    assert _parse_state("chicago, not sure, maybe 2012 or 2013 till 2016")[0] == "US-IL"
    assert _parse_state("probably chicago, 2012 to 2016")[0] is None


def test_a_third_round_behind_the_camera_of_any_photograph_and_a_hired_guy() -> None:
    """A third round: "no i was behind the camera", to whether Clearview's database held any
    photograph of one's face, was taken as a firm no; a bakery's "a guy we hired" and "we paid
    a photographer to come in", to who took its photograph, were "Not understood"."""
    _, transcript, _ = interview([
        ("Whom is this claim for", "myself"), ("that you took", "no"),
        ("show your face", ["no i was behind the camera", "don't know"]), ("", "don't know"),
    ])
    said = " ".join(transcript.split())
    assert ("Not only your own photographs: a photograph of your face that someone else took "
            "counts too") in said
    for hired in ("a guy we hired", "we paid a photographer to come in"):
        record, transcript, _ = interview([
            ("Whom is this claim for", "a company"), ("Apart from", "no"),
            ("Who took photograph", hired), ("that you took", "yes"), ("", "don't know"),
        ], names=["staff photos"])
        assert record["photographs"][0].get("commissioned") is True, hired  # type: ignore[index]
        assert "Not understood" not in transcript, hired


def test_a_third_round_a_creative_commons_count_and_a_hired_no() -> None:
    """A third round of a later trial: "its cc-by, anyone can use them with credit", to how
    many times a photograph's copyright was licensed, was "Not understood", and "none" after a
    Creative Commons licence said before was taken as never licensed (once told, a "none"
    said again stands); "no we hired him for the day" to whether an employee took it was
    refused as if it were a yes."""
    from classaction.cli.interview import _count_of_grants

    assert _count_of_grants("its cc-by, anyone can use them with credit") == (
        1, "taken as: 1, a Creative Commons licence; if it was also sold or licensed otherwise, "
           "type back and count those too")
    assert _count_of_grants("none i never sold any of those", True)[0] is None
    assert _count_of_grants("none i never sold any of those", False)[0] == 0
    record, transcript, _ = interview([
        ("Whom is this claim for", "a company"), ("Apart from", "no"),
        ("Who took photograph", "someone else"), ("that you took", "yes"),
        ("as someone's employee", "no we hired him for the day, he has his own business"),
        ("", "don't know"),
    ], names=["staff photos"])
    assert "Hired is not employed" not in transcript
    assert record["photographs"][0]["made_in_course_of_employment"] is False  # type: ignore[index]


def test_a_claimant_who_has_died_is_asked_when_before_when_born() -> None:
    """A trial's son, answering for his late mother ("3", a person who has died), was first
    asked "Was the claimant born on or before 8 July 2020?". Whether she was alive that day
    turns on both; of one said to have died, the death is asked first, and settles it."""
    record, transcript, log = interview([
        ("Whom is this claim for", "3"),
        ("die before 8 July 2020", "yes, in 2018"),
    ])
    asked = [question for question, _ in log]
    assert "die before 8 July 2020" in asked[1], asked
    assert not any("born" in question for question in asked), asked
    assert outcomes(record) == {"PB": "NOT_MEMBER", "TI": "NOT_MEMBER", "CI": "NOT_MEMBER"}
    fits(transcript)


def test_a_time_away_said_with_its_years_is_left_out_of_the_period() -> None:
    """A later trial's woman in Winnipeg answered "my whole life except 2 years in chicago,
    2010 to 2012", and was told only "Not understood". A time away said with its two years,
    within one period, splits it as "from birth to 2010 and since 2012" says it, said back; a
    time away said roughly, or without its years, is still asked again as periods."""
    for said, periods in (
        ("my whole life except 2 years in chicago, 2010 to 2012",
         [{"start": "1980", "end": "2010"}, {"start": "2012", "ongoing": True}]),
        ("since 2001 except 2010 to 2012",
         [{"start": "2001", "end": "2010"}, {"start": "2012", "ongoing": True}]),
        ("1990 to 2020 except 2000 to 2005",
         [{"start": "1990", "end": "2000"}, {"start": "2005", "end": "2020"}]),
    ):
        found, why = parse_periods(said, TODAY, "1980")
        assert found == periods, said
        assert why.endswith("; the time away left out"), why
    for said in ("my whole life except like a year in chicago around 2023",
                 "since 2001 except around 2010 to 2012", "since 2015 except 2010 to 2012",
                 "my whole life except 2 years in chicago"):
        found, why = parse_periods(said, TODAY, "1980")
        assert found is None and why.startswith("give each period with its years"), said

    record, transcript, _ = interview([
        ("Whom is this claim for", "myself"),
        ("that you took", "no"),
        ("show your face", "yes"),
        ("lived in Canada", "my whole life except 2 years in chicago, 2010 to 2012"),
    ], names=["facebook photos"])
    claimant = record["claimant"]
    assert isinstance(claimant, dict)
    # Born by 8 July 2020, as one answering for oneself was: the first period began some time
    # before the time away.
    assert claimant["residence"][:2] == [
        {"start": "../2009", "end": "2010", "country": "CA"},
        {"start": "2012", "ongoing": True, "country": "CA"},
    ]
    told = flat(transcript)
    assert "taken as from birth to 2010 and since 2012; the time away left out" in told
    assert outcomes(record)["PB"] == "MEMBER"
    fits(transcript)


def test_a_time_away_said_within_a_decade_is_left_out_of_the_period() -> None:
    """A later trial's man answered "all my life except a few years in boston in the 80s" and
    was asked again for periods with their years, which he did not know. A stay said by the
    time it lay within ("in the 80s", "in the late 90s", "in 1985"), with no years of its own,
    splits the period as the years would, left and come back on some day of that time, said
    back with how to correct it; a stay said with a time it did not lie within, or with other
    numbers beside it, is still asked again."""
    for said, periods in (
        ("all my life except a few years in boston in the 80s",
         [{"start": "1975", "end": "1980/1989"}, {"start": "1980/1989", "ongoing": True}]),
        ("since 1976 except a couple of years in london in the late 90s",
         [{"start": "1976", "end": "1995/1999"}, {"start": "1995/1999", "ongoing": True}]),
        ("all my life except a year in paris in 1985",
         [{"start": "1975", "end": "1985"}, {"start": "1985", "ongoing": True}]),
        ("my whole life except 2 years in boston in the 80s",  # how long is not read
         [{"start": "1975", "end": "1980/1989"}, {"start": "1980/1989", "ongoing": True}]),
    ):
        found, why = parse_periods(said, TODAY, "1975")
        assert found == periods, said
        assert "; the time away left out, taken as within " in why, why
    for said in ("all my life except a few years in the 70s",  # begun before birth ended
                 "all my life except 2 years in boston in the 80s, maybe 3"):
        found, why = parse_periods(said, TODAY, "1975")
        assert found is None and why.startswith("give each period with its years"), said

    record, transcript, _ = interview([
        ("Whom is this claim for", "myself"),
        ("that you took", "no"),
        ("show your face", "yes"),
        ("lived in Canada", "all my life except a few years in boston in the 80s"),
    ], names=["facebook photos"])
    claimant = record["claimant"]
    assert isinstance(claimant, dict)
    assert claimant["residence"][1] == {"start": "1980/1989", "ongoing": True, "country": "CA"}
    told = flat(transcript)
    assert ("taken as from birth to some time between 1980 and 1989 and since some time "
            "between 1980 and 1989") in told
    assert "if it went on past 1989, give the years" in told
    # Said back in one pair of brackets (a trial's read two, one within the other).
    said_back = told[told.index("(all my life except"):]
    said_back = said_back[:said_back.index(")") + 1]
    assert said_back.count("(") == 1 and said_back.endswith("give the years.)"), said_back
    assert outcomes(record)["PB"] == "MEMBER"
    fits(transcript)


def test_an_heir_is_not_sent_to_answer_again_of_a_death_after_the_day_classes_are_read() -> None:
    """A later trial's daughter, whose father died "late 2021", was told "An heir may be a
    member in their own right: answer the questions again as "me"", and found she held
    nothing on 8 July 2020, when her father still held his rights. Said only where the death
    may have come by that day."""
    heir = "An heir may be a member in their own right"
    for died, told in (("no, late 2021", False), ("yes, in 2018", True), ("don't know", True)):
        record, transcript, _ = interview([("Whom is this claim for", "3"),
                                           ("die before 8 July 2020", died), ("", "don't know")])
        assert record["claimant"]["deceased"] is True  # type: ignore[index]
        assert (heir in flat(transcript)) is told, died


def test_a_period_said_by_its_end_alone_is_taken_its_start_not_known() -> None:
    """A later trial's man, asked when he lived in Canada, answered "vancouver till 2016, then
    seattle" and was told "'vancouver': write a date like ...". A period said by its end alone
    began by then, its start not known; what came after it, past a comma, is not read."""
    from classaction.cli.interview import _in_canada

    for said in ("till 2016", "vancouver till 2016", "in vancouver until 2016",
                 "vancouver till 2016, then seattle"):
        periods, why = _in_canada(said, parse_periods(said, TODAY, None))
        assert periods == [{"start": "../2016", "end": "2016"}], said
        assert "taken as some time until 2016, its start not known" in why, said
    assert "what follows the comma is not read" in parse_periods(
        "vancouver till 2016, then seattle", TODAY, None)[1]
    # Of another country, refused as any period said with its place (asked of Canada).
    assert _in_canada("seattle till 2016", parse_periods("seattle till 2016", TODAY, None))[0] is None
    for refused in ("until 2016 i think", "not until 2016"):
        assert parse_periods(refused, TODAY, None)[0] is None, refused


def test_a_status_said_before_a_period_and_still_after_it_are_read() -> None:
    """A later trial's man answered "im canadian since birth, still am" to when he was a
    citizen of Canada, and was taken as "a period going on now, its start not known"; "ive
    been a citizen since 2005" read "a citizen" as a place."""
    for said, periods in (
        ("im canadian since birth, still am", [{"start": "1988", "ongoing": True}]),
        ("since birth, still am", [{"start": "1988", "ongoing": True}]),
        ("since 2001 and still am", [{"start": "2001", "ongoing": True}]),
        ("from birth, still living there", [{"start": "1988", "ongoing": True}]),
        ("ive been a citizen since 2005", [{"start": "2005", "ongoing": True}]),
        ("i became a citizen in 2005", [{"start": "2005", "ongoing": True}]),
        ("i got my citizenship in 2010", [{"start": "2010", "ongoing": True}]),
    ):
        found, why = parse_periods(said, TODAY, "1988")
        assert found == periods, said
        assert "place" not in why and "start not known" not in why, said
    assert parse_periods("canadian", TODAY, "1988")[0] is None


def test_who_took_a_photograph_said_as_another_person_is_someone_else() -> None:
    """A later trial's photographer answered "mike, he took it", "my assistant" and "my
    assistant took those" to who took a photograph, each "Not understood". Of one answering for
    themselves, another person said so is someone else, said back; a thing of one's own ("my
    phone") or one's own taking is not."""
    from classaction.cli.interview import _another_took

    for said in ("mike, he took it", "my assistant", "my assistant took those",
                 "she took them at the wedding", "the newspaper photographer"):
        assert _another_took(said) == ("other", "taken as: someone else"), said
    for said in ("my phone", "i took it with my phone", "im the photographer", "my own",
                 "the ottawa citizen"):
        assert _another_took(said)[0] is None, said
    record, transcript, _ = interview([
        ("Whom is this claim for", "myself"), ("that you took", "yes"),
        ("Who took photograph", "my assistant took those"), ("", "don't know"),
    ], names=["client photos"])
    assert record["photographs"][0]["author"] == "other"  # type: ignore[index]
    assert "my assistant took those (taken as: someone else.)" in flat(transcript)
    # Answering for another, "he took it" may be the claimant: not read so.
    _, told, _ = interview([
        ("Whom is this claim for", "2"), ("born on or before", "yes"), ("that the claimant took", "yes"),
        ("Who took photograph", ["he took it", "don't know"]), ("", "don't know"),
    ], names=["his photos"])
    assert "he took it (taken as: someone else" not in flat(told)


def test_never_having_left_is_a_life_there_and_trouble_with_the_police_no_other_force() -> None:
    """A later trial's "his whole life, he's never left" was refused, and "never left" alone
    read as never there (none); "i doubt it, i've never been in trouble with the police", asked
    whether the RCMP searched, was told of another police force's search."""
    from classaction.cli.interview import _in_canada, _other_police, _state_said

    for said in ("never left", "he's never left", "his whole life, he's never left",
                 "since birth, never lived anywhere else", "i never left canada"):
        periods, _ = _in_canada(said, parse_periods(said, TODAY, "1970"))
        assert periods == [{"start": "1970", "ongoing": True}], said
    assert parse_periods("never lived there", TODAY, "1970")[0] == []
    # Canada named, asked of the United States: another country's.
    said = "i never left canada"
    assert _state_said("US", said, parse_periods(said, TODAY, "1970"))[0] is None
    for said in ("i doubt it, i've never been in trouble with the police",
                 "no, never had trouble with the police"):
        assert _other_police(said) is None, said
    assert _other_police("no it was toronto police not the rcmp") is not None


def test_a_time_in_another_country_said_beside_the_years_in_canada_is_not_read_here() -> None:
    """A trial's "since 2001, before that a few years in boston in the 80s", asked of Canada,
    was told to give "the year, not a time relative to today". The periods before it are
    taken, the time in another country said not to be read here, as a country named alone
    ("before that the philippines") was; a place in Canada beside is still asked again."""
    from classaction.cli.interview import _in_canada_beside

    def read(said: str) -> tuple[object, str]:
        return _in_canada_beside(said, lambda text: parse_periods(text, TODAY, "1960"))

    for said, place in (("since 2001, before that a few years in boston in the 80s", "Boston"),
                        ("since 2001, before that chicago", "Chicago")):
        periods, why = read(said)
        assert periods == [{"start": "2001", "ongoing": True}], said
        assert why == f"what was said of {place} is not read here (this asks of one country)"
    assert read("montreal for about 15 years, before that ontario")[0] is None
    assert read("since 2001") == ([{"start": "2001", "ongoing": True}], "")


def test_a_parent_or_grandparent_is_not_asked_whether_born_by_the_as_of_date() -> None:
    """A trial's person answering for their mother was first asked "Was the claimant born on
    or before 8 July 2020?": a parent is born before the child who answers, who is of an age to
    answer. A daughter or a friend may be younger, and is asked."""
    for who, elder in (("my mother", "your mother"), ("my late grandpa, he died in 2021",
                                                      "your grandpa"), ("for my dad", "your dad")):
        record, transcript, log = interview([("Whom is this claim for", who), ("", "don't know")])
        assert record["claimant"]["born_on"] == "../2020-07-08", who  # type: ignore[index]
        assert not any("born" in question for question, _ in log), (who, log)
        assert f"(The claimant is {elder}, so was born before you" in flat(transcript), who
        assert ca.validate_claim(record) == ()
    for who in ("my daughter", "my son"):
        record, _, log = interview([("Whom is this claim for", who), ("", "don't know")])
        assert "born_on" not in record["claimant"], who  # type: ignore[operator]
        assert any("Was the claimant born on or before 8 July 2020?" in q for q, _ in log), who


def test_a_business_run_in_one_s_own_name_is_its_owner_s_claim() -> None:
    """A trial's "my business. its not incorporated, its just me" was taken as a company, which
    ruled the owner out of every class of natural persons unsaid. A business not incorporated
    is, in law, its owner; one named by its trade alone ("my bakery") may be either, and is
    asked; one said to be a company is one."""
    cases = (
        ([("Whom is this claim for", "my business. its not incorporated, its just me")],
         "natural", False),
        ([("Whom is this claim for", "for my bakery, I own it"),
          ("Is the business incorporated", "no, just me")], "natural", True),
        ([("Whom is this claim for", "my studio"),
          ("Is the business incorporated", "yes, its a company")], "legal", True),
        # ("its an inc": a later trial's, "Not understood".)
        ([("Whom is this claim for", "my studio"),
          ("Is the business incorporated", "its an inc")], "legal", True),
        ([("Whom is this claim for", "our company")], "legal", False),
        # A freelancer of someone else (a later trial's bakery, taken as its owner's own).
        ([("Whom is this claim for", "its for my business, a little bakery. we bought some "
           "photos off a freelancer for our website"),
          ("Is the business incorporated", "yes")], "legal", True),
        ([("Whom is this claim for", "my studio, im a freelancer")], "natural", False),
    )
    for rules, kind, asked in cases:
        record, transcript, log = interview([*rules, ("", "don't know")])
        assert record["claimant"]["kind"] == kind, rules  # type: ignore[index]
        assert any(q.startswith("Is the business incorporated") for q, _ in log) is asked, rules
        if kind == "natural":
            # Asked of "you", as one answering for themselves: their face, their photographs.
            assert any("show your face" in q for q, _ in log), log
            assert "is, in law, its owner" in flat(transcript)
        assert ca.validate_claim(record) == ()


def test_the_photographs_to_name_are_said_in_words() -> None:
    """A trial's person read "Name each of them" after a note ("... That is not asked.") that
    came between it and the question it followed: which photographs is said."""
    _, transcript, _ = interview([
        ("Whom is this claim for", "me"),
        ("Does any photograph that Clearview collected show your face", "yes"),
        ("Name each", "selfie"), ("", "don't know"),
    ])
    assert "Name each photograph Clearview collected that shows your face, one a line" in flat(transcript)
    _, transcript, _ = interview([
        ("Whom is this claim for", "my son"),
        ("Did Clearview collect any photograph that the claimant took", "yes"),
        ("Name each", "drawing"), ("", "don't know"),
    ])
    assert ("Name each photograph of theirs Clearview collected (one the claimant took, had "
            "someone take, or whose copyright came to the claimant), one a line") in flat(transcript)


def test_a_photograph_posted_on_a_platform_is_counted_as_a_licence() -> None:
    """A trial's "I posted it on Instagram, does that count?", to how many times a selfie's
    copyright was sold or licensed, was "Not understood": a platform's terms of use have the
    one who posts grant it a licence that is not exclusive; said so, and asked again. A count
    said with it is taken; "never" said with it is not none."""
    from classaction.cli.interview import _count_of_grants, _refusal

    for said in ("I posted it on Instagram, does that count?", "i put it on facebook",
                 "never, just posted it online"):
        count, why = _count_of_grants(said)
        assert count is None, said
        assert why.startswith("posting it on a platform usually gives the platform"), said
    assert _refusal(why) == "A post on a platform counts"  # understood, not "Not understood"
    assert _count_of_grants("1, i posted it on instagram")[0] == 1
    assert _count_of_grants("never")[0] == 0


def test_what_a_photograph_s_name_says_of_it_is_not_asked_again() -> None:
    """A later trial's "beach pics my friend took" was asked who took it, and "me as a baby"
    whether it shows the person's face: the name said so; each is noted and said back. Not
    of one answering for another (their "my mom took" may be of the claimant)."""
    record, transcript, log = interview([
        ("Whom is this claim for", "me"),
        ("Did Clearview collect any photograph that you took", "yes"),
        ("", "don't know"),
    ], names=["beach pics my friend took", "me as a baby"])
    first, second = record["photographs"]  # type: ignore[misc]
    assert first["author"] == "other"  # one had someone take: a friend
    assert second["claimant_face_appears"] is True
    assert "(It shows you, as its name says: your face is taken to appear in it.)" in transcript
    assert not any('Does your face appear in photograph "me as a baby"' in q for q, _ in log)
    record, transcript, log = interview([
        ("Whom is this claim for", "me"),
        ("Does any photograph that Clearview collected show your face", "yes"),
        ("", "don't know"),
    ], names=["beach pics my friend took"])
    assert record["photographs"][0]["author"] == "other"  # type: ignore[index]
    assert 'Noted as photograph "beach pics my friend took": taken by someone else.' in transcript
    assert not any(q.startswith("Who took photograph") for q, _ in log), log
    record, _, log = interview([
        ("Whom is this claim for", "my mother"),
        ("Does any photograph that Clearview collected show the claimant's face", "yes"),
        ("", "don't know"),
    ], names=["beach pics my mom took"])
    assert "author" not in record["photographs"][0]  # type: ignore[index]


def test_plain_answers_a_later_trial_s_people_gave_are_taken() -> None:
    """Each was "Not understood" in a trial at 80 columns: a life in Canada said as "since
    forever" or "born in montreal and never left"; a photograph left by will, or sent to be
    used; the photographer named by a possessive ("my mom's")."""
    import datetime as dt

    from classaction.cli.interview import _granted
    from classaction.cli.said import _pick, parse_periods

    today = dt.date(2026, 12, 7)
    for said in ("since forever, I was born in Montreal", "since forever",
                 "i was born in montreal and never left"):
        assert parse_periods(said, today, "1980")[0] == [{"start": "1980", "ongoing": True}], said
    assert _granted("she left me everything in her will") == (
        True, "taken as: yes: left to you on a death")
    assert _granted("she sent it to me so I could use it as my profile pic") == (
        True, "taken as: yes: a permission to use it is a licence")
    assert _granted("no, she never let me use it") is None
    options = [("claimant", "me", ("me",)), ("photographer", "the photographer", ("my mom", "mom")),
               ("other", "someone else", ())]
    assert _pick("my mom's", options)[0] == "photographer"


def test_kin_said_to_have_taken_a_photograph_answering_for_another() -> None:
    """A later trial's person answering for their father said "my mom took them" of who took a
    photograph, and it was taken as the claimant (by "them"): one's kin said to have taken it
    is someone else, unless it is the kin the claim is for."""
    for claim, said, author in (("my dad", "my mom took them", "other"),
                                ("my dad", "sister took it", "other"),
                                ("my dad", "my dad took them", "claimant"),
                                ("my mother", "my mom took them", "claimant"),
                                ("my dad", "he took them", "claimant")):
        record, _, _ = interview([
            ("Whom is this claim for", claim),
            ("Does any photograph that Clearview collected show the claimant's face", "yes"),
            ("Who took", said), ("", "don't know"),
        ], names=["beach pics"])
        assert record["photographs"][0]["author"] == author, (claim, said)  # type: ignore[index]


def test_a_post_and_a_personal_use_are_options_of_a_transfer() -> None:
    """A later trial's person, told that a post on Instagram counts as a licence, answered
    "instagram" and "the instagram post" to what the transfer was, and "only personal use,
    prints and sharing with family" to how much it covered: each "Not understood"."""
    import attrs

    from classaction.cli.said import _pick
    from classaction.records.claim import Transfer

    fields = {field.name: field for field in attrs.fields(Transfer)}
    kinds = list(fields["kind"].metadata["fact"].options)
    extents = list(fields["extent"].metadata["fact"].options)
    for said in ("instagram", "the instagram post", "a post"):
        assert _pick(said, kinds, True)[0] == "licence", said
    assert _pick("only personal use, prints and sharing with family", extents)[0] == "partial"
    assert _pick("every use", extents)[0] == "whole"


def test_a_photograph_said_posted_is_not_said_collected() -> None:
    """A trial's person, asked whether Clearview collected a photograph of theirs, answered "I
    posted a selfie on Instagram, does that count?" and was told "Not understood": posting is
    how a photograph came within Clearview's reach, not that it was collected; said so, with
    what to answer. A yes said with the post is a yes."""
    record, transcript, _ = interview([
        ("Whom is this claim for", "myself"),
        ("that you took", ["I posted a selfie on Instagram, does that count?", "don't know"]),
        ("show your face", ["its on my public facebook profile", "don't know"]),
        ("", "don't know"),
    ])
    said = " ".join(transcript.split())
    assert said.count("A post alone does not tell: posting a photograph where anyone could see "
                      "it is how Clearview came to collect photographs") == 2
    assert "Not understood" not in said
    assert "holds_rights_in_unlisted_collected_photograph" not in record.get("statements", {})  # type: ignore[operator]
    record, _, _ = interview([
        ("Whom is this claim for", "myself"),
        ("that you took", "yes, I posted it on instagram and they had it"), ("", "don't know"),
    ], names=["selfie"])
    assert record["photographs"][0]["collected_by_clearview"] is True  # type: ignore[index]


def test_a_sure_yes_that_says_only_a_post_is_not_said_collected() -> None:
    """A later trial's teen answered "ya i took a bunch of selfies and posted them on insta and
    tiktok", asked whether Clearview collected a photograph she took, and "yes my selfies were
    all over instagram", whether it held one of her face: each was taken as a yes, and she a
    Privacy Breach member on a post alone. Each is told what a post tells, as a doubted one is."""
    record, transcript, _ = interview([
        ("Whom is this claim for", "myself"),
        ("that you took", ["ya i took a bunch of selfies and posted them on insta and tiktok",
                           "don't know"]),
        ("show your face", ["yes my selfies were all over instagram", "don't know"]),
        ("", "don't know"),
    ])
    said = " ".join(transcript.split())
    assert said.count("A post alone does not tell") == 2
    assert "Answer yes only if you know Clearview collected it" in said
    assert "photographs" not in record
    assert record.get("statements", {}).get("unlisted_collected_photograph_depicts_claimant") \
        is not True  # type: ignore[union-attr]
    # Her own website too (a later trial's heir: "yes, her photos were on her website for
    # years", taken as collected).
    _, transcript, _ = interview([
        ("Whom is this claim for", "myself"),
        ("that you took", ["yes, my photos were on my website for years", "don't know"]),
        ("", "don't know"),
    ])
    assert "A post alone does not tell" in transcript


def test_a_date_of_birth_given_for_a_period_refused_is_not_asked_again() -> None:
    """A later trial's person answered "from birth until ..." with an end not read, was asked
    the date of birth, then, answering the period again "from birth ...", was asked it again."""
    record, transcript, _ = interview([
        ("Whom is this claim for", "myself"),
        ("lived in Canada", ["from birth until the thing happened", "from birth to 2017"]),
        ("date of birth", "march 1991"), ("", "don't know"),
    ])
    assert transcript.count("From birth: what is your date of birth?") == 1
    assert record["claimant"]["born_on"] == "1991-03"  # type: ignore[index]
    assert record["claimant"]["residence"][0]["start"] == "1991-03"  # type: ignore[index]


def test_yes_said_with_a_mark_and_doubt_of_another_are_read() -> None:
    """A later trial's "yes! i did a data request to clearview ..." was "Not understood" (with
    a comma it was taken); "no why would the rcmp have his pic" was a firm no, though "no, why
    would they?" is refused as unsure; "probly, ..." was not understood."""
    from classaction.cli.said import SURE_ONLY, parse_yes_no

    assert parse_yes_no("yes! i did a data request to clearview and they sent me 3 pics")[0] is True
    assert parse_yes_no("no. never posted anything")[0] is False
    assert parse_yes_no("yes!")[0] is True
    for unsure in ("no why would the rcmp have his pic, hes 15", "probly, his pics are all over"):
        assert parse_yes_no(unsure) == (None, SURE_ONLY), unsure


def test_a_photographer_one_hired_is_an_order_and_the_order_question_does_not_lead_to_no() -> None:
    """A later trial's person said a headshot of 2016 or 2017 was taken by "a photographer i
    hired", was then asked whether anyone ordered and paid for it "(Only an order placed before
    7 November 2012 matters here.)", answered no, and the record said it was never ordered."""
    record, transcript, _ = interview([
        ("Whom is this claim for", "myself"), ("that you took", "yes"),
        ("Who took", "a photographer i hired"), ("When was", "2016 or 2017"), ("", "don't know"),
    ], names=["linkedin headshot"])
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["author"] == "other"
    assert photo["commissioned"] is True and photo["commissioner"] == "claimant"
    assert "(and ordered and paid for by you: when you ordered it is asked where it matters" in \
        " ".join(transcript.split())
    assert not any("pay for it" in q for q in _questions(transcript))
    # Not said hired, the order is asked of a photograph taken since, in words that do not
    # make a later order a no.
    import types

    from classaction.cli.interview import _Interview

    asked = _Interview(io.StringIO(), io.StringIO(), Readings(), TODAY, None, None)
    asked.record["photographs"] = [{"id": "headshot", "author": "other", "made_on": "2016"}]
    fact = types.SimpleNamespace(pointer="/photographs/0/commissioned", question="")
    said = asked.wording(fact)  # type: ignore[arg-type]
    assert "order" in said and said.endswith(
        "(Answer for any order: when it was placed is asked next, where it matters, as only "
        "one placed before 7 November 2012 changes who owns it.)"), said


def test_an_outcome_resting_on_a_presumption_of_a_dont_know_is_said_at_the_end() -> None:
    """A later trial's person answered "dont know" whether a headshot's copyright came to them,
    and read NOT A MEMBER of the Copyright Infringement Class with no question left open: the
    presumption ("the copyright was never transferred") was said only within the photograph's
    account. The end of the interview says which outcomes rest on it."""
    from classaction.cli.interview import _Interview

    record = {
        "claimant": {"kind": "natural", "deceased": False, "born_on": "../2020-07-08",
                     "residence": [{"start": "2009", "ongoing": True, "country": "CA"}]},
        "statements": {"holds_rights_in_unlisted_collected_photograph": False},
        "photographs": [{"id": "linkedin-headshot", "collected_by_clearview": True,
                         "author": "other", "claimant_face_appears": True, "made_on": "2016"}],
    }
    claim = ca.claim_from_record(record)
    bundle = _rcmp
    determination = bundle.determine(claim, Readings())
    assert {c.class_id: c.outcome for c in determination.classes}["CI"] is ca.Outcome.NOT_MEMBER
    asked = _Interview(io.StringIO(), io.StringIO(), Readings(), TODAY, None, None)
    assert asked.presumed_of_unknowns(claim, determination) == ""  # nothing answered so
    asked.skipped.add("/photographs/0/granted_to_claimant")
    said = " ".join(asked.presumed_of_unknowns(claim, determination).split())
    assert said.startswith("Copyright Infringement Class: decided on what the law presumes "
                           "where an answer is missing"), said
    assert 'for a question you answered "don\'t know"' in said
    assert "Privacy Breach" not in said  # decided by what was answered


def test_how_to_find_out_and_what_a_database_is_are_answered() -> None:
    """A later trial's "how do i find out?", asked whether Clearview collected a photograph,
    was told what Clearview and copyright are; "how would i even know that" and "what does
    database mean here" were not understood."""
    _, transcript, _ = interview([
        ("Whom is this claim for", "myself"),
        ("show your face", ["how do i find out?", "how would i even know that", "don't know"]),
        ("RCMP search", ["how would i even know that", "don't know"]),
        ("", "don't know"),
    ])
    said = " ".join(transcript.split())
    assert said.count("A request for your data: Canada's private-sector privacy law lets anyone "
                      "ask an organisation") == 2
    assert "If you have no reply, answer don't know." in said
    # Of the RCMP's search, a request to the RCMP (a later trial's was told of Clearview's).
    assert said.count("A request for your personal information to the RCMP: Canada's Privacy "
                      "Act") == 1
    from classaction.cli.interview import _TERM_ASKED, _TERMS, term_key

    asked = _TERM_ASKED.search("what does database mean here")
    assert asked is not None and _TERMS[term_key(asked[1])].startswith(
        "Clearview's database is where it stored the photographs of faces it collected")


def test_an_age_said_of_whom_the_claim_is_for_is_their_date_of_birth() -> None:
    """A later trial's parent said "my son hes 15" and was then asked whether he was born on or
    before 8 July 2020."""
    record, transcript, _ = interview([("Whom is this claim for", "my son hes 15"),
                                       ("", "don't know")])
    born = ca.DateRange.parse(record["claimant"]["born_on"])  # type: ignore[index]
    assert born == ca.DateRange.between(dt.date(2010, 1, 16), dt.date(2011, 1, 15))  # by TODAY
    assert "from the age said; if not, type back" in " ".join(transcript.split())
    assert "born on or before" not in transcript


def test_not_my_face_and_an_option_said_after_so_are_read() -> None:
    """A later trial's "not my face no, it's a picture I took of the northern lights ..." (of
    whether a photograph shows the face) and "my own camera so me" (of who owned the film or
    memory card) were each "Not understood"."""
    from classaction.cli.said import _pick, parse_yes_no

    assert parse_yes_no("not my face no, it's a picture I took of the northern lights that i "
                        "sold to a magazine")[0] is False
    assert parse_yes_no("not my face")[0] is False
    assert parse_yes_no("not sure")[0] is None
    owners = [("claimant", "me", ("me", "myself")),
              ("photographer", "the photographer", ("photographer",))]
    assert _pick("my own camera so me", owners, True) == ("claimant", "taken as: me")
    assert _pick("it was his camera, so the photographer", owners, True)[0] == "photographer"
    assert _pick("so what", owners, True)[0] is None


def test_a_licence_asked_of_says_a_post_on_a_platform_counts() -> None:
    """A later trial's "i posted it on instagram, does that count as licensing??" was told what
    a licence is, with no word of a platform's terms."""
    from classaction.cli.interview import _Interview
    from classaction.cli.said import parse_count

    out = io.StringIO()
    asked = _Interview(io.StringIO("i posted it on instagram, does that count as licensing??\n1\n"),
                       out, Readings(), TODAY, None, None)
    assert asked.ask("How many times was it licensed?", "a number", parse_count) == 1
    said = " ".join(out.getvalue().split())
    assert "A licence is permission to use a photograph" in said
    assert "Posting a photograph on a platform usually gives the platform such a licence" in said


def test_a_child_or_grandchild_is_another_person_and_two_people_are_told_apart() -> None:
    """A later trial's "our son" was taken as a misspelt "our shop", a company, which put the
    child out of every class of natural persons; "my child", "my granddaughter", "our
    daughter", "my nephew, 16" were not understood; "me and my wife" was one other person."""
    from classaction.cli.interview import _kin_first

    for said in ("our son", "our son, hes 12", "my child", "my kid", "my granddaughter",
                 "our daughter", "my nephew, 16", "my 9 yr old granddaughter", "my stepson",
                 "its for my granddaugher, shes 9"):
        assert _kin_first(said) == ("living", "taken as: another person, who is alive"), said
    for said in ("me and my wife", "my wife and i", "both of us"):
        found = _kin_first(said)
        assert found is not None and found[0] is None and found[1].startswith(
            "one claim is for one person"), said
    assert _kin_first("our shop") is None and _kin_first("my dad, he died") is None
    record, transcript, _ = interview([("Whom is this claim for", "our son, hes 12"),
                                       ("", "don't know")])
    assert record["claimant"]["kind"] == "natural"  # type: ignore[index]
    assert "company" not in transcript.split("Whom is this claim for?")[1].split("\n\n")[1]


def test_a_move_is_not_a_citizenship_and_other_dates_said_loosely() -> None:
    """A later trial's "i moved here in 2009 from france", at the citizenship question, was
    taken as a citizen since 2009 (a member on a fact never given); "all my life exept 2 yrs
    in boston around 2005" as the time away alone; "like 2 years in boston around 2005" was
    said back as "about 2024"; "winter 2011 i think" as 2009 to 2013."""
    from classaction.cli.said import parse_date, parse_periods

    record, transcript, _ = interview([
        ("Whom is this claim for", "myself"), ("lived in Canada", "2009 to 2012"),
        ("citizen of Canada", ["i moved here in 2009 from france", "none"]), ("", "don't know"),
    ])
    said = " ".join(transcript.split())
    assert "A move is not a citizenship: moving to Canada is not becoming a citizen" in said
    assert record["claimant"]["citizenship"] == []  # type: ignore[index]
    today = dt.date(2026, 12, 7)
    assert parse_periods("all my life exept 2 yrs in boston around 2005", today, "1980")[0] is None
    assert "2024" not in parse_periods("like 2 years in boston around 2005", today, None)[1]
    assert parse_date("winter 2011 i think", today)[0] is None
    assert parse_date("winter 2011 i think", today)[1].startswith("winter 2011 could be")


def test_how_to_find_out_is_told_of_the_claimant_to_one_answering_for_them() -> None:
    """A parent answering for a son was told of a request for "your data" and "photographs of
    your face"."""
    _, transcript, _ = interview([
        ("Whom is this claim for", "our son"),
        ("show the claimant's face", ["how do i find out?", "don't know"]), ("", "don't know"),
    ])
    said = " ".join(transcript.split())
    assert "A request for the claimant's data:" in said
    assert "holds photographs of their face" in said and "of your face" not in said


def test_a_no_to_the_rcmp_s_search_reasoned_from_no_arrest_is_asked_again() -> None:
    """A later trial's "no i was never arrested" and "no never had anything to do with police",
    asked whether the RCMP searched Clearview with a photograph of their face, were each taken
    as a sure no, and so out of the Targeted Individuals: a search needs no arrest (the RCMP
    used it to identify victims). Told so, and asked again; a plain no, a yes and another
    force named are read as before."""
    from classaction.cli.interview import _USE_STATEMENT, _read_first, _refusal

    for said in ("no i was never arrested", "no never had anything to do with police",
                 "i was never arrested", "nope, never been in trouble with the cops"):
        found = _read_first(_USE_STATEMENT, said)
        assert found is not None and found[0] is None, said
        assert found[1].startswith("the RCMP used Clearview's service to identify victims"), said
        assert _refusal(found[1]) == "A search needs no arrest"
    assert _read_first(_USE_STATEMENT, "no") is None
    assert _read_first(_USE_STATEMENT, "yes, when i was arrested in 2020") is None
    assert _read_first(_USE_STATEMENT, "no it was toronto police not the rcmp")[0] is False  # type: ignore[index]
    record, transcript, _ = interview([
        ("Whom is this claim for", "myself"),
        ("RCMP search", ["no i was never arrested", "don't know"]),
        ("", "don't know"),
    ])
    assert "A search needs no arrest: the RCMP used Clearview's service to identify" in flat(transcript)
    assert record.get("statements", {}).get("rcmp_used_unlisted_photograph_of_claimant") is None  # type: ignore[attr-defined]


def test_what_clearview_holds_said_as_heard_from_others_is_a_don_t_know() -> None:
    """A later trial's "i heard my photo was in there", asked whether Clearview's database held
    her face, was "Not understood": word from others says only that it may be so. Taken as
    don't know, said back with what would tell; a no with hearsay stays a no."""
    from classaction.cli.interview import _DATABASE_STATEMENT, _FACE_STATEMENT, DONT_KNOW, _read_first

    for said in ("i heard my photo was in there", "yes i heard it was", "my friend said it was"):
        for pointer in (_DATABASE_STATEMENT, _FACE_STATEMENT, "/photographs/0/collected_by_clearview"):
            found = _read_first(pointer, said)
            assert found is not None and found[0] is DONT_KNOW, (said, pointer)
            assert found[1].startswith("taken as: don't know: what others say"), said
    assert _read_first(_DATABASE_STATEMENT, "no, i heard they only took americans") is None
    assert _read_first(_DATABASE_STATEMENT, "yes") is None
    _, transcript, _ = interview([
        ("Whom is this claim for", "myself"),
        ("show your face", "i heard my photo was in there"),
        ("", "don't know"),
    ])
    assert "(taken as: don't know: what others say tells only that it may be so" in flat(transcript)
    assert "Not understood" not in transcript


def test_a_business_said_to_own_the_film_is_asked_whose_it_was() -> None:
    """A later trial's photographer answered who owned the film of his wedding photographs "me,
    well the studio": taken as "me", he was the deemed author (former s. 10(2)) and a member,
    though a studio that is a company is someone else in law. Asked which, where not said; a
    company said is someone else, a legal person; one run in his own name is him."""
    from classaction.cli.interview import _business_owned, _refusal

    base = [
        ("Whom is this claim for", "myself"),
        ("that you took, that you had someone take", "yes"),
        ("lived in Canada", "since 1979"),
        ("Who took photograph", "me"),
        ("When was photograph", "2005"),
    ]
    record, transcript, _ = interview([
        *base, ("Who owned the film", ["me, well the studio", "someone else"]), ("", "don't know"),
    ], names=["wedding photos"])
    assert "Whose was the business: a business that is a company" in flat(transcript)
    assert record["photographs"][0]["negative_owner"] == "other"  # type: ignore[index]
    record, transcript, _ = interview([
        *base, ("Who owned the film", "my studio, it was incorporated"), ("", "don't know"),
    ], names=["wedding photos"])
    photo = record["photographs"][0]  # type: ignore[index]
    assert (photo["negative_owner"], photo["negative_owner_kind"]) == ("other", "legal")
    assert "(taken as: someone else: a company is a person apart from you in law" in flat(transcript)
    assert _business_owned("the studio, it was just me")[0] == "claimant"  # type: ignore[index]
    assert _business_owned("me") is None
    assert _refusal(_business_owned("me, well the studio")[1]) == "Whose was the business"  # type: ignore[index]


def test_a_doubted_yes_that_says_some_is_told_of_its_doubt_not_of_a_group() -> None:
    """A later trial's photographer answered whether Clearview collected a photograph he took
    "probably yes, thousands of wedding photos, some were on my studio website", and was told
    of a group of named photographs that differ, none named: the doubt is told. "some were, some
    werent" is still told of a group."""
    _, transcript, _ = interview([
        ("Whom is this claim for", "myself"),
        ("that you took, that you had someone take", [
            "probably yes, thousands of wedding photos, some were on my studio website",
            "don't know",
        ]),
        ("", "don't know"),
    ])
    text = flat(transcript)
    assert "You sound unsure" in text
    assert "One answer is needed" not in text
    _, transcript, _ = interview([
        ("Whom is this claim for", "myself"),
        ("that you took, that you had someone take", ["some were, some werent", "don't know"]),
        ("", "don't know"),
    ])
    assert "One answer is needed" in flat(transcript)


def test_a_state_said_of_part_of_a_period_is_asked_again() -> None:
    """A later trial's "most of those years illinois", asked the state of eight years in the
    United States, was taken as Illinois for all eight; "illinois except a year in 2011" too
    would be. A state said of part of the period is refused with how to give each apart; the
    whole time's state is taken as before."""
    from classaction.cli.interview import _parse_state, _refusal

    for said in ("most of those years illinois", "mostly chicago", "illinois except a year in 2011",
                 "illinois apart from 2011"):
        code, why = _parse_state(said)
        assert code is None, said
        assert why.startswith("name the one state of the whole period"), said
        assert _refusal(why) == "A state of part of the time"
    assert _parse_state("illinois the whole time") == ("US-IL", "taken as: Illinois")
    assert _parse_state("IL") == ("US-IL", "")


def test_a_decade_to_a_year_said_roughly_is_a_span() -> None:
    """A later trial's photographer, asked when his wedding photographs were taken, said "from
    the 80s until 2012 or so" and was refused, though "between 1980 and 2012" was taken (and
    the side of 7 November 2012 then asked). The span, widened as a year said roughly is; a
    decade alone said roughly names no year, and is still refused."""
    for said in ("from the 80s until 2012 or so", "from the 80s to about 2012"):
        value, why = parse_date(said, TODAY)
        assert value == DateRange.parse("1978/2014"), said
        assert why == "said roughly: taken as some time between 1978 and 2014"
    assert parse_date("the 80s or so", TODAY)[0] is None
    assert parse_date("from the 80s until 2012", TODAY)[0] == DateRange.parse("1980/2012")


def test_a_class_left_open_on_the_rcmp_s_search_is_told_how_to_ask_the_rcmp() -> None:
    """A later trial's son, whose mother's Targeted Individuals class was left open on whether
    the RCMP searched with her photograph, was pointed to a request to Clearview alone: the
    RCMP answers for its own searches (Privacy Act, s. 12(1)). Said where that fact is left
    open, not where it is answered."""
    _, transcript, _ = interview([
        ("Whom is this claim for", "another person, who is alive"),
        ("", "don't know"),
    ])
    assert "Canada's Privacy Act lets a person ask a federal institution, the RCMP among them" \
        in flat(transcript)
    assert "with a photograph of the claimant is left open above" in flat(transcript)
    _, transcript, _ = interview([
        ("Whom is this claim for", "myself"),
        ("RCMP search", "no"),
        ("", "don't know"),
    ])
    assert "Privacy Act" not in transcript


def test_oneself_said_to_be_the_photographer_took_the_photograph() -> None:
    """A later trial's "me i was the photographer", "i was the photographer" and "the
    photographer was me", asked who took a photograph, were each taken as someone else ("the
    photographer" is among that option's words), and a working photographer was out of the
    Copyright Infringement Class. Taken as oneself, said back; denied, or another named, not."""
    from classaction.cli.interview import _i_was_the_photographer

    for said in ("me i was the photographer", "i was the photographer", "the photographer was me"):
        record, transcript, _ = interview([
            ("Whom is this claim for", "myself"),
            ("that you took, that you had someone take", "yes"),
            ("lived in Canada", "since 1979"),
            ("Who took photograph", said),
            ("", "don't know"),
        ], names=["studio portraits"])
        assert record["photographs"][0]["author"] == "claimant", said  # type: ignore[index]
        assert "(taken as: me.)" in transcript
    assert _i_was_the_photographer("i was not the photographer") is None
    assert _i_was_the_photographer("my dad was the photographer") is None
    assert _i_was_the_photographer("the photographer") is None


def test_short_answers_in_french_are_read_as_oui_and_non_are() -> None:
    """A later trial's Montrealer answered "jsp" and "je sais pas" (don't know) and "moi" (me),
    each "Not understood", though "oui" and "non" were read."""
    from classaction.cli.said import is_dont_know

    for said in ("jsp", "je sais pas", "je ne sais pas", "aucune idée"):
        assert is_dont_know(said), said
    record, transcript, _ = interview([
        ("Whom is this claim for", "moi"),
        ("that you took, that you had someone take", "oui"),
        ("Who took photograph", "moi"),
        ("", "jsp"),
    ], names=["selfie plage"])
    assert "Not understood" not in transcript
    assert record["photographs"][0]["author"] == "claimant"  # type: ignore[index]


def test_an_agreement_never_talked_about_is_a_no_and_mostly_yes_is_of_a_group() -> None:
    """A later trial's photographer answered whether he and his client agreed they would not own
    the copyright "we never talked about it", and whether a group was ordered before a day
    "mostly yes": each "Not understood". No agreement is a no; "mostly yes" says the group's
    photographs differ."""
    from classaction.cli.interview import _group_differs, _read_first, _refusal

    for said in ("we never talked about it", "it never came up"):
        found = _read_first("/photographs/0/commission_agreement_to_contrary", said)
        assert found is not None and found[0] is False, said
    differ = _group_differs("mostly yes")
    assert differ is not None and _refusal(differ[1]) == "One answer is needed"


def test_a_place_not_known_by_name_said_before_the_years_in_canada_is_not_read() -> None:
    """A later trial's "since i was 6, before that paris", asked of Canada, was refused, after
    her date of birth was asked to count the age. A place not known by name, said in a few
    words and no date beside the periods, is said not to be read, with how to add it were it in
    Canada; a Canadian place, or more words, are refused as before."""
    from classaction.cli.interview import _in_canada_beside

    def read(said: str) -> tuple[object, str]:
        return _in_canada_beside(said, lambda text: parse_periods(text, TODAY, "2007"))

    periods, why = read("since 2013, before that paris")
    assert periods == [{"start": "2013", "ongoing": True}]
    assert why == ('"paris" is not read here (this asks of Canada): if it is a place in Canada, '
                   "type back and give its years too")
    assert read("since 2013, before that toronto")[0] is None
    assert read("since 2013, before that in moncton with my aunt for years")[0] is None
    record, transcript, _ = interview([
        ("Whom is this claim for", "myself"),
        ("lived in Canada", "since i was 6, before that paris"),
        ("date of birth", "2007"),
        ("", "don't know"),
    ])
    assert record["claimant"]["residence"] == [  # type: ignore[index]
        {"start": "2013/2014-12-30", "ongoing": True, "country": "CA"}]
    assert "Not understood" not in transcript


def test_a_creative_commons_licence_said_after_an_inheritance_is_counted_with_it(tmp_path: Path) -> None:
    """A later trial's son said his late father's photographs were left to him ("yes i
    inherited everything"), then, asked how many times their copyright was granted, "they were
    creative commons on flickr does that count": taken as 1, a Creative Commons licence, then
    at once as the inheritance; the licence was lost. Both are asked to be counted."""
    saved = tmp_path / "claim.json"
    answers = ["myself", "from birth", "no", "yes", "dads flickr landscapes", "", "my dad",
               "they were creative commons on flickr does that count", "2"]
    done = subprocess.run(
        [sys.executable, "-m", "classaction", "interview", "--action", "T-713-20",
         "--save", str(saved)],
        input="".join(a + "\n" for a in answers), capture_output=True, text=True, check=False,
        cwd=ROOT, timeout=300,
    )
    said = " ".join(done.stdout.split())
    assert ("Count both: a Creative Commons licence is one, and what came to you, said before, "
            "is another") in said
    assert "taken as: an inheritance" not in said
    record = json.loads(saved.read_text())
    assert len(record["photographs"][0]["transfers"]) == 2
