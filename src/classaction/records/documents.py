"""Claim and determination records: JSON in, typed values out, and back.

Data flows one way: bytes -> strict JSON -> schema-valid record -> typed
claim. A record is structured only after it has been validated, so the
converter never has to guess (cattrs would otherwise turn "1" into 1 or
"CA" into ("C", "A")).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Mapping
from typing import Any

import cattrs
from cattrs.errors import ForbiddenExtraKeysError

from ..engine.core import Determination, FactUse, Finding, MissingFact, Reason
from ..engine.dates import DateRange
from ..engine.facts import FactKind
from ..records.claim import Claim
from ..records.convert import converter
from ..records.errors import InvalidRecord, RecordError
from ..records.parse import parse_json
from ..records.validate import validate_claim


def _format(exc: BaseException, kind: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, ForbiddenExtraKeysError):
        return "unknown key"
    members = [a for a in getattr(kind, "__args__", (kind,)) if a is not type(None)]
    wanted = members[0] if len(members) == 1 else kind
    if isinstance(wanted, type) and issubclass(wanted, enum.Enum):
        return "must be one of: " + ", ".join(str(m.value) for m in wanted)
    names = {
        dt.date: "date (YYYY-MM-DD)", DateRange: "date (2018-06-01, 2018-06, 2015, 1988/1992 ...)",
        bool: "true or false", str: "text",
    }
    name = names.get(wanted) if isinstance(wanted, type) else None
    return f"not a valid {name or getattr(wanted, '__name__', 'value')}"


def claim_from_record(record: Any, *, today: dt.date | None = None) -> Claim:
    """The typed claim of a JSON record. Raises :class:`InvalidRecord` with every error."""
    errors = validate_claim(record, today=today)
    if errors:
        raise InvalidRecord(errors)
    return structure_claim(record)


def structure_claim(record: Any) -> Claim:
    """Structure a record already validated; a conversion error is reported with its path."""
    try:
        claim: Claim = converter.structure(record, Claim)
    except (cattrs.ClassValidationError, cattrs.IterableValidationError) as error:
        lines = cattrs.transform_error(error, path="$", format_exception=_format)
        raise InvalidRecord(
            RecordError(line.rpartition(" @ ")[2], line.rpartition(" @ ")[0], "structure")
            for line in lines
        ) from None
    return claim


def read_claim(data: bytes | str, *, today: dt.date | None = None) -> Claim:
    """A claim from JSON text: parsed strictly, validated, then structured.

    Raises :class:`~classaction.InvalidRecord` with every error (JSON path, message, rule),
    never repeating a value of the record. ``today`` is the day after which no date may lie
    (by default, today). Example::

        claim = ca.read_claim('{"claimant": {"kind": "natural", "born_on": "1990"}}')
        claim.claimant.born_on          # DateRange('1990')
    """
    if not isinstance(data, bytes | str):
        # A parsed record was an AttributeError from inside the parser (a trial's developer).
        raise TypeError(
            f"read_claim reads JSON text (str or bytes), not {type(data).__name__}: a record "
            "already parsed is made a claim by classaction.claim_from_record(record)"
        )
    return claim_from_record(parse_json(data), today=today)


def claim_record(claim: Claim) -> dict[str, Any]:
    """The JSON record of a claim; a fact left out stays absent."""
    record: dict[str, Any] = converter.unstructure(claim)
    return record


_DEFAULT_EMPTY: dict[str, Any] = {
    "claimant": {}, "photographs": [], "police_uses": [], "statements": {}, "proof": {},
}


def canonical_claim_record(record: Mapping[str, Any]) -> dict[str, Any]:
    """A record with the keys whose value means the same as leaving them out removed.

    An empty ``photographs`` list, an empty ``proof`` map, an empty
    ``claimant`` or ``statements`` object say nothing the absent key does not.
    (An empty ``residence``, ``citizenship`` or ``transfers`` list does: it says
    "none", so it stays.)
    """
    result: dict[str, Any] = _without_empty(dict(record))
    return result


def _without_empty(value: Any) -> Any:
    """:func:`canonical_claim_record` of one value, and of each inside it. A function of its own,
    not nested: a nested function that calls itself is a reference cycle, which only the
    garbage collector frees, once a record."""
    if isinstance(value, dict):
        out = {}
        for key, inner in value.items():
            inner = _without_empty(inner)
            if key in _DEFAULT_EMPTY and inner == _DEFAULT_EMPTY[key]:
                continue
            out[key] = inner
        return out
    if isinstance(value, list):
        return [_without_empty(v) for v in value]
    return value


# The records below read an enum's value as ``_value_``: ``.value`` is a property of the enum
# class, about ten times slower on Python 3.11, read here some 25 times a claim.


def _facts_record(uses: tuple[FactUse, ...]) -> list[dict[str, Any]]:
    facts = []
    for use in uses:
        fact: dict[str, Any] = {"pointer": use.pointer, "status": use.status}
        if use.proof is not None:
            fact["proof"] = use.proof
        if use.reason is not None:
            fact["reason"] = use.reason
        facts.append(fact)
    return facts


def _reasons_record(reasons: tuple[Reason, ...]) -> list[dict[str, str]]:
    return [{"text": r.text, "citation": str(r.citation)} for r in reasons]


def _finding_record(finding: Finding) -> dict[str, Any]:
    record: dict[str, Any] = {
        "criterion": finding.criterion, "label": finding.label, "value": finding.value._value_,
        "text": finding.text, "citation": str(finding.citation),
        "facts": _facts_record(finding.facts),
    }
    if finding.reasons:
        record["reasons"] = _reasons_record(finding.reasons)
    if finding.items:
        items = []
        for item in finding.items:
            entry: dict[str, Any] = {
                "pointer": item.pointer, "value": item.value._value_,
                "facts": _facts_record(item.facts),
            }
            if item.reasons:
                entry["reasons"] = _reasons_record(item.reasons)
            items.append(entry)
        record["items"] = items
    return record


def _plain(choice: Any) -> Any:
    """A choice as JSON: what the converter writes for it, without a converter call per value."""
    if isinstance(choice, enum.Enum):
        return choice._value_
    if choice is None or isinstance(choice, bool | str):
        return choice
    return converter.unstructure(choice)  # a list of items, such as periods


@functools.lru_cache(maxsize=256)
def _plain_scalars(choices: tuple[Any, ...]) -> tuple[Any, ...]:
    """Choices that are scalars, as JSON: worked out once (the same few, claim after claim)."""
    return tuple(_plain(choice) for choice in choices)


_LIST = FactKind.LIST  # a global: a member looked up on its enum is slow (see _logic.TRUE)


def _missing_record(fact: MissingFact) -> dict[str, Any]:
    record: dict[str, Any] = {
        "pointer": fact.pointer, "question": fact.question, "kind": fact.kind._value_,
        "reason": fact.reason._value_,
    }
    if fact.settles is not None:
        record["settles"] = fact.settles
    if fact.choices:
        # A list fact's choices are lists of items, made afresh: a record's parts are its own.
        if fact.kind is _LIST:
            record["choices"] = [_plain(choice) for choice in fact.choices]
        else:
            record["choices"] = list(_plain_scalars(fact.choices))
    if fact.after is not None:
        record["after"] = fact.after
    if fact.turns_on:
        record["turns_on"] = [day.isoformat() for day in fact.turns_on]
    if fact.given_as is not None:
        record["given_as"] = fact.given_as.text
    return record


def determination_record(determination: Determination) -> dict[str, Any]:
    """The JSON record of a determination; it validates against the determination schema.

    Written out field by field rather than by the generic converter: batch runs
    produce one per claim, and this is several times faster. A test holds it
    equal to the converter's output.
    """
    classes = []
    for cls in determination.classes:
        record: dict[str, Any] = {
            "class_id": cls.class_id, "name": cls.name, "outcome": cls.outcome._value_,
            "findings": [_finding_record(f) for f in cls.findings],
        }
        if cls.missing:
            record["missing"] = [_missing_record(m) for m in cls.missing]
        if cls.relief:
            record["relief"] = list(cls.relief)
        classes.append(record)
    out: dict[str, Any] = {
        "action": determination.action,
        "as_of": determination.as_of.isoformat(),
        "classes": classes,
        "readings": dict(determination.readings),
        "library_version": determination.library_version,
        "input_digest": determination.input_digest,
    }
    share = determination.share
    if share is not None:  # only an action that allocates a fund has one
        out["share"] = {
            "unit": share.unit, "at_least": share.at_least, "at_most": share.at_most,
            "earned": list(share.earned), "open": list(share.open),
            "reasons": _reasons_record(share.reasons), "citation": share.citation,
        }
    return out
