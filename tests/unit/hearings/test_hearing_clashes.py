"""The scheduling rules of a hearing (DOMAIN §4 D7/D8, §6.7, §8): clashes of rooms and of each kind of person,
boundary times, working days, and the notice/announcement rule across holidays and 调休 days."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.hearings.clashes import (
    Booking,
    PartyNotice,
    Person,
    PersonKind,
    Plan,
    RoomFacts,
    Rules,
    Severity,
    check_plan,
)
from ipcase.domain.hearings.sessions import postponement_late, slip_due
from ipcase.domain.periods import latest_notice_date

CAL = OfficialCalendar()
ROOM1, ROOM2 = RoomFacts(1, "第一口审庭", seats=20), RoomFacts(2, "第二口审庭", online_capable=True)
LEADER = Person(PersonKind.LEADER, "张伟", user_id=1)
CLERK = Person(PersonKind.CLERK, "孙丽", user_id=4)
REQUESTER = Person(PersonKind.PARTY, "宁波华辰科技有限公司", credit_code="91330200MA2AB1234X")
AGENT = Person(PersonKind.AGENT, "陈 律师", organization="知恒律师事务所")


def plan(start: datetime, end: datetime, room=ROOM1, people=(LEADER, CLERK, REQUESTER, AGENT), **kw) -> Plan:
    return Plan(room, start, end, tuple(people), public=kw.pop("public", False), **kw)


DEFAULT_RULES = Rules()


def codes(p: Plan, others=(), today=date(2026, 11, 2), rules=DEFAULT_RULES):
    v = check_plan(p, others, cal=CAL, rules=rules, today=today)
    return {(f.code, f.severity) for f in v.findings}, v


def booked(start, end, room_id=2, people=(), hearing_id=9):
    return Booking(hearing_id, "测试市知裁字〔2026〕9号", room_id, start, end, tuple(people))


T = datetime(2026, 11, 20, 9, 0), datetime(2026, 11, 20, 11, 0)


def test_a_free_slot_on_a_working_day_passes():
    found, v = codes(plan(*T))
    assert v.refusals == () and v.warnings == ()
    assert ("notice_due", Severity.NOTE) not in found   # no party notices given: nothing to serve


def test_the_same_room_at_an_overlapping_time_is_refused_and_boundaries_do_not_clash():
    found, _ = codes(plan(*T), [booked(datetime(2026, 11, 20, 10, 0), datetime(2026, 11, 20, 12, 0), room_id=1)])
    assert ("room_busy", Severity.REFUSAL) in found
    # ends 09:00 / starts 11:00 exactly: no clash
    for other in (booked(datetime(2026, 11, 20, 8, 0), datetime(2026, 11, 20, 9, 0), room_id=1),
                  booked(datetime(2026, 11, 20, 11, 0), datetime(2026, 11, 20, 12, 0), room_id=1)):
        assert codes(plan(*T), [other])[1].refusals == ()


@pytest.mark.parametrize("kind", [PersonKind.LEADER, PersonKind.MEMBER, PersonKind.CLERK,
                                  PersonKind.TECH_INVESTIGATOR])
def test_every_kind_of_staff_in_two_hearings_is_refused(kind):
    me = Person(kind, "赵敏", user_id=7)
    other = booked(datetime(2026, 11, 20, 10, 30), datetime(2026, 11, 20, 11, 30),
                   people=(Person(PersonKind.MEMBER, "赵敏", user_id=7),))
    found, v = codes(plan(*T, people=(me,)), [other])
    assert [f.code for f in v.refusals] == ["person_busy"]
    assert v.refusals[0].detail["name"] == "赵敏" and v.refusals[0].detail["kind"] == kind.value


def test_staff_are_matched_by_account_not_by_name():
    namesake = booked(*T, people=(Person(PersonKind.MEMBER, "张伟", user_id=99),))
    assert codes(plan(*T), [namesake])[1].refusals == ()


def test_the_same_agent_or_party_elsewhere_is_a_warning_matched_by_normalised_name_or_credit_code():
    other = booked(datetime(2026, 11, 20, 10, 0), datetime(2026, 11, 20, 10, 30), people=(
        Person(PersonKind.AGENT, "陈律师", organization="另一所"),
        Person(PersonKind.PARTY, "宁波华辰科技（有限）公司", credit_code="91330200ma2ab1234x")))
    found, v = codes(plan(*T), [other])
    assert ("agent_busy", Severity.WARNING) in found and ("party_busy", Severity.WARNING) in found
    assert v.refusals == ()
    # a party without a credit code is matched by its normalised name
    p = Person(PersonKind.PARTY, "张 三")
    assert ("party_busy", Severity.WARNING) in codes(plan(*T, people=(p,)), [
        booked(*T, people=(Person(PersonKind.PARTY, "张三"),))])[0]


def test_a_hearing_never_clashes_with_itself_when_moved():
    me = booked(*T, room_id=1, people=(LEADER,), hearing_id=5)
    assert codes(plan(*T, hearing_id=5), [me])[1].refusals == ()


def test_non_working_days_are_refused_and_adjusted_working_saturdays_are_not():
    sat = codes(plan(datetime(2026, 11, 21, 9), datetime(2026, 11, 21, 10)))[0]
    assert ("non_working_day", Severity.REFUSAL) in sat
    festival = codes(plan(datetime(2026, 2, 17, 9), datetime(2026, 2, 17, 10)), today=date(2026, 2, 1))[1]
    assert festival.refusals[0].detail["holiday"]                       # 春节
    tiaoxiu = codes(plan(datetime(2026, 2, 14, 9), datetime(2026, 2, 14, 10)), today=date(2026, 2, 1))[1]
    assert tiaoxiu.refusals == ()                                        # Sat 2026-02-14 is a 调休 workday


def test_the_domain_worked_example_strict_notice_rule():
    # Hearing Thu 2025-10-09: latest service = Sat 2025-09-27 (09-28 调休, 09-29, 09-30 lie between).
    assert latest_notice_date(date(2025, 10, 9), 3, CAL) == date(2025, 9, 27)
    hearing = (datetime(2025, 10, 9, 9, 30), datetime(2025, 10, 9, 11, 30))
    ok = plan(*hearing, notices=(PartyNotice("甲", date(2025, 9, 27)),))
    assert codes(ok, today=date(2025, 9, 20))[1].warnings == ()
    late = plan(*hearing, notices=(PartyNotice("甲", date(2025, 9, 28)),))
    w = codes(late, today=date(2025, 9, 20))[1].warnings
    assert [f.code for f in w] == ["notice_short"] and w[0].detail["between"] == 2
    assert w[0].detail["latest"] == date(2025, 9, 27)


def test_spring_festival_2026_pushes_the_latest_notice_day_back_across_the_holiday():
    # Hearing Wed 2026-02-25: 02-24, 02-23 are after the 春节 holiday (02-15..02-23 off) — only 02-24 counts;
    # then Sat 02-14 (调休) and Fri 02-13: the notice must be served by Thu 2026-02-12.
    assert latest_notice_date(date(2026, 2, 25), 3, CAL) == date(2026, 2, 12)
    unserved = plan(datetime(2026, 2, 25, 9), datetime(2026, 2, 25, 11), notices=(PartyNotice("甲", None),))
    due = codes(unserved, today=date(2026, 2, 10))[1]
    assert [(f.code, f.detail["latest"]) for f in due.notes] == [("notice_due", date(2026, 2, 12))]
    too_late = codes(unserved, today=date(2026, 2, 13))[1]
    assert [f.code for f in too_late.warnings] == ["notice_too_late"]
    # the rule is a setting: 5 working days (MJ21) moves the latest day further back
    five = codes(unserved, today=date(2026, 2, 11), rules=Rules(notice_working_days=5))[1]
    assert [(f.code, f.detail["latest"]) for f in five.warnings] == [("notice_too_late", date(2026, 2, 10))]


def test_public_hearings_need_the_announcement_three_working_days_ahead():
    p = plan(*T, public=True, announced_on=date(2026, 11, 17))   # 18, 19 between: only 2
    assert [f.code for f in codes(p)[1].warnings] == ["announcement_short"]
    assert codes(plan(*T, public=True, announced_on=date(2026, 11, 16)))[1].warnings == ()
    assert [f.code for f in codes(plan(*T, public=True))[1].notes] == ["announcement_due"]
    assert codes(plan(*T, public=False))[1].findings == ()


def test_rooms_inactive_not_online_or_too_small():
    found = codes(plan(*T, room=RoomFacts(3, "旧庭", seats=2, active=False), online=True))[0]
    assert {("room_inactive", Severity.REFUSAL), ("room_not_online", Severity.REFUSAL),
            ("room_too_small", Severity.WARNING)} <= found
    assert codes(plan(*T, room=ROOM2, online=True))[1].refusals == ()


def test_times_in_order_and_not_in_the_past():
    found = codes(plan(T[1], T[0]), today=date(2026, 11, 21))[0]
    assert {("hearing_ends_before_start", Severity.REFUSAL), ("hearing_in_past", Severity.REFUSAL)} <= found


def test_return_slip_and_postponement_rules():
    assert slip_due(date(2026, 9, 28), 3, CAL) == date(2026, 10, 8)       # 10-01 is in the National Day holiday
    assert not postponement_late(date(2026, 11, 17), date(2026, 11, 20), 3)
    assert postponement_late(date(2026, 11, 18), date(2026, 11, 20), 3)
