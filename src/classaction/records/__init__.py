"""Claim records: the typed claim, and JSON in and out.

Data flows one way: bytes (``parse``) -> schema-valid record (``validate``) ->
typed claim (``convert``, ``claim``) -> determination -> JSON (``documents``).
Errors (``errors``) name the place and the rule, never a value; ``places``
finds the line and column of a value in a JSON document. ``seed`` loads an
action's seed document.
"""
