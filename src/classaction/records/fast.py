"""The fast path: jsonschema-rs decides whether a record is valid, when it is installed.

jsonschema stays the reference: it writes every error message, and it is used
alone when jsonschema-rs is not installed or when CLASSACTION_FAST=0 is set.
A differential test (tests/test_fast.py) holds the two to the same verdicts.
References resolve only against the bundled schemas, with retrieval off.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from typing import Any

from .._resources import load_json, names

try:
    import jsonschema_rs

    INSTALLED = True
except ImportError:  # the optional extra is not installed
    INSTALLED = False


def enabled() -> bool:
    return INSTALLED and os.environ.get("CLASSACTION_FAST", "1") != "0"


@cache
def _registry() -> Any:
    resources = []
    for name in names("schemas"):
        schema = load_json("schemas", name)
        resources.append((schema["$id"], schema))
    return jsonschema_rs.Registry(resources)


@cache
def fast_is_valid(name: str) -> Callable[[Any], bool] | None:
    """A fast yes/no check against a bundled schema, or None when the fast path is off."""
    if not enabled():
        return None
    validator = jsonschema_rs.Draft202012Validator(
        load_json("schemas", name), validate_formats=True, registry=_registry(), offline=True
    )
    is_valid: Callable[[Any], bool] = validator.is_valid
    return is_valid
