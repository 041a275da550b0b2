"""Stand-alone mediation cases through the real services on SQLite and PostgreSQL: each kind's flow, refusal and
no-show paths, the damages kind without a ruling, the provisional fee before grant, D19 extended only by the
部门负责人's approval, gapless 案号 from the office's pattern, stored time limits in "my deadlines", the pool."""
from __future__ import annotations

from datetime import date

import pytest
from intake_helpers import ruled_case
from mediation_case_helpers import PATENT, MedDriver, at, request

from ipcase.domain.enums import PartyKind
from ipcase.domain.mediation.cases import MediationKind, MediationState
from ipcase.dto.cases import AgentInput, PartyInput
from ipcase.dto.mediation import MediationCaseFilter, MediatorPoolInput
from ipcase.errors import (
    ConcurrentModification,
    PermissionDenied,
    TransitionRefused,
    ValidationErrors,
    ValidationFailed,
)
from ipcase.queries.cases import deadlines as deadline_queries
from ipcase.queries.cases.approvals import pending_approvals
from ipcase.queries.mediation import cases as q
from ipcase.services.mediation import cases as mediation_cases
from ipcase.services.mediation import mediators

K, S = MediationKind, MediationState
DAY = date(2026, 10, 26)


def _codes(detail) -> dict[str, tuple[date, str]]:
    return {d.code: (d.due_date, d.status) for d in detail.deadlines}


def _fields(exc: ValidationErrors) -> dict[str, str]:
    return {e.field: e.reason for e in exc.errors}


def test_ownership_case_from_request_to_agreement_and_the_copy_to_cnipa(new_uow, staff):
    c = MedDriver.new(new_uow, staff, at(DAY))
    d = c.detail(DAY)
    assert d.state == S.RECEIVED and d.officer_name == "张伟" and d.case_number is None
    assert _codes(d) == {"D16": (date(2026, 11, 2), "open")}
    assert d.allowed_actions == ("serve_notice", "revoke")
    c.act("serve_notice", {"served_date": date(2026, 10, 28), "method": "post"}, at(date(2026, 10, 28)),
          who=staff.clerk)
    c.act("receive_statement", {"received_date": date(2026, 11, 2), "agrees": True}, at(date(2026, 11, 2)),
          who=staff.clerk)
    d = c.detail(date(2026, 11, 2))
    assert _codes(d)["D17"] == (date(2026, 11, 12), "met") and _codes(d)["D18"] == (date(2026, 11, 9), "open")
    c.act("register", {"registered_date": date(2026, 11, 2), "session_at": at(date(2026, 11, 10), 9),
                       "place": "第一调解室"}, at(date(2026, 11, 2)))
    d = c.detail(date(2026, 11, 2))
    assert d.state == S.REGISTERED and d.case_number == "测试市知调字〔2026〕1号"
    assert _codes(d)["D18"] == (date(2026, 11, 9), "met") and _codes(d)["D19"] == (date(2027, 1, 4), "open")
    assert "close_agreement" not in d.allowed_actions            # no signed agreement yet
    with pytest.raises(TransitionRefused) as e:
        c.act("close_agreement", {"closed_date": date(2026, 11, 2)}, at(date(2026, 11, 2)))
    assert e.value.code == "mediation_no_signed_agreement"
    c.sign_agreement(date(2026, 11, 2))
    assert "close_agreement" in c.detail(date(2026, 11, 2)).allowed_actions
    c.act("close_agreement", {"closed_date": date(2026, 11, 2)}, at(date(2026, 11, 2)))
    d = c.detail(date(2026, 11, 2))
    assert d.state == S.CLOSED_AGREEMENT and d.closing_detail == {"agreement_date": "2026-11-02"}
    assert _codes(d)["D19"][1] == "met" and _codes(d)["D20"] == (date(2026, 11, 9), "open")
    with new_uow() as uow:      # the office's copy to CNIPA is in the officer's "my deadlines"
        mine = deadline_queries.my_deadlines(uow, user_id=staff.officer.id, today=date(2026, 11, 2))
    # with the mediation feature's judicial-confirmation window (D21) of the same agreement
    assert sorted((x.code, x.case_number, x.mediation_case_id) for x in mine) == [
        ("D20", d.case_number, d.id), ("D21", d.case_number, d.id)]
    c.act("record_cnipa_copy", {"copied_date": date(2026, 11, 2)}, at(date(2026, 11, 2)), who=staff.clerk)
    assert _codes(c.detail(date(2026, 11, 2)))["D20"][1] == "met"
    kinds = [t.kind for t in c.detail(date(2026, 11, 2)).timeline]
    assert kinds[0] == "created" and kinds[-1] == "record_cnipa_copy" and "mediation_agreement" in kinds


