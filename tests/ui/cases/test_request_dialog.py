"""Registering a request through the dialog: Chinese typing, live patent-number check, errors next to the
field, drafts that survive a destroyed dialog."""
from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout
from ui_helpers import choose, type_text

from ipcase.domain.identifiers import make_patent_number
from ipcase.dto.cases import CaseFilter
from ipcase.queries.cases import register as case_queries
from ui.cases.request_dialog import RequestDialog

PATENT = make_patent_number(2021, 2, 1234567)  # a utility model with a correct check character


def _fill(dialog: RequestDialog, qtbot, number: str = PATENT) -> None:
    ui = dialog.ui
    qtbot.keyClicks(ui.patent_number_edit, number)
    type_text(ui.patent_title_edit, "一种折叠式便携座椅")
    type_text(ui.patentee_edit, "宁波华辰科技有限公司")
    type_text(dialog.requesters.forms[0].name_edit, "宁波华辰科技有限公司")
    type_text(dialog.respondents.forms[0].name_edit, "义乌市鼎盛贸易商行")
    choose(dialog.respondents.forms[0].kind_combo, "unincorporated")
    type_text(ui.accused_product_edit, "折叠露营椅")
    ui.act_make_check.setChecked(True)
    ui.act_sell_check.setChecked(True)
    ui.flag_ecommerce_check.setChecked(True)


def _save(dialog: RequestDialog) -> None:
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()


def test_register_a_request_typed_in_chinese(make_ctx, staff, new_uow, clock, qtbot, tmp_path):
    ctx = make_ctx(staff.officer)
    dialog = RequestDialog(ctx)
    qtbot.addWidget(dialog)
    saved = []
    dialog.case_saved.connect(saved.append)
    _fill(dialog, qtbot)
    assert "✓" in dialog.ui.patent_number_status_label.text()
    assert dialog.ui.patent_type_combo.currentData() == "utility_model"  # filled in from the number
    assert dialog.ui.officer_combo.currentData() == staff.officer.id     # an officer registers for himself
    assert dialog.has_draft()                                           # typing wrote a draft
    _save(dialog)
    assert len(saved) == 1 and dialog.result() == dialog.DialogCode.Accepted
    assert not dialog.has_draft()                                       # saved: the draft is gone
    with new_uow() as uow:
        page = case_queries.list_cases(uow, CaseFilter(text="鼎盛"), today=clock.today())
    assert page.total == 1
    row = page.rows[0]
    assert row.patent_number == PATENT and row.requesters == "宁波华辰科技有限公司"
    assert row.flag_ecommerce and row.officer_name == staff.officer.full_name


def test_bad_patent_number_is_shown_next_to_the_field(make_ctx, staff, qtbot, shown):
    dialog = RequestDialog(make_ctx(staff.officer))
    qtbot.addWidget(dialog)
    wrong = PATENT[:-1] + ("1" if PATENT[-1] != "1" else "2")
    _fill(dialog, qtbot, number=wrong)
    # Live check while typing: the expected check character is named.
    assert "校验位不正确" in dialog.ui.patent_number_status_label.text()
    assert PATENT[-1] in dialog.ui.patent_number_status_label.text()
    _save(dialog)
    assert dialog.isVisible() or dialog.result() != dialog.DialogCode.Accepted
    label = dialog.field_errors.label("patent.number")
    assert label is not None and "校验位不正确" in label.text()
    # The message sits in the row right under the patent number field, and the field is marked.
    form: QFormLayout = dialog.ui.basic_form_layout
    edit_row, _ = form.getWidgetPosition(dialog.ui.patent_number_edit)
    label_row, _ = form.getWidgetPosition(label)
    assert label_row == edit_row + 1
    assert dialog.ui.patent_number_edit.property("error") is True
    assert "专利号" in dialog.ui.summary_error_label.text()
    assert shown.errors == []  # a field error is not a message box


def test_missing_party_name_points_at_the_party_tab(make_ctx, staff, qtbot):
    dialog = RequestDialog(make_ctx(staff.officer))
    qtbot.addWidget(dialog)
    _fill(dialog, qtbot)
    dialog.respondents.forms[0].name_edit.clear()
    _save(dialog)
    label = dialog.field_errors.label("respondents[0].name")
    assert label is not None and label.text() == "必须填写"
    assert dialog.ui.tab_widget.currentWidget() is dialog.ui.respondents_tab


