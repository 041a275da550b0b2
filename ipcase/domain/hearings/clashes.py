"""Every rule a hearing's time, room and people must satisfy (DOMAIN §4 D7/D8, §6.7, §8). Pure: the service
reads the other hearings, the calendar and the settings, and this module says what is wrong.

Severity decides what the officer may do:
- `refusal`: the hearing cannot be held like this — the room or a member of staff (panel member, clerk,
  technical investigator) is booked elsewhere at an overlapping time, or the day is not a working day;
- `warning`: lawful to hold but needs a recorded reason — the notice (D7) or the public announcement (D8) is
  short, a party or an agent is expected at another hearing then (the office cannot book their diary, and a
  party may send another agent), the room has too few seats;
- `note`: something to do, e.g. the latest day the notice must be served.
Times are half-open intervals: a hearing ending at 10:00 and one starting at 10:00 do not clash.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.identifiers import normalize_name
from ipcase.domain.periods import latest_notice_date, working_days_between


class Severity(StrEnum):
    REFUSAL = "refusal"
    WARNING = "warning"
    NOTE = "note"


class PersonKind(StrEnum):
    """Who a participant is at the hearing. Staff are booked by the office and may never be in two places."""
    LEADER = "leader"                      # 合议组长
    MEMBER = "member"                      # 审理员
    CLERK = "clerk"                        # 书记员
    TECH_INVESTIGATOR = "tech_investigator"  # 技术调查官
    PARTY = "party"                        # 当事人
    AGENT = "agent"                        # 委托代理人


STAFF = frozenset({PersonKind.LEADER, PersonKind.MEMBER, PersonKind.CLERK, PersonKind.TECH_INVESTIGATOR})


@dataclass(frozen=True)
class Person:
    kind: PersonKind
    name: str
    user_id: int | None = None     # staff
    credit_code: str = ""          # parties that are organisations
    organization: str = ""         # agents: their firm (shown, not matched)

    @property
    def key(self) -> str:
        """The same key for the same human or organisation in any case: staff by account, a party by its
        credit code when it has one, otherwise (and agents) by normalised name."""
        if self.kind in STAFF and self.user_id is not None:
            return f"user:{self.user_id}"
        if self.kind == PersonKind.PARTY and self.credit_code.strip():
            return f"code:{normalize_name(self.credit_code)}"
        group = "agent" if self.kind == PersonKind.AGENT else "party"
        return f"{group}:{normalize_name(self.name)}"


@dataclass(frozen=True)
class Booking:
    """Another hearing already in the calendar."""
    hearing_id: int
    case_number: str
    room_id: int | None
    starts_at: datetime
    ends_at: datetime
    people: tuple[Person, ...] = ()


@dataclass(frozen=True)
class RoomFacts:
    id: int
    name: str
    seats: int = 0               # 0: not recorded
    online_capable: bool = False
    active: bool = True


@dataclass(frozen=True)
class PartyNotice:
    """When a party received the notice of this hearing's current time (None: not yet)."""
    party_name: str
    served_on: date | None


@dataclass(frozen=True)
class Plan:
    room: RoomFacts | None
    starts_at: datetime
    ends_at: datetime
    people: tuple[Person, ...]
    public: bool = True
    online: bool = False
    notices: tuple[PartyNotice, ...] = ()
    announced_on: date | None = None     # public announcement (D8) published on
    hearing_id: int | None = None        # the hearing being moved (never clashes with itself)


@dataclass(frozen=True)
class Rules:
    notice_working_days: int = 3          # D7, strict reading [U] (DeadlineSettings.hearing_notice_working_days)
    announcement_working_days: int = 3    # D8 [U]


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    detail: dict = field(default_factory=dict)   # names, dates, case numbers for the message


@dataclass(frozen=True)
class Verdict:
    findings: tuple[Finding, ...]

    @property
    def refusals(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == Severity.REFUSAL)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == Severity.WARNING)

    @property
    def notes(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == Severity.NOTE)


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    return a_start < b_end and b_start < a_end


