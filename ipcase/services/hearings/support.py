"""What the hearing services and queries share: the hearing settings as stored, the people of a session built
from the case, the other bookings, the notices served for a session's current time, and the rule check."""
from __future__ import annotations

import json
from dataclasses import fields
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, selectinload

from ipcase.db.models.admin import Setting
from ipcase.db.models.cases import Case, Party
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
from ipcase.dto.hearings import FindingInfo, HearingPlan, HearingSettings
from ipcase.errors import HearingConflicts, NotFound, ValidationErrors, ValidationFailed
from ipcase.services.common import load_calendar, load_settings

NOTICE_TYPES = ("hearing_notice", "hearing_change_notice")
_SETTING = "hearing."
_STAFF_KIND = {PanelRole.LEADER: PersonKind.LEADER, PanelRole.MEMBER: PersonKind.MEMBER,
               PanelRole.CLERK: PersonKind.CLERK, PanelRole.TECH_INVESTIGATOR: PersonKind.TECH_INVESTIGATOR}


def load_hearing_settings(s: Session) -> HearingSettings:
    stored = {row.key: row.value for row in s.scalars(select(Setting).where(Setting.key.startswith(_SETTING)))}
    return HearingSettings(**{f.name: json.loads(stored[_SETTING + f.name]) for f in fields(HearingSettings)
                              if _SETTING + f.name in stored})


def store_hearing_settings(s: Session, settings: HearingSettings) -> None:
    for f in fields(HearingSettings):
        row = s.get(Setting, _SETTING + f.name) or Setting(key=_SETTING + f.name)
        row.value = json.dumps(getattr(settings, f.name))
        s.add(row)


def rules(s: Session) -> Rules:
    return Rules(notice_working_days=load_settings(s).hearing_notice_working_days,
                 announcement_working_days=load_hearing_settings(s).announcement_working_days)


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


def notice_floor(s: Session, case_id: int) -> int:
    """The case's last document id now: hearing notices issued after it announce a time set now."""
    return s.scalar(select(func.max(IssuedDocument.id)).where(IssuedDocument.case_id == case_id)) or 0


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
                      rules=rules(s), today=today)


def finding_infos(v: Verdict) -> tuple[FindingInfo, ...]:
    return tuple(FindingInfo(f.code, f.severity.value, dict(f.detail)) for f in v.findings)


def enforce(v: Verdict, override_reason: str) -> list[dict]:
    """Refusals always stop the plan; warnings stop it unless a reason is given. Returns the overrides to keep."""
    if v.refusals or (v.warnings and not override_reason.strip()):
        raise HearingConflicts(tuple((f.code, f.severity.value, dict(f.detail))
                                     for f in v.refusals + v.warnings))
    return [{"code": f.code, "detail": {k: str(x) for k, x in f.detail.items()}} for f in v.warnings]


def validate_plan(plan: HearingPlan) -> None:
    errors = []
    if plan.online and not plan.online_link.strip():
        errors.append(ValidationFailed("online_link", "required"))
    if plan.room_id is None and not plan.online:
        errors.append(ValidationFailed("room_id", "required"))
    if errors:
        raise ValidationErrors(errors)


def room_text(s: Session, plan: HearingPlan) -> str:
    """What case.hearing_room says (the documents print it as the place)."""
    room = s.get(HearingRoom, plan.room_id) if plan.room_id is not None else None
    if room is None:
        return f"线上（{plan.online_link.strip()}）"
    where = f"{room.place}{room.name}" if room.place else room.name
    return where + ("（线上同步）" if plan.online else "")


def scheduled_sessions(s: Session, case_id: int, exclude: int | None = None) -> list[Hearing]:
    q = select(Hearing).join(Case, Case.id == Hearing.case_id).where(Hearing.case_id == case_id, live())
    if exclude is not None:
        q = q.where(Hearing.id != exclude)
    return list(s.scalars(q))


def party_of(case: Case, party_id: int) -> Party:
    party = next((p for p in case.parties if p.id == party_id), None)
    if party is None:
        raise ValidationFailed("party_id", "choice", value=party_id)
    return party
