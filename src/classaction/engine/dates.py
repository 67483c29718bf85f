"""Dates as people know them: a day, a month, a year, a season, or an interval.

A date fact of a claim record is written in a subset of the Extended Date/Time
Format (EDTF, Library of Congress; ISO 8601-2), which archives and museums use
for the dates they know only roughly:

=================  =====================================  =================================
form               example                                 earliest .. latest
=================  =====================================  =================================
a day              ``2018-06-01``                          the day itself
a month            ``2018-06``                             2018-06-01 .. 2018-06-30
a year             ``2015``                                2015-01-01 .. 2015-12-31
a season           ``2015-21`` (spring), ``-22`` summer,   2015-03-01 .. 2015-05-31; summer
                   ``-23`` autumn, ``-24`` winter          June-August, autumn September-
                                                           November, winter 2015-12-01 ..
                                                           2016-02-29 (meteorological seasons
                                                           of the northern hemisphere)
an interval        ``1988/1992``, ``2012-11/2013-02``      the first day of the one .. the last
                                                           day of the other
an open interval   ``2001/..`` (in or after 2001),         no bound on the open side
                   ``../2012-11-06`` (on or before it)
=================  =====================================  =================================

A date so written stands for one day that lies somewhere between its
earliest and its latest day. Rules compare it with a date on those bounds
(:meth:`DateRange.on_or_before` and the others): the answer is true or false
when the bounds agree, and unknown only when they straddle the date compared
with (BRIEF §4, "Dates as people know them").

The parser is our own, of this subset only. Both published parsers were
measured here (README, "Dependencies"): ``edtf`` 5.0.2 takes 5.6 ms a date,
accepts 1900-02-29 and reads winter as December alone; ``undate`` 0.8.0 takes
2 ms a date and has no seasons. The tests hold this parser to ``edtf`` on every
form where ``edtf`` is right.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable

from ..engine.logic import FALSE, TRUE, UNKNOWN, Tri

# The forms, as a regular expression the claim schema repeats (schemas/claim.schema.json, $defs/date).
_POINT = r"[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?|-2[1-4])?"
PATTERN = rf"^(?:{_POINT}(?:/(?:{_POINT}|\.\.))?|\.\./{_POINT})$"
_FORM = re.compile(PATTERN.replace("$", r"\Z"))
_DAY = dt.timedelta(days=1)
# Spring, summer, autumn, winter (EDTF 21-24): the first month and how many months.
_SEASONS = {21: ("spring", 3), 22: ("summer", 6), 23: ("autumn", 9), 24: ("winter", 12)}
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
FORMS = (
    "a day (2018-06-01), a month (2018-06), a year (2015), a season (2015-21 spring, -22 "
    "summer, -23 autumn, -24 winter), or an interval between two of these, either end "
    "open (1988/1992, 2001/.., ../2012-11-06)"
)


class DateError(ValueError):
    """A text that is not a date in the accepted forms, or not a possible one; the message says why."""


class DateRange:
    """A date known to lie between two days, both included; written as its EDTF ``text``.

    A whole day is a range of one day. ``earliest`` is ``datetime.date.min``
    and ``latest`` ``datetime.date.max`` on an open side.
    """

    __slots__ = ("_text", "earliest", "latest")

    def __init__(self, earliest: dt.date, latest: dt.date, text: str | None = None) -> None:
        self.earliest = earliest
        self.latest = latest
        self._text = text

    @classmethod
    def day(cls, day: dt.date) -> DateRange:
        """A date known to the day."""
        return cls(day, day)

    @staticmethod
    def parse(text: str) -> DateRange:
        """The date a text in the accepted forms (see the module) stands for; DateError otherwise."""
        return _parse(text)

    @classmethod
    def between(cls, earliest: dt.date, latest: dt.date) -> DateRange:
        """The range of the days from ``earliest`` to ``latest``, written as briefly as EDTF allows
        (the text made when first read)."""
        return cls(earliest, latest)

    @property
    def text(self) -> str:
        """The date as EDTF text: as written, or the shortest form of its bounds."""
        if self._text is None:
            self._text = _text_of(self.earliest, self.latest)
        return self._text

    @property
    def exact(self) -> bool:
        """Whether the date is known to the day."""
        return self.earliest is self.latest or self.earliest == self.latest

    # --- comparisons, in three-valued logic --------------------------------------------------
    #
    # On a whole day each is one comparison of dates, so that a traced date (classaction._trace)
    # sees the line it draws. On a range, the bounds decide; a straddle is unknown, and is told
    # to :meth:`straddles` (a context that asked for the fact names it there).

    def on_or_before(self, day: dt.date) -> Tri:
        if self.earliest is self.latest:
            return TRUE if self.earliest <= day else FALSE
        if self.latest <= day:
            return TRUE
        if self.earliest > day:
            return FALSE
        return self.straddles()

    def before(self, day: dt.date) -> Tri:
        if self.earliest is self.latest:
            return TRUE if self.earliest < day else FALSE
        if self.latest < day:
            return TRUE
        if self.earliest >= day:
            return FALSE
        return self.straddles()

    def on_or_after(self, day: dt.date) -> Tri:
        if self.earliest is self.latest:
            return TRUE if self.earliest >= day else FALSE
        if self.earliest >= day:
            return TRUE
        if self.latest < day:
            return FALSE
        return self.straddles()

    def after(self, day: dt.date) -> Tri:
        if self.earliest is self.latest:
            return TRUE if self.earliest > day else FALSE
        if self.earliest > day:
            return TRUE
        if self.latest <= day:
            return FALSE
        return self.straddles()

    def straddles(self) -> Tri:
        """A comparison the bounds do not decide: unknown."""
        return UNKNOWN

    def map(self, made: Callable[[dt.date], dt.date]) -> DateRange:
        """The range of a date made from this one by ``made``, which keeps the order of days
        (the end of a term of years after a death, an anniversary)."""
        if self.earliest is self.latest:
            day = made(self.earliest)
            return DateRange(day, day)
        return DateRange(_made(made, self.earliest), _made(made, self.latest))

    def later(self, other: DateRange) -> DateRange:
        """The later of two dates (the last of two deaths), as a range."""
        return DateRange(max(self.earliest, other.earliest), max(self.latest, other.latest))

    def within(self, earliest: dt.date, latest: dt.date) -> DateRange | None:
        """This range narrowed to the days from ``earliest`` to ``latest``; None when none is left."""
        low, high = max(self.earliest, earliest), min(self.latest, latest)
        if low > high:
            return None
        if low == self.earliest and high == self.latest:
            return self
        return DateRange.between(low, high)

    def overlaps(self, other: DateRange) -> bool:
        """Whether some day could be the day of both."""
        return self.earliest <= other.latest and other.earliest <= self.latest

    def words(self) -> str:
        """The date in words for a sentence: "on 2018-06-01", "in June 2018", "between 1988 and
        1992", "in or after 2001", "on or before 2012-11-06"."""
        return _words(self.text)

    # --- a value -----------------------------------------------------------------------------

    def isoformat(self) -> str:
        """The date as written (EDTF); for a whole day, its ISO 8601 form, as ``date.isoformat``."""
        return self.text

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DateRange):
            return NotImplemented
        return self.text == other.text

    def __hash__(self) -> int:
        return hash(self.text)

    def __repr__(self) -> str:
        return f"DateRange({self.text!r})"

    def __str__(self) -> str:
        return self.text

    def __reduce__(self) -> tuple[Callable[[str], DateRange], tuple[str]]:
        return _parse, (self.text,)


