"""Check-in replay (issue 14, ipcase.sync.checkin) on SQLite and PostgreSQL: a laptop's operations run at the office
through the same services, once each, with the laptop's time and user marked offline in the audit chain; laptop
ids are mapped to the office's; a check-in cancelled after an operation and repeated applies nothing twice; a rule
of the office that refuses an operation sends it to the queue with its reason; the reserved 文号 are consumed,
and those not used go back to the top of the counter or are void."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from laptop_helpers import bump_counter, counter, lend, op, version
from recusal_helpers import case_in_investigation
from sqlalchemy import func, select

from case_helpers import Driver, at
from ipcase.db.models.audit import AuditEntry
from ipcase.db.models.documents import IssuedDocument
from ipcase.db.models.evidence import EvidenceItem
from ipcase.db.models.sync import (
    AppliedOperation,
    Checkout,
    CheckoutRecord,
    IdMap,
    ReservedNumber,
    SyncConflict,
)
from ipcase.domain.enums import PartyRole
from ipcase.dto.documents import DocumentDraft
from ipcase.dto.evidence import EvidenceInput, FileUpload
from ipcase.progress import Cancelled, CancelToken
from ipcase.sync.checkin import check_in
from ipcase.sync.idmap import LAPTOP_IDS

DAY = date(2026, 11, 2)
NOW = at(DAY)
OFFLINE = datetime(2026, 11, 3, 14, 5)
CHECKIN = datetime(2026, 11, 5, 9, 0)


def _evidence(name: str) -> EvidenceInput:
    return EvidenceInput(name, date(2026, 11, 3), by_office=True, purpose="被请求人展位现场销售被诉产品")


def _count(new_uow, model, **where) -> int:
    with new_uow() as uow:
        q = select(func.count()).select_from(model)
        for k, v in where.items():
            q = q.where(getattr(model, k) == v)
        return uow.session.scalar(q)


def _lent_case(new_uow, staff):
    c = Driver.new(new_uow, staff, NOW)
    checkout = lend(new_uow, staff, user=staff.officer, now=NOW + timedelta(hours=1), cases=[c.ref.id])
    return c.ref.id, checkout


def test_operations_apply_once_as_the_laptop_made_them_and_laptop_ids_become_office_ids(new_uow, staff):
    case_id, checkout = _lent_case(new_uow, staff)
    v = version(new_uow, "case", case_id)
    photo = LAPTOP_IDS + 7
    ops = [
        op("evidence.add_item", 1, at=OFFLINE, user=staff.officer, seen={f"case:{case_id}": v}, result=photo,
           actor_id=staff.officer.id, case_id=case_id, data=_evidence("展位现场照片"),
           files=(FileUpload("展位.jpg", b"\xff\xd8photo"),), now=OFFLINE),
        op("evidence.update_item", 2, at=OFFLINE + timedelta(minutes=3), user=staff.officer,
           seen={f"case:{case_id}": v + 1}, result=photo, actor_id=staff.officer.id, item_id=photo,
           expected_version=1, data=_evidence("展位A12现场照片"), now=OFFLINE + timedelta(minutes=3)),
    ]
    report = check_in(new_uow, ops, checkout_id=checkout, now=CHECKIN)

    assert [(i.status, i.repeated) for i in report.items] == [("applied", False), ("applied", False)]
    with new_uow() as uow:
        s = uow.session
        item = s.scalar(select(EvidenceItem).where(EvidenceItem.case_id == case_id))
        item_id = item.id
        assert item.name == "展位A12现场照片" and item_id < LAPTOP_IDS
        assert s.scalar(select(IdMap.office_row_id).where(IdMap.laptop_id == photo)) == item_id
        assert report.items[0].result == item_id
        # the office chain: the laptop's user and time, marked offline; the check-in's bookkeeping at its own time
        entries = s.scalars(select(AuditEntry).where(AuditEntry.record_kind == "evidence_items")).all()
        assert {(e.at, e.origin, e.actor_id) for e in entries} == {
            (OFFLINE, "offline", staff.officer.id), (OFFLINE + timedelta(minutes=3), "offline", staff.officer.id)}
        applied = s.scalars(select(AppliedOperation).order_by(AppliedOperation.seq)).all()
        assert [(a.op_id, a.status) for a in applied] == [(o.op_id, "applied") for o in ops]
        # nothing open: the case is returned, the check-out ends
        assert s.get(Checkout, checkout).state == "returned"
        assert s.scalar(select(CheckoutRecord.returned_at).where(CheckoutRecord.checkout_id == checkout)) == CHECKIN
        assert s.get(Checkout, checkout).last_checkin_at == CHECKIN
    assert report.checkout_state == "returned"

    again = check_in(new_uow, ops, checkout_id=checkout, now=CHECKIN + timedelta(hours=1))
    assert [(i.status, i.repeated, i.result) for i in again.items] == [("applied", True, item_id),
                                                                       ("applied", True, item_id)]
    assert _count(new_uow, EvidenceItem, case_id=case_id) == 1


def test_a_check_in_cancelled_after_an_operation_and_repeated_applies_nothing_twice(new_uow, staff):
    case_id, checkout = _lent_case(new_uow, staff)
    v = version(new_uow, "case", case_id)
    ops = [op("evidence.add_item", k, at=OFFLINE + timedelta(minutes=k), user=staff.officer,
              seen={f"case:{case_id}": v + k - 1}, result=LAPTOP_IDS + k, actor_id=staff.officer.id,
              case_id=case_id, data=_evidence(f"抽样样品{k}"), now=OFFLINE + timedelta(minutes=k))
           for k in (1, 2, 3)]
    token = CancelToken()

    def progress(done, _total, _text):
        if done == 1:
            token.cancel()   # the cable is pulled after the first operation committed

    with pytest.raises(Cancelled):
        check_in(new_uow, ops, checkout_id=checkout, now=CHECKIN, progress=progress, cancel=token)
    assert _count(new_uow, EvidenceItem, case_id=case_id) == 1
    assert _count(new_uow, AppliedOperation, checkout_id=checkout) == 1

    report = check_in(new_uow, ops, checkout_id=checkout, now=CHECKIN + timedelta(minutes=5))
    assert [(i.status, i.repeated) for i in report.items] == [("applied", True), ("applied", False),
                                                              ("applied", False)]
    with new_uow() as uow:
        names = uow.session.scalars(select(EvidenceItem.name).where(EvidenceItem.case_id == case_id)
                                    .order_by(EvidenceItem.seq)).all()
    assert names == ["抽样样品1", "抽样样品2", "抽样样品3"]


def test_a_refusal_of_the_office_rules_waits_in_the_queue_with_its_reason(new_uow, staff):
    case_id, checkout = _lent_case(new_uow, staff)
    v = version(new_uow, "case", case_id)
    # a clerk may register evidence but not decide its admission (case.procedure): the office refuses it
    item = LAPTOP_IDS + 1
    ops = [op("evidence.add_item", 1, at=OFFLINE, user=staff.clerk, seen={f"case:{case_id}": v}, result=item,
              actor_id=staff.clerk.id, case_id=case_id, data=_evidence("购买公证书"), now=OFFLINE),
           op("evidence.decide_admission", 2, at=OFFLINE, user=staff.clerk, seen={f"case:{case_id}": v + 1},
              result=None, actor_id=staff.clerk.id, item_id=item, expected_version=1, admitted=True, reason="真实合法",
              now=OFFLINE)]
    report = check_in(new_uow, ops, checkout_id=checkout, now=CHECKIN)
    assert [i.status for i in report.items] == ["applied", "refused"]
    refused = report.items[1]
    assert refused.reason_code == "permission" and refused.conflict_id is not None
    with new_uow() as uow:
        c = uow.session.get(SyncConflict, refused.conflict_id)
        assert (c.state, c.record_kind, c.record_id, c.laptop_user_id) == ("open", "case", case_id, staff.clerk.id)
        assert json.loads(c.laptop_side_json)["inputs"]["item_id"] == item   # as the laptop sent it
        assert json.loads(c.office_side_json)["id"] == case_id
        # something is open: the case stays out, and with it the check-out
        assert uow.session.get(Checkout, checkout).state == "out"
        assert uow.session.scalar(select(CheckoutRecord.returned_at)) is None


def test_reserved_numbers_are_consumed_and_the_unused_returned_or_void(new_uow, staff):
    c = case_in_investigation(new_uow, staff, received=date(2026, 10, 9), registered=date(2026, 10, 15),
                              notice_served=date(2026, 10, 19), copy_served=date(2026, 10, 19),
                              answered=date(2026, 10, 30))
    requester = c.party_ids(PartyRole.REQUESTER, DAY)[0]
    kind = "doc:investigation_notice"
    checkout = lend(new_uow, staff, user=staff.officer, now=NOW, cases=[c.ref.id], numbers={kind: 3})
    assert counter(new_uow, staff.office.id, kind, 2026) == 3
    v = version(new_uow, "case", c.ref.id)
    # the laptop issued its second reserved number (the first went into a document it then lost: voided below)
    issued = op("documents.issue", 1, at=OFFLINE, user=staff.officer, seen={f"case:{c.ref.id}": v},
                numbers=[(kind, 2026, 2)], actor_id=staff.officer.id, case_id=c.ref.id, now=OFFLINE,
                draft=DocumentDraft("investigation_notice", {"matters": "核实被诉产品的库存",
                                                             "time_place": "2026年11月10日上午，本局"},
                                    party_id=requester))
    report = check_in(new_uow, [issued], checkout_id=checkout, now=CHECKIN)
    assert report.items[0].status == "applied"
    with new_uow() as uow:
        s = uow.session
        doc = s.scalar(select(IssuedDocument).where(IssuedDocument.doc_type == "investigation_notice"))
        assert doc.seq == 2 and doc.issued_at == OFFLINE
        states = dict(s.execute(select(ReservedNumber.number, ReservedNumber.state)).all())
        used = s.scalar(select(ReservedNumber).where(ReservedNumber.number == 2))
        assert (used.document_id, used.text) == (doc.id, doc.number)
    # 3 was the counter's top: back to the counter; 1 is inside the register: void, with the reason
    assert states == {1: "void", 2: "used", 3: "returned"}
    assert report.numbers_returned == (3,) and report.numbers_void == (1,)
    assert counter(new_uow, staff.office.id, kind, 2026) == 2


def test_unused_numbers_below_an_office_number_are_void(new_uow, staff):
    case_id, checkout = _lent_case(new_uow, staff)
    kind = "doc:investigation_notice"
    with new_uow() as uow:
        from ipcase.db.models.sync import NumberBlock
        from ipcase.services.numbering import next_number
        s = uow.session
        first = next_number(s, office_id=staff.office.id, kind=kind, year=2026)
        s.add(block := NumberBlock(office_id=staff.office.id, checkout_id=checkout, kind=kind, year=2026,
                                   first=first, last=first))
        s.flush()
        s.add(ReservedNumber(block_id=block.id, number=first, state="reserved"))
        uow.commit()
    bump_counter(new_uow, staff.office.id, kind, 2026)   # the office issued the next one meanwhile
    report = check_in(new_uow, [], checkout_id=checkout, now=CHECKIN)
    assert report.numbers_void == (first,) and report.numbers_returned == ()
    with new_uow() as uow:
        row = uow.session.scalar(select(ReservedNumber))
        assert (row.state, row.void_reason, row.settled_at) == ("void", "unused", CHECKIN)
    assert counter(new_uow, staff.office.id, kind, 2026) == first + 1


def test_a_batch_operation_replays_as_one_operation_with_its_items_and_numbers(new_uow, staff):
    c = case_in_investigation(new_uow, staff, received=date(2026, 10, 9), registered=date(2026, 10, 15),
                              notice_served=date(2026, 10, 19), copy_served=date(2026, 10, 19),
                              answered=date(2026, 10, 30))
    parties = c.party_ids(PartyRole.REQUESTER, DAY) + c.party_ids(PartyRole.RESPONDENT, DAY)
    kind = "doc:investigation_notice"
    checkout = lend(new_uow, staff, user=staff.officer, now=NOW, cases=[c.ref.id], numbers={kind: 2})
    draft = {"matters": "核实被诉产品的库存", "time_place": "2026年11月10日上午，本局"}
    batch = op("documents.issue_batch", 1, at=OFFLINE, user=staff.officer,
               seen={f"case:{c.ref.id}": version(new_uow, "case", c.ref.id)},
               numbers=[(kind, 2026, 1), (kind, 2026, 2)], actor_id=staff.officer.id, now=OFFLINE,
               items=[(c.ref.id, DocumentDraft("investigation_notice", dict(draft), party_id=p)) for p in parties[:2]])
    report = check_in(new_uow, [batch], checkout_id=checkout, now=CHECKIN)
    assert [i.status for i in report.items] == ["applied"]
    with new_uow() as uow:
        s = uow.session
        seqs = s.scalars(select(IssuedDocument.seq).where(IssuedDocument.doc_type == "investigation_notice")
                         .order_by(IssuedDocument.seq)).all()
        states = s.scalars(select(ReservedNumber.state).order_by(ReservedNumber.number)).all()
    assert seqs == [1, 2] and states == ["used", "used"]
    assert counter(new_uow, staff.office.id, kind, 2026) == 2
