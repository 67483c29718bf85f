"""The law the actions apply, written once for any action that needs it.

``copyright``: who holds copyright and moral rights in a photograph on a date,
under the Copyright Act (R.S.C. 1985, c. C-42) and its transitional rules;
``persons``: when a person is alive.
"""
