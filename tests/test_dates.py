"""Dates as people know them (classaction.engine.dates): the EDTF forms, their bounds, and comparisons."""

from __future__ import annotations

import calendar
import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classaction import Tri
from classaction.engine.dates import PATTERN, DateError, DateRange, as_range

D = dt.date


@pytest.mark.parametrize(("text", "earliest", "latest"), [
    ("2018-06-01", D(2018, 6, 1), D(2018, 6, 1)),
    ("2018-06", D(2018, 6, 1), D(2018, 6, 30)),
    ("2016-02", D(2016, 2, 1), D(2016, 2, 29)),
    ("2015", D(2015, 1, 1), D(2015, 12, 31)),
    ("2015-21", D(2015, 3, 1), D(2015, 5, 31)),
    ("2015-22", D(2015, 6, 1), D(2015, 8, 31)),
    ("2015-23", D(2015, 9, 1), D(2015, 11, 30)),
    ("2015-24", D(2015, 12, 1), D(2016, 2, 29)),
    ("1988/1992", D(1988, 1, 1), D(1992, 12, 31)),
    ("2012-11/2013-02", D(2012, 11, 1), D(2013, 2, 28)),
    ("2001/..", D(2001, 1, 1), dt.date.max),
    ("../2012-11-06", dt.date.min, D(2012, 11, 6)),
    ("2020-07-06/2020-07-20", D(2020, 7, 6), D(2020, 7, 20)),
])
def test_each_form_stands_for_the_days_between_its_bounds(
    text: str, earliest: dt.date, latest: dt.date
) -> None:
    date = DateRange.parse(text)
    assert (date.earliest, date.latest, date.text) == (earliest, latest, text)
    assert re.fullmatch(PATTERN.strip("^$"), text)


@pytest.mark.parametrize(("text", "why"), [
    ("2019-02-30", "February 2019 has no day 30"),
    ("1900-02-29", "February 1900 has no day 29"),
    ("0000", "no year 0000"),
    ("1992/1988", "ends before it starts"),
    ("../..", "not a date in a form accepted"),
    ("2015-25", "not a date in a form accepted"),
    ("2015-21-01", "not a date in a form accepted"),
    ("2015~", "not a date in a form accepted"),
    ("about 1990", "not a date in a form accepted"),
    ("2015\n", "not a date in a form accepted"),
    ("/2012", "not a date in a form accepted"),
])
def test_a_date_that_cannot_be_is_refused_with_the_reason(text: str, why: str) -> None:
    with pytest.raises(DateError, match=why) as refused:
        DateRange.parse(text)
    # The reason says what it is about; a date in words is pointed to the interview that
    # reads it.
    if why == "not a date in a form accepted":
        assert str(refused.value).startswith("the text given is not a date")
        assert "read by the interview" in str(refused.value)


def test_a_whole_day_compares_as_the_day_does() -> None:
    day = DateRange.parse("2020-07-08")
    assert day.exact
    assert day.on_or_before(D(2020, 7, 8)) is Tri.TRUE
    assert day.before(D(2020, 7, 8)) is Tri.FALSE
    assert day.after(D(2020, 7, 7)) is Tri.TRUE
    assert day.on_or_after(D(2020, 7, 9)) is Tri.FALSE


def test_a_range_decides_on_its_bounds_and_is_unknown_only_when_they_straddle() -> None:
    year = DateRange.parse("2015")
    assert year.after(D(2012, 11, 7)) is Tri.TRUE  # taken in 2015, so after 2012-11-07
    assert year.before(D(2012, 11, 7)) is Tri.FALSE
    assert year.on_or_before(D(2020, 7, 8)) is Tri.TRUE
    assert year.on_or_before(D(2015, 6, 30)) is Tri.UNKNOWN
    assert year.on_or_after(D(2015, 1, 1)) is Tri.TRUE
    assert year.before(D(2016, 1, 1)) is Tri.TRUE
    assert year.before(D(2015, 12, 31)) is Tri.UNKNOWN
    since = DateRange.parse("2001/..")
    assert since.on_or_before(D(2000, 12, 31)) is Tri.FALSE
    assert since.on_or_before(D(2020, 7, 8)) is Tri.UNKNOWN


@given(st.dates(min_value=D(1, 1, 2), max_value=D(9980, 12, 30)), st.integers(0, 4000),
       st.dates(min_value=D(1, 1, 2), max_value=D(9999, 12, 30)))
