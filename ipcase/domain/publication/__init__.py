"""Publication of rulings (M25 art 83, D13) with redaction, and the typical cases (典型案例) of the year."""
