"""Properties every determination keeps, on generated claims and readings."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs
from hypothesis import assume, given
from hypothesis import strategies as st
from strategies import (
    claims,
    dates,
    full_photograph,
    full_police_use,
    masked,
    partial_claims,
    presumption_facts,
    readings,
)

import classaction as ca
from classaction.engine.dates import DateRange
from classaction.records.consistency import consistency_errors


@given(partial_claims(), readings())
def test_determination_is_deterministic(claim: ca.Claim, chosen: ca.Readings) -> None:
    first = ca.determine(claim, chosen)
    again = ca.determine(claim, chosen)
    assert first == again
    assert first.input_digest == again.input_digest


@given(st.data(), claims(), readings())
def test_refinement_never_flips_a_definite_outcome(
    data: st.DataObject, full: ca.Claim, chosen: ca.Readings
) -> None:
    """Knowing more never turns MEMBER into NOT_MEMBER or back.

    Facts that only rebut a statutory presumption are kept (which ones depends on
    reading R9): the presumption is defeasible by design (Copyright Act s. 34.1(1)).
    """
    less = data.draw(masked(full, spare=presumption_facts(chosen)))
    known = ca.determine(full, chosen, rank_missing=False).outcomes
    partial = ca.determine(less, chosen, rank_missing=False).outcomes
    for class_id, outcome in partial.items():
        if outcome is not ca.Outcome.UNDETERMINED:
            assert known[class_id] is outcome, class_id


def _answer(data: st.DataObject, fact: ca.MissingFact) -> Any:
    if fact.kind is ca.FactKind.DATE:
        return data.draw(dates())
    if fact.kind is ca.FactKind.ITEM:
        if fact.pointer.startswith("/police_uses/-"):
            return data.draw(full_police_use())
        return data.draw(full_photograph())
    assert fact.choices, fact.pointer
    return data.draw(st.sampled_from(fact.choices))


@given(st.data(), partial_claims(), readings())
def test_undetermined_names_what_would_settle_it(
    data: st.DataObject, claim: ca.Claim, chosen: ca.Readings
) -> None:
    """Every UNDETERMINED names a missing fact, and answering all it names settles it."""
    determination = ca.determine(claim, chosen, rank_missing=False)
    for cls in determination.classes:
        if cls.outcome is not ca.Outcome.UNDETERMINED:
            assert cls.missing == ()
            continue
        # The one shape known to leave a class open with nothing to ask (a transfer's maker
        # left out while several owned the copyright) is test_copyright.py's KNOWN_GAP.
        assume(not (cls.class_id == "CI" and _maker_among_owners_left_out(claim)))
        assert cls.missing, cls.class_id
        answers = {fact.pointer: _answer(data, fact) for fact in cls.missing}
        # Answers drawn at random may tell a story no life can have (a photograph taken after
        # its author's death): the record checks refuse such a record, and so does this test.
        assume(not _inconsistent(claim, answers))
        # An item described where no statement answered or given says one exists is listed
        # as well (api.what_if), and a listed item's own references may then be asked.
        assume(not _described_where_none_is(claim, answers))
        after = ca.what_if(claim, answers, chosen)
        assert after[cls.class_id] is not ca.Outcome.UNDETERMINED, (cls.class_id, answers)


def _maker_among_owners_left_out(claim: ca.Claim) -> bool:
    """A photograph of joint authors, or whose negative the claimant owned, with a transfer
    whose maker is left out (see test_copyright.py, KNOWN_GAP)."""
    return any(
        (photo.joint_authorship or photo.negative_owner is ca.Holder.CLAIMANT)
        and any(transfer.by is None for transfer in photo.transfers or ())
        for photo in claim.photographs
    )


def _as_json(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, DateRange):
        return value.text
    if isinstance(value, (list, tuple)):
        return [_as_json(v) for v in value]
    return ca.unstructure(value) if attrs.has(type(value)) else value


def _inconsistent(claim: ca.Claim, answers: dict[str, Any]) -> bool:
    record: Any = ca.unstructure(claim)
    for pointer, value in answers.items():
        if pointer.endswith("/-") or attrs.has(type(value)):
            continue  # an item added or described: the checks of its own facts are not this test's
        try:
            record = _set(record, pointer, _as_json(value))
        except (KeyError, IndexError):
            continue
    return bool(consistency_errors(record, dt.date(2026, 1, 15)))


def _described_where_none_is(claim: ca.Claim, answers: dict[str, Any]) -> bool:
    from classaction.api import _lists_item

    return any(f"/{items}/-" in answers and _lists_item(claim, answers, items)
               for items in ("photographs", "police_uses"))


def _set(record: Any, pointer: str, value: Any) -> Any:
    """A copy of a JSON record with the value at a pointer replaced (None removes it)."""
    head, _, rest = pointer.lstrip("/").partition("/")
    key: Any = int(head) if isinstance(record, list) else head
    copy: Any = list(record) if isinstance(record, list) else dict(record)
    if rest:
        copy[key] = _set(copy[key], "/" + rest, value)
    elif value is None:
        del copy[key]
    else:
        copy[key] = value
    return copy


def _criterion_values(record: Any, chosen: ca.Readings) -> dict[str, ca.Tri]:
    determination = ca.determine(ca.structure(record, ca.Claim), chosen, rank_missing=False)
    return {f.criterion: f.value for cls in determination.classes for f in cls.findings}


@given(claims(), readings())
def test_a_fact_stated_false_is_never_treated_as_left_out(
    claim: ca.Claim, chosen: ca.Readings
) -> None:
    """Where a criterion's value depends on a yes/no fact, leaving it out gives "unknown"."""
    record = ca.unstructure(claim)
    determination = ca.determine(claim, chosen, rank_missing=False)
    pointers = {
        use.pointer
        for cls in determination.classes
        for finding in cls.findings
        for use in finding.facts
        if use.pointer.rsplit("/", 1)[-1] not in presumption_facts(chosen)
    }
    # The record as it is states each of these facts one way: its values serve for that side.
    stated = _criterion_values(record, chosen)
    for pointer in sorted(pointers):
        try:
            current = _resolve(record, pointer)
        except (KeyError, IndexError, ValueError):  # "/photographs/-" names no value
            continue
        if not isinstance(current, bool):
            continue
        other = _criterion_values(_set(record, pointer, not current), chosen)
        turns = [criterion for criterion, value in stated.items() if value is not other[criterion]]
        if not turns:  # no criterion depends on this fact here: nothing to hold it to
            continue
        left_out = _criterion_values(_set(record, pointer, None), chosen)
        for criterion in turns:
            assert left_out[criterion] is ca.Tri.UNKNOWN, (pointer, criterion)


def _resolve(record: Any, pointer: str) -> Any:
    for part in pointer.lstrip("/").split("/"):
        record = record[int(part)] if isinstance(record, list) else record[part]
    return record


@given(partial_claims())
def test_default_readings_are_the_briefs(claim: ca.Claim) -> None:
    """Naming every default explicitly changes nothing."""
    explicit = ca.Readings().with_values(dict(ca.Readings().as_record()))
    assert ca.compare(claim, ca.Readings(), explicit) == ()
