"""A traced date records every way it is read, so that a date read alike can reuse its outcome."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classaction.engine.trace import FIELDS, OBSERVERS, DerivedDate, TracedDate

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
    assert later == dt.date(2020, 7, 9) and isinstance(later, DerivedDate)
    assert day + dt.timedelta(days=1) == dt.date(2020, 7, 9)
    assert day - dt.timedelta(1) == dt.date(2020, 7, 7)
    # A derived date reads as the date it is, and travels as a plain one.
    assert repr(later) == "datetime.date(2020, 7, 9)" and f"{later}" == "2020-07-09"
    assert type(pickle.loads(pickle.dumps(later))) is dt.date
    assert hash(later) == hash(dt.date(2020, 7, 9))
    assert type(day - dt.date(2020, 7, 1)) is dt.timedelta


def test_a_comparison_draws_a_line_and_the_pivots_are_the_days_either_side() -> None:
    day = TracedDate(dt.date(2020, 7, 8))
    assert day < dt.date(2021, 1, 1)  # turns on 2021-01-01
    assert not day <= dt.date(2019, 5, 5)  # turns the day after 2019-05-05
    assert dt.date(2012, 11, 7) <= day  # reflected: day >= 2012-11-07
    assert day.pivots() == [
        dt.date(2020, 12, 31), dt.date(2021, 1, 1),
        dt.date(2019, 5, 5), dt.date(2019, 5, 6),
        dt.date(2012, 11, 6), dt.date(2012, 11, 7),
    ]


def test_lines_through_derived_dates_are_carried_back_to_the_traced_date() -> None:
    died = TracedDate(dt.date(1990, 5, 5))
    # The end of the 70th calendar year after the year of death, before 2024-01-01: a death in
    # 1953 or earlier. A date 25 years after the death, on or before 2024-01-01: 1999-01-01 or earlier.
    end = died.replace(year=died.year + 70, month=12, day=31)
    assert not end < dt.date(2024, 1, 1)
    anniversary = died.replace(year=died.year + 25)
    assert anniversary <= dt.date(2024, 1, 1)
    assert not (died + dt.timedelta(days=3)) - dt.timedelta(days=1) > dt.date(2000, 1, 1)
    assert isinstance(end, DerivedDate) and end.origin is died
    assert died.pivots() == [
        dt.date(1953, 12, 31), dt.date(1954, 1, 1),
        dt.date(1999, 1, 1), dt.date(1999, 1, 2),
        dt.date(1999, 12, 30), dt.date(1999, 12, 31),
    ]
    # Derived dates are pinned by value: a date that makes another end of term is not alike.
    assert died.looks_like(dt.date(1990, 5, 5))
    assert not died.looks_like(dt.date(1991, 5, 5))


@given(DAYS, DAYS, st.integers(-100, 100), st.booleans())
def test_the_pivots_of_a_derived_comparison_straddle_its_line(
    first: dt.date, other: dt.date, years: int, inclusive: bool
) -> None:
    def rule(date: dt.date) -> bool:
        end = date.replace(year=date.year + years, month=12, day=31)
        return end <= other if inclusive else end < other

    traced = TracedDate(first)
    rule(traced)
    before, on = traced.pivots()
    assert on - before == dt.timedelta(days=1)
    assert rule(before) and not rule(on)


def test_the_first_and_last_days_there_are_draw_no_line() -> None:
    # dt.date.min and dt.date.max stand for an open bound (a range open on one side, a period
    # still going on): a rule comparing a date with them draws no line a question could turn on.
    day = TracedDate(dt.date(2015, 6, 1))
    assert day > dt.date.min and day < dt.date.max and day != dt.date.min
    assert day <= dt.date(2016, 1, 1)
    assert day.lines() == {dt.date(2016, 1, 2): True}
    assert day.pivots() == [dt.date(2016, 1, 1), dt.date(2016, 1, 2)]
