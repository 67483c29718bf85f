"""Loading an action from its seed document, checked against the action schema."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any

import cattrs
import jsonschema

from .._resources import load_json
from ..engine.action import Action, criterion_ids
from ..engine.core import ActionRules, Outcome, Share
from ..engine.logic import Tri
from ..records.convert import structure, unstructure
from .claim import Claim
from .items import question_for


class ActionDataError(ValueError):
    """A seed document that does not describe a well-formed action."""


def _schema_validator() -> jsonschema.protocols.Validator:
    schema = load_json("schemas", "action.schema.json")
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _cross_reference_errors(action: Action) -> Iterator[str]:
    known = {r.id for r in action.references}
    class_ids = {c.id for c in action.classes}
    causes = {c.id for c in action.causes_of_action}

    def cited(where: str, ids: tuple[str, ...]) -> Iterator[str]:
        for source_id in ids:
            if source_id not in known:
                yield f"{where} cites unknown reference {source_id!r}"

    yield from cited("the action", action.sources)
    for style in action.style_of_cause:
        yield from cited(f"style of cause {style.title!r}", style.sources)
    for party in action.parties:
        yield from cited(f"party {party.role}", party.sources)
    for definition in action.classes:
        yield from cited(f"class {definition.id}", definition.sources)
        declared = {spec.id for spec in definition.criteria}
        for spec in definition.criteria:
            yield from cited(f"criterion {spec.id}", spec.sources)
            if spec.span not in definition.definition:
                yield f"criterion {spec.id}: its span is not words of the class definition"
        for cid in criterion_ids(definition.test):
            if cid not in declared:
                yield f"class {definition.id}: its test names undeclared criterion {cid!r}"
    for item in action.relief:
        yield from cited(f"relief {item.id}", item.sources)
        for cid in item.benefits:
            if cid not in class_ids:
                yield f"relief {item.id} benefits unknown class {cid!r}"
        for ground in item.grounds:
            if ground not in causes:
                yield f"relief {item.id} rests on unknown cause {ground!r}"
    for cause in action.causes_of_action:
        yield from cited(f"cause {cause.id}", cause.sources)
    for event in action.procedural_events + action.timeline:
        yield from cited(f"event {event.id}", event.sources)
    for reading in action.readings:
        yield from cited(f"reading {reading.id}", reading.sources)
        for value in reading.value_labels:
            if value != reading.default and value not in reading.alternatives:
                yield f"reading {reading.id} gives words for {value!r}, which is none of its values"


def action_from_record(record: Mapping[str, Any]) -> Action:
    """Check a seed record against the action schema and its own cross-references."""
    problems = [
        f"{error.json_path}: {error.message}"
        for error in _schema_validator().iter_errors(record)
    ]
    if problems:
        raise ActionDataError("the action document is not valid:\n" + "\n".join(problems))
    try:
        action = structure(dict(record), Action)
    except cattrs.BaseValidationError as error:
        # A value of the schema's form that names no real thing (a date with no such day).
        problems = cattrs.transform_error(error, path="$")
        raise ActionDataError("the action document is not valid:\n" + "\n".join(problems)) from None
    problems = list(_cross_reference_errors(action))
    if problems:
        raise ActionDataError("the action document is not consistent:\n" + "\n".join(problems))
    return action


@cache
def load_action(name: str) -> Action:
    """A bundled action, by the file name of its seed."""
    return action_from_record(load_json("seeds", name))


def claim_rules(
    seed: str,
    criteria: Mapping[str, Callable[[Any, Any], Tri]],
    accepts_proof: Callable[[Any, Any], bool],
    label: Callable[[str, Any], str | None] | None = None,
    share: Callable[[Claim, Any, Mapping[str, Outcome]], Share | None] | None = None,
    question: Callable[[Claim, str, Any], str] = question_for,
) -> ActionRules[Claim, Any]:
    """The rules of an action whose criteria read the family's claim record (records/claim.py):
    its seed loaded, its record written by ``unstructure``, its readings by their own
    ``as_record``, a missing fact's question naming its item (records/items.py, or ``question``);
    ``label`` and ``share`` as :class:`~classaction.engine.core.ActionRules` takes them."""
    return ActionRules(
        action=load_action(seed),
        criteria=criteria,
        accepts_proof=accepts_proof,
        claim_record=unstructure,
        readings_record=lambda readings: readings.as_record(),
        as_of=lambda readings: readings.as_of,
        question=question,
        label=label,
        share=share,
    )
