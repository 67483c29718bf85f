"""A guided interview: establish the facts each class needs, then explain.

Each turn determines membership with what is known so far and asks the most
useful missing fact (the engine's ranked list, :meth:`Determination.next_facts`).
When the readings in force leave nothing to ask, the facts the rules read to
establish a class from facts rather than from a presumption (reading R9,
strict) are asked too, but only those whose answer, alone or together with
one other such fact, could change an outcome under the readings in force (a
photographer who keeps the moral rights is asked whether she waived them, and
only then who ordered the photograph); a "don't know" leaves the presumption
of the readings in force standing.

The interview itself lists the photographs and the police uses: it asks the
person to name each photograph they know of, then asks about each what the
rules read. The statements about what the lists do not show ("apart from the
photographs you named...") come after, worded "any photograph" when none was
named.

Dates are taken as people say them (:func:`parse_date`): a day, a month, a
year, a season, or a range ("since 2001", "before 2012", "between 1988 and
1992"). Where only which side of one day a date falls on can change an outcome,
the engine's question asks that ("Was it taken before 7 November 2012?") and
takes yes, no, don't know, or the date. A person answering for themselves is
alive, and is not asked so.

Rules of asking: "don't know" leaves a fact unknown and it is not asked again,
nor is any question that presupposes it ("On what date did you die?" after
"Have you died? don't know"); an answer not understood is explained and the
question asked again, never dropped; the end of the answers ends the
interview with what is known. The answers build a claim record (valid against
the claim schema).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import IO, Any

import attrs

from . import _rcmp
from ._claim import Claim, Extent, Holder, Party, Transfer, TransferKind
from ._convert import structure
from ._dates import DateError, DateRange, in_words
from ._engine import Determination, MissingFact, MissingReason
from ._facts import FactKind
from ._readings import Presumptions, Readings
from ._render import render_text
from ._validate import consistency_errors
from ._words import section

DONT_KNOW = object()

_PHOTO_STATEMENTS = (
    "/statements/unlisted_collected_photograph_depicts_claimant",
    "/statements/holds_rights_in_unlisted_collected_photograph",
)
_USE_STATEMENT = "/statements/rcmp_used_unlisted_photograph_of_claimant"
_MAX_TRANSFERS = 50
_MAX_ITEMS = 1000  # the schema's maxItems for photographs and police uses
# A person who answers for themselves is taken to be at least this old: a younger child is
# answered for, as "another person". It makes "were you born by the as-of date?" moot once
# the as-of date lies this far back.
_ANSWERING_AGE = 13


class _EndOfAnswers(Exception):
    pass


# --- reading answers -------------------------------------------------------------------


def normalize(text: str) -> str:
    """An answer as compared: typographic apostrophes made straight, lower case, spaces single."""
    for quote in "\u2019\u2018\u02bc\u00b4`":
        text = text.replace(quote, "'")
    return " ".join(text.strip().lower().split())


_DONT_KNOW = {
    "", "?", "dk", "idk", "don't know", "dont know", "do not know", "i don't know", "i dont know",
    "i do not know", "unknown", "not sure", "no idea", "unsure", "don't remember",
    "do not remember", "can't remember", "cannot remember",
}
_YES = {"y", "yes", "yeah", "yep", "true", "oui"}
_NO = {"n", "no", "nope", "false", "non"}


def _bare(text: str) -> str:
    """An answer without the full stop or exclamation mark a sentence might end with."""
    return normalize(text).rstrip(".!")


def is_dont_know(text: str) -> bool:
    return _bare(text) in _DONT_KNOW


def parse_yes_no(text: str) -> tuple[bool | None, str]:
    """(the answer, "") or (None, why it was refused)."""
    word = _bare(text)
    if word in _YES:
        return True, ""
    if word in _NO:
        return False, ""
    return None, "answer yes, no or don't know"


_MONTHS = {
    name: number
    for number, names in enumerate((
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
        ("december", "dec"),
    ), start=1)
    for name in names
}
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23}
DATE_HINT = (
    "write a date like 12 April 1990, June 2018 or 2015, or a range like 2010 to 2012, "
    "since 2001 or before 2012"
)
DATE_PROMPT = "a date; a year or a month will do / don't know"
_DAY_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_DAY_YEAR_FIRST = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?,? (\d{4})")
_MONTH_DAY = re.compile(r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})")
_MONTH_YEAR = re.compile(r"([a-z]+)\.?,? (?:of )?(\d{4})")
_MONTH_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{4})|(\d{4})[/.-](\d{1,2})")
_YEAR = re.compile(r"\d{4}")
_SEASON = re.compile(r"(spring|summer|autumn|fall) (?:of )?(\d{4})")
_WINTER = re.compile(r"winter (?:of )?(\d{4})(?: ?(?:-|/|to|and) ?(\d{4}|\d{2}))?")
_DECADE = re.compile(r"(?:the )?(\d{3})0'?s")
_SHORT_DECADE = re.compile(r"(?:the )?'?(\d)0'?s")
_YEARS = re.compile(r"(\d{4}) ?- ?(\d{4})")
# Words that make a date approximate: it could lie on either side of any day, so no rule can
# decide on it; a range the person is sure of can.
_ROUGHLY = frozenset({
    "about", "around", "approximately", "approx", "circa", "ca", "roughly", "maybe", "probably",
    "perhaps", "ish", "approximate", "approximatively", "guess", "abt",
})
_VAGUE = frozenset({"early", "mid", "middle", "late", "beginning", "end", "start"})
_RELATIVE = frozenset({"ago", "last", "this", "next", "yesterday", "recently", "soon"})
_NOW = frozenset({"now", "today", "present", "the present", "still", "date", "this day"})
ROUGHLY_WHY = (
    "a date given roughly cannot be compared with a day; give a range you are sure of, like "
    "between 1988 and 1992, or after 2015"
)


def _day(year: int, month: int, day: int) -> tuple[dt.date | None, str]:
    if not 1 <= month <= 12:
        return None, f"there is no month {month}; {DATE_HINT}"
    try:
        return dt.date(year, month, day), ""
    except ValueError:
        return None, f"{_MONTH_NAMES[month - 1]} {year} has no day {day}"


def _month(name: str) -> int | None:
    return _MONTHS.get(name.rstrip("."))


def _edtf(text: str) -> tuple[DateRange | None, str]:
    """A range from EDTF text of our own making; (None, why) when no such date can be."""
    try:
        return DateRange.parse(text), ""
    except DateError as error:
        return None, str(error)


def _point(words: str, raw: str) -> tuple[DateRange | None, str]:
    """A day, month, year, season or decade, as a range; (None, why) otherwise; (None, "")
    when the words are not of these forms at all."""
    for prefix in ("sometime in ", "some time in ", "sometime ", "in ", "on ", "the "):
        words = words.removeprefix(prefix)
    if re.fullmatch(r"[0-9./-]+", raw.strip()) and not _DAY_YEAR_FIRST.fullmatch(raw.strip()):
        value, _ = _edtf(raw.strip())  # EDTF itself: 2018-06, 2015-21, 2001/.., ../2012-11-06
        if value is not None:
            return value, ""
    if match := _SEASON.fullmatch(words):
        return _edtf(f"{match[2]}-{_SEASONS[match[1]]}")
    if match := _WINTER.fullmatch(words):
        year, then = int(match[1]), match[2]
        if then is None:
            return None, (
                f"winter {year} could be December {year - 1} to February {year} or December "
                f"{year} to February {year + 1}; write winter {year}-{year + 1}, or December "
                f"{year} to February {year + 1}"
            )
        following = int(then) if len(then) == 4 else year // 100 * 100 + int(then)
        if following != year + 1:
            return None, "a winter runs from December of one year to February of the next"
        return _edtf(f"{year:04d}-24")
    if match := _DAY_ISO.fullmatch(words) or _DAY_YEAR_FIRST.fullmatch(words):
        day, why = _day(int(match[1]), int(match[2]), int(match[3]))
        return (None, why) if day is None else (DateRange.day(day), "")
    if match := _DAY_NUMERIC.fullmatch(words):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        readings = {
            d for d in (_day(year, second, first)[0], _day(year, first, second)[0]) if d is not None
        }
        if len(readings) > 1:
            return None, (
                f"{raw.strip()} could be read two ways (day first or month first); write the "
                "month in words, like 12 April 1990"
            )
        if not readings:
            return None, f"{raw.strip()} is not a date; {DATE_HINT}"
        return DateRange.day(readings.pop()), ""
    for pattern, day_at, month_at in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        if match := pattern.fullmatch(words):
            month = _month(match[month_at])
            if month is None:
                return None, _not_a_month(match[month_at])
            day, why = _day(int(match[3]), month, int(match[day_at]))
            return (None, why) if day is None else (DateRange.day(day), "")
    if _YEAR.fullmatch(words):
        return _edtf(words)
    if match := _MONTH_YEAR.fullmatch(words):
        named = _month(match[1])
        if named is None:
            return None, _not_a_month(match[1])
        return _edtf(f"{match[2]}-{named:02d}")
    if match := _MONTH_NUMERIC.fullmatch(words):
        month_text, year_text = (match[1], match[2]) if match[1] else (match[4], match[3])
        if not 1 <= int(month_text) <= 12:
            return None, f"there is no month {int(month_text)}; {DATE_HINT}"
        return _edtf(f"{year_text}-{int(month_text):02d}")
    if match := _DECADE.fullmatch(words):
        return _edtf(f"{match[1]}0/{match[1]}9")
    if _SHORT_DECADE.fullmatch(words):
        return None, "say which century: the 1990s, say, or the 2010s"
    return None, ""


def _not_a_month(word: str) -> str:
    """Why a word before a year is refused: "" when it is a word of the ranges (since 2001),
    which are read next."""
    return "" if word in _RANGE_WORDS else f"{word!r} is not a month; {DATE_HINT}"


_RANGE_WORDS = frozenset({
    "since", "from", "before", "after", "by", "until", "till", "between", "starting", "beginning",
    "up", "to", "prior", "later", "earlier", "not", "no", "or", "and", "through",
})


def _later(value: DateRange) -> DateRange | None:
    """The days after a date ("after 2012"); None when there are none in the calendar."""
    if value.latest >= dt.date.max:
        return None
    return DateRange.between(value.latest + dt.timedelta(days=1), dt.date.max)


def _earlier(value: DateRange) -> DateRange | None:
    """The days before a date ("before 2012")."""
    if value.earliest <= dt.date(1, 1, 1):
        return None
    return DateRange.between(dt.date.min, value.earliest - dt.timedelta(days=1))


def _span(first: DateRange, last: DateRange) -> DateRange | None:
    """From the first day of one date to the last day of another; None when it ends first."""
    if last.latest < first.earliest:
        return None
    if "/" not in first.text and "/" not in last.text:
        value, _ = _edtf(f"{first.text}/{last.text}")
        if value is not None:
            return value
    return DateRange.between(first.earliest, last.latest)


def _clean(text: str) -> str:
    """An answer as the date parser reads it: lower case, dashes plain, commas spaced."""
    words = _bare(text).replace("\u2013", "-").replace("\u2014", "-")
    words = words.replace(",", ", ").replace(" ,", ",")
    return " ".join(words.split())


def _relation(words: str) -> tuple[str, str, str] | None:
    """A date said by its relation to others: (how, first, second), or None for a plain date."""
    for how, pattern in _RELATIONS:
        if match := pattern.fullmatch(words):
            parts = match.groups()
            return how, parts[0], parts[1] if len(parts) > 1 else ""
    return None


_RELATIONS = tuple((how, re.compile(pattern)) for how, pattern in (
    ("between", r"(?:between|from) (.+?) (?:and|to|until|till|through) (.+)"),
    ("since", r"(?:since|from|starting|starting in|starting from|beginning|in or after|"
              r"on or after|not before|no earlier than) (.+)"),
    ("after", r"(?:after|later than) (.+)"),
    ("before", r"(?:before|earlier than|prior to) (.+)"),
    ("by", r"(?:on or before|in or before|by|until|till|up to|no later than|not later than|"
           r"not after) (.+)"),
    ("since", r"(.+?) (?:or later|onwards|onward|or after|and after|on|and later)"),
    ("by", r"(.+?) (?:or earlier|or before|and before)"),
    ("between", r"(.+?) (?:to|until|till|through|-) (.+)"),
))


def parse_date(text: str, today: dt.date) -> tuple[DateRange | None, str]:
    """A date as a person says it, as a range of days, or (None, why it was refused).

    A day (1990-04-12, 12 April 1990, April 12, 1990), a month (June 2018, 2018-06,
    06/2018), a year (2015), a season (spring 2015; winter 2015-2016), a decade (the
    1990s), or a range between two of these: "between 1988 and 1992", "1988 to 1992",
    "since 2001", "2010 to now", "after 2015", "before 2012", "by June 2018"; EDTF too.
    Refused: a day that could be read two ways (04/12/1990), a winter without its two
    years, a date said roughly ("about 1990"), and a date wholly after ``today``.
    """
    words = _clean(text)
    tokens = set(re.findall(r"[a-z]+", words))
    if tokens & _ROUGHLY or "~" in words or "or so" in words or words.endswith("?") or (
        re.match(r"c\. ?\d", words)
    ):
        return None, ROUGHLY_WHY
    if tokens & _VAGUE:
        return None, (
            "early, mid or late cannot be compared with a day; give the months you are sure "
            "of, like between January and April 2020"
        )
    if tokens & _RELATIVE:
        return None, f"give the year, not a time relative to today; {DATE_HINT}"
    value, why = _point(words, text)
    if value is None and not why:
        if match := _YEARS.fullmatch(words):
            value, why = _years(match[1], match[2])
        elif (relation := _relation(words)) is not None:
            value, why = _related(*relation, text)
        else:
            why = DATE_HINT
    if value is None:
        return None, why
    if value.earliest > today:
        shown = value.text if value.exact else text.strip()
        return None, f"{shown} is a date in the future (today is {today.isoformat()})"
    return value, ""


def _years(first: str, second: str) -> tuple[DateRange | None, str]:
    start, _ = _edtf(first)
    end, _ = _edtf(second)
    if start is None or end is None:
        return None, DATE_HINT
    value = _span(start, end)
    return (None, "the range ends before it starts") if value is None else (value, "")


def _related(how: str, first: str, second: str, raw: str) -> tuple[DateRange | None, str]:
    if how == "between" and first in _MONTHS and (shared := re.search(r"\d{4}$", second)):
        first = f"{first} {shared[0]}"  # January to April 2020
    start, why = _point(first, first)
    if start is None:
        return None, why or DATE_HINT
    if how == "between":
        if second in _NOW:
            return DateRange.between(start.earliest, dt.date.max), ""
        end, why = _point(second, second)
        if end is None:
            return None, why or DATE_HINT
        spanned = _span(start, end)
        return (None, "the range ends before it starts") if spanned is None else (spanned, "")
    value: DateRange | None
    if how == "since":
        value = DateRange.between(start.earliest, dt.date.max)
    elif how == "after":
        value = _later(start)
    elif how == "before":
        value = _earlier(start)
    else:
        value = DateRange.between(dt.date.min, start.latest)
    return (None, f"{raw.strip()} leaves no day in the calendar") if value is None else (value, "")


_NONE = {
    "none", "never", "no", "not", "no periods", "nothing", "not at all", "i haven't",
    "i have not", "they haven't", "they have not", "no period", "not ever",
}
_SINCE_BIRTH = {
    "since birth", "since i was born", "from birth", "all my life", "always", "my whole life",
    "whole life", "all their life", "since they were born", "birth to now", "from birth to now",
    "since my birth",
}
_BIRTH = {"birth", "my birth", "i was born", "they were born", "their birth"}
PERIODS_HINT = (
    "write periods like since 2001, 2010 to now, or 1988 to 1992 (a year or a month is "
    "enough); separate several with ';'; or answer from birth, or none"
)
PERIODS_PROMPT = "none / from birth / since 2001 / 1988 to 1992 / don't know"


def parse_periods(
    text: str, today: dt.date, born_on: str | None,
    birth: Callable[[], str | None] | None = None,
) -> tuple[list[dict[str, Any]] | None, str]:
    """Periods of residence or citizenship as the record holds them, or (None, why refused).

    Each period is "since 2001", "2010 to now", "1988 to 1992", "from birth", "birth to
    2001" (any date form of :func:`parse_date` at either end); several are separated by ";".
    A period from birth starts on the date of birth, which ``birth()`` asks for when
    ``born_on`` is not known.
    """
    words = _clean(text)
    if words in _NONE:
        return [], ""
    periods: list[dict[str, Any]] = []
    for part in text.split(";"):
        words = _clean(part)
        if not words:
            continue
        if words in _SINCE_BIRTH:
            words = "birth to now"
        start_words, end_words = "", ""
        relation = _relation(words)
        if relation is not None and relation[0] == "between":
            start_words, end_words = relation[1], relation[2]
        elif relation is not None and relation[0] == "since":
            start_words, end_words = relation[1], "now"
        elif match := _YEARS.fullmatch(words):
            start_words, end_words = match[1], match[2]
        else:
            return None, f"{part.strip()}: {PERIODS_HINT}"
        if start_words in _BIRTH:
            if born_on is None and birth is not None:
                born_on = birth()
            if born_on is None:
                return None, (
                    "the date of birth is not known, so give the year the period started"
                )
            start = DateRange.parse(born_on)
        else:
            found, why = parse_date(start_words, today)
            if found is None:
                return None, why if start_words in why else f"{start_words}: {why}"
            start = found
        period: dict[str, Any] = {"start": start.text}
        if end_words in _NOW:
            period["ongoing"] = True
        else:
            end, why = parse_date(end_words, today)
            if end is None:
                why = why if end_words in why else f"{end_words}: {why}"
                return None, f"{why}; for a period still going on, write 'to now'"
            if end.latest < start.earliest:
                return None, f"the period {part.strip()} ends before it starts"
            period["end"] = end.text
        periods.append(period)
    if not periods:
        return None, PERIODS_HINT
    return periods, ""


_NUMBER_WORDS = {"once": 1, "one": 1, "twice": 2, "two": 2, "three": 3, "four": 4, "five": 5}


def parse_count(text: str) -> tuple[int | None, str]:
    """How many (none, 0, 1, 2, ...)."""
    word = _bare(text)
    if word in _NONE or word == "0":
        return 0, ""
    if word.isdigit() and int(word) <= _MAX_TRANSFERS:
        return int(word), ""
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word], ""
    return None, f"answer none, or how many: 1, 2, 3 ... (at most {_MAX_TRANSFERS})"


# --- what is asked, in words -----------------------------------------------------------

# A choice: the record's value, its label in words, and other words that mean it.
Choice = tuple[str, str, tuple[str, ...]]

_ME = ("claimant", "me", ("i", "i did", "myself", "me myself", "mine", "yes, me", "us", "we"))
_SOMEONE = ("other", "someone else", ("someone", "another person", "somebody else", "other"))
_PHOTOGRAPHER = ("photographer", "the photographer", ("photographer",))
_YES_ME = ("claimant", "yes, me", ("yes", "me", "i", "i was"))
_NO_OTHER = ("other", "no, someone else", ("no", "someone else", "someone"))

_CHOICES: dict[str, tuple[Choice, ...]] = {
    "photograph.author": (_ME, _SOMEONE),
    "photograph.coauthor": (_YES_ME, _NO_OTHER),
    "photograph.employer": (
        ("claimant", "me (I was the employer)", ("me", "i", "i was", "my company", "mine")),
        ("other", "someone else (for example my employer)",
         ("someone else", "my employer", "employer", "someone", "another")),
    ),
    "photograph.commissioner": (_ME, _SOMEONE),
    "photograph.negative_owner": (_ME, _PHOTOGRAPHER, _SOMEONE),
    "photograph.negative_owner_kind": (
        ("natural", "a person (a human being)", ("person", "a person", "human", "natural")),
        ("legal", "a company or other organisation",
         ("company", "a company", "organisation", "organization", "legal")),
    ),
    "photograph.moral_rights_heir": (_YES_ME, _NO_OTHER),
    "transfer.kind": (
        ("assignment", "an assignment (the copyright sold or given)", ("assignment", "assigned",
                                                                        "sale", "sold", "gift")),
        ("exclusive_licence", "an exclusive licence",
         ("exclusive licence", "exclusive license", "licence", "license")),
        ("succession", "a succession (passed on a death)",
         ("succession", "inheritance", "inherited", "death", "will")),
    ),
    "transfer.by": (_ME, _PHOTOGRAPHER, _SOMEONE),
    "transfer.to": (
        ("claimant", "to me", ("me", "i", "to me", "myself")),
        ("other", "to someone else", ("someone else", "someone", "other")),
    ),
    "transfer.extent": (
        ("whole", "the whole copyright", ("whole", "all", "all of it", "the whole")),
        ("partial", "only part of it", ("part", "partial", "only part", "some")),
    ),
    "use.agency": (
        ("rcmp", "the RCMP", ("rcmp", "the rcmp", "mounties", "grc")),
        ("other", "another police force", ("another", "other", "another force")),
    ),
    "use.unit": (
        ("ncecc", "the NCECC (National Child Exploitation Crime Centre)", ("ncecc",)),
        ("other", "another unit", ("another", "other")),
    ),
    "use.account": (
        ("paid", "a paid licence", ("paid", "licence", "license", "paid licence")),
        ("trial", "a trial account", ("trial", "free trial", "trial account")),
    ),
    "use.service": (
        ("clearview", "Clearview", ("clearview", "yes", "clearview ai")),
        ("other", "another service", ("another", "other", "no")),
    ),
}

# The questions worded for the person answering about themselves ("you"). "{item}" names the
# photograph, transfer or use; a fact not here is asked in the engine's words (_claim.py).
_YOU: dict[str, str] = {
    "claimant.born_on": "What is your date of birth?",
    "claimant.citizenship": "During which periods have you been a citizen of Canada?",
    "claimant.residence": "During which periods have you lived in Canada (been resident there)?",
    "photograph.claimant_face_appears": "Does your face appear in {item}?",
    "photograph.collected_by_clearview": (
        "Did Clearview collect {item} (for example, Clearview's reply to a request for your "
        "data showed it)?"
    ),
    "photograph.collected_on": "When did Clearview collect {item}?",
    "photograph.made_on": "When was {item} taken?",
    "photograph.author": "Who took {item}?",
    "photograph.author_deceased": "Has the photographer who took {item} died?",
    "photograph.author_died_on": "On what date did the photographer who took {item} die?",
    "photograph.joint_authorship": (
        "Was {item} taken by two or more photographers together, so that what each did "
        "cannot be told apart?"
    ),
    "photograph.coauthor": "Were you one of the other photographers who took {item}?",
    "photograph.coauthor_died_on": (
        "On what date did the last of the other photographers of {item} die?"
    ),
    "photograph.crown_direction": (
        "Was {item} made or published by or under the direction or control of the government "
        "(the Crown or a government department)?"
    ),
    "photograph.crown_agreement": (
        "Did the photographer and the government agree that the government would not own the "
        "copyright in {item}?"
    ),
    "photograph.first_published_on": "On what date was {item} first published?",
    "photograph.made_in_course_of_employment": (
        "Was {item} taken by an employee as part of their job?"
    ),
    "photograph.employer": "Who was the employer of the employee who took {item}?",
    "photograph.employment_agreement_to_contrary": (
        "Did the photographer and the employer agree that the employer would not own the "
        "copyright in {item}?"
    ),
    "photograph.commissioned": (
        "Did someone other than the photographer order {item} and pay for it (as a couple "
        "orders their wedding photographs)?"
    ),
    "photograph.commissioner": "Who ordered and paid for {item}?",
    "photograph.commissioned_on": "On what date was {item} ordered?",
    "photograph.commission_agreement_to_contrary": (
        "Did the photographer and the person who ordered {item} agree that the person who "
        "ordered it would not own its copyright?"
    ),
    "photograph.negative_owner": (
        "When {item} was taken, who owned the initial negative (or, with no negative, as for "
        "a digital photograph, the original)?"
    ),
    "photograph.negative_owner_kind": (
        "Was the owner of the initial negative of {item} a person (a human being) or a company "
        "or other organisation?"
    ),
    "photograph.negative_owner_deceased": "Has the owner of the initial negative of {item} died?",
    "photograph.negative_owner_died_on": (
        "On what date did the owner of the initial negative of {item} die?"
    ),
    "photograph.transfers": (
        "Was the copyright in {item} ever transferred: sold or given by an assignment, "
        "licensed exclusively, or passed on a death? How many times?"
    ),
    "photograph.moral_rights_waived": (
        "Were the moral rights in {item} waived (did the photographer agree, for example in a "
        "contract, not to assert them)?"
    ),
    "photograph.moral_rights_waiver_partial": (
        "Was that waiver of the moral rights in {item} only in part (some rights or some uses), "
        "or only in favour of particular persons?"
    ),
    "photograph.moral_rights_heir": (
        "Since the photographer of {item} died, have its moral rights passed to you (on that "
        "death, or on the death of a later holder of them)?"
    ),
    "transfer.kind": "What was {item}?",
    "transfer.on": "On what date did {item} take effect?",
    "transfer.by": "Who made {item} (for a succession, whose death was it)?",
    "transfer.to": "To whom did {item} go?",
    "transfer.extent": (
        "Did {item} pass the whole copyright, or only part of it (some rights, a territory, a "
        "medium or part of the term)?"
    ),
    "transfer.signed_writing": (
        "Was {item} in writing, signed by the owner of the copyright or the owner's authorised "
        "agent?"
    ),
    "use.agency": "Which police force made {item}?",
    "use.unit": "Which unit of the RCMP made {item}?",
    "use.account": "Was {item} made with a paid licence or a trial account?",
    "use.service": "Was {item} a search of Clearview's service, or of another service?",
    "use.used_on": "When was {item} made?",
}
# A date asked only by which side of one day it falls on ("{when}": "before 7 November
# 2012"), to the person answering; otherwise the engine's words.
_YOU_SIDE = {
    "claimant.born_on": "Were you born {when}?",
    "photograph.collected_on": "Did Clearview collect {item} {when}?",
    "photograph.made_on": "Was {item} taken {when}?",
    "photograph.author_died_on": "Did the photographer who took {item} die {when}?",
    "photograph.commissioned_on": "Was {item} ordered {when}?",
    "use.used_on": "Was {item} made {when}?",
}
_YOU_AUTHOR = {  # when the person answering took the photograph
    "photograph.moral_rights_waived": (
        "Have you waived your moral rights in {item} (agreed, for example in a contract, not to "
        "assert them)?"
    ),
    "photograph.commissioned": (
        "Did someone else order {item} from you and pay for it (as a couple orders their "
        "wedding photographs)?"
    ),
    "photograph.made_in_course_of_employment": (
        "Did you take {item} as an employee, as part of your job?"
    ),
    "photograph.employer": "Who was your employer when you took {item}?",
    "photograph.crown_agreement": (
        "Did you and the government agree that the government would not own the copyright in "
        "{item}?"
    ),
    "photograph.employment_agreement_to_contrary": (
        "Did you and your employer agree that your employer would not own the copyright in "
        "{item}?"
    ),
    "photograph.commission_agreement_to_contrary": (
        "Did you and the person who ordered {item} agree that they would not own its copyright?"
    ),
}
_STATEMENT_WORDS = {
    # (item listed, the person answering about themselves): the question
    (_PHOTO_STATEMENTS[0], True, True): (
        "Apart from the photographs you named, does any other photograph collected by "
        "Clearview show your face?"
    ),
    (_PHOTO_STATEMENTS[0], False, True): "Does any photograph collected by Clearview show your face?",
    (_PHOTO_STATEMENTS[0], True, False): (
        "Apart from the photographs named, does any other photograph collected by Clearview "
        "show the claimant's face?"
    ),
    (_PHOTO_STATEMENTS[0], False, False): (
        "Does any photograph collected by Clearview show the claimant's face?"
    ),
    # Rights in a photograph are the conclusion the rules draw: the question names the facts
    # that usually ground them, so that a person can tell.
    (_PHOTO_STATEMENTS[1], True, True): (
        "Apart from the photographs you named, do you hold copyright or moral rights in any "
        "other photograph collected by Clearview: one you took, one made for you or your "
        "business, or one whose copyright was given, sold or left to you?"
    ),
    (_PHOTO_STATEMENTS[1], False, True): (
        "Do you hold copyright or moral rights in any photograph collected by Clearview: one "
        "you took, one made for you or your business, or one whose copyright was given, sold "
        "or left to you?"
    ),
    (_PHOTO_STATEMENTS[1], True, False): (
        "Apart from the photographs named, does the claimant hold copyright or moral rights in "
        "any other photograph collected by Clearview: one the claimant took, one made for the "
        "claimant, or one whose copyright was given, sold or left to the claimant?"
    ),
    (_PHOTO_STATEMENTS[1], False, False): (
        "Does the claimant hold copyright or moral rights in any photograph collected by "
        "Clearview: one the claimant took, one made for the claimant, or one whose copyright "
        "was given, sold or left to the claimant?"
    ),
    (_USE_STATEMENT, True, True): (
        "Apart from the searches you described, did the RCMP use any other photograph of you "
        "to search Clearview's service?"
    ),
    (_USE_STATEMENT, False, True): (
        # Asked after "do you know of a search?": this asks what happened, not what is known.
        "Whether or not you know of one: did the RCMP in fact use a photograph of you to search "
        "Clearview's service? (If you cannot know, answer don't know.)"
    ),
    (_USE_STATEMENT, True, False): (
        "Apart from the searches described, did the RCMP use any other photograph of the "
        "claimant to search Clearview's service?"
    ),
    (_USE_STATEMENT, False, False): (
        "Whether or not you know of one: did the RCMP in fact use a photograph of the claimant "
        "to search Clearview's service? (If you cannot know, answer don't know.)"
    ),
}
# A question that presupposes another answer than "yes" to the one it comes after.
_PRESUPPOSES_NO = {"end"}  # a period's end presupposes that it is not ongoing

_FOR_WHOM: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("me", "myself", ("me", "i", "mine", "my own", "for me", "for myself", "myself")),
    ("living", "another person, who is alive", ("another person", "someone else", "alive")),
    ("dead", "a person who has died", ("dead", "died", "deceased", "estate")),
    ("legal", "a company or other organisation",
     ("company", "organisation", "organization", "business", "legal")),
)


# Per class: the items whose facts it reads, the facts that must hold for an item to qualify,
# and the statement that closes the list.
_GATES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "PB": ("/photographs/", ("collected_by_clearview", "claimant_face_appears"), _PHOTO_STATEMENTS[0]),
    "CI": ("/photographs/", ("collected_by_clearview",), _PHOTO_STATEMENTS[1]),
    "TI": ("/police_uses/", ("agency", "service"), _USE_STATEMENT),
}


def _shape(pointer: str) -> tuple[str, str]:
    """What a pointer's fact belongs to ("photograph", "transfer", "use", ...) and its field."""
    parts = pointer.strip("/").split("/")
    where = section(parts)
    return ("use" if where == "police_use" else where), parts[-1]


