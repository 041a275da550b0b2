"""Read side of administration: the office, users, holiday years."""
