"""The library version, recorded in every determination."""

__version__ = "0.1.0"


def build() -> str:
    """How this installation runs the engine and the rules: compiled (the wheel's default where a
    C compiler was found, see hatch_build.py) or pure Python (an editable install, or a machine
    where the compiler was missing or failed)."""
    from .engine import core

    return "pure Python" if (core.__file__ or "").endswith(".py") else "compiled with mypyc"
