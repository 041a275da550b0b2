"""工作台 › 待我审批 lists a ruling's published version filed for approval like every other approval (who, what,
which case and parties, state, the content on demand), and the 部门负责人 decides it there through the same
dialog and service as on the case's 公开 tab; the officer who filed it follows it in 我提交的待审批事项."""
from __future__ import annotations

from datetime import date

from publication_helpers import NAME, ruled_case
from shots import chinese_font, shot  # noqa: F401

from case_helpers import at
from ipcase.db.models.publication import PublishedRuling
from ipcase.dto.publication import PublicationInput
from ipcase.queries.publication.editor import redaction_draft
from ipcase.services.publication import rulings
from ui.cases.approval_model import Column
from ui.workbench.section import DashboardView


def _board(make_ctx, user, qtbot) -> DashboardView:
    board = DashboardView(make_ctx(user))
    qtbot.addWidget(board)
    board.resize(1366, 768)
    board.show()
    board.refresh()
    return board


def test_a_filed_publication_is_decided_in_the_workbench(make_ctx, new_uow, staff, qtbot, shown,
                                                          chinese_font):  # noqa: F811
    c = ruled_case(new_uow, staff)
    with new_uow() as uow:
        draft = redaction_draft(uow, case_id=c.ref.id)
    with new_uow() as uow:
        ref = rulings.file_publication(uow, actor_id=staff.officer.id, now=at(date(2026, 2, 20)),
                                       data=PublicationInput(c.ref.id, draft.proposals))

    mine = _board(make_ctx, staff.officer, qtbot)            # who filed it follows it
    assert [r.publication_id for r in mine.approval_model.rows()] == [ref.id]
    assert mine.approvals_box.title() == "我提交的待审批事项 1 项"

    section = _board(make_ctx, staff.section_head, qtbot)    # listed, but it waits for the 部门负责人 alone
    (row,) = section.approval_model.rows()
    assert not row.awaits_viewer and "待我审批 0 项" in section.approvals_box.title()
    opened: list[int] = []
    section.case_open_requested.connect(opened.append)
    section.approval_table.setCurrentIndex(section.approval_model.index(0, 0))
    section._on_decide_button_clicked()
    assert opened == [c.ref.id] and section.publication_dialog is None

    head = _board(make_ctx, staff.dept_head, qtbot)
    assert head.approvals_box.title() == "待我审批 1 项"
    model = head.approval_model
    cells = [model.index(0, col).data() for col in Column]
    assert cells[Column.CASE_NUMBER] == c.detail(date(2026, 2, 20)).case_number
    assert cells[Column.ACTION] == "报请公开裁决书" and cells[Column.REVIEW_STATE] == "待审批"
    assert NAME in cells[Column.PARTIES] and cells[Column.REQUESTED_BY] == staff.officer.full_name
    head.approval_table.setCurrentIndex(model.index(0, 0))
    detail = head.approval_detail.toPlainText()
    assert "公开版本：第1版" in detail and f"{NAME} → 张某" in detail
    published_part = detail[detail.index("公开文本"):]
    assert "张某" in published_part and NAME not in published_part
    shot(head, "publication_workbench.png")

    head._on_approval_table_double_clicked(model.index(0, 0))
    dialog = head.publication_dialog
    qtbot.addWidget(dialog)
    assert NAME not in dialog.text_view.toPlainText()
    dialog.place_edit.setText("https://amr.example.gov.cn/xzcj/2")
    dialog.button_box.accepted.emit()
    assert shown.errors == [] and not dialog.isVisible()
    assert head.approval_model.rows() == () or list(head.approval_model.rows()) == []
    with new_uow() as uow:
        row = uow.session.get(PublishedRuling, ref.id)
        assert (row.status, row.place, row.decided_by) == ("published", "https://amr.example.gov.cn/xzcj/2",
                                                           staff.dept_head.id)
