from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from case_helpers import Driver, at
from ipcase.domain.enums import PartyRole
from ipcase.errors import PermissionDenied, ValidationFailed
from ipcase.services.admin import deadline_rules


def d12(c, today):
    return next(d for d in c.detail(today).deadlines if d.code == "D12")


def test_settings_change_deadlines_and_only_admins_may(new_uow, staff):
    day = date(2026, 10, 12)
    c = Driver.new(new_uow, staff, at(day), received=day)
    c.panel(at(day))
    c.act_approved("register", {"registered_date": day}, at(day))
    respondent = c.party_ids(PartyRole.RESPONDENT, day)[0]
    c.serve("serve_copy", {respondent: date(2026, 10, 13)}, "post", at(date(2026, 10, 13)))
    d3 = next(d for d in c.detail(day).deadlines if d.code == "D3")
    assert d3.due_date == date(2026, 10, 28)
    with new_uow() as uow:
        current = deadline_rules.deadline_settings(uow, office_id=staff.admin.office_id)
    with pytest.raises(PermissionDenied), new_uow() as uow:
        deadline_rules.update_deadline_settings(uow, actor_id=staff.dept_head.id, settings=current, expected_version=0,
                                                now=at(day))
    with pytest.raises(ValidationFailed) as e, new_uow() as uow:
        deadline_rules.update_deadline_settings(uow, actor_id=staff.admin.id,
                                                settings=replace(current, answer_days=0), expected_version=0,
                                                now=at(day))
    assert e.value.field == "answer_days"
    with new_uow() as uow:
        result = deadline_rules.update_deadline_settings(uow, actor_id=staff.admin.id,
                                                         settings=replace(current, answer_days=20),
                                                         expected_version=0, now=at(day))
    assert result.cases == 1 and result.deadlines_changed >= 2   # D3 and D10 derive from the same service
    with new_uow() as uow:
        assert deadline_rules.deadline_settings(uow, office_id=staff.admin.office_id).answer_days == 20
    d3 = next(d for d in c.detail(day).deadlines if d.code == "D3")
    assert d3.due_date == date(2026, 11, 2)


def test_a_running_suspension_is_refreshed_day_by_day(new_uow, staff):
    day = date(2026, 9, 1)
    c = Driver.new(new_uow, staff, at(day), received=day)
    c.panel(at(day))
    c.act_approved("register", {"registered_date": day}, at(day))
    c.act_approved("suspend", {"ground": "party_died", "start_date": date(2026, 9, 10)}, at(date(2026, 9, 10)))
    first = d12(c, date(2026, 9, 10))
    assert first.paused and first.urgency == ""
    later = datetime(2026, 9, 20, 8)
    with new_uow() as uow:
        result = deadline_rules.refresh_paused_deadlines(uow, now=later)
    assert result.cases == 1
    # 12-01 + 11 paused days (09-10 … 09-20) = Sat 12-12 → Mon 12-14
    assert first.due_date == date(2026, 12, 2)
    assert d12(c, later.date()).due_date == date(2026, 12, 14)
