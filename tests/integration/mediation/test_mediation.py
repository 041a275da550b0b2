"""Mediation inside an adjudication case through the services, on SQLite and PostgreSQL: settlement talks
pause the closing limit, the agreement closes the case, a party reneging leaves it as it was, and what
follows the agreement (D21, instalments) reaches "my deadlines"."""
from __future__ import annotations

from datetime import date

import pytest
from mediation_helpers import Mediation, registered, session, terms, yuan

from case_helpers import at
from ipcase.domain.enums import CaseState
from ipcase.dto.mediation import ConfirmationInput
from ipcase.errors import PermissionDenied, TransitionRefused, ValidationErrors, ValidationFailed
from ipcase.queries.cases.deadlines import my_deadlines
from ipcase.services.mediation import after as mediation_after
from ipcase.services.mediation import agreements as mediation


def d12(case, today):
    return next(d for d in case.detail(today).deadlines if d.code == "D12")


def test_settlement_talks_pause_the_closing_limit_by_exactly_their_days(new_uow, staff):
    case = registered(new_uow, staff, date(2026, 10, 12))
    before = d12(case, date(2026, 10, 12))
    assert before.due_date == date(2027, 1, 12)
    m = Mediation(new_uow, staff, case)
    m.start_talks(date(2026, 10, 19))
    d = case.detail(date(2026, 10, 21))
    assert d.in_mediation and d.state == CaseState.REGISTERED
    assert next(x for x in d.deadlines if x.code == "D12").paused
    assert m.view(date(2026, 10, 21)).talks_open
    m.end_talks(date(2026, 10, 29))
    after = d12(case, date(2026, 10, 29))
    assert not case.detail(date(2026, 10, 29)).in_mediation and not after.paused
    assert (after.due_date - before.due_date).days == 10
    assert "10 日" in after.basis


def test_a_session_then_the_agreement_signed_by_both_closes_the_case_as_mediated(new_uow, staff):
    case = registered(new_uow, staff, date(2026, 10, 12))
    m = Mediation(new_uow, staff, case)
    m.start_talks(date(2026, 10, 19))
    m.record(session(date(2026, 10, 19)), who=staff.clerk)
    m.record(session(date(2026, 10, 26), "agreed", requester_proposal="赔偿6万元，分两期"))
    m.save(terms(), date(2026, 10, 26))
    agreement = m.current(date(2026, 10, 26))
    assert agreement.status == "draft" and agreement.damages == yuan("60000")
    assert [x.name for x in agreement.signatories] == ["宁波华辰科技有限公司", "义乌市鼎盛贸易商行甲"]
    assert agreement.terms_text.splitlines()[0].startswith("1. 被请求人义乌市鼎盛贸易商行甲自本协议生效之日起停止制造、销售")
    assert "分2期支付：第1期于2026年11月30日前支付人民币30,000元" in agreement.terms_text
    m.sign("华辰", date(2026, 10, 27))
    assert case.detail(date(2026, 10, 27)).in_mediation        # one signature: still talking
    m.sign("鼎盛", date(2026, 10, 28))
    d = case.detail(date(2026, 10, 28))
    assert not d.in_mediation and d.state == CaseState.REGISTERED
    pending = [a for a in d.approvals if a.status == "pending"]
    assert [a.action for a in pending] == ["close_by_mediation"]
    assert m.view(date(2026, 10, 28)).closing_pending
    assert d12(case, date(2026, 10, 28)).due_date == date(2027, 1, 21)   # 9 days of talks (10-19 … 10-27)
    case.approve(at(date(2026, 10, 29)))
    d = case.detail(date(2026, 10, 29))
    assert d.state == CaseState.CLOSED_MEDIATED and d.closed_date == date(2026, 10, 28)
    assert d.closing_detail["agreement_id"] == m.agreement.id
    assert d.closing_detail["terms"].startswith("1. 被请求人")
    view = m.view(date(2026, 10, 29))
    assert [s.outcome for s in view.sessions] == ["agreed", "continue"] and not view.can_mediate
    a = view.agreements[0]
    assert a.status == "signed" and a.effective_date == date(2026, 10, 28)
    assert a.confirmation_due == date(2026, 11, 27)
    kinds = [t.kind for t in d.timeline]
    assert kinds.count("mediation_session") == 2 and kinds.count("mediation_agreement") == 3


