"""A date that notes every way the rules look at it, and the lines they draw through it.

When the engine weighs a missing date, it hands the rules a :class:`TracedDate`.
The rules only ever learn about a date through its methods: comparisons, its
year, arithmetic, its text. A traced date records each such call with its
result, for two uses.

Reuse. If a second date gives the same result to every call the first one
received, the rules cannot tell the two apart, so they follow the same path to
the same value: the engine then reuses the first date's outcome instead of
evaluating again (:meth:`TracedDate.looks_like`).

Lines. Each comparison with another date draws a line: ``died < 2012-11-07``
splits the days at 2012-11-07. A date the rules make from the traced one by
arithmetic or :meth:`~datetime.date.replace` (``died + timedelta(days=1)``,
``died.replace(year=died.year + 25)``, ``died.replace(year=died.year + 70,
month=12, day=31)``) is a :class:`DerivedDate`: its comparisons are noted on the
traced date with the way it was made, and the line is carried back to the
traced date's own days (the last day of death whose term of life + 70 ends
before a date, say). :meth:`TracedDate.pivots` gives the days on either side of
each line, which the engine tries in turn (``_engine._date_settles``).

A ``replace(year=N)`` is read as moving the date by ``N - year`` years, as the
rules do to reach an anniversary or the end of a term; a year passed as a
constant would only misplace a pivot, never change an outcome. A date built
afresh from the year (``dt.date(day.year + 50, 12, 31)``) is a plain date, and
the lines it meets are not seen: the year is an ``int``, and the optional
compiled build keeps an ``int`` as a machine integer, so a traced ``int`` would
see the lines in one build and not in the other. The rules reach such dates
through ``replace`` instead.

Every method of :class:`datetime.date` that reads the date is wrapped
(``tests/test_trace.py`` checks that none is missed); a call with another
traced date as an argument, or one that raises, marks the date ``opaque``
and nothing is reused. (This module is not compiled by the optional mypyc
build: it subclasses a built-in type.)
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
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
COMPARISONS = ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__")
# The comparisons that draw their line the day after the date compared with.
_INCLUSIVE = ("__le__", "__gt__")
# The calls whose result, when a date, is derived from the date they were made on.
DERIVING = ("__add__", "__radd__", "__sub__", "replace")

# One way of making a date from another: ("days", n) adds n days; ("years", k, month, day)
# moves the date k years and sets the month and day given (0: kept).
Step = tuple[Any, ...]
Steps = tuple[Step, ...]

_DAY = dt.timedelta(days=1)
# Lines through derived dates are sought between these days: wide of any date a claim holds,
# and narrow enough that moving a date by a term of years stays within the calendar.
_EARLIEST, _LATEST = dt.date(1000, 1, 1).toordinal(), dt.date(9000, 12, 31).toordinal()


def _plain(value: Any) -> bool:
    """Whether ``value`` is a date the rules hold as such (not traced, derived, or a datetime)."""
    return type(value) is dt.date


class TracedDate(dt.date):
    """A date whose every reading is recorded in ``seen`` (method, arguments, result).

    ``derived`` holds the comparisons made by dates derived from it: (how the date
    was made, the comparison, the other date).
    """

    seen: list[tuple[str, tuple[Any, ...], dict[str, Any], Any]]
    derived: list[tuple[Steps, str, dt.date]]
    opaque: bool

    def __new__(cls, value: dt.date | int, *month_day: int) -> TracedDate:
        if isinstance(value, int):
            # Called back by date arithmetic with a year, month and day: the new date is plain.
            return dt.date(value, *month_day)  # type: ignore[return-value]
        made = super().__new__(cls, value.year, value.month, value.day)
        made.seen = []
        made.derived = []
        made.opaque = False
        return made

    def looks_like(self, other: dt.date) -> bool:
        """Whether ``other`` gives every recorded call the result this date gave.

        A date derived from this one was recorded with its value: ``other`` looks
        alike only if it derives the same date, which then answers alike.
        """
        if self.opaque:
            return False
        for name, args, kwargs, result in self.seen:
            if name in FIELDS:
                if getattr(dt.date, name).__get__(other) != result:
                    return False
            elif getattr(dt.date, name)(other, *args, **kwargs) != result:
                return False
        return True

    def lines(self) -> dict[dt.date, bool]:
        """Each line the rules drew through this date, in the order met: the first day on which
        a comparison turns, and whether it was drawn as "on or before" the day before it (a
        comparison ``<=`` or ``>`` with a date) rather than as "before" the line itself."""
        found: dict[dt.date, bool] = {}
        for name, args, _, _ in self.seen:
            if name in COMPARISONS and args and _plain(args[0]):
                for line in _lines((), name, args[0]):
                    found.setdefault(line, name in _INCLUSIVE)
        for steps, name, other in self.derived:
            for line in _lines(steps, name, other):
                found.setdefault(line, False)
        return found

    def pivots(self) -> list[dt.date]:
        """The days on either side of each line the rules drew through this date, in the order met."""
        return pivots_of(self.lines())


class DerivedDate(dt.date):
    """A date made from a traced date: its comparisons are noted on that date (see the module)."""

    origin: TracedDate
    steps: Steps

    def __new__(
        cls, value: dt.date | int, *month_day: int,
        origin: TracedDate | None = None, steps: Steps = (),
    ) -> DerivedDate:
        if isinstance(value, int):
            # Called back by date arithmetic: the result is made plain, then derived in _deriving.
            return dt.date(value, *month_day)  # type: ignore[return-value]
        made = super().__new__(cls, value.year, value.month, value.day)
        assert origin is not None
        made.origin = origin
        made.steps = steps
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return dt.date, (self.year, self.month, self.day)

    def __repr__(self) -> str:
        return repr(dt.date(self.year, self.month, self.day))


def _step(date: dt.date, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Step | None:
    """How a call made its result from ``date``; None when it is not a step the lines follow."""
    if name in ("__add__", "__radd__", "__sub__"):
        delta = args[0] if args else None
        if not isinstance(delta, dt.timedelta):
            return None
        days = delta.days if name != "__sub__" else -delta.days
        return ("days", days)
    fields = dict(zip(("year", "month", "day"), args, strict=False)) | kwargs
    if set(fields) - set(FIELDS):
        return None
    year = fields.get("year", dt.date.year.__get__(date))
    return ("years", int(year) - dt.date.year.__get__(date),
            int(fields.get("month", 0)), int(fields.get("day", 0)))


def _deriving(origin: TracedDate, steps: Steps, date: dt.date, name: str,
              args: tuple[Any, ...], kwargs: dict[str, Any], result: Any) -> Any:
    """The result of a deriving call, as a :class:`DerivedDate` when it is a date."""
    if type(result) is not dt.date:
        return result
    step = _step(date, name, args, kwargs)
    if step is None:
        return result
    return DerivedDate(result, origin=origin, steps=(*steps, step))


def _replay(steps: Steps, day: dt.date) -> dt.date:
    """The date ``steps`` make from ``day``."""
    for step in steps:
        if step[0] == "days":
            day = day + dt.timedelta(days=step[1])
            continue
        _, years, month, on = step
        fields = {"year": day.year + years}
        if month:
            fields["month"] = month
        if on:
            fields["day"] = on
        for _ in range(3):  # 29 February (or a 31st) in a shorter month: the next day that exists
            try:
                day = day.replace(**fields)
                break
            except ValueError:
                day = day + _DAY
        else:
            raise ValueError(f"no date from {day} by {step}")
    return day


@functools.lru_cache(maxsize=4096)
def _lines(steps: Steps, name: str, other: dt.date) -> tuple[dt.date, ...]:
    """Each first day of the traced date's days on which a comparison turns.

    ``name`` compares the date made by ``steps`` with ``other``. Without steps the
    line is where ``other`` stands; through steps (each keeps the order of days,
    or nearly), it is found by halving the days between ``_EARLIEST`` and ``_LATEST``.
    """
    if other == dt.date.min or other == dt.date.max:
        # The first and last days there are stand for an open bound (a range open on one side,
        # a period still going on), not for a day a rule turns on: no line is drawn there.
        return ()
    tests = {"__lt__": (False,), "__ge__": (False,), "__le__": (True,), "__gt__": (True,)}.get(
        name, (False, True)
    )
    lines = []
    for inclusive in tests:
        if not steps:
            if inclusive:  # <= other: it turns the day after
                if other < dt.date.max:
                    lines.append(other + _DAY)
            else:
                lines.append(other)
            continue
        line = _turn(steps, other, inclusive)
        if line is not None:
            lines.append(line)
    return tuple(lines)


def _turn(steps: Steps, other: dt.date, inclusive: bool) -> dt.date | None:
    """The first day whose derived date is past ``other`` (on or past it, unless ``inclusive``)."""

    def below(ordinal: int) -> bool:
        made = _replay(steps, dt.date.fromordinal(ordinal))
        return made <= other if inclusive else made < other

    low, high = _EARLIEST, _LATEST
    try:
        if below(low) == below(high):
            return None
        first = below(low)
        while high - low > 1:
            middle = (low + high) // 2
            if below(middle) == first:
                low = middle
            else:
                high = middle
    except (ValueError, OverflowError):
        return None
    return dt.date.fromordinal(high)


def pivots_of(lines: Iterable[dt.date]) -> list[dt.date]:
    """The days on either side of each of ``lines`` (:meth:`TracedDate.lines`), in their order."""
    found: dict[dt.date, None] = {}
    for line in lines:
        found.update(dict.fromkeys(_sides(line)))
    return list(found)


def _sides(line: dt.date) -> tuple[dt.date, ...]:
    """The day before a line and the day it starts."""
    return (line - _DAY, line) if line > dt.date.min else (line,)


def _observer(name: str) -> Any:
    method = getattr(dt.date, name)
    deriving = name in DERIVING

    def observed(self: TracedDate, *args: Any, **kwargs: Any) -> Any:
        # A loop, not any() over a generator: every read of a traced date passes here.
        for arg in (*args, *kwargs.values()) if kwargs else args:
            if isinstance(arg, TracedDate):
                self.opaque = True
                break
        try:
            result = method(self, *args, **kwargs)
        except BaseException:
            self.opaque = True
            raise
        if isinstance(result, TracedDate):
            # A date made from this one (arithmetic, replace) is recorded and compared as a value.
            result = dt.date.fromordinal(dt.date.toordinal(result))
        self.seen.append((name, args, kwargs, result))
        if deriving:
            return _deriving(self, (), self, name, args, kwargs, result)
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


def _derived_comparison(name: str) -> Any:
    method = getattr(dt.date, name)

    def compared(self: DerivedDate, other: Any) -> Any:
        result = method(self, other)
        if _plain(other):
            self.origin.derived.append((self.steps, name, other))
        return result

    compared.__name__ = name
    return compared


def _derived_step(name: str) -> Any:
    method = getattr(dt.date, name)

    def derived(self: DerivedDate, *args: Any, **kwargs: Any) -> Any:
        result = method(self, *args, **kwargs)
        if isinstance(result, DerivedDate):
            result = dt.date.fromordinal(dt.date.toordinal(result))
        return _deriving(self.origin, self.steps, self, name, args, kwargs, result)

    derived.__name__ = name
    return derived


for _name in OBSERVERS:
    setattr(TracedDate, _name, _observer(_name))
for _name in FIELDS:
    setattr(TracedDate, _name, _field(_name))
for _name in COMPARISONS:
    setattr(DerivedDate, _name, _derived_comparison(_name))
for _name in DERIVING:
    setattr(DerivedDate, _name, _derived_step(_name))
