from __future__ import annotations

from datetime import date

from case_helpers import Driver, at
from ipcase.domain.enums import PartyRole
from ui.admin.deadline_rules_tab import DeadlineSettingsPage


def test_an_administrator_changes_the_answer_period_and_open_deadlines_follow(make_ctx, staff, new_uow, qtbot,
                                                                              shown):
    day = date(2026, 10, 12)
    c = Driver.new(new_uow, staff, at(day), received=day)
    c.panel(at(day))
    c.act_approved("register", {"registered_date": day}, at(day))
    respondent = c.party_ids(PartyRole.RESPONDENT, day)[0]
    c.serve("serve_copy", {respondent: date(2026, 10, 13)}, "post", at(date(2026, 10, 13)))

    page = DeadlineSettingsPage(make_ctx(staff.admin))
    qtbot.addWidget(page)
    page.refresh()
    assert page.editors["answer_days"].value() == 15
    assert page.editors["decision_restarts_on_correction"].isChecked()
    page.editors["answer_days"].setValue(20)
    page.save_button.click()
    assert shown.errors == [] and "重新计算 1 件" in shown.infos[-1]
    d3 = next(d for d in c.detail(day).deadlines if d.code == "D3")
    assert d3.due_date == date(2026, 11, 2)
    page.defaults_button.click()
    assert page.editors["answer_days"].value() == 15


def test_only_an_administrator_may_save(make_ctx, staff, qtbot, shown):
    page = DeadlineSettingsPage(make_ctx(staff.dept_head))
    qtbot.addWidget(page)
    page.refresh()
    page.save_button.click()
    assert shown.errors and type(shown.errors[-1]).__name__ == "PermissionDenied"
