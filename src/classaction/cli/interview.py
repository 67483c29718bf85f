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

Questions are put as the facts a person knows, in plain words, with the legal
term after them where it helps ("... (a waiver of moral rights)"). The lists
are reached through the facts themselves: "Does any photograph that Clearview
collected show your face?" and "Did Clearview collect any photograph that you
took, ...?", answered yes, lead the person to name each such photograph, which
is then asked about; answered no, they are the claimant's statement that there
is none. "Did the RCMP search Clearview's service with a photograph showing your
face?", answered yes, names the photograph of the search; the search is then an
RCMP search of Clearview's service, and is not asked about again.

Dates are taken as people say them (:func:`parse_date`): a day, a month, a
year, a season, or a range ("since 2001", "before 2012", "between 1988 and
1992"). Where only which side of one day a date falls on can change an outcome,
the engine's question asks that ("Was it taken before 7 November 2012?") and
takes yes, no, don't know, or the date. A person answering for themselves is
alive, and is not asked so.

Rules of asking: "don't know" leaves a fact unknown and it is not asked again,
nor is any question that presupposes it ("On what date did you die?" after
"Have you died? don't know"), nor one that an earlier answer already answers;
no question is asked twice. An answer not understood is explained and the
question asked again, never dropped. "back" returns to the previous question
(the answers before it are replayed), "why" says which class and which rule a
question serves. The end of the answers ends the interview with what is known.
The answers build a claim record (valid against the claim schema).
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from collections.abc import Callable, Iterable
from typing import IO, Any

import attrs

from .. import actions
from ..actions.t_724_20.readings import Readings, TargetedPhotographs
from ..engine.core import Determination, MissingFact, MissingReason, Outcome
from ..engine.dates import DateError, DateRange, in_words
from ..engine.facts import FactKind
from ..present.text import render_summary
from ..present.words import section
from ..records.claim import Claim, Extent, Holder, Party, Transfer, TransferKind
from ..records.convert import structure
from ..records.validate import consistency_errors

DONT_KNOW = object()

_FACE_STATEMENT = "/statements/unlisted_collected_photograph_depicts_claimant"
_RIGHTS_STATEMENT = "/statements/holds_rights_in_unlisted_collected_photograph"
_PHOTO_STATEMENTS = (_FACE_STATEMENT, _RIGHTS_STATEMENT)
_USE_STATEMENT = "/statements/rcmp_used_unlisted_photograph_of_claimant"
_STATEMENTS = (*_PHOTO_STATEMENTS, _USE_STATEMENT)
_MAX_TRANSFERS = 50
_MAX_ITEMS = 1000  # the schema's maxItems for photographs and police uses
_WIDTH = 79  # a terminal of 80 columns, less the column the cursor wraps on
_HINT_WIDTH = 64  # the line of a prompt leaves room for the answer typed after it
# A person who answers for themselves is taken to be at least this old: a younger child is
# answered for, as "another person". It makes "were you born by the as-of date?" moot once
# the as-of date lies this far back.
_ANSWERING_AGE = 13


class _EndOfAnswers(Exception):
    pass


class _Back(Exception):
    """The person typed "back": the previous question is asked again."""


# --- reading answers -------------------------------------------------------------------


def normalize(text: str) -> str:
    """An answer as compared: typographic apostrophes made straight, lower case, spaces single."""
    for quote in "\u2019\u2018\u02bc\u00b4`":
        text = text.replace(quote, "'")
    return " ".join(text.strip().lower().split())


_DONT_KNOW = {
    "", "?", "dk", "idk", "don't know", "dont know", "do not know", "i don't know", "i dont know",
    "i do not know", "unknown", "not sure", "no idea", "unsure", "don't remember",
    "do not remember", "can't remember", "cannot remember", "can't say", "cannot say",
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


# --- dates as people say them ----------------------------------------------------------

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
        ("claimant", "me", ("me", "i", "i was", "my company", "mine", "i did")),
        ("other", "someone else", ("someone else", "my employer", "employer", "someone",
                                   "another")),
    ),
    "photograph.commissioner": (_ME, _SOMEONE),
    "photograph.negative_owner": (_ME, _PHOTOGRAPHER, _SOMEONE),
    "photograph.negative_owner_kind": (
        ("natural", "a person", ("person", "a person", "human", "natural", "a human being")),
        ("legal", "a company or other organisation",
         ("company", "a company", "organisation", "organization", "legal")),
    ),
    "photograph.moral_rights_heir": (_YES_ME, _NO_OTHER),
    "transfer.kind": (
        ("assignment", "a sale or gift of the copyright (an assignment)",
         ("assignment", "assigned", "sale", "sold", "gift", "given", "a sale", "a gift")),
        ("exclusive_licence", "a licence letting one person alone use it (an exclusive licence)",
         ("exclusive licence", "exclusive license", "licence", "license", "a licence")),
        ("succession", "an inheritance on a death (a succession)",
         ("succession", "inheritance", "inherited", "death", "will", "an inheritance")),
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

# The questions in plain words: (to the person answering about themselves, about the
# claimant). "{item}" names the photograph, transfer or use. A fact not here is asked in
# the engine's words (_claim.py).
_FILM = "the film or memory card on which {item} was first recorded"
_WORDS: dict[str, tuple[str, str]] = {
    "claimant.kind": (
        "Are you a person, or a company or other organisation?",
        "Is the claimant a person, or a company or other organisation?",
    ),
    "claimant.born_on": ("What is your date of birth?", "What is the claimant's date of birth?"),
    "claimant.died_on": ("On what date did the claimant die?",) * 2,
    "claimant.citizenship": (
        "During which periods have you been a citizen of Canada?",
        "During which periods has the claimant been a citizen of Canada?",
    ),
    "claimant.residence": (
        "During which periods have you lived in Canada?",
        "During which periods has the claimant lived in Canada?",
    ),
    "photograph.claimant_face_appears": (
        "Does your face appear in {item}?", "Does the claimant's face appear in {item}?"
    ),
    "photograph.collected_by_clearview": (
        "Did Clearview collect {item} (for example, Clearview's reply to a request for your "
        "data showed it)?",
        "Did Clearview collect {item} (for example, Clearview's reply to a request for the "
        "claimant's data showed it)?",
    ),
    "photograph.collected_on": ("When did Clearview collect {item}?",) * 2,
    "photograph.made_on": ("When was {item} taken?",) * 2,
    "photograph.author": ("Who took {item}?",) * 2,
    "photograph.author_deceased": ("Has the photographer who took {item} died?",) * 2,
    "photograph.author_died_on": ("When did the photographer who took {item} die?",) * 2,
    "photograph.joint_authorship": (
        "Did two or more people take {item} together, so that what each did cannot be told "
        "apart (joint authorship)?",
    ) * 2,
    "photograph.coauthor": (
        "Were you one of the people who took {item} together?",
        "Was the claimant one of the people who took {item} together?",
    ),
    "photograph.coauthor_died_on": (
        "When did the last of the other people who took {item} die?",
    ) * 2,
    "photograph.crown_direction": (
        "Was {item} taken or published for the government, or under its direction or control "
        "(Crown copyright)?",
    ) * 2,
    "photograph.crown_agreement": (
        "Did the photographer and the government agree that the government would not own the "
        "copyright in {item}?",
    ) * 2,
    "photograph.first_published_on": ("When was {item} first published?",) * 2,
    "photograph.made_in_course_of_employment": (
        "Did the photographer take {item} as part of their job, as an employee?",
    ) * 2,
    "photograph.employer": ("Who employed the photographer who took {item}?",) * 2,
    "photograph.employment_agreement_to_contrary": (
        "Did the photographer and their employer agree that the employer would not own the "
        "copyright in {item}?",
    ) * 2,
    "photograph.commissioned": (
        "Did someone order {item} from the photographer and pay for it (as a couple orders "
        "their wedding photographs)?",
    ) * 2,
    "photograph.commissioner": ("Who ordered and paid for {item}?",) * 2,
    "photograph.commissioned_on": ("When was {item} ordered?",) * 2,
    "photograph.commission_agreement_to_contrary": (
        "Did the photographer and the person who ordered {item} agree that the person who "
        "ordered it would not own its copyright?",
    ) * 2,
    "photograph.negative_owner": (f"Who owned {_FILM}?",) * 2,
    "photograph.negative_owner_kind": (
        f"Was the owner of {_FILM} a person, or a company or other organisation?",
    ) * 2,
    "photograph.negative_owner_deceased": (f"Has the owner of {_FILM} died?",) * 2,
    "photograph.negative_owner_died_on": (f"When did the owner of {_FILM} die?",) * 2,
    "photograph.transfers": (
        "How many times was the copyright in {item} sold, given away, passed on a death, or "
        "licensed to one person alone? (none is an answer)",
    ) * 2,
    "photograph.moral_rights_waived": (
        "Did the photographer sign or agree to anything giving up their right to be named as "
        "the author of {item} or to object to changes to it (a waiver of moral rights)?",
    ) * 2,
    "photograph.moral_rights_waiver_partial": (
        "Did that waiver give up only some of those rights, only for some uses, or only "
        "towards particular people?",
    ) * 2,
    "photograph.moral_rights_heir": (
        "Since the photographer who took {item} died, have their rights to be named as its "
        "author and to object to changes to it (moral rights) passed to you, on that death or "
        "a later one?",
        "Since the photographer who took {item} died, have their rights to be named as its "
        "author and to object to changes to it (moral rights) passed to the claimant, on that "
        "death or a later one?",
    ),
    "transfer.kind": ("What was {item}?",) * 2,
    "transfer.on": ("When did {item} take effect?",) * 2,
    "transfer.by": ("Who made {item} (for an inheritance, whose death was it)?",) * 2,
    "transfer.to": ("To whom did {item} go?",) * 2,
    "transfer.extent": (
        "Did {item} pass the whole copyright, or only part of it (some rights, a territory, a "
        "medium or part of the term)?",
    ) * 2,
    "transfer.signed_writing": (
        "Was {item} in writing, signed by the owner of the copyright or someone acting for "
        "them?",
    ) * 2,
    "use.agency": ("Which police force made {item}?",) * 2,
    "use.unit": ("Which unit of the RCMP made {item}?",) * 2,
    "use.account": ("Was {item} made with a paid licence or a trial account?",) * 2,
    "use.service": ("Was {item} a search of Clearview's service, or of another service?",) * 2,
    "use.used_on": ("When was {item} made?",) * 2,
}
# When the claimant took the photograph: (to the person answering, about the claimant).
_AUTHOR_WORDS: dict[str, tuple[str, str]] = {
    "photograph.moral_rights_waived": (
        "Did you sign or agree to anything giving up your right to be named as the author of "
        "{item} or to object to changes to it (a waiver of moral rights)?",
        "Did the claimant sign or agree to anything giving up their right to be named as the "
        "author of {item} or to object to changes to it (a waiver of moral rights)?",
    ),
    "photograph.commissioned": (
        "Did someone else order {item} from you and pay for it (as a couple orders their "
        "wedding photographs)?",
        "Did someone else order {item} from the claimant and pay for it (as a couple orders "
        "their wedding photographs)?",
    ),
    "photograph.made_in_course_of_employment": (
        "Did you take {item} as part of your job, as an employee?",
        "Did the claimant take {item} as part of their job, as an employee?",
    ),
    "photograph.crown_agreement": (
        "Did you and the government agree that the government would not own the copyright in "
        "{item}?",
        "Did the claimant and the government agree that the government would not own the "
        "copyright in {item}?",
    ),
    "photograph.employment_agreement_to_contrary": (
        "Did you and your employer agree that your employer would not own the copyright in "
        "{item}?",
        "Did the claimant and their employer agree that the employer would not own the "
        "copyright in {item}?",
    ),
    "photograph.commission_agreement_to_contrary": (
        "Did you and the person who ordered {item} agree that they would not own its "
        "copyright?",
        "Did the claimant and the person who ordered {item} agree that they would not own its "
        "copyright?",
    ),
}
# A date asked only by which side of one day it falls on ("{when}": "before 7 November
# 2012"): (to the person answering, about the claimant). Not here: the engine's words.
_SIDE_WORDS: dict[str, tuple[str, str]] = {
    "claimant.kind": (
        "Are you a person, or a company or other organisation?",
        "Is the claimant a person, or a company or other organisation?",
    ),
    "claimant.born_on": ("Were you born {when}?", "Was the claimant born {when}?"),
    "photograph.collected_on": ("Did Clearview collect {item} {when}?",) * 2,
    "photograph.made_on": ("Was {item} taken {when}?",) * 2,
    "photograph.author_died_on": ("Did the photographer who took {item} die {when}?",) * 2,
    "photograph.coauthor_died_on": (
        "Did the last of the other people who took {item} die {when}?",
    ) * 2,
    "photograph.first_published_on": ("Was {item} first published {when}?",) * 2,
    "photograph.commissioned_on": ("Was {item} ordered {when}?",) * 2,
    "photograph.negative_owner_died_on": (f"Did the owner of {_FILM} die {{when}}?",) * 2,
    "transfer.on": ("Did {item} take effect {when}?",) * 2,
    "use.used_on": ("Was {item} made {when}?",) * 2,
}
_FACE = ("your face", "the claimant's face")
# The statements about what the lists do not show, put as the facts a person knows:
# (statement, something already listed) -> (to the person answering, about the claimant).
_STATEMENT_WORDS: dict[tuple[str, bool], tuple[str, str]] = {
    (_FACE_STATEMENT, False): (
        "Does any photograph that Clearview collected show your face? (Clearview's reply to a "
        "request for your data may have shown you one.)",
        "Does any photograph that Clearview collected show the claimant's face?",
    ),
    (_FACE_STATEMENT, True): (
        "Apart from the photographs you named, does any other photograph that Clearview "
        "collected show your face?",
        "Apart from the photographs named, does any other photograph that Clearview collected "
        "show the claimant's face?",
    ),
    # Holding copyright or moral rights is the conclusion the rules draw: the question asks
    # the facts that ground them (author, first owner by an order or a job, a transfer or an
    # inheritance), and a photograph named is then asked about.
    (_RIGHTS_STATEMENT, False): (
        "Did Clearview collect any photograph that you took, that you had someone take for "
        "you, or whose copyright was sold, given or left to you?",
        "Did Clearview collect any photograph that the claimant took, that the claimant had "
        "someone take for them, or whose copyright was sold, given or left to the claimant?",
    ),
    (_RIGHTS_STATEMENT, True): (
        "Apart from the photographs you named, did Clearview collect any other photograph that "
        "you took, that you had someone take for you, or whose copyright was sold, given or "
        "left to you?",
        "Apart from the photographs named, did Clearview collect any other photograph that the "
        "claimant took, that the claimant had someone take for them, or whose copyright was "
        "sold, given or left to the claimant?",
    ),
    (_USE_STATEMENT, False): (
        "Did the RCMP search Clearview's service with a photograph showing your face? (A reply "
        "to a request for your personal information may have told you so.)",
        "Did the RCMP search Clearview's service with a photograph showing the claimant's face?",
    ),
    (_USE_STATEMENT, True): (
        "Apart from the searches you described, did the RCMP search Clearview's service with "
        "any other photograph showing your face?",
        "Apart from the searches described, did the RCMP search Clearview's service with any "
        "other photograph showing the claimant's face?",
    ),
}
# Under reading R4 = depicting_or_copyright a photograph the claimant holds copyright in is
# theirs too: the search question names both, and its answer no longer says whose face.
_SEARCHED_R4 = (
    ("showing your face", "showing your face, or one you took or hold the copyright in"),
    ("showing the claimant's face",
     "showing the claimant's face, or one the claimant took or holds the copyright in"),
)
# What a question serves, beyond the words of the class: the rule that reads the fact.
_COPYRIGHT_ACT = "Copyright Act, R.S.C. 1985, c. C-42"
_RULES: dict[str, str] = {
    "author": f"the photographer is the first owner of its copyright ({_COPYRIGHT_ACT}, "
              "s. 13(1)) and holds its moral rights (s. 14.1)",
    "made_on": "for a photograph made before 7 November 2012, whoever ordered and paid for it, "
               "or owned its negative, could be its first owner (former ss. 13(2) and 10(2) of "
               f"the {_COPYRIGHT_ACT}; S.C. 2012, c. 20, ss. 59-60)",
    "commissioned": "a photograph ordered and paid for before 7 November 2012 belonged first to "
                    f"whoever ordered it (former s. 13(2) of the {_COPYRIGHT_ACT})",
    "commissioner": "a photograph ordered and paid for before 7 November 2012 belonged first to "
                    f"whoever ordered it (former s. 13(2) of the {_COPYRIGHT_ACT})",
    "commissioned_on": "the old rule for ordered photographs applies to those ordered before "
                       "7 November 2012 (S.C. 2012, c. 20, s. 60)",
    "negative_owner": "before 7 November 2012 the owner of the initial negative was deemed its "
                      f"author (former s. 10(2) of the {_COPYRIGHT_ACT})",
    "made_in_course_of_employment": "a photograph taken as part of an employee's job belongs "
                                    f"first to the employer ({_COPYRIGHT_ACT}, s. 13(3))",
    "employer": "a photograph taken as part of an employee's job belongs first to the "
                f"employer ({_COPYRIGHT_ACT}, s. 13(3))",
    "crown_direction": "a work made under the government's direction belongs to the Crown "
                       f"({_COPYRIGHT_ACT}, s. 12)",
    "joint_authorship": f"joint authors hold the copyright together ({_COPYRIGHT_ACT}, s. 9)",
    "coauthor": f"joint authors hold the copyright together ({_COPYRIGHT_ACT}, s. 9)",
    "transfers": "copyright passes by a signed written assignment and on a death "
                 f"({_COPYRIGHT_ACT}, s. 13(4))",
    "moral_rights_waived": "a waived moral right is not held (reading R7); moral rights can be "
                           f"waived but not assigned ({_COPYRIGHT_ACT}, s. 14.1(2))",
    "moral_rights_waiver_partial": "a waiver may be partial, and then leaves the rest held "
                                   f"({_COPYRIGHT_ACT}, s. 14.1(2), (4))",
    "author_deceased": "moral rights pass on the author's death, and the copyright lasts for "
                       f"the author's life and a term of years after ({_COPYRIGHT_ACT}, "
                       "ss. 6, 14.2)",
    "author_died_on": f"the copyright lasts for the author's life and a term of years after "
                      f"({_COPYRIGHT_ACT}, s. 6)",
    "moral_rights_heir": "moral rights pass on the author's death to the heirs "
                         f"({_COPYRIGHT_ACT}, s. 14.2(2))",
    "collected_by_clearview": "only the photographs collected by Clearview count",
    "claimant_face_appears": "only a photograph showing the claimant's face counts",
    "born_on": "a member must be alive on {as_of}, the day membership is assessed on "
               "(reading R1)",
    "residence": "a resident of Canada on {as_of}, the day membership is assessed on, counts "
                 "(readings R1, R2)",
    "citizenship": "a citizen of Canada on {as_of}, the day membership is assessed on, counts "
                   "(readings R1, R2)",
    "used_on": "\"had been used\": only a search made by {as_of}, the day membership is "
               "assessed on, counts (reading R1)",
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


# The facts of a photograph that only ground the claimant's rights in it: moot for a
# photograph the person has said they neither took, had taken for them, nor were given
# rights in ("Did Clearview collect any photograph that you took, ...?" no).
_GROUNDS = frozenset({
    "author_deceased", "author_died_on", "joint_authorship", "coauthor", "coauthor_died_on",
    "crown_direction", "crown_agreement", "first_published_on", "made_in_course_of_employment",
    "employer", "employment_agreement_to_contrary", "commissioned", "commissioner",
    "commissioned_on", "commission_agreement_to_contrary", "negative_owner",
    "negative_owner_kind", "negative_owner_deceased", "negative_owner_died_on", "transfers",
    "moral_rights_waived", "moral_rights_waiver_partial", "moral_rights_heir", "made_on",
})


def _shape(pointer: str) -> tuple[str, str]:
    """What a pointer's fact belongs to ("photograph", "transfer", "use", ...) and its field."""
    parts = pointer.strip("/").split("/")
    where = section(parts)
    return ("use" if where == "police_use" else where), parts[-1]


def _parent(pointer: str) -> str:
    """The object a fact's pointer lies in."""
    return pointer.rsplit("/", 1)[0]


def _wrap(text: str, indent: str = "") -> str:
    """Text wrapped to the terminal's width, each line starting with ``indent``."""
    return "\n".join(
        textwrap.fill(
            paragraph, _WIDTH, initial_indent=indent, subsequent_indent=indent,
            break_on_hyphens=False, break_long_words=False,
        )
        for paragraph in text.split("\n")
    )


def _side(fact: MissingFact) -> tuple[dt.date, str]:
    """The one day a date's answer turns on, and its side in words as the engine put it:
    "on or before 8 July 2020" where a rule compared the date with the day before."""
    line = fact.turns_on[0]
    inclusive = f"on or before {in_words(line - dt.timedelta(days=1))}"
    return line, inclusive if inclusive in fact.question else f"before {in_words(line)}"


# --- the interview ---------------------------------------------------------------------


@attrs.define
class _Line:
    """An answer read, kept so that "back" can replay those before it."""

    text: str
    counted: bool = True  # False for an answer refused: replayed, never the one taken back


class _Interview:
    def __init__(
        self, stdin: IO[str], out: IO[str], readings: Readings, today: dt.date,
        claim_id: str | None = None,
        bundle: Any = None,
    ) -> None:
        self.bundle = bundle or actions.get()
        self.stdin = stdin
        self.out = out
        self.readings = readings
        strict = self.bundle.strict(readings)
        self.strict = readings if strict == readings else strict
        self.today = today
        self.claim_id = claim_id
        self.lines: list[_Line] = []  # every answer read, in order
        self.replay: list[str] = []  # answers to give again after "back"
        self.muted = False  # replaying: what is said is held back
        self.held = ""  # what was said since the last answer replayed
        self.start()

    def start(self) -> None:
        """The state of an interview before its first answer."""
        self.record: dict[str, Any] = {}
        if self.claim_id is not None:
            self.record["claim_id"] = self.claim_id
        self.skipped: set[str] = set()  # answered "don't know", or moot: never asked
        self.asked_proof: set[str] = set()
        self.refined: set[str] = set()  # dates given roughly that were asked more exactly
        self.labels: dict[str, str] = {}  # photograph id -> the name the person gave it
        self.you = True  # the person answers about themselves (or for their organisation)
        self.focus = ""  # the item asked about last, to finish one before the next
        self.asked: list[str] = []  # the pointers asked, in order
        self.questions: set[str] = set()  # the questions put, in words: none is put twice
        self.taken_back: set[str] = set()  # answers no timeline can have: asked again
        self.no_rights = False  # "Did Clearview collect any photograph that you took...?" no
        # Each statement answered: the answer, and the photographs named when it was given.
        self.said: dict[str, tuple[Any, frozenset[str]]] = {}
        self.why = self.why_for_whom()

    # -- input and output

    def say(self, text: str) -> None:
        if self.muted:
            self.held += text
        else:
            self.out.write(text)

    def read(self, prompt: str) -> str:
        """One answer: replayed after "back", or read. "why" is answered and the prompt put
        again; "back" goes back one question."""
        if self.replay:
            self.held = ""
            text = self.replay.pop(0)
            self.lines.append(_Line(text))
            return text
        if self.muted:
            self.muted = False
            self.out.write(self.held)
        while True:
            self.say(prompt)
            self.out.flush()
            line = self.stdin.readline()
            if not line:
                raise _EndOfAnswers
            if not line.endswith("\n"):
                self.say("\n")
            text = line.strip()
            word = _bare(text)
            if word == "back":
                raise _Back
            if word in ("why", "why?"):
                self.say(_wrap(self.why, "  ") + "\n")
                continue
            self.lines.append(_Line(text))
            return text

    def refused(self) -> None:
        """The last answer read was not taken: "back" never takes it back alone."""
        if self.lines:
            self.lines[-1].counted = False

    def ask(self, question: str, hint: str, parse: Any, options: str = "") -> Any:
        """Ask until the answer is understood: the parsed value, or DONT_KNOW. ``options``,
        lines listing the choices, stand between the question and the prompt."""
        self.questions.add(question)
        prompt = (
            "\n" + _wrap(question) + "\n" + options
            + textwrap.fill(
                f"[{hint}]", _HINT_WIDTH, initial_indent="  ", subsequent_indent="   ",
                break_on_hyphens=False, break_long_words=False,
            ) + " > "
        )
        while True:
            text = self.read(prompt)
            if is_dont_know(text):
                return DONT_KNOW
            value, why = parse(text)
            if value is not None:
                return value
            self.refused()
            self.say(_wrap(f"Not understood: {why}. Please answer again.", "  ") + "\n")

    def ask_choice(self, question: str, choices: Iterable[Choice]) -> Any:
        """A choice: its options in the prompt when they fit on its line, else one a line."""
        options = list(choices)
        hint = " / ".join(f"{n}) {label}" for n, (_, label, _) in enumerate(options, 1))
        parse = lambda text: _pick(text, options)  # noqa: E731
        if len(hint) + len(" / don't know") <= _HINT_WIDTH - 3:
            return self.ask(question, hint + " / don't know", parse)
        listed = "".join(
            _wrap(f"{n}) {label}", "  ").replace("\n  ", "\n     ") + "\n"
            for n, (_, label, _) in enumerate(options, 1)
        )
        return self.ask(question, "a number or the words / don't know", parse, listed)

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
        earlier = self.value(pointer)
        self.put(pointer, value)
        conflicts = self.conflicts(before)
        if conflicts:
            if earlier is None:
                self.unset(pointer)
            else:
                self.put(pointer, earlier)
            self.refused()
            self.taken_back.add(pointer)  # asked again
            self.say(_wrap(
                "That answer cannot be right together with the earlier ones ("
                + "; ".join(conflicts) + "). Please check it.", "  ",
            ) + "\n")
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
            uses = self.record["police_uses"]
            use = uses[int(parts[1])]
            index = self.photo_index(use["photograph"])
            photo = f"photograph {use['photograph']}" if index is None else self.photo_name(index)
            alike = [n for n, other in enumerate(uses) if other["photograph"] == use["photograph"]]
            if len(alike) > 1:  # two searches with one photograph: told apart by their order
                return f"search {alike.index(int(parts[1])) + 1} with {photo}"
            return f"the search with {photo}"
        if parts[0] == "claimant" and len(parts) > 3:
            return f"period {int(parts[2]) + 1} of {parts[1]}"
        return "it"

    def photo_index(self, photo_id: str) -> int | None:
        for index, photo in enumerate(self.record.get("photographs", [])):
            if photo["id"] == photo_id:
                return index
        return None

    def new_photo(self, name: str, **facts: Any) -> str:
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
        photographs.append({"id": photo_id, **facts})
        self.labels[photo_id] = name.strip() or photo_id
        if self.no_rights and facts.get("collected_by_clearview"):
            self.grounds_denied(len(photographs) - 1)
        return photo_id

    def grounds_denied(self, index: int) -> None:
        """A collected photograph the person neither took, had taken for them, nor was given
        rights in: its author is someone else, and the facts that could ground rights are moot."""
        item = f"/photographs/{index}"
        photo = self.record["photographs"][index]
        photo.setdefault("author", "other")
        self.skipped.update(f"{item}/{field}" for field in _GROUNDS if field not in photo)

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
        if field == "collected_by_clearview":
            return self.collected_as_said(photo)
        claimant = self.record.get("claimant", {})
        author = self.value(f"{photo}/author")
        if author == "claimant":
            if field in ("commissioner", "employer", "coauthor"):
                # Ordered by someone other than its author; one's own employee or co-author
                # is someone else.
                return "other"
            if field in ("author_deceased", "author_died_on"):
                return claimant.get(field.replace("author_", ""))
        if author == "other" and field == "coauthor":
            return "other"  # "someone else" took it: the claimant is not one of its authors
        owner = self.value(f"{photo}/negative_owner")
        mine = owner == "claimant" or (owner == "photographer" and author == "claimant")
        if mine and field in (
            "negative_owner_kind", "negative_owner_deceased", "negative_owner_died_on"
        ):
            return claimant.get(field.replace("negative_owner_", ""))
        return None

    def collected_as_said(self, photo: str) -> Any:
        """Whether Clearview collected a photograph, as the person's earlier answer about any
        photograph Clearview collected says: "no photograph Clearview collected shows my face"
        says no of a photograph showing it, named since; "don't know" leaves it unknown
        (DONT_KNOW); None when that answer does not reach it."""
        photo_id = self.value(f"{photo}/id")
        for statement, field, shown in (
            (_FACE_STATEMENT, "claimant_face_appears", True), (_RIGHTS_STATEMENT, "author", "claimant"),
        ):
            said = self.said.get(statement)
            if said is None or photo_id in said[1] or self.value(f"{photo}/{field}") != shown:
                continue
            return DONT_KNOW if said[0] is DONT_KNOW else said[0]
        return None

    # -- wording

    def wording(self, fact: MissingFact) -> str:
        """The question for a fact, in plain words, to the person or about the claimant."""
        shape, field = _shape(fact.pointer)
        key = f"{shape}.{field}"
        person = 0 if self.you else 1
        if fact.pointer in _STATEMENTS:
            listed = bool(self.record.get(
                "police_uses" if fact.pointer == _USE_STATEMENT else "photographs"
            ))
            text = _STATEMENT_WORDS[fact.pointer, listed][person]
            if fact.pointer == _USE_STATEMENT and self.searched_r4():
                text = text.replace(*_SEARCHED_R4[person])
            return text
        words = _AUTHOR_WORDS.get(key) if self.author_is_claimant(fact.pointer) else None
        words = words or _WORDS.get(key)
        if words is None:
            return fact.question
        return words[person].replace("{item}", self.item_name(fact.pointer))

    def side_wording(self, fact: MissingFact) -> str:
        """The question whether a date falls before one day: "Was photograph p1 taken before
        7 November 2012?"; for a date given roughly, with what was said."""
        shape, field = _shape(fact.pointer)
        _, when = _side(fact)
        words = _SIDE_WORDS.get(f"{shape}.{field}")
        if words is None:
            question = fact.question
        else:
            question = words[0 if self.you else 1].replace("{when}", when).replace(
                "{item}", self.item_name(fact.pointer)
            )
        if fact.given_as is not None:
            question += f" (The date given: {_said(fact.given_as)}.)"
        return question

    def searched_r4(self) -> bool:
        chosen = getattr(self.readings, "targeted_photographs", None)
        return chosen is TargetedPhotographs.DEPICTING_OR_COPYRIGHT

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

    # -- why a question is asked

    def why_for_whom(self) -> str:
        return (
            "Why this question: each class begins \"All natural persons\" (Privacy Breach, "
            "Targeted Individuals) or \"All natural or legal persons\" (Copyright "
            "Infringement), and a natural person must be alive on "
            f"{in_words(self.readings.as_of)} (reading R1): whom the claim is for decides "
            "which classes can reach them."
        )

    def why_fact(self, fact: MissingFact, determination: Determination, rebuttal: bool) -> str:
        """Which class a question serves, with the words of the class it tests, and the rule."""
        action = self.bundle.action
        served = []
        for cls in determination.classes:
            if cls.outcome is not Outcome.UNDETERMINED and not rebuttal:
                continue
            for finding in cls.findings:
                uses = [u for u in finding.facts if u.pointer == fact.pointer]
                if uses or (rebuttal and finding.criterion == "CI.holds_rights_in_collected_photograph"
                            and fact.pointer.startswith("/photographs/")):
                    definition = action.class_definition(cls.class_id)
                    served.append(
                        f"the {definition.name}, in the words \"{finding.text}\" "
                        f"(a member {finding.label})"
                    )
                    break
        if not served:
            served.append("no class any longer; it is asked so that nothing is guessed")
        field = _shape(fact.pointer)[1]
        text = "Why this question: it serves " + "; and ".join(served) + "."
        rule = _RULES.get(field)
        if rule is not None:
            text += f" The rule: {rule.replace('{as_of}', in_words(self.readings.as_of))}."
        if rebuttal:
            text += (
                " Where nothing is said, the photographer is presumed to own the copyright "
                f"and keep the moral rights ({_COPYRIGHT_ACT}, s. 34.1(1); reading R9): your "
                "answer could show otherwise."
            )
        return text

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
        gate = self.bundle.gates.get(class_id)
        gates = None if gate is None else (gate.items + "/", gate.facts, gate.statement)
        item = _item(pointer)
        if gates is None or not item or not item.startswith(gates[0]):
            return False
        statement = gates[2]
        if statement not in self.skipped and self.value(statement) is not True:
            return False
        return any(f"{item}/{gate}" in self.skipped for gate in gates[1])

    def next_fact(self, claim: Claim) -> tuple[MissingFact, str] | None:
        """The question to ask next, and why; None when nothing asked could change an outcome.

        The engine's order under the readings in force, except that: the photograph (or
        use) asked about last is finished before another, and items before the statements
        about what the lists do not show; once only such statements are left, the items
        listed are finished with the facts that establish a class without a presumption
        (reading R9, strict). A question that settles a class whatever the answer comes
        first all the same.
        """
        determination = self.bundle.determine(claim, self.readings)
        found, score = self.candidates(determination)
        if found and score.get(found[0].pointer, 0.0) >= 1.0:
            return found[0], self.why_fact(found[0], determination, False)
        items = [f for f in found if _item(f.pointer)]
        rebuttal = False
        if not items and self.strict is not self.readings and (
            not found or _closes(found[0].pointer)
        ):
            strict_determination = self.bundle.determine(claim, self.strict)
            strict, _ = self.candidates(strict_determination)
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
            rebuttal = bool(items)
            if rebuttal:
                determination = strict_determination
            if not found:
                found = [f for f in strict if self.could_change(claim, f)]
        for fact in items:
            if _item(fact.pointer) == self.focus:
                return fact, self.why_fact(fact, determination, rebuttal)
        if items:
            return items[0], self.why_fact(items[0], determination, rebuttal)
        if found:
            return found[0], self.why_fact(found[0], determination, False)
        return None

    def could_change(self, claim: Claim, fact: MissingFact) -> bool:
        """Whether some answer to a fact that rebuts a presumption could change an outcome
        under the readings in force: a fact that cannot is not worth asking (a living
        photographer keeps the moral rights whoever took the copyright, under R3 = either)."""
        if "/-" in fact.pointer:
            return True  # an item not yet listed: the interview asks the person to name it
        now = self.bundle.what_if(claim, {}, self.readings)
        return any(
            self.bundle.what_if(claim, {fact.pointer: answer}, self.readings) != now
            for answer in self.trial_answers(claim, fact)
        )

    def needed_together(self, claim: Claim, facts: list[MissingFact]) -> list[MissingFact]:
        """The facts that could change an outcome together with one other of ``facts``."""
        now = self.bundle.what_if(claim, {}, self.readings)
        found = []
        for n, first in enumerate(facts):
            for second in facts[n + 1:] + facts[:n]:
                if any(
                    self.bundle.what_if(claim, {first.pointer: a, second.pointer: b}, self.readings)
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
            for prefix, gates in (
                (gate.items + "/", gate.facts) for gate in self.bundle.gates.values()
            ) if item.startswith(prefix)
        )

    # -- asking

    def run(self) -> Determination:
        action = self.bundle.action
        self.say(_wrap(
            f"Questions about membership in the classes of {action.file_number} "
            f"({action.court}){', ' + self.bundle.about if self.bundle.about else ''}. "
            "Answer \"don't know\" (or leave the answer blank) whenever "
            "you are not sure: nothing is guessed. A year or a month is enough for a date you "
            "know only roughly. Type \"back\" to return to the previous question, \"why\" to "
            "learn what a question is for."
        ) + "\n")
        while True:
            try:
                self.conduct()
                break
            except _Back:
                self.rewind()
            except _EndOfAnswers:
                self.say("\n\nNo more answers: the determination below uses what is known.\n")
                break
        claim = self.claim()
        determination = self.bundle.determine(claim, self.readings)
        if self.you:
            self.say('\nThe result, as for any claim record: "the claimant" below is you.\n')
        # On one screen, as `classaction explain` shows a record; every rule: explain --full.
        self.say("\n" + render_summary(determination, action, claim, width=79))
        return determination

    def conduct(self) -> None:
        self.for_whom()
        while True:
            chosen = self.next_fact(self.claim())
            if chosen is None:
                return
            fact, self.why = chosen
            self.turn(fact)

    def rewind(self) -> None:
        """Go back one question: start again, and replay every answer but the last one taken."""
        counted = [n for n, line in enumerate(self.lines) if line.counted]
        if counted:
            kept = self.lines[:counted[-1]]
            self.say("  Back to the previous question.\n")
        else:
            kept = self.lines
            self.say("  There is no earlier question.\n")
        self.replay = [line.text for line in kept]
        self.lines = []
        self.start()
        self.muted, self.held = True, ""

    def for_whom(self) -> None:
        self.asked.append("/claimant/kind")
        answer = self.ask_choice("Whom is this claim for?", _FOR_WHOM)
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
        if pointer in _STATEMENTS:
            self.asked.append(pointer)
            self.ask_statement(fact)
            return
        implied = self.implied(fact)
        if implied is DONT_KNOW:
            self.skipped.add(pointer)
            return
        if implied is not None and self.answer(pointer, implied):
            if pointer == "/claimant/born_on":
                # Said once, so that the date in the result is not a surprise.
                self.say(_wrap(
                    f"(You answer for yourself: you were alive on "
                    f"{in_words(self.readings.as_of)}, the day membership is assessed on. "
                    "That is not asked.)", "  ",
                ) + "\n")
            return
        self.focus = _item(pointer)
        self.asked.append(pointer)
        if fact.reason is MissingReason.PROOF_INSUFFICIENT:
            self.ask_proof(fact)
        elif fact.kind is FactKind.ITEM:
            self.describe(fact)
        elif fact.kind is FactKind.DATE and len(fact.turns_on) == 1:
            self.ask_side(fact)
        elif fact.kind is FactKind.DATE:
            self.ask_date(fact)
        elif self.wording(fact) in self.questions and pointer not in self.taken_back:
            self.skipped.add(pointer)  # put before in other circumstances: never twice
        elif fact.kind is FactKind.BOOLEAN:
            self.take(pointer, self.ask_yes_no(self.wording(fact)))
        elif fact.kind is FactKind.CHOICE:
            self.take(pointer, self.ask_choice(self.wording(fact), self.choices(fact)))
        elif fact.kind is FactKind.LIST and _shape(pointer)[1] == "transfers":
            count = self.ask(
                self.wording(fact), "none, or how many: 1, 2 ... / don't know", parse_count
            )
            if count is DONT_KNOW:
                self.skipped.add(pointer)
            elif self.answer(pointer, [{} for _ in range(count)]) and count:
                self.say("  A few questions about each transfer follow, the earliest first.\n")
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
                # A date not taken is told why, and that yes or no is enough ("early 2020":
                # the person may well know which side it is on); other words, what is taken.
                if not re.search(r"\d", text):
                    return None, "answer yes, no or don't know"
                return None, f"{why}; or answer yes if it was {when}, no if not"
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
        question = _WORDS["claimant.born_on"][0 if self.you else 1]
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
            f"{self.wording(fact)} (You answered this; the readings in force need a document "
            "or an official record to show it.) What shows it?",
            [
                ("document", "a document", ("document", "a document", "paper")),
                ("official_record", "an official record", ("official record", "record")),
                ("attestation", "nothing but my word", ("nothing", "no", "my word", "none")),
            ],
        )
        if answer in ("document", "official_record"):
            self.put(f"{_parent(fact.pointer)}/proof/{fact.pointer.rsplit('/', 1)[1]}", answer)

    def ask_statement(self, fact: MissingFact) -> None:
        """What the lists do not show, asked as the facts a person knows; "yes" names the items."""
        pointer = fact.pointer
        question = self.wording(fact)
        if question in self.questions:
            self.skipped.add(pointer)  # put before, when the lists were the same: never twice
            return
        answer = self.ask_yes_no(question)
        # What was said covers the photographs not named yet, those named later included.
        listed = frozenset(p["id"] for p in self.record.get("photographs", []))
        self.said[pointer] = (answer, listed)
        if answer is DONT_KNOW:
            self.skipped.add(pointer)
            return
        if answer is False:
            self.put(pointer, False)
            if pointer == _RIGHTS_STATEMENT:
                self.no_rights = True
            return
        if pointer == _USE_STATEMENT:
            self.name_search(pointer)
            return
        # A photograph named here is one Clearview collected; named for the face, it shows it.
        facts: dict[str, Any] = {"collected_by_clearview": True}
        if pointer == _FACE_STATEMENT:
            facts["claimant_face_appears"] = True
        elif self.said.get(_FACE_STATEMENT, (None,))[0] is False:
            # "No other photograph Clearview collected shows my face", said before this one
            # was named, says it of this one.
            facts["claimant_face_appears"] = False
        if not self.name_photographs(facts):
            # Yes, but none can be named: the statement itself, and nothing more to ask.
            self.put(pointer, True)
            self.skipped.add("/photographs/-")

    def name_photographs(self, facts: dict[str, Any]) -> int:
        """The person names each photograph: how many were named. "don't know" names none."""
        self.say(_wrap(
            "Name each of them, one a line (a short label such as \"profile picture\" or "
            "\"wedding 2010\"); an empty line when done.", "  "
        ) + "\n")
        named = 0
        while len(self.record.get("photographs", [])) < _MAX_ITEMS:
            text = self.read("  photograph > ")
            if not text or is_dont_know(text):
                break
            name, why = _name(text)
            if name is None:
                self.refused()
                self.say(f"  Not understood: {why}. Please answer again.\n")
                continue
            photo_id = self.new_photo(name, **facts)
            self.say(f"  Noted as photograph {photo_id}.\n")
            named += 1
        return named

    def name_search(self, statement: str) -> None:
        """A search the RCMP made on Clearview's service: the photograph it used."""
        used = self.ask_use_photograph()
        if used is None:
            self.put(statement, True)  # a search, whose photograph cannot be named
            self.skipped.add("/police_uses/-")
            return
        self.record.setdefault("police_uses", []).append(
            {"photograph": used, "agency": "rcmp", "service": "clearview"}
        )

    def describe(self, fact: MissingFact) -> None:
        """An item the record mentions but does not describe: the person names it."""
        pointer = fact.pointer
        if pointer == "/photographs/-":
            self.skipped.add(pointer)
            if not self.name_photographs({"collected_by_clearview": True}):
                return
            for statement in _PHOTO_STATEMENTS:
                self.record.get("statements", {}).pop(statement.rsplit("/", 1)[1], None)
        elif pointer == "/police_uses/-":
            self.skipped.add(pointer)
            used = self.ask_use_photograph()
            if used is None:
                return
            self.record.setdefault("police_uses", []).append(
                {"photograph": used, "agency": "rcmp", "service": "clearview"}
            )
            self.record.get("statements", {}).pop(_USE_STATEMENT.rsplit("/", 1)[1], None)
        else:  # a use that names a photograph not listed: this interview never writes one
            self.skipped.add(pointer)

    def ask_use_photograph(self) -> str | None:
        """The photograph an RCMP search used: one named before, or a new one."""
        ids = [p["id"] for p in self.record.get("photographs", [])]
        named = ", ".join(self.labels.get(i, i) for i in ids)
        question = (
            "Which photograph did the RCMP search with? Give it a short name (like \"selfie\" "
            "or \"profile picture\")"
            + (f", or the name of one named before ({named})." if ids else ".")
        )
        name = self.ask(question, "a short name / don't know", _name)
        if name is DONT_KNOW:
            return None
        for photo_id in ids:
            if normalize(name) in (normalize(photo_id), normalize(self.labels.get(photo_id, ""))):
                if not self.searched_r4():
                    self.put(f"/photographs/{self.photo_index(photo_id)}/claimant_face_appears",
                             True)
                return str(photo_id)
        facts = {} if self.searched_r4() else {"claimant_face_appears": True}
        photo_id = self.new_photo(name, **facts)
        self.say(f"  Noted as photograph {photo_id}.\n")
        return photo_id


def _fit(text: str) -> str:
    """An explanation fitted to the terminal: a long line wrapped, its continuation indented
    two columns more than the line."""
    lines = []
    for line in text.split("\n"):
        indent = " " * (len(line) - len(line.lstrip(" ")))
        lines.append(textwrap.fill(
            line, _WIDTH, initial_indent="", subsequent_indent=indent + "  ",
            break_on_hyphens=False, break_long_words=False,
        ) if len(line) > _WIDTH else line)
    return "\n".join(lines)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _said(value: DateRange) -> str:
    """A date given roughly, as it was said: "2012", "June 2018", "between 1988 and 1992"."""
    return value.words().removeprefix("in ").removeprefix("on ")


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
    label = label.replace("yes, me", "yes, the claimant").replace("to me", "to the claimant")
    if label == "me":
        label = "the claimant"
    return value, label, (*aliases, "the claimant", "claimant") if value == "claimant" else aliases


def _pick(text: str, options: list[Choice]) -> tuple[str | None, str]:
    """The value of the option an answer names: by number, label, value or another word for it."""
    word = _bare(text)
    if word.isdigit() and 1 <= int(word) <= len(options):
        return options[int(word) - 1][0], ""
    for value, label, aliases in options:
        # The term a label gives in brackets names it too: "(an assignment)".
        term = re.search(r"\((?:an? )?([^()]*)\)$", normalize(label))
        terms = (term[0].strip("()"), term[1]) if term else ()
        if word in (normalize(label), normalize(value), *aliases, *terms):
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
    stdin: IO[str], out: IO[str], readings: Readings, *, today: dt.date | None = None,
    claim_id: str | None = None,
    bundle: Any = None,
) -> dict[str, Any]:
    """Ask until nothing can change an outcome; print the determination; return the claim record.

    ``claim_id``, when given, is the record's ``claim_id`` from the start, so that the
    determination shown is the one its saved record gives. ``bundle``: the action asked
    about (the default action when None).
    """
    interview = _Interview(stdin, out, readings, today or dt.date.today(), claim_id, bundle)
    interview.run()
    return interview.record
