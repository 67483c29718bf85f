"""A determination as plain text, for a person to read."""

from __future__ import annotations

from ._action import Action, Event
from ._engine import Determination, Finding, MissingReason, Outcome
from ._logic import Tri

_VERDICT = {
    Outcome.MEMBER: "MEMBER",
    Outcome.NOT_MEMBER: "NOT A MEMBER",
    Outcome.UNDETERMINED: "UNDETERMINED: the facts given are not enough",
}
_MARK = {Tri.TRUE: "met", Tri.FALSE: "not met", Tri.UNKNOWN: "unknown"}
_WHY_MISSING = {
    MissingReason.LEFT_OUT: "not given",
    MissingReason.PROOF_INSUFFICIENT: "given, but needs a document or official record (reading R8)",
    MissingReason.NOT_LISTED: "mentioned but not described",
}


def _finding_lines(finding: Finding) -> list[str]:
    lines = [
        f"  [{_MARK[finding.value]:>7}] {finding.label}",
        f"            tests the words: \"{finding.text}\" ({finding.citation})",
    ]
    given = [f.pointer for f in finding.facts if f.status == "given"]
    if given:
        lines.append(f"            facts used: {', '.join(given)}")
    for reason in finding.reasons:
        lines.append(f"            because {reason.text} ({reason.citation})")
    return lines


def render_text(determination: Determination, action: Action) -> str:
    """The determination for a person: per class, the outcome, each criterion and what is missing."""
    out = [
        f"{action.title_on(determination.as_of)}, {action.court}, file {action.file_number}",
        f"Membership assessed as of {determination.as_of.isoformat()}.",
        "",
    ]
    for cls in determination.classes:
        definition = action.class_definition(cls.class_id)
        out.append(f"{cls.name}: {_VERDICT[cls.outcome]}")
        out.append(f"  Definition: \"{definition.definition}\" ({action.cite(definition.sources)})")
        for finding in cls.findings:
            out.extend(_finding_lines(finding))
        if cls.missing:
            out.append("  To settle this class, answer (most useful first):")
            for n, fact in enumerate(cls.missing, 1):
                out.append(f"    {n}. {fact.question} [{fact.pointer}; {_WHY_MISSING[fact.reason]}]")
        if cls.relief:
            out.append("  Relief sought that would reach this member:")
            for item in action.relief:
                if item.id in cls.relief:
                    out.append(f"    - ({item.kind.value}) \"{item.text}\"")
        out.append("")
    readings = ", ".join(f"{k}={v}" for k, v in determination.readings.items())
    out.append(f"Readings: {readings}")
    out.append(
        f"classaction {determination.library_version}; input {determination.input_digest}"
    )
    return "\n".join(out) + "\n"


def _events(action: Action, events: tuple[Event, ...]) -> list[str]:
    lines = []
    for event in events:
        outcome = f" Outcome: {event.outcome}." if event.outcome else ""
        lines.append(f"  {event.on}  {event.description}{outcome} ({action.cite(event.sources)})")
    return lines


def render_action(action: Action) -> str:
    """The action at a glance: court, parties, classes, relief, events, readings, sources."""
    lines = [
        action.style_of_cause[-1].title,
        f"  {action.court}, file {action.file_number}, filed {action.filed_on.isoformat()}",
        f"  {action.proceeding}",
        "",
        "Parties:",
        *(f"  {p.role}: {p.name}: {p.description}" for p in action.parties),
        "",
        "Classes:",
    ]
    for definition in action.classes:
        lines.append(f"  {definition.name} ({definition.id}):")
        lines.append(f"    \"{definition.definition}\" ({action.cite(definition.sources)})")
        lines += [f"    - {s.id}: {s.label}  [\"{s.span}\"]" for s in definition.criteria]
    lines += ["", "Relief sought:"]
    lines += [
        f"  - ({item.kind.value}; for {', '.join(item.benefits)}) \"{item.text}\""
        for item in action.relief
    ]
    lines += ["", "Procedural events:", *_events(action, action.procedural_events)]
    lines += ["", "Timeline:", *_events(action, action.timeline)]
    lines += ["", "Readings (open points and their defaults):"]
    lines += [
        f"  {r.id} {r.name}: {r.question} default {r.default}; or {', '.join(r.alternatives)}"
        for r in action.readings
    ]
    lines += ["", "Sources:", *(f"  {s.citation}: {s.description}" for s in action.references)]
    return "\n".join(lines) + "\n"
