"""The library version, recorded in every determination."""

__version__ = "0.1.0"
