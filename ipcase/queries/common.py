"""Small read-side helpers shared by the query modules."""
from __future__ import annotations

from datetime import date

from ipcase.db.models.cases import DeadlineRow
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.cases.deadlines import urgency
from ipcase.domain.enums import DeadlineStatus
from ipcase.domain.periods import working_days_until
from ipcase.dto.cases import DeadlineInfo


def dispute_parties(requesters: str, respondents: str) -> str:
    """Who a matter is between, for a list line whose time limit belongs to the whole matter (结案期限, 立案审查期限):
    "请求人 与 被请求人", or the one side known."""
    return " 与 ".join(side for side in (requesters, respondents) if side)


def deadline_info(row: DeadlineRow, *, case_number: str | None, party_name: str, today: date,
                  cal: OfficialCalendar, patent_number: str = "", officer_name: str = "") -> DeadlineInfo:
    open_ = row.status == DeadlineStatus.OPEN
    return DeadlineInfo(
        id=row.id, case_id=row.case_id, case_number=case_number, code=row.code, party_name=party_name,
        start_date=row.start_date, due_date=row.due_date, provisional=row.provisional, basis=row.basis,
        status=row.status, met_date=row.met_date, paused=row.paused,
        urgency=urgency(row.due_date, today, cal, code=row.code) if open_ and not row.paused else "",
        days_remaining=(row.due_date - today).days,
        working_days_remaining=working_days_until(today, row.due_date, cal),
        patent_number=patent_number, officer_name=officer_name,
    )
