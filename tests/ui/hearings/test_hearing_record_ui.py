"""The hearing-record editor offscreen: type in the sections, tick who came, cross-examine an evidence item,
add a feature row, autosave, print; the record surviving the editor destroyed mid-edit and a restart; ending
the hearing with the requester absent (a withdrawal, after confirming)."""
from __future__ import annotations

import re
from datetime import date, datetime

import pytest
import shiboken6
from hearing_helpers import notify_side
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from recusal_helpers import case_in_investigation, scheduled_hearing
from shots import chinese_font, shot  # noqa: F401 (a fixture)
from ui_helpers import choose, type_text

from ipcase.db.engine import make_engine
from ipcase.domain.enums import PartyRole
from ipcase.queries.hearings.records import hearing_record
from ipcase.uow import uow_factory
from ui.common.pdf_preview import PdfPreviewDialog, print_pdf
from ui.hearings.record_window import HearingRecordEditor
from ui.sections import case_detail_view
from ui.shell.context import AppContext

HEARING_AT = datetime(2025, 10, 20, 9, 30)
pytestmark = pytest.mark.usefixtures("chinese_font")


def _hearing(new_uow, staff):
    c = case_in_investigation(new_uow, staff, received=date(2025, 9, 15), registered=date(2025, 9, 22),
                              notice_served=date(2025, 9, 30), copy_served=date(2025, 9, 30),
                              answered=date(2025, 10, 9))
    return c, scheduled_hearing(new_uow, staff, c, HEARING_AT)


def _stored(new_uow, hid):
    with new_uow() as uow:
        return hearing_record(uow, hid)


def _tick(editor, rows, column=4, on=True):
    for r in rows:
        editor.attendance.item(r, column).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def test_write_cross_examine_compare_autosave_and_print(make_ctx, staff, new_uow, qtbot, shown, tmp_path):
    c, hid = _hearing(new_uow, staff)
    editor = HearingRecordEditor(make_ctx(staff.clerk), hid)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.steps_list.count() == 11 and "合议组长张伟" in editor.section_edits["recusal"].toPlainText()
    editor.steps_list.setCurrentRow(3)
    type_text(editor.section_edits["requester_statement"], "请求人称被请求人销售的折叠露营椅落入保护范围。")
    _tick(editor, range(editor.attendance.rowCount()))
    _tick(editor, range(editor.attendance.rowCount()), column=5)
    editor.steps_list.setCurrentRow(0)
    shot(editor, "record_editor_opening.png")
    editor.steps_list.setCurrentRow(5)
    assert editor.cross_exams.rowCount() == 2 and editor.cross_exams.item(0, 0).text().startswith("1. 证据1")
    choose(editor.cross_exams.cellWidget(0, 1), "admitted")
    choose(editor.cross_exams.cellWidget(0, 3), "disputed")
    editor.cross_exams.item(0, 4).setText("该证据与本案无关联")
    shot(editor, "record_editor_cross_examination.png")
    editor.steps_list.setCurrentRow(6)
    qtbot.mouseClick(editor.add_feature_button, Qt.MouseButton.LeftButton)
    for col, text in ((1, "座椅框架可折叠"), (2, "框架可折叠"), (4, "相同")):
        editor.features.item(0, col).setText(text)
    choose(editor.features.cellWidget(0, 3), "same")
    shot(editor, "record_editor_features.png")
    assert "未保存" in editor.status_label.text()

    editor.timer.timeout.emit()          # what the autosave timer does every few seconds
    stored = _stored(new_uow, hid)
    assert stored.content.sections["requester_statement"] == "请求人陈述请求事项及事实和理由：请求人称被请求人销售的折叠露营椅落入保护范围。"
    assert [(x.authenticity, x.relevance, x.opinion) for x in stored.content.cross_exams] == [
        ("admitted", "disputed", "该证据与本案无关联")]
    assert [(f.claim_no, f.element, f.comparison) for f in stored.content.features] == [("1", "座椅框架可折叠", "same")]
    assert all(a.present for a in stored.content.attendees)
    assert "已自动保存" in editor.status_label.text()

    qtbot.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    preview = editor.dialog
    assert isinstance(preview, PdfPreviewDialog) and preview.document.pageCount() >= 2
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(preview.document, printer) == preview.document.pageCount()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == preview.document.pageCount()
    shown_text = "".join(preview.document.getAllText(i).text() for i in range(preview.document.pageCount()))
    for typed in ("口头审理笔录", "折叠露营椅落入保护范围", "该证据与本案无关联", "座椅框架可折叠"):
        assert typed in re.sub(r"\s+", "", shown_text)
    preview.close()
    assert shown.errors == []


