"""The laptop's outbox and its encryption (issue 14): a batch command is one operation whose items are savepoints
of one transaction (all or nothing on the laptop, as the check-in replays it); what is not a command (a login)
is not queued; a laptop copy written with a passphrase is SQLCipher-encrypted and opens only with it."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from recusal_helpers import case_in_investigation
from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError

from case_helpers import at
from ipcase import commands
from ipcase.db.engine import make_engine
from ipcase.db.models.cases import Case
from ipcase.db.models.documents import IssuedDocument
from ipcase.db.models.sync import OutboxOperation
from ipcase.db.sqlcipher import is_encrypted
from ipcase.domain.enums import PartyRole
from ipcase.dto.documents import DocumentDraft
from ipcase.errors import NumbersUsedUp
from ipcase.services.admin import auth
from ipcase.sync.checkout import check_out_to
from ipcase.sync.copy import open_laptop
from ipcase.sync.idmap import LAPTOP_IDS
from ipcase.sync.outbox import UnrecordedChange
from ipcase.uow import uow_factory

DAY = date(2026, 11, 2)
NOW = at(DAY)
OFFLINE = datetime(2026, 11, 3, 14, 5)
KIND = "doc:investigation_notice"


@pytest.fixture
def office(sqlite_engine):
    from tests.conftest import make_staff
    new_uow = uow_factory(sqlite_engine)
    staff = make_staff(new_uow)
    c = case_in_investigation(new_uow, staff, received=date(2026, 10, 9), registered=date(2026, 10, 15),
                              notice_served=date(2026, 10, 19), copy_served=date(2026, 10, 19),
                              answered=date(2026, 10, 30))
    return sqlite_engine, staff, c


def _drafts(c, n: int):
    requester = c.party_ids(PartyRole.REQUESTER, DAY)[0]
    return [(c.ref.id, DocumentDraft("investigation_notice", {"matters": f"核实事项{k}", "time_place": "本局"},
                                     party_id=requester)) for k in range(1, n + 1)]


def test_a_batch_is_one_operation_all_or_nothing(office, tmp_path):
    engine, staff, c = office
    url = f"sqlite:///{tmp_path / 'laptop.db'}"
    check_out_to(engine, url, actor_id=staff.officer.id, user_id=staff.officer.id, cases=(c.ref.id,),
                 laptop_name="执法笔记本-03", numbers={KIND: 2}, now=NOW)
    lap = make_engine(url)
    lap_uow = uow_factory(lap)
    try:
        with lap_uow() as uow:
            auth.login(uow, username="zhang", password="password1", now=NOW)   # not a command: not queued
        with pytest.raises(NumbersUsedUp):       # three documents, two numbers: none is issued
            commands.run("documents.issue_batch", lap_uow, actor_id=staff.officer.id, items=_drafts(c, 3),
                         now=OFFLINE)
        with lap_uow() as uow:
            assert uow.session.scalar(select(func.count()).select_from(IssuedDocument)
                                      .where(IssuedDocument.doc_type == "investigation_notice")) == 0
            assert uow.session.scalar(select(func.count()).select_from(OutboxOperation)) == 0
        done = commands.run("documents.issue_batch", lap_uow, actor_id=staff.officer.id, items=_drafts(c, 2),
                            now=OFFLINE + timedelta(minutes=1))
        assert len(done.issued) == 2 and all(d.id >= LAPTOP_IDS for d in done.issued)
        with lap_uow() as uow:
            s = uow.session
            (batch,) = s.scalars(select(OutboxOperation)).all()
            assert batch.command == "documents.issue_batch"
            seen = json.loads(batch.seen_json)
            assert seen["numbers"] == [[KIND, 2026, 1], [KIND, 2026, 2]]
            assert set(seen) == {"numbers", f"case:{c.ref.id}"}
            assert len(commands.Command.from_json(json.loads(batch.inputs_json)).inputs["items"]) == 2
            assert sorted(s.scalars(select(IssuedDocument.seq).where(
                IssuedDocument.doc_type == "investigation_notice"))) == [1, 2]
    finally:
        lap.dispose()


def test_a_laptop_copy_with_a_passphrase_is_encrypted(office, tmp_path):
    engine, staff, c = office
    path = tmp_path / "encrypted.db"
    result = check_out_to(engine, f"sqlite:///{path}", actor_id=staff.officer.id, user_id=staff.officer.id,
                          cases=(c.ref.id,), laptop_name="执法笔记本-04", now=NOW, passphrase="外出办案口令-2026")
    assert result.encrypted and is_encrypted(path)
    with pytest.raises(DatabaseError):
        plain = make_engine(f"sqlite:///{path}")
        try:
            with plain.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM cases").scalar()
        finally:
            plain.dispose()
    lap = open_laptop(f"sqlite:///{path}", "外出办案口令-2026")
    try:
        with uow_factory(lap)() as uow:
            assert uow.session.scalars(select(Case.id)).all() == [c.ref.id]
            auth.login(uow, username="zhang", password="password1", now=NOW)
    finally:
        lap.dispose()


def test_a_mediation_case_registered_offline_gets_a_provisional_number(office, tmp_path):
    from mediation_case_helpers import MedDriver

    from ipcase.db.models.mediation import MediationCase, MediationParty

    engine, staff, _c = office
    m = MedDriver.new(uow_factory(engine), staff, NOW)
    url = f"sqlite:///{tmp_path / 'laptop.db'}"
    check_out_to(engine, url, actor_id=staff.officer.id, user_id=staff.officer.id, mediation=(m.ref.id,),
                 laptop_name="执法笔记本-05", now=NOW)
    lap = make_engine(url)
    try:
        lap_uow = uow_factory(lap)
        day = date(2026, 11, 3)
        with pytest.raises(UnrecordedChange):   # a script calling the service itself: it would never reach the office
            MedDriver(lap_uow, staff, m.ref).act("serve_notice", {"served_date": day, "method": "direct"}, at(day))
        ref = m.ref
        for action, payload in (("serve_notice", {"served_date": day, "method": "direct"}),
                                ("receive_statement", {"received_date": day, "agrees": True}),
                                ("register", {"registered_date": day, "session_at": at(day, 15),
                                              "place": "展会现场调解点"})):
            with lap_uow() as uow:   # as the window does: through the gate every service call passes
                ref = commands.run("mediation.apply_action", uow, actor_id=staff.officer.id, case_id=ref.id,
                                   expected_version=ref.version, action=action, payload=payload, now=at(day, 11))
        with uow_factory(lap)() as uow:
            s = uow.session
            case = s.get(MediationCase, m.ref.id)
            assert case.case_number == "临-执法笔记本-05-001" and case.case_seq < 0
            assert s.scalar(select(func.count()).select_from(MediationParty)) == 2
            ops = s.scalars(select(OutboxOperation).order_by(OutboxOperation.seq)).all()
            assert [o.command for o in ops] == ["mediation.apply_action"] * 3
            versions = [json.loads(o.seen_json)[f"mediation:{m.ref.id}"] for o in ops]
            assert versions == [m.ref.version, m.ref.version + 1, m.ref.version + 2]
    finally:
        lap.dispose()
