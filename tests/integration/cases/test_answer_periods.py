"""M25 art 22 with two respondents, through the services on SQLite and PostgreSQL: one respondent's answer does
not end the other's own period; the case leaves the answer period only when every respondent is done."""
from __future__ import annotations

from datetime import date

import pytest

from case_helpers import Driver, at
from ipcase.domain.enums import CaseState, PartyRole
from ipcase.errors import TransitionRefused, ValidationFailed


def _two_respondents_served(new_uow, staff):
    c = Driver.new(new_uow, staff, at(date(2025, 10, 9)), received=date(2025, 10, 9), respondents=2)
    c.panel(at(date(2025, 10, 9)))
    c.act_approved("register", {"registered_date": date(2025, 10, 10)}, at(date(2025, 10, 10)))
    first, second = c.party_ids(PartyRole.RESPONDENT, date(2025, 10, 10))
    # the first respondent has the copy on 10-13 (period to 10-28), the second on 10-20 (period to 11-04)
    c.serve("serve_copy", {first: date(2025, 10, 13)}, "direct", at(date(2025, 10, 13)),
            who=staff.clerk)
    assert c.detail(date(2025, 10, 13)).state == CaseState.REGISTERED     # not every respondent served yet
    c.serve("serve_copy", {second: date(2025, 10, 20)}, "post", at(date(2025, 10, 20)),
            who=staff.clerk)
    assert c.detail(date(2025, 10, 20)).state == CaseState.ANSWER_PERIOD
    return c, first, second


def test_one_answer_does_not_end_the_other_respondents_period(new_uow, staff):
    c, first, second = _two_respondents_served(new_uow, staff)
    c.act("receive_answer", {"party_id": first, "received_date": date(2025, 10, 22)}, at(date(2025, 10, 22)),
          who=staff.clerk)
    d = c.detail(date(2025, 10, 22))
    assert d.state == CaseState.ANSWER_PERIOD
    assert "answer_period_over" not in d.allowed_actions
    with pytest.raises(TransitionRefused) as e:
        c.act("answer_period_over", {}, at(date(2025, 11, 4)))      # the second's last day
    assert e.value.code == "answer_period_running"
    assert "answer_period_over" in c.detail(date(2025, 11, 5)).allowed_actions
    c.act("answer_period_over", {}, at(date(2025, 11, 5)))
    assert c.detail(date(2025, 11, 5)).state == CaseState.INVESTIGATION


def test_the_last_answer_moves_the_case_on(new_uow, staff):
    c, first, second = _two_respondents_served(new_uow, staff)
    c.act("receive_answer", {"party_id": second, "received_date": date(2025, 10, 23)}, at(date(2025, 10, 23)),
          who=staff.clerk)
    assert c.detail(date(2025, 10, 23)).state == CaseState.ANSWER_PERIOD
    c.act("receive_answer", {"party_id": first, "received_date": date(2025, 10, 24)}, at(date(2025, 10, 24)),
          who=staff.clerk)
    assert c.detail(date(2025, 10, 24)).state == CaseState.INVESTIGATION


def test_a_service_date_before_registration_quotes_the_registration_date(new_uow, staff):
    c = Driver.new(new_uow, staff, at(date(2025, 10, 9)), received=date(2025, 10, 9))
    c.panel(at(date(2025, 10, 9)))
    c.act_approved("register", {"registered_date": date(2025, 10, 10)}, at(date(2025, 10, 10)))
    respondent = c.party_ids(PartyRole.RESPONDENT, date(2025, 10, 10))[0]
    c.issue_for_service("serve_copy", [respondent], at(date(2025, 10, 10)))
    with pytest.raises(ValidationFailed) as e:
        c.act("serve_copy", {"served": {respondent: date(1990, 12, 6)}, "method": "direct"},
              at(date(2025, 10, 13)), who=staff.clerk)
    assert (e.value.field, e.value.reason, e.value.detail) == ("served", "before_registered", "2025-10-10")
