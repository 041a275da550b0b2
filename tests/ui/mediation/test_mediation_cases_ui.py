"""调解 in the window: a new mediation request typed in Chinese with errors named next to the fields, the
case's actions offered by the state machine and role, its time limits on the case and in "my deadlines", the
mediator pool and assignment, a document issued, and an intake item registered as a mediation case."""
from __future__ import annotations

from datetime import date

from intake_helpers import RESPONDENT, register
from mediation_case_helpers import MedDriver, at
from PySide6.QtCore import Qt
from ui_helpers import choose, type_text

from ipcase.domain.intake.items import IntakeKind, IntakeState, TriageOutcome
from ipcase.dto.mediation import MediatorPoolInput
from ipcase.services.mediation import mediators
from ui.intake.detail import IntakeDetailPanel
from ui.mediation.section import MediationCasesView
from ui.workbench.section import DashboardView


def test_new_request_act_and_see_the_deadline(make_ctx, staff, new_uow, clock, qtbot, shown):
    ctx = make_ctx(staff.officer)
    view = MediationCasesView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    dialog = view.new_request()
    choose(dialog.kind_combo, "damages")
    assert not dialog.ruling_ref_edit.isHidden() and "第六十四条" in dialog.kind_hint.text()
    type_text(dialog.requesters.forms[0].name_edit, "杭州云启智能科技有限公司")
    type_text(dialog.respondents.forms[0].name_edit, "陈志远")
    dialog.save_button.click()                      # no subject, no ruling: named in Chinese next to each field
    assert dialog.isVisible()
    assert dialog.field_errors.label("mediation_subject").text() == "必须填写"
    assert "须选择本局认定侵权成立的裁决" in dialog.field_errors.label("ruling_reference").text()
    assert dialog.has_draft()                        # nothing typed is lost
    choose(dialog.kind_combo, "ownership")
    assert dialog.ruling_ref_edit.isHidden()
    type_text(dialog.subject_edit, "确认专利权归请求人所有")
    dialog.save_button.click()
    assert not dialog.isVisible() and shown.errors == [] and not dialog.has_draft()
    detail = view.detail_view
    assert view.stack.currentWidget() is detail and detail.detail.state == "received"
    assert list(detail.action_buttons) == ["serve_notice", "revoke"]
    action = detail.start_action("serve_notice")
    action.editors["served_date"].widget.setDate(action.editors["served_date"].widget.date())
    action.submit()
    assert not action.isVisible() and detail.detail.state == "awaiting_statement"
    codes = {d.code: d for d in detail.detail.deadlines}
    assert codes["D16"].status == "met" and codes["D17"].due_date == date(2026, 11, 17)
    detail.tabs.setCurrentIndex(3)
    assert detail.deadline_model.rowCount() == 3
    view.show_list()
    assert view.model.rowCount() == 1 and view.model.row_at(0).next_due_code == "D18"

    dashboard = DashboardView(ctx)        # the officer's "my deadlines" shows the case's limits and opens it
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    rows = dashboard.deadline_model.rows()
    assert {r.code for r in rows} == {"D17", "D18"} and all(r.mediation_case_id == detail.detail.id for r in rows)
    opened = []
    dashboard.mediation_case_open_requested.connect(opened.append)
    dashboard._on_deadline_table_double_clicked(dashboard.deadline_model.index(0, 0))
    assert opened == [detail.detail.id]


