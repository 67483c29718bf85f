"""When a person is alive: one rule for the claimant and for a photograph's author.

A person is alive on a date when born by it and not dead before it; a person
is alive on the day of their death (BRIEF §4; seeds/t-724-20.json, readings
R1 and R2). The facts are read through the context, so that those left out
are named.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from ._engine import Context
from ._logic import FALSE, TRUE, UNKNOWN, Tri, all_of, tri


def not_dead_before(
    ctx: Context[Any], person: Any, base: str, on: dt.date,
    died_on: str = "died_on", deceased: str = "deceased",
) -> Tri:
    """Whether a person had not died before a date (alive on the day of death).

    ``died_on`` and ``deceased`` name the person's fields for the date of death
    and for whether they have died at all.
    """
    died = ctx.optional(person, base, died_on)
    if died is not None:
        return tri(on <= died)
    if ctx.field(person, base, deceased) is False:
        return TRUE
    ctx.field(person, base, died_on)  # named: whether they died by then turns on the date
    return UNKNOWN


def born_by(
    ctx: Context[Any], person: Any, base: str, on: dt.date,
    evidence: Callable[[], Tri] | None = None,
) -> Tri:
    """Whether a person was born on or before a date.

    Without the date of birth, ``evidence()`` may show the person existed by
    then (a status held from a day on or before it): TRUE settles it, and the
    date of birth is then not asked for.
    """
    born = ctx.optional(person, base, "born_on")
    if born is not None:
        return tri(born <= on)
    if evidence is not None and evidence() is TRUE:
        return TRUE
    ctx.field(person, base, "born_on")  # named: nothing else shows a birth by then
    return UNKNOWN


def alive_on(
    ctx: Context[Any], person: Any, base: str, on: dt.date,
    evidence: Callable[[], Tri] | None = None,
) -> Tri:
    """Born by a date and not dead before it (see :func:`born_by` for ``evidence``)."""
    born = born_by(ctx, person, base, on, evidence)
    if born is FALSE:
        return FALSE
    return all_of((born, not_dead_before(ctx, person, base, on)))
