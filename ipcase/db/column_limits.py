"""Every text written to the database fits its column and can be printed, on SQLite and PostgreSQL alike.

A before-flush check over the new and changed objects of a session: a value longer than its `String(n)`
column is refused with `ValidationFailed(key, "too_long", n)`, a character no document can carry with
`ValidationFailed(key, "control_char", "U+XXXX")` (rule: `ipcase.domain.text.storable_problem`). Why here: SQLite
stores a 100,000-character name in a 300-character column and PostgreSQL raises an unhandled DataError, so the
same input must be refused before either sees it, on every path (services, scripts, imports, sync).

The key is the form's field key when `ipcase.services.boundary` saw the value typed (`requesters[0].name`),
else the attribute's name (`name`, `address`), which the UI's field labels know. Lengths are counted in
characters, as both databases count a VARCHAR's length.

`over_length_rows(connection)` lists rows already over their limit (an SQLite file written before this check),
so an office can correct them before copying its data to PostgreSQL (`python main.py check-lengths`,
ipcase/cli/lengths.py)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, String, event, func, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from ipcase.db.base import Base
from ipcase.domain.text import LINE_BREAKS, NONCHARACTERS, storable_problem
from ipcase.errors import ValidationErrors, ValidationFailed

INPUT_KEYS = "input_keys"  # written by ipcase.services.boundary.call


def install(factory: sessionmaker) -> None:
    """Check every flush of the sessions `factory` makes."""
    if not event.contains(factory, "before_flush", check_flush):
        event.listen(factory, "before_flush", check_flush)


def check_flush(session: Session, flush_context, instances) -> None:
    errors: list[ValidationFailed] = []
    keys: dict[str, str] = session.info.get(INPUT_KEYS, {})
    for obj in list(session.new) + list(session.dirty):
        state = inspect(obj)
        if state.key is None:
            # a pending object holds what it will insert (an attribute never set is absent: inserted as NULL)
            values = ((key, length, state.dict.get(key)) for key, length in _string_columns(state.mapper))
        else:
            # only an attribute with a committed (original) value was set since the load: the others add nothing
            changed = state.committed_state
            values = ((key, length, _added(state, key)) for key, length in _string_columns(state.mapper)
                      if key in changed)
        for key_name, length, value in values:
            if not isinstance(value, str):
                continue
            problem = _problem(value, length)
            if problem is not None:
                reason, detail = problem
                key = keys.get(value.strip()) or key_name
                if not any(e.field == key and e.reason == reason for e in errors):  # a name and its search copy
                    errors.append(ValidationFailed(key, reason, detail))
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)


def _added(state, key: str):
    added = state.attrs[key].history.added
    return added[0] if added else None


_STRING_COLUMNS: dict = {}


def _string_columns(mapper) -> tuple[tuple[str, int | None], ...]:
    """(attribute key, length) of each single-column String attribute of `mapper`, in mapper order: worked out
    once per mapper instead of at every flush (every flush of every gesture passes here; issue 16)."""
    found = _STRING_COLUMNS.get(mapper)
    if found is None:
        found = _STRING_COLUMNS[mapper] = tuple(
            (attr.key, attr.columns[0].type.length) for attr in mapper.column_attrs
            if len(attr.columns) == 1 and isinstance(attr.columns[0].type, String))
    return found


# Every character `storable_problem` could refuse (and a few it allows: tab, the line breaks): a value without
# any of them is storable, found by one scan in C instead of the rule's walk in Python over each character of
# each value a flush writes (≈ 20,000 values while the demo is built). A value with one is judged by the rule.
_SUSPECT = re.compile(f"[\x00-\x1f\x7f\ud800-\udfff{NONCHARACTERS}{LINE_BREAKS}]")


def _problem(value: str, length: int | None) -> tuple[str, str] | None:
    if length is not None and len(value) > length:
        return "too_long", str(length)
    if _SUSPECT.search(value) is None:
        return None
    refused = storable_problem(value, lines=True)
    if refused is not None:
        return refused.reason, refused.detail
    return None


@dataclass(frozen=True)
class OverLength:
    table: str
    column: str
    limit: int
    rows: int
    longest: int


def over_length_rows(connection: Connection) -> Iterator[OverLength]:
    """Each String(n) column holding values longer than n (only SQLite lets them in), with how many rows."""
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if not isinstance(column.type, String) or column.type.length is None:
                continue
            n = func.length(column)
            count, longest = connection.execute(
                select(func.count(), func.max(n)).where(n > column.type.length)).one()
            if count:
                yield OverLength(table.name, column.name, column.type.length, count, longest)


__all__ = ["OverLength", "check_flush", "install", "over_length_rows"]
