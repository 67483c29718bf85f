"""The points the toy action's class definitions leave open (seed.json, readings R1-R2)."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from classaction.engine.readings import ActionReadings


class Majority(enum.Enum):
    """R2: the age at which a person is an adult (seed.json)."""

    EIGHTEEN = "eighteen"
    NINETEEN = "nineteen"

    @property
    def years(self) -> int:
        return 18 if self is Majority.EIGHTEEN else 19


@attrs.frozen
class ToyReadings(ActionReadings):
    as_of: dt.date = attrs.field(default=dt.date(2021, 6, 1), metadata={"reading": "R1"})
    majority: Majority = attrs.field(default=Majority.EIGHTEEN, metadata={"reading": "R2"})
