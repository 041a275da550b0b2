"""外出办案 in the window (issue 14), on a real database whose sync rows are written through the ORM: the office's
check-outs with their records and warnings, opening a record from them, the 外出办案 line under a checked-out case's
header, 结束外出 by a 部门负责人 (reason required), the conflict queue and its decision dialog (both sides, the reason,
drop with a reason); on a laptop copy, the banner across the window and the outbox."""
from __future__ import annotations

import json
from datetime import date, datetime

from hearing_helpers import REGISTERED
from PySide6.QtWidgets import QLabel
from shots import chinese_font, shot  # noqa: F401 — fixture
from ui_helpers import main_window, type_text

from case_helpers import Driver, at
from ipcase.db.models.sync import Checkout, CheckoutRecord, LaptopState, OutboxOperation, SyncConflict


def _registered_case(new_uow, staff) -> Driver:
    c = Driver.new(new_uow, staff, at(REGISTERED), received=REGISTERED)
    c.panel(at(REGISTERED))
    c.act_approved("register", {"registered_date": REGISTERED}, at(REGISTERED))
    return c


def _lend(new_uow, staff, case, *, laptop="执法笔记本-01", created=datetime(2026, 10, 31, 9), conflict=False):
    """A check-out of `case` (and a provisional intake item the laptop registered) as the office records it."""
    with new_uow() as uow:
        s = uow.session
        number = case.detail(date(2026, 11, 2)).case_number
        co = Checkout(office_id=staff.office.id, user_id=staff.officer.id, laptop_name=laptop,
                      laptop_public_key=b"k" * 32, package_key=b"p" * 32, created_at=created,
                      created_by_id=staff.officer.id, until=date(2026, 11, 6), state="out", end_reason="")
        s.add(co)
        s.flush()
        s.add(CheckoutRecord(checkout_id=co.id, kind="case", record_id=case.ref.id, number=number,
                             version_at_checkout=case.ref.version, expected_version=case.ref.version))
        s.add(CheckoutRecord(checkout_id=co.id, kind="intake", record_id=10**12 + 5, number="临-2026-0001",
                             version_at_checkout=0, expected_version=0))
        if conflict:
            s.add(SyncConflict(
                checkout_id=co.id, op_id="op-1", seq=1, command="evidence.add_investigation_record",
                inputs_json=json.dumps({"command": "evidence.add_investigation_record",
                                        "inputs": {"actor_id": staff.officer.id, "case_id": case.ref.id,
                                                   "data": {"place": "义乌市国际商贸城",
                                                            "record": "现场检查完毕，证据已登记保存"}}},
                                       ensure_ascii=False),
                laptop_at=datetime(2026, 11, 1, 15, 30), laptop_user_id=staff.officer.id, record_kind="case",
                record_id=case.ref.id, reason_code="changed_at_office",
                reason_detail=f"case:{case.ref.id}:{case.ref.version}->{case.ref.version + 1}",
                office_side_json=json.dumps({"kind": "case", "id": case.ref.id, "number": number,
                                             "state": "registered", "version": case.ref.version + 1,
                                             "expected_version": case.ref.version,
                                             "changes": [{"at": "2026-11-01T10:00:00", "user": "刘洋",
                                                          "kind": "document_issued", "version": 9}]},
                                            ensure_ascii=False),
                laptop_side_json=json.dumps({"seen": {f"case:{case.ref.id}": case.ref.version}}), state="open",
                decision_reason=""))
        uow.commit()
        return co.id


