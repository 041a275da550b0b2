"""Recusal (回避, M25 art 5) through the services, on SQLite and PostgreSQL: the D6 window, the member stepping
aside, the 部门负责人's decision with its document, and the panel kept valid by a replacement — or the case
blocked when there is none."""
from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from pypdf import PdfReader
from recusal_helpers import application, case_in_investigation

from case_helpers import at
from ipcase.domain.enums import PartyRole
from ipcase.dto.cases import CaseRef
from ipcase.dto.recusal import RecusalDecisionInput
from ipcase.errors import PermissionDenied, TransitionRefused, ValidationErrors, ValidationFailed
from ipcase.queries.documents import register as doc_queries
from ipcase.queries.recusal.applications import case_recusals
from ipcase.services.cases import actions as cases
from ipcase.services.recusal import applications as svc

# Notice served Tue 2025-09-30: the 3 working days are Oct 9, Oct 10 and the 调休 Saturday Oct 11.
SERVED = date(2025, 9, 30)
WINDOW_END = date(2025, 10, 11)


@pytest.fixture
def case(new_uow, staff):
    return case_in_investigation(new_uow, staff, received=date(2025, 9, 15), registered=date(2025, 9, 22),
                                 notice_served=SERVED, copy_served=SERVED, answered=date(2025, 10, 9))


def apply(new_uow, staff, c, when: date, **kw):
    with new_uow() as uow:
        return svc.apply_for_recusal(uow, actor_id=staff.clerk.id, case_id=c.ref.id,
                                     data=application(c, staff, received=when, learned=SERVED, **kw), now=at(when))


def decide(new_uow, staff, app_id, when: date, who=None, **kw):
    decision = RecusalDecisionInput(**{"grant": True, "reason": "申请理由成立", "decided_date": when, **kw})
    with new_uow() as uow:
        return svc.decide_recusal(uow, actor_id=(who or staff.dept_head).id, application_id=app_id,
                                  decision=decision, now=at(when))


def written_review(c, when: date):
    d = c.detail(when)      # recusal gestures moved the case's version on
    c.ref = CaseRef(d.id, d.version, d.case_number)
    return c.act("written_review", {"reply_given": True}, at(when))


def test_the_window_runs_three_working_days_over_the_national_day_holiday(new_uow, staff, case):
    app = apply(new_uow, staff, case, WINDOW_END)
    assert app.timeliness == "window" and app.window_due == WINDOW_END and app.status == "pending"
    assert app.decide_by == date(2025, 10, 15)   # G19: 3 working days (Oct 13, 14, 15)
    with pytest.raises(ValidationFailed) as e:
        apply(new_uow, staff, case, date(2025, 10, 13), challenged=staff.officer3)
    assert (e.value.field, e.value.reason, e.value.detail) == ("received_date", "recusal_late", "2025-10-11")


def test_a_pending_application_sets_the_member_aside_and_a_replacement_keeps_the_panel_valid(new_uow, staff, case):
    app = apply(new_uow, staff, case, date(2025, 10, 10))
    with new_uow() as uow:
        view = case_recusals(uow, case.ref.id)
    assert [m.name for m in view.panel if m.stepped_aside] == ["李娜"]
    assert "even_voting" in view.panel_problems_now or "too_few_voting" in view.panel_problems_now
    assert "written_review" not in case.detail(date(2025, 10, 10)).allowed_actions
    with pytest.raises(TransitionRefused) as e:
        written_review(case, date(2025, 10, 10))
    assert e.value.code == "panel_invalid"
    with pytest.raises(PermissionDenied):
        decide(new_uow, staff, app.id, date(2025, 10, 13), who=staff.officer)

    done = decide(new_uow, staff, app.id, date(2025, 10, 13), replacement_user_id=staff.section_head.id)
    assert done.status == "granted" and done.replacement_name == "王芳" and done.document_number
    panel = {(p.role, p.full_name) for p in case.detail(date(2025, 10, 13)).panel}
    assert ("member", "王芳") in panel and ("member", "李娜") not in panel
    written_review(case, date(2025, 10, 13))    # the panel may act again
    assert case.detail(date(2025, 10, 13)).state == "deliberation"


