"""The classaction command, run for real in a subprocess, exit status included."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from classaction.cli.main import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "claims.jsonl"
N_EXAMPLES = len(EXAMPLES.read_text("utf-8").splitlines())


def run(*args: str, stdin: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "classaction", *args], input=stdin, capture_output=True,
        text=True, check=False, cwd=cwd or ROOT, timeout=300,
    )


def test_action_shows_the_action_at_a_glance() -> None:
    done = run("action")
    assert done.returncode == 0, done.stderr
    read = " ".join(line.strip() for line in done.stdout.splitlines())
    for text in ("T-724-20", "Federal Court (Canada)", "Not a party: Clearview AI Inc.",
                 "All natural or legal persons holding copyright and moral rights",
                 "2019-10-24", "000_f6320da5831e1abe.txt", "R8 proof"):
        assert text in read, text
    assert "not_a_party" not in done.stdout
    assert max(len(line) for line in done.stdout.splitlines()) <= 80


def test_action_json_is_the_seed() -> None:
    done = run("action", "--json")
    assert done.returncode == 0
    seed = json.loads((ROOT / "seeds" / "t-724-20.json").read_text("utf-8"))
    assert json.loads(done.stdout) == seed


def test_validate_accepts_the_examples() -> None:
    done = run("validate", str(EXAMPLES))
    assert done.returncode == 0, done.stdout
    assert f"{N_EXAMPLES} records, {N_EXAMPLES} valid, 0 invalid" in done.stdout


def test_validate_reports_file_line_path_and_message_and_exits_1() -> None:
    records = '{"claimant": {"kind": "natural"}}\n\n{"claimant": {"kind": "human"}}\nnot json\n'
    done = run("validate", "-", stdin=records)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0] == "<stdin>:3: $.claimant.kind: must be one of: natural, legal [enum]"
    assert lines[1].startswith("<stdin>:4: $: not valid JSON")
    assert lines[-1] == "3 records, 1 valid, 2 invalid"


def test_validate_wraps_long_errors_to_80_columns_keeping_place_and_path_whole(
    tmp_path: Path,
) -> None:
    record = {"claim_id": "L-1", "claimant": {"kind": "natural"}, "photographs": [{
        "id": "p1", "transfers": [{"on": "2019-02-30", "by": "claimant", "to": "other",
                                   "extent": "whole", "signed_writing": "yes"}]}]}
    long_path = "$.photographs[0].transfers[0].signed_writing:"
    for name, text, place in [
        ("claims.jsonl", json.dumps(record), r":1: \$"),
        ("claims.json", json.dumps(record, indent=2), r":\d+:\d+: \$"),
        # A file name that leaves no room: the place, then the path on a line of its own.
        ("a-file-whose-name-is-long-enough-to-fill-most-of-a-line-of-output.json",
         json.dumps(record, indent=2), r":\d+:\d+:$"),
    ]:
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
        done = run("validate", name, cwd=tmp_path)
        assert done.returncode == 1
        lines = done.stdout.splitlines()
        assert max(len(line) for line in lines) <= 80, lines
        # Each error starts at the left with its place; its lines go on indented.
        starts = [line for line in lines[:-1] if not line.startswith(" ")]
        assert len(starts) == 2
        assert all(re.match(re.escape(name) + place, line) for line in starts), starts
        joined = " ".join(line.strip() for line in lines)
        assert f"{long_path} must be true or false, written without quotation marks: true for " \
            "yes [type]" in joined
        assert "must be a real date (the calendar has no such day, or no year 0000) [format]" \
            in joined
    assert f"    {long_path} must be true or false, written" in lines
    # explain lists a rejected record's errors the same way, to its width.
    explained = run("explain", "claims.json", cwd=tmp_path).stdout.splitlines()
    assert max(len(line) for line in explained) <= 80
    assert "  line 15, column 29: $.photographs[0].transfers[0].signed_writing: must be true" \
        in explained


def test_validate_warns_of_a_period_going_on_after_the_claimant_died(tmp_path: Path) -> None:
    # EX-005 died in 2019, and lived in Canada "ongoing": the record is read as given (not a
    # member, not being alive on 2020-07-08), and the administrator is told where to correct it.
    done = run("validate", str(EXAMPLES))
    assert done.returncode == 0
    text = " ".join(done.stdout.split())
    assert ("examples/claims.jsonl:5: $.claimant.residence[0].ongoing: warning: the claimant "
            "has died, but the period is given as still going on") in text
    # And EX-016, a record of a claim id alone, that it has no claimant.
    assert "examples/claims.jsonl:16: $: warning: has no claimant" in text
    assert done.stdout.splitlines()[-1] == (
        f"{N_EXAMPLES} records, {N_EXAMPLES} valid, 0 invalid; 2 with a warning"
    )
    assert max(len(line) for line in done.stdout.splitlines()) <= 80
    claimant = {"kind": "natural", "born_on": "1970-01-01", "deceased": True,
                "died_on": "2015-04-01", "citizenship": [{"start": "1970-01-01", "ongoing": True}],
                "residence": [{"start": "1970-01-01", "end": "2015-04-01"}]}
    alive = {"kind": "natural", "born_on": "1970-01-01", "deceased": False,
             "residence": [{"start": "1970-01-01", "ongoing": True}]}
    source = tmp_path / "claims.json"
    source.write_text(json.dumps([
        {"claim_id": "W-1", "claimant": claimant, "contact": PERSONAL},
        {"claim_id": "W-2", "claimant": alive},
    ], indent=2))
    done = run("validate", str(source))
    lines = unwrapped(done.stdout)
    assert done.returncode == 0 and len(lines) == 2, lines
    # At the line and column of the value, in a JSON document, as an error is.
    assert re.match(re.escape(str(source)) + r":\d+:\d+: \$\.claimant\.citizenship\[0\]\."
                    r"ongoing: warning: ", lines[0]), lines
    assert lines[1] == "2 records, 2 valid, 0 invalid; 1 with a warning"
    explained = run("explain", "--action", "T-724-20", str(source))
    said = " ".join(explained.stdout.split())
    assert ("The record says something that is likely a slip; it is read as given: line "
            in said)
    assert said.count("the period is given as still going on") == 1
    _no_personal_data(done.stdout, explained.stdout)


def test_validate_a_pretty_printed_json_file(tmp_path: Path) -> None:
    path = tmp_path / "claim.json"
    path.write_text(json.dumps({"claimant": {"kind": "natural"}}, indent=2))
    assert run("validate", str(path)).returncode == 0


def test_a_missing_file_or_bad_usage_exits_2() -> None:
    missing = run("validate", "no-such-file.jsonl")
    assert missing.returncode == 2
    assert "cannot read no-such-file.jsonl" in missing.stderr
    assert "Traceback" not in missing.stderr
    assert run("classify").returncode == 2
    bad_reading = run("classify", str(EXAMPLES), "--reading", "rights_held=neither")
    assert bad_reading.returncode == 2
    assert "rights_held takes one of: either, both" in bad_reading.stderr


def test_classify_keeps_every_record_in_order(tmp_path: Path) -> None:
    lines = EXAMPLES.read_text("utf-8").splitlines()
    mixed = [lines[0], '{"claimant": {"deceased": null}}', "{", lines[1]]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(mixed) + "\n")
    out = tmp_path / "out.jsonl"
    done = run("classify", "--action", "T-724-20", str(source), "-o", str(out))
    assert done.returncode == 1  # some records were rejected
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["line"] for r in records] == [1, 2, 3, 4]
    assert [r["status"] for r in records] == ["accepted", "rejected", "rejected", "accepted"]
    assert records[0]["claim_id"] == "EX-001"
    assert records[1]["errors"][0]["path"] == "$.claimant.deceased"
    assert records[0]["determination"]["classes"][0]["outcome"] == "MEMBER"
    assert "records read: 4, accepted: 2, rejected: 2" in done.stderr
    # Where to read why they were rejected, and whose classes are counted (a trial's).
    assert "why each was rejected: its errors in the output, or classaction validate\n" in done.stderr
    assert "Privacy Breach Class: MEMBER 2, NOT_MEMBER 0, UNDETERMINED 0" in done.stderr
    assert done.stderr.index("T-724-20, outcomes by class:\n") < done.stderr.index("Privacy")
    assert all(len(line) <= 80 for line in done.stderr.splitlines())


def test_the_summary_counts_rejected_records_by_kind_of_error(tmp_path: Path) -> None:
    """A trial's administrator could not tell from the summary that most rejections were
    dates of one form: rejected records are counted by path (any index as [*]) and rule,
    most first, a record under each kind it has and once for each; the same with --jobs 2
    and from a cache, and nothing of a record's values is said."""
    bad = [
        '{"claim_id": "R-1", "claimant": {"born_on": "March 1990"}}',
        '{"claim_id": "R-2", "claimant": {"born_on": "1990-03-15T00:00:00", "kind": "Human"}}',
        '{"claim_id": "R-3", "photographs": [{"id": "a", "made_on": "x"}, {"id": "b", "made_on": "y"}]}',
        "{",
        '{"claim_id": "R-5", "claimant": {"born_on": "15/03/1990"}}',
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([EXAMPLES.read_text("utf-8").splitlines()[0], *bad]) + "\n")
    said = [
        "rejected records by kind of error (a record with several is counted under each):",
        "  3  $.claimant.born_on: not of the form required [pattern]",
        "  1  $: not valid JSON [json]",
        "  1  $.claimant.kind: not one of the values listed [enum]",
        "  1  $.photographs[*].made_on: not of the form required [pattern]",
    ]
    cache = tmp_path / "lines.cache"
    for extra in (["--jobs", "1"], ["--jobs", "2"], ["--cache", str(cache)], ["--cache", str(cache)]):
        done = run("classify", "--action", "T-724-20", "--format", "csv", str(source), *extra)
        lines = done.stderr.splitlines()
        start = lines.index(said[0])
        assert lines[start:start + len(said)] == said, extra
        assert "March" not in done.stderr and "1990" not in done.stderr
    assert "reused from the cache: 6 of 6" in done.stderr


def test_a_question_two_actions_ask_alike_is_in_the_csv_once(tmp_path: Path) -> None:
    """A trial's administrator, phoning claimants from the CSV, would have asked who took a
    photograph twice, once for T-724-20 and once for T-713-20: a question asked in the same
    words by several actions is written once, under the first, with each one's classes."""
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({
        "claim_id": "C-007", "claimant": {
            "kind": "natural", "born_on": "1970", "deceased": False,
            "residence": [{"start": "1970", "ongoing": True}], "citizenship": [],
        },
        "photographs": [{"id": "p1", "claimant_face_appears": True, "collected_by_clearview": True}],
    }) + "\n")
    rows = list(csv.DictReader(io.StringIO(run("classify", "--format", "csv", str(source)).stdout)))
    asked = rows[0]["open questions"]
    who = "Who took photograph p1: the claimant or someone else?"
    assert asked.count(who) == 1
    sections = asked.split(" || ")
    assert [s.split(":")[0] for s in sections] == ["T-724-20", "MDL-2967", "T-713-20"]
    assert (f"{who} (for T-724-20: Copyright Infringement; T-713-20: Authors and Grantees Class "
            "[paraphrase])") in sections[0]
    # One action alone: its classes, without its id.
    alone = run("classify", "--action", "T-713-20", "--format", "csv", str(source)).stdout
    assert f"{who} (for Authors and Grantees Class [paraphrase])" in alone


def test_classify_writes_csv_and_applies_readings() -> None:
    default = run("classify", "--action", "T-724-20", str(EXAMPLES), "--format", "csv")
    strict = run(
        "classify", "--action", "T-724-20", str(EXAMPLES), "--format", "csv",
        "--reading", "R2=any_time_up_to_as_of",
    )
    assert default.returncode == strict.returncode == 0
    rows = list(csv.DictReader(io.StringIO(default.stdout)))
    wider = list(csv.DictReader(io.StringIO(strict.stdout)))
    assert len(rows) == N_EXAMPLES
    assert rows[3]["claim_id"] == "EX-004"
    pb = "Privacy Breach Class"
    assert (rows[3][pb], wider[3][pb]) == ("NOT_MEMBER", "MEMBER")


_CELLS = st.one_of(
    st.text(st.sampled_from(["a", " ", ",", '"', "\n", "\r", "é", "\x00", "|", "'"]), max_size=8),
    st.text(max_size=12), st.integers(), st.none(), st.floats(), st.booleans(),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_CELLS, min_size=1, max_size=6))
def test_a_csv_line_is_what_the_csv_module_writes(cells: list[object]) -> None:
    from classaction.cli.outputs import _csv_line

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    assert _csv_line(cells) == buffer.getvalue().encode("utf-8")


def test_classify_with_as_of() -> None:
    done = run("classify", "--action", "T-724-20", str(EXAMPLES), "--as-of", "2022-01-01")
    first = json.loads(done.stdout.splitlines()[0])
    assert first["determination"]["as_of"] == "2022-01-01"


def test_classify_shows_no_progress_bar_when_piped() -> None:
    done = run("classify", str(EXAMPLES))
    assert "\r" not in done.stderr


def test_an_output_that_is_no_regular_file_is_written_not_replaced(tmp_path: Path) -> None:
    """"-o /dev/null" moved a temporary file over the device: run as root, /dev/null became a
    regular file. Shown on a named pipe, which a test can replace without harm: it stays a
    pipe, and what is written is read from it."""
    import stat
    import threading

    pipe = tmp_path / "out.pipe"
    os.mkfifo(pipe)
    read: list[bytes] = []
    reader = threading.Thread(target=lambda: read.append(pipe.read_bytes()), daemon=True)
    reader.start()
    done = run("classify", "--action", "T-724-20", str(EXAMPLES), "--format", "csv", "-o", str(pipe))
    reader.join(timeout=30)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert read and read[0].startswith(b"source,line,claim_id,status,")
    assert len(read[0].splitlines()) == N_EXAMPLES + 1
    assert [p.name for p in tmp_path.iterdir()] == ["out.pipe"]  # no temporary file left


def test_interrupting_classify_leaves_no_partial_output(tmp_path: Path) -> None:
    lines = EXAMPLES.read_text("utf-8").splitlines()
    big = tmp_path / "big.jsonl"
    big.write_text("\n".join(lines * 3000) + "\n")
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "classaction", "classify", str(big), "-o", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        # A run started in the background inherits SIGINT ignored, and Python then never turns
        # it into KeyboardInterrupt: the command is run as from a terminal.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.jsonl.*.part")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(tmp_path.glob(".out.jsonl.*.part")), "classify never started writing"
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "interrupted" in stderr
    assert not out.exists()
    assert list(tmp_path.glob(".out.jsonl.*")) == []


