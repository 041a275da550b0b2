"""收案登记 in the window: quick entry typed in Chinese, drafts that survive a destroyed dialog, errors next to
the field, same-matter hints while typing, triage (forward, case pre-filled), the register, the deadline list
and the routing rules."""
from __future__ import annotations

from pathlib import Path

import shiboken6
from intake_helpers import PATENT, RESPONDENT, RESPONDENT_CODE, register, ruled_case
from PySide6.QtCore import Qt
from ui_helpers import choose, type_text

from ipcase.domain.intake.items import IntakeState, TriageOutcome
from ipcase.domain.intake.routing import Track
from ipcase.dto.intake import IntakeFilter
from ipcase.queries.intake import register as intake_queries
from ui.cases.request_dialog import RequestDialog
from ui.intake.detail import IntakeDetailPanel
from ui.intake.entry_dialog import IntakeEntryDialog
from ui.intake.form import split_patent_numbers
from ui.intake.triage_dialog import IntakeTriageDialog


def _items(new_uow, clock, **flt):
    with new_uow() as uow:
        return intake_queries.list_items(uow, IntakeFilter(**flt), today=clock.today()).rows


def _fill(dialog: IntakeEntryDialog, qtbot) -> None:
    type_text(dialog.form.submitter_edit, "宁波华辰科技有限公司")
    choose(dialog.form.submitter_kind_combo, "legal")
    qtbot.keyClicks(dialog.form.phone_edit, "0574-88886666")
    type_text(dialog.form.targets.forms[0].name_edit, "义乌市鼎盛贸易商行")
    qtbot.keyClicks(dialog.form.patents_edit, PATENT)
    type_text(dialog.form.title_edit, "一种折叠式便携座椅")
    type_text(dialog.form.product_edit, "折叠露营椅")
    type_text(dialog.form.description_edit, "在展会上销售涉嫌侵权的折叠露营椅。")


def test_split_patent_numbers():
    assert split_patent_numbers("ZL 2021 2 1234567.X，202130000001.2；CN201810000001.3 ") == [
        "ZL 2021 2 1234567.X", "202130000001.2", "CN201810000001.3"]
    assert split_patent_numbers("") == []


def test_quick_entry_typed_in_chinese_with_keyboard_defaults(make_ctx, staff, new_uow, clock, qtbot):
    dialog = IntakeEntryDialog(make_ctx(staff.officer))
    qtbot.addWidget(dialog)
    assert dialog.form.kind_combo.currentData() == "request" and dialog.form.channel_combo.currentData() == "counter"
    assert dialog.form.handler_combo.currentData() == staff.officer.id     # an officer takes what he registers
    choose(dialog.form.channel_combo, "trade_fair")
    assert dialog.form.trade_fair_check.isChecked()                         # the channel implies the flag
    _fill(dialog, qtbot)
    assert "✓" in dialog.form.patents_status.text() and "实用新型" in dialog.form.patents_status.text()
    assert dialog.has_draft()                                          # every keystroke is on disk
    saved = []
    dialog.item_saved.connect(saved.append)
    dialog.save(next_one=True)                                         # Ctrl+Enter at a busy booth
    assert len(saved) == 1 and not dialog.has_draft()
    # the next one starts empty, with the same kind, channel and handler
    assert dialog.form.submitter_edit.text() == "" and dialog.form.channel_combo.currentData() == "trade_fair"
    assert dialog.form.handler_combo.currentData() == staff.officer.id and "已登记" in dialog.draft_label.text()
    rows = _items(new_uow, clock)
    assert [(r.submitter, r.targets, r.patents, r.product) for r in rows] == [
        ("宁波华辰科技有限公司", "义乌市鼎盛贸易商行", PATENT, "折叠露营椅")]


def test_draft_is_recovered_after_the_window_is_destroyed(make_ctx, staff, qtbot, shown):
    ctx = make_ctx(staff.clerk)
    first = IntakeEntryDialog(ctx)
    choose(first.form.kind_combo, "counterfeit")
    type_text(first.form.submitter_edit, "李明")
    type_text(first.form.targets.forms[0].name_edit, "佛山市雅居玩具有限公司")
    first.form.targets.add_target({})
    type_text(first.form.targets.forms[1].name_edit, "佛山市雅居玩具经营部")
    type_text(first.form.description_edit, "包装上标注的专利号已经失效")
    shiboken6.delete(first)        # no save, no close event: a crash or a flat battery

    again = IntakeEntryDialog(ctx)
    qtbot.addWidget(again)
    assert again.has_draft() and again.restore_draft()
    assert again.form.kind_combo.currentData() == "counterfeit"
    assert again.form.submitter_edit.text() == "李明"
    assert [f.name_edit.text() for f in again.form.targets.forms] == ["佛山市雅居玩具有限公司", "佛山市雅居玩具经营部"]
    assert again.form.description_edit.toPlainText() == "包装上标注的专利号已经失效"
    assert "已恢复" in again.draft_label.text()


