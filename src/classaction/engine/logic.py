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

    # Hashed by identity, as a member equals only itself: Enum.__hash__ is interpreted code,
    # and the engine keys what it keeps by truth values. (Set and dict order never rests on
    # it: the name's hash is drawn afresh in each process.)
    __hash__ = object.__hash__

    @classmethod
    def of(cls, value: bool | None) -> Tri:
        """Lift a Python value: ``None`` (left out) becomes UNKNOWN."""
        return tri(value)

    @property
    def known(self) -> bool:
        return self is not UNKNOWN

    def __invert__(self) -> Tri:
        if self is TRUE:
            return FALSE
        if self is FALSE:
            return TRUE
        return UNKNOWN

    def __and__(self, other: Tri) -> Tri:
        return all_of((self, other))

    def __or__(self, other: Tri) -> Tri:
        return any_of((self, other))


# The members as module constants. On Python 3.11 the enum metaclass has a __getattr__
# hook, which makes every ``Tri.FALSE`` a slow attribute lookup (about 150 ns, against
# about 15 ns for a global). The rules and the engine, which test truth values many
# thousands of times per claim, use these.
TRUE, FALSE, UNKNOWN = Tri.TRUE, Tri.FALSE, Tri.UNKNOWN


def tri(value: bool | None) -> Tri:
    """:meth:`Tri.of` without the slow class lookup: ``None`` (left out) becomes UNKNOWN."""
    if value is None:
        return UNKNOWN
    return TRUE if value else FALSE


def all_of(values: Iterable[Tri]) -> Tri:
    """Kleene conjunction; the empty conjunction is true."""
    result = TRUE
    for value in values:
        if value is FALSE:
            return FALSE
        if value is UNKNOWN:
            result = UNKNOWN
    return result


def any_of(values: Iterable[Tri]) -> Tri:
    """Kleene disjunction; the empty disjunction is false."""
    result = FALSE
    for value in values:
        if value is TRUE:
            return TRUE
        if value is UNKNOWN:
            result = UNKNOWN
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
            return UNKNOWN
    return UNKNOWN if common is None else common
