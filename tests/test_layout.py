"""Nothing outside an action's folder names that action's classes, readings or seed, or imports it.

The engine, the law, the records, the explanations and the command line take an action as a
bundle (classaction.engine.bundle.ActionBundle); an action's own words live in its folder
(classaction/actions/<action>/). This walks every module of the package outside those folders:
its imports, its attribute reads and its string literals (docstrings aside: they document, by
example, and name the default action as the README does).

Two kinds of module may name the default action, by design: the facade (``__init__.py``, whose
single-action names such as ``classaction.determine`` speak of it, and ``api.py``), and the
registry (``actions/__init__.py``, whose ``DEFAULT`` names it). ``KNOWN`` lists what is still
to move into an action's folder: a new finding anywhere else fails, and so does an entry of
``KNOWN`` that no longer finds anything, so the list can only shrink.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from classaction import actions
from classaction.engine.readings import ActionReadings

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "classaction"
FACADE = {"__init__.py", "api.py", "actions/__init__.py"}
# Still to move into an action's folder: nothing (the interview's words for an action are its
# bundle's, classaction.engine.bundle.InterviewWords).
KNOWN: set[str] = set()
# A class id that is also the code of a place (MDL 2967's California Subclass, "CA"; its Illinois,
# New York and Virginia Subclasses) is not looked for as a string: the records, the law and the
# interview name Canada and the states so (ISO 3166). Its imports and attribute reads are still
# walked.
COUNTRIES = {"CA", "US", "IL", "NY", "VA"}


def _modules() -> Iterator[tuple[str, ast.Module]]:
    bundled = {
        path.parent.relative_to(PACKAGE).as_posix() + "/"
        for path in (PACKAGE / "actions").glob("*/__init__.py")
    }
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel in FACADE or any(rel.startswith(folder) for folder in bundled):
            continue
        yield rel, ast.parse(path.read_text("utf-8"))


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


@attrs.frozen
class Names:
    package: str  # classaction.actions.t_724_20
    class_ids: frozenset[str]
    criteria: frozenset[str]  # "PB.natural_person", ...
    class_names: frozenset[str]
    readings: frozenset[str]  # field names of the action's own readings
    numbers: frozenset[str]  # R2, R3, ...
    seed: str


def _names() -> list[Names]:
    found = []
    base = {field.name for field in attrs.fields(ActionReadings)} if attrs.has(ActionReadings) else set()
    base |= {"as_of"}
    # A reading named as a fact of the claim record ("proof") is no name of the action's own.
    schema = (PACKAGE.parents[1] / "schemas" / "claim.schema.json").read_text("utf-8")
    base |= set(re.findall(r'"([a-z_]+)":', schema))
    for bundle in actions.bundles().values():
        fields = [f for f in attrs.fields(bundle.readings) if f.name not in base]
        found.append(Names(
            package=bundle.readings.__module__.rsplit(".", 1)[0],
            class_ids=frozenset(cls.id for cls in bundle.action.classes),
            criteria=frozenset(c.id for cls in bundle.action.classes for c in cls.criteria),
            class_names=frozenset(cls.name.removesuffix(" Class") for cls in bundle.action.classes),
            readings=frozenset(f.name for f in fields),
            numbers=frozenset(str(f.metadata["reading"]) for f in fields if "reading" in f.metadata),
            seed=bundle.action.id.lower() + ".json",
        ))
    return found


def _findings(rel: str, tree: ast.Module, names: Names) -> list[str]:
    here = "classaction." + rel.removesuffix(".py").replace("/", ".")
    docs = _docstrings(tree)
    words = re.compile(
        r"\b(" + "|".join(map(re.escape, sorted(names.class_names | names.numbers))) + r")\b"
    )
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            level = node.level
            base = here.split(".")[: len(here.split(".")) - level] if level else []
            target = ".".join([*base, node.module or ""]).strip(".") if level else node.module or ""
            modules = [target] + [f"{target}.{alias.name}" for alias in node.names]
            if any(m == names.package or m.startswith(names.package + ".") for m in modules):
                found.append(f"{rel}:{node.lineno} imports {names.package}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(names.package):
                    found.append(f"{rel}:{node.lineno} imports {alias.name}")
        elif isinstance(node, ast.Attribute) and node.attr in names.readings:
            found.append(f"{rel}:{node.lineno} reads reading {node.attr}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            text = node.value
            if (text in names.class_ids and text not in COUNTRIES) or text in names.readings \
                    or text in names.criteria:
                found.append(f"{rel}:{node.lineno} names {text!r}")
            elif names.seed in text or words.search(text):
                match = words.search(text)
                found.append(f"{rel}:{node.lineno} names {match[0] if match else names.seed!r}")
    return found


def test_the_package_outside_an_action_folder_names_no_action() -> None:
    findings: dict[str, list[str]] = {}
    for rel, tree in _modules():
        for names in _names():
            for finding in _findings(rel, tree, names):
                findings.setdefault(rel, []).append(finding)
    unexpected = {rel: found for rel, found in findings.items() if rel not in KNOWN}
    assert not unexpected, "\n".join(f for found in unexpected.values() for f in found)
    assert set(findings) >= KNOWN, f"no longer naming an action, drop from KNOWN: {KNOWN - set(findings)}"


@pytest.mark.parametrize("source,expected", [
    ('from ..actions.t_724_20.readings import Readings\n', "imports"),
    ('x = {"PB": 1}\n', "names 'PB'"),
    ('if finding.criterion == "CI.holds_rights_in_collected_photograph": pass\n', "names 'CI."),
    ('def f(r):\n    return r.residency_window\n', "reads reading residency_window"),
    ('HELP = "choose a reading, as in R3=both"\n', "names"),
    ('HELP = "the Privacy Breach class"\n', "names"),
])
def test_the_walk_finds_an_action_named_outside_its_folder(source: str, expected: str) -> None:
    (names,) = [n for n in _names() if n.package.endswith("t_724_20")]
    found = _findings("present/example.py", ast.parse(source), names)
    assert found and expected in found[0], found


def test_the_walk_leaves_docstrings_and_generic_words_alone() -> None:
    (names,) = [n for n in _names() if n.package.endswith("t_724_20")]
    source = '"""Privacy Breach, R3 and PB in a docstring."""\nx = "proof of the claim"\ny = d.as_of\n'
    assert _findings("present/example.py", ast.parse(source), names) == []