def test_wrong_fields_are_named_next_to_them(make_ctx, staff, qtbot, shown):
    dialog = IntakeEntryDialog(make_ctx(staff.officer))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.patents_edit, PATENT[:-1] + ("1" if PATENT[-1] != "1" else "2"))
    assert "校验位不正确" in dialog.form.patents_status.text()
    qtbot.keyClicks(dialog.form.targets.forms[0].credit_code_edit, "91330200MA2AB1230")
    dialog.save(next_one=False)
    assert dialog.isVisible() and shown.errors == []
    assert dialog.field_errors.label("submitter_name").text() == "必须填写"
    assert "校验位不正确" in dialog.field_errors.label("patents[0]").text()
    assert dialog.field_errors.label("targets[0].name").text() == "必须填写"
    assert dialog.field_errors.label("targets[0].credit_code") is not None
    assert "来件人" in dialog.summary_label.text()


def test_same_matter_and_repeat_infringement_are_shown_while_typing(make_ctx, staff, new_uow, qtbot):
    ruling = ruled_case(new_uow, staff)
    dialog = IntakeEntryDialog(make_ctx(staff.officer))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.form.patents_edit, PATENT.removeprefix("ZL"))
    type_text(dialog.form.targets.forms[0].name_edit, "义乌市 鼎盛贸易商行")
    assert dialog.match_timer.isActive()           # debounced: no query per keystroke
    dialog.check_same_matter()
    number = ruling.detail(dialog._ctx.clock.today()).case_number
    assert not dialog.matches_label.isHidden() and "重复侵权" in dialog.matches_label.text()
    assert number in dialog.matches_label.text()


def test_triage_forward_with_errors_next_to_the_fields(make_ctx, staff, new_uow, clock, qtbot, shown):
    ref = register(new_uow, staff.officer)
    panel = IntakeDetailPanel(make_ctx(staff.officer))
    qtbot.addWidget(panel)
    panel.show_item(ref.id)
    assert panel.detail.number == ref.number and not panel.triage_button.isHidden()
    dialog = panel.start_triage()
    assert dialog.track_combo.currentData() == Track.FAST.value and "规则建议" in dialog.suggestion_label.text()
    assert list(dialog.outcome_buttons) == [TriageOutcome.CASE, TriageOutcome.CORRECTION, TriageOutcome.FORWARD,
                                            TriageOutcome.CLOSE]
    dialog.choose(TriageOutcome.FORWARD)
    dialog.submit()
    assert dialog.isVisible() and dialog.field_errors.label("authority").text() == "必须填写"
    type_text(dialog.forward_authority_edit, "某省知识产权局")
    type_text(dialog.forward_text_edit, "被请求人住所地不在本市")
    dialog.submit()
    assert not dialog.isVisible() and shown.errors == []
    assert panel.detail.state == IntakeState.FORWARDED and panel.triage_button.isHidden()
    assert panel.events_table.item(0, 2).text() == "转交有权机关"
    assert "某省知识产权局" in panel.events_table.item(0, 3).text()


def test_register_as_a_case_opens_the_request_form_pre_filled(make_ctx, staff, new_uow, qtbot, shown):
    ref = register(new_uow, staff.officer)
    panel = IntakeDetailPanel(make_ctx(staff.officer))
    qtbot.addWidget(panel)
    panel.show_item(ref.id)
    dialog: IntakeTriageDialog = panel.start_triage()
    dialog.choose(TriageOutcome.CASE)
    choose(dialog.track_combo, "complex")
    type_text(dialog.track_reason_edit, "需技术比对")
    dialog.submit()
    form = dialog.case_dialog
    assert form is not None and form.windowTitle().startswith("登记为行政裁决案件")
    assert form.ui.patent_number_edit.text() == PATENT and form.ui.patent_title_edit.text() == "一种折叠式便携座椅"
    assert form.respondents.forms[0].name_edit.text() == RESPONDENT
    assert form.respondents.forms[0].credit_code_edit.text() == RESPONDENT_CODE
    assert form.requesters.forms[0].name_edit.text() == "宁波华辰科技有限公司"
    assert not form.is_dirty()                      # nothing typed yet: nothing retyped either
    form.ui.act_sell_check.setChecked(True)         # what the counter could not know
    form._on_button_box_accepted()
    assert shown.errors == [] and panel.detail.state == IntakeState.CASE
    assert panel.detail.track == Track.COMPLEX and panel.detail.case_id is not None
    assert not panel.open_case_button.isHidden()


