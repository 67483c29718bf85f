"""Choosing the next question: the engine's ranked missing facts, those a presumption
stands in for (reading the action's strict readings), and never a fact whose answer could
change no outcome, nor one a "don't know" or an earlier answer has made moot.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..engine.core import Determination, MissingFact, MissingReason, Outcome
from ..engine.dates import DateRange
from ..engine.facts import FactKind
from ..records.claim import Claim, Extent, Holder, Party, Transfer, TransferKind
from .answers import Answers, _closes, _item, _shape
from .questions import _PRESUPPOSES_NO, _RIGHTS_STATEMENT

_ABROAD = "/claimant/residence/-"  # a period in another country than Canada, not listed
_WHERE_LIVED = ("/claimant/residence", _ABROAD)
_CLAIMED = "/payment_claims"  # the claims for payment filed (MDL-2967's claim form)
_BORN, _DIED = "/claimant/born_on", "/claimant/died_on"  # a claimant's dates of birth and death


class Choosing(Answers):
    """Which fact to ask next (mixed into the interview)."""

    def why_fact(self, fact: MissingFact, determination: Determination, rebuttal: bool) -> str:
        raise NotImplementedError  # the dialogue's

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
        found = [f for f in facts if f.pointer in needed_by and self.open(f, pending)]
        abroad = [f for f in found if f.pointer == _ABROAD and f.place and not score.get(_ABROAD)]
        if abroad:
            # The engine weighs no item not listed (BRIEF §6 asks only for an order that serves
            # an interview): "none" to the periods lived in the United States settles the five
            # classes of MDL-2967 that turn on them, yet it came after a claim form (trials).
            # Weighed here as the classes that answer settles, and put in its place.
            score[_ABROAD] = float(self.settled_by_none(determination, abroad[0].place or ""))
            found.sort(key=lambda f: -score.get(f.pointer, 0.0))
        where = [n for n, f in enumerate(found) if f.pointer in _WHERE_LIVED]
        claimed = next((n for n, f in enumerate(found) if f.pointer == _CLAIMED), None)
        if where and claimed is not None and claimed < where[-1]:
            # Where one lived before whether one claimed in a settlement abroad: trials' people
            # in Canada were asked of a claim form in MDL-2967 before ever being asked whether
            # they had lived in the United States (and "none" settles its eligibility too).
            found.insert(where[-1], found.pop(claimed))
        born = next((n for n, f in enumerate(found) if f.pointer == _BORN), None)
        died = next((n for n, f in enumerate(found) if f.pointer == _DIED), None)
        if born is not None and died is not None and born < died and \
                score.get(_DIED, 0.0) >= score.get(_BORN, 0.0):
            # Of a claimant said to have died, when before when born, where the two weigh
            # alike: a trial's son, answering for his mother, was first asked whether she was
            # born by 8 July 2020 (each decides whether the claimant was alive that day).
            found.insert(born, found.pop(died))
        return found, score

    def settled_by_none(self, determination: Determination, place: str) -> int:
        """How many classes open now the answer "never lived there" to a country would settle."""
        claim = self.claim()
        listed = list(self.value("/claimant/residence_complete_for") or ())
        # A tuple, as the claim's field is (the compiled rules check the type they read).
        none = {"/claimant/residence_complete_for": (*listed, place)}
        after = self.bundle.what_if(claim, none, self.readings)
        return sum(
            cls.outcome is Outcome.UNDETERMINED and after[cls.class_id] is not Outcome.UNDETERMINED
            for cls in determination.classes
        )

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
        first all the same, and where one lived next, when several countries are asked of.
        """
        determination = self.bundle.determine(claim, self.readings)
        found, score = self.candidates(determination)
        if found and score.get(found[0].pointer, 0.0) >= 1.0:
            return found[0], self.why_fact(found[0], determination, False)
        lived = next((f for f in found if f.pointer in _WHERE_LIVED), None)
        if lived is not None and len(self.bundle.places) > 1 and score.get(lived.pointer, 0.0):
            # Where one lived, asked of several countries (MDL-2967 beside the Canadian
            # actions), before a photograph's facts: "never" in the United States makes the
            # settlement's questions of a photograph moot (trials' people were asked whether
            # Clearview held it by 21 June 2024, and when it was first posted, before that).
            return lived, self.why_fact(lived, determination, False)
        items = [f for f in found if _item(f.pointer)]
        rebuttal = False
        if not items and self.strict is not self.readings and (
            not found or _closes(found[0].pointer)
        ):
            strict_determination = self.bundle.determine(claim, self.strict)
            strict, items = self.rebuttals(claim, strict_determination)
            # When a photograph was taken decides which Act's rules apply (before or since
            # 2012-11-07) and often makes the other facts moot: it is asked before them.
            made = {f.pointer: f for f in strict if f.pointer.endswith("/made_on")}
            items = [made.get(_item(f.pointer) + "/made_on", f) for f in items]
            rebuttal = bool(items)
            if rebuttal:
                determination = strict_determination
            if not found:
                found = [
                    f for f in strict
                    if not self.disowned(f.pointer) and self.could_change(claim, f)
                ]
        for fact in items:
            if _item(fact.pointer) == self.focus:
                return fact, self.why_fact(fact, determination, rebuttal)
        if items:
            return items[0], self.why_fact(items[0], determination, rebuttal)
        if found:
            return found[0], self.why_fact(found[0], determination, False)
        return None

    def rebuttals(
        self, claim: Claim, strict_determination: Determination
    ) -> tuple[list[MissingFact], list[MissingFact]]:
        """Under the strict readings: the facts that may be asked now, and of them those that
        rebut a presumption and could change an outcome under the readings in force (alone, or
        the first that could with one other)."""
        strict, _ = self.candidates(strict_determination)
        rebuttals = [
            f for f in strict if _item(f.pointer) and not self.gate_unknown(f.pointer)
            and not self.disowned(f.pointer)
        ]
        items = [f for f in rebuttals if self.could_change(claim, f)]
        if not items:
            # A fact that changes an outcome only together with another (a waiver of the
            # moral rights and a commission, say) is asked too: the first such, in the
            # engine's order under strict, so that its answer may make the other moot.
            items = self.needed_together(claim, rebuttals)[:1]
        return strict, items

    def disowned(self, pointer: str) -> bool:
        """Whether a fact is of a photograph the person has said is not theirs, if Clearview
        collected it: "no" to "Did Clearview collect any photograph that you took, that you
        had someone take for you, or whose copyright was sold, given or left to you?" covers
        each photograph named after it (a police search's, say). What would rebut a presumption
        of its copyright (who owned the film, a co-author, the photographer's death, a
        commission) could make the claimant hold rights in it only against that answer: not
        asked, though the class it serves is still open (person C of a trial was asked eight
        such questions, each "serving no class any longer")."""
        said = self.said.get(_RIGHTS_STATEMENT)
        item = _item(pointer)
        if said is None or said[0] is not False or not item.startswith("/photographs/"):
            return False
        return self.value(f"{item}/id") not in said[1]

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
        # A pair tried as (first, second) is tried again as (second, first) when the second's
        # turn comes: its outcomes are kept, by the pointers and answers, and not worked out
        # twice (about half the wait before a question, which reached four seconds).
        tried: dict[Any, bool] = {}

        def changes(first: MissingFact, a: Any, second: MissingFact, b: Any) -> bool:
            key = frozenset(((first.pointer, _key(a)), (second.pointer, _key(b))))
            if key not in tried:
                tried[key] = self.bundle.what_if(
                    claim, {first.pointer: a, second.pointer: b}, self.readings
                ) != now
            return tried[key]

        found = []
        for n, first in enumerate(facts):
            for second in facts[n + 1:] + facts[:n]:
                if any(
                    changes(first, a, second, b)
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
        day the engine found it turns on; for the transfers of a photograph, one transfer of
        each kind."""
        if fact.kind is FactKind.DATE:
            # The engine says on which days an answer turns some rule (MissingFact.turns_on):
            # a day on either side of each.
            day = dt.timedelta(days=1)
            return tuple(DateRange.day(d) for turn in fact.turns_on for d in (turn - day, turn))
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


def _key(answer: Any) -> Any:
    """An answer as a key: itself where it can be hashed, else its repr (a list of transfers)."""
    try:
        hash(answer)
    except TypeError:
        return repr(answer)
    return answer
