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

import copy
import datetime as dt
import difflib
import functools
import re
import string
import textwrap
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any

import attrs

from .. import actions
from ..engine.action import Action, ClassKind
from ..engine.bundle import ActionBundle, ActionFamily, FamilyReadings
from ..engine.core import Determination, MissingFact, MissingReason, Outcome
from ..engine.dates import DateRange, in_words
from ..engine.facts import FactKind
from ..law.copyright import MODERNIZATION_IN_FORCE
from ..law.residence import countries_named, country_name
from ..present.report import alternative_readings
from ..present.text import (
    _ELIGIBLE_WORDS,
    _OUTCOME_WORDS,
    RULES_AND_SOURCES,
    by_standing,
    died_since,
    name_readings,
    record_footer,
    render_several,
    render_summary,
    short_name,
    standing_lines,
    wrap,
)
from ..present.words import US_STATES, subdivision_name, within_span
from ..records.claim import Statements
from .answers import (
    _HINT_WIDTH,
    _WIDTH,
    DONT_KNOW,
    _item,
    _parent,
    _shape,
    _side,
    _wrap,
)
from .choosing import Choosing
from .questions import (
    _AUTHOR_WORDS,
    _CHOICES,
    _FACE_STATEMENT,
    _FIRST_WORDS,
    _FOR_WHOM,
    _OURSELVES,
    _PHOTO_STATEMENTS,
    _POSTED_STATEMENT,
    _RIGHTS_STATEMENT,
    _SIDE_WORDS,
    _STATEMENTS,
    _USE_STATEMENT,
    _WORDS,
    _organisation,
    _third_person,
)
from .said import (
    _AGE,
    _DONT_KNOW_WITHIN,
    _KIN,
    _KIN_ALIKE,
    _NEGATED,
    _NO,
    _UNSURE,
    _YES,
    DATE_PROMPT,
    KIN_WORDS,
    MORE_EXACT_PROMPT,
    PERIODS_PROMPT,
    ROUGH_YEARS,
    SOME_DIFFER,
    SOME_SAID,
    SURE_ONLY,
    Choice,
    _bare,
    _both,
    _doubted,
    _name,
    _pick,
    _said,
    date_said_after,
    date_said_in_part,
    date_said_roughly,
    date_said_with,
    date_within,
    is_dont_know,
    kin_words,
    normalize,
    one_date_words,
    parse_count,
    parse_date,
    parse_periods,
    parse_yes_no,
    plain,
    rough_year,
    sure_but_of_a_date,
    taken_as,
)

_MAX_ITEMS = 1000  # the schema's maxItems for photographs and police uses


# The longest last line of a hint that an answer is typed after, on the same line: the rest of
# an 80-column terminal is room for "between 1988 and 1992" or "no idea, i was a kid then".
# A date's hint is longer, and its answer then has a line of its own: "from the late 90s
# until 2019" after "[a date; a year or a month will do / don't know] > " ran past the 80th
# column and broke mid-word (a later trial's).
_ANSWER_AFTER = 44



# A yes whose fact has a date of its own, kept where the yes says it: the fact, its date's field
# and the verb it is said back with (records/claim.py: each date field follows its yes).
_DATED_BY = {
    "commissioned": ("commissioned_on", "ordered"),
    "collected_by_clearview": ("collected_on", "collected"),
    # "yes, on my profile in 2015" (a trial's posting date was asked again).
    "posted_publicly": ("first_posted_publicly_on", "first posted"),
}
# Of these, a date said as a span without an end ("public since 2012") is not when it was
# first done (it was by then, not after): not kept.
_DATED_BOUNDED = frozenset({"posted_publicly"})
# The dates of when something was first so, asked for themselves: "since 2009" says it.
_FIRST_DATES = {"first_posted_publicly_on": "posted"}
_SINCE = re.compile(r"(?:ever )?(?:since|from)\s+")
_AN_AGE_SAID = re.compile(r"\b(?:was|were) (?:like |about |around |maybe |roughly )?\d{1,3}\b")
_DEATH_SAID = re.compile(r"\b(?:died|dead|passed|death|deceased|gone|lost (?:him|her|them))\b")
# Facts of a photograph's photographer, the same of each photograph one person took
# (same_photographer).
def _sentences(text: str) -> list[str]:
    """An answer's sentences."""
    return [part for part in re.split(r"(?<=[.!;?])\s+", text) if part.strip()]


def _dying(sentences: list[str]) -> str:
    """The first sentence that names a death, or ""."""
    return next((part for part in sentences if _DEATH_SAID.search(part.lower())), "")


# Where a clause ends, after what it says (a death's date, before "and i got everything").
_CLAUSE_END = re.compile(r"\s*(?:[,;]|\s(?:and|but|so|then)\s)", re.IGNORECASE)
_PHOTOGRAPHER_FACTS = frozenset({
    "author_deceased", "author_died_on", "author_residence", "author_citizenship",
})

class _EndOfAnswers(Exception):
    """No more answers: the input ended, or the person typed "quit" (``stopped``)."""

    def __init__(self, stopped: bool = False) -> None:
        super().__init__()
        self.stopped = stopped


_QUIT = frozenset({"quit", "exit", "stop", "quit interview", "i want to stop"})
_HELP = (
    "Answer the question in your own words, or \"don't know\" (a blank answer is don't "
    "know). Type \"back\" for the previous question, \"why\" to learn what this one is "
    "for, \"quit\" to stop and see the result from the answers given so far."
)


class _Back(Exception):
    """The person typed "back": the previous question is asked again."""


# --- the interview ---------------------------------------------------------------------


@attrs.define
class _Line:
    """An answer read, kept so that "back" can replay those before it."""

    text: str
    counted: bool = True  # False for an answer refused: replayed, never the one taken back


