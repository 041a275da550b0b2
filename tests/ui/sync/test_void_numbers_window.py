"""作废预留文号 from the 外出办案 page (issue 14): an ended check-out whose 文号 are still reserved stays listed; a
部门负责人 voids them with a reason (required, next to the field); an officer is not offered the button; once
settled, the check-out leaves the page."""
from __future__ import annotations

from datetime import date, datetime

from laptop_helpers import lend
from PySide6.QtWidgets import QDialogButtonBox
from shots import chinese_font, shot  # noqa: F401 — fixture
from sqlalchemy import select
from ui_helpers import main_window, type_text

from case_helpers import Driver, at
from ipcase import commands
from ipcase.db.models.sync import ReservedNumber

NOW = at(date(2026, 11, 2))


def _page(window):
    view = window.sections.sync_view
    window.show_section(view)
    view.refresh()
    return view


def test_a_head_voids_the_numbers_of_an_ended_check_out(make_ctx, staff, new_uow, qtbot, shown,
                                                        chinese_font):  # noqa: F811
    from ui.sync.void_numbers_dialog import VoidNumbersDialog
    case = Driver.new(new_uow, staff, NOW)
    checkout = lend(new_uow, staff, user=staff.officer, now=NOW, cases=[case.ref.id],
                    numbers={"doc:investigation_notice": 3})
    with new_uow() as uow:
        commands.run("sync.end_checkout", uow, actor_id=staff.dept_head.id, checkout_id=checkout,
                     reason="笔记本遗失", now=datetime(2026, 11, 8, 9))

    officer = _page(main_window(make_ctx(staff.officer), qtbot))
    officer.office_page.checkouts_table.selectRow(0)
    assert officer.void_button.isVisible() and not officer.void_button.isEnabled()

    window = main_window(make_ctx(staff.dept_head), qtbot)
    view = _page(window)
    assert view.office_page.checkouts_table.rowCount() == 1   # ended, but its 文号 wait to be settled
    view.office_page.checkouts_table.selectRow(0)
    assert view.void_button.isEnabled() and not view.end_button.isEnabled()
    shot(window, "sync_office_void_numbers.png")
    view.void_button.click()
    dialog = view.dialog
    assert isinstance(dialog, VoidNumbersDialog) and "3 个预留文号" in dialog.findChildren(
        __import__("PySide6.QtWidgets", fromlist=["QLabel"]).QLabel)[0].text()
    ok = dialog.button_box.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.field_errors.label("reason").text() == "必须填写"
    type_text(dialog.reason_edit, "笔记本遗失，无法核实")
    ok.click()
    assert not shown.errors and not dialog.isVisible()
    assert "已作废 3 个预留文号" in shown.infos[-1]
    with new_uow() as uow:
        assert set(uow.session.scalars(select(ReservedNumber.void_reason))) == {"笔记本遗失，无法核实"}
    assert view.office_page.checkouts_table.rowCount() == 0     # settled: nothing left to do for it
