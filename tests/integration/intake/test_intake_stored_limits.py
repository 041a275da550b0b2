"""The intake items' stored time limits (what the dashboard counts in SQL) follow every change to the item and
to the calendar, on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date, datetime

from intake_helpers import register
from sqlalchemy import select

from ipcase.db.models.intake import IntakeDeadlineRow
from ipcase.domain.calendar import YearCalendar
from ipcase.domain.intake.items import CloseReason, TriageOutcome
from ipcase.dto.intake import TriageInput
from ipcase.dto.statistics import StatsFilter
from ipcase.queries.statistics.intake import intake_urgent
from ipcase.services.admin import holidays
from ipcase.services.intake import items as intake

NOW = datetime(2026, 11, 2, 9, 30)   # Monday; the item came in on Friday 10-30


def stored(new_uow, ref) -> list[tuple[str, date, str]]:
    with new_uow() as uow:
        rows = uow.session.scalars(select(IntakeDeadlineRow).where(IntakeDeadlineRow.item_id == ref.id)
                                   .order_by(IntakeDeadlineRow.code)).all()
        return [(r.code, r.due_date, r.status) for r in rows]


def urgent_on(new_uow, today: date, soon: date):
    with new_uow() as uow:
        figures = intake_urgent(uow.session, (), StatsFilter(date(2026, 1, 1), date(2026, 12, 31)), today, soon)
        return {h: (f.overdue, f.due_soon, tuple(f.overdue_ids), tuple(f.due_soon_ids)) for h, f in figures.items()}


def test_stored_limits_follow_the_item_and_the_holidays(new_uow, staff):
    ref = register(new_uow, staff.officer)
    assert stored(new_uow, ref) == [("intake_d1", date(2026, 11, 6), "open")]       # 5 working days
    assert urgent_on(new_uow, date(2026, 11, 4), date(2026, 11, 9)) == {staff.officer.id: (0, 1, (), (ref.id,))}
    assert urgent_on(new_uow, date(2026, 11, 9), date(2026, 11, 12)) == {staff.officer.id: (1, 0, (ref.id,), ())}

    with new_uow() as uow:
        ref = intake.extend_decision(uow, actor_id=staff.dept_head.id, item_id=ref.id, expected_version=ref.version,
                                     reason="涉及多项权利要求的技术比对", now=NOW)
    assert stored(new_uow, ref) == [("intake_d1", date(2026, 11, 13), "open")]      # + 5 working days

    # An official holiday entered for the year pushes the stored limit one working day on.
    with new_uow() as uow:
        holidays.save_holiday_year(uow, actor_id=staff.admin.id, note="测试",
                                   calendar=YearCalendar(2026, {date(2026, 11, 10): "测试假日"}, {}), now=NOW)
    assert stored(new_uow, ref) == [("intake_d1", date(2026, 11, 16), "open")]
    assert urgent_on(new_uow, date(2026, 11, 16), date(2026, 11, 19)) == {staff.officer.id: (0, 1, (), (ref.id,))}

    with new_uow() as uow:
        ref = intake.triage(uow, actor_id=staff.officer.id, item_id=ref.id, expected_version=ref.version, now=NOW,
                            decision=TriageInput(outcome=TriageOutcome.CLOSE, close_reason=CloseReason.ANSWERED,
                                                 reason_text="已电话答复"))
    assert stored(new_uow, ref) == [("intake_d1", date(2026, 11, 16), "met")]
    assert urgent_on(new_uow, date(2026, 11, 16), date(2026, 11, 19)) == {}
