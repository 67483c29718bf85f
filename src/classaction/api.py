"""The library's entry points for T-724-20, which refuse what they cannot use.

``determine``, ``what_if`` and ``compare`` take a claim built in code, where a
value of the wrong kind (the text "yes" for a true-or-false fact, a date the
calendar lacks) would otherwise be read silently as something else. Each checks
the claim against the claim schema, and ``what_if`` each answer against the
claim model and the schema, first, and raises :class:`~classaction.InvalidRecord`
naming the JSON path (and pointer) and the rule of every problem; values given
in the record's own forms (enum values as text, dates as text or
``datetime.date``) are taken as the record would take them.

The command line and the batch work on records already validated, and call the
rules directly (``classaction._rcmp``), without checking twice.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import enum
import typing
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs

from . import actions
from .engine.action import Action
from .engine.core import ActionRules, Change, Determination, Outcome
from .engine.dates import DateRange
from .engine.facts import FactSpec
from .engine.readings import ActionReadings, ReadingValue
from .records.claim import Claim, Photograph, PoliceUse
from .records.convert import converter
from .records.documents import claim_record, structure_claim
from .records.errors import InvalidRecord, RecordError, path_of
from .records.validate import validate_claim

if TYPE_CHECKING:
    # Each bundled action's readings, for the type of ``readings(id)``; at run time they come
    # from its bundle (classaction.actions), loaded on first use.
    from .actions.mdl_2967.readings import Readings as MDL2967Readings
    from .actions.t_713_20.readings import Readings as T713Readings
    from .actions.t_724_20.readings import Readings as T724Readings

# Lists of items whose next, not yet listed, item an answer may describe ("/photographs/-"; a
# period of residence or citizenship the rules ask for in another country,
# "/claimant/residence/-": law/residence.py, other_periods).
_ITEM_LISTS = frozenset({"photographs", "police_uses", "residence", "citizenship"})


def checked(claim: Claim) -> Claim:
    """The claim as its record reads it; InvalidRecord if the claim schema refuses it.

    Only the schema, and the forms of dates: a claim that names a photograph it does not list,
    or whose timeline no life can have, is still determined (the rules say what they can), as
    the library always has; the record checks refuse such a record at the door of a batch.
    """
    if not isinstance(claim, Claim):
        # As the README teaches: JSON text through read_claim (every check), a dict through
        # claim_from_record (a trial's developer was pointed only to the one the README skips).
        hint = (": make one from JSON text with classaction.read_claim(text), which applies "
                "every check, or from a dict with classaction.claim_from_record(record)"
                if isinstance(claim, Mapping | str | bytes) else "")
        raise TypeError(f"a claim is a classaction.Claim, not {type(claim).__name__}{hint}")
    record = _loose(claim)
    errors = validate_claim(record, consistency=False)
    if errors:
        raise InvalidRecord(errors)
    normal = structure_claim(record)
    return claim if normal == claim else normal


def action(action_id: str | None = None) -> Action:
    """The action as data (court, parties, classes verbatim, relief, events, readings, sources);
    by default the package's first (``classaction.actions.DEFAULT``). Example::

        ca.action().classes[0].definition
    """
    return actions.get(action_id).action


@typing.overload
def readings(
    action_id: Literal["T-724-20"] | None = None, values: Mapping[str, ReadingValue] | None = None,
) -> T724Readings: ...
@typing.overload
def readings(
    action_id: Literal["T-713-20"], values: Mapping[str, ReadingValue] | None = None,
) -> T713Readings: ...
@typing.overload
def readings(
    action_id: Literal["MDL-2967"], values: Mapping[str, ReadingValue] | None = None,
) -> MDL2967Readings: ...
@typing.overload
def readings(
    action_id: str | None = None, values: Mapping[str, ReadingValue] | None = None,
) -> ActionReadings: ...
def readings(
    action_id: str | None = None, values: Mapping[str, ReadingValue] | None = None,
) -> ActionReadings:
    """The readings of an action (by default the package's first): its defaults, with ``values``
    changed, each given by name or number and value as text (``{"R3": "both"}``). Raises
    ValueError naming a reading the action lacks or a value it does not take. A type checker
    knows each bundled action's own readings by its id (``ca.readings("MDL-2967")`` is
    ``classaction.actions.mdl_2967.readings.Readings``). Example::

        strict = ca.readings("T-724-20", {"R9": "strict"})
        ca.compare(claim, ca.readings("T-724-20"), strict)
    """
    chosen: ActionReadings = actions.get(action_id).default_readings()
    return chosen if not values else chosen.with_values(values)


def _readings_of(action_id: str | None, given: Any) -> Any:
    """The readings an entry point was given, as the action's rules take them: None is the
    action's defaults; a mapping, readings changed from them by name (``{"R9": "strict"}``);
    another action's readings, or anything else, a TypeError that names the class needed,
    rather than an AttributeError from deep in a rule."""
    bundle = actions.get(action_id)
    if given is None:
        return bundle.default_readings()
    if isinstance(given, bundle.readings):
        return given
    if isinstance(given, Mapping):
        return bundle.default_readings().with_values(given)
    kind = bundle.readings
    raise TypeError(
        f"readings for {bundle.id} are a {kind.__module__}.{kind.__qualname__} "
        f"(ca.readings({bundle.id!r})) or a mapping of reading to value, "
        f"not {type(given).__module__}.{type(given).__qualname__}"
    )


def rules(action_id: str | None = None) -> ActionRules[Any, Any]:
    """The action's rules, as the engine takes them (``classaction.determine_with``)."""
    return actions.get(action_id).rules