class _Interview(Choosing):
    """The dialogue: what is said and read, turn by turn, over the answers (Answers) and the
    choice of the next question (Choosing)."""

    def __init__(
        self, stdin: IO[str], out: IO[str], readings: Any, today: dt.date,
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
        self.inferred: set[str] = set()  # facts put from other answers, never said as such
        self.labels: dict[str, str] = {}  # photograph id -> the name the person gave it
        # Who took a photograph, where the person named someone of theirs ("my dad"): by the
        # photograph's pointer, the words, which name its photographer when said again.
        self.author_kin: dict[str, str] = {}
        self.you = True  # the person answers about themselves (or for their organisation)
        self.elder = ""  # "your mother": the claim is for a parent or grandparent of theirs
        self.claimant_kin = ""  # "my dad": the kin the claim is for, as said
        # An heir's kin who died, as said with whom the claim is for ("me, but its about my dads
        # photos, he passed away in 2016"): their words, and the date of death said, if any.
        self.kin_died: tuple[str, str | None] | None = None
        self.focus = ""  # the item asked about last, to finish one before the next
        self.asked: list[str] = []  # the pointers asked, in order
        self.questions: set[str] = set()  # the questions put, in words: none is put twice
        self.notes: set[str] = set()  # the notes of questions not asked, each said once
        self.taken_back: set[str] = set()  # answers no timeline can have: asked again
        self.no_rights = False  # "Did Clearview collect any photograph that you took...?" no
        # Each statement answered: the answer, and the photographs named when it was given.
        self.said: dict[str, tuple[Any, frozenset[str]]] = {}
        self.replayed = False  # the answer last read was replayed after "back"
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
        self.replayed = bool(self.replay)
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
            if word in _BACK:  # "go back" too (a trial's was not understood)
                raise _Back
            if word in _QUIT:  # a trial's "quit" and "exit" were not understood, as answers
                raise _EndOfAnswers(stopped=True)
            if _POSTING_COUNTS.search(word) and "licen" in prompt.lower():
                # "does posting it on instagram count?" (a later trial's, to how many times a
                # photograph's copyright was licensed: "Not understood"): what a licence is,
                # a platform's among them.
                self.say(_wrap(_TERMS["licence"], "  ") + "\n")
                continue
            asked = _TERM_ASKED.search(word)
            if asked is not None and not any(c.isdigit() for c in word):
                # "whats clearview" (a trial's, "Not understood"): the word explained, in plain
                # words and with its source, and the question put again.
                self.say(_wrap(_TERMS[term_key(asked[1])], "  ") + "\n")
                continue
            if word not in ("why", "why?") and (_QUESTIONS_BACK.fullmatch(word) or (
                text.endswith("?") and _ASKED_BACK.search(word) and not any(
                    c.isdigit() for c in word))):
                # A question back ("what does that mean?", "huh?"), not an answer: the terms
                # the question uses in plain words first (a later trial's was told only which
                # class it served, in the class's words), then what it is for.
                terms = terms_in(prompt)
                rcmp = "rcmp" in prompt.lower()
                if rcmp and "request" in terms:
                    # Of the RCMP's search, a request to the RCMP (a later trial's person was
                    # told of one to Clearview, whose reply does not say whom the RCMP searched).
                    terms = [_RCMP_REQUEST if key == "request" else key for key in terms]
                if _HOW_TO_KNOW.search(word) and (rcmp or (
                        {"clearview", "database"} & set(terms) and "face" in prompt.lower())):
                    # "how do i find out?" of what Clearview holds of one's face, or of the
                    # RCMP's search (a later trial's was told what Clearview and copyright are):
                    # how, alone. Not of photographs one took: a reply does not say.
                    key = _RCMP_REQUEST if rcmp else "request"
                    told = _TERMS[key] if self.you else _OF_YOU.sub(
                        lambda said: _OF_THE_CLAIMANT[said[0]], _TERMS[key])
                    self.say(_wrap(told + " If you have no reply, answer don't know.", "  ") + "\n")
                    continue
                if _NO_WAY_TO_KNOW.search(word) and is_dont_know(text):
                    # "how would i know that lol" of when Clearview collected a photograph (a
                    # later trial's teen was given twelve lines of what the question is for):
                    # where no reply tells it, a don't know, said back as taken.
                    self.lines.append(_Line(text))
                    return text
                days = [key for key in terms if key in _DAYS]
                if days and _OF_A_DAY.search(word):
                    # "why that date?": what the day changed, alone (a later trial's person was
                    # told it, then twelve lines of the rule's citations).
                    for key in days:
                        self.say(_wrap(_TERMS[key], "  ") + "\n")
                    continue
                for key in terms:
                    self.say(_wrap(_TERMS[key], "  ") + "\n")
                self.say(_wrap(self.why, "  ") + "\n")
                continue
            if word in ("why", "why?"):
                self.say(_wrap(self.why, "  ") + "\n")
                continue
            if word in ("help", "help?"):
                self.say(_wrap(_HELP, "  ") + "\n")
                continue
            self.lines.append(_Line(text))
            return text

    def refused(self) -> None:
        """The last answer read was not taken: "back" never takes it back alone."""
        if self.lines:
            self.lines[-1].counted = False

    def ask(
        self, question: str, hint: str, parse: Any, options: str = "",
        early: Callable[[str], Any] | None = None,
    ) -> Any:
        """Ask until the answer is understood: the parsed value, or DONT_KNOW. ``options``,
        lines listing the choices, stand between the question and the prompt; ``early`` reads
        an answer before a doubt does (a value, or a value and how it was taken; None where it
        says nothing)."""
        self.questions.add(question)
        shown = textwrap.fill(
            f"[{hint}]", _HINT_WIDTH, initial_indent="  ", subsequent_indent="   ",
            break_on_hyphens=False, break_long_words=False,
        )
        # The answer is typed after the prompt: where the hint's last line leaves less than
        # half the line ("[none / from birth / since 2001 / 1988 to 1992 / don't know] > "
        # left 13 columns), "from 2010 to now" broke across lines mid-word. It then has a line
        # of its own.
        last = shown.rsplit("\n", 1)[-1]
        prompt = "\n" + _wrap(question) + "\n" + options + shown + (
            " > " if len(last) <= _ANSWER_AFTER else "\n  > "
        )
        while True:
            text = self.read(prompt)
            found = None if early is None else early(text)
            if found is not None:
                value, why = found if isinstance(found, tuple) else (found, "")
                if why and not self.replayed:
                    self.say(_wrap(f"({why}.)", "  ") + "\n")
                return value
            if is_dont_know(text):
                if not plain(text) and not self.replayed:
                    # Said back, as nothing else shows how it was taken ("not that I know of").
                    self.say("  (taken as: don't know.)\n")
                return DONT_KNOW
            value, why = parse(text)
            if value is not None:
                # How the answer was taken, where it could have been read otherwise; not of an
                # answer replayed after "back" (it was said when it was given).
                if why and not self.replayed:
                    self.say(_wrap(f"({why}.)", "  ") + "\n")
                return value
            self.refused()
            if (text.strip().endswith("?") or _ASKED_BACK.search(text.lower())) and not any(
                c.isdigit() for c in text
            ):
                # A question back ("what does that mean?"), not a date in doubt ("1990?").
                why += '; "why" tells what the question is for'
            self.say(_wrap(f"{_refusal(why)}: {why}. Please answer again.", "  ") + "\n")

    def ask_choice(
        self, question: str, choices: Iterable[Choice], in_sentence: bool = False,
        otherwise: Callable[[str], tuple[Any, str]] | None = None, known: bool = False,
        first: Callable[[str], Any] | None = None, early: Callable[[str], Any] | None = None,
    ) -> Any:
        """A choice: its options in the prompt when they fit on its line, else one a line.
        ``in_sentence``: an option may be named within a sentence (:func:`_pick`);
        ``otherwise`` reads an answer that names no option, where it can; ``known``: one the
        person cannot but know, whose hedges are manners, not doubt ("its for me i guess lol",
        of whom a claim is for, was refused to a trial's person as unsure); ``first`` reads an
        answer before the options do, taken as it says where it says anything (not None);
        ``early``, before a doubt does (:meth:`ask`)."""
        options = list(choices)
        hint = " / ".join(f"{n}) {label}" for n, (_, label, _) in enumerate(options, 1))

        def parse(text: str) -> tuple[Any, str]:
            if first is not None and (found := first(text)) is not None:
                # A value, or a value with how it was taken, said back.
                return found if isinstance(found, tuple) else (found, "")
            if known:
                text = " ".join(_MANNERS.sub(" ", text).split()) or text
            value, why = _pick(text, options, in_sentence)
            if value is None and otherwise is not None:
                other, said = otherwise(text)
                if other is not None or said:
                    return other, said  # taken, or refused with words of its own
            return value, why

        if len(hint) + len(" / don't know") <= _HINT_WIDTH - 3:
            return self.ask(question, hint + " / don't know", parse, early=early)
        listed = "".join(
            _wrap(f"{n}) {label}", "  ").replace("\n  ", "\n     ") + "\n"
            for n, (_, label, _) in enumerate(options, 1)
        )
        return self.ask(question, "a number or the words / don't know", parse, listed, early)

    def ask_yes_no(self, question: str, meaning: str = "", pointer: str = "") -> Any:
        """A yes or no; one read from a sentence is said back, and a yes with what it means
        where ``meaning`` says (a trial's "yes i took a selfie in 2015", to whether Clearview
        collected a photograph they took, was taken as Clearview's collecting it, unsaid).
        ``pointer``: the fact asked of, whose own answers are read first (_read_first)."""
        def parse(text: str) -> tuple[Any, str]:
            if (first := _read_first(pointer, text)) is not None:
                return first
            if _SAID_BEFORE.fullmatch(normalize(text)):
                # "i already said that" (a later trial's, "Not understood"): no question is
                # asked twice, so this one is another; said so, and what to answer.
                return None, _ASKED_ONCE
            value, why = parse_yes_no(text)
            sure = sure_but_of_a_date(text) if value is None and why == SURE_ONLY else None
            if sure is not None:
                # "yes, maybe 2019 or early 2020": the doubt is of the date, which this question
                # does not ask (one that does reads the date; its doubt stays refused).
                return sure, f"taken as: {'yes' if sure else 'no'}; a date is asked apart"
            if value is None and _DONT_KNOW_WITHIN.search(normalize(text)) and not any(
                c.isdigit() for c in text
            ):
                # Neither a yes nor a no, and a "don't know" within ("i heard they looked people
                # up but i don't know if they looked me up", a trial's, was not understood).
                return DONT_KNOW, "taken as: don't know"
            # Said in doubt, the doubt is told first ("probably yes, thousands of wedding photos,
            # some were on my studio website", a later trial's, was told of a group of named
            # photographs that differ, none named yet).
            if value is None and why != SURE_ONLY and (differ := _group_differs(text)) is not None:
                return differ
            if value is not None and not why:
                why = taken_as(text, value)  # "lol no", "yes like i said": said back
                if why and value and meaning:
                    why = f"{why}: {meaning}; if not, type back"
            return value, why

        return self.ask(question, "yes / no / don't know", parse)

    # -- the record

    def wording(self, fact: MissingFact) -> str:
        """The question for a fact, in plain words, to the person or about the claimant."""
        shape, field = _shape(fact.pointer)
        key = f"{shape}.{field}"
        person = 0 if self.you else 1
        if fact.pointer in _STATEMENTS:
            listed = bool(self.record.get(
                "police_uses" if fact.pointer == _USE_STATEMENT else "photographs"
            ))
            said = (_WORDS if listed else _FIRST_WORDS)[key][person]
            for bundle, readings in self.each_action():
                said = bundle.words.reword(fact.pointer, said, person, readings)
            return said
        words = _AUTHOR_WORDS.get(key) if self.author_is_claimant(fact.pointer) else None
        if fact.pointer == _NO_RIGHTS_ALSO[1] and self.no_rights:
            # "Sold, given or left to you" was answered no: the licence alone is left to ask.
            words = _LICENSED_ANY
        words = words or _WORDS.get(key)
        if words is None:  # the record's question, its items named as the person named them
            return self.in_own_words(fact.question)
        text = words[person].replace("{item}", self.item_name(fact.pointer))
        if self.dead():  # of one who has died, in the past ("has the claimant lived" read oddly)
            text = text.replace("has the claimant lived", "did the claimant live").replace(
                "has the claimant been", "was the claimant"
            )
        if field == "commissioned" and self.made_since_2012(fact.pointer):
            # Of a photograph taken since, only an order placed before 7 November 2012 matters
            # (S.C. 2012, c. 20, s. 60): a trial's person was asked it of a 2015 selfie.
            # Not "only an order placed before ... matters", which led a later trial's person,
            # who had hired the photographer in 2016, to a no, saved as never ordered.
            text += (" (Answer for any order: when it was placed is asked next, where it "
                     "matters, as only one placed before 7 November 2012 changes who owns it.)")
        lead = "Apart from the photographs named, "
        if text.startswith(lead) and not self.record.get("photographs"):
            text = text[len(lead)].upper() + text[len(lead) + 1:]  # none named: nothing apart
        return text

    def made_since_2012(self, pointer: str) -> bool:
        """Whether the photograph of a fact was taken, as answered, on or after 7 November
        2012, when former s. 13(2) of the Copyright Act ceased to apply to new orders."""
        made = self.value(f"{_item(pointer)}/made_on")
        if not isinstance(made, str):
            return False
        try:
            return DateRange.parse(made).earliest >= MODERNIZATION_IN_FORCE
        except ValueError:
            return False

    def side_wording(self, fact: MissingFact) -> str:
        """The question whether a date falls before one day: "Was photograph p1 taken before
        7 November 2012?"; for a date given roughly, with what was said."""
        shape, field = _shape(fact.pointer)
        _, when = _side(fact)
        words = _SIDE_WORDS.get(f"{shape}.{field}")
        if words is None:
            question = self.in_own_words(fact.question)
        else:
            question = words[0 if self.you else 1].replace("{when}", when).replace(
                "{item}", self.item_name(fact.pointer)
            )
        # (Not of a start known only as being by today: "a citizen now, not sure of the year"
        # gave no date to say back.)
        if fact.given_as is not None and not (
            fact.given_as.earliest == dt.date.min and fact.given_as.latest >= self.today
        ):
            what, said = self.given(fact)
            question += f" ({what}: {said}.)"
        return question

    def given(self, fact: MissingFact) -> tuple[str, str]:
        """What the person said of a date known only roughly, and its words: ("The date given",
        "2012"); of a period's start or end, where the period was said by one date, the period
        ("The period given", "in 2015"), not the end it was taken to have ("in or after 2015")."""
        assert fact.given_as is not None
        if _shape(fact.pointer) in (("period", "start"), ("period", "end")):
            period = self.value(_parent(fact.pointer))
            said = one_date_words(period) if isinstance(period, dict) else None
            if said is not None:
                return "The period given", said
        return "The date given", _said(fact.given_as)

    def searched_face_only(self) -> bool:
        """Whether the search question asked of a photograph showing the claimant's face alone,
        as declared: an action's readings may widen it (T-724-20's reading R4 to photographs
        the claimant took or holds the copyright in), and the answer then says not whose face
        the photograph shows."""
        declared = _FIRST_WORDS[".".join(_shape(_USE_STATEMENT))][0]
        return all(
            bundle.words.reword(_USE_STATEMENT, declared, 0, readings) == declared
            for bundle, readings in self.each_action()
        )

    def places_still_asked(self) -> list[str]:
        """The countries other than Canada whose periods of residence an action asked about
        still needs to decide a class."""
        claim = self.claim()
        return [
            place for bundle, readings in self.each_action() if bundle.places != ("CA",)
            for place in bundle.places if place != "CA" and any(
                fact.pointer.startswith("/claimant/residence")
                for cls in bundle.determine(claim, readings).classes for fact in cls.missing
            )
        ]

    def days_after(self) -> frozenset[dt.date]:
        """The day after each day membership is assessed on: a date turns on it as "on or
        before" the day itself, as the questions say it."""
        return frozenset(r.as_of + dt.timedelta(days=1) for _, r in self.each_action())

    def each_action(self) -> list[tuple[ActionBundle[Any, Any], Any]]:
        """Each action asked about, with its readings."""
        if isinstance(self.bundle, ActionFamily):
            return list(zip(self.bundle.bundles, self.readings.each, strict=True))
        return [(self.bundle, self.readings)]

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
        # (Of who made a transfer, and of who owned the film or card: "my dad" to both was
        # taken as someone else by a later trial's heir, who had named him the photographer.)
        kin = self.author_kin.get(_item(fact.pointer)) if any(
            o[0] == "photographer" for o in options) else None
        if kin is not None:
            # "my dad", who took the photograph, made the transfer: its photographer (a trial's
            # son, heir to his father's photographs, was taken as naming someone else); "my
            # father" too, or "dad" (a later trial's daughter said both).
            alike = kin_words(kin)
            options = [
                (v, label, (*aliases, *alike) if v == "photographer" else
                 tuple(a for a in aliases if a not in alike))
                for v, label, aliases in options
            ]
        if not self.you:
            options = [_third_person(o) for o in options]
        elif self.organisation():
            options = [_organisation(o) for o in options]
        return options

    # -- why a question is asked

    def why_for_whom(self) -> str:
        """Why whom the claim is for comes first: the words each class opens with (its first
        condition), the classes grouped by them."""
        bundles = self.bundle.bundles if isinstance(self.bundle, ActionFamily) else (self.bundle,)
        opening: dict[str, list[str]] = {}
        for bundle in bundles:
            for definition in bundle.action.classes:
                if definition.kind is ClassKind.ELIGIBILITY or not definition.criteria:
                    continue
                words = definition.criteria[0].span
                words = words[0].upper() + words[1:]
                opening.setdefault(words, []).append(short_name(definition.name))
        said = [f"\"{words}\" ({_joined(names)})" for words, names in opening.items()]
        joined = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " or " + said[-1]
        days, several = self.assessed_on()
        return (
            f"Why this question: each class begins {joined}, and a natural person must be "
            f"alive on {days}, the {'days' if several else 'day'} membership is assessed on: "
            "whom the claim is for decides which classes can reach them."
        )

    def assessed_on(self, joined: str = "or") -> tuple[str, bool]:
        """The days membership is assessed on, in words, each with its actions where they
        differ ("8 July 2020 (T-724-20, T-713-20) or 21 June 2024 (MDL-2967)": a later trial's
        person was told of 8 July 2020 alone, which is not the United States settlement's day),
        and whether there are several."""
        bundles = self.bundle.bundles if isinstance(self.bundle, ActionFamily) else (self.bundle,)
        each = getattr(self.readings, "each", (self.readings,))
        days: dict[dt.date, list[str]] = {}
        for bundle, readings in zip(bundles, each, strict=True):
            days.setdefault(readings.as_of, []).append(bundle.id)
        if len(days) == 1:
            return in_words(next(iter(days))), False
        said = [f"{in_words(day)} ({', '.join(ids)})" for day, ids in days.items()]
        return f"{', '.join(said[:-1])} {joined} {said[-1]}", True

    def bundle_of(self, class_id: str) -> ActionBundle[Any, Any]:
        """The action a class id of the determination belongs to ("T-724-20/PB" in a family)."""
        if isinstance(self.bundle, ActionFamily):
            action_id = class_id.partition("/")[0]
            return next(b for b in self.bundle.bundles if b.id == action_id)
        return self.bundle

    def why_fact(self, fact: MissingFact, determination: Determination, rebuttal: bool) -> str:
        """Which class a question serves, with the words of the class it tests, and the rule
        (the words of the action whose class it serves first: InterviewWords.why)."""
        # The words each class tests with this fact (every condition that reads it), the
        # classes that test the same words said together: "the Nationwide Class, Illinois
        # Subclass and ..., in the words ...".
        # Each condition in plain words first, then the classes that test it with the words each
        # quotes: three rounds of trials read a wall of quotations, the same condition said
        # twice where two classes quote it in words a little apart ("are or were", "were or
        # are").
        conditions: dict[str, dict[str, list[str]]] = {}  # condition -> quoted words -> classes
        serving: list[ActionBundle[Any, Any]] = []
        for cls in determination.classes:
            if cls.outcome is not Outcome.UNDETERMINED and not rebuttal:
                continue
            if not _turns_within(fact, cls.missing):
                # A date asked again more exactly serves the classes that turn on a day within
                # what was said (a trial's "why", of a date of birth asked again for whether one
                # was 18 when claiming in MDL-2967, led with whether one was alive in 2020).
                continue
            bundle = self.bundle_of(cls.class_id)
            definition = self.bundle.class_definition(cls.class_id)
            who = "a claimant" if definition.kind is ClassKind.ELIGIBILITY else "a member"
            # A label that names a reading by its number is put in words (as explain does).
            chosen = dict(self.each_action())[bundle].as_record()
            testing = [
                finding for finding in cls.findings
                if any(u.pointer == fact.pointer for u in finding.facts)
                or (rebuttal and finding.criterion in bundle.words.presumed_in
                    and fact.pointer.startswith("/photographs/"))
            ]
            for finding in testing:
                condition = name_readings(_tested(who, finding.label), bundle.action, chosen)
                quoted = name_readings(f"\"{finding.text}\"", bundle.action, chosen)
                names = conditions.setdefault(condition, {}).setdefault(quoted, [])
                if definition.name not in names:
                    names.append(definition.name)
            if testing:
                serving.append(bundle)
        served = [
            f"{condition} (" + "; ".join(
                f"the {_joined(names)}: {quoted}" for quoted, names in quotes.items()
            ) + ")"
            for condition, quotes in conditions.items()
        ]
        field = _shape(fact.pointer)[1]
        text = ("Why this question: " + "; and ".join(served) + "." if served else
                "Why this question: it serves no class any longer; it is asked so that nothing "
                "is guessed.")
        each = dict(self.each_action())
        # The rule of an action whose class the question serves; of any, when it serves none.
        for bundle in serving or list(each):
            rule = bundle.words.why.get(field)
            if rule is not None:
                as_of = in_words(each[bundle].as_of)
                said = rule.replace("{as_of}", as_of)
                # Its readings put in words, as a condition's are above (present.text).
                said = name_readings(said, bundle.action, each[bundle].as_record())
                text += f" The rule: {said}."
                break
        if rebuttal:
            text += next((b.words.presumed for b in serving or each if b.words.presumed), "")
        return text

    # -- choosing the next question

    def run(self) -> Determination:
        several = self.bundle if isinstance(self.bundle, ActionFamily) else None
        actions_asked = [b.action for b in several.bundles] if several else [self.bundle.action]
        # Each proceeding with what it is about; of several, the gist alone (the words before
        # its colon), one a line. People were asked questions with no word of what the cases
        # were about.
        bundles = several.bundles if several else [self.bundle]
        if several:
            listed = "".join(
                _wrap(f"- {b.action.id} ({b.action.court})"
                      + (f", {b.about.split(':')[0]}" if b.about else "") + ";", "  ")
                .replace("\n  ", "\n    ") + "\n"
                for b in bundles
            )
            opening = "Questions about membership in the classes of these proceedings:\n"
            opening += listed.rstrip(";\n") + ".\n"
        else:
            about = f", {self.bundle.about}" if self.bundle.about else ""
            opening = _wrap(
                f"Questions about membership in the classes of {actions_asked[0].id} "
                f"({actions_asked[0].court}){about}."
            ) + "\n"
        # An answer left open is not guessed; where an action's law presumes one instead (the
        # photographer owns the copyright: Copyright Act s. 34.1(1), reading R9), it says so here
        # and the result names what was presumed.
        presumes = any(b.words.presumed for b in bundles)
        self.say(opening + _wrap(
            "Answer \"don't know\" (or leave the answer blank) whenever "
            "you are not sure: no answer is guessed for you. "
            + ("Where the law presumes something you leave open (that whoever took a photograph "
               "owns its copyright, say), the result says so. " if presumes else "")
            + "A year or a month is enough for a date you "
            "know only roughly. Type \"back\" to return to the previous question, \"why\" to "
            "learn what a question is for, \"quit\" to stop and see the result so far."
        ) + "\n")
        stopped = False
        while True:
            try:
                self.conduct()
                break
            except _Back:
                self.rewind()
            except _EndOfAnswers as end:
                stopped = end.stopped
                self.say(
                    "\n\nYou stopped: the determination below uses the answers given so far.\n"
                    if end.stopped else
                    "\n\nNo more answers: the determination below uses what is known.\n"
                )
                break
        claim = self.claim()
        determination = self.bundle.determine(claim, self.readings)
        if stopped:
            self.say(self.presumed_so_far(claim, determination))
        self.say(self.presumed_of_unknowns(claim, determination))
        if self.you:
            self.say('\nThe result, as for any claim record: "the claimant" below is you.\n')
        # On one screen, as `classaction explain` shows a record; every rule: explain --full.
        decided = (
            list(zip(actions_asked, several.determinations(claim, self.readings), strict=True))
            if several else [(actions_asked[0], determination)]
        )
        said = render_several(decided, claim, width=79, render=self.closing, in_short=True,
                              words=_plainly)
        # What each action's part ends with, the pointer to the readings and the record's digest,
        # once at the end: the same for every action, it was said three times over.
        for _, each in decided:
            said = said.replace(wrap("\n".join(record_footer(each)), 79) + "\n", "")
        footer = wrap("\n".join(
            record_footer(determination, [a.id for a, _ in by_standing(decided)])
        ), 79)
        # (An action said in short has none: given once, at the end, whatever the parts.)
        said = re.sub(r"\n{3,}", "\n\n", said.rstrip("\n") + "\n\n" + footer + "\n")
        # What a "member" here is, and is not: people who had found they were members of a
        # class could not tell what it meant for them, or what to do next.
        # The proceeding that most concerns the person first, as the result shows them.
        first, *rest = [a.id for a, _ in by_standing(decided)]
        whom = "you" if self.you else "the claimant"
        meaning = _wrap(
            f"What this result is: whether the words of each class describe {whom}, on the "
            f"answers given. It files nothing and joins {whom} to nothing. Where "
            + (f"each proceeding stands, and what it asks for or pays, is on its page ({first}'s "
               f"below; likewise {_joined(rest)}):" if rest else
               "the proceeding stands, and what it asks for or pays:")
        ) + f"\n  classaction action --action {first}"
        # The standing again, last: on a 50-line terminal the result's top, where it is said
        # first, had scrolled away by the end of some ninety lines (a trial's person).
        recap = ""
        if len(decided) > 1:
            recap = "\n".join(standing_lines(
                decided, 79, "In short, the standing in each proceeding (as at the top):",
                claim, why_paid=True,
            )) + "\n"
            since = [a.id for a, d in by_standing(decided) if died_since(d, claim)]
            if since:
                # A trial's daughter read "member" of her late mother at the end, the caveat
                # said only in the middle of the result.
                recap += _wrap(
                    f"The claimant died after the day the classes of {_joined(since)} are read "
                    "on: the sources held do not say who may claim for a member who has since "
                    "died.", "  ",
                ) + "\n"
            recap += "\n"
        company = self.value("/claimant/kind") == "legal"
        held = [fact.pointer for d in (d for _, d in decided) for cls in d.classes
                for fact in cls.missing
                if fact.pointer.endswith(_RIGHTS_COLLECTED if company else _HELD_BY_CLEARVIEW)]
        if held and company:
            # A later trial's company, asked whether Clearview collected a photograph whose
            # rights it holds, answered "no idea, how would we know" and was told nothing of
            # it. Only Clearview knows; that is what the companion action turned on (BRIEF
            # section 7; seeds/t-713-20.json, sources fc-2023-1612 and fca-2025-133). A
            # company's photographs are not personal information about it: the request the
            # next words name is a person's.
            recap += _wrap(
                "Whether Clearview collected a photograph whose rights you hold is left open "
                "above, and only Clearview knows what it collected. In T-713-20 the Federal "
                "Court refused to certify the class because its members could not tell that "
                "they were in it, nor Clearview from its records (Ha Vi Doan v. Clearview Inc., "
                "2023 FC 1612, 30 November 2023); the Federal Court of Appeal held that asking "
                "Clearview whether one's photographs are in its database does not make the "
                "action opt-in, and sent the motion back (Doan v. Clearview AI Inc., 2025 FCA "
                "133, 16 July 2025). The sources held do not say how it was then decided.", "  ",
            ) + "\n\n"
        elif held:
            # Whether Clearview holds a photograph of the person was the fact most left open,
            # and a trial's person, who posted on Facebook, did not know how to learn it: one
            # may ask an organisation for the personal information it holds (PIPEDA, Schedule
            # 1, principle 4.9), and Clearview was found bound by that Act (news report
            # "Mounties messed up by using Clearview AI ...", 2021: seeds 003_c3bedb0a33b6a91c.txt).
            whose = "you" if self.you else "the claimant"
            recap += _wrap(
                f"Whether Clearview holds a photograph of {whose} is left open above. Canada's "
                "private-sector privacy law lets a person ask an organisation for the personal "
                "information it holds about them (PIPEDA, Schedule 1, principle 4.9): a reply "
                "from Clearview AI to such a request would answer it.", "  ",
            ) + "\n\n"
        recap += self.if_clearview_held(decided, claim)
        searched = any(
            fact.pointer == _USE_STATEMENT or fact.pointer.startswith("/police_uses/")
            for _, d in decided for cls in d.classes for fact in cls.missing
        )
        if searched and not company:
            # A later trial's son, whose mother's Targeted Individuals class was left open on
            # the RCMP's search, was pointed to a request to Clearview alone: the RCMP answers
            # for its own searches (Privacy Act, R.S.C. 1985, c. P-21, s. 12(1), a right of
            # access to one's personal information held by a federal institution, the RCMP
            # among them; s. 22, what may be withheld for law enforcement).
            whose = "you" if self.you else "the claimant"
            recap += _wrap(
                f"Whether the RCMP searched Clearview's service with a photograph of {whose} is "
                "left open above. Canada's Privacy Act lets a person ask a federal institution, "
                "the RCMP among them, for the personal information it holds about them (Privacy "
                "Act, R.S.C. 1985, c. P-21, s. 12(1)): its reply may say, though some of it may "
                "be withheld, as for an investigation (s. 22).", "  ",
            ) + "\n\n"
        died = self.value("/claimant/died_on")
        read_on = [d.as_of for _, d in decided if actions.get(d.action).words.presumed_in]
        if not self.you and self.value("/claimant/deceased") is True and not (
            isinstance(died, str) and read_on
            and all(DateRange.parse(died).earliest >= day for day in read_on)
        ):
            # Not of one who died on or after the day the copyright classes are read on (a
            # later trial's daughter, whose father died in 2021, was sent to answer again as
            # "me", and found she held nothing on 8 July 2020): he held his rights that day.
            # A trial's son, answering for his late mother, read "not a member" of every class
            # and no word of his own standing: copyright she held passed with her estate (law of
            # succession; moral rights, Copyright Act s. 14.2(2): law/copyright.py, SUCCESSION),
            # and an heir who holds it is a claimant in his own right, asked as "me".
            recap += _wrap(
                "Copyright the claimant still held when they died (in photographs they took, "
                "say) passed to their heirs. An heir may be a member in their own right: answer "
                "the questions again as \"me\", and name those photographs.", "  ",
            ) + "\n\n"
        employed = [photo for photo in self.record.get("photographs", [])
                    if photo.get("made_in_course_of_employment") is True
                    and photo.get("employer") != "claimant"]
        if employed and self.you and not self.organisation():
            # A later trial's wedding photographer, whose one-person company employed him, read
            # the copyright classes not met and no word of the company: the copyright of a
            # photograph taken as an employee is the employer's (Copyright Act s. 13(3)), and
            # an employer is a claimant in its own right (the classes' "legal persons").
            recap += _wrap(
                "The copyright in a photograph taken as an employee, for the job, belongs to the "
                "employer unless agreed otherwise (Copyright Act, s. 13(3)); the photographer "
                "keeps the moral rights. If the employer was a company of your own, it may be a "
                "member in its own right: answer the questions again for it, as a company or "
                "other organisation.", "  ",
            ) + "\n\n"
        otherwise = self.read_otherwise(decided, claim)
        self.say("\n" + said.rstrip("\n") + "\n\n" + recap + otherwise + meaning + "\n\n")
        return determination

    def if_clearview_held(self, decided: Sequence[tuple[Any, Determination]], claim: Any) -> str:
        """The classes a yes to what only Clearview knows would make the claimant a member of,
        on the other answers given: a photograph of the face it held, or one the claimant took
        (:data:`_IF_HELD`). A later trial's photographer, who could not know whether Clearview
        collected his wedding photographs, was left with "Does the claimant hold copyright or
        moral rights in a photograph collected by Clearview?", and no word that a yes would make
        him a member; that no one could tell whether they were in the class is why T-713-20's
        was not certified (2023 FC 1612). Each outcome is the library's own, with the statements
        at the pointers answered yes (ActionBundle.what_if)."""
        before = {
            (d.action, c.class_id): c.outcome for _, d in decided for c in d.classes
        }
        missing = {
            fact.pointer for _, d in decided for c in d.classes
            if c.outcome is Outcome.UNDETERMINED for fact in c.missing
        }
        names = {(d.action, c.class_id): c.name for _, d in decided for c in d.classes}
        said = ""
        for fields, condition in _IF_HELD:
            answers = {f"/statements/{field}": True for field in fields
                       if f"/statements/{field}" in missing}
            if not answers:
                continue
            became: list[str] = []
            for bundle, readings in self.each_action():
                for class_id, outcome in bundle.what_if(claim, answers, readings).items():
                    key = (bundle.id, class_id)
                    if outcome is Outcome.MEMBER and before.get(key) is Outcome.UNDETERMINED:
                        became.append(f"the {names[key]} ({bundle.id})")
            if became:
                whose = ("your", "you") if self.you else ("their", "they")
                said += _wrap(
                    f"If Clearview {condition.format(whose=whose[0], who=whose[1])}, "
                    f"{whose[1]} would be a member of {_joined(became)}, on the other answers "
                    "given.", "  ",
                ) + "\n\n"
        return said

    def read_otherwise(self, decided: Sequence[tuple[Any, Determination]], claim: Any) -> str:
        """The points the class definitions leave open that, read the other way, would make
        the claimant a member of a class, or not one, in words, each with what it changes: as
        ``explain`` ends with them. A trial's person, whose selfie was posted on Instagram (a
        licence that is not exclusive), read that she had licensed her copyright, and never
        learnt that T-713-20's class, read as counting only an exclusive licence (reading R11),
        would take her in. Not a class that would only be left open rather than not met, nor
        the presumptions (R9), which the result says as it goes, photograph by photograph; a
        point several proceedings leave open alike (what proves a fact) is said once."""
        said: dict[tuple[str, str, str], list[str]] = {}
        ids: dict[tuple[str, str, str], list[str]] = {}
        several = len(decided) > 1
        bases = self.readings.each if isinstance(self.readings, FamilyReadings) else (self.readings,)
        for (action, determination), base in zip(decided, bases, strict=True):
            bundle = actions.get(action.id)
            specs = {spec.id: spec for spec in action.readings}
            strict = bundle.strict(base)
            tried = [a for a in alternative_readings(base, action, bundle) if a.readings != strict]
            before = {cls.class_id: cls for cls in determination.classes}
            for alternative, after in zip(
                tried, bundle.compare_many(claim, base, [a.readings for a in tried]), strict=True
            ):
                # An eligibility is said eligible or not ("undetermined instead of member" of
                # one read to a later trial's person as a class).
                words = {
                    cid: _ELIGIBLE_WORDS if action.class_definition(cid).kind is ClassKind.ELIGIBILITY
                    else _OUTCOME_WORDS for cid in before
                }
                moved = [
                    f"{short_name(before[cid].name)}{f' ({action.id})' if several else ''}: "
                    f"{words[cid][outcome]} instead of {words[cid][before[cid].outcome]}"
                    for cid, outcome in after.items() if outcome is not before[cid].outcome
                    and Outcome.MEMBER in (outcome, before[cid].outcome)
                ]
                if not moved:
                    continue
                spec = specs[alternative.reading]
                default = spec.in_words(str(base.as_record().get(spec.name, spec.default)))
                key = (spec.question, default, spec.in_words(alternative.value))
                said.setdefault(key, []).extend(moved)
                ids.setdefault(key, []).append(spec.id)
        if not said:
            return ""
        lines = [
            textwrap.fill(
                _plainly(f"{question} Read as: {default}. Read instead as: {other}. Then: "
                         f"{'; '.join(moved)} (reading {', '.join(dict.fromkeys(ids[key]))})."),
                _WIDTH, initial_indent="  - ", subsequent_indent="    ",
                break_long_words=False, break_on_hyphens=False,
            )
            for key, moved in said.items() for question, default, other in [key]
        ]
        return _wrap(
            "Points the class definitions leave open, read another way, would change whether "
            f"{'you are' if self.you else 'the claimant is'} a member (a court may settle them "
            "either way):"
        ) + "\n" + "\n".join(lines) + "\n\n"

    def presumed_so_far(self, claim: Any, determination: Determination) -> str:
        """Of an interview stopped before its end, the classes decided only by what the law
        presumes of a fact not yet asked (reading R9): answering could change them. A trial's
        son typed "quit" and read NOT A MEMBER, resting on a photograph presumed not ordered,
        which the next question would have asked."""
        # What the interview would still ask to rebut a presumption (not a fact answered "don't
        # know", nor one that could change no outcome): the classes it serves.
        open_ = self.presumed_classes(
            claim, determination,
            lambda rebuttable: {fact.pointer for fact in self.rebuttals(claim, rebuttable)[1]}.__contains__,
        )
        if not open_:
            return ""
        return _wrap(
            "Some outcomes below rest on what the law presumes where an answer is missing (that "
            "whoever took a photograph owns its copyright, say), and questions that could "
            f"change them were still to come: {_joined(open_)}."
        ) + "\n"

    def presumed_of_unknowns(self, claim: Any, determination: Determination) -> str:
        """The classes decided only by what the law presumes of a fact answered "don't know"
        (reading R9): a later trial's person answered "dont know" whether a headshot's
        copyright came to them, read NOT A MEMBER, resting on "the copyright was never
        transferred", and no question left open; the presumption was said only inside the
        photograph's account, and the list of points read another way leaves R9 out."""
        open_ = self.presumed_classes(
            claim, determination, lambda _: self.left_unknown,
        ) if self.skipped else []
        if not open_:
            return ""
        return "\n" + _wrap(
            f"{_joined(open_)}: decided on what the law presumes where an answer is missing "
            "(that whoever took a photograph owns its copyright, say), for a question "
            f"{'you' if self.you else 'the person answering'} answered \"don't know\". If "
            "you learn the answer, answering again could change that outcome; the result "
            "says, photograph by photograph, what was presumed."
        ) + "\n"

    def presumed_classes(
        self, claim: Any, determination: Determination,
        facts: Callable[[Determination], Callable[[str], bool]],
    ) -> list[str]:
        """The classes (named) whose outcome, with nothing presumed (reading R9 strict), would
        be left open on a fact that ``facts`` (of that strict determination) picks."""
        if self.strict is self.readings:
            return []
        rebuttable = self.bundle.determine(claim, self.strict)
        picked = facts(rebuttable)
        return [
            cls.name + (f" ({cls.class_id.partition('/')[0]})" if "/" in cls.class_id else "")
            for cls, strict in zip(determination.classes, rebuttable.classes, strict=True)
            if cls.outcome is not strict.outcome and strict.outcome is Outcome.UNDETERMINED
            and any(picked(fact.pointer) for fact in strict.missing)
        ]

    def left_unknown(self, pointer: str) -> bool:
        """Whether a fact was answered "don't know": a photograph's transfers too where
        whether any of its copyright came to the claimant was (asked first: granted_first)."""
        return pointer in self.skipped or (
            pointer.endswith("/transfers")
            and f"{_item(pointer)}/granted_to_claimant" in self.skipped
        )

    def closing(
        self, determination: Determination, action: Any, claim: Any, width: int | None
    ) -> str:
        """An action's part of the closing explanation: as ``classaction explain`` shows the
        record, in the interview's words (:meth:`in_own_words`), then wrapped."""
        # Not "classaction explain --full", which needs a file: the interview ends with that
        # command for the file it saved, or says how to keep the answers (cmd_interview).
        said = render_summary(determination, action, claim, None).replace(RULES_AND_SOURCES, "")
        return wrap(_plainly(self.in_own_words(said)), width)

    def conduct(self) -> None:
        self.for_whom()
        while True:
            chosen = self.next_fact(self.claim())
            if chosen is None:
                return
            fact, self.why = chosen
            self.turn(fact)

    def author_born_by(self, photo: str) -> str:
        """The photographer's birth as far as the photograph tells it: by the last day it could
        have been taken ("../2015-12-31"), so that a period "from birth" still going on is
        taken (a trial's "from birth", offered by the question, was refused: the date of birth
        not known); where when it was taken is not known, by today (a later trial's was refused
        so, of a photograph whose date was not known)."""
        today = f"../{self.today.isoformat()}"
        made = self.value(f"{photo}/made_on")
        if not isinstance(made, str):
            return today
        try:
            latest = DateRange.parse(made).latest
        except ValueError:
            return today
        return today if latest == dt.date.max else f"../{min(latest, self.today).isoformat()}"

    def rewind(self) -> None:
        """Go back one question: start again, and replay every answer but the last one taken."""
        counted = [n for n, line in enumerate(self.lines) if line.counted]
        if counted:
            kept = self.lines[:counted[-1]]
            # Nor the answers refused just before it: replayed, they told a trial's person "Not
            # understood" again on going back, for words typed long before.
            while kept and not kept[-1].counted:
                kept.pop()
            # With the answer taken back: a trial's person, back at a question, had to remember
            # what she had typed.
            last = " ".join(self.lines[counted[-1]].text.split())
            # An empty line, not "left it blank": after the empty line that ends a list, a later
            # trial's person read that as a question skipped.
            said = f'you had answered "{last}"' if last else "your answer was an empty line"
            self.say(_wrap(f"Back to the previous question ({said}).", "  ") + "\n")
        else:
            kept = self.lines
            self.say("  There is no earlier question.\n")
        self.replay = [line.text for line in kept]
        self.lines = []
        self.start()
        self.muted, self.held = True, ""

    def for_whom(self) -> None:
        self.asked.append("/claimant/kind")
        answer = self.ask_choice(
            "Whom is this claim for?", _FOR_WHOM, in_sentence=True, known=True,
            first=lambda text: _heir_or_dead(text) or _own_business(text) or _kin_first(text)
            or _me_aged(text),
        )
        if answer == _INCORPORATED_ASKED:
            # Whose the claim is turns on it: a company's is its own; a business run in one's
            # own name is its owner's, who may be in the classes of natural persons too.
            answer = self.ask_choice(
                "Is the business incorporated (a company, with Inc., Ltd. or Corp. after its "
                "name), or do you run it in your own name?", _INCORPORATED, in_sentence=True,
                known=True,
            )
            if answer == "me":
                self.say("  The claim is yours: a business that is not incorporated is, in law, "
                         "its owner.\n")
        if answer is DONT_KNOW:
            self.skipped.add("/claimant/kind")
            self.you = False
            return
        claimant = self.record.setdefault("claimant", {})
        if answer == "legal":
            claimant["kind"] = "legal"
            self.say("  The questions below say \"you\" for the organisation.\n")
            return
        said = self.lines[-1].text if self.lines else ""
        if answer == _HEIR_OR_DEAD_ASKED:
            # "its about my dads photos, he passed away a few years back" (a trial's son, taken
            # as a claim for his father, who could hold nothing after his death, and told to
            # start again as "me" only at the end): whose claim it is, asked.
            answer = self.ask_choice(
                "Is the claim yours, as one who may now hold rights in those photographs (an "
                "heir, say), or theirs, for the person who died?",
                _HEIR_OR_DEAD, in_sentence=True, known=True,
            )
            if answer is DONT_KNOW:
                answer = "dead"
            died = _kin_named(normalize(said))
            if answer == "me" and died:
                self.kin_died = (died, self.death_said(said))
        claimant["kind"] = "natural"
        # Someone alive now is answering, or being answered for: not dead.
        claimant["deceased"] = answer == "dead"
        if answer == "dead":
            # "its for my mom, she passed away in 2021" (a later trial's): the date kept, not
            # asked again, and said back; of the first answer, where whose claim it is was
            # asked after it.
            self.yes_dated("/claimant/deceased", said)
        self.you = answer == "me"
        kin = _KIN.search(normalize(said)) if not self.you else None
        self.claimant_kin = kin[0] if kin else ""
        elder = _ELDER_KIN.search(normalize(said)) if not self.you else None
        self.elder = f"your {elder[1]}" if elder else ""
        if not self.you:
            self.say("  The questions below call that person \"the claimant\".\n")
        # (Of one answering for themselves too: "me, im 16", a later trial's teen.)
        aged = _AGE.search(normalize(said)) if answer in ("living", "me") else None
        if aged is not None:
            # "my son hes 15" (a later trial's parent, then asked whether he was born by 8 July
            # 2020): the age said is a date of birth, as at the question that asks it.
            born, why = parse_date(aged[0], self.today, age=True)
            if born is not None and self.answer("/claimant/born_on", born.text):
                self.say(_wrap(f"({why}, from the age said; if not, type back.)", "  ") + "\n")

    def turn(self, fact: MissingFact) -> None:
        pointer = fact.pointer
        left_open = self.left_open_as(pointer)
        if left_open:
            # The same question to a person as one answered "don't know": not asked again in
            # other words, and the person is told so.
            self.skipped.add(pointer)
            if pointer == _FACE_STATEMENT:
                listed = frozenset(p["id"] for p in self.record.get("photographs", []))
                self.said[pointer] = (DONT_KNOW, listed)
            if left_open not in self.notes:  # two such facts said it twice, line after line
                self.notes.add(left_open)
                self.say(_wrap(f"({left_open})", "  ") + "\n")
            return
        if pointer in _STATEMENTS:
            self.asked.append(pointer)
            self.ask_statement(fact)
            return
        if self.same_photographer(pointer):
            return
        if _shape(pointer) == ("transfer", "on"):
            self.kin_death(_item(pointer))  # the photographer's death, dating an inheritance
        implied = self.implied(fact)
        if implied is DONT_KNOW:
            self.skipped.add(pointer)
            return
        if implied is not None and self.answer(pointer, implied):
            self.inferred.add(pointer)
            if pointer == "/claimant/born_on" and self.you:
                # Said once, so that the date in the result is not a surprise.
                days, several = self.assessed_on("and")
                self.say(_wrap(
                    f"(You answer for yourself: you were alive on {days}, the "
                    f"{'days' if several else 'day'} membership is assessed on. That is not "
                    "asked.)", "  ",
                ) + "\n")
            elif pointer == "/claimant/born_on" and self.elder and self.first_period_start() is None:
                self.say(_wrap(
                    f"(The claimant is {self.elder}, so was born before you, and by "
                    f"{in_words(self.readings.as_of)}, the day membership is assessed on. "
                    "That is not asked.)", "  ",
                ) + "\n")
            elif _shape(pointer) == ("transfer", "on"):
                # An inheritance on the photographer's death, given (Answers.succession_on): made
                # by the photographer, which is then not asked either.
                by = _parent(pointer) + "/by"
                if self.value(by) is None and self.answer(by, "photographer"):
                    self.inferred.add(by)
                died = _said_when(DateRange.parse(str(implied)))
                self.say(_wrap(
                    f"(Inherited from the photographer, so on their death: {died}, as said. "
                    "That is not asked; if it is not so, type back.)", "  ",
                ) + "\n")
            elif pointer == "/claimant/born_on":
                first = self.first_period_start()
                self.say(_wrap(
                    f"(The claimant lived in or was a citizen of a country by "
                    f"{in_words(first) if first else 'then'}: born by then. That is not asked.)",
                    "  ",
                ) + "\n")
            return
        self.focus = _item(pointer)
        self.asked.append(pointer)
        if self.started_at_birth(fact):
            self.ask_start_at_birth(fact)
            return
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
            said = self.ask_yes_no(self.wording(fact), pointer=pointer)
            self.take(pointer, said)
            if said is True:
                self.yes_dated(pointer)
                if _shape(pointer) == ("photograph", "commissioned") and self.lines and \
                        _OTHERS_PAID.search(normalize(self.lines[-1].text)):
                    # Its clients, a couple, named as who ordered it: someone else, not asked
                    # again ("Who ordered and paid for it?").
                    self.answer(f"{_item(pointer)}/commissioner", "other")
            elif said is False and _shape(pointer) == ("photograph", "claimant_face_appears"):
                self.behind_the_camera(pointer)
        elif _shape(pointer) == ("photograph", "author") and self.organisation():
            self.ask_organisation_author(fact)
        elif fact.kind is FactKind.CHOICE and self.choices(fact):
            # Said in a sentence: the one option whose words it holds (_IN_SENTENCE).
            chosen = self.ask_choice(
                self.wording(fact), self.choices(fact),
                in_sentence=_shape(pointer) in _IN_SENTENCE,
                # "no idea, whatever facebook terms say" says what the grant was, its doubt
                # notwithstanding (_platform_terms).
                early=_platform_terms if _shape(pointer) == ("transfer", "extent") else None,
                first=_use_allowed if _shape(pointer) == ("transfer", "kind") else
                _business_owned if self.you and _shape(pointer) == ("photograph", "negative_owner")
                else (
                    (lambda text: _authors_differ(text) or self.kin_took(text))
                    if not self.you and _shape(pointer) == ("photograph", "author")
                    else (lambda text: _took_together(text) or _authors_differ(text)
                          or _i_was_the_photographer(text))
                    if _shape(pointer) == ("photograph", "author") else None),
                otherwise=_another_took if self.you and _shape(pointer) == (
                    "photograph", "author") else None,
            )
            self.take(pointer, chosen)
            said = normalize(self.lines[-1].text) if self.lines else ""  # the answer taken
            if _shape(pointer) == ("transfer", "kind") and chosen == "assignment" and \
                    _SOLD.search(said) and not _OF_COPYRIGHT.search(said):
                # "i sold it to them, they paid me 50 bucks" (a trial's photographer) is often a
                # licence to print, not the copyright sold: said, as it changes the result.
                self.say(_wrap(
                    "(If only permission to use the photograph was sold, not its copyright, type "
                    "back and choose a licence.)", "  ",
                ) + "\n")
            if _shape(pointer) == ("photograph", "negative_owner") and chosen == "other" and \
                    self.you and _A_TRADE.search(said) and _business_kind(said) == "company":
                # The person's company, said to own the film or card: a legal person.
                self.answer(f"{_item(pointer)}/negative_owner_kind", "legal")
            if _shape(pointer) == ("photograph", "author") and chosen == "claimant" and \
                    self.you and _took_together(said) is not None:
                self.answer(f"{_item(pointer)}/joint_authorship", True)
                self.answer(f"{_item(pointer)}/coauthor", "other")
            if _shape(pointer) == ("photograph", "author") and chosen == "other":
                kin = _KIN.search(said)
                bare = _BARE_KIN.match(said)
                if kin is not None:
                    self.author_kin[_item(pointer)] = kin[0]
                elif bare is not None:
                    # "dad again" (a later trial's heir, of a second photograph): "my dad".
                    self.author_kin[_item(pointer)] = f"my {bare[1]}"
                item = _item(pointer)
                if self.you and _I_HIRED.search(said) and \
                        self.answer(f"{item}/commissioned", True):
                    # "a photographer i hired" (a later trial's, then asked whether anyone
                    # ordered and paid for it, and led by the question's words to a no): an
                    # order and a payment (former s. 13(2)), as an organisation's "hired" is.
                    self.answer(f"{item}/commissioner", "claimant")
                    self.say(_wrap(
                        "(and ordered and paid for by you: when you ordered it is asked "
                        "where it matters; if not, type back.)", "  ",
                    ) + "\n")
        elif fact.kind is FactKind.LIST and _shape(pointer)[1] == "payment_claims":
            self.ask_payment_claims(fact)
        elif fact.kind is FactKind.LIST and _shape(pointer)[1] == "transfers" and \
                self.granted_first(pointer):
            granted = f"{_item(pointer)}/granted_to_claimant"
            self.asked.append(granted)
            question = self.wording(attrs.evolve(fact, pointer=granted))
            if self.disowned(pointer):
                # "Sold, given or left to you" was answered no of it: the licence alone is left.
                question = _LICENSED[0 if self.you else 1].format(item=self.item_name(pointer))
                if not self.said.get(_RIGHTS_STATEMENT, (None, frozenset()))[1]:
                    # Said when no photograph was named: "no photograph", not "no other" (a
                    # trial's person had named none then).
                    question = question.replace("no other photograph", "no photograph")
            answer = self.ask_yes_no(question, pointer=granted)
            if answer is DONT_KNOW:
                self.skipped.add(granted)
            else:
                self.answer(granted, answer)
        elif fact.kind is FactKind.LIST and _shape(pointer)[1] == "transfers":
            # A Creative Commons licence said before ("yes my flickr pics, theyre cc-by") is
            # one of the licences counted here, whatever the count's own words.
            licensed = any(_CREATIVE_COMMONS.search(normalize(line.text)) for line in self.lines)

            came = self.value(f"{_item(pointer)}/granted_to_claimant") is True

            def counted(text: str) -> tuple[Any, str]:
                nonlocal licensed
                count, why = _count_of_grants(text, licensed)
                if count == 0 and came:
                    # Said after a yes to whether some of it came to the person: the record
                    # would say both, and be refused as inconsistent, in its own words ("true,
                    # but the photograph's transfers are listed as none").
                    return None, _NONE_AFTER_GRANT[0 if self.you else 1]
                if why == _CC_COUNTS:
                    licensed = False  # told once: a "none" said again stands (another photograph's)
                if came and count == 1 and why.startswith(_CC_TAKEN):
                    # "they were creative commons on flickr does that count", after "yes i
                    # inherited everything" (a later trial's son): the licence was taken as the
                    # one transfer, then replaced by the inheritance. Both are counted.
                    return None, _CC_AND_GRANT[0 if self.you else 1]
                return count, why

            question = self.wording(fact)
            if came:  # said to have passed to them: "if never" is not asked
                question = question.replace(" (If never, answer none.)", "")
            hint = "how many: 1, 2 ... / don't know" if came else \
                "none, or how many: 1, 2 ... / don't know"
            count = self.ask(question, hint, counted)
            if count is DONT_KNOW:
                self.skipped.add(pointer)
            elif self.answer(pointer, [{} for _ in range(count)]) and count:
                # "May": none follows where none can change the result (a later trial's
                # photographer was told some would, and none came).
                self.say("  Questions about the transfers may follow, the earliest first, where they\n"
                         "  can still change the result.\n")
                said = " ".join(normalize(line.text) for line in self.lines[-2:])
                if count == 1 and _INHERITED.search(said) and not _NOT_INHERITED.search(said):
                    # "just once, when he died it came to me", after "he left everything to me
                    # in his will" (a later trial's daughter, then asked what kind of transfer
                    # it was): one transfer, by inheritance; said back, and "back" undoes it.
                    kind, to = f"{pointer}/0/kind", f"{pointer}/0/to"
                    if self.answer(kind, "succession"):
                        self.inferred.add(kind)
                        mine = _TO_ME.search(said) is not None and self.answer(to, "claimant")
                        if mine:
                            self.inferred.add(to)
                        whom = (" to you" if self.you else " to the claimant") if mine else ""
                        self.say(_wrap(f"(taken as: an inheritance on a death (a succession)"
                                       f"{whom}; if not, type back.)", "  ") + "\n")
        elif pointer == "/claimant/residence" and "CA" not in self.bundle.places:
            # Only periods elsewhere matter to the actions asked about: asked there, and the list
            # is then complete for those countries alone.
            self.skipped.add(pointer)
            for place in self.bundle.places:
                self.ask_residence_abroad(place)
        elif fact.kind is FactKind.LIST and _shape(pointer)[1] in _PERIOD_LISTS:
            if pointer.startswith("/photographs/"):
                # A photograph's author's periods: the author's birth and death, not the
                # claimant's (a trial's company was asked its own date of birth of its
                # photographer's "always").
                photo = pointer.rsplit("/", 1)[0]
                author_born: Any = self.author_born_by(photo)
                born: Callable[[], Any] = lambda: author_born  # noqa: E731
                birth, dead = None, self.value(f"{photo}/author_deceased") is True
            else:
                # Read at each answer: a date of birth asked for one answer "from birth" that
                # was then refused is kept for the next (a trial's person was asked it twice).
                born = functools.partial(self.value, "/claimant/born_on")
                birth, dead = self.ask_birth, self.dead()
            citizenship = _shape(pointer)[1] in ("citizenship", "author_citizenship")
            periods = self.ask(
                self.wording(fact), PERIODS_PROMPT,
                lambda text: (None, _A_MOVE_IS_NOT_CITIZENSHIP)
                if citizenship and _MOVED_HERE.search(normalize(text)) else _in_canada_beside(
                    text, lambda said: parse_periods(said, self.today, born(), birth, dead)
                ),
            )
            if isinstance(periods, list):
                # Each of these lists is asked of Canada: the record says so, and an explanation
                # then says "in Canada", not that a period naming no country is taken to be there.
                periods = [self.lived({**period, "country": "CA"}) for period in periods]
            self.take(pointer, periods)
            self.periods_given()
            if periods is DONT_KNOW and pointer == "/claimant/residence":
                # Not knowing one's years in Canada says nothing of those elsewhere: an action
                # that asks of another country (MDL-2967, of the United States) still asks.
                for place in self.places_still_asked():
                    self.ask_residence_abroad(place)
        else:  # a kind of fact this interview does not know: left unknown, said so
            unanswerable = f"({fact.question} cannot be answered here; it stays unknown.)"
            self.say(_wrap(unanswerable, "  ") + "\n")
            self.skipped.add(pointer)

    def granted_first(self, transfers: str) -> bool:
        """Whether, of a photograph someone else took, whether any of its copyright came to the
        claimant is still to be asked before its transfers: what a person knows, where its every
        transfer is not (a trial's person, asked how many times a LinkedIn headshot's copyright
        had passed, could only say "no idea"). Its transfers are asked after a yes, where a
        class still needs them."""
        granted = f"{_item(transfers)}/granted_to_claimant"
        return self.value(f"{_item(transfers)}/author") == "other" and \
            self.value(granted) is None and granted not in self.skipped

    def dead(self) -> bool:
        """Whether the claim is for a person who has died."""
        return self.record.get("claimant", {}).get("deceased") is True

    def lived(self, period: dict[str, Any]) -> dict[str, Any]:
        """A period as lived: of a claimant who has died, one said to go on ("all her life",
        "since 1970") ended at the death, its day where known (a trial's result said "still
        going on" of a woman who died in 2021)."""
        claimant = self.record.get("claimant", {})
        if not period.get("ongoing") or not self.dead():
            return period
        ended = {key: value for key, value in period.items() if key != "ongoing"}
        if isinstance(claimant.get("died_on"), str):
            ended["end"] = claimant["died_on"]
        return ended

    def organisation(self) -> bool:
        """Whether the claim is an organisation's, answered for by it."""
        return self.you and self.record.get("claimant", {}).get("kind") == "legal"

    def ask_organisation_author(self, fact: MissingFact) -> None:
        """Who took a photograph, asked of an organisation: it takes none itself, its staff do.
        One of its employees at work is an employee's photograph made in the course of
        employment, whose first owner is the employer (Copyright Act s. 13(3)): the record says
        so (someone else took it, in the course of employment, for the claimant); the agreement
        to the contrary that s. 13(3) allows is asked where it could change an outcome."""
        # Said in a sentence too ("a guy we hired", "we paid a photographer to come in": a later
        # trial's bakery, each "Not understood").
        chosen = self.ask_choice(self.wording(fact), _ORGANISATION_AUTHOR, otherwise=_answerer_took,
                                 in_sentence=True)
        if chosen is DONT_KNOW:
            self.skipped.add(fact.pointer)
            return
        if self.answer(fact.pointer, "other") and chosen == "staff":
            item = _item(fact.pointer)
            self.answer(f"{item}/made_in_course_of_employment", True)
            self.answer(f"{item}/employer", "claimant")
        elif chosen == "hired":
            # Ordered and paid for by the organisation (the record's commission; when it was
            # ordered is asked where it matters).
            item = _item(fact.pointer)
            self.answer(f"{item}/commissioned", True)
            self.answer(f"{item}/commissioner", "claimant")
            said = normalize(self.lines[-1].text) if self.lines else ""
            if _SELF_EMPLOYED.search(said) and \
                    self.answer(f"{item}/made_in_course_of_employment", False):
                # "a freelancer we hired for the day" (a later trial's bakery, then asked whether
                # she took it as someone's employee: "no shes a freelancer, i said that"): one
                # who works for herself is no one's employee (s. 13(3), a contract of service).
                self.inferred.add(f"{item}/made_in_course_of_employment")

    def left_open_as(self, pointer: str) -> str:
        """Why a question is not asked, being the same to a person as one answered "don't
        know"; "" when it is asked. Whether Clearview's database held a photograph of one's
        face and whether a photograph Clearview collected shows it (MDL-2967's words and
        T-724-20's) are one question to a person who does not know; so are "Did Clearview
        collect any photograph that you took, that you had someone take for you, or whose
        copyright was sold, given or left to you?" and its parts T-713-20 reads (took one;
        had the copyright granted). A trial's person was asked each two or three times."""
        you, whose = ("you", "your") if self.you else ("the claimant", "their")
        database_open = _DATABASE_STATEMENT in self.asked and _DATABASE_STATEMENT in self.skipped
        face_open = self.said.get(_FACE_STATEMENT, (None,))[0] is DONT_KNOW
        # Each says it is still open, and where it comes again: two trials' people read "Not
        # asked whether ..." as settled, then found it the first question left to settle.
        # Of the photographs not named, once some are (both statements are): a trial's person,
        # asked of the face in a photograph named, was then told it was "not asked".
        other = " other" if self.record.get("photographs") else ""
        if pointer == _FACE_STATEMENT and database_open:
            return (
                f"Whether any{other} photograph Clearview collected shows {whose} face is not "
                f"asked: it is the same question as whether its database held {whose} face, "
                "answered as not known. It stays open, among the questions the result lists."
            )
        if pointer == _DATABASE_STATEMENT and face_open:
            held = f"{whose} face in any other photograph" if other else f"{whose} face"
            return (
                f"Whether Clearview's database held {held} is not asked: it is the same question "
                f"as whether any{other} photograph Clearview collected shows it, answered as not "
                "known. It stays open, among the questions the result lists."
            )
        if pointer in _NO_RIGHTS_ALSO and self.said.get(_RIGHTS_STATEMENT, (None,))[0] is DONT_KNOW:
            return (
                f"Whether {you} took, or had the copyright granted in, a photograph Clearview "
                "collected is not asked again: answered as not known above. It stays open, "
                "among the questions the result lists."
            )
        return ""

    def meaning(self, pointer: str) -> str:
        """What a yes to a statement that a photograph Clearview collected exists means, said
        back where the yes was read from a sentence: the question is whether Clearview
        collected it, which a person answers as if asked whether they took one."""
        if pointer not in _PHOTO_STATEMENTS or self.record.get("photographs"):
            return ""
        you, your = ("you", "your") if self.you else ("the claimant", "their")
        if pointer == _FACE_STATEMENT:
            return f"Clearview collected a photograph that shows {your} face"
        return (f"Clearview collected a photograph that {you} took, had taken, or whose "
                "copyright was passed to " + ("you" if self.you else "them"))

    def ask_payment_claims(self, fact: MissingFact) -> None:
        """Claims for payment: in none of the proceedings, or in which one (its date is asked
        next, as the rules need it). Where one proceeding alone takes them, a yes or no, the
        proceeding said in words: a trial's person, never in the United States, was offered
        "1) none 2) in MDL-2967, In re Clearview AI, Inc. Consumer Privacy Litigation"."""
        several = self.bundle.bundles if isinstance(self.bundle, ActionFamily) else (self.bundle,)
        options: list[Choice] = [("none", "none", ("no", "none", "never"))] + [
            (b.id, f"in {b.id}, {b.action.style_of_cause[-1].title}", (
                b.id.lower(), "settlement", *(_US_WORDS if "US" in b.places else ()),
            ))
            for b in several if b.action.settlement is not None  # a claim form is a settlement's
        ]
        have = "Have you" if self.you else "Has the claimant"
        if len(options) == 2:
            # The one proceeding that takes them, named in words ("one of these" read oddly);
            # its name, "none", "never" or "the US settlement" are answers still.
            (bundle,) = (b for b in several if b.id == options[1][0])
            about = bundle.about.split(":")[0]

            dated: list[DateRange | None] = [None]  # a date said with the yes, kept

            def parse(text: str) -> tuple[bool | None, str]:
                value, _ = _pick(text, options, in_sentence=True)
                if value is None:
                    # A yes or no said in a sentence ("yeah i did it online in october 2024 i
                    # think": a later trial's, sure of the filing, not of its month, "Not
                    # understood"); a doubt is told as a yes-or-no question tells it.
                    said, why = parse_yes_no(text)
                    if said is None:
                        return None, why or "answer yes, no or don't know"
                    value = bundle.id if said else "none"
                # "yeah i did, in 2024": its year kept as the day it was filed (a trial's was
                # dropped, and asked for next); said roughly too ("yes i did it online in like
                # september 2024": a later trial's, asked again), the range kept and asked more
                # exactly only where an outcome turns on it.
                dated[0] = date_said_with(text, self.today) if value != "none" else None
                if dated[0] is not None:
                    return True, f"taken as: yes, {_said(dated[0])}"
                return value != "none", taken_as(text, value != "none")

            said = self.ask(
                f"{have} filed a claim for payment (a claim form) in {bundle.id}"
                + (f", {about}?" if about else "?") + _due(bundle.action),
                "yes / no / don't know", parse,
            )
            chosen = said if said is DONT_KNOW else bundle.id if said else "none"
            if said is True and dated[0] is not None:
                self.answer(fact.pointer, [{"proceeding": bundle.id, "filed_on": dated[0].text}])
                return
        else:
            chosen = self.ask_choice(
                f"{have} filed a claim for payment (a claim form) in one of these proceedings?",
                options, in_sentence=True,
            )
        if chosen is DONT_KNOW:
            self.skipped.add(fact.pointer)
        else:
            self.answer(fact.pointer, [] if chosen == "none" else [{"proceeding": chosen}])

    def same_photographer(self, pointer: str) -> bool:
        """A fact of a photograph's photographer that the person gave of another photograph
        taken by the same one of their own ("my dad", then "dad again": a later trial's heir
        was asked whether his father had died, and when, of each photograph): taken from it,
        said back, not asked again. False where there is none."""
        item, field = _item(pointer), pointer.rsplit("/", 1)[-1]
        kin = self.author_kin.get(item)
        if field not in _PHOTOGRAPHER_FACTS or kin is None:
            return False
        alike = set(kin_words(kin))
        if field in ("author_deceased", "author_died_on") and self.kin_death(item):
            return self.value(pointer) is not None
        for other, other_kin in self.author_kin.items():
            value = self.value(f"{other}/{field}")
            if other == item or other_kin not in alike or value is None:
                continue
            index = int(other.rsplit("/", 1)[-1])
            if self.answer(pointer, copy.deepcopy(value)):  # a list of periods its own
                self.inferred.add(pointer)
                self.say(_wrap(
                    f"(Of {self.photo_name(int(item.rsplit('/', 1)[-1]))}, taken by {kin} too: "
                    f"as said of {self.photo_name(index)}; if not, type back.)", "  ",
                ) + "\n")
                return True
        return False

    def kin_death(self, item: str) -> bool:
        """Of a photograph taken by the heir's kin whose death was said first, that death as
        its photographer's (died, and when, where said), said back; False where none was, or
        it is given already. A later trial's heir was asked of each group of his father's
        photographs whether he had died, and when; another's transfer date came first."""
        kin = self.author_kin.get(item)
        if self.kin_died is None or kin is None or self.kin_died[0] not in kin_words(kin):
            return False
        died = self.kin_died[1]
        deceased, dated = f"{item}/author_deceased", f"{item}/author_died_on"
        if self.value(deceased) is not None or not self.answer(deceased, True):
            return False
        self.inferred.add(deceased)
        if died and self.value(dated) is None and self.answer(dated, died):
            self.inferred.add(dated)
        when = f" {_said_when(DateRange.parse(died))}" if died else ""
        self.say(_wrap(
            f"(Of {self.photo_name(int(item.rsplit('/', 1)[-1]))}, taken by {kin}, who died"
            f"{when}, as you said first; if not, type back.)", "  ",
        ) + "\n")
        return True

    def death_said(self, text: str) -> str | None:
        """The date of a death said in an answer (of the sentence that names the death, as
        :meth:`yes_dated` reads it), as text; None where none is said."""
        sentence = _dying(_sentences(text))
        if not sentence:
            return None
        # The clause that says it: "me, but its about my dads photos, he passed away in 2016
        # and i got everything" (a later trial's heir) from its comma to its "and" ("about my
        # dads photos" is no "about 2016").
        death = _DEATH_SAID.search(sentence.lower())
        at = death.start() if death is not None else 0
        starts = [found.end() for found in _CLAUSE_END.finditer(sentence, 0, at)]
        cut = _CLAUSE_END.search(sentence, death.end() if death is not None else 0)
        clause = sentence[starts[-1] if starts else 0:cut.start() if cut else len(sentence)]
        when = date_said_with(clause, self.today)
        if when is None or (when.earliest == dt.date.min and when.latest == dt.date.max):
            return None
        return when.text

    def yes_dated(self, pointer: str, said: str | None = None) -> None:
        """A yes said with when ("yes, he died in 2016"; "yes the smiths hired me in 2017", of
        whether a photograph was ordered): the date kept in the fact's own date and said back,
        not asked again (a trial's daughter was asked her father's year twice; a later trial's
        photographer was asked whether the wedding was ordered before 7 November 2012)."""
        field = pointer.rsplit("/", 1)[-1]
        dated = _DATED_BY.get(field) or (
            (field.removesuffix("deceased") + "died_on", "died") if field.endswith("deceased") else None)
        if dated is None:
            return
        text = said if said is not None else self.lines[-1].text if self.lines else ""
        # The sentence that says it: "my mom, she died in 2019. my sister put her photos on
        # facebook since 2022" (a later trial's) gave a death "in or after 2022", and made her a
        # member of classes she died before. Of a death, the sentence that names one; else the
        # first that gives a date.
        sentences = _sentences(text)
        dying = _dying(sentences)
        dated_in = [part for part in sentences if date_said_with(part, self.today) is not None]
        if field.endswith("deceased") and dying:
            text = dying
        elif dated_in:
            text = dated_in[0]
        # Said roughly too ("yes, around 2019"): the range kept, said back, and asked more
        # exactly only where an outcome turns on it (a trial's person was asked the year again).
        when = date_said_with(text, self.today)
        if when is not None and field in _DATED_BOUNDED and (
                when.earliest == dt.date.min or when.latest == dt.date.max):
            when = None
        target = pointer.rsplit("/", 1)[0] + "/" + dated[0]
        if when is not None and self.value(target) is None and self.quietly(target, when.text):
            self.say(_wrap(f"(taken as: {dated[1]} {_said_when(when)}.)", "  ") + "\n")

    def take(self, pointer: str, value: Any) -> None:
        if value is DONT_KNOW:
            self.skipped.add(pointer)
            return
        if isinstance(value, DateRange):
            value = value.text
        if self.answer(pointer, value):
            self.inferred.discard(pointer)  # said now, not put from another answer

    def kin_took(self, text: str) -> tuple[str, str] | None:
        """Of who took a photograph, answering for another: one's kin said to have taken it
        ("my mom took them", a later trial's, answering for a father, was taken as the
        claimant by "them"): the claimant where it is the kin the claim is for, else someone
        else, said back; None where no kin is said."""
        took = _KIN_TOOK.match(normalize(text))
        if took is None:
            return None
        claimant = self.claimant_kin.removeprefix("my ")
        if claimant and took[1] in kin_words(claimant):
            return "claimant", f"taken as: the claimant, your {claimant}"
        return "other", f"taken as: someone else, your {took[1]}"

    def behind_the_camera(self, pointer: str) -> None:
        """"no i was behind the camera", of whether one's face appears in a photograph (a later
        trial's photographer, then asked who took it): the person took it, said back."""
        said = normalize(self.lines[-1].text) if self.lines else ""
        author = f"{_item(pointer)}/author"
        if not self.you or _BEHIND_THE_CAMERA.search(said) is None or self.value(author) is not None:
            return
        if self.answer(author, "claimant"):
            self.inferred.add(author)
            self.say(_wrap(f"(taken as: you took {self.item_name(pointer)}; if not, type back.)",
                           "  ") + "\n")

    def started_at_birth(self, fact: MissingFact) -> bool:
        """Whether a date asked more exactly is the start of a period said "from birth"."""
        born = self.value("/claimant/born_on")
        return fact.kind is FactKind.DATE and fact.given_as is not None and born is not None \
            and _shape(fact.pointer) == ("period", "start") and self.value(fact.pointer) == born

    def ask_start_at_birth(self, fact: MissingFact) -> None:
        """The start of a period said "from birth", needed more exactly: the date of birth is
        asked, once, and is its start too (a trial's person, who had said "from birth", was
        asked when her time in the United States started, "the date given, 1988")."""
        born = self.value("/claimant/born_on")
        self.refined.add(fact.pointer)
        if "/claimant/born_on" in self.refined:
            return  # the date of birth was asked more exactly already: never twice
        self.refined.add("/claimant/born_on")
        asked = attrs.evolve(fact, pointer="/claimant/born_on")
        if len(fact.turns_on) == 1:
            self.ask_side(asked)
        else:
            self.ask_date(asked)
        now = self.value("/claimant/born_on")
        if now != born:
            self.put(fact.pointer, now)

    def ask_date(self, fact: MissingFact) -> None:
        """A date asked for itself: several days could turn an outcome, or none is known."""
        question = self.wording(fact)
        if fact.given_as is not None and fact.pointer == "/claimant/born_on" \
                and fact.pointer in self.inferred:
            # Put from another answer ("you were alive on ..."): the person gave no date, and
            # is asked for it as if none were known ("Knowing only that you were born by 21 June
            # 2024 does not settle it" baffled a trial's person).
            self.refined.add(fact.pointer)
        elif fact.given_as is not None:
            self.refined.add(fact.pointer)
            what, said = self.given(fact)
            question += (
                f" {what}, {said}, is not enough to tell"
                f"{_turning(fact.given_as, fact.turns_on, fact.question, self.days_after())}"
                ": can you say it more "
                "exactly?"
            )
        prompt = DATE_PROMPT if fact.given_as is None else MORE_EXACT_PROMPT
        birth = fact.pointer == "/claimant/born_on"

        def parse(text: str) -> tuple[Any, str]:
            if (differ := _group_differs(text)) is not None:
                return differ
            deadline = self.deadline_of(fact.pointer)
            if deadline is not None and _BY_THE_DEADLINE.search(normalize(text)):
                # By the deadline the question's proceeding set, within any date said beside.
                rest = _BY_THE_DEADLINE.sub(" ", normalize(text))
                said = self.date_in_words(rest)[0] if any(c.isdigit() for c in rest) else None
                low = dt.date.min if said is None else said.earliest
                high = deadline if said is None else min(said.latest, deadline)
                if low <= high:
                    by = DateRange.between(low, high)
                    return by, f"taken as: {_said_when(by)}, by the deadline"
            since = _SINCE.match(normalize(text))
            if since is not None and _shape(fact.pointer)[1] in _FIRST_DATES:
                # "since like 2009", of when a photograph was first posted (a later trial's,
                # taken as in or after 2007, an end left open): the day it has been so since
                # is when it was first so.
                value, why = self.date_in_words(normalize(text)[since.end():], birth)
                if value is not None:
                    head = "said roughly: taken as" if why.startswith("said roughly") else "taken as:"
                    return value, f"{head} first {_FIRST_DATES[_shape(fact.pointer)[1]]} " \
                        f"{_said_when(value)}"
            value, why = self.date_in_words(text, birth)
            if value is not None or fact.given_as is None or any(c.isdigit() for c in text):
                return value, why
            if fact.pointer.startswith("/photographs/") and _MANY_YEARS.search(normalize(text)):
                # "no theyre from lots of years" (a later trial's wedding photographer, of a
                # group said "2005 to 2019 or so"): a group whose photographs differ.
                return None, f"some one way and some the other: where {SOME_DIFFER}"
            if parse_yes_no(text)[0] is False or _CANNOT_SAY.match(normalize(text)):
                # "no", "not really", "i cant" to "can you say it more exactly?" (a later
                # trial's, "Not understood"): it cannot be said more exactly; the rough date
                # given stands, as with "don't know".
                return DONT_KNOW, (
                    f"taken as: don't know; {self.given(fact)[0].lower()}, "
                    f"{self.given(fact)[1]}, stands"
                )
            return value, why

        value = self.ask(question, prompt, parse)
        if value is DONT_KNOW:
            if fact.given_as is None:
                self.skipped.add(fact.pointer)
            return
        self.take(fact.pointer, value)

    def deadline_of(self, pointer: str) -> dt.date | None:
        """The deadline of the proceeding a claim form's date of filing is asked of; None for
        any other fact."""
        if _shape(pointer) != ("payment_claim", "filed_on"):
            return None
        proceeding = self.value(_parent(pointer) + "/proceeding")
        return next((day for bundle, _ in self.each_action()
                     if bundle.id == proceeding and (day := _deadline(bundle.action)) is not None),
                    None)

    def date_in_words(self, text: str, birth: bool = False) -> tuple[DateRange | None, str]:
        """A date as answered, or one a sentence ends with ("she died in 2021": a trial's
        person was refused it, and "no, she died in 2021" taken); ``birth``: of a date of
        birth, an age too ("im 52")."""
        value, why = parse_date(text, self.today, age=birth)
        if value is None and not why.startswith('"mostly"'):
            # (Not of "mostly the 2000s": a later trial's heir saw it taken as the 2000s, all of
            # them, by the date the sentence ends with.)
            within = date_within(text, self.today)
            if within is not None:
                return within, f"taken as: {_said(within)}"  # said back, read from a sentence
        return value, why

    def ask_side(self, fact: MissingFact) -> None:
        """A date that matters only by which side of one day it falls on: yes, no, don't
        know, or the date itself (which must then fall on one side)."""
        line, when = _side(fact)
        given = fact.given_as
        low = dt.date.min if given is None else given.earliest
        high = dt.date.max if given is None else given.latest
        day = dt.timedelta(days=1)

        def parse(text: str) -> tuple[DateRange | None, str]:
            if (differ := _group_differs(text)) is not None:
                return differ
            said, refused = parse_yes_no(text)
            if said is None and refused == SURE_ONLY and \
                    _bare(text).partition(" ")[0].strip(",.!") in _YES | _NO:
                # "yes i think it was 2019" (a trial's): a yes said with a doubt, refused as
                # one; its date was told to have "days both on or before 8 July 2020 and after".
                return None, refused
            if said is not None and _doubted(_bare(text)) and \
                    (rough := date_said_roughly(text, self.today)) is not None:
                # "yeah 2019 i think" (a later trial's, of a search asked whether on or before 8
                # July 2020, taken as a plain yes): the doubt is of the date asked, so the date
                # said roughly answers, as "around 2019" alone does: where it has days on both
                # sides, not enough to tell. (A date only approximate, "no, around 2021", leaves
                # the no sure: taken alone.)
                if rough.earliest < line <= rough.latest:
                    return None, (
                        f"the date said roughly, {_said(rough)}, has days both {when} and "
                        "after; answer yes or no alone only if you are sure, or don't know"
                    )
                if (rough.latest < line) is not said:
                    return None, (
                        f"yes means {when}, but the date said is not" if said else
                        f"no means not {when}, but the date said is"
                    )
            if said is not None:
                side = DateRange.between(*((low, line - day) if said else (line, high)))
                # "no, he died in 2021": the date said too is kept, where it agrees (a trial's
                # person saw the year dropped, and was asked of it again).
                dated = date_said_after(text, self.today) or date_said_in_part(text, self.today)
                if dated is None:
                    return side, taken_as(text, said)
                if dated.earliest < line <= dated.latest:
                    return None, (
                        f"the date said has days both {when} and after; answer yes or no alone, "
                        "or don't know"
                    )
                if (dated.latest < line) is not said:  # the other side of the day
                    return None, (
                        f"yes means {when}, but the date said is not" if said else
                        f"no means not {when}, but the date said is"
                    )
                # On the side said; kept where it agrees with a date given before, too, and
                # said back (a trial's year, said three times, was dropped without a word).
                if low <= dated.earliest and dated.latest <= high:
                    return dated, f"taken as: {'yes' if said else 'no'}, {_said(dated)}"
                return side, f"taken as: {'yes' if said else 'no'}"
            year = rough_year(text)
            if year is not None and (year + ROUGH_YEARS < line.year or
                                     year - ROUGH_YEARS > line.year):
                # "probably around 2019", asked whether on or before 21 June 2024: however
                # roughly, years away from the day; taken as the side it is on, said back.
                before = year < line.year
                side = DateRange.between(*((low, line - day) if before else (line, high)))
                return side, (f"{text.strip()}: taken as {'yes' if before else 'no'}, "
                              f"{'' if before else 'not '}{when}, as it is years "
                              f"{'before' if before else 'after'}")
            value, why = self.date_in_words(text, fact.pointer == "/claimant/born_on")
            if value is None:
                # A date not taken is told why, and that yes or no is enough ("early 2020":
                # the person may well know which side it is on); other words, what is taken.
                if not re.search(r"\d", text):  # the prompt's fourth answer named too
                    return None, "answer yes, no, don't know, or the date"
                return None, f"{why}; or answer yes if it was {when}, no if not"
            if value.earliest < line <= value.latest:
                # How it was read, where it was not said as such ("2019 maybe", taken as 2017 to
                # 2021, read to a later trial's person as "2019 has days after July 2020").
                read = f" ({why})" if why.startswith("said roughly") else ""
                return None, (
                    f"{text.strip()}{read} has days both {when} and after; answer yes or no if "
                    "you know which, or don't know"
                )
            return value, why

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
        # Why it is asked: a period from birth, or one begun at an age ("since i was like 5":
        # a later trial's read "From birth:" of it).
        said = normalize(self.lines[-1].text) if self.lines else ""
        lead = "To count the age said from it" if _AN_AGE_SAID.search(said) else "From birth"
        value = self.ask(
            question.replace("What is", f"{lead}: what is"), DATE_PROMPT,
            lambda text: parse_date(text, self.today, age=True),
        )
        if value is DONT_KNOW:
            self.skipped.add(pointer)
            return None
        if not self.answer(pointer, value.text):
            return None
        # Said now, not put from another answer: asked more exactly later, it is said back ("The
        # date given, between 2006 and 2010, ..."; a trial's teen was asked it as if unsaid).
        self.inferred.discard(pointer)
        return str(value.text)

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
        held = self.value(_DATABASE_STATEMENT)
        if pointer == _FACE_STATEMENT and isinstance(held, bool):
            # Clearview's database holds what it collected: an image of the face there is a
            # photograph it collected that shows the face, and none there, none collected
            # (seeds/mdl-2967.json, NW's note: the FAQ describes the database as the one "into
            # which Clearview stored the facial images it collected from public websites"). Not
            # asked (a third trial's person, who said yes to the one, was asked the other: "yes,
            # i already said that"; a later one, who said no, "i already said no??"); after a
            # yes, the photographs are named as after any yes.
            whose, said = ("your", "you said") if self.you else ("the claimant's", "it was said")
            shows, what = ("A photograph", "one") if held else ("No photograph", "none")
            self.say(_wrap(
                f"({shows} Clearview collected shows {whose} face: {said} its database held "
                f"{what}. That is not asked.)", "  ",
            ) + "\n")
            answer: Any = held
        else:
            answer = self.ask_yes_no(question, self.meaning(pointer), pointer)
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
                # "No photograph Clearview collected that I took, had taken or whose copyright
                # came to me" says too that none not listed was taken by them (the statement
                # T-713-20 reads), where the record has that fact. Not that none was licensed
                # to them: a permission to use one was not asked of, and makes a grantee
                # (T-713-20, reading R11 = any); T-713-20 asks it in its own words.
                for other in _NO_RIGHTS_ALSO[:1]:
                    if other.rsplit("/", 1)[1] in _STATEMENT_FIELDS:
                        self.put(other, False)
            return
        if pointer == _USE_STATEMENT:
            said = self.lines[-1].text if self.lines else ""
            self.name_search(pointer, said)
            return
        # A photograph named here is one Clearview collected; named for the face, it shows it.
        facts: dict[str, Any] = {"collected_by_clearview": True}
        if pointer == _FACE_STATEMENT:
            facts["claimant_face_appears"] = True
        elif self.said.get(_FACE_STATEMENT, (None,))[0] is False or \
                self.value(_DATABASE_STATEMENT) is False:
            # "No other photograph Clearview collected shows my face", or "its database held
            # none of my face", said before this one was named, says it of this one.
            facts["claimant_face_appears"] = False
        # Which photographs, in words: a note said between the question and this ("That is not
        # asked.") left a trial's person "Name each of them" with no "them" in sight.
        who = "you" if self.you else "the claimant"
        what = (
            f"photograph Clearview collected that shows {'your' if self.you else 'their'} face"
            if pointer == _FACE_STATEMENT else
            f"photograph of {'yours' if self.you else 'theirs'} Clearview collected (one "
            f"{who} took, had someone take, or whose copyright came to {who})"
            if pointer == _RIGHTS_STATEMENT else "of them"
        )
        if not self.name_photographs(facts, what):
            # Yes, but none can be named: the statement itself, and nothing more to ask.
            self.put(pointer, True)
            self.skipped.add("/photographs/-")

    def name_photographs(self, facts: dict[str, Any], what: str = "of them") -> int:
        """The person names each photograph: how many were named. "don't know" names none.
        ``what`` says which photographs, where the question that asked for them came before."""
        self.say(_wrap(
            f"Name each {what}, one a line (a short label such as \"profile picture\" or "
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
                self.say(_wrap(f"{_refusal(why)}: {why}. Please answer again.", "  ") + "\n")
                continue
            if facts.get("author") == "claimant" and _BY_ANOTHER.search(name.lower()):
                # "wedding pics my friend took", named among the photographs one took (a
                # trial's), was recorded as the claimant's own.
                self.refused()
                self.say(_wrap(
                    "That one sounds taken by someone else: name here only the photographs "
                    f"{'you' if self.you else 'the claimant'} took (an empty line when done).",
                    "  ",
                ) + "\n")
                continue
            same = self.named_before(name)
            if same is not None:
                # Named before: the same photograph, of which this answer says more.
                photo = self.record["photographs"][self.photo_index(same)]
                for field, value in facts.items():
                    if photo.get(field) is None:
                        self.put(f"/photographs/{self.photo_index(same)}/{field}", value)
                self.say(f"  Photograph {same} was named before: noted of it.\n")
            elif "author" not in facts and not self.organisation() and \
                    _SELFIES.search(name.lower()) and not _BY_ANOTHER.search(name.lower()):
                # A selfie is a photograph its subject took of their own face ("yes i took the
                # selfies myself", then "selfies": a later trial's person was asked who took
                # them, and then whether their face appears in them): noted so, and said so.
                who, whose = ("you", "your") if self.you else ("the claimant", "their")
                shows = "" if facts.get("claimant_face_appears") is not None else \
                    f", showing {whose} face"
                self.noted(name, {"claimant_face_appears": True, **facts, "author": "claimant"},
                           f": a selfie, so one {who} took{shows}")
            elif "author" not in facts and self.you and not self.organisation() and \
                    _BY_ANOTHER.search(name.lower()):
                # "beach pics my friend took" (a later trial's): who took it is in its name,
                # and was asked all the same. Not of one answering for another, whose "my mom
                # took" may be of the claimant.
                self.noted(name, {**facts, "author": "other"}, ": taken by someone else")
            else:
                self.noted(name, facts)
            if self.you and _OF_ME.search(name.lower()) and \
                    self.value(f"/photographs/{len(self.record['photographs']) - 1}/"
                               "claimant_face_appears") is None and same is None:
                # "me as a baby" (a later trial's) was asked whether it shows the person's face.
                self.put(f"/photographs/{len(self.record['photographs']) - 1}/claimant_face_appears",
                         True)
                self.say("  (It shows you, as its name says: your face is taken to appear in it.)\n")
            named += 1
        return named

    def periods_given(self) -> None:
        """A date of birth not known when it was asked follows, in part, from a period given
        since: born by its start. Put so, and said; it is not asked again."""
        pointer = "/claimant/born_on"
        first = self.first_period_start()
        if pointer not in self.skipped or self.value(pointer) is not None or first is None:
            return
        if self.value("/claimant/kind") != "natural":
            return
        if self.answer(pointer, DateRange.between(dt.date.min, first).text):
            self.inferred.add(pointer)
            who = "you were" if self.you else "the claimant was"
            self.say(_wrap(f"(So {who} born by {in_words(first)}.)", "  ") + "\n")

    def named_before(self, name: str) -> str | None:
        """The id of a photograph already named so ("Profile picture" for "profile picture";
        "the wedding photo" for "wedding photo")."""
        for photo in self.record.get("photographs", []):
            photo_id = photo["id"]
            if _as_named(name) in (_as_named(photo_id), _as_named(self.labels.get(photo_id, ""))):
                return str(photo_id)
        return None

    def name_search(self, statement: str, said: str = "") -> None:
        """A search the RCMP made on Clearview's service: the photograph it used; its date too
        where the yes ``said`` gave one ("yes, around 2019": a trial's person saw the year
        dropped and was asked of it)."""
        used = self.ask_use_photograph()
        if used is None:
            self.put(statement, True)  # a search, whose photograph cannot be named
            self.skipped.add("/police_uses/-")
            return
        uses = self.record.setdefault("police_uses", [])
        # "ya when i got arested the cops ran my mugshot" (a trial's, in Montreal) was taken as
        # the RCMP's search: a city's or a province's police is not the RCMP, and the Targeted
        # Individuals Class speaks of the RCMP alone. Which police it was is left to be asked,
        # as of any search whose police is not known.
        other = _OTHER_POLICE.search(normalize(said)) and not _THE_RCMP.search(normalize(said))
        agency = None if other else "rcmp"
        uses.append({"photograph": used, **({"agency": agency} if agency else {}),
                     "service": "clearview"})
        dated = date_said_with(said, self.today)
        if dated is not None and self.quietly(f"/police_uses/{len(uses) - 1}/used_on", dated.text):
            self.say(_wrap(f"(taken as: searched {_said_when(dated)}.)", "  ") + "\n")

    def describe(self, fact: MissingFact) -> None:
        """An item the record mentions but does not describe: the person names it."""
        pointer = fact.pointer
        if pointer == "/photographs/-":
            # A photograph a statement says exists (the item's ``after``): named, it is one of
            # those the statement spoke of, and the statement is carried by those named.
            self.skipped.add(pointer)
            facts, carried, what = _NAMED_AFTER.get(fact.after or "", _NAMED_COLLECTED)
            whose = "your face" if self.you else "the claimant's face"
            who = "you" if self.you else "the claimant"
            if self.name_photographs(facts, what.replace("{face}", whose).replace("{who}", who)):
                for statement in carried:
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
        elif pointer == "/claimant/residence/-" and fact.place is not None:
            self.skipped.add(pointer)
            if fact.place == "CA" and "/claimant/residence" in self.skipped:
                return  # the years in Canada, answered "don't know": not asked again
            self.ask_residence_abroad(fact.place)
        else:  # a use that names a photograph not listed: this interview never writes one
            self.skipped.add(pointer)

    def ask_residence_abroad(self, country: str) -> None:
        """The periods lived in another country, each with its state where known (in the United
        States); the list is then complete for that country ("none" says never)."""
        who = "you" if self.you else "the claimant"
        lived = "have you lived" if self.you else (
            "did the claimant live" if self.dead() else "has the claimant lived"
        )
        periods = self.ask(
            # "All of them": the list is then complete for that country (a trial's person gave one
            # period and was found never to have lived in the other states).
            f"During which periods {lived} in {country_name(country)}? (All of them; if "
            "never, answer none.)",
            PERIODS_PROMPT,
            lambda text: _state_said(country, text, parse_periods(
                text, self.today, self.value("/claimant/born_on"), self.ask_birth, self.dead()
            )),
        )
        if periods is DONT_KNOW:
            return
        claimant = self.record.setdefault("claimant", {})
        # A list given before is complete for Canada unless it says otherwise (the first version
        # of the record); none given before: complete for the countries asked alone.
        complete = list(claimant.get(
            "residence_complete_for", ["CA"] if "residence" in claimant else []
        ))
        residence = list(claimant.get("residence", []))
        for period in periods:
            period = self.lived({**period, "country": country})
            residence.append(period)
            if country != "US":  # the states of the United States are asked (ISO 3166-2)
                continue
            if "subdivision" in period:  # said with the period (_state_said): said back
                if not self.replayed:
                    self.say(_wrap(
                        f"(taken as: in {subdivision_name(period['subdivision'])}.)", "  "
                    ) + "\n")
                continue
            state = self.ask(
                f"In which state did {who} live "
                f"{_when_lived(period, self.value('/claimant/born_on'))}?",
                "a state, e.g. Illinois / don't know",
                _parse_state,
            )
            if state is not DONT_KNOW:
                period["subdivision"] = state
            else:  # not asked again, nor said to be unanswerable when a class asks it
                self.skipped.add(f"/claimant/residence/{len(residence) - 1}/subdivision")
        claimant["residence"] = residence
        self.periods_given()
        if country not in complete:
            complete.append(country)
        claimant["residence_complete_for"] = complete

    def ask_use_photograph(self) -> str | None:
        """The photograph an RCMP search used: one named before, or a new one."""
        ids = [p["id"] for p in self.record.get("photographs", [])]
        named = ", ".join(self.labels.get(i, i) for i in ids)
        question = (
            "Which photograph did the RCMP search with? Give it a short name (like \"selfie\" "
            "or \"profile picture\")"
            + (f", or the name of one named before ({named})." if ids else ".")
        )
        name = self.ask(question, "a short name / don't know", _which)
        if name is DONT_KNOW:
            # Which one is seldom known (a reply to a request for one's data may not say): the
            # use is kept, of a photograph named so, and its date still asked; a trial's person
            # who did not know which lost the Targeted Individuals Class, which another who
            # named "my profile picture" was found a member of.
            facts = {"claimant_face_appears": True} if self.searched_face_only() else {}
            return self.noted(_UNKNOWN_USED, facts)
        for photo_id in ids:
            if _as_named(name) in (_as_named(photo_id), _as_named(self.labels.get(photo_id, ""))):
                if self.searched_face_only():
                    self.put(f"/photographs/{self.photo_index(photo_id)}/claimant_face_appears",
                             True)
                return str(photo_id)
        # "the facebook one", of "my facebook pic" named before (a later trial's, noted as a
        # second photograph): the one named before whose own words it shares, said back.
        near = [photo_id for photo_id in ids if _content_words(name) and _content_words(name) <=
                _content_words(str(self.labels.get(photo_id, photo_id)))]
        if len(near) == 1 and (index := self.photo_index(near[0])) is not None:
            if self.searched_face_only():
                self.put(f"/photographs/{index}/claimant_face_appears", True)
            self.say(_wrap(f"(taken as: {self.photo_name(index)}, named before; if it is another, "
                           "type back and name it apart.)", "  ") + "\n")
            return str(near[0])
        facts = {"claimant_face_appears": True} if self.searched_face_only() else {}
        return self.noted(name, facts)

    def noted(self, name: str, facts: dict[str, Any], said: str = "") -> str:
        """A photograph the person names, added with ``facts`` and said back as it will be
        named (:meth:`photo_name`: by the name given), with ``said`` of it; its id."""
        photo_id = self.new_photo(name, **facts)
        self.say(_wrap(
            f"Noted as {self.photo_name(len(self.record['photographs']) - 1)}{said}.", "  "
        ) + "\n")
        return photo_id


# The terms of the conditions' labels said in everyday words in the interview's result (a
# trial's person read "natural person", "legal person" and "as-of date" as jargon). Never
# within quotation marks: the words of a source, or a photograph's name.
_PLAIN_WORDS = (
    ("a natural person", "a human being"),
    # Said once where the term came with its plain words ("the claimant is a company or other
    # organisation (a company or other organisation)", a trial's).
    ("a legal person (a company or other organisation)", "a company or other organisation"),
    # ("not an individual alive ... (a legal person: a company or other organisation)", said
    # in short, read "(a company or other organisation: a company or other organisation)".)
    ("a legal person: a company or other organisation", "a company or other organisation"),
    ("a legal person", "a company or other organisation"),
    ("the as-of date", "the day membership is assessed"),
)


def _plainly(text: str) -> str:
    """``text`` with the terms of _PLAIN_WORDS in everyday words, outside quotation marks."""
    parts = text.split('"')
    for n in range(0, len(parts), 2):
        for term, plain_words in _PLAIN_WORDS:
            parts[n] = parts[n].replace(term, plain_words)
    return '"'.join(parts)


# The facts of whether Clearview holds a photograph of the person (of T-724-20, T-713-20 and
# MDL-2967), which a request for one's data would answer.
_HELD_BY_CLEARVIEW = (
    "/collected_by_clearview", "/in_biometric_database",
    "/unlisted_collected_photograph_depicts_claimant", "/unlisted_database_image_depicts_claimant",
)
# The facts a company leaves open when it does not know whether Clearview collected a photograph
# whose rights it holds.
# What only Clearview knows, by the statements that say it of photographs not named, and in
# words: a photograph of the face it held, and one the claimant took (holding its rights, in
# T-724-20's words; its author, in T-713-20's).
_IF_HELD = (
    (("unlisted_collected_photograph_depicts_claimant", "unlisted_database_image_depicts_claimant"),
     "collected a photograph of {whose} face"),
    (("holds_rights_in_unlisted_collected_photograph", "authored_unlisted_collected_photograph"),
     "collected a photograph that {who} took and whose rights {who} still hold"),
)
_RIGHTS_COLLECTED = (
    "/collected_by_clearview", "/holds_rights_in_unlisted_collected_photograph",
    "/received_grant_in_unlisted_collected_photograph",
)


# Hedges and fillers said out of manners with what one cannot but know ("um its for me i guess
# lol"): taken off before the answer is read (ask_choice, ``known``).
_MANNERS = re.compile(rf"\b(?:{_UNSURE}|um+|uh+|lol|haha|i mean)\b", re.IGNORECASE)


# Why another police force's search is not asked of (which class, and its source, are the
# action's: the result names them).
_NOT_THE_RCMP = ("a search by another police force, a city's or a province's, is not one by the "
                 "RCMP: the class that asks this names the RCMP alone")
_WITH_THE_POLICE = re.compile(
    r"\b(?:trouble|dealings|contact|record|problems?|run-ins?) with (?:the )?(?:police|cops?)\b"
)
# A no to whether the RCMP searched, reasoned from never having been arrested or in trouble.
_NO_DEALINGS = re.compile(
    rf"{_WITH_THE_POLICE.pattern}|\b(?:arrest(?:ed)?|charged|convicted|criminal|a record|"
    r"in trouble|(?:anything|nothing) to do with (?:the )?(?:police|cops|rcmp)|law[- ]abiding|"
    r"(?:did|done) nothing wrong|never did anything)\b"
)
# The RCMP's child exploitation centre used Clearview to identify victims (seeds/
# 001_229046a7ddf8a8b3.txt, the RCMP's note "Facial Recognition" of 2021-02-03).
_NO_ARREST_WHY = (
    "the RCMP used Clearview's service to identify victims of crimes too, not only suspects "
    "(an RCMP note of 3 February 2021). Answer no only if you know none was made (a reply "
    "to a request for your personal information would say); if you cannot know, answer "
    "don't know"
)
_RCMP_DENIED = re.compile(
    r"\b(?:not|wasn'?t|was not|isn'?t|never) (?:by )?(?:the )?(?:rcmp|mounties)\b|^(?:no|nope|nah)\b"
)


def _other_police(text: str) -> tuple[Any, str] | None:
    """An answer to whether the RCMP searched that names another police force ("no it was
    toronto police not the rcmp. does that count?", "the toronto cops did, around 2019": a
    trial's, each not understood or taken as a bare no): a no where the RCMP is denied, don't
    know where that is said, else asked again; each says why another force's search is not
    the RCMP's. None where no other force is named."""
    said = normalize(text)
    head = re.match(r"[a-z']+", said)
    if not _OTHER_POLICE.search(said) or (head is not None and head[0] in _YES):
        return None  # a yes names a search whose police is asked next (name_search)
    if _doubted(said) or _WITH_THE_POLICE.search(said):
        # "i doubt it, i've never been in trouble with the police" (a later trial's, told of
        # another force's search): no force named as searching; read as any answer is.
        return None
    if _DONT_KNOW_WITHIN.search(said) or said.startswith(("idk", "dunno")):
        return DONT_KNOW, f"taken as: don't know; {_NOT_THE_RCMP}"
    if _THE_RCMP.search(_RCMP_DENIED.sub(" ", said)):
        return None  # the RCMP named, not denied: read as any answer is
    if _RCMP_DENIED.search(said):
        return False, f"taken as: no; {_NOT_THE_RCMP}"
    return None, f"{_NOT_THE_RCMP}; did the RCMP? answer yes, no or don't know"


# An inheritance said of the one transfer of a photograph's copyright ("he left everything to
# me in his will", "when he died it came to me"), and words that say it was something else.
_INHERITED = re.compile(
    r"\b(?:inherit(?:ed|ance)?|in (?:his|her|their|the) will|left (?:it|them|everything|all)"
    r"(?: of (?:it|them))? to (?:me|us)|when (?:he|she|they|my \w+) (?:died|passed(?: away)?)"
    r"|(?:his|her|their) estate|on (?:his|her|their) death)\b"
)
_BEHIND_THE_CAMERA = re.compile(
    r"\b(?:i was (?:the one )?(?:behind|holding) the camera|i took (?:it|them|the (?:photos?|"
    r"pictures?|shot))|i was the (?:one taking|photographer))\b"
)
_TO_ME = re.compile(r"\b(?:to me|i inherited|i got)\b")
_NOT_INHERITED = re.compile(r"\b(?:sold|bought|paid|licen[cs]e|permission|gave it|gift)\b")


# A permission to use a photograph said, and a payment for it (a later trial's business:
# "we're allowed to use them on our site obviously", "we paid for them so theyre ours right?",
# each "Not understood").
_ALLOWED_TO_USE = re.compile(
    r"\b(?:(?:we|i)(?:'re| are|'m| am)? (?:allowed|permitted) to use|(?:we|i) (?:have|got|had) "
    r"(?:their |his |her |the photographer'?s? )?permission(?: to use)?"
    # "she sent it to me so I could use it as my profile pic" (a later trial's, "Not understood").
    r"|so (?:that )?(?:i|we) (?:could|can|would) use|(?:let|lets|letting) (?:me|us) use|"
    r"said (?:i|we) (?:could|can|may) use)\b"
)
# Left by a will ("she left me everything in her will", a later trial's, "Not understood"): the
# copyright passed with what was left (BRIEF section 5, succession on death): a yes.
_LEFT_BY_WILL = re.compile(
    r"\b(?:left (?:me|us) (?:everything|it all|all of it|them|it|her|his)|in (?:her|his|their|the) "
    r"will|(?:i|we) inherited|(?:was|were) left to (?:me|us)|left (?:it|them) to (?:me|us))\b"
)
_PAID_FOR = re.compile(r"\b(?:paid|pay|bought|purchased)\b")
# Someone named as having ordered a photograph or paid for it, said of whether someone ordered
# and paid for it: its clients, a customer, the couple.
_OTHERS_PAID = re.compile(
    r"\b(?:the |a |our |my |their )?(?:clients?|customers?|couple|bride|groom|family|parents)"
    r"(?:(?: did| had| who)? (?:paid|ordered|commissioned|booked|bought)| did\b)\b"
)
_PAID_WHY = (
    "paying for a photograph taken since 7 November 2012 does not by itself give you its "
    "copyright: its photographer (or the photographer's employer) keeps it unless it was "
    "assigned to you in writing (Copyright Act, R.S.C. 1985, c. C-42, s. 13(1), (3), (4)); one "
    "ordered and paid for before that day is asked of apart. If you were allowed to use it, "
    "that permission is a licence, and a yes here. Answer yes, no or don't know"
)


_CREATIVE_COMMONS = re.compile(r"\b(?:creative commons|cc[- ]?by|cc0|cc licen[cs]e|anyone can use)\b")


def _count_of_grants(text: str, licensed_before: bool = False) -> tuple[Any, str]:
    """How many times a photograph's copyright was transferred or licensed (parse_count); a
    "none" said with a Creative Commons licence, or after one was said, is refused ("none,
    never sold any. theyre creative commons so anyone can use them with credit": a later
    trial's photographer, taken as never licensed, and so in T-713-20's class of authors who
    have not licensed); a Creative Commons licence said with no count is one ("its cc-by,
    anyone can use them with credit", "Not understood" in a third trial), said back."""
    count, why = parse_count(text)
    if count in (None, 0) and _POSTED_ON_A_PLATFORM.search(normalize(text)):
        return None, _PLATFORM_COUNTS  # ("never, just posted it online": a licence all the same)
    cc = _CREATIVE_COMMONS.search(normalize(text)) is not None
    if count == 0 and (cc or licensed_before):
        return None, _CC_COUNTS
    if count is None and cc:
        return 1, (f"{_CC_TAKEN}; if it was also sold or licensed "
                   "otherwise, type back and count those too")
    return count, why


# "I posted it on Instagram, does that count?" (a later trial's, "Not understood"): a platform's
# terms of use have whoever posts grant it a licence to use what they post, one that is not
# exclusive (Instagram's Terms of Use, "Permissions You Give to Us": "a non-exclusive,
# royalty-free, transferable, sub-licensable, worldwide license"). Whether such a licence
# counts as having "licensed their copyright" is T-713-20's reading R11, which the result
# names where it would change an outcome.
_PLATFORM_NAMES = (
    r"instagram|insta|facebook|fb|twitter|tiktok|flickr|snapchat|linkedin|pinterest|social media"
)
_PLATFORMS = (
    rf"(?:{_PLATFORM_NAMES}|online|the internet|a website|my website|my page|my profile)"
)
_POSTED_ON_A_PLATFORM = re.compile(
    rf"\b(?:post(?:ed)?|put|upload(?:ed)?|share[d]?)\b.*\b{_PLATFORMS}\b"
    # "its on my public facebook profile", said of where it is
    rf"|\b(?:it'?s|its|it is|they'?re|they are|was|were)\s+(?:all\s+)?(?:over|on)\s+(?:my\s+|her\s+|"
    rf"his\s+|their\s+)?(?:public\s+)?{_PLATFORMS}\b"
)
# Posted, or put where anyone could see it, on a platform or one's own site ("her photos were on
# her website for years", a later trial's heir, taken as collected): of whether Clearview
# collected it. (One's own site grants no platform a licence: not read in a count of grants.)
_POSTED_ANYWHERE = re.compile(
    rf"{_POSTED_ON_A_PLATFORM.pattern}|\b(?:on|to)\s+(?:my|her|his|their|our|a|the)\s+"
    r"(?:public\s+|own\s+)?(?:website|web site|site|blog|portfolio)s?\b"
)
_PLATFORM_COUNTS = (
    "posting it on a platform usually gives the platform, by its terms of use, a permission "
    "to use it that is not exclusive: a licence. Count it as one, with any sale or other "
    "licence (the result says, at its end, where reading such a licence otherwise would "
    "change an outcome)"
)
_CC_TAKEN = "taken as: 1, a Creative Commons licence"
_CC_AND_GRANT = tuple(
    f"a Creative Commons licence is one, and what came to {whom}, said before, is another: "
    "count them all (2, if there were no others)" for whom in ("you", "the claimant")
)
_CC_COUNTS = (
    "a Creative Commons licence is a licence, one anyone may take (Creative Commons "
    "Attribution 4.0 International Public License, s. 2(a)(1)): count it as one, with any sale "
    "or other licence"
)


_OTHERS_PHOTOS_WHY = (
    "a photograph of your face that someone else took counts too (one of you at an event, say): "
    "if you do not know whether Clearview held any, answer don't know"
)
# A count of none said after a yes to whether some of a photograph's copyright, or a licence
# of it, came to the person (or the claimant).
_NONE_AFTER_GRANT = tuple(
    f"{who} said some of its copyright, or a licence of it, came to {whom}: so it passed at "
    "least once. Answer how many times, or don't know; or type back to change that answer"
    for who, whom in (("you", "you"), ("it was", "the claimant"))
)
# An answer that is only that it was given before.
_SAID_BEFORE = re.compile(
    r"(?:i |we )?(?:already |just )?(?:said|told you|answered)(?: (?:that|this|so|it))?"
    r"(?: already| before| earlier)?[?!. ]*"
    # "didnt you already ask that" (a later trial's, "Not understood").
    r"|(?:didn'?t |did not )?you (?:already |just )?(?:ask(?:ed)?|said)(?: (?:me|us))?(?: (?:that|this|it))?"
    r"(?: already| before| earlier)?[?!. ]*"
)
_ASKED_ONCE = (
    "no question is asked twice: this one differs from those before, in its words or in the "
    "photograph it names. Answer yes, no or don't know"
)
_SAID_COLLECTED = re.compile(
    r"\b(?:already )?(?:said|told you)\b.*\b(?:took|taken|collected|got|grabbed)\b"
)
_DATABASE_WHY = (
    "collected and held in its database are asked apart: the United States settlement asks "
    "of photographs in Clearview's database of faces. If you do not know whether this one "
    "was, answer don't know"
)
# The fields of whether Clearview collected a photograph named, or held it (and the statements
# of those not named: _read_first).
_COLLECTED_FIELDS = frozenset({"collected_by_clearview", "in_biometric_database"})
# Clearview gathered its photographs from social media and other public sites (news report
# "Mounties messed up by using Clearview AI, says Canadian Privacy Commissioner", 2021: seeds
# 003_c3bedb0a33b6a91c.txt, "scraping social media accounts"); no source says it took every
# one, so a post alone answers nothing.
_POSTED_WHY = (
    "posting a photograph where anyone could see it is how Clearview came to collect "
    "photographs, from social media and other public sites, but not every one was collected. "
    "Answer yes only if you know Clearview collected it (its reply to a request for your "
    "data says so, say), or don't know if you are not sure"
)
# What says Clearview had it, beside a post: its reply to a request, a report, "they had it".
# What Clearview holds, said as heard from others.
_HEARD = re.compile(
    r"\b(?:i(?:'ve| have)? heard|ive heard|heard (?:that|it|they)|some(?:one|body) (?:said|told me)|"
    rf"(?:a |my )?(?:friends?|{KIN_WORDS}) (?:said|told me|thinks)|people say|"
    r"rumou?rs?)\b"
)
_HEARD_TAKEN = (
    "taken as: don't know: what others say tells only that it may be so; if a reply from "
    "Clearview to a request for its data showed it, type back and answer yes"
)
_SAYS_COLLECTED = re.compile(
    r"\b(?:clearview|they (?:have|had|got|took|collected|found|sent|scraped)|request\w*|"
    r"repl(?:y|ied)|report\w*|letter|confirm\w*|scraped|collected|database)\b"
)
_SELFIES = re.compile(r"\bselfies?\b")
_SELFIE_WHY = (
    "a selfie is a photograph you took: if Clearview may have collected one (from a public "
    "profile, say), answer yes, or don't know if you are not sure"
)
# The person answering ordered and paid for a photograph another took (_HIRED: of another).
_I_HIRED = re.compile(
    r"\b(?:i|we) (?:hired|booked|commissioned|paid (?:for|him|her|them|a))\b|\b(?:hired|booked|"
    r"commissioned|paid for) by (?:me|us)\b"
)
# One who works for themselves: no one's employee (a photographer "hired" may be an agency's).
_SELF_EMPLOYED = re.compile(r"\b(?:freelanc\w*|self[- ]employed|(?:his|her|their) own business)\b")
_HIRED = re.compile(
    rf"{_SELF_EMPLOYED.pattern}|\b(?:hired|contract(?:or|ed)?|professional photographer|for "
    r"the day|we paid (?:him|her|them)|booked)\b"
)
_ON_STAFF = re.compile(r"\b(?:employee|payroll|on staff|our staff|works? for (?:us|them|me))\b")
_HIRED_WHY = (
    "a photographer hired for the job, not on anyone's payroll, is not an employee "
    "(Copyright Act, R.S.C. 1985, c. C-42, s. 13(3): a contract of service): answer no, "
    "unless they were someone's employee"
)


def _read_first(pointer: str, text: str) -> tuple[Any, str] | None:
    """An answer to a yes or no, read as only the fact asked of reads it, before a yes or no is
    looked for; None where nothing of the kind is said."""
    said = normalize(text)
    if pointer == _USE_STATEMENT and _NO_DEALINGS.search(said) and parse_yes_no(text)[0] is not True:
        # "no i was never arrested", "no never had anything to do with police" (a later
        # trial's two people, each taken as a sure no, and so out of the Targeted
        # Individuals): a search needs no arrest, and one may not know of it.
        return None, _NO_ARREST_WHY
    if pointer == _USE_STATEMENT:
        return _other_police(text)  # another police force named, told apart from the RCMP
    if pointer.endswith("/granted_to_claimant"):
        return _granted(text)
    if pointer in (_DATABASE_STATEMENT, _FACE_STATEMENT) and _BEHIND_THE_CAMERA.search(said):
        # "no i was behind the camera", of whether Clearview held any photograph of one's face
        # (a later trial's, taken as a firm no): of one's own photographs only.
        return None, _OTHERS_PHOTOS_WHY
    if _shape(pointer) == ("photograph", "in_biometric_database") and _SAID_COLLECTED.search(said):
        # "i already said they took them?" (a later trial's, "Not understood"), asked whether a
        # photograph said collected was held in Clearview's database: not the same question.
        return None, _DATABASE_WHY
    collected = (_RIGHTS_STATEMENT, _FACE_STATEMENT, _DATABASE_STATEMENT)
    if (pointer in collected or _shape(pointer)[1] in _COLLECTED_FIELDS) and \
            _HEARD.search(said) and parse_yes_no(text)[0] is not False:
        # "i heard my photo was in there" (a later trial's, "Not understood"): word of it from
        # others, which says it may be so; a don't know, said back with what would tell.
        return DONT_KNOW, _HEARD_TAKEN
    if (pointer in collected or _shape(pointer)[1] in _COLLECTED_FIELDS) and \
            _POSTED_ANYWHERE.search(said) and (
                (yes := parse_yes_no(text)[0]) is None
                or (yes is True and not _SAYS_COLLECTED.search(said))
            ):
        # "I posted a selfie on Instagram, does that count?" (a trial's, "Not understood"):
        # posting is how a photograph came within Clearview's reach, not that it was taken.
        # A yes that says only the post ("ya i took a bunch of selfies and posted them on
        # insta", a later trial's teen, taken as collected and so a member) says no more.
        return None, _POSTED_WHY
    if pointer == _RIGHTS_STATEMENT and _SELFIES.search(said) and parse_yes_no(text)[0] is False:
        # "no, just selfies and stuff on instagram" (a later trial's, taken as holding rights
        # in no photograph): a selfie is a photograph its subject took.
        return None, _SELFIE_WHY
    if _shape(pointer) == ("photograph", "commissioned") and _OTHERS_PAID.search(said) and \
            parse_yes_no(text)[0] is None and not _NEGATED.search(said) and not _doubted(said):
        # "the clients paid for them though" (a later trial's studio, "Not understood"): someone
        # who is not the photographer ordered it and paid, a yes (former s. 13(2)).
        return True, ("taken as: yes: someone other than the photographer ordered it and paid "
                      "for it; if not, type back")
    if _shape(pointer)[1] in _AGREEMENTS and _NEVER_AGREED.search(said) and \
            parse_yes_no(text)[0] is None and not _doubted(said):
        # "its my own company, i never signed anything like that" (a later trial's one-person
        # company, "Not understood"): a no, said back with what else counts, as none of these
        # needs a signature (s. 13(3) and former s. 13(2), "any agreement"; s. 14.1(2), a
        # waiver).
        return False, ("taken as: no; it need not have been signed or written: if there was "
                       "one all the same, type back")
    if _shape(pointer) == ("photograph", "made_in_course_of_employment") and _HIRED.search(said) \
            and not _ON_STAFF.search(said) and parse_yes_no(text)[0] is not False:
        # "yes its his job, hes a professional photographer", "we hired him for the day" (a
        # later trial's business, taken as an employee's; "no we hired him" is a no): s. 13(3)
        # speaks of a contract of service, an employment, not one for a job done.
        return None, _HIRED_WHY
    return None


# The agreements a person says they never made by saying they never signed one.
_AGREEMENTS = frozenset({
    "employment_agreement_to_contrary", "commission_agreement_to_contrary", "moral_rights_waived",
})
_NEVER_AGREED = re.compile(
    r"\b(?:never|didn'?t|did not|haven'?t|have not|hasn'?t|has not|wasn'?t|was not)\s+"
    r"(?:ever\s+)?(?:sign|signed|agree|agreed|give|gave|given)\b|"
    r"\bno (?:such )?(?:agreement|contract|deal|waiver)\b|\bnothing like that\b|"
    # "we never talked about it" (a later trial's photographer, "Not understood").
    r"\bnever (?:talked|spoke|discussed|agreed)(?: about)?(?: it| that| this)?\b|\bit never came up\b"
)


def _granted(text: str) -> tuple[Any, str] | None:
    """A permission to use the photograph said (a yes, said back as a licence), or a payment
    alone said (refused, with why paying does not pass the copyright); else None."""
    said = normalize(text)
    if _NEGATED.search(said) or _doubted(said):
        return None
    if _ALLOWED_TO_USE.search(said):
        return True, "taken as: yes: a permission to use it is a licence"
    if _LEFT_BY_WILL.search(said):
        return True, "taken as: yes: left to you on a death"
    if _PAID_FOR.search(said) and parse_yes_no(text)[0] is None:
        return None, _PAID_WHY
    return None


# Police named in a yes to whether the RCMP searched, that are not the RCMP ("the cops"), and
# the words of the RCMP.
_OTHER_POLICE = re.compile(r"\b(?:cops?|police|officers?|detectives?|spvm|opp|sq|tps|vpd)\b")
_THE_RCMP = re.compile(r"\b(?:rcmp|mounties|mountie|grc|federal)\b")


# The name of a photograph the RCMP searched with that the person cannot tell apart.
_UNKNOWN_USED = "the one the RCMP used"


# A licence, asked alone of one who said no photograph Clearview collected was sold, given or
# left to them (T-713-20's grantees include a licensee: reading R11 = any).
# Said as the question was put: of the photographs not named when it was answered (a trial's
# son read "You said no photograph Clearview collected was sold, given or left to the claimant"
# of a photograph he had answered "don't know" of).
_LICENSED = (
    "Earlier you said Clearview collected no other photograph that you took, had someone take "
    "for you, or whose copyright was sold, given or left to you. Were you given permission to "
    "use {item} (a licence of its copyright)?",
    "Earlier you said Clearview collected no other photograph that the claimant took, had "
    "someone take for them, or whose copyright was sold, given or left to them. Was the "
    "claimant given permission to use {item} (a licence of its copyright)?",
)
_LICENSED_ANY = (
    "Apart from the photographs named, were you given permission to use any photograph "
    "Clearview collected (a licence of its copyright)?",
    "Apart from the photographs named, was the claimant given permission to use any photograph "
    "Clearview collected (a licence of its copyright)?",
)
# What "no" to the rights question says too, of T-713-20's statements (ask_statement).
_NO_RIGHTS_ALSO = (
    "/statements/authored_unlisted_collected_photograph",
    "/statements/received_grant_in_unlisted_collected_photograph",
)
# A photograph named after the statement that it exists: its facts, the statements its naming
# carries, and what the request to name it says ("{face}": whose face; "{who}": who).
_NAMED_COLLECTED: tuple[dict[str, Any], tuple[str, ...], str] = (
    {"collected_by_clearview": True}, _PHOTO_STATEMENTS, "of them",
)
_NAMED_AFTER: dict[str, tuple[dict[str, Any], tuple[str, ...], str]] = {
    _POSTED_STATEMENT: (
        {"claimant_face_appears": True, "posted_publicly": True}, (_POSTED_STATEMENT,),
        "photograph of {face} that was posted on a web page anyone could see",
    ),
    # T-713-20's: a photograph named after "yes, I took one" was taken by the claimant, and the
    # statement, of one not listed, is carried by it (it stood as well, and the class was
    # met at once on it, "not listed", of the photograph just named: a trial).
    _NO_RIGHTS_ALSO[0]: (
        {"collected_by_clearview": True, "author": "claimant"}, (_NO_RIGHTS_ALSO[0],),
        "photograph Clearview collected that {who} took",
    ),
    # Named as one whose copyright, or a licence of it, came to the claimant: said of it too.
    _NO_RIGHTS_ALSO[1]: (
        {"collected_by_clearview": True, "granted_to_claimant": True}, (_NO_RIGHTS_ALSO[1],),
        "photograph Clearview collected whose copyright was assigned or licensed to {who}",
    ),
}


# Who took a photograph, as an organisation answering for itself says it (ask_organisation_author).
_ORGANISATION_AUTHOR: tuple[Choice, ...] = (
    ("staff", "one of your staff, as part of their job", (
        "staff", "an employee", "employee", "our photographer", "our staff photographer",
        "my staff", "my staff took them", "my staff took it", "our staff took them",
        "my employees", "an employee did", "the staff", "staff did", *_OURSELVES,
    )),
    # "a photographer we hired" (a trial's agency, taken as someone else: whether it ordered and
    # paid for the photograph, which made it the first owner of one made before 7 November
    # 2012 under former s. 13(2) of the Copyright Act, was never asked).
    ("hired", "a photographer you hired and paid to take it", (
        "a photographer we hired", "we hired a photographer", "a hired photographer",
        "we hired", "hired", "we paid a photographer", "a photographer we paid",
        "someone we hired", "we hired someone",
        # ("a freelancer we hired for the day", "freelancer we paid": a later trial's company,
        # "Not understood".)
        *(f"{a}{who} we {did}{when}" for a in ("a ", "") for who in ("freelancer", "contractor")
          for did in ("hired", "paid") for when in ("", " for the day", " for it")),
        "we hired a freelancer", "we paid a freelancer", "we hired a contractor",
        # The one hired before, of another photograph ("same freelancer, same day", "the
        # freelancer again": a later trial's bakery, each "Not understood"; "again" is not read).
        *(f"{same}{who}" for same in ("same ", "the same ", "the ")
          for who in ("freelancer", "contractor", "guy", "one", "photographer")
          if (same, who) not in (("the ", "one"), ("the ", "photographer"))),
    )),
    ("other", "someone else", (
        "someone", "someone else", "another person", "other", "a freelancer",
        "a photographer", "a freelance photographer", "a contractor", "an agency",
    )),
)
# The one answering for an organisation, named as who took it ("me, im the owner", a trial's):
# not the organisation, nor by that alone one of its staff.
_ANSWERER = re.compile(r"^(?:me|i did|i took (?:it|them)|myself|the owner|i'?m the owner)\b")


# Who took a photograph, said of another by one answering for themselves: "mike, he took it",
# "my assistant", "my assistant took those", "the newspaper's photographer" (a later trial's
# were each "Not understood"). Not a thing of one's own ("my phone", "my camera": one's own
# photograph), nor where the person says they took it.
_ANOTHER_TOOK = re.compile(
    r"(?:[a-z]+,? )?(?:he|she|they) took (?:it|them|those|that|these|the photos?)\b.*"
    r"|my (?!own\b|self\b|selfies?\b|phone\b|camera\b|iphone\b|cell\b|cellphone\b|tripod\b|"
    r"timer\b|account\b|page\b)[a-z]+(?: [a-z]+)?(?: took (?:it|them|those|that|these))?"
    r"|(?:the |a |an )?(?:[a-z']+ )?photographer(?: [a-z' ]+)?"
)
_I_TOOK = re.compile(r"\b(?:i|me|myself|i'?m|i am|mine)\b")


def _authors_differ(text: str) -> tuple[None, str] | None:
    """Who took a group of photographs, said as more than one person ("me mostly", "me and my
    second shooter": a later trial's wedding photographer, "Not understood"): refused, with
    how to name them apart (SOME_DIFFER); None for any other answer. Not of a photograph
    taken together, which is one of joint authors."""
    said = normalize(text)
    if _MIXED_AUTHORS.search(said) and not _TOGETHER.search(said):
        return None, (f"some one way and some the other: where {SOME_DIFFER}; of one taken "
                      "together, answer so (as: me and my partner, together)")
    return None


def _took_together(text: str) -> tuple[str, str] | None:
    """Of one answering for themselves, a photograph said taken with another ("me and my wife
    together": a trial's, taken as someone else alone): theirs, jointly (Copyright Act s. 2, "work
    of joint authorship"), said back; None for any other answer."""
    said = normalize(text)
    if _TOGETHER.search(said) and (re.match(r"we\b", said) or (
            _MIXED_AUTHORS.search(said) and re.match(r"(?:me|i|myself)\b", said))):
        return "claimant", "taken as: you, jointly with another who took it with you"
    return None


_TOGETHER = re.compile(r"\btogether\b|\bjoint(?:ly)?\b")

# Oneself named as the photographer ("me i was the photographer", "the photographer was me": a
# later trial's, each taken as someone else, "the photographer" being among its words).
_I_WAS_THE_PHOTOGRAPHER = re.compile(
    r"\b(?:i was|i'?m|i am|i've been|me,? i was)\s+(?:the|their|its|a)\s+(?:photographer|one "
    r"(?:who|that) took (?:it|them)|one taking (?:it|them|the (?:photos?|pictures?)))\b|"
    r"\bthe photographer (?:was|is|were) (?:me|myself)\b|^me,? the photographer\b"
)


def _i_was_the_photographer(text: str) -> tuple[str, str] | None:
    """Of one answering for themselves, themselves said to be the photographer: theirs, said
    back; None where it is denied or said of another too."""
    said = normalize(text)
    if _I_WAS_THE_PHOTOGRAPHER.search(said) and not _NEGATED.search(said) and \
            not _MIXED_AUTHORS.search(said):
        return "claimant", "taken as: me"
    return None


# One's kin named without "my", alone or "again" ("dad again"): not "mother's friend".
_BARE_KIN = re.compile(rf"({KIN_WORDS})(?:\s+(?:again|too|also|as well|did|took (?:it|them)))?"
                       r"[\s.!]*$")
_MIXED_AUTHORS = re.compile(
    r"\b(?:mostly|mainly|most of them|some of them|some by)\b|\bboth of us\b|"
    r"^(?:me|i|myself|we) (?:and|or|with|plus|took (?:it|them) with) (?:my|a|the|our|some) \w+"
)


def _another_took(text: str) -> tuple[Any, str]:
    """Of one answering for themselves, who took a photograph said as another person
    (_ANOTHER_TOOK): someone else, said back; else nothing."""
    said = normalize(text).strip(" .!")
    if _ANOTHER_TOOK.fullmatch(said) and not _I_TOOK.search(said):
        return "other", "taken as: someone else"
    return None, ""


def _answerer_took(text: str) -> tuple[Any, str]:
    """Who took a photograph, said by one answering for an organisation as themselves: asked
    again, with what each option means for them."""
    if _ANSWERER.search(normalize(text)):
        # Each option for them: "or 2 if not" read, to a later trial's one-person company, as
        # calling its owner a photographer it hired.
        return None, ("you, answering, are not the organisation: answer 1 if you took it as one "
                      "of its staff, as part of your job; 2 if it hired and paid you for that "
                      "job alone; or 3 if neither")
    return None, ""


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


# A state's name within a sentence, the longest first ("west virginia" before "virginia").
_STATE_NAMED = re.compile(
    r"\b(" + "|".join(re.escape(n) for n in sorted(US_STATES, key=len, reverse=True)) + r")\b"
)
# A large city said for its state ("chicago", a trial's, was refused), where the name is of
# one state's city alone (not Portland, Kansas City, Columbus, Springfield, Richmond): said
# back with its state, which a person corrects with "back".
_CITIES = {
    "chicago": "IL", "los angeles": "CA", "san francisco": "CA", "san diego": "CA",
    "san jose": "CA", "sacramento": "CA", "oakland": "CA", "fresno": "CA", "new york city": "NY",
    "nyc": "NY", "brooklyn": "NY", "manhattan": "NY", "queens": "NY", "the bronx": "NY",
    "bronx": "NY", "staten island": "NY", "buffalo": "NY", "virginia beach": "VA",
    "houston": "TX", "dallas": "TX", "san antonio": "TX", "austin": "TX", "phoenix": "AZ",
    "philadelphia": "PA", "pittsburgh": "PA", "seattle": "WA", "boston": "MA", "miami": "FL",
    "atlanta": "GA", "detroit": "MI", "denver": "CO", "las vegas": "NV", "baltimore": "MD",
    "new orleans": "LA", "minneapolis": "MN", "milwaukee": "WI", "st. louis": "MO",
    "st louis": "MO", "cleveland": "OH", "honolulu": "HI", "anchorage": "AK",
    "salt lake city": "UT", "nashville": "TN", "indianapolis": "IN", "charlotte": "NC",
}
_CITY_NAMED = re.compile(
    r"\b(" + "|".join(re.escape(n) for n in sorted(_CITIES, key=len, reverse=True)) + r")\b"
)


# Canada's provinces and territories, and its largest cities whose name a person would mean of
# no other place, as a person names them beside a period ("toronto since 2001", asked of the
# United States, was taken as a period there and its state asked).
_CANADIAN_PLACES = (
    "ontario", "quebec", "québec", "british columbia", "bc", "b.c.", "alberta", "manitoba",
    "saskatchewan", "nova scotia", "new brunswick", "newfoundland", "labrador",
    "prince edward island", "pei", "yukon", "nunavut", "northwest territories", "canada",
    "toronto", "montreal", "montréal", "vancouver", "calgary", "edmonton", "ottawa", "winnipeg",
    "quebec city", "halifax", "saskatoon", "regina", "mississauga", "brampton", "laval",
    "gatineau", "kitchener", "st. john's", "fredericton", "moncton", "charlottetown",
    "whitehorse", "yellowknife", "iqaluit", "markham", "burnaby", "kelowna", "sherbrooke",
    "thunder bay", "sudbury", "scarborough", "etobicoke",
)
_CANADA_NAMED = re.compile(
    r"\b(" + "|".join(re.escape(n) for n in sorted(_CANADIAN_PLACES, key=len, reverse=True))
    + r")(?!\w)"
)


def _places_named(said: str) -> dict[str, str]:
    """The places words name, by country, the first of each in words: a state or a city of the
    United States, a province or a city of Canada, a country ("in boston": {"US": "Boston"})."""
    words = normalize(said)
    places: dict[str, str] = {}
    for state in _STATE_NAMED.findall(words):
        places.setdefault("US", subdivision_name(f"US-{US_STATES[state]}"))
    for city in _CITY_NAMED.findall(words):
        places.setdefault("US", string.capwords(city))
    for place in _CANADA_NAMED.findall(words):
        places.setdefault("CA", place.upper() if place in ("bc", "b.c.", "pei") else
                          string.capwords(place))
    for code in sorted(countries_named(words)):
        places.setdefault(code, country_name(code))
    return places


# Another period said after the one asked of, before or after it: "since 2001, before that a
# few years in boston in the 80s".
_BESIDE = re.compile(r"[,;.]?\s*(?:and )?(?:before|after) (?:that|then),?\s+(\S.*)$")


def _in_canada_beside(
    text: str, parse: Callable[[str], tuple[list[dict[str, Any]] | None, str]]
) -> tuple[list[dict[str, Any]] | None, str]:
    """Periods asked of Canada (:func:`_in_canada`); where the answer adds, before or after
    them, a time in a place of another country alone ("since 2001, before that a few years in
    boston in the 80s", a later trial's, told to give "the year, not a time relative to
    today"), the periods before it, the rest said not to be read here, as of a country named
    alone ("before that the philippines")."""
    read = parse(text)
    beside = _BESIDE.search(normalize(text)) if read[0] is None else None
    if beside is not None and beside.start() > 0:
        places = _places_named(beside[1])
        if places and "CA" not in places:
            periods, why = parse(normalize(text)[:beside.start()])
            if periods is not None:
                place = next(iter(places.values()))
                return _in_canada(text, (periods, _both(
                    why, f"what was said of {place} is not read here (this asks of one country)"
                )))
        # A place not known by name, in a few words and no date ("since i was 6, before that
        # paris": a later trial's, refused after her date of birth was asked): the periods
        # before it, with what was not read said back, and how to add it were it in Canada.
        tail = beside[1].strip(" .!")
        if not places and not any(c.isdigit() for c in tail) and len(tail.split()) <= 4:
            periods, why = parse(normalize(text)[:beside.start()])
            if periods is not None:
                return _in_canada(text, (periods, _both(
                    why, f'"{tail}" is not read here (this asks of Canada): if it is a place '
                    "in Canada, type back and give its years too"
                )))
    return _in_canada(text, read)


def _elsewhere(
    country: str, read: tuple[list[dict[str, Any]] | None, str]
) -> tuple[list[dict[str, Any]] | None, str]:
    """Periods asked of ``country`` said with a place in another ("since 2016 in illinois",
    asked of Canada, was taken as a period in Canada, the state to be asked where it matters;
    "toronto since 2001", asked of the United States, as one there): refused, the place named
    with its country. A period whose words name places of more than one country, or of none
    known, stands."""
    periods, why = read
    if periods is None:
        return read
    # The words of each period said with its place, as the note of how it was taken quotes them.
    for part in why.split("; "):
        if not _PLACE_ASKED.search(part):
            continue
        places = _places_named(part.partition(": taken as ")[0])
        if len(places) != 1 or country in places:
            continue
        ((other, place),) = places.items()
        asked = country_name(country)
        where = f"not of {place}" if place == country_name(other) else \
            f"and {place} is in {country_name(other)}"
        return None, (
            f"this asks only of {asked}, {where}; give the periods in {asked}, or none if "
            "there were none"
        )
    return read


def _state_said(
    country: str, text: str, read: tuple[list[dict[str, Any]] | None, str]
) -> tuple[list[dict[str, Any]] | None, str]:
    """Periods read from ``text``; one period in the United States said with its state, or a
    city of one ("from birth until 2019, in california": a trial's was then asked the state),
    is in it (said back where the periods are kept), and not asked; one said with a place in
    another country, refused (:func:`_elsewhere`)."""
    periods, why = read = _elsewhere(country, read)
    named = _parse_state(text)[0] if country == "US" and periods and len(periods) == 1 else None
    if named is not None and periods is not None:
        periods = [{**periods[0], "subdivision": named}]
        why = _PLACE_ASKED.sub("", why)
        # The words beside a date are the place, read as it now is (a trial's "from birth till
        # 2020, seattle" was told they were not read, and then "taken as: in Washington").
        why = why.replace("; the words beside it are not read", "")
    return periods, why


def _naming(words: str, place: re.Pattern[str]) -> str:
    """The part of an answer, between commas, that names a place: a doubt elsewhere is of the
    dates ("chicago, not sure, maybe 2012 or 2013 till 2016": a later trial's was asked the
    state)."""
    return next((part for part in words.split(",") if place.search(part)), words)


def _in_canada(
    text: str, read: tuple[list[dict[str, Any]] | None, str]
) -> tuple[list[dict[str, Any]] | None, str]:
    """Periods asked of Canada, said with a place in it: no word that the place is asked where
    it matters ("toronto since 2001" was told so by a later trial's interview: nothing of a
    place in Canada is asked); said of a place in another country, refused (:func:`_elsewhere`).
    """
    periods, why = read = _elsewhere("CA", read)
    if periods is not None and _parse_state(text)[0] is None:
        why = _PLACE_ASKED.sub("", why)
    return periods, why


_PLACE_ASKED = re.compile(r" \((?:the state or province|the place) is asked only where it matters\)")


# A state said of part of a period only.
_PART_OF_THE_TIME = re.compile(
    r"\b(?:most(?:ly)?|mainly|largely|partly|part of|some of|except|apart from|other than|"
    r"but (?:a|one|for)|half)\b"
)


_STATE_OF_PART = (
    'name the one state of the whole period; if there was another within it, type "back" and '
    "give the periods in each apart"
)


def _parse_state(text: str) -> tuple[str | None, str]:
    """A US state by its name or its two letters, as ISO 3166-2 ("US-IL"); or the one state a
    sentence names ("illinois the whole time", said back as taken; a trial's person saw it
    refused), by its name, never by two letters within words ("in", "me" and "or" are states'),
    nor where the sentence denies it or names another."""
    words = normalize(text).removeprefix("the state of ").strip(" .!")
    code = US_STATES.get(words) or (words.upper() if words.upper() in US_STATES.values() else None)
    if code is not None:
        return f"US-{code}", ""
    named = set(_STATE_NAMED.findall(words))
    if len(named) > 1:
        # "back" returns to the periods in the United States, where each state's are told apart.
        return None, (
            'name one state; if there were two in that time, type "back" and give the periods '
            "in each apart"
        )
    state_part = _naming(words, _STATE_NAMED)
    if (named or _CITY_NAMED.search(words)) and _PART_OF_THE_TIME.search(words):
        # "most of those years illinois" (a later trial's, taken as Illinois for all eight):
        # a state for part of the period is not its state.
        return None, _STATE_OF_PART
    if named and _doubted(state_part):
        return None, "a state is taken only when you are sure; if you are not, answer don't know"
    if len(named) == 1 and not _NEGATED.search(_STATE_NAMED.sub(" ", state_part)):
        (name,) = named
        code = f"US-{US_STATES[name]}"
        return code, f"taken as: {subdivision_name(code)}"  # "District of Columbia"
    cities = set(_CITY_NAMED.findall(words))
    city_part = _naming(words, _CITY_NAMED)
    if len({_CITIES[city] for city in cities}) == 1 and not _doubted(city_part) and \
            not _NEGATED.search(_CITY_NAMED.sub(" ", city_part)):
        code = f"US-{_CITIES[cities.pop()]}"
        return code, f"taken as: {subdivision_name(code)}"
    # A state's name misspelt ("illnois", a trial's): the one name it is close to, said back.
    near = difflib.get_close_matches(
        words, [n for n in US_STATES if len(n) > 4 and n[:1] == words[:1]], n=2, cutoff=0.85
    )
    if len(near) == 1 or (len(near) == 2 and difflib.SequenceMatcher(None, words, near[0]).ratio()
                          > difflib.SequenceMatcher(None, words, near[1]).ratio() + 0.05):
        code = f"US-{US_STATES[near[0]]}"
        return code, f"taken as: {subdivision_name(code)}"
    return None, "name the state, as Illinois or IL; or don't know"


# Whether Clearview's database held the claimant's face (MDL-2967's statement).
_DATABASE_STATEMENT = "/statements/unlisted_database_image_depicts_claimant"
_STATEMENT_FIELDS = frozenset(attrs.fields_dict(Statements))


# A settlement in the United States as people name it ("the US settlement").
_US_WORDS = ("us settlement", "u.s. settlement", "united states", "american", "america")
# The lists a person answers as periods ("since 2001", "1988 to 1992", "none").
_PERIOD_LISTS = frozenset({"residence", "citizenship", "author_residence", "author_citizenship"})


def _turns_within(fact: MissingFact, missing: Iterable[MissingFact]) -> bool:
    """Whether a class whose missing facts are ``missing`` turns on a day within the range a
    date asked again more exactly was given as (``fact.given_as``), or needs it where it names
    no day; of any other fact, True (the findings say which classes read it)."""
    within = fact.given_as if fact.reason is MissingReason.IMPRECISE else None
    if within is None:
        return True
    return any(
        not need.turns_on or any(within.earliest < line <= within.latest for line in need.turns_on)
        for need in missing if need.pointer == fact.pointer
    )


def _turning(
    given: DateRange, lines: tuple[dt.date, ...], question: str = "",
    after: frozenset[dt.date] = frozenset(),
) -> str:
    """The days within a date given roughly that an outcome turns on, in words: ", as it
    matters whether it was before 21 June 2015" (at most three days named); one the engine's
    ``question`` says as the day before ("on or before 8 July 2020"), or the day after a day
    membership is assessed on (``after``), said so here too (a trial's person was told "before
    9 July 2020", then asked "on or before 8 July 2020"; a later trial's, "on which side it
    falls of 7 November 2012 and 9 July 2020")."""
    inside = [line for line in lines if given.earliest < line <= given.latest]
    if not inside:
        # The days not known (a rule that reads the date through a span of other dates): said
        # all the same (a later trial's person was told only "is not enough to tell").
        return ", as a day that matters falls within it"

    def when(line: dt.date) -> str:
        inclusive = f"on or before {in_words(line - dt.timedelta(days=1))}"
        return inclusive if inclusive in question or line in after else f"before {in_words(line)}"

    named = [when(line) for line in inside[:3]]
    more = " (and other days)" if len(inside) > 3 else ""
    if len(named) == 1:
        return f", as it matters whether it was {named[0]}"
    if not any(said.startswith("on or before") for said in named):
        days = [said.removeprefix("before ") for said in named]
        return (f", as it matters on which side it falls of {', '.join(days[:-1])} and "
                f"{days[-1]}{more}")
    return f", as it matters whether it was {', '.join(named[:-1])}, or {named[-1]}{more}"


def _tested(who: str, label: str) -> str:
    """What a condition asks of the person, after "a member" or "a claimant": "a member is 18
    or older"; a condition that is not said of the person (most are: "is", "has", "resided")
    follows a colon: "a claimant: a photograph of their face was posted ..."."""
    return f"{who}: {label}" if label.startswith(("a ", "an ", "the ")) else f"{who} {label}"


# A photograph's name that says someone else took it ("wedding pics my friend took", "taken by
# my sister"), not "taken by me".
# A photograph named as being of the person ("me as a baby", "pics of me at the lake").
_OF_ME = re.compile(r"^(?:me|myself)\b|\b(?:of|with) me\b|\bme (?:as|at|in|on|with|and|when)\b")
_BY_ANOTHER = re.compile(
    r"\b(?:friends?|sister|brother|mom|mum|mother|dad|father|wife|husband|partner|cousin|aunt|"
    r"uncle|son|daughter|photographer|someone|somebody|he|she|they|a stranger) (?:took|shot)\b"
    r"|\b(?:taken|shot|photographed) by (?!me\b|myself\b|the claimant\b)"
)


# Photographs of one's kin ("my dads photos", "photos my mother took"), said of whom a claim is
# for: an heir's, or the kin's own.
_KIN_PHOTOGRAPHS = re.compile(
    r"\b(?:(?:dad|father|mom|mum|mother|parents?|grandpa|grandfather|grandma|grandmother|"
    r"husband|wife|brother|sister|uncle|aunt)'?s (?:old )?(?:photos?|photographs?|pictures?|pics|"
    r"slides|negatives|prints|work)|(?:photos?|photographs?|pictures?|pics) (?:that )?my "
    r"(?:dad|father|mom|mum|mother|parents|grandpa|grandfather|grandma|grandmother|husband|wife|"
    r"brother|sister|uncle|aunt) took"
    # "its for my dad, he was a photographer and he passed away in 2016" (a later trial's son,
    # never asked whose claim it was): the kin's photographs, said by their trade.
    r"|(?:he|she|they) (?:was|were) (?:a |an )?(?:\w+ )?photographers?)\b"
)
_HEIR_OR_DEAD_ASKED = "heir or dead"  # asked next: whose claim it is (for_whom)


def _kin_named(said: str) -> str:
    """The one of a person's own an answer names ("my dad"), also by the possessive ("my dads
    photos", "my dad's"); "" where none is."""
    kin = _KIN.search(said)
    if kin is not None:
        return kin[0]
    for owner in re.finditer(r"\b((?:my|our) [a-z]+?)(?:'s|’s|s)\b", said):
        if _KIN.fullmatch(owner[1]):
            return owner[1]
    return ""


def _heir_or_dead(text: str) -> str | None:
    """Of whom a claim is for, the photographs of one's kin who has died: whose claim it is,
    the heir's or the kin's, is asked next (nothing said back as taken before it)."""
    said = normalize(text)
    return _HEIR_OR_DEAD_ASKED if _KIN_PHOTOGRAPHS.search(said) and _DIED.search(said) else None


# A business the person runs in their own name ("my business. its not incorporated, its just
# me", a later trial's, taken as a company): in law it is its owner, a natural person, whose
# claim it is (a sole proprietorship has no legal existence apart from its owner: the Canada
# Revenue Agency's definition, "an unincorporated business that is owned by one individual
# ... does not have separate legal status"; the classes' "natural or legal persons", BRIEF
# section 2). A business named by its trade alone ("my bakery") may be either: asked.
# A freelancer only of oneself: "we bought some photos off a freelancer" (a later trial's
# bakery, taken as its owner's own business) names the photographer.
_OWN_BUSINESS = re.compile(
    r"\b(?:not incorporated|unincorporated|not a company|isn'?t a company|sole proprietor(?:ship)?|"
    r"self[- ]employed|(?:i'?m|i am|i work as|i'?ve been) (?:a )?freelanc\w*|i freelance|"
    r"freelancing|just me|only me|on my own|in my own name|one[- ]man|one[- ]woman)\b"
)
_A_TRADE = re.compile(
    r"\b(?:business|shop|store|bakery|restaurant|studio|firm|cafe|salon|practice)\b"
)
_AN_ENTITY = re.compile(
    r"\b(?:company|corporation|incorporated|inc|ltd|limited|corp|charity|non-?profit|"
    r"association|society|foundation|organi[sz]ation|partnership|agency|brokerage|realty|"
    r"real estate)\b"
)
_INCORPORATED_ASKED = "incorporated?"


def _own_business(text: str) -> tuple[str, str] | str | None:
    """Of whom a claim is for, a business: the person's own where it is said to be run in their
    name (taken as them, said back); asked whether incorporated where named by its trade alone;
    else None (the options read it)."""
    said = normalize(text)
    if not _A_TRADE.search(said) and not _AN_ENTITY.search(said):
        return None
    kind = _business_kind(said)
    if kind == "own":
        return "me", ("taken as: yourself (a business that is not incorporated is, in law, its "
                      "owner)")
    return None if kind == "company" else _INCORPORATED_ASKED


def _business_kind(said: str) -> str:
    """What words that name a business say of it: "own" where it is run in one's own name (a
    business not incorporated is, in law, its owner), "company" where it is an entity, "" where
    they do not say."""
    if _OWN_BUSINESS.search(said):
        return "own"
    return "company" if _AN_ENTITY.search(said.replace("not incorporated", "")) else ""


def _business_owned(text: str) -> tuple[Any, str] | None:
    """Of who owned the film or card a photograph of one's own was first recorded on, one's
    business ("me, well the studio": a later trial's photographer, taken as "me", and so the
    deemed author under former s. 10(2)): oneself where it is run in one's own name, someone
    else where it is a company (a person apart in law), else asked which; None where no
    business is named."""
    said = normalize(text)
    if not _A_TRADE.search(said):
        return None
    kind = _business_kind(said)
    if kind == "own":
        return "claimant", ("taken as: me: a business that is not incorporated is, in law, its "
                            "owner")
    if kind == "company":
        return "other", ("taken as: someone else: a company is a person apart from you in law; "
                         "if it was not incorporated, type back and answer me")
    return None, _BUSINESS_OWNED_WHY


_BUSINESS_OWNED_WHY = (
    "a business that is a company (incorporated: Inc., Ltd. or Corp. after its name) is someone "
    "else in law, and one run in your own name is you: answer me or someone else"
)


_INCORPORATED: tuple[Choice, ...] = (
    ("legal", "incorporated: a company (Inc., Ltd. or Corp. after its name)",
     ("incorporated", "yes", "yes it is", "company", "a company", "inc", "ltd", "corp",
      "corporation", "limited", "it's a company", "its a company",
      # ("its an inc": a later trial's, "Not understood".)
      "an inc", "its an inc", "it's an inc", "its inc", "it's incorporated", "its incorporated",
      "we're incorporated", "we are incorporated", "were incorporated", "a corporation",
      "its a corporation", "it's a corporation", "a corp", "its a corp", "a ltd", "llc", "an llc")),
    ("me", "not incorporated: run in my own name",
     ("not incorporated", "no", "no it isn't", "no its not", "no it's not", "unincorporated",
      "my own name", "in my own name", "sole proprietor", "sole proprietorship", "just me",
      "mine", "it's mine", "its mine", "self-employed", "self employed")),
)


_HEIR_OR_DEAD: tuple[Choice, ...] = (
    ("me", "mine: I may hold rights in them now",
     ("me", "mine", "my own", "i am the heir", "heir", "i inherited", "inherited", "my claim")),
    ("dead", "theirs: for the person who died",
     ("theirs", "his", "hers", "for him", "for her", "for them", "the estate", "estate")),
)


def _kin_alive(text: str) -> tuple[str | None, str]:
    """A claim said to be for one's kin, with no word of a death ("my daughter", "for my
    daughter, she's 15": a trial's parent was refused both): another person, who is alive,
    said back as taken; one who has died is named so ("my dad, he died") by its option."""
    word = normalize(text)
    if _KIN.search(word) and not _DIED.search(word) and not _doubted(word):
        return "living", "taken as: another person, who is alive"
    return None, ""


# "me im 16" (a later trial's teen, "Not understood"; "me, im 16" was taken): oneself, with an
# age (read as a date of birth after: for_whom).
_ME_AGED = re.compile(rf"(?:its |it'?s |for )?(?:me|myself),?\s+(?:{_AGE.pattern})[.!]*")


def _me_aged(text: str) -> str | None:
    """Of whom a claim is for, oneself said with one's age; None for any other answer."""
    return "me" if _ME_AGED.fullmatch(normalize(text)) else None


def _kin_first(text: str) -> tuple[str | None, str] | None:
    """Of whom a claim is for, one's kin (_kin_alive) read before the options are ("our son"
    was taken by a later trial as a misspelt "our shop", a company: the child out of every
    class of natural persons), and two people named at once refused (one claim is one
    claimant's); None for any other answer."""
    if _TWO_CLAIMANTS.search(normalize(text)):
        return None, _ONE_CLAIMANT
    found = _kin_alive(text)
    return found if found[0] is not None else None


# A move said of a citizenship ("i moved here in 2009 from france", a later trial's, was taken
# as a citizen since 2009, which made the person a member on a fact never given).
_MOVED_HERE = re.compile(
    r"\b(?:moved|came|arrived|immigrated|emigrated|landed)(?: back)?(?: here| there| to canada)?\b"
)
_A_MOVE_IS_NOT_CITIZENSHIP = (
    "moving to Canada is not becoming a citizen: give when the citizenship began (since 2015, "
    "say), from birth, or none; if you do not know, answer don't know"
)
_ONE_CLAIMANT = ("one claim is for one person: answer for one of you now (yourself, say), then "
                 "run the interview again for the other")
_TWO_CLAIMANTS = re.compile(
    rf"\b(?:me|myself|i) (?:and|&) (?:my|our) |\b(?:both of us|the two of us|my (?:{KIN_WORDS}) "
    r"and (?:me|i|myself))\b"
)


# One's kin said to have taken a photograph ("my mom took them", "sister took it").
_KIN_TOOK = re.compile(
    rf"(?:(?:my|our) )?({KIN_WORDS})(?: did| took (?:it|them|those|that|these|the photos?|the "
    r"pictures?))\b"
)


# A parent or grandparent the claim is for ("my mom", "my late grandfather"): born before the
# person answering, who is at least of an age to answer (answers._ANSWERING_AGE).
_ELDER_KIN = re.compile(
    r"\bmy (?:late )?("
    + "|".join(sorted({word for group in _KIN_ALIKE for word in group}, key=len, reverse=True))
    + r"|parents?)\b"
)


# The words of a death: those that choose "a person who has died" (questions.py, _FOR_WHOM),
# and a few more said of one ("late", "gone").
_DIED = re.compile(r"\b(?:" + "|".join(
    re.escape(word) for value, _, words in _FOR_WHOM if value == "dead"
    for word in (*words, "passed", "late", "gone", "death")
) + r")\b")


def _deadline(action: Action) -> dt.date | None:
    """The day claim forms were due, from the seed's ``deadline`` of a criterion (MDL-2967's
    EC.timely); None for an action that takes none."""
    for definition in action.classes:
        for criterion in definition.criteria:
            deadline = criterion.parameters.get("deadline")
            if deadline is not None:
                return dt.date.fromisoformat(str(deadline))
    return None


def _due(action: Action) -> str:
    """When claim forms were due, said after the question whether one was filed: a trial's
    person said "not yet", not knowing it had passed."""
    day = _deadline(action)
    return "" if day is None else f" (Claim forms were due by {in_words(day)}.)"


# A claim form said filed by its deadline ("sometime in 2024 before the deadline": a later
# trial's, "Not understood").
_BY_THE_DEADLINE = re.compile(
    r"\b(?:before|by|on or before|ahead of)\s+the\s+(?:deadline|due date|cutoff|cut-off)\b|"
    r"\b(?:in|on)\s+time\b"
)


_BACK = frozenset({
    "back", "go back", "back please", "previous", "previous question", "the previous question",
    "undo", "go back please", "back one", "back up",
})


# The choices an option may be named within a sentence of: what a transfer was ("he left
# everything to me when he died"), who took a photograph ("my husband took it": a third
# trial's was refused, "my husband" alone taken).
_IN_SENTENCE = frozenset({("transfer", "kind"), ("photograph", "author")})


def _use_allowed(text: str) -> tuple[str, str] | None:
    """A transfer said as a permission to use ("we paid for them, they're ours to use": a later
    trial's business, taken as a sale of the copyright for its "paid"): a licence, said back;
    not where the copyright itself is said to be sold or given."""
    said = normalize(text)
    if (_ALLOWED_TO_USE.search(said) or re.search(r"\b(?:ours|mine|theirs) to use\b", said)) \
            and not _OF_COPYRIGHT.search(said) and not _NEGATED.search(said):
        return "licence", "taken as: a permission to use it that others may get too (a licence)"
    return None


# A platform's licence, said of how much a grant covered ("no idea, whatever facebook terms say":
# a later trial's poster, whom the count had told to count her post as a licence, then taken as
# don't know, and so as a grant of the whole copyright, out of T-713-20's authors who have not
# licensed theirs). A platform's terms license what is posted for running its service, not every
# use for good: Instagram's Terms of Use ("Permissions You Give to Us") and Facebook's Terms of
# Service (s. 3.3.1) end the licence when the post is deleted.
_PLATFORM_NAMED = re.compile(
    rf"\b(?:{_PLATFORM_NAMES}|terms of (?:use|service)|tos|t&c|t&cs)\b|\bterms\b.*\b(?:say|said|says)\b"
)


def _platform_terms(text: str) -> tuple[str, str] | None:
    """A grant said to be a platform's licence, by its terms, of how much it covered: part of
    the copyright, said back (see _PLATFORM_NAMED)."""
    said = normalize(text)
    if _PLATFORM_NAMED.search(said) and not re.search(r"\b(?:sold|assigned|whole|all of it)\b", said):
        return "partial", (
            "taken as: only some uses: a platform's terms of use license what is posted for "
            "running its service (Instagram's and Facebook's end when the post is deleted), "
            "not every use for good; if this grant was more than a post, type back"
        )
    return None


_SOLD = re.compile(r"\b(?:sold|sell|sale|bought|buy|paid|pay)\b")
_OF_COPYRIGHT = re.compile(r"\b(?:copyright|rights|all of it|everything|the whole)\b")


def _said_when(value: DateRange) -> str:
    """A date said back after "died": "in 2021", "on 3 May 2021", "between 2019 and 2023"."""
    words = _said(value)
    return words if words.startswith(("between", "on or", "in or", "some")) else (
        f"on {words}" if value.exact else f"in {words}"
    )


# How an answer understood, and refused for what its words say of the fact, is told.
_UNDERSTOOD = {
    _CC_AND_GRANT[0]: "Count both",
    _CC_AND_GRANT[1]: "Count both",
    _STATE_OF_PART: "A state of part of the time",
    _BUSINESS_OWNED_WHY: "Whose was the business",
    _NO_ARREST_WHY: "A search needs no arrest",
    _CC_COUNTS: "A Creative Commons licence counts",
    _PLATFORM_COUNTS: "A post on a platform counts",
    _OTHERS_PHOTOS_WHY: "Not only your own photographs",
    _SELFIE_WHY: "A selfie counts",
    _DATABASE_WHY: "Not the same question",
    _POSTED_WHY: "A post alone does not tell",
    _ONE_CLAIMANT: "Two people",
    _A_MOVE_IS_NOT_CITIZENSHIP: "A move is not a citizenship",
    _ASKED_ONCE: "Not the same question",
    "this asks only of": "Another country",
    _NONE_AFTER_GRANT[0]: "Not none",
    _NONE_AFTER_GRANT[1]: "Not none",
    _HIRED_WHY: "Hired is not employed",
    _PAID_WHY: "A payment alone is not enough to tell",
}


def _refusal(why: str) -> str:
    """How a refused answer is told: an answer said with a doubt was understood, and is refused
    for the doubt ("probably", "i think so"; a trial's person read "Not understood" as a
    misreading of plain words)."""
    if "only when you are sure" in why:
        return "You sound unsure"
    if why.startswith("some one way and some the other"):
        return "One answer is needed"  # understood: a group whose photographs differ
    if " has days both " in why or why.startswith(("a date said roughly", "early, mid or late")):
        # Understood: a date on both sides of the day asked of, or one said roughly ("around
        # 2014 maybe a bit earlier" was "Not understood" to a later trial's photographer).
        return "Not enough to tell"
    # Understood, and refused for what the words say of the fact (_read_first,
    # _count_of_grants); a hint may follow the why ('"why" tells ...').
    return next((heading for told, heading in _UNDERSTOOD.items() if why.startswith(told)),
                "Not understood")


# Photographs of a group taken over many years ("lots of years", "various years", "every year").
_MANY_YEARS = re.compile(
    r"\b(?:lots of|many|various|different|several|all sorts of|loads of|a lot of|a bunch of) "
    r"(?:different )?years\b|\b(?:every|each) years?\b|\ball over the place\b"
)

# "Can you say it more exactly?" answered that one cannot ("not really", "i cant", "thats all i
# know").
_CANNOT_SAY = re.compile(
    r"(?:not really|not exactly|not more|no more|(?:i )?can'?t\b|(?:i )?cannot\b|"
    r"(?:i )?(?:do not|don'?t) remember\b|that'?s all\b|thats all\b)"
)


def _group_differs(text: str) -> tuple[None, str] | None:
    """An answer that says the photographs of a group differ ("some were, some werent"; of
    when: "both? some before some after"): refused, with how to name them apart (SOME_DIFFER);
    None for any other."""
    if SOME_SAID.search(normalize(text)):
        return None, f"some one way and some the other: where {SOME_DIFFER}"
    return None


# A question back, said without its question mark ("what does that even mean").
# The words a person may ask the meaning of, in plain words with the source each rests on.
_TERMS = {
    "clearview": (
        "Clearview AI is a company that gathered billions of photographs of faces from the "
        "internet, social media included, without the consent of those shown, and sells a "
        "service that finds a face among them; the RCMP used it (news report \"Mounties messed "
        "up by using Clearview AI, says Canadian Privacy Commissioner\", 2021)."
    ),
    "rcmp": "The RCMP is the Royal Canadian Mounted Police, Canada's federal police.",
    # A trial's person asked "what does that mean? a request for my data?" and was told the US
    # settlement's words alone, though the same fact counts in the Canadian classes. Clearview
    # found bound by PIPEDA: news report "Mounties messed up by using Clearview AI ...", 2021
    # (seeds 003_c3bedb0a33b6a91c.txt), as the result's last paragraph says.
    "request": (
        "A request for your data: Canada's private-sector privacy law lets anyone ask an "
        "organisation, in writing, for the personal information it holds about them, and "
        "Clearview AI was found bound by it; its reply says whether it holds photographs of your "
        "face (PIPEDA, S.C. 2000, c. 5, Schedule 1, principle 4.9)."
    ),
    # Privacy Act, R.S.C. 1985, c. P-21, s. 12(1) (a right of access to personal information
    # under a government institution's control; the RCMP is one: Schedule) and s. 22 (what may
    # be withheld for law enforcement).
    "rcmp request": (
        "A request for your personal information to the RCMP: Canada's Privacy Act lets anyone "
        "ask a federal institution, the RCMP among them, for the personal information about "
        "them it holds; its reply may say whether it searched with your photograph, though "
        "some of it may be withheld, as for an investigation (Privacy Act, R.S.C. 1985, c. "
        "P-21, ss. 12(1) and 22)."
    ),
    "search": (
        "To search Clearview's service is to give it a photograph of a face and get back the "
        "photographs it holds that show the same face."
    ),
    "biometric": (
        "Biometric data here are the measurements of a face that software takes from a "
        "photograph, to recognise the same face in others."
    ),
    # seeds/mdl-2967.json, the Nationwide Class's note: the settlement's FAQ, as summarised.
    "database": (
        "Clearview's database is where it stored the photographs of faces it collected from "
        "public websites, with the measurements of each face, for its service to search "
        "(the United States settlement's FAQ, as the settlement's notice of 2024-07-25 is "
        "summarised)."
    ),
    "moral rights": (
        "Moral rights are a photographer's rights to be named as the author of a photograph and "
        "to object to changes or uses that harm their reputation; they cannot be sold, can be "
        "given up (waived), and pass to heirs on death (Copyright Act, R.S.C. 1985, c. C-42, "
        "ss. 14.1, 14.2, 28.2)."
    ),
    "licence": (
        "A licence is permission to use a photograph; the copyright stays with its owner. An "
        "exclusive licence lets only the one given it use the photograph, not even the owner "
        "(Copyright Act, R.S.C. 1985, c. C-42, ss. 2.7, 13(4)). A Creative Commons licence, "
        "which anyone may take, is not exclusive (Creative Commons Attribution 4.0 "
        "International Public License, s. 2(a)(1)). Posting a photograph on a platform "
        "usually gives the platform such a licence by its terms of use (Instagram's Terms of "
        "Use: \"a non-exclusive, royalty-free, transferable, sub-licensable, worldwide "
        "license\"): it counts as one."
    ),
    "crown copyright": (
        "Crown copyright is the government's copyright in a work made or published by it or "
        "under its direction or control (Copyright Act, R.S.C. 1985, c. C-42, s. 12)."
    ),
    "joint authorship": (
        "A work of joint authorship is one made by two or more people together, where what each "
        "did cannot be told apart (Copyright Act, R.S.C. 1985, c. C-42, s. 2)."
    ),
    "copyright": (
        "Copyright is the right to copy a photograph and to let others copy it: it belongs "
        "first to whoever took the photograph (or their employer), unless it was sold, given "
        "or left to someone else (Copyright Act, R.S.C. 1985, c. C-42, ss. 3, 13)."
    ),
}
_TERM_ASKED = re.compile(
    r"\b(?:(?:what|who) (?:is|are|does)|whats|what's|whos|who's|"
    # "what do you mean by licence? i put them on flickr under creative commons", "does that
    # count as licensed?" (a later trial's, "Not understood").
    r"what do you mean(?: by)?|what is meant by|what counts as|(?:does|do|would) (?:that|it|this|"
    r"they) count as)(?: (?:the|a|an))? "
    r"(clearview|rcmp|copyright|search|biometric|database|moral rights?|licen[cs](?:e[ds]?|ing)|"
    r"crown copyright|joint authorship|(?:a )?request for (?:my|your|his|her|their) (?:data|"
    r"personal information|information))\b"
)
# The days questions turn on, said when a person asks why that day (a later trial's
# photographer typed "why that date?" of 7 November 2012, "Not understood", and "why" gave
# the rule's citations alone).
_DAYS = {
    "7 november 2012": (
        "7 November 2012 is the day the Copyright Modernization Act came into force. Before "
        "it, a photograph someone ordered and paid for belonged first to the person who "
        "ordered it, and the owner of the film or memory card it was first recorded on was "
        "taken as its photographer; since, the photograph belongs first to whoever took it, or "
        "to their employer (S.C. 2012, c. 20; Copyright Act, R.S.C. 1985, c. C-42, former ss. "
        "10(2) and 13(2), and s. 13(1) and (3))."
    ),
    # Former s. 10(1): a corporation's photograph, the year of making plus 50 years; a term
    # ended before 2012-11-07 not revived (S.C. 2012, c. 20, s. 59(1)): law/copyright.py,
    # _corporate_term. A trial's photographer asked "why that date?" of it and was told of 7
    # November 2012 alone.
    "1 january 1962": (
        "1 January 1962 matters for a photograph whose film or memory card a company owned: "
        "until 7 November 2012 its copyright lasted to the end of the fiftieth year after the "
        "year it was taken, so one taken before 1962 had lost it by the end of 2011, and the "
        "2012 changes did not bring it back (Copyright Act, former s. 10(1); S.C. 2012, c. 20, "
        "s. 59(1))."
    ),
    "8 july 2020": (
        "8 July 2020 is the day the Canadian actions were filed in the Federal Court, and who "
        "is in their classes is judged as on that day (RCMP question-period note \"Facial "
        "Recognition Lawsuit \u2013 Clearview AI\", 2020-07-20)."
    ),
    "21 june 2024": (
        "21 June 2024 is the day the United States court gave the Clearview settlement its "
        "preliminary approval, which opened the claims (In re Clearview AI, Inc. Consumer "
        "Privacy Litigation, MDL No. 2967, N.D. Ill.)."
    ),
    "25 october 2024": (
        "25 October 2024 was the last day to file a claim form in the United States "
        "Clearview settlement (In re Clearview AI, Inc. Consumer Privacy Litigation, MDL No. "
        "2967, N.D. Ill.)."
    ),
}
_TERMS.update(_DAYS)
_OF_A_DAY = re.compile(r"\b(?:date|day|year)s?\b")  # a question back of the day a question names

# The terms of _TERMS as a question may hold them, each with its key ("moral right" asked is
# "moral rights").
_TERM_KEYS = (
    *((day, day) for day in _DAYS),
    ("crown copyright", "crown copyright"), ("joint authorship", "joint authorship"),
    ("moral right", "moral rights"), ("biometric", "biometric"), ("database", "database"),
    ("licen", "licence"),
    ("search clearview", "search"), ("search", "search"), ("clearview", "clearview"),
    ("rcmp", "rcmp"), ("copyright", "copyright"), ("a request for", "request"),
    ("request for", "request"),
)


def term_key(said: str) -> str:
    """The key of _TERMS a term as said stands for."""
    return next(key for words, key in _TERM_KEYS if said.startswith(words))


def terms_in(question: str) -> list[str]:
    """The terms of _TERMS a question uses that it does not itself explain, in its order: told
    to one who asks what it means (a trial's "what does that mean?" was told only which class
    the question served, in the class's words)."""
    lower = question.lower()
    found: list[tuple[int, str]] = []
    for words, key in _TERM_KEYS:
        at = lower.find(words)
        if at < 0 or any(key == k for _, k in found):
            continue
        if key == "copyright" and lower.count("copyright") == lower.count("crown copyright"):
            continue  # only as part of "Crown copyright"
        if _TERMS[key].split(". ")[0] in question:
            continue  # the question says it itself ("(The RCMP is ...)")
        found.append((at, key))
    return [key for _, key in sorted(found)]
_ASKED_BACK = re.compile(r"\bwhat (?:does|do|is|are)\b|\bwhat'?s\b|\bmeans?\b")
_QUESTION_BACK = re.compile(
    r"(?:what do you mean|i (?:don'?t|do not) (?:understand|get it)|huh|what\??|meaning|"
    r"explain|explain (?:that|this|please)|what is that|what'?s that|"
    # "why does that matter", "how would i even find out" (a trial's, "Not understood").
    r"why (?:does|would|do) (?:that|it|this|you) (?:matter|need (?:to know|that|it)|ask)|"
    r"why do you (?:need|want) (?:to know|that|it)|why (?:is|would) that (?:matter|important)|"
    r"how (?:would|do|can|could|should) i (?:even )?(?:find out|know|tell|check)"
    r"(?: (?:that|this|it|for sure))?|"
    # "huh? what does that mean" (a later trial's, "Not understood" for want of its last "?").
    r"what (?:does|do) (?:that|it|this|those) (?:mean|word mean)|what does that even mean|"
    # "why that date?" (a later trial's photographer, of 7 November 2012).
    r"why (?:that|this|these|those|the) (?:date|day|year)s?|"
    r"why (?:is |does )?(?:that|this|the) (?:date|day|year) (?:matter|important)|"
    r"what (?:happened|is special|'?s special) (?:on|in|about) (?:that|this|the) "
    r"(?:date|day|year))[?!.]*"
)
_RCMP_REQUEST = "rcmp request"  # the key of _TERMS of a request to the RCMP
# Whether posting a photograph on a platform counts, asked back.
_POSTING_COUNTS = re.compile(
    r"\b(?:does|do|would|is|will) (?:posting|putting|sharing|uploading|publishing)\b.*\bcount"
)
# A request's words of one answering for another ("photographs of your face", to a parent).
_OF_THE_CLAIMANT = {"your data": "the claimant's data", "your face": "their face",
                    "your personal information": "the claimant's personal information",
                    "your photograph": "their photograph"}
_OF_YOU = re.compile("|".join(_OF_THE_CLAIMANT))
_NO_WAY_TO_KNOW = re.compile(r"\bhow (?:would|should|am) i (?:even |supposed to )?know\b")
_HOW_TO_KNOW = re.compile(r"\bhow (?:would|do|can|could|should) i (?:even )?(?:find out|know|check)")
# One question back or more, said one after the other ("huh? what does that mean").
_QUESTIONS_BACK = re.compile(rf"(?:(?:{_QUESTION_BACK.pattern})[,\s]*)+")


def _as_named(name: str) -> str:
    """A photograph's name as compared with those named before: "the instagram selfies" is
    "instagram selfies"; "one of my selfies" is "selfies" (a later trial's, named for the RCMP's
    search, became a second photograph beside "my selfies")."""
    return re.sub(
        r"^(?:(?:one|some|any|a few|two|three|all) of )?(?:the|my|our|his|her|their|that|those|"
        r"these|this) ", "", normalize(name),
    )


def _content_words(name: str) -> frozenset[str]:
    """The words of a photograph's name that tell it apart ("facebook" of "the facebook one"
    and of "my facebook pic"): not those that any name may hold."""
    return frozenset(re.findall(r"[a-z0-9]+", normalize(name))) - _ANY_NAME


_ANY_NAME = frozenset({
    "the", "my", "our", "his", "her", "their", "your", "one", "ones", "pic", "pics", "picture",
    "pictures", "photo", "photos", "photograph", "photographs", "that", "this", "those", "these",
    "a", "an", "of", "from", "on", "in", "with", "same", "as", "it", "its", "me", "i", "image",
    "images", "shot", "shots", "some", "and", "or", "to", "at", "for", "old", "new",
})


def _which(text: str) -> tuple[str | None, str]:
    """The name of the photograph a search used, new or named before; not one said with a
    doubt ("probably the instagram selfies" named a new photograph so, a later trial's)."""
    if _doubted(normalize(text)):
        return None, "a photograph is taken only when you are sure which; if you are not, answer don't know"
    return _name(text)


def _joined(names: list[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def run_interview(
    stdin: IO[str], out: IO[str], readings: Any, *, today: dt.date | None = None,
    claim_id: str | None = None,
    bundle: Any = None,
) -> dict[str, Any]:
    """Ask until nothing can change an outcome; print the determination; return the claim record.

    ``claim_id``, when given, is the record's ``claim_id`` from the start, so that the
    determination shown is the one its saved record gives. ``bundle``: the action asked
    about (the default action when None), or several as one
    (:class:`~classaction.engine.bundle.ActionFamily`, with its ``FamilyReadings``): a fact
    two of them need is asked once.
    """
    interview = _Interview(stdin, out, readings, today or dt.date.today(), claim_id, bundle)
    try:
        interview.run()
    except KeyboardInterrupt as interrupted:
        raise Interrupted(interview.record) from interrupted
    return interview.record


class Interrupted(KeyboardInterrupt):
    """An interview stopped by an interrupt (Ctrl-C), with the record of the answers so far."""

    def __init__(self, record: dict[str, Any]) -> None:
        super().__init__()
        self.record = record


def _when_lived(period: dict[str, Any], born: Any = None) -> str:
    """A period as its state is asked of: "from 2001"; "in 2015" as said for one said by one
    date (:func:`one_date_words`); "from birth" for one that began with the claimant's life
    ("since I was born", of one born "on or before 8 July 2020": not "from on or before
    2020-07-08", as a trial's person was asked). Days in words, as the questions say them."""
    if "start" not in period:
        return "then"
    within = None if period["start"] == born or one_date_words(period) else within_span(period)
    if within is not None:  # "in the 80s", as the result says it too
        said = within
    elif period["start"] == born:
        said = "from birth"
    else:
        said = one_date_words(period) or _from(DateRange.parse(period["start"]))
    # Its end too, where one was given: "from 1995" was asked of a period from 1995 to 2000.
    if "end" in period and said.startswith("from "):
        ended = _said(DateRange.parse(period["end"]))
        said += f" to {'some day ' if ended.startswith(('on or', 'in or')) else ''}{ended}"
    return _ISO_DAY.sub(lambda day: in_words(dt.date.fromisoformat(day[0])), said)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _from(start: DateRange) -> str:
    """The start of a period in words: "from 2001"; "from some day on or before 2001" of one
    known only to have begun by then."""
    said = _said(start)
    if said.startswith("between "):  # "from between 2013 and 2017" (a trial's) read badly
        return f"from some time {said}"
    return f"from some day {said}" if said.startswith(("on or", "in or")) else f"from {said}"
