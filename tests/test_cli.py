"""The classaction command, run for real in a subprocess, exit status included."""

from __future__ import annotations

import csv
import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from classaction._cli import main

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
    for text in ("T-724-20", "Federal Court (Canada)", "Clearview AI Inc.", "not_a_party",
                 "All natural or legal persons holding copyright and moral rights",
                 "2019-10-24", "000_f6320da5831e1abe.txt", "R8 proof"):
        assert text in done.stdout, text


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
    done = run("classify", str(source), "-o", str(out))
    assert done.returncode == 1  # some records were rejected
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["line"] for r in records] == [1, 2, 3, 4]
    assert [r["status"] for r in records] == ["accepted", "rejected", "rejected", "accepted"]
    assert records[0]["claim_id"] == "EX-001"
    assert records[1]["errors"][0]["path"] == "$.claimant.deceased"
    assert records[0]["determination"]["classes"][0]["outcome"] == "MEMBER"
    assert "records read: 4, accepted: 2, rejected: 2" in done.stderr
    assert "PB: MEMBER 2, NOT_MEMBER 0, UNDETERMINED 0" in done.stderr


def test_classify_writes_csv_and_applies_readings() -> None:
    default = run("classify", str(EXAMPLES), "--format", "csv")
    strict = run("classify", str(EXAMPLES), "--format", "csv", "--reading", "R2=any_time_up_to_as_of")
    assert default.returncode == strict.returncode == 0
    rows = list(csv.DictReader(io.StringIO(default.stdout)))
    wider = list(csv.DictReader(io.StringIO(strict.stdout)))
    assert len(rows) == N_EXAMPLES
    assert rows[3]["claim_id"] == "EX-004"
    assert (rows[3]["PB"], wider[3]["PB"]) == ("NOT_MEMBER", "MEMBER")


def test_classify_with_as_of() -> None:
    done = run("classify", str(EXAMPLES), "--as-of", "2022-01-01")
    first = json.loads(done.stdout.splitlines()[0])
    assert first["determination"]["as_of"] == "2022-01-01"


def test_classify_shows_no_progress_bar_when_piped() -> None:
    done = run("classify", str(EXAMPLES))
    assert "\r" not in done.stderr


def test_interrupting_classify_leaves_no_partial_output(tmp_path: Path) -> None:
    lines = EXAMPLES.read_text("utf-8").splitlines()
    big = tmp_path / "big.jsonl"
    big.write_text("\n".join(lines * 3000) + "\n")
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "classaction", "classify", str(big), "-o", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
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
    assert '"who are either residents or citizens of Canada"' in done.stdout
    assert "Has the claimant died?" in done.stdout
    assert "000_f6320da5831e1abe.txt" in done.stdout


def test_explain_an_invalid_record_exits_1() -> None:
    done = run("explain", "-", stdin='{"claimant": {"kind": "human"}}')
    assert done.returncode == 1
    assert "$.claimant.kind" in done.stderr


def test_compare_lists_the_claims_that_change_and_counts_them() -> None:
    done = run("compare", str(EXAMPLES), "--reading", "residency_window=any_time_up_to_as_of")
    assert done.returncode == 0, done.stderr
    assert "examples/claims.jsonl:4 (EX-004): PB NOT_MEMBER -> MEMBER" in done.stdout
    # EX-005 died in 2019 and EX-015 does not say whether they died: R2 does not lift the
    # need to be alive on the as-of date, so neither becomes a member.
    assert "EX-005" not in done.stdout and "EX-015" not in done.stdout
    assert done.stdout.splitlines()[-1].startswith(f"{N_EXAMPLES} claims compared, 1 changed")


def test_compare_needs_a_reading() -> None:
    assert run("compare", str(EXAMPLES)).returncode == 2


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


def test_the_interview_asks_what_is_needed_and_saves_the_claim(tmp_path: Path) -> None:
    answers = "\n".join([
        "1",            # a natural person
        "yes",          # an unlisted collected photograph shows the face
        "don't know",   # date of birth
        "no",           # the RCMP used no unlisted photograph
        "yes",          # holds rights in an unlisted collected photograph
        "no",           # has not died
        "1985-03-02 to now",  # resident since 1985, which shows a birth by then
    ]) + "\n"
    saved = tmp_path / "claim.json"
    done = run("interview", "--save", str(saved), stdin=answers)
    assert done.returncode == 0, done.stderr
    assert "Is the claimant a natural person" in done.stdout
    assert "Privacy Breach Class: MEMBER" in done.stdout
    assert "Targeted Individuals Class: NOT A MEMBER" in done.stdout
    assert "Copyright Infringement Class: MEMBER" in done.stdout
    record = json.loads(saved.read_text("utf-8"))
    assert record["claimant"]["residence"] == [{"start": "1985-03-02", "ongoing": True}]
    assert "born_on" not in record["claimant"]  # "don't know" leaves it out
    assert "citizenship" not in record["claimant"]  # not needed once resident: never asked
    assert "During which periods was the claimant a citizen" not in done.stdout
    assert run("validate", str(saved)).returncode == 0


def test_the_interview_takes_back_an_answer_that_makes_an_impossible_timeline(tmp_path: Path) -> None:
    answers = "\n".join([
        "1", "yes", "1990-01-01", "no", "no", "no",
        "1985-01-01 to now",  # resident from before the birth just given: refused
        "1990-01-01 to now",  # asked again
    ]) + "\n"
    saved = tmp_path / "claim.json"
    done = run("interview", "--save", str(saved), stdin=answers)
    assert done.returncode == 0, done.stderr
    assert "the period starts before the claimant was born" in done.stdout
    assert done.stdout.count("During which periods was the claimant resident in Canada?") == 2
    record = json.loads(saved.read_text("utf-8"))
    assert record["claimant"]["residence"] == [{"start": "1990-01-01", "ongoing": True}]
    assert run("validate", str(saved)).returncode == 0
    assert "Privacy Breach Class: MEMBER" in done.stdout


def test_the_interview_ends_cleanly_when_answers_run_out() -> None:
    done = run("interview", stdin="2\n")
    assert done.returncode == 0, done.stderr
    assert "Privacy Breach Class: NOT A MEMBER" in done.stdout
    assert "Traceback" not in done.stderr


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

    from classaction import _parallel

    previous = signal.signal(signal.SIGTERM, lambda signum, frame: None)
    try:
        with multiprocessing.get_context("fork").Pool(1, _parallel._worker_setup) as pool:
            assert pool.apply(signal.getsignal, (signal.SIGTERM,)) == signal.SIG_DFL
            assert pool.apply(signal.getsignal, (signal.SIGINT,)) == signal.SIG_IGN
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_no_rank_lists_missing_facts_without_weights() -> None:
    done = run("classify", str(EXAMPLES), "--no-rank")
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

    from classaction._batch import Line, RawRecord

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