def determine(
    claim: Claim,
    readings: Any = None,
    *,
    rank_missing: bool = True,
    input_digest: str | None = None,
    action: str | None = None,
) -> Determination:
    """Whether the claimant belongs to each class of T-724-20, with reasons and sources.

    ``claim`` is checked against the claim schema first (:func:`checked`; the checks of a
    record's consistency, a photograph it names but does not list or a timeline no life can
    have, are :func:`~classaction.validate_claim`'s):
    :class:`~classaction.InvalidRecord` lists every problem, each with its JSON
    path and rule; a value given in the record's own form (``kind="natural"``, a
    date as ``"2015"``) is read as the record reads it. ``readings`` default to
    the plain text (the action's own, ``classaction.readings(action)``); a mapping
    changes some of them by name or number (``{"R9": "strict"}``), and another
    action's readings are a TypeError naming the ones needed; ``rank_missing=False`` lists the
    missing facts in the order the rules read them, without weighing them;
    ``input_digest`` is the digest of the claim's record when the caller has it; ``action``
    the id of the action (by default the package's first, ``classaction.actions.DEFAULT``).

    Example::

        claim = ca.read_claim('{"claimant": {"kind": "natural", "born_on": "1990"}}')
        determination = ca.determine(claim)
        determination.outcomes["PB"]        # Outcome.UNDETERMINED
        determination.next_facts()[0].question
    """
    return actions.get(action).determine(
        checked(claim), _readings_of(action, readings), rank_missing=rank_missing,
        input_digest=input_digest,
    )


