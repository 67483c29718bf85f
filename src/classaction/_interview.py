"""A guided interview: ask only what settles each class, then explain.

Each turn determines membership with what is known so far and asks the most
useful missing fact (the engine's ordered list). "Don't know" leaves a fact
unknown and it is not asked again. The answers build a claim record.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import IO, Any

from . import _rcmp
from ._claim import Claim
from ._convert import structure
from ._engine import Determination, MissingFact
from ._facts import FactKind
from ._readings import Readings
from ._render import render_text
from ._validate import consistency_errors

DONT_KNOW = object()
MAX_QUESTIONS = 200
_YES = {"y", "yes", "true"}
_NO = {"n", "no", "false"}
_UNKNOWN = {"", "?", "dk", "don't know", "dont know", "do not know", "unknown"}
_STATEMENT_OF_ITEM = {
    "/photographs/-": (
        "unlisted_collected_photograph_depicts_claimant",
        "holds_rights_in_unlisted_collected_photograph",
    ),
    "/police_uses/-": ("rcmp_used_unlisted_photograph_of_claimant",),
}


class _EndOfAnswers(Exception):
    pass


def _read(stdin: IO[str], out: IO[str], prompt: str) -> str:
    out.write(prompt)
    out.flush()
    line = stdin.readline()
    if not line:
        raise _EndOfAnswers
    if not line.endswith("\n"):
        out.write("\n")
    return line.strip()


def _date(text: str, today: dt.date) -> dt.date | None:
    try:
        value = dt.date.fromisoformat(text)
    except ValueError:
        return None
    return value if value <= today and len(text) == 10 else None


def _periods(text: str, today: dt.date) -> list[dict[str, Any]] | None:
    if text.lower() in {"none", "never", "no"}:
        return []
    periods = []
    for part in text.split(";"):
        start_text, sep, end_text = part.partition(" to ")
        start = _date(start_text.strip(), today)
        if not sep or start is None:
            return None
        end_text = end_text.strip().lower()
        if end_text in {"now", "today", "present"}:
            periods.append({"start": start.isoformat(), "ongoing": True})
            continue
        end = _date(end_text, today)
        if end is None or end < start:
            return None
        periods.append({"start": start.isoformat(), "end": end.isoformat()})
    return periods


def _ask(fact: MissingFact, stdin: IO[str], out: IO[str], today: dt.date) -> Any:
    """The answer to one question as a JSON value, or DONT_KNOW."""
    kind = fact.kind
    if kind is FactKind.BOOLEAN:
        hint = "yes / no / don't know"
    elif kind is FactKind.CHOICE:
        options = [c.value if isinstance(c, enum.Enum) else str(c) for c in fact.choices]
        hint = " / ".join(f"{n}) {o}" for n, o in enumerate(options, 1)) + " / don't know"
    elif kind is FactKind.DATE:
        hint = "YYYY-MM-DD / don't know"
    elif kind is FactKind.LIST and fact.pointer.endswith("/transfers"):
        hint = "none / don't know"
    elif kind is FactKind.LIST:
        hint = "none, or periods like 1990-05-01 to now; 1980-01-01 to 1985-12-31 / don't know"
    else:
        hint = "yes to describe it / don't know"
    for _ in range(3):
        text = _read(stdin, out, f"{fact.question}\n  [{hint}] > ")
        lowered = text.lower()
        if lowered in _UNKNOWN:
            return DONT_KNOW
        value: Any = None
        if kind is FactKind.BOOLEAN:
            value = True if lowered in _YES else False if lowered in _NO else None
        elif kind is FactKind.CHOICE:
            if lowered.isdigit() and 1 <= int(lowered) <= len(options):
                value = options[int(lowered) - 1]
            elif lowered in options:
                value = lowered
        elif kind is FactKind.DATE:
            parsed = _date(text, today)
            value = None if parsed is None else parsed.isoformat()
        elif kind is FactKind.LIST and fact.pointer.endswith("/transfers"):
            value = [] if lowered in {"none", "no", "never"} else None
        elif kind is FactKind.LIST:
            value = _periods(text, today)
        else:
            value = True if lowered in _YES else None
        if value is not None:
            return value
        out.write("  That answer was not understood; please try again.\n")
    return DONT_KNOW


def _set(record: dict[str, Any], pointer: str, value: Any) -> None:
    parts = pointer.strip("/").split("/")
    target: Any = record
    for part in parts[:-1]:
        target = target[int(part)] if isinstance(target, list) else target.setdefault(part, {})
    last = parts[-1]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value


def _unset(record: dict[str, Any], pointer: str) -> None:
    """Take back an answer :func:`_set` wrote (a key; a list's item is never answered alone)."""
    parts = pointer.strip("/").split("/")
    target: Any = record
    for part in parts[:-1]:
        target = target[int(part)] if isinstance(target, list) else target.get(part, {})
    if isinstance(target, dict):
        target.pop(parts[-1], None)


def _conflicts(record: dict[str, Any], today: dt.date, before: set[tuple[str, str]]) -> list[str]:
    """The messages of consistency errors the last answer brought (validate would refuse them)."""
    return [
        error.message for error in consistency_errors(record, today)
        if (error.path, error.message) not in before
    ]


def _describe_item(record: dict[str, Any], pointer: str) -> str:
    """Add the item the claimant said exists, so that its facts can be asked next."""
    photographs = record.setdefault("photographs", [])
    taken = {p["id"] for p in photographs}
    number = len(photographs) + 1
    while f"p{number}" in taken:
        number += 1
    photo_id = f"p{number}"
    photographs.append({"id": photo_id})
    if pointer == "/police_uses/-":
        record.setdefault("police_uses", []).append({"photograph": photo_id})
    for statement in _STATEMENT_OF_ITEM.get(pointer, ()):
        record.get("statements", {}).pop(statement, None)
    return photo_id


def run_interview(stdin: IO[str], out: IO[str], readings: Readings) -> dict[str, Any]:
    """Ask until every class is settled or nothing useful is left; returns the claim record."""
    today = dt.date.today()
    action = _rcmp.action()
    record: dict[str, Any] = {}
    skipped: set[str] = set()
    out.write(
        f"Questions about membership in the classes of {action.file_number} "
        f"({action.court}). Answer \"don't know\" (or leave blank) whenever you are not sure.\n\n"
    )
    determination: Determination = _rcmp.determine(structure(record, Claim), readings)
    for _ in range(MAX_QUESTIONS):
        pending = [f for f in determination.next_facts() if f.pointer not in skipped]
        if not pending:
            break
        fact = pending[0]
        try:
            answer = _ask(fact, stdin, out, today)
        except _EndOfAnswers:
            out.write("\n")
            break
        if answer is DONT_KNOW:
            skipped.add(fact.pointer)
        elif fact.kind is FactKind.ITEM:
            photo_id = _describe_item(record, fact.pointer)
            out.write(f"  Noted as photograph {photo_id}; a few questions about it follow.\n")
        else:
            before = {(e.path, e.message) for e in consistency_errors(record, today)}
            _set(record, fact.pointer, answer)
            conflicts = _conflicts(record, today, before)
            if conflicts:
                # A timeline no life or photograph can have (_validate.consistency_errors):
                # the answer is taken back and the question asked again.
                _unset(record, fact.pointer)
                out.write(
                    "  That answer cannot be right together with the earlier ones ("
                    + "; ".join(conflicts) + "). Please check it.\n"
                )
        determination = _rcmp.determine(structure(record, Claim), readings)
    out.write("\n" + render_text(determination, action))
    return record
