"""The after image of a row this flush INSERTED, taken from the values the INSERT sent instead of read back.

Reading every written row back (`rows.read_images`) was about a fifth of the demo's first start. For an inserted
row the database holds exactly what the statement sent: nobody else sees the row before the commit, and the
only trigger-written columns are the derived `sort_*` ones the chain leaves out. What the chain hashes is the
value as the database gives it back, so an image is taken from the object only where a value is known to come
back unchanged — otherwise (the row is read back as before):
- the column's type stores a value as it is: String/Text (not Enum), Integer, Boolean, Date, DateTime and Time
  without a time zone, LargeBinary, JSON of JSON-native values; anything else (Float, Numeric, a TypeDecorator
  such as FileName that rewrites on the way in, a variant per dialect) is read back;
- the value has exactly the type the column returns (an int in an Integer column — not a bool; a date in a Date
  column — not a datetime; a str in a String column …);
- the value is the one the INSERT sent: present in the object after the insert (the primary key, Python-side
  defaults and the version counter are filled in by the ORM), or absent from it for a column without any default,
  which the ORM inserts as NULL. A column left to its server default, a SQL expression or anything the ORM
  expired is read back.
An UPDATE is always read back: columns it did not set come from the object as loaded, which another
transaction may have changed since (PostgreSQL, READ COMMITTED).

`tests/unit/audit/test_audit_inserted.py` checks the images equal the read-back ones on both databases."""
from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Enum, Integer, LargeBinary, String, Table, Time
from sqlalchemy.orm import InstanceState, Mapper
from sqlalchemy.sql.elements import ClauseElement

from ipcase.audit.rows import DERIVED_PREFIX

_MISSING = object()


_NATIVE = frozenset({str, int, bool, type(None)})   # the exact types, by a type lookup first


def _json_native(value: Any) -> bool:
    if type(value) in _NATIVE:
        return True
    if value is None or isinstance(value, str | int):   # bool is an int; floats and the rest are read back
        return not isinstance(value, float)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_native(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return all(_json_native(v) for v in value)
    return False


def _exact(value: Any, kind: type) -> bool:
    return type(value) is kind


# column type → does this (non-None) value come back from the database exactly as it is?
def _checker(column_type) -> Any:
    if getattr(column_type, "_variant_mapping", None):
        return None   # another type on another dialect
    t = type(column_type)
    if issubclass(t, Enum):
        return None
    if issubclass(t, String):
        return lambda v: isinstance(v, str)
    if issubclass(t, Boolean):
        return lambda v: _exact(v, bool)
    if issubclass(t, Integer):
        return lambda v: isinstance(v, int) and not isinstance(v, bool)
    if issubclass(t, DateTime):
        return None if column_type.timezone else (lambda v: _exact(v, datetime) and v.tzinfo is None)
    if issubclass(t, Date):
        return lambda v: _exact(v, date)
    if issubclass(t, Time):
        return None if column_type.timezone else (lambda v: _exact(v, time) and v.tzinfo is None)
    if issubclass(t, LargeBinary):
        return lambda v: _exact(v, bytes)
    if issubclass(t, JSON):
        return _json_native
    return None


_plans: dict[tuple[Mapper, str], tuple | None] = {}


def _plan(mapper: Mapper, table: Table) -> tuple | None:
    """(column name, attribute key, checker, NULL when absent, None sent as NULL) per column of `table`, or None:
    always read back."""
    cache_key = (mapper, table.name)
    if cache_key in _plans:
        return _plans[cache_key]
    plan = []
    for col in table.columns:
        if col.name.startswith(DERIVED_PREFIX):
            continue
        prop = mapper._columntoproperty.get(col)   # noqa: SLF001 — the public get_property_by_column raises
        check = _checker(col.type)
        if prop is None or check is None or col.computed is not None or col.identity is not None \
                or col.server_onupdate is not None:
            plan = None
            break
        # an attribute never set is inserted as NULL only when nothing else would fill the column; a None is
        # not sent to a column with a server default (the default is): both are read back
        null_when_absent = col.default is None and col.server_default is None and not col.primary_key
        plan.append((col.name, prop.key, check, null_when_absent, col.server_default is None))
    _plans[cache_key] = None if plan is None else tuple(plan)
    return _plans[cache_key]


def values_sent(mapper: Mapper, state: InstanceState, table: Table) -> dict[str, Any] | None:
    """The row as the INSERT just wrote it (called from the after_insert hook), or None: read it back."""
    plan = _plan(mapper, table)
    if plan is None or state.expired_attributes:
        return None
    d = state.dict
    row = {}
    for name, key, check, null_when_absent, none_sent in plan:
        value = d.get(key, _MISSING)
        if value is _MISSING:
            if not null_when_absent:
                return None
            value = None
        elif value is None:
            if not none_sent:
                return None
        elif not check(value):
            return None
        row[name] = value
    return row


_update_plans: dict[tuple[Mapper, str], tuple | None] = {}


def _update_plan(mapper: Mapper, table: Table) -> tuple | None:
    """(attribute key → (column name, checker), the version column's (column name, key) when the mapper has
    one) for the UPDATEs of `table`, or None: always read back (a mapper over several tables, a column the
    database or an `onupdate` fills, a column whose values may not come back as they are)."""
    cache_key = (mapper, table.name)
    if cache_key in _update_plans:
        return _update_plans[cache_key]
    plan: tuple | None = None
    if len(mapper.tables) == 1 and _plan(mapper, table) is not None and not any(
            c.onupdate is not None or c.server_onupdate is not None for c in table.columns):
        by_key = {}
        for col in table.columns:
            if col.name.startswith(DERIVED_PREFIX):
                continue
            prop = mapper._columntoproperty[col]   # noqa: SLF001 — every column is mapped (_plan said so)
            by_key[prop.key] = (col.name, _checker(col.type))
        # the version column: every UPDATE of a versioned mapper sets it (to the value the mapper counted, the
        # service bumped, or the same), and the ORM puts the value sent in the object, out of its history
        counted = None
        if mapper.version_id_col is not None:
            counted = (mapper.version_id_col.name, mapper._columntoproperty[mapper.version_id_col].key)  # noqa: SLF001
        plan = (by_key, counted)
    _update_plans[cache_key] = plan
    return plan


def values_updated(mapper: Mapper, state: InstanceState, table: Table) -> dict[str, Any] | None:
    """The columns the UPDATE just sent and their values (called from the after_update hook), or None: read the
    row back. What the ORM sends (sqlalchemy.orm.persistence._collect_update_commands): each changed attribute
    whose value is not equal to the loaded one, and the version column. Every other column keeps what the row
    held before the flush."""
    plan = _update_plan(mapper, table)
    if plan is None or state.expired_attributes:
        return None
    by_key, counted = plan
    d, committed, manager = state.dict, state.committed_state, state.manager
    row = {}
    for key in committed:
        column = by_key.get(key)
        if column is None:   # a relationship (its foreign keys are columns of their own) or a sort_ column
            continue
        name, check = column
        value = d.get(key, _MISSING)
        if value is _MISSING or hasattr(value, "__clause_element__") or isinstance(value, ClauseElement):
            return None   # a SQL expression: the database computes the value
        if manager[key].impl.is_equal(value, committed[key]) is True:
            continue   # not sent: the row keeps its value
        if value is not None and not check(value):
            return None
        row[name] = value
    if counted is not None:
        value = d.get(counted[1], _MISSING)
        if value is _MISSING or not (isinstance(value, int) and not isinstance(value, bool)):
            return None
        row[counted[0]] = value
    return row


__all__ = ["values_sent", "values_updated"]
