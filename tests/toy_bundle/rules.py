"""The toy action's rules, one function per criterion, each citing its source (seed.json)."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any

from classaction.engine.core import ActionRules, Context
from classaction.engine.logic import FALSE, UNKNOWN, Tri, all_of, tri
from classaction.law.persons import born_by
from classaction.records.claim import Claim, PersonKind, Photograph
from classaction.records.convert import unstructure
from classaction.records.items import question_for
from classaction.records.seed import action_from_record

from .readings import ToyReadings

Ctx = Context[ToyReadings]
SEED = Path(__file__).with_name("seed.json")


def _kind(ctx: Ctx, claim: Claim) -> Any:
    return ctx.field(claim.claimant, "/claimant", "kind")


def adult(ctx: Ctx, claim: Claim) -> Tri:
    """PA.adult: "All adults" (toy.txt; reading R2: the age of majority)."""
    kind = _kind(ctx, claim)
    if kind is not None and kind is not PersonKind.NATURAL:
        return FALSE
    as_of: dt.date = ctx.readings.as_of
    years = ctx.readings.majority.years
    day = 28 if (as_of.month, as_of.day) == (2, 29) else as_of.day
    born = born_by(ctx, claim.claimant, "/claimant", as_of.replace(year=as_of.year - years, day=day))
    ctx.because(f"an adult is {years} or older on the as-of date", "toy.txt; reading R2")
    return born if kind is PersonKind.NATURAL else all_of((UNKNOWN, born))


def _face(ctx: Ctx, photo: Photograph, base: str) -> Tri:
    face = ctx.field(photo, base, "claimant_face_appears")
    return UNKNOWN if face is None else tri(bool(face))


def face(ctx: Ctx, claim: Claim) -> Tri:
    """PA.face: "whose faces appear in a photograph" (toy.txt)."""
    return ctx.some(claim.photographs, "/photographs", _face)


def legal(ctx: Ctx, claim: Claim) -> Tri:
    """OG.legal: "All organisations" (toy.txt)."""
    kind = _kind(ctx, claim)
    return UNKNOWN if kind is None else tri(kind is PersonKind.LEGAL)


@cache
def rules() -> ActionRules[Claim, ToyReadings]:
    return ActionRules(
        action=action_from_record(json.loads(SEED.read_text("utf-8"))),
        criteria={"PA.adult": adult, "PA.face": face, "OG.legal": legal},
        accepts_proof=lambda proof, readings: True,
        claim_record=unstructure,
        readings_record=ToyReadings.as_record,
        as_of=lambda readings: readings.as_of,
        question=question_for,
    )
