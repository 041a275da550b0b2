"""Late hearing notices wired into the GUI (issue 15, M25 art 26, D7): issuing a 口头审理通知书 in the 文书 dialog on
a Sunday for a Monday hearing shows the warning naming the last lawful day; 改期口头审理… opens the hearing
register's reschedule dialog and issues nothing; 仍然签发 issues it; recording its service that late warns again
(仍然登记送达); the batch 批量签发 warns with one line per late case and 取消 issues nothing. In time: no warning."""
from __future__ import annotations

from datetime import date, datetime

from hearing_helpers import add_room, investigation_case, plan
from PySide6.QtWidgets import QMessageBox, QPushButton
from shots import chinese_font, shot  # noqa: F401  (fixture)
from ui_helpers import choose

from case_helpers import Driver, at
from ipcase.domain.enums import PartyRole
from ipcase.services.hearings import sessions as hearings
from ui.hearings.late_notice import CANCEL, GO, POSTPONE
from ui.hearings.schedule_dialog import HearingDialog
from ui.sections import Sections
from ui.shell.main_window import MainWindow

RECEIVED = date(2026, 11, 2)
HEARING = datetime(2026, 12, 14, 9, 30)     # a Monday; the last lawful day of service is 2026-12-08
SUNDAY = datetime(2026, 12, 13, 10, 0)


def _scheduled(new_uow, staff) -> Driver:
    c = Driver.new(new_uow, staff, at(RECEIVED), received=RECEIVED)
    c.panel(at(RECEIVED))
    c.act_approved("register", {"registered_date": RECEIVED}, at(RECEIVED))
    respondent = c.party_ids(PartyRole.RESPONDENT, RECEIVED)[0]
    c.serve("serve_copy", {respondent: RECEIVED}, "direct", at(RECEIVED), who=staff.clerk)
    c.act("receive_answer", {"party_id": respondent, "received_date": date(2026, 11, 10)}, at(date(2026, 11, 10)),
          who=staff.clerk)
    c.act("schedule_hearing", {"hearing_at": HEARING, "room": "第一口审庭"}, at(date(2026, 12, 4)))
    return c


def _window(make_ctx, staff, qtbot):
    window = MainWindow(make_ctx(staff.clerk), Sections)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _box(parent) -> QMessageBox | None:
    boxes = [b for b in parent.findChildren(QMessageBox, "late_notice_box") if b.isVisible()]
    return boxes[-1] if boxes else None


def _notice_dialog(tab, staff):
    dialog = tab.new_document("hearing_notice")
    if dialog.signatory_combo.isEnabled():
        choose(dialog.signatory_combo, staff.dept_head.id)
    return dialog


def test_a_late_notice_warns_in_the_document_dialog_and_postpone_opens_the_reschedule(
        make_ctx, staff, new_uow, clock, qtbot, shown, chinese_font):  # noqa: F811
    c = _scheduled(new_uow, staff)
    clock.at = SUNDAY
    window = _window(make_ctx, staff, qtbot)
    window.sections.open_case(c.ref.id)
    view = window.sections.case_detail_view
    tab = view.page("documents")
    view.tabs.setCurrentWidget(tab)

    before = tab.table.rowCount()
    dialog = _notice_dialog(tab, staff)
    dialog.issue_button.click()
    box = _box(dialog)
    assert box is not None and "2026-12-08" in box.text() and "2026-12-14 09:30" in box.text()
    assert "第二十六条" in box.text()
    assert box.width() <= 1366 and box.height() <= 768
    shot(box, "late_notice_document_dialog.png")
    box.findChild(QPushButton, POSTPONE).click()
    reschedule = dialog.findChild(HearingDialog, "late_notice_reschedule")
    assert reschedule is not None and reschedule.isVisible() and tab.table.rowCount() == before
    shot(reschedule, "late_notice_reschedule.png")
    reschedule.reject()

    dialog.issue_button.click()
    _box(dialog).findChild(QPushButton, GO).click()
    assert shown.errors == [] and tab.table.rowCount() == before + 1    # issued anyway, as the clerk chose

    # Its service recorded on the same Sunday: warned again, this time about service.
    service_tab = view.page("service")
    view.tabs.setCurrentWidget(service_tab)
    services = len(service_tab.data.services)
    serve = service_tab.serve()
    choose(serve.document_combo, next(d.id for d in service_tab.data.documents if d.doc_type == "hearing_notice"))
    serve.button_box.accepted.emit()
    box = _box(serve)
    assert box is not None and "送达过迟" in box.text()
    assert box.findChild(QPushButton, GO).text().startswith("仍然登记送达")
    shot(box, "late_notice_service.png")
    box.findChild(QPushButton, CANCEL).click()
    assert serve.isVisible() and services == len(service_tab.data.services)


def test_a_notice_in_time_is_issued_without_a_word(make_ctx, staff, new_uow, clock, qtbot, shown):
    c = _scheduled(new_uow, staff)
    clock.at = datetime(2026, 12, 7, 9, 0)
    window = _window(make_ctx, staff, qtbot)
    window.sections.open_case(c.ref.id)
    view = window.sections.case_detail_view
    tab = view.page("documents")
    view.tabs.setCurrentWidget(tab)
    before = tab.table.rowCount()
    dialog = _notice_dialog(tab, staff)
    dialog.issue_button.click()
    assert _box(dialog) is None and shown.errors == [] and tab.table.rowCount() == before + 1


def test_the_batch_warns_one_line_per_late_case(make_ctx, staff, new_uow, clock, qtbot, shown,
                                                chinese_font):  # noqa: F811
    c = _scheduled(new_uow, staff)
    clock.at = SUNDAY
    window = _window(make_ctx, staff, qtbot)
    section = window.sections.documents_view
    window.show_section(section)
    before = section.issued_model.rowCount()
    section.hearing_date_edit.setDate(HEARING.date())
    section.issue_hearing_notices()
    box = _box(section)
    assert box is not None and box.text().count("• ") == 1 and c.ref.case_number in box.text()
    shot(box, "late_notice_batch.png")
    box.findChild(QPushButton, CANCEL).click()
    assert section.issued_model.rowCount() == before and shown.infos == []


def test_postponing_from_the_batch_moves_the_registered_session(make_ctx, staff, new_uow, clock, qtbot, shown):
    room = add_room(new_uow, staff, "第一口审庭", place="三楼", seats=20)
    c = investigation_case(new_uow, staff)
    start = datetime(2026, 11, 20, 9)        # a Friday; notices issued the day before are late
    with new_uow() as uow:
        hearings.schedule_hearing(uow, actor_id=staff.officer.id, case_id=c.ref.id, expected_version=c.ref.version,
                                  plan=plan(room.id, start, datetime(2026, 11, 20, 11)),
                                  override_reason="当事人同意", now=datetime(2026, 11, 2, 9, 30))
    clock.at = datetime(2026, 11, 19, 9, 0)
    window = _window(make_ctx, staff, qtbot)
    section = window.sections.documents_view
    window.show_section(section)
    section.hearing_date_edit.setDate(start.date())
    section.issue_hearing_notices()
    _box(section).findChild(QPushButton, POSTPONE).click()
    reschedule = section.findChild(HearingDialog, "late_notice_reschedule")
    assert reschedule is not None and reschedule.windowTitle() == "变更口审安排"
    assert reschedule.date_edit.date().toPython() == start.date() and shown.infos == []
