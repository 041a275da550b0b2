"""当事人 › 更正当事人信息 through the UI: the officer files, the error comes back next to its field, the 部门负责人
decides from the same tab; the case detail at 1366×768 (screenshots in the session's folder)."""
from __future__ import annotations

from datetime import date

from shots import chinese_font, shot  # noqa: F401
from ui_helpers import type_text

from case_helpers import Driver, at
from ipcase.domain.enums import ApprovalStatus, PartyRole
from ui.cases.detail import CaseDetailView

DAY = date(2026, 10, 12)


def registered(new_uow, staff) -> Driver:
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    c.panel(at(DAY))
    c.act_approved("register", {"registered_date": DAY}, at(DAY))
    return c


def detail_view(make_ctx, user, case_id, qtbot) -> CaseDetailView:
    view = CaseDetailView(make_ctx(user))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.show_case(case_id)
    view.tabs.setCurrentWidget(view.parties_page)
    return view


def test_filed_by_the_officer_and_approved_by_the_department_head(make_ctx, new_uow, staff, qtbot, shown,
                                                                    chinese_font):  # noqa: F811
    c = registered(new_uow, staff)
    view = detail_view(make_ctx, staff.officer, c.ref.id, qtbot)
    box = view.corrections_box
    assert box.file_button.isVisible() and box.file_button.isEnabled() and not box.decide_button.isVisible()
    dialog = box._on_file_button_clicked()
    qtbot.addWidget(dialog)
    requester = next(p for p in view.detail.parties if p.role == PartyRole.REQUESTER)
    assert dialog.edits["name"].text() == requester.name
    dialog.edits["name"].setText("宁波华晨\x0b科技有限公司")       # Word's soft line break, pasted
    type_text(dialog.reason_edit, "请求书笔误，以营业执照为准")
    shot(dialog, "party_correction_dialog.png")
    dialog.button_box.accepted.emit()
    assert dialog.field_errors.label("name") is not None
    assert "换行" in dialog.field_errors.label("name").text()
    shot(dialog, "party_correction_dialog_error.png")

    dialog.edits["name"].setText("宁波华晨科技有限公司")
    dialog.button_box.accepted.emit()
    assert not dialog.isVisible() and shown.errors == []
    assert [i.status for i in box._items] == [ApprovalStatus.PENDING]
    assert "宁波华晨科技有限公司" in box.table.item(0, 1).text()
    shot(view, "party_corrections_officer.png")

    head = detail_view(make_ctx, staff.dept_head, c.ref.id, qtbot)
    hbox = head.corrections_box
    assert hbox.decide_button.isVisible() and not hbox.decide_button.isEnabled()
    hbox.table.selectRow(0)
    decision = hbox._on_decide_button_clicked()
    qtbot.addWidget(decision)
    type_text(decision.opinion_edit, "核对营业执照无误")
    shot(decision, "party_correction_decision.png")
    decision.button_box.accepted.emit()
    assert shown.errors == []
    assert any(p.name == "宁波华晨科技有限公司" for p in head.detail.parties)
    assert head.corrections_box._items[0].status == ApprovalStatus.APPROVED
    head.tabs.setCurrentWidget(head.timeline_tab)
    assert "→ 宁波华晨科技有限公司" in head.timeline_tab.item(0, 4).text()
    head.tabs.setCurrentWidget(head.parties_page)
    shot(head, "party_corrections_head.png")


def test_not_offered_before_registration(make_ctx, new_uow, staff, qtbot, shown):
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    view = detail_view(make_ctx, staff.officer, c.ref.id, qtbot)
    assert not view.corrections_box.file_button.isEnabled()
