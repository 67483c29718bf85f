"""The files the package ships: JSON Schemas and action seeds.

The copies under ``schemas/`` and ``seeds/`` at the top of the repository are
the only ones; the build places them inside the package, and this module
reads them from there. Run from a source checkout that was not built, it
reads the same files from the checkout.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

_CHECKOUT = Path(__file__).resolve().parents[2]


def read_text(folder: str, name: str) -> str:
    """The text of a bundled file, e.g. ``read_text("schemas", "claim.schema.json")``."""
    packaged = resources.files("classaction").joinpath(folder, name)
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    return (_CHECKOUT / folder / name).read_text(encoding="utf-8")


def names(folder: str) -> tuple[str, ...]:
    """The names of the bundled files in a folder."""
    packaged = resources.files("classaction").joinpath(folder)
    if packaged.is_dir():
        return tuple(sorted(p.name for p in packaged.iterdir() if p.name.endswith(".json")))
    return tuple(sorted(p.name for p in (_CHECKOUT / folder).glob("*.json")))


@cache
def load_json(folder: str, name: str) -> Any:
    return json.loads(read_text(folder, name))
