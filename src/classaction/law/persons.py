"""When a person is alive: one rule for the claimant and for a photograph's author.

A person is alive on a date when born by it and not dead before it; a person
is alive on the day of their death (BRIEF §4; seeds/t-724-20.json, readings
R1 and R2). The facts are read through the context, so that those left out
are named. A date known only roughly decides on its bounds (classaction._dates).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from ..engine.core import Context
from ..engine.dates import DateRange
from ..engine.logic import TRUE, UNKNOWN, Tri


def not_dead_before(
    ctx: Context[Any], person: Any, base: str, on: dt.date,
    died_on: str = "died_on", deceased: str = "deceased",
) -> Tri:
    """Whether a person had not died before a date (alive on the day of death).

    ``died_on`` and ``deceased`` name the person's fields for the date of death
    and for whether they have died at all (a date of death answers that:
    ``FactSpec.when`` in ``_claim``).
    """
    if ctx.field(person, base, deceased) is False:
        return TRUE
    died: DateRange | None = ctx.field(person, base, died_on)
    return UNKNOWN if died is None else died.on_or_after(on)


def born_by(
    ctx: Context[Any], person: Any, base: str, on: dt.date,
    evidence: Callable[[], Tri] | None = None,
) -> Tri:
    """Whether a person was born on or before a date.

    Without the date of birth, ``evidence()`` may show the person existed by
    then (a status held from a day on or before it). Worked out as a part
    (``Context.part``), so that the date of birth is not asked for when the
    evidence settles it.
    """
    return ctx.part(_born_by, person, base, on, evidence)


def _born_by(
    ctx: Context[Any], person: Any, base: str, on: dt.date, evidence: Callable[[], Tri] | None,
) -> Tri:
    born: DateRange | None = ctx.field(person, base, "born_on")
    if born is not None:
        known = born.on_or_before(on)
        if known is not UNKNOWN:
            return known
        # Born within a range that straddles the day: other evidence may still settle it.
    return UNKNOWN if evidence is None else evidence()