def _parent(pointer: str) -> str:
    """The object a fact's pointer lies in."""
    return pointer.rsplit("/", 1)[0]


# --- the interview ---------------------------------------------------------------------


class _Interview:
    def __init__(
        self, stdin: IO[str], out: IO[str], readings: Readings, today: dt.date
    ) -> None:
        self.stdin = stdin
        self.out = out
        self.readings = readings
        self.strict = (
            readings if readings.presumptions is Presumptions.STRICT
            else attrs.evolve(readings, presumptions=Presumptions.STRICT)
        )
        self.today = today
        self.record: dict[str, Any] = {}
        self.skipped: set[str] = set()  # answered "don't know": never asked again
        self.asked_proof: set[str] = set()
        self.refined: set[str] = set()  # dates given roughly that were asked more exactly
        self.photos_offered = False
        self.uses_offered = False
        self.labels: dict[str, str] = {}  # photograph id -> the name the person gave it
        self.you = True  # the person answers about themselves (or for their organisation)
        self.focus = ""  # the item asked about last, to finish one before the next
        self.asked: list[str] = []  # the pointers asked, in order

    # -- input and output

    def say(self, text: str) -> None:
        self.out.write(text)

    def read(self, prompt: str) -> str:
        self.out.write(prompt)
        self.out.flush()
        line = self.stdin.readline()
        if not line:
            raise _EndOfAnswers
        if not line.endswith("\n"):
            self.out.write("\n")
        return line.strip()

    def ask(self, question: str, hint: str, parse: Any) -> Any:
        """Ask until the answer is understood: the parsed value, or DONT_KNOW."""
        while True:
            text = self.read(f"{question}\n  [{hint}] > ")
            if is_dont_know(text):
                return DONT_KNOW
            value, why = parse(text)
            if value is not None:
                return value
            self.say(f"  Not understood: {why}. Please answer again.\n")

    def ask_choice(self, question: str, choices: Iterable[Choice]) -> Any:
        options = list(choices)
        hint = " / ".join(f"{n}) {label}" for n, (_, label, _) in enumerate(options, 1))
        return self.ask(question, hint + " / don't know", lambda text: _pick(text, options))

    def ask_yes_no(self, question: str) -> Any:
        return self.ask(question, "yes / no / don't know", parse_yes_no)

    # -- the record

    def claim(self) -> Claim:
        return structure(self.record, Claim)

    def value(self, pointer: str) -> Any:
        target: Any = self.record
        for part in pointer.strip("/").split("/"):
            if isinstance(target, list):
                if not part.isdigit() or int(part) >= len(target):
                    return None
                target = target[int(part)]
            elif isinstance(target, dict):
                target = target.get(part)
            else:
                return None
        return target

    def put(self, pointer: str, value: Any) -> None:
        parts = pointer.strip("/").split("/")
        target: Any = self.record
        for part in parts[:-1]:
            target = target[int(part)] if isinstance(target, list) else target.setdefault(part, {})
        target[parts[-1]] = value

    def unset(self, pointer: str) -> None:
        parts = pointer.strip("/").split("/")
        target: Any = self.record
        for part in parts[:-1]:
            target = target[int(part)] if isinstance(target, list) else target.get(part, {})
        if isinstance(target, dict):
            target.pop(parts[-1], None)

    def conflicts(self, before: set[tuple[str, str]]) -> list[str]:
        """The messages of the consistency errors the last answer brought."""
        return [
            error.message for error in consistency_errors(self.record, self.today)
            if (error.path, error.message) not in before
        ]

    def answer(self, pointer: str, value: Any) -> bool:
        """Record an answer; an answer no timeline can have is taken back and explained."""
        before = {(e.path, e.message) for e in consistency_errors(self.record, self.today)}
        self.put(pointer, value)
        conflicts = self.conflicts(before)
        if conflicts:
            self.unset(pointer)
            self.say(
                "  That answer cannot be right together with the earlier ones ("
                + "; ".join(conflicts) + "). Please check it.\n"
            )
            return False
        return True

    # -- naming items

    def photo_name(self, index: int) -> str:
        photo_id = self.record["photographs"][index]["id"]
        label = self.labels.get(photo_id)
        return f'photograph "{label}"' if label and label != photo_id else f"photograph {photo_id}"

    def item_name(self, pointer: str) -> str:
        parts = pointer.strip("/").split("/")
        if parts[0] == "photographs" and parts[1].isdigit():
            photo = self.photo_name(int(parts[1]))
            if len(parts) > 4 and parts[2] == "transfers":
                return f"transfer {int(parts[3]) + 1} of the copyright in {photo}"
            return photo
        if parts[0] == "police_uses" and parts[1].isdigit():
            use = self.record["police_uses"][int(parts[1])]
            index = self.photo_index(use["photograph"])
            photo = f"photograph {use['photograph']}" if index is None else self.photo_name(index)
            return f"the search with {photo}"
        if parts[0] == "claimant" and len(parts) > 3:
            return f"period {int(parts[2]) + 1} of {parts[1]}"
        return "it"

    def photo_index(self, photo_id: str) -> int | None:
        for index, photo in enumerate(self.record.get("photographs", [])):
            if photo["id"] == photo_id:
                return index
        return None

    def new_photo(self, name: str) -> str:
        """Add a photograph named by the person; its id is the name made safe for the record."""
        photographs = self.record.setdefault("photographs", [])
        base = re.sub(r"[^A-Za-z0-9._-]+", "-", name.strip()).strip("-")[:60] or "p"
        taken = {p["id"] for p in photographs}
        photo_id, number = base, 1
        if base == "p" or base in taken:
            number = len(photographs) + 1
            photo_id = f"{base}{number}" if base == "p" else f"{base}-{number}"
            while photo_id in taken:
                number += 1
                photo_id = f"{base}{number}" if base == "p" else f"{base}-{number}"
        photographs.append({"id": photo_id})
        self.labels[photo_id] = name.strip() or photo_id
        return photo_id

    def author_is_claimant(self, pointer: str) -> bool:
        parts = pointer.strip("/").split("/")
        if parts[0] != "photographs" or not parts[1].isdigit():
            return False
        return bool(self.value(f"/photographs/{parts[1]}/author") == "claimant")

    def implied(self, fact: MissingFact) -> Any:
        """The answer earlier answers already give, so that the question would be pointless."""
        pointer = fact.pointer
        if pointer == "/claimant/born_on" and self.you and len(fact.turns_on) == 1:
            # Someone answering for themselves is alive, and was born by a day long enough ago.
            line, _ = _side(fact)
            grown = _years_before(self.today, _ANSWERING_AGE)
            if grown < line and self.value("/claimant/kind") == "natural":
                low = dt.date.min if fact.given_as is None else fact.given_as.earliest
                return DateRange.between(low, line - dt.timedelta(days=1)).text
            return None
        if fact.reason is not MissingReason.LEFT_OUT:
            return None
        shape, field = _shape(pointer)
        if shape != "photograph":
            return None
        photo = _parent(pointer)
        claimant = self.record.get("claimant", {})
        if self.value(f"{photo}/author") == "claimant":
            if field in ("commissioner", "employer", "coauthor"):
                # Ordered by someone other than its author; one's own employee or co-author
                # is someone else.
                return "other"
            if field in ("author_deceased", "author_died_on"):
                return claimant.get(field.replace("author_", ""))
        owner = self.value(f"{photo}/negative_owner")
        mine = owner == "claimant" or (
            owner == "photographer" and self.value(f"{photo}/author") == "claimant"
        )
        if mine and field in (
            "negative_owner_kind", "negative_owner_deceased", "negative_owner_died_on"
        ):
            return claimant.get(field.replace("negative_owner_", ""))
        return None

    # -- wording

    def wording(self, fact: MissingFact) -> str:
        shape, field = _shape(fact.pointer)
        key = f"{shape}.{field}"
        if fact.pointer in _PHOTO_STATEMENTS:
            listed = bool(self.record.get("photographs"))
            return _STATEMENT_WORDS[fact.pointer, listed, self.you]
        if fact.pointer == _USE_STATEMENT:
            listed = bool(self.record.get("police_uses"))
            return _STATEMENT_WORDS[fact.pointer, listed, self.you]
        if not self.you:
            return fact.question
        template = None
        if self.author_is_claimant(fact.pointer):
            template = _YOU_AUTHOR.get(key)
        template = template or _YOU.get(key)
        if template is None:
            return fact.question
        return template.replace("{item}", self.item_name(fact.pointer))

    def choices(self, fact: MissingFact) -> list[Choice]:
        shape, field = _shape(fact.pointer)
        options = list(_CHOICES.get(f"{shape}.{field}", ()))
        if not options:
            values = [c.value if hasattr(c, "value") else str(c) for c in fact.choices]
            options = [(v, v.replace("_", " "), ()) for v in values]
        if self.author_is_claimant(fact.pointer) or (
            shape == "transfer" and self.author_is_claimant(fact.pointer.split("/transfers")[0])
        ):
            # The photographer is the person answering: "me" says it.
            options = [o for o in options if o[0] != "photographer"]
        if not self.you:
            options = [_third_person(o) for o in options]
        return options

    # -- choosing the next question

    def presupposition_fails(self, fact: MissingFact) -> bool:
        """Whether a question presupposes an answer that is unknown or was not given."""
        after = fact.after
        if after is None:
            return False
        given = self.value(after)
        if after in self.skipped or given is None:
            return True  # unknown: the question would rest on a guess
        if _shape(fact.pointer)[1] in _PRESUPPOSES_NO:
            return given is True
        return given is False

    def open(self, fact: MissingFact, pending: set[str]) -> bool:
        """Whether a missing fact may be asked now."""
        pointer = fact.pointer
        if pointer in self.skipped:
            return False
        if fact.reason is MissingReason.PROOF_INSUFFICIENT:
            return pointer not in self.asked_proof
        if fact.reason is MissingReason.IMPRECISE:
            return pointer not in self.refined  # a date given roughly is asked again once
        if fact.kind is not FactKind.ITEM and self.value(pointer) is not None:
            return False
        if fact.after is not None and fact.after in pending and self.value(fact.after) is None:
            return False  # its presupposition is asked first
        return not self.presupposition_fails(fact)

    def candidates(self, determination: Determination) -> tuple[list[MissingFact], dict[str, float]]:
        """The facts that may be asked now, the most useful first, and how useful each is."""
        facts = determination.next_facts()
        pending = {f.pointer for f in facts if f.pointer not in self.skipped}
        score: dict[str, float] = {}
        needed_by: dict[str, set[str]] = {}
        for cls in determination.classes:  # as the engine ranks them: summed over the classes
            for fact in cls.missing:
                score[fact.pointer] = score.get(fact.pointer, 0.0) + (fact.settles or 0.0)
                if not self.blocked(cls.class_id, fact.pointer):
                    needed_by.setdefault(fact.pointer, set()).add(cls.class_id)
        return [f for f in facts if f.pointer in needed_by and self.open(f, pending)], score

    def blocked(self, class_id: str, pointer: str) -> bool:
        """Whether a fact of an item can no longer change a class, given the "don't know"s.

        An item whose gate ("collected by Clearview?", "which police force?") stays unknown
        can never qualify; its other facts could still make it fail, which matters only
        while the statement closing the list ("no other photograph...") may still be given.
        """
        gates = _GATES.get(class_id)
        item = _item(pointer)
        if gates is None or not item or not item.startswith(gates[0]):
            return False
        statement = gates[2]
        if statement not in self.skipped and self.value(statement) is not True:
            return False
        return any(f"{item}/{gate}" in self.skipped for gate in gates[1])

    def next_fact(self, claim: Claim) -> MissingFact | None:
        """The question to ask next, or None when nothing asked could change an outcome.

        The engine's order under the readings in force, except that: the photograph (or
        use) asked about last is finished before another, and items before the statements
        about what the lists do not show; once only such statements are left, the items
        listed are finished with the facts that establish a class without a presumption
        (reading R9, strict). A question that settles a class whatever the answer comes
        first all the same.
        """
        found, score = self.candidates(_rcmp.determine(claim, self.readings))
        if found and score.get(found[0].pointer, 0.0) >= 1.0:
            return found[0]
        items = [f for f in found if _item(f.pointer)]
        if not items and self.strict is not self.readings and (
            not found or _closes(found[0].pointer)
        ):
            strict, _ = self.candidates(_rcmp.determine(claim, self.strict))
            rebuttals = [
                f for f in strict if _item(f.pointer) and not self.gate_unknown(f.pointer)
            ]
            items = [f for f in rebuttals if self.could_change(claim, f)]
            if not items:
                # A fact that changes an outcome only together with another (a waiver of the
                # moral rights and a commission, say) is asked too: the first such, in the
                # engine's order under strict, so that its answer may make the other moot.
                items = self.needed_together(claim, rebuttals)[:1]
            # When a photograph was taken decides which Act's rules apply (before or since
            # 2012-11-07) and often makes the other facts moot: it is asked before them.
            made = {f.pointer: f for f in strict if f.pointer.endswith("/made_on")}
            items = [made.get(_item(f.pointer) + "/made_on", f) for f in items]
            if not found:
                found = [f for f in strict if self.could_change(claim, f)]
        for fact in items:
            if _item(fact.pointer) == self.focus:
                return fact
        if items:
            return items[0]
        return found[0] if found else None

    def could_change(self, claim: Claim, fact: MissingFact) -> bool:
        """Whether some answer to a fact that rebuts a presumption could change an outcome
        under the readings in force: a fact that cannot is not worth asking (a living
        photographer keeps the moral rights whoever took the copyright, under R3 = either)."""
        if "/-" in fact.pointer:
            return True  # an item not yet listed: the interview asks the person to name it
        now = _rcmp.what_if(claim, {}, self.readings)
        return any(
            _rcmp.what_if(claim, {fact.pointer: answer}, self.readings) != now
            for answer in self.trial_answers(claim, fact)
        )

    def needed_together(self, claim: Claim, facts: list[MissingFact]) -> list[MissingFact]:
        """The facts that could change an outcome together with one other of ``facts``."""
        now = _rcmp.what_if(claim, {}, self.readings)
        found = []
        for n, first in enumerate(facts):
            for second in facts[n + 1:] + facts[:n]:
                if any(
                    _rcmp.what_if(claim, {first.pointer: a, second.pointer: b}, self.readings)
                    != now
                    for a in self.trial_answers(claim, first)
                    for b in self.trial_answers(claim, second)
                ):
                    found.append(first)
                    break
            if found:
                break
        return found

    def trial_answers(self, claim: Claim, fact: MissingFact) -> tuple[Any, ...]:
        """Answers to try for a fact: its choices; for a date, one on either side of each
        line the rules draw; for the transfers of a photograph, one transfer of each kind."""
        if fact.kind is FactKind.DATE:
            as_of, day = self.readings.as_of, dt.timedelta(days=1)
            return tuple(DateRange.day(d) for d in (
                dt.date(1900, 1, 1), dt.date(1950, 1, 1), dt.date(1971, 12, 31),
                dt.date(1972, 1, 1), dt.date(2012, 11, 6), dt.date(2012, 11, 7),
                as_of - day, as_of, min(self.today, as_of + day),
            ))
        if fact.pointer.endswith("/transfers"):
            # Dated before the as-of date, so that the transfer is in effect on it.
            on = DateRange.day(self.readings.as_of - dt.timedelta(days=1))
            return tuple(
                (Transfer(
                    kind=kind, on=on, by=by, to=to, extent=Extent.WHOLE, signed_writing=True
                ),)
                for kind in TransferKind for by in Holder for to in Party
            )
        return fact.choices

    def gate_unknown(self, pointer: str) -> bool:
        """Whether a fact's item can never qualify for any class, a gate of it being unknown."""
        item = _item(pointer)
        return all(
            any(f"{item}/{gate}" in self.skipped for gate in gates)
            for prefix, gates, _ in _GATES.values() if item.startswith(prefix)
        )

    # -- asking

    def run(self) -> Determination:
        action = _rcmp.action()
        self.say(
            f"Questions about membership in the classes of {action.file_number} "
            f"({action.court}). Answer \"don't know\" (or leave the answer blank) whenever "
            "you are not sure: nothing is guessed.\n\n"
        )
        try:
            self.for_whom()
            while True:
                fact = self.next_fact(self.claim())
                if fact is None:
                    break
                self.turn(fact)
        except _EndOfAnswers:
            self.say("\n\nNo more answers: the determination below uses what is known.\n")
        claim = self.claim()
        determination = _rcmp.determine(claim, self.readings)
        if self.you:
            self.say('\nThe result, as for any claim record: "the claimant" below is you.\n')
        self.say("\n" + render_text(determination, action, claim))
        return determination

    def for_whom(self) -> None:
        self.asked.append("/claimant/kind")
        answer = self.ask(
            "Whom is this claim for?",
            " / ".join(f"{n}) {label}" for n, (_, label, _) in enumerate(_FOR_WHOM, 1))
            + " / don't know",
            lambda text: _pick(text, list(_FOR_WHOM)),
        )
        if answer is DONT_KNOW:
            self.skipped.add("/claimant/kind")
            self.you = False
            return
        claimant = self.record.setdefault("claimant", {})
        if answer == "legal":
            claimant["kind"] = "legal"
            self.say("  The questions below say \"you\" for the organisation.\n")
            return
        claimant["kind"] = "natural"
        # Someone alive now is answering, or being answered for: not dead.
        claimant["deceased"] = answer == "dead"
        self.you = answer == "me"
        if not self.you:
            self.say("  The questions below call that person \"the claimant\".\n")

    def turn(self, fact: MissingFact) -> None:
        pointer = fact.pointer
        if _closes(pointer) == "photographs" and not self.photos_offered:
            self.list_photographs()
            return
        if _closes(pointer) == "police_uses" and not self.uses_offered:
            self.list_uses()
            return
        implied = self.implied(fact)
        if implied is not None and self.answer(pointer, implied):
            if pointer == "/claimant/born_on":
                # Said once, so that the date in the result is not a surprise.
                self.say(
                    f"  (You answer for yourself: you were alive on "
                    f"{in_words(self.readings.as_of)}, the day membership is assessed on. "
                    "That is not asked.)\n"
                )
            return
        item = _item(pointer)
        if item and item != self.focus and fact.kind is not FactKind.ITEM:
            self.say(f"\nAbout {self.item_name(item + '/-')}:\n")
        self.focus = item
        self.asked.append(pointer)
        if fact.reason is MissingReason.PROOF_INSUFFICIENT:
            self.ask_proof(fact)
        elif fact.kind is FactKind.ITEM:
            self.describe(fact)
        elif fact.kind is FactKind.BOOLEAN:
            self.take(pointer, self.ask_yes_no(self.wording(fact)))
        elif fact.kind is FactKind.CHOICE:
            self.take(pointer, self.ask_choice(self.wording(fact), self.choices(fact)))
        elif fact.kind is FactKind.DATE and len(fact.turns_on) == 1:
            self.ask_side(fact)
        elif fact.kind is FactKind.DATE:
            self.ask_date(fact)
        elif fact.kind is FactKind.LIST and _shape(pointer)[1] == "transfers":
            count = self.ask(
                self.wording(fact), "none, or how many: 1, 2 ... / don't know", parse_count
            )
            if count is DONT_KNOW:
                self.skipped.add(pointer)
            elif self.answer(pointer, [{} for _ in range(count)]) and count:
                self.say(
                    "  A few questions about each transfer follow, the earliest first.\n"
                )
        elif fact.kind is FactKind.LIST:
            self.take(pointer, self.ask(
                self.wording(fact), PERIODS_PROMPT,
                lambda text: parse_periods(
                    text, self.today, self.value("/claimant/born_on"), self.ask_birth
                ),
            ))
        else:  # a kind of fact this interview does not know: left unknown, said so
            self.say(f"  ({fact.question} cannot be answered here; it stays unknown.)\n")
            self.skipped.add(pointer)

    def take(self, pointer: str, value: Any) -> None:
        if value is DONT_KNOW:
            self.skipped.add(pointer)
            return
        if isinstance(value, DateRange):
            value = value.text
        self.answer(pointer, value)

    def ask_date(self, fact: MissingFact) -> None:
        """A date asked for itself: several days could turn an outcome, or none is known."""
        question = self.wording(fact)
        if fact.given_as is not None:
            self.refined.add(fact.pointer)
            question += (
                f" The date given, {_said(fact.given_as)}, is not enough to tell: can you say "
                "it more exactly?"
            )
        value = self.ask(question, DATE_PROMPT, lambda text: parse_date(text, self.today))
        if value is DONT_KNOW:
            if fact.given_as is None:
                self.skipped.add(fact.pointer)
            return
        self.take(fact.pointer, value)

    def side_wording(self, fact: MissingFact) -> str:
        """The question whether a date falls before one day: "Was photograph p1 taken before
        7 November 2012?"; for a date given roughly, with what was said."""
        shape, field = _shape(fact.pointer)
        _, when = _side(fact)
        words = _YOU_SIDE.get(f"{shape}.{field}") if self.you else None
        if words is None:
            question = fact.question
        else:
            question = words.replace("{when}", when).replace(
                "{item}", self.item_name(fact.pointer)
            )
        if fact.given_as is not None:
            question += f" (The date given: {_said(fact.given_as)}.)"
        return question

    def ask_side(self, fact: MissingFact) -> None:
        """A date that matters only by which side of one day it falls on: yes, no, don't
        know, or the date itself (which must then fall on one side)."""
        line, when = _side(fact)
        given = fact.given_as
        low = dt.date.min if given is None else given.earliest
        high = dt.date.max if given is None else given.latest
        day = dt.timedelta(days=1)

        def parse(text: str) -> tuple[DateRange | None, str]:
            said, _ = parse_yes_no(text)
            if said is not None:
                return DateRange.between(*((low, line - day) if said else (line, high))), ""
            value, why = parse_date(text, self.today)
            if value is None:
                # A date not taken is told why; other words, what the question takes.
                return None, why if re.search(r"\d", text) else "answer yes, no or don't know"
            if value.earliest < line <= value.latest:
                return None, (
                    f"{text.strip()} has days both {when} and after; answer yes or no if you "
                    "know which, or don't know"
                )
            return value, ""

        if given is not None:
            self.refined.add(fact.pointer)
        value = self.ask(self.side_wording(fact), "yes / no / don't know, or the date", parse)
        if value is DONT_KNOW:
            if given is None:
                self.skipped.add(fact.pointer)
            return
        self.take(fact.pointer, value)

    def ask_birth(self) -> str | None:
        """The date of birth, asked when a period said to start at birth needs it."""
        pointer = "/claimant/born_on"
        if pointer in self.skipped:
            return None
        question = _YOU["claimant.born_on"] if self.you else "What is the claimant's date of birth?"
        value = self.ask(
            question.replace("What is", "From birth: what is"), DATE_PROMPT,
            lambda text: parse_date(text, self.today),
        )
        if value is DONT_KNOW:
            self.skipped.add(pointer)
            return None
        return value.text if self.answer(pointer, value.text) else None

    def ask_proof(self, fact: MissingFact) -> None:
        self.asked_proof.add(fact.pointer)
        answer = self.ask_choice(
            f"{self.wording(fact)}\n  (You answered this; the readings in force need a document "
            "or an official record to show it.) What shows it?",
            [
                ("document", "a document", ("document", "a document", "paper")),
                ("official_record", "an official record", ("official record", "record")),
                ("attestation", "nothing but my word", ("nothing", "no", "my word", "none")),
            ],
        )
        if answer in ("document", "official_record"):
            self.put(f"{_parent(fact.pointer)}/proof/{fact.pointer.rsplit('/', 1)[1]}", answer)

    def describe(self, fact: MissingFact) -> None:
        """An item the record mentions but does not describe: the person names it."""
        pointer = fact.pointer
        if pointer == "/photographs/-":
            name = self.ask(
                "You said a photograph collected by Clearview qualifies that is not among those "
                "named. Give it a short name (like p2, or \"profile picture\").",
                "a short name / don't know", _name,
            )
            if name is DONT_KNOW:
                self.skipped.add(pointer)
                return
            photo_id = self.new_photo(name)
            for statement in _PHOTO_STATEMENTS:
                self.record.get("statements", {}).pop(statement, None)
            self.say(f"  Noted as photograph {photo_id}.\n")
        elif pointer == "/police_uses/-":
            used = self.ask_use_photograph()
            if used is None:
                self.skipped.add(pointer)
                return
            self.record.setdefault("police_uses", []).append({"photograph": used})
            self.record.get("statements", {}).pop(_USE_STATEMENT, None)
        else:  # a use that names a photograph not listed: this interview never writes one
            self.skipped.add(pointer)

    def list_photographs(self) -> None:
        self.photos_offered = True
        self.asked.append("photographs")
        if self.you:
            question = (
                "Clearview collected photographs from public web pages. Do you know of any "
                "photograph that Clearview collected, or may have collected, that shows your face "
                "or that you took or hold rights in (for example one Clearview showed you in reply "
                "to a request for your data, or one you posted online)?"
            )
        else:
            question = (
                "Clearview collected photographs from public web pages. Do you know of any "
                "photograph that Clearview collected, or may have collected, that shows the "
                "claimant's face or that the claimant took or holds rights in?"
            )
        if self.ask_yes_no(question) is not True:
            return
        self.say(
            "  Name each photograph, one a line (an id like p1, or a short label such as "
            "\"wedding 2010\"); an empty line when done.\n"
        )
        while len(self.record.get("photographs", [])) < _MAX_ITEMS:
            text = self.read("  photograph > ")
            if not text:
                if self.record.get("photographs"):
                    break
                self.say("  Name at least one photograph (an empty line ends the list).\n")
                text = self.read("  photograph > ")
                if not text:
                    break
            name, why = _name(text)
            if name is None:
                self.say(f"  Not understood: {why}. Please answer again.\n")
                continue
            photo_id = self.new_photo(name)
            self.say(f"  Noted as photograph {photo_id}.\n")

    def ask_use_photograph(self) -> str | None:
        """The photograph a police search used: one named before, or a new one."""
        ids = [p["id"] for p in self.record.get("photographs", [])]
        named = ", ".join(ids) if ids else "none yet"
        name = self.ask(
            f"Which photograph did that search use? Give the name of one named before ({named}), "
            "or a short name for another.",
            "a name / don't know", _name,
        )
        if name is DONT_KNOW:
            return None
        for photo_id in ids:
            if normalize(name) in (normalize(photo_id), normalize(self.labels.get(photo_id, ""))):
                return str(photo_id)
        photo_id = self.new_photo(name)
        self.say(f"  Noted as photograph {photo_id}.\n")
        return photo_id

    def list_uses(self) -> None:
        self.uses_offered = True
        self.asked.append("police_uses")
        whose = "you" if self.you else "the claimant"
        question = (
            f"Do you know of a search of Clearview's service that the RCMP (or another police "
            f"force) made with a photograph of {whose} (for example from a reply to a request "
            "for your personal information)?"
        )
        if self.ask_yes_no(question) is not True:
            return
        while len(self.record.get("police_uses", [])) < _MAX_ITEMS:
            photo_id = self.ask_use_photograph()
            if photo_id is None:
                return
            self.record.setdefault("police_uses", []).append({"photograph": photo_id})
            if self.ask_yes_no("Do you know of another such search?") is not True:
                return


