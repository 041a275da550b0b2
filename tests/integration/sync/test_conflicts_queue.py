"""The conflict queue (issue 14, ipcase.services.sync.conflicts) on SQLite and PostgreSQL: a record changed at the
office while it was out sends the laptop's operations on it to the queue with both sides (never merged); they are
decided one by one — apply, adapt with edited inputs, drop with a reason — each decision audited under the
decider, the operation under the laptop's user and time; an ended check-out; who may decide and end."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from laptop_helpers import lend, op, version
from sqlalchemy import select

from case_helpers import Driver, at
from ipcase.db.models.audit import AuditEntry
from ipcase.db.models.evidence import EvidenceItem
from ipcase.db.models.sync import AppliedOperation, Checkout, SyncConflict
from ipcase.dto.evidence import EvidenceInput
from ipcase.errors import PermissionDenied, TransitionRefused, ValidationErrors, ValidationFailed
from ipcase.services.documents.issue import add_attachment
from ipcase.services.sync.conflicts import decide_conflict, end_checkout
from ipcase.sync.checkin import check_in
from ipcase.sync.idmap import LAPTOP_IDS

DAY = date(2026, 11, 2)
NOW = at(DAY)
OFFLINE = datetime(2026, 11, 3, 14, 5)
CHECKIN = datetime(2026, 11, 5, 9, 0)
DECIDED = datetime(2026, 11, 5, 15, 0)


def _evidence(name: str) -> EvidenceInput:
    return EvidenceInput(name, date(2026, 11, 3), by_office=True)


def _decide(new_uow, who, conflict_id, decision, **kw):
    with new_uow() as uow:
        return decide_conflict(uow, actor_id=who.id, conflict_id=conflict_id, decision=decision, now=DECIDED, **kw)


def _offline_work(staff, case_id, v):
    photo = LAPTOP_IDS + 1
    return [
        op("evidence.add_item", 1, at=OFFLINE, user=staff.officer, seen={f"case:{case_id}": v}, result=photo,
           actor_id=staff.officer.id, case_id=case_id, data=_evidence("展位现场照片"), now=OFFLINE),
        op("evidence.update_item", 2, at=OFFLINE + timedelta(minutes=5), user=staff.officer,
           seen={f"case:{case_id}": v + 1}, result=photo, actor_id=staff.officer.id, item_id=photo,
           expected_version=1, data=_evidence("展位A12现场照片"), now=OFFLINE + timedelta(minutes=5)),
        op("evidence.add_item", 3, at=OFFLINE + timedelta(minutes=9), user=staff.officer,
           seen={f"case:{case_id}": v + 2}, result=LAPTOP_IDS + 2, actor_id=staff.officer.id, case_id=case_id,
           data=_evidence("宣传册"), now=OFFLINE + timedelta(minutes=9)),
    ]


def _changed_while_out(new_uow, staff):
    c = Driver.new(new_uow, staff, NOW)
    v = version(new_uow, "case", c.ref.id)
    checkout = lend(new_uow, staff, user=staff.officer, now=NOW, cases=[c.ref.id])
    with new_uow() as uow:   # the respondent's submission arrives by post while the case is out
        add_attachment(uow, actor_id=staff.clerk.id, case_id=c.ref.id, title="被请求人答辩状",
                       filename="答辩状.pdf", data=b"%PDF-1.4 answer", now=NOW + timedelta(days=1))
    return c.ref.id, v, checkout


def test_an_office_change_sends_the_laptops_work_to_the_queue_and_each_is_decided(new_uow, staff):
    case_id, v, checkout = _changed_while_out(new_uow, staff)
    ops = _offline_work(staff, case_id, v)
    report = check_in(new_uow, ops, checkout_id=checkout, now=CHECKIN)
    assert [(i.status, i.reason_code) for i in report.items] == [
        ("conflict", "changed_at_office"), ("conflict", "depends_on_conflict"), ("conflict", "earlier_conflict")]
    assert report.checkout_state == "out"
    with new_uow() as uow:
        s = uow.session
        assert s.scalar(select(EvidenceItem.id)) is None          # nothing merged
        first = s.get(SyncConflict, report.items[0].conflict_id)
        office = json.loads(first.office_side_json)
        laptop = json.loads(first.laptop_side_json)
    # both sides: the office's record now and what happened to it; what the laptop would do
    assert (office["kind"], office["id"], office["version"], office["expected_version"]) == ("case", case_id, v + 1, v)
    assert [(ch["kind"], ch["user"]) for ch in office["changes"]] == [("attachment_added", "孙丽")]
    assert laptop["command"] == "evidence.add_item" and laptop["inputs"]["data"]["name"] == "展位现场照片"

    # the officer applies the first two (their own laptop), the 部门负责人 drops the third
    assert _decide(new_uow, staff.officer, report.items[0].conflict_id, "apply") == "applied"
    assert _decide(new_uow, staff.officer, report.items[1].conflict_id, "apply") == "applied"
    with pytest.raises(ValidationFailed) as e:
        _decide(new_uow, staff.dept_head, report.items[2].conflict_id, "drop", reason="  ")
    assert e.value.field == "reason"
    assert _decide(new_uow, staff.dept_head, report.items[2].conflict_id, "drop",
                   reason="宣传册已由被请求人邮寄提交") == "dropped"
    with pytest.raises(TransitionRefused) as refused:
        _decide(new_uow, staff.dept_head, report.items[2].conflict_id, "apply")
    assert refused.value.code == "already_decided"

    with new_uow() as uow:
        s = uow.session
        assert s.scalars(select(EvidenceItem.name)).all() == ["展位A12现场照片"]
        assert [a.status for a in s.scalars(select(AppliedOperation).order_by(AppliedOperation.seq))] == [
            "applied", "applied", "dropped"]
        decided = s.get(SyncConflict, report.items[2].conflict_id)
        assert (decided.state, decided.decided_by_id, decided.decided_at) == ("dropped", staff.dept_head.id, DECIDED)
        # the decision under the decider's name; the operation under the laptop's user at its time, offline
        decision = s.scalars(select(AuditEntry).where(AuditEntry.record_kind == "sync_conflicts",
                                                      AuditEntry.operation == "update")).all()
        assert {(e.actor_id, e.origin) for e in decision} == {(staff.officer.id, "online"),
                                                              (staff.dept_head.id, "online")}
        work = s.scalars(select(AuditEntry).where(AuditEntry.record_kind == "evidence_items")).all()
        assert {(e.actor_id, e.at, e.origin) for e in work} == {
            (staff.officer.id, OFFLINE, "offline"), (staff.officer.id, OFFLINE + timedelta(minutes=5), "offline")}
        # nothing open any more: the case is back and the check-out ended
        assert s.get(Checkout, checkout).state == "returned"

    # the laptop learns the outcome at its next check-in: nothing runs twice
    again = check_in(new_uow, ops, checkout_id=checkout, now=DECIDED + timedelta(hours=1))
    assert [(i.status, i.repeated) for i in again.items] == [("applied", True), ("applied", True),
                                                             ("dropped", True)]
    assert again.items[2].reason_detail == "宣传册已由被请求人邮寄提交"


def test_adapt_runs_the_edited_inputs_checked_like_any_input(new_uow, staff):
    case_id, v, checkout = _changed_while_out(new_uow, staff)
    report = check_in(new_uow, _offline_work(staff, case_id, v)[:1], checkout_id=checkout, now=CHECKIN)
    conflict = report.items[0].conflict_id
    with new_uow() as uow:
        inputs = json.loads(uow.session.get(SyncConflict, conflict).inputs_json)["inputs"]
    with pytest.raises((ValidationFailed, ValidationErrors)):    # an empty name is refused as in the form
        _decide(new_uow, staff.dept_head, conflict, "adapt",
                inputs={**inputs, "data": {**inputs["data"], "name": " "}})
    with pytest.raises(ValidationFailed) as e:                   # who acted is not an input to adapt
        _decide(new_uow, staff.dept_head, conflict, "adapt", inputs={**inputs, "actor_id": staff.dept_head.id})
    assert e.value.field == "actor_id"
    assert _decide(new_uow, staff.dept_head, conflict, "adapt", reason="名称按答辩状更正",
                   inputs={**inputs, "data": {**inputs["data"], "name": "展位A12现场照片（更正）"}}) == "adapted"
    with new_uow() as uow:
        s = uow.session
        assert s.scalars(select(EvidenceItem.name)).all() == ["展位A12现场照片（更正）"]
        assert s.get(AppliedOperation, report.items[0].op_id).status == "adapted"
        assert s.get(SyncConflict, conflict).decision_reason == "名称按答辩状更正"


def test_an_ended_check_out_queues_what_the_laptop_sends_and_who_may_decide(new_uow, staff):
    c = Driver.new(new_uow, staff, NOW)
    v = version(new_uow, "case", c.ref.id)
    checkout = lend(new_uow, staff, user=staff.officer, now=NOW, cases=[c.ref.id])
    with pytest.raises(PermissionDenied):
        with new_uow() as uow:   # an officer does not end someone's check-out
            end_checkout(uow, actor_id=staff.officer2.id, checkout_id=checkout, reason="收回", now=NOW)
    with pytest.raises(ValidationFailed):
        with new_uow() as uow:
            end_checkout(uow, actor_id=staff.section_head.id, checkout_id=checkout, reason="", now=NOW)
    with new_uow() as uow:
        end_checkout(uow, actor_id=staff.section_head.id, checkout_id=checkout, reason="承办人调岗，案件收回",
                     now=NOW + timedelta(hours=1))
    with pytest.raises(TransitionRefused):
        with new_uow() as uow:
            end_checkout(uow, actor_id=staff.dept_head.id, checkout_id=checkout, reason="再次", now=NOW)

    report = check_in(new_uow, _offline_work(staff, c.ref.id, v)[:1], checkout_id=checkout, now=CHECKIN)
    item = report.items[0]
    assert (item.status, item.reason_code, item.reason_detail) == ("conflict", "checkout_ended", "ended")
    with pytest.raises(PermissionDenied):    # another officer's queue is not theirs to decide
        _decide(new_uow, staff.officer2, item.conflict_id, "apply")
    assert _decide(new_uow, staff.dept_head, item.conflict_id, "apply") == "applied"
    with new_uow() as uow:
        s = uow.session
        assert s.scalars(select(EvidenceItem.name)).all() == ["展位现场照片"]
        assert s.get(Checkout, checkout).state == "ended"


def test_applying_a_step_made_on_an_older_version_runs_on_the_offices_version(new_uow, staff):
    from ipcase.dto.cases import PanelInput
    from ipcase.queries.cases.register import case_detail
    case_id, v, checkout = _changed_while_out(new_uow, staff)
    panel = PanelInput(staff.officer.id, (staff.officer2.id, staff.officer3.id), staff.clerk.id, None)
    step = op("cases.set_panel", 1, at=OFFLINE, user=staff.officer, seen={f"case:{case_id}": v},
              actor_id=staff.officer.id, case_id=case_id, expected_version=v, panel=panel, now=OFFLINE)
    report = check_in(new_uow, [step], checkout_id=checkout, now=CHECKIN)
    assert report.items[0].reason_code == "changed_at_office"
    # the laptop's form said version v; the office's case is at v + 1 (the answer that came by post)
    assert _decide(new_uow, staff.officer, report.items[0].conflict_id, "apply") == "applied"
    with new_uow() as uow:
        detail = case_detail(uow, case_id, viewer_id=staff.officer.id, today=DAY)
    assert detail.version == v + 2 and {m.user_id for m in detail.panel} >= {staff.officer2.id, staff.officer3.id}


def test_an_operation_waiting_on_two_records_holds_back_later_work_on_either(new_uow, staff):
    from intake_helpers import item_input
    from intake_helpers import register as register_item
    case_id, v, checkout = _changed_while_out(new_uow, staff)
    item = register_item(new_uow, staff.clerk)
    with new_uow() as uow:   # the intake item joins the same check-out
        from ipcase.db.models.sync import CheckoutRecord
        uow.session.add(CheckoutRecord(checkout_id=checkout, kind="intake", record_id=item.id, number=item.number,
                                       version_at_checkout=item.version, expected_version=item.version))
        uow.commit()
    both = op("evidence.add_item", 1, at=OFFLINE, user=staff.officer,
              seen={f"case:{case_id}": v, f"intake:{item.id}": item.version}, actor_id=staff.officer.id,
              case_id=case_id, data=_evidence("展位现场照片"), now=OFFLINE)
    later = op("intake.update", 2, at=OFFLINE + timedelta(minutes=1), user=staff.officer,
               seen={f"intake:{item.id}": item.version}, actor_id=staff.officer.id, item_id=item.id,
               expected_version=item.version, data=item_input(product="折叠露营椅（更正）"),
               now=OFFLINE + timedelta(minutes=1))
    report = check_in(new_uow, [both, later], checkout_id=checkout, now=CHECKIN)
    assert [(i.reason_code, i.reason_detail) for i in report.items] == [
        ("changed_at_office", f"case:{case_id}:{v}->{v + 1}"), ("earlier_conflict", f"intake:{item.id}")]
