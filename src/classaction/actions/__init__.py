"""The actions the package knows, found rather than listed.

Each action is a folder of its own (``classaction/actions/<action>/``) exporting one
:class:`~classaction.engine.bundle.ActionBundle`. Actions are found as pytest finds its
plugins: through the entry point group ``classaction.actions`` (``importlib.metadata``), so
that another package adds an action by installing itself with an entry point there, without
editing this one. A source tree run without being installed (``PYTHONPATH=src``) has no
entry points: the folders under this package are looked through for the same. Tests may
:func:`register` a bundle of their own.
"""

from __future__ import annotations

import importlib
import pkgutil
from importlib import metadata
from typing import Any

from ..engine.bundle import ActionBundle

GROUP = "classaction.actions"
DEFAULT = "T-724-20"
"""The action the package's single-action functions speak of (``classaction.determine``)."""

_registered: dict[str, ActionBundle[Any, Any]] = {}
_found: dict[str, ActionBundle[Any, Any]] | None = None


def register(bundle: ActionBundle[Any, Any]) -> None:
    """Add an action without installing it (a test's own action, say)."""
    _registered[bundle.id] = bundle


def unregister(action_id: str) -> None:
    _registered.pop(action_id, None)


def _find() -> dict[str, ActionBundle[Any, Any]]:
    found: dict[str, ActionBundle[Any, Any]] = {}
    for entry in metadata.entry_points(group=GROUP):
        bundle = entry.load()
        if not isinstance(bundle, ActionBundle):
            raise TypeError(f"entry point {entry.name} of {GROUP} is not an ActionBundle")
        found.setdefault(bundle.id, bundle)
    for module in pkgutil.iter_modules(__path__, __name__ + "."):
        if module.ispkg:
            bundle = getattr(importlib.import_module(module.name), "ACTION", None)
            if isinstance(bundle, ActionBundle):
                found.setdefault(bundle.id, bundle)
    return found


def bundles() -> dict[str, ActionBundle[Any, Any]]:
    """Every action known, by id: those installed, and those registered."""
    global _found
    if _found is None:
        _found = _find()
    return {**_found, **_registered}


def get(action_id: str | None = None) -> ActionBundle[Any, Any]:
    """The action of an id (the default one when None); ValueError naming those known."""
    known = bundles()
    wanted = DEFAULT if action_id is None else action_id
    if wanted not in known:
        # "mdl-2967", " t-724-20": an id typed in other capitals or with spaces is that action's
        # (a trial's person was refused "mdl-2967", its name listed beside).
        alike = {key.casefold(): key for key in known}
        wanted = alike.get(wanted.strip().casefold(), wanted)
    if wanted not in known:
        raise ValueError(f"no action {wanted!r}; known actions: {', '.join(sorted(known))}")
    return known[wanted]