def test_classify_replaces_an_existing_output_only_when_finished(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")
    assert run("classify", str(EXAMPLES), "-o", str(out)).returncode == 0
    assert len(out.read_text("utf-8").splitlines()) == N_EXAMPLES


def test_explain_tells_a_person_why(tmp_path: Path) -> None:
    claim = tmp_path / "claim.json"
    claim.write_text(EXAMPLES.read_text("utf-8").splitlines()[14])  # EX-015: death left out
    done = run("explain", str(claim))
    assert done.returncode == 0, done.stderr
    assert "Privacy Breach Class: UNDETERMINED" in done.stdout
    assert "[not known] is a natural person alive on the as-of date" in done.stdout
    assert "Has the claimant died?" in done.stdout
    assert "rule:" not in done.stdout  # the rules are for --full
    full = run("explain", "--full", str(claim))
    assert '"who are either residents or citizens of Canada"' in full.stdout


def test_explain_an_invalid_record_shows_its_errors_and_exits_1() -> None:
    done = run("explain", "-", stdin='{"claimant": {"kind": "human"}}')
    assert done.returncode == 1
    assert done.stdout.splitlines()[:3] == [
        "== <stdin>, line 1",
        "This record was rejected; nothing can be decided from it until it is corrected:",
        "  line 1: $.claimant.kind: must be one of: natural, legal [enum]",
    ]
    assert "Privacy Breach Class" not in done.stdout
    assert done.stderr == "classaction: 1 record read, 1 rejected\n"


def test_compare_lists_the_claims_that_change_and_counts_them() -> None:
    done = run(
        "compare", "--action", "T-724-20", str(EXAMPLES),
        "--reading", "residency_window=any_time_up_to_as_of",
    )
    assert done.returncode == 0, done.stderr
    assert "examples/claims.jsonl:4 (EX-004):\n  Privacy Breach Class: NOT_MEMBER -> MEMBER\n" \
        in done.stdout
    assert "\nOutcomes changed, by class:\n  Privacy Breach Class: 1\n" in done.stdout
    # EX-005 died in 2019 and EX-015 does not say whether they died: R2 does not lift the
    # need to be alive on the as-of date, so neither becomes a member.
    assert "EX-005" not in done.stdout and "EX-015" not in done.stdout
    assert done.stdout.splitlines()[-1].startswith(f"{N_EXAMPLES} claims compared, 1 changed")


def test_compare_names_each_class_as_explain_does_within_80_columns() -> None:
    # A person reads the classes by name, not by their ids (PB, TI, CI); with several actions,
    # each name comes with its action's id, and a long one wraps.
    done = run("compare", str(EXAMPLES), "--reading", "R3=both")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "  T-724-20 Copyright Infringement Class: UNDETERMINED -> NOT_MEMBER" in lines
    assert not re.search(r"\b(PB|TI|CI) ", done.stdout)
    assert max(len(line) for line in lines) <= 80
    assert lines[-1].startswith(f"{N_EXAMPLES} claims compared, ")


def test_compare_tells_a_share_that_a_reading_changes(tmp_path: Path) -> None:
    """A lawyer's claimant of the Illinois and California Subclasses earned 10 shares, or 15
    under R26 = sum, and compare said "0 changed outcome": a reading that changes a share alone
    (R25, R26) is told now, and counted."""
    record = {
        "claim_id": "IL-CA", "claimant": {
            "kind": "natural", "born_on": "1984-02-10", "deceased": False,
            "residence": [
                {"start": "1984-02-10", "end": "2017-12-31", "country": "US", "subdivision": "US-IL"},
                {"start": "2018-01-01", "end": "2019-06-30", "country": "US", "subdivision": "US-CA"},
                {"start": "2019-07-01", "ongoing": True, "subdivision": "CA-ON"},
            ],
            "residence_complete_for": ["CA", "US"],
        },
        "photographs": [{
            "id": "p1", "claimant_face_appears": True, "collected_by_clearview": True,
            "in_biometric_database": True, "collected_on": "2019", "posted_publicly": True,
            "first_posted_publicly_on": "2015-08-02",
        }],
        "statements": {"unlisted_database_image_depicts_claimant": False,
                       "unlisted_photograph_of_claimant_posted_publicly": False},
        "payment_claims": [{"proceeding": "MDL-2967", "filed_on": "2024-09-01", "channel": "online"}],
    }
    source = tmp_path / "claims.jsonl"
    source.write_text(json.dumps(record) + "\n")
    plain = run("explain", str(source), "--action", "MDL-2967").stdout
    assert "10 shares" in plain, plain
    done = run("compare", str(source), "--action", "MDL-2967", "-r", "R26=sum")
    lines = done.stdout.splitlines()
    said = " ".join(done.stdout.split())
    assert "Share of the settlement fund: 10 shares" in said and "-> 15 shares" in said
    assert "Outcomes changed, by class (and shares): Share of the settlement fund: 1" in said
    assert lines[-1] == "1 claim compared, 1 changed outcome or share; 0 rejected"
    assert max(len(line) for line in lines if line.startswith(" ")) <= 80  # the path aside
    # A share open under both readings ("0 to 10 -> 0 to 15": eligibility not known) is not
    # told: only the most it could be moved (a trial's administrator saw every claim listed).
    record.pop("payment_claims")
    source.write_text(json.dumps(record) + "\n")
    assert "0 to 10 shares" in run("explain", str(source), "--action", "MDL-2967").stdout
    done = run("compare", str(source), "--action", "MDL-2967", "-r", "R26=sum")
    assert done.stdout.splitlines()[-1] == "1 claim compared, 0 changed outcome or share; 0 rejected"
    # Of actions with no settlement, as before.
    other = run("compare", str(source), "--action", "T-724-20", "-r", "R3=both").stdout
    assert other.splitlines()[-1] == "1 claim compared, 0 changed outcome; 0 rejected"
    # Under every other reading too (a trial's lawyer read "changed outcome or share" of
    # T-724-20, which has no shares).
    every = " ".join(run("compare", str(source), "--action", "T-724-20").stdout.split())
    assert "changed outcome;" in every and "or share" not in every
    assert "or share" in run("compare", str(source), "--action", "MDL-2967").stdout


def test_compare_without_a_reading_tries_each_one_and_names_those_that_matter() -> None:
    """A lawyer's trial could not ask which readings matter for one claim: "-r" was required.
    Without it, each other value of each reading is tried in turn, as the report tries them,
    and each change is the one `compare -r` gives for that reading."""
    from classaction.present.report import alternative_readings

    done = run("compare", "--action", "T-724-20", str(EXAMPLES))
    assert done.returncode == 0, done.stderr
    assert all(len(line) <= 80 for line in done.stdout.splitlines())
    tried = alternative_readings()
    assert (f"{N_EXAMPLES} claims compared under {len(tried)} other readings, one at a time "
            in " ".join(done.stdout.split()))
    for alternative in tried[:4]:
        reading = f"{alternative.name}={alternative.value}"
        single = run("compare", "--action", "T-724-20", str(EXAMPLES), "--reading", reading)
        changed = {line.split(" (")[0] for line in single.stdout.splitlines()
                   if line.startswith(str(EXAMPLES))}
        heading = f"  under {alternative.reading} {alternative.name} = {alternative.value}:"
        claims, claim = set(), ""
        for line in done.stdout.splitlines():
            if line.startswith(str(EXAMPLES)):
                claim = line.split(" (")[0]
            elif line == heading:
                claims.add(claim)
        assert claims == changed, alternative
    assert "EX-004" in done.stdout and "R2 residency_window = any_time_up_to_as_of:" in done.stdout
    assert "(not the as-of date, R1, which takes any date" in " ".join(done.stdout.split())


def test_compare_without_a_reading_tells_a_share_a_reading_moves(tmp_path: Path) -> None:
    """A lawyer's trial: an Illinois resident of 1995 to 2014 whose face was first posted in
    2016 earns 1 share, and 10 under R25 = subclass_membership, which compare -r told and
    compare without it did not."""
    record = {
        "claim_id": "IL-8",
        "claimant": {"kind": "natural", "born_on": "1995-01-01", "deceased": False,
                     "residence": [{"start": "1995-01-01", "end": "2014-05-31", "country": "US",
                                    "subdivision": "US-IL"},
                                   {"start": "2014-06-01", "ongoing": True, "country": "US",
                                    "subdivision": "US-TX"}],
                     "residence_complete_for": ["US", "CA"]},
        "photographs": [{"id": "p1", "claimant_face_appears": True, "collected_by_clearview": True,
                         "in_biometric_database": True, "posted_publicly": True,
                         "first_posted_publicly_on": "2016-01-02", "collected_on": "2018-01-01"}],
        "statements": {"unlisted_photograph_of_claimant_posted_publicly": False},
        "payment_claims": [{"proceeding": "MDL-2967", "filed_on": "2024-09-01"}],
    }
    source = tmp_path / "il.json"
    source.write_text(json.dumps(record))
    single = run("compare", "--action", "MDL-2967", str(source), "-r", "R25=subclass_membership")
    moved = ("Share of the settlement fund: 1 share (those in other states) -> 10 shares "
             "(Illinois Subclass)")
    assert moved in " ".join(single.stdout.split()), single.stdout
    each = run("compare", "--action", "MDL-2967", str(source))
    said = " ".join(each.stdout.split())
    assert f"under R25 state_share_basis = subclass_membership: {moved}" in said


@pytest.mark.parametrize("name", ["claim", "determination", "action", "claim.schema.json"])
def test_schema_prints_a_bundled_schema(name: str) -> None:
    done = run("schema", name)
    assert done.returncode == 0
    stem = name.removesuffix(".schema.json")
    assert json.loads(done.stdout) == json.loads(
        (ROOT / "schemas" / f"{stem}.schema.json").read_text("utf-8")
    )


def test_schema_of_an_unknown_name_exits_2() -> None:
    done = run("schema", "nope")
    assert done.returncode == 2
    assert "choose one of: action, claim, determination" in done.stderr


def test_jobs_2_gives_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    lines = EXAMPLES.read_text("utf-8").splitlines()
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines * 40 + ["{bad"]) + "\n")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run("classify", str(source), "-o", str(one)).returncode == 1
    assert run("classify", str(source), "-o", str(two), "--jobs", "2").returncode == 1
    assert one.read_bytes() == two.read_bytes()
    assert len(two.read_text("utf-8").splitlines()) == len(lines) * 40 + 1


def test_workers_end_at_once_when_the_pool_stops_them() -> None:
    # The command turns SIGTERM into KeyboardInterrupt; a worker that inherited that could miss
    # the signal while sleeping on the task-queue lock the pool holds as it stops them, and
    # the run never ended (seen once in a benchmark). Workers take SIGTERM's default instead.
    import multiprocessing
    import signal

    from classaction.cli import parallel as _parallel

    previous = signal.signal(signal.SIGTERM, lambda signum, frame: None)
    try:
        with multiprocessing.get_context("fork").Pool(1, _parallel._worker_setup) as pool:
            assert pool.apply(signal.getsignal, (signal.SIGTERM,)) == signal.SIG_DFL
            assert pool.apply(signal.getsignal, (signal.SIGINT,)) == signal.SIG_IGN
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_no_rank_lists_missing_facts_without_weights() -> None:
    done = run("classify", "--action", "T-724-20", str(EXAMPLES), "--no-rank")
    records = [json.loads(line) for line in done.stdout.splitlines()]
    missing = [m for r in records for c in r["determination"]["classes"] for m in c.get("missing", [])]
    assert missing and all("settles" not in m for m in missing)
    import classaction as ca

    for record in records:
        assert ca.validate_determination(record["determination"]) == ()


def test_classify_shows_progress_on_a_terminal(tmp_path: Path) -> None:
    import os
    import pty

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "classaction", "classify", str(EXAMPLES), "-o",
         str(tmp_path / "out.jsonl")],
        stdout=subprocess.DEVNULL, stderr=follower, stdin=subprocess.DEVNULL,
    )
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        seen += chunk
    process.wait(timeout=60)
    os.close(leader)
    text = seen.decode("utf-8", "replace")
    assert process.returncode == 0
    assert f"\r{N_EXAMPLES} records, 0 rejected" in text
    assert f"records read: {N_EXAMPLES}" in text


def test_records_and_lines_cross_to_workers_intact() -> None:
    # --jobs sends records to its workers and lines back by pickle, each as a plain tuple.
    import pickle

    from classaction.cli.inputs import RawRecord
    from classaction.cli.outputs import Line

    raw = RawRecord("claims.jsonl", 7, b'{"claim_id": "\xc3\xa9"}\n')
    line = Line(b'{"line":7}\n', True, (("PB", "MEMBER"),), kept=b"packed")
    assert pickle.loads(pickle.dumps(raw)) == raw
    back = pickle.loads(pickle.dumps(line))
    assert back == line and back.kept == b"packed"


def test_classify_to_a_text_stream_without_a_buffer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Lines are UTF-8 bytes; standard output replaced by a plain text stream still gets them.
    source = tmp_path / "claims.jsonl"
    source.write_text(
        json.dumps({"claim_id": "é-1", "claimant": {"kind": "natural"}}) + "\n" + "{oops\n",
        encoding="utf-8",
    )
    written = tmp_path / "out.jsonl"
    assert main(["classify", str(source), "-o", str(written)]) == 1
    text = io.StringIO()
    monkeypatch.setattr(sys, "stdout", text)
    assert main(["classify", str(source)]) == 1
    assert text.getvalue() == written.read_text(encoding="utf-8")
    assert [json.loads(line)["status"] for line in text.getvalue().splitlines()] == [
        "accepted", "rejected",
    ]


# --- inputs: which records a file holds (issue 18, item 3) -----------------------------------

PERSONAL = {"name": "Zelda Quintessa Marchbanks", "email": "zq@marchbanks.example",
            "address": "12 Hidden Lane, Moose Jaw"}


def _claim(claim_id: str, **claimant: object) -> dict[str, object]:
    return {"claim_id": claim_id, "claimant": {"kind": "natural", **claimant},
            "contact": dict(PERSONAL)}


def _items_start(path: Path) -> list[int]:
    """The lines where the items of a JSON array written with indent=2 start."""
    return [n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if line == "  {"]


def _where(path: Path, text: str) -> tuple[int, int]:
    """The line and column (from 1) where ``text`` first appears in a file."""
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if text in line:
            return number, line.index(text) + 1
    raise AssertionError(f"{text} is not in {path}")


def unwrapped(text: str) -> list[str]:
    """The lines of validate's output, each error on one line again: an error too long for 80
    columns goes on in lines indented four columns, broken at spaces."""
    lines: list[str] = []
    for line in text.splitlines():
        if line.startswith("    ") and lines:
            lines[-1] += " " + line.lstrip(" ")
        else:
            lines.append(line)
    return lines


def _no_personal_data(*texts: str) -> None:
    for text in texts:
        assert "Traceback" not in text
        for value in PERSONAL.values():
            assert value not in text


