"""The package is typed (mypy --strict), linted (ruff) and ships py.typed."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import classaction
from classaction.actions import bundles

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


# The modules that hold the rules of an action (and the tests' own small action).
RULE_MODULES = (
    ROOT / "src" / "classaction" / "actions" / "t_724_20" / "rules.py",
    ROOT / "src" / "classaction" / "law" / "copyright.py",
    ROOT / "src" / "classaction" / "law" / "persons.py",
    ROOT / "src" / "classaction" / "law" / "residence.py",
    ROOT / "src" / "classaction" / "actions" / "t_713_20" / "rules.py",
    ROOT / "src" / "classaction" / "actions" / "mdl_2967" / "rules.py",
    ROOT / "tests" / "toy_action.py",
)
_READS = {"field", "optional", "fact", "unlisted"}


def _discarded_reads(source: str) -> list[int]:
    """Lines where a fact is read through the context and its value thrown away."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Attribute)
        and node.value.func.attr in _READS
    ]


def test_no_rule_reads_a_fact_only_to_name_it() -> None:
    """The engine decides which missing facts to ask for (Context.part, FactSpec.when)."""
    assert _discarded_reads("ctx.field(p, b, 'made_on')\nx = ctx.field(p, b, 'author')\n") == [1]
    for module in RULE_MODULES:
        assert _discarded_reads(module.read_text("utf-8")) == [], module.name


def test_a_type_checker_knows_each_bundled_actions_readings_by_its_id(tmp_path: Path) -> None:
    # ca.readings("MDL-2967") is typed as MDL-2967's own readings (api.py's overloads), so a
    # developer reads a reading's value without a cast; an action bundled without an overload
    # is typed as the base class, and fails here.
    lines = ["from typing import assert_type", "import classaction as ca"]
    for action_id in sorted(bundles()):
        kind = type(classaction.readings(action_id))
        lines.append(f"import {kind.__module__}")
        lines.append(f"assert_type(ca.readings({action_id!r}), {kind.__module__}.{kind.__qualname__})")
    lines.append("assert_type(ca.readings(), ca.Readings)")
    lines.append("some_id: str = 'T-724-20'")
    lines.append("assert_type(ca.readings(some_id), ca.ActionReadings)")
    snippet = tmp_path / "uses_readings.py"
    snippet.write_text("\n".join(lines) + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(snippet)],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