class Watched(DateRange):
    """A date known roughly that a rule asked for: each comparison is told to ``told`` with the
    range given, the relation in words ("after 2012-11-07") and its answer. The engine names
    the fact as missing where the bounds straddle the day, to be asked more precisely, and
    otherwise says what the date was taken as (``classaction._engine.Context``)."""

    __slots__ = ("_told",)

    def __init__(self, value: DateRange, told: Callable[[DateRange, str, Tri], None]) -> None:
        super().__init__(value.earliest, value.latest, value.text)
        self._told = told

    def _tell(self, answer: Tri, yes: str, no: str, day: dt.date) -> Tri:
        relation = f"{yes if answer is TRUE else no} {day.isoformat()}"
        self._told(DateRange(self.earliest, self.latest, self.text), relation, answer)
        return answer

    def on_or_before(self, day: dt.date) -> Tri:
        return self._tell(super().on_or_before(day), "on or before", "after", day)

    def before(self, day: dt.date) -> Tri:
        return self._tell(super().before(day), "before", "on or after", day)

    def on_or_after(self, day: dt.date) -> Tri:
        return self._tell(super().on_or_after(day), "on or after", "before", day)

    def after(self, day: dt.date) -> Tri:
        return self._tell(super().after(day), "after", "on or before", day)


def _made(made: Callable[[dt.date], dt.date], day: dt.date) -> dt.date:
    """``made(day)``, or the open bound it stands for when the calendar has no such date."""
    try:
        return made(day)
    except (ValueError, OverflowError):
        return dt.date.max if day > dt.date(2000, 1, 1) else dt.date.min


