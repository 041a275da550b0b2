"""Closing methods, the derived metrics and report periods of ipcase.domain.statistics.counting."""
from __future__ import annotations

from datetime import date

import pytest

from ipcase.domain.cases.deadlines import PauseFacts
from ipcase.domain.enums import CaseState, PauseKind
from ipcase.domain.statistics.counting import (
    DEFINITIONS,
    ClosingMethod,
    ReportPeriod,
    change,
    closed_on_time,
    closing_method_for,
    closing_method_of_archived,
    excluded_days,
    handling_days,
    parse_period,
    period_containing,
)
from ipcase.errors import ValidationFailed

M = ClosingMethod


@pytest.mark.parametrize(("state", "detail", "method"), [
    (CaseState.NOT_ACCEPTED, {"refusal_reasons": ["sued_in_court"]}, M.NOT_ACCEPTED),
    (CaseState.CLOSED_RULING_INFRINGEMENT, {}, M.RULING_INFRINGEMENT),
    (CaseState.CLOSED_RULING_REJECTED, {}, M.RULING_REJECTED),
    (CaseState.CLOSED_MEDIATED, {"agreement_date": "2026-10-15"}, M.MEDIATED),
    (CaseState.CLOSED_REVOKED, {"revoke_reason": "withdrawal"}, M.WITHDRAWN),
    (CaseState.CLOSED_REVOKED, {"revoke_reason": "no_show"}, M.WITHDRAWN),       # M25 art 26
    (CaseState.CLOSED_REVOKED, {"revoke_reason": "jurisdiction"}, M.TRANSFERRED),
    (CaseState.CLOSED_REVOKED, {"revoke_reason": "limitation_defence"}, M.REVOKED),
    (CaseState.CLOSED_REVOKED, {}, M.REVOKED),
    (CaseState.ARCHIVED, {"revoke_reason": "withdrawal"}, None),                 # archiving keeps the method
    (CaseState.INVESTIGATION, {}, None),
])
def test_closing_method_follows_the_state_and_the_reason(state, detail, method):
    assert closing_method_for(state, detail) == method


@pytest.mark.parametrize(("detail", "method"), [
    ({"outcome": "infringement", "ruling_date": "2026-10-31", "majority_opinion": "…"}, M.RULING_INFRINGEMENT),
    ({"outcome": "rejected", "ruling_date": "2026-10-20"}, M.RULING_REJECTED),
    ({"outcome": "rejected", "majority_opinion": "…"}, None),   # proposed, never ruled
    ({"agreement_date": "2026-10-15", "terms": ""}, M.MEDIATED),
    ({"revoke_reason": "jurisdiction", "decided_date": "2026-09-15"}, M.TRANSFERRED),
    ({"refusal_reasons": ["outside_jurisdiction"]}, M.NOT_ACCEPTED),
])
def test_an_archived_case_tells_its_method_by_what_its_closing_stored(detail, method):
    assert closing_method_of_archived(detail) == method


def p(kind, start, end):
    return PauseFacts(kind, start, end)


def test_handling_days_exclude_overlapping_pauses_once():
    reg, closed = date(2026, 7, 3), date(2026, 10, 31)
    appraisal = p(PauseKind.APPRAISAL, date(2026, 7, 20), date(2026, 8, 20))
    suspension = p(PauseKind.SUSPENSION, date(2026, 8, 1), date(2026, 8, 25))
    assert excluded_days([appraisal, suspension], closed) == 36          # 07-20 … 08-24
    assert handling_days(reg, closed, [appraisal, suspension]) == 120 - 36
    assert handling_days(reg, closed) == 120


def test_a_pause_running_at_closing_counts_through_the_closing_day():
    reg, closed = date(2026, 1, 1), date(2026, 1, 20)
    running = p(PauseKind.SUSPENSION, date(2026, 1, 10), None)
    assert excluded_days([running], closed) == 11                        # 01-10 … 01-20
    assert handling_days(reg, closed, [running]) == 8                    # 01-02 … 01-09
    assert excluded_days([p(PauseKind.SETTLEMENT, date(2026, 1, 15), date(2026, 3, 1))], closed) == 6


def test_on_time_rates_and_changes():
    assert closed_on_time(date(2026, 11, 9), date(2026, 11, 9))
    assert not closed_on_time(date(2026, 10, 15), date(2026, 10, 12))
    assert change(4, 1) == 3.0 and change(4, 0) is None and change(None, 2) is None
    assert set(DEFINITIONS) >= {"closure_rate", "on_time_rate", "handling_days", "mediation_rate"}


def test_report_periods():
    assert parse_period("quarter", "2026-q3") == ReportPeriod("quarter", 2026, 3)
    assert parse_period("month", "2026-10").label == "2026年10月"
    assert ReportPeriod("quarter", 2026, 1).previous() == ReportPeriod("quarter", 2025, 4)
    assert ReportPeriod("month", 2026, 1).previous() == ReportPeriod("month", 2025, 12)
    assert ReportPeriod("month", 2024, 2).end == date(2024, 2, 29)
    assert ReportPeriod("quarter", 2026, 4).end == date(2026, 12, 31)
    assert ReportPeriod("quarter", 2026, 3).label == "2026年第三季度"
    assert ReportPeriod("year", 2026).same_last_year().key == "2025"
    assert period_containing("quarter", date(2026, 11, 2)) == ReportPeriod("quarter", 2026, 4)
    for kind, text in (("month", "2026/10"), ("month", "2026-13"), ("quarter", "2026-Q5"), ("week", "1")):
        with pytest.raises(ValidationFailed):
            parse_period(kind, text)
