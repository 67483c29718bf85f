"""The wheel's build hook: the engine and the rules compiled with mypyc wherever this machine can.

The same typed source runs compiled or interpreted, with the same answers (tests/test_wheel.py
builds both and compares them); compiled, a determination takes about 0.6 of the time
(benchmarks/README.md). Compiling needs a C compiler and the Python headers. Where either is
missing, or the compiler fails, the wheel is built pure Python instead, with a warning, so
the README's install command works on every machine:

- ``CLASSACTION_PURE_PYTHON=1`` builds pure Python on purpose;
- an editable install (``pip install -e .``) is never compiled: the sources stay what runs;
- a build without isolation where hatch-mypyc is not installed is pure Python.

The hook is hatch-mypyc's, with those two fallbacks added and its modules cleared from the
source tree once the wheel holds them (it compiles in place, beside the sources).
"""

from __future__ import annotations

import os
import shlex
import shutil
import sysconfig
from pathlib import Path
from typing import Any

try:
    from hatch_mypyc.plugin import MypycBuildHook as _Hook

    _NO_COMPILER_PLUGIN = ""
except ImportError:  # a build without isolation, in an environment without the plugin
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface as _Hook

    _NO_COMPILER_PLUGIN = "hatch-mypyc is not installed where it builds"


def _why_not_compiled() -> str | None:
    """Why this machine cannot compile the package, or None if it looks as if it can."""
    if os.environ.get("CLASSACTION_PURE_PYTHON", "") not in ("", "0"):
        return "CLASSACTION_PURE_PYTHON is set"
    if _NO_COMPILER_PLUGIN:
        return _NO_COMPILER_PLUGIN
    compiler = os.environ.get("CC") or str(sysconfig.get_config_var("CC") or "cc")
    words = shlex.split(compiler)
    if not words or shutil.which(words[0]) is None:
        return f"no C compiler ({words[0] if words else 'none named'})"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "no Python headers (Python.h)"
    return None


class CompiledWhereItBuilds(_Hook):  # type: ignore[misc]
    """hatch-mypyc's hook, falling back to a pure-Python wheel where it cannot compile."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        why = _why_not_compiled()
        if why is None:
            try:
                super().initialize(version, build_data)
                return
            except Exception as error:  # hatch-mypyc raises with the compiler's whole output
                self.clean([version])
                lines = [line.strip() for line in str(error).splitlines() if line.strip()]
                errors = [line for line in lines if "error" in line.lower()] or lines
                why = "it failed: " + " / ".join(errors[:3])
        self.app.display_warning(f"classaction: building pure Python, not compiled ({why})")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        # The compiled modules were made beside the sources; the wheel holds them now.
        if self.target_name == "wheel" and not build_data.get("pure_python", True):
            self.clean([version])


def get_build_hook() -> type[CompiledWhereItBuilds]:
    return CompiledWhereItBuilds
