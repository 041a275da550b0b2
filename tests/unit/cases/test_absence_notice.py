"""M25 art 26 / D7 as a pure rule: an absence sanction needs the hearing notice served on every party of that side
on or before the last lawful day; the state machine refuses 缺席审理 and 按撤回处理 otherwise, naming that day."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from workflow_fixtures import HEARING_ON, NOTICE_BY, snapshot

from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.cases.workflow import BY_ACTION, MACHINE, CaseAction, allowed_actions, refusal
from ipcase.domain.enums import CaseState, PartyRole
from ipcase.domain.hearings.absence import NoticeFact, absence_refusal, late_notice_warning, lawfully_notified
from ipcase.domain.machine import Refusal
from ipcase.domain.periods import latest_notice_date

REQ, RESP = PartyRole.REQUESTER, PartyRole.RESPONDENT


def test_the_last_lawful_day_leaves_three_working_days_strictly_between():
    cal = OfficialCalendar([])
    # hearing Monday 2026-12-14: Wed 12-09 leaves Thu, Fri and… only two; Tue 12-08 leaves 09, 10, 11
    assert latest_notice_date(date(2026, 12, 14), 3, cal) == date(2026, 12, 8)
    assert NOTICE_BY < HEARING_ON


def test_lawful_only_when_served_on_or_before_the_last_day():
    last = date(2026, 12, 8)
    assert lawfully_notified(last, last)
    assert not lawfully_notified(date(2026, 12, 9), last)
    assert not lawfully_notified(None, last)
    assert not lawfully_notified(last, None)     # no hearing time: nothing to be notified of


def test_absence_refusal_names_the_last_lawful_day_and_covers_every_party_of_the_side():
    last = date(2026, 12, 8)
    two = (NoticeFact(1, RESP, last), NoticeFact(2, RESP, None), NoticeFact(3, REQ, last))
    r = absence_refusal(two, RESP, last)
    assert r == "hearing_notice_not_served" and isinstance(r, Refusal) and r.detail == "2026-12-08"
    late = (NoticeFact(1, RESP, last), NoticeFact(2, RESP, date(2026, 12, 10)))
    r = absence_refusal(late, RESP, last)
    assert r == "hearing_notice_late" and r.detail == "2026-12-08"
    assert absence_refusal(two, REQ, last) is None
    assert absence_refusal((), REQ, last) == "hearing_notice_not_served"


def test_a_late_notice_is_warned_about_with_the_last_lawful_day():
    last = date(2026, 12, 8)
    assert late_notice_warning(date(2026, 12, 13), last) == last    # issued on a Sunday for Monday
    assert late_notice_warning(last, last) is None
    assert late_notice_warning(date(2026, 12, 1), None) is None


def _refusal(action, snap, payload):
    return MACHINE.refusal(BY_ACTION[action], snap, payload)


def test_heard_in_the_respondents_absence_only_after_lawful_notice():
    held = {"held_date": HEARING_ON, "respondent_absent": True}
    ok = snapshot(CaseState.HEARING_SCHEDULED)
    assert _refusal(CaseAction.HOLD_HEARING, ok, held) is None
    unserved = replace(ok, hearing_notices=(NoticeFact(1, REQ, NOTICE_BY), NoticeFact(2, RESP, None)))
    r = _refusal(CaseAction.HOLD_HEARING, unserved, held)
    assert r == "hearing_notice_not_served" and r.detail == NOTICE_BY.isoformat()
    # present: no sanction, no notice needed for the record
    assert _refusal(CaseAction.HOLD_HEARING, unserved, {**held, "respondent_absent": False}) is None
    late = replace(ok, hearing_notices=(NoticeFact(2, RESP, HEARING_ON),))
    assert _refusal(CaseAction.HOLD_HEARING, late, held) == "hearing_notice_late"


def test_the_requesters_no_show_is_not_even_offered_without_lawful_notice():
    ok = snapshot(CaseState.HEARING_SCHEDULED)
    assert CaseAction.REQUESTER_NO_SHOW in allowed_actions(ok)
    unserved = replace(ok, hearing_notices=(NoticeFact(2, RESP, NOTICE_BY),))
    assert CaseAction.REQUESTER_NO_SHOW not in allowed_actions(unserved)
    assert refusal(BY_ACTION[CaseAction.REQUESTER_NO_SHOW], unserved, {}) == "hearing_notice_not_served"
