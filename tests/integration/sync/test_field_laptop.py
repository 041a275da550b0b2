"""The field laptop end to end (issue 14): a real office database (SQLite file, PostgreSQL) and a real laptop SQLite
file in the same test. Offline work on a checked-out case appears at the office after the check-in with the same
documents (the 文号 from the reserved block), deadlines and timeline; new intake items made offline get their
office numbers; a concurrent office change sends the laptop's work to the queue, decided both ways, and the laptop
learns the outcome; an ended check-out; a check-in killed mid-way (the process dies) and repeated applies nothing
twice."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from intake_helpers import item_input
from laptop_helpers import counter
from recusal_helpers import case_in_investigation
from sqlalchemy import select

from case_helpers import at
from ipcase import commands
from ipcase.audit.verify import verify
from ipcase.db.engine import make_engine
from ipcase.db.models.audit import AuditEntry
from ipcase.db.models.cases import DeadlineRow, TimelineEntry
from ipcase.db.models.documents import IssuedDocument
from ipcase.db.models.evidence import EvidenceFile, EvidenceItem
from ipcase.db.models.intake import IntakeItem
from ipcase.db.models.sync import Checkout, OutboxOperation, ReservedNumber
from ipcase.domain.enums import PartyRole
from ipcase.dto.documents import DocumentDraft
from ipcase.dto.evidence import EvidenceInput, FileUpload
from ipcase.services.documents.issue import add_attachment
from ipcase.services.sync.conflicts import decide_conflict, end_checkout
from ipcase.sync import laptop
from ipcase.sync.checkin import check_in, mark_outbox, ops_from_outbox
from ipcase.sync.checkout import check_out_to
from ipcase.sync.idmap import LAPTOP_IDS
from ipcase.uow import uow_factory

DAY = date(2026, 11, 2)
NOW = at(DAY)
OFFLINE = datetime(2026, 11, 3, 14, 5)
CHECKIN = datetime(2026, 11, 5, 9, 0)
ROOT = Path(__file__).resolve().parents[3]


def _case(new_uow, staff):
    return case_in_investigation(new_uow, staff, received=date(2026, 10, 9), registered=date(2026, 10, 15),
                                 notice_served=date(2026, 10, 19), copy_served=date(2026, 10, 19),
                                 answered=date(2026, 10, 30))


class Laptop:
    """The officer's laptop: the copy written by the check-out, used through the same commands."""

    def __init__(self, engine, staff, tmp_path, **kw):
        self.url = f"sqlite:///{tmp_path / 'laptop.db'}"
        self.staff = staff
        self.result = check_out_to(engine, self.url, actor_id=staff.officer.id, user_id=staff.officer.id,
                                   laptop_name="执法笔记本-01", until=date(2026, 11, 20),
                                   now=NOW + timedelta(hours=1), **kw)
        self.checkout_id = self.result.manifest.checkout_id
        self.engine = make_engine(self.url)
        self.new_uow = uow_factory(self.engine)

    def run(self, name, **inputs):
        with self.new_uow() as uow:
            return commands.run(name, uow, actor_id=self.staff.officer.id, **inputs)

    def check_in(self, office_new_uow, now=CHECKIN):
        """The direct check-in: the laptop reaches the office database again."""
        with self.new_uow() as uow:
            ops = ops_from_outbox(uow.session)
        report = check_in(office_new_uow, ops, checkout_id=self.checkout_id, now=now)
        with self.new_uow() as uow:
            mark_outbox(uow.session, report)
            uow.commit()
        return report

    def outbox(self) -> list[str]:
        with self.new_uow() as uow:
            return uow.session.scalars(select(OutboxOperation.state).order_by(OutboxOperation.seq)).all()

    def read(self, fn):
        with self.new_uow() as uow:
            return fn(uow.session)

    def close(self):
        self.engine.dispose()


