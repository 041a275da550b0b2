"""SQL building blocks of the statistics, shared by the figures and by the case list they drill down to, so a
bar and the list behind it are the same condition. The per-case definitions the aggregates also keep (on time,
excluded days, 繁简分流 …) live in ipcase.db.statistics_sql and are re-exported here."""
from __future__ import annotations

from datetime import date

from sqlalchemy import exists, not_
from sqlalchemy.orm import aliased

from ipcase.db.models.cases import Case, DeadlineRow, Patent, Pause
from ipcase.db.statistics_sql import (  # noqa: F401  (the per-case definitions, also kept by ipcase.db.aggregates)
    CASE_METHODS,
    NO_TRACK,
    d12_on_time,
    day_number,
    excluded_days_per_pause,
    intake_track_is,
    registered_closed,
    repeat_infringement,
)
from ipcase.domain.cases.deadlines import PARTY_PERIODS
from ipcase.domain.enums import DeadlineCode, DeadlineStatus, PatentType, PauseKind
from ipcase.domain.statistics.counting import ClosingMethod
from ipcase.dto.cases import CaseFilter

# Deadlines the office itself must meet; a party's own period running out makes nothing overdue.
OFFICE_DEADLINE_CODES = tuple(c.value for c in DeadlineCode if c not in PARTY_PERIODS)
WITHDRAWN_UNREGISTERED = "withdrawn_unregistered"


def office_deadline_due(lo: date | None, hi: date | None):
    """The case has an open office deadline (not paused) due within [lo, hi]."""
    conds = [DeadlineRow.case_id == Case.id, DeadlineRow.status == DeadlineStatus.OPEN.value,
             DeadlineRow.paused.is_(False), DeadlineRow.code.in_(OFFICE_DEADLINE_CODES)]
    if lo is not None:
        conds.append(DeadlineRow.due_date >= lo)
    if hi is not None:
        conds.append(DeadlineRow.due_date <= hi)
    return exists().where(*conds)


def had_pause(kind: str):
    return exists().where(Pause.case_id == Case.id, Pause.kind == PauseKind(kind).value)


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
