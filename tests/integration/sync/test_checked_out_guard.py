"""The checked-out guard (issue 14, ipcase.sync.guard) on SQLite and PostgreSQL: at the office, a record lent to a
laptop is changed only by that laptop's check-in — each refused path names the record, the officer, the laptop and
since when; what arrives by post (a party's submission, an intake item's material) is still recorded; a record not
lent, or lent by a check-out that ended or came back, changes as always; a gesture costs one indexed query on the
check-out table (not one per flush), a flush that writes no record's row none."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from intake_helpers import item_input
from intake_helpers import register as register_item
from laptop_helpers import lend, op, version
from sqlalchemy import event, func, select

from case_helpers import Driver, at
from ipcase.db.models.cases import Case
from ipcase.db.models.evidence import EvidenceItem
from ipcase.dto.evidence import EvidenceInput
from ipcase.dto.intake import AttachmentInput
from ipcase.errors import CheckedOut
from ipcase.services.documents.issue import add_attachment
from ipcase.services.evidence.register import add_evidence
from ipcase.services.intake import items as intake_items
from ipcase.services.sync.conflicts import end_checkout
from ipcase.sync.checkin import check_in
from ipcase.sync.guard import BY_POST

DAY = date(2026, 11, 2)
NOW = at(DAY)


def _evidence(new_uow, who, case_id, name="现场照片"):
    with new_uow() as uow:
        return add_evidence(uow, actor_id=who.id, case_id=case_id, now=NOW,
                            data=EvidenceInput(name, DAY, by_office=True))


def test_a_lent_case_refuses_office_changes_and_says_who_holds_it(new_uow, staff):
    c = Driver.new(new_uow, staff, NOW)
    other = Driver.new(new_uow, staff, NOW)
    lend(new_uow, staff, user=staff.officer, now=NOW, cases=[c.ref.id], laptop="执法笔记本-07")

    with pytest.raises(CheckedOut) as e:
        _evidence(new_uow, staff.officer2, c.ref.id)          # a row of the case (evidence_items → cases)
    assert (e.value.kind, e.value.user, e.value.laptop, e.value.since) == ("case", "张伟", "执法笔记本-07", NOW)
    with pytest.raises(CheckedOut):
        c.panel(NOW)                                         # the case itself (its panel: a procedural step)
    with pytest.raises(CheckedOut):   # the holder too: at the office it is the laptop's copy that is worked on
        _evidence(new_uow, staff.officer, c.ref.id)
    with new_uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(EvidenceItem)) == 0

    # another case of the office is not affected
    _evidence(new_uow, staff.officer2, other.ref.id)


def test_what_arrives_by_post_is_recorded_while_the_record_is_out(new_uow, staff):
    c = Driver.new(new_uow, staff, NOW)
    item = register_item(new_uow, staff.clerk)
    lend(new_uow, staff, user=staff.officer, now=NOW, cases=[c.ref.id], intake=[item.id])
    assert {"add_attachment", "intake.attach", "record_service", "record_receipt", "attach_proof"} <= BY_POST

    with new_uow() as uow:   # a party's submission filed in the case file (卷宗附件)
        add_attachment(uow, actor_id=staff.clerk.id, case_id=c.ref.id, title="被请求人补充证据",
                       filename="补充证据.pdf", data=b"%PDF-1.4 submission", now=NOW + timedelta(hours=2))
    with new_uow() as uow:   # material added to a lent intake item
        intake_items.add_attachment(uow, actor_id=staff.clerk.id, item_id=item.id,
                                    attachment=AttachmentInput("补正材料.pdf", b"%PDF-1.4 more"),
                                    now=NOW + timedelta(hours=3))
    # but the intake item's particulars wait for the check-in
    with pytest.raises(CheckedOut) as e:
        with new_uow() as uow:
            intake_items.update_item(uow, actor_id=staff.clerk.id, item_id=item.id,
                                     expected_version=version(new_uow, "intake", item.id),
                                     data=item_input(), now=NOW + timedelta(hours=4))
    assert e.value.kind == "intake"


def test_the_records_are_the_offices_again_when_the_check_out_ends_or_comes_back(new_uow, staff):
    ended_case = Driver.new(new_uow, staff, NOW)
    returned_case = Driver.new(new_uow, staff, NOW)
    ended = lend(new_uow, staff, user=staff.officer, now=NOW, cases=[ended_case.ref.id])
    returned = lend(new_uow, staff, user=staff.officer2, now=NOW, cases=[returned_case.ref.id],
                    laptop="执法笔记本-02")
    with new_uow() as uow:
        end_checkout(uow, actor_id=staff.section_head.id, checkout_id=ended, reason="笔记本遗失，收回案件",
                     now=NOW + timedelta(hours=1))
    _evidence(new_uow, staff.officer2, ended_case.ref.id)

    v = version(new_uow, "case", returned_case.ref.id)
    report = check_in(new_uow, [op("evidence.add_item", 1, at=NOW + timedelta(hours=2), user=staff.officer2,
                                   seen={f"case:{returned_case.ref.id}": v}, actor_id=staff.officer2.id,
                                   case_id=returned_case.ref.id, now=NOW + timedelta(hours=2),
                                   data=EvidenceInput("抽样记录", DAY, by_office=True))],
                      checkout_id=returned, now=NOW + timedelta(hours=3))
    assert report.items[0].status == "applied" and report.checkout_state == "returned"
    _evidence(new_uow, staff.officer, returned_case.ref.id, "调取的销售记录")


def test_a_gesture_costs_at_most_one_query_on_the_check_outs(new_uow, staff, engine):
    c = Driver.new(new_uow, staff, NOW)
    lend(new_uow, staff, user=staff.officer, now=NOW, cases=[Driver.new(new_uow, staff, NOW).ref.id])
    statements, flushes = [], []

    def count(_conn, _cursor, statement, *_args):
        if "checkout_records" in statement:
            statements.append(statement)

    def flushed(_session, _context):
        flushes.append(1)

    event.listen(engine, "before_cursor_execute", count)
    try:
        with new_uow() as uow:
            event.listen(uow.session, "after_flush", flushed)
            add_evidence(uow, actor_id=staff.officer.id, case_id=c.ref.id, now=NOW,
                         data=EvidenceInput("现场照片", DAY, by_office=True))
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(flushes) > 1 and len(statements) == 1     # asked once for the gesture's record, not per flush
    # a flush that writes no row of a record asks nothing
    statements.clear()
    event.listen(engine, "before_cursor_execute", count)
    try:
        with new_uow() as uow:
            uow.session.get(Case, c.ref.id)
            uow.session.flush()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert statements == []


def test_a_lent_mediation_case_waits_for_the_check_in_too(new_uow, staff):
    from mediation_case_helpers import request as mediation_request

    from ipcase.services.mediation import cases as mediation_cases
    with new_uow() as uow:
        mcase = mediation_cases.register_request(uow, actor_id=staff.officer.id, data=mediation_request(), now=NOW)
    lend(new_uow, staff, user=staff.officer, now=NOW, mediation=[mcase.id])
    with pytest.raises(CheckedOut) as e:
        with new_uow() as uow:
            mediation_cases.update_request(uow, actor_id=staff.officer2.id, case_id=mcase.id,
                                           expected_version=version(new_uow, "mediation", mcase.id),
                                           data=mediation_request(), now=NOW + timedelta(hours=1))
    assert e.value.kind == "mediation"


def test_opening_a_lent_cases_document_at_the_office_stores_its_files(new_uow, staff):
    from recusal_helpers import case_in_investigation

    from ipcase.db.models.documents import IssuedDocument
    from ipcase.loaders.document_files import document_files
    from ipcase.services.common import actor
    c = case_in_investigation(new_uow, staff, received=date(2026, 10, 9), registered=date(2026, 10, 15),
                              notice_served=date(2026, 10, 19), copy_served=date(2026, 10, 19),
                              answered=date(2026, 10, 30))
    lend(new_uow, staff, user=staff.officer, now=NOW, cases=[c.ref.id])
    with new_uow() as uow:
        s = uow.session
        actor(s, staff.clerk.id, None, "print_document")
        doc = s.scalar(select(IssuedDocument).where(IssuedDocument.case_id == c.ref.id, IssuedDocument.pdf.is_(None))
                       .limit(1))
        assert document_files(s, doc).pdf.startswith(b"%PDF")   # made and kept: derived from the issued content
        uow.commit()
    with new_uow() as uow:   # the same files kept by a gesture's own commit (no system_work around it)
        s = uow.session
        actor(s, staff.clerk.id, None, "print_document")
        kept = s.get(IssuedDocument, doc.id)
        kept.pdf, kept.docx, kept.pages = kept.pdf + b"\n", kept.docx, kept.pages
        uow.commit()
    with pytest.raises(CheckedOut), new_uow() as uow:
        s = uow.session
        actor(s, staff.clerk.id, None, "edit_document")
        s.get(IssuedDocument, doc.id).addressee = "改写的受送达人"
        s.flush()
