"""Claims made from a fixed seed, and a fingerprint of their determinations.

``tests/cases/determinations.jsonl`` holds, for the membership cases, the example claimants and
2,000 claims drawn here, the fingerprint of each determination: a digest of the record without
its missing facts, and each class's missing facts in order. ``tests/test_equivalence.py`` holds
the engine to it. The fingerprints were first made by the engine as it was before it weighed
missing facts item by item, and made again when the copyright rules were brought to the Act's
words (outcomes and reasons were meant to change then), when explanations came item by item,
and when the rules stopped reading facts only to name them (Context.part, FactSpec.when), and
when a copyright whose term turns on the claimant's kind stopped being taken as held (five
fingerprints, no outcome), and when the presumption that a photograph was not ordered named whom
it speaks of and cited former s. 13(2) (799 fingerprints, reasons only), and when the rule that a
member is alive on the as-of date cited the words that begin each class as the Copyright
Infringement Class's begin too, "All natural or legal persons" (reasons only), and when the
rule that moral rights belong to the author said, where the author is the claimant, that the
claimant's life is the class's own condition (985 determinations, that reason's words only),
and when the labels of readings R3 = both and R5 = licensed_ncecc were put right ("the RCMP's
NCECC", "both copyright and moral rights (R3) in one photograph"; 426, labels only), and when
a natural person the record says died before the as-of date was found to hold no right in a
photograph on it (67, that finding alone; no outcome or missing fact), and when a waiver the
record states was said under R7 = held, where it changes nothing (53, that reason and the fact
used; no outcome or missing fact), and when s. 13(4)'s writing was said of an exclusive licence
alone, the date of former s. 13(2) of the ordering alone, and an agreement to the contrary in
plainer words (533, those reasons' words only), and when a term of copyright that had ended
was said as a conclusion too (28, that reason; no outcome or missing fact), and when a term
of life plus 70 years said it was extended from 50 on 2022-12-30 (64, that reason's words), and
when the day residence or citizenship is tested on was said where it excludes too (263, that
reason; no outcome or missing fact), and when reading R3's words were said only where one right
is held and not the other (416, that reason dropped; no outcome or missing fact), and when
reading R9's negative said that s. 34.1(1)(b) presumes the deemed author to own the copyright
"until the contrary is proved", as an ordering or an employment proves it (813, that
citation's words; no outcome, criterion value or missing fact), and when the presumption
that an owner of the negative other than the claimant and the photographer was a natural
person cited what it presumes, not that the photographer owned the negative (200, that
citation's words; no outcome, criterion value or missing fact), and when a photograph the
record says Clearview collected after the as-of date said that it counts by reading R6's
default, with that date (427, that reason and the fact used; no outcome, criterion value or
missing fact), and when a waiver in part or in favour of an owner or a licensee said what
s. 14.1(2) and (4) each provide (8, that reason's words; no outcome, criterion value or missing
fact), and when a joint work's term cited s. 9(1) as amended by S.C. 2022, c. 10, s. 279 (1,
that reason and its citation; no outcome, criterion value or missing fact), and when the
presumption that a waiver was of all the moral rights said that the Act presumes nothing of a
waiver's reach (69, that reason's words; no outcome, criterion value or missing fact), and when
a claimant who died before the as-of date was said to hold no right "on that day", not "on it"
(67, that reason's words; no outcome, criterion value or missing fact), and when that a member's
place in the class does not pass to the estate or heirs was said in place of "the words
\"natural persons\" do not reach a deceased person's estate or heirs", which a lawyer read as
if no heir could be a member (112, that reason's words; no outcome, criterion value or missing
fact), and when reading R27 (does an exclusive licensee hold the copyright?) was named (every
fingerprint, as each determination records its readings; an exclusive licence's rule cites it;
no outcome, criterion value or missing fact), and when a photograph made after the as-of date
was said to have had no copyright on that day, as a conclusion, citing s. 5(1) (26, those
reasons' words; no outcome, criterion value or missing fact), and when reading R6 =
on_or_before_as_of read a photograph's date of making, so that one made after the as-of date is
not asked whether it was collected by then (86, under that reading, the date of making among the
facts used; no outcome, criterion value or missing fact of these subjects), and when an exclusive
licence said to whom it was given, where the record says so and though it decides nothing under
reading R27's default, and R27 = holder named itself in its reason's words (123: 122 the
licensee among the facts used, 1 that reason's words; no outcome, criterion value or missing
fact), and when the rule of the Targeted Individuals Class named readings R4 and R5 where they
apply under their defaults too (558, those reasons; no outcome, criterion value, fact used or
missing fact), and when an RCMP use said the unit and the account where given and R5's
alternative would turn on them (213, those facts among the facts used; no outcome, criterion
value or missing fact), and when a photograph taken before 2012-11-07 and ordered said that it
was ordered before that day too, the date compared being the making's (229, that reason; no
outcome, criterion value, fact used or missing fact), and when the citation of the RCMP's access
ended stopped giving its note's date twice (27, that citation's words; no outcome, criterion
value, fact used or missing fact), and when a claimant who died before the as-of date was said to
have passed on "any" moral rights and copyright they held, not "the" rights, of one who may have
held none (67, that reason's words; no outcome, criterion value, fact used or missing fact),
and when the rule of former s. 10(2) said it is of a photograph made before 2012-11-07, as it
is said where the date is not known too (1,252, that reason's words; no outcome, criterion
value, fact used or missing fact), and when, under R3 = both, a legal person stating that it
holds rights in a collected photograph it does not list, or saying nothing of one, was no longer
asked to describe it, as no photograph gives a legal person moral rights (51: 12 outcomes of the
Copyright Infringement Class from UNDETERMINED to NOT_MEMBER; in 27 more the claimant's kind,
left out, ranked first among that class's missing facts, as it alone can settle it; in 12 more
the kind among the facts that criterion used, or that reason's words), and when an exclusive
licence to the claimant said, as a conclusion, that under reading R27 it does not count as
holding the copyright (69, that reason; no outcome, criterion value, fact used or missing fact).

Regenerate (only when outcomes, findings or reasons are meant to change):
``python tests/equivalence.py > tests/cases/determinations.jsonl``.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import classaction as ca

ROOT = Path(__file__).resolve().parents[1]
SEED = 20200708
COUNT = 2000
READINGS: tuple[dict[str, str], ...] = (
    {}, {"presumptions": "strict"}, {"residency_window": "any_time_up_to_as_of"},
    {"rights_held": "both"}, {"targeted_photographs": "depicting_or_copyright"},
    {"rcmp_use": "licensed_ncecc"}, {"collection_date": "on_or_before_as_of"},
    {"waived_moral_rights": "held"}, {"proof": "document"}, {"as_of": "2023-01-01"},
)


def _day(rng: random.Random, lo: int, hi: int) -> str:
    return f"{rng.randint(lo, hi)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _some(rng: random.Random, record: dict[str, Any], facts: dict[str, Any], p: float) -> None:
    """Give each fact with probability ``p``: the rest are left out."""
    for key, value in facts.items():
        if rng.random() < p:
            record[key] = value


def claim(rng: random.Random, number: int) -> dict[str, Any]:
    """One claim record; some are refused by the consistency checks, and are not used."""
    p = rng.choice([0.3, 0.6, 0.9])
    born = _day(rng, 1930, 2022)
    dead = rng.random() < 0.15
    person: dict[str, Any] = {}
    _some(rng, person, {
        "kind": rng.choice(["natural", "natural", "natural", "legal"]),
        "born_on": born, "deceased": dead,
    }, p)
    if dead and rng.random() < p:
        person["died_on"] = _day(rng, int(born[:4]) + 1, 2024)
    for history in ("residence", "citizenship"):
        if rng.random() < p:
            person[history] = rng.choice([
                [], [{"start": born, "ongoing": True}],
                [{"start": born, "end": _day(rng, int(born[:4]) + 1, 2025)}],
            ])
    photos = []
    for index in range(rng.choice([0, 1, 1, 2, 3])):
        made = _day(rng, 1950, 2022)
        photo: dict[str, Any] = {"id": f"p{index + 1}"}
        _some(rng, photo, {
            "claimant_face_appears": rng.random() < 0.6,
            "collected_by_clearview": rng.random() < 0.6,
            "collected_on": _day(rng, int(made[:4]) + 1, 2024),
            "made_on": made,
            "author": rng.choice(["claimant", "other"]),
            "author_deceased": rng.random() < 0.2,
            "made_in_course_of_employment": rng.random() < 0.2,
            "employer": rng.choice(["claimant", "other"]),
            "commissioned": rng.random() < 0.2,
            "commissioner": rng.choice(["claimant", "other"]),
            "negative_owner": rng.choice(["claimant", "photographer", "other"]),
            "moral_rights_waived": rng.random() < 0.2,
            "moral_rights_heir": rng.choice(["claimant", "other"]),
        }, p)
        # The facts of the Act's exceptions, in fewer records (each presumed when left out).
        _some(rng, photo, {
            "employment_agreement_to_contrary": rng.random() < 0.3,
            "commission_agreement_to_contrary": rng.random() < 0.3,
            "commissioned_on": _day(rng, 1949, int(made[:4]) - 1),
            "crown_direction": rng.random() < 0.1,
            "crown_agreement": rng.random() < 0.3,
            "first_published_on": _day(rng, int(made[:4]) + 1, 2024),
            "joint_authorship": rng.random() < 0.1,
            "coauthor": rng.choice(["claimant", "other"]),
            "negative_owner_kind": rng.choice(["natural", "legal"]),
            "moral_rights_waiver_partial": rng.random() < 0.3,
        }, p / 3)
        if photo.get("author_deceased") and rng.random() < p:
            photo["author_died_on"] = _day(rng, int(made[:4]) + 1, 2024)
        if rng.random() < p:
            photo["transfers"] = []
            for _ in range(rng.choice([0, 0, 1, 2])):
                transfer = {
                    "kind": rng.choice(["assignment", "succession", "exclusive_licence"]),
                    "on": _day(rng, int(made[:4]) + 1, 2024),
                    "to": rng.choice(["claimant", "other"]), "signed_writing": rng.random() < 0.8,
                }
                _some(rng, transfer, {
                    "by": rng.choice(["claimant", "photographer", "other"]),
                    "extent": rng.choice(["whole", "partial"]),
                }, p / 2)
                photo["transfers"].append(transfer)
        photos.append(photo)
    uses = []
    for _ in range(rng.choice([0, 0, 1, 2]) if photos else 0):
        use: dict[str, Any] = {"photograph": rng.choice(photos)["id"]}
        _some(rng, use, {
            "agency": rng.choice(["rcmp", "other"]), "unit": rng.choice(["ncecc", "other"]),
            "account": rng.choice(["paid", "trial"]), "service": rng.choice(["clearview", "other"]),
            "used_on": _day(rng, 2023, 2024),
        }, p)
        uses.append(use)
    statements: dict[str, Any] = {}
    _some(rng, statements, {
        "unlisted_collected_photograph_depicts_claimant": rng.random() < 0.3,
        "holds_rights_in_unlisted_collected_photograph": rng.random() < 0.2,
        "rcmp_used_unlisted_photograph_of_claimant": rng.random() < 0.1,
    }, p)
    record: dict[str, Any] = {"claim_id": f"EQ-{number:05d}", "claimant": person, "statements": statements}
    if photos:
        record["photographs"] = photos
    if uses:
        record["police_uses"] = uses
    return record


def subjects() -> Iterator[tuple[str, dict[str, Any], dict[str, str]]]:
    """Every claim held to its fingerprint: name, record, readings."""
    cases = json.loads((ROOT / "tests" / "cases" / "membership.json").read_text("utf-8"))["cases"]
    for case in cases:
        yield f"case:{case['name']}", case["claim"], case.get("readings", {})
    for line in (ROOT / "examples" / "claims.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        yield f"example:{record['claim_id']}", record, {}
    rng = random.Random(SEED)
    made = 0
    number = 0
    while made < COUNT:
        record = claim(rng, number)
        number += 1
        if ca.validate_claim(record):
            continue
        yield f"drawn:{record['claim_id']}", record, READINGS[made % len(READINGS)]
        made += 1


def fingerprint(record: dict[str, Any]) -> dict[str, Any]:
    """A determination record's digest without its missing facts, and those facts per class."""
    missing: dict[str, list[str]] = {}
    stripped = json.loads(json.dumps(record))
    for cls in stripped["classes"]:
        missing[cls["class_id"]] = [m["pointer"] for m in cls.pop("missing", [])]
        for finding in cls["findings"]:
            finding["facts"] = [f for f in finding["facts"] if f["status"] != "missing"]
            # Findings item by item came after the fingerprints; what they say is tested on its own.
            finding.pop("items", None)
    stripped.pop("library_version")
    text = json.dumps(stripped, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return {"digest": hashlib.sha256(text.encode("utf-8")).hexdigest()[:32], "missing": missing}


def determine(record: dict[str, Any], readings: dict[str, str]) -> dict[str, Any]:
    claim_ = ca.claim_from_record(record)
    determination = ca.determine(claim_, ca.Readings().with_values(readings))
    return fingerprint(ca.determination_record(determination))


if __name__ == "__main__":
    for name, record, readings in subjects():
        line = {"name": name, **determine(record, readings)}
        sys.stdout.write(json.dumps(line, separators=(",", ":")) + "\n")