def test_the_office_sees_its_checkouts_and_the_case_says_it_is_out(make_ctx, staff, new_uow, qtbot,
                                                                    chinese_font):  # noqa: F811
    case = _registered_case(new_uow, staff)
    _lend(new_uow, staff, case)
    window = main_window(make_ctx(staff.officer), qtbot)
    sections = window.sections
    assert sections.laptop_banner.isHidden()          # an office database: no laptop banner
    view = sections.sync_view
    window.show_section(view)
    page = view.office_page
    assert view.pages.currentWidget() is page
    table = page.checkouts_table
    assert table.rowCount() == 1
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    number = case.detail(date(2026, 11, 2)).case_number
    assert row[:4] == ["执法笔记本-01", "张伟", "2026-10-31 09:00", "2026-11-06"]
    assert number in row[4] and "临-2026-0001（临时）" in row[4]
    assert row[5] == "尚未签入" and row[6] == "外出中"    # 2 days out: no warning yet (7 by default)
    assert "外出中的笔记本 1 台，外出记录 2 件；冲突待处理 0 项。" == page.summary_label.text()
    assert page.records_table.rowCount() == 2
    provisional = page.records_table.item(1, 1)
    assert provisional.text() == "临-2026-0001（临时）" and "签入单位数据库后取得正式编号" in provisional.toolTip()
    assert view.end_button.isVisible() and not view.end_button.isEnabled()   # an officer does not end it

    # Double-clicking the case opens it, with the 外出办案 line under its header.
    page.records_table.selectRow(0)
    view._on_records_table_double_clicked(None)
    detail = sections.case_detail_view
    assert window.current_section() is sections.cases_stack and detail.detail.id == case.ref.id
    line = detail.page("checkout")
    assert line.isVisible()
    assert line.text().startswith("外出办案：张伟，笔记本“执法笔记本-01”，自 2026-10-31 起，预计 2026-11-06 返回。")
    assert "邮寄送达回证" in line.text()
    shot(window, "sync_case_marker.png")


def test_a_laptop_quiet_for_too_long_is_flagged(make_ctx, staff, new_uow, qtbot):
    case = _registered_case(new_uow, staff)
    _lend(new_uow, staff, case, created=datetime(2026, 10, 20, 9))   # 13 days before the clock's 2026-11-02
    window = main_window(make_ctx(staff.officer), qtbot)
    view = window.sections.sync_view
    window.show_section(view)
    state = view.office_page.checkouts_table.item(0, 6).text()
    assert state == "⚠ 外出中（13 天未签入）"
    assert "⚠ 1 台笔记本超过 7 天未签入或已超过预计返回日期。" in view.office_page.summary_label.text()