def _times(plan: Plan, today: date) -> list[Finding]:
    out = []
    if plan.ends_at <= plan.starts_at:
        out.append(Finding("hearing_ends_before_start", Severity.REFUSAL))
    if plan.starts_at.date() < today:
        out.append(Finding("hearing_in_past", Severity.REFUSAL, {"date": plan.starts_at.date()}))
    return out


def _room(plan: Plan) -> list[Finding]:
    room = plan.room
    if room is None:
        return [] if plan.online else [Finding("no_room", Severity.REFUSAL)]
    out = []
    if not room.active:
        out.append(Finding("room_inactive", Severity.REFUSAL, {"room": room.name}))
    if plan.online and not room.online_capable:
        out.append(Finding("room_not_online", Severity.REFUSAL, {"room": room.name}))
    if room.seats and len(plan.people) > room.seats:
        out.append(Finding("room_too_small", Severity.WARNING,
                           {"room": room.name, "seats": room.seats, "people": len(plan.people)}))
    return out


def _clashes(plan: Plan, others: Iterable[Booking]) -> list[Finding]:
    out = []
    mine = {p.key: p for p in plan.people}
    for other in others:
        if other.hearing_id == plan.hearing_id:
            continue
        if not overlaps(plan.starts_at, plan.ends_at, other.starts_at, other.ends_at):
            continue
        when = {"case_number": other.case_number, "starts_at": other.starts_at, "ends_at": other.ends_at}
        if plan.room is not None and other.room_id == plan.room.id:
            out.append(Finding("room_busy", Severity.REFUSAL, {"room": plan.room.name, **when}))
        for person in other.people:
            me = mine.get(person.key)
            if me is None:
                continue
            severity = Severity.REFUSAL if me.kind in STAFF else Severity.WARNING
            code = "person_busy" if me.kind in STAFF else f"{me.kind.value}_busy"
            out.append(Finding(code, severity, {"name": me.name, "kind": me.kind.value, **when}))
    return out


def _working_day(plan: Plan, cal: OfficialCalendar) -> list[Finding]:
    day = plan.starts_at.date()
    if cal.is_workday(day):
        return []
    return [Finding("non_working_day", Severity.REFUSAL,
                    {"date": day, "holiday": cal.holiday_name(day) or "", "provisional": cal.is_provisional(day)})]


def _ahead(code: str, served: date | None, day: date, n: int, today: date, cal: OfficialCalendar,
           **detail) -> Finding | None:
    """The "at least n working days before" check of D7/D8 (strict reading: days strictly between)."""
    latest = latest_notice_date(day, n, cal)
    info = {"latest": latest, "working_days": n, **detail}
    if served is not None:
        between = working_days_between(served, day, cal)
        if between < n:
            return Finding(f"{code}_short", Severity.WARNING, {**info, "served_on": served, "between": between})
        return None
    if today > latest:
        return Finding(f"{code}_too_late", Severity.WARNING, info)
    return Finding(f"{code}_due", Severity.NOTE, info)


def _notice(plan: Plan, rules: Rules, today: date, cal: OfficialCalendar) -> list[Finding]:
    day = plan.starts_at.date()
    out = []
    for notice in plan.notices:
        found = _ahead("notice", notice.served_on, day, rules.notice_working_days, today, cal,
                       party=notice.party_name)
        if found is not None:
            out.append(found)
    if plan.public:
        found = _ahead("announcement", plan.announced_on, day, rules.announcement_working_days, today, cal)
        if found is not None:
            out.append(found)
    return out


def check_plan(plan: Plan, others: Iterable[Booking], *, cal: OfficialCalendar, rules: Rules,
               today: date) -> Verdict:
    """Every finding about `plan`, refusals first."""
    findings = (_times(plan, today) + _room(plan) + _working_day(plan, cal) + _clashes(plan, others)
                + _notice(plan, rules, today, cal))
    order = {Severity.REFUSAL: 0, Severity.WARNING: 1, Severity.NOTE: 2}
    return Verdict(tuple(sorted(findings, key=lambda f: order[f.severity])))
