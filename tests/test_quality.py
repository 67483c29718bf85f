"""The package is typed (mypy --strict), linted (ruff) and ships py.typed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import classaction

ROOT = Path(__file__).resolve().parents[1]
LINTED = ("src", "tests", "benchmarks", "examples")


def test_the_package_ships_py_typed() -> None:
    assert (Path(classaction.__file__).parent / "py.typed").is_file()


def test_mypy_strict_passes_on_src() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", str(ROOT / "src")],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_passes_on_src_tests_benchmarks_and_examples() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", *(str(ROOT / d) for d in LINTED)],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_public_api_is_explicit() -> None:
    for name in classaction.__all__:
        assert getattr(classaction, name) is not None, name
