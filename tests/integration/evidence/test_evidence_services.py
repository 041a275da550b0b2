"""Evidence register, investigation records, appraisal and evidence-period pauses through the services, on
SQLite and PostgreSQL."""
from __future__ import annotations

import dataclasses
import hashlib
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import update

from case_helpers import Driver, at
from ipcase.db.models.evidence import EvidenceFile
from ipcase.domain.enums import PartyRole
from ipcase.dto.evidence import (
    AppraisalInput,
    EvidenceInput,
    ExtensionInput,
    FileUpload,
    RecordInput,
    SeizureInput,
)
from ipcase.errors import (
    ConcurrentModification,
    PermissionDenied,
    TransitionRefused,
    ValidationErrors,
    ValidationFailed,
)
from ipcase.queries.cases.deadlines import my_deadlines
from ipcase.queries.evidence.register import case_evidence, evidence_file, evidence_register
from ipcase.services.evidence import investigation
from ipcase.services.evidence import register as evidence

DAY = date(2025, 9, 1)


def registered(new_uow, staff, day: date = DAY, tech=False) -> Driver:
    c = Driver.new(new_uow, staff, at(day), received=day)
    c.panel(at(day), tech=tech)
    c.act_approved("register", {"registered_date": day}, at(day))
    return c


def dl(c: Driver, code: str, today: date):
    return [d for d in c.detail(today).deadlines if d.code == code]


def call(new_uow, fn, **kw):
    with new_uow() as uow:
        return fn(uow, **kw)


def test_register_is_gapless_and_says_who_submitted(new_uow, staff):
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)   # evidence arrives with the request, before 立案
    requester = c.party_ids(PartyRole.REQUESTER, DAY)[0]
    first = call(new_uow, evidence.add_evidence, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(DAY),
                 data=EvidenceInput("专利证书", DAY, party_id=requester, purpose="专利权有效", pages=2, original=True),
                 files=(FileUpload("证书.pdf", b"%PDF-1.4 certificate"),))
    call(new_uow, evidence.add_evidence, actor_id=staff.officer.id, case_id=c.ref.id, now=at(DAY),
         data=EvidenceInput("公证购买的被诉产品", DAY, by_office=True, purpose="被请求人销售被诉产品"))
    with pytest.raises(ValidationErrors) as e:
        call(new_uow, evidence.add_evidence, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(DAY),
             data=EvidenceInput("  ", DAY + timedelta(days=1)))
    assert {(x.field, x.reason) for x in e.value.errors} == {
        ("name", "required"), ("party_id", "required"), ("received_on", "future")}
    with new_uow() as uow:
        rows = evidence_register(uow, c.ref.id)
    assert [(r.seq, r.name, r.submitted_by, r.admitted) for r in rows] == [
        (1, "专利证书", "宁波华辰科技有限公司", None), (2, "公证购买的被诉产品", "本局调取", None)]
    assert rows[0].files[0].sha256 == hashlib.sha256(b"%PDF-1.4 certificate").hexdigest()
    with new_uow() as uow:
        assert evidence_file(uow, file_id=rows[0].files[0].id) == ("证书.pdf", b"%PDF-1.4 certificate")
    # a correction keeps the 序号; a stale version is refused
    call(new_uow, evidence.update_evidence, actor_id=staff.clerk.id, item_id=first, expected_version=rows[0].version,
         data=EvidenceInput("专利证书及年费缴纳凭证", DAY, party_id=requester, pages=3), now=at(DAY))
    with pytest.raises(ConcurrentModification):
        call(new_uow, evidence.update_evidence, actor_id=staff.clerk.id, item_id=first,
             expected_version=rows[0].version, data=EvidenceInput("x", DAY, party_id=requester), now=at(DAY))
    with new_uow() as uow:
        assert [(r.seq, r.name, r.pages) for r in evidence_register(uow, c.ref.id)][0] == (1, "专利证书及年费缴纳凭证", 3)
    kinds = [t.kind for t in c.detail(DAY).timeline]
    assert kinds.count("evidence_added") == 2 and "evidence_edited" in kinds


