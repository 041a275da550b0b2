"""The one date field: dates typed the way people type them (into an empty "未填写" field, over a selection),
Tab leaving the field, the calendar opening near the field's date, a refused value said under the field — and the
forms that had QDateEdits (收案登记's 申请日/授权公告日, the mediation request's 授权公告日) taking typed dates."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget
from shots import chinese_font, shot  # noqa: F401 — fixture
from ui_helpers import type_text

from ui.common.date_field import DateField, parse_date

pytestmark = pytest.mark.usefixtures("chinese_font")

APRIL_22 = date(2016, 4, 22)


@pytest.mark.parametrize("text", ["2016-04-22", "2016/4/22", "2016.4.22", "20160422", "2016年4月22日",
                                  "2016年04月22", " 2016 - 4 - 22 ", "２０１６－０４－２２"])
def test_the_forms_people_type(text):
    assert parse_date(text) == APRIL_22


@pytest.mark.parametrize("text", ["2016-02-30", "22.4.2016", "2016-4", "201604221", "明天"])
def test_not_a_date(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_empty_is_no_date():
    assert parse_date("  ") is None


def _form(qtbot, *fields: QWidget) -> QWidget:
    host = QWidget()
    form = QFormLayout(host)
    for i, f in enumerate(fields):
        form.addRow(f"field {i}", f)
    qtbot.addWidget(host)
    host.show()
    fields[0].test_host = host   # the host lives as long as the field the test holds
    return host


def test_typing_into_an_empty_optional_field_replaces_the_placeholder(qtbot):
    field = DateField(optional=True, latest=date(2026, 12, 6))
    _form(qtbot, field)
    assert field.value() is None and field.edit.placeholderText() == "未填写" and field.edit.text() == ""
    qtbot.keyClicks(field.edit, "20160422")
    assert field.value() == APRIL_22
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.edit.text() == "2016-04-22"   # shown in the application's one format


def test_select_all_then_type_replaces_the_date(qtbot):
    field = DateField(date(2026, 12, 6))
    _form(qtbot, field)
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.edit, "2016/4/22")
    assert field.value() == APRIL_22


def test_chinese_date_typed_through_the_input_method(qtbot):
    field = DateField(optional=True)
    _form(qtbot, field)
    type_text(field.edit, "2016年4月22日")
    assert field.value() == APRIL_22


def test_tab_leaves_the_field(qtbot):
    first, after = DateField(date(2026, 12, 6)), QLineEdit()
    host = _form(qtbot, first, after)
    with qtbot.waitActive(host):
        host.activateWindow()
    first.setFocus()
    qtbot.keyClick(first.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after


def test_emptying_an_optional_field_gives_no_date(qtbot):
    field = DateField(APRIL_22, optional=True)
    _form(qtbot, field)
    seen = []
    field.valueChanged.connect(seen.append)
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    assert field.value() is None and seen == [None]


def test_a_required_field_left_empty_says_so_and_keeps_its_date(qtbot):
    field = DateField(APRIL_22)
    _form(qtbot, field)
    field.edit.clear()
    field.edit.editingFinished.emit()
    assert field.value() == APRIL_22 and field.problem() == "请填写日期"


def test_a_refused_date_is_said_under_the_field(qtbot):
    field = DateField(optional=True, latest=date(2026, 12, 6))
    host = _form(qtbot, field)
    qtbot.keyClicks(field.edit, "2027-01-05")
    field.edit.editingFinished.emit()
    assert field.value() is None                         # not taken …
    assert field.edit.text() == "2027-01-05"             # … nor silently replaced
    assert field.problem() == "日期不能晚于 2026-12-06" and field.problem_label.isVisible()
    shot(host, "date_field_refused.png")
    field.edit.setText("")
    qtbot.keyClicks(field.edit, "2026-01-05")
    assert field.value() == date(2026, 1, 5) and not field.problem_label.isVisible()


def test_an_unreadable_date_is_said_under_the_field(qtbot):
    field = DateField(optional=True)
    _form(qtbot, field)
    qtbot.keyClicks(field.edit, "2016-13-01")
    field.edit.editingFinished.emit()
    assert field.value() is None and "无法识别" in field.problem()


def test_the_calendar_opens_at_the_date_or_the_related_date(qtbot):
    filing = DateField(optional=True, near=date(2026, 12, 6))
    grant = DateField(optional=True, near=lambda: filing.value() or date(2026, 12, 6))
    _form(qtbot, filing, grant)
    assert filing.open_calendar().selectedDate().toPython() == date(2026, 12, 6)   # empty: near today
    filing.set_value(APRIL_22)
    assert grant.open_calendar().selectedDate().toPython() == APRIL_22           # near the filing date
    calendar = filing.open_calendar()
    assert calendar.selectedDate().toPython() == APRIL_22                          # its own date
    calendar.clicked.emit(calendar.selectedDate().addDays(3))
    assert filing.value() == date(2016, 4, 25) and not calendar.isVisible()


def test_alt_down_opens_the_calendar(qtbot):
    field = DateField(APRIL_22)
    _form(qtbot, field)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.calendar is not None and field.calendar.isVisible()


def test_weekday_shown_for_a_hearing_day(qtbot):
    field = DateField(date(2026, 12, 7), weekday=True)
    _form(qtbot, field)
    assert field.weekday_label.text() == QLocale().dayName(1, QLocale.FormatType.ShortFormat)   # 周一 in zh_CN


# ---- the forms that take dates -----------------------------------------------------------------

def test_request_form_takes_typed_patent_dates(make_ctx, staff, qtbot):
    from ui.cases.request_dialog import RequestDialog
    dialog = RequestDialog(make_ctx(staff.officer))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.filing_date_edit.value() is None and ui.filing_date_edit.edit.placeholderText() == "未填写"
    qtbot.keyClicks(ui.filing_date_edit.edit, "2016/4/22")
    type_text(ui.grant_date_edit.edit, "2017年1月3日")
    patent = dialog.form_data()["patent"]
    assert patent["filing_date"] == "2016-04-22" and patent["grant_date"] == "2017-01-03"
    assert ui.grant_date_edit.open_calendar().selectedDate().toPython() == date(2017, 1, 3)
    dialog.show()
    shot(dialog, "request_dialog_typed_dates.png")


def test_mediation_request_takes_a_typed_grant_date(make_ctx, staff, qtbot):
    from ui.mediation.request_dialog import MediationRequestDialog
    dialog = MediationRequestDialog(make_ctx(staff.officer))
    qtbot.addWidget(dialog)
    assert dialog.form_data()["grant_date"] is None
    qtbot.keyClicks(dialog.grant_edit.edit, "20160422")
    assert dialog.form_data()["grant_date"] == "2016-04-22"