def what_if(
    claim: Claim, answers: Mapping[str, Any], readings: Any = None, *, action: str | None = None
) -> dict[str, Outcome]:
    """Each class's outcome if the record said what ``answers`` say.

    ``answers`` maps JSON Pointers of facts to values. An answer replaces what
    the record says of that fact, whether the record gave it or left it out:
    the outcomes are those of the record as it would read with these answers.
    ``"/photographs/-"`` or ``"/police_uses/-"`` describes an item the record
    does not list yet (a ``Photograph``, a ``PoliceUse``, or its JSON object):
    the one a statement says exists (``"rcmp_used_unlisted_photograph_of_claimant":
    true``), or, where none says so, one more listed.
    A value may be given as the model holds it (``ca.PersonKind.LEGAL``,
    ``datetime.date(1990, 4, 12)``) or as the record writes it (``"legal"``,
    ``"1990"``, ``"2018-06"``).

    Raises :class:`~classaction.InvalidRecord` when a pointer names no fact of
    the claim (a misspelt field, a photograph the claim does not list), or a
    value is not one the claim schema allows there (``"yes"`` for a true or
    false fact, a day the calendar lacks); each error names the pointer (as a
    JSON path) and the rule. Every pointer a determination names among its
    missing facts can be answered: ``"/claimant/residence/-"`` by a period of
    residence in the country its question names (a ``Period``, or its JSON
    object, with that ``country``), read as every period there, as the question
    asks (in a record: the period listed, and the country added to
    ``residence_complete_for``); "never" by the countries the record's list is then
    complete for (``{"/claimant/residence_complete_for": ["CA", "US"]}``). As :func:`determine`,
    the claim and answers are checked against the schema, not for consistency.
    ``readings`` are taken as :func:`determine` takes them.

    Example::

        ca.what_if(claim, {"/claimant/born_on": "1990", "/police_uses/0/used_on": "2020-02"})
        # {'PB': <Outcome.MEMBER: 'MEMBER'>, 'TI': <Outcome.MEMBER: 'MEMBER'>, ...}
    """
    claim = checked(claim)
    record = claim_record(claim)
    errors: list[RecordError] = []
    places: dict[str, tuple[list[str | int], Any]] = {}
    for pointer, answer in answers.items():
        parts, kind, problem = _place(claim, pointer)
        if problem is None and pointer in _PERIODS_ELSEWHERE and not _names_country(answer):
            # A period with no country is read as one in Canada: answered for the United
            # States, every class of MDL-2967 became NOT_MEMBER, silently (a trial's developer).
            problem = RecordError(
                path_of(parts), "a period answered here names its country, the one its "
                "question names (\"country\": \"US\", say)", "pointer",
            )
        if problem is not None:
            errors.append(problem)
            continue
        _put(record, parts, converter.unstructure(answer))
        places[pointer] = (parts, kind)
    if not errors:
        answered = {path_of(parts) for parts, _ in places.values()}
        errors = [
            error for error in validate_claim(record, consistency=False)
            if any(error.path == path or error.path.startswith((path + ".", path + "["))
                   for path in answered)
        ]
    if errors:
        raise InvalidRecord(errors)
    supplied = {
        pointer: _read_back(record, parts, kind) for pointer, (parts, kind) in places.items()
    }
    # An item described at "/photographs/-" or "/police_uses/-" answers the question of one the
    # record says exists but does not describe. Where no statement in force says such an item
    # exists (one says none does, or none is made), it is listed too, as the record edited to
    # list it would: trials' developers saw a use added to a record stating "no other use"
    # dropped without a word, and one added to a record silent on it left open.
    if "/photographs/-" in supplied and _lists_item(claim, supplied, "photographs"):
        claim = attrs.evolve(claim, photographs=(*claim.photographs, supplied["/photographs/-"]))
    if "/police_uses/-" in supplied and _lists_item(claim, supplied, "police_uses"):
        claim = attrs.evolve(claim, police_uses=(*claim.police_uses, supplied["/police_uses/-"]))
    return actions.get(action).what_if(claim, supplied, _readings_of(action, readings))


def compare(claim: Claim, first: Any, second: Any, *, action: str | None = None) -> tuple[Change, ...]:
    """The classes whose outcome differs between two readings, and how.

    The claim is checked as :func:`determine` checks it, and each readings taken as it takes
    them (None, the action's defaults; a mapping of changes). Example::

        wider = ca.Readings().with_values({"residency_window": "any_time_up_to_as_of"})
        ca.compare(claim, ca.Readings(), wider)   # (Change('PB', NOT_MEMBER, MEMBER),)
    """
    return actions.get(action).compare(
        checked(claim), _readings_of(action, first), _readings_of(action, second)
    )


# The pointers that take a period in a country the rules ask about (law/residence.py,
# other_periods): the answer is every period there, and names the country.
_PERIODS_ELSEWHERE = frozenset({"/claimant/residence/-", "/claimant/citizenship/-"})


def _names_country(answer: Any) -> bool:
    if isinstance(answer, Mapping):
        return answer.get("country") is not None
    return getattr(answer, "country", None) is not None


def _loose(value: Any) -> Any:
    """A value of the model as JSON, whatever a caller put in it: what the converter writes for
    a well-typed claim (a field at its default left out), and for a value of another type its
    JSON form as it is, for the schema to judge ("natural" for a kind is then read as the
    record reads it; "yes" for a true-or-false fact is refused, at its path)."""
    if attrs.has(type(value)):
        out = {}
        for field in attrs.fields(type(value)):
            inner = getattr(value, field.name)
            default = field.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory()
            if inner is None or (inner == default and field.name != "id"):
                continue
            out[field.name] = _loose(inner)
        return out
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, DateRange):
        return value.text
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_loose(inner) for inner in value]
    if isinstance(value, Mapping):
        return {str(key): _loose(inner) for key, inner in value.items()}
    return value


