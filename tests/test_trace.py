"""A traced date records every way it is read, so that a date read alike can reuse its outcome."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classaction._trace import FIELDS, OBSERVERS, TracedDate

# What dt.date has that does not read an instance's value: construction, class-level
# constructors and constants, and the machinery every object has.
NOT_READING = {
    "__new__", "__init__", "__init_subclass__", "__subclasshook__", "__class__", "__doc__",
    "__getattribute__", "__setattr__", "__delattr__", "__dir__", "__sizeof__", "__getstate__",
    "fromtimestamp", "fromordinal", "fromisoformat", "fromisocalendar", "today",
    "min", "max", "resolution", "__module__",
}


def test_every_way_to_read_a_date_is_traced() -> None:
    # A method of dt.date left unwrapped would let the rules tell two dates apart unseen.
    readers = {name for name in dir(dt.date) if name not in NOT_READING}
    assert readers == set(OBSERVERS) | set(FIELDS)
    for name in readers:
        assert name in vars(TracedDate), name


def test_readings_are_recorded_from_either_side() -> None:
    day = TracedDate(dt.date(2020, 7, 8))
    assert day == dt.date(2020, 7, 8)
    assert dt.date(2012, 11, 7) < day  # the reflected comparison is the traced date's
    assert day.year == 2020
    assert [name for name, *_ in day.seen] == ["__eq__", "__gt__", "year"]
    assert day.looks_like(dt.date(2020, 7, 8))
    assert not day.looks_like(dt.date(2012, 11, 7))  # __gt__ gives another answer
    assert not day.looks_like(dt.date(2021, 7, 8))  # the year differs (and so does __eq__)


def test_a_date_only_compared_with_one_line_looks_like_any_date_on_its_side() -> None:
    line = dt.date(2012, 11, 7)
    day = TracedDate(dt.date(2020, 7, 7))
    assert not day < line
    assert day.looks_like(dt.date(2030, 1, 1)) and day.looks_like(line)
    assert not day.looks_like(dt.date(2012, 11, 6))


DAYS = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))


@given(DAYS, DAYS, DAYS, st.integers(-1000, 1000))
def test_a_date_that_looks_alike_gives_the_same_results(
    first: dt.date, second: dt.date, other: dt.date, days: int
) -> None:
    def rule(date: dt.date) -> tuple[object, ...]:
        shifted = date + dt.timedelta(days=days)
        return (date < other, shifted >= other, date.year > 2000, date.isoformat()[:4])

    traced = TracedDate(first)
    outcome = rule(traced)
    if traced.looks_like(second):
        assert rule(second) == outcome


def test_a_traced_argument_or_a_failure_makes_it_opaque() -> None:
    day = TracedDate(dt.date(2020, 7, 8))
    assert day == TracedDate(dt.date(2020, 7, 8))
    assert day.opaque and not day.looks_like(dt.date(2020, 7, 8))
    late = TracedDate(dt.date(9999, 12, 31))
    with pytest.raises(OverflowError):
        late + dt.timedelta(days=1)
    assert late.opaque


def test_a_traced_date_is_a_date() -> None:
    day = TracedDate(dt.date(2020, 7, 8))
    assert isinstance(day, dt.date)
    assert str(day) == "2020-07-08" and f"{day:%Y}" == "2020" and hash(day) == hash(day)
    later = day.replace(day=9)
    assert later == dt.date(2020, 7, 9) and type(later) is dt.date
    assert type(day + dt.timedelta(days=1)) is dt.date and type(day - dt.timedelta(1)) is dt.date
