"""The ``classaction`` command (``main``): records in (``inputs``: files read, each record
checked and determined), records out (``outputs``: JSON Lines, CSV, the tally, files written
whole), worker processes (``parallel``), the cache of output lines (``cache``), and the
interview: the dialogue (``interview``) over the record being built (``answers``), the choice
of the next question (``choosing``), what a person types, read (``said``), and the words of
the questions (``questions``). Each command takes the action it speaks of as a bundle
(``--action ID``)."""