def test_draft_survives_a_destroyed_dialog(make_ctx, staff, qtbot, shown):
    ctx = make_ctx(staff.officer)
    dialog = RequestDialog(ctx)
    type_text(dialog.ui.patent_title_edit, "一种宠物自动喂食装置")
    type_text(dialog.requesters.forms[0].name_edit, "深圳市金诺机械设备有限公司")
    dialog.requesters.forms[0].add_agent({"name": "陈明", "organization": "知恒律师事务所", "phone": ""})
    dialog.ui.act_import_check.setChecked(True)
    shiboken6.delete(dialog)  # gone without closeEvent, reject or save (a crash, a killed process)

    again = RequestDialog(ctx)
    qtbot.addWidget(again)
    assert again.has_draft()
    assert again.restore_draft()
    assert again.ui.patent_title_edit.text() == "一种宠物自动喂食装置"
    form = again.requesters.forms[0]
    assert form.name_edit.text() == "深圳市金诺机械设备有限公司"
    assert [r.name_edit.text() for r in form.agent_rows] == ["陈明"]
    assert again.ui.act_import_check.isChecked()
    assert "已恢复" in again.ui.draft_label.text()


def test_closing_with_content_asks_about_the_draft(make_ctx, staff, qtbot, shown):
    ctx = make_ctx(staff.officer)
    dialog = RequestDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ui.patent_title_edit, "一种电热水壶")
    shown.keep_draft_answer = "cancel"
    dialog.reject()
    assert dialog.isVisible() and shown.asked == ["keep_draft"]
    shown.keep_draft_answer = "discard"
    dialog.reject()
    assert not dialog.isVisible() and not dialog.has_draft()


def test_an_untouched_dialog_closes_without_questions(make_ctx, staff, qtbot, shown):
    dialog = RequestDialog(make_ctx(staff.officer))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert shown.asked == [] and not dialog.has_draft()


def test_main_window_offers_the_draft_back(make_ctx, staff, qtbot, shown):
    from ui.sections import Sections
    from ui.shell.main_window import MainWindow
    ctx = make_ctx(staff.officer)
    first = RequestDialog(ctx)
    type_text(first.ui.patentee_edit, "佛山市雅居玩具有限公司")
    shiboken6.delete(first)
    window = MainWindow(ctx, Sections)
    qtbot.addWidget(window)
    dialog = window.sections.new_request()
    assert shown.asked == ["restore_draft"]
    assert dialog.ui.patentee_edit.text() == "佛山市雅居玩具有限公司"
    dialog.done(0)


def test_correcting_a_request_before_registration(make_ctx, staff, new_uow, clock, qtbot, shown):
    from case_helpers import sample_request
    from ipcase.services.cases import actions as case_services
    from ui.sections import Sections
    from ui.shell.main_window import MainWindow
    with new_uow() as uow:
        ref = case_services.register_request(uow, actor_id=staff.officer.id, data=sample_request(), now=clock.now())
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    window.sections.open_case(ref.id)
    view = window.sections.case_detail_view
    view.edit_button.click()
    dialog = window.findChild(RequestDialog)
    assert dialog is not None and dialog.windowTitle().startswith("修改请求信息")
    assert dialog.ui.patent_title_edit.text() == "一种折叠式便携座椅"
    assert dialog.requesters.forms[0].agent_rows[0].name_edit.text() == "陈律师"
    assert not dialog.is_dirty()  # filling the form from the case is not an edit
    dialog.ui.patent_title_edit.clear()
    type_text(dialog.ui.patent_title_edit, "一种可折叠的便携座椅")
    _save(dialog)
    assert shown.errors == []
    assert view.detail.patent_title == "一种可折叠的便携座椅"
    assert view.timeline_tab.item(0, 2).text() == "修改请求信息"


def test_login_dialog(make_ctx, staff, qtbot):
    from ui.shell.login_dialog import LoginDialog
    ctx = make_ctx(None)
    dialog = LoginDialog(ctx, username="zhang")
    qtbot.addWidget(dialog)
    dialog.ui.password_edit.setText("wrong-password")
    dialog.ui.button_box.accepted.emit()
    assert "用户名或密码不正确" in dialog.ui.error_label.text() and dialog.user is None
    dialog.ui.password_edit.setText("password1")
    dialog.ui.button_box.accepted.emit()
    assert dialog.user is not None and dialog.user.full_name == "张伟"
