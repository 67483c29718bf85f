"""The README's example and the bundled example scripts run and say what they claim."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import classaction as ca

ROOT = Path(__file__).resolve().parents[1]


def test_the_readme_library_example_runs_and_its_outcomes_are_right() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Using the library\n\n```python\n(.*?)```", readme, re.S)
    assert block is not None
    namespace: dict[str, object] = {}
    exec(compile(block.group(1), "README.md", "exec"), namespace)
    determination = namespace["determination"]
    assert isinstance(determination, ca.Determination)
    assert {k: v.value for k, v in determination.outcomes.items()} == {
        "PB": "MEMBER", "TI": "UNDETERMINED", "CI": "UNDETERMINED"
    }


def test_the_example_claims_cover_every_outcome_of_every_class() -> None:
    lines = (ROOT / "examples" / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    claims = [ca.read_claim(line) for line in lines]
    assert len(claims) >= 25
    seen = {(cid, o) for c in claims for cid, o in ca.determine(c).outcomes.items()}
    assert seen == {(cid, o) for cid in ("PB", "TI", "CI") for o in ca.Outcome}


def test_the_validate_example_shows_each_bad_record_s_errors() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "validate_records.py")],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 1
    assert "line 2: $.claimant: the key 'deceased' appears more than once" in done.stdout
    assert "Robin" not in done.stdout
    assert done.stdout.splitlines()[-1] == "7 invalid record(s)"


def test_the_compare_example_lists_changes() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "compare_readings.py")],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "EX-004: Privacy Breach Class: NOT_MEMBER -> MEMBER" in done.stdout
    # EX-031 says only that they took the photograph: a member under s. 34.1(1), not under R9 = strict.
    assert "EX-031: Copyright Infringement Class: MEMBER -> UNDETERMINED" in done.stdout


def test_the_classify_example_prints_a_row_per_claim() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "classify_people.py")],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("EX-")]
    assert len(rows) == len((ROOT / "examples" / "claims.jsonl").read_text().splitlines())
    assert "Privacy Breach Class: MEMBER" in done.stdout


def test_the_readme_claim_record_is_valid_and_decided_as_the_readme_says() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## A claim record\n.*?```json\n(.*?)```", readme, re.S)
    assert block is not None
    claim = ca.read_claim(block.group(1))
    determination = ca.determine(claim)
    assert {k: v.value for k, v in determination.outcomes.items()} == {
        "PB": "MEMBER", "TI": "NOT_MEMBER", "CI": "MEMBER"
    }
    # The explanations the README shows, in part, are what `explain` and `explain --full` print
    # for that record.
    samples = re.findall(r"```text\n(.*?)```", readme[readme.index("## Where do I stand?"):], re.S)
    summary = " ".join(ca.render_summary(determination, ca.action(), claim).split())
    full = " ".join(ca.render_text(determination, ca.action(), claim, width=None).split())
    for sample, text in zip(samples[:2], (summary, full), strict=True):
        for line in sample.splitlines():
            words = " ".join(line.split()).removesuffix("...").strip()
            assert words in text, words


def test_the_readme_shows_one_persons_standing_in_every_action_as_explain_prints_it() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    part = readme[readme.index("## The Clearview litigation family"):]
    shown = re.search(r"for the third person it opens with:\n\n```text\n(.*?)```", part, re.S)
    assert shown is not None
    from classaction import actions
    from classaction.present.text import render_several

    record = (ROOT / "examples" / "family.jsonl").read_text("utf-8").splitlines()[2]
    claim = ca.read_claim(record)
    chosen = sorted(actions.bundles().values(), key=lambda b: (b.id != actions.DEFAULT, b.id))
    decided = [(b.action, b.determine(claim)) for b in chosen if b.id in
               ("T-724-20", "T-713-20", "MDL-2967")]
    assert render_several(decided, claim, 80).startswith(shown.group(1))
