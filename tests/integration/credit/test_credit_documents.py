"""The documents of the credit-list steps (告知书, 列入决定书, 信用修复决定书, 移出决定书): each step issues its own,
numbered in its own series, signed by the 部门负责人 who decided, reopened as DOCX (python-docx) and PDF (pdfminer);
serving the 告知书 through the 送达 register is the listing's step 告知书送达, serving a 催告书 the D15 step."""
from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from intake_helpers import RESPONDENT, RESPONDENT_CODE, ruled_case
from pdfminer.high_level import extract_text
from sqlalchemy import select

from case_helpers import at
from ipcase.db.models.documents import IssuedDocument
from ipcase.domain.cases.enforcement import EnforcementStep
from ipcase.domain.credit.listing import Ground
from ipcase.domain.enums import DeadlineCode, PartyRole
from ipcase.dto.documents import DocumentDraft, ServiceInput
from ipcase.errors import TransitionRefused, ValidationFailed
from ipcase.loaders.document_files import opened
from ipcase.queries.credit.register import credit_register, enforcement_record
from ipcase.services.credit import listings as credit
from ipcase.services.credit.enforcement import record_enforcement_step
from ipcase.services.documents import issue, service

CITED = "《知识产权信用管理规定》"


def _docs(c, key):
    with c.new_uow() as uow:
        rows = uow.session.scalars(select(IssuedDocument).where(IssuedDocument.case_id == c.ref.id,
                                                                IssuedDocument.doc_type == key)
                                   .order_by(IssuedDocument.id)).all()
        files = opened(uow, rows)   # the one way to a document's files (made on first opening)
        return [(d.id, d.number, d.party_id, d.signed_by, d.issued_on, f.docx, f.pdf) for d, f in zip(rows, files, strict=True)]


def _files_text(docx_bytes, pdf_bytes):
    words = "\n".join(p.text for p in docx.Document(io.BytesIO(docx_bytes)).paragraphs)
    return words, extract_text(io.BytesIO(pdf_bytes)).replace(" ", "").replace("\n", "")


def _assert_in_both(doc, *needles):
    words, pdf = _files_text(doc[5], doc[6])
    for n in needles:
        assert n in words, n
        assert n in pdf, n


def _do(c, fn, ref, today, who=None, **kw):
    with c.new_uow() as uow:
        return fn(uow, actor_id=(who or c.staff.officer).id, listing_id=ref.id, expected_version=ref.version,
                  now=at(today), **kw)


def _serve(c, doc_id, party_id, day):
    with c.new_uow() as uow:
        return service.record_service(uow, actor_id=c.staff.clerk.id, now=at(day), data=ServiceInput(
            doc_id, "direct", party_id=party_id, received_date=day))


def _listing(c, listing_id):
    with c.new_uow() as uow:
        return next(r for r in credit_register(uow) if r.id == listing_id)


def test_each_step_issues_its_document_and_the_notice_is_served_through_the_register(new_uow, staff):
    c = ruled_case(new_uow, staff)
    party = c.party_ids(PartyRole.RESPONDENT, date(2026, 5, 6))[0]
    with new_uow() as uow:
        ref = credit.identify(uow, actor_id=staff.officer.id, case_id=c.ref.id, party_id=party,
                              ground=Ground.REPEAT_INFRINGEMENT, signed_by=staff.dept_head.id, now=at(date(2026, 5, 6)),
                              facts="在本局裁决认定侵权后，再次销售同一专利的侵权产品。")
    [notice] = _docs(c, "credit_listing_notice")
    assert notice[1] == "测试市知裁信告字〔2026〕1号"
    assert (notice[2], notice[3], notice[4]) == (party, staff.dept_head.id, date(2026, 5, 6))
    _assert_in_both(notice, "列入严重失信主体名单告知书", RESPONDENT, RESPONDENT_CODE, notice[1], "2026年5月6日",
                    "重复专利侵权行为", "五个工作日内", "陈述、申辩", CITED, "再次销售同一专利的侵权产品")

    # The 告知书 is served through the 送达 register: that IS the step, the party's five working days start.
    _serve(c, notice[0], party, date(2026, 5, 7))
    row = _listing(c, ref.id)
    assert (row.notice_served, row.next_step, row.next_due) == (date(2026, 5, 7), "statement", date(2026, 5, 13))
    ref = type(ref)(ref.id, row.version, row.status)
    ref = _do(c, credit.record_statement, ref, date(2026, 5, 8), day=date(2026, 5, 8), statement="已停止销售")
    ref = _do(c, credit.propose, ref, date(2026, 5, 8))
    ref = _do(c, credit.decide, ref, date(2026, 5, 18), who=staff.dept_head, approve=True, opinion="同意列入")
    [decision] = _docs(c, "credit_listing_decision")
    assert (decision[1], decision[3]) == ("测试市知裁信列字〔2026〕1号", staff.dept_head.id)
    _assert_in_both(decision, "列入严重失信主体名单决定书", RESPONDENT, decision[1], "2026年5月18日",
                    "2026年5月7日", "已停止销售", "三年（自2026年5月18日起至2029年5月18日止）", CITED,
                    "《中华人民共和国行政复议法》第二十条")

    # 信用修复 refused: the decision says so and names the listing decision; the party stays listed.
    ref = _do(c, credit.apply_repair, ref, date(2027, 5, 18), day=date(2027, 5, 18), reason="已停止侵权并赔偿")
    ref = _do(c, credit.decide_repair, ref, date(2027, 5, 20), who=staff.dept_head, approve=False,
              opinion="尚未履行赔偿义务")
    [repair] = _docs(c, "credit_repair_decision")
    assert (repair[1], repair[3]) == ("测试市知裁信修字〔2027〕1号", staff.dept_head.id)
    _assert_in_both(repair, "信用修复决定书", "2027年5月18日", "已停止侵权并赔偿", "尚未履行赔偿义务", "不予信用修复",
                    decision[1], CITED)

    ref = _do(c, credit.remove, ref, date(2029, 5, 18), signed_by=staff.dept_head.id)
    [removal] = _docs(c, "credit_removal_decision")
    assert removal[1] == "测试市知裁信移字〔2029〕1号"
    _assert_in_both(removal, "移出严重失信主体名单决定书", RESPONDENT, decision[1], "2029年5月18日届满",
                    "将你方移出专利领域严重失信主体名单", CITED)


