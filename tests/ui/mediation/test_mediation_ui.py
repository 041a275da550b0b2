"""The 调解 tab of a case: start talks (the case shows 调解中), record a session, write the agreement, both
parties sign, the 部门负责人 approves, and the case is closed as mediated."""
from __future__ import annotations

from datetime import date

from mediation_helpers import registered
from PySide6.QtWidgets import QTableWidgetItem
from shots import shot
from ui_helpers import choose, type_text

from case_helpers import at
from ipcase.queries.cases.approvals import pending_approvals
from ipcase.services.cases import actions as case_services
from ui.sections import case_detail_view
from ui.shell.app import install_cjk_font


def test_recording_a_session_and_closing_the_case_by_agreement(make_ctx, staff, new_uow, qtbot, shown, qapp):
    install_cjk_font(qapp)   # the screenshot must show Chinese, not boxes
    case = registered(new_uow, staff, date(2026, 10, 12))
    view = case_detail_view(make_ctx(staff.officer))
    qtbot.addWidget(view)
    view.resize(1280, 860)
    view.show()
    view.show_case(case.ref.id)
    view.tabs.setCurrentWidget(view.page("mediation"))
    panel = view.page("mediation")
    assert view.mediation_badge.isHidden() and panel.buttons["start_talks"].isEnabled()

    panel.buttons["start_talks"].click()
    panel.dialog.button_box.accepted.emit()
    assert not view.mediation_badge.isHidden() and "不计入结案期限" in panel.status_label.text()
    assert next(d for d in view.detail.deadlines if d.code == "D12").paused

    dialog = panel.record_session()
    type_text(dialog.widgets["attendees"], "请求人代理人陈律师；被请求人负责人")
    type_text(dialog.widgets["requester_proposal"], "停止销售，赔偿6万元")
    type_text(dialog.widgets["respondent_proposal"], "停止销售，赔偿4万元，分两期")
    choose(dialog.widgets["outcome"], "agreed")
    dialog.submit()
    assert panel.sessions_table.rowCount() == 1 and panel.sessions_table.item(0, 6).text() == "达成一致"

    editor = panel.edit_agreement()
    editor.act_boxes["make"].setChecked(True)
    editor.act_boxes["sell"].setChecked(True)
    type_text(editor.destroy_edit, "销毁库存侵权产品及专用模具")
    editor.damages_edit.setText("50000")
    editor.add_instalment(date(2026, 11, 30), "20000")
    editor.submit()                                     # the schedule does not add up: named, nothing lost
    assert editor.field_errors.label("instalments") is not None and editor.isVisible()
    assert editor.damages_edit.text() == "50000"
    editor.instalments_table.setItem(0, 1, QTableWidgetItem("50000"))
    editor.submit()
    assert not editor.isVisible() and panel.terms_view.toPlainText().startswith("1. 被请求人")
    assert panel.buttons["sign"].isEnabled() and panel.buttons["print"].isEnabled()

    for _ in range(2):
        panel.buttons["sign"].click()
        panel.dialog.submit()
    assert "待部门负责人审批" in panel.status_label.text() and view.mediation_badge.isHidden()
    assert [panel.signatories_table.item(r, 2).text() for r in range(2)] == ["2026-11-02", "2026-11-02"]
    qapp.processEvents()     # lay the header out again before the picture is taken
    shot(view, "61_case_mediation.png")

    with new_uow() as uow:
        approval = next(a for a in pending_approvals(uow, viewer_id=staff.dept_head.id) if a.case_id == case.ref.id)
    with new_uow() as uow:
        case_services.decide_approval(uow, actor_id=staff.dept_head.id, approval_id=approval.id, approve=True,
                                      opinion="同意调解结案", now=at(date(2026, 11, 2), 15))
    view.reload()
    assert view.state_badge.text() == "调解结案" and view.detail.closing_detail["agreement_id"]
    assert "司法确认：双方可于 2026-12-02 前" in panel.confirmation_label.text()
    assert panel.buttons["confirmation"].isEnabled() and not panel.buttons["session"].isEnabled()
    assert shown.errors == []


def test_the_statistics_dashboard_shows_the_mediation_figures_of_the_period(make_ctx, staff, new_uow, qtbot, qapp):
    from mediation_helpers import Mediation, session, terms
    from ui_helpers import open_statistics
    install_cjk_font(qapp)
    for damages, day in (("60000", date(2026, 10, 20)), ("10000", date(2026, 10, 22))):
        m = Mediation(new_uow, staff, registered(new_uow, staff, date(2026, 10, 12)))
        m.record(session(date(2026, 10, 14)))
        m.save(terms(damages=damages, instalments=()), date(2026, 10, 14))
        m.sign("华辰", day)
        m.sign("鼎盛", day)
    _window, view = open_statistics(make_ctx, staff, qtbot)   # October 2026
    box = view.mediation_box
    assert box.values["agreements"].text() == "2" and box.values["success"].text() == "100.0%"
    assert box.values["days"].text() == "7.0 日"           # (6 + 8) / 2
    assert box.values["total"].text() == "70,000.00 元" and box.values["median"].text() == "35,000.00 元"
    qapp.processEvents()
    shot(view, "62_statistics_mediation.png")
