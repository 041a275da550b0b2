"""Hearing rooms, scheduling, moving, return slips, postponements and continued sessions through the services,
on SQLite and PostgreSQL; the case workflow follows every step."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from hearing_helpers import add_room, investigation_case, plan, serve_notice

from ipcase.domain.enums import CaseState, PartyRole
from ipcase.dto.hearings import HearingSettings, RoomInput
from ipcase.errors import (
    HearingConflicts,
    PermissionDenied,
    TransitionRefused,
    ValidationErrors,
    ValidationFailed,
)
from ipcase.queries.hearings import sessions as q
from ipcase.services.hearings import requests as hearing_requests
from ipcase.services.hearings import rooms as hearing_rooms
from ipcase.services.hearings import sessions as hearings

NOW = datetime(2026, 11, 2, 9, 30)
FRI = (datetime(2026, 11, 20, 9, 0), datetime(2026, 11, 20, 11, 0))


def schedule(new_uow, staff, c, p, override="", who=None):
    with new_uow() as uow:
        ref = hearings.schedule_hearing(uow, actor_id=(who or staff.officer).id, case_id=c.ref.id,
                                        expected_version=c.detail(NOW.date()).version, plan=p,
                                        override_reason=override, now=NOW)
    return ref


TODAY = NOW.date()


def detail(new_uow, hearing_id, today=TODAY):
    with new_uow() as uow:
        return q.hearing_detail(uow, hearing_id, today=today)


def test_rooms_are_managed_by_administrators(new_uow, staff):
    room = add_room(new_uow, staff, "第一口审庭", place="三楼", seats=30, recording=True)
    with pytest.raises(ValidationErrors) as e, new_uow() as uow:
        hearing_rooms.save_room(uow, actor_id=staff.admin.id, data=RoomInput("第一口审庭"))
    assert e.value.errors[0].reason == "duplicate"
    with pytest.raises(PermissionDenied), new_uow() as uow:
        hearing_rooms.save_room(uow, actor_id=staff.officer.id, data=RoomInput("第三口审庭"))
    with new_uow() as uow:
        hearing_rooms.save_room(uow, actor_id=staff.admin.id, room_id=room.id, expected_version=room.version,
                                data=RoomInput("第一口审庭", "三楼", 30, True, True, active=False))
    with new_uow() as uow:
        assert q.rooms(uow, office_id=staff.office.id) == ()
        assert q.rooms(uow, office_id=staff.office.id, include_inactive=True)[0].online_capable
    with new_uow() as uow:
        hearing_rooms.update_hearing_settings(uow, actor_id=staff.admin.id,
                                              settings=HearingSettings(announcement_working_days=5), expected_version=0)
    with new_uow() as uow:
        assert q.hearing_settings(uow, office_id=staff.admin.office_id).announcement_working_days == 5


def test_scheduling_drives_the_workflow_and_publishes_the_people(new_uow, staff):
    room = add_room(new_uow, staff, seats=20)
    c = investigation_case(new_uow, staff, tech=True)
    ref = schedule(new_uow, staff, c, plan(room.id, *FRI))
    d = c.detail(NOW.date())
    assert d.state == CaseState.HEARING_SCHEDULED
    assert d.hearing_at == FRI[0] and d.hearing_room == "第一口审庭"
    h = detail(new_uow, ref.id)
    assert [p.name for p in h.panel] == ["张伟", "李娜", "赵敏"] and h.clerk.name == "孙丽"
    assert h.tech_investigator.name == "王芳"
    assert [p.name for p in h.parties] == ["宁波华辰科技有限公司", "义乌市鼎盛贸易商行甲"]
    assert [(a.name, a.party_id) for a in h.agents] == [("陈律师", h.parties[0].party_id)]
    assert h.status == "scheduled" and h.session_no == 1
    with new_uow() as uow:
        assert [s.id for s in q.case_hearings(uow, c.ref.id, today=NOW.date()).sessions] == [ref.id]
        entries = q.calendar(uow, office_id=staff.office.id, start=date(2026, 11, 16), end=date(2026, 11, 22),
                             user_id=staff.clerk.id)
    assert [e.hearing_id for e in entries] == [ref.id] and "诉" in entries[0].title
    # a second session while one is scheduled: move it instead
    with pytest.raises(TransitionRefused) as e:
        schedule(new_uow, staff, c, plan(room.id, datetime(2026, 11, 23, 9), datetime(2026, 11, 23, 10)))
    assert e.value.code == "hearing_already_scheduled"


def test_double_booking_of_room_and_staff_is_refused_across_cases(new_uow, staff):
    room1, room2 = add_room(new_uow, staff), add_room(new_uow, staff, "第二口审庭")
    first = investigation_case(new_uow, staff)
    schedule(new_uow, staff, first, plan(room1.id, *FRI))
    second = investigation_case(new_uow, staff, respondent_name="杭州某某电器有限公司")
    with pytest.raises(HearingConflicts) as e:
        schedule(new_uow, staff, second, plan(room1.id, datetime(2026, 11, 20, 10), datetime(2026, 11, 20, 12)),
                 override="理由无法越过拒绝")
    refused = {(code, severity) for code, severity, _ in e.value.findings}
    assert ("room_busy", "refusal") in refused and ("person_busy", "refusal") in refused
    assert second.detail(NOW.date()).state == CaseState.INVESTIGATION      # nothing was saved
    # ending exactly when the other starts is no clash
    schedule(new_uow, staff, second, plan(room2.id, datetime(2026, 11, 20, 11), datetime(2026, 11, 20, 12)),
             override="同一代理人出庭，双方同意")


def test_warnings_need_a_reason_that_goes_on_the_timeline(new_uow, staff):
    room = add_room(new_uow, staff)
    c = investigation_case(new_uow, staff)
    tight = plan(room.id, datetime(2026, 11, 4, 9), datetime(2026, 11, 4, 10))   # only 11-03 lies between
    with pytest.raises(HearingConflicts) as e:
        schedule(new_uow, staff, c, tight)
    assert {code for code, _s, _d in e.value.findings} == {"notice_too_late"}
    with new_uow() as uow:
        found = q.check_plan(uow, case_id=c.ref.id, plan=tight, today=NOW.date())
    assert {f.code for f in found} == {"notice_too_late"}
    ref = schedule(new_uow, staff, c, tight, override="双方当事人书面同意缩短通知期间")
    assert detail(new_uow, ref.id).overrides[0]["reason"] == "双方当事人书面同意缩短通知期间"
    last = c.detail(NOW.date()).timeline[-1]
    assert last.kind == "hearing_rules_overridden" and last.detail["warnings"] == ["notice_too_late", "notice_too_late"]


def test_a_non_working_day_is_refused(new_uow, staff):
    room = add_room(new_uow, staff)
    c = investigation_case(new_uow, staff)
    with pytest.raises(HearingConflicts) as e:
        schedule(new_uow, staff, c, plan(room.id, datetime(2026, 11, 21, 9), datetime(2026, 11, 21, 10)),
                 override="x")
    assert e.value.findings[0][0] == "non_working_day"


def test_moving_after_service_issues_change_notices_and_resets_the_notice_rule(new_uow, staff):
    room1, room2 = add_room(new_uow, staff), add_room(new_uow, staff, "第二口审庭")
    c = investigation_case(new_uow, staff)
    ref = schedule(new_uow, staff, c, plan(room1.id, *FRI))
    requester = c.party_ids(PartyRole.REQUESTER, NOW.date())[0]
    serve_notice(new_uow, staff, c.ref.id, requester, NOW.date(), NOW)
    h = detail(new_uow, ref.id)
    slip = next(s for s in h.slips if s.party_id == requester)
    assert slip.notice_served_on == NOW.date() and slip.slip_due == date(2026, 11, 5)
    assert detail(new_uow, ref.id, today=date(2026, 11, 6)).slips[0].overdue
    with new_uow() as uow:
        pending = q.pending_items(uow, office_id=staff.office.id, today=date(2026, 11, 6))
    assert [(p.kind, p.party_name) for p in pending] == [("slip_overdue", "宁波华辰科技有限公司")]

    moved = plan(room2.id, datetime(2026, 11, 24, 14), datetime(2026, 11, 24, 16))
    with new_uow() as uow:
        result = hearings.reschedule_hearing(uow, actor_id=staff.officer.id, hearing_id=ref.id,
                                             expected_version=h.version, plan=moved, reason="合议组成员公务冲突",
                                             now=NOW)
    assert result.change_notices == ("测试市知裁审变字〔2026〕1号",)
    d = c.detail(NOW.date())
    assert d.hearing_at == datetime(2026, 11, 24, 14) and d.hearing_room == "第二口审庭"
    assert [t.kind for t in d.timeline[-3:]] == ["reschedule_hearing", "document_issued", "hearing_changed"]
    # the change notice announces the new time; until it is served the slip waits again
    assert detail(new_uow, ref.id).slips[0].notice_served_on is None
    with pytest.raises(ValidationFailed), new_uow() as uow:
        hearings.reschedule_hearing(uow, actor_id=staff.officer.id, hearing_id=ref.id,
                                    expected_version=result.version, plan=moved, reason=" ", now=NOW)


def test_return_slips_and_postponement_requests(new_uow, staff):
    room = add_room(new_uow, staff)
    c = investigation_case(new_uow, staff)
    ref = schedule(new_uow, staff, c, plan(room.id, *FRI))
    respondent = c.party_ids(PartyRole.RESPONDENT, NOW.date())[0]
    with pytest.raises(ValidationErrors), new_uow() as uow:
        hearing_requests.record_return_slip(uow, actor_id=staff.clerk.id, hearing_id=ref.id, party_id=respondent,
                                            received_on=NOW.date(), attending=True, now=NOW)
    with new_uow() as uow:
        hearing_requests.record_return_slip(uow, actor_id=staff.clerk.id, hearing_id=ref.id, party_id=respondent,
                                            received_on=NOW.date(), attending=True,
                                            attendees="赵四 经营者 13900000000", now=NOW)
    slip = next(s for s in detail(new_uow, ref.id).slips if s.party_id == respondent)
    assert slip.attending and slip.received_on == NOW.date()

    late_day = datetime(2026, 11, 18, 9)
    with new_uow() as uow:
        late = hearing_requests.file_postponement(uow, actor_id=staff.clerk.id, hearing_id=ref.id,
                                                  party_id=respondent, received_on=late_day.date(),
                                                  reason="代理人住院", now=late_day)
    with new_uow() as uow:
        refused_id = hearing_requests.file_postponement(uow, actor_id=staff.clerk.id, hearing_id=ref.id,
                                                        party_id=respondent, received_on=NOW.date(),
                                                        reason="需要补充证据", now=NOW)
    assert [p.late for p in detail(new_uow, ref.id).postponements] == [True, False]
    with pytest.raises(PermissionDenied), new_uow() as uow:   # the clerk is not on the voting panel
        hearing_requests.decide_postponement(uow, actor_id=staff.clerk.id, request_id=refused_id, grant=False,
                                             reason="x", now=NOW)
    with new_uow() as uow:
        hearing_requests.decide_postponement(uow, actor_id=staff.officer2.id, request_id=refused_id, grant=False,
                                             reason="理由不成立", now=NOW)
    new = plan(room.id, datetime(2026, 12, 1, 9), datetime(2026, 12, 1, 11))
    with new_uow() as uow:
        hearing_requests.decide_postponement(uow, actor_id=staff.officer.id, request_id=late, grant=True,
                                             reason="确有正当理由", plan=new, now=late_day)
    h = detail(new_uow, ref.id, today=late_day.date())
    assert [p.status for p in h.postponements] == ["granted", "refused"] and h.starts_at == new.starts_at
    assert c.detail(late_day.date()).hearing_at == new.starts_at


def test_an_adjourned_hearing_continues_and_the_case_is_heard_after_the_last_session(new_uow, staff):
    room = add_room(new_uow, staff, online_capable=True)
    c = investigation_case(new_uow, staff)
    first = schedule(new_uow, staff, c, plan(room.id, *FRI))
    later = datetime(2026, 11, 20, 12)
    with pytest.raises(ValidationFailed), new_uow() as uow:      # adjourning needs its reason
        hearings.close_session(uow, actor_id=staff.officer.id, hearing_id=first.id, expected_version=first.version,
                               outcome="adjourned", closed_on=FRI[0].date(), now=later)
    with new_uow() as uow:
        hearings.close_session(uow, actor_id=staff.officer.id, hearing_id=first.id, expected_version=first.version,
                               outcome="adjourned", closed_on=FRI[0].date(), note="被请求人申请补充现有技术证据",
                               now=later)
    assert c.detail(later.date()).state == CaseState.HEARING_SCHEDULED
    online = plan(room.id, datetime(2026, 11, 27, 9), datetime(2026, 11, 27, 11), online=True,
                  online_link="腾讯会议 123-456-789", continues_id=first.id)
    with new_uow() as uow:
        second = hearings.schedule_hearing(uow, actor_id=staff.officer.id, case_id=c.ref.id,
                                           expected_version=c.detail(later.date()).version, plan=online,
                                           now=later)
    h2 = detail(new_uow, second.id, today=later.date())
    assert (h2.session_no, h2.continues_id, h2.online) == (2, first.id, True)
    d = c.detail(later.date())
    assert d.state == CaseState.HEARING_SCHEDULED and d.hearing_at == online.starts_at
    assert d.timeline[-1].detail["reason"] == hearings.REASON_CONTINUATION
    done = datetime(2026, 11, 27, 12)
    with new_uow() as uow:
        hearings.close_session(uow, actor_id=staff.officer.id, hearing_id=second.id, expected_version=second.version,
                               outcome="held", closed_on=done.date(), now=done)
    assert c.detail(done.date()).state == CaseState.HEARD


def test_a_case_that_leaves_the_hearing_stage_another_way_frees_its_room_and_people(new_uow, staff):
    room = add_room(new_uow, staff)
    first = investigation_case(new_uow, staff)
    ref = schedule(new_uow, staff, first, plan(room.id, *FRI))
    first.ref = type(first.ref)(first.ref.id, ref.case_version, first.ref.case_number)
    first.act_approved("revoke", {"revoke_reason": "withdrawal", "reason_text": "请求人撤回", "decided_date": NOW.date()},
                       NOW)
    assert first.detail(NOW.date()).state == CaseState.CLOSED_REVOKED
    second = investigation_case(new_uow, staff, respondent_name="杭州某某电器有限公司")
    schedule(new_uow, staff, second, plan(room.id, *FRI))
    assert second.detail(NOW.date()).state == CaseState.HEARING_SCHEDULED
