"""Hypothesis strategies for claims and readings, gathered in one place.

`claims()` draws claims whose facts are consistent with one another (a period
starts within the claimant's life, an ongoing period has no end, a living person
no date of death, a photograph is made before it is collected, transferred or
used, and within its author's life): contradictory facts have no right answer
to refine towards, and the validator refuses them.
`masked()` then leaves out some facts of such a claim, giving a claim that
knows less than the one it came from. `pretty_json()` draws a JSON value and
its text, as tools write it, for the scan that places errors in a text.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import Any

import attrs
from hypothesis import strategies as st

import classaction as ca

EARLY = dt.date(1900, 1, 1)
LATE = dt.date(2030, 12, 31)
PHOTO_IDS = ("p1", "p2", "p3")

# Facts that only rebut a statutory presumption (Copyright Act s. 34.1(1)): leaving
# one out can turn an answer that rests on the presumption, so they are not masked.
# Under reading R9 = strict only these; under R9 = apply (the default) also those
# of PRESUMED_UNDER_R9.
# The facts that bear on the term are all of this kind (subsistence is presumed: s. 34.1(1)(a)).
PRESUMPTION_FACTS = frozenset({
    "made_on", "author_died_on", "transfers", "negative_owner", "negative_owner_kind",
    "negative_owner_died_on", "joint_authorship", "coauthor", "coauthor_died_on",
    "crown_direction", "crown_agreement", "first_published_on",
})
PRESUMED_UNDER_R9 = PRESUMPTION_FACTS | {
    "made_in_course_of_employment", "commissioned", "moral_rights_waived", "author_deceased",
    "employment_agreement_to_contrary", "commission_agreement_to_contrary",
    "moral_rights_waiver_partial", "negative_owner_deceased", "by", "extent",
}


def presumption_facts(readings: ca.Readings) -> frozenset[str]:
    """The facts that only rebut a presumption under these readings (reading R9)."""
    if readings.presumptions is ca.Presumptions.APPLY:
        return PRESUMED_UNDER_R9
    return PRESUMPTION_FACTS


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def dates(lo: dt.date = EARLY, hi: dt.date = LATE) -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=lo, max_value=max(lo, hi))


# Built once per class, not at every draw of every item: building it anew was two fifths of the
# cost of drawing a claim. The same strategy, so the same claims.
@functools.cache
def proofs(cls: type) -> st.SearchStrategy[dict[str, ca.Proof]]:
    names = [f.name for f in attrs.fields(cls) if "fact" in f.metadata]
    return st.dictionaries(st.sampled_from(names), st.sampled_from(ca.Proof), max_size=3)


@st.composite
def periods(draw: st.DrawFn, born: dt.date | None, died: dt.date | None = None) -> ca.Period:
    start = draw(dates(born or EARLY, died or LATE))
    ended = draw(st.booleans())
    end = draw(dates(start)) if ended else None
    ongoing = False if ended else draw(st.booleans())
    if ongoing is False and end is None:
        ongoing = draw(st.sampled_from([False, None]))
    return ca.Period(start=start, end=end, ongoing=ongoing, proof=draw(proofs(ca.Period)))


@st.composite
def persons(draw: st.DrawFn) -> ca.Person:
    kind = draw(st.sampled_from(ca.PersonKind))
    born = draw(dates(EARLY, dt.date(2025, 1, 1)))
    deceased = draw(st.booleans())
    died_on = draw(dates(born)) if deceased else None
    return ca.Person(
        kind=kind,
        born_on=born,
        deceased=deceased,
        died_on=died_on,
        citizenship=tuple(draw(st.lists(periods(born, died_on), max_size=2))),
        residence=tuple(draw(st.lists(periods(born, died_on), max_size=2))),
        proof=draw(proofs(ca.Person)),
    )


def parties() -> st.SearchStrategy[ca.Party]:
    return st.sampled_from(ca.Party)


@st.composite
def transfers(
    draw: st.DrawFn, made: dt.date = EARLY, author_died: dt.date | None = None
) -> ca.Transfer:
    kind = draw(st.sampled_from(ca.TransferKind))
    to = draw(parties())
    by = draw(st.sampled_from(ca.Holder))
    on = draw(dates(made))
    if kind is ca.TransferKind.SUCCESSION and to is ca.Party.CLAIMANT and author_died:
        # A succession on the photographer's death follows it. Whatever `by` is drawn, the
        # date is kept after the death: a masked claim may leave `by` out, and a record
        # silent on it is read as the photographer's succession (see _validate.py).
        on = max(on, author_died)
    return ca.Transfer(
        kind=kind,
        on=on,
        by=by,
        to=to,
        extent=draw(st.sampled_from(ca.Extent)),
        signed_writing=draw(st.booleans()),
        proof=draw(proofs(ca.Transfer)),
    )


@st.composite
def photographs(draw: st.DrawFn, photo_id: str, person: ca.Person | None = None) -> ca.Photograph:
    # A legal person takes no photograph (it may be the deemed author through the negative).
    legal = person is not None and person.kind is ca.PersonKind.LEGAL
    humans = parties().filter(lambda p: p is not ca.Party.CLAIMANT) if legal else parties()
    author = draw(humans)
    lo, hi = EARLY, dt.date(2024, 1, 1)
    if author is ca.Party.CLAIMANT and person is not None:
        # The claimant took it while alive.
        lo = person.born_on.earliest if person.born_on else lo
        hi = min(hi, person.died_on.latest if person.died_on else hi)
    made = draw(dates(lo, hi))
    author_deceased = draw(st.booleans())
    author_died_on = draw(dates(made)) if author_deceased else None
    negative_owner = draw(st.sampled_from(ca.Holder))
    negative_owner_kind = draw(st.sampled_from(ca.PersonKind))
    negative_owner_deceased = draw(st.booleans())
    negative_owner_died_on = draw(dates(made)) if negative_owner_deceased else None
    if negative_owner is ca.Holder.CLAIMANT and person is not None and person.died_on \
            and person.died_on.latest < made:
        negative_owner = ca.Holder.PHOTOGRAPHER  # the negative is owned when it is made
    if negative_owner is ca.Holder.CLAIMANT and person is not None:
        # The claimant owned the negative: its owner's kind and life are the claimant's.
        negative_owner_kind = person.kind or negative_owner_kind
        negative_owner_deceased = bool(person.deceased)
        negative_owner_died_on = person.died_on if person.deceased else None
    joint = draw(st.booleans())
    return ca.Photograph(
        id=photo_id,
        claimant_face_appears=draw(st.booleans()),
        collected_by_clearview=draw(st.booleans()),
        collected_on=draw(dates(made)),
        made_on=made,
        author=author,
        author_deceased=author_deceased,
        author_died_on=author_died_on,
        joint_authorship=joint,
        coauthor=draw(humans),
        coauthor_died_on=draw(maybe(dates(made))) if joint else None,
        crown_direction=draw(st.booleans()),
        crown_agreement=draw(st.booleans()),
        first_published_on=draw(maybe(dates(made))),
        made_in_course_of_employment=draw(st.booleans()),
        employer=draw(parties()),
        employment_agreement_to_contrary=draw(st.booleans()),
        commissioned=draw(st.booleans()),
        commissioner=draw(parties()),
        commissioned_on=draw(dates(EARLY, made)),  # ordered before it was made
        commission_agreement_to_contrary=draw(st.booleans()),
        negative_owner=negative_owner,
        negative_owner_kind=negative_owner_kind,
        negative_owner_deceased=negative_owner_deceased,
        negative_owner_died_on=negative_owner_died_on,
        transfers=tuple(draw(st.lists(transfers(made, author_died_on), max_size=2))),
        moral_rights_waived=draw(st.booleans()),
        moral_rights_waiver_partial=draw(st.booleans()),
        moral_rights_heir=draw(parties()),
        proof=draw(proofs(ca.Photograph)),
    )


@st.composite
def police_uses(draw: st.DrawFn, photos: tuple[ca.Photograph, ...]) -> ca.PoliceUse:
    photo = draw(st.sampled_from(photos)) if photos else ca.Photograph(id="p9")
    return ca.PoliceUse(
        photograph=photo.id,
        agency=draw(st.sampled_from(ca.Agency)),
        unit=draw(st.sampled_from(ca.Unit)),
        account=draw(st.sampled_from(ca.AccountKind)),
        service=draw(st.sampled_from(ca.Service)),
        used_on=draw(dates(photo.made_on.latest if photo.made_on else EARLY)),  # used after it was made
        proof=draw(proofs(ca.PoliceUse)),
    )


@st.composite
def statements(draw: st.DrawFn) -> ca.Statements:
    return ca.Statements(
        unlisted_collected_photograph_depicts_claimant=draw(st.booleans()),
        holds_rights_in_unlisted_collected_photograph=draw(st.booleans()),
        rcmp_used_unlisted_photograph_of_claimant=draw(st.booleans()),
        proof=draw(proofs(ca.Statements)),
    )


@st.composite
def claims(draw: st.DrawFn) -> ca.Claim:
    """A claim with every fact given, consistent with itself."""
    claimant = draw(persons())
    ids = draw(st.lists(st.sampled_from(PHOTO_IDS), unique=True, max_size=3))
    photos = tuple(draw(photographs(i, claimant)) for i in ids)
    uses = tuple(draw(st.lists(police_uses(photos), max_size=2)))
    return ca.Claim(
        claimant=claimant,
        photographs=photos,
        police_uses=uses,
        statements=draw(statements()),
    )


def _mask(draw: st.DrawFn, value: Any, spare: frozenset[str]) -> Any:
    """The value with some of its facts (fields carrying a question) left out."""
    if isinstance(value, tuple):
        return tuple(_mask(draw, v, spare) for v in value)
    if not attrs.has(type(value)):
        return value
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(value)):
        inner = getattr(value, field.name)
        if "fact" in field.metadata and field.name not in spare and draw(st.booleans()):
            changes[field.name] = None
        elif isinstance(inner, tuple) or attrs.has(type(inner)):
            changes[field.name] = _mask(draw, inner, spare)
    return attrs.evolve(value, **changes)


@st.composite
def masked(draw: st.DrawFn, claim: ca.Claim, spare: frozenset[str] = frozenset()) -> ca.Claim:
    result: ca.Claim = _mask(draw, claim, spare)
    return result


@st.composite
def partial_claims(draw: st.DrawFn) -> ca.Claim:
    """A consistent claim with some facts left out."""
    return draw(masked(draw(claims())))


@st.composite
def readings(draw: st.DrawFn) -> ca.Readings:
    values = {
        "residency_window": draw(st.sampled_from(ca.ResidencyWindow)),
        "rights_held": draw(st.sampled_from(ca.RightsHeld)),
        "targeted_photographs": draw(st.sampled_from(ca.TargetedPhotographs)),
        "rcmp_use": draw(st.sampled_from(ca.RcmpUse)),
        "collection_date": draw(st.sampled_from(ca.CollectionDate)),
        "waived_moral_rights": draw(st.sampled_from(ca.WaivedMoralRights)),
        "proof": draw(st.sampled_from(ca.ProofStandard)),
        "presumptions": draw(st.sampled_from(ca.Presumptions)),
    }
    as_of = draw(st.sampled_from([None, dt.date(2022, 6, 1)]) | dates(dt.date(2000, 1, 1)))
    base = ca.Readings() if as_of is None else ca.Readings(as_of=as_of)
    return attrs.evolve(base, **values)


@st.composite
def full_photograph(draw: st.DrawFn) -> ca.Photograph:
    return draw(photographs("px"))


@st.composite
def full_police_use(draw: st.DrawFn) -> ca.PoliceUse:
    return draw(police_uses((ca.Photograph(id="px"),)))


# Dates as the claim schema takes them, for records generated from the schema: hypothesis-jsonschema
# builds a strategy from $defs/date's pattern anew at every draw, which takes seconds, so the
# generating copy of the schema draws real days from `format: date` and the other forms from a
# sample of each (tests/test_dates.py tests the forms themselves).
ROUGH_DATES = (
    "2015", "2018-06", "2015-21", "2015-24", "1988/1992", "2012-11/2013-02", "2001/..",
    "../2012-11-06", "2019-03-01/2019-06-30",
)


def generating_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """A copy of the claim schema whose dates hypothesis-jsonschema draws quickly (see ROUGH_DATES)."""
    copied = json.loads(json.dumps(schema))
    copied["$defs"]["date"] = {
        "anyOf": [{"type": "string", "format": "date"}, {"enum": list(ROUGH_DATES)}],
    }
    return copied


# --- JSON texts, for the scan that places errors (tests/test_places.py) ------------------------

# Strings that are hard to skip: quotes and backslashes escaped, line breaks, characters
# outside the Basic Multilingual Plane (two escapes, one character), a lone surrogate, U+2028.
_HARD_TEXT = st.sampled_from(
    ['"', "\\", '\\"', '"\\', "\n", "\r\n", "\t", "é", "\U0001f600", "\ud800", "\u2028", "{", "]"]
)
JSON_TEXT = st.text(max_size=8) | _HARD_TEXT
JSON_SCALARS = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | JSON_TEXT
)
JSON_VALUES: st.SearchStrategy[Any] = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(JSON_TEXT, inner, max_size=4),
    max_leaves=25,
)


@st.composite
def pretty_json(draw: st.DrawFn) -> tuple[Any, str]:
    """A JSON value and its text, written as json.dumps writes it: indented (or not), with
    non-ASCII characters escaped or not, line ends LF or CR LF, after a byte-order mark or not."""
    value = draw(JSON_VALUES)
    text = json.dumps(
        value, indent=draw(st.sampled_from([None, 0, 1, 2, 4, "\t"])),
        ensure_ascii=draw(st.booleans()),
        separators=draw(st.sampled_from([None, (",", ":"), (" , ", " : ")])),
    )
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")  # only line ends: a line break in a string is escaped
    if draw(st.booleans()):
        text = " \n\t" + text + "\n"
    if draw(st.booleans()):
        text = "\ufeff" + text
    return value, text


# --- records generated from a JSON Schema -------------------------------------------------------

# hypothesis-jsonschema 0.23.1 (pinned) turns the schema of each property into a strategy again
# at every draw of an object: for every key of every record it resolves, canonicalises and
# merges that part of the schema anew, four fifths of the cost of a generated claim record
# (100 records: 7.3 s, 1.6 s memoised). The strategy it builds is a function of that part's
# content, so its two builders are memoised on the content (canonical JSON text): the same
# strategies, so the same records (200 drawn with a fixed seed hash alike either way).
_BUILT: dict[tuple[Any, ...], tuple[Any, st.SearchStrategy[Any]]] = {}


def _memoise_hypothesis_jsonschema() -> None:
    from hypothesis_jsonschema import _from_schema as built
    from hypothesis_jsonschema._canonicalise import encode_canonical_json

    if getattr(built, "_classaction_memoised", False):
        return
    one = vars(built)["__from_schema"]  # a module-level name: not mangled
    many = built.merged_as_strategies

    def from_one(schema: Any, *, alphabet: Any, custom_formats: Any) -> st.SearchStrategy[Any]:
        key = ("one", encode_canonical_json(schema), id(alphabet), id(custom_formats))
        if key not in _BUILT:
            # The alphabet and formats are kept alive with the entry, so their ids stay theirs.
            strategy = one(schema, alphabet=alphabet, custom_formats=custom_formats)
            _BUILT[key] = ((alphabet, custom_formats), strategy)
        return _BUILT[key][1]

    def from_many(schemas: Any, *, alphabet: Any, custom_formats: Any) -> st.SearchStrategy[Any]:
        key = ("many", encode_canonical_json(schemas), id(alphabet), id(custom_formats))
        if key not in _BUILT:
            strategy = many(schemas, alphabet=alphabet, custom_formats=custom_formats)
            _BUILT[key] = ((alphabet, custom_formats), strategy)
        return _BUILT[key][1]

    setattr(built, "__from_schema", from_one)
    built.merged_as_strategies = from_many
    built._classaction_memoised = True  # type: ignore[attr-defined]


def schema_records(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Records the schema allows, drawn by hypothesis-jsonschema from `generating_schema(schema)`
    (its dates drawn quickly; it rewrites the schema it is given, so it gets a copy)."""
    from hypothesis_jsonschema import from_schema

    _memoise_hypothesis_jsonschema()
    return from_schema(generating_schema(schema))
