"""Every table is classified for the laptop copy (issue 14): a new table must say whether and how it travels to a
field laptop, and each rule must name real foreign keys."""
from __future__ import annotations

import ipcase.db.models  # noqa: F401
from ipcase.db.base import Base
from ipcase.sync import copy


def test_every_table_is_classified_for_the_laptop_copy():
    assert copy.unclassified() == []
    assert set(copy.TABLES) <= set(Base.metadata.tables), "a classified table that no longer exists"


def test_each_part_names_foreign_keys_to_copied_tables():
    copied = {name for name, rule in copy.TABLES.items()
              if not isinstance(rule, copy.NotCopied | copy.Derived)}
    for name, rule in copy.TABLES.items():
        if isinstance(rule, copy.Child):
            for column in rule.columns:
                (fk,) = Base.metadata.tables[name].c[column].foreign_keys
                assert fk.column.table.name in copied, (name, column)
        if isinstance(rule, copy.NotCopied):
            assert rule.why


def test_the_office_bookkeeping_and_the_audit_chain_stay_at_the_office():
    for name in ("audit_entries", "checkout_records", "applied_operations", "sync_conflicts", "sequences",
                 "outbox", "laptop_state"):
        assert isinstance(copy.TABLES[name], copy.NotCopied), name
