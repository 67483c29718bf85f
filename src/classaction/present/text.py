"""A determination as plain text, for a person to read."""

from __future__ import annotations

import datetime as dt
import functools
import re
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from ..engine.action import (
    Action,
    AllOf,
    AnyOf,
    ClassDefinition,
    ClassKind,
    Event,
    Expression,
    ReadingSpec,
    SourceKind,
    TextStatus,
    criterion_ids,
)
from ..engine.cite import sections_joined
from ..engine.core import (
    ROUGH_DATES,
    ClassDetermination,
    Determination,
    FactUse,
    Finding,
    ItemFinding,
    MissingFact,
    MissingReason,
    Outcome,
    Reason,
    Share,
    compile_test,
    open_criteria,
    plain_test,
)
from ..engine.facts import FactKind, FactSpec
from ..engine.logic import Tri
from ..records.claim import PersonKind
from ..records.items import item_name
from ..records.items import spec_at as item_spec
from .words import ORDINALS

_VERDICT = {
    Outcome.MEMBER: "MEMBER",
    Outcome.NOT_MEMBER: "NOT A MEMBER",
    Outcome.UNDETERMINED: "UNDETERMINED: the facts given are not enough",
}
# An eligibility to claim (a settlement's claim form) is no membership: its outcome reads so.
_ELIGIBLE = {
    Outcome.MEMBER: "ELIGIBLE",
    Outcome.NOT_MEMBER: "NOT ELIGIBLE",
    Outcome.UNDETERMINED: "UNDETERMINED: the facts given are not enough",
}
_MARK = {Tri.TRUE: "met", Tri.FALSE: "not met", Tri.UNKNOWN: "not known"}
_ITEM_MARK = {Tri.TRUE: "qualifies", Tri.FALSE: "does not qualify", Tri.UNKNOWN: "not known yet"}
_MORE = {Tri.TRUE: "that qualify", Tri.FALSE: "that do not qualify", Tri.UNKNOWN: "not known yet"}
_WHY_MISSING = {
    MissingReason.LEFT_OUT: "not given",
    MissingReason.PROOF_INSUFFICIENT: "given, but needs a document or official record (reading R8)",
    MissingReason.NOT_LISTED: "mentioned but not described",
    MissingReason.IMPRECISE: "given, but not precisely enough",
}


def _why_missing(fact: MissingFact, presupposed: bool = False) -> str:
    """Why a fact is missing, in words; a date given roughly says how it was given.

    An item not listed is "mentioned but not described" only where the record says it exists:
    asked after a statement still unknown (``presupposed``: "If so: Describe any other ..."),
    or with nothing that says so (a period in the United States, where the record does not say
    its periods are complete), it is only not listed.
    """
    if fact.reason is MissingReason.IMPRECISE and fact.given_as is not None:
        return f"given as {fact.given_as.words()}, not precisely enough"
    if fact.reason is MissingReason.NOT_LISTED and (presupposed or fact.after is None):
        return "not listed"
    return _WHY_MISSING[fact.reason]
_PROOF = {"document": "shown by a document", "official_record": "shown by an official record"}
# A reading named by its number alone ("reading R9", "readings R1, R2", "reading R3 = either"),
# not followed by words of its own ("reading R9: the author keeps ..."); and a date a reading
# names ("the date reading R22 names", a label of MDL-2967's seed).
_READINGS = re.compile(r"\breadings? (R\d+(?:(?:, | and )R\d+)*)(?: = [\w.-]+)?(?![\w:,])")
_DATE_READING = re.compile(r"\(the date reading (R\d+) names\)")


def name_readings(text: str, action: Action, readings: Any) -> str:
    """``text`` with each reading it names by number alone named by what it decides too: its
    question and the answer read, by default or as chosen ("reading R2 (When must the person
    have been a resident or citizen of Canada? By default, on the as-of date)"). A person reads
    the words; the number stays, for ``-r`` and ``classaction action``. ``readings`` maps each
    reading's name to the value used (a determination's ``readings``); the determination's
    records keep the numbers as they are. A reading is put in words the first time the text
    names it, and named by its number after."""
    if "reading" not in text:
        return text
    specs = {spec.id: spec for spec in action.readings}

    def answer(reading_id: str) -> tuple[str, str, str] | None:
        spec = specs.get(reading_id)
        if spec is None:
            return None
        value = str(readings.get(spec.name, spec.default))
        how = "by default" if value == spec.default else "as chosen"
        return spec.question, how, spec.in_words(value)

    def date(match: re.Match[str]) -> str:
        said = answer(match[1])
        return match[0] if said is None else f"(as read {said[1]}: {said[2]})"

    def named(match: re.Match[str], line: str, seen: set[str]) -> str:
        ids = re.findall(r"R\d+", match[1])
        if seen.issuperset(ids):
            return match[0]  # named in words already on this line
        seen.update(ids)
        said = [answer(reading_id) for reading_id in ids]
        words = [f"{s[0]} {_capital(s[1])}, {s[2]}" for s in said if s is not None]
        if len(words) < len(ids):
            return match[0]
        numbers = ("reading " if len(ids) == 1 else "readings ") + _listed(ids)
        if match.start() > 0 and line[match.start() - 1] == "(":
            # Its own parenthesis: the words follow a colon, one sentence each.
            return f"{numbers}: " + ". ".join(words)
        return ("reading " if len(ids) == 1 else "readings ") + _listed(
            [f"{reading_id} ({w})" for reading_id, w in zip(ids, words, strict=True)]
        )

    lines = []
    seen: set[str] = set()  # once a text: a reading put in words is named by its number after
    for line in _DATE_READING.sub(date, text).split("\n"):
        lines.append(_READINGS.sub(functools.partial(named, line=line, seen=seen), line))
    return "\n".join(lines)


SHOWN = 5  # items shown per criterion; the rest are counted
SHOWN_QUESTIONS = 10  # questions shown per class; the rest are counted


class _ClaimWords(NamedTuple):
    """The words of a claim record (:mod:`classaction.present.words`) and what names its items."""

    spec_at: Callable[[str], FactSpec | None]
    ask: Callable[[Any, str, FactSpec], str]  # records.items.question_for
    unknown_clause: Callable[[str], str]
    sentence: Callable[[Mapping[str, Any], Mapping[str, str]], str]
    item_name: Callable[[Any, str], str | None]
    claim_record: Callable[[Any], Any]


_CLAIM_WORDS: list[_ClaimWords] = []


def _claim_words() -> _ClaimWords:
    """The words of a claim record, loaded only when a claim is first put in words: an action of
    its own (the toy action of the tests) loads none of them. Kept after: a CSV row puts its
    claim in words once per class, and an import statement costs each time it runs."""
    if not _CLAIM_WORDS:
        from ..records import documents, items
        from . import words

        _CLAIM_WORDS.append(_ClaimWords(
            words.spec_at, items.question_for, words.unknown_clause, words.sentence, items.item_name,
            documents.claim_record,
        ))
    return _CLAIM_WORDS[0]


def _asker(action: Action) -> Callable[[Any, str, FactSpec], str] | None:
    """The question function of the action's rules (``ActionRules.question``), when the action
    is one known by its id (:mod:`classaction.actions`); None for another."""
    from ..actions import bundles

    bundle = bundles().get(action.id)
    if bundle is None or bundle.action is not action:
        return None
    return bundle.rules.question


class _Reader:
    """What an explanation needs to put a determination in words."""

    def __init__(
        self, action: Action, claim: Any, missing: dict[str, str], definition_source: str,
        unquoted: TextStatus | None = None,
    ) -> None:
        self.action = action
        self.definition_source = definition_source
        # A class not in its own words (a paraphrase, or inferred): its words are not quoted,
        # nor said to be its sources' (a lawyer read them as the sources' words).
        self.unquoted = unquoted
        self.claim = claim
        self.questions = missing  # the question for each missing fact, item named
        self._record: Any = None
        # The facts of who the claimant is a summary has said of the class (their pointers):
        # one said again after a condition's items stood alone, as if of them ("The claimant
        # is a natural person.").
        self.told: set[str] = set()
        if claim is not None:
            self.words = _claim_words()
            self.item_name = self.words.item_name
            self._as_record = self.words.claim_record

    @property
    def record(self) -> Any:
        """The claim's JSON record, made when a fact is first put in words."""
        if self._record is None and self.claim is not None:
            self._record = self._as_record(self.claim)
        return self._record

    def name(self, pointer: str) -> str:
        """The item at ``pointer`` named for a person: "photograph p1"."""
        name = None
        if self.claim is not None:
            name = self.item_name(self.claim, pointer)
        return name or f"item {pointer}"

    def item(self, pointer: str) -> str:
        """The item's name at the start of a line."""
        name = self.name(pointer)
        return name[0].upper() + name[1:]

    def unknown(self, use: FactUse) -> str:
        """The question that would settle a missing fact, its item named."""
        question = self.questions.get(use.pointer)
        if question or self.record is None:
            return question or use.pointer
        pointer = use.pointer
        spec = self.words.spec_at(pointer)
        if spec is None and pointer in _PERIODS_NOT_LISTED:
            # A period the list may lack, of a class that does not list it (one decided on
            # another condition): asked as the list is ("not known: -", a lawyer read).
            pointer = pointer.removesuffix("/-")
            spec = self.words.spec_at(pointer)
        if spec is None:
            return self.words.unknown_clause(pointer)
        # Asked as the action asks it where the class lists it (MDL-2967 asks a residence left
        # out of the United States, where the record's field asks it of Canada).
        return (_asker(self.action) or self.words.ask)(self.claim, pointer, spec)

    def not_known(self, pointer: str) -> str:
        """What a missing fact of an item asks of it ("On what date did Clearview collect
        it?"); "" where there is no claim to word it."""
        if self.record is None:
            return ""
        return self.words.unknown_clause(pointer).removeprefix("not known: ")

    def facts(self, uses: tuple[FactUse, ...] | list[FactUse]) -> str:
        """The given facts as one sentence; by pointer when there is no claim to word them."""
        given = [use for use in uses if use.status == "given"]
        if self.record is None:
            return "; ".join(f"{use.pointer} given" for use in given) + "." if given else ""
        proofs = {use.pointer: _PROOF.get(use.proof or "", "") for use in given}
        return self.words.sentence(self.record, proofs)

    def rule(self, reason: Reason) -> str:
        cited = self.action.readable(reason.citation)
        if reason.text.endswith(f"({cited})"):
            # A conclusion that names its reading in its words ("... does not count as holding
            # the copyright (reading R27)"): a lawyer read "(reading R27) (reading R27)".
            return reason.text
        return f"{reason.text} ({cited})"


_PERIODS_NOT_LISTED = frozenset({"/claimant/residence/-", "/claimant/citizenship/-"})


def _shown_items(finding: Finding) -> list[ItemFinding]:
    """The items that decided a criterion: those that qualify when it is met; every item when
    it is not met; when it is not known, those still open, then those that do not qualify:
    first on what is presumed where the record is silent (reading R9: seeds/t-724-20.json;
    Copyright Act, s. 34.1), which a fact given would rebut, then the rest (a photograph whose
    copyright has expired), so that no item listed goes unmentioned."""
    if finding.value is Tri.FALSE:
        if len(finding.items) <= SUMMARY_ITEMS:
            return list(finding.items)
        # More than are shown: those the rule read furthest first (a later trial's lawyer read
        # "resides or resided in Illinois" over two periods in Canada, the one in Massachusetts,
        # whose state the rule read, counted in "... and 1 more").
        return sorted(finding.items, key=lambda item: -len(item.facts))
    shown = [item for item in finding.items if item.value is finding.value]
    if finding.value is Tri.UNKNOWN:
        failed = [item for item in finding.items if item.value is Tri.FALSE]
        shown += sorted(failed, key=lambda item: not any(
            reason.text.startswith(_PRESUMED) for reason in item.reasons
        ))
    return shown


