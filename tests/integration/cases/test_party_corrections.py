"""The approved 更正 of a party's data after 立案 (issue 12), on SQLite and PostgreSQL: filed by an officer,
decided by the 部门负责人, recorded on the timeline; documents issued afterwards read the corrected party."""
from __future__ import annotations

from datetime import date

import pytest

from case_helpers import Driver, at
from ipcase import commands
from ipcase.domain.enums import ApprovalStatus, PartyRole
from ipcase.dto.corrections import PartyCorrectionInput
from ipcase.dto.documents import DocumentDraft
from ipcase.errors import (
    ConcurrentModification,
    PermissionDenied,
    TransitionRefused,
    ValidationErrors,
    ValidationFailed,
)
from ipcase.queries.cases.corrections import party_corrections
from ipcase.services.documents import issue as docs

DAY = date(2026, 10, 12)


def registered(new_uow, staff) -> Driver:
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    c.panel(at(DAY))
    c.act_approved("register", {"registered_date": DAY}, at(DAY))
    return c


def requester(c: Driver):
    return next(p for p in c.detail(DAY).parties if p.role == PartyRole.REQUESTER)


def correction(party, **changes) -> PartyCorrectionInput:
    values = dict(name=party.name, credit_code=party.credit_code, legal_rep=party.legal_rep,
                  legal_rep_title=party.legal_rep_title, address=party.address, phone=party.phone,
                  reason="请求书笔误，以营业执照为准")
    values.update(changes)
    return PartyCorrectionInput(party_id=party.id, **values)


def file(new_uow, c: Driver, who, data):
    c.ref = commands.run("cases.file_party_correction", new_uow, actor_id=who.id, case_id=c.ref.id,
                         expected_version=c.ref.version, data=data, now=at(DAY))
    return c.ref


def decide(new_uow, c: Driver, who, approve=True, opinion="同意"):
    with new_uow() as uow:
        pending = [x for x in party_corrections(uow, case_id=c.ref.id, viewer_id=who.id)
                   if x.status == ApprovalStatus.PENDING]
    c.ref = commands.run("cases.decide_party_correction", new_uow, actor_id=who.id, correction_id=pending[0].id,
                         approve=approve, opinion=opinion, now=at(DAY))
    return c.ref


def test_filed_then_approved_the_party_reads_the_correction_and_the_timeline_has_both(new_uow, staff):
    c = registered(new_uow, staff)
    party = requester(c)
    file(new_uow, c, staff.officer, correction(party, name="宁波华晨科技有限公司", address="宁波市高新区2号"))
    assert requester(c).name == party.name                       # nothing changes before the decision
    decide(new_uow, c, staff.dept_head, opinion="核对营业执照无误")
    corrected = requester(c)
    assert (corrected.name, corrected.address) == ("宁波华晨科技有限公司", "宁波市高新区2号")
    entry = c.detail(DAY).timeline[-1]
    assert entry.kind == "party_corrected"
    assert entry.detail["before"] == {"name": party.name, "address": "宁波市高新区1号"}
    assert entry.detail["after"] == {"name": "宁波华晨科技有限公司", "address": "宁波市高新区2号"}
    with new_uow() as uow:
        (info,) = party_corrections(uow, case_id=c.ref.id, viewer_id=staff.officer.id)
        doc = docs.preview_document(uow, case_id=c.ref.id, now=at(DAY),
                                    draft=DocumentDraft("acceptance_notice", party_id=party.id))
    assert info.status == ApprovalStatus.APPROVED and info.decided_by == "刘洋"
    # The patentee (the patent's record) keeps its name; the party block and the addressee read the correction.
    assert "请求人\t宁波华晨科技有限公司" in doc.text and f"请求人\t{party.name}" not in doc.text
    assert "宁波华晨科技有限公司：" in doc.text


def test_refused_with_a_reason_nothing_changes(new_uow, staff):
    c = registered(new_uow, staff)
    party = requester(c)
    file(new_uow, c, staff.officer, correction(party, name="宁波华晨科技有限公司"))
    with pytest.raises(ValidationFailed) as e:
        decide(new_uow, c, staff.dept_head, approve=False, opinion=" ")
    assert e.value.field == "opinion"
    decide(new_uow, c, staff.dept_head, approve=False, opinion="无证明材料")
    assert requester(c).name == party.name
    assert c.detail(DAY).timeline[-1].kind == "party_correction_refused"


def test_only_the_department_head_decides_and_only_officers_file(new_uow, staff):
    c = registered(new_uow, staff)
    party = requester(c)
    with pytest.raises(PermissionDenied):
        file(new_uow, c, staff.clerk, correction(party, name="宁波华晨科技有限公司"))
    file(new_uow, c, staff.officer, correction(party, name="宁波华晨科技有限公司"))
    with pytest.raises(PermissionDenied):
        decide(new_uow, c, staff.section_head)


def test_the_form_is_checked_like_any_party_and_a_second_pending_one_is_refused(new_uow, staff):
    c = registered(new_uow, staff)
    party = requester(c)
    with pytest.raises(ValidationErrors) as e:
        file(new_uow, c, staff.officer, correction(party, name="\u200b", credit_code="91330200MA2AB12340",
                                                   reason=""))
    assert {x.field for x in e.value.errors} == {"name", "credit_code", "reason"}
    with pytest.raises(ValidationErrors) as e:
        file(new_uow, c, staff.officer, correction(party))
    assert [(x.field, x.reason) for x in e.value.errors] == [("name", "unchanged")]
    with pytest.raises(ValidationFailed) as e:
        file(new_uow, c, staff.officer, correction(party, name="宁波华\x00晨"))
    assert (e.value.field, e.value.reason) == ("name", "control_char")
    file(new_uow, c, staff.officer, correction(party, name="宁波华晨科技有限公司"))
    with pytest.raises(ValidationFailed) as e:
        file(new_uow, c, staff.officer, correction(party, phone="0574-1234567"))
    assert e.value.reason == "correction_pending"


def test_before_registration_the_request_itself_is_edited(new_uow, staff):
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    with pytest.raises(TransitionRefused) as e:
        file(new_uow, c, staff.officer, correction(requester(c), name="宁波华晨科技有限公司"))
    assert e.value.code == "before_registration"


def test_a_party_changed_since_filing_is_not_overwritten(new_uow, staff):
    c = registered(new_uow, staff)
    party = requester(c)
    file(new_uow, c, staff.officer, correction(party, name="宁波华晨科技有限公司"))
    with new_uow() as uow:   # as another approved path (or a script) would
        from ipcase.db.models.cases import Party
        uow.session.get(Party, party.id).name = "宁波华辰科技股份有限公司"
        uow.commit()
    with pytest.raises(ConcurrentModification):
        decide(new_uow, c, staff.dept_head)
    assert requester(c).name == "宁波华辰科技股份有限公司"
