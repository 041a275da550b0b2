"""Check-out to a field laptop (issue 14) from an office database (SQLite and PostgreSQL) into a real laptop SQLite
file: the office marks the records and reserves 文号; the laptop copy holds exactly the checked-out records with
their parts and files, opens with the normal services (only the laptop user can log in), and in laptop mode new
rows get local ids, documents take the reserved 文号, intake items a provisional number, and every command lands
in the outbox with inputs that rebuild the command."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from intake_helpers import item_input
from recusal_helpers import case_in_investigation
from sqlalchemy import func, select

from case_helpers import Driver, at
from ipcase import commands
from ipcase.db.engine import make_engine
from ipcase.db.models.admin import Sequence, User
from ipcase.db.models.audit import AuditEntry
from ipcase.db.models.cases import Case
from ipcase.db.models.documents import IssuedDocument
from ipcase.db.models.evidence import EvidenceFile, EvidenceItem
from ipcase.db.models.intake import IntakeItem
from ipcase.db.models.sync import Checkout, CheckoutRecord, OutboxOperation, ReservedNumber
from ipcase.domain.enums import PartyRole
from ipcase.dto.cases import CaseFilter
from ipcase.dto.documents import DocumentDraft
from ipcase.dto.evidence import EvidenceInput, FileUpload
from ipcase.errors import AuthenticationFailed, CheckedOut, NumbersUsedUp
from ipcase.queries.cases.register import list_cases
from ipcase.services.admin import auth
from ipcase.sync import laptop
from ipcase.sync.checkout import check_out_to
from ipcase.sync.idmap import LAPTOP_IDS
from ipcase.uow import uow_factory

DAY = date(2026, 11, 2)
NOW = at(DAY)
OFFLINE = datetime(2026, 11, 3, 14, 5)
KIND = "doc:investigation_notice"


def _evidence(name: str, received: date = date(2026, 11, 3)) -> EvidenceInput:
    return EvidenceInput(name, received, by_office=True, purpose="被请求人展位现场销售被诉产品")


def _office_case(new_uow, staff):
    c = case_in_investigation(new_uow, staff, received=date(2026, 10, 9), registered=date(2026, 10, 15),
                              notice_served=date(2026, 10, 19), copy_served=date(2026, 10, 19),
                              answered=date(2026, 10, 30))
    with new_uow() as uow:
        commands.run("evidence.add_item", uow, actor_id=staff.officer.id, case_id=c.ref.id,
                     data=_evidence("购买公证书", DAY), files=(FileUpload("公证书.pdf", b"%PDF-notarial"),), now=NOW)
    return c


def _check_out(engine, staff, tmp_path, *, cases=(), intake=(), numbers=None, name="laptop.db", **kw):
    return check_out_to(engine, f"sqlite:///{tmp_path / name}", actor_id=staff.officer.id,
                        user_id=staff.officer.id, cases=cases, intake=intake, laptop_name="执法笔记本-01",
                        until=date(2026, 11, 20), numbers=numbers, now=NOW + timedelta(hours=1), **kw)


def test_check_out_marks_the_records_and_the_laptop_copy_holds_exactly_them(engine, new_uow, staff, tmp_path):
    c = _office_case(new_uow, staff)
    other = Driver.new(new_uow, staff, NOW)          # the officer's other case stays at the office
    with new_uow() as uow:
        item = commands.run("intake.register", uow, actor_id=staff.officer.id, data=item_input(), now=NOW)

    result = _check_out(engine, staff, tmp_path, cases=(c.ref.id,), intake=(item.id,), numbers={KIND: 3})

    # ---- the office: who has what, since when; the 文号 block taken from the counter, recorded number by number
    m = result.manifest
    assert {(r.kind, r.record_id) for r in m.records} == {("case", c.ref.id), ("intake", item.id)}
    with new_uow() as uow:
        s = uow.session
        checkout = s.get(Checkout, m.checkout_id)
        assert (checkout.state, checkout.user_id, checkout.laptop_name) == ("out", staff.officer.id, "执法笔记本-01")
        assert checkout.laptop_public_key == result.public_key and len(checkout.package_key) == 32
        assert s.scalar(select(func.count()).select_from(CheckoutRecord)) == 2
        assert s.scalar(select(Sequence.last_value).where(Sequence.kind == KIND)) == 3
        assert sorted(s.execute(select(ReservedNumber.number, ReservedNumber.state)).all()) == [
            (1, "reserved"), (2, "reserved"), (3, "reserved")]
    with pytest.raises(CheckedOut) as refused:   # a record already out is refused, naming who has it
        _check_out(engine, staff, tmp_path, cases=(c.ref.id,), name="second.db")
    assert (refused.value.user, refused.value.laptop) == (staff.officer.full_name, "执法笔记本-01")
    assert not (tmp_path / "second.db").exists()

    # ---- the laptop: the same application over the copy
    lap = make_engine(f"sqlite:///{tmp_path / 'laptop.db'}")
    lap_uow = uow_factory(lap)
    try:
        with lap_uow() as uow:
            s = uow.session
            assert laptop.is_laptop(s)
            assert laptop.state(s).checkout_id == m.checkout_id
            assert s.scalars(select(Case.id)).all() == [c.ref.id]                    # not `other`
            assert s.scalars(select(IntakeItem.id)).all() == [item.id]
            assert s.scalar(select(EvidenceFile.content)) == b"%PDF-notarial"       # the files travel too
            assert s.scalars(select(AuditEntry.action)).all() == ["audit.genesis"]  # its own chain starts anew
            hashes = dict(s.execute(select(User.username, User.password_hash)).all())
            assert hashes["zhang"] and not hashes["li"]                            # one password hash only
        with lap_uow() as uow:
            me = auth.login(uow, username="zhang", password="password1", now=NOW)
        with lap_uow() as uow, pytest.raises(AuthenticationFailed):
            auth.login(uow, username="li", password="password1", now=NOW)
        with lap_uow(viewer_id=me.id) as uow:
            page = list_cases(uow, CaseFilter(text="鼎盛"), today=DAY)              # search index built
        assert [r.id for r in page.rows] == [c.ref.id]
        with lap_uow(viewer_id=me.id) as uow:
            assert [r.id for r in list_cases(uow, CaseFilter(), today=DAY).rows] == [c.ref.id]
        assert other.ref.id != c.ref.id
    finally:
        lap.dispose()


def test_offline_gestures_take_local_ids_reserved_numbers_and_land_in_the_outbox(engine, new_uow, staff, tmp_path):
    c = _office_case(new_uow, staff)
    _check_out(engine, staff, tmp_path, cases=(c.ref.id,), numbers={"investigation_notice": 1})
    requester = c.party_ids(PartyRole.REQUESTER, DAY)[0]
    lap = make_engine(f"sqlite:///{tmp_path / 'laptop.db'}")
    lap_uow = uow_factory(lap)
    try:
        with lap_uow() as uow:
            before = uow.session.get(Case, c.ref.id).version
        with lap_uow() as uow:
            photo = commands.run("evidence.add_item", uow, actor_id=staff.officer.id, case_id=c.ref.id,
                                 data=_evidence("展位现场照片"), files=(FileUpload("展位.jpg", b"\xff\xd8"),),
                                 now=OFFLINE)
        assert photo >= LAPTOP_IDS
        draft = DocumentDraft("investigation_notice", {"matters": "核实被诉产品的库存",
                                                       "time_place": "2026年11月10日上午，本局"},
                              party_id=requester)
        with lap_uow() as uow:
            doc = commands.run("documents.issue", uow, actor_id=staff.officer.id, case_id=c.ref.id, draft=draft,
                               now=OFFLINE + timedelta(minutes=5))
        with lap_uow() as uow, pytest.raises(NumbersUsedUp):   # the block held one number: 预留文号已用完
            commands.run("documents.issue", uow, actor_id=staff.officer.id, case_id=c.ref.id, draft=draft,
                         now=OFFLINE + timedelta(minutes=6))
        with lap_uow() as uow:
            item = commands.run("intake.register", uow, actor_id=staff.officer.id,
                                data=item_input(received_at=OFFLINE), now=OFFLINE + timedelta(minutes=7))

        with lap_uow() as uow:
            s = uow.session
            assert s.get(EvidenceItem, photo).case_id == c.ref.id
            assert s.scalar(select(func.min(EvidenceFile.id)).where(EvidenceFile.item_id == photo)) >= LAPTOP_IDS
            issued = s.get(IssuedDocument, doc.id)
            assert issued.id >= LAPTOP_IDS and issued.seq == 1 and issued.year == 2026
            reserved = s.scalar(select(ReservedNumber))
            assert (reserved.state, reserved.document_id, reserved.text) == ("used", issued.id, issued.number)
            registered = s.get(IntakeItem, item.id)
            assert registered.number == "临-执法笔记本-01-001" and registered.seq < 0
            ops = s.scalars(select(OutboxOperation).order_by(OutboxOperation.seq)).all()
            assert [o.command for o in ops] == ["evidence.add_item", "documents.issue", "intake.register"]
            assert len({o.op_id for o in ops}) == 3 and {o.state for o in ops} == {"pending"}
            assert [o.at for o in ops] == [OFFLINE, OFFLINE + timedelta(minutes=5), OFFLINE + timedelta(minutes=7)]
            assert {o.user_id for o in ops} == {staff.officer.id}
            rebuilt = commands.Command.from_json(json.loads(ops[0].inputs_json))
            assert rebuilt.inputs["files"] == (FileUpload("展位.jpg", b"\xff\xd8"),)
            assert rebuilt.inputs["data"] == _evidence("展位现场照片") and rebuilt.inputs["now"] == OFFLINE
            assert json.loads(ops[0].seen_json) == {f"case:{c.ref.id}": before}
            assert json.loads(ops[0].result_json) == photo
            assert json.loads(ops[1].seen_json) == {f"case:{c.ref.id}": before + 1, "numbers": [[KIND, 2026, 1]]}
            assert json.loads(ops[2].seen_json) == {}          # a new record is no premise
            assert commands.Command.from_json(json.loads(ops[2].inputs_json)).name == "intake.register"
    finally:
        lap.dispose()
    # the office is untouched by offline work
    with new_uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(EvidenceItem)
                                  .where(EvidenceItem.case_id == c.ref.id)) == 1