def test_verify_detects_a_changed_file_and_admission_needs_a_reason_to_reject(new_uow, staff):
    c = registered(new_uow, staff)
    item = call(new_uow, evidence.add_evidence, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(DAY),
                data=EvidenceInput("销售合同", DAY, by_office=True),
                files=(FileUpload("合同.jpg", b"\xff\xd8 contract"), FileUpload("发票.jpg", b"\xff\xd8 invoice")))
    ok = call(new_uow, evidence.verify_files, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(DAY))
    assert (ok.checked, ok.changed) == (2, ())
    with new_uow() as uow:   # someone alters the stored bytes behind the application's back
        uow.session.execute(update(EvidenceFile).where(EvidenceFile.name == "发票.jpg").values(content=b"forged"))
        uow.commit()
    bad = call(new_uow, evidence.verify_files, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(DAY))
    assert bad.changed == ("1. 发票.jpg",)
    with new_uow() as uow:
        files = evidence_register(uow, c.ref.id)[0].files
    assert [(f.name, f.intact) for f in files] == [("合同.jpg", True), ("发票.jpg", False)]
    assert c.detail(DAY).timeline[-1].kind == "evidence_verified"

    version = evidence_register_version(new_uow, c.ref.id)
    with pytest.raises(ValidationFailed) as e:
        call(new_uow, evidence.decide_admission, actor_id=staff.officer.id, item_id=item, expected_version=version,
             admitted=False, reason=" ", now=at(DAY))
    assert e.value.field == "admission_reason"
    with pytest.raises(PermissionDenied):   # the panel decides, not the clerk
        call(new_uow, evidence.decide_admission, actor_id=staff.clerk.id, item_id=item, expected_version=version,
             admitted=True, reason="", now=at(DAY))
    call(new_uow, evidence.decide_admission, actor_id=staff.officer.id, item_id=item, expected_version=version,
         admitted=False, reason="发票内容经核验被改动，不予采信", now=at(DAY))
    with new_uow() as uow:
        row = evidence_register(uow, c.ref.id)[0]
    assert (row.admitted, row.admission_reason, row.admission_on) == (False, "发票内容经核验被改动，不予采信", DAY)


def evidence_register_version(new_uow, case_id: int) -> int:
    with new_uow() as uow:
        return evidence_register(uow, case_id)[0].version


def test_records_need_two_officers(new_uow, staff):
    c = registered(new_uow, staff)
    data = RecordInput("inspection", datetime(2025, 9, 3, 9), datetime(2025, 9, 3, 11), "义乌市某路1号仓库",
                       (staff.officer.id,), "义乌市鼎盛贸易商行甲 负责人 王某", "仓库内存放被诉产品约200件",
                       witness="村委会 李某", informed="已出示执法证件")
    with pytest.raises(ValidationErrors) as e:
        call(new_uow, investigation.add_record, actor_id=staff.clerk.id, case_id=c.ref.id, data=data,
             now=at(date(2025, 9, 3)))
    assert [(x.field, x.reason) for x in e.value.errors] == [("officer_ids", "too_few_officers")]
    with pytest.raises(ValidationErrors) as e:   # a clerk is not an enforcement officer
        call(new_uow, investigation.add_record, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(date(2025, 9, 3)),
             data=RecordInput(**{**data.__dict__, "officer_ids": (staff.officer.id, staff.clerk.id)}))
    assert e.value.errors[0].field == "officer_ids"
    rid = call(new_uow, investigation.add_record, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(date(2025, 9, 3)),
               data=RecordInput(**{**data.__dict__, "officer_ids": (staff.officer.id, staff.officer2.id)}))
    with new_uow() as uow:
        rec = case_evidence(uow, case_id=c.ref.id, today=date(2025, 9, 3)).records[0]
    assert (rec.id, rec.kind, rec.officer_names) == (rid, "inspection", ("张伟", "李娜"))


