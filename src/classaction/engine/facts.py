"""What a fact is, for asking about it: its question and kind of answer."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs
from attrs import field, frozen


class FactKind(enum.Enum):
    """What sort of answer a fact takes, so a question can be asked of it."""

    BOOLEAN = "boolean"
    DATE = "date"
    CHOICE = "choice"
    LIST = "list"
    ITEM = "item"


@frozen
class FactSpec:
    """How to ask for a fact: the question and the kind of answer.

    ``choices`` lists answers that span the cases the rules tell apart; a date
    fact has none: the engine finds its choices from the lines the rules draw
    through a date (``_engine._date_settles``). ``after`` names a sibling fact
    this question presupposes (the date of death after "has the claimant
    died?"), so that it is asked after that one; or, starting with "/", the
    pointer of a fact elsewhere in the record (an item not yet described
    presupposes the statement that it exists).

    ``when`` is the answer to ``after`` that this fact's being given shows,
    where the record's checks refuse any other (a date of death is given only
    for a person who has died; an end date only for a period that is over):
    the engine then reads ``after`` as answered by this fact, so that a rule
    asks "has the claimant died?" and a record that gives only the date of
    death is not asked it. None: giving this fact says nothing of ``after``.

    ``side``, for a date, asks which side of one day it falls on, "{when}"
    standing for "before 7 November 2012" or "on or before 8 July 2020": the
    question put when only that side can change an outcome
    (:attr:`classaction.MissingFact.turns_on`).
    """

    question: str
    kind: FactKind
    choices: tuple[Any, ...] = ()
    after: str | None = None
    when: Any = None
    side: str | None = None
    # The fact's other words, declared with it: what each value says in an explanation
    # (``said``: by value, None for any value, "{}" taking a date; () for an empty list),
    # the question in plain words to the person answering about themselves and about the
    # claimant (``plain``), the same for the side of one day (``side_plain``), and the
    # options a person picks from (``options``: value, label, other words for it). A statement
    # about what a list leaves out is asked otherwise while that list is empty (``plain_first``),
    # and a fact of a photograph the claimant took otherwise of its photographer
    # (``plain_author``: "Did you take {item} as part of your job?").
    said: Mapping[Any, str] = field(factory=dict, eq=False)
    plain: tuple[str, str] | None = field(default=None, eq=False)
    plain_first: tuple[str, str] | None = field(default=None, eq=False)
    plain_author: tuple[str, str] | None = field(default=None, eq=False)
    # The country (ISO 3166-1 alpha-2) a question about periods asks of ("US": "During which
    # periods was the claimant resident in the United States?"), for the interview.
    place: str | None = field(default=None, eq=False)
    side_plain: tuple[str, str] | None = field(default=None, eq=False)
    options: tuple[tuple[str, str, tuple[str, ...]], ...] = field(default=(), eq=False)
    # What the fact is, said as missing of its item ("when Clearview collected it"): a short
    # reason's "photograph mug: the record leaves out ..." and an explanation's item not known
    # yet ("question 1 below: when it started").
    missing: str = field(default="", eq=False)


def fact_spec(field_: attrs.Attribute[Any]) -> FactSpec:
    """The :class:`FactSpec` kept in an attrs field's metadata."""
    spec = field_.metadata.get("fact")
    if not isinstance(spec, FactSpec):
        raise TypeError(f"field {field_.name!r} carries no FactSpec")
    return spec
