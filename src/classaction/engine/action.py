"""A class action as data: court, parties, classes, criteria, relief, events.

Nothing here is specific to one action. The values come from a seed document
(``seeds/*.json``) that validates against ``schemas/action.schema.json``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

from attrs import field, frozen

from .cite import Citation, for_reader, joined
from .cite import source as cited_source
from .dates import DateRange


class SourceKind(enum.Enum):
    SEED = "seed"
    DECISION = "decision"
    STATUTE = "statute"
    SECONDARY = "secondary"
    NOTICE = "notice"  # a notice approved by a court, or its settlement administrator's pages
    COUNSEL = "counsel"  # a page of counsel for a party
    DOCKET = "docket"  # a docket entry


class TextStatus(enum.Enum):
    """Where a definition's words come from: the court's or the parties' own (verbatim), a
    secondary source's or the project's (paraphrase), or the project's, written in the form of a
    sibling definition (inferred)."""

    VERBATIM = "verbatim"
    PARAPHRASE = "paraphrase"
    INFERRED = "inferred"


class ClassKind(enum.Enum):
    """A class, a subclass of one, or the conditions of a claim for payment that only a member
    of a class can make (eligibility: not membership)."""

    CLASS = "class"
    SUBCLASS = "subclass"
    ELIGIBILITY = "eligibility"


@frozen
class Source:
    """A document a statement rests on: a seed file, a decision or a statute."""

    id: str
    citation: str
    kind: SourceKind
    description: str
    title: str | None = None  # how a reader knows it (title and date); None: the citation
    url: str | None = None
    published_on: str | None = None  # EDTF, as far as known
    verified_on: dt.date | None = None  # when it was last read

    @property
    def for_reader(self) -> str:
        return self.title or self.citation


@frozen
class StyleOfCause:
    """The title of the proceeding during one period (it changes with the sovereign)."""

    title: str
    sources: tuple[str, ...]
    since: dt.date | None = None
    until: dt.date | None = None


@frozen
class PartyToAction:
    role: str
    name: str
    description: str
    sources: tuple[str, ...]
    role_label: str | None = None  # the role in words ("Not a party"); None: the role

    @property
    def role_in_words(self) -> str:
        return self.role_label or self.role.replace("_", " ")


@frozen
class AllOf:
    all: tuple[Expression, ...]


@frozen
class AnyOf:
    any: tuple[Expression, ...]


@frozen
class NotOf:
    not_: Expression


# A class test: a criterion id, or a Kleene combination of tests.
Expression = str | AllOf | AnyOf | NotOf


@frozen
class CriterionSpec:
    """One condition of a class definition: a stable id and the words it implements."""

    id: str
    label: str
    span: str
    sources: tuple[str, ...]
    unmet: str | None = None  # the claimant who does not meet it, in words ("{as_of}": the date)
    unmet_died: str | None = None  # as unmet, of a natural person who died before the as-of date
    unmet_filed: str | None = None  # as unmet, of a claim form the record dates ("{filed_on}")
    span_status: TextStatus | None = None  # None: the class's
    requires_class: str | None = None  # met exactly when the claimant is a member of that class
    parameters: Mapping[str, Any] = field(factory=dict, hash=False)
    readings: tuple[str, ...] = ()  # the readings that can move it
    note: str | None = None  # how the rule reads the words, where the span alone does not say


@frozen
class ClassDefinition:
    id: str
    name: str
    definition: str
    criteria: tuple[CriterionSpec, ...]
    test: Expression
    sources: tuple[str, ...]
    kind: ClassKind = ClassKind.CLASS
    parent: str | None = None  # a subclass's class; an eligibility's class
    definition_status: TextStatus = TextStatus.VERBATIM
    definition_sources: tuple[str, ...] = ()
    definition_note: str | None = None

    @property
    def quoted(self) -> bool:
        """Whether the definition is the court's or the parties' own words."""
        return self.definition_status is TextStatus.VERBATIM

    def criterion(self, criterion_id: str) -> CriterionSpec:
        for spec in self.criteria:
            if spec.id == criterion_id:
                return spec
        raise KeyError(criterion_id)


class ReliefKind(enum.Enum):
    PROCEDURAL = "procedural"
    DECLARATORY = "declaratory"
    INJUNCTIVE = "injunctive"
    MANDATORY = "mandatory"
    DAMAGES = "damages"


@frozen
class ReliefItem:
    id: str
    text: str
    kind: ReliefKind
    against: tuple[str, ...]
    benefits: tuple[str, ...]
    sources: tuple[str, ...]
    grounds: tuple[str, ...] = ()
    kind_label: str | None = None  # the kind in words ("a mandatory order"); None: the kind

    @property
    def kind_in_words(self) -> str:
        return self.kind_label or self.kind.value


@frozen
class CauseOfAction:
    id: str
    name: str
    description: str
    classes: tuple[str, ...]
    sources: tuple[str, ...]


@frozen
class Event:
    """A dated event. ``on`` is a date as far as the sources tell it, in EDTF (classaction._dates):
    a day, a month, or an interval between the earliest and the latest day it can be.

    A ``decision`` has an outcome; ``outcome`` None on a decision means the
    sources do not record it (unknown, not "none").
    """

    id: str
    on: str
    description: str
    sources: tuple[str, ...]
    outcome: str | None = None
    decision: bool = False


@frozen
class ReadingSpec:
    """A point the class definitions leave open, its default and its alternatives."""

    id: str
    name: str
    question: str
    default: str
    alternatives: tuple[str, ...]
    reason: str
    sources: tuple[str, ...]
    # What each value means, in words, by value ("on_as_of": "on the as-of date").
    value_labels: dict[str, str] = field(factory=dict, hash=False)
    applies_to: tuple[str, ...] = ()  # the classes or criteria it can change

    def in_words(self, value: str) -> str:
        """A value as a person reads it: its words, else the value as written."""
        return self.value_labels.get(value, value)


@frozen
class OtherNumber:
    """Another number the proceeding is known by (an MDL number, an appeal file)."""

    number: str
    description: str
    sources: tuple[str, ...]


@frozen
class Action:
    id: str
    court: str
    file_number: str
    proceeding: str
    filed_on: DateRange  # as far as the sources tell it: a day, or a month
    style_of_cause: tuple[StyleOfCause, ...]
    parties: tuple[PartyToAction, ...]
    classes: tuple[ClassDefinition, ...]
    relief: tuple[ReliefItem, ...]
    sources: tuple[str, ...]
    references: tuple[Source, ...]
    causes_of_action: tuple[CauseOfAction, ...] = ()
    procedural_events: tuple[Event, ...] = ()
    timeline: tuple[Event, ...] = ()
    readings: tuple[ReadingSpec, ...] = ()
    also_numbered: tuple[OtherNumber, ...] = ()
    # Why no relief is recorded, when none is ({recorded, note, sources}).
    relief_status: Mapping[str, Any] | None = field(default=None, hash=False)
    # A settlement's terms: what the class receives and how it is shared (data, with sources).
    settlement: Mapping[str, Any] | None = field(default=None, hash=False)

    def class_definition(self, class_id: str) -> ClassDefinition:
        for definition in self.classes:
            if definition.id == class_id:
                return definition
        raise KeyError(class_id)

    def source(self, source_id: str) -> Source:
        for source in self.references:
            if source.id == source_id:
                return source
        raise KeyError(source_id)

    def cite(self, source_ids: tuple[str, ...]) -> Citation:
        """The citations of the given sources, joined (seed files by file name), as a value
        that a person reads by the sources' titles (:meth:`readable`)."""
        return joined(*(cited_source(self.source(s).citation) for s in source_ids))

    def cite_for_reader(self, source_ids: tuple[str, ...] | str) -> str:
        """The given sources as a person knows them: by title and date. A citation (a finding's
        or a reason's) is read as :meth:`readable` reads it: a trial's developer passed one and
        was told ``KeyError: '0'``, its characters taken for source ids."""
        if isinstance(source_ids, str):
            return self.readable(source_ids)
        return "; ".join(self.source(s).for_reader for s in source_ids)

    def readable(self, citation: str) -> str:
        """A citation as a person reads it: each of the action's sources it cites by its title,
        each place in the seed file by what it is ("reading R1"), the file unnamed
        (:class:`~classaction.engine.cite.Citation`)."""
        return for_reader(citation, self._title)

    def _title(self, citation: str) -> str | None:
        return next((s.title for s in self.references if s.citation == citation), None)

    def event(self, event_id: str) -> Event:
        """An event of the timeline or of the proceedings, by its id."""
        for event in self.timeline + self.procedural_events:
            if event.id == event_id:
                return event
        raise KeyError(event_id)

    def relief_for(self, class_id: str) -> tuple[ReliefItem, ...]:
        return tuple(item for item in self.relief if class_id in item.benefits)


def criterion_ids(expression: Expression) -> tuple[str, ...]:
    """Every criterion id an expression mentions, in order of first mention."""
    if isinstance(expression, str):
        return (expression,)
    if isinstance(expression, AllOf):
        parts = expression.all
    elif isinstance(expression, AnyOf):
        parts = expression.any
    else:
        parts = (expression.not_,)
    seen: dict[str, None] = {}
    for part in parts:
        for cid in criterion_ids(part):
            seen.setdefault(cid)
    return tuple(seen)
