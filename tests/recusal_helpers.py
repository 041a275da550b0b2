"""A registered case with its panel named, served and answered (where recusal applications arrive), and a
scheduled hearing with evidence to cross-examine (where the hearing record is written)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from case_helpers import Driver, at
from ipcase.domain.enums import PartyRole
from ipcase.dto.cases import CaseRef
from ipcase.dto.evidence import EvidenceInput
from ipcase.dto.hearings import HearingPlan, RoomInput
from ipcase.dto.recusal import RecusalInput
from ipcase.services.evidence import register as evidence_services
from ipcase.services.hearings import rooms as hearing_rooms
from ipcase.services.hearings import sessions as hearings


def case_in_investigation(new_uow, staff, *, received: date, registered: date, notice_served: date,
                          copy_served: date, answered: date) -> Driver:
    c = Driver.new(new_uow, staff, at(received), received=received)
    c.panel(at(received))
    c.act_approved("register", {"registered_date": registered}, at(registered))
    requester = c.party_ids(PartyRole.REQUESTER, registered)[0]
    respondent = c.party_ids(PartyRole.RESPONDENT, registered)[0]
    c.serve("serve_registration_notice", {requester: notice_served}, "direct",
          at(notice_served), who=staff.clerk)
    c.serve("serve_copy", {respondent: copy_served}, "direct", at(copy_served), who=staff.clerk)
    c.act("receive_answer", {"party_id": respondent, "received_date": answered}, at(answered), who=staff.clerk)
    return c


def application(c: Driver, staff, *, received: date, learned: date, challenged=None, role="member",
                **over) -> RecusalInput:
    requester = c.party_ids(PartyRole.REQUESTER, received)[0]
    data = dict(applicant_party_id=requester, challenged_role=role, grounds=("other_interest",),
                reason="该审理员曾在被请求人处兼职", received_date=received, learned_date=learned,
                challenged_user_id=(challenged or staff.officer2).id if role != "appraiser" else None)
    data.update(over)
    return RecusalInput(**data)


def scheduled_hearing(new_uow, staff, c: Driver, starts_at: datetime, *, evidence: int = 2) -> int:
    """A session in the office's hearing room (the notice rule overridden: tests serve no notices), with
    `evidence` items in the register (the first from the requester, then the respondent)."""
    d = c.detail(starts_at.date())
    with new_uow() as uow:
        room = hearing_rooms.save_room(uow, actor_id=staff.admin.id, data=RoomInput("第一口审庭", place="三楼"))
    for i in range(evidence):
        role = PartyRole.REQUESTER if i % 2 == 0 else PartyRole.RESPONDENT
        party = next(p.id for p in d.parties if p.role == role)
        with new_uow() as uow:
            evidence_services.add_evidence(uow, actor_id=staff.officer.id, case_id=c.ref.id,
                                           data=EvidenceInput(f"证据{i + 1}", d.registered_date, party_id=party,
                                                              purpose="证明侵权事实"),
                                           now=at(d.registered_date))
    d = c.detail(starts_at.date())
    with new_uow() as uow:
        ref = hearings.schedule_hearing(uow, actor_id=staff.officer.id, case_id=c.ref.id, expected_version=d.version,
                                        plan=HearingPlan(room.id, starts_at, starts_at + timedelta(hours=2)),
                                        override_reason="测试", now=at(d.registered_date))
    d = c.detail(starts_at.date())
    c.ref = CaseRef(d.id, d.version, d.case_number)
    return ref.id
