"""The flush hooks' fast paths give what the general code gives: the text check's one-scan pre-filter
(`column_limits._problem`) refuses exactly what the rule `storable_problem` refuses, for every code point; a
one-integer primary key's text (`rows.key_text`) and the own-form values of `canonical.plain` are what the
canonical encoder makes of them."""
from __future__ import annotations

import enum

from ipcase.audit.canonical import dumps, plain
from ipcase.audit.rows import key_text
from ipcase.db.column_limits import _problem
from ipcase.domain.text import storable_problem


def test_the_text_check_refuses_what_the_rule_refuses_for_every_code_point():
    for o in range(0x110000):
        value = f"名{chr(o)}x"
        refused = storable_problem(value, lines=True)
        assert _problem(value, None) == (None if refused is None else (refused.reason, refused.detail)), hex(o)
    assert _problem("ab\tc\nd", None) is None
    assert _problem("abcd", 3) == ("too_long", "3")


class Kind(enum.StrEnum):
    A = "a"


def test_keys_and_plain_values_are_spelled_as_the_encoder_spells_them():
    for key in ([0], [7], [-3], [10**20], [True], [False], ["x"], [1, 2], [None], [Kind.A]):
        assert key_text(key) == dumps(plain(list(key))) == dumps([plain(v) for v in key])
    assert key_text([7]) == "[7]"
    for value in ("", "名", 0, -1, True, None):
        assert plain(value) is value
    assert plain(Kind.A) == "a"
