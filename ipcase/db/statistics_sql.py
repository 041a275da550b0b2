"""The statistics' per-case SQL definitions that both the figures (ipcase.queries.statistics) and the aggregates
kept on every write (ipcase.db.aggregates) compute, so that the two can only agree: day arithmetic, "closed after
立案", "D12 met on time", 繁简分流 / 重复侵权 from the intake register, and the excluded days of a case's pauses.
Everything compiles on SQLite and PostgreSQL; the one dialect difference (day arithmetic on dates) is a compiled
construct."""
from __future__ import annotations

from sqlalchemy import Integer, and_, case, exists, func, not_, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from ipcase.db.models.cases import Case, DeadlineRow, Pause
from ipcase.db.models.intake import IntakeItem
from ipcase.domain.enums import DeadlineCode, DeadlineStatus
from ipcase.domain.intake.routing import Track
from ipcase.domain.statistics.counting import CASE_CLOSING_METHODS


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


CASE_METHODS = tuple(m.value for m in CASE_CLOSING_METHODS)

registered_closed = and_(Case.registered_date.is_not(None), Case.closed_date.is_not(None),
                         Case.closing_method.in_(CASE_METHODS))

# D12 of a closed case records its final limit (extensions and excluded days included) and the closing day.
d12_on_time = exists().where(DeadlineRow.case_id == Case.id, DeadlineRow.code == DeadlineCode.D12.value,
                             DeadlineRow.status == DeadlineStatus.MET.value,
                             DeadlineRow.met_date <= DeadlineRow.due_date)


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
