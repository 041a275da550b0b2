"""The whole adjudication lifecycle through the services, on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hearing_helpers import notify_side

from case_helpers import Driver, at
from ipcase.domain.enums import CaseState, PartyRole
from ipcase.errors import (
    ConcurrentModification,
    PermissionDenied,
    TransitionRefused,
    ValidationErrors,
    ValidationFailed,
)
from ipcase.queries.cases.deadlines import my_deadlines


def dl(detail, code):
    return [d for d in detail.deadlines if d.code == code]


def test_request_to_ruling_with_every_deadline(new_uow, staff):
    c = Driver.new(new_uow, staff, at(date(2025, 9, 30)), received=date(2025, 9, 30))
    d = c.detail(date(2025, 9, 30))
    assert d.state == CaseState.RECEIVED and d.case_number is None
    assert dl(d, "D1")[0].due_date == date(2025, 10, 14)   # DOMAIN §6 worked example
    assert "register" not in d.allowed_actions                # no panel yet

    c.panel(at(date(2025, 10, 9)))
    assert "register" in c.detail(date(2025, 10, 9)).allowed_actions
    c.act("register", {"registered_date": date(2025, 7, 4) + timedelta(days=97)}, at(date(2025, 10, 9)))
    d = c.detail(date(2025, 10, 9))
    assert d.state == CaseState.RECEIVED and d.approvals[0].status == "pending"   # waits for the 部门负责人
    c.approve(at(date(2025, 10, 10)))
    d = c.detail(date(2025, 10, 10))
    assert d.state == CaseState.REGISTERED
    assert d.case_number == "测试市知裁字〔2025〕1号"
    assert dl(d, "D1")[0].status == "met"
    assert dl(d, "D2")[0].due_date == date(2025, 10, 15)   # Sat 10-11 is a 调休 working day
    assert dl(d, "D12")[0].due_date == date(2026, 1, 9)

    requester = c.party_ids(PartyRole.REQUESTER, date(2025, 10, 10))[0]
    respondent = c.party_ids(PartyRole.RESPONDENT, date(2025, 10, 10))[0]
    c.serve("serve_registration_notice", {requester: date(2025, 10, 13)}, "direct",
          at(date(2025, 10, 13)), who=staff.clerk)
    c.serve("serve_copy", {respondent: date(2025, 9, 20) + timedelta(days=24)}, "post",
          at(date(2025, 10, 14)), who=staff.clerk)
    d = c.detail(date(2025, 10, 14))
    assert d.state == CaseState.ANSWER_PERIOD
    assert dl(d, "D2")[0].status == "met"
    d3 = dl(d, "D3")[0]
    assert d3.due_date == date(2025, 10, 29) and d3.party_name.startswith("义乌市")
    with pytest.raises(TransitionRefused) as e:
        c.act("answer_period_over", {}, at(date(2025, 10, 20)))
    assert e.value.code == "answer_period_running"

    c.act("receive_answer", {"party_id": respondent, "received_date": date(2025, 10, 24)}, at(date(2025, 10, 24)),
          who=staff.clerk)
    d = c.detail(date(2025, 10, 24))
    assert d.state == CaseState.INVESTIGATION
    assert dl(d, "D3")[0].status == "met"
    assert dl(d, "D4")[0].due_date == date(2025, 10, 31)
    c.act("forward_answer", {"forwarded_date": date(2025, 10, 27)}, at(date(2025, 10, 27)), who=staff.clerk)
    assert dl(c.detail(date(2025, 10, 27)), "D4")[0].status == "met"

    c.act("schedule_hearing", {"hearing_at": datetime(2025, 11, 12, 9, 30), "room": "第一口审庭"}, at(date(2025, 10, 28)))
    with pytest.raises(TransitionRefused) as e:
        c.act("hold_hearing", {"held_date": date(2025, 11, 10)}, at(date(2025, 11, 10)))
    assert e.value.code == "held_before_scheduled"
    with pytest.raises(TransitionRefused) as e:      # 缺席审理 only after lawful written notice (M25 art 26)
        c.act("hold_hearing", {"held_date": date(2025, 11, 12), "respondent_absent": True}, at(date(2025, 11, 12)))
    assert (e.value.code, e.value.detail) == ("hearing_notice_not_served", "2025-11-06")
    notify_side(new_uow, staff, c, PartyRole.RESPONDENT, date(2025, 10, 29))
    c.act("hold_hearing", {"held_date": date(2025, 11, 12), "respondent_absent": True}, at(date(2025, 11, 12)))
    c.act("deliberate", {}, at(date(2025, 11, 14)))
    c.act("submit_closing", {"outcome": "infringement", "majority_opinion": "侵权成立"}, at(date(2025, 11, 20)))
    d = c.detail(date(2025, 11, 20))
    assert d.state == CaseState.CLOSURE_APPROVAL and d.approvals[-1].action == "close_by_ruling"
    c.approve(at(date(2025, 11, 21)))
    d = c.detail(date(2025, 11, 21))
    assert d.state == CaseState.CLOSED_RULING_INFRINGEMENT and d.closed_date == date(2025, 11, 21)
    assert dl(d, "D12")[0].status == "met"
    # A ruling is never served electronically: the case's own action follows the 送达 register's rule (issue 15)
    with pytest.raises(ValidationFailed) as e:
        c.serve("record_ruling_service", {requester: date(2025, 11, 24)}, "electronic",
              at(date(2025, 11, 25)), who=staff.clerk)
    assert (e.value.field, e.value.reason) == ("method", "electronic_not_allowed")
    c.serve("record_ruling_service", {requester: date(2025, 11, 24), respondent: date(2025, 11, 25)}, "direct",
            at(date(2025, 11, 25)), who=staff.clerk)
    d14 = {x.party_name: x.due_date for x in dl(c.detail(date(2025, 11, 25)), "D14")}
    assert sorted(d14.values()) == [date(2025, 12, 9), date(2025, 12, 10)]
    c.act("archive", {}, at(date(2025, 12, 30)), who=staff.clerk)
    d = c.detail(date(2025, 12, 30))
    assert d.state == CaseState.ARCHIVED
    kinds = [t.kind for t in d.timeline]
    assert kinds[0] == "created" and kinds[-1] == "archive" and "approval_decided" in kinds
    assert all(t.actor_name for t in d.timeline)


def test_refusals_and_roles(new_uow, staff):
    now = at(date(2026, 11, 2))
    c = Driver.new(new_uow, staff, now)
    with pytest.raises(TransitionRefused) as e:
        c.act("register", {"registered_date": date(2026, 11, 2)}, now)
    assert e.value.code == "panel_invalid"
    c.panel(now)
    with pytest.raises(PermissionDenied):
        c.act("register", {"registered_date": date(2026, 11, 2)}, now, who=staff.clerk)
    with pytest.raises(PermissionDenied):
        c.act("register", {"registered_date": date(2026, 11, 2)}, now, who=staff.admin)
    with pytest.raises(ValidationErrors) as e:
        c.act("register", {"registered_date": date(2026, 11, 5)}, now)
    assert e.value.errors[0].field == "registered_date" and e.value.errors[0].reason == "future"
    with pytest.raises(TransitionRefused) as e:
        c.act("serve_copy", {"served": {1: date(2026, 11, 2)}, "method": "post"}, now)
    assert e.value.code == "wrong_state"
    c.act("register", {"registered_date": date(2026, 11, 2)}, now)
    with pytest.raises(TransitionRefused) as e:
        c.act("register", {"registered_date": date(2026, 11, 2)}, now)
    assert e.value.code == "approval_pending"
    # only the 部门负责人 decides
    from ipcase.queries.cases.approvals import pending_approvals
    from ipcase.services.cases import actions as cases
    with new_uow() as uow:
        approval = pending_approvals(uow, viewer_id=staff.dept_head.id)[0]
    for who in (staff.officer, staff.section_head, staff.clerk):
        with pytest.raises(PermissionDenied), new_uow() as uow:
            cases.decide_approval(uow, actor_id=who.id, approval_id=approval.id, approve=True, opinion="", now=now)
    with new_uow() as uow:
        cases.review_approval(uow, actor_id=staff.section_head.id, approval_id=approval.id, opinion="拟同意", now=now)
    with pytest.raises(ValidationFailed), new_uow() as uow:   # refusing needs a reason
        cases.decide_approval(uow, actor_id=staff.dept_head.id, approval_id=approval.id, approve=False,
                              opinion="  ", now=now)
    c.approve(now, approve=False, opinion="材料不全")
    d = c.detail(date(2026, 11, 2))
    assert d.state == CaseState.RECEIVED and d.approvals[0].status == "rejected"
    assert d.approvals[0].review_opinion == "拟同意"


def test_optimistic_locking_tells_what_changed(new_uow, staff):
    now = at(date(2026, 11, 2))
    c = Driver.new(new_uow, staff, now)
    stale = c.ref.version
    c.panel(now)
    from ipcase.services.cases import actions as cases
    with pytest.raises(ConcurrentModification) as e, new_uow() as uow:
        cases.act(uow, actor_id=staff.officer2.id, case_id=c.ref.id, expected_version=stale,
                  action="request_correction", payload={"defects": "缺少登记簿副本", "correction_due": date(2026, 11, 9)},
                  now=now)
    assert e.value.actual_version == c.ref.version and any("panel" in x for x in e.value.changes)
    assert c.detail(date(2026, 11, 2)).state == CaseState.RECEIVED  # nothing was written


def registered(new_uow, staff, day: date) -> Driver:
    c = Driver.new(new_uow, staff, at(day), received=day)
    c.panel(at(day))
    c.act_approved("register", {"registered_date": day}, at(day))
    return c


def test_suspensions_pauses_and_extensions_move_the_closing_limit(new_uow, staff):
    c = registered(new_uow, staff, date(2025, 3, 3))
    base = dl(c.detail(date(2025, 3, 3)), "D12")[0].due_date
    assert base == date(2025, 6, 3)
    c.act_approved("suspend", {"ground": "invalidation_um_design", "start_date": date(2025, 3, 10)}, at(date(2025, 3, 10)))
    d = c.detail(date(2025, 3, 20))
    assert d.suspended and "resume" in d.allowed_actions and "schedule_hearing" not in d.allowed_actions
    with pytest.raises(TransitionRefused) as e:
        c.act("serve_copy", {"served": {}, "method": "post"}, at(date(2025, 3, 20)))
    assert e.value.code == "suspended"
    c.act("resume", {"resume_date": date(2025, 3, 20), "reason_text": "无效决定维持有效"}, at(date(2025, 3, 20)))
    c.act_approved("suspend", {"ground": "force_majeure", "start_date": date(2025, 4, 1)}, at(date(2025, 4, 1)))
    c.act("resume", {"resume_date": date(2025, 4, 6), "reason_text": "原因消除"}, at(date(2025, 4, 6)))
    c.act("start_pause", {"pause_kind": "appraisal", "start_date": date(2025, 4, 3)}, at(date(2025, 4, 7)))
    c.act("end_pause", {"pause_kind": "appraisal", "end_date": date(2025, 4, 11)}, at(date(2025, 4, 11)))
    # 10 days + 5 days, and the appraisal 04-03..04-10 overlaps the second suspension: 04-01..04-10 = 10 days
    d = c.detail(date(2025, 4, 11))
    assert dl(d, "D12")[0].due_date == date(2025, 6, 3) + timedelta(days=20)
    with pytest.raises(ValidationFailed) as e:
        c.act("extend_closing", {"length": 2, "unit": "months", "reason": "复杂"}, at(date(2025, 5, 6)))
    assert e.value.field == "length"
    c.act_approved("extend_closing", {"length": 1, "unit": "months", "reason": "案情复杂"}, at(date(2025, 5, 6)))
    assert dl(c.detail(date(2025, 5, 6)), "D12")[0].due_date == date(2025, 7, 23)
    c.act("extend_closing", {"length": 2, "unit": "months", "reason": "特别复杂"}, at(date(2025, 7, 1)))
    assert c.detail(date(2025, 7, 1)).approvals[-1].payload["level"] == 2   # the approver sees it is the 2nd
    with pytest.raises(ValidationFailed) as e:   # the higher office's approval must be on record
        c.approve(at(date(2025, 7, 2)))
    assert e.value.field == "higher_office_ref"
    c.approve(at(date(2025, 7, 2)), higher_office_ref="省知识产权局 知函〔2025〕3号")
    d = c.detail(date(2025, 7, 2))
    assert dl(d, "D12")[0].due_date == date(2025, 9, 23)
    assert [e.level for e in d.extensions] == [1, 2] and d.extensions[1].higher_office_ref
    assert "extend_closing" not in d.allowed_actions


def test_other_endings(new_uow, staff):
    day = date(2026, 10, 12)
    refused = Driver.new(new_uow, staff, at(day), received=day)
    refused.act_approved("refuse", {"refusal_reasons": ["outside_jurisdiction"], "reason_text": "不属于本局管辖",
                                    "decided_date": day}, at(day))
    d = refused.detail(day)
    assert d.state == CaseState.NOT_ACCEPTED and d.case_number is None
    assert d.closing_detail["refusal_reasons"] == ["outside_jurisdiction"]

    mediated = registered(new_uow, staff, day)
    mediated.act_approved("close_by_mediation", {"agreement_date": date(2026, 10, 20)}, at(date(2026, 10, 20)))
    assert mediated.detail(day).state == CaseState.CLOSED_MEDIATED

    revoked = registered(new_uow, staff, day)
    revoked.act_approved("revoke", {"revoke_reason": "limitation_defence", "reason_text": "时效抗辩成立",
                                    "decided_date": date(2026, 10, 21)}, at(date(2026, 10, 21)))
    d = revoked.detail(day)
    assert d.state == CaseState.CLOSED_REVOKED and d.closing_detail["revoke_reason"] == "limitation_defence"

    corrected = Driver.new(new_uow, staff, at(day), received=day)
    corrected.act("request_correction", {"defects": "缺少主体资格证明", "correction_due": date(2026, 10, 26)}, at(day))
    d = corrected.detail(day)
    assert d.state == CaseState.PENDING_CORRECTION and dl(d, "CORRECTION")[0].due_date == date(2026, 10, 26)
    corrected.act("correction_received", {"received_date": date(2026, 10, 19)}, at(date(2026, 10, 19)))
    assert dl(corrected.detail(day), "D1")[0].due_date == date(2026, 10, 26)
    assert [c.detail(day).case_number for c in (mediated, revoked)] == ["测试市知裁字〔2026〕1号", "测试市知裁字〔2026〕2号"]


def test_my_deadlines_lists_handled_and_panel_cases_by_due_date(new_uow, staff):
    a = registered(new_uow, staff, date(2026, 8, 3))
    b = Driver.new(new_uow, staff, at(date(2026, 10, 30)), received=date(2026, 10, 30))
    today = date(2026, 11, 2)
    with new_uow() as uow:
        mine = my_deadlines(uow, user_id=staff.officer.id, today=today)
        clerk = my_deadlines(uow, user_id=staff.clerk.id, today=today)
        nobody = my_deadlines(uow, user_id=staff.dept_head.id, today=today)
        everyone = my_deadlines(uow, user_id=staff.dept_head.id, today=today, everyone=True)
    assert [x.due_date for x in mine] == sorted(x.due_date for x in mine)
    d2 = next(x for x in mine if x.case_id == a.ref.id and x.code == "D2")
    assert d2.urgency == "overdue" and d2.days_remaining < 0
    d1 = next(x for x in mine if x.case_id == b.ref.id and x.code == "D1")
    assert d1.due_date == date(2026, 11, 6) and d1.urgency == "normal" and d1.working_days_remaining == 4
    assert {x.case_id for x in clerk} == {a.ref.id}      # the clerk sits on a's panel only
    assert nobody == () and len(everyone) == len(mine)
