"""案件 › 公开 › 当事人申请不予公开 through the widgets: the officer records a party's request (a wrong amount is
refused next to its field, nothing typed is lost), the tab lists it, and the redaction editor opens with its items
ticked and masked in the preview; a request is removed from the same tab."""
from __future__ import annotations

from datetime import date

from publication_helpers import NAME, PHONE, ruled_case
from shots import chinese_font, shot  # noqa: F401
from ui_helpers import type_text

from ui.publication.case_tab import PublicationTab

DAY = date(2026, 2, 20)
SUPPLIER = "宁波甬兴五金厂"
FACTS = f"经审理查明，被请求人{NAME}（电话{PHONE}）销售被诉侵权产品，销售额共计50万元，其供货商为{SUPPLIER}。"


def test_record_a_request_and_see_it_ticked_in_the_editor(make_ctx, new_uow, staff, qtbot, shown, monkeypatch,
                                                          chinese_font):  # noqa: F811
    c = ruled_case(new_uow, staff, FACTS)
    tab = PublicationTab(make_ctx(staff.officer))
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.set_detail(c.detail(DAY))
    assert tab.confidential_button.isEnabled() and not tab.remove_confidential_button.isEnabled()
    tab._on_confidential_button_clicked()
    dialog = tab.dialog
    qtbot.addWidget(dialog)
    combo = dialog.party_combo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if NAME in combo.itemText(i)))
    type_text(dialog.texts_edit, SUPPLIER)
    type_text(dialog.amounts_edit, "五十万")
    dialog.button_box.accepted.emit()
    assert dialog.isVisible() and dialog.field_errors.label("confidential_amounts").text() == (
        "“五十万”不是金额（例如 50万元、500000元）")
    assert dialog.texts_edit.toPlainText() == SUPPLIER                 # nothing typed is lost
    dialog.amounts_edit.setPlainText("500,000元")
    dialog.note_edit.setText("供货渠道属商业秘密")
    dialog.date_edit.set_value(date(2026, 2, 18))
    shot(dialog, "publication_confidentiality_dialog.png")
    dialog.button_box.accepted.emit()
    assert shown.errors == [] and not dialog.isVisible()

    tab._load()
    table = tab.confidential_table
    assert table.rowCount() == 1
    assert [table.item(0, col).text() for col in range(table.columnCount())] == [
        "2026-02-18", NAME, SUPPLIER, "500,000元", staff.officer.full_name, "供货渠道属商业秘密"]

    tab._on_edit_button_clicked()
    editor = tab.dialog
    qtbot.addWidget(editor)
    masks = {m.original: m for m in editor.masks()}
    assert masks[SUPPLIER].accepted and masks["50万元"].accepted
    preview = editor.preview.toPlainText()
    assert SUPPLIER not in preview and "50万元" not in preview and "××万元" in preview
    editor.resize(1366, 768)
    shot(editor, "publication_redaction_confidential.png")
    editor.reject()
    shot(tab, "publication_case_tab_confidential.png")

    monkeypatch.setattr("ui.common.messages.confirm", lambda *_a: True)
    table.selectRow(0)
    assert tab.remove_confidential_button.isEnabled()
    tab._on_remove_confidential_button_clicked()
    assert shown.errors == []
    tab._load()
    assert tab.confidential_table.rowCount() == 0
