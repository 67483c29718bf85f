"""The generic membership engine: it knows no action.

Classes made of criteria, facts given, missing or derived, three-valued logic
(``logic``), dates as people know them (``dates``), the action as data
(``action``), and the evaluation that determines membership, ranks the missing
facts and explains (``core``). An action hands it its rules as an
``ActionRules`` value.
"""
