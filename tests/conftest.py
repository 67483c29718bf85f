"""Shared test set-up: the bundled case files, the Hypothesis profiles and head starts.

Profiles: "default" for every run; "deep" for a longer search
(HYPOTHESIS_PROFILE=deep python -m pytest tests/test_properties.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

CASES = Path(__file__).parent / "cases"

settings.register_profile(
    "default", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "deep", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def load_cases(name: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads((CASES / name).read_text(encoding="utf-8"))["cases"]
    return cases


# --- head starts -------------------------------------------------------------------------------

# Two tests spend half a minute each waiting on a subprocess that uses one core: the build
# compiled with mypyc (tests/test_wheel.py) and the compiled-engine experiment
# (tests/test_benchmark.py), while the test run itself uses one core. A test marked
# `@pytest.mark.head_start(job)` has its job started when collection ends, if the test is among
# those selected: the jobs run one after another beside the rest of the suite, and those tests
# are moved to the end of the run, where they check each job's result as before.


@dataclass(frozen=True)
class Finished:
    returncode: int
    stdout: str
    stderr: str
    workdir: Path


class HeadStart:
    """A subprocess a test waits on. `prepare(workdir)` writes what the command needs into
    `workdir` and returns the command and its environment (None: this one's)."""

    def __init__(
        self,
        prepare: Callable[[Path], tuple[list[str], dict[str, str] | None]],
        *,
        timeout: float,
        enabled: bool = True,
    ) -> None:
        self._prepare = prepare
        self._timeout = timeout
        self.enabled = enabled  # False where the test is skipped: nothing is started
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._workdir: Path | None = None
        self._stopped = False

    def start(self) -> None:
        with self._lock:
            if self._process is not None or self._stopped:
                return
            self._workdir = Path(tempfile.mkdtemp(prefix="classaction-head-start-"))
            command, env = self._prepare(self._workdir)
            # Output goes to files: a pipe nobody reads would stop the command once full.
            with open(self._workdir / "stdout", "wb") as out, open(self._workdir / "stderr", "wb") as err:
                self._process = subprocess.Popen(command, stdout=out, stderr=err, env=env)

    def wait(self) -> None:
        if self._process is not None:
            self._process.wait(timeout=self._timeout)

    def result(self) -> Finished:
        """The finished job (started now if its turn has not come)."""
        self.start()
        assert self._process is not None and self._workdir is not None
        self.wait()
        return Finished(
            self._process.returncode,
            (self._workdir / "stdout").read_text("utf-8", errors="replace"),
            (self._workdir / "stderr").read_text("utf-8", errors="replace"),
            self._workdir,
        )

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._process is not None and self._process.poll() is None:
                self._process.kill()
                self._process.wait()
            if self._workdir is not None:
                shutil.rmtree(self._workdir, ignore_errors=True)


def _head_starts(items: list[pytest.Item]) -> list[HeadStart]:
    jobs = []
    for item in items:
        marker = item.get_closest_marker("head_start")
        if marker is not None and marker.args[0].enabled and marker.args[0] not in jobs:
            jobs.append(marker.args[0])
    return jobs


def _in_turn(jobs: list[HeadStart]) -> None:
    for job in jobs:
        job.start()
        with contextlib.suppress(subprocess.TimeoutExpired):  # the test's own wait says so
            job.wait()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "head_start(job): the test checks a HeadStart job, started after collection"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.get_closest_marker("head_start") is not None)  # stable


def pytest_collection_finish(session: pytest.Session) -> None:
    jobs = _head_starts(session.items)  # of the selected tests only
    # Under pytest-xdist every worker collects every test: a head start there would run each job
    # once a worker. The worker that runs the test starts its job then (HeadStart.result).
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    if jobs and not session.config.option.collectonly:
        threading.Thread(target=_in_turn, args=(jobs,), daemon=True).start()


def pytest_sessionfinish(session: pytest.Session) -> None:
    for job in _head_starts(session.items):
        job.stop()
