"""Satisfaction surveys after closing: the figures per office, officer, month and case type against hand counts,
on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date

import pytest
from intake_helpers import ruled_case

from case_helpers import Driver, at
from ipcase.domain.enums import PartyRole
from ipcase.dto.satisfaction import SurveyInput
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.loaders.settings import store_value
from ipcase.queries.satisfaction.results import case_surveys, satisfaction_results, survey_targets
from ipcase.services.satisfaction.surveys import record_survey


def _survey(c, party_id, day, levels, who=None, method="phone"):
    p, t, f, r = levels
    with c.new_uow() as uow:
        return record_survey(uow, actor_id=(who or c.staff.clerk).id, case_id=c.ref.id, now=at(day),
                             data=SurveyInput(party_id, method, day, p, t, f, r, "回访记录"))


def _results(new_uow, staff, by, **kw):
    with new_uow() as uow:
        return satisfaction_results(uow, office_id=staff.office.id, start=date(2026, 4, 1), end=date(2026, 6, 30),
                                    by=by, **kw)


def test_scores_against_hand_counts(new_uow, staff):
    one = ruled_case(new_uow, staff)
    two = ruled_case(new_uow, staff, respondent="义乌市另一商行", credit_code="")
    req1, resp1 = one.party_ids(PartyRole.REQUESTER, date(2026, 5, 1))[0], one.party_ids(PartyRole.RESPONDENT,
                                                                                         date(2026, 5, 1))[0]
    req2 = two.party_ids(PartyRole.REQUESTER, date(2026, 5, 1))[0]
    # 5,5,4,— → (100+100+80)/3 = 93.33;  2,3,1,1 → (30+60+0+0)/4 = 22.5;  4,4,4,4 → 80.
    assert _survey(one, req1, date(2026, 4, 28), (5, 5, 4, None)).score == 93.33
    assert _survey(one, resp1, date(2026, 5, 6), (2, 3, 1, 1), method="paper").score == 22.5
    assert _survey(two, req2, date(2026, 5, 7), (4, 4, 4, 4)).score == 80.0

    overall = _results(new_uow, staff, "office")
    assert overall.overall.surveys == 3
    assert overall.overall.score == round((93.33 + 22.5 + 80) / 3, 2)          # 65.28
    assert overall.overall.procedure == round((100 + 30 + 80) / 3, 2)          # 70.0
    assert overall.overall.result == 40.0                                      # (0 + 80) / 2: declined left out
    assert (overall.target, overall.meets_target) == (85.0, False)
    assert [(r.key, r.surveys) for r in overall.rows] == [(staff.office.name, 3)]

    months = _results(new_uow, staff, "month")
    assert [(r.key, r.surveys, r.score) for r in months.rows] == [("2026-04", 1, 93.33),
                                                                  ("2026-05", 2, round((22.5 + 80) / 2, 2))]
    officers = _results(new_uow, staff, "officer")
    assert [(r.key, r.surveys) for r in officers.rows] == [(staff.officer.full_name, 3)]
    types = _results(new_uow, staff, "case_type")
    assert [(r.key, r.surveys) for r in types.rows] == [("utility_model", 3)]

    with new_uow() as uow:   # the office's own target (a setting)
        store_value(uow.session, staff.office.id, "satisfaction.target", 60)
        uow.commit()
    assert _results(new_uow, staff, "office").meets_target is True

    with new_uow() as uow:
        targets = survey_targets(uow, closed_from=date(2026, 4, 1), closed_to=date(2026, 4, 30))
        assert {(t.party_id, t.score) for t in targets} >= {(req1, 93.33), (resp1, 22.5), (req2, 80.0)}
        assert [s.party_id for s in case_surveys(uow, case_id=one.ref.id)] == [req1, resp1]


def test_refusals(new_uow, staff):
    c = ruled_case(new_uow, staff)
    req = c.party_ids(PartyRole.REQUESTER, date(2026, 5, 1))[0]
    with pytest.raises(ValidationErrors) as e:
        _survey(c, req, date(2026, 5, 1), (None, None, None, None))
    assert [(x.field, x.reason) for x in e.value.errors] == [("procedure", "required")]
    with pytest.raises(ValidationErrors) as e:
        _survey(c, req, date(2026, 5, 1), (6, 5, 5, 5))
    assert [(x.field, x.reason) for x in e.value.errors] == [("procedure", "choice")]
    _survey(c, req, date(2026, 5, 1), (5, 5, 5, 5))
    with pytest.raises(ValidationErrors) as e:
        _survey(c, req, date(2026, 5, 2), (5, 5, 5, 5))
    assert [(x.field, x.reason) for x in e.value.errors] == [("party_id", "already_surveyed")]

    still_open = Driver.new(new_uow, staff, at(date(2026, 5, 4)), received=date(2026, 5, 4))
    party = still_open.party_ids(PartyRole.REQUESTER, date(2026, 5, 4))[0]
    with pytest.raises(ValidationFailed) as e:
        _survey(still_open, party, date(2026, 5, 4), (5, 5, 5, 5))
    assert e.value.reason == "survey_case_open"


def test_the_target_is_the_administrators_per_office_setting(new_uow, staff):
    from ipcase.errors import ConcurrentModification, PermissionDenied
    from ipcase.queries.satisfaction.results import target_page
    from ipcase.services.satisfaction.settings import update_satisfaction_target
    with new_uow() as uow:
        assert target_page(uow, office_id=staff.office.id) == (85.0, 0)
    with pytest.raises(PermissionDenied), new_uow() as uow:
        update_satisfaction_target(uow, actor_id=staff.officer.id, target=90, expected_version=0)
    with pytest.raises(ValidationFailed), new_uow() as uow:
        update_satisfaction_target(uow, actor_id=staff.admin.id, target=101, expected_version=0)
    with new_uow() as uow:
        assert update_satisfaction_target(uow, actor_id=staff.admin.id, target=90, expected_version=0) == 1
    with pytest.raises(ConcurrentModification), new_uow() as uow:
        update_satisfaction_target(uow, actor_id=staff.admin.id, target=80, expected_version=0)
    with new_uow() as uow:
        assert target_page(uow, office_id=staff.office.id) == (90.0, 1)


def test_the_monthly_report_carries_the_score(new_uow, staff):
    from ipcase.domain.statistics.counting import ReportPeriod
    from ipcase.reports.formatting import change_text, value_text
    from ipcase.reports.periodic import build_report
    c = ruled_case(new_uow, staff)
    req, resp = (c.party_ids(role, date(2026, 5, 1))[0] for role in (PartyRole.REQUESTER, PartyRole.RESPONDENT))
    _survey(c, req, date(2026, 4, 28), (4, 4, 4, 4))            # April: 80
    _survey(c, resp, date(2026, 5, 6), (5, 5, 5, 4))            # May: (100·3 + 80) / 4 = 95
    with new_uow() as uow:
        report = build_report(uow, viewer_id=staff.dept_head.id, period=ReportPeriod("month", 2026, 5),
                              now=at(date(2026, 6, 1)))
    line = {x.key: x for x in report.lines}["satisfaction"]
    assert (line.current, line.previous, line.same_last_year, line.mom) == (95.0, 80.0, None, 15.0)
    assert (value_text("score", line.current), change_text("score", line.mom)) == ("95.00", "+15.00分")