def _more(finding: Finding, rest: list[ItemFinding]) -> str:
    """The items not shown, counted: "... and 2 more that do not qualify."."""
    kinds = {item.value for item in rest}
    if len(kinds) > 1:  # still open and ruled out (a criterion not known)
        return f"      ... and {len(rest)} more."
    kind = _MORE[kinds.pop()]
    if len(rest) == 1:
        kind = kind.replace("that do not qualify", "that does not qualify")
    return f"      ... and {len(rest)} more {kind}."


# Of an item none of whose facts a condition reads is given: a lawyer read "nothing is known
# of it" of a photograph the record says shows the claimant's face (under copyright, which
# does not read it).
_NOTHING_KNOWN = "none of the facts this turns on is known."


def _item_lines(reader: _Reader, finding: Finding) -> list[str]:
    """The items that decided a criterion (:func:`_shown_items`), each with its facts and the
    rules applied to it."""
    shown = _shown_items(finding)
    lines = []
    for item in shown[:SHOWN]:
        # An item no fact of which was read may still have been decided (a period that names
        # no country is in Canada): its rules below say how.
        facts = reader.facts(item.facts) or (
            "no fact of it was needed:" if item.reasons and item.value is not Tri.UNKNOWN
            else _NOTHING_KNOWN
        )
        lines.append(f"      {reader.item(item.pointer)} ({_ITEM_MARK[item.value]}): {facts}")
        if item.value is Tri.UNKNOWN:
            # What is settled of an item still open ("so the claimant does not hold the moral
            # rights in it"), with its source: the short form says it, and the whole account
            # says no less. Not the rules read on the way: those of the answers not yet given
            # would read as applied ("moral rights belong to the author", "... who is not the
            # claimant"). Then what would settle the rest. What was presumed to settle it is
            # said too ("assumed, as the record does not say: the copyright was never
            # transferred"): a lawyer read "does not hold the copyright" of a photograph whose
            # dead photographer's heir the claimant was, with nothing to say why.
            settled = tuple(r for r in item.reasons if r.text.startswith(_PRESUMED)) + tuple(
                r for r in item.reasons if r.text.startswith("so ")
            )
            lines += _rule_lines(reader, settled, "        ")
            lines += _unknown_lines(reader, item.facts, "        ")
        else:
            lines += _rule_lines(reader, item.reasons, "        ")
    if len(shown) > SHOWN:
        lines.append(_more(finding, shown[SHOWN:]))
    return lines


_PRESUMED = "presumed, as the record is silent: "
_PERIOD_LISTS = ("/residence", "/citizenship")
_BARE_READING = re.compile(r"reading R\d+")
# A rule whose words name the reading it applies: "(reading R16)", "(readings R1, R2)".
_BY_READING = re.compile(r"\(readings? R\d")


def questions(missing: Iterable[MissingFact], why: bool = False) -> list[str]:
    """The questions of missing facts in their order, a question that presupposes an answer
    to another one joined to it ("Has the claimant died? If so: On what date ...?").

    With ``why``, each says why its fact is missing ("not given", ...).
    """
    return [text for text, _ in grouped_questions(missing, why)]


def grouped_questions(
    missing: Iterable[MissingFact], why: bool = False
) -> list[tuple[str, tuple[str, ...]]]:
    """:func:`questions`, each with the pointers of the facts it asks (the joined ones too)."""
    facts = list(missing)
    pointers = {fact.pointer for fact in facts}
    follow: dict[str, list[MissingFact]] = {}
    for fact in facts:
        if fact.after in pointers:
            follow.setdefault(fact.after, []).append(fact)
    found = []
    for fact in facts:
        if fact.after not in pointers:
            asked: list[str] = []
            found.append((_said(fact, asked, follow, why), tuple(asked)))
    return found


def _said(
    fact: MissingFact, asked: list[str], follow: dict[str, list[MissingFact]], why: bool,
    presupposed: bool = False,
) -> str:
    """A missing fact's question, with each that presupposes it joined to it (and theirs, in
    turn); the pointers asked go to ``asked``. A function of its own, not nested: a nested
    function that calls itself is a reference cycle, which only the garbage collector frees,
    for each CSV row."""
    asked.append(fact.pointer)
    text = fact.question
    if why:
        text += f" [{_why_missing(fact, presupposed)}]"
    # "If so" answers a yes or no; after a question of several answers it would not read.
    joined = "If so" if fact.kind is FactKind.BOOLEAN else "Depending on the answer"
    for then in follow.get(fact.pointer, []):
        # None listed, the question itself says "Describe the ...", not "any other"
        # (records/items.py, question_for).
        said = _said(then, asked, follow, why, True)
        text += f" {joined}: {said}"
    return text



def short_name(name: str) -> str:
    """A class's name without the word "Class": "Privacy Breach"."""
    return name.removesuffix(" Class")


def open_questions(determination: Determination) -> list[tuple[str, tuple[str, ...]]]:
    """The questions that would settle the classes still open, the most useful first (summed
    over the classes, as :meth:`Determination.next_facts` ranks them), each with the ids of
    the classes it serves; a question that presupposes another is joined to it."""
    return [(text, classes) for text, classes, _ in _open_groups(determination)]


def _open_groups(
    determination: Determination,
) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """:func:`open_questions`, each with the pointers of the facts it asks too."""
    served: dict[str, list[str]] = {}
    for cls in determination.classes:
        for fact in cls.missing:
            served.setdefault(fact.pointer, []).append(cls.class_id)
    found = []
    for text, pointers in grouped_questions(determination.next_facts()):
        classes = dict.fromkeys(c for p in pointers for c in served.get(p, ()))
        found.append((text, tuple(classes), pointers))
    return found


def short_reason(
    cls: ClassDetermination, action: Action, as_of: dt.date, claim: Any = None,
    readings: Any = None,
) -> str:
    """Why a class came out as it did, in a few words, for a claims administrator.

    A member: what qualified ("has a face that appears in a photograph collected by
    Clearview: photograph p1"). Not a member: the first condition not met, in the words the
    action gives for it ("not a resident or citizen of Canada on 2020-07-08"). Undetermined:
    the conditions not yet known. A reading a label names by number is named by what it
    decides (:func:`name_readings`), as read with ``readings`` (a determination's; by default,
    each reading's default).
    """
    return name_readings(_short_reason(cls, action, as_of, claim), action, readings or {})


def _short_reason(cls: ClassDetermination, action: Action, as_of: dt.date, claim: Any) -> str:
    if cls.outcome is Outcome.MEMBER:
        reader = _Reader(action, claim, {}, "")
        said = []
        for finding in cls.findings:
            qualifying = [item for item in finding.items if item.value is Tri.TRUE]
            if qualifying:
                said.append(f"{finding.label}: {_named(reader, qualifying)}")
            elif finding.value is Tri.TRUE:
                # Met by what the claimant states of items not listed: the outline keeps the
                # facts of a criterion met though no item qualifies, and they say so; but where
                # the claimant's periods were read too (days in a row across them), those
                # periods: a trial's administrator read MDL-2967's 183 days as met by "the
                # claimant states that every public posting of their face is listed".
                stated = [use for use in finding.facts if use.pointer.startswith("/statements/")]
                if stated:
                    periods = list(dict.fromkeys(
                        match[1] for use in finding.facts
                        if (match := _PERIOD_OF_CLAIMANT.match(use.pointer)) is not None
                    ))
                    named = ", ".join(reader.name(period) for period in periods)
                    said.append(f"{finding.label}: {named or reader.facts(stated).rstrip('.')}")
        reason = "; ".join(said) or "; ".join(finding.label for finding in cls.findings)
        return reason + _since_died(claim, as_of)
    if cls.outcome is Outcome.NOT_MEMBER:
        test = action.class_definition(cls.class_id).test
        alternatives = _alternatives(test)
        if alternatives:
            # Of alternatives, why each fails: T-713-20's company was told only that it is no
            # natural person, which its second alternative does not ask (a later trial's).
            failing = [
                next((f for f in cls.findings if f.criterion in part and f.value is Tri.FALSE),
                     None)
                for part in alternatives
            ]
            if all(failing):
                said = list(dict.fromkeys(
                    _unmet(cls, action, as_of, claim, f) for f in failing if f is not None
                ))
                return said[0] if len(said) == 1 else "; and ".join(said)
        for finding in cls.findings:
            if finding.value is Tri.FALSE:
                return _unmet(cls, action, as_of, claim, finding)
        return "not met"
    # The conditions still open that could change the outcome, as the class's questions ask
    # (engine.core.open_criteria): not those of a limb that fails on another condition (a
    # company, under T-713-20's authors' limb). One condition alone open is one that counts,
    # and so is each of a plain "all of" left open.
    open_ = [f for f in cls.findings if f.value is Tri.UNKNOWN]
    test = action.class_definition(cls.class_id).test
    if len(open_) > 1 and not plain_test(test):
        moving = open_criteria(test, {f.criterion: f.value for f in cls.findings})
        open_ = [f for f in open_ if f.criterion in moving] or open_
        # Of alternatives each still open, each by itself ("not known: is a natural person
        # alive ...; ... is a legal person, or a natural person alive ..." read, to a trial's
        # administrator, as one condition and its contrary); none that fails on another.
        failed = {f.criterion for f in cls.findings if f.value is Tri.FALSE}
        groups = [
            "[" + "; ".join(f.label for f in open_ if f.criterion in part) + "]"
            for part in _alternatives(test)
            if not failed.intersection(part) and any(f.criterion in part for f in open_)
        ]
        if len(groups) > 1:
            return "not known, either of: " + " or ".join(groups)
    # One condition open: why, from the class's first missing fact ("mentioned but not
    # described"): a trial's administrator read the same words of a record that stated an
    # RCMP use it did not describe and of one that said nothing of any.
    because = ""
    if len(open_) == 1 and cls.missing:
        naming = None if claim is None else _Reader(action, claim, {}, "")
        because = _open_because(cls.missing[0], naming, cls.missing)
        unqualified = [item.pointer for item in open_[0].items if item.value is Tri.FALSE]
        if unqualified and naming is not None and cls.missing[0].pointer.startswith("/statements/"):
            # Open on what the claimant states of items not listed, beside listed ones that do
            # not qualify: "a fact the record leaves out" of an RCMP use the record dates after
            # 2020-07-08 sent a later trial's administrator looking for a fact it gives.
            names = [naming.name(pointer).split(" (")[0] for pointer in unqualified[:3]]
            more = len(unqualified) - len(names)
            if more > 0:
                names.append(f"{more} more")
            named = _listed(names)
            verb = "does" if len(unqualified) == 1 else "do"
            because = f"{named} {verb} not qualify; any other: {because}"
        because = f" ({because})"
    return "not known: " + "; ".join(f.label for f in open_) + because


# A period of the claimant's whose dates a rule read (a period elsewhere is read for its place
# alone): the period's pointer, as group 1.
_PERIOD_OF_CLAIMANT = re.compile(r"(/claimant/(?:residence|citizenship)/\d+)/(?:start|end|ongoing)$")


def _alternatives(test: Any) -> tuple[tuple[str, ...], ...]:
    """The criterion ids of each alternative of a class met by any of several, each met by all
    of its conditions (T-713-20's authors and grantees); () for a class of another shape."""
    if isinstance(test, AnyOf) and all(isinstance(part, AllOf) for part in test.any):
        return tuple(
            tuple(c for c in part.all if isinstance(c, str))
            for part in test.any if isinstance(part, AllOf)
        )
    return ()


