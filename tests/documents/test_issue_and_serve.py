"""Issuing (numbers, immutability, corrections, batches) and service (送达) on SQLite and PostgreSQL."""
from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from case_helpers import Driver, at
from ipcase.db.models.admin import Sequence
from ipcase.db.models.documents import IssuedDocument
from ipcase.domain.enums import PartyRole
from ipcase.dto.documents import DocumentDraft, ServiceInput
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.queries.documents import register as q
from ipcase.services.documents import issue as docs
from ipcase.services.documents import service as serve

DAY = date(2026, 10, 12)


def registered(new_uow, staff, respondents=1) -> Driver:
    c = Driver.new(new_uow, staff, at(DAY), received=DAY, respondents=respondents)
    c.panel(at(DAY))
    c.act_approved("register", {"registered_date": DAY}, at(DAY))
    return c


def issue(new_uow, who, case_id, draft, day=DAY):
    with new_uow() as uow:
        return docs.issue_document(uow, actor_id=who.id, case_id=case_id, draft=draft, now=at(day))


def test_issuing_numbers_stores_both_files_and_records_the_timeline(new_uow, staff):
    c = registered(new_uow, staff)
    requester = c.party_ids(PartyRole.REQUESTER, DAY)[0]
    info = issue(new_uow, staff.clerk, c.ref.id, DocumentDraft("acceptance_notice", party_id=requester))
    # the files are made on the first opening (ipcase.loaders.document_files), the page count with them
    assert info.number == "测试市知裁受字〔2026〕1号" and info.pages == 0
    second = issue(new_uow, staff.clerk, c.ref.id, DocumentDraft("acceptance_notice", party_id=requester))
    assert second.number == "测试市知裁受字〔2026〕2号"
    with new_uow() as uow:
        name, pdf = q.document_file(uow, document_id=info.id, kind="pdf")
        _, docx = q.document_file(uow, document_id=info.id, kind="docx")
    assert pdf.startswith(b"%PDF") and docx.startswith(b"PK") and name.endswith(".pdf")
    with new_uow() as uow:   # stored by the first opening
        row = uow.session.get(IssuedDocument, info.id)
        assert (row.pdf, row.docx) == (pdf, docx) and row.pages >= 1
    timeline = c.detail(DAY).timeline
    assert timeline[-1].kind == "document_issued" and timeline[-1].detail["number"] == second.number


def test_a_document_is_issued_only_at_the_stage_it_belongs_to(new_uow, staff):
    from ipcase.errors import TransitionRefused
    c = registered(new_uow, staff)
    respondent = c.party_ids(PartyRole.RESPONDENT, DAY)[0]
    draft = DocumentDraft("hearing_notice", party_id=respondent)
    with pytest.raises(TransitionRefused) as e:
        issue(new_uow, staff.clerk, c.ref.id, draft)
    assert e.value.code == "document_not_for_state"
    with pytest.raises(TransitionRefused), new_uow() as uow:     # nor previewed through the CLI
        docs.preview_document(uow, case_id=c.ref.id, draft=draft, now=at(DAY))
    with new_uow() as uow:
        assert sequence_value(uow) is None                       # no number was drawn


def sequence_value(uow):
    return uow.session.scalar(select(Sequence.last_value).where(Sequence.kind == "doc:hearing_notice"))


def test_a_failed_rendering_gives_the_number_back(new_uow, staff, monkeypatch):
    c = registered(new_uow, staff)
    requester = c.party_ids(PartyRole.REQUESTER, DAY)[0]
    calls = []
    real = docs.final_content

    def failing(*args, **kw):
        calls.append(kw.get("number"))
        raise OSError("disk full")

    monkeypatch.setattr(docs, "final_content", failing)
    with pytest.raises(OSError):
        issue(new_uow, staff.clerk, c.ref.id, DocumentDraft("acceptance_notice", party_id=requester))
    assert calls == ["测试市知裁受字〔2026〕1号"]   # the draft is checked as text only; the final content once, numbered
    monkeypatch.setattr(docs, "final_content", real)
    assert issue(new_uow, staff.clerk, c.ref.id,
                 DocumentDraft("acceptance_notice", party_id=requester)).number.endswith("〕1号")


def test_missing_free_text_is_named_and_draws_no_number(new_uow, staff):
    c = registered(new_uow, staff)
    with pytest.raises(ValidationErrors) as e:
        issue(new_uow, staff.clerk, c.ref.id, DocumentDraft("investigation_notice", {"matters": ""}))
    assert {x.field for x in e.value.errors} == {"fields.matters", "fields.time_place", "party_id"}
    with new_uow() as uow:
        assert uow.session.scalars(select(Sequence).where(Sequence.kind.like("doc:%"))).all() == []


