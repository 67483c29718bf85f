"""A date that notes every way the rules look at it.

When the engine weighs a missing date, it tries the class at several pivot
dates (:func:`classaction._rcmp.pivot_dates`). The rules only ever learn about
a date through its methods: comparisons, its year, arithmetic, its text. A
:class:`TracedDate` records each such call with its result. If a second pivot
gives the same result to every call the first one received, the rules cannot
tell the two apart, so they follow the same path to the same value: the
engine then reuses the first pivot's outcome instead of evaluating again.

Every method of :class:`datetime.date` that reads the date is wrapped
(``tests/test_trace.py`` checks that none is missed); a call with another
traced date as an argument, or one that raises, marks the date ``opaque``
and nothing is reused. (This module is not compiled by the optional mypyc
build: it subclasses a built-in type.)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

# The methods through which a date can be read, each wrapped below.
OBSERVERS = (
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__",
    "__add__", "__radd__", "__sub__", "__rsub__",
    "__str__", "__repr__", "__format__", "__reduce__", "__reduce_ex__",
    "ctime", "isocalendar", "isoformat", "isoweekday", "replace", "strftime", "timetuple",
    "toordinal", "weekday",
)
FIELDS = ("year", "month", "day")


class TracedDate(dt.date):
    """A date whose every reading is recorded in ``seen`` (method, arguments, result)."""

    seen: list[tuple[str, tuple[Any, ...], dict[str, Any], Any]]
    opaque: bool

    def __new__(cls, value: dt.date | int, *month_day: int) -> TracedDate:
        if isinstance(value, int):
            # Called back by date arithmetic with a year, month and day: the new date is plain.
            return dt.date(value, *month_day)  # type: ignore[return-value]
        made = super().__new__(cls, value.year, value.month, value.day)
        made.seen = []
        made.opaque = False
        return made

    def looks_like(self, other: dt.date) -> bool:
        """Whether ``other`` gives every recorded call the result this date gave."""
        if self.opaque:
            return False
        for name, args, kwargs, result in self.seen:
            if name in FIELDS:
                if getattr(dt.date, name).__get__(other) != result:
                    return False
            elif getattr(dt.date, name)(other, *args, **kwargs) != result:
                return False
        return True


def _observer(name: str) -> Any:
    method = getattr(dt.date, name)

    def observed(self: TracedDate, *args: Any, **kwargs: Any) -> Any:
        if any(isinstance(arg, TracedDate) for arg in (*args, *kwargs.values())):
            self.opaque = True
        try:
            result = method(self, *args, **kwargs)
        except BaseException:
            self.opaque = True
            raise
        if isinstance(result, TracedDate):
            # A date made from this one (arithmetic, replace) is made as a plain date: only
            # the answer given is traced, and the result is recorded and compared as a value.
            result = dt.date.fromordinal(dt.date.toordinal(result))
        self.seen.append((name, args, kwargs, result))
        return result

    observed.__name__ = name
    return observed


def _field(name: str) -> property:
    read = getattr(dt.date, name).__get__

    def observed(self: TracedDate) -> Any:
        result = read(self)
        self.seen.append((name, (), {}, result))
        return result

    return property(observed)


for _name in OBSERVERS:
    setattr(TracedDate, _name, _observer(_name))
for _name in FIELDS:
    setattr(TracedDate, _name, _field(_name))