def _side(fact: MissingFact) -> tuple[dt.date, str]:
    """The one day a date's answer turns on, and its side in words as the engine put it:
    "on or before 8 July 2020" where a rule compared the date with the day before."""
    line = fact.turns_on[0]
    inclusive = f"on or before {in_words(line - dt.timedelta(days=1))}"
    return line, inclusive if inclusive in fact.question else f"before {in_words(line)}"


def _said(value: DateRange) -> str:
    """A date given roughly, as it was said: "2012", "June 2018", "between 1988 and 1992"."""
    return value.words().removeprefix("in ").removeprefix("on ")


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _item(pointer: str) -> str:
    """The photograph or police use a fact belongs to ("/photographs/0"); "" for none.

    A transfer's facts belong to its photograph: the interview finishes one photograph,
    transfers included, before the next.
    """
    parts = pointer.strip("/").split("/")
    if parts[0] in ("photographs", "police_uses") and len(parts) > 2 and parts[1].isdigit():
        return f"/{parts[0]}/{parts[1]}"
    return ""


def _closes(pointer: str) -> str:
    """The list a statement (or an item not yet listed) says something beyond: "" for none."""
    if pointer in _PHOTO_STATEMENTS or pointer == "/photographs/-":
        return "photographs"
    if pointer == _USE_STATEMENT or pointer == "/police_uses/-":
        return "police_uses"
    return ""