def test_a_record_refused_as_json_keeps_a_claim_id_that_can_be_read_plainly() -> None:
    # BAD-002 (a key given twice) and BAD-006 (NaN) are still one JSON object each: the
    # administrator's key says which claim to correct.
    bad = ROOT / "examples" / "bad_claims.jsonl"
    done = run("classify", str(bad), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [(r["claim_id"], r["status"]) for r in rows] == [
        (f"BAD-00{n}", "rejected") for n in range(1, 8)
    ]
    lines = [json.loads(line) for line in run("classify", str(bad)).stdout.splitlines()]
    assert [line.get("claim_id") for line in lines] == [f"BAD-00{n}" for n in range(1, 8)]
    assert "(BAD-006)" in run("explain", str(bad)).stdout


@pytest.mark.parametrize(("record", "claim_id"), [
    ('{"claim_id": "D-1", "claimant": {"kind": "natural", "kind": "legal"}}', "D-1"),
    ('{"claim_id": "N-1", "claimant": {"born_on": Infinity}, "contact": %s}', "N-1"),
    ('{"claim_id": "T-1", "claim_id": "T-1", "claimant": {}}', "T-1"),
    # Given twice with two values, which is meant cannot be told.
    ('{"claim_id": "A-1", "claim_id": "A-2", "claimant": {}}', ""),
    # Not JSON: a claim id found by searching the text could be any value's; the record's
    # first key, at its start, can be no other's.
    ('{"claim_id": "S-1", "contact": %s, "claimant": {', "S-1"),
    ('{"contact": %s, "claim_id": "S-2", "claimant": {', ""),
    ('{"claimant": {"claim_id": "S-3",', ""),
    ('{"contact": {"claim_id": "Zelda", "x": NaN}}', ""),
    ('{"claim_id": "%s", "x": NaN}' % ("L" * 101), ""),
    ('{"claim_id": "two\\nlines", "x": NaN}', ""),
    ('{"claim_id": 7, "x": NaN}', ""),
    ('[{"claim_id": "X-1", "x": NaN}]', ""),
])
def test_a_claim_id_is_read_from_a_refused_record_only_when_it_is_plain(
    tmp_path: Path, record: str, claim_id: str
) -> None:
    source = tmp_path / "claims.jsonl"
    text = record % json.dumps(PERSONAL) if "%s" in record else record
    source.write_text(text + "\n", encoding="utf-8")
    done = run("classify", str(source), "--format", "csv")
    (row,) = csv.DictReader(io.StringIO(done.stdout))
    assert (row["claim_id"], row["status"]) == (claim_id, "rejected")
    _no_personal_data(done.stdout, done.stderr)


def test_a_json_file_holds_one_record_or_an_array_of_records(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps(_claim("A-1"), indent=2))
    several = tmp_path / "several.json"
    several.write_text(json.dumps([_claim("B-1"), _claim("B-2", kind="human"), _claim("B-3")],
                                  indent=2))
    done = run("validate", str(one), str(several))
    assert done.returncode == 1
    # The error of the second item of the array is at the line and column of the value it names.
    start = _items_start(several)[1]
    line, column = _where(several, '"human"')
    assert line > start
    assert unwrapped(done.stdout) == [
        f"{several}:{line}:{column}: $.claimant.kind: must be one of: natural, legal [enum]",
        "4 records, 3 valid, 1 invalid",
    ]
    out = tmp_path / "out.jsonl"
    assert run("classify", str(several), "-o", str(out)).returncode == 1
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [(r["claim_id"], r["status"]) for r in records] == [
        ("B-1", "accepted"), ("B-2", "rejected"), ("B-3", "accepted"),
    ]
    assert records[1]["line"] == start and records[1]["errors"][0]["path"] == "$.claimant.kind"
    _no_personal_data(out.read_text("utf-8"), done.stdout, done.stderr)


@pytest.mark.parametrize(("fault", "near", "line_of"), [
    ("comma", "C-3", lambda lines: len(lines) - 1),  # "  }," before the closing bracket
    ("no-comma", "C-2", lambda lines: _items_line(lines, 1)),
    ("unclosed", "C-3", lambda lines: len(lines)),
])
def test_an_array_broken_between_its_records_still_yields_each_record(
    tmp_path: Path, fault: str, near: str, line_of: Callable[[list[str]], int]
) -> None:
    """A comma after the last record, none between two, or no closing bracket: each record is
    still read (the strict reading of a whole document lost them all, one rejected record for
    the file), and the fault is told on the record beside it with its line."""
    text = json.dumps([_claim("C-1"), _claim("C-2", kind="human"), _claim("C-3")], indent=2)
    if fault == "comma":
        text = text[:-2] + ",\n]"
    elif fault == "no-comma":
        text = text.replace("},\n  {", "}\n  {", 1)
    else:
        text = text[:-1].rstrip()
    source = tmp_path / "claims.json"
    source.write_text(text + "\n")
    lines = text.splitlines()
    out = tmp_path / "out.jsonl"
    done = run("classify", str(source), "-o", str(out))
    assert done.returncode == 1  # C-2 is rejected for itself
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [(r["claim_id"], r["status"]) for r in records] == [
        ("C-1", "accepted"), ("C-2", "rejected"), ("C-3", "accepted"),
    ]
    (told,) = [r for r in records if r["claim_id"] == near]
    notes = [w for w in told.get("warnings", []) + told.get("errors", []) if w["keyword"] == "array"]
    # A warning, of a record rejected too: a trial's administrator read it as one more error.
    assert not [e for e in told.get("errors", []) if e["keyword"] == "array"]
    # The message says where, from the record (the output record's line is the record's).
    assert [(w["path"], w["message"].split(",")[0]) for w in notes] == [
        ("$", "the array of records has no closing bracket after this record"
         if fault == "unclosed" else "in the array of records")
    ]
    checked = run("validate", str(source))
    assert checked.stdout.splitlines()[-1].startswith("3 records, 2 valid, 1 invalid")
    assert any(line.startswith(f"{source}:{line_of(lines)}: $: ")
               for line in unwrapped(checked.stdout))
    _no_personal_data(out.read_text("utf-8"), done.stdout, done.stderr, checked.stdout)


def _items_line(lines: list[str], index: int) -> int:
    """The line (from 1) where item ``index`` of an array written with indent=2 starts."""
    return [n for n, line in enumerate(lines, 1) if line in ("  {", "  }  {")][index]


def test_text_after_an_array_is_read_on_its_own(tmp_path: Path) -> None:
    """The array's records are read; what follows it, as a document of its own: another array's
    records, or one rejected record for text that is none (a whole array was one rejected
    record for a line of thanks after it)."""
    source = tmp_path / "claims.json"
    source.write_text(json.dumps([_claim("D-1"), _claim("D-2")]) + "\nThanks, Marie\n")
    done = run("validate", str(source))
    assert unwrapped(done.stdout) == [
        f"{source}:2: $: not valid JSON: a record is a JSON object, from {{ to }}, and this is "
        "not one (column 1) [json]",
        f"{source}:2: $: warning: this comes after the closing bracket of the array of records, "
        "and is read as a record of its own [array]",
        "3 records, 2 valid, 1 invalid; 1 with a warning",
    ]
    twice = tmp_path / "twice.json"
    twice.write_text(json.dumps([_claim("E-1")], indent=2) + "\n" + json.dumps([_claim("E-2")]))
    assert run("validate", str(twice)).stdout.splitlines()[-1] == "2 records, 2 valid, 0 invalid"


@pytest.mark.parametrize("array", [
    json.dumps([_claim("H-1"), _claim("H-2")], indent=2),  # pretty-printed, "]" on its own line
    json.dumps([_claim("H-1"), _claim("H-2")]),  # on one line
    "[\n" + json.dumps(_claim("H-1")) + ",\n" + json.dumps(_claim("H-2")) + ",\n]",  # a comma after
])
def test_records_below_an_array_are_each_read_and_none_is_lost(tmp_path: Path, array: str) -> None:
    """A trial's administrator pasted JSON Lines records below a sound array: the array's last
    record was rejected, with the first of them run into it, and that one had no output at all
    (7 records in, 6 rows out). Each is now read as a record of its own, said to come after the
    array, and every record has its row."""
    source = tmp_path / "claims.json"
    source.write_text(array + "\n" + json.dumps(_claim("L-1")) + "\n" + json.dumps(_claim("L-2"))
                      + "\n")
    done = run("classify", str(source), "--format", "csv", "--action", "T-724-20")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [(row["claim_id"], row["status"]) for row in rows] == [
        ("H-1", "accepted"), ("H-2", "accepted"), ("L-1", "accepted"), ("L-2", "accepted"),
    ]
    after = "this comes after the closing bracket of the array of records"
    assert [after in row["warnings"] for row in rows] == [False, False, True, True]


@pytest.mark.parametrize(("name", "text", "ids", "warned"), [
    # Two records on one line of JSON Lines (3 records in, 2 rows out in a trial).
    ("claims.jsonl", '{"claim_id": "A"} {"claim_id": "B"}\n{"claim_id": "C"}\n', "ABC", "AB"),
    ("claims.jsonl", '{"claim_id": "A"},{"claim_id": "B"}\n', "AB", "AB"),
    # A record after a one-line array, on its line; after a pretty one's bracket, on its line.
    ("claims.json", '[{"claim_id": "A"}, {"claim_id": "B"}] {"claim_id": "C"}\n', "ABC", "C"),
    ("claims.json", '[\n  {"claim_id": "A"}\n] {"claim_id": "B"}\n', "AB", "B"),
    # Below an array: a record, then another array (its own records); two records on a line.
    ("claims.json", '[{"claim_id": "A"}]\n{"claim_id": "B"}\n[{"claim_id": "C"}, {"claim_id": "D"}]\n',
     "ABCD", "B"),
    ("claims.json", '[{"claim_id": "A"}]\n{"claim_id": "B"} {"claim_id": "C"}\n', "ABC", "BC"),
])
def test_records_side_by_side_are_each_read(
    tmp_path: Path, name: str, text: str, ids: str, warned: str
) -> None:
    """A trial's administrator lost a record wherever two JSON values shared a line, or a
    second array followed a record below an array: each is read now, and said to be."""
    source = tmp_path / name
    source.write_text(text)
    rows = list(csv.DictReader(io.StringIO(
        run("classify", str(source), "--format", "csv", "--action", "T-724-20").stdout
    )))
    assert "".join(row["claim_id"] for row in rows) == ids
    assert all(row["status"] == "accepted" for row in rows)
    # (Each has no claimant too, and is told so: that warning aside.)
    no_claimant = "$: has no claimant: no class can be decided; give at least claimant.kind"
    assert "".join(row["claim_id"] for row in rows
                   if row["warnings"].replace(no_claimant, "").strip("; ")) == warned


def test_the_csv_of_a_member_who_has_since_died_says_so(tmp_path: Path) -> None:
    """A trial's administrator read MEMBER in the CSV of one who died in 2021, and nothing of
    the death (explain said it)."""
    source = tmp_path / "claims.jsonl"
    source.write_text(json.dumps({
        "claim_id": "D-21", "claimant": {"kind": "natural", "born_on": "1950-01-01",
                                        "deceased": True, "died_on": "2021-02-01",
                                        "residence": [{"start": "1950-01-01", "end": "2021-02-01"}]},
        "photographs": [{"id": "p1", "claimant_face_appears": True, "collected_by_clearview": True}],
    }) + "\n" + json.dumps({
        "claim_id": "A-1", "claimant": {"kind": "natural", "born_on": "1950-01-01", "deceased": False},
        "photographs": [{"id": "p1", "claimant_face_appears": True, "collected_by_clearview": True}],
    }) + "\n")
    rows = list(csv.DictReader(io.StringIO(
        run("classify", str(source), "--format", "csv", "--action", "T-724-20").stdout)))
    died = "(the claimant died after 2020-07-08: the sources held do not say who may claim for a " \
           "member who has since died)"
    assert rows[0]["Privacy Breach Class"] == "MEMBER"
    assert all(died not in row["Privacy Breach Class: why"] for row in rows[1:])
    members = [k for k in rows[0] if k.endswith(": why") and rows[0][k.removesuffix(": why")] == "MEMBER"]
    assert members and all(rows[0][k].endswith(died) for k in members)


def test_explain_says_what_each_other_reading_would_change(tmp_path: Path) -> None:
    """Two rounds of trials' lawyers found the readings an alternative would change (R27 for an
    exclusive licensee, R3 for a company) only through compare: explain says them below each
    record, one reading at a time, or that none changes an outcome."""
    licensee = {
        "claim_id": "L-1", "claimant": {"kind": "natural", "born_on": "1985-03-02", "deceased": False,
                                        "residence": [{"start": "1985-03-02", "ongoing": True}]},
        "photographs": [{"id": "p1", "claimant_face_appears": False, "collected_by_clearview": True,
                         "made_on": "2016-04-10", "author": "other", "author_deceased": False,
                         "transfers": [{"kind": "exclusive_licence", "on": "2018-06-01",
                                        "by": "photographer", "to": "claimant", "extent": "whole",
                                        "signed_writing": True}]}],
        "statements": {"unlisted_collected_photograph_depicts_claimant": False,
                       "holds_rights_in_unlisted_collected_photograph": False,
                       "rcmp_used_unlisted_photograph_of_claimant": False},
    }
    source = tmp_path / "claims.jsonl"
    source.write_text(json.dumps(licensee) + "\n")
    done = run("explain", str(source), "--action", "T-724-20")
    said = " ".join(done.stdout.split())
    assert "Read otherwise, one reading at a time (the as-of date, R1, aside: -r as_of=DATE reads " \
           "another; what each means: classaction action --action T-724-20): " in said
    # In the headings' words (a trial's lawyer read NOT_MEMBER below "NOT A MEMBER").
    assert "under R27 exclusive_licensee = holder: Copyright Infringement Class: NOT A MEMBER " \
           "-> MEMBER" in said
    assert "NOT_MEMBER" not in said
    assert "NOT A MEMBER -> MEMBER" in done.stdout  # never cut across lines
    assert all(len(line) <= 80 for line in done.stdout.splitlines()[1:])  # (after the heading)
    # One no reading moves: a claimant of whom nothing is said.
    source.write_text(json.dumps({"claim_id": "E-1", "claimant": {}}) + "\n")
    done = run("explain", str(source), "--action", "T-724-20")
    assert "Read otherwise: no other reading of the points the class definitions leave open " \
           "changes an outcome here" in " ".join(done.stdout.split())


def test_records_sharing_a_line_are_each_told_which_they_are(tmp_path: Path) -> None:
    """Two records on one line were each warned "this record shares its line with another",
    the same words twice (a trial's administrator could not tell which was which)."""
    source = tmp_path / "claims.jsonl"
    source.write_text(json.dumps(_claim("S-1")) + " " + json.dumps(_claim("S-2")) + "\n")
    second = len(json.dumps(_claim("S-1"))) + 2
    rows = list(csv.DictReader(io.StringIO(
        run("classify", str(source), "--format", "csv", "--action", "T-724-20").stdout)))
    assert [row["claim_id"] for row in rows] == ["S-1", "S-2"]
    assert "this record (record 1 of 2, at column 1) shares its line" in rows[0]["warnings"]
    assert f"this record (record 2 of 2, at column {second}) shares its line" in rows[1]["warnings"]


def test_a_spreadsheet_row_pasted_in_an_array_is_one_rejected_record(tmp_path: Path) -> None:
    """A trial's CSV row pasted between two records of an array became five rejected records,
    one at each comma, the hint on one of them, and the record after it was run into the last;
    it is one rejected record, with the hint, and the record after it is read."""
    source = tmp_path / "claims.json"
    source.write_text("[\n  " + json.dumps(_claim("R-1")) + ",\n"
                      'R-9,Jane Roe,"1 Main St, Toronto",1985-03-02,MEMBER\n'
                      "  " + json.dumps(_claim("R-2")) + "\n]\n")
    done = run("classify", str(source), "--format", "csv", "--action", "T-724-20")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [(row["claim_id"], row["status"], row["line"]) for row in rows] == [
        ("R-1", "accepted", "2"), ("", "rejected", "3"), ("R-2", "accepted", "4"),
    ]
    assert "looks like a row of a spreadsheet saved as CSV" in rows[1]["errors"]
    # Below the array too.
    below = tmp_path / "below.json"
    below.write_text(json.dumps([_claim("R-1")]) + "\nR-9,Jane Roe,1 Main St,yes\n")
    rows = list(csv.DictReader(io.StringIO(
        run("classify", str(below), "--format", "csv", "--action", "T-724-20").stdout
    )))
    assert [r["status"] for r in rows] == ["accepted", "rejected"]
    assert "looks like a row of a spreadsheet saved as CSV" in rows[1]["errors"]
    assert "Jane" not in done.stdout + done.stderr and "Main St" not in done.stdout + done.stderr


@pytest.mark.parametrize(("fault", "broken"), [
    ("a brace too many", ('"kind": "natural"', '"kind": "natural"}')),
    ("a bracket too many", ('"kind": "natural"', '"kind": ["natural"]]')),
    ("a quote missing", ('"kind": "natural"', '"kind": natural"')),
    ("a brace missing", ('"kind": "natural"\n    }', '"kind": "natural"\n')),
])
def test_a_record_broken_within_an_array_is_rejected_alone(
    tmp_path: Path, fault: str, broken: tuple[str, str]
) -> None:
    """One typo within a record of an array (a brace too many looped until memory ran out in a
    trial; a quote missing joined the records after it to its own): that record is rejected,
    the others read, one output record each."""
    text = json.dumps([_claim("F-1"), _claim("F-2"), _claim("F-3"), _claim("F-4")], indent=2)
    second = text.index('"F-2"')
    at = text.index(broken[0], second)
    source = tmp_path / "claims.json"
    source.write_text(text[:at] + broken[1] + text[at + len(broken[0]):] + "\n")
    out = tmp_path / "out.jsonl"
    done = run("classify", str(source), "-o", str(out), "--format", "jsonl")
    assert "Traceback" not in done.stderr, fault
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    # The broken record's claim id is given only where it can be read without doubt.
    assert [(r.get("claim_id", "F-2"), r["status"]) for r in records] == [
        ("F-1", "accepted"), ("F-2", "rejected"), ("F-3", "accepted"), ("F-4", "accepted"),
    ], fault
    assert [e["keyword"] for e in records[1]["errors"]] == ["json"], fault  # no array warning
    _no_personal_data(out.read_text("utf-8"), done.stdout, done.stderr)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("name", ["claims.jsonl", "claims.json", "claims.txt"])
def test_a_file_saved_as_utf_16_is_read_as_its_text(tmp_path: Path, encoding: str, name: str) -> None:
    """Windows' editors save "Unicode" text as UTF-16: its records are read as they are written
    (each of its bytes was told as not UTF-8, with a record more for its last line break)."""
    claims = [_claim("U-1"), _claim("U-2", kind="human"), {**_claim("U-3"), "note": "é 王"}]
    if name.endswith(".json"):
        text = json.dumps(claims, ensure_ascii=False, indent=2)
    else:
        text = "\n".join(json.dumps(c, ensure_ascii=False) for c in claims) + "\n"
    source = tmp_path / name
    source.write_bytes(text.encode(encoding))
    done = run("validate", str(source))
    assert unwrapped(done.stdout)[-1] == "3 records, 1 valid, 2 invalid"
    said = " ".join(done.stdout.split())
    assert "must be one of: natural, legal" in said and "unknown key: 'note'" in said
    assert "UTF-8" not in said


def test_a_row_of_a_spreadsheet_is_told_as_one(tmp_path: Path) -> None:
    source = tmp_path / "export.csv"
    source.write_text("claim_id,name,email\nA-1,Jean Tremblay,jean@example.org\n")
    done = run("validate", str(source))
    said = unwrapped(done.stdout)
    assert said[-1] == "2 records, 0 valid, 2 invalid"
    assert all("this line looks like a row of a spreadsheet saved as CSV" in line
               for line in said[:-1])
    assert "Tremblay" not in done.stdout and "jean@" not in done.stdout
    # A broken record that is no row of a spreadsheet gets no such hint.
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"claim_id": "B-1", "claimant": {"kind": "natural",}}\n')
    assert "saved as CSV" not in run("validate", str(broken)).stdout


def test_a_pretty_printed_record_in_a_jsonl_file_is_one_error_with_a_hint(tmp_path: Path) -> None:
    pretty = json.dumps(_claim("P-1"), indent=2)
    source = tmp_path / "claims.jsonl"
    source.write_text(json.dumps(_claim("L-1")) + "\n" + pretty + "\n" + json.dumps(_claim("L-3")) + "\n")
    done = run("validate", str(source))
    assert done.returncode == 1
    assert unwrapped(done.stdout) == [
        f"{source}:2: $: this looks like a record spread over {len(pretty.splitlines())} lines; "
        "a .jsonl file holds one record a line, or name the file .json [jsonl]",
        "3 records, 2 valid, 1 invalid",
    ]
    out = tmp_path / "out.jsonl"
    assert run("classify", str(source), "-o", str(out)).returncode == 1
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [(r["line"], r["status"]) for r in records] == [
        (1, "accepted"), (2, "rejected"), (2 + len(pretty.splitlines()), "accepted"),
    ]
    assert len(records[1]["errors"]) == 1
    # Named .json, the same record is read as it is.
    alone = tmp_path / "claim.json"
    alone.write_text(pretty)
    assert run("validate", str(alone)).returncode == 0
    _no_personal_data(done.stdout, out.read_text("utf-8"))


def test_a_broken_pretty_printed_record_in_a_jsonl_file_says_where_and_why(tmp_path: Path) -> None:
    pretty = json.dumps(_claim("P-1"), indent=2).splitlines()
    assert pretty[3] == '    "kind": "natural"'
    pretty[3] = '    "kind": natural'  # the quotes left out: the record no longer parses
    source = tmp_path / "claims.jsonl"
    source.write_text("\n".join(["  \"claim_id\": \"X\",", *pretty]) + "\n")
    done = run("validate", str(source))
    lines = unwrapped(done.stdout)
    assert lines[-1] == "2 records, 0 valid, 2 invalid"
    assert lines[0].startswith(f"{source}:1: $: not valid JSON")
    assert "this line looks like part of a record spread over several lines" in lines[0]
    # The error is on the line of the fault, and its message names that line too.
    assert lines[1].startswith(
        f"{source}:5: $: not valid JSON: a value that is not JSON: text goes in double quotes "
        '("), and true, false and numbers are written bare (line 4 of the record, column 13); '
    )
    assert f"these {len(pretty)} lines look like one record spread over several lines" in lines[1]
    assert all("a .jsonl file holds one record a line, or name the file .json" in line
               for line in lines[:2])
    _no_personal_data(done.stdout, done.stderr)


def test_a_record_cut_off_takes_no_line_after_it_with_it(tmp_path: Path) -> None:
    """A record cut off within a string opens more than it closes; the lines after it (a list,
    a line of text, a spreadsheet's row) were taken as the rest of it, till the next brace, and
    had no row of their own (a trial's administrator counted 51 rows for 54 lines)."""
    whole = json.dumps(_claim("C-1"))
    cut = whole[:whole.index('"address"') + 5]  # within the string "address"
    name, email, address = PERSONAL["name"], PERSONAL["email"], PERSONAL["address"]
    lines = [cut, f'["C-2", "{name}", "1985-03-02"]', f'"{name}, {address}"',
             f"C-4,{name},{email},1979-05-05,yes", json.dumps(_claim("C-5"))]
    source = tmp_path / "claims.jsonl"
    source.write_text("\n".join(lines) + "\n")
    done = run("classify", str(source), "--format", "csv", "--action", "T-724-20")
    _no_personal_data(done.stdout, done.stderr)
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [(row["line"], row["status"]) for row in rows] == [
        ("1", "rejected"), ("2", "rejected"), ("3", "rejected"), ("4", "rejected"),
        ("5", "accepted"),
    ]
    assert "closing double quote" in rows[0]["errors"]
    assert "spread over several lines" not in rows[0]["errors"]
    # A pretty-printed record's lines are indented, its closing brace not: still one record.
    pretty = json.dumps(_claim("P-1"), indent=2)
    source.write_text(pretty + "\n" + whole + "\n")
    rows = list(csv.DictReader(io.StringIO(
        run("classify", str(source), "--format", "csv", "--action", "T-724-20").stdout)))
    assert [row["status"] for row in rows] == ["rejected", "accepted"]
    assert f"a record spread over {len(pretty.splitlines())} lines" in rows[0]["errors"]


def test_a_record_missing_its_last_brace_is_placed_on_its_own_line_and_said_so(
    tmp_path: Path,
) -> None:
    """A record whose line ends in an inner object's brace looks whole; its fault was placed
    after the line break, at the next line (another record's) or at a line the file does not
    have, and said as the parser says it ("Expecting ',' delimiter"). It is on its own line,
    after its last character, in words a clerk can act on; so are a comma before a closing
    brace or bracket, and a line that is no JSON record."""
    cases = [
        ('{"claim_id": "A", "claimant": {"kind": "natural"}',
         "the record ends before it is closed (a closing brace or bracket is missing) (column 50)"),
        ('{"claim_id": "B", "claimant": {"kind": "natural"},}',
         "a comma before a closing brace (remove the comma) (column 51)"),
        ('{"claim_id": "C", "claimant": {"citizenship": [{"start": "2001", "ongoing": true},]}}',
         "a comma before a closing bracket (remove the comma) (column 83)"),
        ("claim of Jane Roe", "a record is a JSON object, from { to }, and this is not one (column 1)"),
        ("{'claim_id': 'F'}", "a key in single quotes: JSON writes keys and text in double quotes "
         '(") (column 2)'),
        ('{"claim_id": \'G\'}', 'text in single quotes: JSON writes text in double quotes (") '
         "(column 14)"),
        ('{"claim_id": "H", "contact": {"name": Jane Roe}}', "a value that is not JSON: text goes "
         'in double quotes ("), and true, false and numbers are written bare (column 39)'),
    ]
    source = tmp_path / "claims.jsonl"
    source.write_text("\n".join(line for line, _ in cases) + "\n")
    checked = unwrapped(run("validate", str(source)).stdout)
    assert checked[-1] == "7 records, 0 valid, 7 invalid"
    for number, ((_, said), error) in enumerate(zip(cases, checked, strict=False), 1):
        assert error == f"{source}:{number}: $: not valid JSON: {said} [json]"
    assert "Jane Roe" not in "\n".join(checked)
    # One record alone: its line is the first, not a second the file does not have.
    source.write_text(cases[0][0] + "\n")
    assert unwrapped(run("validate", str(source)).stdout)[0].startswith(f"{source}:1: ")


def test_a_record_cut_short_on_its_line_is_placed_on_that_line(tmp_path: Path) -> None:
    whole = json.dumps(_claim("C-2"))
    cut = whole[: whole.index('"claimant"') + 30]
    source = tmp_path / "claims.jsonl"
    source.write_text("\n".join([json.dumps(_claim("C-1")), cut, json.dumps(_claim("C-3"))]) + "\n")
    checked = unwrapped(run("validate", str(source)).stdout)
    assert checked[-1] == "3 records, 2 valid, 1 invalid"
    (error,) = checked[:-1]
    assert error.startswith(f"{source}:2: $: not valid JSON: ")
    assert "the record ends before it is closed (a closing brace or bracket is missing)" in error
    classified = [json.loads(line) for line in run("classify", str(source)).stdout.splitlines()]
    assert [(r["line"], r["status"]) for r in classified] == [
        (1, "accepted"), (2, "rejected"), (3, "accepted")
    ]
    assert classified[1]["errors"][0]["message"] == error.split(": $: ", 1)[1].removesuffix(" [json]")
    _no_personal_data("\n".join(checked), "")
    # Cut short as the file's last record, with blank lines after it: still its own line.
    source.write_text(json.dumps(_claim("C-1")) + "\n" + cut + "\n\n\n")
    (error,) = unwrapped(run("validate", str(source)).stdout)[:-1]
    assert error.startswith(f"{source}:2: $: not valid JSON: ")
    assert "the record ends before it is closed (a closing brace or bracket is missing)" in error


