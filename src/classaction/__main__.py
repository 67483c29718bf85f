"""``python -m classaction``: the same as the ``classaction`` command."""

from ._cli import run

run()