def _third_person(option: Choice) -> Choice:
    value, label, aliases = option
    label = (
        label.replace("yes, me", "yes, the claimant").replace("to me", "to the claimant")
        .replace("me (I was the employer)", "the claimant (the claimant was the employer)")
        .replace("(for example my employer)", "")
    ).strip()
    if label == "me":
        label = "the claimant"
    return value, label, (*aliases, "the claimant", "claimant") if value == "claimant" else aliases


def _pick(text: str, options: list[Choice]) -> tuple[str | None, str]:
    """The value of the option an answer names: by number, label, value or another word for it."""
    word = _bare(text)
    if word.isdigit() and 1 <= int(word) <= len(options):
        return options[int(word) - 1][0], ""
    for value, label, aliases in options:
        if word in (normalize(label), normalize(value), *aliases):
            return value, ""
    starts = [value for value, label, _ in options if len(word) >= 3 and
              normalize(label).startswith(word)]
    if len(starts) == 1:
        return starts[0], ""
    listed = "; ".join(f"{n}) {label}" for n, (_, label, _) in enumerate(options, 1))
    return None, f"answer with the number or the words of one of: {listed}; or don't know"


def _name(text: str) -> tuple[str | None, str]:
    name = " ".join(text.split())
    if not re.search(r"[A-Za-z0-9]", name):
        return None, "a name needs a letter or a digit"
    if len(name) > 60:
        return None, "keep the name under 60 characters"
    return name, ""


def run_interview(
    stdin: IO[str], out: IO[str], readings: Readings, *, today: dt.date | None = None
) -> dict[str, Any]:
    """Ask until nothing can change an outcome; print the determination; return the claim record."""
    interview = _Interview(stdin, out, readings, today or dt.date.today())
    interview.run()
    return interview.record
