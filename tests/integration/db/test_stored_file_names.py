"""A stored file name is only a name on every path (issue 12, "Files"): the services store the cleaned name, and
a name planted in a shared database by other means comes back cleaned (the FileName column type), on SQLite and
PostgreSQL."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select, text

from case_helpers import Driver, at
from ipcase.db.models.documents import CaseAttachment
from ipcase.db.models.evidence import EvidenceFile
from ipcase.domain.enums import PartyRole
from ipcase.dto.evidence import EvidenceInput, FileUpload
from ipcase.queries.evidence.register import evidence_file
from ipcase.services.documents.issue import add_attachment
from ipcase.services.evidence import register as evidence

DAY = date(2025, 9, 1)


def test_the_services_store_only_the_name(new_uow, staff):
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    requester = c.party_ids(PartyRole.REQUESTER, DAY)[0]
    with new_uow() as uow:
        evidence.add_evidence(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(DAY),
                              data=EvidenceInput("专利证书", DAY, party_id=requester),
                              files=(FileUpload("../../../home/x/.bashrc", b"#!"),))
    with new_uow() as uow:
        info = add_attachment(uow, actor_id=staff.clerk.id, case_id=c.ref.id, title="照片",
                              filename="C:\\Windows\\..\\照片.png", data=b"\x89PNG", now=at(DAY))
    assert info.filename == "照片.png"
    with new_uow() as uow:
        assert uow.session.scalars(select(EvidenceFile.name)).all() == ["bashrc"]
        raw = uow.session.execute(text("SELECT filename FROM case_attachments")).scalars().all()
    assert raw == ["照片.png"]


def test_a_name_planted_in_the_database_comes_back_as_a_name(new_uow, staff):
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    with new_uow() as uow:
        evidence.add_evidence(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(DAY),
                              data=EvidenceInput("证据", DAY, by_office=True), files=(FileUpload("a.pdf", b"%PDF"),))
    with new_uow() as uow:        # someone with write access to the shared database, not through ipcase
        uow.session.execute(text("UPDATE evidence_files SET name = '../../.config/autostart/x.desktop'"))
        file_id = uow.session.scalars(select(EvidenceFile.id)).one()
        uow.commit()
    with new_uow() as uow:
        assert evidence_file(uow, file_id=file_id)[0] == "x.desktop"
    with new_uow() as uow:        # and any write through the ORM or Core cleans it on the way in
        uow.session.execute(CaseAttachment.__table__.insert().values(
            case_id=c.ref.id, title="t", filename="/etc/cron.d/job", size=1, data=b"x", added_by=staff.clerk.id,
            added_at=at(DAY)))
        uow.commit()
        stored = uow.session.execute(text("SELECT filename FROM case_attachments")).scalars().all()
    assert stored == ["job"]