def _evidence(name: str) -> EvidenceInput:
    return EvidenceInput(name, date(2026, 11, 3), by_office=True, purpose="被请求人展位现场销售被诉产品")


def _read(new_uow, fn):
    with new_uow() as uow:
        return fn(uow.session)


def _deadlines(s, case_id):
    return sorted((d.code, d.party_id, d.start_date, d.due_date, d.status) for d in
                  s.scalars(select(DeadlineRow).where(DeadlineRow.case_id == case_id)))


def _timeline(s, case_id, after_version):
    return [(e.kind, e.at, e.actor_id, e.version) for e in s.scalars(
        select(TimelineEntry).where(TimelineEntry.case_id == case_id, TimelineEntry.version > after_version)
        .order_by(TimelineEntry.version))]


def _evidence_rows(s, case_id):
    return sorted((i.seq, i.name, tuple(hashlib.sha256(f.content).hexdigest() for f in s.scalars(
        select(EvidenceFile).where(EvidenceFile.item_id == i.id)))) for i in s.scalars(
        select(EvidenceItem).where(EvidenceItem.case_id == case_id)))


def test_offline_work_arrives_at_the_office_with_its_documents_deadlines_timeline_and_new_items(
        engine, new_uow, staff, tmp_path):
    c = _case(new_uow, staff)
    requester = c.party_ids(PartyRole.REQUESTER, DAY)[0]
    version_out = c.detail(DAY).version
    lap = Laptop(engine, staff, tmp_path, cases=(c.ref.id,), numbers={"investigation_notice": 2})
    try:
        # ---- at the fair: evidence with a photo, corrected; a notice issued on the spot; a complaint taken
        photo = lap.run("evidence.add_item", case_id=c.ref.id, data=_evidence("展位现场照片"),
                        files=(FileUpload("展位.jpg", b"\xff\xd8\xff\xe0 booth photo"),), now=OFFLINE)
        lap.run("evidence.update_item", item_id=photo, expected_version=1, data=_evidence("展位A12现场照片"),
                now=OFFLINE + timedelta(minutes=2))
        notice = lap.run("documents.issue", case_id=c.ref.id, now=OFFLINE + timedelta(minutes=5),
                         draft=DocumentDraft("investigation_notice", {"matters": "核实被诉产品的库存",
                                                                      "time_place": "2026年11月10日上午，本局"},
                                             party_id=requester))
        item = lap.run("intake.register", now=OFFLINE + timedelta(minutes=30),
                       data=item_input(received_at=OFFLINE + timedelta(minutes=25), flag_trade_fair=True))
        assert item.id >= LAPTOP_IDS and laptop.is_provisional(item.number)
        lap.run("intake.update", item_id=item.id, expected_version=item.version, now=OFFLINE + timedelta(hours=1),
                data=item_input(received_at=OFFLINE + timedelta(minutes=25), flag_trade_fair=True,
                                product="折叠露营椅（展会样品）"))
        assert lap.outbox() == ["pending"] * 5

        report = lap.check_in(new_uow)
        assert [i.status for i in report.items] == ["applied"] * 5
        assert report.checkout_state == "returned"
        assert lap.outbox() == ["applied"] * 5

        # ---- the same documents, deadlines, timeline and evidence as on the laptop
        def documents(s):
            return [(d.doc_type, d.number, d.issued_at) for d in s.scalars(
                select(IssuedDocument).where(IssuedDocument.case_id == c.ref.id,
                                             IssuedDocument.doc_type == "investigation_notice"))]
        office_docs = _read(new_uow, documents)
        assert office_docs == lap.read(documents) and len(office_docs) == 1
        assert office_docs[0][1] == notice.number          # the 文号 the laptop printed, from the reserved block
        assert _read(new_uow, lambda s: _deadlines(s, c.ref.id)) == lap.read(lambda s: _deadlines(s, c.ref.id))
        office_timeline = _read(new_uow, lambda s: _timeline(s, c.ref.id, version_out))
        assert office_timeline == lap.read(lambda s: _timeline(s, c.ref.id, version_out))
        assert [k for k, *_ in office_timeline] == ["evidence_added", "evidence_edited", "document_issued"]
        assert _read(new_uow, lambda s: _evidence_rows(s, c.ref.id)) == lap.read(
            lambda s: _evidence_rows(s, c.ref.id))

        # ---- the new intake item: an office id and the office's 收案编号 instead of the provisional one
        def items(s):
            return [(i.id, i.number, i.product) for i in s.scalars(select(IntakeItem).where(
                IntakeItem.product.like("%展会样品%")))]
        (office_item,) = _read(new_uow, items)
        assert office_item[0] < LAPTOP_IDS and not laptop.is_provisional(office_item[1]) and office_item[1]

        # ---- the register of 文号: one used (by that document), the other back to the counter
        numbers = _read(new_uow, lambda s: sorted((n.number, n.state, n.text) for n in s.scalars(
            select(ReservedNumber))))
        assert numbers == [(1, "used", notice.number), (2, "returned", "")]
        assert counter(new_uow, staff.office.id, "doc:investigation_notice", 2026) == 1

        # ---- the office chain: the laptop's user and time, marked offline
        offline = _read(new_uow, lambda s: {(e.record_kind, e.actor_id, e.at) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.origin == "offline", AuditEntry.operation == "insert"))})
        assert ("evidence_items", staff.officer.id, OFFLINE) in offline
        assert ("documents", staff.officer.id, OFFLINE + timedelta(minutes=5)) in offline
        assert ("intake_items", staff.officer.id, OFFLINE + timedelta(minutes=30)) in offline
        assert _read(new_uow, lambda s: verify(s).findings) == ()   # every row explained by the chain
    finally:
        lap.close()


