"""工作台 lists (issue 16): the approvals pane names who asked, for what, in which case between whom, where the
review stands, the 审核意见 before a short content column, the whole content on demand; a 处(科)室负责人's
reviewed item no longer counts as waiting for her; 我的期限 names the parties of every line. 1366×768."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from shots import chinese_font, shot  # noqa: F401

from case_helpers import Driver
from ipcase.queries.cases.approvals import pending_approvals
from ipcase.services.cases import actions as case_services
from ui.cases.approval_model import SUMMARY_LENGTH
from ui.cases.approval_model import Column as A
from ui.common import deadline_model as dl
from ui.sections import Sections
from ui.shell.main_window import MainWindow

NOW = datetime(2026, 11, 2, 9, 30)
LONG_REASON = "因台风过境，办公场所停电停水，当事人及合议组成员均无法到场，" * 6


@pytest.fixture
def filed(new_uow, staff):
    """Two 未立案 requests whose 立案 waits for approval, and a 中止 request with a long reason; the section head
    has reviewed the first."""
    drivers = []
    for _ in range(2):
        d = Driver.new(new_uow, staff, NOW)
        d.panel(NOW)
        d.act("register", {"registered_date": date(2026, 11, 2)}, NOW)
        drivers.append(d)
    with new_uow() as uow:
        first = next(a for a in pending_approvals(uow, viewer_id=staff.section_head.id)
                     if a.case_id == drivers[0].ref.id)
    with new_uow() as uow:
        case_services.review_approval(uow, actor_id=staff.section_head.id, approval_id=first.id,
                                      opinion="拟同意立案，请领导审批", now=NOW)
        uow.commit()
    return drivers


def _dashboard(make_ctx, user, qtbot):
    w = MainWindow(make_ctx(user), Sections)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    view = w.sections.dashboard_view
    w.show_section(view)
    view.refresh()
    return w, view


def test_the_section_head_sees_parties_review_state_and_what_she_has_reviewed(make_ctx, staff, qtbot, filed,
                                                                              chinese_font):  # noqa: F811
    w, view = _dashboard(make_ctx, staff.section_head, qtbot)
    model = view.approval_model
    assert model.rowCount() == 2
    # the one still waiting for her comes first; the reviewed one is listed after it, greyed, not counted
    assert [a.awaits_viewer for a in model.rows()] == [True, False]
    assert view.approvals_box.title().startswith("待我审批 1 项") and "另有 1 项" in view.approvals_box.title()
    for r in range(2):
        assert model.index(r, A.CASE_NUMBER).data() == "未立案"
        assert model.index(r, A.PARTIES).data() == "宁波华辰科技有限公司 与 义乌市鼎盛贸易商行甲"
        assert model.index(r, A.REQUESTED_BY).data() == staff.officer.full_name
    assert model.index(0, A.REVIEW_STATE).data() == "待审核"
    assert model.index(1, A.REVIEW_STATE).data() == "已审核，待审批"
    assert model.index(1, A.REVIEW).data() == f"拟同意立案，请领导审批（{staff.section_head.full_name}）"
    assert model.index(1, A.REVIEW).column() < model.index(1, A.CONTENT).column()
    grey = Qt.ItemDataRole.ForegroundRole
    assert model.index(0, A.CONTENT).data(grey) is None and model.index(1, A.CONTENT).data(grey) is not None
    visible = view.approval_table.viewport().height() // view.approval_table.verticalHeader().defaultSectionSize()
    assert visible > 5
    view.approval_table.selectRow(1)
    assert "拟同意立案" in view.approval_detail.toPlainText() and "宁波华辰" in view.approval_detail.toPlainText()
    shot(w, "workbench_section_head.png")


def test_a_long_content_is_summarised_in_its_column_and_whole_in_the_detail(make_ctx, staff, qtbot, new_uow,
                                                                           filed):
    d = filed[1]
    d.approve(NOW)
    d.act("suspend", {"ground": "force_majeure", "start_date": date(2026, 11, 2), "note": LONG_REASON}, NOW)
    w, view = _dashboard(make_ctx, staff.dept_head, qtbot)
    row = next(r for r, a in enumerate(view.approval_model.rows()) if a.action == "suspend")
    summary = view.approval_model.index(row, A.CONTENT).data()
    assert len(summary) <= SUMMARY_LENGTH + 1 and summary.endswith("…")
    view.approval_table.selectRow(row)
    assert LONG_REASON.strip() in view.approval_detail.toPlainText().replace("\n", "")
    assert all(a.awaits_viewer for a in view.approval_model.rows())    # the 部门负责人 decides each one


def test_my_deadlines_name_the_parties_of_every_line(make_ctx, staff, qtbot, filed):
    w, view = _dashboard(make_ctx, staff.officer, qtbot)
    model = view.deadline_model
    assert model.rowCount() >= 2
    assert all(model.index(r, dl.Column.PARTY).data() for r in range(model.rowCount()))