def died_after(claim: Any, day: dt.date) -> Any:
    """The date of death of a natural person the record says died after a day (every day of
    it after), or None."""
    person = getattr(claim, "claimant", None)
    died = getattr(person, "died_on", None)
    if died is None or getattr(person, "kind", None) is not PersonKind.NATURAL or \
            not died.earliest > day:
        return None
    return died


def _since_died(claim: Any, as_of: dt.date) -> str:
    """Of a member the record says died after the as-of date, that the sources do not say who
    may claim for them (:func:`died_since`); a trial's administrator read MEMBER in the CSV of
    one who died in 2021, and nothing of the death."""
    if died_after(claim, as_of) is None:
        return ""
    return (f" (the claimant died after {as_of.isoformat()}: the sources held do not say who may "
            "claim for a member who has since died)")


def _open_because(
    fact: MissingFact, reader: _Reader | None = None, missing: tuple[MissingFact, ...] = (),
) -> str:
    """Why a class's first missing fact is missing, as a short reason says it: of a fact of a
    listed item, the items that lack facts named, or counted where more than three do (``missing``,
    the class's; a trial's administrator read "a fact the record leaves out" of an RCMP use the
    record lists, whose date alone it leaves out)."""
    if fact.reason is MissingReason.NOT_LISTED:
        # "an item the record states is not described" read as jargon to a trial's
        # administrator.
        return ("the record says there is one but does not describe it" if fact.after is not None
                else "an item not listed")
    item = _listed_item(fact)
    if fact.reason is MissingReason.LEFT_OUT and reader is not None and item is not None:
        lacking = list(dict.fromkeys(
            found for m in missing if m.reason is MissingReason.LEFT_OUT
            and (found := _listed_item(m)) is not None
        ))
        if len(lacking) > 3:
            kinds = {pointer.split("/")[1] for pointer in lacking}
            kind = _LISTS.get(kinds.pop(), "listed items") if len(kinds) == 1 else "listed items"
            return f"facts of {len(lacking):,} {kind} the record leaves out"
        # Named without their own brackets ("police use 1 (of photograph p1)"): within these.
        names = [reader.name(pointer).split(" (")[0] for pointer in lacking]
        named = _listed(names)
        fields = {m.pointer for m in missing
                  if m.reason is MissingReason.LEFT_OUT and m.pointer.startswith(item + "/")
                  } if len(names) == 1 else set()
        if len(fields) == 1 and (what := _missing_words(next(iter(fields)), item)):
            # Which fact ("photograph mug: a fact the record leaves out" sent a later trial's
            # administrator to the database fact the record gave, not the date of collection).
            return f"{named}: the record leaves out {what}"
        one = len(names) == 1 and len(fields) <= 1
        return f"{named}: {'a fact' if one else 'facts'} the record leaves out"
    return {
        MissingReason.LEFT_OUT: "a fact the record leaves out",
        MissingReason.IMPRECISE: "a date given too roughly",
        MissingReason.PROOF_INSUFFICIENT: "a fact without the proof the readings ask for",
    }[fact.reason]


def _missing_words(pointer: str, item: str) -> str:
    """What a fact of ``item`` left out is, in the words its declaration gives
    (``FactSpec.missing``: "when Clearview collected it"); "" for a fact not the item's own (one
    of its photographer's periods: "when it started" would misname it) or with none."""
    if "/" in pointer.removeprefix(item + "/"):
        return ""
    spec = item_spec(pointer)
    return spec.missing if spec is not None else ""


# The lists of a record's items, in words.
_LISTS = {"photographs": "photographs", "police_uses": "police uses"}


def _listed_item(fact: MissingFact) -> str | None:
    """The listed item a missing fact is of ("/police_uses/0" of "/police_uses/0/used_on")."""
    parts = fact.pointer.split("/")
    return "/".join(parts[:3]) if len(parts) > 3 and parts[2].isdigit() else None


def _unmet(
    cls: ClassDetermination, action: Action, as_of: dt.date, claim: Any, finding: Finding
) -> str:
    """A condition not met, in the words the action gives for it."""
    spec = action.class_definition(cls.class_id).criterion(finding.criterion)
    if spec.unmet is not None and finding.label == spec.label:
        unmet = spec.unmet.replace("{as_of}", as_of.isoformat())
        if _kind_of(claim) is PersonKind.NATURAL and unmet.startswith(_NOT_NATURAL):
            # A natural person fails it by not being alive then: said so, as another class of
            # the same row says it (an administrator saw both wordings).
            unmet = "a natural person not " + unmet[len(_NOT_NATURAL):]
        if _kind_of(claim) is not PersonKind.LEGAL and _born_after(claim, as_of):
            # "not alive on 2020-07-08" of one born in 2021 read to an administrator as a death.
            return unmet.replace(f"not alive on {as_of.isoformat()}",
                                 f"not yet born on {as_of.isoformat()}")
        if spec.unmet_died is not None and _kind_of(claim) is PersonKind.NATURAL and \
                unmet.startswith("a natural person not alive"):
            # Dead before the day (not unborn, above): what the action says more of it (T-724-20:
            # an heir who holds the copyright or moral rights may claim, moral rights passing on
            # the death, Copyright Act s. 14.2(2), and copyright with the estate, BRIEF section
            # 5; a trial's administrator read only "not alive" of a late mother, and nothing to
            # do next).
            return spec.unmet_died.replace("{as_of}", as_of.isoformat())
        filed = _filed_on(claim, action.id) if spec.unmet_filed is not None else None
        if spec.unmet_filed is not None and filed is not None:
            # A form the record dates, and late: "no claim form submitted ... by 2024-10-25"
            # read to a trial's administrator as if none existed (MDL-2967's EC.timely).
            return spec.unmet_filed.replace("{filed_on}", filed.text)
        return unmet + _a_legal_person(finding, claim) + _made_after(finding, claim, as_of, action)
    return f"not met: {finding.label}" + _a_legal_person(finding, claim) + \
        _made_after(finding, claim, as_of, action)


def _filed_on(claim: Any, proceeding: str) -> Any:
    """The date the record gives a claim for payment in a proceeding (a DateRange), or None."""
    found = getattr(claim, "payment_claim", None)
    filed = found(proceeding) if found is not None else None
    return None if filed is None else filed[1].filed_on


_NOT_NATURAL = "not a natural person "  # the start of the unmet words of a condition of persons


def readings_of_a_death(
    cls: ClassDetermination, action: Action, as_of: dt.date, claim: Any, readings: Any = None,
) -> str:
    """Of a class that one the record says died before the as-of date is not a member of, by a
    condition of being alive then that readings decide (those its criterion lists, the as-of
    date's aside), those readings, in words: " (reading R20: Must a member be alive ...?
    ...)"; "" otherwise. A CSV row says it at each such class (a trial's administrator read
    "not an individual alive on 2024-06-21" as the law's answer, not one reading of "All
    individuals"); the interview's summary says it once, after the classes."""
    if cls.outcome is not Outcome.NOT_MEMBER or _kind_of(claim) is not PersonKind.NATURAL:
        return ""
    died = getattr(getattr(claim, "claimant", None), "died_on", None)
    finding = next((f for f in cls.findings if f.value is Tri.FALSE), None)
    if died is None or not died.latest < as_of or finding is None:
        return ""
    spec = action.class_definition(cls.class_id).criterion(finding.criterion)
    ids = [r.id for r in action.readings if r.name in spec.readings and r.name != "as_of"]
    if not ids or "alive" not in spec.label:
        return ""
    return name_readings(
        f" (reading{'s' if len(ids) > 1 else ''} {', '.join(ids)})", action, readings or {}
    )


def _born_after(claim: Any, day: dt.date) -> bool:
    """Whether the record says the claimant was born after a day (all of their date of birth's
    days after it)."""
    born = getattr(getattr(claim, "claimant", None), "born_on", None)
    return born is not None and born.earliest > day


def _kind_of(claim: Any) -> Any:
    """What the record says the claimant is (a PersonKind), or None."""
    return getattr(getattr(claim, "claimant", None), "kind", None)


def _a_legal_person(finding: Finding, claim: Any) -> str:
    """Said of a company that fails a condition of natural persons: "not a natural person
    alive on 2020-07-08" read, to an administrator, as if the company had died. What the
    record says the claimant is, not a rule: where the condition is one of natural persons;
    and of one that fails a condition of both rights in one photograph, that it holds no
    moral rights."""
    if _kind_of(claim) is not PersonKind.LEGAL:
        return ""
    if "natural person" in finding.label:
        return " (a legal person: a company or other organisation)"
    if "both copyright and moral rights" in finding.label:
        # A condition read as asking both rights in one photograph: a company holds no moral
        # rights (Copyright Act, s. 14.1(1): the author's, who is a natural person), which
        # `explain` gives as the reason and a trial's administrator found missing from the CSV.
        return " (a legal person holds no moral rights)"
    return ""


def _made_after(finding: Finding, claim: Any, as_of: dt.date, action: Action) -> str:
    """Of a condition of rights in photographs not met because each photograph listed was made
    after the as-of date (no copyright then existed in it: law/copyright.py, Copyright Act s.
    5(1)), that: a later trial's bakery, whose photographs were taken in 2026, read "holds
    neither copyright nor moral rights on 2020-07-08" and nothing of why. Said where the
    findings give their reasons (an explanation, the interview), not from an outline."""
    items = finding.items
    after = f"so no copyright in it existed on {as_of.isoformat()}"
    if not items or claim is None or not all(
        item.value is Tri.FALSE and any(r.text == after for r in item.reasons) for item in items
    ):
        return ""
    if len(items) == 1:
        named = _Reader(action, claim, {}, "").name(items[0].pointer)
        return f" ({named} was taken after {as_of.isoformat()})"
    return f" (each photograph listed was taken after {as_of.isoformat()})"


def _named(reader: _Reader, items: list[Any], shown: int = 3) -> str:
    names = [reader.name(item.pointer) for item in items[:shown]]
    rest = len(items) - shown
    return ", ".join(names) + (f" and {rest} more" if rest > 0 else "")


def _reading_once(pieces: list[str]) -> list[str]:
    """Citations with a reading named bare and with words of its own ("reading R9", "reading
    R9: the author keeps ...") named once, its words after it: a lawyer read R9 twice in one
    parenthesis."""
    out: list[str] = []
    for piece in pieces:
        name, colon, words = piece.partition(": ")
        if colon and _BARE_READING.fullmatch(name) and name in pieces:
            if name not in out:
                out.append(name)
            out.append(words)
        elif piece not in out:
            out.append(piece)
    return out


def _rule_mark(reason: Reason) -> str:
    """How a reason's line begins: a conclusion ("so the claimant holds ...") as one; a date
    given roughly, compared with a day, as how the record is read, not a rule of law (a lawyer
    read "rule: the date given, in 2017, is on or before 2020-07-08"); else "rule: "."""
    if reason.text.startswith("so "):
        return ""
    return "read: " if reason.citation == ROUGH_DATES else "rule: "


def _rule_lines(reader: _Reader, reasons: tuple[Reason, ...], indent: str) -> list[str]:
    """The rules applied, then what was presumed where the record is silent, on one line."""
    lines = [
        f"{indent}{_rule_mark(r)}{reader.rule(r)}"
        for r in reasons if not r.text.startswith(_PRESUMED)
    ]
    presumed = [r for r in reasons if r.text.startswith(_PRESUMED)]
    if presumed:
        what = "; ".join(r.text.removeprefix(_PRESUMED) for r in presumed)
        pieces = list(dict.fromkeys(
            p for r in presumed for p in reader.action.readable(r.citation).split("; ")
        ))
        cited = "; ".join(sections_joined(_reading_once(pieces)))
        lines.append(f"{indent}{_PRESUMED}{what} ({cited})")
    return lines


