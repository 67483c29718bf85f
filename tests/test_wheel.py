"""The built wheel, installed in a fresh virtual environment, carries and loads the schemas."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from conftest import HeadStart

ROOT = Path(__file__).resolve().parents[1]

CHECK = """
import json, sys
from importlib import resources
import classaction as ca
pkg = resources.files("classaction")
out = {
    "file": ca.__file__,
    "schemas": {n: json.loads(pkg.joinpath("schemas", n).read_text("utf-8"))
                for n in ("claim.schema.json", "determination.schema.json", "action.schema.json")},
    "seed": json.loads(pkg.joinpath("seeds", "t-724-20.json").read_text("utf-8")),
    "typed": pkg.joinpath("py.typed").is_file(),
    "outcome": ca.determine(ca.read_claim(sys.argv[1])).outcomes["PB"].value,
}
print(json.dumps(out))
"""


def _fresh_install(env_dir: Path, wheel: Path) -> Path:
    """A new virtual environment with the wheel and its dependencies installed, and its Python.

    The environment gets no pip of its own (ensurepip took about 6 s): this pip installs into it.
    """
    venv.create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", str(wheel)],
        check=True, capture_output=True,
    )
    return python


def test_the_wheel_installs_fresh_and_loads_its_own_schemas(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(ROOT)],
        check=True, capture_output=True,
    )
    (wheel,) = wheels.glob("classaction-*.whl")
    assert wheel.name.endswith("-py3-none-any.whl")  # the default build is pure Python
    env_dir = tmp_path / "venv"
    python = _fresh_install(env_dir, wheel)
    claim = (ROOT / "examples" / "claims.jsonl").read_text("utf-8").splitlines()[0]
    done = subprocess.run(
        [str(python), "-c", CHECK, claim], check=True, capture_output=True, text=True,
        cwd=tmp_path,
    )
    out = json.loads(done.stdout)
    assert str(env_dir) in out["file"]
    for name, schema in out["schemas"].items():
        assert schema == json.loads((ROOT / "schemas" / name).read_text("utf-8")), name
    assert out["seed"] == json.loads((ROOT / "seeds" / "t-724-20.json").read_text("utf-8"))
    assert out["typed"] is True
    assert out["outcome"] == "MEMBER"


def _classify(python: Path | str, cwd: Path) -> str:
    done = subprocess.run(
        [str(python), "-m", "classaction", "classify", str(ROOT / "examples" / "claims.jsonl")],
        capture_output=True, text=True, cwd=cwd, check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


HAVE_CC = bool(shutil.which(str(sysconfig.get_config_var("CC") or "cc").split()[0]))


def _compiled_build(workdir: Path) -> tuple[list[str], dict[str, str]]:
    """HATCH_BUILD_HOOK_ENABLE_MYPYC=1 builds the engine and rules with mypyc (pyproject.toml)."""
    # Built from a copy: the compiler leaves its artifacts beside the sources it compiled.
    tree = workdir / "tree"
    for name in ("src", "schemas", "seeds"):
        shutil.copytree(ROOT / name, tree / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, tree / name)
    wheels = workdir / "wheels"
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(tree)]
    return command, {**os.environ, "HATCH_BUILD_HOOK_ENABLE_MYPYC": "1"}


# The build takes half a minute on one core: it starts when collection ends (tests/conftest.py).
COMPILED_BUILD = HeadStart(_compiled_build, timeout=900, enabled=HAVE_CC)


@pytest.mark.skipif(not HAVE_CC, reason="the compiled build needs a C compiler")
@pytest.mark.head_start(COMPILED_BUILD)
def test_the_compiled_build_installs_and_classifies_as_the_plain_one(tmp_path: Path) -> None:
    """HATCH_BUILD_HOOK_ENABLE_MYPYC=1 builds the engine and rules with mypyc (pyproject.toml)."""
    built = COMPILED_BUILD.result()
    assert built.returncode == 0, built.stdout + built.stderr
    assert not list((ROOT / "src").rglob("*.so"))
    (wheel,) = (built.workdir / "wheels").glob("classaction-*.whl")
    assert not wheel.name.endswith("-none-any.whl")
    env_dir = tmp_path / "venv"
    python = _fresh_install(env_dir, wheel)
    where = subprocess.run(
        [str(python), "-c", "import classaction.engine.core as e, classaction.actions.t_724_20.rules as r; "
                            "print(e.__file__, r.__file__)"],
        check=True, capture_output=True, text=True, cwd=tmp_path,
    ).stdout.split()
    assert all(path.endswith(".so") and str(env_dir) in path for path in where), where
    # Every example claimant gets the same output record from both builds.
    assert _classify(python, tmp_path) == _classify(sys.executable, tmp_path)
