"""The canonical form and the chain hash: one spelling per value, every field and the previous hash covered."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from ipcase.audit.canonical import digest, dumps, entry_hash, plain, row_digest
from ipcase.audit.chain import HASHED, compute_hash


def test_values_have_one_spelling():
    assert plain(datetime(2026, 12, 6, 9, 30)) == "2026-12-06 09:30:00"
    assert plain(date(2026, 12, 6)) == "2026-12-06"
    assert plain(Decimal("12.50")) == "12.50" and plain(Decimal("12.00")) == "12"
    assert plain(b"abc") == "sm3:" + digest(b"abc")
    assert plain({"b": (1, 2), "a": None}) == {"b": [1, 2], "a": None}
    assert dumps({"b": 1, "a": "中"}) == '{"a":"中","b":1}'
    with pytest.raises(TypeError):
        plain(object())


def test_sm3_is_the_default_and_known():
    # GB/T 32905-2016 test vector: SM3("abc")
    assert digest(b"abc") == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"


def test_the_hash_covers_every_field_and_the_previous_hash():
    entry = {name: None for name in HASHED} | {"seq": 2, "at": datetime(2026, 12, 6, 9), "origin": "online",
                                               "action": "case.register", "operation": "update",
                                               "changes": '{"x":[1,2]}', "algorithm": "sm3", "prev_hash": "ab"}
    base = compute_hash(entry)
    for name in HASHED:
        changed = dict(entry)
        changed[name] = "other" if entry[name] != "other" else "else"
        if name == "algorithm":
            changed[name] = "sha256"
        assert compute_hash(changed) != base, name
    assert entry_hash({"a": 1}, "x", "sm3") != entry_hash({"a": 1}, "y", "sm3")


def test_a_row_digest_ignores_key_order_and_sees_every_value():
    assert row_digest({"a": 1, "b": "x"}) == row_digest({"b": "x", "a": 1})
    assert row_digest({"a": 1, "b": "x"}) != row_digest({"a": 1, "b": "y"})
