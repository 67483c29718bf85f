"""Kleene's strong three-valued logic, checked against its truth tables."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classaction import Tri
from classaction.engine.logic import agree, all_of, any_of

T, F, U = Tri.TRUE, Tri.FALSE, Tri.UNKNOWN

AND = {
    (T, T): T, (T, F): F, (T, U): U,
    (F, T): F, (F, F): F, (F, U): F,
    (U, T): U, (U, F): F, (U, U): U,
}
OR = {
    (T, T): T, (T, F): T, (T, U): T,
    (F, T): T, (F, F): F, (F, U): U,
    (U, T): T, (U, F): U, (U, U): U,
}


@pytest.mark.parametrize(("a", "b"), list(itertools.product(Tri, repeat=2)))
def test_conjunction_and_disjunction_follow_the_tables(a: Tri, b: Tri) -> None:
    assert (a & b) is AND[a, b]
    assert all_of((a, b)) is AND[a, b]
    assert (a | b) is OR[a, b]
    assert any_of((a, b)) is OR[a, b]


def test_negation_keeps_unknown() -> None:
    assert ~T is F
    assert ~F is T
    assert ~U is U


def test_empty_conjunction_is_true_and_empty_disjunction_false() -> None:
    assert all_of(()) is T
    assert any_of(()) is F


def test_one_false_settles_a_conjunction_whatever_else_is_unknown() -> None:
    assert all_of((U, U, F, U)) is F
    assert any_of((U, U, T, U)) is T


def test_lifting_keeps_none_apart_from_false() -> None:
    assert Tri.of(None) is U
    assert Tri.of(False) is F
    assert Tri.of(True) is T


def test_agree_is_the_common_value_or_unknown() -> None:
    assert agree((T, T)) is T
    assert agree((F, F, F)) is F
    assert agree((T, F)) is U
    assert agree((T, U)) is U


# A class test as a truth table: strong Kleene logic, worked out from the three values' order
# (FALSE < UNKNOWN < TRUE: a conjunction is the least operand, a disjunction the greatest).
_ORDER = {Tri.FALSE: 0, Tri.UNKNOWN: 1, Tri.TRUE: 2}


def _reference(expression: object, values: dict[str, Tri]) -> Tri:
    from classaction.engine.action import AllOf, AnyOf, NotOf

    if isinstance(expression, str):
        return values[expression]
    if isinstance(expression, AllOf):
        return min((_reference(e, values) for e in expression.all), key=_ORDER.__getitem__,
                   default=Tri.TRUE)
    if isinstance(expression, AnyOf):
        return max((_reference(e, values) for e in expression.any), key=_ORDER.__getitem__,
                   default=Tri.FALSE)
    assert isinstance(expression, NotOf)
    inner = _reference(expression.not_, values)
    return {Tri.TRUE: Tri.FALSE, Tri.FALSE: Tri.TRUE, Tri.UNKNOWN: Tri.UNKNOWN}[inner]


def _tests() -> st.SearchStrategy[object]:
    from classaction.engine.action import AllOf, AnyOf, NotOf

    return st.recursive(
        st.sampled_from(["a", "b", "c"]),
        lambda inner: (
            st.lists(inner, max_size=3).map(lambda parts: AllOf(tuple(parts)))
            | st.lists(inner, max_size=3).map(lambda parts: AnyOf(tuple(parts)))
            | inner.map(NotOf)
        ),
        max_leaves=8,
    )


@given(_tests())
def test_a_compiled_class_test_follows_the_truth_table(expression: object) -> None:
    from classaction.engine.core import compile_test

    test = compile_test(expression)  # type: ignore[arg-type]
    for case in itertools.product(list(Tri), repeat=3):
        values = dict(zip("abc", case, strict=True))
        assert test(values) is _reference(expression, values), (expression, values)


def test_each_class_of_the_action_has_its_test_compiled() -> None:
    from classaction.actions.t_724_20.rules import rules
    from classaction.engine.core import compile_test

    action_rules = rules()
    for cls in action_rules.action.classes:
        ids = [spec.id for spec in cls.criteria]
        for case in itertools.product(list(Tri), repeat=len(ids)):
            values = dict(zip(ids, case, strict=True))
            assert action_rules.tests[cls.id](values) is _reference(cls.test, values)
            assert compile_test(cls.test)(values) is _reference(cls.test, values)
