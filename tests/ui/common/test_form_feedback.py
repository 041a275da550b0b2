"""Forms that do not move and messages that go away (issue 16): a live check line (patent number, credit code, ID
number) has its place reserved, so the next field stays where it was when the line appears; a problem is said
once under its field (the live check and the core's refusal share the line); an error under a field and its
line of the red summary go as soon as the field is edited."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from shots import chinese_font, shot  # noqa: F401 — fixture
from ui_helpers import type_text

from ipcase.domain.identifiers import make_patent_number
from ui.cases.request_dialog import RequestDialog

pytestmark = pytest.mark.usefixtures("chinese_font")
PATENT = make_patent_number(2021, 2, 1234567)
WRONG = PATENT[:-1] + ("1" if PATENT[-1] != "1" else "2")


def _dialog(make_ctx, staff, qtbot) -> RequestDialog:
    dialog = RequestDialog(make_ctx(staff.officer))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _top(widget) -> int:
    return widget.mapTo(widget.window(), widget.rect().topLeft()).y()


def _save(dialog: RequestDialog) -> None:
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_patent_number_check_line_does_not_move_the_form(make_ctx, staff, qtbot):
    dialog = _dialog(make_ctx, staff, qtbot)
    below = dialog.ui.patent_type_combo
    before = _top(below)
    qtbot.keyClicks(dialog.ui.patent_number_edit, WRONG)
    assert "校验位不正确" in dialog.ui.patent_number_status_label.text()
    assert _top(below) == before
    dialog.ui.patent_number_edit.clear()
    qtbot.keyClicks(dialog.ui.patent_number_edit, PATENT)
    assert "✓" in dialog.ui.patent_number_status_label.text() and _top(below) == before


def test_the_credit_code_check_line_does_not_move_the_party_form(make_ctx, staff, qtbot):
    dialog = _dialog(make_ctx, staff, qtbot)
    dialog.ui.tab_widget.setCurrentIndex(1)
    party = dialog.requesters.forms[0]
    below = party.legal_rep_edit
    before = _top(below)
    qtbot.keyClicks(party.credit_code_edit, "91330106MA2B12340")   # 17 characters: refused by the live check
    party.credit_code_edit.editingFinished.emit()                 # the field is left: its check runs
    line = dialog.field_errors.label("requesters[0].credit_code")
    assert line is party.credit_code_check and line.text()
    assert _top(below) == before
    shot(dialog, "request_credit_code_check.png")


def test_a_bad_patent_number_is_said_once(make_ctx, staff, qtbot):
    dialog = _dialog(make_ctx, staff, qtbot)
    qtbot.keyClicks(dialog.ui.patent_number_edit, WRONG)
    _save(dialog)
    under_fields = [w for w in dialog.findChildren(QLabel)
                    if "校验位不正确" in w.text() and w is not dialog.ui.summary_error_label]
    assert under_fields == [dialog.ui.patent_number_status_label]
    shot(dialog, "request_patent_number_once.png")


def test_a_corrected_field_loses_its_message_and_its_summary_line(make_ctx, staff, qtbot):
    dialog = _dialog(make_ctx, staff, qtbot)
    qtbot.keyClicks(dialog.ui.patent_number_edit, PATENT)
    _save(dialog)                                       # no title, no parties, no act: several fields refused
    errors, summary = dialog.field_errors, dialog.ui.summary_error_label
    assert errors.label("patent.title") is not None and "专利名称" in summary.text()
    type_text(dialog.ui.patent_title_edit, "一种折叠式便携座椅")
    assert errors.label("patent.title") is None                            # gone at once, before any save
    assert dialog.ui.patent_title_edit.property("error") is False
    assert "专利名称" not in summary.text() and summary.isVisible()      # the others are still listed
    for key in list(errors._summary_lines):
        errors.clear_key(key)
    assert not summary.isVisible()                                        # nothing left to correct


def test_the_intake_target_credit_code_line_is_reserved(qtbot):
    from ui.common.field_errors import FieldErrors
    from ui.intake.targets import TargetListEditor
    editor = TargetListEditor(FieldErrors())
    qtbot.addWidget(editor)
    target = editor.add_target({})
    editor.show()
    below = target.address_edit
    before = _top(below)
    qtbot.keyClicks(target.credit_code_edit, "123")
    target.credit_code_edit.editingFinished.emit()
    assert target.credit_code_check.text() and _top(below) == before


LONG = "校验位不正确：按国家知识产权局的规则算出的校验位与输入的不同，请对照专利证书或登记簿副本重新输入专利号" * 2


def test_a_refused_save_does_not_grow_the_patent_number_line(make_ctx, staff, qtbot):
    """After a refused save the core's message (longer than the live check's) went to a second line and the rows
    below moved 16 px; now the line keeps its height, cuts the message with "…" and shows it whole as tooltip."""
    dialog = _dialog(make_ctx, staff, qtbot)
    line, below = dialog.ui.patent_number_status_label, dialog.ui.patent_type_combo
    before, height = _top(below), line.height()
    qtbot.keyClicks(dialog.ui.patent_number_edit, WRONG)
    _save(dialog)
    assert "校验位不正确" in line.text()
    assert _top(below) == before and line.height() == height
    dialog.field_errors.set("patent.number", LONG)     # whatever the message, the form stays where it was
    qtbot.wait(1)
    assert line.text() == LONG and line.toolTip() == LONG
    assert _top(below) == before and line.height() == height
    shot(dialog, "request_patent_number_long_message.png")


def test_every_reserved_check_line_keeps_one_line_for_a_long_message(make_ctx, staff, qtbot):
    from ui.common.field_errors import FieldErrors
    from ui.intake.targets import TargetListEditor
    dialog = _dialog(make_ctx, staff, qtbot)
    dialog.ui.tab_widget.setCurrentIndex(1)
    party = dialog.requesters.forms[0]
    editor = TargetListEditor(FieldErrors())
    qtbot.addWidget(editor)
    target = editor.add_target({})
    editor.show()
    for line, below in ((party.credit_code_check, party.legal_rep_edit), (party.id_number_check, party.legal_rep_edit),
                        (target.credit_code_check, target.address_edit)):
        before, height = _top(below), line.height()
        line.setText(LONG)
        qtbot.wait(1)
        assert _top(below) == before and line.height() == height, line.objectName()
        assert line.toolTip() == LONG and line.text() == LONG
        line.setText("✓ 统一社会信用代码有效")
        assert line.toolTip() == "" and line.height() == height
