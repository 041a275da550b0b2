"""The intake register's figures on the supervisors' dashboard: items received (in the period and per month)
and items whose time limit has passed or runs out within 3 working days, per handler.

Counts are SQL aggregates. An item's time limits are stored (intake_deadlines, written by
services.intake_support.recompute_item_deadlines from the very domain code behind the register and "my
deadlines", after every change to the item, the holidays or the deadline settings) and counted in SQL.
An item has no patent type until it becomes a case: the patent-type filter does not apply to these figures;
the officer filter is the item's handler."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session

from ipcase.db.models.intake import IntakeDeadlineRow, IntakeItem
from ipcase.domain.enums import DeadlineStatus
from ipcase.dto.intake import IntakeFilter
from ipcase.dto.statistics import OfficerUrgent, StatsFilter

# The drill-down opens the register on the items' ids: a bar's list stops here (the count does not).
DRILLDOWN_LIMIT = 500


@dataclass(frozen=True)
class IntakeUrgent:
    """One handler's intake figures: the counts, and the items behind them for the drill-down."""
    overdue: int
    due_soon: int
    overdue_ids: list[int]
    due_soon_ids: list[int]


def _dimensions(office_ids: tuple[int, ...], flt: StatsFilter) -> list:
    conds = []
    if office_ids:
        conds.append(IntakeItem.office_id.in_(office_ids))
    if flt.officer_id is not None:
        conds.append(IntakeItem.handler_id == flt.officer_id)
    for name in ("flag_foreign", "flag_ecommerce", "flag_trade_fair"):
        if getattr(flt, name) is not None:
            conds.append(getattr(IntakeItem, name).is_(getattr(flt, name)))
    return conds


def _received_between(lo: date, hi: date) -> list:
    return [IntakeItem.received_at >= datetime.combine(lo, time()),
            IntakeItem.received_at < datetime.combine(hi + timedelta(days=1), time())]


def intake_received(s: Session, office_ids: tuple[int, ...], flt: StatsFilter) -> int:
    """Intake items of every kind received in the period."""
    return s.scalar(select(func.count()).select_from(IntakeItem)
                    .where(*_received_between(flt.date_from, flt.date_to), *_dimensions(office_ids, flt))) or 0


def intake_monthly(s: Session, office_ids: tuple[int, ...], flt: StatsFilter, year: int
                   ) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Intake items received per month of the year before `year` and of `year` (12 counts each): one statement of
    24 counts, each a range of the received_at index (0029_registers; per office: 0035_register_reads) — grouping
    the two years' items by the year and month of each read every row (SQLite: 0.14 s of CPU, 0.35 s at load 8
    for 210,000 items; the dashboard's longest statement at a million cases, issue 19)."""
    dimensions = _dimensions(office_ids, flt)
    months = [date(year - 1 + k // 12, k % 12 + 1, 1) for k in range(25)]
    counts = s.execute(select(*(
        select(func.count()).select_from(IntakeItem)
        .where(IntakeItem.received_at >= datetime.combine(lo, time()),
               IntakeItem.received_at < datetime.combine(hi, time()), *dimensions).scalar_subquery()
        for lo, hi in pairwise(months)))).one()
    return tuple(counts[:12]), tuple(counts[12:])


def intake_urgent(s: Session, office_ids: tuple[int, ...], flt: StatsFilter, today: date, soon: date
                  ) -> dict[int | None, IntakeUrgent]:
    """Per handler (None: not assigned): items with an open stored limit already passed, and items with one due
    from today to `soon` — an item counts once in each, like a case with several deadlines."""
    overdue = IntakeDeadlineRow.due_date < today
    due_soon = IntakeDeadlineRow.due_date.between(today, soon)
    urgent = (select(IntakeItem.handler_id, IntakeItem.id.label("item_id"), overdue.label("overdue"),
                     due_soon.label("due_soon"))
              .join(IntakeDeadlineRow, IntakeDeadlineRow.item_id == IntakeItem.id)
              .where(IntakeDeadlineRow.status == DeadlineStatus.OPEN.value, IntakeDeadlineRow.due_date <= soon,
                     *_dimensions(office_ids, flt)).subquery())
    counts = select(urgent.c.handler_id,
                    func.count(distinct(case((urgent.c.overdue, urgent.c.item_id)))),
                    func.count(distinct(case((urgent.c.due_soon, urgent.c.item_id))))).group_by(urgent.c.handler_id)
    out = {handler: IntakeUrgent(n_overdue, n_soon, [], []) for handler, n_overdue, n_soon in s.execute(counts)}
    # The drill-down's items, from the same rows: bounded per bar, the register lists them.
    ids = (select(urgent.c.handler_id, urgent.c.item_id, func.max(case((urgent.c.overdue, 1), else_=0)),
                  func.max(case((urgent.c.due_soon, 1), else_=0)))
           .group_by(urgent.c.handler_id, urgent.c.item_id).order_by(urgent.c.item_id))
    for handler, item_id, is_overdue, is_soon in s.execute(ids):
        bar = out[handler]
        if is_overdue and len(bar.overdue_ids) < DRILLDOWN_LIMIT:
            bar.overdue_ids.append(item_id)
        if is_soon and len(bar.due_soon_ids) < DRILLDOWN_LIMIT:
            bar.due_soon_ids.append(item_id)
    return out


def with_intake(urgent: tuple[OfficerUrgent, ...], items: dict[int | None, IntakeUrgent],
                names: dict[int, str]) -> tuple[OfficerUrgent, ...]:
    """The cases' urgent figures per officer with the intake items' added; unassigned last."""
    by = {u.officer_id: u for u in urgent}
    for officer, figures in items.items():
        base = by.get(officer) or OfficerUrgent(officer, names.get(officer, ""), 0, 0)
        by[officer] = OfficerUrgent(base.officer_id, base.name, base.overdue, base.due_soon, figures.overdue,
                                    figures.due_soon, tuple(figures.overdue_ids), tuple(figures.due_soon_ids))
    return tuple(sorted(by.values(), key=lambda u: (u.officer_id is None, u.name)))


def intake_drilldown(flt: StatsFilter, figure: str, key) -> IntakeFilter:
    """The intake register's filter behind an intake figure: `("month", (year, month))` for the items received
    that month, `("items", ids)` for the overdue / due-soon items of a handler (computed with their limits)."""
    if figure == "items":
        return IntakeFilter(ids=tuple(key) or (-1,), states=())
    year, month = key
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))
    return IntakeFilter(received_from=date(year, month, 1), received_to=last, handler_id=flt.officer_id,
                        flag_foreign=flt.flag_foreign, flag_ecommerce=flt.flag_ecommerce,
                        flag_trade_fair=flt.flag_trade_fair, states=())