def test_refused_when_the_respondent_declines_or_stays_silent(new_uow, staff):
    declined = MedDriver.new(new_uow, staff, at(DAY), kind=K.EMPLOYEE_REWARD)
    declined.act("serve_notice", {"served_date": DAY, "method": "direct"}, at(DAY))
    declined.act("receive_statement", {"received_date": date(2026, 10, 29), "agrees": False}, at(date(2026, 10, 29)))
    d = declined.detail(date(2026, 10, 29))
    assert "register" not in d.allowed_actions and "refuse" in d.allowed_actions
    declined.act("refuse", {"decided_date": date(2026, 10, 30)}, at(date(2026, 10, 30)))
    d = declined.detail(date(2026, 10, 30))
    assert d.state == S.NOT_REGISTERED and d.closing_detail["ground"] == "declined"
    assert "mediation_refusal_notice" in d.documents_offered

    silent = MedDriver.new(new_uow, staff, at(DAY), kind=K.INVENTOR)
    silent.act("serve_notice", {"served_date": DAY, "method": "direct"}, at(DAY))
    assert _codes(silent.detail(DAY))["D17"] == (date(2026, 11, 10), "open")
    with pytest.raises(TransitionRefused) as e:
        silent.act("refuse", {"decided_date": date(2026, 11, 10)}, at(date(2026, 11, 10)))
    assert e.value.code == "mediation_statement_period_running"
    silent.act("refuse", {"decided_date": date(2026, 11, 11)}, at(date(2026, 11, 11)))
    d = silent.detail(date(2026, 11, 11))
    assert d.closing_detail["ground"] == "silent" and _codes(d)["D18"] == (date(2026, 11, 17), "met")


@pytest.mark.parametrize("action,ground", [("requester_no_show", "requester_no_show"),
                                           ("respondent_no_show", "respondent_no_show")])
def test_no_shows_revoke_the_case(new_uow, staff, action, ground):
    c = MedDriver.new(new_uow, staff, at(DAY), kind=K.OTHER, patent_number="")
    c.register(DAY)
    c.act(action, {"decided_date": date(2026, 11, 2), "reason_text": "经两次通知未到场"}, at(date(2026, 11, 2)))
    d = c.detail(date(2026, 11, 2))
    assert d.state == S.CLOSED_REVOKED and d.closing_detail == {"ground": ground, "reason_text": "经两次通知未到场"}
    assert "mediation_revocation_notice" in d.documents_offered and "D19" not in _codes(d)


def test_damages_needs_an_infringement_ruling(new_uow, staff):
    with new_uow() as uow, pytest.raises(ValidationErrors) as e:
        mediation_cases.register_request(uow, actor_id=staff.officer.id, data=request(K.DAMAGES), now=at(DAY))
    assert _fields(e.value) == {"ruling_reference": "mediation_ruling_required"}
    with new_uow() as uow, pytest.raises(ValidationErrors) as e:
        mediation_cases.register_request(uow, actor_id=staff.officer.id, now=at(DAY),
                                         data=request(K.DAMAGES, ruling_reference="（2026）浙01民初1号"))
    assert _fields(e.value) == {"ruling_copy": "mediation_copy_required"}
    rejected = ruled_case(new_uow, staff, outcome="rejected")
    with new_uow() as uow, pytest.raises(ValidationErrors) as e:
        mediation_cases.register_request(uow, actor_id=staff.officer.id, now=at(DAY),
                                         data=request(K.DAMAGES, ruling_case_id=rejected.ref.id))
    assert _fields(e.value) == {"ruling_case_id": "mediation_not_infringement_ruling"}
    ruled = ruled_case(new_uow, staff, received=date(2026, 3, 9))
    with new_uow() as uow:
        choices = q.ruling_choices(uow, office_id=staff.office.id)
    assert [x.case_id for x in choices] == [ruled.ref.id]
    c = MedDriver.new(new_uow, staff, at(DAY), kind=K.DAMAGES, ruling_case_id=ruled.ref.id, amount_claimed="30万元")
    d = c.detail(DAY)
    assert d.ruling_case_number == ruled.ref.case_number and d.amount_claimed == "30万元"
    external = MedDriver.new(new_uow, staff, at(DAY), kind=K.DAMAGES, ruling_reference="（2026）浙01民初1号",
                             ruling_copy_name="判决书.pdf", ruling_copy=b"%PDF-1.4 copy")
    external.register(DAY)
    assert external.detail(DAY).state == S.REGISTERED