def test_a_json_file_of_one_record_a_line_reads_each_with_a_note(tmp_path: Path) -> None:
    """JSON Lines named .json were one rejected record with a hint (a trial's administrator
    counted the records lost): each is read now, with a warning that says what the file is;
    where one is not JSON, the file is one rejected record with the hint, as before."""
    source = tmp_path / "claims.json"
    source.write_text(json.dumps(_claim("A-1")) + "\n" + json.dumps(_claim("A-2")) + "\n")
    done = run("validate", str(source))
    assert done.returncode == 0
    said = unwrapped(done.stdout)
    assert said[0] == (
        f"{source}:1: $: warning: the file holds several records one after another, not one "
        "record or an array of them as a .json file does; each is read as a record of its "
        "own [lines]"
    )
    assert said[1].startswith(f"{source}:2: $: warning: the file holds several records")
    assert said[-1] == "2 records, 2 valid, 0 invalid; 2 with a warning"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(_claim("A-1")) + "\n" + json.dumps(_claim("A-2"))[:-1] + "\n")
    done = run("validate", str(broken))
    (error, summary) = unwrapped(done.stdout)
    assert "a .jsonl file one record a line" in error
    assert summary == "1 record, 0 valid, 1 invalid"


@pytest.mark.parametrize(("text", "records"), [
    ('{"claimant": {"kind": "natural"}}\n{"claimant": {"kind": "legal"}}\n', 2),  # JSON Lines
    ('\n[{"claimant": {"kind": "natural"}},\n {"claimant": {"kind": "legal"}}]\n', 2),  # an array
    ('[\n  {"claimant": {"kind": "natural"}}\n]\n', 1),
    ('{\n  "claimant": {\n    "kind": "natural"\n  }\n}\n', 1),  # one pretty-printed record
])
def test_standard_input_is_json_lines_or_one_json_document(text: str, records: int) -> None:
    done = run("validate", "-", stdin=text)
    assert done.returncode == 0, done.stdout
    assert done.stdout.splitlines()[-1].startswith(f"{records} record")
    assert run("classify", "-", stdin=text).stdout.count('"status":"accepted"') == records


def test_standard_input_with_a_broken_first_line_is_still_read_line_by_line() -> None:
    done = run("validate", "-", stdin='not json\n{"claimant": {"kind": "natural"}}\n')
    assert done.stdout.splitlines()[-1] == "2 records, 1 valid, 1 invalid"


def test_the_help_says_how_input_is_read_and_what_the_exit_status_means() -> None:
    for command in ("validate", "classify", "explain", "compare"):
        text = " ".join(run(command, "--help").stdout.split())
        assert "FILE.json one record, or a JSON array of records" in text, command
        assert "one record a line when the first non-blank line is a record by itself" in text
        assert 'says "no records in FILE" on standard error and makes the exit status 1' in text
        assert "1 some record invalid (or rejected), or some input held no record" in text
    classify = " ".join(run("classify", "--help").stdout.split())
    assert ".csv is CSV, .jsonl or any other name JSON Lines, .json refused" in classify
    assert "the questions that would settle the record (the five most useful, each naming " \
        "the classes it serves, then how many more)" in classify


@pytest.mark.parametrize("command", ["validate", "classify", "explain", "compare"])
@pytest.mark.parametrize(("name", "text"), [
    ("empty.jsonl", ""), ("blank.jsonl", "\n  \n"), ("empty.json", ""), ("blank.json", " \n"),
    ("none.json", "[ ]"), ("other.txt", ""), ("-", ""),
])
def test_empty_input_is_told_the_same_everywhere(
    tmp_path: Path, command: str, name: str, text: str
) -> None:
    if name != "-":
        (tmp_path / name).write_text(text)
    options = ["--reading", "R3=both"] if command == "compare" else []
    done = run(command, name, *options, stdin=text, cwd=tmp_path)
    assert done.returncode == 1
    where = "<stdin>" if name == "-" else name
    assert f"classaction: no records in {where}\n" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_empty_input_among_others_is_told_and_the_others_are_read(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_text("")
    done = run("validate", str(EXAMPLES), "empty.jsonl", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == "classaction: no records in empty.jsonl\n"
    assert done.stdout.splitlines()[-1].startswith(f"{N_EXAMPLES} records, {N_EXAMPLES} valid, 0 invalid")


# --- errors at the value's line and column in a JSON document (issue 25) --------------------


def _position(text: str, needle: str | int) -> tuple[int, int]:
    """The line and column (from 1, in characters) where ``needle`` first appears in ``text``
    (or of the offset ``needle``)."""
    before = text[: needle if isinstance(needle, int) else text.index(needle)]
    return before.count("\n") + 1, len(before) - before.rfind("\n")


BAD_DATE = {
    "claim_id": "bad-date",
    "claimant": {"kind": "natural", "born_on": "1979-04-12"},
    "photographs": [{"id": "wedding", "made_on": "2016-06-18"},
                    {"id": "selfie", "made_on": "2019-02-30"}],
    "contact": PERSONAL,
}


def test_an_error_in_a_pretty_printed_record_is_at_its_value_s_line_and_column(
    tmp_path: Path,
) -> None:
    pretty = tmp_path / "bad-date.json"
    pretty.write_text(json.dumps(BAD_DATE, indent=2) + "\n")
    message = (
        "$.photographs[1].made_on: must be a real date (the calendar has no such day, or no year "
        "0000) [format]"
    )
    assert _position(pretty.read_text("utf-8"), '"2019-02-30"') == (14, 18)
    checked = run("validate", str(pretty))
    assert unwrapped(checked.stdout) == [f"{pretty}:14:18: {message}", "1 record, 0 valid, 1 invalid"]
    explained = run("explain", str(pretty))
    assert f"\n  line 14, column 18: {message}" in "\n".join(unwrapped(explained.stdout))
    # On one line of a .jsonl file the same record keeps its message as before: the line, no column.
    lines = tmp_path / "claims.jsonl"
    lines.write_text(json.dumps(BAD_DATE) + "\n")
    assert unwrapped(run("validate", str(lines)).stdout)[0] == f"{lines}:1: {message}"
    # The outputs of classify keep the record's line, and its errors their paths and messages.
    rows = list(csv.DictReader(io.StringIO(run("classify", str(pretty), "--format", "csv").stdout)))
    assert (rows[0]["line"], rows[0]["errors"]) == ("1", message.removesuffix(" [format]"))
    (record,) = [json.loads(line) for line in run("classify", str(pretty)).stdout.splitlines()]
    assert record["line"] == 1
    assert record["errors"] == [{
        "path": "$.photographs[1].made_on", "pointer": "/photographs/1/made_on",
        "keyword": "format", "message": message.split(": ", 1)[1].removesuffix(" [format]"),
    }]
    _no_personal_data(checked.stdout, explained.stdout)


def test_a_missing_key_is_at_its_object_an_unknown_key_at_itself_a_contradiction_at_its_value() -> None:
    claims = [
        {"claim_id": "S-1", "claimant": {"kind": "natural", "deceassed": True},
         "photographs": [{"made_on": "2001-01-01"}], "contact": PERSONAL},
        {"claim_id": "C-1", "contact": PERSONAL,
         "claimant": {"kind": "natural", "born_on": "1980-01-01", "died_on": "1979-12-31"}},
    ]
    text = json.dumps(claims, indent=4)
    done = run("validate", "-", stdin=text)  # sniffed as one JSON document: an array
    assert done.returncode == 1
    unknown = "%d:%d: $.claimant: unknown key: 'deceassed' (did you mean 'deceased'?) [additionalProperties]"
    missing = "%d:%d: $.photographs[0]: required key missing: 'id' [required]"
    dead = "%d:%d: $.claimant.died_on: the date of death is before the date of birth [consistency]"
    photograph = text.rindex("{", 0, text.index('"made_on"'))  # the brace that opens it
    assert sorted(unwrapped(done.stdout)[:-1]) == sorted([
        "<stdin>:" + unknown % _position(text, '"deceassed"'),
        "<stdin>:" + missing % _position(text, photograph),
        "<stdin>:" + dead % _position(text, '"1979-12-31"'),
    ])
    _no_personal_data(done.stdout)


def test_a_column_counts_characters_after_a_byte_order_mark_and_items_that_share_a_line(
    tmp_path: Path,
) -> None:
    record = '{"contact": {"name": "Zoë Ünïcode"}, "claimant": {"kind": "human"}}'
    source = tmp_path / "marked.json"
    source.write_bytes(b"\xef\xbb\xbf" + f"[{record}, {record}]".encode())
    first = record.index('"human"') + 2  # after the "[" that opens the array
    second = first + len(record) + 2
    assert unwrapped(run("validate", str(source)).stdout) == [
        f"{source}:1:{first}: $.claimant.kind: must be one of: natural, legal [enum]",
        f"{source}:1:{second}: $.claimant.kind: must be one of: natural, legal [enum]",
        "2 records, 0 valid, 2 invalid",
    ]


# --- explain takes several files and records ----------------------------------------------


def test_explain_takes_several_files_and_records_each_headed(tmp_path: Path) -> None:
    lines = EXAMPLES.read_text("utf-8").splitlines()
    first = tmp_path / "first.jsonl"
    first.write_text(lines[0] + "\n\n" + lines[1] + "\n")
    second = tmp_path / "second.json"
    second.write_text(json.dumps([json.loads(lines[2]), {"claimant": {"kind": "human"}}], indent=2))
    done = run("explain", first.name, second.name, cwd=tmp_path)
    assert done.returncode == 1
    headings = [line for line in done.stdout.splitlines() if line.startswith("== ")]
    assert headings == [
        f"== {first.name}, line 1 (EX-001)",
        f"== {first.name}, line 3 (EX-002)",
        f"== {second.name}, line 2 (EX-003)",
        f"== {second.name}, line {_items_start(second)[1]}",
    ]
    # A heading too long for the width puts its claim id on a line of its own.
    long = tmp_path / ("a-file-name-long-enough-to-leave-no-room-for-the-claim-id" + "-" * 3
                       + ".jsonl")
    long.write_text(lines[0] + "\n")
    said = run("explain", long.name, cwd=tmp_path).stdout.splitlines()
    assert said[:2] == [f"== {long.name}, line 1", "   (EX-001)"]
    assert all(len(line) <= 80 for line in said)
    blocks = done.stdout.split("\n\n== ")
    assert len(blocks) == 4  # each record after the first is set off by a blank line
    for block in blocks[:3]:
        assert block.count("Privacy Breach Class") >= 1 and "rejected" not in block
    assert "$.claimant.kind: must be one of: natural, legal [enum]" in blocks[3]
    assert done.stderr == "classaction: 4 records read, 1 rejected\n"
    single = run("explain", first.name, cwd=tmp_path)
    assert single.returncode == 0 and single.stderr == ""
    assert single.stdout == done.stdout.split("\n\n== " + second.name)[0] + "\n"


# --- outputs ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "options", "kind"), [
    ("out.csv", [], "csv"), ("OUT.CSV", [], "csv"), ("out.jsonl", [], "jsonl"),
    ("out.ndjson", [], "jsonl"), ("out", [], "jsonl"), ("out.txt", [], "jsonl"),
    ("out.csv", ["--format", "jsonl"], "jsonl"), ("out.jsonl", ["--format", "csv"], "csv"),
    ("out.json", ["--format", "jsonl"], "jsonl"),
])
def test_the_output_name_picks_the_format_unless_format_is_given(
    tmp_path: Path, name: str, options: list[str], kind: str
) -> None:
    out = tmp_path / name
    done = run("classify", "--action", "T-724-20", str(EXAMPLES), "-o", str(out), *options)
    assert done.returncode == 0, done.stderr
    text = out.read_text("utf-8")
    if kind == "csv":
        assert text.startswith("source,line,claim_id,status,Privacy Breach Class,")
        assert len(list(csv.DictReader(io.StringIO(text)))) == N_EXAMPLES
    else:
        assert [json.loads(line)["line"] for line in text.splitlines()] == list(
            range(1, N_EXAMPLES + 1)
        )


def test_an_output_named_json_is_refused_without_format(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    done = run("classify", str(EXAMPLES), "-o", str(out))
    assert done.returncode == 2
    said = " ".join(done.stderr.split())  # wrapped to 80 columns
    assert f"classaction: -o {out}: the output is JSON Lines or CSV" in said
    assert "name the file .jsonl or .csv, or give --format" in said
    assert not out.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["out.xlsx", "OUT.XLS", "out.ods"])
def test_an_output_named_as_a_workbook_is_refused_without_format(tmp_path: Path, name: str) -> None:
    """"-o out.xlsx" wrote JSON Lines that a spreadsheet would not open (a trial's)."""
    out = tmp_path / name
    done = run("classify", str(EXAMPLES), "-o", str(out))
    assert done.returncode == 2
    said = " ".join(done.stderr.split())
    assert "the output is JSON Lines or CSV, not a workbook; name the file .csv" in said
    assert list(tmp_path.iterdir()) == []
    given = run("classify", "--action", "T-724-20", str(EXAMPLES), "-o", str(out), "--format", "csv")
    assert given.returncode == 0 and out.read_text("utf-8").startswith("source,line,claim_id,")


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
@pytest.mark.parametrize("command", ["classify", "interview"])
def test_output_files_follow_the_umask(tmp_path: Path, umask: int, mode: int, command: str) -> None:
    import os
    import stat

    out = tmp_path / "out.csv"
    out.write_text("an older file, kept 0600\n")
    out.chmod(0o600)
    args = [str(EXAMPLES), "-o", str(out)] if command == "classify" else ["--save", str(out)]
    done = subprocess.run(
        [sys.executable, "-m", "classaction", command, *args], input="2\n",
        capture_output=True, text=True, check=False, timeout=300,
        preexec_fn=lambda: os.umask(umask),
    )
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == mode
    assert "an older file" not in out.read_text("utf-8")


def test_version_prints_the_version_and_the_build() -> None:
    from classaction._version import __version__
    from classaction.engine import core

    done = run("--version")
    assert done.returncode == 0
    build = "pure Python" if core.__file__.endswith(".py") else "compiled with mypyc"
    assert done.stdout == f"classaction {__version__} ({build})\n"


def test_counts_of_one_are_singular(tmp_path: Path) -> None:
    claim = tmp_path / "claim.jsonl"
    claim.write_text(EXAMPLES.read_text("utf-8").splitlines()[3] + "\n")  # EX-004
    assert run("validate", str(claim)).stdout == "1 record, 1 valid, 0 invalid\n"
    compared = run("compare", str(claim), "--reading", "R2=any_time_up_to_as_of")
    assert compared.stdout.splitlines()[-1].startswith("1 claim compared, 1 changed outcome")


def test_validate_says_unknown_facts_are_left_out_and_how_a_date_is_written() -> None:
    record = {"claimant": {"deceased": "unknown", "born_on": "19.3.2019"}, "contact": PERSONAL}
    done = run("validate", "-", stdin=json.dumps(record))
    assert done.returncode == 1
    assert unwrapped(done.stdout) == [
        "<stdin>:1: $.claimant.deceased: must be true or false; "
        "leave the key out when the fact is unknown [type]",
        "<stdin>:1: $.claimant.born_on: is written with the day and month first: write the year "
        "first, then the month and the day, with hyphens, as 1990-04-12 [pattern]",
        "1 record, 0 valid, 1 invalid",
    ]
    _no_personal_data(done.stdout)
    # A year is a date as known: valid.
    record["claimant"] = {"born_on": "2019"}
    assert run("validate", "-", stdin=json.dumps(record)).returncode == 0


# --- the CSV: the claims administrator's view (issue 18, item 4) ------------------------------


