"""compute_deadlines (DOMAIN §4, §6.5): which deadlines a case has at each stage, their dates, and their
status; the closing limit D12 with pauses and extensions; validate_closing_extension; paused_days; urgency."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ipcase.domain.calendar import OfficialCalendar, YearCalendar
from ipcase.domain.cases.deadlines import (
    CaseFacts,
    Deadline,
    DeadlineSettings,
    ExtensionFacts,
    PartyFacts,
    PauseFacts,
    compute_deadlines,
    paused_days,
    urgency,
)
from ipcase.domain.enums import (
    CLOSED_STATES,
    CaseState,
    DeadlineCode,
    DeadlineStatus,
    PartyRole,
    PauseKind,
)
from ipcase.domain.extensions import validate_closing_extension
from ipcase.domain.festivals import computed_holidays
from ipcase.errors import ValidationFailed

D = date
S = CaseState
C = DeadlineCode
OPEN, MET, CANCELLED = DeadlineStatus.OPEN, DeadlineStatus.MET, DeadlineStatus.CANCELLED
CAL = OfficialCalendar()
SETTINGS = DeadlineSettings()

REQUESTER = PartyFacts(1, "甲公司", PartyRole.REQUESTER)
RESPONDENT = PartyFacts(2, "乙公司", PartyRole.RESPONDENT)
FOREIGN_RESPONDENT = PartyFacts(3, "Foreign GmbH", PartyRole.RESPONDENT, no_domicile_in_prc=True)
THIRD_PARTY = PartyFacts(4, "丙", PartyRole.THIRD_PARTY)

# 立案 Fri 2025-07-04: D12 = 2025-10-04 (National Day) → 2025-10-09.
REGISTERED = CaseFacts(state=S.REGISTERED, received_date=D(2025, 7, 1), decided_date=D(2025, 7, 4),
                       registered_date=D(2025, 7, 4))


DAY_AFTER_REGISTRATION = D(2025, 7, 5)


def run(facts: CaseFacts, today: date = DAY_AFTER_REGISTRATION, settings: DeadlineSettings = SETTINGS,
        cal: OfficialCalendar = CAL) -> list[Deadline]:
    return compute_deadlines(facts, cal, settings, today)


def codes(deadlines: list[Deadline]) -> list[tuple[DeadlineCode, int | None]]:
    return [(d.code, d.party_id) for d in deadlines]


def one(deadlines: list[Deadline], code: DeadlineCode, party: int | None = None) -> Deadline:
    found = [d for d in deadlines if d.code == code and d.party_id == party]
    assert len(found) == 1, codes(deadlines)
    return found[0]


def d12(facts: CaseFacts, today: date = DAY_AFTER_REGISTRATION, **kw) -> Deadline:
    return one(run(facts, today, **kw), C.D12)


def pause(kind: PauseKind, start: date, end: date | None) -> PauseFacts:
    return PauseFacts(kind, start, end)


SUSP, APPR = PauseKind.SUSPENSION, PauseKind.APPRAISAL


# ---------------------------------------------------------------- before 立案


def test_fresh_request_has_only_d1():
    out = run(CaseFacts(S.RECEIVED, D(2025, 9, 30)), today=D(2025, 10, 1))
    assert codes(out) == [(C.D1, None)]
    d1 = out[0]
    assert (d1.start, d1.due, d1.status, d1.provisional, d1.met_date) == (
        D(2025, 9, 30), D(2025, 10, 14), OPEN, False, None)
    assert not d1.paused and not d1.hide_after_due


def test_d1_extension_adds_five_working_days():
    out = run(CaseFacts(S.RECEIVED, D(2025, 9, 30), decision_extended=True), today=D(2025, 10, 1))
    d1 = one(out, C.D1)
    # 10 wd: 9, 10, Sat 11, 13, 14, 15, 16, 17, 20, 21
    assert d1.due == D(2025, 10, 21)
    assert "延长的5个工作日" in d1.basis


def test_correction_pending_shows_correction_deadline_and_no_d1():
    facts = CaseFacts(S.PENDING_CORRECTION, D(2025, 9, 30), correction_due=D(2025, 10, 20))
    out = run(facts, today=D(2025, 10, 10))
    assert codes(out) == [(C.CORRECTION, None)]
    corr = out[0]
    assert (corr.start, corr.due, corr.status, corr.provisional) == (D(2025, 9, 30), D(2025, 10, 20), OPEN, False)
    assert corr.basis == "补正通知书指定的期限"


def test_correction_received_restarts_d1_by_default():
    facts = CaseFacts(S.PENDING_CORRECTION, D(2025, 9, 30), correction_due=D(2025, 10, 20),
                      correction_received=D(2025, 10, 17))
    out = run(facts, today=D(2025, 10, 17))
    corr = one(out, C.CORRECTION)
    assert (corr.status, corr.met_date) == (MET, D(2025, 10, 17))
    d1 = one(out, C.D1)
    # Fri 10-17 + 5 wd: 20, 21, 22, 23, 24
    assert (d1.start, d1.due, d1.status) == (D(2025, 10, 17), D(2025, 10, 24), OPEN)


def test_correction_received_does_not_restart_d1_when_setting_off():
    facts = CaseFacts(S.PENDING_CORRECTION, D(2025, 9, 30), correction_due=D(2025, 10, 20),
                      correction_received=D(2025, 10, 17))
    out = run(facts, today=D(2025, 10, 17), settings=DeadlineSettings(decision_restarts_on_correction=False))
    d1 = one(out, C.D1)
    assert (d1.start, d1.due, d1.status) == (D(2025, 9, 30), D(2025, 10, 14), OPEN)


def test_corrected_then_registered():
    facts = CaseFacts(S.REGISTERED, D(2025, 9, 30), correction_due=D(2025, 10, 20),
                      correction_received=D(2025, 10, 17), decided_date=D(2025, 10, 22),
                      registered_date=D(2025, 10, 22))
    out = run(facts, today=D(2025, 10, 22))
    assert one(out, C.CORRECTION).status == MET
    d1 = one(out, C.D1)
    assert (d1.due, d1.status, d1.met_date) == (D(2025, 10, 24), MET, D(2025, 10, 22))


def test_correction_not_cured_refused():
    facts = CaseFacts(S.NOT_ACCEPTED, D(2025, 9, 30), correction_due=D(2025, 10, 20),
                      decided_date=D(2025, 10, 21))
    out = run(facts, today=D(2025, 10, 21))
    assert codes(out) == [(C.CORRECTION, None), (C.D1, None)]
    assert one(out, C.CORRECTION).status == CANCELLED
    d1 = one(out, C.D1)
    assert (d1.start, d1.due, d1.status, d1.met_date) == (D(2025, 9, 30), D(2025, 10, 14), MET, D(2025, 10, 21))


def test_terminal_without_decision_cancels_d1():
    out = run(CaseFacts(S.NOT_ACCEPTED, D(2025, 9, 30)), today=D(2025, 10, 1))
    assert one(out, C.D1).status == CANCELLED


def test_refused_request_d1_met():
    out = run(CaseFacts(S.NOT_ACCEPTED, D(2025, 9, 30), decided_date=D(2025, 10, 9)), today=D(2025, 10, 9))
    assert codes(out) == [(C.D1, None)]
    assert (out[0].status, out[0].met_date) == (MET, D(2025, 10, 9))


def test_correction_due_in_2027_is_provisional():
    facts = CaseFacts(S.PENDING_CORRECTION, D(2026, 12, 20), correction_due=D(2027, 1, 5))
    assert one(run(facts, today=D(2026, 12, 21)), C.CORRECTION).provisional is True


# ---------------------------------------------------------------- 立案


def test_registration_starts_d2_and_d12():
    out = run(REGISTERED)
    assert codes(out) == [(C.D1, None), (C.D2, None), (C.D12, None)]
    d1 = one(out, C.D1)
    # Tue 07-01 + 5 wd: 02, 03, 04, 07, 08
    assert (d1.due, d1.status, d1.met_date) == (D(2025, 7, 8), MET, D(2025, 7, 4))
    d2 = one(out, C.D2)
    assert (d2.start, d2.due, d2.status) == (D(2025, 7, 4), D(2025, 7, 11), OPEN)
    closing = one(out, C.D12)
    assert (closing.start, closing.due, closing.status, closing.paused) == (
        D(2025, 7, 4), D(2025, 10, 9), OPEN, False)
    assert "2025-10-04" in closing.basis and "顺延至 2025-10-09" in closing.basis


def test_closing_months_setting():
    assert d12(REGISTERED, settings=DeadlineSettings(closing_months=4)).due == D(2025, 11, 4)


# ---------------------------------------------------------------- service and answers

SERVED = replace(
    REGISTERED, state=S.ANSWER_PERIOD,
    parties=(replace(REQUESTER, notice_served=D(2025, 7, 8)),
             replace(RESPONDENT, copy_served=D(2025, 7, 10)),
             replace(FOREIGN_RESPONDENT, copy_served=D(2025, 7, 14)),
             replace(THIRD_PARTY, notice_served=D(2025, 7, 9))))


def test_respondents_served():
    out = run(SERVED, today=D(2025, 7, 15))
    d2 = one(out, C.D2)
    assert (d2.status, d2.met_date) == (MET, D(2025, 7, 14))  # the last respondent served
    d3 = one(out, C.D3, 2)
    assert (d3.start, d3.due, d3.status) == (D(2025, 7, 10), D(2025, 7, 25), OPEN)  # 15 d
    d3_foreign = one(out, C.D3, 3)
    assert (d3_foreign.start, d3_foreign.due) == (D(2025, 7, 14), D(2025, 8, 13))  # 30 d, no domicile
    assert not d3.hide_after_due


@pytest.mark.parametrize(("party", "start", "d6", "d10"), [
    (1, D(2025, 7, 8), D(2025, 7, 11), D(2025, 7, 23)),    # requester: 受理通知书
    (2, D(2025, 7, 10), D(2025, 7, 15), D(2025, 7, 25)),   # respondent: copy; Thu + 3 wd over a weekend
    (3, D(2025, 7, 14), D(2025, 7, 17), D(2025, 7, 29)),
    (4, D(2025, 7, 9), D(2025, 7, 14), D(2025, 7, 24)),    # third party: its notice
])
def test_recusal_and_evidence_periods_per_party(party, start, d6, d10):
    out = run(SERVED, today=D(2025, 7, 15))
    recusal, evidence = one(out, C.D6, party), one(out, C.D10, party)
    assert (recusal.start, recusal.due, recusal.status, recusal.hide_after_due) == (start, d6, OPEN, True)
    assert (evidence.start, evidence.due, evidence.status, evidence.hide_after_due) == (start, d10, OPEN, True)


def test_d2_met_only_when_every_respondent_served():
    facts = replace(SERVED, parties=(replace(RESPONDENT, copy_served=D(2025, 7, 10)), FOREIGN_RESPONDENT))
    out = run(facts, today=D(2025, 7, 11))
    d2 = one(out, C.D2)
    assert (d2.status, d2.met_date) == (OPEN, None)
    assert codes(out).count((C.D3, 2)) == 1
    assert (C.D3, 3) not in codes(out) and (C.D6, 3) not in codes(out)


def test_no_parties_recorded_d2_open():
    assert one(run(REGISTERED), C.D2).status == OPEN


def test_answer_received():
    facts = replace(REGISTERED, state=S.INVESTIGATION,
                    parties=(replace(RESPONDENT, copy_served=D(2025, 7, 10), answer_received=D(2025, 7, 20)),))
    out = run(facts, today=D(2025, 7, 21))
    d3 = one(out, C.D3, 2)
    assert (d3.status, d3.met_date) == (MET, D(2025, 7, 20))
    d4 = one(out, C.D4, 2)
    # Sun 07-20 + 5 wd: 21, 22, 23, 24, 25
    assert (d4.start, d4.due, d4.status) == (D(2025, 7, 20), D(2025, 7, 25), OPEN)

    forwarded = run(replace(facts, answer_forwarded=D(2025, 7, 22)), today=D(2025, 7, 22))
    d4 = one(forwarded, C.D4, 2)
    assert (d4.status, d4.met_date) == (MET, D(2025, 7, 22))


def test_late_answer_still_met():
    facts = replace(REGISTERED, state=S.INVESTIGATION,
                    parties=(replace(RESPONDENT, copy_served=D(2025, 7, 10), answer_received=D(2025, 8, 1)),))
    d3 = one(run(facts, today=D(2025, 8, 1)), C.D3, 2)
    assert (d3.due, d3.status, d3.met_date) == (D(2025, 7, 25), MET, D(2025, 8, 1))


def test_after_the_answer_period_d3_is_informational():
    # The case moved on (period over, or another respondent answered): D3 stays visible until it
    # ends but is never reported overdue.
    facts = replace(REGISTERED, state=S.INVESTIGATION,
                    parties=(replace(RESPONDENT, copy_served=D(2025, 7, 10)),))
    out = run(facts, today=D(2025, 7, 28))
    d3 = one(out, C.D3, 2)
    assert (d3.status, d3.hide_after_due) == (OPEN, True)
    assert (C.D4, 2) not in codes(out)
    closed = run(replace(facts, state=S.CLOSED_REVOKED, closed_date=D(2025, 7, 28)), today=D(2025, 7, 28))
    assert one(closed, C.D3, 2).status == CANCELLED


def test_in_the_answer_period_d3_can_be_overdue():
    facts = replace(REGISTERED, state=S.ANSWER_PERIOD,
                    parties=(replace(RESPONDENT, copy_served=D(2025, 7, 10)),))
    d3 = one(run(facts, today=D(2025, 7, 28)), C.D3, 2)
    assert (d3.status, d3.hide_after_due) == (OPEN, False)


# ---------------------------------------------------------------- pauses (§4 exclusions, §6.5)

INVESTIGATION = replace(REGISTERED, state=S.INVESTIGATION)


def test_one_suspension():
    due = d12(replace(INVESTIGATION, pauses=(pause(SUSP, D(2025, 8, 1), D(2025, 8, 11)),)), D(2025, 9, 1))
    # 10-04 (unrolled) + 10 paused days = Tue 10-14
    assert (due.due, due.paused) == (D(2025, 10, 14), False)
    assert "10 日" in due.basis and "暂停中" not in due.basis


def test_multiple_pauses_add_up():
    pauses = (pause(SUSP, D(2025, 8, 1), D(2025, 8, 11)), pause(APPR, D(2025, 9, 1), D(2025, 9, 6)))
    # 10 + 5 = 15: 10-04 + 15 = Sun 10-19 → Mon 10-20
    assert d12(replace(INVESTIGATION, pauses=pauses), D(2025, 9, 10)).due == D(2025, 10, 20)


def test_overlapping_suspension_and_appraisal_counted_once():
    pauses = (pause(SUSP, D(2025, 8, 1), D(2025, 8, 21)), pause(APPR, D(2025, 8, 11), D(2025, 8, 31)))
    # union 08-01..08-30 = 30 days (not 40): 10-04 + 30 = Mon 11-03
    assert d12(replace(INVESTIGATION, pauses=pauses), D(2025, 9, 10)).due == D(2025, 11, 3)


def test_running_pause_counts_through_today():
    facts = replace(INVESTIGATION, pauses=(pause(SUSP, D(2025, 8, 1), None),))
    today_ = d12(facts, D(2025, 8, 10))        # 08-01..08-10 = 10 days
    assert (today_.due, today_.paused, today_.status) == (D(2025, 10, 14), True, OPEN)
    assert "暂停中" in today_.basis
    assert d12(facts, D(2025, 8, 11)).due == D(2025, 10, 15)
    assert d12(facts, D(2025, 8, 1)).due == D(2025, 10, 9)   # 1 day: 10-05 → 10-09


def test_running_non_suspension_pause_also_paused():
    facts = replace(INVESTIGATION, pauses=(pause(PauseKind.PUBLIC_NOTICE, D(2025, 8, 1), None),))
    assert d12(facts, D(2025, 8, 10)).paused is True


def test_pause_running_when_case_closed_stops_at_closing():
    facts = replace(INVESTIGATION, state=S.CLOSED_MEDIATED, closed_date=D(2025, 8, 5),
                    pauses=(pause(SUSP, D(2025, 8, 1), None),))
    due = d12(facts, D(2025, 9, 1))
    # 08-01..08-05 = 5 days: 10-04 + 5 = Thu 10-09
    assert (due.due, due.status, due.met_date, due.paused) == (D(2025, 10, 9), MET, D(2025, 8, 5), False)


def test_pause_ending_after_closing_counts_only_to_closing():
    facts = replace(INVESTIGATION, state=S.CLOSED_MEDIATED, closed_date=D(2025, 8, 5),
                    pauses=(pause(APPR, D(2025, 8, 1), D(2025, 8, 20)),))
    assert d12(facts, D(2025, 9, 1)).due == D(2025, 10, 9)


def test_pause_starting_after_closing_ignored():
    facts = replace(INVESTIGATION, state=S.CLOSED_REVOKED, closed_date=D(2025, 8, 5),
                    pauses=(pause(APPR, D(2025, 8, 10), D(2025, 8, 20)),))
    due = d12(facts, D(2025, 9, 1))
    assert due.due == D(2025, 10, 9) and "扣除" not in due.basis


# ---------------------------------------------------------------- extensions (M25 art 37)


def ext(level: int, length: int, unit: str = "months") -> ExtensionFacts:
    return ExtensionFacts(level, length, unit)


def test_level1_one_month():
    due = d12(replace(INVESTIGATION, extensions=(ext(1, 1),)))
    assert due.due == D(2025, 11, 4)   # 10-04 + 1 m = Tue 11-04
    assert "第1次延长 1个月（部门负责人批准）" in due.basis


def test_level1_in_days():
    due = d12(replace(INVESTIGATION, extensions=(ext(1, 20, "days"),)))
    assert due.due == D(2025, 10, 24)  # 10-04 + 20 d = Fri 10-24
    assert "20日" in due.basis


def test_level1_days_capped_at_one_month():
    # 立案 2025-08-04: 11-04 + 31 d = 12-05, but one month from 11-04 is 12-04
    facts = replace(INVESTIGATION, registered_date=D(2025, 8, 4), extensions=(ext(1, 31, "days"),))
    assert d12(facts).due == D(2025, 12, 4)


def test_level2_two_months_on_top():
    # 10-04 + 1 m = 11-04 + 2 m = 2026-01-04, a 调休 Sunday: a working day, not rolled
    due = d12(replace(INVESTIGATION, extensions=(ext(2, 2), ext(1, 1))))
    assert due.due == D(2026, 1, 4)
    assert due.basis.index("第1次延长") < due.basis.index("第2次延长")
    assert "上级部门批准" in due.basis


def test_roll_over_after_pauses_and_extensions():
    # 立案 2025-08-05: 11-05, +10 paused = 11-15, +1 m = 12-15, +2 m = 2026-02-15 (Spring Festival) → 02-24
    facts = replace(INVESTIGATION, registered_date=D(2025, 8, 5),
                    pauses=(pause(SUSP, D(2025, 8, 10), D(2025, 8, 20)),),
                    extensions=(ext(1, 1), ext(2, 2)))
    due = d12(facts, D(2025, 9, 1))
    assert due.due == D(2026, 2, 24)
    for step in ("2025-11-05", "2025-11-15", "2025-12-15", "2026-02-15", "顺延至 2026-02-24"):
        assert step in due.basis


# ---------------------------------------------------------------- closing and after

RULED = replace(
    REGISTERED, state=S.CLOSED_RULING_INFRINGEMENT, closed_date=D(2025, 9, 1), answer_forwarded=D(2025, 7, 22),
    parties=(replace(REQUESTER, notice_served=D(2025, 7, 8), ruling_served=D(2025, 9, 3)),
             replace(RESPONDENT, copy_served=D(2025, 7, 10), answer_received=D(2025, 7, 20),
                     ruling_served=D(2025, 9, 20))))


def test_closed_case_d12_met_and_d14_per_party():
    out = run(RULED, today=D(2025, 9, 22))
    closing = one(out, C.D12)
    assert (closing.due, closing.status, closing.met_date) == (D(2025, 10, 9), MET, D(2025, 9, 1))
    suit1, suit2 = one(out, C.D14, 1), one(out, C.D14, 2)
    assert (suit1.start, suit1.due, suit1.status, suit1.hide_after_due) == (D(2025, 9, 3), D(2025, 9, 18), OPEN, True)
    assert (suit2.start, suit2.due) == (D(2025, 9, 20), D(2025, 10, 9))   # 10-05 → 10-09
    assert one(out, C.D3, 2).status == MET and one(out, C.D4, 2).status == MET
    assert one(out, C.D2).status == MET
    for code in (C.D6, C.D10):
        assert one(out, code, 1).status == CANCELLED and one(out, code, 2).status == CANCELLED


def test_d14_also_for_rejected_ruling_not_for_mediation():
    assert (C.D14, 1) in codes(run(replace(RULED, state=S.CLOSED_RULING_REJECTED)))
    assert not any(d.code == C.D14 for d in run(replace(RULED, state=S.CLOSED_MEDIATED)))


def test_d14_only_for_parties_served():
    facts = replace(RULED, parties=(RULED.parties[0], replace(RULED.parties[1], ruling_served=None)))
    out = run(facts)
    assert [p for c, p in codes(out) if c == C.D14] == [1]


def test_archived_case_d12_met():
    closing = d12(replace(RULED, state=S.ARCHIVED))
    assert (closing.status, closing.met_date) == (MET, D(2025, 9, 1))


@pytest.mark.parametrize("state", sorted(CLOSED_STATES | {S.ARCHIVED}))
def test_terminal_states_leave_no_open_deadline(state):
    facts = replace(REGISTERED, state=state,
                    parties=(replace(REQUESTER, notice_served=D(2025, 7, 8), ruling_served=D(2025, 9, 3)),
                             replace(RESPONDENT, copy_served=D(2025, 7, 10)),
                             FOREIGN_RESPONDENT),
                    pauses=(pause(SUSP, D(2025, 8, 1), None),))
    out = run(facts, today=D(2025, 9, 5))
    assert {d.status for d in out if d.code != C.D14} <= {MET, CANCELLED}
    assert one(out, C.D12).status == CANCELLED   # no closed_date recorded
    assert not one(out, C.D12).paused
    assert one(out, C.D2).status == CANCELLED
    assert one(out, C.D3, 2).status == CANCELLED
    with_date = run(replace(facts, closed_date=D(2025, 8, 20)), today=D(2025, 9, 5))
    assert one(with_date, C.D12).status == MET


# ---------------------------------------------------------------- provisional (2027 has no data)

LATE_2026 = replace(REGISTERED, received_date=D(2026, 10, 28), decided_date=D(2026, 11, 2),
                    registered_date=D(2026, 11, 2))


def test_closing_in_2027_is_provisional():
    out = run(LATE_2026, today=D(2026, 11, 3))
    closing = one(out, C.D12)
    assert (closing.due, closing.provisional) == (D(2027, 2, 2), True)
    assert one(out, C.D2).provisional is False


def test_provisional_disappears_with_a_2027_year():
    cal = OfficialCalendar([YearCalendar(2027, computed_holidays(2027))])   # complete: every festival entered
    closing = one(run(LATE_2026, today=D(2026, 11, 3), cal=cal), C.D12)
    assert (closing.due, closing.provisional) == (D(2027, 2, 2), False)
    cal = OfficialCalendar([YearCalendar(2027, {**computed_holidays(2027), D(2027, 2, 2): "测试假日"})])
    closing = one(run(LATE_2026, today=D(2026, 11, 3), cal=cal), C.D12)
    assert (closing.due, closing.provisional) == (D(2027, 2, 3), False)


def test_working_day_deadline_into_2027():
    facts = replace(REGISTERED, registered_date=D(2026, 12, 28), decided_date=D(2026, 12, 28),
                    received_date=D(2026, 12, 21))
    d2 = one(run(facts, today=D(2026, 12, 28)), C.D2)
    # Mon 12-28 + 5 wd: 29, 30, 31, (Fri 2027-01-01 元旦 by the 放假办法), Mon 01-04, Tue 01-05 — provisional
    assert (d2.due, d2.provisional) == (D(2027, 1, 5), True)
    cal = OfficialCalendar([YearCalendar(2027, computed_holidays(2027))])
    d2 = one(run(facts, today=D(2026, 12, 28), cal=cal), C.D2)
    assert (d2.due, d2.provisional) == (D(2027, 1, 5), False)


# ---------------------------------------------------------------- paused_days


@pytest.mark.parametrize(("spans", "today", "until", "expected"), [
    ([], D(2025, 8, 1), None, 0),
    ([(D(2025, 8, 1), D(2025, 8, 11))], D(2025, 9, 1), None, 10),
    ([(D(2025, 8, 1), D(2025, 8, 1))], D(2025, 9, 1), None, 0),                 # zero length
    ([(D(2025, 8, 5), D(2025, 8, 1))], D(2025, 9, 1), None, 0),                 # end before start
    ([(D(2025, 8, 1), D(2025, 8, 5)), (D(2025, 8, 5), D(2025, 8, 10))], D(2025, 9, 1), None, 9),  # adjacent
    ([(D(2025, 8, 1), D(2025, 8, 31)), (D(2025, 8, 10), D(2025, 8, 20))], D(2025, 9, 1), None, 30),  # contained
    ([(D(2025, 8, 1), D(2025, 8, 11))] * 2, D(2025, 9, 1), None, 10),           # duplicate
    ([(D(2025, 8, 20), D(2025, 8, 25)), (D(2025, 8, 1), D(2025, 8, 3))], D(2025, 9, 1), None, 7),  # unsorted
    ([(D(2025, 8, 1), None)], D(2025, 8, 1), None, 1),                          # started today
    ([(D(2025, 8, 1), None)], D(2025, 8, 31), None, 31),
    ([(D(2025, 9, 5), None)], D(2025, 9, 1), None, 0),                          # not started yet
    ([(D(2025, 8, 1), None), (D(2025, 8, 10), D(2025, 8, 13))], D(2025, 8, 15), None, 15),  # overlap with running
    ([(D(2025, 8, 1), D(2025, 8, 11))], D(2025, 9, 1), D(2025, 8, 6), 5),       # clipped
    ([(D(2025, 8, 1), None)], D(2025, 9, 1), D(2025, 8, 6), 5),
    ([(D(2025, 8, 10), D(2025, 8, 20))], D(2025, 9, 1), D(2025, 8, 6), 0),      # after `until`
    ([(D(2025, 7, 25), D(2025, 8, 3)), (D(2025, 12, 28), D(2026, 1, 5))], D(2026, 2, 1), None, 17),  # over month/year ends
])
def test_paused_days(spans, today, until, expected):
    pauses = [PauseFacts(SUSP, s, e) for s, e in spans]
    assert paused_days(pauses, today, until) == expected


# ---------------------------------------------------------------- validate_closing_extension


@pytest.mark.parametrize(("level", "length", "unit", "ref"), [
    (1, 1, "months", None),
    (1, 1, "days", None),
    (1, 31, "days", None),
    (1, 1, "months", "ignored"),
    (2, 1, "months", "粤知函〔2025〕1号"),
    (2, 2, "months", "粤知函〔2025〕1号"),
    (2, 62, "days", "粤知函〔2025〕1号"),
])
def test_validate_extension_accepts(level, length, unit, ref):
    validate_closing_extension(level, length, unit, ref)


@pytest.mark.parametrize(("level", "length", "unit", "ref", "field", "reason"), [
    (1, 2, "months", None, "length", "range"),        # level 1 is at most one month
    (1, 32, "days", None, "length", "range"),
    (1, 0, "months", None, "length", "range"),
    (1, -1, "days", None, "length", "range"),
    (2, 3, "months", "ref", "length", "range"),       # level 2 is at most two months
    (2, 63, "days", "ref", "length", "range"),
    (2, 2, "months", None, "higher_office_ref", "required"),
    (2, 2, "months", "", "higher_office_ref", "required"),
    (2, 2, "months", "   ", "higher_office_ref", "required"),
    (3, 1, "months", "ref", "length", "extensions_exhausted"),
    (0, 1, "months", None, "length", "extensions_exhausted"),
    (1, 1, "weeks", None, "unit", "choice"),
    (1, 1, "working_days", None, "unit", "choice"),
])
def test_validate_extension_refuses(level, length, unit, ref, field, reason):
    with pytest.raises(ValidationFailed) as info:
        validate_closing_extension(level, length, unit, ref)
    assert (info.value.field, info.value.reason) == (field, reason)


# ---------------------------------------------------------------- urgency


@pytest.mark.parametrize(("due", "today", "expected"), [
    (D(2025, 3, 6), D(2025, 3, 7), "overdue"),
    (D(2025, 10, 8), D(2025, 10, 9), "overdue"),
    (D(2025, 3, 7), D(2025, 3, 7), "due_soon"),      # due today
    (D(2025, 3, 12), D(2025, 3, 7), "due_soon"),     # Fri + 3 wd over the weekend: 10, 11, 12
    (D(2025, 3, 13), D(2025, 3, 7), "normal"),
    (D(2025, 3, 9), D(2025, 3, 7), "due_soon"),      # a Sunday due date (not rolled here)
    (D(2025, 10, 11), D(2025, 9, 30), "due_soon"),   # over National Day: 10-09, 10-10, Sat 10-11
    (D(2025, 10, 13), D(2025, 9, 30), "normal"),
])
def test_urgency(due, today, expected):
    assert urgency(due, today, CAL) == expected


def test_urgency_window_setting():
    assert urgency(D(2025, 3, 13), D(2025, 3, 7), CAL, warn_working_days=4) == "due_soon"
    assert urgency(D(2025, 3, 10), D(2025, 3, 7), CAL, warn_working_days=0) == "normal"
    assert urgency(D(2025, 3, 7), D(2025, 3, 7), CAL, warn_working_days=0) == "due_soon"


@pytest.mark.parametrize("code", ["D3", "D6", "D10", "D14"])
def test_a_partys_period_that_ran_out_is_lapsed_not_overdue(code):
    assert urgency(D(2025, 3, 3), D(2025, 3, 7), CAL, code=code) == "lapsed"
    assert urgency(D(2025, 3, 10), D(2025, 3, 7), CAL, code=code) == "due_soon"


@pytest.mark.parametrize("code", ["D1", "D2", "D4", "D12", "CORRECTION"])
def test_an_office_deadline_that_ran_out_is_overdue(code):
    assert urgency(D(2025, 3, 3), D(2025, 3, 7), CAL, code=code) == "overdue"


def test_a_ruling_is_in_force_the_day_after_the_last_partys_suit_period():
    from ipcase.domain.cases.deadlines import ruling_effective_from
    cal = CAL
    # served 2025-09-20 and 2025-09-22: the later party's 15 days end 2025-10-07 (国庆) → rolled to 10-09
    assert ruling_effective_from([date(2025, 9, 20), date(2025, 9, 22)], cal, 15) == date(2025, 10, 10)
    assert ruling_effective_from([date(2025, 9, 20), None], cal, 15) is None
    assert ruling_effective_from([], cal, 15) is None
