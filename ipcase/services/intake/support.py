"""The intake item's stored time limits, recomputed after every gesture (the dashboard counts them in SQL)."""
from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.orm import Session

from ipcase.db.models.intake import IntakeDeadlineRow, IntakeItem
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.intake.items import IntakeLimits
from ipcase.loaders.intake import item_deadlines, load_limits
from ipcase.loaders.settings import load_calendar


def recompute_item_deadlines(s: Session, item: IntakeItem, cal: OfficialCalendar | None = None,
                             limits: IntakeLimits | None = None) -> None:
    """Replace the stored time limits of `item` with a fresh computation (the dashboard counts these in SQL)."""
    cal = cal or load_calendar(s)
    limits = limits or load_limits(s, item.office_id)
    s.execute(delete(IntakeDeadlineRow).where(IntakeDeadlineRow.item_id == item.id))
    s.add_all(IntakeDeadlineRow(item_id=item.id, code=d.code.value, start_date=d.start, due_date=d.due,
                                provisional=d.provisional, status=d.status.value, met_date=d.met_date)
              for d in item_deadlines(item, cal, limits))