def test_a_correction_is_a_new_document_that_references_the_old_one(new_uow, staff):
    c = registered(new_uow, staff)
    requester = c.party_ids(PartyRole.REQUESTER, DAY)[0]
    old = issue(new_uow, staff.clerk, c.ref.id, DocumentDraft("acceptance_notice", party_id=requester))
    new = issue(new_uow, staff.clerk, c.ref.id,
                DocumentDraft("acceptance_notice", party_id=requester, corrects_id=old.id))
    assert new.corrects_number == old.number and new.number != old.number
    with new_uow() as uow:
        listed = {d.id: d for d in q.case_documents(uow, c.ref.id).documents}
        text = uow.session.get(docs.IssuedDocument, new.id).text
    assert listed[old.id].corrected_by_number == new.number
    assert f"本文书更正{old.number}" in text
    with pytest.raises(ValidationFailed, match="already_corrected"):   # correct the correction instead
        issue(new_uow, staff.clerk, c.ref.id,
              DocumentDraft("acceptance_notice", party_id=requester, corrects_id=old.id))


def test_administrators_do_not_issue(new_uow, staff):
    c = registered(new_uow, staff)
    from ipcase.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        issue(new_uow, staff.admin, c.ref.id, DocumentDraft("acceptance_notice",
                                                             party_id=c.party_ids(PartyRole.REQUESTER, DAY)[0]))


def test_numbers_are_gapless_under_concurrent_issuing(new_uow, staff):
    cases = [registered(new_uow, staff) for _ in range(6)]
    errors, numbers = [], []

    def run(c):
        try:
            rid = c.party_ids(PartyRole.RESPONDENT, DAY)[0]
            numbers.append(issue(new_uow, staff.clerk, c.ref.id, DocumentDraft("answer_notice", party_id=rid)).number)
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=run, args=(c,)) for c in cases]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(numbers) == sorted(f"测试市知裁答字〔2026〕{n}号" for n in range(1, 7))


class _Cancel:
    def __init__(self, after: int):
        self.after, self.seen = after, 0

    @property
    def cancelled(self) -> bool:
        self.seen += 1
        return self.seen > self.after


def test_a_cancelled_batch_leaves_no_half_issued_numbers(new_uow, staff):
    c = registered(new_uow, staff, respondents=3)
    items = [(c.ref.id, DocumentDraft("answer_notice", party_id=p)) for p in c.party_ids(PartyRole.RESPONDENT, DAY)]
    progress = []
    result = docs.issue_batch(new_uow, actor_id=staff.clerk.id, items=items, now=at(DAY), cancel=_Cancel(2),
                              progress=lambda d, t, text: progress.append((d, t)))
    assert len(result.issued) == 2 and result.cancelled == 1 and progress == [(0, 3), (1, 3)]
    with new_uow() as uow:
        seq = uow.session.scalar(select(Sequence.last_value).where(Sequence.kind == "doc:answer_notice"))
        assert seq == 2 and len(q.case_documents(uow, c.ref.id).documents) == 2


def test_serving_the_answer_notice_starts_the_answer_period(new_uow, staff):
    c = registered(new_uow, staff, respondents=2)
    r1, r2 = c.party_ids(PartyRole.RESPONDENT, DAY)
    n1 = issue(new_uow, staff.clerk, c.ref.id, DocumentDraft("answer_notice", party_id=r1))
    n2 = issue(new_uow, staff.clerk, c.ref.id, DocumentDraft("answer_notice", party_id=r2))
    with new_uow() as uow:
        waiting = q.case_documents(uow, c.ref.id).waiting
    assert {(w.party_id, w.periods) for w in waiting if w.party_id in (r1, r2)} == {
        (r1, ("D3", "D6", "D10")), (r2, ("D3", "D6", "D10"))}
    served = DAY + timedelta(days=2)
    with new_uow() as uow:
        serve.record_service(uow, actor_id=staff.clerk.id, data=ServiceInput(
            n1.id, "post", party_id=r1, sent_date=DAY, received_date=served, tracking_no="EMS1"), now=at(served))
    d = c.detail(served)
    assert d.state == "registered"          # one respondent still unserved
    d3 = [x for x in d.deadlines if x.code == "D3"]
    assert [(x.party_name, x.start_date) for x in d3] == [(d.parties[1].name, served)]
    # the second by post, received later: the answer period starts when every respondent has the copy
    with new_uow() as uow:
        rec = serve.record_service(uow, actor_id=staff.clerk.id, data=ServiceInput(
            n2.id, "post", party_id=r2, sent_date=served), now=at(served))
    assert c.detail(served).state == "registered"
    with new_uow() as uow:
        serve.record_receipt(uow, actor_id=staff.clerk.id, service_id=rec.id, received_date=served + timedelta(days=1),
                             now=at(served + timedelta(days=1)))
    d = c.detail(served + timedelta(days=1))
    assert d.state == "answer_period" and all(p.copy_served for p in d.parties if p.role == "respondent")
    with new_uow() as uow:
        assert not [w for w in q.case_documents(uow, c.ref.id).waiting if w.party_id in (r1, r2)]