def test_preservation_is_decided_within_seven_days(new_uow, staff):
    c = registered(new_uow, staff)
    respondent = c.party_ids(PartyRole.RESPONDENT, DAY)[0]
    items = ({"name": "折叠露营椅", "spec": "YL-01", "quantity": "200把", "unit_price": "89元", "location": "仓库"},)
    sid = call(new_uow, investigation.add_seizure, actor_id=staff.officer.id, case_id=c.ref.id,
               now=at(date(2025, 9, 27)), data=SeizureInput("preservation", respondent, date(2025, 9, 27), "被请求人仓库",
                                                           items, datetime(2025, 9, 27, 10)))
    d11 = dl(c, "D11", date(2025, 9, 28))
    assert [(d.start_date, d.due_date, d.status) for d in d11] == [(date(2025, 9, 27), date(2025, 10, 9), "open")]
    with new_uow() as uow:
        mine = my_deadlines(uow, user_id=staff.officer.id, today=date(2025, 9, 28))
    assert any(d.code == "D11" and d.case_id == c.ref.id for d in mine)
    with pytest.raises(ValidationErrors) as e:   # another measure must be described
        call(new_uow, investigation.dispose_preservation, actor_id=staff.officer.id, seizure_id=sid,
             disposal="other", decided_on=date(2025, 9, 30), now=at(date(2025, 9, 30)))
    assert [x.field for x in e.value.errors] == ["disposal_note"]
    call(new_uow, investigation.dispose_preservation, actor_id=staff.officer.id, seizure_id=sid, disposal="release",
         decided_on=date(2025, 9, 30), note="已完成比对", now=at(date(2025, 9, 30)))
    assert [(d.status, d.met_date) for d in dl(c, "D11", date(2025, 9, 30))] == [("met", date(2025, 9, 30))]
    with pytest.raises(TransitionRefused) as e:
        call(new_uow, investigation.dispose_preservation, actor_id=staff.officer.id, seizure_id=sid,
             disposal="release", decided_on=date(2025, 9, 30), now=at(date(2025, 9, 30)))
    assert e.value.code == "already_disposed"


def test_appraisal_pauses_the_closing_limit_by_exactly_its_days(new_uow, staff):
    c = registered(new_uow, staff, date(2025, 3, 3))
    assert dl(c, "D12", date(2025, 3, 3))[0].due_date == date(2025, 6, 3)
    aid = call(new_uow, investigation.commission_appraisal, actor_id=staff.officer.id, case_id=c.ref.id,
               now=at(date(2025, 3, 10)), data=AppraisalInput("某司法鉴定中心", "被诉产品是否落入权利要求1的保护范围",
                                                            date(2025, 3, 10), due_on=date(2025, 4, 10)))
    running = dl(c, "D12", date(2025, 3, 20))[0]
    # stored when the appraisal was commissioned: a running pause counts through that day, and says "paused"
    assert running.paused and running.due_date == date(2025, 6, 3) + timedelta(days=1)
    assert "暂停中" in running.basis
    d = c.detail(date(2025, 3, 20))
    assert [(p.kind, p.start_date, p.end_date) for p in d.pauses] == [("appraisal", date(2025, 3, 10), None)]
    with pytest.raises(ValidationErrors):
        call(new_uow, investigation.receive_appraisal_report, actor_id=staff.clerk.id, appraisal_id=aid,
             report_on=date(2025, 3, 25), conclusion="", now=at(date(2025, 3, 25)))
    # the generic "end an excluded period" action may not end the pause an open appraisal owns
    c.ref = dataclasses.replace(c.ref, version=d.version)   # the appraisal bumped it
    with pytest.raises(TransitionRefused) as e:
        c.act("end_pause", {"pause_kind": "appraisal", "end_date": date(2025, 3, 25)}, at(date(2025, 3, 25)))
    assert e.value.code == "pause_owned_by_appraisal"
    call(new_uow, investigation.receive_appraisal_report, actor_id=staff.clerk.id, appraisal_id=aid,
         report_on=date(2025, 4, 9), conclusion="落入保护范围", now=at(date(2025, 4, 9)))
    d12 = dl(c, "D12", date(2025, 5, 1))[0]
    assert not d12.paused and d12.due_date == date(2025, 6, 3) + timedelta(days=30)   # 03-10 … 04-08
    with new_uow() as uow:
        a = case_evidence(uow, case_id=c.ref.id, today=date(2025, 5, 1)).appraisals[0]
    assert (a.report_on, a.paused_days) == (date(2025, 4, 9), 30)


