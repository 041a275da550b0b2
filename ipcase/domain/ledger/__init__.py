"""The Excel ledger (台账) an office kept before ipcase: which column holds what, how its cells read, and the
rule a ledger row must meet to become a case (issue 18). Pure: the file is read in ipcase/services/ledger."""
