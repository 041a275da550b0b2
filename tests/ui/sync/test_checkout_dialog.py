"""检出到笔记本 from the 外出办案 page (issue 14), a real check-out on a real database: the dialog offers the officer's
open records, refuses next to the field what it can tell (no record, a short or mistyped passphrase, no file), and
checks out to a laptop database in the data folder (then offers to restart on it) or to a package file."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from intake_helpers import register
from PySide6.QtCore import Qt
from shots import chinese_font, shot  # noqa: F401 — fixture
from ui_helpers import main_window, type_text

from case_helpers import Driver, at
from ipcase.queries.sync.records import record_checkout
from ipcase.sync.package_format import is_package
from ui.sync import restart

PASSPHRASE = "field-laptop-2026"


def _open_dialog(window):
    view = window.sections.sync_view
    window.show_section(view)
    view.checkout_button.click()
    return view, view.dialog


def _ok(dialog):
    dialog.button_box.button(dialog.button_box.StandardButton.Ok).click()


def test_check_out_to_this_computer_and_offer_to_restart_on_it(make_ctx, staff, new_uow, qtbot, shown,
                                                              chinese_font, monkeypatch):  # noqa: F811
    from ui.sync.checkout_dialog import CheckoutDialog
    case = Driver.new(new_uow, staff, at(date(2026, 10, 30)))
    item = register(new_uow, staff.officer)
    switched, restarted = [], []
    monkeypatch.setattr(restart, "switch_database", lambda data_dir, url: switched.append((data_dir, url)))
    monkeypatch.setattr(restart, "restart_application", lambda: restarted.append(True) or True)

    window = main_window(make_ctx(staff.officer), qtbot)
    view, dialog = _open_dialog(window)
    assert isinstance(dialog, CheckoutDialog)
    assert not dialog.user_combo.isEnabled()          # an officer checks out for themself
    rows = {dialog.records_table.item(r, 2).text(): r for r in range(dialog.records_table.rowCount())}
    assert item.number in rows and dialog.records_table.rowCount() >= 2
    dialog.resize(1000, 720)
    shot(dialog, "sync_checkout_dialog.png")

    _ok(dialog)                                        # nothing picked, no passphrase
    assert dialog.field_errors.label("records").text() == "必须填写"
    assert dialog.field_errors.label("passphrase").text() == "必须填写"
    dialog.mine_button.click()                         # every open record of the officer
    assert {k for k, _ in dialog.selected_records()} == {"case", "intake"}
    type_text(dialog.passphrase_edit, "short")
    _ok(dialog)
    assert dialog.field_errors.label("passphrase").text() == "太短（至少 10 个字符）"
    dialog.passphrase_edit.clear()
    type_text(dialog.passphrase_edit, PASSPHRASE)
    type_text(dialog.confirm_edit, PASSPHRASE + "x")
    _ok(dialog)
    assert dialog.field_errors.label("passphrase_again").text() == "两次输入不一致"
    dialog.confirm_edit.clear()
    type_text(dialog.confirm_edit, PASSPHRASE)
    dialog.number_spins["preservation_decision"].setValue(3)
    _ok(dialog)
    assert not shown.errors and not dialog.isVisible()

    # Asked to switch, said yes: the laptop file in the data folder is remembered and the program restarts.
    assert "预留文号：证据登记保存决定书" in shown.confirmed[-1] and "切换到笔记本副本" in shown.confirmed[-1]
    [(data_dir, url)] = switched
    laptop = Path(url.removeprefix("sqlite:///"))
    assert laptop.exists() and laptop.parent == Path(data_dir) / "laptop" and restarted == [True]
    with new_uow() as uow:
        out = record_checkout(uow, kind="case", record_id=case.ref.id)
    assert out is not None and out.user_name == "张伟"
    # The page lists it now, and the case says it is out.
    assert view.office_page.checkouts_table.rowCount() == 1


def test_check_out_to_a_package_file(make_ctx, staff, new_uow, qtbot, shown, tmp_path):
    case = Driver.new(new_uow, staff, at(date(2026, 10, 30)))
    window = main_window(make_ctx(staff.officer), qtbot)
    _view, dialog = _open_dialog(window)
    dialog.package_radio.setChecked(True)
    assert dialog.file_edit.isEnabled()
    row = next(r for r in range(dialog.records_table.rowCount())
               if dialog.records_table.item(r, 1).text() == "案件")
    dialog.records_table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    type_text(dialog.passphrase_edit, PASSPHRASE)
    type_text(dialog.confirm_edit, PASSPHRASE)
    _ok(dialog)
    assert dialog.field_errors.label("path").text() == "必须填写"
    target = tmp_path / "检出包.ipcpkg"
    dialog.file_edit.setText(str(target))
    _ok(dialog)
    assert not shown.errors and not dialog.isVisible()
    assert is_package(target)
    assert "检出包" in shown.infos[-1] and str(target) in shown.infos[-1]
    with new_uow() as uow:
        assert record_checkout(uow, kind="case", record_id=case.ref.id) is not None
