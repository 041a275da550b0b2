"""The credit list: 认定 → 告知 → 陈述申辩 → 列入 (approved by the 部门负责人, audited) → 移出 / 信用修复, each step's
deadline on the official calendar, and the flag on a new case or intake item."""
from __future__ import annotations

from datetime import date

import pytest
from intake_helpers import RESPONDENT, RESPONDENT_CODE, register, ruled_case
from sqlalchemy import select

from case_helpers import Driver, at
from ipcase.db.models.audit import AuditEntry
from ipcase.domain.cases.enforcement import EnforcementStep
from ipcase.domain.credit.listing import Ground
from ipcase.domain.enums import PartyKind, PartyRole
from ipcase.domain.identifiers import make_credit_code
from ipcase.dto.cases import PartyInput
from ipcase.errors import ConcurrentModification, PermissionDenied, ValidationErrors, ValidationFailed
from ipcase.queries.credit.register import case_credit_flags, credit_flags, credit_register, item_credit_flags
from ipcase.services.credit import listings as credit
from ipcase.services.credit.enforcement import record_enforcement_step


def _identify(c, ground=Ground.REPEAT_INFRINGEMENT, day=date(2026, 5, 6)):
    party = c.party_ids(PartyRole.RESPONDENT, day)[0]
    with c.new_uow() as uow:
        return credit.identify(uow, actor_id=c.staff.officer.id, case_id=c.ref.id, party_id=party, ground=ground,
                               facts="在本局（2026）裁决认定侵权后，再次销售同一专利的侵权产品。", now=at(day))


def _do(c, fn, ref, today, who=None, **kw):
    with c.new_uow() as uow:
        return fn(uow, actor_id=(who or c.staff.officer).id, listing_id=ref.id, expected_version=ref.version,
                  now=at(today), **kw)


def _row(c, listing_id):
    with c.new_uow() as uow:
        return next(r for r in credit_register(uow) if r.id == listing_id)


def _refused(why, fn, *a, **kw):
    with pytest.raises(ValidationFailed) as e:
        fn(*a, **kw)
    assert e.value.reason == why


def test_the_listing_workflow_with_its_deadlines_approval_and_audit(new_uow, staff):
    c = ruled_case(new_uow, staff)
    _refused("no_non_compliance", _identify, c, Ground.NON_EXECUTION)
    ref = _identify(c)
    _refused("notice_not_served", _do, c, credit.propose, ref, date(2026, 5, 6))
    ref = _do(c, credit.record_notice_served, ref, date(2026, 5, 7), day=date(2026, 5, 7))
    # 陈述、申辩 within 5 working days of Thu 05-07: Fri 08, Sat 09 (调休上班 after 劳动节), Mon 11, Tue 12, Wed 13.
    row = _row(c, ref.id)
    assert (row.next_step, row.next_due) == ("statement", date(2026, 5, 13))
    _refused("statement_period_running", _do, c, credit.propose, ref, date(2026, 5, 13))
    ref = _do(c, credit.propose, ref, date(2026, 5, 14))
    assert ref.status == "proposed"

    # Only the 部门负责人 decides, and a stale form is refused.
    with pytest.raises(PermissionDenied):
        _do(c, credit.decide, ref, date(2026, 5, 18), approve=True, opinion="")
    with pytest.raises(ConcurrentModification):
        _do(c, credit.decide, type(ref)(ref.id, ref.version - 1, ref.status), date(2026, 5, 18),
            who=staff.dept_head, approve=True, opinion="")
    _refused("required", _do, c, credit.decide, ref, date(2026, 5, 18), who=staff.dept_head, approve=False,
             opinion=" ")
    ref = _do(c, credit.decide, ref, date(2026, 5, 18), who=staff.dept_head, approve=True, opinion="同意列入")
    row = _row(c, ref.id)
    assert (row.status, row.listed_on, row.period_end) == ("listed", date(2026, 5, 18), date(2029, 5, 18))
    assert (row.next_step, row.next_due) == ("removal", date(2029, 5, 18))

    with new_uow() as uow:   # the audit chain holds who listed the party, under the gesture's name
        entries = uow.session.execute(select(AuditEntry.operation, AuditEntry.changes, AuditEntry.actor_id,
                                             AuditEntry.action).where(AuditEntry.record_kind == "credit_listings")).all()
    decided = [(who, action) for op, changes, who, action in entries if op == "update" and '"listed"' in changes]
    assert decided == [(staff.dept_head.id, "credit.decide")]

    # 信用修复: not before 12 months listed; then the 部门负责人 decides within 15 working days.
    _refused("repair_too_early", _do, c, credit.apply_repair, ref, date(2027, 5, 17), day=date(2027, 5, 17),
             reason="已停止侵权并赔偿")
    ref = _do(c, credit.apply_repair, ref, date(2027, 5, 18), day=date(2027, 5, 18), reason="已停止侵权并赔偿")
    assert _row(c, ref.id).next_step == "repair_decision"
    ref = _do(c, credit.decide_repair, ref, date(2027, 5, 20), who=staff.dept_head, approve=False,
              opinion="尚未履行赔偿")
    assert ref.status == "listed"
    _refused("period_running", _do, c, credit.remove, ref, date(2029, 5, 17))
    ref = _do(c, credit.remove, ref, date(2029, 5, 18))
    row = _row(c, ref.id)
    assert (row.status, row.removed_on, row.removal_reason, row.next_step) == (
        "removed", date(2029, 5, 18), "period_end", "")