def test_an_approved_repair_says_so_and_a_refused_listing_issues_nothing(new_uow, staff):
    c = ruled_case(new_uow, staff)
    party = c.party_ids(PartyRole.RESPONDENT, date(2026, 5, 6))[0]
    with new_uow() as uow:
        ref = credit.identify(uow, actor_id=staff.officer.id, case_id=c.ref.id, party_id=party,
                              ground=Ground.REPEAT_INFRINGEMENT, facts="再次侵权。", now=at(date(2026, 5, 6)))
    [notice] = _docs(c, "credit_listing_notice")
    assert notice[3] is None       # an officer issued it and named no leader: no 签发人 recorded
    _serve(c, notice[0], party, date(2026, 5, 7))
    row = _listing(c, ref.id)
    ref = _do(c, credit.propose, type(ref)(ref.id, row.version, row.status), date(2026, 5, 14))
    _words, pdf = _files_text(*_docs(c, "credit_listing_notice")[0][5:7])
    ref2 = _do(c, credit.decide, ref, date(2026, 5, 18), who=staff.dept_head, approve=True, opinion="同意")
    [decision] = _docs(c, "credit_listing_decision")
    _assert_in_both(decision, "你方在规定期限内未提出陈述、申辩")
    ref2 = _do(c, credit.apply_repair, ref2, date(2027, 5, 18), day=date(2027, 5, 18), reason="整改完毕")
    _do(c, credit.decide_repair, ref2, date(2027, 5, 19), who=staff.dept_head, approve=True, opinion="同意")
    [repair] = _docs(c, "credit_repair_decision")
    _assert_in_both(repair, "准予信用修复", "整改完毕")
    words, _pdf = _files_text(repair[5], repair[6])
    assert "行政复议" not in words          # nothing to contest in a granted application


def test_the_documents_are_the_steps_own_and_never_issued_by_hand(new_uow, staff):
    c = ruled_case(new_uow, staff)
    party = c.party_ids(PartyRole.RESPONDENT, date(2026, 5, 6))[0]
    with pytest.raises(TransitionRefused) as e, new_uow() as uow:
        issue.issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(date(2026, 5, 6)),
                             draft=DocumentDraft("credit_listing_notice", {"ground": "x", "facts": "x", "days": "5"},
                                                 party_id=party))
    assert e.value.code == "document_by_step"
    from ipcase.domain.documents.types import offered
    from ipcase.domain.enums import CaseState
    assert not [d for d in offered(CaseState.CLOSED_RULING_INFRINGEMENT) if d.key.startswith("credit_")]


def test_serving_the_demand_records_the_d15_step(new_uow, staff):
    c = ruled_case(new_uow, staff)
    party = c.party_ids(PartyRole.RESPONDENT, date(2026, 5, 6))[0]
    [ruling] = _docs(c, "ruling")
    for step, day in ((EnforcementStep.NO_SUIT, date(2026, 4, 21)),
                      (EnforcementStep.NON_COMPLIANCE, date(2026, 5, 6))):
        with new_uow() as uow:
            c.ref = record_enforcement_step(uow, actor_id=staff.officer.id, case_id=c.ref.id,
                                            expected_version=c.ref.version, step=step, day=day, now=at(day))
    with new_uow() as uow:
        reminder = issue.issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(date(2026, 5, 7)),
                                        draft=DocumentDraft("reminder", {"obligations": "立即停止销售侵权产品"},
                                                            party_id=party, subject_id=ruling[0]))
    _serve(c, reminder.id, party, date(2026, 5, 8))
    with new_uow() as uow:
        steps = {(s.step, s.day) for s in enforcement_record(uow, case_id=c.ref.id)}
    deadlines = {d.code: d for d in c.detail(date(2026, 5, 8)).deadlines}
    assert ("demand_served", date(2026, 5, 8)) in steps
    # The party's ten days after the 催告书 (05-18, a Monday), and D15_DEMAND met by the service.
    assert deadlines[DeadlineCode.D15_WAIT].due_date == date(2026, 5, 18)
    assert deadlines[DeadlineCode.D15_DEMAND].met_date == date(2026, 5, 8)
    # A second service (another copy) records nothing more.
    _serve(c, reminder.id, party, date(2026, 5, 9))
    with new_uow() as uow:
        assert [s.step for s in enforcement_record(uow, case_id=c.ref.id)].count("demand_served") == 1


def test_a_demand_served_before_the_non_compliance_is_refused(new_uow, staff):
    c = ruled_case(new_uow, staff)
    party = c.party_ids(PartyRole.RESPONDENT, date(2026, 5, 6))[0]
    [ruling] = _docs(c, "ruling")
    with new_uow() as uow:
        reminder = issue.issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(date(2026, 5, 7)),
                                        draft=DocumentDraft("reminder", {"obligations": "停止侵权"},
                                                            party_id=party, subject_id=ruling[0]))
    with pytest.raises(ValidationFailed) as e:
        _serve(c, reminder.id, party, date(2026, 5, 8))
    assert e.value.reason == "needs_non_compliance"
