"""The engine on an action of the tests' own (tests/toy_action.py)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from toy_action import (
    ACTION_RECORD,
    CALLS,
    CUT_OFF,
    RULES,
    Ticket,
    ToyClaim,
    ToyReadings,
    bought_before,
    in_time,
)

import classaction as ca
from classaction.engine import core as _engine
from classaction.engine.dates import as_range
from classaction.engine.trace import TracedDate

R = ToyReadings()


def outcomes(claim: ToyClaim) -> dict[str, str]:
    return {k: v.value for k, v in ca.determine_with(RULES, claim, R).outcomes.items()}


def test_the_date_rule_decides_on_either_side_of_the_cut_off() -> None:
    before = ToyClaim(member=True, ticket=Ticket(dt.date(2020, 12, 31)))
    after = ToyClaim(member=True, ticket=Ticket(dt.date(2021, 1, 1)))
    assert outcomes(before) == {"TH": "MEMBER", "CM": "NOT_MEMBER", "EB": "NOT_MEMBER"}
    assert outcomes(after) == {"TH": "NOT_MEMBER", "CM": "MEMBER", "EB": "NOT_MEMBER"}
    early = ToyClaim(member=True, ticket=Ticket(dt.date(2020, 9, 23)))
    assert outcomes(early)["EB"] == "MEMBER"


def test_a_negated_criterion_keeps_unknown_unknown() -> None:
    claim = ToyClaim(member=True)
    determination = ca.determine_with(RULES, claim, R)
    assert determination.outcomes["CM"] is ca.Outcome.UNDETERMINED
    assert [m.pointer for m in determination.for_class("CM").missing] == ["/ticket"]


def test_findings_cite_the_words_and_sources_of_the_toy_action() -> None:
    determination = ca.determine_with(RULES, ToyClaim(ticket=Ticket(dt.date(2020, 1, 1))), R)
    (finding,) = determination.for_class("TH").findings
    assert finding.text == "who bought a ticket before 2021-01-01"
    assert finding.citation == "toy.txt"
    assert [(f.pointer, f.status) for f in finding.facts] == [
        ("/ticket", "given"), ("/ticket/bought_on", "given")
    ]
    assert determination.for_class("TH").relief == ("refund",)
    assert determination.action == "TOY-1"


def test_missing_facts_are_ranked_by_how_much_they_settle() -> None:
    cm = ca.determine_with(RULES, ToyClaim(), R).for_class("CM")
    # "no" to membership settles the class, "yes" does not: half the answers settle it.
    # The ticket is an item to describe, with no answers to try: it comes after.
    assert [(m.pointer, m.settles) for m in cm.missing] == [("/member", 0.5), ("/ticket", 0.0)]
    th = ca.determine_with(RULES, ToyClaim(ticket=Ticket()), R).for_class("TH")
    # Any date settles the date rule, one way or the other.
    assert [(m.pointer, m.settles) for m in th.missing] == [("/ticket/bought_on", 1.0)]
    later = ca.determine_with(RULES, ToyClaim(member=None, ticket=Ticket()), R).for_class("CM")
    assert {m.pointer: m.settles for m in later.missing} == {
        "/member": 0.5, "/ticket/bought_on": 0.5
    }


def _alike_classes() -> ca.ActionRules[ToyClaim, ToyReadings]:
    """Three classes over the toy rules, each with membership first and two date criteria:
    S1 and S2 read the same rules in the same places under different tests; S1 and S3 share a
    test and membership's place, but not the rules (nor the values) of their other criteria."""
    words = "All members who bought a ticket early or before the cut-off"

    def criterion(cls: str, name: str, span: str) -> dict[str, object]:
        return {"id": f"{cls}.{name}", "label": name, "span": span, "sources": ["toy"]}

    def made(cls: str, test: object, second: str, third: str) -> dict[str, object]:
        return {"id": cls, "name": cls, "definition": words, "sources": ["toy"], "test": test,
                "criteria": [criterion(cls, "member", "All members"),
                             criterion(cls, second, "early"), criterion(cls, third, "before")]}

    record = dict(ACTION_RECORD, classes=[
        made("S1", {"all": ["S1.member", {"any": ["S1.early", "S1.before"]}]}, "early", "before"),
        made("S2", {"any": ["S2.member", {"all": ["S2.early", "S2.before"]}]}, "early", "before"),
        made("S3", {"all": ["S3.member", {"any": ["S3.early", "S3.later"]}]}, "early", "later"),
    ], relief=[dict(ACTION_RECORD["relief"][0], benefits=["S1"])])
    before, early = RULES.criteria["TH.bought_before"], RULES.criteria["EB.early"]
    member = RULES.criteria["CM.member"]
    criteria = {f"{cls}.member": member for cls in ("S1", "S2", "S3")}
    criteria |= {"S1.early": early, "S1.before": before, "S2.early": early, "S2.before": before,
                 "S3.early": early, "S3.later": early}
    return attrs.evolve(RULES, action=ca.action_from_record(record), criteria=criteria)


