"""D15: the enforcement of an infringement ruling not complied with, step by step, as deadlines on the case."""
from __future__ import annotations

from datetime import date

import pytest
from intake_helpers import ruled_case
from sqlalchemy import select

from case_helpers import at
from ipcase.db.models.cases import DeadlineRow, TimelineEntry
from ipcase.domain.cases.enforcement import EnforcementStep as S
from ipcase.domain.enums import DeadlineCode as D
from ipcase.errors import PermissionDenied, ValidationFailed
from ipcase.queries.cases.deadlines import my_deadlines
from ipcase.queries.credit.register import enforcement_record
from ipcase.services.credit.enforcement import record_enforcement_step


def _step(c, step, day, who=None, today=None):
    with c.new_uow() as uow:
        c.ref = record_enforcement_step(uow, actor_id=(who or c.staff.officer).id, case_id=c.ref.id,
                                        expected_version=c.ref.version, step=step, day=day,
                                        now=at(today or day))
    return c.ref


def _deadlines(c):
    with c.new_uow() as uow:
        rows = uow.session.scalars(select(DeadlineRow).where(DeadlineRow.case_id == c.ref.id)).all()
        return {r.code: (r.due_date, r.status, r.met_date) for r in rows if r.code.startswith("D15")}


def _refused(c, step, day, reason):
    with pytest.raises(ValidationFailed) as e:
        _step(c, step, day)
    assert e.value.reason == reason


def test_the_d15_chain_on_the_official_calendar(new_uow, staff):
    # Served on both 2026-04-03: the suit period (D14) ends Mon 2026-04-20 (Sat 04-18 rolled).
    c = ruled_case(new_uow, staff)
    _refused(c, S.NO_SUIT, date(2026, 4, 20), "suit_period_running")
    _refused(c, S.NON_COMPLIANCE, date(2026, 4, 21), "needs_no_suit")
    _step(c, S.NO_SUIT, date(2026, 4, 21))
    assert _deadlines(c) == {}                         # nothing to enforce until the party fails to comply
    _refused(c, S.DEMAND_SERVED, date(2026, 5, 6), "needs_non_compliance")
    _step(c, S.NON_COMPLIANCE, date(2026, 5, 6))
    d = _deadlines(c)
    # The office: 3 months from the end of the suit period, 2026-07-20 (a Monday);
    # the 催告书 by 07-09, so the 10 days run out inside them; the right holder: 6 months after, 2027-01-20.
    assert d[D.D15] == (date(2026, 7, 20), "open", None)
    assert d[D.D15_DEMAND] == (date(2026, 7, 9), "open", None)
    assert d[D.D15_HOLDER][0:2] == (date(2027, 1, 20), "open")
    with new_uow() as uow:   # on 我的期限 of the officer
        mine = {x.code for x in my_deadlines(uow, user_id=staff.officer.id, today=date(2026, 5, 6))}
    assert {D.D15, D.D15_DEMAND} <= mine

    _step(c, S.DEMAND_SERVED, date(2026, 5, 8))
    d = _deadlines(c)
    assert d[D.D15_DEMAND] == (date(2026, 7, 9), "met", date(2026, 5, 8))
    assert d[D.D15_WAIT][0:2] == (date(2026, 5, 18), "open")   # 10 days → Mon 05-18
    _refused(c, S.OFFICE_APPLIED, date(2026, 5, 18), "demand_period_running")
    _step(c, S.OFFICE_APPLIED, date(2026, 5, 19))
    d = _deadlines(c)
    assert d[D.D15] == (date(2026, 7, 20), "met", date(2026, 5, 19))
    assert d[D.D15_HOLDER][1] == "cancelled"
    _refused(c, S.COMPLIED, date(2026, 5, 20), "enforcement_ended")

    with new_uow() as uow:
        steps = enforcement_record(uow, case_id=c.ref.id)
        kinds = set(uow.session.scalars(select(TimelineEntry.kind).where(TimelineEntry.case_id == c.ref.id)))
    assert [s.step for s in steps] == ["no_suit", "non_compliance", "demand_served", "office_applied"]
    assert {"enforcement_no_suit", "enforcement_demand_served", "enforcement_office_applied"} <= kinds


def test_a_suit_or_compliance_ends_it_and_a_rejected_request_has_nothing_to_enforce(new_uow, staff):
    c = ruled_case(new_uow, staff)
    _step(c, S.SUIT_FILED, date(2026, 4, 15))
    _refused(c, S.NO_SUIT, date(2026, 4, 21), "enforcement_ended")
    assert _deadlines(c) == {}

    c2 = ruled_case(new_uow, staff, respondent="义乌市另一商行", credit_code="")
    _step(c2, S.NO_SUIT, date(2026, 4, 21))
    _step(c2, S.NON_COMPLIANCE, date(2026, 4, 22))
    _step(c2, S.COMPLIED, date(2026, 4, 30))
    assert {code: status for code, (_, status, _) in _deadlines(c2).items()} == {
        D.D15: "cancelled", D.D15_DEMAND: "cancelled", D.D15_HOLDER: "cancelled"}

    rejected = ruled_case(new_uow, staff, respondent="义乌市第三商行", credit_code="", outcome="rejected")
    _refused(rejected, S.NO_SUIT, date(2026, 4, 21), "no_infringement_ruling")


def test_only_officers_record_steps_and_not_in_the_future(new_uow, staff):
    c = ruled_case(new_uow, staff)
    with pytest.raises(PermissionDenied):
        _step(c, S.NO_SUIT, date(2026, 4, 21), who=staff.clerk)
    with pytest.raises(ValidationFailed) as e:
        _step(c, S.NO_SUIT, date(2026, 4, 22), today=date(2026, 4, 21))
    assert e.value.reason == "future"
