"""SQL building blocks of the statistics, shared by the figures and by the case list they drill down to, so a
bar and the list behind it are the same condition. Everything compiles on SQLite and PostgreSQL; the one
dialect difference (day arithmetic on dates) is a compiled construct."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Integer, and_, case, exists, func, not_, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.functions import FunctionElement

from ipcase.db.models.cases import Case, DeadlineRow, Patent, Pause
from ipcase.db.models.intake import IntakeItem
from ipcase.domain.cases.deadlines import PARTY_PERIODS
from ipcase.domain.enums import DeadlineCode, DeadlineStatus, PatentType, PauseKind
from ipcase.domain.intake.routing import Track
from ipcase.domain.statistics.counting import CASE_CLOSING_METHODS, ClosingMethod
from ipcase.dto.cases import CaseFilter


class day_number(FunctionElement):
    """A date as a whole number of days: differences of two day numbers are calendar days on both
    databases (the origin differs, which no statistic depends on)."""
    type = Integer()
    name = "day_number"
    inherit_cache = True


@compiles(day_number, "sqlite")
def _day_number_sqlite(element, compiler, **kw):
    # Dates are stored as 'YYYY-MM-DD'; julianday() of any such day ends in .5, so the cast is exact.
    return f"CAST(julianday({compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(day_number, "postgresql")
def _day_number_pg(element, compiler, **kw):
    return f"({compiler.process(element.clauses, **kw)} - DATE '2000-01-01')"


# Deadlines the office itself must meet; a party's own period running out makes nothing overdue.
OFFICE_DEADLINE_CODES = tuple(c.value for c in DeadlineCode if c not in PARTY_PERIODS)
CASE_METHODS = tuple(m.value for m in CASE_CLOSING_METHODS)
WITHDRAWN_UNREGISTERED = "withdrawn_unregistered"

registered_closed = and_(Case.registered_date.is_not(None), Case.closed_date.is_not(None),
                         Case.closing_method.in_(CASE_METHODS))


def office_deadline_due(lo: date | None, hi: date | None):
    """The case has an open office deadline (not paused) due within [lo, hi]."""
    conds = [DeadlineRow.case_id == Case.id, DeadlineRow.status == DeadlineStatus.OPEN.value,
             DeadlineRow.paused.is_(False), DeadlineRow.code.in_(OFFICE_DEADLINE_CODES)]
    if lo is not None:
        conds.append(DeadlineRow.due_date >= lo)
    if hi is not None:
        conds.append(DeadlineRow.due_date <= hi)
    return exists().where(*conds)


# D12 of a closed case records its final limit (extensions and excluded days included) and the closing day.
d12_on_time = exists().where(DeadlineRow.case_id == Case.id, DeadlineRow.code == DeadlineCode.D12.value,
                             DeadlineRow.status == DeadlineStatus.MET.value,
                             DeadlineRow.met_date <= DeadlineRow.due_date)


def had_pause(kind: str):
    return exists().where(Pause.case_id == Case.id, Pause.kind == PauseKind(kind).value)


NO_TRACK = "none"  # the case came from no intake item, or its item has no 繁简分流 decision


def intake_track_is(track: str):
    """The case came from an intake item on which `track` (a Track value, or NO_TRACK) was decided."""
    if track == NO_TRACK:
        return not_(exists().where(IntakeItem.case_id == Case.id, IntakeItem.track.is_not(None)))
    return exists().where(IntakeItem.case_id == Case.id, IntakeItem.track == Track(track).value)


# 重复侵权 as the intake register recorded it when the item was registered (IntakeItem.repeat_case_id). A case
# registered straight in the case register has no item: ipcase.queries.intake.register.case_intake matches those in
# Python, which no aggregate can count, so they are not flagged here.
repeat_infringement = exists().where(IntakeItem.case_id == Case.id, IntakeItem.repeat_case_id.is_not(None))


def patent_type_is(value: PatentType | str):
    # An alias: the figures grouped by patent type join `patents` themselves.
    patent = aliased(Patent)
    return exists().where(patent.id == Case.patent_id, patent.patent_type == PatentType(value).value)


def dimension_conditions(*, office_ids=(), officer_id=None, officer_unassigned=False, patent_type=None,
                         flag_foreign=None, flag_ecommerce=None, flag_trade_fair=None) -> list:
    conds = []
    if office_ids:
        conds.append(Case.office_id.in_(office_ids))
    if officer_unassigned:
        conds.append(Case.officer_id.is_(None))
    elif officer_id is not None:
        conds.append(Case.officer_id == officer_id)
    if patent_type is not None:
        conds.append(patent_type_is(patent_type))
    for column, value in ((Case.flag_foreign, flag_foreign), (Case.flag_ecommerce, flag_ecommerce),
                          (Case.flag_trade_fair, flag_trade_fair)):
        if value is not None:
            conds.append(column.is_(value))
    return conds


def case_filter_conditions(flt: CaseFilter) -> list:
    """The conditions of CaseFilter's drill-down fields (the case list adds them to its own)."""
    conds = dimension_conditions(office_ids=flt.office_ids, officer_unassigned=flt.officer_unassigned)
    if flt.registered is not None:
        conds.append(Case.registered_date.is_not(None) if flt.registered else Case.registered_date.is_(None))
    if flt.closed_from:
        conds.append(Case.closed_date >= flt.closed_from)
    if flt.closed_to:
        conds.append(Case.closed_date <= flt.closed_to)
    if flt.closing_methods:
        conds.append(Case.closing_method.in_([ClosingMethod(m).value for m in flt.closing_methods]))
    if flt.on_time is True:
        conds += [registered_closed, d12_on_time]
    elif flt.on_time is False:
        conds += [registered_closed, not_(d12_on_time)]
    if flt.had_pause:
        conds.append(had_pause(flt.had_pause))
    if flt.office_deadline_from or flt.office_deadline_to:
        conds.append(office_deadline_due(flt.office_deadline_from, flt.office_deadline_to))
    if flt.track:
        conds.append(intake_track_is(flt.track))
    if flt.flag_repeat is not None:
        conds.append(repeat_infringement if flt.flag_repeat else not_(repeat_infringement))
    return conds


def excluded_days_per_pause(cohort: list, group=None):
    """One row per pause of the cohort's closed registered cases with the days it adds to the union of the
    case's pauses, clipped to the closing day (a sweep in start order: the part of a pause already covered
    by an earlier one — `prev_end` is the furthest end so far — counts once). Summed, this equals
    domain.statistics.excluded_days for every case."""
    closed_next = day_number(Case.closed_date) + 1
    start = day_number(Pause.start_date)
    end = case((or_(Pause.end_date.is_(None), day_number(Pause.end_date) > closed_next), closed_next),
               else_=day_number(Pause.end_date))
    # The unit column only when grouping: without it the cohort is read from the closing index alone.
    units = [group.label(group.key)] if group is not None else []
    clipped = (select(Pause.case_id.label("case_id"), *units, start.label("s"), end.label("e"))
               .join(Case, Case.id == Pause.case_id).where(registered_closed, *cohort).subquery())
    prev_end = func.max(clipped.c.e).over(partition_by=clipped.c.case_id,
                                          order_by=(clipped.c.s, clipped.c.e), rows=(None, -1))
    swept = select(clipped, prev_end.label("prev_end")).subquery()
    added = case((swept.c.e <= swept.c.s, 0),
                 (or_(swept.c.prev_end.is_(None), swept.c.prev_end <= swept.c.s), swept.c.e - swept.c.s),
                 (swept.c.prev_end >= swept.c.e, 0),
                 else_=swept.c.e - swept.c.prev_end)
    return swept, added