def test_a_party_is_checked_field_by_field_like_on_a_request_for_adjudication(new_uow, staff):
    bad = PartyInput("", PartyKind.LEGAL, "91330106MA2B1234X", agents=(AgentInput("", "浙江知衡律师事务所"),))
    with new_uow() as uow, pytest.raises(ValidationErrors) as e:
        mediation_cases.register_request(uow, actor_id=staff.officer.id, now=at(DAY),
                                         data=request(requesters=(bad,), respondents=()))
    assert _fields(e.value) == {"requesters[0].name": "required", "requesters[0].credit_code": "format",
                                "requesters[0].agents[0].name": "required", "respondents": "required"}


def test_provisional_fee_only_after_grant(new_uow, staff):
    for grant, reason in ((None, "required"), (date(2026, 10, 27), "mediation_after_request"),
                          (date(1984, 12, 31), "before_patent_law")):   # 专利法 in force from 1985-04-01
        with new_uow() as uow, pytest.raises(ValidationErrors) as e:
            mediation_cases.register_request(uow, actor_id=staff.officer.id, now=at(DAY),
                                             data=request(K.PROVISIONAL_FEE, grant_date=grant))
        assert _fields(e.value) == {"grant_date": reason}
    c = MedDriver.new(new_uow, staff, at(DAY), kind=K.PROVISIONAL_FEE, grant_date=date(2026, 6, 2))
    c.register(DAY)
    assert c.detail(DAY).state == S.REGISTERED


def test_d19_is_extended_only_by_the_department_heads_approval(new_uow, staff):
    c = MedDriver.new(new_uow, staff, at(DAY))
    c.register(DAY)
    assert _codes(c.detail(DAY))["D19"] == (date(2026, 12, 28), "open")   # 12-26 is a Saturday
    c.act("extend_limit", {"reason": "需要调取国家知识产权局档案"}, at(DAY))
    d = c.detail(DAY, viewer=staff.dept_head)
    assert d.extension_status == "pending" and d.can_decide_extension
    with new_uow() as uow:   # in the 工作台 approval queue of the 部门负责人 (and of who proposed it)
        queued = [a for a in pending_approvals(uow, viewer_id=staff.dept_head.id) if a.mediation_case_id]
        mine = [a.mediation_case_id for a in pending_approvals(uow, viewer_id=staff.officer.id)]
        others = [a.mediation_case_id for a in pending_approvals(uow, viewer_id=staff.officer2.id)]
    assert [(a.mediation_case_id, a.action, a.payload["reason"]) for a in queued] == [
        (c.ref.id, "mediation_extend_limit", "需要调取国家知识产权局档案")]
    assert mine == [c.ref.id] and others == []
    assert not c.detail(DAY).can_decide_extension
    assert _codes(d)["D19"][0] == date(2026, 12, 28)                      # nothing changes before the decision
    for who in (staff.officer, staff.section_head):
        with new_uow() as uow, pytest.raises(PermissionDenied):
            mediation_cases.decide_extension(uow, actor_id=who.id, case_id=c.ref.id, approve=True, opinion="",
                                             now=at(DAY))
    with new_uow() as uow, pytest.raises(ValidationFailed):
        mediation_cases.decide_extension(uow, actor_id=staff.dept_head.id, case_id=c.ref.id, approve=False,
                                         opinion=" ", now=at(DAY))
    with new_uow() as uow:
        mediation_cases.decide_extension(uow, actor_id=staff.dept_head.id, case_id=c.ref.id, approve=True,
                                         opinion="同意延长一个月", now=at(DAY))
    d = c.detail(DAY)
    assert d.extension_status == "approved" and _codes(d)["D19"][0] == date(2027, 1, 26)
    assert "extend_limit" not in d.allowed_actions
    with new_uow() as uow:
        pending = q.list_cases(uow, MediationCaseFilter(extension_pending=True), today=DAY)
    assert pending.total == 0
    with new_uow() as uow:
        assert [a for a in pending_approvals(uow, viewer_id=staff.dept_head.id) if a.mediation_case_id] == []


def test_numbers_follow_the_pattern_gapless_and_roles_are_enforced(new_uow, staff):
    with new_uow() as uow, pytest.raises(PermissionDenied):
        mediation_cases.update_case_number_pattern(uow, actor_id=staff.officer.id, pattern="{机关简称}调〔{YYYY}〕{n}号",
                                                   expected_version=0)
    with new_uow() as uow, pytest.raises(ValidationFailed):
        mediation_cases.update_case_number_pattern(uow, actor_id=staff.admin.id, pattern="调{n}号", expected_version=0)
    with new_uow() as uow:
        mediation_cases.update_case_number_pattern(uow, actor_id=staff.admin.id, pattern="{机关简称}知调〔{YYYY}〕{n}号",
                                                   expected_version=0)
    numbers = []
    for _ in range(2):
        c = MedDriver.new(new_uow, staff, at(DAY), who=staff.clerk)
        assert c.detail(DAY).officer_name == ""               # a clerk registering is nobody's officer
        with pytest.raises(PermissionDenied):
            c.act("register", {}, at(DAY), who=staff.clerk)
        c.register(DAY)
        numbers.append(c.detail(DAY).case_number)
    assert numbers == ["测试市知调〔2026〕1号", "测试市知调〔2026〕2号"]
    stale = c.ref
    c.act("reschedule", {"session_at": at(date(2026, 11, 20), 9), "place": "第二调解室"}, at(DAY))
    with new_uow() as uow, pytest.raises(ConcurrentModification) as e:
        mediation_cases.act(uow, actor_id=staff.officer.id, case_id=stale.id, expected_version=stale.version,
                            action="revoke", payload={"mediation_ground": "withdrawal", "decided_date": DAY}, now=at(DAY))
    assert any("reschedule" in x for x in e.value.changes)