def test_classes_alike_weigh_a_fact_once_and_as_each_would_alone() -> None:
    # Bought in 2020: before the cut-off, and early or not (the year straddles the 100th day).
    rules = _alike_classes()
    claim = ToyClaim(ticket=Ticket(as_range("2020")))
    together = ca.determine_with(rules, claim, R)
    settles = {cls.class_id: {m.pointer: m.settles for m in cls.missing} for cls in together.classes}
    # S1: bought before the cut-off, so membership alone decides: either answer settles it.
    # S2: a member is in, a non-member still turns on the rough date: one answer of two.
    # S3: no criterion but membership is known: "no" settles it, "yes" does not.
    assert {cls: found["/member"] for cls, found in settles.items()} == {
        "S1": 1.0, "S2": 0.5, "S3": 0.5,
    }
    for definition, decided in zip(rules.action.classes, together.classes, strict=True):
        assert decided.missing == _engine.determine_class(rules, definition, claim, R).missing


def test_a_missing_date_is_weighed_on_either_side_of_each_line_the_rules_draw() -> None:
    """No list of dates is given: the engine finds them from the rules.

    From the as-of date (2021-01-01, the ticket too late: the early-bird class is settled),
    the traced date meets one line, carried back through ``+ 100 days``: a ticket bought on
    or before 2020-09-23 is early, and leaves the class to membership; one bought from
    2020-09-24 settles it. Of the three dates tried, two settle the class. The days either
    side of the cut-off alone, or the as-of date alone, would say that any date settles it.
    """
    claim = ToyClaim(ticket=Ticket())
    eb = ca.determine_with(RULES, claim, R).for_class("EB")
    assert [(m.pointer, m.settles) for m in eb.missing] == [
        ("/ticket/bought_on", pytest.approx(2 / 3)), ("/member", 0.5)
    ]
    for bought, outcome in ((dt.date(2020, 9, 23), ca.Outcome.UNDETERMINED),
                            (dt.date(2020, 9, 24), ca.Outcome.NOT_MEMBER)):
        assert ca.outcome_with(RULES, claim, R, {"/ticket/bought_on": bought})["EB"] is outcome


def test_the_dates_tried_are_capped() -> None:
    """A rule comparing a date with many others draws many lines: at most 40 dates are tried."""
    tried: list[dt.date] = []

    def settles(choice: dt.date) -> tuple[TracedDate, bool]:
        day = TracedDate(choice)  # the date as the rules read it, with the lines they drew
        tried.append(choice)
        for year in range(1900, 2000):  # a line at every 1 January
            _ = day < dt.date(year, 1, 1)
        return day, day.year % 2 == 0

    share, _ = _engine._date_settles(settles, dt.date(2000, 1, 1), None)
    day = dt.timedelta(days=1)
    sides = [side for year in range(1900, 2000) for side in (dt.date(year, 1, 1) - day,
                                                              dt.date(year, 1, 1))]
    choices = [dt.date(2000, 1, 1), *sides[:39]]
    assert _engine._MAX_DATE_CHOICES == 40
    assert share == sum(choice.year % 2 == 0 for choice in choices) / 40
    # A date the rule cannot tell from one tried (the same year, the same side of each line)
    # is not tried again.
    assert len(tried) < 40 and len(set(tried)) == len(tried)


