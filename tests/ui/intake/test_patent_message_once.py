"""收案登记 with a bad patent number says it once next to the field (issue 16): the core's refusal
(`patents[0]`) writes into the patent field's reserved check line, not into a second line under it; the line
is reserved, so nothing below moves while a number is typed and checked live."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from shots import chinese_font, shot  # noqa: F401 — fixture
from test_intake_ui import PATENT

from ui.intake.entry_dialog import IntakeEntryDialog

WRONG = PATENT[:-1] + ("1" if PATENT[-1] != "1" else "2")


@pytest.mark.usefixtures("chinese_font")
def test_a_bad_patent_number_is_said_once_beside_its_field(make_ctx, staff, qtbot, shown):
    dialog = IntakeEntryDialog(make_ctx(staff.officer))
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form

    def gap() -> int:   # from the patent field to the row under its check line (errors above move both)
        return form.title_edit.mapTo(form, form.title_edit.rect().topLeft()).y() - form.patents_edit.mapTo(
            form, form.patents_edit.rect().topLeft()).y()

    below = gap()
    qtbot.keyClicks(form.patents_edit, WRONG)
    assert gap() == below   # the live check writes into the reserved line: nothing below moves
    assert "校验位不正确" in form.patents_status.text()
    dialog.save(next_one=False)
    qtbot.wait(100)
    beside = [label.text() for label in form.findChildren(QLabel) if label.isVisible() and "校验位" in label.text()]
    assert len(beside) == 1 and dialog.field_errors.label("patents[0]") is form.patents_status
    assert "专利号" in dialog.summary_label.text()     # the summary names the field once more, as for every field
    shot(dialog, "intake_bad_patent_once.png")
    form.patents_edit.clear()
    qtbot.keyClicks(form.patents_edit, PATENT)
    assert form.patents_status.text().startswith("✓") and "专利号" not in dialog.summary_label.text()
    assert shown.errors == []