def test_pool_of_mediators_filtered_by_expertise_and_assigned(new_uow, staff):
    with new_uow() as uow:
        staff_id = mediators.save_mediator(uow, actor_id=staff.officer.id,
                                           data=MediatorPoolInput(user_id=staff.officer2.id, expertise=("机械",)))
    with new_uow() as uow:
        expert = mediators.save_mediator(uow, actor_id=staff.officer.id, data=MediatorPoolInput(
            name="郑国华", organization="某市知识产权纠纷人民调解委员会", phone="0571-8888",
            expertise=("电子、通信；职务发明",)))
    with new_uow() as uow, pytest.raises(ValidationErrors):
        mediators.save_mediator(uow, actor_id=staff.officer.id, data=MediatorPoolInput(name=" "))
    with new_uow() as uow:
        found = q.mediators(uow, office_id=staff.office.id, expertise="职务发明")
    assert [(m.name, m.expertise) for m in found] == [("郑国华", ("电子", "通信", "职务发明"))]
    c = MedDriver.new(new_uow, staff, at(DAY))
    with new_uow() as uow:
        c.ref = mediation_cases.assign_mediators(uow, actor_id=staff.officer.id, case_id=c.ref.id,
                                                 expected_version=c.ref.version, mediator_ids=(expert, staff_id),
                                                 now=at(DAY))
    d = c.detail(DAY)
    assert [m.name for m in d.mediators] == ["郑国华", "李娜"]
    with new_uow() as uow:      # the staff mediator sees the case's limits in "my deadlines"
        theirs = deadline_queries.my_deadlines(uow, user_id=staff.officer2.id, today=DAY)
        pool = q.mediators(uow, office_id=staff.office.id)
    assert [x.code for x in theirs] == ["D16"] and {m.name: m.open_cases for m in pool} == {"李娜": 1, "郑国华": 1}
    with new_uow() as uow, pytest.raises(PermissionDenied):
        mediators.save_mediator(uow, actor_id=staff.clerk.id, data=MediatorPoolInput(name="某人"))


def test_list_filters_and_search(new_uow, staff):
    a = MedDriver.new(new_uow, staff, at(DAY))
    MedDriver.new(new_uow, staff, at(DAY), kind=K.OTHER, patent_number="")
    a.register(DAY)
    with new_uow() as uow:
        def ids(**flt):
            return [r.id for r in q.list_cases(uow, MediationCaseFilter(**flt), today=DAY).rows]
        assert ids(states=(S.REGISTERED,)) == [a.ref.id]
        assert ids(kinds=(K.OWNERSHIP,)) == [a.ref.id]
        assert ids(text="志远") == ids() and len(ids()) == 2             # a respondent's name, any substring
        assert ids(text="知调字〔2026〕1") == [a.ref.id]
        assert ids(text=PATENT.removeprefix("ZL")) == [a.ref.id]
        row = q.list_cases(uow, MediationCaseFilter(states=(S.REGISTERED,)), today=DAY).rows[0]
    assert row.next_due_code == "D19" and row.requesters == "杭州云启智能科技有限公司"


def test_request_is_corrected_before_registration_only(new_uow, staff):
    c = MedDriver.new(new_uow, staff, at(DAY))
    with new_uow() as uow:
        data = q.request_input(uow, c.ref.id)
        c.ref = mediation_cases.update_request(uow, actor_id=staff.officer.id, case_id=c.ref.id,
                                               expected_version=c.ref.version, now=at(DAY),
                                               data=request(subject="确认专利申请权归请求人所有"))
    assert data.subject.startswith("确认专利号") and c.detail(DAY).subject == "确认专利申请权归请求人所有"
    c.register(DAY)
    with new_uow() as uow, pytest.raises(TransitionRefused):
        mediation_cases.update_request(uow, actor_id=staff.officer.id, case_id=c.ref.id,
                                       expected_version=c.ref.version, now=at(DAY), data=request())
