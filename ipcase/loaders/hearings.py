"""What the hearing services and queries both read: the hearing settings as stored, a room as shown, the people
of a session built from the case, the other bookings, the notices served for a session's current time, and the
rule check of a plan against all of them."""
from __future__ import annotations

import json
from dataclasses import fields
from datetime import date, datetime, timedelta

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, selectinload

from ipcase.db.models.cases import Case
from ipcase.db.models.documents import IssuedDocument, ServiceRecord
from ipcase.db.models.hearings import Hearing, HearingPerson, HearingRoom
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.enums import CaseState, PanelRole
from ipcase.domain.hearings.clashes import (
    STAFF,
    Booking,
    PartyNotice,
    Person,
    PersonKind,
    Plan,
    RoomFacts,
    Rules,
    Verdict,
    check_plan,
)
from ipcase.domain.hearings.sessions import HearingStatus
from ipcase.dto.hearings import FindingInfo, HearingPlan, HearingSettings, RoomInfo
from ipcase.errors import NotFound, ValidationErrors, ValidationFailed
from ipcase.loaders.settings import load_calendar, load_settings, stored_settings

NOTICE_TYPES = ("hearing_notice", "hearing_change_notice")
SETTING_PREFIX = "hearing."   # the hearing settings' keys in the settings table
_STAFF_KIND = {PanelRole.LEADER: PersonKind.LEADER, PanelRole.MEMBER: PersonKind.MEMBER,
               PanelRole.CLERK: PersonKind.CLERK, PanelRole.TECH_INVESTIGATOR: PersonKind.TECH_INVESTIGATOR}


def load_hearing_settings(s: Session, office_id: int) -> HearingSettings:
    stored = stored_settings(s, office_id, prefix=SETTING_PREFIX)
    return HearingSettings(**{f.name: json.loads(stored[SETTING_PREFIX + f.name]) for f in fields(HearingSettings)
                              if SETTING_PREFIX + f.name in stored})


def rules(s: Session, office_id: int) -> Rules:
    return Rules(notice_working_days=load_settings(s, office_id).hearing_notice_working_days,
                 announcement_working_days=load_hearing_settings(s, office_id).announcement_working_days)


def person(row: HearingPerson) -> Person:
    kind = PersonKind(row.kind)
    if kind in STAFF:
        return Person(kind, row.name, user_id=row.user_id)
    return Person(kind, row.name, credit_code=row.match_key.removeprefix("code:") if row.match_key.startswith(
        "code:") else "", organization=row.organization)


def _row(p: Person, *, party_id=None, agent_id=None) -> HearingPerson:
    return HearingPerson(kind=p.kind.value, user_id=p.user_id, party_id=party_id, agent_id=agent_id, name=p.name,
                         match_key=p.key, organization=p.organization)


def people_rows(case: Case, chosen: tuple[tuple[str, int], ...] | None) -> list[HearingPerson]:
    """The session's people from the case: its panel, clerk and investigator, its parties and their agents
    (all of them by default, or those `chosen`); anyone else is refused."""
    available: dict[tuple[str, int], HearingPerson] = {}
    for seat in case.panel:
        kind = _STAFF_KIND[PanelRole(seat.role)]
        available[(kind.value, seat.user_id)] = _row(Person(kind, seat.user.full_name, user_id=seat.user_id))
    for party in case.parties:
        p = Person(PersonKind.PARTY, party.name, credit_code=party.credit_code)
        available[(PersonKind.PARTY.value, party.id)] = _row(p, party_id=party.id)
        for agent in party.agents:
            a = Person(PersonKind.AGENT, agent.name, organization=agent.organization)
            available[(PersonKind.AGENT.value, agent.id)] = _row(a, party_id=party.id, agent_id=agent.id)
    if chosen is None:
        return list(available.values())
    errors = [ValidationFailed("people", "choice", f"{kind}:{ident}", value=ident)
              for kind, ident in chosen if (kind, ident) not in available]
    if errors:
        raise ValidationErrors(errors)
    return [available[key] for key in dict.fromkeys(chosen)]


