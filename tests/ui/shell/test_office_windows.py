"""Issue 12 in the windows: what a county user's window lists, 设置 › 用户 of an office, and an open window whose
account is deactivated (the next action says so and returns to the login)."""
from __future__ import annotations

from datetime import date

from office_helpers import make_tree
from shots import chinese_font, shot  # noqa: F401 - fixture

from case_helpers import Driver, at
from ipcase.dto.cases import CaseFilter
from ipcase.errors import AccountRevoked
from ipcase.queries.cases.register import list_cases
from ipcase.services.admin import auth

DAY = date(2026, 11, 2)


def _login(new_uow, user):
    from ipcase.queries.admin.users import list_users
    with new_uow() as uow:
        return next(u for u in list_users(uow, active_only=False) if u.id == user.id)


def test_a_county_window_lists_only_its_cases_and_users(make_ctx, new_uow, qtbot, chinese_font):  # noqa: F811
    from ui.admin.users_tab import UsersPage
    from ui.sections import Sections
    from ui.shell.main_window import MainWindow
    tree = make_tree(new_uow)
    Driver.new(new_uow, tree.city, at(DAY))
    county = Driver.new(new_uow, tree.county_a, at(DAY))
    window = MainWindow(make_ctx(_login(new_uow, tree.county_a.officer)), Sections)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.sections.case_list_view.refresh()
    assert [r.id for r in window.sections.case_list_view.model.rows()] == [county.ref.id]
    assert "甲县" in window.office_label.text()
    shot(window, "offices_county_window.png")
    page = UsersPage(make_ctx(_login(new_uow, tree.county_a.admin)))
    qtbot.addWidget(page)
    page.refresh()
    names = {page.table.item(r, 1).text() for r in range(page.table.rowCount())}
    assert names and all(n.startswith("甲县") or n == "系统管理员" for n in names), names
    page.resize(900, 500)
    shot(page, "offices_county_users.png")


def test_a_deactivated_account_s_window_returns_to_the_login(make_ctx, new_uow, qtbot, shown):
    from ui.sections import Sections
    from ui.shell.main_window import MainWindow
    tree = make_tree(new_uow)
    ctx = make_ctx(_login(new_uow, tree.city.officer))
    window = MainWindow(ctx, Sections)
    qtbot.addWidget(window)
    with new_uow() as uow:
        auth.set_user_active(uow, actor_id=tree.city.admin.id, user_id=tree.city.officer.id, active=False)
    with qtbot.waitSignal(window.logout_requested, timeout=1000):
        ctx.runner.run_db(ctx.db(list_cases, CaseFilter(), today=DAY), on_success=lambda _: None,
                          on_failure=lambda exc: None)
    assert [type(e) for e in shown.errors] == [AccountRevoked]