def test_registered_case_pool_assignment_documents_and_extension(make_ctx, staff, new_uow, qtbot, shown):
    c = MedDriver.new(new_uow, staff, at(date(2026, 10, 26)))
    c.register(date(2026, 10, 28))
    with new_uow() as uow:
        mediators.save_mediator(uow, actor_id=staff.officer.id, data=MediatorPoolInput(
            name="郑国华", organization="某市知识产权纠纷人民调解委员会", expertise=("电子、职务发明",)))
        mediators.save_mediator(uow, actor_id=staff.officer.id,
                                data=MediatorPoolInput(user_id=staff.officer2.id, expertise=("机械",)))
    view = MediationCasesView(make_ctx(staff.officer))
    qtbot.addWidget(view)
    view.setCurrentIndex(1)
    assert view.pool_page.table.rowCount() == 2
    view.open_case(c.ref.id)
    detail = view.detail_view
    assert "extend_limit" in detail.action_buttons and detail.detail.case_number == "测试市知调字〔2026〕1号"
    pick = detail.start_assign()
    type_text(pick.filter_edit, "职务发明")
    assert pick.list.count() == 1 and "郑国华" in pick.list.item(0).text()
    pick.list.item(0).setCheckState(Qt.CheckState.Checked)
    pick.submit()
    assert [m.name for m in detail.detail.mediators] == ["郑国华"]
    detail.tabs.setCurrentIndex(6)
    tab = detail.documents_tab
    assert tab.type_combo.currentData() == "mediation_session_notice"
    tab.start("mediation_session_notice")
    tab.dialog.issue()
    assert [d.number for d in detail.detail.documents] == ["测试市知调通字〔2026〕1号"] and shown.errors == []
    extend = detail.start_action("extend_limit")
    assert extend.ok_button.text().startswith("提交审批")
    type_text(extend.editors["reason"].widget, "需调取档案")
    extend.submit()
    assert detail.detail.extension_status == "pending" and "decide_extension" not in detail.action_buttons
    dashboard = DashboardView(make_ctx(staff.dept_head))   # the 部门负责人's approval queue lists it
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    rows = dashboard.approval_model.rows()
    assert [(r.mediation_case_id, r.case_number) for r in rows] == [(c.ref.id, "测试市知调字〔2026〕1号")]
    assert dashboard.approval_model.index(0, 3).data() == "调解案件延长办理期限（权属纠纷，1个月）"
    opened: list[int] = []
    dashboard.mediation_case_open_requested.connect(opened.append)
    dashboard.approval_table.setCurrentIndex(dashboard.approval_model.index(0, 0))
    dashboard._on_approval_table_double_clicked(dashboard.approval_model.index(0, 0))
    assert opened == [c.ref.id]                          # decided on the mediation case itself
    head_view = MediationCasesView(make_ctx(staff.dept_head))
    qtbot.addWidget(head_view)
    head_view.open_case(c.ref.id)
    decide = head_view.detail_view.start_decide_extension()
    decide.submit()
    assert head_view.detail_view.detail.extension_status == "approved"
    dashboard.refresh()
    assert dashboard.approval_model.rows() == []
    head_view.detail_view.tabs.setCurrentIndex(0)


def test_intake_item_registered_as_a_mediation_case_pre_filled(make_ctx, staff, new_uow, qtbot, shown):
    ref = register(new_uow, staff.officer, kind=IntakeKind.MEDIATION)
    panel = IntakeDetailPanel(make_ctx(staff.officer))
    qtbot.addWidget(panel)
    panel.show_item(ref.id)
    triage = panel.start_triage()
    triage.choose(TriageOutcome.MEDIATION)
    type_text(triage.mediation_text_edit, "赔偿数额以外的技术使用费")
    triage.submit()
    form = triage.case_dialog
    assert form.requesters.forms[0].name_edit.text() == "宁波华辰科技有限公司"
    assert form.respondents.forms[0].name_edit.text() == RESPONDENT
    assert form.subject_edit.toPlainText() == "赔偿数额以外的技术使用费" and form.patent_edit.text()
    choose(form.kind_combo, "other")
    form.save_button.click()
    assert shown.errors == [] and not triage.isVisible()
    assert panel.detail.state == IntakeState.MEDIATION and not panel.open_mediation_button.isHidden()
    opened = []
    panel.mediation_case_open_requested.connect(opened.append)
    panel.open_mediation_button.click()
    assert opened == [panel.detail.mediation_case_id]