def live():
    """A session still to be held: scheduled, and its case still waits for the hearing. A case that left
    HEARING_SCHEDULED another way (withdrawn, mediated, held through the workflow) frees its room and people."""
    return and_(Hearing.status == HearingStatus.SCHEDULED.value, Case.state == CaseState.HEARING_SCHEDULED.value)


def bookings(s: Session, starts_at: datetime, ends_at: datetime) -> list[Booking]:
    """Scheduled sessions of every case that touch the day(s) of the plan (any office: a person is one person)."""
    lo = datetime.combine(starts_at.date(), datetime.min.time())
    hi = datetime.combine(ends_at.date(), datetime.min.time()) + timedelta(days=1)
    rows = s.execute(select(Hearing, Case.case_number).join(Case, Case.id == Hearing.case_id)
                     .where(live(), Hearing.starts_at < hi, Hearing.ends_at > lo)
                     .options(selectinload(Hearing.people))).all()
    return [Booking(h.id, number or "", h.room_id, h.starts_at, h.ends_at, tuple(person(p) for p in h.people))
            for h, number in rows]


def served_on(record: ServiceRecord, today: date) -> date | None:
    if record.received_date is not None:
        return record.received_date
    if record.deemed_date is not None and record.deemed_date <= today:
        return record.deemed_date
    return None


def notices_served(s: Session, case_id: int, floor: int, today: date) -> dict[int, date]:
    """Party id → the first day that party received a hearing notice (or change notice) issued after document
    `floor` — the notice of the session's current time."""
    rows = s.scalars(select(ServiceRecord).join(IssuedDocument, IssuedDocument.id == ServiceRecord.document_id)
                     .where(IssuedDocument.case_id == case_id, IssuedDocument.doc_type.in_(NOTICE_TYPES),
                            IssuedDocument.id > floor, ServiceRecord.party_id.is_not(None))).all()
    out: dict[int, date] = {}
    for r in rows:
        day = served_on(r, today)
        if day is not None and (r.party_id not in out or day < out[r.party_id]):
            out[r.party_id] = day
    return out


def room_facts(s: Session, room_id: int | None, office_id: int) -> RoomFacts | None:
    if room_id is None:
        return None
    room = s.get(HearingRoom, room_id)
    if room is None or room.office_id != office_id:
        raise NotFound("hearing_room", room_id)
    return RoomFacts(room.id, room.name, room.seats, room.online_capable, room.active)


def verdict(s: Session, case: Case, plan: HearingPlan, people: list[HearingPerson], *, today: date,
            served: dict[int, date], hearing_id: int | None = None,
            cal: OfficialCalendar | None = None) -> Verdict:
    """Every rule about `plan` for `case`, against every other scheduled session."""
    parties = {p.id: p.name for p in case.parties}
    attending = [r.party_id for r in people if r.kind == PersonKind.PARTY.value]
    domain_plan = Plan(
        room=room_facts(s, plan.room_id, case.office_id), starts_at=plan.starts_at, ends_at=plan.ends_at,
        people=tuple(person(r) for r in people), public=plan.public, online=plan.online,
        notices=tuple(PartyNotice(parties[pid], served.get(pid)) for pid in attending),
        announced_on=plan.announced_on, hearing_id=hearing_id)
    return check_plan(domain_plan, bookings(s, plan.starts_at, plan.ends_at), cal=cal or load_calendar(s),
                      rules=rules(s, case.office_id), today=today)


def finding_infos(v: Verdict) -> tuple[FindingInfo, ...]:
    return tuple(FindingInfo(f.code, f.severity.value, dict(f.detail)) for f in v.findings)


def room_info(room: HearingRoom) -> RoomInfo:
    return RoomInfo(room.id, room.name, room.place, room.seats, room.recording, room.online_capable, room.active,
                    room.version)
