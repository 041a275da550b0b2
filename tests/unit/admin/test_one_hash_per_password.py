"""The demo's shortcut (one argon2 hash for the ten demo accounts sharing one published password) holds only
inside `one_hash_per_password`: everywhere else each hash has a salt of its own."""
from __future__ import annotations

from argon2 import PasswordHasher

from ipcase.services.admin.auth import hash_password, one_hash_per_password


def test_inside_the_demo_build_a_password_is_hashed_once_and_verifies():
    with one_hash_per_password():
        first, again, other = hash_password("ipcase2026"), hash_password("ipcase2026"), hash_password("other-pw1")
    assert first == again != other
    assert PasswordHasher().verify(first, "ipcase2026") and PasswordHasher().verify(other, "other-pw1")


def test_outside_it_every_hash_has_its_own_salt():
    with one_hash_per_password():
        inside = hash_password("ipcase2026")
    assert len({inside, hash_password("ipcase2026"), hash_password("ipcase2026")}) == 3
