"""Cases ready for a hearing and rooms, built through the real services (hearing tests, core and UI)."""
from __future__ import annotations

from datetime import date, datetime

from case_helpers import Driver, at
from ipcase.domain.enums import PartyRole
from ipcase.dto.cases import CaseRef, PartyInput
from ipcase.dto.documents import DocumentDraft, ServiceInput
from ipcase.dto.hearings import HearingPlan, RoomInput
from ipcase.services.documents import issue as documents
from ipcase.services.documents import service as service_records
from ipcase.services.hearings import rooms as hearing_rooms

REGISTERED = date(2026, 10, 30)


def investigation_case(new_uow, staff, *, respondent_name: str = "", tech: bool = False) -> Driver:
    """A registered case whose answer came in: ready for SCHEDULE_HEARING (state INVESTIGATION)."""
    kw = {"respondents": (PartyInput(respondent_name),)} if respondent_name else {}
    c = Driver.new(new_uow, staff, at(REGISTERED), received=REGISTERED, **kw)
    c.panel(at(REGISTERED), tech=tech)
    c.act_approved("register", {"registered_date": REGISTERED}, at(REGISTERED))
    requester = c.party_ids(PartyRole.REQUESTER, REGISTERED)[0]
    respondent = c.party_ids(PartyRole.RESPONDENT, REGISTERED)[0]
    c.serve("serve_registration_notice", {requester: REGISTERED}, "direct", at(REGISTERED))
    c.serve("serve_copy", {respondent: REGISTERED}, "direct", at(REGISTERED))
    c.act("receive_answer", {"party_id": respondent, "received_date": REGISTERED}, at(REGISTERED))
    return c


def add_room(new_uow, staff, name="第一口审庭", **kw):
    with new_uow() as uow:
        return hearing_rooms.save_room(uow, actor_id=staff.admin.id, data=RoomInput(name, **kw))


def plan(room_id, start: datetime, end: datetime, **kw) -> HearingPlan:
    return HearingPlan(room_id, start, end, public=kw.pop("public", False), **kw)


def serve_notice(new_uow, staff, case_id: int, party_id: int, received: date, now: datetime,
                 doc_type: str = "hearing_notice"):
    with new_uow() as uow:
        doc = documents.issue_document(uow, actor_id=staff.clerk.id, case_id=case_id,
                                       draft=DocumentDraft(doc_type, {}, party_id=party_id), now=now)
    with new_uow() as uow:
        service_records.record_service(uow, actor_id=staff.clerk.id, now=now, data=ServiceInput(
            doc.id, "direct", party_id=party_id, received_date=received))
    return doc


def notify_side(new_uow, staff, c: Driver, role: PartyRole, served: date) -> None:
    """Serve the 口头审理通知书 on every party of `role` on `served` (an absence sanction needs it, M25 art 26)."""
    for party_id in c.party_ids(role, served):
        serve_notice(new_uow, staff, c.ref.id, party_id, served, at(served))
    d = c.detail(served)    # the case's version may have moved with the documents' timeline entries
    c.ref = CaseRef(d.id, d.version, d.case_number)
