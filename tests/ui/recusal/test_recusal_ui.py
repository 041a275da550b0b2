"""Recusal on the 合议组 tab offscreen: the clerk records an application, the member is shown stepping aside and
the panel's gestures are gone; the 部门负责人 decides it with a replacement checked live, and the decision
document can be opened. Screenshots: see tests/ui/shots.py."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from recusal_helpers import case_in_investigation
from shots import chinese_font, shot  # noqa: F401 (a fixture)
from ui_helpers import choose, type_text

from ui.cases.detail import CaseDetailView
from ui.common.pdf_preview import PdfPreviewDialog
from ui.sections import case_detail_view

pytestmark = pytest.mark.usefixtures("chinese_font")


def _view(ctx, case_id, qtbot) -> CaseDetailView:
    view = case_detail_view(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    view.show_case(case_id)
    view.tabs.setCurrentWidget(view.panel_page)
    return view


def _ok(dialog, qtbot) -> None:
    qtbot.mouseClick(dialog.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_apply_step_aside_and_decide_with_a_replacement(make_ctx, staff, new_uow, qtbot, shown):
    c = case_in_investigation(new_uow, staff, received=date(2025, 9, 15), registered=date(2025, 9, 22),
                              notice_served=date(2025, 9, 30), copy_served=date(2025, 9, 30),
                              answered=date(2025, 10, 9))
    view = _view(make_ctx(staff.clerk), c.ref.id, qtbot)
    box = view.page("recusal")
    assert not box.decide_button.isEnabled()          # only the 部门负责人 decides
    dialog = box.start_application()
    assert "2025-10-11" in dialog.window_label.text()   # D6 over the National Day holiday
    choose(dialog.challenged_combo, f"member:{staff.officer2.id}")
    assert not dialog.name_edit.isVisible()
    dialog.ground_boxes["other_interest"].setChecked(True)
    type_text(dialog.reason_edit, "该审理员曾在被请求人处兼职")
    dialog.received_edit.setDate(QDate(2025, 10, 13))    # one working day late
    assert "已超过" in dialog.window_label.text()
    _ok(dialog, qtbot)
    assert dialog.field_errors.label("received_date") is not None and "2025-10-11" in dialog.summary_label.text()
    dialog.received_edit.setDate(QDate(2025, 10, 10))
    _ok(dialog, qtbot)
    assert not dialog.isVisible() and shown.errors == []
    assert box.table.rowCount() == 1 and "李娜" in box.table.item(0, 2).text()
    assert "李娜" in box.aside_label.text() and box.aside_label.isVisible()
    assert "written_review" not in view.action_buttons        # the panel cannot act meanwhile
    QApplication.processEvents()      # let the header lay out its new text before the grab
    shot(view, "record_recusal_pending.png")

    head = _view(make_ctx(staff.dept_head), c.ref.id, qtbot)
    head.page("recusal").table.selectRow(0)
    decision = head.page("recusal").start_decision()
    assert "不符合要求" in decision.panel_label.text()          # no replacement yet: the panel would be short
    choose(decision.replacement_combo, staff.section_head.id)
    assert "符合要求" in decision.panel_label.text() and "不" not in decision.panel_label.text()
    type_text(decision.reason_edit, "经查，申请理由成立。")
    shot(decision, "record_recusal_decision.png")
    _ok(decision, qtbot)
    assert shown.errors == []
    box = head.page("recusal")
    assert "更换为 王芳" in box.table.item(0, 6).text() and not box.aside_label.isVisible()
    assert "written_review" in head.action_buttons
    box.table.selectRow(0)
    qtbot.mouseClick(box.document_button, Qt.MouseButton.LeftButton)
    assert isinstance(box.dialog, PdfPreviewDialog) and box.dialog.document.pageCount() >= 1
    box.dialog.close()
