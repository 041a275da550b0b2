"""The gestures the audit tests replay: several features' services on one case, each in its own unit of work."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from recusal_helpers import case_in_investigation

from case_helpers import at
from ipcase.db import office_scope
from ipcase.db.models.hearings import HearingRoom
from ipcase.domain.enums import PartyRole
from ipcase.dto.documents import DocumentDraft
from ipcase.dto.evidence import EvidenceInput, FileUpload
from ipcase.services.documents.issue import issue_document
from ipcase.services.evidence.register import add_evidence
from tests.conftest import make_staff  # (by package: under tests/ui another conftest is "conftest")


def several_features(new_uow) -> None:
    """A case registered, its panel named, 立案 approved, notices served and answered, then evidence with a file
    and an investigation notice issued: the gestures of several features, each through its service."""
    staff = make_staff(new_uow)
    c = case_in_investigation(new_uow, staff, received=date(2026, 10, 9), registered=date(2026, 10, 15),
                              notice_served=date(2026, 10, 19), copy_served=date(2026, 10, 19),
                              answered=date(2026, 10, 30))
    requester = c.party_ids(PartyRole.REQUESTER, date(2026, 11, 2))[0]
    with new_uow() as uow:
        add_evidence(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(date(2026, 11, 2)),
                     data=EvidenceInput("专利证书", date(2026, 11, 2), party_id=requester, purpose="专利权有效"),
                     files=(FileUpload("证书.pdf", b"%PDF-1.4 certificate"),))
    with new_uow() as uow:
        issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(date(2026, 11, 2)),
                       draft=DocumentDraft("investigation_notice", {"matters": "核实被诉产品的销售情况",
                                                                    "time_place": "2026年11月10日上午，本局"},
                                           party_id=requester))


@contextmanager
def a_written_room(new_uow) -> Iterator[tuple]:
    """(session, room): a hearing room inserted and flushed in an open unit of work doing system work, for a test
    that changes it and watches what the audit capture makes of it."""
    staff = make_staff(new_uow)
    with new_uow() as uow:
        s = uow.session
        with office_scope.system_work(s):
            room = HearingRoom(office_id=staff.office.id, name="第一审理庭")
            s.add(room)
            s.flush()
            yield s, room
