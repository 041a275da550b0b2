"""Read side of the publication feature: the redaction editor, the register of published rulings, typical cases."""
