"""A second action of the tests' own, as a folder of the same shape as an action of the package.

``TOY-2`` reads the family's claim record (``classaction.records.claim.Claim``), so that every
command takes it: ``explain``, ``classify`` (CSV, JSON Lines, summary), ``compare`` and the
interview, through ``--action TOY-2`` once :func:`classaction.actions.register` has it. Nothing
outside this folder names it: its seed (``seed.json``), its readings (``readings.py``), its
rules (``rules.py``) and its gates are all here.
"""

from __future__ import annotations

from classaction.engine.bundle import ActionBundle
from classaction.records.claim import Claim

from . import readings, rules
from .readings import ToyReadings

ACTION: ActionBundle[Claim, ToyReadings] = ActionBundle(
    "TOY-2", rules.rules, ToyReadings, Claim, {}, exports={"ToyReadings": readings.ToyReadings},
)
