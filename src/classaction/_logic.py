"""Three-valued (Kleene) logic.

A criterion is true, false or unknown. One false settles a conjunction, one
true settles a disjunction; otherwise an unknown operand leaves the result
unknown (strong Kleene logic).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable


class Tri(enum.Enum):
    """A truth value that keeps "unknown" apart from "false"."""

    TRUE = "true"
    FALSE = "false"
    UNKNOWN = "unknown"

    @classmethod
    def of(cls, value: bool | None) -> Tri:
        """Lift a Python value: ``None`` (left out) becomes UNKNOWN."""
        if value is None:
            return cls.UNKNOWN
        return cls.TRUE if value else cls.FALSE

    @property
    def known(self) -> bool:
        return self is not Tri.UNKNOWN

    def __invert__(self) -> Tri:
        if self is Tri.TRUE:
            return Tri.FALSE
        if self is Tri.FALSE:
            return Tri.TRUE
        return Tri.UNKNOWN

    def __and__(self, other: Tri) -> Tri:
        return all_of((self, other))

    def __or__(self, other: Tri) -> Tri:
        return any_of((self, other))


def all_of(values: Iterable[Tri]) -> Tri:
    """Kleene conjunction; the empty conjunction is true."""
    result = Tri.TRUE
    for value in values:
        if value is Tri.FALSE:
            return Tri.FALSE
        if value is Tri.UNKNOWN:
            result = Tri.UNKNOWN
    return result


def any_of(values: Iterable[Tri]) -> Tri:
    """Kleene disjunction; the empty disjunction is false."""
    result = Tri.FALSE
    for value in values:
        if value is Tri.TRUE:
            return Tri.TRUE
        if value is Tri.UNKNOWN:
            result = Tri.UNKNOWN
    return result


def agree(values: Iterable[Tri]) -> Tri:
    """The common value of alternatives that cannot yet be told apart.

    Used where an unknown fact leaves two or more branches open: if every
    branch gives the same answer the fact does not matter; otherwise the
    answer is unknown.
    """
    common = None
    for value in values:
        if common is None:
            common = value
        elif value is not common:
            return Tri.UNKNOWN
    return Tri.UNKNOWN if common is None else common
