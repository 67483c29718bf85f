"""The ``classaction`` command (``main``): files of records in and out (``batch``), worker
processes (``parallel``), the cache of output lines (``cache``), the interview
(``interview``). Each command takes the action it speaks of as a bundle (``--action ID``)."""