def test_the_csv_names_each_class_and_its_next_questions_in_words(tmp_path: Path) -> None:
    claimant = {"kind": "natural", "born_on": "1980-01-01", "deceased": False,
                "residence": [{"start": "1980-01-01", "ongoing": True}]}
    photographs = [{"id": f"p{n}", "claimant_face_appears": True, "collected_by_clearview": True}
                   for n in range(1, 1001)]
    source = tmp_path / "claims.jsonl"
    source.write_text(
        json.dumps({"claim_id": "BIG", "claimant": claimant, "photographs": photographs}) + "\n"
        + '{"claimant": {"kind": "human"}}\n'
    )
    out = tmp_path / "out.csv"
    assert run("classify", "--action", "T-724-20", str(source), "-o", str(out)).returncode == 1
    text = out.read_text("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    names = ["Privacy Breach Class", "Targeted Individuals Class", "Copyright Infringement Class"]
    assert rows[0] == ["source", "line", "claim_id", "status",
                       *[c for n in names for c in (n, f"{n}: why")], "open questions", "errors",
                       "warnings"]
    big = dict(zip(rows[0], rows[1], strict=True))
    assert (big["claim_id"], big["status"]) == ("BIG", "accepted")
    assert big["Privacy Breach Class"] == "MEMBER"
    assert big["Privacy Breach Class: why"].endswith(
        "has a face that appears in a photograph collected by Clearview: photograph p1, "
        "photograph p2, photograph p3 and 997 more"
    )
    assert big["Copyright Infringement Class"] == "UNDETERMINED"
    assert big["Copyright Infringement Class: why"] == (
        "not known: holds copyright or moral rights in a photograph collected by Clearview "
        "(facts of 1,000 photographs the record leaves out)"
    )
    questions = big["open questions"].split(" | ")
    assert len(questions) == 6 and all(q.endswith(")") for q in questions[:5])
    assert questions[0].endswith("(for Targeted Individuals)")  # the one question it lacks
    assert all("photograph p" in q for q in questions[1:5])  # the item is named
    assert all(q.endswith("(for Copyright Infringement)") for q in questions[1:5])
    assert re.fullmatch(r"\.\.\. and \d+ more", questions[5])
    assert "/photographs/" not in text  # words, not pointers
    assert len(text) < 2_000  # was 180 kB with every pointer of every class in one cell
    # The JSON Lines output keeps the pointers and all the questions.
    determined = json.loads(run("classify", "--action", "T-724-20", str(source)).stdout.splitlines()[0])
    ci = determined["determination"]["classes"][2]
    assert len(ci["missing"]) + 1 == 5 + int(questions[5].split()[2])  # and the one of TI
    assert [m["question"] + " (for Copyright Infringement)" for m in ci["missing"][:4]] == (
        questions[1:5]
    )
    bad = dict(zip(rows[0], rows[2], strict=True))
    assert bad["status"] == "rejected"
    assert bad["errors"] == "$.claimant.kind: must be one of: natural, legal"
    assert all(bad[n] == bad[f"{n}: why"] == "" for n in names) and bad["open questions"] == ""


def test_the_csv_shows_every_question_when_there_are_five_or_fewer() -> None:
    rows = list(csv.DictReader(io.StringIO(run("classify", str(EXAMPLES), "--format", "csv").stdout)))
    cells = [row["open questions"] for row in rows]
    assert any(cell for cell in cells)
    for cell in cells:
        if cell and "more" not in cell:
            assert len(cell.split(" | ")) <= 5


def test_the_csv_says_why_each_class_came_out_as_it_did() -> None:
    """An administrator reads why from the CSV alone: what qualified, the condition not met in
    the action's words, or what is not known; and a question serving several classes once."""
    rows = {row["claim_id"]: row for row in csv.DictReader(io.StringIO(
        run("classify", "--action", "T-724-20", str(EXAMPLES), "--format", "csv").stdout))}
    assert rows["EX-004"]["Privacy Breach Class"] == "NOT_MEMBER"
    assert rows["EX-004"]["Privacy Breach Class: why"] == (
        "not a resident or citizen of Canada on 2020-07-08"
    )
    assert rows["EX-002"]["Targeted Individuals Class: why"] == (
        "had a photograph used by the RCMP to use Clearview's services: police use 1 (of "
        "photograph p1)"
    )
    assert rows["EX-015"]["Privacy Breach Class: why"].startswith("not known: ")
    death = [q for q in rows["EX-015"]["open questions"].split(" | ") if "died" in q]
    assert death == [
        "Has the claimant died? If so: Did the claimant die before 8 July 2020? (for Privacy "
        "Breach)"  # the other classes are settled without it
    ]
    shared = [q for q in rows["EX-016"]["open questions"].split(" | ") if "born" in q]
    # Every class of the action, said so, not named one by one (a trial's administrator read
    # six names in question after question); some of them named.
    assert shared and shared[0].endswith("(for every class)")
    from classaction.present.text import served_words

    def _served(classes: tuple[str, ...], names: dict[str, str]) -> str:
        return served_words(classes, names, ", ".join)  # as the CSV joins them

    names = {"PB": "Privacy Breach", "TI": "Targeted Individuals", "CI": "Copyright Infringement"}
    assert _served(("CI", "PB"), names) == "Privacy Breach, Copyright Infringement"
    assert _served(("CI", "PB", "TI"), names) == "every class"
    assert _served(("B/Z", "A/X", "A/Y"), {"A/X": "X", "A/Y": "Y", "B/Z": "Z"}) == (
        "all of A, Z"
    )
    every = {row["claim_id"]: row for row in csv.DictReader(io.StringIO(
        run("classify", str(EXAMPLES), "--format", "csv").stdout))}
    cell = every["EX-016"]["open questions"]
    assert "(for all of MDL-2967)" not in cell  # one action of several: by its own part
    assert " || MDL-2967: " in cell and "(for every class)" in cell.split(" || MDL-2967: ")[1]
    assert "Nationwide, Illinois Subclass, California Subclass" not in cell
    for row in rows.values():
        for name in ("Privacy Breach Class", "Targeted Individuals Class"):
            assert row[f"{name}: why"], (row["claim_id"], name)


def test_the_csv_why_names_a_condition_met_by_the_claimant_s_statement(tmp_path: Path) -> None:
    """A condition met by what the claimant states of items not listed is named with the
    statement's words (the CSV reads the outline, which keeps the facts of a criterion met
    though no item qualifies), in T-724-20 and in MDL 2967 alike."""
    rows = {row["claim_id"]: row for row in csv.DictReader(io.StringIO(
        run("classify", "--action", "T-724-20", str(EXAMPLES), "--format", "csv").stdout))}
    assert rows["EX-020"]["Privacy Breach Class: why"] == (
        "is a resident or citizen of Canada: period 1 of residence; has a face that appears in "
        "a photograph collected by Clearview: the claimant states that a photograph collected by "
        "Clearview shows their face"
    )
    said = {
        "claim_id": "S-1",
        "claimant": {"kind": "natural", "born_on": "1980-01-01", "deceased": False,
                     "residence": [{"start": "1980-01-01", "ongoing": True, "country": "US",
                                    "subdivision": "US-TX"}],
                     "residence_complete_for": ["CA", "US"], "citizenship": []},
        "photographs": [], "police_uses": [],
        "statements": {"holds_rights_in_unlisted_collected_photograph": True,
                       "unlisted_database_image_depicts_claimant": True},
    }
    source = tmp_path / "said.jsonl"
    source.write_text(json.dumps(said) + "\n")
    row = next(csv.DictReader(io.StringIO(run("classify", str(source), "--format", "csv").stdout)))
    assert row["T-724-20 Copyright Infringement Class"] == "MEMBER"
    assert row["T-724-20 Copyright Infringement Class: why"] == (
        "holds copyright or moral rights in a photograph collected by Clearview: the claimant "
        "states that they hold rights in a photograph collected by Clearview"
    )
    assert row["MDL-2967 Nationwide Class"] == "MEMBER"
    assert row["MDL-2967 Nationwide Class: why"] == (
        "resides or resided in the United States: period 1 of residence; has an image of their "
        "face, or measurements of their face, that is or was in Clearview's database: the "
        "claimant states that an image of their face not listed is or was in Clearview's "
        "biometric database"
    )


def test_a_rejection_says_the_same_wherever_its_record_is_so_the_cache_can_keep_it(
    tmp_path: Path,
) -> None:
    broken = ['{"claimant": {"kind": natural}}', *json.dumps(_claim("P-1"), indent=2).splitlines()]
    good = EXAMPLES.read_text("utf-8").splitlines()[:3]
    first, moved = tmp_path / "first.jsonl", tmp_path / "moved.jsonl"
    first.write_text("\n".join([*broken, *good]) + "\n")
    moved.write_text("\n".join(["", *good, *broken]) + "\n")
    cache = str(tmp_path / "lines.cache")
    assert run("classify", str(first), "-o", str(tmp_path / "a.jsonl"), "--cache", cache).returncode == 1
    again = run("classify", str(moved), "-o", str(tmp_path / "b.jsonl"), "--cache", cache)
    assert f"reused from the cache: {2 + len(good)} of {2 + len(good)}" in again.stderr
    assert run("classify", str(moved), "-o", str(tmp_path / "c.jsonl")).returncode == 1
    assert (tmp_path / "b.jsonl").read_text("utf-8") == (tmp_path / "c.jsonl").read_text("utf-8")
    records = [json.loads(line) for line in (tmp_path / "c.jsonl").read_text("utf-8").splitlines()]
    assert [r["line"] for r in records] == [2, 3, 4, 5, 6]
    assert records[3]["errors"][0]["message"].startswith(
        'not valid JSON: a value that is not JSON: text goes in double quotes ("), and true, false '
        "and numbers are written bare (column 23)"
    )


def test_a_usage_error_fits_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    # An unknown reading lists every action asked about: one line of some 150 columns before.
    examples = Path(__file__).resolve().parents[1] / "examples" / "claims.jsonl"
    assert main(["classify", "-r", "nonsense=1", str(examples)]) == 2
    said = capsys.readouterr().err
    assert "unknown reading 'nonsense'" in said
    assert all(len(line) <= 80 for line in said.splitlines())


def test_a_record_the_library_fails_on_keeps_its_line_and_ends_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A fault of the library on one record (here made to happen) must not end the batch: the
    # record is output once, not judged, with the kind of fault and no value of the record.
    from classaction.engine import bundle

    real = bundle.determine_with

    def failing(rules, claim, *args):  # type: ignore[no-untyped-def]
        if claim.claim_id == "EX-002":
            raise OverflowError("date value out of range: Jane Roe")
        return real(rules, claim, *args)

    monkeypatch.setattr(bundle, "determine_with", failing)
    target = tmp_path / "out.csv"
    code = main(["classify", str(EXAMPLES), "-o", str(target), "--action", "T-724-20"])
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [row["line"] for row in rows] == [str(n) for n in range(1, N_EXAMPLES + 1)]
    failed = [row for row in rows if row["claim_id"] == "EX-002"]
    assert failed[0]["status"] == "rejected"
    assert "the library failed on this record (OverflowError)" in failed[0]["errors"]
    assert "Jane" not in target.read_text("utf-8")
    assert code != 0 and "Traceback" not in capsys.readouterr().err
    main(["explain", str(EXAMPLES)])
    explained = capsys.readouterr().out
    assert "The library failed on this record; it was not judged:" in explained
    assert explained.count("== ") == N_EXAMPLES and "Jane" not in explained


def test_a_likely_slip_in_an_accepted_record_is_told_in_the_classify_output(tmp_path: Path) -> None:
    """validate and explain warned of a period still going on for a claimant who has died; the
    CSV and the JSON Lines of classify, the administrator's outputs, said nothing of it. Now
    its row and record say it, with the path and never a value; the outcome is as before."""
    examples = Path(__file__).resolve().parents[1] / "examples" / "claims.jsonl"
    lines = examples.read_text("utf-8").splitlines()
    warned = [line for line in lines if '"deceased": true' in line and '"ongoing": true' in line]
    assert warned
    source = tmp_path / "claims.jsonl"
    source.write_text("\n".join([warned[0], lines[0]]) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    done = run("classify", str(source), "-o", str(out))
    assert done.returncode == 0
    counted = ("records read: 2, accepted: 2, rejected: 0\n"
               "accepted with a warning (likely a slip, read as given): 1\n")
    assert counted in done.stderr
    # A line reused from the cache is counted alike.
    for _ in range(2):
        again = run("classify", str(source), "-o", str(tmp_path / "again.csv"),
                    "--cache", str(tmp_path / "lines.db"))
        assert counted in again.stderr and "reused from the cache" in again.stderr
    assert "reused from the cache: 2 of 2" in again.stderr
    head, *body = list(csv.reader(io.StringIO(out.read_text("utf-8"))))
    rows = [dict(zip(head, row, strict=True)) for row in body]
    assert rows[0]["warnings"].startswith("$.claimant.residence[0].ongoing: the claimant has died")
    assert rows[0]["errors"] == "" and rows[0]["status"] == "accepted"
    assert rows[1]["warnings"] == ""
    jsonl = [json.loads(line) for line in run("classify", str(source)).stdout.splitlines()]
    assert jsonl[0]["warnings"] == [{
        "path": "$.claimant.residence[0].ongoing", "pointer": "/claimant/residence/0/ongoing",
        **{k: v for k, v in jsonl[0]["warnings"][0].items() if k not in ("path", "pointer")},
    }]
    assert "the claimant has died" in jsonl[0]["warnings"][0]["message"]
    assert "warnings" not in jsonl[1]


BAD_TWIN = '{"claim_id": "EX-002", "claimant": {"kind": "human"}}'


def test_validate_tells_a_claim_id_given_again_without_repeating_it(tmp_path: Path) -> None:
    """Two records under one claim id (a claim entered twice) passed validate silently. The
    later one is warned of, with the place of the first and not the id; the records stay valid
    and the exit status is not changed."""
    examples = Path(__file__).resolve().parents[1] / "examples" / "claims.jsonl"
    first, second = examples.read_text("utf-8").splitlines()[:2]
    source = tmp_path / "claims.jsonl"
    source.write_text("\n".join([first, second, first, BAD_TWIN]) + "\n")
    done = run("validate", str(source))
    assert done.returncode == 1  # the last record is invalid, and only for that
    assert f"{source}:3: $.claim_id: warning: the record at line 1 has the same claim id" in (
        " ".join(done.stdout.split())
    )
    # The invalid one too, beside its errors (a trial's administrator learned of a rejected
    # record's repeated id only once it was mended).
    assert "EX-001" not in done.stdout and done.stdout.count("[duplicate]") == 2
    assert done.stdout.endswith("4 records, 3 valid, 1 invalid; 2 with a warning\n")


def test_an_id_of_spaces_is_refused_and_not_compared_with_another(tmp_path: Path) -> None:
    """A trial's administrator: "claim_id": "  " was accepted where "" was refused, and told
    that an earlier (rejected) record's id differed from it only in spaces."""
    source = tmp_path / "claims.jsonl"
    source.write_text('{"claim_id": "  "}\n{"claim_id": ""}\n{"claim_id": " "}\n')
    said = " ".join(run("validate", str(source)).stdout.split())
    assert said.count("$.claim_id: is empty or only spaces: give the claim the administrator's own "
                      "reference [pattern]") == 3
    assert "[duplicate]" not in said and said.endswith("3 records, 0 valid, 3 invalid")


def test_classify_tells_a_claim_id_given_again_as_validate_does(tmp_path: Path) -> None:
    """validate told a claim id given twice; classify did not, and an administrator keying a
    spreadsheet on claim ids merged two claimants. Its CSV and JSON Lines give the later record
    the warning validate gives, with --jobs, and from a cache too; the rest of the line is as
    that record's alone would be."""
    examples = Path(__file__).resolve().parents[1] / "examples" / "claims.jsonl"
    first, second = examples.read_text("utf-8").splitlines()[:2]
    source = tmp_path / "claims.jsonl"
    source.write_text("\n".join([first, second, first, BAD_TWIN]) + "\n")
    said = "the record at line 1 has the same claim id: give each claim its own"
    alone = tmp_path / "alone.jsonl"
    alone.write_text(first + "\n")
    for jobs in ("1", "2"):
        done = run("classify", str(source), "--format", "csv", "--jobs", jobs)
        rows = list(csv.reader(io.StringIO(done.stdout)))
        # The rejected record last is told too ("line 2": BAD_TWIN has the second's id).
        twin = "the record at line 2 has the same claim id: give each claim its own"
        assert [row[-1] for row in rows[1:]] == ["", "", f"$.claim_id: {said}",
                                                 f"$.claim_id: {twin}"], jobs
        assert "accepted with a warning (likely a slip, read as given): 1" in done.stderr
        # Counted in the summary too, whose counts are of records (one claimant counted twice).
        assert "of which 1 repeats an earlier record's claim id: both are in the counts below" \
            in done.stderr
        lines = [json.loads(line) for line in run("classify", str(source), "-j", jobs).stdout.splitlines()]
        assert [[w["message"] for w in r.get("warnings", [])] for r in lines] == [
            [], [], [said], [twin]
        ]
        once = json.loads(run("classify", str(alone)).stdout)
        assert {k: v for k, v in lines[2].items() if k not in ("line", "source", "warnings")} == {
            k: v for k, v in once.items() if k not in ("line", "source")
        }
    # Lines reused from a cache are told too, and the cache keeps them without the warning.
    cache = tmp_path / "lines.cache"
    for _ in range(2):
        done = run("classify", str(source), "--format", "csv", "--cache", str(cache))
        assert [row[-1] for row in csv.reader(io.StringIO(done.stdout))][1:] == [
            "", "", f"$.claim_id: {said}", f"$.claim_id: {twin}"
        ]
    assert "reused from the cache: 4 of 4" in done.stderr


def test_claim_ids_are_kept_compactly_and_a_repeat_is_found_after_the_table_grows() -> None:
    from classaction.cli.inputs import ClaimIds, RawRecord

    ids = ClaimIds()
    for n in range(5000):  # the table starts at 1,024 slots: it grows three times
        assert ids.warning(RawRecord("a.jsonl", n + 1, b""), f"C-{n}") == ()
    (again,) = ids.warning(RawRecord("b.jsonl", 7, b""), "C-4321")
    assert again.message == "the record at a.jsonl, line 4322 has the same claim id: give each claim its own"
    assert again.line == 7
    # In a JSON document, the place of the first record has its column.
    assert ids.warning(RawRecord("c.json", 3, b"", 5), "X") == ()
    (placed,) = ids.warning(RawRecord("c.json", 9, b"", 1), "X")
    assert placed.message.startswith("the record at line 3, column 5 has the same claim id")


def test_a_claim_id_differing_only_in_capitals_or_spaces_is_told(tmp_path: Path) -> None:
    """A trial's "ex-003" beside "EX-003", "EX-004 " and " EX-004" beside "EX-004", and one with
    a no-break space were accepted unremarked, though a spreadsheet's lookup takes each for the
    other: the later record is warned, naming the earlier's place, never the id."""
    ids = ["EX-003", "ex-003", "EX-004", "EX-004 ", " EX-004", "EX 009", "EX\u00a0009", "EX-0O3"]
    source = tmp_path / "claims.jsonl"
    source.write_text("".join(json.dumps(_claim(i)) + "\n" for i in ids), encoding="utf-8")
    done = run("classify", str(source), "--format", "csv", "--action", "T-724-20")
    warned = [row["warnings"] for row in csv.DictReader(io.StringIO(done.stdout))]
    alike = "has a claim id that differs from this one only in capitals or spaces: give each"
    assert [f"the record at line {n}" in w and alike in w for n, w in zip(
        [0, 1, 0, 3, 3, 0, 6, 0], warned, strict=True)] == [
        False, True, False, True, True, False, True, False,  # "EX-0O3" is another id
    ]
    said = run("validate", str(source)).stdout
    assert said.count("only in capitals or spaces") == 4
    assert "ex-003" not in said and "EX-004 " not in said
    # The same id given again is told as such, not as one alike.
    again = tmp_path / "again.jsonl"
    again.write_text((json.dumps(_claim("EX-004 ")) + "\n") * 2)
    assert "has the same claim id" in run("validate", str(again)).stdout


def _told(ids: Any, given: list[tuple[str, int, str]]) -> list[tuple[str, ...]]:
    from classaction.cli.inputs import RawRecord

    return [
        tuple(w.message for w in ids.warning(RawRecord(source, line, b""), claim_id))
        for source, line, claim_id in given
    ]


def test_claim_ids_beyond_memory_go_to_a_temporary_database_and_are_told_the_same() -> None:
    """Kept in memory, a million ids took 48 MiB while the table grew: beyond ``in_memory``
    slots they are kept in a temporary SQLite database, and every repeat is told as before."""
    import random

    from classaction.cli.inputs import ClaimIds

    rng = random.Random(28)
    given = [(rng.choice(["a.jsonl", "b.json"]), n + 1, f"C-{rng.randrange(6000)}")
             for n in range(8000)]
    kept, spilled = ClaimIds(in_memory=1 << 30), ClaimIds(in_memory=2048)
    told = _told(kept, given)
    assert _told(spilled, given) == told
    assert kept._spilled is None and spilled._spilled is not None
    assert len(spilled._keys) == 0  # the arrays were let go
    assert 1000 < sum(map(bool, told)) < 8000  # repeats, within and across files, are told
    assert any("b.json, line" in m for (m,) in (t for t in told if t))


def test_claim_ids_go_back_to_memory_when_their_database_cannot_grow() -> None:
    """A full disk in the middle of a run: the ids kept in the database are read back into
    memory and the run goes on, every repeat still told."""
    import sqlite3

    from classaction.cli.inputs import ClaimIds

    # 3,000 ids given twice, then 10,000 more: the table grows in memory after the failure.
    given = [("a.jsonl", n + 1, f"C-{n % 3000 if n < 6000 else n}") for n in range(16000)]
    ids = ClaimIds(in_memory=2048)
    told = _told(ids, given[:2500])
    db = ids._spilled

    class Full:
        def execute(self, sql: str, *args: Any) -> Any:
            if sql.startswith("INSERT"):
                raise sqlite3.OperationalError("database or disk is full")
            return db.execute(sql, *args)

        def close(self) -> None:
            db.close()

    ids._spilled = Full()
    told += _told(ids, given[2500:])
    assert ids._spilled is None and len(ids._keys) >= 16384  # grown in memory, not spilled again
    assert told == _told(ClaimIds(in_memory=1 << 30), given)
    assert sum(map(bool, told)) == 3000


def test_a_million_claim_ids_take_little_memory() -> None:
    """The parent of a run keeps every claim id: a million of them raised its peak by about
    56 MiB in memory alone, and by about 3 MiB with the database (the test allows 12)."""
    script = (
        "import resource\n"
        "from classaction.cli.inputs import ClaimIds, RawRecord\n"
        "ids = ClaimIds()\n"
        "raw = RawRecord('claims.jsonl', 1, b'')\n"
        "ids.warning(raw, 'warm-up')\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "told = sum(bool(ids.warning(raw, f'C-{n:08d}')) for n in range(1_000_000))\n"
        "told += sum(bool(ids.warning(raw, f'C-{n:08d}')) for n in range(0, 1_000_000, 999))\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(told, (after - before) // 1024)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, timeout=300)
    told, grown = map(int, done.stdout.split())
    assert told == len(range(0, 1_000_000, 999))
    assert grown < 12, f"{grown} MiB"


def test_the_help_names_every_action_known() -> None:
    # It said "the T-724-20 action" while every command speaks of every action by default.
    from classaction import actions

    done = run("--help")
    said = " ".join(done.stdout.split())
    for bundle in actions.bundles().values():
        assert f"{bundle.id} ({bundle.action.style_of_cause[-1].title})" in said


def test_each_command_s_help_speaks_of_what_it_does_and_fits_80_columns() -> None:
    """`action --help` and `schema --help` gave the exit statuses of commands that read claim
    records ("every record valid"), and said of `action --action` "or for the 'action' page";
    `interview --help` broke "interview-" at its hyphen."""
    import os

    env = {**os.environ, "COLUMNS": "80"}
    helps = {}
    for command in ("action", "schema", "validate", "classify", "explain", "compare", "interview"):
        done = subprocess.run(
            [sys.executable, "-m", "classaction", command, "--help"], capture_output=True,
            text=True, check=False, cwd=ROOT, timeout=60, env=env,
        )
        assert done.returncode == 0, command
        assert max(len(line) for line in done.stdout.splitlines()) <= 79, command
        helps[command] = done.stdout
    for command in ("action", "schema"):
        assert "record" not in helps[command].split("exit status:")[1], command
    said = {command: " ".join(text.split()) for command, text in helps.items()}
    assert "'action' page" not in said["action"] and "default: T-724-20;" in said["action"]
    assert "'action' page" not in said["explain"] and "default: every action known;" in said["explain"]
    assert "interview-\n" not in helps["interview"]


def test_the_csv_why_of_a_company_says_it_is_one(tmp_path: Path) -> None:
    """"not a natural person alive on 2020-07-08" read, to an administrator, as if the company
    had died; a person who died before it is told apart."""
    source = tmp_path / "claims.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in [
        {"claim_id": "CO", "claimant": {"kind": "legal"}},
        {"claim_id": "DEAD", "claimant": {"kind": "natural", "born_on": "1950-01-01",
                                          "deceased": True, "died_on": "2019-03-01"}},
        {"claim_id": "LATER", "claimant": {"kind": "natural", "born_on": "2021-02-02"}},
    ]) + "\n")
    done = run("classify", str(source), "--format", "csv", "--action", "T-724-20")
    rows = {row["claim_id"]: row for row in csv.DictReader(io.StringIO(done.stdout))}
    company = "not a natural person alive on 2020-07-08 (a legal person: a company or other organisation)"
    assert rows["CO"]["Privacy Breach Class: why"] == company
    # A natural person who died is one not alive then, as the Copyright class says it too
    # (and of whose heir, there).
    dead = "a natural person not alive on 2020-07-08"
    assert rows["DEAD"]["Privacy Breach Class: why"] == dead
    assert rows["DEAD"]["Copyright Infringement Class: why"].startswith(dead + " (copyright and")
    # One born after it is not yet born then: "not alive" read to a later trial's administrator
    # as a death.
    later = "a natural person not yet born on 2020-07-08"
    assert rows["LATER"]["Privacy Breach Class: why"] == later
    assert rows["LATER"]["Copyright Infringement Class: why"] == later


