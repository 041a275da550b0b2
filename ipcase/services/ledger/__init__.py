"""Bringing an office's Excel ledger (台账) in as cases (issue 18): read the file, check each row against the
record, import in one transaction, undo as a whole."""
