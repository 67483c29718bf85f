"""The package is typed (mypy --strict), linted (ruff) and ships py.typed."""

from __future__ import annotations

import ast
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