def test_a_party_reneging_before_signing_leaves_the_case_as_it_was(new_uow, staff):
    case = registered(new_uow, staff, date(2026, 10, 12))
    m = Mediation(new_uow, staff, case)
    m.start_talks(date(2026, 10, 14))
    m.record(session(date(2026, 10, 14), "agreed"))
    m.save(terms(), date(2026, 10, 15))
    m.sign("华辰", date(2026, 10, 16))
    with pytest.raises(TransitionRefused) as e:   # terms are frozen once someone signed
        m.save(terms(damages="50000", instalments=()), date(2026, 10, 16))
    assert e.value.code == "agreement_partly_signed"
    a = m.current(date(2026, 10, 19))
    with new_uow() as uow:
        mediation.withdraw_agreement(uow, actor_id=staff.officer.id, agreement_id=a.id, expected_version=a.version,
                                     withdrawn_by="义乌市鼎盛贸易商行甲", reason="被请求人反悔，不同意赔偿数额",
                                     withdrawn_on=date(2026, 10, 19), now=at(date(2026, 10, 19)))
    d = case.detail(date(2026, 10, 19))
    assert d.state == CaseState.REGISTERED and not d.in_mediation
    assert not [x for x in d.approvals if x.action == "close_by_mediation"]
    assert [(p.kind, p.start_date, p.end_date) for p in d.pauses] == [
        ("settlement", date(2026, 10, 14), date(2026, 10, 19))]
    assert d12(case, date(2026, 10, 19)).due_date == date(2027, 1, 18)   # 5 paused days, Sun 01-17 rolled
    view = m.view(date(2026, 10, 19))
    old = view.agreements[0]
    assert old.status == "withdrawn" and old.withdrawn_by == "义乌市鼎盛贸易商行甲"
    assert old.damages == yuan("60000") and old.signatories[0].signed_on == date(2026, 10, 16)
    assert len(view.sessions) == 1 and view.can_mediate
    m.agreement = None                       # talks may start again with a new draft
    m.save(terms(damages="80000", instalments=()), date(2026, 10, 20))
    assert [a.status for a in m.view(date(2026, 10, 20)).agreements] == ["draft", "withdrawn"]


def test_judicial_confirmation_window_rolls_off_the_national_day_holiday(new_uow, staff):
    case = registered(new_uow, staff, date(2025, 9, 1))
    m = Mediation(new_uow, staff, case)
    m.record(session(date(2025, 9, 3), "agreed"))
    m.save(terms(instalments=()), date(2025, 9, 3))
    m.sign("华辰", date(2025, 9, 5))
    m.sign("鼎盛", date(2025, 9, 5))
    a = m.current(date(2025, 9, 5))
    assert a.confirmation_due == date(2025, 10, 9)     # +30 d = Sun 10-05, in the 国庆/中秋 holiday
    assert "顺延至 2025-10-09" in a.confirmation_basis

    def apply(day, **kw):
        cur = m.current(day)
        with new_uow() as uow:
            return mediation_after.record_confirmation(
                uow, actor_id=staff.clerk.id, agreement_id=cur.id, expected_version=cur.version,
                data=ConfirmationInput(court="某市中级人民法院", applied_on=day, **kw), now=at(day))

    with pytest.raises(ValidationErrors) as e:
        apply(date(2025, 10, 10))
    assert [(x.field, x.reason) for x in e.value.errors] == [("confirmation_applied_on", "after_window")]
    apply(date(2025, 10, 9))
    apply(date(2025, 10, 9), outcome="confirmed", decided_on=date(2025, 10, 9))
    a = m.current(date(2025, 10, 20))
    assert (a.confirmation_outcome, a.confirmation_decided_on) == ("confirmed", date(2025, 10, 9))


