"""The one converter between JSON values and the library's typed values.

Configured once, here: dates as ISO 8601 text (a date fact as EDTF text), enums by value, extra keys
forbidden, and fields left at their default (a fact left out) omitted when
unstructuring, so a left-out fact stays absent in JSON and never turns into
``null`` or ``false``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

import cattrs
from cattrs.gen import make_dict_unstructure_fn, override

from ..engine.action import AllOf, AnyOf, Expression, NotOf
from ..engine.dates import DateRange
from ..engine.determination import MissingFact
from .errors import RecordError

T = TypeVar("T")

converter = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True)


def _structure_date(value: Any, _: type) -> dt.date:
    if not isinstance(value, str):
        raise TypeError("a date must be text in the form YYYY-MM-DD")
    return dt.date.fromisoformat(value)


converter.register_structure_hook(dt.date, _structure_date)
converter.register_unstructure_hook(dt.date, lambda value: value.isoformat())


def _structure_range(value: Any, _: type) -> DateRange:
    if not isinstance(value, str):
        raise TypeError("a date must be text, such as 2018-06-01, 2018-06 or 2015")
    return DateRange.parse(value)


# A date fact as known (classaction._dates), as its EDTF text, kept as written.
converter.register_structure_hook(DateRange, _structure_range)
converter.register_unstructure_hook(DateRange, lambda value: value.text)


def _structure_expression(value: Any, _: Any) -> Expression:
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and len(value) == 1:
        ((key, inner),) = value.items()
        if key == "all":
            return AllOf(tuple(_structure_expression(v, None) for v in inner))
        if key == "any":
            return AnyOf(tuple(_structure_expression(v, None) for v in inner))
        if key == "not":
            return NotOf(_structure_expression(inner, None))
    raise ValueError("a class test is a criterion id or one of {all: [...]}, {any: [...]}, {not: ...}")


def _unstructure_expression(value: Expression) -> Any:
    if isinstance(value, str):
        return value
    if isinstance(value, AllOf):
        return {"all": [_unstructure_expression(v) for v in value.all]}
    if isinstance(value, AnyOf):
        return {"any": [_unstructure_expression(v) for v in value.any]}
    return {"not": _unstructure_expression(value.not_)}


converter.register_structure_hook(Expression, _structure_expression)
converter.register_unstructure_hook(Expression, _unstructure_expression)
for _cls in (AllOf, AnyOf, NotOf):
    converter.register_unstructure_hook(_cls, _unstructure_expression)


# A record error as JSON without the key it is about: a key that is no field name may itself be
# personal data (records/errors.py, RecordError), and a caller's API response is where the
# converter's output goes.
converter.register_unstructure_hook(
    RecordError, make_dict_unstructure_fn(
        RecordError, converter, _cattrs_omit_if_default=True, key=override(omit=True)
    ),
)

# A missing fact as its JSON record has it (records/documents.py, determination_record): without
# the country a question about periods asks of, which its question says and the schema does not
# hold (a trial's developer found ca.unstructure's output refused by the determination schema).
converter.register_unstructure_hook(
    MissingFact, make_dict_unstructure_fn(
        MissingFact, converter, _cattrs_omit_if_default=True, place=override(omit=True)
    ),
)


def structure(value: Any, kind: type[T]) -> T:
    return converter.structure(value, kind)


def unstructure(value: Any) -> Any:
    return converter.unstructure(value)