def test_the_csv_why_of_a_company_under_both_rights_says_it_holds_no_moral_rights(
    tmp_path: Path,
) -> None:
    """Under R3 = both, a company's Copyright Infringement cell said only "not met: holds both
    copyright and moral rights (R3) ...", and not why, which explain gives: a legal person
    holds no moral rights (s. 14.1(1)). Not said of a natural person, nor under R3's default,
    whose condition asks either right."""
    source = tmp_path / "claims.jsonl"
    photo = {"id": "p1", "collected_by_clearview": True, "claimant_face_appears": False,
             "made_on": "2018-06-01", "author": "other", "made_in_course_of_employment": True,
             "employer": "claimant", "transfers": []}
    closed = {"holds_rights_in_unlisted_collected_photograph": False}
    source.write_text("\n".join(json.dumps(r) for r in [
        {"claim_id": "CO", "claimant": {"kind": "legal"}, "photographs": [photo],
         "statements": closed},
        {"claim_id": "NAT", "claimant": {"kind": "natural", "born_on": "1980-01-01",
                                         "deceased": False},
         "photographs": [dict(photo, employer="other")], "statements": closed},
    ]) + "\n")
    column = "Copyright Infringement Class: why"

    def rows(*readings: str) -> dict[str, dict[str, str]]:
        done = run("classify", str(source), "--format", "csv", "--action", "T-724-20", *readings)
        return {row["claim_id"]: row for row in csv.DictReader(io.StringIO(done.stdout))}

    both = rows("-r", "R3=both")
    assert both["CO"][column] == (
        "not met: holds both copyright and moral rights (R3) in one photograph collected by "
        "Clearview (a legal person holds no moral rights)"
    )
    assert "legal person" not in both["NAT"][column]
    assert "moral rights)" not in rows()["CO"][column]


def test_the_csv_why_of_183_days_names_the_periods_not_the_postings_statement(
    tmp_path: Path,
) -> None:
    """MDL-2967: an eligible member's 183 days in a row were said met by "the claimant states
    that every public posting of their face is listed" (a statement the window's opening
    reads), which a trial's administrator read as the reason; the periods of residence that
    make the days are named, and only those in the United States."""
    from conftest import load_cases

    cases = {case["name"]: case for case in load_cases("mdl-2967.json")}
    lifelong = dict(cases["mdl-illinois-lifelong"]["claim"], claim_id="IL")
    moved = json.loads(json.dumps(lifelong))
    moved["claim_id"] = "MOVED"
    moved["claimant"]["residence"] = [
        {"country": "CA", "start": "1985-03-02", "end": "2009-12-31"},
        {"country": "US", "subdivision": "US-IL", "start": "2010-01-01", "ongoing": True},
    ]
    source = tmp_path / "claims.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in (lifelong, moved)) + "\n")
    done = run("classify", str(source), "--format", "csv", "--action", "MDL-2967")
    rows = {row["claim_id"]: row for row in csv.DictReader(io.StringIO(done.stdout))}
    days = ("resided in the United States for at least 183 consecutive days between the "
            "posting of their face and 2024-06-21: ")
    column = "Eligibility to claim a Settlement Payment: why"
    assert rows["IL"][column].endswith(days + "period 1 of residence")
    assert rows["MOVED"][column].endswith(days + "period 2 of residence")
    assert "postings" not in rows["IL"][column] and "listed" not in rows["IL"][column]


def test_the_csv_why_of_two_alternatives_open_says_each_apart(tmp_path: Path) -> None:
    """T-713-20's class is met by either of two alternatives. With both open, the why listed
    their conditions in one run ("is a natural person alive ...; ...; is a legal person, or a
    natural person alive ..."), which a trial's administrator read as a condition and its
    contrary; each alternative is said apart. A company, which fails the first, is told the
    second's alone."""
    person = {"claim_id": "P", "claimant": {"kind": "natural", "born_on": "1985-03-02",
                                            "residence": [{"start": "1985-03-02", "ongoing": True}]},
              "photographs": [{"id": "p1", "collected_by_clearview": True, "author": "other",
                               "made_on": "2018-06-01", "transfers": []}]}
    company = dict(person, claim_id="C", claimant={"kind": "legal"})
    source = tmp_path / "claims.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in (person, company)) + "\n")
    done = run("classify", str(source), "--format", "csv", "--action", "T-713-20")
    rows = {row["claim_id"]: row for row in csv.DictReader(io.StringIO(done.stdout))}
    column = "Authors and Grantees Class [paraphrase]: why"
    assert rows["P"][column] == (
        "not known, either of: [is a natural person alive on the as-of date (an author is a "
        "natural person); is the author of a photograph collected by Clearview and has not "
        "assigned or licensed their copyright in it] or [is a legal person, or a natural person "
        "alive on the as-of date; received by assignment or licence the copyright of such an "
        "author in a photograph collected by Clearview]"
    )
    assert rows["C"][column].startswith("not known: ") and "[" not in rows["C"][column]


def test_a_claim_id_of_a_rejected_record_given_again_is_told(tmp_path: Path) -> None:
    """A rejected record's claim id, read again on an accepted one, passed silently: corrected,
    the rejected record would be a second claim under one key. validate, classify and explain
    tell it of the later record, accepted or rejected (a trial's administrator learned of a
    rejected record's repeated id only once it was mended)."""
    source = tmp_path / "claims.jsonl"
    source.write_text("\n".join([
        '{"claim_id": "D-1", "claimant": {"kind": null}}',
        '{"claim_id": "D-1", "claimant": {"kind": "natural"}}',
        '{"claim_id": "D-1", "claimant": {"kind": "human"}}',
    ]) + "\n")
    said = "the record at line 1 has the same claim id: give each claim its own"
    checked = " ".join(run("validate", str(source)).stdout.split())
    assert f"{source}:2: $.claim_id: warning: {said} [duplicate]" in checked
    assert f"{source}:3: $.claim_id: warning: {said} [duplicate]" in checked
    assert checked.count("[duplicate]") == 2
    rows = list(csv.reader(io.StringIO(run("classify", str(source), "--format", "csv").stdout)))
    assert [row[-1] for row in rows[1:]] == ["", f"$.claim_id: {said}", f"$.claim_id: {said}"]
    explained = " ".join(run("explain", str(source), "--action", "T-724-20").stdout.split())
    assert f"line 2: $.claim_id: {said} [duplicate]" in explained
    assert f"line 3: $.claim_id: warning: {said} [duplicate]" in explained  # after its errors


def test_a_claim_id_a_spreadsheet_would_run_is_written_as_text(tmp_path: Path) -> None:
    """A claim id of "=HYPERLINK(...)" became a live formula in a spreadsheet (a trial's
    administrator): the id is the one cell of a row a claimant's words may fill."""
    ids = ['=HYPERLINK("http://x","click")', "+1", "@SUM(A1)", "-x", "-5", "-2.5", "-1e5", "OK-1"]
    source = tmp_path / "ids.jsonl"
    source.write_text("".join(
        json.dumps({"claim_id": i, "claimant": {"kind": "natural"}}) + "\n" for i in ids
    ), encoding="utf-8")
    done = run("classify", "--action", "T-724-20", "--format", "csv", str(source))
    assert done.returncode == 0, done.stderr
    written = [row["claim_id"] for row in csv.DictReader(io.StringIO(done.stdout))]
    assert written == [
        '\'=HYPERLINK("http://x","click")', "'+1", "'@SUM(A1)", "'-x", "-5", "-2.5", "-1e5",
        "OK-1",
    ]
    # Only the spreadsheet's view: the JSON Lines keep each id as given.
    lines = run("classify", "--action", "T-724-20", str(source)).stdout.splitlines()
    assert [json.loads(line)["claim_id"] for line in lines] == ids
    # No character of a row is outside ASCII but the record's own (an ellipsis was garbled).
    assert all(ord(c) < 128 for c in done.stdout)
    # A file's name is a cell too.
    named = tmp_path / "=1+2.jsonl"
    named.write_text(source.read_text("utf-8").splitlines()[0] + "\n", encoding="utf-8")
    done = run("classify", "--format", "csv", named.name, cwd=tmp_path)
    assert [row["source"] for row in csv.DictReader(io.StringIO(done.stdout))] == ["'=1+2.jsonl"]


def test_classify_refuses_to_write_over_an_input_or_its_own_output(tmp_path: Path) -> None:
    """`classify good.jsonl -o good.jsonl` replaced the claims with their determinations,
    exit status 0 (a trial's administrator); so did a link to it, and --report on -o's file."""
    claims = tmp_path / "good.jsonl"
    kept = EXAMPLES.read_text("utf-8").splitlines()[0] + "\n"
    claims.write_text(kept)
    (tmp_path / "link.jsonl").symlink_to(claims)
    for args, said in (
        (["-o", "good.jsonl"], "-o names an input file (good.jsonl)"),
        (["-o", "link.jsonl"], "-o names an input file (good.jsonl)"),
        (["-o", "out.jsonl", "--report", "good.jsonl"], "--report names an input file"),
        (["-o", "x.csv", "--report", "x.csv"], "-o and --report name the same file"),
    ):
        done = run("classify", "good.jsonl", *args, cwd=tmp_path)
        assert done.returncode == 2, args
        assert said in " ".join(done.stderr.split()), args
        assert claims.read_text() == kept and not (tmp_path / "x.csv").exists()
    assert run("classify", "good.jsonl", "-o", "out.csv", cwd=tmp_path).returncode == 0


def test_a_record_refused_for_text_after_it_or_a_byte_not_utf8_keeps_its_claim_id(
    tmp_path: Path,
) -> None:
    """Rows of a trial's administrator had no claim id though the line plainly held it: a
    record with a note after its closing brace, and one with a name saved as Latin-1."""
    source = tmp_path / "claims.jsonl"
    source.write_bytes(
        b'{"claim_id": "T-1", "claimant": {"kind": "natural"}} note: call back\n'
        b'{"claim_id": "L-2", "contact": {"name": "Zo\xe9"}}\n'
        b'{"claim_id": "L\xe9-3"}\n'  # a byte of the id itself: not told
    )
    done = run("classify", "--format", "csv", str(source))
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [(r["claim_id"], r["status"]) for r in rows] == [
        ("T-1", "rejected"), ("L-2", "rejected"), ("", "rejected")
    ]
    assert "Zo" not in done.stdout and "call back" not in done.stdout
    # No JSON at all, the id its first key whole on the line: a trailing comma, a comment, a
    # record cut at a line break (a later trial's); an id in the form of a name still withheld.
    broken = tmp_path / "broken.jsonl"
    broken.write_text(
        '{"claim_id": "INT-015", "claimant": {"kind": "natural",}}\n'
        '{ "claim_id" : "INT-\\u0030", "claimant": {} // checked\n'
        '{"claim_id": "INT-018", "claimant": {"kind": "natural",\n'
        ' "born_on": "1977"}}\n'
        '{"claim_id": "Marie Tremblay", "claimant": {"kind": "natural",}}\n'
        '{"claimant": {}, "claim_id": "INT-019",}\n'
    )
    rows = list(csv.DictReader(io.StringIO(run("classify", "--format", "csv", str(broken)).stdout)))
    assert [(r["line"], r["claim_id"], r["status"]) for r in rows] == [
        ("1", "INT-015", "rejected"), ("2", "INT-0", "rejected"), ("3", "INT-018", "rejected"),
        ("5", "", "rejected"), ("6", "", "rejected"),
    ]
    # Several records in one .json document, one of them broken: one row, whose id is none
    # of theirs (all sound, each is read: test_a_json_file_of_one_record_a_line_reads_each).
    two = tmp_path / "two.json"
    two.write_text('{"claim_id": "A"}\n{"claim_id": "B"\n')
    (row,) = csv.DictReader(io.StringIO(run("classify", "--format", "csv", str(two)).stdout))
    assert row["claim_id"] == ""


def test_an_as_of_date_given_to_several_actions_is_said_to_move_each(tmp_path: Path) -> None:
    """A trial's administrator moved MDL-2967's as-of date (its settlement's preliminary
    approval, 2024-06-21) with --as-of, meaning T-724-20's, and was told nothing."""
    source = tmp_path / "claims.jsonl"
    source.write_text(json.dumps(_claim("A-1")) + "\n")
    for command in ("classify", "explain"):
        done = run(command, str(source), "--as-of", "2021-01-01")
        said = " ".join(done.stderr.split())
        assert ("--as-of 2021-01-01 is the as-of date of every action here (their own: "
                "T-724-20 2020-07-08, MDL-2967 2024-06-21, T-713-20 2020-07-08)") in said, command
        alone = run(command, str(source), "--as-of", "2021-01-01", "--action", "T-724-20")
        assert "as-of date of every action" not in alone.stderr
    same = run("classify", str(source), "--as-of", "2021-01-01", "--action", "T-724-20",
               "--action", "T-713-20")
    assert "as-of date of every action" not in same.stderr  # their own dates are one
    # Reading R1 (or as_of) is the as-of date too: a lawyer's compare moved MDL-2967's unsaid.
    for reading in ("R1=2019-01-01", "as_of=2019-01-01"):
        done = run("compare", str(source), "-r", reading)
        assert (f"--reading {reading} is the as-of date of every action here (their own: "
                "T-724-20 2020-07-08, MDL-2967 2024-06-21") in " ".join(done.stderr.split())
        alone = run("compare", str(source), "-r", reading, "--action", "T-724-20")
        assert "as-of date of every action" not in alone.stderr


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.sampled_from(list('{}[],":')),
       st.booleans())
@example(4661, "{", True)  # "  {  }": an empty record where the last one closed
@example(233, "{", True)  # "}{,": a record left open after the first, mid-line
def test_one_character_more_or_less_in_an_array_never_loses_the_records_or_loops(
    where: int, mark: str, insert: bool
) -> None:
    """A character of JSON's own put in or taken out anywhere in a pretty-printed array of four
    records (a brace too many looped until memory ran out in a trial): reading ends, yields
    each record or a rejected record in its place, and every record read is one of the text's."""
    from classaction.cli.inputs import _document, read_raw

    text = json.dumps([_claim(f"G-{n}") for n in range(4)], indent=2)
    at = where % len(text)
    broken = text[:at] + mark + text[at:] if insert else text[:at] + text[at + 1:]
    raws = list(_document("claims.json", broken.encode("utf-8")))
    assert 1 <= len(raws) <= 6
    accepted = [read_raw(raw)[1] for raw in raws]
    # (A brace put in can make an empty record, "{ }", which is a claim with no id.)
    ids = {claim.claim_id for claim in accepted if claim is not None and claim.claim_id}
    assert all(f'"{claim_id}"' in broken for claim_id in ids)
    # A record untouched by the change is read, unless the change left the array's shape in
    # doubt around it: at least two of the four are accepted.
    assert len(ids) >= 2 or len(raws) == 1


def test_a_photograph_id_in_the_form_of_personal_data_is_never_repeated(tmp_path: Path) -> None:
    """A later trial's administrator saw photograph ids "Tremblay_Marie_2021" and
    "514-555-0199" fourteen times in a row's reasons and questions: such a photograph is
    named by its place ("photograph #2"), with a warning, in every output; a police use of it
    too."""
    record = {
        "claim_id": "Q-1",
        "claimant": {"kind": "natural", "born_on": "1983-02-14", "deceased": False,
                     "residence": [{"start": "1983-02-14", "ongoing": True}]},
        "photographs": [
            {"id": "514-555-0199", "claimant_face_appears": True, "collected_by_clearview": True},
            {"id": "Tremblay_Marie_2021", "claimant_face_appears": True},
        ],
        "police_uses": [{"photograph": "Tremblay_Marie_2021", "agency": "rcmp"}],
    }
    source = tmp_path / "claims.jsonl"
    source.write_text(json.dumps(record) + "\n", "utf-8")
    report = tmp_path / "report.html"
    said = {
        "validate": run("validate", str(source)),
        "csv": run("classify", "--format", "csv", str(source)),
        "jsonl": run("classify", "--report", str(report), str(source)),
        "explain": run("explain", "--full", str(source)),
    }
    for what, done in said.items():
        for personal in ("514-555", "Tremblay", "Marie"):
            assert personal not in done.stdout + done.stderr, (what, personal)
    assert "Tremblay" not in report.read_text("utf-8")
    validated = " ".join(said["validate"].stdout.split())
    assert ("$.photographs[1].id: warning: is in the form of a person's name, so it is not shown "
            "(the photograph is named by its place, #2)") in validated
    assert "$.photographs[0].id: warning: is in the form of a telephone or identity number" in validated
    explained = " ".join(said["explain"].stdout.split())
    assert "Photograph #1" in explained and "police use 1 (of photograph #2)" in explained.lower()


