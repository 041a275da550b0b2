"""Read side of the satisfaction surveys."""
