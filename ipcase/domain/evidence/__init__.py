"""Evidence and investigation rules (DOMAIN §1, §4 D10/D11, §9)."""