def test_a_concurrent_office_change_is_queued_decided_both_ways_and_the_laptop_learns_it(
        engine, new_uow, staff, tmp_path):
    c = _case(new_uow, staff)
    lap = Laptop(engine, staff, tmp_path, cases=(c.ref.id,))
    try:
        with new_uow() as uow:   # the respondent's submission comes by post while the case is out
            add_attachment(uow, actor_id=staff.clerk.id, case_id=c.ref.id, title="被请求人补充意见",
                           filename="补充意见.pdf", data=b"%PDF-1.4 more", now=NOW + timedelta(days=1))
        lap.run("evidence.add_item", case_id=c.ref.id, data=_evidence("展位现场照片"), now=OFFLINE)
        lap.run("evidence.add_item", case_id=c.ref.id, data=_evidence("宣传册"), now=OFFLINE + timedelta(minutes=4))

        report = lap.check_in(new_uow)
        assert [(i.status, i.reason_code) for i in report.items] == [("conflict", "changed_at_office"),
                                                                     ("conflict", "earlier_conflict")]
        assert lap.outbox() == ["conflict", "conflict"]
        assert _read(new_uow, lambda s: s.get(Checkout, lap.checkout_id).state) == "out"

        with new_uow() as uow:
            decide_conflict(uow, actor_id=staff.officer.id, conflict_id=report.items[0].conflict_id,
                            decision="apply", now=CHECKIN + timedelta(hours=1))
        with new_uow() as uow:
            decide_conflict(uow, actor_id=staff.dept_head.id, conflict_id=report.items[1].conflict_id,
                            decision="drop", reason="宣传册已由被请求人随补充意见提交", now=CHECKIN + timedelta(hours=2))

        again = lap.check_in(new_uow, now=CHECKIN + timedelta(days=1))
        assert [(i.status, i.repeated) for i in again.items] == [("applied", True), ("dropped", True)]
        assert lap.outbox() == ["applied", "dropped"]
        assert _read(new_uow, lambda s: s.scalars(select(EvidenceItem.name).where(
            EvidenceItem.case_id == c.ref.id, EvidenceItem.created_at == OFFLINE)).all()) == ["展位现场照片"]
        assert _read(new_uow, lambda s: s.get(Checkout, lap.checkout_id).state) == "returned"
        assert _read(new_uow, lambda s: verify(s).findings) == ()
    finally:
        lap.close()