def test_comparisons_agree_with_every_day_of_the_range(start: dt.date, length: int, day: dt.date) -> None:
    """A definite answer holds for every day of the range; unknown means some day disagrees."""
    latest = start + dt.timedelta(days=length)
    date = DateRange.between(start, latest)
    for method, test in (
        (date.on_or_before, lambda d: d <= day), (date.before, lambda d: d < day),
        (date.on_or_after, lambda d: d >= day), (date.after, lambda d: d > day),
    ):
        answers = {test(start), test(latest)}
        expected = Tri.UNKNOWN if len(answers) == 2 else (Tri.TRUE if answers == {True} else Tri.FALSE)
        assert method(day) is expected


@given(st.dates(min_value=D(1, 1, 1)), st.dates(min_value=D(1, 1, 1)))
def test_the_text_made_from_bounds_reads_back_as_the_same_bounds(a: dt.date, b: dt.date) -> None:
    earliest, latest = min(a, b), max(a, b)
    date = DateRange.between(earliest, latest)
    again = DateRange.parse(date.text)
    assert (again.earliest, again.latest) == (earliest, latest)


def test_shortest_text_of_bounds() -> None:
    assert DateRange.between(D(2015, 1, 1), D(2015, 12, 31)).text == "2015"
    assert DateRange.between(D(2018, 6, 1), D(2018, 6, 30)).text == "2018-06"
    assert DateRange.between(D(2010, 1, 1), D(2012, 11, 6)).text == "2010/2012-11-06"
    assert DateRange.between(dt.date.min, D(2020, 7, 8)).text == "../2020-07-08"
    assert DateRange.between(D(2012, 11, 7), dt.date.max).text == "2012-11-07/.."


def test_a_date_in_words() -> None:
    assert DateRange.parse("2015").words() == "in 2015"
    assert DateRange.parse("2018-06").words() == "in June 2018"
    assert DateRange.parse("2015-21").words() == "in spring 2015"
    assert DateRange.parse("2015-24").words() == "in winter 2015-2016"
    assert DateRange.parse("2018-06-01").words() == "on 2018-06-01"
    assert DateRange.parse("1988/1992").words() == "between 1988 and 1992"
    assert DateRange.parse("2001/..").words() == "in or after 2001"
    assert DateRange.parse("../2012-11-06").words() == "on or before 2012-11-06"


def test_a_date_may_be_given_as_a_day_as_text_or_as_a_range() -> None:
    assert as_range(D(1985, 3, 2)) == DateRange.parse("1985-03-02")
    assert as_range("1985") == DateRange.parse("1985")
    assert as_range(None) is None
    with pytest.raises(TypeError):
        as_range(1985)  # type: ignore[arg-type]


def test_map_and_later_keep_the_bounds() -> None:
    died = DateRange.parse("1990/1995")
    end = died.map(lambda d: d.replace(year=d.year + 50, month=12, day=31))
    assert (end.earliest, end.latest) == (D(2040, 12, 31), D(2045, 12, 31))
    assert DateRange.parse("1992").later(died).text == "1992/1995"


# --- held to the edtf package, where it is right --------------------------------------------

_POINTS = st.one_of(
    st.integers(1000, 2999).map(lambda y: f"{y:04d}"),
    st.tuples(st.integers(1000, 2999), st.integers(1, 12)).map(lambda t: f"{t[0]:04d}-{t[1]:02d}"),
    st.dates(min_value=D(1000, 1, 1), max_value=D(2999, 12, 31)).map(dt.date.isoformat),
    # Seasons but winter: edtf 5.0.2 reads winter (24) as December alone.
    st.tuples(st.integers(1000, 2999), st.integers(21, 23)).map(lambda t: f"{t[0]:04d}-{t[1]}"),
)


def _edtf_bounds(text: str) -> tuple[dt.date, dt.date]:
    edtf = pytest.importorskip("edtf")
    value = edtf.parse_edtf(text)
    bounds = []
    for bound, open_ in ((value.lower_strict(), dt.date.min), (value.upper_strict(), dt.date.max)):
        bounds.append(open_ if isinstance(bound, float) else D(*bound[:3]))
    return bounds[0], bounds[1]


@given(st.one_of(
    _POINTS,
    st.tuples(_POINTS, _POINTS).map(lambda t: "/".join(t)),
    _POINTS.map(lambda p: f"{p}/.."),
    _POINTS.map(lambda p: f"../{p}"),
))
def test_bounds_agree_with_the_edtf_package(text: str) -> None:
    try:
        ours = DateRange.parse(text)
    except DateError:
        # Refused here (an interval that ends before it starts), which edtf accepts.
        first, second = text.split("/")
        assert DateRange.parse(first).earliest > DateRange.parse(second).latest
        return
    assert (ours.earliest, ours.latest) == _edtf_bounds(text)


def test_winter_runs_from_december_to_the_end_of_february() -> None:
    winter = DateRange.parse("2019-24")
    assert (winter.earliest, winter.latest) == (D(2019, 12, 1), D(2020, 2, calendar.monthrange(2020, 2)[1]))
