"""The engine's shortcuts change nothing: kept results and skipped answers are exact.

The engine keeps each item's value (``Context.some``) and, when it weighs an
answer to a missing fact, works out again only the items that read it; it
skips answers that cannot settle a class, and a date the rules cannot
tell from one tried. Each determination here is made twice, with the
shortcuts and with the engine forced to work everything out, and must be equal.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from strategies import partial_claims, readings

import classaction as ca
from classaction.engine import core as _engine

# A compiled engine cannot be patched: where the installed one is (the wheel's default, see
# hatch_build.py), these tests run on the sources instead, in a process of their own.
COMPILED = not _engine.__file__.endswith(".py")
on_the_sources = pytest.mark.skipif(COMPILED, reason="the installed engine is compiled: run on the sources")


def _every_item(
    self: Any, items: Sequence[Any], base: str, test: Callable[..., ca.Tri], *args: Any
) -> ca.Tri:
    """Each item worked out afresh, nothing kept from the full evaluation."""
    return _engine._Lean.some(self, items, base, test, *args)


def plain(claim: ca.Claim, chosen: ca.Readings) -> ca.Determination:
    """Determine with every shortcut off: nothing kept, every answer tried."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_engine._Probe, "some", _every_item)
        patch.setattr(_engine, "_could_settle", lambda *args: True)
        # Every date tried, none taken from one the rules saw alike. (Each is still traced:
        # the dates to try are found from the lines the rules draw through it.)
        patch.setattr(_engine, "_known_as", lambda *args: None)
        return ca.determine(claim, chosen)


@on_the_sources
@given(partial_claims(), readings())
def test_shortcuts_change_no_determination(claim: ca.Claim, chosen: ca.Readings) -> None:
    assert ca.determine(claim, chosen) == plain(claim, chosen)


@on_the_sources
def test_the_shortcuts_are_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not a vacuous comparison: on the bundled examples, kept results are reused."""
    reused = 0
    original = _engine._Probe.some

    def counting(
        self: Any, items: Sequence[Any], base: str, test: Callable[..., ca.Tri], *args: Any
    ) -> ca.Tri:
        nonlocal reused
        kept = self._prior.get((base, test))
        if kept is not None:
            again = {i for pointer in self._overrides for i in kept.readers.get(pointer, ())}
            reused += len(items) - len(again)
        return original(self, items, base, test, *args)

    alike = 0
    known_as = _engine._known_as

    def counting_dates(tried: Any, choice: Any) -> bool | None:
        nonlocal alike
        known = known_as(tried, choice)
        alike += known is not None
        return known

    monkeypatch.setattr(_engine._Probe, "some", counting)
    monkeypatch.setattr(_engine, "_known_as", counting_dates)
    root = Path(__file__).resolve().parents[1]
    for line in (root / "examples" / "claims.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            ca.determine(ca.read_claim(line))
    # A photographer with three photographs, whether Clearview collected each left out.
    photos = tuple(ca.Photograph(id=f"p{i}", author=ca.Party.CLAIMANT) for i in range(3))
    ca.determine(ca.Claim(claimant=ca.Person(kind=ca.PersonKind.NATURAL), photographs=photos))
    assert reused > 0
    assert alike > 0


@pytest.mark.skipif(not COMPILED, reason="the installed engine is the sources: the tests above ran")
def test_the_sources_keep_their_shortcuts_exact() -> None:
    """The tests above, run on the sources where the installed engine is compiled."""
    src = Path(__file__).resolve().parents[1] / "src"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", __file__, "-q", "-n", "0", "-p", "no:cacheprovider"],
        env={**os.environ, "PYTHONPATH": str(src)}, capture_output=True, text=True, check=False,
        cwd=Path(__file__).parent,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "2 passed, 1 skipped" in done.stdout, done.stdout[-3000:]
