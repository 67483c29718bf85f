"""A small action of the tests' own, to show the engine is not tied to T-724-20.

Three classes: ticket holders (a ticket bought before a cut-off date, a date
rule), club members, and early birds (members whose ticket was bought 100 days or
more before the cut-off: a rule on a date made from the one given). It uses only
the engine and the model, never the T-724-20 rules, and gives the engine no list
of dates: it finds those to weigh a missing date at from the rules.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from attrs import frozen

from classaction import ActionRules, Context, DateRange, FactKind, FactSpec, Tri, action_from_record
from classaction.engine.dates import as_range
from classaction.records.convert import unstructure

CUT_OFF = dt.date(2021, 1, 1)

ACTION_RECORD: dict[str, Any] = {
    "id": "TOY-1",
    "court": "Court of Examples",
    "file_number": "TOY-1",
    "proceeding": "A made-up proceeding for tests.",
    "filed_on": "2021-06-01",
    "sources": ["toy"],
    "style_of_cause": [{"title": "Example v. Example", "sources": ["toy"]}],
    "parties": [{"role": "defendant", "name": "Example Ltd.", "description": "Made up.",
                 "sources": ["toy"]}],
    "classes": [
        {"id": "TH", "name": "Ticket Holders",
         "definition": "All persons who bought a ticket before 2021-01-01",
         "criteria": [{"id": "TH.bought_before", "label": "bought a ticket before the cut-off",
                       "span": "who bought a ticket before 2021-01-01", "sources": ["toy"]}],
         "test": "TH.bought_before", "sources": ["toy"]},
        {"id": "CM", "name": "Club Members",
         "definition": "All members of the club who are not ticket holders",
         "criteria": [{"id": "CM.member", "label": "is a member", "span": "All members of the club",
                       "sources": ["toy"]},
                      {"id": "CM.ticket", "label": "holds a ticket", "span": "ticket holders",
                       "sources": ["toy"]}],
         "test": {"all": ["CM.member", {"not": "CM.ticket"}]}, "sources": ["toy"]},
        {"id": "EB", "name": "Early Bird Members",
         "definition": "All members of the club who bought a ticket at least 100 days before "
                       "2021-01-01",
         "criteria": [{"id": "EB.member", "label": "is a member", "span": "All members of the club",
                       "sources": ["toy"]},
                      {"id": "EB.early", "label": "bought a ticket 100 days or more before the cut-off",
                       "span": "who bought a ticket at least 100 days before 2021-01-01",
                       "sources": ["toy"]}],
         "test": {"all": ["EB.member", "EB.early"]}, "sources": ["toy"]},
    ],
    "relief": [{"id": "refund", "text": "A refund", "kind": "damages", "against": ["defendant"],
                "benefits": ["TH"], "sources": ["toy"]}],
    "references": [{"id": "toy", "citation": "toy.txt", "kind": "secondary",
                    "description": "Made up for the tests."}],
}


@frozen
class Ticket:
    bought_on: DateRange | None = attrs.field(
        default=None, metadata={"fact": FactSpec("When was the ticket bought?", FactKind.DATE)},
        converter=as_range,
    )


@frozen
class ToyClaim:
    member: bool | None = attrs.field(
        default=None,
        metadata={"fact": FactSpec("Is the person a member?", FactKind.BOOLEAN, (True, False))},
    )
    ticket: Ticket | None = attrs.field(
        default=None,
        metadata={"fact": FactSpec("Did the person buy a ticket?", FactKind.ITEM)},
    )


@frozen
class ToyReadings:
    strict: bool = False


def bought_before(ctx: Context[ToyReadings], claim: ToyClaim) -> Tri:
    """TH.bought_before: "who bought a ticket before 2021-01-01" (toy.txt)."""
    ticket = ctx.field(claim, "", "ticket")
    if ticket is None:
        return Tri.UNKNOWN
    return in_time(ctx, ticket, "/ticket")


CALLS = {"in_time": 0}


def in_time(ctx: Context[ToyReadings], ticket: Ticket, base: str) -> Tri:
    """Whether a ticket was bought before the cut-off (counted, for the tests)."""
    CALLS["in_time"] += 1
    when = ctx.field(ticket, base, "bought_on")
    return Tri.UNKNOWN if when is None else when.before(CUT_OFF)


EARLY = dt.timedelta(days=100)


def early(ctx: Context[ToyReadings], claim: ToyClaim) -> Tri:
    """EB.early: "who bought a ticket at least 100 days before 2021-01-01" (toy.txt)."""
    ticket = ctx.field(claim, "", "ticket")
    if ticket is None:
        return Tri.UNKNOWN
    when = ctx.field(ticket, "/ticket", "bought_on")
    return Tri.UNKNOWN if when is None else when.map(lambda day: day + EARLY).on_or_before(CUT_OFF)


def member(ctx: Context[ToyReadings], claim: ToyClaim) -> Tri:
    return Tri.of(ctx.field(claim, "", "member"))


def holds_ticket(ctx: Context[ToyReadings], claim: ToyClaim) -> Tri:
    return bought_before(ctx, claim)


RULES: ActionRules[ToyClaim, ToyReadings] = ActionRules(
    action=action_from_record(ACTION_RECORD),
    criteria={"TH.bought_before": bought_before, "CM.member": member, "CM.ticket": holds_ticket,
              "EB.member": member, "EB.early": early},
    accepts_proof=lambda proof, readings: True,
    claim_record=unstructure,
    readings_record=lambda readings: {"strict": readings.strict},
    as_of=lambda readings: CUT_OFF,
)