def test_a_department_head_ends_a_checkout_with_a_reason(make_ctx, staff, new_uow, qtbot, chinese_font,  # noqa: F811
                                                         shown):
    from ui.sync.end_dialog import EndCheckoutDialog
    case = _registered_case(new_uow, staff)
    checkout_id = _lend(new_uow, staff, case)
    window = main_window(make_ctx(staff.dept_head), qtbot)
    view = window.sections.sync_view
    window.show_section(view)
    assert view.end_button.isEnabled()
    view.end_button.click()
    dialog = view.dialog
    assert isinstance(dialog, EndCheckoutDialog)
    shot(dialog, "sync_end_checkout.png")
    dialog.button_box.button(dialog.button_box.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.field_errors.label("reason").text() == "必须填写"   # the reason is required
    type_text(dialog.reason_edit, "笔记本遗失")
    dialog.button_box.button(dialog.button_box.StandardButton.Ok).click()
    assert not dialog.isVisible() and not shown.errors
    with new_uow() as uow:
        co = uow.session.get(Checkout, checkout_id)
        assert (co.state, co.end_reason, co.ended_by_id) == ("ended", "笔记本遗失", staff.dept_head.id)
    assert view.office_page.checkouts_table.rowCount() == 0    # nothing out, nothing waiting
    window.show_section(window.sections.cases_stack)
    window.sections.open_case(case.ref.id)
    assert window.sections.case_detail_view.page("checkout").isHidden()


def test_the_conflict_dialog_shows_both_sides_and_drops_with_a_reason(make_ctx, staff, new_uow, qtbot,
                                                                      chinese_font, shown):  # noqa: F811
    from ui.sync.conflict_dialog import ConflictDialog
    case = _registered_case(new_uow, staff)
    _lend(new_uow, staff, case, conflict=True, created=datetime(2026, 10, 20, 9))
    window = main_window(make_ctx(staff.officer), qtbot)
    view = window.sections.sync_view
    window.show_section(view)
    table = view.office_page.conflicts_table
    assert table.rowCount() == 1
    assert table.item(0, 5).text() == "单位数据库中的记录在检出后已被他人修改"
    assert view.office_page.checkouts_table.item(0, 6).text() == "⚠ 外出中（13 天未签入，冲突 1 项）"
    shot(window, "sync_office.png")
    table.selectRow(0)
    view.decide_button.click()
    dialog = view.dialog
    assert isinstance(dialog, ConflictDialog)
    office = dialog.office_text.toPlainText()
    assert "版本：检出后为" in office and "刘洋" in office
    laptop = dialog.laptop_text.toPlainText()
    assert "现场检查完毕，证据已登记保存" in laptop and "2026-11-01 15:30" in laptop
    assert not dialog.inputs_box.isEnabled()
    dialog.decision_buttons["adapt"].setChecked(True)
    assert dialog.inputs_box.isEnabled() and "actor_id" not in dialog.input_edits
    assert dialog.input_edits["data.place"].text() == "义乌市国际商贸城"
    shot(dialog, "sync_conflict.png")
    dialog.input_edits["case_id"].setText("not json")
    dialog.button_box.button(dialog.button_box.StandardButton.Ok).click()     # a number must stay JSON
    assert dialog.field_errors.label("case_id").text() == "格式不正确"
    dialog.input_edits["case_id"].setText(str(case.ref.id))
    dialog.decision_buttons["drop"].setChecked(True)
    dialog.button_box.button(dialog.button_box.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.field_errors.label("reason").text() == "必须填写"
    type_text(dialog.reason_edit, "单位已另行登记")
    dialog.button_box.button(dialog.button_box.StandardButton.Ok).click()
    assert not dialog.isVisible() and not shown.errors
    with new_uow() as uow:
        c = uow.session.query(SyncConflict).one()
        assert (c.state, c.decision_reason, c.decided_by_id) == ("dropped", "单位已另行登记", staff.officer.id)
    assert table.rowCount() == 0


def test_a_laptop_copy_says_so_across_the_window_and_lists_its_outbox(make_ctx, staff, new_uow, qtbot,
                                                                      chinese_font):  # noqa: F811
    with new_uow() as uow:
        s = uow.session
        s.add(LaptopState(checkout_id=41, office_id=staff.office.id, office_name="测试市市场监督管理局",
                          office_url="", user_id=staff.officer.id, laptop_name="执法笔记本-01",
                          private_key=b"k" * 32, package_key=b"p" * 32, checked_out_at=datetime(2026, 10, 31, 9),
                          until=date(2026, 11, 6)))
        for i, (state, message) in enumerate([
                ("applied", ""), ("pending", ""), ("pending", ""),
                ("conflict", json.dumps({"code": "changed_at_office", "detail": "case:1:3->4", "conflict_id": 7}))]):
            s.add(OutboxOperation(op_id=f"op-{i}", command="evidence.add_investigation_record", inputs_json="{}",
                                  at=datetime(2026, 11, 1, 9, i), user_id=staff.officer.id, state=state,
                                  message=message))
        uow.commit()
    window = main_window(make_ctx(staff.officer), qtbot)
    banner = window.sections.laptop_banner
    assert banner.isVisible()
    assert banner.text() == "笔记本副本 · 外出办案自 2026-10-31 至 2026-11-06 · 待发送 2 项 · 单位未执行 1 项（见“外出办案”）"
    view = window.sections.sync_view
    window.show_section(view)
    assert view.pages.currentWidget() is view.laptop_page
    assert not view.checkout_button.isVisible() and view.export_button.isVisible()
    assert not view.direct_button.isEnabled()      # a package check-out has no office address
    table = view.laptop_page.outbox_table
    assert table.rowCount() == 4 and table.item(0, 4).text() == "待单位处理（冲突）"
    assert table.item(0, 5).text() == "单位数据库中的记录在检出后已被他人修改（已进入单位的冲突队列，第 7 号）"
    assert "待发送 2" in view.laptop_page.counts_label.text()
    assert view.laptop_page.numbers_label.text().startswith("预留文号：无")
    shot(window, "sync_laptop.png")


def test_an_administrator_sets_the_days_before_a_quiet_laptop_is_flagged(make_ctx, staff, new_uow, qtbot, shown):
    from ipcase.loaders.sync import warn_days
    from ui.sync.settings_dialog import SyncSettingsDialog
    case = _registered_case(new_uow, staff)
    _lend(new_uow, staff, case, created=datetime(2026, 10, 20, 9))     # 13 days without a check-in
    officer = main_window(make_ctx(staff.officer), qtbot)
    officer.show_section(officer.sections.sync_view)
    assert not officer.sections.sync_view.settings_button.isVisible()   # an administrator's setting

    window = main_window(make_ctx(staff.admin), qtbot)
    view = window.sections.sync_view
    window.show_section(view)
    assert view.office_page.checkouts_table.item(0, 6).text().startswith("⚠")
    view.settings_button.click()
    dialog = view.dialog
    assert isinstance(dialog, SyncSettingsDialog) and dialog.days_spin.value() == 7
    dialog.days_spin.setValue(14)
    dialog.button_box.button(dialog.button_box.StandardButton.Ok).click()
    assert not shown.errors and not dialog.isVisible()
    with new_uow() as uow:
        assert warn_days(uow.session, staff.office.id) == 14
    assert view.office_page.checkouts_table.item(0, 6).text() == "外出中"      # 13 ≤ 14: no warning now

    # A second page loaded before that save is refused, what it typed kept.
    stale = SyncSettingsDialog(window.sections.sync_view._ctx, 7, 0, window)
    qtbot.addWidget(stale)
    stale.days_spin.setValue(3)
    stale.button_box.button(stale.button_box.StandardButton.Ok).click()
    assert shown.errors and stale.days_spin.value() == 3
    with new_uow() as uow:
        assert warn_days(uow.session, staff.office.id) == 14


def test_an_intake_item_and_a_mediation_case_that_are_out_say_so_under_their_header(make_ctx, staff, new_uow,
                                                                                     qtbot):
    from intake_helpers import register
    from mediation_case_helpers import MedDriver
    from mediation_case_helpers import at as med_at
    item = register(new_uow, staff.officer)
    mediation = MedDriver.new(new_uow, staff, med_at(date(2026, 10, 26)))
    with new_uow() as uow:
        s = uow.session
        co = Checkout(office_id=staff.office.id, user_id=staff.officer.id, laptop_name="执法笔记本-02",
                      laptop_public_key=b"k" * 32, package_key=b"p" * 32, created_at=datetime(2026, 11, 1, 8),
                      created_by_id=staff.officer.id, until=None, state="out", end_reason="")
        s.add(co)
        s.flush()
        s.add(CheckoutRecord(checkout_id=co.id, kind="intake", record_id=item.id, number=item.number,
                             version_at_checkout=1, expected_version=1))
        s.add(CheckoutRecord(checkout_id=co.id, kind="mediation", record_id=mediation.ref.id, number="",
                             version_at_checkout=1, expected_version=1))
        uow.commit()
    window = main_window(make_ctx(staff.officer), qtbot)
    sections = window.sections
    sections.open_intake(item.id)
    line = sections.intake_view.detail_panel.findChild(QLabel, "intake_checkout_line")
    assert line.isVisible() and line.text().startswith("外出办案：张伟，笔记本“执法笔记本-02”，自 2026-11-01 起。")
    sections.open_mediation_case(mediation.ref.id)
    line = sections.mediation_cases_view.detail_view.findChild(QLabel, "mediation_checkout_line")
    assert line.isVisible() and "执法笔记本-02" in line.text()