def as_range(value: DateRange | dt.date | str | None) -> DateRange | None:
    """A date fact in any of the forms a caller may give it: a range, a day, or EDTF text."""
    if value is None or isinstance(value, DateRange):
        return value
    if isinstance(value, dt.date):
        return DateRange(value, value)
    if isinstance(value, str):
        return _parse(value)
    raise TypeError(f"a date is a datetime.date, a DateRange or text such as 2015 or 2018-06, "
                    f"not {type(value).__name__}")


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _point(text: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a day, month, year or season (text of the right form)."""
    year = int(text[:4])
    if year < 1:
        raise DateError("there is no year 0000")
    if len(text) == 4:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    part = int(text[5:7])
    if len(text) == 7 and part > 12:
        _, first = _SEASONS[part]
        if first == 12:  # winter runs into the next year
            if year == 9999:
                raise DateError("winter 9999 runs past the calendar")
            return dt.date(year, 12, 1), dt.date(year + 1, 2, _last_day(year + 1, 2))
        return dt.date(year, first, 1), dt.date(year, first + 2, _last_day(year, first + 2))
    if len(text) == 7:
        return dt.date(year, part, 1), dt.date(year, part, _last_day(year, part))
    day = int(text[8:10])
    if day > _last_day(year, part):
        raise DateError(f"{_MONTHS[part - 1]} {year} has no day {day}")
    exact = dt.date(year, part, day)
    return exact, exact


@functools.lru_cache(maxsize=8192)
def _parse(text: str) -> DateRange:
    if not isinstance(text, str):
        raise DateError(f"a date is text, such as {FORMS}")
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:  # a whole day, the common case
            day = dt.date.fromisoformat(text)
        except ValueError:
            pass
        else:
            if text[:4] != "0000":
                return DateRange(day, day, text)
    if not _FORM.match(text):
        # Said with a subject, not the text (a date of birth is personal data): a developer
        # read "is not a date ..." with no word of what was not ("spring 2015": words for a
        # person, read by the interview, not by this parser).
        raise DateError(
            f"the text given is not a date in a form accepted: {FORMS}; a date in words "
            "(spring 2015, about 1990) is read by the interview, not here"
        )
    first, _, second = text.partition("/")
    if not second:
        earliest, latest = _point(first)
        return DateRange(earliest, earliest if earliest == latest else latest, text)
    earliest = dt.date.min if first == ".." else _point(first)[0]
    latest = dt.date.max if second == ".." else _point(second)[1]
    if earliest > latest:
        raise DateError("the interval ends before it starts")
    return DateRange(earliest, latest, text)


def _text_of(earliest: dt.date, latest: dt.date) -> str:
    """The shortest EDTF text for the days from ``earliest`` to ``latest``."""
    if earliest == latest:
        return earliest.isoformat()
    whole = _as_point(earliest, latest)
    if whole is not None:
        return whole
    start = ".." if earliest == dt.date.min else _start_text(earliest)
    end = ".." if latest == dt.date.max else _end_text(latest)
    return f"{start}/{end}"


def _as_point(earliest: dt.date, latest: dt.date) -> str | None:
    """A year or a month whose days are exactly these, or None."""
    if earliest.year != latest.year or earliest.day != 1:
        return None
    if earliest.month == 1 and (latest.month, latest.day) == (12, 31):
        return f"{earliest.year:04d}"
    if earliest.month == latest.month and latest.day == _last_day(latest.year, latest.month):
        return f"{earliest.year:04d}-{earliest.month:02d}"
    return None


def _start_text(day: dt.date) -> str:
    if (day.month, day.day) == (1, 1):
        return f"{day.year:04d}"
    if day.day == 1:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def _end_text(day: dt.date) -> str:
    if (day.month, day.day) == (12, 31):
        return f"{day.year:04d}"
    if day.day == _last_day(day.year, day.month):
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def in_words(day: dt.date) -> str:
    """A day as a person says it: "7 November 2012"."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _point_words(text: str) -> str:
    """A day, month, year or season without a preposition: "2018-06-01", "June 2018", "2015"."""
    if len(text) == 4 or len(text) == 10:
        return text
    year, part = int(text[:4]), int(text[5:7])
    if part > 12:
        name, _ = _SEASONS[part]
        return f"{name} {year}" if part != 24 else f"winter {year}-{year + 1}"
    return f"{_MONTHS[part - 1]} {year}"


def _words(text: str) -> str:
    first, _, second = text.partition("/")
    if not second:
        return f"{'on' if len(first) == 10 else 'in'} {_point_words(first)}"
    if first == "..":
        return f"{'on' if len(second) == 10 else 'in'} or before {_point_words(second)}"
    if second == "..":
        return f"{'on' if len(first) == 10 else 'in'} or after {_point_words(first)}"
    # Months from or to a whole year, said as months: "between January and June 2019", not
    # "between 2019 and June 2019" (a trial's person read the latter of a death in early 2019).
    if len(first) == 4 and len(second) == 7 and int(second[5:7]) <= 12:
        first = f"{first}-01"
    if len(second) == 4 and len(first) == 7 and int(first[5:7]) <= 12:
        second = f"{second}-12"
    if len(first) == len(second) == 7 and first[:4] == second[:4] and \
            int(first[5:7]) <= 12 and int(second[5:7]) <= 12:
        return f"between {_MONTHS[int(first[5:7]) - 1]} and {_point_words(second)}"
    return f"between {_point_words(first)} and {_point_words(second)}"