def test_a_claim_id_in_the_form_of_personal_data_is_never_repeated(tmp_path: Path) -> None:
    """A trial's administrator saw a claim id "mc.tremblay@gmail.com" and one "Jean-Pierre
    Bouchard" repeated in every row, heading and message, though a claim id is "not personal
    data" (the schema). One in the form of an e-mail address is refused; one in the form of a
    person's name is read and withheld, with a warning; neither is repeated anywhere."""
    lines = (ROOT / "examples" / "claims.jsonl").read_text("utf-8").splitlines()[:3]
    mail, name = "mc.tremblay@gmail.com", "Jean-Pierre Bouchard"
    lines[0] = lines[0].replace('"EX-001"', json.dumps(mail))
    lines[1] = lines[1].replace('"EX-002"', json.dumps(name))
    source = tmp_path / "claims.jsonl"
    source.write_text("\n".join(lines) + "\n", "utf-8")
    report = tmp_path / "report.html"
    said = {
        "validate": run("validate", str(source)),
        "csv": run("classify", "--format", "csv", str(source)),
        "jsonl": run("classify", "--report", str(report), str(source)),
        "explain": run("explain", str(source)),
        "compare": run("compare", "-r", "R3=both", str(source)),
    }
    for what, done in said.items():
        for personal in (mail, name, "tremblay", "Bouchard"):
            assert personal not in done.stdout + done.stderr, (what, personal)
    page = report.read_text("utf-8")
    assert "Bouchard" not in page and "tremblay" not in page
    validated = " ".join(said["validate"].stdout.split())
    assert "claims.jsonl:1: $.claim_id: is in the form of an e-mail address" in validated
    assert ("claims.jsonl:2: $.claim_id: warning: is in the form of a person's name, so it is not "
            "shown") in validated
    assert "3 records, 2 valid, 1 invalid" in validated
    rows = list(csv.reader(io.StringIO(said["csv"].stdout)))
    assert [row[2:4] for row in rows[1:]] == [["", "rejected"], ["", "accepted"], ["EX-003", "accepted"]]
    # An id of a reference's form is shown as before.
    from classaction.records.consistency import personal_claim_id

    for reference in ("EX-001", "SYN-00000001", "interview-2026-01-15-143012", "claim 12", "IN-002 ",
                      "2024-000123", "CLAIM-2024-0001", "123456789", "Batch 7", "EX_001",
                      "IMG_1234", "BATCH_07_ON", "Region 5 Lot 12", "Form 12 Rev B",
                      "EX-001 (resubmitted)", "Q3 2021 batch", "photo.jpg", "IMG_2019.heic", "p-1",
                      "A_B", "photo_a", "CLAIM-2024-0001"):
        assert personal_claim_id(reference) is None, reference
    # The forms a later trial's intake staff wrote them in.
    for personal, form in (
        ("Tremblay, Marie", "a person's name"), ("O'Brien, Mary", "a person's name"),
        ("Dr. Jane Doe", "a person's name"), ("J. Smith", "a person's name"),
        ("José García", "a person's name"), ("514-555-0199", "a telephone or identity number"),
        ("(514) 555-0199", "a telephone or identity number"),
        ("046 454 286", "a telephone or identity number"),
        ("jane.doe@gmail", "an e-mail address"), ("jane.doe(at)gmail.com", "an e-mail address"),
        # A name beside a reference, and addresses (a third trial's administrator's).
        ("2021-0042 Tremblay, Marie", "a person's name"), ("C-0042 Marie Tremblay", "a person's name"),
        ("Tremblay_Marie_2021", "a person's name"), ("2021 J. Smith", "a person's name"),
        ("H2X 1Y4", "a postal address"), ("123 Main St", "a postal address"),
        ("4500, rue Sherbrooke Ouest", "a postal address"), ("EX-9 K1A 0B1", "a postal address"),
        # A name run into one word, beside a word of its own, or with an initial, and a postal
        # code without its space (a fourth trial's administrator's photograph and claim ids).
        ("Jean_Dupont_selfie", "a person's name"), ("Jean-Dupont", "a person's name"),
        ("Jean.Dupont", "a person's name"), ("JeanDupont", "a person's name"),
        ("marie.tremblay", "a person's name"), ("Dupont_J", "a person's name"),
        ("J_Dupont", "a person's name"), ("H2X1Y4", "a postal address"),
        ("H2X-1Y4", "a postal address"),
    ):
        assert personal_claim_id(personal) == form, personal
    # Words of a photograph's, a place's or a day's name are no name (a later trial's
    # administrator saw these withheld, and claim ids' column left empty).
    for ordinary in ("Canada_Day_2019", "Mont_Royal", "Lake_Louise", "Profile_Pic", "Christmas_Eve",
                     "Main_St_mural", "St_Patrick", "Paris_Trip", "New_York", "Family_BBQ",
                     "Cover_Photo", "Wedding_Day", "Passport_Photo", "WhatsApp_Image",
                     "Claim_Form_A", "Photo_Booth", "Good_Friday", "ProfilePic",
                     # A claims office's words for how a claim came in (a later trial's).
                     "Late Filing 3", "Mail-In 2021", "Walk-In 7", "Phone Intake 3"):
        assert personal_claim_id(ordinary) is None, ordinary
    # A name with a number after it, or a hyphen in it, is still a name; so is a surname and an
    # initial ("Lee, K.", a later trial's).
    for named in ("Jean Dupont 3", "Marie-Claire Dupont", "Jean-Pierre Roy 4", "Ann Post",
                  "Lee, K.", "Tremblay, M."):
        assert personal_claim_id(named) == "a person's name", named
    # A longer word of no claims office's, place's or month's kind, joined to a number by a
    # hyphen, as beside one after a space (a later trial's "Tremblay-0042", "0042-Gagnon" were
    # shown, "Tremblay 0042" not); a short code, or a known word, is a reference.
    for named in ("Tremblay-0042", "0042-Gagnon", "Lavoie-2024-0012", "Tremblay 0042"):
        assert personal_claim_id(named) == "a person's name, or words that may be one", named
    for reference in ("Claim-0042", "Batch-0042", "Ontario-12", "August-2021", "PB-12", "ORG-0007"):
        assert personal_claim_id(reference) is None, reference
    # A telephone or social insurance number in bare digits, of a photograph's id; a claim id
    # of bare digits is a reference.
    from classaction.records.consistency import personal_photograph_id

    for number in ("5145550199", "15145550199", "046454286"):
        assert personal_photograph_id(number) == "a telephone or identity number", number
        assert personal_claim_id(number) is None, number
    for reference in ("123456789", "2019", "20190612", "p1", "IMG_1234"):
        assert personal_photograph_id(reference) is None, reference


def test_the_summary_says_where_the_kinds_of_error_it_leaves_out_are() -> None:
    """Past the eighth kind of error the summary said "and N more kinds of error", and no
    more (a trial's administrator): it says where they are, within 80 columns."""
    from classaction.cli.outputs import Tally

    tally = Tally(("PB",))
    tally.reasons.update({f"$.photographs[*].field_{n} [pattern]": 10 - n for n in range(10)})
    said = tally._reasons()
    assert said[-1] == "  and 2 more kinds of error: see --report FILE, or 'classaction validate'"
    assert len(said) == 10 and all(len(line) <= 80 for line in said)
    # A run that writes the page names it (a later trial's, who gave --report, was told to).
    tally.report = "out/report.html"
    assert tally._reasons()[-1] == (
        "  and 2 more kinds of error: see the report, out/report.html"
    )
    tally.report = "/a/long/path/to/the/claims/office/shared/drive/report.html"
    assert tally._reasons()[-1] == (
        "  and 2 more kinds of error: see the report"
    )


def test_a_rejected_record_whose_claim_id_is_withheld_says_why_its_row_has_none(
    tmp_path: Path,
) -> None:
    """A later trial's administrator could not tell which claim a rejected row was: its claim
    id, a telephone number beside a reference, was withheld unsaid, and told only once the
    record's own fault was mended."""
    source = tmp_path / "claims.jsonl"
    source.write_text(json.dumps({"claim_id": "Walk-In 14 (514) 555-0199",
                                  "photographs": [{"id": "photo ete"}]}) + "\n")
    done = run("classify", str(source), "--format", "csv", "--action", "T-724-20")
    (row,) = csv.DictReader(io.StringIO(done.stdout))
    assert row["status"] == "rejected" and row["claim_id"] == ""
    assert row["errors"].startswith("$.photographs[0].id: has a space")
    assert row["warnings"].startswith(
        "$.claim_id: is in the form of a telephone or identity number, so it is not shown"
    )
    (line,) = map(json.loads, run("classify", str(source), "--action", "T-724-20").stdout.splitlines())
    assert [w["path"] for w in line["warnings"]] == ["$.claim_id"]
    assert "555-0199" not in done.stdout + done.stderr + json.dumps(line)


def test_a_withheld_claim_id_given_twice_is_told_and_a_number_beside_a_reference_withheld(
    tmp_path: Path,
) -> None:
    """A later trial's administrator: two records under one name's id were not told as one
    claim entered twice (its id withheld, it was not compared); a telephone or social
    insurance number beside a reference ("Walk-In 14 (514) 555-0199", "Mail-In 046 454 286")
    and a date of birth ("Walk-In 12 DOB 1984-05-14") were shown in every output."""
    from classaction.records.consistency import personal_claim_id

    for said, form in (("Walk-In 14 (514) 555-0199", "a telephone or identity number"),
                       ("Mail-In 046 454 286", "a telephone or identity number"),
                       ("2024-0042 514 555 0199", "a telephone or identity number"),
                       ("Walk-In 12 DOB 1984-05-14", "a date of birth")):
        assert personal_claim_id(said) == form, said
    for reference in ("2024-0042-1234", "roll 001 002 003", "CL-2024-000-0001"):
        assert personal_claim_id(reference) is None, reference
    ids = ["Tremblay, Marie", "Walk-In 14 (514) 555-0199", "Tremblay, Marie",
           "tremblay,marie", "TREMBLAY, Marie"]
    source = tmp_path / "claims.jsonl"
    source.write_text("".join(json.dumps({"claim_id": i, "claimant": {"kind": "natural"}}) + "\n"
                              for i in ids))
    for jobs in ("1", "2"):
        done = run("classify", str(source), "--format", "csv", "--action", "T-724-20",
                   "--jobs", jobs)
        rows = list(csv.DictReader(io.StringIO(done.stdout)))
        assert [row["claim_id"] for row in rows] == ["", "", "", "tremblay,marie", ""]
        assert "the record at line 1 has the same claim id" in rows[2]["warnings"]
        # A shown id is never said to be alike a withheld one: that would tell it.
        assert "line 1" not in rows[3]["warnings"]
        assert "the record at line 1 has a claim id that differs from this one only in " \
               "capitals or spaces" in rows[4]["warnings"]
        assert "555-0199" not in done.stdout + done.stderr
    checked = run("validate", str(source)).stdout
    assert "the record at line 1 has the same claim id" in " ".join(checked.split())


def test_a_surname_alone_beside_a_reference_or_a_name_in_small_letters_is_withheld(
    tmp_path: Path,
) -> None:
    """A later trial's intake staff wrote "2024-PB-0012 (Lavoie)", "Late Filing 3 - Tremblay",
    "Walk-In 12 Marie", "Smith, J" and "sophie lavoie" as claim ids, and every output showed
    them. A claims office's, a place's or a month's word beside a reference is still shown, and
    a photograph's id may be a word of its own ("Banff 2019")."""
    from classaction.records.consistency import personal_claim_id, personal_photograph_id

    for named in ("2024-PB-0012 (Lavoie)", "Late Filing 3 - Tremblay", "Walk-In 12 Marie",
                  "Smith, J", "sophie lavoie", "tremblay, marie", "Lavoie 2024-0012",
                  "O'Brien 4", "2021-12 McDonald", "Gagné 12", "jean-pierre roy",
                  # In whatever case or form a later trial's intake staff wrote one.
                  "2024-0005 tremblay", "tremblay 2024-0063", "2024-0062 mme lavoie",
                  "0061 - j. tremblay", "2024-0065 Wong/Chan", "2024-0066 Li",
                  "2024-0070 J.Tremblay", "2024-0079 lavoie marie", "2024-0081 Singh estate",
                  "2024-0082 per Priya", "2024-0083 Marie-Ève", "2024-0087 de Souza",
                  "2024-0088 St-Pierre"):
        assert (personal_claim_id(named) or "").startswith("a person's name"), named
    for said, form in (("2024-0067 tel 5145550199", "a telephone or identity number"),
                       ("2024-0076 NAS 046454286", "a telephone or identity number"),
                       ("2024-0076 SIN 046454286", "a telephone or identity number"),
                       ("2024-0077 RAMQ TREM85030212", "a telephone or identity number"),
                       ("2024-0067 5145550199", "a telephone or identity number"),
                       ("2024-0076 046454286", "a telephone or identity number"),
                       ("2024-0074 DOB: May 14 1984", "a date of birth"),
                       ("2024-0075 b. 1984-05-14", "a date of birth"),
                       ("2024-0085 marie at gmail dot com", "an e-mail address")):
        assert personal_claim_id(said) == form, said
    # An organisation's name is no person's, and a claim id of bare digits is a reference.
    for reference in ("ORG-0020 Northern Lights Studio Inc.", "ORG-0048 Pho Saigon Restaurant",
                      "2024-0090 McGill Univ.", "5145550199", "Phone 3", "Phone Intake 2021",
                      "2024-0005 see notes", "CLAIM 2024000123"):
        assert personal_claim_id(reference) is None, reference
    for reference in ("EX-001 (resubmitted)", "2024-0012 (Ontario)", "PB-12 Amended",
                      "Batch 7", "claim 12", "Region 5 Lot 12", "Q3 2021 batch", "late filing",
                      "walk in", "Toronto 2015", "2024-03 (March)", "Form 12 Rev B", "A_B",
                      "2024-0012 ON", "Mail-In 2021", "Walk-In 7"):
        assert personal_claim_id(reference) is None, reference
    for photo in ("Banff 2019", "lake view", "Kitchen 3"):
        assert personal_photograph_id(photo) is None, photo
    source = tmp_path / "claims.jsonl"
    ids = ["2024-PB-0012 (Lavoie)", "Late Filing 3 - Tremblay", "sophie lavoie", "EX-7 (Ontario)"]
    source.write_text("".join(json.dumps({"claim_id": i, "claimant": {"kind": "natural"}}) + "\n"
                              for i in ids))
    done = run("classify", str(source), "--format", "csv", "--action", "T-724-20")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [row["claim_id"] for row in rows] == ["", "", "", "EX-7 (Ontario)"]
    assert all("is in the form of a person's name" in row["warnings"]
               and "so it is not shown" in row["warnings"] for row in rows[:3])
    for name in ("Lavoie", "Tremblay", "sophie"):
        assert name not in done.stdout + done.stderr, name


def test_two_as_of_dates_are_refused(tmp_path: Path) -> None:
    """A later trial's lawyer gave --as-of 2020-07-09 and -r as_of=2020-07-10; one was used,
    unsaid."""
    source = tmp_path / "claims.jsonl"
    source.write_text(json.dumps(_claim("A-1")) + "\n")
    done = run("explain", str(source), "--action", "T-724-20", "--as-of", "2020-07-09",
               "-r", "as_of=2020-07-10")
    assert done.returncode == 2 and not done.stdout
    assert "give two as-of dates: give one" in " ".join(done.stderr.split())
    same = run("explain", str(source), "--action", "T-724-20", "--as-of", "2020-07-09",
               "-r", "R1=2020-07-09")
    assert same.returncode in (0, 1) and "Membership as of 2020-07-09" in same.stdout


def test_a_claims_office_s_french_words_and_places_are_no_name_and_more_personal_forms_are_withheld() -> None:
    """A later trial's office in Quebec and Ontario saw its own references withheld as names
    ("Réclamation 55 (amendée)", "Gatineau bureau 3", "Thunder Bay 6"), one with a firm's name
    as a postal address and a fax's date as a telephone number, and saw a date of birth in
    French ("DDN 1985-04-12"), a health card's number alone, initials joined by a hyphen and
    names in photographs' ids in small letters shown."""
    from classaction.records.consistency import personal_claim_id, personal_photograph_id

    for reference in ("Réclamation 55 (amendée)", "Lot 4 - boîte 2", "Walk-in Tues 14",
                      "Reçu le 2024-03-15 no 8", "Courrier 2024-05 pile B", "QC-2024-0043 (révisé)",
                      "Rappel 2 - dossier 88", "Sherbrooke bureau 5", "Trois-Rivières 2024-7",
                      "ORG-0031 Boulangerie St-Jean Ltée", "Fax 2024-08-14 p.3",
                      "URGENT Mississauga 12", "Suppl. 4 to 2024-0042", "Déposé en personne 17",
                      "CSV import row 210", "Équipe B no 41", "Boîte 3 - dossier 12 (incomplet)",
                      "Walk-in mardi 14", "Gatineau bureau 3", "EX-9 prioritaire",
                      "2024-0048 doublon", "2024-0049 annulé", "2024-0046 en attente",
                      "Dossier 2024-17 (doublon de 16)", "Saint-Jérôme 3", "Longueuil 4",
                      "Lévis 2", "Kingston 2024-1", "Thunder Bay 6", "London ON 4", "Ste-Foy 2",
                      "CLAM20240001"):
        assert personal_claim_id(reference) is None, reference
    for personal, form in (("DDN 1985-04-12", "a date of birth"), ("DDN: 12-04-1985", "a date of birth"),
                           ("TREM85030212", "a telephone or identity number"),
                           ("M.-È. Tremblay", "a person's name"), ("marie-eve roy", "a person's name"),
                           ("Victoria Tremblay", "a person's name")):
        assert (personal_claim_id(personal) or "").startswith(form), personal
    for photo in ("selfie_marie_gagnon", "marie_gagnon", "MarieGagnon.jpg", "IMG_Marie_Gagnon.jpg"):
        assert personal_photograph_id(photo) == "a person's name", photo
    for photo in ("lake_view", "old_barn", "my_selfie", "jean_lake", "photo.jpg", "IMG_2019.heic"):
        assert personal_photograph_id(photo) is None, photo