def test_public_notice_is_deemed_served_after_the_configured_period(new_uow, staff):
    c = registered(new_uow, staff)
    requester = c.party_ids(PartyRole.REQUESTER, DAY)[0]
    n = issue(new_uow, staff.clerk, c.ref.id, DocumentDraft("acceptance_notice", party_id=requester))
    with new_uow() as uow:
        rec = serve.record_service(uow, actor_id=staff.clerk.id, data=ServiceInput(
            n.id, "public_notice", party_id=requester, sent_date=DAY), now=at(DAY))
    assert rec.deemed_date == DAY + timedelta(days=30)
    with new_uow() as uow:
        assert serve.apply_deemed_services(uow, now=at(DAY + timedelta(days=29))) == 0
    assert c.detail(DAY).parties[0].notice_served is None
    with new_uow() as uow:
        assert serve.apply_deemed_services(uow, now=at(DAY + timedelta(days=30))) == 1
    assert c.detail(DAY + timedelta(days=30)).parties[0].notice_served == DAY + timedelta(days=30)


def test_electronic_service_needs_consent_and_never_serves_a_ruling(new_uow, staff):
    c = registered(new_uow, staff)
    requester = c.party_ids(PartyRole.REQUESTER, DAY)[0]
    n = issue(new_uow, staff.clerk, c.ref.id, DocumentDraft("acceptance_notice", party_id=requester))
    data = ServiceInput(n.id, "electronic", party_id=requester, sent_date=DAY, received_date=DAY)
    with pytest.raises(ValidationErrors) as e, new_uow() as uow:
        serve.record_service(uow, actor_id=staff.clerk.id, data=data, now=at(DAY))
    assert [(x.field, x.reason) for x in e.value.errors] == [("method", "no_electronic_consent")]
    with new_uow() as uow:
        serve.set_consent(uow, actor_id=staff.clerk.id, party_id=requester, consented_on=DAY,
                          address="legal@example.cn", now=at(DAY))
    with new_uow() as uow:
        assert serve.record_service(uow, actor_id=staff.clerk.id, data=data, now=at(DAY)).method == "electronic"
    from ipcase.domain.documents.types import BY_KEY, service_refusal
    from ipcase.domain.enums import ServiceMethod
    assert service_refusal(BY_KEY["ruling"], ServiceMethod.ELECTRONIC, has_consent=True) == "electronic_not_allowed"
    assert service_refusal(BY_KEY["mediation_agreement"], ServiceMethod.LEFT, has_consent=False) == "left_not_allowed"


def test_proofs_of_service_batch_makes_one_per_document_and_addressee(new_uow, staff):
    c = registered(new_uow, staff, respondents=2)
    for rid in c.party_ids(PartyRole.RESPONDENT, DAY):
        issue(new_uow, staff.clerk, c.ref.id, DocumentDraft("answer_notice", party_id=rid))
    with new_uow() as uow:
        items = docs.proofs_of_service_items(uow, case_id=c.ref.id)
    assert len(items) == 2
    result = docs.issue_batch(new_uow, actor_id=staff.clerk.id, items=items, now=at(DAY))
    assert [d.doc_type for d in result.issued] == ["service_proof", "service_proof"]
    with new_uow() as uow:
        assert docs.proofs_of_service_items(uow, case_id=c.ref.id) == []


def test_an_archived_case_is_read_only(new_uow, staff):
    c = registered(new_uow, staff)
    c.act_approved("revoke", {"revoke_reason": "withdrawal", "reason_text": "请求人撤回", "decided_date": DAY}, at(DAY))
    issue(new_uow, staff.clerk, c.ref.id, DocumentDraft("revocation_decision", {"reason_text": "请求人撤回请求"}))
    c.ref = type(c.ref)(c.ref.id, c.detail(DAY).version, c.ref.case_number)   # issuing is on the timeline
    c.act("archive", {}, at(DAY), who=staff.clerk)
    with pytest.raises(ValidationFailed, match="archived"):
        issue(new_uow, staff.clerk, c.ref.id, DocumentDraft("revocation_decision", {"reason_text": "x"}))
    with new_uow() as uow:   # still readable
        assert len(q.case_documents(uow, c.ref.id).documents) == 1
