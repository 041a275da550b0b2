"""Read side of recusal: a case's applications and the panel as it may act now."""