def test_an_ended_check_out_sends_the_laptops_work_to_the_queue(engine, new_uow, staff, tmp_path):
    c = _case(new_uow, staff)
    lap = Laptop(engine, staff, tmp_path, cases=(c.ref.id,))
    try:
        with new_uow() as uow:
            end_checkout(uow, actor_id=staff.dept_head.id, checkout_id=lap.checkout_id,
                         reason="笔记本送修，案件收回", now=NOW + timedelta(days=1))
        lap.run("evidence.add_item", case_id=c.ref.id, data=_evidence("展位现场照片"), now=OFFLINE)
        report = lap.check_in(new_uow)
        assert [(i.status, i.reason_code) for i in report.items] == [("conflict", "checkout_ended")]
        assert lap.outbox() == ["conflict"]
        assert _read(new_uow, lambda s: s.scalar(select(EvidenceItem.id).where(
            EvidenceItem.created_at == OFFLINE))) is None
    finally:
        lap.close()


KILLER = textwrap.dedent("""
    import os, sys
    from datetime import datetime
    from sqlalchemy import event
    from sqlalchemy.orm import Session
    from ipcase.db.engine import make_engine
    from ipcase.sync.checkin import check_in, ops_from_outbox
    from ipcase.uow import uow_factory

    office, laptop_url, checkout_id, when = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    lap = uow_factory(make_engine(laptop_url))
    with lap() as uow:
        ops = ops_from_outbox(uow.session)

    def progress(done, total, text):
        if when == "between" and done == 2:
            os._exit(9)   # the program is killed right after the second operation committed

    def flushed(session, _context):
        if when == "inside" and any(getattr(o, "name", "") == "抽样样品3" for o in session.new):
            os._exit(9)   # killed in the middle of the third operation: its rows written, not committed

    event.listen(Session, "after_flush", flushed)

    check_in(uow_factory(make_engine(office)), ops, checkout_id=checkout_id, now=datetime(2026, 11, 5, 9),
             progress=progress)
""")


@pytest.mark.parametrize("when", ["between", "inside"])
def test_a_check_in_killed_mid_way_and_repeated_applies_nothing_twice(engine, new_uow, staff, tmp_path, when):
    c = _case(new_uow, staff)
    lap = Laptop(engine, staff, tmp_path, cases=(c.ref.id,))
    try:
        for k in range(4):
            lap.run("evidence.add_item", case_id=c.ref.id, data=_evidence(f"抽样样品{k + 1}"),
                    now=OFFLINE + timedelta(minutes=k))
        office_url = engine.url.render_as_string(hide_password=False)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        killed = subprocess.run([sys.executable, "-c", KILLER, office_url, lap.url, str(lap.checkout_id), when],
                                cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert killed.returncode == 9, killed.stderr

        def sampled(s):
            return s.scalars(select(EvidenceItem.name).where(EvidenceItem.case_id == c.ref.id,
                                                             EvidenceItem.name.like("抽样样品%"))
                             .order_by(EvidenceItem.seq)).all()
        assert _read(new_uow, sampled) == ["抽样样品1", "抽样样品2"]
        assert lap.outbox() == ["pending"] * 4        # the laptop never heard back

        report = lap.check_in(new_uow)
        assert [(i.status, i.repeated) for i in report.items] == [("applied", True), ("applied", True),
                                                                  ("applied", False), ("applied", False)]
        assert _read(new_uow, sampled) == ["抽样样品1", "抽样样品2", "抽样样品3", "抽样样品4"]
        assert lap.outbox() == ["applied"] * 4
    finally:
        lap.close()
