"""Deciding first and explaining on demand gives the determinations explained at once.

A determination decides each class with a lean evaluation of the rules, names the missing facts
of a class left undetermined with a context that keeps no reasons, and builds the findings when
they are first read (``classaction.engine.core.determine_with``). Built at once
(``explain=True``), every criterion is worked out by the full, tracing evaluation, as before.
These tests hold the two equal: the outcomes, the missing facts in their order, and the whole
record, on 10,000 claims of the benchmark's generator, on every claim held to a fingerprint
(tests/equivalence.py) under its readings, and on generated claims under generated readings.
"""

from __future__ import annotations

import contextlib
import random
import sys
from pathlib import Path
from typing import Any

import pytest
from equivalence import subjects
from hypothesis import HealthCheck, given, settings
from strategies import partial_claims, readings

import classaction as ca
from classaction.engine import core

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from run import SEED, synthetic_claim  # noqa: E402

RULES = ca.rules()
COUNT = 10_650  # about 6% are made invalid: 10,000 valid claims and more


def _benchmark_claims() -> list[ca.Claim]:
    rng = random.Random(SEED)
    claims = []
    for number in range(COUNT):
        with contextlib.suppress(ca.InvalidRecord):  # about 3% are made invalid on purpose
            claims.append(ca.read_claim(synthetic_claim(rng, number)))
    return claims


def _same(claim: ca.Claim, chosen: Any, rank_missing: bool = True) -> None:
    lean = core.determine_with(RULES, claim, chosen, rank_missing, "-")
    full = core.determine_with(RULES, claim, chosen, rank_missing, "-", explain=True)
    assert lean.outcomes == full.outcomes
    for lean_class, full_class in zip(lean.classes, full.classes, strict=True):
        assert lean_class.missing == full_class.missing
        assert lean_class.relief == full_class.relief
        # The outline, made without the explanation, is the explanation less its facts and reasons.
        assert lean_class.outline() == full_class.outline()
    # Each criterion's value from the lean evaluation is the full evaluation's.
    decided = core._decide(RULES, claim, chosen)
    values = {f.criterion: f.value for cls in full.classes for f in cls.findings}
    assert {c: v for c, (v, _) in decided.items()} == values
    # A determination decides by the evaluations that name the missing facts: each value, and
    # the items' values in order, as the lean evaluation gives them.
    assert core._decide_naming(RULES, claim, chosen, core._Shared()) == decided
    # Reading the findings builds them: the whole record is then the same.
    assert ca.determination_record(lean) == ca.determination_record(full)
    assert lean == full


@pytest.mark.parametrize("part", range(4))
def test_the_benchmark_claims_are_decided_as_explained(part: int) -> None:
    claims = _benchmark_claims()
    assert len(claims) >= 10_000
    chosen = ca.Readings()
    for claim in claims[part::4]:
        _same(claim, chosen)


def test_unranked_missing_facts_are_the_same() -> None:
    chosen = ca.Readings()
    for claim in _benchmark_claims()[:1_000]:
        _same(claim, chosen, rank_missing=False)


@pytest.mark.parametrize("chunk", range(4))
def test_the_fingerprinted_claims_are_decided_as_explained(chunk: int) -> None:
    for name, record, values in list(subjects())[chunk::4]:
        claim = ca.claim_from_record(record)
        chosen = ca.Readings().with_values(values)
        try:
            _same(claim, chosen)
        except AssertionError:
            raise AssertionError(name) from None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(partial_claims(), readings())
def test_generated_claims_are_decided_as_explained(claim: ca.Claim, chosen: ca.Readings) -> None:
    _same(claim, chosen)


