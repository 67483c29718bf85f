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
from conftest import Finished, HeadStart

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


def _copy_of_the_tree(tree: Path) -> Path:
    """The files a build reads, copied: the compiler works beside the sources it compiles."""
    for name in ("src", "schemas", "seeds"):
        shutil.copytree(ROOT / name, tree / name, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    for name in ("pyproject.toml", "README.md", "hatch_build.py"):
        shutil.copy2(ROOT / name, tree / name)
    return tree


HAVE_CC = bool(shutil.which(str(sysconfig.get_config_var("CC") or "cc").split()[0]))


def _build(workdir: Path, **env: str) -> tuple[list[str], dict[str, str]]:
    """`pip wheel` of a copy of the tree, verbose (the build hook's warning is in its output)."""
    tree = _copy_of_the_tree(workdir / "tree")
    command = [sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "-w", str(workdir / "wheels"),
               str(tree)]
    return command, {**os.environ, **env}


# Each build takes half a minute on one core (mypy, then the C compiler): they start when
# collection ends (tests/conftest.py).
DEFAULT_BUILD = HeadStart(_build, timeout=900)
# A machine whose compiler fails: `false` is found, runs, and fails every compilation.
FAILING_COMPILER = HeadStart(lambda workdir: _build(workdir, CC="false"), timeout=900, enabled=HAVE_CC)


def _wheel(built: Finished) -> Path:
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (wheel,) = (built.workdir / "wheels").glob("classaction-*.whl")
    # The compiler's modules, made beside the copied sources, are cleared once the wheel has them.
    assert not list((built.workdir / "tree").rglob("*.so"))
    return wheel


def _engine_files(python: Path, cwd: Path) -> list[str]:
    return subprocess.run(
        [str(python), "-c", "import classaction.engine.core as e, classaction.actions.mdl_2967.rules as r; "
                            "print(e.__file__, r.__file__)"],
        check=True, capture_output=True, text=True, cwd=cwd,
    ).stdout.split()


def _classify(python: Path | str, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(python), "-m", "classaction", "classify", str(ROOT / "examples" / "claims.jsonl")],
        capture_output=True, text=True, cwd=cwd, check=False, env=env,
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def _from_the_sources() -> str:
    """The examples classified by the sources themselves, interpreted: the plain reference."""
    # An install from this checkout compiled beside these sources and cleared what it made.
    assert not list((ROOT / "src").rglob("*.so"))
    return _classify(sys.executable, ROOT, {**os.environ, "PYTHONPATH": str(ROOT / "src")})


@pytest.mark.head_start(DEFAULT_BUILD)
def test_the_wheel_installs_fresh_and_loads_its_own_schemas(tmp_path: Path) -> None:
    wheel = _wheel(DEFAULT_BUILD.result())
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


@pytest.mark.skipif(not HAVE_CC, reason="the compiled build needs a C compiler")
@pytest.mark.head_start(DEFAULT_BUILD)
def test_the_default_build_compiles_and_classifies_as_the_sources(tmp_path: Path) -> None:
    """Where there is a C compiler, the README's install compiles the engine and the rules
    (hatch_build.py, the list in pyproject.toml), and they give the same records."""
    wheel = _wheel(DEFAULT_BUILD.result())
    assert not wheel.name.endswith("-none-any.whl"), wheel.name
    env_dir = tmp_path / "venv"
    python = _fresh_install(env_dir, wheel)
    where = _engine_files(python, tmp_path)
    assert all(path.endswith(".so") and str(env_dir) in path for path in where), where
    version = subprocess.run([str(python), "-m", "classaction", "--version"], check=True,
                             capture_output=True, text=True, cwd=tmp_path).stdout
    assert version.endswith("(compiled with mypyc)\n"), version
    # Every example claimant gets the same output record from the build and the sources.
    assert _classify(python, tmp_path) == _from_the_sources()


@pytest.mark.skipif(not HAVE_CC, reason="the compiler that fails stands in for one that exists")
@pytest.mark.head_start(FAILING_COMPILER)
def test_where_the_compiler_fails_the_build_is_pure_python_and_says_so(tmp_path: Path) -> None:
    built = FAILING_COMPILER.result()
    wheel = _wheel(built)
    assert wheel.name.endswith("-py3-none-any.whl"), wheel.name
    assert "classaction: building pure Python, not compiled (it failed: " in built.stdout + built.stderr
    env_dir = tmp_path / "venv"
    python = _fresh_install(env_dir, wheel)
    where = _engine_files(python, tmp_path)
    assert all(path.endswith(".py") and str(env_dir) in path for path in where), where
    assert _classify(python, tmp_path) == _from_the_sources()


def test_pure_python_is_built_on_request(tmp_path: Path) -> None:
    command, env = _build(tmp_path, CLASSACTION_PURE_PYTHON="1")
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "building pure Python, not compiled (CLASSACTION_PURE_PYTHON is set)" in done.stdout + done.stderr
    (wheel,) = (tmp_path / "wheels").glob("classaction-*.whl")
    assert wheel.name.endswith("-py3-none-any.whl"), wheel.name


def test_a_build_without_the_compiling_plugin_is_pure_python(tmp_path: Path) -> None:
    """A packager building without isolation, where hatch-mypyc is not installed, still gets
    the package (hatch_build.py falls back on hatchling's own hook)."""
    builder = tmp_path / "builder"
    venv.create(builder)
    python = builder / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "hatchling"],
        check=True, capture_output=True,
    )
    tree = _copy_of_the_tree(tmp_path / "tree")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "wheel", "-v", "--no-deps",
         "--no-build-isolation", "-w", str(tmp_path / "wheels"), str(tree)],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "(hatch-mypyc is not installed where it builds)" in done.stdout + done.stderr
    (wheel,) = (tmp_path / "wheels").glob("classaction-*.whl")
    assert wheel.name.endswith("-py3-none-any.whl"), wheel.name
