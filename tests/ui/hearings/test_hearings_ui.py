"""口审 through the UI: scheduling from the case's action button (the hearing dialog, with its live rule
check), moving a session by dragging it in the week view, the 口审 tab's forms, today's hearings on the
工作台, the month view and the rooms settings page. Screenshots: see tests/ui/shots.py."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from hearing_helpers import add_room, investigation_case, plan, serve_notice
from PySide6.QtCore import QDate, QEvent, QPointF, Qt, QTime
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QDialogButtonBox
from shots import chinese_font, shot  # noqa: F401 (a fixture)
from ui_helpers import choose, type_text

from ipcase.domain.enums import CaseState, PartyRole
from ipcase.queries.hearings import sessions as q
from ipcase.services.hearings import sessions as hearings
from ui.hearings.calendar_section import HearingCalendarView
from ui.hearings.rooms_tab import HearingRoomsPage
from ui.hearings.schedule_dialog import HearingDialog
from ui.sections import case_detail_view
from ui.workbench.section import DashboardView

NOW = datetime(2026, 11, 2, 9, 30)
pytestmark = pytest.mark.usefixtures("chinese_font")


def _scheduled(new_uow, staff, start=datetime(2026, 11, 20, 9), end=datetime(2026, 11, 20, 11)):
    room = add_room(new_uow, staff, "第一口审庭", place="三楼", seats=20, recording=True)
    c = investigation_case(new_uow, staff)
    with new_uow() as uow:
        ref = hearings.schedule_hearing(uow, actor_id=staff.officer.id, case_id=c.ref.id,
                                        expected_version=c.ref.version, plan=plan(room.id, start, end),
                                        override_reason="当事人同意当日口审", now=NOW)
    return c, room, ref


def test_scheduling_by_the_action_button_opens_the_hearing_dialog(make_ctx, staff, new_uow, qtbot, shown):
    room = add_room(new_uow, staff, "第一口审庭", place="三楼", seats=20)
    add_room(new_uow, staff, "远程口审室", online_capable=True)
    c = investigation_case(new_uow, staff)
    ctx = make_ctx(staff.officer)
    view = case_detail_view(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show_case(c.ref.id)
    assert "schedule_hearing" in view.action_buttons
    view.action_buttons["schedule_hearing"].click()
    dialog = view.page("hearings").findChild(HearingDialog)
    assert isinstance(dialog, HearingDialog) and dialog.people_list.count() == 7   # 3 panel, clerk, 2 parties, agent
    choose(dialog.room_combo, room.id)
    dialog.date_edit.setDate(QDate(2026, 11, 21))                     # a Saturday: refused, Save disabled
    assert [f.code for f in dialog.findings() if f.severity == "refusal"] == ["non_working_day"]
    assert not dialog.button_box.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dialog.date_edit.setDate(QDate(2026, 11, 4))                      # too close: a warning needing a reason
    dialog.start_edit.setTime(QTime(14, 0))
    assert dialog.end_edit.time() == QTime(16, 0)
    assert {f.code for f in dialog.findings() if f.severity != "note"} == {"notice_too_late", "announcement_too_late"}
    shot(dialog, "hearing_dialog.png")
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert "确认警示的理由" in dialog.summary_label.text() or shown.errors     # refused until a reason is given
    type_text(dialog.override_edit, "双方当事人书面同意缩短通知期间")
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert view.detail.state == CaseState.HEARING_SCHEDULED and view.detail.hearing_at == datetime(2026, 11, 4, 14)
    tab = view.page("hearings")
    assert tab.sessions_table.rowCount() == 1 and "张伟" in tab.people_label.text()
    shot(view, "hearing_case_tab.png")
    # RESCHEDULE_HEARING opens the same dialog on the scheduled session
    moved = view.start_action("reschedule_hearing")
    assert isinstance(moved, HearingDialog) and moved.reason_edit.isVisibleTo(moved)


def test_dragging_a_session_in_the_week_view_moves_it_after_the_rules_are_rechecked(make_ctx, staff, new_uow,
                                                                                   qtbot, shown):
    c, room, ref = _scheduled(new_uow, staff)
    requester = c.party_ids(PartyRole.REQUESTER, NOW.date())[0]
    serve_notice(new_uow, staff, c.ref.id, requester, NOW.date(), NOW)
    ctx = make_ctx(staff.officer)
    view = HearingCalendarView(ctx)
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show()
    view.show_week_of(date(2026, 11, 18))
    grid = view.week_grid
    assert [e.hearing_id for e in grid.entries] == [ref.id]
    target = datetime(2026, 11, 19, 14, 30)
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=grid.point_for(datetime(2026, 11, 20, 9)))
    qtbot.mouseMove(grid, grid.point_for(target))
    # QTest's mouseMove sends no button state offscreen: deliver the move the way a drag does
    pos = QPointF(grid.point_for(target))
    grid.mouseMoveEvent(QMouseEvent(QEvent.Type.MouseMove, pos, grid.mapToGlobal(pos), Qt.MouseButton.NoButton,
                                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    shot(view, "hearing_week_drag.png")
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=grid.point_for(target))
    dialog = view.move_dialog
    assert isinstance(dialog, HearingDialog)
    assert dialog.plan().starts_at == target and dialog.plan().ends_at == datetime(2026, 11, 19, 16, 30)
    assert [f.severity for f in dialog.findings()].count("refusal") == 0
    type_text(dialog.reason_edit, "合议组成员另有公务")
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert shown.infos and "变更通知书" in shown.infos[-1]                # the requester had been served
    with new_uow() as uow:
        h = q.hearing_detail(uow, ref.id, today=NOW.date())
    assert h.starts_at == target
    assert [e.starts_at for e in view.week_grid.entries] == [target]
    shot(view, "hearing_week.png")
    view.set_mode("month")
    assert "第一口审庭" in view.month_table.item(3, 3).text()          # Thu 19 Nov in the month grid
    shot(view, "hearing_month.png")


def test_a_drag_onto_a_clash_is_refused_in_the_dialog(make_ctx, staff, new_uow, qtbot, shown):
    c, room, ref = _scheduled(new_uow, staff)
    other = investigation_case(new_uow, staff, respondent_name="杭州某某电器有限公司")
    with new_uow() as uow:
        hearings.schedule_hearing(uow, actor_id=staff.officer.id, case_id=other.ref.id,
                                  expected_version=other.ref.version,
                                  plan=plan(room.id, datetime(2026, 11, 19, 9), datetime(2026, 11, 19, 11)), now=NOW)
    view = HearingCalendarView(make_ctx(staff.officer))
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show_week_of(date(2026, 11, 18))
    view.week_grid.move_requested.emit(next(e for e in view.week_grid.entries if e.hearing_id == ref.id),
                                       datetime(2026, 11, 19, 10))
    codes = {f.code for f in view.move_dialog.findings()}
    assert {"room_busy", "person_busy"} <= codes
    assert not view.move_dialog.button_box.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_the_hearing_tab_forms_and_todays_board(make_ctx, staff, new_uow, qtbot, shown, monkeypatch):
    c, room, ref = _scheduled(new_uow, staff, datetime(2026, 11, 2, 14), datetime(2026, 11, 2, 16))
    ctx = make_ctx(staff.officer)
    view = case_detail_view(ctx)
    qtbot.addWidget(view)
    view.show_case(c.ref.id)
    tab = view.page("hearings")
    slip = tab.start("slip")
    type_text(slip.attendees, "王大明 执行董事 13800000000")
    slip.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert tab.selected().slips[0].attending is True
    postpone = tab.start("postpone")
    type_text(postpone.reason, "代理人出差")
    postpone.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert tab.selected().postponements[0].late                          # the hearing is today
    decide = tab.start("decide")
    type_text(decide.reason, "理由不成立，且未提前三日提出")
    decide.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert tab.selected().postponements[0].status == "refused"
    board = DashboardView(ctx)
    qtbot.addWidget(board)
    board.resize(1100, 700)
    board.refresh()
    assert board.hearings_box.table.rowCount() == 1 and "14:00" in board.hearings_box.table.item(0, 0).text()
    shot(board, "hearing_dashboard.png")
    close = tab.start("close")
    close.held_radio.setChecked(True)
    close.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert view.detail.state == CaseState.HEARD


def test_administrators_manage_rooms_in_settings(make_ctx, staff, qtbot, shown):
    page = HearingRoomsPage(make_ctx(staff.admin))
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.refresh()
    page.save_room()
    assert page.errors.label("name") is not None                        # the name is named next to the field
    type_text(page.name_edit, "第一口审庭")
    type_text(page.place_edit, "行政服务中心三楼")
    page.seats_spin.setValue(24)
    page.online_check.setChecked(True)
    page.save_room()
    assert page.table.rowCount() == 1 and page.rooms[0].online_capable
    page._on_new_button_clicked()
    type_text(page.name_edit, "第二口审庭")
    page.save_room()
    assert [r.name for r in page.rooms] == ["第一口审庭", "第二口审庭"]
    shot(page, "hearing_rooms_settings.png")
