"""An action as one object: its rules, its readings, its claim and its words, loaded on first use.

The equivalent of an OpenFisca country package: the command line, the explanations, the
batch summary and the interview take a bundle as an argument and know no action. An
action's folder (``classaction/actions/<action>/``) exports one, found through the entry
point group ``classaction.actions`` (see :mod:`classaction.actions`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

import attrs
from attrs import frozen

from .action import Action
from .core import (
    ActionRules,
    Change,
    Determination,
    Outcome,
    compare_many,
    compare_with,
    determine_with,
    outcome_with,
)

C = TypeVar("C")
R = TypeVar("R")


@frozen
class Gate:
    """How a class's members qualify through an item of a list (a photograph, a police use), for
    the interview: the list (``items``, as a pointer), the facts of an item without which it can
    never qualify (``facts``), and the statement that closes the list (``statement``: "nothing
    else qualifies"). An item whose gate fact stays unknown is asked no more about, once the
    statement is made or skipped."""

    items: str
    facts: tuple[str, ...]
    statement: str


def _as_said(pointer: str, text: str, person: int, readings: Any) -> str:
    return text


@frozen
class InterviewWords:
    """What the interview says of an action beyond the words of its facts (which are declared
    with each fact, :class:`~classaction.engine.facts.FactSpec`).

    ``why``: by a fact's field name, the rule a question about it serves, said after the
    class it serves ("{as_of}" stands for the day membership is assessed on). ``presumed``:
    said after the why of a question whose answer could rebut a presumption the rules make
    where the record is silent, and ``presumed_in`` the criteria such an answer serves;
    ``presumed_outcome``, what a CSV row says of a class whose outcome rests on it.
    ``reword(pointer, text, person, readings)``: the question as the action's readings put
    it (``person``: 0 to the person answering for themselves, 1 about the claimant).
    ``read_of``: readings (by field name) that a CSV row names where read another way they
    would change a class's outcome, each with whether a claim holds what the reading reads
    (worked out only for such a claim: few rows).
    """

    why: Mapping[str, str] = attrs.field(factory=dict)
    presumed: str = ""
    presumed_in: frozenset[str] = frozenset()
    presumed_outcome: str = ""
    reword: Callable[[str, str, int, Any], str] = _as_said
    read_of: tuple[tuple[str, Callable[[Any], bool]], ...] = ()


class ActionBundle(Generic[C, R]):
    """One action: its id, its rules (loaded from its seed on first use), its readings class,
    the claim class its rules read, and what the interview needs of its classes (``gates``).

    ``about`` says in a person's words what the action is over (the interview opens with it).
    ``strict`` gives the readings under which nothing is presumed (see :meth:`strict`).
    ``places`` are the countries (ISO 3166-1) where the action's rules ask where the claimant
    lived, in the order the interview asks them.
    ``words`` are what the interview says of the action beyond its facts' own words.
    ``exports`` are the public names the action adds to ``import classaction`` (its
    readings and their values), for the action the package speaks of by default.
    """

    def __init__(
        self,
        action_id: str,
        rules: Callable[[], ActionRules[C, R]],
        readings: type[R],
        claim: type[C],
        gates: Mapping[str, Gate],
        exports: Mapping[str, Any] | None = None,
        strict: Callable[[R], R] | None = None,
        about: str = "",
        words: InterviewWords | None = None,
        places: tuple[str, ...] = ("CA",),
    ) -> None:
        self.id = action_id
        self._load = rules
        self._rules: ActionRules[C, R] | None = None
        self._lock = threading.Lock()
        self.readings = readings
        self.claim = claim
        self.gates = dict(gates)
        self.exports = dict(exports or {})
        self._strict = strict
        self.about = about
        self.words = words if words is not None else InterviewWords()
        self.places = places

    def strict(self, readings: R) -> R:
        """The readings with nothing presumed that the claimant could be asked (the interview
        asks first what would rebut a presumption); the readings as given for an action that
        presumes nothing."""
        return readings if self._strict is None else self._strict(readings)

    def __repr__(self) -> str:
        return f"ActionBundle({self.id!r})"

    @property
    def rules(self) -> ActionRules[C, R]:
        """The action's rules, with the action loaded from its seed (once)."""
        if self._rules is None:
            with self._lock:
                if self._rules is None:
                    self._rules = self._load()
                    classes = {cls.id for cls in self._rules.action.classes}
                    if set(self.gates) - classes:
                        raise ValueError(f"{self.id}: gates for unknown classes {set(self.gates) - classes}")
        return self._rules

    @property
    def action(self) -> Action:
        return self.rules.action

    def class_definition(self, class_id: str) -> Any:
        """A class of the action, by its id."""
        return self.action.class_definition(class_id)

    def default_readings(self) -> R:
        return self.readings()

    def determine(
        self, claim: C, readings: R | None = None, *, rank_missing: bool = True,
        input_digest: str | None = None, explain: bool = False,
    ) -> Determination:
        """Whether the claimant belongs to each class of the action, with reasons and sources
        (the claim is taken as it is: see classaction.api for the checked entry point).

        The reasons are built when first read; ``explain`` builds them at once
        (:func:`~classaction.engine.core.determine_with`)."""
        chosen = readings if readings is not None else self.readings()
        return determine_with(self.rules, claim, chosen, rank_missing, input_digest, explain)

    def what_if(
        self, claim: C, answers: Mapping[str, Any], readings: R | None = None
    ) -> dict[str, Outcome]:
        """Each class's outcome if the facts at the pointers took the answers given."""
        chosen = readings if readings is not None else self.readings()
        return outcome_with(self.rules, claim, chosen, answers)

    def compare(self, claim: C, first: R, second: R) -> tuple[Change, ...]:
        """The classes whose outcome differs between two readings, and how."""
        return compare_with(self.rules, claim, first, second)

    def compare_many(self, claim: C, base: R, alternatives: list[R]) -> list[dict[str, Outcome]]:
        return compare_many(self.rules, claim, base, alternatives)


@frozen
class FamilyReadings:
    """The readings of each action of a :class:`ActionFamily`, in its order. ``as_of`` is the
    first action's (the one a question's "why" names)."""

    each: tuple[Any, ...]

    @property
    def as_of(self) -> Any:
        return self.each[0].as_of


class ActionFamily:
    """Several actions read from one claim record, taken as one: their classes side by side,
    each class id prefixed with its action's ("T-724-20/PB"), so that a fact two actions need
    is one missing fact, its usefulness summed over the classes of both (the interview asks
    it once). It answers as a bundle does: ``determine``, ``what_if``, ``strict``, ``gates``.
    """

    def __init__(self, bundles: Sequence[ActionBundle[Any, Any]]) -> None:
        if not bundles:
            raise ValueError("an action family needs an action")
        self.bundles = tuple(bundles)
        self.id = " + ".join(b.id for b in self.bundles)
        self.gates = {
            f"{b.id}/{class_id}": gate for b in self.bundles for class_id, gate in b.gates.items()
        }
        self.places = tuple(dict.fromkeys(place for b in self.bundles for place in b.places))

    def __repr__(self) -> str:
        return f"ActionFamily({self.id!r})"

    def default_readings(self) -> FamilyReadings:
        return FamilyReadings(tuple(b.readings() for b in self.bundles))

    def strict(self, readings: FamilyReadings) -> FamilyReadings:
        return FamilyReadings(tuple(
            b.strict(r) for b, r in zip(self.bundles, readings.each, strict=True)
        ))

    def class_definition(self, class_id: str) -> Any:
        action_id, _, own = class_id.partition("/")
        for bundle in self.bundles:
            if bundle.id == action_id:
                return bundle.action.class_definition(own)
        raise KeyError(class_id)

    def determinations(self, claim: Any, readings: FamilyReadings) -> list[Determination]:
        """Each action's own determination, in the family's order."""
        return [
            b.determine(claim, r) for b, r in zip(self.bundles, readings.each, strict=True)
        ]

    def determine(self, claim: Any, readings: FamilyReadings) -> Determination:
        """One determination holding every action's classes, each id prefixed with its action's
        (a share, being one action's, stays with that action's own determination)."""
        found = self.determinations(claim, readings)
        first = found[0]
        return attrs.evolve(first, action=self.id, share=None, classes=tuple(
            attrs.evolve(cls, class_id=f"{d.action}/{cls.class_id}")
            for d in found for cls in d.classes
        ))

    def what_if(
        self, claim: Any, answers: Mapping[str, Any], readings: FamilyReadings
    ) -> dict[str, Outcome]:
        return {
            f"{b.id}/{class_id}": outcome
            for b, r in zip(self.bundles, readings.each, strict=True)
            for class_id, outcome in b.what_if(claim, answers, r).items()
        }