def test_a_third_round_of_an_office_s_references_and_personal_forms() -> None:
    """A third round of a later trial's office: 29 of 93 references withheld as names (places,
    words with their accents, "rec'd 2024-03-15"), and none of 60 forms of personal data shown.
    A word's accents do not make it unknown; a place of several words is no name; a place
    that holds a given name ("Sault Ste. Marie") still is, as a name might be."""
    from classaction.records.consistency import personal_claim_id

    for reference in ("2024-0014 Rouyn-Noranda", "2024-0015 Val-d'Or", "2024-0016 Sept-Îles",
                      "NL-0054 Corner Brook", "QC-0065 Baie-Comeau", "2024-0070 Fort McMurray",
                      "2024-0071 Grande Prairie", "2024-0077 Shawinigan", "2024-0080 Gaspé",
                      "2024-0023 rec'd 2024-03-15", "2024-0025 recd Mar 19",
                      "2024-0027 reçu 19 mars 2024", "2024-0030 second submission",
                      "2024-0031 deuxième envoi", "2024-0033 version finale",
                      "2024-0038 suivi requis", "2024-0041 fermé", "2024-0045 par la poste",
                      "2024-0048 portail web", "2024-0084 approuvé", "2024-0085 refused",
                      "2024-0086 refusé", "2024-0091 tiers (third party)"):
        assert personal_claim_id(reference) is None, reference
    for personal in ("2024-0102 GAGNON", "2024-0103 roy, j.", "2024-0104 Côté-Bouchard",
                     "2024-0107 de la Fontaine", "2024-0109 MacDonald", "2024-0113 Kim Min-jun",
                     "2024-0119 ben Youssef", "2024-0120 d'Amours", "2024-0124 mme Ouellet",
                     "2024-0125 Sgt. Morin", "2024-0131 tél. : 418 555-0199",
                     "2024-0134 S.I.N. 046454286", "2024-0138 né le 14 mai 1984",
                     "2024-0144 j.smith AT outlook DOT com", "2024-0146 code postal G1R 4P5",
                     "2024-0152 RAMQ TREM 8503 0212", "2024-0153 OHIP 1234-567-890",
                     "2024-0156 ch. du Lac 22", "2024-0158 famille Lavoie", "2024-0160 Sophie",
                     "ON-0066 Sault Ste. Marie"):
        assert personal_claim_id(personal) is not None, personal


def test_the_csv_why_of_no_copyright_names_the_day_it_is_held_on(tmp_path: Path) -> None:
    """A later trial's administrator read the Copyright Infringement Class's "holds neither
    copyright nor moral rights in a photograph collected by Clearview" of a selfie the
    claimant took in 2021, beside a Privacy Breach Class it made them a member of: the rights
    are tested on 2020-07-08, as the other classes' reasons say their day."""
    source = tmp_path / "claims.jsonl"
    source.write_text(json.dumps({
        "claim_id": "2024-0045", "claimant": {"kind": "natural", "born_on": "1995",
                                              "residence": [{"start": "1995", "ongoing": True}]},
        "photographs": [{"id": "p1", "claimant_face_appears": True, "collected_by_clearview": True,
                         "author": "claimant", "made_on": "2021", "collected_on": "2021-06"}],
        "statements": {"holds_rights_in_unlisted_collected_photograph": False},
    }) + "\n")
    done = run("classify", str(source), "--format", "csv", "--action", "T-724-20")
    row = next(csv.DictReader(io.StringIO(done.stdout)))
    assert row["Copyright Infringement Class"] == "NOT_MEMBER"
    assert row["Copyright Infringement Class: why"] == (
        "holds neither copyright nor moral rights on 2020-07-08 in a photograph collected by "
        "Clearview")


def test_the_csv_says_where_an_outcome_rests_on_the_acts_presumptions(tmp_path: Path) -> None:
    """Trials' administrators read a member, and one not a member, of the Copyright
    Infringement Class as if the record said what the Copyright Act presumes (reading R9): a
    photograph someone else took, its transfers not given ("never transferred"); a photograph
    the claimant took, its waiver not given ("not waived"). The CSV's why says so where the
    outcome would be another with nothing presumed; not where the record gives every fact, nor
    where another condition decides."""
    person = {"kind": "natural", "born_on": "1980-01-01", "deceased": False,
              "residence": [{"start": "1980-01-01", "ongoing": True}]}
    full = {"id": "p1", "collected_by_clearview": True, "made_on": "2017-03-04",
            "author": "claimant", "author_deceased": False, "made_in_course_of_employment": False,
            "transfers": [], "commissioned": False, "moral_rights_waived": False,
            "crown_direction": False, "negative_owner": "photographer", "joint_authorship": False}
    taken_by = {"id": "p1", "collected_by_clearview": True, "made_on": "2017-03-04"}
    records = {
        "OTHER": {"claimant": person, "photographs": [{**taken_by, "author": "other"}]},
        "OWN": {"claimant": person, "photographs": [{**taken_by, "author": "claimant"}]},
        "GIVEN": {"claimant": person, "photographs": [full]},
        "DIED": {"claimant": {**person, "deceased": True, "died_on": "2019-01-01",
                              "residence": [{"start": "1980-01-01", "end": "2019-01-01"}]},
                 "photographs": [{**taken_by, "author": "other"}]},
    }
    source = tmp_path / "claims.jsonl"
    closed = {"statements": {"holds_rights_in_unlisted_collected_photograph": False}}
    source.write_text("".join(
        json.dumps({"claim_id": k, **v, **closed}) + "\n" for k, v in records.items()
    ))
    done = run("classify", "--action", "T-724-20", "--format", "csv", str(source))
    rows = {r["claim_id"]: r for r in csv.DictReader(io.StringIO(done.stdout))}
    ci = "Copyright Infringement Class"
    note = " (resting on what the Copyright Act presumes where the record is silent: reading R9)"
    assert rows["OTHER"][ci] == "NOT_MEMBER" and rows["OTHER"][f"{ci}: why"].endswith(note)
    assert rows["OWN"][ci] == "MEMBER" and rows["OWN"][f"{ci}: why"].endswith(note)
    assert rows["GIVEN"][ci] == "MEMBER" and rows["GIVEN"][f"{ci}: why"] == (
        "holds copyright or moral rights in a photograph collected by Clearview: photograph p1")
    assert rows["DIED"][ci] == "NOT_MEMBER" and "presumes" not in rows["DIED"][f"{ci}: why"]
    # Nor of a class the Act's presumptions do not reach.
    assert all("presumes" not in r[f"{c}: why"] for r in rows.values()
               for c in ("Privacy Breach Class", "Targeted Individuals Class"))
    # Nothing is presumed under R9 = strict: the note is not said.
    strict = run("classify", "--action", "T-724-20", "--format", "csv", "-r", "R9=strict",
                 str(source))
    assert "presumes" not in strict.stdout


def test_a_csv_row_names_the_reading_an_exclusive_licensee_s_outcome_turns_on(
    tmp_path: Path,
) -> None:
    """A trial's administrator read, of the claimant's exclusive licence, "holds neither
    copyright nor moral rights ... (resting on ...: reading R9)", where reading R27 = holder
    makes the claimant a member: the CSV's why names R27 too, and not where R27 changes
    nothing (a licence after the as-of date)."""
    person = {"kind": "natural", "born_on": "1980-01-01", "deceased": False,
              "residence": [{"start": "1980-01-01", "ongoing": True}]}

    def licensee(on: str) -> dict[str, object]:
        return {"claimant": person, "statements": {
            "holds_rights_in_unlisted_collected_photograph": False},
            "photographs": [{"id": "lake", "collected_by_clearview": True, "author": "other",
                             "commissioned": False, "made_on": "2015", "transfers": [
                                 {"kind": "exclusive_licence", "on": on, "by": "photographer",
                                  "to": "claimant", "signed_writing": True}]}]}

    source = tmp_path / "claims.jsonl"
    source.write_text("".join(json.dumps({"claim_id": k, **licensee(on)}) + "\n"
                              for k, on in (("HELD", "2018-03-01"), ("LATE", "2022-03-01"))))
    done = run("classify", "--action", "T-724-20", "--format", "csv", str(source))
    rows = {r["claim_id"]: r for r in csv.DictReader(io.StringIO(done.stdout))}
    why = "Copyright Infringement Class: why"
    assert rows["HELD"]["Copyright Infringement Class"] == "NOT_MEMBER"
    assert "(reading R27: Does an exclusive licensee hold the copyright" in rows["HELD"][why]
    assert "R27" not in rows["LATE"][why]
    held = run("classify", "--action", "T-724-20", "--format", "csv", "-r", "R27=holder",
               str(source))
    rows = {r["claim_id"]: r for r in csv.DictReader(io.StringIO(held.stdout))}
    assert rows["HELD"]["Copyright Infringement Class"] == "MEMBER"
    assert "R27: Does an exclusive licensee hold the copyright" in rows["HELD"][why]


def test_the_report_names_a_claim_that_repeats_an_earlier_id_by_its_line(tmp_path: Path) -> None:
    """A trial's administrator read "TD-002" among the claims to follow up, and took it for the
    first TD-002, decided already: it was the second, on line 2. A claim whose id repeats an
    earlier record's is named with where it was read; the first is named by its id alone."""
    decided = {"claim_id": "TD-002", "claimant": {"kind": "natural", "born_on": "2021-05-01"}}
    open_ = {"claim_id": "TD-002", "claimant": {"kind": "natural", "born_on": "1980"}}
    other = {"claim_id": "TD-003", "claimant": {"kind": "natural", "born_on": "1980"}}
    source = tmp_path / "claims.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in (decided, open_, other)), "utf-8")
    report = tmp_path / "report.html"
    run("classify", "--action", "T-724-20", "--report", str(report), "-o",
        str(tmp_path / "out.jsonl"), str(source))
    page = report.read_text("utf-8")
    assert '<span class="id">TD-002 (line 2 of claims.jsonl)</span>' in page
    assert '<span class="id">TD-003</span>' in page
    assert '<span class="id">TD-002</span>' not in page  # the first, decided, is not listed


def test_a_csv_row_of_one_who_died_names_the_reading_that_excludes_them(tmp_path: Path) -> None:
    """A trial's administrator read "not an individual alive on 2024-06-21", in each of
    MDL-2967's classes of a claimant who died in 2021, as the law's answer: it is reading R20's
    ("All individuals"), and an estate could read it otherwise. The cell names the reading in
    words; not where the record says the claimant is a company, nor in the T-724-20 cells,
    whose "natural persons" no reading decides, nor under R20's alternative, a member."""
    dead = {"claim_id": "D1", "claimant": {
        "kind": "natural", "born_on": "1960-01-01", "deceased": True, "died_on": "2021-03-01",
        "residence": [{"country": "US", "subdivision": "US-IL", "start": "1990-01-01",
                       "end": "2021-03-01"}]}}
    company = {"claim_id": "C1", "claimant": {"kind": "legal"}}
    source = tmp_path / "claims.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in (dead, company)), "utf-8")
    done = run("classify", "--action", "MDL-2967", "--action", "T-724-20", "--format", "csv",
               str(source))
    rows = {r["claim_id"]: r for r in csv.DictReader(io.StringIO(done.stdout))}
    named = ("not an individual alive on 2024-06-21 (reading R20: Must a member be alive on the "
             "as-of date? By default, yes: born by it and not dead before it)")
    subclasses = [c for c in rows["D1"] if c.startswith("MDL-2967 ") and c.endswith("Subclass: why")]
    assert len(subclasses) == 2 and all(rows["D1"][c] == named for c in subclasses)
    assert rows["D1"]["MDL-2967 Nationwide Class: why"] == named
    assert "reading" not in rows["D1"]["T-724-20 Privacy Breach Class: why"]
    assert "R20" not in rows["C1"]["MDL-2967 Nationwide Class: why"]
    other = run("classify", "--action", "MDL-2967", "--format", "csv", "-r", "R20=not_required",
                str(source))
    assert "R20" not in other.stdout


def test_the_pointer_to_the_readings_names_the_action_they_belong_to(tmp_path: Path) -> None:
    """A trial's lawyer, told "what each reading means: classaction action" of T-713-20's R14,
    found only T-724-20's readings there (its default action): each pointer names the actions
    whose readings it points to, and that command tells each of them."""
    record = tmp_path / "licensee.jsonl"
    record.write_text(json.dumps({
        "claim_id": "L-1",
        "claimant": {"kind": "natural", "born_on": "1980-01-01", "deceased": False,
                     "residence": [{"start": "1980-01-01", "ongoing": True}], "citizenship": []},
        "photographs": [{
            "id": "p1", "collected_by_clearview": True, "claimant_face_appears": False,
            "made_on": "2015-06-01", "author": "other", "author_deceased": False,
            "made_in_course_of_employment": False,
            "transfers": [{"kind": "exclusive_licence", "by": "photographer", "to": "claimant",
                           "on": "2016-01-01", "signed_writing": True}],
        }],
        "statements": {"unlisted_collected_photograph_depicts_claimant": False,
                       "holds_rights_in_unlisted_collected_photograph": False,
                       "rcmp_used_unlisted_photograph_of_claimant": False},
    }) + "\n", encoding="utf-8")
    alone = " ".join(run("explain", "--action", "T-713-20", str(record)).stdout.split())
    assert "is read: classaction action --action T-713-20." in alone
    both = run("explain", "--action", "T-724-20", "--action", "T-713-20", str(record)).stdout
    said = " ".join(both.split())
    assert "under T-713-20 R14 grantor_author = any_author" in said
    assert ("what each means: classaction action --action T-724-20 --action T-713-20):"
            in said)
    assert all(len(line) <= 80 for line in both.splitlines() if not line.startswith("== "))
    compared = " ".join(run("compare", "--action", "T-713-20", str(record)).stdout.split())
    assert "(what each reading means: classaction action --action T-713-20):" in compared
    told = run("action", "--action", "T-724-20", "--action", "T-713-20").stdout
    assert "R14" in told and "R27" in told
    assert told.index("-- T-724-20 ") < told.index("-- T-713-20 ")
    as_json = json.loads(run("action", "--json", "--action", "T-713-20", "--action", "T-724-20").stdout)
    assert [each["id"] for each in as_json] == ["T-713-20", "T-724-20"]
    assert json.loads(run("action", "--json").stdout)["id"] == "T-724-20"  # one: as before


def test_a_csv_given_for_the_records_is_said_once_to_be_csv(tmp_path: Path) -> None:
    """A trial's administrator gave a spreadsheet's export and read one error a row, each
    alike: it is said once that the file looks like CSV; each row is still rejected (one
    result a record read), and no value of it is repeated."""
    export = tmp_path / "claims.csv"
    export.write_text('claim_id,"full name",email\nCL-1,Marie Tremblay,m@example.org\n'
                      "CL-2,Jean Roy,j@example.org\n", encoding="utf-8")
    done = run("validate", str(export))
    assert done.returncode == 1
    assert done.stderr.count("looks like CSV") == 1, done.stderr
    assert "'classaction schema claim' describes it" in " ".join(done.stderr.split())
    assert done.stdout.count("not valid JSON") == 3
    assert "Tremblay" not in done.stdout + done.stderr
    assert all(len(line) <= 80 for line in done.stderr.splitlines())
    # Records that are JSON, however bad, are not said to be CSV.
    assert "looks like CSV" not in run("validate", str(EXAMPLES.parent / "bad_claims.jsonl")).stderr


def test_a_claimant_who_died_before_the_day_is_told_of_the_heir_in_the_csv(tmp_path: Path) -> None:
    """A trial's administrator read "a natural person not alive on 2020-07-08" in every class
    of a late mother's row, and nothing to do next: the Copyright Infringement Class's why says
    that what she held passed on her death, to an heir who may claim in their own name. Not of
    the classes a face or a search makes, whose standing is the person's own; not of one born
    after the day."""
    record = tmp_path / "late.jsonl"
    late = {"claim_id": "D-1", "claimant": {"kind": "natural", "born_on": "1948-09-30",
                                            "deceased": True, "died_on": "2018-03-11"}}
    unborn = {"claim_id": "D-2", "claimant": {"kind": "natural", "born_on": "2021-01-05",
                                              "deceased": False}}
    record.write_text(json.dumps(late) + "\n" + json.dumps(unborn) + "\n", encoding="utf-8")
    done = run("classify", "--format", "csv", "--action", "T-724-20", str(record))
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    heir = "an heir who holds them may claim in their own name"
    assert heir in rows[0]["Copyright Infringement Class: why"]
    assert rows[0]["Privacy Breach Class: why"] == "a natural person not alive on 2020-07-08"
    assert heir not in rows[1]["Copyright Infringement Class: why"]
    assert "not yet born on 2020-07-08" in rows[1]["Copyright Infringement Class: why"]


def test_a_claim_form_filed_late_is_said_filed_late_in_the_csv(tmp_path: Path) -> None:
    """A trial's administrator read "no claim form submitted or received by 2024-10-25" of a
    record that dates its claim form 2024-11-20: as if none existed. Said late, with its date;
    a record with no claim form keeps the words it had."""
    base = {"claimant": {"kind": "natural", "born_on": "1986-05-02", "deceased": False,
                         "residence": [{"start": "2009", "end": "2019-06", "country": "US",
                                        "subdivision": "US-IL"}],
                         "residence_complete_for": ["CA", "US"]},
            "photographs": [{"id": "fb1", "claimant_face_appears": True,
                             "collected_by_clearview": True}]}
    late = {**base, "claim_id": "M-1",
            "payment_claims": [{"proceeding": "MDL-2967", "filed_on": "2024-11-20"}]}
    none = {**base, "claim_id": "M-2", "payment_claims": []}
    record = tmp_path / "claims.jsonl"
    record.write_text(json.dumps(late) + "\n" + json.dumps(none) + "\n", encoding="utf-8")
    done = run("classify", "--format", "csv", "--action", "MDL-2967", str(record))
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    why = "Eligibility to claim a Settlement Payment: why"
    assert rows[0][why] == ("claim form submitted or received on 2024-11-20, after the 2024-10-25 "
                            "deadline"), rows[0][why]
    assert rows[1][why] == "no claim form submitted or received by 2024-10-25", rows[1][why]


def test_the_actions_filing_is_told_once_on_its_page() -> None:
    """A trial's lawyer read the filing twice on `classaction action`: among the procedural
    events and again in the timeline (the seed's two lists hold it, with the same sources)."""
    for action_id in ("T-724-20", "T-713-20"):
        page = " ".join(run("action", "--action", action_id).stdout.split())
        assert len(re.findall(r"2020-07-08 (?:The|This) proposed class action", page)) == 1, action_id
        assert "Timeline: 2019-10-24" in page or action_id != "T-724-20"


def test_compare_takes_as_of_as_the_date_compared() -> None:
    """The README gives --as-of to interview, classify, explain and compare; compare refused it
    (a trial's lawyer, "unrecognized arguments"). There it is the date compared with the
    baseline's, as --reading as_of=DATE: the same output, and a claim that changes."""
    given = run("compare", "--as-of", "2021-01-01", "--action", "T-724-20", str(EXAMPLES))
    by_reading = run("compare", "-r", "as_of=2021-01-01", "--action", "T-724-20", str(EXAMPLES))
    assert given.returncode == by_reading.returncode == 0, given.stderr
    assert given.stdout == by_reading.stdout
    assert "NOT_MEMBER -> MEMBER" in given.stdout
    assert "0 changed outcome" not in given.stdout