def _unknown_lines(reader: _Reader, uses: Iterable[FactUse], indent: str) -> list[str]:
    """The missing facts among ``uses``, as the questions that would settle them."""
    missing = [use.pointer for use in uses if use.status == "missing"]
    asked: dict[str, str] = {}
    for pointer in missing:
        spec = item_spec(pointer)
        after = spec.after if spec is not None else None
        if after in asked:
            # Presupposes another listed ("Describe any other RCMP use ..." after "Did the RCMP
            # use a photograph ...?"): joined to it, as the list of questions joins them.
            asked[after] += f" If so: {reader.unknown(FactUse(pointer, 'missing'))}"
        else:
            asked[pointer] = reader.unknown(FactUse(pointer, "missing"))
    questions = list(dict.fromkeys(asked.values()))
    if not questions:
        return []
    lines = [f"{indent}not known yet:"]
    lines += [f"{indent}  - {question}" for question in questions[:SHOWN]]
    if len(questions) > SHOWN:
        lines.append(f"{indent}  ... and {len(questions) - SHOWN} more.")
    return lines


def _lists_items(pointer: str, finding: Finding) -> bool:
    """Whether the fact is a list whose items the finding shows (its items say it)."""
    return any(item.pointer.startswith(pointer + "/") for item in finding.items)


def _finding_lines(reader: _Reader, finding: Finding) -> list[str]:
    lines = [f"  [{_MARK[finding.value]}] {finding.label}"]
    citation = reader.action.readable(finding.citation)
    # The words' source is shown where it adds to the class definition's; the laws the words
    # are read with, as such (a trial's lawyer read the class's words credited to the statutes).
    cited = "" if citation == reader.definition_source else citation
    source = reader.definition_source
    if source and cited.startswith(source + "; "):
        cited = f"{source}; read with {cited[len(source) + 2:]}"
    status = reader.unquoted
    if status is not None:  # a criterion's words may be its sources' own, though the class's
        spec = reader.action.class_definition(finding.criterion.split(".")[0]).criterion(
            finding.criterion
        )
        status = None if spec.span_status is TextStatus.VERBATIM else spec.span_status or status
    if status is None:
        lines.append(f"      the words tested: \"{finding.text}\"" + (f" ({cited})" if cited else ""))
    else:
        lines.append(
            f"      the words tested [{status.value}]: {finding.text}"
            + (f" (after {cited})" if cited else "")
        )
    inside = tuple(item.pointer + "/" for item in finding.items)
    own = [
        use for use in finding.facts
        if not use.pointer.startswith(inside) and not _lists_items(use.pointer, finding)
        and (use.status == "given" or finding.value is Tri.UNKNOWN)
    ]
    lines += _item_lines(reader, finding)
    # A fact of another item (the photograph a police use names, say) after that item's name.
    given = _facts_by_item(reader, own, first=False)
    if given:
        lines.append(f"      {'other facts' if finding.items else 'facts'}: {given}")
    lines += _unknown_lines(reader, own, "      ")
    if finding.value is not Tri.UNKNOWN:
        # Reasons only for what decided the finding: the statements made outside any item.
        in_items = {reason for item in finding.items for reason in item.reasons}
        lines += _rule_lines(
            reader, tuple(r for r in finding.reasons if r not in in_items), "      "
        )
    return lines


_IS = {Tri.TRUE: "is met", Tri.FALSE: "is not met", Tri.UNKNOWN: "is not known yet"}


def _has_limbs(test: Expression) -> bool:
    """Whether a class test has alternatives ("one of these"), anywhere in it."""
    if isinstance(test, str):
        return False
    if isinstance(test, AllOf):
        return any(_has_limbs(part) for part in test.all)
    if isinstance(test, AnyOf):
        return True
    return _has_limbs(test.not_)


def _ordinal(index: int) -> str:
    return ORDINALS[index] if index < len(ORDINALS) else f"alternative {index + 1}"


def _in_test_shape(
    test: Expression, findings: Sequence[Finding], lines_of: Callable[[Finding], list[str]]
) -> list[str]:
    """Each finding's lines (``lines_of``), in the shape of the class test: one after the
    other for a class whose conditions must all be met; for a class met by one of several
    limbs (T-713-20: the authors, or those to whom their copyright was assigned or licensed),
    which limbs are met, then each limb with its verdict and its conditions under it."""
    if not _has_limbs(test):
        return [line for finding in findings for line in lines_of(finding)]
    by_id = {finding.criterion: finding for finding in findings}

    def shaped(part: Expression) -> list[str]:
        if isinstance(part, str):
            return lines_of(by_id[part]) if part in by_id else []
        if isinstance(part, AllOf):
            return [line for sub in part.all for line in shaped(sub)]
        if isinstance(part, AnyOf):
            values = [_part_value(limb, by_id) for limb in part.any]
            verdicts = ", ".join(
                f"the {_ordinal(i)} {_IS[value]}" for i, value in enumerate(values)
            )
            # "Limb", the lawyer's word, is put plainly: each is an alternative way in.
            lines = [f"  One of its {len(part.any)} alternatives suffices: {verdicts}."]
            for i, limb in enumerate(part.any):
                lines.append(f"  {_capital(_ordinal(i))} alternative [{_MARK[values[i]]}]:")
                lines += ["  " + line for line in shaped(limb)]
            return lines
        return [line for c in criterion_ids(part) if c in by_id for line in lines_of(by_id[c])]

    return shaped(test)


def _part_value(part: Expression, by_id: dict[str, Finding]) -> Tri:
    """A part of a class test's value, from its criteria's findings (Kleene logic)."""
    return compile_test(part)({c: by_id[c].value for c in criterion_ids(part) if c in by_id})


def render_text(
    determination: Determination, action: Action, claim: Any = None, width: int | None = 80,
    *, commands: bool = True,
) -> str:
    """The whole account of a determination, for a lawyer: per class, the outcome, each
    criterion and the items that decided it, in words, with every rule and its source, and
    what is missing (``classaction explain --full``). :func:`render_summary` is the short one.

    Given the claim (a T-724-20 :class:`Claim`), facts are stated in words and items by
    name; without it, by pointer. Lines are wrapped to ``width`` (80 by default, as
    :func:`render_summary`'s), each continued under its own indent; ``width=None`` leaves
    each paragraph on one line. ``commands=False`` names no command of this package's command line
    (for a page or an application of one's own). Example::

        print(ca.render_text(ca.determine(claim), ca.action(), claim))
    """
    _same_action(determination, action)
    text = name_readings(
        _full_text(determination, action, claim, commands), action, determination.readings
    )
    return wrap(text, width)


def _same_action(determination: Determination, action: Action) -> None:
    """A determination is rendered with its own action: another's was a KeyError of a class id
    from deep in the text (a trial's developer passed T-724-20's action with MDL-2967's); and
    is a determination (a later trial's passed a dict, an AttributeError)."""
    if not isinstance(determination, Determination) or not isinstance(action, Action):
        given = determination if not isinstance(determination, Determination) else action
        raise TypeError(
            f"render a determination (from classaction.determine) with its action (from "
            f"classaction.action), not {type(given).__name__}"
        )
    if determination.action != action.id:
        raise ValueError(
            f"the determination is of {determination.action}, the action given "
            f"{action.id}: give classaction.action({determination.action!r})"
        )


