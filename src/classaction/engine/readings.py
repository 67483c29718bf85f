"""What every action's readings share: named choices, set by name or number, read back as text.

An action's readings are a frozen attrs class deriving from :class:`ActionReadings`:
one field per point its class definitions leave open, with ``metadata={"reading": "R2"}``
and a default that follows the plain text. A field holds an enum member, or a date
(the as-of date, ``as_of``, which every action has). Everything else is worked out
from the fields: setting them from text (``with_values``, ``from_pairs``), the record
a determination carries (``as_record``).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import typing
from collections.abc import Iterable, Mapping
from typing import Any, Self

import attrs

# A reading's value as given: text, as the command line takes it, or the reading's own value
# (a ``datetime.date`` for an as-of date, a member of the reading's enum).
ReadingValue = str | dt.date | enum.Enum


@attrs.frozen
class ActionReadings:
    """The base of an action's readings (see the module)."""

    def as_record(self) -> dict[str, str]:
        """The readings as plain strings, keyed by name."""
        return dict(_record_of(self))

    def with_values(self, values: Mapping[str, ReadingValue]) -> Self:
        """A copy with some readings changed, given by name (or number, "R3") and value as text
        (or as the reading's own value: a ``datetime.date`` for the as-of date, a member of the
        reading's enum).

        Raises ValueError naming the reading and the accepted values on a bad one.
        """
        cls: type = type(self)
        kinds, by_number = _kinds(cls), _numbers(cls)
        changes: dict[str, Any] = {}
        for key, text in values.items():
            name = by_number.get(key.upper(), key)
            if name not in kinds:
                # Each by number and name (a trial's developer, giving another action's "R3",
                # was shown names alone).
                numbered = {field: number for number, field in by_number.items()}
                known = ", ".join(f"{numbered[k]} {k}" if k in numbered else k for k in kinds)
                raise ValueError(f"unknown reading {key!r}; known readings: {known}")
            kind = kinds[name]
            if isinstance(text, kind) and not (kind is dt.date and isinstance(text, dt.datetime)):
                changes[name] = text  # its own value (a trial's developer gave a date: a TypeError)
                continue
            if not isinstance(text, str):
                raise ValueError(
                    f"reading {name} takes "
                    + ("a date YYYY-MM-DD (text or a datetime.date)" if kind is dt.date else
                       "one of: " + ", ".join(m.value for m in kind))
                    + f", not {type(text).__name__}"
                )
            if kind is dt.date:
                try:
                    changes[name] = dt.date.fromisoformat(text)
                except ValueError:
                    raise ValueError(
                        f"reading {name} takes a date YYYY-MM-DD, not {text!r}"
                    ) from None
                continue
            try:
                changes[name] = kind(text)
            except ValueError:
                accepted = ", ".join(m.value for m in kind)
                raise ValueError(f"reading {name} takes one of: {accepted}") from None
        return attrs.evolve(self, **changes)

    def with_as_of(self, day: dt.date) -> Self:
        """A copy assessed on another date (the first reading of every action)."""
        changed: Self = attrs.evolve(self, **{"as_of": day})
        return changed

    @classmethod
    def from_pairs(cls, pairs: Iterable[str], base: Self | None = None) -> Self:
        """Readings from ``NAME=VALUE`` texts, as the command line takes them, over ``base``
        (the defaults unless given). Raises ValueError naming what is wrong."""
        values = {}
        for pair in pairs:
            name, sep, value = pair.partition("=")
            if not sep or not name.strip() or not value.strip():
                raise ValueError(f"a reading is given as NAME=VALUE, not {pair!r}")
            values[name.strip()] = value.strip()
        return (base if base is not None else cls()).with_values(values)

    @classmethod
    def knows(cls, key: str) -> bool:
        """Whether a reading of this action goes by ``key``, a name or a number ("R3")."""
        kind: type = cls
        return key in _kinds(kind) or key.upper() in _numbers(kind)

    @classmethod
    def numbers(cls) -> dict[str, str]:
        """Each reading's name by its number ("R2": "residency_window")."""
        kind: type = cls
        return dict(_numbers(kind))


@functools.cache
def _kinds(cls: type) -> dict[str, Any]:
    """Each reading's type: an enum, or ``datetime.date``."""
    hints = typing.get_type_hints(cls)
    return {field.name: hints[field.name] for field in attrs.fields(cls)}


@functools.cache
def _numbers(cls: type) -> dict[str, str]:
    return {field.metadata["reading"]: field.name for field in attrs.fields(cls)}


@functools.lru_cache(maxsize=64)
def _record_of(readings: Any) -> dict[str, str]:
    """The record of some readings, worked out once: every determination carries it."""
    record: dict[str, str] = {}
    kind: type = type(readings)
    for field in attrs.fields(kind):
        value = getattr(readings, field.name)
        record[field.name] = value.isoformat() if isinstance(value, dt.date) else value.value
    return record



