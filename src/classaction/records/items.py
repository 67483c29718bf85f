"""Where a JSON Pointer lands in a claim record, and the item there named for a person.

The one parser of pointers into the claim record: which part of the record a fact
belongs to (:func:`place`: the claimant, a period of residence or citizenship, a
photograph, a transfer of its copyright, a police use, the statements), the item it
lies in, and how that item is named, for a particular claim ("photograph p1",
"transfer 2 of the copyright in photograph p1", "police use 1 (of photograph p1)",
"period 1 of residence") or for any ("a photograph"). The explanation, the batch
summary and the interview all name items through it.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from attrs import frozen

from ..engine.facts import FactKind, FactSpec
from .claim import (
    CLOSES,
    Claim,
    PaymentClaim,
    Period,
    Person,
    Photograph,
    PoliceUse,
    Statements,
    Transfer,
)
from .consistency import personal_photograph_id

# The record's sections, by the class that holds their facts.
SECTIONS: dict[str, type] = {
    "claimant": Person, "period": Period, "photograph": Photograph, "transfer": Transfer,
    "police_use": PoliceUse, "statements": Statements, "payment_claim": PaymentClaim,
    "claim": Claim,
}

# Items the record mentions but does not describe: an item the claimant says exists beyond
# those listed (it presupposes the statement that says so: its ``after``), and the photograph
# a police use names when the record does not list it.
# Where such an item goes in the record, said after its question for whoever keeps the record
# (an interview, whose person never sees the record, leaves it out).
RECORD_HINTS = (" (add it to the record's photographs)", " (add it to the record's police uses)")
UNLISTED_PHOTOGRAPH = FactSpec(
    f"Describe any other photograph collected by Clearview that may qualify{RECORD_HINTS[0]}.",
    FactKind.ITEM,
)
# A photograph of the claimant's face posted publicly, which the record does not describe
# (MDL-2967's window of 183 days opens at its first posting): asked as such, not as one
# collected (a later trial's person, who had named none, read "Name the other photograph
# Clearview collected" of her Facebook posting).
UNLISTED_POSTED_PHOTOGRAPH = FactSpec(
    "Describe any other photograph of the claimant's face posted publicly, with the date it "
    f"was first posted{RECORD_HINTS[0]}.",
    FactKind.ITEM,
)
UNLISTED_USE = FactSpec(
    "Describe any other RCMP use of a photograph of the claimant that may qualify"
    f"{RECORD_HINTS[1]}.",
    FactKind.ITEM,
    after="/statements/rcmp_used_unlisted_photograph_of_claimant",
)
UNKNOWN_PHOTOGRAPH = FactSpec(
    "Describe the photograph this police use names, which the record does not list.",
    FactKind.ITEM,
)

# How a question names an item of each kind when it names no particular one, by pattern.
_ANY: dict[str, str] = {
    "/photographs/*": "a photograph",
    "/photographs/-": "the collected photograph not yet listed",
    "/photographs/*/transfers/*": "a transfer of the copyright in a photograph",
    "/police_uses/*": "a police use",
    "/police_uses/-": "the RCMP use not yet listed",
    "/claimant/residence/*": "a period of residence",
    "/claimant/citizenship/*": "a period of citizenship",
    "/photographs/*/author_residence/*": "a period of the author's residence",
    "/photographs/*/author_citizenship/*": "a period of the author's citizenship",
    "/payment_claims/*": "a claim for payment",
}
# The facts whose question is not a field's own (an item mentioned but not described).
_OWN: dict[str, FactSpec] = {
    "/photographs/-": UNLISTED_PHOTOGRAPH,
    "/police_uses/-": UNLISTED_USE,
    "/police_uses/*/photograph": UNKNOWN_PHOTOGRAPH,
}
# The list an item not yet listed would join, by its pointer.
_UNLISTED_OF = {"/photographs/-": "photographs", "/police_uses/-": "police_uses"}
_INDEX = re.compile(r"/\d+(?=/|$)")


@frozen
class Place:
    """Where a pointer lands: the section of the record (``claimant``, ``period``,
    ``photograph``, ``transfer``, ``police_use``, ``statements``), the pointer of the item it
    lies in ("" for the claimant and the statements), and the field."""

    section: str
    item: str
    field: str


@functools.lru_cache(maxsize=4096)
def place(pointer: str) -> Place:
    """Where a pointer to a fact (or to an item, for the item itself) lands in the record."""
    parts = pointer.strip("/").split("/")
    head = parts[0]
    if head == "claimant":
        if len(parts) > 3:
            return Place("period", "/" + "/".join(parts[:3]), parts[-1])
        return Place("claimant", "", parts[-1])
    if head == "photographs":
        if len(parts) > 4 and parts[2] in ("author_residence", "author_citizenship"):
            return Place("period", "/" + "/".join(parts[:4]), parts[-1])
        if len(parts) > 4:
            return Place("transfer", "/" + "/".join(parts[:4]), parts[-1])
        return Place("photograph", "/" + "/".join(parts[:2]), parts[-1])
    if head == "police_uses":
        return Place("police_use", "/" + "/".join(parts[:2]), parts[-1])
    if head == "payment_claims":
        if len(parts) > 2:
            return Place("payment_claim", "/" + "/".join(parts[:2]), parts[-1])
        return Place("claim", "", head) if len(parts) == 1 else Place("payment_claim", pointer, "")
    return Place("statements", "", parts[-1])


def pattern(pointer: str) -> str:
    """A pointer with its item indexes as ``*``: ``/photographs/*/made_on``."""
    return _INDEX.sub("/*", pointer)


def spec_at(pointer: str) -> FactSpec | None:
    """The fact at a pointer (any item), as the claim model declares it; None for none."""
    own = _OWN.get(pattern(pointer))
    if own is not None:
        return own
    where = place(pointer)
    owner = SECTIONS.get(where.section)
    field = _fields(owner).get(where.field) if owner is not None else None
    spec = field.metadata.get("fact") if field is not None else None
    return spec if isinstance(spec, FactSpec) else None


@functools.cache
def specs() -> dict[str, dict[str, FactSpec]]:
    """Every fact of the record with its words, by section and key (records/claim.py declares
    each fact's question, clauses, plain questions and options beside it)."""
    found: dict[str, dict[str, FactSpec]] = {}
    for section, owner in SECTIONS.items():
        for name, field in _fields(owner).items():
            spec = field.metadata.get("fact")
            if isinstance(spec, FactSpec):
                found.setdefault(section, {})[name] = spec
    return found


def _fields(owner: type) -> dict[str, Any]:
    import attrs

    return attrs.fields_dict(owner)


def photograph_name(claim: Claim, index: int) -> str:
    """A photograph named for a person: by its id ("photograph p1"), or by its place in the
    list ("photograph #2") where its id is in the form of personal data (a name, a telephone
    number: records/consistency.personal_photograph_id), which no output repeats."""
    photo_id = claim.photographs[index].id
    return f"photograph #{index + 1}" if personal_photograph_id(photo_id) else f"photograph {photo_id}"


def item_name(claim: Claim, item: str) -> str | None:
    """The item at ``item`` (a pointer) named for a person: "photograph p1"; None for none."""
    parts = item.strip("/").split("/")
    if len(parts) >= 2 and parts[0] == "photographs":
        if parts[1] == "-":
            return "the collected photograph not yet listed"
        photo = photograph_name(claim, int(parts[1]))
        if len(parts) >= 4 and parts[2] in ("author_residence", "author_citizenship"):
            what = "residence" if parts[2] == "author_residence" else "citizenship"
            return f"period {int(parts[3]) + 1} of the {what} of the author of {photo}"
        if len(parts) >= 4 and parts[2] == "transfers":
            return f"transfer {int(parts[3]) + 1} of the copyright in {photo}"
        return photo
    if len(parts) >= 2 and parts[0] == "police_uses":
        if parts[1] == "-":
            return "the RCMP use not yet listed"
        use = claim.police_uses[int(parts[1])]
        listed = claim.photograph(use.photograph)
        used = photograph_name(claim, listed[0]) if listed is not None else "a photograph not listed"
        return f"police use {int(parts[1]) + 1} (of {used})"
    if len(parts) >= 2 and parts[0] == "payment_claims":
        return f"claim for payment {int(parts[1]) + 1}"
    if len(parts) >= 3 and parts[0] == "claimant" and parts[1] in ("residence", "citizenship"):
        return f"period {int(parts[2]) + 1} of {parts[1]}"
    return None


def any_item(item_pattern: str) -> str:
    """An item of a kind, named for anyone ("a photograph"): the claimant's ids are their data."""
    return _ANY.get(item_pattern, "it")


def question_for(claim: Claim, pointer: str, spec: FactSpec) -> str:
    """The question for a missing fact, naming its item: "On what date was photograph p2 made?"."""
    field = pointer.removeprefix("/statements/")
    listed = CLOSES.get(field) if field != pointer else None
    if listed is not None and not getattr(claim, listed):
        # Nothing is listed: "Apart from any photographs listed, does a photograph ..." is
        # asked as "Does a photograph ...".
        head, _, rest = spec.question.partition(", ")
        return rest[0].upper() + rest[1:] if head.startswith("Apart from") and rest else spec.question
    lists = _UNLISTED_OF.get(pointer)
    if lists is not None and not getattr(claim, lists) and spec.question.startswith("Describe any other "):
        # None listed: "Describe the RCMP use ...", not "any other" (a trial's developer read
        # "other" where the record listed none; the explanations said "the" already).
        return "Describe the " + spec.question.removeprefix("Describe any other ")
    if "{item}" not in spec.question:
        return spec.question
    name = item_name(claim, pointer.rsplit("/", 1)[0])
    question = spec.question.replace("{item}", name or "it")
    where = place(pointer)
    if where.section == "photograph" and where.field == "transfers" and \
            _granted(claim, where.item):
        # Of a photograph some of whose copyright, or a licence of it, came to the claimant,
        # "or answer none" would contradict the record (a later trial's person and lawyer).
        question = question.replace(
            ", or answer none.", " (at least one: some of it came to the claimant, the record says)."
        )
    return question


def _granted(claim: Claim, photo: str) -> bool:
    """Whether the record says some of the copyright in the photograph at ``photo`` (a listed
    one's pointer), or a licence of it, came to the claimant."""
    index = photo.rsplit("/", 1)[1]
    photographs = claim.photographs
    return index.isdigit() and int(index) < len(photographs) and \
        photographs[int(index)].granted_to_claimant is True