def test_an_approved_repair_removes_the_party_early(new_uow, staff):
    c = ruled_case(new_uow, staff)
    ref = _identify(c)
    ref = _do(c, credit.record_notice_served, ref, date(2026, 5, 7), day=date(2026, 5, 7))
    ref = _do(c, credit.record_statement, ref, date(2026, 5, 8), day=date(2026, 5, 8), statement="已停止销售")
    ref = _do(c, credit.propose, ref, date(2026, 5, 8))        # the party spoke: no need to wait
    ref = _do(c, credit.decide, ref, date(2026, 5, 11), who=staff.dept_head, approve=True, opinion="同意")
    ref = _do(c, credit.apply_repair, ref, date(2027, 5, 11), day=date(2027, 5, 11), reason="整改完毕")
    ref = _do(c, credit.decide_repair, ref, date(2027, 5, 12), who=staff.dept_head, approve=True, opinion="同意修复")
    row = _row(c, ref.id)
    assert (row.status, row.removal_reason, row.removed_on) == ("removed", "repair", date(2027, 5, 12))


def test_non_execution_rests_on_the_recorded_non_compliance(new_uow, staff):
    c = ruled_case(new_uow, staff)
    for step, day in ((EnforcementStep.NO_SUIT, date(2026, 4, 21)), (EnforcementStep.NON_COMPLIANCE, date(2026, 5, 6))):
        with new_uow() as uow:
            c.ref = record_enforcement_step(uow, actor_id=staff.officer.id, case_id=c.ref.id,
                                            expected_version=c.ref.version, step=step, day=day, now=at(day))
    assert _identify(c, Ground.NON_EXECUTION).status == "identified"


def test_the_flag_on_a_new_case_and_an_intake_item(new_uow, staff):
    c = ruled_case(new_uow, staff)
    _identify(c)
    with new_uow() as uow:
        # The same code written another way; a name variant with the same code; another code under the same name.
        same = credit_flags(uow, parties=[(RESPONDENT + " ", RESPONDENT_CODE.lower(), "")])
        other = credit_flags(uow, parties=[(RESPONDENT, make_credit_code("92330782MA2CD9999"), "")])
        by_name = credit_flags(uow, parties=[("义乌市鼎盛贸易商行", "", "")])
    assert [(f.matched_by, f.status) for f in same] == [("credit_code", "identified")]
    assert other == ()
    assert [f.matched_by for f in by_name] == ["name"]

    # A new case against the same respondent shows it; the case the listing rests on does not flag itself.
    new_case = Driver.new(new_uow, staff, at(date(2026, 6, 1)), received=date(2026, 6, 1), respondents=(
        PartyInput(RESPONDENT, PartyKind.UNINCORPORATED, RESPONDENT_CODE),))
    with new_uow() as uow:
        assert [f.case_number for f in case_credit_flags(uow, case_id=new_case.ref.id)] == [c.ref.case_number]
        assert case_credit_flags(uow, case_id=c.ref.id) == ()
    item = register(new_uow, staff.clerk)
    with new_uow() as uow:
        assert [f.party_name for f in item_credit_flags(uow, item_id=item.id)] == [RESPONDENT]


def test_the_periods_are_the_offices_settings(new_uow, staff):
    from ipcase.domain.credit.listing import CreditSettings
    from ipcase.queries.credit.register import credit_settings_page
    from ipcase.services.credit.settings import update_credit_settings
    with new_uow() as uow:
        assert credit_settings_page(uow, office_id=staff.office.id) == (CreditSettings(), 0)
    with pytest.raises(ValidationErrors), new_uow() as uow:
        update_credit_settings(uow, actor_id=staff.admin.id, settings=CreditSettings(listing_years=0),
                               expected_version=0)
    with new_uow() as uow:
        update_credit_settings(uow, actor_id=staff.admin.id, expected_version=0,
                               settings=CreditSettings(listing_years=1, statement_working_days=7))
    c = ruled_case(new_uow, staff)
    ref = _identify(c)
    ref = _do(c, credit.record_notice_served, ref, date(2026, 5, 7), day=date(2026, 5, 7))
    # 7 working days from Thu 05-07 (Sat 05-09 a 调休 workday): 08, 09, 11, 12, 13, 14, 15.
    assert _row(c, ref.id).next_due == date(2026, 5, 15)
    _refused("statement_period_running", _do, c, credit.propose, ref, date(2026, 5, 15))
    ref = _do(c, credit.propose, ref, date(2026, 5, 18))
    ref = _do(c, credit.decide, ref, date(2026, 5, 19), who=staff.dept_head, approve=True, opinion="同意")
    assert _row(c, ref.id).period_end == date(2027, 5, 19)
