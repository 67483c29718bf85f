"""What a determination is: each class's outcome, the findings it rests on, the missing facts
that could settle it, as records (how they are worked out: :mod:`classaction.engine.core`).

A determination decides each class with a lean evaluation of the rules and leaves its findings
(each criterion's facts, statements and items, with their citations) to be built by the full
evaluation when something reads them: an explanation, a determination record, a library call
(:class:`Unexplained`). Built then, they are those the full evaluation gives at once, and the
class determination is equal to one built at once.

Kept apart from the engine, and interpreted when the engine is compiled with mypyc: compiled
code takes an attrs value of a compiled module only of its exact class, and a class
determination whose findings are built on first use is a subclass.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar

import attrs
from attrs import frozen

from ..engine.dates import DateRange
from ..engine.facts import FactKind
from ..engine.logic import FALSE, TRUE, Tri
from ..engine.order import next_facts


class Outcome(enum.Enum):
    MEMBER = "MEMBER"
    NOT_MEMBER = "NOT_MEMBER"
    UNDETERMINED = "UNDETERMINED"

    @classmethod
    def of(cls, value: Tri) -> Outcome:
        if value is TRUE:
            return cls.MEMBER
        if value is FALSE:
            return cls.NOT_MEMBER
        return cls.UNDETERMINED



class MissingReason(enum.Enum):
    LEFT_OUT = "left_out"
    PROOF_INSUFFICIENT = "proof_insufficient"
    NOT_LISTED = "not_listed"
    # A date given as a range (a year, a month, an interval) that straddles a day a rule compares
    # it with: given, and still to be told more precisely.
    IMPRECISE = "imprecise"



@frozen
class Reason:
    """A derived statement with the rule it rests on."""

    text: str
    citation: str



@frozen
class FactUse:
    """A fact a finding used: its pointer into the claim record and its standing."""

    pointer: str
    status: str  # "given" or "missing"
    proof: str | None = None
    reason: str | None = None


@frozen
class ItemFinding:
    """One item a criterion asked about (a photograph, a police use) and what decided it.

    ``facts`` are the facts of the item that its evaluation read (given, or
    missing while the item's value is unknown); ``reasons`` the statements made
    while the item was worked out, each with its rule.
    """

    pointer: str
    value: Tri
    facts: tuple[FactUse, ...]
    reasons: tuple[Reason, ...] = ()


@frozen
class Finding:
    """The value of one criterion, the facts and reasons it rests on, and its items.

    ``reasons`` are all the statements the criterion made; ``items`` say, for
    each item it asked about, which of them were made while that item was worked out.
    """

    criterion: str
    label: str
    value: Tri
    text: str
    citation: str
    facts: tuple[FactUse, ...]
    reasons: tuple[Reason, ...] = ()
    items: tuple[ItemFinding, ...] = ()


@frozen
class MissingFact:
    """A fact that would help settle an undetermined class.

    ``settles`` is the share of the answers in ``choices`` that, alone, turn
    the class outcome definite: 1.0 means any answer settles it; None when
    the facts were not ranked (they are then in the order the rules read them). ``after`` is
    the pointer of a missing fact this question presupposes.

    For a date: ``turns_on`` lists the days on which an answer turns the outcome of some rule
    (each the first day of one side; found when ranked), within ``given_as``, the range already
    given when the reason is ``IMPRECISE``. With one day, only which side of it the date falls
    on matters, and the question asks that (:attr:`FactSpec.side`).
    """

    pointer: str
    question: str
    kind: FactKind
    reason: MissingReason
    settles: float | None
    choices: tuple[Any, ...] = ()
    after: str | None = None
    turns_on: tuple[dt.date, ...] = ()
    given_as: DateRange | None = None
    # The country a question about periods asks of (FactSpec.place); not in the record: its
    # question says it.
    place: str | None = None


@frozen
class ClassDetermination:
    """A class's outcome, its findings (each criterion's value and what it rests on), the
    missing facts that could settle it, and the relief of a member."""

    class_id: str
    name: str
    outcome: Outcome
    findings: tuple[Finding, ...]
    missing: tuple[MissingFact, ...] = ()
    relief: tuple[str, ...] = ()

    def outline(self) -> ClassDetermination:
        """The class with findings that keep each criterion's label, words, citation and
        value and the value of each item, without statements, and without facts except, in a
        class of which the claimant is a member, those of a criterion met though no item
        qualifies (:func:`outline_facts`: what the claimant states of items not listed, say):
        what a short reason needs, without building the explanation when it has not been
        built."""
        member = self.outcome is Outcome.MEMBER
        return attrs.evolve(self, findings=tuple(
            attrs.evolve(finding, facts=outline_facts(finding) if member else (), reasons=(), items=tuple(
                ItemFinding(item.pointer, item.value, ()) for item in finding.items
            )) for finding in self.findings
        ))


def met_outside_items(value: Tri, items: Iterable[Tri]) -> bool:
    """Whether a criterion is met though none of the items it asked about qualifies (or it
    asked about none): by facts of no item, such as what the claimant states."""
    return value is TRUE and not any(item is TRUE for item in items)


def outline_facts(finding: Finding) -> tuple[FactUse, ...]:
    """The facts an outline keeps of a finding: for one met though no item qualifies, its given
    facts outside any item (a short reason then says what met it); none otherwise."""
    if not met_outside_items(finding.value, (item.value for item in finding.items)):
        return ()
    inside = tuple(item.pointer + "/" for item in finding.items)
    return tuple(
        use for use in finding.facts if use.status == "given" and not use.pointer.startswith(inside)
    )




@frozen
class Share:
    """A claimant's part of what an action's settlement distributes, as its allocation gives it
    (the seed's ``settlement.allocation``): between ``at_least`` and ``at_most`` ``unit`` (equal
    when the facts settle it; 0 when the claimant cannot claim). ``earned`` are the classes whose
    share the claimant earns, ``open`` those whose share the facts given leave open; ``reasons``
    say why, each with its rule, and ``citation`` names the allocation's source."""

    unit: str
    at_least: int
    at_most: int
    earned: tuple[str, ...]
    open: tuple[str, ...]
    reasons: tuple[Reason, ...]
    citation: str

    @property
    def known(self) -> bool:
        return self.at_least == self.at_most


