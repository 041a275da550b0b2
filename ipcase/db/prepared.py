"""A read statement compiled once per dialect and run on the DBAPI cursor of a SQLAlchemy Connection.

A rare search's whole work in the database is a sub-millisecond probe (王, one 案号 at a million cases: 0.05 ms in
SQLite itself); each statement executed through SQLAlchemy costs 35–55 µs more (its execution context, parameter
and result processing objects, events) and a search's gesture runs four or five of them (issue 19). A prepared read
pays that once: the statement is compiled once per dialect (the same SQL SQLAlchemy would send), and each run only
binds its values in order, executes on the driver's cursor and converts the columns with the types' own processors
(SQLite's dates arrive as text, its booleans as integers). The rows are those of `connection.execute(statement,
params)` as plain tuples.

What stays as SQLAlchemy does it: the transaction and the pooled connection are the Connection's; the
`before_cursor_execute` listeners of the connection and its engine are called before each statement (a cancelled
search stops between statements, ipcase.db.interrupt; tests watch the SQL); a driver error is raised as
SQLAlchemy's DBAPIError subclass, so a unit of work classifies it as before (busy, read-only file, disk full)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Integer, Text, any_, bindparam, cast
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import Executable


@dataclass(frozen=True)
class _Plan:
    sql: str
    defaults: dict          # every bound parameter's value in the statement (literals written into it)
    names: tuple | None     # positional drivers (SQLite's qmark): the parameters' order; named ones: None
    binds: tuple            # (name, processor) of the parameters whose type converts a Python value
    results: tuple          # (position, processor) of the columns whose type converts the driver's value


_PLANS: dict = {}
_PLANS_SIZE = 512


def _plan(statement: Executable, dialect) -> _Plan | None:
    key = (statement, dialect.name)
    if key in _PLANS:
        return _PLANS[key]
    if len(_PLANS) >= _PLANS_SIZE:
        _PLANS.clear()
    compiled = statement.compile(dialect=dialect)
    if "POSTCOMPILE" in compiled.string:   # an expanding IN or a literal-execute value: written per run by SQLAlchemy
        _PLANS[key] = None
        return None
    binds, required = [], set()
    for bind, name in compiled.bind_names.items():   # each parameter under the name the SQL uses
        process = bind.type.dialect_impl(dialect).bind_processor(dialect)
        # once per name: two parameter objects of one name (a condition repeated in subqueries) are one value,
        # and converting it twice fails (a date already made text on SQLite)
        if process is not None and all(name != seen for seen, _p in binds):
            binds.append((name, process))
        if bind.required:
            required.add(name)
    processors = (column.type.dialect_impl(dialect).result_processor(dialect, None)
                  for column in statement.selected_columns)
    results = tuple((i, p) for i, p in enumerate(processors) if p is not None)
    # the values written into the statement (a bound literal such as the D12 code); required ones come per run
    written = {name: value for name, value in compiled.construct_params(_check=False).items() if name not in required}
    found = _Plan(compiled.string, written,
                  tuple(compiled.positiontup) if dialect.positional else None, tuple(binds), results)
    _PLANS[key] = found
    return found


def rows(connection: Connection, statement: Executable, params: dict | None = None, *,
         keep_plan: bool = False) -> list[tuple]:
    """The rows of the SELECT `statement` with the bound values `params` (the others keep the values written into
    the statement), read in the connection's transaction. The statement object is the cache key: pass the same
    object each time (a register's select built once per shape).

    `keep_plan`: on PostgreSQL the statement is prepared on the server once per connection (psycopg's prepared
    statements), so later runs skip parsing and, once the server finds its generic plan as good as the planned
    ones, planning too — the viewer's scope read cost the server 0.21 ms of CPU unprepared, 0.06 ms prepared
    (issue 19, G19b). Only for statements whose best plan does not depend on their values (an id, a list of
    ids): a search pattern's does (a generic plan can ignore the trigram index, TECH_NOTES.md), so the pages'
    statements never ask. SQLite (its own statement cache) and a driver without server-side statements read as
    without it."""
    dialect = connection.dialect
    plan = _plan(statement, dialect)
    if plan is None:
        return [tuple(r) for r in connection.execute(statement, params)]
    values = {**plan.defaults, **params} if params else dict(plan.defaults)
    for name, process in plan.binds:
        values[name] = process(values[name])
    bound = values if plan.names is None else tuple(values[name] for name in plan.names)
    cursor = connection.connection.driver_connection.cursor()
    try:
        listeners = connection.dispatch.before_cursor_execute
        if listeners:   # the connection's and its engine's (a cancel token's check, a test's SQL log)
            listeners(connection, cursor, plan.sql, bound, None, False)
        if keep_plan and dialect.driver == "psycopg":
            cursor.execute(plan.sql, bound, prepare=True)
        else:
            cursor.execute(plan.sql, bound)
        found = cursor.fetchall()
    except dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(plan.sql, bound, exc, dialect.loaded_dbapi.Error, dialect=dialect) from exc
    finally:
        cursor.close()
    if not plan.results:
        return found
    converted = []
    for r in found:
        r = list(r)
        for i, process in plan.results:
            if r[i] is not None:
                r[i] = process(r[i])
        converted.append(tuple(r))
    return converted


def scalars(connection: Connection, statement: Executable, params: dict | None = None) -> list:
    """The first column of `rows`."""
    return [r[0] for r in rows(connection, statement, params)]


def any_id(name: str):
    """PostgreSQL: `= ANY` of the ids bound as ONE text ('{1,2,3}', `id_text`) cast to an integer array, for a read
    by a page's ids whose plan the server keeps (rows(keep_plan=True)). The cast is not folded by the planner, so
    PostgreSQL does not plan each run for the array's length and keeps its generic plan after five runs (G19c: 0.27
    → 0.12 ms of the server for a 4-row page); the same plan serves 200 ids (an index probe per id)."""
    return any_(cast(bindparam(name, type_=Text), ARRAY(Integer)))


def id_text(ids) -> str:
    """The value bound for `any_id`: the ids as PostgreSQL's array literal."""
    return "{" + ",".join(str(int(i)) for i in ids) + "}"