def test_d21_and_instalments_in_my_deadlines_and_overdue_ones_flagged(new_uow, staff):
    case = registered(new_uow, staff, date(2026, 10, 12))
    m = Mediation(new_uow, staff, case)
    m.record(session(date(2026, 10, 20), "agreed"))
    m.save(terms(), date(2026, 10, 20))
    m.sign("华辰", date(2026, 10, 28))
    m.sign("鼎盛", date(2026, 10, 28))

    def mine(today, who=staff.officer):
        with new_uow() as uow:
            return [(d.code, d.due_date, d.urgency) for d in my_deadlines(uow, user_id=who.id, today=today)
                    if d.code in ("D21", "INSTALMENT")]

    assert mine(date(2026, 11, 2)) == [("D21", date(2026, 11, 27), "normal"),
                                       ("INSTALMENT", date(2026, 11, 30), "normal"),
                                       ("INSTALMENT", date(2026, 12, 31), "normal")]
    assert mine(date(2026, 11, 2), staff.officer2)[0][0] == "D21"   # a panel member sees it too
    assert mine(date(2026, 12, 2)) == [("INSTALMENT", date(2026, 11, 30), "overdue"),
                                       ("INSTALMENT", date(2026, 12, 31), "normal")]
    a = m.current(date(2026, 12, 2))
    assert [i.overdue for i in a.instalments] == [True, False] and a.outstanding == yuan("60000")

    first = a.instalments[0]
    with new_uow() as uow:   # a part payment keeps it flagged
        mediation_after.record_payment(uow, actor_id=staff.clerk.id, instalment_id=first.id,
                                       paid_on=date(2026, 12, 1), amount="20000", now=at(date(2026, 12, 2)))
    assert mine(date(2026, 12, 2))[0] == ("INSTALMENT", date(2026, 11, 30), "overdue")
    with new_uow() as uow:
        mediation_after.record_payment(uow, actor_id=staff.clerk.id, instalment_id=first.id,
                                       paid_on=date(2026, 12, 2), amount="30,000", now=at(date(2026, 12, 2)))
    assert mine(date(2026, 12, 2)) == [("INSTALMENT", date(2026, 12, 31), "normal")]
    assert m.current(date(2026, 12, 2)).outstanding == yuan("30000")


def test_bad_terms_are_named_and_roles_are_checked(new_uow, staff):
    case = registered(new_uow, staff, date(2026, 10, 12))
    m = Mediation(new_uow, staff, case)
    with pytest.raises(ValidationErrors) as e:
        m.save(terms(damages="60000.005", instalments=((date(2026, 11, 30), "abc"),)), date(2026, 10, 20))
    assert {(x.field, x.reason) for x in e.value.errors} == {("damages", "amount"), ("instalments.1.amount", "number")}
    with pytest.raises(ValidationErrors) as e:
        m.save(terms(damages="60000", instalments=((date(2026, 11, 30), "10000"),)), date(2026, 10, 20))
    assert [(x.field, x.reason) for x in e.value.errors] == [("instalments", "sum_mismatch")]
    with pytest.raises(ValidationErrors) as e:
        m.record(session(date(2026, 10, 20), outcome="", mediators=()))
    assert {x.field for x in e.value.errors} == {"outcome", "mediators"}
    with new_uow() as uow, pytest.raises(PermissionDenied):
        mediation.save_agreement(uow, actor_id=staff.clerk.id, host=m.host, data=terms(), now=at(date(2026, 10, 20)))
    m.save(terms(), date(2026, 10, 20))
    with pytest.raises(TransitionRefused) as e:
        m.agreement = None
        m.save(terms(), date(2026, 10, 20))
    assert e.value.code == "agreement_exists"
    with pytest.raises(ValidationFailed) as e1:
        a = m.view(date(2026, 10, 20)).agreements[0]
        with new_uow() as uow:
            mediation.sign_agreement(uow, actor_id=staff.officer.id, agreement_id=a.id, expected_version=a.version,
                                     signatory_id=a.signatories[0].id, signed_on=date(2026, 10, 21),
                                     now=at(date(2026, 10, 20)))
    assert e1.value.reason == "future"
