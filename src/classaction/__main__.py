"""``python -m classaction``: the same as the ``classaction`` command."""

from .cli.main import run

run()
