"""The ``classaction`` command (``main``): records in (``inputs``: files read, each record
checked and determined), records out (``outputs``: JSON Lines, CSV, the tally, files written
whole), worker processes (``parallel``), the cache of output lines (``cache``), the interview
(``interview``). Each command takes the action it speaks of as a bundle (``--action ID``)."""
