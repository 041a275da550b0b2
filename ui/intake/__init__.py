"""收案登记: the intake register, quick entry, triage, routing rules."""