def test_a_probe_works_out_again_only_the_items_that_read_what_it_supplies() -> None:
    tickets = (Ticket(), Ticket(dt.date(2022, 1, 1)), Ticket())
    claim = ToyClaim()

    def criterion(ctx: ca.Context[ToyReadings]) -> ca.Tri:
        ctx.field(claim, "", "member")
        return ctx.some(tickets, "/tickets", in_time)

    def accept(proof: object, readings: ToyReadings) -> bool:
        return True

    CALLS["in_time"] = 0
    full: ca.Context[ToyReadings] = ca.Context(R, accept, {})
    assert criterion(full) is ca.Tri.UNKNOWN
    assert CALLS["in_time"] == 3  # each item once
    assert set(full.missing) == {"/member", "/tickets/0/bought_on", "/tickets/2/bought_on"}
    other = _engine._Probe(R, accept, {"/member": True}, {}, full._items)
    assert criterion(other) is ca.Tri.UNKNOWN
    assert CALLS["in_time"] == 3  # no item read the fact the probe supplied
    dated = _engine._Probe(R, accept, {"/tickets/2/bought_on": dt.date(2020, 1, 1)}, {}, full._items)
    assert criterion(dated) is ca.Tri.TRUE
    assert CALLS["in_time"] == 4  # the third ticket alone, combined with the two kept
    late = _engine._Probe(R, accept, {"/tickets/0/bought_on": dt.date(2021, 6, 1)}, {}, full._items)
    assert criterion(late) is ca.Tri.UNKNOWN  # the third ticket is still unknown
    assert CALLS["in_time"] == 5


def test_a_fact_read_only_in_items_already_decided_is_not_missing() -> None:
    decided = (Ticket(dt.date(2022, 1, 1)),)
    claim = ToyClaim()

    def member_in_time(ctx: ca.Context[ToyReadings], ticket: Ticket, base: str) -> ca.Tri:
        # Reads the membership, left out; the ticket is too late whatever it says.
        member = ca.Tri.of(ctx.field(claim, "", "member"))
        return member & in_time(ctx, ticket, base)

    def criterion(ctx: ca.Context[ToyReadings]) -> ca.Tri:
        return ctx.some(decided, "/tickets", member_in_time) | ca.Tri.of(ctx.field(claim, "", "ticket"))

    full: ca.Context[ToyReadings] = ca.Context(R, lambda proof, readings: True, {})
    assert criterion(full) is ca.Tri.UNKNOWN
    assert set(full.missing) == {"/member", "/ticket"}
    full._prune()
    assert set(full.missing) == {"/ticket"}


def test_what_if_answers_missing_facts_without_a_new_claim() -> None:
    claim = ToyClaim(member=True, ticket=Ticket())
    after = ca.outcome_with(RULES, claim, R, {"/ticket/bought_on": dt.date(2019, 5, 5)})
    assert after == {"TH": ca.Outcome.MEMBER, "CM": ca.Outcome.NOT_MEMBER, "EB": ca.Outcome.MEMBER}


def test_rules_must_implement_exactly_the_declared_criteria() -> None:
    with pytest.raises(ValueError, match="implemented only"):
        ca.ActionRules(
            action=RULES.action,
            criteria={**RULES.criteria, "XX.extra": bought_before},
            accepts_proof=RULES.accepts_proof,
            claim_record=RULES.claim_record,
            readings_record=RULES.readings_record,
            as_of=RULES.as_of,
        )


