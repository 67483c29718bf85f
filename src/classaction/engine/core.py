"""The generic membership engine.

It knows classes made of criteria, facts that are given, missing or derived,
and Kleene logic. It knows nothing of any particular action: an action's rules
are handed to it as an :class:`ActionRules` value.

How facts are read. A criterion reads every fact through its
:class:`Context`, naming the fact by its JSON Pointer into the claim record.
The context records which facts were given and which were missing, applies
the proof standard of the readings in force, and lets a caller substitute a
value for a missing fact ("what if the answer were ...?"). The rules are
Kleene functions: when a fact is unknown they evaluate every branch it leaves
open and combine the results with :func:`classaction._logic.agree` or Kleene
operators, so every fact that could still matter is read, and so named.

What is asked. A rule reads plainly; the engine decides which of the facts it
found missing to ask for. A fact named only inside a part whose answer is
definite (:meth:`Context.part`, and each item of :meth:`Context.some`) cannot
change that answer, and is not asked for. A fact that a given sibling answers
(a date of death answers "has the claimant died?", :attr:`FactSpec.when`) is
read as that sibling says, so a rule asks in the order a person is asked.

Items. A criterion about "some photograph" or "some police use" asks the
context (:meth:`Context.some`), which works out each item once and keeps its
value and the facts it read. Weighing an answer to a missing fact then works
out again only the items that read that fact and combines their new values
with the kept values of the others: the cost of a probe does not grow with the
number of items.

Dates. A missing fact is weighed by how many of its answers settle the class.
A date has too many answers to try them all, and the rules give no list: the
engine tries the as-of date as a traced date (:mod:`classaction._trace`), which
notes each line the rules draw through it (a comparison with another date,
also one made from it by arithmetic, such as the end of a term of years after
a death), then the days on either side of each line, and so on until no new day
appears (:func:`_date_settles`).

Deciding and explaining. The same rule functions run on three contexts. A determination
decides every criterion by a context that keeps no statements and no items for an explanation,
but names the missing facts and keeps the reads of the facts that could be missing
(:class:`_Ranking`): a class left undetermined, most of a batch's, needs them for the
weighing, so the criterion is not worked out twice (once to decide, once to name). A lean one
(:class:`_Lean`) reads each fact alike and keeps nothing else: the weighing's probes
(:class:`_Probe`), the comparison of readings and a value wanted alone use it. The findings,
with their facts, statements, items and citations, come from the full, tracing
:class:`Context`, and only when first read (:mod:`classaction.engine.determination`) or when
asked for at once (``explain=True``): they are then those it has always given.
``tests/test_lean.py`` holds both ways equal.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import hashlib
import itertools
import json
from collections.abc import Callable, Collection, Hashable, Mapping, Sequence
from functools import cache
from typing import Any, Generic, NamedTuple, TypeVar

import attrs
from attrs import field, frozen

from .._version import __version__
from ..engine.action import Action, AllOf, AnyOf, ClassDefinition, Expression, NotOf
from ..engine.dates import DateRange, Watched, as_range, in_words

# The records of a determination, defined with it and named here too, where they were first.
from ..engine.determination import (
    ClassDetermination as ClassDetermination,
)
from ..engine.determination import (
    Determination as Determination,
)
from ..engine.determination import (
    FactUse as FactUse,
)
from ..engine.determination import (
    Finding as Finding,
)
from ..engine.determination import (
    ItemFinding as ItemFinding,
)
from ..engine.determination import (
    MissingFact as MissingFact,
)
from ..engine.determination import (
    MissingReason as MissingReason,
)
from ..engine.determination import (
    Outcome as Outcome,
)
from ..engine.determination import (
    Reason as Reason,
)
from ..engine.determination import (
    Share as Share,
)
from ..engine.determination import (
    met_outside_items,
    outline_facts,
    undigested,
    unexplained,
)
from ..engine.facts import FactKind, FactSpec, fact_spec
from ..engine.logic import FALSE, TRUE, UNKNOWN, Tri, all_of, any_of
from ..engine.order import presupposed_first
from ..engine.trace import TracedDate, pivots_of

C = TypeVar("C")
R = TypeVar("R")
T = TypeVar("T")


# Where an explanation says what a date given roughly was taken as.
ROUGH_DATES = (
    "the claim record: a date given as a year, a month, a season or an interval decides a "
    "comparison when all its days agree (schemas/claim.schema.json, $defs/date)"
)


# Globals: a member looked up on its enum is slow on Python 3.11 (see _logic.TRUE).
_LEFT_OUT, _PROOF_INSUFFICIENT = MissingReason.LEFT_OUT, MissingReason.PROOF_INSUFFICIENT
_IMPRECISE = MissingReason.IMPRECISE
_DATE = FactKind.DATE
_NO_BASES: frozenset[str] = frozenset()


class Missing(NamedTuple):
    """A fact an evaluation named as missing (a NamedTuple: one is made for every fact named,
    and a frozen attrs value costs several times more to make)."""

    pointer: str
    spec: FactSpec
    reason: MissingReason
    within: DateRange | None = None  # an imprecise date: the range given (MissingReason.IMPRECISE)


@cache
def _spec(cls: Any, name: str) -> FactSpec:
    """The question and kind of a fact field (looked up once per class and field)."""
    return fact_spec(attrs.fields_dict(cls)[name])


def _answered_by(cls: type) -> dict[str, tuple[str, Any]]:
    """For each fact of a record class that a sibling's being given answers: the sibling, the answer.

    Read from the classes' :class:`FactSpec` (``after`` and ``when``), once per class.
    """
    answered: dict[str, tuple[str, Any]] = {}
    if attrs.has(cls):
        for attribute in attrs.fields(cls):
            spec = attribute.metadata.get("fact")
            if isinstance(spec, FactSpec) and spec.after is not None and spec.when is not None:
                answered[spec.after] = (attribute.name, spec.when)
    return answered


class _Answers(dict[type, dict[str, tuple[str, Any]]]):
    """:func:`_answered_by` of each record class, worked out when first looked up (a plain
    subscript: every fact read looks it up)."""

    def __missing__(self, cls: type) -> dict[str, tuple[str, Any]]:
        answered = self[cls] = _answered_by(cls)
        return answered


_ANSWERED_BY = _Answers()


class _Items(NamedTuple):
    """What :meth:`Context.some` kept of one list of items in a full evaluation (a NamedTuple,
    as :class:`_Item`)."""

    values: tuple[Tri, ...]
    readers: Mapping[str, tuple[int, ...]]  # each fact read, and the items that read it
    true: int  # how many values are TRUE
    unknown: int  # how many are UNKNOWN


_Kept = dict[tuple[str, Callable[..., Tri]], _Items]
# What Context.once kept of each question it was asked inside an item: the item, the value, the
# facts read; by rule, base and arguments.
_Once = dict[tuple[Any, ...], tuple[Any, Any, Mapping[str, None]]]
# The values of criteria with one answer supplied: (a criterion's rule, pointer, answer).
_Weighed = dict[tuple[Callable[..., Tri], str, Hashable], Tri]


class _Item(NamedTuple):
    """What a full evaluation noted of one item a criterion asked about (see :meth:`Context.some`).

    A NamedTuple: one is made for every item of every evaluation, and a frozen attrs value
    costs several times more to make.
    """

    pointer: str
    value: Tri
    reads: tuple[str, ...]  # the facts read inside the item, in the order first read
    reasons: tuple[tuple[str, str], ...]  # the statements made inside the item


def _some_of(true: int, unknown: int) -> Tri:
    """Kleene disjunction from the counts of true and unknown values."""
    return TRUE if true else UNKNOWN if unknown else FALSE


class Context(Generic[R]):
    """What one evaluation of a criterion reads and concludes (internal, per call).

    It also keeps, for each list of items a criterion asks about through
    :meth:`some`, each item's value and the facts it read, so that weighing an
    answer to one missing fact (:class:`_Probe`) works out only the items that
    read it.
    """

    __slots__ = (
        "_accepts_proof",
        "_from_readings",
        "_items",
        "_once",
        "_open",
        "_overrides",
        "_reads",
        "_reasons",
        "_relevant",
        "_said",
        "found",
        "given",
        "missing",
        "readings",
    )

    def __init__(
        self,
        readings: R,
        accepts_proof: Callable[[Any, R], bool],
        overrides: Mapping[str, Any],
        from_readings: dict[Any, Any] | None = None,
    ) -> None:
        self.readings = readings
        self._accepts_proof = accepts_proof
        self._overrides = overrides
        # What the readings give, worked out once for the claim: whether each proof meets their
        # standard (keyed by the proof), and each value of :meth:`of_readings` (by its function).
        self._from_readings: dict[Any, Any] = {} if from_readings is None else from_readings
        self.given: dict[str, Any] = {}
        self.missing: dict[str, Missing] = {}
        self._reasons: dict[tuple[str, str], None] = {}
        self._items: _Kept = {}
        self._once: _Once = {}
        self._reads: list[dict[str, None]] = []  # the facts read by each item under way
        self._said: list[dict[tuple[str, str], None]] = []  # the statements of each item under way
        # Each item of the lists the criterion asked about directly, for an explanation item by item.
        self.found: list[_Item] = []
        # The facts named as missing outside any item or part, or inside ones whose value is
        # unknown: only these can change the criterion's value (see :meth:`part`).
        self._relevant: set[str] = set()
        self._open: list[set[str]] = []  # the facts named by each item or part under way

    def of_readings(self, make: Callable[[R], T]) -> T:
        """What ``make`` gives of the readings (a law module's terms, say), worked out once for
        the claim: a rule asks for it at every step, and the readings never change within a
        determination. Each evaluation that compares readings (:func:`compare_many`) starts
        afresh, so the readings ``make`` reads are still seen read there."""
        kept = self._from_readings.get(make)
        if kept is None:
            kept = self._from_readings[make] = make(self.readings)
        return kept

    @property
    def reasons(self) -> tuple[Reason, ...]:
        """The derived statements recorded, in the order first given."""
        return tuple(_reason(text, citation) for text, citation in self._reasons)

    names_missing = True
    """Whether unknown facts are named; a probe that only wants the value does not."""

    explains = True
    """Whether statements and items are kept for an explanation (:func:`explanation`)."""

    def _unknown(
        self, pointer: str, why: MissingReason,
        spec: FactSpec | None, owner: type | None = None, name: str = "",
        within: DateRange | None = None,
    ) -> None:
        """Name a fact as missing; its spec, when not given, is that of field ``name`` of ``owner``."""
        (self._open[-1] if self._open else self._relevant).add(pointer)
        if pointer not in self.missing:
            self.missing[pointer] = Missing(pointer, spec or _spec(owner, name), why, within)

    def fact(
        self, pointer: str, value: T | None, spec: FactSpec, proof: Any = None, ask: bool = True
    ) -> T | None:
        """The value of a fact, or None when it is unknown.

        An unknown fact is recorded as missing, unless ``ask`` is false: a fact
        that only rebuts a presumption is used when given and never asked for.
        """
        return self._read(pointer, value, proof, ask, spec, None, "")

    def _read(
        self, pointer: str, value: T | None, proof: Any, ask: bool,
        spec: FactSpec | None, owner: type | None, name: str,
    ) -> T | None:
        """Read one fact (see :meth:`fact`); ``spec``, ``owner`` and ``name`` describe it."""
        if self._reads:
            self._reads[-1][pointer] = None
        overrides = self._overrides
        if overrides and pointer in overrides:
            supplied: Any = overrides[pointer]
            if isinstance(supplied, dt.date | str) and (spec or _spec(owner, name)).kind is _DATE:
                supplied = as_range(supplied)  # a date supplied as a day or as EDTF text
            self.given[pointer] = "supplied"
            return supplied  # type: ignore[no-any-return]
        if value is None:
            if ask:
                self._unknown(pointer, _LEFT_OUT, spec, owner, name)
            return None
        accepted = self._from_readings.get(proof)
        if accepted is None:
            accepted = self._from_readings[proof] = self._accepts_proof(proof, self.readings)
        # A fact inside an item the caller supplied meets any standard.
        if not accepted and not (overrides and any(pointer.startswith(p + "/") for p in overrides)):
            if ask:
                self._unknown(pointer, _PROOF_INSUFFICIENT, spec, owner, name)
            return None
        self.given[pointer] = proof
        if ask and isinstance(value, DateRange) and self.names_missing and not value.exact:
            # A date known only roughly: a comparison its bounds straddle names it as missing.
            asked: Any = Watched(value, functools.partial(self._imprecise, pointer, spec, owner, name))
            return asked  # type: ignore[no-any-return]
        return value

    def _imprecise(
        self, pointer: str, spec: FactSpec | None, owner: type | None, name: str,
        given: DateRange, relation: str, answer: Tri,
    ) -> None:
        """A rule compared a date given roughly with a day: where its bounds straddle the day,
        name the fact as missing, with its range; otherwise say what the date was taken as."""
        if answer is UNKNOWN:
            self._unknown(pointer, _IMPRECISE, spec, owner, name, given)
        else:
            self.because(f"the date given, {given.words()}, is {relation}", ROUGH_DATES)

    def field(self, obj: Any, base: str, name: str, ask: bool = True) -> Any:
        """Read attribute ``name`` of an attrs value found at ``base`` in the record.

        A fact that a given sibling answers (a date of death answers "has the
        claimant died?": :attr:`FactSpec.when`) is read as that sibling says;
        the finding records the sibling, and the fact too where it is given.
        """
        answered_by = _ANSWERED_BY[obj.__class__]
        if answered_by and name in answered_by and self._sibling_answers(obj, base, name):
            return answered_by[name][1]
        return self._attribute(obj, base, name, ask)

    def _sibling_answers(self, obj: Any, base: str, name: str) -> bool:
        """Whether the sibling that answers fact ``name`` (:func:`_answered_by`) is given: then
        it is read, and the fact too where it is given, so that a finding records both."""
        sibling = _ANSWERED_BY[obj.__class__][name][0]
        if self._attribute(obj, base, sibling, False) is None:
            return False
        if getattr(obj, name) is not None:
            self._attribute(obj, base, name, False)
        return True

    def _attribute(self, obj: Any, base: str, name: str, ask: bool) -> Any:
        """Read attribute ``name`` as it is, whatever its siblings say."""
        proofs: Mapping[str, Any] | None = getattr(obj, "proof", None)
        return self._read(
            f"{base}/{name}", getattr(obj, name), proofs.get(name) if proofs else None, ask,
            None, obj.__class__, name,
        )

    def optional(self, obj: Any, base: str, name: str) -> Any:
        """A fact that only rebuts a presumption: used when given, never asked for."""
        return self.field(obj, base, name, ask=False)

    def shown(self, obj: Any, base: str, *names: str) -> None:
        """Facts an explanation says where given, though they decide nothing here (to whom an
        exclusive licence went, under a reading where the licensee holds nothing; the days of a
        period whose place alone decides): noted among the facts used, never asked for, and
        not read at all by a context that explains nothing (a decision, a ranking)."""
        if self.explains:
            for name in names:
                self.field(obj, base, name, ask=False)

    def as_supplied(self, obj: Any, base: str, name: str) -> Any:
        """A fact as an answer supplies it, else as the record gives it: read without a trace,
        never asked for, explaining nothing (a filter over items, such as which photographs'
        postings could open a window); read plainly, it ignored what an answer supplied."""
        if self._overrides:
            pointer = f"{base}/{name}"
            if pointer in self._overrides:
                return self._overrides[pointer]
        return getattr(obj, name)

    def unlisted(
        self, pointer: str, spec: FactSpec, probe: Callable[[Context[R]], object] | None = None
    ) -> Any:
        """An item the record says exists but does not describe.

        Returns the item when a caller supplied it; otherwise records it as
        missing and returns None. ``probe`` runs the test the item would face
        on an item with nothing known, so that the facts outside the item that
        the test could need are named as missing too.
        """
        self._note_read(pointer)
        if pointer in self._overrides:
            self.given[pointer] = "supplied"
            return self._overrides[pointer]
        self._unknown(pointer, MissingReason.NOT_LISTED, spec)
        if probe is not None and self.names_missing:
            scratch: Context[R] = Context(
                self.readings, self._accepts_proof, self._overrides, self._from_readings
            )
            probe(scratch)
            for inner, missing in scratch.missing.items():
                if not inner.startswith(pointer + "/"):
                    self._note_read(inner)
                    self._unknown(inner, missing.reason, missing.spec)
        return None

    def _note_read(self, pointer: str) -> None:
        if self._reads:
            self._reads[-1][pointer] = None

    def part(self, rule: Callable[..., Tri], *args: Any) -> Tri:
        """``rule(context, *args)``: one question a rule answers in steps, worked out on its own.

        When its answer is definite, no fact it found missing can change it
        (the rules are Kleene functions, monotone in what is known), so such a
        fact is not asked for unless it is also found missing where the answer
        is still open. A rule may then read a fact plainly and fall back on
        other evidence: "born by that day" reads the date of birth, and a
        residence that began by then settles it without the date. Each item of
        :meth:`some` is such a part too.
        """
        opened = self._open
        opened.append(set())
        try:
            value = rule(self, *args)
        finally:
            read = opened.pop()
        if value is UNKNOWN:
            (opened[-1] if opened else self._relevant).update(read)
        return value

    def criterion(self, rule: Callable[[Context[R], Any], Tri], claim: Any) -> Tri:
        """``rule(context, claim)``, where ``rule`` is a criterion's whole rule, read by another
        (EC.member of MDL-2967 is the membership of its Nationwide Class, made of that class's
        criteria): worked out as if written in place, so that it says and names what it would;
        a probe (:class:`_Probe`) takes the value another class's weighing of the same answer
        found for that criterion, as the classes of a claim share their work (:class:`_Shared`).
        """
        return rule(self, claim)

    def because(self, text: str, citation: str) -> None:
        self._reasons[text, citation] = None
        if self._said:
            self._said[-1][text, citation] = None

    def once(self, rule: Callable[..., T], item: Any, base: str, *args: Hashable) -> T:
        """``rule(context, item, base, *args)``: a question about one item of the record (the
        item at ``base``) that turns only on the facts it reads and on ``args``, and asks about
        no list of items; its answer is not changed by the caller. A rule asks it this way
        where the same question comes up again (the moral rights and the copyright in a
        photograph both ask whether copyright subsists), or where weighing an answer to a fact
        it does not read would work it out again.

        Here it is worked out each time, so that each time says what it said; inside an item,
        its value and the facts it read are kept, so that a probe (:class:`_Probe`) takes the
        value as it is unless a fact it supplies was read. A context that keeps only values
        (:class:`_Lean`) works it out once.
        """
        reads = self._reads
        if not reads:
            return rule(self, item, base, *args)
        reads.append({})
        try:
            value = rule(self, item, base, *args)
        finally:
            read = reads.pop()
        reads[-1].update(read)
        self._once[(rule, base, *args)] = (item, value, read)
        return value

    def some(
        self, items: Sequence[T], base: str, test: Callable[..., Tri], *args: Any
    ) -> Tri:
        """Whether some item passes ``test`` (Kleene disjunction; none: false).

        ``test(context, item, f"{base}/{i}", *args)`` is called for each item,
        which it must read through the context. Each item's value and the facts
        it read are kept; ``args`` must be the same at every call with this
        ``base`` and ``test`` for one claim under one set of readings (the claim
        itself, say).
        """
        values: list[Tri] = []
        readers: dict[str, list[int]] = {}
        true = unknown = 0
        outer = self._reads
        opened = self._open
        said = self._said
        # Only a full evaluation explains; a list asked about inside an item explains that item.
        explain = self.explains
        for index, item in enumerate(items):
            pointer = f"{base}/{index}"
            outer.append({})
            opened.append(set())  # the facts the item names as missing
            if explain:
                said.append({})
            try:
                value = test(self, item, pointer, *args)
            finally:
                reads = outer.pop()
                read = opened.pop()
                statements = said.pop() if explain else {}
            if explain:
                if said:
                    said[-1].update(statements)
                elif not outer:
                    self.found.append(_Item(pointer, value, tuple(reads), tuple(statements)))
            values.append(value)
            for pointer in reads:
                readers.setdefault(pointer, []).append(index)
            if outer:
                outer[-1].update(reads)
            if value is TRUE:
                true += 1
            elif value is UNKNOWN:
                unknown += 1
                # Only an item whose value is unknown can change with a fact it read (see part).
                (opened[-1] if opened else self._relevant).update(read)
        self._items[base, test] = _Items(
            tuple(values), {p: tuple(i) for p, i in readers.items()}, true, unknown
        )
        return _some_of(true, unknown)

    @property
    def asked(self) -> dict[str, Missing]:
        """The missing facts that could still change the value, once the rule has returned.

        ``missing`` holds every fact named; a fact named only inside items or
        parts whose answer is definite cannot change it (see :meth:`part`).
        """
        relevant = self._relevant
        return {p: m for p, m in self.missing.items() if p in relevant}

    def _prune(self) -> None:
        """Keep, of the missing facts, those :attr:`asked` for."""
        relevant = self._relevant
        if any(p not in relevant for p in self.missing):
            self.missing = self.asked


class _Ranking(Context[R]):
    """A context for the missing facts of a class left undetermined: it names them and keeps
    each item's value and the facts it read, as :class:`Context` does, but keeps no statements
    and no items for an explanation (that is built only when asked: :func:`explanation`)."""

    __slots__ = ("kept",)

    explains = False

    def __init__(
        self,
        readings: R,
        accepts_proof: Callable[[Any, R], bool],
        overrides: Mapping[str, Any],
        from_readings: dict[Any, Any] | None = None,
    ) -> None:
        super().__init__(readings, accepts_proof, overrides, from_readings)
        # Each item's pointer and value, of the lists the criterion asks about directly, as
        # :class:`_Lean` keeps them (an outline of what an explanation would list): the
        # evaluation that names the missing facts decides the criterion too (:func:`_decide`).
        self.kept: list[tuple[str, Tri]] = []

    def because(self, text: str, citation: str) -> None:
        pass

    def some(
        self, items: Sequence[T], base: str, test: Callable[..., Tri], *args: Any
    ) -> Tri:
        value = Context.some(self, items, base, test, *args)
        if not self._reads:  # a list the criterion asks about directly
            kept = self.kept
            for index, each in enumerate(self._items[base, test].values):
                kept.append((f"{base}/{index}", each))
        return value

    def field(self, obj: Any, base: str, name: str, ask: bool = True) -> Any:
        """:meth:`Context.field` in one call, but for a fact a sibling answers or a supplied
        fact (see :meth:`_attribute` for what is noted; a claim reads some fifty facts)."""
        if self._overrides:
            return Context.field(self, obj, base, name, ask)
        cls = obj.__class__
        answered_by = _ANSWERED_BY[cls]
        if answered_by and name in answered_by and self._sibling_answers(obj, base, name):
            return answered_by[name][1]
        value = getattr(obj, name)
        if value is None:  # left out: noted, and named when asked for
            pointer = f"{base}/{name}"
            if self._reads:
                self._reads[-1][pointer] = None
            if ask:
                self._unknown(pointer, _LEFT_OUT, None, cls, name)
            return None
        proofs: Mapping[str, Any] | None = getattr(obj, "proof", None)
        proof = proofs.get(name) if proofs else None
        accepted = self._from_readings.get(proof)
        if accepted is None:
            accepted = self._from_readings[proof] = self._accepts_proof(proof, self.readings)
        if accepted and not (isinstance(value, DateRange) and not value.exact):
            return value
        return self._attribute(obj, base, name, ask)

    def optional(self, obj: Any, base: str, name: str) -> Any:
        return self.field(obj, base, name, False)

    def _attribute(self, obj: Any, base: str, name: str, ask: bool) -> Any:
        """:meth:`Context._read` of an attribute, in one call, without noting what was given
        (only a finding says that).

        Of the reads, only those of a fact that could be missing are noted: one left out, one
        whose proof the readings do not accept, or a date given roughly. The reads serve only
        to find the items a probe must work out again, and a probe supplies only a fact some
        evaluation named as missing; a fact given in full is never named, so its read is not
        kept, nor its pointer made."""
        if self._overrides:
            return super()._attribute(obj, base, name, ask)
        value = getattr(obj, name)
        if value is not None:
            proofs: Mapping[str, Any] | None = getattr(obj, "proof", None)
            proof = proofs.get(name) if proofs else None
            accepted = self._from_readings.get(proof)
            if accepted is None:
                accepted = self._from_readings[proof] = self._accepts_proof(proof, self.readings)
            if accepted and not (isinstance(value, DateRange) and not value.exact):
                return value
        pointer = f"{base}/{name}"
        if self._reads:
            self._reads[-1][pointer] = None
        if value is None:
            if ask:
                self._unknown(pointer, _LEFT_OUT, None, obj.__class__, name)
            return None
        if not accepted:
            if ask:
                self._unknown(pointer, _PROOF_INSUFFICIENT, None, obj.__class__, name)
            return None
        if ask:
            # A date known only roughly: a comparison its bounds straddle names it as missing.
            asked: Any = Watched(
                value, functools.partial(self._imprecise, pointer, None, obj.__class__, name)
            )
            return asked
        return value


class _Lean(Context[R]):
    """A context that works out only the value of a criterion: no trace of what was read, no
    facts named as missing, no statements.

    It reads each fact as :class:`Context` does (the proof standard of the readings, a fact a
    given sibling answers, answers supplied by ``overrides``), so the same rule functions give
    the same value; it leaves out everything else. ``some`` stops at the first item that
    passes, except for the lists a criterion asks about directly: their items' values are kept
    (``kept``, each item's pointer and value), as an outline of what an explanation would list.
    """

    __slots__ = ("_bases", "_depth", "_known", "kept")

    names_missing = False
    explains = False

    def __init__(
        self,
        readings: R,
        accepts_proof: Callable[[Any, R], bool],
        overrides: Mapping[str, Any],
        from_readings: dict[Any, Any] | None = None,
    ) -> None:
        # Only what a lean evaluation reads; the tracing state of Context is left unset.
        self.readings = readings
        self._accepts_proof = accepts_proof
        self._overrides = overrides
        self._from_readings = {} if from_readings is None else from_readings
        # The records that hold a supplied fact: a fact elsewhere is read without building its pointer.
        self._bases = _bases_of(overrides)
        self._depth = 0
        self.kept: list[tuple[str, Tri]] = []
        self._known: dict[tuple[Any, ...], tuple[Any, Any]] = {}  # what once worked out

    def because(self, text: str, citation: str) -> None:
        pass

    def part(self, rule: Callable[..., Tri], *args: Any) -> Tri:
        return rule(self, *args)

    def once(self, rule: Callable[..., T], item: Any, base: str, *args: Hashable) -> T:
        """:meth:`Context.once`, worked out once: every read here is read alike each time."""
        key = (rule, base, *args)
        known = self._known.get(key)
        if known is not None and known[0] is item:
            answer: T = known[1]
            return answer
        value = self._worked_out(key, rule, item, base, args)
        self._known[key] = (item, value)
        return value

    def _worked_out(
        self, key: tuple[Any, ...], rule: Callable[..., T], item: Any, base: str,
        args: tuple[Hashable, ...],
    ) -> T:
        return rule(self, item, base, *args)

    def field(self, obj: Any, base: str, name: str, ask: bool = True) -> Any:
        answered_by = _ANSWERED_BY[obj.__class__]
        if answered_by and name in answered_by:
            sibling, answer = answered_by[name]
            if self._value(obj, base, sibling) is not None:
                return answer
        overrides = self._overrides
        if overrides and base in self._bases:
            return self._value(obj, base, name)
        # Nothing supplied in this record: _value's common case, in this one call (a claim
        # reads some fifty facts, and a probe most of those of an item again).
        value = getattr(obj, name)
        if value is None:
            return None
        proofs: Mapping[str, Any] | None = getattr(obj, "proof", None)
        proof = proofs.get(name) if proofs else None
        accepted = self._from_readings.get(proof)
        if accepted is None:
            accepted = self._from_readings[proof] = self._accepts_proof(proof, self.readings)
        if accepted:
            return value
        return self._value(obj, base, name) if overrides else None

    def optional(self, obj: Any, base: str, name: str) -> Any:
        # Nothing is asked for here: a fact that only rebuts a presumption is read as any other.
        return self.field(obj, base, name)

    def _value(self, obj: Any, base: str, name: str) -> Any:
        """Attribute ``name`` of ``obj`` as :meth:`Context._read` reads it, nothing noted."""
        overrides = self._overrides
        if overrides and base in self._bases:
            pointer = f"{base}/{name}"
            if pointer in overrides:
                supplied: Any = overrides[pointer]
                if isinstance(supplied, dt.date | str) and _spec(obj.__class__, name).kind is _DATE:
                    supplied = as_range(supplied)
                return supplied
        value = getattr(obj, name)
        if value is None:
            return None
        proofs: Mapping[str, Any] | None = getattr(obj, "proof", None)
        proof = proofs.get(name) if proofs else None
        accepted = self._from_readings.get(proof)
        if accepted is None:
            accepted = self._from_readings[proof] = self._accepts_proof(proof, self.readings)
        if accepted:
            return value
        if overrides:  # a fact inside an item the caller supplied meets any standard
            pointer = f"{base}/{name}"
            if any(pointer.startswith(p + "/") for p in overrides):
                return value
        return None

    def fact(
        self, pointer: str, value: T | None, spec: FactSpec, proof: Any = None, ask: bool = True
    ) -> T | None:
        overrides = self._overrides
        if overrides and pointer in overrides:
            supplied: Any = overrides[pointer]
            if isinstance(supplied, dt.date | str) and spec.kind is _DATE:
                supplied = as_range(supplied)
            return supplied  # type: ignore[no-any-return]
        if value is None:
            return None
        accepted = self._from_readings.get(proof)
        if accepted is None:
            accepted = self._from_readings[proof] = self._accepts_proof(proof, self.readings)
        if not accepted and not (overrides and any(pointer.startswith(p + "/") for p in overrides)):
            return None
        return value

    def unlisted(
        self, pointer: str, spec: FactSpec, probe: Callable[[Context[R]], object] | None = None
    ) -> Any:
        return self._overrides.get(pointer)

    def some(
        self, items: Sequence[T], base: str, test: Callable[..., Tri], *args: Any
    ) -> Tri:
        depth = self._depth
        self._depth = depth + 1
        result = FALSE
        try:
            for index, item in enumerate(items):
                pointer = f"{base}/{index}"
                value = test(self, item, pointer, *args)
                if depth == 0:
                    self.kept.append((pointer, value))
                if value is TRUE:
                    result = TRUE
                    if depth:
                        break
                elif value is UNKNOWN and result is FALSE:
                    result = UNKNOWN
        finally:
            self._depth = depth
        return result


def lean_context(readings: R, accepts_proof: Callable[[Any, R], bool]) -> Context[R]:
    """A context that works out only values, as a determination decides outcomes (no trace, no
    reasons, no facts named as missing): for a rule's value outside a determination, such as a
    claimant's share of a settlement fund, whose reasons its caller says."""
    return _Lean(readings, accepts_proof, _NOTHING, None)


# The records that hold one supplied fact, by its pointer: a claim makes a probe for every
# answer weighed, and the pointers recur claim after claim. Bounded: emptied when full.
_BASES: dict[str, frozenset[str]] = {}


def _bases_of(overrides: Mapping[str, Any]) -> frozenset[str]:
    """The records (pointers) that hold the facts ``overrides`` supplies."""
    if len(overrides) != 1:
        return frozenset([p.rsplit("/", 1)[0] for p in overrides]) if overrides else _NO_BASES
    (pointer,) = overrides
    found = _BASES.get(pointer)
    if found is None:
        if len(_BASES) >= 4096:
            _BASES.clear()
        found = _BASES[pointer] = frozenset((pointer.rsplit("/", 1)[0],))
    return found


class _Probe(_Lean[R]):
    """A context for weighing one answer to a missing fact: only the value counts.

    For each list of items the evaluation that named the fact kept (``prior``), only the
    items that read a supplied fact are worked out again.
    """

    __slots__ = ("_answer", "_prior", "_prior_once", "_shared")

    def __init__(
        self,
        readings: R,
        accepts_proof: Callable[[Any, R], bool],
        overrides: Mapping[str, Any],
        from_readings: dict[Any, Any],
        prior: _Kept,
        prior_once: _Once | None = None,
        shared: _Shared | None = None,
    ) -> None:
        # _Lean.__init__ written out: a claim makes a probe for every answer weighed.
        self.readings = readings
        self._accepts_proof = accepts_proof
        self._overrides = overrides
        self._from_readings = from_readings
        self._bases = _bases_of(overrides)
        self._depth = 0
        self.kept = []
        self._known = {}
        self._prior = prior
        self._prior_once: _Once = {} if prior_once is None else prior_once
        # What the claim's classes worked out, for a criterion read by another; given only
        # with one answer, a yes or no or a choice (a date's answer is traced: _date_settled_by).
        self._shared = shared
        self._answer: tuple[str, Hashable] = next(iter(overrides.items())) if shared else ("", None)

    def criterion(self, rule: Callable[[Context[R], Any], Tri], claim: Any) -> Tri:
        """A criterion's rule read by another, as the weighing of its own class takes it: its
        value unchanged when the evaluation that named its missing facts did not name the fact
        supplied (as :func:`_ranked_missing` takes the criteria a fact does not affect), else
        worked out once for the claim with this answer (``_Shared.weighed``)."""
        shared = self._shared
        if shared is None:
            return rule(self, claim)
        pointer, answer = self._answer
        named = shared.named.get(rule)
        if named is not None and pointer not in named.context.missing:
            return named.value
        key = (rule, pointer, answer)
        weighed = shared.weighed
        value = weighed.get(key)
        if value is None:
            value = weighed[key] = rule(self, claim)
        return value

    def _worked_out(
        self, key: tuple[Any, ...], rule: Callable[..., T], item: Any, base: str,
        args: tuple[Hashable, ...],
    ) -> T:
        """The value the evaluation that named the fact kept (:meth:`Context.once`), when it
        read none of the facts supplied here; otherwise worked out."""
        kept = self._prior_once.get(key)
        if kept is not None and kept[0] is item:
            read = kept[2]
            if not any(pointer in read for pointer in self._overrides):
                answer: T = kept[1]
                return answer
        return rule(self, item, base, *args)

    def some(
        self, items: Sequence[T], base: str, test: Callable[..., Tri], *args: Any
    ) -> Tri:
        kept = self._prior.get((base, test))
        if kept is None:  # not asked in the evaluation that named the fact: every item is worked out
            return super().some(items, base, test, *args)
        again: set[int] = set()
        for pointer in self._overrides:
            again.update(kept.readers.get(pointer, ()))
        true, unknown = kept.true, kept.unknown
        for index in again:
            before = kept.values[index]
            after = test(self, items[index], f"{base}/{index}", *args)
            true += (after is TRUE) - (before is TRUE)
            unknown += (after is UNKNOWN) - (before is UNKNOWN)
        return _some_of(true, unknown)


CriterionTest = Callable[[Context[R], C], Tri]

ClassTest = Callable[[Mapping[str, Tri]], Tri]
"""A class test made ready to run: each criterion's value in, the class's value out."""


@frozen
class ActionRules(Generic[C, R]):
    """Everything the engine needs to determine membership in one action."""

    action: Action
    criteria: Mapping[str, CriterionTest[R, C]]
    accepts_proof: Callable[[Any, R], bool]
    claim_record: Callable[[C], Mapping[str, Any]]
    readings_record: Callable[[R], Mapping[str, Any]]
    as_of: Callable[[R], dt.date]
    # The question for a missing fact, naming the item it belongs to: (claim, pointer, spec).
    # Without it, the fact's question as written.
    question: Callable[[C, str, FactSpec], str] | None = None
    # A criterion's label as the readings in force read it (None: the seed's label), so that
    # a finding says what was tested: under R3 = both, "holds both rights", not "either".
    label: Callable[[str, R], str | None] | None = None
    # The claimant's share of a settlement fund, from the claim, the readings and each class's
    # outcome (None: the action allocates none).
    share: Callable[[C, R, Mapping[str, Outcome]], Share | None] | None = None
    # Each criterion's label, words and citation, looked up once rather than per finding.
    cited: Mapping[str, tuple[str, str, str]] = field(init=False, eq=False, repr=False)
    # Each class's test, compiled once.
    tests: Mapping[str, ClassTest] = field(init=False, eq=False, repr=False)
    # Each class's test with its criteria by position (:func:`test_shape`): classes of one
    # shape weigh a missing fact alike when their criteria agree (see _Shared.weights).
    shapes: Mapping[str, Hashable] = field(init=False, eq=False, repr=False)
    # The ids of the relief each class's members seek, looked up once.
    relief_ids: Mapping[str, tuple[str, ...]] = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "cited", {
            spec.id: (spec.label, spec.span, self.action.cite(spec.sources))
            for cls in self.action.classes for spec in cls.criteria
        })
        object.__setattr__(self, "tests", {
            cls.id: compile_test(cls.test) for cls in self.action.classes
        })
        object.__setattr__(self, "shapes", {
            cls.id: test_shape(cls.test, {spec.id: n for n, spec in enumerate(cls.criteria)})
            for cls in self.action.classes
        })
        object.__setattr__(self, "relief_ids", {
            cls.id: tuple(item.id for item in self.action.relief_for(cls.id))
            for cls in self.action.classes
        })
        declared = {spec.id for cls in self.action.classes for spec in cls.criteria}
        implemented = set(self.criteria)
        if declared != implemented:
            raise ValueError(
                "criteria declared in the action and implemented in its rules differ: "
                f"declared only {sorted(declared - implemented)}, "
                f"implemented only {sorted(implemented - declared)}"
            )


def canonical_json(record: Mapping[str, Any]) -> bytes:
    return json.dumps(
        record, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    ).encode("utf-8")


def digest(record: Mapping[str, Any]) -> str:
    """A stable digest of a record: SHA-256 of its canonical JSON."""
    return "sha256:" + hashlib.sha256(canonical_json(record)).hexdigest()


# The tests that are one "all of" (or "any of") plain criteria, with the value of a criterion
# that settles them: while none has it, every unknown criterion could still change the test
# (see _relevant). Keyed by the test function, which hashes by identity.
_FLAT: dict[ClassTest, Tri] = {}


def _flat(test: ClassTest, settles: Tri) -> ClassTest:
    """``test``, noted as one plain "all of" (``settles`` false) or "any of" (true). Bounded:
    a test not noted is only worked out in full (_relevant)."""
    if len(_FLAT) >= 4096:
        _FLAT.clear()
    _FLAT[test] = settles
    return test


def compile_test(expression: Expression) -> ClassTest:
    """A class test as a function, built once: the ranking runs a test thousands of times a claim."""
    if isinstance(expression, str):
        criterion = expression
        return lambda values: values[criterion]
    if isinstance(expression, AllOf):
        if all(isinstance(e, str) for e in expression.all):  # criteria only: read directly
            names = tuple(str(e) for e in expression.all)

            def conjunction(values: Mapping[str, Tri]) -> Tri:
                return all_of([values[name] for name in names])

            return _flat(conjunction, FALSE)
        conjuncts = tuple(compile_test(e) for e in expression.all)
        return lambda values: all_of([part(values) for part in conjuncts])
    if isinstance(expression, AnyOf):
        if all(isinstance(e, str) for e in expression.any):
            names = tuple(str(e) for e in expression.any)

            def disjunction(values: Mapping[str, Tri]) -> Tri:
                return any_of([values[name] for name in names])

            return _flat(disjunction, TRUE)
        disjuncts = tuple(compile_test(e) for e in expression.any)
        return lambda values: any_of([part(values) for part in disjuncts])
    if isinstance(expression, NotOf):
        negated = compile_test(expression.not_)
        return lambda values: ~negated(values)
    raise TypeError(f"not a class test: {expression!r}")


def test_shape(expression: Expression, positions: Mapping[str, int]) -> Hashable:
    """A class test with each criterion named by its position among the class's criteria: two
    classes of one shape, whose criteria have the same values in the same places, have the
    same outcome (the tests are compiled from the expression alone, :func:`compile_test`)."""
    if isinstance(expression, str):
        return positions.get(expression, expression)  # undeclared: by name, as the test reads it
    if isinstance(expression, AllOf):
        return ("all", tuple(test_shape(e, positions) for e in expression.all))
    if isinstance(expression, AnyOf):
        return ("any", tuple(test_shape(e, positions) for e in expression.any))
    if isinstance(expression, NotOf):
        return ("not", test_shape(expression.not_, positions))
    raise TypeError(f"not a class test: {expression!r}")


class _Evaluation:
    """A criterion's value, with the context that worked it out (what it read and named).

    A plain class, not an attrs value: compiled, it is made without calling into interpreted
    code, and several are made for each claim."""

    __slots__ = ("context", "criterion", "value")

    def __init__(self, criterion: str, value: Tri, context: Context[Any]) -> None:
        self.criterion = criterion
        self.value = value
        self.context = context


def _run(
    rules: ActionRules[C, R],
    criterion_id: str,
    claim: C,
    readings: R,
    overrides: Mapping[str, Any],
    from_readings: dict[Any, Any] | None = None,
    kind: type[Context[Any]] = Context,
) -> _Evaluation:
    context: Context[R] = kind(readings, rules.accepts_proof, overrides, from_readings)
    value = rules.criteria[criterion_id](context, claim)
    context._prune()
    return _Evaluation(criterion_id, value, context)


class _Shared:
    """What the classes of one claim share as their missing facts are named and weighed.

    A rule that more than one criterion names (PB.natural_person and TI.natural_person) is
    evaluated once (``named``, by rule), and its value with a yes or no or a choice supplied
    is worked out once (``weighed``, by rule, pointer and answer). A date supplied is
    worked out once too (``dated``, by rule, pointer and day), with what the rule read of it
    (a :class:`TracedDate`): a class weighing the date joins what each of its criteria read, as
    if it had traced the date through them one after the other. The proof verdicts and the
    questions (``asked``, by pointer and the fact's words) are shared too.
    """

    __slots__ = ("asked", "dated", "facts", "from_readings", "named", "weighed", "weights")

    def __init__(self) -> None:
        self.from_readings: dict[Any, Any] = {}
        self.named: dict[Callable[..., Tri], _Evaluation] = {}
        self.weighed: _Weighed = {}
        self.dated: dict[tuple[Callable[..., Tri], str, dt.date], tuple[Tri, TracedDate]] = {}
        self.asked: dict[tuple[str, int], tuple[FactSpec, str]] = {}
        # Each missing fact as a class lists it, made once for the claim: the classes of
        # MDL-2967 list some thirty a claim, about eight of them different (:func:`_listed`).
        self.facts: dict[tuple[Any, ...], tuple[FactSpec, FactSpec, MissingFact]] = {}
        # How much an answer to a fact settles a class, by the fact, the class's test shape
        # and its criteria (the rules a fact affects, the values of the rest): a state
        # subclass of MDL-2967 weighs a photograph's facts as the others of its shape did.
        self.weights: dict[tuple[Any, ...], _Weight] = {}


def _named(
    rules: ActionRules[C, R], criterion_id: str, claim: C, readings: R, shared: _Shared,
    kind: type[Context[Any]],
) -> _Evaluation:
    """:func:`_run` of a criterion, once for each rule of one claim (see :class:`_Shared`)."""
    rule = rules.criteria[criterion_id]
    found = shared.named.get(rule)
    if found is None:
        found = shared.named[rule] = _run(
            rules, criterion_id, claim, readings, _NOTHING, shared.from_readings, kind
        )
    if found.criterion == criterion_id:
        return found
    return _Evaluation(criterion_id, found.value, found.context)


def _value_if(
    rules: ActionRules[C, R], full: _Evaluation, claim: C, supplied: Mapping[str, Any],
    shared: _Shared | None = None,
) -> Tri:
    """A criterion's value with some facts supplied, when only the value is wanted.

    ``full`` is the criterion's evaluation without them: its readings, its
    proof verdicts and the values of the items no supplied fact was read by are reused;
    ``shared``, what the claim's classes worked out, given with one answer that is a yes or no
    or a choice, for a criterion that reads another's rule (:meth:`Context.criterion`).
    """
    context = full.context
    probe: Context[Any] = _Probe(
        context.readings, rules.accepts_proof, supplied, context._from_readings, context._items,
        context._once, shared,
    )
    return rules.criteria[full.criterion](probe, claim)


def _could_settle(test: ClassTest, values: Mapping[str, Tri], affected: list[str]) -> bool:
    """Whether some answer to a fact could make the class test definite.

    Only the ``affected`` criteria can change. Kleene logic is monotone: a
    test that stays unknown with every affected criterion set to true or
    false stays unknown when some of them stay unknown, so the 2**k cases of
    true and false decide it.
    """
    trial = dict(values)
    for case in itertools.product((TRUE, FALSE), repeat=len(affected)):
        trial.update(zip(affected, case, strict=True))
        if test(trial) is not UNKNOWN:
            return True
    return False


def _class_value(
    rules: ActionRules[C, R],
    definition: ClassDefinition,
    claim: C,
    readings: R,
    overrides: Mapping[str, Any],
) -> Tri:
    """A class's value with the facts at ``overrides`` supplied, by a lean evaluation."""
    from_readings: dict[Any, Any] = {}
    values = {
        spec.id: rules.criteria[spec.id](
            _Lean(readings, rules.accepts_proof, overrides, from_readings), claim
        )
        for spec in definition.criteria
    }
    return rules.tests[definition.id](values)


def _settled_by(
    rules: ActionRules[C, R],
    evaluations: Mapping[str, _Evaluation],
    claim: C,
    test: ClassTest,
    trial: dict[str, Tri],
    affected: list[str],
    shared: _Shared,
    pointer: str,
    answer: Any,
) -> bool:
    """Whether answering the missing fact at ``pointer`` with ``answer`` settles the class.

    ``trial`` holds the criteria's values; those ``affected`` by the fact are worked out again,
    or, for a yes or no or a choice, taken from ``shared.weighed`` when another class of the
    claim worked out the same rule with the same answer (see :class:`_Shared`).
    """
    supplied = {pointer: answer}
    weighed = shared.weighed
    for cid in affected:
        if not isinstance(answer, bool | enum.Enum):  # an item (a date: _date_settled_by)
            trial[cid] = _value_if(rules, evaluations[cid], claim, supplied)
            continue
        key = (rules.criteria[cid], pointer, answer)
        value = weighed.get(key)
        if value is None:
            value = weighed[key] = _value_if(rules, evaluations[cid], claim, supplied, shared)
        trial[cid] = value
    return test(trial) is not UNKNOWN


def _date_settled_by(
    rules: ActionRules[C, R],
    evaluations: Mapping[str, _Evaluation],
    claim: C,
    test: ClassTest,
    trial: dict[str, Tri],
    affected: list[str],
    shared: _Shared,
    pointer: str,
    choice: dt.date,
) -> tuple[TracedDate, bool]:
    """Whether answering the missing date at ``pointer`` with ``choice`` settles the class, and
    the date as the ``affected`` criteria read it (their reads one after the other, as one
    date traced through each of them in turn would hold them).

    Each criterion's value with the date supplied, and what it read of the date, is worked
    out once for the claim (see :class:`_Shared`): the classes of MDL-2967 weigh the same
    dates through the same rules.
    """
    dated = shared.dated
    traced: list[TracedDate] = []
    for cid in affected:
        key = (rules.criteria[cid], pointer, choice)
        known = dated.get(key)
        if known is None:
            answer = TracedDate(choice)
            value = _value_if(rules, evaluations[cid], claim, {pointer: DateRange.day(answer)})
            known = dated[key] = (value, answer)
        trial[cid] = known[0]
        traced.append(known[1])
    if len(traced) == 1:
        joined = traced[0]
    else:
        joined = TracedDate(choice)
        for one in traced:
            joined.seen.extend(one.seen)
            joined.derived.extend(one.derived)
            joined.opaque = joined.opaque or one.opaque
    return joined, test(trial) is not UNKNOWN


def _known_as(tried: list[tuple[TracedDate, bool]], choice: dt.date) -> bool | None:
    """Whether the class was settled by a date tried before that the rules saw as ``choice``."""
    for date, known in tried:
        if date.looks_like(choice):
            return known
    return None


# A cap on the dates tried for one missing date, so that a rule comparing a date with each of a
# long list of others (each line adds two days) cannot make the weighing of one fact run long.
# It does not bind on T-724-20: over the 2,166 claims of tests/cases/determinations.jsonl a
# missing date is tried at 12 days at most (an author's date of death, through the term of
# copyright, the 2022 extension and the reversion; a date of birth or of death, at 2).
_MAX_DATE_CHOICES = 40


def _date_settles(
    settles: Callable[[dt.date], tuple[TracedDate, bool]], seed: dt.date,
    within: DateRange | None,
) -> tuple[float, dict[dt.date, bool]]:
    """The share of the dates the rules tell apart at which an answer settles the class, and
    the lines the rules draw through the date (``TracedDate.lines``) within the range given.

    The dates are found from the rules themselves: each date tried is traced, and the
    days on either side of every line the rules drew through it (a comparison with
    another date, carried back through arithmetic; see classaction._trace) are tried
    in turn, from ``seed`` until no new day appears (or ``_MAX_DATE_CHOICES``).
    A date the rules cannot tell from one already tried settles as that one did, and
    meets the same lines. Of a date given only roughly (``within``), only the days of
    its range are tried.
    """
    low, high = (dt.date.min, dt.date.max) if within is None else (within.earliest, within.latest)
    choices: dict[dt.date, None] = {}
    waiting = [min(max(seed, low), high)]
    tried: list[tuple[TracedDate, bool]] = []
    lines: dict[dt.date, bool] = {}
    settled = 0
    for choice in waiting:  # the list grows as lines are found
        if choice in choices or not low <= choice <= high:
            continue
        if len(choices) == _MAX_DATE_CHOICES:
            break
        choices[choice] = None
        known = _known_as(tried, choice)
        if known is None:
            answer, known = settles(choice)
            tried.append((answer, known))
            met = answer.lines()
            for line, inclusive in met.items():
                if low < line <= high:
                    lines.setdefault(line, inclusive)
            waiting.extend(pivots_of(met))
        settled += known
    return settled / len(choices), dict(sorted(lines.items()))


def side_words(line: dt.date, inclusive: bool) -> str:
    """Which side of a line a date falls on, in words: "before 7 November 2012", or "on or
    before 8 July 2020" where the rule compared the date with that day."""
    if inclusive:
        return f"on or before {in_words(line - dt.timedelta(days=1))}"
    return f"before {in_words(line)}"


def _finding(rules: ActionRules[C, R], criterion_id: str, ev: _Evaluation) -> Finding:
    label, span, citation = rules.cited[criterion_id]
    if rules.label is not None:
        label = rules.label(criterion_id, ev.context.readings) or label
    context = ev.context
    uses = [_given(pointer, proof) for pointer, proof in context.given.items()]
    if ev.value is UNKNOWN:
        uses += [_missing(m.pointer, m.reason) for m in context.missing.values()]
    return Finding(
        criterion=criterion_id,
        label=label,
        value=ev.value,
        text=span,
        citation=citation,
        facts=tuple(uses),
        reasons=context.reasons,
        items=tuple(_item_finding(context, item) for item in context.found),
    )


def _item_finding(context: Context[Any], item: _Item) -> ItemFinding:
    """An item's finding: the facts of the item it read and the statements made inside it."""
    inside = item.pointer + "/"
    given, missing = context.given, context.missing
    facts = []
    for pointer in item.reads:
        if not pointer.startswith(inside):
            continue
        if pointer in given:
            facts.append(_given(pointer, given[pointer]))
        # A date given roughly is given and, where its range straddles a rule's day, missing too.
        if item.value is UNKNOWN and pointer in missing:
            facts.append(_missing(pointer, missing[pointer].reason))
    return ItemFinding(
        item.pointer, item.value, tuple(facts),
        tuple(_reason(text, citation) for text, citation in item.reasons),
    )


# Findings are made of few distinct values (the same pointers, proofs and rules, claim after
# claim): each is made once and shared, as building a frozen attrs value costs more than finding it.
@functools.lru_cache(maxsize=4096)
def _given(pointer: str, proof: Hashable) -> FactUse:
    return FactUse(pointer, "given", None if proof is None else _label(proof))


@functools.lru_cache(maxsize=4096)
def _missing(pointer: str, reason: MissingReason) -> FactUse:
    return FactUse(pointer, "missing", reason=reason.value)


@functools.lru_cache(maxsize=1024)
def _reason(text: str, citation: str) -> Reason:
    return Reason(text, citation)


def _label(value: Hashable) -> str:
    return value.value if isinstance(value, enum.Enum) else str(value)


def _ranked_missing(
    rules: ActionRules[C, R],
    evaluations: Mapping[str, _Evaluation],
    claim: C,
    readings: R,
    test: ClassTest,
    rank_missing: bool,
    shared: _Shared,
    shape: Hashable,
) -> tuple[MissingFact, ...]:
    """The missing facts of an undetermined class, the most useful first (or, not ranked, in
    the order the rules read them), from its criteria's evaluations that named them."""
    state = tuple((cid, ev.value) for cid, ev in evaluations.items())  # the criteria's values
    # Only a criterion that could still change the class's value names facts that would settle
    # it (BRIEF §6): of a class one of two limbs of which already fails on another criterion
    # (T-713-20, a company that cannot be an author), that limb's unknown criteria name none.
    relevant = _relevant(test, state)
    needed: dict[str, Missing] = {}
    for cid, ev in evaluations.items():
        if ev.value is UNKNOWN and (relevant is None or cid in relevant):
            for m in ev.context.missing.values():
                needed.setdefault(m.pointer, m)
    seed = rules.as_of(readings)
    ranked: list[tuple[float, int, MissingFact]] = []

    for position, m in enumerate(needed.values()):
        dated = m.spec.kind is _DATE
        choices = () if dated else m.spec.choices
        if not (rank_missing and (dated or choices)):  # not weighed: in the order named
            settles = 0.0 if rank_missing else None
            ranked.append((0.0, position, _listed(rules, claim, shared, m, settles, _NO_LINES)))
            continue
        # Only the criteria that need this fact can change when it is answered, so how much an
        # answer settles the class turns on them (by rule), on the values of the others and on
        # the class's test: classes alike in these weigh it once (``shared.weights``; the
        # state subclasses of MDL-2967 share most of theirs), and list it alike.
        pointer = m.pointer
        affected = [cid for cid, ev in evaluations.items() if pointer in ev.context.missing]
        key = (pointer, id(m.spec), m.within, shape, tuple(
            rules.criteria[cid] if cid in affected else value for cid, value in state
        ))
        weight = shared.weights.get(key)
        if weight is None:
            weight = shared.weights[key] = _Weight(m.spec, *_weigh(
                rules, evaluations, claim, test, state, affected, shared, m, seed,
            ))
        # As listed, the fact turns on nothing more than its weight but why it is missing.
        fact = weight.listed.get(id(m.reason))
        if fact is None:
            fact = weight.listed[id(m.reason)] = _listed(
                rules, claim, shared, m, weight.settles, weight.lines
            )
        ranked.append((-weight.settles, position, fact))
    # By how much an answer settles, then in the order named (positions are unique: the facts
    # themselves are never compared).
    ranked.sort()
    return presupposed_first([fact for _, _, fact in ranked])


_NO_LINES: dict[dt.date, bool] = {}  # never written to: a fact weighed by no date


class _Weight:
    """How much an answer to a missing fact settles a class, the days it turns on, and the
    fact as the classes of that weight list it, by why it is missing (see _Shared.weights).
    The fact's spec is kept, so that its id in the key is not reused while the claim is
    determined."""

    __slots__ = ("lines", "listed", "settles", "spec")

    def __init__(self, spec: FactSpec, settles: float, lines: dict[dt.date, bool]) -> None:
        self.spec = spec
        self.settles = settles
        self.lines = lines
        self.listed: dict[int, MissingFact] = {}  # by the id of why it is missing (an enum)


def _weigh(
    rules: ActionRules[C, R],
    evaluations: Mapping[str, _Evaluation],
    claim: C,
    test: ClassTest,
    state: tuple[tuple[str, Tri], ...],
    affected: list[str],
    shared: _Shared,
    m: Missing,
    seed: dt.date,
) -> tuple[float, dict[dt.date, bool]]:
    """How much an answer to the missing fact ``m`` (a date, or one of its choices) settles
    the class whose criteria have the values ``state`` (the share of its answers, or of the
    days the rules tell apart, that make the test definite), and the days it turns on;
    nothing, when no answer could settle it."""
    if not _settleable(test, state, affected):
        return 0.0, _NO_LINES
    trial = dict(state)
    if m.spec.kind is _DATE:
        return _date_settles(functools.partial(
            _date_settled_by, rules, evaluations, claim, test, trial, affected, shared, m.pointer,
        ), seed, m.within)
    settled_by = functools.partial(
        _settled_by, rules, evaluations, claim, test, trial, affected, shared, m.pointer,
    )
    choices = m.spec.choices
    return sum(map(settled_by, choices)) / len(choices), _NO_LINES


def _listed(
    rules: ActionRules[C, R], claim: C, shared: _Shared, m: Missing, settles: float | None,
    lines: dict[dt.date, bool],
) -> MissingFact:
    """A missing fact as a class lists it: its question (on one side of a day, where only
    that can change an outcome), the fact it presupposes, how much an answer settles and the
    days it turns on. Made once for the claim's classes (``shared.facts``, ``shared.asked``),
    which name the same facts."""
    spec = m.spec
    if len(lines) == 1 and spec.side is not None:
        # Only which side of one day the date falls on can change an outcome: ask that.
        ((line, inclusive),) = lines.items()
        spec = _side_spec(spec, line, inclusive)
    turns_on = tuple(lines)
    # Both specs are kept with the fact (which keeps the reason), so that no id in the key is
    # reused by another object while the claim is determined.
    key = (m.pointer, id(m.spec), id(spec), id(m.reason), settles, turns_on, m.within)
    known = shared.facts.get(key)
    if known is not None:
        return known[2]
    after = m.spec.after
    if after is not None and not after.startswith("/"):  # a sibling field, by name
        after = m.pointer.rsplit("/", 1)[0] + "/" + after
    ask = rules.question
    if ask is None:
        question = spec.question
    else:  # the classes of a claim name the same facts: each question is made once
        asked = shared.asked.get((m.pointer, id(spec)))
        if asked is None:
            asked = shared.asked[m.pointer, id(spec)] = (spec, ask(claim, m.pointer, spec))
        question = asked[1]
    kind = m.spec.kind
    fact = MissingFact(
        m.pointer, question, kind, m.reason, settles, () if kind is _DATE else m.spec.choices,
        after, turns_on, m.within, spec.place,
    )
    shared.facts[key] = (m.spec, spec, fact)
    return fact


def _can_change(test: ClassTest, values: Mapping[str, Tri], criterion: str) -> bool:
    """Whether the class's value could change with an answer that makes ``criterion`` (unknown)
    true or false, for some values of its other unknown criteria (true, false or still unknown).

    A criterion that cannot is moot: in "A and B, or C and D" with B false, A is. One that can,
    alone or with others, is not: if answers to several criteria together change the value,
    answering them one at a time changes it at some step, so one of them can alone.
    """
    others = [cid for cid, value in values.items() if value is UNKNOWN and cid != criterion]
    trial = dict(values)
    for case in itertools.product((TRUE, FALSE, UNKNOWN), repeat=len(others)):
        trial.update(zip(others, case, strict=True))
        trial[criterion] = UNKNOWN
        now = test(trial)
        for answer in (TRUE, FALSE):
            trial[criterion] = answer
            if test(trial) is not now:
                return True
    return False


# The criteria of a class that could still change its value (:func:`_can_change`), by the
# class's test and its criteria's values, kept across claims. Bounded: emptied when full.
_RELEVANT: dict[tuple[ClassTest, tuple[tuple[str, Tri], ...]], frozenset[str]] = {}


def _relevant(test: ClassTest, state: tuple[tuple[str, Tri], ...]) -> frozenset[str] | None:
    """The unknown criteria of the class whose criteria have the values ``state`` that could
    still change its value (a pure function of the test and the values; see _can_change);
    None when every unknown one could (a plain "all of" with none false, say: found without
    hashing the values)."""
    settles = _FLAT.get(test)
    if settles is not None and not any(value is settles for _, value in state):
        return None
    key = (test, state)
    known = _RELEVANT.get(key)
    if known is None:
        if len(_RELEVANT) >= 8192:
            _RELEVANT.clear()
        values = dict(state)
        known = _RELEVANT[key] = frozenset(
            cid for cid, value in state if value is UNKNOWN and _can_change(test, values, cid)
        )
    return known


# Each class test compiled once, by the identity of its expression (an action's, kept for the
# process): hashing the expression would call into interpreted code for each class of a row.
_COMPILED: dict[int, tuple[Expression, ClassTest]] = {}


def _compiled(expression: Expression) -> ClassTest:
    known = _COMPILED.get(id(expression))
    if known is None or known[0] is not expression:
        if len(_COMPILED) >= 1024:
            _COMPILED.clear()
        known = _COMPILED[id(expression)] = (expression, compile_test(expression))
    return known[1]


def plain_test(expression: Expression) -> bool:
    """Whether a class test is one "all of" (or "any of") plain criteria: while the class is
    undetermined, every criterion still unknown could change it (see _relevant)."""
    return _compiled(expression) in _FLAT


def open_criteria(expression: Expression, values: Mapping[str, Tri]) -> frozenset[str]:
    """The unknown criteria of a class (its test ``expression``, its criteria's ``values``)
    that could still change its value: those whose missing facts a determination lists (in
    "A and B, or C and D" with B false, not A)."""
    state = tuple(values.items())
    found = _relevant(_compiled(expression), state)
    return frozenset(cid for cid, value in state if value is UNKNOWN) if found is None else found


# Whether some answer to a fact could settle a class (:func:`_could_settle`), by the class's
# test, its criteria's values and the criteria the fact affects: a pure function of these, and
# few of them recur claim after claim. Bounded: emptied when full.
_SETTLEABLE: dict[tuple[ClassTest, tuple[tuple[str, Tri], ...], tuple[str, ...]], bool] = {}


def _settleable(test: ClassTest, state: tuple[tuple[str, Tri], ...], affected: list[str]) -> bool:
    """:func:`_could_settle` of the class whose criteria have the values ``state``, kept
    across claims (``_SETTLEABLE``)."""
    key = (test, state, tuple(affected))
    known = _SETTLEABLE.get(key)
    if known is None:
        if len(_SETTLEABLE) >= 8192:
            _SETTLEABLE.clear()
        known = _SETTLEABLE[key] = _could_settle(test, dict(state), affected)
    return known


@functools.lru_cache(maxsize=1024)
def _side_spec(spec: FactSpec, line: dt.date, inclusive: bool) -> FactSpec:
    """``spec`` asking only which side of ``line`` the date falls on (its ``side`` question)."""
    assert spec.side is not None
    return attrs.evolve(spec, question=spec.side.replace("{when}", side_words(line, inclusive)))


def _relief(rules: ActionRules[C, R], definition: ClassDefinition, outcome: Outcome) -> tuple[str, ...]:
    if outcome is Outcome.MEMBER:
        return rules.relief_ids[definition.id]
    return ()


def _outcome(value: Tri) -> Outcome:
    """:meth:`Outcome.of`, kept here so that compiled code reads an outcome without a call into
    interpreted code (engine/determination.py is not compiled): a few times a claim."""
    if value is TRUE:
        return Outcome.MEMBER
    if value is FALSE:
        return Outcome.NOT_MEMBER
    return Outcome.UNDETERMINED


def determine_class(
    rules: ActionRules[C, R],
    definition: ClassDefinition,
    claim: C,
    readings: R,
    rank_missing: bool = True,
    shared: _Shared | None = None,
) -> ClassDetermination:
    """Determine membership in one class, with findings and ordered missing facts, all built
    at once (:func:`determine_with` builds the findings only when they are read)."""
    if shared is None:
        shared = _Shared()
    evaluations = {
        spec.id: _named(rules, spec.id, claim, readings, shared, Context)
        for spec in definition.criteria
    }
    test = rules.tests[definition.id]
    outcome = _outcome(test({cid: ev.value for cid, ev in evaluations.items()}))
    findings = tuple(_finding(rules, cid, ev) for cid, ev in evaluations.items())
    missing: tuple[MissingFact, ...] = ()
    if outcome is Outcome.UNDETERMINED:
        missing = _ranked_missing(
            rules, evaluations, claim, readings, test, rank_missing, shared,
            rules.shapes[definition.id],
        )
    return ClassDetermination(
        class_id=definition.id,
        name=definition.name,
        outcome=outcome,
        findings=findings,
        missing=missing,
        relief=_relief(rules, definition, outcome),
    )


def explanation(
    rules: ActionRules[C, R], definition: ClassDefinition, claim: C, readings: R
) -> tuple[Finding, ...]:
    """The findings of one class: each criterion's value with the facts, statements and items
    it rests on, worked out by a full evaluation of its rule."""
    from_readings: dict[Any, Any] = {}
    return tuple(
        _finding(rules, spec.id, _run(rules, spec.id, claim, readings, {}, from_readings))
        for spec in definition.criteria
    )


_Decided = tuple[Tri, tuple[tuple[str, Tri], ...]]  # a criterion's value, and its items' values


def _decide_class(
    rules: ActionRules[C, R],
    definition: ClassDefinition,
    claim: C,
    readings: R,
    rank_missing: bool,
    decided: Mapping[str, _Decided],
    shared: _Shared,
    runs: dict[Callable[..., Tri], _Evaluation] | None = None,
) -> Any:
    """A class's outcome from the criteria's values (``decided``: :func:`_decide_naming`); its
    missing facts, when it is undetermined, from an evaluation that names them; its findings
    only when they are read: a :class:`ClassDetermination` (typed Any, as compiled code checks
    the exact class of an attrs value, and this is a subclass)."""
    test = rules.tests[definition.id]
    outcome = _outcome(test({spec.id: decided[spec.id][0] for spec in definition.criteria}))
    missing: tuple[MissingFact, ...] = ()
    if outcome is Outcome.UNDETERMINED:
        evaluations = _naming(rules, definition, claim, readings, rank_missing, decided, shared)
        missing = _ranked_missing(
            rules, evaluations, claim, readings, test, rank_missing, shared,
            rules.shapes[definition.id],
        )
    return unexplained(
        definition.id, definition.name, outcome, missing, _relief(rules, definition, outcome),
        functools.partial(explanation, rules, definition, claim, readings),
        functools.partial(
            _outline, rules, definition, claim, readings,
            {spec.id: decided[spec.id] for spec in definition.criteria},
            # The facts of a criterion met though no item qualifies, for a member only.
            None if outcome is not Outcome.MEMBER else {} if runs is None else runs,
        ),
    )


def _naming(
    rules: ActionRules[C, R],
    definition: ClassDefinition,
    claim: C,
    readings: R,
    rank_missing: bool,
    decided: Mapping[str, _Decided],
    shared: _Shared,
) -> dict[str, _Evaluation]:
    """The evaluations that name the missing facts of a class left undetermined: of each
    criterion whose value is unknown, by a context that names them (:class:`_Ranking`).

    A criterion whose value is definite names none that could change it, and no answer
    changes its value (the rules are monotone in what is known: :meth:`Context.part`), so
    weighing a yes or no or a choice needs only its value (``_WITHOUT_TRACE``). A date is
    weighed at the days each rule that reads it compares it with (:func:`_date_settles`):
    where the facts to weigh include a date, every criterion is evaluated, as the days a
    definite one draws count too.
    """
    evaluations: dict[str, _Evaluation] = {}
    definite: list[str] = []
    dated = False
    for spec in definition.criteria:
        value = decided[spec.id][0]
        if value is UNKNOWN:
            found = evaluations[spec.id] = _named(rules, spec.id, claim, readings, shared, _Ranking)
            if not dated:
                dated = any(m.spec.kind is _DATE for m in found.context.missing.values())
        else:
            definite.append(spec.id)
            evaluations[spec.id] = _Evaluation(spec.id, value, _WITHOUT_TRACE)
    if dated and rank_missing:
        for cid in definite:
            evaluations[cid] = _named(rules, cid, claim, readings, shared, _Ranking)
    return evaluations


def _outline(
    rules: ActionRules[C, R], definition: ClassDefinition, claim: C, readings: R,
    decided: Mapping[str, _Decided], runs: dict[Callable[..., Tri], _Evaluation] | None,
) -> tuple[Finding, ...]:
    """The findings of a class as a lean evaluation knows them: each criterion's label, words,
    citation and value, and the value of each item it asked about; no statements, and no facts
    but those of a criterion met though no item qualifies (``outline_facts``), which a full
    evaluation of that criterion alone gives (one per rule, shared by the classes through
    ``runs``; None: the claimant is not a member of the class, and no facts are kept)."""
    findings = []
    for spec in definition.criteria:
        label, span, citation = rules.cited[spec.id]
        if rules.label is not None:
            label = rules.label(spec.id, readings) or label
        value, items = decided[spec.id]
        facts: tuple[FactUse, ...] = ()
        if runs is not None and met_outside_items(value, (item for _, item in items)):
            rule = rules.criteria[spec.id]
            run = runs.get(rule)
            if run is None:
                run = runs[rule] = _run(rules, spec.id, claim, readings, {})
            facts = outline_facts(_finding(rules, spec.id, run))
        findings.append(_bare_finding(spec.id, label, value, span, citation, items, facts))
    return tuple(findings)


# An outline is made of few distinct findings, claim after claim: each is made once and shared,
# looked up by its items' pointers and values (a key hashed without calling into Python code).
@functools.lru_cache(maxsize=4096)
def _bare_finding(
    criterion: str, label: str, value: Tri, text: str, citation: str,
    items: tuple[tuple[str, Tri], ...], facts: tuple[FactUse, ...] = (),
) -> Finding:
    found = tuple(_bare_item(pointer, item) for pointer, item in items)
    return Finding(criterion, label, value, text, citation, facts, (), found)


@functools.lru_cache(maxsize=4096)
def _bare_item(pointer: str, value: Tri) -> ItemFinding:
    return ItemFinding(pointer, value, ())


def _decide_naming(
    rules: ActionRules[C, R], claim: C, readings: R, shared: _Shared
) -> dict[str, _Decided]:
    """:func:`_decide`, by the evaluations that name the missing facts (:class:`_Ranking`),
    kept for the classes left undetermined (``shared.named``)."""
    decided: dict[str, _Decided] = {}
    for criterion in rules.criteria:
        found = _named(rules, criterion, claim, readings, shared, _Ranking)
        context: Any = found.context
        decided[criterion] = (found.value, tuple(context.kept))
    return decided


def _decide(rules: ActionRules[C, R], claim: C, readings: R) -> dict[str, _Decided]:
    """Each criterion's value by a lean evaluation (a rule shared by criteria, once): the
    decision alone, as the benchmarks time it, and what :func:`_decide_naming` must give."""
    from_readings: dict[Any, Any] = {}
    by_rule: dict[Callable[..., Tri], _Decided] = {}
    decided: dict[str, _Decided] = {}
    for criterion, rule in rules.criteria.items():
        found = by_rule.get(rule)
        if found is None:
            context: _Lean[R] = _Lean(readings, rules.accepts_proof, _NOTHING, from_readings)
            found = by_rule[rule] = (rule(context, claim), tuple(context.kept))
        decided[criterion] = found
    return decided


def rests_on_presumptions(
    rules: ActionRules[C, R], class_id: str, claim: C, strict: R,
    values: Mapping[str, Tri], presumed_in: Collection[str],
) -> bool:
    """Whether a class's outcome, its criteria's values ``values`` under the readings in force,
    rests on what the action presumes where the record is silent: whether its test gives
    another value when the criteria that presume (``presumed_in``) are worked out with nothing
    presumed (``strict``: reading R9 = strict), by a lean evaluation of the same rules. A CSV
    row says so (trials' administrators read a member, and one not a member, resting on the
    Copyright Act's presumptions as if the record said so)."""
    test = rules.tests[class_id]
    before = test(values)
    if before is UNKNOWN:
        return False
    trial = dict(values)
    from_readings: dict[Any, Any] = {}
    for criterion, value in values.items():
        if criterion in presumed_in and value is not UNKNOWN:
            context: _Lean[R] = _Lean(strict, rules.accepts_proof, _NOTHING, from_readings)
            trial[criterion] = rules.criteria[criterion](context, claim)
    return test(trial) is not before


_NOTHING: Mapping[str, Any] = {}

# The evaluation of a definite criterion that no weighing reads (see _naming): it names nothing.
_WITHOUT_TRACE: Context[Any] = Context(None, lambda proof, readings: True, _NOTHING)


def determine_with(
    rules: ActionRules[C, R],
    claim: C,
    readings: R,
    rank_missing: bool = True,
    input_digest: str | None = None,
    explain: bool = False,
) -> Determination:
    """Determine membership of one claimant in every class of an action.

    The outcomes come from an evaluation of the rules that keeps no reasons but names the
    missing facts (:func:`_decide_naming`), kept for the classes left undetermined, which are
    weighed from them. The findings, with
    their facts, reasons and items, are built when first read (``ClassDetermination.findings``),
    and are then those a full evaluation gives; ``explain`` builds them at once, for a caller
    that reads them all. ``input_digest`` may be given when the caller already has the digest
    of the claim's canonical record (a batch reading JSON has it for less).
    """
    classes: tuple[Any, ...]
    shared = _Shared()
    if explain:
        classes = tuple(
            determine_class(rules, definition, claim, readings, rank_missing, shared)
            for definition in rules.action.classes
        )
    else:
        decided = _decide_naming(rules, claim, readings, shared)
        runs: dict[Callable[..., Tri], _Evaluation] = {}
        classes = tuple(
            _decide_class(rules, definition, claim, readings, rank_missing, decided, shared, runs)
            for definition in rules.action.classes
        )
    share = None
    if rules.share is not None:
        share = rules.share(claim, readings, {cls.class_id: cls.outcome for cls in classes})
    action, as_of = rules.action.id, rules.as_of(readings)
    record = dict(rules.readings_record(readings))
    if input_digest:
        return Determination(action, as_of, classes, record, __version__, input_digest, share)
    # The digest of the claim's record, worked out when first read (output records read it).
    return undigested(
        action, as_of, classes, record, __version__,
        functools.partial(_claim_digest, rules, claim), share,
    )


def _claim_digest(rules: ActionRules[C, R], claim: C) -> str:
    return digest(rules.claim_record(claim))


def outcome_with(
    rules: ActionRules[C, R], claim: C, readings: R, overrides: Mapping[str, Any]
) -> dict[str, Outcome]:
    """Each class's outcome if the given missing facts took the given values.

    The what-if behind the guided interview: ``overrides`` maps JSON Pointers
    of missing facts to answers, without building a new claim.
    """
    return {
        definition.id: _outcome(_class_value(rules, definition, claim, readings, overrides))
        for definition in rules.action.classes
    }


@frozen
class Change:
    class_id: str
    before: Outcome
    after: Outcome


def compare_with(
    rules: ActionRules[C, R], claim: C, first: R, second: R
) -> tuple[Change, ...]:
    """The classes whose outcome differs between two readings, and how."""
    a = outcome_with(rules, claim, first, {})
    (b,) = compare_many(rules, claim, first, (second,))
    return tuple(Change(cid, a[cid], b[cid]) for cid in a if a[cid] is not b[cid])


def compare_many(
    rules: ActionRules[C, R], claim: C, base: R, alternatives: Sequence[R]
) -> list[dict[str, Outcome]]:
    """Each class's outcome under each of several readings, each criterion worked out again
    only where it must be.

    A rule is a function of the claim and of the readings it reads: a criterion that, under
    ``base``, read none of the readings an alternative changes takes the same path, and so
    gives the same value, under it. Each criterion is worked out once under ``base`` with
    readings that note what is read of them (``readings`` must be an attrs value); one that
    read none is worked out again under every alternative, in case a read went unnoticed.
    """
    kind: type = type(base)
    fields = _reading_fields(kind)
    values: dict[str, Tri] = {}
    reads: dict[str, set[str]] = {}
    for criterion in rules.criteria:
        noted, read = _noting(base, fields)
        values[criterion] = _criterion_value(rules, criterion, claim, noted)
        reads[criterion] = read
    results = []
    for alternative in alternatives:
        changed = {name for name in fields if getattr(base, name) != getattr(alternative, name)}
        now = {
            criterion: _criterion_value(rules, criterion, claim, alternative)
            if not reads[criterion] or reads[criterion] & changed else value
            for criterion, value in values.items()
        }
        results.append({
            cls.id: _outcome(rules.tests[cls.id](now)) for cls in rules.action.classes
        })
    return results


def _criterion_value(rules: ActionRules[C, R], criterion: str, claim: C, readings: R) -> Tri:
    return rules.criteria[criterion](_Lean(readings, rules.accepts_proof, _NOTHING), claim)


@functools.cache
def _reading_fields(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in attrs.fields(cls))


@functools.cache
def _noting_class(cls: type) -> type:
    """A subclass of a readings class whose instances note each reading read of them.

    A subclass, not a wrapper, so that compiled rules typed with the readings class take it.
    The readings class is a plain (interpreted) attrs class: every read of a field goes
    through ``__getattribute__``.
    """
    names = _reading_fields(cls)

    def __getattribute__(self: Any, name: str) -> Any:
        if name in names:
            object.__getattribute__(self, "_read").add(name)
        return object.__getattribute__(self, name)

    return type(f"Noting{cls.__name__}", (cls,), {
        "__slots__": ("_read",), "__getattribute__": __getattribute__,
    })


def _noting(readings: R, fields: frozenset[str]) -> tuple[R, set[str]]:
    kind: type = type(readings)
    noted: Any = object.__new__(_noting_class(kind))
    for name in fields:
        object.__setattr__(noted, name, getattr(readings, name))
    read: set[str] = set()
    object.__setattr__(noted, "_read", read)
    return noted, read
