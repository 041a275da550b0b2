"""The oral-hearing record through the services, on SQLite and PostgreSQL: opened with the running order's
script and who is expected, saved whole (autosave) under optimistic locking, surviving a restart, closed —
held, heard in the respondent's absence, or the requester's no-show filed as a withdrawal — and a recusal
application made at the hearing stopping it until decided."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from hearing_helpers import notify_side
from recusal_helpers import application, case_in_investigation, scheduled_hearing

from case_helpers import at
from ipcase.db.engine import make_engine
from ipcase.domain.enums import PartyRole
from ipcase.domain.hearings.record import Side
from ipcase.dto.hearings import CrossExam, FeatureRow
from ipcase.errors import ConcurrentModification, TransitionRefused
from ipcase.queries.hearings.records import hearing_record
from ipcase.queries.hearings.sessions import hearing_detail
from ipcase.services.hearings import records as svc
from ipcase.services.recusal import applications as recusal_svc
from ipcase.uow import uow_factory

HEARING_AT = datetime(2025, 10, 20, 9, 30)
DAY = HEARING_AT.date()


@pytest.fixture
def hearing(new_uow, staff):
    c = case_in_investigation(new_uow, staff, received=date(2025, 9, 15), registered=date(2025, 9, 22),
                              notice_served=date(2025, 9, 30), copy_served=date(2025, 9, 30),
                              answered=date(2025, 10, 9))
    return c, scheduled_hearing(new_uow, staff, c, HEARING_AT)


def open_(new_uow, staff, hearing_id):
    with new_uow() as uow:
        return svc.open_record(uow, actor_id=staff.clerk.id, hearing_id=hearing_id, now=HEARING_AT)


def save(new_uow, staff, info, content):
    with new_uow() as uow:
        return svc.save_record(uow, actor_id=staff.clerk.id, record_id=info.id, expected_version=info.version,
                               content=content, now=HEARING_AT)


def close(new_uow, staff, info, content, outcome="held", note=""):
    with new_uow() as uow:
        return svc.close_record(uow, actor_id=staff.officer.id, record_id=info.id, expected_version=info.version,
                                content=content, outcome=outcome, closed_on=DAY, note=note,
                                now=datetime(2025, 10, 20, 12, 0))


def everyone(content, present=True, side=None):
    return replace(content, attendees=tuple(replace(a, present=present, identity_checked=present)
                                            if side is None or a.side == side else a for a in content.attendees))


def test_a_new_record_starts_from_the_running_order_and_who_is_expected(new_uow, staff, hearing):
    _c, hid = hearing
    info = open_(new_uow, staff, hid)
    assert list(info.content.sections)[:3] == ["opening", "rights", "recusal"]
    assert "合议组长张伟，审理员李娜、赵敏，书记员孙丽" in info.content.sections["recusal"]
    assert [(a.side, a.capacity, a.name) for a in info.content.attendees] == [
        ("panel", "leader", "张伟"), ("panel", "member", "李娜"), ("panel", "member", "赵敏"), ("panel", "clerk", "孙丽"),
        ("requester", "representative", "王大明"), ("requester", "agent", "陈律师（知恒律师事务所）"),
        ("respondent", "party", "义乌市鼎盛贸易商行甲")]
    assert [e.label for e in info.evidence] == ["1. 证据1（宁波华辰科技有限公司）", "2. 证据2（义乌市鼎盛贸易商行甲）"]
    assert open_(new_uow, staff, hid).id == info.id          # opening again returns the same record


def test_autosaved_content_survives_a_restart_and_a_stale_save_is_refused(new_uow, staff, hearing, db_url):
    _c, hid = hearing
    info = open_(new_uow, staff, hid)
    content = replace(everyone(info.content), sections={**info.content.sections, "requester_statement": "请求人称……"},
                      cross_exams=(CrossExam(info.evidence[0].id, info.evidence[0].label, "admitted", "admitted",
                                             "disputed", "与本案无关", "待合议"),
                                   CrossExam(info.evidence[1].id, info.evidence[1].label)),   # untouched: not kept
                      features=(FeatureRow("1", "A. 座椅框架可折叠", "框架可折叠", "same", "相同"), FeatureRow()))
    ref = save(new_uow, staff, info, content)
    assert ref.version == info.version + 1
    with pytest.raises(ConcurrentModification):
        save(new_uow, staff, info, content)

    restarted = make_engine(db_url)        # a new process: nothing but the database
    try:
        with uow_factory(restarted)() as uow:
            again = hearing_record(uow, hid)
    finally:
        restarted.dispose()
    assert again.content.sections["requester_statement"] == "请求人称……"
    assert [c.relevance for c in again.content.cross_exams] == ["disputed"]
    assert again.content.features == (FeatureRow("1", "A. 座椅框架可折叠", "框架可折叠", "same", "相同"),)
    assert all(a.present for a in again.content.attendees)


def test_closing_as_held_moves_the_case_and_the_session(new_uow, staff, hearing):
    c, hid = hearing
    notify_side(new_uow, staff, c, PartyRole.RESPONDENT, date(2025, 9, 30))   # M25 art 26: notified in time
    info = open_(new_uow, staff, hid)
    content = everyone(everyone(info.content), present=False, side=Side.RESPONDENT)
    ref = close(new_uow, staff, info, content)
    assert ref.status == "held"
    d = c.detail(DAY)
    assert d.state == "heard"
    assert d.timeline[-1].kind == "hold_hearing" and d.timeline[-1].detail["respondent_absent"] is True
    with new_uow() as uow:
        assert hearing_detail(uow, hid, today=DAY).status == "held"
        assert hearing_record(uow, hid).respondent_absent
    with pytest.raises(TransitionRefused) as e:
        save(new_uow, staff, replace(info, version=ref.version), content)
    assert e.value.code == "record_closed"


def test_a_requester_absent_without_reason_is_filed_as_a_withdrawal(new_uow, staff, hearing):
    c, hid = hearing
    notify_side(new_uow, staff, c, PartyRole.REQUESTER, date(2025, 9, 30))    # M25 art 26: notified in time
    info = open_(new_uow, staff, hid)
    content = everyone(everyone(info.content), present=False, side=Side.REQUESTER)
    with pytest.raises(TransitionRefused) as e:
        close(new_uow, staff, info, content)
    assert e.value.code == "requester_absent"
    ref = close(new_uow, staff, info, content, outcome="requester_no_show")
    assert ref.status == "requester_absent"
    d = c.detail(DAY)
    assert d.state == "hearing_scheduled"
    assert [(a.action, a.status) for a in d.approvals][-1] == ("requester_no_show", "pending")
    c.approve(at(DAY))
    assert c.detail(DAY).state == "closed_revoked"
    with new_uow() as uow:
        assert hearing_detail(uow, hid, today=DAY).status == "adjourned"


def test_a_recusal_applied_for_at_the_opening_stops_the_hearing_until_decided(new_uow, staff, hearing):
    c, hid = hearing
    info = open_(new_uow, staff, hid)
    data = replace(application(c, staff, received=DAY, learned=date(2025, 9, 30)), oral=True, hearing_id=hid,
                   at_hearing="opening")
    with new_uow() as uow:     # after the D6 window, in time because the hearing has just started
        app = recusal_svc.apply_for_recusal(uow, actor_id=staff.clerk.id, case_id=c.ref.id, data=data, now=HEARING_AT)
    assert app.timeliness == "before_hearing"
    with pytest.raises(TransitionRefused) as e:
        close(new_uow, staff, info, everyone(info.content))
    assert e.value.code == "panel_invalid"
