"""`stored_settings(prefix=…)` reads the keys that start with the prefix, literally: a `_`, `%` or the LIKE escape
character `/` in the prefix matches only itself (the read is one statement built once, with the prefix sent as an
escaped LIKE pattern), on SQLite and PostgreSQL."""
from __future__ import annotations

from ipcase.loaders.settings import store_value, stored_settings

KEYS = ["a_b.x", "axb.y", "a%b.z", "aqqb.v", "a/b.w", "a//b.u", "b.a_b"]
EXPECTED = {
    "a_b.": {"a_b.x"},
    "a%": {"a%b.z"},
    "a/": {"a/b.w", "a//b.u"},
    "a//": {"a//b.u"},
    "a": {"a_b.x", "axb.y", "a%b.z", "aqqb.v", "a/b.w", "a//b.u"},
    "": set(KEYS),
    "zz": set(),
}


def test_a_prefix_matches_itself_only(new_uow, staff):
    office_id = staff.office.id
    with new_uow() as uow:
        for i, key in enumerate(KEYS):
            store_value(uow.session, office_id, key, i)
        uow.commit()
    for prefix, expected in EXPECTED.items():
        with new_uow() as uow:
            found = stored_settings(uow.session, office_id, prefix=prefix)
        ours = {k for k in found if k in KEYS}
        assert ours == expected, prefix
        assert all(found[k] == str(KEYS.index(k)) for k in ours)
