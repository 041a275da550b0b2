"""UI of the publication feature: the redaction editor and the published versions of a case."""
