"""A case through the UI: register, panel, 立案 (approval by the 部门负责人), service, the deadline list, and
someone else's change in between (optimistic locking)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_helpers import choose, type_text

from case_helpers import sample_request
from ipcase.domain.identifiers import make_patent_number
from ipcase.dto.cases import PanelInput
from ipcase.dto.documents import DocumentDraft
from ipcase.errors import ConcurrentModification
from ipcase.services.cases import actions as case_services
from ipcase.services.documents import issue as documents
from ui.cases.approval_dialog import ApprovalDialog
from ui.cases.request_dialog import RequestDialog
from ui.common import deadline_model as dm
from ui.sections import Sections
from ui.shell.main_window import MainWindow
from ui.workbench.section import DashboardView


def _register_through_dialog(window: MainWindow, qtbot) -> int:
    dialog = window.sections.new_request()
    assert isinstance(dialog, RequestDialog)
    qtbot.keyClicks(dialog.ui.patent_number_edit, make_patent_number(2022, 1, 7654321))
    type_text(dialog.ui.patent_title_edit, "一种光伏组件清洁机器人")
    type_text(dialog.ui.patentee_edit, "中山市创维新包装材料有限公司")
    type_text(dialog.requesters.forms[0].name_edit, "中山市创维新包装材料有限公司")
    type_text(dialog.respondents.forms[0].name_edit, "无锡市启航机械设备有限公司")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    detail = window.sections.case_detail_view.detail
    assert detail is not None and window.sections.cases_stack.currentWidget() is window.sections.case_detail_view
    return detail.id


def _set_panel(window: MainWindow, staff) -> None:
    panel = window.sections.case_detail_view.panel_tab
    choose(panel.leader_combo, staff.officer.id)
    assert "须" in panel.problems_label.text()            # live check: still too few members
    choose(panel.member_combos[0], staff.officer2.id)
    choose(panel.member_combos[1], staff.officer3.id)
    choose(panel.clerk_combo, staff.clerk.id)
    assert panel.problems() == [] and "符合要求" in panel.problems_label.text()
    panel.save_button.click()


def test_case_from_request_to_answer_period(make_ctx, staff, new_uow, clock, qtbot, shown):
    officer = make_ctx(staff.officer)
    window = MainWindow(officer, Sections)
    qtbot.addWidget(window)
    window.show()
    case_id = _register_through_dialog(window, qtbot)
    view = window.sections.case_detail_view
    assert view.case_number_label.text() == "未立案"
    assert view.state_badge.text() == "请求书已收到"
    assert view.edit_button.isVisible()
    # 立案 is offered only once a lawful panel is appointed; the view says so.
    assert "register" not in view.action_buttons
    assert "合议组" in view.hint_label.text() and not view.hint_label.isHidden()

    _set_panel(window, staff)
    assert view.detail.panel_problems == ()
    assert "register" in view.action_buttons and view.hint_label.isHidden()

    # 立案 needs the 部门负责人: the dialog files it for approval.
    dialog = view.start_action("register")
    assert dialog.approval_note.isVisible()
    assert dialog.ok_button.text().startswith("提交审批")
    dialog.editors["registered_date"].widget.setDate(QDate(2026, 11, 2))
    type_text(dialog.editors["summary"].widget, "经审查符合受理条件，建议立案。")
    dialog.ok_button.click()
    assert view.approval_badge.isVisible() and "立案" in view.approval_badge.text()
    assert "register" not in view.detail.allowed_actions  # pending approval

    # The department head approves from the 工作台.
    head = make_ctx(staff.dept_head)
    dashboard = DashboardView(head)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    assert dashboard.approval_model.rowCount() == 1
    approval = dashboard.approval_model.row_at(0)
    assert approval.action == "register" and approval.case_id == case_id
    dashboard.approval_table.selectRow(0)
    dashboard.decide_button.click()
    decision = dashboard.findChild(ApprovalDialog)
    assert decision is not None and decision.isVisible()
    type_text(decision.opinion_edit, "同意立案。")
    decision.approve_button.click()
    assert shown.errors == []
    assert dashboard.approval_model.rowCount() == 0

    view.reload()
    assert view.case_number_label.text() == "测试市知裁字〔2026〕1号"
    assert view.state_badge.text() == "已立案"
    assert not view.edit_button.isVisible()

    # Service is recorded against an issued document (issue 15): not offered before the 答辩通知书 is issued.
    assert "serve_copy" not in view.action_buttons and "serve_copy" not in view.detail.allowed_actions
    respondent = next(p.id for p in view.detail.parties if p.role == "respondent")
    with new_uow() as uow:
        documents.issue_document(uow, actor_id=staff.clerk.id, case_id=case_id, now=clock.now(),
                                 draft=DocumentDraft("answer_notice", {}, party_id=respondent))
    view.reload()
    assert "serve_copy" in view.action_buttons
    # Serving the copy on the respondent starts the answer period.
    dialog = view.start_action("serve_copy")
    served = dialog.editors["served"]
    assert len(served.rows) == 1 and served.rows[0][1].isChecked()
    choose(dialog.editors["method"].widget, "post")
    dialog.ok_button.click()
    assert view.state_badge.text() == "答辩期"
    codes = {d.code for d in view.detail.deadlines}
    assert {"D1", "D2", "D3", "D12"} <= codes
    d12 = next(d for d in view.detail.deadlines if d.code == "D12")
    assert d12.provisional  # 2027 has no official holiday data
    timeline_kinds = [view.timeline_tab.item(r, 2).text() for r in range(view.timeline_tab.rowCount())]
    assert timeline_kinds[:4] == ["送达请求书副本", "签发文书", "立案", "审批决定"]


def test_action_dialog_shows_errors_next_to_fields(make_ctx, staff, new_uow, clock, qtbot, shown):
    with new_uow() as uow:
        ref = case_services.register_request(uow, actor_id=staff.officer.id, data=sample_request(), now=clock.now())
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    window.sections.open_case(ref.id)
    dialog = window.sections.case_detail_view.start_action("refuse")
    dialog.ok_button.click()  # nothing ticked, no reason given
    assert dialog.isVisible()
    assert dialog.field_errors.label("refusal_reasons").text() == "必须填写"
    assert dialog.field_errors.label("reason_text").text() == "必须填写"
    assert shown.errors == []


def test_cancelling_an_action_with_typed_text_asks_first(make_ctx, staff, new_uow, clock, qtbot, shown):
    with new_uow() as uow:
        ref = case_services.register_request(uow, actor_id=staff.officer.id, data=sample_request(), now=clock.now())
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    window.sections.open_case(ref.id)
    dialog = window.sections.case_detail_view.start_action("refuse")
    type_text(dialog.editors["reason_text"].focus_widget(), "不属于本局管辖")
    shown.confirm_answer = False
    dialog.reject()
    assert dialog.isVisible() and dialog.payload()["reason_text"] == "不属于本局管辖"   # nothing lost
    shown.confirm_answer = True
    dialog.reject()
    assert not dialog.isVisible()


def test_someone_elses_change_keeps_the_form_and_reloads(make_ctx, staff, new_uow, clock, qtbot, shown):
    with new_uow() as uow:
        ref = case_services.register_request(uow, actor_id=staff.officer.id, data=sample_request(), now=clock.now())
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    window.sections.open_case(ref.id)
    view = window.sections.case_detail_view
    loaded_version = view.detail.version
    dialog = view.start_action("request_correction")
    type_text(dialog.editors["defects"].widget, "请补充专利登记簿副本。")
    # Meanwhile a colleague appoints the panel.
    with new_uow() as uow:
        case_services.set_panel(uow, actor_id=staff.officer2.id, case_id=ref.id, expected_version=loaded_version,
                                panel=PanelInput(staff.officer2.id, (staff.officer3.id,), staff.clerk.id),
                                now=clock.now())
    dialog.ok_button.click()
    assert len(shown.errors) == 1 and isinstance(shown.errors[0], ConcurrentModification)
    assert shown.errors[0].changes  # the user is told what the other person did
    assert dialog.isVisible()
    assert dialog.editors["defects"].widget.toPlainText() == "请补充专利登记簿副本。"
    assert view.detail.version > loaded_version  # the case was reloaded behind the dialog
    dialog.ok_button.click()  # submitting again, now against the new version, works
    assert not dialog.isVisible()
    assert view.state_badge.text() == "补正中"


def test_dashboard_colours_my_deadlines(make_ctx, staff, new_uow, clock, qtbot):
    # Received long ago and not decided → D1 overdue; received last Wednesday → D1 due within 3 working days.
    for received in (date(2026, 10, 9), date(2026, 10, 28)):
        with new_uow() as uow:
            case_services.register_request(uow, actor_id=staff.officer.id, data=sample_request(received),
                                           now=clock.now())
    view = DashboardView(make_ctx(staff.officer))
    qtbot.addWidget(view)
    view.refresh()
    model = view.deadline_model
    rows = [model.row_at(r) for r in range(model.rowCount())]
    assert [d.due_date for d in rows] == sorted(d.due_date for d in rows)
    urgencies = [model.data(model.index(r, dm.Column.DUE), dm.URGENCY_ROLE) for r in range(len(rows))]
    assert urgencies == ["overdue", "due_soon"]
    red = model.data(model.index(0, dm.Column.DUE), Qt.ItemDataRole.BackgroundRole).color()
    amber = model.data(model.index(1, dm.Column.DUE), Qt.ItemDataRole.BackgroundRole).color()
    assert red == dm.OVERDUE_BACKGROUND and amber == dm.DUE_SOON_BACKGROUND
    assert "已逾期 1 项" in view.count_label.text()
    assert not view.everyone_check.isVisible() or not view.everyone_check.isChecked()


def test_double_click_on_a_deadline_opens_the_case(make_ctx, staff, new_uow, clock, qtbot):
    with new_uow() as uow:
        ref = case_services.register_request(uow, actor_id=staff.officer.id, data=sample_request(), now=clock.now())
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    table = window.sections.dashboard_view.deadline_table
    table.doubleClicked.emit(window.sections.dashboard_view.deadline_model.index(0, 0))
    assert window.sections.cases_stack.currentWidget() is window.sections.case_detail_view
    assert window.sections.case_detail_view.detail.id == ref.id


def test_the_deadline_tab_says_which_periods_wait_for_service(make_ctx, staff, new_uow, clock, qtbot):
    from case_helpers import Driver
    day = clock.today()
    c = Driver.new(new_uow, staff, clock.now(), received=day)
    c.panel(clock.now())
    c.act_approved("register", {"registered_date": day}, clock.now())
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    window.sections.open_case(c.ref.id)
    tab = window.sections.case_detail_view.deadlines_tab
    assert not tab.waiting_label.isHidden()
    text = tab.waiting_label.text()
    assert "义乌市鼎盛贸易商行甲（答辩通知书）— 答辩期、回避申请期限、举证期限 自送达之日起算" in text
    assert "宁波华辰科技有限公司（受理通知书）" in text
