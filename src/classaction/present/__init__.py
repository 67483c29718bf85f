"""A determination for people to read: facts in words (``words``), the
explanation (``text``) and the batch summary for class counsel (``report``)."""
