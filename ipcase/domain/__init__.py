"""Pure rules (no database, no Qt, time passed in): the shared kernel (enums, calendar, periods, identifiers,
numbering, the state-machine engine, permissions) and one package per feature."""