def wrap(text: str, width: int | None) -> str:
    """Each line of ``text`` no longer than ``width``, continued two columns further in than it
    starts (past a list's number or dash); words are never broken. None: as it is."""
    if width is None:
        return text.replace(_KEPT_TOGETHER, " ")
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        indent = len(line) - len(line.lstrip(" "))
        marker = _MARKER.match(line, indent)
        hanging = marker.end() if marker else indent + 2 if indent else 0
        out += textwrap.wrap(
            line, width, subsequent_indent=" " * min(hanging, width // 2),
            break_long_words=False, break_on_hyphens=False,
        ) or [line]
    return "\n".join(out).replace(_KEPT_TOGETHER, " ")


# Between words no line may part (a no-break space, which textwrap does not break at): a space
# in what is written.
_KEPT_TOGETHER = "\u00a0"


_MARKER = re.compile(r"(?:\d+\. |- |\[[a-z ]+\] )")


def _full_text(
    determination: Determination, action: Action, claim: Any, commands: bool = True
) -> str:
    out = [
        action.style_of_cause[-1].title,
        f"{action.court}, file {action.file_number}. "
        f"Membership assessed as of {determination.as_of.isoformat()}"
        + ("; eligibility to claim on the dates the claim form gives." if _claims(action) else "."),
        *_where_it_stands(action, cited=True),
        *_readings_away(determination, action),
        *died_since(determination, claim),
        *_before_1949(action, claim),
        "",
    ]
    for cls in determination.classes:
        definition = action.class_definition(cls.class_id)
        source = action.cite_for_reader(definition.sources)
        status = None if definition.quoted else definition.definition_status
        reader = _Reader(
            action, claim, {fact.pointer: fact.question for fact in cls.missing}, source, status
        )
        out.append(f"{cls.name}: {verdict(action, cls)}")
        what = "The conditions" if definition.kind is ClassKind.ELIGIBILITY else "The class"
        if status is None:
            out.append(f"  {what}: \"{definition.definition}\" ({source})")
        else:  # not the class's own words: not quoted, and its sources are what it follows
            out.append(
                f"  {what} [{status.value}], not in its own words: "
                f"{definition.definition.rstrip('.')} (after {source})."
            )
        if not definition.quoted and definition.definition_note:
            out.append(f"  [{definition.definition_status.value}] {definition.definition_note}")
        elif definition.definition_note:
            # Of words quoted too: how they were assembled, and what the rules infer from them
            # (a lawyer's trial found MDL-2967's inference of a condition of payment only in
            # the seed).
            out.append(f"  Note: {definition.definition_note}")
        out += _in_test_shape(definition.test, cls.findings, functools.partial(_finding_lines, reader))
        if cls.missing:
            # Each question says in brackets why the record does not settle it ("not given",
            # "given, but not precisely enough", ...): said once here, or it reads as a code.
            out.append(
                "  To settle this class, answer (most useful first; in brackets, why the record "
                "does not answer it yet):"
            )
            asked = questions(cls.missing, why=True)
            for n, question in enumerate(asked[:SHOWN_QUESTIONS], 1):
                out.append(f"    {n}. {question}")
            if len(asked) > SHOWN_QUESTIONS:
                out.append(f"    ... and {len(asked) - SHOWN_QUESTIONS} more.")
        if cls.relief:
            out.append("  Relief sought that would reach this member:")
            for item in action.relief:
                if item.id in cls.relief:
                    out.append(f"    - ({item.kind.value}) \"{item.text}\"")
        out.append("")
    if determination.share is not None:
        out += [*share_lines(determination.share, action, full=True), ""]
    ids = {spec.name: spec.id for spec in action.readings}
    # Each reading whole on its line: "R7" was left at the end of one, its name on the next.
    readings = ", ".join(
        f"{ids.get(name, '')} {name} = {value}".strip().replace(" ", _KEPT_TOGETHER)
        for name, value in determination.readings.items()
    )
    see = f" (see '{readings_told([action.id])}' for each)" if commands else ""
    out.append(f"Readings used{see}: {readings}")
    out.append(
        f"classaction {determination.library_version}; input {determination.input_digest}"
    )
    return "\n".join(out) + "\n"


def _readings_away(determination: Determination, action: Action) -> list[str]:
    """The open points read otherwise than by default, which change what a finding means
    (under R3 = both, "holds copyright or moral rights" asks for both)."""
    lines = []
    for spec in action.readings:
        value = str(determination.readings.get(spec.name, spec.default))
        if value != spec.default and spec.name != "as_of":
            lines.append(
                f"Read with {spec.id} {spec.name} = {value} (default {spec.default}): {spec.question}"
            )
    return lines


WIDTH = 79
"""The longest line of the action at a glance: it fits a terminal 80 columns wide."""


def _wrapped(text: str, indent: int, hanging: int | None = None) -> list[str]:
    """``text`` in lines of at most WIDTH, the first indented by ``indent``, the rest by ``hanging``.

    No word is broken, not even at a hyphen: the lines of a quoted definition,
    joined with spaces, are its words as they are.
    """
    return textwrap.wrap(
        text, WIDTH, initial_indent=" " * indent,
        subsequent_indent=" " * (indent if hanging is None else hanging),
        break_long_words=False, break_on_hyphens=False,
    )


def served_words(
    classes: Sequence[str], names: Mapping[str, str],
    join: Callable[[list[str]], str] | None = None,
) -> str:
    """The classes a question serves, in words: by name (``names``, by class id, the classes
    of the determination), but "every class" for all of a lone action's, and "all of MDL-2967"
    for all of one of several's (ids "MDL-2967/NW"): six names, question after question, made
    a CSV cell and an interview's result longer than they were read (trials'). ``join``: how
    the parts are put together (by default, in a sentence: "A, B and C")."""
    each: dict[str, list[str]] = {}  # an action's classes, by its id ("" for a lone action)
    for class_id in names:
        each.setdefault(class_id.rpartition("/")[0], []).append(class_id)
    served = set(classes)
    said: list[str] = []
    for action_id, own in each.items():
        if len(own) > 1 and served.issuperset(own):
            said.append(f"all of {action_id}" if action_id else "every class")
        else:
            said += [names[c] for c in own if c in served]
    return (join or _listed)(said)


def _listed(names: list[str]) -> str:
    """Names in a sentence: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _sentence(text: str) -> str:
    """Text that ends as a sentence does."""
    return text if text.endswith((".", "?", "!")) else text + "."


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _events(action: Action, events: tuple[Event, ...]) -> list[str]:
    """Each event a sentence after its date, with its sources; a decision says its outcome, or
    that the sources do not record it."""
    lines = []
    for event in events:
        said = event.description
        if event.outcome is not None:
            said = f"{said.rstrip('.')}; its outcome: {event.outcome}"
        elif event.decision:
            said = f"{said.rstrip('.')}; {_no_outcome(action, event)}"
        said = f"{_sentence(said)} ({action.cite_for_reader(event.sources)})"
        lines += _wrapped(f"{event.on:<10}  {said}", 2, 14)
    return lines


def _no_outcome(action: Action, event: Event) -> str:
    """That a decision's outcome is not in the sources, and, where the decision itself is cited
    for the event, that its text is not among them (a lawyer asked why "2023 FC 968" was cited
    for its own outcome being unknown)."""
    if any(action.source(s).kind is SourceKind.DECISION for s in event.sources):
        return "its outcome is not recorded in the sources (the decision is cited for its date; " \
            "its text is not among them)"
    return "its outcome is not recorded in the sources"


def _conditions(definition: ClassDefinition, test: Expression, indent: int) -> list[str]:
    """A class's test as a list of its conditions, each with its words; "one of these", "not"
    and "none of these" where the test combines them so."""

    def said(criterion_id: str) -> str:
        criterion = definition.criterion(criterion_id)
        # How the rule reads the words where they alone do not say ("no link in time ... is
        # required"): a lawyer's trial found these only in the seed.
        read = f"; read so: {criterion.note}" if criterion.note else ""
        return f"{criterion.label} (\"{criterion.span}\"{read})"

    if isinstance(test, str):
        return _wrapped(f"- {said(test)}", indent, indent + 2)
    if isinstance(test, AllOf):
        return [line for part in test.all for line in _conditions(definition, part, indent)]
    if isinstance(test, AnyOf):
        # Each alternative that is itself several conditions is said as one: "all of these".
        lines = [" " * indent + "- one of these:"]
        for part in test.any:
            if isinstance(part, AllOf):
                lines.append(" " * (indent + 2) + "- all of these:")
                lines += [line for sub in part.all for line in _conditions(definition, sub, indent + 4)]
            else:
                lines += _conditions(definition, part, indent + 2)
        return lines
    elif isinstance(test.not_, str):
        return _wrapped(f"- not: {said(test.not_)}", indent, indent + 2)
    elif isinstance(test.not_, AllOf):
        heading, parts = "- not all of these:", test.not_.all
    elif isinstance(test.not_, AnyOf):
        heading, parts = "- none of these:", test.not_.any
    else:
        heading, parts = "- not:", (test.not_,)
    inner = [line for part in parts for line in _conditions(definition, part, indent + 2)]
    return [" " * indent + heading, *inner]


def _settlement(action: Action) -> list[str]:
    """A settlement's terms as the seed gives them (``settlement``): what the class receives,
    and the shares per eligible claimant, each with its status and sources; the readings
    that decide what earns a share and how several combine, by their ids."""
    settlement = action.settlement
    if not settlement:
        return []
    lines = ["", "Settlement:"]
    consideration = settlement.get("consideration")
    if consideration:
        lines += _wrapped(
            f"- [{consideration['status']}] {_sentence(consideration['text'])} "
            f"({action.cite_for_reader(tuple(consideration['sources']))})", 2, 4,
        )
    allocation = settlement.get("allocation")
    if allocation:
        each = "; ".join(
            f"{action.class_definition(item['class']).name} {item['shares']}"
            for item in allocation["shares"]
        )
        ids = {spec.name: spec.id for spec in action.readings}
        readings = [ids[name] for name in (allocation.get("earned_by"), allocation.get("combined_by"))
                    if name in ids]
        decided = f" What earns a share and how several combine: readings {_listed(readings)}." \
            if readings else ""
        lines += _wrapped(
            f"- [{allocation['status']}] Shares, in {allocation['unit']}: {each}; otherwise "
            f"{allocation['otherwise']}.{decided} {_sentence(allocation.get('note', ''))} "
            f"({action.cite_for_reader(tuple(allocation['sources']))})", 2, 4,
        )
    return lines


def _value(spec: ReadingSpec, value: str) -> str:
    """A reading's value in words, with the value that chooses it in brackets."""
    words = spec.in_words(value)
    return value if words == value else f"{words} [{value}]"


def render_action(action: Action) -> str:
    """The action at a glance, in words: court, parties, the classes and the relief sought
    quoted as they are, events, readings and sources; wrapped to fit 80 columns."""
    lines = _wrapped(action.style_of_cause[-1].title, 0, 2)
    lines += _wrapped(
        f"{action.court}, file {action.file_number}, filed on {action.filed_on.isoformat()}. "
        f"{action.proceeding}", 2,
    )
    lines += ["", "Parties:"]
    for party in action.parties:
        lines += _wrapped(
            f"{_capital(party.role_in_words)}: {_sentence(party.name)} {party.description}", 2, 6
        )
    claiming = any(d.kind is ClassKind.ELIGIBILITY for d in action.classes)
    lines += ["", "Classes, each as its source defines it, and the conditions of a claim:"
              if claiming else "Classes, each as its source defines it:"]
    for definition in action.classes:
        lines.append(f"  {definition.name}")
        lines += _wrapped(f"\"{definition.definition}\"", 4, 5)
        if not definition.quoted and definition.definition_note:
            lines += _wrapped(
                f"[{definition.definition_status.value}] {definition.definition_note}", 4, 6
            )
        elif definition.definition_note:
            lines += _wrapped(f"Note: {definition.definition_note}", 4, 6)
        named = "Source" if len(definition.sources) == 1 else "Sources"
        lines += _wrapped(f"{named}: {action.cite_for_reader(definition.sources)}.", 4, 6)
        lines.append(
            "    An eligible claimant meets each of these (in quotes, the words it tests):"
            if definition.kind is ClassKind.ELIGIBILITY else
            "    A member meets each of these conditions (in quotes, the words it tests):"
        )
        lines += _conditions(definition, definition.test, 4)
    lines += ["", "Relief sought:" if action.relief else "Relief sought: none recorded in the sources."]
    for item in action.relief:
        lines += _wrapped(f"- \"{item.text}\"", 2, 5)
        classes = _listed([f"the {action.class_definition(c).name}" for c in item.benefits])
        lines += _wrapped(f"{_capital(item.kind_in_words)}, for {classes}.", 4)
    lines += _settlement(action)
    if action.procedural_events:
        lines += ["", "Procedural events:", *_events(action, action.procedural_events)]
    # An event of the proceeding's own told once: its filing, in both lists of the seed, read to
    # a trial's lawyer as two events (the same day and sources: said among the procedural ones).
    told = {(event.on, event.sources) for event in action.procedural_events}
    timeline = tuple(e for e in action.timeline if (e.on, e.sources) not in told)
    if timeline:
        lines += ["", "Timeline:", *_events(action, timeline)]
    if action.readings:
        lines += ["", "Readings: the points the class definitions and the claim conditions leave open."
                  if claiming else "Readings: the points the class definitions leave open."]
        chosen = next((s for s in action.readings if s.alternatives and " " not in s.alternatives[0]), None)
        example = "" if chosen is None else f" (as in -r {chosen.id}={chosen.alternatives[0]})"
        lines += _wrapped(
            "Each is read by its default unless another reading is chosen; in brackets, the "
            f"value that chooses it{example}.", 2,
        )
    for spec in action.readings:
        lines += _wrapped(f"{spec.id} {spec.name}: {spec.question}", 2, 6)
        lines += _wrapped(f"By default: {_value(spec, spec.default)}.", 6, 8)
        if spec.reason:
            # Why the default: a lawyer's trial found R3's ("either", against the class's plain
            # "and") only in the JSON form.
            lines += _wrapped(f"Why: {spec.reason}", 6, 8)
        others = "; ".join(_value(spec, value) for value in spec.alternatives)
        named = "Alternative" if len(spec.alternatives) == 1 else "Alternatives"
        lines += _wrapped(f"{named}: {others}.", 6, 8)
    lines += ["", "Sources:"]
    for source in action.references:
        # By title where a person reads; the citation (a seed's file name) beside it, to find it.
        shown = source.citation if source.title is None else f"{source.title} ({source.citation})"
        lines += _wrapped(f"{_sentence(shown)} {source.description}", 2, 6)
    return "\n".join(lines) + "\n"


# --- the explanation that fits a screen ------------------------------------------------

SUMMARY_ITEMS = 2  # items shown per criterion in the summary; the rest are counted
SUMMARY_QUESTIONS = 6  # questions shown in the summary; the rest are counted
RULES_AND_SOURCES = "Every rule applied, with its source: classaction explain --full. "
"""Where the summary sends its reader for the rules; the interview, whose person has no file to
give that command, gives it for the file it saved instead."""


def render_summary(
    determination: Determination, action: Action, claim: Any = None, width: int | None = 80,
    *, commands: bool = True,
) -> str:
    """The determination for a person, on one screen (``classaction explain``): per class, the
    outcome and each condition's verdict with the photograph, use or period and the facts
    that decided it; then the questions that would settle what is open, most useful first,
    each naming the classes it serves. What several classes share (the person's existence on
    the as-of date) is said once. Rules and sources: :func:`render_text`. ``commands=False``
    names no command of this package's command line: where it would say "explain --full" it
    says "the full account" (:func:`render_text`), and it ends with the library's version and
    the record's digest alone (a trial's developer showed the summary in a web page).
    Example::

        print(ca.render_summary(ca.determine(claim), ca.action(), claim))
    """
    _same_action(determination, action)
    as_of = determination.as_of.isoformat()
    out = [
        f"{action.style_of_cause[-1].title} ({action.court}, file {action.file_number})",
        f"Membership as of {as_of}, the date the class definitions are read on"
        + ("; eligibility to claim on the dates the claim form gives." if _claims(action) else "."),
        *_where_it_stands(action, summary=True),
        *_status_legend(action),
        *_readings_away(determination, action),
        *died_since(determination, claim),
        *_before_1949(action, claim),
    ]
    said: dict[tuple[str, Tri, str], str] = {}
    asked = _open_groups(determination)
    # Each missing fact by the number of the question below that asks it.
    numbers: dict[str, int] = {}
    for n, (_, _, pointers) in enumerate(asked, 1):
        for pointer in pointers:
            numbers.setdefault(pointer, n)
    for cls in determination.classes:
        reader = _Reader(action, claim, {f.pointer: f.question for f in cls.missing}, "")
        if cls.outcome is Outcome.NOT_MEMBER and \
                action.class_definition(cls.class_id).kind is ClassKind.SUBCLASS:
            # A subclass the claimant is not in, in a line: a trial's administrator read some
            # two hundred lines of one record, most of them the periods and photographs of
            # each state's subclass said again (explain --full says each condition).
            outline = cls.outline()
            why = short_reason(outline, action, determination.as_of, claim,
                               determination.readings) + readings_of_a_death(
                outline, action, determination.as_of, claim, determination.readings)
            out += ["", f"{cls.name}: {verdict(action, cls)}: {why}."]
            continue
        out += ["", f"{cls.name}: {verdict(action, cls)}"]
        test = action.class_definition(cls.class_id).test
        # The conditions not known that could still change the class (engine.core.open_criteria):
        # none, once the class is decided.
        moving = frozenset() if cls.outcome is not Outcome.UNDETERMINED else open_criteria(
            test, {f.criterion: f.value for f in cls.findings}
        )
        out += _in_test_shape(
            test, cls.findings,
            functools.partial(_summary_at, reader, said, cls.name, moving, numbers),
        )
        if cls.relief:
            out.append(
                f"  Relief sought that would reach a member: {len(cls.relief)} "
                f"item{'' if len(cls.relief) == 1 else 's'} "
                f"(explain --full quotes {'it' if len(cls.relief) == 1 else 'them'})."
            )
    if determination.share is not None:
        out += ["", *share_lines(determination.share, action, brief=True)]
    if asked:
        names = {cls.class_id: short_name(cls.name) for cls in determination.classes}
        out += ["", "To settle what is still open, answer (most useful first):"]
        for n, (question, classes, _) in enumerate(asked[:SUMMARY_QUESTIONS], 1):
            out.append(f"  {n}. {question} (for {served_words(classes, names)})")
        if len(asked) > SUMMARY_QUESTIONS:
            out.append(f"  ... and {len(asked) - SUMMARY_QUESTIONS} more (explain --full lists them).")
    readings, *reproduce = record_footer(determination)
    out += ["", RULES_AND_SOURCES + readings, *reproduce] if commands else ["", *reproduce]
    text = "\n".join(out)
    if not commands:
        text = text.replace("explain --full", "the full account")
    return wrap(name_readings(text, action, determination.readings), width) + "\n"


def readings_told(ids: Iterable[str]) -> str:
    """The command that tells the readings of these actions ("classaction action --action
    T-713-20"): a trial's lawyer, told "classaction action" of T-713-20's R14, found only
    T-724-20's readings there, its default."""
    return "classaction action " + " ".join(
        f"--action{_KEPT_TOGETHER}{i}" for i in dict.fromkeys(ids)  # (not parted by a line's end)
    )


def record_footer(determination: Determination, ids: Iterable[str] = ()) -> list[str]:
    """The lines that end a summary, after the pointer to the whole account: where the readings
    are told (of the determination's action, or of the actions ``ids``), and the library and the
    record's digest that reproduce it."""
    return [
        "How each point the class definitions leave open is read: "
        f"{readings_told(ids or [determination.action])}.",
        f"classaction {determination.library_version}, from the record with digest",
        determination.input_digest,
    ]


_STATUS_WORDS = {
    TextStatus.PARAPHRASE: "A class marked [paraphrase] is read from a paraphrase of it: its own "
                           "words were not found.",
    TextStatus.INFERRED: "A class marked [inferred] has words inferred from those of its sibling "
                         "classes: its own were not found.",
}


_PROPOSED = "Its classes are proposed: no source held says a court certified them."


def died_since(determination: Determination, claim: Any) -> list[str]:
    """Of a natural person the record says died after the as-of date: that the classes are
    read on that date, and that the sources held do not say who may claim for them now. A
    later trial's lawyer read MEMBER of all three classes of one who died in 2021, with the
    relief that would reach them, and nothing of the death."""
    died = died_after(claim, determination.as_of)
    if died is None:
        return []
    return [
        f"The claimant died after that date ({died.words().removeprefix('on ')}): membership is "
        f"read on {determination.as_of.isoformat()}, and the sources held do not say who may "
        "claim for a member who has since died."
    ]


# Before S.C. 1997, c. 24 came into force (1 January 1999), a photograph's term was fifty years
# from the making of its negative (former s. 10, R.S.C. 1985, c. C-42): one made before 1949
# was then out of copyright. Not modelled (README, "Canadian copyright"); said where it matters.
_OLD_TERM_BEFORE = dt.date(1949, 1, 1)


def _before_1949(action: Action, claim: Any) -> list[str]:
    """Of an action whose classes read copyright, the photographs the record says were made
    before 1949: that their term is worked out as the Act now sets it, while under the Act
    before 1999 it ran fifty years from the making of the negative, which is not modelled (a
    lawyer's trial read a 1940 photograph's copyright running to 2060, said as certain)."""
    if claim is None or not any(
        "copyright" in criterion.label for cls in action.classes for criterion in cls.criteria
    ):
        return []
    old = []
    for index, photo in enumerate(getattr(claim, "photographs", ()) or ()):
        made = getattr(photo, "made_on", None)
        if made is not None and made.latest < _OLD_TERM_BEFORE:
            old.append(item_name(claim, f"/photographs/{index}") or f"photograph {index + 1}")
    if not old:
        return []
    which = f"{_listed(old)} {'was' if len(old) == 1 else 'were'}"
    return [
        f"{which[0].upper()}{which[1:]} made before 1949: the term of copyright is worked out "
        "here as the Copyright Act now sets it; before 1999 (S.C. 1997, c. 24) a photograph's "
        "term ran fifty years from the making of its negative (former s. 10), under which "
        f"{'it' if len(old) == 1 else 'they'} may have been out of copyright since, and that "
        "earlier rule is not modelled."
    ]


def _where_it_stands(action: Action, cited: bool = False, summary: bool = False) -> list[str]:
    """The proceeding's last recorded step, as the action's page gives it (``cited``, with its
    sources, as the page and ``--full`` give them), and that its classes are proposed where
    they are: a lawyer's trial read "MEMBER" of classes that no court has certified, nothing
    said of where the proceeding stood. The ``summary``, to stay on one screen, says of a
    proposed action only the latter; of another (a settlement on appeal), where it stands (a
    trial's person read MDL-2967's result with no word of the appeal)."""
    if summary and action.proceeding.startswith("Proposed"):
        return [_PROPOSED]
    if not action.procedural_events:
        return []
    event = action.procedural_events[-1]
    said = event.description
    start, _, end = event.on.partition("/")
    proposed = action.proceeding.startswith("Proposed")  # seeds/<action>.json, "proceeding"
    if event.outcome is not None:
        said = f"{said.rstrip('.')}; its outcome: {event.outcome}"
    elif event.decision and end != "..":
        # Of a proposed action too: "decided", with nothing of the outcome, read to a lawyer's
        # trial as hiding it beside "MEMBER" (BRIEF: "say so in words").
        said = f"{said.rstrip('.')}; {_no_outcome(action, event)}"
    when = f"since {start}" if end == ".." else event.on
    said = _sentence(said)
    if cited:
        said = f"{said[:-1]} ({action.cite_for_reader(event.sources)})."
    lines = [f"Where it stands ({when}): {said}"]
    if proposed:
        lines[0] += " " + _PROPOSED
    return lines


def _status_legend(action: Action) -> list[str]:
    """What the marks beside a class's name mean ("[paraphrase]", "[inferred]"), once, where the
    action has such a class: a person reading their result is not left to guess."""
    found = dict.fromkeys(
        d.definition_status for d in action.classes if d.definition_status in _STATUS_WORDS
    )
    return [" ".join(_STATUS_WORDS[status] for status in found)] if found else []


_ITEM = re.compile(r"^/(?:photographs|police_uses)/\d+|^/claimant/(?:residence|citizenship)/\d+")


def _facts_by_item(reader: _Reader, uses: list[FactUse], first: bool = True) -> str:
    """Facts as sentences, those of an item (a photograph the rule looked at from a police
    use, say) after its name, so that "it" is never left to guess; ``first``: the sentences
    start a line (else they follow "facts:", and an item's name is not capitalised)."""
    return " ".join(_fact_groups(reader, uses, first))


def _fact_groups(reader: _Reader, uses: list[FactUse], first: bool = True) -> list[str]:
    """:func:`_facts_by_item`, a sentence (or a few) for the facts outside items, then one for
    each item's."""
    groups: dict[str, list[FactUse]] = {}
    for use in uses:
        match = _ITEM.match(use.pointer)
        groups.setdefault(match.group(0) if match else "", []).append(use)
    loose = reader.facts(groups.pop("", []))
    said = [loose] if loose else []
    for item, facts in groups.items():
        words = reader.facts(facts)
        if words:  # a sentence of its own: capitalised, but where it follows "facts:"
            said.append(f"{reader.item(item) if said or first else reader.name(item)}: {words}")
    return said


def _summary_at(
    reader: _Reader, said: dict[tuple[str, Tri, str], str], where: str,
    moving: frozenset[str], numbers: dict[str, int], finding: Finding,
) -> list[str]:
    note = ""
    if finding.value is Tri.UNKNOWN:
        if finding.criterion not in moving:
            # No answer to it could change the class (it is decided, or the condition's limb
            # fails on another: engine.core.open_criteria): its facts do not matter here.
            return [f"  [{_MARK[finding.value]}] {finding.label}: not needed to decide this class."]
        note = _open_note(finding, numbers)
    return _summary_finding(reader, finding, said, where, note, len(moving) < 2, numbers)


def _open_note(finding: Finding, numbers: dict[str, int]) -> str:
    """What a condition not known that could change its class asks of the person, in a few
    words: the questions below that would settle it."""
    return _asking(_missing_of(finding), numbers, "Answer question{s} {listed} below.")


def _missing_of(finding: Finding, pointed: frozenset[str] = frozenset()) -> list[str]:
    """The facts a condition, and its items, found missing, but those in ``pointed``."""
    missing = [use.pointer for use in finding.facts if use.status == "missing"]
    missing += [use.pointer for item in finding.items for use in item.facts
                if use.status == "missing"]
    return [pointer for pointer in missing if pointer not in pointed]


def _asking(missing: list[str], numbers: dict[str, int], words: str) -> str:
    """``words`` naming the questions below that ask the ``missing`` facts; "" where none does."""
    asked = sorted({numbers[pointer] for pointer in missing if pointer in numbers})
    if not asked:
        return ""
    shown = [str(n) for n in asked if n <= SUMMARY_QUESTIONS]
    if not shown:
        return "See explain --full for its questions."
    return words.format(s="s" if len(shown) > 1 else "", listed=_listed(shown))


def _summary_finding(
    reader: _Reader, finding: Finding, said: dict[tuple[str, Tri, str], str], where: str,
    note: str = "", alone: bool = False, numbers: dict[str, int] | None = None,
) -> list[str]:
    """A condition's verdict and what decided it, in a line or two, with what a condition not
    known asks (``note``; ``alone``: it is its class's only open condition); a condition
    another class shares with the same verdict, facts and note is said once."""
    own = [use for use in finding.facts if use.status == "given" and not any(
        use.pointer.startswith(item.pointer + "/") or item.pointer.startswith(use.pointer + "/")
        for item in finding.items
    )]
    # A list of periods given whole says each period: one of its periods' own facts said again
    # after it read to a lawyer as a period listed twice ("resident of the United States since
    # 2016-09-01 ...; Period 2 of residence: from 2016-09-01 ...").
    lists = [use.pointer + "/" for use in own if use.pointer.endswith(_PERIOD_LISTS)]
    if lists:
        own = [use for use in own if not use.pointer.startswith(tuple(lists))]
    facts = _facts_by_item(reader, own)
    if finding.value is Tri.FALSE and not finding.items:
        # Of a condition not met, the reading that decided it ("an individual alive on
        # 2024-06-21, the as-of date (readings R1, R20)"): its facts alone, a death in 2021,
        # read to a trial's person as the law's answer, not one reading of it.
        # A rule said as what is needed ("resident or citizen on 2020-07-08 (readings R1, R2)",
        # after "never resident in Canada", read to a later trial's lawyer as a finding).
        read = [r.text if r.text.startswith("not ") else "needed: " + r.text
                for r in finding.reasons if _BY_READING.search(r.text)
                and not r.text.startswith(("so ", _PRESUMED))]
        if read:
            facts = (facts.rstrip(".") + "; " if facts else "") + "; ".join(read) + "."
    if finding.value is not Tri.UNKNOWN and not finding.items:
        # What the facts come to where they alone do not say it: an age judged on every day a
        # claim could be made, where none was ("born on 1990-05-01; the claimant filed no
        # claim for payment" read to a lawyer as a contradiction beside "[met] is 18 or older
        # when claiming"); no right held by one who died ("died on 2019-05-01", beside
        # "[not met] holds copyright", said nothing of why).
        facts += "".join(f" {_capital(r.text)}." for r in finding.reasons
                         if any(said in r.text for said in _CONCLUDED))
    shown = _shown_items(finding)
    if alone and shown:
        # The class's questions are all this condition's where it alone is open: its items say
        # which of them each turns on. With none, the condition points to them still (a
        # lawyer's "[not known] had a photograph used by the RCMP ..." stood with no word of
        # the question below that asks it, as the README says each open condition has); so it
        # does to those no item shown asks (a later trial's lawyer read "[not known] holds
        # copyright ..." over a photograph that does not qualify, and no word of the question
        # of the photographs not listed).
        pointed = frozenset(
            use.pointer for item in shown[:SUMMARY_ITEMS] if item.value is Tri.UNKNOWN
            for use in item.facts if use.status == "missing"
        )
        # Then all of them, as _open_note names them (a later trial's lawyer read "answer
        # question 4 below" over photographs pointing to questions 2 and 3, as if the condition
        # named fewer than settle it).
        if not _missing_of(finding, pointed):
            note = ""
    key = (finding.label, finding.value, facts + note)
    mark = f"  [{_MARK[finding.value]}] {finding.label}"
    if not finding.items and key in said:
        return [f"{mark} (as for the {said[key]})"]
    said.setdefault(key, where)
    if facts and not shown:
        lines = [f"{mark}: {facts}" + (f" {note}" if note else "")]
    else:
        lines = [mark + (f": {note[0].lower()}{note[1:]}" if note else "")]
    for item in shown[:SUMMARY_ITEMS]:
        concluded = [r.text for r in item.reasons if r.text.startswith("so ")]
        words = reader.facts(item.facts) or ("" if concluded else _NOTHING_KNOWN)
        # Of an item that does not qualify, what a reading made of its facts ("a succession on
        # a death is neither an assignment nor a licence (reading R16)"): its facts alone read
        # as if they qualified (a lawyer's trial).
        # Not what a reading counted for it ("collected after 2020-07-08, which counts ..."):
        # said of a photograph made after the day, it read to a trial's administrator as why
        # no copyright existed.
        read = [r.text for r in item.reasons if _BY_READING.search(r.text)
                and not r.text.startswith(("so ", _PRESUMED, *_QUALIFIES_BY_READING))] \
            if item.value is Tri.FALSE else [
            # Of one that qualifies, what a reading made of a fact that reads as if it did not:
            # a licence of part beside "has not assigned or licensed their copyright" read as a
            # contradiction to a trial's photographer (reading R12); a collection after the day.
            r.text for r in item.reasons if (_BY_READING.search(r.text)
            and r.text.startswith(_QUALIFIES_BY_READING)) or r.text.startswith(_INFERRED)
        ] if item.value is Tri.TRUE else []
        if read:
            words = (words.rstrip(".") + "; " if words else "") + "; ".join(read) + "."
        # Of an item still open, what was assumed to settle part of it ("so the claimant does
        # not hold the copyright": the copyright was never transferred), not otherwise.
        presumed = [r.text.removeprefix(_PRESUMED) for r in item.reasons
                    if r.text.startswith(_PRESUMED)] \
            if item.value is not Tri.UNKNOWN or concluded else []
        if presumed and item.value is Tri.UNKNOWN:
            # After what is settled, in a sentence of its own: what was assumed may bear on
            # the part still open as well, and "assumed ...; So ..." read as cause and effect.
            settled = "; ".join(concluded) + "."
            words = (words.rstrip(".") + "; " + settled if words else _capital(settled)) + \
                " Assumed, as the record does not say: " + "; ".join(presumed) + "."
            concluded = []
        elif presumed:  # a verdict resting on what was not asked but taken as so says so
            words = words.rstrip(".") + "; assumed, as the record does not say: " + "; ".join(
                presumed) + "."
        if concluded:
            settled = "; ".join(concluded) + "."
            if presumed:
                # A sentence of its own after what was assumed: run on after it with "; ", the
                # conclusions read as assumed too.
                words = words + " " + _capital(settled)
            else:
                words = words.rstrip(".") + "; " + settled if words else settled.removeprefix("so ")
        # Under a condition not known, an item shown that does not qualify says so, and one
        # still open too: its facts alone read as met (an administrator took "it is or was in
        # Clearview's biometric database" for the answer, the day it was collected still open).
        out = "" if finding.value is not Tri.UNKNOWN else \
            " (does not qualify)" if item.value is Tri.FALSE else \
            " (not known yet)" if item.value is Tri.UNKNOWN else ""
        if out == " (not known yet)" and numbers:
            # Which question below settles it: a lawyer read "Photograph p1 (not known yet):
            # ... it is or was in Clearview's biometric database", the day Clearview collected
            # it (which the class turns on) named only in the list of questions.
            missing = [use.pointer for use in item.facts if use.status == "missing"]
            asks = _asking(missing, numbers, "question{s} {listed} below")
            if asks and not asks.startswith("See"):
                # And what, where it is one fact of the item: "(not known yet: question 1
                # below)" beside "it is or was in Clearview's biometric database" read to a
                # later trial's administrator as a contradiction.
                # Said as what is missing, not as a question worded apart from the one below
                # ("On what date did it start?" beside "Did period 1 of residence start on or
                # before 8 July 2020?", a trial's).
                what = "" if len(missing) != 1 else _missing_words(
                    missing[0], item.pointer) or reader.not_known(missing[0])
                if len(what) > 50:  # a long question is left to the list below
                    what = ""
                out = f" (not known yet, {asks}: {what})" if what else f" (not known yet: {asks})"
        lines.append(f"      {reader.item(item.pointer)}{out}: {words}")
    if len(shown) > SUMMARY_ITEMS:
        lines.append(_more(finding, shown[SUMMARY_ITEMS:]))
    if shown and facts:
        # Each group on a line of its own, as the items above are: "The claimant states that
        # the RCMP used no other photograph of them. Photograph grad: ..." wrapped so that the
        # photograph read as part of the statement. Not a fact the class said before (a
        # trial's lawyer read "The claimant is a natural person." under a photograph, said
        # already of the condition above).
        fresh = [use for use in own if use.pointer not in reader.told]
        lines += [f"      {_capital(group)}" for group in _fact_groups(reader, fresh)]
    reader.told.update(use.pointer for use in own if use.pointer in _WHO)
    return lines


# The facts of who the claimant is, which the first condition of a class says: not said again
# after a later condition's items (where another fact, such as a citizenship, bears on that
# condition more than on the first, it is said again).
_WHO = frozenset({"/claimant/kind", "/claimant/deceased", "/claimant/born_on", "/claimant/died_on"})


# The reasons that say what a condition's facts come to, said in a summary with them: one
# judged on every day a claim could be made, as none was made or its day is not known
# (actions/mdl_2967/rules.py, over_18); no right held by a claimant who died before the as-of
# date (actions/t_724_20/rules.py, holds_rights_in_collected_photograph).
_CONCLUDED = ("before any claim could be made", "on every day a claim could count",
              "holds no right on that day")


# The reasons, made by a reading, that let an item qualify though a fact of it reads as if it
# did not (law/copyright.py, actions/t_724_20/rules.py): said of the item in a summary.
_QUALIFIES_BY_READING = (
    "a grant of part of the copyright leaves", "collected after ", "taken after ",
    "the exclusive licensee holds that interest",
)
# Of an item that qualifies, what was inferred of a fact not given: an RCMP use of no date,
# made before the RCMP's access ended (t_724_20/rules.py, _used_by_as_of); a lawyer read the short
# form's "by the RCMP; a search of Clearview's service" as resting on the record alone.
_INFERRED = ("its date is not given",)


def share_words(share: Share, action: Action) -> str:
    """A claimant's share in a few words: "10 shares (Illinois Subclass)", "1 to 10 shares",
    "none"."""
    if share.at_most == 0:
        return "none"
    if not share.known:
        return f"{share.at_least} to {share.at_most} shares"
    count = f"{share.at_least} share{'' if share.at_least == 1 else 's'}"
    if share.earned:
        return f"{count} ({_listed([action.class_definition(c).name for c in share.earned])})"
    return f"{count} (those in other states)" if share.at_least else count


def share_lines(
    share: Share, action: Action, full: bool = False, brief: bool = False
) -> list[str]:
    """The claimant's share of the settlement fund, in a person's words: how many shares and
    why, then the allocation's source (``full``: each reason with its rule). ``brief``, of a
    share wholly open (none earned yet, eligibility not known): its first reason, and where the
    rest is (a trial's interview result gave each state's share, line after line, of a person
    who knew nothing yet)."""
    lines = [f"Share of the settlement fund: {share_words(share, action)}"]
    if brief and share.at_least == 0 and not share.known and len(share.reasons) > 2:
        lines += [
            f"  - {_sentence(_capital(share.reasons[0].text))}",
            "  - Each state's share, and what earns it: explain --full.",
            f"  Source: {action.readable(share.citation)}; {_sentence(share.unit)}",
        ]
        return lines
    for reason in share.reasons:
        text = reason.text
        if full and reason.citation != share.citation:
            text += f" ({action.readable(reason.citation)})"
        lines.append(f"  - {_sentence(_capital(text))}")
    lines.append(f"  Source: {action.readable(share.citation)}; {_sentence(share.unit)}")
    return lines


# --- several actions ------------------------------------------------------------------------


def by_standing(decided: Sequence[tuple[Action, Determination]]) -> list[tuple[Action, Determination]]:
    """Actions and their determinations, the one that most concerns the person first (as
    :func:`render_several` shows them)."""
    return sorted(decided, key=lambda pair: _standing(pair[1]))


def _standing(determination: Determination) -> tuple[int, int]:
    """How much an action concerns a person, to show the most relevant first: classes of
    which they are a member, then classes still open."""
    outcomes = list(determination.outcomes.values())
    return (-sum(o is Outcome.MEMBER for o in outcomes),
            -sum(o is Outcome.UNDETERMINED for o in outcomes))


_OUTCOME_WORDS = {
    Outcome.MEMBER: "member", Outcome.NOT_MEMBER: "not a member",
    Outcome.UNDETERMINED: "undetermined",
}
_ELIGIBLE_WORDS = {
    Outcome.MEMBER: "eligible", Outcome.NOT_MEMBER: "not eligible",
    Outcome.UNDETERMINED: "undetermined",
}


def verdict(action: Action, cls: ClassDetermination) -> str:
    """A class's outcome in words: MEMBER, NOT A MEMBER or UNDETERMINED; for an eligibility to
    claim (seed kind "eligibility"), ELIGIBLE or NOT ELIGIBLE."""
    eligibility = action.class_definition(cls.class_id).kind is ClassKind.ELIGIBILITY
    return (_ELIGIBLE if eligibility else _VERDICT)[cls.outcome]


def _claims(action: Action) -> bool:
    """Whether an action has an eligibility to claim beside its classes (MDL 2967)."""
    return any(definition.kind is ClassKind.ELIGIBILITY for definition in action.classes)


def outcome_in_words(
    action: Action, class_id: str, outcome: Outcome, as_headed: bool = False
) -> str:
    """An outcome as the CSV and ``compare`` write it: MEMBER, NOT_MEMBER, UNDETERMINED; for an
    eligibility to claim, ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED. ``as_headed``: as an
    explanation's headings write it, in words (NOT A MEMBER), for a line below them (a trial's
    lawyer read "NOT_MEMBER -> MEMBER" under "Copyright Infringement Class: NOT A MEMBER")."""
    said = outcome.value
    if action.class_definition(class_id).kind is ClassKind.ELIGIBILITY:
        said = {Outcome.MEMBER: "ELIGIBLE", Outcome.NOT_MEMBER: "NOT_ELIGIBLE"}.get(outcome, said)
    if not as_headed:
        return said
    return "NOT A MEMBER" if said == "NOT_MEMBER" else said.replace("_", " ")


def _eligibility(action: Action, cls: ClassDetermination) -> bool:
    return action.class_definition(cls.class_id).kind is ClassKind.ELIGIBILITY


def render_several(
    decided: Sequence[tuple[Action, Determination]], claim: Any, width: int | None = 80,
    render: Callable[..., str] | None = None, in_short: bool = False,
    words: Callable[[str], str] | None = None,
) -> str:
    """One person's standing in several actions: first each action's classes side by side, the
    most relevant action first (member of most classes, then most classes open), then each
    explained in that order (``render``: :func:`render_summary` unless given). One action:
    its explanation alone. An action none of whose classes reaches the person is said in a
    line a class, why in a few words (as a CSV row says it), not explained: with ``in_short``
    always; in the short account (:func:`render_summary`) where some other action reaches
    them, with the command that explains it. ``words`` puts such a part's lines in other words
    before they are wrapped (the interview's everyday words)."""
    render = render or render_summary
    shown = 80 if width is None else width
    if len(decided) == 1:
        action, determination = decided[0]
        text = render(determination, action, claim, width)
        return text if text.endswith("\n") else text + "\n"
    ordered = by_standing(decided)
    # On one screen, an action none of whose classes reaches the person is said in a line a
    # class, why in a few words, after the others (``explain --action ID`` gives each condition;
    # the whole account, render_text, explains every one). A trial's lawyer, of a licensee,
    # found T-724-20 only named, "not explained below", and had to run again to learn why.
    briefly = render is render_summary
    apart = [action.id for action, d in ordered if (briefly or in_short) and all(
        o is Outcome.NOT_MEMBER for o in d.outcomes.values()
    )]
    if not in_short and len(apart) == len(ordered):
        apart = []  # in none at all: each explained, as the classes of one action are
    lines = standing_lines(decided, shown)
    out = "\n".join(lines) + "\n"
    for action, determination in ordered:
        out += "\n" + part_heading(action.id, shown) + "\n"
        if action.id in apart:
            text = _in_short(determination, action, claim, shown, words)
            if briefly:
                text += "\n".join(textwrap.wrap(
                    f"Each condition of each class: classaction explain --action {action.id} "
                    "with this record's file.",
                    shown, break_on_hyphens=False,
                )) + "\n"
        else:
            text = render(determination, action, claim, width)
        out += text if text.endswith("\n") else text + "\n"
    return out


def part_heading(action_id: str, width: int = 80) -> str:
    """The line that heads one proceeding's part of an account of several ("-- T-713-20 ---")."""
    return f"-- {action_id} " + "-" * max(0, width - len(action_id) - 5)


# A proceeding none of whose classes reaches the person, as its standing and its part say it.
IN_NO_CLASS = "in none of its classes"


def standing_lines(
    decided: Sequence[tuple[Action, Determination]], width: int,
    heading: str = "Standing in each proceeding:", claim: Any = None, why_paid: bool = False,
) -> list[str]:
    """The person's standing in each proceeding, a line or two each, the most relevant first
    (:func:`by_standing`), under ``heading``. With ``why_paid``, an eligibility to claim a
    payment not found says why in a few words (its :func:`short_reason`): a trial's person, asking
    whether he got money from a settlement, found "not eligible" at the end of the result and
    its reason some ninety lines above."""
    lines = [heading]
    for action, determination in by_standing(decided):
        said = []
        # A proceeding none of whose classes reaches the person, in a few words (a trial's
        # person read five subclasses, each "not a member", twice over).
        none = all(cls.outcome is Outcome.NOT_MEMBER for cls in determination.classes)
        if none:
            said.append(IN_NO_CLASS)
        for cls in determination.classes:
            paid = _eligibility(action, cls)
            if none and not paid:
                continue
            words = f"{short_name(cls.name)}: {(_ELIGIBLE_WORDS if paid else _OUTCOME_WORDS)[cls.outcome]}"
            if why_paid and paid and cls.outcome is not Outcome.MEMBER:
                why = short_reason(
                    cls.outline(), action, determination.as_of, claim, determination.readings
                )
                words += f" ({why})"
            said.append(words)
        text = f"{action.id}, {action.style_of_cause[-1].title}: {'; '.join(said)}."
        lines += textwrap.wrap(text, width, initial_indent="  ", subsequent_indent="      ",
                               break_on_hyphens=False)
    return lines


def _readings_that_move(
    action: Action, claim: Any, determination: Determination, named: set[str]
) -> set[str]:
    """Of the readings ``named`` (by number), those on which an outcome of this claim's
    determination turns: another value the action names for one changes an outcome, alone (as
    ``classaction compare`` finds it) or beside another reading read another way, where that
    other alone does not give the same (an inheritance before the as-of date fails by R16, and
    by R14 too where R16 is read otherwise). Every one named, of an action not bundled."""
    # Imported here: the bundles and the report's readings import this module's callers.
    from .. import actions
    from .report import alternative_readings

    if action.id not in actions.bundles():
        return named
    bundle = actions.get(action.id)
    base = bundle.default_readings().with_values(determination.readings)
    tried = alternative_readings(base, action, bundle)
    before = {cls.class_id: cls.outcome for cls in determination.classes}
    # Each alternative alone, then each of those named beside each of another reading.
    pairs: list[tuple[int, int, Any]] = []
    for n, one in enumerate(tried):
        if one.reading not in named:
            continue
        for m, other in enumerate(tried):
            if other.reading == one.reading:
                continue
            try:
                both = one.readings.with_values({other.name: other.value})
            except ValueError:
                continue
            pairs.append((n, m, both))
    outcomes = bundle.compare_many(
        claim, base, [a.readings for a in tried] + [both for _, _, both in pairs]
    )
    alone, paired = outcomes[:len(tried)], outcomes[len(tried):]
    moved = {a.reading for a, after in zip(tried, alone, strict=True) if after != before}
    moved |= {
        tried[n].reading for (n, m, _), after in zip(pairs, paired, strict=True)
        if after != alone[m]
    }
    return moved & named


def _in_short(
    determination: Determination, action: Action, claim: Any, width: int,
    words: Callable[[str], str] | None = None,
) -> str:
    """An action none of whose classes reaches the person: its name, then each class and why
    not, in a few words. A person answering the interview got some seventy lines of five
    subclasses alike, each condition by condition, for a proceeding that was not theirs."""
    title = action.style_of_cause[-1].title
    lines = textwrap.wrap(
        f"{title} ({action.court}, file {action.file_number}): {IN_NO_CLASS}.", width,
        break_on_hyphens=False,
    )
    read: set[str] = set()  # the readings that decided a condition not met, R1 (the day) aside
    for cls in determination.classes:
        # The findings whole, where a photograph made after the day is why (_made_after): a
        # person reads these few lines alone, not a row of thousands.
        why = short_reason(cls, action, determination.as_of, claim, determination.readings)
        said = f"{short_name(cls.name)}: {why}."
        lines += textwrap.wrap(
            words(said) if words else said, width, initial_indent="  ",
            subsequent_indent="      ", break_on_hyphens=False,
        )
        unmet = next((f for f in cls.findings if f.value is Tri.FALSE and not f.items), None)
        # (Not of eligibility, whose condition of membership keeps the reasons of the class.)
        reasons = [] if unmet is None or _eligibility(action, cls) else list(unmet.reasons)
        if not _eligibility(action, cls):
            # And those of an item that failed: a trial's daughter, who said her father's
            # photographs were left to her, read only that none was assigned or licensed to her
            # (reading R16: an inheritance is neither).
            reasons += [
                reason for finding in cls.findings if finding.value is Tri.FALSE
                for item in finding.items if item.value is Tri.FALSE for reason in item.reasons
            ]
        for reason in reasons:
            # (A conclusion, "so ...", too: the claimant's exclusive licence, not counted as
            # holding the copyright, rests on reading R27.)
            if _BY_READING.search(reason.text) and not reason.text.startswith(_PRESUMED):
                read.update(set(re.findall(r"R\d+", reason.text.rsplit("(", 1)[-1])) - {"R1"})
    if read and claim is not None:
        # Only the readings that, read another way, would change an outcome here: a later
        # trial's lawyer read "This rests on reading R16" of an heir whose inheritance came
        # after the as-of date, out of the class under either reading.
        read = _readings_that_move(action, claim, determination, read)
    if read:
        # A death before the day, said five times as "not an individual alive on 2024-06-21",
        # read to a trial's son as the law's answer, not as one reading of "All individuals".
        numbers = sorted(read, key=lambda r: int(r[1:]))
        said = f"reading{'s' if len(numbers) > 1 else ''} {', '.join(numbers)}"
        rests = name_readings(f"This rests on {said}.", action, determination.readings)
        lines += textwrap.wrap(
            words(rests) if words else rests,
            width, initial_indent="  ", subsequent_indent="  ", break_on_hyphens=False,
        )
    return "\n".join(lines) + "\n"