def test_evidence_extension_moves_the_party_period_and_pauses_the_closing_limit(new_uow, staff):
    c = registered(new_uow, staff)
    requester = c.party_ids(PartyRole.REQUESTER, DAY)[0]
    ext = ExtensionInput(requester, date(2025, 9, 15), date(2025, 9, 16), 10, "证据在境外公证认证")
    with pytest.raises(TransitionRefused) as e:   # the period has not started: the notice is not served
        call(new_uow, investigation.extend_evidence_period, actor_id=staff.officer.id, case_id=c.ref.id,
             data=ext, now=at(date(2025, 9, 16)))
    assert e.value.code == "evidence_period_not_started"
    c.serve("serve_registration_notice", {requester: date(2025, 9, 5)}, "direct",
          at(date(2025, 9, 5)), who=staff.clerk)
    assert [x.due_date for x in dl(c, "D10", date(2025, 9, 5))] == [date(2025, 9, 22)]
    base = dl(c, "D12", date(2025, 9, 5))[0].due_date
    with pytest.raises(ValidationErrors) as e:
        call(new_uow, investigation.extend_evidence_period, actor_id=staff.officer.id, case_id=c.ref.id,
             data=ExtensionInput(requester, date(2025, 9, 23), date(2025, 9, 23), 10), now=at(date(2025, 9, 23)))
    assert e.value.errors[0].field == "requested_on" and e.value.errors[0].reason == "after_due"
    call(new_uow, investigation.extend_evidence_period, actor_id=staff.officer.id, case_id=c.ref.id, data=ext,
         now=at(date(2025, 9, 16)))
    assert [x.due_date for x in dl(c, "D10", date(2025, 9, 16))] == [date(2025, 10, 9)]   # rolled off 国庆
    d = c.detail(date(2025, 9, 16))
    assert [(p.kind, p.start_date, p.end_date) for p in d.pauses] == [
        ("evidence_extension", date(2025, 9, 23), date(2025, 10, 10))]
    assert dl(c, "D12", date(2025, 9, 16))[0].due_date == base + timedelta(days=17)
    with new_uow() as uow:
        ev = case_evidence(uow, case_id=c.ref.id, today=date(2025, 9, 16))
    assert [(x.party_name, x.old_due, x.new_due, x.days) for x in ev.extensions] == [
        ("宁波华辰科技有限公司", date(2025, 9, 22), date(2025, 10, 9), 10)]
    assert ev.periods[0].due == date(2025, 10, 9)


def test_tech_opinion_needs_a_technical_investigator_on_the_panel(new_uow, staff):
    plain = registered(new_uow, staff)
    with pytest.raises(TransitionRefused) as e:
        call(new_uow, investigation.add_tech_opinion, actor_id=staff.clerk.id, case_id=plain.ref.id,
             submitted_on=DAY, opinion="技术特征相同", now=at(DAY))
    assert e.value.code == "no_tech_investigator"
    c = registered(new_uow, staff, tech=True)
    call(new_uow, investigation.add_tech_opinion, actor_id=staff.clerk.id, case_id=c.ref.id, submitted_on=DAY,
         opinion="被诉产品的锁止机构与权利要求1的技术特征相同", files=(FileUpload("意见.pdf", b"%PDF op"),), now=at(DAY))
    with new_uow() as uow:
        op = case_evidence(uow, case_id=c.ref.id, today=DAY).opinions[0]
    assert (op.investigator, len(op.files)) == ("王芳", 1)
    # the investigator sits on the panel without a vote: the panel is still three voting members
    assert len([s for s in c.detail(DAY).panel if s.role in ("leader", "member")]) == 3