def test_the_toy_action_runs_without_loading_the_t_724_20_rules() -> None:
    script = (
        "import sys, datetime as dt\n"
        "from toy_action import RULES, ToyClaim, Ticket, ToyReadings\n"
        "import classaction as ca\n"
        "d = ca.determine_with(RULES, ToyClaim(member=True, ticket=Ticket(dt.date(2020, 1, 1))),"
        " ToyReadings())\n"
        "assert d.outcomes['TH'] is ca.Outcome.MEMBER\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('classaction'))\n"
        "assert 'classaction.actions.t_724_20.rules' not in loaded, loaded\n"
        "assert 'classaction.law.copyright' not in loaded, loaded\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=Path(__file__).parent,
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_the_toy_action_validates_against_the_action_schema() -> None:
    assert ca.action_from_record(ACTION_RECORD).file_number == "TOY-1"


# --- what the engine works out so that rules need not: parts and presupposed facts ----------


def _accept(proof: object, readings: ToyReadings) -> bool:
    return True


def _bought_by_cut_off(ctx: ca.Context[ToyReadings], ticket: Ticket, claim: ToyClaim) -> ca.Tri:
    """A rule read plainly: the date of purchase, or else membership, which came with a ticket."""
    when = ctx.field(ticket, "/ticket", "bought_on")
    if when is not None:
        return when.before(CUT_OFF)
    return ca.Tri.TRUE if ctx.field(claim, "", "member") is True else ca.Tri.UNKNOWN


def test_a_fact_named_inside_a_part_settled_otherwise_is_not_asked() -> None:
    def criterion(ctx: ca.Context[ToyReadings], claim: ToyClaim) -> ca.Tri:
        # The ticket's date is named inside the part; the part is settled by membership, and
        # the criterion stays open on another fact read outside it.
        bought = ctx.part(_bought_by_cut_off, claim.ticket or Ticket(), claim)
        return bought & ca.Tri.of(ctx.field(claim, "", "ticket") and None)

    settled: ca.Context[ToyReadings] = ca.Context(R, _accept, {})
    assert criterion(settled, ToyClaim(member=True, ticket=Ticket())) is ca.Tri.UNKNOWN
    assert "/ticket/bought_on" in settled.missing  # named while the part was worked out ...
    assert "/ticket/bought_on" not in settled.asked  # ... and not asked: it cannot change it
    assert "/ticket" not in settled.asked  # given: never missing
    open_: ca.Context[ToyReadings] = ca.Context(R, _accept, {})
    assert criterion(open_, ToyClaim(ticket=Ticket())) is ca.Tri.UNKNOWN
    assert {"/ticket/bought_on", "/member"} <= set(open_.asked)


def test_a_part_inside_an_item_and_an_item_inside_an_item_are_pruned_alike() -> None:
    claim = ToyClaim(member=True)
    tickets = (Ticket(), Ticket(dt.date(2022, 1, 1)))

    def dated_or_member(ctx: ca.Context[ToyReadings], ticket: Ticket, base: str) -> ca.Tri:
        when = ctx.field(ticket, base, "bought_on")
        if when is not None:
            return when.before(CUT_OFF)
        return ca.Tri.TRUE if ctx.field(claim, "", "member") is True else ca.Tri.UNKNOWN

    def ticket_ok(ctx: ca.Context[ToyReadings], ticket: Ticket, base: str) -> ca.Tri:
        # Each ticket asks about the member's tickets, an inner list whose first item names
        # its date and is settled by membership; and about a fact left out, which stays open.
        inner = ctx.some(tickets, "/other", dated_or_member)
        part = ctx.part(_bought_by_cut_off, ticket, claim)
        return inner & part & ca.Tri.of(ctx.field(claim, "", "ticket") and None)

    context: ca.Context[ToyReadings] = ca.Context(R, _accept, {})
    assert context.some(tickets, "/tickets", ticket_ok) is ca.Tri.UNKNOWN
    assert {"/other/0/bought_on", "/ticket/bought_on", "/ticket"} <= set(context.missing)
    # Named inside a settled inner item and a settled part, within an item still open:
    # neither date can change anything; the fact read in the open item can.
    assert set(context.asked) == {"/ticket"}


@attrs.frozen
class Holding:
    """A record class of the tests' own with a presupposed fact that answers its question."""

    sold: bool | None = attrs.field(
        default=None, metadata={"fact": ca.FactSpec("Was it sold?", ca.FactKind.BOOLEAN, (True, False))}
    )
    sold_on: ca.DateRange | None = attrs.field(
        default=None,
        metadata={"fact": ca.FactSpec("When was it sold?", ca.FactKind.DATE, after="sold", when=True)},
        converter=as_range,
    )


def _held_on_cut_off(ctx: ca.Context[ToyReadings], holding: Holding) -> ca.Tri:
    """Read in the order a person is asked: was it sold? if so, when?"""
    if ctx.field(holding, "/holding", "sold") is False:
        return ca.Tri.TRUE
    sold_on = ctx.field(holding, "/holding", "sold_on")
    return ca.Tri.UNKNOWN if sold_on is None else sold_on.after(CUT_OFF)


@pytest.mark.parametrize(
    ("holding", "value", "given", "asked"),
    [
        # The date alone answers "was it sold?": that question is not asked, the date is recorded.
        (Holding(sold_on=dt.date(2020, 1, 1)), ca.Tri.FALSE, ["/holding/sold_on"], []),
        (Holding(sold=True, sold_on=dt.date(2022, 1, 1)), ca.Tri.TRUE,
         ["/holding/sold_on", "/holding/sold"], []),
        (Holding(sold=False), ca.Tri.TRUE, ["/holding/sold"], []),
        (Holding(sold=True), ca.Tri.UNKNOWN, ["/holding/sold"], ["/holding/sold_on"]),
        (Holding(), ca.Tri.UNKNOWN, [], ["/holding/sold", "/holding/sold_on"]),
    ],
)
def test_a_given_fact_answers_the_question_it_presupposes(
    holding: Holding, value: ca.Tri, given: list[str], asked: list[str]
) -> None:
    context: ca.Context[ToyReadings] = ca.Context(R, _accept, {})
    assert _held_on_cut_off(context, holding) is value
    assert list(context.given) == given
    assert list(context.asked) == asked


def test_a_supplied_date_answers_the_question_it_presupposes_too() -> None:
    """What-if answers go through the same reading: a supplied date of sale says it was sold."""
    supplied = {"/holding/sold_on": dt.date(2020, 6, 1)}
    context: ca.Context[ToyReadings] = ca.Context(R, _accept, supplied)
    assert _held_on_cut_off(context, Holding()) is ca.Tri.FALSE
    assert context.asked == {}


def test_a_criterion_that_can_no_longer_change_its_class_names_no_missing_fact() -> None:
    # "A and B, or C and D" (T-713-20's two limbs): with B false, the first limb fails whatever
    # A turns out to be, so A is moot; with B unknown, A still counts, as C and D do.
    from classaction.engine.action import AllOf, AnyOf, NotOf
    from classaction.engine.logic import Tri

    t, f, u = Tri.TRUE, Tri.FALSE, Tri.UNKNOWN
    test = _engine.compile_test(AnyOf((AllOf(("A", "B")), AllOf(("C", "D")))))
    assert _engine._relevant(test, (("A", u), ("B", f), ("C", t), ("D", u))) == {"D"}
    assert _engine._relevant(test, (("A", u), ("B", u), ("C", t), ("D", u))) == {"A", "B", "D"}
    # Both limbs failing elsewhere leave nothing to ask (the class is then decided anyway).
    assert _engine._relevant(test, (("A", u), ("B", f), ("C", f), ("D", u))) == frozenset()
    # Through a negation too: in "not (A and B)" with B true, A decides; with B false, nothing
    # is left to ask.
    negated = _engine.compile_test(NotOf(AllOf(("A", "B"))))
    assert _engine._relevant(negated, (("A", u), ("B", t))) == {"A"}
    assert _engine._relevant(negated, (("A", u), ("B", f))) == frozenset()


def test_a_plain_all_of_finds_its_open_criteria_without_the_full_search() -> None:
    # "A and B and C" with none false: every unknown criterion could change it, which the
    # engine knows without trying the others' values; with one false, none could. Either way
    # the answer is the full search's (_can_change on each).
    from classaction.engine.action import AllOf, AnyOf
    from classaction.engine.logic import Tri

    t, f, u = Tri.TRUE, Tri.FALSE, Tri.UNKNOWN
    for expression in (AllOf(("A", "B", "C")), AnyOf(("A", "B", "C"))):
        test = _engine.compile_test(expression)
        for values in ((u, t, u), (u, f, u), (u, u, u), (t, u, f)):
            state = tuple(zip("ABC", values, strict=True))
            full = frozenset(c for c, v in state if v is u and _engine._can_change(test, dict(state), c))
            assert _engine.open_criteria(expression, dict(state)) == full, (expression, values)
            found = _engine._relevant(test, state)
            assert (frozenset(c for c, v in state if v is u) if found is None else found) == full
    assert _engine._relevant(_engine.compile_test(AllOf(("A", "B"))), (("A", u), ("B", t))) is None
    assert _engine.plain_test(AllOf(("A", "B"))) and _engine.plain_test(AnyOf(("A", "B")))
    assert not _engine.plain_test(AnyOf((AllOf(("A", "B")), AllOf(("C", "D")))))
