"""Read side of oral hearings: a session with its people (the hearing-record editor reads this), a case's
sessions, the calendar by room or person, today's hearings, rooms, settings, overdue 回执 and pending
postponements, and the rule check of a plan before it is saved."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, selectinload

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case, Party
from ipcase.db.models.hearings import Hearing, HearingPerson, HearingRoom, PostponementRequest, ReturnSlip
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.enums import PartyRole
from ipcase.domain.hearings.clashes import STAFF, PersonKind
from ipcase.domain.hearings.sessions import HearingStatus, PostponementStatus, slip_due
from ipcase.dto.hearings import (
    CalendarEntry,
    CaseHearings,
    FindingInfo,
    HearingDetail,
    HearingPlan,
    HearingRules,
    HearingSettings,
    PendingItem,
    PersonInfo,
    PostponementInfo,
    RoomInfo,
    SlipInfo,
)
from ipcase.errors import NotFound
from ipcase.loaders.hearings import (
    finding_infos,
    live,
    load_hearing_settings,
    notices_served,
    people_rows,
    room_info,
    verdict,
)
from ipcase.loaders.rows import existing
from ipcase.loaders.setting_versions import HEARING_SETTINGS, group_version
from ipcase.loaders.settings import load_calendar
from ipcase.uow import UnitOfWork


def _person(p: HearingPerson) -> PersonInfo:
    return PersonInfo(p.kind, p.name, p.user_id, p.party_id, p.agent_id, p.organization)


def _detail(s: Session, h: Hearing, case: Case, today: date, cal: OfficialCalendar, slip_days: int,
            names: dict[int, str]) -> HearingDetail:
    room = s.get(HearingRoom, h.room_id) if h.room_id else None
    people = [_person(p) for p in h.people]
    by_kind = lambda kind: [p for p in people if p.kind == kind]  # noqa: E731
    served = notices_served(s, case.id, h.notice_floor, today)
    slips = {x.party_id: x for x in s.scalars(select(ReturnSlip).where(ReturnSlip.hearing_id == h.id))}
    party_rows = {p.id: p for p in case.parties}
    slip_infos = []
    for p in by_kind(PersonKind.PARTY.value):
        party = party_rows.get(p.party_id)
        notice = served.get(p.party_id)
        due = slip_due(notice, slip_days, cal) if notice else None
        slip = slips.get(p.party_id)
        overdue = bool(due and slip is None and today > due and h.status == HearingStatus.SCHEDULED)
        slip_infos.append(SlipInfo(p.party_id, p.name, party.role if party else "", notice, due,
                                   slip.received_on if slip else None, slip.attending if slip else None,
                                   slip.attendees if slip else "", slip.reason if slip else "", overdue))
    requests = s.scalars(select(PostponementRequest).where(PostponementRequest.hearing_id == h.id)
                         .order_by(PostponementRequest.id)).all()
    return HearingDetail(
        id=h.id, version=h.version, case_id=case.id, case_number=case.case_number, case_version=case.version,
        patent_title=case.patent.title, status=h.status, session_no=h.session_no, continues_id=h.continues_id,
        room_id=h.room_id, room_name=room.name if room else "", room_place=room.place if room else "",
        starts_at=h.starts_at, ends_at=h.ends_at, public=h.public, online=h.online, online_link=h.online_link,
        announced_on=h.announced_on, scheduled_at=h.scheduled_at, closed_on=h.closed_on, close_note=h.close_note,
        overrides=tuple(dict(o) for o in h.overrides or ()),
        panel=tuple(by_kind(PersonKind.LEADER.value) + by_kind(PersonKind.MEMBER.value)),
        clerk=next(iter(by_kind(PersonKind.CLERK.value)), None),
        tech_investigator=next(iter(by_kind(PersonKind.TECH_INVESTIGATOR.value)), None),
        parties=tuple(by_kind(PersonKind.PARTY.value)), agents=tuple(by_kind(PersonKind.AGENT.value)),
        slips=tuple(slip_infos),
        postponements=tuple(PostponementInfo(
            r.id, r.hearing_id, r.party_id, party_rows[r.party_id].name if r.party_id in party_rows else "",
            r.received_on, r.reason, r.late, r.status, names.get(r.decided_by, ""), r.decided_on,
            r.decision_reason) for r in requests),
    )


def _names(s: Session) -> dict[int, str]:
    return {u.id: u.full_name for u in s.scalars(select(User))}


def _case(s: Session, case_id: int) -> Case:
    case = s.scalar(select(Case).where(Case.id == case_id).options(selectinload(Case.parties)))
    if case is None:
        raise NotFound("case", case_id)
    return case


def hearing_detail(uow: UnitOfWork, hearing_id: int, *, today: date) -> HearingDetail:
    s = uow.session
    h = s.scalar(select(Hearing).where(Hearing.id == hearing_id).options(selectinload(Hearing.people)))
    if h is None:
        raise NotFound("hearing", hearing_id)
    case = _case(s, h.case_id)
    return _detail(s, h, case, today, load_calendar(s), load_hearing_settings(s, case.office_id).return_slip_days,
                   _names(s))


def case_hearings(uow: UnitOfWork, case_id: int, *, today: date) -> CaseHearings:
    s = uow.session
    case = _case(s, case_id)
    cal, days, names = load_calendar(s), load_hearing_settings(s, case.office_id).return_slip_days, _names(s)
    rows = s.scalars(select(Hearing).where(Hearing.case_id == case_id).order_by(Hearing.id)
                     .options(selectinload(Hearing.people))).all()
    return CaseHearings(case.id, case.version, case.state, case.hearing_at, case.hearing_room,
                        tuple(_detail(s, h, case, today, cal, days, names) for h in rows))


def _title(s: Session, case_ids: list[int]) -> dict[int, str]:
    out: dict[int, dict[str, list[str]]] = {}
    for case_id, role, name in s.execute(select(Party.case_id, Party.role, Party.name)
                                         .where(Party.case_id.in_(case_ids)).order_by(Party.position, Party.id)):
        out.setdefault(case_id, {}).setdefault(role, []).append(name)
    return {cid: "、".join(r.get(PartyRole.REQUESTER.value, [])) + " 诉 " + "、".join(
        r.get(PartyRole.RESPONDENT.value, [])) for cid, r in out.items()}


def calendar(uow: UnitOfWork, *, office_id: int, start: date, end: date, room_id: int | None = None,
             user_id: int | None = None) -> tuple[CalendarEntry, ...]:
    """Sessions from `start` to `end` (inclusive) of the office's cases, optionally of one room or one person."""
    s = uow.session
    lo = datetime.combine(start, datetime.min.time())
    hi = datetime.combine(end + timedelta(days=1), datetime.min.time())
    q = (select(Hearing, Case.case_number, HearingRoom.name).join(Case, Case.id == Hearing.case_id)
         .outerjoin(HearingRoom, HearingRoom.id == Hearing.room_id)
         .where(Case.office_id == office_id, Hearing.starts_at < hi, Hearing.ends_at > lo)
         .options(selectinload(Hearing.people)).order_by(Hearing.starts_at, Hearing.id))
    if room_id is not None:
        q = q.where(Hearing.room_id == room_id)
    if user_id is not None:
        q = q.where(exists().where(HearingPerson.hearing_id == Hearing.id, HearingPerson.user_id == user_id))
    rows = s.execute(q).all()
    titles = _title(s, [h.case_id for h, _n, _r in rows])
    return tuple(CalendarEntry(
        h.id, h.case_id, number, titles.get(h.case_id, ""), h.room_id, room or ("线上" if h.online else ""),
        h.starts_at, h.ends_at, h.status, h.session_no, h.public, h.online,
        "、".join(p.name for p in h.people if PersonKind(p.kind) in STAFF),
        tuple(p.user_id for p in h.people if p.user_id is not None)) for h, number, room in rows)


