"""The credit list's periods on the official calendar, party matching, and the satisfaction score rule."""
from __future__ import annotations

from datetime import date

import pytest

from ipcase.domain.calendar import default_calendar
from ipcase.domain.cases.enforcement import EnforcementStep as S
from ipcase.domain.cases.enforcement import enforcement_deadlines, facts_of, step_refusal
from ipcase.domain.credit.listing import (
    CreditSettings,
    ListingFacts,
    ListingStatus,
    period_end,
    refusal,
    statement_due,
    step_deadlines,
)
from ipcase.domain.credit.matching import CreditKey, credit_match
from ipcase.domain.enums import DeadlineCode
from ipcase.domain.identifiers import make_credit_code
from ipcase.domain.satisfaction.scoring import survey_score
from ipcase.errors import ValidationErrors

CAL = default_calendar()
SET = CreditSettings()


def test_statement_period_counts_working_days_over_national_day():
    # Served Tue 2025-09-30: Oct 9 = 1, 10 = 2, Sat 11 (调休上班) = 3, 13 = 4, 14 = 5 (DOMAIN §6 worked example).
    assert statement_due(date(2025, 9, 30), CAL, SET).date == date(2025, 10, 14)


def test_listing_period_end_rolls_off_a_rest_day_and_follows_the_setting():
    # Listed 2023-10-01 (国庆): three years later is Thu 2026-10-01, in the holiday of 10-01…07 → Thu 10-08.
    end = period_end(date(2023, 10, 1), CAL, SET)
    assert end.date == date(2026, 10, 8) and "顺延" in end.basis
    assert period_end(date(2023, 6, 5), CAL, CreditSettings(listing_years=1)).date == date(2024, 6, 5)


def test_steps_refused_out_of_order():
    f = ListingFacts(ListingStatus.IDENTIFIED, date(2026, 5, 6))
    assert refusal("propose", f, date(2026, 5, 6), CAL, SET) == "notice_not_served"
    assert refusal("decide", f, date(2026, 5, 6), CAL, SET) == "listing_wrong_step"
    listed = ListingFacts(ListingStatus.LISTED, date(2026, 1, 5), date(2026, 1, 6), None, date(2026, 1, 20),
                          date(2026, 1, 26))
    assert refusal("apply_repair", listed, date(2027, 1, 25), CAL, SET) == "repair_too_early"
    assert refusal("apply_repair", listed, date(2027, 1, 26), CAL, SET) is None
    steps = {d.step: d for d in step_deadlines(listed, CAL, SET)}
    assert steps["statement"].met == date(2026, 1, 20)     # proposing closes the party's period
    assert steps["removal"].due.date == date(2029, 1, 26)


def test_matching_by_code_then_id_number_then_name():
    code = make_credit_code("92330782MA2CD5678")
    assert credit_match(CreditKey.of("甲商行", code), CreditKey.of("甲 商行（义乌）", code.lower())) == "credit_code"
    assert credit_match(CreditKey.of("甲商行", code), CreditKey.of("甲商行", make_credit_code("92330782MA2CD9999"))) \
        is None
    assert credit_match(CreditKey.of("张三", "", "33010219800101123X"),
                        CreditKey.of("张 三", "", "33010219800101123x")) == "id_number"
    assert credit_match(CreditKey.of("张三", "", "33010219800101123X"), CreditKey.of("张三", "", "")) == "name"


def test_survey_score_is_the_mean_of_the_answered_questions():
    assert survey_score({"procedure": 5, "timeliness": 4, "fairness": 3, "result": 1}) == 60.0  # (100+80+60+0)/4
    assert survey_score({"procedure": 2, "timeliness": None, "fairness": None, "result": None}) == 30.0
    with pytest.raises(ValidationErrors):
        survey_score({"procedure": None})
    with pytest.raises(ValidationErrors):
        survey_score({"procedure": 0})


def test_enforcement_chain_rules_and_deadlines():
    f = facts_of(date(2026, 4, 20), [("no_suit", date(2026, 4, 21)), ("non_compliance", date(2026, 5, 6)),
                                     ("demand_served", date(2026, 5, 8))])
    assert step_refusal(S.OFFICE_APPLIED, date(2026, 5, 18), f, CAL) == "demand_period_running"
    assert step_refusal(S.OFFICE_APPLIED, date(2026, 5, 19), f, CAL) is None
    assert step_refusal(S.NON_COMPLIANCE, date(2026, 5, 9), f, CAL) == "already_recorded"
    due = {d.code: d.due.date for d in enforcement_deadlines(f, CAL)}
    assert due == {DeadlineCode.D15_DEMAND: date(2026, 7, 9), DeadlineCode.D15_WAIT: date(2026, 5, 18),
                   DeadlineCode.D15: date(2026, 7, 20), DeadlineCode.D15_HOLDER: date(2027, 1, 20)}
    assert enforcement_deadlines(facts_of(date(2026, 4, 20), [("no_suit", date(2026, 4, 21))]), CAL) == []
