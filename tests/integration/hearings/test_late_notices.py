"""Late hearing notices (issue 15, M25 art 26, D7), through the query the 文书 dialog, the batch and the 登记送达
dialog ask on SQLite and PostgreSQL: a notice issued on Sunday for a Monday hearing is late and the warning names
the last lawful day (three working days strictly between); a notice in time, another document type, or a case
without a hearing gives no warning."""
from __future__ import annotations

from datetime import date, datetime

from case_helpers import Driver, at
from ipcase.domain.enums import PartyRole
from ipcase.queries.hearings.late_notices import late_notice, late_notices

RECEIVED = date(2026, 11, 2)
HEARING = datetime(2026, 12, 14, 9, 30)     # a Monday
LATEST = date(2026, 12, 8)                  # 12-09, 12-10, 12-11 lie between


def _scheduled(new_uow, staff) -> Driver:
    c = Driver.new(new_uow, staff, at(RECEIVED), received=RECEIVED)
    c.panel(at(RECEIVED))
    c.act_approved("register", {"registered_date": RECEIVED}, at(RECEIVED))
    respondent = c.party_ids(PartyRole.RESPONDENT, RECEIVED)[0]
    c.serve("serve_copy", {respondent: RECEIVED}, "direct", at(RECEIVED), who=staff.clerk)
    c.act("receive_answer", {"party_id": respondent, "received_date": date(2026, 11, 10)}, at(date(2026, 11, 10)),
          who=staff.clerk)
    c.act("schedule_hearing", {"hearing_at": HEARING, "room": "第一口审庭"}, at(date(2026, 12, 4)))
    return c


def test_a_notice_issued_on_sunday_for_monday_is_late(new_uow, staff):
    c = _scheduled(new_uow, staff)
    other = Driver.new(new_uow, staff, at(RECEIVED), received=RECEIVED)   # no hearing: never warned
    with new_uow() as uow:
        late = late_notice(uow, case_id=c.ref.id, doc_type="hearing_notice", day=date(2026, 12, 13))
        assert (late.case_id, late.hearing_at, late.latest, late.working_days) == (c.ref.id, HEARING, LATEST, 3)
        assert late.case_number == c.ref.case_number
        assert late_notice(uow, case_id=c.ref.id, doc_type="hearing_change_notice", day=date(2026, 12, 9))
        assert late_notice(uow, case_id=c.ref.id, doc_type="hearing_notice", day=LATEST) is None
        assert late_notice(uow, case_id=c.ref.id, doc_type="investigation_notice", day=date(2026, 12, 13)) is None
        batch = late_notices(uow, case_ids=[other.ref.id, c.ref.id, c.ref.id], day=date(2026, 12, 13))
        assert [x.case_id for x in batch] == [c.ref.id]