def todays_hearings(uow: UnitOfWork, *, office_id: int, today: date) -> tuple[CalendarEntry, ...]:
    return calendar(uow, office_id=office_id, start=today, end=today)


def rooms(uow: UnitOfWork, *, office_id: int, include_inactive: bool = False) -> tuple[RoomInfo, ...]:
    q = select(HearingRoom).where(HearingRoom.office_id == office_id).order_by(HearingRoom.name)
    if not include_inactive:
        q = q.where(HearingRoom.active.is_(True))
    return tuple(room_info(r) for r in uow.session.scalars(q))


def hearing_settings(uow: UnitOfWork, *, office_id: int) -> HearingSettings:
    return load_hearing_settings(uow.session, office_id)


def hearing_rules(uow: UnitOfWork, *, office_id: int) -> HearingRules:
    """The hearing settings page: `office_id`'s hearing settings and their version."""
    s = uow.session
    return HearingRules(load_hearing_settings(s, office_id), group_version(s, office_id, HEARING_SETTINGS))


def check_plan(uow: UnitOfWork, *, case_id: int, plan: HearingPlan, today: date,
               hearing_id: int | None = None) -> tuple[FindingInfo, ...]:
    """What the scheduling dialog shows while the officer arranges a session (the service checks again)."""
    s = uow.session
    case = existing(s, Case, "case", case_id)
    hearing = s.get(Hearing, hearing_id) if hearing_id is not None else None
    people = people_rows(case, plan.people) if plan.people is not None or hearing is None else list(hearing.people)
    served = {}
    if hearing is not None and (plan.starts_at, plan.ends_at, plan.room_id, plan.online) == (
            hearing.starts_at, hearing.ends_at, hearing.room_id, hearing.online):
        served = notices_served(s, case.id, hearing.notice_floor, today)
    return finding_infos(verdict(s, case, plan, people, today=today, served=served, hearing_id=hearing_id))


def pending_items(uow: UnitOfWork, *, office_id: int, today: date) -> tuple[PendingItem, ...]:
    """Overdue 回执 and postponement requests waiting for the panel, for scheduled sessions of the office."""
    s = uow.session
    days, cal = load_hearing_settings(s, office_id).return_slip_days, load_calendar(s)
    hearings = s.execute(select(Hearing, Case.case_number).join(Case, Case.id == Hearing.case_id)
                         .where(Case.office_id == office_id, live())
                         .options(selectinload(Hearing.people)).order_by(Hearing.starts_at)).all()
    out = []
    for h, number in hearings:
        served = notices_served(s, h.case_id, h.notice_floor, today)
        slipped = set(s.scalars(select(ReturnSlip.party_id).where(ReturnSlip.hearing_id == h.id)))
        for p in h.people:
            if p.kind != PersonKind.PARTY.value or p.party_id in slipped or p.party_id not in served:
                continue
            due = slip_due(served[p.party_id], days, cal)
            if today > due:
                out.append(PendingItem("slip_overdue", h.id, h.case_id, number, h.starts_at, p.name, due))
    requests = s.execute(
        select(PostponementRequest, Hearing, Case.case_number, Party.name)
        .join(Hearing, Hearing.id == PostponementRequest.hearing_id).join(Case, Case.id == Hearing.case_id)
        .join(Party, Party.id == PostponementRequest.party_id)
        .where(Case.office_id == office_id, live(), PostponementRequest.status == PostponementStatus.PENDING.value)
        .order_by(PostponementRequest.received_on)).all()
    out += [PendingItem("postponement", h.id, h.case_id, number, h.starts_at, name, r.received_on, r.id)
            for r, h, number, name in requests]
    return tuple(out)

