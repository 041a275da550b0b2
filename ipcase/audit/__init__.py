"""The hash-chained audit trail (issue 13): every change to the record, and the events that change nothing but
must be known (logins, exports, prints, views of a full ID number), as entries chained by hash, checked against
signed checkpoints kept outside the database.

- `canonical`: the canonical form of values, rows and entries, and the hash (pure).
- `capture`: the session hooks that turn each flush into entries, in the same transaction as the change.
- `chain`: appending to the chain under a lock, reading its head.
- `rows`: which tables are audited and how a row is read and named.
- `checkpoints`: signed copies of the chain head in the data directory.
- `verify`: the chain, the record against the chain, and the checkpoints, named in words.
"""
