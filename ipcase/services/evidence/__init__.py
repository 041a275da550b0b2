"""Write side of evidence: the register with its files, investigation records, preservation, appraisal."""