def test_register_view_dashboard_and_case_tab(make_ctx, staff, new_uow, clock, qtbot, shown):
    from ui.sections import Sections
    from ui.shell.main_window import MainWindow
    ruled_case(new_uow, staff)
    ref = register(new_uow, staff.officer)
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    dashboard = window.sections.dashboard_view
    dashboard.refresh()
    rows = dashboard.deadline_model.rows()
    row = next(i for i, d in enumerate(rows) if d.intake_id == ref.id)
    assert dashboard.deadline_model.index(row, 3).data() == ref.number           # 案号 column: 收案编号
    assert dashboard.deadline_model.index(row, 2).data() == "收案审查期限"
    dashboard._on_deadline_table_double_clicked(dashboard.deadline_model.index(row, 0))
    view = window.sections.intake_view
    assert window.stack.currentWidget() is view and view.detail_panel.detail.id == ref.id
    assert view.model.rowCount() == 1 and view.model.index(0, 6).data().startswith("重复侵权")
    assert view.model.index(0, 6).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert not view.detail_panel.repeat_badge.isHidden()
    assert view.detail_panel.matches_table.rowCount() == 1
    # decide it from the register: the deadline leaves the dashboard, the case tab shows the repeat
    triage = view.detail_panel.start_triage()
    triage.choose(TriageOutcome.CASE)
    triage.submit()
    triage.case_dialog.ui.act_make_check.setChecked(True)
    triage.case_dialog._on_button_box_accepted()
    case_id = view.detail_panel.detail.case_id
    assert all(d.intake_id != ref.id for d in dashboard.deadline_model.rows())
    view.detail_panel.open_case_button.click()
    tab = window.sections.case_detail_view.page("intake")
    assert window.sections.case_detail_view.detail.id == case_id
    assert tab.info.item_number == ref.number and not tab.repeat_label.isHidden()


def test_routing_rules_page_admin_edits_officer_reads(make_ctx, staff, new_uow, qtbot, shown):
    from ui.intake.rules_tab import RoutingRulesPage
    officer = RoutingRulesPage(make_ctx(staff.officer))
    qtbot.addWidget(officer)
    officer.refresh()
    assert officer.table.rowCount() == 5 and officer.save_button.isHidden()
    assert "展会或电商平台" in officer.table.item(2, 2).text()
    page = RoutingRulesPage(make_ctx(staff.admin))
    qtbot.addWidget(page)
    page.refresh()
    assert not page.save_button.isEnabled() and page.state_label.text() == "使用内置的默认规则"
    dialog = page.add_rule()
    dialog._on_accepted()                       # no name, no condition
    assert dialog.field_errors.label("rules[0].name").text() == "必须填写"
    type_text(dialog.name_edit, "展会一律快办")
    dialog.choice_checks["channel"]["trade_fair"].setChecked(True)
    dialog._on_accepted()
    assert page.table.rowCount() == 6 and page.save_button.isEnabled()
    page.table.selectRow(5)
    for _ in range(5):
        page.up_button.click()
    page.complaint_check.setChecked(False)
    page.save()
    with new_uow() as uow:
        stored = intake_queries.routing_settings(uow, office_id=staff.admin.office_id)
    assert stored.rules[0].name == "展会一律快办" and not stored.complaint_needs_request and not stored.is_default
    assert page.state_label.text() == "" and not page.save_button.isEnabled()


def test_edit_and_attachments_from_the_detail(make_ctx, staff, new_uow, qtbot, shown, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    ref = register(new_uow, staff.clerk)
    panel = IntakeDetailPanel(make_ctx(staff.clerk))
    qtbot.addWidget(panel)
    panel.show_item(ref.id)
    assert panel.triage_button.isHidden() and not panel.edit_button.isHidden()   # a clerk registers, not decides
    dialog = panel.start_edit()
    assert dialog.form.product_edit.text() == "折叠露营椅" and not dialog.is_dirty()
    dialog.form.product_edit.clear()
    type_text(dialog.form.product_edit, "折叠钓鱼椅")
    dialog.save(next_one=False)
    assert shown.errors == [] and panel.detail.product == "折叠钓鱼椅"
    assert panel.events_table.item(0, 2).text() == "修改登记信息"
    scan = tmp_path / "请求书扫描件.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    panel.attach_file(str(scan))
    assert panel.files_list.count() == 1 and panel.files_list.item(0).text().startswith("请求书扫描件.pdf")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    panel.files_list.setCurrentRow(0)
    panel.open_file_button.click()
    assert opened and Path(opened[0]).read_bytes() == b"%PDF-1.4 scan"
    panel.remove_file_button.click()
    assert panel.files_list.count() == 0


def test_identifiers_are_checked_live_next_to_the_field(make_ctx, staff, qtbot, shown):
    """The intake target form and the request's party form share one live check of a typed identifier."""
    dialog = IntakeEntryDialog(make_ctx(staff.officer))
    qtbot.addWidget(dialog)
    dialog.show()
    target = dialog.form.targets.forms[0]
    target.credit_code_edit.setText(RESPONDENT_CODE[:-1] + ("1" if RESPONDENT_CODE[-1] != "1" else "2"))
    target.credit_code_edit.editingFinished.emit()
    assert "校验位不正确" in dialog.field_errors.label("targets[0].credit_code").text()
    target.credit_code_edit.setText(RESPONDENT_CODE)
    target.credit_code_edit.editingFinished.emit()
    assert dialog.field_errors.label("targets[0].credit_code") is None

    request = RequestDialog(make_ctx(staff.officer))
    qtbot.addWidget(request)
    request.show()
    party = request.requesters.forms[0]
    party.credit_code_edit.setText("12345")
    party.credit_code_edit.editingFinished.emit()
    assert request.field_errors.label("requesters[0].credit_code") is not None
    party.credit_code_edit.clear()
    party.credit_code_edit.editingFinished.emit()
    assert request.field_errors.label("requesters[0].credit_code") is None
