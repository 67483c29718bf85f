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