def test_findings_are_built_only_when_read(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    explanation = core.explanation

    def counting(rules: Any, definition: Any, claim: Any, chosen: Any) -> Any:
        built.append(definition.id)
        return explanation(rules, definition, claim, chosen)

    monkeypatch.setattr(core, "explanation", counting)
    line = (ROOT / "examples" / "claims.jsonl").read_text("utf-8").splitlines()[0]
    determination = ca.determine(ca.read_claim(line))
    assert determination.outcomes
    determination.next_facts()
    [cls.outline() for cls in determination.classes]
    assert built == []
    first = determination.classes[0]
    outlined = first.outline()
    assert first.findings is first.findings  # built once, then kept
    assert built == [first.class_id]
    # Once built, the outline is made from them, and is the one made without them.
    assert first.outline() == outlined
    assert built == [first.class_id]


def test_a_lazy_determination_pickles_and_compares_as_a_plain_one() -> None:
    import pickle

    claim = ca.read_claim((ROOT / "examples" / "claims.jsonl").read_text("utf-8").splitlines()[0])
    lean = ca.determine(claim)
    full = core.determine_with(RULES, claim, ca.Readings(), explain=True)
    assert pickle.loads(pickle.dumps(lean)) == full
    assert full == lean and lean == full
    assert hash(full.classes[0]) == hash(lean.classes[0])
    assert ca.unstructure(lean) == ca.unstructure(full)


@pytest.mark.parametrize("action", ["T-724-20", "T-713-20", "MDL-2967"])
def test_the_evaluations_that_name_missing_facts_decide_as_the_lean_one(action: str) -> None:
    """A determination decides each criterion by the evaluation that names its missing facts
    (``core._decide_naming``), kept for the classes left undetermined: each criterion's value,
    and the value of each item of the lists it asks about directly (the outline), in order,
    are the lean evaluation's (``core._decide``), for every action."""
    from classaction import actions

    bundle = actions.get(action)
    rules, chosen = bundle.rules, bundle.readings()
    unknown = 0
    for claim in _benchmark_claims()[:3_000]:
        decided = core._decide(rules, claim, chosen)
        assert core._decide_naming(rules, claim, chosen, core._Shared()) == decided
        unknown += any(value is ca.Tri.UNKNOWN for value, _ in decided.values())
    assert unknown >= 300  # criteria left open were compared too


@pytest.mark.parametrize("action", ["T-724-20", "T-713-20", "MDL-2967"])
def test_each_class_alone_ranks_its_missing_facts_as_the_classes_together(action: str) -> None:
    """The classes of a claim weigh a missing fact once where they are alike (the same test
    with its criteria in the same places, the same rules affected, the same values elsewhere:
    ``core._Shared.weights``): each class determined alone, sharing nothing, ranks the same
    facts in the same order, with the same share settled and days."""
    from classaction import actions

    bundle = actions.get(action)
    rules, chosen = bundle.rules, bundle.readings()
    undetermined = 0
    for claim in _benchmark_claims()[:800]:
        together = core.determine_with(rules, claim, chosen, True, "-")
        for definition, decided in zip(rules.action.classes, together.classes, strict=True):
            alone = core.determine_class(rules, definition, claim, chosen)
            assert decided.missing == alone.missing, (action, definition.id)
            undetermined += bool(alone.missing)
    assert undetermined >= 100  # the comparison weighed facts


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(partial_claims(), readings())
def test_generated_claims_rank_each_class_alone_as_together(
    claim: ca.Claim, chosen: ca.Readings
) -> None:
    """As above, on generated claims under generated readings (T-724-20's Targeted Individuals
    and Copyright Infringement classes are one shape, "all of" two criteria)."""
    together = core.determine_with(RULES, claim, chosen, True, "-")
    for definition, decided in zip(RULES.action.classes, together.classes, strict=True):
        assert decided.missing == core.determine_class(RULES, definition, claim, chosen).missing


def test_a_deferred_determination_prints_as_the_plain_one() -> None:
    # A determination whose digest or findings are worked out when read prints as the plain
    # value, under its public name (not "Undigested(...)" or "Unexplained(...)").
    import attrs

    from classaction.engine.determination import ClassDetermination, Determination

    claim = ca.read_claim((ROOT / "examples" / "claims.jsonl").read_bytes().splitlines()[0])
    lazy = ca.determine(claim)
    assert type(lazy) is not Determination  # the digest is deferred
    plain = Determination(**{a.name: getattr(lazy, a.name) for a in attrs.fields(Determination)})
    assert repr(lazy) == repr(plain)
    assert repr(lazy).startswith("Determination(action='T-724-20'")
    cls = lazy.classes[0]
    assert type(cls) is not ClassDetermination
    assert repr(cls).startswith("ClassDetermination(class_id='PB'")
