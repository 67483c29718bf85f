"""The ``classaction`` command: files of records in and out (``batch``), worker
processes (``parallel``), the cache of output lines (``cache``)."""
