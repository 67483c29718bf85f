"""Kleene's strong three-valued logic, checked against its truth tables."""

from __future__ import annotations

import itertools

import pytest

from classaction import Tri
from classaction._logic import agree, all_of, any_of

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
