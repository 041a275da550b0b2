"""The official document types (DOMAIN §9): addressees, the stage each belongs to, what the clerk supplies."""