def test_the_decision_document_names_the_grounds_the_decision_and_the_replacement(new_uow, staff, case):
    app = apply(new_uow, staff, case, date(2025, 10, 10))
    done = decide(new_uow, staff, app.id, date(2025, 10, 13), replacement_user_id=staff.section_head.id)
    with new_uow() as uow:
        _name, pdf = doc_queries.document_file(uow, document_id=done.document_id, kind="pdf")
        _name, data = doc_queries.document_file(uow, document_id=done.document_id, kind="docx")
    pdf_text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")
    docx_text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    for text in (pdf_text, docx_text):
        for needed in ("回避申请决定书", "宁波华辰科技有限公司", "审理员李娜", "与案件有其他利害关系",
                       "该审理员曾在被请求人处兼职", "申请理由成立", "《专利纠纷行政裁决和调解办法》第五条",
                       "不再参与本案的处理工作", "改由王芳担任", "复议"):
            assert needed in text, needed
    timeline = [t.kind for t in case.detail(date(2025, 10, 13)).timeline]
    assert timeline[-3:] == ["recusal_applied", "document_issued", "recusal_decided"]


def test_without_a_replacement_the_case_cannot_proceed_until_the_panel_is_completed(new_uow, staff, case):
    app = apply(new_uow, staff, case, date(2025, 10, 10))
    decide(new_uow, staff, app.id, date(2025, 10, 13))
    d = case.detail(date(2025, 10, 13))
    assert d.panel_problems == ("even_voting",) or "too_few_voting" in d.panel_problems
    with pytest.raises(TransitionRefused) as e:
        written_review(case, date(2025, 10, 13))
    assert e.value.code == "panel_invalid"
    s = staff
    with new_uow() as uow:
        case.ref = cases.set_panel(uow, actor_id=s.officer.id, case_id=case.ref.id, expected_version=d.version,
                                   panel=cases.PanelInput(s.officer.id, (s.officer3.id, s.section_head.id), s.clerk.id),
                                   now=at(date(2025, 10, 14)))
    written_review(case, date(2025, 10, 14))


def test_a_replacement_already_on_the_panel_is_refused(new_uow, staff, case):
    app = apply(new_uow, staff, case, date(2025, 10, 10))
    with pytest.raises(ValidationErrors) as e:
        decide(new_uow, staff, app.id, date(2025, 10, 13), replacement_user_id=staff.officer3.id)
    assert [(x.field, x.reason) for x in e.value.errors] == [("replacement_user_id", "same_person_twice")]
    with pytest.raises(ValidationErrors) as e:
        decide(new_uow, staff, app.id, date(2025, 10, 13), replacement_user_id=staff.clerk.id)
    assert e.value.errors[0].reason == "choice"      # a clerk cannot take a voting seat


def test_a_rejected_application_brings_the_member_back(new_uow, staff, case):
    app = apply(new_uow, staff, case, date(2025, 10, 10))
    done = decide(new_uow, staff, app.id, date(2025, 10, 13), grant=False, reason="申请理由不成立")
    assert done.status == "rejected"
    with new_uow() as uow:
        assert not any(m.stepped_aside for m in case_recusals(uow, case.ref.id).panel)
    written_review(case, date(2025, 10, 13))
    with pytest.raises(ValidationFailed) as e:
        decide(new_uow, staff, app.id, date(2025, 10, 13))
    assert e.value.reason == "not_pending"


def test_an_appraiser_is_challenged_by_name_and_the_panel_is_untouched(new_uow, staff, case):
    app = apply(new_uow, staff, case, date(2025, 10, 10), role="appraiser", challenged_name="钱鉴定")
    assert app.challenged_user_id is None and app.challenged_name == "钱鉴定"
    written_review(case, date(2025, 10, 10))   # not a panel member: the panel still acts
    done = decide(new_uow, staff, app.id, date(2025, 10, 13), replacement_name="孙鉴定")
    assert done.replacement_name == "孙鉴定"


def test_every_wrong_field_is_named(new_uow, staff, case):
    requester = case.party_ids(PartyRole.REQUESTER, SERVED)[0]
    bad = application(case, staff, received=date(2025, 10, 10), learned=date(2025, 10, 11), grounds=(),
                      reason=" ", challenged=staff.dept_head, applicant_party_id=requester)
    with new_uow() as uow, pytest.raises(ValidationErrors) as e:
        svc.apply_for_recusal(uow, actor_id=staff.clerk.id, case_id=case.ref.id, data=bad, now=at(date(2025, 10, 10)))
    assert {(x.field, x.reason) for x in e.value.errors} == {
        ("challenged_user_id", "recusal_not_on_panel"), ("grounds", "required"), ("reason", "required"),
        ("learned_date", "recusal_learned_after")}
    apply(new_uow, staff, case, date(2025, 10, 10))
    with pytest.raises(ValidationErrors) as e:
        apply(new_uow, staff, case, date(2025, 10, 10))
    assert e.value.errors[0].reason == "recusal_pending"
