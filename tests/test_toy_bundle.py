"""A second action, a folder of its own (tests/toy_bundle/), through every command.

It is registered as a test may register one, without installing it, and then run through
``classaction`` in this process: action, explain, classify (CSV, JSON Lines, summary page),
compare and the interview. Nothing outside its folder was written for it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from toy_bundle import ACTION

from classaction import actions
from classaction.cli.main import main

ADULT = {
    "claim_id": "toy-adult",
    "claimant": {"kind": "natural", "born_on": "1980-03-02"},
    "photographs": [{"id": "p1", "claimant_face_appears": True}],
}
CHILD = {
    "claim_id": "toy-child",
    "claimant": {"kind": "natural", "born_on": "2003-09"},
    "photographs": [{"id": "p1", "claimant_face_appears": True}],
}
COMPANY = {"claim_id": "toy-company", "claimant": {"kind": "legal"}}
UNKNOWN = {  # no date of birth: whether an adult is open
    "claim_id": "toy-unknown", "claimant": {"kind": "natural"},
    "photographs": [{"id": "p1", "claimant_face_appears": True}],
}


@pytest.fixture(autouse=True)
def registered() -> Iterator[None]:
    actions.register(ACTION)
    yield
    actions.unregister(ACTION.id)


@pytest.fixture
def records(tmp_path: Path) -> Path:
    path = tmp_path / "toy.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (ADULT, CHILD, COMPANY, UNKNOWN)))
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str | None = None,
         monkeypatch: pytest.MonkeyPatch | None = None) -> str:
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    status = main(list(argv))
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


def test_the_registry_lists_it_beside_the_package_actions(capsys: pytest.CaptureFixture[str]) -> None:
    listed = _run(capsys, "action", "--list")
    assert "TOY-2" in listed and "T-724-20" in listed
    page = _run(capsys, "action", "--action", "TOY-2")
    assert "Photographed Adults" in page and "majority" in page and "Privacy Breach" not in page


def test_explain_decides_and_words_its_classes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "child.json"
    path.write_text(json.dumps(CHILD))
    text = " ".join(_run(capsys, "explain", "--action", "TOY-2", "--full", str(path)).split())
    # Born in September 2003: under 18 on 2021-06-01 whichever day, so not an adult.
    assert "Photographed Adults" in text and "NOT A MEMBER" in text.upper()
    assert "toy.txt" in text and "Clearview" not in text
    older = _run(capsys, "explain", "--action", "TOY-2", "-r", "as_of=2021-10-01", str(path))
    assert "Photographed Adults Class: MEMBER" in older and "1 item " in older
    # On 2021-09-15 the day in September 2003 decides: the explanation asks for it.
    straddled = _run(capsys, "explain", "--action", "TOY-2", "-r", "as_of=2021-09-15", str(path))
    assert "Photographed Adults Class: UNDETERMINED" in straddled
    assert "born" in straddled.split("Organisations")[-1]


def test_classify_writes_one_row_per_record_with_its_classes(
    capsys: pytest.CaptureFixture[str], records: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.csv"
    report = tmp_path / "report.html"
    _run(capsys, "classify", "--action", "TOY-2", "--jobs", "1", "--format", "csv", "-o", str(out),
         "--report", str(report), str(records))
    rows = {row["claim_id"]: row for row in csv.DictReader(out.open())}
    assert set(rows) == {"toy-adult", "toy-child", "toy-company", "toy-unknown"}
    pa, og = "Photographed Adults Class", "Organisations Class"
    outcome = {cid: (row[pa], row[og]) for cid, row in rows.items()}
    assert outcome["toy-adult"] == ("MEMBER", "NOT_MEMBER")
    assert outcome["toy-child"] == ("NOT_MEMBER", "NOT_MEMBER")
    assert outcome["toy-company"] == ("NOT_MEMBER", "MEMBER")
    assert outcome["toy-unknown"][0] == "UNDETERMINED"
    page = report.read_text("utf-8")
    assert "TOY-2" in page and "Photographed Adults" in page and "Privacy Breach" not in page
    lines = tmp_path / "out.jsonl"
    _run(capsys, "classify", "--action", "TOY-2", "--jobs", "1", "-o", str(lines), str(records))
    first = json.loads(lines.read_text().splitlines()[0])
    assert first["determination"]["action"] == "TOY-2"


def test_compare_weighs_its_own_reading(
    capsys: pytest.CaptureFixture[str], records: Path
) -> None:
    # Born 1980: an adult at 18 or 19 alike; nobody else changes with the age of majority.
    out = _run(capsys, "compare", "--action", "TOY-2", "-r", "majority=nineteen", str(records))
    assert "0" in out
    moved = _run(capsys, "compare", "--action", "TOY-2", "-r", "as_of=2020-01-01", str(records))
    assert "toy-child" not in moved or "PA" in moved


def test_the_interview_asks_what_its_rules_read(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    saved = tmp_path / "saved.json"
    answers = "\n".join(["1", "1980-03-02", "yes", *[""] * 30]) + "\n"
    out = _run(capsys, "interview", "--action", "TOY-2", "--save", str(saved),
               stdin=answers, monkeypatch=monkeypatch)
    assert "TOY-2" in out
    record = json.loads(saved.read_text())
    assert record["claimant"]["kind"] in ("natural", "legal")


# --- every action at once: the default when --action is not given ---------------------


def test_explain_shows_each_action_most_relevant_first(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "company.json"
    path.write_text(json.dumps(COMPANY))
    text = _run(capsys, "explain", str(path))
    overview = text.split("\n-- ")[0]
    # The company is a member of the toy's Organisations Class and of no T-724-20 class that
    # can be decided from this record: the toy action comes first.
    assert overview.index("TOY-2") < overview.index("T-724-20"), overview
    assert "Organisations: member" in overview
    sections = [part.split("\n", 1)[0].split()[0] for part in text.split("\n-- ")[1:]]
    assert sections[0] == "TOY-2", sections
    # Every action is in the overview and has its part; one with no class reaching the
    # claimant says each class's why in a line, and the command that explains it.
    assert all(action_id in overview for action_id in actions.bundles())
    assert sorted(sections) == sorted(actions.bundles()), sections
    short = [part for part in text.split("\n-- ")[1:]
             if "): in none of its classes." in " ".join(part.split("\n  ")[0].split())]
    assert [part.split()[0] for part in short] == ["MDL-2967"], sections  # no individual
    assert "classaction explain --action MDL-2967 with this record's file." in " ".join(short[0].split())
    assert "[not met]" not in short[0] and "Nationwide: " in short[0], short[0]
    assert all(len(line) <= 80 for line in text.splitlines() if not line.startswith("== "))
    alone = _run(capsys, "explain", "--action", "TOY-2", str(path))
    assert "Standing in each proceeding" not in alone and "Privacy Breach" not in alone


def test_classify_names_each_column_with_its_action(
    capsys: pytest.CaptureFixture[str], records: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.csv"
    _run(capsys, "classify", "--jobs", "1", "--format", "csv", "-o", str(out), str(records))
    header = out.read_text().splitlines()[0].split(",")
    assert "TOY-2 Photographed Adults Class" in header
    assert "T-724-20 Privacy Breach Class" in header
    rows = {row["claim_id"]: row for row in csv.DictReader(out.open())}
    assert rows["toy-company"]["TOY-2 Organisations Class"] == "MEMBER"
    assert rows["toy-company"]["T-724-20 Privacy Breach Class"] == "NOT_MEMBER"
    lines = tmp_path / "out.jsonl"
    _run(capsys, "classify", "--jobs", "2", "-o", str(lines), str(records))
    first = json.loads(lines.read_text().splitlines()[0])
    assert "determination" not in first
    # The package's default action first, then the others by id: each names its action.
    named = [d["action"] for d in first["determinations"]]
    assert named[0] == "T-724-20" and sorted(named) == sorted(actions.bundles()), named
    # The summary page, at the default (every action): a section per action, each its own ids.
    status = main(["classify", "-o", str(tmp_path / "o.csv"), "--report", str(tmp_path / "r.html"),
                   str(records)])
    assert status == 0, capsys.readouterr().err
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    for action_id in actions.bundles():
        assert f'<section class="action" id="action-{action_id}" data-action="{action_id}">' in page
        assert f'id="counts-{action_id}"' in page


def test_compare_names_the_action_of_each_change(
    capsys: pytest.CaptureFixture[str], records: Path
) -> None:
    out = _run(capsys, "compare", "-r", "as_of=2021-10-01", str(records))
    # The child, born in September 2003, is 18 by 2021-10-01 whichever day; the as-of date,
    # reading R1 of every action, moves the T-724-20 one too.
    assert "toy-child" in out and "TOY-2 Photographed Adults Class: NOT_MEMBER -> MEMBER" in out
    status = main(["compare", "-r", "no_such_reading=x", str(records)])
    assert status != 0 and "no_such_reading" in capsys.readouterr().err


def test_the_interview_asks_a_fact_two_actions_need_once(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    saved = tmp_path / "saved.json"
    # Another person, alive; born 1980-03-02 (asked once: T-724-20 asks whether born by its
    # as-of date, TOY-2 needs the day to tell an adult); a photograph showing their face.
    answers = "2\n1980-03-02\nno\nyes\nprofile picture\n\n" + "don't know\n" * 40
    out = _run(capsys, "interview", "--action", "T-724-20", "--action", "TOY-2", "--save", str(saved),
               stdin=answers, monkeypatch=monkeypatch)
    opening = " ".join(out.split()).split("Answer")[0]
    assert "T-724-20 (Federal Court (Canada))" in opening and "TOY-2 (Court of Examples)" in opening
    asked_birth = [line for line in out.splitlines() if "born" in line and line.endswith("?")]
    assert len(asked_birth) == 1, asked_birth
    standing = out.split("Standing in each proceeding")[1]
    assert standing.index("TOY-2") < standing.index("T-724-20")  # a member there: first
    assert "Photographed Adults: member" in standing
    record = json.loads(saved.read_text())
    assert record["claimant"]["born_on"] == "1980-03-02"
    assert record["photographs"][0]["claimant_face_appears"] is True
