"""Read side of evidence: a case's register and the drafts of evidence documents."""
