"""classaction: who belongs to each class of a class action, and why.

The first action modelled is the proposed Federal Court of Canada action over
the RCMP's use of Clearview AI (file T-724-20). See README.md.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .engine.action import (
    Action,
    CauseOfAction,
    ClassDefinition,
    CriterionSpec,
    Event,
    ReliefItem,
    ReliefKind,
    Source,
    SourceKind,
)
from .engine.bundle import ActionBundle, Gate
from .engine.core import (
    ActionRules,
    Change,
    ClassDetermination,
    Context,
    Determination,
    FactUse,
    Finding,
    ItemFinding,
    MissingFact,
    MissingReason,
    Outcome,
    Reason,
    Share,
    compare_with,
    determine_with,
    outcome_with,
)
from .engine.dates import DateError, DateRange
from .engine.facts import FactKind, FactSpec
from .engine.logic import Tri
from .engine.readings import ActionReadings
from .present.text import render_action, render_summary, render_text
from .records.claim import (
    AccountKind,
    Agency,
    Claim,
    Contact,
    Extent,
    Holder,
    Party,
    Period,
    Person,
    PersonKind,
    Photograph,
    PoliceUse,
    Proof,
    Service,
    Statements,
    Transfer,
    TransferKind,
    Unit,
)
from .records.consistency import consistency_warnings as claim_warnings
from .records.convert import structure, unstructure
from .records.documents import (
    canonical_claim_record,
    claim_from_record,
    claim_record,
    determination_record,
    read_claim,
)
from .records.errors import InvalidRecord, RecordError
from .records.parse import MAX_DEPTH, MAX_RECORD_BYTES, parse_json
from .records.seed import ActionDataError, action_from_record, load_action
from .records.validate import validate_claim, validate_determination

if TYPE_CHECKING:
    # The default action's readings, which `import classaction` has always offered; at run time
    # they come from its bundle (classaction.actions), loaded on first use.
    from .actions.t_724_20.readings import (
        CollectionDate,
        Presumptions,
        ProofStandard,
        RcmpUse,
        Readings,
        ResidencyWindow,
        RightsHeld,
        SubmittedPhotographs,
        TargetedPhotographs,
        WaivedMoralRights,
    )
    from .api import action, compare, determine, readings, rules, what_if

# The entry points that take a claim built in code check it first (classaction.api); they and
# the default action's names load on first use, so that the engine and the model can be
# imported without any action.
_API = frozenset({"action", "compare", "determine", "readings", "rules", "what_if"})


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(importlib.import_module(".api", __name__), name)
    if not name.startswith("_") and name not in _SUBPACKAGES:
        exports = importlib.import_module(".actions", __name__).get().exports
        if name in exports:
            return exports[name]
    raise AttributeError(f"module 'classaction' has no attribute {name!r}")


# Asked for by the import system before it imports them (``from . import actions``).
_SUBPACKAGES = frozenset({"actions", "api", "cli", "engine", "law", "present", "records"})


def __dir__() -> list[str]:
    """The public names, the lazily loaded ones included (for completion in a REPL or an IDE)."""
    return sorted(__all__)

__all__ = [
    "MAX_DEPTH",
    "MAX_RECORD_BYTES",
    "AccountKind",
    "Action",
    "ActionBundle",
    "ActionDataError",
    "ActionReadings",
    "ActionRules",
    "Agency",
    "CauseOfAction",
    "Change",
    "Claim",
    "ClassDefinition",
    "ClassDetermination",
    "CollectionDate",
    "Contact",
    "Context",
    "CriterionSpec",
    "DateError",
    "DateRange",
    "Determination",
    "Event",
    "Extent",
    "FactKind",
    "FactSpec",
    "FactUse",
    "Finding",
    "Gate",
    "Holder",
    "InvalidRecord",
    "ItemFinding",
    "MissingFact",
    "MissingReason",
    "Outcome",
    "Party",
    "Period",
    "Person",
    "PersonKind",
    "Photograph",
    "PoliceUse",
    "Presumptions",
    "Proof",
    "ProofStandard",
    "RcmpUse",
    "Readings",
    "Reason",
    "RecordError",
    "ReliefItem",
    "ReliefKind",
    "ResidencyWindow",
    "RightsHeld",
    "Service",
    "Share",
    "Source",
    "SourceKind",
    "Statements",
    "SubmittedPhotographs",
    "TargetedPhotographs",
    "Transfer",
    "TransferKind",
    "Tri",
    "Unit",
    "WaivedMoralRights",
    "__version__",
    "action",
    "action_from_record",
    "canonical_claim_record",
    "claim_from_record",
    "claim_record",
    "claim_warnings",
    "compare",
    "compare_with",
    "determination_record",
    "determine",
    "determine_with",
    "load_action",
    "outcome_with",
    "parse_json",
    "read_claim",
    "readings",
    "render_action",
    "render_summary",
    "render_text",
    "rules",
    "structure",
    "unstructure",
    "validate_claim",
    "validate_determination",
    "what_if",
]
