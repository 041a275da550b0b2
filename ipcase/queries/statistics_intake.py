"""The intake register's figures on the supervisors' dashboard: items received (in the period and per month)
and items whose time limit has passed or runs out within 3 working days, per handler.

Counts are SQL aggregates. An item's time limits are not stored: they are computed by the intake domain
(ipcase.domain.intake through services.intake_support.item_deadlines — the very code behind the register and
"my deadlines"), so only the items some limit may still run for are loaded, a bounded set at any time.
An item has no patent type until it becomes a case: the patent-type filter does not apply to these figures;
the officer filter is the item's handler."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session, selectinload

from ipcase.db.models_intake import IntakeItem
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.enums import DeadlineStatus
from ipcase.intake_dto import IntakeFilter
from ipcase.queries.intake import time_limit_running
from ipcase.services.intake_support import item_deadlines, load_limits
from ipcase.statistics_dto import OfficerUrgent, StatsFilter


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
    """Intake items received per month of the year before `year` and of `year` (12 counts each)."""
    y, m = extract("year", IntakeItem.received_at), extract("month", IntakeItem.received_at)
    counts = [0] * 24
    for yy, mm, n in s.execute(select(y, m, func.count())
                               .where(*_received_between(date(year - 1, 1, 1), date(year, 12, 31)),
                                      *_dimensions(office_ids, flt)).group_by(y, m)):
        counts[(int(yy) - year + 1) * 12 + int(mm) - 1] = n
    return tuple(counts[:12]), tuple(counts[12:])


def intake_urgent(s: Session, office_ids: tuple[int, ...], flt: StatsFilter, today: date, soon: date,
                  cal: OfficialCalendar) -> dict[int | None, tuple[tuple[int, ...], tuple[int, ...]]]:
    """Per handler (None: not assigned): items with an open limit already passed, and items with one due from
    today to `soon` — an item counts once in each, like a case with several deadlines."""
    items = s.scalars(select(IntakeItem).where(time_limit_running(), *_dimensions(office_ids, flt))
                      .options(selectinload(IntakeItem.targets), selectinload(IntakeItem.patents))).all()
    limits = load_limits(s)
    out: dict[int | None, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    for item in items:
        dues = [d.due for d in item_deadlines(item, cal, limits) if d.status == DeadlineStatus.OPEN]
        overdue, due_soon = any(d < today for d in dues), any(today <= d <= soon for d in dues)
        if overdue or due_soon:
            a, b = out.get(item.handler_id, ((), ()))
            out[item.handler_id] = (a + (item.id,) * overdue, b + (item.id,) * due_soon)
    return out


def with_intake(urgent: tuple[OfficerUrgent, ...], items: dict[int | None, tuple[tuple[int, ...], tuple[int, ...]]],
                names: dict[int, str]) -> tuple[OfficerUrgent, ...]:
    """The cases' urgent figures per officer with the intake items' added; unassigned last."""
    by = {u.officer_id: u for u in urgent}
    for officer, (overdue, due_soon) in items.items():
        base = by.get(officer) or OfficerUrgent(officer, names.get(officer, ""), 0, 0)
        by[officer] = OfficerUrgent(base.officer_id, base.name, base.overdue, base.due_soon, len(overdue),
                                    len(due_soon), overdue, due_soon)
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