def _place(claim: Claim, pointer: str) -> tuple[list[str | int], Any, RecordError | None]:
    """Where a pointer lands in the claim: its parts, and the type its value takes; or the
    reason it names no fact of the claim."""
    if not isinstance(pointer, str) or not pointer.startswith("/"):
        return [], None, RecordError("$", "a pointer is text that starts with '/'", "pointer")
    names = pointer[1:].split("/")
    parts: list[str | int] = []
    target: Any = claim
    holder: Any = claim  # the object whose field ``target`` is
    for position, name in enumerate(names):
        last = position == len(names) - 1
        if isinstance(target, tuple):
            if last and name == "-" and parts and parts[-1] in _ITEM_LISTS:
                kind = attrs.fields_dict(type(holder))[str(parts[-1])].type
                parts.append(len(target))
                return parts, _item_type(kind), None
            if not name.isdigit() or int(name) >= len(target):
                return parts, None, RecordError(
                    path_of(parts), "the claim lists no such item (count from 0)", "pointer"
                )
            parts.append(int(name))
            target = target[int(name)]
            continue
        fields = attrs.fields_dict(type(target)) if attrs.has(type(target)) else {}
        field = fields.get(name)
        if field is None or name == "proof":
            facts = [f for f in fields if f != "proof"]
            # A slip guessed first, as validate does ("'comissioned' (did you mean
            # 'commissioned'?)": a trial's developer read the 35 facts of a photograph to find it).
            near = difflib.get_close_matches(name, facts, n=1, cutoff=0.8)
            return [*parts, name], None, RecordError(
                path_of(parts), f"has no fact {name!r}"
                + (f" (did you mean {near[0]!r}?)" if near else ": its facts are " + ", ".join(facts)),
                "pointer",
            )
        parts.append(name)
        if last:
            if isinstance(target, PoliceUse) and name == "photograph":
                # The photograph a use names, described when the claim does not list it: it is
                # checked as the next photograph of the record.
                return ["photographs", len(claim.photographs)], Photograph, None
            if not isinstance(field.metadata.get("fact"), FactSpec):
                return parts, None, RecordError(
                    path_of(parts), "is not a fact a rule reads: answer one of its facts", "pointer"
                )
            return parts, field.type, None
        holder, target = target, getattr(target, name)
        if target is None and position == len(names) - 2 and names[-1] == "-" and name in _ITEM_LISTS:
            target = ()  # a list the record leaves out, whose first item is described
        if target is None:
            return parts, None, RecordError(
                path_of(parts), "is not in the claim: give it first", "pointer"
            )
    return parts, None, RecordError("$", "names no fact", "pointer")


def _item_type(kind: Any) -> Any:
    """The type of one item of a tuple type (``tuple[Photograph, ...]``, or that or None)."""
    for inner in typing.get_args(kind):
        if inner is not type(None):
            return _item_type(inner) if typing.get_args(inner) else inner
    return kind


def _put(record: dict[str, Any], parts: list[str | int], value: Any) -> None:
    target: Any = record
    for part in parts[:-1]:
        if isinstance(target, list):
            target = target[int(part)]
        else:
            target = target.setdefault(str(part), [] if str(part) in _ITEM_LISTS else {})
    last = parts[-1]
    if isinstance(target, list):
        if int(last) == len(target):
            target.append(copy.deepcopy(value))
        else:
            target[int(last)] = copy.deepcopy(value)
    else:
        target[str(last)] = copy.deepcopy(value)


# The statements that say whether an item of a list exists that the list does not show.
_USE_STATEMENTS = ("rcmp_used_unlisted_photograph_of_claimant",)


def _lists_item(claim: Claim, supplied: Mapping[str, Any], items: str) -> bool:
    """Whether an item described for ``items`` ("photographs", "police_uses") is one more in
    the list: no statement of that list, as answered or as the claim says it, says an item the
    list does not show exists (one that does is the item described)."""
    names = [field.name for field in attrs.fields(type(claim.statements))
             if field.name != "proof" and (field.name in _USE_STATEMENTS) is (items == "police_uses")]
    return not any(
        supplied.get(f"/statements/{name}", getattr(claim.statements, name)) is True
        for name in names
    )


def _read_back(record: dict[str, Any], parts: list[str | int], kind: Any) -> Any:
    """An answer as the model holds it, from the (valid) record it was written into."""
    value: Any = record
    for part in parts:
        value = value[int(part)] if isinstance(value, list) else value[str(part)]
    return converter.structure(value, kind)