@frozen
class Determination:
    action: str
    as_of: dt.date
    classes: tuple[ClassDetermination, ...]
    readings: Mapping[str, Any]
    library_version: str
    input_digest: str
    # What a claimant would receive, for an action whose rules allocate a fund (None otherwise).
    share: Share | None = None

    def for_class(self, class_id: str) -> ClassDetermination:
        for cls in self.classes:
            if cls.class_id == class_id:
                return cls
        raise KeyError(class_id)

    @property
    def outcomes(self) -> dict[str, Outcome]:
        return {cls.class_id: cls.outcome for cls in self.classes}

    def next_facts(self) -> tuple[MissingFact, ...]:
        """Missing facts of every undetermined class, the most useful first.

        A fact that settles more, summed over the classes that need it, comes
        first; ties keep the order in which the classes and rules asked.
        """
        return next_facts(cls.missing for cls in self.classes)


_FIELDS = attrs.fields(ClassDetermination)


class _Deferred:
    """A value with a field (``_deferred``) that ``_work_out()`` makes when it is first read,
    equal to and pickled as the plain value of its base class (``_plain``, whose fields are
    ``_fields``): each field is read through attribute access, so a comparison or a pickle
    works the deferred field out."""

    __slots__ = ()

    _plain: ClassVar[type]
    _fields: ClassVar[tuple[Any, ...]]  # attrs.Attribute, which is not subscriptable at run time
    _deferred: ClassVar[str]
    # None once the deferred field is made: what it would have read is then let go.
    _work_out: Callable[[], Any] | None

    def __getattr__(self, name: str) -> Any:
        # Called only for an attribute not set: the deferred field, until it is first read.
        if name != self._deferred:
            raise AttributeError(name)
        work_out = self._work_out
        if work_out is None:  # made meanwhile, by another thread that read it first
            return object.__getattribute__(self, name)
        value = work_out()
        object.__setattr__(self, name, value)
        object.__setattr__(self, "_work_out", None)
        return value

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, self._plain):
            return NotImplemented
        return all(getattr(self, a.name) == getattr(other, a.name) for a in self._fields)

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __reduce__(self) -> tuple[Any, ...]:
        return self._plain, tuple(getattr(self, a.name) for a in self._fields)

    def __repr__(self) -> str:
        # As the plain value prints, under its own name: a caller who prints a determination
        # sees a Determination (or ClassDetermination), not the name of how it defers a field.
        fields = ", ".join(f"{a.name}={getattr(self, a.name)!r}" for a in self._fields)
        return f"{self._plain.__name__}({fields})"


