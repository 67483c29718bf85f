"""The engine's shortcuts change nothing: kept results and skipped answers are exact.

The engine keeps the results of memoized parts of the rules, reuses them
when it weighs an answer to a missing fact, skips answers that cannot
settle a class, and skips a pivot date the rules cannot tell from one
tried. Each determination here is made twice, with the shortcuts and with
the engine forced to work everything out, and must be equal.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from strategies import partial_claims, readings

import classaction as ca
from classaction import _engine

pytestmark = pytest.mark.skipif(
    not _engine.__file__.endswith(".py"),
    reason="a compiled engine cannot be patched; benchmarks/compiled.py compares it with the plain one",
)


def _recall_nothing(self: Any, key: Hashable, work: Callable[..., Any], *args: Any) -> Any:
    return work(*args)


def plain(claim: ca.Claim, chosen: ca.Readings) -> ca.Determination:
    """Determine with every shortcut off: nothing kept, every answer tried."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_engine.Context, "recall", _recall_nothing)
        patch.setattr(_engine._Probe, "recall", _recall_nothing)
        patch.setattr(_engine, "_could_settle", lambda *args: True)
        patch.setattr(_engine, "_answer", lambda choice: choice)  # plain dates, not traced
        patch.setattr(_engine, "_known_as", lambda *args: None)  # every date tried
        return ca.determine(claim, chosen)


@given(partial_claims(), readings())
def test_shortcuts_change_no_determination(claim: ca.Claim, chosen: ca.Readings) -> None:
    assert ca.determine(claim, chosen) == plain(claim, chosen)


def test_the_shortcuts_are_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not a vacuous comparison: on the bundled examples, kept results are reused."""
    reused = 0
    original = _engine._Probe.recall

    def counting(self: Any, key: Hashable, work: Callable[..., Any], *args: Any) -> Any:
        nonlocal reused
        done = False

        def counted() -> Any:
            nonlocal done
            done = True
            return work(*args)

        value = original(self, key, counted)
        reused += not done
        return value

    alike = 0
    known_as = _engine._known_as

    def counting_dates(tried: Any, choice: Any) -> bool | None:
        nonlocal alike
        known = known_as(tried, choice)
        alike += known is not None
        return known

    monkeypatch.setattr(_engine._Probe, "recall", counting)
    monkeypatch.setattr(_engine, "_known_as", counting_dates)
    root = Path(__file__).resolve().parents[1]
    for line in (root / "examples" / "claims.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            ca.determine(ca.read_claim(line))
    assert reused > 0
    assert alike > 0
