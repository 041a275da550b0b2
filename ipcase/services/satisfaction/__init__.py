"""Write side of the satisfaction surveys."""
