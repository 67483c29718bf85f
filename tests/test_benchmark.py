"""The benchmark runs from an install with one command and prints every target figure."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from conftest import HeadStart

ROOT = Path(__file__).resolve().parents[1]
TARGETS = (
    "fast path end-to-end / floor",
    "no fast path end-to-end / bare jsonschema",
    "1,000,000 claims with --jobs 2",
    "CSV, T-724-20 alone, --jobs 2 / floor",
    "1,000,000 claims as CSV, T-724-20 alone",
    "--jobs 2 / --jobs 1",
    "throughput drop",
    "peak memory",
)


def test_benchmark_prints_each_figure_next_to_its_target() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--sizes", "150", "300", "--lean",
         "--rerun"],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for name in ("orjson.loads", "fast validation (jsonschema-rs)", "jsonschema validation",
                 "cattrs structuring", "floor: orjson + fast + cattrs",
                 "determination alone, ranked", "determination alone, --no-rank"):
        assert name in out
    # The baselines and steps are measured once, on the first size's file.
    assert "bare baselines on the same data (records/s, first 150 records of the 150-claim file)" in out
    assert out.count("bare baselines") == 1
    assert "each the fastest of 3 rounds taken in turn:" in out
    # Where the time goes: each step of classify, in microseconds a record.
    steps = out.split("where an accepted record's time goes", 1)[1].split("against the targets")[0]
    for step in ("strict parse", "validation", "structuring", "digest", "determination, ranked",
                 "determination, --no-rank", "output line"):
        assert float(next(line for line in steps.splitlines() if step in line).split()[-1]) > 0
    ceiling = next(line for line in out.splitlines() if "ceiling on end-to-end / floor" in line)
    assert 0 < float(ceiling.split()[-1]) < 1
    lines = out.splitlines()
    for target in TARGETS:
        found = [line for line in lines if line.strip().startswith(target)]
        assert len(found) == 1, target
        assert "target" in found[0] and found[0].rstrip().endswith(("met", "NOT met")), found[0]
    # Each timed run wrote one output record per input record (the script checks it).
    assert "classify       150 claims, fast, --jobs 1" in out
    assert "classify       300 claims, fast, --jobs 2" in out
    assert "classify       150 claims, CSV, T-724-20 alone, --jobs 1" in out
    assert "classify       300 claims, CSV, T-724-20 alone, --jobs 2" in out
    # With --rerun the cache is filled, then reused, and the script checks the output is the same.
    assert "300 claims, fast, --jobs 2, --cache, re-run" in out
    assert "the re-run wrote the same output" in out
    assert "re-running 300 unchanged claims from the cache" in out


HAVE_CC = bool(shutil.which(str(sysconfig.get_config_var("CC") or "cc").split()[0]))


def _compiled_experiment(workdir: Path) -> tuple[list[str], None]:
    return [sys.executable, str(ROOT / "benchmarks" / "compiled.py"), "--claims", "300"], None


# It compiles with mypyc for half a minute on one core: it starts when collection ends
# (tests/conftest.py). Its timings are not checked, only that the records agree.
COMPILED_EXPERIMENT = HeadStart(_compiled_experiment, timeout=900, enabled=HAVE_CC)


@pytest.mark.skipif(not HAVE_CC, reason="compiling with mypyc needs a C compiler")
@pytest.mark.head_start(COMPILED_EXPERIMENT)
def test_the_compiled_engine_experiment_agrees_with_the_plain_one() -> None:
    done = COMPILED_EXPERIMENT.result()
    assert done.returncode == 0, done.stdout + done.stderr
    assert "determination records identical: yes" in done.stdout
    assert "speed-up" in done.stdout


def test_the_ranking_breakdown_adds_up() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "ranking.py"), "--claims", "120"],
        capture_output=True, text=True, timeout=600, check=False,
        # It watches the engine's calls: the sources, wherever the installed engine is compiled.
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    classes, probes = done.stdout.split("each class, us a claim", 1)[1].split("probes, by the fact")
    rows = {line.split()[0]: line.split()[1:] for line in classes.splitlines()[2:] if line.strip()}
    assert set(rows) == {"PB", "TI", "CI"}
    for ranked, unranked, weighing, undetermined in rows.values():
        assert float(weighing) == pytest.approx(float(ranked) - float(unranked), abs=0.11)
        assert 0 <= float(undetermined.rstrip("%")) <= 100
    facts = [line.split() for line in probes.splitlines()[2:] if line.strip()]
    *each, (name, total, per_probe, per_claim) = facts
    assert name == "all" and each and float(total) > 0
    # The last row is the sum of the others, and each row's time a claim is its count times its
    # cost, within what the printed rounding allows (a count to 0.005, a cost and a time to 0.05:
    # a fact probed once in 120 claims prints 0.01, and one slow probe makes its cost large).
    assert float(total) == pytest.approx(sum(float(row[1]) for row in each), abs=0.01 * len(each))
    for _, count, cost, spent in [*each, (name, total, per_probe, per_claim)]:
        rounding = 0.005 * float(cost) + 0.05 * float(count) + 0.05
        assert float(spent) == pytest.approx(float(count) * float(cost), rel=0.01, abs=rounding)
    assert all(row[0].startswith("/") for row in each)


def test_the_scaling_benchmark_times_each_make_up_and_size() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "scaling.py"), "--sizes", "1", "10", "--repeat", "1"],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines()[2:]]
    assert {(row[0], row[1], row[2]) for row in rows} == {
        (make_up, r9, size) for make_up in ("sparse", "mixed") for r9 in ("apply", "strict")
        for size in ("1", "10")
    }
    for row in rows:
        assert float(row[3]) > 0 and float(row[4]) > 0
        if row[2] == "10":  # the growth from 1 to 10 photographs
            assert float(row[6]) > 0
    # The sparse claim under the default leaves one fact open per photograph.
    assert next(row for row in rows if row[:3] == ["sparse", "apply", "10"])[5] == "10"


def test_each_action_is_timed_alone_and_against_another_checkout() -> None:
    # Against this same checkout: every action, every mode, both columns and their ratio.
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "actions.py"), "--claims", "60", "--rounds", "1",
         "--against", str(ROOT)],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    sections = done.stdout.split("\n\n")[1:]
    assert [section.split()[0] for section in sections] == ["MDL-2967", "T-713-20", "T-724-20"]
    for section in sections:
        rows = [line.split() for line in section.splitlines()[2:]]
        assert [row[0] for row in rows] == ["ranked", "explained", "not"]
        for row in rows:
            numbers = [float(cell) for cell in row if cell.replace(".", "").isdigit()]
            before, _, after, _ = numbers[:4]
            assert before > 0 and after > 0
            # The ratio printed is that of the times printed (each rounded to 0.1 us).
            assert float(row[row.index("other:") + 1]) == pytest.approx(after / before, abs=0.002)


def test_the_column_wise_decision_agrees_and_the_row_s_steps_add_up() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "columnwise.py"), "--claims", "80"],
        capture_output=True, text=True, timeout=600, check=False,
    )
    # The script stops with an error where the column-wise decision differs from the library's.
    assert done.returncode == 0, done.stdout + done.stderr
    decision, steps = done.stdout.split("1-2. the decision", 1)[1].split("3. the steps of a CSV row")
    rows = {line.split()[0]: line.split()[1:] for line in decision.splitlines()[2:] if line.strip()}
    assert set(rows) == {"T-724-20", "T-713-20", "MDL-2967"}
    assert all(float(cell) > 0 for row in rows.values() for cell in row)
    table = steps.split("\n\n")[0].splitlines()[2:]
    *parts, total = [[float(cell) for cell in line.split()[-2:]] for line in table]
    # The last part is of the row's words apart: the check of a copyright class resting on the
    # Act's presumptions.
    assert len(parts) == 6 and table[-1].split()[0] == "total"
    assert "whether R9 presumptions decide" in table[-2]
    for column in (0, 1):
        assert total[column] == pytest.approx(sum(part[column] for part in parts), abs=0.3)
        assert all(part[column] > 0 for part in parts)
    # Three actions a row cost more than one; the decision's share of the row is printed.
    assert total[1] > total[0]
    assert "of the row is the decision" in steps


def _counts(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "counts.py"), *args],
        capture_output=True, text=True, timeout=600, check=False,
    )


def test_the_floor_and_a_csv_row_are_timed_in_turn() -> None:
    done = _counts("--alternate", "--records", "60")
    assert done.returncode == 0, done.stdout + done.stderr
    rounds = [line.split() for line in done.stdout.splitlines() if line.lstrip().startswith("floor")]
    assert len(rounds) == 3
    for cells in rounds:
        floor, row, ratio = (float(cells[i].replace(",", "")) for i in (1, 5, 7))
        assert floor > row > 0 and ratio == pytest.approx(row / floor, abs=0.002)
    refused = _counts("reed")
    assert refused.returncode == 2 and "no measure 'reed'" in refused.stderr


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_instructions_a_record_are_counted_under_valgrind() -> None:
    done = _counts("read", "floor", "--records", "20")
    assert done.returncode == 0, done.stdout + done.stderr
    counted = dict(line.split() for line in done.stdout.splitlines()[2:])
    read, floor = (float(counted[m].replace(",", "")) for m in ("read", "floor"))
    # Reading a record does all the floor does (parse, validate, structure) and more.
    assert 50_000 < floor < read < 5_000_000