def _deferred(cls: type[Any], **values: Any) -> Any:
    """An instance of ``cls`` (a :class:`_Deferred` frozen value) with ``values`` set, its
    deferred field left to be worked out when first read."""
    made = object.__new__(cls)
    for field, value in values.items():
        object.__setattr__(made, field, value)
    return made


class Unexplained(_Deferred, ClassDetermination):
    """A :class:`ClassDetermination` whose ``findings`` are built on first access by
    ``_work_out`` (the full explanation); ``_outline`` makes them without facts or statements,
    from the lean evaluation."""

    __slots__ = ("_outline", "_work_out")

    _deferred = "findings"
    _outline: Callable[[], tuple[Finding, ...]]

    def explained(self) -> bool:
        """Whether the findings have been built."""
        return self._work_out is None

    def outline(self) -> ClassDetermination:
        if self._work_out is None:  # explained: the outline of the findings built
            return super().outline()
        return ClassDetermination(
            self.class_id, self.name, self.outcome, self._outline(), self.missing, self.relief
        )

    _plain = ClassDetermination
    _fields = _FIELDS
    __hash__ = ClassDetermination.__hash__


def unexplained(
    class_id: str, name: str, outcome: Outcome, missing: tuple[MissingFact, ...],
    relief: tuple[str, ...], explain: Callable[[], tuple[Finding, ...]],
    outline: Callable[[], tuple[Finding, ...]],
) -> ClassDetermination:
    """A class determination whose findings ``explain()`` builds when first read."""
    # _deferred written out: a claim makes one for each class of each action.
    made: ClassDetermination = object.__new__(Unexplained)
    put = object.__setattr__
    put(made, "class_id", class_id)
    put(made, "name", name)
    put(made, "outcome", outcome)
    put(made, "missing", missing)
    put(made, "relief", relief)
    put(made, "_work_out", explain)
    put(made, "_outline", outline)
    return made


_DETERMINATION_FIELDS = attrs.fields(Determination)


class Undigested(_Deferred, Determination):
    """A :class:`Determination` whose ``input_digest`` (SHA-256 of the claim's canonical record)
    ``_work_out`` works out on first access: a caller that reads only outcomes and missing facts
    does not pay for it. It equals, and pickles as, the plain determination."""

    __slots__ = ("_work_out",)

    _deferred = "input_digest"

    _plain = Determination
    _fields = _DETERMINATION_FIELDS
    __hash__ = Determination.__hash__


def undigested(
    action: str, as_of: dt.date, classes: tuple[ClassDetermination, ...],
    readings: Mapping[str, Any], library_version: str, input_digest: Callable[[], str],
    share: Share | None = None,
) -> Determination:
    """A determination whose digest ``input_digest()`` works out when first read."""
    made: Determination = _deferred(
        Undigested, action=action, as_of=as_of, classes=classes, readings=readings,
        library_version=library_version, share=share, _work_out=input_digest,
    )
    return made
