"""A field's red error frame (the application style sheet's `*[error="true"]`) must not change its height: with the
sheet on, a line edit's style-sheet frame is thinner than its native one, and a form whose field shrinks at its first
error moves everything below it (issue 16). The tests install the sheet themselves: the suite's windows run without it."""
import pytest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ui.common.field_errors import mark
from ui.shell.app import STYLE_SHEET


@pytest.fixture
def with_sheet(qapp):
    old = qapp.styleSheet()
    qapp.setStyleSheet(STYLE_SHEET)
    try:
        yield qapp
    finally:
        qapp.setStyleSheet(old)


@pytest.mark.parametrize("cls", [QLineEdit, QComboBox, QDateEdit, QDateTimeEdit, QSpinBox, QPlainTextEdit])
def test_an_error_frame_keeps_the_fields_height(with_sheet, qtbot, cls):
    host = QWidget()
    qtbot.addWidget(host)
    form = QFormLayout(host)
    field, below = cls(), QLineEdit()
    form.addRow("专利号", field)
    form.addRow("下一项", below)
    host.show()
    QApplication.processEvents()
    before = (field.sizeHint().height(), field.height(), below.y())
    mark(field, True)
    QApplication.processEvents()
    assert (field.sizeHint().height(), field.height(), below.y()) == before
    mark(field, False)
    QApplication.processEvents()
    assert (field.sizeHint().height(), field.height(), below.y()) == before
