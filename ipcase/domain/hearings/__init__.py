"""Oral hearings (DOMAIN §4 D7-D9, §8): scheduling clashes, a session's life, the record's running order."""