def test_the_record_survives_the_editor_destroyed_mid_edit_and_a_restart(make_ctx, staff, new_uow, qtbot, shown,
                                                                          sqlite_url, clock):
    c, hid = _hearing(new_uow, staff)
    ctx = make_ctx(staff.clerk)
    editor = HearingRecordEditor(ctx, hid)
    type_text(editor.section_edits["requester_statement"], "已自动保存的陈述。")
    editor.autosave()
    type_text(editor.section_edits["respondent_answer"], "崩溃前尚未保存的答辩。")
    shiboken6.delete(editor)      # gone without closing: no last save
    assert _stored(new_uow, hid).content.sections["requester_statement"].endswith("已自动保存的陈述。")
    assert "崩溃前" not in _stored(new_uow, hid).content.sections["respondent_answer"]

    restarted = make_engine(sqlite_url)     # a new process over the same database and data directory
    try:
        again = AppContext(config=ctx.config, clock=clock, new_uow=uow_factory(restarted), runner=ctx.runner,
                           user=staff.clerk)
        editor = HearingRecordEditor(again, hid)
        qtbot.addWidget(editor)
        assert shown.asked == ["restore_draft"]
        assert editor.section_edits["respondent_answer"].toPlainText().endswith("崩溃前尚未保存的答辩。")
        assert editor.section_edits["requester_statement"].toPlainText().endswith("已自动保存的陈述。")
        stored = _stored(new_uow, hid)            # the restored draft was saved at once
        assert stored.content.sections["respondent_answer"].endswith("崩溃前尚未保存的答辩。")
        editor.close()
        assert HearingRecordEditor(again, hid).section_edits["respondent_answer"].toPlainText().endswith("答辩。")
        assert shown.asked == ["restore_draft"]   # nothing left to restore
    finally:
        restarted.dispose()


def test_a_requester_absent_ends_the_hearing_as_a_withdrawal_after_confirming(make_ctx, staff, new_uow, qtbot,
                                                                              shown):
    c, hid = _hearing(new_uow, staff)
    notify_side(new_uow, staff, c, PartyRole.REQUESTER, date(2025, 9, 30))   # M25 art 26: notified in time
    editor = HearingRecordEditor(make_ctx(staff.officer), hid)
    qtbot.addWidget(editor)
    rows = editor.attendance.rows()
    _tick(editor, [i for i, a in enumerate(rows) if a.side in ("panel", "respondent")])
    dialog = editor.start_close()
    assert not dialog.radios["held"].isEnabled() and dialog.radios["requester_no_show"].isChecked()
    assert "撤回" in dialog.absence_label.text()
    ok = dialog.button_box.button(QDialogButtonBox.StandardButton.Ok)
    shown.confirm_answer = False
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)      # the user says no: nothing is filed
    assert dialog.isVisible() and c.detail(date(2025, 10, 20)).approvals[-1].action == "register"
    shown.confirm_answer = True
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    d = c.detail(date(2025, 10, 20))
    assert (d.approvals[-1].action, d.approvals[-1].status) == ("requester_no_show", "pending")
    assert editor.section_edits["opening"].isReadOnly()     # reloaded: a closed record is read-only
    assert "按撤回处理" in editor.header_label.text()


def test_the_record_opens_from_the_cases_hearing_tab(make_ctx, staff, new_uow, qtbot, shown):
    c, hid = _hearing(new_uow, staff)
    view = case_detail_view(make_ctx(staff.clerk))
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.show_case(c.ref.id)
    tab = view.page("hearings")
    view.tabs.setCurrentWidget(tab)
    assert tab.buttons["record"].isEnabled()
    QApplication.processEvents()
    shot(view, "record_hearings_tab.png")
    editor = tab.start("record")
    qtbot.addWidget(editor)
    assert isinstance(editor, HearingRecordEditor) and editor.info.hearing_id == hid
    assert shown.errors == []


def test_a_refused_close_keeps_the_dialog_open_with_the_error_next_to_the_field(make_ctx, staff, new_uow, qtbot,
                                                                                shown):
    c, hid = _hearing(new_uow, staff)
    editor = HearingRecordEditor(make_ctx(staff.officer), hid)
    qtbot.addWidget(editor)
    _tick(editor, range(editor.attendance.rowCount()))
    dialog = editor.start_close()
    dialog.radios["adjourned"].setChecked(True)          # 休庭 needs a reason: none typed yet
    ok = dialog.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and ok.isEnabled() and shown.errors == []
    assert dialog.field_errors.label("note").text() == "必须填写"
    shot(dialog, "record_close_refused.png")
    assert not editor.section_edits["opening"].isReadOnly()   # the record is still open
    type_text(dialog.note_edit, "需补充证据")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and _stored(new_uow, hid).status == "adjourned"
