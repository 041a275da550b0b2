"""The business settings as an office's administrator stored them, and the official (national) calendar.

Settings belong to one office (issue 12): every read and write names the office. The deadline settings of a
case are its own office's (`case.office_id`); a settings page shows and saves the acting user's office's."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import fields as dc_fields

from sqlalchemy import Connection, bindparam, event, select
from sqlalchemy.orm import Session, object_session

from ipcase.db import office_scope, prepared
from ipcase.db.models.admin import HolidayDay, HolidayYear, Setting
from ipcase.domain.calendar import OfficialCalendar, YearCalendar
from ipcase.domain.cases.deadlines import DeadlineSettings


def stored_settings(session: Session, office_id: int, *, prefix: str = "") -> dict[str, str]:
    """The stored (JSON) values of `office_id`'s settings whose key starts with `prefix`, by key.

    Read once per transaction and prefix: a gesture asks several times (its deadlines, the state machine's
    snapshot, a document's defaults; ≈ 4 % of the demo build). The memo lives in the session and holds only
    while the same (innermost) transaction is current and no setting row was written in it; the read
    autoflushes first, as before, so pending settings are written (and the memo dropped) before it."""
    session._autoflush()   # noqa: SLF001 — what the SELECT would do first: a hit and a miss leave the same state
    memo = _settings_memo(session)
    # the office scope's read filter applies to the SELECT: a different scope (set by the actor) reads anew
    key = (office_id, prefix, office_scope.readable_offices(session))
    found = memo.get(key)
    if found is None:
        if prefix:
            rows = session.execute(_PREFIXED, {"office_id": office_id, "pattern": _like_prefix(prefix)})
        else:
            rows = session.execute(_ALL, {"office_id": office_id})
        found = memo[key] = {k: v for k, v in rows}
    return dict(found)


# Built once: a statement object keeps its cache key, so a gesture's read does not build and key it anew.
_ALL = select(Setting.key, Setting.value).where(Setting.office_id == bindparam("office_id"))
_ESCAPE = "/"
_PREFIXED = _ALL.where(Setting.key.like(bindparam("pattern"), escape=_ESCAPE))


def _like_prefix(prefix: str) -> str:
    """`prefix` as a LIKE pattern matching the keys that start with it (what `startswith(autoescape=True)`
    sends: the escape character, % and _ escaped)."""
    for c in (_ESCAPE, "%", "_"):
        prefix = prefix.replace(c, _ESCAPE + c)
    return prefix + "%"


_MEMO = "ipcase.settings_read"   # session.info: (transaction, {(office, prefix): stored values})


def _settings_memo(session: Session) -> dict:
    session.connection()   # the transaction begun, so the memo is keyed by the one the read happens in
    txn = session.get_nested_transaction() or session.get_transaction()
    held = session.info.get(_MEMO)
    if held is None or held[0] is not txn:
        held = session.info[_MEMO] = (txn, {})
    return held[1]


@event.listens_for(Setting, "after_insert")
@event.listens_for(Setting, "after_update")
@event.listens_for(Setting, "after_delete")
def _setting_written(_mapper, _connection, target) -> None:
    session = object_session(target)
    if session is not None:
        session.info.pop(_MEMO, None)


def stored_value(session: Session, office_id: int, key: str, default: object = None) -> object:
    """One setting of `office_id`, decoded from JSON; `default` when the office never stored it."""
    row = session.get(Setting, (office_id, key))
    return json.loads(row.value) if row is not None else default


def store_value(session: Session, office_id: int, key: str, value: object) -> Setting:
    """Store (insert or replace) one setting of `office_id` as JSON."""
    row = session.get(Setting, (office_id, key)) or Setting(office_id=office_id, key=key)
    row.value = json.dumps(value, ensure_ascii=False)
    session.add(row)
    return row


def load_settings(session: Session, office_id: int) -> DeadlineSettings:
    stored = stored_settings(session, office_id, prefix="deadline.")
    values = {}
    for f in dc_fields(DeadlineSettings):
        if f"deadline.{f.name}" in stored:
            values[f.name] = json.loads(stored[f"deadline.{f.name}"])
    return DeadlineSettings(**values)


def load_calendar(session: Session) -> OfficialCalendar:
    """National: the same holidays for every office (only a top-level office's administrator edits them).
    Read by nearly every gesture (deadlines, snapshots): the years and their days in one statement, not one per
    year."""
    return _remembered(session.get_bind(), lambda: _calendar_of(session.execute(_CALENDAR_ROWS)))


def calendar_on(connection: Connection) -> OfficialCalendar:
    """`load_calendar` read on a Connection — a read-only unit of work's lane (UnitOfWork.connection) — as one
    prepared read (ipcase.db.prepared): a register's page reads it without opening the Session (its ORM read cost
    about a millisecond, more than the page's index read; issue 19). Its plan depends on no value: PostgreSQL keeps
    it (keep_plan; planning the join cost the server more than running it, issue 19, P19d)."""
    return _remembered(connection.engine,
                       lambda: _calendar_of(prepared.rows(connection, _CALENDAR_ROWS, keep_plan=True)))


# The calendar's years and days in one statement (a year without days kept).
_CALENDAR_ROWS = (select(HolidayYear.year, HolidayDay.day, HolidayDay.is_workday, HolidayDay.name)
                  .outerjoin(HolidayDay, HolidayDay.year == HolidayYear.year)
                  .order_by(HolidayYear.year, HolidayDay.day))


def _calendar_of(rows) -> OfficialCalendar:
    """The calendar of _CALENDAR_ROWS' rows (year, day, is_workday, name)."""
    years: dict[int, tuple[dict, dict]] = {}
    for year, day, is_workday, name in rows:
        holidays, workdays = years.setdefault(year, ({}, {}))
        if day is not None:
            (workdays if is_workday else holidays)[day] = name
    return OfficialCalendar([YearCalendar(y, h, w) for y, (h, w) in years.items()])


def _remembered(bind, read: Callable[[], OfficialCalendar]) -> OfficialCalendar:
    """`read()`, or within `one_calendar_per_build` the calendar already read for `bind`."""
    memo = _calendars.get()
    if memo is None:
        return read()
    if bind not in memo:
        memo[bind] = read()
    return memo[bind]


# The calendar read once per database within `one_calendar_per_build` (this thread's), else None: read each time.
_calendars: ContextVar[dict | None] = ContextVar("ipcase.calendar_memo", default=None)
_TOUCHED = "ipcase.calendar_touched"   # session.info: this transaction flushed holiday rows


@contextmanager
def one_calendar_per_build() -> Iterator[None]:
    """Within (this thread): `load_calendar` reads the holidays once per database, not once per unit of work —
    for a bulk writer that owns the database for the time being (the first start's demo build: ≈ 900 units of
    work). A flush that writes holiday rows forgets the memo, and so does that transaction's end. Never for real
    use: another user's holiday change would go unseen."""
    token = _calendars.set({})
    event.listen(Session, "after_flush", _holidays_written)
    event.listen(Session, "after_commit", _transaction_over)
    event.listen(Session, "after_rollback", _transaction_over)
    try:
        yield
    finally:
        event.remove(Session, "after_flush", _holidays_written)
        event.remove(Session, "after_commit", _transaction_over)
        event.remove(Session, "after_rollback", _transaction_over)
        _calendars.reset(token)


def _holidays_written(session: Session, _context) -> None:
    memo = _calendars.get()
    if memo is not None and any(isinstance(o, (HolidayYear, HolidayDay))
                                for o in (*session.new, *session.dirty, *session.deleted)):
        memo.clear()
        session.info[_TOUCHED] = True


def _transaction_over(session: Session) -> None:
    memo = _calendars.get()
    if session.info.pop(_TOUCHED, False) and memo is not None:
        memo.clear()


class PerOffice(dict):
    """Settings loaded once per office while rows of several offices are listed (a supervising office's
    drill-down into its sub-offices): `PerOffice(lambda o: load_settings(s, o))[case.office_id]`."""

    def __init__(self, load):
        super().__init__()
        self._load = load

    def __missing__(self, office_id: int):
        value = self[office_id] = self._load(office_id)
        return value
