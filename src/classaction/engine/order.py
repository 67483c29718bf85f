"""The order in which missing facts are asked: the most useful first, and a question after the
one it presupposes.

Compiled with the engine where the install compiles: it runs for every class left undetermined
and again for every row of a CSV. It reads the missing facts of
:mod:`classaction.engine.determination` only by what orders them (:class:`Asked`), so that it
needs nothing of that module.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar


class Asked(Protocol):
    """What orders a missing fact: its pointer, the pointer of the fact it presupposes, and the
    share of answers that settle its class (None: not ranked)."""

    @property
    def pointer(self) -> str: ...

    @property
    def after(self) -> str | None: ...

    @property
    def settles(self) -> float | None: ...


F = TypeVar("F", bound=Asked)


def presupposed_first(ordered: Sequence[F]) -> tuple[F, ...]:
    """Keep the order, except that a question comes after the one it presupposes."""
    pointers = {fact.pointer for fact in ordered}
    presupposing = False
    for fact in ordered:
        after = fact.after
        if after is not None and after in pointers:
            presupposing = True
            break
    if not presupposing:  # the common case: no question presupposes another one listed
        return tuple(ordered)
    result: list[F] = []
    waiting: dict[str, list[F]] = {}
    emitted: set[str] = set()
    for fact in ordered:
        after = fact.after
        if after is not None and after in pointers and after not in emitted:
            waiting.setdefault(after, []).append(fact)
        else:
            _emit(fact, result, emitted, waiting)
    for dependents in waiting.values():  # a cycle of presuppositions: keep what is left
        result.extend(d for d in dependents if d.pointer not in emitted)
    return tuple(result)


def _emit(fact: F, result: list[F], emitted: set[str], waiting: dict[str, list[F]]) -> None:
    """Put ``fact`` next, then each fact waiting for it (and for those, in turn). A function of
    its own, not one nested in its caller: a nested function that calls itself is a reference
    cycle, which only the garbage collector frees."""
    result.append(fact)
    emitted.add(fact.pointer)
    for dependent in waiting.pop(fact.pointer, []):
        _emit(dependent, result, emitted, waiting)


def next_facts(missing: Iterable[Sequence[F]]) -> tuple[F, ...]:
    """The missing facts of several classes (each class's, in its order), the most useful first.

    A fact that settles more, summed over the classes that need it, comes first; ties keep the
    order in which the classes and rules asked. A fact two classes need is kept as the first
    of them named it.
    """
    score: dict[str, float] = {}
    first: dict[str, F] = {}
    for facts in missing:
        for fact in facts:
            pointer = fact.pointer
            score[pointer] = score.get(pointer, 0.0) + (fact.settles or 0.0)
            if pointer not in first:
                first[pointer] = fact
    # By score, then by first asked (the position is unique: the facts are never compared).
    ranked = sorted((-score[p], i, fact) for i, (p, fact) in enumerate(first.items()))
    return presupposed_first([fact for _, _, fact in ranked])
