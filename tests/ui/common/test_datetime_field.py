"""The date-time and time fields (issue 16): moments typed the way people type them, Tab leaving the field, the
calendar keeping the time, a refused value said under the field; 收到时间 of 收案登记 and the hearing's start and
end times take typed text."""
from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget
from shots import chinese_font, shot  # noqa: F401 — fixture

from ui.common.date_field import DateTimeField, TimeField, complete_time, parse_datetime, parse_time

pytestmark = pytest.mark.usefixtures("chinese_font")

MOMENT = datetime(2026, 12, 6, 9, 30)


@pytest.mark.parametrize("text", ["2026-12-06 09:30", "2026/12/6 9:30", "20261206 0930", "202612060930",
                                  "2026年12月6日9时30分", "2026年12月6日 9点半", "2026.12.6 9：30", "2026-12-06T09:30",
                                  "2026-12-06 09:30:00", "２０２６－１２－０６　０９：３０", "2026-12-6 上午9点30"])
def test_the_moments_people_type(text):
    assert parse_datetime(text) == MOMENT


def test_afternoon_and_a_date_alone():
    assert parse_datetime("2026-12-6 下午3点") == datetime(2026, 12, 6, 15)
    assert parse_datetime("2026-12-6", time_of_day=time(14, 5)) == datetime(2026, 12, 6, 14, 5)
    with pytest.raises(ValueError):
        parse_datetime("2026-12-6")       # no time, and none to keep


@pytest.mark.parametrize("text", ["2026-12-06 25:00", "2026-12-06 9:75", "2026-02-30 9:30", "明天 9:30",
                                  "2026-12-06 九点", "12-06 9:30"])
def test_not_a_moment(text):
    with pytest.raises(ValueError):
        parse_datetime(text)


@pytest.mark.parametrize("text, expected", [("9:30", time(9, 30)), ("0930", time(9, 30)), ("9点半", time(9, 30)),
                                            ("下午3点", time(15, 0)), ("14时05分", time(14, 5)), ("9", time(9, 0))])
def test_the_times_people_type(text, expected):
    assert parse_time(text) == expected


def test_a_half_typed_time_is_not_complete():
    assert not complete_time("9") and not complete_time("9:3") and complete_time("9:30") and complete_time("0930")


def _form(qtbot, *fields: QWidget) -> QWidget:
    host = QWidget()
    form = QFormLayout(host)
    for i, f in enumerate(fields):
        form.addRow(f"field {i}", f)
    qtbot.addWidget(host)
    host.show()
    fields[0].test_host = host   # the host lives as long as the field the test holds
    with qtbot.waitActive(host):
        host.activateWindow()
    return host


def test_select_all_then_type_replaces_the_moment_and_tab_leaves(qtbot):
    field, after = DateTimeField(datetime(2026, 11, 2, 8, 0)), QLineEdit()
    host = _form(qtbot, field, after)
    seen = []
    field.dateTimeChanged.connect(seen.append)
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "2026/12/6 9:30")   # (QTest types ASCII only; the Chinese forms are parsed above)
    assert field.value() == MOMENT and seen[-1] == QDateTime(MOMENT)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert after.hasFocus()                       # Tab left the field, not walked its sections
    assert field.edit.text() == "2026-12-06 09:30" and field.problem() == ""
    assert host is not None


def test_the_time_is_taken_only_when_typed_far_enough(qtbot):
    field = DateTimeField(datetime(2026, 11, 2, 8, 0))
    _form(qtbot, field)
    seen = []
    field.valueChanged.connect(seen.append)
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "2026-12-06 9:3")
    assert seen == [datetime(2026, 12, 6, 8, 0)]   # the date typed keeps the time; "9", "9:3" wait
    qtbot.keyClicks(field.edit, "0")
    assert seen[-1] == MOMENT


def test_a_refused_moment_is_said_under_the_field_and_the_last_good_one_kept(qtbot):
    field = DateTimeField(MOMENT, latest=date(2026, 12, 6))
    _form(qtbot, field)
    field.edit.setText("2026-12-07 10:00")
    field.edit.editingFinished.emit()
    assert field.value() == MOMENT and "2026-12-06" in field.problem() and field.problem_label.isVisibleTo(field)
    field.edit.setText("2026-12-06 25:00")
    field.edit.editingFinished.emit()
    assert "无法识别的时间" in field.problem()
    field.edit.setText("2026-12-06 16:00")
    field.edit.editingFinished.emit()
    assert field.value() == datetime(2026, 12, 6, 16) and field.problem() == ""


def test_an_optional_moment_shows_the_placeholder_and_typing_replaces_it(qtbot):
    field = DateTimeField(optional=True)
    _form(qtbot, field)
    assert field.value() is None and field.edit.placeholderText() == "未填写" and field.edit.text() == ""
    qtbot.keyClicks(field.edit, "20261206 0930")
    assert field.value() == MOMENT


def test_the_calendar_keeps_the_time_and_opens_near_the_related_day(qtbot):
    field = DateTimeField(datetime(2026, 11, 2, 14, 15))
    _form(qtbot, field)
    calendar = field.open_calendar()
    assert calendar.selectedDate().toPython() == date(2026, 11, 2)
    calendar.clicked.emit(calendar.selectedDate().addDays(3))
    assert field.value() == datetime(2026, 11, 5, 14, 15)
    empty = DateTimeField(optional=True, near=date(2026, 3, 1))
    _form(qtbot, empty)
    assert empty.open_calendar().selectedDate().toPython() == date(2026, 3, 1)
    empty.calendar.clicked.emit(empty.calendar.selectedDate())
    assert empty.value() == datetime(2026, 3, 1, 9, 0)   # no time yet: the default time of day


def test_time_field_typed_and_tab(qtbot):
    field, after = TimeField(time(9, 0)), QLineEdit()
    _form(qtbot, field, after)
    changed = []
    field.timeChanged.connect(changed.append)
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "1430")
    assert field.time() == QTime(14, 30) and changed == [QTime(14, 30)]
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert after.hasFocus() and field.edit.text() == "14:30"
    field.edit.setText("25:00")
    field.edit.editingFinished.emit()
    assert field.time() == QTime(14, 30) and "无法识别的时间" in field.problem()


def test_intake_received_time_is_typed(make_ctx, staff, qtbot):
    from ui.intake.entry_dialog import IntakeEntryDialog
    dialog = IntakeEntryDialog(make_ctx(staff.clerk))
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.form.received_edit
    assert isinstance(edit, DateTimeField)
    edit.edit.selectAll()
    qtbot.keyClicks(edit.edit, "2026/11/1 16:20")
    assert dialog.form.form_data()["received_at"] == "2026-11-01T16:20:00"
    edit.edit.setText("2026-11-03 08:00")             # after today (the fixed clock's 2026-11-02)
    edit.edit.editingFinished.emit()
    assert "不能晚于 2026-11-02" in edit.problem()
    shot(dialog, "intake_received_time.png")
