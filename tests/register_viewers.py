"""A generated register for the PostgreSQL register tests (80 cases with their 收案登记 items and 调解 cases, two
sub-offices) and its two viewers: an officer of the top office and one of the sub-office with the most items."""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from ipcase.db.models.admin import Office, User
from ipcase.db.models.intake import IntakeItem
from ipcase.demo.bulk import generate


def generated_register(new_uow, today: date) -> tuple[tuple[int, int], tuple[int, int]]:
    """((top office's officer, its office id), (the busiest sub-office's officer, its office id))."""
    generate(new_uow, cases=80, today=today, seed=19, years=1, sub_offices=2)
    with new_uow() as uow:
        s = uow.session
        top = s.scalar(select(Office.id).where(Office.parent_id.is_(None)).order_by(Office.id))
        officers = s.execute(select(User.id, User.office_id).where(User.active.is_(True), User.role == "officer")
                             .order_by(User.id)).all()
        busiest = s.scalar(select(IntakeItem.office_id).where(IntakeItem.office_id != top)
                           .group_by(IntakeItem.office_id).order_by(func.count().desc(), IntakeItem.office_id)
                           .limit(1))
    return ((next(u for u, o in officers if o == top), top), (next(u for u, o in officers if o == busiest), busiest))
